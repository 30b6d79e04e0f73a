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
of 1,000) against the lists' quota (200/s), and the write calls one per package, status and
100 versions, against the writes quota (100/s). The quotas' burst (one second of rate) is
not subtracted, so the bound is slightly conservative for the tools (by <= 1 s per bucket).

Environment: BENCH_PACKAGES (2000), BENCH_VERSIONS (50), BENCH_KEEP (5), BENCH_SEED (1),
BENCH_SCALES ("1,20"), BENCH_WORKERS (16), BENCH_BUILD (.build/release), BENCH_JSON (a file
for the raw results).
"""

import collections
import json
import math
import os
import pathlib
import resource
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
BUILD = pathlib.Path(os.environ.get("BENCH_BUILD", ROOT / ".build" / "release"))
PRUNE, EMULATOR = BUILD / "prune", BUILD / "codeartifact-emulator"
PACKAGES = int(os.environ.get("BENCH_PACKAGES", "2000"))
VERSIONS = int(os.environ.get("BENCH_VERSIONS", "50"))
KEEP = int(os.environ.get("BENCH_KEEP", "5"))
SEED = int(os.environ.get("BENCH_SEED", "1"))
SCALES = [float(s) for s in os.environ.get("BENCH_SCALES", "1,20").split(",") if s]
WORKERS = int(os.environ.get("BENCH_WORKERS", "16"))
# AWS's defaults (aws.md).
QUOTAS = {"ListPackages": 200, "ListPackageVersions": 200, "reads": 800, "writes": 100}
FORMATS = ["npm", "maven", "pypi", "nuget", "generic", "cargo", "ruby", "swift"]
NAMESPACED = {"maven", "swift", "generic"}
REPOSITORY = {"npm": "npm-store", "maven": "maven-releases", "pypi": "python-internal"}
ENV = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
ENV.update(AWS_ACCESS_KEY_ID="AKIDEMULATOR", AWS_SECRET_ACCESS_KEY="emulator-secret", AWS_REGION="us-east-1",
           AWS_CONFIG_FILE="/nonexistent/aws-config", AWS_SHARED_CREDENTIALS_FILE="/nonexistent/aws-credentials", AWS_EC2_METADATA_DISABLED="true",
           NO_COLOR="1")
ENV.pop("GITHUB_STEP_SUMMARY", None)


def cpu_of(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Emulator:
    def __init__(self, scale):
        args = [str(EMULATOR), "--port", "0", "--generate", f"packages={PACKAGES},versions={VERSIONS},seed={SEED}"]
        if scale != 1:
            args += ["--quota", f"scale={scale:g}"]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline().strip()
        if not line.isdigit():
            self.stop()
            sys.exit(f"the emulator printed no port: {line!r}")
        self.url = f"http://127.0.0.1:{line}"

    def admin(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read() or b"{}")

    def cpu(self):
        return cpu_of(self.process.pid)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


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
    # One listing per target (repository and format), pages of 1,000.
    package_pages = sum(max(1, math.ceil(n / 1000)) for n in listings.values())
    return {"kept": kept, "deletions": deletions, "writeCalls": write_calls, "packagePages": package_pages,
            "versionPages": version_pages, "repositories": sorted({key[0] for key in packages})}


def parse_time(text):
    from datetime import datetime
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def plan_yaml(path, scale, deletions):
    lines = ["version: 1", "defaults:", "  domain: acme", '  domainOwner: "111122223333"', "  region: us-east-1",
             "settings:", f"  maxDeletions: {deletions + 1000}", "  rateLimits:"]
    lines += [f"    {name}: {rate * scale:g}" for name, rate in QUOTAS.items()]
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


def run_scale(scale, directory):
    emulator = Emulator(scale)
    try:
        seed = emulator.admin("GET", "/_emulator/state")
        expected = expectations(seed)
        seed_versions = sum(len(v) for v in versions_by_package(seed).values())
        plan = directory / f"plan-x{scale:g}.yaml"
        plan_yaml(plan, scale, expected["deletions"])
        prune = measure(emulator, "prune", [str(PRUNE), "apply", str(plan), "--yes", "--endpoint-url", emulator.url,
                                            "--report", str(directory / f"report-x{scale:g}.json"), "--format",
                                            "json"], expected["kept"])
        report = json.loads((directory / f"report-x{scale:g}.json").read_text())
        prune["reportSummary"] = report["summary"]
        emulator.admin("POST", "/_emulator/reset")
        baseline_args = [sys.executable, str(ROOT / "bench" / "baseline_boto3.py"), "--endpoint-url", emulator.url,
                         "--domain", "acme", "--keep", str(KEEP), "--workers", str(WORKERS)]
        for repository in expected["repositories"]:
            baseline_args += ["--repository", repository]
        boto = measure(emulator, "boto3", baseline_args, expected["kept"])
        reads = expected["packagePages"] + expected["versionPages"]
        bound = reads / (QUOTAS["ListPackages"] * scale) + expected["writeCalls"] / (QUOTAS["writes"] * scale)
        return {"scale": scale, "seedVersions": seed_versions, "deletions": expected["deletions"],
                "minReads": reads, "minWrites": expected["writeCalls"], "bound": bound, "prune": prune, "boto3": boto}
    finally:
        emulator.stop()


def table(result):
    prune, boto = result["prune"], result["boto3"]
    deleted = result["seedVersions"] - prune["remaining"], result["seedVersions"] - boto["remaining"]
    rows = [
        ("wall time (s)", f"{prune['wall']:.2f}", f"{boto['wall']:.2f}", f"{result['bound']:.2f}"),
        ("ratio to the bound", f"{prune['wall'] / result['bound']:.3f}", f"{boto['wall'] / result['bound']:.3f}",
         "1.000"),
        ("versions deleted (server)", f"{deleted[0]}", f"{deleted[1]}", f"{result['deletions']}"),
        ("exactly the K newest left", str(prune["exact"]), str(boto["exact"]), ""),
        ("throughput (versions/s)", f"{deleted[0] / prune['wall']:.0f}", f"{deleted[1] / boto['wall']:.0f}", ""),
        ("requests (all)", str(prune["totalRequests"]), str(boto["totalRequests"]),
         str(result["minReads"] + result["minWrites"])),
    ]
    for operation in sorted(set(prune["requests"]) | set(boto["requests"])):
        minimum = {"ListPackages": "", "ListPackageVersions": "", "DeletePackageVersions": str(result["minWrites"])}
        rows.append((f"  {operation}", str(prune["requests"].get(operation, 0)),
                     str(boto["requests"].get(operation, 0)), minimum.get(operation, "")))
    rows += [
        ("  (read pages, minimum)", "", "", str(result["minReads"])),
        ("throttled (429)", f"{prune['throttled']} ({100 * prune['throttled'] / max(1, prune['totalRequests']):.2f} %)",
         f"{boto['throttled']} ({100 * boto['throttled'] / max(1, boto['totalRequests']):.2f} %)", ""),
        ("client CPU (s)", f"{prune['cpu']:.2f}", f"{boto['cpu']:.2f}", ""),
        ("emulator CPU during the run (s)", f"{prune['emulatorCpu']:.2f}", f"{boto['emulatorCpu']:.2f}", ""),
        ("exit code", str(prune["exit"]), str(boto["exit"]), ""),
    ]
    width = max(len(row[0]) for row in rows)
    lines = [f"| {'':{width}} | prune | boto3 (16 threads, adaptive) | quota bound |",
             f"|{'-' * (width + 2)}|---|---|---|"]
    lines += [f"| {row[0]:{width}} | {row[1]} | {row[2]} | {row[3]} |" for row in rows]
    return "\n".join(lines)


def main():
    for binary in (PRUNE, EMULATOR):
        if not binary.exists():
            sys.exit(f"{binary} is missing: run `swift build -c release` first")
    results = []
    with tempfile.TemporaryDirectory(prefix="prune-bench-") as directory:
        for scale in SCALES:
            print(f"== {PACKAGES} packages x {VERSIONS} versions, keep {KEEP}, quotas x{scale:g} "
                  f"(writes {QUOTAS['writes'] * scale:g}/s, lists {QUOTAS['ListPackages'] * scale:g}/s)", flush=True)
            result = run_scale(scale, pathlib.Path(directory))
            results.append(result)
            print(table(result), flush=True)
            prune, boto = result["prune"], result["boto3"]
            if scale == 1:
                print(f"target: prune <= 1.05 x bound: {prune['wall'] / result['bound']:.3f}; "
                      f"throttled <= 0.5 %: {100 * prune['throttled'] / max(1, prune['totalRequests']):.2f} %")
            else:
                speedup = boto["wall"] / prune["wall"]
                print(f"target: prune >= 3 x boto3's throughput: {speedup:.2f} x "
                      f"(CPU: prune {prune['cpu']:.1f} s, boto3 {boto['cpu']:.1f} s, emulator "
                      f"{prune['emulatorCpu']:.1f} s / {boto['emulatorCpu']:.1f} s; {os.cpu_count()} cores)")
            print(flush=True)
    if os.environ.get("BENCH_JSON"):
        pathlib.Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
