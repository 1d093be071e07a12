"""An on-disk store of a new build made from the store of an earlier one: a copy of it (RocksDB's checkpoint: hard
links, no data copied) with only what changed between the two builds taken out and put in.

A build's manifest says where each part of its dataset.nq is (publish: "parts"), and which parts are one
document's named graph whole. A document whose part is gone or changed has its graph removed; a new or
changed one is loaded from its bytes of the new dataset.nq. The other parts (reference, ontology, inferences,
links between documents, corrections, imports) are compared line by line. Where the store keeps the union of
the named graphs in its default graph, a triple goes into it with any quad added, and out of it when no named
graph holds it any more. Anything this does not cover (a build without parts, blank nodes among the changed
lines, more changed than a fresh load would cost, or an earlier store whose build is gone) is left to the
full load: load_changes then answers False.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox

from ipgraph.home import MANIFEST, dataset, manifest

BUILD_FILE = ".build"  # in an on-disk store's folder: the build it holds (its folder)
MAX_SHARE = 0.25  # past this share of documents changed (and 50 graphs), a fresh bulk load is as quick


def source_build(store_path: Path) -> Path | None:
    """The build an on-disk store was loaded from, where it says so and the build is still there."""
    try:
        build = Path(json.loads((store_path / BUILD_FILE).read_text(encoding="utf-8"))["build"])
    except (OSError, ValueError, KeyError):
        return None
    return build if (build / MANIFEST).is_file() else None


def mark(store_path: Path, build_dir: Path) -> None:
    (store_path / BUILD_FILE).write_text(json.dumps({"build": str(Path(build_dir).resolve())}), encoding="utf-8")


def earlier_store(store_dir: Path, build_dir: Path) -> Path | None:
    """The most recently loaded complete store of another build of the same base IRI, whose build is there."""
    base = manifest(build_dir).get("base_iri")
    found = []
    for p in Path(store_dir).iterdir() if Path(store_dir).is_dir() else ():
        if p.name.startswith(".") or not (p / ".complete").exists():
            continue
        src = source_build(p)
        if src is None or src.resolve() == Path(build_dir).resolve():
            continue
        built = manifest(src)
        if built.get("base_iri") == base and built.get("parts"):
            found.append(((p / ".complete").stat().st_mtime, p))
    return max(found)[1] if found else None


def load_changes(earlier: Path, target: Path, build_dir: Path, engine_union: bool) -> bool:
    """Make target the store of build_dir from the store at earlier (see the module). True when done; False (and
    target left absent) when a full load should be made instead."""
    old_build = source_build(earlier)
    new_parts = manifest(build_dir).get("parts")
    if old_build is None or not new_parts:
        return False
    old_parts = manifest(old_build)["parts"]
    old_docs = {p["graph"]: p for p in old_parts if p["graph"]}
    new_docs = {p["graph"]: p for p in new_parts if p["graph"]}
    removed = [g for g, p in old_docs.items() if g not in new_docs or new_docs[g]["digest"] != p["digest"]]
    added = [g for g, p in new_docs.items() if g not in old_docs or old_docs[g]["digest"] != p["digest"]]
    if len(removed) + len(added) > max(MAX_SHARE * len(new_docs), 50):
        return False
    old_shared = _lines(dataset(old_build), [p for p in old_parts if not p["graph"]])
    new_shared = _lines(dataset(build_dir), [p for p in new_parts if not p["graph"]])
    gone, new = old_shared - new_shared, new_shared - old_shared
    if any("_:" in ln for ln in gone | new):
        return False  # blank nodes: their labels name nodes of one load only
    ox.Store.read_only(str(earlier)).backup(str(target))
    try:
        store = ox.Store(str(target))
        default = ox.DefaultGraph()
        dropped: list[ox.Quad] = []
        for g in removed:
            node = ox.NamedNode(g)
            dropped += list(store.quads_for_pattern(None, None, None, node))
            store.remove_graph(node)
        for q in _parse(gone):
            store.remove(q)
            dropped.append(q)
        with open(dataset(build_dir), "rb") as f:
            data = b"".join(_read(f, new_docs[g]) for g in added)
        fresh = list(_parse_bytes(data)) + list(_parse(new))
        if engine_union and any(_elsewhere(store, q) for q in fresh):
            raise _Unsupported  # the named graphs share a triple now: the union has to be made
        store.extend(fresh)
        if not engine_union:
            store.extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in fresh)
            for q in dropped:  # out of the union where no named graph holds it any more
                if not any(x.graph_name != default for x in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
                    store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
        store.flush()
        del store
    except _Unsupported:
        shutil.rmtree(target, ignore_errors=True)
        return False
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return True


class _Unsupported(Exception):
    pass


def _elsewhere(store: ox.Store, q: ox.Quad) -> bool:
    return any(x.graph_name != q.graph_name for x in store.quads_for_pattern(q.subject, q.predicate, q.object, None))


def _read(f, part: dict) -> bytes:
    f.seek(part["start"])
    return f.read(part["end"] - part["start"])


def _lines(path: Path, parts: list[dict]) -> set[str]:
    out: set[str] = set()
    with open(path, "rb") as f:
        for p in parts:
            out.update(ln for ln in _read(f, p).decode("utf-8").split("\n") if ln)
    return out


def _parse(lines: set[str]):
    return _parse_bytes("".join(ln + "\n" for ln in sorted(lines)).encode("utf-8"))


def _parse_bytes(data: bytes):
    return ox.parse(data, format=ox.RdfFormat.N_QUADS) if data else iter(())
