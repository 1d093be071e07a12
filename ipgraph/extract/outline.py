"""Numbered lists, in either language: the structure of a plan before its sentences.

Every common scheme is read — I. / 一、 / (一) / (I) / 1. / 1、 / (1) / 1) / ① — at the start of a line, or inside a
line where a page lost its line breaks (a marker after a sentence, a closing bracket or a year, kept only where
the numbers around it run on). The level of a marker is inferred from the sequence: a scheme continues a level
whose last number it follows, or opens a level below the current one; a level closes when a shallower one goes on.
An item runs until the next item of any level. A list that starts again at its top level (a table of contents,
then the body) starts a new run.

Works on text whose length equals the document's (plain quotes, simplified characters): offsets carry over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
_CN = "〇零一二两三四五六七八九十"
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# scheme -> marker (group v: the number). Each is tried at a line start and, where the page lost its line
# breaks, inside a line.
SCHEMES: dict[str, str] = {
    "roman": r"(?:(?:Part|PART|Section|SECTION|Chapter|CHAPTER)[ \t\u00a0\u3000]+)?(?P<v>[IVXL]{1,6})[ \t\u00a0\u3000]*[.、:．][ \t\u00a0\u3000]*",
    "roman-paren": r"[(（][ \t\u00a0\u3000]*(?P<v>[IVXL]{1,6})[ \t\u00a0\u3000]*[)）][ \t\u00a0\u3000]*",
    "cn": rf"(?:第(?P<w>[{_CN}]{{1,3}})部分[ \t\u00a0\u3000]*|(?P<v>[{_CN}]{{1,3}})[ \t\u00a0\u3000]*[、．.][ \t\u00a0\u3000]*)",
    "cn-paren": rf"[(（][ \t\u00a0\u3000]*(?P<v>[{_CN}]{{1,3}})[ \t\u00a0\u3000]*[)）][ \t\u00a0\u3000]*",
    "dot": r"(?P<v>\d{1,3})[ \t\u00a0\u3000]*[.．、](?=\d{1,2}月|\D)[ \t\u00a0\u3000]*",
    "paren": r"[(（][ \t\u00a0\u3000]*(?P<v>\d{1,3})[ \t\u00a0\u3000]*[)）][ \t\u00a0\u3000]*",
    "half": r"(?<![(（\d])(?P<v>\d{1,3})[)）][ \t\u00a0\u3000]*",
    "circled": rf"(?P<c>[{_CIRCLED}])[ \t\u00a0\u3000]*",
}
# what may follow a marker: the item's text, not a number or a unit ("1.5 million", "2)" of a formula)
# ("2、ralOfficeof…": a listing's chunks of a file's text, each numbered, cut inside a word: a Chinese enumeration
# mark opens no item of lower-case Latin letters)
_BODY_START = re.compile(r"(?<!、)[a-z]|[A-Z\u3400-\u9fff\"“‘《(（「]|\d{1,2}月")
_LINE_START = {s: re.compile(r"^[ \t\u00a0\u3000]*(?:" + p + r")", re.M) for s, p in SCHEMES.items()}
# inside a line: after a sentence end, a closing bracket, a space, or glued to a year ("... in 20201. Deepen");
# bracketed markers may stand right after a word ("property(1) Reform"), a number with a dot right after a heading
# that has no stop, between Han characters ("…全面领导1.深入学习…")
_INLINE = {s: re.compile(r"(?:(?<=[\s。.;；:：)）」”\"!?！？])|(?<=(?:19|20)\d\d)(?=1\D)" +
                         (r"|(?<=[A-Za-z\u3400-\u9fff])(?=[(（])" if s in ("paren", "cn-paren", "roman-paren") else
                          r"|(?<=[a-z])(?=\d{1,3}\.\s+[A-Z])|(?<=[\u3400-\u9fff])(?=\d{1,2}[.．][\u3400-\u9fff])" if s == "dot"
                          else "") + r")(?:" + p + r")")
           for s, p in SCHEMES.items()}
HEADING_SCHEMES = ("roman", "roman-paren", "cn", "cn-paren")
# how a measure's text ends: a note in brackets, or a labelled line ("Responsible agencies: ...", "责任单位：...")
_NOTE_SHAPE = re.compile(r"[)）]\W{0,3}$|(?:^|\n|[.。;；]\s+)[^\n:：.。;；]{2,40}[:：][^\n.。]+[.。]?$")


def roman_value(s: str) -> int:
    total = 0
    for i, c in enumerate(s):
        v = ROMAN_VALUES[c]
        total += -v if i + 1 < len(s) and ROMAN_VALUES[s[i + 1]] > v else v
    return total


def roman(n: int) -> str:
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def cn_value(s: str) -> int | None:
    """"十二" -> 12, "二十一" -> 21, "三" -> 3."""
    if "十" not in s:
        digits = [_CN_DIGIT.get(c) for c in s]
        return None if None in digits or not digits else int("".join(str(d) for d in digits))
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _value(scheme: str, m: re.Match) -> int | None:
    if scheme == "circled":
        return _CIRCLED.index(m.group("c")) + 1
    v = m.group("v") if scheme != "cn" else (m.group("v") or m.group("w"))
    if v is None:
        return None
    if scheme.startswith("roman"):
        return roman_value(v) if _ROMAN.match(v) else None
    if scheme.startswith("cn"):
        return cn_value(v)
    return int(v)


@dataclass(frozen=True)
class Marker:
    scheme: str
    value: int
    start: int  # where the marker starts
    body: int  # where the item's text starts
    inline: bool  # found inside a line


@dataclass
class Item:
    marker: Marker
    level: int
    parent: int | None  # index of the parent item in its run
    end: int = 0  # where the next item (of any level) starts, or the end of the text
    children: list[int] = field(default_factory=list)

    @property
    def scheme(self) -> str:
        return self.marker.scheme

    @property
    def value(self) -> int:
        return self.marker.value

    @property
    def start(self) -> int:
        return self.marker.start

    @property
    def body(self) -> int:
        return self.marker.body


def markers(text: str) -> list[Marker]:
    """Every marker that may open an item, in order: at line starts, and inside lines where the numbers around
    it run on (a marker alone in a line is a number in a sentence, not an item)."""
    found: dict[int, Marker] = {}
    for scheme, rx in _LINE_START.items():
        for m in rx.finditer(text):
            v = _value(scheme, m)
            if v and _BODY_START.match(text, m.end()):
                start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u00a0\u3000"))
                found.setdefault(start, Marker(scheme, v, start, m.end(), False))
    inline: list[Marker] = []
    for scheme, rx in _INLINE.items():
        for m in rx.finditer(text):
            v = _value(scheme, m)
            if v and m.start() not in found and _BODY_START.match(text, m.end()) and not _in_line_start(text, m.start()):
                inline.append(Marker(scheme, v, m.start(), m.end(), True))
    out = sorted(found.values(), key=lambda k: k.start)
    return sorted(out + _running_on(text, inline, out), key=lambda k: k.start)


def _in_line_start(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1:at].strip(" \t\u00a0\u3000")


def _running_on(text: str, inline: list[Marker], at_line_start: list[Marker]) -> list[Marker]:
    """The markers inside lines that belong to a numbered sequence in the same line: the one before it of its
    scheme has the number before (or one before it, where measures numbered alike come between two parts), or the
    one after it the number after; a first marker stands also when the next marker opens its first child
    ("(一)完善… 1.推进…"). A number in a sentence of a
    text that keeps its line breaks ("... on October 1.") has no such neighbour."""
    allm = sorted(inline + at_line_start, key=lambda k: k.start)
    line = {k.start: text.count("\n", 0, k.start) for k in allm}
    by_scheme: dict[str, list[Marker]] = {}
    for mk in allm:
        by_scheme.setdefault(mk.scheme, []).append(mk)
    keep = []
    for mk in inline:
        seq = by_scheme[mk.scheme]
        i = seq.index(mk)
        near = [k for k in (seq[i - 1] if i > 0 else None, seq[i + 1] if i + 1 < len(seq) else None)
                if k is not None and line[k.start] == line[mk.start]]
        nxt = next((k for k in allm if k.start > mk.start), None)
        if any(k.value == mk.value + (1 if k.start > mk.start else -1) for k in near) or \
                any(k.value == mk.value - 1 and line[k.start] == line[mk.start] for k in seq[:i]) or \
                (mk.value == 1 and nxt and nxt.value == 1 and nxt.scheme != mk.scheme and line[nxt.start] == line[mk.start]):
            keep.append(mk)
    return keep


def outline(text: str) -> list[list[Item]]:
    """The runs of numbered items of a text (usually one; a table of contents before the body makes two)."""
    runs: list[list[Item]] = [[]]
    stack: list[int] = []  # indexes into the current run, from the top level down
    last_of: dict[str, int] = {}  # the last number seen of each scheme in this run
    last_at: dict[tuple[str, int], int] = {}  # ... of each scheme at each depth
    found = markers(text)
    reach = {}  # the shape of each marker's text up to the next marker: its length, and whether it ends with a note
    for k, mk in enumerate(found):
        end = found[k + 1].start if k + 1 < len(found) else len(text)
        tail = text[mk.body:end].rstrip()
        reach[mk.start] = (max(1, end - mk.body), bool(_NOTE_SHAPE.search(tail)))
    for mk in found:
        run = runs[-1]
        level = _place(reach, mk, run, stack, last_of, last_at)
        if level is None:
            continue
        if level == -1:  # the top level starts again: a new run
            runs.append([])
            run, stack, last_of, last_at = runs[-1], [], {}, {}
            level = 0
        del stack[level:]
        parent = stack[-1] if stack else None
        run.append(Item(marker=mk, level=level, parent=parent))
        if parent is not None:
            run[parent].children.append(len(run) - 1)
        stack.append(len(run) - 1)
        last_of[mk.scheme] = mk.value
        last_at[(mk.scheme, level)] = mk.value
    for run in runs:
        for i, item in enumerate(run):
            item.end = run[i + 1].start if i + 1 < len(run) else len(text)
    return [r for r in runs if r]


def _place(reach: dict[int, int], mk: Marker, run: list[Item], stack: list[int], last_of: dict, last_at: dict) -> int | None:
    """The level a marker takes, -1 for a new run, None when it opens no item."""
    levels = [i for i, k in enumerate(stack) if run[k].scheme == mk.scheme]
    goes_on = [lv for lv in levels if mk.value == run[stack[lv]].value + 1]  # levels it may continue
    depth = len(stack)
    opens = mk.value == 1 or last_of.get(mk.scheme) == mk.value - 1 or \
        any(last_at.get((mk.scheme, lv)) == mk.value - 1 for lv in range(depth, depth + 4))
    top = run[stack[-1]] if stack else None
    if goes_on and top is not None and not top.children and top.scheme != mk.scheme \
            and (mk.value == 1 or last_at.get((mk.scheme, depth)) == mk.value - 1) \
            and any(it.children for it in run if it.scheme == top.scheme and it.level == top.level):
        return depth  # a heading (its like had items) is followed by its first item: "(1) heading" then "3."
    # a child of an item of its own scheme that it could follow ("4." after "3."): only after a heading much shorter
    # than itself, where items of its scheme stood below headings before (parts 1., 2., 3. over measures 1.-6.)
    below = [reach[it.start] for it in run if top is not None and it.scheme == mk.scheme and it.level > top.level]
    under_own = top is not None and top.scheme == mk.scheme and bool(below) and not reach[top.start][1] and (
        sum(b[1] for b in below) * 2 > len(below)  # the items below end with notes, it does not
        or reach[top.start][0] < 0.6 * sorted(b[0] for b in below)[len(below) // 2])
    choices = goes_on + ([depth] if opens and goes_on and (top is None or top.scheme != mk.scheme or under_own) else [])
    if len(choices) > 1:  # "2." may go on with the parts or with the measures: it takes the level whose items it is like
        def like(lv: int) -> float:
            return _unlike(reach, mk, [it for it in run if it.scheme == mk.scheme and (it.level == lv or lv == depth <= it.level)])
        return min(reversed(choices), key=like)
    if goes_on:
        return goes_on[0]
    if mk.value == 1 and levels and levels[0] == 0 and run[stack[0]].value > 1 and not mk.inline \
            and (run[-1].scheme == mk.scheme or mk.scheme in HEADING_SCHEMES):
        return -1  # the top level starts again (the body after a table of contents), not a first child ("1." under "(1)")
    if opens:
        return depth  # opens a level below the current item (or goes on with a scheme numbered across headings)
    if mk.inline:
        return None
    if levels and mk.value > run[stack[levels[-1]]].value:
        return levels[-1]  # a gap in the numbering (an excerpt, an item left out)
    if not run:
        return 0  # a list that starts in the middle
    return None


def _unlike(reach: dict[int, tuple[int, bool]], mk: Marker, items: list[Item]) -> float:
    """How far the shape of a marker's text (up to the next marker) is from those of a level's items: headings
    are short and end without a note, measures are longer and end with their responsible bodies in brackets."""
    import math

    if not items:
        return math.inf
    length, note = reach[mk.start]
    lengths = sorted(reach[it.start][0] for it in items)
    notes = sum(reach[it.start][1] for it in items) / len(items)
    return abs(math.log(length) - math.log(lengths[len(lengths) // 2])) + 2 * abs(notes - note)


def text_of(text: str, item: Item) -> str:
    return text[item.body:item.end]


def first_line(text: str, item: Item) -> tuple[int, int]:
    """The span of an item's first line (its heading)."""
    nl = text.find("\n", item.body, item.end)
    end = nl if nl >= 0 else item.end
    return item.body, len(text[:end].rstrip())
