import AsyncHTTPClient

/// AsyncHTTPClient errors to classify.
enum HTTPClientErrorSample {
    static let remoteClosed = HTTPClientError.remoteConnectionClosed
    static let connectTimeout = HTTPClientError.connectTimeout
    static let cancelled = HTTPClientError.cancelled
}
