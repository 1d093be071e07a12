"""Publishing a build into its home: dataset.nq, the validation report, records, texts, the search index,
originals and the manifest written into a new folder, then made current.

A home holds builds/<id>/ and a `current` symlink swapped atomically when a build succeeds: a failed build
leaves the last good one in place, and a reader never sees half a dataset. The quality checks run first; a
build that fails them is not written. The build and `ipgraph import` publish alike (a Publication).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.compare import to_canonical_graph

from ipgraph import __version__, nquads
from ipgraph.checks import run_checks
from ipgraph.config import Settings
from ipgraph.errors import BuildNotFound, ValidationFailed
from ipgraph.home import (
    BUILDS,
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
from ipgraph.queries import QueryCatalog
from ipgraph.search import publish_index
from ipgraph.validate import ValidationResult, write_report


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
    graph: str | None = None  # the one named graph the chunk holds whole (a document's), where it is one

    @classmethod
    def of(cls, data: bytes) -> QuadChunk:
        return cls(hashlib.blake2b(data, digest_size=16).hexdigest(), data.count(b"\n"), data=data)

    @classmethod
    def of_lines(cls, lines: list[str]) -> QuadChunk:
        return cls.of("".join(ln + "\n" for ln in lines).encode("utf-8"))

    def read(self) -> bytes:
        return self.data if self.data is not None else Path(self.path).read_bytes()

    def lines(self) -> list[str]:
        return [ln for ln in self.read().decode("utf-8").splitlines() if ln]


@dataclass
class Publication:
    """What a build publishes. chunks are N-Quads, each a set of lines (one graph, or several graphs' lines
    sorted); dataset.nq is their concatenation. checked are N-Triples (or files of them) of what the
    quality checks read.
    Without texts (None), the texts, search index and originals of carry_from (the build this one adds to)
    are kept; without sources or imports, the home's current ones."""

    chunks: list[QuadChunk]
    checked: list[bytes | Path]  # N-Triples, or files of them
    result: ValidationResult
    records: dict[str, str | Path]  # document id -> its extraction record (JSON), or the file that holds it
    counts: dict[str, int]
    warnings: list[str]
    imports: list[str] | None = None
    texts: dict[str, str | Path] | None = None  # document id -> its text as read, or the file that holds it
    report: dict[str, list[str]] | None = None  # a document's findings as the report writes them (validate.result_lines)
    search_parts: dict[str, tuple[str, list]] | None = None  # part (document id; "" the reference data) -> (key, rows)
    search_version: str = ""  # what the index's rows depend on besides the parts' keys (the build's fingerprint)
    carry_from: Path | None = None
    originals: dict[str, Path] | None = None
    sources: list[str] | None = None
    corrections: dict | None = None  # the corrections it holds (ipgraph.corrections.manifest); None: the current build's

    def build_id(self) -> str:
        # a text in a file of the cache is named by its content's key
        texts = hashlib.sha256("".join(f"{k}\0{v if isinstance(v, str) else Path(v).name}\0"
                                       for k, v in sorted((self.texts or {}).items())).encode())
        return hashlib.sha256(("|".join(c.digest for c in self.chunks) + "|" + texts.hexdigest()).encode()).hexdigest()[:16]


