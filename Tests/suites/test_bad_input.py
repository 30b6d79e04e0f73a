"""Bad-input corpus (docs/spec/quality.md, "Reliability"): every broken file gives a located error on
stderr, exit 65, and no network traffic.

- manifests: the 90 files of Tests/PruneManifestTests/Fixtures/broken/ via `prune validate`
  (FILE:LINE:COLUMN on stderr);
- saved plans: Tests/suites/bad-input/plans/ via `prune apply FILE` (the JSON path of the bad
  value, or the line/column of a syntax error);
- inventories: Tests/suites/bad-input/inventories/ via
  `prune plan examples/npm-prereleases.yaml --inventory FILE`;
- 50 MB files of each kind, generated here (not committed).

Every command runs with an emulator as the endpoint (`--endpoint-url` and AWS_ENDPOINT_URL)
whose request counters must stay at zero. `expected.json` (written by make_corpus.py) names
the text each error must contain.
"""

import json
import re
import subprocess

import pytest

from proofkit import ROOT, Emulator, run_prune

BROKEN_MANIFESTS = sorted((ROOT / "Tests" / "PruneManifestTests" / "Fixtures" / "broken").glob("*.yaml"))
CORPUS = ROOT / "Tests" / "suites" / "bad-input"
EXPECTED = json.loads((CORPUS / "expected.json").read_text())
PLANS = sorted((CORPUS / "plans").glob("*.json"))
INVENTORIES = sorted((CORPUS / "inventories").glob("*.json"))
PLAN_MANIFEST = ROOT / "examples" / "npm-prereleases.yaml"
# A location in a JSON syntax error: "line 3, column 7", "3:7", or a byte offset.
JSON_LOCATION = re.compile(r"line \d+|\d+:\d+|offset \d+|character \d+", re.IGNORECASE)

# Files prune gets wrong, with the bug they show (the proof report's B1-B6 were fixed:
# located JSON syntax errors, `.json` inputs read as saved plans, fraction-in-integer
# fields named, strict commas, saved-plan values checked). A file listed here is a strict
# xfail, so a fix turns it into an XPASS failure and the mark goes with the fix.
KNOWN_BUGS: dict = {}


@pytest.fixture(scope="module")
def emulator():
    emulator = Emulator("--inventory", str(ROOT / "examples" / "inventory.json"))
    try:
        yield emulator
    finally:
        emulator.stop()


def total_requests(emulator):
    counters = emulator.counters()
    return sum(value["requests"] for value in counters["operations"].values()) + counters["unknownOperations"]


def fresh(emulator):
    """Counters at zero (and the seed state) before each file."""
    emulator.reset()
    assert total_requests(emulator) == 0


def check(result, emulator, path, needle=None, name_file=True):
    """Exit 65, the file named on stderr with a location, no request sent."""
    stderr = result.stderr
    assert result.returncode == 65, f"exit {result.returncode} for {path.name}: {stderr[-800:]}"
    if name_file:
        assert str(path) in stderr or path.name in stderr, f"the error does not name the file: {stderr[-800:]}"
    if needle == "line":
        assert JSON_LOCATION.search(stderr), f"no line/column for {path.name}: {stderr[-800:]}"
    elif needle is not None:
        assert needle in stderr, f"the error of {path.name} does not name {needle!r}: {stderr[-800:]}"
    assert total_requests(emulator) == 0, f"{path.name} caused network traffic"
    assert "Traceback" not in stderr and "Fatal error" not in stderr


def marks(kind, path):
    bug = KNOWN_BUGS.get(f"{kind}/{path.name}")
    return [pytest.mark.xfail(strict=True, reason=bug)] if bug else []


def params(kind, paths):
    return [pytest.param(path, id=path.stem, marks=marks(kind, path)) for path in paths]


def test_corpus_size():
    assert set(KNOWN_BUGS) <= set(EXPECTED), "a known-bug mark names no corpus file"
    assert len(BROKEN_MANIFESTS) >= 90
    assert len(PLANS) + len(INVENTORIES) >= 60
    assert set(EXPECTED) == {f"plans/{p.name}" for p in PLANS} | {f"inventories/{p.name}" for p in INVENTORIES}


@pytest.mark.parametrize("path", params("manifests", BROKEN_MANIFESTS))
def test_broken_manifest(emulator, path):
    fresh(emulator)
    result = run_prune("validate", path, AWS_ENDPOINT_URL=emulator.url)
    check(result, emulator, path)
    assert re.search(re.escape(str(path)) + r":\d+:\d+: error: ", result.stderr), result.stderr[-800:]


@pytest.mark.parametrize("path", params("plans", PLANS))
def test_broken_saved_plan(emulator, path, tmp_path):
    fresh(emulator)
    report = tmp_path / "report.json"
    try:
        result = run_prune("apply", path, "--endpoint-url", emulator.url, "--report", report,
                           AWS_ENDPOINT_URL=emulator.url, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"prune apply {path.name} still running after 30 s")
    assert not report.exists(), "a report was written for an invalid plan"
    check(result, emulator, path, EXPECTED[f"plans/{path.name}"])


@pytest.mark.parametrize("path", params("inventories", INVENTORIES))
def test_broken_inventory(emulator, path):
    fresh(emulator)
    result = run_prune("plan", PLAN_MANIFEST, "--inventory", path, "--endpoint-url", emulator.url,
                       AWS_ENDPOINT_URL=emulator.url, timeout=60)
    # The JSON path is required; the file name is not (prune omits it today: see the report).
    check(result, emulator, path, EXPECTED[f"inventories/{path.name}"], name_file=False)


