"""Records -> RDF, with the IRIs of ipgraph.iris.

One graph per document (its facts and their evidence), one for the reference data.
"""

from __future__ import annotations

import bisect
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from ipgraph import namespaces as ns
from ipgraph._text import HAN, plain, simplified, slug
from ipgraph.extract import sentence_spans
from ipgraph.extract.formats import MEDIA_TYPES
from ipgraph.iris import Minter
from ipgraph.records import AgencyRef, Extraction, Span
from ipgraph.reference import Fact, Reference

IPO = Namespace(ns.IPO)
ORG = Namespace(ns.ORG)
OA = Namespace(ns.OA)
QB = Namespace(ns.QB)
SCHEMA = Namespace(ns.SCHEMA)

CHANGE_CLASSES = {"renaming": "Renaming", "merger": "Merger", "split": "Split", "replacement": "Replacement",
                  "reorganisation": "Reorganisation"}
STATUS = {"planned": IPO.Planned, "underway": IPO.UnderWay, "adopted": IPO.Adopted}


def _date_literal(value: str) -> Literal:
    v = str(value)
    if len(v) == 10:
        return Literal(v, datatype=XSD.date)
    if len(v) == 7 and v[4] == "-":
        return Literal(v, datatype=XSD.gYearMonth)
    if len(v) == 4:
        return Literal(v, datatype=XSD.gYear)
    return Literal(v)


