import CodeArtifactModel
import Foundation
import PruneEngine
import PruneManifest

/// The human preview of a plan: a table per target, warnings, a summary line; Markdown for
/// pull-request comments; the per-version trace for `--explain`.
struct PlanTextRenderer {
    /// What the previews show (gathered from the plan without a document entry per version).
    let preview: PlanPreview
    let style: TextStyle
    /// How many packages a target shows before "… and N more": enough to see what a target
    /// does, few enough that the summary and the confirmation stay on one screen. `nil`
    /// (`--all`) shows every package.
    var packageLimit: Int? = PlanTextRenderer.defaultPackageLimit

    /// The default of `packageLimit`.
    static let defaultPackageLimit = 20

    /// USD per GB-month, for "≈ $X/month" when the plan was measured (`--sizes`).
    var storagePrice: Double = Settings.defaultStoragePrice

    /// What the plan frees, when it was measured.
    var sizes: SizeTally? { preview.sizes }

    typealias Row = PlanPreview.Row

    func rowsByTarget() -> [(target: String, rows: [Row])] {
        preview.targets.map { target, rows in
            (
                target,
                rows.sorted { a, b in
                    // The biggest first: they are what a reviewer needs to see when the list is cut.
                    a.actedCount != b.actedCount
                        ? a.actedCount > b.actedCount
                        : UnicodeOrder.less(a.identity, b.identity)
                }
            )
        }
    }

    /// The terminal/CI preview.
    func text() -> String {
        var out = style.bold("Plan") + " from \(preview.manifestPath) at \(preview.now)"
        if let shard = preview.shard { out += ", shard \(shard)" }
        out += "\n"
        let keptByPackage = preview.keptByIdentity
        let sizes = self.sizes
        for (target, rows) in rowsByTarget() {
            out += "\n" + style.bold("target \(target)") + "\n"
            let (shown, hidden) = cut(rows)
            let table = shown.map { row -> [String] in
                let sample = row.sample.prefix(3).joined(separator: ", ") + (row.actedCount > 3 ? ", …" : "")
                let kept = keptByPackage[row.identity] ?? 0
                let size = sizes == nil ? [] : [sizeCell(row)]
                return [row.repository + "/" + row.package, "\(kept)", "\(row.actedCount) \(row.action)"] + size
                    + [sample]
            }
            let header = ["PACKAGE", "KEPT", "ACTED ON"] + (sizes == nil ? [] : ["SIZE"]) + ["VERSIONS"]
            out += formatTable(header: header, rows: table)
            if let hidden { out += "  \(hidden)\n" }
            if let reason = rows.first?.firstReason { out += "  " + style.dim("why, e.g.: \(reason)") + "\n" }
            if let total = sizes?.byTarget[target] { out += "  " + freesLine(total) + "\n" }
        }
        if preview.actsOnNothing { out += "\nNothing to do: no version is acted on.\n" }
        for warning in preview.warnings { out += style.warning("warning: ") + warning + "\n" }
        for conflict in preview.conflicts ?? [] { out += style.error("conflict: ") + conflict + "\n" }
        out += "\n" + summaryLine() + "\n"
        if let sizes { out += freesLine(sizes.total, run: true) + "\n" }
        if let refused = preview.refused { out += style.error("refused: ") + refused + "\n" }
        return out
    }

    func summaryLine() -> String {
        let summary = preview.summary
        let actions = summary.byAction.keys.sorted().map { "\($0) \(summary.byAction[$0]!)" }.joined(separator: ", ")
        return "Summary: \(summary.packages) package\(summary.packages == 1 ? "" : "s"), \(summary.versions) versions: "
            + (actions.isEmpty ? "" : actions + ", ")
            + "keep \(summary.keep) (maxDeletions \(preview.maxDeletions))"
    }

    /// "frees ≈ 1.2 GiB (≈ $0.06/month)", for a target or (`run`) the whole plan.
    func freesLine(_ total: SizeTally.Total, run: Bool = false) -> String {
        let cost = StorageText.monthly(total.bytes, price: storagePrice)
        return (run ? "Frees: " : "frees ") + StorageText.total(total) + " (≈ \(cost))"
    }

    /// A row's SIZE: what its deletes and disposes free; `-` for archive and unlist (nothing).
    private func sizeCell(_ row: Row) -> String {
        TargetAction(rawValue: row.action)?.isIrreversible == true ? StorageText.total(row.frees) : "-"
    }

