"""Commitments across plans: each measure of a plan linked to the measure of every earlier plan that states
the same commitment, reworded as later plans do.

What identifies a commitment is what it acts on: the instruments its actions govern (revise the Patent Law;
not the Outline it cites as ground), and the series of the named campaign it launches ("Sword Net 2016" and
"Sword Net 2017"). Two measures that act on a shared object are anchored on it; two that act on different
objects are not the same commitment however alike their sentences (the Patent Law is not its Implementing
Regulations); one that acts on an instrument and one that names none are seldom. Beside the objects, the
score is the cosine of TF-IDF vectors of character n-grams of the words and of the capitalised words inside a
sentence (each plan's terms weighed by how few of its own measures hold them, so a plan is read once for all
its pairs and a pair's scores depend on those two plans alone, cached by them), raised when one body leads
both measures (through its lineage: SIPO, then CNIPA) and lowered when no body answers for both.

A measure links to the best-scoring measure of each earlier plan when that score passes the threshold (a
higher one for measures that share no object) and the earlier measure finds no better partner in the later
plan, or the two share an object (a measure of
several clauses is restated clause by clause: the Copyright Law and the Anti-Unfair Competition Law of one
earlier measure by two later ones). A commitment appears at most once in a plan: the links are taken best
first and one that would put two measures of one plan in one commitment — the chain of one object, or of
links anchored on none — is dropped. No rdflib here: the build turns the links into N-Quads
(rdfize.commitment_links).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

METHOD = "objects+campaigns+lineage+tfidf-char5+names-cosine/one-per-plan-per-object/3"
THRESHOLD = 0.35  # for two measures anchored on a shared object
COMMON = 0.3  # the share of a plan's measures a term may be in and still count in the product
UNANCHORED = 0.48  # for two that share none: their words alone
SAME_OBJECT = 0.4  # two measures act on one instrument, or launch one campaign series
ONE_OBJECT = -0.2  # one acts on an instrument, the other on none it names
SAME_LEAD = 0.1  # the same body leads both (through its lineage: SIPO and CNIPA)
OTHER_BODIES = -0.1  # no body answers for both

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
    anchor: str | None = None  # the object the two measures share: an instrument's key, or "campaign:" and a series


@lru_cache(maxsize=1 << 16)
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


def _vectors(tfs: list[Counter[str]], idf: dict[str, float]) -> tuple[list[dict[str, float]], list[float]]:
    """The TF-IDF vectors, and their lengths (the cosine divides by them once, after the product)."""
    out, norms = [], []
    for tf in tfs:
        v = {t: c * idf[t] for t, c in tf.items()}
        out.append(v)
        norms.append(math.sqrt(sum(x * x for x in v.values())) or 1.0)
    return out, norms


def _identity(key: str) -> str:
    """An instrument's key as the same instrument reads in any plan: without the state's name, brackets and case
    (中华人民共和国反不正当竞争法 is 反不正当竞争法; patent-law-of-the-people-s-republic-of-china is patent-law)."""
    k = re.sub(r"中华人民共和国|[《》〈〉]|-?of-the-people-s-republic-of-china|-?people-s-republic-of-china", "", key.lower())
    return k.strip("-")


def _lines(m: dict) -> list[str]:
    """The lines of a measure's agencies (a body and those it became), lead first; unknown bodies left out."""
    return list(dict.fromkeys(a.get("line") or a["key"] for a in m.get("agencies", ()) if a.get("key")))


def _objects(m: dict) -> set[str]:
    return {_identity(k) for k in m.get("objects", ())}


def _shared_object(a: set[str], b: set[str]) -> str | None:
    """An object two measures share: the same key, or English titles equal but for plurals and filler words."""
    same = sorted(a & b)
    if same:
        return same[0]
    for x in sorted(a):  # the same title in other words' forms: every word the same but for plurals and fillers
        for y in sorted(b):
            if _title_words(x) == _title_words(y):
                return x
    return None


@dataclass(frozen=True)
class _Prepared:
    """A plan read once for every pair it is in: its measures' TF-IDF vectors (the inverse document frequencies
    of the plan's own measures), their lengths, and the postings of its terms."""
    measures: list[dict]
    vectors: list[dict[str, float]]
    norms: list[float]
    postings: dict[str, list[tuple[int, float]]]


