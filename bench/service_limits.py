"""Service limits, measured against a running server (`ipgraph serve`):

    python bench/service_limits.py http://127.0.0.1:8000

1. A 5-way cross join of all triples: time until the server stops it (expected: timeout + < 2 s, 504),
   while `ASK {}` is sent every 0.25 s: its worst latency.
2. 200 concurrent cheap requests (50 client threads), sent while a second cross join runs: how many were
   answered, and the time taken.
3. Hostile input: a query nested 100,000 deep (expected 400, no worker death) and a 20 MB body sent chunked,
   without Content-Length (expected 413); then a cheap query.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def main(base: str) -> None:
    out: dict = {}
    done = threading.Event()

    def runaway() -> None:
        t = time.monotonic()
        r = httpx.get(base + "/sparql", params={"query": RUNAWAY}, headers={"Accept": "application/json"}, timeout=600)
        out["runaway"] = {"status": r.status_code, "seconds": round(time.monotonic() - t, 2), "body": r.json()}
        done.set()

    th = threading.Thread(target=runaway)
    th.start()
    worst, n = 0.0, 0
    with httpx.Client(base_url=base, timeout=30) as c:
        while not done.is_set():
            t = time.monotonic()
            assert c.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/json"}).status_code == 200
            worst, n = max(worst, time.monotonic() - t), n + 1
            time.sleep(0.25)
    th.join()
    out["ask_during_runaway"] = {"requests": n, "worst_seconds": round(worst, 3)}

    def one(i: int) -> int:
        return httpx.get(base + "/sparql", params={"query": f"ASK {{ FILTER({i} >= 0) }}"},
                         headers={"Accept": "application/json"}, timeout=120).status_code

    done.clear()
    th = threading.Thread(target=runaway)
    th.start()
    time.sleep(0.5)  # the cross join is running
    t = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as ex:
        codes = list(ex.map(one, range(200)))
    out["concurrent_cheap_during_runaway"] = {"requests": 200, "answered_200": codes.count(200),
                                              "seconds": round(time.monotonic() - t, 2),
                                              "runaway_still_running": not done.is_set()}
    th.join()

    deep = "SELECT * WHERE " + "{" * 100_000 + "?s ?p ?o" + "}" * 100_000
    t = time.monotonic()
    r = httpx.post(base + "/sparql", content=deep, headers={"Content-Type": "application/sparql-query"}, timeout=60)
    out["query_100000_deep"] = {"bytes": len(deep), "status": r.status_code, "seconds": round(time.monotonic() - t, 3),
                                "error": r.json().get("error", "")[:120]}

    def chunks():
        for _ in range(20 * 1024):
            yield b"#" * 1024
    t = time.monotonic()
    try:
        r = httpx.post(base + "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"},
                       timeout=60)
        out["body_20mb_chunked"] = {"status": r.status_code, "seconds": round(time.monotonic() - t, 3)}
    except httpx.HTTPError as e:  # the server may close the connection once it has answered 413
        out["body_20mb_chunked"] = {"status": f"connection closed ({type(e).__name__})",
                                    "seconds": round(time.monotonic() - t, 3)}
    t = time.monotonic()
    r = httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    out["cheap_after"] = {"status": r.status_code, "seconds": round(time.monotonic() - t, 3)}
    health = httpx.get(base + "/-/health").json()
    out["workers_replaced"] = health.get("workers_replaced")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
