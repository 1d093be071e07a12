"""Shapes of pages the loader met on pages it had not seen, each tested with generated names: titles whose
link is followed by a word in lower case, laws named in lower case as what a revision revises, a bar of site
chrome that opens or closes with its separator, a headline line that starts with the page's date, a date line
with its source after it, a plan whose first measure is glued to its part's heading; and, met later, the pinyin a
reprint prints after its characters, a short link over a headline that stands over the page's particulars, Chinese
meetings held with no date, titles in a list after a unit, short national names a text gives to local bodies, the
party's general secretary, joint conferences of agencies (bodies, not events), an undated plenary session of a named
body, panel discussions under a dateline without its year, and plan titles with "and" inside and a year at either
end."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_title_whose_link_is_followed_by_a_word_in_lower_case(read, seed):
    r = random.Random(seed)
    title = f"Opinions on further {r.choice(['Improving', 'Protecting', 'Managing'])} the {g.word(r)} of {g.word(r)} Applications"
    ex = read(f"Plan\n\n1. Implement the {title}, optimise the {g.word(r)} evaluation.\n")
    assert title in [i.title for i in ex.instruments], [i.title for i in ex.instruments]


@given(SEEDS)
def test_a_law_named_in_lower_case_as_what_a_revision_revises(read, seed):
    r = random.Random(seed)
    field = g.word(r).lower()
    ex = read(f"Draft Law Read\n\nLawmakers reviewed draft revisions of the {field} law on Monday. The {g.body(r)} welcomed it.\n")
    title = f"{field.capitalize()} Law"
    assert title in [i.title for i in ex.instruments] and title in [v.title for v in ex.revisions], \
        ([i.title for i in ex.instruments], [v.title for v in ex.revisions])


def test_a_law_in_lower_case_that_names_no_instrument_is_none(read):
    ex = read("Note\n\nThe amendments to the relevant law and to international law were discussed.\n")
    assert not ex.instruments and not ex.revisions


@given(SEEDS, st.sampled_from(["bar", "loading", "our", "cells"]))
def test_lines_above_the_headline_that_are_not_it(read, seed, shape):
    """A bar of chrome that closes with its separator; a loading message and a lone word in lower case (a handle);
    the site speaking to its reader; a line of cells ("Site - Section - The headline") over the headline alone."""
    r = random.Random(seed)
    headline = f"{g.word(r)} Office Opens Branch in {g.country(r)}"
    above = {"bar": f"{r.choice(['Text', 'Font'])}: | {r.choice(['Print', 'Share'])}|",
             "loading": f"Please wait while the page is loading...\n\n{g.word(r).lower()}",
             "our": f"Follow our {g.word(r)} account",
             "cells": f"{g.word(r)} Website - News headlines - {headline}"}[shape]
    ex = read(f"{above}\n\n{headline}\n\nThe office opened a branch.\n")
    assert ex.document.title == headline


@given(SEEDS)
def test_a_headline_line_that_starts_with_the_pages_date(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2008, 2031), r.randrange(1, 13), r.randrange(1, 29)
    headline = f"{g.country(r)} adopts draft rules on {g.word(r).lower()} marks"
    ex = read(f" date {y}-{m:02d}-{d:02d} {headline}\n\nThe {g.body(r)} adopted the rules.\n")
    assert ex.document.title == headline and ex.document.date == f"{y}-{m:02d}-{d:02d}"


@given(SEEDS)
def test_a_chinese_date_line_with_its_source_after_it(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2008, 2031), r.randrange(1, 13), r.randrange(1, 29)
    ex = read(f"{g.zh_body(r)}召开会议\n\n{y}-{m:02d}-{d:02d} 出处 / {g.zh_body(r)}\n\n近日，会议召开。\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}"


@given(SEEDS)
def test_a_chinese_plan_whose_first_measure_is_glued_to_its_heading(read, seed):
    r = random.Random(seed)
    year = r.randrange(2008, 2031)
    acts = [r.choice(g.ZH_ACTIONS) + r.choice(g.ZH_OBJECTS) for _ in range(3)]
    text = (f"{year}年{g.zh_place(r)}知识产权工作要点\n{g.zh_body(r)}：现将要点印发给你们。重点做好以下工作：一、坚持和加强"
            f"{g.zh_place(r)}工作的全面领导1.{acts[0]}。按照要求{acts[1]}。2.{acts[2]}。二、强化保护3.{acts[0]}。\n")
    ex = read(text)
    assert [(m.number, m.part) for m in ex.measures] == [(1, "I"), (2, "I"), (3, "II")], text


@given(SEEDS)
def test_a_local_office_named_short_after_a_local_body_is_not_the_national_one(read, seed):
    r = random.Random(seed)
    place, name = g.zh_place(r), g.zh_name(r)
    ex = read(f"调研\n\n近日，{place}市市场监管局一级巡视员、知识产权局局长{name}一行到{g.zh_place(r)}调研。\n")
    post = next(p for p in ex.posts if p.role == "局长")
    assert post.org.surface == "知识产权局" and post.org.key is None, [(p.role, p.org) for p in ex.posts]


def test_a_text_that_does_not_say_when_names_the_body_that_exists_now(read):
    name = g.zh_name(random.Random(5))
    ex = read(f"调研\n\n国家知识产权局副局长{name}带领调研组赴{g.zh_place(random.Random(6))}市调研。\n")
    assert [p.org.key for p in ex.posts] == ["cnipa"]


@given(SEEDS)
def test_chairs_of_committees_and_heads_of_sections(read, seed):
    r = random.Random(seed)
    p1, p2 = g.zh_name(r), g.zh_name(r)
    party = "民" + g.zh_place(r)[:1] + g.zh_place(r) + "市委"
    sent = (f"调研\n\n10月26日，市政协副主席、{party}主委{p1}一行开展调研，{g.zh_body(r)}{r.choice(g.ZH_FIELDS)}科科长{p2}陪同。"
            f"{p1}副主委指出，要加强保护。\n")
    ex = read(sent)
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(p1, "副主席", "市政协"), (p1, "主委", party)} <= got and any(x[:2] == (p2, "科长") for x in got), (sent, got)


@given(SEEDS)
def test_a_date_label_after_the_headline_is_the_date_not_the_headline(read, seed):
    r = random.Random(seed)
    zh = f"{g.zh_body(r)}赴{g.zh_place(r)}调研知识产权工作"
    ex = read(f"{zh} 时间:2025-09-26\n9月23日下午，调研组赴企业调研。\n")
    assert ex.document.title == zh and ex.document.date == "2025-09-26"


@given(SEEDS)
def test_the_gathering_a_lead_reports_and_the_campaign_its_headline_names(read, seed):
    r = random.Random(seed)
    name = f"{g.word(r)} {g.word(r)}"
    text = (f"“{name} Campaign” Results Revealed\n\n14 January 2031\n\nOn December 30, 2030, officials reported the results "
            f"of the ninth \"{name} Campaign\" at a press conference in {g.word(r)} City.\n\n{g.country(r)}'s {name} campaign"
            f" goes on.\n")
    ex = read(text)
    got = {(e.kind, e.label) for e in ex.events}
    assert ("PressConference", "Press conference") in got and any(e.kind == "Campaign" and e.label.startswith(name)
                                                                 for e in ex.events), got
    assert not [e for e in ex.events if "'s" in e.label], got


@given(SEEDS)
def test_a_chinese_news_agencys_dateline_dates_the_page(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2008, 2031), r.randrange(1, 13), r.randrange(1, 29)
    agency = g.zh_place(r) + r.choice(["网", "社"])
    ex = read(f"🚙{r.randrange(10**6, 10**9)}{g.zh_place(r)}在线🚚\n{agency}北京{m}月{d}日电 (记者 {g.zh_name(r)}){y}年{m}月{d}日，"
              f"{g.zh_body(r)}举办开放日活动。\n")
    assert ex.document.date == f"{y}-{m:02d}-{d:02d}" and not ex.document.title.startswith("🚙"), \
        (ex.document.date, ex.document.title)


@given(SEEDS)
def test_the_site_speaking_to_its_reader_in_chinese_is_no_headline(read, seed):
    r = random.Random(seed)
    headline = f"{g.zh_body(r)}赴{g.zh_place(r)}调研知识产权工作"
    text = f"我们已发送链接到您的邮箱\n没收到邮件？请重新发送\n\n{headline}\n\n近日，调研组赴企业调研。\n"
    assert read(text).document.title == headline


@given(SEEDS)
def test_a_chinese_date_line_with_a_count_of_readers(read, seed):
    r = random.Random(seed)
    y, m, d = r.randrange(2008, 2031), r.randrange(1, 13), r.randrange(1, 29)
    text = (f"{g.zh_place(r)}时报\n\n首页  >> 新闻  >> 详情\n\n{g.zh_body(r)}工作报告\n\n{y}-{m:02d}-{d:02d} 18:05:31 来源: "
            f"{g.zh_place(r)}时报 阅读 ({r.randrange(10, 99999)}次)\n\n前言\n")
    assert read(text).document.date == f"{y}-{m:02d}-{d:02d}"


@given(SEEDS)
def test_a_body_with_its_other_name_in_brackets_and_a_unit_after_it(read, seed):
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    body, p1, p2 = f"{place}省{field}局", g.zh_name(r), g.zh_name(r)
    sent = (f"调研\n\n{body}({place}省知识产权局)二级巡视员、办公室主任{p1}等参加调研。"
            f"{place}市{field}局{g.zh_place(r)}促进科科长{p2}陪同。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None, p.parent_org.surface if p.parent_org else None)
           for p in read(sent).posts}
    assert (p1, "二级巡视员", f"{body}({place}省知识产权局)", None) in got and any(
        x[:3] == (p1, "主任", "办公室") for x in got), got
    assert any(x[0] == p2 and x[2].endswith("促进科") and x[3] == f"{place}市{field}局" for x in got), got


@given(SEEDS)
def test_names_with_a_middle_initial_and_bodies_with_french_particles_in_a_list(read, seed):
    r = random.Random(seed)
    first, last = g.word(r), g.word(r)
    p1, p2 = g.person(r), f"{first} {last[0]}. {g.word(r)}"
    b1, b2 = g.body(r), f"Organisation {g.word(r)} de la {g.word(r)}"
    ex = read(f"Meetings\n\nOn April 25, the commissioner met {p1}, Director General of the {b1}, {p2}, Director General of "
              f"the {b2}, and others.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert got == {(p1, "Director General", b1), (p2, "Director General", b2)}, got


@given(SEEDS)
def test_a_spokesperson_for_a_body(read, seed):
    r = random.Random(seed)
    person, body = g.person(r), f"Legislative Affairs Commission of the {g.country(r)} Assembly"
    ex = read(f"Bill Ready\n\n{person}, spokesperson for the {body}, said the bill was ready.\n")
    assert [(p.person, p.role.lower(), p.org.surface if p.org else None) for p in ex.posts] == [(person, "spokesperson", body)]


@given(SEEDS)
def test_its_title_is_a_post_in_the_body_named_before(read, seed):
    r = random.Random(seed)
    p1, p2, body = g.person(r), g.person(r), g.body(r)
    ex = read(f"Meeting\n\nThe meeting was chaired by {p1}, Deputy Director of the {body}, and attended by {p2}, its Director.\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert got == {(p1, "Deputy Director", body), (p2, "Director", body)}, got


@given(SEEDS)
def test_the_body_of_the_group_a_person_leads(read, seed):
    r = random.Random(seed)
    person, body = g.zh_name(r), g.zh_place(r) + "市委"
    ex = read(f"调研\n\n国家知识产权局召开会议。9月21日，{person}副主委带领{body}课题组赴{g.zh_body(r)}开展调研。\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(person, "副主委", body)]


@given(SEEDS)
def test_meetings_held_with_several_parties_during_a_series_of_meetings(read, seed):
    r = random.Random(seed)
    y, org = r.randrange(2008, 2031), f"{g.word(r)} Organization"
    ex = read(f"Office Holds Bilateral Meetings\n\nUpdated: Aug 27, {y}\n\nFrom July 9 to 10, during the Sixty-Fifth Series of "
              f"Meetings of the Assemblies of the Member States of the {org} in {g.word(r)}, the office held bilateral "
              f"meetings with offices from five countries. The delegates welcomed the {y} {g.word(r)} World Congress.\n")
    got = {(e.date, e.label) for e in ex.events}
    assert (f"{y}-07-09", "Bilateral meetings") in got and any(lb.startswith("Sixty-Fifth Series of Meetings") and org in lb
                                                              for _, lb in got), got
    assert any(lb.startswith(f"{y} ") and lb.endswith("World Congress") for _, lb in got), got


@given(SEEDS)
def test_local_party_and_government_titles_in_one_list(read, seed):
    r = random.Random(seed)
    p1, p2, p3, p4 = (g.zh_name(r) for _ in range(4))
    district, city = g.zh_place(r) + "区", g.zh_place(r) + "市"
    sent = (f"会议\n\n4月21日，{g.zh_place(r)}开发区党工委副书记、{district}区长{p1}主持会议。{city}委常委、政法委书记{p2}出席。"
            f"区委常委、副区长{p3}讲话。联席会议召集人、区政府党组成员{p4}参加。\n")
    got = {(p.person, p.role, p.org.surface if p.org else None) for p in read(sent).posts}
    assert {(p1, "区长", district), (p2, "常委", f"{city}委"), (p2, "书记", "政法委"), (p3, "常委", "区委"),
            (p4, "党组成员", "区政府")} <= got, (sent, got)
    assert {x[2] for x in got if x[:2] == (p3, "副区长")} <= {None, district}, got  # not the party committee


_TONES = ["zhī", "shí", "chǎn", "quán", "guó", "jiā", "jú", "zhǎng", "wù", "yuàn", "huì", "xīn"]


@given(SEEDS)
def test_the_pinyin_a_page_prints_after_its_characters_is_not_its_text(tmp_path_factory, reference, seed):
    """A reprint that prints each word's reading after it (國家知識產(chǎn)權(quán)局, 知【zhī】识) reads as the text without it."""
    from ipgraph.extract import extract_source, read_source

    r = random.Random(seed)
    name, body, place = g.zh_name(r), g.zh_body(r), g.zh_place(r)
    left, right = r.choice([("(", ")"), ("【", "】")])

    def glossed(s: str) -> str:
        return "".join(c + (f"{left}{r.choice(_TONES)}{right}" if r.random() < 0.5 else "") for c in s)

    text = f"{place}工作动态\n\n4月24日，{glossed('国家知识产权局')}局长{name}在{glossed(body)}调研，{glossed('座谈会')}在{place}召开。\n"
    path = tmp_path_factory.mktemp("gloss") / "page.txt"
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    assert left + "zhī" not in src.text.replace(" ", "") or "zhī" not in src.text
    ex = extract_source(src, reference)
    assert (name, "局长", "cnipa") in {(p.person, p.role, p.org.key if p.org else None) for p in ex.posts}, src.text


