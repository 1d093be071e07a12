"""OWL-RL closure. Inferred triples go in their own graph; asserted and inferred never mix.

owlrl is the reference engine. Its generic forward chaining re-derives the schema on every call, so for
documents the build uses the same OWL 2 RL rules compiled once: owlrl closes the ontology (the TBox), the
closed TBox becomes tables (super-classes, super-properties, domains, ranges, inverses, symmetric and
transitive properties, property chains, keys), and each document's triples run through those tables to
a fixpoint. The compiled rules cover exactly what the ontology uses; an ontology with any other OWL
construct, or data that would bring equality (owl:sameAs, or two individuals sharing an owl:hasKey key),
is closed by owlrl instead. `tests/unit/test_reason.py` checks the two engines agree. (On one point the
compiled rules follow the OWL 2 RL specification where owlrl 7.6 does not: its prp-key skips the last
key property; the ontology declares no key.)
"""

from __future__ import annotations

from collections import defaultdict

import owlrl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

_W3 = ("http://www.w3.org/", "http://purl.org/", "http://xmlns.com/")
_SCHEMA_NS = (str(OWL), str(RDFS), str(RDF))
# schema vocabulary the compiled rules implement (or that carries no OWL 2 RL ABox rule)
_TBOX_PREDICATES = {RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf,
                    OWL.equivalentClass, OWL.equivalentProperty, OWL.propertyChainAxiom, OWL.hasKey, RDF.first,
                    RDF.rest, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo,
                    OWL.versionIRI, OWL.imports, OWL.priorVersion, OWL.deprecated}
_TBOX_TYPES = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
               OWL.OntologyProperty, OWL.Ontology, OWL.TransitiveProperty, OWL.SymmetricProperty, RDF.Property,
               OWL.Thing, OWL.NamedIndividual, RDFS.Resource, RDFS.Datatype, RDF.List, OWL.DeprecatedClass,
               OWL.DeprecatedProperty}
_TYPE, _SAME = RDF.type, OWL.sameAs
_HARMLESS_TYPES = {OWL.Thing, OWL.NamedIndividual, RDFS.Resource, RDF.Statement, RDF.List, RDF.Bag, RDF.Seq, RDF.Alt}


def _owlrl(g: Graph) -> None:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, improved_datatypes=False, axiomatic_triples=False,
                           datatype_axioms=False).expand(g)


