/// The versions of a package, page after page until `nextToken` runs out. Each page is
/// fetched when the previous one is used up; errors end the iteration by throwing.
public struct ListPackageVersionsSequence: AsyncSequence, Sendable {
    /// A version.
    public typealias Element = PackageVersionSummary

    let client: CodeArtifactService
    let request: ListPackageVersionsRequest

    /// Starts from the request's `nextToken` (normally none).
    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, request: request)
    }

    /// Walks the pages.
    public struct Iterator: AsyncIteratorProtocol {
        private let client: CodeArtifactService
        private var request: ListPackageVersionsRequest
        private var buffer: [PackageVersionSummary] = []
        private var position = 0
        private var finished = false

        init(client: CodeArtifactService, request: ListPackageVersionsRequest) {
            self.client = client
            self.request = request
        }

        /// The next version, or `nil` after the last page.
        public mutating func next() async throws -> PackageVersionSummary? {
            while position == buffer.count {
                if finished { return nil }
                let page = try await client.listPackageVersionsPage(request)
                buffer = page.versions
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
                    operation: .listPackageVersions, resource: request.package.description)
            }
            request.nextToken = token
        }
    }
}