def test_a_word_in_brackets_now_and_then_is_the_texts_own(tmp_path):
    from ipgraph.extract import read_source

    path = tmp_path / "page.txt"
    path.write_text("专利(patent)与商标(mark)\n\n他谈到版权(copy)制度。\n", encoding="utf-8")
    assert read_source(path).text.startswith("专利(patent)与商标(mark)")


@given(SEEDS, st.sampled_from(["zh", "en"]))
def test_a_short_link_above_the_headline_that_stands_over_the_pages_particulars(read, seed, lang):
    r = random.Random(seed)
    if lang == "zh":
        headline = f"{g.zh_place(r)}召开{r.choice(g.ZH_FIELDS)}工作联络员会议"
        text = (f"{r.choice(['无障碍阅读', '适老化浏览', '长者模式'])}\n\n{headline}\n\n来源:{g.zh_body(r)}     时间:2024-09-18\n\n"
                f"9月14日，会议召开。\n")
    else:
        headline = f"{g.word(r)} Office Opens Branch in {g.country(r)}"
        text = f"{r.choice(['Accessibility', 'Easy Read', 'Skip'])}\n\n{headline}\n\nSource: {g.body(r)}  Date: 2024-09-18\n\nIt opened.\n"
    assert read(text).document.title == headline


@given(SEEDS)
def test_chinese_meetings_held_with_no_date_and_with_plain_commas(read, seed):
    """主持召开…专题会议 with no date is the meeting the text reports; a sentence with ASCII commas (…会议,研究部署…)
    reports the meeting it names, not one it refers to."""
    r = random.Random(seed)
    place, field = g.zh_place(r), r.choice(g.ZH_FIELDS)
    undated = f"{place}市{field}工作专题会议"
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    text = (f"{place}召开会议\n\n日前,{g.zh_body(r)}局长{g.zh_name(r)}主持召开{undated}。"
            f"{m}月{d}日上午,{g.zh_body(r)}组织召开联络员会议,研究部署{field}工作。\n")
    got = {(e.label, e.date) for e in read(text).events}
    assert (undated, None) in got and any(label == "联络员会议" and date and date.endswith(f"-{m:02d}-{d:02d}")
                                          for label, date in got), got