@lru_cache(maxsize=256)
def _prepared_plan(language: str, texts: tuple[tuple[int, str], ...]) -> tuple:
    tfs = [_terms(t, language) for _, t in texts]
    df: Counter[str] = Counter()
    for tf in tfs:
        df.update(tf.keys())
    n = len(tfs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    vectors, norms = _vectors(tfs, idf)
    common = COMMON * n  # a term in more measures than this weighs little and costs the most: left out of the product
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, v in enumerate(vectors):
        for t, w in v.items():
            if df[t] <= common:
                postings.setdefault(t, []).append((j, w))
    return vectors, norms, postings


def _prepare(plan: dict) -> _Prepared:
    measures = _unique(plan["measures"])
    vectors, norms, postings = _prepared_plan(plan["document"]["language"],
                                              tuple((m["number"], m["text"]) for m in measures))
    return _Prepared(measures, vectors, norms, postings)


def pair_scores(later: dict, earlier: dict) -> list[tuple[int, int, float, str | None]]:
    """(later measure number, earlier measure number, score, anchor) for every pair worth a look (score > 0).
    Each plan's terms are weighed by how few of its own measures hold them (a plan read once serves every pair
    it is in), so a pair's scores depend on those two plans alone."""
    pa, pb = _prepare(later), _prepare(earlier)
    a, b, va, na, nb, postings = pa.measures, pb.measures, pa.vectors, pa.norms, pb.norms, pb.postings
    objects_b = [_objects(m) for m in b]
    lines_b = [_lines(m) for m in b]
    campaigns_b = [set(m.get("campaigns", ())) for m in b]
    by_object: dict[frozenset, set[int]] = {}  # an earlier measure's objects and campaigns: pairs with no shared word
    for j, objs in enumerate(objects_b):  # but a shared object are still looked at
        for o in objs:
            by_object.setdefault(_title_words(o), set()).add(j)
        for c in campaigns_b[j]:
            by_object.setdefault(frozenset(("campaign:" + c,)), set()).add(j)
    out = []
    shared_terms = postings.keys()
    for ma, xa, norm_a in zip(a, va, na, strict=True):
        dots: dict[int, float] = {}
        get = dots.get
        for t in xa.keys() & shared_terms:
            w = xa[t]
            for j, wb in postings[t]:
                dots[j] = get(j, 0.0) + w * wb
        for j in dots:
            dots[j] /= norm_a * nb[j]
        mine, my_campaigns, my_lines = _objects(ma), set(ma.get("campaigns", ())), _lines(ma)
        candidates = set(dots)
        for o in mine:
            candidates |= by_object.get(_title_words(o), set())
        for c in my_campaigns:
            candidates |= by_object.get(frozenset(("campaign:" + c,)), set())
        for j in sorted(candidates):
            mb = b[j]
            cos, anchor = dots.get(j, 0.0), None
            if mine and objects_b[j]:
                shared = _shared_object(mine, objects_b[j])
                if shared is None:
                    continue  # different objects: not the same commitment, however alike the sentences
                anchor = next(k for k in ma["objects"] if _identity(k) == shared
                              or _title_words(_identity(k)) == _title_words(shared))  # the later measure's key
                cos += SAME_OBJECT
            elif mine or objects_b[j]:
                cos += ONE_OBJECT
            if my_campaigns and campaigns_b[j]:
                series = sorted(my_campaigns & campaigns_b[j])
                if not series:
                    continue  # two named campaigns of different series
                cos += SAME_OBJECT
                anchor = anchor or "campaign:" + series[0]
            if my_lines and lines_b[j]:  # the bodies responsible, through their lineage
                if my_lines[0] == lines_b[j][0]:
                    cos += SAME_LEAD
                elif not set(my_lines) & set(lines_b[j]):
                    cos += OTHER_BODIES
            if cos > 0:
                out.append((ma["number"], mb["number"], round(cos, 4), anchor))
    return out


def _unique(measures: list[dict]) -> list[dict]:
    numbers = Counter(m["number"] for m in measures)
    return [m for m in measures if numbers[m["number"]] == 1]


def best_links(later_doc: str, earlier_doc: str, scores: list[tuple],
               threshold: float = THRESHOLD) -> list[Link]:
    """At most one earlier measure per later measure: its best, where the earlier measure has no better partner
    in the later plan or the two share an object (several later measures may restate one earlier measure's
    clauses, each on its own object)."""
    best_later: dict[int, tuple[int, float, str | None]] = {}
    best_earlier: dict[int, tuple[int, float]] = {}
    for a, b, s, *rest in scores:
        anchor = rest[0] if rest else None
        if s > best_later.get(a, (0, -1.0, None))[1]:
            best_later[a] = (b, s, anchor)
        if s > best_earlier.get(b, (0, -1.0))[1]:
            best_earlier[b] = (a, s)
    return [Link(later_doc, a, earlier_doc, b, s, anchor) for a, (b, s, anchor) in sorted(best_later.items())
            if (s >= threshold if anchor else s >= max(threshold, UNANCHORED) and best_earlier[b][0] == a)]


def one_per_plan(links: list[Link]) -> list[Link]:
    """The links taken best first, less each that would join two groups holding a measure of the same plan: a
    commitment appears at most once in a plan. The groups are those of one object (a measure acting on two
    instruments is in the chain of each), and those of links anchored on none."""
    root: dict[tuple, tuple] = {}
    plans: dict[tuple, set[str]] = {}

    def find(x):
        root.setdefault(x, x)
        plans.setdefault(x, {x[0]})
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x
    kept = []
    for lk in sorted(links, key=lambda lk: (-lk.score, lk.doc, lk.number, lk.earlier_doc, lk.earlier_number)):
        a, b = find((lk.doc, lk.number, lk.anchor)), find((lk.earlier_doc, lk.earlier_number, lk.anchor))
        if a != b:
            if plans[a] & plans[b]:
                continue
            root[a] = b
            plans[b] |= plans.pop(a)
        kept.append(lk)
    return sorted(kept, key=lambda lk: (lk.doc, lk.number, lk.earlier_doc, lk.earlier_number))


def select_links(scores: dict[tuple[str, str], list[tuple]], threshold: float = THRESHOLD) -> list[Link]:
    """The links of a corpus from the scores of its pairs of plans ((later, earlier) -> pair_scores)."""
    return one_per_plan([lk for (later, earlier), s in scores.items() for lk in best_links(later, earlier, s, threshold)])


def plan_pairs(records: dict[str, dict]) -> list[tuple[str, str]]:
    """(later, earlier) documents of plans in one language, the earlier for an earlier year."""
    plans = {d: r for d, r in records.items() if r.get("plan") and r["plan"].get("year") and r.get("measures")}
    return [(a, b) for a, ra in sorted(plans.items()) for b, rb in sorted(plans.items())
            if rb["plan"]["year"] < ra["plan"]["year"]
            and ra["document"]["language"] == rb["document"]["language"]]


def pair_links(later: dict, earlier: dict, threshold: float = THRESHOLD) -> list[tuple[int, int, float, str | None]]:
    """What one pair of plans offers the corpus's links (best_links of its scores), named by measure numbers alone
    (later, earlier, score, anchor): it depends on the two plans' summaries only, so it is cached by them."""
    return [(lk.number, lk.earlier_number, lk.score, lk.anchor)
            for lk in best_links("", "", pair_scores(later, earlier), threshold)]


def link_commitments(records: dict[str, dict], cache=None, workers: int | None = None) -> list[Link]:
    """The links of a corpus. cache (a PairStore: get(pairs) -> {pair: offered}, put({pair: offered})) keeps what
    each pair of plans offers from build to build; the pairs it does not hold are scored, in as many processes as
    there are processors (a pair is independent of every other), and put there."""
    pairs = plan_pairs(records)
    known = cache.get(pairs) if cache is not None else {}
    missing = [p for p in pairs if p not in known]
    fresh = dict(zip(missing, _score_all([(records[a], records[b]) for a, b in missing], workers), strict=True))
    if cache is not None and fresh:
        cache.put(fresh)
    offered = known | fresh
    return one_per_plan([Link(later, a, earlier, b, score, anchor) for (later, earlier) in pairs
                         for a, b, score, anchor in offered[later, earlier]])


def _pair(args: tuple[dict, dict]) -> list:
    return pair_links(*args)


def _score_all(jobs: list[tuple[dict, dict]], workers: int | None) -> list[list]:
    """pair_links of each (later, earlier) plan pair, in worker processes when there are enough pairs."""
    import multiprocessing as mp
    import os

    workers = workers or min(os.cpu_count() or 1, 8)
    if workers <= 1 or len(jobs) < 16 or "fork" not in mp.get_all_start_methods():
        return [pair_links(a, b) for a, b in jobs]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(_pair, jobs, chunksize=max(1, len(jobs) // (4 * workers))))
