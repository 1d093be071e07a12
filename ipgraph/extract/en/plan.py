"""Plan structure: parts with Roman numerals, numbered measures, and their responsible agencies."""

from __future__ import annotations

import re
from collections import Counter

from ipgraph._text import plain
from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.vocab import ACTIONS, CAMPAIGN, IP_KINDS, LEGISLATE, PILOT
from ipgraph.records import AgencyRef, Measure, Part, Span

_ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")
_PART = re.compile(r"^[^\S\n]*(?:Part|PART|Section|Chapter)?[^\S\n]*(?P<num>[IVXL]{1,6})[^\S\n]*[.、:．][^\S\n]*(?P<head>\S.*?)[^\S\n]*$", re.M)
_PART_ARABIC = re.compile(r"^[^\S\n]*(?P<num>\d{1,2})[^\S\n]*[.、．][^\S\n]+(?P<head>[A-Z][^\n]{2,140}?)[^\S\n]*$", re.M)
_MARKERS = {
    "paren": re.compile(r"^[^\S\n]*[(（][^\S\n]*(?P<n>\d{1,3})[^\S\n]*[)）][^\S\n]*(?P<body>\S.*)$", re.M),
    "dot": re.compile(r"^[^\S\n]*(?P<n>\d{1,3})[.．][^\S\n]+(?P<body>\S.*)$", re.M),
    "half": re.compile(r"^[^\S\n]*(?P<n>\d{1,3})[)）][^\S\n]*(?P<body>\S.*)$", re.M),
}
# a responsibility note at the end of a measure: "(SIPO, MOST)" / "(... shall take the lead.)"
_TAIL_PAREN = re.compile(r"[(（](?P<inner>[^()（）]*(?:\([^()]*\)[^()（）]*)*)[)）]\s*[.。;]?\s*$")
_RESP_TAIL = re.compile(r"(?:^|(?<=[.;。；])|\n)\s*\(?(?:Responsible|Lead|Leading)\b[^:：\n.]{0,40}[:：]\s*(?P<inner>[^\n]+?)\s*\.?\s*$",
                        re.I)


def roman(n: int) -> str:
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def _roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def find_parts(text: str) -> list[Part]:
    """Parts numbered I, II, III ... in order. When the numbering starts again at I (the body after a table of
    contents), the last run is the plan's."""
    runs: list[list[Part]] = [[]]
    for m in _PART.finditer(text):
        num = m.group("num")
        if not _ROMAN.match(num) or len(m.group("head")) > 200:
            continue
        value = _roman_value(num)
        if value == 1 and runs[-1]:
            runs.append([])
        if value != len(runs[-1]) + 1:
            continue
        runs[-1].append(Part(numeral=num, heading=m.group("head").strip(), span=Span(m.start("num"), m.end("head"))))
    return runs[-1] if runs[-1] else runs[0]


def _arabic_parts(text: str, measure_style: str) -> list[Part]:
    if measure_style == "dot":
        return []
    parts, expected = [], 1
    for m in _PART_ARABIC.finditer(text):
        if int(m.group("num")) != expected or _TAIL_PAREN.search(m.group("head")):
            continue
        parts.append(Part(numeral=roman(expected), heading=m.group("head").strip(),
                          span=Span(m.start("num"), m.end("head"))))
        expected += 1
    return parts


def _paragraph_end(text: str, start: int, stops: list[int]) -> int:
    """End of the paragraph that starts at start: a blank line, the next marker or the end."""
    nxt = min([s for s in stops if s > start] + [len(text)])
    blank = text.find("\n\n", start)
    if 0 <= blank < nxt:
        nxt = blank
    return len(text[:nxt].rstrip()) if nxt > start else nxt


