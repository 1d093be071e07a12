"""Shapes met on real pages of courts' IP tribunals and of provinces' visits and meetings, each tested with generated
names: a headline whose short words run three in a row ("IP X set up in Y"), a column's or a site's name beside the
headline one pipe apart; a party's title before a body's ("CPC secretary and president of X"), a judge's rank after a
title ("and Second-level Justice"), a family name in capitals ("Judge LUO Dongchuan"), a second title "appointed as"
in one apposition, "this X Tribunal", "the court" for a tribunal named before, a sentence's opening adverb that is no
name ("Yesterday"); an envoy of a country (某国驻华大使), an office named again by its kind (并与办事处某主任), a senior
adviser (高级顾问), a park's director (某产业园某主任); "held a press conference that day", "is grandly held on", a
seminar attended (出席…研讨会), a meeting at which things were said (在…汇报会上), a talk held without 会 (召开座谈), a
meeting told by its verb alone (会谈, 会见), a province's measures (若干措施), a press conference named undated and dated
as "today's" (今天的发布会); on customs pages: campaigns by a quoted name holding their kind (“Korvel Action 2031”,
“蓝网行动2031”), after their kind (专项行动“龙腾2031”), with a second name in brackets, an action carried out on days
the sentence gives (开展…联合执法行动), "Published on 05/07 2031", a newspaper's page and date over its headline (第02版:
要闻, 某某日报海外版 2031年01月27日 星期三), a source line with its time and the site's address, 当天 after a name, and a
title's field in lower case ("an e-commerce inspector of the customs at the X post office"); on copyright and
geographical-indication pages: a body whose name enumerates its fields ("Administration of Press, Publication, Radio,
Film and Television"), one title in two bodies ("Vice Minister of XA and YB"), a list of "Chairman of X Society of Y
Name" items, a page cut off inside a title, guides and highlights as titles; a conference named with its theme after
it and under another name in the headline, a press conference told after statistics shown on a day, a communication
week, a quoted "X Campaign 2031" special action; a president of a country (某国总统), members of a commission (某盟某业
委员, 某委员会负责某业的委员), an envoy of a mission's office (驻某使团经商处公使), a conference at which something was
said (在…举行的2031某大会上), an election that is no name (总统选举), what was signed told by its rank (签署的第一份…协定); on
pages of memoranda between offices and of pledge financing: a deputy prime minister by the adjective of the country the
text names, a region's permanent secretary for two fields, a director of a field before the body, meetings by a number
in words and of a council "for" something, "met with the visiting X" under a headline that names no event, a bar of
social networks with today's date, a memorandum of understanding that is no title, a signing ceremony said to be held
somewhere (某签字仪式在某中心举行), a picture's note over the text ((资料图)), a market's 场 before a city (市场向某市); on
trademark pages: a title's field before a name of three words ("Commissioner for Trademarks A B C"), a body's name
ending with an acronym at a sentence's end ("… of the TMO of CNIPA. She added"), a news conference told "last week", a
newspaper's masthead (刊号, telephone lines) over its headline; on State Council pages: pinyin without tones in brackets
after each character (國(guo)務(wu)院), a name followed by 作交流发言, 系列 after a title, a themed study (专题学习), a law in a
draft of its revision (《某法（修订草案）》), a body's name broken over two lines after a country's possessive, a meeting
told by who chaired it ("the X's executive meeting chaired by Premier A"), a press conference told on a weekday on a
page that gives no date; on pages of court figures and articles: a page's date after its one paragraph, a line of a
site's keywords between Latin commas, the authors' names over an article, a name and title after 由 or 为, a session
of a congress by its term and number without 第 (全国政协九届四次会议), a unit of a body after its possessive ("the
SPC's intellectual property tribunal"); on pages of appointments and functions: links that skip to the content (top of
page, 跳转到内容), a minister's field in lower case ("assistant minister of commerce"), a permanent representative, a
former deputy director of a named body before the name, a meeting of a commission named with "and" and "new", told in
the headline too, links to other stories listed under the text, appointments and removals in Chinese (任命甲同志为…,
免去乙同志的…职务), the instrument a notice issues named only in its headline (关于印发某规定的通知); on foreign-ministry
transcripts: a list of titles each before its name ("Vice Premier A, Secretary of the X Committee B, President of the Y
Bank C and envoys"), a collective study told with its topic before its day, a group study session presided over, a
headline naming a press conference on a date, in lower case or in capitals, an envoy of a chairman (主席特使) and
leaders (领导人) that are no names or titles, a bar of one cell before its separator (客服设为首页 |); on law firms'
pages of a law's amendment: a law "of the PRC" or "of the P.R.C." (the law), suggestions for amending a law's rules (the
rules, under revision), a byline glued to the headline with the page's date in it, a site's greeting over the
headline; on mirrors of press releases: two titles joined by 兼 and a spokesperson after an office's title (the body's),
a site's and a column's name beside the page's date, a press conference on a year's work held the year after."""

