"""Shapes met on real pages about the rules against bad-faith trademark filings (Mondaq notes, a firm's news, a trademark
index's newsletter), each tested with generated names:
- "the X Law, the latest amendment of which took effect on November 1, 2031": the law, revised;
- "the amended Trade Marks Law": a plural noun before the head that a headline would use as its verb;
- "the State Administration for Market Regulation of China": a body, no regulation; "Amendments to X Laws" (a site's
  section): no title; "Rules on Regulating X Acts in Force" (a headline): the rules."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_law_whose_latest_amendment_took_effect(read, seed):
    r = random.Random(seed)
    law = f"{g.word(r)} Law"
    ex = read(f"The regulator announced the enactment of new rules, which will be in force from December 1. The rules are intended to better "
              f"implement the {law}, the latest amendment of which took effect on November 1, 2031.\n")
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(law, "adopted")], ex.revisions


@given(SEEDS)
def test_a_plural_noun_before_a_laws_head(read, seed):
    r = random.Random(seed)
    noun = r.choice(["Trade Marks", "Plant Varieties", "Trade Secrets", "Geographical Indications"])
    ex = read(f"Specifically, the rules are for facilitating the implementation of the amended {noun} Law approved by the Standing Committee "
              f"of the {g.word(r)} People's Congress on 23rd April 2031.\n")
    assert [i.title for i in ex.instruments] == [f"{noun} Law"], ex.instruments
    assert [rv.title for rv in ex.revisions] == [f"{noun} Law"], ex.revisions


@given(SEEDS)
def test_a_bodys_field_a_sites_section_and_a_headlines_verb_are_no_titles(read, seed):
    r = random.Random(seed)
    rules = f"Rules on Regulating {g.word(r)} Filing Acts"
    ex = read(f"Amendments to {g.word(r)} Laws\n\nPrint this page\n\n{rules} in Force\n\nThe {rules} were reviewed and approved by the State "
              f"Administration for Market Regulation of China on October 10, 2031 and will be implemented on December 1, 2031.\n")
    assert {i.title for i in ex.instruments} == {rules}, ex.instruments
