"""Shapes met on real pages of financing by securities, administrative adjudication and a region's cooperation, each
tested with generated names:
- a share bar of words ("Bookmark and Share") over the headline;
- a date with its time, the paper and the reporter a wide space apart (2031年06月08日 12:27   某某报道   某某);
- a title's modifier between the body and the title (某协会特邀研究员甲: the body's);
- an author's note: a line that gives a name, then its posts a comma apart (甲，某大学博士生，某局某处处长。);
- "A, Spokesperson and Director of the General Office of X": the spokesperson is the body's, the director its office's;
- "a press conference held by the X in Y" with no day: the conference, undated;
- a meeting of a group named by two places a slash apart ("the 17th Meeting of the X/Y Expert Group")."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_share_bar_over_the_headline_and_a_date_beside_the_paper_and_its_reporter(read, seed):
    r = random.Random(seed)
    place, other = g.word(r), g.word(r)
    head = f"{place}/{other} Trade Meeting Held in {place}"
    ex = read(f"Bookmark and Share\n\n{head}\n\nIssued: August 22 2031\n\nThe meeting was held in {place} on August 21.\n")
    assert ex.document.title == head, ex.document.title
    ex = read(f"“{g.zh_place(r)}就是財富”照進現實\n\n2031年06月08日 12:27   {g.zh_place(r)}經濟報道 {g.zh_place(r)}APP   {g.zh_name(r)}\n"
              f"知識產權證券化讓財富照進現實。\n")
    assert ex.document.date == "2031-06-08", ex.document.date


@given(SEEDS)
def test_a_guest_researcher_and_an_authors_note(read, seed):
    r = random.Random(seed)
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    body = f"{g.zh_place(r)}保险协会"
    unit = f"{g.zh_place(r)}局复审部行政诉讼二处"
    ex = read(f"标题\n\n{body}特邀研究员{a}指出,这种模式很好。\n")
    assert {(p.person, p.org.surface if p.org else None) for p in ex.posts} == {(a, body)}, ex.posts
    ex = read(f"{b}、{c}:如何解决纠纷\n\n  作者简介\n\n  {b},{g.zh_place(r)}大学法学院博士生,{unit}处长。\n\n  {c},{unit}副调研员。\n\n"
              f"  近年来,纠纷日益增多。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (b, "处长", unit) in posts and (c, "副调研员", unit) in posts, posts


@given(SEEDS)
def test_a_spokesperson_of_the_body_a_conference_held_by_it_and_a_group_of_two_places(read, seed):
    r = random.Random(seed)
    name, body = g.pinyin_name(r), g.body(r)
    acronym = "".join(w[0] for w in body.split() if w[0].isupper())
    ex = read(f"Title of the page\n\nOctober 31 , 2031\n\nOn October 31, the {body} ({acronym}) held a press conference in Kelby. {name}, "
              f"Spokesperson and Director of the General Office of {acronym}, stated at the conference that all was well.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (name, "Spokesperson", body) in posts and (name, "Director", f"General Office of {acronym}") in posts, posts
    ex = read(f"Title of the page\n\nUpdated: 11 05,2031 Source:IP News\n\nRecently, a press conference held by the {body} ({acronym}) "
              f"in Kelby shed light on it.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", None)], ex.events
    place, other = g.word(r), g.word(r)
    ex = read(f"Title of the page\n\nIssued: August 22 2031\n\nThe 17th Meeting of the {place}/{other} Expert Group on the Protection of "
              f"Trade Rights was held in Kelby on August 21.\n")
    assert [(e.kind, e.date, e.label) for e in ex.events] == [
        ("Meeting", "2031-08-21", f"17th Meeting of the {place}/{other} Expert Group")], ex.events
