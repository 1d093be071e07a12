"""The service over Virtuoso, the store large linked-data publishers run (Debian's virtuoso-opensource):
`ipgraph push` loads the build, `ipgraph serve` answers through it, and every stored query, page and search
answers as on the embedded store. Virtuoso's default graph is every graph it holds, with repeats: push keeps
the union as a graph of its own, which the service gives as the default graph of every query."""

import re
import shutil
import subprocess
import time

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from ipgraph.cli import main
from ipgraph.config import PROJECT_DIR
from ipgraph.queries import QueryCatalog
from tests.api.conftest import HTTP, free_port, push_and_serve, start_server, stop_server

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None,
                                reason="Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
EXAMPLES = {"measures_by_agency": {"agency": "SIPO"}, "agency_lineage": {"agency": "CNIPA"},
            "law_revision_timeline": {"law": "Patent Law"}, "measure_evidence": {"number": 28},
            "new_commitments": {"year": "2012"},
            "commitment_history": {"measure": "https://w3id.org/ipgraph/id/measure/004_2f910b4b67935e32/28"}}
PAGES = ["/", "/documents", "/browse/agency", "/browse/instrument", "/browse/plan", "/browse/person", "/id/agency/sipo",
         "/id/agency/cnipa", "/id/agency/ipr-strategy-joint-meeting", "/id/document/004_2f910b4b67935e32",
         "/id/document/001_37ba386996b84904", "/id/person/shen-changyu", "/id/instrument/patent-law",
         "/id/measure/004_2f910b4b67935e32/28", "/void", "/id/change/2018-sipo-reorganised", "/id/revision/patent-law/4",
         "/search?q=patent"]


def _config(db, sql_port: int, http_port: int) -> str:
    return f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = .
CaseMode = 2
MaxSortedTopRows = 2000000
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 2000000
MaxQueryExecutionTime = 60
"""


def _start(db):
    """Virtuoso on two free ports, and its HTTP address once it answers as Virtuoso (another server may take a
    port between its choice and Virtuoso's start: then it starts again on others)."""
    for _attempt in range(3):
        sql_port, http_port = free_port(), free_port()
        if sql_port == http_port:
            continue
        (db / "virtuoso.ini").write_text(_config(db, sql_port, http_port))
        with open(db / "console.log", "wb") as console:
            proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db,
                                    stdout=console, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{http_port}"
        for _ in range(600):
            if proc.poll() is not None:
                break
            try:
                r = HTTP.get(base + "/sparql", params={"query": "ASK {}"}, timeout=1)
                if "virtuoso" in r.headers.get("server", "").lower():
                    return proc, base, sql_port
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        proc.kill()
        proc.wait(timeout=30)
    pytest.fail("Virtuoso did not start: " + ((db / "virtuoso.log").read_text(errors="replace")[-800:]
                                              if (db / "virtuoso.log").exists() else "no log"))


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    db = tmp_path_factory.mktemp("virtuoso")
    proc, base, sql_port = _start(db)
    try:
        # the Graph Store Protocol takes writes from the SPARQL user (a test store on 127.0.0.1 only)
        subprocess.run([ISQL, str(sql_port), "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; "
                        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"], check=True, capture_output=True, timeout=60)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


SETTINGS = {"query_timeout_ms": 20000, "query_workers": 2, "max_rows": 100000}  # whole answers: no cut to compare


@pytest.fixture(scope="module")
def over_virtuoso(built, virtuoso):
    proc, base = push_and_serve(built.home, virtuoso + "/sparql-graph-crud", virtuoso + "/sparql", **SETTINGS)
    yield base
    stop_server(proc)


@pytest.fixture(scope="module")
def embedded(built):
    proc, base = start_server(built.home, **SETTINGS)
    yield base
    stop_server(proc)


def test_the_union_is_a_graph_of_its_own_and_a_second_push_replaces_only_ours(built, virtuoso, over_virtuoso):
    q = "SELECT ?g WHERE { GRAPH ?m { ?g a <https://w3id.org/ipgraph/ontology#UnionGraph> } }"
    rows = HTTP.post(virtuoso + "/sparql", data={"query": q}, headers={"Accept": "application/sparql-results+json"}).json()
    assert [b["g"]["value"] for b in rows["results"]["bindings"]] == ["https://w3id.org/ipgraph/graph/union"]
    system = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://www.openlinksw.com/schemas/virtrdf#> { ?s ?p ?o } }"
    before = HTTP.post(virtuoso + "/sparql", data={"query": system}, headers={"Accept": "text/csv"}).text
    with pytest.raises(SystemExit) as e:
        main(["push", "--to", virtuoso + "/sparql-graph-crud", "--query-endpoint", virtuoso + "/sparql",
              "--home", str(built.home)])
    assert e.value.code == 0
    assert HTTP.post(virtuoso + "/sparql", data={"query": system}, headers={"Accept": "text/csv"}).text == before


@pytest.mark.parametrize("name", [n for n in QueryCatalog(PROJECT_DIR / "queries").names() if n != "search"])
def test_every_stored_query_answers_as_on_the_embedded_store(embedded, over_virtuoso, name):
    params = EXAMPLES.get(name, {})
    a = HTTP.get(f"{embedded}/queries/{name}.csv", params=params, timeout=60)
    b = HTTP.get(f"{over_virtuoso}/queries/{name}.csv", params=params, timeout=60)
    assert a.status_code == b.status_code == 200, b.text[:300]
    assert sorted(a.text.splitlines()) == sorted(b.text.splitlines())


def test_the_search_function_of_the_embedded_store_is_refused_plainly(over_virtuoso):
    r = HTTP.get(f"{over_virtuoso}/queries/search.json", params={"q": "patent"})
    assert r.status_code == 400 and "function of ipgraph's embedded store" in r.json()["error"]


def _page_text(html: str) -> str:
    html = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"\d+(\.\d+)? ms|<[^>]+>", " ", html))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_reads_as_on_the_embedded_store(embedded, over_virtuoso, path):
    a = HTTP.get(embedded + path, headers={"Accept": "text/html"}, timeout=60)
    b = HTTP.get(over_virtuoso + path, headers={"Accept": "text/html"}, timeout=60)
    assert a.status_code == b.status_code == 200
    assert _page_text(a.text) == _page_text(b.text)


def test_linked_data_and_the_protocol_through_virtuoso(embedded, over_virtuoso):
    for ext, fmt in (("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")):
        a = Graph().parse(data=HTTP.get(f"{embedded}/id/agency/sipo.{ext}").text, format=fmt)
        b = Graph().parse(data=HTTP.get(f"{over_virtuoso}/id/agency/sipo.{ext}").text, format=fmt)
        assert len(a) > 50 and isomorphic(a, b)
    c = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> CONSTRUCT WHERE { ?a ipo:predecessor ?b }"
    r = HTTP.get(over_virtuoso + "/sparql", params={"query": c}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "ipo:predecessor" in r.text
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # the union as a set, not Virtuoso's bag of every graph
    n = [HTTP.get(base + "/sparql", params={"query": count}, headers={"Accept": "text/csv"}).text.split()[-1]
         for base in (embedded, over_virtuoso)]
    assert n[0] == n[1]
