"""Shapes met on real pages of the heads meetings of three IP offices and of five, each tested with generated names:
- officials (English): a family name of any language in capitals after a form of address ("Mr. KORVAL Hitoshi", also
  after a title: "Deputy Secretary-General Mr. X Y"); "ABC Commissioner A of Country" (the acronym is the body, the
  country only says whose); "… and DEF Commissioner B of the Republic of X" (the acronym read with the clause before);
  "Commissioner A and Kelby Patent Office (KPO) Commissioner B" (no name made of the body's words); "A, Kelby Patent
  Office (KPO) Commissioner and B, …" (the name, then its body and title);
- officials (Chinese): 某厅长官甲 (长官, not 厅长), 某县知事乙 (the place before the title), a foreign name of four
  characters in a list of people (长官滨野幸一、…);
- events: numbered meetings listed in one sentence (第29次某会议、第28次某会议和第22次某会议), no event inside a title in book
  marks (《第19次某会议纪要》), the event a sentence says was held when it names another first, 同日 (the day told before);
  "the X Meeting and TM Symposium" gives no event "and TM Symposium"; a listing of meetings each with its day on a line
  under it; a listing headline with its day after it ("… in Y 2031.12.06");
- instruments: 关于加强某领域合作的联合声明 (a joint statement of offices)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _caps_family(r: random.Random) -> str:
    return (g.word(r, 3)).upper()


@given(SEEDS)
def test_family_names_in_capitals_and_acronyms_before_titles(read, seed):
    r = random.Random(seed)
    f1, f2 = _caps_family(r), _caps_family(r)
    g1, g2 = g.word(r).capitalize(), g.word(r).capitalize()
    ex = read(f"Title of page\n\nThe delegations were headed respectively by Mr. {f1} {g1}, Commissioner of the Lindor Patent Office; "
              f"and Ms. {f2} {g2}, Commissioner of the Kelby Trademark Office. The TCS Deputy Secretary-General Mr. {f1} {g2} "
              f"delivered remarks.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    cap = lambda f: f[0] + f[1:].lower()  # noqa: E731
    assert (f"{cap(f1)} {g1}", "Commissioner", "Lindor Patent Office") in posts, posts
    assert (f"{cap(f2)} {g2}", "Commissioner", "Kelby Trademark Office") in posts, posts
    assert any(p[:2] == (f"{cap(f1)} {g2}", "Deputy Secretary-General") for p in posts), posts
    a, b, c = g.pinyin_name(r), g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f"Title of page\n\nOn December 1, the meeting was held online, attended by LPO Commissioner {a}, KTO Commissioner {b} "
              f"of Kelby and RPO Commissioner {c} of the Republic of Rosewater.\n")
    posts = {(p.person, p.org.surface if p.org else None) for p in ex.posts}
    assert {(b, "KTO"), (c, "RPO")} <= posts, posts
    ex = read(f"Title of page\n\nRecently, Lindor Patent Office (LPO) Commissioner {a} and Kelby Trademark Office (KTO) Commissioner {b} "
              f"attended the meeting. {c}, Rosewater Design Office (RDO) Commissioner and {a}, Head of the Lindor Patent Office, "
              f"attended.\n")
    posts = {(p.person, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Lindor Patent Office"), (b, "Kelby Trademark Office"), (c, "Rosewater Design Office")} <= posts, posts
    assert all(p[0] in (a, b, c) for p in posts), posts


@given(SEEDS)
def test_chinese_titles_of_other_countries_and_listed_numbered_meetings(read, seed):
    r = random.Random(seed)
    office = f"{g.zh_place(r)}特许厅"
    ex = read(f"标题\n\n近日,会议以视频方式举行。中国国家知识产权局局长{g.zh_name(r)}、{office}长官滨野幸一、{g.zh_place(r)}特许厅厅长"
              f"{g.zh_name(r)}分别率团出席会议。{g.zh_name(r)}和{g.zh_place(r)}县知事井户敏三出席会议并致辞。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert ("滨野幸一", "长官", office) in posts, posts
    assert any(p[:2] == ("井户敏三", "知事") and p[2].endswith("县") for p in posts), posts
    a, b, c = (f"第{n}次{g.zh_place(r)}知识产权局局长会议" for n in (29, 28, 22))
    ex = read(f"标题\n\n近日,{a}、{b}和{c}分别以视频方式举行。三局局长共同签署了《第19次{g.zh_place(r)}局长会议会谈纪要》。\n")
    assert sorted(e.label for e in ex.events) == sorted([a, b, c]), ex.events
    seminar = f"中国—{g.zh_place(r)}知识产权局局长研讨会"
    ex = read(f"标题\n\n近日,在中国—{g.zh_place(r)}知识产权局局长会议框架下,国家知识产权局首次组织召开{seminar}。\n"
              f"2031年12月4日,第19次某某局长会议在某地举行。同日下午,三局共同举办了第七届某某用户研讨会。\n")
    got = {(e.label, e.date) for e in ex.events}
    assert (seminar, None) in got and ("第七届某某用户研讨会", "2031-12-04") in got, got


@given(SEEDS)
def test_listings_of_meetings_and_a_joint_statement(read, seed):
    r = random.Random(seed)
    group = g.word(r).upper()[:5]
    ex = read(f"Intellectual Property Rights\n\nMechanism Search\n\n23rd {group} Heads Meeting\n  • 2031.11.30\n  • Busan, Korea\n■ Outcomes\n"
              f"- 5th {group} Trademark Experts Meeting and TM Symposium\n22nd {group} Heads Meeting\n\nDownload. EN\n\n  • 2030.11.29\n"
              f"  • Online, Japan\n")
    got = {(e.label, e.date) for e in ex.events}
    assert {(f"23rd {group} Heads Meeting", "2031-11-30"), (f"22nd {group} Heads Meeting", "2030-11-29")} <= got, got
    assert not any(label.startswith("and ") for label, _ in got), got
    ex = read(f"Mechanisms 17th {group} Heads Meeting among A, B and C in Jeju, ROK 2031.12.06\nThe 17th {group} Heads Meeting was held "
              f"in Jeju from December 6 to 7, 2031.\n")
    assert (ex.document.title, ex.document.date) == (f"Mechanisms 17th {group} Heads Meeting among A, B and C in Jeju, ROK",
                                                     "2031-12-06"), (ex.document.title, ex.document.date)
    field = g.zh_place(r)
    ex = read(f"标题\n\n26日召开的会议上,五国知识产权主管部门负责人共同签署了《五局关于加强{field}领域合作的联合声明》。\n")
    assert [i.title for i in ex.instruments] == [f"五局关于加强{field}领域合作的联合声明"], ex.instruments
