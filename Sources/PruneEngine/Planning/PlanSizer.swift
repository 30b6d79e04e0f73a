import PruneManifest

/// The sizing step of the read phase: after evaluation, before the gate, it measures the
/// versions the plan deletes or disposes (archive and unlist free nothing, so are never
/// measured), with bounded concurrency under the source's rate limits.
struct PlanSizer: Sendable {
    /// Exact or sampled.
    var mode: SizingMode
    /// Where sizes come from.
    var source: any RepositorySource
    /// Calls in flight at most.
    var concurrency: Int

    /// One version to measure: its package's index and its decision's index.
    struct Job: Hashable {
        var package: Int
        var decision: Int
    }

    /// Which decisions to measure: every irreversible one (exact), or per package and action
    /// the newest, the oldest and the middle by publish order (decisions are newest first).
    static func jobs(_ evaluations: [PackageEvaluation], mode: SizingMode) -> [Job] {
        var jobs: [Job] = []
        for (packageIndex, evaluation) in evaluations.enumerated() {
            var byAction: [TargetAction: [Int]] = [:]
            var order: [TargetAction] = []
            for (index, decision) in evaluation.decisions.enumerated() {
                guard let action = decision.action, action.isIrreversible else { continue }
                if byAction[action] == nil { order.append(action) }
                byAction[action, default: []].append(index)
            }
            for action in order {
                let indices = byAction[action]!
                let chosen: [Int]
                switch mode {
                case .exact:
                    chosen = indices
                case .sample:
                    var picked: [Int] = []
                    for position in [0, indices.count - 1, indices.count / 2] where !picked.contains(indices[position])
                    {
                        picked.append(indices[position])
                    }
                    chosen = picked
                }
                jobs += chosen.map { Job(package: packageIndex, decision: $0) }
            }
        }
        return jobs
    }

    /// Sets `size` on every measured decision (left nil where the source does not know it).
    func measure(_ evaluations: inout [PackageEvaluation]) async throws {
        let jobs = Self.jobs(evaluations, mode: mode)
        guard !jobs.isEmpty else { return }
        let snapshot = evaluations
        var sizes: [Job: Int64] = [:]
        try await FanOut.run(over: jobs, limit: concurrency) { job in
            let evaluation = snapshot[job.package]
            let version = evaluation.decisions[job.decision].record.version
            return (job, try await source.size(of: evaluation.coordinates, version: version))
        } collect: { job, size in
            if let size { sizes[job] = size }
        }
        for (job, size) in sizes { evaluations[job.package].decisions[job.decision].size = size }
    }
}
