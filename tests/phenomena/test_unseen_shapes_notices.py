"""More shapes of pages the loader met on pages it had not seen, each tested with generated names: a notice that
opens with its document number and its addressees (the plan it issues is its headline); names before their titles
in a report of a directors' meeting (局长会议 no person, a body ending in 组, a name after 和, a governor of the
province named); town heads and district heads; names and their respective titles; laws against a practice and
laws listed in lower case as what revisions revise; a basic law and titles quoted inside titles; meetings named by
a plural possessive, by two of-phrases or by their number twice; training courses held; lists of members (name,
body, titles); reports' bylines; a government page's particulars; dates beside a document's number or where a report
was given; lines of keywords and of a site's parts above a headline; bodies named right before titles and forms of
address; words after a name in a headline; a prime minister; the chief justice's court; quoted titles holding a
title in single quotes; programs, protocols, memoranda and a decision of two issuers; sessions named by number and
counts of meetings; sessions, plenaries, talks and named gatherings; the meeting a headline reports beside other
events; appositions that name a place or an acronym; Chinese leaders (领导) by their body or their field; numbered
meetings of sessions of bodies and a meeting held on a date set off by commas (with a draft of amendments); a
conference named in the headline and the lead; appointments, titles in lower case before names and a place in a
photo; a foreign office with the short name of a known one and names that lost their dot; agreements between
offices, themed events and a narrative that carries its year; a transcript's speakers, its date line and the press
conference it opens; breadcrumbs with a label, keywords between underscores and a last update; a moderator's
bracket and the office of a post named before; a red header, a number and a title over two lines; a bureau named by
its last character, a contracted title and a guess the text corrects; "also" appositions, a teleconference held on a
weekday and titles in book marks in English; an edition bar, ad slots, a section's name and a news conference on a
weekday; a headline glued to its body, a photograph's caption and a law amended for the third time; words after titles that
are no names and courts' divisions; an event's particulars under its headline and counts of sessions."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_notice_that_opens_with_its_number_is_headed_by_the_plan_it_issues(read, seed):
    r = random.Random(seed)
    y, field = r.randrange(2008, 2031), r.choice(g.ZH_FIELDS)
    title = f"{y}年{g.zh_place(r)}{field}工作推进计划"
    office = f"{g.zh_place(r)}{field}工作联席会议办公室"
    addressees = "、".join(g.zh_body(r) for _ in range(r.randrange(4, 7)))
    text = (f"{r.choice(['国', '省', '市'])}{r.choice(['知', '科', '商'])}联办〔{y}〕{r.randrange(1, 40)}号\n"
            f"{addressees}:\n经联席会议同意,现将《{title}》印发,请认真组织实施。\n特此通知。\n{office}\n{title}\n"
            f"为贯彻落实有关部署,制定本计划。\n一、完善制度\n1.推进{field}工作。({g.zh_body(r)}负责)\n")
    assert read(text).document.title == title


@given(SEEDS)
def test_names_before_their_titles_in_a_report_of_a_directors_meeting(read, seed):
    """全省…局局长会议 is a meeting of directors, not a person; a body ending in 组 and the name and title after it;
    a name after 和 before its title (…精神和某副省长批示); a governor's province, the one the text names."""
    r = random.Random(seed)
    place, a, b = g.zh_place(r), g.zh_name(r), g.zh_name(r)
    team = f"省纪委驻{r.choice(['科技厅', '商务厅', '文旅厅'])}纪检组"
    text = (f"会议\n\n1月19日,{r.randrange(2010, 2030)}年全省{r.choice(g.ZH_FIELDS)}局局长会议在{place}召开。{team}{a}副组长出席会议。"
            f"会议传达了全国会议精神和{b}副省长批示精神。{place}省{r.choice(g.ZH_FIELDS)}局系统获奖。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in read(text).posts}
    assert got == {(a, "副组长", team), (b, "副省长", f"{place}省")}, got


@given(SEEDS)
def test_a_town_partys_deputy_secretary_who_heads_the_town_and_a_district_head_of_the_district_named(read, seed):
    r = random.Random(seed)
    town, district, a, b, c = g.zh_place(r), g.zh_place(r), g.zh_name(r), g.zh_name(r), g.zh_name(r)
    body = g.zh_body(r)
    text = (f"{district}区召开会议\n\n6月10日,{district}区召开{r.choice(g.ZH_FIELDS)}联席会议,{body}副局长{c},副区长{a}出席会议并讲话。"
            f"{town}镇党委副书记、镇长{b}参加会议。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in read(text).posts}
    assert got == {(c, "副局长", body), (a, "副区长", f"{district}区"), (b, "党委副书记", f"{town}镇"), (b, "镇长", f"{town}镇")}, got


@given(SEEDS)
def test_names_and_their_respective_titles(read, seed):
    """"A and B, the respective President and Secretary General of X": each name its title, both of X."""
    r = random.Random(seed)
    a, b, body = g.person(r), g.person(r), g.body(r)
    ex = read(f"Delegates Met\n\nOn June 5, the {g.body(r)} met a delegation led by {a} and {b}, the respective President "
              f"and Secretary General of the {body}.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "President", body), (b, "Secretary General", body)} <= got and len({p for p, _, _ in got} & {a, b}) == 2 \
        and not {(a, "Secretary General"), (b, "President")} & {(p, ro) for p, ro, _ in got}, got


@given(SEEDS)
def test_laws_against_a_practice_and_laws_listed_in_lower_case_as_what_revisions_revise(read, seed):
    """"the Law against X" is a title; "draft revisions to the law against x and the y law; amendments to the
    criminal law": each is a law and a revision."""
    r = random.Random(seed)
    a, b, c = g.word(r).lower(), g.word(r).lower(), g.word(r).lower()
    ex = read(f"Lawmakers Review Drafts\n\nThe second draft revision to the Law against {a.capitalize()} Practices will be "
              f"submitted. Lawmakers reviewed draft revisions to the law against {b} competition and the {c} law; amendments "
              f"to the criminal law and another 11 laws.\n")
    want = {f"Law against {a.capitalize()} Practices", f"Law against {b.capitalize()} Competition", f"{c.capitalize()} Law",
            "Criminal Law"}
    assert want <= {i.title for i in ex.instruments} and want <= {v.title for v in ex.revisions}, \
        ([i.title for i in ex.instruments], [v.title for v in ex.revisions])


@given(SEEDS)
def test_a_basic_law_and_titles_quoted_inside_titles(read, seed):
    """"the Basic Law of the X Region" whole; 'Notice ... on Issuing the "14th Five-Year Plan" X Plan' and the plan
    it issues whole; a quoted title in title case that holds a plan's head but ends with a year."""
    r = random.Random(seed)
    region, a, b = g.country(r), g.word(r), g.word(r)
    plan = f'"14th Five-Year Plan" National {a} Protection and {b} Plan'
    outline = f"National {b} Development of {region} Five-Year Plans and the Outline of Long-term Goals for 2035"
    ex = read(f"{a} News\n\nThe decision adds the law to Annex III of the Basic Law of the {region} Special Administrative "
              f"Region. The {g.body(r)} published the Notice of the State Council on Issuing the {plan}. The {plan} is "
              f'issued according to the "{outline}".\n')
    titles = {i.title for i in ex.instruments}
    assert {f"Basic Law of the {region} Special Administrative Region", plan, outline,
            f"Notice of the State Council on Issuing the {plan}"} <= titles, titles
    assert not {"14th Five-Year Plan", "Outline of Long-term Goals"} & titles, titles


@given(SEEDS)
def test_meetings_named_by_a_plural_possessive_by_two_of_phrases_or_by_their_number_twice(read, seed):
    """"held a chairpersons' meeting" under a dateline; "the 2031 National Conference of X of Y" whole; "the 16th
    session of the X" and, later, "its 16th session from June 24": one session, dated."""
    r = random.Random(seed)
    a, b, body = g.word(r), g.word(r), g.body(r)
    conference = f"2031 National Conference of Directors General of {a} Offices"
    ex = read(f"BEIJING, Nov. 3 (Xinhua) -- The {body} held a {r.choice(['chairpersons', 'members', 'deputies'])}' meeting "
              f"Friday afternoon to review drafts.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Meeting", "--11-03")], ex.events
    ex = read(f"Work Report at the {conference}\n\nThe year marks progress.\n")
    assert [e.label for e in ex.events] == [conference], ex.events
    session = f"16th session of the Standing Committee of the {b} Assembly"
    ex = read(f"{a} Draft\n\nThe draft will be submitted at the {session}, a spokesperson said. The Standing Committee will "
              f"hold its 16th session from June 24 to 27.\n")
    assert [(e.label, e.date) for e in ex.events] == [(session, "--06-24")], ex.events


@given(SEEDS)
def test_a_training_course_held_is_an_event(read, seed):
    r = random.Random(seed)
    course = f"{r.randrange(2010, 2031)}年{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}工作{r.choice(['研修班', '培训班', '讲习班'])}"
    ex = read(f"会议\n\n近日,{course}在{g.zh_place(r)}举办,{g.zh_body(r)}副局长{g.zh_name(r)}出席并讲话。\n")
    assert [e.label for e in ex.events] == [course], ex.events


@given(SEEDS)
def test_a_list_of_members_each_with_name_body_and_titles(read, seed):
    """主持人: 甲市人民政府副市长 成 员: 乙市某局局长 丙 丁市某委党组成员、某办主任 …: names before their bodies, a
    two-character name set apart by a space, a unit before a second title."""
    r = random.Random(seed)
    fields = r.sample(g.ZH_FIELDS, 4)
    names = [g.zh_name(r) for _ in range(4)]
    while len(set(names)) < 4:
        names = [g.zh_name(r) for _ in range(4)]
    padded = names[2][0] + " " + names[2][1:] if len(names[2]) == 2 else names[2]
    text = (f"关于建立办公会议制度的通知\n\n具体组成人员如下: 主持人: {names[0]}市人民政府副市长 成 员: {names[1]}市{fields[0]}局局长 "
            f"{padded}市{fields[1]}委党组成员、{fields[2][:2]}办主任 {names[3]}市{fields[3]}中心副主任 办公会议下设办公室。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in read(text).posts}
    assert got == {(names[0], "副市长", "市人民政府"), (names[1], "局长", f"市{fields[0]}局"),
                   (names[2], "党组成员", f"市{fields[1]}委"), (names[2], "主任", f"{fields[2][:2]}办"),
                   (names[3], "副主任", f"市{fields[3]}中心")}, got


@given(SEEDS)
def test_a_reports_byline_and_words_that_are_no_names_after_a_title(read, seed):
    """全国人大某委员会副主任委员 甲 (the byline of a report); 常委委员 and 分管局长 are no persons."""
    r = random.Random(seed)
    name, field = g.zh_name(r), r.choice(g.ZH_FIELDS)
    text = (f"关于草案审议结果的报告\n全国人大{field}委员会副主任委员 {name}\n全国人民代表大会常务委员会:\n有的常委委员提出修改意见。"
            f"各区{field}局分管局长参加会议。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in read(text).posts}
    assert got == {(name, "副主任委员", f"全国人大{field}委员会")}, got


@given(SEEDS)
def test_a_government_pages_particulars_and_the_title_they_label(read, seed):
    r = random.Random(seed)
    y, place, field = r.randrange(2010, 2031), g.zh_place(r), r.choice(g.ZH_FIELDS)
    title = f"区政府关于印发{place}区{field}示范区建设工作方案({y}-{y + 3}年)的通知"
    text = (f"索引号: {r.randrange(10**8, 10**9)}/{y}-{r.randrange(10000, 99999)} 分类: {field}    通知\n"
            f"发布机构: {place}区人民政府 文号: {place[0]}政发〔{y}〕{r.randrange(1, 30)}号\n"
            f"成文日期: {y}-02-17 发布日期: {y}-02-17 有效性: 有效\n名称: {title}\n\n{title}\n\n各镇人民政府:\n现印发给你们。\n")
    ex = read(text)
    assert (ex.document.title, ex.document.date) == (title, f"{y}-02-17")


@given(SEEDS)
def test_dates_beside_a_documents_number_or_where_a_report_was_given(read, seed):
    r = random.Random(seed)
    y, m, d, field = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29), r.choice(g.ZH_FIELDS)
    numbered = read(f"省政府关于印发{field}纲要的通知\n{g.zh_place(r)[0]}政发〔{y}〕{r.randrange(1, 30)}号 {y}年{m}月{d}日\n各市人民政府:\n现予印发。\n")
    report = read(f"关于{field}草案审议结果的报告\n——{y}年{m}月{d}日在第十二届{g.zh_place(r)}人民代表大会常务委员会第四次会议上\n"
                  f"常务委员会:\n草案已经审议。\n")
    assert numbered.document.date == report.document.date == f"{y}-{m:02d}-{d:02d}"


@given(SEEDS)
def test_a_line_of_keywords_and_a_line_that_names_a_part_of_the_site_are_not_headlines(read, seed):
    """Five phrases or more between commas above the headline are a site's keywords; a short line between two bars
    of chrome, with a longer title after them, names a part of the site."""
    r = random.Random(seed)
    headline = f"{g.country(r)} considers handing its court {g.word(r).lower()} appeals"
    keywords = ",".join(g.word(r, 3).lower() + r.choice(["", " tv", "18"]) for _ in range(r.randrange(5, 9)))
    ex = read(f"{keywords}\n\n{headline}\n\nSource: Xinhua| 2029-10-22 08:15:02|Editor: {g.word(r)}\n\nThe bill is under review.\n")
    assert ex.document.title == headline
    title = f"Circular of the {g.body(r)} Concerning the Printing and Distribution of the Opinions on {g.word(r)} Work"
    ex = read(f"{g.word(r)}LII [Home] [Databases] [Search]\n\nLaws of {g.country(r)}\n\n[Database Search] [Help]\n\n{title}\n\n"
              f"The opinions are sent to every court.\n")
    assert ex.document.title == title


@given(SEEDS)
def test_bodies_named_right_before_titles_and_forms_of_address_before_names(read, seed):
    """"X Deputy President Mr. A, Y Z Vice President Mr. B and W Group Corp. Vice President Mr. C": each name with
    the body before its title; "Deputy Commissioner, Mr. D": a form of address is no part of the name."""
    r = random.Random(seed)
    a, b, c, d = (g.pinyin_name(r) for _ in range(4))
    x, y, w = g.word(r), f"{g.country(r)} {g.word(r)} Containers", f"{g.word(r)} Pharmaceutical Group Corp."
    ex = read(f"Dialogue Held\n\nThe office hosted a dialogue with Deputy Commissioner, Mr. {d} as the moderator. {x} Deputy "
              f"President Mr. {a}, {y} Vice President Mr. {b} and {w} Vice President Mr. {c} were invited.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Deputy President", x), (b, "Vice President", y), (c, "Vice President", w.rstrip("."))} <= got, got
    assert {p for p, _, _ in got} == {a, b, c, d}, got


@given(SEEDS)
def test_words_after_a_name_in_a_headline_and_a_prime_minister(read, seed):
    """"A Meets X Director General B and His Delegation": no person "His Delegation"; "Commissioner C Leading a
    Delegation to Y": the name ends before the verb; "Z Prime Minister D": the title whole."""
    r = random.Random(seed)
    a, b, c, d = g.pinyin_name(r), g.foreign_name(r), g.pinyin_name(r), g.foreign_name(r)
    ex = read(f"{a} Meets with WIPO Director General {b} and His Delegation\n\nOn May 15th they met.\n")
    assert {p.person for p in ex.posts} == {b}, ex.posts
    ex = read(f"CNIPA Commissioner {c} Leading a Delegation to {g.country(r)}\n\nHe held talks.\n")
    assert {(p.person, p.role) for p in ex.posts} == {(c, "Commissioner")}, ex.posts
    nation = g.country(r) + "n"
    ex = read(f"Offices Meet\n\nOn the occasion of {nation} Prime Minister {d}'s visit to China, the offices signed a letter.\n")
    assert {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts} == {(d, "Prime Minister", nation)}, ex.posts


def test_the_chief_justice_is_the_supreme_peoples_courts_by_the_reference_data(read):
    """A title whose body everyone knows, read from the reference data with its source (the name is generated)."""
    r = random.Random(7)
    name = g.pinyin_name(r)
    ex = read(f"Court News\n\n\"Appeals will be heard,\" said Chief Justice {name} at the session.\n")
    assert [(p.person, p.role, p.org.key) for p in ex.posts] == [(name, "Chief Justice", "spc")], ex.posts


@given(SEEDS)
def test_quoted_titles_that_hold_a_title_in_single_quotes_and_a_decision_that_amends_it(read, seed):
    r = random.Random(seed)
    inner = f"Provisions of the {g.body(r)} on Several Issues Concerning {g.word(r)} Tribunals"
    ex = read(f"Court News\n\nThe court has just passed “The Decision on Amending the ‘{inner}’” (Fa Shi [2031] No. 7) on "
              f"October 16, 2023.\n")
    assert inner in {i.title.replace("’", "'") for i in ex.instruments}, [i.title for i in ex.instruments]
    assert [(v.title.replace("’", "'"), v.status) for v in ex.revisions] == [(inner, "adopted")], ex.revisions


@given(SEEDS)
def test_programs_protocols_memoranda_and_a_decision_of_two_issuers(read, seed):
    r = random.Random(seed)
    a, b, c = g.word(r), g.word(r), g.word(r)
    titles = [f"Program of Key Tasks Division on National {a} Protection during “Thirteenth Five-Year” Plan",
              f"National “Thirteenth Five-Year” Plan of {b} Protection and Utilization",
              f"Information Data Exchange Protocol between {a.upper()} and WIPO",
              f"MOU on Staff Recruitment via Trust Fund Establishment between {a.upper()} and WIPO",
              f"Decision of the {c} Committee and the State Council Concerning the Implementation of the {a} Outline and "
              f"the Improvement of the Ability to Innovate"]
    ex = read(f"{c} News\n\nThe {titles[0]} implements the {titles[1]}. The parties signed the {titles[2]} and {titles[3]}. "
              f"The goal was proposed in the {titles[4]} and the Opinions on {b} Work.\n")
    got = {i.title.replace('"', "").replace("“", "").replace("”", "") for i in ex.instruments}
    assert {t.replace("“", "").replace("”", "") for t in titles} <= got, got


@given(SEEDS)
def test_chinese_sessions_named_by_number_and_counts_of_meetings(read, seed):
    """——…日在第十二届…常务委员会第四次会议上: the session whole, dated; 常委会第三次会议 undated, named by its number;
    召开20余次…会议: a count of meetings, no event."""
    r = random.Random(seed)
    y, m, d, place = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29), g.zh_place(r)
    session = f"第十二届{place}人民代表大会常务委员会第四次会议"
    ex = read(f"关于草案审议结果的报告\n——{y}年{m}月{d}日在{session}上\n常务委员会:\n常委会第三次会议对草案进行了审议。"
              f"局党组先后召开{r.randrange(5, 40)}余次局党组会议对工作进行部署。\n")
    assert {(e.label, e.date) for e in ex.events} == {(session, f"{y}-{m:02d}-{d:02d}"), ("常委会第三次会议", None)}, ex.events


@given(SEEDS)
def test_english_sessions_plenaries_talks_and_named_gatherings(read, seed):
    r = random.Random(seed)
    body, a, b = g.body(r), g.word(r), g.word(r)
    ex = read(f"Court Appeals Considered\n\nSource: Xinhua| 2029-10-22 08:15:02|Editor: {g.word(r)}\n\nBEIJING, Oct. 22 (Xinhua) -- "
              f"Lawmakers reviewed it.\n\nThe draft was explained at the bi-monthly session of the {body} on Monday.\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"Bi-monthly session of the {body}", "2029-10-22")], ex.events
    plenary = f"2nd plenary of inter-ministerial joint meeting of {a} council on {b.lower()} work"
    ex = read(f"Circular\n\nThe task list, adopted at the {plenary}, goes to every member.\n")
    assert [e.label for e in ex.events] == [plenary[:1].upper() + plenary[1:]], ex.events
    seminar, forum = f"{a}-China Innovation and IP {b} Seminar", f"Global Forum on {a}"
    ex = read(f"{b} Visit\n\nFrom September 3 to 4, the commissioner visited {g.country(r)}. He presented at {seminar} co-held "
              f"by the two offices, and {forum} held by {g.country(r)}. In the bilateral talk of {a[:4].upper()} and {b[:4].upper()} in the morning "
              f"of September 3, they exchanged views. The offices have been partners since their first agreement in 2004.\n")
    got = {(e.label, e.date) for e in ex.events}
    assert {(seminar, None), (forum, None)} <= got and any(lbl.startswith("Bilateral talk") and dt == "--09-03" for lbl, dt in got), got


@given(SEEDS)
def test_the_meeting_a_headline_reports_beside_other_events_of_the_text(read, seed):
    r = random.Random(seed)
    a, b = g.pinyin_name(r), g.foreign_name(r)
    headline = f"{a} Meets with {g.word(r)} Director General {b}"
    ex = read(f"{headline}\n\nOn May 15th, Commissioner {a} met with Director General {b}. Last year, the parties held "
              f"the {g.word(r)} High-level Meeting on IPR.\n")
    assert (headline, "--05-15") in {(e.label, e.date) for e in ex.events}, ex.events
    ex = read("Open Day Held\n\nThe dialogue was a highlight of the April 26th Open Day event.\n")
    assert "26th Open Day" not in {e.label for e in ex.events}, ex.events


@given(SEEDS)
def test_appositions_with_a_place_or_an_acronym_and_the_next_name_after_and(read, seed):
    """"A, Vice Chairman of X Hui Autonomous, B, SIPO Deputy Commissioner and C, Head of the D Group": the place the
    title names, the acronym before a title, and the name after "and" with its own title."""
    r = random.Random(seed)
    a, b, c, place, group = g.pinyin_name(r), g.pinyin_name(r), g.pinyin_name(r), g.country(r), g.word(r)
    ex = read(f"Conference Held\n\n{a}, Vice Chairman of {place} Hui Autonomous, {b}, SIPO Deputy Commissioner and {c}, "
              f"Head of the {group} Inspection Group attend the conference.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Vice Chairman", f"{place} Hui Autonomous"), (b, "Deputy Commissioner", "SIPO"),
            (c, "Head", f"{group} Inspection Group")} <= got, got


@given(SEEDS)
def test_chinese_leaders_named_by_their_body_alone_or_by_the_field_they_are_in_charge_of(read, seed):
    """某局 领导甲、乙 (a space between body and title); 某局分管某工作领导甲."""
    r = random.Random(seed)
    body, other = g.zh_body(r), g.zh_body(r)
    names = [g.zh_name(r) for _ in range(3)]
    ex = read(f"研讨会\n\n5月8日上午,{body}召开专题研讨会, {body} 领导{names[0]}、{names[1]},各科室负责人参加会议。"
              f"{other}分管{r.choice(g.ZH_FIELDS)}工作领导{names[2]}出席会议并讲话。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert got == {(names[0], "领导", body), (names[1], "领导", body), (names[2], "领导", other)}, got


@given(SEEDS)
def test_meetings_of_numbered_sessions_of_bodies_and_a_meeting_held_on_a_date_set_off_by_commas(read, seed):
    r = random.Random(seed)
    body, prov = g.body(r), g.country(r)
    ex = read(f"Draft Considered\n\nPrior to this, the 30th meeting of the 11th the {body} Standing Committee first considered "
              f"the draft. Recently, the 68th executive meeting of the sixth session of the {prov} Provincial Government agreed "
              f"to it.\n")
    assert {e.label for e in ex.events} == {f"30th meeting of the 11th the {body} Standing Committee",
                                            f"68th executive meeting of the sixth session of the {prov} Provincial Government"}
    ex = read(f"Law to Be Amended\n\nOn March 2, 2029, the office published the Draft Amendments to the {prov} Law of the "
              f"People's Republic of China (for public comments). Two years later, the State Council held, on June 5, "
              f"2031, a meeting to review the Draft Amendments.\n")
    assert [e.date for e in ex.events] == ["2031-06-05"], ex.events
    assert {f"Draft Amendments to the {prov} Law of the People's Republic of China", f"{prov} Law of the People's Republic of China"} \
        <= {i.title for i in ex.instruments}, ex.instruments


@given(SEEDS)
def test_a_conference_held_named_in_the_headline_and_the_lead(read, seed):
    r = random.Random(seed)
    conference, city = f"National Conference for Heads of {g.word(r)} Administrations", g.country(r)
    ex = read(f"{conference} Held in {city}, {g.pinyin_name(r)} Delivers a Speech\n\n\n\nThe {conference} is held in {city} on "
              f"July 8.\n")
    assert [(e.label, e.date) for e in ex.events] == [(conference, "--07-08")], ex.events


@given(SEEDS)
def test_appointments_titles_in_lower_case_before_names_and_a_place_in_a_photo(read, seed):
    """"A was named the new commissioner and party secretary of the X at the X's Cadres Assembly"; "Deputy head of
    the Y Department B"; "former commissioner C", "director D" (the body the sentence names first); "A (middle),
    director of the X"; "E and F have been appointed as deputy directors" (the body that announced it)."""
    r = random.Random(seed)
    a, b, c, e, f = (g.pinyin_name(r) for _ in range(5))
    office, dept = f"{g.word(r)} Design Office", f"{g.word(r)} Department of the Central Committee"
    ex = read(f"Office Appoints New Commissioner\n\nOn December 23, 2031, {a} was named the new commissioner and party secretary "
              f"of the {office} at the Office's Cadres Assembly. Deputy head of the {dept} {b} announced the decision to dismiss "
              f"former commissioner {c}.\n\nThe {office} has announced that {e} and {f} have been appointed as deputy directors.\n\n"
              f"On March 5, {a} (middle), director of the {office}, attended the opening meeting.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Commissioner", office), (a, "Party Secretary", office), (b, "Deputy Head", dept), (e, "Deputy Director", office),
            (f, "Deputy Director", office), (a, "Director", office)} <= got and (c, "Commissioner") in {(p, ro) for p, ro, _ in got}, got
    assert ("Meeting", "2031-12-23") in {(ev.kind, ev.date) for ev in ex.events}, ex.events


@given(SEEDS)
def test_a_foreign_office_with_the_short_name_of_a_known_one_and_names_that_lost_their_dot(read, seed):
    r = random.Random(seed)
    head, guest, foreign = g.zh_name(r), g.zh_name(r), "".join(r.sample("澄溪岚川柘岭榆泉桐湾", 3))
    given_, family = "".join(r.sample("弗朗西斯安娜玛丽", 3)), "".join(r.sample("高锐凯莉伦登", 2))
    ex = read(f"会见\n\n2月21日,国家知识产权局局长{head}在京会见了来访的{foreign}知识产权局局长{guest}一行。"
              f"双方还与WIPO总干事{given_}?{family}举行双边会谈。法官全部具有硕士学位。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None, p.org.key if p.org else None) for p in ex.posts}
    assert (guest, "局长", f"{foreign}知识产权局", None) in got and (head, "局长", "国家知识产权局", "cnipa") in got, got
    assert f"{given_}?{family}" in {p.person for p in ex.posts} and "全部具" not in {p.person for p in ex.posts}, got


@given(SEEDS)
def test_agreements_between_offices_themed_events_and_a_narrative_that_carries_its_year(read, seed):
    """《…合作谅解备忘录》《…意向书》 are instruments; …主题活动 and 揭牌 are events; 2014年8月31日 … 9月10日: the later
    month and day in the year told before; a source's access date in brackets dates nothing; 在座谈会上: the same one."""
    r = random.Random(seed)
    y, a, b = r.randrange(2005, 2030), g.zh_place(r), g.zh_place(r)
    mou = f"{a}知识产权局与{b}知识产权局合作谅解备忘录"
    ex = read(f"座谈\n\n{y}年8月31日,{a}常委会通过了《关于设立{b}法院的决定》。为落实决定,{a}法院9月10日召开{b}法院筹建工作座谈会。"
              f"在座谈会上,院长表示要全力推进(资料来源:网站;访问时间:{y}年10月3日)。双方续签了《{mou}》。"
              f"12月24日上午,{b}法庭举行“走进法庭”主题活动。\n")
    assert mou in {i.title for i in ex.instruments}, ex.instruments
    got = {(e.label, e.date) for e in ex.events}
    assert (f"{b}法院筹建工作座谈会", f"{y}-09-10") in got and not any(d and d.endswith("10-03") for _, d in got) \
        and any(lbl.endswith("主题活动") for lbl, _ in got) and ("座谈会", None) not in got, got


@given(SEEDS)
def test_a_transcripts_speakers_its_date_line_and_the_press_conference_it_opens(read, seed):
    """"Speakers" / "A, deputy commissioner ... (XO)" / "Chairperson:" / "B, deputy director general of the Press
    Bureau of the Y Office (YO) and YO spokesperson" / "Date:" / "Jan. 12, 2031": the date on the line after its
    label, B's second title after the acronym, the press conference the chairperson opens."""
    r = random.Random(seed)
    a, b, office = g.pinyin_name(r), g.pinyin_name(r), f"{g.word(r)} Information Office"
    acr = "".join(w[0] for w in office.split()).upper()
    text = (f"Speakers\n{a}, deputy commissioner of the {g.body(r)}\nChairperson:\n{b}, deputy director general of the "
            f"Press Bureau of the {office} ({acr}) and {acr} spokesperson\nDate:\nJan. 12, 2031\n{b}:\nGood morning. "
            f"Welcome to this press conference held by the {office} ({acr}).\n")
    ex = read(text)
    assert ex.document.date == "2031-01-12"
    assert (b, "Spokesperson", office) in {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}, ex.posts
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "2031-01-12")], ex.events


