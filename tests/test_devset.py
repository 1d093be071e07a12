"""The loader on documents beyond the seeds: the development set's scores, one node per thing when
several plans and several reports of one revision are built together, and validated builds of
mutated documents that never violate the shapes."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from ipgraph.build import build
from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.home import current_build, dataset
from ipgraph.stored import write_facts
from tests.conftest import FIXTURES, build_and_score

DEVSET = FIXTURES / "devset"


@pytest.fixture(scope="module")
def devset_scores(tmp_path_factory) -> dict:
    """The development set built with validation, its fact tables scored by the contract's scorer."""
    return build_and_score(tmp_path_factory.mktemp("devset"), DEVSET / "corpus", DEVSET / "gold")


def test_devset_overall_and_every_table(devset_scores):
    rep = devset_scores
    assert rep["overall_f1"] >= 0.95
    for table in ("documents", "measures", "officials", "instruments", "law_revisions", "events"):
        assert rep[table]["f1"] >= 0.9, (table, rep[table])


def test_devset_finer_figures(devset_scores):
    rep = devset_scores
    assert rep["officials"]["posts"]["f1"] >= 0.95
    assert rep["events"]["f1"] >= 0.85 and rep["events"]["full_date_accuracy"] >= 0.8
    assert rep["law_revisions"]["measure_and_agencies"] >= 0.95
    assert rep["documents"]["title_accuracy"] >= 0.95 and rep["documents"]["date_accuracy"] >= 0.95
    m = rep["measures"]
    assert m["agency_set_exact"] >= 0.95 and m["section"] >= 0.95 and m["lead_agency"] >= 0.95


def _corpus(tmp_path: Path, docs: dict[str, str]) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    for name, text in docs.items():
        (c / f"{name}.txt").write_text(text, encoding="utf-8")
    return c


def _nquads(s: Settings) -> str:
    return dataset(current_build(s)).read_text(encoding="utf-8")


def test_plans_that_differ_only_in_the_year_are_distinct(tmp_path):
    long_title = ("Promotion Plan for Further Implementing the National Intellectual Property Strategy and "
                  "Accelerating the Building of an IP-Powerful Country in {}")
    body = "\n\nI. Improve Laws\n\n1. Revise the Patent Law.\nResponsible agencies: {}\n\n2. Train examiners.\nResponsible agencies: {}\n"
    docs = {"p2016": long_title.format(2016) + body.format("SIPO, SCLAO", "SIPO"),
            "p2018": long_title.format(2018) + body.format("CNIPA, MOJ", "CNIPA")}
    s = Settings(home=tmp_path / "h")
    build(s, [_corpus(tmp_path, docs)])
    plans = set(re.findall(r"<(\S+/id/instrument/[^>/]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                           r"<https://w3id.org/ipgraph/ontology#Plan>", _nquads(s)))
    assert len(plans) == 2
    write_facts(s, tmp_path / "f")
    rows = (tmp_path / "f" / "measures.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 4 and {r.split(",")[1] for r in rows} == {"2016", "2018"}


def test_reports_of_one_revision_are_statements_of_their_documents(tmp_path):
    docs = {
        "plan": "Work Plan in 2017\n\nI. Laws\n\n(1) Advance the fourth revision of the Patent Law. (SCLAO, SIPO)\n\n"
                "(2) Revise the Copyright Law. (NCAC)\n",
        "news": "China adopts Patent Law amendment\nUpdated: 2020-10-18\n\nThe fourth revision of the Patent Law was "
                "adopted on October 17.\n",
        "later": "Examiners trained\nUpdated: 2021-03-01\n\nSIPO is drafting rules after the revision of the Patent Law.\n",
    }
    s = Settings(home=tmp_path / "h")
    report = build(s, [_corpus(tmp_path, docs)])
    assert report.validation.conforms
    nq = _nquads(s)
    reported = re.findall(r"<(\S+/id/revision/[^>]+)> <https://w3id.org/ipgraph/ontology#reportedIn> <(\S+)>", nq)
    by_node: dict[str, set[str]] = {}
    for rev, doc in reported:
        by_node.setdefault(rev, set()).add(doc)
    assert len(by_node) == 4 and all(len(d) == 1 for d in by_node.values())  # one node per report
    known = set(re.findall(r"/id/revision/patent-law/[^>]+> <https://w3id.org/ipgraph/ontology#reportsRevision> "
                           r"<(\S+)>", nq))
    assert known == {"https://w3id.org/ipgraph/id/revision/patent-law/4"}  # the plan's and the news item's
    write_facts(s, tmp_path / "f")
    rows = (tmp_path / "f" / "law_revisions.csv").read_text(encoding="utf-8").splitlines()[1:]
    plan_rows = [r for r in rows if r.startswith("plan,")]
    assert sorted(r.split(",")[2] for r in plan_rows) == ["1", "2"]
    assert not any(r.startswith("news,") and ",1," in r for r in rows)  # no measure leaks into the news item


def _mutations(texts: list[str], rng: random.Random) -> list[str]:
    """Cut, shuffled, merged and re-cased copies of documents."""
    out = []
    for t in texts:
        paras = t.split("\n\n")
        cut = "\n\n".join(paras[: rng.randint(1, len(paras))])
        shuffled = paras[:1] + rng.sample(paras[1:], len(paras) - 1)
        out += [cut, "\n\n".join(shuffled), t.upper(), t.lower()]
        out.append(t[: rng.randint(1, len(t))])
    for _ in range(len(texts)):
        a, b = rng.sample(texts, 2)
        out.append(a + "\n\n" + b)
    return [m for m in out if m.strip()]


@pytest.mark.parametrize("seed", [1, 2])
def test_validated_builds_of_mutated_documents_conform(tmp_path, seed):
    rng = random.Random(seed)
    sources = sorted((PROJECT_DIR / "data" / "corpus").glob("*.txt")) + sorted((DEVSET / "corpus").glob("*.txt")) \
        + sorted((FIXTURES / "devset-zh" / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in rng.sample(sources, 4)]
    mutated = _mutations(texts, rng)
    corpus = _corpus(tmp_path, {f"m{i:03d}": t for i, t in enumerate(mutated)})
    report = build(Settings(home=tmp_path / "h"), [corpus])
    assert report.validation.conforms and not report.validation.violations


def test_seeds_and_devset_together_conform(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(PROJECT_DIR / "data" / "corpus", corpus)
    for p in (DEVSET / "corpus").glob("*.txt"):
        shutil.copy(p, corpus / p.name)
    report = build(Settings(home=tmp_path / "h"), [corpus])
    assert report.documents == 29 and report.validation.conforms
