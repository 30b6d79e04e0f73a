"""The inventory's JSON Schema (schema/inventory.schema.json) agrees with the Swift reader.

Checked with an independent implementation (python-jsonschema, draft-07): the example
inventory and the emulator's generated inventories validate; inventories the reader rejects
are rejected by the schema too.
"""

import copy
import json
import pathlib
import subprocess

import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / "inventory.schema.json").read_text())
EXAMPLE = json.loads((ROOT / "examples" / "inventory.json").read_text())
EMULATOR = ROOT / ".build" / "debug" / "codeartifact-emulator"


def validator():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    return jsonschema.Draft7Validator(SCHEMA)


def test_example_inventory_validates():
    validator().validate(EXAMPLE)
    repositories = {r["name"] for r in EXAMPLE["domains"][0]["repositories"]}
    assert repositories == {"npm-store", "maven-releases", "python-internal", "shared-store"}


def test_generated_inventory_validates(tmp_path):
    assert EMULATOR.exists(), "build first: swift build --product codeartifact-emulator"
    out = tmp_path / "generated.json"
    process = subprocess.Popen(
        [str(EMULATOR), "--generate", "packages=300,versions=20,seed=3", "--write-seed", str(out), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout.readline().strip().isdigit()
    finally:
        process.terminate()
        process.wait(timeout=10)
    generated = json.loads(out.read_text())
    validator().validate(generated)
    formats = {p["format"] for r in generated["domains"][0]["repositories"] for p in r["packages"]}
    assert {"npm", "maven", "pypi"} <= formats


def broken(path, value):
    document = copy.deepcopy(EXAMPLE)
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


VERSION = ["domains", 0, "repositories", 0, "packages", 0, "versions", 0]


@pytest.mark.parametrize(
    "document",
    [
        broken(["inventoryVersion"], 2),
        broken(["domains", 0, "owner"], "1234"),
        broken(["domains", 0, "name"], "Acme"),
        broken(VERSION + ["status"], "Deleted"),
        broken(VERSION + ["status"], KeyError),
        broken(VERSION + ["origin"], "internal"),
        broken(VERSION + ["publishedTime"], "2026-01-01 00:00:00"),
        broken(VERSION + ["version"], "1.0 beta"),
        broken(["domains", 0, "repositories", 0, "packages", 0, "format"], "gem"),
        broken(["domains", 0, "repositories", 2, "packages", 0, "namespace"], "acme"),
    ],
)
def test_schema_rejects_what_the_reader_rejects(document):
    assert list(validator().iter_errors(document)), "the schema accepted a broken inventory"


def test_example_plans_target_the_example_inventory():
    """Every target of examples/*.yaml names a repository, format and namespace that exist in
    examples/inventory.json, with versions its patterns can match, so the plans mean something
    when planned against it (or against the emulator seeded with it)."""
    import fnmatch

    import yaml

    repositories = {r["name"]: r["packages"] for r in EXAMPLE["domains"][0]["repositories"]}

    def matched_repositories(patterns):
        """Repository names a `repository` value covers (globs and '!' exclusions, as prune reads them)."""
        patterns = [patterns] if isinstance(patterns, str) else patterns
        inclusions = [p for p in patterns if not p.startswith("!")] or ["*"]
        exclusions = [p[1:] for p in patterns if p.startswith("!")]
        return [
            name for name in repositories
            if any(fnmatch.fnmatchcase(name, p) for p in inclusions)
            and not any(fnmatch.fnmatchcase(name, p) for p in exclusions)
        ]

    for plan_path in sorted((ROOT / "examples").glob("*.yaml")):
        plan = yaml.safe_load(plan_path.read_text())
        defaults = plan.get("defaults", {})
        assert defaults.get("domain") == EXAMPLE["domains"][0]["name"], plan_path.name
        assert defaults.get("domainOwner") == EXAMPLE["domains"][0]["owner"], plan_path.name
        for target in plan["targets"]:
            repository = target.get("repository", defaults.get("repository"))
            matched = matched_repositories(repository)
            assert matched, f"{plan_path.name}: {target['name']}: no repository {repository}"
            packages = [
                p for name in matched for p in repositories[name] if p["format"] == target.get("format", p["format"])
            ]
            namespace = target.get("namespace")
            if namespace:
                packages = [p for p in packages if fnmatch.fnmatchcase(p.get("namespace", ""), namespace)]
            names = [n for n in target.get("packages", ["*"]) if not n.startswith("!")]
            packages = [p for p in packages if any(fnmatch.fnmatchcase(p["name"], n) for n in names)]
            assert packages, f"{plan_path.name}: {target['name']} matches no package"
            patterns = [v for v in target.get("select", {}).get("versions", ["*"]) if not v.startswith("/")]
            if patterns:
                versions = [v["version"] for p in packages for v in p["versions"]]
                assert any(fnmatch.fnmatchcase(v, pattern) for v in versions for pattern in patterns), (
                    f"{plan_path.name}: {target['name']} selects no version"
                )
