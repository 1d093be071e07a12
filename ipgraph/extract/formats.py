"""Documents as they are published: HTML pages, PDFs and Word files, read into the text the extractors read.

The format is told by content first (a PDF starts %PDF-, a Word file is a zip holding word/document.xml, a
page has HTML markup), then by extension. Each reader returns the text and the metadata the file carries;
a file that cannot be read is a SourceError naming it and what to do.

- HTML: trafilatura keeps the main text without navigation, share buttons and footers, and reads the page's
  metadata (title, og:/article: and DC. tags, canonical URL, site name); it is the best kept of the
  main-text extractors in the package lists, with readability-lxml as the usual alternative. The bytes are
  decoded by the charset the server or the page declares, else as UTF-8, else as charset-normalizer
  detects (GBK, GB2312 and GB18030 are read as GB18030, their superset; Big5 as Big5-HKSCS).
- PDF: pypdf (pure Python, no system library), the text in reading order page by page, lines that a page's
  width wrapped joined back into their paragraph; title and dates from the document information.
- DOCX: python-docx, paragraphs and table rows in document order; title, author and dates from the core
  properties.
"""

from __future__ import annotations

import io
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph._text import HAN
from ipgraph.errors import SourceError

EXTENSIONS = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}
MEDIA_TYPES = {"text": "text/plain", "html": "text/html", "pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                         re.I | re.S)
_HAN = HAN


@dataclass(frozen=True)
class Read:
    text: str
    format: str
    meta: dict = field(default_factory=dict)  # what the file says of itself: title, date, url, publisher, language

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]


def sniff(path: Path, data: bytes) -> str:
    """text, html, pdf or docx: by content, then by extension."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        if Path(path).suffix.lower() == ".docx":
            return "docx"  # a damaged Word file: its reader says so
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return "html"
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def read_file(path: Path, data: bytes, fmt: str, declared_type: str | None = None) -> Read:
    if fmt == "html":
        return read_html(path, data, declared_type)
    if fmt == "pdf":
        return read_pdf(path, data)
    if fmt == "docx":
        return read_docx(path, data)
    raise ValueError(f"no reader for {fmt}")


# -- HTML -------------------------------------------------------------------------------------------
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "big5": "big5hkscs", "x-big5": "big5hkscs", "cp950": "big5hkscs"}


def decode_html(path: Path, data: bytes, declared_type: str | None = None) -> str:
    """The page as text, by the charset the server declared (declared_type, a Content-Type), the page's own
    <meta charset>, UTF-8, or detection — in that order."""
    import codecs

    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    candidates = []
    if declared_type and "charset=" in declared_type.lower():
        candidates.append(declared_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'"))
    m = _CHARSET.search(data[:8192])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace").lower())
    for name in candidates:
        name = _ALIASES.get(name, name)
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue  # a wrong declaration: try the next way
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceError(path, "the page's character encoding cannot be told; save it as UTF-8 or declare its "
                                "charset in a <meta charset=...> tag")
    encoding = _ALIASES.get(best.encoding.lower().replace("_", ""), best.encoding)
    return data.decode(encoding, errors="replace")


def read_html(path: Path, data: bytes, declared_type: str | None = None) -> Read:
    import trafilatura

    page = decode_html(path, data, declared_type)
    text = trafilatura.extract(_main_part(page), favor_recall=True, include_tables=True, include_comments=False,
                               include_links=False, include_images=False, deduplicate=False, output_format="txt")
    if not text or len(text.strip()) < 20:
        raise SourceError(path, "no main text found in the page (only navigation, or a page built by scripts); "
                                "save the article's text as a .txt file beside it instead")
    meta: dict[str, str] = {}
    # not its date: that is a guess where the page states none (see _stated_date); extensive=False keeps the
    # guess from falling back to dateparser, whose languages take 4-9 s to load in each process
    info = trafilatura.extract_metadata(page, extensive=False)
    if info is not None:
        for key, value in (("title", info.title), ("url", info.url), ("publisher", info.sitename)):
            if value:
                meta[key] = str(value)
    date = _stated_date(page)
    if date:
        meta["date"] = date
    lang = re.search(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z-]+)""", page[:4096], re.I)
    if lang:
        meta["language"] = lang.group(1).lower()
    return Read(paragraphs(text), "html", _clean_meta(meta))


