/// How a finished process ended. `description` never shows its output (it holds secrets).
public struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status (or 128 + signal).
    public var status: Int32
    /// Standard output.
    public var standardOutput: [UInt8]
    /// Standard error.
    public var standardError: [UInt8]

    /// Creates a result.
    public init(status: Int32, standardOutput: [UInt8], standardError: [UInt8] = []) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// The status and the output sizes only.
    public var description: String {
        "ProcessResult(status: \(status), stdout: \(standardOutput.count) bytes, stderr: \(standardError.count) bytes)"
    }
}
