"""/sparql: the SPARQL 1.1 Protocol query operation, with real clients."""

import io
import json

import pytest
from rdflib import Dataset, Graph

from tests.api.conftest import HTTP

SELECT = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT ?m ?n WHERE { ?m a ipo:Measure ; ipo:number ?n } ORDER BY ?n LIMIT 5"
CONSTRUCT = ("PREFIX ipo: <https://w3id.org/ipgraph/ontology#> CONSTRUCT { ?a ipo:predecessor ?b } "
             "WHERE { ?a ipo:predecessor ?b }")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(client) -> int:
    return int(client.get("/sparql", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
               .json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_form_and_direct(client):
    a = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "application/sparql-results+json"})
    b = client.post("/sparql", data={"query": SELECT}, headers={"Accept": "application/sparql-results+json"})
    c = client.post("/sparql", content=SELECT, headers={"Content-Type": "application/sparql-query",
                                                        "Accept": "application/sparql-results+json"})
    for r in (a, b, c):
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
        assert [x["n"]["value"] for x in r.json()["results"]["bindings"]] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("accept, ctype, check", [
    ("application/sparql-results+json", "application/sparql-results+json", lambda t: json.loads(t)["head"]["vars"] == ["m", "n"]),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda t: "<sparql" in t),
    ("text/csv", "text/csv", lambda t: t.splitlines()[0] == "m,n"),
    ("text/tab-separated-values", "text/tab-separated-values", lambda t: t.splitlines()[0] == "?m\t?n"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml", lambda t: "<sparql" in t),
    ("text/*", "text/csv", lambda t: t.startswith("m,n")),
    ("*/*", "application/sparql-results+json", lambda t: "bindings" in t),
])
def test_select_formats(client, accept, ctype, check):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype) and check(r.text)
    assert "accept" in r.headers["vary"].lower()


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/trig", "trig"), ("application/n-quads", "nquads"),
])
def test_construct_formats(client, accept, fmt):
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = Dataset().parse(data=r.text, format=fmt) if fmt in ("trig", "nquads") else Graph().parse(data=r.text, format=fmt)
    assert len(g) > 0


def test_not_acceptable_and_never_the_wrong_type(client):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406 and r.json()["ok"] is False
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_ask(client):
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is True


