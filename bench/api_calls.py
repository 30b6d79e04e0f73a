#!/usr/bin/env python3
"""API calls of a plan with age rules vs the minimum and vs the naive approach (quality.md:
"<= 1.1 x the minimum (pages + a binary search per package and age boundary + the writes);
per-version describes, as the naive peers do, cost 5-50 x more calls").

Starts the release emulator (quotas off: this counts calls, it does not time them) on a
generated repository, runs `prune plan` with `select.olderThan` (and a `keep.newerThan`, a
second boundary) against it, and reads the emulator's counters:

- prune's calls: ListPackages + ListPackageVersions + DescribePackageVersion (+ the writes
  the plan would send, computed from the saved plan: one per package, status and 100);
- the minimum: the same list pages, ceil(log2(n + 1)) describes per package and boundary
  (quality.md's "a binary search per package and age boundary"; prune memoises describes across
  boundaries and stops early at the list's ends, so it can come in under this), the same writes;
- the naive approach: the same list pages, one describe per version, the same writes.

Prints the ratios and what the calls cost in time at AWS's read quotas.

    python3 bench/api_calls.py   # API_PACKAGES (2000), API_VERSIONS (50), API_SEED (1)
"""

import collections
import json
import math
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "support"))
from emulatorkit import FORMATS, NAMESPACED, Emulator, build_dir, prune_env  # noqa: E402

BUILD = build_dir("BENCH_BUILD", "release")
PACKAGES = int(os.environ.get("API_PACKAGES", "2000"))
VERSIONS = int(os.environ.get("API_VERSIONS", "50"))
SEED = int(os.environ.get("API_SEED", "1"))
REPOSITORY = {"npm": "npm-store", "maven": "maven-releases", "pypi": "python-internal"}
ENV = prune_env()


def main():
    with Emulator(BUILD / "codeartifact-emulator", "--quota", "off", "--generate",
                  f"packages={PACKAGES},versions={VERSIONS},seed={SEED},now=2026-11-29T00:00:00Z") as emulator:
        url = emulator.url
        seed = emulator.state()
        sizes = [len(p["versions"]) for d in seed["domains"] for r in d["repositories"] for p in r["packages"]]
        # The fewest list pages: ListPackages once per repository, ListPackageVersions per package (pages of 1,000).
        minimum_pages = (sum(max(1, math.ceil(len(r["packages"]) / 1000)) for d in seed["domains"]
                             for r in d["repositories"]) + sum(max(1, math.ceil(n / 1000)) for n in sizes))
        with tempfile.TemporaryDirectory() as directory:
            manifest = pathlib.Path(directory) / "age.yaml"
            lines = ["version: 1", "defaults:", "  domain: acme", '  domainOwner: "111122223333"',
                     "  region: us-east-1", "settings:", "  maxDeletions: 10000000",
                     "  now: 2026-11-29T00:00:00Z", "targets:"]
            for format in FORMATS:
                lines += [f"  - name: old-{format}", f"    repository: {REPOSITORY.get(format, 'shared-store')}",
                          f"    format: {format}"]
                if format in NAMESPACED:
                    lines.append('    namespace: "*"')
                lines += ["    select:", "      olderThan: 180d", "    keep:", "      latest: 3",
                          "      newerThan: 30d"]
            manifest.write_text("\n".join(lines) + "\n")
            out = pathlib.Path(directory) / "plan.json"
            result = subprocess.run([str(BUILD / "prune"), "plan", str(manifest), "--endpoint-url", url,
                                     "--out", str(out), "--format", "json"],
                                    capture_output=True, text=True, env=ENV, timeout=1800)
            if result.returncode != 0:
                sys.exit(f"prune plan exit {result.returncode}: {result.stderr[-2000:]}")
            plan = json.loads(out.read_text())
        counters = emulator.counters()["operations"]

    calls = {op: c["requests"] for op, c in counters.items() if c["requests"]}
    pages = calls.get("ListPackages", 0) + calls.get("ListPackageVersions", 0)
    describes = calls.get("DescribePackageVersion", 0)
    groups = collections.Counter((a["repository"], a["format"], a.get("namespace"), a["package"], a["status"])
                                 for a in plan["actions"])
    writes = sum(math.ceil(n / 100) for n in groups.values())
    versions = sum(sizes)
    boundaries = 2  # olderThan 180d, newerThan 30d
    minimum_describes = sum(boundaries * math.ceil(math.log2(n + 1)) for n in sizes if n)
    prune_total = pages + describes + writes
    minimum = minimum_pages + minimum_describes + writes
    naive = minimum_pages + versions + writes
    print(f"== API calls: {len(sizes)} packages, {versions} versions; age rules olderThan 180d + newerThan 30d "
          f"(2 boundaries per package); plan acts on {len(plan['actions'])} versions")
    print("| | prune | minimum | naive (describe every version) |")
    print("|---|---|---|---|")
    print(f"| list pages (ListPackages + ListPackageVersions) | {pages} | {minimum_pages} | {minimum_pages} |")
    print(f"| DescribePackageVersion | {describes} | {minimum_describes} | {versions} |")
    print(f"| writes (one per package, status, 100 versions) | {writes} | {writes} | {writes} |")
    print(f"| total | {prune_total} | {minimum} | {naive} |")
    print(f"| ratio to the minimum (target <= 1.1) | {prune_total / minimum:.3f} | 1.000 | {naive / minimum:.2f} |")
    print(f"| naive / prune | | | {naive / prune_total:.2f} x the calls |")
    describe_rate, list_rate = 400, 200  # manifest.md's DescribePackageVersion default; AWS's list quotas
    def reads_time(list_pages, describe_calls):
        return max(list_pages / list_rate, describe_calls / describe_rate, (list_pages + describe_calls) / 800)

    print(f"| read time at AWS quotas (s; lists 200/s, describes {describe_rate}/s, reads 800/s) | "
          f"{reads_time(pages, describes):.1f} | {reads_time(minimum_pages, minimum_describes):.1f} | "
          f"{reads_time(minimum_pages, versions):.1f} |")
    print(f"describes per package: prune {describes / len(sizes):.2f}, minimum "
          f"{minimum_describes / len(sizes):.2f}; describes alone vs minimum {describes / max(1, minimum_describes):.3f}")


if __name__ == "__main__":
    main()
