"""The build: corpus -> records -> RDF -> SHACL -> OWL-RL -> an immutable build directory in the home.

A home holds builds/<id>/ (dataset.nq, validation.ttl, records/, manifest.json) and a `current`
symlink swapped atomically when a build succeeds: a failed build leaves the last good one in place,
and a reader never sees half a dataset.
"""

from __future__ import annotations

import functools
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

from ipgraph import __version__
from ipgraph.config import Settings
from ipgraph.errors import BuildNotFound, ValidationFailed
from ipgraph.extract import extract_source, find_sources, read_source
from ipgraph.rdfize import Minter, document_graph, reference_graph
from ipgraph.reason import Reasoner
from ipgraph.reference import load_reference
from ipgraph.validate import ValidationResult, Validator, report_graph

DATASET = "dataset.nq"  # every named graph
UNION = "union.nt"  # their union as a set: the default graph of the store
IMPORTS = "imports"  # RDF files added by `ipgraph import`, one N-Quads file (and named graph) each


@dataclass
class BuildReport:
    build_dir: Path
    documents: int
    quads: int
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    validation: ValidationResult | None = None


def graph_lines(g: Graph, graph_iri: str) -> list[str]:
    """N-Quads lines of one graph."""
    if any(isinstance(t, BNode) for triple in g for t in triple):
        g = to_canonical_graph(g)  # blank-node labels from content, so two builds are identical
    nt = g.serialize(format="nt")
    return [line[:-1].rstrip() + f" <{graph_iri}> ." for line in nt.splitlines() if line.strip()]


def current_build(settings: Settings) -> Path:
    cur = Path(settings.home) / "current"
    if not (cur / DATASET).exists():
        raise BuildNotFound(f"no built graph in {settings.home}; run `ipgraph build` (or set --home / IPGRAPH_HOME)")
    return cur.resolve()


BATCH = 12  # documents per bucket: one OWL-RL closure serves the whole bucket


@dataclass
class _DocOut:
    doc_id: str
    lines: list[str]
    result: ValidationResult
    counts: dict[str, int]
    warnings: list[str]
    record: str


class _Worker:
    """What a build process needs once: reference data, shapes, ontology, and the reference graph."""

    def __init__(self, settings: Settings):
        self.reference = load_reference(settings.reference_dir)
        self.mint = Minter(settings.base_iri)
        self.validator = Validator(settings.ontology_dir)
        self.ref_graph = reference_graph(self.reference, self.mint)
        self.reasoner_engine = settings.reasoner

    @functools.cached_property
    def reasoner(self) -> Reasoner:
        return Reasoner(self.validator.ontology, self.reasoner_engine)

    def document(self, src, validate: bool = True) -> tuple[_DocOut, Graph]:
        ex = extract_source(src, self.reference)
        g = document_graph(ex, self.reference, self.mint)
        result = self.validator.validate(g, src.doc_id, self.ref_graph) if validate else ValidationResult(True)
        result.report = Graph()  # findings travel as data; the per-document report graphs are not kept
        counts = {k: len(getattr(ex, k)) for k in COUNTED}
        warnings = [f"{src.path}: {w.message}" + (f" (characters {w.span.start}-{w.span.end})" if w.span else "")
                    for w in ex.warnings]
        out = _DocOut(src.doc_id, graph_lines(g, str(self.mint.graph("document", src.doc_id))), result, counts,
                      warnings, json.dumps(ex.to_jsonable(), ensure_ascii=False, indent=1, sort_keys=True))
        return out, g

    def batch(self, job: _Job) -> tuple[list[_DocOut], list[str]]:
        """The documents of one bucket (from the cache where their content is unchanged) and the OWL-RL
        inferences of the bucket with the reference data (from the cache when no document of it changed)."""
        outs, graphs = [], []
        for src in job.sources:
            key = job.keys[src.doc_id]
            out = _load(job.cache / "docs" / f"{key}.pickle")
            if out is None:
                out, g = self.document(src, job.validate)
                _store(job.cache / "docs" / f"{key}.pickle", out)
            else:
                g = None
            outs.append(out)
            graphs.append(g)
        inferred = _load(job.cache / "closure" / f"{job.bucket_key}.pickle")
        if inferred is None:
            union = Graph()
            for out, g in zip(outs, graphs, strict=True):
                if g is None:  # a cached document: its graph again from its lines
                    g = Graph().parse(data="\n".join(ln[:ln.rfind(" <")] + " ." for ln in out.lines), format="nt")
                union += g
            if set(union.predicates()) & self.joining:
                union += self.ref_graph  # a rule may join these triples with the reference data
            inferred = graph_lines(self.reasoner.closure(union), str(self.mint.graph("inferred")))
            _store(job.cache / "closure" / f"{job.bucket_key}.pickle", inferred)
        return outs, inferred

    @property
    def joining(self) -> set:
        """Predicates through which OWL-RL joins two ABox triples under this ontology (transitive and
        functional properties, property-chain links, owl:sameAs). Document graphs that use none of them
        entail nothing together with the reference data that the reference closure lacks, so their closure
        needs the ontology only."""
        if not hasattr(self, "_joining"):
            from rdflib.namespace import OWL, RDF

            onto = self.validator.ontology
            props = {OWL.sameAs}
            for cls in (OWL.TransitiveProperty, OWL.FunctionalProperty, OWL.InverseFunctionalProperty,
                        OWL.SymmetricProperty):
                props |= set(onto.subjects(RDF.type, cls))
            for chain in onto.objects(None, OWL.propertyChainAxiom):
                props |= set(onto.items(chain))
            props |= {p for p in onto.subjects(OWL.propertyChainAxiom, None)}
            self._joining = props
        return self._joining

    def reference_inferences(self, cache: Path) -> list[str]:
        path = cache / "reference-closure.pickle"
        lines = _load(path)
        if lines is None:
            lines = graph_lines(self.reasoner.closure(self.ref_graph), str(self.mint.graph("inferred")))
            _store(path, lines)
        return lines


