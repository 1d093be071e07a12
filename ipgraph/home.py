"""A home: where builds live, and how a build lays out its files. The one owner of these names.

    HOME/builds/<id>/dataset.nq      every named graph of the build (N-Quads)
    HOME/builds/<id>/manifest.json   id, version, base IRI, documents, counts, warnings, imports
    HOME/builds/<id>/validation.ttl  the SHACL report
    HOME/builds/<id>/records/<doc>.json  what was extracted from each document
    HOME/current                     a link to the current build, switched atomically
    HOME/imports/<name>.nq           RDF files added by `ipgraph import`, one named graph each
    HOME/cache/                      the build cache

It loads nothing of the pipeline (extraction, validation, reasoning): the service reads builds through it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ipgraph.errors import BuildNotFound

DATASET = "dataset.nq"
MANIFEST = "manifest.json"
VALIDATION = "validation.ttl"
RECORDS = "records"
TEXTS = "text"  # the text of each document as the extractors read it (evidence offsets point into it)
SEARCH = "search.sqlite"  # the full-text index (ipgraph.search)
HOME_CORPUS = "corpus"  # the documents `ipgraph add` fetched or copied into the home
ORIGINALS = "originals"  # each document's file as published, where it was not a .txt (HTML, PDF, Word)
IMPORTS = "imports"
BUILDS = "builds"
STORES = "stores"  # on-disk stores the service serves large builds from (settings: disk_store_above_mb)
CURRENT = "current"
CACHE = "cache"


def current_build(home: Path | str | object) -> Path:
    """The current build's folder (home: a folder, or settings with a `home`)."""
    home = Path(home if isinstance(home, (str, os.PathLike)) else home.home)
    cur = home / CURRENT
    if not (cur / DATASET).exists():
        raise BuildNotFound(f"no built graph in {home}; run `ipgraph build` (or set --home / IPGRAPH_HOME)")
    return cur.resolve()


def dataset(build_dir: Path) -> Path:
    return Path(build_dir) / DATASET


def manifest(build_dir: Path) -> dict:
    return json.loads((Path(build_dir) / MANIFEST).read_text(encoding="utf-8"))


def records(build_dir: Path) -> dict[str, str]:
    """The extraction record of each document (JSON text), by document id."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((Path(build_dir) / RECORDS).glob("*.json"))}


def record(build_dir: Path, doc_id: str) -> dict | None:
    """One document's extraction record (as the build holds it, corrections applied); None where there is none."""
    import json

    path = Path(build_dir) / RECORDS / f"{doc_id}.json"
    if "/" in doc_id or doc_id.startswith(".") or not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def document_text(build_dir: Path, doc_id: str) -> str | None:
    """The text a document was read from, as the extractors read it; None for a document the build lacks."""
    path = Path(build_dir) / TEXTS / f"{doc_id}.txt"
    if "/" in doc_id or doc_id.startswith(".") or not path.is_file():
        return None
    return path.read_bytes().decode("utf-8")  # no newline translation: offsets count its characters


def original_file(build_dir: Path, doc_id: str) -> Path | None:
    """The file a document was read from, as published (HTML, PDF or Word); None for a text document."""
    folder = Path(build_dir) / ORIGINALS
    if "/" in doc_id or doc_id.startswith(".") or not folder.is_dir():
        return None
    return next((p for p in sorted(folder.glob(f"{doc_id}.*")) if p.stem == doc_id), None)


def search_index(build_dir: Path) -> Path:
    return Path(build_dir) / SEARCH


def imported_files(home: Path) -> list[Path]:
    return sorted((Path(home) / IMPORTS).glob("*.nq"))


def switch_current(home: Path, target: Path) -> None:
    """Make target the current build, atomically (a new link renamed over the old one)."""
    link = Path(home) / CURRENT
    tmp_link = Path(home) / f".current-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(os.path.relpath(target, home), tmp_link)
    os.replace(tmp_link, link)


def prune_builds(builds: Path, keep: Path, n: int) -> None:
    """Keep the n newest builds besides keep (the current one)."""
    old = sorted((p for p in Path(builds).iterdir() if p.is_dir() and p != keep and not p.name.startswith(".")),
                 key=lambda p: p.stat().st_mtime, reverse=True)
    for p in old[n:]:
        shutil.rmtree(p, ignore_errors=True)
