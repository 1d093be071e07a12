"""Plans in Chinese: responsibility notes (（…负责）, （…牵头，…参与）, 责任单位：…), and the plan's year."""

from __future__ import annotations

import re

from ipgraph.extract import plans
from ipgraph.extract.plans import ObjectGrammar, read_plan
from ipgraph.extract.zh.agencies import ZhAgencies
from ipgraph.records import Measure, Part

_NOTE = re.compile(r"[（(](?P<inner>(?:[^（）()\n]|[（(][^（）()\n]*[）)])*)[）)]\s*[。；;.]?\s*$")
_CUT_NOTE = re.compile(r"[（(](?P<inner>[^（）()\n]{2,200}?)\s*$")
_NOTE_WORDS = re.compile(r"负责|牵头|参与|责任单位|配合|按职责")


def find_measures(text: str, simple: str, agencies: ZhAgencies, is_plan: bool) -> tuple[list[Part], list[Measure]]:
    """Numbered measures, read from the plan's numbered lists (ipgraph.extract.plans) with the responsibility notes
    of Chinese texts."""
    def note(s: str, start: int, end: int):
        m = _NOTE.search(s, start, end)
        if not m and not s[end:].strip():  # a page cut off inside the last measure's note: （责任单位：省某局、省
            m = _CUT_NOTE.search(s, start, end)
        if not m or not _NOTE_WORDS.search(m.group("inner")):
            return None
        refs = agencies.note(text, simple, m.start("inner"), m.end("inner"))
        return (refs, m.start()) if refs else None

    parts, read = read_plan(simple, note, is_plan)
    return parts, [Measure(number=m.number, part=m.part, text=" ".join(text[m.body.start:m.span.end].split()),
                           span=m.span, agencies=m.agencies, actions=(), ip_kinds=(), instruments=()) for m in read]


def plan_year(title: str, intro: str = "") -> int | None:
    """The year a plan is for: its title's (2023年…计划; the first of a span, 推进计划(2023-2025年)), else the year its introduction gives its tasks
    (明确2023年度重点任务, 2021—2022年度, 2015年是…), else its notice's number (〔2020〕5号)."""
    m = re.search(r"((?:19|20)\d\d)\s*(?:[—–\-~～至]\s*(?:19|20)\d\d\s*年?[）)]|(?:[—–\-~～至]\s*(?:19|20)?\d\d\s*)?年)", title)
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d\d)\s*(?:[—–-]\s*(?:19|20)?\d\d\s*)?年度", intro) or re.search(r"((?:19|20)\d\d)\s*年是", intro) \
        or re.search(r"[〔\[(（]((?:19|20)\d\d)[〕\])）]\s*\d+\s*号", intro)
    return int(m.group(1)) if m else None


# what a measure does to an instrument it names: the object of its action (修订《X》, 制定《X》, X修改), not one
# it cites as its ground (按照《Y》, 贯彻落实《Y》)
_ACTS_ON = re.compile(r"(?:修订|修改|修正|制定|制订|出台|发布|起草|颁布|印发|编制|研究制定|清理|审议|完善)")
_CITES = re.compile(r"(?:按照|根据|依据|依照|遵照|贯彻|落实|实施|围绕|对照|结合)[^，。；]{0,12}$")
_AFTER_ACT = re.compile(r"^[》]?(?:[^，。；《]{0,8}?)(?:修订|修改|修正|出台|发布|颁布)")
_CAMPAIGN_NAME = re.compile(r"[“「\"](?P<name>[^“”「」\"]{2,30})[”」\"]")


OBJECTS = ObjectGrammar("。；;", _ACTS_ON, _CITES, _AFTER_ACT, 14)


def objects_of(simple: str, measure_start: int, mentions: list) -> tuple[str, ...]:
    """The keys of the instruments a measure acts on (plans.objects_of, by the grammar of Chinese)."""
    return plans.objects_of(simple, measure_start, mentions, OBJECTS)


def campaigns_of(simple_body: str) -> tuple[str, ...]:
    """The series of the named campaigns a measure launches: a quoted name without its year (龙腾行动2019 and
    龙腾行动2022 are one series)."""
    out = []
    for m in _CAMPAIGN_NAME.finditer(simple_body):
        series = re.sub(r"(?:19|20)\d\d年?|\d+", "", m.group("name")).strip()
        if series:
            out.append(series)
    return tuple(dict.fromkeys(out))
