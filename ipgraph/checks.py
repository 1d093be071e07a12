"""The quality checks a build runs on the finished dataset: queries/checks/*-violation.rq, any row a violation.

They run over the triples their patterns can read (CheckedTriples), gathered while the build writes its
parts, so that a build never loads the whole dataset into a store to check it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from ipgraph import nquads
from ipgraph.queries import QueryCatalog
from ipgraph.validate import Finding, ValidationResult


class CheckedTriples:
    """The triples the checks can read: those of the predicates (and rdf:type of the classes) their patterns
    name. A check whose pattern has a variable predicate or a property path reads everything."""

    def __init__(self, catalog: QueryCatalog):
        from rdflib.namespace import RDF
        from rdflib.paths import Path as RdfPath
        from rdflib.plugins.sparql import prepareQuery
        from rdflib.term import Variable

        self.preds: set[str] | None = set()
        self.classes: set[str] | None = set()
        self._type = f"<{RDF.type}>"
        for q in catalog.checks():
            for _s, p, o in _patterns(prepareQuery(q.text).algebra):
                if isinstance(p, (Variable, RdfPath)):
                    self.preds = self.classes = None
                    return
                if p == RDF.type:
                    if isinstance(o, Variable):
                        self.classes = None
                    elif self.classes is not None:
                        self.classes.add(f"<{o}>")
                self.preds.add(f"<{p}>")

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


class _Concatenated(io.RawIOBase):
    """The bytes of several parts (bytes, or files read as they are reached) as one stream."""

    def __init__(self, parts: list[bytes | Path]):
        self._parts = iter(parts)
        self._current: io.BufferedIOBase | io.BytesIO | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        while True:
            if self._current is None:
                part = next(self._parts, None)
                if part is None:
                    return 0
                self._current = io.BytesIO(part) if isinstance(part, bytes) else open(part, "rb")
            n = self._current.readinto(buf)
            if n:
                return n
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        super().close()


def run_checks(catalog: QueryCatalog, ntriples: bytes | list[bytes | Path]) -> ValidationResult:
    """Every check over the triples they read (see CheckedTriples), as one graph: any row is a violation. The
    triples come as N-Triples or as parts of them (bytes, or files read one after another as they are loaded)."""
    store = ox.Store()
    parts = [ntriples] if isinstance(ntriples, bytes) else ntriples
    with io.BufferedReader(_Concatenated(parts), 1 << 20) as stream:  # written by the build itself
        store.bulk_load(stream, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    res = ValidationResult(conforms=True)
    for q in catalog.checks():
        sols = store.query(q.text)
        names = [v.value for v in sols.variables]
        for row in sols:
            values = {n: row[n].value for n in names if row[n] is not None}
            focus = next(iter(values.values()), "")
            res.violations.append(Finding(severity="Violation", source="dataset", focus=str(focus), path=None,
                                          message=f"{q.title}: {values}", shape=f"check:{q.path.name}"))
    res.conforms = not res.violations
    return res
