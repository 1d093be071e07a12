"""Full-text search over a build: document sentences, measure texts, and the labels, acronyms and titles
of every entity, in English and Chinese.

The index is SQLite FTS5 (in the standard library, one file in the immutable build, opened read-only by
the server beside the store; no service to run). Chinese has no spaces between words, so text is indexed
as written for Latin script (unicode61, Porter stemming) and with every Han character a token of its own;
a Chinese query is then a phrase of characters, which finds a word of any length (the trigram tokenizer
would miss the many two-character words: 专利, 商标). Traditional characters are folded to simplified on
both sides, so 國家知識產權局 finds 国家知识产权局. Rows are made per document while it is built (and
cached with it); the index is written when the build is published.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from ipgraph import namespaces as ns
from ipgraph._text import HAN, simplified
from ipgraph.errors import IpgraphError
from ipgraph.kinds import kind_of_types, search_weight

IPO = ns.IPO
LABELS = (SKOS.prefLabel, RDFS.label, DCTERMS.title, FOAF.name, SKOS.altLabel, SKOS.notation,
          URIRef(IPO + "altNotation"), DCTERMS.alternative, URIRef(IPO + "shortTitle"))
TEXT = URIRef(IPO + "text")
_HAN = HAN
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\W_]+", re.UNICODE)

SCHEMA = """
CREATE VIRTUAL TABLE hits USING fts5(
  title, body,
  kind UNINDEXED, iri UNINDEXED, shown_title UNINDEXED, shown_body UNINDEXED, shown_names UNINDEXED,
  doc UNINDEXED, start UNINDEXED, end UNINDEXED, lang UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
"""


@dataclass(frozen=True)
class Row:
    """One searchable thing: an entity (its labels and text) or a sentence of a document."""

    kind: str
    iri: str
    title: str  # as shown
    body: str  # as shown (a measure's text, a sentence)
    names: str = ""  # every label, acronym and title, in any language, one a line
    doc: str | None = None
    start: int | None = None
    end: int | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Hit:
    kind: str
    iri: str
    title: str
    snippet: str  # HTML: the text around the match, escaped, the matched words in <mark>
    doc: str | None
    start: int | None
    end: int | None
    score: float


def indexed(text: str) -> str:
    """Text as the index holds it: simplified characters, each Han character a token of its own."""
    return _HAN.sub(lambda m: f" {m.group()} ", simplified(text)) if _HAN.search(text) else text


def match_expression(query: str) -> str | None:
    """The FTS5 query for what a person typed: every word must occur (a run of Han characters as a
    phrase of characters, the last Latin word as a prefix). Only quoted tokens reach FTS5, so nothing
    typed is read as its query syntax. None when the query has no word."""
    tokens = _TOKEN.findall(simplified(query))
    if not tokens:
        return None
    parts = []
    for i, t in enumerate(tokens):
        if _HAN.match(t):
            parts.append('"' + " ".join(t) + '"')
        else:
            parts.append(f'"{t}"' + ("*" if i == len(tokens) - 1 and len(t) > 1 else ""))
    return " AND ".join(parts)


# -- rows of a build --------------------------------------------------------------------------------
_WANTED = {*LABELS, RDF.type, TEXT, *(URIRef(ns.OA + n) for n in ("hasBody", "hasTarget", "hasSelector", "start", "end"))}


def entity_rows(g: Graph, doc_id: str | None = None) -> list[Row]:
    """A row for each entity of a graph with a label or a text: its labels and acronyms (all languages)
    as its title, its text as its body, and the span of its first evidence in the document. One pass over
    the graph's triples (pattern lookups on an rdflib graph cost far more)."""
    by: dict = {}
    for s_, p, o in g:
        if p in _WANTED:
            by.setdefault(s_, {}).setdefault(p, []).append(o)

    def one(node, prop: str, ns_: str = IPO):
        values = by.get(node, {}).get(URIRef(ns_ + prop))
        return values[0] if values else None

    spans: dict = {}
    for props in by.values():
        for body in props.get(URIRef(ns.OA + "hasBody"), ()):
            for target in props.get(URIRef(ns.OA + "hasTarget"), ()):
                for sel in by.get(target, {}).get(URIRef(ns.OA + "hasSelector"), ()):
                    start, end = one(sel, "start", ns.OA), one(sel, "end", ns.OA)
                    if start is not None and end is not None and (body not in spans or int(start) < spans[body][0]):
                        spans[body] = (int(start), int(end))
    rows = []
    for s_, props in by.items():
        if not isinstance(s_, URIRef):
            continue
        kind = kind_of_types([str(t) for t in props.get(RDF.type, ())])
        if kind is None:
            continue
        literals = [o for p in LABELS for o in props.get(p, ()) if isinstance(o, Literal)]
        english = [str(o) for o in literals if o.language == "en"]
        shown = english[0] if english else (str(literals[0]) if literals else "")
        labels = list(dict.fromkeys(str(o) for o in literals))
        text = " ".join(str(o) for o in props.get(TEXT, ()))
        if not (labels or text):
            continue
        span = spans.get(s_)
        rows.append(Row(kind, str(s_), shown or str(s_), text, "\n".join(labels), doc_id,
                        span[0] if span else None, span[1] if span else None))
    return sorted(rows, key=lambda r: r.iri)


def sentence_rows(doc_iri: str, doc_id: str, title: str, text: str, lang: str | None) -> list[Row]:
    from ipgraph.extract import sentence_spans

    return [Row("sentence", doc_iri, title, text[a:b], "", doc_id, a, b, lang) for a, b in sentence_spans(text)]


def _merge(prev: Row, r: Row) -> Row:
    """Two rows of one entity as one: an agency or law that many documents name has a row from each (and one
    from the reference data); merged, it has every name, the longest text and the first evidence."""
    names = "\n".join(n for n in dict.fromkeys([*prev.names.split("\n"), *r.names.split("\n")]) if n)
    with_doc = [x for x in (prev, r) if x.doc is not None]
    keep = min(with_doc, key=lambda x: (x.doc, x.start or 0)) if with_doc else prev
    return Row(prev.kind, r.iri, prev.title, max((prev.body, r.body), key=len), names, keep.doc, keep.start, keep.end,
               keep.lang)


# What the index keeps beside the searched table, so that a build changes only what its changed documents
# touch: each part (a document, or the reference data as "") with the key of its content, the entity rows
# of each part before they are merged, and which rows of `hits` each entity and each part's sentences are.
BOOKKEEPING = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE parts (part TEXT PRIMARY KEY, key TEXT NOT NULL, first INTEGER, last INTEGER);
CREATE TABLE entity_rows (iri TEXT NOT NULL, part TEXT NOT NULL, pos INTEGER NOT NULL, kind TEXT, title TEXT,
  body TEXT, names TEXT, doc TEXT, start INTEGER, end INTEGER, lang TEXT);
CREATE INDEX entity_rows_iri ON entity_rows(iri, part, pos);
CREATE INDEX entity_rows_part ON entity_rows(part);
CREATE TABLE entity_hits (iri TEXT PRIMARY KEY, hit INTEGER NOT NULL);
"""
_INSERT = ("INSERT INTO hits (rowid, title, body, kind, iri, shown_title, shown_body, shown_names, doc, start, end, "
           "lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _hit(rowid: int, r: Row) -> tuple:
    return (rowid, indexed(r.names), indexed(r.body), r.kind, r.iri, r.title, r.body, r.names, r.doc, r.start, r.end,
            r.lang)


def write_index(path: Path, rows: list[Row]) -> None:
    """The index of these rows (entities merged), written to path (a new file)."""
    publish_index(path, {"": ("", rows)})


def publish_index(path: Path, parts: dict[str, tuple[str, list[Row] | Callable[[], list[Row]]]], previous: Path | None = None,
                  version: str = "") -> dict[str, int]:
    """The index of parts (name -> (the key of its content, its rows)) written to path (a new file). From
    previous (the index of the last build, of this version of the code) only what changed is done: the rows of
    parts whose key differs or that are gone are taken out, those of new keys put in, and each entity they
    name merged again from all its parts' rows, in the order of the parts, as a whole build merges them
    (so the two give the same rows). What was done, counted: {"parts": written, "removed": ..., "entities": ...}."""
    import shutil

    path = Path(path)
    path.unlink(missing_ok=True)
    fresh = True
    if previous is not None and Path(previous).is_file() and _meta(Path(previous), "version") == version:
        shutil.copyfile(previous, path)
        fresh = False
    con = sqlite3.connect(path)
    try:
        if fresh:
            con.executescript(SCHEMA + BOOKKEEPING)
            con.execute("INSERT INTO meta VALUES ('version', ?)", (version,))
        old = dict(con.execute("SELECT part, key FROM parts"))
        gone = sorted(p for p, k in old.items() if p not in parts or parts[p][0] != k)
        new = sorted(p for p, (k, _) in parts.items() if old.get(p) != k)
        affected: set[str] = set()
        for p in gone:
            affected.update(iri for (iri,) in con.execute("SELECT iri FROM entity_rows WHERE part = ?", (p,)))
            con.execute("DELETE FROM entity_rows WHERE part = ?", (p,))
            first, last = con.execute("SELECT first, last FROM parts WHERE part = ?", (p,)).fetchone()
            if first is not None:
                con.execute("DELETE FROM hits WHERE rowid BETWEEN ? AND ?", (first, last))
            con.execute("DELETE FROM parts WHERE part = ?", (p,))
        next_id = (con.execute("SELECT max(rowid) FROM hits").fetchone()[0] or 0) + 1
        for p in new:
            key, rows = parts[p]
            rows = rows() if callable(rows) else rows  # (a part's rows may be read only now: see the build)
            entities = [r for r in rows if r.kind != "sentence"]
            sentences = [r for r in rows if r.kind == "sentence"]
            con.executemany("INSERT INTO entity_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            ((r.iri, p, i, r.kind, r.title, r.body, r.names, r.doc, r.start, r.end, r.lang)
                             for i, r in enumerate(entities)))
            affected.update(r.iri for r in entities)
            con.executemany(_INSERT, (_hit(next_id + i, r) for i, r in enumerate(sentences)))
            span = (next_id, next_id + len(sentences) - 1) if sentences else (None, None)
            con.execute("INSERT INTO parts VALUES (?, ?, ?, ?)", (p, key, *span))
            next_id += len(sentences)
        for iri in sorted(affected):  # each entity whose rows changed: merged again from every part's rows
            hit = con.execute("SELECT hit FROM entity_hits WHERE iri = ?", (iri,)).fetchone()
            if hit:
                con.execute("DELETE FROM hits WHERE rowid = ?", hit)
                con.execute("DELETE FROM entity_hits WHERE iri = ?", (iri,))
            row = None
            for r in con.execute("SELECT kind, iri, title, body, names, doc, start, end, lang FROM entity_rows "
                                 "WHERE iri = ? ORDER BY part, pos", (iri,)):
                row = _merge(row, Row(*r)) if row else Row(*r)
            if row is not None:
                con.execute(_INSERT, _hit(next_id, row))
                con.execute("INSERT INTO entity_hits VALUES (?, ?)", (iri, next_id))
                next_id += 1
        if fresh:
            con.execute("INSERT INTO hits(hits) VALUES ('optimize')")
        con.commit()
    finally:
        con.close()
    return {"parts": len(new), "removed": len(gone), "entities": len(affected), "fresh": int(fresh)}


def _meta(path: Path, name: str) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# -- querying ----------------------------------------------------------------------------------------
class SearchIndex:
    """A build's index, read-only. One connection per process (a forked worker opens its own)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._con: sqlite3.Connection | None = None
        self._pid: int | None = None

    def _connection(self) -> sqlite3.Connection:
        import os

        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def search(self, query: str, limit: int = 20, kind: str | None = None, offset: int = 0) -> list[Hit]:
        check_words(query)
        expr = match_expression(query)
        if expr is None:
            return []
        sql = ("SELECT kind, iri, shown_title, shown_body, shown_names, doc, start, end, bm25(hits, 4.0, 1.0) FROM hits "
               "WHERE hits MATCH ?" + (" AND kind = ?" if kind else "") + " ORDER BY bm25(hits, 4.0, 1.0) LIMIT ?")
        args = [expr] + ([kind] if kind else []) + [max(limit + offset, 1) * 4]
        try:
            rows = self._connection().execute(sql, args).fetchall()
        except sqlite3.OperationalError:
            return []
        hits: dict[tuple, Hit] = {}
        wanted = simplified(query).strip().lower()
        for k, iri, title, body, names, doc, start, end, rank in rows:
            key = (iri, doc, start) if k == "sentence" else (iri,)
            if key in hits:
                continue
            score = -rank * search_weight(k)
            if k != "sentence":
                all_names = {simplified(n).lower() for n in (title, *_names(names, title))}
                if wanted in all_names:
                    score *= 2  # the query is one of its names or its acronym
                else:  # the more of a name the query is, the better: "patent" is half of "Patent Law"
                    score *= 1 + max((_coverage(wanted, n) for n in all_names), default=0.0)
            shown = body if body and _matches(body, query) else " · ".join(dict.fromkeys((title, *_names(names, title))))
            hits[key] = Hit(k, iri, title, snippet(shown, query), doc, start, end, round(score, 4))
        ranked = sorted(hits.values(), key=lambda h: -h.score)
        return ranked[offset:offset + limit]

    def scores(self, query: str, limit: int = 1000) -> dict[str, float]:
        """The best score of each IRI that matches (what the SPARQL function reads)."""
        out: dict[str, float] = {}
        for h in self.search(query, limit=limit):
            out[h.iri] = max(out.get(h.iri, 0.0), h.score)
        return out


MAX_QUERY_CHARS = 500


def check_words(query: str) -> None:
    """What every way of searching (the web, the CLI, the API) refuses alike: more words than a search takes."""
    if len(query) > MAX_QUERY_CHARS:
        raise IpgraphError(f"the search words are too long ({len(query)} characters); give at most {MAX_QUERY_CHARS}, "
                           "the few words that matter")


_LIGHT = {"of", "the", "on", "and", "in", "for", "to", "a", "an", "s", "people", "republic", "china"}


def _coverage(query: str, name: str) -> float:
    """How much of a name the query's words are: the share of the name's words (its characters, for Chinese) the
    query has, light words aside."""
    if HAN.search(name):
        chars = [c for c in name if HAN.match(c)]
        return sum(1 for c in chars if c in query) / len(chars) if chars else 0.0
    words = [w for w in re.findall(r"\w+", name) if w not in _LIGHT]
    asked = set(re.findall(r"\w+", query))
    return sum(1 for w in words if w in asked) / len(words) if words else 0.0


def _names(names: str, title: str) -> list[str]:
    """The names of a row besides its title (kept one a line)."""
    return [n for n in (names or "").split("\n") if n and n != title]


def _matches(text: str, query: str) -> bool:
    folded = simplified(text).lower()
    return any(t.lower() in folded for t in _TOKEN.findall(simplified(query)))


FUNCTION_NS = "https://w3id.org/ipgraph/function#"


def sparql_functions(index: SearchIndex) -> dict:
    """ipf:score(?entity, ?words): the entity's best score for the words in the full-text index (unbound when
    it does not match), for SPARQL on the embedded store. The hits of a query are looked up once."""
    import functools

    import pyoxigraph as ox

    double = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")

    @functools.lru_cache(maxsize=64)
    def scores(words: str) -> dict[str, float]:
        return index.scores(words, limit=5000)

    def score(entity, words):
        if not isinstance(entity, ox.NamedNode) or not isinstance(words, ox.Literal):
            return None
        s = scores(words.value).get(entity.value)
        return None if s is None else ox.Literal(repr(s), datatype=double)

    return {ox.NamedNode(FUNCTION_NS + "score"): score}


def snippet(text: str, query: str, width: int = 160) -> str:
    """HTML: the part of text around the first matched word, escaped, with the matched words marked."""
    terms = [t for t in _TOKEN.findall(simplified(query)) if t]
    folded = simplified(text).lower()
    positions = [(folded.find(t.lower()), len(t)) for t in terms]
    positions = [(p, n) for p, n in positions if p >= 0]
    first = min((p for p, _ in positions), default=0)
    start = 0 if len(text) <= width else max(0, first - width // 3)
    end = min(len(text), start + width)
    if start > 0:  # cut between words, not inside one ("…hina National" would be "…China National")
        space = text.rfind(" ", max(0, start - 20), start + 1)
        start = space + 1 if space >= 0 else (0 if start <= 20 else start)
    if end < len(text):
        space = text.find(" ", end - 20, end)
        end = space if space > start else end
    cut = text[start:end]
    low = folded[start:end]
    marks = sorted({(p, p + len(t)) for t in terms for p in _all(low, t.lower())})
    out, pos = [], 0
    for a, b in marks:
        if a < pos:
            continue
        out.append(html.escape(cut[pos:a]))
        out.append("<mark>" + html.escape(cut[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(cut[pos:]))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def _all(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while needle and i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out
