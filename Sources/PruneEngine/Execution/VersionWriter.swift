import PruneManifest

/// A version that a write changed: the API's `successfulVersions` entry.
public struct VersionSuccess: Sendable, Hashable, Codable {
    /// Revision after the write, when the service gives one.
    public var revision: String?
    /// Status after the write.
    public var status: String
    /// Bytes the version held, where measured (`--sizes`); not part of the API's answer.
    public var size: Int64?

    /// Creates a success.
    public init(revision: String?, status: String, size: Int64? = nil) {
        self.revision = revision
        self.status = status
        self.size = size
    }
}

/// A version a write did not change: the API's `failedVersions` entry, or a whole-request
/// failure recorded per version (`ThrottlingException`, `ConnectionError`, `NOT_ATTEMPTED`...).
public struct VersionFailure: Sendable, Hashable, Codable {
    /// Why: the API's code, an exception's name, `NOT_ATTEMPTED`, an unknown-outcome code.
    public var errorCode: FailureCode
    /// What the service (or prune) said.
    public var errorMessage: String

    /// Creates a failure.
    public init(errorCode: FailureCode, errorMessage: String) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
    }

    /// True when a later run may succeed unchanged.
    public var isRetryable: Bool { errorCode.isRetryable }
}

/// The answer to one write call.
public struct WriteResponse: Sendable {
    /// Versions changed.
    public var successful: [String: VersionSuccess]
    /// Versions not changed.
    public var failed: [String: VersionFailure]
    /// True when the call was retried after an attempt whose outcome is unknown (timeout,
    /// dropped connection, 5xx): a `NOT_FOUND` then may mean the first attempt landed.
    public var retriedAfterUnknownOutcome: Bool

    /// Creates a response.
    public init(
        successful: [String: VersionSuccess], failed: [String: VersionFailure], retriedAfterUnknownOutcome: Bool = false
    ) {
        self.successful = successful
        self.failed = failed
        self.retriedAfterUnknownOutcome = retriedAfterUnknownOutcome
    }
}

/// A write call that failed as a whole, after the client's retries.
public struct WriteFailure: Error, Sendable {
    /// The exception (`ThrottlingException`, `AccessDeniedException`, ...) or
    /// `ConnectionError`/`Timeout`/`InternalServerException`.
    public var code: FailureCode
    /// What happened.
    public var message: String

    /// Creates a failure.
    public init(code: FailureCode, message: String) {
        self.code = code
        self.message = message
    }
}

/// Sends write calls: the client in a run, a fake in tests.
public protocol VersionWriter: Sendable {
    /// Performs one call (the client retries inside); throws `WriteFailure` when the whole call failed.
    func write(_ request: WriteRequest) async throws -> WriteResponse
}
