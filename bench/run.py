#!/usr/bin/env python3
"""prune apply vs a boto3 baseline vs the quota lower bound (quality.md, "Performance").

One command:

    swift build -c release          # once; this script builds nothing
    python3 bench/run.py            # full: 2,000 packages x 50 versions, AWS quotas, then 20x
    BENCH_PACKAGES=200 python3 bench/run.py     # a quick smaller run

For each quota scale (1 = AWS's defaults: writes 100/s, ListPackages and ListPackageVersions
200/s each, reads 800/s; then 20 = every quota x 20, on the emulator and in the plan's
rateLimits, so the clients are the bottleneck):
 1. start the release emulator on a generated repository (`--generate packages=P,versions=V,seed=S`,
    every format the generator makes, spread over its four repositories), quotas at the scale;
 2. `prune apply PLAN --yes` (release), a plan with one target per format, `keep.latest: K`,
    `maxDeletions` above the total, `rateLimits` equal to the quotas;
 3. reset the emulator (state, counters, quota buckets) and run bench/baseline_boto3.py
    (16 threads, adaptive retries) on the same job;
 4. print side by side: wall time, the quota lower bound and each tool's ratio to it,
    requests by operation and throttled requests (the emulator's counters), versions deleted
    (checked against the emulator's state: both must leave exactly the K newest per package),
    CPU seconds of the client and of the emulator.

Lower bound (quality.md): read calls / read quota + write calls / write quota, where the read
calls are the fewest ListPackages and ListPackageVersions pages that list everything (pages
of 1,000; ListPackages once per repository) against the lists' quota (200/s), and the write
calls one per package, status and 100 versions, against the writes quota (100/s). The
emulator's buckets start full with one second of rate (as AWS's do), which a run spends for
free: the table also gives the bound less those bursts (about 2 s less at every scale), the
strictest reading.

Quotas lower than the plan assumes (quality.md: the pacing finds the real quota):

    BENCH_PACKAGES=600 python3 bench/run.py --server-scale 0.5,0.25

runs the emulator at each of those multiples of AWS's defaults while the plan keeps
`rateLimits` at the defaults, and gives the bound of the emulator's (real) quotas, prune's
ratio to it and its throttled share (`--no-baseline` skips boto3).

Environment: BENCH_PACKAGES (2000), BENCH_VERSIONS (50), BENCH_KEEP (5), BENCH_SEED (1),
BENCH_SCALES ("1,20"), BENCH_WORKERS (16), BENCH_BUILD (.build/release), BENCH_JSON (a file
for the raw results).
"""

import argparse
import collections
import json
import math
import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "support"))
import emulatorkit  # noqa: E402
from emulatorkit import FORMATS, NAMESPACED, ROOT, build_dir, prune_env  # noqa: E402

BUILD = build_dir("BENCH_BUILD", "release")
PRUNE, EMULATOR = BUILD / "prune", BUILD / "codeartifact-emulator"
PACKAGES = int(os.environ.get("BENCH_PACKAGES", "2000"))
VERSIONS = int(os.environ.get("BENCH_VERSIONS", "50"))
KEEP = int(os.environ.get("BENCH_KEEP", "5"))
SEED = int(os.environ.get("BENCH_SEED", "1"))
SCALES = [float(s) for s in os.environ.get("BENCH_SCALES", "1,20").split(",") if s]
WORKERS = int(os.environ.get("BENCH_WORKERS", "16"))
# AWS's defaults (aws.md).
QUOTAS = {"ListPackages": 200, "ListPackageVersions": 200, "reads": 800, "writes": 100}
REPOSITORY = {"npm": "npm-store", "maven": "maven-releases", "pypi": "python-internal"}
ENV = prune_env()


class Emulator(emulatorkit.Emulator):
    """The benchmark's emulator: the generated domain, quotas scaled by `scale`."""

    def __init__(self, scale):
        args = ["--generate", f"packages={PACKAGES},versions={VERSIONS},seed={SEED}"]
        if scale != 1:
            args += ["--quota", f"scale={scale:g}"]
        super().__init__(EMULATOR, *args)