class _Doc:
    """Writes one document's graph."""

    def __init__(self, ex: Extraction, reference: Reference, mint: Minter):
        self.ex, self.ref, self.mint = ex, reference, mint
        self.doc = ex.document
        self.lang = "zh" if ex.document.language == "zh" else "en"  # of the strings read from the text
        self.graph = Graph()
        self.doc_iri = mint.document(self.doc.doc_id)
        self.text = self.doc.text
        self._evidence: dict[tuple[int, int], URIRef] = {}
        numbers = [m.number for m in ex.measures]
        self._repeated_numbers = {n for n in numbers if numbers.count(n) > 1}  # numbering restarts per part
        self._sents = sentence_spans(plain(self.text))
        self._starts = [a for a, _ in self._sents]
        # a plan's measure is the unit its facts are read from: an agency in "(MOST, SIPO)" comes with its measure
        self._units = sorted((m.span.start, m.span.end) for m in ex.measures)
        self._unit_starts = [a for a, _ in self._units]

    # -- helpers --------------------------------------------------------------------------
    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def sentence_of(self, span: Span) -> tuple[int, int]:
        """The sentence(s) of the text that the span overlaps; within a plan's measure, the measure."""
        u = bisect.bisect_right(self._unit_starts, span.start) - 1
        if u >= 0 and span.end <= self._units[u][1]:
            return self._units[u]
        k = bisect.bisect_right(self._starts, span.start) - 1
        start, end = self._sents[k] if k >= 0 else (span.start, span.end)
        while k + 1 < len(self._sents) and self._sents[k + 1][0] < span.end:
            k += 1
            end = self._sents[k][1]
        return min(start, span.start), max(end, span.end)

    def evidence(self, fact: URIRef, span: Span | None) -> None:
        """Web Annotation: the sentence of the document the fact comes from."""
        if span is None or span.end <= span.start:
            return
        s, e = self.sentence_of(span)
        ann = self._evidence.get((s, e))
        if ann is None:
            ann = self.mint.iri_for("evidence", f"{self.doc.doc_id}/{s}-{e}")
            target, pos, quote = URIRef(f"{ann}#target"), URIRef(f"{ann}#position"), URIRef(f"{ann}#quote")
            self.add(ann, RDF.type, IPO.Evidence)
            self.add(ann, RDFS.label, Literal(f"Characters {s}-{e} of {self.doc.doc_id}", lang="en"))
            self.add(ann, OA.motivatedBy, OA.identifying)
            self.add(ann, OA.hasTarget, target)
            self.add(target, RDF.type, OA.SpecificResource)
            self.add(target, OA.hasSource, self.doc_iri)
            self.add(target, OA.hasSelector, pos)
            self.add(target, OA.hasSelector, quote)
            self.add(pos, RDF.type, OA.TextPositionSelector)
            self.add(pos, OA.start, Literal(s))
            self.add(pos, OA.end, Literal(e))
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, Literal(" ".join(self.text[s:e].split())))
            self._evidence[(s, e)] = ann
        self.add(ann, OA.hasBody, fact)
        self.add(fact, PROV.wasDerivedFrom, self.doc_iri)

    def agency_name(self, ref: AgencyRef) -> str:
        """The short name people know a body by: its acronym or name in the reference data, else as written."""
        known = self.ref.agencies.get(ref.key) if ref.key else None
        if known and self.lang == "zh" and known.name_zh:
            return known.name_zh.value
        return (known.notation or known.name_en) if known else ref.surface

    def agency(self, ref: AgencyRef) -> URIRef:
        a = self.mint.agency(ref)
        if not ref.key:
            self.add(a, RDF.type, IPO.UnresolvedAgency)
            self.add(a, SKOS.prefLabel, Literal(ref.surface, lang=self.lang))
            if ref.surface.replace(" ", "").isupper():
                self.add(a, SKOS.notation, Literal(ref.surface))
        return a

    # -- the document ---------------------------------------------------------------------
    def build(self) -> Graph:
        doc, d = self.doc, self.doc_iri
        self.add(d, RDF.type, IPO.Document)
        self.add(d, DCTERMS.identifier, Literal(doc.doc_id))
        self.add(d, DCTERMS.title, Literal(doc.title, lang=doc.language))
        if doc.date:
            self.add(d, DCTERMS.issued, Literal(doc.date, datatype=XSD.date))
        self.add(d, DCTERMS.language, Literal(doc.language))
        self.add(d, IPO.sha256, Literal(doc.sha256))
        self.add(d, IPO.text, Literal(doc.text, lang=doc.language))
        self.add(d, IPO.documentKind, IPO.PlanDocument if doc.kind == "plan" else IPO.NewsDocument)
        if doc.format != "text":  # the file the text was read from: its media type (the text is ipo:text)
            self.add(d, DCTERMS["format"], Literal(MEDIA_TYPES[doc.format]))
        if doc.retrieved:
            self.add(d, IPO.retrievedAt, Literal(doc.retrieved, datatype=XSD.dateTime))
        for field, prop in (("url", FOAF.page), ("publisher", DCTERMS.publisher), ("licence", DCTERMS.license)):
            v = getattr(doc, field)
            if v:
                self.add(d, prop, URIRef(v) if field == "url" or v.startswith("http") else Literal(v))
        self.evidence(d, doc.title_span)
        if doc.date_span:
            self.evidence(d, doc.date_span)
        for a in self.ex.agencies:
            iri = self.agency(a)
            self.add(d, IPO.mentions, iri)
            self.evidence(iri, a.span)
        self.instruments()
        plan = self.plan()
        self.measures(plan)
        self.revisions(plan)
        self.posts()
        self.person_mentions()
        self.events()
        self.statistics()
        for w in self.ex.warnings:
            self.add(d, IPO.extractionWarning, Literal(w.message + (f" (characters {w.span.start}-{w.span.end})" if w.span else "")))
        return self.graph

    def instrument_iri(self, key: str) -> URIRef:
        return self.mint.iri_for("instrument", key)

    def instruments(self) -> None:
        for i in self.ex.instruments:
            iri = self.instrument_iri(i.key)
            if i.key not in self.ref.instruments:
                self.add(iri, RDF.type, IPO[i.kind])
                self.add(iri, DCTERMS.title, Literal(i.title, lang=self.lang))
                period = re.search(r"\((\d{4})\s*[-–]\s*(\d{4})\)", i.title)
                if period and i.kind in ("Plan", "Outline", "Strategy", "PolicyDocument"):
                    self.add(iri, IPO.periodStart, Literal(period.group(1), datatype=XSD.gYear))
                    self.add(iri, IPO.periodEnd, Literal(period.group(2), datatype=XSD.gYear))
            elif i.title != self.ref.instruments[i.key].title:
                self.add(iri, DCTERMS.alternative, Literal(i.title, lang=self.lang))  # the title as this document writes it
            self.add(self.doc_iri, IPO.mentions, iri)
            self.add(self.doc_iri, DCTERMS.references, iri)
            self.evidence(iri, i.span)

    def plan(self) -> URIRef | None:
        p = self.ex.plan
        if not p:
            return None
        iri = self.instrument_iri(self.ref.instrument_key(p.title))
        self.add(iri, RDF.type, IPO.Plan)
        self.add(iri, DCTERMS.title, Literal(p.title, lang=self.lang))
        if p.year:
            self.add(iri, IPO.planYear, Literal(str(p.year), datatype=XSD.gYear))
        for k in p.implements:
            self.add(iri, IPO.implements, self.instrument_iri(k))
        self.add(iri, IPO.publishedIn, self.doc_iri)
        self.add(self.doc_iri, FOAF.primaryTopic, iri)
        self.evidence(iri, p.span)
        for part in self.ex.parts:
            pi = self.part_iri(part.numeral)
            self.add(pi, RDF.type, IPO.PlanPart)
            self.add(pi, IPO.numeral, Literal(part.numeral))
            self.add(pi, DCTERMS.title, Literal(part.heading, lang=self.lang))
            self.add(pi, IPO.partOf, iri)
            self.add(iri, IPO.hasPart, pi)
            self.evidence(pi, part.span)
        return iri

    def part_iri(self, numeral: str) -> URIRef:
        return self.mint.iri_for("plan-part", f"{self.doc.doc_id}/{numeral}")

    def measure_iri(self, plan: URIRef, number: int, part: str | None) -> URIRef:
        """A measure as the document publishes it: two documents that publish one plan (a copy, a translation)
        each state their own measures, so neither can contradict the other."""
        return self.mint.measure(self.doc.doc_id, number, part if number in self._repeated_numbers else None)

    def measures(self, plan: URIRef | None) -> None:
        if plan is None:
            return
        year = self.ex.plan.year if self.ex.plan else None
        for ms in self.ex.measures:
            mi = self.measure_iri(plan, ms.number, ms.part)
            self.add(mi, RDF.type, IPO.Measure)
            self.add(mi, IPO.number, Literal(ms.number))
            where = ", ".join(x for x in (f"{year} plan" if year else "", f"part {ms.part}" if ms.part else "") if x)
            self.add(mi, RDFS.label, Literal(f"Measure {ms.number}" + (f" ({where})" if where else ""), lang="en"))
            self.add(mi, IPO.text, Literal(ms.text, lang=self.lang))
            self.add(mi, IPO.inPlan, plan)
            self.add(mi, IPO.reportedIn, self.doc_iri)
            if ms.part:
                self.add(mi, IPO.inPart, self.part_iri(ms.part))
            if not ms.agencies:  # the text names no responsible agency: kept, and reported as a warning
                self.add(mi, IPO.responsibilityStated, Literal(False))
            for rank, a in enumerate(ms.agencies, 1):
                ai = self.agency(a)
                r = URIRef(f"{mi}/responsibility/{rank}")
                self.add(mi, IPO.responsibility, r)
                self.add(r, RDF.type, IPO.Responsibility)
                self.add(r, RDFS.label, Literal(f"Measure {ms.number}: {self.agency_name(a)}"
                                                + (" (lead)" if rank == 1 else f" (rank {rank})"), lang="en"))
                self.add(r, IPO.agency, ai)
                self.add(r, IPO.rank, Literal(rank))
                self.add(mi, IPO.responsibleAgency, ai)
                if rank == 1:
                    self.add(mi, IPO.leadAgency, ai)
                self.evidence(r, a.span)
            for act in ms.actions:
                self.add(mi, IPO.action, IPO[act])
            for k in ms.ip_kinds:
                self.add(mi, IPO.ipKind, IPO[k])
            for k in ms.instruments:
                self.add(mi, IPO.concerns, self.instrument_iri(k))
            self.evidence(mi, ms.span)

    def revisions(self, plan: URIRef | None) -> None:
        """Each revision a document reports is that document's statement (its own node, keyed by the document
        and the measure that calls for it), linked to the law's known revision when the reference history has it."""
        named = {i.key for i in self.ex.instruments}
        for rv in self.ex.revisions:
            inst = self.instrument_iri(rv.instrument)
            if rv.instrument not in named and rv.instrument not in self.ref.instruments:
                self.add(inst, RDF.type, IPO.LegalInstrument)  # a law the text revises without naming it on its own
                self.add(inst, DCTERMS.title, Literal(rv.title, lang=self.lang))
            key = f"{rv.instrument}/{self.doc.doc_id}" + (f"/measure-{rv.measure}" if rv.measure is not None else "")
            ri = self.mint.iri_for("revision", key)
            self.add(ri, RDF.type, IPO.Revision)
            self.add(ri, IPO.revises, inst)
            self.add(ri, IPO.reportedIn, self.doc_iri)
            self.add(ri, RDFS.label, Literal(f"Revision of the {rv.title}", lang="en"))
            if rv.status:
                self.add(ri, IPO.revisionStatus, STATUS[rv.status])
            if rv.ordinal:
                self.add(ri, IPO.ordinal, Literal(rv.ordinal))
            known = self.known_revision(rv)
            if known is not None:
                self.add(ri, IPO.reportsRevision, self.mint.iri_for("revision", f"{rv.instrument}/{known}"))
            if rv.measure is not None and plan is not None:
                ms = next(m for m in self.ex.measures if m.number == rv.measure)
                self.add(ri, IPO.calledForBy, self.measure_iri(plan, ms.number, ms.part))
            self.evidence(ri, rv.span)

    def known_revision(self, rv) -> int | None:
        """The ordinal of the law's known amendment a report is about: the one it names by ordinal, else, for an
        adopted revision, the amendment of the law adopted in the year before the document's date."""
        known = self.ref.instruments.get(rv.instrument)
        if not known or not known.amendments:
            return None
        ordinals = {a.ordinal for a in known.amendments}
        if rv.ordinal:
            return rv.ordinal if rv.ordinal in ordinals else None
        if rv.status != "adopted" or not self.doc.date:
            return None
        recent = [a for a in known.amendments if a.date.value and str(a.date.value) <= self.doc.date
                  and int(self.doc.date[:4]) - int(str(a.date.value)[:4]) <= 1]
        return max(recent, key=lambda a: str(a.date.value)).ordinal if recent else None

    def posts(self) -> None:
        for p in self.ex.posts:
            person = self.mint.person(p.person)
            self.add(person, RDF.type, IPO.Person)
            self.add(person, FOAF.name, Literal(p.person))
            self.add(person, RDFS.label, Literal(p.person, lang=self.lang))
            if p.org:
                org = self.agency(p.org)
                if p.parent_org and p.parent_org.key:
                    parent = self.agency(p.parent_org)
                    self.add(org, RDF.type, IPO.OrganisationalUnit)
                    self.add(org, ORG.unitOf, parent)
                    self.graph.remove((org, RDF.type, IPO.UnresolvedAgency))
                    self.graph.remove((org, SKOS.notation, None))
                orgslug = str(org).rsplit("/", 1)[-1]
            else:
                org, orgslug = None, "unknown"
            post = self.mint.iri_for("post", f"{orgslug}--{slug(p.role)}")
            self.add(post, RDF.type, IPO.Post)
            self.add(post, IPO.roleTitle, Literal(p.role, lang=self.lang))
            org_name = self.agency_name(p.org) if p.org else ""
            self.add(post, RDFS.label, Literal(p.role + (f", {org_name}" if org_name else ""), lang=self.lang))
            if org:
                self.add(post, ORG.postIn, org)
            self.add(person, ORG.holds, post)
            h = self.mint.iri_for("post-holding", f"{self.doc.doc_id}/{slug(p.person)}--{slug(p.role)}--{orgslug}")
            self.add(h, RDF.type, IPO.PostHolding)
            self.add(h, RDFS.label, Literal(f"{p.person}, {p.role}" + (f", {org_name}" if org_name else "")
                                            + (f" ({self.doc.date})" if self.doc.date else ""), lang=self.lang))
            self.add(h, IPO.holder, person)
            self.add(self.doc_iri, IPO.mentions, person)
            self.evidence(person, p.span)
            self.add(h, IPO.post, post)
            self.add(h, IPO.attestedIn, self.doc_iri)
            if self.doc.date:
                self.add(h, IPO.attestedOn, Literal(self.doc.date, datatype=XSD.date))
            self.evidence(h, p.span)

    def person_mentions(self) -> None:
        for name, span in self.ex.person_mentions:
            person = self.mint.person(name)
            self.add(self.doc_iri, IPO.mentions, person)
            self.evidence(person, span)

    def events(self) -> None:
        used: set[str] = set()
        for ev in self.ex.events:
            # an event as this document reports it (two documents may give a named event different dates);
            # two events of one document with the same label are told apart by their date, else their offset
            key = f"{self.doc.doc_id}/{slug(ev.label, 60)}"
            if key in used:
                key = f"{key}/{ev.date}" if ev.date and f"{key}/{ev.date}" not in used else f"{key}/{ev.span.start}"
            used.add(key)
            ei = self.mint.iri_for("event", key)
            self.add(ei, RDF.type, IPO.Event)
            self.add(ei, RDFS.label, Literal(ev.label, lang=self.lang))
            self.add(ei, IPO.eventKind, IPO[ev.kind])
            self.add(ei, IPO.reportedIn, self.doc_iri)
            if ev.date and ev.date.startswith("--"):
                self.add(ei, IPO.monthDay, Literal(ev.date, datatype=XSD.gMonthDay))
            elif ev.date:
                self.add(ei, IPO.date, Literal(ev.date, datatype=XSD.date))
            if ev.end_date and not ev.end_date.startswith("--"):
                self.add(ei, IPO.endDate, Literal(ev.end_date, datatype=XSD.date))
            if ev.place:
                self.add(ei, IPO.place, Literal(ev.place))
            if ev.organiser:
                self.add(ei, IPO.organiser, self.agency(ev.organiser))
            for name in ev.participants:
                self.add(ei, IPO.participant, self.mint.person(name))
            self.evidence(ei, ev.span)

    def statistics(self) -> None:
        for st in self.ex.statistics:
            si = self.mint.iri_for("statistic", f"{self.doc.doc_id}/{st.span.start}")
            self.add(si, RDF.type, IPO.Statistic)
            self.add(si, IPO.value, Literal(repr(st.value).removesuffix(".0"), datatype=XSD.decimal))
            self.add(si, IPO.unit, Literal(st.unit, lang="en"))
            self.add(si, RDFS.label, Literal(f"{st.qualifier + ' ' if st.qualifier else ''}{st.value:,.0f} {st.unit}", lang="en"))
            self.add(si, IPO.statisticKind, IPO.Target if st.kind == "target" else IPO.Actual)
            if st.qualifier:
                self.add(si, IPO.qualifier, Literal(st.qualifier.lower()))
            if st.period:
                self.add(si, IPO.refPeriod, _date_literal(st.period))
            self.add(si, IPO.reportedIn, self.doc_iri)
            self.evidence(si, st.span)


