"""Shapes met on real pages of companies' blogs, chambers' workshops, envoys' articles, speeches and law firms' notes
on courts, each tested with generated names: a control's label and the site's contact line over the headline ("Select
Language:", "Service Phone: …"), a speech's day in brackets under its headline (and the conference the headline names,
held that day), a labelled date glued to a link deep in the footer, "Published 22 December 2031", an author's byline
with the title on the next line, "State Councillor", "Minister Counselor for X", an envoy's title with the country he
is sent to, "President Of X" in a headline's capitals, a court held a press conference under the short name it gives
itself in brackets, and a news conference the text is "according to"."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}


@given(SEEDS)
def test_chrome_labels_dates_of_speeches_and_footers(read, seed):
    r = random.Random(seed)
    head = f"{g.word(r)}: Court Heard More Than 10k Cases in 2030"
    ex = read(f"Select Language:\n\nService Phone: +86(0)10 6228 5107\n\n\n{head}\n\nThe {g.word(r)} Court has heard more than 20,000 "
              f"cases, according to a news conference held by the court on Tuesday.\n")
    assert ex.document.title == head, ex.document.title
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", None)], ex.events
    conference = f"China-{g.word(r)} Intellectual Property Adjudication Conference"
    speaker = g.pinyin_name(r)
    ex = read(f"Home> Speeches\n\nAddress by {speaker} at the Opening Ceremony of {conference}\n\n{speaker}, Deputy Trade Representative\n\n"
              f"(May 28, 2031)\n\nLadies and Gentlemen,\n\nI am glad to attend {conference} sponsored by the society.\n")
    assert ex.document.date == "2031-05-28", ex.document.date
    assert ("Conference", "2031-05-28") in {(e.kind, e.date) for e in ex.events}, ex.events
    footer = "\n".join(f"{g.word(r)} {g.word(r)}" for _ in range(6))
    ex = read(f"{g.word(r)} Court Imposes Damages on Infringer\n\nThe court recently closed the case of A v. B, which sees the highest "
              f"damages ever awarded by it.\n\nDate:2031-11-25Return to List\n{footer}\nCopyright © {g.word(r)} Ltd.\n")
    assert ex.document.date == "2031-11-25", ex.document.date
    court, short = f"{g.word(r)} Intellectual Property Court", f"{g.word(r)} IP Court"
    ex = read(f"{court} Issues Typical Cases\nPublished 22 December 2031\n{g.pinyin_name(r)}\nOn 14 December 2031, the {court} "
              f"(“{short}”) held a press conference to inform about its trial work.\n")
    assert ex.document.date == "2031-12-22", ex.document.date
    assert ("PressConference", "2031-12-14") in {(e.kind, e.date) for e in ex.events}, ex.events


@given(SEEDS)
def test_bylines_councillors_counselors_envoys_and_capital_of(read, seed):
    r = random.Random(seed)
    a, b, c, d, e = (g.pinyin_name(r) for _ in range(5))
    ex = read(f"Dialogue on Best Practices in {g.word(r)}\n\nPosted by {a}\nCorporate Vice President, Global Corporate Affairs\n\n"
              f"This week I delivered a keynote speech.\n")
    assert any(p[:2] == (a, "Vice President") for p in _posts(ex)), _posts(ex)
    embassy = f"{g.word(r)} Embassy in Beijing"
    court = f"{g.word(r)} Higher People's Court"
    country = g.word(r)
    ex = read(f"The seminar was held on 27 March. State Councillor {b} was present. {c}, Minister Counselor for Commercial Affairs "
              f"of the {embassy}, delivered a speech. Chinese Ambassador to {country} {d} on Thursday defended the practices.\n\n"
              f"On September 24, President Of {court} {e} reported on the trial work.\n")
    posts = _posts(ex)
    assert (b, "State Councillor", None) in posts, posts
    assert any(p[0] == c and p[1].startswith("Minister Counselor") and p[2] and embassy.startswith(p[2]) for p in posts), posts
    assert any(p[0] == d and p[1].startswith("Ambassador") for p in posts), posts
    assert (e, "President", court) in posts, posts
