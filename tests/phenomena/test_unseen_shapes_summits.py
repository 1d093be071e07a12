"""Shapes met on real Chinese pages of IP summits, contests and fairs with many officials (a city bureau's page, a copy
of a business paper's report, a protection centre's page), each tested with generated names:
- 某局(某局)党组副书记,某中心党委书记、主任甲: the party group's deputy secretary of the bureau named with its second
  name in brackets; 某镇党委副书记、镇长乙: the town's;
- 某市领导甲、乙: the city's leaders, no title of theirs; 会议由局长主持: no person;
- 局长刘向阳出席, 书记于军 ,: a given name that starts with a word of function, a family name that is one;
- 某区人民政府区长助理丙: the district head's assistant."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_party_titles_of_a_bureau_with_two_names_and_of_a_town(read, seed):
    r = random.Random(seed)
    a, b = g.zh_name(r), g.zh_name(r)
    bureau, centre, town = f"省{r.choice(g.ZH_FIELDS)}局(省{r.choice(g.ZH_FIELDS)}局)", f"省{r.choice(g.ZH_FIELDS)}中心", f"{g.zh_place(r)}镇"
    ex = read(f"{r.randint(1, 12)}月{r.randint(1, 28)}日,峰会举行。{bureau}党组副书记,{centre}党委书记、主任{a};{town}党委副书记、镇长{b}"
              f"出席活动。{g.zh_place(r)}市领导{g.zh_name(r)}、{g.zh_name(r)}参加活动。会议由局长主持。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(a, "党组副书记", bureau), (a, "党委书记", centre), (a, "主任", centre), (b, "党委副书记", town)} <= posts, ex.posts
    assert {p.person for p in ex.posts} == {a, b}, ex.posts


@given(SEEDS)
def test_names_that_start_with_a_word_of_function_and_an_assistant(read, seed):
    r = random.Random(seed)
    a = r.choice(g.ZH_SURNAMES) + r.choice("向在") + r.choice(g.ZH_GIVEN)
    b = "于" + r.choice(g.ZH_GIVEN)
    c = g.zh_name(r)
    district = f"{g.zh_place(r)}区"
    ex = read(f"{district}人民政府区长助理{c} , {district}知识产权局局长{a}出席。{district}区委书记{b} , 市科委副巡视员{g.zh_name(r)}出席仪式。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert {(c, "区长助理", f"{district}人民政府"), (a, "局长", f"{district}知识产权局"), (b, "书记", f"{district}区委")} <= posts, ex.posts
