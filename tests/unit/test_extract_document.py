from ipgraph.extract.en.dates import parse_full_date
from ipgraph.extract.en.document import context_year, headline, publication_date


def test_headline_skips_site_navigation():
    text = "Home News Alerts Articles Links\nAgency Holds a Briefing on Patent Quality\n\nBody text here."
    assert headline(text)[0] == "Agency Holds a Briefing on Patent Quality"


def test_headline_span_points_into_the_text():
    text = "\n  A Title Of Some Length  \nUpdated: Apr 11, 2012"
    title, span = headline(text)
    assert text[span.start:span.end] == title == "A Title Of Some Length"


def test_publication_date_forms():
    assert publication_date("T\nUpdated: Apr 11, 2012 SIPO ENGLISH Print")[0] == "2012-04-11"
    assert publication_date("T\nUpdated: 12 23,2020\n")[0] == "2020-12-23"
    assert publication_date("T\nPublished: 2019-03-05\n")[0] == "2019-03-05"
    assert publication_date("T\nDate: 5 March 2019\n")[0] == "2019-03-05"


def test_no_publication_date_in_body_dates():
    assert publication_date("Title\n\nOn March 30, the office held a meeting.") is None


def test_invalid_calendar_dates_are_refused():
    assert parse_full_date("Updated: 02 30,2020") is None


def test_context_year_prefers_the_present_over_targets_and_origins():
    text = ("The 2022 Publicity Week opens soon. It has been held since 2009. "
            "The goal is one million by 2025 under the Outline (2021-2035). World Day 2022.")
    assert context_year(text) == 2022


def test_context_year_none_without_years():
    assert context_year("On June 24 the deputy commissioner spoke.") is None


def test_dateline_near_the_top():
    assert publication_date("Top Legislature Adopts Law\n\nXinhua, October 17, 2020\n\nBody.")[0] == "2020-10-17"
    assert publication_date("Title\n\nOn October 17, 2020, the committee met and adopted it.") is None


def test_breadcrumbs_are_not_the_headline():
    assert headline("Home > News > Press Releases\nReal Headline Here\n\nBody")[0] == "Real Headline Here"


def test_source_and_author_lines_are_not_the_headline():
    text = "Source: China Daily | Updated: 2013-04-27\nAuthor: Li Ming\nPatent Office Opens a New Branch\n\nBody."
    assert headline(text)[0] == "Patent Office Opens a New Branch"
