import Foundation
import SigV4
import Synchronization

/// The session's SigV4 signing keys, one per region: deriving one takes four HMACs and it only
/// changes with the day (UTC) or the credentials, so each request reuses the key of its region
/// when it still applies (``SigV4SigningKey`` knows what it was derived from).
final class SigningKeyCache: Sendable {
    private let keys = Mutex<[String: SigV4SigningKey]>([:])

    /// The key for `signer` on `date`'s day, derived only when the cached one does not apply.
    func key(for signer: SigV4Signer, date: Date) -> SigV4SigningKey {
        if let cached = keys.withLock({ $0[signer.region] }), cached.matches(signer, date: date) {
            return cached
        }
        let key = signer.signingKey(for: date)
        keys.withLock { $0[signer.region] = key }
        return key
    }
}
