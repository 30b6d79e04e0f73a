"""Fault suite (docs/spec/quality.md, "Reliability"): `prune apply` of a ~10,000-version saved plan
against an emulator injecting 500s, dropped connections, throttling (quotas below prune's
rate limits) and latency spikes, then the invariants:

- every planned version is in the report exactly once;
- the server's final state differs from the seed by exactly the report's successes, plus at
  most versions reported with an unknown-outcome code; nothing outside the plan touched;
- exit 3 when some version failed, 0 when none did;
- `prune apply --retry-failed REPORT` (faults off) converges: exit 0, the whole plan gone.

Separately, a load balancer's 502/503/504 pages (HTML, no `X-Amzn-ErrorType`) on more than
half of the writes: the same invariants, and those failures reported as the unknown-outcome
`InternalServerException` (docs/spec/aws.md, "Errors on the wire"), never as a known failure.

Sizes: FAULTS_PACKAGES (default 250) x FAULTS_VERSIONS (default 45), keep.latest 5 =
10,000 planned deletions. Uses the debug build; builds nothing.
"""

import json
import os
import re

from proofkit import (  # noqa: F401 (emulator_factory is a fixture)
    UNKNOWN_OUTCOME,
    bench_plan_yaml,
    check_report_against_server,
    check_retry_exit,
    emulator_factory,
    planned_keys,
    report_outcomes,
    run_prune,
    versions_of,
)

PACKAGES = int(os.environ.get("FAULTS_PACKAGES", "250"))
VERSIONS = int(os.environ.get("FAULTS_VERSIONS", "45"))
SEED = int(os.environ.get("FAULTS_SEED", "7"))


def plan_and_apply(emulator, tmp_path, faults, quotas, rate_limits, concurrency=16):
    """Plans with faults off, applies the saved plan with `faults` and `quotas` on; returns
    (plan, seed state, report, final state, apply result)."""
    manifest = tmp_path / "plan.yaml"
    bench_plan_yaml(manifest, rate_limits=rate_limits, concurrency=concurrency)
    seed = emulator.state()
    planned = run_prune("plan", manifest, "--out", tmp_path / "plan.json", "--format", "json",
                        "--endpoint-url", emulator.url, timeout=120)
    assert planned.returncode == 0, planned.stderr
    plan = json.loads((tmp_path / "plan.json").read_text())
    emulator.configure(faults=faults, quotas=quotas)
    before = emulator.counters()
    applied = run_prune("apply", tmp_path / "plan.json", "--report", tmp_path / "report.json",
                        "--endpoint-url", emulator.url, timeout=150)
    emulator.configure(faults="off", quotas="aws")
    assert (tmp_path / "report.json").exists(), f"no report (exit {applied.returncode}): {applied.stderr[-2000:]}"
    report = json.loads((tmp_path / "report.json").read_text())
    return plan, seed, report, emulator.state(), applied, before


def counter_total(counters, field):
    operations = counters.get("operations", counters)
    return sum(value.get(field, 0) for value in operations.values() if isinstance(value, dict))


def converge(emulator, tmp_path, plan, seed, report, deleted):
    """`--retry-failed` with faults off: every planned version gone, exit 0."""
    retried = run_prune("apply", "--retry-failed", tmp_path / "report.json", "--report", tmp_path / "retry.json",
                        "--endpoint-url", emulator.url, timeout=120)
    retry_report = json.loads((tmp_path / "retry.json").read_text())
    remaining = planned_keys(plan) & set(versions_of(emulator.state()))
    assert not remaining, f"{len(remaining)} planned versions still on the server after --retry-failed"
    final = versions_of(emulator.state())
    kept = set(versions_of(seed)) - planned_keys(plan)
    assert kept == set(final), "after convergence the server holds exactly the versions the plan keeps"
    check_retry_exit(retried, retry_report, report_outcomes(report)[1], deleted)


def test_faults_quality_mix(emulator_factory, tmp_path):
    """docs/spec/quality.md's mix: 5 % 500s, 2 % drops, latency spikes, throttling by low quotas."""
    emulator = emulator_factory("--generate", f"packages={PACKAGES},versions={VERSIONS},seed={SEED},repository=bench")
    faults = "all=500:0.05,drop:0.02,latency:1ms+150ms,seed=11"
    # The server allows 20 writes/s, prune paces at 40: it must meet 429s and back off.
    plan, seed, report, final, applied, _ = plan_and_apply(
        emulator, tmp_path, faults, "writes=20,reads=200", {"writes": 40}, concurrency=16)
    assert len(plan["actions"]) >= 0.9 * PACKAGES * (VERSIONS - 5)
    successes, failures, deleted = check_report_against_server(plan, report, seed, final)
    expected = 3 if failures else 0
    assert applied.returncode == expected, f"exit {applied.returncode}, {len(failures)} failed: {applied.stderr[-1500:]}"
    assert report["summary"]["succeeded"] == len(successes)
    assert report["summary"]["failed"] == len(failures)
    counters = emulator.counters()
    print(f"\nquality mix: {len(plan['actions'])} planned, exit {applied.returncode}, {len(failures)} failed "
          f"{sorted(set(failures.values()))}, report summary {report['summary']}, server: "
          f"{counter_total(counters, 'faults')} faults, {counter_total(counters, 'throttled')} throttled, "
          f"{counter_total(counters, 'requests')} requests")
    # The faults really struck (the counters are reset by nothing here but reset()).
    assert counter_total(counters, "faults") > 0
    assert counter_total(counters, "throttled") > 0
    converge(emulator, tmp_path, plan, seed, report, deleted)


