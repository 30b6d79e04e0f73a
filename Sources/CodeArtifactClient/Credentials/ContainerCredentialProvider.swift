/// ECS, CodeBuild and EKS Pod Identity: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on
/// `http://169.254.170.2`) or `AWS_CONTAINER_CREDENTIALS_FULL_URI` (https, or http to loopback or
/// the container hosts), with `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read anew each time) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN` as the `Authorization` header.
struct ContainerCredentialProvider: CredentialProvider {
    let context: CredentialContext

    var name: String { "container" }

    /// Hosts allowed over plain http for a full URI.
    static let allowedHTTPHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23"]

    func load() async throws -> CredentialLookup {
        let environment = context.environment
        let url: String
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] {
            url = "http://169.254.170.2" + (relative.hasPrefix("/") ? relative : "/" + relative)
        } else if let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] {
            let endpoint: ServiceEndpoint
            do {
                endpoint = try ServiceEndpoint(parsing: ServiceEndpoint.origin(of: full))
            } catch {
                throw CredentialsError.providerFailed(name, "AWS_CONTAINER_CREDENTIALS_FULL_URI: \(error)")
            }
            guard
                endpoint.scheme == "https" || endpoint.isLoopback
                    || Self.allowedHTTPHosts.contains(endpoint.bareHost)
            else {
                throw CredentialsError.providerFailed(
                    name,
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https, or http to a loopback address, 169.254.170.2, "
                        + "169.254.170.23 or [fd00:ec2::23]; got host \(endpoint.host)")
            }
            url = full
        } else {
            return .notApplicable(
                "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set")
        }
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if let token = try authorizationToken() {
            guard !token.contains("\r"), !token.contains("\n") else {
                throw CredentialsError.providerFailed(name, "the authorization token contains a line break")
            }
            context.redactor.register(token)
            headers.append(("Authorization", token))
        }
        let request = TransportRequest(method: "GET", url: url, headers: headers)
        HTTPTrace.request(request, attempt: 1, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        let response: TransportResponse
        do {
            // botocore applies metadata_service_timeout (AWS_METADATA_SERVICE_TIMEOUT) here too.
            let timeout =
                context.environment["AWS_METADATA_SERVICE_TIMEOUT"].flatMap(Double.init).map {
                    Duration.milliseconds(Int64($0 * 1000))
                } ?? .seconds(5)
            response = try await context.directTransport.send(request, timeout: timeout)
        } catch let error as TransportError {
            throw CredentialsError.providerFailed(name, "\(context.redactor.redact(url)): \(error)")
        }
        HTTPTrace.response(
            response, for: request, bodyIsSecret: true, logger: context.logger, redactor: context.redactor)
        let json = CredentialJSON.decode(response.body)
        guard (200..<300).contains(response.status) else {
            let detail = context.redactor.redact(json?.errorSummary ?? "")
            throw CredentialsError.providerFailed(
                name, "the endpoint answered HTTP \(response.status)" + (detail.isEmpty ? "" : " (\(detail))"))
        }
        guard let json else { throw CredentialsError.providerFailed(name, "the answer is not a JSON object") }
        return .found(try json.credentials(source: name, redactor: context.redactor))
    }

    /// The token from the token file (trailing newline trimmed), else the variable.
    private func authorizationToken() throws -> String? {
        let environment = context.environment
        if let file = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] {
            let path = environment.expandingHome(file)
            let contents: String?
            do {
                contents = try environment.files.readFile(atPath: path)
            } catch {
                throw CredentialsError.unreadableFile(path, "\(error)")
            }
            guard let contents else {
                throw CredentialsError.providerFailed(name, "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path) is missing")
            }
            return contents.trimmingWhitespace()
        }
        return environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
    }
}
