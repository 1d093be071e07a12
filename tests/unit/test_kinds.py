"""The kinds of entity, read from the ontology's class tree: each with its page, its list and its name."""

from pathlib import Path

import pytest

from ipgraph import kinds

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", kinds.TABLE, ids=lambda k: k.name)
def test_every_kind_has_a_root_class_a_template_a_label_and_its_list(kind):
    assert kind.root in kinds.classes(kind.name)
    assert (ROOT / "api" / "templates" / f"{kind.name}.html").exists()
    assert kind.label and kind.plural
    if kind.browse:
        assert (ROOT / "queries" / "pages" / f"browse_{kind.name}.rq").exists()


def test_every_class_under_a_kind_is_of_that_kind_the_most_specific_first():
    text = (ROOT / "ontology" / "ipo.ttl").read_text()
    for c in kinds.classes("agency"):
        assert kinds.kind_of_class(c) == "agency" and f"ipo:{c} a owl:Class" in text
    assert {"GovernmentAgency", "OrganisationalUnit", "UnresolvedAgency"} <= kinds.classes("agency")
    assert {"Law", "Regulation", "Strategy"} <= kinds.classes("instrument")
    assert kinds.kind_of_class("Plan") == "plan" and kinds.kind_of_class("Law") == "instrument"
    assert kinds.kind_of_class("PostHolding") is None and kinds.class_label("PostHolding") == "Post holding"
    assert kinds.kind_of_types(["https://w3id.org/ipgraph/ontology#Plan",
                                "https://w3id.org/ipgraph/ontology#PolicyDocument"]) == "plan"


def test_a_class_the_ontology_adds_under_a_kind_needs_no_other_edit(tmp_path, monkeypatch):
    onto = tmp_path / "ipo.ttl"
    onto.write_text((ROOT / "ontology" / "ipo.ttl").read_text()
                    + '\nipo:Quorvel a owl:Class ; rdfs:label "Quorvel"@en ; rdfs:subClassOf ipo:CoordinationBody .\n')
    monkeypatch.setattr(kinds, "ONTOLOGY", onto)
    kinds._tree.cache_clear()
    try:
        assert kinds.kind_of_class("Quorvel") == "agency" and "Quorvel" in kinds.classes("agency")
    finally:
        kinds._tree.cache_clear()
