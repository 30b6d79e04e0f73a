import CodeArtifactClient
import Synchronization

/// A process runner that answers from a closure and records the commands.
final class StubProcessRunner: ProcessRunning {
    private let answer: @Sendable (String) -> ProcessResult
    private let commands = Mutex<[String]>([])

    init(_ answer: @escaping @Sendable (String) -> ProcessResult) {
        self.answer = answer
    }

    func run(command: String, environment: [String: String]) async throws -> ProcessResult {
        commands.withLock { $0.append(command) }
        return answer(command)
    }

    /// The commands run, in order.
    var ran: [String] { commands.withLock { $0 } }
}
