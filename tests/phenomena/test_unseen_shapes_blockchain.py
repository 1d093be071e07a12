"""Shapes met on real pages of blockchain evidence and IP (a law network's teaser, a practice guide, a lower-case machine
translation, a crypto site in traditional script, a journal excerpt), each tested with generated names:
- "X & Y" (a section of two fields) over the headline;
- 'renamed as the “China X Law Office”': a firm's name, no instrument;
- "in the provisions on Several Issues concerning the trial of cases by X courts that …": a judicial interpretation's
  title in lower case, up to the clause's end;
- a ticker's word said twice, "Ctrl+D …", the page's title of cells (a section | the headline_the site), "Time:1900/1/1
  0:00:00" (a system's empty date), then the headline alone: the headline, no date;
- 甲 乙 / (某学院,某省 某市315100): an author's name and address, no headline."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_section_of_two_fields_over_the_headline(read, seed):
    r = random.Random(seed)
    headline = f"{g.word(r)} Evidence in Internet Courts in {g.country(r)}"
    ex = read(f"{g.word(r)} & {g.word(r)}\n\n{headline}\n\nThe Internet Courts in three cities are a further step forward in the "
              f"modernization of courts.\n")
    assert ex.document.title == headline, ex.document


@given(SEEDS)
def test_a_firms_name_in_quotation_marks_and_a_title_in_lower_case(read, seed):
    r = random.Random(seed)
    firm = f"China {g.word(r)} Law Office"
    title = f"provisions on Several Issues concerning the trial of cases by {g.word(r)} courts"
    ex = read(f"Notes on {g.word(r).lower()} chains\n\nBy the approval of the ministry, it was renamed as the “{firm}” in 1984. In 2018, "
              f"the court clearly pointed out in the {title} that the electronic data can be verified by a time stamp.\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments


@given(SEEDS)
def test_a_ticker_a_key_to_bookmark_a_title_of_cells_and_an_empty_date(read, seed):
    r = random.Random(seed)
    headline = f"{g.zh_place(r)}助力{r.choice(g.ZH_FIELDS)}步入新纪元"
    ticker = f"{g.zh_place(r)}币价格"
    ex = read(f"{ticker} {ticker}\nCtrl+D {ticker}\nads\n\n{g.zh_place(r)}:研究报告 | {headline}_{g.word(r).upper()[:3]}币\n\nAuthor:\n\n"
              f"Time:1900/1/1 0:00:00\n\n{headline}\n\n——某某产业应用系列报告之一\n\n2031年11月\n\n本报告介绍了{r.choice(g.ZH_FIELDS)}的发展现状。\n")
    assert (ex.document.title, ex.document.date) == (headline, None), ex.document


@given(SEEDS)
def test_an_authors_name_and_address_no_headline(read, seed):
    r = random.Random(seed)
    name = g.zh_name(r)
    ex = read(f"{name[0]} {name[1:]}\n({g.zh_place(r)}{r.choice(['学院', '大学'])},{g.zh_place(r)}省 {g.zh_place(r)}{r.randint(100000, 899999)})\n"
              f"进入数字化时代后,知识传播范围更为广泛、传播途径更为便捷迅速,{r.choice(g.ZH_FIELDS)}确权维权的认定更为复杂,保护必须引入新的技术工具和新的治理模式,"
              f"区块链技术的应用将为确权和溯源提供新的治理方案。\n")
    assert ex.document.title == "generated", ex.document
