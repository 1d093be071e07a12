"""The full-text index: English and Chinese, ranked, with safe snippets; a query is never read as FTS syntax."""

import pytest

from ipgraph.search import Row, SearchIndex, indexed, match_expression, snippet, write_index


@pytest.fixture
def index(tmp_path):
    rows = [
        Row("agency", "http://x/id/agency/sipo", "State Intellectual Property Office", "",
            "State Intellectual Property Office\nSIPO\n国家知识产权局"),
        Row("agency", "http://x/id/agency/saic", "State Administration for Industry and Commerce", "",
            "State Administration for Industry and Commerce\nSAIC\n国家工商行政管理总局"),
        Row("measure", "http://x/id/measure/d/3", "Measure 3 (2012 plan, part I)",
            "Construct an appraisal and assessment system for patents. (SIPO)", "", "d", 10, 80),
        Row("sentence", "http://x/id/document/d", "A plan", "(3) Construct an appraisal and assessment system.",
            "", "d", 5, 80),
        Row("sentence", "http://x/id/document/z", "专利工作要点", "国家知识产权局牵头完善专利审查制度。", "", "z", 0, 18, "zh"),
    ]
    path = tmp_path / "search.sqlite"
    write_index(path, rows)
    return SearchIndex(path)


def test_a_word_of_a_measure_finds_it_first(index):
    hits = index.search("appraisal")
    assert [h.kind for h in hits][:2] == ["measure", "sentence"]
    assert hits[0].iri == "http://x/id/measure/d/3" and "<mark>appraisal</mark>" in hits[0].snippet


def test_stemming_and_prefixes(index):
    assert index.search("assessments")[0].iri == "http://x/id/measure/d/3"  # Porter: assessment(s)
    assert index.search("apprais")[0].iri == "http://x/id/measure/d/3"  # the last word as a prefix


def test_chinese_words_of_any_length_and_traditional_characters(index):
    assert index.search("国家知识产权局")[0].iri == "http://x/id/agency/sipo"
    assert index.search("國家知識產權局")[0].iri == "http://x/id/agency/sipo"
    two = index.search("专利")  # a two-character word inside a run of characters
    assert [h.doc for h in two] == ["z"] and "<mark>专利</mark>" in two[0].snippet
    assert index.search("工商")[0].iri == "http://x/id/agency/saic"


def test_an_acronym_that_is_a_name_ranks_its_agency_first(index):
    hits = index.search("sipo")
    assert hits[0].iri == "http://x/id/agency/sipo" and hits[0].score > hits[1].score


@pytest.mark.parametrize("q", ['"', "NEAR(a b)", "a OR", "* ^ -", "title:x", "'); DROP TABLE hits; --", "((", "\x00"])
def test_fts_syntax_in_a_query_is_plain_text(index, q):
    index.search(q)  # no error: every token reaches FTS5 quoted
    expr = match_expression(q)
    assert expr is None or all(part.startswith('"') for part in expr.split(" AND "))


def test_snippets_escape_html_and_kind_filter(index, tmp_path):
    write_index(tmp_path / "x.sqlite", [Row("sentence", "http://x/d", "D", "<script>alert(1)</script> patent law", "", "d", 0, 9)])
    hit = SearchIndex(tmp_path / "x.sqlite").search("patent")[0]
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    assert snippet("a & b patent", "patent") == "a &amp; b <mark>patent</mark>"
    assert all(h.kind == "agency" for h in index.search("state", kind="agency"))
    assert indexed("国家 law") == " 国  家  law"


def test_paging(index):
    every = index.search("state", limit=10)
    assert index.search("state", limit=1, offset=1) == every[1:2]


def test_an_entity_named_by_many_documents_is_one_hit(tmp_path):
    rows = [Row("instrument", "http://x/id/instrument/patent-law", "Patent Law", "", "Patent Law\n专利法")]
    rows += [Row("instrument", "http://x/id/instrument/patent-law", "Patent Law", "", f"Patent Law\nthe Patent Law {i}",
                 f"d{i}", i, i + 10) for i in range(30)]
    rows += [Row("sentence", f"http://x/id/document/d{i}", "D", "Revise the Patent Law.", "", f"d{i}", 0, 22) for i in range(30)]
    write_index(tmp_path / "s.sqlite", rows)
    hits = SearchIndex(tmp_path / "s.sqlite").search("patent law", limit=40)
    laws = [h for h in hits if h.kind == "instrument"]
    assert len(laws) == 1 and laws[0].doc == "d0" and len(hits) == 31  # the law once, every sentence
    assert SearchIndex(tmp_path / "s.sqlite").search("专利法")[0].iri == "http://x/id/instrument/patent-law"
