"""Pages for people: every entity shown with a label and a link, facts counted one way, the sentence behind
each fact, and nothing of the site around a text taken for what the text says."""

import re

HTML = {"Accept": "text/html"}
PLAN = "004_2f910b4b67935e32"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_document_and_the_list_of_documents_count_its_facts_alike_and_say_what_a_fact_is(client):
    listing = client.get("/documents", params={"_format": "json"}).json()["documents"]
    page = client.get("/documents", headers=HTML).text
    assert "A <b>fact</b> is a thing the text says" in page
    undated = sum(1 for d in listing if not d["date"])
    assert undated and f"{undated} documents state no date" in page and ">undated<" in page  # the chart says so too
    for d in listing:
        doc = client.get(f"/id/document/{d['id']}", headers=HTML).text
        count = re.search(r"<b>Facts read</b>(\d+)", doc).group(1)
        assert int(count) == int(d["facts"]), d["id"]
        assert d["publisher"], d["id"]  # each document of the corpus names its publisher


def test_no_raw_key_is_shown_for_an_entity(client):
    doc = client.get("/id/document/000_2da1fe44ba253dec", headers=HTML).text
    assert "--" not in _text(doc)  # a post holding by its label ("Zhang Qin, Deputy Commissioner, SIPO")
    assert "Zhang Qin, Deputy Commissioner, SIPO" in doc
    agency = client.get("/id/agency/sipo", headers=HTML).text
    statements = agency[agency.index("All statements"):]
    assert ">org:FormalOrganization</a>" in statements and "org#FormalOrganization" not in _text(statements)
    onto = client.get("/ontology", headers=HTML).text
    assert '<a href="#Agency"><code>ipo:Agency</code></a>' in onto and "<code>org:FormalOrganization</code>" in onto


def test_an_agencys_evidence_is_the_measure_or_sentence_never_a_fragment_or_the_sites_furniture(client):
    page = client.get("/id/agency/sipo", headers=HTML).text
    quotes = [_text(q).strip() for q in re.findall(r"<blockquote>(.*?)<cite>", page, re.S)]
    assert len(quotes) > 10
    assert not [q for q in quotes if re.fullmatch(r"\([^()]*\)\.?", q)]  # "(SIPO, MOST)" alone
    assert not [q for q in quotes if "Print" in q or q.startswith("Updated:")]
    assert any(q.startswith("(28) Revise the Patent Law") for q in quotes)


def test_a_persons_page_gives_the_sentence_behind_each_post_and_the_documents(client):
    page = client.get("/id/person/shen-changyu", headers=HTML).text
    assert "A post's date is the date of the document that states it" in page
    assert "<q>" in page and "Commissioner of CNIPA" in _text(page)
    assert "<h2>Documents</h2>" in page and "Where the documents say so" in page
    assert re.search(r'href="/id/document/001_37ba386996b84904#span-\d+-\d+"', page)


def test_a_laws_page_names_it_in_chinese_and_says_which_date_is_the_documents(client):
    page = client.get("/id/instrument/patent-law", headers=HTML).text
    head = page[page.index("<h1>"):page.index("</h1>")]
    assert "专利法" in head
    rows = [_text(r) for r in re.findall(r"<tr>(.*?)</tr>", page[page.index("Revisions"):], re.S)]
    reported = next(r for r in rows if "Shen Changyu" in r)
    assert "(the document's date)" in reported and re.search(r"\b4 \(the latest by then\)", reported)
    assert any("planned" in r and "measure 28" in r for r in rows)


def test_every_page_a_link_leads_to_is_html_for_a_browser_and_every_error_a_page_of_the_site(client):
    shapes = client.get("/shapes", headers=HTML)
    assert shapes.status_code == 200 and "The SHACL shapes" in shapes.text and "dcterms:identifier" in shapes.text
    assert client.get("/shapes.ttl").headers["content-type"].startswith("text/turtle")
    dumps = client.get("/dumps", headers=HTML)
    assert dumps.status_code == 200 and 'href="/dumps/ipgraph.nq"' in dumps.text
    assert client.get("/dumps").json()["dumps"][0]["url"] == "/dumps/ipgraph.nq"  # programs still get JSON
    missing = client.get("/no/such/page", headers=HTML)
    assert missing.status_code == 404 and "<header>" in missing.text and "there is no page at /no/such/page" in missing.text
    assert client.get("/no/such/page").json()["ok"] is False
    long = client.get("/search", params={"q": "patent " * 100}, headers=HTML)
    assert long.status_code == 400 and "<header>" in long.text
    assert "the search words are too long (700 characters); give at most 500" in long.text
    bad = client.get("/search", params={"q": "x", "limit": "0"})
    assert bad.status_code == 400 and bad.json()["error"] == "parameter 'limit' must be at least 1, not '0'"


def test_search_ranks_a_law_named_by_the_word_first_says_when_there_are_more_and_cuts_between_words(client):
    hits = client.get("/search", params={"q": "patent", "kind": "instrument", "_format": "json"}).json()["hits"]
    assert hits[0]["iri"].endswith("/instrument/patent-law")
    few = client.get("/search", params={"q": "patent", "limit": 2, "_format": "json"}).json()
    assert len(few["hits"]) == 2 and few["more"] is True
    page = client.get("/search", params={"q": "patent", "limit": 2}, headers=HTML).text
    assert "Hits 1–2, more on the next page," in page and "More hits" in page
    everything = client.get("/search", params={"q": "Zhang Qin", "limit": 200, "_format": "json"}).json()
    assert everything["more"] is False
    for h in everything["hits"]:
        text = re.sub(r"<[^>]+>", "", h["snippet"])
        if text.startswith("…"):
            assert text[1:2].isupper() or not text[1:2].isalpha() or text[1:].split()[0].lower() in {
                "the", "a", "of", "and", "to", "in", "on", "by", "with", "for", "is", "was"}, text[:40]
