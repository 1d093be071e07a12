"""A real server (uvicorn, `ipgraph serve`) on a free 127.0.0.1 port over the built corpus, shared by the whole test run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

TIMEOUT_MS = 2000
# One client for the run: `httpx.get` makes a client (and its TLS context) per call, 55 ms of CPU each here
HTTP = httpx.Client(timeout=5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home, **settings):
    """`ipgraph serve` on a free port; returns (process, base URL) once it answers."""
    port = free_port()
    env = {**os.environ, **{f"IPGRAPH_{k.upper()}": str(v) for k, v in settings.items()}}
    # the server's log goes to a file: a pipe nobody reads fills up and then blocks the server's writes
    log = open(Path(home).parent / f"server-{port}.log", "w+b")  # noqa: SIM115 (closed with the process)
    proc = subprocess.Popen([sys.executable, "-m", "ipgraph", "serve", "--port", str(port), "--home", str(home)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    proc.log = log
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if HTTP.get(base + "/-/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(log.read().decode())
    proc.kill()
    raise RuntimeError("the server did not start")


def push_and_serve(home, graph_store: str, query_endpoint: str, **settings):
    """`ipgraph push` of the home's build to a SPARQL store (it must succeed), then `ipgraph serve` over that
    store's query endpoint: (process, base URL)."""
    from ipgraph.cli import main

    with pytest.raises(SystemExit) as e:
        main(["push", "--to", graph_store, "--query-endpoint", query_endpoint, "--home", str(home)])
    assert e.value.code == 0
    return start_server(home, sparql_endpoint=query_endpoint, **settings)


def stop_server(proc) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    proc.log.close()


@pytest.fixture(scope="session")
def server(built):
    proc, base = start_server(built.home, query_timeout_ms=TIMEOUT_MS, query_workers=3, max_rows=50,
                              max_body_bytes=20000, queue_timeout_ms=20000)
    yield base
    stop_server(proc)


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c
