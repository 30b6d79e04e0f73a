/// The answer of DeletePackageVersions, DisposePackageVersions or UpdatePackageVersionsStatus.
///
/// A 200 answer can still carry failures: always read ``failedVersions``.
public struct PackageVersionsWriteResult: Sendable, Hashable, Decodable {
    /// The versions acted on, keyed by version.
    public var successfulVersions: [String: SuccessfulPackageVersionInfo]
    /// The versions not acted on, keyed by version.
    public var failedVersions: [String: PackageVersionError]
    /// True when this answer came from a retry after an attempt whose outcome was unknown (a
    /// timeout, a dropped connection, a 5xx): that attempt may have landed, so a `NOT_FOUND`
    /// for a delete (or "already in the target status" for the others) means it did.
    public var retriedAfterUnknownOutcome: Bool
    /// How many attempts the call took (1 when the first one answered).
    public var attempts: Int

    /// Creates a result.
    public init(
        successfulVersions: [String: SuccessfulPackageVersionInfo] = [:],
        failedVersions: [String: PackageVersionError] = [:], retriedAfterUnknownOutcome: Bool = false,
        attempts: Int = 1
    ) {
        self.successfulVersions = successfulVersions
        self.failedVersions = failedVersions
        self.retriedAfterUnknownOutcome = retriedAfterUnknownOutcome
        self.attempts = attempts
    }

    private enum CodingKeys: String, CodingKey {
        case successfulVersions, failedVersions
    }

    // MARK: - Decodable

    /// Decodes the wire shape; missing maps are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        successfulVersions =
            try container.decodeIfPresent([String: SuccessfulPackageVersionInfo].self, forKey: .successfulVersions)
            ?? [:]
        failedVersions =
            try container.decodeIfPresent([String: PackageVersionError].self, forKey: .failedVersions) ?? [:]
        retriedAfterUnknownOutcome = false
        attempts = 1
    }
}
