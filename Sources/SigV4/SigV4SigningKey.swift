import Crypto
import Foundation

/// A derived SigV4 signing key and what it was derived from: valid for one day, one secret
/// key, one region and one service. A caller signing many requests keeps it and passes it to
/// ``SigV4Signer/sign(_:date:signingKey:)``, which checks it still applies.
public struct SigV4SigningKey: Sendable {
    /// `YYYYMMDD`, UTC.
    public let day: String
    let secretAccessKey: String
    /// The region in the scope.
    public let region: String
    /// The service in the scope.
    public let service: String
    /// The key's bytes (`SymmetricKey` is not `Sendable`).
    let bytes: [UInt8]

    /// The key for HMAC.
    var key: SymmetricKey { SymmetricKey(data: bytes) }

    /// Whether this key is `signer`'s for `day`.
    func matches(_ signer: SigV4Signer, day: String) -> Bool {
        self.day == day && region == signer.region && service == signer.service
            && secretAccessKey == signer.credentials.secretAccessKey
    }

    /// Whether this key is `signer`'s on the day `date` falls on.
    public func matches(_ signer: SigV4Signer, date: Date) -> Bool {
        matches(signer, day: SigV4Signer.timestamps(date).day)
    }
}
