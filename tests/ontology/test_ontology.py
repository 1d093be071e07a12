"""The ontology defines every ipo: term the code, the shapes and the queries use, each with a label and a definition."""

import re

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from ipgraph.config import PROJECT_DIR
from ipgraph.extract.en.vocab import ACTIONS, EVENT_NOUNS, IP_KINDS, NAMED_EVENT_HEADS

IPO = "https://w3id.org/ipgraph/ontology#"


def ontology():
    return Graph().parse(PROJECT_DIR / "ontology" / "ipo.ttl")


def used_terms():
    terms = set()
    files = list((PROJECT_DIR / "ipgraph").rglob("*.py")) + list((PROJECT_DIR / "queries").rglob("*.rq")) + \
        list((PROJECT_DIR / "ontology" / "shapes").glob("*.ttl"))
    for f in files:
        text = f.read_text(encoding="utf-8")
        terms |= set(re.findall(r"\bipo:([A-Za-z]\w*)", text))
        terms |= set(re.findall(r"\bIPO\.([A-Za-z]\w*)", text))
    return {t for t in terms if not t.endswith("Shape")} - {"Rumoured"}


def test_every_used_term_is_defined_with_label_and_definition():
    g = ontology()
    missing = []
    for t in sorted(used_terms()):
        iri = URIRef(IPO + t)
        if g.value(iri, RDFS.label) is None or g.value(iri, SKOS.definition) is None:
            missing.append(t)
    assert not missing, f"terms used but not defined (label + definition) in ontology/ipo.ttl: {missing}"


def test_extraction_vocabulary_concepts_exist():
    g = ontology()
    concepts = set(ACTIONS.values()) | {"Pilot", "LaunchCampaign", "Legislate"} | {k for k, _ in IP_KINDS} \
        | {k for _, k in EVENT_NOUNS} | set(NAMED_EVENT_HEADS.values())
    for c in concepts:
        assert (URIRef(IPO + c), SKOS.inScheme, None) in g, c


def test_every_ontology_term_has_label_and_definition():
    g = ontology()
    for s in set(g.subjects()):
        if isinstance(s, URIRef) and str(s).startswith(IPO):
            assert g.value(s, RDFS.label) is not None and g.value(s, SKOS.definition) is not None, s


def test_org_file_pitfalls_are_avoided():
    from rdflib.namespace import OWL

    g = ontology()
    assert not list(g.triples((None, OWL.hasKey, None)))
    assert not list(g.triples((None, None, URIRef("http://www.w3.org/ns/org#identifier"))))
