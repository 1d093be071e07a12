"""Shapes met on real English pages of the technology import and export regulations (law databases, a firm's insight,
Mondaq), each tested with generated names:
- a text's title with its edition, the note of its history ("(Promulgated by Order No. 331 …; revised for the second
  time in accordance with the Decision of the State Council on Revising Certain Administrative Regulations on …)"): the
  text's own revision, and no title "Certain Administrative Regulations"; a text on one line: its title with its edition;
- "the State Council by its decision No. 709 deleted several provisions of the X": a revision of X;
- "14/10/2031" under a byline: the day first."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_texts_history_under_its_title(read, seed):
    r = random.Random(seed)
    regs = f"Administrative Regulations of the People's Republic of China on {g.word(r)} Import and Export"
    ex = read(f"{regs} (Revised in 2031)\n{regs} (Revised in 2031)\nOrder of the State Council No. {r.randint(100, 999)}\nNovember 29, 2031\n"
              f"(Promulgated by the Order of the State Council No. 331 on December 10, 2001; revised for the first time in accordance with "
              f"the Decision of the State Council on Repealing and Revising Certain Administrative Regulations on January 8, 2011; revised "
              f"for the second time in accordance with the Decision of the State Council on Revising Certain Administrative Regulations "
              f"on March 2, 2019)\nChapter I General Provisions\n")
    assert [rv.title for rv in ex.revisions] == [regs], ex.revisions
    assert not any(i.title.startswith(("Certain", "Repealing")) for i in ex.instruments), ex.instruments


@given(SEEDS)
def test_a_text_on_one_line_titled_with_its_edition(read, seed):
    r = random.Random(seed)
    title = f"Regulations of the People's Republic of China on the Administration of {g.word(r)} Technologies (2031 Revision)"
    words = " ".join(f"Article {k} These regulations are formulated to provide rules for the administration of technologies." for k in range(1, 8))
    ex = read(f"{title} Regulations of the People's Republic of China (Promulgated by Order No. 331 of the State Council on December "
              f"10, 2001) Chapter I General Principles {words}\n")
    assert ex.document.title == title, ex.document


@given(SEEDS)
def test_provisions_deleted_and_a_day_first_date(read, seed):
    r = random.Random(seed)
    regs = f"Regulations of the People's Republic of China on the Administration of Import and Export of {g.word(r)}"
    ex = read(f"{g.word(r)} Update\n\n{g.pinyin_name(r)}\n14/10/2031\n\nOn March 2, 2031 the State Council by its decision No. 709 in "
              f"paragraph 38 deleted several provisions of the {regs} (\"TIER\") which have been at the center of problems.\n")
    assert ex.document.date == "2031-10-14", ex.document
    assert [rv.title for rv in ex.revisions] == [regs], ex.revisions