def document_graph(ex: Extraction, reference: Reference, mint: Minter) -> Graph:
    return _Doc(ex, reference, mint).build()


# -- reference graph ------------------------------------------------------------------------
def _attest(g: Graph, mint: Minter, s: URIRef, p: URIRef, o, fact: Fact | tuple[str, ...] | None) -> URIRef:
    """The statement, and its reification with its sources or the Recalled mark (returned)."""
    g.add((s, p, o))
    sources = fact.sources if isinstance(fact, Fact) else (fact or ())
    st = URIRef(f"{s}#statement-{slug(str(p).rsplit('/', 1)[-1].rsplit('#', 1)[-1])}-{slug(str(o), 40)}")
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    if sources:
        g.add((st, IPO.verification, IPO.Verified))
        for src in sources:
            g.add((st, DCTERMS.source, mint.iri_for("source", slug(src))))
    else:
        g.add((st, IPO.verification, IPO.Recalled))
    return st


def reference_graph(reference: Reference, mint: Minter) -> Graph:
    """The reference data as RDF: sources, agencies, their changes, instruments and their amendments."""
    g = Graph()
    _sources(g, reference, mint)
    for a in reference.agencies.values():
        _agency(g, a, mint)
    for c in reference.changes:
        _change(g, c, mint)
    for inst in reference.instruments.values():
        _instrument(g, inst, mint)
    return g


