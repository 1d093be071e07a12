"""Shapes met on real pages of IP talent and professional titles, told by news portals, a financial portal in two
languages, a firm's news, a university and spam-headed mirrors, each tested with generated names:
- "KVB assistant general manager Mr. A and Beijing office deputy director Mr. B": titles in lower case, each with the
  firm or the office before it;
- "at the end of the "13th Five-Year Plan"", "the 14th Five-Year Plan period (2031-2035)": spans of years, no plans
  (the plan a sentence names stays one);
- a financial portal's name in Chinese over the Chinese headline of an English page; "Chinese | English" and 某网>>某频道:
  chrome;
- 某研讨班 held on a day (a seminar class), 某科技专利总监某某 (a firm's officer, the firm before the title),
  中新网北京6月26日电 …局6月25日在北京举行…发布会 (the day it was held, not the report's)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_titles_in_lower_case_with_the_firm_or_its_office_before_them(read, seed):
    r = random.Random(seed)
    a, b = g.pinyin_name(r), g.pinyin_name(r)
    firm = g.word(r)
    city = g.word(r)
    ex = read(f"{firm} Attorneys Recognised on Lists of Leading Figures\n\n{firm} Patent Agent Ltd. (KVB) is pleased to share that among "
              f"the nominees are KVB assistant general manager Mr. {a} and {city} office deputy director Mr. {b}.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert posts == {(a, "Assistant General Manager", "KVB"), (b, "Deputy Director", f"{city} office")}, posts


@given(SEEDS)
def test_five_year_plans_named_as_spans_of_years(read, seed):
    r = random.Random(seed)
    plan = f"14th Five-Year Plan for {g.word(r)} Talent"
    ex = read(f"{g.word(r)} talent grows\n\nThe talent has increased from 690,000 at the end of the \"13th Five-Year Plan\" to 860,000. "
              f"Officials introduced the \"{plan}\". More than 250 sessions were held since the beginning of the 14th Five-Year "
              f"Plan period (2031-2035). The 15th Five-Year Plan sets new targets.\n")
    assert [i.title for i in ex.instruments] == [plan, "15th Five-Year Plan"], ex.instruments


@given(SEEDS)
def test_chrome_of_portals_in_two_languages(read, seed):
    r = random.Random(seed)
    head = f"中国{g.zh_place(r)}人才已增至86万人"
    ex = read(f"新浪财经\n\n{head}\n\n媒体滚动\n\n关注\n\nChina's {g.word(r)} talent increases to 860,000\n\nAs of the end of 2031, "
              f"the scale of China's talent has increased. The administration held a routine press conference on the talent.\n")
    assert ex.document.title == head, ex.document.title
    head = f"全国{g.zh_place(r)}领军人才研讨班在北京举行"
    ex = read(f"Chinese | English\n法学院\n当前位置: 首页 > 科学研究 > 正文\n\n{head}\n\n发布时间: 2031-11-12\n\n  本站讯 10月28日,全国某领军人才研讨班在京举行。\n")
    assert ex.document.title == head, ex.document.title
    head = f"我國{g.zh_place(r)}人才規模達69萬人"
    ex = read(f"人民網\n人民網>>{g.zh_place(r)}頻道\n\n{head}\n\n2031年03月31日09:12 | 來源:人民網\n\n本報北京3月30日電 記者30日獲悉。\n")
    assert ex.document.title == head, ex.document.title


@given(SEEDS)
def test_a_seminar_class_a_firms_officer_and_the_day_after_a_dateline(read, seed):
    r = random.Random(seed)
    name, firm = g.zh_name(r), f"{g.zh_place(r)}科技"
    seminar = f"全国{g.zh_place(r)}领军人才研讨班"
    ex = read(f"{seminar}在北京举行\n\n发布时间: 2031-11-12\n\n  10月28日,{seminar}在京举行。{firm}专利总监{name}等作交流发言。\n")
    assert [(e.label, e.date) for e in ex.events] == [(seminar, "2031-10-28")], ex.events
    assert [(p.person, p.role, p.org.surface) for p in ex.posts if p.person == name] == [(name, "专利总监", firm)], ex.posts
    conf = f"{g.zh_place(r)}人才工作最新进展情况专题新闻发布会"
    ex = read(f"中新网北京6月26日电 (记者 {g.zh_name(r)})国家知识产权局6月25日在北京举行{conf},有关负责人介绍,2031年全国新增人才超过1.2万人。\n")
    assert [(e.label, e.date) for e in ex.events] == [(conf, "2031-06-25")], ex.events
