/// `keep.order`: what "newest" means for `keep.latest` and the last-version guard.
public enum KeepOrder: String, Sendable, Hashable, CaseIterable {
    /// By publish time, newest first (the default; needs no extra API calls).
    case published
    /// By the format's own version ordering, highest first.
    case version
}