_FURNITURE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|sharing|social|footer|sidebar|"
                        r"related|recommend|comments?|toolbar|topbar|header|banner|copyright|advert|ads?)(?:$|[\s_-])", re.I)


def _main_part(page: str) -> str:
    """The page with its furniture taken out (navigation, headers, footers, asides, share bars, scripts) and,
    where it marks one, only its main part (<article>, <main>, role=main): trafilatura then keeps the text."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return page
    for el in list(root.iter("nav", "header", "footer", "aside", "script", "style", "noscript", "form", "iframe")):
        if el.getparent() is not None and not (el.tag == "header" and el.xpath("ancestor::article")):
            el.drop_tree()  # (an article's own header holds its headline: kept)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body", "article", "main"):
            continue
        marks = " ".join((el.get("class") or "", el.get("id") or "", el.get("role") or ""))
        if _FURNITURE.search(marks) or el.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
            el.drop_tree()
    main = root.xpath("//article | //main | //*[@role='main']")
    body = main[0] if main else root.body if root.body is not None else root
    return "<html><body>" + lxml.html.tostring(body, encoding="unicode") + "</body></html>"


_DATE_NAMES = ("article:published_time", "og:published_time", "dc.date", "dc.date.issued", "dc.date.created",
               "dcterms.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate", "datepublished",
               "firstpublishedtime")
_DATE_META = re.compile(r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:"""
                        + "|".join(re.escape(n) for n in _DATE_NAMES) + r""")["'][^>]*>""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)
_TIME = re.compile(r"""<time[^>]+datetime\s*=\s*["'](\d{4}-\d\d-\d\d)""", re.I)


def _stated_date(page: str) -> str | None:
    """The publication date a page states in its metadata (article:published_time, DC.date, <time>), or None."""
    for m in _DATE_META.finditer(page):
        c = _CONTENT.search(m.group())
        if c and re.match(r"\d{4}-\d\d-\d\d", c.group(1).strip()):
            return c.group(1).strip()[:10]
    t = _TIME.search(page)
    return t.group(1) if t else None


# -- PDF --------------------------------------------------------------------------------------------
@contextmanager
def _quiet(logger_name: str, into: list[str]):
    """The messages a library logs or warns while reading a file, collected instead of printed."""
    import logging
    import warnings

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            into.append(record.getMessage().strip())

    log = logging.getLogger(logger_name)
    handler, propagate = Collect(level=logging.DEBUG), log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        into.extend(str(w.message).strip() for w in caught)
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


def read_pdf(path: Path, data: bytes) -> Read:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    noticed: list[str] = []  # what the PDF reader says of a damaged file: kept for the error, not printed
    try:
        with _quiet("pypdf", noticed):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise SourceError(path, "the PDF is encrypted; save an unencrypted copy (or its text as .txt) and add that")
            pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
            info = reader.metadata or {}
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as e:
        raise SourceError(path, f"the PDF cannot be read ({type(e).__name__}: {e}); it may be truncated or "
                                "damaged: download it again") from e
    except Exception as e:  # noqa: BLE001 (pypdf raises many kinds on damaged files)
        if "encrypt" in str(e).lower() or "crypt" in type(e).__name__.lower():
            raise SourceError(path, "the PDF is encrypted; save an unencrypted copy (or its text as .txt) and add that") from e
        raise SourceError(path, f"the PDF cannot be read ({type(e).__name__}: {e}); download it again") from e
    text = paragraphs(join_pages([unwrap(p) for p in pages if p.strip()]))
    if not text.strip():
        if noticed:
            raise SourceError(path, "the PDF is damaged (" + "; ".join(dict.fromkeys(noticed)) + ") and no text could be "
                                    "read from it: download it again, or add its text as a .txt file")
        raise SourceError(path, "the PDF has no text layer (a scan?); run OCR on it (e.g. `ocrmypdf`) or add its "
                                "text as a .txt file")
    meta = {}  # not its dates: they say when the file was made, not when the document was published
    if info.get("/Title"):
        meta["title"] = str(info["/Title"])
    if info.get("/Author"):
        meta["publisher"] = str(info["/Author"])
    return Read(text, "pdf", _clean_meta(meta))


