import Foundation

/// How sizes read in previews and summaries: binary units (KiB, MiB, GiB) for bytes, and a
/// monthly cost at the plan's storage price (decimal GB, as AWS bills).
public enum StorageText {
    /// `512 B`, `1.5 KiB`, `20.0 MiB`, `3.2 GiB`, `1.1 TiB`.
    public static func binary(_ bytes: Int64) -> String {
        guard bytes >= 1024 else { return "\(bytes) B" }
        let units = ["KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }

    /// `$1.23/month`; under a cent, two significant digits (`$0.00074/month`), so a small
    /// plan still shows what it saves.
    public static func monthly(_ bytes: Int64, price: Double) -> String {
        let cost = SizeTally.monthlyCost(bytes: bytes, price: price)
        let text = cost >= 0.000_01 && cost < 0.01 ? String(format: "%.2g", cost) : String(format: "%.2f", cost)
        return "$\(text)/month"
    }

    /// `≈ 1.5 MiB` when estimated, `1.5 MiB` when measured, plus `(+N unknown)`.
    public static func total(_ total: SizeTally.Total) -> String {
        var text = (total.estimated ? "≈ " : "") + binary(total.bytes)
        if total.unknown > 0 { text += " (+\(total.unknown) unknown)" }
        return text
    }
}
