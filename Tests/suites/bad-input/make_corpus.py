#!/usr/bin/env python3
"""Writes the bad-input corpus of saved plans and inventories (committed; rerun to refresh).

    python3 Tests/suites/bad-input/make_corpus.py

Each file breaks one thing in a valid base document (`valid/plan.json`, `valid/inventory.json`).
`expected.json` maps every file to the text its error must name: the JSON path of the bad
value, or for files that are not JSON at all, the location words the parser gives. The
50 MB files are generated at test time by test_bad_input.py, not here.
"""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
PLANS = HERE / "plans"
INVENTORIES = HERE / "inventories"
VALID = HERE / "valid"

COORDS = {
    "region": "us-east-1", "domain": "acme", "domainOwner": "111122223333", "repository": "npm-store",
    "format": "npm", "namespace": "acme", "package": "ui-kit",
}

BASE_PLAN = {
    "planVersion": 1,
    "manifest": {"path": "examples/npm-prereleases.yaml", "sha256": "0" * 64},
    "createdAt": "2026-11-29T01:00:00Z",
    "now": "2026-11-29T01:00:00Z",
    "settings": {"concurrency": 4, "maxDeletions": 100,
                 "rateLimits": {"DeletePackageVersions": 100, "writes": 100, "reads": 800}},
    "summary": {"packages": 1, "versions": 3, "act": 2, "keep": 1, "deletions": 2, "byAction": {"delete": 2}},
    "warnings": [],
    "actions": [
        {**COORDS, "version": "2.0.0-beta.1", "action": "delete", "status": "Published", "revision": "Zm9vYmFy",
         "target": "npm-prereleases", "reason": "select.versions '*-beta*' matched; not among keep.latest 5"},
        {**COORDS, "version": "2.0.0-beta.2", "action": "delete", "status": "Unlisted", "revision": "YmFyYmF6",
         "target": "npm-prereleases", "reason": "select.versions '*-beta*' matched; not among keep.latest 5"},
    ],
    "kept": [
        {**COORDS, "version": "2.0.0", "status": "Published", "revision": "cXV4cXV4", "target": "npm-prereleases",
         "reason": "select.versions did not match"},
    ],
}

BASE_INVENTORY = {
    "inventoryVersion": 1,
    "domains": [
        {"name": "acme", "owner": "111122223333", "repositories": [
            {"name": "npm-store", "packages": [
                {"format": "npm", "namespace": "acme", "name": "ui-kit", "versions": [
                    {"version": "2.0.0-beta.1", "status": "Published", "revision": "Zm9vYmFy",
                     "publishedTime": "2026-01-01T00:00:00Z", "origin": "INTERNAL"},
                    {"version": "2.0.0", "status": "Published", "revision": "cXV4cXV4",
                     "publishedTime": "2026-02-01T00:00:00.250Z", "origin": "INTERNAL"},
                ]},
                {"format": "npm", "name": "left-pad", "versions": [
                    {"version": "1.3.0", "status": "Archived", "revision": "bGVmdA",
                     "publishedTime": "2025-06-01T12:00:00Z", "origin": "EXTERNAL"},
                ]},
            ]},
        ]},
    ],
}


def dumps(document):
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def mutate(base, path, value=None, delete=False):
    """A copy of `base` with the value at `path` (a list of keys/indices) replaced or deleted."""
    document = copy.deepcopy(base)
    node = document
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return document


