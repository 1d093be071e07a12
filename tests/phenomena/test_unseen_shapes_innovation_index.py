"""Shapes met on real pages about China's rank in the Global Innovation Index (a spam-headed service site, a Taiwan news
portal with lists of related news), each tested with generated names:
- 某某一站式服务 · 注册 · 管理 · 维权 · 认证 (a site's slogan and its services a dot apart) over the headline;
- "- 某某发布会在某地举行2031-09-15" (a list of linked news under 新闻推荐, each title with its date glued): no event of the
  page."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_sites_services_a_dot_apart_over_the_headline(read, seed):
    r = random.Random(seed)
    title = f"全球创新指数2031:{g.zh_place(r)}排名再创新高"
    services = " · ".join(r.sample(["注册", "管理", "维权", "认证", "项目", "咨询", "代理"], r.randint(4, 6)))
    ex = read(f"知识产权全产业链一站式服务 · {services}\n\n{title}\n\n来源:本站原创  时间:2031年07月30日\n\n"
              f"7月24日,某组织在某地发布全球创新指数。{g.zh_place(r)}连续第四年保持上升势头。\n")
    assert ex.document.title == title, ex.document


@given(SEEDS)
def test_linked_news_under_the_text_are_no_events(read, seed):
    r = random.Random(seed)
    y = r.randint(2020, 2030)
    ex = read(f"全球创新指数排名连续9年上升\n编辑: {g.zh_name(r)} | 时间: {y}-09-24 11:06:58 | 来源: 某社 |\n某组织近日发布的报告显示,排名较去年上升2位。\n"
              f"新闻推荐\n- “{y + 4}年{g.zh_place(r)}日历”发布会在某博物院举行{y + 4}-09-15\n"
              f"- {g.zh_place(r)}服贸会落幕:达成900余项成果{y + 4}-09-15\n")
    assert not ex.events, ex.events