def versions_by_package(state):
    """{(repository, format, namespace, package): [(version, status, publishedTime)]}."""
    packages = {}
    for domain in state["domains"]:
        for repository in domain["repositories"]:
            for package in repository["packages"]:
                key = (repository["name"], package["format"], package.get("namespace"), package["name"])
                packages[key] = [(v["version"], v["status"], v["publishedTime"]) for v in package["versions"]]
    return packages


def expectations(seed):
    """What keep.latest K leaves, and the quota lower bound's call counts."""
    packages = versions_by_package(seed)
    kept, deletions, write_calls, version_pages = set(), 0, 0, 0
    listings = collections.Counter()
    for key, versions in packages.items():
        newest = sorted(versions, key=lambda v: parse_time(v[2]), reverse=True)
        for version in newest[:KEEP]:
            kept.add(key + (version[0],))
        statuses = collections.Counter(version[1] for version in newest[KEEP:])
        deletions += sum(statuses.values())
        write_calls += sum(math.ceil(n / 100) for n in statuses.values())
        version_pages += max(1, math.ceil(len(versions) / 1000))
        listings[(key[0], key[1])] += 1
    # The fewest ListPackages pages: one listing per repository (no format filter), pages of 1,000.
    per_repository = collections.Counter()
    for (repository, _), count in listings.items():
        per_repository[repository] += count
    package_pages = sum(max(1, math.ceil(n / 1000)) for n in per_repository.values())
    return {"kept": kept, "deletions": deletions, "writeCalls": write_calls, "packagePages": package_pages,
            "versionPages": version_pages, "repositories": sorted({key[0] for key in packages})}


def parse_time(text):
    from datetime import datetime
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def plan_yaml(path, scale, deletions, per_operation=False):
    """`rateLimits` equal to the emulator's quotas, written as manifest.md documents them
    (ListPackages, ListPackageVersions, reads, writes); with `per_operation`, the write
    operation's own limit is written too (DeletePackageVersions = writes): a workaround for
    bug B9, where prune caps DeletePackageVersions at an implicit 100/s whatever `writes` says."""
    lines = ["version: 1", "defaults:", "  domain: acme", '  domainOwner: "111122223333"', "  region: us-east-1",
             "settings:", f"  maxDeletions: {deletions + 1000}", "  rateLimits:"]
    lines += [f"    {name}: {rate * scale:g}" for name, rate in QUOTAS.items()]
    if per_operation:
        lines.append(f"    DeletePackageVersions: {QUOTAS['writes'] * scale:g}")
    lines.append("targets:")
    for format in FORMATS:
        lines += [f"  - name: keep-{format}", f"    repository: {REPOSITORY.get(format, 'shared-store')}",
                  f"    format: {format}"]
        if format in NAMESPACED:
            lines.append('    namespace: "*"')
        lines += ["    keep:", f"      latest: {KEEP}"]
    pathlib.Path(path).write_text("\n".join(lines) + "\n")


def timed(args):
    """Runs a client; returns (wall seconds, CPU seconds, exit code, stdout, stderr)."""
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, env=ENV, text=True)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, process.returncode, out.read(), err.read()


def measure(emulator, name, args, seed_kept):
    cpu_before = emulator.cpu()
    wall, cpu, code, stdout, stderr = timed(args)
    emulator_cpu = emulator.cpu() - cpu_before
    counters = emulator.admin("GET", "/_emulator/counters")["operations"]
    state = versions_by_package(emulator.admin("GET", "/_emulator/state"))
    remaining = {key + (v[0],) for key, versions in state.items() for v in versions}
    requests = {op: c["requests"] for op, c in counters.items() if c["requests"]}
    throttled = sum(c["throttled"] for c in counters.values())
    result = {
        "tool": name, "wall": wall, "cpu": cpu, "emulatorCpu": emulator_cpu, "exit": code,
        "requests": requests, "totalRequests": sum(requests.values()), "throttled": throttled,
        "remaining": len(remaining), "exact": remaining == seed_kept,
        "stdoutTail": stdout[-600:], "stderrTail": stderr[-600:],
    }
    if code not in (0,):
        print(f"  ! {name} exit {code}: {stderr[-800:]}", file=sys.stderr)
    return result


