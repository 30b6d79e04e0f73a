/// Field-by-field Unicode scalar order for the coordinates' `<`: Swift's `<` on `String`
/// compares by canonical equivalence, which would put a composed and a decomposed "é"
/// together, and two runs on the same state must write byte-identical files.
enum ScalarOrder {
    /// True when `a` sorts before `b`, field by field, each compared by its UTF-8 bytes (which
    /// keep the scalars' order).
    static func less(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where !x.utf8.elementsEqual(y.utf8) {
            return x.utf8.lexicographicallyPrecedes(y.utf8)
        }
        return a.count < b.count
    }
}
