import CodeArtifactModel
import Testing

@Suite("The vocabulary matches the API model")
struct VocabularyTests {
    @Test func formatsAreTheModelsEnum() {
        #expect(PackageFormat.allCases.map(\.rawValue) == APIModel.shape("PackageFormat").values)
    }

    @Test func statusesAreTheModelsEnum() {
        #expect(PackageVersionStatus.allCases.map(\.rawValue) == APIModel.shape("PackageVersionStatus").values)
    }

    @Test func originTypesAreTheModelsEnum() {
        #expect(
            PackageVersionOriginType.allCases.map(\.rawValue) == APIModel.shape("PackageVersionOriginType").values)
    }

    @Test func everyOperationIsOneOfTheModels() {
        for operation in CodeArtifactOperation.allCases {
            #expect(APIModel.operationNames.contains(operation.rawValue), "\(operation)")
        }
    }

    @Test func writesAreTheOperationsThatChangeVersions() {
        let writes = Set(CodeArtifactOperation.allCases.filter(\.isWrite).map(\.rawValue))
        #expect(writes == ["DeletePackageVersions", "DisposePackageVersions", "UpdatePackageVersionsStatus"])
    }

    @Test func namespaceRules() {
        #expect(PackageFormat.allCases.filter(\.requiresNamespace) == [.maven, .generic, .swift])
        #expect(PackageFormat.allCases.filter(\.allowsNamespace) == [.npm, .maven, .generic, .swift])
    }
}
