"""Stored queries: queries/*.rq with a header of title, description and typed parameters.

    # title: Measures by agency
    # description: ...
    # param: agency string required - acronym (SIPO) or IRI of the agency
    # param: year integer optional - plan year
    # chart: bars; count={plan_year}; title=Measures per plan year

A `# chart:` line chooses the picture of the answer (see Chart).

Parameter values are converted by their declared type and bound as substitutions (on a remote store, a
BIND at the start of the WHERE group: ipgraph.store.bind_values). A bound value holds in the whole WHERE
group, its FILTERs and property paths included, but not inside a subquery that does not project it: so a
parameter must be a projected variable; an optional parameter left out simply does not constrain the
results.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ipgraph.errors import QueryError, QueryNotFound, QueryParamError

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = {"iri", "string", "integer", "decimal", "date", "year", "boolean"}
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?:\s+(?P<req>required|optional))?"
                    r"(?:\s+default=(?P<default>\S+))?(?:\s+names=(?P<names>agency|instrument|person))?"
                    r"(?:\s+-\s+(?P<desc>.*))?$")
NAMED_KINDS = {"agency": "an agency", "instrument": "a law or instrument", "person": "a person"}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: str | None = None
    description: str = ""
    names: str | None = None  # the kind of entity whose names (any label, acronym or title, case aside) it takes


CHARTS = {  # kind -> its settings: each a template over a row's columns ({column}, {column:4} its first 4
    # characters; alternatives after | used in turn until one has every column it names non-empty), or a number
    "bars": {"count", "label", "value", "link", "limit", "title"},  # count=T: one bar per value, the rows that give it
    "timeline": {"date", "label", "link", "group", "title"},
    "network": {"source", "target", "weight", "limit", "nodes", "title"},
    "grid": {"column", "cell", "row", "title"},
}


@dataclass(frozen=True)
class Chart:
    """The picture a stored query's header asks for: `# chart: KIND; setting=value; ...` (CHARTS). The title
    may name the query's parameters ({law}); every other template names the query's projected columns."""

    kind: str
    settings: tuple[tuple[str, str], ...]

    def get(self, key: str, default: str | None = None) -> str | None:
        return dict(self.settings).get(key, default)


_TEMPLATE_FIELD = re.compile(r"\{(\w+)(?::(\d+))?\}")


def fill(template: str, row: dict) -> str:
    """A chart template over a row: the first alternative (split on |) whose every {column} is non-empty."""
    for alt in template.split("|"):
        fields = _TEMPLATE_FIELD.findall(alt)
        if all(row.get(f) not in (None, "") for f, _ in fields):
            return _TEMPLATE_FIELD.sub(lambda m: str(row[m.group(1)])[:int(m.group(2)) if m.group(2) else None], alt)
    return ""


def _chart(path: Path, value: str, text: str) -> Chart:
    kind, *parts = [p.strip() for p in value.split(";")]
    if kind not in CHARTS:
        raise QueryError(f"{path}: `# chart:` kind {kind!r} is none of {', '.join(sorted(CHARTS))}")
    settings = []
    for part in filter(None, parts):
        key, eq, val = part.partition("=")
        if not eq or key.strip() not in CHARTS[kind]:
            raise QueryError(f"{path}: `# chart: {kind}` takes {', '.join(sorted(CHARTS[kind]))} (key=value, split "
                             f"by ;), not {part!r}")
        settings.append((key.strip(), val.strip()))
    select = re.search(r"\bSELECT\b(.*?)\bWHERE\b", re.sub(r"(?m)^#.*$", "", text), re.S | re.I)
    columns = set(re.findall(r"\?(\w+)", select.group(1))) if select else set()
    for key, val in settings:
        unknown = [f for f, _ in _TEMPLATE_FIELD.findall(val) if f not in columns] if key != "title" else []
        if unknown:
            raise QueryError(f"{path}: `# chart:` {key} names {', '.join(unknown)}, which the query does not project")
    return Chart(kind, tuple(settings))


@dataclass
class StoredQuery:
    name: str
    path: Path
    text: str
    title: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    empty: str | None = None  # a query (queries/explain/) that says why this one finds nothing, when it can
    chart: Chart | None = None  # the picture of its answer

    def bind(self, values: dict[str, str]) -> dict:
        """Convert the given string values by type; a missing or ill-typed parameter is a QueryParamError."""
        check_parameters(self, list(values.items()))
        subs = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None or raw == "":
                if p.required:
                    raise QueryParamError(f"query {self.name!r} needs parameter {p.name!r} ({p.type}): {p.description}")
                continue
            subs[ox.Variable(p.name)] = convert(p, str(raw), self.name)
        return subs


CONTROL_PARAMETERS = {"_format"}  # of the HTTP API, not of the query


def check_parameters(q: StoredQuery, items: list[tuple[str, str]]) -> None:
    """The rules of every caller (CLI and HTTP): each parameter of the query at most once, no other."""
    names = [k for k, _ in items if k not in CONTROL_PARAMETERS]
    known = {p.name for p in q.params}
    unknown = sorted(set(names) - known)
    if unknown:
        raise QueryParamError(f"query {q.name!r} has no parameter {', '.join(unknown)}; it takes "
                              f"{', '.join(sorted(known)) or 'none'}")
    repeated = sorted({k for k in names if names.count(k) > 1})
    if repeated:
        raise QueryParamError(f"parameter {', '.join(repeated)} of query {q.name!r} is given more than once; "
                              "give each once")


def name_key(value: str) -> str:
    """How names are compared: case, surrounding and repeated spaces, and traditional characters aside."""
    value = " ".join(value.split()).casefold()
    from ipgraph._text import HAN, simplified

    if HAN.search(value):
        value = simplified(value)
    return value


def resolve_names(q: StoredQuery, values: dict[str, str], names: dict[str, dict[str, str]]) -> dict[str, str]:
    """Values of parameters that name an entity (names=KIND), written as the graph writes them: "sipo" and
    "Sipo" become "SIPO". names maps each kind to {name_key(name): name}. A value that names nothing (and
    is no IRI) is a QueryParamError that suggests the nearest names."""
    import difflib

    out = dict(values)
    for p in q.params:
        raw = values.get(p.name)
        if not p.names or raw is None or raw == "" or re.match(r"^https?://", raw):
            continue
        table = names.get(p.names, {})
        found = table.get(name_key(raw))
        if found is not None:
            out[p.name] = found
            continue
        near = difflib.get_close_matches(name_key(raw), list(table), n=5, cutoff=0.6)
        near += [k for k in table if name_key(raw) in k and k not in near][:5 - len(near)]
        hint = ("; did you mean " + ", ".join(repr(table[k]) for k in near) + "?") if near else ""
        raise QueryParamError(f"parameter {p.name!r} of query {q.name!r}: no {NAMED_KINDS[p.names].split(' ', 1)[1]} "
                              f"is named {raw!r}{hint}")
    return out


def names_table(rows) -> dict[str, dict[str, str]]:
    """{kind: {name_key(label): label}} from (kind, label) rows (of queries/pages/labels.rq)."""
    table: dict[str, dict[str, str]] = {}
    for kind, label in rows:
        table.setdefault(kind, {}).setdefault(name_key(label), label)
    return table


_TYPE_WORDS = {"iri": "an absolute IRI (https://...)", "integer": "a whole number", "decimal": "a number",
               "date": "a date written YYYY-MM-DD", "year": "a four-digit year", "boolean": "true or false"}


def convert(p: Param, raw: str, query: str):
    try:
        if p.type == "iri":
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
                raise ValueError("not an absolute IRI")
            return ox.NamedNode(raw)
        if p.type == "string":
            return ox.Literal(raw)
        if p.type == "integer":
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
        if p.type == "decimal":
            float(raw)
            return ox.Literal(raw, datatype=ox.NamedNode(XSD + "decimal"))
        if p.type == "date":
            return ox.Literal(datetime.date.fromisoformat(raw).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if p.type == "year":
            if not re.fullmatch(r"\d{4}", raw):
                raise ValueError("not a four-digit year")
            return ox.Literal(raw, datatype=ox.NamedNode(XSD + "gYear"))
        if p.type == "boolean":
            if raw.lower() not in ("true", "false", "1", "0"):
                raise ValueError("not true or false")
            return ox.Literal("true" if raw.lower() in ("true", "1") else "false", datatype=ox.NamedNode(XSD + "boolean"))
    except ValueError as e:
        raise QueryParamError(f"parameter {p.name!r} of query {query!r} must be {_TYPE_WORDS.get(p.type, p.type)}, "
                              f"not {raw!r}") from e
    raise QueryParamError(f"parameter {p.name!r} of query {query!r} has unknown type {p.type!r}")


def parse_query_file(path: Path, name: str | None = None) -> StoredQuery:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise QueryError(f"{path}: not UTF-8 (invalid byte at offset {e.start}); save the query as UTF-8") from e
    title, desc, params, empty, chart = "", [], [], None, None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line.lstrip("#").strip()
        key, _, value = body.partition(":")
        key = key.strip().lower()
        if key == "title":
            title = value.strip()
        elif key == "description":
            desc.append(value.strip())
        elif key == "empty":
            empty = value.strip()
            if not re.fullmatch(r"explain/[a-z0-9_]+", empty):
                raise QueryError(f"{path}: `# empty:` names a query of queries/explain/ (explain/NAME), not {empty!r}")
        elif key == "chart":
            chart = _chart(path, value.strip(), text)
        elif key == "param":
            m = _PARAM.match(value.strip())
            if not m or m.group("type") not in TYPES:
                raise QueryParamError(f"{path}: bad parameter declaration {value.strip()!r}; write "
                                      f"`# param: NAME TYPE [required|optional] [default=V] - description` "
                                      f"with TYPE one of {sorted(TYPES)}")
            params.append(Param(name=m.group("name"), type=m.group("type"), required=m.group("req") != "optional",
                                default=m.group("default"), description=(m.group("desc") or "").strip(),
                                names=m.group("names")))
        elif desc and key not in ("title", "param", "empty", "chart"):
            desc.append(body)
    return StoredQuery(name=name or Path(path).stem, path=Path(path), text=text, title=title or Path(path).stem,
                       description=" ".join(desc), params=params, empty=empty, chart=chart)


class QueryCatalog:
    """Every query of a folder (settings.queries_dir), by its role: the stored queries users run (NAME.rq, and
    facts/NAME.rq as facts/NAME), the pages' (pages/), the reasons a stored query finds nothing (explain/),
    the build's quality checks (checks/*-violation.rq) and the store's own (store/: loading the union,
    talking to a remote store). Nothing else reads the folder."""

    def __init__(self, queries_dir: Path):
        self.dir = Path(queries_dir)

    def checks(self) -> list[StoredQuery]:
        """The quality checks a build runs on the finished dataset: any row is a violation."""
        return [parse_query_file(p, f"checks/{p.stem}") for p in sorted((self.dir / "checks").glob("*-violation.rq"))]

    def store_text(self, name: str) -> str:
        """The text of a query of the store's own (queries/store/NAME.rq)."""
        return (self.dir / "store" / f"{name}.rq").read_text(encoding="utf-8")

    def names(self) -> list[str]:
        out = [p.stem for p in sorted(self.dir.glob("*.rq"))]
        out += [f"facts/{p.stem}" for p in sorted((self.dir / "facts").glob("*.rq"))]
        return out

    def all(self) -> list[StoredQuery]:
        return [self.get(n) for n in self.names()]

    def get(self, name: str) -> StoredQuery:
        """A stored query by name (never a path: names come from users and URLs)."""
        if not re.fullmatch(r"(?:facts/|pages/|explain/)?[a-z0-9_]+", name):
            raise QueryNotFound(f"no stored query {name!r}; see `ipgraph queries`")
        p = self.dir / f"{name}.rq"
        if not p.exists():
            raise QueryNotFound(f"no stored query {name!r}; stored queries: {', '.join(self.names())}")
        return parse_query_file(p, name)

    def get_or_file(self, name_or_path: str) -> StoredQuery:
        """For the command line: a stored query name, or a path to a .rq file."""
        p = Path(name_or_path)
        if p.suffix == ".rq":
            if not p.is_file():
                raise QueryNotFound(f"no query file {name_or_path}")
            return parse_query_file(p)
        return self.get(name_or_path)
