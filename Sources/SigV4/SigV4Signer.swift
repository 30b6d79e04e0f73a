import Crypto
import Foundation

/// AWS Signature Version 4, header-based. Pure: the time is passed in, nothing is read
/// from the environment, and the value is `Sendable`, so one signer serves every task.
public struct SigV4Signer: Sendable {
    /// Options named by the official test suite's `context.json`.
    public struct Options: Sendable, Hashable {
        /// Remove `.`/`..` segments and duplicate slashes before encoding (every service but S3).
        public var normalizePath: Bool
        /// Send and sign `X-Amz-Content-Sha256` (S3 style); CodeArtifact needs none.
        public var signBody: Bool
        /// Add the session token after signing instead of signing it (a few STS-style services).
        public var omitSessionToken: Bool

        /// Creates options; the defaults are CodeArtifact's.
        public init(normalizePath: Bool = true, signBody: Bool = false, omitSessionToken: Bool = false) {
            self.normalizePath = normalizePath
            self.signBody = signBody
            self.omitSessionToken = omitSessionToken
        }
    }

    /// The keys.
    public var credentials: SigV4Credentials
    /// The region in the scope, e.g. `us-east-1`.
    public var region: String
    /// The service in the scope, e.g. `codeartifact`.
    public var service: String
    /// Signing options.
    public var options: Options

    /// Creates a signer.
    public init(credentials: SigV4Credentials, region: String, service: String, options: Options = Options()) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.options = options
    }

    /// Signs `request` as of `date`.
    public func sign(_ request: SigV4Request, date: Date) -> SigV4Signature {
        sign(request, date: date, signingKey: nil)
    }

    /// Signs `request` as of `date` with `signingKey` when it is the key of `date`'s day (from
    /// ``signingKey(for:)``, kept by a caller that signs many requests a day); else the key is
    /// derived here. The key takes four HMACs to derive and changes once a day.
    public func sign(_ request: SigV4Request, date: Date, signingKey: SigV4SigningKey?) -> SigV4Signature {
        let (amzDate, day) = Self.timestamps(date)
        let payloadHash = Self.hex(SHA256.hash(data: request.body))
        var signed = request.headers
        signed.append(("X-Amz-Date", amzDate))
        var added: [(name: String, value: String)] = [("X-Amz-Date", amzDate)]
        if let token = credentials.sessionToken {
            if !options.omitSessionToken { signed.append(("X-Amz-Security-Token", token)) }
            added.append(("X-Amz-Security-Token", token))
        }
        if options.signBody {
            signed.append(("X-Amz-Content-Sha256", payloadHash))
            added.append(("X-Amz-Content-Sha256", payloadHash))
        }
        let (canonicalHeaders, signedHeaders) = Self.canonicalHeaders(signed)
        var canonicalRequest = request.method
        canonicalRequest += "\n"
        canonicalRequest += Self.canonicalURI(request.path, normalize: options.normalizePath)
        canonicalRequest += "\n"
        canonicalRequest += Self.canonicalQuery(request.query)
        canonicalRequest += "\n"
        canonicalRequest += canonicalHeaders
        canonicalRequest += "\n"
        canonicalRequest += signedHeaders
        canonicalRequest += "\n"
        canonicalRequest += payloadHash
        let scope = day + "/" + region + "/" + service + "/aws4_request"
        var stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
        stringToSign += Self.hex(Self.sha256(canonicalRequest))
        let key = signingKey.flatMap { $0.matches(self, day: day) ? $0.key : nil } ?? self.signingKey(day: day)
        var signature = ""
        var text = stringToSign
        text.withUTF8 { bytes in
            signature = Self.hex(HMAC<SHA256>.authenticationCode(for: UnsafeRawBufferPointer(bytes), using: key))
        }
        let authorization =
            "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
            + ", Signature=" + signature
        added.append(("Authorization", authorization))
        return SigV4Signature(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
            authorization: authorization, headers: added)
    }

    /// The signing key of `date`'s day, to pass to ``sign(_:date:signingKey:)`` while the day,
    /// the keys, the region and the service stay the same.
    public func signingKey(for date: Date) -> SigV4SigningKey {
        let day = Self.timestamps(date).day
        return SigV4SigningKey(
            day: day, secretAccessKey: credentials.secretAccessKey, region: region, service: service,
            bytes: signingKey(day: day).withUnsafeBytes { Array($0) })
    }

    /// `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request")`.
    func signingKey(day: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data(("AWS4" + credentials.secretAccessKey).utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// SHA-256 of `text`'s UTF-8 bytes, without copying them.
    static func sha256(_ text: String) -> SHA256.Digest {
        var text = text
        return text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
    }
}
