import Foundation

/// One repository of a ListRepositoriesInDomain answer.
public struct RepositorySummary: Sendable, Hashable, Decodable {
    /// The repository's name.
    public var name: String
    /// The account that administers it.
    public var administratorAccount: String?
    /// The domain's name and owner.
    public var domainName: String?
    public var domainOwner: String?
    /// The repository's ARN.
    public var arn: String?
    /// Its description, when it has one.
    public var description: String?
    /// When it was created (epoch seconds on the wire).
    public var createdTime: Date?

    /// Creates a summary.
    public init(
        name: String, administratorAccount: String? = nil, domainName: String? = nil, domainOwner: String? = nil,
        arn: String? = nil, description: String? = nil, createdTime: Date? = nil
    ) {
        self.name = name
        self.administratorAccount = administratorAccount
        self.domainName = domainName
        self.domainOwner = domainOwner
        self.arn = arn
        self.description = description
        self.createdTime = createdTime
    }

    private enum CodingKeys: String, CodingKey {
        case name, administratorAccount, domainName, domainOwner, arn, description, createdTime
    }

    // MARK: - Decodable

    /// Decodes the wire shape; `createdTime` is a number of seconds (fractions allowed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        administratorAccount = try container.decodeIfPresent(String.self, forKey: .administratorAccount)
        domainName = try container.decodeIfPresent(String.self, forKey: .domainName)
        domainOwner = try container.decodeIfPresent(String.self, forKey: .domainOwner)
        arn = try container.decodeIfPresent(String.self, forKey: .arn)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        createdTime = try container.decodeIfPresent(Double.self, forKey: .createdTime).map {
            Date(timeIntervalSince1970: $0)
        }
    }
}
