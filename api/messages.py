"""What the routes send to the query pool, and what comes back: one small dataclass per operation.

The routes decide everything about a request (the query, its parameters and dataset, the media types the
client accepts, negotiated in api.conneg); a worker only evaluates the query and serialises its answer.
Messages cross a pipe, so they hold plain values and pyoxigraph terms (which pickle).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from ipgraph.serialize import COMPACTED


@dataclass(frozen=True)
class Evaluation:
    """A query with its bound parameters (substitutions) and its dataset."""

    text: str
    subs: dict[ox.Variable, object] = field(default_factory=dict)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base: str | None = None  # relative IRIs of the query resolve against it (the endpoint's URL)

    def key(self) -> str:
        """What the query is, whatever is asked of its answer: the cost the pool remembers is per key."""
        subs = sorted((k.value, str(v)) for k, v in self.subs.items())
        return repr((type(self).__name__, self.text, subs, self.default_graphs, self.named_graphs))

    def answer_key(self) -> str:
        """The query and everything asked of its answer: two requests with equal answer keys get equal bytes."""
        return repr((self.key(), self.base, self._answer_fields()))

    def _answer_fields(self) -> tuple:
        return ()


@dataclass(frozen=True)
class Serialised(Evaluation):
    """A protocol request: the answer serialised in the media type negotiated for its kind (None: the client
    accepts no type that can hold it, a 406)."""

    results_media: str | None = None  # for SELECT and ASK
    graph_media: str | None = None  # for CONSTRUCT and DESCRIBE
    jsonld_profile: str = COMPACTED  # JSON-LD compacted with the project's context, or expanded

    def _answer_fields(self) -> tuple:
        return (self.results_media, self.graph_media, self.jsonld_profile)


@dataclass(frozen=True)
class Rows(Evaluation):
    """Solutions as SPARQL JSON terms (dicts), at most max_rows of them, for pages and tables."""

    max_rows: int = 10_000

    def _answer_fields(self) -> tuple:
        return (self.max_rows,)


@dataclass(frozen=True)
class GraphIn(Evaluation):
    """A CONSTRUCT or DESCRIBE answer serialised in one RDF media type."""

    media: str = "application/n-triples"
    jsonld_profile: str = COMPACTED

    def _answer_fields(self) -> tuple:
        return (self.media, self.jsonld_profile)


@dataclass
class Answer:
    """What a worker answers. kind: select, ask or graph; body for serialised answers, rows for Rows."""

    kind: str
    media: str | None = None
    body: bytes | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[list[dict | None]] = field(default_factory=list)
    truncated: bool = False
    elapsed_ms: float = 0.0
    cached: bool = False


@dataclass
class Failure:
    """A query the worker refused or could not evaluate, with the HTTP status it deserves."""

    message: str
    status: int = 400