class Reasoner:
    """The OWL-RL closure of documents under one ontology."""

    def __init__(self, ontology: Graph, engine: str = "compiled"):
        if engine not in ("compiled", "owlrl"):
            raise ValueError(f"unknown reasoner {engine!r}: use 'compiled' or 'owlrl'")
        self.ontology = ontology
        self.terms = set(ontology.subjects())
        self.engine = engine if engine == "owlrl" or self._compile() else "owlrl"

    # -- compiling the closed TBox ------------------------------------------------------------------

    def _compile(self) -> bool:
        tbox = Graph()
        tbox += self.ontology
        _owlrl(tbox)
        for s, p, o in tbox:
            if p == OWL.sameAs and s == o:
                continue  # eq-ref: everything is the same as itself
            if str(p).startswith(_SCHEMA_NS) and p not in _TBOX_PREDICATES:
                return False
            if p == RDF.type and str(o).startswith(_SCHEMA_NS) and o not in _TBOX_TYPES:
                return False

        def table(pred) -> dict:
            out: dict = defaultdict(set)
            for s, o in tbox.subject_objects(pred):
                if s != o:
                    out[s].add(o)
            return dict(out)

        self.sco = table(RDFS.subClassOf)
        self.spo = table(RDFS.subPropertyOf)
        self.dom = table(RDFS.domain)
        self.rng = table(RDFS.range)
        inv: dict = defaultdict(set)
        for a, b in tbox.subject_objects(OWL.inverseOf):
            inv[a].add(b)
            inv[b].add(a)
        self.inv = dict(inv)
        self.sym = set(tbox.subjects(RDF.type, OWL.SymmetricProperty))
        self.trans = set(tbox.subjects(RDF.type, OWL.TransitiveProperty))
        self.chains = [(q, list(tbox.items(lst))) for q, lst in tbox.subject_objects(OWL.propertyChainAxiom)]
        self.keys = [(c, list(tbox.items(lst))) for c, lst in tbox.subject_objects(OWL.hasKey)]
        self.joined = set(self.trans) | {p for _, chain in self.chains for p in chain}
        # ABox triples of the ontology itself (individuals it declares) that a join could reach
        self.seed = [t for t in self.ontology if t[1] in self.joined]
        return True

    # -- the closure ------------------------------------------------------------------------------

    def closure(self, asserted: Graph) -> Graph:
        """The triples OWL-RL entails from asserted + ontology that neither already holds.

        Only triples whose predicate the ontology speaks of (or rdf:type) take part: evidence annotations
        and literals of other vocabularies entail nothing under this ontology, and leaving them out keeps
        the closure fast. Literal subjects, owl:sameAs/differentFrom and the ontology's own terms are
        stripped, as are types every resource has (owl:Thing, rdfs:Resource).
        """
        every = set(asserted)
        terms = self.terms
        facts = [t for t in every if t[1] == _TYPE or t[1] in terms]
        derived = None
        if self.engine == "compiled":
            derived = self._compiled(facts)
        if derived is None:
            g = Graph()
            g += self.ontology
            for t in facts:
                g.add(t)
            before = set(g)
            _owlrl(g)
            derived = (t for t in g if t not in before)
        out = Graph()
        dropped_predicates = (OWL.sameAs, OWL.differentFrom)
        dropped_types = (OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class)
        for t in derived:
            s, p, o = t
            if isinstance(s, Literal) or s in terms or p in dropped_predicates:
                continue
            if p == _TYPE and o in dropped_types:
                continue
            if t in every or (isinstance(s, URIRef) and str(s).startswith(_W3)):
                continue
            out.add(t)
        return out

    def _compiled(self, facts: list) -> set | None:
        """The new triples of the fixpoint, or None where equality would take part (owlrl then closes)."""
        for s, p, o in facts:
            if p == _TYPE:
                if str(o).startswith(_SCHEMA_NS) and o not in _HARMLESS_TYPES:
                    return None
            elif str(p).startswith(_SCHEMA_NS) and not (p == _SAME and s == o):
                return None  # equality or schema statements in the data: leave them to the general engine
        known = set(self.seed)
        known.update(facts)
        start = set(known)
        out_idx: dict = defaultdict(lambda: defaultdict(set))  # p -> s -> {o}
        in_idx: dict = defaultdict(lambda: defaultdict(set))  # p -> o -> {s}
        for s, p, o in known:
            if p in self.joined:
                out_idx[p][s].add(o)
                in_idx[p][o].add(s)
        todo = list(known)
        sco, spo, dom, rng, inv = self.sco, self.spo, self.dom, self.rng, self.inv

        def add(t) -> None:
            if t not in known:
                known.add(t)
                todo.append(t)
                p = t[1]
                if p in self.joined:
                    out_idx[p][t[0]].add(t[2])
                    in_idx[p][t[2]].add(t[0])

        while todo:
            s, p, o = todo.pop()
            if p == _TYPE:
                for d in sco.get(o, ()):
                    add((s, _TYPE, d))
                continue
            for q in spo.get(p, ()):
                add((s, q, o))
            for c in dom.get(p, ()):
                add((s, _TYPE, c))
            for c in rng.get(p, ()):
                add((o, _TYPE, c))
            for q in inv.get(p, ()):
                add((o, q, s))
            if p in self.sym:
                add((o, p, s))
            if p in self.trans:
                for z in list(out_idx[p].get(o, ())):
                    add((s, p, z))
                for x in list(in_idx[p].get(s, ())):
                    add((x, p, o))
            for q, chain in self.chains:
                for i, link in enumerate(chain):
                    if link != p:
                        continue
                    lefts = {s}
                    for prev in reversed(chain[:i]):
                        lefts = {x for y in lefts for x in in_idx[prev].get(y, ())}
                    rights = {o}
                    for nxt in chain[i + 1:]:
                        rights = {z for y in rights for z in out_idx[nxt].get(y, ())}
                    for x in lefts:
                        for z in rights:
                            add((x, q, z))
        if self._keys_collide(known):
            return None
        return known - start

    def _keys_collide(self, known: set) -> bool:
        """prp-key: two individuals of a class sharing a value on every key property would be owl:sameAs."""
        if not self.keys:
            return False
        key_props = {p for _, props in self.keys for p in props}
        members: dict = defaultdict(set)
        values: dict = defaultdict(set)  # (s, p) -> {o}
        for s, p, o in known:
            if p == RDF.type:
                members[o].add(s)
            elif p in key_props:
                values[s, p].add(o)
        for cls, props in self.keys:
            inds = sorted((x for x in members[cls] if all(values.get((x, p)) for p in props)), key=str)
            for i, x in enumerate(inds):
                for y in inds[i + 1:]:
                    if all(values[x, p] & values[y, p] for p in props):
                        return True
        return False



def joining_predicates(ontology: Graph) -> set:
    """Predicates through which OWL-RL joins two ABox triples under this ontology (transitive, symmetric and
    functional properties, property-chain links, keys, owl:sameAs). A graph that uses none of them entails
    nothing together with the reference data or another document that it does not entail alone, so a build
    closes it alone."""
    props = {OWL.sameAs}
    for cls in (OWL.TransitiveProperty, OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.SymmetricProperty):
        props |= set(ontology.subjects(RDF.type, cls))
    for chain in ontology.objects(None, OWL.propertyChainAxiom):
        props |= set(ontology.items(chain))
    for key in ontology.objects(None, OWL.hasKey):
        props |= set(ontology.items(key))
    props |= set(ontology.subjects(OWL.propertyChainAxiom, None))
    return props
