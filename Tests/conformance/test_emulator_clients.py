"""The emulator speaks CodeArtifact's wire protocol: clients nobody here wrote (boto3 and the
AWS CLI, pointed at it with endpoint_url / --endpoint-url, signing with SigV4 from the
environment's credentials) drive every operation and parse every answer, errors included.
Expectations come from examples/inventory.json, the emulator's seed.
"""

import contextlib
import datetime
import json
import os
import subprocess

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import EXPIRED_KEY, EXPIRED_SECRET, EXPIRED_TOKEN, TOKEN, TOKEN_KEY, TOKEN_SECRET

DOMAIN, OWNER = "acme", "111122223333"


def client(emulator, retries=True, validate=True):
    config = botocore.config.Config(
        retries={"total_max_attempts": 3 if retries else 1, "mode": "standard"},
        parameter_validation=validate,
    )
    return boto3.session.Session().client("codeartifact", endpoint_url=emulator.url, config=config)


def package(inventory, repository, name, namespace=None):
    for repo in inventory["domains"][0]["repositories"]:
        if repo["name"] != repository:
            continue
        for entry in repo["packages"]:
            if entry["name"] == name and entry.get("namespace") == namespace:
                return entry
    raise KeyError(name)


def when(version):
    text = version["publishedTime"].replace("Z", "+00:00")
    return datetime.datetime.fromisoformat(text)


def error_of(call):
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        call()
    return raised.value.response


# MARK: - boto3, every operation


def test_list_repositories_in_domain_all_pages_and_filters(emulator, inventory):
    ca = client(emulator)
    pages = list(
        ca.get_paginator("list_repositories_in_domain").paginate(
            domain=DOMAIN, domainOwner=OWNER, PaginationConfig={"PageSize": 2}
        )
    )
    assert len(pages) >= 2 and all("nextToken" in page for page in pages[:-1])
    assert "nextToken" not in pages[-1]
    listed = [r["name"] for page in pages for r in page["repositories"]]
    expected = sorted(r["name"] for r in inventory["domains"][0]["repositories"])
    assert listed == expected
    first = pages[0]["repositories"][0]
    assert first["domainName"] == DOMAIN and first["domainOwner"] == OWNER
    assert first["administratorAccount"] == OWNER
    assert first["arn"].endswith(f":{OWNER}:repository/{DOMAIN}/{first['name']}")

    prefixed = ca.list_repositories_in_domain(domain=DOMAIN, repositoryPrefix="npm")
    assert [r["name"] for r in prefixed["repositories"]] == [n for n in expected if n.startswith("npm")]
    other = ca.list_repositories_in_domain(domain=DOMAIN, administratorAccount="999999999999")
    assert other["repositories"] == []

    missing = error_of(lambda: ca.list_repositories_in_domain(domain="nowhere"))
    assert missing["Error"]["Code"] == "ResourceNotFoundException"
    invalid = error_of(lambda: client(emulator, validate=False).list_repositories_in_domain(domain=DOMAIN, maxResults=0))
    assert invalid["Error"]["Code"] == "ValidationException"


def test_list_packages_all_pages_and_filters(emulator, inventory):
    ca = client(emulator)
    pages = list(
        ca.get_paginator("list_packages").paginate(
            domain=DOMAIN, domainOwner=OWNER, repository="maven-releases", PaginationConfig={"PageSize": 2}
        )
    )
    assert len(pages) >= 2 and all("nextToken" in page for page in pages[:-1])
    assert "nextToken" not in pages[-1]
    listed = [(p["format"], p.get("namespace"), p["package"]) for page in pages for p in page["packages"]]
    expected = [
        (p["format"], p.get("namespace"), p["name"])
        for r in inventory["domains"][0]["repositories"]
        if r["name"] == "maven-releases"
        for p in r["packages"]
    ]
    assert sorted(listed, key=str) == sorted(expected, key=str)
    assert pages[0]["packages"][0]["originConfiguration"] == {"restrictions": {"publish": "ALLOW", "upstream": "ALLOW"}}

    # namespace is a prefix filter (needs the format); so is package-prefix.
    scoped = ca.list_packages(domain=DOMAIN, repository="maven-releases", format="maven", namespace="com.acme")
    assert {p["namespace"] for p in scoped["packages"]} == {"com.acme.platform", "com.acme.tools"}
    prefixed = ca.list_packages(domain=DOMAIN, repository="npm-store", packagePrefix="ui-")
    assert {p["package"] for p in prefixed["packages"]} == {"ui-kit", "ui-legacy", "ui-icons"}
    python = ca.list_packages(domain=DOMAIN, repository="python-internal", format="pypi")
    assert all("namespace" not in p for p in python["packages"])


