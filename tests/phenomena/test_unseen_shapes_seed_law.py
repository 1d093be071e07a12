"""Shapes met on real pages of the Seed Law's revisions (a wiki's texts in both languages, a journal mirror, a network's
bulletin, a trade site), each tested with generated names:
- 2031年12月26日於人民大會堂: a hall, no congress;
- "4494746X Law of the People's Republic of China2031" (a page's numbers glued to the words): no title;
  "the Decision on Amending the Law of X on Protection of Y and Other Eleven Laws": the law it names is the first;
- "2031-03-14 08:37甲乙丙": a date and time with the authors' names glued after them;
- "X Info Service on Y and Z 4 March 2031" on the first line: a bulletin's name and its day;
- "Industry new" (a section's name in sentence case) over the headline."""

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@given(SEEDS)
def test_a_hall_is_no_congress(read, seed):
    r = random.Random(seed)
    name = g.zh_name(r)
    ex = read(f"关于检查《{g.zh_place(r)}法》实施情况的报告\n{g.zh_body(r)}主任 {name}\n2031年12月26日于人民大会堂\n"
              f"(在第十四届全国人民代表大会常务委员会第七次会议上)\n\n全国人民代表大会常务委员会:\n\n今年开展了执法检查。\n")
    assert [e.label for e in ex.events] == ["第十四届全国人民代表大会常务委员会第七次会议"], ex.events


@given(SEEDS)
def test_glued_numbers_and_a_decision_amending_several_laws(read, seed):
    r = random.Random(seed)
    w, v = g.word(r), g.word(r)
    ex = read(f"{w} Law of the People's Republic of China (2031)\n\n(Adopted at the 16th Meeting of the Standing Committee of the Ninth National "
              f"People's Congress on July 8, 2000, amended for the second time in accordance with the Decision on Amending the Law of the "
              f"People's Republic of China on Protection of {v} Relics and Other Eleven Laws adopted at the 3rd Meeting of the Standing "
              f"Committee of the Twelfth National People's Congress on June 29, 2013.)\n\n{r.randint(1000000, 9999999)}{w} Law of the "
              f"People's Republic of China2031\n\nChapter I General Provisions\n")
    titles = {i.title for i in ex.instruments}
    assert not any(re.search(r"\d{3,}", t) for t in titles), titles
    assert f"Law of the People's Republic of China on Protection of {v} Relics" in titles, titles


@given(SEEDS)
def test_a_date_and_time_with_the_authors_glued(read, seed):
    r = random.Random(seed)
    y, m, d = r.randint(2015, 2035), r.randint(1, 12), r.randint(1, 28)
    authors = "".join(r.choice(g.ZH_SURNAMES) + "".join(r.sample(g.ZH_GIVEN, 2)) for _ in range(r.randint(3, 4)))  # (three names or more)
    ex = read(f"新修订修正《{g.zh_place(r)}法》解读\n\n{y}-{m:02d}-{d:02d} 08:37{authors}\n某某科技 {y}年20期\n\n我国种业发展经历了五个阶段。\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}", ex.document


@given(SEEDS)
def test_a_bulletins_name_and_its_day(read, seed):
    r = random.Random(seed)
    y, m, d = r.randint(2000, 2035), r.randint(1, 12), r.randint(1, 28)
    ex = read(f"{g.word(r).upper()} Info Service on Intellectual Property and {g.word(r)} {d} {_MONTHS[m - 1]} {y}\n{g.pinyin_name(r)} ({g.word(r)} "
              f"Network) describes important aspects of the final revision.\nThe revised law was adopted by the Standing Committee of the "
              f"National People's Congress and went into effect a few weeks later.\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}", ex.document


@given(SEEDS)
def test_a_section_in_sentence_case_over_the_headline(read, seed):
    r = random.Random(seed)
    title = f"China publishes newly amended {g.word(r).lower()} law"
    ex = read(f"Language: Chinese ∷  English\n\n{r.choice(['Industry', 'Company', 'Market'])} {r.choice(['new', 'news', 'info'])}\n\n{title}\n\n"
              f"On December 24, 2031, the National People's Congress published an amended law, which will come into effect next year.\n")
    assert ex.document.title == title, ex.document

