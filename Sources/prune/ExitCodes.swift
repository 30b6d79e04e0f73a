import ArgumentParser

/// The exit codes of docs/spec/product.md, in one place: the commands throw these, and the root
/// `--help` prints ``table``, so the two cannot drift apart.
enum PruneExit {
    /// Runtime error before the first write (credentials, network, access, missing domain), or declined.
    static let runtimeError = ExitCode(1)
    /// `plan --detailed-exitcode`: the plan would act on something.
    static let wouldAct = ExitCode(2)
    /// Writes started and some versions failed.
    static let partialFailure = ExitCode(3)
    /// Refused: maxDeletions, conflicting targets, a refused document, a look-ahead; nothing acted on.
    static let refused = ExitCode(4)
    /// Command-line usage error.
    static let usage = ExitCode(64)
    /// Invalid manifest, saved plan or inventory.
    static let invalidInput = ExitCode(65)
    /// Interrupted by SIGINT/SIGTERM; report written.
    static let interrupted = ExitCode(130)

    /// Every code with its meaning, as `--help` shows them.
    static let table: [(code: ExitCode, meaning: String)] = [
        (.success, "success: everything planned succeeded, or there was nothing to do"),
        (
            runtimeError,
            "runtime error before the first write (credentials, network, access, a missing domain or repository), or declined"
        ),
        (wouldAct, "plan --detailed-exitcode only: the plan would act on something"),
        (partialFailure, "the writes started and some versions failed (see the report)"),
        (
            refused,
            "refused: more than maxDeletions, two targets acting differently on one version, a refused plan or report, a look-ahead plan; nothing acted on"
        ),
        (usage, "command-line usage error"),
        (invalidInput, "invalid manifest, saved plan or inventory"),
        (interrupted, "interrupted (SIGINT/SIGTERM): in-flight requests finished or cancelled, report written"),
    ]

    /// The table as help text: one code a line.
    static var helpText: String {
        table.map { row in
            let code = String(row.code.rawValue)
            return "  " + code + String(repeating: " ", count: max(1, 5 - code.count)) + row.meaning
        }.joined(separator: "\n")
    }
}
