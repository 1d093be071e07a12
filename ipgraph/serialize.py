"""RDF as consumers read it: Turtle, TriG and RDF/XML with the project's prefixes, JSON-LD compacted with the
project's context (or expanded, when asked). Serialisation is pyoxigraph's; this module adds the prefixes and
the compaction, in one pass over pyoxigraph's expanded JSON-LD."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from ipgraph.namespaces import PREFIXES

# The JSON-LD context of the project: its prefixes, nothing else, so that a compacted document expands to the
# very triples it was made from whatever the data holds (no term coerces a value's type).
CONTEXT: dict[str, Any] = {"@context": dict(PREFIXES)}
EXPANDED = "http://www.w3.org/ns/json-ld#expanded"
COMPACTED = "http://www.w3.org/ns/json-ld#compacted"
FLATTENED = "http://www.w3.org/ns/json-ld#flattened"
_WITH_PREFIXES = {ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML, ox.RdfFormat.N3}
_PREFIX_LINE = re.compile(rb"^@prefix ([A-Za-z][\w.-]*)?: <[^>]*> \.\n", re.M)
# longest namespace first, so that a namespace inside another one is tried first
_BY_LENGTH = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def serialize(triples: Iterable, fmt: ox.RdfFormat, *, profile: str = COMPACTED) -> bytes:
    """Triples (or quads, for a dataset format) in fmt: with the prefixes the text uses, JSON-LD compacted
    with CONTEXT unless profile is EXPANDED."""
    if fmt == ox.RdfFormat.JSON_LD:
        expanded = ox.serialize(triples, format=fmt)
        if profile == EXPANDED:
            return expanded
        return json.dumps(compact(json.loads(expanded)), ensure_ascii=False, separators=(",", ":")).encode()
    if fmt in _WITH_PREFIXES:
        return used_prefixes_only(ox.serialize(triples, format=fmt, prefixes=PREFIXES), fmt)
    return ox.serialize(triples, format=fmt)


def used_prefixes_only(body: bytes, fmt: ox.RdfFormat) -> bytes:
    """Turtle or TriG with the prefix lines the text uses, in a fixed order (pyoxigraph writes all it is given,
    in no fixed order)."""
    if fmt not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3):
        return body
    lines, pos = [], 0
    while m := _PREFIX_LINE.match(body, pos):
        lines.append((m.group(1) or b"", m.group(0)))
        pos = m.end()
    rest = body[pos:]
    used = [line for name, line in sorted(lines) if re.search(rb"(?<![\w.:/#-])" + re.escape(name) + rb":", rest)]
    return b"".join(used) + rest


def compact_iri(iri: str) -> str:
    """The compact IRI of iri under CONTEXT ("ipo:Measure"), or iri itself where no prefix fits."""
    for ns, prefix in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def compact(expanded: list | dict) -> dict:
    """Expanded JSON-LD (pyoxigraph's: a list of node objects, or of named graphs holding them) compacted
    with CONTEXT: compact IRIs for properties, types and identifiers, plain strings for plain literals, single
    values out of their arrays. The result expands to the same triples."""
    nodes = expanded if isinstance(expanded, list) else [expanded]
    return {**CONTEXT, "@graph": [_node(n) for n in nodes]}


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _node(node: dict) -> dict:
    out: dict[str, Any] = {}
    node = dict(node)
    if _RDF_TYPE in node and all(set(v) == {"@id"} for v in node[_RDF_TYPE]):  # types as @type, as fromRdf writes them
        node["@type"] = list(node.get("@type", [])) + [v["@id"] for v in node.pop(_RDF_TYPE)]
    for key, value in node.items():
        if key == "@id":
            out["@id"] = value if value.startswith("_:") else compact_iri(value)
        elif key == "@type":
            types = [t if t.startswith("_:") else compact_iri(t) for t in value]
            out["@type"] = types[0] if len(types) == 1 else types
        elif key == "@graph":
            out["@graph"] = [_node(n) for n in value]
        else:
            values = [_value(v) for v in value]
            out[compact_iri(key)] = values[0] if len(values) == 1 else values
    return out


def _value(v: dict) -> Any:
    if "@value" in v:
        if set(v) == {"@value"} and isinstance(v["@value"], str):
            return v["@value"]
        if "@type" in v:
            return {"@value": v["@value"], "@type": compact_iri(v["@type"])}
        return v
    if "@id" in v and len(v) == 1:
        return {"@id": v["@id"] if v["@id"].startswith("_:") else compact_iri(v["@id"])}
    return _node(v)


def jsonld_profile(accept: str | None) -> str:
    """The JSON-LD form an Accept header asks for by its profile parameter (expanded or compacted; flattened is
    compacted, which is flat already); compacted when it names none."""
    for part in (accept or "").split(","):
        media, _, params = part.partition(";")
        if media.strip().lower() not in ("application/ld+json", "application/json"):
            continue
        m = re.search(r'profile\s*=\s*"?([^";]+)"?', params)
        if m and EXPANDED in m.group(1).split() and COMPACTED not in m.group(1).split():
            return EXPANDED
    return COMPACTED


def sort_prefix_lines(path) -> None:
    """Put the prefix lines at the head of a Turtle or TriG file in a fixed order (pyoxigraph writes them in
    none), so that two dumps of one build are the same bytes."""
    import os
    import shutil

    with open(path, "rb") as f:
        head = []
        line = f.readline()
        while line.startswith(b"@prefix "):
            head.append(line)
            line = f.readline()
        tmp = f"{path}.sorting"
        with open(tmp, "wb") as out:
            out.writelines(sorted(head))
            out.write(line)
            shutil.copyfileobj(f, out, 1 << 20)
    os.replace(tmp, path)
