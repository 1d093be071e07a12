"""The picture of a stored query's answer, as its `# chart:` header asks (ipgraph.queries.Chart), drawn
with api.charts. A query without that header has no picture; the header's kinds are ipgraph.queries.CHARTS."""

from __future__ import annotations

from markupsafe import Markup

from api import charts
from api.pages import table
from ipgraph.queries import Chart, StoredQuery, fill


def _title(q: StoredQuery, values: dict) -> str:
    """The title, the query's parameters filled in (a parameter not given reads as its name)."""
    title = q.chart.get("title", "") if q.chart else ""
    return fill(title, {**{p.name: p.name for p in q.params}, **{k: v for k, v in values.items() if v}}) or title


def _bars(chart: Chart, t: list[dict], local) -> list[charts.Bar]:
    if chart.get("count"):  # a bar per value, as long as the number of rows that give it
        counted: dict[str, int] = {}
        for r in t:
            key = fill(chart.get("count"), r)
            if key:
                counted[key] = counted.get(key, 0) + 1
        return [charts.Bar(k, n) for k, n in sorted(counted.items())]
    limit = int(chart.get("limit", "0")) or None
    return [charts.Bar(fill(chart.get("label", ""), r), float(fill(chart.get("value", ""), r) or 0),
                       local(fill(chart.get("link", ""), r)) if chart.get("link") else None) for r in t[:limit]]


def _timeline(chart: Chart, t: list[dict], local) -> list[charts.Moment]:
    out = []
    for r in t:
        date = fill(chart.get("date", ""), r)
        if date:
            link = fill(chart.get("link", ""), r) if chart.get("link") else ""
            out.append(charts.Moment(date, fill(chart.get("label", ""), r), local(link) if link else None,
                                     fill(chart.get("group", ""), r)))
    return out


def _network(chart: Chart, t: list[dict]) -> tuple[list[charts.Node], list[tuple[str, str, float]]]:
    top = t[:int(chart.get("limit", "0")) or None]
    edges = [(fill(chart.get("source", ""), r), fill(chart.get("target", ""), r),
              float(fill(chart.get("weight", ""), r) or 1)) for r in top]
    weight: dict[str, float] = {}
    for a, b, w in edges:
        for k in (a, b):
            weight[k] = weight.get(k, 0) + w
    ranked = sorted(weight.items(), key=lambda x: -x[1])[:int(chart.get("nodes", "0")) or None]
    nodes = [charts.Node(k, k, None, w) for k, w in ranked]
    keep = {n.key for n in nodes}
    return nodes, [e for e in edges if e[0] in keep and e[1] in keep]


def _grid(chart: Chart, t: list[dict], local):
    names: list[str] = []
    cells: dict[tuple[int, str], str] = {}
    for r in t:
        column = fill(chart.get("column", ""), r)
        if not column:
            continue
        name = fill(chart.get("row", ""), r)
        if name not in names:
            names.append(name)
        cells[(names.index(name), column)] = fill(chart.get("cell", ""), r)
    return [(n, None) for n in names], sorted({c for _, c in cells}), cells


def query_picture(q: StoredQuery, columns: list[str], rows, local, values: dict) -> Markup | None:
    t = table(columns, rows)
    if not t or q.chart is None:
        return None
    chart, title = q.chart, _title(q, values)
    if chart.kind == "bars":
        return charts.bars(_bars(chart, t, local), title)
    if chart.kind == "timeline":
        return charts.timeline(_timeline(chart, t, local), title)
    if chart.kind == "network":
        return charts.network(*_network(chart, t), title)
    return charts.grid(*_grid(chart, t, local), title)
