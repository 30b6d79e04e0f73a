import Foundation
import Inventory
import KeepLists
import Testing

/// Small hand-written files for the corner cases real projects rarely show together:
/// aliases, links, workspaces, git/URL/path sources, extras and markers, several ranges.
@Suite("keep.listedIn: corner cases per reader")
struct ReaderCornerCaseTests {
    typealias World = KeepListWorld

    @Test func npmLockfileVersion1FollowsAliasesAndSkipsGitAndFileSources() async throws {
        let world = try World()
        try world.write(
            "npm-shrinkwrap.json",
            """
            {
              "lockfileVersion": 1,
              "dependencies": {
                "left": { "version": "1.0.0", "resolved": "https://registry.npmjs.org/left/-/left-1.0.0.tgz" },
                "old-ui": { "version": "npm:@acme/ui-kit@2.1.0" },
                "from-git": { "version": "git+https://github.com/acme/x.git#abc", "from": "acme/x" },
                "local": { "version": "file:../local" },
                "tarball": { "version": "3.0.0", "resolved": "https://example.com/tarball.tgz" },
                "outer": {
                  "version": "2.0.0",
                  "dependencies": { "left": { "version": "0.9.0" } }
                }
              }
            }
            """)
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "npm-shrinkwrap.json"),
            [
                World.package(.npm, nil, "left", ["1.0.0", "0.9.0", "0.8.0"]),
                World.package(.npm, "acme", "ui-kit", ["2.1.0", "2.0.0"]),
                World.package(.npm, nil, "old-ui", ["2.1.0"]),
                World.package(.npm, nil, "tarball", ["3.0.0"]),
                World.package(.npm, nil, "outer", ["2.0.0"]),
            ])
        #expect(
            result.listed == [
                "left@1.0.0": "listed in npm-shrinkwrap.json:4", "acme/ui-kit@2.1.0": "listed in npm-shrinkwrap.json:5",
                "outer@2.0.0": "listed in npm-shrinkwrap.json:9", "left@0.9.0": "listed in npm-shrinkwrap.json:11",
            ])
        #expect(result.acted == ["left@0.8.0", "acme/ui-kit@2.0.0", "old-ui@2.1.0", "tarball@3.0.0"])
    }

    @Test func npmLockfileVersion2AliasesUseTheNameField() async throws {
        let world = try World()
        try world.write(
            "package-lock.json",
            """
            {
              "lockfileVersion": 2,
              "packages": {
                "": { "name": "app", "version": "1.0.0" },
                "node_modules/kit": { "name": "@acme/ui-kit", "version": "2.1.0",
                  "resolved": "https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/npm-store/@acme/ui-kit/-/ui-kit-2.1.0.tgz" },
                "node_modules/x": { "version": "1.0.0", "resolved": "git+ssh://git@github.com/acme/x.git#abc" }
              },
              "dependencies": { "kit": { "version": "npm:@acme/ui-kit@2.1.0" } }
            }
            """)
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "package-lock.json"),
            [World.package(.npm, "acme", "ui-kit", ["2.1.0", "2.0.0"]), World.package(.npm, nil, "x", ["1.0.0"])])
        #expect(result.listed == ["acme/ui-kit@2.1.0": "listed in package-lock.json:5"])
        #expect(result.acted == ["acme/ui-kit@2.0.0", "x@1.0.0"])
    }

    @Test func requirementsIgnoreExtrasMarkersHashesAndRangesAndFollowIncludes() async throws {
        let world = try World()
        try world.write(
            "deploy/requirements.txt",
            """
            # production pins
            -r common/requirements-base.txt
            requests[security,socks]==2.31.0 ; python_version >= "3.8" \\
                --hash=sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1
            Django>=4.2,<5
            flask==2.*
            attrs===23.1.0
            ./vendor/local-pkg
            pkg @ https://example.com/pkg-1.0.tar.gz
            -e git+https://github.com/acme/tool.git#egg=tool
            """)
        try world.write("deploy/common/requirements-base.txt", "Zope.Interface == 6.0   # via twisted\n")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "deploy/requirements.txt"),
            [
                World.package(.pypi, nil, "requests", ["2.31.0", "2.30.0"]),
                World.package(.pypi, nil, "django", ["4.2.1"]),
                World.package(.pypi, nil, "flask", ["2.3.0"]),
                World.package(.pypi, nil, "attrs", ["23.1.0"]),
                World.package(.pypi, nil, "zope-interface", ["6.0.0", "5.5"]),
                World.package(.pypi, nil, "pkg", ["1.0"]),
            ])
        #expect(
            result.listed == [
                "requests@2.31.0": "listed in deploy/requirements.txt:3",
                "attrs@23.1.0": "listed in deploy/requirements.txt:7",
                "zope-interface@6.0.0": "listed in deploy/common/requirements-base.txt:1",
            ])
        #expect(result.acted == ["requests@2.30.0", "django@4.2.1", "flask@2.3.0", "zope-interface@5.5", "pkg@1.0"])
        #expect(
            result.keepLists.files.map(\.path) == ["deploy/requirements.txt", "deploy/common/requirements-base.txt"])
    }

    @Test func yarnClassicSharesOneVersionAmongSeveralRangesAndFollowsAliases() async throws {
        let world = try World()
        try world.write(
            "yarn.lock",
            """
            # THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
            # yarn lockfile v1


            "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
              version "7.12.13"
              resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz#dcfc826beef65e75c50e21d3837d7d95798dd658"
              dependencies:
                "@babel/highlight" "^7.12.13"

            "string-width-cjs@npm:string-width@^4.2.0":
              version "4.2.3"
              resolved "https://registry.yarnpkg.com/string-width/-/string-width-4.2.3.tgz#269c7117d27b05ad2e536830a8ec895ef9c6d010"

            "tool@git+https://github.com/acme/tool.git#v1":
              version "1.0.0"
              resolved "git+https://github.com/acme/tool.git#0123456789abcdef"

            local@file:../local:
              version "0.1.0"
            """)
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "yarn.lock"),
            [
                World.package(.npm, "babel", "code-frame", ["7.12.13", "7.12.11"]),
                World.package(.npm, nil, "string-width", ["4.2.3", "5.0.0"]),
                World.package(.npm, nil, "tool", ["1.0.0"]),
                World.package(.npm, nil, "local", ["0.1.0"]),
            ])
        #expect(
            result.listed == [
                "babel/code-frame@7.12.13": "listed in yarn.lock:5", "string-width@4.2.3": "listed in yarn.lock:11",
            ])
        #expect(result.acted == ["babel/code-frame@7.12.11", "string-width@5.0.0", "tool@1.0.0", "local@0.1.0"])
    }

    @Test func yarnBerryWorkspacesPatchesAndAliasesResolveByTheirResolution() async throws {
        let world = try World()
        try world.write(
            "yarn.lock",
            """
            __metadata:
              version: 6
              cacheKey: 8

            "app@workspace:.":
              version: 0.0.0-use.local
              resolution: "app@workspace:."
              languageName: unknown
              linkType: soft

            "resolve@patch:resolve@npm%3A^1.22.1#~builtin<compat/resolve>":
              version: 1.22.1
              resolution: "resolve@patch:resolve@npm%3A1.22.1#~builtin<compat/resolve>::version=1.22.1&hash=c3c19d"
              languageName: node
              linkType: hard

            "strip-ansi-cjs@npm:strip-ansi@^6.0.1":
              version: 6.0.1
              resolution: "strip-ansi@npm:6.0.1"
              languageName: node
              linkType: hard
            """)
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "yarn.lock"),
            [
                World.package(.npm, nil, "app", ["0.0.0-use.local"]),
                World.package(.npm, nil, "resolve", ["1.22.1"]),
                World.package(.npm, nil, "strip-ansi", ["6.0.1", "7.0.0"]),
            ])
        #expect(result.listed == ["strip-ansi@6.0.1": "listed in yarn.lock:17"])
        #expect(result.acted == ["app@0.0.0-use.local", "resolve@1.22.1", "strip-ansi@7.0.0"])
    }

    @Test func pnpmLockKeysOfEveryVersionNameTheirPackage() async throws {
        let world = try World()
        try world.write(
            "v9/pnpm-lock.yaml",
            """
            lockfileVersion: '9.0'

            packages:

              '@acme/ui-kit@2.1.0':
                resolution: {integrity: sha512-abc}

              react-dom@18.2.0(react@18.2.0):
                resolution: {integrity: sha512-def}

              tool@https://codeload.github.com/acme/tool/tar.gz/0123:
                resolution: {tarball: https://codeload.github.com/acme/tool/tar.gz/0123}
                version: 1.0.0

              local@file:packages/local:
                resolution: {directory: packages/local, type: directory}
            """)
        try world.write(
            "v5/pnpm-lock.yaml",
            """
            lockfileVersion: 5.4

            packages:

              /left-pad/1.3.0:
                resolution: {integrity: sha512-xyz}
                dev: false

              /react-dom/18.1.0_react@18.1.0:
                resolution: {integrity: sha512-uvw}
            """)
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "\"*/pnpm-lock.yaml\""),
            [
                World.package(.npm, "acme", "ui-kit", ["2.1.0", "2.0.0"]),
                World.package(.npm, nil, "react-dom", ["18.2.0", "18.1.0", "18.0.0"]),
                World.package(.npm, nil, "tool", ["1.0.0"]),
                World.package(.npm, nil, "local", ["0.1.0"]),
                World.package(.npm, nil, "left-pad", ["1.3.0"]),
            ])
        #expect(
            result.listed == [
                "acme/ui-kit@2.1.0": "listed in v9/pnpm-lock.yaml:5",
                "react-dom@18.2.0": "listed in v9/pnpm-lock.yaml:8",
                "left-pad@1.3.0": "listed in v5/pnpm-lock.yaml:5", "react-dom@18.1.0": "listed in v5/pnpm-lock.yaml:9",
            ])
        #expect(result.acted == ["acme/ui-kit@2.0.0", "react-dom@18.0.0", "tool@1.0.0", "local@0.1.0"])
    }

    @Test func poetryAndUVLocksSkipGitPathAndWorkspaceSources() async throws {
        let world = try World()
        try world.write(
            "poetry.lock",
            """
            # This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

            [[package]]
            name = "certifi"
            version = "2024.2.2"
            description = "Python package for providing Mozilla's CA Bundle."
            optional = false
            python-versions = ">=3.6"
            files = [
                {file = "certifi-2024.2.2-py3-none-any.whl", hash = "sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1"},
            ]

            [[package]]
            name = "tool"
            version = "1.0.0"
            description = ""
            optional = false
            python-versions = "*"
            files = []

            [package.source]
            type = "git"
            url = "https://github.com/acme/tool.git"
            reference = "HEAD"
            resolved_reference = "0123456789abcdef"

            [[package]]
            name = "internal-lib"
            version = "3.1"
            description = ""
            optional = false
            python-versions = "*"
            files = []

            [package.source]
            type = "legacy"
            url = "https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/pypi-store/simple"
            reference = "codeartifact"

            [metadata]
            lock-version = "2.0"
            python-versions = "^3.11"
            content-hash = "abc"
            """)
        try world.write(
            "uv.lock",
            """
            version = 1
            requires-python = ">=3.12"

            [[package]]
            name = "app"
            version = "0.1.0"
            source = { editable = "." }
            dependencies = [
                { name = "idna" },
            ]

            [[package]]
            name = "idna"
            version = "3.7"
            source = { registry = "https://pypi.org/simple" }
            sdist = { url = "https://files.pythonhosted.org/packages/idna-3.7.tar.gz", hash = "sha256:028ff3aadf0609c1fd278d8ea3089299412a7a8b9bd005dd08b9f8285bcb5cfc", size = 189575 }

            [[package]]
            name = "vendored"
            version = "2.0"
            source = { git = "https://github.com/acme/vendored?rev=v2#0123" }
            """)
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "[poetry.lock, uv.lock]"),
            [
                World.package(.pypi, nil, "certifi", ["2024.2.2", "2024.1.1"]),
                World.package(.pypi, nil, "tool", ["1.0.0"]),
                World.package(.pypi, nil, "internal-lib", ["3.1.0"]),
                World.package(.pypi, nil, "idna", ["3.7", "3.6"]),
                World.package(.pypi, nil, "app", ["0.1.0"]),
                World.package(.pypi, nil, "vendored", ["2.0"]),
            ])
        #expect(
            result.listed == [
                "certifi@2024.2.2": "listed in poetry.lock:3", "internal-lib@3.1.0": "listed in poetry.lock:27",
                "idna@3.7": "listed in uv.lock:12",
            ])
        #expect(result.acted == ["certifi@2024.1.1", "tool@1.0.0", "idna@3.6", "app@0.1.0", "vendored@2.0"])
    }

    @Test func pipfileNuGetAndSwiftLocks() async throws {
        let world = try World()
        try world.write(
            "Pipfile.lock",
            """
            {
                "_meta": {"hash": {"sha256": "abc"}, "pipfile-spec": 6, "requires": {}, "sources": []},
                "default": {
                    "requests": {"hashes": [], "index": "pypi", "version": "==2.31.0"},
                    "tool": {"editable": true, "git": "https://github.com/acme/tool.git", "ref": "0123"}
                },
                "develop": {
                    "pytest": {"hashes": [], "version": "==8.0.0"}
                }
            }
            """)
        try world.write(
            "src/App/packages.lock.json",
            """
            {
              "version": 1,
              "dependencies": {
                "net8.0": {
                  "Newtonsoft.Json": {
                    "type": "Direct",
                    "requested": "[13.0.1, )",
                    "resolved": "13.0.1",
                    "contentHash": "abc"
                  },
                  "Acme.Core": {
                    "type": "Project"
                  }
                }
              }
            }
            """)
        try world.write(
            "Package.resolved",
            """
            {
              "originHash" : "abc",
              "pins" : [
                {
                  "identity" : "acme.networking",
                  "kind" : "registry",
                  "location" : "",
                  "state" : {
                    "version" : "1.2.0"
                  }
                },
                {
                  "identity" : "swift-nio",
                  "kind" : "remoteSourceControl",
                  "location" : "https://github.com/apple/swift-nio.git",
                  "state" : {
                    "revision" : "0123",
                    "version" : "2.65.0"
                  }
                }
              ],
              "version" : 3
            }
            """)
        let pypi = try await world.plan(
            World.manifest(format: .pypi, listedIn: "Pipfile.lock"),
            [
                World.package(.pypi, nil, "requests", ["2.31.0", "2.30.0"]), World.package(.pypi, nil, "tool", ["1.0"]),
                World.package(.pypi, nil, "pytest", ["8.0.0"]),
            ])
        #expect(
            pypi.listed == ["requests@2.31.0": "listed in Pipfile.lock:4", "pytest@8.0.0": "listed in Pipfile.lock:8"])
        let nuget = try await world.plan(
            World.manifest(format: .nuget, listedIn: "\"src/**/packages.lock.json\""),
            [
                World.package(.nuget, nil, "newtonsoft.json", ["13.0.1.0", "13.0.0"]),
                World.package(.nuget, nil, "Acme.Core", ["1.0.0"]),
            ])
        #expect(nuget.listed == ["newtonsoft.json@13.0.1.0": "listed in src/App/packages.lock.json:5"])
        #expect(nuget.acted == ["newtonsoft.json@13.0.0", "Acme.Core@1.0.0"])
        let swift = try await world.plan(
            World.manifest(format: .swift, listedIn: "Package.resolved", namespace: "*"),
            [
                World.package(.swift, "acme", "networking", ["1.2.0", "1.1.0"]),
                World.package(.swift, "apple", "swift-nio", ["2.65.0"]),
            ])
        #expect(swift.listed == ["acme/networking@1.2.0": "listed in Package.resolved:4"])
        #expect(swift.acted == ["acme/networking@1.1.0", "apple/swift-nio@2.65.0"])
    }

    @Test func purlListsDecodePercentEscapesAndIgnoreQualifiers() async throws {
        let world = try World()
        try world.write(
            "deployed.purls",
            """
            # what production runs
            pkg:npm/%40acme/ui-kit@1.2.3
            pkg:maven/com.acme/core@4.0.0?type=jar   # the server
            pkg:pypi/Django@4.2.1
            pkg:generic/acme/firmware@2024.1#bin/x
            """)
        let npm = try await world.plan(
            World.manifest(format: .npm, listedIn: "deployed.purls"),
            [World.package(.npm, "acme", "ui-kit", ["1.2.3", "1.2.2"])])
        #expect(npm.listed == ["acme/ui-kit@1.2.3": "listed in deployed.purls:2"])
        let maven = try await world.plan(
            World.manifest(format: .maven, listedIn: "deployed.purls", namespace: "com.acme"),
            [World.package(.maven, "com.acme", "core", ["4.0.0", "3.0.0"])])
        #expect(maven.listed == ["com.acme/core@4.0.0": "listed in deployed.purls:3"])
        let generic = try await world.plan(
            World.manifest(format: .generic, listedIn: "deployed.purls", namespace: "acme"),
            [World.package(.generic, "acme", "firmware", ["2024.1", "2023.9"])])
        #expect(generic.listed == ["acme/firmware@2024.1": "listed in deployed.purls:5"])
    }

    @Test func doubleStarCrossesDirectoriesButNotSymbolicLinkLoops() async throws {
        let world = try World()
        try world.write(
            "services/a/deploy/Cargo.lock",
            "[[package]]\nname = \"serde\"\nversion = \"1.0.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"
        )
        try world.write(
            "Cargo.lock",
            "[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\nsource = \"sparse+https://index.crates.io/\"\n")
        try FileManager.default.createSymbolicLink(
            atPath: world.directory.appendingPathComponent("services/a/loop").path,
            withDestinationPath: world.directory.appendingPathComponent("services").path)
        let result = try await world.plan(
            World.manifest(format: .cargo, listedIn: "\"**/Cargo.lock\""),
            [World.package(.cargo, nil, "serde", ["1.0.1", "1.0.0", "0.9.0"])])
        #expect(
            result.listed == [
                "serde@1.0.1": "listed in services/a/deploy/Cargo.lock:1", "serde@1.0.0": "listed in Cargo.lock:1",
            ])
        #expect(result.acted == ["serde@0.9.0"])
    }
}
