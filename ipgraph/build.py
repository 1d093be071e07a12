"""The build: corpus -> records -> RDF -> SHACL -> OWL-RL -> a new build of the home (ipgraph.publish).

This module is the orchestration: each document extracted, mapped, validated and closed on its own (in
worker processes, from the cache where unchanged: ipgraph.cache), the inferences that need documents
together, the links across documents (translations, people, commitments), the imported graphs; then
publish. A failed build leaves the last good one in place.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from ipgraph import cache as cache_io
from ipgraph import corrections, nquads
from ipgraph.checks import CheckedTriples
from ipgraph.commitments import METHOD as COMMITMENT_METHOD
from ipgraph.commitments import link_commitments
from ipgraph.config import Settings
from ipgraph.errors import ValidationFailed
from ipgraph.extract import extract_source, find_sources, read_source, skipped_files
from ipgraph.home import CACHE
from ipgraph.publish import BuildReport, Publication, QuadChunk, graph_lines, imported_chunks, publish
from ipgraph.queries import QueryCatalog
from ipgraph.rdfize import (
    Minter,
    commitment_links,
    document_graph,
    person_links,
    reference_graph,
    translation_links,
)
from ipgraph.reason import Reasoner, joining_predicates
from ipgraph.reference import agency_lines, load_reference
from ipgraph.search import entity_rows, sentence_rows
from ipgraph.validate import Findings, ValidationResult, Validator, result_lines

__all__ = ["build", "BuildReport", "BuildContext", "plan_summary"]


@dataclass
class _DocOut:
    """What one document contributes to a build, cached by the hash of its content (and of the code, the
    reference data, the ontology, shapes and checks: see fingerprint)."""

    doc_id: str
    part: QuadChunk  # its named graph, sorted N-Quads (kept in a file of the cache beside the rest)
    # what OWL-RL adds to it (with the reference data where it links to it), sorted N-Quads; in a file of the cache
    # once cached (a build merges them by buckets of documents: see _merged_inferences)
    inferred: list[str]
    # the triples of its graph the QC checks read, N-Triples (of the inferences: see build); once cached, in a file of
    # the cache (a build reads them by buckets of documents: see _checked_files)
    checked: bytes
    joins: bool  # it uses a property through which OWL-RL joins triples (closed again with the others that do)
    result: ValidationResult  # once cached, its violations alone: its warnings are in a file of the cache (warned)
    report: list[str]  # its findings as the validation report writes them (validate.result_lines); then in that file
    counts: dict[str, int]
    warnings: list[str]
    record: str
    plan: dict | None = None  # what links plans across documents reads (see plan_summary)
    text: str = ""  # the text as read (kept in the build: evidence offsets point into it)
    search_rows: list = field(default_factory=list)  # its rows of the full-text index (ipgraph.search.Row)
    people: list = field(default_factory=list)  # the posts it states, for linking people across languages
    corrected: list[str] = field(default_factory=list)  # N-Quads of what corrections add and retract (their graphs)
    corrections: dict = field(default_factory=dict)  # each correction of it (file:line) -> its state
    warned: int = 0  # how many warnings its file of findings holds (validate.Findings)


class BuildContext:
    """What a build process needs once: reference data, shapes, ontology, and the reference graph."""

    def __init__(self, settings: Settings, cache: Path | None = None):
        self.reference = load_reference(settings.reference_dir)
        self.lines = agency_lines(self.reference)
        self.mint = Minter(settings.base_iri)
        self.validator = Validator(settings.ontology_dir)
        self.ref_graph = reference_graph(self.reference, self.mint)
        self.reasoner_engine = settings.reasoner
        self.cache = cache
        self.checked = CheckedTriples(QueryCatalog(settings.queries_dir))

    @functools.cached_property
    def reasoner(self) -> Reasoner:
        """The reasoner, its compiled rules from the cache when the ontology has not changed."""
        path = self.cache / "reasoner.pickle" if self.cache else None
        reasoner = cache_io.load(path) if path else None
        if not isinstance(reasoner, Reasoner):
            reasoner = Reasoner(self.validator.ontology, self.reasoner_engine)
            if path:
                cache_io.store(path, reasoner)
        return reasoner

    @functools.cached_property
    def inferred_iri(self) -> str:
        return str(self.mint.graph("inferred"))

    def document(self, src, validate: bool = True, entries: tuple = ()) -> _DocOut:
        ex = extract_source(src, self.reference)
        doc_graph = str(self.mint.graph("document", src.doc_id))
        corrected, states, touched = [], {}, {}
        if entries:  # the document as its corrections have it: the loader's part stays in its graph
            view = corrections.correct_document(ex, list(entries), self.reference, self.mint,
                                                lambda record: document_graph(record, self.reference, self.mint))
            ex, g, read = view.record, view.graph, Graph()
            for t in view.kept:
                read.add(t)
            corrected = corrections.added_lines(view, self.mint) + corrections.retracted_lines(
                [(s.n3(), p.n3(), o.n3(), doc_graph, e) for (s, p, o), e in view.retracted.items()], self.mint)
            states = {step.entry.where: step.status for step in view.steps}
            touched = {str(n): step.entry.where for step in view.steps for n in step.subjects}
        else:
            g = read = document_graph(ex, self.reference, self.mint)
        result = self.validator.validate(g, src.doc_id, self.ref_graph) if validate else ValidationResult(True)
        result.report = Graph()  # findings travel as data; the per-document report graphs are not kept
        if touched:  # a finding about what a correction changed names the correction
            mark = lambda f: dataclasses.replace(f, message=f"{f.message} (after the correction at {touched[f.focus]})") \
                if f.focus in touched else f  # noqa: E731
            result.violations, result.warnings = [mark(f) for f in result.violations], [mark(f) for f in result.warnings]
        joins = bool(set(g.predicates()) & self.joining)
        inferred = graph_lines(self.reasoner.closure(g + self.ref_graph if joins else g), self.inferred_iri)
        counts = {k: len(getattr(ex, k)) for k in COUNTED}
        warnings = [f"{src.path}: {w.message}" + (f" (characters {w.span.start}-{w.span.end})" if w.span else "")
                    for w in ex.warnings]
        lines = sorted(set(graph_lines(read, doc_graph)))
        doc = ex.document
        rows = entity_rows(g, src.doc_id) + sentence_rows(str(self.mint.document(src.doc_id)), src.doc_id, doc.title,
                                                          doc.text, doc.language)
        return _DocOut(src.doc_id, QuadChunk.of_lines(lines), sorted(set(inferred)),
                       self.checked.select(lines + corrected + inferred), joins, result, result_lines(result), counts, warnings,
                       json.dumps(ex.to_jsonable(), ensure_ascii=False, indent=1, sort_keys=True), plan_summary(ex, self.lines),
                       doc.text, rows, [{"name": p.person, "language": doc.language, "org": p.org.key}
                                        for p in ex.posts if p.org and p.org.key], corrected, states)

    def cached(self, src, key: str, cache: Path, validate: bool, entries: tuple = ()) -> _DocOut:
        """The document's output from the cache, or made and put there. What a build that does not change
        the document needs of it stays in the pickle; the rest is in files of their own beside it, read only
        when needed: its N-Quads (copied into dataset.nq without reading them into Python), its inferences and
        the triples the checks read (read one document after another), its text and record (linked into the
        build), its rows of the search index (read when the index changes them). A build holds of each document
        only what the pickle keeps, so that its memory does not grow with what the documents say."""
        path = cache / "docs" / f"{key}.pickle"
        side = _side_files(cache, key)
        out = cache_io.load(path)
        if out is not None:  # (written after the files beside it: where it is, they are)
            out.part = QuadChunk(out.part.digest, out.part.quads, path=side.nq,  # (a cache moved)
                                 graph=str(self.mint.graph("document", src.doc_id)))
            return out
        if src.text is None:  # a source known from an earlier build (_read_sources): its text is read now
            src = read_source(src.path)
        out = self.document(src, validate, entries)
        cache_io.write_atomic(side.nq, out.part.data)
        cache_io.write_atomic(side.text, out.text.encode("utf-8"))
        cache_io.write_atomic(side.record, out.record.encode("utf-8"))
        cache_io.write_atomic(side.inferred, "".join(ln + "\n" for ln in out.inferred).encode("utf-8"))
        cache_io.write_atomic(side.checked, out.checked)
        cache_io.store(side.findings, (out.result.warnings, out.report))
        cache_io.store(side.rows, out.search_rows)
        out.warned, out.report = len(out.result.warnings), []
        out.result = ValidationResult(out.result.conforms, out.result.violations, [], report=None)
        out.part = QuadChunk(out.part.digest, out.part.quads, path=side.nq, graph=str(self.mint.graph("document", src.doc_id)))
        out.text, out.record, out.search_rows, out.inferred, out.checked = "", "", [], [], b""
        cache_io.store(path, out)
        return out

    def joined(self, outs: list[_DocOut], keys: list[str], cache: Path) -> list[str]:
        """OWL-RL over the documents that use joining properties, together with the reference data:
        what they entail together beyond what each entails alone (cached by their keys)."""
        path = cache / "joined" / (hashlib.sha256("|".join(sorted(keys)).encode()).hexdigest()[:32] + ".pickle")
        lines = cache_io.load(path)
        if lines is None:
            union = Graph()
            union += self.ref_graph
            for out in outs:
                union.parse(data="".join(nquads.triple_of(ln) for ln in out.part.lines()), format="nt")
            lines = graph_lines(self.reasoner.closure(union), self.inferred_iri)
            cache_io.store(path, lines)
        return lines

    @functools.cached_property
    def joining(self) -> set:
        """The predicates through which OWL-RL joins triples (reason.joining_predicates)."""
        return joining_predicates(self.validator.ontology)

    def checked_import(self, part: QuadChunk, cache: Path) -> bytes:
        """The triples of an imported file the QC checks read, cached by the file's digest (an imported
        file can be large, and stays the same from build to build)."""
        path = cache / "imports" / f"{part.digest}.nt"
        try:
            return path.read_bytes()
        except OSError:
            data = self.checked.select(part.lines())
            cache_io.write_atomic(path, data)
            return data

    def reference_inferences(self, cache: Path) -> list[str]:
        path = cache / "reference-closure.pickle"
        lines = cache_io.load(path)
        if lines is None:
            lines = graph_lines(self.reasoner.closure(self.ref_graph), self.inferred_iri)
            cache_io.store(path, lines)
        return lines


_SIDE_SUFFIXES = {"nq": ".nq", "text": ".txt", "record": ".json", "rows": ".rows.pickle", "inferred": ".inferred.nq",
                  "checked": ".checked.nt", "findings": ".findings.pickle"}


class _Side:
    """A cached document's files beside its pickle: its N-Quads (nq), text, record, search rows, inferences, checked
    triples and findings (see BuildContext.cached), each path made when it is asked for (a build of many documents
    asks a few of each)."""

    __slots__ = ("_base",)

    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> Path:
        try:
            return Path(self._base + _SIDE_SUFFIXES[name])
        except KeyError:
            raise AttributeError(name) from None


def _side_files(cache: Path, key: str) -> _Side:
    return _Side(f"{cache}/docs/{key}")


def _buckets(keys: list[str]) -> list[list[str]]:
    """Documents' keys in groups by their first two characters (256 groups at most): a group's merged files are
    kept in the cache, so that a build that changes a document merges again only the two groups it leaves and
    joins, and reads a few hundred files whatever the corpus."""
    groups: dict[str, list[str]] = {}
    for k in sorted(keys):
        groups.setdefault(k[:2], []).append(k)
    return [groups[g] for g in sorted(groups)]


def _bucket_files(cache: Path, keys: list[str], kind: str, make) -> list[Path]:
    """Each bucket's file of one kind (the documents' inferences merged, or their checked triples one after
    another), made by make(its keys) where the cache does not hold it; files of buckets no longer used go."""
    folder = cache / kind
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for group in _buckets(keys):
        path = folder / (hashlib.sha256("|".join(group).encode()).hexdigest()[:32] + ".part")
        if not path.exists():
            cache_io.write_atomic(path, make(group))
        out.append(path)
    return out


def _prune_buckets(cache: Path, keys: list[str]) -> None:
    """The files of buckets (_bucket_files) the last build did not use go (a cache of the home's own only)."""
    used = {hashlib.sha256("|".join(group).encode()).hexdigest()[:32] + ".part" for group in _buckets(keys)}
    for kind in ("inferred", "checked"):
        folder = cache / kind
        for old in folder.iterdir() if folder.is_dir() else ():
            if old.name not in used and not old.name.startswith("."):
                old.unlink(missing_ok=True)


def _merged_inferences(cache: Path, keys: list[str], together: list[str], drop: set[str]) -> QuadChunk:
    """The inferred graph: every document's inferences (each a sorted file of the cache, merged by buckets of
    documents that the cache keeps) and those of the documents together, sorted, each line once, less the triples
    of the reference data; written to the cache as it is merged, so that a build holds no document's inferences
    but the bucket's it merges, whatever the corpus."""
    import heapq

    def merge(group: list[str]) -> bytes:  # (the reference data is the cache's own: what it drops is too)
        lines: set[str] = set()
        for k in group:
            lines.update(_side_files(cache, k).inferred.read_text(encoding="utf-8").splitlines())
        return "".join(ln + "\n" for ln in sorted(lines) if ln and nquads.triple_key(ln) not in drop).encode("utf-8")

    runs = _bucket_files(cache, keys, "inferred", merge)
    files = [open(r, encoding="utf-8") for r in runs]
    try:
        streams = [(ln.rstrip("\n") for ln in f) for f in files] + [
            iter(sorted(ln for ln in set(together) if ln and nquads.triple_key(ln) not in drop))]
        digest, count, last = hashlib.blake2b(digest_size=16), 0, None
        with tempfile.NamedTemporaryFile(dir=cache, prefix=".inferred-", suffix=".nq", delete=False) as out:
            dest = Path(out.name)  # (the build's own: builds that share a cache do not write each other's)
            for ln in heapq.merge(*streams):
                if ln == last:
                    continue
                last = ln
                data = (ln + "\n").encode("utf-8")
                digest.update(data)
                out.write(data)
                count += 1
    finally:
        for f in files:
            f.close()
    return QuadChunk(digest.hexdigest(), count, path=dest)


def _checked_files(cache: Path, keys: list[str]) -> list[Path]:
    """The triples the checks read of every document, in files of buckets of documents (see _buckets)."""
    return _bucket_files(cache, keys, "checked", lambda group: b"".join(_side_files(cache, k).checked.read_bytes()
                                                                         for k in group))


COUNTED = ("measures", "posts", "instruments", "revisions", "events", "statistics")
# The build context of this process with the fingerprint it was made for: the one a later build in the
# process reuses, and the one forked document workers inherit
_CONTEXT: tuple[str, BuildContext] | None = None


def _context(settings: Settings, fp: str, cache: Path) -> BuildContext:
    """The build context for these settings, made once a process while what it is made of stays the same:
    it follows from the reference data, ontology, shapes, checks, base IRI and reasoner, which the
    fingerprint covers (a second build in one process, as a test run makes many, reuses it)."""
    global _CONTEXT
    if _CONTEXT is None or _CONTEXT[0] != fp:
        _CONTEXT = (fp, BuildContext(settings))
    main = _CONTEXT[1]
    main.cache = cache  # (where a reasoner not yet compiled is looked for)
    return main


def _init_worker(settings: Settings) -> None:
    """A document worker started without fork: it makes its own context."""
    global _CONTEXT
    _CONTEXT = (cache_io.fingerprint(settings), BuildContext(settings))


def _run_doc(job: tuple) -> _DocOut:
    assert _CONTEXT is not None
    return _CONTEXT[1].cached(*job)


def build(settings: Settings, paths: list[Path] | None = None,
          progress: Callable[[str], None] | None = None, workers: int | None = None,
          validate: bool = True, corrections_in: list[Path] | None = None, strict: bool = False) -> BuildReport:
    """Build the corpus at paths (default: the settings' corpus) into a new build of the home.

    Each document is extracted, mapped, validated and closed on its own, and the result cached by the
    hash of its content: a rebuild processes only the documents that changed.
    validate=False skips the SHACL shapes of the documents (the QC checks still run).
    The corrections of the home ({home}/corrections/) and of corrections_in (folders or files) are applied
    (ipgraph.corrections); strict makes a correction that no longer applies an error."""
    # A build makes and drops many small objects (rdflib terms and graphs) that reference counting
    # frees; the cyclic collector ran far more often than it found anything: it runs less often here,
    # and what exists before the workers fork (reference data, shapes, ontology) is left out of it.
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        return _build(settings, paths, progress, workers, validate, corrections_in, strict)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _build(settings: Settings, paths: list[Path] | None, progress: Callable[[str], None] | None,
           workers: int | None, validate: bool, corrections_in: list[Path] | None, strict: bool) -> BuildReport:
    paths = [Path(p) for p in (paths or [settings.corpus_dir])]
    files = find_sources(paths)
    fp = cache_io.fingerprint(settings)
    cache_root, cache = cache_io.folder(settings, fp)
    # every file is checked before anything is written; what was read of the home's files is the home's own (a cache
    # several homes share keeps their documents' outputs, not one table of their files that each build would replace)
    sources = _read_sources(files, Path(settings.home) / CACHE / fp)
    folders = corrections.folders(settings.home, corrections_in)
    fixes = corrections.load(folders)  # every file is read, and each entry checked for form, first
    main = _context(settings, fp, cache)
    fixed = _fixed_graphs(main, cache)
    result = ValidationResult(conforms=True, warnings=Findings())
    result.merge(fixed["result"])
    own = {src.doc_id: tuple(fixes.for_document(src.doc_id)) for src in sources}
    keys = {src.doc_id: hashlib.sha256(f"{fp}|{validate}|{src.doc_id}|{src.sha256}|{sorted(src.meta.items())}|"
                                       f"{[(e.where, e.key()) for e in own[src.doc_id]]}".encode()).hexdigest()[:32]
            for src in sources}
    jobs = [(src, keys[src.doc_id], cache, validate, own[src.doc_id]) for src in sorted(sources, key=lambda s: s.doc_id)]
    outs = _documents(settings, main, jobs, cache, workers, progress)
    for d in outs:
        result.merge(d.result)
        result.warnings += Findings(parts=[(d.doc_id, d.warned, _side_files(cache, keys[d.doc_id]).findings)])
    if result.violations:
        raise ValidationFailed(result)
    together = list(main.reference_inferences(cache))  # (each document's inferences are in its checked triples)
    joining = [d for d in outs if d.joins]
    if len(joining) > 1:
        together += main.joined(joining, [keys[d.doc_id] for d in joining], cache)
    chunks = [fixed["nq"]] + [d.part for d in outs]
    doc_keys = [keys[d.doc_id] for d in outs]
    inferred = _merged_inferences(cache, doc_keys, together, fixed["triples"])  # (a file of this build's: gone after it)
    chunks.append(inferred)
    try:
        checked = [fixed["checked"], *_checked_files(cache, doc_keys), main.checked.select(together)]
        records = {d.doc_id: d.plan for d in outs if d.plan}
        links = translation_links(records, main.mint) + person_links({d.doc_id: d.people for d in outs}, main.mint)
        plan_keys = _plan_keys(records)
        links += commitment_links(link_commitments(records, cache_io.PairStore(cache, plan_keys)), main.mint, COMMITMENT_METHOD)
        links, fixed_lines, states = _corrected_links(main, fixes, outs, records, links)
        if links:
            chunks.append(QuadChunk.of_lines(links))
        if fixes.entries:
            chunks.append(QuadChunk.of_lines(fixed_lines))
            checked.append(main.checked.select(fixed_lines))
        notes = corrections.report(fixes, states, strict)
        imports = imported_chunks(settings)
        chunks += imports
        checked += [main.checked_import(c, cache) for c in imports]
        report = publish(settings, Publication(
            chunks, checked, result, records={d.doc_id: _side_files(cache, keys[d.doc_id]).record for d in outs},
            counts={k: sum(d.counts[k] for d in outs) for k in COUNTED},
            warnings=[f"{f}: skipped: {why}" for f, why in skipped_files(paths)] + [w for d in outs for w in d.warnings]
            + notes, corrections=corrections.manifest(fixes, folders, states),
            texts={d.doc_id: _side_files(cache, keys[d.doc_id]).text for d in outs},
            originals={s.doc_id: s.path for s in sources if s.format != "text"},
            sources=[str(p.resolve()) for p in paths],
            search_parts={"": (fp, fixed["search_rows"])} | {
                d.doc_id: (keys[d.doc_id], functools.partial(cache_io.load, _side_files(cache, keys[d.doc_id]).rows))
                for d in outs},
            search_version=fp))
        if not settings.cache_dir:  # a cache of the home's own: what this build did not use goes
            cache_io.prune(cache_root, fp, keep=set(keys.values()) | set(plan_keys.values()) | {c.digest for c in imports})
            _prune_buckets(cache, doc_keys)
        return report
    finally:
        inferred.path.unlink(missing_ok=True)


STABLE_NS = 2_000_000_000  # a file last changed this long before it was read is not being written (see _read_sources)


def _read_sources(files: list[Path], cache: Path) -> list:
    """Each file read as a source (read_source), but for those read by an earlier build and not changed since,
    as their size, change time and inode (and those of their sidecar) say: these come from the cache without
    their text (a build reads it only if the document's output is not in the cache). A file changed less than
    two seconds before it was read may change again within the same tick of the clock: it is read every time
    until it has been still that long (as git treats its index)."""
    path = cache / "sources.pickle"
    known = cache_io.load(path)
    known = known if isinstance(known, dict) else {}
    seen, out = {}, []
    for f in files:
        sig = (_stat(f), _stat(f.with_name(f.stem + ".meta.yaml")))
        hit = known.get(str(f))
        if hit is not None and hit[0] == sig:
            src = hit[2]
            seen[str(f)] = hit
        else:
            src = read_source(f)
            read_at = time.time_ns()
            stable = all(s is None or s[1] < read_at - STABLE_NS for s in sig)
            if stable:
                seen[str(f)] = (sig, read_at, dataclasses.replace(src, text=None))
        out.append(src)
    if seen.keys() != known.keys() or any(known[k] is not v for k, v in seen.items()):
        cache_io.store(path, seen)
    return out


def _stat(f: Path) -> tuple[int, int, int] | None:
    try:
        st = f.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def _corrected_links(main: BuildContext, fixes, outs: list[_DocOut], records: dict, links: list[str]):
    """(the links kept, every line the corrections add or retract, each entry's state): the link entries applied
    to the links between documents, and the corrections' own description (graph/corrections)."""
    if not fixes.entries:
        return links, [], {}
    measures = {(d, m["number"]) for d, r in records.items() for m in r["measures"]}
    links, added, removed, states = corrections.correct_links(links, fixes.links(), measures, main.mint)
    lines = added + corrections.retracted_lines(
        [(*nquads.triple_key(ln).split(" ", 2), nquads.graph_of(ln), e) for ln, e in removed.items()], main.mint)
    present = {d.doc_id for d in outs}
    for e in fixes.entries:
        if e.scope == "link":
            continue
        seen = [d.corrections.get(e.where) for d in outs if e.where in d.corrections]
        if e.scope == "record" or e.document:
            states[e] = seen[0] if seen and e.document in present else corrections.STALE
        else:  # a merge: applied where it changed a graph
            states[e] = next((s for s in (corrections.APPLIED, corrections.REDUNDANT) if s in seen), corrections.STALE)
    lines += [ln for d in outs for ln in d.corrected] + corrections.provenance_lines(fixes.entries, states, main.mint)
    return links, sorted(set(lines)), states


def _fixed_graphs(main: BuildContext, cache: Path) -> dict:
    """The reference and ontology graphs as N-Quads, the triples of them the checks read, and the reference
    data's findings: the same for every build with these settings (cached)."""
    fixed = cache_io.load(cache / "fixed.pickle")
    if fixed is None:
        result = main.validator.validate(main.ref_graph, "reference")
        result.report = Graph()
        ref_lines = graph_lines(main.ref_graph, str(main.mint.graph("reference")))
        onto_lines = graph_lines(main.validator.ontology, str(main.mint.graph("ontology")))
        fixed = {"result": result, "nq": QuadChunk.of_lines(sorted(set(ref_lines + onto_lines))),
                 "checked": main.checked.select(ref_lines + onto_lines),
                 "triples": {nquads.triple_key(ln) for ln in ref_lines},
                 "search_rows": entity_rows(main.ref_graph)}
        cache_io.store(cache / "fixed.pickle", fixed)
    return fixed


def _documents(settings: Settings, main: BuildContext, jobs: list, cache: Path, workers: int | None,
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


