"""Shapes met on real pages of procuratorates, police campaigns and award ceremonies, each tested with generated
names: a headline set as a bulleted item under a breadcrumb that ends with it (and a location line opening with a
bullet), a campaign's name quoted inside a quotation (“‘某某2031’专项行动期间…”), an event told months after the page's
date (held the year before) and one told weeks after it (kept), a professor of a university with a family name
outside the common ones, the head of an institute (某所所长), an unveiling ceremony told by the body that writes (我院…揭牌
仪式)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_RARE_SURNAMES = "蹇禚亓郇逄酆隗冼钭"


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}


@given(SEEDS)
def test_a_bulleted_headline_a_quoted_campaign_and_event_years(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    head = f"{place}部:“十四五”期间全国侦破{field}犯罪案件9万余起"
    ex = read(f"• 您当前的位置:首页 > 国内资讯 > 国内要闻 > {head}\n  • {head}\n\n    时间:2031-04-23 22:42:30  来源:{place}网  作者:\n\n"
              f"    {place}网北京4月23日消息 {place}部于23日举行新闻发布会。\n\n    “‘{place}2030’专项行动期间,公安机关共侦破案件2.1万余起。”"
              f"{g.zh_name(r)}说。\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-04-23"), (ex.document.title, ex.document.date)
    assert any(e.kind == "Campaign" and f"{place}2030" in e.label for e in ex.events), ex.events
    ex = read(f"■ 本页位置:首页新闻中心国内新闻\n{head}\n\n日期:2031-04-12\n\n  12月15日,第十七届{field}奖颁奖大会在北京举行。\n")
    assert ex.document.title == head, ex.document.title
    assert [e.date for e in ex.events] == ["2030-12-15"], ex.events
    ex = read(f"{place}市召开{field}工作业务培训会\n\n发布时间:2031-10-26 12:01:15\n\n11月30日,{place}市{field}局召开工作业务培训会。\n")
    assert [e.date for e in ex.events] == ["2031-11-30"], ex.events


@given(SEEDS)
def test_a_professor_with_a_rare_family_name_an_institutes_head_and_an_unveiling(read, seed):
    r = random.Random(seed)
    place = g.zh_place(r)
    prof = r.choice(_RARE_SURNAMES) + "".join(r.choice(g.ZH_GIVEN) for _ in range(2))
    head = g.zh_name(r)
    ex = read(f"会上,中国工程院院士、{place}理工大学教授{prof},{place}研究院有限公司检测分院支护所所长{head}研究员作了发言。\n")
    posts = _posts(ex)
    assert (prof, "教授", f"{place}理工大学") in posts, posts
    assert any(p[0] == head and p[1] == "所长" and p[2] and p[2].endswith("支护所") for p in posts), posts
    ex = read(f"7月12日,我院企检服务中心工作站揭牌仪式在{place}市知识产权保护中心举行。\n")
    assert [e.label for e in ex.events] == ["企检服务中心工作站揭牌仪式"], ex.events
