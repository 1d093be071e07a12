"""Shapes met on real pages of regional IP cooperation (Yangtze River Delta, Pan-Pearl River Delta: provincial portals, a
wire report's copy, a city paper, China Daily, a government's news), each tested with generated names:
- 《某地区某一体化发展框架协议书》…根据《框架协议书》: one instrument (the short name of the one named before); titles that
  end in 协议书, 举措 or a version (…框架协议书2.0);
- 新华社某地4月19日电 … 这是19日在某地举行的“…”新闻发布会上传出的消息: the press conference, on the 19th;
- "The headline| Updated: April 21, 2031 L M S": the headline alone; "A news conference on intellectual property, or IP,
  development in the X region was held … on April 20": the news conference;
- "at the 2031 X Co-operation Joint Conference" (a year's conference), not "the 2031 Joint Conference" (the body)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_agreements_measures_versions_and_a_short_name(read, seed):
    r = random.Random(seed)
    region = g.zh_place(r)
    frame = f"{region}地区{r.choice(g.ZH_FIELDS)}一体化发展框架协议书"
    measures = f"关于在{region}示范区强化{r.choice(g.ZH_FIELDS)}推进先行先试的若干举措"
    second = f"{region}地区{r.choice(g.ZH_FIELDS)}更高质量一体化发展框架协议书2.0"
    ex = read(f"{r.randint(1, 12)}月{r.randint(1, 28)}日上午,新闻发布会在某地召开。会上,各局共同签署了《{frame}》。根据《框架协议书》,各方将建立机制。"
              f"为推动落实《{measures}》,各方联合签署《{second}》。\n")
    assert sorted(i.title for i in ex.instruments) == sorted([frame, measures, second]), ex.instruments


@given(SEEDS)
def test_a_day_of_the_month_inside_the_sentence(read, seed):
    r = random.Random(seed)
    d, year = r.randint(2, 28), r.randint(2015, 2030)
    name = f"“{year}年{g.zh_place(r)}地区{r.choice(g.ZH_FIELDS)}发展与保护状况”新闻发布会"
    ex = read(f"新华社{g.zh_place(r)}4月{d}日电(记者{g.zh_name(r)}){g.zh_place(r)}地区将加强保护。\n\n这是{d}日在{g.zh_place(r)}举行的{name}上传出的消息。\n")
    assert [(e.label, e.date) for e in ex.events] == [(name, f"{year}-04-{d:02d}")], ex.events


@given(SEEDS)
def test_a_headline_with_its_update_and_a_news_conference_on_a_topic(read, seed):
    r = random.Random(seed)
    region = g.word(r)
    headline = f"{region} River region boosts IP cooperation"
    ex = read(f"\nHome> Latest\n\n{headline}| Updated: April 21, 2031 L M S\n\n\nA news conference on intellectual property, or IP, "
              f"development in the {region} River region was held in {g.word(r)} city on April 20, where the IP departments shared "
              f"information.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-04-21"), ex.document
    assert [e.date for e in ex.events] == ["2031-04-20"], ex.events


@given(SEEDS)
def test_a_years_joint_conference_and_the_body(read, seed):
    r = random.Random(seed)
    name = f"2031 Pan-{g.word(r)} IP Co-operation Joint Conference"
    ex = read(f"Notes on a region\n\nThe agreement was signed at the {name} today in {g.word(r)}. It was agreed that the 2031 Joint "
              f"Conference, with its members supporting each other, made progress.\n")
    assert [e.label for e in ex.events] == [name], ex.events
