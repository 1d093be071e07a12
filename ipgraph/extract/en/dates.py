"""Dates as English news texts write them."""

from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# "Apr 11, 2012", "April 11 2012", "11 April 2012", "12 23,2020", "2012-04-11", "2012/4/11"
_FORMS = [
    re.compile(rf"(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<mon>{MONTH_RE})\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),  # ("2031-11-25Return to List")
    re.compile(r"\b(?P<m>\d{1,2})[ /.-](?P<day>\d{1,2})\s*,\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<day>\d{1,2})\s+(?P<year>(?:19|20)\d\d)\b"),  # "Published on 05/07 2018"
]


def month_number(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return MONTHS.get(n) or MONTHS.get(n[:3])


def _iso(year: int, month: int, day: int) -> str | None:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_full_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in text: (ISO date, start, end)."""
    best = None
    for form in _FORMS:
        m = form.search(text)
        if not m or (best and m.start() >= best[1]):
            continue
        month = month_number(m.group("mon")) if "mon" in m.groupdict() else int(m.group("m"))
        if month and (iso := _iso(int(m.group("year")), month, int(m.group("day")))):
            best = (iso, m.start(), m.end())
    return best


# "On March 30", "on the afternoon of June 24", "from April 20 to 26", "November 30, 2020"
MONTH_DAY = re.compile(rf"\b(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<year>(?:19|20)\d\d)\b)?"
                       rf"(?:\s*(?:-|–|to|until|through)\s*(?:(?P<mon2>{MONTH_RE})\s+)?(?P<day2>\d{{1,2}})\b)?")


def month_day_iso(month: int, day: int, year: int | None) -> str | None:
    if year:
        return _iso(year, month, day)
    if _iso(2000, month, day):  # leap year: accepts Feb 29
        return f"--{month:02d}-{day:02d}"
    return None


# "10 September", "12 September" (day before month, no year)
DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?!\s*,?\s*(?:19|20)\d\d)\b")  # ("11th November", "the 29th of June")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(r"\b(?:(?P<next>next\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"|(?P<yesterday>yesterday)|(?P<today>today|this morning|this afternoon|tonight))\b", re.I)


def relative_date(text: str, doc_date: str | None) -> tuple[str, re.Match] | None:
    """"on Saturday", "yesterday", "today": the date they mean from the document's own date (a weekday is the
    latest such day on or before it, "next Monday" the first after it)."""
    if not doc_date or len(doc_date) < 10:
        return None
    import datetime

    m = _RELATIVE.search(text)
    if not m:
        return None
    d = datetime.date.fromisoformat(doc_date[:10])
    if m.group("yesterday"):
        return (d - datetime.timedelta(days=1)).isoformat(), m
    if m.group("today"):
        return d.isoformat(), m
    wd = WEEKDAYS.index(m.group("wd").lower())
    if m.group("next"):
        return (d + datetime.timedelta(days=(wd - d.weekday() - 1) % 7 + 1)).isoformat(), m
    return (d - datetime.timedelta(days=(d.weekday() - wd) % 7)).isoformat(), m
