"""A name two bodies have borne (知识产权局: SIPO before 2018-08-28, CNIPA after), settled when the page states no
date by the year its text names or by the other bodies it names."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _org_of(ex, person):
    return next(p.org.key for p in ex.posts if p.person == person)


@given(SEEDS, st.integers(min_value=2009, max_value=2030))
def test_by_the_date_the_text_names(read, seed, year):
    r = random.Random(seed)
    name, month, day = g.zh_name(r), r.randrange(1, 13), r.randrange(1, 28)
    ex = read(f"会见\n\n{year}年{month}月{day}日，国家知识产权局局长{name}在京会见代表团。\n")
    assert _org_of(ex, name) == ("sipo" if (year, month, day) < (2018, 8, 28) else "cnipa")


@given(SEEDS, st.sampled_from([("市场监管总局", "cnipa"), ("国家工商行政管理总局", "sipo")]))
def test_by_the_other_bodies_it_names(read, seed, case):
    other, expected = case
    r = random.Random(seed)
    name, name2 = g.zh_name(r), g.zh_name(r)
    ex = read(f"会见\n\n{r.randrange(1, 13)}月{r.randrange(1, 28)}日，国家知识产权局局长{name}会见代表团，{other}副局长{name2}参加。\n")
    assert _org_of(ex, name) == expected
