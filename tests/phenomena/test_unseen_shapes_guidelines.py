"""Shapes met on real pages of law firms' newsletters on revised examination guidelines and of articles on a law's
amendment, each tested with generated names: a newsletter's greeting to a registered reader over the headline, titles
that end with "Guidelines" and open with "Guides for", "issues the new version of the X" and a notice on the draft
amendments to the X (the X, revised); an article cited with where it was published (某某:《…》,载《某刊》), a law named
by its draft of revision (《某法修订草案》: the law, under revision)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_guidelines_revised_and_a_newsletters_greeting(read, seed):
    r = random.Random(seed)
    field = f"{g.word(r)} Examination"
    head = f"{g.word(r)} IP Updates: August 2031 (Issue 2)"
    ex = read(f"Thank You\n\nYou are now registered for our {g.word(r)} Insights Newsletter\n\n{head}\n\nPublished on 16 Aug 2031 | "
              f"1 minute read\n\nThe office has made revisions to certain provisions of the {field} Guidelines, released in draft "
              f"for comment.\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-08-16"), (ex.document.title, ex.document.date)
    assert f"{field} Guidelines" in {i.title for i in ex.instruments}, ex.instruments
    assert f"{field} Guidelines" in {v.title for v in ex.revisions}, ex.revisions
    guides = f"Guides for {field}"
    ex = read(f"Office Issues New Guides\n\nJuly 6, 2031\nThe {g.body(r)} draws up and issues the new version of the {guides}. "
              f"It will take force on July 1.\n")
    assert guides in {v.title for v in ex.revisions}, ex.revisions
    notice = f"Notice regarding Solicitation of Public Opinions on the Draft Amendments to the Guidelines for {field}"
    ex = read(f"Office Released Draft Amendments\n\nOn April 30, 2031, the {g.body(r)} released the {notice} (for Comments).\n")
    assert f"Guidelines for {field}" in {v.title for v in ex.revisions}, ex.revisions


@given(SEEDS)
def test_articles_cited_and_a_law_named_by_its_draft(read, seed):
    r = random.Random(seed)
    field = r.choice(g.ZH_FIELDS)
    law = f"{field}法"
    article = f"{g.zh_place(r)}体制转型与{field}立法"
    ex = read(f"重构我国{field}制度\n\n2031-01-28 09:16\n\n然而,{law}修订草案未采取措施弥补这些缺陷。国务院法制办公布的《{law}修订草案》未作修改。"
              f"①{g.zh_name(r)}:《{article}》,载《{g.zh_place(r)}法学》2030年第2期。\n")
    titles = {i.title for i in ex.instruments}
    assert law in titles and article not in titles and f"{law}修订草案" not in titles, titles
    assert law in {v.title for v in ex.revisions}, ex.revisions
