import CodeArtifactModel
import Foundation

/// DescribePackageVersion's `packageVersion`.
public struct PackageVersionDescription: Sendable, Hashable, Decodable {
    /// The format.
    public var format: PackageFormat?
    /// The namespace.
    public var namespace: String?
    /// The package's name.
    public var packageName: String?
    /// The display name.
    public var displayName: String?
    /// The version string.
    public var version: String?
    /// The package's summary line.
    public var summary: String?
    /// When it was published (the wire carries epoch seconds as a JSON number with a fraction).
    public var publishedTime: Date?
    /// The revision.
    public var revision: String?
    /// The status.
    public var status: PackageVersionStatus?
    /// The origin.
    public var origin: PackageVersionOrigin?

    /// Creates a description.
    public init(
        format: PackageFormat? = nil, namespace: String? = nil, packageName: String? = nil,
        displayName: String? = nil, version: String? = nil, summary: String? = nil, publishedTime: Date? = nil,
        revision: String? = nil, status: PackageVersionStatus? = nil, origin: PackageVersionOrigin? = nil
    ) {
        self.format = format
        self.namespace = namespace
        self.packageName = packageName
        self.displayName = displayName
        self.version = version
        self.summary = summary
        self.publishedTime = publishedTime
        self.revision = revision
        self.status = status
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey {
        case format, namespace, packageName, displayName, version, summary, publishedTime, revision, status, origin
    }

    // MARK: - Decodable

    /// Decodes the wire shape; `publishedTime` as epoch seconds (or, leniently, an RFC 3339 string).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeKnown(PackageFormat.self, forKey: .format)
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        packageName = try container.decodeIfPresent(String.self, forKey: .packageName)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        revision = try container.decodeIfPresent(String.self, forKey: .revision)
        status = try container.decodeKnown(PackageVersionStatus.self, forKey: .status)
        origin = try container.decodeIfPresent(PackageVersionOrigin.self, forKey: .origin)
        if let seconds = try? container.decodeIfPresent(Double.self, forKey: .publishedTime) {
            publishedTime = Date(timeIntervalSince1970: seconds)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .publishedTime) {
            guard let date = ISO8601Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .publishedTime, in: container, debugDescription: "not a timestamp: \(text)")
            }
            publishedTime = date
        } else {
            publishedTime = nil
        }
    }
}
