"""Corrections: what researchers fix of what the loader read, kept as reviewed data and applied in every build.

A corrections file is YAML, a list of entries, kept in git beside a corpus ({home}/corrections/*.yaml, or a
folder given to `ipgraph build --corrections`). Each entry names its target as a researcher sees it (a document
and a fact of it, or a node's IRI), one action, the values, a reason, who and when:

    - remove: post                       # remove | add: post, event, instrument, link
      document: 000_2da1fe44ba253dec     # replace: agencies, title, date
      person: Li Ming                    # same: [node, node]        (the first is kept)
      role: Deputy Commissioner          # not same: [node, node]    (a link the build made between them)
      reason: the sidebar of the page, not the article    # not same: node, document: D (D's node is its own)
      by: A. Researcher
      when: 2026-12-01

The build applies them after extraction and before validation, one after another: a document's facts are
corrected in its record (a fact added may give its evidence: words of the text, or a span), nodes are merged
or split in its graph, links between documents are dropped or added. What the corrections add goes to the
graph `graph/corrections` with the correction (prov:wasAttributedTo, prov:generatedAtTime, its reason, file
and line); what they remove leaves the document's graph and stays, as reified statements, in
`graph/retracted`. An entry whose target is gone no longer applies; one whose effect the loader now
produces itself is redundant: both are reported with their file and line.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ipgraph.errors import IpgraphError, SourceError

FACTS = {"remove": ("post", "event", "instrument", "link"), "add": ("post", "event", "instrument", "link"),
         "replace": ("agencies", "title", "date")}
NODE_ACTIONS = ("same", "not same")
ACTIONS = (*FACTS, *NODE_ACTIONS)
# the fields each kind of entry takes, beside its action, reason, by and date: (required, optional)
FIELDS = {
    ("remove", "post"): ({"document", "person"}, {"role"}),
    ("add", "post"): ({"document", "person", "role"}, {"organization", "evidence", "span"}),
    ("remove", "event"): ({"document", "label"}, set()),
    ("add", "event"): ({"document", "label", "kind"}, {"date", "evidence", "span"}),
    ("remove", "instrument"): ({"document", "title"}, set()),
    ("add", "instrument"): ({"document", "title"}, {"kind", "evidence", "span"}),
    ("remove", "link"): ({"later", "earlier"}, set()),
    ("add", "link"): ({"later", "earlier"}, set()),
    ("replace", "agencies"): ({"document", "measure", "agencies"}, {"part"}),
    ("replace", "title"): ({"document", "title"}, {"evidence", "span"}),
    ("replace", "date"): ({"document", "date"}, set()),
    ("same", None): (set(), set()),
    ("not same", None): (set(), {"document"}),
}
COMMON = {"reason", "by", "when"}
INSTRUMENT_KINDS = ("Law", "Regulation", "DepartmentalRule", "JudicialInterpretation", "PolicyDocument", "Plan",
                    "Outline", "Strategy", "Treaty")
APPLIED, STALE, REDUNDANT = "applied", "no longer applies", "redundant"


class CorrectionError(SourceError):
    """A corrections file that cannot be read, or an entry that says what it cannot mean (file and line)."""

    def __init__(self, path, line: int | None, message: str):
        self.line = line
        super().__init__(f"{path}:{line}" if line else path, message)


@dataclass(frozen=True)
class Entry:
    file: str  # as shown: the path relative to the folder it was found in (corrections/fixes.yaml)
    line: int
    action: str
    fact: str | None  # for the facts' actions; None for same / not same
    values: tuple[tuple[str, object], ...]  # the entry's fields, beside action, reason, by, date
    reason: str
    by: str
    date: str

    def get(self, key: str, default=None):
        return dict(self.values).get(key, default)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def document(self) -> str | None:
        return self.get("document")

    @property
    def title(self) -> str:
        return f"{self.action} {self.fact}" if self.fact else self.action

    @property
    def scope(self) -> str:
        """record (a document's facts), node (merging or splitting nodes in document graphs) or link (links
        the build makes between documents)."""
        if self.fact == "link" or (self.action == "not same" and not self.document):
            return "link"
        return "node" if self.fact is None else "record"

    def key(self) -> str:
        """What the entry is, for the build cache (its place in the file aside)."""
        return hashlib.sha256(repr((self.action, self.fact, self.values, self.reason, self.by, self.date))
                              .encode()).hexdigest()[:16]

    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{Path(self.file).with_suffix('')}-{self.line}".lower()).strip("-")

    def nodes(self) -> list[str]:
        """The nodes a same / not same entry names (IRIs or kind/key paths), as written."""
        v = self.get("nodes")
        return list(v) if isinstance(v, (list, tuple)) else [v]


@dataclass
class Corrections:
    entries: list[Entry] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)  # {file, sha256, entries}

    def for_document(self, doc_id: str) -> list[Entry]:
        """The entries that act on a document's graph: its facts' corrections, then every merge and every split
        of a node in it (a merge acts wherever the node is named)."""
        own = [e for e in self.entries if e.scope == "record" and e.document == doc_id]
        nodes = [e for e in self.entries if e.scope == "node" and (e.action == "same" or e.document == doc_id)]
        return own + nodes

    def links(self) -> list[Entry]:
        return [e for e in self.entries if e.scope == "link"]

    def digest(self) -> str:
        return hashlib.sha256("".join(f["sha256"] for f in self.files).encode()).hexdigest()[:16]


class _Loader(yaml.SafeLoader):
    """YAML with the line of each mapping (so that an entry is named by its file and line)."""


def _mapping(loader, node):
    m = loader.construct_mapping(node, deep=True)
    m["__line__"] = node.start_mark.line + 1
    return m


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def files_in(dirs: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(folder, file) of every corrections file of the folders (*.yaml, *.yml), in order."""
    out = []
    for d in dirs:
        d = Path(d)
        if d.is_file():
            out.append((d.parent, d))
        elif d.is_dir():
            out += [(d, f) for f in sorted(d.rglob("*")) if f.suffix in (".yaml", ".yml") and f.is_file()]
        else:
            raise CorrectionError(d, None, "no such corrections folder or file")
    return out


