import Foundation
import Testing

@testable import CodeArtifactClient

/// The fast path for list pages and write results reads exactly what `JSONDecoder` reads, and
/// declines (so `JSONDecoder` decides) whatever it does not handle the same way.
@Suite struct WireReadableTests {
    /// Valid and unusual, yet read by the fast path: repeated keys in values nobody reads,
    /// escapes and non-ASCII text in values.
    static let unusualPages: [String] = [
        #"{"versions":[{"version":"1.0","status":"Published","x":{"a":1,"a":2}}],"y":{"b":[],"b":{}}}"#,
        #"{"versions":[{"version":"\ud83d\ude80-\u0041\t","status":"Published","revision":"caf\u00e9"}]}"#,
        "{\"versions\":[{\"version\":\"versión-🚀-0123456789\",\"status\":\"Unfinished\"}]}",
    ]

    static let pages: [String] = [
        #"{"versions":[]}"#,
        #"{}"#,
        #"{"versions":null,"nextToken":null}"#,
        #" { "versions" : [ { "version" : "1.0.0" , "status" : "Published" } ] , "nextToken" : "abc/+=" } "#,
        #"{"defaultDisplayVersion":"2.0","versions":[{"version":"2.0","revision":"R1","status":"Archived","origin":{"domainEntryPoint":{"repositoryName":"npm-store"},"originType":"INTERNAL"}},{"version":"1.0","status":"Unlisted","origin":null,"revision":null}],"nextToken":"t"}"#,
        #"{"versions":[{"version":"1.0","status":"Published","origin":{"domainEntryPoint":{"externalConnectionName":"public:npmjs"},"originType":"EXTERNAL"}}],"format":"npm","extra":{"a":[1,-2.5e3,true,false,null,{"b":"c"}]}}"#,
        #"{"versions":[{"version":"1.0\"quoted\\\/","status":"Published"}]}"#,
        #"{"versions":[{"version":"caf\u00e9","status":"Published"}]}"#,
        "{\"versions\":[{\"version\":\"café\",\"status\":\"Published\"}]}",
        // Malformed or mistyped (both refuse), or a key repeated (the fast path leaves it to JSONDecoder).
        #"{"versions":[{"status":"Published"}]}"#,
        #"{"versions":[{"version":1,"status":"Published"}]}"#,
        #"{"versions":[],}"#,
        #"{"versions":[]} x"#,
        #"{"versions":[{"version":"1.0","status":"Published"}],"n":01}"#,
        #"{"versions":"none"}"#,
        #"["versions"]"#,
        #"{"versions":[{"version":"1.0","status":"Published","version":"2.0"}]}"#,
        #"{"versions":[],"versions":[{"version":"1.0","status":"Published"}]}"#,
        #"{"versions":[{"version":"1.0","status":"Published","origin":{"originType":"INTERNAL","originType":null}}]}"#,
        #"{"versions":[{"version":"\ud83d","status":"Published"}]}"#,
        "",
        // Valid, but left to JSONDecoder: an escaped key, non-ASCII keys, a byte order mark.
        #"{"versions":[{"versio\u006e":"1.0","status":"Published"}]}"#,
        "{\"versions\":[],\"é\":1,\"e\u{0301}\":2}",
        "\u{FEFF}{\"versions\":[]}",
    ]

    @Test(arguments: unusualPages + pages)
    func pagesReadAsJSONDecoderReadsThem(_ text: String) throws {
        let bytes = Array(text.utf8)
        let expected = try? JSONDecoder().decode(ListPackageVersionsPage.self, from: Data(bytes))
        if let fast = ListPackageVersionsPage(wire: bytes) {
            #expect(fast == expected, "fast path disagrees on \(text)")
        } else {
            // Declined: JSONDecoder's answer stands (here either a value or its error).
        }
        if expected == nil { #expect(ListPackageVersionsPage(wire: bytes) == nil) }
    }

    static let writeResults: [String] = [
        #"{"successfulVersions":{},"failedVersions":{}}"#,
        #"{}"#,
        #"{"successfulVersions":null,"failedVersions":null}"#,
        #"{"successfulVersions":{"1.0":{"revision":"R1","status":"Deleted"},"2.0":{"status":"Deleted"}},"failedVersions":{"3.0":{"errorCode":"MISMATCHED_STATUS","errorMessage":"current status: Published, expected status: Unlisted"},"4.0":{"errorCode":"SKIPPED","errorMessage":null}}}"#,
        #"{"failedVersions":{"1.0":{"errorCode":"NOT_FOUND"}},"successfulVersions":{},"unknown":[1,2,{"x":null}]}"#,
        #"{"successfulVersions":{"1.0":{"status":"Deleted"},"1.0":{"status":"Archived"}}}"#,
        #"{"successfulVersions":{"1.0":"Deleted"}}"#,
        #"<html>502 Bad Gateway</html>"#,
        #"{"successfulVersions":{"caf\u00e9":{"status":"Deleted"},"café":{"status":"Archived"}}}"#,
        "{\"failedVersions\":{\"é\":{\"errorCode\":\"SKIPPED\"},\"e\u{0301}\":{\"errorCode\":\"SKIPPED\"}}}",
        #"{"successfulVersions":{"1.0":{"status":"Deleted","status":"Archived"}}}"#,
        #"{"successfulVersions":{},"successfulVersions":{"1.0":{"status":"Deleted"}}}"#,
        #"{"successfulVersions":{"café-1":{"status":"Deleted"}},"failedVersions":{"\u00fc":{"errorCode":"SKIPPED"}}}"#,
    ]

    @Test(arguments: writeResults)
    func writeResultsReadAsJSONDecoderReadsThem(_ text: String) throws {
        let bytes = Array(text.utf8)
        let expected = try? JSONDecoder().decode(PackageVersionsWriteResult.self, from: Data(bytes))
        if let fast = PackageVersionsWriteResult(wire: bytes) {
            #expect(fast == expected, "fast path disagrees on \(text)")
        }
        if expected == nil { #expect(PackageVersionsWriteResult(wire: bytes) == nil) }
    }

    @Test func commonAnswersTakeTheFastPath() throws {
        #expect(ListPackageVersionsPage(wire: Array(Self.pages[4].utf8)) != nil)
        #expect(PackageVersionsWriteResult(wire: Array(Self.writeResults[3].utf8)) != nil)
        for page in Self.unusualPages { #expect(ListPackageVersionsPage(wire: Array(page.utf8)) != nil, "\(page)") }
    }

    @Test func writeBodiesAreTheJSONThatJSONEncoderWrote() throws {
        let body = WriteBody(
            versions: ["1.0", "2.0-\"q\"\\", "tab\tnew\nline\u{1}", "café/x"],
            versionRevisions: ["2.0-\"q\"\\": "R2", "1.0": "R1"], expectedStatus: .published,
            targetStatus: .archived)
        let text = String(decoding: body.json(), as: UTF8.self)
        #expect(
            text
                == #"{"expectedStatus":"Published","targetStatus":"Archived","versionRevisions":{"1.0":"R1","2.0-\"q\"\\":"R2"},"versions":["1.0","2.0-\"q\"\\","tab\tnew\nline\u0001","café/x"]}"#
        )
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(body.json())) as? [String: Any])
        #expect(parsed["versions"] as? [String] == body.versions)
        #expect(parsed["versionRevisions"] as? [String: String] == body.versionRevisions)
        let plain = WriteBody(versions: ["1.0"], expectedStatus: .unlisted)
        #expect(String(decoding: plain.json(), as: UTF8.self) == #"{"expectedStatus":"Unlisted","versions":["1.0"]}"#)
    }
}
