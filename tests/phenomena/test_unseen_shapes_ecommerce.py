"""Shapes met on real pages about the E-Commerce Law and IP (a journal's column, a publisher's article page, a firm's
note on a draft amendment, a bilingual abstract), each tested with generated names:
- ——某某(某大学法学院院长、教授): a name signing a note, its posts in brackets after it;
- "某大学学报(社会科学版) 2031, Vol. 31 Issue (6): 1-6 PDF" over "●《某法》最新评论专题": a journal's masthead, then the
  column named for a law (no menu item) as the headline;
- "Skip to main content" / "Log in" over the headline: a site's account link, no part of it;
- "Proposed Amendments to Articles 43 and 84", "International Review of X and Y Law", "the Legal Regulation of the
  “X” Rule": provisions, a journal's name and governance by law, no titles."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_name_signing_a_note_with_its_posts_in_brackets(read, seed):
    r = random.Random(seed)
    name = g.zh_name(r)
    school = g.zh_place(r) + r.choice(["大学", "理工大学", "师范大学"])
    ex = read(f"{school}学报(社会科学版)  2031, Vol. {r.randint(10, 40)} Issue ({r.randint(1, 12)}): 1-6   PDF    \n\n"
              f"●《{r.choice(g.ZH_FIELDS)}法》最新评论专题\n\n主持人语:2031年8月31日,酝酿已久的法律顺利出台,本栏目及时回应需求,刊发三位学者的大作,"
              f"均具有较强的指导意义。\n\n          ——{name}({school}法学院院长、教授)\n\n平台责任问题及其反思\n{g.zh_name(r)}\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert posts == {(name, "院长", f"{school}法学院"), (name, "教授", f"{school}法学院")}, ex.posts
    assert ex.document.title.startswith("《"), ex.document


@given(SEEDS)
def test_an_account_link_over_the_headline(read, seed):
    r = random.Random(seed)
    title = f"Notice and Take Down: How the Shift from {g.word(r)} Law Poses a Disturbance to {g.word(r)} Commerce"
    ex = read(f"Skip to main content\n{r.choice(['Log in', 'Sign in', 'Log in / Register'])}\n\n{title}\n\n  • Article\n  • Published:\n"
              f"International Review of Intellectual Property and {g.word(r)} Law Aims and scope Submit manuscript\n\nAbstract\n\n"
              f"The procedure, as an enforcement tool of copyright, is equitable and balanced in its own field.\n")
    assert ex.document.title == title, ex.document
    assert not any("Review" in i.title or i.title.startswith("Intellectual Property and") for i in ex.instruments), ex.instruments


@given(SEEDS)
def test_provisions_amended_and_governance_by_law_are_no_titles(read, seed):
    r = random.Random(seed)
    law = f"PRC {g.word(r)} Law"
    rule = f"{g.word(r)} and {g.word(r)}"
    ex = read(f"Draft Amendment to the {law}\n\nOn August 31, 2031, the regulator issued draft amendments to the {law} for public comment.\n\n"
              f"A. Proposed Amendments to Articles {r.randint(10, 50)} and {r.randint(51, 99)}\n\nThe draft proposes amendments to only two "
              f"provisions of the {law}.\n\nResearch on the Legal Regulation of the “{rule}” Rule in Commerce\n")
    assert {i.title for i in ex.instruments} == {law}, ex.instruments
