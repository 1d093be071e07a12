"""The same document written as a web page (with navigation, share buttons and a footer around it), a PDF and
a Word file, for the tests that read documents as they are published. Written by the tests, from a .txt."""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

NAV = """<header class="site"><a class="logo" href="/">Example Office</a><nav><ul><li><a href="/">Home</a></li>
<li><a href="/news/">News</a></li><li><a href="/policies/">Policies</a></li><li><a href="/about/">About us</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<div class="share">Share to: <a href="#">WeChat</a> <a href="#">Weibo</a> <a href="#">Print</a></div>"""
FOOTER = """<footer><p>Copyright © 2024 Example Office. All rights reserved.</p>
<p><a href="/sitemap">Sitemap</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p>
<p>Address: 6 Xitucheng Road, Haidian District, Beijing</p></footer>"""


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def write_html(text: str, path: Path, title: str, date: str | None, lang: str = "en", encoding: str = "utf-8") -> Path:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
    charset = {"utf-8": "utf-8", "gb18030": "gb2312", "gbk": "gbk", "big5": "big5"}[encoding]
    meta_date = f'<meta property="article:published_time" content="{date}T09:00:00+08:00">' if date else ""
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)} - Example Office</title>
<meta property="og:title" content="{html.escape(title)}">{meta_date}
<meta property="og:site_name" content="Example Office">
<link rel="canonical" href="https://www.example.gov.cn/news/{path.stem}.html">
<script>var analytics = "tracking";</script><style>body {{ font-family: serif; }}</style></head>
<body>{NAV}
<main><article><h1>{html.escape(paragraphs(text)[0])}</h1>
{body.split(chr(10), 1)[1] if chr(10) in body else ''}
</article></main>
<aside class="related"><h3>Related news</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside>
{FOOTER}</body></html>"""
    path.write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
    return path


def write_pdf(text: str, path: Path, title: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Example Office")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 2, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():  # a Unicode font: curly quotes stay as written
        pdf.add_font("dejavu", fname=str(font))
        pdf.set_font("dejavu", size=10)
    else:
        pdf.set_font("helvetica", size=10)
        text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    for p in paragraphs(text):
        # lines broken here, a cell each: fpdf's own breaking (multi_cell) measures every prefix of a line
        # again and took 3 s for the plan; 90 characters fit the page at this size
        for line in textwrap.wrap(p if font.exists() else p.encode("latin-1", "replace").decode("latin-1"), 90,
                                  break_on_hyphens=False):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def write_docx(text: str, path: Path, title: str) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Example Office"
    for p in paragraphs(text):
        d.add_paragraph(p)
    d.save(str(path))
    return path


def write_all(src: Path, out: Path, date: str | None = None) -> dict[str, Path]:
    text = src.read_text(encoding="utf-8")
    title = paragraphs(text)[0]
    out.mkdir(parents=True, exist_ok=True)
    return {"html": write_html(text, out / f"{src.stem}.html", title, date),
            "pdf": write_pdf(text, out / f"{src.stem}.pdf", title),
            "docx": write_docx(text, out / f"{src.stem}.docx", title)}
