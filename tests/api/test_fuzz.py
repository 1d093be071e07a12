"""Fuzzing in the suite, with bounded budgets: the OpenAPI description drives schemathesis against every
documented operation, and a property-based SPARQL fuzzer (hypothesis) sends random queries, nesting,
bytes, Accept headers and methods. Never a 5xx, never a dead worker, and a cheap query answers within a
second afterwards."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_every_documented_operation_never_answers_5xx(server):
    """Each operation of /openapi.json, with the cases schemathesis generates for it (valid and invalid)."""
    import requests
    import schemathesis

    schema = schemathesis.openapi.from_url(server + "/openapi.json")
    session = requests.Session()  # one session for every case (a new one per call costs more than the call)
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def call(case):
            nonlocal tried
            tried += 1
            response = case.call(base_url=server, session=session, timeout=20)
            assert response.status_code < 500 or response.status_code == 504, (
                case.method, case.formatted_path, response.status_code, response.text[:300])
        call()
    session.close()
    print(f"schemathesis: {tried} cases")
    assert tried > 50


KEYWORDS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND",
            "VALUES", "GRAPH", "SERVICE", "GROUP BY", "ORDER BY", "LIMIT", "OFFSET", "DISTINCT", "COUNT(*)", "AS",
            "PREFIX", "BASE", "INSERT DATA", "DELETE WHERE", "LOAD", "a", "*", "."]
ATOMS = ["?s", "?p", "?o", "?x", "<s>", "<http://example.org/a>", "ipo:Measure", '"text"', '"中文"@zh', "1", "2.5",
         "true", "_:b", "[]", "()", "^", "/", "|", "&&", "||", "!", "=", "<", ">", "+", "-", ",", ";", "(", ")",
         "{", "}", "'", '"', "#", "\\", "\x00", "\ufffd", "%", "\n"]


def grammar_query() -> st.SearchStrategy[str]:
    token = st.sampled_from(KEYWORDS + ATOMS)
    body = st.lists(token, max_size=30).map(" ".join)
    nested = st.tuples(st.sampled_from(["{", "(", "OPTIONAL {", "FILTER(", "[", "CONCAT("]), st.integers(0, 400),
                       body).map(lambda t: t[0] * t[1] + t[2] + {"{": "}", "(": ")", "[": "]"}.get(t[0][-1], ")") * t[1])
    shaped = st.tuples(st.sampled_from(["SELECT * WHERE ", "ASK ", "CONSTRUCT WHERE ", "DESCRIBE ?s WHERE "]),
                       st.one_of(body, nested)).map(lambda t: t[0] + "{ " + t[1] + " }")
    return st.one_of(shaped, body, nested, st.text(max_size=200), st.binary(max_size=200).map(
        lambda b: b.decode("utf-8", "replace")))


ACCEPTS = ["*/*", "application/sparql-results+json", "text/csv", "text/turtle", "application/ld+json",
           "application/x-unknown", "text/*;q=0.1, */*;q=0", "", "application/sparql-results+xml;q=abc"]


@given(query=grammar_query(), accept=st.sampled_from(ACCEPTS), how=st.sampled_from(["get", "form", "direct", "put",
                                                                                     "delete", "bytes"]))
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_random_sparql_never_answers_5xx(client, query, accept, how):
    headers = {"Accept": accept} if accept else {}
    if how == "get":
        r = client.get("/sparql", params={"query": query}, headers=headers)
    elif how == "form":
        r = client.post("/sparql", data={"query": query}, headers=headers)
    elif how == "direct":
        r = client.post("/sparql", content=query.encode("utf-8", "surrogatepass"),
                        headers={**headers, "Content-Type": "application/sparql-query"})
    elif how == "bytes":
        r = client.post("/sparql", content=query.encode("utf-8", "surrogatepass")[::-1],
                        headers={**headers, "Content-Type": "application/sparql-query"})
    else:
        r = client.request(how.upper(), "/sparql", content=query.encode("utf-8", "surrogatepass"), headers=headers)
    assert r.status_code < 500 or r.status_code == 504, (r.status_code, r.text[:300])


def test_the_server_is_whole_after_the_fuzzing(client):
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"}, timeout=1)
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert client.get("/-/health").json()["ok"]
