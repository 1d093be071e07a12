"""The ipgraph command: every command, its output and its exit code."""

import json
import os
import subprocess
import sys

import pytest

from ipgraph.cli import main
from ipgraph.config import PROJECT_DIR
from ipgraph.home import CURRENT, current_build, dataset

EXAMPLES = PROJECT_DIR / "ontology" / "examples"


def run(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "ipgraph", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "ipgraph" in out.stdout


def test_build_command(tmp_path, corpus_copy, capsys):
    code, out, err = run(["build", str(corpus_copy), "--home", str(tmp_path / "h")], capsys)
    assert code == 0, err
    assert "Built 5 document(s)" in out and "90 measures" in out and "SHACL: conforms" in out


def test_build_refuses_binary_file_with_exit_2(tmp_path, corpus_copy, capsys):
    home = tmp_path / "h"
    assert run(["build", str(corpus_copy), "--home", str(home)], capsys)[0] == 0
    before = os.readlink(home / CURRENT)
    (corpus_copy / "005_image.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, err = run(["build", str(corpus_copy), "--home", str(home)], capsys)
    assert code == 2 and "005_image.txt" in err and "binary" in err
    assert os.readlink(home / CURRENT) == before


def test_home_from_environment(tmp_path, corpus_copy, capsys, monkeypatch):
    monkeypatch.setenv("IPGRAPH_HOME", str(tmp_path / "envhome"))
    assert run(["build", str(corpus_copy)], capsys)[0] == 0
    assert dataset(tmp_path / "envhome" / CURRENT).exists()


def test_validate_built_graph(built, capsys):
    code, out, _ = run(["validate", "--home", str(built.home)], capsys)
    assert code == 0 and out.strip().startswith("Conforms")


def test_validate_broken_measure_exits_1_naming_it(capsys, tmp_path):
    code, out, _ = run(["validate", str(EXAMPLES / "invalid" / "measure-without-number.ttl")], capsys)
    assert code == 1
    assert "measure-without-number.ttl" in out and "https://example.org/id/m" in out and "number" in out
    code, out, _ = run(["validate", str(EXAMPLES / "invalid" / "measure-without-agency.ttl")], capsys)
    assert code == 1 and "responsible agency" in out


def test_validate_formats(capsys):
    f = str(EXAMPLES / "invalid" / "measure-without-number.ttl")
    code, out, _ = run(["validate", f, "--format", "json"], capsys)
    assert code == 1 and json.loads(out)["conforms"] is False
    code, out, _ = run(["validate", f, "--format", "junit"], capsys)
    assert code == 1 and "<testsuite" in out and "<failure" in out
    code, out, _ = run(["validate", f, "--format", "ttl"], capsys)
    assert code == 1 and "sh:ValidationReport" in out
    code, out, _ = run(["validate", str(EXAMPLES / "valid" / "complete-graph.ttl")], capsys)
    assert code == 0


def test_validate_unparsable_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n")
    code, _, err = run(["validate", str(bad)], capsys)
    assert code == 2 and "bad.ttl" in err


def test_query_formats_and_errors(built, capsys):
    home = ["--home", str(built.home)]
    code, out, _ = run(["query", "measures_by_agency", "-p", "agency=SIPO", *home], capsys)
    assert code == 0 and out.splitlines()[0].startswith("agency,year,plan_year")
    code, out, _ = run(["query", "co_responsibility", "--format", "json", *home], capsys)
    assert code == 0 and json.loads(out)["head"]["vars"] == ["agency1", "agency2", "measures"]
    code, out, _ = run(["query", "co_responsibility", "--format", "tsv", *home], capsys)
    assert code == 0 and "\t" in out
    code, _, err = run(["query", "measures_by_agency", *home], capsys)
    assert code == 2 and "agency" in err
    code, _, err = run(["query", "no_such_query", *home], capsys)
    assert code == 2 and "no stored query" in err
    code, _, err = run(["query", "measure_evidence", "-p", "number=twelve", *home], capsys)
    assert code == 2 and "must be a whole number" in err


def test_a_query_that_finds_nothing_says_why_on_stderr_as_the_web_does(built, capsys):
    home = ["--home", str(built.home)]
    code, out, err = run(["query", "recurring_commitments", *home], capsys)
    assert code == 0 and out.strip() == "latest,year,number,plans,first_year,text"  # still a table pandas reads
    assert "no rows: This needs at least three plans; this build has 1 plan with measures read." in err
    code, out, err = run(["query", "measures_by_agency", "-p", "agency=SIPO", *home], capsys)
    assert "no rows" not in err


def test_query_file_and_graph_formats(built, tmp_path, capsys):
    f = tmp_path / "c.rq"
    f.write_text("# title: Lineage as a graph\nPREFIX ipo: <https://w3id.org/ipgraph/ontology#>\n"
                 "CONSTRUCT { ?a ipo:predecessor ?b } WHERE { ?a ipo:predecessor ?b } LIMIT 10\n")
    code, out, _ = run(["query", str(f), "--format", "ttl", "--home", str(built.home)], capsys)
    assert code == 0 and "predecessor" in out
    code, _, err = run(["query", str(f), "--format", "csv", "--home", str(built.home)], capsys)
    assert code == 2 and "CONSTRUCT" in err


def test_query_without_a_build_says_how(tmp_path, capsys):
    code, _, err = run(["query", "agencies", "--home", str(tmp_path / "empty")], capsys)
    assert code == 2 and "ipgraph build" in err


def test_queries_lists_every_stored_query(capsys):
    code, out, _ = run(["queries"], capsys)
    assert code == 0
    for p in (PROJECT_DIR / "queries").glob("*.rq"):
        assert p.stem in out


def test_facts_command(built, tmp_path, capsys):
    code, out, _ = run(["facts", str(tmp_path / "f"), "--home", str(built.home)], capsys)
    assert code == 0
    for t in ("documents", "measures", "officials", "instruments", "law_revisions", "events"):
        assert (tmp_path / "f" / f"{t}.csv").exists() and f"{t}.csv" in out
    assert current_build(built).exists()


def test_bug_exit_code_is_3(monkeypatch, capsys):
    import ipgraph.cli as cli_mod

    def boom(*a, **k):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli_mod, "_settings", boom)
    code, _, err = run(["facts", "x"], capsys)
    assert code == 3 and "Traceback" in err


def test_a_deeply_nested_query_file_is_refused_with_exit_2(built, tmp_path):
    f = tmp_path / "deep.rq"
    f.write_text("SELECT * WHERE " + "{" * 100000 + "?s ?p ?o" + "}" * 100000, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "ipgraph", "query", str(f), "--home", str(built.home)],
                         capture_output=True, text=True)
    assert out.returncode == 2, out.stderr  # not 139: no segmentation fault
    assert "levels deep" in out.stderr and "IPGRAPH_MAX_QUERY_DEPTH" in out.stderr


