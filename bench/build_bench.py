"""Build benchmark: time and peak memory of `ipgraph build` on the bundled corpus, and on the corpus
copied N times under new names (each copy a distinct document).

    python bench/build_bench.py --copies 1 200 [--out docs/bench-build.json]

Each run is a fresh process (`ipgraph build --home TMP`), timed from outside; peak memory is the
child's maximum resident set size (getrusage).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def make_corpus(dest: Path, copies: int) -> int:
    dest.mkdir(parents=True)
    n = 0
    for i in range(copies):
        for src in sorted((PROJECT / "data" / "corpus").glob("*.txt")):
            name = src.name if copies == 1 else f"c{i:04d}_{src.name}"
            shutil.copyfile(src, dest / name)
            n += 1
    return n


def run(copies: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        docs = make_corpus(corpus, copies)
        cmd = [sys.executable, "-m", "ipgraph", "build", str(corpus), "--home", str(Path(tmp) / "home")]
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t
        if proc.returncode:
            raise SystemExit(proc.stderr[-2000:])
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        quads = int(proc.stdout.split(": ")[1].split(" quads")[0])
        return {"documents": docs, "seconds": round(wall, 2), "documents_per_second": round(docs / wall, 2),
                "peak_rss_mb": round(rss_mb), "quads": quads}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 200])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results = []
    for c in args.copies:
        r = run(c)
        results.append(r)
        print(json.dumps(r), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
