"""The target graph is what docs/architecture.md says, and the vocabulary is defined once.

Reads `swift package describe --type json` (the manifest as SwiftPM resolves it) and the
`import` lines of every source file, so a slip in Package.swift (an undeclared import, the
engine reaching the HTTP client) or a second definition of a vocabulary type fails here.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_MODULES = {"Foundation", "Dispatch", "Synchronization", "Glibc", "Darwin", "Testing", "XCTest", "os"}
# Modules that may never be in the engine's dependency closure.
WIRE_MODULES = {"AsyncHTTPClient", "Hummingbird", "NIOSSL", "CodeArtifactClient"}
VOCABULARY = [
    "PackageFormat",
    "PackageVersionStatus",
    "PackageVersionOriginType",
    "NameRules",
    "CodeArtifactOperation",
    "PackageCoordinates",
    "RepositoryCoordinates",
    "UnicodeOrder",
    "DateSource",
    "Stopwatch",
]
# Names a second shape of one concept once had; none may come back beside the one kept.
RETIRED = [
    "RepositoryRef",
    "ScalarOrder",
    "RunClock",
    "SystemRunClock",
    "ClientClock",
    "SystemClientClock",
    "EmulatorClock",
    "WireJSONReader",
    "Timeline",
]


@pytest.fixture(scope="module")
def targets():
    if shutil.which("swift") is None:
        pytest.fail("swift is not on PATH: the architecture check reads the package with `swift package describe`")
    described = subprocess.run(
        ["swift", "package", "describe", "--type", "json"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    document = json.loads(described.stdout[described.stdout.index("{"):])
    return {target["name"]: target for target in document["targets"]}


def declared(target):
    return set(target.get("target_dependencies") or []) | set(target.get("product_dependencies") or [])


def closure(targets, name):
    seen, stack = set(), [name]
    while stack:
        current = stack.pop()
        for dependency in declared(targets.get(current, {})):
            if dependency not in seen:
                seen.add(dependency)
                stack.append(dependency)
    return seen


def imports(target):
    found = set()
    for path in (ROOT / target["path"]).rglob("*.swift"):
        for match in re.finditer(r"^(?:@testable )?import (\w+)", path.read_text(encoding="utf-8"), re.M):
            found.add(match.group(1))
    return found - SYSTEM_MODULES


def family(module):
    """The doc names the NIO family once; SwiftPM lists each product."""
    return "NIO" if module.startswith("NIO") and module != "NIOSSL" else module


def documented_table():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Targets and what each may import", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        name = cells[0].split("`")[1]
        allowed = set() if cells[2] == "—" else {part.strip() for part in cells[2].split(",")}
        rows[name] = allowed
    return rows


def test_every_import_is_declared(targets):
    problems = []
    for name, target in targets.items():
        if target.get("type") == "system-target":
            continue
        missing = imports(target) - declared(target)
        if missing:
            problems.append(f"{name} imports {sorted(missing)} without declaring them in Package.swift")
    assert not problems, "\n".join(problems)


def test_every_declared_library_dependency_is_imported(targets):
    problems = []
    for name, target in targets.items():
        if target.get("type") not in ("library", "executable"):
            continue
        # Executables named as dependencies only get built; they are not imported.
        unused = {d for d in declared(target) if targets.get(d, {}).get("type") != "executable"} - imports(target)
        if unused:
            problems.append(f"{name} declares {sorted(unused)} but imports none of them")
    assert not problems, "\n".join(problems)


def test_the_table_matches_package_swift(targets):
    table = documented_table()
    sources = {n for n, t in targets.items() if t.get("type") in ("library", "executable", "system-target")}
    assert set(table) == sources | {"TestSupport"} or set(table) == sources, (
        f"targets in docs/architecture.md {sorted(table)} differ from Package.swift {sorted(sources)}"
    )
    for name in sources:
        documented = table[name]
        actual = {family(d) for d in declared(targets[name])}
        assert documented == actual, f"{name}: docs/architecture.md says {sorted(documented)}, Package.swift {sorted(actual)}"


@pytest.mark.parametrize("name", ["PruneEngine", "PruneEngineTests"])
def test_the_engine_links_no_http_stack(targets, name):
    reached = closure(targets, name)
    assert not (reached & WIRE_MODULES), f"{name} reaches {sorted(reached & WIRE_MODULES)}"
    assert not any(module.startswith("NIO") for module in reached), f"{name} reaches NIO: {sorted(reached)}"


def definitions(type_name):
    """The files under Sources/ that define `type_name`."""
    pattern = re.compile(rf"^\s*(?:public )?(?:final )?(?:enum|struct|class|actor|protocol|typealias) {type_name}\b", re.M)
    return [
        str(path.relative_to(ROOT))
        for path in (ROOT / "Sources").rglob("*.swift")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]


@pytest.mark.parametrize("type_name", VOCABULARY)
def test_each_vocabulary_type_is_defined_once(type_name):
    places = definitions(type_name)
    assert places == [f"Sources/CodeArtifactModel/{type_name}.swift"], places


@pytest.mark.parametrize("type_name", RETIRED)
def test_no_retired_second_shape_is_defined(type_name):
    assert not definitions(type_name), definitions(type_name)


def test_the_byte_level_json_reader_is_defined_once():
    assert definitions("JSONCursor") == ["Sources/ByteJSON/JSONCursor.swift"], definitions("JSONCursor")


@pytest.mark.parametrize(
    "idiom, home",
    [
        # Unicode scalar order: every sorted list of plans, reports and the emulator.
        (r"\.unicodeScalars\.lexicographicallyPrecedes\(|\.utf8\.lexicographicallyPrecedes\(", "UnicodeOrder.swift"),
        # The wall clock: read in one place, injected everywhere else.
        (r"\bDate\(\)", "DateSource.swift"),
    ],
)
def test_one_way_idioms_are_written_once(idiom, home):
    pattern = re.compile(idiom)
    places = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "Sources").rglob("*.swift")
        if path.name != home and pattern.search(path.read_text(encoding="utf-8"))
    )
    assert not places, places


def test_no_raw_value_bridges_between_vocabulary_types():
    # A conversion through the raw value (`PackageFormat(rawValue: x.format.rawValue)`) or a
    # comparison of raw values (`a.format.rawValue == b.format.rawValue`) between what is one type.
    bridge = re.compile(
        r"(PackageFormat|PackageVersionStatus|PackageVersionOriginType)\(rawValue: [\w.?$]+\.rawValue"
        r"|\.(format|status|origin)\.rawValue == [\w.?$]+\.(format|status|origin)?\.?rawValue"
    )
    places = [
        f"{path.relative_to(ROOT)}:{text[:match.start()].count(chr(10)) + 1}"
        for path in (ROOT / "Sources").rglob("*.swift")
        for text in [path.read_text(encoding="utf-8")]
        for match in bridge.finditer(text)
    ]
    assert not places, places


def test_every_cited_document_is_in_the_repository():
    cited = re.compile(r"\b(docs/[\w/.-]+\.md)\b")
    missing = sorted(
        {
            f"{path.relative_to(ROOT)} cites {match.group(1)}"
            for path in list((ROOT / "Sources").rglob("*.swift")) + list((ROOT / "Tests").rglob("*.py"))
            for match in cited.finditer(path.read_text(encoding="utf-8"))
            if not (ROOT / match.group(1)).exists()
        }
    )
    assert not missing, missing
