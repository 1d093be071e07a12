"""The build on the bundled corpus: conforms, is deterministic, and a bad input changes nothing."""

import csv
import json
import shutil
import subprocess
import sys

import pytest

from ipgraph.build import build
from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.errors import SourceError, ValidationFailed
from ipgraph.home import CURRENT, current_build, dataset
from tests.conftest import FIXTURES, SHARED


def test_build_conforms_and_writes_an_immutable_build(built):
    cur = current_build(built)
    manifest = json.loads((cur / "manifest.json").read_text())
    assert manifest["validation"]["violations"] == 0
    assert len(manifest["documents"]) == 5
    assert (cur / "validation.ttl").exists() and (cur / "records" / f"{manifest['documents'][0]}.json").exists()
    text = dataset(cur).read_text(encoding="utf-8")
    for graph in ("graph/reference>", "graph/inferred>", "graph/ontology>", "graph/document/004_2f910b4b67935e32>"):
        assert graph in text


def test_two_builds_are_identical(built, tmp_path):
    again = Settings(home=tmp_path / "again")
    build(again)
    assert dataset(current_build(again)).read_bytes() == dataset(current_build(built)).read_bytes()


def test_inferred_graph_holds_lineage_and_no_literal_subjects(built):
    lines = dataset(current_build(built)).read_text(encoding="utf-8").splitlines()
    inferred = [ln for ln in lines if ln.endswith("graph/inferred> .")]
    assert any("agency/cnipa> <https://w3id.org/ipgraph/ontology#predecessor> <https://w3id.org/ipgraph/id/agency/sipo>"
               in ln for ln in inferred)
    assert not any(ln.startswith('"') for ln in lines)
    assert not any("owl#sameAs" in ln for ln in inferred)


@pytest.mark.parametrize("content, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary content"),
    (b"", "empty"),
    (b"Title\n\nCaf\xe9 au lait", "not UTF-8"),
])
def test_bad_file_is_refused_by_name_and_previous_build_untouched(built, corpus_copy, tmp_path, content, words):
    s = Settings(home=tmp_path / "home")
    build(s, [corpus_copy])
    before = current_build(s)
    data_before = dataset(before).read_bytes()
    bad = corpus_copy / "999_bad.txt"
    bad.write_bytes(content)
    with pytest.raises(SourceError, match=words) as e:
        build(s, [corpus_copy])
    assert "999_bad.txt" in str(e.value)
    assert current_build(s) == before and dataset(before).read_bytes() == data_before


def test_not_utf8_error_names_the_offset(corpus_copy, tmp_path):
    (corpus_copy / "x.txt").write_bytes(b"Title\n\nabc\xff")
    with pytest.raises(SourceError, match=r"byte offset 10"):
        build(Settings(home=tmp_path / "h"), [corpus_copy])


def test_violations_stop_the_build(tmp_path, corpus_copy):
    s = Settings(home=tmp_path / "home", queries_dir=tmp_path / "q")
    (tmp_path / "q" / "checks").mkdir(parents=True)
    (tmp_path / "q" / "checks" / "every-measure-violation.rq").write_text(
        "# title: Any measure\nPREFIX ipo: <https://w3id.org/ipgraph/ontology#>\n"
        "SELECT ?m WHERE { ?m a ipo:Measure } LIMIT 1\n")
    with pytest.raises(ValidationFailed, match="Any measure"):
        build(s, [corpus_copy])
    assert not (tmp_path / "home" / CURRENT).exists()


def test_unknown_document_kind_still_yields_its_document(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "note.txt").write_text("A Short Note\n\nNothing here but a line of prose.\n", encoding="utf-8")
    s = Settings(home=tmp_path / "h")
    report = build(s, [corpus])
    assert report.documents == 1
    assert "A Short Note" in dataset(current_build(s)).read_text(encoding="utf-8")


def test_sidecar_metadata(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "n1.txt").write_text("A Short Note\n\nProse.\n", encoding="utf-8")
    (corpus / "n1.meta.yaml").write_text("date: 2015-02-03\nurl: https://example.org/n1\npublisher: Example Press\n")
    s = Settings(home=tmp_path / "h")
    build(s, [corpus])
    text = dataset(current_build(s)).read_text(encoding="utf-8")
    assert '"2015-02-03"^^<http://www.w3.org/2001/XMLSchema#date>' in text and "https://example.org/n1" in text
    (corpus / "n1.meta.yaml").write_text("colour: blue\n")
    with pytest.raises(SourceError, match="n1.meta.yaml"):
        build(s, [corpus])


