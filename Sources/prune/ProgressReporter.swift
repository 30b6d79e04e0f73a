import CodeArtifactModel
import Foundation
import PruneEngine
import Synchronization

/// Apply progress on stderr: a bar redrawn in place on a terminal (done/total, requests per
/// second, ETA); in CI plain lines every few seconds, without control characters.
final class ProgressReporter: Sendable {
    private struct State {
        var lastDraw = 0.0
        var drewBar = false
    }

    private let interactive: Bool
    private let interval: Double
    private let stopwatch: Stopwatch
    private let state = Mutex(State())

    /// `interactive`: stderr is a terminal (and colour/control characters are allowed); elapsed
    /// time (rate, ETA) on `clock`.
    init(interactive: Bool, clock: some Clock<Duration>) {
        self.interactive = interactive
        stopwatch = Stopwatch(clock)
        interval = interactive ? 0.1 : 5
    }

    func update(_ progress: ApplyRunner.Progress) {
        let elapsed = stopwatch.elapsed / .seconds(1)
        let line: String? = state.withLock { state in
            let final = progress.done >= progress.total
            guard final || elapsed - state.lastDraw >= interval else { return nil }
            state.lastDraw = elapsed
            state.drewBar = interactive
            return Self.describe(progress, elapsed: elapsed, bar: interactive)
        }
        guard let line else { return }
        if interactive {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
        } else {
            FileHandle.standardError.write(Data(("progress: " + line + "\n").utf8))
        }
    }

    /// Ends the bar's line so the summary starts on a fresh one.
    func finish() {
        if state.withLock({ $0.drewBar }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func describe(_ progress: ApplyRunner.Progress, elapsed: Double, bar: Bool) -> String {
        let fraction = progress.total == 0 ? 1 : Double(progress.done) / Double(progress.total)
        let rate = elapsed > 0 ? Double(progress.requests) / elapsed : 0
        let remaining = fraction > 0 ? elapsed / fraction - elapsed : 0
        let eta = fraction >= 1 ? "done" : "ETA \(duration(remaining))"
        let counts = "\(progress.done)/\(progress.total) versions, \(String(format: "%.0f", rate)) requests/s, \(eta)"
        guard bar else { return "\(Int(fraction * 100))% " + counts }
        let width = 30
        let filled = Int(fraction * Double(width))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + counts
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
    }
}
