"""Where a build's time goes: each stage of the per-document work, timed in one process.

    python bench/stages.py [CORPUS] [--repeat 3]

For every document of CORPUS (default: the bundled corpus): extraction, RDF mapping, SHACL validation,
OWL-RL closure, writing N-Quads, the record; the mean per document of each, over --repeat passes.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from ipgraph.build import BuildContext
from ipgraph.config import Settings
from ipgraph.extract import extract_source, find_sources, read_source
from ipgraph.publish import graph_lines
from ipgraph.rdfize import document_graph


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="?", default=Settings().corpus_dir)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    w = BuildContext(Settings())
    w.reasoner  # noqa: B018  compiled before timing
    sources = [read_source(f) for f in find_sources([args.corpus])]
    spent: Counter = Counter()

    def timed(stage: str, fn, *a):
        t = time.perf_counter()
        out = fn(*a)
        spent[stage] += time.perf_counter() - t
        return out

    for _ in range(args.repeat):
        for src in sources:
            ex = timed("extraction", extract_source, src, w.reference)
            g = timed("RDF mapping", document_graph, ex, w.reference, w.mint)
            timed("SHACL", w.validator.validate, g, src.doc_id, w.ref_graph)
            joins = bool(set(g.predicates()) & w.joining)
            inferred = timed("OWL-RL", w.reasoner.closure, g + w.ref_graph if joins else g)
            timed("N-Quads", lambda g, i: (graph_lines(g, "urn:g"), graph_lines(i, "urn:i")), g, inferred)
            timed("record", lambda e: json.dumps(e.to_jsonable(), ensure_ascii=False, indent=1, sort_keys=True), ex)
    n = len(sources) * args.repeat
    per_doc = {k: round(v / n * 1000, 1) for k, v in spent.most_common()}
    print(json.dumps({"documents": len(sources), "ms_per_document": per_doc,
                      "total_ms_per_document": round(sum(spent.values()) / n * 1000, 1)}, indent=1))


if __name__ == "__main__":
    main()
