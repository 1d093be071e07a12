"""Search benchmark: latency of full-text search on a build of about 1,000 documents.

The corpus is the bundled documents and the English and Chinese development documents of tests/fixtures,
copied under new names until there are --docs of them; it is built once (without SHACL validation, which
search does not depend on). Each query is then run --repeats times on the index in process
(ipgraph.search.SearchIndex) and over HTTP (`/search?q=...&_format=json` of `ipgraph serve`), and the
p50 and p95 are reported.

    python bench/search_bench.py --docs 1000 [--out docs/bench-search.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PROJECT = Path(__file__).resolve().parent.parent
SOURCES = [PROJECT / "data" / "corpus", PROJECT / "tests" / "fixtures" / "devset" / "corpus",
           PROJECT / "tests" / "fixtures" / "devset-zh" / "corpus"]
QUERIES = ["patent", "patent law", "SIPO", "trademark examination", "geographical indications", "国家知识产权局",
           "专利", "知识产权保护", "infringement of trade secrets", "zzzz nothing matches"]


def make_corpus(dest: Path, docs: int) -> int:
    dest.mkdir(parents=True)
    files = [f for d in SOURCES for f in sorted(d.glob("*.txt"))]
    n = 0
    while n < docs:
        for f in files:
            if n >= docs:
                break
            shutil.copyfile(f, dest / f"c{n // len(files):04d}_{f.name}")
            meta = f.with_suffix(".meta.yaml")
            if meta.exists():
                shutil.copyfile(meta, dest / f"c{n // len(files):04d}_{meta.name}")
            n += 1
    return n


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentiles(ms: list[float]) -> dict:
    ms = sorted(ms)
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ipgraph-search-bench-"))
    try:
        n = make_corpus(tmp / "corpus", args.docs)
        home = tmp / "home"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ipgraph", "build", str(tmp / "corpus"), "--home", str(home), "--no-validate"],
                       check=True, capture_output=True)
        built_s = time.perf_counter() - t
        from ipgraph.home import current_build, search_index
        from ipgraph.search import SearchIndex

        index_path = search_index(current_build(home))
        index = SearchIndex(index_path)
        result = {"documents": n, "build_s": round(built_s, 1), "index_mb": round(index_path.stat().st_size / 1e6, 1),
                  "in_process": {}, "http": {}}
        for q in QUERIES:
            index.search(q)  # warm
            ms = []
            for _ in range(args.repeats):
                t = time.perf_counter()
                hits = index.search(q, limit=20)
                ms.append((time.perf_counter() - t) * 1000)
            result["in_process"][q] = {**percentiles(ms), "hits": len(hits)}
        port = free_port()
        proc = subprocess.Popen([str(Path(sys.executable).parent / "ipgraph"), "serve", "--home", str(home), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):
                try:
                    if httpx.get(base + "/-/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=30) as c:
                for q in QUERIES:
                    c.get("/search", params={"q": q, "_format": "json"})
                    ms = []
                    for _ in range(args.repeats):
                        t = time.perf_counter()
                        r = c.get("/search", params={"q": q, "_format": "json"})
                        ms.append((time.perf_counter() - t) * 1000)
                        assert r.status_code == 200
                    result["http"][q] = percentiles(ms)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        all_http = [v["p50_ms"] for v in result["http"].values()]
        result["http_p50_of_p50s_ms"] = round(statistics.median(all_http), 2)
        result["http_worst_p50_ms"] = max(all_http)
        print(json.dumps(result, indent=1, ensure_ascii=False))
        if args.out:
            args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
