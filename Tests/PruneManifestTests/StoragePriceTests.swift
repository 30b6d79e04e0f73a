import Testing

@testable import PruneManifest

/// `settings.storagePrice`: USD per GB-month, a number greater than 0, default 0.05; and the
/// ListPackageVersionAssets rate limit (a read, 200/s by default).
@Suite("settings.storagePrice")
struct StoragePriceTests {
    typealias T = TestSupport

    @Test func defaultsAndExplicitValue() throws {
        #expect(Settings().storagePrice == 0.05)
        let result = T.parse(T.plan(target: T.npmTarget, settings: "  storagePrice: 0.023"))
        #expect(result.manifest?.settings.storagePrice == 0.023)
        let whole = T.parse(T.plan(target: T.npmTarget, settings: "  storagePrice: 1"))
        #expect(whole.manifest?.settings.storagePrice == 1)
    }

    @Test(arguments: ["0", "-0.05", "'0.05'", "cheap", ".nan"])
    func invalidPrices(_ value: String) {
        let errors = T.errors(T.plan(target: T.npmTarget, settings: "  storagePrice: \(value)"))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("settings.storagePrice") == true, "\(errors)")
    }

    @Test func assetsRateLimit() throws {
        #expect(Settings().rateLimit(for: .operation(.listPackageVersionAssets)) == 200)
        let result = T.parse(
            T.plan(target: T.npmTarget, settings: "  rateLimits:\n    ListPackageVersionAssets: 50"))
        #expect(result.manifest?.settings.rateLimit(for: .operation(.listPackageVersionAssets)) == 50)
    }

    @Test func schemaDescribesIt() throws {
        let settings = ManifestSchema.settings()["properties"] as? [String: Any]
        let price = settings?["storagePrice"] as? [String: Any]
        #expect(price?["type"] as? String == "number")
        #expect(price?["exclusiveMinimum"] as? Int == 0)
    }
}