def load(dirs: Iterable[Path]) -> Corrections:
    """Every entry of the folders' files, checked for form (a malformed file or entry is a CorrectionError
    naming its file and line); whether its target exists is the build's to say."""
    out = Corrections()
    for root, path in files_in(dirs):
        data = path.read_bytes()
        shown = str(Path(root.name) / path.relative_to(root))
        try:
            raw = yaml.load(data.decode("utf-8"), Loader=_Loader)  # noqa: S506 (a SafeLoader)
        except UnicodeDecodeError as e:
            raise CorrectionError(path, None, f"not UTF-8 (invalid byte at offset {e.start}); save it as UTF-8") from e
        except yaml.YAMLError as e:
            problem, opened = getattr(e, "problem_mark", None), getattr(e, "context_mark", None)
            mark = opened or problem  # an unclosed bracket or quote: where it opened
            at = f" (at line {problem.line + 1})" if opened and problem and problem.line != opened.line else ""
            raise CorrectionError(path, mark.line + 1 if mark else None,
                                  f"not YAML: {getattr(e, 'problem', None) or e}{at}") from e
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            raise CorrectionError(path, 1, "a corrections file is a list of entries (each starting with `- `)")
        entries = [parse_entry(shown, path, item) for item in raw]
        out.entries += entries
        out.files.append({"file": shown, "sha256": hashlib.sha256(data).hexdigest(), "entries": len(entries)})
    return out