@given(SEEDS)
def test_breadcrumbs_with_a_label_keywords_between_underscores_and_a_last_update(read, seed):
    r = random.Random(seed)
    headline = f"The Outline for Building a {g.word(r)} Powerhouse (2021-2035) issued by the {g.body(r)}"
    keywords = "_".join(g.word(r, 3).lower() + r.choice(["mv", "tv", "18"]) for _ in range(r.randrange(5, 9)))
    ex = read(f"News\n{g.word(r)} trends position:Home > News > {g.word(r)} trends\n{headline}\n Last update:2031-09-28  "
              f"browse:270 viewed\n\nRecently the outline was issued.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-09-28")
    ex = read(f"{keywords}\n\nNotice of the {g.body(r)} on continuously and strictly regulating the behavior of filing\n\n"
              f"The offices of all provinces:\nHigh-quality development is the theme.\n")
    assert ex.document.title.startswith("Notice of the") and not ex.instruments, (ex.document.title, ex.instruments)


@given(SEEDS)
def test_a_moderators_bracket_and_the_office_of_a_post_named_before(read, seed):
    """"[Moderator A, Director of X Office]...: B, Deputy Director of Y Office. I'm A, spokesperson and director of the
    office": no person "Moderator A", A's office the one named with A, not the one named last; "Outline to Boost …"."""
    r = random.Random(seed)
    a, b, x, y = g.pinyin_name(r), g.pinyin_name(r), g.word(r), g.word(r)
    ex = read(f"Press Conference\n\n[Moderator {a}, Director of {x} Office]Good morning. Now, I'd like to introduce {b}, Deputy "
              f"Director of {y} Office. I'm {a}, spokesperson and director of the office. The plan follows the Outline to "
              f"Boost {x}'s Competitiveness in the Area of Intellectual Property (2021-2035).\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Director", f"{x} Office"), (a, "Spokesperson", f"{x} Office"), (b, "Deputy Director", f"{y} Office")} == got, got
    assert f"Outline to Boost {x}'s Competitiveness in the Area of Intellectual Property (2021-2035)" in {i.title for i in ex.instruments}


