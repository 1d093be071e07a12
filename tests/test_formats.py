"""Documents as they are published: the same document as .txt, .html (with navigation and a footer around it),
.pdf and .docx gives the same facts from the same sentences; files that cannot be read are refused by name;
Chinese pages in GBK or Big5 are decoded; `ipgraph add` fetches a page from a local server."""

import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest

from ipgraph.cli import main
from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.extract import read_source
from ipgraph.home import CURRENT, current_build
from tests.formats_fixtures import write_all, write_html

SEEDS = ["004_2f910b4b67935e32.txt", "001_37ba386996b84904.txt"]  # a plan, and news with officials and an event
TABLES = ["documents", "measures", "officials", "instruments", "law_revisions", "events"]
FORMATS = ["txt", "html", "pdf", "docx"]


def run(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, Path]:
    """The plan and two news items of the bundled corpus in each format (lines in Chinese left out: the PDF
    is written with a font that has no Han characters)."""
    root = tmp_path_factory.mktemp("formats")
    out = {fmt: root / fmt for fmt in FORMATS}
    for d in out.values():
        d.mkdir()
    for name in SEEDS:
        text = (PROJECT_DIR / "data" / "corpus" / name).read_text(encoding="utf-8")
        text = "\n".join(ln for ln in text.split("\n") if not re.search(r"[\u3400-\u9fff]", ln))
        src = out["txt"] / name
        src.write_text(text, encoding="utf-8")
        for fmt, path in write_all(src, root / "made").items():
            shutil.move(path, out[fmt] / path.name)
    return out


@pytest.fixture(scope="module")
def builds(corpora, tmp_path_factory) -> dict[str, Settings]:
    from ipgraph.build import build
    from ipgraph.stored import write_facts

    out = {}
    for fmt, corpus in corpora.items():
        s = Settings(home=tmp_path_factory.mktemp(f"home-{fmt}"))
        build(s, [corpus], validate=False)  # the facts, not the shapes (the same graph as the .txt's, which conforms)
        write_facts(s, s.home / "facts")
        out[fmt] = s
    return out


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_same_fact_tables_from_each_format(builds, fmt):
    for table in TABLES:
        want = (builds["txt"].home / "facts" / f"{table}.csv").read_text(encoding="utf-8")
        got = (builds[fmt].home / "facts" / f"{table}.csv").read_text(encoding="utf-8")
        assert got == want, (fmt, table)
    assert len((builds[fmt].home / "facts" / "measures.csv").read_text().splitlines()) == 91


EVIDENCE = """PREFIX ipo: <https://w3id.org/ipgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?number ?start ?end ?exact WHERE { ?m a ipo:Measure ; ipo:number ?number .
  ?ann oa:hasBody ?m ; oa:hasTarget/oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }"""


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_evidence_offsets_point_at_the_same_sentences_in_each_kept_text(builds, fmt):
    from ipgraph._text import plain
    from ipgraph.home import document_text
    from ipgraph.stored import open_store

    def sentences(s: Settings) -> dict[int, str]:
        text = document_text(current_build(s), "004_2f910b4b67935e32")
        out = {}
        for row in open_store(s).query(EVIDENCE):
            start, end = int(row["start"].value), int(row["end"].value)
            assert " ".join(plain(text[start:end]).split()) == " ".join(plain(row["exact"].value).split())
            out[int(row["number"].value)] = " ".join(plain(row["exact"].value).split())  # spaces and quotes as a reader sees
        return out

    want, got = sentences(builds["txt"]), sentences(builds[fmt])
    assert len(want) == 90 and got == want


def test_the_build_keeps_the_original_and_the_rdf_names_its_format(builds):
    from ipgraph.home import original_file
    from ipgraph.stored import open_store

    pdf = original_file(current_build(builds["pdf"]), "004_2f910b4b67935e32")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF-")
    assert original_file(current_build(builds["txt"]), "004_2f910b4b67935e32") is None
    q = ("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?f WHERE { "
         "<https://w3id.org/ipgraph/id/document/004_2f910b4b67935e32> dcterms:format ?f }")
    assert [r["f"].value for r in open_store(builds["docx"]).query(q)] == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]


