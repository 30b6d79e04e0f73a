/// A profile's `credential_process`: runs the command and reads its JSON (`Version: 1`). The
/// output is never logged: it is made of secrets.
struct ProcessCredentialProvider: CredentialProvider {
    let context: CredentialContext
    let command: String
    let name: String

    func load() async throws -> CredentialLookup {
        let result: ProcessResult
        do {
            result = try await context.environment.processes.run(
                command: command, environment: context.environment.variables)
        } catch {
            throw CredentialsError.providerFailed(name, "credential_process could not start: \(error)")
        }
        guard result.status == 0 else {
            let lastLine =
                String(decoding: result.standardError, as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map { String($0.prefix(200)) } ?? ""
            let detail = lastLine.isEmpty ? "" : " (stderr: \(context.redactor.redact(lastLine)))"
            throw CredentialsError.providerFailed(
                name, "credential_process exited with status \(result.status)\(detail)")
        }
        guard let json = CredentialJSON.decode(result.standardOutput) else {
            throw CredentialsError.providerFailed(name, "credential_process printed no JSON object (output not shown)")
        }
        guard json.version == 1 else {
            throw CredentialsError.providerFailed(
                name, "credential_process output has Version \(json.version.map(String.init) ?? "missing"), expected 1")
        }
        return .found(try json.credentials(source: name, redactor: context.redactor))
    }
}
