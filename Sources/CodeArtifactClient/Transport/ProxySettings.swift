/// `HTTPS_PROXY` / `https_proxy` and `NO_PROXY` / `no_proxy`, read by prune itself since
/// AsyncHTTPClient reads no environment and takes one proxy per client.
struct ProxySettings: Sendable, Hashable {
    /// The proxy's host.
    var host: String
    /// The proxy's port.
    var port: Int
    /// Basic credentials from the proxy URL, if any (never logged).
    var username: String?
    var password: String?
    /// `NO_PROXY` entries, lowercased: `*`, host names, `.suffix`es, addresses.
    var noProxy: [String]

    /// The proxy for https endpoints, or `nil` when none is set.
    static func fromEnvironment(_ environment: AWSEnvironment) throws -> ProxySettings? {
        let variable = environment["https_proxy"] != nil ? "https_proxy" : "HTTPS_PROXY"
        guard let raw = environment[variable] else { return nil }
        var text = Substring(raw.trimmingWhitespace())
        if let separator = text.range(of: "://") {
            let scheme = text[..<separator.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else {
                throw ClientConfigurationError.invalidProxy(variable, "only http:// proxies are supported")
            }
            text = text[separator.upperBound...]
        }
        if let slash = text.firstIndex(of: "/") { text = text[..<slash] }
        var username: String?
        var password: String?
        if let at = text.lastIndex(of: "@") {
            let userInfo = text[..<at]
            text = text[text.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                username = String(userInfo[..<colon]).removingPercentEncodingIfPossible
                password = String(userInfo[userInfo.index(after: colon)...]).removingPercentEncodingIfPossible
            } else {
                username = String(userInfo).removingPercentEncodingIfPossible
            }
        }
        var host = String(text)
        var port = 80
        if let colon = text.lastIndex(of: ":"), !text.hasSuffix("]") {
            host = String(text[..<colon])
            guard let parsed = Int(text[text.index(after: colon)...]), (1...65535).contains(parsed) else {
                throw ClientConfigurationError.invalidProxy(variable, "invalid port")
            }
            port = parsed
        }
        guard !host.isEmpty else { throw ClientConfigurationError.invalidProxy(variable, "no host") }
        let noProxy = (environment["no_proxy"] ?? environment["NO_PROXY"] ?? "")
            .split(separator: ",").map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
        return ProxySettings(host: host, port: port, username: username, password: password, noProxy: noProxy)
    }

    /// Whether requests to `endpoint` go through the proxy: https only, never loopback or
    /// link-local, and not when `NO_PROXY` matches the host.
    func applies(to endpoint: ServiceEndpoint) -> Bool {
        guard endpoint.scheme == "https", !endpoint.isLoopback, !endpoint.bareHost.hasPrefix("169.254.") else {
            return false
        }
        let host = endpoint.bareHost
        for entry in noProxy {
            if entry == "*" { return false }
            var pattern = Substring(entry)
            if let colon = pattern.lastIndex(of: ":"), !pattern.contains("]"), pattern.filter({ $0 == ":" }).count == 1
            {
                pattern = pattern[..<colon]
            }
            if pattern.hasPrefix("*.") { pattern = pattern.dropFirst() }
            if pattern.hasPrefix(".") {
                if host.hasSuffix(pattern) || host == pattern.dropFirst() { return false }
            } else if host == pattern || host.hasSuffix("." + pattern) {
                return false
            }
        }
        return true
    }
}
