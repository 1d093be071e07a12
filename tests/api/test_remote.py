"""The service over a real Oxigraph server (the `oxigraph` package ships it): `ipgraph push` loads the
build with the Graph Store Protocol, and the API answers through the SPARQL Protocol with the same
results, formats and limits as on the embedded store."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import HTTP, free_port, push_and_serve, stop_server

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path_factory.mktemp("oxdb")),
                             "--bind", f"127.0.0.1:{port}", "--timeout-s", "3"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            HTTP.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def remote_api(built, oxigraph_server):
    proc, base = push_and_serve(built.home, oxigraph_server + "/store", oxigraph_server + "/query", query_timeout_ms=2500,
                                query_workers=2, max_rows=50)  # ipgraph's limit (2.5 s) before the store's (3 s)
    yield base
    stop_server(proc)


@pytest.mark.parametrize("name, params", [
    ("facts/measures", {}), ("facts/officials", {}), ("facts/law_revisions", {}), ("facts/instruments", {}),
    ("measures_by_agency", {"agency": "CNIPA"}), ("agency_lineage", {"agency": "SAIC"}),
    ("law_revision_timeline", {"law": "Patent Law"}),
])
def test_same_results_as_the_embedded_store(server, remote_api, name, params):
    a = HTTP.get(f"{server}/queries/{name}.csv", params={**params}, timeout=30).text
    b = HTTP.get(f"{remote_api}/queries/{name}.csv", params={**params}, timeout=30).text
    assert a == b and len(a.splitlines()) > 1


def test_protocol_formats_and_pages_through_the_remote_store(remote_api):
    q = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT ?m WHERE { ?m a ipo:Measure } LIMIT 3"
    for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv"):
        r = HTTP.get(remote_api + "/sparql", params={"query": q}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    c = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> CONSTRUCT WHERE { ?a ipo:predecessor ?b }"
    r = HTTP.get(remote_api + "/sparql", params={"query": c}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "predecessor" in r.text
    r = HTTP.get(remote_api + "/id/agency/sipo", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "State Intellectual Property Office" in r.text
    r = HTTP.get(remote_api + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400


def test_timeout_through_the_remote_store(remote_api):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t = time.monotonic()
    r = HTTP.get(remote_api + "/sparql", params={"query": runaway}, headers={"Accept": "application/json"}, timeout=60)
    assert r.status_code == 504 and r.json()["ok"] is False  # ipgraph's limit (2.5 s) comes before the store's (3 s)
    assert time.monotonic() - t < 3 + 2
    assert HTTP.get(remote_api + "/sparql", params={"query": "ASK {}"}).status_code == 200


def test_a_remote_refusal_is_an_error_of_its_own_with_the_remote_message(oxigraph_server):
    from ipgraph.errors import IpgraphError, RemoteStoreError
    from ipgraph.store import RemoteStore

    with pytest.raises(RemoteStoreError) as e:
        RemoteStore(oxigraph_server + "/query").query("SELECT * WHERE { ?s ?p }")
    assert isinstance(e.value, IpgraphError) and not isinstance(e.value, SyntaxError)
    assert "refused the query (400)" in str(e.value) and oxigraph_server in str(e.value)


def test_relative_iris_reach_the_remote_store_resolved(oxigraph_server):
    from ipgraph.store import RemoteStore

    result = RemoteStore(oxigraph_server + "/query").query("CONSTRUCT { <s> <p> 1 } WHERE {}",
                                                           base_iri="http://127.0.0.1:9/sparql")
    assert [str(t.subject) for t in result] == ["<http://127.0.0.1:9/s>"]
