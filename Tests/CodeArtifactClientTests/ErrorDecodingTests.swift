import CodeArtifactModel
import Foundation
import Testing

@testable import CodeArtifactClient

/// Every exception of the model (and the signature errors) decoded from status, header and body.
@Suite struct ErrorDecodingTests {
    private func decode(
        _ status: Int, _ body: String, headers: [(name: String, value: String)] = [],
        operation: CodeArtifactOperation = .deletePackageVersions
    ) -> CodeArtifactError {
        CodeArtifactError.decode(
            response: TransportResponse(status: status, headers: headers, body: Array(body.utf8)),
            operation: operation, resource: Fixtures.package.resourceDescription, endpoint: "https://codeartifact.test")
    }

    @Test func validationExceptionWithReasonAndSuffixedHeader() {
        let error = decode(
            400, #"{"message":"1 validation error detected: versions","reason":"FIELD_VALIDATION_FAILED"}"#,
            headers: [
                ("X-Amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/")
            ])
        #expect(error.kind == .validation)
        #expect(error.exceptionName == "ValidationException")
        #expect(error.reason == "FIELD_VALIDATION_FAILED")
        #expect(error.message == "1 validation error detected: versions")
        #expect(error.httpStatus == 400)
        #expect(!error.isRetryable)
        #expect(error.description.contains("reason FIELD_VALIDATION_FAILED"))
    }

    @Test func serviceQuotaExceededCarriesResource() {
        let error = decode(
            402, #"{"message":"quota","resourceId":"acme","resourceType":"domain"}"#,
            headers: [("x-amzn-errortype", "ServiceQuotaExceededException")])
        #expect(error.kind == .serviceQuotaExceeded)
        #expect(error.resourceId == "acme")
        #expect(error.resourceType == "domain")
        #expect(error.description.contains("domain 'acme'"))
    }

