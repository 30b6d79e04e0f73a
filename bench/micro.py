#!/usr/bin/env python3
"""Micro-benchmarks of the release binary against quality.md's targets, by timing processes
(no Swift benchmark target needed):

1. manifest parsing: `prune validate` of a generated ~10 MB manifest with explicit lists of
   100,000 versions (target: < 1 s);
2. rule evaluation: `prune plan --inventory` of a generated inventory of 1,000,000 versions
   (2,000 packages x 500, written by the emulator's generator) with glob and age rules
   (target: < 1 s of CPU **including** loading the ~270 MB JSON, and a peak RSS under
   250 MiB). A plan that matches no package measures the loading alone, and the difference
   is reported as the evaluation. A variant with a regular expression is reported too (not
   held to the target);
3. start-up: `prune validate` of a small plan, MICRO_STARTS runs (default 50), median wall
   time (target: < 50 ms), next to `python3 -c "import boto3; boto3.client(...)"`.

    python3 bench/micro.py      # MICRO_RUNS (3 repeats of 1 and 2), MICRO_STARTS (50)
    MICRO_ONLY=rules python3 bench/micro.py     # only some of manifest, rules, startup
"""

import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
BUILD = pathlib.Path(os.environ.get("BENCH_BUILD", ROOT / ".build" / "release"))
PRUNE = BUILD / "prune"
RUNS = int(os.environ.get("MICRO_RUNS", "3"))
STARTS = int(os.environ.get("MICRO_STARTS", "50"))
ONLY = set(os.environ.get("MICRO_ONLY", "manifest,rules,startup").split(","))
ENV = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
ENV.update(NO_COLOR="1", AWS_REGION="us-east-1")


