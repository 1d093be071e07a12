"""A benchmark corpus of varied documents: N distinct documents of every kind the loader reads, English and Chinese,
written from the phenomenon generators (people, bodies, titles and places in no file of the project).

    python bench/corpus.py 1000 --out /tmp/corpus-1000 [--seed 1]

Of every twenty documents: ten English news pages (a page with its chrome, posts of several people, instruments
named, an event), five Chinese ones, two English event reports, two Chinese ones and a plan (English or Chinese,
of a year between 2008 and 2030; half of them plans that call for revising laws): 10,000 documents hold 500
plans, national, ministerial and provincial plans over twenty years. Each is a few thousand characters, as a
page of a ministry's site is; every document's text differs from every other's.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.phenomena import generate as g  # noqa: E402


def _en_news(r: random.Random) -> str:
    page, _, _ = g.en_page(r)
    body = [g.en_post_sentence(r)[0] for _ in range(r.randrange(4, 9))]
    body += [g.en_instrument_sentence(r)[0] for _ in range(r.randrange(2, 5))]
    body += [f"The {g.body(r)} said the {g.word(r)} programme would continue in {g.country(r)}, and that the "
             f"rules on {r.choice(g.ORG_FIELDS).lower()} would be reviewed next year." for _ in range(r.randrange(10, 20))]
    r.shuffle(body)
    return page + "\n\n" + "\n\n".join(body) + "\n"


def _zh_news(r: random.Random) -> str:
    page, _, _ = g.zh_page(r)
    body = [g.zh_post_sentence(r)[0] for _ in range(r.randrange(4, 9))]
    body += [f"{g.zh_body(r)}表示，将继续推进{g.zh_place(r)}知识产权工作，加强{r.choice(g.ZH_FIELDS)}保护。"
             for _ in range(r.randrange(20, 40))]
    r.shuffle(body)
    return page + "\n\n" + "\n".join(body) + "\n"


def _en_event(r: random.Random) -> str:
    text, _ = g.en_event_page(r)
    more = [g.en_post_sentence(r)[0] for _ in range(r.randrange(3, 7))]
    more += [f"Participants from the {g.body(r)} discussed {r.choice(g.ORG_FIELDS).lower()} and the {g.word(r)} "
             f"programme of {g.country(r)}." for _ in range(r.randrange(8, 16))]
    return text + "\n\n" + "\n\n".join(more) + "\n"


def _zh_event(r: random.Random) -> str:
    text, _ = g.zh_event_page(r)
    more = [g.zh_post_sentence(r)[0] for _ in range(r.randrange(3, 7))]
    more += [f"来自{g.zh_body(r)}的代表围绕{r.choice(g.ZH_FIELDS)}工作进行了交流。" for _ in range(r.randrange(15, 30))]
    return text + "\n" + "\n".join(more) + "\n"


def _plan(r: random.Random) -> str:
    """A plan, English or Chinese: half of them plans that call for revising laws."""
    make = g.plan if r.random() < 0.5 else g.revision_plan
    return make(r, r.choice(["en", "zh"]))[0]


KINDS = [_en_news] * 9 + [_zh_news] * 5 + [_en_event] * 2 + [_zh_event] * 2 + [_en_news, _plan]


def document(i: int, seed: int = 1) -> tuple[str, str]:
    """The i-th document of the corpus: (file name, text)."""
    r = random.Random(f"{seed}-{i}")
    kind = KINDS[i % len(KINDS)]
    return f"v{i:06d}_{kind.__name__.strip('_')}.txt", kind(r)


def write(dest: Path, n: int, seed: int = 1, start: int = 0) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        name, text = document(i, seed)
        (dest / name).write_text(text, encoding="utf-8")
        out.append(dest / name)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    files = write(args.out, args.n, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} documents, {size / len(files):.0f} bytes on average, in {args.out}")


if __name__ == "__main__":
    main()
