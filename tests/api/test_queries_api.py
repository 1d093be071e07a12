"""/queries: stored queries as an API."""

import pytest

from ipgraph.config import PROJECT_DIR
from ipgraph.queries import QueryCatalog

NAMES = QueryCatalog(PROJECT_DIR / "queries").names()
EXAMPLES = {"measures_by_agency": {"agency": "SIPO"}, "agency_lineage": {"agency": "CNIPA"},
            "law_revision_timeline": {"law": "Patent Law"}, "measure_evidence": {"number": 28},
            "new_commitments": {"year": "2012"}, "search": {"q": "patent law"},
            "commitment_history": {"measure": "https://w3id.org/ipgraph/id/measure/004_2f910b4b67935e32/28"}}


def test_list(client):
    body = client.get("/queries").json()
    assert {q["name"] for q in body["queries"]} == set(NAMES)
    mba = next(q for q in body["queries"] if q["name"] == "measures_by_agency")
    assert mba["title"] and {p["name"] for p in mba["parameters"]} == {"agency", "year"}


@pytest.mark.parametrize("name", NAMES)
def test_every_stored_query_runs(client, name):
    r = client.get(f"/queries/{name}.json", params=EXAMPLES.get(name, {}))
    assert r.status_code == 200 and r.json()["ok"] is True and r.json()["columns"]


def test_missing_and_ill_typed_parameters_say_which(client):
    r = client.get("/queries/measures_by_agency")
    assert r.status_code == 400 and "agency" in r.json()["error"]
    r = client.get("/queries/measure_evidence", params={"number": "twelve"})
    assert r.status_code == 400 and "number" in r.json()["error"]
    r = client.get("/queries/events_by_date", params={"year": "20x2"})
    assert r.status_code == 400 and "year" in r.json()["error"]


def test_formats_by_extension_and_accept(client):
    p = {"agency": "MOC"}
    assert client.get("/queries/measures_by_agency.csv", params=p).text.startswith("agency,year")
    assert client.get("/queries/measures_by_agency.tsv", params=p).text.startswith("agency\tyear")
    r = client.get("/queries/measures_by_agency", params=p, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    r = client.get("/queries/measures_by_agency", params=p, headers={"Accept": "text/html"})
    assert r.headers["content-type"].startswith("text/html") and "<table" in r.text
    assert 'rel="alternate"' in r.headers["link"]
    assert client.get("/queries/measures_by_agency", params={**p, "_format": "csv"}).text.startswith("agency")
    assert client.get("/queries/measures_by_agency", params=p, headers={"Accept": "image/png"}).status_code == 406


def test_parameter_binding_is_safe(client):
    evil = '"} ?s ?p ?o . { "'
    r = client.get("/queries/events_by_date.json", params={"kind": evil})
    assert r.status_code == 200 and r.json()["rows"] == []  # a value, matched as the string it is
    r = client.get("/queries/measures_by_agency.json", params={"agency": evil})
    assert r.status_code == 400 and "no agency is named" in r.json()["error"]


def test_stored_queries_are_in_the_openapi_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/queries/measures_by_agency" in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/queries/measures_by_agency"]["get"]["parameters"]}
    assert {"agency", "year"} <= params


def test_a_name_that_names_nothing_is_a_400_with_the_nearest_names(client):
    r = client.get("/queries/measures_by_agency.json", params={"agency": "sipx"})
    assert r.status_code == 400 and "did you mean 'SIPO'" in r.json()["error"]
    a = client.get("/queries/measures_by_agency.json", params={"agency": "sipo"}).json()["rows"]
    b = client.get("/queries/measures_by_agency.json", params={"agency": "SIPO"}).json()["rows"]
    assert a == b and len(a) > 10


def test_a_browser_missing_a_required_parameter_gets_the_form(client):
    html = {"Accept": "text/html"}
    r = client.get("/queries/measures_by_agency", headers=html)
    assert r.status_code == 200 and '<input name="agency"' in r.text and '<datalist id="choices-agency">' in r.text
    assert 'option value="SIPO"' in r.text and "<table class=\"results\">" not in r.text
    r = client.get("/queries/new_commitments", params={"year": "20x6"}, headers=html)
    assert r.status_code == 400 and 'class="error"' in r.text and "four-digit year" in r.text
    r = client.get("/queries/measures_by_agency.json")
    assert r.status_code == 400 and "needs parameter 'agency'" in r.json()["error"]


def test_a_query_that_finds_nothing_says_why_when_it_can(client):
    plans = client.get("/sparql", params={"query": "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT (COUNT(DISTINCT ?p) "
                                                    "AS ?n) WHERE { ?m a ipo:Measure ; ipo:inPlan ?p }", "format": "json"})
    n = int(plans.json()["results"]["bindings"][0]["n"]["value"])
    assert n < 3  # the bundled corpus holds one plan
    body = client.get("/queries/recurring_commitments.json").json()
    assert body["rows"] == [] and body["empty_reason"] == (
        f"This needs at least three plans; this build has {n} plan{'s' if n != 1 else ''} with measures read.")
    page = client.get("/queries/recurring_commitments", headers={"Accept": "text/html"}).text
    assert "No rows: This needs at least three plans" in page
    assert "empty_reason" not in client.get("/queries/measures_by_agency.json", params={"agency": "SIPO"}).json()


def test_every_empty_header_names_an_explain_query():
    catalog = QueryCatalog(PROJECT_DIR / "queries")
    named = [q for q in catalog.all() if q.empty]
    assert len(named) >= 3
    for q in named:
        assert "?why" in catalog.get(q.empty).text, q.name