import random

from hypothesis import given
from hypothesis import strategies as st

from ipgraph._text import drop_reading_aids
from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_TRANSLITERATION = "阿埃伊奥尔斯特卡拉莫尼德维佩里夫耶诺塔"


def _foreign_zh(r: random.Random) -> str:
    return "".join(r.sample(_TRANSLITERATION, r.randrange(3, 6))) + "·" + "".join(r.sample(_TRANSLITERATION, r.randrange(3, 5)))


@given(SEEDS)
def test_a_headline_of_short_words_and_a_columns_or_sites_name_beside_the_headline(read, seed):
    r = random.Random(seed)
    headline = f"{g.word(r).upper()[:2]} {g.word(r)} set up in {g.word(r)}"
    ex = read(f"{headline}\n\n\nThe {g.body(r)} began to operate on Jan. 1 in {g.word(r)}.\n\nUpdated: January 4, 2031\n\n"
              f"The tribunal handles appeal cases.\n")
    assert ex.document.title == headline, ex.document.title
    long = f"Detailed Provisions of the {g.word(r)} Tribunal Published"
    ex = read(f"Newsletter | {long}\n\nAuthor: {g.pinyin_name(r)} | UpdateTime:2031-01-07\n\nThe provisions are issued by the court.\n")
    assert ex.document.title == long, ex.document.title
    ex = read(f"{long} | {g.word(r)} Online\n\nThe provisions are issued by the court to regulate its work.\n")
    assert ex.document.title == long, ex.document.title
    zh = f"{g.zh_place(r)}市召开{r.choice(g.ZH_FIELDS)}工作推进会议"
    ex = read(f"要闻 | {zh}\n\n会议要求进一步做好工作，推动发展取得新成效。\n")
    assert ex.document.title == zh, ex.document.title


