import CodeArtifactModel
import Testing

/// The one shape of a repository's and a package's coordinates: the engine's wording, and
/// the order plans and reports sort by.
@Suite struct CoordinatesTests {
    static let repository = RepositoryCoordinates(
        region: "eu-west-1", domain: "acme", domainOwner: "111122223333", repository: "npm-store")

    @Test func aPackageInARepositoryKeepsEveryRepositoryField() {
        let package = PackageCoordinates(in: Self.repository, format: .npm, namespace: "acme", package: "ui-kit")
        #expect(package.repositoryCoordinates == Self.repository)
        #expect(package.description == "acme/npm-store/npm/acme/ui-kit")
        #expect(Self.repository.description == "acme/npm-store (owner 111122223333) in eu-west-1")
    }

    @Test func orderIsByUnicodeScalarsFieldByField() {
        // A composed "é" (U+00E9) sorts after "f"; a decomposed one ("e" U+0301) before it.
        let composed = PackageCoordinates(domain: "d", repository: "r", format: .npm, package: "\u{E9}")
        let decomposed = PackageCoordinates(domain: "d", repository: "r", format: .npm, package: "e\u{301}")
        let f = PackageCoordinates(domain: "d", repository: "r", format: .npm, package: "f")
        // Compared as bytes: `==` on String would call the two "é" equal.
        let sorted = [composed, f, decomposed].sorted().map { Array($0.package.utf8) }
        #expect(sorted == [decomposed, f, composed].map { Array($0.package.utf8) })
        // The region comes first: an unknown region sorts before any known one.
        let known = RepositoryCoordinates(region: "a", domain: "a", repository: "a")
        let unknown = RepositoryCoordinates(domain: "z", repository: "z")
        #expect(unknown < known)
    }
}
