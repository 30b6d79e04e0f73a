// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "prune",
    platforms: [.macOS(.v15)],  // Mutex (Synchronization) needs macOS 15
    products: [
        .executable(name: "prune", targets: ["prune"]),
        .executable(name: "codeartifact-emulator", targets: ["codeartifact-emulator"]),
        .library(name: "CodeArtifactModel", targets: ["CodeArtifactModel"]),
        .library(name: "PruneManifest", targets: ["PruneManifest"]),
        .library(name: "SigV4", targets: ["SigV4"]),
        .library(name: "Inventory", targets: ["Inventory"]),
        .library(name: "CodeArtifactClient", targets: ["CodeArtifactClient"]),
        .library(name: "PruneEngine", targets: ["PruneEngine"]),
        .library(name: "PruneAWS", targets: ["PruneAWS"]),
        .library(name: "CodeArtifactEmulator", targets: ["CodeArtifactEmulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through AsyncHTTPClient; named here for `AWS_CA_BUNDLE` (trust roots).
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Already in the graph through Hummingbird; the emulator uses it directly for graceful shutdown.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // libyaml from the system (Debian's libyaml-dev), not vendored: the design asks for a C module.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The service's vocabulary, once: formats, statuses, origins, name rules, operations.
        // No dependencies: the manifest, the inventory, the client, the engine and the emulator share it.
        .target(
            name: "CodeArtifactModel"
        ),
        .target(
            name: "PruneManifest",
            dependencies: ["CLibYAML", "CodeArtifactModel"]
        ),
        // Lockfiles and SBOMs named by `keep.listedIn`: the file reading the pure manifest parser
        // does not do, shared by the CLI (validation, exit 65 before the network) and the engine.
        .target(
            name: "KeepLists",
            dependencies: ["PruneManifest", "CodeArtifactModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The signer alone, depending only on crypto, pinned by the official test suite.
        .target(
            name: "SigV4",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // The one byte-level JSON reader, for the fast paths of the inventory and of the client's
        // hot answers (each falls back to its full decoder). No dependencies: a JSON scanner is
        // neither the service's vocabulary nor either side's model.
        .target(
            name: "ByteJSON"
        ),
        // The inventory file: shared by the engine (offline input, `prune inventory`) and the emulator (seed, dump).
        .target(
            name: "Inventory",
            dependencies: ["CodeArtifactModel", "ByteJSON"]
        ),
        .target(
            name: "CodeArtifactClient",
            dependencies: [
                "CodeArtifactModel",
                "ByteJSON",
                "SigV4",
                // SHA-1 names the SSO token cache files, as botocore does.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "PruneEngine",
            dependencies: [
                "PruneManifest", "CodeArtifactModel", "Inventory", "KeepLists",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The engine's ports on the real service (source, writer, inventory export, domain
        // listing, the client's pacer): the only place the engine meets the HTTP client.
        .target(
            name: "PruneAWS",
            dependencies: ["PruneEngine", "PruneManifest", "CodeArtifactModel", "CodeArtifactClient", "Inventory"]
        ),
        .executableTarget(
            name: "prune",
            dependencies: [
                "PruneManifest",
                "PruneEngine",
                "PruneAWS",
                "CodeArtifactModel",
                "KeepLists",
                "CodeArtifactClient",
                "Inventory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CodeArtifactEmulator",
            dependencies: [
                "CodeArtifactModel",
                "SigV4",
                "Inventory",
                // Asset hashes (SHA-256 of name and size).
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // The request context keeps the connection, so a fault can close it unanswered.
                .product(name: "NIOCore", package: "swift-nio"),
                // In-process servers shut down gracefully: idle keep-alive connections close at once.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "codeartifact-emulator",
            dependencies: [
                "CodeArtifactEmulator",
                "CodeArtifactModel",
                "Inventory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PruneManifestTests",
            dependencies: ["TestSupport", "CodeArtifactModel", "PruneManifest"],
            exclude: ["Fixtures"]
        ),
        // What several test targets share: where the package and its built executables are,
        // how to run one, and the test clock. A plain target, so test targets can depend on it.
        .target(
            name: "TestSupport",
            dependencies: ["CodeArtifactModel"],
            path: "Tests/TestSupport"
        ),
        // The `prune` executable as users run it, without a server: validate, schema, help.
        .testTarget(
            name: "PruneCLITests",
            dependencies: ["TestSupport", "prune"]
        ),
        .testTarget(
            name: "CodeArtifactModelTests",
            dependencies: ["CodeArtifactModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KeepListsTests",
            dependencies: [
                "CodeArtifactModel",
                "KeepLists", "PruneEngine", "PruneManifest", "Inventory",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SigV4Tests",
            dependencies: ["SigV4"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ByteJSONTests",
            dependencies: ["ByteJSON"]
        ),
        .testTarget(
            name: "InventoryTests",
            dependencies: ["CodeArtifactModel", "Inventory"]
        ),
        .testTarget(
            name: "CodeArtifactClientTests",
            dependencies: [
                "TestSupport", "CodeArtifactModel",
                "CodeArtifactClient",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "PruneAWSTests",
            dependencies: [
                "TestSupport", "PruneAWS", "PruneEngine", "PruneManifest", "CodeArtifactModel", "CodeArtifactClient",
            ]
        ),
        .testTarget(
            name: "PruneEngineTests",
            dependencies: ["TestSupport", "CodeArtifactModel", "PruneEngine", "PruneManifest", "Inventory"]
        ),
        // The whole flow against the in-process emulator: plan, apply, report, invariants.
        .testTarget(
            name: "PruneIntegrationTests",
            dependencies: [
                "TestSupport", "CodeArtifactModel",
                "PruneEngine", "PruneAWS", "PruneManifest", "Inventory", "CodeArtifactEmulator", "CodeArtifactClient",
                "prune",
                "codeartifact-emulator", .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CodeArtifactEmulatorTests",
            dependencies: [
                "TestSupport", "CodeArtifactModel",
                "CodeArtifactEmulator",
                "codeartifact-emulator",
                "SigV4",
                "Inventory",
                // An HTTP client nobody here wrote, to talk to the emulator over real sockets.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
