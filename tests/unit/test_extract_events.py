from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.events import find_events


def events(reference, text, title="A Title", date=None, year=None):
    r = AgencyResolver(reference, text, date)
    return [(e.kind, e.date, e.label) for e in find_events(text, r, title, date, year, {})]


def test_held_event_dated_by_document_year(reference):
    out = events(reference, "On November 30, the CNIPA held a regular press conference on patents.", date="2020-12-23")
    assert out == [("PressConference", "2020-11-30", "Regular press conference of China National Intellectual Property Administration")]


def test_month_after_the_document_date_is_last_year(reference):
    out = events(reference, "On December 28, the SIPO held a symposium.", date="2013-01-05")
    assert out[0][1] == "2012-12-28"


def test_future_event_in_context_year_and_named_event(reference):
    text = ("The 2031 National IP Publicity Week will kick off soon. This year's publicity week activities "
            "will be held from April 20 to 26.")
    out = events(reference, text, year=2031)
    assert ("PublicityWeek", "2031-04-20", "2031 National IP Publicity Week") in out


def test_year_unknown_keeps_month_day(reference):
    text = "On the afternoon of June 24, the deputy commissioner spoke to netizens.\n\nDuring the interview he said."
    assert events(reference, text, title="Deputy Commissioner Talks to Netizens") == [
        ("Interview", "--06-24", "Deputy Commissioner Talks to Netizens")]


def test_passive_event_with_place(reference):
    text = "The launch ceremony was held on April 26 in Shanghai."
    r = AgencyResolver(reference, text, "2021-05-01")
    ev = find_events(text, r, "A Title", "2021-05-01", 2021, {})
    assert [(e.kind, e.date, e.place) for e in ev] == [("Ceremony", "2021-04-26", "Shanghai")]


def test_place_from_headline(reference):
    text = "Recently, the Municipal Government of Tianjin held a special meeting on patents."
    r = AgencyResolver(reference, text, None)
    ev = find_events(text, r, "Special Meeting on Patents Held in Tianjin", None, None, {})
    assert ev[0].kind == "Meeting" and ev[0].place == "Tianjin"


def test_date_after_the_event_and_long_event_names(reference):
    text = "The SIPO held a press conference on April 25 to release the annual report."
    assert events(reference, text, date="2013-04-26")[0][:2] == ("PressConference", "2013-04-25")
    text = "The 12th China-EU IP Working Group meeting was held in Brussels on Nov 5."
    r = AgencyResolver(reference, text, "2013-11-08")
    ev = find_events(text, r, "A Title", "2013-11-08", 2013, {})
    assert [(e.kind, e.date, e.place) for e in ev] == [("Meeting", "2013-11-05", "Brussels")]
