"""Corrections: researchers' fixes kept as reviewed data, applied in every build, attributed, and reported when they
no longer apply. The targets are generated (people, bodies and plans in no file of the project) beside the seeds."""

from __future__ import annotations

import random
import shutil

import pytest
import yaml

import ipgraph
from ipgraph.build import build
from ipgraph.cli import main
from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.corrections import CorrectionError
from ipgraph.iris import unknown_agency_key
from ipgraph.queries import name_key
from tests.conftest import FIXTURES
from tests.phenomena import generate as gen
from tests.test_commitments import _three_plans

R1, R2, R3 = "Director", "Deputy Director", "Chief Engineer"


def _corpus(tmp_path, seed: int = 11):
    """The seeds, two news items of generated people and bodies, and three generated plans."""
    r = random.Random(seed)
    corpus = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "data" / "corpus", corpus)
    p, s, q = gen.pinyin_name(r), gen.foreign_name(r), gen.foreign_name(r)
    b1, b2 = (f"{gen.country(r)} Patent Council", f"{gen.country(r)} Seed Varieties Bureau")
    (corpus / "gen_a.txt").write_text(
        f"The {b1} Meets on Examination Quality\n\nUpdated: 2031-05-04\n\n{p}, {R1} of the {b1}, attended the meeting. "
        f"{s}, {R2} of the {b1}, spoke at the meeting. {q} also attended the meeting and took notes.\n", encoding="utf-8")
    (corpus / "gen_b.txt").write_text(
        f"The {b2} Opens a Service Hall\n\nUpdated: 2032-03-02\n\n{p}, {R2} of the {b2}, opened the hall.\n", encoding="utf-8")
    texts, _, _ = _three_plans("en", random.Random(seed))
    for year, text in texts.items():
        (corpus / f"en{year}.txt").write_text(text, encoding="utf-8")
    return corpus, {"p": p, "s": s, "q": q, "b1": b1, "b2": b2}


def _entries(names: dict, base: str) -> list[dict]:
    who = {"by": "A. Reviewer", "when": "2031-06-01"}
    return [
        {"remove": "post", "document": "gen_a", "person": names["s"], "role": R2,
         "reason": "the speaker's post is of another body", **who},
        {"add": "post", "document": "gen_a", "person": names["q"], "role": R3, "organization": names["b1"],
         "evidence": f"{names['q']} also attended the meeting", "reason": "missed", **who},
        {"replace": "agencies", "document": "en2031", "measure": 1, "agencies": ["SCLAO", "MOA"],
         "reason": "the legislative office leads", **who},
        {"replace": "title", "document": "gen_b", "title": "A Service Hall Opens", "reason": "the page's headline", **who},
        {"same": [f"agency/{unknown_agency_key(names['b1'])}", f"agency/{unknown_agency_key(names['b2'])}"],
         "reason": "one body, renamed", **who},
        {"not same": f"person/{name_key(names['p']).replace(' ', '-')}", "document": "gen_b",
         "reason": "two people of one name", **who},
        {"remove": "link", "later": {"document": "en2033", "measure": 2}, "earlier": {"document": "en2031", "measure": 1},
         "reason": "a different revision", **who},
    ]


