"""SHACL validation with pySHACL: violations fail, warnings are reported."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from ipgraph.pyshacl_adapter import quicker_pyshacl, shapes_graph

SHAPES = "shapes/ipo-shapes.ttl"
RECOMMENDED = "shapes/ipo-shapes-recommended.ttl"


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" | "Warning"
    source: str  # document id or file the focus node came from
    focus: str
    path: str | None
    message: str
    shape: str
    value: str | None = None

    def text(self) -> str:
        where = f" path {self.path}" if self.path else ""
        val = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {self.source}: {self.focus}{where}: {self.message}{val} [{self.shape}]"


class Findings(Sequence):
    """Findings, some held in memory, the others in files of one source each (a document's, written with it: see
    ipgraph.build), counted without being read and read one file at a time: a build of many documents holds
    none of theirs. A file holds (the findings, their lines of the report: result_lines)."""

    def __init__(self, items=(), parts=()):
        self.items: list[Finding] = list(items)
        self.parts: list[tuple[str, int, Path]] = list(parts)  # (source, how many, file)

    def __len__(self) -> int:
        return len(self.items) + sum(n for _, n, _ in self.parts)

    def __iter__(self):
        yield from self.items
        for _, n, path in self.parts:
            if n:
                yield from _part(path)[0]

    def __getitem__(self, i):
        return list(self)[i]

    def __iadd__(self, other):
        if isinstance(other, Findings):
            self.items += other.items
            self.parts += other.parts
        else:
            self.items += list(other)
        return self

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def sources(self, rendered: dict[str, list[str]]):
        """(source, its lines of the report) in the report's order: the lines a file or rendered holds where they
        are all the source's findings, else rendered now."""
        by: dict[str, list[Finding]] = {}
        for f in self.items:
            by.setdefault(f.source, []).append(f)
        files: dict[str, list[tuple[int, Path]]] = {}
        for source, n, path in self.parts:
            if n:
                files.setdefault(source, []).append((n, path))
        for source in sorted(by.keys() | files.keys()):
            mine, kept = by.get(source, []), files.get(source, [])
            if not mine and len(kept) == 1:
                yield source, _part(kept[0][1])[1]
                continue
            found = mine + [f for _, path in kept for f in _part(path)[0]]
            lines = rendered.get(source)
            yield source, lines if lines is not None and len(lines) == len(found) else \
                result_lines(ValidationResult(True, [], found))


def _part(path: Path) -> tuple[list[Finding], list[str]]:
    import pickle

    with open(path, "rb") as f:
        return pickle.load(f)


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    report: Graph = field(default_factory=Graph)

    def summary(self) -> str:
        head = f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)"
        lines = [f.text() for f in self.violations[:50]]
        if len(self.violations) > 50:
            lines.append(f"... and {len(self.violations) - 50} more violations")
        return head + ("\n" + "\n".join(lines) if lines else "")

    def merge(self, other: ValidationResult) -> None:
        self.conforms = self.conforms and other.conforms
        self.violations += other.violations
        self.warnings += other.warnings
        if other.report is not None and self.report is not None:
            self.report += other.report

    def to_json(self) -> str:
        return json.dumps({"conforms": self.conforms,
                           "violations": [f.__dict__ for f in self.violations],
                           "warnings": [f.__dict__ for f in self.warnings]}, indent=2)

    def to_junit(self) -> str:
        from xml.sax.saxutils import escape, quoteattr

        by: dict[str, list[Finding]] = {}
        for f in self.violations:
            by.setdefault(f.source, []).append(f)
        cases = []
        for src, fs in sorted(by.items()):
            for f in fs:
                cases.append(f'<testcase classname={quoteattr(src)} name={quoteattr(f.focus + " " + (f.path or ""))}>'
                             f'<failure message={quoteattr(f.message)}>{escape(f.text())}</failure></testcase>')
        if not cases:
            cases.append('<testcase classname="ipgraph" name="shapes conform"/>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<testsuite name="ipgraph-shacl" tests="{len(cases)}" failures="{len(self.violations)}">'
                + "".join(cases) + "</testsuite>\n")


