"""Reading source files: UTF-8 text, HTML, PDF and Word (ipgraph.extract.formats), refused loudly when they
cannot be read; an optional <stem>.meta.yaml sidecar."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ipgraph._text import tidy_text
from ipgraph.errors import SourceError
from ipgraph.extract.formats import EXTENSIONS, read_file, sniff

META_FIELDS = {"title", "date", "url", "publisher", "licence", "language", "retrieved", "content_type"}
SUFFIXES = tuple(EXTENSIONS)


@dataclass(frozen=True)
class Source:
    doc_id: str
    path: Path
    text: str  # what the extractors read (for HTML, PDF and Word: the text read from the file)
    sha256: str  # of the file's bytes
    meta: dict  # the sidecar's
    format: str = "text"  # text, html, pdf or docx
    file_meta: dict = field(default_factory=dict)  # what the file says of itself (title, date, url, ...)


def find_sources(paths: list[Path]) -> list[Path]:
    """Every document (*.txt, *.html, *.htm, *.pdf, *.docx) under the given files and folders, sorted; a
    missing path is an error. A file named on its own may have any name: its content tells its format."""
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(q for q in _files(p) if q.suffix.lower() in SUFFIXES and not q.name.startswith("."))
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES and sniff(p, p.read_bytes()[:8192]) == "text" and p.suffix:
                raise SourceError(p, "not a document ipgraph reads; the corpus holds UTF-8 .txt, .html, .pdf and "
                                     ".docx files")
            found.append(p)
        else:
            raise SourceError(p, "no such file or folder")
    seen: dict[str, Path] = {}
    for f in found:
        if f.stem in seen and seen[f.stem].resolve() != f.resolve():
            raise SourceError(f, f"document id {f.stem!r} is also used by {seen[f.stem]}; rename one of them")
        seen[f.stem] = f
    return sorted(seen.values(), key=lambda f: f.stem)


def _files(folder: Path) -> list[Path]:
    """Every file under folder (following no link to a folder, as Path.rglob), sorted: one scan of each folder,
    whose entries say what they are without a call to the file system for each."""
    out: list[Path] = []
    stack = [str(folder)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                elif e.is_file():
                    out.append(Path(e.path))
    return sorted(out)


def skipped_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """The files of the given folders that find_sources leaves out, each with the reason: a folder holds
    documents by their extensions, and sidecars (.meta.yaml) and hidden files belong beside them."""
    out: list[tuple[Path, str]] = []
    for p in map(Path, paths):
        if not p.is_dir():
            continue
        for q in _files(p):
            if q.suffix.lower() in SUFFIXES or q.name.startswith(".") or q.name.endswith(".meta.yaml"):
                continue
            if q.suffix:
                out.append((q, f"a {q.suffix.lower()} file is not a document ipgraph reads (UTF-8 .txt, .html, .pdf "
                               "and .docx are)"))
            else:
                head = q.read_bytes()[:8192]
                kind = sniff(q, head)
                if kind == "text" and (b"\x00" in head or not _utf8_start(head)):
                    kind = "binary"
                out.append((q, "no extension: in a folder, documents are found by their extension; "
                               + (f"it looks like {kind}: rename it to {q.name}.{'txt' if kind == 'text' else kind} "
                                  "to read it" if kind in ("text", "html", "pdf", "docx") else
                                  "it is no text, HTML, PDF or Word file")))
    return out


def _utf8_start(head: bytes) -> bool:
    """Whether the first bytes of a file read as UTF-8 (a character cut at the end aside)."""
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        return e.start >= len(head) - 3


def read_source(path: Path) -> Source:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(path, "the file is empty; remove it or add the document's text")
    fmt = sniff(path, data)
    if fmt != "text":
        meta = read_meta(path)
        read = read_file(path, data, fmt, meta.get("content_type"))
        return Source(doc_id=path.stem, path=path, text=tidy_text(read.text),
                      sha256=hashlib.sha256(data).hexdigest(),
                      meta=meta, format=fmt, file_meta=read.meta)
    utf16 = _utf16(data)
    if utf16:
        raise SourceError(path, f"{utf16} text, not UTF-8; convert it, e.g. `iconv -f {utf16} -t UTF-8 {path.name} > "
                                f"{path.stem}.utf8.txt`, or re-save it as UTF-8")
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise SourceError(path, f"binary content (NUL byte at byte offset {nul}); the corpus takes UTF-8 text only")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(path, f"not UTF-8 (invalid byte 0x{data[e.start]:02x} at byte offset {e.start}); "
                                "re-save the file as UTF-8") from e
    if text.startswith("\ufeff"):
        text = text[1:]
    text = tidy_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Source(doc_id=path.stem, path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
                  meta=read_meta(path))


def _utf16(data: bytes) -> str | None:
    """UTF-16LE or UTF-16BE, by byte-order mark or by the NUL of every other byte of mostly-ASCII text."""
    if data.startswith(b"\xff\xfe"):
        return "UTF-16LE"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16BE"
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return "UTF-16LE"
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "UTF-16BE"
    return None


def read_meta(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.yaml")
    if not meta_path.exists():
        return {}
    try:
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise SourceError(meta_path, f"not a valid UTF-8 YAML sidecar: {e}") from e
    except ValueError as e:  # YAML's own date parsing: "date: 2015-13-40"
        raise SourceError(meta_path, f"a value does not parse ({e}); write dates as YYYY-MM-DD") from e
    if not isinstance(meta, dict):
        raise SourceError(meta_path, "the sidecar must be a mapping of " + ", ".join(sorted(META_FIELDS)))
    unknown = set(meta) - META_FIELDS
    if unknown:
        raise SourceError(meta_path, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(META_FIELDS)}")
    meta = {k: str(v) for k, v in meta.items() if v is not None}
    if "date" in meta:
        import datetime

        try:
            meta["date"] = datetime.date.fromisoformat(meta["date"][:10]).isoformat()
        except ValueError as e:
            raise SourceError(meta_path, f"date {meta['date']!r} is not a date; write it as YYYY-MM-DD") from e
    return meta