def _sources(g: Graph, reference: Reference, mint: Minter) -> None:
    for sid, meta in sorted(reference.sources.items()):
        si = mint.iri_for("source", slug(sid))
        g.add((si, RDF.type, IPO.Source))
        g.add((si, DCTERMS.identifier, Literal(sid)))
        g.add((si, DCTERMS.title, Literal(meta.get("title", sid))))
        if meta.get("url"):
            g.add((si, FOAF.page, URIRef(meta["url"])))


def _agency(g: Graph, a, mint: Minter) -> None:
    ai = mint.agency_key(a.key)
    g.add((ai, RDF.type, IPO[a.cls]))
    g.add((ai, SKOS.prefLabel, Literal(a.name_en, lang="en")))
    g.add((ai, RDFS.label, Literal(a.name_en, lang="en")))
    if a.notation:
        g.add((ai, SKOS.notation, Literal(a.notation)))
    for n in a.alt_notations:
        g.add((ai, IPO.altNotation, Literal(n)))
    for n in a.alt_names:
        g.add((ai, SKOS.altLabel, Literal(n, lang="en")))
    if a.name_zh:
        _attest(g, mint, ai, SKOS.prefLabel, Literal(a.name_zh.value, lang="zh"), a.name_zh)
    if a.names_zh:
        for n in a.names_zh.value:
            if not a.name_zh or n != a.name_zh.value:
                _attest(g, mint, ai, SKOS.altLabel, Literal(n, lang="zh"), a.names_zh)
    for f in a.former_names_zh:  # a dated earlier name: the statement says from when until when it was borne
        name = Literal(f.value, lang="zh")
        st = _attest(g, mint, ai, IPO.formerName, name, f.fact)
        if f.start:
            g.add((st, IPO.usedFrom, _date_literal(f.start)))
        if f.end:
            g.add((st, IPO.usedUntil, _date_literal(f.end)))
    if a.type:
        _attest(g, mint, ai, IPO.agencyType, Literal(a.type.value, lang="en"), a.type)
    if a.existed_from:
        _attest(g, mint, ai, IPO.existedFrom, _date_literal(a.existed_from), a.existed_sources)
    if a.existed_to:
        _attest(g, mint, ai, IPO.existedUntil, _date_literal(a.existed_to), a.existed_sources)
    if a.parent:
        g.add((ai, ORG.subOrganizationOf, mint.agency_key(a.parent)))
    if a.note:
        g.add((ai, SKOS.note, Literal(a.note, lang="en")))


