/// An order-preserving 64-bit summary of a version's leading fields, so most comparisons are
/// one integer comparison.
///
/// Fields are packed most significant first. A field too large for its bits saturates and
/// zeroes every later field, which keeps the packing monotone: `a < b` implies
/// `head(a) <= head(b)`, and versions equal under the order get equal heads. So unequal heads
/// decide a comparison; equal heads fall through to the full comparison.
struct OrderHead {
    private(set) var value: UInt64 = 0
    private var bitsUsed = 0
    private var stopped = false

    /// Appends `field` in `bits` bits, saturating.
    mutating func add(_ field: UInt64, bits: Int) {
        precondition(bitsUsed + bits <= 64)
        let cap: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
        var stored: UInt64 = 0
        if !stopped {
            if field >= cap {
                stored = cap
                stopped = true
            } else {
                stored = field
            }
        }
        value = bits == 64 ? stored : (value << UInt64(bits)) | stored
        bitsUsed += bits
    }

    /// Appends a number, saturating when it does not fit (or does not fit 64 bits at all).
    mutating func add(_ number: VersionNumber, bits: Int) {
        add(number.uint64 ?? .max, bits: bits)
    }

    /// Makes every later field zero: what follows is not summarised.
    mutating func stop() {
        stopped = true
    }

    /// The packed fields, left-aligned so heads built with different widths never mix up.
    var packed: UInt64 { bitsUsed == 64 ? value : value << UInt64(64 - bitsUsed) }
}
