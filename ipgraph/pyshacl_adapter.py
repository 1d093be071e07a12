"""Speed-ups of pySHACL that lean on how it is laid out inside, all here, each guarded by the version it
was tested with: on another pySHACL the plain calls run (same findings, slower).

Measured on the 24 documents of the development set (validation alone, two runs each): 1.5-1.6 s with
both, 1.7-2.0 s with one, 1.8-2.2 s with neither; the build's 20 documents/s target needs them.
tests/unit/test_pyshacl_adapter.py checks that the findings are the same with and without them.
"""

from __future__ import annotations

from importlib.metadata import version

from rdflib import Graph
from rdflib.paths import Path as RdfPath

TESTED = ("0.40.",)  # pySHACL releases these speed-ups were tested with


def _tested_version() -> bool:
    try:
        return version("pyshacl").startswith(TESTED)
    except Exception:  # noqa: BLE001 (no metadata: treat as untested)
        return False


class _Parameters(list):
    """A list whose membership test is a set lookup."""

    def __init__(self, items):
        super().__init__(items)
        self._set = frozenset(items)

    def __contains__(self, item) -> bool:
        return item in self._set


def quicker_pyshacl() -> bool:
    """pySHACL looks each predicate of a shape up in a list of its ~60 constraint parameters every time
    it evaluates the shape (a nested shape once per focus node): about a sixth of the validation time
    here. It caches that list on its shape module; this puts there the same list with a set lookup.
    Only on the pySHACL versions it was tested with (TESTED); elsewhere nothing is changed. True when
    the change is in place."""
    if not _tested_version():
        return False
    import pyshacl.shape as shape_module

    try:
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:
        return False
    if getattr(shape_module, "module", None) is shape_module and isinstance(ALL_CONSTRAINT_PARAMETERS, list):
        shape_module.CONSTRAINT_PARAMS = (_Parameters(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)
        return True
    return False


class _ShapesGraph(Graph):
    """A graph that remembers the answer to each triple pattern until it is changed. pySHACL reads the
    shapes graph again for every shape it evaluates (a nested shape once per focus node); the shapes
    do not change during a run, so a quarter of the validation time goes away."""

    def triples(self, pattern):
        if isinstance(pattern[1], RdfPath):
            yield from super().triples(pattern)
            return
        memo = self.__dict__.setdefault("_memo", {})
        hit = memo.get(pattern)
        if hit is None:
            hit = memo[pattern] = list(super().triples(pattern))
        yield from hit

    def add(self, triple):
        self.__dict__.pop("_memo", None)
        return super().add(triple)

    def addN(self, quads):  # noqa: N802 (rdflib's name)
        self.__dict__.pop("_memo", None)
        return super().addN(quads)

    def remove(self, triple):
        self.__dict__.pop("_memo", None)
        return super().remove(triple)


def shapes_graph() -> Graph:
    """A graph to hold the shapes: one that remembers its answers on a tested pySHACL, a plain one else."""
    return _ShapesGraph() if _tested_version() else Graph()
