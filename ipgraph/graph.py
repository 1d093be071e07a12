"""ipgraph from Python: open a home, query it, search it, build it.

    import ipgraph
    with ipgraph.open() as g:                       # the home's current build (build/ in the project)
        g.query("measures_by_agency", agency="SIPO").to_pandas()
        g.sparql(open("question.rq").read()).rows
        g.search("patent law", kind="instrument")
        g.facts()["measures"]                         # the six fact tables as data frames
        g.describe("CNIPA")                           # an entity's statements, by label or IRI

The command line is a layer over this module: `ipgraph query`, `search`, `facts`, `build` and `add` call
the same methods, so the two cannot drift.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ipgraph.config import Settings
from ipgraph.errors import IpgraphError
from ipgraph.result import Result


def open(home: str | Path | None = None, *, settings: Settings | None = None) -> Graph:  # noqa: A001
    """The graph of a home's current build: `home` (a folder), else the settings' home (IPGRAPH_HOME, else
    build/ in the project). Over the remote store the settings name (IPGRAPH_SPARQL_ENDPOINT) when they name
    one, else the embedded store. Use it as a context manager, or call close().

        g = ipgraph.open("~/ip-home")
    """
    if settings is None:
        settings = Settings(home=Path(home).expanduser()) if home is not None else Settings()
    elif home is not None:
        settings = settings.model_copy(update={"home": Path(home).expanduser()})
    return Graph(settings)


class Graph:
    """A home's built graph. Open one with ipgraph.open()."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._store = None
        self._names = None
        self._build_dir: Path | None = None

    # -- the build ------------------------------------------------------------------------------
    @property
    def build_dir(self) -> Path:
        """The folder of the build this graph reads (builds/<id>/ of the home)."""
        from ipgraph.home import current_build

        if self._build_dir is None:
            self._build_dir = current_build(self.settings)
        return self._build_dir

    @property
    def build_id(self) -> str:
        """The id of the build: a hash of its content (two builds of the same corpus share it)."""
        return self.manifest["id"]

    @property
    def manifest(self) -> dict:
        """What the build holds: its id, documents, counts, the code and reference data it was made with."""
        from ipgraph.home import manifest

        return manifest(self.build_dir)

    @property
    def documents(self) -> Result:
        """Every document of the build: its id, title, date, language, publisher and how much was read from it.

            g.documents.to_pandas()
        """
        return self.query("pages/documents")

    @property
    def store(self):
        """The store the graph is read from (an ipgraph.store.OxigraphStore, or a RemoteStore)."""
        if self._store is None:
            from ipgraph.store import OxigraphStore, RemoteStore

            if self.settings.sparql_endpoint:
                self._store = RemoteStore(self.settings.sparql_endpoint, timeout_s=self.settings.query_timeout_ms / 1000)
            else:
                self._store = OxigraphStore.from_build(self.build_dir)
        return self._store

    def close(self) -> None:
        """Let go of the store (the next call opens the current build again)."""
        self._store, self._names, self._build_dir = None, None, None

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        try:
            where = f"build {self.build_id}"
        except IpgraphError:
            where = "no build yet"
        return f"<ipgraph.Graph {self.settings.home} ({where})>"

    # -- queries --------------------------------------------------------------------------------
    def answer(self, name: str, params: list[tuple[str, str]]):
        """A stored query's (or a .rq file's) answer as the store gives it, parameters as (name, value) pairs
        (a name given twice is an error): what query() and `ipgraph query` both read."""
        from ipgraph.queries import QueryCatalog, check_parameters, resolve_names
        from ipgraph.query_limits import check_query

        catalog = QueryCatalog(self.settings.queries_dir)
        q = catalog.get_or_file(name)
        check_parameters(q, params)
        check_query(q.text, self.settings.max_query_depth, self.settings.max_query_chain)
        values = dict(params)
        if any(p.names for p in q.params):
            values = resolve_names(q, values, self._names_table(catalog))
        return self.store.query(q.text, q.bind(values))

    def why_empty(self, name: str) -> str | None:
        """Why a stored query finds nothing in this build, when its `# empty:` query can say."""
        from ipgraph.errors import QueryNotFound
        from ipgraph.queries import QueryCatalog

        catalog = QueryCatalog(self.settings.queries_dir)
        try:
            q = catalog.get(name)
        except QueryNotFound:
            return None  # a .rq file says nothing of itself
        if not q.empty:
            return None
        rows = list(self.store.query(catalog.get(q.empty).text))
        return rows[0]["why"].value if rows else None

    def query(self, name: str, /, terms: bool = False, **params: Any) -> Result:
        """A stored query (see `ipgraph queries`, or `queries/NAME.rq`) or a .rq file, its parameters by name:
        typed and bound as the CLI and the HTTP API bind them, never pasted into the text; a name for an agency,
        law or person is matched as they match it (with the nearest names suggested when it matches none).

            g.query("measures_by_agency", agency="SIPO", year=2012)
            g.query("law_revision_timeline", law="Patent Law").to_pandas()

        terms=True gives rdflib terms (URIRef, Literal) instead of plain values."""
        result = Result.of(self.answer(name, [(k, str(v)) for k, v in params.items() if v is not None]), terms)
        if not result.rows and result.boolean is None:
            result.why_empty = self.why_empty(name)
        return result

    def sparql(self, text: str, terms: bool = False) -> Result:
        """A SPARQL query of your own (SELECT, ASK; CONSTRUCT and DESCRIBE give subject, predicate, object rows),
        checked against the service's limits first.

            g.sparql(Path("question.rq").read_text())     # the text of a query, as `ipgraph query FILE.rq` runs it
        """
        from ipgraph.query_limits import check_query

        check_query(text, self.settings.max_query_depth, self.settings.max_query_chain)
        return Result.of(self.store.query(text), terms)

    def _names_table(self, catalog):
        if self._names is None:
            from ipgraph.queries import names_table

            rows = self.store.query(catalog.get("pages/labels").text)
            self._names = names_table((r["kind"].value, r["label"].value) for r in rows)
        return self._names

    def facts(self, frames: bool = True) -> dict:
        """The six fact tables (documents, measures, officials, instruments, law_revisions, events), as pandas data
        frames; frames=False gives Results.

            facts = g.facts()
            facts["measures"].groupby("lead_agency").size()
        """
        from ipgraph.stored import FACT_TABLES

        tables = {t: self.query(f"facts/{t}") for t in FACT_TABLES}
        return {t: r.to_pandas() for t, r in tables.items()} if frames else tables

    def write_facts(self, out_dir: str | Path) -> list[tuple[Path, int]]:
        """The six fact tables written as CSV files into out_dir (the contract of the fact tables); each path with
        its number of rows."""
        from ipgraph.stored import write_facts

        return write_facts(self.settings, Path(out_dir), self.store)

    def search(self, words: str, kind: str | None = None, limit: int = 20) -> Result:
        """Full-text search, as the search box and `ipgraph search`: document sentences, measure texts, the names,
        acronyms and titles of every entity, English or Chinese (traditional characters find simplified ones),
        best first. Columns: kind, score, title, iri, document, start, end, snippet.

            g.search("国家知识产权局", kind="agency")
        """
        from ipgraph.home import search_index
        from ipgraph.kinds import search_kinds
        from ipgraph.search import SearchIndex, check_words

        check_words(words)
        if kind is not None and kind not in search_kinds():
            raise IpgraphError(f"unknown kind {kind!r}; use one of {', '.join(search_kinds())}")
        path = search_index(self.build_dir)
        if not path.is_file():
            raise IpgraphError(f"the current build ({path.parent.name}) has no search index; run `ipgraph build` again")
        hits = SearchIndex(path).search(words, limit=limit, kind=kind)
        columns = ["kind", "score", "title", "iri", "document", "start", "end", "snippet"]
        return Result(columns, [(h.kind, h.score, h.title, h.iri, h.doc, h.start, h.end,
                                 re.sub(r"</?mark>", "", html.unescape(h.snippet))) for h in hits])

    def describe(self, iri_or_label: str, terms: bool = False) -> Result:
        """An entity's statements (property and value, with their labels), found by its IRI or by a name: an
        acronym, a name in English or Chinese, a title ("CNIPA", "专利法", a person's name).

            g.describe("CNIPA").to_pandas()
        """
        from ipgraph.queries import QueryCatalog, name_key

        iri = iri_or_label
        if not re.match(r"^https?://", iri_or_label):
            catalog = QueryCatalog(self.settings.queries_dir)
            rows = self.store.query(catalog.get("pages/labels").text)
            wanted = name_key(iri_or_label)
            found = sorted({r["e"].value for r in rows if name_key(r["label"].value) == wanted})
            if not found:
                raise IpgraphError(f"no entity is named {iri_or_label!r}; give its IRI or another of its names")
            iri = found[0]
        q = QueryCatalog(self.settings.queries_dir).get("pages/resource_properties")
        result = Result.of(self.store.query(q.text, {ox.Variable("resource"): ox.NamedNode(iri)}), terms)
        if not result.rows:
            raise IpgraphError(f"nothing is known about {iri}")
        names = {"resource": "entity", "p": "property", "plabel": "property_label", "o": "value", "olabel": "value_label"}
        result.columns = [names.get(c, c) for c in result.columns]
        return result

    @property
    def _mint(self):
        from ipgraph.iris import Minter

        return Minter(self.settings.base_iri)

    # -- corrections ------------------------------------------------------------------------------
    def correct(self, entry: dict, file: str | Path | None = None) -> tuple[Path, int]:
        """Write a correction (ipgraph.corrections: an action, its target, values, reason, by; when defaults to
        today) at the end of a corrections file (default {home}/corrections/corrections.yaml), after checking
        its form and that the current build has its target. Returns (the file, the line it starts at); the
        next build applies it.

            g.correct({"remove": "post", "document": "000_2da1fe44ba253dec", "person": "Li Ming",
                       "reason": "read from the page's sidebar", "by": "A. Researcher"})
        """
        import datetime
        import json

        from ipgraph import corrections as fx
        from ipgraph.home import document_text, records

        path = Path(file).expanduser() if file else Path(self.settings.home) / fx.FOLDER / "corrections.yaml"
        parsed = fx.parse_entry(str(path), path, {"when": datetime.date.today().isoformat(), **entry})
        recs = {k: json.loads(v) for k, v in records(self.build_dir).items()}

        def exists(node: str) -> bool:
            return bool(self.query("pages/resource_properties", resource=fx.node_iri(node, self._mint)).rows
                        or self.query("pages/resource_incoming", resource=fx.node_iri(node, self._mint)).rows)

        def linked(later: dict, earlier: dict) -> bool:
            history = self.query("commitment_history", measure=str(self._mint.measure(later["document"], later["measure"])))
            return str(self._mint.measure(earlier["document"], earlier["measure"])) in history.column("appearance")

        fx.check_target(parsed, recs, lambda d: document_text(self.build_dir, d), exists, linked)
        return path, fx.append(path, parsed)

    def corrections(self) -> Result:
        """Every correction of the home's files (its corrections/ and the folders its build read), with its state
        in the current build: applied, redundant, no longer applies, or not in the build yet.

            g.corrections().to_pandas()
        """
        from ipgraph import corrections as fx

        folders = fx.folders(self.settings.home, [Path(p) for p in self.manifest.get("corrections", {}).get("folders", [])
                                                  if Path(p).exists()])
        built = {f"{r['file']}:{r['line']}": r["state"] for r in self.query("pages/corrections")}
        rows = []
        for e in fx.load(folders).entries:
            state = built.get(e.where, "not in the current build (build again)")
            rows.append((e.where, e.title, e.document, state, e.reason, e.by, e.date))
        return Result(["where", "action", "document", "state", "reason", "by", "date"], rows)

    # -- building ---------------------------------------------------------------------------------
    def build(self, paths: list[str | Path] | None = None, validate: bool = True,
              progress: Callable[[str], None] | None = None, corrections: list[str | Path] | None = None,
              strict: bool = False):
        """Build the home from corpus files or folders (default: the settings' corpus, data/corpus/), documents
        unchanged since the last build taken from the cache; the graph then reads the new build. progress is
        called with each document's id as it is read. The home's corrections ({home}/corrections/) and those of
        the folders given are applied; strict makes one that no longer applies an error. Returns the build's
        report (documents, quads, counts, warnings, validation).

            g.build(["~/corpus"], progress=print, corrections=["~/corpus-fixes"])
        """
        from ipgraph.build import build as run_build

        report = run_build(self.settings, [Path(p).expanduser() for p in paths] if paths else None,
                           progress=progress, validate=validate,
                           corrections_in=[Path(p).expanduser() for p in corrections or []], strict=strict)
        self.close()
        return report

    def add(self, *items: str | Path, validate: bool = True, progress: Callable[[str], None] | None = None):
        """Fetch web pages (http/https) or copy files (HTML, PDF, Word, text) into the home's corpus, each with its
        sidecar (url, retrieved, publisher, date), then build the home. A failed build leaves the corpus and the
        current build as they were. Returns (the documents added, the build's report).

            added, report = g.add("https://english.cnipa.gov.cn/art/2024/1/19/art_1340_190353.html")
        """
        from ipgraph.add import add as add_items
        from ipgraph.add import corpus_paths, correction_paths, remove_added
        from ipgraph.build import build as run_build

        added = add_items(self.settings, [str(i) for i in items])
        try:
            report = run_build(self.settings, corpus_paths(self.settings), progress=progress, validate=validate,
                               corrections_in=correction_paths(self.settings))
        except BaseException:
            remove_added(added)
            raise
        self.close()
        return added, report
