"""Figures a document states ("690,000 IP professionals"; "more than one million ... by 2025")."""

from __future__ import annotations

import re

from ipgraph.extract._sentences import sentence_spans
from ipgraph.records import Span, Statistic

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "hundred": 100}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_WORDS) + r")(?:\s+(?P<mult>thousand|million|billion))?"
_QUAL = r"(?:(?P<qual>more than|over|nearly|almost|about|around|up to|a total of|at least|approximately|some)\s+)?"
_STOP = r"(?:in|of|across|nationwide|have|has|had|at|and|by|to|with|for|from|that|which|were|was|is|are|will|the|" \
        r"along|such|as|who|on|or|per|each|this|than)"
_UNIT = rf"(?P<unit>(?:(?!{_STOP}\b)[A-Za-z][\w-]*\s+){{0,3}}(?!{_STOP}\b)[a-z][\w-]*)"
_FIGURE = re.compile(rf"\b{_QUAL}{_NUM}\s+{_UNIT}", re.I)
_REACHED = re.compile(rf"\bnumber of (?P<unit>[\w\s-]{{3,60}}?)\s+(?:in [A-Z]\w+\s+)?(?:has |have |will )?"
                      rf"(?:reached|reach|stood at|totaled|totalled)\s+{_QUAL}{_NUM}", re.I)
_TARGET = re.compile(r"\b(?:by|by the end of|goal|target|will reach|will be|estimated|expected|aim)\b", re.I)


def _value(num: str, mult: str | None) -> float | None:
    n = num.lower().replace(",", "")
    v = float(_WORDS[n]) if n in _WORDS else float(n)
    return v * _MULT[mult.lower()] if mult else v


def find_statistics(text: str, doc_date: str | None, context_year: int | None) -> list[Statistic]:
    out: list[Statistic] = []
    for s, e in sentence_spans(text):
        sent = text[s:e]
        if re.match(r"\s*[(（]?\d{1,3}[)）.]", sent) and len(sent) < 15:
            continue
        found = []
        for m in _REACHED.finditer(sent):
            found.append((m, m.group("unit")))
        for m in _FIGURE.finditer(sent):
            if any(a.start() <= m.start() < a.end() for a, _ in found):
                continue
            num = m.group("num")
            if re.fullmatch(r"(19|20)\d\d", num) or sent[max(0, m.start() - 1):m.start()] in ("(", "-"):
                continue
            if re.match(r"\s*(?:st|nd|rd|th|years?|consecutive|months?|days?|hours?)\b", sent[m.end("num"):], re.I):
                continue
            unit = m.group("unit")
            if unit.lower().split()[0] in {"to", "times"} or num.lower() in _WORDS and not m.group("qual") \
                    and not m.group("mult"):
                continue
            found.append((m, unit))
        for m, unit in found:
            target = bool(_TARGET.search(sent[m.start():])) or bool(re.search(r"\bby\s+(?:19|20)\d\d\b", sent))
            yr = re.search(r"\b(?:by|by the end of|in)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", sent)
            period = yr.group(1) if yr else (doc_date or (str(context_year) if context_year else None))
            out.append(Statistic(value=_value(m.group("num"), m.group("mult")), unit=" ".join(unit.split()),
                                 qualifier=(m.group("qual") or None), kind="target" if target else "actual",
                                 span=Span(s + m.start(), s + m.end()), period=period))
    return out
