"""/sparql: the SPARQL 1.1 Protocol query operation (read-only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs, parse_qsl

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, Namespace

from api.conneg import negotiate, prefers_html
from api.errors import Refused
from api.messages import Answer, Serialised
from api.pool import GRAPH_TYPES, RESULT_TYPES
from ipgraph import formats
from ipgraph.errors import IpgraphError, QueryError, UnsupportedMediaType
from ipgraph.query_limits import check_query
from ipgraph.serialize import jsonld_profile

router = APIRouter(tags=["SPARQL"])
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_SKIP = re.compile(r"\s+|#[^\n]*")
_PROLOGUE = re.compile(r"(?i)(?:PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)")
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_UPDATE_WORD = re.compile(r"(?i)(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


def is_update(query: str) -> bool:
    """Whether the request is a SPARQL Update: its first keyword after the prologue (linear scan)."""
    pos = 0
    while pos < len(query):
        m = _SKIP.match(query, pos) or _PROLOGUE.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return bool(_UPDATE_WORD.match(query, pos))


DESCRIPTION_TYPES = [formats.media(f) for f in formats.TRIPLES]


def _service(request: Request):
    return request.app.state.service


FORMAT_MEDIA, MEDIA_ALIASES = formats.CLIENT_NAMES, formats.MEDIA_ALIASES
FORMAT_PARAMS = ("format", "output", "results")


def _format_accept(value: str) -> str | None:
    """The media types one `format=` value names: a name, a media type, or media types separated by commas
    (SPARQLWrapper sends "application/ld+json,application/x-json+ld"). None for a value not understood."""
    v = value.strip().lower()
    if v in FORMAT_MEDIA:
        return FORMAT_MEDIA[v]
    if "/" not in v:
        return None
    medias = [MEDIA_ALIASES.get(m.split(";")[0].strip(), m.strip()) for m in v.split(",") if m.strip()]
    return ", ".join(medias) or None


def format_choice(values: list[str], accept: str | None) -> tuple[str | None, str | None]:
    """The results and graph media types of a request: what its format parameters name, else Accept.

    A value the server does not understand falls back to Accept (as Fuseki and Virtuoso do); values that name the
    same format are one request (SPARQLWrapper repeats it in three parameters, by name and by media type); values
    that name different formats are refused."""
    results: set[str] = set()
    graphs: set[str] = set()
    for v in values:
        named = _format_accept(v)
        if named is None:
            continue
        r, g = negotiate(named, list(RESULT_TYPES)), negotiate(named, list(GRAPH_TYPES))
        results |= {r} if r else set()
        graphs |= {g} if g else set()
    if len(results) > 1 or len(graphs) > 1:
        raise IpgraphError("give the format once: the request's `format`, `output` or `results` parameters name "
                           f"different formats ({', '.join(sorted(results if len(results) > 1 else graphs))})")
    return (next(iter(results)) if results else negotiate(accept, list(RESULT_TYPES)),
            next(iter(graphs)) if graphs else negotiate(accept, list(GRAPH_TYPES)))


@dataclass(frozen=True)
class ProtocolRequest:
    """A SPARQL Protocol query request as the client sent it: the method, the URL's parameters, the body's
    media type and bytes, and the Accept header. Plain values, so that the route and the lean path of
    api.lean read requests by the one set of rules below."""

    method: str
    params: list[tuple[str, str]]  # the URL's query string, in order
    content_type: str = ""
    body: bytes = b""
    accept: str | None = None

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.params if k == name]


def query_message(req: ProtocolRequest, settings, base: str) -> Serialised | None:
    """The message for the pool that a protocol request asks for, checked (IpgraphError otherwise); None for
    a GET without a query (the query UI or the service description)."""
    default_graphs, named_graphs = req.values("default-graph-uri"), req.values("named-graph-uri")
    form_formats: list[str] = []
    if req.method in ("GET", "HEAD"):
        if req.values("update"):
            raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
        queries = req.values("query")
        if not queries:
            return None
        if len(queries) > 1:
            raise IpgraphError("give exactly one query: the request has several `query` parameters")
        query = queries[0]
    else:
        if req.values("query"):
            raise IpgraphError("give exactly one query: send it in the body of a POST, not also in the URL")
        ctype = req.content_type.split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(req.body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError as e:
                raise IpgraphError(f"the form body is not UTF-8 (invalid byte at offset {e.start})") from e
            if "update" in form:
                raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
            queries = form.get("query", [])
            if len(queries) > 1:
                raise IpgraphError("give exactly one query: the form has several `query` fields")
            default_graphs += form.get("default-graph-uri", [])
            named_graphs += form.get("named-graph-uri", [])
            form_formats = [v for name in FORMAT_PARAMS for v in form.get(name, [])]
            query = queries[0] if queries else None
        elif ctype == "application/sparql-query":
            try:
                query = req.body.decode("utf-8")
            except UnicodeDecodeError as e:
                raise IpgraphError(f"the query body is not UTF-8 (invalid byte at offset {e.start})") from e
        elif ctype == "application/sparql-update":
            raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
        else:
            raise UnsupportedMediaType("send the query as application/x-www-form-urlencoded or application/sparql-query")
    if not query or not query.strip():
        raise IpgraphError("no query: give one as ?query=, as the form field `query`, or as an "
                           "application/sparql-query body")
    if is_update(query):  # an update in the query slot is a query that does not parse (Protocol 2.1.7)
        raise QueryError("the query is a SPARQL Update, which does not parse as a query: this endpoint is "
                         "read-only and answers queries only")
    check_query(query, settings.max_query_depth, settings.max_query_chain)
    for g in default_graphs + named_graphs:
        if not _ABSOLUTE_IRI.match(g):
            raise IpgraphError(f"graph IRI {g!r} is not an absolute IRI")
    formats = [v for name in FORMAT_PARAMS for v in req.values(name)] + form_formats
    results_media, graph_media = format_choice(formats, req.accept)
    return Serialised(query, default_graphs=tuple(default_graphs), named_graphs=tuple(named_graphs), base=base,
                      results_media=results_media, graph_media=graph_media,
                      jsonld_profile=jsonld_profile(", ".join(formats + [req.accept or ""])))


def dataset_tag(msg: Serialised) -> str:
    """What, beside the URL and Accept, an answer's ETag depends on: the query and its dataset."""
    return msg.text + "|".join(msg.default_graphs + msg.named_graphs)


def answer_headers(resp: Answer) -> tuple[str, dict[str, str]]:
    """The Content-Type of an answer and its X-Query-Time-Ms header."""
    media = resp.media or "application/octet-stream"
    ctype = media + ("; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else "")
    return ctype, {"X-Query-Time-Ms": str(resp.elapsed_ms)}


async def protocol_request(request: Request) -> ProtocolRequest:
    return ProtocolRequest(request.method, parse_qsl(request.url.query, keep_blank_values=True),
                           request.headers.get("content-type", ""),
                           await request.body() if request.method == "POST" else b"", request.headers.get("accept"))


async def _answer(request: Request, msg: Serialised) -> Response:
    service = _service(request)
    if request.method == "GET":
        cached = service.not_modified(request, dataset_tag(msg))
        if cached is not None:
            return cached
    resp = await service.run(msg, request)
    ctype, headers = answer_headers(resp)
    if request.method == "GET":
        headers.update(service.cache_headers(request, dataset_tag(msg)))
    return Response(resp.body, media_type=ctype, headers=headers)


def service_description(request: Request) -> Graph:
    base = str(request.url_for("sparql_get"))
    g = Graph()
    g.bind("sd", SD)
    s, ds, dg = URIRef(base), BNode(), BNode()
    g.add((s, RDF.type, SD.Service))
    g.add((s, SD.endpoint, URIRef(base)))
    g.add((s, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((s, SD.feature, SD.UnionDefaultGraph))
    for media in list(RESULT_TYPES) + list(GRAPH_TYPES):
        g.add((s, SD.resultFormat, Literal(media)))
    g.add((s, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    return g


@router.get("/sparql", name="sparql_get", summary="SPARQL query (GET), UI or service description",
            description="SPARQL 1.1 Protocol query via GET. Without `query`: the query UI for browsers, the service "
                        "description otherwise. `default-graph-uri` and `named-graph-uri` set the dataset of the "
                        "query; without them the default graph is the union of all graphs.")
async def sparql_get(
    request: Request,
    query: Annotated[str | None, Query(description="The SPARQL query")] = None,
    default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri",
                                                         description="IRI of a graph making up the default graph")] = None,
    named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri",
                                                       description="IRI of a graph the GRAPH clause may reach")] = None,
    format: Annotated[str | None, Query(description="The answer's format instead of Accept (as Fuseki; also `output=`, "
                                                    "`results=`): json, xml, csv, tsv, text for SELECT and ASK; ttl, n3, "
                                                    "nt, jsonld, rdfxml, trig for graphs; or a media type. A value not "
                                                    "understood leaves the choice to Accept.")] = None,
) -> Response:
    msg = query_message(await protocol_request(request), _service(request).settings,
                        str(request.url_for("sparql_get")))
    if msg is not None:
        return await _answer(request, msg)
    if prefers_html(request.headers.get("accept")):
        from api.routes.meta import ui_context

        return _service(request).templates.TemplateResponse(request, "ui.html", ui_context(_service(request)))
    media = negotiate(request.headers.get("accept"), DESCRIPTION_TYPES)
    if media is None:
        raise IpgraphError("the service description is available as " + ", ".join(DESCRIPTION_TYPES))
    fmt = formats.RDFLIB[formats.GRAPH_MEDIA[media]]
    return Response(service_description(request).serialize(format=fmt), media_type=media)


@router.post("/sparql", name="sparql_post", summary="SPARQL query (POST)",
             description="SPARQL 1.1 Protocol query via POST, as `application/x-www-form-urlencoded` (field `query`) "
                         "or as an `application/sparql-query` body. Updates are refused with 403.")
async def sparql_post(request: Request) -> Response:
    return await _answer(request, query_message(await protocol_request(request), _service(request).settings,
                                                str(request.url_for("sparql_get"))))
