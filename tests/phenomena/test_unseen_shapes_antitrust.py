"""Shapes met on real pages of the anti-monopoly rules on IP told by law firms' newsletters, translated commentaries
and agencies' news, each tested with generated names:
- "Open WeChat and scan the QR code", "HOME Overview Professional Fields … Contact Us Subscribe CN EN JP": chrome over
  the headline a breadcrumb ends with;
- "the Anti -Monopoly Law of the People's Republic of China" (a hyphen a page broke from its word), "the Anti-Monopoly
  Law of China", "the Anti-Monopoly Guide of the X Commission of the State Council in the Field of Y": titles whole."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_newsletters_chrome_over_its_headline(read, seed):
    r = random.Random(seed)
    head = f"Provisions of Prohibiting Abusing {g.word(r)} Rights to Exclude or Restrict Competition"
    ex = read(f"\nOpen WeChat and scan the QR code\nSubscribe to our WeChat public account\n\nHOME Overview Professional Fields Industry "
              f"Fields Professionals Global Network News Publications Join Us Contact Us Subscribe CN EN JP\nHOME > Publications > "
              f"Newsletter > {head}\n\n{head}\n\nThe {g.body(r)}\n\nJune 25, 2031\n\nThe administration promulgated the rules.\n")
    assert ex.document.title == head, ex.document.title


@given(SEEDS)
def test_law_titles_broken_by_a_page_or_named_with_the_country(read, seed):
    r = random.Random(seed)
    word = g.word(r)
    guide = f"Anti-{word} Guide of the Anti-{word} Commission of the State Council in the Field of Intellectual Property Rights"
    ex = read(f"Rules explained\n\nThese regulations are formulated in accordance with the \"Anti -{word} Law of the People's Republic "
              f"of China\". Articles 13 and 14 of the Anti-{word} Law of China prohibit agreements. The rules combine with the {guide} "
              f"(hereinafter referred to as the Guide).\n")
    titles = {i.title for i in ex.instruments}
    assert titles == {f"Anti -{word} Law of the People's Republic of China", f"Anti-{word} Law", guide}, titles
