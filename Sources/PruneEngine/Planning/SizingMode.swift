/// How `--sizes` measures what a plan frees (docs/spec/product.md, "Storage freed").
public enum SizingMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every version the plan deletes or disposes: one ListPackageVersionAssets call each.
    case exact
    /// At most 3 versions per package and action (newest, oldest, middle by publish order),
    /// extrapolated by count.
    case sample
}
