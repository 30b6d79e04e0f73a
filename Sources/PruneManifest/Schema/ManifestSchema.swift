import CodeArtifactModel
import Foundation

/// The JSON Schema (draft-07, the newest yaml-language-server reads) of manifest
/// version 1, built from the same enumerations, limits and name rules as the validator.
///
/// What a schema cannot say is left to `prune validate`: inheritance from `defaults`
/// (so `domain`, `repository` and `format` are not required in a target here), glob and
/// regular-expression syntax, repository globs that can never match, and durations' 100-year
/// ceiling.
public enum ManifestSchema {
    /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
    public static func json() -> String {
        let data = try! JSONSerialization.data(
            withJSONObject: document(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func document() -> [String: Any] {
        [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": "https://github.com/prune-codeartifact/prune/schema/prune-manifest.schema.json",
            "title": "prune plan manifest, version 1",
            "description": "Which CodeArtifact package versions may go, and what to do with them. See the README.",
            "type": "object",
            "additionalProperties": false,
            "required": ["version", "targets"],
            "properties": [
                "version": ["description": "Manifest format version; always 1.", "const": 1],
                "defaults": defaults(),
                "settings": settings(),
                "targets": [
                    "description": "What to prune; at least one target.",
                    "type": "array", "minItems": 1, "items": ["$ref": "#/definitions/target"],
                ] as [String: Any],
            ] as [String: Any],
            "definitions": definitions(),
        ]
    }

    static func inheritableProperties() -> [String: Any] {
        [
            "domain": [
                "description": "CodeArtifact domain name.", "type": "string", "minLength": 2, "maxLength": 50,
                "pattern": "^[a-z][a-z0-9\\-]{0,48}[a-z0-9]$",
            ] as [String: Any],
            "domainOwner": [
                "description": "AWS account id owning the domain: 12 digits, always quoted.", "type": "string",
                "pattern": "^[0-9]{12}$",
            ] as [String: Any],
            "region": [
                "description": "AWS region (else --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's).",
                "type": "string", "pattern": "^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$",
            ] as [String: Any],
            "repository": [
                "description":
                    "Repository name, or patterns matching the domain's repositories (\"npm-*\", [\"team-*\", \"!team-legacy\"], /regex/). A name without wildcards is exact.",
                "oneOf": [
                    ["$ref": "#/definitions/repositoryPattern"],
                    ["type": "array", "minItems": 1, "items": ["$ref": "#/definitions/repositoryPattern"]]
                        as [String: Any],
                ],
            ] as [String: Any],
            "format": [
                "description": "Package format.", "enum": PackageFormat.allCases.map(\.rawValue),
            ] as [String: Any],
            "namespace": [
                "$ref": "#/definitions/patternList",
                "description":
                    "Namespace patterns (Maven groupId, npm scope without '@', Swift scope, generic namespace). Required for maven, swift, generic; forbidden for pypi, nuget, ruby, cargo. \"*\" matches every namespace and none.",
            ] as [String: Any],
            "action": [
                "description": "What to do with selected versions (default delete).",
                "enum": TargetAction.allCases.map(\.rawValue),
            ] as [String: Any],
            "allowEmptyPackage": [
                "description":
                    "Allow the plan to leave a package with no Published or Unlisted version (default false).",
                "type": "boolean",
            ] as [String: Any],
        ]
    }

    static func defaults() -> [String: Any] {
        [
            "description": "Values every target inherits unless it sets them itself.",
            "type": "object", "additionalProperties": false, "properties": inheritableProperties(),
        ]
    }

    static func settings() -> [String: Any] {
        var rateLimits: [String: Any] = [:]
        for key in RateLimitKey.allCases {
            let isWriteOperation: Bool
            if case .operation(let operation) = key {
                isWriteOperation = operation.isWrite
            } else {
                isWriteOperation = false
            }
            let fallback = isWriteOperation ? "the writes budget" : "\(Int(key.defaultRate))"
            rateLimits[key.rawValue] =
                [
                    "description": "Requests per second (default \(fallback)).", "type": "number",
                    "exclusiveMinimum": 0,
                ] as [String: Any]
        }
        return [
            "description": "Run-wide settings.",
            "type": "object", "additionalProperties": false,
            "properties": [
                "concurrency": [
                    "description": "Most requests in flight (default \(Settings.defaultConcurrency)).",
                    "type": "integer", "minimum": 1, "maximum": Settings.maximumConcurrency,
                ] as [String: Any],
                "rateLimits": [
                    "description": "Client-side budgets per operation, or for all reads/writes together.",
                    "type": "object", "additionalProperties": false, "properties": rateLimits,
                ] as [String: Any],
                "maxDeletions": [
                    "description":
                        "Refuse the whole run if it would delete or dispose more versions (default \(Settings.defaultMaxDeletions)).",
                    "type": "integer", "minimum": 0,
                ] as [String: Any],
                "storagePrice": [
                    "description":
                        "USD per GB-month (decimal GB, 10^9 bytes, as AWS bills) for the '≈ $X/month' of `--sizes` (default \(Settings.defaultStoragePrice)).",
                    "type": "number", "exclusiveMinimum": 0,
                ] as [String: Any],
                "now": [
                    "description": "Fixed 'now' for age rules: an RFC 3339 date-time with a zone.",
                    "type": "string",
                    "pattern":
                        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    static func definitions() -> [String: Any] {
        var targetProperties = inheritableProperties()
        targetProperties["name"] =
            [
                "description": "Unique name; appears in previews, reports and traces.", "type": "string",
                "minLength": 1,
                "maxLength": 128,
            ] as [String: Any]
        targetProperties["packages"] =
            [
                "$ref": "#/definitions/patternList",
                "description": "Package name patterns (default: every package). A leading '!' excludes.",
            ] as [String: Any]
        targetProperties["select"] = ["$ref": "#/definitions/select"]
        targetProperties["keep"] = ["$ref": "#/definitions/keep"]
        let forbidden = PackageFormat.allCases.filter { $0.namespaceRule == .forbidden }.map(\.rawValue)
        return [
            "target": [
                "type": "object", "additionalProperties": false, "required": ["name"],
                "properties": targetProperties,
                "if": ["required": ["format"], "properties": ["format": ["enum": forbidden]]] as [String: Any],
                "then": ["not": ["required": ["namespace"]]],
            ] as [String: Any],
            "select": [
                "description": "Which versions are candidates: every given condition must hold.",
                "type": "object", "additionalProperties": false,
                "properties": [
                    "versions": ["$ref": "#/definitions/patternList", "description": "Version patterns."],
                    "status": [
                        "description": "Statuses (default: every status but Deleted).",
                        "oneOf": [
                            ["$ref": "#/definitions/status"],
                            ["type": "array", "minItems": 1, "items": ["$ref": "#/definitions/status"]]
                                as [String: Any],
                        ],
                    ] as [String: Any],
                    "origin": [
                        "description": "internal (INTERNAL), external (EXTERNAL) or any (default).",
                        "enum": OriginFilter.allCases.map(\.rawValue),
                    ] as [String: Any],
                    "olderThan": [
                        "$ref": "#/definitions/duration",
                        "description": "Only versions published longer ago than this.",
                    ],
                ] as [String: Any],
            ] as [String: Any],
            "keep": [
                "description": "Which versions are protected: any one condition keeps a version; keep beats select.",
                "type": "object", "additionalProperties": false,
                "properties": [
                    "latest": [
                        "description":
                            "Keep the N newest versions matching the target's version, status and origin filters.",
                        "type": "integer", "minimum": 1, "maximum": Protection.maximumLatest,
                    ] as [String: Any],
                    "order": [
                        "description": "published (default): by publish time; version: by the format's version order.",
                        "enum": KeepOrder.allCases.map(\.rawValue),
                    ] as [String: Any],
                    "newerThan": ["$ref": "#/definitions/duration", "description": "Keep versions newer than this."],
                    "versions": ["$ref": "#/definitions/patternList", "description": "Keep versions matching these."],
                    "listedIn": [
                        "description":
                            "Keep versions named in these lockfiles and SBOMs: paths or globs relative to the plan's directory (* and ? within a directory, ** across).",
                        "oneOf": [
                            ["type": "string", "minLength": 1],
                            ["type": "array", "minItems": 1, "items": ["type": "string", "minLength": 1]]
                                as [String: Any],
                        ],
                    ] as [String: Any],
                ] as [String: Any],
            ] as [String: Any],
            "status": ["enum": PackageVersionStatus.selectable.map(\.rawValue)],
            "duration": [
                "description": "An integer ≥ 1 and h, d or w: 36h, 90d, 2w.", "type": "string",
                "pattern": "^[1-9][0-9]*[hdw]$",
            ] as [String: Any],
            "pattern": [
                "description":
                    "A glob (*, ?, [...], \\ escapes) or /regex/ matching the whole name; a leading '!' excludes.",
                "type": "string", "minLength": 1,
            ] as [String: Any],
            // An exact name (the API's RepositoryName), a glob with a wildcard and no whitespace,
            // '#' or '/' (prune validate checks its other characters), or a /regex/; each may start with '!'.
            "repositoryPattern": [
                "description":
                    "A repository name, a glob (*, ?, [...]) or /regex/ matching whole names; a leading '!' excludes.",
                "type": "string",
                "pattern": "^!?(/.+/|[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}|(?=[^\\s#/]*[*?\\[\\\\])[^\\s#/]+)$",
            ] as [String: Any],
            "patternList": [
                "oneOf": [
                    ["$ref": "#/definitions/pattern"],
                    ["type": "array", "minItems": 1, "items": ["$ref": "#/definitions/pattern"]] as [String: Any],
                ]
            ],
        ]
    }
}
