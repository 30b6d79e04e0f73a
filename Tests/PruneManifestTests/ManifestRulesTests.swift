import Testing

@testable import PruneManifest

/// Each "Precise rules" line of docs/spec/manifest.md that validation owns, pinned.
@Suite("Manifest rules")
struct ManifestRulesTests {
    typealias T = TestSupport

    @Test func validPlanDecodesWithDefaults() throws {
        let result = T.parse(
            T.plan(
                target: "    repository: npm-store\n    format: npm\n    select: {versions: ['*-beta*']}",
                defaults: "  domain: acme\n  domainOwner: \"111122223333\"\n  region: us-east-1\n  action: unlist"))
        let target = try #require(result.manifest?.targets.first)
        #expect(target.domain == "acme")
        #expect(target.domainOwner == "111122223333")
        #expect(target.region == "us-east-1")
        #expect(target.action == .unlist)
        #expect(target.allowEmptyPackage == false)
        #expect(target.namespace == nil)
        #expect(result.manifest?.settings == Settings())
    }

    @Test func targetOverridesDefaults() throws {
        let result = T.parse(
            T.plan(
                target: T.npmTarget + "\n    action: archive\n    allowEmptyPackage: true\n    keep: {latest: 1}",
                defaults: "  domain: other\n  action: delete\n  allowEmptyPackage: false"))
        let target = try #require(result.manifest?.targets.first)
        #expect(target.domain == "acme")
        #expect(target.action == .archive)
        #expect(target.allowEmptyPackage)
    }