    @Test func accessDeniedNamesOperationResourceAndPrincipal() {
        let message =
            "User: arn:aws:iam::111122223333:user/ci is not authorized to perform: "
            + "codeartifact:DeletePackageVersions on resource: arn:aws:codeartifact:us-east-1:111122223333:package/acme/npm-store/npm/acme/ui-kit"
        let error = decode(403, #"{"Message":"\#(message)"}"#, headers: [("X-Amzn-ErrorType", "AccessDeniedException")])
        #expect(error.kind == .accessDenied)
        #expect(error.message == message)
        #expect(error.principal == "arn:aws:iam::111122223333:user/ci")
        let text = error.description
        #expect(text.contains("(DeletePackageVersions on npm package"))
        #expect(text.contains("'acme/ui-kit'"))
        #expect(text.contains("; grant arn:aws:iam::111122223333:user/ci codeartifact:DeletePackageVersions"))
    }

    @Test func resourceNotFoundCarriesIdAndType() {
        let error = decode(
            404, #"{"message":"Repository npm-store not found","resourceId":"npm-store","resourceType":"repository"}"#,
            headers: [("X-Amzn-ErrorType", "ResourceNotFoundException")], operation: .listPackages)
        #expect(error.kind == .resourceNotFound)
        #expect(error.resourceId == "npm-store")
        #expect(error.resourceType == "repository")
        #expect(error.description.contains("check the domain"))
    }

    @Test func conflictFromBodyTypeWithNamespacePrefix() {
        let error = decode(
            409,
            #"{"__type":"com.amazonaws.codeartifact#ConflictException","message":"busy","resourceId":"ui-kit","resourceType":"package"}"#
        )
        #expect(error.kind == .conflict)
        #expect(error.exceptionName == "ConflictException")
        #expect(error.resourceType == "package")
    }

    @Test func throttlingWithRetryAfter() {
        let error = decode(
            429, #"{"message":"Rate exceeded"}"#,
            headers: [("X-Amzn-ErrorType", "ThrottlingException"), ("Retry-After", "3")])
        #expect(error.kind == .throttling)
        #expect(error.retryAfterSeconds == 3)
        #expect(error.isRetryable)
        #expect(error.description.contains("retry after 3 s"))
    }

    @Test func internalServerExceptionIsRetryableWithUnknownOutcome() {
        let error = decode(500, #"{"message":"oops"}"#, headers: [("X-Amzn-ErrorType", "InternalServerException")])
        #expect(error.kind == .internalServer)
        #expect(error.isRetryable)
        #expect(error.outcomeUnknown)
    }

    @Test(arguments: [
        ("InvalidSignatureException", CodeArtifactError.Kind.authentication),
        ("SignatureDoesNotMatch", .authentication),
        ("UnrecognizedClientException", .authentication),
        ("ExpiredTokenException", .expiredToken),
    ])
    func signatureErrors(name: String, kind: CodeArtifactError.Kind) {
        let error = decode(
            403, #"{"message":"The security token included in the request is invalid."}"#,
            headers: [("X-Amzn-ErrorType", name)])
        #expect(error.kind == kind)
        #expect(error.exceptionName == name)
        #expect(!error.isRetryable)
        #expect(error.httpStatus == 403)
    }

    @Test func headerWithHashPrefixAndColonSuffixKeepsTheMiddle() {
        #expect(
            CodeArtifactError.sanitizeErrorType("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/")
                == "FooError")
        let error = decode(
            429, "{}",
            headers: [
                ("X-Amzn-ErrorType", "com.amazonaws.codeartifact#ThrottlingException:http://internal.amazon.com/")
            ])
        #expect(error.exceptionName == "ThrottlingException")
        #expect(error.kind == .throttling)
    }

    @Test func headerWinsOverBodyAndCodeFieldIsRead() {
        let fromHeader = decode(
            400, #"{"__type":"SomethingElse","message":"m"}"#, headers: [("X-Amzn-ErrorType", "ValidationException")])
        #expect(fromHeader.exceptionName == "ValidationException")
        let fromCode = decode(403, #"{"code":"AccessDeniedException","Message":"no"}"#)
        #expect(fromCode.exceptionName == "AccessDeniedException")
        #expect(fromCode.message == "no")
    }

    static let loadBalancerPage = """
        <html>
        <head><title>502 Bad Gateway</title></head>
        <body>
        <center><h1>502 Bad Gateway</h1></center>
        </body>
        </html>

        """

    @Test(arguments: [502, 503, 504])
    func gatewayPagesAreInternalServerErrorsOfUnknownOutcome(status: Int) {
        let page = Self.loadBalancerPage.replacingOccurrences(of: "502 Bad Gateway", with: "\(status) Oops")
        let error = decode(status, page, headers: [("Content-Type", "text/html")])
        #expect(error.kind == .internalServer)
        #expect(error.exceptionName == "InternalServerException")
        #expect(error.httpStatus == status)
        #expect(
            error.message == "HTTP \(status) without a service error (from a load balancer or proxy?): \(status) Oops")
        #expect(error.isRetryable)
        #expect(error.outcomeUnknown)
    }

    @Test func aPageWithoutATitleGivesItsFirstLineWithText() throws {
        let error = decode(503, "\n  <html><body>\n<h1>Service\tUnavailable</h1><p>try later</p>\n</body></html>")
        #expect(error.exceptionName == "InternalServerException")
        #expect(
            error.message
                == "HTTP 503 without a service error (from a load balancer or proxy?): Service Unavailable try later")
        let plain = decode(504, "upstream request timeout")
        #expect(plain.message?.hasSuffix("?): upstream request timeout") == true)
        let long = decode(502, String(repeating: "x", count: 5000))
        let message = try #require(long.message)
        #expect(message.hasSuffix("?): " + String(repeating: "x", count: 200) + "..."))
    }

    @Test(arguments: [500, 502, 503, 504, 599])
    func anEmptyServerErrorIsAnInternalServerException(status: Int) {
        let error = decode(status, "")
        #expect(error.kind == .internalServer)
        #expect(error.exceptionName == "InternalServerException")
        #expect(error.message == "HTTP \(status) without a service error (from a load balancer or proxy?), empty body")
        #expect(error.outcomeUnknown && error.isRetryable)
    }

    @Test func serverErrorsTheServiceNamesKeepTheirNamesAndMessages() {
        let named = decode(
            503, #"{"message":"Slow down"}"#, headers: [("X-Amzn-ErrorType", "ServiceUnavailableException")])
        #expect(named.exceptionName == "ServiceUnavailableException")
        #expect(named.kind == .internalServer && named.outcomeUnknown)
        #expect(named.message == "Slow down")
        let fromBody = decode(500, #"{"__type":"com.amazonaws.codeartifact#InternalServerException","message":"m"}"#)
        #expect(fromBody.exceptionName == "InternalServerException" && fromBody.message == "m")
        // The service's JSON without a type: its message, not the page treatment.
        let unnamed = decode(502, #"{"message":"upstream failed"}"#)
        #expect(unnamed.exceptionName == "InternalServerException" && unnamed.message == "upstream failed")
    }

    @Test func statusAloneNamesTheModelsException() {
        #expect(decode(404, "").exceptionName == "ResourceNotFoundException")
        #expect(decode(429, "").kind == .throttling)
        #expect(decode(418, "").kind == .otherService)
    }

    @Test func transportErrorsHaveReportNames() {
        let connection = CodeArtifactError.transport(
            .connection("connection reset by peer", outcomeUnknown: true), operation: .deletePackageVersions,
            resource: nil, endpoint: "https://codeartifact.test")
        #expect(connection.exceptionName == "ConnectionError")
        #expect(connection.kind == .connection)
        #expect(connection.outcomeUnknown)
        #expect(connection.description.contains("closed before the answer came"))
        #expect(!connection.description.contains("reset by peer"), "transport debug text stays in the logs")
        let timeout = CodeArtifactError.transport(
            .timeout("deadline exceeded"), operation: .listPackages, resource: nil, endpoint: "https://x")
        #expect(timeout.exceptionName == "Timeout")
        #expect(timeout.kind == .timeout)
    }
}
