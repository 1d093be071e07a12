"""Limits that hold: a hard query timeout, a concurrency cap, a body limit, row caps, CORS and caching."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tests.api.conftest import HTTP, TIMEOUT_MS, start_server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def test_runaway_query_is_stopped_and_cheap_queries_keep_answering(server, client):
    result = {}

    def runaway():
        t = time.monotonic()
        r = HTTP.get(server + "/sparql", params={"query": RUNAWAY}, headers={"Accept": "application/json"}, timeout=60)
        result["status"], result["body"], result["seconds"] = r.status_code, r.json(), time.monotonic() - t

    th = threading.Thread(target=runaway)
    th.start()
    time.sleep(0.3)
    for _ in range(5):  # meanwhile, cheap queries answer fast
        t = time.monotonic()
        r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/json"})
        assert r.status_code == 200 and time.monotonic() - t < 1.0
    th.join()
    assert result["status"] == 504 and result["body"]["ok"] is False and "stopped" in result["body"]["error"]
    assert result["seconds"] < TIMEOUT_MS / 1000 + 2
    health = client.get("/-/health").json()
    assert health["workers_replaced"] >= 1  # the runaway's worker was killed (its CPU given back) and replaced
    assert client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/json"}).status_code == 200


def test_two_hundred_concurrent_cheap_requests(server):
    def one(i):
        return HTTP.get(server + "/sparql", params={"query": f"ASK {{ FILTER({i} >= 0) }}"},
                         headers={"Accept": "application/json"}, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=50) as ex:
        codes = list(ex.map(one, range(200)))
    assert codes == [200] * 200


def test_request_body_limit(client):
    r = client.post("/sparql", content="ASK {} #" + "x" * 30000, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and r.json()["ok"] is False


def test_row_cap_is_signalled(client):
    r = client.get("/queries/facts/measures.json")
    body = r.json()
    assert body["truncated"] is True and len(body["rows"]) == 50 and r.headers["x-truncated"] == "true"
    r = client.get("/queries/facts/documents.json")
    assert r.json()["truncated"] is False and len(r.json()["rows"]) == 5


def test_cors_for_reads(client):
    r = client.get("/queries", headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] in ("*", "https://example.org")
    r = client.options("/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 200


def test_etag_and_last_modified(client):
    r = client.get("/id/agency/sipo.ttl")
    assert r.headers["etag"] and r.headers["last-modified"]
    again = client.get("/id/agency/sipo.ttl", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304
    other = client.get("/id/agency/sipo.nt", headers={"If-None-Match": r.headers["etag"]})
    assert other.status_code == 200


def test_a_failed_request_does_not_harm_the_server(client):
    for bad in ["/sparql?query=%FF", "/queries/measures_by_agency?year=abc", "/id/%00", "/queries/nope"]:
        assert client.get(bad).status_code < 500
    assert client.get("/-/health").json()["ok"] is True


def test_invalid_iri_characters_are_404(client):
    assert client.get("/id/%C2%87%C2%92%C3%BA").status_code == 404


def test_cheap_queries_take_the_express_lane_while_heavy_ones_hold_the_general_workers(built):
    from tests.api.conftest import start_server, stop_server

    proc, base = start_server(built.home, query_workers=1, express_workers=1, query_timeout_ms=1500,
                              result_cache_mb=0)  # every request runs: none is answered from kept answers
    try:
        cheap = {"query": "ASK { ?s ?p ?o }"}
        assert HTTP.get(base + "/sparql", params=cheap, headers={"Accept": "application/json"}).status_code == 200
        th = threading.Thread(target=lambda: HTTP.get(base + "/sparql", params={"query": RUNAWAY}, timeout=60))
        th.start()
        time.sleep(0.5)  # the runaway now holds the only general worker
        for _ in range(5):
            t = time.monotonic()
            r = HTTP.get(base + "/sparql", params=cheap, headers={"Accept": "application/json"}, timeout=30)
            assert r.status_code == 200 and time.monotonic() - t < 1.0
        assert HTTP.get(base + "/-/health").json()["express_runs"] >= 5
        th.join()
    finally:
        stop_server(proc)


def test_concurrency_cap_answers_503_when_every_worker_stays_busy(built):
    from tests.api.conftest import start_server, stop_server

    proc, base = start_server(built.home, query_workers=1, express_workers=0, query_timeout_ms=2000,
                              queue_timeout_ms=500)
    try:
        th = threading.Thread(target=lambda: HTTP.get(base + "/sparql", params={"query": RUNAWAY}, timeout=60))
        th.start()
        time.sleep(0.5)
        t = time.monotonic()
        r = HTTP.get(base + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"},
                      headers={"Accept": "application/json"}, timeout=30)
        assert r.status_code == 503 and r.json()["ok"] is False and "busy" in r.json()["error"]
        assert time.monotonic() - t < 2
        th.join()
        assert HTTP.get(base + "/sparql", params={"query": "ASK {}"}).status_code == 200
    finally:
        stop_server(proc)


def test_repeated_requests_are_answered_from_kept_answers(server, client):
    q = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type } # kept-answer test"}
    before = client.get("/-/health").json()["answers_from_cache"]
    first = client.get("/sparql", params=q, headers={"Accept": "application/sparql-results+json"})
    again = client.get("/sparql", params=q, headers={"Accept": "application/sparql-results+json"})
    assert first.status_code == again.status_code == 200 and first.content == again.content
    assert client.get("/-/health").json()["answers_from_cache"] == before + 1
    as_csv = client.get("/sparql", params=q, headers={"Accept": "text/csv"})  # another format: run again
    assert as_csv.text.startswith("n\r\n") and client.get("/-/health").json()["answers_from_cache"] == before + 1
    bad = {"query": "SELECT * WHERE { ?s ?p } # kept-answer test"}
    assert client.get("/sparql", params=bad).status_code == 400
    assert client.get("/sparql", params=bad).status_code == 400  # errors are not kept
    assert client.get("/-/health").json()["answers_from_cache"] == before + 1


def test_the_workers_end_when_the_server_is_killed(built):
    """Killed with SIGKILL (no clean-up), the server takes its query workers with it."""
    import os
    import signal

    proc, base = start_server(built.home, query_workers=2, express_workers=1)
    try:
        children = [int(p) for p in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()]
        assert len(children) >= 3
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.log.close()
    deadline = time.time() + 10
    while time.time() < deadline and any(os.path.exists(f"/proc/{c}") and "zombie" not in _state(c) for c in children):
        time.sleep(0.1)
    assert not [c for c in children if os.path.exists(f"/proc/{c}") and "zombie" not in _state(c)]


def _state(pid: int) -> str:
    try:
        return open(f"/proc/{pid}/status").read().lower()
    except OSError:
        return "zombie"


def test_no_worker_is_replaced_for_queries_that_end_in_time(built):
    """A query that is sometimes within the express budget and sometimes past it (cold, or a busy machine) is
    let finish: sent 50 times, it replaces no worker."""
    from tests.api.conftest import start_server, stop_server

    proc, base = start_server(built.home, query_workers=1, express_workers=1, express_budget_ms=8,
                              result_cache_mb=0)
    try:
        q = ("PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { "
             "?m a ipo:Measure ; ipo:responsibleAgency ?a . ?m2 ipo:responsibleAgency ?a }")
        for _ in range(50):
            r = HTTP.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/json"}, timeout=30)
            assert r.status_code == 200
        health = HTTP.get(base + "/-/health").json()
        assert health["workers_replaced"] == 0
    finally:
        stop_server(proc)
