"""The one pipeline of extraction: the document's record, its language and kind, then the same steps for every
language, each run by the rules of the document's language."""

from __future__ import annotations

import re
from dataclasses import replace

from ipgraph._text import HAN
from ipgraph.extract import en, zh
from ipgraph.extract._source import Source
from ipgraph.records import Document, Extraction, Plan
from ipgraph.reference import Reference

RULES = {"en": en, "zh": zh}


def language(text: str) -> str:
    """The script of a text: Chinese where its Han characters outweigh its Latin letters, a character counted as two
    letters (a word of English takes about five letters, of Chinese two characters; a page's glued English words or
    the pinyin glossed after its characters do not make it English)."""
    han = len(HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if 2 * han > latin else "en"


def document_language(src: Source) -> str:
    lang = src.meta.get("language") or src.file_meta.get("language") or ""
    if lang.startswith("zh"):
        return "zh"
    if lang.startswith("en"):
        return "en"
    return language(src.text)


_PLACEHOLDER_DATES = {"1900-01-01", "1970-01-01", "0001-01-01"}


def document_record(src: Source) -> Document:
    """What a document says of itself: headline and date (from its text, else the sidecar's or the file's own
    metadata), language and kind."""
    lang = document_language(src)
    rules = RULES[lang]
    title, title_span = rules.headline(src.text)
    date = rules.publication_date(src.text)
    if date and date[0] in _PLACEHOLDER_DATES:
        date = None  # Time:1900/1/1 0:00:00: a system's empty date, no day the page was published
    if src.meta.get("title"):
        title = src.meta["title"]
    title = title or src.file_meta.get("title") or src.doc_id  # the text's headline before the page's <title>
    iso, date_span = (date if date else (None, None))
    if src.meta.get("date"):
        iso = str(src.meta["date"])[:10]
    elif not iso and src.file_meta.get("date"):
        iso = src.file_meta["date"]
    return Document(
        doc_id=src.doc_id, path=str(src.path), sha256=src.sha256, text=src.text, title=title, title_span=title_span,
        date=iso, date_span=date_span, language=lang, kind=document_kind(lang, title, text=src.text),
        url=src.meta.get("url") or src.file_meta.get("url"),
        publisher=src.meta.get("publisher") or src.file_meta.get("publisher"), licence=src.meta.get("licence"),
        format=src.format, retrieved=src.meta.get("retrieved"),
    )


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]


def document_kind(lang: str, title: str, measures: int = 0, text: str = "") -> str:
    """A plan when measures are read from it, or when its title names a plan and its introduction says it is one
    ("this plan is formulated", 制定本计划); else news (a page about a plan names the plan as an instrument)."""
    rules = RULES[lang]
    return "plan" if measures or (rules.PLAN_TITLE.search(title) and rules.PLAN_CUE.search(text[:3000])) else "news"


def extract_source(src: Source, reference: Reference) -> Extraction:
    doc = document_record(src)
    rules = RULES[doc.language].Rules(doc, reference)
    ex = Extraction(document=doc)
    instruments = rules.instruments()
    rules_of = RULES[doc.language]
    planned = bool(rules_of.PLAN_TITLE.search(doc.title) or rules_of.PLAN_CUE.search(doc.text[:3000]))
    parts, measures = rules.measures(planned)
    doc = ex.document = replace(doc, kind=document_kind(doc.language, doc.title, len(measures), doc.text))
    if doc.kind == "plan":
        plan_title = rules.plan_title(doc)
        instruments = rules.own_instruments(doc, instruments, plan_title)
        intro_end = parts[0].span.start if parts else min((m.span.start for m in measures), default=len(doc.text))
        ex.plan = Plan(title=plan_title, year=rules.plan_year(plan_title, doc.text[:intro_end]), span=doc.title_span,
                       implements=rules.implements(doc, instruments, parts, measures))
    ex.parts = parts
    ex.measures = []
    for m in measures:
        mentions = [i for i in instruments if m.span.start <= i.span.start < m.span.end]
        objects, campaigns = rules.measure_objects(m, mentions)
        ex.measures.append(replace(m, instruments=tuple(dict.fromkeys(i.key for i in mentions)), objects=objects,
                                   campaigns=campaigns))
    ex.instruments = instruments
    ex.revisions = rules.revisions(instruments, measures)
    ex.posts = rules.posts()
    ex.person_mentions = rules.person_mentions(ex.posts)
    ex.events = rules.events(ex.posts)
    ex.statistics = rules.statistics()
    named = {(a.key, a.span.start) for m in ex.measures for a in m.agencies} | {
        (p.org.key, p.org.span.start) for p in ex.posts if p.org}
    ex.agencies = [a for a in rules.mentions(ex)  # a name in the page's furniture is the site's, not the text's
                   if (a.key, a.span.start) in named or not rules_of.is_furniture(_line_at(doc.text, a.span.start))]
    ex.warnings = list(rules.warnings)
    return ex
