"""/queries: the stored queries as an API, one documented endpoint each, in JSON, CSV, TSV or HTML."""

from __future__ import annotations

import csv
import inspect
import io
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.charts_views import query_picture
from api.conneg import choose_format, prefers_html
from api.messages import Rows
from ipgraph import formats
from ipgraph.errors import QueryParamError
from ipgraph.queries import Param, StoredQuery, check_parameters, resolve_names

FORMATS = formats.TABLES

def _plain(cell: dict | None) -> str | None:
    return None if cell is None else cell["value"]


async def render_rows(request: Request, service, q: StoredQuery, values: dict, resp, fmt: str) -> Response:
    cols, rows, truncated = resp.columns, resp.rows, resp.truncated
    headers = {"X-Truncated": "true" if truncated else "false", **service.cache_headers(request)}
    why = None
    if not rows and q.empty:  # the query's own account of why this build gives it nothing
        found = await service.run(Rows(service.catalog.get(q.empty).text, {}, max_rows=1), request)
        why = found.rows[0][0]["value"] if found.rows and found.rows[0][0] else None
        if why:
            headers["X-Empty-Reason"] = why.encode("ascii", "backslashreplace").decode()
    links = ", ".join(f'<{request.url.path.rsplit(".", 1)[0] if "." in request.url.path.rsplit("/", 1)[-1] else request.url.path}.{ext}'
                      f'?{request.url.query}>; rel="alternate"; type="{mt}"' for ext, mt in FORMATS.items())
    headers["Link"] = links
    if fmt == "json":
        return JSONResponse({"ok": True, "query": q.name, "title": q.title, "params": values, "columns": cols,
                             "rows": [dict(zip(cols, (_plain(c) for c in r), strict=True)) for r in rows],
                             "truncated": truncated, "elapsed_ms": resp.elapsed_ms,
                             **({"empty_reason": why} if why else {})}, headers=headers)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if c is None else c["value"] for c in r])
        return Response(buf.getvalue(), media_type=FORMATS[fmt] + "; charset=utf-8", headers=headers)
    local = service.mint.local_path
    return service.templates.TemplateResponse(request, "query.html", {
        **await form_context(request, service, q, values), "columns": cols, "rows": rows, "truncated": truncated,
        "max_rows": service.settings.max_rows, "elapsed_ms": resp.elapsed_ms, "local": local, "why_empty": why,
        "picture": query_picture(q, cols, rows, local, values),
        "formats": [e for e in FORMATS if e != "html"]}, headers=headers)


async def form_context(request: Request, service, q: StoredQuery, values: dict, error: str | None = None) -> dict:
    """What the form of a stored query shows: its parameters with their values, and choices from the data for
    those that name agencies, laws or people."""
    choices = {}
    if any(p.names for p in q.params):
        names = await service.names(request)
        for p in q.params:
            if p.names:
                labels = sorted(set(names.get(p.names, {}).values()), key=lambda x: (len(x) > 12, x.lower()))
                choices[p.name] = labels[:400]
    return {"title": q.title, "q": q, "values": values, "choices": choices, "error": error}


def _endpoint(q: StoredQuery, ext: str | None):
    async def endpoint(request: Request, **kwargs):
        service = request.app.state.service
        check_parameters(q, request.query_params.multi_items())
        fmt = choose_format(request, ext, FORMATS, "a stored query")
        values = {k: str(v) for k, v in kwargs.items() if v is not None and str(v) != ""}
        cached = service.not_modified(request)
        if cached is not None:
            return cached
        try:
            missing = [p.name for p in q.params if p.required and p.name not in values and p.default is None]
            if missing:
                raise QueryParamError(f"query {q.name!r} needs parameter{'s' if len(missing) > 1 else ''} "
                                      f"{', '.join(repr(m) for m in missing)}")
            if any(p.names for p in q.params):
                values = resolve_names(q, values, await service.names(request))
            subs = q.bind(values)
        except QueryParamError as e:
            if fmt != "html":
                raise
            first_visit = not values  # the form, asking for what the query needs
            return service.templates.TemplateResponse(request, "query.html", {
                **await form_context(request, service, q, values, None if first_visit else str(e)), "columns": [],
                "rows": None, "formats": []}, status_code=200 if first_visit else 400)
        resp = await service.run(Rows(q.text, subs, max_rows=service.settings.max_rows), request)
        return await render_rows(request, service, q, values, resp, fmt)

    params = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]
    for p in q.params:
        params.append(_parameter(p))
    endpoint.__signature__ = inspect.Signature(params)
    return endpoint


def _parameter(p: Param) -> inspect.Parameter:
    """Every parameter is read as text and converted by its declared type when bound (so that a browser
    missing one gets the form, not a bare 400); its type and whether it is required are documented."""
    desc = f"{p.description} ({p.type}{', required' if p.required else ''})".strip()
    ann = Annotated[str | None, Query(description=desc)]
    return inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=ann)


def make_router(service) -> APIRouter:
    router = APIRouter(tags=["Stored queries"])

    @router.get("/queries", summary="List the stored queries")
    async def list_queries(request: Request, _format: str | None = None):
        items = [{"name": q.name, "title": q.title, "description": q.description,
                  "url": str(request.url_for("list_queries")).rstrip("/") + "/" + q.name,
                  "parameters": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                                  "description": p.description} for p in q.params]}
                 for q in service.catalog.all()]
        if _format == "html" or (_format is None and prefers_html(request.headers.get("accept"))):
            return service.templates.TemplateResponse(request, "queries.html", {"title": "Stored queries", "items": items})
        return JSONResponse({"ok": True, "queries": items})

    for q in service.catalog.all():
        for ext in (None, *FORMATS):
            path = f"/queries/{q.name}" + (f".{ext}" if ext else "")
            router.add_api_route(path, _endpoint(q, ext), methods=["GET"], name=f"query:{q.name}:{ext or ''}",
                                 summary=q.title + (f" ({ext})" if ext else ""), description=q.description,
                                 include_in_schema=ext is None, response_model=None)
    return router
