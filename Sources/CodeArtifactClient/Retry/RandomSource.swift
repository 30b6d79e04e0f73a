/// Randomness for jitter, injected so tests can pin it.
public protocol RandomSource: Sendable {
    /// A number in `0..<1`.
    func unitInterval() -> Double
}
