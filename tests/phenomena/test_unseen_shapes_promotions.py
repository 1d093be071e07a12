"""Shapes met on real pages of promotions and lists of officials, data-registration measures, a law's drafts and
local meetings, each tested with generated names: a breadcrumb whose last cell is the line below it, under a
site's slogan; a site's name of two words over the headline; a page's date with its time and its source without a
label; a plan's items under its parts, numbered (一) and without responsibility notes, however few; promotions ("was
promoted to Assistant Minister", "who was formerly … was promoted to Vice Minister of X"), "now serves as Vice
Governor of X", an ex-director general, a company after the title in a list; a province's measures named with the
province first; the revised version of a law under way; a headline over its date line under a breadcrumb, a
section line ("X / Government") over a headline; a party group's deputy secretary (no person named 党组), a given name ending in 和 before
一行, titles in companies (总经理助理, 项目经理) that are no department of a body; "Director A of KVO." with an acronym
no file knows; a meeting the headline names and the text dates under a shorter or longer name, a fair by its number
(第N届…节); foreign names with two dots, bodies named …组织, names of four characters, a hospital whose name holds
和; a year spaced from its month (2031 06/27), a site after a hyphen, a dateline's month with the event's day (…电 …19日),
当天 as the day the sentence before gives; laws and regulations in lower case, overhauled, the sentence's verb for a
clause without one; headline verbs and quoted headlines that are no titles, "Decision of the 10th", amending clauses,
a long headline with its date in brackets; a transcript's crumbs (ㄑ) and its date at the end of its summary line;
salutations, letters of honour, a long Hong Kong name, current and outgoing posts, ambassadors to a country, letters
beyond Latin-1 in names; sessions, exhibitions and dialogues by their number, a meeting held in a city by a body, dated
day-month-year; a title inside an event's name, a quoted sentence; dates in circled numerals (二○○七年), a date label late in a page
of chrome, a dateline in traditional script dated by the year a name holds, a title wrapped after 关于印发 or repeated
after the site's name, a bar after its label, 【labelled】 particulars; a plan's premises (指导思想, 基本原则) that are no
measures, a family name that is also a function word (于), 及 inside a body's name; campaigns launched on a day, a
conference after its theme, a meeting on the day the text told last (当日), a campaign's series after a dated one;
names before titles after a department or a section (…处甲处长), a list whose first title is the name's before it
(某部乙部长、某中心主任丙), 以及 after a name; a document's issue note in brackets, a title inside a joint conference's
name, a title quoted before the words that follow it, a session by its number, a forum by its whole name; a navigation
bar glued together, a spokesperson (发言人) before the day, a press meeting (记者会), a question mark that is no lost dot;
a newsletter's name said twice over the headline, an aside in brackets between two titles (a trade representative);
a title that a longer one starts (常委 in 常委会副委员长), a page's date glued before the text's own, a law cited without
book marks (根据某法的规定), two titles joined after a year range, an acronym in brackets before a title, an acronym the
text defines for a body no file knows, a headline's verb before an event's name, open days and roundtables; lower-case
titles after a body ("Foreign Ministry spokeswoman A"), hyphenated titles, names in Western order after an acronym; a
verb's particle inside a title, a speech's title, a transcript's date line, a briefing told after a dated saying, a
meeting by its number, an expo centre that is a venue;
revisions after a list of verbs, trial measures in a chain; a plan's title with its long-range objectives, a title after a body and "and", a guidance, a treaty joined (加入…条约(KPT)); no event for "before the meeting"; a "Meets" headline over meetings on several days, a week told by its kind alone, a seminar's topic."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_breadcrumb_whose_last_cell_is_the_next_line_and_a_sites_name_over_its_headline(read, seed):
    r = random.Random(seed)
    news = f"\"{g.word(r)} Provincial {g.word(r)} Registration Measures (Trial)\" released!"
    headline = f"Latest Policy | {news}"  # (the column's name beside it is no part of the headline)
    ex = read(f"EN\n\nNews\n\nMore professional {g.word(r).lower()} information exchange\n\nBack to Home\n\n"
              f"Home > News > Industry news > {headline}\n\n{headline}\n\n2031-06-13\n\nThe measures are issued to you.\n")
    assert ex.document.title == news, ex.document.title
    headline = f"{g.body(r)} Announces Beginning of Revision Process to {g.word(r)} Law"
    ex = read(f"{g.word(r)} {g.word(r).upper()}\n\n{headline}\n\nThe office has announced on its website that it has begun.\n")
    assert ex.document.title == headline, ex.document.title


@given(SEEDS)
def test_a_date_with_its_time_and_the_pages_source_without_a_label(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    source = f"{g.zh_place(r)}市{r.choice(g.ZH_FIELDS)}局" + r.choice(["", f"({r.choice(g.ZH_FIELDS)}局)"])
    headline = f"{g.zh_place(r)}举办{y}年知识产权工作会议"
    ex = read(f"某某政府网 | 繁体|登录|注册\n\n{headline}\n\n{y}-{m:02d}-{d:02d} {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d} "
              f"{source}\n\n{m}月{d}日,会议召开。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), ex.document


@given(SEEDS)
def test_a_plans_items_under_its_parts_without_notes_however_numbered_and_however_few(read, seed):
    """一、总体要求 / 二、heading / (一) item …: the items under the parts are the plan's measures, even one (a page cut
    short)."""
    r = random.Random(seed)
    y = r.randrange(2015, 2030)
    title = f"{r.choice(g.ZH_FIELDS)}专项行动方案"
    n = r.randrange(1, 4)
    items = "".join(f"({'一二三'[k]}){r.choice(g.ZH_FIELDS)}{r.choice(['提升', '推进', '完善'])}工作。建立{r.choice(g.ZH_FIELDS)}机制。\n"
                    for k in range(n))
    ex = read(f"某办发〔{y}〕{r.randrange(2, 60)}号\n各有关单位:\n《{title}({y}—{y + 2}年)》已经同意,现印发给你们。\n{y}年10月17日\n"
              f"{title}\n({y}—{y + 2}年)\n为推动{r.choice(g.ZH_FIELDS)},制定本方案。\n一、总体要求\n以发展为目标,全面推进工作。\n"
              f"二、大力推进{r.choice(g.ZH_FIELDS)},加快价值实现\n{items}")
    assert [(x.part, x.number) for x in ex.measures] == [("II", k + 1) for k in range(n)], ex.measures
    assert ex.document.kind == "plan" and ex.plan.year == y, (ex.document.kind, ex.plan)


@given(SEEDS)
def test_promotions_posts_now_served_an_ex_title_and_a_company_after_the_title(read, seed):
    r = random.Random(seed)
    a, b, c, d, e = (g.pinyin_name(r) for _ in range(5))
    field, place, company = f"{g.word(r)} Affairs", g.word(r, 3), g.word(r, 3)
    office = f"{g.word(r)} Trademark Office"
    ex = read(f"Chinese IP: the class of officials\n\nIn December, {g.word(r)} reported that DG {a} was promoted to Assistant "
              f"Minister in December 2031. His predecessor, Assistant Minister {c}, was also promoted and now serves as Vice "
              f"Governor of {place} as of December 2031. Across the straits, Madame {b}, who was formerly in charge of "
              f"{g.word(r).upper()} was promoted to Vice Minister of {field}.\n\nThe people are:\n\n  • {d}, ex-director general "
              f"of the {office};\n  • {e}, chief legal officer, {company};\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(c, "Vice Governor", place), (b, "Vice Minister", f"Ministry of {field}"), (d, "Director General", office),
            (e, "Chief Legal Officer", company)} <= got, got
    assert a in {p.person for p in ex.posts if p.role == "Assistant Minister"}, got


@given(SEEDS)
def test_a_provinces_measures_named_with_the_province_first_and_a_revised_version_under_way(read, seed):
    r = random.Random(seed)
    measures = f"{g.word(r)} Provincial Measures for the Registration of {g.word(r)} Rights"
    law = f"{g.word(r)} Competition Law"
    ex = read(f"Latest policy\n\nThe {measures} (for Trial Implementation) take effect. On September 5, the legislature issued "
              f"the second revised version of the {law} open for public comment.\n")
    assert measures in {i.title for i in ex.instruments}, ex.instruments
    assert [(v.title, v.status) for v in ex.revisions] == [(law, "underway")], ex.revisions


@given(SEEDS)
def test_a_headline_over_its_date_line_under_a_breadcrumb_and_a_section_line_over_a_headline(read, seed):
    r = random.Random(seed)
    name, body = g.pinyin_name(r), g.body(r)
    headline = f"{body} Spokesperson {name}’s Regular Press Conference on January 3, 2031"
    ex = read(f"Home > Spokesperson's Remarks\n{headline}\n2031-01-03 20:39\n\n{g.word(r)} Daily: This year marks an anniversary. "
              f"Can you brief us on the effort to advance cooperation on patents?\n\n{name}: We attach importance to it.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-01-03"), ex.document
    headline = f"Top {g.word(r).lower()} office holds record number of news conferences"
    ex = read(f"US EUROPE AFRICA ASIA 中文\n{g.word(r)} / Government\n\n{headline}\n\nBy {g.pinyin_name(r).upper()} "
              f"(China Daily) Updated: 2031-12-18 07:56\n\nThe office held about 120 news conferences this year.\n")
    assert ex.document.title == headline, ex.document.title


@given(SEEDS)
def test_a_party_groups_deputy_secretary_a_given_name_ending_in_a_conjunction_and_titles_in_companies(read, seed):
    r = random.Random(seed)
    a, b = g.zh_name(r), g.zh_name(r)
    bureau = f"{g.zh_place(r)}市市场监督管理局"
    c = r.choice(g.ZH_SURNAMES) + r.choice(g.ZH_GIVEN) + "和"
    d, e = g.zh_name(r), g.zh_name(r)
    co1, co2 = f"{g.zh_place(r)}汽车股份有限公司", f"{g.zh_place(r)}电子科技有限公司"
    ex = read(f"活动\n\n4月26日上午,活动拉开帷幕。{bureau}党组副书记、副局长{a},党组成员、副局长{b}参加活动。{bureau}知识产权保护科科长{c}一行"
              f"参加启动仪式。会上,{co1}总经理助理{d}、{co2}项目经理{e}分别发言。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None, p.parent_org.surface if p.parent_org else None) for p in ex.posts}
    assert {(a, "党组副书记", bureau, None), (a, "副局长", bureau, None), (c, "科长", "知识产权保护科", bureau),
            (d, "总经理助理", co1, None), (e, "项目经理", co2, None)} <= got, got
    assert not any(len(p) <= 2 and p.startswith("党") for p, *_ in got), got


@given(SEEDS)
def test_a_title_a_name_and_of_an_acronym_no_file_knows_before_the_next_sentence(read, seed):
    r = random.Random(seed)
    name, acr = g.pinyin_name(r), g.word(r).upper()[:4]
    ex = read(f"Visit\n\nOn January 8, 2031, the commissioner held a meeting with Director {name} of {acr}. {g.word(r)} said more.\n")
    assert (name, "Director", acr) in {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}, ex.posts


@given(SEEDS)
def test_meetings_named_in_the_headline_and_dated_in_the_text_and_a_fair_by_its_number(read, seed):
    r = random.Random(seed)
    city = g.zh_place(r)
    field = r.choice(g.ZH_FIELDS)
    headline = f"{city}市召开{field}工作业务培训会"
    ex = read(f"{headline}\n\n发布时间:2031-10-26 12:01:15\n\n为了提高业务素质,11月30日至12月1日,{city}市{field}局召开工作业务培训会。"
              f"各县局长参加了培训会。\n")
    assert [(e.date, e.label) for e in ex.events] == [("2031-11-30", "工作业务培训会")], ex.events
    headline = f"{city}县开展{field}宣传执法活动"
    fair = f"第{'十一二三四五六'[r.randrange(7)]}届中国({city})国际{r.choice(['厨具', '家具', '茶叶'])}节"
    ex = read(f"{headline}\n\n  4月26日上午,{city}县市场监督管理局“2030(春季){fair}”宣传执法现场办公正式启动。2031年4月26日是世界知识产权日。\n")
    assert ("Exhibition", "2031-04-26", fair) in {(e.kind, e.date, e.label) for e in ex.events}, ex.events


@given(SEEDS)
def test_a_headline_that_meets_several_a_week_told_by_its_kind_and_a_seminars_topic(read, seed):
    r = random.Random(seed)
    a, b, c = g.pinyin_name(r), g.foreign_name(r), g.foreign_name(r)
    body = g.body(r)
    ex = read(f"{a} Meets IP Dignitaries in Beijing\n\nOn April 24, Commissioner {a} met Director General {b} at the National "
              f"{g.word(r)} Publicity Week. They talked.\n\nOn April 25, during the publicity week, {a} met his counterparts "
              f"including {c}, Director General of the {body}. The two sides also exchanged views on holding "
              f"{g.word(r)}-{g.word(r)} High-Level Seminar on IP and further enhancing cooperation in examination.\n")
    got = [(e.kind, e.date, e.label) for e in ex.events]
    assert sorted(d for k, d, _ in got if k == "Meeting" and d) == ["--04-24", "--04-25"], got
    assert [d for k, d, _ in got if k == "PublicityWeek"] == ["--04-24"], got
    assert any(lb.endswith("High-Level Seminar on IP") for _, _, lb in got), got


@given(SEEDS)
def test_revisions_after_a_list_of_verbs_and_trial_measures_in_a_chain(read, seed):
    """"Further revise, demonstrate, and study the X Law"; "revise A, B, Trial Measures for C, and D": each a revision
    the measure calls for."""
    r = random.Random(seed)
    law = f"{g.word(r)} Law of the People's Republic of China"
    a, b = f"Regulation on the Collective Administration of {g.word(r)}", f"Trial Measures for Voluntary Registration of {g.word(r)}"
    c = f"Measures for Registration of {g.word(r)} in Computer Software"
    ex = read(f"2031 Promotion Plan\n\nThis Promotion Plan is formulated.\nI. Improve laws\n1. We will promote research. Further revise, "
              f"demonstrate, and study the {law}. (Responsible by Ministry of Commerce)\n2. Promote to revise {a}, {b}, and {c}. "
              f"(Responsible by Ministry of Justice)\n3. Promote other work. (Responsible by Ministry of Justice)\n")
    got = {(v.title, v.measure) for v in ex.revisions}
    assert {(law, 1), (a, 2), (b, 2), (c, 2)} <= got, got


@given(SEEDS)
def test_a_plans_title_with_its_long_range_objectives_a_plan_after_a_body_a_guidance_and_a_treaty_joined(read, seed):
    r = random.Random(seed)
    n = r.randrange(11, 19)
    outline = (f"Outline of the {n}th Five-Year Plan (2031-2035) for {g.word(r)} Economic and Social Development and the "
               f"Long-Range Objectives Through the Year 2045")
    plan = f"{n}th Five-Year Plan (2031–2035) and Long-Range Objectives through the Year 2045 of the People's Republic of China"
    national = f"National {g.word(r)} Protection and Utilization Plan for the {n}th Five-Year Plan"
    guidance = f"Guidance on Promoting the High-Quality Development of {g.word(r)}"
    ex = read(f"Briefing\n\nThe {outline} proposes it. This plan is formulated in accordance with the {plan}. It implements the "
              f"Outline issued by the CPC Central Committee and the State Council and the {national} issued by the State "
              f"Council. The office released the 2031 Work {guidance}, aiming to implement it.\n")
    assert {outline, plan, national, f"Work {guidance}"} <= {i.title for i in ex.instruments}, ex.instruments  # ("Work": its title's)
    treaty = f"{g.zh_place(r)}专利审查条约"
    ex = read(f"会见\n\n近日,双方会见。中国加入{treaty}(KPT)三十周年。\n")
    assert treaty in {i.title for i in ex.instruments}, ex.instruments


@given(SEEDS)
def test_no_meeting_from_a_noun_that_only_tells_the_time(read, seed):
    r = random.Random(seed)
    a, body = g.pinyin_name(r), g.body(r)
    ex = read(f"Protection played a role on the {g.word(r)} sessions\n\nOn March 12th, {a}, Commissioner of the {body}, responded to "
              f"concerns while walking through the ministers' passage before the meeting. {a} stressed the highlights.\n")
    assert ex.events == [], ex.events


def _foreign(r: random.Random, n: int) -> str:
    return "".join(r.choice("伯曼亚特巴兹德尼卢克博乌苏戈利高里伊夫耶哈桑克莱布") for _ in range(n))


@given(SEEDS)
def test_foreign_names_with_two_dots_organisations_named_zuzhi_four_character_names_and_a_hospital_named_with_he(read, seed):
    r = random.Random(seed)
    a = f"{_foreign(r, 2)}·{_foreign(r, 2)}·{_foreign(r, 3)}"
    b = f"{_foreign(r, 3)}·{_foreign(r, 4)}"
    c = r.choice(g.ZH_SURNAMES) + "".join(r.choice(g.ZH_GIVEN) for _ in range(3))
    d = "奥" + "".join(r.choice("山尚森一") for _ in range(3))
    e = g.zh_name(r)
    org = f"非洲{g.zh_place(r)}知识产权组织"
    hospital = f"{g.zh_place(r)}协和医院"
    ex = read(f"年会开幕\n\n9月13日,年会开幕。某国文化部大臣{c},{org}总干事{a},欧亚专利局局长{b}出席。国际{r.choice(g.ZH_FIELDS)}协会会长"
              f"{d}致辞。{hospital}党委书记{e}作为嘉宾代表发言。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "总干事", org), (b, "局长", "欧亚专利局"), (e, "党委书记", hospital)} <= got, got
    assert {c, d} <= {p for p, _, _ in got}, got


@given(SEEDS)
def test_a_year_spaced_from_its_month_a_site_after_a_hyphen_a_datelines_day_and_the_day_the_sentence_before_gives(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(3, 27)
    headline = f"第{'十一二三四'[r.randrange(5)]}届{g.zh_place(r)}知识产权年会在京开幕"
    ex = read(f"{headline}-{r.choice(['新华网', '人民网'])}\n新华网 > > 正文\n{y} {m:02d}/{d:02d} 08:49:24\n来源:某局政务微信\n\n{headline}\n\n"
              f"字体:\n\n{m}月{d - 1}日,会议开幕。\n")
    assert (ex.document.title, ex.document.date) == (headline, f"{y}-{m:02d}-{d:02d}"), ex.document
    congress = f"{y}年{g.zh_place(r)}知识产权大会"
    ex = read(f"大会开幕\n\n来源:新华社\n{y}-{m:02d}-{d:02d} 12:33\n\n新华社杭州{m}月{d}日电 {congress}{d - 1}日在杭州开幕,副总理张国清致辞。\n")
    assert [(e.label, e.date) for e in ex.events] == [(congress, f"{y}-{m:02d}-{d - 1:02d}")], ex.events
    ex = read(f"某局举办开放日活动\n\n{y}-{m:02d}-{d:02d}\n\n{m}月{d - 2}日是第24个世界知识产权日。当天,某局连续第19年举办开放日活动。\n")
    assert ("Observance", f"{y}-{m:02d}-{d - 2:02d}") in {(e.kind, e.date) for e in ex.events}, ex.events


@given(SEEDS)
def test_laws_and_regulations_in_lower_case_overhauled_and_headlines_that_are_no_titles(read, seed):
    r = random.Random(seed)
    f1, f2, f3 = (g.word(r).lower() for _ in range(3))
    ex = read(f"The State Council to strengthen protection\n\nSecond, China would push forward the revision of the {f1} law, the new "
              f"round of overhaul of the {f2} law, and the revision of rules for implementation of the {f1} law and regulation on "
              f"the protection of new varieties of {f3}, so as to raise the cost of infringement.\n")
    want = {f"{f1.title()} Law", f"{f2.title()} Law", f"Rules for Implementation of the {f1.title()} Law",
            f"Regulation on the Protection of New Varieties of {f3.title()}"}
    assert {(v.title, v.status) for v in ex.revisions} == {(t, "planned") for t in want}, ex.revisions
    law = f"{g.word(r)} Anthem Law"
    ex = read(f"Tag: {g.word(r)} Law\n\nContinue reading “NPCSC Revises Judicial Personnel Laws, Amends {g.word(r)} Laws”\n"
              f"NPCSC Criminalized Disrespect, Applied {law} to SARs\nNPCSC to Consider New Amendment, Apply {law} to SARs\n")
    assert {i.title for i in ex.instruments} >= {law} and not any(t.startswith(("Appl", "NPCSC")) for t in
                                                                   {i.title for i in ex.instruments}), ex.instruments
    decision = f"Decision of the Standing Committee on Amending the {g.word(r)} Law and the Other Laws"
    headline = f"{decision} has been adopted at the 10th session of the Standing Committee on April 23, 2031."
    tm = f"{g.word(r)} Law of the People’s Republic of China"
    ex = read(f"{headline} ( 2031.06.27 )\n\nOrder No. 29\n\nIt is hereby promulgated. The amending clauses of {tm} shall come into "
              f"force as of November 1, 2031.\n\nDecision of the 10th session of the Standing Committee:\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-06-27"), ex.document
    assert tm.replace("’", "'") in {v.title for v in ex.revisions} and not any(i.title.endswith("10th") for i in ex.instruments), ex


@given(SEEDS)
def test_a_transcripts_crumbs_and_its_date_at_the_end_of_its_summary_line(read, seed):
    r = random.Random(seed)
    headline = f"SCIO briefing on implementing the {g.word(r)} Plan (2031-2035) and accelerating the strengthening of {g.word(r).lower()}"
    ex = read(f"ㄑ Press Room ㄑ Press Conference Transcripts ㄑ Press Conferences of the {g.body(r)}\n\n{headline}\n\nAround China\n"
              f"The office held a press conference in Beijing on Sunday about implementing the plan.  April 29, 2031\n\n"
              f"{g.word(r)} News Agency:\n\nWhat are the initiatives? Thank you.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-04-29"), ex.document
    assert ("PressConference", "2031-04-27") in {(e.kind, e.date) for e in ex.events}, ex.events


@given(SEEDS)
def test_salutations_letters_of_honour_long_names_current_and_outgoing_posts_and_ambassadors(read, seed):
    r = random.Random(seed)
    a, b, c, d = (g.pinyin_name(r) for _ in range(4))
    hk = f"{g.word(r)} {g.word(r)[:3]} Ng {g.word(r)[:3]}-{g.word(r).lower()[:3]}"
    e = f"Zigr{r.choice('īūē')}ds {g.word(r)}"
    unit, country = f"{g.word(r).upper()[:2]} {g.word(r, 3)}", g.word(r, 3)
    ex = read(f"Speech\n\nDistinguished Governor {a}:\n\nLadies and Gentlemen:\n\nGood morning!\n\nHe met Dr. {b}, the current General "
              f"Director of {unit}, there. They were received by {c}, Chinese Ambassador to {country} and other staff. He met with "
              f"Mrs {hk}, JP, Secretary for Commerce and Economic Department of {g.word(r)} Special Administration Region (SAR). "
              f"He thanked the outgoing DG {d} for his work and exchanged views with {e}, Director of the Patent Office of {country}.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "Governor", None), (b, "General Director", unit), (c, "Ambassador", None), (d, "DG", None),
            (e, "Director", f"Patent Office of {country}")} <= got, got
    assert hk in {p for p, _, _ in got}, got


@given(SEEDS)
def test_sessions_exhibitions_and_dialogues_by_their_number_and_a_meeting_held_in_a_city_by_a_body(read, seed):
    r = random.Random(seed)
    council, body = g.body(r), g.body(r)
    n = r.randrange(2, 20)
    ex = read(f"Visit\n\nThe delegation attended the opening ceremony of the {n}th Ministers Session of the {council} and a celebration. "
              f"On October 16, he met officials during the {n}th International {g.word(r)} Exhibition held in {g.word(r)} city. "
              f"They spoke at the “{n}th US-{g.word(r)} Innovation Dialogue” held on June 22.\n\nOn 11 December 2030, he was present at "
              f"the meeting jointly held in {g.word(r)} by the {body} for explaining the strategy.\n")
    got = {(e.kind, e.date, e.label) for e in ex.events}
    labels = {lb for _, _, lb in got}
    assert f"{n}th Ministers Session of the {council}" in labels, got
    assert any(lb.startswith(f"{n}th International") and lb.endswith("Exhibition") for lb in labels), got
    assert any("Innovation Dialogue" in lb for lb in labels), got
    assert ("Meeting", "2030-12-11") in {(k, d) for k, d, _ in got}, got


@given(SEEDS)
def test_a_title_inside_an_events_name_and_a_quoted_sentence_are_no_titles(read, seed):
    r = random.Random(seed)
    ex = read(f"Lecture\n\nHe took part in China's {g.word(r)} Property Strategy Forum. The symposium entitled “Effective {g.word(r)} "
              f"Protection Is a Key Element of Ruling a Country by Law” is held.\n")
    assert ex.instruments == [], ex.instruments


@given(SEEDS)
def test_dates_in_circled_numerals_late_labels_datelines_in_traditional_script_and_wrapped_or_repeated_titles(read, seed):
    r = random.Random(seed)
    city = g.zh_place(r)
    title = f"{city}市人民政府办公厅印发{city}市{r.choice(g.ZH_FIELDS)}工作分解方案的通知"
    ex = read(f"{title}\n(某府办〔2007〕25号)\n各区人民政府:\n现印发给你们。\n{city}市人民政府办公厅\n二○○七年六月三十日\n某方案\n为贯彻落实,特制订本方案。\n")
    assert (ex.document.title, ex.document.date) == (title, "2007-06-30"), ex.document
    opinions = f"{city}市人民政府关于实施{r.choice(g.ZH_FIELDS)}战略纲要的若干意见"
    chrome = "\n\n".join(["收藏", "下载法规", "我要纠错", "条款摘要", "资料来自公开网络", "原文版权归原版权人拥有", "发文字号:某府〔2009〕109号",
                          "颁布部门:某市人民政府", "法律效力", "应用分类"])
    ex = read(f"欢迎来到{g.word(r).upper()}平台! 设为首页 收藏\n{g.word(r).upper()}中国 法规首页 {opinions}\n\n{opinions}\n\n{chrome}\n\n颁布日期:2009-07-02生效日期:1900-01-01\n\n"
              f"{opinions}\n\n各县人民政府:\n  现提出如下实施意见。\n")
    assert (ex.document.title, ex.document.date) == (opinions, "2009-07-02"), ex.document
    head = f"{city}市人民政府关于印发"
    ex = read(f"{head}\n《{city}市创建{r.choice(g.ZH_FIELDS)}强市实施方案》的通知\n某市政府文件 字体(    )  打印\n\n各旗县:\n现印发给你们。\n")
    assert ex.document.title.startswith(head + "《") and ex.document.title.endswith("》的通知"), ex.document.title
    ex = read(f"查找:                      转第 显示法宝之窗 隐藏相关资料 下载下载 收藏收藏 打印打印 转发转发 小字 小字 大字 大字\n【期刊名称】 《某刊》\n"
              f"关于我国{r.choice(g.ZH_FIELDS)}体系建设的几个问题\n【作者】 {g.zh_name(r)}\n【摘要】 我国正在建设一个全新的系统。\n")
    assert ex.document.title.startswith("关于我国"), ex.document.title
    ex = read("中新社北京5月16日電 (記者 某某)中國國家版權局日前聯合啟動“劍網2031”專項行動。這是第27次行動。\n")
    assert ex.document.date == "2031-05-16", ex.document


@given(SEEDS)
def test_a_plans_premises_are_no_measures_and_officials_named_yu_and_bodies_named_with_ji(read, seed):
    r = random.Random(seed)
    ex = read(f"{g.zh_place(r)}市创建知识产权强市实施方案\n\n为深入贯彻落实,特制定本方案。\n\n一、总体要求\n\n(一)指导思想\n\n以发展为指导。\n\n"
              f"(二)基本原则\n\n——立足本市、面向丝路。\n")
    assert ex.measures == [], ex.measures
    given_ = "".join(r.choice("慈珂明华建平") for _ in range(2))
    body = f"{r.choice(['商务', '文化', '科技'])}及{r.choice(['经济发展', '旅游', '信息化'])}局"
    ex = read(f"测试\n\n某局版权管理司司长于{given_}呼吁各地积极发动群众。{body}局长{g.zh_name(r)}表示支持。\n【于{given_}司长答记者问实录】\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert ("于" + given_, "司长", "某局版权管理司") in got and any(o == body for _, _, o in got), got


@given(SEEDS)
def test_campaigns_launched_on_a_day_conferences_after_their_theme_and_meetings_on_the_day_told_last(read, seed):
    r = random.Random(seed)
    y = r.randrange(2010, 2031)
    name = f"{r.choice(['剑网', '护航', '清风'])}{y}"
    ex = read(f"某报讯 国家版权局、公安部7月25日在京联合启动“{name}”专项行动。\n“{name}”将聚焦网络版权保护。\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"{name}专项行动", f"{y}-07-25")], ex.events
    ex = read(f"6月11日,“{name}”打击网络侵权盗版专项行动今日于某市正式启动。此次“{name[:2]}行动”重点整治网络音乐。\n为完成任务,某司长呼吁群众举报。\n"
              f"在当日于某市举行的全国版权执法监管工作座谈会上,还对个人进行了表彰。\n")
    got = [(e.label, e.date) for e in ex.events]
    assert sorted(got) == sorted([(f"{name}专项行动", f"{y}-06-11"), ("全国版权执法监管工作座谈会", f"{y}-06-11")]), got
    conf = f"{y}中国{r.choice(g.ZH_FIELDS)}保护与发展大会"
    ex = read(f"大会倡导创新\n\n  本报讯 4月26日,某局在京举办主题为“守正创新:新时代某保护与产业发展”的{conf}。据调查显示,{y - 1}年产业规模增长,"
              f"{y - 1}年度报告发布,{y - 1}年数据公布。\n")
    assert (conf, f"{y}-04-26") in {(e.label, e.date) for e in ex.events}, ex.events


@given(SEEDS)
def test_names_before_titles_after_a_department_and_a_list_whose_first_title_is_the_name_before_it(read, seed):
    r = random.Random(seed)
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    ministry = f"{r.choice(['工业', '文化', '农业'])}和{r.choice(['信息化', '旅游', '农村'])}部"
    unit = f"{ministry}科技司技术基础处"
    centre = f"{r.choice(g.ZH_FIELDS)}研究中心"
    ex = read(f"座谈会\n\n应学校邀请,{unit}{a}处长于11月12日莅临我院指导工作。会议由院长主持,学校科技部{b}部长、{centre}主任{c}以及师生参加。\n"
              f"{a}处长从当前形势谈起。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "处长", unit), (b, "部长", "学校科技部"), (c, "主任", centre)} <= got, got
    assert not any(p == c and ro == "部长" for p, ro, _ in got), got


@given(SEEDS)
def test_an_issue_note_a_title_inside_a_joint_conferences_name_a_quoted_title_and_a_session_by_its_number(read, seed):
    r = random.Random(seed)
    ex = read(f"(Issued by the {g.body(r)} on June 5, 2031)\n\nThis Outline is formulated for the purpose of improving capacity.\n")
    assert ex.document.date == "2031-06-05" and not ex.document.title.startswith("("), ex.document
    opinions = f"Several Opinions of the State Council on Accelerating the Construction of {g.word(r)} Power in the New Situation"
    ex = read(f"State Council: accelerating the construction\n\n\"{opinions}\" Key Tasks Division of Work has been approved. The Office of "
              f"the Inter-Ministerial Joint Conference on the Implementation of the {g.word(r)} Property Strategy of the State Council "
              f"shall coordinate.\n")
    assert {i.title for i in ex.instruments} == {opinions}, ex.instruments
    n = r.randrange(10, 20)
    forum = f"China-{g.word(r)} High-level Forum"
    ex = read(f"Reform\n\nThe recently concluded annual session of the {n}th National People's Congress passed the plan. The state "
              f"successfully organizes the {forum} on Intellectual Property Rights.\n")
    labels = [e.label for e in ex.events]
    assert f"Annual session of the {n}th National People's Congress" in labels and forum not in labels, labels


@given(SEEDS)
def test_a_nav_bar_glued_together_a_spokesperson_before_a_day_a_press_meeting_and_a_question_mark_that_is_no_dot(read, seed):
    r = random.Random(seed)
    headline = f"某院{r.choice(g.ZH_FIELDS)}法庭2031年度报告(附:中英文全文)"
    bar = "产业行业政策诉讼TOP100招聘湾区IP动态职场人物国际视野许可交易深度专题活动商标版权Oversea晨报董图产品公司审查员说G40领袖机构企业专利律所"
    ex = read(f"返回\n顶部\n我们已发送验证链接到您的邮箱,请查收并验证\n确定\n{bar}\n\n{headline}\n\n产业\n原标题:某报告\n\n消息:近日,某法庭发布年度报告。\n")
    assert ex.document.title == headline, ex.document.title
    a = g.zh_name(r)
    ex = read(f"外交部回应专利申请数量\n某网北京3月19日电 据外交部网站消息,外交部发言人{a}19日主持例行记者会。记者会实录如下:\n"
              f"问:你能否解释某外长被任命为国务委员的原因?有人说这表明中国政府更加重视外交。\n")
    assert {(p.person, p.role) for p in ex.posts} == {(a, "发言人")}, ex.posts
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "--03-19")], ex.events


@given(SEEDS)
def test_a_newsletters_name_said_twice_over_its_headline_and_an_aside_in_brackets_between_two_titles(read, seed):
    r = random.Random(seed)
    issue = f"E-News No.{r.randrange(10, 99)}"
    headline = f"{g.body(r)} Publishes Judicial Interpretation II on {g.word(r)} Infringement"
    ex = read(f"{issue}\n\n{issue}\n\n{headline}\n\nThe court issued it on March 22.\n")
    assert ex.document.title == headline, ex.document.title
    a = g.pinyin_name(r)
    ex = read(f"Press conference\n\nThe office held a press conference. {a}, China International Trade Representative (Pay Grade: Full "
              f"Minister) and Deputy Minister of Ministry of Commerce made a speech.\n")
    got = {(p.person, p.role) for p in ex.posts}
    assert {(a, "China International Trade Representative"), (a, "Deputy Minister")} <= got, got


@given(SEEDS)
def test_a_title_that_a_longer_one_starts_a_page_date_glued_before_the_texts_a_law_cited_bare_and_two_titles_joined(read, seed):
    r = random.Random(seed)
    a, b = g.zh_name(r), g.zh_name(r)
    ex = read(f"测试\n\n全国人大常委会副委员长{a}、{b}出席会议。\n")
    assert {(p.person, p.role) for p in ex.posts} == {(a, "副委员长"), (b, "副委员长")}, ex.posts
    law = f"{g.zh_place(r)}法"
    ex = read(f"某会将审议某法修正案草案\n2031-12-22 12月15日下午,某届某会第十五次委员长会议在北京举行。根据{law}的规定,草案由某院提请审议。\n")
    assert ex.document.date == "2031-12-22" and [e.date for e in ex.events] == ["2031-12-15"], (ex.document, ex.events)
    assert law in {i.title for i in ex.instruments}, ex.instruments
    outline, plan = f"Outline of Construction of an {g.word(r)} Country (2031-2045)", f"15th Five-Year National Plan for {g.word(r)} Protection"
    ex = read(f"Commissioner {g.word(r)} Addresses {g.word(r)} Forum's IP Panel\n\n{g.body(r)} (KIPA) Commissioner {g.pinyin_name(r)} spoke. "
              f"Last year, China released the {outline} and {plan}, designing a blueprint. {g.word(r)} Forum for Asia (KFA) "
              f"Secretary General {g.pinyin_name(r)} spoke too.\n")
    assert {outline, plan} <= {i.title for i in ex.instruments}, ex.instruments
    assert all(p.org is not None for p in ex.posts) and len(ex.posts) == 2, ex.posts
    assert not any("Addresses" in e.label for e in ex.events), ex.events


@given(SEEDS)
def test_lower_case_titles_after_a_body_hyphenated_titles_and_western_order_names(read, seed):
    r = random.Random(seed)
    a, b, c = g.pinyin_name(r), g.pinyin_name(r), g.pinyin_name(r)
    given_, family = c.split()[1], c.split()[0]
    ex = read(f"Press\n\nChinese Foreign Ministry spokeswoman {a} said on Thursday. Distinguished guests, Vice-governor {b} of "
              f"{g.word(r)} Province, friends. Local time October 3, KIPO director {given_} {family} spoke in Geneva.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "Spokeswoman", "Foreign Ministry") in got and (b, "Vice-Governor") in {(p, ro) for p, ro, _ in got}, got
    assert (f"{given_} {family}", "Director", "KIPO") in got, got


@given(SEEDS)
def test_a_titles_verb_particle_a_speech_title_a_transcripts_date_line_a_briefing_told_and_a_meeting_by_its_number(read, seed):
    r = random.Random(seed)
    opinions = f"Several Opinions on Stepping up the Building of a Powerful {g.word(r)} System under New Settings"
    ex = read(f"News\n\nThe government released {opinions}, which deployed 106 programs. He delivered a speech entitled "
              f"\"The Role of Enterprises in the {g.word(r)} Strategy\".\n")
    assert {i.title for i in ex.instruments} == {opinions}, ex.instruments
    ex = read(f"China.org.cn | January 10, 2032\nSpeakers:\nMr. {g.pinyin_name(r)}, commissioner of the {g.body(r)}\nDate:\nJuly 29, 2031\n"
              f"{g.pinyin_name(r)}:\nWelcome to this press conference held by the office.\n")
    assert ("PressConference", "2031-07-29") in {(e.kind, e.date) for e in ex.events}, ex.events
    a = g.pinyin_name(r)
    ex = read(f"China to promote governance\n\nSource: Global Times Published: 2031/12/5 4:13:39\n\nChina seeks cooperation, spokesperson "
              f"{a} said on Thursday.\n\n{a.split()[0]} told a press briefing in Beijing that work went well.\n")
    assert ("PressConference", "2031-12-04") in {(e.kind, e.date) for e in ex.events}, ex.events
    n = r.randrange(5, 20)
    ex = read(f"Speech\n\nTo hold the {n}th Meeting of China-{g.word(r)} Heads of Intellectual Property Offices here. {g.word(r)} "
              f"International Expo Center served as the venue.\n")
    labels = [e.label for e in ex.events]
    assert any(lb.startswith(f"{n}th Meeting of China-") for lb in labels) and not any("Expo" in lb for lb in labels), labels
