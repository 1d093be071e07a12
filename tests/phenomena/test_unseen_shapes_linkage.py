"""Shapes met on real English pages of the drug patent linkage system (a regulatory news site, a spam-headed mirror of a
law firm's article, a blog's tag page), each tested with generated names:
- a date line, the headline, "Author:" with the name left out, then bullets of the article's points: the headline;
- an analyst's card: the name, then the firm's name (a brand's, with a capital inside it) and the title on one line;
- "Improved X Law in The Y Industry": the law's title without the word that tells its state."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_headline_over_an_empty_author_label_and_bullets(read, seed):
    r = random.Random(seed)
    headline = f"How China’s {g.word(r)} Linkage System Will be Implemented"
    ex = read(f"2031-0{r.randint(1, 9)}-{r.randint(10, 28)}\n\n{headline}\n\nAuthor:\n\n\n  • The {g.word(r).lower()} linkage system intends "
              f"to resolve disputes between originators and generic applicants in the early stages \n\n  • The system does not apply "
              f"to patents that are not recorded \n\n\n{g.pinyin_name(r)} of {g.word(r)} & Partners raises some questions.\n")
    assert ex.document.title == headline, ex.document


@given(SEEDS)
def test_an_analysts_card_with_a_brand_and_a_title_on_one_line(read, seed):
    r = random.Random(seed)
    name = g.pinyin_name(r)
    brand = g.word(r) + g.word(r, 1)  # (KelmarDun: a capital inside the name)
    role = f"{r.choice(['Regulatory', 'Senior', 'Market'])} {r.choice(['Analyst', 'Editor'])}"
    ex = read(f"China Rolls Out Measures for {g.word(r)} Drugs\n\nby {name} Jul 23, 2031\n\nOn July 4, the office announced the measures "
              f"with immediate effect.\n\n{name}\n{brand} {role}\n+ FOLLOW\nCopyright: all contents of this website are reserved.\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(name, role, brand)], ex.posts


@given(SEEDS)
def test_a_law_named_with_a_word_for_its_state(read, seed):
    r = random.Random(seed)
    law = f"{g.word(r)} Rights Law"
    state = r.choice(["Improved", "Amended", "Revised", "Updated"])
    ex = read(f"{g.word(r)} Drug Linkage System\n\nOn July 4, 2031, two offices published methods for the early resolution of disputes."
              f"\n\n{state} {law} in The Pharmaceutical Industry\n\nThere is movement: the committee formally adopted the fourth "
              f"amendment to the {law}.\n")
    assert {i.title for i in ex.instruments} == {law}, ex.instruments