@given(SEEDS)
def test_a_title_after_a_unit_and_its_title_in_a_list_is_of_that_unit(read, seed):
    r = random.Random(seed)
    name, place = g.zh_name(r), g.zh_place(r)
    bureau = f"{place}市{r.choice(g.ZH_FIELDS)}局"
    ex = read(f"会议\n\n9月14日，联席会议办公室主任、{bureau}党组成员、副局长{name}出席会议。\n")
    got = {(p.role, p.org.surface if p.org else None) for p in ex.posts if p.person == name}
    assert {("党组成员", bureau), ("副局长", bureau)} <= got, got


@given(SEEDS)
def test_a_national_short_name_the_text_gives_in_full_to_a_local_body_is_the_local_one(read, seed):
    r = random.Random(seed)
    name, place = g.zh_name(r), g.zh_place(r)
    ex = read(f"会议\n\n9月14日，{place}市{r.choice(g.ZH_FIELDS)}工作联席会议办公室组织召开会议。联席会议办公室主任{name}出席会议。\n")
    post = next(p for p in ex.posts if p.person == name)
    assert post.org.surface == "联席会议办公室" and post.org.key is None, post


@given(SEEDS)
def test_the_partys_general_secretary_takes_no_body_named_before(read, seed):
    r = random.Random(seed)
    head, leader = g.zh_name(r), g.zh_name(r)
    for text in (f"会议\n\n国家知识产权局局长{head}出席。去年11月30日，{leader}总书记在主持集体学习时强调，要加强保护。\n",
                 f"会议\n\n{g.zh_body(r)}党组书记、局长{head}主持会议。{leader}总书记关于保护工作的重要论述，是根本遵循。\n"):
        post = next(p for p in read(text).posts if p.person == leader)
        assert post.role == "总书记" and post.org is None, (text, post)


