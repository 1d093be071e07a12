"""Revisions tied to their measure: a measure that calls for revising several instruments gives each revision
with that measure's number (and so its agencies)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS, st.sampled_from(["en", "zh"]))
def test_each_revision_a_measure_calls_for_has_its_number(read, seed, lang):
    text, expected = g.revision_plan(random.Random(seed), lang)
    ex = read(text)
    got = sorted((r.measure, r.title) for r in ex.revisions)
    assert got == sorted(expected), text
    assert all(m.agencies for m in ex.measures)
