"""Shapes met on real pages of a design law treaty concluded at a diplomatic conference and of awards to proposals,
each tested with generated names:
- officials: "X's Ambassador to Saudi Arabia A B" (a country of two words before a name of two), "Dr. Abdulaziz AlB"
  (a name with a capital inside after Al);
- instruments: 借鉴专利法条约(PLT)以及商标法条约(TLT) (treaties named with their acronyms; the law's name inside a treaty's is
  no law of its own);
- events: 今年11月11日 on a page without a date (no year guessed), 政协第十二届某委员会某表彰会在京召开 (held and named by
  its number inside), "the X Conference on Design Law which took place in Y" (the relative clause is no part of the
  name)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_an_envoy_to_a_country_of_two_words_and_a_name_with_a_capital_inside(read, seed):
    r = random.Random(seed)
    first, last = g.word(r).capitalize(), g.word(r).capitalize()
    tail = g.word(r).capitalize()
    ex = read(f"T\n\nThe delegation headed by Lindor’s Ambassador to Saudi Arabia {first} {last} participated. The CEO of the Kelby Authority "
              f"for Intellectual Property Dr. Abdulaziz Al{tail} stated that.\n")
    posts = {(p.person, p.role) for p in ex.posts}
    assert (f"{first} {last}", "Ambassador To Saudi Arabia") in posts, posts
    assert (f"Abdulaziz Al{tail}", "CEO") in posts, posts


@given(SEEDS)
def test_treaties_with_acronyms_and_meetings_of_this_year_and_by_number(read, seed):
    r = random.Random(seed)
    a, b = f"{g.zh_place(r)}专利法条约", f"{g.zh_place(r)}设计法条约"
    ex = read(f"标题\n\n编者按:今年11月11日至22日,某组织缔结外观设计法条约外交会议在某地召开。条约草案由挪威共同提出,建议借鉴{a}(PLT)以及{b}(TLT)的理念。"
              f"近日,政协第十二届全国委员会{g.zh_place(r)}表彰会在京召开。\n")
    assert {i.title for i in ex.instruments} >= {a, b} and not any(i.title.startswith("建议") for i in ex.instruments), ex.instruments
    got = {(e.date, e.label) for e in ex.events}
    assert any(d == "--11-11" for d, _ in got), got
    assert any(label.startswith("政协第十二届") for _, label in got), got


@given(SEEDS)
def test_a_conference_named_before_a_relative_clause(read, seed):
    r = random.Random(seed)
    place = g.word(r).capitalize()
    ex = read(f"T\n\nPlenary Sessions of the WIPO Diplomatic Conference on Design Law which took place in {place} from November 11-22, 2031. "
              f"Photo: Authority.\n")
    assert [e.label for e in ex.events] == ["WIPO Diplomatic Conference on Design Law"], ex.events