def test_list_package_versions_sorted_filtered_paginated(emulator, inventory):
    ca = client(emulator)
    seed = package(inventory, "npm-store", "ui-kit", "acme")["versions"]
    pages = list(
        ca.get_paginator("list_package_versions").paginate(
            domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit",
            sortBy="PUBLISHED_TIME", PaginationConfig={"PageSize": 4},
        )
    )
    listed = [v for page in pages for v in page["versions"]]
    newest_first = sorted(seed, key=lambda v: (-when(v).timestamp(), v["version"]))
    assert [v["version"] for v in listed] == [v["version"] for v in newest_first]
    assert {v["version"]: v["status"] for v in listed} == {v["version"]: v["status"] for v in seed}
    assert {v["version"]: v["revision"] for v in listed} == {v["version"]: v["revision"] for v in seed}
    first = pages[0]
    assert first["format"] == "npm" and first["namespace"] == "acme" and first["package"] == "ui-kit"
    # npm: the newest Published release (what `latest` names), pre-releases aside.
    releases = [v for v in newest_first if v["status"] == "Published" and "-" not in v["version"]]
    assert first["defaultDisplayVersion"] == releases[0]["version"]
    assert listed[0]["origin"] == {"domainEntryPoint": {"repositoryName": "npm-store"}, "originType": "INTERNAL"}

    unlisted = ca.list_package_versions(
        domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit", status="Unlisted"
    )
    assert sorted(v["version"] for v in unlisted["versions"]) == sorted(
        v["version"] for v in seed if v["status"] == "Unlisted"
    )
    external = ca.list_package_versions(
        domain=DOMAIN, repository="python-internal", format="pypi", package="acme-auth", originType="EXTERNAL"
    )
    auth = package(inventory, "python-internal", "acme-auth")["versions"]
    assert sorted(v["version"] for v in external["versions"]) == sorted(
        v["version"] for v in auth if v["origin"] == "EXTERNAL"
    )
    assert external["versions"][0]["origin"]["domainEntryPoint"] == {"externalConnectionName": "public:pypi"}


def test_describe_package_version(emulator, inventory):
    ca = client(emulator)
    seed = package(inventory, "maven-releases", "core", "com.acme.platform")["versions"][0]
    answer = ca.describe_package_version(
        domain=DOMAIN, repository="maven-releases", format="maven", namespace="com.acme.platform", package="core",
        packageVersion=seed["version"],
    )["packageVersion"]
    assert answer["version"] == seed["version"] and answer["revision"] == seed["revision"]
    assert answer["status"] == seed["status"] and answer["packageName"] == "core"
    assert answer["namespace"] == "com.acme.platform" and answer["format"] == "maven"
    assert answer["publishedTime"] == when(seed)  # botocore parsed the epoch-seconds number
    assert answer["origin"]["originType"] == seed["origin"]


