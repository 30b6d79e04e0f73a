"""The GitHub Action (action.yml, whose logic is Scripts/action.sh) run locally: a faked GitHub
environment (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_PATH, RUNNER_TEMP), a release-shaped
tarball of the debug build with its SHA256SUMS, and the emulator seeded with
examples/inventory.json. Checked: the install (checksum verified, mismatch refused), the job
summary, the outputs, plan mode changing nothing, apply mode acting on exactly the saved plan,
the shard, and the download path (a file:// releases URL, default version).
"""

import hashlib
import json
import os
import platform
import re
import subprocess
import tarfile

import pytest
import yaml

from proofkit import PRUNE, EMULATOR, ROOT, clean_env, emulator_factory, require_binaries  # noqa: F401

ACTION = ROOT / "action.yml"
SCRIPT = ROOT / "Scripts" / "action.sh"
VERSION = re.search(r'^let pruneVersion = "([^"]+)"$', (ROOT / "Sources/prune/PruneVersion.swift").read_text(), re.M)[1]
NAME = f"prune-{VERSION}-linux-{platform.machine()}"
PLAN = "examples/nightly-cleanup.yaml"


@pytest.fixture(scope="module")
def built_release(tmp_path_factory):
    """NAME.tar.gz of the debug build, laid out like Scripts/release's, and its SHA-256."""
    require_binaries()
    tarball = tmp_path_factory.mktemp("release") / f"{NAME}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=1) as archive:
        for binary in (PRUNE, EMULATOR):
            archive.add(binary, arcname=f"{NAME}/{binary.name}")
    return tarball, hashlib.sha256(tarball.read_bytes()).hexdigest()


@pytest.fixture
def release(tmp_path, built_release):
    """This test's releases/vVERSION/{NAME.tar.gz, SHA256SUMS}; returns the tarball."""
    source, digest = built_release
    directory = tmp_path / "releases" / f"v{VERSION}"
    directory.mkdir(parents=True)
    tarball = directory / source.name
    os.link(source, tarball)
    (directory / "SHA256SUMS").write_text(f"{digest}  {tarball.name}\n")
    return tarball


def run_action(tmp_path, emulator, **inputs):
    """Runs Scripts/action.sh as the action's step would; returns (result, outputs, summary)."""
    github = tmp_path / "github"
    github.mkdir(exist_ok=True)
    for name in ("summary.md", "output", "path"):
        (github / name).write_text("")
    (tmp_path / "runner").mkdir(exist_ok=True)
    env = clean_env(
        GITHUB_STEP_SUMMARY=str(github / "summary.md"),
        GITHUB_OUTPUT=str(github / "output"),
        GITHUB_PATH=str(github / "path"),
        RUNNER_TEMP=str(tmp_path / "runner"),
        PRUNE_PLAN=str(ROOT / PLAN),
        PRUNE_ARGS=f"--endpoint-url {emulator.url}",
    )
    env.update({f"PRUNE_{key.upper()}": str(value) for key, value in inputs.items()})
    workspace = tmp_path / "workspace"
    workspace.mkdir(exist_ok=True)
    result = subprocess.run([str(SCRIPT)], capture_output=True, text=True, timeout=300, cwd=workspace, env=env)
    outputs = dict(line.split("=", 1) for line in (github / "output").read_text().splitlines())
    return result, outputs, (github / "summary.md").read_text(), workspace


def test_action_yml_passes_every_input_and_output():
    action = yaml.safe_load(ACTION.read_text())
    assert action["runs"]["using"] == "composite"
    (step,) = action["runs"]["steps"]
    assert step["id"] == "prune" and step["shell"] == "bash" and "Scripts/action.sh" in step["run"]
    assert {"plan", "mode", "version", "report", "shard", "args"} <= set(action["inputs"])
    wired = " ".join(step["env"].values())
    for name in action["inputs"]:
        assert f"inputs.{name}" in wired, f"input {name} never reaches Scripts/action.sh"
    script = SCRIPT.read_text()
    for name, output in action["outputs"].items():
        assert output["value"] == f"${{{{ steps.prune.outputs.{name} }}}}"
        assert f'echo "{name}=' in script, f"Scripts/action.sh never writes the output {name}"


def test_plan_mode_summarizes_saves_and_changes_nothing(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    before = emulator.state()
    result, outputs, summary, workspace = run_action(tmp_path, emulator, tarball=release)
    assert result.returncode == 0, result.stderr + result.stdout
    saved = json.loads((workspace / "prune-report-plan.json").read_text())
    assert saved["summary"]["act"] > 0
    assert outputs == {
        "plan": "prune-report-plan.json",
        "report": "",
        "acted-on": str(saved["summary"]["act"]),
        "failed": "0",
        "exit-code": "0",
    }
    assert "|" in summary and "nightly-cleanup.yaml" in summary, summary
    assert (tmp_path / "github" / "path").read_text().strip().endswith(NAME)
    assert emulator.state() == before


def test_apply_mode_acts_on_exactly_the_saved_plan(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    result, outputs, summary, workspace = run_action(tmp_path, emulator, tarball=release, mode="apply", report="out.json")
    assert result.returncode == 0, result.stderr + result.stdout
    saved = json.loads((workspace / "out-plan.json").read_text())
    report = json.loads((workspace / "out.json").read_text())
    assert report["summary"]["versions"] == saved["summary"]["act"] == report["summary"]["succeeded"] > 0
    assert outputs["report"] == "out.json" and outputs["plan"] == "out-plan.json"
    assert outputs["acted-on"] == str(saved["summary"]["act"])
    assert outputs["failed"] == "0" and outputs["exit-code"] == "0"
    assert "### prune apply" in summary
    # Planned again, nothing is left to do.
    again, outputs, _, _ = run_action(tmp_path, emulator, tarball=release)
    assert again.returncode == 0 and outputs["acted-on"] == "0", again.stderr


def test_shard_goes_to_the_saved_plan(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    result, outputs, _, workspace = run_action(tmp_path, emulator, tarball=release, shard="1/2")
    assert result.returncode == 0, result.stderr + result.stdout
    assert json.loads((workspace / outputs["plan"]).read_text())["shard"] == "1/2"


def test_checksum_mismatch_is_refused_before_anything_runs(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    sums = release.parent / "SHA256SUMS"
    sums.write_text("0" * 64 + sums.read_text()[64:])
    result, outputs, summary, workspace = run_action(tmp_path, emulator, tarball=release, mode="apply")
    assert result.returncode == 1
    assert "does not match its SHA256SUMS entry" in result.stdout
    assert outputs == {} and summary == "" and not (workspace / "prune-report.json").exists()


def test_download_of_the_default_version(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    releases = release.parent.parent
    result, outputs, _, _ = run_action(tmp_path, emulator, releases=f"file://{releases}")
    assert result.returncode == 0, result.stderr + result.stdout
    assert f"prune {VERSION} installed" in result.stdout
    assert outputs["exit-code"] == "0"


def test_invalid_plan_fails_the_step_with_its_exit_code(tmp_path, release, emulator_factory):
    emulator = emulator_factory("--inventory", str(ROOT / "examples/inventory.json"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\ntargets: nope\n")
    result, outputs, _, _ = run_action(tmp_path, emulator, tarball=release, plan=broken, mode="apply")
    assert result.returncode == 65
    assert outputs["exit-code"] == "65" and outputs["acted-on"] == "0"
