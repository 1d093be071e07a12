"""/corrections: the corrections a build holds, and a prefilled entry for any fact a reader doubts.

The service stays read-only: a correction is written into a file (by hand, or with `ipgraph correct`) and
applied by the next build; these pages show what the build holds and start an entry to copy.
"""

from __future__ import annotations

import datetime

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from api.conneg import choose_format
from api.messages import Rows
from api.pages import Terms
from ipgraph import corrections, formats
from ipgraph.errors import ResourceNotFound
from ipgraph.home import record

router = APIRouter(tags=["Corrections"])


@router.get("/corrections", summary="The corrections this build holds, with their state")
async def corrections_page(request: Request, _format: str | None = None):
    service = request.app.state.service
    fmt = choose_format(request, _format, formats.LISTS, "the corrections")
    q = service.catalog.get("pages/corrections")
    rows = Terms.of(await service.run(Rows(q.text, {}, max_rows=service.settings.max_rows), request)).plain()
    snap = service.snap(request)
    if fmt == "json":
        return JSONResponse({"ok": True, "corrections": rows, "files": snap.manifest.get("corrections", {}).get("files", [])})
    pending = [r for r in rows if r["state"] != corrections.APPLIED]
    return service.templates.TemplateResponse(request, "corrections.html", {
        "title": "Corrections", "rows": rows, "pending": pending, "local": service.mint.local_path,
        "files": snap.manifest.get("corrections", {}).get("files", [])})


@router.get("/corrections/suggest", summary="A correction to start from, for a resource",
            description="The entry a reader copies into a corrections file to correct the resource, filled in from "
                        "what the build read of it (nothing is written: the service is read-only).")
async def suggest(request: Request, resource: str = Query(..., max_length=2000, description="the resource's IRI")):
    service = request.app.state.service
    key = service.mint.resource_key(resource)
    if key is None:
        raise ResourceNotFound(f"{resource!r} is not a resource of this graph")
    kind, rest = key
    q = service.catalog.get("pages/labels_of")
    names = Terms.of(await service.run(Rows(q.text, {ox.Variable("resource"): ox.NamedNode(resource)}, max_rows=5),
                                       request)).plain()
    doc = rest.split("/", 1)[0]
    name = names[0]["label"] if names else None
    entry = corrections.suggestion(kind, rest, record(service.snap(request).build_dir, doc),
                                   datetime.date.today().isoformat(), name)
    text = corrections.dump_entry(entry)
    fmt = choose_format(request, None, formats.LISTS, "a suggested correction")
    if fmt == "json":
        return JSONResponse({"ok": True, "resource": resource, "entry": entry, "yaml": text})
    return service.templates.TemplateResponse(request, "suggest.html", {
        "title": "Suggest a correction", "resource": resource, "name": name or resource, "yaml": text, "local": service.mint.local_path,
        "command": _command(entry)})


def _command(entry: dict) -> str:
    """The `ipgraph correct` command that writes the same entry."""
    import shlex

    action = next(a for a in ("remove", "add", "replace", "same", "not same") if a in entry)
    what = entry[action] if isinstance(entry[action], str) else " ".join(entry[action])
    parts = ["ipgraph", "correct", action.replace(" ", "-"), what]
    for k, v in entry.items():
        if k in (action, "reason", "by", "when"):
            continue
        v = ",".join(v) if isinstance(v, list) else v
        parts += ["-v", f"{k}={v}"]
    parts += ["--reason", entry["reason"], "--by", entry["by"]]
    return " ".join(shlex.quote(str(p)) for p in parts)
