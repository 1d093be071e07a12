"""Instruments: long titles holding "of", "and", possessives or a line break read whole; words that only name a
kind of document are not titles."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_long_titles_are_read_whole(read, seed):
    sentence, title = g.en_instrument_sentence(random.Random(seed))
    ex = read(f"Rules Released\n\n{sentence}\n")
    assert title in [i.title for i in ex.instruments], sentence


def test_a_kind_of_document_is_no_title(read):
    ex = read("Plans Ahead\n\nThe Action Plan and the Annual Work Plan will be revised, the office said.\n")
    assert ex.instruments == []
    ex = read("通知\n\n会议审议通过了《规划》和《纲要》。\n")
    assert ex.instruments == []


@given(SEEDS)
def test_chinese_titles_in_brackets_and_their_revision(read, seed):
    r = random.Random(seed)
    title = f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}条例"
    ex = read(f"通知\n\n会议审议并修订了《{title}》。\n")
    assert [i.title for i in ex.instruments] == [title]
    assert [rv.title for rv in ex.revisions] == [title]
