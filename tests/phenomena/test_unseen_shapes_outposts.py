"""Shapes met on real pages of the centre and local branches for overseas IP disputes, told by wire reports, an
agency's English news, a law firm's alert and Chinese notices and reprints, each tested with generated names:
- "BEIJING, Jan. 23 (Xinhua) -- ..., according to a press conference on Friday" on a page that names one year once
  ("took effect in May 2030"): the year in which that day is a Friday; with no weekday, and one year named once, no
  date at all;
- "Per the Working Rules, ...": the short name of rules named before, no title;
- 出具某报告、举办某专项指导交流会等 (kinds of work a body does): no event."""

import datetime
import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(SEEDS)
def test_a_wire_reports_year_from_the_weekday_it_names(read, seed):
    r = random.Random(seed)
    year, month, day = r.randint(2031, 2040), r.randint(1, 12), r.randint(1, 28)
    when = datetime.date(year, month, day)
    mon = when.strftime("%b.")
    ex = read(f"BEIJING, {mon} {day} (Xinhua) -- China has set up a network to help firms, according to a press conference on "
              f"{DAYS[when.weekday()]}.\nThe {g.body(r)}'s regulations took effect in May {year - 1}. By the end of {year - 1}, "
              f"99 centres had been set up.\n")
    assert ex.document.date == when.isoformat(), ex.document.date
    ex = read(f"BEIJING, {mon} {day} (Xinhua) -- China has set up a network to help firms, a senior official said.\nThe "
              f"regulations took effect in May {year - 1}.\n")
    assert not ex.document.date, ex.document.date


@given(SEEDS)
def test_a_short_name_of_working_rules_and_kinds_of_work(read, seed):
    r = random.Random(seed)
    rules = f"Working Rules for Local Branches of the {g.word(r)} Dispute and Guidance Center"
    ex = read(f"{g.word(r)} Clarifies Local Branches' Missions\n\nThe office recently issued the {rules} (trial). Per the Working "
              f"Rules, local branches are established with its approval.\n")
    assert {i.title for i in ex.instruments} == {rules}, ex.instruments
    ex = read(f"近日,{g.zh_place(r)}市知识产权保护中心获批设立地方分中心。\n中心为重点企业出具《海外专利预警分析报告》、发放提示函、"
              f"举办海外知识产权专项指导交流会等,提供咨询指导服务。\n")
    assert not ex.events, ex.events
