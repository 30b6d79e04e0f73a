"""Shared helpers for the proof suites (faults, interruption, bad input).

Not a conftest.py: Tests/conformance imports names from its own `conftest`, and two modules
of that name in one pytest run shadow each other. Test modules import from here (fixtures too).

They drive the built binaries (`.build/debug/prune`, `.build/debug/codeartifact-emulator`)
over loopback; nothing here builds anything. A missing binary fails the test (never skips).
Every process started here is stopped on every path.
"""

import pathlib
import subprocess
import sys
import time

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "support"))
from emulatorkit import FORMATS, KEY, NAMESPACED, NO_FILE, ROOT, SECRET, build_dir, prune_env  # noqa: E402,F401
from emulatorkit import Emulator as _Emulator  # noqa: E402

BUILD = build_dir("PRUNE_BUILD_DIR", "debug")
PRUNE = BUILD / "prune"
EMULATOR = BUILD / "codeartifact-emulator"

# Codes whose write may or may not have landed on the server (docs/spec/product.md, "The report").
UNKNOWN_OUTCOME = {"ConnectionError", "Timeout", "InternalServerException", "Interrupted"}


def require_binaries():
    for binary in (PRUNE, EMULATOR):
        assert binary.exists(), f"{binary} is missing: run `swift build` first (the suites build nothing)"


def clean_env(**extra):
    """The environment for prune: emulator credentials, no profile, no IMDS."""
    return prune_env(**extra)


class Emulator(_Emulator):
    """The debug build's emulator (emulatorkit's, with the suites' binary check)."""

    def __init__(self, *args):
        require_binaries()
        super().__init__(EMULATOR, *args, admin_timeout=60)


def versions_of(inventory):
    """{(repository, format, namespace, package, version): status} of an inventory."""
    found = {}
    for domain in inventory["domains"]:
        for repository in domain["repositories"]:
            for package in repository["packages"]:
                for version in package["versions"]:
                    key = (
                        repository["name"],
                        package["format"],
                        package.get("namespace"),
                        package["name"],
                        version["version"],
                    )
                    found[key] = version["status"]
    return found


def action_key(entry, version):
    return (entry["repository"], entry["format"], entry.get("namespace"), entry["package"], version)


def planned_keys(plan):
    keys = [action_key(action, action["version"]) for action in plan["actions"]]
    assert len(keys) == len(set(keys)), "the saved plan lists a version twice"
    return set(keys)


def some(keys, count=5):
    """A few version keys for a failure message, in a stable order (namespaces may be None)."""
    return sorted(keys, key=repr)[:count]


def report_outcomes(report):
    """(successes, failures {key: errorCode}); asserts no version appears twice."""
    successes, failures, seen = set(), {}, []
    for entry in report["packages"]:
        for version in entry.get("successfulVersions", {}):
            key = action_key(entry, version)
            seen.append(key)
            successes.add(key)
        for version, failure in entry.get("failedVersions", {}).items():
            key = action_key(entry, version)
            seen.append(key)
            failures[key] = failure["errorCode"]
    duplicates = {key for key in seen if seen.count(key) > 1} if len(seen) != len(set(seen)) else set()
    assert not duplicates, f"versions in the report more than once: {some(duplicates)}"
    return successes, failures


def check_report_against_server(plan, report, seed, final):
    """docs/spec/quality.md's invariants for a report and the server's state before and after."""
    planned = planned_keys(plan)
    successes, failures = report_outcomes(report)
    reported = successes | set(failures)
    assert reported == planned, (
        f"report/plan mismatch: {len(planned - reported)} planned but not reported, "
        f"{len(reported - planned)} reported but not planned"
    )
    seed_versions, final_versions = versions_of(seed), versions_of(final)
    deleted = set(seed_versions) - set(final_versions)
    assert not set(final_versions) - set(seed_versions), "versions appeared on the server"
    outside = deleted - planned
    assert not outside, f"versions outside the plan were deleted: {some(outside)}"
    changed = {key for key in final_versions if final_versions[key] != seed_versions[key]}
    assert not changed, f"statuses changed (the plan only deletes): {some(changed)}"
    not_gone = successes - deleted
    assert not not_gone, f"reported deleted but still on the server: {some(not_gone)}"
    extra = deleted - successes
    unexplained = {key for key in extra if failures.get(key) not in UNKNOWN_OUTCOME}
    assert not unexplained, (
        f"gone from the server but reported as failed with a known outcome: "
        f"{[(key, failures.get(key)) for key in some(unexplained)]}"
    )
    return successes, failures, deleted


def check_retry_exit(result, retry_report, first_failures, deleted_before):
    """`--retry-failed` exits 0 once the state has converged: a version reported with an
    unknown-outcome code that had in fact been deleted counts as done (NOT_FOUND after a
    possibly-landed attempt), so nothing is left failed."""
    _, failures = report_outcomes(retry_report)
    assert result.returncode == 0 and not failures, (
        f"--retry-failed exit {result.returncode}, failures {sorted(set(failures.values()))}: {result.stderr[-1500:]}"
    )


def bench_plan_yaml(path, *, keep=5, max_deletions=1_000_000, concurrency=None, rate_limits=None,
                    repository="bench", formats=FORMATS):
    """A manifest with one target per format of a generated repository: keep the newest `keep`."""
    lines = [
        "version: 1",
        "defaults:",
        "  domain: acme",
        '  domainOwner: "111122223333"',
        "  region: us-east-1",
        f"  repository: {repository}",
        "settings:",
        f"  maxDeletions: {max_deletions}",
    ]
    if concurrency:
        lines.append(f"  concurrency: {concurrency}")
    if rate_limits:
        lines.append("  rateLimits:")
        lines += [f"    {name}: {value}" for name, value in rate_limits.items()]
    lines.append("targets:")
    for format in formats:
        lines.append(f"  - name: keep-{format}")
        lines.append(f"    format: {format}")
        if format in NAMESPACED:
            lines.append('    namespace: "*"')
        lines.append("    keep:")
        lines.append(f"      latest: {keep}")
    pathlib.Path(path).write_text("\n".join(lines) + "\n")


def run_prune(*args, timeout=120, cwd=None, **env):
    require_binaries()
    return subprocess.run(
        [str(PRUNE), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=clean_env(**env),
    )


@pytest.fixture
def emulator_factory():
    """Starts emulators that are stopped when the test ends, whatever happens."""
    started = []

    def start(*args):
        emulator = Emulator(*args)
        started.append(emulator)
        return emulator

    try:
        yield start
    finally:
        for emulator in started:
            emulator.stop()


def wait_until(predicate, timeout, interval=0.02):
    """Polls `predicate` until it is true or `timeout` seconds pass; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)