def _plain(v):
    if isinstance(v, dict):
        return tuple(sorted((k, _plain(x)) for k, x in v.items() if k != "__line__"))
    if isinstance(v, list):
        return tuple(_plain(x) for x in v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def parse_entry(shown: str, path: Path, item) -> Entry:
    if not isinstance(item, dict):
        raise CorrectionError(path, None, f"an entry is a mapping (action, target, reason, by, date), not {item!r}")
    line = item.get("__line__")
    fields = {("not same" if k == "not_same" else k): v for k, v in item.items() if k != "__line__"}
    actions = [a for a in ACTIONS if a in fields]
    if len(actions) != 1:
        raise CorrectionError(path, line, "an entry has one action: remove, add or replace (with the kind of fact: "
                              f"`remove: post`), same or not same; this one has {actions or 'none'}")
    action = actions[0]
    what = fields.pop(action)
    if action in FACTS:
        if what not in FACTS[action]:
            raise CorrectionError(path, line, f"`{action}:` takes {', '.join(FACTS[action])}, not {what!r}")
        fact, values = what, {}
    else:
        fact, values = None, {"nodes": what}
        nodes = what if isinstance(what, list) else [what]
        if not all(isinstance(n, str) and n for n in nodes) or (action == "same" and len(nodes) < 2) or len(nodes) > 2 \
                and action == "not same":
            raise CorrectionError(path, line, f"`{action}:` names {'two or more' if action == 'same' else 'two'} nodes "
                                  "(IRIs, or paths as agency/cnipa), or one node with the document where it is its own")
        if action == "not same" and len(nodes) == 1 and "document" not in fields:
            raise CorrectionError(path, line, "`not same:` with one node names the document where it is a node of "
                                  "its own (`document:`)")
    missing = sorted(COMMON - set(fields))
    if missing:
        raise CorrectionError(path, line, f"say {', '.join(missing)}: every correction gives its reason, who made "
                              "it (by) and when (the day, YYYY-MM-DD)")
    required, optional = FIELDS[(action, fact)]
    lacking = sorted(required - set(fields))
    if lacking:
        raise CorrectionError(path, line, f"`{action}: {fact}` needs {', '.join(lacking)}")
    unknown = sorted(set(fields) - required - optional - COMMON)
    if unknown:
        raise CorrectionError(path, line, f"`{action}{': ' + fact if fact else ''}` takes "
                              f"{', '.join(sorted(required | optional)) or 'no other field'}, not {', '.join(unknown)}")
    day = fields.pop("when")
    when = day.isoformat() if isinstance(day, datetime.date) else str(day)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", when):
        raise CorrectionError(path, line, f"when is the day of the correction, written YYYY-MM-DD, not {day!r}")
    reason, by = str(fields.pop("reason") or "").strip(), str(fields.pop("by") or "").strip()
    if not reason or not by:
        raise CorrectionError(path, line, "reason and by are not empty")
    values.update(fields)
    _check_values(path, line, action, fact, values)
    return Entry(shown, line or 0, action, fact, tuple(sorted((k, _plain(v)) for k, v in values.items())),
                 reason, by, when)


def _check_values(path, line, action, fact, values: dict) -> None:
    if fact == "link":
        for end in ("later", "earlier"):
            v = values[end]
            if not (isinstance(v, dict) and {"document", "measure"} <= set(v) and isinstance(v["measure"], int)):
                raise CorrectionError(path, line, f"{end} is a measure: {{document: ID, measure: NUMBER}}")
    if fact == "agencies":
        if not isinstance(values["measure"], int):
            raise CorrectionError(path, line, f"measure is the measure's number, not {values['measure']!r}")
        if not (isinstance(values["agencies"], list) and values["agencies"]
                and all(isinstance(a, str) and a.strip() for a in values["agencies"])):
            raise CorrectionError(path, line, "agencies is the list of the measure's agencies in order, the lead first")
    if fact == "date" or (fact == "event" and values.get("date") is not None):
        d = values["date"]
        d = d.isoformat() if isinstance(d, datetime.date) else str(d)
        try:
            datetime.date.fromisoformat(d)
        except ValueError as e:
            raise CorrectionError(path, line, f"date is written YYYY-MM-DD, not {values['date']!r}") from e
        values["date"] = d
    if "span" in values:
        s = values["span"]
        if not (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s) and 0 <= s[0] < s[1]):
            raise CorrectionError(path, line, "span is [start, end], character offsets of the document's text")
    if "evidence" in values and "span" in values:
        raise CorrectionError(path, line, "give the evidence as words of the text or as a span, not both")
    if fact == "event" and "kind" in values:
        from ipgraph.kinds import concepts

        known = concepts("EventKinds")
        local = known.get(str(values["kind"]).strip().lower()) or next(
            (m for m in known.values() if m.lower() == str(values["kind"]).replace(" ", "").lower()), None)
        if local is None:
            raise CorrectionError(path, line, f"kind of an event is one of {', '.join(known)}, not {values['kind']!r}")
        values["kind"] = local
    if fact == "instrument" and values.get("kind") not in (None, *INSTRUMENT_KINDS):
        raise CorrectionError(path, line, f"kind is one of {', '.join(INSTRUMENT_KINDS)}")
    for k in ("person", "role", "label", "title", "organization", "kind", "evidence", "document"):
        if k in values and not (isinstance(values[k], str) and values[k].strip()):
            raise CorrectionError(path, line, f"{k} is a text")


# -- applying an entry to a document's record ---------------------------------------------------------------

def _same_name(a: str, b: str) -> bool:
    from ipgraph.queries import name_key

    return name_key(a) == name_key(b)


def evidence_span(entry: Entry, text: str):
    """The span an added fact gives as its evidence (words of the text, or a span), checked against the text;
    None where it gives none."""
    from ipgraph.records import Span

    if entry.get("span"):
        a, b = entry.get("span")
        if b > len(text):
            raise CorrectionError(entry.where, None, f"span [{a}, {b}] is outside the text of {entry.document} "
                                  f"({len(text)} characters)")
        return Span(a, b)
    words = entry.get("evidence")
    if words:
        at = text.find(words)
        if at < 0:
            raise CorrectionError(entry.where, None, f"the evidence {words!r} is not in the text of {entry.document}")
        return Span(at, at + len(words))
    return None


