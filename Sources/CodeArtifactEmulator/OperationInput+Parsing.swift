import CodeArtifactModel
import Foundation
import Inventory

extension OperationInput {
    /// Validates the query (and body) of `operation` like the service: required members,
    /// lengths, patterns, enums, ranges, the namespace rules of each format, at most 100 versions.
    static func parse(
        _ operation: EmulatorOperation, query: QueryParameters, body: [UInt8]
    ) throws(APIError) -> OperationInput {
        var validator = InputValidator()
        switch operation {
        case .listRepositoriesInDomain:
            let domain = validator.domain(validator.required(query["domain"], at: "domain"))
            let owner = validator.accountId(query["domain-owner"])
            let administrator = validator.accountId(query["administrator-account"], at: "administratorAccount")
            let prefix = validator.repository(query["repository-prefix"], at: "repositoryPrefix")
            let maxResults = validator.integer(query["max-results"], at: "maxResults", range: 1...1000)
            let token = validator.token(query["next-token"])
            if let error = validator.error { throw error }
            return .listRepositoriesInDomain(
                RepositoryReference(domain: domain!, domainOwner: owner, repository: ""), repositoryPrefix: prefix,
                administratorAccount: administrator, maxResults: maxResults ?? 100, nextToken: token)

        case .listPackages:
            let repository = repositoryReference(query, &validator)
            let format = validator.format(query["format"])
            let namespace = validator.component(query["namespace"], at: "namespace")
            let prefix = validator.component(query["package-prefix"], at: "packagePrefix")
            let maxResults = validator.integer(query["max-results"], at: "maxResults", range: 1...1000)
            let token = validator.token(query["next-token"])
            let allowBlock = [("ALLOW", "ALLOW"), ("BLOCK", "BLOCK")]
            let publish = validator.oneOf(query["publish"], at: "publish", allowBlock)
            let upstream = validator.oneOf(query["upstream"], at: "upstream", allowBlock)
            if let error = validator.error { throw error }
            if namespace != nil {
                guard let format else {
                    throw .validation("A namespace filter requires a format: add the 'format' parameter")
                }
                guard format.allowsNamespace else {
                    throw .validation("Packages of format \(format.rawValue) have no namespace; remove 'namespace'")
                }
            }
            return .listPackages(
                repository!, format: format, namespace: namespace, packagePrefix: prefix,
                maxResults: maxResults ?? 100, nextToken: token, publish: publish, upstream: upstream)

        case .listPackageVersions:
            let package = packageReference(query, &validator)
            let status = validator.status(query["status"], at: "status")
            let sortBy = validator.oneOf(query["sortBy"], at: "sortBy", [("PUBLISHED_TIME", true)])
            let maxResults = validator.integer(query["max-results"], at: "maxResults", range: 1...1000)
            let token = validator.token(query["next-token"])
            let origin = validator.oneOf(
                query["originType"], at: "originType", PackageVersionOriginType.allCases.map { ($0.rawValue, $0) })
            if let error = validator.error { throw error }
            try checkNamespace(package!)
            return .listPackageVersions(
                package!, status: status, sortByPublishedTime: sortBy ?? false, maxResults: maxResults ?? 50,
                nextToken: token, originType: origin)

        case .describePackageVersion:
            let package = packageReference(query, &validator)
            let version = validator.component(
                validator.required(query["version"], at: "packageVersion"), at: "packageVersion")
            if let error = validator.error { throw error }
            try checkNamespace(package!)
            return .describePackageVersion(package!, version: version!)

        case .listPackageVersionAssets:
            let package = packageReference(query, &validator)
            let version = validator.component(
                validator.required(query["version"], at: "packageVersion"), at: "packageVersion")
            let maxResults = validator.integer(query["max-results"], at: "maxResults", range: 1...1000)
            let token = validator.token(query["next-token"])
            if let error = validator.error { throw error }
            try checkNamespace(package!)
            // The model gives no default page size; the service's is 50 (like ListPackageVersions).
            return .listPackageVersionAssets(
                package!, version: version!, maxResults: maxResults ?? 50, nextToken: token)

        case .deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus:
            let package = packageReference(query, &validator)
            let object = try bodyObject(body)
            let versions = try stringList(object["versions"], member: "versions")
            let required = validator.required(versions == nil ? nil : "", at: "versions")
            var unique: [String] = []
            if required != nil, let versions {
                if versions.count > 100 {
                    validator.fail(
                        "[" + versions.prefix(3).joined(separator: ", ") + ", ...]", at: "versions",
                        "Member must have length less than or equal to 100")
                } else if versions.isEmpty {
                    validator.fail("[]", at: "versions", "Member must have length greater than or equal to 1")
                } else {
                    var seen = Set<String>()
                    for (index, version) in versions.enumerated() {
                        if validator.component(version, at: "versions.\(index + 1).member") != nil,
                            seen.insert(version).inserted
                        {
                            unique.append(version)
                        }
                    }
                }
            }
            let expected = validator.status(
                try string(object["expectedStatus"], member: "expectedStatus"), at: "expectedStatus")
            var revisions: [String: String] = [:]
            if operation != .deletePackageVersions,
                let map = try stringMap(object["versionRevisions"], member: "versionRevisions")
            {
                for (version, revision) in map.sorted(by: { $0.key < $1.key }) {
                    if validator.component(version, at: "versionRevisions.key") != nil,
                        validator.revision(revision, at: "versionRevisions.\(version).member") != nil
                    {
                        revisions[version] = revision
                    }
                }
            }
            var change = WriteRequest.Change.delete
            if operation == .disposePackageVersions { change = .dispose }
            if operation == .updatePackageVersionsStatus {
                let target = validator.status(
                    validator.required(try string(object["targetStatus"], member: "targetStatus"), at: "targetStatus"),
                    at: "targetStatus")
                if let error = validator.error { throw error }
                guard let target, [.published, .unlisted, .archived].contains(target) else {
                    throw .validation(
                        "targetStatus must be Published, Unlisted or Archived (use DisposePackageVersions to dispose, "
                            + "DeletePackageVersions to delete)")
                }
                change = .setStatus(target)
            }
            if let error = validator.error { throw error }
            try checkNamespace(package!)
            return .write(
                WriteRequest(
                    package: package!, change: change, versions: unique, expectedStatus: expected,
                    versionRevisions: revisions))
        }
    }

