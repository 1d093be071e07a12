"""`ipgraph add URL|FILE ...`: documents as they are published, into the home's corpus, then a build.

A URL is fetched (HTTP or HTTPS only, with a timeout, a size limit and a bounded number of redirects); a
file is copied. Each lands in {home}/corpus/ under its own name, with a sidecar .meta.yaml recording its
URL, when it was retrieved, its content type, and the publisher and date the page states. Then the home
is built from the folders its last build read and the home's corpus. Anything that fails is named and
nothing is left half-added: the build replaces the current one only when it succeeds.
"""

from __future__ import annotations

import datetime
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from ipgraph.config import Settings
from ipgraph.errors import IpgraphError, SourceError
from ipgraph.home import HOME_CORPUS, current_build, manifest

MAX_BYTES = 50_000_000
MAX_REDIRECTS = 5
TIMEOUT_S = 30
SUFFIX = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "text": ".txt"}


class FetchError(IpgraphError):
    """A URL that could not be fetched: the message says which and why."""


@dataclass
class Added:
    doc_id: str
    path: Path
    url: str | None
    new: bool  # False when the same bytes were there already under this name

class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"{req.full_url} redirects to {newurl}, which is not HTTP(S); fetch that page yourself")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, max_bytes: int = MAX_BYTES, timeout_s: float = TIMEOUT_S) -> tuple[bytes, str, str]:
    """(body, content type, final URL) of an HTTP(S) URL; FetchError naming the URL and what failed."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http:// and https:// URLs are fetched (not {scheme or 'a relative path'}:); "
                         "for a file on this machine give its path")
    opener = urllib.request.build_opener(_Redirects())
    req = urllib.request.Request(url, headers={"User-Agent": "ipgraph (+https://w3id.org/ipgraph/)",
                                               "Accept": "text/html, application/pdf, application/vnd.openxmlformats-"
                                                         "officedocument.wordprocessingml.document, text/plain;q=0.8, */*;q=0.1"})
    try:
        with opener.open(req, timeout=timeout_s) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url}: {int(length)} bytes, more than the limit of {max_bytes}")
            body = resp.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchError(f"{url}: more than the limit of {max_bytes} bytes")
            return body, resp.headers.get("Content-Type", ""), resp.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303, 307, 308):
            target = e.headers.get("Location", "") if e.headers else ""
            if target and urllib.parse.urlsplit(target).scheme.lower() not in ("", "http", "https"):
                raise FetchError(f"{url} redirects to {target}, which is not HTTP(S); fetch that page yourself") from e
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects") from e
        raise FetchError(f"{url}: the server answered {e.code} {e.reason}") from e
    except urllib.error.URLError as e:
        raise FetchError(f"{url}: cannot be reached ({e.reason})") from e
    except TimeoutError as e:
        raise FetchError(f"{url}: no answer within {timeout_s:g} s") from e
    except OSError as e:
        raise FetchError(f"{url}: the connection failed ({e})") from e


def _doc_id(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-._") or "document"
    return stem[:80]


def _free_name(folder: Path, doc_id: str, suffix: str, data: bytes) -> Path:
    """doc_id + suffix in folder, or doc_id-2, -3 ... where another document has the name (the same bytes
    again take the same name)."""
    n = 1
    while True:
        stem = doc_id if n == 1 else f"{doc_id}-{n}"
        existing = [p for p in folder.glob(f"{stem}.*") if p.stem == stem and not p.name.endswith(".meta.yaml")]
        if not existing or any(p.read_bytes() == data for p in existing):
            return folder / f"{stem}{suffix}"
        n += 1


def _write(folder: Path, name: str, data: bytes, meta: dict) -> Added:
    from ipgraph.extract import read_meta
    from ipgraph.extract.formats import MEDIA_TYPES, read_file, sniff

    folder.mkdir(parents=True, exist_ok=True)
    fmt = sniff(Path(name), data)
    doc_id = _doc_id(Path(name).stem)
    target = _free_name(folder, doc_id, SUFFIX[fmt], data)
    staged = folder / f".{target.name}.tmp"
    staged.write_bytes(data)
    try:
        stated = read_file(staged, data, fmt, meta.get("content_type")).meta if fmt != "text" else {}
    except SourceError as e:
        raise SourceError(Path(meta.get("url") or name), str(e).split(": ", 1)[-1]) from None
    finally:
        staged.unlink(missing_ok=True)
    meta = {"content_type": meta.get("content_type") or MEDIA_TYPES[fmt], **meta}
    for key in ("publisher", "date"):
        if stated.get(key) and key not in meta:
            meta[key] = stated[key]
    new = not target.exists()
    target.write_bytes(data)
    sidecar = target.with_name(target.stem + ".meta.yaml")
    sidecar.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=True), encoding="utf-8")
    read_meta(target)  # the sidecar reads back
    return Added(target.stem, target, meta.get("url"), new)


def add(settings: Settings, items: list[str], fetcher=fetch) -> list[Added]:
    """Fetch or copy each item into the home's corpus (every item first: a failure adds none of them)."""
    folder = Path(settings.home) / HOME_CORPUS
    staged: list[tuple[str, bytes, dict]] = []
    for item in items:
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", item):
            body, ctype, final = fetcher(item)
            name = Path(urllib.parse.urlsplit(final).path).name or urllib.parse.urlsplit(final).netloc
            meta = {"url": final, "retrieved": datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat(),
                    "content_type": ctype.strip() or None}
            staged.append((name, body, {k: v for k, v in meta.items() if v}))
        else:
            path = Path(item)
            if not path.is_file():
                raise SourceError(path, "no such file; give a file's path or an http(s):// URL")
            staged.append((path.name, path.read_bytes(), {}))
    return [_write(folder, name, data, meta) for name, data, meta in staged]


def corpus_paths(settings: Settings) -> list[Path]:
    """What a build after `add` reads: the folders and files the home's last build read, and its corpus."""
    paths: list[Path] = []
    try:
        paths = [Path(p) for p in manifest(current_build(settings)).get("sources", []) if Path(p).exists()]
    except IpgraphError:
        paths = []
    own = (Path(settings.home) / HOME_CORPUS).resolve()
    return [p for p in paths if p.resolve() != own] + [own]


def correction_paths(settings: Settings) -> list[Path]:
    """The corrections folders the home's last build read (the home's own is always read)."""
    try:
        folders = manifest(current_build(settings)).get("corrections", {}).get("folders", [])
    except IpgraphError:
        return []
    return [Path(p) for p in folders if Path(p).exists()]


def remove_added(added: list[Added]) -> None:
    """Take back what add() wrote (when the build that follows fails)."""
    for a in added:
        if not a.new:
            continue
        a.path.unlink(missing_ok=True)
        a.path.with_name(a.path.stem + ".meta.yaml").unlink(missing_ok=True)


