"""Every namespace and prefix the project uses, and nothing else."""

from __future__ import annotations

IPO = "https://w3id.org/ipgraph/ontology#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TIME = "http://www.w3.org/2006/time#"
ELI = "http://data.europa.eu/eli/ontology#"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
QB = "http://purl.org/linked-data/cube#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"

PREFIXES: dict[str, str] = {
    "ipo": IPO,
    "org": ORG,
    "foaf": FOAF,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "time": TIME,
    "eli": ELI,
    "schema": SCHEMA,
    "oa": OA,
    "qb": QB,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sh": SH,
    "void": VOID,
    "dcat": DCAT,
}
