import Testing

@testable import CodeArtifactClient

@Suite struct LocalFileReaderTests {
    @Test func devNullReadsAsAnEmptyFile() throws {
        #expect(try LocalFileReader().readFile(atPath: "/dev/null") == "")
        #expect(try LocalFileReader().readFile(atPath: "/no/such/file") == nil)
    }
}