def test_html_metadata_fills_what_the_text_does_not_state(tmp_path):
    page = write_html("A headline in the text\n\nThe body of the article says what happened, at some length.",
                      tmp_path / "p.html", "The page title", "2021-06-01")
    src = read_source(page)
    assert src.format == "html" and src.text.startswith("A headline in the text\n\nThe body")
    assert "Home" not in src.text and "Copyright" not in src.text and "WeChat" not in src.text
    assert src.file_meta["date"] == "2021-06-01" and src.file_meta["url"].endswith("/p.html")
    assert src.file_meta["publisher"] == "Example Office" and src.file_meta["language"] == "en"
    from ipgraph.extract import document_record

    doc = document_record(src)
    assert (doc.title, doc.date, doc.url) == ("A headline in the text", "2021-06-01", src.file_meta["url"])


def test_a_page_that_states_no_date_is_read_without_a_date_guesser(tmp_path):
    """Its date is not guessed (a guess is not the document's date): dateparser, which a guess would load for
    seconds in each process, stays out."""
    import subprocess
    import sys

    page = write_html("A headline\nUpdated: 12 23,2020\n\nThe body of the article, in which no date is stated.",
                      tmp_path / "p.html", "The page title", None)  # (a site's own date line, in no standard form)
    code = ("import sys; from pathlib import Path; from ipgraph.extract import read_source; "
            f"src = read_source(Path({str(page)!r})); print('date' in src.file_meta, 'dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_DIR)
    assert out.stdout.split() == ["False", "False"]


ZH = "国家知识产权局召开新闻发布会\n\n国家知识产权局局长申长雨介绍了二〇一九年专利审查工作的进展情况。"


@pytest.mark.parametrize("encoding, declared", [("gb18030", True), ("gbk", True), ("gb18030", False)])
def test_chinese_pages_in_gb_encodings_are_decoded(tmp_path, encoding, declared):
    page = write_html(ZH, tmp_path / "zh.html", "新闻", None, lang="zh-CN", encoding=encoding)
    if not declared:
        page.write_bytes(re.sub(rb'<meta http-equiv="Content-Type"[^>]*>', b"", page.read_bytes()))
    src = read_source(page)
    assert "申长雨" in src.text and "国家知识产权局召开新闻发布会" in src.text


def test_a_big5_page_is_decoded(tmp_path):
    traditional = "國家知識產權局召開新聞發布會\n\n國家知識產權局局長申長雨介紹了專利審查工作的進展情況與成果。"
    page = write_html(traditional, tmp_path / "tw.html", "新聞", None, lang="zh-TW", encoding="big5")
    src = read_source(page)
    assert "申長雨" in src.text and src.format == "html"


def test_files_a_folder_holds_that_are_no_documents_are_named_with_the_reason(tmp_path, corpora, capsys):
    corpus = tmp_path / "c"
    shutil.copytree(corpora["txt"], corpus)
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (corpus / "blob").write_bytes(bytes(range(256)) * 4)
    (corpus / "notes").write_text("Notes on the plan, in plain words.\n", encoding="utf-8")
    code, _, err = run(["build", str(corpus), "--home", str(tmp_path / "home"), "--no-validate"], capsys)
    assert code == 0  # the documents are read
    assert f"{corpus / 'photo.png'}: skipped: a .png file is not a document ipgraph reads" in err
    assert f"{corpus / 'blob'}: skipped: no extension" in err and "it is no text, HTML, PDF or Word file" in err
    assert f"{corpus / 'notes'}: skipped: no extension" in err and "rename it to notes.txt to read it" in err


def test_format_is_told_by_content(tmp_path, corpora):
    odd = tmp_path / "report.bin"
    shutil.copyfile(corpora["pdf"] / "001_37ba386996b84904.pdf", odd)
    assert read_source(odd).format == "pdf"
    from ipgraph.extract import find_sources

    assert find_sources([odd]) == [odd]


def _bad_files(tmp_path: Path, corpora) -> dict[str, tuple[Path, str]]:
    from fpdf import FPDF

    out = {}
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "A confidential document about patents and their examination.")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    out["encrypted"] = (tmp_path / "locked.pdf", "encrypted")
    pdf.output(str(out["encrypted"][0]))
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 60, style="F")  # marks on the page, no text: what a scan is to a reader
    out["scan"] = (tmp_path / "scan.pdf", "no text layer")
    scan.output(str(out["scan"][0]))
    docx = (corpora["docx"] / "001_37ba386996b84904.docx").read_bytes()
    out["truncated"] = (tmp_path / "cut.docx", "cannot be read")
    out["truncated"][0].write_bytes(docx[: len(docx) // 2])
    out["damaged"] = (tmp_path / "broken.pdf", "the PDF is damaged (")  # what the reader noticed, in the one message
    out["damaged"][0].write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages "
                                  b"/Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R "
                                  b">> endobj\n4 0 obj << /Length 99 >> stream\nBT garbage ET\nendstream endobj\nxref\n0 5\n"
                                  b"0000000000 65535 f \ntrailer << /Root 1 0 R /Size 5 >>\nstartxref\n9999\n%%EOF\n")
    out["navigation"] = (tmp_path / "nav.html", "no main text")
    out["navigation"][0].write_text('<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav>'
                                    "<footer>Copyright</footer></body></html>", encoding="utf-8")
    return out


def test_bad_files_of_each_kind_exit_2_with_their_name_and_leave_the_last_build(tmp_path, corpora, capsys):
    home = tmp_path / "home"
    good = tmp_path / "good"
    shutil.copytree(corpora["txt"], good)
    assert run(["build", str(good), "--home", str(home), "--no-validate"], capsys)[0] == 0
    before = (home / CURRENT).resolve()
    (tmp_path / "bad").mkdir()
    for kind, (path, message) in _bad_files(tmp_path / "bad", corpora).items():
        corpus = tmp_path / f"c-{kind}"
        shutil.copytree(good, corpus)
        shutil.copyfile(path, corpus / path.name)
        code, out, err = run(["build", str(corpus), "--home", str(home), "--no-validate"], capsys)
        assert code == 2 and path.name in err and message in err, (kind, err)
        assert all(line.startswith(("error:", "Extracting")) for line in err.splitlines() if line.strip()), err
        assert (home / CURRENT).resolve() == before, kind


class _Site(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802 (the library's name)
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path.startswith("/to-file"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        super().do_GET()


@pytest.fixture
def site(tmp_path, corpora):
    root = tmp_path / "site"
    root.mkdir()
    shutil.copyfile(corpora["html"] / "004_2f910b4b67935e32.html", root / "plan.html")
    handler = lambda *a, **k: _Site(*a, directory=str(root), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_add_fetches_a_page_records_its_url_and_date_and_builds(site, tmp_path, capsys):
    import yaml

    home = tmp_path / "home"
    code, out, err = run(["add", f"{site}/plan.html", "--home", str(home), "--no-validate"], capsys)
    assert code == 0, err
    assert "added plan" in out and "Built 1 document(s)" in out
    meta = yaml.safe_load((home / "corpus" / "plan.meta.yaml").read_text(encoding="utf-8"))
    assert meta["url"] == f"{site}/plan.html" and meta["content_type"].startswith("text/html")
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", meta["retrieved"]) and meta["publisher"] == "Example Office"
    from fastapi.testclient import TestClient

    from api.app import create_app

    with TestClient(create_app(Settings(home=home))) as client:
        page = client.get("/id/document/plan", headers={"Accept": "text/html"}).text
        assert f"{site}/plan.html" in page and meta["retrieved"][:10] in page and "/documents/plan/original" in page
        original = client.get("/documents/plan/original")
        assert original.status_code == 200 and original.headers["content-type"].startswith("text/html")
        assert client.get("/documents/plan/text").text.startswith("Promotion Plan for the Implementation")
    # a second add keeps what is there and builds both
    code, out, err = run(["add", str(PROJECT_DIR / "data" / "corpus" / "003_8e419ac86f532f57.txt"), "--home", str(home),
                          "--no-validate"], capsys)
    assert code == 0 and "Built 2 document(s)" in out, err


@pytest.mark.parametrize("path, message", [("/loop", "redirects"), ("/to-file", "not HTTP(S)"),
                                           ("/missing.html", "404")])
def test_add_names_what_failed(site, tmp_path, capsys, path, message):
    code, out, err = run(["add", site + path, "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and site + path in err and message in err
    assert not (tmp_path / "h" / CURRENT).exists()


def test_add_refuses_other_schemes_and_large_bodies(site, tmp_path, capsys):
    from ipgraph.add import FetchError, fetch

    code, out, err = run(["add", "ftp://example.org/x.pdf", "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and "only http:// and https://" in err
    with pytest.raises(FetchError, match="more than the limit of 1000"):
        fetch(f"{site}/plan.html", max_bytes=1000)
    with pytest.raises(FetchError, match="cannot be reached"):
        fetch("http://127.0.0.1:1/nothing", timeout_s=2)
