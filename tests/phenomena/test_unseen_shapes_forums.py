"""Shapes met on real pages of a city's international IP forum over the years and of its IP joint conference, each
tested with generated names:
- "(Agency) Dec. 6 -- The 21st X Forum kicked off in the city on Dec. 4" on a page without a date: the forum's own day,
  not the dateline's;
- the headline's "19th X IP Forum" (undated) and the text's "19th X Intellectual Property Forum … on November 18": one
  forum, dated;
- "the Activity Organizing Committee of X Publicity Week": a body that runs the week, no event;
- 举行电视电话会部署推进某纲要 (a teleconference held to arrange work), 《实施某纲要任务分解》 (a task breakdown)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_forums_own_day_after_a_dateline_and_one_forum_in_headline_and_text(read, seed):
    r = random.Random(seed)
    city = g.word(r).capitalize()
    ex = read(f"}} ?>\n(Agency) Dec. 6 -- The 21st {city} International Intellectual Property Forum kicked off in the city on Dec. 4.\n"
              f"The four-day event is held under a tagline.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Forum", "--12-04")], ex.events
    ex = read(f"The 19th {city} International IP Forum Held Successfully\nUpdated: 12 09,2031\n\nThe 19th {city} International "
              f"Intellectual Property Forum, themed on \"Growth\", was opened in {city} on November 18. The mayor addressed the event.\n")
    assert [(e.date, e.label) for e in ex.events] == [("2031-11-18", f"19th {city} International Intellectual Property Forum")], ex.events


@given(SEEDS)
def test_a_committee_named_by_the_week_it_runs(read, seed):
    r = random.Random(seed)
    city = g.word(r).capitalize()
    ex = read(f"{city} held the 2031 Intellectual Property Joint Conference\n\nUpdated: 2031-05-08\n\nOn May 6, 2031, the 2031 Intellectual "
              f"Property Joint Conference was held in {city}. Participants included member units of the Activity Organizing "
              f"Committee of {city} Intellectual Property Publicity Week.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Conference", "2031-05-06")], ex.events


@given(SEEDS)
def test_a_teleconference_held_to_arrange_work_and_a_task_breakdown(read, seed):
    """举行电视电话会部署推进某纲要 (held, and arranging: no event referred to); 《实施某纲要任务分解》 (a task breakdown is an
    instrument, its short name 《任务分解》 none)."""
    r = random.Random(seed)
    province = g.zh_place(r)
    ex = read(f"我省举行电视电话会部署推进{province}纲要 {g.zh_name(r)}出席会议并讲话\n2031年,全省发展水平居全国第十。会议强调,要把工作提到战略高度。\n")
    assert [(e.kind, e.label) for e in ex.events] == [("Meeting", "电视电话会")], ex.events
    title = f"实施{province}省知识产权战略纲要任务分解"
    ex = read(f"《{title}》印发实施\n\n发布时间:2031-08-09 03:02:15\n\n  日前,《{title}》(以下简称《任务分解》)正式印发实施。\n")
    assert {i.title for i in ex.instruments} == {title}, ex.instruments
