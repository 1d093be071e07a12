"""Shapes met on real pages of a free trade port's regulation (its text, its draft for comments, readings of it) and
of insurance of rights, each tested with generated names:
- a quotation that ends its sentence (。”) before the next one opens with its day: two sentences, each event its day;
- an event named by a body and its number (中央政治局第二十五次集体学习), told with no day: reported, undated;
- a column's name glued before the headline in brackets (【深读】某某) is no labelled particular;
- a deadline (截止时间:…) is no page's date; the date under the signing body at the end of a notice is;
- a text's note of its adoption in brackets ((…会议通过)) is no headline."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_events_after_a_closing_quotation_and_one_named_by_its_number(read, seed):
    r = random.Random(seed)
    forum, who = f"{g.zh_place(r)}论坛", g.zh_name(r)
    ex = read(f"标题\n\n当前很好。2028年4月10日,{who}在{forum}年会开幕式上的主旨演讲中指出“加强保护,这是最重要的内容。”2030年11月30日,"
              f"{who}在主持中央政治局第二十五次集体学习时强调:“很重要。”2031年6月10日颁布实施。\n")
    got = {(e.kind, e.date) for e in ex.events}
    assert ("CollectiveStudy", "2030-11-30") in got and any(k != "CollectiveStudy" and d == "2028-04-10" for k, d in got), got
    ex = read(f"国内外{g.zh_place(r)}现状研究\n2031-07-08{who}\n{who}\n知识产权保护是关键任务,{g.zh_name(r)}在中央政治局第二十五次集体学习时"
              f"强调,要强化保护。\n")
    assert [(e.kind, e.date, e.label) for e in ex.events] == [("CollectiveStudy", None, "中央政治局第二十五次集体学习")], ex.events


@given(SEEDS)
def test_a_column_before_the_headline_a_deadline_and_a_note_of_adoption(read, seed):
    r = random.Random(seed)
    head = f"【{r.choice(['深读', '观察', '聚焦', '专题'])}】{g.zh_place(r)}发力知识产权保险"
    ex = read(f"您的位置:首页> 深读> {head}\n\n{head}\n\n来源:{g.zh_place(r)}报时间:2031-05-31 08:25\n\n疫情当下,企业面临严峻的资金压力。\n")
    assert ex.document.title == head, ex.document.title
    body = f"{g.zh_place(r)}省人大法制委员会"
    ex = read(f"《{g.zh_place(r)}保护条例(草案)》已经省人大常委会第三十次会议初步审议。欢迎社会各界提出意见。截止时间:2031年10月20日。\n"
              f"联系电话/传真:0898-65390260\n{body}\n2031年9月29日\n关于条例草案的说明\n一、制定的必要性\n")
    assert ex.document.date == "2031-09-29", ex.document.date
    ex = read(f"(2031年12月1日{g.zh_place(r)}省第六届人民代表大会常务委员会第三十一次会议通过)\n第一章 总 则\n第一条 为了加强保护,制定本条例。\n")
    assert "通过" not in (ex.document.title or ""), ex.document.title