def run_scale(scale, directory, plan_scale=None, baseline=True):
    """One emulator at `scale` x AWS's quotas; the plan's rateLimits at `plan_scale` x (the
    same unless given). The bound is the emulator's: the quotas the account really has."""
    emulator = Emulator(scale)
    try:
        seed = emulator.admin("GET", "/_emulator/state")
        expected = expectations(seed)
        seed_versions = sum(len(v) for v in versions_by_package(seed).values())
        runs = {}
        # At AWS's quotas both plans are the same; above them, the documented one meets bug B9.
        styles = [("prune", False)] if scale == 1 or plan_scale is not None else [("prune", False), ("prune+op", True)]
        for style, per_operation in styles:
            plan = directory / f"plan-x{scale:g}-{style}.yaml"
            plan_yaml(plan, scale if plan_scale is None else plan_scale, expected["deletions"], per_operation)
            report_path = directory / f"report-x{scale:g}-{style}.json"
            runs[style] = measure(emulator, style, [str(PRUNE), "apply", str(plan), "--yes", "--endpoint-url",
                                                    emulator.url, "--report", str(report_path), "--format", "json"],
                                  expected["kept"])
            runs[style]["reportSummary"] = json.loads(report_path.read_text())["summary"]
            emulator.admin("POST", "/_emulator/reset")
        prune = runs["prune"]
        baseline_args = [sys.executable, str(ROOT / "bench" / "baseline_boto3.py"), "--endpoint-url", emulator.url,
                         "--domain", "acme", "--keep", str(KEEP), "--workers", str(WORKERS)]
        for repository in expected["repositories"]:
            baseline_args += ["--repository", repository]
        boto = measure(emulator, "boto3", baseline_args, expected["kept"]) if baseline else None
        reads = expected["packagePages"] + expected["versionPages"]
        reads_rate, writes_rate = QUOTAS["ListPackages"] * scale, QUOTAS["writes"] * scale
        bound = reads / reads_rate + expected["writeCalls"] / writes_rate
        # The same with each bucket's initial burst (one second of its rate) spent for free.
        burst_bound = (max(0, reads - reads_rate) / reads_rate
                       + max(0, expected["writeCalls"] - writes_rate) / writes_rate)
        return {"scale": scale, "seedVersions": seed_versions, "deletions": expected["deletions"],
                "minReads": reads, "minWrites": expected["writeCalls"], "bound": bound, "burstBound": burst_bound,
                "overlapBound": max(reads / reads_rate, expected["writeCalls"] / writes_rate),
                "prune": prune, "prune+op": runs.get("prune+op"), "boto3": boto}
    finally:
        emulator.stop()


LABELS = {"prune": "prune (rateLimits as documented)", "prune+op": "prune (+ DeletePackageVersions limit, B9)",
          "boto3": "boto3 (16 threads, adaptive)"}


