import CodeArtifactModel
import Foundation
import Testing

@testable import PruneManifest

@Suite("Scalars, durations, dates and names (docs/spec/manifest.md, Precise rules)")
struct ScalarTests {
    @Test(arguments: ["true", "True", "TRUE"])
    func trueSpellings(_ text: String) {
        #expect(YAMLScalar(text: text, style: .plain).resolved == .bool(true))
    }

    @Test(arguments: ["false", "False", "FALSE"])
    func falseSpellings(_ text: String) {
        #expect(YAMLScalar(text: text, style: .plain).resolved == .bool(false))
    }

    @Test(arguments: ["yes", "no", "on", "off", "y", "tRUE", "2026-11-29"])
    func yaml11ValuesStayStrings(_ text: String) {
        #expect(YAMLScalar(text: text, style: .plain).resolved == .string(text))
    }

    @Test func numbersAndNulls() {
        #expect(YAMLScalar(text: "42", style: .plain).resolved == .int(42))
        #expect(YAMLScalar(text: "0x1F", style: .plain).resolved == .int(31))
        #expect(YAMLScalar(text: "0o17", style: .plain).resolved == .int(15))
        #expect(YAMLScalar(text: "2.5", style: .plain).resolved == .float(2.5))
        #expect(YAMLScalar(text: "1e3", style: .plain).resolved == .float(1000))
        #expect(YAMLScalar(text: "42", style: .quoted).resolved == .string("42"))
        #expect(YAMLScalar(text: "1.0.0", style: .plain).resolved == .string("1.0.0"))
        for null in ["", "~", "null", "Null", "NULL"] {
            #expect(YAMLScalar(text: null, style: .plain).resolved == .null)
        }
        #expect(YAMLScalar(text: "null", style: .quoted).resolved == .string("null"))
    }

    @Test func durations() {
        #expect(RetentionDuration.parse("36h")?.seconds == Int64(36 * 3_600))
        #expect(RetentionDuration.parse("90d")?.seconds == Int64(90 * 86_400))
        #expect(RetentionDuration.parse("2w")?.seconds == Int64(14 * 86_400))
        for bad in ["0d", "90D", "1.5d", "d", "30", "30days", "-1d", " 3d", "3 d", "+3d"] {
            #expect(RetentionDuration.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func durationCeilingIsAHundredYears() {
        #expect(
            TestSupport.errors(TestSupport.plan(target: TestSupport.npmTarget + "\n    select: {olderThan: 36525d}"))
                .isEmpty)
        #expect(
            TestSupport.errors(TestSupport.plan(target: TestSupport.npmTarget + "\n    select: {olderThan: 876600h}"))
                .isEmpty)
        #expect(
            !TestSupport.errors(TestSupport.plan(target: TestSupport.npmTarget + "\n    select: {olderThan: 36526d}"))
                .isEmpty)
        #expect(
            !TestSupport.errors(TestSupport.plan(target: TestSupport.npmTarget + "\n    keep: {newerThan: 5218w}"))
                .isEmpty)
    }

    @Test func durationsMayBeQuoted() {
        let plan = TestSupport.plan(target: TestSupport.npmTarget + "\n    select: {olderThan: \"30d\"}")
        #expect(
            TestSupport.parse(plan).manifest?.targets[0].select?.olderThan == RetentionDuration(count: 30, unit: .days))
    }

    @Test func rfc3339() throws {
        #expect(RFC3339.parse("2026-11-29T00:00:00Z") == Date(timeIntervalSince1970: 1_795_910_400))
        #expect(RFC3339.parse("2026-11-29T01:00:00+01:00") == Date(timeIntervalSince1970: 1_795_910_400))
        #expect(RFC3339.parse("2026-11-28T19:00:00-05:00") == Date(timeIntervalSince1970: 1_795_910_400))
        #expect(RFC3339.parse("2026-11-29t00:00:00.250z") == Date(timeIntervalSince1970: 1_795_910_400.25))
        #expect(RFC3339.parse("2024-02-29T12:00:00Z") != nil)
        for bad in [
            "2026-11-29", "2026-11-29T00:00:00", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-11-29 00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T00:00:00.Z", "2026-11-29T00:00:00+0100",
        ] {
            #expect(RFC3339.parse(bad) == nil, "\(bad)")
        }
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_795_910_400)) == "2026-11-29T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_577_481_261.09)) == "2019-12-27T21:14:21.090Z")
    }

    @Test func regions() {
        for good in ["us-east-1", "us-gov-west-1", "cn-north-1", "ap-southeast-2", "eu-central-1", "eusc-de-east-1"] {
            #expect(NameRules.isRegion(good), "\(good)")
        }
        for bad in ["us-east", "US-EAST-1", "useast1", "us-east-1a", "u-east-1", "us--1", ""] {
            #expect(!NameRules.isRegion(bad), "\(bad)")
        }
    }

    @Test func awsNames() {
        #expect(NameRules.isDomainName("acme"))
        #expect(NameRules.isDomainName("a1"))
        #expect(!NameRules.isDomainName("a"))
        #expect(!NameRules.isDomainName("Acme"))
        #expect(!NameRules.isDomainName("acme-"))
        #expect(!NameRules.isDomainName("1acme"))
        #expect(NameRules.isDomainName(String(repeating: "a", count: 50)))
        #expect(!NameRules.isDomainName(String(repeating: "a", count: 51)))
        #expect(NameRules.isRepositoryName("npm-store"))
        #expect(NameRules.isRepositoryName("My_Repo.v2"))
        #expect(!NameRules.isRepositoryName("x"))
        #expect(!NameRules.isRepositoryName("-repo"))
        #expect(!NameRules.isRepositoryName(String(repeating: "r", count: 101)))
        #expect(NameRules.isAccountId("111122223333"))
        #expect(!NameRules.isAccountId("11112222333"))
        #expect(!NameRules.isAccountId("11112222333x"))
        #expect(NameRules.isPackageName("@weird!name"))
        #expect(!NameRules.isPackageName("a/b"))
        #expect(!NameRules.isPackageName("a#b"))
        #expect(!NameRules.isPackageName("a b"))
        #expect(!NameRules.isPackageName(String(repeating: "p", count: 256)))
        // The ASCII byte scan and the scalar scan must find the same first offender.
        #expect(NameRules.firstNonNameScalar(in: "1.0.0-rc.1+sha.ab") == nil)
        #expect(NameRules.firstNonNameScalar(in: "caf\u{E9}-1") == nil)
        #expect(NameRules.firstNonNameScalar(in: "a#b/c") == "#")
        #expect(NameRules.firstNonNameScalar(in: "\u{E9}/x#") == "/")
        #expect(NameRules.firstNonNameScalar(in: "x\u{A0}y") == "\u{A0}")
        #expect(NameRules.firstNonNameScalar(in: "tab\tx") == "\t")
    }
}
