import CodeArtifactModel
import Inventory

extension EmulatorStore {
    /// ListPackages: packages in inventory order, filtered by format, namespace prefix, name
    /// prefix and origin restrictions (every package here allows publish and upstream).
    func listPackages(
        _ reference: RepositoryReference, format: PackageFormat?, namespace: String?, packagePrefix: String?,
        maxResults: Int, nextToken: String?, publish: String?, upstream: String?
    ) throws(APIError) -> JSONValue {
        try withRepository(reference, operation: .listPackages) { (repository, domain) throws(APIError) -> JSONValue in
            let fingerprint = PaginationToken.fingerprint([
                domain.name, domain.owner, repository.name, format?.rawValue, namespace, packagePrefix, publish,
                upstream,
            ])
            let order = repository.order
            var start = 0
            if let nextToken {
                let token = try PaginationToken(decoding: nextToken, kind: "p", fingerprint: fingerprint)
                guard token.position.count == 3, let lastFormat = PackageFormat(rawValue: token.position[0]) else {
                    throw .validation("Invalid pagination token", reason: "OTHER")
                }
                let last = PackageKey(
                    format: lastFormat, namespace: token.position[1].isEmpty ? nil : token.position[1],
                    name: token.position[2])
                start = order.partitioningIndex { last < $0 }
            }
            let blocked = publish == "BLOCK" || upstream == "BLOCK"
            func matches(_ key: PackageKey) -> Bool {
                if blocked { return false }
                if let format, key.format != format { return false }
                if let namespace {
                    guard let own = key.namespace, own.unicodeScalars.starts(with: namespace.unicodeScalars) else {
                        return false
                    }
                }
                if let packagePrefix, !key.name.unicodeScalars.starts(with: packagePrefix.unicodeScalars) {
                    return false
                }
                return true
            }
            var page: [PackageKey] = []
            var more = false
            var index = start
            while index < order.count {
                let key = order[index]
                index += 1
                guard matches(key) else { continue }
                if page.count == maxResults {
                    more = true
                    break
                }
                page.append(key)
            }
            var members: [(String, JSONValue)] = [
                (
                    "packages",
                    .array(
                        page.map { key in
                            var summary: [(String, JSONValue)] = [("format", .string(key.format.rawValue))]
                            if let namespace = key.namespace { summary.append(("namespace", .string(namespace))) }
                            summary.append(("package", .string(key.name)))
                            summary.append(
                                (
                                    "originConfiguration",
                                    .object([
                                        (
                                            "restrictions",
                                            .object([("publish", .string("ALLOW")), ("upstream", .string("ALLOW"))])
                                        )
                                    ])
                                ))
                            return .object(summary)
                        })
                )
            ]
            if more, let last = page.last {
                let token = PaginationToken(
                    kind: "p", fingerprint: fingerprint,
                    position: [last.format.rawValue, last.namespace ?? "", last.name])
                members.append(("nextToken", .string(token.encoded)))
            }
            return .object(members)
        }
    }

    /// ListPackageVersions: every status unless `status` filters (Deleted versions are gone),
    /// by version string or newest first, with `originType` filtering.
    func listPackageVersions(
        _ reference: PackageReference, status: PackageVersionStatus?, sortByPublishedTime: Bool, maxResults: Int,
        nextToken: String?, originType: PackageVersionOriginType?
    ) throws(APIError) -> JSONValue {
        let repositoryName = reference.repository.repository
        return try withPackage(reference, operation: .listPackageVersions) {
            (package, domain) throws(APIError) -> JSONValue in
            let kind = sortByPublishedTime ? "t" : "v"
            let fingerprint = PaginationToken.fingerprint([
                domain.name, domain.owner, repositoryName, reference.format.rawValue, reference.namespace,
                reference.package, status?.rawValue, kind, originType?.rawValue,
            ])
            let order = sortByPublishedTime ? package.orderedByTime() : package.orderedByVersion()
            var start = 0
            if let nextToken {
                let token = try PaginationToken(decoding: nextToken, kind: kind, fingerprint: fingerprint)
                if sortByPublishedTime {
                    guard token.position.count == 2 else {
                        throw .validation("Invalid pagination token", reason: "OTHER")
                    }
                    let lastTime = Int64(token.position[0])
                    let lastVersion = token.position[1]
                    start = order.partitioningIndex { version in
                        StoredPackage.timeOrder(
                            lastTime, lastVersion, before: package[version]?.publishedMilliseconds, version)
                    }
                } else {
                    guard token.position.count == 1 else {
                        throw .validation("Invalid pagination token", reason: "OTHER")
                    }
                    let last = token.position[0]
                    start = order.partitioningIndex { UnicodeOrder.less(last, $0) }
                }
            }
            var page: [StoredVersion] = []
            var more = false
            var index = start
            while index < order.count {
                let stored = package[order[index]]
                index += 1
                guard let version = stored else { continue }
                if let status, version.status != status { continue }
                if let originType, version.origin != originType { continue }
                if page.count == maxResults {
                    more = true
                    break
                }
                page.append(version)
            }
            var members: [(String, JSONValue)] = []
            if let display = package.defaultDisplayVersion {
                members.append(("defaultDisplayVersion", .string(display)))
            }
            members.append(("format", .string(reference.format.rawValue)))
            if let namespace = reference.namespace { members.append(("namespace", .string(namespace))) }
            members.append(("package", .string(reference.package)))
            members.append(
                (
                    "versions",
                    .array(
                        page.map { version in
                            .object([
                                ("version", .string(version.version)), ("revision", .string(version.revision)),
                                ("status", .string(version.status.rawValue)),
                                (
                                    "origin",
                                    Self.origin(version.origin, format: reference.format, repository: repositoryName)
                                ),
                            ])
                        })
                ))
            if more, let last = page.last {
                let position =
                    sortByPublishedTime
                    ? [last.publishedMilliseconds.map { String($0) } ?? "", last.version] : [last.version]
                members.append(
                    (
                        "nextToken",
                        .string(PaginationToken(kind: kind, fingerprint: fingerprint, position: position).encoded)
                    ))
            }
            return .object(members)
        }
    }

