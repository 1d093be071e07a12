"""The landing page, health, the ontology and shapes, the VoID description, dumps and the query UI."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, Namespace

from api import charts
from api.conneg import choose_format, prefers_html
from api.messages import GraphIn, Rows
from api.pages import as_dicts
from ipgraph import formats
from ipgraph.errors import ResourceNotFound
from ipgraph.home import dataset
from ipgraph.namespaces import IPO
from ipgraph.serialize import CONTEXT, compact_iri, jsonld_profile, serialize
from ipgraph.store import OxigraphStore

router = APIRouter(tags=["Dataset"])
RDF_OUT = {e: formats.media(f) for e, f in formats.TRIPLE_NAMES.items()}  # a graph of the service's: /void.ttl
DUMPS = formats.DUMPS


def _fmt(request: Request, ext: str | None, html: bool = True) -> str:
    return choose_format(request, ext, RDF_OUT | ({"html": "text/html"} if html else {}), request.url.path)


def _rdf_response(g: Graph, fmt: str, request: Request, name: str) -> Response:
    """An rdflib graph in fmt as every RDF answer of the service is written (prefixes, JSON-LD compacted)."""
    media = RDF_OUT[fmt]
    service = request.app.state.service
    headers = {**service.cache_headers(request, fmt),
               "Link": ", ".join(f'</{name}.{e}>; rel="alternate"; type="{m}"' for e, m in RDF_OUT.items())}
    triples = ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    body = serialize(triples, ox.RdfFormat.from_media_type(media), profile=jsonld_profile(request.headers.get("accept")))
    return Response(body, media_type=media, headers=headers)


@router.get("/context.jsonld", summary="The JSON-LD context of the project",
            description="The prefixes every compacted JSON-LD answer of the service uses (it carries the same "
                        "context inline).")
async def context():
    return JSONResponse(CONTEXT, media_type="application/ld+json",
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/", summary="Landing page")
async def index(request: Request):
    service = request.app.state.service
    m = service.snap(request).manifest
    if prefers_html(request.headers.get("accept")):
        q = service.catalog.get("pages/home_counts")
        rows = as_dicts(await service.run(Rows(q.text, {}), request))
        counts = {r["what"]: int(r["n"]) for r in rows if r["what"] != "year"}
        picture = charts.bars([charts.Bar(r["key"], int(r["n"]), f"/browse/plan?filter={r['key']}")
                               for r in rows if r["what"] == "year"], "Plan measures per plan year")
        return service.templates.TemplateResponse(request, "index.html", {
            "title": "ipgraph", "manifest": m, "queries": service.catalog.all(), "dumps": list(DUMPS),
            "counts": {"agencies": 0, "instruments": 0, **counts}, "picture": picture})
    return JSONResponse({"ok": True, "name": "ipgraph", "build": m["id"], "documents": len(m["documents"]),
                         "quads": m["quads"], "sparql": "/sparql", "queries": "/queries", "void": "/void",
                         "ontology": "/ontology", "shapes": "/shapes", "dumps": [f"/dumps/{d}" for d in DUMPS]})


@router.get("/favicon.ico", include_in_schema=False)
async def favicon():
    return Response(status_code=204)


@router.get("/-/health", summary="Health")
async def health(request: Request):
    service = request.app.state.service
    return service.health(service.snap(request))


def _ontology(request: Request) -> Graph:
    return request.app.state.service.ontology


@router.get("/ontology", summary="The ontology (HTML documentation or RDF)")
@router.get("/ontology.{ext}", include_in_schema=False)
async def ontology(request: Request, ext: str | None = None):
    g = _ontology(request)
    fmt = _fmt(request, ext)
    if fmt != "html":
        return _rdf_response(g, fmt, request, "ontology")
    from ipgraph.serialize import compact_iri

    return request.app.state.service.templates.TemplateResponse(request, "ontology.html", {
        "title": "ipgraph ontology", "ipo": IPO, "compact": compact_iri, **ontology_doc(g)})


def ontology_doc(g: Graph) -> dict:
    ipo = IPO

    def terms(kind):
        out = []
        for s in sorted(set(g.subjects(RDF.type, kind)), key=str):
            if not str(s).startswith(ipo):
                continue
            out.append({"id": str(s)[len(ipo):], "iri": str(s), "label": str(g.value(s, RDFS.label) or ""),
                        "definition": str(g.value(s, SKOS.definition) or ""),
                        "super": [str(o) for o in g.objects(s, RDFS.subClassOf)],
                        "domain": [str(o) for o in g.objects(s, RDFS.domain)],
                        "range": [str(o) for o in g.objects(s, RDFS.range)],
                        "scheme": str(g.value(s, SKOS.inScheme) or "")})
        return out
    onto = next(iter(g.subjects(RDF.type, OWL.Ontology)), None)
    return {"classes": terms(OWL.Class), "object_properties": terms(OWL.ObjectProperty),
            "datatype_properties": terms(OWL.DatatypeProperty), "schemes": terms(SKOS.ConceptScheme),
            "concepts": terms(SKOS.Concept), "version": str(g.value(onto, OWL.versionInfo) or "") if onto else ""}


@router.get("/shapes", summary="The SHACL shapes (Turtle)")
@router.get("/shapes.{ext}", include_in_schema=False)
async def shapes(request: Request, ext: str | None = None):
    service = request.app.state.service
    g = Graph()
    for f in ("ipo-shapes.ttl", "ipo-shapes-recommended.ttl"):
        g.parse(service.settings.ontology_dir / "shapes" / f)
    fmt = _fmt(request, ext)
    if fmt != "html":
        return _rdf_response(g, fmt, request, "shapes")
    return service.templates.TemplateResponse(request, "shapes.html", {"title": "SHACL shapes", "shapes": shapes_doc(g)})


def shapes_doc(g: Graph) -> list[dict]:
    """The node shapes of a shapes graph for people: target, severity, and each property's rules in words."""
    sh = Namespace("http://www.w3.org/ns/shacl#")
    words = {sh.minCount: "at least {} value(s)", sh.maxCount: "at most {} value(s)", sh.datatype: "of type {}",
             sh["class"]: "an instance of {}", sh.nodeKind: "a node of kind {}", sh.minLength: "at least {} character(s)",
             sh.minInclusive: "at least {}", sh.maxInclusive: "at most {}", sh.hasValue: "the value {}",
             sh.pattern: "matching {}", sh["in"]: "one of a list"}

    def severity(node) -> str:
        return str(g.value(node, sh.severity) or sh.Violation).rsplit("#", 1)[-1].lower()

    out = []
    for shape in sorted(set(g.subjects(RDF.type, sh.NodeShape)), key=str):
        props = []
        for p in g.objects(shape, sh.property):
            rules = [w.format(compact_iri(str(v))) for k, w in words.items() for v in g.objects(p, k)]
            props.append({"path": str(g.value(p, sh.path) or ""), "rules": rules, "severity": severity(p),
                          "message": str(g.value(p, sh.message) or "")})
        out.append({"id": str(shape).rsplit("#", 1)[-1], "name": str(g.value(shape, sh.name) or str(shape).rsplit("#", 1)[-1]),
                    "target": str(g.value(shape, sh.targetClass) or ""), "severity": severity(shape),
                    "message": str(g.value(shape, sh.message) or ""), "properties": sorted(props, key=lambda x: x["path"])})
    return out