def _change(g: Graph, c, mint: Minter) -> None:
    ci = mint.iri_for("change", c.key)
    g.add((ci, RDF.type, IPO[CHANGE_CLASSES[c.kind]]))
    g.add((ci, RDFS.label, Literal(c.description, lang="en")))
    _attest(g, mint, ci, DCTERMS.date, _date_literal(c.date), c.sources)
    for k in c.original:
        g.add((ci, ORG.originalOrganization, mint.agency_key(k)))
    for k in c.resulting:
        g.add((ci, ORG.resultingOrganization, mint.agency_key(k)))
        g.add((mint.agency_key(k), ORG.resultedFrom, ci))
    for k in c.affected:
        g.add((ci, IPO.affectedOrganization, mint.agency_key(k)))
    for k in c.contributing + c.contributing_to:
        g.add((ci, IPO.contributingOrganization, mint.agency_key(k)))
    if c.note:
        g.add((ci, SKOS.note, Literal(c.note, lang="en")))


def _instrument(g: Graph, inst, mint: Minter) -> None:
    ii = mint.iri_for("instrument", inst.key)
    g.add((ii, RDF.type, IPO[inst.cls]))
    g.add((ii, DCTERMS.title, Literal(inst.title, lang="en")))
    if inst.short:
        g.add((ii, IPO.shortTitle, Literal(inst.short, lang="en")))
    for al in inst.aliases:
        g.add((ii, DCTERMS.alternative, Literal(al, lang="en")))
    if inst.titles_zh:
        for t in inst.titles_zh.value:
            _attest(g, mint, ii, DCTERMS.alternative, Literal(t, lang="zh"), inst.titles_zh)
    for k in inst.issuers:
        g.add((ii, IPO.issuedBy, mint.agency_key(k)))
    if inst.implements:
        g.add((ii, IPO.implements, mint.iri_for("instrument", inst.implements)))
    for prop, fact in ((IPO.adopted, inst.adopted), (IPO.inForce, inst.in_force), (DCTERMS.issued, inst.issued)):
        if fact and fact.value:
            _attest(g, mint, ii, prop, _date_literal(fact.value), fact)
    if inst.period:
        _attest(g, mint, ii, IPO.periodStart, Literal(str(inst.period.value["start"]), datatype=XSD.gYear), inst.period)
        _attest(g, mint, ii, IPO.periodEnd, Literal(str(inst.period.value["end"]), datatype=XSD.gYear), inst.period)
    for am in inst.amendments:
        ri = mint.iri_for("revision", f"{inst.key}/{am.ordinal}")
        g.add((ri, RDF.type, IPO.Revision))
        g.add((ri, IPO.revises, ii))
        g.add((ri, IPO.ordinal, Literal(am.ordinal)))
        g.add((ri, IPO.revisionStatus, IPO.Adopted))
        g.add((ri, RDFS.label, Literal(f"Amendment {am.ordinal} of the {inst.short or inst.title}", lang="en")))
        _attest(g, mint, ri, DCTERMS.date, _date_literal(am.date.value), am.date)
        if am.in_force:  # the same sources state when the amendment took effect
            _attest(g, mint, ri, IPO.inForce, _date_literal(am.in_force), am.date)
    if inst.note:
        g.add((ii, SKOS.note, Literal(inst.note, lang="en")))


