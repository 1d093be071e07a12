"""Shapes met on real pages of a regional meeting of heads of IP offices over the years, told by an office's English
news, law firms and a firm's news, each tested with generated names:
- "A, Rotating Chairman of the X Working Group (XWG) and Director General of the Y Office (YO)": two posts; "B,
  Director of the Z Directorate under the W Secretariat and heads of IP offices of the member states were present": one
  post (the heads are others);
- "China, X IP Heads Enhance Cooperation at The 13th Gathering2031-09-21": a headline and its day glued after it, no
  person named "Enhance Cooperation";
- "The 13th China-X (Association of Y Nations) Heads of IP Offices Meeting was held … on August 24" (a name with words
  in brackets); "the 10th Meeting of X was held … and CNIPA Commissioner A chaired the meeting": one meeting."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_two_posts_in_one_apposition_and_the_heads_of_others(read, seed):
    r = random.Random(seed)
    a, b = g.foreign_name(r), g.foreign_name(r)
    group, office = f"{g.word(r)} Working Group on Intellectual Property Cooperation", f"Intellectual Property Office of {g.country(r)}"
    ex = read(f"On November 25, the 12th Meeting of heads kicked off online. {a}, Rotating Chairman of the {group} (KWG) and Director "
              f"General of the {office} (KIPO), the Secretariat and the heads of offices were present. {b}, Director of the Market "
              f"Integration Directorate under the {g.word(r)} Secretariat and heads of IP offices of the member states were also present.\n")
    posts = {(p.person, p.role) for p in ex.posts}
    assert {(a, "Rotating Chairman"), (a, "Director General"), (b, "Director")} == posts, ex.posts


@given(SEEDS)
def test_a_headline_with_its_day_glued_and_numbered_meetings(read, seed):
    r = random.Random(seed)
    region = g.word(r).upper()
    ex = read(f"China, {region} IP Heads Enhance Cooperation at The 13th Gathering2031-09-21\n\nThe 13th China-{region} (Association of "
              f"{g.word(r)} Nations) Heads of IP Offices Meeting was held both online and offline on August 24. The commissioner led "
              f"the delegation.\n")
    assert (ex.document.title, ex.document.date) == (f"China, {region} IP Heads Enhance Cooperation at The 13th Gathering",
                                                     "2031-09-21"), ex.document
    assert not ex.posts, ex.posts
    assert [e.date for e in ex.events] == ["2031-08-24"], ex.events
    ex = read(f"The 10th Meeting of China-{region} Heads of Intellectual Property Offices Held\n\nOn the afternoon of September 2, the "
              f"10th Meeting of China-{region} Heads of Intellectual Property Offices was held in Hangzhou and CNIPA Commissioner "
              f"{g.pinyin_name(r)} chaired the meeting and gave a speech.\n")
    assert [e.label for e in ex.events] == [f"10th Meeting of China-{region} Heads of Intellectual Property Offices"], ex.events
