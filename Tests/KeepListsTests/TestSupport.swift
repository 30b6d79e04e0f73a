import Crypto
import Foundation

/// Hex SHA-256, as the saved plan records it.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}