def translation_links(records: dict[str, dict], mint: Minter) -> list[str]:
    """N-Quads of the links between a plan and its translation in another language, in graph
    {base}graph/links: the documents, and their measures by number. Two plans are one plan in two
    languages when they are for the same year, share most measure numbers and name the same agencies in
    most of them."""
    plans = {d: r for d, r in records.items() if r.get("plan") and r.get("measures")}
    graph = f"<{mint.graph('links')}>"
    tr, has = f"<{IPO.translationOf}>", f"<{IPO.hasTranslation}>"
    lines: list[str] = []
    for en_id, en in sorted(plans.items()):
        if en["document"]["language"] == "zh":
            continue
        for zh_id, zh in sorted(plans.items()):
            if zh["document"]["language"] != "zh" or zh["plan"]["year"] != en["plan"]["year"]:
                continue
            pairs = _same_measures(en, zh)
            if not pairs:
                continue
            lines += [f"<{mint.document(en_id)}> {tr} <{mint.document(zh_id)}> {graph} .",
                      f"<{mint.document(zh_id)}> {has} <{mint.document(en_id)}> {graph} ."]
            for a, b in pairs:
                lines += [f"<{mint.measure(en_id, a)}> {tr} <{mint.measure(zh_id, b)}> {graph} .",
                          f"<{mint.measure(zh_id, b)}> {has} <{mint.measure(en_id, a)}> {graph} ."]
    return sorted(set(lines))


