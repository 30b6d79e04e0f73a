import CodeArtifactClient

/// Always the same "random" number, so backoff is predictable.
struct FixedRandom: RandomSource {
    var value: Double

    func unitInterval() -> Double { value }
}
