"""create_app(settings): the FastAPI application over the current build of a home.

The app reads what `ipgraph build` wrote (builds/<id>/dataset.nq and union.nt) and never writes
to it. Queries run in killable worker processes (api.pool) under a hard time limit.
"""

from __future__ import annotations

import hashlib
import json
import time
from contextlib import asynccontextmanager
from email.utils import formatdate
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.pool import QueryPool
from ipgraph import __version__
from ipgraph.build import current_build
from ipgraph.config import Settings
from ipgraph.errors import IpgraphError
from ipgraph.queries import QueryCatalog
from ipgraph.store import OxigraphStore

HERE = Path(__file__).resolve().parent


class Service:
    """What the routes share: settings, the build, the stored queries, the query pool, templates."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.build_dir = current_build(settings)
        self.manifest = json.loads((self.build_dir / "manifest.json").read_text(encoding="utf-8"))
        self.build_id = self.manifest["id"]
        self.built_at = (self.build_dir / "manifest.json").stat().st_mtime
        self.catalog = QueryCatalog(settings.queries_dir)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals.update(version=__version__, base_iri=settings.base_iri)
        self.store: OxigraphStore | None = None
        self.pool: QueryPool | None = None

    async def start(self) -> None:
        self.store = OxigraphStore.from_build(self.build_dir)
        s = self.settings
        self.pool = QueryPool(self.store, s.query_workers, s.query_timeout_ms / 1000, s.queue_timeout_ms / 1000)
        await self.pool.start()

    async def close(self) -> None:
        if self.pool:
            await self.pool.close()

    async def run(self, req: dict) -> dict:
        assert self.pool is not None
        return await self.pool.run(req)

    # -- caching headers ----------------------------------------------------------------------
    def etag(self, request: Request, extra: str = "") -> str:
        key = f"{self.build_id}|{request.url.path}|{request.url.query}|{request.headers.get('accept', '')}|{extra}"
        return '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'

    def cache_headers(self, request: Request, extra: str = "") -> dict[str, str]:
        return {"ETag": self.etag(request, extra), "Last-Modified": formatdate(self.built_at, usegmt=True),
                "Cache-Control": "public, max-age=60"}

    def not_modified(self, request: Request, extra: str = "") -> Response | None:
        inm = request.headers.get("if-none-match")
        if inm and self.etag(request, extra) in [t.strip() for t in inm.split(",")]:
            return Response(status_code=304, headers=self.cache_headers(request, extra))
        return None


def error_response(status: int, message: str, request: Request | None = None) -> Response:
    """The error envelope everywhere: JSON, or plain text for clients that do not take JSON."""
    accept = (request.headers.get("accept", "") if request else "").lower()
    if accept and "json" not in accept and "*/*" not in accept and ("text/plain" in accept or "text/csv" in accept
                                                                     or "text/html" in accept):
        return Response(f"Error {status}: {message}\n", status_code=status, media_type="text/plain; charset=utf-8")
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await service.start()
        app.state.started = time.time()
        try:
            yield
        finally:
            await service.close()

    app = FastAPI(title="ipgraph", version=__version__, lifespan=lifespan,
                  description="A knowledge graph of Chinese intellectual-property policy: SPARQL 1.1 Protocol, "
                              "stored queries and linked data. The default graph is the union of all graphs.")
    app.state.service = service

    @app.middleware("http")
    async def limits(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body_bytes:
            return error_response(413, f"request body larger than {settings.max_body_bytes} bytes", request)
        response = await call_next(request)
        vary = response.headers.get("Vary")
        if not vary or "accept" not in vary.lower():
            response.headers["Vary"] = "Accept" + (", " + vary if vary else "")
        return response

    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                           allow_headers=["Accept", "Content-Type"], expose_headers=["ETag", "Link", "X-Truncated"])

    @app.exception_handler(IpgraphError)
    async def ipgraph_error(request: Request, exc: IpgraphError):
        return error_response(getattr(exc, "status", 400), str(exc), request)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"parameter {loc!r}: {err.get('msg')}")
        return error_response(400, "; ".join(parts) or "bad request", request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail), request)

    @app.exception_handler(Exception)
    async def last_resort(request: Request, exc: Exception):  # a bug: the server stays up
        return error_response(500, f"internal error ({type(exc).__name__}); the server is still running", request)

    from api.routes import meta, queries, resources, sparql

    app.include_router(sparql.router)
    app.include_router(queries.make_router(service))
    app.include_router(resources.router)
    app.include_router(meta.router)
    static = HERE / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