def person_links(people: dict[str, list[dict]], mint: Minter) -> list[str]:
    """N-Quads of owl:sameAs links, in graph {base}graph/links, between a person a Chinese text names and a person
    an English text names when the English name is a reading of the Chinese one and both hold a post in the same
    body: one person, named in two languages. people: each document's posts ({"name", "language", "org"}), the
    body a reference key."""
    graph, same = f"<{mint.graph('links')}>", f"<{OWL.sameAs}>"
    by_org: dict[str, dict[str, set[str]]] = {}
    for posts in people.values():
        for p in posts:
            if p.get("org"):
                by_org.setdefault(p["org"], {"zh": set(), "en": set()})["zh" if p["language"] == "zh" else "en"].add(p["name"])
    lines: set[str] = set()
    for names in by_org.values():
        for zh in names["zh"]:
            for en in names["en"]:
                if name_reads_as(zh, en):
                    a, b = mint.person(zh), mint.person(en)
                    if a != b:
                        lines |= {f"<{a}> {same} <{b}> {graph} .", f"<{b}> {same} <{a}> {graph} ."}
    return sorted(lines)


def name_reads_as(chinese: str, latin: str) -> bool:
    """Whether a name in Latin letters is a reading of a Chinese name: its syllables, surname first or last, are
    readings of the characters in order (a character of several readings may be spelt by any of them)."""
    from pypinyin import Style, pinyin

    chars = [c for c in simplified(chinese) if HAN.match(c)]
    words = [re.sub(r"^([ln])yu", r"\1u", w.replace("ü", "u").replace("v", "u"))  # Lü, Lv and Lyu alike
             for w in re.findall(r"[a-zü]+", latin.lower())]
    if not 2 <= len(chars) <= 4 or len(chars) != len(simplified(chinese).strip()) or len(words) < 2:
        return False
    readings = [{r.replace("ü", "u").replace("v", "u") for r in pinyin(c, style=Style.NORMAL, heteronym=True)[0]}
                for c in chars]

    def spells(text: str, i: int) -> bool:
        if i == len(readings):
            return text == ""
        return any(text.startswith(r) and spells(text[len(r):], i + 1) for r in readings[i])

    return spells("".join(words), 0) or spells("".join(words[-1:] + words[:-1]), 0)


