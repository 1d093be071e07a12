"""Sentence spans of a text, with offsets into it."""

from __future__ import annotations

import re

_ABBREV = {"mr", "mrs", "ms", "dr", "no", "nos", "e.g", "i.e", "etc", "info", "art", "arts", "vol", "jan", "feb",
           "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "co", "ltd", "inc", "vs"}
# (。” then a date: a quotation ends its sentence, the next one opens with its day: …最大的激励。”2020年11月30日，…)
_BOUNDARY = re.compile(r"[.!?;](?=[\"'\u201d\u2019)]?\s+[\"'\u201c\u2018(]?[A-Z0-9])|[。！？](?![”’」』）)])|"
                       r"[。！？][”’」』]+(?=\s*(?:(?:19|20)\d\d\s*年|\d{1,2}\s*月\d{1,2}\s*日))|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() == ".":
            word = re.search(r"([A-Za-z.]+)\.$", text[max(0, end - 8):end])
            if word and word.group(1).lower().lstrip(".") in _ABBREV:
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
