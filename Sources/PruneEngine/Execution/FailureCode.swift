/// Why a planned version was not acted on, as the report writes it (`errorCode`): the API's
/// per-version codes, an exception's name, `NOT_ATTEMPTED`, or a code of unknown outcome.
///
/// The one place that says which codes `--retry-failed` acts on again (``isRetryable``) and
/// which mean a write may have landed although no answer said so (``isUnknownOutcome``).
public enum FailureCode: Sendable, Hashable, CustomStringConvertible {
    // The API's per-version codes.
    /// `ALREADY_EXISTS`.
    case alreadyExists
    /// `MISMATCHED_REVISION`: the version changed since planning.
    case mismatchedRevision
    /// `MISMATCHED_STATUS`: the version's status changed since planning.
    case mismatchedStatus
    /// `NOT_ALLOWED`.
    case notAllowed
    /// `NOT_FOUND`.
    case notFound
    /// `SKIPPED`: another version of the same call failed.
    case skipped

    // prune's own.
    /// `NOT_ATTEMPTED`: no request carried this version (refused, interrupted before sending).
    case notAttempted

    // Whole-request failures.
    /// `ThrottlingException`, past the retry budget.
    case throttling
    /// `ConnectionError`: the connection dropped; the write may have landed.
    case connectionError
    /// `Timeout`: no answer in time; the write may have landed.
    case timeout
    /// `InternalServerException`: any 5xx (the service's, or a gateway's page); may have landed.
    case internalServer
    /// `Interrupted`: the request was cancelled in flight; may have landed.
    case interrupted
    /// Any other exception (`AccessDeniedException`, `ValidationException`, ...) or code.
    case other(String)

    /// The code as the report and the API spell it.
    public init(_ text: String) {
        switch text {
        case "ALREADY_EXISTS": self = .alreadyExists
        case "MISMATCHED_REVISION": self = .mismatchedRevision
        case "MISMATCHED_STATUS": self = .mismatchedStatus
        case "NOT_ALLOWED": self = .notAllowed
        case "NOT_FOUND": self = .notFound
        case "SKIPPED": self = .skipped
        case "NOT_ATTEMPTED": self = .notAttempted
        case "ThrottlingException": self = .throttling
        case "ConnectionError": self = .connectionError
        case "Timeout": self = .timeout
        case "InternalServerException": self = .internalServer
        case "Interrupted": self = .interrupted
        default: self = .other(text)
        }
    }

    /// The code as the report and the API spell it.
    public var description: String {
        switch self {
        case .alreadyExists: return "ALREADY_EXISTS"
        case .mismatchedRevision: return "MISMATCHED_REVISION"
        case .mismatchedStatus: return "MISMATCHED_STATUS"
        case .notAllowed: return "NOT_ALLOWED"
        case .notFound: return "NOT_FOUND"
        case .skipped: return "SKIPPED"
        case .notAttempted: return "NOT_ATTEMPTED"
        case .throttling: return "ThrottlingException"
        case .connectionError: return "ConnectionError"
        case .timeout: return "Timeout"
        case .internalServer: return "InternalServerException"
        case .interrupted: return "Interrupted"
        case .other(let text): return text
        }
    }

    /// True when nothing about the version itself was wrong, so a later run may succeed
    /// unchanged: what `--retry-failed` acts on again.
    public var isRetryable: Bool {
        switch self {
        case .throttling, .skipped, .notAttempted: return true
        default: return isUnknownOutcome
        }
    }

    /// True when the write may have landed although no answer said so: the next attempt
    /// counts `NOT_FOUND` (delete, dispose) or "already in the target status" as done.
    public var isUnknownOutcome: Bool {
        switch self {
        case .connectionError, .timeout, .internalServer, .interrupted: return true
        default: return false
        }
    }
}

// MARK: - Codable

extension FailureCode: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
