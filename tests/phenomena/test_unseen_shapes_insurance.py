"""Shapes met on real English pages of IP insurance (a law firm's article, a paywalled magazine page, a portal's archive,
a news site, a translated provincial report, a magazine page with its byline and the author's card), each tested with
generated names:
- cities' instruments in quotation marks, one of them ending in "Implementation Opinions";
- an author's card, a line each: the name, the title, the firm."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_quoted_instruments_of_cities_and_implementation_opinions(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    opinions = f"{a} City Patent Insurance Pilot Work Implementation Opinions"
    measures = f"{a} City Patent Insurance Interim Measures for the Management of Subsidy Funds"
    plan = f"{b} Intellectual Property Office Patent Insurance Pilot Work Plan"
    ex = read(f"{g.word(r)}: Exploring Patent Insurance Services\n\nIn recent years, the pilot areas have issued policies. {b} City "
              f"formulated the \"{plan}\", {a} City formulated the \"{opinions}\" and \"{measures}\".\n")
    assert [i.title for i in ex.instruments] == [plan, opinions, measures], ex.instruments


@given(SEEDS)
def test_an_authors_card(read, seed):
    r = random.Random(seed)
    name, firm = g.pinyin_name(r), f"{g.word(r)} & Co"
    role = r.choice(["Partner", "Senior Partner", "Associate", "Counsel"])
    ex = read(f"Trends with {g.word(r).lower()} insurance\n\nBy {name} and {g.pinyin_name(r)}, {firm}\n0\n{r.randint(100, 2000)}\n\n"
              f"Insurance is an important financial measure which the state can use to support its strategy.\n\n{name}\n{role}\n{firm}\n\n"
              f"Insurance is still in the initial stage of development.\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(name, role, firm)], ex.posts