def test_malformed_query_says_where(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert "line 1, column" in r.json()["error"] and "does not parse" in r.json()["error"]


@pytest.mark.parametrize("how", ["query-insert", "form-update", "sparql-update", "get-update", "delete-with-prefix"])
def test_updates_are_refused_and_change_nothing(client, how):
    before = count(client)
    upd = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    if how == "query-insert":
        r = client.post("/sparql", content=upd, headers={"Content-Type": "application/sparql-query"})
    elif how == "form-update":
        r = client.post("/sparql", data={"update": upd})
    elif how == "sparql-update":
        r = client.post("/sparql", content=upd, headers={"Content-Type": "application/sparql-update"})
    elif how == "get-update":
        r = client.get("/sparql", params={"update": upd})
    else:
        r = client.get("/sparql", params={"query": "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }"})
    # an update in the query slot is a query that does not parse (Protocol 2.1.7); sent as an update, refused
    assert r.status_code == (400 if how in ("query-insert", "delete-with-prefix") else 403), r.text
    if r.status_code == 400:
        assert "read-only" in r.json()["error"]
    assert count(client) == before


def test_default_graph_is_the_union_and_graph_reaches_named_graphs(client):
    q = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    n = int(client.get("/sparql", params={"query": q}, headers={"Accept": "application/json"}).json()
            ["results"]["bindings"][0]["n"]["value"])
    assert n == 5 + 3  # five documents, reference, ontology, inferred
    q = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> ASK { ?m a ipo:Measure ; ipo:leadAgency ?a . ?a a ipo:Agency }"
    assert client.get("/sparql", params={"query": q}, headers={"Accept": "application/json"}).json()["boolean"]


def test_dataset_parameters_are_honoured(client):
    ref = "https://w3id.org/ipgraph/graph/reference"
    q = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> ASK { ?m a ipo:Measure }"
    r = client.get("/sparql", params={"query": q, "default-graph-uri": ref}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is False
    doc = "https://w3id.org/ipgraph/graph/document/004_2f910b4b67935e32"
    r = client.get("/sparql", params={"query": q, "default-graph-uri": doc}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is True
    q2 = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.post("/sparql", data={"query": q2, "named-graph-uri": ref}, headers={"Accept": "application/json"})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [ref]


def test_ui_for_browsers_and_service_description_otherwise(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and "yasgui" in r.text.lower()
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert any("sparql-service-description#Service" in str(o) for o in g.objects())


ASK = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> ASK { ?m a ipo:Measure }"
DESCRIBE = "DESCRIBE <https://w3id.org/ipgraph/id/agency/sipo>"


def _rows_of(fmt, result) -> int:
    """The number of rows a SELECT answer converted by SPARQLWrapper holds, whatever the format."""
    if fmt == "json":
        return len(result["results"]["bindings"])
    if fmt == "xml":
        return len(result.getElementsByTagName("result"))
    return len(result.decode().splitlines()) - 1  # csv, tsv: a header line and the rows


def _boolean_of(fmt, result) -> bool:
    if fmt == "json":
        return result["boolean"]
    if fmt == "xml":
        return result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    return result.decode().strip().splitlines()[-1].strip().lower() == "true"


def _graph_of(result) -> Graph:
    if isinstance(result, Graph):
        return result
    return Graph().parse(data=result.decode() if isinstance(result, bytes) else result, format="turtle")


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_sparqlwrapper_every_return_format(server, method):
    """SPARQLWrapper sends its format in `format`, `output` and `results`, by its own names and as media types,
    beside an Accept header: every combination it makes for each query form parses."""
    import warnings

    from SPARQLWrapper import (
        CSV,
        GET,
        JSON,
        JSONLD,
        N3,
        POST,
        POSTDIRECTLY,
        RDF,
        RDFXML,
        TSV,
        TURTLE,
        XML,
        SPARQLWrapper,
    )

    sw = SPARQLWrapper(server + "/sparql")
    sw.setMethod(GET if method == "GET" else POST)
    if method == "POSTDIRECTLY":
        sw.setRequestMethod(POSTDIRECTLY)
    for fmt in (JSON, XML, CSV, TSV):
        sw.setReturnFormat(fmt)
        sw.setQuery(SELECT)
        assert _rows_of(fmt, sw.query().convert()) == 5, fmt
        sw.setQuery(ASK)
        assert _boolean_of(fmt, sw.query().convert()) is True, fmt
    expected = len(Graph().parse(data=HTTP.get(server + "/sparql", params={"query": CONSTRUCT},
                                               headers={"Accept": "text/turtle"}).text, format="turtle"))
    assert expected > 0
    for fmt in (TURTLE, N3, XML, RDFXML, RDF, JSONLD, JSON):
        sw.setReturnFormat(fmt)
        for query in (CONSTRUCT, DESCRIBE):
            sw.setQuery(query)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # SPARQLWrapper's own note that it sends Accept */*
                graph = _graph_of(sw.query().convert())
            if query == CONSTRUCT:
                assert len(graph) == expected, (fmt, query)
            else:
                assert len(graph) > 0 and any("sipo" in str(s) for s in graph.subjects()), (fmt, query)


def test_rdflib_sparqlstore(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(server + "/sparql"))
    rows = list(g.query(SELECT))
    assert len(rows) == 5 and int(rows[0][1]) == 1


def test_pandas_reads_csv(server):
    import pandas as pd

    r = HTTP.get(server + "/sparql", params={"query": SELECT}, headers={"Accept": "text/csv"})
    df = pd.read_csv(io.StringIO(r.text))
    assert list(df.columns) == ["m", "n"] and list(df["n"]) == [1, 2, 3, 4, 5]
    df = pd.read_csv(server + "/queries/co_responsibility.csv")
    assert {"agency1", "agency2", "measures"} <= set(df.columns) and len(df) > 0


def test_pandas_reads_csv_from_a_sparql_url_with_format(server):
    import urllib.parse

    import pandas as pd

    q = ("PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT ?number ?text WHERE { "
         "?m a ipo:Measure ; ipo:number ?number ; ipo:text ?text } ORDER BY ?number LIMIT 5")
    frame = pd.read_csv(server + "/sparql?" + urllib.parse.urlencode({"query": q, "format": "csv"}))
    assert list(frame.columns) == ["number", "text"] and len(frame) == 5
    assert frame["number"].tolist() == [1, 2, 3, 4, 5]  # numbers, read as numbers
    assert frame["text"][0].startswith("Revise the Assessment Index System")


@pytest.mark.parametrize("fmt, media", [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
                                        ("tsv", "text/tab-separated-values"), ("csv", "text/csv")])
def test_format_parameter_overrides_accept(client, fmt, media):
    r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "format": fmt},
                   headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)


def test_format_of_a_graph_and_a_bad_format(client):
    c = "CONSTRUCT WHERE { ?s a <https://w3id.org/ipgraph/ontology#Measure> } LIMIT 2"
    r = client.get("/sparql", params={"query": c, "format": "ttl"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    r = client.post("/sparql", data={"query": c, "format": "nt"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")
    r = client.get("/sparql", params={"query": c, "format": "yaml"}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")  # Accept decides
    r = client.get("/sparql", params=[("query", c), ("format", "ttl"), ("format", "nt")])
    assert r.status_code == 400 and "once" in r.json()["error"]
    r = client.get("/sparql", params=[("query", c), ("format", "ttl"), ("output", "TTL")])
    assert r.status_code == 200


def test_the_lean_path_and_the_route_answer_alike(client):
    """A plain query takes the lean path (api.lean); one with an Origin or If-None-Match header goes through the
    application's route. Both read the request by the same rules and give the same answer and headers."""
    params = {"query": SELECT}
    lean = client.get("/sparql", params=params, headers={"Accept": "text/csv"})
    routed = client.get("/sparql", params=params, headers={"Accept": "text/csv", "If-None-Match": '"other"'})
    assert lean.status_code == routed.status_code == 200 and lean.text == routed.text and lean.text.count("\n") == 6
    for h in ("content-type", "etag", "last-modified", "cache-control", "vary"):
        assert lean.headers[h] == routed.headers[h], h
    assert client.get("/sparql", params=params, headers={"Accept": "text/csv", "If-None-Match": lean.headers["etag"]}
                      ).status_code == 304
    # refused requests are worded by the application on either path
    for bad in ({"query": "SELECT * WHERE {"}, {"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}, {"update": "x"}):
        a = client.get("/sparql", params=bad, headers={"Accept": "application/json"})
        b = client.get("/sparql", params=bad, headers={"Accept": "application/json", "Origin": "https://example.org"})
        assert a.status_code == b.status_code and a.status_code in (400, 403) and a.json() == b.json()
    health = client.get("/-/health").json()
    assert health == client.get("/-/health", headers={"Origin": "https://example.org"}).json()
    assert health["ok"] is True and health["build"]
