"""Shapes met on real pages of congresses' inspections of a law's enforcement, a court's press conference and
reports, and a city government's press releases and speeches, each tested with generated names: a spam site's keywords
joined by hyphens over the headline, a title said twice under a site's name, a day without its month (16日上午) on a
dated page, "在之后的…汇报会上", a law listed before a regulation's enforcement (专利法和某条例执法检查), the leader in
charge of a department (分管领导, no name), a place that is no place (明确把某某兴市), a judge's grade before the title;
a page's language switch and share bar, a section's name over them, fixed titles of a government ("Financial
Secretary"), a post in brackets after the name, "A, Chairman and B, Vice-Chairman respectively of the X", a committee
whose name lists its fields, a forum named "Business of X (BIP) Asia Forum" in the headline and the text, a day named
"on Friday", "Speaking at a press conference" after "today (October 4)", the body before a law's name, and persons
named Law."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}


@given(SEEDS)
def test_chinese_headlines_days_and_laws_of_inspection_pages(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    head = f"全国人大常委会检查组近期将开展{field}法执法检查"
    spam = "-".join(f"{g.zh_place(r)}精品{g.zh_place(r)}网" for _ in range(4))
    ex = read(f"{spam}\n\n频 道: 首 页|新 闻|国 际|财 经\n■ 本页位置:首页新闻中心\n【放大字体】  【缩小字体】\n{head}\n\n2031年05月16日 21:12\n\n"
              f"  中新社北京五月十六日电 执法检查组今天举行了第一次全体会议。\n")
    assert ex.document.title == head, ex.document.title
    report = f"最高人民法院{field}法庭年度报告(2031)"
    ex = read(f"{place}法律门户-CJO\n\n查找英文的法律和官方公共文件\n\n{report}\n\n{report}\n\n文件种类 即时报告\n\n公布日期 2032 年 4 月 16 日\n\n"
              f"{report}\n简介\n法庭成立以来,审理了大量案件。\n")
    assert (ex.document.title, ex.document.date) == (report, "2032-04-16"), (ex.document.title, ex.document.date)
    head, sub = f"国新办举行2031年{field}发展状况新闻发布会", f"{g.zh_name(r)}出席发布会并答记者问"
    ex = read(f"{head}\n{sub}\n{sub}\n国务院新闻办公室于4月25日上午举行新闻发布会。\n")
    assert ex.document.title == head, ex.document.title
    ex = read(f"省人大常委会启动{field}法和省{field}促进条例执法检查\n发布时间:2031/5/17 9:51:09\n本报讯 省人大常委会于本月开展执法检查。"
              f"16日上午,省人大常委会召开执法检查情况汇报会,听取省政府汇报。\n")
    assert [(e.date, e.label) for e in ex.events] == [("2031-05-16", "执法检查情况汇报会")], ex.events
    assert {i.title for i in ex.instruments} <= {f"{field}法"}, ex.instruments
    ex = read(f"8月29日,{place}市人大常委会主任{g.zh_name(r)}带领执法检查组进行检查。市政府分管领导,相关部门分管领导全程陪同检查。\n"
              f"在之后的执法检查汇报会上,与会人员进行了交流。\n")
    assert [e.label for e in ex.events] == ["执法检查汇报会"], ex.events
    assert all(not p.person.endswith("分管") and "分管" not in p.person for p in ex.posts), ex.posts


@given(SEEDS)
def test_chinese_posts_with_no_place_and_a_judges_grade(read, seed):
    r = random.Random(seed)
    a, b = g.zh_name(r), g.zh_name(r)
    while b[0] == a[0]:
        b = g.zh_name(r)
    field = r.choice(g.ZH_FIELDS)
    ex = read(f"市委副书记、市长{a}出席汇报会。{a}说,市委、市政府明确把{field}兴市作为推动全市各项工作的主战略。\n")
    assert (a, "市长", "市政府") in _posts(ex), _posts(ex)
    court = f"最高人民法院{field}法庭"
    ex = read(f"{court}副庭长{a}、{court}三级高级法官{b}出席发布会。\n")
    assert {(a, "副庭长", court), (b, "三级高级法官", court)} <= _posts(ex), _posts(ex)


@given(SEEDS)
def test_english_bars_fixed_titles_posts_in_brackets_and_pairs_respectively(read, seed):
    r = random.Random(seed)
    head = f"Government launches consultation on review of the {g.word(r)} system"
    ex = read(f"Traditional Chinese Simplified Chinese Email this article\n{head}\n\n     The Government today (October 4) issued a "
              f"consultation paper.\n\n     Speaking at a press conference, the Secretary said it.\n")
    assert ex.document.title == head, ex.document.title
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "--10-04")], ex.events
    head = f"FS' speech at {g.word(r)} open day"
    a, b, c, d = (g.foreign_name(r) for _ in range(4))
    body, other = g.body(r), g.body(r)
    ex = read(f"Press Release\n\n Email this articleGovernment Homepage\n\n{head}\n\n    Following is the speech by the Financial "
              f"Secretary, Mr {a}, at the Open Day. Deputy Commissioner {b} (Deputy Commissioner of the {body}), Dr {c} "
              f"(Chairman of the {other}), distinguished guests.\n")
    assert ex.document.title == head, ex.document.title
    posts = _posts(ex)
    assert {(a, "Financial Secretary", None), (b, "Deputy Commissioner", body), (c, "Chairman", other)} <= posts, posts
    fields = [g.word(r) for _ in range(4)]
    committee = f"{fields[0]}, {fields[1]}, {fields[2]} and {fields[3]} Committee"
    ex = read(f"Recently, the NPC {committee} held its 26th plenary session. {c}, Chairman and {d}, Vice-Chairman "
              f"respectively of the {committee} took part in the meeting.\n")
    posts = _posts(ex)
    assert {(c, "Chairman", committee), (d, "Vice-Chairman", committee)} <= posts, posts
    assert [e.label for e in ex.events] == [f"26th plenary session of NPC {committee}"], ex.events


@given(SEEDS)
def test_forums_days_and_laws_with_bodies_and_persons_named_law(read, seed):
    r = random.Random(seed)
    topic = f"{g.word(r)} Property"
    ex = read(f"Opening remarks at Policy Dialogue Session of Business of {topic} Asia Forum\n\n     Following are the remarks at "
              f"the Business of {topic} (BIP) Asia Forum today (December 5).\n")
    assert [e.label for e in ex.events if e.kind == "Forum"] == [f"Business of {topic} Asia Forum"], ex.events
    day = f"World {g.word(r)} Day"
    ex = read(f"The finance chief was speaking at a reception to celebrate {day} on Friday.\n")
    assert [e.label for e in ex.events] == [day], ex.events
    law = f"{g.word(r)} Law"
    name = f"{g.word(r)} Law"
    ex = read(f"Members took part in the NPC Standing Committee {law} enforcement inspection. The Company Law was revised.\n\n"
              f"Secretary for the Civil Service {name} today visited the department. Mr Law met its staff.\n")
    titles = {i.title for i in ex.instruments}
    assert titles == {law, "Company Law"}, titles
