"""Shapes met on real Chinese pages of IP dispute mediation (a university journal's article page, a protection centre's
news, a district's notice under its particulars, a reprint), each tested with generated names:
- a journal's page: its masthead, the citation of its article (authors. title[J]. journal, year), the date the article
  was received (收稿日期: not the page's date), the title printed again, and the authors' notes (甲(1970-), 女, 某省某市人,
  某大学教授, …): the title cited, no date, the author's post (a student's none);
- 某局二级调研员甲副局长致辞: two titles of one person and one body, no person named 二级; 甲同志和某中心主任乙: the centre's
  name starts after the form of address;
- a notice under a table of particulars whose labels are short words and a colon (生效日期: | … | 文 号: | … |), the
  issuing body's name, then the title with its number glued before it: the title, and the date the notice is signed,
  not the date it takes effect;
- 热门搜索: 甲 乙 丙 (the site's bar of searches) over the headline."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
RARE_SURNAMES = "柯韦洪甘祁邝濮芮"  # family names a list of common ones may not hold


def rare_name(r: random.Random) -> str:
    return r.choice(RARE_SURNAMES) + "".join(r.choice(g.ZH_GIVEN) for _ in range(2))


def university(r: random.Random) -> str:
    return g.zh_place(r) + r.choice(["工业大学", "财经学院", "师范大学", "理工学院"])


@given(SEEDS)
def test_a_journal_page_its_cited_title_and_its_authors_notes(read, seed):
    r = random.Random(seed)
    a, b, school = rare_name(r), rare_name(r), university(r)
    title = f"{g.zh_place(r)}视域下{r.choice(g.ZH_FIELDS)}纠纷{r.choice(['调解制度', '协同机制', '多元化解'])}研究"
    role = r.choice(["教授", "副教授", "研究员"])
    ex = read(f"{g.zh_place(r)}大学学报(社会科学版)  2031, Vol. 9 Issue (2): 11-19  DOI: 10.1234/j.x.2031.02.002\n\n"
              f"引用本文 [复制中英文]\n\n{a}, {b}. {title}[J]. {g.zh_place(r)}大学学报(社会科学版), 2031, 9(2): 11-19.\n"
              f"[复制中文]\n\n作者简介\n\n{a}({r.randint(1955, 1985)}-), {r.choice('男女')}, {g.zh_place(r)}省{g.zh_place(r)}市人, "
              f"{school}{role}, 博士生导师, 主要从事知识产权法研究;\n"
              f"{b}({r.randint(1990, 1999)}-), {r.choice('男女')}, {g.zh_place(r)}人, {school}博士研究生。\n\n"
              f"文章历史\n\n收稿日期: 2030-{r.randint(1, 12):02d}-{r.randint(10, 28)}\n{title}\n{a} 1, {b} 2\n"
              f"摘要: 本文研究{r.choice(g.ZH_FIELDS)}纠纷的调解。\n")
    assert (ex.document.title, ex.document.date) == (title, None), ex.document
    assert {(p.person, p.role, p.org.surface) for p in ex.posts} == {(a, role, school)}, ex.posts


@given(SEEDS)
def test_a_second_title_after_the_name_and_a_form_of_address_before_a_body(read, seed):
    r = random.Random(seed)
    a, b, c = rare_name(r), rare_name(r), rare_name(r)
    bureau, centre = f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}局", f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}中心"
    ex = read(f"{r.randint(1, 12)}月{r.randint(1, 28)}日上午,启动仪式在{centre}举行。{bureau}党组书记、局长{a}同志、二级调研员{b}同志和"
              f"{centre}主任、一级调研员{c}同志出席仪式。{bureau}二级调研员{b}副局长致辞,{c}主任发表讲话。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert posts == {(a, "党组书记", bureau), (a, "局长", bureau), (b, "二级调研员", bureau), (b, "副局长", bureau),
                     (c, "主任", centre), (c, "一级调研员", centre)}, ex.posts


@given(SEEDS)
def test_a_notice_under_its_particulars_with_its_number_before_its_title(read, seed):
    r = random.Random(seed)
    place = g.zh_place(r)
    issuer, partner = f"{place}市{place[0]}{place[1]}区{r.choice(g.ZH_FIELDS)}局", f"{place}市{place[0]}{place[1]}区司法局"
    title = f"{issuer} {partner}关于设立{r.choice(g.ZH_FIELDS)}调解工作室的通知"
    number = f"{place[0]}{r.choice(g.ZH_FIELDS)[:2]}〔2031〕{r.randint(10, 300)}号"
    ex = read(f"索引号: | AC{r.randint(1000, 9999)}-2031-{r.randint(10, 99)} | 发布机构: | {issuer} |\n"
              f"生效日期: | 2031年09月{r.randint(20, 28)}日 | 文 号: | {number} |\n关键词: | 主题分类: | 主动公开文件 |\n{issuer}\n"
              f"{number}{title}\n各有关单位:\n为推进纠纷多元化解,经研究,决定设立调解工作室。\n{issuer} {partner}\n2031年9月15日\n")
    assert (ex.document.title, ex.document.date) == (title, "2031-09-15"), ex.document


@given(SEEDS)
def test_a_bar_of_searches_over_the_headline(read, seed):
    r = random.Random(seed)
    headline = f"成功举办{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}纠纷调解委员会启动仪式"
    ex = read(f"热门搜索: {r.choice(['维权', '预审', '检索'])} {r.choice(['侵权', '商标', '专利预审'])} {g.zh_place(r)}\n\n{headline}\n\n"
              f"作者:来源:浏览次数:发布时间:2031-04-{r.randint(10, 28)}\n\n{r.randint(1, 12)}月{r.randint(1, 28)}日上午,仪式举行。\n")
    assert ex.document.title == headline, ex.document
