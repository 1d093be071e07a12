"""Shapes met on real pages of the draft regulations on service inventions and of folk literature and art (law firms'
pages, a document site, a blog, a spam-headed journal page in traditional script), each tested with generated names:
- a page that opens with a paragraph of two sentences leading into a list: no headline, and the title it names read;
- "the X law and the Y law" (a capitalised word and "law" in lower case), "Article 6 of the current Chinese x law": the
  statutes; not "the Chinese law", "the X law enforcement";
- 'the State Council issued an official document “The outline for the development of X: from 2010 to 2020”': a title
  in lower case a document issued holds; "the 2010-2020 Guidelines for mid-long term development of x, which …": a
  title its years open, up to the clause's end;
- 某公司技术员甲和某大学教授乙及他的研究生: the professor (a name of three characters of a family outside the common
  ones, then 及), of the university alone; 部长会晤及…: a meeting of ministers, no person."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_paragraph_at_the_top_and_the_title_it_names(read, seed):
    r = random.Random(seed)
    title = f"Draft Regulations on {g.word(r)} Inventions"
    ex = read(f"The {title} were released by the {g.body(r)} for public comment on 12 November 2031. Articles 21 and 22 of this "
              f"Draft increase the statutory minimums to:\n\n  • Reward – a total minimum reward of two months' salary.\n")
    assert ex.document.title in ("", None, "generated"), ex.document
    assert [i.title for i in ex.instruments] == [title], ex.instruments


@given(SEEDS)
def test_statutes_named_with_law_in_lower_case(read, seed):
    r = random.Random(seed)
    a, b, field = g.word(r), g.word(r), r.choice(["patent", "seed", "design", "copyright"])
    ex = read(f"Notes on {g.word(r)} inventions\n\nThe current laws including the {a} law and the {b} law have established the "
              f"system. Article {r.randint(2, 80)} of the current Chinese {field} law defines the invention. Under the Chinese law "
              f"and the {g.word(r)} law enforcement practice, the entity owns it.\n")
    assert {i.title for i in ex.instruments} == {f"{a} law", f"{b} law", f"Chinese {field} law"}, ex.instruments


@given(SEEDS)
def test_titles_in_lower_case_that_a_document_holds_or_its_years_open(read, seed):
    r = random.Random(seed)
    topic = g.word(r).lower()
    outline = f"outline for the development and the planning of {topic} in a medium to long term: from 2010 to 2020"
    guidelines = f"Guidelines for Mid-long term development regarding {topic} people"
    ex = read(f"Notes on {g.word(r)} inventions\n\nThe State Council issued in June 2010 an official document “The {outline}”. "
              f"The government issued the 2010-2020 {guidelines}, which led to the draft.\n")
    assert {i.title for i in ex.instruments} == {outline, guidelines}, ex.instruments


@given(SEEDS)
def test_a_professor_after_a_technician_and_a_meeting_of_ministers(read, seed):
    r = random.Random(seed)
    name = r.choice("赤柯韦邝濮芮") + "".join(r.choice(g.ZH_GIVEN) for _ in range(2))
    school = g.zh_place(r) + r.choice(["大学", "工业大学"])
    ex = read(f"获此奖者共三人,即当年{g.zh_place(r)}公司技术员{g.zh_name(r)}和{school}教授{name}及他的研究生{g.zh_name(r)}。\n"
              f"多年来逐步形成了包括领导人会晤、外长会晤、专业部长会晤及各领域务实合作在内的机制。\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(name, "教授", school)], ex.posts
