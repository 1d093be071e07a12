"""Query benchmark over HTTP: ipgraph (embedded pyoxigraph behind its API), the Oxigraph server and
rdflib-endpoint, on the same synthetic data and the same queries, in one run.

    python bench/generate.py --triples 1000000 --out bench/data/policy-1m.nq
    python bench/query_bench.py bench/data/policy-1m.nq [--repeat 20] [--skip rdflib] [--out docs/bench-query-1m.json]
    python bench/query_bench.py DATA --skip ... --code ../other-checkout   # the ipgraph of another commit, for an A/B

First pyoxigraph alone in this process on the same file (the floor: no HTTP, no workers). Then for each
HTTP engine: time to load the data (ipgraph import / oxigraph load), time from start to the first
answer (ready; rdflib-endpoint loads at start), its resident memory once loaded, and per query the
p50/p95 latency of --repeat sequential requests (after one warm-up), the results checked equal across
engines; then throughput with wrk (a native client, 8 connections, 10 s: the tool's floor on its cheapest page,
the cheap query and the work queries), throughput of the cheap query with 8 concurrent httpx clients, and the
cheap query's p95 while 4 clients run the co-responsibility self-join. ipgraph runs without its access log
(IPGRAPH_ACCESS_LOG=false), as the Oxigraph server logs no requests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from ipgraph import nquads
from ipgraph.home import CURRENT

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
QUERIES = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "queries").glob("*.rq"))}
HEAVY = "co_responsibility"
TIMEOUT = 300.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _summed_mb(pid: int, proc_file: str, field: str) -> int:
    """A memory figure of /proc/PID/<proc_file> (in kB) summed over a process and its children, in MB."""
    total = 0
    for p in [pid] + [int(c) for c in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
                      .stdout.split()]:
        try:
            for line in Path(f"/proc/{p}/{proc_file}").read_text().splitlines():
                if line.startswith(field):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total // 1024


def rss_mb(pid: int) -> int:
    """Resident memory of a process and its children (the query workers of ipgraph share pages, so the
    parent's figure is reported separately)."""
    return _summed_mb(pid, "status", "VmRSS:")


def pss_mb(pid: int) -> int:
    """Proportional set size of a process and its children: a page shared by n of them counts 1/n in each,
    so the sum is the memory they take together (VmRSS counts a shared page in every process)."""
    return _summed_mb(pid, "smaps_rollup", "Pss:")


def parent_rss_mb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def wait_ready(url: str, proc: subprocess.Popen, limit: float = 1800) -> None:
    t = time.time()
    while time.time() - t < limit:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.args}")
        try:
            if httpx.post(url, data={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+json"},
                          timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} not ready")


class Engine:
    def __init__(self, name: str, cmd: list[str], url: str, env: dict | None = None, prepare=None,
                 static_url: str | None = None):
        self.name, self.cmd, self.url, self.env, self.prepare = name, cmd, url, env, prepare
        self.static_url = static_url  # a static page of the server: the floor of what a client can measure

    def start(self) -> dict:
        t = time.perf_counter()
        if self.prepare:
            self.prepare()
        loaded = time.perf_counter() - t
        t = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd, env={**os.environ, **(self.env or {})}, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        wait_ready(self.url, self.proc)
        ready = time.perf_counter() - t
        return {"load_seconds": round(loaded, 2), "ready_seconds": round(ready, 2), "rss_mb": rss_mb(self.proc.pid),
                "rss_main_process_mb": parent_rss_mb(self.proc.pid), "pss_mb": pss_mb(self.proc.pid)}

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)


def ask(client: httpx.Client, url: str, query: str):
    body = "\n".join(ln for ln in query.splitlines() if not ln.lstrip().startswith("#"))
    graph = body.lstrip().upper().startswith("CONSTRUCT")
    accept = "application/n-triples" if graph else "application/sparql-results+json"
    t = time.perf_counter()
    r = client.post(url, data={"query": query}, headers={"Accept": accept}, timeout=TIMEOUT)
    dt = time.perf_counter() - t
    r.raise_for_status()
    return dt, r


def normalise(name: str, r: httpx.Response):
    """A comparable form of a result: rows as sorted tuples (GROUP_CONCAT order is unspecified)."""
    if r.headers["content-type"].startswith(("application/n-triples", "text/plain")):
        return sorted(line.strip() for line in r.text.splitlines() if line.strip())
    body = r.json()
    if "boolean" in body:
        return [("boolean", body["boolean"])]
    rows = []
    for b in body["results"]["bindings"]:
        row = []
        for k in sorted(b):
            v = b[k]["value"]
            if k == "codes":
                v = ";".join(sorted(v.split(";")))
            if b[k].get("datatype", "").endswith(("#integer", "#decimal")):
                v = str(float(v))
            row.append((k, v))
        rows.append(tuple(row))
    return rows if "ORDER BY" in QUERIES[name] and name != "optional_group_concat" else sorted(rows)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def client_floor(url: str, repeat: int = 200) -> dict:
    """p50 of this client fetching a static page, and the rate 8 client threads reach on it: no server
    can be measured faster than this, whatever it does."""
    with httpx.Client() as c:
        c.get(url).raise_for_status()
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            c.get(url)
            times.append(time.perf_counter() - t)
    stop = time.perf_counter() + 5
    counts = [0] * 8

    def loop(i: int) -> None:
        with httpx.Client() as c:
            while time.perf_counter() < stop:
                c.get(url)
                counts[i] += 1

    with ThreadPoolExecutor(8) as ex:
        list(ex.map(loop, range(8)))
    return {"client_floor_p50_ms": round(statistics.median(times) * 1000, 2),
            "client_floor_8_clients_rps": round(sum(counts) / 5, 1)}


