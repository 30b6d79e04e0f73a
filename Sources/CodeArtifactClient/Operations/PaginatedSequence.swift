import CodeArtifactModel

/// A List request that pages with `nextToken`.
public protocol PaginatedRequest: Sendable {
    /// What each page holds.
    associatedtype Item: Sendable
    /// The token of the page to fetch; nil for the first.
    var nextToken: String? { get set }
    /// The operation, for errors.
    static var operation: CodeArtifactOperation { get }
    /// What is listed, for errors.
    var listedResource: String { get }
    /// Fetches one page.
    func page(from client: CodeArtifactService) async throws -> (items: [Item], nextToken: String?)
}

/// The items of a List operation, page after page until `nextToken` runs out. Each page is
/// fetched when the previous one is used up; errors end the iteration by throwing.
public struct PaginatedSequence<Request: PaginatedRequest>: AsyncSequence, Sendable {
    /// A package or a version.
    public typealias Element = Request.Item

    let client: CodeArtifactService
    let request: Request

    /// Starts from the request's `nextToken` (normally none).
    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, request: request)
    }

    /// Walks the pages.
    public struct Iterator: AsyncIteratorProtocol {
        private let client: CodeArtifactService
        private var request: Request
        private var buffer: [Request.Item] = []
        private var position = 0
        private var finished = false

        init(client: CodeArtifactService, request: Request) {
            self.client = client
            self.request = request
        }

        /// The next item, or `nil` after the last page.
        public mutating func next() async throws -> Request.Item? {
            while position == buffer.count {
                if finished { return nil }
                let page = try await request.page(from: client)
                buffer = page.items
                position = 0
                try advance(to: page.nextToken)
            }
            defer { position += 1 }
            return buffer[position]
        }

        private mutating func advance(to token: String?) throws {
            guard let token, !token.isEmpty else {
                finished = true
                return
            }
            guard token != request.nextToken else {
                throw CodeArtifactError(
                    kind: .invalidResponse, exceptionName: "InvalidResponse",
                    message: "the service returned the same nextToken twice; pagination would not end",
                    operation: Request.operation, resource: request.listedResource)
            }
            request.nextToken = token
        }
    }
}

/// The repositories of a domain, every page.
public typealias ListRepositoriesInDomainSequence = PaginatedSequence<ListRepositoriesInDomainRequest>
/// The packages of a repository, every page.
public typealias ListPackagesSequence = PaginatedSequence<ListPackagesRequest>
/// The versions of a package, every page.
public typealias ListPackageVersionsSequence = PaginatedSequence<ListPackageVersionsRequest>
/// The assets of a version, every page.
public typealias ListPackageVersionAssetsSequence = PaginatedSequence<ListPackageVersionAssetsRequest>

extension ListPackagesRequest: PaginatedRequest {
    public static var operation: CodeArtifactOperation { .listPackages }
    public var listedResource: String { repository.resourceDescription }
    public func page(from client: CodeArtifactService) async throws -> (items: [PackageSummary], nextToken: String?) {
        let page = try await client.listPackagesPage(self)
        return (page.packages, page.nextToken)
    }
}

extension ListPackageVersionsRequest: PaginatedRequest {
    public static var operation: CodeArtifactOperation { .listPackageVersions }
    public var listedResource: String { package.resourceDescription }
    public func page(from client: CodeArtifactService) async throws -> (
        items: [PackageVersionSummary], nextToken: String?
    ) {
        let page = try await client.listPackageVersionsPage(self)
        return (page.versions, page.nextToken)
    }
}

extension ListRepositoriesInDomainRequest: PaginatedRequest {
    public static var operation: CodeArtifactOperation { .listRepositoriesInDomain }
    public var listedResource: String { domainDescription }
    public func page(from client: CodeArtifactService) async throws -> (
        items: [RepositorySummary], nextToken: String?
    ) {
        let page = try await client.listRepositoriesInDomainPage(self)
        return (page.repositories, page.nextToken)
    }
}

extension ListPackageVersionAssetsRequest: PaginatedRequest {
    public static var operation: CodeArtifactOperation { .listPackageVersionAssets }
    public var listedResource: String { "version '\(version)' of \(package.resourceDescription)" }
    public func page(from client: CodeArtifactService) async throws -> (
        items: [AssetSummary], nextToken: String?
    ) {
        let page = try await client.listPackageVersionAssetsPage(self)
        return (page.assets, page.nextToken)
    }
}
