"""Shapes met on real pages of promotions and lists of officials, data-registration measures, a law's drafts and
local meetings, each tested with generated names: a breadcrumb whose last cell is the line below it, under a
site's slogan; a site's name of two words over the headline; a page's date with its time and its source without a
label; a plan's items under its parts, numbered (一) and without responsibility notes, however few; promotions ("was
promoted to Assistant Minister", "who was formerly … was promoted to Vice Minister of X"), "now serves as Vice
Governor of X", an ex-director general, a company after the title in a list; a province's measures named with the
province first; the revised version of a law under way."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_breadcrumb_whose_last_cell_is_the_next_line_and_a_sites_name_over_its_headline(read, seed):
    r = random.Random(seed)
    headline = f"Latest Policy | \"{g.word(r)} Provincial {g.word(r)} Registration Measures (Trial)\" released!"
    ex = read(f"EN\n\nNews\n\nMore professional {g.word(r).lower()} information exchange\n\nBack to Home\n\n"
              f"Home > News > Industry news > {headline}\n\n{headline}\n\n2031-06-13\n\nThe measures are issued to you.\n")
    assert ex.document.title == headline, ex.document.title
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