# -- the fact tables against the gold tables --------------------------------------------------
def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_measures_match_gold_exactly(facts_dir):
    gold = {(r["doc"], r["number"]): r for r in read(FIXTURES / "gold" / "measures.csv") if r["optional"] != "1"}
    out = {(r["doc"], r["number"]): r for r in read(facts_dir / "measures.csv")}
    assert set(out) == set(gold)
    for k, g in gold.items():
        o = out[k]
        assert (o["plan_year"], o["section"]) == (g["plan_year"], g["section"]), k
        gold_agencies = [a.split("|") for a in g["agencies"].split(";")]
        assert len(o["agencies"].split(";")) == len(gold_agencies), k
        for a, alts in zip(o["agencies"].split(";"), gold_agencies, strict=True):
            assert a in alts, (k, o["agencies"], g["agencies"])
        assert o["lead_agency"] in g["lead_agency"].split("|")


def test_documents_match_gold(facts_dir):
    gold = {r["doc"]: r for r in read(FIXTURES / "gold" / "documents.csv")}
    out = {r["doc"]: r for r in read(facts_dir / "documents.csv")}
    assert {k: (v["date"]) for k, v in out.items()} == {k: v["date"] for k, v in gold.items()}


def test_officials_match_gold(facts_dir):
    gold = {(r["doc"], r["person"], r["role"]) for r in read(FIXTURES / "gold" / "officials.csv")}
    out = {(r["doc"], r["person"], r["role"]) for r in read(facts_dir / "officials.csv")}
    assert {(d, p) for d, p, _ in out} == {(d, p) for d, p, _ in gold}


@pytest.mark.skipif(not (SHARED / "gold" / "score.py").exists(), reason="../shared/gold is not beside the project")
def test_gold_score(facts_dir):
    """The project's own acceptance figures, by the shared scorer."""
    out = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(SHARED / "gold" / "seeds"),
                          str(facts_dir), "--json"], capture_output=True, text=True, check=True)
    rep = json.loads(out.stdout)
    m = rep["measures"]
    assert m["f1"] == 1.0 and m["agency_set_exact"] >= 0.98 and m["lead_agency"] == 1.0
    assert rep["officials"]["posts"]["f1"] >= 0.9
    assert rep["law_revisions"]["f1"] >= 0.9
    assert rep["instruments"]["f1"] >= 0.85
    assert rep["events"]["f1"] >= 0.85
    assert rep["documents"]["title_accuracy"] == 1.0 and rep["documents"]["date_accuracy"] == 1.0


def test_incremental_build_reuses_unchanged_documents(tmp_path, monkeypatch):
    import ipgraph.build as b

    corpus_copy = tmp_path / "corpus"  # three of the bundled documents: the one changed below and two that are not
    corpus_copy.mkdir()
    for name in ("000_2da1fe44ba253dec.txt", "002_72b4a740dfda7e5e.txt", "003_8e419ac86f532f57.txt"):
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus_copy / name)
    s = Settings(home=tmp_path / "home", cache_dir=None)  # the home's own cache (the suite shares one otherwise)
    build(s, [corpus_copy], validate=False)  # (what is reused does not depend on validation: the shapes are tested elsewhere)
    first = dataset(current_build(s)).read_bytes()
    assert (tmp_path / "home" / "cache").is_dir()
    calls = []
    real = b.BuildContext.document

    def counting(self, src, *args):
        calls.append(src.doc_id)
        return real(self, src, *args)

    monkeypatch.setattr(b.BuildContext, "document", counting)
    build(s, [corpus_copy], workers=1, validate=False)
    assert calls == [] and dataset(current_build(s)).read_bytes() == first
    changed = corpus_copy / "003_8e419ac86f532f57.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nVice Mayor Liu Qi attended.\n", encoding="utf-8")
    build(s, [corpus_copy], workers=1, validate=False)
    assert calls == ["003_8e419ac86f532f57"]
    assert "liu-qi" in dataset(current_build(s)).read_text(encoding="utf-8")
    # the same corpus built without a cache gives the same bytes
    fresh = Settings(home=tmp_path / "fresh", cache_dir=tmp_path / "empty-cache")
    build(fresh, [corpus_copy], validate=False)
    assert dataset(current_build(fresh)).read_bytes() == dataset(current_build(s)).read_bytes()


