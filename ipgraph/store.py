"""The store: pyoxigraph, loaded from a build's dataset.nq. Queries receive the query string and
their parameters as pyoxigraph substitutions (bound, never formatted into the text)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ipgraph import formats, nquads
from ipgraph.errors import QueryError, RemoteStoreError, StoreUnavailable
from ipgraph.home import dataset, manifest
from ipgraph.namespaces import PREFIXES
from ipgraph.query_limits import has_dataset_clause, query_form
from ipgraph.serialize import serialize as write_graph
from ipgraph.serialize import sort_prefix_lines
from ipgraph.sparql_syntax import explain as explain_syntax

RESULT_FORMATS, GRAPH_FORMATS = formats.RESULT_NAMES, formats.GRAPH_NAMES  # `ipgraph query --format`


class Store(Protocol):
    """What the service needs of a store: SPARQL queries with bound parameters, results as pyoxigraph objects."""

    def query(self, text: str, substitutions: dict | None = None, default_graph=None, named_graphs=None,
              base_iri: str | None = None): ...


ENGINE_UNION = ".engine-union"  # in an on-disk store's folder: its named graphs share no triple


@functools.cache
def _sparql(name: str) -> str:
    """A query of the store's own (loading the union, talking to a remote store), from the settings' queries."""
    from ipgraph.config import Settings
    from ipgraph.queries import QueryCatalog

    return QueryCatalog(Settings().queries_dir).store_text(name)


def load_dataset(store: ox.Store, build_dir: Path, engine_union: bool = False) -> bool:
    """A build's named graphs (dataset.nq), and their union as the default graph.

    The union is materialised in the store (a set: a triple in many graphs is there once) rather than
    taken with use_default_graph_as_union, which counts a triple once per graph holding it and so
    multiplies the rows of joins over shared nodes — unless engine_union is asked for and no two named
    graphs share a triple: then nothing is copied and True is returned (the engine's union is a set).
    """
    store.bulk_load(path=str(dataset(build_dir)), format=ox.RdfFormat.N_QUADS)
    if engine_union and not store.query(_sparql("shared_triple")):
        return True
    store.update(_sparql("union"))
    return False


def bulk_load_dataset(store: ox.Store, build_dir: Path) -> bool:
    """load_dataset for an on-disk store, with the bulk loader only, so that memory stays bounded however
    large the dataset. Where no two named graphs share a triple, nothing more is loaded and True returned:
    the engine's union is the default graph (OxigraphStore). Otherwise the union is the triples of each
    named graph read back from the store (the same blank nodes) and bulk-loaded into the default graph
    (where the store keeps a triple once), instead of an update that would hold every new triple in one
    transaction; False."""
    store.bulk_load(path=str(dataset(build_dir)), format=ox.RdfFormat.N_QUADS)
    if not store.query(_sparql("shared_triple")):
        return True
    default = ox.DefaultGraph()
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default)
                      for g in list(store.named_graphs()) for q in store.quads_for_pattern(None, None, None, g))
    return False


class OxigraphStore:
    """An in-memory pyoxigraph store whose default graph is the union of all its named graphs.

    Where no two named graphs hold the same triple, the union is the engine's own
    (use_default_graph_as_union: each triple counted once, with no second copy of the data, and scans
    that meet no default-graph quads); otherwise it is materialised in the default graph (load_dataset).
    """

    functions: dict | None = None  # SPARQL functions of the build (ipgraph.search: ipf:score)

    def __init__(self, store: ox.Store, engine_union: bool = False):
        self.store = store
        self.engine_union = engine_union  # the default graph is the engine's union (the named graphs are disjoint)

    def with_search(self, build_dir: Path) -> OxigraphStore:
        """The build's full-text index as the SPARQL function ipf:score, where the build has one."""
        from ipgraph.home import search_index
        from ipgraph.search import SearchIndex, sparql_functions

        path = search_index(build_dir)
        if path.is_file():
            self.functions = sparql_functions(SearchIndex(path))
        return self

    def dump_union(self, path: Path, fmt: ox.RdfFormat) -> None:
        """Write the default graph (the union of the named graphs) to a file, with the project's prefixes."""
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
        if self.engine_union:
            ox.serialize(self.query(_sparql("union_triples")), str(path), format=fmt, prefixes=prefixes)
        else:
            self.store.dump(str(path), format=fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        if prefixes and fmt != ox.RdfFormat.RDF_XML:
            sort_prefix_lines(path)

    @classmethod
    def from_build(cls, build_dir: Path) -> OxigraphStore:
        """The named graphs of dataset.nq, and their union (a set) as the default graph: the engine's union
        where the named graphs share no triple, else materialised."""
        store = ox.Store()
        return cls(store, engine_union=load_dataset(store, build_dir, engine_union=True)).with_search(build_dir)

    @classmethod
    def on_disk(cls, build_dir: Path, store_dir: Path) -> DiskStore:
        """The build in an on-disk (RocksDB) store under store_dir/<build id>, loaded once and then reused:
        for graphs larger than memory. Each query worker opens it read-only. Where the folder holds the store of
        an earlier build, the new one is that store with what changed taken out and put in (ipgraph.store_delta);
        else the whole dataset is bulk-loaded. Stores of builds the home no longer has are removed."""
        import shutil

        from ipgraph import store_delta

        build_id = manifest(build_dir)["id"]
        path = Path(store_dir) / build_id
        if not (path / ".complete").exists():
            tmp = Path(store_dir) / f".{build_id}.loading"
            shutil.rmtree(tmp, ignore_errors=True)
            Path(store_dir).mkdir(parents=True, exist_ok=True)
            earlier = store_delta.earlier_store(Path(store_dir), build_dir)
            union = bool(earlier and (earlier / ENGINE_UNION).exists())
            if earlier and store_delta.load_changes(earlier, tmp, build_dir, union):
                if union:
                    (tmp / ENGINE_UNION).touch()
            else:
                tmp.mkdir(parents=True)
                store = ox.Store(str(tmp))
                if bulk_load_dataset(store, build_dir):
                    (tmp / ENGINE_UNION).touch()
                store.flush()
                del store
            store_delta.mark(tmp, build_dir)
            (tmp / ".complete").touch()
            shutil.rmtree(path, ignore_errors=True)
            tmp.replace(path)
        for p in Path(store_dir).iterdir():  # stores of builds that are gone (the home keeps a few)
            if p != path and not p.name.startswith(".") and (p / ".complete").exists() and not store_delta.source_build(p):
                shutil.rmtree(p, ignore_errors=True)
        return DiskStore(path).with_search(build_dir)

    def query(self, text: str, substitutions: dict | None = None, default_graph=None, named_graphs=None,
              base_iri: str | None = None):
        kwargs = {}
        if default_graph:
            kwargs["default_graph"] = default_graph
        if named_graphs:
            kwargs["named_graphs"] = named_graphs
        if base_iri:
            kwargs["base_iri"] = base_iri
        if self.engine_union and not default_graph and not has_dataset_clause(text):
            kwargs["use_default_graph_as_union"] = True  # (it would override the query's FROM)
        if self.functions:
            kwargs["custom_functions"] = self.functions
        try:
            return self.store.query(text, substitutions=substitutions or None, **kwargs)
        except SyntaxError as e:
            raise QueryError(explain_syntax(text, str(e))) from e
        except (OSError, RuntimeError, ValueError) as e:
            raise QueryError(f"the query failed: {e}") from e


def serialize(result, fmt: str) -> bytes:
    """A query result in the requested format: csv/tsv/json/xml for SELECT and ASK, ttl/nt/jsonld/xml for graphs."""
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result cannot be written as {fmt}; use one of {sorted(GRAPH_FORMATS)}")
        return write_graph(result, GRAPH_FORMATS[fmt])
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a SELECT/ASK result cannot be written as {fmt}; use one of {sorted(RESULT_FORMATS)}")
    return result.serialize(format=RESULT_FORMATS[fmt])


class DiskStore(OxigraphStore):
    """An on-disk store opened read-only, lazily: in the process that queries it (a forked worker)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._store: ox.Store | None = None
        self.engine_union = (self.path / ENGINE_UNION).exists()

    @property
    def store(self) -> ox.Store:  # type: ignore[override]
        if self._store is None:
            self._store = ox.Store.read_only(str(self.path))
        return self._store


_SKIPPED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|'
                      r'<[^<>"{}|^`\\\s]*>|#[^\n]*')


def bind_values(text: str, substitutions: dict) -> str:
    """A query with its parameters bound inside its WHERE group: each by a BIND at the group's start, so that every
    engine has it before anything else in the group (FILTERs and property paths see it, as they see pyoxigraph's
    substitutions; Virtuoso needs this), except a variable the query itself assigns (BIND or AS), whose value is
    joined by a VALUES at the group's end. The terms are written by pyoxigraph's own serialisation."""
    names = sorted(substitutions, key=lambda v: v.value)
    assigned = set(re.findall(r"(?i)\bAS\s+[?$](\w+)", _SKIPPED.sub(" ", text)))
    first = [v for v in names if v.value not in assigned]
    last = [v for v in names if v.value in assigned]
    values = ("VALUES (" + " ".join(f"?{v.value}" for v in last) + ") { ("
              + " ".join(str(substitutions[v]) for v in last) + ") }") if last else ""
    span = where_group(text)
    if span is None:
        return text + "\nVALUES (" + " ".join(f"?{v.value}" for v in names) + ") { (" \
            + " ".join(str(substitutions[v]) for v in names) + ") }"
    start, end = span
    out = text[:end] + (f"\n  {values}\n" if values else "") + text[end:]
    binds = "".join(f" BIND({substitutions[v]} AS ?{v.value})" for v in first)
    return out[:start + 1] + (binds + "\n" if binds else "") + out[start + 1:]


def where_group_end(text: str) -> int | None:
    span = where_group(text)
    return span[1] if span else None


def where_group(text: str) -> tuple[int, int] | None:
    """The offsets of the braces of a query's WHERE group (the group after the top-level WHERE, else its first
    top-level group); None when it has none (DESCRIBE <iri>)."""
    depth, pos, where, groups, opened = 0, 0, None, [], 0
    while pos < len(text):
        m = _SKIPPED.match(text, pos)
        if m:
            pos = m.end()
            continue
        c = text[pos]
        if c == "{":
            if depth == 0:
                opened = pos
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                groups.append((opened, pos))
        elif depth == 0 and where is None and text[pos:pos + 5].upper() == "WHERE" \
                and not re.match(r"\w", text[pos - 1:pos] or " ") and not re.match(r"\w", text[pos + 5:pos + 6] or " "):
            where = pos
        pos += 1
    chosen = [g for g in groups if where is None or g[0] > where]
    return chosen[0] if chosen else None


class RemoteStore:
    """Any SPARQL 1.1 store over HTTP (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever, ...).

    Results come back as pyoxigraph result objects, so that the service negotiates and serialises
    them exactly as for the embedded store. Parameters are bound by a trailing VALUES clause whose
    terms are written by pyoxigraph's own N-Triples serialisation of each bound term (the SPARQL
    Protocol has no other way to bind them; rdflib's SPARQLStore binds initBindings the same way).
    """

    def __init__(self, endpoint: str, timeout_s: float = 60.0):
        self.endpoint = endpoint
        self.timeout_s = timeout_s
        self._union: str | None | bool = False  # not looked up yet

    def union_graph(self) -> str | None:
        """The named graph `ipgraph push` wrote the union to, where the store's own default graph is not a set
        union of the named graphs (Virtuoso's is every graph, a bag); None where the store's default graph is it."""
        if self._union is False:
            rows = list(self._ask(_sparql("union_graph"), None, None, None))
            self._union = rows[0]["g"].value if rows else None
        return self._union

    def query(self, text: str, substitutions: dict | None = None, default_graph=None, named_graphs=None,
              base_iri: str | None = None):
        if FUNCTIONS in text:
            raise QueryError("the query calls a function of ipgraph's embedded store (ipf:score, the full-text "
                             "index), which another store does not have; search with /search or `ipgraph search`")
        if not default_graph and not has_dataset_clause(text) and self.union_graph():
            default_graph = [ox.NamedNode(self.union_graph())]
        return self._ask(text, substitutions, default_graph, named_graphs, base_iri)

    def _ask(self, text: str, substitutions: dict | None, default_graph, named_graphs, base_iri: str | None = None):
        import urllib.error
        import urllib.parse
        import urllib.request

        if base_iri:  # a BASE before the query's own prologue: relative IRIs resolve as they do here
            text = f"BASE <{base_iri}>\n{text}"
        if substitutions:
            text = bind_values(text, substitutions)
        form = [("query", text)]
        form += [("default-graph-uri", g.value) for g in (default_graph or [])]
        form += [("named-graph-uri", g.value) for g in (named_graphs or [])]
        graph = query_form(text) in ("CONSTRUCT", "DESCRIBE")  # each form in the one format it comes back in
        req = urllib.request.Request(self.endpoint, data=urllib.parse.urlencode(form).encode(), method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8" if graph
            else "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
                body = resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if 400 <= e.code < 500:
                raise RemoteStoreError(f"the store {self.endpoint} refused the query ({e.code}): {detail}") from e
            raise StoreUnavailable(f"the store {self.endpoint} failed ({e.code}): {detail}") from e
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise StoreUnavailable(f"the store {self.endpoint} cannot be reached: {e}") from e
        if graph or ctype in ("application/n-triples", "text/plain", "text/turtle"):
            local = ox.Store()
            local.load(body, format=ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.N_TRIPLES)
            return local.query(_sparql("all_triples"))
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def push(build_dir: Path, graph_store: str, query_endpoint: str) -> dict:
    """Load a build into a SPARQL store with the Graph Store Protocol: each named graph by PUT, their
    union as the default graph, and graphs the build no longer has deleted."""
    import http.client
    import time
    import urllib.error
    import urllib.parse
    import urllib.request
    from collections import defaultdict

    build_dir = Path(build_dir)
    graphs: dict[str, list[str]] = defaultdict(list)
    with open(dataset(build_dir), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                triple, graph = nquads.split(line)
                graphs[graph].append(triple)

    def send(method: str, params: dict | None, body: bytes | None) -> None:
        url = graph_store + ("?" + urllib.parse.urlencode(params) if params else "?default")
        req = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": "application/n-triples"} if body is not None else {})
        tries = 7  # a connection the store drops mid-request (a store starting or busy) is tried again, ~30 s in all
        for attempt in range(tries):
            try:
                with urllib.request.urlopen(req, timeout=300) as resp:
                    resp.read()
                return
            except urllib.error.HTTPError as e:
                if method == "DELETE" and e.code == 404:
                    return
                detail = e.read().decode("utf-8", "replace")
                if params is None and "default" in detail and method == "PUT":
                    raise _NoDefaultGraph(detail) from e
                raise StoreUnavailable(f"{method} {url} failed ({e.code}): {detail[:300]}") from e
            except (urllib.error.URLError, OSError) as e:
                reason = getattr(e, "reason", e)
                dropped = isinstance(reason, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)) or \
                    isinstance(e, (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected))
                if not dropped or attempt == tries - 1:
                    raise StoreUnavailable(f"the graph store {graph_store} cannot be reached: {e}") from e
                time.sleep(min(0.5 * 2 ** attempt, 8.0))

    ours = _graph_namespace(graphs)  # only graphs of this namespace are ipgraph's to replace or delete
    union_graph, meta_graph = ours + "union", ours + "store"
    remote = RemoteStore(query_endpoint)
    existing = {sol["g"].value for sol in remote._ask(_sparql("named_graphs"), None, None, None) if sol["g"]}
    for g, lines in sorted(graphs.items()):
        send("PUT", {"graph": g}, "".join(lines).encode("utf-8"))
    union = ox.Store()
    load_dataset(union, build_dir)
    union_nt = union.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    del union
    written = set(graphs)
    try:
        send("PUT", None, union_nt)
    except _NoDefaultGraph:
        # a store whose default graph is every graph as a bag (Virtuoso): the union goes to a graph of its own,
        # which a second small graph names; the service passes it as the default graph of every query
        send("PUT", {"graph": union_graph}, union_nt)
        meta = (f"<{union_graph}> <{RDF_TYPE}> <{IPO_UNION}> .\n<{union_graph}> <{RDF_TYPE}> <{IPO_STORE_GRAPH}> .\n"
                f"<{meta_graph}> <{RDF_TYPE}> <{IPO_STORE_GRAPH}> .\n")
        send("PUT", {"graph": meta_graph}, meta.encode("utf-8"))
        written |= {union_graph, meta_graph}
    stale = sorted(g for g in existing - written if g.startswith(ours))
    for g in stale:
        send("DELETE", {"graph": g}, None)
    return {"graphs": len(graphs), "deleted": len(stale), "union": union_graph if union_graph in written else None}


class _NoDefaultGraph(Exception):
    """The Graph Store refuses a default graph of its own (Virtuoso's is the union of all its graphs)."""


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FUNCTIONS = "https://w3id.org/ipgraph/function#"
IPO_UNION = "https://w3id.org/ipgraph/ontology#UnionGraph"
IPO_STORE_GRAPH = "https://w3id.org/ipgraph/ontology#StoreGraph"


def _graph_namespace(graphs) -> str:
    """What the build's graph IRIs start with ({base}graph/): the namespace push owns in a shared store."""
    names = sorted(graphs)
    if not names:
        return "\x00"  # no graph: own nothing
    first = names[0]
    cut = first.find("/graph/")
    return first[:cut + len("/graph/")] if cut >= 0 else first
