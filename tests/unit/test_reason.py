"""The compiled OWL-RL rules give what owlrl gives, and hand over to owlrl where they cannot."""

from __future__ import annotations

import random

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF

from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.extract import extract_source, find_sources, read_source
from ipgraph.rdfize import Minter, document_graph, reference_graph
from ipgraph.reason import Reasoner

IPO = Namespace("https://w3id.org/ipgraph/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
X = Namespace("https://example.org/x/")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(PROJECT_DIR / "ontology" / "ipo.ttl")


@pytest.fixture(scope="module")
def engines(ontology):
    compiled = Reasoner(ontology, "compiled")
    assert compiled.engine == "compiled"  # the bundled ontology is within the compiled rules
    return compiled, Reasoner(ontology, "owlrl")


@pytest.fixture(scope="module")
def graphs(reference) -> dict[str, Graph]:
    mint = Minter(Settings().base_iri)
    out = {"reference": reference_graph(reference, mint)}
    corpus = Graph()
    corpus += out["reference"]
    for f in find_sources([PROJECT_DIR / "data" / "corpus"]):
        src = read_source(f)
        corpus += document_graph(extract_source(src, reference), reference, mint)
    # every document with the reference data: each document's own inferences, and the joins across documents
    # and lineage (a document alone is a subgraph of this; the builds close each one with the compiled rules)
    out["corpus+reference"] = corpus
    return out


def test_same_closure_as_owlrl_on_the_corpus(engines, graphs):
    compiled, general = engines
    for name, g in graphs.items():
        got, want = set(compiled.closure(g)), set(general.closure(g))
        assert got == want, (name, sorted(got - want)[:5], sorted(want - got)[:5])
    assert len(set(compiled.closure(graphs["reference"]))) > 50  # lineage: chains, transitivity, inverses


def test_same_closure_as_owlrl_on_random_graphs(engines, ontology):
    """Random individuals linked by every object property of the ontology and typed with its classes:
    hierarchies, domains, ranges, inverses, the transitive predecessor and its property chain all fire."""
    compiled, general = engines
    props = sorted(set(ontology.subjects(RDF.type, OWL.ObjectProperty)))
    classes = sorted(c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef))
    rnd = random.Random(7)
    # four random graphs on disjoint individuals, closed as one: every owlrl closure pays about a second for
    # the ontology's axioms, and rules join only through shared individuals, so the closure of the four
    # together is the four closures side by side
    g = Graph()
    for k in range(4):
        nodes = [X[f"g{k}n{i}"] for i in range(8)]
        for _ in range(45):
            g.add((rnd.choice(nodes), rnd.choice(props), rnd.choice(nodes)))
        for _ in range(14):
            g.add((rnd.choice(nodes), RDF.type, rnd.choice(classes)))
        g.add((rnd.choice(nodes), IPO.number, Literal(rnd.randint(1, 5))))
    got, want = set(compiled.closure(g)), set(general.closure(g))
    assert got == want, (sorted(got - want)[:5], sorted(want - got)[:5])


def test_predecessors_through_changes(engines):
    compiled, _ = engines
    g = Graph()
    for (new, change, old) in [(X.b, X.c1, X.a), (X.c, X.c2, X.b)]:
        g.add((new, ORG.resultedFrom, change))
        g.add((change, ORG.originalOrganization, old))
    inferred = compiled.closure(g)
    assert (X.c, IPO.predecessor, X.a) in inferred  # chain, then transitivity
    assert (X.a, IPO.successor, X.c) in inferred  # inverse
    assert (X.c1, ORG.resultingOrganization, X.b) in inferred


def test_equality_in_the_data_gives_the_same_as_owlrl(engines):
    compiled, general = engines
    g = Graph()
    g.add((X.a, OWL.sameAs, X.b))
    g.add((X.a, IPO.leadAgency, X.c))
    g.add((X.m, IPO.leadAgency, X.a))
    assert set(compiled.closure(g)) == set(general.closure(g))


def test_an_ontology_beyond_the_compiled_rules_uses_owlrl(ontology):
    extended = Graph()
    extended += ontology
    extended.add((IPO.leadAgency, RDF.type, OWL.FunctionalProperty))
    reasoner = Reasoner(extended, "compiled")
    assert reasoner.engine == "owlrl"
    g = Graph()
    g.add((X.m, IPO.leadAgency, X.a))
    g.add((X.m, IPO.leadAgency, X.b))
    g.add((X.a, IPO.number, Literal(3)))
    inferred = reasoner.closure(g)
    assert (X.b, IPO.number, Literal(3)) in inferred  # a and b are the same (functional property)
    assert not any(p == OWL.sameAs for _, p, _ in inferred)  # equality itself is not kept


def test_unknown_engine_is_refused(ontology):
    with pytest.raises(ValueError, match="compiled"):
        Reasoner(ontology, "hermit")


def test_keys_that_collide_bring_in_owlrl(ontology):
    from rdflib import BNode
    from rdflib.collection import Collection

    keyed = Graph()
    keyed += ontology
    lst = BNode()
    Collection(keyed, lst, [IPO.number])
    keyed.add((IPO.Measure, OWL.hasKey, lst))
    compiled, general = Reasoner(keyed, "compiled"), Reasoner(keyed, "owlrl")
    assert compiled.engine == "compiled"
    g = Graph()
    for m, n in [(X.m1, 1), (X.m2, 2)]:
        g.add((m, RDF.type, IPO.Measure))
        g.add((m, IPO.number, Literal(n)))
        g.add((m, IPO.leadAgency, X[f"a{n}"]))
    # no two share a key, so nothing is equated (owlrl 7.6 compares all key properties but the last, and
    # so equates any two instances of a class with a one-property key: the compiled rules follow the spec)
    assert (X.m1, IPO.leadAgency, X.a2) not in compiled.closure(g)
    g.add((X.m2, IPO.number, Literal(1)))  # now m1 and m2 share their key: the same measure
    got = set(compiled.closure(g))
    assert got == set(general.closure(g))
    assert (X.m1, IPO.leadAgency, X.a2) in got
