import Foundation
import Synchronization

/// Knows every secret the client has loaded (secret keys, session tokens, web identity and
/// container tokens) and blanks them out of text bound for logs and error messages.
final class SecretRedactor: Sendable {
    /// What a secret is replaced with.
    static let mask = "<redacted>"

    private let secrets = Mutex<Set<String>>([])

    init() {}

    /// Remembers the non-empty `values` as secrets.
    func register(_ values: String?...) {
        let new = values.compactMap { $0 }.filter { $0.count >= 4 }
        guard !new.isEmpty else { return }
        secrets.withLock { $0.formUnion(new) }
    }

    /// `text` with every known secret replaced by ``mask``.
    func redact(_ text: String) -> String {
        let known = secrets.withLock { $0 }
        var result = text
        // Longest first, so a secret containing another is masked whole.
        for secret in known.sorted(by: { $0.count > $1.count }) where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: Self.mask)
        }
        return result
    }
}
