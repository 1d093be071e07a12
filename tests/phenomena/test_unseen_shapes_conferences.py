"""Shapes met on real pages of high-level conferences on IP for the countries of an initiative, told by an office's
English news, its joint statements, a wire report on a mirror and a foreign paper, each tested with generated names:
- "BEIJING, Aug. 28 (Xinhua) -- … the 2031 high-level conference on X for countries along the Y, which opened in
  Beijing Tuesday" under a sidebar that names another year: the conference (named in lower case by its year) and the
  year in which that day is a Tuesday;
- "The 2031 X Conference on Y highlights Z" (a headline's verb), "the X Conference on Y to Strengthen Z" (its
  purpose), "the 2031 Round Table on Y on August 29th 2031" (its day), "the 15th X Forum on Y and the 2nd Z Forum" (two
  forums): where a name ends; "from 21 to 22 July 2031": its first day; "the Round Table on X (closed session) was
  held"; "An X high-level conference for countries participating in Y will be held … from Aug. 28 to 29";
- "the Common Initiatives for Strengthening Cooperation between Countries along the "Y and Z" in the Field of X": one
  title, its quoted name inside it."""

import datetime
import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(SEEDS)
def test_a_conference_named_in_lower_case_by_its_year_and_the_reports_weekday(read, seed):
    r = random.Random(seed)
    year, month, day = r.randint(2031, 2038), r.randint(1, 12), r.randint(1, 28)
    when = datetime.date(year, month, day)
    init = f"{g.word(r)} and {g.word(r)}"
    ex = read(f"\n{when.strftime('%B').upper()[:3]}, {when.strftime('%b.')} {day} (Xinhua) -- The president sent a letter to the {year} "
              f"high-level conference on intellectual property for countries along the {init}, which opened in Beijing "
              f"{DAYS[when.weekday()]}.\nShe hopes parties can enhance cooperation.\nTop 10 world news events of People's Daily in {year + 2}\n")
    assert ex.document.date == when.isoformat(), ex.document.date
    assert [(e.label, e.date) for e in ex.events] == [(f"{year} high-level conference on intellectual property for countries "
                                                       f"along the {init}", when.isoformat())], ex.events


@given(SEEDS)
def test_where_a_conferences_name_ends(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    ex = read(f"The 2031 High-Level Conference on IP for Countries along {a} and {b} highlights Inclusiveness, Cooperation\n\nThe "
              f"Conference was held in Beijing on August 28, 2031.\n")
    assert [e.label for e in ex.events] == [f"2031 High-Level Conference on IP for Countries along {a} and {b}"], ex.events
    ex = read(f"We held the 2031 Round Table on Intellectual Property for Countries along the {a} on August 29th 2031 in Beijing. "
              f"Officials spoke at the 15th {b} International Forum on Intellectual Property and the 2nd {a} River Forum on "
              f"November 1, 2031.\n")
    assert sorted(e.label for e in ex.events) == sorted([f"2031 Round Table on Intellectual Property for Countries along the {a}",
                                                         f"15th {b} International Forum on Intellectual Property",
                                                         f"2nd {a} River Forum"]), ex.events


@given(SEEDS)
def test_round_tables_and_conferences_held_over_days(read, seed):
    r = random.Random(seed)
    a = g.word(r)
    ex = read(f"During the High-Level Conference on Intellectual Property for Countries along the {a} Economic Belt and the 21st "
              f"Century Maritime {a} Road in Beijing, China from 21 to 22 July 2031, the Round Table on Intellectual Property for "
              f"Countries along the {a} (closed session) was held by representatives.\n")
    assert sorted((e.label, e.date) for e in ex.events) == [
        (f"High-Level Conference on Intellectual Property for Countries along the {a} Economic Belt and the 21st Century "
         f"Maritime {a} Road", "2031-07-21"),
        (f"Round Table on Intellectual Property for Countries along the {a}", "2031-07-21")], ex.events
    ex = read(f" date 2031-08-26 Beijing\n\nAn intellectual property high-level conference for countries participating in the "
              f"{a} Initiative will be held in Beijing from Aug. 28 to 29, to boost cooperation.\n")
    assert [e.date for e in ex.events] == ["2031-08-28"], ex.events


@given(SEEDS)
def test_a_title_with_a_quoted_name_inside(read, seed):
    r = random.Random(seed)
    title = (f"Common Initiatives for Strengthening Cooperation between Countries along the \"{g.word(r)} and {g.word(r)}\" "
             f"in the Field of Intellectual Property")
    ex = read(f"Joint Statement on Pragmatic Cooperation in the Field of {g.word(r)} Property\n\nWe acknowledge the contribution by "
              f"the {title} (Common Initiatives) adopted in 2031.\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments
