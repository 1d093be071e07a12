"""The default graph of the embedded store is the union of the named graphs, a set: the engine's union where
no two graphs share a triple (no second copy), materialised where some do; the same answers either way."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from ipgraph.home import dataset
from ipgraph.store import OxigraphStore

G = "https://example.org/graph/"
DISJOINT = [f"<https://example.org/{s}> <https://example.org/p> \"{o}\" <{G}{g}> ." for s, o, g in
            [("a", 1, "one"), ("b", 2, "one"), ("c", 3, "two")]]
SHARED = DISJOINT + [f"<https://example.org/a> <https://example.org/p> \"1\" <{G}two> ."]


def store_of(tmp_path, lines: list[str], on_disk: bool) -> OxigraphStore:
    dataset(tmp_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"id": "t"}), encoding="utf-8")
    return OxigraphStore.on_disk(tmp_path, tmp_path / "stores") if on_disk else OxigraphStore.from_build(tmp_path)


def count(store: OxigraphStore, query: str, **kw) -> int:
    return int(next(iter(store.query(query, **kw)))["n"].value)


@pytest.mark.parametrize("on_disk", [False, True])
@pytest.mark.parametrize("lines, engine_union", [(DISJOINT, True), (SHARED, False)])
def test_counts_over_the_default_graph_are_of_distinct_triples(tmp_path, lines, engine_union, on_disk):
    store = store_of(tmp_path, lines, on_disk)
    assert store.engine_union is engine_union
    assert len(store.store) == len(lines) + (0 if engine_union else 3)  # materialised: a second copy
    assert count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") == 3
    assert count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }") == len(lines)
    # a dataset of the query's own, or of the request, is taken as given
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM <{G}two> {{ ?s ?p ?o }}") == len(lines) - 2
    assert count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", default_graph=[ox.NamedNode(G + "one")]) == 2
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G}one> {{ GRAPH ?g {{ ?s ?p ?o }} }}") == 2
    out = tmp_path / "union.nt"
    store.dump_union(out, ox.RdfFormat.N_TRIPLES)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
