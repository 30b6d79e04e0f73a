import Foundation

/// A fake of the SSO portal (`GET /federation/credentials`) and SSO-OIDC (`POST /token`) for
/// ``TestHTTPServer``: the portal knows access tokens by value and gives each its own access
/// key id; role `NoAccess` is forbidden; CreateToken accepts one refresh token.
enum FakeSSO {
    /// Access tokens the portal accepts, and the access key id each one gets.
    static let accessKeys = [
        "LEGACYACCESSTOKEN-0001": "ASIALEGACYSSO0001",
        "SESSIONACCESSTOKEN-0002": "ASIASESSIONSSO0002",
        "REFRESHEDACCESSTOKEN-0003": "ASIAREFRESHEDSSO03",
        "STALEACCESSTOKEN-0004": "ASIASTALESSO00004",
    ]
    static let refreshToken = "REFRESHTOKEN-0005"
    static let clientSecret = "CLIENTSECRET-0006"
    static let rotatedRefreshToken = "ROTATEDREFRESHTOKEN-0007"
    static let refreshedAccessToken = "REFRESHEDACCESSTOKEN-0003"
    static let roleSecret = "SSOROLESECRET-0008"
    static let roleSessionToken = "SSOROLESESSIONTOKEN-0009"
    /// Every secret above, for leak checks.
    static let secrets = [
        "LEGACYACCESSTOKEN-0001", "SESSIONACCESSTOKEN-0002", refreshedAccessToken, "STALEACCESSTOKEN-0004",
        refreshToken, clientSecret, rotatedRefreshToken, roleSecret, roleSessionToken,
    ]

    static func handle(_ request: RecordedRequest) -> TestHTTPServer.Reply {
        if request.method == "GET", request.path == "/federation/credentials" {
            let query = request.query
            guard let token = request.header("x-amz-sso_bearer_token"), let keyId = accessKeys[token] else {
                return .json(
                    #"{"message":"Session token not found or invalid"}"#, status: 401,
                    headers: [
                        (
                            "x-amzn-ErrorType",
                            "UnauthorizedException:http://internal.amazon.com/coral/com.amazon.switchboard.portal/"
                        )
                    ])
            }
            if query["role_name"] == "NoAccess" {
                return .json(
                    #"{"message":"No access"}"#, status: 403,
                    headers: [
                        (
                            "x-amzn-ErrorType",
                            "ForbiddenException:http://internal.amazon.com/coral/com.amazon.switchboard.portal/"
                        )
                    ])
            }
            let expiration = Int64((Date().timeIntervalSince1970 + 3600) * 1000)
            return .json(
                #"{"roleCredentials":{"accessKeyId":"\#(keyId)","secretAccessKey":"\#(roleSecret)","sessionToken":"\#(roleSessionToken)","expiration":\#(expiration)}}"#
            )
        }
        if request.method == "POST", request.path == "/token" {
            let body = Fixtures.json(request.body)
            guard body["grantType"] as? String == "refresh_token", body["clientId"] as? String == "client-id-1",
                body["clientSecret"] as? String == clientSecret, body["refreshToken"] as? String == refreshToken
            else {
                return .json(
                    #"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#, status: 400,
                    headers: [("x-amzn-ErrorType", "InvalidGrantException")])
            }
            return .json(
                #"{"accessToken":"\#(refreshedAccessToken)","tokenType":"Bearer","expiresIn":28800,"refreshToken":"\#(rotatedRefreshToken)"}"#
            )
        }
        return .json(#"{"message":"not found"}"#, status: 404)
    }
}
