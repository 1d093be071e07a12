"""Linked data: every minted IRI dereferences; ontology, shapes, VoID and dumps."""

import re

import pytest
from rdflib import Dataset, Graph, URIRef

BASE = "https://w3id.org/ipgraph/"


def test_agency_page(client):
    r = client.get("/id/agency/sipo", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "State Intellectual Property Office" in r.text
    assert "国家知识产权局" in r.text and "Where the documents say so" in r.text and "accept" in r.headers["vary"].lower()
    assert 'rel="alternate"; type="text/turtle"' in r.headers["link"]
    table = r.text[r.text.index('<table class="measures">'):]
    table = table[:table.index("</table>")]
    numbers = [int(n) for n in re.findall(r'<td class="num"><a href="/id/measure/[^"]+">(\d+)</a>', table)]
    assert len(numbers) > 10 and numbers == sorted(numbers)  # one plan here: by number, as numbers (3, 4, 5, 10, ...)
    assert "MIIT, MOST" in table  # the co-agencies of a measure
    assert r.text.count("<svg") >= 2 and "Measures shared with other agencies" in r.text
    assert "https://w3id.org/ipgraph/id/measure" not in r.text.split("<details", 1)[0]  # labels, not IRIs, above


def test_measure_page_shows_its_evidence_sentence(client):
    path = "/id/measure/004_2f910b4b67935e32/28"
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200 and "Revise the Patent Law of the People" in r.text and "004_2f910b4b67935e32" in r.text


@pytest.mark.parametrize("ext, accept, fmt", [("ttl", "text/turtle", "turtle"), ("jsonld", "application/ld+json", "json-ld"),
                                              ("nt", "application/n-triples", "nt"), ("rdf", "application/rdf+xml", "xml")])
def test_rdf_by_accept_and_extension(client, ext, accept, fmt):
    for r in (client.get("/id/agency/cnipa", headers={"Accept": accept}), client.get(f"/id/agency/cnipa.{ext}")):
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        g = Graph().parse(data=r.text, format=fmt)
        assert (URIRef(BASE + "id/agency/cnipa"), None, None) in g


def test_every_minted_iri_dereferences(client):
    q = ("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + BASE + "id/\") && !CONTAINS(STR(?s), \"#\")) }")
    r = client.get("/sparql", params={"query": q}, headers={"Accept": "application/json"})
    iris = [b["s"]["value"] for b in r.json()["results"]["bindings"]]
    kinds = {}
    for iri in iris:
        kinds.setdefault(iri[len(BASE) + 3:].split("/")[0], iri)
    assert {"agency", "document", "instrument", "person", "post", "post-holding", "event", "revision", "evidence",
            "statistic", "change", "source"} <= set(kinds)
    for iri in kinds.values():
        path = iri[len(BASE) - 1:]
        assert client.get(path, headers={"Accept": "text/html"}).status_code == 200, path
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200, path


def test_unknown_resource_is_404(client):
    r = client.get("/id/agency/no-such-agency", headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and r.json()["ok"] is False


def test_ontology_and_shapes(client):
    r = client.get("/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "ipo:Measure" in r.text and "ipo:leadAgency" in r.text
    g = Graph().parse(data=client.get("/ontology.ttl").text, format="turtle")
    assert len(g) > 500
    g = Graph().parse(data=client.get("/shapes", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (URIRef("https://w3id.org/ipgraph/ontology#MeasureShape"), None, None) in g


def test_void_with_counts(client):
    g = Graph().parse(data=client.get("/void", headers={"Accept": "text/turtle"}).text, format="turtle")
    triples = [int(o) for s, p, o in g if str(p) == "http://rdfs.org/ns/void#triples"]
    assert max(triples) > 10000 and len(triples) >= 9
    assert "Named graphs" in client.get("/void", headers={"Accept": "text/html"}).text


@pytest.mark.parametrize("name, fmt", [("ipgraph.nq", "nquads"), ("ipgraph.trig", "trig"), ("ipgraph.ttl", "turtle")])
def test_dumps(client, name, fmt):
    r = client.get(f"/dumps/{name}")
    assert r.status_code == 200
    ds = Dataset().parse(data=r.text, format=fmt) if fmt != "turtle" else Graph().parse(data=r.text, format=fmt)
    assert len(ds) > 1000 if fmt == "turtle" else len(list(ds.quads())) > 10000


def test_landing_page_and_health(client):
    assert "SPARQL" in client.get("/", headers={"Accept": "text/html"}).text
    assert re.fullmatch(r"[0-9a-f]{16}", client.get("/-/health").json()["build"])


def test_reference_facts_show_their_sources_and_an_earlier_name_its_dates(client):
    from ipgraph.config import PROJECT_DIR
    from ipgraph.reference import load_reference

    ref = load_reference(PROJECT_DIR / "data" / "reference")
    agency = next(a for a in ref.agencies.values() if a.former_names_zh)
    former = agency.former_names_zh[0]
    r = client.get(f"/id/agency/{agency.key}", headers={"Accept": "text/html"})
    assert r.status_code == 200
    sources = r.text[r.text.index("Reference facts and their sources"):r.text.index("All statements about")]
    row = next(tr for tr in sources.split("<tr>") if former.value in tr and "former name" in tr)
    assert f"{former.start} – {former.end}" in row
    for sid in former.fact.sources:  # each source of the earlier name, linked to the page it was read on
        assert f'href="{ref.sources[sid]["url"]}"' in row.replace("&amp;", "&")
    # a fact no source was found for is marked, not shown as verified
    unverified = next(a for a in ref.agencies.values() if a.type and not a.type.sources)
    page = client.get(f"/id/agency/{unverified.key}", headers={"Accept": "text/html"}).text
    row = next(tr for tr in page.split("<tr>") if unverified.type.value in tr and "not verified" in tr)
    assert "<a href" not in row