def unwrap(page: str) -> str:
    """A page's text (pypdf's layout mode, which keeps the space between paragraphs as blank lines) with the
    lines its width wrapped joined back into their paragraphs: lines of one block are one paragraph, but
    for a line that opens a numbered item; a space joins them, none between Han characters. Runs of spaces
    (of justified lines and columns) become one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", page):
        lines = [" ".join(ln.split()) for ln in block.splitlines() if ln.strip()]
        para = ""
        for ln in lines:
            if para and _ITEM.match(ln):
                out.append(para)
                para = ""
            if not para:
                para = ln
            else:
                para += ("" if _HAN.search(para[-1:]) and _HAN.search(ln[:1]) else " ") + ln
        if para:
            out.append(para)
    return "\n".join(out)


_ITEM = re.compile(r"(?:\(\d+\)|（[一二三四五六七八九十\d]+）|[IVX]+\.|\d+\.|[一二三四五六七八九十]+、)\s*")
_ENDS = re.compile(r"[.!?;:。！？；：)）」』\"”']$")


def join_pages(pages: list[str]) -> str:
    """Pages one after the other; a paragraph a page break cut (its page ends mid-sentence and the next
    does not open an item) is joined back."""
    out = ""
    for page in pages:
        if out and not _ENDS.search(out) and not _ITEM.match(page):
            out += ("" if _HAN.search(out[-1:]) and _HAN.search(page[:1]) else " ") + page
        else:
            out += ("\n" if out else "") + page
    return out


# -- DOCX -------------------------------------------------------------------------------------------
def read_docx(path: Path, data: bytes) -> Read:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise SourceError(path, f"the Word file cannot be read ({type(e).__name__}: {e}); it may be truncated: save it "
                                "again from Word (as .docx) or add its text as .txt") from e
    except Exception as e:  # noqa: BLE001 (python-docx and lxml raise many kinds on damaged files)
        raise SourceError(path, f"the Word file cannot be read ({type(e).__name__}: {e}); save it again as .docx") from e
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))) for cell in row.iter(qn("w:tc"))]
                lines.append("\t".join(c.strip() for c in cells))
    text = paragraphs("\n".join(lines))
    if not text.strip():
        raise SourceError(path, "the Word file holds no text; add a file with the document's text")
    props = document.core_properties
    meta = {}
    if props.title:  # not its dates: when the file was made (or its template), not when it was published
        meta["title"] = props.title
    if props.author:
        meta["publisher"] = props.author
    if props.language:
        meta["language"] = props.language.lower()
    return Read(text, "docx", _clean_meta(meta))


def paragraphs(text: str) -> str:
    """One paragraph a line, a blank line between paragraphs (as a text file is written), the end of each
    line trimmed; the text the extractors read."""
    return "\n\n".join(ln.rstrip() for ln in text.split("\n") if ln.strip()) + "\n"


def _clean_meta(meta: dict) -> dict:
    out = {k: " ".join(str(v).split()) for k, v in meta.items() if v and str(v).strip()}
    if "date" in out:
        m = re.match(r"(\d{4}-\d\d-\d\d)", out["date"])
        if m:
            out["date"] = m.group(1)
        else:
            out.pop("date")
    if "url" in out and not re.match(r"https?://", out["url"]):
        out.pop("url")
    return out