def agency_ref(name: str, reference, span):
    """An agency as a correction names it: a key, an acronym, a name in English or Chinese of the reference data,
    or else a body it does not know, by its name."""
    from ipgraph.records import AgencyRef

    n = name.strip()
    key = next((k for k in reference.agencies if k.lower() == n.lower()), None)
    if key is None:
        by_acronym = reference.acronym_candidates(n)[0]
        key = by_acronym[0] if len(by_acronym) == 1 else reference.agency_by_name(n)
    if key is None and reference.agencies_by_zh_name(n):
        key = reference.agencies_by_zh_name(n)[-1]
    return AgencyRef(n, key, span)


def apply_record(ex, entry: Entry, reference):
    """(the record corrected, status): the entry applied to a document's extraction record."""
    from ipgraph.records import Event, Instrument, Post, Span

    text = ex.document.text
    no_span = Span(0, 0)
    if entry.fact == "post":
        person, role = entry.get("person"), entry.get("role")
        same = [p for p in ex.posts if _same_name(p.person, person) and (role is None or _same_name(p.role, role))]
        if entry.action == "remove":
            return (dataclasses.replace(ex, posts=[p for p in ex.posts if p not in same]), APPLIED) if same else (ex, STALE)
        if same:
            return ex, REDUNDANT
        span = evidence_span(entry, text) or no_span
        org = agency_ref(entry.get("organization"), reference, span) if entry.get("organization") else None
        return dataclasses.replace(ex, posts=[*ex.posts, Post(person, role, org, span)]), APPLIED
    if entry.fact == "event":
        same = [e for e in ex.events if _same_name(e.label, entry.get("label"))]
        if entry.action == "remove":
            return (dataclasses.replace(ex, events=[e for e in ex.events if e not in same]), APPLIED) if same else (ex, STALE)
        if same:
            return ex, REDUNDANT
        event = Event(entry.get("kind"), entry.get("label"), evidence_span(entry, text) or no_span, entry.get("date"))
        return dataclasses.replace(ex, events=[*ex.events, event]), APPLIED
    if entry.fact == "instrument":
        title = entry.get("title")
        key = reference.instrument_key(title)
        same = [i for i in ex.instruments if i.key == key or _same_name(i.title, title)]
        if entry.action == "remove":
            keep = [i for i in ex.instruments if i not in same]
            keys = {i.key for i in same}
            measures = [dataclasses.replace(m, instruments=tuple(k for k in m.instruments if k not in keys),
                                            objects=tuple(k for k in m.objects if k not in keys)) for m in ex.measures]
            return (dataclasses.replace(ex, instruments=keep, measures=measures), APPLIED) if same else (ex, STALE)
        if same:
            return ex, REDUNDANT
        known = reference.known_instrument(title)
        kind = entry.get("kind") or (known.kind if known else "Law")
        inst = Instrument(key, title, kind, evidence_span(entry, text) or no_span)
        return dataclasses.replace(ex, instruments=[*ex.instruments, inst]), APPLIED
    if entry.fact == "agencies":
        part = entry.get("part")
        at = [i for i, m in enumerate(ex.measures) if m.number == entry.get("measure") and (part is None or m.part == part)]
        if not at:
            return ex, STALE
        m = ex.measures[at[0]]
        refs = []
        for name in entry.get("agencies"):
            was = next((a for a in m.agencies if _same_name(a.surface, name) or (a.key or "").lower() == name.lower()), None)
            if was is None:
                found = text.find(name, m.span.start, m.span.end)
                span = Span(found, found + len(name)) if found >= 0 else m.span
                was = agency_ref(name, reference, span)
            refs.append(was)
        if tuple(refs) == m.agencies:
            return ex, REDUNDANT
        measures = list(ex.measures)
        measures[at[0]] = dataclasses.replace(m, agencies=tuple(refs))
        return dataclasses.replace(ex, measures=measures), APPLIED
    if entry.fact == "title":
        title = entry.get("title")
        if ex.document.title == title:
            return ex, REDUNDANT
        span = evidence_span(entry, text)
        if span is None:
            found = text.find(title)
            span = Span(found, found + len(title)) if found >= 0 else ex.document.title_span
        return dataclasses.replace(ex, document=dataclasses.replace(ex.document, title=title, title_span=span)), APPLIED
    if entry.fact == "date":
        if ex.document.date == entry.get("date"):
            return ex, REDUNDANT
        return dataclasses.replace(ex, document=dataclasses.replace(ex.document, date=entry.get("date"))), APPLIED
    raise IpgraphError(f"{entry.where}: {entry.title} does not act on a document's record")


