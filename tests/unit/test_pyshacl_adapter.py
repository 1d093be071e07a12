"""The pySHACL speed-ups change nothing but time: the same findings on every shape example with and
without them."""

from pathlib import Path

import pyshacl.shape as shape_module
import pytest
from rdflib import Graph

import ipgraph.validate as validate_module
from ipgraph import pyshacl_adapter
from ipgraph.config import PROJECT_DIR

EXAMPLES = sorted((PROJECT_DIR / "ontology" / "examples").rglob("*.ttl"))


def findings(validator, path: Path) -> tuple:
    res = validator.validate(Graph().parse(path), path.name)
    return res.conforms, sorted((f.focus, f.path or "", f.shape, f.severity) for f in res.violations + res.warnings)


def test_the_adapter_is_in_place_on_the_tested_pyshacl():
    if not pyshacl_adapter._tested_version():
        pytest.skip("this pySHACL is not one the speed-ups were tested with: the plain calls run")
    assert pyshacl_adapter.quicker_pyshacl()
    assert isinstance(shape_module.CONSTRAINT_PARAMS[0], pyshacl_adapter._Parameters)
    assert type(pyshacl_adapter.shapes_graph()) is not Graph


def test_same_findings_with_and_without_the_speed_ups(monkeypatch):
    assert len(EXAMPLES) > 10
    quick = validate_module.Validator(PROJECT_DIR / "ontology")
    with_speed_ups = [findings(quick, p) for p in EXAMPLES]
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    monkeypatch.setattr(shape_module, "CONSTRAINT_PARAMS", (list(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP))
    monkeypatch.setattr(validate_module, "quicker_pyshacl", lambda: False)
    monkeypatch.setattr(validate_module, "shapes_graph", Graph)
    plain = validate_module.Validator(PROJECT_DIR / "ontology")
    assert type(plain.shapes) is Graph
    without = [findings(plain, p) for p in EXAMPLES]
    assert with_speed_ups == without
    assert any(not conforms for conforms, _ in without)  # the examples do exercise violations
