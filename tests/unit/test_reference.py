"""Reading the reference data: the fast YAML loader reads what the plain one reads, and a broken file is named."""

from __future__ import annotations

import shutil

import pytest
import yaml

from ipgraph.config import PROJECT_DIR
from ipgraph.errors import ReferenceDataError
from ipgraph.reference import _SAFE_LOADER, load_reference

REFERENCE = PROJECT_DIR / "data" / "reference"


@pytest.mark.parametrize("name", sorted(p.name for p in REFERENCE.glob("*.yaml")))
def test_the_loader_reads_each_file_as_the_plain_safe_loader_does(name):
    text = (REFERENCE / name).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_SAFE_LOADER) == yaml.safe_load(text)


def test_a_file_that_is_not_yaml_is_named_with_its_line(tmp_path):
    for p in REFERENCE.glob("*.yaml"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "laws.yaml").write_text("laws:\n  - id: x\n   bad: [\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"(?s)laws\.yaml: not valid YAML: .*line 3"):
        load_reference(tmp_path)
