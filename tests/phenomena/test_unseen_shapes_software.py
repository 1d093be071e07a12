"""Shapes met on real pages of the joint conference on the use of legitimate software, told by the copyright
administration's English news, law portals, blogs and Chinese papers over twenty years, each tested with generated
names:
- "A, member of the Politburo of the X Central Committee and Vice Premier", "B, deputy director of KVB and KVA": posts;
- "the sixth plenary meeting of the promotion of the X inter-ministerial meeting was held on February 28 … summarized
  the work in 2031 and discussed the 2032 working plan": one meeting, of 2032; "The 9th Plenary Session of X Held in
  Beijing": its name without the headline's article and verb; "A working conference on promoting X in Y was jointly
  organized by the Office of the Leading Group for the Special Campaign on Z": the conference, no campaign;
- ""the Configuration Standards for X"", ""Assessment Methods for Y"": titles in quotation marks;
- 某院法学所某某教授, 某省委宣传部副部长、省某局(省某局)局长、省某联席会议召集人某某, 某公司首席执行官某某: posts;
- 召开某部际联席会议第八次全体会议 … 2031年…取得成效 … 2032年各成员单位要…: the session of the body, of 2032; 来自不久前2032年某
  联席会议全体会议; 共举办培训班6414期 and 2032年联席会议各成员单位: no events; 9月8日某局召开了“甲,乙”专题座谈会 on a page of
  August 2019 that names 2003某专项治理行动: of 2003."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_posts_of_two_bodies_and_of_the_politburo(read, seed):
    r = random.Random(seed)
    a, b = g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f"The meeting conveyed instructions of {a}, member of the Politburo of the CPC Central Committee and Vice Premier. "
              f"{b}, deputy director of KVB and KVA, pointed out the role of software.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "Member of the Politburo", "CPC Central Committee") in posts and (b, "Deputy Director", "KVB") in posts, posts


@given(SEEDS)
def test_plenary_meetings_of_a_joint_conference(read, seed):
    r = random.Random(seed)
    topic = g.word(r).lower()
    ex = read(f"The Sixth Plenary Session of the Joint Conference on {g.word(r)} Was Held in Beijing\n\nThe sixth plenary meeting of "
              f"the promotion of the {topic} legalization inter-ministerial meeting was held on February 28. The meeting summarized "
              f"the work in 2031 and discussed the 2032 working plan. The 2031 inter-ministerial joint meeting completed its tasks.\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"Sixth plenary meeting of the promotion of the {topic} legalization "
                                                       f"inter-ministerial meeting", "2032-02-28")], ex.events
    name = f"9th Plenary Session of the Inter-Ministerial Joint Conference on Promoting the Use of {g.word(r)} Software"
    ex = read(f"The {name} Held in Beijing\n\nOn May 27, a vice minister presided over the {name} in Beijing.\n")
    assert [e.label for e in ex.events] == [name], ex.events
    ex = read(f"Working conference held in Beijing\n\nA working conference on promoting {topic} software in central government "
              f"departments was jointly organized by the Office of the Leading Group for the Special Campaign on Cracking down upon "
              f"Infringement of {g.word(r)} Rights, to help ban unauthorized software.\n")
    assert [e.label for e in ex.events] == [f"Working conference on promoting {topic} software in central government departments"], ex.events


@given(SEEDS)
def test_titles_in_quotation_marks_with_an_article_inside(read, seed):
    r = random.Random(seed)
    a = f"Configuration Standards for General Office Equipment in {g.word(r)} Agencies"
    b = f"Assessment Methods for Government Agencies to Utilize {g.word(r)} Software"
    ex = read(f"Breakthroughs were achieved: the introduction of the \"the {a}\" promoted the introduction of \"{b}\" in 20 provinces.\n")
    assert {i.title for i in ex.instruments} == {a, b}, ex.instruments


@given(SEEDS)
def test_posts_of_scholars_chains_and_firms(read, seed):
    r = random.Random(seed)
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    place = g.zh_place(r)
    ex = read(f"座谈会由某司副司长主持,中国社会科学院法学所{a}教授等出席会议。{place}省委宣传部副部长、省新闻出版局(省版权局)局长、"
              f"省软件正版化工作联席会议召集人{b}主持会议。{place}办公公司首席执行官{c}作了演讲。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "教授", "中国社会科学院法学所"), (b, "副部长", f"{place}省委宣传部"), (b, "局长", "省新闻出版局(省版权局)"),
            (b, "召集人", "省软件正版化工作联席会议"), (c, "首席执行官", f"{place}办公公司")} <= posts, posts


@given(SEEDS)
def test_sessions_of_joint_meetings_and_what_is_none(read, seed):
    r = random.Random(seed)
    body = f"推进使用正版{g.zh_place(r)}工作部际联席会议"
    ex = read(f"3月30日,中央宣传部副部长{g.zh_name(r)}在京主持召开{body}第八次全体会议。会议认为,2031年联席会议取得了新成效。2031年,"
              f"登记量达到110万件。2031年全国共举办软件正版化培训班6414期。2032年联席会议各成员单位要坚持以思想为指导。\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"{body}第八次全体会议", "2032-03-30")], ex.events
    meeting = f"2032年{g.zh_place(r)}省软件正版化工作联席会议全体会议"
    ex = read(f"这是来自不久前{meeting}上的消息。\n")
    assert [e.label for e in ex.events] == [meeting], ex.events
    ex = read(f"国家版权局在京召开专题座谈会\n\n发布时间:2019-08-17 20:05:15\n\n9月8日,国家版权局在北京召开了“打击{g.zh_place(r)}盗版,促进产业发展”"
              f"专题座谈会,座谈会的目的是配合国家版权局部署的2003打击软件盗版专项治理行动。\n")
    assert sorted((e.kind, e.date) for e in ex.events) == [("Campaign", None), ("Meeting", "2003-09-08")], ex.events
