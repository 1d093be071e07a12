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


def _walk(node, where):
    if isinstance(node, dict):
        yield where, node
        for k, v in node.items():
            yield from _walk(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{where}[{i}]")


def test_every_source_has_its_url_and_the_date_it_was_read():
    ref = load_reference(REFERENCE)  # an unknown source id is refused by the loader, naming the file
    missing = {k: v for k, v in ref.sources.items() if not (isinstance(v, dict) and v.get("url") and v.get("title"))}
    assert not missing, f"sources without a URL or title: {sorted(missing)}"


def test_a_fact_stated_from_memory_says_what_was_searched():
    for path in REFERENCE.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, d in _walk(data, path.name):
            if d.get("source") == "recalled":
                assert "searched" in str(d.get("note", "")), f"{where}: a fact with no source needs a note of what was searched"
            for k, v in d.items():
                if isinstance(v, str) and "recalled" in v and k != "source":
                    assert "searched" in v, f"{where}.{k}: a statement marked recalled needs what was searched"


def test_the_joint_meeting_bore_an_earlier_name_and_was_replaced(reference):
    meeting = reference.agencies["ipr-strategy-joint-meeting"]
    (former,) = meeting.former_names_zh
    assert (former.value, former.start, former.end) == ("国家知识产权战略实施工作部际联席会议", "2008-10", "2016-03")
    assert former.fact.sources and meeting.existed_to == "2023-12"
    assert any(c.original == ("ipr-strategy-joint-meeting",) and c.resulting == ("ip-power-joint-meeting",)
               for c in reference.changes)
    assert reference.agencies["ciptc"].name_zh.value == "中国知识产权培训中心"
    assert reference.agencies["ipr-strategy-joint-meeting-office"].name_zh.value.startswith("国务院")


def test_a_class_the_ontology_does_not_have_is_refused_naming_the_file(tmp_path):
    for p in REFERENCE.glob("*.yaml"):
        shutil.copy(p, tmp_path / p.name)
    text = (tmp_path / "agencies.yaml").read_text(encoding="utf-8")
    (tmp_path / "agencies.yaml").write_text(text.replace("class: GovernmentAgency", "class: GovernmentAgencyy", 1),
                                            encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"agencies\.yaml: agencies\[\d+\]: class 'GovernmentAgencyy'"):
        load_reference(tmp_path)