@given(SEEDS)
def test_a_red_header_a_number_and_a_title_over_two_lines(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    first, second = f"市政府关于大力实施{field}战略", f"推进{g.zh_place(r)}城市建设的意见"
    ex = read(f"{place}市人民政府文件\n{place[0]}政发〔{r.randrange(2005, 2031)}〕{r.randrange(1, 300)}号\n{first}\n{second}\n"
              f"各辖市、区人民政府:\n为贯彻落实有关部署,特制定本意见。\n")
    assert ex.document.title == first + second


@given(SEEDS)
def test_a_bureau_named_by_its_last_character_a_contracted_title_and_a_guess_the_text_corrects(read, seed):
    """某市某局党组召开会议,局党组成员、知识产权局长甲汇报…,党组书记、局长乙…。某市某局党组书记、局长乙明确了…"""
    r = random.Random(seed)
    bureau = f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}局"
    a, b = g.zh_name(r), g.zh_name(r)
    ex = read(f"务虚会\n\n1月25日上午,{bureau}党组召开年度工作务虚会,局党组成员、知识产权局长{a}汇报了工作谋划,党组书记、局长{b}"
              f"提出新的目标。\n\n{bureau}党组书记、局长{b}明确了总体要求。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert got == {(a, "党组成员", bureau), (a, "局长", "知识产权局"), (b, "党组书记", bureau), (b, "局长", bureau)}, got


@given(SEEDS)
def test_also_appositions_a_teleconference_held_on_a_weekday_and_titles_in_book_marks_in_english(read, seed):
    r = random.Random(seed)
    a, b, group = g.pinyin_name(r), g.pinyin_name(r), f"leading national group for the crackdown on {g.word(r).lower()}"
    while b.split()[0] == a.split()[0]:  # "A's family name, also a member of ...": one person of that family name
        b = g.pinyin_name(r)
    plan = f"{r.randrange(2010, 2031)}年{g.zh_place(r)}知识产权推进计划"
    ex = read(f"Premier Stresses Crackdown\n\nUpdated: 2031-07-09\n\nBEIJING, July 8 (Xinhua) -- Premier {a} has stressed efforts. {a.split()[0]}, also a "
              f"member of the Standing Committee of the Political Bureau of the {g.word(r)} Central Committee, made the remarks in "
              f"an instruction to a teleconference on the crackdown on infringements held Tuesday. State Councilor {b}, also head "
              f"of the {group}, attended. The office released the work plan (《{plan}》) and the Report on the Work of the "
              f"Government. The Report of {b} was read.\n")
    got = {(p.person, p.role) for p in ex.posts}
    assert {(a, "Premier"), (a, "Member of the Standing Committee"), (b, "State Councilor"), (b, "Head")} <= got, got
    assert [(e.label, e.date) for e in ex.events] == [("Teleconference on the crackdown on infringements", "2031-07-08")], ex.events
    titles = {i.title for i in ex.instruments}
    assert {plan, "Report on the Work of the Government"} <= titles and not any(t.startswith("Report of") for t in titles), titles


@given(SEEDS)
def test_an_edition_bar_ad_slots_a_sections_name_and_a_news_conference_on_a_weekday(read, seed):
    """"Global EditionASIA 中文雙語Français" / "China" / the headline; "HB Mobile Ad Slot" over a headline; "revealed at
    a news conference on Wednesday" under an "Updated:" date."""
    r = random.Random(seed)
    headline = f"More foreign cases landing in {g.word(r)} Court"
    name = g.pinyin_name(r)
    ex = read(f"Global EditionASIA 中文雙語Fran?ais\n{g.word(r)}\n\n{headline}\n\nBy {g.word(r).upper()} | China Daily | Updated: "
              f"2031-01-30 00:00\n\n{name}, deputy chief judge at the {g.word(r)} Court, revealed at a news conference on "
              f"Wednesday that the court handled more cases.\n")
    assert ex.document.title == headline
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "2031-01-29")], ex.events
    title = f"The {g.body(r)} Released Top 10 Cases of {g.word(r)} Rights"
    ex = read(f"HB Ad Slot\nHB Mobile Ad Slot\n{title}\nFriday, March 7, 2031\n\nThe list covers cases.\n")
    assert ex.document.title == title


