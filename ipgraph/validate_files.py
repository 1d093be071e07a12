"""`ipgraph validate`: the built graph (each named graph in turn), or RDF files, against the shapes."""

from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ipgraph.config import Settings
from ipgraph.home import DATASET, current_build
from ipgraph.imports import read_rdf
from ipgraph.iris import Minter
from ipgraph.validate import ValidationResult, Validator


def _reference(settings: Settings) -> Graph:
    return _reference_graph(Path(settings.reference_dir), settings.base_iri, _stamp(settings.reference_dir))


@functools.lru_cache(maxsize=4)
def _reference_graph(reference_dir: Path, base_iri: str, stamp: tuple) -> Graph:
    from ipgraph.rdfize import reference_graph
    from ipgraph.reference import load_reference

    return reference_graph(load_reference(reference_dir), Minter(base_iri))


@functools.lru_cache(maxsize=4)
def _validator(ontology_dir: Path, stamp: tuple) -> Validator:
    """One validator per ontology folder (and version of its files) in a process that validates often."""
    return Validator(ontology_dir)


def _stamp(folder: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in Path(folder).rglob("*") if p.is_file()))


def validate_files(settings: Settings, files: list[Path]) -> ValidationResult:
    validator = _validator(Path(settings.ontology_dir), _stamp(settings.ontology_dir))
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
