import Foundation
import Testing

@testable import SigV4

/// The official SigV4 suite (aws-c-auth): canonical request, string to sign and signature
/// must each match byte for byte.
@Suite("AWS SigV4 test suite")
struct SigV4SuiteTests {
    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/aws-signing-test-suite")
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: suite.path)) ?? []
        return names.filter { !$0.contains(".") && $0 != "LICENSE" }.sorted()
    }()

    struct Context: Decodable {
        struct Credentials: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }
        var credentials: Credentials
        var normalize: Bool
        var region: String
        var service: String
        var sign_body: Bool
        var timestamp: String
        var omit_session_token: Bool?
    }

    @Test func suiteHasAll38Cases() {
        #expect(Self.cases.count == 38)
    }

    @Test(arguments: cases)
    func signsLikeTheSuite(_ name: String) throws {
        let directory = Self.suite.appendingPathComponent(name)
        func read(_ file: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        }
        let context = try JSONDecoder().decode(Context.self, from: Data(read("context.json").utf8))
        let request = try Self.parseRequest(read("request.txt"))
        let signer = SigV4Signer(
            credentials: SigV4Credentials(
                accessKeyId: context.credentials.access_key_id, secretAccessKey: context.credentials.secret_access_key,
                sessionToken: context.credentials.token),
            region: context.region, service: context.service,
            options: .init(
                normalizePath: context.normalize, signBody: context.sign_body,
                omitSessionToken: context.omit_session_token ?? false))
        let date = try #require(ISO8601DateFormatter().date(from: context.timestamp))
        let signature = signer.sign(request, date: date)
        #expect(signature.canonicalRequest == (try read("header-canonical-request.txt")))
        #expect(signature.stringToSign == (try read("header-string-to-sign.txt")))
        #expect(
            signature.signature == (try read("header-signature.txt")).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Parses the suite's raw HTTP: request line, headers (with folded continuation lines), body.
    static func parseRequest(_ text: String) throws -> SigV4Request {
        var lines = text.components(separatedBy: "\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        let method = String(requestLine[0])
        let target = requestLine[1..<(requestLine.count - 1)].joined(separator: " ")
        var headers: [(name: String, value: String)] = []
        while let line = lines.first {
            lines.removeFirst()
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += "\n" + line
                continue
            }
            let colon = try #require(line.firstIndex(of: ":"))
            headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
        }
        let body = Array(lines.joined(separator: "\n").utf8)
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var query: [(name: String, value: String)] = []
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(kv[0]).removingPercentEncoding ?? String(kv[0])
                let value = kv.count > 1 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""
                query.append((name, value))
            }
        }
        return SigV4Request(method: method, path: String(parts[0]), query: query, headers: headers, body: body)
    }
}
