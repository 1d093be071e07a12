"""Shapes met on real pages of law firms' mirrors of meetings, news agencies' reports on campaigns and legislative
councils, and embassies' newsletters, each tested with generated names: the page's date label glued before the first
sentence (" date 2031-04-16 On March 26, A held a bilateral meeting with B"), a lead "A, Commissioner of X met B …
in Beijing on October 11", a quoted name glued to its kind (“Name”Action), a meeting "in Beijing Friday" without "on",
a campaign that "started Friday", "At a Nov. 5 meeting", a news agency's dateline on a page without a date ("BEIJING,
July 12 (Xinhua) --") and a press conference "said at" after a day said before, a unified action organised "On
Friday, three days ahead of the Day, which falls on April 26", "held a meeting of the Council of X Thursday" after a
dateline (one meeting with the caption's), a news conference on a year's status held the year after; a title whose
topic lists several words between commas, a place in brackets inside a title, "the Chinese X Law"; a deadline that
is no page's date; a post told after the name ("A, who was formerly a Minister at X", "B when he was
Commissioner")."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _events(ex) -> set[tuple[str, str | None]]:
    return {(e.kind, e.date) for e in ex.events}


@given(SEEDS)
def test_meetings_told_by_a_lead_after_a_date_label_or_a_date_at_the_end(read, seed):
    r = random.Random(seed)
    a, b, body = g.pinyin_name(r), g.foreign_name(r), g.body(r)
    ex = read(f" date 2031-04-16 On March 26, {a}, Commissioner of the {body}, held a bilateral meeting with {b}, "
              f"Director General of the {g.body(r)}.\n\n{a} said that the two offices work closely.\n")
    assert ("Meeting", "2031-03-26") in _events(ex), ex.events
    ex = read(f" date 2031-11-22 {a}, Commissioner of the {body} met {b}, President of the {g.body(r)} in Beijing on "
              f"October 11.\n\n{a} said that the two offices work closely.\n\nDuring the meeting, the two offices "
              f"organized a workshop on automation work.\n")
    assert ("Meeting", "2031-10-11") in _events(ex), ex.events


@given(SEEDS)
def test_campaigns_and_meetings_of_news_reports_weekdays_and_datelines(read, seed):
    r = random.Random(seed)
    name, a, b = g.word(r), g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f"The {g.body(r)} deepens its work\n\nIn particular, from November 28 last year to January 31 this year, "
              f"the ministry organized the police nationwide to launch “{name}”Action with a focus on crimes.\n")
    assert [(e.kind, e.label) for e in ex.events] == [("Campaign", f"{name} action")], ex.events
    ex = read(f"{g.word(r)} to Fight Unlawful Copying of Famous Brands\n\nGreater efforts must be made, {a}, deputy minister "
              f"of the {g.body(r)}, said at a meeting in Beijing Friday, according to a statement posted Saturday.\n"
              f"The special nationwide campaign started Friday and will last until March 2011.\nAt a Nov. 5 meeting, "
              f"Premier {b} urged agencies to act.\n(News Agency November 21, 2010)\n")  # (a Sunday: Friday is the 19th)
    assert {("Meeting", "2010-11-19"), ("Campaign", "2010-11-19"), ("Meeting", "2010-11-05")} <= _events(ex), ex.events
    city = g.word(r).upper()
    ex = read(f"{g.word(r)} vows to continue efforts\n\n{city}, July 12 ({g.word(r)}) -- Police arrested 9,031 suspects over "
              f"a nine-month campaign, a government official said on Tuesday.\n\nA total of 12,854 factories were shut "
              f"down, {a}, vice minister of the {g.body(r)}, said at a press conference held by the {g.body(r)}.\n\nThe "
              f"campaign took place between October 2010 and June 2011.\n")
    assert ex.document.date == "2011-07-12", ex.document.date  # (a Tuesday)
    assert ("PressConference", "2011-07-12") in _events(ex), ex.events
    ex = read(f"Nation strengthens protection\n\nUpdated: Apr 25, 2021\n\nOn Friday, three days ahead of the World "
              f"{g.word(r)} Day, which falls on April 26 every year, the national leading group also organized a unified "
              f"action to destroy counterfeit goods.\n")
    assert ("Campaign", "2021-04-23") in _events(ex), ex.events  # (the 25th a Sunday)


@given(SEEDS)
def test_a_council_meeting_after_a_dateline_and_a_conference_on_the_year_before(read, seed):
    r = random.Random(seed)
    council, a, b = f"Council of {g.word(r)}s", g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f" date 2020-10-17 {a}, chairman of the {g.word(r)} Standing Committee, presides over a meeting of the {council} "
              f"of the {g.word(r)} Standing Committee in Beijing, Oct. 15, 2020. (Photo/{b})\n\nBEIJING, Oct. 16 (Xinhua) -- "
              f"The {g.word(r)} Standing Committee held a meeting of the {council} Thursday to hear reports on draft laws.\n")
    meetings = [e for e in ex.events if e.kind == "Meeting"]
    assert [e.date for e in meetings] == ["2020-10-15"], ex.events  # (the 17th a Saturday: Thursday is the 15th)
    province = g.word(r)
    ex = read(f"News Conference on the Status of IP Protection of {province} Province in 2030 Held\n\nOn the morning of "
              f"April 23, News Conference on the “Status of IP Protection of {province} Province in 2030” was held.\n\n"
              f"2030 marked the 40th anniversary of the office. Reporters asked about the work focus in 2031 and the plans "
              f"of the court in 2031.\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "2031-04-23")], ex.events


@given(SEEDS)
def test_titles_with_listed_topics_places_in_brackets_a_deadline_and_posts_held_before(read, seed):
    r = random.Random(seed)
    t1, t2, t3 = (f"{g.word(r)} {g.word(r)}" for _ in range(3))
    treaty = f"Treaty on {t1}, {t2} and Associated {t3}"
    plan = f"Framework Plan for {g.word(r)} ({g.word(r)}) Pilot Free Trade Zone"
    law = f"{g.word(r)} Law"
    ex = read(f"{g.word(r)} notes\n\nThe parties concluded the {treaty}. The {plan} promulgated by the State Council states "
              f"it. The Chinese {law} was amended three times.\n\nDeadline of the comments: 16 August 2031.\n")
    titles = {i.title for i in ex.instruments}
    assert {treaty, plan, law} <= titles, titles
    assert f"Chinese {law}" not in titles and ex.document.date is None, (titles, ex.document.date)
    a, b, body = g.pinyin_name(r), g.pinyin_name(r), g.body(r)
    ex = read(f"Agencies to be reorganized\n\nState Councilor {a}(某某), who was formerly a Minister at the {body} (2008-2010), "
              f"noted the changes. The goal of the {g.body(r)}, which was initiated by Dr. {b} when he was Commissioner, "
              f"has come to an end.\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (a, "Minister", body) in posts and any(p[:2] == (b, "Commissioner") for p in posts), posts
