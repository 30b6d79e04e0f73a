import Foundation
import Inventory
import SigV4

/// Verifies SigV4 `Authorization` headers as the service does: it rebuilds the request from
/// exactly the signed headers, signs it with the caller's secret at the request's date, and
/// compares signatures in constant time.
struct SigV4Verifier: Sendable {
    static let service = "codeartifact"
    static let allowedSkew: TimeInterval = 15 * 60

    let credentials: [String: EmulatorCredential]
    let region: String

    init(credentials: [EmulatorCredential], region: String) {
        self.credentials = Dictionary(credentials.map { ($0.accessKeyId, $0) }, uniquingKeysWith: { _, last in last })
        self.region = region
    }

    /// `nil` if the request is properly signed by a known, unexpired credential.
    func verify(_ request: EmulatorHTTPRequest, query: QueryParameters, now: Date) -> APIError? {
        guard let authorization = request.header("authorization") else {
            return .authentication(
                "IncompleteSignatureException", "Request is missing Authentication Token (no Authorization header)")
        }
        let algorithm = "AWS4-HMAC-SHA256 "
        guard authorization.hasPrefix(algorithm) else {
            return .authentication(
                "IncompleteSignatureException", "Unsupported Authorization type: only AWS4-HMAC-SHA256 is accepted")
        }
        var parts: [String: String] = [:]
        for component in authorization.dropFirst(algorithm.count).split(separator: ",") {
            let trimmed = component.trimmingCharacters(in: .whitespaces)
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            parts[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        let missing = ["Credential", "SignedHeaders", "Signature"].filter { parts[$0] == nil }
        guard missing.isEmpty, let credential = parts["Credential"], let signedList = parts["SignedHeaders"],
            let signature = parts["Signature"]
        else {
            return .authentication(
                "IncompleteSignatureException",
                missing.map { "Authorization header requires '\($0)' parameter." }.joined(separator: " ")
                    + " Authorization=\(authorization.prefix(40))...")
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else {
            return .authentication(
                "IncompleteSignatureException",
                "Credential should be AKID/YYYYMMDD/REGION/SERVICE/aws4_request, not '\(scope.dropFirst().joined(separator: "/"))'"
            )
        }
        guard let known = credentials[scope[0]] else {
            return .authentication(
                "UnrecognizedClientException", "The security token included in the request is invalid.")
        }
        guard let amzDate = request.header("x-amz-date") else {
            return .authentication(
                "IncompleteSignatureException", "Authorization header requires existence of a 'X-Amz-Date' header.")
        }
        guard let date = SigV4Verifier.parseAmzDate(amzDate) else {
            return .authentication("IncompleteSignatureException", "Invalid X-Amz-Date '\(amzDate)'")
        }
        let skew = date.timeIntervalSince(now)
        if skew < -SigV4Verifier.allowedSkew {
            let limit = SigV4Verifier.amzDate(now.addingTimeInterval(-SigV4Verifier.allowedSkew))
            return .authentication(
                "InvalidSignatureException",
                "Signature expired: \(amzDate) is now earlier than \(limit) (\(SigV4Verifier.amzDate(now)) - 15 min.)")
        }
        if skew > SigV4Verifier.allowedSkew {
            let limit = SigV4Verifier.amzDate(now.addingTimeInterval(SigV4Verifier.allowedSkew))
            return .authentication(
                "InvalidSignatureException",
                "Signature not yet current: \(amzDate) is still later than \(limit) (\(SigV4Verifier.amzDate(now)) + 15 min.)"
            )
        }
        guard scope[1] == String(amzDate.prefix(8)) else {
            return .authentication(
                "InvalidSignatureException",
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                    + "'\(scope[1])' != '\(amzDate.prefix(8))', from '\(amzDate)'.")
        }
        guard scope[2] == region else {
            return .authentication(
                "InvalidSignatureException", "Credential should be scoped to a valid region, not '\(scope[2])'. ")
        }
        guard scope[3] == SigV4Verifier.service else {
            return .authentication(
                "InvalidSignatureException",
                "Credential should be scoped to correct service: '\(SigV4Verifier.service)'. ")
        }
        let token = request.header("x-amz-security-token")
        if token != known.sessionToken {
            return .authentication(
                "UnrecognizedClientException", "The security token included in the request is invalid.")
        }
        if let expiration = known.expiration, now >= expiration {
            return .authentication("ExpiredTokenException", "The security token included in the request is expired")
        }
        let signedHeaders = signedList.split(separator: ";").map { $0.lowercased() }
        guard signedHeaders.contains("host") else {
            return .authentication(
                "IncompleteSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.")
        }
        // The signer adds X-Amz-Date and X-Amz-Security-Token itself, from the date and the credentials.
        var headers: [(name: String, value: String)] = []
        for name in signedHeaders where name != "x-amz-date" && name != "x-amz-security-token" {
            for value in request.headerValues(name) { headers.append((name, value)) }
        }
        let tokenSigned = signedHeaders.contains("x-amz-security-token")
        if !signedHeaders.contains("x-amz-date") {
            return mismatch()
        }
        let signer = SigV4Signer(
            credentials: SigV4Credentials(
                accessKeyId: known.accessKeyId, secretAccessKey: known.secretAccessKey, sessionToken: token),
            region: scope[2], service: scope[3],
            options: .init(normalizePath: true, signBody: false, omitSessionToken: token != nil && !tokenSigned))
        let expected = signer.sign(
            SigV4Request(
                method: request.method, path: request.path, query: query.pairs, headers: headers, body: request.body),
            date: date)
        guard SigV4Verifier.constantTimeEqual(expected.signature, signature) else {
            return mismatch()
        }
        return nil
    }

    private func mismatch() -> APIError {
        .authentication(
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
                + "Access Key and signing method. Consult the service documentation for details.")
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<left.count { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    /// `YYYYMMDD'T'HHMMSS'Z'`.
    static func parseAmzDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        let digits = String(decoding: bytes[0..<8], as: UTF8.self)
        let time = String(decoding: bytes[9..<15], as: UTF8.self)
        let iso =
            "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))T"
            + "\(time.prefix(2)):\(time.dropFirst(2).prefix(2)):\(time.suffix(2))Z"
        return InventoryTimestamp.parse(iso)
    }

    static func amzDate(_ date: Date) -> String {
        let iso = InventoryTimestamp.format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
        // 2026-01-01T00:00:00Z -> 20260101T000000Z
        return iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }
}
