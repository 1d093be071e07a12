"""Shapes met on real pages of provincial offices' news, notices of joint-meeting systems, city plans and
encyclopedia biographies, each tested with generated names (family names outside the common ones among them): a
page's date written with dots, day first (09.01.2031 21:30); a row of a site's particulars table, label and value one
pipe apart, which is no headline, and its date of writing (成文日期 | 2031-10-11); a notice's number glued after its
title; a stack of short buttons over the headline (退出长者模式 / 长者浏览模式 / 政策文件); a notice that opens with its
addressees; a site's name and address beside the date; the items under a plan's premises (一、发展基础), which are no
measures, and a plan's year read as the first of the span its title gives (推进计划(2031-2033年)); a name followed by
受…委托, 宣读, 围绕 or 最后; a former holder's title (某厅原厅长); a second name sharing the body of a list's first
(某厅原巡视员甲和副巡视员乙); a list of appointments that goes on after its first (任命甲同志为…,乙同志为…、丙同志为…); a
list of members written a line each (召 集 人:甲 省长; 乙 某厅常务副厅长; 丙 某部副部长、某局局长); a biography's posts
(甲，男，…; 现任…; 1998年至2003年任…); a press conference named after "今天(1月30日)是"."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_RARE_SURNAMES = "支禚亓郇逄酆隗冼钭"  # family names outside the common ones the reader knows


def _name(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice(_RARE_SURNAMES) + "".join(r.choice(g.ZH_GIVEN) for _ in range(r.choice((1, 2))))
    return g.zh_name(r)


def _names(r: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = _name(r)
        if all(name[0] != o[0] for o in out):  # (no name the start of another's)
            out.append(name)
    return out


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}


@given(SEEDS)
def test_dates_with_dots_particulars_rows_numbers_after_titles_and_short_buttons(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    day, month = r.randint(1, 28), r.randint(1, 12)
    head = f"{place}局学习贯彻全省{field}工作会议精神"
    ex = read(f"{head}\n{day:02d}.{month:02d}.2031 21:30\n本文来源: {place}\n{month}月{day}日,{place}局召开专题会议,传达学习会议精神。\n")
    assert (ex.document.title, ex.document.date) == (head, f"2031-{month:02d}-{day:02d}"), (ex.document.title, ex.document.date)
    body = g.zh_body(r)
    ex = read(f"索引号 | 001008/2031-00489 | ||\n组配分类 | 其他文件 | 发布机构 | {body} |\n成文日期 | 2031-10-11 | 公开方式 | 主动公开 |\n"
              f"为深入贯彻{field}工作的部署，结合{place}市实际，特制定本工作方案。\n一、指导思想\n(一)指导思想。以{field}为重点，推进建设。\n",
              doc_id="particulars")
    assert (ex.document.title, ex.document.date) == ("particulars", "2031-10-11"), (ex.document.title, ex.document.date)
    notice = f"{place}省人民政府办公厅关于建立省{field}工作联席会议制度的通知"
    ex = read(f"当前位置:首页 > 信息传达 > 政声传递\n政声传递\n{notice}{place[0]}办函〔2031〕267号\n浏览次数:12295各地级以上市人民政府,"
              f"省政府各部门:\n为进一步加强{field}工作,省政府决定建立联席会议制度。\n")
    assert ex.document.title == notice, ex.document.title
    plan = f"{place}市{field}推进计划(2031-2033年)"
    title = f"{place}市人民政府办公室关于印发{plan}的通知"
    ex = read(f"欢迎访问{place}市政府网站\n退出长者模式\n长者浏览模式\n政策文件\n{title}\n\n{place}政办字〔2031〕81号\n\n"
              f"现将《{plan}》印发给你们,请抓好贯彻落实。\n\n{place}市人民政府办公室\n\n2031年9月13日\n\n{plan}\n\n"
              f"一、健全完善{field}制度体系\n\n1.深化{field}管理体制改革。(责任单位:市{field}局、市教育局)\n\n"
              f"2.深化{field}领域改革。(责任单位:市司法局)\n")
    assert ex.document.title == title, ex.document.title
    assert [(m.number, m.part) for m in ex.measures] == [(1, "I"), (2, "I")], ex.measures
    assert ex.plan is not None and ex.plan.year == 2031, ex.plan


@given(SEEDS)
def test_a_notice_opening_with_its_addressees_premises_and_a_site_beside_the_date(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    plan = f"{field}公共服务“十五五”规划"
    ex = read(f"各省、自治区、直辖市{field}局,各地方有关中心:\n现将《{plan}》印发给你们,请结合实际认真贯彻执行。\n{place}省{field}局\n"
              f"2031年12月31日\n{plan}\n{field}公共服务是管理部门承担的基础性服务。为贯彻落实决策部署,制定本规划。\n一、发展基础\n"
              f"(一){field}公共服务取得的成就。\n各级管理部门认真贯彻部署,严格落实要求。\n(二){field}公共服务面临的形势。\n服务需求持续增长。\n")
    assert (ex.document.title, ex.document.date) == (plan, "2031-12-31"), (ex.document.title, ex.document.date)
    assert ex.measures == [], ex.measures
    head = f"今天{place}局新闻发言人{_name(r)}首次亮相"
    ex = read(f"当前位置:\n \n{head}\n{place}政府门户网站 www.{place}.gov.cn   2031年01月30日   来源:{place}政府门户网站\n\n"
              f"   今天(1月30日)是{place}局2031年第一场新闻发布会,也是实行自主新闻发布的第一次。\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-01-30"), (ex.document.title, ex.document.date)
    assert [(e.date, e.label) for e in ex.events] == [("2031-01-30", f"{place}局2031年第一场新闻发布会")], ex.events


@given(SEEDS)
def test_names_before_verbs_former_titles_shared_bodies_and_lists_of_appointments(read, seed):
    r = random.Random(seed)
    a, b, c, d, e, f = _names(r, 6)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    bureau, dept = f"省{field}局", f"省{place}厅"
    ex = read(f"2031年3月9日,局党组理论学习中心组召开学习扩大会。会上,{place}市原市长{a}围绕“形势与任务”;{bureau}原局长{b}围绕“发展路径”"
              f"作了报告。{dept}原巡视员{c}和副巡视员{d}也提出了意见建议。局党组书记、局长{e}最后强调,要主动担当作为。"
              f"局党组成员、副局长{f}受局党组委托对会议进行了总结。\n")
    posts = _posts(ex)
    for post in [(a, "原市长", f"{place}市"), (b, "原局长", bureau), (c, "原巡视员", dept), (d, "副巡视员", dept),
                 (e, "局长", bureau), (f, "副局长", bureau)]:
        assert post in posts, (post, posts)
    assert {p.person for p in ex.posts} == {a, b, c, d, e, f}, posts
    g1, g2, g3 = _names(r, 3)
    g4 = next(n for n in iter(lambda: g.zh_name(r), None) if n[0] not in {g1[0], g2[0], g3[0], a[0]})  # (a common family name:
    # a rare one before a title after a comma is not read as a name)
    ex = read(f"2月2日下午,{bureau}召开全体干部大会,{g4}副省长到会并作重要讲话。纪检组组长{g1}宣读省委职务任免决定,任命{g2}同志为{bureau}局长、"
              f"党组书记,{g3}同志为{dept}巡视员、{a}同志为{dept}副巡视员。{g4}表示,此次调整是根据省{field}局领导班子建设实际决定的。\n")
    posts = _posts(ex)
    for post in [(g2, "局长", bureau), (g2, "党组书记", bureau), (g3, "巡视员", dept), (a, "副巡视员", dept)]:
        assert post in posts, (post, posts)
    assert {p.person for p in ex.posts} == {g1, g2, g3, g4, a}, posts
    assert all(p.org is None for p in ex.posts if p.person == g4), posts  # (the province is not named)


@given(SEEDS)
def test_a_list_of_members_a_line_each_and_a_biographys_posts(read, seed):
    r = random.Random(seed)
    a, b, c, d, e = _names(r, 5)
    place, f1, f2 = g.zh_place(r), *r.sample(g.ZH_FIELDS, 2)
    ex = read(f"{place}省人民政府办公厅关于建立省{f1}工作联席会议制度的通知\n各地级以上市人民政府:\n一、主要职责\n统筹协调{f1}工作。\n"
              f"二、组成人员\n召 集 人:{a} 省长\n副召集人:{b} 副省长\n{c} 省{f1}厅常务副厅长\n成 员:{d} 省委{f2}部副部长、省{f2}局(省版权局)局长\n"
              f"{e} {place}{f1}法院院长\n三、工作机制\n联席会议不纳入议事协调机构。\n")
    posts = _posts(ex)
    for post in [(a, "省长", f"{place}省人民政府"), (b, "副省长", f"{place}省人民政府"), (c, "常务副厅长", f"省{f1}厅"),
                 (d, "副部长", f"省委{f2}部"), (d, "局长", f"省{f2}局(省版权局)"), (e, "院长", f"{place}{f1}法院")]:
        assert post in posts, (post, posts)
    name, body, company = _name(r), g.zh_body(r), f"{g.zh_place(r)}市{f2}总公司"
    ex = read(f"{name}\n{name}，男，1953年6月出生，汉族，高级工程师。现任{body}副局长。\n个人经历\n1988年至1995年在国外工作。\n"
              f"1995年至1998年任{company}副总经理、总工程师。\n1998年至2003年任{place}省{place}市副市长、高新技术产业开发区管理委员会主任。\n"
              f"2003年9月至今,任{body}副局长。\n")
    posts = _posts(ex)
    for post in [(name, "副局长", body), (name, "副总经理", company), (name, "总工程师", company),
                 (name, "副市长", f"{place}省{place}市"), (name, "主任", "高新技术产业开发区管理委员会")]:
        assert post in posts, (post, posts)
