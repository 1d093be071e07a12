"""Plans in Chinese: responsibility notes (（…负责）, （…牵头，…参与）, 责任单位：…), and the plan's year."""

from __future__ import annotations

import re

from ipgraph.extract.plans import read_plan
from ipgraph.extract.zh.agencies import ZhAgencies
from ipgraph.records import Measure, Part

_NOTE = re.compile(r"[（(](?P<inner>(?:[^（）()\n]|[（(][^（）()\n]*[）)])*)[）)]\s*[。；;.]?\s*$")
_NOTE_WORDS = re.compile(r"负责|牵头|参与|责任单位|配合|按职责")


def find_measures(text: str, simple: str, agencies: ZhAgencies, is_plan: bool) -> tuple[list[Part], list[Measure]]:
    """Numbered measures, read from the plan's numbered lists (ipgraph.extract.plans) with the responsibility notes
    of Chinese texts."""
    def note(s: str, start: int, end: int):
        m = _NOTE.search(s, start, end)
        if not m or not _NOTE_WORDS.search(m.group("inner")):
            return None
        refs = agencies.note(text, simple, m.start("inner"), m.end("inner"))
        return (refs, m.start()) if refs else None

    parts, read = read_plan(simple, note, is_plan)
    return parts, [Measure(number=m.number, part=m.part, text=" ".join(text[m.body.start:m.span.end].split()),
                           span=m.span, agencies=m.agencies, actions=(), ip_kinds=(), instruments=()) for m in read]


def plan_year(title: str, intro: str = "") -> int | None:
    """The year a plan is for: its title's (2023年…计划), else the year its introduction gives its tasks
    (明确2023年度重点任务, 2021—2022年度, 2015年是…), else its notice's number (〔2020〕5号)."""
    m = re.search(r"((?:19|20)\d\d)\s*年", title)
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d\d)\s*(?:[—–-]\s*(?:19|20)?\d\d\s*)?年度", intro) or re.search(r"((?:19|20)\d\d)\s*年是", intro) \
        or re.search(r"[〔\[(（]((?:19|20)\d\d)[〕\])）]\s*\d+\s*号", intro)
    return int(m.group(1)) if m else None
