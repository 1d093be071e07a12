"""OWL-RL closure with owlrl. Inferred triples go in their own graph; asserted and inferred never mix."""

from __future__ import annotations

import owlrl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS


def closure(asserted: Graph, ontology: Graph) -> Graph:
    """The triples OWL-RL entails from asserted + ontology that neither already holds.

    Only triples whose predicate the ontology speaks of (or rdf:type) take part: evidence annotations
    and literals of other vocabularies entail nothing under this ontology, and leaving them out keeps
    the closure fast. Literal subjects, reflexive owl:sameAs and the ontology's own terms are stripped.
    """
    terms = set(ontology.subjects())
    g = Graph()
    g += ontology
    for s, p, o in asserted:
        if p == RDF.type or p in terms:
            g.add((s, p, o))
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, improved_datatypes=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(g)
    out = Graph()
    for t in g:
        s, p, o = t
        if t in before or isinstance(s, Literal) or (p == OWL.sameAs and s == o):
            continue
        if s in terms or (p == RDF.type and o in (OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class)):
            continue
        if p in (OWL.sameAs, OWL.differentFrom) or (t in asserted):
            continue
        if isinstance(s, URIRef) and str(s).startswith(("http://www.w3.org/", "http://purl.org/", "http://xmlns.com/")):
            continue
        out.add(t)
    return out