@given(SEEDS)
def test_party_titles_ranks_capital_family_names_a_second_title_appointed_and_a_court_that_is_a_tribunal(read, seed):
    r = random.Random(seed)
    a, b, c, d = (g.pinyin_name(r) for _ in range(4))
    court, tribunal = f"{g.word(r)} Higher People's Court", f"{g.word(r)} Intellectual Property Tribunal"
    ex = read(f"Yesterday {a}, CPC secretary and president of the {court}, attended the ceremony. {b}, Vice President of the "
              f"{court} and Second-level Justice, said the court works.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "CPC Secretary", court), (a, "President", court), (b, "Vice President", court),
            (b, "Second-level Justice", court)} <= posts, posts
    family, given_name = c.split()
    ex = read(f"In the conference, Judge {family.upper()} {given_name}, the Vice President of the {court} responsible for IP "
              f"cases and appointed as the Chief Judge of this {tribunal}, explained the plan.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(c, "Vice President", court), (c, "Chief Judge", tribunal)} <= posts, posts
    ex = read(f"The {tribunal} heard its first case on Dec 16.\n\n{d}, president of the court, along with two judges, heard it.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (d, "President", tribunal) in posts, posts


@given(SEEDS)
def test_an_envoy_an_office_named_again_by_its_kind_a_senior_adviser_and_a_parks_director(read, seed):
    r = random.Random(seed)
    envoy, country = _foreign_zh(r), "".join(r.sample(_TRANSLITERATION, 2))
    ex = read(f"{r.randrange(1, 13)}月{r.randrange(1, 28)}日，{g.zh_body(r)}副局长{g.zh_name(r)}在京会见{country}驻华大使{envoy}一行。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (envoy, "大使", country) in posts, posts
    office = f"{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}组织中国办事处"
    head, adviser, other, director = g.zh_name(r), g.zh_name(r), g.zh_name(r), g.zh_name(r)
    while len({head, adviser, other, director}) < 4:
        head, adviser, other, director = g.zh_name(r), g.zh_name(r), g.zh_name(r), g.zh_name(r)
    park = f"{g.zh_place(r)}创意产业园"
    ex = read(f"3月23日，{g.zh_body(r)}局长{g.zh_name(r)}率队拜访{office}，并与办事处{head}主任就合作进行了会谈。"
              f"{office}高级顾问{adviser}参加会谈。\n{other}副局长、{park}{director}主任陪同调研。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(head, "主任", office), (adviser, "高级顾问", office), (director, "主任", park)} <= posts, posts
    assert "会谈" in {e.label for e in ex.events}, ex.events


@given(SEEDS)
def test_events_that_day_held_with_an_adverb_attended_at_a_meeting_a_talk_and_a_press_conference_named_then_dated(read, seed):
    r = random.Random(seed)
    office = f"{g.word(r)} Information Office"
    ex = read(f"{g.word(r)} News Service, {g.word(r)}, March 14 (Reporter {g.pinyin_name(r)}) {g.pinyin_name(r)} said on the "
              f"14th that the court works.\n\nIt accepted cases, \"fully embodying the advantages.\"\n\n"
              f"The {office} held a press conference that day.\n")
    assert ("PressConference", "03-14") in {(e.kind, (e.date or "")[-5:]) for e in ex.events}, ex.events
    ex = read(f"News\n\nA press conference is grandly held on December 29, 2031 to introduce the {g.word(r)} Tribunal.\n")
    assert ("PressConference", "2031-12-29") in {(e.kind, e.date) for e in ex.events}, ex.events
    seminar = f"{r.choice(g.ZH_FIELDS)}导航发展相关工作研讨会"
    report = f"{g.zh_place(r)}保护中心筹建工作座谈汇报会"
    measures = f"{g.zh_place(r)}省关于强化{r.choice(g.ZH_FIELDS)}保护的若干措施"
    ex = read(f"昨日，{g.zh_body(r)}副局长{g.zh_name(r)}一行出席{seminar}。\n8月30日，调研组调研。在{report}上，"
              f"{g.zh_name(r)}副市长致辞。\n2031年8月2日，{g.zh_body(r)}局长{g.zh_name(r)}主持召开座谈。要深入实施《{measures}》。\n")
    events = {(e.label, e.date) for e in ex.events}
    assert {(seminar, None), (report, None), ("座谈", "2031-08-02")} <= events, events
    assert measures in {i.title for i in ex.instruments}, ex.instruments
    press = f"{g.zh_body(r)}3月例行新闻发布会"
    ex = read(f"新闻\n\n{g.zh_name(r)}出席{press}。\n2031年3月28日，他在今天的发布会上介绍了情况。\n")
    press_conferences = [(e.label, e.date) for e in ex.events if e.kind == "PressConference"]
    assert press_conferences == [(press, "2031-03-28")], press_conferences


@given(SEEDS)
def test_campaigns_by_quoted_names_an_action_carried_out_on_days_and_a_title_field_in_lower_case(read, seed):
    r = random.Random(seed)
    action = f"{g.word(r)} Action 2031"
    ex = read(f"Customs seized goods in “{action}”\n\n“{action}” carried out by the {g.body(r)} was completed.\n")
    assert ("Campaign", action) in {(e.kind, e.label) for e in ex.events}, ex.events
    a, b, c = (r.choice(g.ZH_PLACE) + r.choice(g.ZH_PLACE) for _ in range(3))
    ex = read(f"海关总署:前三季度扣留侵权货物\n\n全国海关开展知识产权保护专项行动“{a}2031”、寄递渠道知识产权保护“{b}行动2031”。"
              f"海关继续开展“2032年全国海关知识产权保护专项行动”(“{c}行动2032”)。\n")
    labels = {e.label for e in ex.events if e.kind == "Campaign"}
    assert {f"{a}2031", f"{b}行动2031", "2032年全国海关知识产权保护专项行动"} <= labels and f"{c}行动2032" not in labels, labels
    ex = read(f"据海关消息,4月19日至5月17日期间,{a}海关与{b}海关共同开展本年度第一次知识产权海关保护联合执法行动。\n")
    campaigns = {(e.label, (e.date or "")[-5:]) for e in ex.events if e.kind == "Campaign"}
    assert ("本年度第一次知识产权海关保护联合执法行动", "04-19") in campaigns, campaigns
    customs, inspector, deputy = f"{g.word(r)} Customs", g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f"The {customs} made the seizure. \u201cWe used an X-ray,\u201d said {inspector}, an e-commerce inspector of the "
              f"customs at the {g.word(r)} post office. {deputy}, deputy director of the customs, promised protection.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(inspector, "E-commerce Inspector", customs), (deputy, "Deputy Director", customs)} <= posts, posts


@given(SEEDS)
def test_dates_after_published_on_a_newspapers_page_over_its_headline_a_source_line_and_a_day_after_a_name(read, seed):
    r = random.Random(seed)
    ex = read(f"13,000 batches seized\n\nPublished on 05/07 2031  Source: {g.word(r)} Times\n\nOn May 2, the customs seized goods.\n")
    assert ex.document.date == "2031-05-07", ex.document.date
    headline = f"{g.zh_place(r)}海关去年查扣侵权货物超5600万件"
    ex = read(f"第02版:要闻\n\n{g.zh_place(r)}日报海外版 2031年01月27日 星期三\n\n返回目录  放大缩小全文复制    上一篇  下一篇\n\n"
              f"{headline}\n\n  本报北京1月26日电 (记者{g.zh_name(r)})记者日前从海关获悉,海关查扣侵权货物。\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-01-27"), (ex.document.title, ex.document.date)
    ex = read(f"新闻 > 国内新闻 > 正文\n\n我国海关扣留侵权货物\n\n来源:{g.zh_place(r)}商报 2031-01-22 01:04   https://www.example.net/\n\n"
              f"海关发布数据显示,海关扣留侵权货物。\n")
    assert ex.document.date == "2031-01-22", ex.document.date
    name = r.choice(g.ZH_SURNAMES) + r.choice(g.ZH_GIVEN)
    ex = read(f"4月26日是世界知识产权日。海关总署综合业务司司长{name}当天告诉记者,海关查扣货物。\n")
    assert (name, "司长") in {(p.person, p.role) for p in ex.posts}, ex.posts


@given(SEEDS)
def test_bodies_enumerating_fields_one_title_in_two_bodies_and_a_list_of_titles_of_bodies_then_names(read, seed):
    r = random.Random(seed)
    a, b, c, d = (g.word(r) for _ in range(4))
    body = f"State Administration of {a}, {b}, {c} and {d}"
    name, other, first, second = (g.pinyin_name(r) for _ in range(4))
    ex = read(f"News\n\n{name}, Vice Minister of the {body} and Vice Minister of the {g.word(r)} Copyright Office, delivered a speech.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (name, "Vice Minister", body) in posts, posts
    x, y = g.word(r) + " Press Office", g.word(r) + " Copyright Office"
    xa, ya = "".join(w[0] for w in x.split()), "".join(w[0] for w in y.split())
    ex = read(f"News\n\nThe {x} ({xa}) and the {y} ({ya}) met. {other}, Vice Minister of {xa} and {ya}, attended.\n")
    orgs = {p.org.surface for p in ex.posts if p.person == other and p.org}
    assert len(orgs) == 2, ex.posts
    society, group = f"Copyright Society of {g.word(r)}", f"{g.word(r)} Film Group"
    ex = read(f"News\n\nChairman of {society} {first}, Chairman of {group} {second} and others were awarded.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(first, "Chairman", society), (second, "Chairman", group)} <= posts, posts


@given(SEEDS)
def test_titles_cut_off_guides_highlights_and_events_named_by_theme_by_statistics_day_and_by_their_week(read, seed):
    r = random.Random(seed)
    guide, cut = f"Work Guide on Legitimate {g.word(r)} Management", f"Notice on {g.word(r)}"
    ex = read(f"Office issues guides for registration\n\nThe office issued the {guide}. It issued documents such as {cut}ing Regul")
    titles = {i.title for i in ex.instruments}
    assert guide in titles and not any(t.endswith("Regul") for t in titles), titles
    topic = f"Copyright Protection and Development in {g.word(r)} Environment"
    ex = read(f"2031 National Online {g.word(r)} Conference Held in Beijing\n\nOn April 26, the office held 2031 National Conference on "
              f"{topic} with the theme of \u201cCompliance and Innovation: A New Era\u201d. Speakers spoke.\n")
    conferences = [e.label for e in ex.events if e.kind == "Conference"]
    assert conferences == [f"2031 National Conference on {topic}"], conferences
    ex = read(f"Registrations soar\n\n2031-01-23 10:45\n\nMore than 845,000 works were registered, statistics showed on Wednesday.\n\n"
              f"A spokesman from the {g.body(r)} told a press conference that half were made in {g.word(r)}.\n")
    assert ("PressConference", "2031-01-22") in {(e.kind, e.date) for e in ex.events}, ex.events
    ex = read("Highlights released\n\nApril 20, 2032\n\nThe country will hold a nationwide communication week related to "
              "intellectual property from April 20 to 26.\n")
    assert ("PublicityWeek", "2032-04-20") in {(e.kind, e.date) for e in ex.events}, ex.events
    campaign = f"{g.word(r)} Campaign 2031"
    ex = read(f"Facts\n\nOn July 25 2031, four bodies worked together to launch the \u201c{campaign}\u201d special action.\n")
    assert [e.label for e in ex.events if e.kind == "Campaign"] == [campaign], ex.events


@given(SEEDS)
def test_presidents_members_of_a_commission_a_missions_envoy_a_conference_at_which_and_what_is_no_name(read, seed):
    r = random.Random(seed)
    president, member, other = _foreign_zh(r).split("·")[1][:3], _foreign_zh(r), "".join(r.sample(_TRANSLITERATION, 2))
    country, union = "".join(r.sample(_TRANSLITERATION, 2)), "".join(r.sample(_TRANSLITERATION, 2)) + "盟"
    minister, envoy = g.zh_name(r), g.zh_name(r)
    ex = read(f"在国家主席和{country}总统{president}的共同见证下，{g.zh_body(r)}局长{minister}与{union}农业委员{other}共同签署联合声明。\n"
              f"公报说，协定将提升需求。{union}委员会负责农业的委员{member}表示，协定强化了关系。"
              f"{country}驻{union}使团经商处公使{envoy}介绍说，双方开展了谈判。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(president, "总统", country), (other, "委员", union), (member, "委员", f"{union}委员会"),
            (envoy, "公使", f"{country}驻{union}使团经商处")} <= posts, posts
    conference = f"2031{g.zh_place(r)}种子大会"
    ex = read(f"“为何？”在日前举行的{conference}上，{g.zh_body(r)}司长{g.zh_name(r)}提出问题。{country}举行总统选举顺利。"
              f"该协定是两地之间签署的第一份意义重大的双边贸易协定。\n")
    assert conference in {e.label for e in ex.events}, ex.events
    assert not any(p.role == "总统" for p in ex.posts), ex.posts
    assert not any(i.title.startswith("第一份") for i in ex.instruments), ex.instruments


@given(SEEDS)
def test_nationality_adjectives_fields_of_titles_numbered_meetings_in_words_and_a_meeting_told_by_met_with(read, seed):
    r = random.Random(seed)
    country = g.word(r, 3) + "a"  # ("Korvelia": Korvelian)
    deputy, secretary, director, head, guest = (g.pinyin_name(r) for _ in range(5))
    ex = read(f"News\n\nRecently, {head} met with {deputy}, {country}n Deputy Prime Minister who is on a visit. China and {country} "
              f"signed a Memorandum of Understanding (MoU) on cooperation.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (deputy, "Deputy Prime Minister", country) in posts, posts
    assert not any(i.title == "Memorandum of Understanding" for i in ex.instruments), ex.instruments
    region, field = f"{g.word(r)} Kong", f"{g.word(r)} and {g.word(r)} Development"
    body = f"{g.word(r)} Special Administrative Region"
    ex = read(f"News\n\n{region}'s Permanent Secretary for {field} {secretary} attended. Director of Intellectual Property "
              f"{director} of the {body} signed the MoU.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(secretary, f"Permanent Secretary for {field}", region), (director, "Director of Intellectual Property", body)} <= posts, posts
    council, park = f"China-{g.word(r)} Joint Council for Bilateral Cooperation", f"{g.word(r)} Industrial Park"
    n = r.choice(["seventh", "eighth", "ninth"])
    ex = read(f"News\n\n{head} co-chaired the 11th meeting of {council}, and the {n} China-{g.word(r)} Joint Steering Council "
              f"Meeting for the {park}.\n")
    labels = {e.label for e in ex.events}
    assert f"11th meeting of {council}" in labels and any(lb.startswith(f"{n} China-") and lb.endswith(park) for lb in labels), labels
    ex = read(f"Memorandum Signed between the {g.body(r)} and {g.word(r)} Office\n\nMarch 18, 2031\n\nOn February 27, {head}, "
              f"Commissioner of the office, met with the visiting {guest}, Director General of the {g.word(r)} Office.\n")
    assert ("Meeting", "2031-02-27") in {(e.kind, e.date) for e in ex.events}, ex.events
    headline = f"China's {g.word(r)}, {g.word(r)} sign MoU on cooperation in intellectual property"
    ex = read(f"Facebook Twitter 新浪微博 腾讯微博 Wednesday 3 June 2032\nSearch\n\n{headline}\n\n(Xinhua)    15:47, February 05, 2031\n\n"
              f"The two sides signed the memorandum on Thursday.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-02-05"), (ex.document.title, ex.document.date)


@given(SEEDS)
def test_a_ceremony_said_to_be_held_somewhere_a_pictures_note_and_a_markets_character_before_a_city(read, seed):
    r = random.Random(seed)
    city, deputy = g.zh_place(r) + "市", g.zh_name(r)
    ceremony = "市知识产权质押融资战略合作签字仪式"
    ex = read(f"(资料图)\n昨日上午,{ceremony}在市会议中心举行,市知识产权局与银行签订合作协议,银行现场向{city}某公司等6家企业发放贷款。\n"
              f"市委常委、副市长{deputy}出席签字仪式。\n")
    assert ceremony in {e.label for e in ex.events}, ex.events
    assert ex.document.title != "(资料图)", ex.document.title
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (deputy, "副市长", city) in posts, posts


@given(SEEDS)
def test_a_field_before_a_long_name_an_acronym_ending_a_sentence_a_briefing_last_week_and_a_masthead(read, seed):
    r = random.Random(seed)
    first, middle, last = g.word(r), g.word(r), g.word(r, 3)
    minister = g.pinyin_name(r)
    ex = read(f"Statement\n\nCommissioner for Trademarks {first} {middle} {last} spoke. Minister for Foreign Affairs {minister} spoke.\n")
    posts = {(p.person, p.role) for p in ex.posts}
    assert {(f"{first} {middle} {last}", "Commissioner for Trademarks"), (minister, "Minister for Foreign Affairs")} <= posts, posts
    deputy, division = g.pinyin_name(r), f"Division of {g.word(r)} Examination Administration"
    ex = read(f"News\n\n\u201cWe will act,\u201d said {deputy}, deputy director of {division} of the KTO of CNIPA. She added more.\n")
    orgs = {p.org.surface for p in ex.posts if p.person == deputy and p.org}
    assert orgs and not any("She" in o for o in orgs), ex.posts
    ex = read(f"Regulator takes aim at squatting\n\n\u201cWe will act,\u201d {g.pinyin_name(r)}, deputy head of the {g.body(r)}, "
              f"told a news conference last week.\n")
    assert "PressConference" in {e.kind for e in ex.events}, ex.events
    headline = f"高标准建设{g.zh_place(r)}市国家级知识产权保护中心"
    ex = read(f"国内统一刊号:CN43-0003 某某日报社出版党报热线:0731-58266666广告热线:0731-58221120\n\n{headline}\n\n本报讯 近日,省委印发意见。\n")
    assert ex.document.title == headline, ex.document.title


@given(SEEDS)
def test_toneless_pinyin_after_characters_a_themed_study_a_draft_revision_and_a_meeting_told_by_its_chair(read, seed):
    r = random.Random(seed)
    head, speaker, law = g.zh_name(r), g.zh_name(r), f"{g.zh_place(r)}卫生检疫法"
    glossed = "".join(f"{c}(guo)" if c in "国" else f"{c}(wu)" if c in "务" else f"{c}(zhu)" if c in "主" else c
                      for c in f"10月31日下午,国务院进行第四次专题学习。国务院总理{head}主持专题学习。")
    glossed += f"国(guo)务(wu)委(wei)员(yuan){speaker}作交(jiao)流(liu)发言。"
    ex = read(drop_reading_aids(glossed + "\n"))  # (as a source file is read)
    posts = {(p.person, p.role) for p in ex.posts}
    assert {(head, "总理"), (speaker, "国务委员")} <= posts, posts
    assert ("CollectiveStudy", "--10-31") in {(e.kind, e.date) for e in ex.events}, ex.events
    ex = read(f"国常会\n\n总理{head}3日主持召开国务院常务会议,讨论《{law}（修订草案）》。要深入学习习近平总书记系列重要讲话精神。\n")
    assert law in {i.title for i in ex.instruments} and law in {v.title for v in ex.revisions}, (ex.instruments, ex.revisions)
    assert not any(p.person.startswith("系列") for p in ex.posts), ex.posts
    deputy, premier, body = g.pinyin_name(r), g.pinyin_name(r), f"{g.word(r)} Development and Reform Commission"
    ex = read(f"File photo: VCG\nThe official told a press conference on Wednesday that work went on. \"We act,\" {deputy}, deputy "
              f"head of {g.word(r)}'s\n{body}, said.\n\nBEIJING, July 17 -- China will act, the {g.word(r)} Council's executive "
              f"meeting chaired by Premier {premier} decided on Wednesday.\n")
    orgs = {p.org.surface for p in ex.posts if p.person == deputy and p.org}
    assert orgs and all(o.endswith(body) for o in orgs), ex.posts  # (the line break inside the name is no clause's end)
    kinds = {(e.kind, (e.date or "")[-5:]) for e in ex.events}
    assert ("Meeting", "07-17") in kinds and "PressConference" in {k for k, _ in kinds}, ex.events


@given(SEEDS)
def test_a_date_after_one_paragraph_keywords_and_authors_over_a_text_titles_after_prepositions_and_sessions_by_term(read, seed):
    r = random.Random(seed)
    ex = read(f"\nIn 2030, the {g.body(r)} dealt with 16,227 cases in total, a 79.8% year on year increase. 2031-08-07\n")
    assert ex.document.date == "2031-08-07", ex.document.date
    headline = f"China sees rising IPR cases in {g.word(r)}"
    ex = read(f"{g.zh_place(r)}网站,{g.zh_place(r)}综合频道,{g.zh_place(r)}视频一区,{g.zh_place(r)}精品推荐\n\n{headline}\n\n"
              f"Updated: 2031-11-28 22:41\n\nCourts handled more cases.\n")
    assert ex.document.title == headline, ex.document.title
    member, president = g.zh_name(r), g.zh_name(r)
    authors = f"{r.choice(g.ZH_SURNAMES)} {r.choice(g.ZH_GIVEN)},{g.zh_name(r)}"
    ex = read(f"{authors}\n(某大学 经济学院)\n最早的设想由{member}委员在2031年3月召开的"
              f"全国政协九届四次会议上提出。该观点为{president}院长于2031年8月29日在会议上的报告所采用。\n")
    assert ex.document.title != authors, ex.document.title
    assert {(member, "委员"), (president, "院长")} <= {(p.person, p.role) for p in ex.posts}, ex.posts
    assert "全国政协九届四次会议" in {e.label for e in ex.events}, ex.events
    judge = g.pinyin_name(r)
    ex = read(f"Record cases\n\n\"Cases grow,\" {judge}, chief judge of the SPC's intellectual property tribunal, said today.\n")
    post = next(p for p in ex.posts if p.person == judge)
    assert (post.org.surface, post.parent_org.key if post.parent_org else None) == ("intellectual property tribunal", "spc"), post


@given(SEEDS)
def test_appointments_a_lower_case_ministry_a_permanent_representative_and_a_commission_meeting_told_twice(read, seed):
    r = random.Random(seed)
    a, b, c, d = (g.pinyin_name(r) for _ in range(4))
    body, country = f"State Administration for {g.word(r)} Affairs", g.word(r, 3)
    ex = read(f"top of page\n\nState Council appoints, removes officials\n\n{a} was appointed assistant minister of commerce.\n"
              f"{b} was appointed Permanent Representative of {country} to the UN Agencies for {g.word(r)}.\n"
              f"Upon the release, former deputy director of the {body} {c} said so.\n"
              f"- Global experts chart a path at {g.word(r)} Forum 2031\n- Media tour explores {g.word(r)}\n")
    assert ex.document.title == "State Council appoints, removes officials", ex.document.title
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(b, "Permanent Representative", country), (c, "Deputy Director", body)} <= posts, posts
    assert any(p.person == a and p.org and p.org.key for p in ex.posts), ex.posts
    assert not any(e.kind == "Forum" for e in ex.events), ex.events
    x, y = g.word(r), g.word(r)
    ex = read(f"{d} Presides Over the First Meeting of the Central {x} and {y} Affairs Commission, Stresses Unity\n\n"
              f"4.2 {d} presided over the first meeting of the new Central {x} and {y} Affairs Commission, for which he serves.\n")
    meetings = [e.label for e in ex.events if e.kind == "Meeting"]
    assert len(meetings) == 1 and meetings[0].endswith(f"{y} Affairs Commission"), meetings


@given(SEEDS)
def test_appointments_and_removals_in_chinese_and_the_instrument_a_notice_issues_in_its_headline(read, seed):
    r = random.Random(seed)
    new, old = g.zh_name(r), g.zh_name(r)
    while new == old:
        old = g.zh_name(r)
    body = g.zh_body(r)
    rules = f"{g.zh_place(r)}局职能配置内设机构和人员编制规定"
    ex = read(f"跳转到内容\n\n国务院办公厅关于印发{rules}的通知\n\n中央决定，任命{new}同志为{body}党组书记、局长，"
              f"免去{old}同志的{body}党组书记、局长职务。\n")
    assert ex.document.title == f"国务院办公厅关于印发{rules}的通知", ex.document.title
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(new, "党组书记", body), (new, "局长", body), (old, "局长", body)} <= posts, posts
    assert not any(p.person == "职务" for p in ex.posts), ex.posts
    assert rules in {i.title for i in ex.instruments}, ex.instruments


@given(SEEDS)
def test_a_list_of_titles_before_names_studies_on_a_day_and_a_press_conference_named_in_the_headline(read, seed):
    r = random.Random(seed)
    a, b, c, d, e = g.pinyin_name(r), g.pinyin_name(r), g.foreign_name(r), g.foreign_name(r), g.foreign_name(r)
    committee, bank = f"CPC {g.word(r)} Municipal Committee", f"New {g.word(r)} Bank"
    ex = read(f"Spokesperson {g.pinyin_name(r)}'s regular press conference on December 3, 2031\n\nThe forum was attended by Vice "
              f"Premier {a}, Secretary of the {committee} {b}, WTO Director-General {c}, UNCTAD Secretary-General {d}, President "
              f"of the {bank} {e} and diplomatic envoys. Xi pointed out at the 25th collective study on strengthening {g.word(r)} "
              f"protection in the Political Bureau on November 30 that work goes on.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(b, "Secretary", committee), (e, "President", bank)} <= posts, posts
    assert not any(p.person in (a, d) and p.org and p.org.surface in (committee, bank) for p in ex.posts), posts
    events = {(ev.kind, ev.date) for ev in ex.events}
    assert {("PressConference", "2031-12-03"), ("CollectiveStudy", "2031-11-30")} <= events, ex.events
    ex = read(f"Spokesperson {g.pinyin_name(r)}'s Regular Press Conference on January 3, 2032\n\nQ: A question.\n")
    assert {ev.kind for ev in ex.events} == {"PressConference"}, ex.events
    ex = read(f"央视网|视频|网站地图 |\n客服设为首页 |\n外交部发言人{g.zh_name(r)}5月22日答记者问时表示,应尊重事实,停止对中方的无理指责,"
              f"这是我们一贯的立场和主张。\n民政部部长{g.zh_name(r)}将作为习近平主席特使出席峰会。国务委员访问期间,将会见当地领导人。\n")
    assert ex.document.title != "客服设为首页 |", ex.document.title
    assert not any(p.person.startswith("特使") or p.role == "领导" for p in ex.posts), ex.posts


@given(SEEDS)
def test_a_law_of_the_prc_suggestions_for_amending_rules_a_glued_byline_and_a_sites_greeting(read, seed):
    r = random.Random(seed)
    law = f"{g.word(r)} Law"
    rules = f"Implementation Rules of the {law}"
    headline = f"China's Legislature Approves Increases to Statutory {g.word(r)} Damages"
    ex = read(f"{headline}By: {g.foreign_name(r)}on November 3, 2031 at 12:15 pm Publication: {g.word(r)}.com | News\n\n"
              f"The decision on amending the {law} of the P.R.C. was passed. The revised {law} of the PRC will come into force. "
              f"In the Suggestions for Amending the {rules} (the draft for public comments), provisions are added.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-11-03"), (ex.document.title, ex.document.date)
    titles = {i.title for i in ex.instruments}
    assert law in titles and not any(t.endswith(("P.R.C", "PRC")) for t in titles), titles
    assert rules in titles and rules in {v.title for v in ex.revisions}, (titles, ex.revisions)
    other = f"China's {g.word(r)} Congress Approves Amended {law}"
    ex = read(f"Welcome to the official website of {g.word(r)} Patent & Trademark Agent Ltd!\n\n{other}\n\nCategory: News Time: 2031-10-22\n\n"
              f"The revision of the {law} was completed.\n")
    assert ex.document.title == other, ex.document.title


@given(SEEDS)
def test_titles_joined_by_jian_a_column_beside_the_date_and_a_conference_on_the_years_work(read, seed):
    r = random.Random(seed)
    name, body = g.zh_name(r), g.zh_body(r)
    column = f"{g.zh_place(r)}镜像.新闻汇总"
    ex = read(f"{column} 2032-01-12\n\n今天12日,国新办举行新闻发布会,{body}副局长兼办公室主任、新闻发言人{name}介绍2031年统计数据。\n")
    assert (ex.document.date, ex.document.title != f"{column} 2032-01-12") == ("2032-01-12", True), ex.document
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(name, "副局长", body), (name, "主任", "办公室"), (name, "新闻发言人", body)} <= posts, posts
    ex = read(f"发布时间:2032-11-23 15:49:23 来源: 某网\n中新网 北京1月16日电 (记者 {g.zh_name(r)})国务院新闻办公室当天在北京举行2031年"
              f"知识产权工作新闻发布会,{name}在会上介绍情况。\n")
    assert ("PressConference", "2032-01-16") in {(e.kind, e.date) for e in ex.events}, ex.events
