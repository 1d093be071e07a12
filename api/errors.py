"""The service's errors: its own error classes with their HTTP status (the project's, ipgraph.errors, carry
theirs), and the one envelope every error is answered in (error_response): a page in the site's layout for a browser, JSON for programs, plain text for clients
that take neither. A bug is a 500 and the server stays up."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.conneg import prefers_html
from ipgraph.errors import IpgraphError


class Refused(IpgraphError):
    """What this read-only service does not do (SPARQL Update)."""

    status = 403


class PoolBusy(IpgraphError):
    """Every query worker is busy."""

    status = 503


class WorkerError(IpgraphError):
    """The query was refused or failed in the worker (a parse error, an unsupported form); its status is the
    worker's (400 for a query that does not parse, 500 for a worker that died)."""

    def __init__(self, message: str, status: int = 400):
        self.status = status
        super().__init__(message)


def status_of(exc: IpgraphError) -> int:
    return getattr(exc, "status", 400)


ERROR_HEADINGS = {400: "That request cannot be answered", 403: "Not allowed here", 404: "Nothing here",
                  406: "Not in a form this address gives", 413: "Too much to take", 415: "Not a form this takes",
                  429: "Too busy just now", 503: "Not ready", 504: "It took too long"}


def error_response(status: int, message: str, request: Request | None = None) -> Response:
    """The error envelope everywhere: a page in the site's layout for a browser, JSON for programs, plain text for
    clients that take neither."""
    accept = (request.headers.get("accept", "") if request else "").lower()
    if request is not None and prefers_html(accept):
        try:
            templates = request.app.state.service.templates
        except (AttributeError, KeyError, AssertionError):
            templates = None
        if templates is not None:
            return templates.TemplateResponse(request, "error.html", {
                "title": f"Error {status}", "status": status, "message": message,
                "heading": ERROR_HEADINGS.get(status, "Something went wrong" if status >= 500 else "Cannot answer that")},
                status_code=status)
    if accept and "json" not in accept and "*/*" not in accept and ("text/plain" in accept or "text/csv" in accept
                                                                     or "text/html" in accept):
        return Response(f"Error {status}: {message}\n", status_code=status, media_type="text/plain; charset=utf-8")
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def install_handlers(app: FastAPI) -> None:
    """Every error as the one envelope (error_response); a bug is a 500 and the server stays up."""

    @app.exception_handler(IpgraphError)
    async def ipgraph_error(request: Request, exc: IpgraphError):
        return error_response(status_of(exc), str(exc), request)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = [_plain_validation(err) for err in exc.errors()]
        return error_response(400, "; ".join(parts) or "bad request", request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"there is no page at {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.url.path} does not take {request.method} requests"
        return error_response(exc.status_code, message, request)

    @app.exception_handler(Exception)
    async def last_resort(request: Request, exc: Exception):  # a bug: the server stays up
        return error_response(500, f"internal error ({type(exc).__name__}); the server is still running", request)


def _plain_validation(err: dict) -> str:
    """A parameter the API's types refuse, in one plain sentence that says what to send instead."""
    loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
    ctx, kind = err.get("ctx") or {}, err.get("type", "")
    given = err.get("input")
    if kind == "string_too_long":
        return f"parameter {loc!r} is too long: give at most {ctx.get('max_length')} characters"
    if kind in ("int_parsing", "int_type"):
        return f"parameter {loc!r} must be a whole number, not {given!r}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = {"greater_than_equal": f"at least {ctx.get('ge')}", "less_than_equal": f"at most {ctx.get('le')}",
                 "greater_than": f"more than {ctx.get('gt')}", "less_than": f"less than {ctx.get('lt')}"}[kind]
        return f"parameter {loc!r} must be {bound}, not {given!r}"
    if kind == "missing":
        return f"parameter {loc!r} is required"
    return f"parameter {loc!r}: {err.get('msg')}"
