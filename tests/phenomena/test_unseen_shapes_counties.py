"""Shapes of pages met on real pages the loader had not seen (ministers' remarks in English news, county meetings
and observances in Chinese), each tested with generated names: a lower-case title with its field before a name
("deputy minister of X A"); a press briefing dated by the day before it ("said on Thursday at a press briefing");
"The symposium, held Monday,"; a forum held by a body, dated by the saying it was the occasion of; a photograph's
caption with its credit and a date beside a bar of comments, print and e-mail; contracted titles of party
departments and bureaus (组织部长, 公安局长) in a list of titles and first; a given name that starts with a
function word (张在兵); 来我县 after a name; the chair of a body whose party group's secretary the person also is;
我县 is no county's name; navigation bars of short words apart by single spaces; a date label without its colon
and a date beside other labels (| 发布者: … | 评论: 0); the meeting a headline names undated, dated in the text;
a second title after ", and", a body's name holding "on the", the body of a party group's deputy secretary, a
president and CEO, forms of address between appositions; "Department of Treaty and Law of X" no law; a press
conference named with an of-phrase held on a day, a regular briefing held, the conference whose opening ceremony
is attended; a breadcrumb of long cells, 市场 no city, a vice mayor of no agency named near, dates written with
spaces and beside font and share buttons, a list of names before titles after a body, a long unit in a list of
titles and a judge's grade; a commemorative event marking an anniversary; dates glued to the text, time stamps,
day ranges and events named after a dash; heads of associations, names with a full stop for their dot and acronyms
before titles; a body whose name holds a known one holding its press conference, a white paper; regulations revised by a
named session and acts that amend others; titles read in a headline only, revisions chained within a paragraph."""

import datetime
import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _field(r: random.Random) -> str:
    return " ".join(g.word(r).lower() for _ in range(r.randrange(1, 3)))


@given(SEEDS)
def test_a_lower_case_title_with_its_field_before_a_name(read, seed):
    """"…, deputy minister of zorbel Wang Ming said": the deputy minister of that field (of its ministry)."""
    r = random.Random(seed)
    name, field = g.pinyin_name(r), _field(r)
    role = r.choice(["deputy minister", "vice minister", "minister"])
    ex = read(f"China drafts rules on {g.word(r).lower()}\n\nBEIJING -- The document will go on, {role} of {field} {name} said "
              f"at a meeting.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (name, role.title(), field) in got, got


@given(SEEDS)
def test_events_dated_by_the_day_before_them_after_a_comma_and_by_the_saying_they_were_the_occasion_of(read, seed):
    r = random.Random(seed)
    day = datetime.date(r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29))
    wd = r.randrange(7)
    meant = day - datetime.timedelta(days=(day.weekday() - wd) % 7)
    weekday = g.WEEKDAYS[wd]
    body, speaker = g.body(r), g.pinyin_name(r)
    lead = f"{g.word(r)} pledges more protection\nDate: {day.isoformat()}\n\n"
    ex = read(lead + f"Trade will grow, a spokesperson for the {body} said on {weekday} at a press briefing.Asked about it, "
                     f"spokesperson {speaker} said so.\n")
    assert ("PressConference", meant.isoformat()) in {(e.kind, e.date) for e in ex.events}, ex.events
    ex = read(lead + f"Minister {speaker} told firms at a symposium held earlier this week.\n\nThe symposium, held {weekday}, "
                     f"was attended by executives of {r.randrange(3, 9)} firms.\n")
    assert [e.date for e in ex.events] == [meant.isoformat()], ex.events
    ex = read(lead + f"Visiting Minister {speaker} said on {weekday} that trade goes on.\n\nHe emphasized in the economic forum "
                     f"held by the {body} in {g.word(r)} that \"trade will grow\".\n")
    assert ("Forum", meant.isoformat()) in {(e.kind, e.date) for e in ex.events}, ex.events


