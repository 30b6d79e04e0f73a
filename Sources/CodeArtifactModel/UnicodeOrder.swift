/// Unicode scalar order: what plans and reports sort by, so two runs on the same state
/// give byte-identical files. Swift's `<` on `String` compares by canonical equivalence,
/// which would put a composed and a decomposed "é" together.
///
/// In the model because the coordinates sort by it and the engine sorts versions by it;
/// `@inlinable` so the engine's version sort (the 1M-version plan's hot path) still inlines
/// it across the module boundary.
public enum UnicodeOrder {
    /// True when `a` sorts before `b` scalar by scalar.
    @inlinable
    public static func less(_ a: String, _ b: String) -> Bool {
        // UTF-8 keeps the scalars' order, and comparing its bytes costs less than decoding scalars.
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Lexicographic over fields.
    @inlinable
    public static func less(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where !equal(x, y) {
            return less(x, y)
        }
        return a.count < b.count
    }

    /// Scalar-by-scalar equality.
    @inlinable
    public static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }
}
