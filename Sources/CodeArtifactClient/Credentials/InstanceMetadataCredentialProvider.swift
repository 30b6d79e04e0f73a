import SigV4

/// EC2 instance metadata, IMDSv2 only: `PUT /latest/api/token`, then the role under
/// `/latest/meta-data/iam/security-credentials/`, each with a 1 s timeout.
/// `AWS_EC2_METADATA_DISABLED=true` turns it off; `AWS_EC2_METADATA_SERVICE_ENDPOINT` moves it.
struct InstanceMetadataCredentialProvider: CredentialProvider {
    let context: CredentialContext

    var name: String { "EC2 instance metadata" }

    static let timeout: Duration = .seconds(1)

    /// `AWS_METADATA_SERVICE_TIMEOUT` (seconds), as the AWS CLI reads it; else 1 s.
    static func timeout(_ environment: AWSEnvironment) -> Duration {
        guard let text = environment["AWS_METADATA_SERVICE_TIMEOUT"], let seconds = Double(text), seconds > 0 else {
            return timeout
        }
        return .milliseconds(Int64(seconds * 1000))
    }

    func load() async throws -> CredentialLookup {
        let environment = context.environment
        if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" {
            return .notApplicable("disabled by AWS_EC2_METADATA_DISABLED")
        }
        let base: ServiceEndpoint
        do {
            base = try ServiceEndpoint(
                parsing: environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] ?? "http://169.254.169.254")
        } catch {
            throw CredentialsError.providerFailed(name, "AWS_EC2_METADATA_SERVICE_ENDPOINT: \(error)")
        }
        let tokenRequest = TransportRequest(
            method: "PUT", url: base.url(path: "/latest/api/token"),
            headers: [("x-aws-ec2-metadata-token-ttl-seconds", "21600")])
        let tokenResponse: TransportResponse
        do {
            tokenResponse = try await send(tokenRequest)
        } catch let error as TransportError {
            return .notApplicable("no instance metadata service at \(base) (\(error))")
        }
        guard tokenResponse.status == 200 else {
            return .notApplicable(
                "the instance metadata service at \(base) refused a token (HTTP \(tokenResponse.status))")
        }
        let token = String(decoding: tokenResponse.body, as: UTF8.self).trimmingWhitespace()
        context.redactor.register(token)
        let tokenHeader: [(name: String, value: String)] = [("x-aws-ec2-metadata-token", token)]
        let listPath = "/latest/meta-data/iam/security-credentials/"
        let roles = try await get(base.url(path: listPath), headers: tokenHeader)
        if roles.status == 404 { return .notApplicable("the instance has no IAM role (instance profile)") }
        guard roles.status == 200,
            let role = String(decoding: roles.body, as: UTF8.self).split(whereSeparator: \.isNewline).first
                .map({ $0.trimmingWhitespace() }), !role.isEmpty
        else {
            throw CredentialsError.providerFailed(name, "listing the instance's role answered HTTP \(roles.status)")
        }
        let answer = try await get(base.url(path: listPath + PercentEncoding.encode(role)), headers: tokenHeader)
        let json = CredentialJSON.decode(answer.body)
        guard answer.status == 200, let json else {
            throw CredentialsError.providerFailed(name, "role '\(role)' answered HTTP \(answer.status)")
        }
        if let code = json.code, code != "Success" {
            throw CredentialsError.providerFailed(name, "role '\(role)' answered Code \(code)")
        }
        return .found(try json.credentials(source: "\(name) (role \(role))", redactor: context.redactor))
    }

    private func send(_ request: TransportRequest) async throws -> TransportResponse {
        HTTPTrace.request(request, attempt: 1, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        let response = try await context.directTransport.send(request, timeout: Self.timeout(context.environment))
        HTTPTrace.response(
            response, for: request, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        return response
    }

    private func get(_ url: String, headers: [(name: String, value: String)]) async throws -> TransportResponse {
        do {
            return try await send(TransportRequest(method: "GET", url: url, headers: headers))
        } catch let error as TransportError {
            throw CredentialsError.providerFailed(name, "\(url): \(error)")
        }
    }
}
