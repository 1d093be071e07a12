"""Score the commitment links of a build against a gold list of recurrences.

    python bench/commitments_score.py GOLD_CSV [CORPUS ...] [--home DIR] [--threshold T ...]

GOLD_CSV has the columns doc, number, earlier_doc, earlier_number (which measure of a later plan restates
which measure of an earlier one) and optional (1: a row neither counted nor held against). The corpus (default: data/corpus and ../shared/devset/corpus) is built
into --home (a temporary folder by default) and the links are recomputed from the build's records for each
--threshold. A commitment is a connected group of measures, so the links and the gold are compared by
their transitive closures: pairwise precision and recall over the pairs of measures of different plans that
they put in one group, counting only plans the gold list names.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from ipgraph.commitments import THRESHOLD, pair_scores, plan_pairs, select_links  # noqa: E402


def groups(edges: list[tuple[tuple, tuple]]) -> dict[tuple, tuple]:
    parent: dict[tuple, tuple] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        parent[find(a)] = find(b)
    return {x: find(x) for x in parent}


def closure_pairs(edges: list[tuple[tuple, tuple]], docs: set[str]) -> set[frozenset]:
    by_root: dict[tuple, list[tuple]] = {}
    for node, root in groups(edges).items():
        if node[0] in docs:
            by_root.setdefault(root, []).append(node)
    return {frozenset((a, b)) for members in by_root.values() for a, b in combinations(members, 2) if a[0] != b[0]}


def _prf(g: set, o: set) -> dict:
    p = len(g & o) / len(o) if o else 1.0
    r = len(g & o) / len(g) if g else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "gold_pairs": len(g), "linked_pairs": len(o)}


def score(links: list[tuple[tuple, tuple]], gold: list[tuple[tuple, tuple]],
          optional: list[tuple[tuple, tuple]] = ()) -> dict:
    """The closure metric; also counted over the pairs that hold a measure of a plan the gold list links
    to (its earlier plans), since a list of restatements of those plans says nothing of the other pairs.
    Pairs that only the optional rows explain (in the closure of every row, not of the required ones) are
    neither counted nor held against."""
    docs = {n[0] for e in list(gold) + list(optional) for n in e}
    g, o = closure_pairs(gold, docs), closure_pairs(links, docs)
    excused = closure_pairs(list(gold) + list(optional), docs) - g
    o = o - excused
    earlier = {e[1][0] for e in list(gold) + list(optional)}
    out = _prf(g, o)
    out["with_an_earlier_plan"] = _prf({p for p in g if any(n[0] in earlier for n in p)},
                                       {p for p in o if any(n[0] in earlier for n in p)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--home")
    ap.add_argument("--threshold", type=float, nargs="*", default=[THRESHOLD])
    args = ap.parse_args()
    from ipgraph.build import build
    from ipgraph.config import Settings
    from ipgraph.home import current_build

    corpus = [Path(c) for c in args.corpus] or [PROJECT / "data" / "corpus", PROJECT.parent / "shared" / "devset" / "corpus"]
    settings = Settings(home=Path(args.home or tempfile.mkdtemp(prefix="ipgraph-commitments-")))
    build(settings, corpus)
    records = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (current_build(settings) / "records").glob("*.json")}
    from ipgraph.reference import agency_lines, load_reference

    lines = agency_lines(load_reference(settings.reference_dir))
    for r in records.values():  # each agency with its line, as the build's plan summaries give them
        for m in r.get("measures") or []:
            for a in m["agencies"]:
                a["line"] = lines.get(a["key"], a["key"])
    with open(args.gold, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    edge = lambda r: ((r["doc"], int(r["number"])), (r["earlier_doc"], int(r["earlier_number"])))  # noqa: E731
    gold = [edge(r) for r in rows if r.get("optional", "0") not in ("1", "true", "yes")]
    optional = [edge(r) for r in rows if r.get("optional", "0") in ("1", "true", "yes")]
    pairs = {(a, b): pair_scores(records[a], records[b]) for a, b in plan_pairs(records)}
    out = []
    for t in args.threshold:
        links = [((lk.doc, lk.number), (lk.earlier_doc, lk.earlier_number)) for lk in select_links(pairs, t)]
        out.append({"threshold": t, **score(links, gold, optional), "links": len(links)})
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
