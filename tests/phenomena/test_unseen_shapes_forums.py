"""Shapes met on real pages of a city's international IP forum over the years and of its IP joint conference, each
tested with generated names:
- "(Agency) Dec. 6 -- The 21st X Forum kicked off in the city on Dec. 4" on a page without a date: the forum's own day,
  not the dateline's;
- the headline's "19th X IP Forum" (undated) and the text's "19th X Intellectual Property Forum … on November 18": one
  forum, dated;
- "the Activity Organizing Committee of X Publicity Week": a body that runs the week, no event."""

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
