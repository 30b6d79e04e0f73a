// MARK: - CustomReflectable

extension ProcessResult: CustomReflectable {
    /// What `dump` and debuggers show: the status and sizes, never the output (it holds secrets).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "status": status, "standardOutputBytes": standardOutput.count,
                "standardErrorBytes": standardError.count,
            ])
    }
}