@given(SEEDS)
def test_a_headline_glued_to_its_body_a_caption_and_a_law_amended_for_the_third_time(read, seed):
    """"X Law Amended in Preparation for Y EntryChina plans to ...": the headline before the junction; a photograph's
    caption "(Xinhua/Name)" is no headline; "to Amend the X Law for the Third Time" and "an amendment to China's X Law"
    name the X Law and its revision."""
    r = random.Random(seed)
    law = f"{g.word(r)} Law"
    headline = f"{law} Amended in Preparation for {g.word(r).upper()} Entry"
    ex = read(f"{headline}China plans to amend its existing {law.lower()} to meet the rules. The draft was examined.\n")
    assert ex.document.title == headline
    ex = read(f"{g.pinyin_name(r)}, chairman of the {g.body(r)}, presides over the closing meeting in Beijing, Nov. 11, 2031. "
              f"(Xinhua/{g.pinyin_name(r)})\nBEIJING, Nov. 11 (Xinhua) -- The committee concluded its session. China to Amend the "
              f"{law} for the Third Time. A draft amendment to China’s {law} was submitted.\n")
    assert not ex.document.title.startswith(ex.posts[0].person if ex.posts else "§"), ex.document.title
    assert {i.title for i in ex.instruments} == {law} and {v.title for v in ex.revisions} == {law}, (ex.instruments, ex.revisions)