def table(result):
    tools = [name for name in ("prune", "prune+op", "boto3") if result.get(name)]
    runs = [result[name] for name in tools]
    seed = result["seedVersions"]

    def row(label, cell, bound=""):
        return (label, *[cell(run) for run in runs], bound)

    def share(run):
        return f"{run['throttled']} ({100 * run['throttled'] / max(1, run['totalRequests']):.2f} %)"

    rows = [
        row("wall time (s)", lambda r: f"{r['wall']:.2f}", f"{result['bound']:.2f}"),
        row("ratio to the bound", lambda r: f"{r['wall'] / result['bound']:.3f}", "1.000"),
        row("ratio to the bound less the bursts",
            lambda r: f"{r['wall'] / result['burstBound']:.3f}" if result["burstBound"] >= 0.1 else "n/a",
            f"({result['burstBound']:.2f} s)"),
        row("ratio to the bound if reads overlap writes", lambda r: f"{r['wall'] / result['overlapBound']:.3f}",
            f"({result['overlapBound']:.2f} s)"),
        row("versions deleted (server)", lambda r: f"{seed - r['remaining']}", f"{result['deletions']}"),
        row("exactly the K newest left", lambda r: str(r["exact"])),
        row("throughput (versions/s)", lambda r: f"{(seed - r['remaining']) / r['wall']:.0f}"),
        row("requests (all)", lambda r: str(r["totalRequests"]), str(result["minReads"] + result["minWrites"])),
    ]
    minimum = {"DeletePackageVersions": str(result["minWrites"])}
    for operation in sorted(set().union(*(run["requests"] for run in runs))):
        rows.append(row(f"  {operation}", lambda r, op=operation: str(r["requests"].get(op, 0)),
                        minimum.get(operation, "")))
    rows += [
        row("  (read pages, minimum)", lambda r: "", str(result["minReads"])),
        row("throttled (429)", share),
        row("client CPU (s)", lambda r: f"{r['cpu']:.2f}"),
        row("emulator CPU during the run (s)", lambda r: f"{r['emulatorCpu']:.2f}"),
        row("exit code", lambda r: str(r["exit"])),
    ]
    header = ["", *[LABELS[name] for name in tools], "quota bound"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def throttled_share(run):
    return 100 * run["throttled"] / max(1, run["totalRequests"])


def server_scales(scales, baseline):
    """The emulator's quotas below the plan's (which stay at AWS's defaults)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="prune-bench-") as directory:
        for scale in scales:
            print(f"== {PACKAGES} packages x {VERSIONS} versions, keep {KEEP}, real quotas x{scale:g} "
                  f"(writes {QUOTAS['writes'] * scale:g}/s, lists {QUOTAS['ListPackages'] * scale:g}/s), "
                  f"plan on AWS's defaults", flush=True)
            result = run_scale(scale, pathlib.Path(directory), plan_scale=1, baseline=baseline)
            results.append(result)
            print(table(result), flush=True)
            for name in ("prune", "boto3"):
                run = result.get(name)
                if run:
                    print(f"target: {name} <= 1.05 x the real quotas' bound: {run['wall'] / result['bound']:.3f}; "
                          f"throttled <= 0.5 %: {throttled_share(run):.2f} % "
                          f"({run['throttled']} of {run['totalRequests']})", flush=True)
            print(flush=True)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server-scale", help="comma-separated multiples of AWS's quotas for the emulator, "
                        "the plan staying on the defaults (e.g. 0.5,0.25)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the boto3 baseline")
    options = parser.parse_args()
    for binary in (PRUNE, EMULATOR):
        if not binary.exists():
            sys.exit(f"{binary} is missing: run `swift build -c release` first")
    if options.server_scale:
        results = server_scales([float(s) for s in options.server_scale.split(",") if s], not options.no_baseline)
        if os.environ.get("BENCH_JSON"):
            pathlib.Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results, indent=2))
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="prune-bench-") as directory:
        for scale in SCALES:
            print(f"== {PACKAGES} packages x {VERSIONS} versions, keep {KEEP}, quotas x{scale:g} "
                  f"(writes {QUOTAS['writes'] * scale:g}/s, lists {QUOTAS['ListPackages'] * scale:g}/s)", flush=True)
            result = run_scale(scale, pathlib.Path(directory), baseline=not options.no_baseline)
            results.append(result)
            print(table(result), flush=True)
            prune, boto = result["prune"], result["boto3"]
            if scale == 1 or boto is None:
                print(f"target: prune <= 1.05 x bound: {prune['wall'] / result['bound']:.3f}; "
                      f"throttled <= 0.5 %: {100 * prune['throttled'] / max(1, prune['totalRequests']):.2f} %")
            else:
                for name in ("prune", "prune+op"):
                    run = result[name]
                    print(f"target: {LABELS[name]} >= 3 x boto3's throughput: {boto['wall'] / run['wall']:.2f} x "
                          f"(CPU: prune {run['cpu']:.1f} s + emulator {run['emulatorCpu']:.1f} s in "
                          f"{run['wall']:.1f} s; boto3 {boto['cpu']:.1f} s + emulator {boto['emulatorCpu']:.1f} s "
                          f"in {boto['wall']:.1f} s; {os.cpu_count()} cores)")
            print(flush=True)
    if os.environ.get("BENCH_JSON"):
        pathlib.Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
