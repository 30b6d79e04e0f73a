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
# required keys, ranges, name patterns). The rest (inheritance, glob syntax, YAML
# syntax, duplicate names) only `prune validate` catches.
SCHEMA_REJECTS = [
    "unknown-key",
    "quoted-number",
    "latest-zero",
    "concurrency",
    "max-deletions",
    "rate-limit",
    "format",
    "action",
    "order",
    "origin",
    "status",
    "domain",
    "repository",
    "region",
    "duration",
    "owner",
    "version",
    "allow-empty",
    "no-unit",
]


def sample():
    chosen = []
    for path in sorted(BROKEN.glob("*.yaml")):
        if any(word in path.name for word in SCHEMA_REJECTS):
            try:
                document = load(path)
            except (yaml.YAMLError, UnicodeDecodeError, ValueError):
                continue
            if isinstance(document, dict):
                chosen.append(path)
    return chosen


SAMPLE = sample()


def test_sample_is_large_enough():
    assert len(SAMPLE) >= 15, [p.name for p in SAMPLE]


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.name)
def test_schema_rejects_broken_sample(validator, path):
    assert not validator.is_valid(load(path)), f"schema accepts {path.name}"


def test_schema_is_what_prune_prints():
    prune = ROOT / ".build" / "debug" / "prune"
    if not prune.exists():
        pytest.fail("build prune first (swift build)")
    printed = subprocess.run([str(prune), "schema"], capture_output=True, check=True, text=True).stdout
    assert printed == SCHEMA_PATH.read_text()
