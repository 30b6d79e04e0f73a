import CodeArtifactClient
import NIOConcurrencyHelpers

/// A process runner that answers from a closure and records the commands.
final class StubProcessRunner: ProcessRunning {
    private let answer: @Sendable (String) -> ProcessResult
    private let commands = NIOLockedValueBox<[String]>([])

    init(_ answer: @escaping @Sendable (String) -> ProcessResult) {
        self.answer = answer
    }

    func run(command: String, environment: [String: String]) async throws -> ProcessResult {
        commands.withLockedValue { $0.append(command) }
        return answer(command)
    }

    /// The commands run, in order.
    var ran: [String] { commands.withLockedValue { $0 } }
}
