"""Content negotiation: Accept headers with q-values and wildcards."""

from __future__ import annotations


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges in order of preference: [(type, q)], most specific first on ties."""
    if not header:
        return [("*/*", 1.0)]
    out = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        media = bits[0].lower()
        if not media:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        out.append((media, q, specificity, i))
    out.sort(key=lambda x: (-x[1], -x[2], x[3]))
    return [(m, q) for m, q, _, _ in out]


def _matches(rng: str, media: str) -> bool:
    if rng == "*/*":
        return True
    if rng.endswith("/*"):
        return media.split("/")[0] == rng[:-2]
    return rng == media


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers, or None (406). offered[0] is the default for */*."""
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for media in offered:
        # the q of the most specific range that matches this media type
        q = None
        for rng, rq in sorted(ranges, key=lambda r: 0 if r[0] == "*/*" else 1 if r[0].endswith("/*") else 2,
                              reverse=True):
            if _matches(rng, media):
                q = rq
                break
        if q is not None and q > best_q:
            best, best_q = media, q
    return best


def prefers_html(accept: str | None) -> bool:
    """A browser: text/html named explicitly and preferred to the machine formats."""
    if not accept or "text/html" not in accept.lower():
        return False
    return negotiate(accept, ["text/html", "application/json", "text/turtle"]) == "text/html"


def choose_format(request, ext: str | None, formats: dict[str, str], what: str) -> str:
    """The format of a response, as the house style orders it: the URL's extension, then `?_format=`,
    then Accept (HTML for browsers), else 406. formats maps extensions to media types."""
    from ipgraph.errors import IpgraphError, NotAcceptable, ResourceNotFound

    if ext:
        if ext not in formats:
            raise ResourceNotFound(f"no .{ext} form of {what}; use one of " + ", ".join("." + e for e in formats))
        return ext
    fmt = request.query_params.get("_format")
    if fmt:
        if fmt not in formats:
            raise IpgraphError(f"unknown _format {fmt!r}; use one of {', '.join(formats)}")
        return fmt
    accept = request.headers.get("accept")
    if "html" in formats and prefers_html(accept):
        return "html"
    offered = [m for e, m in formats.items() if e != "html"] + (["text/html"] if "html" in formats else [])
    if "jsonld" in formats and "application/json" not in formats.values():
        offered.append("application/json")  # a JSON client gets JSON-LD, which is JSON
    media = negotiate(accept, offered)
    if media == "application/json" and "application/json" not in formats.values():
        return "jsonld"
    if media is None:
        raise NotAcceptable(f"{what} is served as " + ", ".join(formats.values()))
    return next(e for e, m in formats.items() if m == media)
