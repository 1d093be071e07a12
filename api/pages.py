"""The pages a person reads: one per kind of entity, each built from stored queries (queries/pages/*.rq).

A page asks the pool for rows (api.messages.Rows), turns them into plain dicts of strings, and hands them
to its template with the pictures that suit it (api.charts). Labels are shown where there are labels,
numbers are sorted as numbers, and evidence is shown once, as the whole sentence, linking to the
document at that span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pyoxigraph as ox

from api import charts
from api.messages import Rows
from ipgraph import kinds
from ipgraph.iris import Minter
from ipgraph.namespaces import DCTERMS, FOAF, IPO, RDF, RDFS, SKOS

if TYPE_CHECKING:
    from starlette.requests import Request

    from api.app import Service

PAGE_ROWS = 100_000  # a page query's own LIMIT bounds it (max_rows caps the answers of stored queries)


def as_dicts(answer) -> list[dict[str, str | None]]:
    return table(answer.columns, answer.rows)


@dataclass
class Terms:
    """An answer's rows by column name, each cell the SPARQL JSON term (value, type, xml:lang) or None."""

    rows: list[dict[str, dict | None]] = field(default_factory=list)
    truncated: bool = False

    @classmethod
    def of(cls, answer) -> Terms:
        return cls([dict(zip(answer.columns, row, strict=False)) for row in answer.rows or []], answer.truncated)

    def plain(self) -> list[dict[str, str | None]]:
        """The rows with each cell's value alone (as table gives them)."""
        return [{c: (t["value"] if t else None) for c, t in r.items()} for r in self.rows]


def table(columns: list[str], rows) -> list[dict[str, str | None]]:
    """Rows of SPARQL JSON terms as dicts of their values (None where unbound)."""
    return [{c: (cell["value"] if cell else None) for c, cell in zip(columns, row, strict=False)} for row in rows or []]


def number(v) -> float:
    """A sort key for numbers written as text ("10" after "9"); text that is no number sorts last."""
    try:
        return float(v)
    except (TypeError, ValueError):
        return float("inf")


@dataclass
class Page:
    service: Service
    request: Request
    iri: str

    @property
    def mint(self) -> Minter:
        return self.service.mint

    def local(self, iri: str | None) -> str | None:
        return self.mint.local_path(iri) if iri else None

    async def rows(self, name: str, with_resource: bool = True) -> list[dict]:
        q = self.service.catalog.get(f"pages/{name}")
        subs = {ox.Variable("resource"): ox.NamedNode(self.iri)} if with_resource else {}
        answer = await self.service.run(Rows(q.text, subs, max_rows=PAGE_ROWS), self.request)
        return as_dicts(answer)


def kind_of(types: list[str]) -> str | None:
    return kinds.kind_of_types(types)


def sentence_links(page: Page, evidence: list[dict]) -> list[dict]:
    """Each evidence sentence once: its text, document, and the link to the document at its span."""
    seen, out = set(), []
    for r in evidence:
        key = (r["document"], r["start"], r["end"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"sentence": r["sentence"], "title": r["title"], "doc": page.local(r["doc"]),
                    "href": f"{page.local(r['doc'])}#span-{r['start']}-{r['end']}"})
    return out


_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROPERTY_NAMES = {_SKOS + "prefLabel": "name", _SKOS + "altLabel": "other name", _SKOS + "notation": "acronym",
                   "http://purl.org/dc/terms/date": "date", "http://purl.org/dc/terms/alternative": "other title"}


def reference_sources(rows: list[dict]) -> list[dict]:
    """Reference facts about a resource, each once, with the sources that support it (title and link) or the
    mark of a fact stated from memory and not yet verified."""
    facts: dict[tuple, dict] = {}
    for r in rows:
        value = r["olabel"] or r["o"] or ""
        if r["from"] or r["until"]:
            value += f" ({r['from'] or '…'} – {r['until'] or '…'})"
        fact = facts.setdefault((r["p"], r["o"]), {
            "property": r["plabel"] or _PROPERTY_NAMES.get(r["p"] or "") or (r["p"] or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1],
            "value": value,
            "verified": (r["verification"] or "").endswith("#Verified"), "sources": []})
        if r["source"] and all(x["iri"] != r["source"] for x in fact["sources"]):
            fact["sources"].append({"iri": r["source"], "title": r["title"] or r["source"], "url": r["url"]})
    return list(facts.values())


