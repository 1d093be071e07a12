"""Shapes met on real pages of courts opened and their heads appointed, a regulation revised and a campaign on the
agents it governs, each tested with generated names:
- headlines: a banner over the site's name, a section's breadcrumb and the date, the headline over its byline; a
  control's label over a headline the page gives twice; a bar of a site's controls in words of four characters
  (某某门户 邮箱登录 设置首页 加入收藏);
- a page without a date of its own whose only years are a thing's origin (1991年施行的《某条例》): no year guessed;
- officials: "任命甲为首任某法院院长、审判委员会委员、审判员" (the first title's body holds the bare titles after it);
  "甲任某法院副院长" (a person who takes up a post); "A, 47, was appointed as the chief justice of the first maritime court
  in X" (an age between commas, a body described in lower case) and "B, C, and D were named as deputy chief justices"
  (the deputies of that body); "Professor A from the X University";
- instruments and revisions: 通过关于在某地设立某法院的决定 (a decision named without brackets), 公布修订后的《某条例》
  (the regulation as revised);
- events: "An unveiling ceremony for the X Court was held on …", "at a session of the 9th X Standing Committee
  Thursday", a section's name in the breadcrumb is no event, "1st X Forum" (the headline) and "the first X Forum" (the
  text) are one forum."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_headlines_over_a_byline_said_twice_and_under_a_bar_of_controls(read, seed):
    r = random.Random(seed)
    place, body = g.word(r), g.body(r)
    head = f"{place} opens its first maritime court in a trade hub"
    ex = read(f"Fighting Against {g.word(r)} Floods\n\n{place} Daily\n\nNews> Nation> Content\nFriday, August 18, 2031, 18:19\n"
              f"{head}\nBy Agency\nFriday, August 18, 2031, 18:19 By Agency\n\n{place.upper()} - The court opened Friday.\n")
    assert ex.document.title == head, ex.document.title
    head = f"{body} Releases Amended Rules for {g.word(r)} Agents"
    ex = read(f"Check category\n\n{head}\n\n  • Categories:News\n  • Date:2031-01-08\n\n{head}\n\n  • Time of issue:2031-01-08 10:00\n\n"
              f"  The {body} has released amended rules.\n")
    assert ex.document.title == head, ex.document.title
    zh_head = f"{g.zh_name(r)}签署命令公布修订后的《{g.zh_place(r)}代理条例》"
    ex = read(f"欢迎您来到{g.zh_place(r)}网!\n{g.zh_place(r)}综合门户 邮箱登录 设置首页 加入收藏\n{zh_head}\n发布时间:  作者:某部\n\n"
              f"  某社北京11月19日电 {g.zh_place(r)}日前公布修订后的条例,自2032年3月1日起施行。1991年施行的条例起到了积极作用。\n")
    assert ex.document.title == zh_head, ex.document.title
    assert ex.document.date is None, ex.document.date


@given(SEEDS)
def test_appointments_to_a_court_in_chinese(read, seed):
    r = random.Random(seed)
    a, b = g.zh_name(r), g.zh_name(r)
    court = f"{g.zh_place(r)}知识产权法院"
    ex = read(f"{g.zh_place(r)}人大任命{a}为{court}院长\n\n某社11月2日电 某市人大常委会第十四次会议2日通过表决,任命{a}为首任{court}院长、"
              f"审判委员会委员、审判员。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "院长", court) in posts, posts
    assert not any(p[0] == a and p[2] == "审判委员会" for p in posts), posts
    ex = read(f"{b}任{court}副院长\n\n2031年11月11日 09:58\n据报道,11月6日,{court}正式履职。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (b, "副院长", court) in posts, posts


@given(SEEDS)
def test_appointments_to_a_court_in_english(read, seed):
    r = random.Random(seed)
    head, deputies = g.pinyin_name(r), [g.pinyin_name(r) for _ in range(3)]
    place = g.word(r)
    prof, univ = g.pinyin_name(r), f"{g.word(r)} University of {g.word(r)} and Technology"
    age = r.randint(38, 62)
    ex = read(f"Chief justice appointed\n\n{place.upper()} -- The judges were appointed on Thursday.\n{head}, {age}, was appointed as the "
              f"chief justice of the first maritime court in {place}. {deputies[0]}, {deputies[1]}, and {deputies[2]} were named as "
              f"deputy chief justices.\n\"It will serve the city well,\" Professor {prof} from {univ} told reporters.\n")
    posts = {(p.person, p.role.lower(), p.org.surface if p.org else None) for p in ex.posts}
    court = f"maritime court in {place}"
    assert (head, "chief justice", court) in posts, posts
    for d in deputies:
        assert (d, "deputy chief justice", court) in posts, posts
    assert (prof, "professor", univ) in posts, posts


@given(SEEDS)
def test_a_decision_without_brackets_and_a_regulation_as_revised(read, seed):
    r = random.Random(seed)
    p1, p2 = g.zh_place(r), g.zh_place(r)
    regulation = f"{g.zh_place(r)}代理条例"
    ex = read(f"标题\n\n2031年8月31日,某届全国人大常委会第十次会议通过关于在{p1}、{p2}设立海事法院的决定。{g.zh_name(r)}日前签署命令,"
              f"公布修订后的《{regulation}》,自2032年3月1日起施行。\n")
    titles = {i.title for i in ex.instruments}
    assert f"关于在{p1}、{p2}设立海事法院的决定" in titles, titles
    assert [(v.title, v.status) for v in ex.revisions] == [(regulation, "adopted")], ex.revisions


@given(SEEDS)
def test_a_ceremony_for_a_court_a_session_on_a_weekday_and_one_forum_numbered_twice(read, seed):
    r = random.Random(seed)
    place, court = g.word(r), f"{g.word(r)} Maritime Court"
    ex = read(f"Home>Press Conference\n\nMaritime court launched in {place}\n\nUpdated: 2031-09-11\n\nAn unveiling ceremony for the {court} "
              f"was held on Sept 9, 2031.\n{place.upper()} -- The judges were appointed at a session of the 9th {place} Municipal People's "
              f"Congress Standing Committee Thursday.\n")
    got = sorted((e.kind, e.date, e.label) for e in ex.events)
    assert got == [("Ceremony", "2031-09-09", f"Unveiling ceremony for the {court}"),
                   ("Meeting", "2031-09-11", f"Session of the 9th {place} Municipal People's Congress Standing Committee")], got
    forum = f"{g.word(r)} {g.word(r)} Forum"
    ex = read(f"Home>Top News\n\n{court} president attends 1st {forum}\n\nsite.gov.cn | Updated: 2031-09-19\n\n{g.pinyin_name(r)}, president "
              f"of the {court}, made a keynote speech at the first {forum} held in {place} on Sept 9.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Forum", "2031-09-09")], ex.events
