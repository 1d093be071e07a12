"""The kinds of entity a person searches, browses and reads a page of, read from the ontology's class tree.

The ontology states which classes are agencies, instruments, plans and so on (rdfs:subClassOf); this module
reads that once and adds the one small table the ontology does not say: each kind's names for people, its
weight in search ranking and whether it has a list to browse. Everything else asks this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ipgraph.namespaces import IPO, RDFS, SKOS

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "ipo.ttl"


@dataclass(frozen=True)
class Kind:
    name: str  # in URLs and parameters: "agency"
    root: str  # the ontology class whose subclasses are of the kind (local name in ipo:)
    label: str  # one of them, for people: "Agency"
    plural: str  # the list of them: "Agencies"
    weight: float  # how much a name match of the kind counts in search
    browse: bool  # whether /browse/{name} lists them


# The most specific kind first: a plan is also a legal instrument, and its page is a plan's.
TABLE: tuple[Kind, ...] = (
    Kind("plan", "Plan", "Plan", "Plans", 2.5, True),
    Kind("agency", "Agency", "Agency", "Agencies", 3.0, True),
    Kind("instrument", "LegalInstrument", "Law or instrument", "Laws and instruments", 2.5, True),
    Kind("person", "Person", "Person", "People", 2.5, True),
    Kind("measure", "Measure", "Measure", "Measures", 1.5, False),
    Kind("event", "Event", "Event", "Events", 1.5, False),
    Kind("document", "Document", "Document", "Documents", 1.5, False),
)
KINDS: dict[str, Kind] = {k.name: k for k in TABLE}
SENTENCE_WEIGHT = 1.0  # a sentence of a document, in search: no entity of its own


@cache
def _tree() -> tuple[dict[str, set[str]], dict[str, str]]:
    """The ontology's ipo: classes with their superclasses (transitively, themselves included), and labels."""
    parents: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    sub, label = ox.NamedNode(RDFS + "subClassOf"), ox.NamedNode(RDFS + "label")
    for t in ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE):
        s = t.subject.value if isinstance(t.subject, ox.NamedNode) else ""
        if not s.startswith(IPO):
            continue
        if t.predicate == sub and isinstance(t.object, ox.NamedNode):
            parents.setdefault(s[len(IPO):], set()).add(t.object.value[len(IPO):] if t.object.value.startswith(IPO)
                                                        else t.object.value)
        elif t.predicate == label and getattr(t.object, "language", None) == "en":
            labels[s[len(IPO):]] = t.object.value
    closure: dict[str, set[str]] = {}

    def up(c: str) -> set[str]:
        if c not in closure:
            closure[c] = {c}
            for p in parents.get(c, ()):
                closure[c] |= up(p)
        return closure[c]

    for c in set(parents) | set(labels):
        up(c)
    return closure, labels


def classes(kind: str) -> set[str]:
    """The ipo: classes (local names) of a kind: its root and every class under it."""
    root = KINDS[kind].root
    return {c for c, ups in _tree()[0].items() if root in ups}


def kind_of_class(local: str) -> str | None:
    """The kind of an ipo: class (local name), the most specific one; None for a class of no kind."""
    ups = _tree()[0].get(local, {local})
    return next((k.name for k in TABLE if k.root in ups), None)


def kind_of_types(types: list[str] | set[str]) -> str | None:
    """The kind of a resource from its rdf:types (full IRIs): the most specific kind any of them has."""
    found = {kind_of_class(t[len(IPO):]) for t in types if t.startswith(IPO)}
    return next((k.name for k in TABLE if k.name in found), None)


def class_label(local: str) -> str:
    """What the ontology calls an ipo: class, for people ("Post holding"); the local name where it says nothing."""
    return _tree()[1].get(local, local)


def label(kind: str | None) -> str:
    """A kind's name for people, or "Resource"."""
    return KINDS[kind].label if kind in KINDS else "Resource"


def search_weight(kind: str) -> float:
    return KINDS[kind].weight if kind in KINDS else SENTENCE_WEIGHT


def search_kinds() -> list[str]:
    """The kinds a search can be narrowed to: the entity kinds and document sentences."""
    return [k.name for k in TABLE] + ["sentence"]


@cache
def concepts(scheme: str) -> dict[str, str]:
    """The concepts of one of the ontology's schemes (local name: EventKinds), {English label: local name}."""
    in_scheme, label_of = ox.NamedNode(SKOS + "inScheme"), ox.NamedNode(RDFS + "label")
    members, labels = set(), {}
    for t in ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE):
        s = t.subject.value if isinstance(t.subject, ox.NamedNode) else ""
        if not s.startswith(IPO):
            continue
        if t.predicate == in_scheme and t.object == ox.NamedNode(IPO + scheme):
            members.add(s[len(IPO):])
        elif t.predicate == label_of and getattr(t.object, "language", None) == "en":
            labels[s[len(IPO):]] = t.object.value
    return {labels.get(m, m): m for m in sorted(members)}
