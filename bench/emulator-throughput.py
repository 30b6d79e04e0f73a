#!/usr/bin/env python3
"""Throughput of the CodeArtifact emulator on loopback (target: >= 5,000 simple requests/s
on 2 cores, docs/spec quality.md).

Starts the built emulator with quotas off and a generated inventory, pre-signs a set of
DescribePackageVersion requests with botocore's SigV4 signer (a signature stays valid for
15 minutes, so requests can be replayed), and drives them over keep-alive connections:

- with `wrk` (C, event-driven; used when it is on PATH: `apt-get install wrk`; this script
  installs nothing), or
- with Python client processes (one connection each, request after request), otherwise
  or with --client python. Python clients cost far more CPU per request than the server,
  so on 2 cores this measures the client as much as the server.

The server's own counters (GET /_emulator/counters) give the number of answered requests
and their statuses; the emulator's CPU time is read from /proc. Prints req/s and the ratio
to the 5,000 req/s target.

    swift build -c release --product codeartifact-emulator
    python3 bench/emulator-throughput.py [--binary .build/release/codeartifact-emulator]
        [--seconds 10] [--connections 32] [--threads 2] [--client wrk|python]
"""

import argparse
import json
import multiprocessing
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import botocore.auth
import botocore.awsrequest
import botocore.credentials

ROOT = pathlib.Path(__file__).resolve().parents[1]
TARGET = 5000.0
KEY, SECRET = "AKIDEMULATOR", "emulator-secret"


def find_binary(explicit):
    if explicit:
        return pathlib.Path(explicit)
    for candidate in (ROOT / ".build" / "release" / "codeartifact-emulator", ROOT / ".build" / "debug" / "codeartifact-emulator"):
        if candidate.exists():
            return candidate
    sys.exit("no codeartifact-emulator binary: run `swift build -c release --product codeartifact-emulator`")


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def presigned_requests(port, count):
    """Raw HTTP/1.1 GET requests for DescribePackageVersion, signed as boto3 signs them."""
    state = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/state"))
    targets = []
    for repository in state["domains"][0]["repositories"]:
        for package in repository["packages"]:
            for version in package["versions"][:2]:
                targets.append((repository["name"], package, version["version"]))
    targets = targets[:count]
    signer = botocore.auth.SigV4Auth(botocore.credentials.Credentials(KEY, SECRET), "codeartifact", "us-east-1")
    requests = []
    for repository, package, version in targets:
        params = {"domain": "acme", "repository": repository, "format": package["format"], "package": package["name"],
                  "version": version}
        if "namespace" in package:
            params["namespace"] = package["namespace"]
        request = botocore.awsrequest.AWSRequest(method="GET", url=f"http://127.0.0.1:{port}/v1/package/version",
                                                 params=params)
        signer.add_auth(request)
        prepared = request.prepare()
        path = prepared.url.split(f"127.0.0.1:{port}", 1)[1]
        headers = {name: value.decode() if isinstance(value, bytes) else value for name, value in prepared.headers.items()}
        headers["Host"] = f"127.0.0.1:{port}"
        requests.append((path, headers))
    return requests


def run_wrk(port, requests, seconds, connections, threads):
    lines = ["local requests = {}"]
    for path, headers in requests:
        table = ", ".join(f"[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items())
        lines.append(f'requests[#requests + 1] = wrk.format("GET", {json.dumps(path)}, {{{table}}})')
    lines += [
        "local index = 0",
        "request = function()",
        "  index = index % #requests + 1",
        "  return requests[index]",
        "end",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    try:
        result = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "-s", script.name,
             f"http://127.0.0.1:{port}"],
            capture_output=True, text=True, check=True,
        )
    finally:
        os.unlink(script.name)
    return result.stdout


def python_client(port, requests, deadline, results):
    connection = socket.create_connection(("127.0.0.1", port))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    raw = []
    for path, headers in requests:
        head = f"GET {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        raw.append(head.encode())
    done = 0
    buffer = b""
    index = 0
    while time.monotonic() < deadline:
        connection.sendall(raw[index])
        index = (index + 1) % len(raw)
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                header = buffer[:end].decode("latin-1").lower()
                length = int(header.split("content-length:", 1)[1].split("\r\n", 1)[0])
                if len(buffer) >= end + 4 + length:
                    buffer = buffer[end + 4 + length:]
                    break
            chunk = connection.recv(65536)
            if not chunk:
                raise RuntimeError("connection closed")
            buffer += chunk
        done += 1
    results.put(done)


def run_python(port, requests, seconds, connections):
    results = multiprocessing.Queue()
    deadline = time.monotonic() + seconds
    processes = [multiprocessing.Process(target=python_client, args=(port, requests, deadline, results))
                 for _ in range(connections)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return f"python clients: {sum(results.get() for _ in processes)} requests on {connections} connections"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--generate", default="packages=500,versions=20,seed=1")
    arguments = parser.parse_args()
    if arguments.client == "python" and arguments.connections > 8:
        arguments.connections = 4

    binary = find_binary(arguments.binary)
    server = subprocess.Popen(
        [str(binary), "--generate", arguments.generate, "--quota", "off", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        port = int(server.stdout.readline())
        requests = presigned_requests(port, 64)
        # Warm-up: connections, allocator, caches.
        run_python(port, requests, 1, 1)
        urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/_emulator/reset", method="POST"))
        cpu_before = cpu_seconds(server.pid)
        started = time.monotonic()
        if arguments.client == "wrk":
            report = run_wrk(port, requests, int(arguments.seconds), arguments.connections, arguments.threads)
        else:
            report = run_python(port, requests, arguments.seconds, arguments.connections)
        elapsed = time.monotonic() - started
        cpu = cpu_seconds(server.pid) - cpu_before
        counters = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/counters"))
        describe = counters["operations"]["DescribePackageVersion"]
        answered = sum(describe["statuses"].values())
        ok = describe["statuses"].get("200", 0)
        rate = ok / elapsed
        print(report.strip())
        print(f"binary: {binary.relative_to(ROOT) if binary.is_relative_to(ROOT) else binary}")
        print(f"client: {arguments.client}, connections: {arguments.connections}, seconds: {elapsed:.1f}")
        print(f"server answered {answered} signed DescribePackageVersion requests, {ok} with 200 "
              f"(other statuses: { {k: v for k, v in describe['statuses'].items() if k != '200'} })")
        print(f"emulator CPU: {cpu:.1f} s over {elapsed:.1f} s wall ({cpu / elapsed:.2f} cores; machine has {os.cpu_count()})")
        print(f"throughput: {rate:,.0f} req/s = {rate / TARGET:.2f} x the {TARGET:,.0f} req/s target")
        return 0 if ok == answered and answered > 0 else 1
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
