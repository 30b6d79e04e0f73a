"""What can be checked here of the files that ship prune but do not run in this CI: the example
pipelines in examples/ci/ (YAML parses; shell steps pass shellcheck; shards, action inputs and
plans agree with prune), and the Dockerfile (its runtime stage installs exactly what
Scripts/chroot-test proves enough, runs as non-root, ENTRYPOINT ["prune"]).
"""

import re
import shutil
import subprocess

import pytest
import yaml

from proofkit import ROOT

CI = ROOT / "examples" / "ci"
ACTION_INPUTS = set(yaml.safe_load((ROOT / "action.yml").read_text())["inputs"])


def load(name):
    return list(yaml.safe_load_all((CI / name).read_text()))


def shellcheck(tmp_path, name, lines):
    """shellcheck over shell steps (bash); GitHub's ${{ }} expressions become a plain word."""
    script = tmp_path / f"{name}.sh"
    body = "\n".join(re.sub(r"\$\{\{[^}]*\}\}", "EXPRESSION", line) for line in lines)
    script.write_text("#!/usr/bin/env bash\nset -euo pipefail\n" + body + "\n")
    assert shutil.which("shellcheck"), "shellcheck is missing: Scripts/test installs it (apt-get install shellcheck)"
    result = subprocess.run(["shellcheck", "--severity=style", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def plans_named(text):
    return set(re.findall(r"examples/[\w-]+\.yaml", text))


def test_there_are_four_pipelines():
    assert sorted(path.name for path in CI.iterdir()) == [
        "buildspec.yml",
        "github-actions-nightly.yml",
        "gitlab-ci.yml",
        "kubernetes-cronjob.yaml",
    ]


@pytest.mark.parametrize("name", ["buildspec.yml", "github-actions-nightly.yml", "gitlab-ci.yml"])
def test_the_plans_they_name_exist(name):
    for plan in plans_named((CI / name).read_text()):
        assert (ROOT / plan).is_file(), plan


def test_github_actions_uses_oidc_shards_and_the_action(tmp_path):
    (workflow,) = load("github-actions-nightly.yml")
    assert workflow["permissions"]["id-token"] == "write"
    assert "schedule" in workflow[True]  # YAML 1.1 reads `on:` as true
    (job,) = workflow["jobs"].values()
    shards = job["strategy"]["matrix"]["shard"]
    assert shards == list(range(len(shards)))
    steps = job["steps"]
    assert any(step.get("uses", "").startswith("aws-actions/configure-aws-credentials@") for step in steps)
    (prune,) = [step for step in steps if re.match(r"[\w-]+/prune@", step.get("uses", ""))]
    assert set(prune["with"]) <= ACTION_INPUTS
    assert prune["with"]["shard"] == "${{ matrix.shard }}/%d" % len(shards)
    runs = [step["run"] for step in steps if "run" in step]
    shellcheck(tmp_path, "github", runs)


def test_gitlab_schedule_and_shell(tmp_path):
    (pipeline,) = load("gitlab-ci.yml")
    nightly = pipeline["prune-nightly"]
    assert nightly["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
    assert any("CI_NODE_INDEX - 1" in line for line in nightly["script"])
    lines = list(pipeline[".prune"]["before_script"])
    for job in ("prune-preview", "prune-nightly"):
        lines += pipeline[job]["script"]
    shellcheck(tmp_path, "gitlab", lines)


def test_codebuild_buildspec(tmp_path):
    (spec,) = load("buildspec.yml")
    assert spec["version"] == 0.2
    lines = [f'export {key}="{value}"' for key, value in spec["env"]["variables"].items()]
    for phase in ("install", "pre_build", "build"):
        lines += spec["phases"][phase]["commands"]
    assert any("sha256sum -c" in line for line in lines)
    shellcheck(tmp_path, "codebuild", lines)


def test_kubernetes_indexed_job_shards_by_completion_index():
    account, cronjob = load("kubernetes-cronjob.yaml")
    assert account["kind"] == "ServiceAccount" and cronjob["kind"] == "CronJob"
    job = cronjob["spec"]["jobTemplate"]["spec"]
    assert job["completionMode"] == "Indexed"
    (container,) = job["template"]["spec"]["containers"]
    args = container["args"]
    shard = args[args.index("--shard") + 1]
    assert shard == "$(JOB_COMPLETION_INDEX)/%d" % job["completions"]
    assert job["parallelism"] == job["completions"]
    assert job["template"]["spec"]["serviceAccountName"] == account["metadata"]["name"]


def test_dockerfile_runtime_stage_is_what_the_chroot_test_proves():
    dockerfile = (ROOT / "Dockerfile").read_text()
    stages = re.split(r"^FROM ", dockerfile, flags=re.M)[1:]
    assert stages[0].startswith("swift:6.3.1-bookworm AS build")
    runtime = stages[-1]
    assert runtime.startswith("debian:bookworm-slim")
    installed = set(re.search(r"apt-get install -y --no-install-recommends ([^\\\n&]+)", runtime)[1].split())
    chroot = (ROOT / "Scripts" / "chroot-test").read_text()
    proven = set(re.search(r"--include=([\w.,-]+)", chroot)[1].split(","))
    assert installed == proven == {"libyaml-0-2", "ca-certificates"}
    assert re.search(r"^USER (?!0\b|root\b)\S+", runtime, re.M)
    assert 'ENTRYPOINT ["prune"]' in runtime
    assert "--static-swift-stdlib" in stages[0]
