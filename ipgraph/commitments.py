"""Commitments across plans: each measure of a plan linked to the measure of every earlier plan that states
the same commitment, reworded as later plans do.

The score of a pair of measures is the cosine of their TF-IDF vectors of character n-grams of words (the inverse document frequencies
from the measures of the two plans compared, so a pair's score depends on those two plans alone and an
added plan changes no other pair's links), raised when they concern the same instrument and lowered when
they concern different ones. A measure links to the best-scoring measure of each earlier plan, when that
score passes the threshold and the earlier measure finds no better partner in the later plan. No rdflib
here: the build turns the links into N-Quads (rdfize.commitment_links).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

METHOD = "tfidf-char5-cosine+instruments/1"
THRESHOLD = 0.35
SAME_INSTRUMENT = 0.3
OTHER_INSTRUMENT = -0.25

_STOP = set("""a an the and or of to in on for with by from at as its their this that these those be is are was were
will shall should further actively continue continued carry out relevant related work system systems mechanism
mechanisms etc such other all more new improve improving strengthen strengthening promote promoting enhance
enhancing establish establishing implement implementing accelerate accelerating advance advancing deepen
deepening""".split())
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
    return out


def _vectors(measures: list[dict], idf: dict[str, float], language: str) -> list[dict[str, float]]:
    out = []
    for m in measures:
        tf = _terms(m["text"], language)
        v = {t: c * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def pair_scores(later: dict, earlier: dict) -> list[tuple[int, int, float]]:
    """(later measure number, earlier measure number, score) for every pair worth a look (score > 0)."""
    language = later["document"]["language"]
    a, b = _unique(later["measures"]), _unique(earlier["measures"])
    df: Counter[str] = Counter()
    for m in a + b:
        df.update(set(_terms(m["text"], language)))
    n = len(a) + len(b)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    va, vb = _vectors(a, idf, language), _vectors(b, idf, language)
    out = []
    for ma, xa in zip(a, va, strict=True):
        for mb, xb in zip(b, vb, strict=True):
            cos = sum(w * xb.get(t, 0.0) for t, w in xa.items())
            ia, ib = set(ma["instruments"]), set(mb["instruments"])
            if ia and ib:
                cos += SAME_INSTRUMENT if ia & ib else OTHER_INSTRUMENT
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


def plan_pairs(records: dict[str, dict]) -> list[tuple[str, str]]:
    """(later, earlier) documents of plans in one language, the earlier for an earlier year."""
    plans = {d: r for d, r in records.items() if r.get("plan") and r["plan"].get("year") and r.get("measures")}
    return [(a, b) for a, ra in sorted(plans.items()) for b, rb in sorted(plans.items())
            if rb["plan"]["year"] < ra["plan"]["year"]
            and ra["document"]["language"] == rb["document"]["language"]]


def link_commitments(records: dict[str, dict], cached=None) -> list[Link]:
    """The links of a corpus. cached(later, earlier, compute) lets the build keep the scores of plan pairs it
    computed before (a pair's scores depend on those two plans alone)."""
    links: list[Link] = []
    for later, earlier in plan_pairs(records):
        def compute(a=later, b=earlier):
            return pair_scores(records[a], records[b])
        scores = cached(later, earlier, compute) if cached else compute()
        links += best_links(later, earlier, scores)
    return links