@router.get("/void", summary="VoID / DCAT description of the dataset, with counts")
@router.get("/void.{ext}", include_in_schema=False)
async def void(request: Request, ext: str | None = None):
    service = request.app.state.service
    fmt = _fmt(request, ext)
    cached = service.not_modified(request, fmt)
    if cached is not None:
        return cached
    root = str(request.base_url).rstrip("/")
    q = service.catalog.get("pages/void")
    subs = q.bind({"dataset": root + "/void#dataset", "sparql": root + "/sparql", "dump": root + "/dumps/ipgraph.nq",
                   "uri_space": service.mint.resource(""), "vocabulary": IPO})
    resp = await service.run(GraphIn(q.text, subs), request)
    g = Graph().parse(data=resp.body.decode("utf-8"), format="nt")
    ours = service.mint.graphs()
    for subset in list(g.objects(URIRef(root + "/void#dataset"), URIRef("http://rdfs.org/ns/void#subset"))):
        if not str(subset).startswith(ours):  # a graph of the store's own (Virtuoso keeps several), not the dataset's
            g.remove((None, None, subset))
            g.remove((subset, None, None))
    g.bind("void", "http://rdfs.org/ns/void#")
    g.bind("dcat", "http://www.w3.org/ns/dcat#")
    g.bind("dcterms", "http://purl.org/dc/terms/")
    if fmt != "html":
        return _rdf_response(g, fmt, request, "void")
    ds = URIRef(root + "/void#dataset")
    vo = "http://rdfs.org/ns/void#"
    stats = {k: g.value(ds, URIRef(vo + k)) for k in ("triples", "entities", "properties", "classes")}
    graphs = sorted(((str(g.value(s, URIRef("http://purl.org/dc/terms/identifier"))), int(g.value(s, URIRef(vo + "triples"))))
                     for s in g.objects(ds, URIRef(vo + "subset"))), key=lambda x: x[0])
    classes = sorted(((str(g.value(p, URIRef(vo + "class"))), int(g.value(p, URIRef(vo + "entities"))))
                      for p in g.objects(ds, URIRef(vo + "classPartition"))), key=lambda x: (-x[1], x[0]))
    return service.templates.TemplateResponse(request, "void.html", {
        "title": "Dataset description", "stats": stats, "graphs": graphs, "classes": classes}, headers={
            "Link": ", ".join(f'</void.{e}>; rel="alternate"; type="{m}"' for e, m in RDF_OUT.items())})


