"""Shapes met on real pages of China-Pakistan and China-WIPO relations (a government's press release, a paper's report,
a paper's Chinese report with a dateline), each tested with generated names:
- "PR No.211 Draft X between A and B “a quote …” …Engr. C Islamabad: March 22, 2031": the release's title after its
  number, its date at the end of the line;
- "Minister for Commerce, Engr. A", "Dr. B, Deputy Commissioner X Office (XO) Country", "Secretary Commerce Mr. C",
  "Chairman Y Organization (YO) of Country Mr. D": the posts, the body written right after the title, the name after a
  form of address;
- 人民日报北京7月10日电 … 某组织成立于1967年,自1974年起…: no year for the dateline (a founding is history)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_press_release_numbered_with_its_place_and_date(read, seed):
    r = random.Random(seed)
    a, b, country = g.word(r), g.word(r), g.country(r)
    title = f"Draft MoU between IPO-{country} and {a}-{b}"
    minister = g.foreign_name(r)
    ex = read(f"PR No.{r.randint(10, 999)} {title} “Both offices have agreed on the text of the draft.” “They should consult each other "
              f"in advance.” …Engr. {minister} {g.word(r)}: March 22, 2031\n\nThis was said by the minister in a meeting.\n")
    assert (ex.document.title, ex.document.date) == (title, "2031-03-22"), ex.document


@given(SEEDS)
def test_titles_bodies_and_names_after_forms_of_address(read, seed):
    r = random.Random(seed)
    a, b, c, d = (g.foreign_name(r) for _ in range(4))
    office, org, country = f"{g.word(r)} Intellectual Property Office", "Intellectual Property Organization", g.country(r)
    ex = read(f"Notes on a meeting\n\nThis was said by Minister for Commerce, Engr. {a} in a meeting with a delegation led by Dr. {b}, "
              f"Deputy Commissioner {office} (KIPO) {country}. Secretary Commerce Mr. {c} and Chairman {org} (IPO) of {country} Mr. {d} "
              f"were also present in the meeting.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (c, "Secretary", "Commerce") in posts, ex.posts
    assert (b, "Deputy Commissioner", "KIPO") in posts or (b, "Deputy Commissioner", office) in posts, ex.posts
    assert (d, "Chairman", "IPO") in posts or (d, "Chairman", org) in posts, ex.posts  # (the acronym, or the name it stands for)
    assert a in {p.person for p in ex.posts}, ex.posts


@given(SEEDS)
def test_a_founding_year_no_year_of_a_dateline(read, seed):
    r = random.Random(seed)
    ex = read(f"{g.zh_place(r)}组织中国办事处成立\n\n人民日报北京7月10日电(记者{g.zh_name(r)}) {g.zh_place(r)}组织中国办事处10日在北京成立。"
              f"该组织成立于{r.randint(1950, 1990)}年,自{r.randint(1970, 1995)}年起成为联合国专门机构,总部设在日内瓦。\n")
    assert ex.document.date is None, ex.document
