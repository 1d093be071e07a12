"""Shapes met on real pages of the two sessions' digests and of reports on innovation rankings, each tested with
generated names: two sessions opening in one sentence, each on the day its clause tells (昨天, 今天); a deputy to a
people's congress (全国人大代表某某), no name made of 全国, 全程 or 热议 after a title; a code (《某法典》), a law revised with a
description between the verb and its title (修订关于强化某某的《某法》); a body's acronym with its full name in brackets
before a title ("ABC (Full Name) Deputy Commissioner A")."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_sessions_deputies_codes_and_revisions_described(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    name = g.zh_name(r)
    ex = read(f"聚焦两会 | 代表、委员们今年有哪些提案?\n\n2031-03-05 12:20:00\n全国政协十五届五次会议昨天已经开幕,十五届全国人大五次会议也于今天开幕。\n"
              f"全国人大代表部分议案、建议\n全国人大代表、{place}大学知识产权学院教授{name}表示,要加强保护。部分市人大代表全程陪同检查。"
              f"{field}引发委员热议。我国出台了《{place}法典》,并加紧修订关于强化{field}的《{place}{field}法》。\n")
    assert sorted((e.date, e.label) for e in ex.events) == [("2031-03-04", "全国政协十五届五次会议"), ("2031-03-05", "十五届全国人大五次会议")], ex.events
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (name, "人大代表", "全国人大") in posts and (name, "教授", f"{place}大学知识产权学院") in posts, posts
    assert {p.person for p in ex.posts} == {name}, posts
    assert {f"{place}法典", f"{place}{field}法"} <= {i.title for i in ex.instruments}, ex.instruments
    assert [v.title for v in ex.revisions] == [f"{place}{field}法"], ex.revisions


@given(SEEDS)
def test_an_acronym_with_its_full_name_before_a_title(read, seed):
    r = random.Random(seed)
    words = [g.word(r) for _ in range(3)]
    acronym = "".join(w[0] for w in words).upper() + "X"
    full = " ".join(words) + " Administration"
    name = g.pinyin_name(r)
    ex = read(f"The index was released on September 29. \"We have moved up,\" {acronym} ({full}) Deputy Commissioner {name} announces "
              f"at the press conference.\n")
    assert any(p.person == name and p.role == "Deputy Commissioner" and p.org is not None for p in ex.posts), ex.posts