def plan_cases():
    """(name, bytes, the text the error must contain)."""
    a0 = ["actions", 0]
    cases = [
        # JSON syntax
        ("syntax-trailing-comma", dumps(BASE_PLAN).replace(b'"warnings": []', b'"warnings": [],,'), "line"),
        ("syntax-single-quotes", dumps(BASE_PLAN).replace(b'"planVersion": 1', b"'planVersion': 1"), "line"),
        ("syntax-unquoted-key", dumps(BASE_PLAN).replace(b'"summary"', b"summary"), "line"),
        ("syntax-missing-colon", dumps(BASE_PLAN).replace(b'"now": ', b'"now" '), "line"),
        ("syntax-comment", b"// saved by prune\n" + dumps(BASE_PLAN), "line"),
        ("syntax-nan", dumps(BASE_PLAN).replace(b'"maxDeletions": 100', b'"maxDeletions": NaN'), "line"),
        ("syntax-unterminated-string", dumps(BASE_PLAN).replace(b'"ui-kit"', b'"ui-kit', 1), "line"),
        ("syntax-two-documents", dumps(BASE_PLAN) + dumps(BASE_PLAN), "line"),
        ("truncated-half", dumps(BASE_PLAN)[: len(dumps(BASE_PLAN)) // 2], "line"),
        ("truncated-after-open-brace", b'{"planVersion": 1, "actions": [', "line"),
        ("truncated-in-escape", dumps(BASE_PLAN)[:200] + b'"\\u00', "line"),
        ("empty-file", b"", "line"),
        ("whitespace-only", b"   \n\t\n", "line"),
        ("invalid-utf8-in-string", dumps(BASE_PLAN).replace(b"ui-kit", b"ui-\xff\xfekit", 1), "line"),
        ("invalid-utf8-overlong", dumps(BASE_PLAN).replace(b"npm-prereleases", b"npm-\xc0\xafprereleases", 1),
         "line"),
        ("utf16-bom", "\ufeff".encode("utf-16-le") + json.dumps(BASE_PLAN).encode("utf-16-le"), "line"),
        ("binary-junk", bytes((i * 37 + 11) % 256 for i in range(4096)), "line"),
        ("binary-nul-bytes", b'{"planVersion": 1,\x00\x00\x00 "actions": []}', "line"),
        # top level and version
        ("top-level-array", dumps([BASE_PLAN]), "(top level)"),
        ("plan-version-2", dumps(mutate(BASE_PLAN, ["planVersion"], 2)), "planVersion"),
        ("plan-version-0", dumps(mutate(BASE_PLAN, ["planVersion"], 0)), "planVersion"),
        ("plan-version-string", dumps(mutate(BASE_PLAN, ["planVersion"], "1")), "planVersion"),
        ("plan-version-null", dumps(mutate(BASE_PLAN, ["planVersion"], None)), "planVersion"),
        ("plan-version-float", dumps(mutate(BASE_PLAN, ["planVersion"], 1.5)), "planVersion"),
        # missing keys
        ("missing-actions", dumps(mutate(BASE_PLAN, ["actions"], delete=True)), "actions"),
        ("missing-settings", dumps(mutate(BASE_PLAN, ["settings"], delete=True)), "settings"),
        ("missing-manifest", dumps(mutate(BASE_PLAN, ["manifest"], delete=True)), "manifest"),
        ("missing-action-version", dumps(mutate(BASE_PLAN, a0 + ["version"], delete=True)), "actions[0].version"),
        ("missing-action-status", dumps(mutate(BASE_PLAN, a0 + ["status"], delete=True)), "actions[0].status"),
        ("missing-action-domain", dumps(mutate(BASE_PLAN, a0 + ["domain"], delete=True)), "actions[0].domain"),
        ("missing-action-format", dumps(mutate(BASE_PLAN, a0 + ["format"], delete=True)), "actions[0].format"),
        ("missing-action-package", dumps(mutate(BASE_PLAN, ["actions", 1, "package"], delete=True)),
         "actions[1].package"),
        ("missing-settings-concurrency", dumps(mutate(BASE_PLAN, ["settings", "concurrency"], delete=True)),
         "settings.concurrency"),
        # wrong types
        ("type-actions-object", dumps(mutate(BASE_PLAN, ["actions"], {"0": BASE_PLAN["actions"][0]})), "actions"),
        ("type-action-entry-string", dumps(mutate(BASE_PLAN, a0, "delete ui-kit 2.0.0-beta.1")), "actions[0]"),
        ("type-version-number", dumps(mutate(BASE_PLAN, a0 + ["version"], 2.0)), "actions[0].version"),
        ("type-concurrency-string", dumps(mutate(BASE_PLAN, ["settings", "concurrency"], "4")),
         "settings.concurrency"),
        ("type-max-deletions-float", dumps(mutate(BASE_PLAN, ["settings", "maxDeletions"], 10.5)),
         "settings.maxDeletions"),
        ("type-rate-limit-string", dumps(mutate(BASE_PLAN, ["settings", "rateLimits", "writes"], "100/s")),
         "settings.rateLimits.writes"),
        ("type-warnings-string", dumps(mutate(BASE_PLAN, ["warnings"], "none")), "warnings"),
        ("type-namespace-array", dumps(mutate(BASE_PLAN, a0 + ["namespace"], ["acme"])), "actions[0].namespace"),
        ("type-revision-number", dumps(mutate(BASE_PLAN, a0 + ["revision"], 12345)), "actions[0].revision"),
        # bad enums
        ("bad-status-gone", dumps(mutate(BASE_PLAN, a0 + ["status"], "Gone")), "actions[0].status"),
        ("bad-status-lowercase", dumps(mutate(BASE_PLAN, ["actions", 1, "status"], "published")),
         "actions[1].status"),
        ("bad-action-purge", dumps(mutate(BASE_PLAN, a0 + ["action"], "purge")), "actions[0].action"),
        ("bad-format-docker", dumps(mutate(BASE_PLAN, a0 + ["format"], "docker")), "actions[0].format"),
        ("bad-origin", dumps(mutate(BASE_PLAN, a0 + ["origin"], "SOMEWHERE")), "actions[0].origin"),
        ("bad-kept-status", dumps(mutate(BASE_PLAN, ["kept", 0, "status"], "Removed")), "kept[0].status"),
        # well-formed JSON, values no manifest could have produced
        ("value-concurrency-zero", dumps(mutate(BASE_PLAN, ["settings", "concurrency"], 0)), "settings.concurrency"),
        ("value-max-deletions-negative", dumps(mutate(BASE_PLAN, ["settings", "maxDeletions"], -1)),
         "settings.maxDeletions"),
        ("value-rate-limit-zero", dumps(mutate(BASE_PLAN, ["settings", "rateLimits", "writes"], 0)),
         "settings.rateLimits.writes"),
        ("value-rate-limit-negative", dumps(mutate(BASE_PLAN, ["settings", "rateLimits", "reads"], -5)),
         "settings.rateLimits.reads"),
        ("value-domain-invalid", dumps(mutate(BASE_PLAN, a0 + ["domain"], "ACME Corp")), "actions[0].domain"),
        ("value-domain-owner-short", dumps(mutate(BASE_PLAN, a0 + ["domainOwner"], "1234")),
         "actions[0].domainOwner"),
        ("value-version-whitespace", dumps(mutate(BASE_PLAN, a0 + ["version"], "2.0.0 beta")), "actions[0].version"),
        ("value-version-empty", dumps(mutate(BASE_PLAN, ["actions", 1, "version"], "")), "actions[1].version"),
        ("value-namespace-for-pypi", dumps(mutate(mutate(BASE_PLAN, a0 + ["format"], "pypi"), a0 + ["package"],
                                                  "acme-ui")), "actions[0].namespace"),
        ("value-action-null", dumps(mutate(BASE_PLAN, a0 + ["action"], None)), "actions[0].action"),
        ("value-action-missing", dumps(mutate(BASE_PLAN, a0 + ["action"], delete=True)), "actions[0].action"),
        ("value-status-deleted", dumps(mutate(BASE_PLAN, a0 + ["status"], "Deleted")), "actions[0].status"),
        ("value-duplicate-action", dumps(mutate(BASE_PLAN, ["actions", 1], BASE_PLAN["actions"][0])), "actions[1]"),
        ("value-region-invalid", dumps(mutate(BASE_PLAN, a0 + ["region"], "mars")), "actions[0].region"),
    ]
    return cases


def inventory_cases():
    v0 = ["domains", 0, "repositories", 0, "packages", 0, "versions", 0]
    p0 = ["domains", 0, "repositories", 0, "packages", 0]
    p1 = ["domains", 0, "repositories", 0, "packages", 1]
    r0 = ["domains", 0, "repositories", 0]
    text = dumps(BASE_INVENTORY)

    def path(keys):
        out = ""
        for key in keys:
            out += f"[{key}]" if isinstance(key, int) else ("." if out else "") + key
        return out

    cases = [
        ("syntax-trailing-comma", text.replace(b'"origin": "EXTERNAL"', b'"origin": "EXTERNAL",'), "line"),
        ("syntax-single-quotes", text.replace(b'"inventoryVersion"', b"'inventoryVersion'"), "line"),
        ("syntax-missing-bracket", text.replace(b"]", b"", 1), "line"),
        ("syntax-comment", text.replace(b'"domains"', b'/* prod */ "domains"'), "line"),
        ("syntax-infinity", text.replace(b'"inventoryVersion": 1', b'"inventoryVersion": Infinity'), "line"),
        ("syntax-bare-word", text.replace(b'"Archived"', b"Archived"), "line"),
        ("truncated-half", text[: len(text) // 2], "line"),
        ("truncated-one-byte", text[:1], "line"),
        ("truncated-last-brace", text.rstrip()[:-1], "line"),
        ("empty-file", b"", "line"),
        ("invalid-utf8-in-name", text.replace(b"left-pad", b"left-\xe2\x28\xa1pad"), "line"),
        ("invalid-utf8-lone-continuation", text.replace(b"ui-kit", b"ui\x80kit"), "line"),
        ("binary-junk", bytes((i * 131 + 7) % 256 for i in range(8192)), "line"),
        ("binary-gzip-header", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(200)), "line"),
        ("top-level-array", dumps(BASE_INVENTORY["domains"]), "expected an object"),
        ("top-level-string", b'"inventory"\n', "expected an object"),
        ("inventory-version-2", dumps(mutate(BASE_INVENTORY, ["inventoryVersion"], 2)), "inventoryVersion"),
        ("inventory-version-string", dumps(mutate(BASE_INVENTORY, ["inventoryVersion"], "1")), "inventoryVersion"),
        ("missing-inventory-version", dumps(mutate(BASE_INVENTORY, ["inventoryVersion"], delete=True)),
         "inventoryVersion"),
        ("missing-domains", dumps(mutate(BASE_INVENTORY, ["domains"], delete=True)), "domains"),
        ("missing-version-status", dumps(mutate(BASE_INVENTORY, v0 + ["status"], delete=True)), path(v0 + ["status"])),
        ("missing-version-version", dumps(mutate(BASE_INVENTORY, v0 + ["version"], delete=True)),
         path(v0 + ["version"])),
        ("missing-package-format", dumps(mutate(BASE_INVENTORY, p1 + ["format"], delete=True)), path(p1 + ["format"])),
        ("missing-repository-name", dumps(mutate(BASE_INVENTORY, r0 + ["name"], delete=True)), path(r0 + ["name"])),
        ("type-versions-object", dumps(mutate(BASE_INVENTORY, p0 + ["versions"], {})), path(p0 + ["versions"])),
        ("type-status-number", dumps(mutate(BASE_INVENTORY, v0 + ["status"], 1)), path(v0 + ["status"])),
        ("type-published-time-epoch", dumps(mutate(BASE_INVENTORY, v0 + ["publishedTime"], 1767225600)),
         path(v0 + ["publishedTime"])),
        ("type-domains-null", dumps(mutate(BASE_INVENTORY, ["domains"], None)), "domains"),
        ("bad-status-gone", dumps(mutate(BASE_INVENTORY, v0 + ["status"], "Gone")), path(v0 + ["status"])),
        ("bad-status-deleted", dumps(mutate(BASE_INVENTORY, v0 + ["status"], "Deleted")), path(v0 + ["status"])),
        ("bad-origin", dumps(mutate(BASE_INVENTORY, v0 + ["origin"], "internal")), path(v0 + ["origin"])),
        ("bad-format", dumps(mutate(BASE_INVENTORY, p0 + ["format"], "docker")), path(p0 + ["format"])),
        ("bad-published-time-no-zone", dumps(mutate(BASE_INVENTORY, v0 + ["publishedTime"], "2026-01-01T00:00:00")),
         path(v0 + ["publishedTime"])),
        ("bad-published-time-text", dumps(mutate(BASE_INVENTORY, v0 + ["publishedTime"], "yesterday")),
         path(v0 + ["publishedTime"])),
        ("bad-domain-name-uppercase", dumps(mutate(BASE_INVENTORY, ["domains", 0, "name"], "ACME")),
         "domains[0].name"),
        ("bad-owner-short", dumps(mutate(BASE_INVENTORY, ["domains", 0, "owner"], "1234")), "domains[0].owner"),
        ("bad-namespace-empty", dumps(mutate(BASE_INVENTORY, p0 + ["namespace"], "")), path(p0 + ["namespace"])),
        ("bad-repository-name", dumps(mutate(BASE_INVENTORY, r0 + ["name"], "-store")), path(r0 + ["name"])),
        ("bad-namespace-for-pypi", dumps(mutate(mutate(BASE_INVENTORY, p1 + ["format"], "pypi"), p1 + ["namespace"],
                                                "acme")), path(p1)),
        ("bad-version-with-space", dumps(mutate(BASE_INVENTORY, v0 + ["version"], "1.0 beta")),
         path(v0 + ["version"])),
        ("bad-package-name-slash", dumps(mutate(BASE_INVENTORY, p1 + ["name"], "left/pad")), path(p1 + ["name"])),
        ("duplicate-version", dumps(mutate(BASE_INVENTORY, p0 + ["versions", 1, "version"], "2.0.0-beta.1")),
         path(p0 + ["versions"])),
    ]
    return cases


def main():
    expected = {}
    for directory, cases in ((PLANS, plan_cases()), (INVENTORIES, inventory_cases())):
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("*.json"):
            old.unlink()
        for name, data, needle in cases:
            file = directory / f"{name}.json"
            file.write_bytes(data)
            expected[f"{directory.name}/{file.name}"] = needle
    VALID.mkdir(exist_ok=True)
    (VALID / "plan.json").write_bytes(dumps(BASE_PLAN))
    (VALID / "inventory.json").write_bytes(dumps(BASE_INVENTORY))
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    print(f"{len(expected)} files")


if __name__ == "__main__":
    main()
