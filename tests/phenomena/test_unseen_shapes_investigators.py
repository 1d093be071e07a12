"""Shapes met on real pages of the IP courts' technical investigators (a portal's copy of a paper's report, a newsletter,
Lexology), each tested with generated names:
- 该院技术调查室副主任甲: the court's office ("this court's"), the unit named;
- "A, deputy head of the court's technical investigation department": the department, not the court's possessive;
- 'an "Inaugural Meeting of the X Office" was held by the Y Court': the meeting, its name in quotation marks."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_an_office_of_this_court(read, seed):
    r = random.Random(seed)
    name, unit = g.zh_name(r), r.choice(["技术调查室", "政策研究室", "民事审判室"])
    ex = read(f"近日,{g.zh_place(r)}知识产权法院举行了聘任仪式。该院{unit}副主任{name}表示,取得了良好的效果。\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(name, "副主任", unit)], ex.posts


@given(SEEDS)
def test_a_department_after_a_possessive(read, seed):
    r = random.Random(seed)
    name, dept = g.pinyin_name(r), f"{g.word(r).lower()} investigation department"
    ex = read(f"Technicians Appointed\n\nA total of 115 technicians were appointed by the {g.word(r)} Court.\n\n\"Hearing technical cases has "
              f"become our job,\" said {name}, deputy head of the {r.choice(['court', 'office', 'bureau'])}'s {dept}.\n")
    assert [(p.person, p.role.lower(), p.org.surface if p.org else None) for p in ex.posts] == [(name, "deputy head", dept)], ex.posts


@given(SEEDS)
def test_a_meeting_named_in_quotation_marks_held(read, seed):
    r = random.Random(seed)
    name = f"Inaugural Meeting of the {g.word(r)} Investigation Office"
    quote = r.choice([('"', '"'), ("“", "”")])
    ex = read(f"Notes on a court\n\nOn October 22, 2031, an {quote[0]}{name}{quote[1]} was held by the {g.word(r)} Court, in which a name list "
              f"of 37 investigators was announced.\n")
    assert [(e.label, e.date) for e in ex.events] == [(name, "2031-10-22")], ex.events