def test_query_parameters_have_plain_messages(built, capsys):
    code, _, err = run(["query", "measure_evidence", "-p", "number=abc", "--home", str(built.home)], capsys)
    assert code == 2 and "must be a whole number, not 'abc'" in err and "invalid literal" not in err
    code, _, err = run(["query", "measure_evidence", "-p", "number=1", "-p", "number=2", "--home", str(built.home)],
                       capsys)
    assert code == 2 and "more than once" in err


def test_a_utf16_document_is_refused_with_how_to_convert(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "doc.txt").write_bytes("Work Plan in 2031\n\nText.\n".encode("utf-16"))
    code, _, err = run(["build", str(corpus), "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and "UTF-16LE text, not UTF-8" in err and "iconv" in err
    (corpus / "doc.txt").write_bytes("Work Plan in 2031\n\nText.\n".encode("utf-16-be"))
    code, _, err = run(["build", str(corpus), "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and "UTF-16BE" in err


def test_search_command(built, capsys):
    code, out, err = run(["search", "国家知识产权局", "--kind", "agency", "--home", str(built.home)], capsys)
    assert code == 0, err
    assert "State Intellectual Property Office" in out and "https://w3id.org/ipgraph/id/agency/" in out
    code, out, err = run(["search", "patent", "law", "--format", "csv", "--limit", "3", "--home", str(built.home)], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("kind,score,title,iri") and len(lines) == 4
    assert "instrument" in lines[1] and "Patent Law" in lines[1]


def test_search_refuses_on_the_command_line_what_the_web_refuses(built, capsys):
    code, _, err = run(["search", *(["patent"] * 100), "--home", str(built.home)], capsys)
    assert code == 2 and "the search words are too long (699 characters); give at most 500" in err


def test_search_from_sparql_through_the_index(built, capsys):
    code, out, err = run(["query", "search", "-p", "q=专利法", "--format", "csv", "--home", str(built.home)], capsys)
    assert code == 0, err
    assert out.splitlines()[1].startswith("专利法,https://w3id.org/ipgraph/id/instrument/patent-law,")


def test_parameters_that_name_entities_take_any_label_case_aside(built, capsys):
    home = ["--home", str(built.home), "--format", "csv"]
    rows = {}
    for value in ("SIPO", "sipo", "State intellectual property office", "国家知识产权局"):
        code, out, err = run(["query", "measures_by_agency", "-p", f"agency={value}", *home], capsys)
        assert code == 0, err
        rows[value] = {ln.split(",")[6] for ln in out.splitlines()[1:]}
    assert rows["SIPO"] == rows["sipo"] == rows["State intellectual property office"] and len(rows["SIPO"]) > 20
    assert rows["SIPO"] <= rows["国家知识产权局"]  # the Chinese name is SIPO's and CNIPA's
    code, out, err = run(["query", "measures_by_agency", "-p", "agency=sipx", *home], capsys)
    assert code == 2 and "no agency is named 'sipx'; did you mean 'SIPO'" in err
    code, out, err = run(["query", "law_revision_timeline", "-p", "law=PATENT LAW", *home], capsys)
    assert code == 0 and out.count("\n") > 3, err


def test_a_query_that_does_not_parse_is_said_alike_on_the_cli_and_over_http(built, tmp_path, capsys):
    from fastapi.testclient import TestClient

    from api.app import create_app

    query = "SELECT * WHERE { ?s ?p ?o } ORDR BY ?s"
    f = tmp_path / "bad.rq"
    f.write_text(query)
    code, _, err = run(["query", str(f), "--home", str(built.home)], capsys)
    assert code == 2
    with TestClient(create_app(built)) as client:
        r = client.get("/sparql", params={"query": query})
    assert r.status_code == 400
    assert err.strip().splitlines()[-1] == "error: " + r.json()["error"] == \
        "error: the query does not parse: unknown word 'ORDR' at line 1, column 29; did you mean ORDER?"
