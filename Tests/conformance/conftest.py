"""Starts the built emulator once per module, seeded with examples/inventory.json."""

import json
import os
import pathlib
import subprocess
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EMULATOR = ROOT / ".build" / "debug" / "codeartifact-emulator"
INVENTORY_PATH = ROOT / "examples" / "inventory.json"

# Credential sets the emulator is started with (fake, for the emulator only).
KEY, SECRET = "AKIDCONFORMANCE", "conformance-secret"
TOKEN_KEY, TOKEN_SECRET, TOKEN = "ASIACONFORMANCE", "session-secret", "c2Vzc2lvbi10b2tlbg=="
EXPIRED_KEY, EXPIRED_SECRET, EXPIRED_TOKEN = "ASIAEXPIRED", "expired-secret", "ZXhwaXJlZA=="


class Emulator:
    def __init__(self, url):
        self.url = url

    def admin(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def reset(self):
        self.admin("POST", "/_emulator/reset")

    def state(self):
        return self.admin("GET", "/_emulator/state")

    def counters(self):
        return self.admin("GET", "/_emulator/counters")


@pytest.fixture(scope="session")
def emulator():
    # Fail, never skip: the conformance suite exists to run.
    assert EMULATOR.exists(), f"{EMULATOR} is missing: run `swift build --product codeartifact-emulator` first"
    process = subprocess.Popen(
        [
            str(EMULATOR),
            "--inventory", str(INVENTORY_PATH),
            "--port", "0",
            "--credentials", f"{KEY}:{SECRET}",
            "--credentials", f"{TOKEN_KEY}:{TOKEN_SECRET}:{TOKEN}",
            "--credentials", f"{EXPIRED_KEY}:{EXPIRED_SECRET}:{EXPIRED_TOKEN},expires=2020-01-01T00:00:00Z",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline().strip()
        assert line.isdigit(), f"no port on stdout: {line!r} {process.stderr.read() if process.poll() is not None else ''}"
        yield Emulator(f"http://127.0.0.1:{line}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(autouse=True)
def fresh(emulator, monkeypatch):
    """Every test starts from the seed with AWS's quotas and no faults; credentials come from
    the environment, as real users set them, and nothing is read from ~/.aws."""
    emulator.admin("POST", "/_emulator/config", {"quotas": "aws", "faults": "off", "statusUpdates": "per-version"})
    emulator.reset()
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    yield


@pytest.fixture(scope="session")
def inventory():
    return json.loads(INVENTORY_PATH.read_text())
