"""Plan structure of Chinese texts: parts 一、, subsections （一）, measures 1., responsibility notes."""

from __future__ import annotations

import re

from ipgraph.extract.en.plan import roman
from ipgraph.extract.zh.agencies import ZhAgencies
from ipgraph.extract.zh.dates import _CN_NUM, cn_number
from ipgraph.records import AgencyRef, Measure, Part, Span

_PART = re.compile(rf"^[ \t　]*(?P<num>{_CN_NUM}{{1,3}})[、．.][ \t　]*(?P<head>[^\n]{{1,60}})$", re.M)
_MEASURE = re.compile(r"^[ \t　]*(?P<n>\d{1,3})[.．、](?=\d{1,2}月|[^\d])[ \t　]*(?P<body>\S[^\n]*)$", re.M)
_NOTE = re.compile(r"[（(](?P<inner>(?:[^（）()\n]|[（(][^（）()\n]*[）)])*)[）)]\s*[。；;.]?\s*$")
_NOTE_WORDS = re.compile(r"负责|牵头|参与|责任单位|配合|按职责")


def find_parts(simple: str) -> list[Part]:
    parts: list[Part] = []
    for m in _PART.finditer(simple):
        value = cn_number(m.group("num"))
        if value == len(parts) + 1:
            parts.append(Part(numeral=roman(value), heading=m.group("head").strip(),
                              span=Span(m.start("num"), m.end("head"))))
    return parts


def find_measures(text: str, simple: str, agencies: ZhAgencies) -> tuple[list[Part], list[Measure]]:
    parts = find_parts(simple)
    measures: list[Measure] = []
    seen: set[tuple] = set()
    for m in _MEASURE.finditer(simple):
        number = int(m.group("n"))
        part = None
        for p in parts:
            if p.span.start < m.start():
                part = p.numeral
        if (part, number) in seen:
            continue
        seen.add((part, number))
        body_start, end = m.start("body"), m.end("body")
        refs: list[AgencyRef] = []
        note = _NOTE.search(simple, body_start, end)
        if note and _NOTE_WORDS.search(note.group("inner")):
            refs = agencies.note(text, simple, note.start("inner"), note.end("inner"))
        measures.append(Measure(number=number, part=part, text=" ".join(text[body_start:end].split()),
                                span=Span(m.start(), end), agencies=tuple(refs), actions=(), ip_kinds=(),
                                instruments=()))
    with_notes = sum(1 for ms in measures if ms.agencies)
    if with_notes < 3:
        return parts, []
    return parts, measures


def plan_year(title: str) -> int | None:
    m = re.search(r"((?:19|20)\d\d)年", title)
    return int(m.group(1)) if m else None