# -- a document's graph as corrected ------------------------------------------------------------------------

def node_iri(ref: str, mint) -> str:
    """A node as an entry names it: its IRI, or its path (agency/cnipa)."""
    return mint.resource_of(ref)


def split_iri(iri: str, doc_id: str) -> str:
    """The node a document's mention of iri becomes when a correction says it is not the others' node."""
    return f"{iri}--{doc_id}"


def _renamed(g, mapping: dict):
    from rdflib import Graph

    out = Graph()
    for s, p, o in g:
        out.add((mapping.get(s, s), p, mapping.get(o, o)))
    return out


def node_step(g, entry: Entry, doc_id: str, mint):
    """(graph, applied?): a merge or a split of nodes in one document's graph."""
    from rdflib import URIRef

    nodes = [URIRef(node_iri(n, mint)) for n in entry.nodes()]
    present = {t for triple in g for t in (triple[0], triple[2])}
    if entry.action == "same":
        mapping = {n: nodes[0] for n in nodes[1:] if n in present}
    else:
        mapping = {nodes[0]: URIRef(split_iri(str(nodes[0]), doc_id))} if nodes[0] in present else {}
    return (_renamed(g, mapping), True) if mapping else (g, False)


@dataclass
class Step:
    entry: Entry
    status: str
    subjects: set = field(default_factory=set)  # the nodes whose statements it changed


@dataclass
class DocumentView:
    """A document as corrected: its extraction record, its graph (what the build validates and closes), the
    part of it the loader read (its named graph), what the corrections add and what they retract."""

    record: object
    graph: object
    kept: set
    added: dict  # triple -> the entry that added it
    retracted: dict  # triple -> the entry that removed it
    steps: list[Step]


def correct_document(ex, entries: list[Entry], reference, mint, graph_of) -> DocumentView:
    """Each entry in turn: a record entry rebuilds the graph from the corrected record (graph_of), a node entry
    renames nodes in it. A triple added (or removed) belongs to the last entry that added (removed) it."""
    g0 = graph_of(ex)
    cur_ex, cur_g, steps = ex, g0, []
    added_by: dict = {}
    removed_by: dict = {}
    for e in entries:
        if e.scope == "record":
            new_ex, status = apply_record(cur_ex, e, reference)
            new_g = graph_of(new_ex) if status == APPLIED else cur_g
        else:
            new_ex = cur_ex
            new_g, changed = node_step(cur_g, e, ex.document.doc_id, mint)
            status = APPLIED if changed else STALE
        step = Step(e, status)
        if status == APPLIED:
            before, after = set(cur_g), set(new_g)
            plus, minus = after - before, before - after
            if not plus and not minus:
                step.status = REDUNDANT
            for t in plus:
                added_by[t] = e
            for t in minus:
                removed_by[t] = e
            step.subjects = {t[0] for t in plus | minus}
        steps.append(step)
        cur_ex, cur_g = new_ex, new_g
    first, final = set(g0), set(cur_g)
    return DocumentView(cur_ex, cur_g, first & final, {t: added_by[t] for t in final - first},
                        {t: removed_by[t] for t in first - final}, steps)


def correction_iri(entry: Entry, mint) -> str:
    return str(mint.iri_for("correction", entry.slug()))


def _nt(term) -> str:
    return term.n3()


def added_lines(view: DocumentView, mint) -> list[str]:
    """N-Quads of graph/corrections for a document: the statements the corrections added, the names of the nodes
    they touch (so that a statement and the name it is read with stand in one graph), and each changed node's
    link to the correction that changed it."""
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS

    from ipgraph.rdfize import IPO

    graph = f"<{mint.graph('corrections')}>"
    names = {FOAF.name, RDFS.label, DCTERMS.title, SKOS.prefLabel}
    out = {f"{_nt(s)} {_nt(p)} {_nt(o)} {graph} ." for s, p, o in view.added}
    touched = {t[0] for t in view.added} | {t[2] for t in view.added if isinstance(t[2], URIRef)}
    out |= {f"{_nt(s)} {_nt(p)} {_nt(o)} {graph} ." for s, p, o in view.graph if s in touched and p in names}
    base = mint.resource("")
    for t, e in list(view.added.items()) + list(view.retracted.items()):
        if str(t[0]).startswith(base):
            out.add(f"{_nt(t[0])} <{IPO.correctedBy}> <{correction_iri(e, mint)}> {graph} .")
    return sorted(out)


