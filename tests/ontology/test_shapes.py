"""Every example in ontology/examples: valid/ conforms, invalid/ fails with the shape named at its top,
warning/ conforms with a warning from the shape named at its top."""

import re
from pathlib import Path

import pytest
from rdflib import Graph

from ipgraph.config import PROJECT_DIR
from ipgraph.validate import Validator

EXAMPLES = PROJECT_DIR / "ontology" / "examples"
IPO = "https://w3id.org/ipgraph/ontology#"


@pytest.fixture(scope="module")
def validator():
    return Validator(PROJECT_DIR / "ontology")


def expected_shape(path: Path) -> str:
    m = re.search(r"^# expected: ipo:(\w+)", path.read_text(encoding="utf-8"), re.M)
    assert m, f"{path} must name its expected shape in a '# expected: ipo:Shape' comment"
    return IPO + m.group(1)


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.ttl")), ids=lambda p: p.name)
def test_valid_examples_conform(validator, path):
    res = validator.validate(Graph().parse(path), path.name)
    assert res.conforms, res.summary()
    assert not res.warnings, [w.text() for w in res.warnings]


@pytest.mark.parametrize("path", sorted((EXAMPLES / "invalid").glob("*.ttl")), ids=lambda p: p.name)
def test_invalid_examples_fail_with_their_shape(validator, path):
    res = validator.validate(Graph().parse(path), path.name)
    assert not res.conforms
    assert expected_shape(path) in {v.shape for v in res.violations}, res.summary()


@pytest.mark.parametrize("path", sorted((EXAMPLES / "warning").glob("*.ttl")), ids=lambda p: p.name)
def test_warning_examples_warn(validator, path):
    res = validator.validate(Graph().parse(path), path.name)
    assert res.conforms, res.summary()
    assert expected_shape(path) in {w.shape for w in res.warnings}


def test_every_shape_has_a_failing_example():
    shapes = Graph().parse(PROJECT_DIR / "ontology" / "shapes" / "ipo-shapes.ttl")
    from rdflib.namespace import RDF, SH

    named = {str(s) for s in shapes.subjects(RDF.type, SH.NodeShape)}
    covered = {expected_shape(p) for p in (EXAMPLES / "invalid").glob("*.ttl")}
    assert named <= covered, f"shapes without an invalid example: {sorted(named - covered)}"


def test_shape_files_carry_the_package_version():
    import ipgraph

    for f in ("ipo-shapes.ttl", "ipo-shapes-recommended.ttl"):
        assert f'owl:versionInfo "{ipgraph.__version__}"' in (PROJECT_DIR / "ontology" / "shapes" / f).read_text()
    assert f'owl:versionInfo "{ipgraph.__version__}"' in (PROJECT_DIR / "ontology" / "ipo.ttl").read_text()


def test_the_reachable_context_gives_the_findings_of_all_the_reference_data(validator, reference):
    """A document is validated with only the reference triples the shapes can reach from it and the
    ontology's class hierarchy; that must find exactly what pySHACL finds with the whole reference data
    mixed in and the whole ontology as its ontology graph, on the corpus and on damaged copies of it."""
    import random

    from pyshacl import validate as shacl_validate
    from rdflib.namespace import RDF, SH

    from ipgraph.config import Settings
    from ipgraph.extract import extract_source, find_sources, read_source
    from ipgraph.rdfize import Minter, document_graph, reference_graph

    mint = Minter(Settings().base_iri)
    ref = reference_graph(reference, mint)

    def full(g: Graph) -> set:
        data = Graph()
        data += g
        data += ref
        _, report, _ = shacl_validate(data, shacl_graph=validator.shapes, ont_graph=validator.ontology,
                                      inference="none", allow_warnings=True)
        subjects = set(g.subjects())
        return {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage)))
                for r in report.subjects(RDF.type, SH.ValidationResult) if report.value(r, SH.focusNode) in subjects}

    def reachable(g: Graph) -> set:
        res = validator.validate(g, "d", ref)
        return {(f.focus, f.message) for f in res.violations + res.warnings}

    rnd = random.Random(3)
    findings = 0
    for f in find_sources([PROJECT_DIR / "data" / "corpus"]):
        g = document_graph(extract_source(read_source(f), reference), reference, mint)
        for damaged in (g, Graph()):
            if len(damaged) == 0:
                for t in g:
                    if rnd.random() > 0.15:
                        damaged.add(t)
            before = set(damaged)
            got = reachable(damaged)
            assert set(damaged) == before  # the context added for the run is taken out again
            assert got == full(damaged)
            findings += len(got)
    assert findings > 50  # the damaged copies do break shapes
