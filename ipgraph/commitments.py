"""Commitments across plans: each measure of a plan linked to the measure of every earlier plan that states
the same commitment, reworded as later plans do.

The score of a pair of measures is the cosine of their TF-IDF vectors of character n-grams of words and
of the capitalised words inside a sentence (names of campaigns, laws and programmes, which restatements
keep), with the inverse document frequencies from the measures of the two plans compared, so a pair's
scores depend on those two plans alone and are cached by them; raised when they concern the same
instrument (titles equal but for plurals) and lowered when they concern different ones. A measure links to
the best-scoring measure of each earlier plan, when that score passes the threshold and the earlier measure
finds no better partner in the later plan. A commitment appears at most once in a plan, so the links are
then taken best first and a link that would put two measures of one plan in one commitment is dropped.
No rdflib here: the build turns the links into N-Quads (rdfize.commitment_links).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

METHOD = "tfidf-char5+names-cosine+instruments/one-per-plan/2"
THRESHOLD = 0.35
SAME_INSTRUMENT = 0.3
OTHER_INSTRUMENT = -0.25

_STOP = set("""a an the and or of to in on for with by from at as its their this that these those be is are was were
will shall should further actively continue continued carry out relevant related work system systems mechanism
mechanisms etc such other all more new improve improving strengthen strengthening promote promoting enhance
enhancing establish establishing implement implementing accelerate accelerating advance advancing deepen
deepening""".split())
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")  # a capitalised word after a lower-case one
_TITLE_FILLER = {"of", "on", "the", "for", "and", "in"}
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*[.。]?\s*$|\s*(?:Responsible agenc(?:y|ies)|Lead)\s*:.*$", re.S)


@dataclass(frozen=True)
class Link:
    doc: str  # the later plan's document
    number: int
    earlier_doc: str
    earlier_number: int
    score: float


def _terms(text: str, language: str) -> Counter[str]:
    """Character n-grams of the content words (four letters in English, two characters in Chinese): robust
    to the rewording of later plans ("Invention"/"Inventions", "pledge"/"pledging")."""
    text = _NOTE.sub("", text)
    if language == "zh":
        han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
        return Counter(w[i:i + 2] for w in han.split() for i in range(len(w) - 1))
    out: Counter[str] = Counter()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        w = f"_{w}_"
        out.update(w[i:i + 5] for i in range(max(1, len(w) - 4)))
    out.update({"^" + w.lower() for w in _NAME.findall(text)})
    return out


def _title_words(key: str) -> frozenset[str]:
    return frozenset(w.removesuffix("s") for w in key.split("-") if w not in _TITLE_FILLER)


def same_instrument(a: list[str], b: list[str]) -> bool:
    """Whether two lists of instrument keys share an instrument, titles compared word by word but for
    plurals and filler words (Regulations on Service Invention / Inventions)."""
    return _shares_title([_title_words(k) for k in a], [_title_words(k) for k in b])


def _shares_title(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    return any(len(x & y) >= 0.75 * len(x | y) for x in a for y in b)


def _vectors(tfs: list[Counter[str]], idf: dict[str, float]) -> list[dict[str, float]]:
    out = []
    for tf in tfs:
        v = {t: c * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def pair_scores(later: dict, earlier: dict) -> list[tuple[int, int, float]]:
    """(later measure number, earlier measure number, score) for every pair worth a look (score > 0)."""
    language = later["document"]["language"]
    a, b = _unique(later["measures"]), _unique(earlier["measures"])
    ta, tb = [_terms(m["text"], language) for m in a], [_terms(m["text"], language) for m in b]
    df: Counter[str] = Counter()
    for tf in ta + tb:
        df.update(tf.keys())
    n = len(a) + len(b)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    va, vb = _vectors(ta, idf), _vectors(tb, idf)
    postings: dict[str, list[tuple[int, float]]] = {}  # term -> (earlier measure, weight): a sparse product
    for j, xb in enumerate(vb):
        for t, w in xb.items():
            postings.setdefault(t, []).append((j, w))
    words = [[_title_words(k) for k in m["instruments"]] for m in b]
    out = []
    for ma, xa in zip(a, va, strict=True):
        dots = [0.0] * len(b)
        for t, w in xa.items():
            for j, wb in postings.get(t, ()):
                dots[j] += w * wb
        mine = [_title_words(k) for k in ma["instruments"]]
        for j, mb in enumerate(b):
            cos = dots[j]
            if mine and words[j]:
                cos += SAME_INSTRUMENT if _shares_title(mine, words[j]) else OTHER_INSTRUMENT
            if cos > 0:
                out.append((ma["number"], mb["number"], round(cos, 4)))
    return out


def _unique(measures: list[dict]) -> list[dict]:
    numbers = Counter(m["number"] for m in measures)
    return [m for m in measures if numbers[m["number"]] == 1]


def best_links(later_doc: str, earlier_doc: str, scores: list[tuple[int, int, float]],
               threshold: float = THRESHOLD) -> list[Link]:
    """At most one earlier measure per later measure: its best, where the earlier measure has no better
    partner in the later plan."""
    best_later: dict[int, tuple[int, float]] = {}
    best_earlier: dict[int, tuple[int, float]] = {}
    for a, b, s in scores:
        if s > best_later.get(a, (0, -1.0))[1]:
            best_later[a] = (b, s)
        if s > best_earlier.get(b, (0, -1.0))[1]:
            best_earlier[b] = (a, s)
    return [Link(later_doc, a, earlier_doc, b, s) for a, (b, s) in sorted(best_later.items())
            if s >= threshold and best_earlier[b][0] == a]


def one_per_plan(links: list[Link]) -> list[Link]:
    """The links taken best first, less each that would join two commitments holding a measure of the same
    plan (a commitment appears at most once in a plan)."""
    root: dict[tuple[str, int], tuple[str, int]] = {}
    plans: dict[tuple[str, int], set[str]] = {}

    def find(x):
        root.setdefault(x, x)
        plans.setdefault(x, {x[0]})
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x
    kept = []
    for lk in sorted(links, key=lambda lk: (-lk.score, lk.doc, lk.number, lk.earlier_doc, lk.earlier_number)):
        a, b = find((lk.doc, lk.number)), find((lk.earlier_doc, lk.earlier_number))
        if a != b:
            if plans[a] & plans[b]:
                continue
            root[a] = b
            plans[b] |= plans.pop(a)
        kept.append(lk)
    return sorted(kept, key=lambda lk: (lk.doc, lk.number, lk.earlier_doc, lk.earlier_number))


def select_links(scores: dict[tuple[str, str], list[tuple[int, int, float]]], threshold: float = THRESHOLD) -> list[Link]:
    """The links of a corpus from the scores of its pairs of plans ((later, earlier) -> pair_scores)."""
    return one_per_plan([lk for (later, earlier), s in scores.items() for lk in best_links(later, earlier, s, threshold)])


def plan_pairs(records: dict[str, dict]) -> list[tuple[str, str]]:
    """(later, earlier) documents of plans in one language, the earlier for an earlier year."""
    plans = {d: r for d, r in records.items() if r.get("plan") and r["plan"].get("year") and r.get("measures")}
    return [(a, b) for a, ra in sorted(plans.items()) for b, rb in sorted(plans.items())
            if rb["plan"]["year"] < ra["plan"]["year"]
            and ra["document"]["language"] == rb["document"]["language"]]


def link_commitments(records: dict[str, dict], cached=None) -> list[Link]:
    """The links of a corpus. cached(later, earlier, compute) lets the build keep the scores of plan pairs it
    computed before (a pair's scores depend on those two plans alone)."""
    scores = {}
    for later, earlier in plan_pairs(records):
        def compute(a=later, b=earlier):
            return pair_scores(records[a], records[b])
        scores[later, earlier] = cached(later, earlier, compute) if cached else compute()
    return select_links(scores)
