import CodeArtifactClient

/// Canned answers of the credential endpoints, for scripted transports.
enum CredentialServers {
    /// An STS answer (either call) with these credentials.
    static func stsAnswer(action: String, keyId: String, secret: String, token: String, expiration: String)
        -> TransportResponse
    {
        let xml = """
            <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><\(action)Result><Credentials>\
            <AccessKeyId>\(keyId)</AccessKeyId><SecretAccessKey>\(secret)</SecretAccessKey>\
            <SessionToken>\(token)</SessionToken><Expiration>\(expiration)</Expiration></Credentials>\
            </\(action)Result></\(action)Response>
            """
        return TransportResponse(status: 200, headers: [("Content-Type", "text/xml")], body: Array(xml.utf8))
    }

    /// A container or instance-metadata JSON answer.
    static func jsonCredentials(keyId: String, secret: String, token: String, expiration: String) -> String {
        #"{"Code":"Success","AccessKeyId":"\#(keyId)","SecretAccessKey":"\#(secret)","Token":"\#(token)","Expiration":"\#(expiration)"}"#
    }

    /// The form fields of an STS request body.
    static func form(_ request: TransportRequest) -> [String: String] {
        let text = String(decoding: request.body, as: UTF8.self)
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[percentDecode(parts[0])] = parts.count > 1 ? percentDecode(parts[1]) : ""
        }
        return fields
    }
}