# -- the kinds -----------------------------------------------------------------------------------
async def agency(page: Page) -> dict:
    measures = await page.rows("agency_measures")
    for m in measures:  # in one order whichever engine concatenated them
        m["co_agencies"] = ", ".join(sorted({x for x in (m["co_agencies"] or "").split(", ") if x}))
        m["href"] = page.local(m["measure"])
        m["via_href"] = page.local(m["via"]) if m["via"] else None
    measures.sort(key=lambda m: (number(m["year"]), m["plan"] or "", number(m["number"])))
    partners = await page.rows("agency_partners")
    lineage = await page.rows("agency_lineage")
    officials = await page.rows("agency_officials")
    documents = await page.rows("mentioned_in")
    led = sum(1 for m in measures if m["lead"] == "true")
    by_year: dict[str, list[int]] = {}
    for m in measures:
        y = m["year"] or "—"
        by_year.setdefault(y, [0, 0])[0 if m["lead"] == "true" else 1] += 1
    pictures = [charts.bars([charts.Bar(p["notation"] or p["label"] or p["other"], int(p["measures"]), page.local(p["other"]),
                                        p["label"] or "") for p in partners[:15]],
                            "Measures shared with other agencies"),
                charts.bars([charts.Bar(f"{y}: leads", v[0]) for y, v in sorted(by_year.items())]
                            + [charts.Bar(f"{y}: takes part", v[1]) for y, v in sorted(by_year.items()) if v[1]],
                            "Measures by plan year")]
    moments = [charts.Moment(r["date"] or "", f"{r['relation']}: {r['notation'] or r['label']}", page.local(r["other"]),
                             r["relation"]) for r in lineage if r["date"]]
    if moments:
        pictures.append(charts.timeline(moments, "Lineage: dated changes"))
    for r in lineage:
        r["href"] = page.local(r["other"])
    for r in officials:
        r["href"], r["doc_href"] = page.local(r["person"]), page.local(r["doc"])
    for r in documents:
        r["href"] = page.local(r["doc"])
    return {"measures": measures, "led": led, "partners": partners, "lineage": lineage, "officials": officials,
            "documents": documents, "pictures": [p for p in pictures if p]}


async def person(page: Page) -> dict:
    posts = await page.rows("person_posts")
    for r in posts:
        r["org_href"], r["doc_href"] = page.local(r["org"]), page.local(r["doc"])
        r["sentence_href"] = f"{r['doc_href']}#span-{r['start']}-{r['end']}" if r["start"] else None
    events = await page.rows("person_events")
    for r in events:
        r["href"] = page.local(r["event"])
    documents = await page.rows("mentioned_in")
    for r in documents:
        r["href"] = page.local(r["doc"])
    moments = [charts.Moment(r["date"] or "", f"{r['role']}, {r['org_notation'] or r['org_label'] or ''}".rstrip(", "),
                             r["org_href"], "posts") for r in posts if r["date"]]
    moments += [charts.Moment(r["date"], r["label"], r["href"], "events") for r in events if r["date"] and r["date"][:1].isdigit()]
    return {"posts": posts, "events": events, "documents": documents,
            "pictures": [p for p in [charts.timeline(moments, "Posts and events over time")] if p]}


async def measure(page: Page) -> dict:
    detail = (await page.rows("measure_detail") or [{}])[0]
    agencies = sorted(await page.rows("measure_agencies"), key=lambda r: number(r["rank"]))
    for r in agencies:
        r["href"] = page.local(r["agency"])
    links = await page.rows("measure_links")
    for r in links:
        r["href"], r["shared_href"] = page.local(r["other"]), page.local(r["shared"])
    return {"detail": detail, "plan_href": page.local(detail.get("plan")),
            "doc_href": page.local(detail.get("doc")), "agencies": agencies,
            "concerns": [r for r in links if r["relation"] == "concerns"],
            "revisions": [r for r in links if r["relation"] == "revision"],
            "earlier": sorted((r for r in links if r["relation"] == "earlier"), key=lambda r: number(r["year"])),
            "later": sorted((r for r in links if r["relation"] == "later"), key=lambda r: number(r["year"]))}


