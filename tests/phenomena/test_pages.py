"""Titles and dates of pages as published: site chrome of any shape before the headline (navigation bars,
breadcrumbs, language switches, print and share bars, the site's own name), date lines of many shapes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_english_pages(read, seed):
    text, title, iso = g.en_page(random.Random(seed))
    doc = read(text).document
    assert (doc.title, doc.date) == (title, iso), text


@given(SEEDS)
def test_chinese_pages(read, seed):
    text, title, iso = g.zh_page(random.Random(seed))
    doc = read(text).document
    assert (doc.title, doc.date) == (title, iso), text


def test_a_page_that_opens_with_its_body_has_no_headline(read):
    r = random.Random(2)
    text = (f"{g.pinyin_name(r)}, Director General of the {g.body(r)}, said on Monday that the office would open a "
            f"new service for the examination of design rights in the coming months, officials said.\n")
    assert read(text).document.title == "generated"  # no headline: the document's id stands for it
