"""Shapes met on real pages about customs protection of IP (a wire story on a newspaper's page, a site's question page),
each tested with generated names:
- 国务院第N次常务会议修订通过的《某条例》……根据2031年3月24日《国务院关于修改〈某条例〉的决定》修订: the regulations revised,
  adopted; the State Council's decision that amends them is not itself revised;
- 根据2003年12月修订的《某条例》: a revision of a year past, adopted."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_regulations_revised_by_an_executive_meeting_and_the_decision_that_amends_them(read, seed):
    r = random.Random(seed)
    regs = f"中华人民共和国{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}保护条例"
    y = r.randint(2000, 2030)
    ex = read(f"新华社北京3月27日电(记者{g.zh_name(r)})国务院第{r.randint(20, 199)}次常务会议修订通过的《{regs}》日前正式公布,将于{y}年4月1日起施行。\n"
              f"《{regs}》根据{y}年3月24日《国务院关于修改〈{regs}〉的决定》修订,分为总则、法律责任、附则等5章,共33条。\n")
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(regs, "adopted")], ex.revisions


@given(SEEDS)
def test_a_revision_of_a_year_past(read, seed):
    r = random.Random(seed)
    regs = f"{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}保护条例"
    ex = read(f"海关备案是什么意思\n\n【海关备案是什么意思】海关备案指权利人将其知识产权的法律状况以书面形式通知主管部门。根据{r.randint(1995, 2025)}年12月修订的《{regs}》,"
              f"备案不再是实施保护的前提。\n")
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(regs, "adopted")], ex.revisions