def test_a_measure_whose_text_names_no_agency_does_not_stop_the_build(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "p.txt").write_text("Work Plan in 2031\n\nI. Improve\n\n(1) Revise the rules. (SIPO)\n\n"
                                  "(2) Improve the system of examination.\n\n(3) Train examiners. (SIPO)\n",
                                  encoding="utf-8")
    s = Settings(home=tmp_path / "h")
    report = build(s, [corpus])
    assert any("names no responsible agency" in w.message for w in report.validation.warnings)
    from ipgraph.stored import write_facts

    write_facts(s, tmp_path / "f")
    rows = {r["number"]: r for r in read(tmp_path / "f" / "measures.csv")}
    assert set(rows) == {"1", "2", "3"} and rows["2"]["agencies"] == "" and rows["1"]["lead_agency"] == "SIPO"


def test_a_document_of_site_furniture_only_still_has_a_title(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "nav.txt").write_text("Home News Links\nPrint Share\n", encoding="utf-8")
    (corpus / "nav.meta.yaml").write_text("date: 2015-13-40\n")
    with pytest.raises(SourceError, match="YYYY-MM-DD"):
        build(Settings(home=tmp_path / "h"), [corpus])
    (corpus / "nav.meta.yaml").unlink()
    s = Settings(home=tmp_path / "h")
    build(s, [corpus])
    from ipgraph.stored import write_facts

    write_facts(s, tmp_path / "f")
    assert [(r["doc"], r["title"]) for r in read(tmp_path / "f" / "documents.csv")] == [("nav", "nav")]  # its file's name


def _index_rows(build_dir):
    import sqlite3

    con = sqlite3.connect(build_dir / "search.sqlite")
    try:
        return sorted(con.execute("SELECT kind, iri, shown_title, shown_body, shown_names, doc, start, end, lang, "
                                  "title, body FROM hits"), key=repr)
    finally:
        con.close()


def test_a_build_that_adds_to_the_last_publishes_what_a_build_from_scratch_does(tmp_path, monkeypatch):
    """A document changed, one removed and one added (a plan of generated bodies and laws, so entities merged
    across documents change): the build that patches the last one's index gives the same dataset, search
    rows, records and texts as a build of the new corpus in a fresh home, and patched only what changed."""
    import random

    import ipgraph.publish as pub
    from tests.phenomena import generate as g

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_2da1fe44ba253dec.txt", "002_72b4a740dfda7e5e.txt", "003_8e419ac86f532f57.txt",
                 "004_2f910b4b67935e32.txt"):
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus / name)
    r = random.Random(26)
    (corpus / "100_plan.txt").write_text(g.plan(r)[0], encoding="utf-8")
    s = Settings(home=tmp_path / "home")
    build(s, [corpus], validate=False)
    done = []
    real = pub.publish_index
    monkeypatch.setattr(pub, "publish_index", lambda *a, **k: done.append(real(*a, **k)) or done[-1])
    changed = corpus / "003_8e419ac86f532f57.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + f"\nVice Mayor {g.person(r)} attended.\n", encoding="utf-8")
    (corpus / "002_72b4a740dfda7e5e.txt").unlink()
    (corpus / "101_plan.txt").write_text(g.plan(r)[0], encoding="utf-8")
    build(s, [corpus], validate=False)
    assert done == [{"parts": 2, "removed": 2, "entities": done[0]["entities"], "fresh": 0}] and done[0]["entities"] > 0
    fresh = Settings(home=tmp_path / "fresh")
    build(fresh, [corpus], validate=False)
    a, b = current_build(s), current_build(fresh)
    assert dataset(a).read_bytes() == dataset(b).read_bytes()
    assert _index_rows(a) == _index_rows(b) and len(_index_rows(a)) > 100
    for folder in ("records", "text"):
        assert {f.name: f.read_bytes() for f in (a / folder).iterdir()} == \
               {f.name: f.read_bytes() for f in (b / folder).iterdir()}
    assert (a / "validation.ttl").read_bytes() == (b / "validation.ttl").read_bytes()


