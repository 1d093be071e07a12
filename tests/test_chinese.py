"""Chinese originals: the Chinese development set's scores, traditional characters, a plan and its English
translation linked measure by measure with their agencies the same nodes, Chinese labels as parameters."""

from __future__ import annotations

import re

import pytest

from ipgraph.build import build
from ipgraph.config import Settings
from ipgraph.home import current_build, dataset
from tests.conftest import FIXTURES, build_and_score

DEVSET_ZH = FIXTURES / "devset-zh"
IPO = "https://w3id.org/ipgraph/ontology#"


@pytest.fixture(scope="module")
def zh_scores(tmp_path_factory) -> dict:
    return build_and_score(tmp_path_factory.mktemp("devset-zh"), DEVSET_ZH / "corpus", DEVSET_ZH / "gold")


def test_chinese_devset_scores(zh_scores):
    rep = zh_scores
    assert rep["overall_f1"] >= 0.95
    m = rep["measures"]
    assert m["f1"] >= 0.95 and m["agency_set_exact"] >= 0.95 and m["section"] >= 0.95
    assert rep["officials"]["posts"]["f1"] >= 0.9
    for table in ("documents", "instruments", "law_revisions", "events"):
        assert rep[table]["f1"] >= 0.9, (table, rep[table])
    assert rep["documents"]["title_accuracy"] >= 0.95 and rep["documents"]["date_accuracy"] >= 0.95


@pytest.fixture(scope="module")
def translated(tmp_path_factory) -> tuple[Settings, str]:
    s = Settings(home=tmp_path_factory.mktemp("translation") / "home")
    build(s, [FIXTURES / "translation"])
    return s, dataset(current_build(s)).read_text(encoding="utf-8")


def test_a_plan_and_its_translation_are_linked_measure_by_measure(translated):
    _, nq = translated
    links = set(re.findall(rf"<\S+/id/(\S+)> <{IPO}translationOf> <\S+/id/(\S+)> <\S+/graph/links>", nq))
    assert ("document/plan_2031_en", "document/plan_2031_zh") in links
    assert {(a, b) for a, b in links if a.startswith("measure/")} == {
        (f"measure/plan_2031_en/{n}", f"measure/plan_2031_zh/{n}") for n in range(1, 5)}
    assert f"/id/measure/plan_2031_zh/1> <{IPO}hasTranslation> <https://w3id.org/ipgraph/id/measure/plan_2031_en/1>" in nq


def test_the_agencies_of_both_languages_are_the_same_nodes(translated):
    _, nq = translated
    def agencies(lang: str, n: int) -> list[str]:
        return re.findall(rf"<\S+/id/measure/plan_2031_{lang}/{n}/responsibility/\d> <{IPO}agency> <\S+/id/agency/(\S+)>", nq)
    for n in range(1, 5):
        assert agencies("zh", n) and sorted(agencies("zh", n)) == sorted(agencies("en", n)), n
    assert agencies("zh", 1) == ["cnipa", "moj"]  # 知识产权局 in a plan after the 2018 reform is CNIPA


def test_chinese_labels_are_query_parameters(translated):
    import csv
    import io

    from ipgraph.stored import run_stored

    s, _ = translated
    def rows(agency: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO(run_stored(s, "measures_by_agency", {"agency": agency}, "csv").decode())))
    assert {(r["measure"].rsplit("/", 2)[-2], r["number"]) for r in rows("国家知识产权局")} >= {
        ("plan_2031_zh", "1"), ("plan_2031_en", "1"), ("plan_2031_zh", "2")}
    assert {r["number"] for r in rows("海关总署")} == {"4"}


def test_traditional_characters_match_through_simplified_and_stay_as_written(tmp_path, reference):
    from ipgraph.extract import extract_source
    from ipgraph.extract._source import Source

    text = "國家知識產權局局長申長雨會見來賓\n\n發佈時間：2017-11-20\n\n國家知識產權局副局長甘紹寧出席會見。\n"
    ex = extract_source(Source("t", tmp_path / "t.txt", text, "0", {}), reference)
    assert ex.document.language == "zh" and ex.document.date == "2017-11-20"
    posts = {(p.person, p.role, p.org.key if p.org else None) for p in ex.posts}
    assert ("申長雨", "局長", "sipo") in posts and ("甘紹寧", "副局長", "sipo") in posts


def test_a_measure_page_shows_the_authoritative_sentence_beside_the_translation(translated):
    import pyoxigraph as ox

    from ipgraph.queries import QueryCatalog
    from ipgraph.stored import open_store

    s, _ = translated
    q = QueryCatalog(s.queries_dir).get("pages/resource_translations")
    en = ox.NamedNode(s.base_iri + "id/measure/plan_2031_en/1")
    rows = list(open_store(s).query(q.text, {ox.Variable("resource"): en}))
    assert [(r["relation"].value, r["language"].value) for r in rows] == [("original", "zh")]
    assert rows[0]["text"].value.startswith("推进修订《专利代理条例》")
