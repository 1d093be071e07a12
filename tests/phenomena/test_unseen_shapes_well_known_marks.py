"""Shapes met on real English pages of well-known trademarks (a magazine page, a thesis's contents), each tested with
generated names:
- "issued Notice on Strengthening the X of the Work related to the Protection of Y in Z Cases": a translated title
  with a participle in lower case inside it, read whole."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_title_with_a_participle_in_lower_case(read, seed):
    r = random.Random(seed)
    link = r.choice(["related to", "relating to"])
    title = (f"Notice on Strengthening the Investigation and Handling of the Work {link} the Protection of {g.word(r)} Trademarks in "
             f"{g.word(r)} Cases")
    ex = read(f"How are marks protected?\n\nOn November 19 2031, the office issued {title} (herein after referred to as the notice).\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments
