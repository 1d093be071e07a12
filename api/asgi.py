"""Plain ASGI pieces both paths of the service use (the application's middleware and api.lean): reading a
request body within the limit, and replaying what was read to the application."""

from __future__ import annotations

from api.errors import error_response


async def read_body(receive, limit: int | None = None) -> tuple[bytes | None, list[dict]]:
    """The body and the messages it came in; None for the body once it grows past limit (what was read
    is kept in the messages)."""
    messages, chunks, size = [], [], 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if limit is not None and size > limit:
            return None, messages
        if not message.get("more_body"):
            break
    return b"".join(chunks), messages


def replay(messages: list[dict], receive):
    """A receive that gives the messages already read, then the rest of the request's."""
    async def replayed():
        return messages.pop(0) if messages else await receive()
    return replayed


def too_large(scope, limit: int):
    """The 413 response to a body past the limit."""
    from starlette.requests import Request

    return error_response(413, f"request body larger than {limit} bytes", Request(scope))


class BodyLimit:
    """A request body without Content-Length (chunked) is read here, counting its bytes as they arrive: past
    the limit the client gets 413 and the app never sees the request; within it, the app reads the body as
    sent. (A body with Content-Length is checked against the header in the limits middleware.)"""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or any(k == b"content-length" for k, _ in scope.get("headers", ())):
            return await self.app(scope, receive, send)
        body, messages = await read_body(receive, self.limit)
        if body is None:
            return await too_large(scope, self.limit)(scope, receive, send)
        await self.app(scope, replay(messages, receive), send)
