"""Shapes met on real pages of a dialogue between two trade blocs, of another country's annual IP report and of an
ambassador's briefing, each tested with generated names:
- officials: "A, Deputy Director General, X Department, ABC" (the body after a comma), "A, recently appointed as the
  Head of Unit, DG X, Y Commission" (a kind of unit in the title, the body after it), "Ambassador A, U.S. Trade
  Representative (USTR), …" (a country's dotted acronym before the title, the office's acronym after it), "Ms. A,
  currently ABC'S Deputy Director-General" (now, a possessive in capitals);
- instruments: "Section 301 of the Trade Act of 1974" (an act with its year), no act made of "ASI-type Act Preservation";
- events: "celebrated X with a high-level event in Y on the 29th of June" (an event named by its kind, a day written
  with its ordinal), "held on Friday 11th November", "the commemorative activity of the 10th anniversary of the X
  Mechanism was held", the headline's "19th X Meeting" and the text's "19th meeting of the X" on one day (one
  meeting), a briefing dated by the line under its headline ("(February 26)"), "the X Dialogue Mechanism" (no event);
- headlines and dates: a section's path glued before the headline said again on the next line, "By A B --" (a
  byline), "Post time:07-08 2031" (month and day, then the year)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_titles_with_their_bodies_after_commas_and_a_countrys_dotted_acronym(read, seed):
    r = random.Random(seed)
    a, b, c, d = g.pinyin_name(r), g.foreign_name(r), g.pinyin_name(r), g.pinyin_name(r)
    dept, dg = f"{g.word(r)} and Law Department", f"DG {g.word(r)}"
    ex = read(f"T\n\nThe meeting is co-chaired by Mr {b}, recently appointed as the Head of Unit, {dg}, European Commission and Mr {a}, "
              f"Deputy Director General, {dept}, MOFCOM.\nOn April 25th, Ambassador {c}, U.S. Trade Representative (USTR), issued the "
              f"report. The candidate Ms. {d}, currently WIPO'S Deputy Director-General, is competent.\n")
    posts = {(p.person, p.role, p.org.key or p.org.surface if p.org else None) for p in ex.posts}
    assert (b, "Head of Unit", dg) in posts and (a, "Deputy Director General", dept) in posts, posts
    assert (c, "Trade Representative", "USTR") in posts and (d, "Deputy Director-General", "wipo") in posts, posts


@given(SEEDS)
def test_an_act_with_its_year_and_events_named_by_their_kind_and_number(read, seed):
    r = random.Random(seed)
    group = f"{g.word(r)}-{g.word(r)} IP Working Group"
    ex = read(f"19th {group} Meeting\nThe 19th meeting of the {group} was held on Friday 11th November at the Commission. It supports "
              f"the {g.word(r)} IP Dialogue Mechanism. Duties may be imposed under Section 301 of the Trade Trade Act of 1974, not under "
              f"an ASI-type Act Preservation.\nThe Ministry celebrated the anniversary of the Mechanism with a high-level event in "
              f"Brussels on the 29th of June.\n")
    assert {i.title for i in ex.instruments} == {"Trade Trade Act of 1974"}, ex.instruments
    got = sorted((e.date, e.label) for e in ex.events)
    assert got == [("--06-29", "High-level event"), ("--11-11", f"19th meeting of the {group}")], got


@given(SEEDS)
def test_a_briefing_dated_under_its_headline_and_headlines_and_dates_of_templates(read, seed):
    r = random.Random(seed)
    who = g.pinyin_name(r)
    head = f"Transcript of Ambassador {who}'s Press Briefing on {g.word(r)} Election"
    ex = read(f"{head}\n\n(February 26)\n\nI. Opening Remarks\n\nOn March 4-5, the organisation will elect a new head.\n")
    assert [(e.kind, e.date) for e in ex.events if e.label == head] == [("PressConference", "--02-26")], ex.events
    head = f"China and the {g.word(r)} Held the Commemorative Activity of the 10th Anniversary of the Dialogue"
    ex = read(f"Trade Resources Policy & Opinion {head}\n\n{head}\n\nOn June 29, the commemorative activity of the 10th anniversary of "
              f"the {g.word(r)} Dialogue Mechanism was held in Brussels.\n")
    assert ex.document.title == head, ex.document.title
    assert any(e.kind == "Ceremony" and e.date and e.date.endswith("06-29") for e in ex.events), ex.events
    ex = read(f"By {g.foreign_name(r)} --\nOn April 27th, the report was issued.\n")
    assert not ex.document.title.startswith("By "), ex.document.title
    ex = read(f"10 Year Anniversary of the {g.word(r)} Dialogue\n\nPost time:07-08 2031 Source:IP Key Author:\nThe event was held.\n")
    assert ex.document.date == "2031-07-08", ex.document.date
