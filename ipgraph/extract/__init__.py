"""Extraction: a source document -> an Extraction of records with text-span evidence.

The rules are general (never per document): every document yields its document record and
whatever the rules find in it. No rdflib here and no network.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ipgraph._text import plain
from ipgraph.extract._source import Source, find_sources, read_source
from ipgraph.extract.agencies import AgencyResolver
from ipgraph.extract.document import context_year, document_record
from ipgraph.extract.events import find_events
from ipgraph.extract.instruments import find_instruments, find_revisions
from ipgraph.extract.officials import find_posts, later_mentions, surname_index
from ipgraph.extract.plan import find_measures, plan_year
from ipgraph.extract.statistics import find_statistics
from ipgraph.records import Extraction, Plan, Span
from ipgraph.reference import Reference

__all__ = ["extract_source", "extract_path", "find_sources", "read_source", "Source"]


def extract_path(path: Path, reference: Reference) -> Extraction:
    return extract_source(read_source(path), reference)


def extract_source(src: Source, reference: Reference) -> Extraction:
    doc = document_record(src)
    if doc.language == "zh":
        from ipgraph.extract.zh import extract_zh

        return extract_zh(doc, reference)
    text = plain(doc.text)
    resolver = AgencyResolver(reference, text, doc.date)
    ctx_year = int(doc.date[:4]) if doc.date else context_year(text)
    ex = Extraction(document=doc)

    instruments = find_instruments(text, reference, doc.title, set(reference.by_notation) | resolver.used_notations)
    if doc.kind == "plan":  # a plan's headline names the plan itself, not an instrument it mentions
        t = doc.title_span
        instruments = [i for i in instruments if not (t.start <= i.span.start < t.end and i.kind == "Plan")]
    parts, measures = find_measures(text, resolver, doc.kind == "plan")
    if measures and doc.kind != "plan":
        doc = replace(doc, kind="plan")
        ex.document = doc
    if doc.kind == "plan":
        implements = tuple(dict.fromkeys(
            i.key for i in find_instruments(doc.title, reference, "", set()) if i.kind in ("Strategy", "Outline")))
        intro_end = parts[0].span.start if parts else min((m.span.start for m in measures), default=len(text))
        implements += tuple(i.key for i in instruments if i.span.start < intro_end and i.kind in ("Outline", "Strategy")
                            and re.search(r"\bimplement", text[max(0, i.span.start - 60):i.span.start], re.I))
        ex.plan = Plan(title=doc.title, year=plan_year(doc.title), span=doc.title_span,
                       implements=tuple(dict.fromkeys(implements)))
    ex.parts = parts
    ex.measures = [replace(m, instruments=tuple(dict.fromkeys(
        i.key for i in instruments if m.span.start <= i.span.start < m.span.end))) for m in measures]
    ex.instruments = instruments
    ex.revisions = find_revisions(text, instruments, [(m.span.start, m.span.end, m.number) for m in measures])
    ex.posts = find_posts(text, resolver, reference)
    persons = surname_index(ex.posts)
    ex.person_mentions = later_mentions(text, ex.posts)
    full = {p.person: p.person for p in ex.posts}
    ex.events = find_events(text, resolver, doc.title, doc.date, ctx_year, {**full, **persons})
    ex.statistics = find_statistics(text, doc.date, ctx_year)
    ex.agencies = _agency_mentions(text, resolver, ex)
    ex.warnings = list(resolver.warnings)
    return ex


def _agency_mentions(text: str, resolver: AgencyResolver, ex: Extraction) -> list:
    """Every body the document names: known full names, known acronyms, and those of measures and posts."""
    from ipgraph.records import AgencyRef

    out: dict[tuple, AgencyRef] = {}
    for s, e, key in resolver.find_names(text):
        out[(key, s)] = AgencyRef(surface=text[s:e], key=key, span=Span(s, e))
    for m in re.finditer(r"\b[A-Z][A-Z&]+[A-Z]\b", text):
        tok = m.group()
        if resolver.reference.is_acronym(tok):
            key = resolver.acronym(tok)
            out[(key, m.start())] = AgencyRef(surface=tok, key=key, span=Span(m.start(), m.end()))
    for ms in ex.measures:
        for a in ms.agencies:
            out.setdefault((a.key or a.surface, a.span.start), a)
    return sorted(out.values(), key=lambda a: (a.span.start, a.key or ""))
