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


@pytest.mark.parametrize("name", [q.name for q in QueryCatalog(PROJECT_DIR / "queries").all() if q.chart])
def test_a_query_with_a_chart_header_draws_its_picture_from_its_columns(client, name):
    """The `# chart:` line chooses the picture: every query that has one draws it (an SVG whose title is the
    header's, parameters filled in) where the seed build gives it rows with what the chart reads."""
    q = QueryCatalog(PROJECT_DIR / "queries").get(name)
    rows = client.get(f"/queries/{name}.json", params=EXAMPLES.get(name, {})).json()["rows"]
    page = client.get(f"/queries/{name}", params=EXAMPLES.get(name, {}), headers={"Accept": "text/html"}).text
    from ipgraph.queries import fill

    reads = q.chart.get("date") or q.chart.get("column") or q.chart.get("count") or q.chart.get("label") \
        or q.chart.get("source")
    if not any(fill(reads, r) for r in rows):
        assert '<svg class="chart"' not in page or not rows
        return
    title = fill(q.chart.get("title"), {**{p.name: p.name for p in q.params}, **EXAMPLES.get(name, {})})
    assert '<svg class="chart"' in page and f"<title>{title}</title>" in page


def test_queries_without_a_chart_header_draw_none(client):
    assert '<svg class="chart"' not in client.get("/queries/agencies", headers={"Accept": "text/html"}).text


def test_a_bad_chart_header_is_refused_naming_the_file_and_what_it_takes(tmp_path):
    from ipgraph.errors import QueryError
    from ipgraph.queries import parse_query_file

    body = "SELECT ?when ?what WHERE { ?s ?p ?when }\n"
    for header, said in [("# chart: pie; title=x", "is none of"), ("# chart: timeline; colour=red", "takes date"),
                         ("# chart: timeline; date={not_projected}", "does not project")]:
        p = tmp_path / "q.rq"
        p.write_text(f"# title: t\n{header}\n{body}")
        with pytest.raises(QueryError, match=said) as e:
            parse_query_file(p)
        assert str(p) in str(e.value)
    p.write_text(f"# title: t\n# chart: timeline; date={{when}}; label={{what}}|unnamed\n{body}")
    chart = parse_query_file(p).chart
    assert chart.kind == "timeline" and chart.get("label") == "{what}|unnamed"
