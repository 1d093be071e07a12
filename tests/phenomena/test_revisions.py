"""Revisions tied to their measure: a measure that calls for revising several instruments gives each revision
with that measure's number (and so its agencies)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS, st.sampled_from(["en", "zh"]))
def test_each_revision_a_measure_calls_for_has_its_number(read, seed, lang):
    text, expected = g.revision_plan(random.Random(seed), lang)
    ex = read(text)
    got = sorted((r.measure, r.title) for r in ex.revisions)
    assert got == sorted(expected), text
    assert all(m.agencies for m in ex.measures)


@given(SEEDS, st.sampled_from(["en", "zh"]))
def test_a_measure_that_carries_out_an_amending_decision_reports_an_adopted_revision(read, seed, lang):
    """"Implement the Decision ... on Amending the X Law" / 贯彻实施《关于修改〈X〉的决定》: X is amended already (adopted,
    called for by no measure); "Draft the Decision on Amending the Y Law" plans Y's revision in that measure."""
    r = random.Random(seed)
    if lang == "en":
        done, todo = f"{g.word(r)} {g.word(r)} Law", f"{g.word(r)} {g.word(r)} Law"
        body = f"Standing Committee of the {g.word(r)} Congress"
        text = (f"Work Plan of the {g.word(r)} Strategy in {r.randrange(2010, 2031)}\n\nI. Improve the Laws\n\n"
                f"1. {r.choice(['Implement', 'Publicise', 'Carry out'])} the Decision of the {body} on Amending the {done}, "
                f"and train the officials who enforce it. ({g.body(r)})\n\n"
                f"2. {r.choice(['Draft', 'Formulate'])} the Decision on Amending the {todo}. ({g.body(r)})\n")
    else:
        done = f"{g.zh_place(r)}{r.choice(['专利法', '著作权法', '商标法'])}"
        todo = f"{g.zh_place(r)}{r.choice(['专利法', '著作权法', '商标法'])}"
        text = (f"{r.randrange(2010, 2031)}年知识产权工作推进计划\n一、完善制度\n"
                f"1.{r.choice(['贯彻实施', '认真落实', '宣传贯彻'])}《{g.zh_place(r)}人大常委会关于修改〈{done}〉的决定》，做好培训。"
                + g.zh_note(r, [g.zh_body(r)]) + "\n"
                f"2.起草《关于修改〈{todo}〉的决定》。" + g.zh_note(r, [g.zh_body(r)]) + "\n")
    ex = read(text)
    got = {(rv.title, rv.status, rv.measure) for rv in ex.revisions}
    assert (done, "adopted", None) in got, text
    assert (todo, "planned", 2) in got, text
