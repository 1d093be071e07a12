"""One person named in a Chinese text and in an English one: the English name is a reading of the Chinese, and
both hold a post in the same body. The two nodes are linked (owl:sameAs), and the person's page gives both names,
the posts of both texts and the documents of both. A name in traditional characters is the person of the same
name in simplified ones."""

import random

from rdflib import Dataset, URIRef
from rdflib.namespace import OWL

from ipgraph.build import build
from ipgraph.config import Settings
from ipgraph.home import current_build, dataset
from ipgraph.iris import Minter
from ipgraph.rdfize import name_reads_as
from tests.api.conftest import HTTP, start_server, stop_server
from tests.phenomena import generate as g


def test_a_name_and_its_reading_are_told_from_a_name_that_is_not_its_reading():
    r = random.Random(5)
    for _ in range(200):
        zh, en = g.person_in_two_languages(r)
        other_zh, other_en = g.person_in_two_languages(r)
        assert name_reads_as(zh, en) and name_reads_as(zh, " ".join(reversed(en.split()))), (zh, en)
        if other_en.lower() != en.lower():
            assert not name_reads_as(zh, other_en) or other_en.replace(" ", "").lower() == en.replace(" ", "").lower()


def test_one_person_in_a_chinese_and_an_english_text_is_one_person(tmp_path):
    r = random.Random(11)
    zh, en = g.person_in_two_languages(r)
    stranger_zh, stranger_en = g.person_in_two_languages(r)
    while name_reads_as(zh, stranger_en):
        stranger_zh, stranger_en = g.person_in_two_languages(r)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "en.txt").write_text(f"Talks Held in Beijing\nUpdated: 2024-05-06\n\n{en}, Commissioner of the China "
                                   f"National Intellectual Property Administration (CNIPA), met {stranger_en}, "
                                   "Deputy Commissioner of the CNIPA, in Beijing.\n", encoding="utf-8")
    (corpus / "zh.txt").write_text(f"国家知识产权局局长会见外宾\n发布时间：2024-05-07\n\n国家知识产权局局长{zh}会见来访客人。\n", encoding="utf-8")
    s = Settings(home=tmp_path / "home")
    build(s, [corpus])
    d = Dataset(default_union=True)
    d.parse(dataset(current_build(s)), format="nquads")
    mint = Minter(s.base_iri)
    a, b = URIRef(mint.person(zh)), URIRef(mint.person(en))
    assert (a, OWL.sameAs, b) in d and (b, OWL.sameAs, a) in d
    assert not any(d.triples((a, OWL.sameAs, URIRef(mint.person(stranger_en)))))
    proc, base = start_server(s.home)
    try:
        page = HTTP.get(base + str(b)[len(s.base_iri) - 1:], headers={"Accept": "text/html"}).text
        head = page[page.index("<h1>"):page.index("</h1>")]
        assert en in head and zh in head  # both names
        posts = page[page.index("<h2>Posts</h2>"):page.index("<h2>Documents</h2>")]
        assert "<td>Commissioner</td>" in posts and "<td>局长</td>" in posts  # the posts of both texts
        assert "Deputy Commissioner</td>" not in posts  # and not the post of the other person in the sentence
        assert "Talks Held in Beijing" in page and "国家知识产权局局长会见外宾" in page  # and the documents of both
    finally:
        stop_server(proc)


def test_a_name_in_traditional_characters_is_the_person_of_the_simplified_name():
    mint = Minter("https://example.org/")
    assert mint.person("習近平") == mint.person("习近平") and mint.person("甘紹寧") == mint.person("甘绍宁")
