"""The same fuzz on the command line: `ipgraph query` with random query files and parameters, and `ipgraph
validate` with random RDF files, end with exit code 0, 1 or 2 (never 3, never a signal)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipgraph.cli import main
from tests.api.test_fuzz import grammar_query

RDF_BITS = ["@prefix ex: <http://example.org/> .", "@prefix ipo: <https://w3id.org/ipgraph/ontology#> .",
            "ex:a", "ex:b", "ipo:Measure", "ipo:number", "a", '"x"', "1", ".", ";", ",", "[", "]", "(", ")", "<",
            ">", '"""', "_:b", "@en", "^^", "\x00", "\n", "ipo:Agency", "ipo:Document", "<http://ex.org/a b>"]


def exit_code(argv) -> int:
    with pytest.raises(SystemExit) as e:
        main(argv)
    return e.value.code


@given(query=grammar_query(), params=st.lists(st.tuples(st.sampled_from(["number", "year", "agency", "x", ""]),
                                                        st.text(max_size=12)), max_size=3))
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_query_exits_0_1_or_2(built, tmp_path_factory, query, params):
    f = tmp_path_factory.mktemp("q") / "fuzz.rq"
    f.write_text(query, encoding="utf-8", errors="surrogatepass")
    args = [x for k, v in params for x in ("-p", f"{k}={v}")]
    for target in (str(f), "measure_evidence"):
        assert exit_code(["query", target, *args, "--home", str(built.home)]) in (0, 1, 2)


@given(body=st.one_of(st.lists(st.sampled_from(RDF_BITS), max_size=40).map(" ".join), st.binary(max_size=300)),
       suffix=st.sampled_from([".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf", ".txt"]))
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_validate_exits_0_1_or_2(built, tmp_path_factory, body, suffix):
    f = tmp_path_factory.mktemp("v") / f"fuzz{suffix}"
    f.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass"))
    assert exit_code(["validate", str(f), "--home", str(built.home)]) in (0, 1, 2)
