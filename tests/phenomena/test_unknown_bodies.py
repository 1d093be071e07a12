"""Bodies no reference file knows become nodes of their own: named as written, marked as outside the reference
data, one node for documents that name them alike, with the posts read from the documents, and a page."""

import random

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from ipgraph.build import build
from ipgraph.config import Settings
from ipgraph.home import current_build, dataset
from ipgraph.iris import Minter, unknown_agency_key
from tests.api.conftest import HTTP, start_server, stop_server
from tests.phenomena import generate as g

IPO = Namespace("https://w3id.org/ipgraph/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")


def test_a_build_of_documents_that_name_bodies_no_file_knows(tmp_path, reference):
    r = random.Random(23)
    body, zh_body = g.body(r), g.zh_body(r)
    people = [g.pinyin_name(r) for _ in range(3)]
    zh_people = [g.zh_name(r) for _ in range(2)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Talks Held\nUpdated: 2024-05-06\n\n{people[0]}, Director General of the {body}, "
                                  f"met {people[1]}, Deputy Director General of the {body}, in Beijing.\n")
    (corpus / "b.txt").write_text(f"Forum Opens\nUpdated: 2025-01-02\n\nDeputy Head {people[2]} of the {body} spoke.\n")
    (corpus / "c.txt").write_text(f"会见\n发布时间：2024-03-04\n\n{zh_body}局长{zh_people[0]}、副局长{zh_people[1]}出席会议。\n")
    s = Settings(home=tmp_path / "home")
    assert build(s, [corpus]).validation.conforms
    d = Dataset(default_union=True)
    d.parse(dataset(current_build(s)), format="nquads")
    mint = Minter(s.base_iri)
    node, zh_node = URIRef(mint.resource(f"agency/{unknown_agency_key(body)}")), \
        URIRef(mint.resource(f"agency/{unknown_agency_key(zh_body)}"))
    for n, name in ((node, body), (zh_node, zh_body)):
        assert (n, RDF.type, IPO.UnresolvedAgency) in d  # an agency, an org:Organization, outside the reference data
        assert any(str(label) == name for label in d.objects(n, SKOS.prefLabel))
    # every post is in the body it names, across the documents that name it
    in_body = {str(name) for post in d.subjects(ORG.postIn, node) for h in d.subjects(IPO.post, post)
               for p in d.objects(h, IPO.holder) for name in d.objects(p, URIRef("http://xmlns.com/foaf/0.1/name"))}
    assert in_body == set(people)
    in_zh = {str(name) for post in d.subjects(ORG.postIn, zh_node) for h in d.subjects(IPO.post, post)
             for p in d.objects(h, IPO.holder) for name in d.objects(p, URIRef("http://xmlns.com/foaf/0.1/name"))}
    assert in_zh == set(zh_people)
    proc, base = start_server(s.home)
    try:
        page = HTTP.get(base + f"/id/agency/{unknown_agency_key(body)}", headers={"Accept": "text/html"})
        assert page.status_code == 200 and body in page.text and people[2] in page.text
    finally:
        stop_server(proc)
    assert Literal(body) not in {Literal(a.name_en) for a in reference.agencies.values()}


def test_an_acronym_the_text_defines_names_a_body_only_when_its_words_name_one(read):
    r = random.Random(31)
    for _ in range(20):
        concept = f"{g.word(r)} {g.word(r)}"  # two words with no head of a body: a subject, not an organisation
        acr = "".join(w[0] for w in concept.split()).upper()
        body = f"{g.word(r)} Patent {r.choice(['Office', 'Bureau', 'Council'])}"
        b_acr = "".join(w[0] for w in body.split()).upper()
        text = (f"Work Plan for Innovation in 2031\n\nI. Enhance Quality of {concept} ({acr})\n\n"
                f"1. Improve the examination of applications. ({b_acr})\n\n"
                f"2. Shorten the examination of designs. ({b_acr})\n\n"
                f"The {body} ({b_acr}) takes the lead.\n")
        ex = read(text)
        surfaces = {a.surface for m in ex.measures for a in m.agencies}
        assert body in surfaces, text
        assert not any(concept in w.message or f"'{acr}'" in w.message for w in ex.warnings), text


def test_a_body_no_file_knows_named_in_both_scripts_is_named_in_each_documents_facts_as_it_writes_it(tmp_path):
    """One node for 某市市场监管局 and 某市市場監管局 (two documents, two scripts), each measure's agencies listed once, in
    the spelling of the measure's own document."""
    from ipgraph.stored import write_facts

    r = random.Random(41)
    place = g.zh_place(r)
    simple, trad = f"{place}市市场监管局", f"{place}市市場監管局"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, body, head in (("s", simple, "工作要点"), ("t", trad, "工作要點")):
        items = "".join(f"{k}.推进{r.choice(g.ZH_FIELDS)}工作。（{body}负责）\n" for k in range(1, 4))
        (corpus / f"{name}.txt").write_text(f"2031年{place}知识产权{head}\n\n为推进工作，制定本计划。\n一、完善制度\n{items}")
    s = Settings(home=tmp_path / "home")
    assert build(s, [corpus]).validation.conforms
    write_facts(s, tmp_path / "facts")
    import csv
    rows = {(row["doc"], row["number"]): row["agencies"] for row in csv.DictReader(open(tmp_path / "facts" / "measures.csv"))}
    assert rows == {**{("s", str(k)): simple for k in range(1, 4)}, **{("t", str(k)): trad for k in range(1, 4)}}, rows
