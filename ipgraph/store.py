"""The store: pyoxigraph, loaded from a build's dataset.nq. Queries receive the query string and
their parameters as pyoxigraph substitutions (bound, never formatted into the text)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ipgraph.errors import QueryError

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}


class Store(Protocol):
    def query(self, text: str, substitutions: dict | None = None): ...


class OxigraphStore:
    """An in-memory pyoxigraph store whose default graph is the union of all its named graphs.

    The union is materialised by the build (union.nt) rather than taken with use_default_graph_as_union,
    which counts a triple once per graph holding it and so multiplies the rows of joins over shared nodes.
    """

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def from_build(cls, build_dir: Path) -> OxigraphStore:
        """The named graphs of dataset.nq, and their union (union.nt, a set) as the default graph."""
        store = ox.Store()
        store.bulk_load(path=str(Path(build_dir) / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
        store.bulk_load(path=str(Path(build_dir) / "union.nt"), format=ox.RdfFormat.N_TRIPLES)
        return cls(store)

    def query(self, text: str, substitutions: dict | None = None):
        try:
            return self.store.query(text, substitutions=substitutions or None)
        except SyntaxError as e:
            raise QueryError(f"the query does not parse: {e}") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise QueryError(f"the query failed: {e}") from e

    def __len__(self) -> int:
        return len(self.store)


def serialize(result, fmt: str) -> bytes:
    """A query result in the requested format: csv/tsv/json/xml for SELECT and ASK, ttl/nt/jsonld/xml for graphs."""
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result cannot be written as {fmt}; use one of {sorted(GRAPH_FORMATS)}")
        return result.serialize(format=GRAPH_FORMATS[fmt])
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a SELECT/ASK result cannot be written as {fmt}; use one of {sorted(RESULT_FORMATS)}")
    return result.serialize(format=RESULT_FORMATS[fmt])