    /// DescribePackageVersion.
    func describePackageVersion(_ reference: PackageReference, version: String) throws(APIError) -> JSONValue {
        let repositoryName = reference.repository.repository
        return try withPackage(reference, operation: .describePackageVersion) {
            (package, _) throws(APIError) -> JSONValue in
            let stored = try Self.version(version, of: package, reference)
            var members: [(String, JSONValue)] = [("format", .string(reference.format.rawValue))]
            if let namespace = reference.namespace { members.append(("namespace", .string(namespace))) }
            members.append(("packageName", .string(reference.package)))
            members.append(("displayName", .string(reference.package)))
            members.append(("version", .string(stored.version)))
            if let published = stored.publishedMilliseconds {
                members.append(("publishedTime", JSONValue.epochSeconds(milliseconds: published)))
            }
            members.append(("licenses", .array([])))
            members.append(("revision", .string(stored.revision)))
            members.append(("status", .string(stored.status.rawValue)))
            members.append(("origin", Self.origin(stored.origin, format: reference.format, repository: repositoryName)))
            return .object([("packageVersion", .object(members))])
        }
    }

    /// The version, or the service's NOT_FOUND for a version the package does not have.
    static func version(_ version: String, of package: StoredPackage, _ reference: PackageReference)
        throws(APIError) -> StoredVersion
    {
        guard let stored = package[version] else {
            throw .notFound(
                "Package version '\(version)' of package '\(reference.displayName)' not found",
                resourceId: version, resourceType: "package-version")
        }
        return stored
    }

    /// `origin`: where the version entered the domain.
    static func origin(_ origin: PackageVersionOriginType, format: PackageFormat, repository: String) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch origin {
        case .internal:
            members.append(("domainEntryPoint", .object([("repositoryName", .string(repository))])))
        case .external:
            let connection: String
            switch format {
            case .npm: connection = "public:npmjs"
            case .pypi: connection = "public:pypi"
            case .maven: connection = "public:maven-central"
            case .nuget: connection = "public:nuget-org"
            case .cargo: connection = "public:crates-io"
            case .ruby: connection = "public:ruby-gems-org"
            case .swift, .generic: connection = "public:\(format.rawValue)"
            }
            members.append(("domainEntryPoint", .object([("externalConnectionName", .string(connection))])))
        case .unknown:
            break
        }
        members.append(("originType", .string(origin.rawValue)))
        return .object(members)
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }
}

extension EmulatorStore {
    /// ListRepositoriesInDomain: the domain's repositories by name (Unicode scalar order),
    /// filtered by name prefix; every repository is administered by the domain's owner.
    func listRepositoriesInDomain(
        _ reference: RepositoryReference, repositoryPrefix: String?, administratorAccount: String?, maxResults: Int,
        nextToken: String?
    ) throws(APIError) -> JSONValue {
        try withDomain(reference, operation: .listRepositoriesInDomain) {
            (repositories, domain) throws(APIError) -> JSONValue in
            let fingerprint = PaginationToken.fingerprint([
                domain.name, domain.owner, repositoryPrefix, administratorAccount,
            ])
            var names = repositories.keys.sorted { UnicodeOrder.less($0, $1) }
            if let repositoryPrefix {
                names = names.filter { $0.unicodeScalars.starts(with: repositoryPrefix.unicodeScalars) }
            }
            if let administratorAccount, administratorAccount != domain.owner { names = [] }
            if let nextToken {
                let token = try PaginationToken(decoding: nextToken, kind: "r", fingerprint: fingerprint)
                guard token.position.count == 1 else { throw .validation("Invalid pagination token", reason: "OTHER") }
                names = names.filter { UnicodeOrder.less(token.position[0], $0) }
            }
            let page = names.prefix(maxResults)
            var members: [(String, JSONValue)] = [
                (
                    "repositories",
                    .array(
                        page.map { name in
                            .object([
                                ("name", .string(name)),
                                ("administratorAccount", .string(domain.owner)),
                                ("domainName", .string(domain.name)),
                                ("domainOwner", .string(domain.owner)),
                                (
                                    "arn",
                                    .string(
                                        "arn:aws:codeartifact:\(region):\(domain.owner):repository/\(domain.name)/\(name)"
                                    )
                                ),
                            ])
                        })
                )
            ]
            if names.count > page.count, let last = page.last {
                let token = PaginationToken(kind: "r", fingerprint: fingerprint, position: [last])
                members.append(("nextToken", .string(token.encoded)))
            }
            return .object(members)
        }
    }
}