def run(args):
    """(wall s, CPU s, max RSS MiB, exit code) of one process."""
    started = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except BaseException:
        process.kill()
        process.wait()
        raise
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if code not in (0, 2):
        sys.exit(f"{args[:3]} exit {code}: {stderr[-1500:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code


def best(args, runs=RUNS):
    results = [run(args) for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results), max(r[2] for r in results)


def big_manifest(path):
    """~10 MB: one target per format family, keep.versions listing 100,000 exact versions."""
    with open(path, "w") as out:
        out.write("version: 1\ndefaults:\n  domain: acme\n  domainOwner: \"111122223333\"\n  region: us-east-1\n"
                  "settings:\n  maxDeletions: 1000000\ntargets:\n")
        per_target = 25_000
        for index, (format, namespace) in enumerate([("npm", "acme"), ("maven", "com.acme.*"), ("pypi", None),
                                                     ("generic", "ci")]):
            out.write(f"  - name: explicit-{format}\n    repository: store-{index}\n    format: {format}\n")
            if namespace:
                out.write(f"    namespace: \"{namespace}\"\n")
            out.write("    select:\n      olderThan: 30d\n    keep:\n      latest: 5\n      versions:\n")
            for number in range(per_target):
                out.write(f"        - \"{number // 1000}.{number % 1000}.0-ci.20261129.build{number:06d}"
                          f"+sha.{(number * 2654435761) % (1 << 32):08x}{number:016x}.linux-x86_64-gnu.release.{format}\"\n")
    return path.stat().st_size


def main():
    if not PRUNE.exists():
        sys.exit(f"{PRUNE} is missing: run `swift build -c release` first")
    with tempfile.TemporaryDirectory(prefix="prune-micro-") as directory:
        directory = pathlib.Path(directory)
        rows = []

        if "manifest" in ONLY:
            manifest_row(directory, rows)
        if "rules" in ONLY:
            rules_rows(directory, rows)
        if "startup" in ONLY:
            startup_rows(rows)

    print("| benchmark | measured | target | ratio to target |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def manifest_row(directory, rows):
    """1. manifest parsing."""
    manifest = directory / "big.yaml"
    size = big_manifest(manifest)
    wall, cpu, rss = best([str(PRUNE), "validate", str(manifest)])
    rows.append(("manifest: validate a %.1f MB manifest, 100,000 versions listed" % (size / 1e6),
                 f"{wall:.3f} s wall, {cpu:.3f} s CPU, {rss:.0f} MiB", "< 1 s", f"{wall / 1.0:.2f}"))


def rules_rows(directory, rows):
    """2. rule evaluation on 1,000,000 versions. The inventory is what `prune inventory`
    writes by default: no assets (those come with --sizes, which this does not measure), so
    the generator leaves them out. MICRO_INVENTORY=PATH keeps it there for the next run (it
    is generated when missing)."""
    kept = os.environ.get("MICRO_INVENTORY")
    inventory = pathlib.Path(kept) if kept else directory / "inventory.json"
    if not inventory.exists():
        generate_inventory(inventory)
    inventory_mb = inventory.stat().st_size / 1e6

    def plan_file(name, select_versions, packages):
        lines = ["version: 1", "defaults:", "  domain: acme", '  domainOwner: "111122223333"',
                 "  region: us-east-1", "  repository: store", "settings:", "  maxDeletions: 100000000",
                 "  now: 2026-11-29T00:00:00Z", "targets:"]
        for format in ["npm", "maven", "pypi", "nuget", "generic", "cargo", "ruby", "swift"]:
            lines += [f"  - name: {name}-{format}", f"    format: {format}"]
            if format in ("maven", "swift", "generic"):
                lines.append('    namespace: "*"')
            lines += [f"    packages: {packages}", "    select:", f"      versions: {select_versions}",
                      "      olderThan: 90d", "    keep:", "      latest: 5", "      newerThan: 14d",
                      '      versions: ["1.*", "!1.0.*"]']
        path = directory / f"{name}.yaml"
        path.write_text("\n".join(lines) + "\n")
        return path

    globs = plan_file("globs", '["*-*", "*SNAPSHOT*", "*.dev*", "*[0-9]"]', '["*", "!internal-*"]')
    regex = plan_file("regex", '["/.*[-.](alpha|beta|rc|dev|SNAPSHOT).*/", "/[0-9]+\\\\.[0-9]+\\\\.[0-9]+/"]',
                      '["*"]')
    nothing = plan_file("nothing", '["*"]', '["no-such-package-*"]')
    load = best([str(PRUNE), "plan", str(nothing), "--inventory", str(inventory)])
    full = best([str(PRUNE), "plan", str(globs), "--inventory", str(inventory)])
    with_regex = best([str(PRUNE), "plan", str(regex), "--inventory", str(inventory)])
    rows.append((f"inventory load alone ({inventory_mb:.0f} MB JSON, 1,000,000 versions; plan matching nothing)",
                 f"{load[0]:.2f} s wall, {load[1]:.2f} s CPU, {load[2]:.0f} MiB", "", ""))
    rows.append(("rules: globs + age rules on 1,000,000 versions, incl. load",
                 f"{full[0]:.2f} s wall, {full[1]:.2f} s CPU, {full[2]:.0f} MiB", "< 1 s CPU",
                 f"{full[1]:.2f}"))
    rows.append(("rules: peak memory (RSS) of that run", f"{full[2]:.0f} MiB", "< 250 MiB",
                 f"{full[2] / 250:.2f}"))
    rows.append(("rules: the same minus the load (evaluation alone)", f"{full[1] - load[1]:.2f} s CPU", "",
                 ""))
    rows.append(("rules: regular expressions + age, minus the load (reported, not held)",
                 f"{with_regex[1] - load[1]:.2f} s CPU ({with_regex[1]:.2f} s incl. load)", "", ""))


def generate_inventory(inventory):
    """1,000,000 versions from the emulator's generator (seed 3)."""
    generator = subprocess.Popen(
        [str(BUILD / "codeartifact-emulator"), "--port", "0", "--quota", "off", "--generate",
         "packages=2000,versions=500,seed=3,repository=store,now=2026-11-29T00:00:00Z,assets=off", "--write-seed",
         str(inventory)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        generator.stdout.readline()  # the port: the seed is written before it listens
    finally:
        generator.send_signal(signal.SIGTERM)
        try:
            generator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            generator.kill()
            generator.wait()


def startup_rows(rows):
    """3. start-up."""
    small = ROOT / "examples" / "npm-prereleases.yaml"
    starts = [run([str(PRUNE), "validate", str(small)])[0] for _ in range(STARTS)]
    median = statistics.median(starts)
    rows.append((f"start-up: `prune validate` of a small plan, median of {STARTS}",
                 f"{median * 1000:.1f} ms (min {min(starts) * 1000:.1f}, max {max(starts) * 1000:.1f})",
                 "< 50 ms", f"{median / 0.05:.2f}"))
    boto = [run([sys.executable, "-c", "import boto3; boto3.client('codeartifact', region_name='us-east-1')"])[0]
            for _ in range(max(3, STARTS // 10))]
    rows.append(("for comparison: python3 -c 'import boto3; boto3.client(...)', median",
                 f"{statistics.median(boto) * 1000:.0f} ms", "", ""))


if __name__ == "__main__":
    main()