def responsibility(resolver: AgencyResolver, text: str, start: int, end: int) -> tuple[list[AgencyRef] | None, int]:
    """Agencies named at the end of a measure (or on the line after it), and where the body ends."""
    body = plain(text[start:end])
    m = _TAIL_PAREN.search(body)
    if m:
        refs = resolver.responsibility_list(m.group("inner"), start + m.start("inner"))
        if refs:
            return refs, start + m.start()
    r = _RESP_TAIL.search(body)
    if r:  # "... promote the legislation. Responsible agencies: SIPO, MOST" (on the last line or after it)
        refs = resolver.responsibility_list(r.group("inner").rstrip(".)"), start + r.start("inner"))
        if refs:
            return refs, start + r.start()
    return None, end


def actions_of(body: str) -> tuple[str, ...]:
    found = []
    for clause in re.split(r"[,;]\s*|\s+and\s+(?=[a-z]+\s)", body):
        w = re.match(r"\s*(?:further\s+|actively\s+|continue\s+to\s+|take\s+great\s+effort\s+to\s+)?([A-Za-z]+)", clause)
        if w and (a := ACTIONS.get(w.group(1).lower())):
            found.append(a)
    if PILOT.search(body):
        found.append("Pilot")
    if CAMPAIGN.search(body):
        found.append("LaunchCampaign")
    if LEGISLATE.search(body):
        found.append("Legislate")
    return tuple(dict.fromkeys(found))


def ip_kinds_of(body: str) -> tuple[str, ...]:
    return tuple(k for k, rx in IP_KINDS if rx.search(body))


def find_measures(text: str, resolver: AgencyResolver, is_plan: bool) -> tuple[list[Part], list[Measure]]:
    """Numbered measures. In a document that is not a plan, numbered items count only when they
    end with a list of responsible agencies (plans quoted inside news)."""
    found: dict[str, list[tuple[re.Match, list[AgencyRef] | None, int, int]]] = {}
    part_starts = [p.span.start for p in find_parts(text)]
    for style, rx in _MARKERS.items():
        matches = list(rx.finditer(text))
        stops = [m.start() for m in matches] + part_starts
        items = []
        for m in matches:
            end = _paragraph_end(text, m.start("body"), stops)
            refs, body_end = responsibility(resolver, text, m.start("body"), end)
            items.append((m, refs, body_end, end))
        found[style] = items
    # the style most of whose items carry agencies; a plan without agency notes takes the commonest style
    style = max(found, key=lambda s: (sum(1 for it in found[s] if it[1]), len(found[s]) if is_plan else 0))
    items = found[style]
    with_agencies = sum(1 for it in items if it[1])
    if not items or (not is_plan and with_agencies < 3):
        return [], []
    if not is_plan:
        items = [it for it in items if it[1]]
    parts = find_parts(text) or _arabic_parts(text, style)
    measures = []
    for m, refs, body_end, end in items:
        number = int(m.group("n"))
        part = None
        for p in parts:
            if p.span.start < m.start():
                part = p.numeral
        body = plain(text[m.start("body"):body_end]).strip()
        measures.append(Measure(
            number=number, part=part, text=" ".join(text[m.start("body"):end].split()),
            span=Span(m.start(), end), agencies=tuple(refs or ()), actions=actions_of(body),
            ip_kinds=ip_kinds_of(body), instruments=(),
        ))
    # one measure per part and number: a document that repeats a plan (or holds two) keeps the first
    seen_keys: set[tuple] = set()
    measures = [ms for ms in measures if (ms.part, ms.number) not in seen_keys and not seen_keys.add((ms.part, ms.number))]
    counts = Counter(m.number for m in measures)
    if any(c > 1 for c in counts.values()) and not parts:
        # numbering restarts without parts to tell items apart: keep the first run only
        seen, first = set(), []
        for ms in measures:
            if ms.number in seen:
                break
            seen.add(ms.number)
            first.append(ms)
        measures = first
    return parts, measures


def plan_year(title: str) -> int | None:
    t = plain(title)
    m = re.search(r"\b(?:in|for|of)\s+((?:19|20)\d\d)\b", t) or re.search(r"\(((?:19|20)\d\d)(?:\s*[-–]\s*\d{2,4})?\)", t) \
        or re.search(r"\b((?:19|20)\d\d)\b", t)
    return int(m.group(1)) if m else None