@dataclass
class _Job:
    sources: list
    keys: dict[str, str]
    bucket_key: str
    cache: Path
    validate: bool = True


def _load(path: Path):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


def _store(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def fingerprint(settings: Settings) -> str:
    """What the output of a document depends on besides its text: the code, reference data, ontology,
    shapes and base IRI. A change to any of them invalidates the build cache."""
    h = hashlib.sha256(f"{__version__}|{settings.base_iri}|{settings.reasoner}".encode())
    roots = [Path(__file__).parent, Path(settings.reference_dir), Path(settings.ontology_dir)]
    for root in roots:
        for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".ttl")
                        and "examples" not in p.parts):
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _buckets(doc_ids: list[str]) -> dict[int, list[str]]:
    """Documents in buckets by a hash of their id: a changed document invalidates its bucket's closure only.
    The bucket count is a power of two near len/BATCH, so it changes only when the corpus doubles."""
    n = 1
    while n * BATCH < len(doc_ids):
        n *= 2
    out: dict[int, list[str]] = {}
    for d in doc_ids:
        out.setdefault(int(hashlib.sha256(d.encode()).hexdigest()[:8], 16) % n, []).append(d)
    return out


COUNTED = ("measures", "posts", "instruments", "revisions", "events", "statistics")
_WORKER: _Worker | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = _Worker(settings)


def _run_batch(job: _Job) -> tuple[list[_DocOut], list[str]]:
    assert _WORKER is not None
    return _WORKER.batch(job)


def build(settings: Settings, paths: list[Path] | None = None,
          progress: Callable[[str], None] | None = None, workers: int | None = None,
          validate: bool = True) -> BuildReport:
    """Build the corpus at paths (default: the settings' corpus) into a new build of the home.

    validate=False skips the SHACL shapes of the documents (the QC checks still run)."""
    paths = [Path(p) for p in (paths or [settings.corpus_dir])]
    files = find_sources(paths)
    sources = [read_source(f) for f in files]  # every file is checked before anything is written
    main = _Worker(settings)
    result = main.validator.validate(main.ref_graph, "reference")
    lines: list[str] = graph_lines(main.ref_graph, str(main.mint.graph("reference")))
    lines += graph_lines(main.validator.ontology, str(main.mint.graph("ontology")))
    fp = fingerprint(settings)
    cache = Path(settings.home) / "cache" / fp
    by_id = {src.doc_id: src for src in sources}
    keys = {src.doc_id: hashlib.sha256(f"{fp}|{validate}|{src.doc_id}|{src.sha256}|{sorted(src.meta.items())}".encode())
            .hexdigest()[:32] for src in sources}
    batches = [_Job([by_id[d] for d in sorted(ids)], {d: keys[d] for d in ids},
                    hashlib.sha256("|".join(sorted(keys[d] for d in ids)).encode()).hexdigest()[:32], cache, validate)
               for _, ids in sorted(_buckets(sorted(by_id)).items())] or [_Job([], {}, "empty", cache)]
    fresh = [b for b in batches if not (cache / "closure" / f"{b.bucket_key}.pickle").exists()]
    workers = workers or min(len(fresh), os.cpu_count() or 1)
    outs: list[_DocOut] = []
    inferred: set[str] = set(main.reference_inferences(cache))

    def collect(batch_out: tuple[list[_DocOut], list[str]]) -> None:
        docs, inf = batch_out
        outs.extend(docs)
        inferred.update(inf)
        if progress:
            for d in docs:
                progress(d.doc_id)

    if workers <= 1:
        for b in batches:
            collect(main.batch(b))
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(settings,)) as pool:
            for batch_out in pool.map(_run_batch, batches):
                collect(batch_out)
    outs.sort(key=lambda d: d.doc_id)
    for d in outs:
        result.merge(d.result)
        lines += d.lines
    if result.violations:
        raise ValidationFailed(result)
    lines += imported_lines(settings)
    _prune_cache(Path(settings.home) / "cache", fp)
    return publish(settings, lines, inferred, result, records={d.doc_id: d.record for d in outs},
                   counts={k: sum(d.counts[k] for d in outs) for k in COUNTED},
                   warnings=[w for d in outs for w in d.warnings])


