import Foundation

/// A validated plan manifest (version 1): run settings and the targets, with `defaults`
/// already applied to each target.
public struct Manifest: Sendable {
    /// The manifest format version (always 1).
    public var version: Int
    /// Run-wide settings.
    public var settings: Settings
    /// The targets, in manifest order.
    public var targets: [Target]

    /// Creates a manifest.
    public init(version: Int = 1, settings: Settings = Settings(), targets: [Target]) {
        self.version = version
        self.settings = settings
        self.targets = targets
    }
}
