from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.plan import find_measures, plan_year

PLAN = """Annual Plan for the Implementation of the Strategy in 2031

I. Strengthen Protection

Intro paragraph of the part, with no number.

(1) Revise the Example Law, improve articles. (SIPO, MOST)

(2) Draft the Regulations on Widgets (Draft), promote widget use.(MOE)

II. Develop Services

(3) Launch a special campaign against piracy of software. (NCAC, and relevant local departments)

(4) Improve the monitoring of trademarks
(SAIC)
"""


def test_parts_measures_and_agencies(reference):
    r = AgencyResolver(reference, PLAN, "2031-01-01")
    parts, measures = find_measures(PLAN, r, is_plan=True)
    assert [(p.numeral, p.heading) for p in parts] == [("I", "Strengthen Protection"), ("II", "Develop Services")]
    assert [(m.number, m.part) for m in measures] == [(1, "I"), (2, "I"), (3, "II"), (4, "II")]
    assert [[a.key for a in m.agencies] for m in measures] == [["sipo", "most"], ["moe"], ["ncac"], ["saic"]]
    assert "Revise" in measures[0].actions and "LaunchCampaign" in measures[2].actions
    assert "Copyright" in measures[2].ip_kinds and "Trademark" in measures[3].ip_kinds
    # the measure's span covers its text in the document
    assert PLAN[measures[0].span.start:measures[0].span.end].startswith("(1) Revise")


def test_dotted_and_half_parenthesis_numbering(reference):
    for marker in ("{n}.", "{n})"):
        text = "Work Plan 2030\n\n" + "\n\n".join(
            marker.format(n=n) + f" Improve item {n}. (MOF)" for n in range(1, 5))
        r = AgencyResolver(reference, text, None)
        _, measures = find_measures(text, r, is_plan=True)
        assert [m.number for m in measures] == [1, 2, 3, 4]
        assert all(m.agencies[0].key == "mof" for m in measures)


def test_numbered_paragraphs_of_an_article_are_not_measures(reference):
    text = "An Article\n\n1. Great significance. We should work.\n\n2. Another point, of value.\n\n3. Third."
    r = AgencyResolver(reference, text, None)
    assert find_measures(text, r, is_plan=False) == ([], [])


def test_plan_year():
    assert plan_year("Promotion Plan for the Implementation of the Strategy in 2014") == 2014
    assert plan_year("Work Plan (2021-2022)") == 2021
    assert plan_year("2019 Promotion Plan") == 2019
    assert plan_year("Plan for Talents") is None
