"""Events: meetings reported by the headline's verb, sessions dated by a weekday or a date, named events with no
date, press conferences dated by a transcript's Date line, collective studies, briefings, numbered forums."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _has(ex, expected) -> bool:
    return all(any((not date or e.date == date) and words.lower() in e.label.lower() for e in ex.events)
               for date, words in expected)


@given(SEEDS, st.integers(min_value=0, max_value=10))
def test_english_events(read, seed, shape):
    text, expected = g.en_event_page(random.Random(seed), shape)
    ex = read(text)
    assert _has(ex, expected), (text, [(e.date, e.label) for e in ex.events])


@given(SEEDS, st.integers(min_value=0, max_value=7))
def test_chinese_events(read, seed, shape):
    text, expected = g.zh_event_page(random.Random(seed), shape)
    ex = read(text)
    assert _has(ex, expected), (text, [(e.date, e.label) for e in ex.events])


def test_a_body_named_after_a_meeting_is_no_event(read):
    r = random.Random(4)
    body = g.zh_place(r) + "知识产权工作联席会议办公室"
    ex = read(f"通知\n发布时间：2021-03-04  来源：{body}\n\n3月1日，{body}印发工作要点。\n")
    assert not [e for e in ex.events if "办公室" in e.label]


def test_a_congress_mentioned_only_is_no_event(read):
    ex = read("Study Session\n\nThe office studied the guiding principles of the 21st National Congress of the Kelp Party.\n")
    assert not [e for e in ex.events if "Congress" in e.label]


def test_a_meeting_a_text_refers_to_is_not_one_it_reports(read):
    r = random.Random(11)
    place = g.zh_place(r)
    ex = read(f"工作要点\n\n2031年3月2日，{place}局印发要点，要求认真落实省第{g.ZH_NUMERALS[3]}次党代会和{place}经济工作会议部署。\n")
    assert not ex.events, [(e.date, e.label) for e in ex.events]


def test_a_body_whose_name_ends_in_hui_is_no_meeting(read):
    r = random.Random(12)
    body = g.zh_place(r) + "知识产权协会"
    ex = read(f"通知\n\n5月6日，{body}在京召开。\n")
    assert not [e for e in ex.events if e.label.endswith("协会")]


def test_a_person_meeting_another_in_a_headline_is_no_named_meeting(read):
    r = random.Random(13)
    b, p1, p2 = g.body(r), g.pinyin_name(r), g.foreign_name(r)
    ex = read(f"{b} Deputy Commissioner {p1} Meeting {g.word(r).upper()} Deputy Director General\n\n"
              f"Recently, {p1} met {p2} in {g.word(r)} City.\n")
    assert not [e for e in ex.events if "Meeting" in e.label], [(e.date, e.label) for e in ex.events]
