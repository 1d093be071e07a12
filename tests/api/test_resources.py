"""Linked data: every minted IRI dereferences; ontology, shapes, VoID and dumps."""

import json
import re

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

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


def _triples(text: str, fmt: str) -> Graph:
    return Graph().parse(data=text, format=fmt)


def test_json_ld_is_compacted_with_the_projects_context_and_expands_to_the_same_triples(client):
    nt = _triples(client.get("/id/agency/cnipa.nt").text, "nt")
    compacted = client.get("/id/agency/cnipa", headers={"Accept": "application/ld+json"})
    doc = compacted.json()
    context = client.get("/context.jsonld")
    assert context.status_code == 200 and doc["@context"] == context.json()["@context"]  # inline, and at its URL
    assert doc["@context"]["ipo"] == "https://w3id.org/ipgraph/ontology#"
    node = next(n for n in doc["@graph"] if n["@id"] == BASE + "id/agency/cnipa")
    assert "skos:prefLabel" in node and "https://w3id.org/ipgraph/ontology#" not in json.dumps(node["@type"])
    assert isomorphic(_triples(compacted.text, "json-ld"), nt)
    expanded = client.get("/id/agency/cnipa", headers={
        "Accept": 'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"'})
    assert isinstance(expanded.json(), list) and "@context" not in expanded.text  # the profile asked for
    assert isomorphic(_triples(expanded.text, "json-ld"), nt)
    plain = client.get("/id/agency/cnipa", headers={"Accept": "application/json"})  # a JSON client gets JSON-LD
    assert plain.status_code == 200 and plain.headers["content-type"].startswith("application/ld+json")
    construct = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s a <https://w3id.org/ipgraph/ontology#Measure> } "
                                                       "LIMIT 3"}, headers={"Accept": "application/ld+json"})
    assert construct.json()["@context"]["ipo"] and len(_triples(construct.text, "json-ld")) == 3


def test_turtle_of_resources_and_dumps_writes_the_projects_prefixes(client):
    ttl = client.get("/id/agency/cnipa.ttl").text
    assert "@prefix ipo: <https://w3id.org/ipgraph/ontology#> ." in ttl and " ipo:" in ttl
    assert isomorphic(_triples(ttl, "turtle"), _triples(client.get("/id/agency/cnipa.nt").text, "nt"))
    prefixes = [line for line in ttl.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes) and all(line.split()[1] in ttl.split(".\n", len(prefixes))[-1]
                                                for line in prefixes)  # each one used
    dump = client.get("/dumps/ipgraph.ttl").text
    head = dump[:3000]
    assert "@prefix ipo: <https://w3id.org/ipgraph/ontology#> ." in head and "@prefix skos:" in head


def test_a_description_holds_the_statements_pointing_at_the_resource_capped_and_said_so(client):
    g = _triples(client.get("/id/agency/sipo.nt").text, "nt")
    sipo = URIRef(BASE + "id/agency/sipo")
    ipo = "https://w3id.org/ipgraph/ontology#"
    measures = set(g.subjects(URIRef(ipo + "agency"), sipo)) | set(g.subjects(URIRef(ipo + "leadAgency"), sipo))
    assert measures  # statements in both directions
    labelled = [s for s in g.subjects(None, sipo) if (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in g]
    assert labelled  # with the labels of what points at it
    topic = URIRef("http://xmlns.com/foaf/0.1/primaryTopic")  # the description document's own statement
    pointing = [t for t in g if t[2] == sipo and t[1] != topic]
    total = int(client.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p <{sipo}> }}"},
                           headers={"Accept": "application/json"}).json()["results"]["bindings"][0]["n"]["value"])
    comments = [str(o) for o in g.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))]
    if total > len(pointing):  # the test server caps rows at 50: the description says how many it leaves out
        assert any(f"{total} statements point at this resource" in c and f"gives {len(pointing)}" in c for c in comments)
    else:
        assert not comments
    assert len(pointing) <= 50 < total
