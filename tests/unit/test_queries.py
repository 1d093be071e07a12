import pyoxigraph as ox
import pytest

from ipgraph.errors import QueryNotFound, QueryParamError
from ipgraph.queries import QueryCatalog, parse_query_file

Q = """# title: Test query
# description: A query for tests.
# param: agency string required - acronym
# param: n integer optional default=3 - a number
# param: day date optional - a day
SELECT ?agency ?n ?day WHERE { ?s ?p ?agency } LIMIT 5
"""


@pytest.fixture
def q(tmp_path):
    p = tmp_path / "test_query.rq"
    p.write_text(Q)
    return parse_query_file(p)


def test_header(q):
    assert q.title == "Test query" and q.description == "A query for tests."
    assert [(p.name, p.type, p.required, p.default) for p in q.params] == [
        ("agency", "string", True, None), ("n", "integer", False, "3"), ("day", "date", False, None)]


def test_binding_converts_by_type(q):
    subs = q.bind({"agency": "SIPO", "day": "2020-01-02"})
    assert subs[ox.Variable("agency")] == ox.Literal("SIPO")
    assert subs[ox.Variable("n")].datatype.value.endswith("#integer")
    assert subs[ox.Variable("day")].value == "2020-01-02"


@pytest.mark.parametrize("values, message", [
    ({}, "needs parameter 'agency'"),
    ({"agency": "SIPO", "n": "three"}, "must be a whole number, not 'three'"),
    ({"agency": "SIPO", "day": "2020-13-01"}, "must be a date written YYYY-MM-DD"),
    ({"agency": "SIPO", "bogus": "1"}, "has no parameter bogus"),
])
def test_bad_parameters_say_which(q, values, message):
    with pytest.raises(QueryParamError, match=message):
        q.bind(values)


def test_injection_is_bound_as_a_value(q):
    evil = '"} ; DROP ALL ; SELECT * WHERE { ?x ?y "'
    subs = q.bind({"agency": evil})
    assert subs[ox.Variable("agency")].value == evil
    assert evil not in q.text
    store = ox.Store()
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    store.add(ox.Quad(s, p, ox.Literal("SIPO")))
    store.add(ox.Quad(s, p, ox.Literal(evil)))
    rows = list(store.query(q.text, substitutions=subs))
    assert [r["agency"].value for r in rows] == [evil]  # matched as the literal it is, nothing else ran
    assert len(store) == 2


def test_unknown_query(tmp_path):
    with pytest.raises(QueryNotFound):
        QueryCatalog(tmp_path).get("nothing_here")
    with pytest.raises(QueryNotFound):
        QueryCatalog(tmp_path).get("../../etc/passwd")