def retracted_lines(items: list[tuple[str, str, str, str, Entry]], mint) -> list[str]:
    """N-Quads of graph/retracted: each statement a correction removed ((subject, predicate, object, graph) in
    N-Triples terms, with the entry), reified as an ipo:RetractedStatement with the correction and the graph it
    was removed from. They are not asserted: the union does not hold them."""
    from rdflib.namespace import RDF

    from ipgraph.rdfize import IPO

    graph = f"<{mint.graph('retracted')}>"
    out = []
    for s, p, o, source, e in items:
        key = hashlib.sha256(f"{source}|{s}|{p}|{o}".encode()).hexdigest()[:24]
        r = f"<{mint.iri_for('retracted', key)}>"
        out += [f"{r} <{RDF.type}> <{IPO.RetractedStatement}> {graph} .", f"{r} <{RDF.subject}> {s} {graph} .",
                f"{r} <{RDF.predicate}> {p} {graph} .", f"{r} <{RDF.object}> {o} {graph} .",
                f"{r} <{IPO.retractedBy}> <{correction_iri(e, mint)}> {graph} .",
                f"{r} <{IPO.retractedFrom}> <{source}> {graph} ."]
    return sorted(set(out))


# -- links between documents --------------------------------------------------------------------------------

def _measure(end: dict, mint) -> str:
    return str(mint.measure(end["document"], end["measure"]))


def correct_links(lines: list[str], entries: list[Entry], measures: set[tuple[str, int]], mint):
    """(lines kept, lines added, {line: entry} removed, {entry: status}): the link entries applied to the N-Quads
    lines of the links the build made (translations, people, commitments)."""
    from rdflib.namespace import OWL

    from ipgraph import nquads
    from ipgraph.rdfize import IPO

    kept, added, removed, status = list(lines), [], {}, {}
    graph = f"<{mint.graph('corrections')}>"
    for e in entries:
        if e.fact == "link":
            later, earlier = dict(e.get("later")), dict(e.get("earlier"))
            if (later["document"], later["measure"]) not in measures or (earlier["document"], earlier["measure"]) not in measures:
                status[e] = STALE
                continue
            a, b = f"<{_measure(later, mint)}>", f"<{_measure(earlier, mint)}>"
            link_key = "/".join(str(x) for x in (later["document"], later["measure"], earlier["document"], earlier["measure"]))
            node = f"<{mint.iri_for('commitment-link', link_key)}>"
            pair = {(a, b), (b, a)}
            hit = [ln for ln in kept if (ln.split(" ", 1)[0], nquads.object_of(ln)) in pair
                   and nquads.predicate_of(ln) in (f"<{IPO.continues}>", f"<{IPO.continuedBy}>")
                   or ln.split(" ", 1)[0] == node]
            if e.action == "remove":
                status[e] = APPLIED if hit else STALE
            else:
                status[e] = REDUNDANT if hit else APPLIED
                if not hit:
                    added += [f"{a} <{IPO.continues}> {b} {graph} .", f"{b} <{IPO.continuedBy}> {a} {graph} .",
                              f"{a} <{IPO.correctedBy}> <{correction_iri(e, mint)}> {graph} ."]
                continue
        else:  # not same: a link the build made between two nodes
            a, b = (f"<{node_iri(n, mint)}>" for n in e.nodes())
            hit = [ln for ln in kept if {ln.split(" ", 1)[0], nquads.object_of(ln)} == {a, b}
                   and nquads.predicate_of(ln) == f"<{OWL.sameAs}>"]
            status[e] = APPLIED if hit else STALE
            if hit:
                added += [f"{a} <{IPO.correctedBy}> <{correction_iri(e, mint)}> {graph} .",
                          f"{b} <{IPO.correctedBy}> <{correction_iri(e, mint)}> {graph} ."]
        for ln in hit:
            removed[ln] = e
        kept = [ln for ln in kept if ln not in removed]
    return kept, added, removed, status


