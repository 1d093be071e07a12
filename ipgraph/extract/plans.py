"""A plan's parts and numbered measures, read from the structure of its numbered lists (ipgraph.extract.outline)
before its sentences, in either language. The rules of the language say what a responsibility note is.

The measures are the items of the list level that carries responsibility notes (in a plan that has none, the
deepest level numbered in Arabic figures, else a level under the parts, however numbered: (一) under 一、); the parts are the items of the top level above them. A measure's text
is its first paragraph, and the paragraphs after it up to its responsibility note ("1. heading" on a line, the
text and "(SIPO, MOST)" on the lines after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ipgraph.extract.outline import HEADING_SCHEMES, Item, outline, roman
from ipgraph.records import AgencyRef, Part, Span

ARABIC = ("dot", "paren", "half", "circled")
# (refs, start of the note) of a responsibility note ending text[start:end], or None
NoteReader = Callable[[str, int, int], "tuple[list[AgencyRef], int] | None"]


@dataclass(frozen=True)
class ReadMeasure:
    number: int
    part: str | None
    span: Span  # the marker to the end of the measure
    body: Span  # the measure's own words, without its marker and its responsibility note
    agencies: tuple[AgencyRef, ...]


def read_plan(text: str, note: NoteReader, is_plan: bool) -> tuple[list[Part], list[ReadMeasure]]:
    """Parts and measures of a text. In a document that is not a plan, numbered items count only when at least
    three of them end with a note of responsible bodies (a plan quoted in news)."""
    best = None
    for run in outline(text):
        read = {i: _measure_of(text, item, note) for i, item in enumerate(run)}
        for group in _groups(run):
            with_notes = sum(1 for i in group if read[i][1])
            depth = max(run[i].level for i in group)
            arabic = run[group[0]].scheme in ARABIC
            nested = all(run[i].parent is not None for i in group)
            key = (with_notes, with_notes == 0 and is_plan and arabic, with_notes == 0 and is_plan and nested,
                   len(group), depth)
            if best is None or key >= best[0]:
                best = (key, run, group, read)
    if best is None:
        return [], []
    (with_notes, *_), run, group, read = best
    if with_notes < 3 and not (is_plan and len(group) >= 2 and run[group[0]].scheme in ARABIC) \
            and not (is_plan and all(run[i].parent is not None for i in group)):
        return [], []  # (a plan's items under its parts are its measures, however numbered, however few, with notes or not)
    parts = _parts(text, run, group)
    part_of = {p_index: p for p_index, p in parts}
    measures = []
    for i in group:
        (span, body, agencies), has_note = read[i]
        if not is_plan and not has_note:
            continue
        top = _ancestor(run, i)
        if with_notes == 0 and top in part_of and _PREMISE_PART.search(part_of[top].heading) \
                and not _TASK_PART.search(part_of[top].heading):
            continue  # (一)…取得的成就 under 一、发展基础: what the plan starts from, not what it does
        part = part_of[top].numeral if top in part_of else None
        measures.append(ReadMeasure(number=run[i].value, part=part, span=span, body=body, agencies=tuple(agencies)))
    if with_notes == 0:  # (一)指导思想 (二)基本原则 under 一、总体要求: the plan's premises, not its measures
        measures = [m for m in measures if not _PREMISE.match(text, m.body.start)]
    seen: set[tuple] = set()  # one measure per part and number: a document that repeats a plan keeps the first
    measures = [m for m in measures if (m.part, m.number) not in seen and not seen.add((m.part, m.number))]
    return [p for _, p in parts], measures


_PREMISE = re.compile(r"\s*(?:指导思想|基本原则|总体目标|发展目标|主要目标|工作目标|总体要求|指導思想|基本原則|總體目標|發展目標|主要目標|工作目標|"
                      r"總體要求|Guiding (?:Ideology|Thought|Principles?)|Basic Principles|(?:Main|Overall|Development) (?:Objectives|Goals)|"
                      r"Overall Requirements)\s*(?:[。.:：\n]|$)")


_PREMISE_PART = re.compile(r"基础|基礎|形势|形勢|现状|現狀|背景|总体要求|總體要求|指导思想|指導思想|基本原则|基本原則|目标|目標|意义|意義|成就|"
                           r"环境|環境|Background|Situation|Foundation|Guiding|Objectives|Goals|Overall Requirements", re.I)
_TASK_PART = re.compile(r"任务|任務|措施|举措|舉措|工作|行动|行動|Tasks?\b|Measures|Actions", re.I)


def _groups(run: list[Item]) -> list[list[int]]:
    """The items that may be a plan's measures: those of one scheme that are not headings over others of it
    ("(17)" under a part without sub-headings goes with "(1)"-"(16)" under sub-headings; parts "1." over measures
    "1." are not measures)."""
    by: dict[str, set[int]] = {}
    for i, item in enumerate(run):
        by.setdefault(item.scheme, set()).add(i)
    return [sorted(group - {a for i in group for a in _ancestors(run, i)}) for group in by.values()]


def _ancestors(run: list[Item], i: int) -> list[int]:
    out = []
    p = run[i].parent
    while p is not None:
        out.append(p)
        p = run[p].parent
    return out


def _ancestor(run: list[Item], i: int) -> int:
    chain = _ancestors(run, i)
    return chain[-1] if chain else i


def _parts(text: str, run: list[Item], group: list[int]) -> list[tuple[int, Part]]:
    """The top-level items above the measures, numbered I, II, ... whatever their scheme."""
    tops = sorted({_ancestor(run, i) for i in group} - set(group))
    if not tops:
        return []
    out = []
    for t in tops:
        item = run[t]
        head_end = _heading_end(text, item)
        out.append((t, Part(numeral=roman(item.value), heading=" ".join(text[item.body:head_end].split()),
                            span=Span(item.start + (len(text[item.start:item.body]) - len(text[item.start:item.body].lstrip())),
                                      head_end))))
    return out


def _heading_end(text: str, item: Item) -> int:
    """A heading is its first line; inside a line (a page without line breaks), up to its first sentence end or
    its first child."""
    end = item.end
    nl = text.find("\n", item.body, end)
    if nl >= 0:
        end = nl
    elif item.scheme in HEADING_SCHEMES or item.marker.inline:
        stop = re.search(r"[。.;；:：]|\s{2,}", text[item.body:end])
        if stop:
            end = item.body + stop.start()
        end = min(end, item.body + 200)
    return len(text[:end].rstrip())


def _measure_of(text: str, item: Item, note: NoteReader):
    """(span, body, agencies), has_note of an item read as a measure."""
    start = item.body
    while start < item.end and text[start].isspace():
        start += 1
    paragraphs = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text[start:item.end])]
    if not paragraphs:
        return (Span(item.start, item.body), Span(item.body, item.body), []), False
    for _a, b in paragraphs[:4]:
        found = note(text, start, b)
        if found:
            refs, note_start = found
            return (Span(item.start, b), Span(start, len(text[:note_start].rstrip())), refs), True
    end = paragraphs[0][1]
    return (Span(item.start, end), Span(start, end), []), False


@dataclass(frozen=True)
class ObjectGrammar:
    """How a language says what a measure acts on: the words of an action on an instrument before it (revise
    the X, 修订《X》) or after it (X is revised, X修改), and the words that cite an instrument as a ground
    instead (in line with the Y, 按照《Y》), each within the clause the instrument stands in."""

    clause_ends: str
    acts_on: re.Pattern
    cites: re.Pattern
    after_act: re.Pattern
    after_reach: int  # how far after the instrument an action is looked for


def objects_of(text: str, measure_start: int, mentions: list, grammar: ObjectGrammar) -> tuple[str, ...]:
    """The keys of the instruments a measure acts on: an instrument its clause's action governs, not one the
    clause cites as its ground ("revise the X in line with the Y": X)."""
    found = []
    for i in mentions:
        start = max(text.rfind(c, measure_start, i.span.start) for c in grammar.clause_ends) + 1
        before = text[max(start, measure_start):i.span.start]
        if grammar.cites.search(before):
            continue
        if grammar.acts_on.search(before) or grammar.after_act.match(text[i.span.end:i.span.end + grammar.after_reach]):
            found.append(i.key)
    return tuple(dict.fromkeys(found))
