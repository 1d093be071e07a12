"""When a document speaks, for settling names that two bodies have borne in turn (知识产权局 is SIPO before
2018-08-28, CNIPA after): its date of publication; else the year its text names as its present (or a plan's
year); else the time in which every body it names without ambiguity existed."""

from __future__ import annotations

from ipgraph.reference import Reference


def evidence_date(date: str | None, year: int | None, agency_keys: list[str], reference: Reference,
                  latest_in_text: str | None = None) -> str | None:
    """An ISO date to resolve names by: the document's date; the latest full date its text gives, when it is of
    the year the text speaks of; the middle of that year; or the middle of the span in which all the bodies it
    names existed (None when nothing tells)."""
    if date:
        return date
    if latest_in_text and (not year or latest_in_text[:4] == str(year)):
        return latest_in_text
    if year:
        return f"{year}-07-01"
    starts, ends = [], []
    for k in dict.fromkeys(agency_keys):
        ag = reference.agencies.get(k)
        if ag is None:
            continue
        if ag.existed_from:
            starts.append(_iso(ag.existed_from))
        if ag.existed_to:
            ends.append(_iso(ag.existed_to))
    lo, hi = max(starts, default=None), min(ends, default=None)
    if lo and hi:
        if lo >= hi:
            return None  # bodies of different times: no single date
        return _shift(lo, (int(hi[:4]) - int(lo[:4])) // 2) if hi[:4] > lo[:4] else lo  # the middle of their common time
    if lo:
        return _shift(lo, 1)  # they all existed from then on: a year into that time
    if hi:
        return _shift(hi, -1)  # ... until then: a year before its end
    return None


def _shift(d: str, years: int) -> str:
    return f"{int(d[:4]) + years}{d[4:]}"


def _iso(d: str) -> str:
    """"2018-03" -> "2018-03-01"."""
    return d if len(d) >= 10 else (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10]