@given(SEEDS)
def test_words_after_titles_that_are_no_names_and_courts_divisions(read, seed):
    """总书记致…贺信, 局长高级研修班, 学习某总理: no person 致…, 高级研, 习某; 某法院知识产权审判庭庭长 甲: the division."""
    r = random.Random(seed)
    court = f"{g.zh_place(r)}市中级人民法院"
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    ex = read(f"研修班\n\n会议认真落实{a}总书记致{g.zh_place(r)}大会贺信精神。全国{r.choice(g.ZH_FIELDS)}局局长高级研修班在京举行。"
              f"会议传达学习{b}总理的讲话。\n出席嘉宾:{court}知识产权审判庭庭长 {c}\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (c, "庭长", f"{court}知识产权审判庭") in got and not any(p.startswith(("致", "高级", "习")) for p, _, _ in got), got


@given(SEEDS)
def test_an_events_particulars_under_its_headline_and_counts_of_sessions(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    headline = f"{g.zh_place(r)}法院举行{y}年知识产权司法保护宣传周新闻发布会"
    ex = read(f"首页 > 新闻\n{headline}\n时 间:{y}年{m}月{d}日上午10:00\n地 点:{g.zh_place(r)}法院新闻发布厅\n主 持 人 :新闻发言人 "
              f"{g.zh_name(r)}\n")
    assert ("PressConference", f"{y}-{m:02d}-{d:02d}") in {(e.kind, e.date) for e in ex.events}, ex.events
    ex = read(f"访谈\n\n3月9日至16日,{g.zh_place(r)}法院将举行5场全媒体直播访谈活动。\n  访谈时间: {y}年{m}月{d}日15:00\n  访谈地点:新闻发布厅\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Interview", f"{y}-{m:02d}-{d:02d}")], ex.events
