/// How one planned version ended.
public enum VersionOutcome: Sendable, Hashable {
    /// Acted on (or found already acted on after an attempt of unknown outcome).
    case succeeded(VersionSuccess)
    /// Not acted on, with the reason.
    case failed(VersionFailure)

    /// True for `.succeeded`.
    public var isSuccess: Bool {
        if case .succeeded = self { return true }
        return false
    }
}
