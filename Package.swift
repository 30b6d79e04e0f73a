// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "prune",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "prune", targets: ["prune"]),
        .library(name: "PruneManifest", targets: ["PruneManifest"]),
        .library(name: "SigV4", targets: ["SigV4"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        // The signer alone, depending only on crypto, pinned by the official test suite.
        .target(
            name: "SigV4",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
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
        .testTarget(
            name: "SigV4Tests",
            dependencies: ["SigV4"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
