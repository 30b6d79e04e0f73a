/// Why the safety gate let nothing through. Match on ``kind``; ``description`` says what is
/// wrong and what to do.
public struct GateStop: Error, Sendable, CustomStringConvertible {
    /// The class of stop, which decides the exit code.
    public struct Kind: Sendable, Hashable {
        fileprivate enum Code: Sendable, Hashable { case refused, runtime, usage }
        fileprivate let code: Code

        /// A refusal (exit 4): a guard tripped; the refused report is written.
        public static let refused = Kind(code: .refused)
        /// A runtime reason before any write (exit 1): no region, no credentials, an
        /// unwritable report path; no report is written.
        public static let runtime = Kind(code: .runtime)
        /// The command line contradicts the input (exit 64), e.g. another `--shard`.
        public static let usage = Kind(code: .usage)
    }

    /// The class of stop.
    public let kind: Kind
    /// What is wrong and what to do.
    public let description: String

    /// Creates a stop.
    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}