def publish(settings: Settings, pub: Publication) -> BuildReport:
    """Write the build and make it current (the quality checks first: a build that fails them is not written)."""
    result = pub.result
    result.merge(run_checks(QueryCatalog(settings.queries_dir), pub.checked))
    if result.violations:
        raise ValidationFailed(result)
    build_id = pub.build_id()
    quads = sum(c.quads for c in pub.chunks)
    report = BuildReport(build_dir=Path(), documents=len(pub.records), quads=quads, counts=pub.counts,
                         warnings=pub.warnings, validation=result)
    home = Path(settings.home)
    builds = home / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    report.build_dir = target = builds / build_id
    if target.exists():
        switch_current(home, target)
        return report
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=builds))
    try:
        parts = []  # where each chunk is in dataset.nq: a store that holds the last build loads only what changed
        with open(tmp / DATASET, "wb") as f:
            for c in pub.chunks:
                start = f.tell()
                if c.data is not None:
                    f.write(c.data)
                else:
                    _append(f, c.path)
                parts.append({"graph": c.graph, "digest": c.digest, "start": start, "end": f.tell()})
        with open(tmp / VALIDATION, "w", encoding="utf-8") as f:
            write_report(f, result, pub.report)
        (tmp / RECORDS).mkdir()
        for doc_id, js in pub.records.items():
            _put(tmp / RECORDS / f"{doc_id}.json", js)
        _write_texts_and_index(tmp, pub, _current(home))
        _write_originals(tmp, pub.originals, pub.carry_from if pub.texts is None else None)
        written = {"id": build_id, "version": __version__, "base_iri": settings.base_iri,
                   "documents": sorted(pub.records), "quads": quads, "counts": pub.counts, "warnings": pub.warnings,
                   "imports": pub.imports if pub.imports is not None else [p.stem for p in imported_files(home)],
                   "sources": pub.sources if pub.sources is not None else _previous_sources(home),
                   "corrections": pub.corrections if pub.corrections is not None else _previous(home, "corrections", {}),
                   "validation": {"violations": 0, "warnings": len(result.warnings)}, "parts": parts}
        (tmp / MANIFEST).write_text(json.dumps(written, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    switch_current(home, target)
    prune_builds(builds, target, settings.keep_builds)
    return report


def _write_texts_and_index(target: Path, pub: Publication, current: Path | None) -> None:
    """The texts, and the search index: the current build's patched where parts changed (search.publish_index)."""
    (target / TEXTS).mkdir()
    if pub.texts is None and pub.carry_from is not None and (pub.carry_from / TEXTS).is_dir():
        for f in (pub.carry_from / TEXTS).iterdir():
            shutil.copyfile(f, target / TEXTS / f.name)
    for doc_id, text in (pub.texts or {}).items():
        _put(target / TEXTS / f"{doc_id}.txt", text)  # as is: offsets count its characters
    if pub.search_parts is None and pub.carry_from is not None and search_index(pub.carry_from).is_file():
        shutil.copyfile(search_index(pub.carry_from), search_index(target))
    else:
        publish_index(search_index(target), pub.search_parts or {}, search_index(current) if current else None,
                      pub.search_version)


def _append(out, path: Path) -> None:
    """A file's bytes at the end of out, copied by the kernel where it can (no pass through Python's buffers)."""
    with open(path, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        out.flush()
        start = out.seek(0, os.SEEK_END)
        try:
            done = 0
            while done < size:
                n = os.copy_file_range(src.fileno(), out.fileno(), size - done)
                if n == 0:
                    break
                done += n
        except (AttributeError, OSError):  # (no copy_file_range here, or not between these files)
            done = -1
        if done == size:
            out.seek(0, os.SEEK_END)
            return
        out.seek(start)  # what was copied, if anything, is copied again the slow way
        out.truncate()
        src.seek(0)
        shutil.copyfileobj(src, out, 1 << 20)


def _put(target: Path, content: str | Path) -> None:
    """A file of the build: written, or linked to the cache's file of the same content (a build is never
    changed once written, nor a file of the cache: it is replaced, not rewritten), copied where no link can be."""
    if isinstance(content, str):
        target.write_bytes(content.encode("utf-8"))
        return
    try:
        os.link(content, target)
    except OSError:
        shutil.copyfile(content, target)


def _current(home: Path) -> Path | None:
    try:
        return current_build(home)
    except BuildNotFound:
        return None


def _previous_sources(home: Path) -> list[str]:
    """The corpus paths of the home's current build (a build that adds imports to it reads the same)."""
    return _previous(home, "sources", [])


def _previous(home: Path, key: str, default):
    try:
        return manifest(current_build(home)).get(key, default)
    except BuildNotFound:
        return default


def _write_originals(target: Path, originals: dict[str, Path] | None, carry_from: Path | None) -> None:
    """The files documents were read from where they were not text, kept so a reader can open them."""
    if originals is None and carry_from is not None and (carry_from / ORIGINALS).is_dir():
        shutil.copytree(carry_from / ORIGINALS, target / ORIGINALS)
        return
    if originals:
        (target / ORIGINALS).mkdir()
        for doc_id, path in originals.items():
            shutil.copyfile(path, target / ORIGINALS / f"{doc_id}{Path(path).suffix.lower() or '.bin'}")


def imported_chunks(settings: Settings) -> list[QuadChunk]:
    """The N-Quads of the RDF files `ipgraph import` added to the home (each its own named graph)."""
    return [QuadChunk.of(f.read_bytes()) for f in imported_files(settings.home)]
