"""The rules of Chinese texts, one module per kind of fact (the same modules as ipgraph.extract.en).

Traditional characters are matched through their simplified form (OpenCC) and kept as written: every rule
reads `simple`, a simplified copy of the text with the same offsets, and takes surfaces from the text.
"""

from __future__ import annotations

import re

from ipgraph._text import simplified
from ipgraph.extract.when import evidence_date
from ipgraph.extract.zh import document, plan
from ipgraph.extract.zh.agencies import ZhAgencies
from ipgraph.extract.zh.dates import find_date
from ipgraph.extract.zh.events import find_events
from ipgraph.extract.zh.instruments import find_instruments, find_revisions
from ipgraph.extract.zh.officials import find_posts
from ipgraph.records import AgencyRef, Document, Extraction, Instrument, Measure, Part, Span
from ipgraph.reference import Reference

_FULL_DATE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
is_furniture = document.is_chrome  # a line of the page around the text: navigation, print bars, sources
PLAN_TITLE = re.compile(r"(?:计划|計劃|规划|規劃|方案|要点|要點)")
PLAN_CUE = re.compile(r"(?:制定|制訂|制订|印发|印發)本(?:计划|計劃|方案|规划|規劃|要点|要點)")


def headline(text: str) -> tuple[str, Span]:
    return document.headline(text, simplified(text))


def publication_date(text: str) -> tuple[str, Span] | None:
    return document.publication_date(simplified(text))


class Rules:
    """Chinese rules bound to one document."""

    def __init__(self, doc: Document, reference: Reference):
        self.doc, self.reference = doc, reference
        self.text = doc.text
        self.simple = simplified(doc.text)
        self.year = int(doc.date[:4]) if doc.date else document._context_year(self.simple)
        # a name two bodies have borne is settled by when the document speaks (its date, the year it names, the
        # bodies it names that had one name only)
        self.agencies = ZhAgencies(reference, None)
        spans = [(a, b) for a, b, _ in self.agencies.find_names(self.simple)]
        one_body = [keys[0] for a, b in spans if len(keys := reference.agencies_by_zh_name(self.simple[a:b])) == 1]
        dates = [d for m in _FULL_DATE.finditer(self.simple) if (d := find_date(m.group())) and not d[0].startswith("--")]
        latest = max((d[0] for d in dates), default=None)
        self.agencies.date = evidence_date(doc.date, self.year, one_body, reference, latest)
        self.names = [(a, b, self.agencies.key(self.simple[a:b])) for a, b in spans]
        self.agencies.local = self.agencies.local_names(self.simple)

    @property
    def warnings(self) -> list:
        return self.agencies.warnings

    def instruments(self) -> list[Instrument]:
        return find_instruments(self.text, self.simple, self.reference, self.doc.title)

    def measures(self, is_plan: bool) -> tuple[list[Part], list[Measure]]:
        return plan.find_measures(self.text, self.simple, self.agencies, is_plan)

    def measure_objects(self, m: Measure, mentions: list[Instrument]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The instruments a measure acts on, and the series of the campaigns it names."""
        return plan.objects_of(self.simple, m.span.start, mentions), plan.campaigns_of(simplified(m.text))

    def plan_title(self, doc: Document) -> str:
        """The plan a notice issues is the title in 《》 of its headline."""
        inner = re.search(r"《(?P<t>[^《》]+(?:计划|要点|规划|方案))》", simplified(doc.title))
        return doc.title[inner.start("t"):inner.end("t")] if inner else doc.title

    def plan_year(self, title: str, intro: str) -> int | None:
        return plan.plan_year(simplified(title), simplified(intro)) or self.year

    def own_instruments(self, doc: Document, instruments: list[Instrument], plan_title: str) -> list[Instrument]:
        return [i for i in instruments if re.sub(r"\s", "", i.title) != re.sub(r"\s", "", plan_title)]

    def implements(self, doc, instruments, parts, measures) -> tuple[str, ...]:
        return ()

    def revisions(self, instruments, measures):
        return find_revisions(self.simple, instruments, [(m.span.start, m.span.end, m.number) for m in measures],
                              self.reference)

    def posts(self):
        main_org = None
        if self.names:
            a, b, k = self.names[0]
            main_org = AgencyRef(surface=self.text[a:b], key=k, span=Span(a, b))
        return find_posts(self.text, self.simple, self.agencies, main_org)

    def person_mentions(self, posts):
        return []

    def events(self, posts):
        return find_events(self.text, self.simple, self.doc.title, self.doc.date, self.year)

    def statistics(self):
        return []

    def mentions(self, ex: Extraction) -> list[AgencyRef]:
        out: dict[tuple, AgencyRef] = {}
        for a, b, k in self.names:
            out[(k, a)] = AgencyRef(surface=self.text[a:b], key=k, span=Span(a, b))
        for ms in ex.measures:
            for r in ms.agencies:
                out.setdefault((r.key or r.surface, r.span.start), r)
        return sorted(out.values(), key=lambda r: (r.span.start, r.key or ""))