def test_faults_harsh_mix_forces_failures(emulator_factory, tmp_path):
    """Faults so frequent that retries run out: the report names unknown outcomes, exit 3,
    the invariants still hold and --retry-failed converges."""
    emulator = emulator_factory("--generate", f"packages={PACKAGES // 5},versions={VERSIONS},seed={SEED + 1},repository=bench")
    faults = "all=off,writes=500:0.45,drop:0.25,latency:1ms+20ms,when:either,seed=3"
    plan, seed, report, final, applied, _ = plan_and_apply(
        emulator, tmp_path, faults, "writes=50", {"writes": 100}, concurrency=8)
    successes, failures, deleted = check_report_against_server(plan, report, seed, final)
    print(f"\nharsh mix: {len(plan['actions'])} planned, exit {applied.returncode}, {len(failures)} failed "
          f"{sorted(set(failures.values()))}, {len(deleted - successes)} of them gone on the server")
    assert failures, "with 70 % of writes failing some versions must fail"
    assert set(failures.values()) & UNKNOWN_OUTCOME, sorted(set(failures.values()))
    assert applied.returncode == 3, applied.stderr[-1500:]
    converge(emulator, tmp_path, plan, seed, report, deleted)


GATEWAY_NAMES = {"BadGateway", "ServiceUnavailable", "GatewayTimeout", "HTTP502", "HTTP503", "HTTP504"}
WRITES = ("DeletePackageVersions", "DisposePackageVersions", "UpdatePackageVersionsStatus")


def test_faults_gateway_pages_on_most_writes(emulator_factory, tmp_path):
    """502/503/504 pages from a load balancer on 60 % of the writes, before or after the change:
    every planned version reported once, the server changed by exactly the successes plus at
    most the unknown outcomes, gateway failures reported as InternalServerException, and
    --retry-failed converges."""
    emulator = emulator_factory("--generate", f"packages={PACKAGES},versions={VERSIONS},seed={SEED + 2},repository=bench")
    faults = "all=off,writes=gateway:0.6,latency:1ms+5ms,when:either,seed=13"
    plan, seed, report, final, applied, _ = plan_and_apply(
        emulator, tmp_path, faults, "aws", {"writes": 80}, concurrency=16)
    assert len(plan["actions"]) >= 0.9 * PACKAGES * (VERSIONS - 5)
    successes, failures, deleted = check_report_against_server(plan, report, seed, final)
    codes = set(failures.values())
    counters = emulator.counters()["operations"]
    requests = sum(counters[name]["requests"] for name in WRITES)
    pages = sum(counters[name]["gatewayErrors"] for name in WRITES)
    statuses = {status for name in WRITES for status in counters[name]["statuses"]}
    print(f"\ngateway pages: {len(plan['actions'])} planned, exit {applied.returncode}, {len(failures)} failed "
          f"{sorted(codes)}, {len(deleted - successes)} of them gone on the server; server: {pages} pages "
          f"of {requests} write requests, statuses {sorted(statuses)}")
    # The pages really struck, on more than half of the writes, as 502, 503 and 504.
    assert requests > 0 and pages / requests > 0.5, (pages, requests)
    assert {"502", "503", "504"} <= statuses, statuses
    assert sum(counters[name]["injectedErrors"] + counters[name]["droppedConnections"] for name in WRITES) == 0
    assert not any(counters[name]["errors"] for name in WRITES), "a gateway page carries no X-Amzn-ErrorType"
    # A page is a server error of unknown outcome, never a known failure of its own name.
    assert not codes & GATEWAY_NAMES, sorted(codes)
    assert codes <= {"InternalServerException"}, sorted(codes)
    assert failures, "with 60 % of writes answered by pages some calls run out of attempts"
    messages = [failure["errorMessage"] for entry in report["packages"]
                for failure in entry.get("failedVersions", {}).values()]
    assert all(re.search(r"HTTP 50[234]\b", message) for message in messages), messages[:3]
    assert applied.returncode == 3, applied.stderr[-1500:]
    assert report["summary"]["succeeded"] == len(successes)
    assert report["summary"]["failed"] == len(failures)
    converge(emulator, tmp_path, plan, seed, report, deleted)
