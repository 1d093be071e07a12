"""The IRIs of the graph, minted and read back in one place.

Resources are {base}id/{kind}/{key}, named graphs {base}graph/{kind}[/{key}]; keys come from content,
never from row order. Minter makes them; its inverse (resource_key, graph_key, local_path) reads them.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ipgraph._text import HAN, norm_name, simplified, slug
from ipgraph.records import AgencyRef

RESOURCE, GRAPH = "id/", "graph/"


def unknown_agency_key(name: str) -> str:
    """The key of a body the reference data does not know: its name folded ("the Kelp Council" and "Kelp
    council" are one; 澄溪市科技創新局 and 澄溪市科技创新局 are one)."""
    if HAN.search(name):
        from ipgraph._text import simplified

        name = simplified(name)
    return slug(norm_name(name) or name)


class Minter:
    """IRIs under one base, and their inverse."""

    def __init__(self, base: str):
        self.base = base if base.endswith("/") else base + "/"

    # -- minting ---------------------------------------------------------------------------------
    def iri_for(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{RESOURCE}{kind}/{key}")

    def resource(self, path: str) -> str:
        """The IRI of a resource from its path under id/ ("agency/cnipa")."""
        return f"{self.base}{RESOURCE}{path}"

    def resource_of(self, ref: str) -> str:
        """A resource as a person writes it: its IRI, or its path under id/ (agency/cnipa, id/agency/cnipa)."""
        ref = ref.strip()
        if re.match(r"^https?://", ref):
            return ref
        return self.resource(ref.strip("/").removeprefix(RESOURCE))

    def graph(self, kind: str, key: str | None = None) -> URIRef:
        return URIRef(self.graph_prefix(kind) + key if key else f"{self.base}{GRAPH}{kind}")

    def graphs(self) -> str:
        """What the IRIs of every graph of the dataset start with ({base}graph/)."""
        return f"{self.base}{GRAPH}"

    def graph_prefix(self, kind: str) -> str:
        """What the IRIs of every graph of a kind start with ({base}graph/document/)."""
        return f"{self.base}{GRAPH}{kind}/"

    def document(self, doc_id: str) -> URIRef:
        return self.iri_for("document", doc_id)

    def agency(self, ref: AgencyRef) -> URIRef:
        """A body of the reference data by its key; a body it does not know by its name as written, folded (case,
        articles, punctuation, traditional characters), so that documents that name it alike share one node."""
        if ref.key:
            return self.iri_for("agency", ref.key)
        return self.iri_for("agency", unknown_agency_key(ref.surface))

    def person(self, name: str) -> URIRef:
        """A person by their name as written; a Chinese name by its simplified characters (a name in traditional
        characters is the same person)."""
        return self.iri_for("person", slug(simplified(name)))

    def agency_key(self, key: str) -> URIRef:
        return self.iri_for("agency", key)

    def measure(self, doc_id: str, number: int, part: str | None = None) -> URIRef:
        """A measure of a document; part only where the document's numbering restarts in each part."""
        return self.iri_for("measure", f"{doc_id}/{part}-{number}" if part else f"{doc_id}/{number}")

    # -- reading back ----------------------------------------------------------------------------
    def resource_path(self, iri: str) -> str | None:
        """"agency/cnipa" for {base}id/agency/cnipa; None for an IRI not minted here."""
        prefix = self.base + RESOURCE
        return iri[len(prefix):] if iri.startswith(prefix) and len(iri) > len(prefix) else None

    def resource_key(self, iri: str) -> tuple[str, str] | None:
        """(kind, key) of a resource IRI minted here, else None."""
        path = self.resource_path(iri)
        if path is None or "/" not in path:
            return None
        kind, key = path.split("/", 1)
        return kind, key

    def graph_key(self, iri: str) -> tuple[str, str | None] | None:
        """(kind, key) of a graph IRI minted here (key None for graph/reference), else None."""
        prefix = self.base + GRAPH
        if not iri.startswith(prefix) or len(iri) == len(prefix):
            return None
        kind, _, key = iri[len(prefix):].partition("/")
        return kind, key or None

    def local_path(self, iri: str) -> str:
        """The service's own path of a resource IRI ("/id/agency/cnipa"), whatever the base; other IRIs as
        they are."""
        path = self.resource_path(iri)
        return "/" + RESOURCE + path if path is not None else iri
