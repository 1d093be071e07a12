"""/sparql: the SPARQL 1.1 Protocol query operation (read-only)."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, Namespace

from api.conneg import negotiate, prefers_html
from api.messages import Serialised
from api.pool import GRAPH_TYPES, RESULT_TYPES
from ipgraph.errors import IpgraphError, QueryError
from ipgraph.query_limits import check_query

router = APIRouter(tags=["SPARQL"])
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_SKIP = re.compile(r"\s+|#[^\n]*")
_PROLOGUE = re.compile(r"(?i)(?:PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)")
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


DESCRIPTION_TYPES = ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]


class Refused(IpgraphError):
    status = 403


def _service(request: Request):
    return request.app.state.service


FORMAT_MEDIA = {"json": "application/sparql-results+json, application/ld+json;q=0.9",
                "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "ttl": "text/turtle", "turtle": "text/turtle",
                "nt": "application/n-triples", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml", "trig": "application/trig", "nq": "application/n-quads"}


def _format_override(request: Request, form_format: str | None) -> str | None:
    """`format=` (or `output=`, as Fuseki names it) in the URL or the form: the media type it names, in
    place of the Accept header, so that a URL alone says what comes back (pandas.read_csv(url))."""
    values = request.query_params.getlist("format") + request.query_params.getlist("output")
    if form_format:
        values.append(form_format)
    if not values:
        return None
    if len({v.strip().lower() for v in values}) > 1:  # the same one twice is fine (SPARQLWrapper sends format and output)
        raise IpgraphError("give the format once: the request has `format` or `output` parameters that differ")
    fmt = values[0].strip().lower()
    if fmt in FORMAT_MEDIA:
        return FORMAT_MEDIA[fmt]
    if "/" in fmt:
        return fmt  # a media type written out
    raise IpgraphError(f"unknown format {values[0]!r}; use one of {', '.join(sorted(FORMAT_MEDIA))} or a media type")


async def _run(request: Request, query: str | None, default_graphs: list[str], named_graphs: list[str],
               form_format: str | None = None) -> Response:
    if not query or not query.strip():
        raise IpgraphError("no query: give one as ?query=, as the form field `query`, or as an "
                           "application/sparql-query body")
    if is_update(query):  # an update in the query slot is a query that does not parse (Protocol 2.1.7)
        raise QueryError("the query is a SPARQL Update, which does not parse as a query: this endpoint is "
                         "read-only and answers queries only")
    settings = _service(request).settings
    check_query(query, settings.max_query_depth, settings.max_query_chain)
    for g in default_graphs + named_graphs:
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", g):
            raise IpgraphError(f"graph IRI {g!r} is not an absolute IRI")
    service = _service(request)
    cached = service.not_modified(request, query + "|".join(default_graphs + named_graphs))
    if cached is not None and request.method == "GET":
        return cached
    accept = _format_override(request, form_format) or request.headers.get("accept")
    resp = await service.run(Serialised(query, default_graphs=tuple(default_graphs), named_graphs=tuple(named_graphs),
                                        base=str(request.url_for("sparql_get")),
                                        results_media=negotiate(accept, list(RESULT_TYPES)),
                                        graph_media=negotiate(accept, list(GRAPH_TYPES))), request)
    media = resp.media
    ctype = media + ("; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else "")
    headers = {"X-Query-Time-Ms": str(resp.elapsed_ms)}
    if request.method == "GET":
        headers.update(service.cache_headers(request, query + "|".join(default_graphs + named_graphs)))
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
    format: Annotated[str | None, Query(description="The answer's format instead of Accept (as Fuseki): json, xml, csv, "
                                                    "tsv for SELECT and ASK; ttl, nt, jsonld, rdfxml, trig for graphs")] = None,
) -> Response:
    params = request.query_params
    if "update" in params:
        raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
    if len(params.getlist("query")) > 1:
        raise IpgraphError("give exactly one query: the request has several `query` parameters")
    query = params.get("query")
    if query is None:
        if prefers_html(request.headers.get("accept")):
            from api.routes.meta import ui_context

            return _service(request).templates.TemplateResponse(request, "ui.html", ui_context(_service(request)))
        media = negotiate(request.headers.get("accept"), DESCRIPTION_TYPES)
        if media is None:
            raise IpgraphError("the service description is available as " + ", ".join(DESCRIPTION_TYPES))
        fmt = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml"}[media]
        return Response(service_description(request).serialize(format=fmt), media_type=media)
    return await _run(request, query, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"))


@router.post("/sparql", name="sparql_post", summary="SPARQL query (POST)",
             description="SPARQL 1.1 Protocol query via POST, as `application/x-www-form-urlencoded` (field `query`) "
                         "or as an `application/sparql-query` body. Updates are refused with 403.")
async def sparql_post(request: Request) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    params = request.query_params
    default_graphs, named_graphs = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    if "query" in params:
        raise IpgraphError("give exactly one query: send it in the body of a POST, not also in the URL")
    if ctype == "application/x-www-form-urlencoded":
        try:
            form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError as e:
            raise IpgraphError(f"the form body is not UTF-8 (invalid byte at offset {e.start})") from e
        if "update" in form:
            raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
        queries = form.get("query", [])
        if len(queries) > 1:
            raise IpgraphError("give exactly one query: the form has several `query` fields")
        default_graphs += form.get("default-graph-uri", [])
        named_graphs += form.get("named-graph-uri", [])
        formats = form.get("format", []) + form.get("output", [])
        if len({f.strip().lower() for f in formats}) > 1:
            raise IpgraphError("give the format once: the form has `format` or `output` fields that differ")
        return await _run(request, queries[0] if queries else None, default_graphs, named_graphs,
                          formats[0] if formats else None)
    if ctype == "application/sparql-query":
        body = await request.body()
        try:
            query = body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise IpgraphError(f"the query body is not UTF-8 (invalid byte at offset {e.start})") from e
        return await _run(request, query, default_graphs, named_graphs)
    if ctype == "application/sparql-update":
        raise Refused("SPARQL Update is not accepted: this endpoint is read-only")
    exc = IpgraphError("send the query as application/x-www-form-urlencoded or application/sparql-query")
    exc.status = 415
    raise exc