async def instrument(page: Page) -> dict:
    revisions = await page.rows("instrument_revisions")
    for r in revisions:
        r["href"], r["doc_href"], r["measure_href"] = page.local(r["revision"]), page.local(r["doc"]), page.local(r["measure"])
    revisions.sort(key=lambda r: (r["date"] or "9999", number(r["ordinal"])))
    # the amendments the reference data dates: a document that reports a law revised, without saying which
    # amendment, is read as reporting the latest amendment adopted on or before its own date
    known = sorted((r["revision_date"], r["ordinal"]) for r in revisions
                   if r["ordinal"] and r["revision_date"] and not r["doc"] and not r["measure"])
    for r in revisions:
        r["amendment"] = r["ordinal"]
        if not r["ordinal"] and r["status"] == "adopted" and r["doc_date"] and not r["revision_date"]:
            before = [o for d, o in known if d <= r["doc_date"]]
            if before:
                r["amendment"], r["amendment_inferred"] = before[-1], True
    documents = await page.rows("mentioned_in")
    for r in documents:
        r["href"] = page.local(r["doc"])
    moments = [charts.Moment(r["date"], (f"amendment {r['ordinal']}" if r["ordinal"] and r["status"] == "adopted"
                                         else (r["status"] or "revision")), r["doc_href"] or r["href"], r["status"] or "")
               for r in revisions if r["date"]]
    return {"revisions": revisions, "documents": documents,
            "pictures": [p for p in [charts.timeline(moments, "Revision timeline")] if p]}


async def plan(page: Page) -> dict:
    out = await instrument(page)
    measures = sorted(await page.rows("plan_measures"), key=lambda r: number(r["number"]))
    parts: list[dict] = []
    for m in measures:
        m["href"], m["lead_href"] = page.local(m["measure"]), page.local(m["lead"])
        if not parts or parts[-1]["numeral"] != m["part"]:
            parts.append({"numeral": m["part"], "title": m["part_title"], "measures": []})
        parts[-1]["measures"].append(m)
    counts: dict[str, int] = {}
    for m in measures:
        if m["lead_label"]:
            counts[m["lead_label"]] = counts.get(m["lead_label"], 0) + 1
    leads = sorted(counts.items(), key=lambda x: -x[1])[:15]
    out.update(parts=parts, measure_count=len(measures),
               pictures=out["pictures"] + [p for p in [charts.bars([charts.Bar(k, v) for k, v in leads],
                                                                   "Measures led, by agency")] if p])
    return out


async def event(page: Page) -> dict:
    rows = await page.rows("event_detail")
    first = rows[0] if rows else {}
    participants = {r["participant"]: r["participant_name"] for r in rows if r["participant"]}
    return {"event": first, "organiser_href": page.local(first.get("organiser")), "doc_href": page.local(first.get("doc")),
            "participants": [{"name": n, "href": page.local(p)} for p, n in participants.items()]}


_TYPE_ORDER = ["Measure", "Agency", "Person", "PostHolding", "Event", "Revision", "Statistic", "LegalInstrument"]