def _write(path, entries: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _cli(argv, capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corrected")
    corpus, names = _corpus(tmp)
    s = Settings(home=tmp / "home")
    build(s, [corpus])
    before = ipgraph.open(s.home).facts()
    _write(s.home / "corrections" / "review.yaml", _entries(names, s.base_iri))
    report = build(s, [corpus])
    return s, corpus, names, before, report


def test_every_kind_of_entry_changes_the_fact_tables(corrected):
    s, _, n, before, report = corrected
    g = ipgraph.open(s.home)
    facts = g.facts()
    officials = {(r.doc, r.person, r.role) for r in facts["officials"].itertuples()}
    assert ("gen_a", n["s"], R2) in {(r.doc, r.person, r.role) for r in before["officials"].itertuples()}
    assert ("gen_a", n["s"], R2) not in officials  # removed
    assert ("gen_a", n["q"], R3) in officials  # added, with its span
    m = facts["measures"].set_index(["doc", "number"]).loc[("en2031", 1)]
    assert m["lead_agency"] == "SCLAO" and m["agencies"].split(";")[:2] == ["SCLAO", "MOA"]  # reordered
    assert facts["documents"].set_index("doc").loc["gen_b", "title"] == "A Service Hall Opens"
    assert not [w for w in report.warnings if "correction" in w]  # every entry applied
    # the merge: both bodies' posts are in one organisation; the split: gen_b's person is a node of their own
    posts = g.query("officials_posts", person=n["p"])
    assert len(posts) == 2 and len({r["organization"] for r in posts}) == 1
    people = g.query(str(FIXTURES / "people_named.rq"), name=n["p"])
    assert len(people) == 2 and any(iri.endswith("--gen_b") for iri in people.column("p"))
    # the link dropped
    history = g.query("commitment_history", measure=f"{s.base_iri}id/measure/en2033/2")
    assert [(r["year"], r["number"]) for r in history] == [("2033", 2)]


def test_corrections_are_attributed_and_what_they_removed_is_kept(corrected):
    s, _, n, _, _ = corrected
    g = ipgraph.open(s.home)
    listed = g.corrections()
    assert len(listed) == 7 and set(listed.column("state")) == {"applied"}
    assert listed.rows[0][0] == "corrections/review.yaml:1"
    prov = g.query(str(FIXTURES / "correction_provenance.rq"))
    rows = {r["file_line"]: r for r in prov}
    assert rows["corrections/review.yaml:1"]["by"] == "A. Reviewer" and rows["corrections/review.yaml:1"]["day"].isoformat() \
        == "2031-06-01" and "another body" in rows["corrections/review.yaml:1"]["reason"]
    retracted = g.query(str(FIXTURES / "retracted_roles.rq"))
    assert R2 in {r["role"] for r in retracted}  # the removed post's statements, reified with their correction
    assert any(r["graph"].endswith("graph/commitments") for r in retracted)  # and the dropped link's
    asserted = g.query(str(FIXTURES / "asserted_holders.rq"), name=n["s"])
    assert len(asserted) == 0  # the union no longer holds what was removed
    manifest = g.manifest["corrections"]
    assert manifest["files"][0]["file"] == "corrections/review.yaml" and len(manifest["files"][0]["sha256"]) == 64


def test_the_pages_mark_corrected_facts_and_list_the_corrections(corrected):
    from fastapi.testclient import TestClient

    from api.app import create_app

    s, _, n, _, _ = corrected
    html = {"Accept": "text/html"}
    with TestClient(create_app(s)) as client:
        page = client.get("/corrections", headers=html).text
        assert page.count("corrections/review.yaml:") >= 7 and "A. Reviewer" in page
        measure = client.get("/id/measure/en2031/1", headers=html).text
        assert "Corrected" in measure and "the legislative office leads" in measure and "Suggest a correction" in measure
        doc = client.get("/id/document/gen_a", headers=html).text
        assert 'fixed"' in doc and "Dashed outline" in doc  # the added post's span
        holding = f"{s.base_iri}id/post-holding/gen_a/"
        suggest = client.get("/corrections/suggest", params={"resource": f"{s.base_iri}id/measure/en2031/1"},
                             headers={"Accept": "application/json"}).json()
        assert suggest["entry"]["replace"] == "agencies" and suggest["entry"]["agencies"][:2] == ["SCLAO", "MOA"]
        assert yaml.safe_load(suggest["yaml"])[0]["measure"] == 1
        listed = client.get("/corrections", headers={"Accept": "application/json"}).json()["corrections"]
        assert {r["state"] for r in listed} == {"applied"} and holding


def test_a_correction_that_no_longer_applies_is_reported_and_strict_fails(tmp_path, capsys):
    corpus, names = _corpus(tmp_path, seed=5)
    s = Settings(home=tmp_path / "home")
    _write(s.home / "corrections" / "review.yaml", _entries(names, s.base_iri)[:2])
    build(s, [corpus])
    good = ipgraph.open(s.home).build_id
    # the document changes: the post the first entry removes is no longer there
    text = (corpus / "gen_a.txt").read_text(encoding="utf-8").replace(
        f"{names['s']}, {R2} of the {names['b1']}, spoke at the meeting. ", "")
    (corpus / "gen_a.txt").write_text(text, encoding="utf-8")
    report = build(s, [corpus])
    said = [w for w in report.warnings if "no longer applies" in w]
    assert said == ["corrections/review.yaml:1: correction (remove post) no longer applies: its target is not in this build"]
    assert ipgraph.open(s.home).corrections().column("state") == ["no longer applies", "applied"]
    changed = ipgraph.open(s.home).build_id
    assert changed != good
    (corpus / "gen_a.txt").write_text(text.replace("took notes", "took some notes"), encoding="utf-8")
    code, _, err = _cli(["build", str(corpus), "--strict", "--home", str(s.home)], capsys)
    assert code == 2 and "review.yaml:1" in err and "--strict" in err
    assert ipgraph.open(s.home).build_id == changed  # the last good build kept
    # an entry whose effect the loader reads by itself is redundant
    _write(s.home / "corrections" / "review.yaml", [{**_entries(names, s.base_iri)[1], "add": "post", "person": names["p"],
                                                     "role": R1, "evidence": names["p"]}])
    report = build(s, [corpus])
    assert any("review.yaml:1: correction (add post) is redundant" in w for w in report.warnings)


@pytest.mark.parametrize("text, said", [
    ("- remove: post\n  document: gen_a\n  person: [unclosed\n", "review.yaml:3"),
    ("- remove: postt\n  document: gen_a\n  person: X\n  reason: r\n  by: b\n  when: 2031-01-01\n",
     "review.yaml:1: `remove:` takes post"),
    ("- add: post\n  document: gen_a\n  person: X\n  role: Y\n  span: [5, 900000]\n  reason: r\n  by: b\n"
     "  when: 2031-01-01\n", "outside the text"),
    ("- remove: post\n  document: gen_a\n  person: X\n  reason: r\n  when: 2031-01-01\n", "review.yaml:1: say by"),
])
def test_a_bad_corrections_file_stops_the_build_naming_file_and_line(tmp_path, capsys, text, said):
    corpus, _ = _corpus(tmp_path, seed=7)
    s = Settings(home=tmp_path / "home")
    build(s, [corpus])
    good = ipgraph.open(s.home).build_id
    (s.home / "corrections").mkdir(parents=True)
    (s.home / "corrections" / "review.yaml").write_text(text, encoding="utf-8")
    code, _, err = _cli(["build", str(corpus), "--home", str(s.home)], capsys)
    assert code == 2 and said in err, err
    assert ipgraph.open(s.home).build_id == good


def test_ipgraph_correct_checks_the_target_then_writes_the_entry(built, tmp_path, capsys):
    home = tmp_path / "home"
    shutil.copytree(built.home, home, symlinks=True)
    g = ipgraph.open(home)
    doc, post = next((d, r) for d, r in ((r["doc"], r) for r in g.query("facts/officials")))
    code, out, _ = _cli(["correct", "remove", "post", "-v", f"document={doc}", "-v", f"person={post['person']}",
                         "--reason", "read from the page's sidebar", "--by", "A. Reviewer", "--home", str(home)], capsys)
    assert code == 0 and "corrections.yaml:1" in out
    written = yaml.safe_load((home / "corrections" / "corrections.yaml").read_text(encoding="utf-8"))
    assert written[0]["remove"] == "post" and written[0]["person"] == post["person"] and written[0]["when"]
    code, _, err = _cli(["correct", "remove", "post", "-v", f"document={doc}", "-v", "person=Nobody Of This Name",
                         "--reason", "x", "--by", "y", "--home", str(home)], capsys)
    assert code == 2 and "states no post of 'Nobody Of This Name'" in err
    code, _, err = _cli(["correct", "replace", "agencies", "-v", "document=no_such_document", "-v", "measure=1",
                         "-v", "agencies=SIPO", "--reason", "x", "--by", "y", "--home", str(home)], capsys)
    assert code == 2 and "no document 'no_such_document'" in err
    assert len(yaml.safe_load((home / "corrections" / "corrections.yaml").read_text(encoding="utf-8"))) == 1
    code, out, _ = _cli(["corrections", "--home", str(home)], capsys)
    assert code == 0 and "not in the current build" in out


def test_entries_are_checked_for_form(tmp_path):
    from ipgraph.corrections import load

    _write(tmp_path / "c" / "a.yaml", [{"replace": "agencies", "document": "d", "measure": "three", "agencies": ["X"],
                                        "reason": "r", "by": "b", "when": "2031-01-01"}])
    with pytest.raises(CorrectionError, match=r"a\.yaml:1: measure is the measure's number"):
        load([tmp_path / "c"])
    _write(tmp_path / "c" / "a.yaml", [{"same": ["agency/x"], "reason": "r", "by": "b", "when": "2031-01-01"}])
    with pytest.raises(CorrectionError, match="two or more"):
        load([tmp_path / "c"])
    _write(tmp_path / "c" / "a.yaml", [{"remove": "post", "document": "d", "person": "P", "colour": "red", "reason": "r",
                                        "by": "b", "when": "2031-01-01"}])
    with pytest.raises(CorrectionError, match="not colour"):
        load([tmp_path / "c"])


def test_events_instruments_and_dates_are_corrected_too(tmp_path):
    r = random.Random(23)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    law, meeting = gen.instrument(r), f"{gen.word(r)} delegation dinner"
    (corpus / "gen_c.txt").write_text(
        f"A Council Reviews the {law}\n\nUpdated: 2031-07-08\n\nThe council reviewed the {law} at its meeting. "
        f"Delegates then dined together.\n", encoding="utf-8")
    s = Settings(home=tmp_path / "home")
    build(s, [corpus])
    before = ipgraph.open(s.home).facts()
    assert law in set(before["instruments"]["title"])
    who = {"by": "A. Reviewer", "when": "2031-07-09"}
    _write(s.home / "corrections" / "c.yaml", [
        {"remove": "instrument", "document": "gen_c", "title": law, "reason": "named in passing", **who},
        {"add": "event", "document": "gen_c", "label": meeting, "kind": "meeting", "date": "2031-07-10",
         "evidence": "Delegates then dined together", "reason": "missed", **who},
        {"replace": "date", "document": "gen_c", "date": "2031-07-07", "reason": "the print date", **who}])
    report = build(s, [corpus])
    facts = ipgraph.open(s.home).facts()
    assert law not in set(facts["instruments"]["title"])
    assert meeting in set(facts["events"]["label"])
    assert str(facts["documents"].set_index("doc").loc["gen_c", "date"].date()) == "2031-07-07"
    assert not [w for w in report.warnings if "correction" in w]
