import CodeArtifactModel
import Foundation
import Inventory

/// Version strings as each ecosystem writes them, in publishing order.
enum VersionSeries {
    private static let words = [
        "ui", "kit", "auth", "client", "core", "data", "api", "icons", "forms", "charts", "router", "store", "cache",
        "logger", "metrics", "config", "billing", "search", "events", "queue", "storage", "payments", "identity",
        "gateway", "utils", "schema", "render", "theme", "grid", "table", "mobile", "web", "sdk", "cli", "tools",
    ]

    static func name(format: PackageFormat, using random: inout SplitMix64) -> (namespace: String?, name: String) {
        func word() -> String { words[Int(random.next() % UInt64(words.count))] }
        func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        let first = word()
        var second = word()
        while second == first { second = word() }
        switch format {
        case .npm: return (random.nextUnit() < 0.85 ? "acme" : nil, "\(first)-\(second)")
        case .maven:
            let suffixes = ["core", "client", "service", "common", "model", "starter"]
            return ("com.acme.\(first)", "\(second)-\(suffixes[Int(random.next() % UInt64(suffixes.count))])")
        case .pypi: return (nil, "acme-\(first)-\(second)")
        case .nuget: return (nil, "Acme.\(capitalized(first)).\(capitalized(second))")
        case .generic: return ("ci", "build-\(first)-\(second)")
        case .cargo: return (nil, "acme-\(first)-\(second)")
        case .ruby: return (nil, "acme_\(first)_\(second)")
        case .swift: return ("acme", "\(capitalized(first))\(capitalized(second))")
        }
    }

    /// `count` distinct versions, oldest first, with times increasing towards `now`.
    static func versions(format: PackageFormat, count: Int, now: Date, using random: inout SplitMix64)
        -> [Inventory.Version]
    {
        guard count > 0 else { return [] }
        var strings: [String] = []
        var seen = Set<String>()
        var series = Series(format: format, major: random.nextUnit() < 0.3 ? 0 : 1 + Int(random.next() % 3))
        var attempts = 0
        while strings.count < count, attempts < count * 20 {
            attempts += 1
            let next = series.next(using: &random)
            if seen.insert(next).inserted { strings.append(next) }
        }
        // Publish times: the first within the last two years, the last within the last month.
        let nowMilliseconds = Int64(now.timeIntervalSince1970 * 1000)
        let day: Int64 = 86_400_000
        let newest = nowMilliseconds - Int64(random.nextUnit() * 30 * Double(day))
        let oldest = newest - Int64((0.2 + 0.8 * random.nextUnit()) * 700 * Double(day))
        var gaps = (0..<strings.count).map { _ in -log(1 - random.nextUnit() * 0.999) }
        let sum = gaps.reduce(0, +)
        gaps = gaps.map { $0 / sum }
        var time = Double(oldest)
        let span = Double(newest - oldest)
        return strings.enumerated().map { index, version in
            time += index == 0 ? 0 : gaps[index] * span
            let statusDraw = random.nextUnit()
            let status: PackageVersionStatus =
                statusDraw < 0.03 ? .unlisted : statusDraw < 0.04 ? .archived : .published
            let external = [.npm, .pypi, .maven].contains(format) && random.nextUnit() < 0.1
            return Inventory.Version(
                version: version, status: status, revision: EmulatorState.revisionText(random.next()),
                publishedTime: Date(timeIntervalSince1970: (time.rounded()) / 1000),
                origin: external ? .external : .internal)
        }
    }

    /// The release train of one package.
    private struct Series {
        let format: PackageFormat
        var major: Int
        var minor = 0
        var patch = 0
        var build = 0
        /// A pre-release line towards the next minor: its stage index and counter.
        var pending: (stage: Int, counter: Int)?

        init(format: PackageFormat, major: Int) {
            self.format = format
            self.major = major
        }

        mutating func next(using random: inout SplitMix64) -> String {
            let draw = random.nextUnit()
            if format == .generic {
                build += 1 + Int(random.next() % 20)
                if draw < 0.05 {
                    minor += 1
                }
                return "\(major).\(minor).\(build)"
            }
            if format == .maven { return nextMaven(draw, using: &random) }
            if let line = pending {
                if draw < 0.65 {
                    var stage = line.stage
                    var counter = line.counter + 1
                    if random.nextUnit() < 0.3, stage < stages.count - 1 {
                        stage += 1
                        counter = 1
                    }
                    pending = (stage, counter)
                    return preRelease(major: major, minor: minor + 1, stage: stage, counter: counter)
                }
                pending = nil
                minor += 1
                patch = 0
                return release()
            }
            if draw < 0.3 {
                pending = (0, 1)
                return preRelease(major: major, minor: minor + 1, stage: 0, counter: 1)
            }
            if draw < 0.8 {
                patch += 1
                if format == .nuget, random.nextUnit() < 0.2 {
                    return "\(major).\(minor).\(patch).\(1 + random.next() % 9)"
                }
                if format == .pypi, random.nextUnit() < 0.1 { return "\(major).\(minor).\(patch - 1).post1" }
                return release()
            }
            if draw < 0.95 {
                minor += 1
            } else {
                major += 1
                minor = 0
            }
            patch = 0
            return release()
        }

        /// Maven: a release, often preceded by its own `-SNAPSHOT` (one string per upcoming version).
        private var snapshotOf: (major: Int, minor: Int, patch: Int)?

        private mutating func nextMaven(_ draw: Double, using random: inout SplitMix64) -> String {
            if let upcoming = snapshotOf {
                snapshotOf = nil
                (major, minor, patch) = upcoming
                return release()
            }
            var next = (major: major, minor: minor, patch: patch + 1)
            if draw < 0.05 {
                next = (major + 1, 0, 0)
            } else if draw < 0.35 {
                next = (major, minor + 1, 0)
            }
            if random.nextUnit() < 0.7 {
                snapshotOf = next
                return Self.mavenVersion(next.major, next.minor, next.patch) + "-SNAPSHOT"
            }
            (major, minor, patch) = next
            return release()
        }

        private var stages: [String] {
            switch format {
            case .npm, .cargo, .swift: return ["alpha", "beta", "rc"]
            case .maven: return ["SNAPSHOT"]
            case .pypi: return ["dev", "rc"]
            case .nuget: return ["preview", "rc"]
            case .ruby: return ["beta", "rc"]
            case .generic: return [""]
            }
        }

        private func release() -> String {
            format == .maven ? Self.mavenVersion(major, minor, patch) : "\(major).\(minor).\(patch)"
        }

        /// Some Maven projects write `2.1` for `2.1.0`.
        private static func mavenVersion(_ major: Int, _ minor: Int, _ patch: Int) -> String {
            patch == 0 && minor % 3 == 0 ? "\(major).\(minor)" : "\(major).\(minor).\(patch)"
        }

        private func preRelease(major: Int, minor: Int, stage: Int, counter: Int) -> String {
            let base = "\(major).\(minor).0"
            switch format {
            case .npm, .cargo, .swift: return "\(base)-\(stages[stage]).\(counter)"
            case .maven: return "\(base)-SNAPSHOT"
            case .pypi: return stage == 0 ? "\(base).dev\(counter)" : "\(base)rc\(counter)"
            case .nuget: return "\(base)-\(stages[stage]).\(counter)"
            case .ruby: return "\(base).\(stages[stage])\(counter)"
            case .generic: return base
            }
        }
    }
}
