"""Shapes met on real pages of the market regulator's enforcement figures (mirrors in both scripts) and of traditional
medicine and IP in English (a book chapter's page), each tested with generated names:
- "{{ v.name }}" / "{{ v.price }} ¥{{ v.price }}": a template's fields left unfilled over the text: no headline;
- "Open access peer-reviewed chapter" over the title, "Submitted: … Reviewed: … Published: 13 June 2031" under the
  authors: the title, and the date of publication;
- 6月12日，据某局消息，2031年第一季度…: the day of a news item told by its source;
- 组织开展某某执法等专项行动: actions of a kind, no one campaign;
- a page cut inside its text ("。某某…" on its first line): no headline from a sentence's end."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@given(SEEDS)
def test_a_templates_unfilled_fields_are_no_headline(read, seed):
    r = random.Random(seed)
    body = g.zh_body(r)
    ex = read(f"{{{{ v.{r.choice(['name', 'title', 'label'])} }}}}\n{{{{ v.cls }}}}类\n{{{{ v.price }}}} ¥{{{{ v.price }}}}\n"
              f"某报{r.randint(1, 12)}月{r.randint(1, 28)}日电(记者 {g.zh_name(r)}) {body}今日召开新闻发布会，介绍过去一年的工作。\n")
    assert "{{" not in ex.document.title, ex.document


@given(SEEDS)
def test_a_chapters_kind_over_its_title_and_its_dates_of_review(read, seed):
    r = random.Random(seed)
    title = f"IP Protection of {g.word(r)} Knowledge: A Dilemma Faced by {g.word(r)} Medicine in Global Competition"
    y, m, d = r.randint(2020, 2035), r.randint(1, 12), r.randint(1, 28)
    ex = read(f"{r.choice(['Open access peer-reviewed chapter', 'Open Access Research Article', 'Peer-reviewed article'])}\n\n{title}\n\n"
              f"Written By\n\n{g.pinyin_name(r)} and {g.pinyin_name(r)}\n\nSubmitted: {r.randint(1, 28)} February {y} Reviewed: "
              f"{r.randint(1, 28)} March {y} Published: {d} {_MONTHS[m - 1]} {y}\n\nAbstract\n\nThis chapter discusses a dilemma "
              f"faced by {g.word(r)} medicine in global market competition and explains its nature.\n")
    assert ex.document.title == title, ex.document
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}", ex.document


@given(SEEDS)
def test_a_news_items_day_told_by_its_source_and_actions_of_a_kind(read, seed):
    r = random.Random(seed)
    y, m, d = r.randint(2020, 2035), r.randint(1, 12), r.randint(1, 28)
    body = g.zh_body(r)
    field = r.choice(g.ZH_FIELDS)
    ex = read(f"首页 要闻 > 正文\n\n{body}:{y}年第一季度各类专项行动共查处相关案件近{r.randint(2, 99)}万件\n\n\n"
              f"{m}月{d}日,据{body}消息,{y}年第一季度,各部门组织开展{field}执法等专项行动,进一步加强重点领域治理。"
              f"{y}年第一季度,各类专项行动共查处相关案件近{r.randint(2, 99)}万件。\n\n标签:\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}", ex.document
    assert not [e for e in ex.events if e.kind == "Campaign"], ex.events


@given(SEEDS)
def test_a_page_cut_inside_its_text_has_no_headline_from_a_sentences_end(read, seed):
    r = random.Random(seed)
    body = g.zh_place(r) + "市市场监管局"
    ex = read(f"。办案机关对当事人{r.choice(['一年内两次售假', '多次销售侵权商品'])}的行为从重处罚\n,体现了过罚相当的原则。通过此案的查处\n"
              f",违法者最终受到刑事处罚\n。\n◎{body}\n查处侵犯{g.word(r)}注册商标专用权案\n当事人于2031年至2032年采购商品\n,擅自改装销售。\n")
    assert not ex.document.title.startswith(("。", ",")), ex.document
