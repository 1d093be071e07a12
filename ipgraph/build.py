"""The build: corpus -> records -> RDF -> SHACL -> OWL-RL -> an immutable build directory in the home.

A home holds builds/<id>/ (dataset.nq, validation.ttl, records/, manifest.json) and a `current`
symlink swapped atomically when a build succeeds: a failed build leaves the last good one in place,
and a reader never sees half a dataset.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.compare import to_canonical_graph

from ipgraph import __version__, nquads
from ipgraph.commitments import METHOD as COMMITMENT_METHOD
from ipgraph.commitments import link_commitments
from ipgraph.config import Settings
from ipgraph.errors import BuildNotFound, ValidationFailed
from ipgraph.extract import extract_source, find_sources, read_source
from ipgraph.extract._source import skipped_files
from ipgraph.home import (
    BUILDS,
    CACHE,
    DATASET,
    MANIFEST,
    ORIGINALS,
    RECORDS,
    TEXTS,
    VALIDATION,
    current_build,
    imported_files,
    manifest,
    prune_builds,
    search_index,
    switch_current,
)
from ipgraph.rdfize import (
    Minter,
    commitment_links,
    document_graph,
    person_links,
    reference_graph,
    translation_links,
)
from ipgraph.reason import Reasoner
from ipgraph.reference import agency_lines, load_reference
from ipgraph.search import entity_rows, sentence_rows, write_index
from ipgraph.validate import ValidationResult, Validator, report_turtle


@dataclass
class BuildReport:
    build_dir: Path
    documents: int
    quads: int
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    validation: ValidationResult | None = None


def graph_lines(g: Graph, graph_iri: str) -> list[str]:
    """N-Quads lines of one graph (rdflib's N-Triples, with the graph name)."""
    if any(isinstance(t, BNode) for triple in g for t in triple):
        canonical = Graph()  # blank-node labels from content, so two builds are identical
        canonical += to_canonical_graph(g)
        g = canonical
    return nquads.in_graph([ln for ln in g.serialize(format="nt").splitlines() if ln], graph_iri)


@dataclass
class QuadChunk:
    """Some N-Quads of a build, in memory (data) or in a file (path), with their digest and line count."""

    digest: str
    quads: int
    data: bytes | None = None
    path: Path | None = None

    @classmethod
    def of(cls, data: bytes) -> QuadChunk:
        return cls(hashlib.blake2b(data, digest_size=16).hexdigest(), data.count(b"\n"), data=data)

    def read(self) -> bytes:
        return self.data if self.data is not None else Path(self.path).read_bytes()

    def lines(self) -> list[str]:
        return [ln for ln in self.read().decode("utf-8").splitlines() if ln]


@dataclass
class _DocOut:
    """What one document contributes to a build, cached by the hash of its content (and of the code, the
    reference data, the ontology, shapes and checks: see fingerprint)."""

    doc_id: str
    part: QuadChunk  # its named graph, sorted N-Quads (kept in a file of the cache beside the rest)
    inferred: list[str]  # what OWL-RL adds to it (with the reference data where it links to it), N-Quads
    checked: bytes  # the triples of its graph the QC checks read, N-Triples (of the inferences: see build)
    joins: bool  # it uses a property through which OWL-RL joins triples (closed again with the others that do)
    result: ValidationResult
    counts: dict[str, int]
    warnings: list[str]
    record: str
    plan: dict | None = None  # what links plans across documents reads (see plan_summary)
    text: str = ""  # the text as read (kept in the build: evidence offsets point into it)
    search_rows: list = field(default_factory=list)  # its rows of the full-text index (ipgraph.search.Row)
    people: list = field(default_factory=list)  # the posts it states, for linking people across languages


class _BuildContext:
    """What a build process needs once: reference data, shapes, ontology, and the reference graph."""

    def __init__(self, settings: Settings, cache: Path | None = None):
        self.reference = load_reference(settings.reference_dir)
        self.lines = agency_lines(self.reference)
        self.mint = Minter(settings.base_iri)
        self.validator = Validator(settings.ontology_dir)
        self.ref_graph = reference_graph(self.reference, self.mint)
        self.reasoner_engine = settings.reasoner
        self.cache = cache
        self.checked = CheckedTriples(settings.queries_dir)

    @functools.cached_property
    def reasoner(self) -> Reasoner:
        """The reasoner, its compiled rules from the cache when the ontology has not changed."""
        path = self.cache / "reasoner.pickle" if self.cache else None
        reasoner = _load(path) if path else None
        if not isinstance(reasoner, Reasoner):
            reasoner = Reasoner(self.validator.ontology, self.reasoner_engine)
            if path:
                _store(path, reasoner)
        return reasoner

    @functools.cached_property
    def inferred_iri(self) -> str:
        return str(self.mint.graph("inferred"))

    def document(self, src, validate: bool = True) -> _DocOut:
        ex = extract_source(src, self.reference)
        g = document_graph(ex, self.reference, self.mint)
        result = self.validator.validate(g, src.doc_id, self.ref_graph) if validate else ValidationResult(True)
        result.report = Graph()  # findings travel as data; the per-document report graphs are not kept
        joins = bool(set(g.predicates()) & self.joining)
        inferred = graph_lines(self.reasoner.closure(g + self.ref_graph if joins else g), self.inferred_iri)
        counts = {k: len(getattr(ex, k)) for k in COUNTED}
        warnings = [f"{src.path}: {w.message}" + (f" (characters {w.span.start}-{w.span.end})" if w.span else "")
                    for w in ex.warnings]
        lines = sorted(set(graph_lines(g, str(self.mint.graph("document", src.doc_id)))))
        doc = ex.document
        rows = entity_rows(g, src.doc_id) + sentence_rows(str(self.mint.document(src.doc_id)), src.doc_id, doc.title,
                                                          doc.text, doc.language)
        return _DocOut(src.doc_id, QuadChunk.of("".join(ln + "\n" for ln in lines).encode("utf-8")), inferred,
                       self.checked.select(lines), joins, result, counts, warnings,
                       json.dumps(ex.to_jsonable(), ensure_ascii=False, indent=1, sort_keys=True), plan_summary(ex, self.lines),
                       doc.text, rows, [{"name": p.person, "language": doc.language, "org": p.org.key}
                                        for p in ex.posts if p.org and p.org.key])

    def cached(self, src, key: str, cache: Path, validate: bool) -> _DocOut:
        """The document's output from the cache, or made and put there (its N-Quads in a file of their
        own, so that a build copies them into dataset.nq without reading them into Python)."""
        path = cache / "docs" / f"{key}.pickle"
        out = _load(path)
        if out is not None and out.part.path is not None and Path(out.part.path).is_file():
            return out
        out = self.document(src, validate)
        nq = cache / "docs" / f"{key}.nq"
        _write_atomic(nq, out.part.data)
        out.part = QuadChunk(out.part.digest, out.part.quads, path=nq)
        _store(path, out)
        return out

    def joined(self, outs: list[_DocOut], keys: list[str], cache: Path) -> list[str]:
        """OWL-RL over the documents that use joining properties, together with the reference data:
        what they entail together beyond what each entails alone (cached by their keys)."""
        path = cache / "joined" / (hashlib.sha256("|".join(sorted(keys)).encode()).hexdigest()[:32] + ".pickle")
        lines = _load(path)
        if lines is None:
            union = Graph()
            union += self.ref_graph
            for out in outs:
                union.parse(data="".join(nquads.triple_of(ln) for ln in out.part.lines()), format="nt")
            lines = graph_lines(self.reasoner.closure(union), self.inferred_iri)
            _store(path, lines)
        return lines

    @property
    def joining(self) -> set:
        """Predicates through which OWL-RL joins two ABox triples under this ontology (transitive,
        symmetric and functional properties, property-chain links, keys, owl:sameAs). A document graph
        that uses none of them entails nothing with the reference data or another document that it does
        not entail alone, so it is closed alone."""
        if not hasattr(self, "_joining"):
            from rdflib.namespace import OWL, RDF

            onto = self.validator.ontology
            props = {OWL.sameAs}
            for cls in (OWL.TransitiveProperty, OWL.FunctionalProperty, OWL.InverseFunctionalProperty,
                        OWL.SymmetricProperty):
                props |= set(onto.subjects(RDF.type, cls))
            for chain in onto.objects(None, OWL.propertyChainAxiom):
                props |= set(onto.items(chain))
            for key in onto.objects(None, OWL.hasKey):
                props |= set(onto.items(key))
            props |= {p for p in onto.subjects(OWL.propertyChainAxiom, None)}
            self._joining = props
        return self._joining

    def checked_import(self, part: QuadChunk, cache: Path) -> bytes:
        """The triples of an imported file the QC checks read, cached by the file's digest (an imported
        file can be large, and stays the same from build to build)."""
        path = cache / "imports" / f"{part.digest}.nt"
        try:
            return path.read_bytes()
        except OSError:
            data = self.checked.select(part.lines())
            _write_atomic(path, data)
            return data

    def reference_inferences(self, cache: Path) -> list[str]:
        path = cache / "reference-closure.pickle"
        lines = _load(path)
        if lines is None:
            lines = graph_lines(self.reasoner.closure(self.ref_graph), self.inferred_iri)
            _store(path, lines)
        return lines


class CheckedTriples:
    """The triples the QC checks (queries/checks/*-violation.rq) can read: those of the predicates (and
    rdf:type of the classes) their patterns name. The checks run over these alone, so that a build does
    not load the whole dataset into a store to check it; a check whose pattern has a variable predicate
    or a property path reads everything."""

    def __init__(self, queries_dir: Path):
        from rdflib.namespace import RDF
        from rdflib.paths import Path as RdfPath
        from rdflib.plugins.sparql import prepareQuery
        from rdflib.term import Variable

        self.preds: set[str] | None = set()
        self.classes: set[str] | None = set()
        for path in sorted((Path(queries_dir) / "checks").glob("*-violation.rq")):
            for _s, p, o in _patterns(prepareQuery(path.read_text(encoding="utf-8")).algebra):
                if isinstance(p, (Variable, RdfPath)):
                    self.preds = self.classes = None
                    return
                if p == RDF.type:
                    if isinstance(o, Variable):
                        self.classes = None
                    elif self.classes is not None:
                        self.classes.add(f"<{o}>")
                self.preds.add(f"<{p}>")
        self._type = f"<{RDF.type}>"

    def select(self, lines: list[str]) -> bytes:
        """N-Triples of the checked triples among N-Quads lines."""
        out = []
        for ln in lines:
            p = nquads.predicate_of(ln)
            if self.preds is None or (p in self.preds and (
                    p != self._type or self.classes is None or nquads.object_of(ln) in self.classes)):
                out.append(nquads.triple_of(ln))
        return "".join(out).encode("utf-8")


def _patterns(node):
    """The triple patterns anywhere in a query's algebra."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "triples" and isinstance(v, list):
                yield from (t for t in v if isinstance(t, tuple) and len(t) == 3)
            else:
                yield from _patterns(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _patterns(v)


def _load(path: Path):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None


def _store(path: Path, value) -> None:
    _write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def fingerprint(settings: Settings) -> str:
    """What the output of a document depends on besides its text: the code, reference data, ontology,
    shapes, QC checks and base IRI. A change to any of them invalidates the build cache."""
    h = hashlib.sha256(f"{__version__}|{settings.base_iri}|{settings.reasoner}".encode())
    roots = [Path(__file__).parent, Path(settings.reference_dir), Path(settings.ontology_dir),
             Path(settings.queries_dir) / "checks"]
    for root in roots:
        for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".ttl", ".rq")
                        and "examples" not in p.parts):
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


COUNTED = ("measures", "posts", "instruments", "revisions", "events", "statistics")
# The build context of this process with the fingerprint it was made for: the one a later build in the
# process reuses, and the one forked document workers inherit
_CONTEXT: tuple[str, _BuildContext] | None = None


def _context(settings: Settings, fp: str, cache: Path) -> _BuildContext:
    """The build context for these settings, made once a process while what it is made of stays the same:
    it follows from the reference data, ontology, shapes, checks, base IRI and reasoner, which the
    fingerprint covers (a second build in one process, as a test run makes many, reuses it)."""
    global _CONTEXT
    if _CONTEXT is None or _CONTEXT[0] != fp:
        _CONTEXT = (fp, _BuildContext(settings))
    main = _CONTEXT[1]
    main.cache = cache  # (where a reasoner not yet compiled is looked for)
    return main


def _init_worker(settings: Settings) -> None:
    """A document worker started without fork: it makes its own context."""
    global _CONTEXT
    _CONTEXT = (fingerprint(settings), _BuildContext(settings))


def _run_doc(job: tuple) -> _DocOut:
    assert _CONTEXT is not None
    return _CONTEXT[1].cached(*job)


def build(settings: Settings, paths: list[Path] | None = None,
          progress: Callable[[str], None] | None = None, workers: int | None = None,
          validate: bool = True) -> BuildReport:
    """Build the corpus at paths (default: the settings' corpus) into a new build of the home.

    Each document is extracted, mapped, validated and closed on its own, and the result cached by the
    hash of its content: a rebuild processes only the documents that changed.
    validate=False skips the SHACL shapes of the documents (the QC checks still run)."""
    # A build makes and drops many small objects (rdflib terms and graphs) that reference counting
    # frees; the cyclic collector ran far more often than it found anything: it runs less often here,
    # and what exists before the workers fork (reference data, shapes, ontology) is left out of it.
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        return _build(settings, paths, progress, workers, validate)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _build(settings: Settings, paths: list[Path] | None, progress: Callable[[str], None] | None,
           workers: int | None, validate: bool) -> BuildReport:
    paths = [Path(p) for p in (paths or [settings.corpus_dir])]
    files = find_sources(paths)
    sources = [read_source(f) for f in files]  # every file is checked before anything is written
    fp = fingerprint(settings)
    cache_root = Path(settings.cache_dir) if settings.cache_dir else Path(settings.home) / CACHE
    cache = cache_root / fp
    main = _context(settings, fp, cache)
    fixed = _fixed_graphs(main, cache)
    result = ValidationResult(conforms=True)
    result.merge(fixed["result"])
    keys = {src.doc_id: hashlib.sha256(f"{fp}|{validate}|{src.doc_id}|{src.sha256}|{sorted(src.meta.items())}".encode())
            .hexdigest()[:32] for src in sources}
    jobs = [(src, keys[src.doc_id], cache, validate) for src in sorted(sources, key=lambda s: s.doc_id)]
    outs = _documents(settings, main, jobs, cache, workers, progress)
    for d in outs:
        result.merge(d.result)
    if result.violations:
        raise ValidationFailed(result)
    inferred = set(main.reference_inferences(cache))
    for d in outs:
        inferred.update(d.inferred)
    joining = [d for d in outs if d.joins]
    if len(joining) > 1:
        inferred.update(main.joined(joining, [keys[d.doc_id] for d in joining], cache))
    inferred_lines = sorted(ln for ln in inferred if nquads.triple_key(ln) not in fixed["triples"])
    chunks = [fixed["nq"]] + [d.part for d in outs]
    chunks.append(QuadChunk.of("".join(ln + "\n" for ln in inferred_lines).encode("utf-8")))
    checked = [fixed["checked"]] + [d.checked for d in outs] + [main.checked.select(inferred_lines)]
    records = {d.doc_id: d.plan for d in outs if d.plan}
    links = translation_links(records, main.mint) + person_links({d.doc_id: d.people for d in outs}, main.mint)
    plan_keys = _plan_keys(records)
    links += commitment_links(link_commitments(records, _pair_cache(cache, plan_keys)), main.mint, COMMITMENT_METHOD)
    if links:
        chunks.append(QuadChunk.of("".join(ln + "\n" for ln in links).encode("utf-8")))
    imports = imported_chunks(settings)
    chunks += imports
    checked += [main.checked_import(c, cache) for c in imports]
    report = publish(settings, chunks, checked, result, records={d.doc_id: d.record for d in outs},
                     counts={k: sum(d.counts[k] for d in outs) for k in COUNTED},
                     warnings=[f"{f}: skipped: {why}" for f, why in skipped_files(paths)]
                     + [w for d in outs for w in d.warnings], texts={d.doc_id: d.text for d in outs},
                     originals={s.doc_id: s.path for s in sources if s.format != "text"},
                     sources=[str(p.resolve()) for p in paths],
                     search_rows=fixed["search_rows"] + [r for d in outs for r in d.search_rows])
    if not settings.cache_dir:  # a cache of the home's own: what this build did not use goes
        _prune_cache(cache_root, fp, keep=set(keys.values()) | set(plan_keys.values()) | {c.digest for c in imports})
    return report


def _fixed_graphs(main: _BuildContext, cache: Path) -> dict:
    """The reference and ontology graphs as N-Quads, the triples of them the checks read, and the reference
    data's findings: the same for every build with these settings (cached)."""
    fixed = _load(cache / "fixed.pickle")
    if fixed is None:
        result = main.validator.validate(main.ref_graph, "reference")
        result.report = Graph()
        ref_lines = graph_lines(main.ref_graph, str(main.mint.graph("reference")))
        onto_lines = graph_lines(main.validator.ontology, str(main.mint.graph("ontology")))
        fixed = {"result": result, "nq": QuadChunk.of("".join(ln + "\n" for ln in sorted(set(ref_lines + onto_lines))).encode()),
                 "checked": main.checked.select(ref_lines + onto_lines),
                 "triples": {nquads.triple_key(ln) for ln in ref_lines},
                 "search_rows": entity_rows(main.ref_graph)}
        _store(cache / "fixed.pickle", fixed)
    return fixed


def _documents(settings: Settings, main: _BuildContext, jobs: list, cache: Path, workers: int | None,
               progress: Callable[[str], None] | None) -> list[_DocOut]:
    """Each document extracted, validated and closed (from the cache where unchanged), in processes forked
    from main when more than one document is new."""
    fresh = [j for j in jobs if not (cache / "docs" / f"{j[1]}.pickle").exists()]
    workers = workers or min(len(fresh), os.cpu_count() or 1)
    outs: list[_DocOut] = []
    if workers <= 1 or len(fresh) < 2:
        for j in jobs:
            outs.append(main.cached(*j))
            if progress:
                progress(j[0].doc_id)
        return outs
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "fork" in mp.get_all_start_methods():  # workers inherit the main context (_CONTEXT), schema compiled
        assert _CONTEXT is not None and _CONTEXT[1] is main
        main.reasoner, main.joining  # noqa: B018
        gc.freeze()
        ctx, init = mp.get_context("fork"), {}
    else:
        ctx, init = None, {"initializer": _init_worker, "initargs": (settings,)}
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, **init) as pool:
        for out in pool.map(_run_doc, jobs, chunksize=max(1, min(16, len(jobs) // (4 * workers)))):
            outs.append(out)
            if progress:
                progress(out.doc_id)
    return outs


def plan_summary(ex, lines: dict[str, str] | None = None) -> dict | None:
    """Of a plan's record, what the links between plans read (translations, commitments): its language and
    year, and each measure's number, text, instruments, objects, campaigns and agencies (each with its line
    through the reference data's changes, reference.agency_lines); None for a document with no measures."""
    lines = lines or {}
    if not ex.plan or not ex.measures:
        return None
    return {"document": {"language": ex.document.language}, "plan": {"year": ex.plan.year},
            "measures": [{"number": m.number, "text": m.text, "instruments": list(m.instruments),
                          "objects": list(m.objects), "campaigns": list(m.campaigns),
                          "agencies": [{"key": a.key, "line": lines.get(a.key, a.key)} for a in m.agencies]}
                         for m in ex.measures]}


def _plan_keys(records: dict[str, dict]) -> dict[str, str]:
    """Each plan's key for the commitment cache: a digest of its summary (what its scores depend on)."""
    return {d: hashlib.sha256(json.dumps(r, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]
            for d, r in records.items()}


def _pair_cache(cache: Path, keys: dict[str, str]):
    """Commitment scores of a pair of plans, cached by the content of the two plans' summaries: adding a plan
    computes only the pairs it is part of, and two copies of a plan are scored once."""
    folder = cache / "commitments"

    def cached(later: str, earlier: str, compute):
        """The pair's scores from the cache; else compute() stored and returned (None for compute: a look only)."""
        path = folder / f"{keys[later]}-{keys[earlier]}.pickle"
        scores = _load(path)
        if scores is None and compute is not None:
            scores = compute()
            folder.mkdir(parents=True, exist_ok=True)
            _store(path, scores)
        return scores
    return cached


def imported_chunks(settings: Settings) -> list[QuadChunk]:
    """The N-Quads of the RDF files `ipgraph import` added to the home (each its own named graph)."""
    return [QuadChunk.of(f.read_bytes()) for f in imported_files(settings.home)]


def publish(settings: Settings, chunks: list[QuadChunk], checked: list[bytes], result: ValidationResult,
            records: dict[str, str], counts: dict[str, int], warnings: list[str],
            imports: list[str] | None = None, texts: dict[str, str] | None = None,
            search_rows: list | None = None, carry_from: Path | None = None,
            originals: dict[str, Path] | None = None, sources: list[str] | None = None) -> BuildReport:
    """Write a build (dataset.nq, validation report, records, texts, search index, manifest) and make it
    current. Without texts and search rows, those of carry_from (the build this one adds to) are kept.

    chunks are N-Quads, each a set of lines (one graph, or several graphs' lines sorted); dataset.nq is
    their concatenation. The QC checks run first over checked (N-Triples of what they read); a build
    that fails them is not written.
    """
    result.merge(run_checks(settings, b"".join(checked)))
    if result.violations:
        raise ValidationFailed(result)
    texts_digest = hashlib.sha256("".join(f"{k}\0{v}\0" for k, v in sorted((texts or {}).items())).encode()).hexdigest()
    build_id = hashlib.sha256(("|".join(c.digest for c in chunks) + "|" + texts_digest).encode()).hexdigest()[:16]
    quads = sum(c.quads for c in chunks)

    home = Path(settings.home)
    builds = home / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    target = builds / build_id
    if target.exists():
        switch_current(home, target)
        return BuildReport(build_dir=target, documents=len(records), quads=quads, counts=counts,
                           warnings=warnings, validation=result)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=builds))
    try:
        with open(tmp / DATASET, "wb") as f:
            for c in chunks:
                if c.data is not None:
                    f.write(c.data)
                else:
                    with open(c.path, "rb") as src:
                        shutil.copyfileobj(src, f, 1 << 20)
        (tmp / VALIDATION).write_text(report_turtle(result), encoding="utf-8")
        (tmp / RECORDS).mkdir()
        for doc_id, js in records.items():
            (tmp / RECORDS / f"{doc_id}.json").write_text(js, encoding="utf-8")
        _write_texts_and_index(tmp, texts, search_rows, carry_from)
        _write_originals(tmp, originals, carry_from if texts is None else None)
        manifest = {"id": build_id, "version": __version__, "base_iri": settings.base_iri,
                    "documents": sorted(records), "quads": quads, "counts": counts, "warnings": warnings,
                    "imports": imports if imports is not None else [p.stem for p in imported_files(home)],
                    "sources": sources if sources is not None else (_previous_sources(home)),
                    "validation": {"violations": 0, "warnings": len(result.warnings)}}
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    switch_current(home, target)
    prune_builds(builds, target, settings.keep_builds)
    return BuildReport(build_dir=target, documents=len(records), quads=quads, counts=counts,
                       warnings=warnings, validation=result)


def _write_texts_and_index(target: Path, texts: dict[str, str] | None, rows: list | None,
                           carry_from: Path | None) -> None:
    (target / TEXTS).mkdir()
    if texts is None and carry_from is not None and (carry_from / TEXTS).is_dir():
        for f in (carry_from / TEXTS).iterdir():
            shutil.copyfile(f, target / TEXTS / f.name)
    for doc_id, text in (texts or {}).items():
        (target / TEXTS / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))  # as is: offsets count its characters
    if rows is None and carry_from is not None and search_index(carry_from).is_file():
        shutil.copyfile(search_index(carry_from), search_index(target))
    else:
        write_index(search_index(target), rows or [])


def _previous_sources(home: Path) -> list[str]:
    """The corpus paths of the home's current build (a build that adds imports to it reads the same)."""
    try:
        return manifest(current_build(home)).get("sources", [])
    except BuildNotFound:
        return []


def _write_originals(target: Path, originals: dict[str, Path] | None, carry_from: Path | None) -> None:
    """The files documents were read from where they were not text, kept so a reader can open them."""
    if originals is None and carry_from is not None and (carry_from / ORIGINALS).is_dir():
        shutil.copytree(carry_from / ORIGINALS, target / ORIGINALS)
        return
    if originals:
        (target / ORIGINALS).mkdir()
        for doc_id, path in originals.items():
            shutil.copyfile(path, target / ORIGINALS / f"{doc_id}{Path(path).suffix.lower() or '.bin'}")


def run_checks(settings: Settings, ntriples: bytes) -> ValidationResult:
    """queries/checks/*-violation.rq over the triples they read (see CheckedTriples), as one graph: any
    row is a violation."""
    import pyoxigraph as ox

    from ipgraph.queries import parse_query_file
    from ipgraph.validate import Finding

    store = ox.Store()
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True)  # written by the build itself
    res = ValidationResult(conforms=True)
    for path in sorted((Path(settings.queries_dir) / "checks").glob("*-violation.rq")):
        q = parse_query_file(path)
        sols = store.query(q.text)
        names = [v.value for v in sols.variables]
        for row in sols:
            values = {n: row[n].value for n in names if row[n] is not None}
            focus = next(iter(values.values()), "")
            res.violations.append(Finding(severity="Violation", source="dataset", focus=str(focus), path=None,
                                          message=f"{q.title}: {values}", shape=f"check:{path.name}"))
    res.conforms = not res.violations
    return res


def _prune_cache(root: Path, fp: str, keep: set[str]) -> None:
    """Caches of other code or reference versions can no longer be used, nor documents (or versions of
    documents) and imported files the last build did not have."""
    if root.is_dir():
        for p in root.iterdir():
            if p.name != fp:
                shutil.rmtree(p, ignore_errors=True)
    for sub in ("docs", "imports", "commitments"):  # a pair of plans is named by both plans' keys
        d = root / fp / sub
        if d.is_dir():
            for p in d.iterdir():
                if not set(p.name.split(".")[0].split("-")) <= keep and not p.name.startswith("."):
                    p.unlink(missing_ok=True)
