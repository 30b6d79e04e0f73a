import Foundation
import PruneEngine

/// The closing summary of `prune apply`: on stderr for people (stdout stays for `--format json`),
/// and a Markdown table appended to `$GITHUB_STEP_SUMMARY` when it is set.
struct ApplySummary {
    let report: ReportDocument
    let path: String
    let style: TextStyle

    func print(format: ApplyCommand.SummaryFormat) {
        switch format {
        case .json:
            if let data = try? DocumentJSON.encode(report.summary) { FileHandle.standardOutput.write(data) }
        case .text:
            OutputStyle.printError(text(), terminator: "")
        }
        appendStepSummary()
    }

    func text() -> String {
        let summary = report.summary
        var out = "\n" + style.bold("Applied \(report.manifest.path)") + ": \(summary.versions) versions, "
        out += style.ok("\(summary.succeeded) succeeded") + ", "
        out += (summary.failed > 0 ? style.error("\(summary.failed) failed") : "0 failed") + "\n"
        out +=
            "  requests \(summary.requests) (writes \(summary.writeRequests)), retries \(summary.retries), throttled \(summary.throttled)\n"
        if let freed = summary.bytesFreed { out += "  freed \(StorageText.binary(freed)) (\(freed) bytes)\n" }
        var shown = 0
        var retryable = 0
        for entry in report.packages {
            for version in entry.failedVersions.keys.sorted() {
                let failure = entry.failedVersions[version]!
                if failure.errorCode.isRetryable { retryable += 1 }
                guard shown < 10 else { continue }
                shown += 1
                let name = (entry.namespace.map { "\($0)/" } ?? "") + entry.package
                out +=
                    "  " + style.error("failed")
                    + " \(entry.repository)/\(name) \(version): \(failure.errorCode) \(failure.errorMessage)\n"
            }
        }
        if summary.failed > shown { out += "  … and \(summary.failed - shown) more in the report\n" }
        if report.interrupted == true { out += style.warning("interrupted: ") + "the rest is NOT_ATTEMPTED\n" }
        out += "  report: \(path)\n"
        if retryable > 0 { out += "  retry the \(retryable) retryable failures: prune apply --retry-failed \(path)\n" }
        return out
    }

    func markdown() -> String {
        let summary = report.summary
        var out = "### prune apply: `\(report.manifest.path)`\n\n"
        out +=
            "| versions | succeeded | failed | requests | writes | retries | throttled |\n|---|---|---|---|---|---|---|\n"
        out +=
            "| \(summary.versions) | \(summary.succeeded) | \(summary.failed) | \(summary.requests) | \(summary.writeRequests) | \(summary.retries) | \(summary.throttled) |\n\n"
        if let freed = summary.bytesFreed { out += "Freed \(StorageText.binary(freed)) (\(freed) bytes).\n\n" }
        if report.interrupted == true { out += "> Interrupted: unfinished versions are `NOT_ATTEMPTED`.\n\n" }
        let targets = byTarget()
        guard !targets.isEmpty else { return out }
        out +=
            MermaidChart(
                title: "Versions acted on per target", axis: "versions", bars: targets.map { ($0.target, $0.succeeded) }
            ).markdown + "\n"
        out += "| target | succeeded | failed |\n|---|---|---|\n"
        for entry in targets { out += "| `\(entry.target)` | \(entry.succeeded) | \(entry.failed) |\n" }
        return out + "\n"
    }

    /// Succeeded and failed versions per target, in the order the report first names them.
    func byTarget() -> [(target: String, succeeded: Int, failed: Int)] {
        var order: [String] = []
        var counts: [String: (succeeded: Int, failed: Int)] = [:]
        for entry in report.packages {
            if counts[entry.target] == nil { order.append(entry.target) }
            var count = counts[entry.target] ?? (0, 0)
            count.succeeded += entry.successfulVersions.count
            count.failed += entry.failedVersions.count
            counts[entry.target] = count
        }
        return order.map { ($0, counts[$0]!.succeeded, counts[$0]!.failed) }
    }

    func appendStepSummary() {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty,
            let handle = FileHandle(forWritingAtPath: path)
        else { return }
        handle.seekToEndOfFile()
        handle.write(Data(markdown().utf8))
        try? handle.close()
    }
}
