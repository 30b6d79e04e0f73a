#!/usr/bin/env python3
"""The baseline prune is measured against: the retention job as a competent engineer would
write it with boto3, in one file. Keep the N newest versions of every package (by publish
time), delete the rest.

What it does, and why it is a fair opponent:
- one shared client (boto3 clients are thread-safe) with `retries={"mode": "adaptive"}`:
  botocore's client-side rate limiter that starts after the first throttle and adapts with
  CUBIC; `max_attempts` raised from 3 to 10 so that throttling never loses a package (with 3
  it does, at AWS's quotas), and `max_pool_connections` = the thread count (urllib3 would
  otherwise throw connections away);
- ListPackages through the paginator with the largest page (1000), per repository;
- a ThreadPoolExecutor of 16: per package, ListPackageVersions with `sortBy=PUBLISHED_TIME`
  (newest first, the service sorts) and the largest page, keep the first N, and delete the
  rest in chunks of 100 per status with `expectedStatus` (the optimistic check the API
  offers, the same requests prune sends);
- reads `failedVersions` of every 200 answer and counts them.
What it does not do (what prune adds): pace itself before the first throttle, honour
`Retry-After`, separate the plan from the writes with guards, write a report.

    python3 bench/baseline_boto3.py --endpoint-url http://127.0.0.1:PORT \\
        --domain acme --repository npm-store --repository maven-releases ... [--keep 5] [--workers 16]

Credentials come from the environment (AWS_ACCESS_KEY_ID...). Prints one JSON line with the
counts on stdout.
"""

import argparse
import collections
import concurrent.futures
import json
import sys
import time

import boto3
import botocore.config


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--endpoint-url")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--domain", required=True)
    parser.add_argument("--domain-owner")
    parser.add_argument("--repository", action="append", required=True)
    parser.add_argument("--keep", type=int, default=5)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--max-attempts", type=int, default=10)
    args = parser.parse_args()

    config = botocore.config.Config(
        retries={"mode": "adaptive", "max_attempts": args.max_attempts},
        max_pool_connections=args.workers,
    )
    client = boto3.client("codeartifact", region_name=args.region, endpoint_url=args.endpoint_url, config=config)
    owner = {"domainOwner": args.domain_owner} if args.domain_owner else {}
    started = time.monotonic()

    packages = []
    for repository in args.repository:
        paginator = client.get_paginator("list_packages")
        for page in paginator.paginate(domain=args.domain, repository=repository, **owner,
                                       PaginationConfig={"PageSize": 1000}):
            for package in page["packages"]:
                packages.append((repository, package))

    def prune_package(item):
        repository, package = item
        coordinates = {"domain": args.domain, "repository": repository, "format": package["format"],
                       "package": package["package"], **owner}
        if package.get("namespace"):
            coordinates["namespace"] = package["namespace"]
        versions = []
        paginator = client.get_paginator("list_package_versions")
        for page in paginator.paginate(**coordinates, sortBy="PUBLISHED_TIME", PaginationConfig={"PageSize": 1000}):
            versions.extend(page["versions"])
        by_status = collections.defaultdict(list)
        for version in versions[args.keep:]:
            by_status[version["status"]].append(version["version"])
        deleted, failed = 0, collections.Counter()
        for status, names in sorted(by_status.items()):
            for start in range(0, len(names), 100):
                answer = client.delete_package_versions(
                    **coordinates, versions=names[start:start + 100], expectedStatus=status)
                deleted += len(answer.get("successfulVersions", {}))
                for failure in answer.get("failedVersions", {}).values():
                    failed[failure["errorCode"]] += 1
        return deleted, failed

    deleted, failed, errors = 0, collections.Counter(), collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        for future in concurrent.futures.as_completed([pool.submit(prune_package, item) for item in packages]):
            try:
                count, failures = future.result()
                deleted += count
                failed.update(failures)
            except Exception as error:  # a package whose calls failed past the retries
                errors[type(error).__name__] += 1
    print(json.dumps({"packages": len(packages), "deleted": deleted, "failedVersions": dict(failed),
                      "packageErrors": dict(errors), "seconds": round(time.monotonic() - started, 3)}))
    return 1 if failed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
