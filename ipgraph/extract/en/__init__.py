"""The rules of English texts, one module per kind of fact (the same modules as ipgraph.extract.zh)."""

from __future__ import annotations

import re

from ipgraph._text import plain
from ipgraph.extract.en import document, plan
from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.dates import MONTH_RE, parse_full_date
from ipgraph.extract.en.events import find_events
from ipgraph.extract.en.instruments import find_instruments, find_revisions
from ipgraph.extract.en.officials import find_posts, later_mentions, surname_index
from ipgraph.extract.en.statistics import find_statistics
from ipgraph.extract.when import evidence_date
from ipgraph.records import AgencyRef, Document, Extraction, Instrument, Measure, Part, Span
from ipgraph.reference import Reference

headline = document.headline
publication_date = document.publication_date
is_furniture = document.is_furniture  # a line of the page around the text: navigation, print bars, datelines
PLAN_TITLE = document._PLAN_TITLE
_FULL_DATE = re.compile(rf"{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d|\d{{1,2}}\s+{MONTH_RE}\s*,?\s*(?:19|20)\d\d"
                        r"|(?:19|20)\d\d-\d\d?-\d\d?")
# an introduction that says the text is a plan: "this plan is formulated", "the following Promotion Plan"
PLAN_CUE = re.compile(r"\b(?:this|the\s+following)\s+(?:(?:promotion|action|work|implementation|annual)\s+)?"
                      r"(?:plan|programme|program)\b(?:\s+(?:is|has\s+been)\s+(?:hereby\s+)?(?:formulated|promulgated|"
                      r"made|drawn\s+up|developed|issued))", re.I)


class Rules:
    """English rules bound to one document."""

    def __init__(self, doc: Document, reference: Reference):
        self.doc, self.reference = doc, reference
        self.text = plain(doc.text)  # what the rules read: the text with plain quotes, offsets unchanged
        self.year = int(doc.date[:4]) if doc.date else document.context_year(self.text)
        # an acronym or name two bodies have used is settled by when the document speaks
        self.resolver = AgencyResolver(reference, self.text, None)
        named = [k for _, _, k in self.resolver.find_names(self.text)]
        latest = max((d[0] for m in _FULL_DATE.finditer(self.text) if (d := parse_full_date(m.group()))), default=None)
        self.resolver.date = evidence_date(doc.date, self.year, named, reference, latest)

    @property
    def warnings(self) -> list:
        return self.resolver.warnings

    def instruments(self) -> list[Instrument]:
        return find_instruments(self.text, self.reference, self.doc.title,
                                set(self.reference.by_notation) | self.resolver.used_notations)

    def measures(self, is_plan: bool) -> tuple[list[Part], list[Measure]]:
        return plan.find_measures(self.text, self.resolver, is_plan)

    def measure_objects(self, m: Measure, mentions: list[Instrument]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The instruments a measure acts on, and the series of the campaigns it names."""
        return plan.objects_of(self.text, m.span.start, mentions), plan.campaigns_of(m.text)

    def plan_title(self, doc: Document) -> str:
        return doc.title

    def plan_year(self, title: str, intro: str) -> int | None:
        return plan.plan_year(title, intro) or self.year

    def own_instruments(self, doc: Document, instruments: list[Instrument], plan_title: str) -> list[Instrument]:
        """A plan's headline names the plan itself, not an instrument it mentions."""
        t = doc.title_span
        return [i for i in instruments if not (t.start <= i.span.start < t.end and i.kind == "Plan")]

    def implements(self, doc: Document, instruments: list[Instrument], parts: list[Part],
                   measures: list[Measure]) -> tuple[str, ...]:
        """The strategies a plan implements: those its title names, and those its introduction says it
        implements."""
        keys = tuple(i.key for i in find_instruments(doc.title, self.reference, "", set()) if i.kind in ("Strategy", "Outline"))
        intro_end = parts[0].span.start if parts else min((m.span.start for m in measures), default=len(self.text))
        keys += tuple(i.key for i in instruments if i.span.start < intro_end and i.kind in ("Outline", "Strategy")
                      and re.search(r"\bimplement", self.text[max(0, i.span.start - 60):i.span.start], re.I))
        return tuple(dict.fromkeys(keys))

    def revisions(self, instruments, measures):
        return find_revisions(self.text, instruments, [(m.span.start, m.span.end, m.number) for m in measures])

    def posts(self):
        return find_posts(self.text, self.resolver, self.reference)

    def person_mentions(self, posts):
        return later_mentions(self.text, posts)

    def events(self, posts):
        full = {p.person: p.person for p in posts}
        return find_events(self.text, self.resolver, self.doc.title, self.doc.date, self.year,
                           {**full, **surname_index(posts)})

    def statistics(self):
        return find_statistics(self.text, self.doc.date, self.year)

    def mentions(self, ex: Extraction) -> list[AgencyRef]:
        """Every body the document names: known full names, known acronyms, and those of measures and posts."""
        out: dict[tuple, AgencyRef] = {}
        for s, e, key in self.resolver.find_names(self.text):
            out[(key, s)] = AgencyRef(surface=self.text[s:e], key=key, span=Span(s, e))
        for m in re.finditer(r"\b[A-Z][A-Z&]+[A-Z]\b", self.text):
            tok = m.group()
            if self.reference.is_acronym(tok):
                key = self.resolver.acronym(tok)
                out[(key, m.start())] = AgencyRef(surface=tok, key=key, span=Span(m.start(), m.end()))
        for ms in ex.measures:
            for a in ms.agencies:
                out.setdefault((a.key or a.surface, a.span.start), a)
        return sorted(out.values(), key=lambda a: (a.span.start, a.key or ""))
