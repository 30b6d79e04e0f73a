import CodeArtifactModel

/// A CodeArtifact call that failed as a whole: an exception from the service, or no answer.
///
/// Match on ``kind`` (`error.kind == .throttling`) or on ``exceptionName``; new kinds break nobody.
/// ``description`` says what happened and what to do, without secrets.
public struct CodeArtifactError: Error, Sendable, CustomStringConvertible {
    /// The class of failure.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Code: Sendable, Hashable {
            case validation, serviceQuotaExceeded, accessDenied, resourceNotFound, conflict, throttling
            case internalServer, authentication, expiredToken, otherService, connection, timeout
            case invalidResponse, invalidRequest
        }

        fileprivate let code: Code

        /// `ValidationException` (400).
        public static let validation = Kind(code: .validation)
        /// `ServiceQuotaExceededException` (402).
        public static let serviceQuotaExceeded = Kind(code: .serviceQuotaExceeded)
        /// `AccessDeniedException` (403).
        public static let accessDenied = Kind(code: .accessDenied)
        /// `ResourceNotFoundException` (404).
        public static let resourceNotFound = Kind(code: .resourceNotFound)
        /// `ConflictException` (409).
        public static let conflict = Kind(code: .conflict)
        /// `ThrottlingException` (429) or another throttling error.
        public static let throttling = Kind(code: .throttling)
        /// `InternalServerException` or any other 5xx.
        public static let internalServer = Kind(code: .internalServer)
        /// A signature or key problem: `InvalidSignatureException`, `SignatureDoesNotMatch`,
        /// `UnrecognizedClientException`, ...
        public static let authentication = Kind(code: .authentication)
        /// `ExpiredTokenException`: the session credentials expired.
        public static let expiredToken = Kind(code: .expiredToken)
        /// Another exception the service named.
        public static let otherService = Kind(code: .otherService)
        /// The connection failed or dropped (`ConnectionError` in the report).
        public static let connection = Kind(code: .connection)
        /// No answer in time (`Timeout` in the report).
        public static let timeout = Kind(code: .timeout)
        /// A 2xx answer the client could not read.
        public static let invalidResponse = Kind(code: .invalidResponse)
        /// The client refused to send the request (e.g. more than 100 versions).
        public static let invalidRequest = Kind(code: .invalidRequest)

        /// The kind's name.
        public var description: String { "\(code)" }
    }

    /// The class of failure.
    public let kind: Kind
    /// The exception's name as the service sent it (sanitised), or `ConnectionError`, `Timeout`,
    /// `InvalidResponse`, `InvalidRequest` for failures on this side.
    public let exceptionName: String
    /// The service's (or the transport's) message.
    public let message: String?
    /// The HTTP status, when an answer came.
    public let httpStatus: Int?
    /// `resourceId` from the body (ResourceNotFound, Conflict, ServiceQuotaExceeded).
    public let resourceId: String?
    /// `resourceType` from the body: domain, repository, package, package-version, asset.
    public let resourceType: String?
    /// `reason` from a ValidationException.
    public let reason: String?
    /// The `Retry-After` header, in seconds.
    public let retryAfterSeconds: Double?
    /// The operation that failed.
    public let operation: CodeArtifactOperation?
    /// What the request was about (e.g. the package), for the description.
    public let resource: String?
    /// The endpoint called.
    public let endpoint: String?
    /// The request id from `x-amzn-RequestId`, for AWS support.
    public let requestId: String?
    /// Whether the request may have taken effect although no success came back (a 5xx, a
    /// timeout or a dropped connection after sending).
    public let outcomeUnknown: Bool
    /// How many attempts were made before giving up.
    public internal(set) var attempts: Int
    /// Set when retrying stopped because the operation's retry budget ran out.
    public internal(set) var retryBudgetExhausted: Bool
    /// The exception of an earlier attempt whose outcome was unknown (a 5xx, a timeout, a
    /// dropped connection): that attempt may have landed even though this error ends the call.
    public internal(set) var earlierUnknownOutcome: String? = nil

    /// Creates an error (the decoders and the transport mapping do).
    init(
        kind: Kind, exceptionName: String, message: String?, httpStatus: Int? = nil, resourceId: String? = nil,
        resourceType: String? = nil, reason: String? = nil, retryAfterSeconds: Double? = nil,
        operation: CodeArtifactOperation? = nil, resource: String? = nil, endpoint: String? = nil,
        requestId: String? = nil, outcomeUnknown: Bool = false, attempts: Int = 1, retryBudgetExhausted: Bool = false
    ) {
        self.kind = kind
        self.exceptionName = exceptionName
        self.message = message
        self.httpStatus = httpStatus
        self.resourceId = resourceId
        self.resourceType = resourceType
        self.reason = reason
        self.retryAfterSeconds = retryAfterSeconds
        self.operation = operation
        self.resource = resource
        self.endpoint = endpoint
        self.requestId = requestId
        self.outcomeUnknown = outcomeUnknown
        self.attempts = attempts
        self.retryBudgetExhausted = retryBudgetExhausted
    }

    /// Throttling, 5xx, connection failures and timeouts are worth another attempt.
    public var isRetryable: Bool {
        switch kind.code {
        case .throttling, .internalServer, .connection, .timeout: return true
        default: return false
        }
    }

    /// A client-side refusal to send an invalid request.
    static func invalidRequest(_ message: String, operation: CodeArtifactOperation, resource: String?)
        -> CodeArtifactError
    {
        CodeArtifactError(
            kind: .invalidRequest, exceptionName: "InvalidRequest", message: message, operation: operation,
            resource: resource)
    }

    /// A transport failure as an error of `operation`.
    static func transport(
        _ error: TransportError, operation: CodeArtifactOperation, resource: String?, endpoint: String
    ) -> CodeArtifactError {
        CodeArtifactError(
            kind: error.isTimeout ? .timeout : .connection,
            exceptionName: error.isTimeout ? "Timeout" : "ConnectionError", message: error.summary,
            operation: operation, resource: resource, endpoint: endpoint, outcomeUnknown: error.outcomeUnknown)
    }
}
