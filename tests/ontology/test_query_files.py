"""Every stored query parses, has a title and a LIMIT, projects every parameter it declares, and runs on the built graph."""

import re

import pyoxigraph as ox
import pytest

from ipgraph.config import PROJECT_DIR
from ipgraph.queries import QueryCatalog
from ipgraph.service import open_store

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
}


@pytest.mark.parametrize("name", ALL)
def test_runs_on_the_built_graph(store, name):
    q = CATALOG.get(name)
    rows = list(store.query(q.text, q.bind(EXAMPLE_PARAMS.get(name, {}))))
    if name != "extraction_warnings":  # the bundled corpus resolves every agency it names
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
