"""Synthetic but realistic policy graphs for benchmarks, in the ipgraph vocabulary and IRI scheme:
annual plans with 8 parts and ~90 measures each, 1-12 responsible agencies per measure (ranked, the
first the lead), agency lineage, law revisions, officials with posts, events, and the evidence
annotation of every measure.

    python bench/generate.py --triples 1000000 --out bench/data/policy-1m.nq

Each plan (with what it reports) is one named graph. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ipgraph.iris import Minter

MINT = Minter("https://w3id.org/ipgraph/")
IPO = "https://w3id.org/ipgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WORDS = ("patent trademark copyright examination quality enforcement campaign service industry talent "
         "geographical indication plant variety folklore customs court pilot alliance standard finance "
         "agriculture forestry medicine software internet publicity culture education").split()
LAWS = ["patent-law", "trademark-law", "copyright-law", "seed-law", "anti-unfair-competition-law",
        "regulation-on-integrated-circuits", "regulation-on-plant-varieties", "customs-ip-regulation"]


def iri(x: str) -> str:
    return f"<{x}>"


def lit(v, dt: str | None = None, lang: str | None = None) -> str:
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"' + (f"^^<{dt}>" if dt else f"@{lang}" if lang else "")


def generate(triples: int, seed: int = 7):
    rnd = random.Random(seed)
    agencies = [str(MINT.agency_key(f"a{i:02d}")) for i in range(60)]
    ref = str(MINT.graph("reference"))
    out = []

    def q(s, p, o, g):
        out.append(f"{s} {p} {o} {iri(g)} .\n")

    for i, a in enumerate(agencies):
        q(iri(a), iri(RDF_TYPE), iri(IPO + "GovernmentAgency"), ref)
        q(iri(a), iri(SKOS + "notation"), lit(f"A{i:02d}"), ref)
        q(iri(a), iri(SKOS + "prefLabel"), lit(f"Agency number {i}", lang="en"), ref)
        if i >= 50:
            q(iri(a), iri(IPO + "predecessor"), iri(agencies[i - 50]), ref)
    for law in LAWS:
        q(iri(str(MINT.iri_for("instrument", law))), iri(RDF_TYPE), iri(IPO + "Law"), ref)
        q(iri(str(MINT.iri_for("instrument", law))), iri(DCT + "title"), lit(law.replace("-", " ").title(), lang="en"), ref)
    yield from out
    out.clear()
    n, plan_no = len(agencies) * 3 + len(LAWS) * 2, 0
    while n < triples:
        plan_no += 1
        year = 2008 + plan_no % 15
        doc = str(MINT.document(f"plan-{plan_no:05d}"))
        g = str(MINT.graph("document", f"plan-{plan_no:05d}"))
        plan = str(MINT.iri_for("instrument", f"plan-{plan_no:05d}"))
        q(iri(doc), iri(RDF_TYPE), iri(IPO + "Document"), g)
        q(iri(doc), iri(DCT + "identifier"), lit(f"plan-{plan_no:05d}"), g)
        q(iri(doc), iri(DCT + "title"), lit(f"Promotion Plan {plan_no} in {year}", lang="en"), g)
        q(iri(doc), iri(DCT + "issued"), lit(f"{year}-04-{1 + plan_no % 28:02d}", XSD + "date"), g)
        q(iri(plan), iri(RDF_TYPE), iri(IPO + "Plan"), g)
        q(iri(plan), iri(IPO + "planYear"), lit(year, XSD + "gYear"), g)
        q(iri(plan), iri(IPO + "publishedIn"), iri(doc), g)
        number = 0
        for part in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII"):
            p = f"{plan}/part/{part}"
            q(iri(p), iri(RDF_TYPE), iri(IPO + "PlanPart"), g)
            q(iri(p), iri(IPO + "numeral"), lit(part), g)
            q(iri(p), iri(IPO + "partOf"), iri(plan), g)
            for _ in range(rnd.randint(9, 13)):
                number += 1
                m = f"{plan}/measure/{number}"
                text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(12, 30)))
                q(iri(m), iri(RDF_TYPE), iri(IPO + "Measure"), g)
                q(iri(m), iri(IPO + "number"), lit(number, XSD + "integer"), g)
                q(iri(m), iri(IPO + "inPlan"), iri(plan), g)
                q(iri(m), iri(IPO + "inPart"), iri(p), g)
                q(iri(m), iri(IPO + "text"), lit(text.capitalize() + ".", lang="en"), g)
                chosen = rnd.sample(agencies, min(len(agencies), max(1, int(rnd.paretovariate(1.6)))))[:12]
                for rank, a in enumerate(chosen, 1):
                    r = f"{m}/responsibility/{rank}"
                    q(iri(m), iri(IPO + "responsibility"), iri(r), g)
                    q(iri(r), iri(RDF_TYPE), iri(IPO + "Responsibility"), g)
                    q(iri(r), iri(IPO + "agency"), iri(a), g)
                    q(iri(r), iri(IPO + "rank"), lit(rank, XSD + "integer"), g)
                    q(iri(m), iri(IPO + "responsibleAgency"), iri(a), g)
                q(iri(m), iri(IPO + "leadAgency"), iri(chosen[0]), g)
                ann = str(MINT.iri_for("evidence", f"plan-{plan_no:05d}/{number}"))
                q(iri(ann), iri(RDF_TYPE), iri(IPO + "Evidence"), g)
                q(iri(ann), iri(OA + "hasBody"), iri(m), g)
                q(iri(ann), iri(OA + "hasTarget"), iri(ann + "#target"), g)
                q(iri(ann + "#target"), iri(OA + "hasSource"), iri(doc), g)
                q(iri(ann + "#target"), iri(OA + "hasSelector"), iri(ann + "#position"), g)
                q(iri(ann + "#position"), iri(OA + "start"), lit(number * 300, XSD + "integer"), g)
                q(iri(ann + "#position"), iri(OA + "end"), lit(number * 300 + 250, XSD + "integer"), g)
                if text.startswith(("patent", "trademark", "copyright")) or rnd.random() < 0.04:
                    law = rnd.choice(LAWS)
                    rev = str(MINT.iri_for("revision", f"{law}/plan-{plan_no:05d}-measure-{number}"))
                    q(iri(rev), iri(RDF_TYPE), iri(IPO + "Revision"), g)
                    q(iri(rev), iri(IPO + "revises"), iri(str(MINT.iri_for("instrument", law))), g)
                    q(iri(rev), iri(IPO + "calledForBy"), iri(m), g)
                    q(iri(rev), iri(IPO + "reportedIn"), iri(doc), g)
                    q(iri(rev), iri(IPO + "revisionStatus"), iri(IPO + "Planned"), g)
        for k in range(3):
            person = str(MINT.iri_for("person", f"p{plan_no:05d}-{k}"))
            post = str(MINT.iri_for("post", f"a{(plan_no + k) % 60:02d}--deputy-commissioner"))
            h = str(MINT.iri_for("post-holding", f"plan-{plan_no:05d}/{k}"))
            q(iri(person), iri(RDF_TYPE), iri(IPO + "Person"), g)
            q(iri(person), iri(FOAF + "name"), lit(f"Official {plan_no}-{k}"), g)
            q(iri(person), iri(ORG + "holds"), iri(post), g)
            q(iri(post), iri(IPO + "roleTitle"), lit("Deputy Commissioner", lang="en"), g)
            q(iri(post), iri(ORG + "postIn"), iri(agencies[(plan_no + k) % 60]), g)
            q(iri(h), iri(IPO + "holder"), iri(person), g)
            q(iri(h), iri(IPO + "post"), iri(post), g)
            q(iri(h), iri(IPO + "attestedIn"), iri(doc), g)
        ev = str(MINT.iri_for("event", f"plan-{plan_no:05d}"))
        q(iri(ev), iri(RDF_TYPE), iri(IPO + "Event"), g)
        q(iri(ev), iri("http://www.w3.org/2000/01/rdf-schema#label"), lit(f"Press conference {plan_no}", lang="en"), g)
        q(iri(ev), iri(IPO + "date"), lit(f"{year}-03-{1 + plan_no % 28:02d}", XSD + "date"), g)
        q(iri(ev), iri(IPO + "organiser"), iri(rnd.choice(agencies)), g)
        n += len(out)
        yield from out
        out.clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for line in generate(args.triples, args.seed):
            f.write(line)
            n += 1
    print(f"{args.out}: {n} quads")


if __name__ == "__main__":
    main()