@given(SEEDS)
def test_a_joint_conference_of_agencies_is_a_body_not_an_event(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    text = (f"{a} Plan Issued\n\nIn order to promote it, 28 members of the {a} {b} Implementation Inter-Ministerial Joint "
            f"Conference conducted joint research. On May 7, 2031, the {g.body(r)} published the plan authored by the Office "
            f"of the Inter-ministerial Joint Conference on Building a {b} Nation.\n")
    assert not read(text).events, read(text).events


@given(SEEDS)
def test_the_plenary_session_of_a_named_body_with_no_date(read, seed):
    r = random.Random(seed)
    a = g.word(r)
    ex = read(f"A New {a} Plan\n\nThe plan was reviewed by the first plenary session of the Inter-Ministerial Joint Meeting "
              f"for {a} Strategy and approved by the {g.body(r)}.\n")
    assert [(e.kind, e.label, e.date) for e in ex.events] == \
        [("Meeting", "First plenary session of the Inter-Ministerial Joint Meeting", None)]


@given(SEEDS)
def test_panel_discussions_a_lead_reports_under_a_dateline_without_its_year(read, seed):
    r = random.Random(seed)
    ex = read(f"BEIJING, Oct. 14 (Xinhua) -- {g.country(r)} lawmakers on Wednesday held panel discussions to deliberate a "
              f"draft amendment to the {g.word(r)} Law. The draft was submitted Tuesday.\n")
    assert [(e.label, e.date) for e in ex.events] == [("Panel discussions", "--10-14")]


@given(SEEDS)
def test_plan_titles_with_and_inside_and_their_year_before_or_after(read, seed):
    r = random.Random(seed)
    a, b, y = g.word(r), g.word(r), r.randrange(2008, 2031)
    titles = [f"National {a} Protection and {b} Plan for the 14th Five-Year Plan", f"{y} {a} Nation Building Promotion Plan",
              f"{b} Strategy Implementation Promotional Plan {y}"]
    ex = read(f"{a} News\n\nThe {g.body(r)} implements the {titles[0]} issued by the State Council. It published the "
              f"{titles[1]} on May 7. The {titles[2]} was put into practice.\n")
    assert set(titles) <= {i.title for i in ex.instruments}, [i.title for i in ex.instruments]


@given(SEEDS)
def test_a_seat_on_a_standing_committee_and_a_government_title_in_one_apposition(read, seed):
    r = random.Random(seed)
    name, city = g.pinyin_name(r), g.country(r)
    ex = read(f"Officials Meet\n\nOn May 16th, {name}, member of the Standing Committee of CPC {city} Municipal Committee and "
              f"Vice Mayor of {city} Municipal Government met with {g.pinyin_name(r)}, Director of the {g.body(r)}.\n")
    got = {(p.role, p.org.surface if p.org else None) for p in ex.posts if p.person == name}
    assert {("Member of the Standing Committee", f"CPC {city} Municipal Committee"),
            ("Vice Mayor", f"{city} Municipal Government")} <= got, got


@given(SEEDS)
def test_a_secretary_general_in_lower_case_after_the_hyphen_and_a_workshop_held(read, seed):
    r = random.Random(seed)
    name, body = g.pinyin_name(r), g.body(r)
    ex = read(f"Base Opens\n\nOn April 23, Deputy Secretary-general {name} of the {body} spoke. The {g.body(r)} held a "
              f"workshop on April 24.\n")
    assert (name, "Deputy Secretary-general") in {(p.person, p.role) for p in ex.posts}, ex.posts
    assert any(e.kind == "Meeting" and e.date and e.date.endswith("04-24") for e in ex.events), ex.events


@given(SEEDS)
def test_a_post_read_again_with_its_body_named_in_full_is_one_post(read, seed):
    """The headline names the body by its acronym, the text in full: one post of one body (a known one, whose two
    names the reference data links)."""
    r = random.Random(seed)
    name = g.pinyin_name(r)
    ex = read(f"{g.word(r)} Mayor Meets with WIPO Deputy Director General {name}\n\nOn May 16th, the mayor met with {name}, "
              f"Deputy Director General of World Intellectual Property Organization (WIPO).\n")
    assert [(p.role, p.org.key) for p in ex.posts if p.person == name] == [("Deputy Director General", "wipo")], ex.posts
