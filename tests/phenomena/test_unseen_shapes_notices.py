"""More shapes of pages the loader met on pages it had not seen, each tested with generated names: a notice that
opens with its document number and its addressees (the plan it issues is its headline), ..."""

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
    assert got == {(c, "副局长", body), (a, "副区长", f"{district}区"), (b, "副书记", f"{town}镇党委"), (b, "镇长", f"{town}镇")}, got


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
