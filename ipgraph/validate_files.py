"""`ipgraph validate`: the built graph (each named graph in turn), or RDF files, against the shapes."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from ipgraph.build import DATASET, current_build
from ipgraph.config import Settings
from ipgraph.errors import SourceError
from ipgraph.validate import ValidationResult, Validator

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld",
            ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".n3": "n3"}


def _reference(settings: Settings) -> Graph:
    from ipgraph.rdfize import Minter, reference_graph
    from ipgraph.reference import load_reference

    return reference_graph(load_reference(settings.reference_dir), Minter(settings.base_iri))


def validate_files(settings: Settings, files: list[Path]) -> ValidationResult:
    validator = Validator(settings.ontology_dir)
    ref = _reference(settings)
    result = ValidationResult(conforms=True)
    for f in files:
        f = Path(f)
        fmt = _FORMATS.get(f.suffix.lower())
        if fmt is None:
            raise SourceError(f, f"unknown RDF format {f.suffix!r}; use one of {', '.join(sorted(_FORMATS))}")
        if not f.exists():
            raise SourceError(f, "no such file")
        try:
            if fmt in ("nquads", "trig"):
                g = Graph()
                for q in Dataset().parse(f, format=fmt).quads():
                    g.add(q[:3])
            else:
                g = Graph().parse(f, format=fmt)
        except Exception as e:  # rdflib raises many parser exception types
            raise SourceError(f, f"does not parse as {fmt}: {e}") from e
        result.merge(validator.validate(g, str(f), ref))
    return result


def validate_build(settings: Settings) -> ValidationResult:
    build = current_build(settings)
    validator = Validator(settings.ontology_dir)
    ds = Dataset()
    ds.parse(build / DATASET, format="nquads")
    base = settings.base_iri
    ref = ds.graph(URIRef(base + "graph/reference"))
    result = validator.validate(Graph() + ref, "reference")
    prefix = base + "graph/document/"
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        name = str(g.identifier)
        if name.startswith(prefix):
            result.merge(validator.validate(Graph() + g, name[len(prefix):], ref))
    return result