def provenance_lines(entries: list[Entry], states: dict, mint) -> list[str]:
    """N-Quads of graph/corrections: every entry as an ipo:Correction with its reason, author (prov:Agent), day,
    file and line, what it acts on, and its state in this build."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import FOAF, PROV, RDF, RDFS, XSD

    from ipgraph.publish import graph_lines
    from ipgraph.rdfize import IPO

    g = Graph()
    for e in entries:
        c = URIRef(correction_iri(e, mint))
        agent = mint.iri_for("contributor", re.sub(r"[^a-z0-9]+", "-", e.by.lower()).strip("-") or "anonymous")
        g.add((c, RDF.type, IPO.Correction))
        g.add((c, RDFS.label, Literal(f"{e.title} ({e.where})", lang="en")))
        g.add((c, IPO.correctionAction, Literal(e.title)))
        g.add((c, RDFS.comment, Literal(e.reason)))
        g.add((c, PROV.wasAttributedTo, agent))
        g.add((agent, RDF.type, PROV.Agent))
        g.add((agent, FOAF.name, Literal(e.by)))
        g.add((c, PROV.generatedAtTime, Literal(e.date, datatype=XSD.date)))
        g.add((c, IPO.correctionFile, Literal(e.file)))
        g.add((c, IPO.correctionLine, Literal(e.line)))
        g.add((c, IPO.correctionState, Literal(states.get(e, STALE))))
        g.add((c, IPO.correctionEntry, Literal(entry_yaml(e))))
        if e.document:
            g.add((c, IPO.aboutDocument, mint.document(e.document)))
        for n in e.nodes() if e.fact is None else []:
            g.add((c, IPO.aboutNode, URIRef(node_iri(n, mint))))
    return graph_lines(g, str(mint.graph("corrections")))


def entry_yaml(e: Entry) -> str:
    """The entry as it is written in its file (its fields in the order of the format)."""
    head = {e.action: (e.fact if e.fact else (e.get("nodes")[0] if len(e.nodes()) == 1 else list(e.nodes())))}

    def plain(v):
        if isinstance(v, tuple) and v and all(isinstance(x, tuple) and len(x) == 2 for x in v):
            return {k: plain(x) for k, x in v}
        return list(plain(x) for x in v) if isinstance(v, tuple) else v
    body = {k: plain(v) for k, v in e.values if k != "nodes"}
    return dump_entry({**head, **body, "reason": e.reason, "by": e.by, "when": e.date})


def dump_entry(entry: dict) -> str:
    """An entry as YAML, its days written as days (2026-12-01, not a quoted string)."""
    def day(v):
        try:
            return datetime.date.fromisoformat(v) if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v) else v
        except ValueError:
            return v
    return yaml.safe_dump([{k: day(v) if k in ("date", "when") else v for k, v in entry.items()}], allow_unicode=True,
                          sort_keys=False, width=100)


# -- the build's account of them ----------------------------------------------------------------------------

FOLDER = "corrections"  # in a home


def folders(home: Path, given: Iterable[Path] | None) -> list[Path]:
    """The home's corrections folder (where it exists), then the folders or files given."""
    own = Path(home) / FOLDER
    out = [own] if own.is_dir() else []
    return out + [Path(p) for p in (given or []) if Path(p).resolve() != own.resolve()]


def report(fixes: Corrections, states: dict, strict: bool) -> list[str]:
    """Warnings for the entries that no longer apply or are redundant, each with its file and line; with strict,
    an entry that no longer applies is a CorrectionError."""
    stale = [e for e in fixes.entries if states.get(e) == STALE]
    if strict and stale:
        raise CorrectionError(stale[0].where, None, "no longer applies: its target is not in this build ("
                              + "; ".join(f"{e.where} {e.title}" for e in stale) + "); update or remove "
                              f"{'it' if len(stale) == 1 else 'them'}, or build without --strict")
    notes = [f"{e.where}: correction ({e.title}) no longer applies: its target is not in this build" for e in stale]
    notes += [f"{e.where}: correction ({e.title}) is redundant: the loader now reads it so itself"
              for e in fixes.entries if states.get(e) == REDUNDANT]
    return notes


def manifest(fixes: Corrections, folders_read: list[Path], states: dict) -> dict:
    """What the manifest says of the corrections a build holds: the folders, each file with its hash, and each
    entry with its state."""
    return {"folders": [str(Path(f).resolve()) for f in folders_read], "files": fixes.files,
            "entries": [{"where": e.where, "action": e.title, "document": e.document, "state": states.get(e, STALE)}
                        for e in fixes.entries]}


# -- writing an entry (`ipgraph correct`) -------------------------------------------------------------------