class Validator:
    def __init__(self, ontology_dir: Path):
        quicker_pyshacl()
        ontology_dir = Path(ontology_dir)
        self.ontology = Graph().parse(ontology_dir / "ipo.ttl")
        self.shapes = shapes_graph()
        self.shapes.parse(ontology_dir / SHAPES)
        self.shapes.parse(ontology_dir / RECOMMENDED)
        # what SHACL reads of the ontology: class membership (sh:class, sh:targetClass) through
        # rdf:type and rdfs:subClassOf
        self.schema = [t for t in self.ontology if t[1] in (RDF.type, RDFS.subClassOf)]
        self.reach = _reach(self.shapes)

    def _shape_name(self, shape) -> str:
        """The named node shape a (blank) property shape belongs to."""
        if shape is None:
            return ""
        if isinstance(shape, URIRef):
            return str(shape)
        parent = self.shapes.value(predicate=SH.property, object=shape)
        return str(parent) if parent is not None else str(shape)

    def context(self, data: Graph, context: Graph) -> set:
        """The triples of context the shapes can read from the nodes of data: those of every node data
        mentions, then of the nodes those reach, as far as the longest path of the shapes goes, and the
        types of the last nodes. With shapes whose paths go backwards or arbitrarily far, all of context."""
        if self.reach is None:
            return set(context)
        out: set = set()
        nodes = {n for t in data for n in (t[0], t[2]) if not isinstance(n, Literal)}
        seen = set(nodes)
        for _ in range(self.reach):
            nxt = set()
            for n in nodes:
                for t in context.triples((n, None, None)):
                    out.add(t)
                    if not isinstance(t[2], Literal) and t[2] not in seen:
                        nxt.add(t[2])
            seen |= nxt
            nodes = nxt
        for n in nodes:
            out.update(context.triples((n, RDF.type, None)))
        return out

    def added(self, data: Graph, context: Graph | None = None) -> list:
        """What validation adds to data: the ontology's class hierarchy and the triples of context the shapes
        can reach from it."""
        extra = set(self.schema)
        if context is not None:
            extra |= self.context(data, context)
        return [t for t in extra if t not in data]

    def data_graph(self, data: Graph, context: Graph | None = None) -> Graph:
        """The graph the shapes are run on for data: data with what validation adds (for other validators)."""
        g = Graph()
        for t in data:
            g.add(t)
        for t in self.added(data, context):
            g.add(t)
        return g

    def validate(self, data: Graph, source: str, context: Graph | None = None) -> ValidationResult:
        """Validate data (one document's graph, or a file) with the ontology's class hierarchy; context
        (reference data) is mixed in for what the data only points to. Findings are about nodes data
        describes. data is returned unchanged (the context is added to it for the run, then taken out)."""
        focus_in_data = set(data.subjects())
        added = self.added(data, context)
        for t in added:
            data.add(t)
        try:
            conforms, report, _ = shacl_validate(data, shacl_graph=self.shapes, inference="none", inplace=True,
                                                 allow_warnings=True, advanced=False, meta_shacl=False)
        finally:
            for t in added:
                data.remove(t)
        res = ValidationResult(conforms=True, report=report)
        for r in report.subjects(RDF.type, SH.ValidationResult):
            sev = report.value(r, SH.resultSeverity)
            focus = report.value(r, SH.focusNode)
            if context is not None and focus not in focus_in_data:
                continue
            f = Finding(
                severity="Violation" if sev == SH.Violation else "Warning" if sev == SH.Warning else "Info",
                source=source, focus=str(focus), path=_path(report, report.value(r, SH.resultPath)),
                message=str(report.value(r, SH.resultMessage) or ""),
                shape=self._shape_name(report.value(r, SH.sourceShape)),
                value=str(report.value(r, SH.value)) if report.value(r, SH.value) is not None else None,
            )
            (res.violations if f.severity == "Violation" else res.warnings).append(f)
        res.conforms = not res.violations
        return res


def _reach(shapes: Graph) -> int | None:
    """How many steps from a focus node the shapes read (the longest sequence path), or None when a path
    goes backwards or arbitrarily far, or a SPARQL constraint can read anything."""
    for p in (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath, SH.sparql, SH.select):
        if (None, p, None) in shapes:
            return None
    longest = 1
    for path in shapes.objects(None, SH.path):
        if (path, RDF.first, None) in shapes:
            longest = max(longest, len(list(shapes.items(path))))
    return longest


def _path(report: Graph, p) -> str | None:
    if p is None:
        return None
    if isinstance(p, URIRef):
        return str(p)
    items = list(report.items(p)) if (p, RDF.first, None) in report else []
    return " / ".join(str(i) for i in items) if items else str(p)


def _order(f: Finding) -> tuple:
    return (f.source, f.focus, f.path or "", f.shape, f.message, f.value or "")


def result_lines(result: ValidationResult) -> list[str]:
    """The lines of the validation report for the findings of result, in the report's order: a document's,
    made once with it and kept, so that a build writes the report without rendering every finding again."""
    from rdflib import Literal

    def lit(v: str) -> str:
        return Literal(v).n3()

    def node(v: str) -> str:
        return URIRef(v).n3() if "://" in v and " " not in v else lit(v)

    out = []
    for f in sorted(result.violations, key=_order) + sorted(result.warnings, key=_order):  # the same bytes each build
        parts = ["a sh:ValidationResult", "sh:resultSeverity " + ("sh:Violation" if f.severity == "Violation" else "sh:Warning"),
                 f"sh:focusNode {node(f.focus)}"]
        if f.path and "://" in f.path and " " not in f.path:
            parts.append(f"sh:resultPath {URIRef(f.path).n3()}")
        parts.append(f"sh:resultMessage {lit(f.message)}")
        if f.shape.startswith("http"):
            parts.append(f"sh:sourceShape {URIRef(f.shape).n3()}")
        if f.value is not None:
            parts.append(f"sh:value {lit(f.value)}")
        parts.append(f"dcterms:source {lit(f.source)}")
        out.append("    sh:result [ " + " ; ".join(parts) + " ]")
    return out


def report_turtle(result: ValidationResult, rendered: dict[str, list[str]] | None = None) -> str:
    """A SHACL validation report of every finding, each naming the document (or file) it comes from
    (dcterms:source), as Turtle written directly: a build may carry thousands of findings. rendered holds the
    lines of some sources' findings made before (result_lines of theirs alone: every finding of a document
    names it as its source); the findings of the others are rendered here (see write_report)."""
    import io

    out = io.StringIO()
    write_report(out, result, rendered)
    return out.getvalue()


def write_report(out, result: ValidationResult, rendered: dict[str, list[str]] | None = None) -> None:
    """The report of report_turtle written to out (a text file) as it is made: the findings kept in files
    (Findings) are read one source at a time."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    rendered = rendered or {}
    out.write("@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix dcterms: <http://purl.org/dc/terms/> .\n\n"
              "[] a sh:ValidationReport ;\n")
    last = f"    sh:conforms {Literal(result.conforms, datatype=XSD.boolean).n3()}"
    if result.violations:
        groups = [("", result_lines(result))]
    else:
        found = result.warnings if isinstance(result.warnings, Findings) else Findings(result.warnings)
        groups = found.sources(rendered)
    for _source, lines in groups:
        for ln in lines:
            out.write(last + " ;\n")
            last = ln
    out.write(last + " .\n")
