"""Shapes met on real pages about the Foreign Investment Law and the joint-venture laws before it (a law firm's history,
journal pages), each tested with generated names:
- 《某法》(2031年4月12日第六届全国人民代表大会第四次会议通过): a session of the congress itself, written whole, on the day
  before it;
- 自2031年3月开始准备，6月初完成草案初稿，7月1日经第五届全国人大二次会议审议通过: a month and day in the year their sentence
  named before them, whatever years the rest of the text names."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_CN = "一二三四五六七八九十"


@given(SEEDS)
def test_sessions_of_the_congress_in_the_notes_of_adoption(read, seed):
    r = random.Random(seed)
    y1, y2 = r.randint(1980, 2000), r.randint(2001, 2030)
    t1, t2 = r.randint(1, 9), r.randint(1, 9)
    law1, law2 = g.zh_place(r) + "企业法", g.zh_place(r) + "经营法"
    ex = read(f"实务视野中的《{g.zh_place(r)}法》(上)\n\n此后,根据发展的需要,又分别制定了《{law1}》({y1}年4月12日第{_CN[t1 - 1]}届全国人民代表大会第四次会议通过)"
              f"和《{law2}》({y2}年4月13日第{_CN[t2 - 1]}届全国人民代表大会第一次会议通过)。\n")
    got = sorted((e.label, e.date) for e in ex.events)
    assert got == sorted([(f"第{_CN[t1 - 1]}届全国人民代表大会第四次会议", f"{y1}-04-12"),
                          (f"第{_CN[t2 - 1]}届全国人民代表大会第一次会议", f"{y2}-04-13")]), ex.events


@given(SEEDS)
def test_a_day_in_the_year_its_sentence_named_before_it(read, seed):
    r = random.Random(seed)
    y = r.randint(1975, 1995)
    later = [y + r.randint(1, 9) for _ in range(3)]
    law = g.zh_place(r) + "合资经营企业法"
    ex = read(f"实务视野中的《{g.zh_place(r)}法》\n\n《{law}》是在会议以后,自{y}年3月开始准备,6月初完成草案初稿,7月1日经第五届全国人大二次会议"
              f"审议通过的。此后,{later[0]}年9月20日国务院发布了实施条例,{later[1]}年4月正式成立了管理委员会,并于{later[2]}年4月21日颁发了"
              f"第一号批准证书。\n")
    assert [(e.label, e.date) for e in ex.events] == [("第五届全国人大二次会议", f"{y}-07-01")], ex.events
