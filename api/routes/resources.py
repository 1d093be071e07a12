"""/id/{kind}/{key}: every IRI the build mints dereferences here, as HTML or RDF."""

from __future__ import annotations

import re

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api import pages
from api.conneg import choose_format
from api.messages import GraphIn, Rows
from ipgraph import formats
from ipgraph.errors import ResourceNotFound
from ipgraph.home import document_text
from ipgraph.namespaces import FOAF, IPO, RDFS
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
    page_ctx = pages.Page(service, request, iri)
    ctx = await pages.resource(page_ctx, path)
    if ctx is None:
        raise ResourceNotFound(f"nothing is known about {iri}")
    kind = ctx["kind"]
    ctx["alternates"] = [(e, mt, f"{page}.{e}") for e, mt in RDF_TYPES.items()]
    if kind == "document":
        doc_id = pages.doc_id_of(page_ctx)
        text = document_text(service.snap(request).build_dir, doc_id) if doc_id else None
        if text is None:
            text = next((r["o"]["value"] for r in ctx["props"].rows if r["p"]["value"] == IPO + "text"), None)
        ctx.update(await pages.document(page_ctx, text))
        ctx["props_doc"] = pages.document_properties(ctx["props"])
    elif kind in PAGE_BUILDERS:
        ctx.update(await PAGE_BUILDERS[kind](page_ctx))
    template = f"{kind}.html" if kind else "resource.html"
    return service.templates.TemplateResponse(request, template, ctx, headers=headers)


PAGE_BUILDERS = {"agency": pages.agency, "person": pages.person, "measure": pages.measure, "instrument": pages.instrument,
                 "plan": pages.plan, "event": pages.event}


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
    counted = pages.Terms.of(await _rows(service, "pages/resource_incoming_count", subs, request)).plain()
    total = int(counted[0]["n"]) if counted else 0
    if total > shown:
        doc = ox.NamedNode(str(request.url.remove_query_params(list(request.query_params.keys()))))
        into += [ox.Triple(doc, ox.NamedNode(FOAF + "primaryTopic"), resource),
                 ox.Triple(doc, ox.NamedNode(RDFS + "comment"), ox.Literal(
                     f"{total} statements point at this resource; this description gives {shown} of them. "
                     "The SPARQL endpoint gives them all.", language="en"))]
    return serialize(list(dict.fromkeys(out + into)), ox.RdfFormat.from_media_type(media),
                     profile=jsonld_profile(request.headers.get("accept")))


async def _rows(service, name: str, subs: dict, request: Request) -> dict:
    q = service.catalog.get(name)
    return await service.run(Rows(q.text, subs, max_rows=service.settings.max_rows), request)