def test_valid_bases_are_accepted(emulator, tmp_path):
    """The corpus breaks valid documents: the bases themselves load (the inventory plans,
    the saved plan goes as far as its writes, sent to the emulator)."""
    result = run_prune("plan", PLAN_MANIFEST, "--inventory", CORPUS / "valid" / "inventory.json")
    assert result.returncode == 0, result.stderr
    result = run_prune("apply", CORPUS / "valid" / "plan.json", "--endpoint-url", emulator.url,
                       "--report", tmp_path / "report.json")
    assert result.returncode in (0, 3), result.stderr
    assert json.loads((tmp_path / "report.json").read_text())["reportVersion"] == 1
    emulator.reset()


# ---- 50 MB files, generated at test time ----

FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture
def big(tmp_path):
    """A path for a 50 MB file, removed after the test (pytest keeps old tmp dirs)."""
    paths = []

    def make(name):
        paths.append(tmp_path / name)
        return paths[-1]

    try:
        yield make
    finally:
        for path in paths:
            path.unlink(missing_ok=True)


def big_plan(path):
    """A 50 MB saved plan whose last action has a bad status."""
    entry = {"region": "us-east-1", "domain": "acme", "domainOwner": "111122223333", "repository": "npm-store",
             "format": "npm", "namespace": "acme", "package": "ui-kit", "action": "delete", "status": "Published",
             "revision": "Zm9vYmFy", "target": "t", "reason": "r" * 200}
    with open(path, "w") as out:
        out.write('{"planVersion": 1, "manifest": {"path": "p.yaml", "sha256": "00"}, "createdAt": '
                  '"2026-11-29T01:00:00Z", "now": "2026-11-29T01:00:00Z", "settings": {"concurrency": 4, '
                  '"maxDeletions": 100000000, "rateLimits": {}}, "summary": {"packages": 1, "versions": 1, "act": 1, '
                  '"keep": 0, "deletions": 1, "byAction": {}}, "warnings": [], "kept": [], "actions": [\n')
        count = 0
        while out.tell() < FIFTY_MB:
            out.write(json.dumps({**entry, "version": f"1.0.{count}"}) + ",\n")
            count += 1
        out.write(json.dumps({**entry, "version": "9.9.9", "status": "Vanished"}) + "\n]}\n")
    return f"actions[{count}].status"


def big_inventory(path):
    """A 50 MB inventory whose last version has a bad publishedTime."""
    version = {"status": "Published", "revision": "Zm9vYmFy", "publishedTime": "2026-01-01T00:00:00Z",
               "origin": "INTERNAL", "padding": "p" * 100}
    with open(path, "w") as out:
        out.write('{"inventoryVersion": 1, "domains": [{"name": "acme", "owner": "111122223333", "repositories": '
                  '[{"name": "npm-store", "packages": [{"format": "npm", "namespace": "acme", "name": "ui-kit", '
                  '"versions": [\n')
        count = 0
        while out.tell() < FIFTY_MB:
            out.write(json.dumps({**version, "version": f"1.0.{count}"}) + ",\n")
            count += 1
        out.write(json.dumps({**version, "version": "9.9.9", "publishedTime": "not a time"}) + "\n]}]}]}]}\n")
    return f"domains[0].repositories[0].packages[0].versions[{count}].publishedTime"


def test_fifty_mb_saved_plan(emulator, tmp_path, big):
    fresh(emulator)
    path = big("big-plan.json")
    needle = big_plan(path)
    assert path.stat().st_size >= FIFTY_MB
    result = run_prune("apply", path, "--endpoint-url", emulator.url, "--report", tmp_path / "r.json", timeout=300)
    check(result, emulator, path, needle)


def test_fifty_mb_inventory(emulator, big):
    fresh(emulator)
    path = big("big-inventory.json")
    needle = big_inventory(path)
    assert path.stat().st_size >= FIFTY_MB
    result = run_prune("plan", PLAN_MANIFEST, "--inventory", path, "--endpoint-url", emulator.url, timeout=300)
    check(result, emulator, path, needle, name_file=False)


def test_fifty_mb_binary_inventory(emulator, big):
    fresh(emulator)
    path = big("big-junk.json")
    with open(path, "wb") as out:
        block = bytes((i * 131 + 7) % 256 for i in range(1 << 20))
        for _ in range(50):
            out.write(block)
    result = run_prune("plan", PLAN_MANIFEST, "--inventory", path, "--endpoint-url", emulator.url, timeout=300)
    check(result, emulator, path, "line", name_file=False)


def test_fifty_mb_manifest(emulator, big):
    """Over the 32 MiB manifest limit: a located error, not an attempt to parse it."""
    fresh(emulator)
    path = big("big-plan.yaml")
    with open(path, "w") as out:
        out.write("version: 1\ntargets:\n  - name: t\n    domain: acme\n    repository: r\n    format: npm\n"
                  "    select:\n      versions:\n")
        line = '        - "1.0.0-build.%08d"\n'
        for index in range(FIFTY_MB // len(line % 0) + 1):
            out.write(line % index)
    result = run_prune("validate", path, timeout=300)
    check(result, emulator, path)
    assert re.search(re.escape(str(path)) + r":\d+:\d+: error: ", result.stderr), result.stderr[-800:]