async def document(page: Page, text: str | None) -> dict:
    facts = await page.rows("document_facts")
    by_span: dict[tuple[int, int, str], dict] = {}
    for f in facts:
        if f["start"] is None or f["end"] is None:
            continue
        key = (int(f["start"]), int(f["end"]), f["entity"])
        kind = (f["type"] or "").rsplit("#", 1)[-1]
        entry = by_span.setdefault(key, {"start": key[0], "end": key[1], "entity": f["entity"], "href": page.local(f["entity"]),
                                         "types": set(), "label": None, "number": f["number"], "fixed": False})
        entry["fixed"] = entry["fixed"] or f["fixed"] == "true"
        if kind:
            entry["types"].add(kind)
        if f["label"] and (not entry["label"] or (len(f["label"]), f["label"]) > (len(entry["label"]), entry["label"])):
            entry["label"] = f["label"]  # the fullest of its labels, whatever order the rows came in
    spans = sorted(by_span.values(), key=lambda s: (s["start"], -s["end"], s["entity"]))
    for s in spans:
        types = sorted(s["types"], key=_type_rank)
        kind = next((k for k in map(kinds.kind_of_class, types) if k), None)
        # the kind of a page (its colour in the text), else what the ontology calls its class ("Post holding")
        s["kind"] = kind or (types[0] if types else "fact")
        s["kind_label"] = kinds.label(kind) if kind else kinds.class_label(s["kind"]).capitalize()
        s["css"] = (kind or "fact") + (" fixed" if s["fixed"] else "")
        if kind == "measure":
            s["label"] = f"Measure {s['number']}"
        s["label"] = s["label"] or s["entity"].rsplit("/", 1)[-1]
    groups: dict[str, dict[str, dict]] = {}
    for s in spans:
        if s["kind"] in ("Responsibility", "Evidence"):
            continue  # a measure's agencies are read from the measure's sentence: listed with the measure
        entry = groups.setdefault(s["kind_label"], {}).setdefault(s["entity"], {"label": s["label"], "href": s["href"],
                                                                                "first": s, "count": 0})
        entry["count"] += 1
    order = [kinds.label(k) for k in _ORDER]
    listed = [(k, sorted(v.values(), key=lambda e: (e["first"]["start"], e["label"], e["href"])))
              for k, v in sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))]
    return {"segments": highlight(text or "", spans), "spans": spans, "groups": listed, "has_text": bool(text),
            "has_fixed": any(s["fixed"] for s in spans),
            "fact_count": len({s["entity"] for s in spans})}


_ORDER = ["measure", "agency", "person", "event", "instrument", "plan"]


def _type_rank(t: str) -> int:
    kind = kinds.kind_of_class(t)
    return _ORDER.index(kind) if kind in _ORDER else len(_ORDER)


def highlight(text: str, spans: list[dict]) -> list[dict]:
    """The text cut where any fact's span starts or ends: each piece with the facts that cover it, and the
    one a click opens (the narrowest: inside a measure's sentence an agency's name opens the agency)."""
    cuts = sorted({0, len(text)} | {s["start"] for s in spans if s["start"] <= len(text)}
                  | {min(s["end"], len(text)) for s in spans})
    pieces = []
    starts = {}
    for s in spans:
        starts.setdefault(s["start"], []).append(f"span-{s['start']}-{s['end']}")
    by_start = sorted(spans, key=lambda s: s["start"])
    active: list[dict] = []
    i = 0
    for a, b in zip(cuts, cuts[1:], strict=False):  # a sweep: the spans open at each piece, not all spans each time
        while i < len(by_start) and by_start[i]["start"] <= a:
            active.append(by_start[i])
            i += 1
        active = [s for s in active if s["end"] > a]
        covering = [s for s in active if s["end"] >= b]
        ranked = sorted(covering, key=lambda s: (s["end"] - s["start"], _type_rank(next(iter(sorted(s["types"])), "")),
                                                 s["label"] or "", s["entity"]))
        facts = list({s["entity"]: s for s in reversed(ranked) if s["kind"] not in ("Responsibility", "Evidence")}
                     .values())[::-1] or ranked[:1]
        pieces.append({"text": text[a:b], "start": a, "end": b, "anchors": starts.get(a, []),
                       "target": ranked[0] if ranked else None, "facts": facts,
                       "kinds": sorted({s["kind"] for s in covering}),
                       "title": "; ".join(dict.fromkeys(f"{s['kind_label']}: {s['label']}" + (" (corrected)" if s["fixed"]
                                                                                              else "") for s in covering))})
    return pieces


def doc_id_of(page: Page) -> str | None:
    key = page.mint.resource_key(page.iri)
    return key[1] if key and key[0] == "document" and re.fullmatch(r"[^/]+", key[1]) else None


