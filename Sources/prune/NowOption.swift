import Foundation
import PruneManifest

/// `prune plan --now TIME|+DURATION|-DURATION`: the instant a preview is made as of. A
/// relative value counts from `settings.now` when the plan sets one, else from the wall clock
/// (docs/spec/product.md, Commands). Only `plan` takes it: a look-ahead is a preview, and the safety gate
/// refuses to apply a plan whose `now` lies ahead of the clock.
struct NowOption {
    /// The instant.
    let now: Date

    /// Parses `text` against `base`; nil when it is neither RFC 3339 nor a signed duration.
    init?(_ text: String, base: Date) {
        if let date = RFC3339.parse(text) {
            now = date
            return
        }
        guard let sign = text.first, sign == "+" || sign == "-",
            let duration = RetentionDuration.parse(String(text.dropFirst())),
            duration.seconds <= RetentionDuration.maximumSeconds
        else { return nil }
        let seconds = Double(duration.seconds)
        now = base.addingTimeInterval(sign == "+" ? seconds : -seconds)
    }

    /// The note a look-ahead's preview starts with; nil for the present or the past.
    static func note(now: Date, wallClock: Date) -> String? {
        let ahead = now.timeIntervalSince(wallClock)
        guard ahead > 60 else { return nil }
        let days = ahead / 86_400
        let amount = days >= 1 ? "\(Int(days.rounded())) days" : "\(Int((ahead / 3_600).rounded())) hours"
        return "look-ahead: as of \(RFC3339.format(now)), \(amount) from now. A preview only: "
            + "prune apply refuses a plan made ahead of the clock."
    }
}
