// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "prune",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "prune", targets: ["prune"]),
        .library(name: "PruneManifest", targets: ["PruneManifest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // libyaml from the system (Debian's libyaml-dev), not vendored: the design asks for a C module.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "PruneManifest",
            dependencies: ["CLibYAML"]
        ),
        .executableTarget(
            name: "prune",
            dependencies: [
                "PruneManifest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PruneManifestTests",
            dependencies: ["PruneManifest", "prune"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
