/// An answer with a fast path through ``WireJSONReader``; `JSONDecoder` remains the fallback
/// whenever the reader declines.
protocol WireReadable {
    /// Reads the whole answer; throws ``WireJSONReader/Unsupported`` to hand over to `JSONDecoder`.
    init(wire bytes: [UInt8]) throws
}
