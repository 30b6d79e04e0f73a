"""The JSON Schema printed by `prune schema` agrees with `prune validate`.

The schema is checked with an independent implementation (python-jsonschema, draft-07)
on YAML read by PyYAML with YAML 1.2 core-schema resolution, as yaml-language-server reads
it: every example is accepted, and a sample of the broken corpus is rejected.
"""

import json
import pathlib
import re
import subprocess

import jsonschema
import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "schema" / "prune-manifest.schema.json"
BROKEN = ROOT / "Tests" / "PruneManifestTests" / "Fixtures" / "broken"


class Core12Loader(yaml.SafeLoader):
    """PyYAML speaks YAML 1.1 (yes/no booleans, dates); plans are read as YAML 1.2 core."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
]:
    Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


Core12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load(path):
    with open(path, "rb") as handle:
        return yaml.load(handle, Loader=Core12Loader)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def test_there_are_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_schema_accepts_every_example(validator, path):
    errors = list(validator.iter_errors(load(path)))
    assert errors == [], [e.message for e in errors]


# Broken manifests whose problem a schema can express (types, enums, unknown keys,
# required keys, ranges, name patterns). The rest only `prune validate` catches: YAML
# syntax and encoding, duplicate keys and target names, inheritance from defaults,
# glob/regex syntax and patterns that can never match, npm's '@', the 100-year ceiling,
# calendar dates, and 1.0 for 1 (JSON Schema treats them as equal).
SCHEMA_REJECTS = """
01-unknown-key-in-select 02-unknown-key-in-defaults 03-unknown-key-in-target 04-unknown-key-in-settings
15-empty-file 16-only-comments 17-top-level-list 18-top-level-plain-string 19-missing-version 20-version-2
21-version-quoted-string 23-unknown-top-level-key-setting 24-unknown-top-level-key-target 25-missing-targets
26-empty-targets-list 27-targets-as-mapping 28-keep-latest-quoted-number 29-keep-latest-float
30-keep-latest-zero 31-keep-latest-over-limit 32-concurrency-zero 33-concurrency-over-limit
34-max-deletions-negative 35-rate-limit-zero 36-rate-limit-string 37-rate-limit-unknown-operation
38-allow-empty-package-yes 39-allow-empty-package-quoted-true 40-domain-empty-null 41-region-tilde-null
42-domain-owner-unquoted-number 43-domain-owner-11-digits 44-format-as-list 45-packages-as-mapping
46-format-npmjs 47-action-remove 48-keep-order-versions 49-origin-uppercase 50-status-lowercase
51-select-status-deleted 52-domain-uppercase 53-domain-too-long 54-repository-one-char
55-region-without-number 56-region-uppercase 58-target-without-name 59-empty-target-name
63-pypi-with-namespace 66-cargo-namespace-with-defaults-namespace 71-empty-versions-list
75-duration-without-unit 76-duration-uppercase-unit 77-duration-zero 78-duration-fraction
80-duration-word-unit 81-now-invalid-month 82-now-date-only 83-now-without-zone
89-multiple-errors-one-target 90-multiple-errors-two-targets 91-repository-glob-with-space
92-repository-glob-with-hash 93-repository-glob-with-slash 95-repository-empty-list
97-repository-exclusion-with-space
""".split()

SAMPLE = [BROKEN / f"{name}.yaml" for name in SCHEMA_REJECTS]


def test_sample_exists():
    missing = [p.name for p in SAMPLE if not p.exists()]
    assert len(SAMPLE) >= 15 and not missing, missing


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.name)
def test_schema_rejects_broken_sample(validator, path):
    assert not validator.is_valid(load(path)), f"schema accepts {path.name}"


def test_schema_is_what_prune_prints():
    prune = ROOT / ".build" / "debug" / "prune"
    if not prune.exists():
        pytest.fail("build prune first (swift build)")
    printed = subprocess.run([str(prune), "schema"], capture_output=True, check=True, text=True).stdout
    assert printed == SCHEMA_PATH.read_text()


def repository_plan(repository):
    return {"version": 1, "targets": [
        {"name": "t", "domain": "acme", "repository": repository, "format": "npm", "keep": {"latest": 1}}]}


@pytest.mark.parametrize("repository", [
    "npm-store", "npm-*", "*-store", "team-?", "team-[ab]*", "/npm-(a|b)/", "!legacy-*",
    ["npm-*", "!npm-legacy"], ["npm-store", "maven-releases"], ["/.*-store/", "!shared-store"],
])
def test_schema_accepts_repository_patterns(validator, repository):
    errors = list(validator.iter_errors(repository_plan(repository)))
    assert errors == [], [e.message for e in errors]


@pytest.mark.parametrize("repository", [
    "x", "!x", "npm store", "npm *", "npm#*", "acme/npm-*", "", [], ["npm-*", "team *"], 5,
])
def test_schema_rejects_what_can_never_name_a_repository(validator, repository):
    assert not validator.is_valid(repository_plan(repository)), repository
