"""The picture of a stored query's answer, for the queries a picture suits (drawn with api.charts)."""

from __future__ import annotations

from markupsafe import Markup

from api import charts
from api.pages import table


def _count(rows: list[dict], key: str) -> list[tuple[str, int]]:
    out: dict[str, int] = {}
    for r in rows:
        if r.get(key):
            out[r[key]] = out.get(r[key], 0) + 1
    return sorted(out.items())


def query_picture(name: str, columns: list[str], rows, local, values: dict) -> Markup | None:
    t = table(columns, rows)
    if not t:
        return None
    if name == "measures_by_agency":
        return charts.bars([charts.Bar(y, n) for y, n in _count(t, "plan_year")], "Measures per plan year")
    if name == "co_responsibility":
        top = t[:40]
        weight: dict[str, float] = {}
        for r in top:
            for k in ("agency1", "agency2"):
                weight[r[k]] = weight.get(r[k], 0) + float(r["measures"])
        nodes = [charts.Node(k, k, None, w) for k, w in sorted(weight.items(), key=lambda x: -x[1])[:24]]
        keep = {n.key for n in nodes}
        return charts.network(nodes, [(r["agency1"], r["agency2"], float(r["measures"])) for r in top
                                      if r["agency1"] in keep and r["agency2"] in keep], "Who shares measures with whom")
    if name == "law_revision_timeline":
        return charts.timeline([charts.Moment(r["date"], r["status"] or ("amendment " + r["ordinal"] if r["ordinal"] else "revision"),
                                              local(r["revision"]), r["status"] or "reported") for r in t if r["date"]],
                               f"Revisions of the {values.get('law', 'law')}")
    if name == "agency_lineage":
        return charts.timeline([charts.Moment(r["date"], f"{r['relation']}: {r['other']}", None, r["relation"])
                                for r in t if r["date"]], "Lineage")
    if name == "events_by_date":
        return charts.bars([charts.Bar(y, n) for y, n in _count([{**r, "y": (r["date"] or "")[:4]} for r in t], "y")
                            if y[:1].isdigit()], "Events per year")
    if name == "officials_posts":
        return charts.timeline([charts.Moment(r["date"], f"{r['person']}: {r['role']}", local(r["holding"]), r["organization"] or "")
                                for r in t if r["date"]], "Posts by date")
    if name == "commitment_history":
        years = sorted({r["year"] for r in t if r["year"]})
        return charts.grid([("this commitment", None)], years, {(0, r["year"]): f"{r['year']}: measure {r['number']}, "
                                                                 f"led by {r['lead'] or '—'}" for r in t if r["year"]},
                           "The years it appears in")
    if name == "recurring_commitments":
        return charts.bars([charts.Bar(f"{r['year']} measure {r['number']}", float(r["plans"]), local(r["latest"]))
                            for r in t[:20]], "Plans each commitment appears in")
    return None
