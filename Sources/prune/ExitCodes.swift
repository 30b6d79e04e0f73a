import ArgumentParser

/// The exit codes of product.md, in one place.
enum PruneExit {
    /// Runtime error before the first write (credentials, network, access, missing domain), or declined.
    static let runtimeError = ExitCode(1)
    /// `plan --detailed-exitcode`: the plan would act on something.
    static let wouldAct = ExitCode(2)
    /// Writes started and some versions failed.
    static let partialFailure = ExitCode(3)
    /// Refused: maxDeletions or conflicting targets; nothing acted on.
    static let refused = ExitCode(4)
    /// Command-line usage error.
    static let usage = ExitCode(64)
    /// Invalid manifest, saved plan or inventory.
    static let invalidInput = ExitCode(65)
    /// Interrupted by SIGINT/SIGTERM; report written.
    static let interrupted = ExitCode(130)
}
