/// Translates what NIO and AsyncHTTPClient say about a failed connection into a clause a
/// person can act on. Their descriptions are debug text (type names, errno values, nested
/// parentheses) and differ between versions, so this reads the markers they all carry.
enum TransportFailureWords {
    /// One clause with its advice, e.g. "the connection was refused; check that the endpoint is up".
    static func summary(of detail: String, isTimeout: Bool) -> String {
        let text = detail.lowercased()
        func has(_ markers: String...) -> Bool { markers.contains { text.contains($0) } }
        if has("proxyauthenticationrequired") {
            return "the proxy asks for authentication; put the user and password in HTTPS_PROXY"
        }
        if has("invalidproxyresponse", "httpproxyhandshake", "proxy") {
            return "the proxy refused the connection; check HTTPS_PROXY and NO_PROXY"
        }
        if isTimeout {
            return "the time allowed ran out; the request may or may not have landed"
        }
        if has("certificate", "verify_failed", "x509") {
            return "the TLS certificate is not trusted; a private CA bundle goes in AWS_CA_BUNDLE"
        }
        if has("tls", "ssl", "handshake") {
            return "the TLS handshake failed; check that the endpoint speaks HTTPS, and AWS_CA_BUNDLE"
        }
        if has("connection refused", "errno: 111", "econnrefused") {
            return "the connection was refused; check that the endpoint is up and its port is right"
        }
        if has("dnsaerror", "dnsaaaaerror", "getaddrinfo", "name or service not known", "nodename nor servname") {
            return "the host name could not be resolved; check the endpoint and the DNS"
        }
        if has("network is unreachable", "no route to host", "errno: 101", "errno: 113") {
            return "the network is unreachable; check the network and HTTPS_PROXY/NO_PROXY"
        }
        if has("remoteconnectionclosed", "connection reset", "errno: 104", "broken pipe", "eof") {
            return "the connection was closed before the answer came; the request may or may not have landed"
        }
        return "the connection failed; check the network, HTTPS_PROXY/NO_PROXY and AWS_CA_BUNDLE"
    }
}