def test_delete_reports_per_version_and_removes(emulator, inventory):
    ca = client(emulator)
    coordinates = dict(domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-legacy")
    versions = [v["version"] for v in package(inventory, "npm-store", "ui-legacy", "acme")["versions"]]
    answer = ca.delete_package_versions(versions=[versions[0], "9.9.9-missing"], **coordinates)
    assert answer["successfulVersions"] == {
        versions[0]: {"revision": package(inventory, "npm-store", "ui-legacy", "acme")["versions"][0]["revision"],
                      "status": "Deleted"}
    }
    assert answer["failedVersions"]["9.9.9-missing"]["errorCode"] == "NOT_FOUND"
    remaining = ca.list_package_versions(**coordinates)["versions"]
    assert versions[0] not in {v["version"] for v in remaining}
    assert len(remaining) == len(versions) - 1
    again = ca.delete_package_versions(versions=[versions[0]], **coordinates)
    assert again["failedVersions"][versions[0]]["errorCode"] == "NOT_FOUND"
    dumped = package(emulator.state(), "npm-store", "ui-legacy", "acme")["versions"]
    assert versions[0] not in {v["version"] for v in dumped}


def test_dispose_with_expected_status_and_revisions(emulator, inventory):
    ca = client(emulator)
    coordinates = dict(domain=DOMAIN, repository="shared-store", format="cargo", package="acme-core")
    seed = {v["version"]: v for v in package(inventory, "shared-store", "acme-core")["versions"]}
    published = [v for v, data in seed.items() if data["status"] == "Published"]
    answer = ca.dispose_package_versions(
        versions=published[:3],
        versionRevisions={published[1]: "not-the-revision", published[0]: seed[published[0]]["revision"]},
        expectedStatus="Published",
        **coordinates,
    )
    assert answer["successfulVersions"][published[0]]["status"] == "Disposed"
    assert answer["successfulVersions"][published[2]]["status"] == "Disposed"
    failure = answer["failedVersions"][published[1]]
    assert failure["errorCode"] == "MISMATCHED_REVISION"
    mismatched = ca.dispose_package_versions(versions=[published[1]], expectedStatus="Unlisted", **coordinates)
    assert mismatched["failedVersions"][published[1]] == {
        "errorCode": "MISMATCHED_STATUS",
        "errorMessage": "current status: Published, expected status: Unlisted",
    }
    disposed = ca.list_package_versions(status="Disposed", **coordinates)["versions"]
    assert sorted(v["version"] for v in disposed) == sorted([published[0], published[2]])


def test_update_status_per_version_and_all_or_nothing(emulator, inventory):
    ca = client(emulator)
    coordinates = dict(domain=DOMAIN, repository="shared-store", format="nuget", package="Acme.Http")
    seed = [v["version"] for v in package(inventory, "shared-store", "Acme.Http")["versions"]]
    answer = ca.update_package_versions_status(
        versions=seed[:2], targetStatus="Archived", expectedStatus="Published", **coordinates
    )
    assert {v: s["status"] for v, s in answer["successfulVersions"].items()} == {seed[0]: "Archived", seed[1]: "Archived"}
    assert answer["failedVersions"] == {}
    described = ca.describe_package_version(packageVersion=seed[0], **coordinates)["packageVersion"]
    assert described["status"] == "Archived"

    emulator.admin("POST", "/_emulator/config", {"statusUpdates": "all-or-nothing"})
    mixed = ca.update_package_versions_status(
        versions=[seed[2], "0.0.0-missing"], targetStatus="Unlisted", **coordinates
    )
    assert mixed["successfulVersions"] == {}
    assert mixed["failedVersions"]["0.0.0-missing"]["errorCode"] == "NOT_FOUND"
    assert mixed["failedVersions"][seed[2]]["errorCode"] == "SKIPPED"
    unchanged = ca.describe_package_version(packageVersion=seed[2], **coordinates)["packageVersion"]
    assert unchanged["status"] == "Published"


# MARK: - boto3, errors


def test_wrong_secret_is_a_signature_error(emulator, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    response = error_of(lambda: client(emulator).list_packages(domain=DOMAIN, repository="npm-store"))
    assert response["Error"]["Code"] == "InvalidSignatureException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert "signature" in response["Error"]["Message"].lower()


def test_unknown_key_is_unrecognized(emulator, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDNOBODY")
    response = error_of(lambda: client(emulator).list_packages(domain=DOMAIN, repository="npm-store"))
    assert response["Error"]["Code"] == "UnrecognizedClientException"


def test_session_tokens(emulator, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", TOKEN_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", TOKEN_SECRET)
    monkeypatch.setenv("AWS_SESSION_TOKEN", TOKEN)
    assert client(emulator).list_packages(domain=DOMAIN, repository="npm-store")["packages"]
    monkeypatch.setenv("AWS_SESSION_TOKEN", "d3Jvbmc=")
    response = error_of(lambda: client(emulator).list_packages(domain=DOMAIN, repository="npm-store"))
    assert response["Error"]["Code"] == "UnrecognizedClientException"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXPIRED_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXPIRED_SECRET)
    monkeypatch.setenv("AWS_SESSION_TOKEN", EXPIRED_TOKEN)
    response = error_of(lambda: client(emulator, retries=False).list_packages(domain=DOMAIN, repository="npm-store"))
    assert response["Error"]["Code"] == "ExpiredTokenException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_throttling_carries_retry_after(emulator):
    emulator.admin("POST", "/_emulator/config", {"quotas": "ListPackages=0.05/1"})
    ca = client(emulator, retries=False)
    ca.list_packages(domain=DOMAIN, repository="npm-store")
    response = error_of(lambda: ca.list_packages(domain=DOMAIN, repository="npm-store"))
    assert response["Error"]["Code"] == "ThrottlingException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 429
    assert response["retryAfterSeconds"] >= 1  # modeled member, bound to the Retry-After header
    assert int(response["ResponseMetadata"]["HTTPHeaders"]["retry-after"]) == response["retryAfterSeconds"]
    assert emulator.counters()["operations"]["ListPackages"]["throttled"] == 1


def test_more_than_100_versions_is_a_validation_error(emulator):
    ca = client(emulator, validate=False)
    response = error_of(
        lambda: ca.delete_package_versions(
            domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit",
            versions=[f"0.0.{n}" for n in range(101)],
        )
    )
    assert response["Error"]["Code"] == "ValidationException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert response["reason"] == "FIELD_VALIDATION_FAILED"
    assert "less than or equal to 100" in response["Error"]["Message"]


def test_validation_of_patterns_and_namespaces(emulator):
    ca = client(emulator, validate=False)
    bad_domain = error_of(lambda: ca.list_packages(domain="Acme", repository="npm-store"))
    assert bad_domain["Error"]["Code"] == "ValidationException"
    assert "'domain'" in bad_domain["Error"]["Message"]
    too_many = error_of(lambda: ca.list_packages(domain=DOMAIN, repository="npm-store", maxResults=1001))
    assert too_many["Error"]["Code"] == "ValidationException"
    no_namespace = error_of(
        lambda: ca.list_package_versions(domain=DOMAIN, repository="maven-releases", format="maven", package="core")
    )
    assert no_namespace["Error"]["Code"] == "ValidationException"


def test_unknown_package_is_not_found(emulator):
    response = error_of(
        lambda: client(emulator).list_package_versions(
            domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="no-such-package"
        )
    )
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 404
    assert response["resourceType"] == "package" and response["resourceId"] == "no-such-package"
    repository = error_of(lambda: client(emulator).list_packages(domain=DOMAIN, repository="nope-store"))
    assert repository["resourceType"] == "repository"
    other_owner = error_of(
        lambda: client(emulator).list_packages(domain=DOMAIN, domainOwner="999999999999", repository="npm-store")
    )
    assert other_owner["Error"]["Code"] == "AccessDeniedException"


def test_list_package_version_assets(emulator, inventory):
    ca = client(emulator)
    seed = package(inventory, "npm-store", "ui-kit", "acme")["versions"][0]
    answer = ca.list_package_version_assets(
        domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit",
        packageVersion=seed["version"],
    )
    assert answer["version"] == seed["version"] and answer["versionRevision"] == seed["revision"]
    assert answer["package"] == "ui-kit" and answer["namespace"] == "acme" and answer["format"] == "npm"
    assert [(a["name"], a["size"]) for a in answer["assets"]] == [(a["name"], a["size"]) for a in seed["assets"]]
    assert len(answer["assets"][0]["hashes"]["SHA-256"]) == 64
    missing = error_of(
        lambda: ca.list_package_version_assets(
            domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit",
            packageVersion="9.9.9",
        )
    )
    assert missing["ResponseMetadata"]["HTTPStatusCode"] == 404
    assert missing["Error"]["Code"] == "ResourceNotFoundException" and missing["resourceType"] == "package-version"
    too_many = error_of(
        lambda: client(emulator, validate=False).list_package_version_assets(
            domain=DOMAIN, repository="npm-store", format="npm", namespace="acme", package="ui-kit",
            packageVersion=seed["version"], maxResults=1001,
        )
    )
    assert too_many["Error"]["Code"] == "ValidationException"


@contextlib.contextmanager
def seeded_emulator(tmp_path, seed):
    """A second emulator, seeded with `seed` (an inventory document)."""
    from conftest import EMULATOR, KEY, SECRET, Emulator

    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    process = subprocess.Popen(
        [str(EMULATOR), "--inventory", str(path), "--port", "0", "--credentials", f"{KEY}:{SECRET}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        port = process.stdout.readline().strip()
        assert port.isdigit(), port
        yield Emulator(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def many_assets(tmp_path):
    """A second emulator whose one version has 150 assets (the service's most per version)."""
    seed = {"inventoryVersion": 1, "domains": [{"name": DOMAIN, "owner": OWNER, "repositories": [
        {"name": "files", "packages": [{"format": "generic", "namespace": "ci", "name": "bundle", "versions": [
            {"version": "1.0.0", "status": "Published", "origin": "INTERNAL",
             "assets": [{"name": f"part-{i:03d}.bin", "size": 1000 * i} for i in range(150)]}]}]}]}]}
    with seeded_emulator(tmp_path, seed) as emulator:
        yield emulator


def test_assets_paginate_with_boto3_and_the_cli(many_assets):
    coordinates = dict(domain=DOMAIN, repository="files", format="generic", namespace="ci", package="bundle")
    pages = list(
        client(many_assets).get_paginator("list_package_version_assets").paginate(
            packageVersion="1.0.0", PaginationConfig={"PageSize": 40}, **coordinates
        )
    )
    assert len(pages) == 4
    names = [a["name"] for page in pages for a in page["assets"]]
    assert names == [f"part-{i:03d}.bin" for i in range(150)]
    listed = aws(
        many_assets, "list-package-version-assets", "--domain", DOMAIN, "--repository", "files", "--format",
        "generic", "--namespace", "ci", "--package", "bundle", "--package-version", "1.0.0", "--page-size", "40",
    )
    assert sum(a["size"] for a in listed["assets"]) == sum(1000 * i for i in range(150))  # every page followed
    counters = many_assets.counters()
    assert counters["operations"]["ListPackageVersionAssets"]["requests"] == 8


# MARK: - AWS CLI


def aws(emulator, *arguments, check=True):
    env = dict(os.environ, AWS_MAX_ATTEMPTS="1", AWS_RETRY_MODE="standard")
    result = subprocess.run(
        ["aws", "codeartifact", *arguments, "--endpoint-url", emulator.url, "--output", "json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    if check:
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout) if result.stdout.strip() else {}
    return result


def test_cli_reads(emulator, inventory):
    packages = aws(emulator, "list-packages", "--domain", DOMAIN, "--repository", "shared-store", "--page-size", "2")
    expected = {p["name"] for r in inventory["domains"][0]["repositories"] if r["name"] == "shared-store"
                for p in r["packages"]}
    assert {p["package"] for p in packages["packages"]} == expected  # the CLI followed every nextToken

    seed = package(inventory, "shared-store", "build-web", "ci")["versions"]
    versions = aws(
        emulator, "list-package-versions", "--domain", DOMAIN, "--repository", "shared-store", "--format", "generic",
        "--namespace", "ci", "--package", "build-web", "--sort-by", "PUBLISHED_TIME", "--page-size", "5",
    )
    newest_first = sorted(seed, key=lambda v: (-when(v).timestamp(), v["version"]))
    assert [v["version"] for v in versions["versions"]] == [v["version"] for v in newest_first]

    described = aws(
        emulator, "describe-package-version", "--domain", DOMAIN, "--domain-owner", OWNER, "--repository",
        "shared-store", "--format", "generic", "--namespace", "ci", "--package", "build-web", "--package-version",
        seed[0]["version"],
    )["packageVersion"]
    assert described["revision"] == seed[0]["revision"]
    published = described["publishedTime"]  # awscli v1 prints the wire value: epoch seconds
    assert isinstance(published, (int, float)) and abs(published - when(seed[0]).timestamp()) < 0.0005


REPOSITORY_NAMES = ["maven-releases", "npm-legacy", "npm-store", "npm-team-a", "npm-team-b", "npm-team-c", "shared"]


@pytest.fixture
def many_repositories(tmp_path):
    """A second emulator whose domain has seven repositories, five of them `npm-*`."""
    seed = {"inventoryVersion": 1, "domains": [{"name": DOMAIN, "owner": OWNER, "repositories": [
        {"name": name, "packages": []} for name in REPOSITORY_NAMES]}]}
    with seeded_emulator(tmp_path, seed) as emulator:
        yield emulator


def test_repository_prefix_pages_with_boto3_and_the_cli(many_repositories):
    """What `repository` patterns send: `repository-prefix` with small pages, every page
    followed with the prefix kept; a prefix shorter than a repository name (2) is refused."""
    npm = [n for n in REPOSITORY_NAMES if n.startswith("npm-")]
    pages = list(
        client(many_repositories).get_paginator("list_repositories_in_domain").paginate(
            domain=DOMAIN, repositoryPrefix="npm-", PaginationConfig={"PageSize": 2}
        )
    )
    assert [r["name"] for page in pages for r in page["repositories"]] == npm
    assert len(pages) == 3 and "nextToken" not in pages[-1]
    listed = aws(many_repositories, "list-repositories-in-domain", "--domain", DOMAIN, "--repository-prefix",
                 "npm-team-", "--page-size", "1")
    assert [r["name"] for r in listed["repositories"]] == ["npm-team-a", "npm-team-b", "npm-team-c"]
    everything = aws(many_repositories, "list-repositories-in-domain", "--domain", DOMAIN, "--page-size", "3")
    assert [r["name"] for r in everything["repositories"]] == REPOSITORY_NAMES
    # boto3 pages (3) + the CLI's pages for npm-team- (3) and for all seven, three a page (3).
    assert many_repositories.counters()["operations"]["ListRepositoriesInDomain"]["requests"] == 9

    short = error_of(lambda: client(many_repositories, validate=False).list_repositories_in_domain(
        domain=DOMAIN, repositoryPrefix="n"))
    assert short["Error"]["Code"] == "ValidationException"


def test_cli_writes(emulator, inventory):
    coordinates = ["--domain", DOMAIN, "--repository", "python-internal", "--format", "pypi", "--package", "acme-data"]
    seed = package(inventory, "python-internal", "acme-data")["versions"]
    dev = [v["version"] for v in seed if ".dev" in v["version"]]
    deleted = aws(emulator, "delete-package-versions", *coordinates, "--versions", dev[0], dev[1],
                  "--expected-status", "Published")
    assert set(deleted["successfulVersions"]) == {dev[0], dev[1]}
    disposed = aws(emulator, "dispose-package-versions", *coordinates, "--versions", dev[2],
                   "--version-revisions", f"{dev[2]}={[v for v in seed if v['version'] == dev[2]][0]['revision']}")
    assert disposed["successfulVersions"][dev[2]]["status"] == "Disposed"
    updated = aws(emulator, "update-package-versions-status", *coordinates, "--versions", dev[3], dev[2],
                  "--target-status", "Unlisted")
    assert updated["successfulVersions"][dev[3]]["status"] == "Unlisted"
    assert updated["failedVersions"][dev[2]]["errorCode"] == "NOT_ALLOWED"
    state = {v["version"]: v["status"] for v in package(emulator.state(), "python-internal", "acme-data")["versions"]}
    assert dev[0] not in state and dev[1] not in state
    assert state[dev[2]] == "Disposed" and state[dev[3]] == "Unlisted"


def test_cli_errors(emulator, monkeypatch):
    missing = aws(emulator, "list-package-versions", "--domain", DOMAIN, "--repository", "npm-store", "--format",
                  "npm", "--package", "nothing-here", check=False)
    assert missing.returncode != 0 and "(ResourceNotFoundException)" in missing.stderr
    many = aws(emulator, "delete-package-versions", "--domain", DOMAIN, "--repository", "npm-store", "--format",
               "npm", "--namespace", "acme", "--package", "ui-kit", "--versions", *[f"1.0.{n}" for n in range(101)],
               check=False)
    assert many.returncode != 0 and "(ValidationException)" in many.stderr
    emulator.admin("POST", "/_emulator/config", {"quotas": "ListPackages=0.05/1"})
    aws(emulator, "list-packages", "--domain", DOMAIN, "--repository", "npm-store")
    throttled = aws(emulator, "list-packages", "--domain", DOMAIN, "--repository", "npm-store", check=False)
    assert throttled.returncode != 0 and "(ThrottlingException)" in throttled.stderr
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    forged = aws(emulator, "list-packages", "--domain", DOMAIN, "--repository", "npm-store", check=False)
    assert forged.returncode != 0 and "(InvalidSignatureException)" in forged.stderr