    @Test func requiredKeysAfterInheritanceReportedAtTheTargetStart() {
        let errors = T.errors("version: 1\ntargets:\n  - name: t\n    keep: {latest: 1}\n")
        #expect(
            errors == [
                "3:5: target 't' has no 'domain'; set it here or in 'defaults'",
                "3:5: target 't' has no 'repository'; set it here or in 'defaults'",
                "3:5: target 't' has no 'format'; set it here or in 'defaults'",
            ])
    }

    @Test func unknownKeyAtTheKeyWithSuggestion() {
        let errors = T.errors(T.plan(target: T.npmTarget + "\n    select:\n      olderthan: 30d"))
        #expect(errors == ["8:7: unknown key 'olderthan' in select (did you mean 'olderThan'?)"])
    }

    @Test func wrongValueAtTheValue() {
        let errors = T.errors(T.plan(target: T.npmTarget + "\n    keep:\n      latest: \"5\""))
        #expect(errors == ["8:15: 'keep.latest' must be an integer, found the string \"5\"; remove the quotes"])
    }

    @Test func namespaceRequiredForMavenSwiftGeneric() {
        for format in ["maven", "swift", "generic"] {
            let errors = T.errors(
                T.plan(target: "    domain: acme\n    repository: repo1\n    format: \(format)\n    keep: {latest: 1}"))
            #expect(errors.count == 1 && errors[0].contains("has no 'namespace'"), "\(format): \(errors)")
            let star = T.errors(
                T.plan(
                    target:
                        "    domain: acme\n    repository: repo1\n    format: \(format)\n    namespace: \"*\"\n    keep: {latest: 1}"
                ))
            #expect(star.isEmpty)
        }
    }

    @Test func namespaceForbiddenForPypiNugetRubyCargo() {
        for format in ["pypi", "nuget", "ruby", "cargo"] {
            let errors = T.errors(
                T.plan(
                    target:
                        "    domain: acme\n    repository: repo1\n    format: \(format)\n    namespace: x\n    keep: {latest: 1}"
                ))
            #expect(errors == ["7:5: format '\(format)' has no namespaces; remove 'namespace' from this target"])
        }
    }

    @Test func defaultsNamespaceNotInheritedByFormatsWithout() throws {
        let result = T.parse(
            T.plan(
                target: "    domain: acme\n    repository: repo1\n    format: pypi\n    keep: {latest: 1}",
                defaults: "  namespace: com.acme"))
        let target = try #require(result.manifest?.targets.first)
        #expect(target.namespace == nil)
        let maven = T.parse(
            T.plan(
                target: "    domain: acme\n    repository: repo1\n    format: maven\n    keep: {latest: 1}",
                defaults: "  namespace: com.acme"))
        #expect(maven.manifest?.targets.first?.namespace?.exactInclusions == ["com.acme"])
    }

    @Test func npmScopeWithAtIsAnError() {
        let errors = T.errors(T.plan(target: T.npmTarget + "\n    namespace: \"@acme\"\n    keep: {latest: 1}"))
        #expect(errors == ["7:16: npm scopes are written without '@' in 'namespace': write 'acme'"])
    }

    @Test func namespaceIsAPatternList() throws {
        let result = T.parse(
            T.plan(target: T.npmTarget + "\n    namespace: [\"acme*\", \"!acme-old\"]\n    keep: {latest: 1}"))
        let namespace = try #require(result.manifest?.targets.first?.namespace)
        #expect(namespace.matches("acme-new"))
        #expect(!namespace.matches("acme-old"))
    }

    @Test func booleansOnlyInCoreSpellings() {
        for good in ["true", "True", "TRUE", "false", "False", "FALSE"] {
            #expect(
                T.errors(T.plan(target: T.npmTarget + "\n    allowEmptyPackage: \(good)\n    keep: {latest: 1}"))
                    .isEmpty)
        }
        for bad in ["yes", "on", "no", "off", "1", "\"true\""] {
            let errors = T.errors(
                T.plan(target: T.npmTarget + "\n    allowEmptyPackage: \(bad)\n    keep: {latest: 1}"))
            #expect(errors.count == 1 && errors[0].contains("must be true or false"), "\(bad): \(errors)")
        }
    }

    @Test func nullValuesAreErrors() {
        let errors = T.errors(T.plan(target: T.npmTarget + "\n    region: ~\n    keep: {latest: 1}"))
        #expect(errors == ["7:13: 'region' is set to null; give it a value, or remove the key (to inherit a default)"])
    }

    @Test func quotedNumbersAreTypeErrors() {
        #expect(
            T.errors(T.plan(target: T.npmTarget + "\n    keep: {latest: 1}", settings: "  concurrency: \"8\"")).count
                == 1)
        #expect(
            T.errors(T.plan(target: T.npmTarget + "\n    keep: {latest: 1}", settings: "  maxDeletions: '5'")).count
                == 1)
        #expect(
            T.errors(T.plan(target: T.npmTarget + "\n    keep: {latest: 1}", settings: "  rateLimits: {writes: '5'}"))
                .count == 1)
    }

    @Test func numericBounds() {
        func errors(_ settings: String, keep: String = "{latest: 1}") -> Int {
            T.errors(T.plan(target: T.npmTarget + "\n    keep: \(keep)", settings: settings)).count
        }
        #expect(errors("  concurrency: 1") == 0)
        #expect(errors("  concurrency: 1024") == 0)
        #expect(errors("  concurrency: 0") == 1)
        #expect(errors("  concurrency: 1025") == 1)
        #expect(errors("  maxDeletions: 0") == 0)
        #expect(errors("  maxDeletions: -1") == 1)
        #expect(errors("  rateLimits: {writes: 0.5, reads: 800, DescribePackageVersion: 1e2}") == 0)
        #expect(errors("  rateLimits: {writes: 0}") == 1)
        #expect(errors("  rateLimits: {writes: .inf}") == 1)
        #expect(errors("  concurrency: 4", keep: "{latest: 1000000}") == 0)
        #expect(errors("  concurrency: 4", keep: "{latest: 1000001}") == 1)
        #expect(errors("  concurrency: 4", keep: "{latest: 2.0}") == 1)
    }

    @Test func versionMustBeTheInteger1() {
        #expect(
            T.errors("version: 2\ntargets: []\n") == ["1:10: unsupported plan version 2; this prune reads 'version: 1'"]
        )
        #expect(T.errors("version: \"1\"\ntargets: []\n").first?.contains("remove the quotes") == true)
        #expect(T.errors("targets: []\n") == ["1:1: missing 'version: 1' at the top of the plan"])
    }

    @Test func targetNamesAreUniqueAndCaseSensitive() {
        let body = "    domain: acme\n    repository: npm-store\n    format: npm\n    keep: {latest: 1}\n"
        let same = "version: 1\ntargets:\n  - name: a\n" + body + "  - name: a\n" + body
        #expect(
            T.errors(same) == ["8:11: duplicate target name 'a' (first used at line 3); target names must be unique"])
        let cased = "version: 1\ntargets:\n  - name: a\n" + body + "  - name: A\n" + body
        #expect(T.errors(cased).isEmpty)
    }

    @Test func targetWithoutSelectOrKeepWarns() throws {
        let result = T.parse(T.plan(target: T.npmTarget))
        #expect(result.manifest != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func sizeLimitIsAnErrorAtLine1() {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: ManifestParser.maximumSize + 1)
        let result = ManifestParser.parse(bytes: big)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location == SourceLocation(line: 1, column: 1))
        #expect(result.diagnostics[0].message.contains("33554433 bytes"))
        #expect(result.diagnostics[0].message.contains("32 MiB"))
    }

    @Test func settingsNowAcceptsOffsetsAndFractions() throws {
        let result = T.parse(
            T.plan(target: T.npmTarget + "\n    keep: {latest: 1}", settings: "  now: 2026-11-29T01:00:00.5+01:00"))
        #expect(result.manifest?.settings.now?.timeIntervalSince1970 == 1_795_910_400.5)
    }

    @Test func statusAndPatternsAcceptAScalarOrAList() throws {
        let result = T.parse(
            T.plan(target: T.npmTarget + "\n    packages: ui-kit\n    select: {status: Published, versions: '*'}"))
        let target = try #require(result.manifest?.targets.first)
        #expect(target.packages.exactInclusions == ["ui-kit"])
        #expect(target.select?.statuses == [.published])
    }

    @Test func mergeKeysShareSettings() throws {
        let yaml = """
            version: 1
            x-base: &base
              domain: acme
            targets:
              - <<: *base
                name: t
                repository: npm-store
                format: npm
                keep: {latest: 1}
            """
        // x-base is an unknown top-level key: merging works, the stray key is still reported.
        #expect(T.errors(yaml) == ["2:1: unknown key 'x-base' in the top level"])
        let inDefaults = """
            version: 1
            defaults: &base
              domain: acme
              repository: npm-store
            targets:
              - <<: *base
                name: t
                format: npm
                keep: {latest: 1}
            """
        let target = try #require(T.parse(inDefaults).manifest?.targets.first)
        #expect(target.repository.exactInclusions == ["npm-store"])
    }

    @Test func diagnosticsRenderWithCaret() {
        let yaml = "version: 1\ntargets:\n  - name: t\n\tformat: npm\n"
        let source = SourceText(bytes: Array(yaml.utf8))
        let result = ManifestParser.parse(source)
        let text = DiagnosticRenderer(fileName: "p.yaml", source: source).render(result.diagnostics)
        #expect(text.hasPrefix("p.yaml:4:1: error: tab character"))
        #expect(text.hasSuffix("\tformat: npm\n^\n"))
    }
}
