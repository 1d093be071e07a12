"""Shapes met on real pages of treaty accessions and statistics releases, each tested with generated names: the
Secretary General of the United Nations before a name (the body ends with "Nations", the name is the name's), a title
in lower case before a name and the body after it ("vice Minister A B, of the X"), a body's acronym and a title between
commas before the name ("ABC director general, A B, received"), a meeting "told" on the day the sentence before said,
and a press briefing "during" which something was released on the day the sentence opens with ("On 9 July 2031")."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_titles_before_names_with_bodies_around_them(read, seed):
    r = random.Random(seed)
    a, b, c = g.foreign_name(r), g.pinyin_name(r), g.foreign_name(r)
    admin = f"National {g.word(r)} Administration of {g.word(r)}"
    acronym = g.word(r).upper()[:4]
    ex = read(f"The ceremony was attended by the Secretary General of the United Nations {a} and others.\n\n{acronym} director general, "
              f"{c}, received the accession document from vice Minister {b}, of the {admin}.\n")
    posts = {(p.person, p.role.lower(), p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "secretary general", "United Nations") in posts, posts
    assert (b, "vice minister", admin) in posts and not any(p[:2] == (b, "minister") for p in posts), posts
    assert any(p[:2] == (c, "director general") for p in posts), posts


@given(SEEDS)
def test_a_meeting_told_and_a_briefing_during_which(read, seed):
    r = random.Random(seed)
    name, body = g.pinyin_name(r), g.body(r)
    ex = read(f"China sees increase in applications\n\nSource: Agency| 2018-01-04 16:38:30\n\nBEIJING, Jan. 4 (Agency) -- China made 1.38 "
              f"million applications in 2017, an official said here Thursday.\n\nOf the total, 744,000 were concluded, said {name}, head "
              f"of the {body}, told a meeting attended by officials from across the country.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Meeting", "2018-01-04")], ex.events
    ex = read(f"{body} Publishes Statistics for First Half of 2031\n\n\nOn 9 July 2031, the {body} released during a press briefing the "
              f"statistics for the first half of 2031.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "2031-07-09")], ex.events