def check_target(entry: Entry, records: dict[str, dict], text_of, exists, linked) -> None:
    """Refuse an entry whose target the current build does not have (a typo is caught before the next build):
    records are the documents' extraction records, text_of(doc) a document's text, exists(iri) whether a node is
    known, linked(later, earlier) whether the build links two measures."""
    def no(what: str) -> CorrectionError:
        return CorrectionError("the entry", None, f"{what}; see `ipgraph facts` or the document's page for what it holds")

    doc = entry.document
    if doc is not None and doc not in records:
        raise no(f"the build has no document {doc!r}")
    rec = records.get(doc, {})
    if entry.fact == "post" and entry.action == "remove":
        if not any(_same_name(p["person"], entry.get("person")) and (entry.get("role") is None or _same_name(
                p["role"], entry.get("role"))) for p in rec.get("posts", [])):
            raise no(f"{doc} states no post of {entry.get('person')!r}" + (f" as {entry.get('role')!r}" if entry.get("role") else ""))
    elif entry.fact == "event" and entry.action == "remove":
        if not any(_same_name(e["label"], entry.get("label")) for e in rec.get("events", [])):
            raise no(f"{doc} reports no event {entry.get('label')!r}")
    elif entry.fact == "instrument" and entry.action == "remove":
        if not any(_same_name(i["title"], entry.get("title")) for i in rec.get("instruments", [])):
            raise no(f"{doc} names no instrument {entry.get('title')!r}")
    elif entry.fact == "agencies":
        if not any(m["number"] == entry.get("measure") for m in rec.get("measures", [])):
            raise no(f"{doc} has no measure {entry.get('measure')}")
    elif entry.fact == "link":
        ends = [dict(entry.get(k)) for k in ("later", "earlier")]
        for end in ends:
            if not any(m["number"] == end["measure"] for m in records.get(end["document"], {}).get("measures", [])):
                raise no(f"the build has no measure {end['measure']} of {end['document']!r}")
        if entry.action == "remove" and not linked(*ends):
            raise no("the build does not link those two measures")
    elif entry.fact is None:
        for n in entry.nodes():
            if not exists(n):
                raise no(f"the build knows nothing of {n!r}")
    if doc is not None and (entry.get("evidence") or entry.get("span")):
        text = text_of(doc) or ""
        evidence_span(entry, text)


def append(path: Path, entry: Entry) -> int:
    """Write the entry at the end of a corrections file (made where it is missing); the line it starts at."""
    path.parent.mkdir(parents=True, exist_ok=True)
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    if before and not before.endswith("\n"):
        before += "\n"
    line = before.count("\n") + 1
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(before + entry_yaml(entry), encoding="utf-8")
    tmp.replace(path)
    return line


# -- a prefilled entry for a fact a reader doubts -----------------------------------------------------------

def suggestion(kind: str, key: str, record: dict | None, today: str, name: str | None = None) -> dict:
    """The entry a reader would start from to correct a resource ({kind}/{key} under id/), filled in from the
    document's record: the fact's own fields, and placeholders for what only the reader knows."""
    from ipgraph._text import slug

    doc = key.split("/", 1)[0]
    rec = record or {}
    tail = {"reason": "WHAT IS WRONG, AND HOW YOU CHECKED IT", "by": "YOUR NAME", "when": today}
    if kind == "post-holding":
        rest = key.split("/", 1)[1] if "/" in key else ""
        for p in rec.get("posts", []):
            if rest.startswith(f"{slug(p['person'])}--{slug(p['role'])}--"):
                return {"remove": "post", "document": doc, "person": p["person"], "role": p["role"], **tail}
        return {"remove": "post", "document": doc, "person": "NAME", "role": "ROLE", **tail}
    if kind == "measure":
        number = key.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
        for m in rec.get("measures", []):
            if str(m["number"]) == number:
                return {"replace": "agencies", "document": doc, "measure": m["number"],
                        "agencies": [a["surface"] or a["key"] for a in m["agencies"]], **tail}
    if kind == "document":
        title = rec.get("document", {}).get("title", "THE TITLE")
        return {"replace": "title", "document": doc, "title": title, **tail}
    if kind == "event":
        rest = key.split("/", 1)[1] if "/" in key else ""
        for e in rec.get("events", []):
            if rest.split("/", 1)[0] == slug(e["label"], 60):
                return {"remove": "event", "document": doc, "label": e["label"], **tail}
    if kind == "person":
        return {"add": "post", "document": "DOCUMENT", "person": name or key, "role": "ROLE", "organization": "AGENCY",
                "evidence": "WORDS OF THE DOCUMENT THAT SAY SO", **tail}
    if kind == "instrument":
        return {"remove": "instrument", "document": "DOCUMENT", "title": name or "THE TITLE AS WRITTEN", **tail}
    return {"same": [f"{kind}/{key}", "OTHER/NODE"], **tail}
