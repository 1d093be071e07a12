"""Shapes met on real pages about punitive damages for infringement (journal pages in both scripts, a court's press
conference, law firms' notes), each tested with generated names:
- 。甲乙丙总书记曾撰文强调: a name before a title of the state, and a word after the title that starts with a family
  name (曾, 应) but is a verb: no person of that word;
- 司法实践中法官应克服某某: after a word for an occupation, a name ends where a name can (a comma, 说, a verb of the
  report: 律师甲接受本报采访时表示); a word that goes on is no name;
- "the Seed Law (revised in 2031), the X Law (amended in 2032)": each law revised;
- 2031年我国《某法》第三次修订: a revision told with its ordinal, adopted;
- 某月某日召开新闻发布会，通报某法院2031年度知识产权司法保护状况: a year's state is told in the next year;
- "• 甲_乙_丙_丁_戊 ?": a spam site's keywords between underscores, set as an item and ending in a lost character,
  over the headline."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_VERB_WORDS = ["撰文", "批示", "讲到", "寄语", "谈及"]


@given(SEEDS)
def test_a_verb_after_a_title_of_the_state_held_by_the_name_before_it(read, seed):
    r = random.Random(seed)
    name = r.choice("王李张刘陈杨黄赵") + "".join(r.sample(g.ZH_GIVEN, 2))
    verb = r.choice(_VERB_WORDS)
    field = r.choice(g.ZH_FIELDS)
    ex = read(f"{field}制度的完善\n\n某刊 2031年3期\n\n我国一直探索建立{field}制度。{name}总书记曾{verb}强调，要抓紧落实{field}制度。\n")
    assert [(p.person, p.role) for p in ex.posts] == [(name, "总书记")], ex.posts


@given(SEEDS)
def test_after_a_word_for_an_occupation_a_name_ends_where_a_name_can(read, seed):
    r = random.Random(seed)
    field = r.choice(g.ZH_FIELDS)
    firm = g.zh_place(r) + "市" + "".join(r.sample(g.ZH_GIVEN, 2)) + "律师事务所"
    lawyer = g.zh_name(r)
    judge = g.zh_name(r)
    ex = read(f"{field}赔偿的适用\n\n2031-06-04\n\n司法实践中法官应克服{field}路径的依赖，完善举证标准。"
              f"{firm}合伙人{lawyer}接受本报采访时表示，新法大幅提高了侵权成本。"
              f"{g.zh_place(r)}市中级人民法院党组成员、三级高级法官{judge}说，全市法院共受理各类案件{r.randint(100, 999)}件。\n")
    people = {p.person for p in ex.posts}
    assert people == {lawyer, judge}, ex.posts


@given(SEEDS)
def test_laws_with_the_year_of_their_revision_in_brackets(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    ex = read(f"Punitive damages were first introduced into the {a} Law in 2031. Later, the {b} Law (revised in 2032), the Anti-"
              f"{a} Competition Law (amended in 2033) and the {b} Rights Law (as amended in 2034) all added clauses on them.\n")
    assert sorted(rv.title for rv in ex.revisions) == sorted([f"{b} Law", f"Anti-{a} Competition Law", f"{b} Rights Law"]), ex.revisions
    assert all(rv.status == "adopted" for rv in ex.revisions), ex.revisions


@given(SEEDS)
def test_a_revision_told_with_its_ordinal_is_adopted(read, seed):
    r = random.Random(seed)
    law = g.zh_place(r) + r.choice(g.ZH_FIELDS) + "法"
    nth = r.choice("二三四")
    ex = read(f"{law}赔偿的司法适用\n\n就这一领域而言，我国一直探索建立赔偿制度。2031年我国《{law}》第{nth}次修订正式将惩罚性赔偿引入这一领域，"
              f"此后，相关政策一再强调建立健全这一制度。\n")
    assert [(rv.title, rv.status) for rv in ex.revisions] == [(law, "adopted")], ex.revisions


@given(SEEDS)
def test_a_years_state_told_in_the_year_after_it(read, seed):
    r = random.Random(seed)
    y, m, d = r.randint(2025, 2035), r.randint(1, 11), r.randint(1, 28)
    place = g.zh_place(r)
    ex = read(f"在世界知识产权日来临之际，{m}月{d}日下午，省法院召开新闻发布会，向社会通报{place}法院{y}年度知识产权司法保护状况，"
              f"并发布十大典型案例。\n\n一、充分发挥审判职能\n\n{y}年，{place}法院共审理各类知识产权案件{r.randint(1000, 9999)}件。\n")
    dates = [e.date for e in ex.events if e.kind == "PressConference"]
    assert dates == [f"{y + 1}-{m:02d}-{d:02d}"], ex.events


@given(SEEDS)
def test_keywords_between_underscores_set_as_an_item_over_the_headline(read, seed):
    r = random.Random(seed)
    keywords = "_".join(g.zh_place(r) + r.choice(["在线观看", "精品视频", "免费播放", "高清影院", "电影网"]) for _ in range(r.randint(5, 8)))
    title = f"{r.choice(g.ZH_FIELDS)}赔偿的数额量定"
    ex = read(f'• <tr id="x{r.randint(10, 99)}"></tr>\n  • <sup id="y1"></sup>\n  • {keywords} ?\n\n    {title}\n\n'
              f"    2031-02-03 16:55:25{g.zh_name(r)}\n    某某科学 2031年3期\n\n    一、问题的提出\n\n    创新是发展的核心驱动力，"
              f"保护则是促进创新最长效的制度安排。\n")
    assert ex.document.title == title, ex.document
