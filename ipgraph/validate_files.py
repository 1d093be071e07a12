"""`ipgraph validate`: the built graph (each named graph in turn), or RDF files, against the shapes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ipgraph.config import Settings
from ipgraph.home import DATASET, current_build
from ipgraph.imports import read_rdf
from ipgraph.iris import Minter
from ipgraph.validate import ValidationResult, Validator


def _reference(settings: Settings) -> Graph:
    from ipgraph.rdfize import reference_graph
    from ipgraph.reference import load_reference

    return reference_graph(load_reference(settings.reference_dir), Minter(settings.base_iri))


def validate_files(settings: Settings, files: list[Path]) -> ValidationResult:
    validator = Validator(settings.ontology_dir)
    ref = _reference(settings)
    result = ValidationResult(conforms=True)
    for f in files:
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in read_rdf(Path(f)))
        g = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        result.merge(validator.validate(g, str(f), ref))
    return result


def validate_build(settings: Settings) -> ValidationResult:
    build = current_build(settings)
    validator = Validator(settings.ontology_dir)
    ds = Dataset()
    ds.parse(build / DATASET, format="nquads")
    mint = Minter(settings.base_iri)
    ref = ds.graph(mint.graph("reference"))
    result = validator.validate(Graph() + ref, "reference")
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        kind, key = mint.graph_key(str(g.identifier)) or (None, None)
        if kind == "document" and key:
            result.merge(validator.validate(Graph() + g, key, ref))
    return result
