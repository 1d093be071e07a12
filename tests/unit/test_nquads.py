"""The one reader of the build's N-Quads lines: each part of a line, for IRIs, blank nodes and literals that
hold spaces and angle brackets, agrees with pyoxigraph's parser."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from ipgraph import nquads

LINES = [
    '<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://e.org/g> .',
    '<https://e.org/s> <https://e.org/p> "a <b> c" <https://e.org/g> .',
    '_:b1 <https://e.org/p> "x y"@en <https://e.org/g2> .',
    '<https://e.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://e.org/C> <https://e.org/g> .',
    '<https://e.org/s> <https://e.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <https://e.org/g> .',
]


@pytest.mark.parametrize("line", LINES)
def test_each_part_of_a_line_is_what_the_parser_reads(line):
    (quad,) = ox.parse(line.encode(), format=ox.RdfFormat.N_QUADS)
    assert nquads.graph_of(line) == quad.graph_name.value
    assert nquads.predicate_of(line) == str(quad.predicate)
    assert nquads.object_of(line) == str(quad.object)
    triple_line, graph = nquads.split(line)
    assert graph == quad.graph_name.value and triple_line == nquads.triple_of(line)
    assert nquads.triple_key(line) + " .\n" == triple_line
    (triple,) = ox.parse(triple_line.encode(), format=ox.RdfFormat.N_TRIPLES)
    assert triple.triple == quad.triple
    assert nquads.in_graph([triple_line.rstrip("\n")], graph) == [line]
