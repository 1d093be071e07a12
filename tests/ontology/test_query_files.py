"""Every stored query parses, has a title and a LIMIT, projects every parameter it declares, and runs on the built graph."""

import re

import pyoxigraph as ox
import pytest

from ipgraph.config import PROJECT_DIR
from ipgraph.queries import QueryCatalog
from ipgraph.stored import open_store

CATALOG = QueryCatalog(PROJECT_DIR / "queries")
ALL = CATALOG.names()
CHECKS = sorted((PROJECT_DIR / "queries" / "checks").glob("*.rq"))


@pytest.mark.parametrize("name", ALL)
def test_header_limit_and_parameters(name):
    q = CATALOG.get(name)
    assert q.title and q.title != name
    assert q.description
    assert re.search(r"^\s*LIMIT\s+\d+", q.text, re.M | re.I), "every stored query has a LIMIT"
    select = re.search(r"SELECT\s+(?:DISTINCT\s+)?(.*?)\s+WHERE", q.text, re.S | re.I).group(1)
    projected = set(re.findall(r"\?(\w+)", select))
    for p in q.params:
        assert p.name in projected, f"parameter ?{p.name} must be projected so that binding it constrains the query"
    body = q.text.split("WHERE", 1)[1]
    used = set(re.findall(r"\?(\w+)", body))
    for p in q.params:
        assert p.name in used


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_check_files_are_named_and_parse(path):
    assert path.name.endswith("-violation.rq")
    ox.Store().query(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store(built):
    return open_store(built)


EXAMPLE_PARAMS = {
    "measures_by_agency": {"agency": "CNIPA"}, "agency_lineage": {"agency": "CNIPA"},
    "law_revision_timeline": {"law": "Patent Law"}, "measure_evidence": {"number": "28"},
    "new_commitments": {"year": "2012"}, "search": {"q": "patent law"},
    "commitment_history": {"measure": "https://w3id.org/ipgraph/id/measure/004_2f910b4b67935e32/28"},
}
# the bundled corpus holds one plan: nothing recurs in it (tests/test_commitments.py builds three)
NEEDS_SEVERAL_PLANS = {"recurring_commitments", "lead_agency_changes"}


@pytest.mark.parametrize("name", ALL)
def test_runs_on_the_built_graph(store, name):
    q = CATALOG.get(name)
    rows = list(store.query(q.text, q.bind(EXAMPLE_PARAMS.get(name, {}))))
    if name != "extraction_warnings" and name not in NEEDS_SEVERAL_PLANS:  # every agency of the corpus resolves
        assert rows, f"{name} returned no rows on the bundled corpus"


def test_optional_parameter_constrains(store):
    q = CATALOG.get("events_by_date")
    everything = list(store.query(q.text, q.bind({})))
    only_2020 = list(store.query(q.text, q.bind({"year": "2020"})))
    assert 0 < len(only_2020) < len(everything)
    assert all(r["date"].value.startswith("2020") for r in only_2020)


def test_agency_by_successor_reaches_predecessor_measures(store):
    q = CATALOG.get("measures_by_agency")
    rows = list(store.query(q.text, q.bind({"agency": "CNIPA"})))
    assert rows and {r["responsible"].value for r in rows} == {"SIPO"}
    by_iri = list(store.query(q.text, q.bind({"agency": "https://w3id.org/ipgraph/id/agency/sipo"})))
    assert len(by_iri) == len(rows)


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_each_check_has_a_bad_fixture_that_fails_it(path):
    from tests.conftest import FIXTURES

    fixture = FIXTURES / "checks" / (path.stem + ".ttl")
    assert fixture.exists(), f"add {fixture} with data the check must catch"
    store = ox.Store()
    store.load(path=str(fixture), format=ox.RdfFormat.TURTLE)
    assert list(store.query(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.stem)
def test_each_check_still_fails_its_fixture_on_the_triples_it_reads(path):
    """A build runs the checks over the triples their patterns name only: that must keep every violation."""
    from ipgraph.checks import CheckedTriples
    from ipgraph.queries import QueryCatalog
    from tests.conftest import FIXTURES

    data = ox.Store()
    data.load(path=str(FIXTURES / "checks" / (path.stem + ".ttl")), format=ox.RdfFormat.TURTLE)
    lines = [f"{q.subject} {q.predicate} {q.object} <https://example.org/g> ." for q in data]
    checked = CheckedTriples(QueryCatalog(PROJECT_DIR / "queries")).select(lines)
    assert 0 < checked.count(b"\n") <= len(lines)
    store = ox.Store()
    store.load(checked, format=ox.RdfFormat.N_TRIPLES)
    assert list(store.query(path.read_text(encoding="utf-8")))


def test_a_check_with_a_variable_predicate_reads_everything(tmp_path):
    from ipgraph.checks import CheckedTriples
    from ipgraph.queries import QueryCatalog

    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "named-violation.rq").write_text(
        "PREFIX ipo: <https://w3id.org/ipgraph/ontology#>\nSELECT ?m WHERE { ?m a ipo:Measure ; ipo:number 1 }\n")
    lines = ["<https://e/m> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/ipgraph/ontology#Measure> <https://e/g> .",
             "<https://e/m> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://e/Other> <https://e/g> .",
             "<https://e/m> <https://w3id.org/ipgraph/ontology#number> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <https://e/g> .",
             "<https://e/m> <http://purl.org/dc/terms/title> \"x\" <https://e/g> ."]
    assert CheckedTriples(QueryCatalog(tmp_path)).select(lines).count(b"\n") == 2  # the Measure type and the number
    (tmp_path / "checks" / "any-violation.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n")
    assert CheckedTriples(QueryCatalog(tmp_path)).select(lines).count(b"\n") == 4
