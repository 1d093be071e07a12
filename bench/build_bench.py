"""Build benchmark: documents per second and peak memory of `ipgraph build`, with and without SHACL
validation, on the bundled corpus and on the corpus copied N times under new names (each copy a
distinct document); then the same build again (all from the cache) and with one document changed.

    python bench/build_bench.py --copies 1 200 [--out docs/bench-build.json]

Each build is a fresh process (`python -m ipgraph build CORPUS --home HOME`), timed from outside;
peak memory is that process's maximum resident set size, as `/usr/bin/time -f %M` reports it.
"""

from __future__ import annotations

import argparse
import json
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
            shutil.copyfile(src, dest / (src.name if copies == 1 else f"c{i:04d}_{src.name}"))
            n += 1
    return n


def timed_build(corpus: Path, home: Path, *extra: str) -> dict:
    cmd = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "ipgraph", "build", str(corpus), "--home", str(home),
           *extra]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    rss_kb = int(proc.stderr.strip().splitlines()[-1])
    return {"seconds": round(wall, 2), "peak_rss_mb": round(rss_kb / 1024)}


def run(copies: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        docs = make_corpus(corpus, copies)
        out: dict = {"documents": docs}
        out["with_validation"] = r = timed_build(corpus, tmp / "home")
        r["documents_per_second"] = round(docs / r["seconds"], 2)
        out["without_validation"] = r = timed_build(corpus, tmp / "home-nv", "--no-validate")
        r["documents_per_second"] = round(docs / r["seconds"], 2)
        out["unchanged_rebuild"] = timed_build(corpus, tmp / "home")
        files = sorted(corpus.glob("*.txt"))
        changed = files[len(files) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        out["one_document_changed"] = timed_build(corpus, tmp / "home")
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 200])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results = []
    for c in args.copies:
        results.append(run(c))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
