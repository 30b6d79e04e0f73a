/// `Double.random(in: 0..<1)` from the system generator.
public struct SystemRandomSource: RandomSource {
    /// Creates the source.
    public init() {}

    /// A uniform number in `0..<1`.
    public func unitInterval() -> Double { Double.random(in: 0..<1) }
}