def _same_measures(a: dict, b: dict) -> list[tuple[int, int]]:
    """The measure numbers two plans share, when they are one plan: 80% of the numbers shared and the same
    agencies (as reference keys) in 70% of the shared measures that name known agencies in both."""
    def by_number(r: dict) -> dict[int, set]:
        numbers = [m["number"] for m in r["measures"]]
        return {m["number"]: {x["key"] for x in m["agencies"] if x["key"]} for m in r["measures"]
                if numbers.count(m["number"]) == 1}
    na, nb = by_number(a), by_number(b)
    shared = sorted(set(na) & set(nb))
    if not shared or len(shared) < 0.8 * max(len(na), len(nb)):
        return []
    known = [n for n in shared if na[n] and nb[n]]
    if not known or sum(1 for n in known if na[n] == nb[n]) < 0.7 * len(known):
        return []
    return [(n, n) for n in shared]


def commitment_links(links, mint: Minter, method: str) -> list[str]:
    """N-Quads of the commitment links (ipgraph.commitments.Link), in graph {base}graph/commitments: the
    measures linked both ways (ipo:continues, ipo:continuedBy) and a CommitmentLink with the score and method."""
    graph = f"<{mint.graph('commitments')}>"
    lines: list[str] = []
    for lk in links:
        later, earlier = mint.measure(lk.doc, lk.number), mint.measure(lk.earlier_doc, lk.earlier_number)
        node = mint.iri_for("commitment-link", f"{lk.doc}/{lk.number}/{lk.earlier_doc}/{lk.earlier_number}")
        lines += [f"<{later}> <{IPO.continues}> <{earlier}> {graph} .",
                  f"<{earlier}> <{IPO.continuedBy}> <{later}> {graph} .",
                  f"<{node}> <{RDF.type}> <{IPO.CommitmentLink}> {graph} .",
                  f"<{node}> <{IPO.laterMeasure}> <{later}> {graph} .",
                  f"<{node}> <{IPO.earlierMeasure}> <{earlier}> {graph} .",
                  f'<{node}> <{IPO.score}> "{lk.score}"^^<{XSD.decimal}> {graph} .',
                  f'<{node}> <{IPO.method}> "{method}" {graph} .']
        if lk.anchor and lk.anchor.startswith("campaign:"):
            series = lk.anchor.removeprefix("campaign:").replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'<{node}> <{IPO.sharedCampaign}> "{series}" {graph} .')
        elif lk.anchor:
            lines.append(f"<{node}> <{IPO.sharedObject}> <{mint.iri_for('instrument', lk.anchor)}> {graph} .")
    return sorted(set(lines))


__all__ = ["Minter", "commitment_links", "document_graph", "reference_graph", "translation_links"]
