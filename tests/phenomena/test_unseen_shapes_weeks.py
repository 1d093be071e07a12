"""Shapes met on real pages of local IP weeks and meetings, each tested with generated names:
- headlines and dates: a date after its label written month first (时间:4/22/2031 8:41:58 AM); a counter of views
  (浏览次数:次) and the site speaking to its reader (某网小编提示…分享给大家!) are chrome; 原标题:某某 gives the headline of a
  reprint that shows none of its own;
- events: the ceremony that opens a week (某地知识产权宣传周启动仪式在某地举行; 某周活动某分会场暨某周活动启动仪式), not the
  week; a week's name after the verb that defines or holds it (每年4月20日至26日定为知识产权宣传周); “4·26”知识产权宣传周
  (the day its name holds); 记者今天(31日)从某发布会上获悉，今年4月20日… (the conference is the day's, not the later day's)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_date_month_first_chrome_of_views_and_of_the_site_and_an_original_headline(read, seed):
    r = random.Random(seed)
    head = f"我省启动{g.zh_place(r)}宣传周活动"
    ex = read(f"{head}\n\n编辑:{g.zh_name(r)} 时间:4/22/2031 8:41:58 AM 浏览:411\n\n4月20日,启动仪式在某地举行。\n")
    assert ex.document.title == head and ex.document.date == "2031-04-22", (ex.document.title, ex.document.date)
    original = f"2031年{g.zh_place(r)}宣传周4月20日启动"
    ex = read(f"某某网小编提示,记得把\"{original}\"分享给大家!\n记者今天(31日)从{g.zh_place(r)}知识产权局新闻发布会上获悉,今年4月20日至26日,全国各地将"
              f"集中开展宣传周活动。\n(记者 {g.zh_name(r)})\n原标题:{original}\n责任编辑:{g.zh_name(r)}某某网\n")
    assert ex.document.title == original, ex.document.title
    got = {(e.kind, e.date) for e in ex.events}
    assert ("PressConference", None) in got, got
    ex = read(f"瀏覽次數:次\n4月26日,{g.zh_place(r)}區舉辦以“轉化運用”為主題的知識產權宣傳周集中宣傳活動。\n")
    assert not ex.document.title.startswith("瀏覽"), ex.document.title


@given(SEEDS)
def test_the_ceremony_that_opens_a_week_and_the_weeks_name(read, seed):
    r = random.Random(seed)
    place, province = g.zh_place(r), g.zh_place(r)
    ex = read(f"标题\n\n2031年4月20日,{place}区知识产权宣传周启动仪式在区政府机关举行。\n")
    assert [(e.kind, e.date, e.label) for e in ex.events] == [("Ceremony", "2031-04-20", f"{place}区知识产权宣传周启动仪式")], ex.events
    ex = read(f"标题\n\n2031年4月20日,2031年全国知识产权宣传周活动{province}分会场暨{province}省知识产权宣传周活动启动仪式在某地举行。"
              f"我国将每年4月20日至26日定为知识产权宣传周。\n")
    got = {(e.kind, e.label) for e in ex.events}
    assert ("Ceremony", f"2031年全国知识产权宣传周活动{province}分会场暨{province}省知识产权宣传周活动启动仪式") in got, got
    assert all(not label.startswith(("日定为", "定为")) for _, label in got), got
    ex = read(f"标题\n\n{place}区以“全面加强保护”为主题,组织开展多种形式的“4·26”知识产权宣传周活动。\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PublicityWeek", "--04-26")], ex.events
