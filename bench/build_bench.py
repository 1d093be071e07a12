"""Build benchmark: documents per second and peak memory of `ipgraph build`, with and without SHACL
validation, on the bundled corpus and on the corpus copied N times under new names (each copy a
distinct document); then the same build again (all from the cache) and with one document changed.

    python bench/build_bench.py --copies 1 200 [--out docs/bench-build.json]

With --varied, on N documents of the varied benchmark corpus (bench/corpus.py: news, event reports and
plans of both languages, every one distinct): the build with validation, the same build again, one
document changed, and `ipgraph add` of one new local file (the end-to-end path of a researcher growing a
corpus: the file copied into the home, the home built); after the first build, the one change and the addition,
the time to make the on-disk store the service serves the new build from (the first a full load, the others
from the last build's store). --keep DIR keeps the corpora and homes there, so
that a larger N can be measured again without building it from nothing.

    python bench/build_bench.py --varied 1000 10000 [--keep /tmp/bench] [--out docs/bench-build-varied.json]

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


def timed_command(*args: str) -> dict:
    cmd = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "ipgraph", *args]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    return {"seconds": round(wall, 2), "peak_rss_mb": round(int(proc.stderr.strip().splitlines()[-1]) / 1024)}


def timed_store(home: Path, stores: Path) -> dict:
    """The time to make the on-disk store of the home's current build, as the service does when it picks a new
    build up (OxigraphStore.on_disk: from the last build's store where there is one), in a fresh process."""
    code = ("import sys, time; from ipgraph.home import current_build; from ipgraph.store import OxigraphStore; "
            "t = time.perf_counter(); OxigraphStore.on_disk(current_build(sys.argv[1]), sys.argv[2]); "
            "print(time.perf_counter() - t)")
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-c", code, str(home), str(stores)],
                          capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    return {"seconds": round(float(proc.stdout.strip().splitlines()[-1]), 2),
            "peak_rss_mb": round(int(proc.stderr.strip().splitlines()[-1]) / 1024)}


def run_varied(n: int, keep: Path | None) -> dict:
    sys.path.insert(0, str(PROJECT / "bench"))
    import corpus as varied

    with tempfile.TemporaryDirectory() as tmp:
        root = (keep / f"varied-{n}") if keep else Path(tmp)
        corpus, home = root / "corpus", root / "home"
        shutil.rmtree(root, ignore_errors=True)
        varied.write(corpus, n)
        out: dict = {"documents": n, "plans": len(list(corpus.glob("*_plan.txt"))),
                     "bytes_per_document": round(sum(f.stat().st_size for f in corpus.iterdir()) / n)}
        stores = root / "stores"
        out["with_validation"] = r = timed_build(corpus, home)
        r["documents_per_second"] = round(n / r["seconds"], 2)
        out["disk_store_load"] = timed_store(home, stores)
        out["unchanged_rebuild"] = timed_build(corpus, home)
        changed = sorted(corpus.glob("*_en_news.txt"))[n // 40]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        out["one_document_changed"] = timed_build(corpus, home)
        out["one_document_changed"]["disk_store_update"] = timed_store(home, stores)
        plan = sorted(corpus.glob("*_plan.txt"))[-1]
        plan.write_text(plan.read_text(encoding="utf-8").replace("\n\n", "\n\nOne more line.\n\n", 1), encoding="utf-8")
        out["one_plan_changed"] = timed_build(corpus, home)
        new = varied.write(root / "new", 1, start=n)[0]
        out["add_one_file"] = timed_command("add", str(new), "--home", str(home))
        out["add_one_file"]["disk_store_update"] = timed_store(home, stores)
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 200])
    ap.add_argument("--varied", type=int, nargs="+")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results = []
    for n in args.varied or []:
        results.append(run_varied(n, args.keep))
        print(json.dumps(results[-1]), flush=True)
    for c in args.copies if not args.varied else []:
        results.append(run(c))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
