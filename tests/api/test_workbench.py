"""The pages a researcher reads, in headless Chromium: search, documents with their facts, agency pages with
measures and a chart, stored-query forms, the query UI running a query — and no page asks any other host for
anything."""

import re
import shutil
from urllib.parse import urlsplit

import pytest

from tests.api.conftest import HTTP

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
PLAN = "004_2f910b4b67935e32"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        try:
            yield b
        finally:
            b.close()


def foreign_requests(page, server) -> list[str]:
    host = urlsplit(server).netloc
    return [u for u in page.requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).netloc != host]


@pytest.fixture
def page(browser, server):
    """A page that records every request it makes (page.requests); whatever a test opens in it, it asks no
    other host for anything."""
    context = browser.new_context()
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()
    assert pg.requests and not foreign_requests(pg, server)


def test_search_box_finds_a_measure_by_a_word_of_its_text(page, server):
    page.goto(server + "/")
    page.fill("header form.search input[name=q]", "appraisal assessment")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li a.title")
    titles = page.locator("ol.hits li a.title").all_inner_texts()
    assert any(t.startswith("Measure 3 (2012 plan") for t in titles), titles
    page.locator("ol.hits li a.title", has_text="Measure 3 (2012 plan").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/id/measure/{PLAN}/3")
    assert "Construct an appraisal and assessment system" in page.inner_text("main")


def test_search_finds_an_agency_by_its_chinese_name_and_marks_it(page, server):
    page.goto(server + "/search?q=" + "国家知识产权局")
    hits = page.locator("ol.hits li")
    assert hits.count() >= 2
    first = hits.first.inner_text()
    assert "agency" in first and ("Intellectual Property" in first)
    assert page.locator("ol.hits mark", has_text="国家知识产权局").count() >= 1
    traditional = HTTP.get(server + "/search", params={"q": "國家知識產權局", "_format": "json"}).json()["hits"]
    assert {h["iri"] for h in traditional[:2]} == {h["iri"] for h in
                                                     HTTP.get(server + "/search", params={"q": "国家知识产权局", "_format": "json"}).json()["hits"][:2]}


def test_document_page_highlights_the_sentence_behind_a_measures_agencies(page, server):
    # the evidence of a measure's responsibilities is the measure's sentence: find it in the graph
    q = ("PREFIX ipo: <https://w3id.org/ipgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
         "SELECT ?start ?end WHERE { <https://w3id.org/ipgraph/id/measure/" + PLAN + "/28> ipo:responsibility ?r . "
         "?ann oa:hasBody ?r ; oa:hasTarget/oa:hasSelector ?s . ?s oa:start ?start ; oa:end ?end }")
    row = HTTP.get(server + "/sparql", params={"query": q, "format": "json"}).json()["results"]["bindings"][0]
    start, end = int(row["start"]["value"]), int(row["end"]["value"])
    page.goto(f"{server}/id/document/{PLAN}#span-{start}-{end}")
    marked = page.locator("#doctext .hl.target")
    assert marked.count() >= 1
    text = "".join(marked.all_inner_texts())
    assert "Revise the Patent Law" in text
    # the measure's words carry several facts (the measure, its agency, the law it revises): a click lists each
    marked.first.click()
    listed = page.locator(".factpop:popover-open a")
    assert listed.count() >= 3
    kinds_listed = " ".join(listed.all_inner_texts())
    assert "Measure: Measure 28" in kinds_listed and "Agency: State Intellectual Property Office" in kinds_listed
    assert "Law or instrument: Patent Law" in kinds_listed
    page.locator(f'.factpop:popover-open a[href$="/id/measure/{PLAN}/28"]').click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/id/measure/{PLAN}/28") and "Responsible agencies" in page.inner_text("main")


def test_agency_page_lists_its_measures_by_number_with_co_agencies_and_a_chart(page, server):
    page.goto(server + "/id/agency/sipo")
    rows = page.locator("table.measures tr").all()[1:]
    numbers = [int(r.locator("td").nth(2).inner_text()) for r in rows]
    assert len(numbers) > 10 and numbers == sorted(numbers)
    assert any("MOST" in r.locator("td").nth(5).inner_text() for r in rows)
    chart = page.locator("svg.chart").first
    assert chart.locator("rect").count() > 3 and chart.bounding_box()["width"] > 200


def test_stored_query_form_with_a_required_parameter_submits_and_shows_rows(page, server):
    page.goto(server + "/queries/measures_by_agency")
    assert page.locator("table.results").count() == 0 and page.locator("input[name=agency]").count() == 1
    page.fill("input[name=agency]", "sipx")
    page.click("#query-form button[type=submit]")
    page.wait_for_load_state()
    assert "did you mean 'SIPO'" in page.inner_text(".error")
    page.fill("input[name=agency]", "sipo")
    page.click("#query-form button[type=submit]")
    page.wait_for_selector("table.results tr td")
    assert page.locator("table.results tr").count() > 10
    assert "agency=sipo" in page.url


def test_yasgui_links_open_local_pages_and_stored_tabs_carry_parameters(page, server):
    page.goto(server + "/ui")
    page.wait_for_function("window.yasgui !== undefined")
    tabs = page.evaluate("Object.values(window.yasgui._tabs).map(t => t.getName())")
    assert "Measures by agency" in tabs and "Agency lineage" in tabs
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr a", timeout=20000)
    assert page.locator(".yasr table tbody tr").count() == 10
    assert "Revise the Assessment Index System" in page.locator(".yasr table").inner_text()
    hrefs = page.locator(".yasr table tbody tr a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any(h.startswith("/id/measure/") for h in hrefs), hrefs[:3]
    assert not [h for h in hrefs if h.startswith("https://w3id.org/ipgraph/id/")]  # every IRI of ours opens here
    texts = page.evaluate("Object.values(window.yasgui._tabs).map(t => [t.getName(), t.persistentJson.yasqe.value])")
    by_name = dict(texts)
    assert 'VALUES (?agency) { ("SIPO") }' in by_name["Measures by agency"]


# every kind of page; the home, search, a document, a measure, an agency, a query form and the query UI are
# opened by the tests above (and checked for requests to other hosts as each of them ends)
PAGES = ["/documents", "/browse/agency", "/browse/instrument", "/browse/plan", "/browse/person", "/queries",
         "/queries/co_responsibility", "/queries/law_revision_timeline?law=Patent+Law", "/docs", "/void",
         "/ontology", "/id/agency/cnipa", "/id/person/zhang-qin", "/id/instrument/patent-law",
         "/id/instrument/promotion-plan-for-implementation-of-national-ip-strategy-in-2012"]


def test_every_page_loads_with_nothing_from_another_host(page, server):
    for path in PAGES:
        page.requests.clear()
        response = page.goto(server + path, wait_until="load")
        if path == "/docs":  # a page that fetches once its scripts run
            page.wait_for_load_state("networkidle")
        assert response.status == 200, path
        foreign = foreign_requests(page, server)
        assert not foreign, (path, foreign)
        assert page.requests and (page.title().endswith("ipgraph") or path == "/docs"), path
        if path.startswith("/id/"):  # a page of an entity names it by label: no bare IRI of ours in its heading
            assert not re.search(r"https://w3id\.org/ipgraph/id/", page.inner_text("h1")), path
