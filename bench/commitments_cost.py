"""What linking commitments costs in a build: 17 annual plans in each language.

    python bench/commitments_cost.py [--plans 17] [--home DIR]

The plans are the development sets' and the bundled corpus's plans (six English, five Chinese), each
given again for another year until there are --plans of each language; the corpus is built from scratch
(no cache), and the build's own linking of commitments is timed: the share of the build it takes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def plans(lang: str) -> list[tuple[str, str]]:
    """(document id, text) of the plans of a language in the bundled corpus and the development set."""
    shared = PROJECT.parent / "shared"
    folders = [PROJECT / "data" / "corpus", shared / "devset" / "corpus"] if lang == "en" else [shared / "devset-zh" / "corpus"]
    out = []
    for folder in folders:
        for p in sorted(folder.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            if (lang == "en" and re.search(r"\bPlan\b", text[:300])) or (lang == "zh" and re.search(r"计划|要点", text[:120])):
                out.append((p.stem, text))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=17)
    ap.add_argument("--home")
    args = ap.parse_args()
    from ipgraph.build import build
    from ipgraph.commitments import link_commitments
    from ipgraph.config import Settings
    from ipgraph.home import current_build

    home = Path(args.home or tempfile.mkdtemp(prefix="ipgraph-cost-"))
    shutil.rmtree(home, ignore_errors=True)
    corpus = home / "corpus"
    corpus.mkdir(parents=True)
    for lang in ("en", "zh"):
        source = plans(lang)
        for i in range(args.plans):  # the plans again for later years: each copy a plan of its own year
            stem, text = source[i % len(source)]
            year = 2008 + i
            text = re.sub(r"(?:19|20)\d\d", str(year), text, count=3)
            (corpus / f"{lang}{year}_{stem}.txt").write_text(text, encoding="utf-8")
    import ipgraph.build as build_module

    spent: list[float] = []
    found: list = []

    def timed(*a, **k):  # the build's own call, timed: the plan summaries it links, its cache, its processes
        t0 = time.perf_counter()
        out = link_commitments(*a, **k)
        spent.append(time.perf_counter() - t0)
        found.extend(out)
        return out
    build_module.link_commitments = timed
    settings = Settings(home=home / "home", cache_dir=home / "cache")
    t = time.perf_counter()
    build(settings, [corpus])
    build_s = time.perf_counter() - t
    link_s, links = sum(spent), found
    records = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (current_build(settings) / "records").glob("*.json")}
    plans_of = {lang: sum(1 for d, r in records.items() if r.get("plan") and r["document"]["language"] == lang)
                for lang in ("en", "zh")}
    print(json.dumps({"plans": plans_of, "documents": len(records), "build_s": round(build_s, 2),
                      "linking_s": round(link_s, 2), "linking_share": round(link_s / build_s, 3),
                      "links": len(links)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
