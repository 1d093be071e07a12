"""Shapes met on real pages about karaoke copyright fees and collective management (mirrors with markup, a channel bar
in spaced characters, a 404 page's title as mojibake, a print preview's script, a portal's news), each tested with
generated names:
- 2031年8月21日至9月20日…征求意见，并于2031年9月21日召开了…座谈会: the day the event was held, not the span before it;
- "2. 频 道: 首 页|新 闻|…", "某网404页面", '\\n"; str += \\'', "此页面为打印预览页选择字号:" over the headline: chrome;
- "the China X Collective Management Regulation that came into effect": a regulation named in the singular; "the State
  Administration for Market Regulation": a body, no title."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_the_day_an_event_was_held_after_a_span(read, seed):
    r = random.Random(seed)
    y = r.randint(2000, 2035)
    body = g.zh_body(r)
    ex = read(f"{r.choice(g.ZH_FIELDS)}使用费基本标准公布\n\n{y}年11月10日03:02 某新闻网\n\n  {y}年8月21日至9月20日,{body}通过官方网站向社会广泛征求意见,"
              f"并于{y}年9月{r.randint(21, 28)}日召开了由权利人、经营者等相关人员参加的征求意见座谈会。\n")
    day = [e for e in ex.events if e.label.endswith("座谈会")]
    assert len(day) == 1 and day[0].date[:8] == f"{y}-09-" and int(day[0].date[8:]) >= 21, ex.events


@given(SEEDS)
def test_bars_scripts_and_a_missing_page_over_the_headline(read, seed):
    r = random.Random(seed)
    title = f"{g.zh_place(r)}卡拉OK版权费征收启动 收入分配方案未确定"
    channels = "|".join(" ".join(w) for w in r.sample(["首页", "新闻", "国际", "财经", "体育", "娱乐", "港澳", "华人", "教育", "健康", "汽车"], 8))
    ex = read(f'<ins id="x{r.randint(10, 99)}"><big id="a"></big></ins>\n      2. 频 道: {channels}\n        {g.zh_place(r)}网?404页面\n'
              f"        location.href = 'http://www.example.cn/'; }} else {{ document.getElementById('t').innerText = second--; }}\n"
              f"\\n\n\\n\"; str += '\n此页面为打印预览页选择字号:\n超大\n打印此页面返回正文页\n"
              f"        ■ 本页位置:首页新闻中心社会新闻\n        {title}\n        2031年04月14日 08:28 来源:某某时报\n\n"
              f"          昨天,某协会联络站正式宣布,启动卡拉OK版权交费工作。\n")
    assert ex.document.title == title, ex.document


@given(SEEDS)
def test_a_regulation_named_in_the_singular(read, seed):
    r = random.Random(seed)
    reg = f"China {g.word(r)} Collective Management Regulation"
    ex = read(f"KTV clubs hit with fee\n\nAccording to the {reg} that came into effect on March 1 last year, the two associations are "
              f"approved by the State Administration for Market Regulation as legal organizations.\n")
    assert [i.title for i in ex.instruments] == [reg], ex.instruments


@given(SEEDS)
def test_a_headline_with_the_number_404_is_no_missing_page(read, seed):
    r = random.Random(seed)
    title = f"{g.word(r)} grants 404 patents"
    ex = read(f"{title}\n\nMarch 3, 2031\n\nThe office of {g.word(r)} granted 404 patents last year, its report said on Monday.\n")
    assert ex.document.title == title, ex.document
