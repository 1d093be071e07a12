"""Hostile and odd requests: deep nesting and long chains, streamed bodies, two queries, relative IRIs,
stored-query parameters. Each answers with a plain 4xx and the server keeps answering."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import HTTP

CHEAP = "ASK { ?s ?p ?o }"


def cheap_still_answers(client) -> None:
    r = client.get("/sparql", params={"query": CHEAP}, headers={"Accept": "application/json"}, timeout=5)
    assert r.status_code == 200 and r.json()["boolean"] is True


@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000,
    "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 300 + "}" * 300 + "}",
    "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 3000 + "true" + ")" * 3000 + ") }",
    "SELECT * WHERE { ?s ?p ?o BIND(" + "CONCAT(" * 1000 + '"a"' + ")" * 1000 + " AS ?x) }",
])
def test_deep_nesting_is_refused_with_the_depth_and_the_limit(client, query):
    r = client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400
    assert "levels deep" in r.json()["error"] and "IPGRAPH_MAX_QUERY_DEPTH" in r.json()["error"]
    cheap_still_answers(client)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { " + " UNION ".join(["{}"] * 1100) + " }",
    "SELECT * WHERE { ?s ?p ?o FILTER(" + "&&".join(["1"] * 1100) + ") }",
    "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 1500 + "true) }",
])
def test_long_chains_are_refused(client, query):
    r = client.post("/sparql", data={"query": query})
    assert r.status_code == 400 and "IPGRAPH_MAX_QUERY_CHAIN" in r.json()["error"]
    cheap_still_answers(client)


def test_a_chunked_body_past_the_limit_gets_413(client, server):
    def chunks():
        for _ in range(40):  # 40 x 1,000 bytes against a limit of 20,000
            yield b"#" * 1000
    r = HTTP.post(server + "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"},
                   timeout=30)
    assert r.status_code == 413 and "larger than" in r.json()["error"]
    cheap_still_answers(client)


def test_exactly_one_query(client):
    r = client.get("/sparql", params=[("query", CHEAP), ("query", "ASK { }")])
    assert r.status_code == 400 and "exactly one query" in r.json()["error"]
    r = client.post("/sparql?query=" + httpx.QueryParams({"q": CHEAP})["q"], data={"query": CHEAP})
    assert r.status_code == 400 and "exactly one query" in r.json()["error"]


def test_relative_iris_resolve_against_the_endpoint(client, server):
    r = client.post("/sparql", content="CONSTRUCT { <s> <p> 1 } WHERE {}",
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert r.status_code == 200, r.text
    assert f"<{server}/s> <{server}/p> " in r.text


def test_stored_query_parameters_unknown_or_repeated(client):
    r = client.get("/queries/measure_evidence", params={"number": "28", "colour": "red"})
    assert r.status_code == 400 and "no parameter colour" in r.json()["error"]
    r = client.get("/queries/measure_evidence", params=[("number", "28"), ("number", "29")])
    assert r.status_code == 400 and "more than once" in r.json()["error"]
    assert client.get("/queries/measure_evidence", params={"number": "28", "_format": "json"}).status_code == 200