def imported_lines(settings: Settings) -> list[str]:
    """The N-Quads of the RDF files `ipgraph import` added to the home (each its own named graph)."""
    out: list[str] = []
    for f in sorted((Path(settings.home) / IMPORTS).glob("*.nq")):
        out += [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return out


def publish(settings: Settings, lines: list[str], inferred: set[str], result: ValidationResult,
            records: dict[str, str], counts: dict[str, int], warnings: list[str],
            imports: list[str] | None = None) -> BuildReport:
    """Write a build (dataset.nq, its union union.nt, validation report, records, manifest) and make it current.

    The QC checks run on the union first; a build that fails them is not written.
    """
    asserted = {ln.rsplit(" <", 1)[0] for ln in lines}
    lines += [ln for ln in inferred if ln.rsplit(" <", 1)[0] not in asserted]
    union = sorted(asserted.union(ln.rsplit(" <", 1)[0] for ln in inferred))
    del asserted
    inferred.clear()
    lines = sorted(set(lines))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # the default graph: the union of all graphs as a set (a triple in many graphs counts once)
    union_data = ("".join(t + " .\n" for t in union)).encode("utf-8")
    del union
    result.merge(run_checks(settings, union_data))
    if result.violations:
        raise ValidationFailed(result)
    build_id = hashlib.sha256(data).hexdigest()[:16]

    home = Path(settings.home)
    builds = home / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    target = builds / build_id
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=builds))
    try:
        (tmp / DATASET).write_bytes(data)
        (tmp / UNION).write_bytes(union_data)
        report_graph(result).serialize(tmp / "validation.ttl", format="turtle")
        (tmp / "records").mkdir()
        for doc_id, js in records.items():
            (tmp / "records" / f"{doc_id}.json").write_text(js, encoding="utf-8")
        manifest = {"id": build_id, "version": __version__, "base_iri": settings.base_iri,
                    "documents": sorted(records), "quads": len(lines), "counts": counts, "warnings": warnings,
                    "imports": imports if imports is not None else sorted(p.stem for p in (home / IMPORTS).glob("*.nq")),
                    "validation": {"violations": 0, "warnings": len(result.warnings)}}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        if target.exists():
            shutil.rmtree(tmp)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _switch_current(home, target)
    _prune(builds, target, settings.keep_builds)
    return BuildReport(build_dir=target, documents=len(records), quads=len(lines), counts=counts,
                       warnings=warnings, validation=result)


def run_checks(settings: Settings, ntriples: bytes) -> ValidationResult:
    """queries/checks/*-violation.rq on the union of the finished dataset: any row is a violation."""
    import pyoxigraph as ox

    from ipgraph.queries import parse_query_file
    from ipgraph.validate import Finding

    store = ox.Store()
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
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


def _switch_current(home: Path, target: Path) -> None:
    link = home / "current"
    tmp_link = home / f".current-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(os.path.relpath(target, home), tmp_link)
    os.replace(tmp_link, link)


def _prune_cache(root: Path, keep: str) -> None:
    """Caches of other code or reference versions can no longer be used."""
    if root.is_dir():
        for p in root.iterdir():
            if p.name != keep:
                shutil.rmtree(p, ignore_errors=True)


def _prune(builds: Path, keep: Path, n: int) -> None:
    old = sorted((p for p in builds.iterdir() if p.is_dir() and p != keep and not p.name.startswith(".")),
                 key=lambda p: p.stat().st_mtime, reverse=True)
    for p in old[n:]:
        shutil.rmtree(p, ignore_errors=True)
