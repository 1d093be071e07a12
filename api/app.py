"""create_app(settings): the FastAPI application over the current build of a home.

The app reads what `ipgraph build` wrote (builds/<id>/dataset.nq) and never writes
to it. Queries run in killable worker processes (api.pool) under a hard time limit.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import sys
import tempfile
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from api.asgi import BodyLimit, too_large
from api.errors import install_handlers
from api.messages import Answer, Evaluation
from api.pool import QueryPool
from ipgraph import __version__
from ipgraph.config import Settings
from ipgraph.errors import IpgraphError
from ipgraph.home import MANIFEST, STORES, current_build, dataset, manifest, search_index
from ipgraph.iris import Minter
from ipgraph.queries import QueryCatalog, names_table
from ipgraph.search import SearchIndex
from ipgraph.serialize import compact_iri
from ipgraph.store import OxigraphStore, RemoteStore, Store

HERE = Path(__file__).resolve().parent


@dataclass
class Snapshot:
    """One build as served: its files, its store and the workers forked from it."""

    build_dir: Path
    manifest: dict
    built_at: float
    store: Store
    pool: QueryPool
    search: SearchIndex | None = None  # the build's full-text index (a build made before it has none)
    names: dict | None = None  # what parameters that name entities are matched against (Service.names)

    @functools.cached_property
    def dump_dir(self) -> Path:
        """Where the dumps written from this build (TriG, Turtle) are kept while it is served."""
        self._dumps = tempfile.TemporaryDirectory(prefix=f"ipgraph-dumps-{self.build_id}-")
        return Path(self._dumps.name)

    @property
    def build_id(self) -> str:
        return self.manifest["id"]

    @functools.cached_property
    def last_modified(self) -> str:
        return formatdate(self.built_at, usegmt=True)


class BaseMismatch(IpgraphError):
    status = 503


def check_base(settings: Settings, build_dir: Path) -> None:
    """A build is served under the base IRI it was built with: its IRIs are that base's, and the service links
    those under its own base to its pages (under another, every local link would be broken)."""
    built = manifest(build_dir).get("base_iri")
    if built and built != settings.base_iri:
        raise BaseMismatch(f"the build {build_dir.name} of {settings.home} was made under the base IRI {built}, and "
                           f"the service is set to {settings.base_iri}: serve it with IPGRAPH_BASE_IRI={built}, "
                           "or build again under the new base")


class Service:
    """What the routes share: settings, the stored queries, templates, and the current snapshot.

    A request works on the snapshot current when it arrived (request.state.snap), so it never sees two
    builds; a new build of the home is picked up by swapping the snapshot (watch()).
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        check_base(settings, current_build(settings))  # fail early, with a message: no build, or another base
        self.catalog = QueryCatalog(settings.queries_dir)
        self.mint = Minter(settings.base_iri)  # the IRIs of the graph, and the local page of each
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals.update(version=__version__, base_iri=settings.base_iri, compact=compact_iri)
        self.current: Snapshot | None = None
        self.swaps = 0
        self.refused: Path | None = None  # a new build not swapped in (its base IRI differs), said once

    @functools.cached_property
    def ontology(self):
        """The ontology (an rdflib graph), for its page and its RDF."""
        from rdflib import Graph

        return Graph().parse(self.settings.ontology_dir / "ipo.ttl")

    async def _open(self, build_dir: Path) -> Snapshot:
        built = manifest(build_dir)
        s = self.settings
        if s.sparql_endpoint:
            store = RemoteStore(s.sparql_endpoint, timeout_s=s.query_timeout_ms / 1000 + 1)
        elif s.store_dir or (s.disk_store_above_mb and dataset(build_dir).stat().st_size > s.disk_store_above_mb * 1_000_000):
            store = await asyncio.to_thread(OxigraphStore.on_disk, build_dir, s.store_dir or Path(s.home) / STORES)
        else:
            store = await asyncio.to_thread(OxigraphStore.from_build, build_dir)
        pool = QueryPool(store, s.query_workers, s.query_timeout_ms / 1000, s.queue_timeout_ms / 1000,
                         s.express_workers, s.express_budget_ms / 1000, s.result_cache_mb * 1_000_000)
        await pool.start()
        index = search_index(build_dir)
        return Snapshot(build_dir, built, (build_dir / MANIFEST).stat().st_mtime, store, pool,
                        SearchIndex(index) if index.is_file() else None)

    async def start(self) -> None:
        self.current = await self._open(current_build(self.settings))

    async def close(self) -> None:
        if self.current:
            await self.current.pool.close()

    async def watch(self) -> None:
        """Pick up a new build of the home: load it beside the old one, then swap atomically."""
        while True:
            await asyncio.sleep(self.settings.reload_interval_ms / 1000)
            try:
                latest = current_build(self.settings)
            except IpgraphError:
                continue  # no build (a failed build never removes the good one; keep serving it)
            if self.current is None or latest == self.current.build_dir:
                continue
            try:
                check_base(self.settings, latest)
                new = await self._open(latest)
            except Exception as e:  # a half-written or unreadable build, or one of another base: keep serving
                if isinstance(e, BaseMismatch) and self.refused != latest:
                    self.refused = latest
                    print(f"ipgraph: not serving the new build: {e}", file=sys.stderr, flush=True)
                continue
            old, self.current = self.current, new
            self.swaps += 1
            asyncio.get_running_loop().create_task(old.pool.drain_and_close())

    def snap(self, request: Request) -> Snapshot:
        snap = getattr(request.state, "snap", None)
        if snap is None:
            snap = request.state.snap = self.current
        return snap

    async def run(self, msg: Evaluation, request: Request) -> Answer:
        return await self.snap(request).pool.run(msg)

    async def names(self, request: Request) -> dict[str, dict[str, str]]:
        """The names stored-query parameters are matched against, read once per build."""
        snap = self.snap(request)
        if snap.names is None:
            from api.messages import Rows

            q = self.catalog.get("pages/labels")
            answer = await self.run(Rows(q.text, {}, max_rows=200_000), request)
            snap.names = names_table((row[0]["value"], row[1]["value"]) for row in answer.rows if row[0] and row[1])
        return snap.names

    def health(self, snap: Snapshot) -> dict:
        """/-/health: the build served and what its pool has done."""
        return {"ok": True, "build": snap.build_id, "workers": snap.pool.size, "express_workers": snap.pool.express_size,
                "express_runs": snap.pool.express_runs, "workers_replaced": snap.pool.killed,
                "answers_from_cache": snap.pool.cache_hits, "builds_swapped_in": self.swaps}

    # -- caching headers ----------------------------------------------------------------------
    def etag(self, request: Request, extra: str = "") -> str:
        return self.etag_of(self.snap(request), request.url.path, request.url.query,
                            request.headers.get("accept", ""), extra)

    @staticmethod
    def etag_of(snap: Snapshot, path: str, query: str, accept: str, extra: str = "") -> str:
        """The ETag of an answer: the build, the URL, the Accept header and what else it depends on."""
        key = f"{snap.build_id}|{path}|{query}|{accept}|{extra}"
        return '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'

    def cache_headers(self, request: Request, extra: str = "") -> dict[str, str]:
        return self.cache_headers_of(self.snap(request), self.etag(request, extra))

    @staticmethod
    def cache_headers_of(snap: Snapshot, etag: str) -> dict[str, str]:
        return {"ETag": etag, "Last-Modified": snap.last_modified, "Cache-Control": "public, max-age=60"}

    def not_modified(self, request: Request, extra: str = "") -> Response | None:
        inm = request.headers.get("if-none-match")
        if inm and self.etag(request, extra) in [t.strip() for t in inm.split(",")]:
            return Response(status_code=304, headers=self.cache_headers(request, extra))
        return None