    /// A Markdown summary for pull requests and `$GITHUB_STEP_SUMMARY`.
    func markdown() -> String {
        var out = "### prune plan: `\(preview.manifestPath)`\n\n"
        out += "\(summaryLine())\n\n"
        let sizes = self.sizes
        if let sizes { out += "\(freesLine(sizes.total, run: true))\n\n" }
        if let refused = preview.refused { out += "> **Refused:** \(refused)\n\n" }
        let targets = rowsByTarget()
        out += chart(targets)
        for (target, rows) in targets {
            if sizes == nil {
                out += "#### target `\(target)`\n\n| package | acted on | versions |\n|---|---|---|\n"
            } else {
                out += "#### target `\(target)`\n\n| package | acted on | size | versions |\n|---|---|---|---|\n"
            }
            let (shown, hidden) = cut(rows)
            for row in shown {
                let sample =
                    row.sample.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (row.actedCount > 5 ? ", …" : "")
                let size = sizes == nil ? "" : " \(sizeCell(row)) |"
                out += "| `\(row.repository)/\(row.package)` | \(row.actedCount) \(row.action) |\(size) \(sample) |\n"
            }
            if let hidden { out += "| \(hidden) | |\(sizes == nil ? "" : " |") |\n" }
            if let total = sizes?.byTarget[target] { out += "\n\(freesLine(total))\n" }
            out += "\n"
        }
        if preview.actsOnNothing { out += "Nothing to do.\n\n" }
        for warning in preview.warnings { out += "- ⚠️ \(warning)\n" }
        return out
    }

    /// Versions acted on per target, as a bar chart, with a blank line after it.
    private func chart(_ targets: [(target: String, rows: [Row])]) -> String {
        let bars = targets.map { target in (target.target, target.rows.reduce(0) { $0 + $1.actedCount }) }
        let block = MermaidChart(title: "Versions acted on per target", axis: "versions", bars: bars).markdown
        return block.isEmpty ? "" : block + "\n"
    }

    /// Every version of the selected packages with its decision, reason and trace (from the
    /// document, which `--explain` builds with every version's trace).
    func explain(_ document: PlanDocument, packages filter: [String]) -> String {
        var out = ""
        let entries = (document.actions + document.kept).filter { entry in
            filter.isEmpty || filter.contains(entry.package)
                || filter.contains("\(entry.namespace ?? "")/\(entry.package)")
        }.sorted { a, b in
            identity(a) == identity(b)
                ? UnicodeOrder.less(a.version, b.version)
                : UnicodeOrder.less(identity(a), identity(b))
        }
        var current = ""
        for entry in entries {
            let key = identity(entry)
            if key != current {
                out += "\n" + style.bold(displayName(entry) + " (\(entry.format.rawValue))") + "\n"
                current = key
            }
            let verdict = entry.action.map { style.error($0.rawValue.uppercased()) } ?? style.ok("KEEP")
            out += "  \(entry.version)  \(verdict)  [\(entry.status.rawValue)]  \(entry.target): \(entry.reason)\n"
            // Trace lines that only repeat the decision's own reason are left out.
            for line in entry.trace ?? [] where line != "\(entry.target): \(entry.reason)" {
                out += "      " + style.dim(line) + "\n"
            }
        }
        if entries.isEmpty { out += "no version matches the --package filter\n" }
        return out
    }

    /// The rows shown under `packageLimit`, and the line standing for the rest (nil when none is cut).
    func cut(_ rows: [Row]) -> (shown: ArraySlice<Row>, hidden: String?) {
        guard let limit = packageLimit, rows.count > limit else { return (rows[...], nil) }
        let rest = rows[limit...]
        let versions = rest.reduce(0) { $0 + $1.actedCount }
        let packages = "\(rest.count) more package\(rest.count == 1 ? "" : "s")"
        return (
            rows.prefix(limit),
            "… and \(packages) (\(versions) version\(versions == 1 ? "" : "s")); --all shows every one"
        )
    }

    /// Repository, format, namespace and name: two formats may hold packages of one name.
    private func identity(_ entry: PlanDocument.Entry) -> String {
        [entry.repository, entry.format.rawValue, entry.namespace ?? "", entry.package].joined(separator: "\u{0}")
    }

    private func displayName(_ entry: PlanDocument.Entry) -> String {
        "\(entry.repository)/\(entry.namespace.map { "\($0)/" } ?? "")\(entry.package)"
    }

    private func formatTable(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count - 1 { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            "  "
                + cells.enumerated().map { i, cell in
                    i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                }.joined(separator: "  ") + "\n"
        }
        return style.dim(line(header).trimmingCharacters(in: .newlines)) + "\n" + rows.map(line).joined()
    }
}
