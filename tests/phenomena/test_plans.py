"""Plans in other shapes (numbering schemes, notes, line breaks lost): every measure, its part and its bodies."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _measures(ex):
    return [(m.number, m.part, [a.surface for a in m.agencies]) for m in ex.measures]


@given(SEEDS)
def test_english_plans_of_any_shape(read, seed):
    text, expected, year = g.plan(random.Random(seed), "en")
    ex = read(text)
    assert _measures(ex) == expected, text
    assert ex.document.kind == "plan" and ex.plan.year == year


@given(SEEDS)
def test_chinese_plans_of_any_shape(read, seed):
    text, expected, year = g.plan(random.Random(seed), "zh")
    ex = read(text)
    assert _measures(ex) == expected, text
    assert ex.plan.year == year


def test_generated_bodies_are_in_no_reference_file(reference):
    r = random.Random(7)
    for _ in range(200):
        for name in (g.body(r), g.zh_body(r)):
            assert reference.agency_by_name(name) is None and not reference.agencies_by_zh_name(name), name


def test_a_plan_on_one_line_with_parts_and_measures_numbered_alike(read):
    # the shape of a page that lost its line breaks: "... in 20311. Improve ...(1) ...1. ... (X)2. ..."
    r = random.Random(3)
    a, b, c = g.body(r), g.body(r), g.body(r)
    text = (f"Promoting the {g.word(r)} Strategy in 20311. Improve the {g.word(r)} system(1) Improve the rules"
            f"1. Formulate the {g.word(r)} guidelines. (Responsible for {a})2. Improve the services for small firms. "
            f"({b} and {c} are individually responsible for their duties)3. Publish the {g.word(r)} catalogue. ({a})")
    ex = read(text)
    assert _measures(ex) == [(1, "I", [a]), (2, "I", [b, c]), (3, "I", [a])]
    assert ex.plan.year == 2031


def test_the_year_of_a_plan_from_its_introduction_or_notice(read):
    r = random.Random(5)
    body = g.body(r)
    items = "\n".join(f"{n}. Improve the {g.word(r)} work. ({body})" for n in range(1, 4))
    ex = read(f"Key Tasks\n\nTo implement the Outline (2021-2035), the key tasks for 2027 are clarified and this plan is "
              f"formulated.\n{items}\n")
    assert ex.plan.year == 2027
    zh = g.zh_body(r)
    items = "\n".join(f"{n}.推进{g.zh_place(r)}工作。（{zh}负责）" for n in range(1, 4))
    ex = read(f"关于印发推进计划的通知\n国知办〔2029〕3号\n为贯彻落实纲要（2021—2035年），制定本计划。\n{items}\n")
    assert ex.plan.year == 2029


def test_numbered_paragraphs_of_news_are_not_measures(read):
    r = random.Random(11)
    text = (f"{g.word(r)} Office Reviews Its Year\n\n" + "\n\n".join(
        f"{n}. The office improved the {g.word(r)} service, officials said." for n in range(1, 5)))
    assert read(text).measures == []
