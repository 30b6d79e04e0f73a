/// The one way prune fans work out: a task group that never holds more than `limit` children
/// (seed up to the limit, then add the next as each finishes), so memory and in-flight
/// requests stay bounded however long the input. Planning, sizing, the runner and the
/// inventory export all go through it.
public enum FanOut {
    /// Runs `work` on every input with at most `limit` at once (at least one), handing each
    /// output to `collect` on the caller's task, in completion order. The first error from
    /// `work` or `collect` cancels the rest and is rethrown once they have stopped.
    public static func run<Input: Sendable, Output: Sendable, Failure: Error>(
        over inputs: [Input], limit: Int,
        isolation: isolated (any Actor)? = #isolation,
        work: @escaping @Sendable (Input) async throws(Failure) -> Output,
        collect: (Output) throws(Failure) -> Void
    ) async throws(Failure) {
        let outcome: Result<Void, Failure> = await withTaskGroup(of: Result<Output, Failure>.self) { group in
            var next = inputs.startIndex
            func addNext() {
                guard next < inputs.endIndex else { return }
                let input = inputs[next]
                next += 1
                group.addTask {
                    do throws(Failure) { return .success(try await work(input)) } catch { return .failure(error) }
                }
            }
            for _ in 0..<min(max(1, limit), inputs.count) { addNext() }
            while let result = await group.next() {
                do throws(Failure) {
                    try collect(result.get())
                } catch {
                    group.cancelAll()
                    return .failure(error)
                }
                addNext()
            }
            return .success(())
        }
        try outcome.get()
    }
}