WRK_QUERIES = ("cheap", "contains_scan", "count_per_agency", "measures_by_agency")


def wrk_rate(url: str, seconds: int = 10) -> float | None:
    """Requests per second that wrk (a native client: 2 threads, 8 connections) gets from a GET of url."""
    if not shutil.which("wrk"):
        return None
    out = subprocess.run(["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "60s", "-H",
                          "Accept: application/sparql-results+json", url], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    return None


def wrk_phase(engine: Engine) -> dict:
    """Throughput with a native client: the tool's floor on its cheapest page, then each query by GET."""
    from urllib.parse import quote

    out = {"floor_rps": wrk_rate(engine.static_url)} if engine.static_url else {}
    for name in WRK_QUERIES:
        out[f"{name}_rps"] = wrk_rate(f"{engine.url}?query={quote(QUERIES[name])}")
    return out


def bench(engine: Engine, repeat: int, latency_only: bool = False) -> tuple[dict, dict]:
    out: dict = {"engine": engine.name, **engine.start(), "queries": {}}
    results = {}
    try:
        if engine.static_url:
            out.update(client_floor(engine.static_url))
        with httpx.Client() as c:
            for name, q in QUERIES.items():
                try:
                    first, r = ask(c, engine.url, q)  # warm-up: the first run after the start (cold)
                    results[name] = normalise(name, r)
                    times = [ask(c, engine.url, q)[0] for _ in range(repeat if name != HEAVY else max(3, repeat // 4))]
                    out["queries"][name] = {"p50_ms": round(statistics.median(times) * 1000, 1),
                                            "p95_ms": round(pct(times, 0.95) * 1000, 1), "n": len(times),
                                            "first_ms": round(first * 1000, 1)}
                except (httpx.HTTPError, KeyError, ValueError) as e:
                    out["queries"][name] = {"error": f"{type(e).__name__}: {e}"[:200]}
        out["pss_after_queries_mb"] = pss_mb(engine.proc.pid)
        if latency_only:
            return out, results
        out["wrk_8_connections"] = wrk_phase(engine)
        # throughput of the cheap query with 8 clients
        stop = time.perf_counter() + 10
        counts = [0] * 8

        def client_loop(i: int) -> None:
            with httpx.Client() as c:
                while time.perf_counter() < stop:
                    ask(c, engine.url, QUERIES["cheap"])
                    counts[i] += 1

        with ThreadPoolExecutor(8) as ex:
            list(ex.map(client_loop, range(8)))
        out["cheap_throughput_8_clients_rps"] = round(sum(counts) / 10, 1)
        # the cheap query while heavy queries run
        if "error" not in out["queries"].get(HEAVY, {"error": 1}):
            done = threading.Event()

            def heavy() -> None:
                with httpx.Client() as c:
                    while not done.is_set():
                        try:
                            ask(c, engine.url, QUERIES[HEAVY])
                        except httpx.HTTPError:
                            pass

            threads = [threading.Thread(target=heavy) for _ in range(4)]
            for t in threads:
                t.start()
            time.sleep(1)
            lat = []
            with httpx.Client() as c:
                end = time.perf_counter() + 10
                while time.perf_counter() < end:
                    lat.append(ask(c, engine.url, QUERIES["cheap"])[0])
            done.set()
            for t in threads:
                t.join()
            out["cheap_p95_under_heavy_ms"] = round(pct(lat, 0.95) * 1000, 1)
    finally:
        engine.stop()
    return out, results


def in_process(data: Path, repeat: int) -> tuple[dict, dict]:
    """pyoxigraph alone in this process on the same file (Store.bulk_load, the union of the named graphs as
    the default graph): each query evaluated and its answer serialised as the HTTP engines are asked for it
    (SPARQL JSON, N-Triples), no HTTP. The floor the service is measured against."""
    import pyoxigraph as ox

    out: dict = {"engine": "pyoxigraph-in-process", "queries": {}}
    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    out["load_seconds"] = round(time.perf_counter() - t, 2)
    out["rss_mb"] = parent_rss_mb(os.getpid())
    out["pss_mb"] = pss_mb(os.getpid())

    def run(q: str):
        r = store.query(q, use_default_graph_as_union=True)
        if isinstance(r, ox.QueryTriples):
            return r.serialize(format=ox.RdfFormat.N_TRIPLES)
        return r.serialize(format=ox.QueryResultsFormat.JSON) if isinstance(r, ox.QuerySolutions) else r

    results = {}
    for name, q in QUERIES.items():
        body = run(q)  # warm-up
        results[name] = normalise_body(name, body)
        times = []
        for _ in range(repeat if name != HEAVY else max(3, repeat // 4)):
            t = time.perf_counter()
            run(q)
            times.append(time.perf_counter() - t)
        out["queries"][name] = {"p50_ms": round(statistics.median(times) * 1000, 2),
                                "p95_ms": round(pct(times, 0.95) * 1000, 2), "n": len(times)}
    return out, results


def normalise_body(name: str, body) -> list:
    """normalise() of an answer serialised in process (bytes of N-Triples or SPARQL JSON, or a boolean)."""
    if isinstance(body, bytes) and not body.lstrip().startswith(b"{"):
        return sorted(line.strip() for line in body.decode("utf-8").splitlines() if line.strip())
    if not isinstance(body, bytes):
        body = json.dumps({"head": {}, "boolean": bool(body)}).encode()
    return normalise(name, httpx.Response(200, content=body, headers={"content-type": "application/sparql-results+json"}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, help="N-Quads from bench/generate.py")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--repeat-for", nargs="*", default=[], metavar="ENGINE=N",
                    help="another number of repeats for an engine (say rdflib-endpoint=3 at 1M)")
    ap.add_argument("--latency-only", nargs="*", default=[], metavar="ENGINE",
                    help="engines measured on single-client latency only (no concurrent phases)")
    ap.add_argument("--on-disk", action="store_true",
                    help="serve ipgraph from its on-disk store (IPGRAPH_STORE_DIR), as for graphs larger than memory")
    ap.add_argument("--code", type=Path,
                    help="import and serve the ipgraph of another checkout (its top folder), for two commits "
                         "measured back to back on one machine")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ipgraph-bench-"))
    union = tmp / "union.nt"
    with open(args.data, encoding="utf-8") as f, open(union, "w", encoding="utf-8") as g:
        for line in f:  # each triple is in one graph: the union is the triples
            g.write(nquads.triple_of(line))
    engines = []
    home = tmp / "home"
    p1 = free_port()

    code = {"PYTHONPATH": str(args.code.resolve())} if args.code else {}

    def import_once() -> None:  # the home both ipgraph engines serve, made by whichever runs first
        if not (home / CURRENT).exists():
            subprocess.run([str(BIN / "ipgraph"), "import", str(args.data), "--home", str(home)], check=True,
                           capture_output=True, env={**os.environ, **code})
    quiet = {"IPGRAPH_QUERY_TIMEOUT_MS": str(int(TIMEOUT * 1000)), "IPGRAPH_ACCESS_LOG": "false", **code}  # Oxigraph logs none
    if args.on_disk:
        quiet["IPGRAPH_STORE_DIR"] = str(tmp / "stores")
    engines.append(Engine("ipgraph", [str(BIN / "ipgraph"), "serve", "--home", str(home), "--port", str(p1)],
                          f"http://127.0.0.1:{p1}/sparql", quiet, static_url=f"http://127.0.0.1:{p1}/-/health",
                          prepare=import_once))
    p0 = free_port()  # the same build, every request run (no kept answers)
    engines.append(Engine("ipgraph-no-kept-answers", [str(BIN / "ipgraph"), "serve", "--home", str(home), "--port",
                                                     str(p0)], f"http://127.0.0.1:{p0}/sparql",
                          {**quiet, "IPGRAPH_RESULT_CACHE_MB": "0"}, static_url=f"http://127.0.0.1:{p0}/-/health",
                          prepare=import_once))
    p2 = free_port()
    db = tmp / "oxdb"
    engines.append(Engine("oxigraph-server", [str(BIN / "oxigraph"), "serve-read-only", "--location", str(db),
                                              "--bind", f"127.0.0.1:{p2}"], f"http://127.0.0.1:{p2}/query",
                          static_url=f"http://127.0.0.1:{p2}/",
                          prepare=lambda: subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(db),
                                                          "--file", str(union)], check=True, capture_output=True)))
    p3 = free_port()
    engines.append(Engine("rdflib-endpoint", [str(BIN / "rdflib-endpoint"), "serve", str(union), "--host", "127.0.0.1",
                                              "--port", str(p3)], f"http://127.0.0.1:{p3}/"))
    report = {"data": str(args.data), "on_disk": args.on_disk, "quads": sum(1 for _ in open(args.data, encoding="utf-8")), "engines": []}
    reference = None
    if "pyoxigraph-in-process" not in args.skip:
        res, reference = in_process(args.data, args.repeat)
        report["engines"].append(res)
        print(json.dumps(res), flush=True)
    for e in engines:
        if e.name in args.skip:
            continue
        repeats = dict(r.split("=") for r in args.repeat_for)
        res, results = bench(e, int(repeats.get(e.name, args.repeat)), e.name in args.latency_only)
        if reference is None:
            reference = results
        res["results_equal_to_first_engine"] = {k: results.get(k) == reference.get(k) for k in QUERIES
                                                 if k in results and k in reference}
        report["engines"].append(res)
        print(json.dumps(res), flush=True)
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
