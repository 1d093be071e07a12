"""Shapes met on real Chinese pages of IP information public services (a paper's report, a platform's page under its
crumb, a filing notice, an office's notice, a law firm's reprint without headline, a portal's wire report, an academy's
news), each tested with generated names:
- 甲通过视频致辞, 乙高度肯定: a name of two characters before a verb that starts with a character a given name may hold;
- 11月25日,<a name of more than thirty characters>交流研讨活动在京举办 on a page without its year, which names the year's
  cases and a target by the end of the next year (预计到2032年底…将): the activity, its whole name, the page's year;
- 设为首页 | 加入收藏 / the site's name / the headline;
- 《某某工作指引》 then 《指引》指出: one instrument, not a second named by its short name."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def two_character_name(r: random.Random) -> str:
    return r.choice(g.ZH_SURNAMES) + r.choice(g.ZH_GIVEN)


@given(SEEDS)
def test_a_name_before_a_verb_that_could_go_on_as_its_given_name(read, seed):
    r = random.Random(seed)
    a, b = two_character_name(r), two_character_name(r)
    office, bureau = f"世界{r.choice(g.ZH_FIELDS)}组织驻华办事处", f"国家{r.choice(g.ZH_FIELDS)}局"
    ex = read(f"{r.randint(1, 12)}月{r.randint(1, 28)}日,交流会在京召开。{office}主任{a}通过视频致辞。{bureau}副处长{b}"
              f"{r.choice(['高度肯定', '充分肯定'])}了各单位的成效。\n")
    assert {(p.person, p.role) for p in ex.posts} == {(a, "主任"), (b, "副处长")}, ex.posts


@given(SEEDS)
def test_an_activity_with_a_long_name_on_a_page_without_its_year(read, seed):
    r = random.Random(seed)
    year = r.randint(2015, 2030)
    name = (f"{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}支持中心(TISC)和{g.zh_place(r)}高校{r.choice(g.ZH_FIELDS)}信息服务中心"
            f"{r.choice(['交流研讨活动', '座谈交流活动'])}")
    m, d = r.randint(1, 12), r.randint(1, 28)
    ex = read(f"{m}月{d}日,{name}在京举办。\n此次活动还发布了{year}年信息服务优秀案例。预计到{year + 1}年底,服务中心将达到100家。\n")
    assert [(e.label, e.date) for e in ex.events] == [(name, f"{year}-{m:02d}-{d:02d}")], ex.events


@given(SEEDS)
def test_links_to_bookmark_the_site_over_its_name_and_the_headline(read, seed):
    r = random.Random(seed)
    headline = f"提升{r.choice(g.ZH_FIELDS)}服务 我国拟建设百家{g.zh_place(r)}单位"
    ex = read(f"设为首页 |  加入收藏 \n{g.zh_place(r)}{r.choice(['国情网', '信息网', '资讯网'])}\n{headline}\n2031年09月04日 来源:某社 \n\n"
              f"{r.randint(1, 12)}月{r.randint(1, 28)}日,会议举行。\n")
    assert ex.document.title == headline, ex.document


@given(SEEDS)
def test_a_short_name_of_an_instrument_named_before(read, seed):
    r = random.Random(seed)
    kind = r.choice(["指引", "措施", "规则"])
    title = f"{r.choice(g.ZH_FIELDS)}信息公共服务工作{kind}"
    ex = read(f"近日,国家某局印发《{title}》,旨在提升服务水平。\n《{kind}》指出,服务主体是指各类节点、网点。\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments
