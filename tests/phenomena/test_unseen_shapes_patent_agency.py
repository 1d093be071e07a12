"""Shapes met on real pages of the patent agency rules (a wire mirror of the regulations' text, firms' translations in
capitals, a Hong Kong agency's report), each tested with generated names:
- 某某条例 / (2031年3月4日某国务院令第76号发布 2032年9月6日国务院第23次常务会议修订通过): the text's title over the note of
  its promulgation and revision: an instrument, revised, and the executive meeting on its day;
- "REGULATIONS ON X" / "(Promulgated by Decree No.76 … on March 4, amendment adopted at the 23th Executive Meeting of the
  State Council … on September 6, 2032)": the same in English and capitals, the meeting on the day its clause gives;
- 某某网 正文 over the headline; " date 2031-11-25 中评社北京11月25日电" opening a Chinese page: its date."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@given(SEEDS)
def test_a_texts_title_over_the_note_of_its_revision(read, seed):
    r = random.Random(seed)
    regs = g.zh_place(r) + r.choice(["代理条例", "登记办法", "管理规定"])
    y1, y2, n = r.randint(1985, 2005), r.randint(2010, 2035), r.randint(2, 99)
    site = g.zh_place(r) + "网"
    ex = read(f"{site} 正文\n受权发布:{regs}\n{y2}-11-19 19:03:49 来源: {site}\n\n  新华社北京11月19日电\n\n{regs}\n\n"
              f"({y1}年3月4日中华人民共和国国务院令第76号发布 {y2}年9月6日国务院第{n}次常务会议修订通过)\n\n  第一章 总则\n\n"
              f"  第一条 为了规范代理行为,根据《中华人民共和国{g.zh_place(r)}法》,制定本条例。\n")
    assert ex.document.title == f"受权发布:{regs}", ex.document
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(regs, "adopted")], ex.revisions
    assert [(e.label, e.date) for e in ex.events] == [(f"国务院第{n}次常务会议", f"{y2}-09-06")], ex.events


@given(SEEDS)
def test_a_title_in_capitals_over_the_note_of_its_amendment(read, seed):
    r = random.Random(seed)
    title = f"REGULATIONS ON PATENT {g.word(r).upper()}"
    y, m, d, n = r.randint(2010, 2035), r.randint(1, 12), r.randint(1, 28), r.randint(2, 60)
    ex = read(f"{title}\n(Promulgated by Decree No.{r.randint(10, 99)} of the State Council of the People's Republic of China on March 4, "
              f"amendment adopted at the {n}th Executive Meeting of the State Council of the People's Republic of China on {_MONTHS[m - 1]} "
              f"{d}, {y})\nCHAPTER ONE GENERAL PROVISIONS\nArticle 1. These regulations are formulated in accordance with the Patent Law "
              f"of the People's Republic of China.\n")
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(title, "adopted")], ex.revisions
    assert [e.date for e in ex.events] == [f"{y}-{m:02d}-{d:02d}"], ex.events


@given(SEEDS)
def test_a_date_label_opening_a_chinese_page(read, seed):
    r = random.Random(seed)
    y, m, d = r.randint(2015, 2035), r.randint(1, 12), r.randint(1, 28)
    ex = read(f" date {y}-{m:02d}-{d:02d} 中评社北京{m}月{d}日电／据央视新闻客户端报导，记者瞭解到，{g.zh_body(r)}联合印发"
              f"《关于联合开展{r.choice(g.ZH_FIELDS)}专项整治行动的通知》，在全国范围部署开展为期三个月的专项整治。\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}", ex.document
