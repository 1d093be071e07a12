"""Shapes met on real pages of the integrated circuit layout-design regulations, told by law portals, translated
rules and agencies' explainer pages under spam lines, each tested with generated names:
- 某某激情,某某网站,…(a spam line of phrases between commas), 今天是2031年12月8日 星期一,欢迎光临本站 (the site's today), a
  column's name over the headline over 文字:[大][中][小] 2031-6-9 浏览次数 (the page's date beside its size controls);
- 最新公告:NOTICE / a ticker's sentence / 当前位置:某 > 某 > / the headline: the line after the page's place;
- "(Promulgated by X on September 18 2031 and effective as of October 1 2031.)": the text's date; "Chapter I General
  Provisions Article 1": a heading of the text, no title."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_an_agencys_explainer_under_spam_and_the_sites_today(read, seed):
    r = random.Random(seed)
    head = f"2031年{g.zh_place(r)}市集成电路布图设计申请条件、材料及保护期"
    ex = read(f"五月{g.zh_place(r)}综合激情,91亚洲精品久久网站,国产欧美日韩精品专区,欧美××黑人××性爽\n\n今天是2035年12月8日 星期一,欢迎光临本站 "
              f"全国项目认定中心\n\n知识产权解疑答惑\n\n{head}\n\n文字:[大][中][小] 2031-6-9    浏览次数:2264\n"
              f"集成电路布图设计是一项智力劳动成果,可以申请登记保护。\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-06-09"), ex.document


@given(SEEDS)
def test_the_headline_after_the_pages_place_below_a_ticker(read, seed):
    r = random.Random(seed)
    head = f"{g.zh_place(r)}布图设计是什么?"
    ex = read(f"182-1095-8705\n最新公告:NOTICE\n8月1日起,国家知识产权局停征和调整部分专利收费,详情参阅资讯中心公告\n\n基础知识\n\n"
              f"当前位置:专利申请 > 版权登记 > 基础知识 >\n\n{head}\n\n专利代理 咨询电话 18210958705 发布时间:2031-04-27 21:31:31\n\n"
              f"要清楚布图设计的定义,我们先来了解什么是集成电路。\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-04-27"), ex.document


@given(SEEDS)
def test_rules_promulgated_and_effective_and_their_chapter_headings(read, seed):
    r = random.Random(seed)
    regs = f"Protection of {g.word(r)} Circuit Layout Designs Regulations"
    ex = read(f"{regs} Implementing Rules\n\n(Promulgated by the {g.body(r)} on September 18 2031 and effective as of October 1 2031.)\n"
              f"Chapter I General Provisions Article 1\nThese Implementing Rules have been formulated pursuant to the {regs} (the "
              f"Regulations).\n")
    assert ex.document.date == "2031-09-18", ex.document.date
    assert [i.title for i in ex.instruments] == [regs], ex.instruments
