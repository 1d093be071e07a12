"""ipgraph from Python: ipgraph.open() and its Graph and Result, which the command line is a layer over."""

from __future__ import annotations

import csv
import io
import os

import pytest

import ipgraph
from ipgraph.cli import main
from ipgraph.config import PROJECT_DIR


def _cli(argv, capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def test_a_stored_query_gives_typed_columns_and_the_rows_of_the_cli(built, capsys):
    with ipgraph.open(built.home) as g:
        result = g.query("measures_by_agency", agency="sipo")  # names matched as the CLI matches them
        frame = result.to_pandas()
    assert {"number", "rank", "year"} <= set(frame.columns)
    assert str(frame["number"].dtype) == str(frame["rank"].dtype) == "int64" and str(frame["year"].dtype) == "int64"
    assert isinstance(result.rows[0][result.columns.index("text")], str) and len(result) > 10
    code, out, _ = _cli(["query", "measures_by_agency", "-p", "agency=SIPO", "--home", str(built.home)], capsys)
    assert code == 0
    cli_rows = list(csv.reader(io.StringIO(out)))
    api_rows = list(csv.reader(io.StringIO(result.to_csv())))
    assert cli_rows == api_rows and len(cli_rows) == len(result) + 1
    assert next(iter(result))["agency"] == "SIPO"  # each row a dict by column


def test_sparql_search_describe_facts_and_the_build(built):
    g = ipgraph.open(built.home)
    assert g.build_id == g.manifest["id"] and len(g.documents) == len(g.manifest.get("documents", g.documents.rows))
    n = g.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert isinstance(n, int) and n > 1000
    assert g.sparql("ASK { ?s ?p ?o }").boolean is True
    hits = g.search("国家知识产权局", kind="agency", limit=3)
    assert hits.columns[:4] == ["kind", "score", "title", "iri"] and hits.rows[0][0] == "agency"
    statements = g.describe("CNIPA")
    assert "property" in statements.columns and any("prefLabel" in p for p in statements.column("property"))
    assert g.describe("专利法").rows[0][0].endswith("/instrument/patent-law")
    facts = g.facts()
    assert set(facts) == {"documents", "measures", "officials", "instruments", "law_revisions", "events"}
    assert str(facts["documents"]["date"].dtype).startswith("datetime64")  # dates as dates
    assert len(facts["measures"]) == 90
    recurring = g.query("recurring_commitments")
    assert len(recurring) == 0 and "at least three plans" in recurring.why_empty
    with pytest.raises(ipgraph.QueryParamError, match="did you mean 'SIPO'"):
        g.query("measures_by_agency", agency="SIPOO")
    with pytest.raises(ipgraph.QueryNotFound):
        g.query("no_such_query")
    with pytest.raises(ipgraph.IpgraphError, match="no entity is named"):
        g.describe("No Such Body Anywhere")


def test_a_home_is_built_and_grown_from_python(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text((PROJECT_DIR / "data" / "corpus" / "003_8e419ac86f532f57.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    g = ipgraph.open(tmp_path / "home")
    seen: list[str] = []
    report = g.build([corpus], progress=seen.append)
    assert seen == ["a"] and report.documents == 1 and len(g.documents) == 1
    extra = tmp_path / "b.txt"
    extra.write_text((PROJECT_DIR / "data" / "corpus" / "001_37ba386996b84904.txt").read_text(encoding="utf-8"),
                     encoding="utf-8")
    before = g.build_id
    added, _ = g.add(extra)
    assert [a.doc_id for a in added] == ["b"] and g.build_id != before and len(g.documents) == 1 + 1
    with pytest.raises(ipgraph.SourceError):
        g.add(tmp_path / "missing.txt")
    assert len(g.documents) == 2  # a failed addition changes nothing


def test_every_public_name_says_what_it_is_with_an_example():
    for name in ipgraph.__all__:
        if name != "__version__":
            assert (getattr(ipgraph, name).__doc__ or "").strip(), name
    for method in ("query", "sparql", "search", "facts", "describe", "build", "add"):
        assert "g." in getattr(ipgraph.Graph, method).__doc__, method
    assert "ipgraph.open()" in ipgraph.__doc__ and "g.query(" in ipgraph.__doc__


def test_the_notebook_runs_without_a_server_or_the_network(built, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="the notebook test needs nbformat, nbclient and ipykernel")
    nbclient = pytest.importorskip("nbclient", reason="the notebook test needs nbclient")
    pytest.importorskip("ipykernel", reason="the notebook test needs ipykernel")
    monkeypatch.setenv("IPGRAPH_HOME", str(built.home))
    nb = nbformat.read(PROJECT_DIR / "docs" / "notebook.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(PROJECT_DIR)}}).execute()
    text = "\n".join(str(o.get("text") or o.get("data", {}).get("text/plain", "")) for c in nb.cells
                     if c.cell_type == "code" for o in c.outputs)
    assert "measures name SIPO" in text and "adopted" in text and "State Intellectual Property Office" in text
    assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.get("output_type") == "error"]
    assert os.environ["IPGRAPH_HOME"] == str(built.home)
