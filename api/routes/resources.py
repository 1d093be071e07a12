"""/id/{kind}/{key}: every IRI the build mints dereferences here, as HTML or RDF."""

from __future__ import annotations

import re

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api import pages
from api.conneg import choose_format
from api.messages import GraphIn, Rows
from ipgraph import formats, kinds
from ipgraph.errors import ResourceNotFound
from ipgraph.home import document_text
from ipgraph.serialize import jsonld_profile, serialize

router = APIRouter(tags=["Linked data"])
RDF_TYPES = {e: formats.media(f) for e, f in formats.TRIPLE_NAMES.items()}
EXTS = {**RDF_TYPES, "html": "text/html"}


@router.get("/id/{path:path}", summary="A resource of the graph (linked data)",
            description="HTML for browsers; Turtle, JSON-LD, N-Triples or RDF/XML by Accept or by extension "
                        "(.ttl, .jsonld, .nt, .rdf, .html).")
async def resource(path: str, request: Request) -> Response:
    service = request.app.state.service
    ext = None
    last = path.rsplit("/", 1)[-1]
    if "." in last and last.rsplit(".", 1)[1] in EXTS:
        path, ext = path.rsplit(".", 1)
    iri = service.mint.resource(path)
    if not path or re.search(r"[\x00-\x20<>\"{}|\\^`]", path):
        raise ResourceNotFound(f"{path!r} is not the key of a resource")
    fmt = choose_format(request, ext, EXTS, "a resource")
    cached = service.not_modified(request, fmt)
    if cached is not None:
        return cached
    try:
        subs = {ox.Variable("resource"): ox.NamedNode(iri)}
    except ValueError as e:
        raise ResourceNotFound(f"{path!r} is not the key of a resource: {e}") from e
    page = f"/id/{path}"
    headers = {**service.cache_headers(request, fmt), "Link": ", ".join(
        f'<{page}.{e}>; rel="alternate"; type="{mt}"' for e, mt in EXTS.items())}
    if fmt in RDF_TYPES:
        body = await _description(service, request, subs, iri, RDF_TYPES[fmt])
        return Response(body, media_type=RDF_TYPES[fmt] + ("; charset=utf-8" if fmt != "jsonld" else ""),
                        headers=headers)
    props = await _rows(service, "pages/resource_properties", subs, request)
    incoming = await _rows(service, "pages/resource_incoming", subs, request)
    if not props.rows and not incoming.rows:
        raise ResourceNotFound(f"nothing is known about {iri}")
    evidence = await _rows(service, "pages/resource_evidence", subs, request)
    translations = await _rows(service, "pages/resource_translations", subs, request)
    sources = await _rows(service, "pages/resource_sources", subs, request)
    # columns of resource_properties: resource, p, plabel, o, olabel
    labels = [r[3] for r in props.rows if r[1]["value"] in LABELS and r[3]["type"] == "literal"]
    english = [x["value"] for x in labels if x.get("xml:lang") == "en"]
    chinese = list(dict.fromkeys(x["value"] for x in labels if x.get("xml:lang", "").startswith("zh")))
    if not chinese:  # a law known by its Chinese title as another title of it (dcterms:alternative, skos:altLabel)
        others = [r[3] for r in props.rows if r[1]["value"] in OTHER_NAMES and r[3]["type"] == "literal"]
        chinese = sorted({x["value"] for x in others if x.get("xml:lang", "").startswith("zh")}, key=lambda v: -len(v))
    same = pages.table(*(lambda a: (a.columns, a.rows))(await _rows(service, "pages/resource_same_as", subs, request)))
    if not chinese:  # a person named in a Chinese text and in an English one: the Chinese name beside the English
        chinese = [r["name"] for r in same if r["name"] and (r["lang"] or "").startswith("zh")]
    if not english:
        english = [r["name"] for r in same if r["name"] and not (r["lang"] or "").startswith("zh")]
    notation = next((r[3]["value"] for r in props.rows if r[1]["value"] == NOTATION), None)
    types = [r[3]["value"] for r in props.rows if r[1]["value"] == RDF_TYPE]
    kind = pages.kind_of(types)
    notes = [r[3]["value"] for r in props.rows if r[1]["value"] == SKOS_NOTE and r[3]["type"] == "literal"]
    page_ctx = pages.Page(service, request, iri)
    ctx = {"title": (english or [x["value"] for x in labels] or [path])[0], "label_zh": chinese[0] if chinese else None,
           "notation": notation, "notes": notes, "iri": iri, "kind": kind, "kind_name": kinds.label(kind),
           "type_labels": _type_labels(props.rows, kind),
           "props": props, "incoming": incoming, "sentences": pages.sentence_links(page_ctx, pages.as_dicts(evidence)),
           "translations": translations,
           "sources": pages.reference_sources(pages.table(sources.columns, sources.rows)), "alternates": [(e, mt, f"{page}.{e}") for e, mt in RDF_TYPES.items()],
           "local": service.mint.local_path, "pictures": []}
    if kind == "document":
        doc_id = pages.doc_id_of(page_ctx)
        text = document_text(service.snap(request).build_dir, doc_id) if doc_id else None
        if text is None:
            text = next((r[3]["value"] for r in props.rows if r[1]["value"] == TEXT), None)
        ctx.update(await pages.document(page_ctx, text))
        ctx["props_doc"] = {r[1]["value"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]: r[4]["value"] if r[4] and r[4]["value"] else r[3]["value"]
                            for r in props.rows if r[1]["value"] != TEXT}
    elif kind in PAGE_BUILDERS:
        ctx.update(await PAGE_BUILDERS[kind](page_ctx))
    template = f"{kind}.html" if kind else "resource.html"
    return service.templates.TemplateResponse(request, template, ctx, headers=headers)


