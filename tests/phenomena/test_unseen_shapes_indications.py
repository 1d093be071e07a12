"""Shapes met on real pages of counties and cities on geographical indications, each tested with generated names: a
page that doubles its commas before every mark (,, ,、 ,。), the posts of another body listed before the name a comma
apart (某局党组副书记、副局长，某中心党组书记甲), a county head whose county the text leaves unnamed (县委副书记、县长乙), a
bulleted greeting over the headline, a meeting "held afterwards" on the day the sentence before told, and a course's
opening ceremony told twice (…培训班开班仪式在某县举行; 出席并宣布开班仪式正式开始); the unit of the writer's own institute
(我院某研究所甲副所长), an associate professor (副教授), and "this" symposium (参加了本次调研座谈会) on the day told before."""

import random

from hypothesis import given
from hypothesis import strategies as st

from ipgraph._text import tidy_text
from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _names(r: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = g.zh_name(r)
        if all(name[0] != o[0] for o in out):
            out.append(name)
    return out


@given(SEEDS)
def test_doubled_commas_posts_listed_before_a_comma_and_an_unnamed_county(read, seed):
    r = random.Random(seed)
    a, b, c = _names(r, 3)
    field = r.choice(g.ZH_FIELDS)
    ex = read(tidy_text(f"7月30日,,省{field}局党组副书记,、副局长,,省{field}服务促进中心党组书记{a},,省{field}局商标处处长{b}到县调研,。"
                        f"县委副书记,、县长{c}陪同调研,。\n"))
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    for post in [(a, "副局长", f"省{field}局"), (a, "党组书记", f"省{field}服务促进中心"), (c, "县长", "县委")]:
        assert post in posts, (post, posts)
    assert any(p[:2] == (b, "处长") and p[2] and p[2].endswith("商标处") for p in posts), posts  # (the bureau's unit)


@given(SEEDS)
def test_a_bulleted_greeting_a_meeting_held_afterwards_and_an_opening_told_twice(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    head = f"市场监管局:携协会参加{place}省{field}工作经验交流会"
    ex = read(f"• 欢迎访问{place}市{place}区人民政府网站!\n \n当前位置:首页 > 政务动态 > 内容\n{head}\n  发布时间:2031-12-21\n\n"
              f"12月18日,{place}省{field}工作经验交流会在盐城召开。\n")
    assert ex.document.title == head, ex.document.title
    ex = read(f"10月17日,调研组到我县调研{field}发展情况,副县长{g.zh_name(r)}陪同调研。在随后召开的座谈会上,县局领导作了汇报。\n")
    assert [(e.date, e.label) for e in ex.events] == [("--10-17", "座谈会")], ex.events
    ex = read(f"7月9日,全市{field}助推特色产业发展培训班开班仪式在{place}县举行。{g.zh_name(r)}出席并宣布开班仪式正式开始。\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Ceremony", "--07-09")], ex.events


@given(SEEDS)
def test_our_institutes_unit_an_associate_professor_and_this_symposium(read, seed):
    r = random.Random(seed)
    a, b = _names(r, 2)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    unit = f"{field}与知识产权研究所"
    ex = read(f"5月24日上午,{place}大学课题组来我院调研{field}相关情况。我院{unit}{a}副所长及项目组主要成员参加了本次调研座谈会。"
              f"座谈会上,{place}大学法学院{b}副教授介绍了调研的目的。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "副所长", unit) in posts and (b, "副教授", f"{place}大学法学院") in posts, posts
    assert [(e.date, e.label) for e in ex.events] == [("--05-24", "调研座谈会")], ex.events