LABELS = (SKOS + "prefLabel", RDFS + "label", DCTERMS + "title", FOAF + "name")
OTHER_NAMES = (DCTERMS + "alternative", SKOS + "altLabel")


async def terms(page: Page, name: str) -> Terms:
    """A page query's answer about the page's resource, by column name (max_rows rows)."""
    q = page.service.catalog.get(f"pages/{name}")
    subs = {ox.Variable("resource"): ox.NamedNode(page.iri)}
    return Terms.of(await page.service.run(Rows(q.text, subs, max_rows=page.service.settings.max_rows), page.request))


async def resource(page: Page, key: str) -> dict | None:
    """What every resource's page shows (its names in English and Chinese, notation, kind, notes, statements,
    links to it, evidence, translations and reference sources); None when nothing is known of it."""
    props, incoming = await terms(page, "resource_properties"), await terms(page, "resource_incoming")
    if not props.rows and not incoming.rows:
        return None

    def values(*predicates: str, literal: bool = False) -> list[dict]:
        return [r["o"] for r in props.rows if r["p"]["value"] in predicates and (not literal or r["o"]["type"] == "literal")]

    labels = values(*LABELS, literal=True)
    english = [x["value"] for x in labels if x.get("xml:lang") == "en"]
    chinese = list(dict.fromkeys(x["value"] for x in labels if x.get("xml:lang", "").startswith("zh")))
    if not chinese:  # a law known by its Chinese title as another title of it (dcterms:alternative, skos:altLabel)
        chinese = sorted({x["value"] for x in values(*OTHER_NAMES, literal=True) if x.get("xml:lang", "").startswith("zh")},
                         key=lambda v: -len(v))
    same = (await terms(page, "resource_same_as")).plain()
    if not chinese:  # a person named in a Chinese text and in an English one: the Chinese name beside the English
        chinese = [r["name"] for r in same if r["name"] and (r["lang"] or "").startswith("zh")]
    if not english:
        english = [r["name"] for r in same if r["name"] and not (r["lang"] or "").startswith("zh")]
    kind = kind_of([t["value"] for t in values(RDF + "type")])
    notation = next((x["value"] for x in values(SKOS + "notation")), None)
    return {"title": (english or [x["value"] for x in labels] or [key])[0], "label_zh": chinese[0] if chinese else None,
            "notation": notation, "notes": [x["value"] for x in values(SKOS + "note", literal=True)], "iri": page.iri,
            "kind": kind, "kind_name": kinds.label(kind), "type_labels": _type_labels(props, kind),
            "props": props, "incoming": incoming,
            "sentences": sentence_links(page, (await terms(page, "resource_evidence")).plain()),
            "translations": await terms(page, "resource_translations"),
            "sources": reference_sources((await terms(page, "resource_sources")).plain()), "local": page.mint.local_path,
            "pictures": [], "corrections": (await terms(page, "resource_corrections")).plain(),
            "retracted": (await terms(page, "resource_retracted")).plain(),
            "suggest": "/corrections/suggest?" + urlencode({"resource": page.iri})}


def _type_labels(props: Terms, kind: str | None) -> list[tuple[str, str]]:
    """The ontology's own classes of the resource, by label, without the one its kind already says."""
    out = {}
    for r in props.rows:
        if r["p"]["value"] == RDF + "type" and r["o"]["value"].startswith(IPO):
            label = (r["olabel"] and r["olabel"]["value"]) or r["o"]["value"].rsplit("#", 1)[-1]
            if label.lower() != kinds.label(kind).lower() and label not in ("Agency", "Legal instrument"):
                out[label] = r["o"]["value"]
    return list(out.items())


def document_properties(props: Terms) -> dict[str, str]:
    """A document's properties by local name (the label of a linked value where it has one), for its page."""
    return {r["p"]["value"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]:
            (r["olabel"]["value"] if r["olabel"] and r["olabel"]["value"] else r["o"]["value"])
            for r in props.rows if r["p"]["value"] != IPO + "text"}
