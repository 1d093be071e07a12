"""The build cache of a home: what a build keeps so that the next one redoes only what changed.

`{home}/cache/{fingerprint}/` holds, by content: each document's output (docs/), what each pair of plans offers
the commitment links (commitments.sqlite), the triples the checks read of each imported file (imports/), the reasoner and the
reference data's graphs. The fingerprint covers everything a document's output depends on besides its text;
a cache of another fingerprint is never read, and is removed by the next build of the home.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path

from ipgraph import __version__
from ipgraph.config import Settings
from ipgraph.home import CACHE


def load(path: Path):
    """A pickled value, or None where there is none (or it is of code that no longer reads it)."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None


def store(path: Path, value) -> None:
    write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_atomic(path: Path, data: bytes) -> None:
    """The file written whole or not at all (a reader never sees half of it)."""
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


def folder(settings: Settings, fp: str) -> tuple[Path, Path]:
    """(the cache root, the folder of this fingerprint): the home's cache, or the one the settings name."""
    root = Path(settings.cache_dir) if settings.cache_dir else Path(settings.home) / CACHE
    return root, root / fp


class PairStore:
    """What each pair of plans offers the commitment links (commitments.pair_links), kept in one SQLite file of the
    cache by the content keys of the two plans' summaries: adding a plan computes only the pairs it is part of,
    two copies of a plan are scored once, and a build reads every pair it needs in one query."""

    def __init__(self, cache: Path, keys: dict[str, str]):
        self.path = cache / "commitments.sqlite"
        self.keys = keys

    def _connect(self):
        import sqlite3

        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=120)  # (builds sharing a cache take turns)
        con.execute("CREATE TABLE IF NOT EXISTS pairs (later TEXT, earlier TEXT, links BLOB, PRIMARY KEY (later, earlier))")
        return con

    def get(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], list]:
        wanted = {(self.keys[a], self.keys[b]): (a, b) for a, b in pairs}
        if not wanted:
            return {}
        con = self._connect()
        try:
            stored = {(a, b): v for a, b, v in con.execute("SELECT later, earlier, links FROM pairs")}
        finally:
            con.close()
        out: dict[tuple[str, str], list] = {}
        for key, pair in wanted.items():
            if key in stored:
                out[pair] = pickle.loads(stored[key])
        return {p: out[p] for p in pairs if p in out}

    def put(self, values: dict[tuple[str, str], list]) -> None:
        con = self._connect()
        try:
            with con:
                con.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?)",
                                ((self.keys[a], self.keys[b], pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL))
                                 for (a, b), v in values.items()))
        finally:
            con.close()

    def prune(self, keep: set[str]) -> None:
        """Pairs of a plan (or a version of one) the last build did not have can no longer be used."""
        if not self.path.is_file():
            return
        con = self._connect()
        try:
            stale = [(a, b) for a, b in con.execute("SELECT later, earlier FROM pairs") if a not in keep or b not in keep]
            with con:
                con.executemany("DELETE FROM pairs WHERE later = ? AND earlier = ?", stale)
        finally:
            con.close()


def prune(root: Path, fp: str, keep: set[str]) -> None:
    """Caches of other code or reference versions can no longer be used, nor documents (or versions of
    documents) and imported files the last build did not have."""
    if root.is_dir():
        for p in root.iterdir():
            if p.name != fp:
                shutil.rmtree(p, ignore_errors=True)
    PairStore(root / fp, {}).prune(keep)
    for sub in ("docs", "imports"):
        d = root / fp / sub
        if d.is_dir():
            for p in d.iterdir():
                if not set(p.name.split(".")[0].split("-")) <= keep and not p.name.startswith("."):
                    p.unlink(missing_ok=True)
