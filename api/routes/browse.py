"""Pages to find things by: full-text search, the list of documents, and a list per kind of entity."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api import charts
from api.conneg import choose_format
from api.messages import Rows
from api.pages import PAGE_ROWS, as_dicts, number
from ipgraph import formats, kinds
from ipgraph.errors import IpgraphError, ResourceNotFound
from ipgraph.home import document_text, original_file
from ipgraph.search import MAX_QUERY_CHARS, check_words

router = APIRouter(tags=["Browse and search"])
BROWSE = {k.name: k.plural for k in kinds.TABLE if k.browse}
SEARCH_FORMATS = formats.LISTS


@router.get("/search", summary="Full-text search",
            description="Search document texts, measure texts, and the labels and acronyms of every entity, in "
                        "English and Chinese (traditional characters find simplified ones). Ranked, with snippets; "
                        "each hit links to its entity or to the document at the span. HTML for browsers, JSON otherwise "
                        "(or `_format=json`).")
async def search(request: Request,
                 q: Annotated[str, Query(description="What to look for: words of English, or Chinese characters (at most "
                                              f"{MAX_QUERY_CHARS} characters)")] = "",
                 kind: Annotated[str | None, Query(description="Only hits of this kind: " + ", ".join(kinds.search_kinds()))] = None,
                 limit: Annotated[int, Query(ge=1, le=200, description="How many hits")] = 20,
                 offset: Annotated[int, Query(ge=0, le=10_000, description="Hits to skip (paging)")] = 0):
    service = request.app.state.service
    if kind is not None and kind not in kinds.search_kinds():
        raise IpgraphError(f"unknown kind {kind!r}; use one of {', '.join(kinds.search_kinds())}")
    fmt = choose_format(request, None, SEARCH_FORMATS, "search")
    snap = service.snap(request)
    check_words(q)
    hits = await asyncio.to_thread(snap.search.search, q, limit + 1, kind, offset) if q.strip() and snap.search else []
    more, hits = len(hits) > limit, hits[:limit]
    local = request.app.state.service.mint.local_path
    items = [{"kind": h.kind, "iri": h.iri, "title": h.title, "snippet": h.snippet, "score": h.score,
              "document": h.doc, "start": h.start, "end": h.end,
              "url": (local(h.iri) + (f"#span-{h.start}-{h.end}" if h.kind == "sentence" and h.start is not None else ""))}
             for h in hits]
    if fmt == "json":
        return JSONResponse({"ok": True, "query": q, "kind": kind, "offset": offset, "hits": items, "more": more})
    return service.templates.TemplateResponse(request, "search.html", {
        "title": f"Search: {q}" if q else "Search", "q": q, "search_q": q, "kind": kind, "hits": items, "kinds": kinds.search_kinds(),
        "offset": offset, "limit": limit, "more": more, "available": snap.search is not None})


async def _rows(request: Request, name: str) -> list[dict]:
    service = request.app.state.service
    q = service.catalog.get(f"pages/{name}")
    answer = await service.run(Rows(q.text, {}, max_rows=PAGE_ROWS), request)
    return as_dicts(answer)


@router.get("/documents", summary="Every document of the build",
            description="Title, date, publisher, language and counts of what was read from each document; HTML for "
                        "browsers, JSON otherwise.")
async def documents(request: Request) -> Response:
    service = request.app.state.service
    fmt = choose_format(request, None, SEARCH_FORMATS, "the list of documents")
    rows = await _rows(request, "documents")
    local = request.app.state.service.mint.local_path
    for r in rows:
        r["href"] = local(r["doc"])
    if fmt == "json":
        return JSONResponse({"ok": True, "documents": rows})
    years: dict[str, int] = {}
    for r in rows:
        if r["date"]:
            years[r["date"][:4]] = years.get(r["date"][:4], 0) + 1
    undated = sum(1 for r in rows if not r["date"])
    bars = [charts.Bar(y, n) for y, n in sorted(years.items())] + ([charts.Bar("undated", undated)] if undated else [])
    picture = charts.bars(bars, "Documents by year")
    return service.templates.TemplateResponse(request, "documents.html", {
        "title": "Documents", "rows": rows, "picture": picture, "undated": undated})


@router.get("/browse/{kind}", summary="Browse the entities of a kind",
            description="Agencies, laws and instruments, plans, or people, with counts and a filter; HTML for browsers, "
                        "JSON otherwise.")
async def browse(kind: str, request: Request,
                 filter: Annotated[str, Query(description="Only items whose names contain this", max_length=200)] = "",
                 facet: Annotated[str, Query(description="Only items of this class", max_length=200)] = ""):
    service = request.app.state.service
    if kind not in BROWSE:
        raise ResourceNotFound(f"nothing to browse as {kind!r}; browse one of {', '.join(BROWSE)}")
    fmt = choose_format(request, None, SEARCH_FORMATS, "a list")
    rows = await _rows(request, f"browse_{kind}")
    local = request.app.state.service.mint.local_path
    by_item: dict[str, dict] = {}
    for r in rows:  # one row an item, whichever engine answered and in whatever order: the fullest Chinese name
        first = by_item.setdefault(r["item"], r)
        if r.get("label_zh") and len(r["label_zh"]) > len(first.get("label_zh") or ""):
            first["label_zh"] = r["label_zh"]
    items = list(by_item.values())
    for r in items:
        r["href"] = local(r["item"])
        if r.get("posts"):
            r["posts"] = "; ".join(sorted(set(r["posts"].split("; "))))
    facets: dict[str, int] = {}
    for r in items:
        if r.get("class"):
            facets[r["class"]] = facets.get(r["class"], 0) + 1
    needle = filter.strip().lower()
    shown = [r for r in items if (not facet or r.get("class") == facet)
             and (not needle or any(needle in (r.get(k) or "").lower() for k in ("label", "notation", "label_zh", "posts")))]
    if kind == "plan":
        shown.sort(key=lambda r: (-number(r["year"]) if r["year"] else 0, r["label"] or ""))
    if fmt == "json":
        return JSONResponse({"ok": True, "kind": kind, "items": shown})
    picture = None
    if kind == "agency":
        top = sorted(shown, key=lambda r: -number(r["measures"]))[:15]
        picture = charts.bars([charts.Bar(r["notation"] or r["label"], number(r["measures"]), r["href"], r["label"])
                               for r in top if number(r["measures"]) > 0], "Measures per agency")
    return service.templates.TemplateResponse(request, "browse.html", {
        "title": BROWSE[kind], "kind": kind, "items": shown, "total": len(items), "facets": sorted(facets.items()),
        "facet": facet, "filter": filter, "picture": picture})


@router.get("/documents/{doc_id}/original", summary="A document's file as published (HTML, PDF or Word)")
async def original(doc_id: str, request: Request) -> Response:
    import mimetypes

    from fastapi.responses import FileResponse

    path = original_file(request.app.state.service.snap(request).build_dir, doc_id)
    if path is None:
        raise ResourceNotFound(f"no original file of {doc_id!r} in this build (a text document's original is its "
                               f"text: /documents/{doc_id}/text)")
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media, filename=path.name)


@router.get("/documents/{doc_id}/text", summary="A document's text as the extractors read it",
            description="The characters the evidence offsets (oa:start, oa:end) count.")
async def document_text_route(doc_id: str, request: Request) -> Response:
    text = document_text(request.app.state.service.snap(request).build_dir, doc_id)
    if text is None:
        raise ResourceNotFound(f"no document {doc_id!r} in this build")
    return Response(text, media_type="text/plain; charset=utf-8")
