"""Shapes met on real pages of a market regulator's draft rules and a supreme court's judicial interpretation, told by
blogs, law firms, legal news services and mirrors in both languages, each tested with generated names:
- "(X) released Draft Y Rules for public comment ... Comments are due by October 18": a sentence, no dated line;
  "UpdateTime:2031-01-07" and "(Nov. 5, 2031) On ..." are the page's dates;
- a firm's name in capitals ("KORVEL IP CO.,LTD") and a section's name in sentence case over the headline;
- the short names a text defines for titles it names ((“X Provisions”), (the “Y”)): no titles of their own, and
  their later mentions the full title's; "Interpretation (III) of A and B on ..."; "X Trade Secret Rules";
  "State Council Regulations" (a body's name and a kind: no title);
- a headline in title case ("Court Issues Judicial Interpretation on X Cases") that the text writes in lower case: a
  description, no title; an article headed by an instrument's title that its text names again mentions it, a text
  that says it is made ("... are hereby issued") is that instrument;
- "The X Committee concluded its 10th session on Tuesday" on a page without a date: the session, undated;
- 某工作座谈会暨第二批某试点启动会 (one meeting of two names), 本报北京11月1日电…日前召开 (not the dateline's day),
  第三届“某服务月”(以下简称“服务月”)活动 (an activity by its edition), 2031年和2032年两届活动中 (no year of the page)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_sentence_with_released_is_no_date_line_and_the_dates_pages_give(read, seed):
    r = random.Random(seed)
    body = g.body(r)
    head = f"{body} Releases Draft {g.word(r)} Rules for Public Comment"
    ex = read(f"{head}\n\nOn September 4, 2031, the {body} (KVB) released Draft {g.word(r)} Protection Rules for public "
              f"comment. Comments are due by October 18, 2031.\n")
    assert ex.document.date is None or ex.document.date == "", ex.document.date
    ex = read(f"{head}\n\nAuthor:{g.word(r).upper()},{g.word(r)} | UpdateTime:2031-01-07 | Hits:\n\nThe text.\n")
    assert ex.document.date == "2031-01-07", ex.document.date
    ex = read(f"{head}\n\n{head}\n\n(Nov. 5, 2031) On September 10, 2031, the {body} issued a rule.\n")
    assert ex.document.date == "2031-11-05", ex.document.date


@given(SEEDS)
def test_a_firms_name_in_capitals_and_a_section_in_sentence_case_over_the_headline(read, seed):
    r = random.Random(seed)
    head = f"Provisions of the {g.body(r)} on Several Issues Concerning {g.word(r)} Cases"
    ex = read(f"{g.word(r).upper()} {g.word(r).upper()} INTELLECTUAL PROPERTY CO.,LTD\n\n{head}\n\n  • Time of Release:2031-12-16 "
              f"15:42:15\n\nThe text of the provisions.\n")
    assert ex.document.title == head, ex.document.title
    head = f"{g.word(r)} Comments on the {g.word(r)} Secret Rules"
    ex = read(f"Administrative enforcement\n\n{head}\n\nThe {g.word(r)} Association has submitted comments on the draft.\n")
    assert ex.document.title == head, ex.document.title


@given(SEEDS)
def test_short_names_defined_after_titles_are_theirs(read, seed):
    r = random.Random(seed)
    a, b, c = g.word(r), g.word(r), g.word(r)
    first = f"Provisions of the {g.body(r)} on Several Issues Concerning the Trial of Civil Cases Involving {a} Infringement"
    second = (f"Interpretation (III) of the {g.body(r)} and the {g.body(r)} on Several Issues Concerning Specific Application "
              f"of Law in Handling Criminal Cases of {b} Infringement")
    ex = read(f"By {g.pinyin_name(r)}, {g.word(r)} Law Firm\n\nTwo interpretations were promulgated:\n\n  1. {first} (“Provisions on "
              f"{a} Civil Cases”);\n  2. {second} (the “Interpretation (III) on {b} Cases”)\n\nArticle 2 of Provisions on {a} Civil "
              f"Cases incorporates an earlier text. Under the State Council Regulations the {c} {g.word(r)} Rules apply.\n")
    titles = [i.title for i in ex.instruments]
    assert set(titles) == {first, second, f"{c} {titles[-1].split()[1]} Rules"} and titles.count(first) == 2, titles


@given(SEEDS)
def test_a_headline_described_in_lower_case_and_an_instrument_that_heads_an_article(read, seed):
    r = random.Random(seed)
    a = g.word(r)
    ex = read(f"Court Issues Judicial Interpretation on {a} Secrets Cases\n\nRecently, the court issued a judicial interpretation "
              f"on {a.lower()} secrets cases, effective from 12 September 2031.\n")
    assert not ex.instruments, ex.instruments
    title = f"Provisions of the {g.body(r)} on the Application of Law in {a} Infringement Trials"
    ex = read(f"{title} (Mainland China)\n\n{g.pinyin_name(r)}\n\nOn September 10, 2031, the court promulgated the {title} (the "
              f"“{a} Provisions”). The {a} Provisions contain standalone rules.\n")
    assert [i.title for i in ex.instruments] == [title, title], ex.instruments
    ex = read(f"{title}\n\nAnnouncement\n\nThe {title}, as adopted at the 1810th Session of its Judicial Committee on August 24, "
              f"2031, are hereby issued.\n")
    assert title not in [i.title for i in ex.instruments], ex.instruments


@given(SEEDS)
def test_a_body_that_concluded_its_session_on_a_page_without_a_date(read, seed):
    r = random.Random(seed)
    n = r.randint(5, 40)
    ex = read(f"Tag: {g.word(r)}\n\nThe {g.word(r)} Standing Committee concluded its {n}th session on Tuesday. It adopted changes "
              f"to two laws.\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"{n}th session", None)], ex.events


@given(SEEDS)
def test_a_meeting_of_two_names_an_activity_by_its_edition_and_a_dateline_before_days_ago(read, seed):
    r = random.Random(seed)
    place, topic = g.zh_place(r), g.zh_place(r)
    name = f"{topic}保护工作座谈会暨第二批全国{topic}保护创新试点启动会"
    ex = read(f"本报北京11月1日电 (记者{g.zh_name(r)})国家{place}总局日前在{place}市召开{name},部署开展试点。\n")
    assert [(e.label, e.date) for e in ex.events] == [(name, None)], ex.events
    ex = read(f"{place}总局在{place}市召开{name},系统总结试点成效。\n")
    assert [e.label for e in ex.events] == [name], ex.events
    month = f"企业{topic}保护能力提升服务月"
    ex = read(f"{place}总局关于开展第三届“{month}”活动的通知\n\n各省市场监管局:\n\n{place}总局决定于2031年6月开展第三届“{month}”"
              f"(以下简称“服务月”)活动。现将有关事项通知如下:\n")
    assert [e.label for e in ex.events] == [f"第三届“{month}”活动"], ex.events
    ex = read(f"{month}启动\n本报天津6月1日电(记者{g.zh_name(r)})日前,{place}总局在天津举办第三届“{month}”活动启动仪式。\n"
              f"2031年和2032年两届“服务月”活动中,全国共开展培训活动5300余场次。\n")
    assert not ex.document.date, ex.document.date
    assert [(e.label, e.date) for e in ex.events] == [(f"第三届“{month}”活动启动仪式", None)], ex.events
