/// A parsed `scheme://host[:port][/base]` endpoint.
public struct ServiceEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`.
    public let scheme: String
    /// The host name or address; IPv6 addresses keep their brackets (`[::1]`).
    public let host: String
    /// The port, if given.
    public let port: Int?
    /// A path prefix without a trailing slash (usually empty).
    public let basePath: String

    /// Parses `text`; throws ``ClientConfigurationError`` when it is not an http(s) URL.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingWhitespace()
        guard let separator = trimmed.range(of: "://") else {
            throw ClientConfigurationError.invalidEndpoint(text, "no scheme (expected https://HOST)")
        }
        let scheme = trimmed[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw ClientConfigurationError.invalidEndpoint(text, "scheme must be http or https")
        }
        let rest = trimmed[separator.upperBound...]
        var authority = rest
        var path = Substring("")
        if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
            authority = rest[..<slash]
            path = rest[slash...]
        }
        if path.contains("?") || path.contains("#") {
            throw ClientConfigurationError.invalidEndpoint(text, "a query or fragment is not allowed")
        }
        guard !authority.contains("@") else {
            // Not echoed: the user information may hold a password.
            throw ClientConfigurationError.invalidEndpoint(
                "\(scheme)://...@\(authority.split(separator: "@").last ?? "")", "user information is not allowed")
        }
        var host = String(authority)
        var port: Int?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                throw ClientConfigurationError.invalidEndpoint(text, "unterminated IPv6 address")
            }
            host = String(authority[...close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = Int(after.dropFirst()) ?? -1 } else if !after.isEmpty { port = -1 }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            port = Int(authority[authority.index(after: colon)...]) ?? -1
        }
        guard !host.isEmpty else { throw ClientConfigurationError.invalidEndpoint(text, "no host") }
        if let port, !(1...65535).contains(port) {
            throw ClientConfigurationError.invalidEndpoint(text, "invalid port")
        }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = port
        var base = String(path)
        while base.hasSuffix("/") { base.removeLast() }
        self.basePath = base
    }

    /// The `Host` header: the host, with the port when it is not the scheme's default.
    public var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    /// The host without IPv6 brackets, for address checks.
    var bareHost: String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// Whether the host is a loopback address or `localhost`.
    var isLoopback: Bool {
        let bare = bareHost
        return bare == "localhost" || bare.hasSuffix(".localhost") || bare.hasPrefix("127.") || bare == "::1"
    }

    /// `scheme://authority` of a URL (no path, query or fragment).
    static func origin(of url: String) -> String {
        guard let separator = url.range(of: "://") else { return url }
        let rest = url[separator.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return String(url[..<end])
    }

    /// The URL of `path` (starting with `/`) with an already-encoded query.
    func url(path: String, encodedQuery: String = "") -> String {
        var url = "\(scheme)://\(hostHeader)\(basePath)\(path)"
        if !encodedQuery.isEmpty { url += "?" + encodedQuery }
        return url
    }

    /// `scheme://host[:port][/base]`.
    public var description: String { "\(scheme)://\(hostHeader)\(basePath)" }
}
