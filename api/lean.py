"""The lean path: SPARQL queries and /-/health answered in plain ASGI, before FastAPI's routing, dependency
and validation layers and the middleware stack, which cost about a millisecond a request on a 2-core
machine (a lookup itself takes a tenth of that).

A request takes this path only when nothing about it needs those layers: GET or POST on /sparql with a
query, or GET /-/health, with no Origin header (CORS), no If-None-Match (ETag revalidation) and a
Content-Length within the limit. It is read by the same rules as the /sparql route
(api.routes.sparql.query_message); a request those rules refuse, and every other request, goes on to the
application unchanged (its body replayed), which answers it — errors included — as it always does. So
the two paths cannot disagree on what a request means, and a kept answer is written straight from here.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from starlette.requests import Request

from api.asgi import read_body, replay
from api.errors import error_response, status_of
from api.routes.sparql import ProtocolRequest, answer_headers, dataset_tag, query_message
from ipgraph.errors import IpgraphError

_SKIP_HEADERS = (b"origin", b"if-none-match", b"transfer-encoding")


class LeanPath:
    def __init__(self, app, service):
        self.app, self.service = app, service
        # what the application's middleware says every response varies by: the Accept header (api.app.Limits)
        # and, where cross-origin requests are allowed, the Origin header (Starlette's CORS middleware)
        cors = any(o.strip() for o in service.settings.cors_origins.split(","))
        self.vary = b"Accept, Origin" if cors else b"Accept"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] not in ("/sparql", "/-/health") \
                or scope["method"] not in ("GET", "POST") or self.service.current is None:
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        if any(h in headers for h in _SKIP_HEADERS):
            return await self.app(scope, receive, send)
        snap = self.service.current
        if scope["path"] == "/-/health":
            if scope["method"] != "GET":
                return await self.app(scope, receive, send)
            return await _write(send, self.vary, "application/json", {}, json.dumps(self.service.health(snap)).encode())
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.service.settings.max_body_bytes:
            return await self.app(scope, receive, send)
        body, messages = await read_body(receive)
        req = ProtocolRequest(scope["method"], parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True),
                              headers.get(b"content-type", b"").decode("latin-1"), body,
                              headers[b"accept"].decode("latin-1") if b"accept" in headers else None)
        try:
            msg = query_message(req, self.service.settings, _endpoint(scope, headers))
        except (IpgraphError, UnicodeDecodeError):
            msg = None
        if msg is None:  # the query UI, the service description, or an error the application words
            return await self.app(scope, replay(messages, receive), send)
        scope.setdefault("state", {})["snap"] = snap
        try:
            resp = await snap.pool.run(msg)
        except IpgraphError as e:
            response = error_response(status_of(e), str(e), Request(scope))
            return await response(scope, replay([], receive), send)
        ctype, extra = answer_headers(resp)
        if scope["method"] == "GET":  # the ETag the route would give it (Service.etag of the same request)
            etag = self.service.etag_of(snap, scope["path"], scope["query_string"].decode("utf-8", "replace"),
                                        req.accept or "", dataset_tag(msg))
            extra.update(self.service.cache_headers_of(snap, etag))
        await _write(send, self.vary, ctype, extra, resp.body or b"")


def _endpoint(scope, headers: dict) -> str:
    """The URL of /sparql as the client reached it (the base IRI of its query), as Starlette's url_for
    writes it."""
    host = headers.get(b"host", b"").decode("latin-1")
    if not host:
        server = scope.get("server") or ("localhost", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}/sparql"


async def _write(send, vary: bytes, ctype: str, headers: dict[str, str], body: bytes) -> None:
    """A 200 response."""
    raw = [(b"content-type", ctype.encode("latin-1")), (b"content-length", str(len(body)).encode()),
           (b"vary", vary)] + [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": 200, "headers": raw})
    await send({"type": "http.response.body", "body": body})
