"""Running stored queries on a built home: the glue the CLI (and the API) share."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ipgraph.config import Settings
from ipgraph.errors import QueryNotFound
from ipgraph.home import current_build
from ipgraph.queries import QueryCatalog, names_table
from ipgraph.store import OxigraphStore, serialize

FACT_TABLES = ["documents", "measures", "officials", "instruments", "law_revisions", "events"]


def open_store(settings: Settings) -> OxigraphStore:
    return OxigraphStore.from_build(current_build(settings))


def run_stored(settings: Settings, name: str, values: dict[str, str] | list[tuple[str, str]], fmt: str,
               store: OxigraphStore | None = None, allow_file: bool = False) -> bytes:
    """A stored query (or, with allow_file, a .rq file) with its parameters (pairs: a name given twice is an
    error), checked against the query limits before the engine parses it."""
    from ipgraph.queries import check_parameters, resolve_names
    from ipgraph.query_limits import check_query

    catalog = QueryCatalog(settings.queries_dir)
    q = catalog.get_or_file(name) if allow_file else catalog.get(name)
    items = list(values.items()) if isinstance(values, dict) else list(values)
    check_parameters(q, items)
    check_query(q.text, settings.max_query_depth, settings.max_query_chain)
    store = store or open_store(settings)
    values = dict(items)
    if any(p.names for p in q.params):
        values = resolve_names(q, values, names_of(store, catalog))
    subs = q.bind(values)
    return serialize(store.query(q.text, subs), fmt)


def no_rows(body: bytes, fmt: str) -> bool:
    """Whether a serialised SELECT answer holds no row (graphs and ASK answers are never "empty" here)."""
    if fmt in ("csv", "tsv"):
        return body.strip().count(b"\n") == 0
    if fmt == "json":
        import json

        return json.loads(body).get("results", {}).get("bindings", None) == []
    if fmt == "xml":
        return b"<results" in body and b"<result>" not in body and b"<result " not in body
    return False


def why_empty(settings: Settings, name: str, store: OxigraphStore | None = None) -> str | None:
    """Why a stored query finds nothing in this build, when its `# empty:` query can say (None otherwise)."""
    catalog = QueryCatalog(settings.queries_dir)
    try:
        q = catalog.get(name)
    except QueryNotFound:
        return None  # a .rq file given on the command line says nothing of itself
    if not q.empty:
        return None
    rows = list((store or open_store(settings)).query(catalog.get(q.empty).text))
    return rows[0]["why"].value if rows else None


def names_of(store: OxigraphStore, catalog: QueryCatalog) -> dict[str, dict[str, str]]:
    """The names stored-query parameters are matched against (queries/pages/labels.rq)."""
    rows = store.query(catalog.get("pages/labels").text)
    return names_table((r["kind"].value, r["label"].value) for r in rows)


def write_facts(settings: Settings, out_dir: Path, store=None) -> list[tuple[Path, int]]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = store or open_store(settings)
    written = []
    for table in FACT_TABLES:
        data = run_stored(settings, f"facts/{table}", {}, "csv", store)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        path = out_dir / f"{table}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        written.append((path, max(0, len(rows) - 1)))
    return written