@router.get("/dumps", summary="The downloadable dumps")
async def dumps(request: Request, _format: str | None = None):
    service = request.app.state.service
    holds = {"ipgraph.nq": "every named graph, a line a statement", "ipgraph.trig": "every named graph, with prefixes",
             "ipgraph.ttl": "the union of the graphs, with prefixes"}
    items = [{"name": n, "url": f"/dumps/{n}", "media_type": formats.media(f), "holds": holds.get(n, "")}
             for n, f in DUMPS.items()]
    if _format == "html" or (_format is None and prefers_html(request.headers.get("accept"))):
        return service.templates.TemplateResponse(request, "dumps.html", {
            "title": "Dumps", "dumps": items, "build": service.snap(request).build_id,
            "base": str(request.base_url).rstrip("/")})
    return JSONResponse({"ok": True, "dumps": [{k: d[k] for k in ("url", "media_type")} for d in items]})


@router.get("/dumps/{name}", summary="Download the whole dataset (N-Quads, TriG or Turtle)")
async def dump(name: str, request: Request):
    service = request.app.state.service
    if name not in DUMPS:
        raise ResourceNotFound(f"no dump {name!r}; dumps: {', '.join(DUMPS)}")
    fmt = DUMPS[name]
    media = formats.media(fmt)
    headers = service.cache_headers(request)
    if fmt == ox.RdfFormat.N_QUADS:  # the build's own file
        return FileResponse(dataset(service.snap(request).build_dir), media_type=media, filename=name, headers=headers)
    path = await _generated_dump(service, service.snap(request), name, fmt)
    return FileResponse(path, media_type=media, filename=name, headers=headers)


_DUMP_LOCK = asyncio.Lock()


async def _generated_dump(service, snap, name: str, fmt) -> Path:
    """TriG (every graph) or Turtle (the union) written once per build, in the snapshot's directory."""
    async with _DUMP_LOCK:
        path = snap.dump_dir / name
        if not path.exists():
            def write() -> None:
                tmp = path.with_suffix(".tmp")
                src = str(dataset(snap.build_dir))
                if fmt == ox.RdfFormat.TURTLE:  # the union: the default graph of the served store
                    if isinstance(snap.store, OxigraphStore):
                        snap.store.dump_union(tmp, fmt)
                    else:  # a remote store: the union of the build, in a store of its own for the while
                        OxigraphStore.from_build(snap.build_dir).dump_union(tmp, fmt)
                else:
                    ox.serialize(ox.parse(path=src, format=ox.RdfFormat.N_QUADS), str(tmp), format=fmt)
                tmp.replace(path)
            await asyncio.to_thread(write)
        return path


def example_value(p) -> str | None:
    """A value of a parameter to start from: the first example its description gives in parentheses, when it
    has the parameter's type ("acronym (SIPO, CNIPA)" gives SIPO)."""
    import re

    m = re.search(r"\(([^(),]+?)[,)]", p.description or "")
    value = m.group(1).strip() if m else (p.default or None)
    if value is None:
        return None
    checks = {"year": r"\d{4}", "integer": r"-?\d+", "decimal": r"-?\d+(\.\d+)?", "date": r"\d{4}-\d\d-\d\d",
              "iri": r"https?://[^\s<>A-Z]+", "boolean": r"true|false"}
    return value if re.fullmatch(checks.get(p.type, r".+"), value) else None


def with_parameters(q) -> str:
    """A stored query as a YASGUI tab runs it: its parameters bound by a trailing VALUES clause (to the examples
    of their descriptions), or, where there is no example, a VALUES line to fill in."""
    from ipgraph.queries import convert

    if not q.params:
        return q.text
    names, terms, todo = [], [], []
    for p in q.params:
        value = example_value(p)
        if value is None:
            if p.required:
                todo.append(f"?{p.name}")
            continue
        names.append(f"?{p.name}")
        terms.append(str(convert(p, value, q.name)))
    out = q.text.rstrip() + "\n"
    if names:
        out += f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}\n"
    if todo:
        out += f"# give {', '.join(todo)} a value: VALUES {todo[0]} {{ ... }}\n"
    return out


def ui_context(service) -> dict:
    from ipgraph.namespaces import PREFIXES

    return {"title": "SPARQL", "prefixes": PREFIXES, "local_prefix": service.mint.resource(""),
            "queries": [{"name": q.name, "title": q.title, "text": with_parameters(q)} for q in service.catalog.all()
                        if not q.name.startswith("facts/")]}


@router.get("/ui", summary="The query UI (YASGUI), with every stored query as an example tab")
async def ui(request: Request):
    service = request.app.state.service
    return service.templates.TemplateResponse(request, "ui.html", ui_context(service))
