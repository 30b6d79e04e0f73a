import CodeArtifactModel
import Testing

/// `NameRules` against the API model's own patterns and lengths, read from `service-2.json`
/// and evaluated as ECMA-262 expressions, on samples chosen to sit on every edge.
@Suite("Name rules follow the API model")
struct NameRulesTests {
    /// Whitespace that differs between ECMA-262, Java, and Unicode's White_Space property,
    /// plus ordinary scalars and the pattern's forbidden `#` and `/`.
    static let edgeScalars: [Unicode.Scalar] = [
        "a", "Z", "0", "-", ".", "_", "#", "/", "@", "~", " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r",
        "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}", "\u{200A}", "\u{200B}",
        "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "é", "\u{301}", "ß", "中", "😀",
    ]

    /// Strings around each shape's edges: single scalars, scalars inside names, lengths at and
    /// beyond the limits (counted in scalars, with multi-scalar graphemes and astral scalars).
    static var samples: [String] {
        var samples = ["", "ab", "a-", "-a", "a1", "1a", "Ab", "a.b", "a_b", "a--b", "123456789012", "12345678901"]
        for scalar in edgeScalars {
            let text = String(scalar)
            samples += [text, "a\(text)", "ab\(text)cd", "\(text)ab", "1.0\(text)"]
        }
        for length in [1, 2, 12, 49, 50, 51, 99, 100, 101, 254, 255, 256] {
            samples.append(String(repeating: "a", count: length))
            samples.append(String(repeating: "é", count: length))
            samples.append(String(repeating: "e\u{301}", count: length / 2))
            samples.append(String(repeating: "😀", count: length))
        }
        return samples
    }

    @Test(
        arguments: [
            ("DomainName", NameRules.isDomainName),
            ("RepositoryName", NameRules.isRepositoryName),
            ("AccountId", NameRules.isAccountId),
            ("PackageName", NameRules.isPackageName),
            ("PackageNamespace", NameRules.isPackageName),
            ("PackageVersion", NameRules.isPackageName),
            ("PackageVersionRevision", NameRules.isRevision),
        ] as [(String, @Sendable (String) -> Bool)])
    func agreesWithTheModel(shape name: String, rule: @Sendable (String) -> Bool) {
        let shape = APIModel.shape(name)
        #expect(shape.pattern != nil, "\(name) has a pattern in the model")
        for sample in Self.samples {
            let scalars = sample.unicodeScalars.map { String($0.value, radix: 16) }
            #expect(
                rule(sample) == APIModel.accepts(shape, sample),
                "\(name): \(scalars.prefix(6))… (\(sample.unicodeScalars.count) scalars)")
        }
    }

    @Test func lengthsCountScalarsNotCharacters() {
        // 255 graphemes of two scalars each are 510 scalars: too long for the service.
        #expect(!NameRules.isPackageName(String(repeating: "e\u{301}", count: 255)))
        #expect(NameRules.isPackageName(String(repeating: "😀", count: 255)))
    }

    @Test func whitespaceIsECMAScripts() {
        #expect(!NameRules.isPackageName("a\u{FEFF}b"), "U+FEFF is \\s in ECMA-262")
        #expect(NameRules.isPackageName("a\u{85}b"), "U+0085 is not")
        #expect(NameRules.isPackageName("a\u{1C}b"), "nor is U+001C (Java's isWhitespace would say yes)")
        #expect(!NameRules.isPackageName("a\u{3000}b"))
    }

    @Test func firstNonNameScalarFindsTheSameAsTheScan() {
        for sample in Self.samples where !sample.isEmpty {
            let expected = sample.unicodeScalars.first { !NameRules.isNameScalar($0) }
            #expect(NameRules.firstNonNameScalar(in: sample) == expected)
        }
    }
}