@given(SEEDS)
def test_a_captions_credit_and_a_date_beside_a_bar_of_comments_print_and_email(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    name, agency = g.pinyin_name(r), g.word(r)
    ex = read(f" date {y}-{m:02d}-{d:02d} \n\n\n{name}, spokesperson for the {g.body(r)}, speaks at a briefing in {g.word(r)}. "
              f"Photo: {agency.upper()}\n\nTrade will grow, {name} said on the day. The ministry has done much for trade in "
              f"recent years, and will do more, he said.\n")
    assert not ex.document.title.startswith(name), ex.document.title
    headline = f"{g.word(r)} continues to strengthen {g.word(r)}"
    ex = read(f"{headline}\n\n{r.randrange(0, 9)} CommentsPrint E-mail {agency}, {g.MONTHS[m - 1]} {d}, {y}\nAdjust font size:\n\n"
              f"Minister {name} said on Wednesday that trade goes on.\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), (ex.document.title, ex.document.date)


@given(SEEDS)
def test_contracted_titles_of_departments_and_bureaus_and_the_chair_of_a_body_with_a_party_group(read, seed):
    """县委常委、组织部长、统战部长甲: a standing committee member, the head of 组织部 and of 统战部; 市公安局长乙: of the
    市公安局; 县人大常委会党组书记、主任丙: the chair of the 县人大常委会 (its party group's secretary)."""
    r = random.Random(seed)
    place = g.zh_place(r)
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    u1, u2 = r.sample(["组织", "宣传", "统战", "政法"], 2)
    bureau = r.choice(["公安", "财政", "民政", "司法"])
    ex = read(f"{place}县召开会议\n\n6月12日,{place}县召开{r.choice(g.ZH_FIELDS)}工作推进会。县委常委、{u1}部长、{u2}部长{a}出席会议并讲话,"
              f"市{bureau}局长{b},县人大常委会党组书记、主任{c}参加会议。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "常委", "县委"), (a, "部长", f"{u1}部"), (a, "部长", f"{u2}部"), (b, "局长", f"市{bureau}局"),
            (c, "主任", "县人大常委会")} <= got, got


@given(SEEDS)
def test_a_given_name_that_starts_with_a_function_word_and_came_to_our_county(read, seed):
    """县人大副主任、某镇党委书记张在某,: 在 starts the given name where the name ends at a comma; 副处长李某来我县考察:
    来 is the verb; 我县 names no county (the place is the one the text names)."""
    r = random.Random(seed)
    town, county = g.zh_place(r), g.zh_place(r)
    a = r.choice(g.ZH_SURNAMES) + r.choice("在和为") + r.choice(g.ZH_GIVEN)
    b = r.choice(g.ZH_SURNAMES) + r.choice(g.ZH_GIVEN)
    c = g.zh_name(r)
    ex = read(f"考察\n\n8月8日,{g.zh_body(r)}综合处副处长{b}来我县考察,县委常委、副县长{c}陪同。县人大副主任、{town}镇党委书记{a},"
              f"县政府领导参加座谈会。{b}指出{county}县高度重视这项工作。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "副主任", "县人大"), (a, "党委书记", f"{town}镇"), (b, "副处长", None)} - {(p, ro, None if ro == "副处长" else o)
                                                                                   for p, ro, o in got} == set(), got
    assert (c, "副县长", f"{county}县") in got and not any("我县" in (o or "") for _, _, o in got), got


@given(SEEDS)
def test_a_navigation_bar_of_short_words_a_date_label_without_colon_and_a_headlines_meeting(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    county = g.zh_place(r)
    nav = " ".join(r.sample(["网站首页", "新闻中心", "信息公开", "专题专栏", "公众参与", "公共服务", "政策法规", "办事指南", "互动交流"],
                            r.randrange(5, 9)))
    headline = f"{county}县召开{r.choice(g.ZH_FIELDS)}工作推进会"
    ex = read(f"{nav}\n{headline}\n发布时间 {y}-{m:02d}-{d:02d}   稿件来源   浏览次数:   [ ]\n   {m}月{d}日,{county}县召开国家"
              f"{r.choice(g.ZH_FIELDS)}试点县建设工作推进会。副县长{g.zh_name(r)}出席会议并讲话。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), (ex.document.title, ex.document.date)
    assert [e.date for e in ex.events] == [f"{y}-{m:02d}-{d:02d}"], ex.events
    site = f"{county}城事网—{county}最具影响力门户网站 门户 城事资讯 {g.zh_place(r)}县 查看内容"
    ex = read(f"{site}\n\n{headline}\n\n{y}-{m}-{d} 14:34| 发布者: admin| 评论: {r.randrange(0, 9)}\n\n{m}月{d}日,{county}县"
              f"{r.choice(g.ZH_FIELDS)}工作推进会在县市场监管局召开,副县长{g.zh_name(r)}出席会议并讲话。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), (ex.document.title, ex.document.date)


@given(SEEDS)
def test_second_titles_after_and_bodies_named_with_on_party_groups_and_forms_of_address(read, seed):
    r = random.Random(seed)
    a, b, c, d = g.pinyin_name(r), g.pinyin_name(r), g.pinyin_name(r), g.person(r)
    group = f"Office of the National {g.word(r)} Group on the Fight Against {g.word(r)} Infringement and {g.word(r)}"
    body, other, court = g.body(r), g.body(r), g.body(r)
    ex = read(f"Speakers\n{a}, director of the {group}, and vice minister of the {body}\nDate:\nApril 26, 2031\n"
              f"At the meeting held on October 19, {b}, deputy secretary of the leading Party group of the {court} and vice "
              f"president in charge of daily work, spoke. Also present were: Mr. {c}, Head of the {other}, Mr. {a}. "
              f"\"It works,\" said {d}, president and CEO of the {body}, at a press briefing.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Director", group), (a, "Vice Minister", body), (b, "Vice President", court), (c, "Head", other),
            (d, "CEO", body)} <= got, got


@given(SEEDS)
def test_a_law_in_the_name_of_a_unit_is_no_law(read, seed):
    r = random.Random(seed)
    body = g.body(r)
    ex = read(f"Speakers\n\n{g.pinyin_name(r)}, a person in charge of the Department of Treaty and Law of the {body}, spoke. "
              f"The Law of the Ministry of {g.word(r)} was read.\n")
    assert not ex.instruments, ex.instruments


@given(SEEDS)
def test_events_named_with_an_of_phrase_a_regular_briefing_and_a_conference_whose_opening_is_attended(read, seed):
    r = random.Random(seed)
    y = r.randrange(2005, 2031)
    lead = f"{g.word(r)} officials speak\nDate: {y}-12-01\n\n"
    n = r.randrange(11, 30)
    ex = read(lead + f"At the third press conference of the Press Center for the {n}th {g.word(r)} Congress held on October 19, "
                     f"{g.pinyin_name(r)} said so.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", f"{y}-10-19")], ex.events
    ex = read(lead + f"The {g.body(r)} held a regular briefing on the policies of the {g.body(r)} at 3 p.m. on November 8, {y}.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", f"{y}-11-08")], ex.events
    ex = read(lead + f"BEIJING -- State Councilor {g.pinyin_name(r)} attended the opening ceremony of the {y} high-level "
                     f"conference on {g.word(r).lower()} for countries along the {g.word(r)} Road in Beijing on Aug 28.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Conference", f"{y}-08-28")], ex.events


@given(SEEDS)
def test_breadcrumbs_of_long_cells_mayors_dates_with_spaces_lists_of_names_before_titles_and_grades(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    a, b, c, e, f = (g.zh_name(r) for _ in range(5))
    body = f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}局"
    headline = f"{a}副市长来我局工作调研"
    ex = read(f"当前位置:首页\n> 政务公开 > 组织机构 > 市政府工作部门 > 市市场监管局(知识产权局) > 政务动态\n\n{headline}\n\n"
              f"{y}-{m:02d}-{d:02d} 17:02:25 大字体 小字体 扫码带走\n\n{m} 月 {d} 日,{a}副市长带队来我局调研,并召开座谈会。"
              f"市场监管的服务水平最贴近市场一线。{body}{b}局长、{c}副局长、{e}副调研员参加了会议。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), (ex.document.title, ex.document.date)
    assert [x.date for x in ex.events] == [f"{y}-{m:02d}-{d:02d}"], ex.events
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(b, "局长", body), (c, "副局长", body), (e, "副调研员", body)} <= got, got
    assert [o for p, ro, o in got if p == a] in ([None], [body[:body.index("市") + 1]]), got  # not 最贴近市, not 知识产权局
    court = f"{g.zh_place(r)}市中级人民法院"
    office = f"市{g.zh_place(r)}专项行动领导小组办公室"
    ex = read(f"发布会\n\n{court}党组成员、三级高级法官{f}说,法院受理案件。市商务局副局长、{office}主任{c}出席会议。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(f, "党组成员", court), (f, "三级高级法官", court), (c, "副局长", "市商务局"), (c, "主任", office)} <= got, got


@given(SEEDS)
def test_a_commemorative_event_marking_an_anniversary_dated_by_its_weekday(read, seed):
    """"at the commemorative event marking the 50th anniversary of X (ACR) in Beijing on Wednesday"."""
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    day = datetime.date(y, m, d)
    wd = r.randrange(7)
    meant = day - datetime.timedelta(days=(day.weekday() - wd) % 7)
    body = g.body(r)
    ex = read(f"Vice premier stresses {g.word(r).lower()}\nDate: {day.isoformat()}\n\n{g.pinyin_name(r)} made the remarks when "
              f"delivering a speech at the commemorative event marking the {r.randrange(10, 90)}th anniversary of cooperation "
              f"between China and the {body} ({g.word(r).upper()}) in Beijing on {g.WEEKDAYS[wd]}.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Ceremony", meant.isoformat())], ex.events


@given(SEEDS)
def test_dates_glued_to_the_text_and_time_stamps_day_ranges_and_labels_after_a_dash(read, seed):
    """2031-11-1211月11日…: the page's date glued to the text's; "Sat Sep 16 10:53:00 CEST 2031" a time stamp, no
    headline; 9月17-19日举行的第20届某-某博览会: the exhibition from its first day; "9月16日 - 某论坛" named without its date."""
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(2, 27)
    a, b = g.zh_name(r), g.zh_name(r)
    headline = f"{a}会见{g.zh_place(r)}代表团并签署合作协议"
    ex = read(f"{headline}\n{y}-{m:02d}-{d:02d}{m}月{d - 1}日,国家知识产权局局长{a}在京会见了{b}一行。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), (ex.document.title, ex.document.date)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    p1, p2 = g.zh_place(r), g.zh_place(r)
    ex = read(f"Sat {mon} {d} 10:53:00 CEST {y}\n{p1},{m}月{d}日 - {p1}-{p2}知识产权合作论坛在{p1}举行。结合{m}月{d}-{d + 1}日举行的第"
              f"{r.randrange(2, 30)}届{p1}-{p2}博览会,两地共同主办论坛。\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}" and not ex.document.title.startswith("Sat"), ex.document
    got = {(e.kind, e.date, e.label) for e in ex.events}
    assert {(k, dt) for k, dt, _ in got} == {("Forum", f"{y}-{m:02d}-{d:02d}"), ("Exhibition", f"{y}-{m:02d}-{d:02d}")}, got
    assert all(lb.startswith((p1, "第")) for _, _, lb in got), got


@given(SEEDS)
def test_heads_of_associations_names_with_a_full_stop_for_their_dot_and_acronyms_before_titles(read, seed):
    """某促进会会长甲在北京会见某协会会长乙.丙一行: each head of the 会 before the title, not the verb before it; WIPO总干事
    丁•戊 and later 戊 alone: one person, of WIPO."""
    r = random.Random(seed)
    a = g.zh_name(r)
    foreign = "".join(r.choice("蕾娜塔莱赫提弗朗西斯高锐阿德里安") for _ in range(3))
    given_ = "".join(r.choice("穆勒莱赫提高锐伦登") for _ in range(2))
    assoc, other = f"{g.zh_place(r)}贸易促进会", f"国际{r.choice(g.ZH_FIELDS)}协会"
    ex = read(f"会见\n\n近日,{assoc}会长{a}在北京会见{other}会长{foreign}.{given_}一行。会见中,WIPO总干事{given_}•{foreign}表示感谢。"
              f"{foreign}说,合作很好。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "会长", assoc), (f"{foreign}.{given_}", "会长", other), (f"{given_}•{foreign}", "总干事", "WIPO")} <= got, got
    assert not any(p == foreign for p, _, _ in got), got


@given(SEEDS)
def test_a_body_that_holds_a_known_name_holds_its_press_conference_and_a_white_paper(read, seed):
    r = random.Random(seed)
    office = f"State Council {g.word(r)} Office"
    paper = f"White Paper on the {g.word(r)} and China's Position on {g.word(r)} Friction"
    ex = read(f"Briefing\nDate: 2031-05-05\n\nRecently, the {office} held a press conference to introduce the {paper}. Officials "
              f"of the Ministry of Finance also attended the press conference.\n")
    assert [e.label for e in ex.events] == [f"Press conference of {office}"], ex.events
    assert paper in {i.title for i in ex.instruments}, ex.instruments


@given(SEEDS)
def test_regulations_revised_by_a_named_session_and_an_act_that_amends_others(read, seed):
    """《某省某条例》已经某省…常委会第六次会议于…修订通过: an adopted revision; 根据…通过的《某省部分地方性法规条款修改案》修正:
    the amending act is an instrument, not revised itself."""
    r = random.Random(seed)
    prov, other = g.zh_place(r) + "省", g.zh_place(r) + "省"
    reg = f"{prov}{r.choice(g.ZH_FIELDS)}保护条例"
    act = f"{other}部分地方性法规条款修改案"
    y = r.randrange(1995, 2030)
    ex = read(f"|\n{prov}人民代表大会常务委员会公告 (第{r.randrange(2, 99)}号)\n《{reg}》已经{prov}第十届人民代表大会常务委员会第六次会议于"
              f"{y}年11月29日修订通过,现予以公布......\n|\n({y}年7月26日{other}第十届人民代表大会常务委员会第三次会议通过 根据{y + 1}年5月28日"
              f"{other}第十届人民代表大会常务委员会第八次会议通过的《{act}》修正)\n")
    assert {(v.title, v.status) for v in ex.revisions} == {(reg, "adopted")}, ex.revisions
    assert {reg, act} <= {i.title for i in ex.instruments}, ex.instruments


@given(SEEDS)
def test_a_title_read_in_a_headline_only_is_no_title_and_revisions_chained_within_a_paragraph(read, seed):
    r = random.Random(seed)
    field = f"{g.word(r)} Disputes"
    provisions = f"Several Provisions of the {g.body(r)} on the Application of Law in the Hearing of Cases of {field}"
    ex = read(f"SPC Revises Judicial Interpretation of {field}\n\nThe Decision of the {g.body(r)} on Revising the {provisions} "
              f"took effect on 1 February 2031. The new decision modifies the {provisions}.\n")
    assert {v.title for v in ex.revisions} == {provisions}, ex.revisions
    assert f"Judicial Interpretation of {field}" not in {i.title for i in ex.instruments}, ex.instruments
    title = f"Interpretation of Several Issues Concerning the Trial of {g.word(r)} Cases"
    ex = read(f"SPC Issues New Interpretation for {field}\n\nOn March 22, the court issued the \"{title}\".\n")
    assert {i.title for i in ex.instruments} == {title}, ex.instruments
