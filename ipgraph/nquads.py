"""N-Quads lines as the build writes them: `<s> <p> o <g> .`, one quad a line, the graph name last.

The one place that takes a line apart (its triple and its graph) or puts one together.
"""

from __future__ import annotations


def _cut(line: str) -> int:
    """Where the graph name starts: the last ` <` of the line (an IRI holds no space, and the graph name
    is the last term)."""
    return line.rfind(" <")


def graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line."""
    return line[_cut(line) + 2:].split(">", 1)[0]


def triple_of(line: str) -> str:
    """The line as an N-Triples line (with its newline)."""
    return line[:_cut(line)] + " .\n"


def triple_key(line: str) -> str:
    """The triple of a line, without the graph name and the final dot: equal for one triple in any graph."""
    return line[:_cut(line)]


def predicate_of(line: str) -> str:
    """The predicate of a line as written (`<p>`): the second term (a subject holds no space)."""
    return line.split(" ", 2)[1]


def object_of(line: str) -> str:
    """The object of a line as written (`<o>`, `_:b` or a literal with its quotes and tag)."""
    rest = line.split(" ", 2)[2]
    return rest[:_cut(rest)]


def split(line: str) -> tuple[str, str]:
    """(N-Triples line with its newline, graph IRI)."""
    cut = _cut(line)
    return line[:cut] + " .\n", line[cut + 2:].split(">", 1)[0]


def in_graph(triple_lines: list[str], graph_iri: str) -> list[str]:
    """N-Triples lines (without their newline, each ending ` .`) as N-Quads lines of one graph."""
    suffix = f" <{graph_iri}> ."
    return [ln[:-2] + suffix for ln in triple_lines]
