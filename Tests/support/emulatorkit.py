"""One helper for every Python script that drives the built emulator and prune: the proof
suites (Tests/suites/proofkit.py builds on it) and the benchmarks (bench/*.py).

It starts `codeartifact-emulator` on a free port, talks to its admin endpoints, stops it on
every path, and gives prune an environment with the emulator's credentials and nothing of
the caller's AWS setup. Nothing here builds anything or decides a test's outcome.
"""

import json
import os
import pathlib
import signal
import subprocess
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
KEY, SECRET = "AKIDEMULATOR", "emulator-secret"
# Not os.devnull: prune cannot read /dev/null as a config file.
NO_FILE = "/nonexistent/prune/aws-config"
FORMATS = ["npm", "maven", "pypi", "nuget", "generic", "cargo", "ruby", "swift"]
NAMESPACED = {"maven", "swift", "generic"}  # namespace required: "*" matches every one


def build_dir(variable, configuration):
    """The build products: `$variable` when set, else `.build/<configuration>`."""
    return pathlib.Path(os.environ.get(variable, ROOT / ".build" / configuration))


def prune_env(**extra):
    """The environment for prune: emulator credentials, no profile, no instance metadata, no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        AWS_ACCESS_KEY_ID=KEY,
        AWS_SECRET_ACCESS_KEY=SECRET,
        AWS_REGION="us-east-1",
        AWS_CONFIG_FILE=NO_FILE,
        AWS_SHARED_CREDENTIALS_FILE=NO_FILE,
        AWS_EC2_METADATA_DISABLED="true",
        NO_COLOR="1",
    )
    env.pop("GITHUB_STEP_SUMMARY", None)
    env.update(extra)
    return env


def cpu_of(pid):
    """User + system CPU seconds of a live process, from /proc."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Emulator:
    """One emulator process on a free port; `stop()` is idempotent, and `with` stops it too."""

    def __init__(self, binary, *args, admin_timeout=120):
        binary = pathlib.Path(binary)
        if not binary.exists():
            raise FileNotFoundError(f"{binary} is missing: build it first (these scripts build nothing)")
        self.admin_timeout = admin_timeout
        self.process = subprocess.Popen(
            [str(binary), "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        try:
            line = self.process.stdout.readline().strip()
            if not line.isdigit():
                raise RuntimeError(f"the emulator printed no port: {line!r} (exit {self.process.poll()})")
        except BaseException:
            self.stop()
            raise
        self.port = int(line)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()

    def admin(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        with urllib.request.urlopen(request, timeout=self.admin_timeout) as response:
            return json.loads(response.read() or b"{}")

    def state(self):
        return self.admin("GET", "/_emulator/state")

    def counters(self):
        return self.admin("GET", "/_emulator/counters")

    def reset(self):
        self.admin("POST", "/_emulator/reset")

    def configure(self, **config):
        return self.admin("POST", "/_emulator/config", config)

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
        if self.process.stdout:
            self.process.stdout.close()