class _App(FastAPI):
    """The application, with the lean path (api.lean) in front of its whole middleware stack."""

    def build_middleware_stack(self):
        from api.lean import LeanPath

        return LeanPath(super().build_middleware_stack(), self.state.service)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await service.start()
        app.state.started = time.time()
        watcher = asyncio.get_running_loop().create_task(service.watch())
        try:
            yield
        finally:
            watcher.cancel()
            await service.close()

    app = _App(title="ipgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="A knowledge graph of Chinese intellectual-property policy: SPARQL 1.1 Protocol, "
                              "stored queries and linked data. The default graph is the union of all graphs.")
    app.state.service = service

    app.add_middleware(Limits, service=service)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                           allow_headers=["Accept", "Content-Type"], expose_headers=["ETag", "Link", "X-Truncated"])

    install_handlers(app)

    from api.routes import browse, corrections, meta, queries, resources, sparql

    app.include_router(sparql.router)
    app.include_router(queries.make_router(service))
    app.include_router(resources.router)
    app.include_router(browse.router)
    app.include_router(corrections.router)
    app.include_router(meta.router)
    @app.get("/docs", include_in_schema=False)
    async def docs():  # Swagger UI from /static (vendored from npm): the documentation works offline
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(openapi_url=app.openapi_url, title="ipgraph API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})

    static = HERE / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


class Limits:
    """Every request: the snapshot it works on (request.state.snap), a body whose Content-Length is past the
    limit refused with 413 before it is read, and `Vary: Accept` on every response (the same URL answers
    in several formats). Plain ASGI, not an http middleware of Starlette, which would run each request
    in a task of its own and wrap its response in a stream."""

    def __init__(self, app, service: Service):
        self.app, self.service = app, service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.service.current is not None:
            scope.setdefault("state", {})["snap"] = self.service.current
        limit = self.service.settings.max_body_bytes
        for k, v in scope.get("headers", ()):
            if k == b"content-length" and v.isdigit() and int(v) > limit:
                return await too_large(scope, limit)(scope, receive, send)

        async def send_varied(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                at = next((i for i, (k, _) in enumerate(headers) if k.lower() == b"vary"), None)
                if at is None:
                    headers.append((b"vary", b"Accept"))
                elif b"accept" not in headers[at][1].lower():
                    headers[at] = (b"vary", b"Accept, " + headers[at][1])
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_varied)
