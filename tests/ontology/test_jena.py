"""Validation agrees with an independent engine: Apache Jena's SHACL validator (Debian's libapache-jena-java),
fed the very graph pySHACL is run on, gives the same findings (focus node, shape, severity) on every shape
example and on the seed build. Skipped, with the reason, where Java or Jena is not installed."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH

from ipgraph.config import PROJECT_DIR
from ipgraph.home import current_build, dataset
from ipgraph.validate import RECOMMENDED, SHAPES, Validator

EXAMPLES = PROJECT_DIR / "ontology" / "examples"
JENA_JARS = Path("/usr/share/java")
# one short run: the client compiler only and one garbage-collector thread (the JVM's defaults spend more CPU
# compiling and collecting on their threads than the validation takes)
JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def _classpath(tmp: Path) -> str | None:
    if not shutil.which("java") or not (JENA_JARS / "jena-shacl.jar").exists():
        return None
    listing = subprocess.run(["dpkg-query", "-L", "libapache-jena-java"], capture_output=True, text=True).stdout
    jars = [ln for ln in listing.splitlines() if ln.endswith(".jar")]
    deps = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
                           "--no-breaks", "--no-replaces", "--no-enhances", "libapache-jena-java"],
                          capture_output=True, text=True).stdout
    for pkg in sorted({ln.strip() for ln in deps.splitlines() if ln and not ln.startswith(" ")}):
        out = subprocess.run(["dpkg-query", "-L", pkg], capture_output=True, text=True).stdout
        jars += [ln for ln in out.splitlines() if ln.startswith(str(JENA_JARS) + "/") and ln.endswith(".jar")]
    jars = [j for j in dict.fromkeys(jars) if not any(x in j for x in ("slf4j-log4j12", "slf4j-jdk14", "slf4j-simple",
                                                                         "slf4j-jcl", "log4j-over-slf4j"))]
    # Debian's jena-core keeps its copy of Xerces under the package `xerces` but its messages under
    # org/apache/jena/ext/xerces: put the messages where those classes look for them
    fix = tmp / "xerces-messages"
    with zipfile.ZipFile(JENA_JARS / "jena-core.jar") as z:
        for name in z.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = fix / "xerces" / name[len("org/apache/jena/ext/xerces/"):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(z.read(name))
    return ":".join([str(fix), *jars])


@pytest.fixture(scope="module")
def jena(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jena")
    cp = _classpath(tmp)
    if cp is None:
        pytest.skip("Java and Debian's libapache-jena-java are not installed (apt-get install libapache-jena-java)")
    shapes = tmp / "shapes.ttl"
    g = Graph().parse(PROJECT_DIR / "ontology" / SHAPES).parse(PROJECT_DIR / "ontology" / RECOMMENDED)
    g.serialize(shapes, format="turtle")

    def run(data: Graph) -> Graph:
        f = tmp / "data.nt"
        data.serialize(f, format="nt", encoding="utf-8")
        out = subprocess.run(["java", *JVM_FLAGS, "-cp", cp, "shacl.shacl", "validate", "--shapes", str(shapes), "--data", str(f)],
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        return Graph().parse(data=out.stdout, format="turtle")
    run.shapes = g
    return run


def findings(report: Graph, shapes: Graph) -> set[tuple[str, ...]]:
    """(focus node, path, constraint component, severity, shape): a property shape is a blank node of each
    engine's own copy of the shapes, so it is known by its path and component."""
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus, shape = report.value(r, SH.focusNode), report.value(r, SH.sourceShape)
        path = report.value(r, SH.resultPath)
        out.add((str(focus) if isinstance(focus, URIRef) else "_:blank",
                 str(path) if isinstance(path, URIRef) else "-" if path is None else "_:path",
                 str(report.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
                 str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                 str(shape) if isinstance(shape, URIRef) else "_:property-shape"))
    return out


def pyshacl_findings(data: Graph, shapes: Graph) -> set[tuple[str, str, str]]:
    _, report, _ = shacl_validate(data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=False)
    return findings(report, shapes)


def _examples_graph(validator: Validator) -> Graph:
    """Every example, its nodes under a namespace of its own so that no two interact, in one graph."""
    g = Graph()
    for path in sorted(EXAMPLES.rglob("*.ttl")):
        ns = f"https://example.org/{path.parent.name}/{path.stem}/"
        for t in validator.data_graph(Graph().parse(path)):
            g.add(tuple(URIRef(str(x).replace("https://example.org/", ns, 1)) if isinstance(x, URIRef) else x
                        for x in t))
    return g


def test_jena_agrees_on_every_example_and_on_the_seed_build(jena, built):
    """The examples (each under a namespace of its own) and the seed build's documents, with the reference
    triples their shapes reach, in one graph: no node of one is a node of another, so the findings on the
    whole are those on each part, and Java starts once."""
    validator = Validator(PROJECT_DIR / "ontology")
    data = _examples_graph(validator)
    ds = Dataset()
    ds.parse(dataset(current_build(built)), format="nquads")
    reference = ds.graph(URIRef(built.base_iri + "graph/reference"))
    for g in ds.graphs():
        if "/graph/document/" in str(g.identifier):
            for t in validator.data_graph(g, reference):
                data.add(t)
    ours, theirs = pyshacl_findings(data, jena.shapes), findings(jena(data), jena.shapes)
    assert ours == theirs, {"only pySHACL": sorted(ours - theirs), "only Jena": sorted(theirs - ours)}
    events = [f for f in ours if f[4].endswith("EventDateShape")]
    assert any(f[0].startswith("https://example.org/") for f in events)  # the warning pySHACL used to miss
    assert sum(1 for f in events if f[0].startswith(built.base_iri)) == 6  # the seed corpus's undated events
