import Foundation
import TestSupport
import Testing

@testable import PruneManifest

/// Property tests: whatever bytes come in, the parser returns either a manifest or at
/// least one located error, and never crashes. Seeded, so a failure reproduces.
@Suite("Parser robustness")
struct FuzzTests {
    static let seeds: [[UInt8]] = ExamplesTests.examples.compactMap { try? [UInt8](Data(contentsOf: $0)) }
    static let alphabet = Array("-:[]{}!&*|>'\"#?,@%` \n\t\\0123456789aZ.~".utf8) + [0x00, 0xC3, 0xFF, 0xE2, 0x80]

    func checkInvariant(_ bytes: [UInt8]) {
        let source = SourceText(bytes: bytes)
        let result = ManifestParser.parse(source)
        let errors = result.diagnostics.filter { $0.severity == .error }
        if result.manifest == nil {
            #expect(!errors.isEmpty, "no manifest and no error for \(bytes)")
        } else {
            #expect(errors.isEmpty)
        }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= source.lineCount + 1)
            #expect(diagnostic.location.column >= 1)
        }
        _ = DiagnosticRenderer(fileName: "fuzz.yaml", source: source).render(result.diagnostics)
    }

    @Test func randomBytes() {
        var random = SeededGenerator(seed: 1)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...300, using: &random)
            checkInvariant((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) })
        }
    }

    @Test func randomYAMLishText() {
        var random = SeededGenerator(seed: 2)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...200, using: &random)
            checkInvariant((0..<count).map { _ in Self.alphabet.randomElement(using: &random)! })
        }
    }

    @Test func mutatedExamples() throws {
        #expect(!Self.seeds.isEmpty)
        var random = SeededGenerator(seed: 3)
        for _ in 0..<4_000 {
            var bytes = Self.seeds.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                mutate(&bytes, using: &random)
            }
            checkInvariant(bytes)
        }
    }

    func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) {
        guard !bytes.isEmpty else { return }
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: bytes[index] = Self.alphabet.randomElement(using: &random)!
        case 1: bytes.insert(Self.alphabet.randomElement(using: &random)!, at: index)
        case 2: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...20, using: &random)))
        case 3:
            let end = min(bytes.count, index + Int.random(in: 1...40, using: &random))
            bytes.insert(contentsOf: bytes[index..<end], at: Int.random(in: 0...bytes.count, using: &random))
        default: bytes[index] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let result = ManifestParser.parse(bytes: Array(deep.utf8))
        #expect(result.diagnostics.first?.message.contains("nesting deeper") == true)
    }

    @Test func aliasBombIsBounded() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let result = ManifestParser.parse(bytes: Array(yaml.utf8))
        #expect(result.manifest == nil)
        #expect(result.diagnostics.first?.message.contains("alias bomb") == true)
    }
}