    private static func repositoryReference(_ query: QueryParameters, _ validator: inout InputValidator)
        -> RepositoryReference?
    {
        let domain = validator.domain(validator.required(query["domain"], at: "domain"))
        let owner = validator.accountId(query["domain-owner"])
        let repository = validator.repository(validator.required(query["repository"], at: "repository"))
        guard let domain, let repository else { return nil }
        return RepositoryReference(domain: domain, domainOwner: owner, repository: repository)
    }

    private static func packageReference(_ query: QueryParameters, _ validator: inout InputValidator)
        -> PackageReference?
    {
        let repository = repositoryReference(query, &validator)
        let format = validator.format(validator.required(query["format"], at: "format"))
        let namespace = validator.component(query["namespace"], at: "namespace")
        let package = validator.component(validator.required(query["package"], at: "package"), at: "package")
        guard let repository, let format, let package else { return nil }
        return PackageReference(repository: repository, format: format, namespace: namespace, package: package)
    }

    /// Maven, Swift and generic packages need a namespace; PyPI, NuGet, Ruby and Cargo have none.
    private static func checkNamespace(_ package: PackageReference) throws(APIError) {
        if package.namespace != nil, !package.format.allowsNamespace {
            throw .validation("Packages of format \(package.format.rawValue) have no namespace; remove 'namespace'")
        }
        if package.namespace == nil, package.format.requiresNamespace {
            throw .validation("A namespace is required for packages of format \(package.format.rawValue)")
        }
    }

    private static func bodyObject(_ body: [UInt8]) throws(APIError) -> [String: Any] {
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw .validation("The request body is not a JSON object", reason: "CANNOT_PARSE")
        }
        return object
    }

    private static func string(_ value: Any?, member: String) throws(APIError) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            throw .validation("Cannot parse '\(member)': expected a string", reason: "CANNOT_PARSE")
        }
        return text
    }

    private static func stringList(_ value: Any?, member: String) throws(APIError) -> [String]? {
        guard let value, !(value is NSNull) else { return nil }
        guard let list = value as? [Any] else {
            throw .validation("Cannot parse '\(member)': expected a list of strings", reason: "CANNOT_PARSE")
        }
        var strings: [String] = []
        strings.reserveCapacity(list.count)
        for item in list {
            guard let text = item as? String else {
                throw .validation("Cannot parse '\(member)': expected a list of strings", reason: "CANNOT_PARSE")
            }
            strings.append(text)
        }
        return strings
    }

    private static func stringMap(_ value: Any?, member: String) throws(APIError) -> [String: String]? {
        guard let value, !(value is NSNull) else { return nil }
        guard let map = value as? [String: Any] else {
            throw .validation("Cannot parse '\(member)': expected a map of strings", reason: "CANNOT_PARSE")
        }
        var strings: [String: String] = [:]
        for (key, item) in map {
            guard let text = item as? String else {
                throw .validation("Cannot parse '\(member)': expected a map of strings", reason: "CANNOT_PARSE")
            }
            strings[key] = text
        }
        return strings
    }
}