def _type_labels(rows, kind: str | None) -> list[tuple[str, str]]:
    """The ontology's own classes of the resource, by label, without the one its kind already says."""
    out = {}
    for r in rows:
        if r[1]["value"] == RDF_TYPE and r[3]["value"].startswith(pages.IPO):
            label = (r[4]["value"] if r[4] and r[4]["value"] else r[3]["value"].rsplit("#", 1)[-1])
            if label.lower() != kinds.label(kind).lower() and label not in ("Agency", "Legal instrument"):
                out[label] = r[3]["value"]
    return list(out.items())


PAGE_BUILDERS = {"agency": pages.agency, "person": pages.person, "measure": pages.measure, "instrument": pages.instrument,
                 "plan": pages.plan, "event": pages.event}
TEXT = "https://w3id.org/ipgraph/ontology#text"
FOAF_PRIMARY_TOPIC = "http://xmlns.com/foaf/0.1/primaryTopic"
RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
SKOS_NOTE = "http://www.w3.org/2004/02/skos/core#note"
NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OTHER_NAMES = ["http://purl.org/dc/terms/alternative", "http://www.w3.org/2004/02/skos/core#altLabel"]
LABELS = ["http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
          "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/name"]


async def _description(service, request: Request, subs: dict, iri: str, media: str) -> bytes:
    """The symmetric concise bounded description of a resource: the statements about it and those pointing at
    it, with the labels of what they link to. Where more statements point at it than the description holds,
    the description document says so (rdfs:comment, beside foaf:primaryTopic)."""
    def triples(answer) -> list:
        return list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)) if answer.body else []

    out = triples(await service.run(GraphIn(service.catalog.get("pages/resource_description").text, subs), request))
    into = triples(await service.run(GraphIn(service.catalog.get("pages/resource_description_incoming").text, subs),
                                     request))
    if not out and not into:
        raise ResourceNotFound(f"nothing is known about {iri}")
    resource = ox.NamedNode(iri)
    cap = service.settings.max_rows
    pointing = list(dict.fromkeys(t for t in into if t.object == resource))[:cap]
    subjects = {t.subject for t in pointing}
    into = pointing + [t for t in into if t.object != resource and t.subject in subjects]  # their labels
    shown = len(pointing)
    counted = (await _rows(service, "pages/resource_incoming_count", subs, request)).rows
    total = int(counted[0][1]["value"]) if counted else 0
    if total > shown:
        doc = ox.NamedNode(str(request.url.remove_query_params(list(request.query_params.keys()))))
        into += [ox.Triple(doc, ox.NamedNode(FOAF_PRIMARY_TOPIC), resource),
                 ox.Triple(doc, ox.NamedNode(RDFS_COMMENT), ox.Literal(
                     f"{total} statements point at this resource; this description gives {shown} of them. "
                     "The SPARQL endpoint gives them all.", language="en"))]
    return serialize(list(dict.fromkeys(out + into)), ox.RdfFormat.from_media_type(media),
                     profile=jsonld_profile(request.headers.get("accept")))


async def _rows(service, name: str, subs: dict, request: Request) -> dict:
    q = service.catalog.get(name)
    return await service.run(Rows(q.text, subs, max_rows=service.settings.max_rows), request)


async def _exists_or_404(service, subs: dict, iri: str, request: Request) -> None:
    incoming = await _rows(service, "pages/resource_incoming", subs, request)
    if not incoming.rows:
        raise ResourceNotFound(f"nothing is known about {iri}")
