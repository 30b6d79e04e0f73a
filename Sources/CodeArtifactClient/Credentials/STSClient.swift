import CodeArtifactModel
import Foundation
import SigV4

/// The two STS calls prune needs, in the query protocol (`POST /`, form body, version
/// 2011-06-15, XML answer).
struct STSClient: Sendable {
    let context: CredentialContext

    /// `AssumeRoleWithWebIdentity`, unsigned: the token is the proof.
    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String, source: String)
        async throws -> AWSCredentials
    {
        try await call(
            action: "AssumeRoleWithWebIdentity",
            parameters: [("RoleArn", roleArn), ("RoleSessionName", sessionName), ("WebIdentityToken", token)],
            signedWith: nil, source: source)
    }

    /// `AssumeRole`, signed with the source profile's credentials.
    func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
        using credentials: AWSCredentials, source: String
    ) async throws -> AWSCredentials {
        var parameters: [(String, String)] = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let externalId { parameters.append(("ExternalId", externalId)) }
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        return try await call(action: "AssumeRole", parameters: parameters, signedWith: credentials, source: source)
    }

    /// `prune-<epoch seconds>`, the default session name.
    static func defaultSessionName(_ dates: DateSource) -> String {
        "prune-\(Int(dates.now().timeIntervalSince1970))"
    }

    private func call(
        action: String, parameters: [(String, String)], signedWith credentials: AWSCredentials?, source: String
    ) async throws -> AWSCredentials {
        let endpoint = context.stsEndpoint
        let form = [("Action", action), ("Version", "2011-06-15")] + parameters
        let body = Array(PercentEncoding.query(form.map { (name: $0.0, value: $0.1) }).utf8)
        var headers: [(name: String, value: String)] = [
            ("Host", endpoint.hostHeader), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        ]
        if let credentials {
            let signer = SigV4Signer(
                credentials: credentials.signing, region: context.region ?? "us-east-1", service: "sts")
            let path = endpoint.basePath + "/"
            let signature = signer.sign(
                SigV4Request(method: "POST", path: path, headers: headers, body: body), date: context.dates.now())
            headers += signature.headers
        }
        let request = TransportRequest(method: "POST", url: endpoint.url(path: "/"), headers: headers, body: body)
        HTTPTrace.request(request, attempt: 1, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        let response: TransportResponse
        do {
            response = try await context.stsTransport.send(request, timeout: .seconds(30))
        } catch let error as TransportError {
            throw CredentialsError.providerFailed(source, "STS \(action) at \(endpoint): \(error)")
        }
        HTTPTrace.response(
            response, for: request, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        let xml = String(decoding: response.body, as: UTF8.self)
        guard (200..<300).contains(response.status) else {
            let code = XMLText.first("Code", in: xml) ?? "HTTP \(response.status)"
            let message = XMLText.first("Message", in: xml).map { ": " + context.redactor.redact($0) } ?? ""
            throw CredentialsError.providerFailed(
                source, "STS \(action) at \(endpoint) answered \(code) (HTTP \(response.status))\(message)")
        }
        guard let keyId = XMLText.first("AccessKeyId", in: xml),
            let secret = XMLText.first("SecretAccessKey", in: xml),
            let token = XMLText.first("SessionToken", in: xml)
        else {
            throw CredentialsError.providerFailed(source, "STS \(action) answer has no credentials")
        }
        context.redactor.register(secret, token)
        return AWSCredentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: token,
            expiration: XMLText.first("Expiration", in: xml).flatMap(ISO8601Timestamp.parse), source: source)
    }
}
