"""A real server (uvicorn, `ipgraph serve`) on a free 127.0.0.1 port over the built corpus, for the session."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

TIMEOUT_MS = 3000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(built):
    port = free_port()
    env = {**os.environ, "IPGRAPH_QUERY_TIMEOUT_MS": str(TIMEOUT_MS), "IPGRAPH_QUERY_WORKERS": "3",
           "IPGRAPH_MAX_ROWS": "50", "IPGRAPH_MAX_BODY_BYTES": "20000", "IPGRAPH_QUEUE_TIMEOUT_MS": "20000"}
    proc = subprocess.Popen([sys.executable, "-m", "ipgraph", "serve", "--port", str(port), "--home", str(built.home)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(base + "/-/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise RuntimeError(proc.stdout.read().decode())
    else:
        proc.kill()
        raise RuntimeError("the server did not start")
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c