def test_a_build_merges_inferences_by_buckets_it_keeps_and_leaves_findings_in_their_files(tmp_path):
    """The inferred graph and the checked triples are merged by buckets of documents the cache keeps: a changed
    document remakes only the bucket it leaves and the one it joins; the documents' warnings are counted, their
    findings left in their files until the report is written."""
    from ipgraph.validate import Findings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = ("000_2da1fe44ba253dec.txt", "003_8e419ac86f532f57.txt", "004_2f910b4b67935e32.txt")
    for name in names:
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus / name)
    s = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache")  # (its own cache: the suite's is shared)
    first = build(s, [corpus])
    from ipgraph import cache as cache_io

    cache = cache_io.folder(s, cache_io.fingerprint(s))[1]
    before = {kind: {f.name for f in (cache / kind).iterdir()} for kind in ("inferred", "checked")}
    assert all(0 < len(v) <= len(names) for v in before.values())
    changed = corpus / names[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    again = build(s, [corpus])
    for kind in ("inferred", "checked"):
        after = {f.name for f in (cache / kind).iterdir()}
        assert 1 <= len(after - before[kind]) <= 2 and len(before[kind] - after) <= 2 and after & before[kind], kind
    fresh = build(Settings(home=tmp_path / "fresh"), [corpus])
    assert dataset(again.build_dir).read_bytes() == dataset(fresh.build_dir).read_bytes() != \
        dataset(first.build_dir).read_bytes()
    found = again.validation.warnings
    docs = {n.removesuffix(".txt") for n in names}
    assert isinstance(found, Findings) and {source for source, _, _ in found.parts} == docs
    assert not any(f.source in docs for f in found.items) and len(found) > len(found.items)
    assert sorted(f.source for f in found if f.source in docs) == sorted(
        source for source, n, _ in found.parts for _ in range(n))


def test_the_report_written_from_each_documents_kept_lines_is_the_report_of_every_finding(tmp_path):
    from ipgraph.validate import report_turtle

    report = build(Settings(home=tmp_path / "home"))
    written = (report.build_dir / "validation.ttl").read_text(encoding="utf-8")
    assert len(report.validation.warnings) > 5 and written == report_turtle(report.validation)


def test_homes_sharing_a_cache_keep_each_their_own_table_of_files_read(tmp_path, monkeypatch):
    """Two homes that share one cache (as the suite's tests do, and as a setting allows): a build of the one does not
    make the other read its unchanged files again (each home keeps its own table of what it read)."""
    import os

    import ipgraph.build as b

    shared = tmp_path / "shared-cache"
    corpora = {}
    for home, name in (("a", "000_2da1fe44ba253dec.txt"), ("b", "003_8e419ac86f532f57.txt")):
        corpus = tmp_path / f"corpus-{home}"
        corpus.mkdir()
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus / name)
        os.utime(corpus / name, ns=(1_700_000_000_000_000_000,) * 2)  # long still
        corpora[home] = corpus
    a = Settings(home=tmp_path / "a", cache_dir=shared)
    bb = Settings(home=tmp_path / "b", cache_dir=shared)
    build(a, [corpora["a"]], validate=False)
    build(bb, [corpora["b"]], validate=False)
    read, real = [], b.read_source
    monkeypatch.setattr(b, "read_source", lambda f: read.append(f.name) or real(f))
    build(a, [corpora["a"]], validate=False)
    assert read == []


def test_a_build_reads_again_only_the_files_that_changed_since_the_last(tmp_path, monkeypatch):
    """Files still since before the last build read them come from the cache (by size, change time and inode);
    one edited since is read again, even at the same size, and so is a file changed just before it was read."""
    import os

    import ipgraph.build as b

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_2da1fe44ba253dec.txt", "003_8e419ac86f532f57.txt"):
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus / name)
        os.utime(corpus / name, ns=(1_700_000_000_000_000_000,) * 2)  # long still
    fresh = corpus / "100_note.txt"
    fresh.write_text("A Short Note\n\nThe Moravian Seed Office met on 3 May 2031.\n", encoding="utf-8")
    s = Settings(home=tmp_path / "home")
    build(s, [corpus], validate=False)
    read, real = [], b.read_source
    monkeypatch.setattr(b, "read_source", lambda f: read.append(f.name) or real(f))
    build(s, [corpus], validate=False)
    assert read == ["100_note.txt"]  # changed just before the first build read it
    edited = corpus / "003_8e419ac86f532f57.txt"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("a", "e", 1), encoding="utf-8")  # the same size
    read.clear()
    report = build(s, [corpus], validate=False)
    assert "003_8e419ac86f532f57.txt" in read and "000_2da1fe44ba253dec.txt" not in read
    assert report.documents == 3


def test_a_body_shared_by_two_documents_is_named_in_each_as_it_writes_it(tmp_path):
    """One node for one body across documents (simplified and traditional writing are one name); the officials table
    names it in each document as that document writes it."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "trad.txt").write_text("2031年1月7日，省澄溪事務局局長郇凱會見來訪代表團。\n", encoding="utf-8")
    (corpus / "simp.txt").write_text("2031年2月8日，省澄溪事务局局长禚明出席会议并讲话。\n", encoding="utf-8")
    s = Settings(home=tmp_path / "h")
    build(s, [corpus])
    from ipgraph.stored import write_facts

    write_facts(s, tmp_path / "f")
    rows = {(r["doc"], r["person"], r["organization"]) for r in read(tmp_path / "f" / "officials.csv")}
    assert ("trad", "郇凱", "省澄溪事務局") in rows and ("simp", "禚明", "省澄溪事务局") in rows, rows
