"""`ipgraph import`: RDF files a researcher brings, each added to the home as its own named graph.

A file that does not parse is refused with the parser's message and position, and the home is unchanged.
The imported graphs are part of every later build of the home; importing a file of the same name
again replaces its graph.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ipgraph import formats, nquads
from ipgraph._text import slug
from ipgraph.checks import CheckedTriples
from ipgraph.config import Settings
from ipgraph.errors import BuildNotFound, SourceError
from ipgraph.home import DATASET, IMPORTS, current_build, imported_files, manifest, records
from ipgraph.iris import Minter
from ipgraph.publish import BuildReport, Publication, QuadChunk, publish
from ipgraph.queries import QueryCatalog
from ipgraph.validate import ValidationResult

FORMATS = formats.IMPORT_EXTENSIONS


def graph_iri(settings: Settings, name: str) -> str:
    return str(Minter(settings.base_iri).graph("import", name))


def read_rdf(path: Path) -> list[ox.Quad]:
    """The quads of an RDF file, its format by extension; SourceError with the parser's position."""
    return _parsed(path, list)


def _parsed(path: Path, consume):
    """consume(the quads of an RDF file, as they are parsed), its format by extension; a parse error is a
    SourceError with the parser's position."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(path, f"unknown RDF format {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}")
    if not path.is_file():
        raise SourceError(path, "no such file")
    try:
        return consume(ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        raise SourceError(path, f"does not parse as {fmt}: {e}") from e
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise SourceError(path, f"cannot be read as {fmt}: {e}") from e


def parse_file(settings: Settings, path: Path) -> tuple[str, bytes]:
    """(name, N-Quads of the file's triples in its named graph), streamed from the parser to the serialiser
    (no list of the file's quads: a 10M-triple file would hold several GB of Python objects)."""
    name = slug(Path(path).stem)
    g = ox.NamedNode(graph_iri(settings, name))
    data = _parsed(path, lambda quads: ox.serialize((ox.Quad(q.subject, q.predicate, q.object, g) for q in quads),
                                                    format=ox.RdfFormat.N_QUADS))
    if not data:
        raise SourceError(path, "holds no triples")
    return name, data


def import_files(settings: Settings, files: list[Path]) -> BuildReport:
    parsed = [parse_file(settings, f) for f in files]  # every file parses before anything is written
    names = [n for n, _ in parsed]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise SourceError(files[0], f"two files would become the same graph {dup}; rename one")
    home = Path(settings.home)
    import_prefix = Minter(settings.base_iri).graph_prefix("import")
    try:
        cur = current_build(settings)
        base_lines = [ln for ln in (cur / DATASET).read_text(encoding="utf-8").splitlines()
                      if ln.strip() and not nquads.graph_of(ln).startswith(import_prefix)]
        built = manifest(cur)
        docs = records(cur)
        counts, warnings = built.get("counts", {}), built.get("warnings", [])
    except BuildNotFound:
        cur, base_lines, docs, counts, warnings = None, [], {}, {}, []
    new = dict(parsed)
    kept = {p.stem: p.read_bytes() for p in imported_files(home) if p.stem not in new}
    chunks = [QuadChunk.of_lines(base_lines)]
    chunks += [QuadChunk.of(data) for _, data in sorted({**kept, **new}.items())]
    checked = CheckedTriples(QueryCatalog(settings.queries_dir)).select([ln for c in chunks for ln in c.lines()])
    imports = sorted(set(kept) | set(names))
    # publish first, then keep the files: a failed publish leaves the home as it was
    report = publish(settings, Publication(chunks, [checked], ValidationResult(conforms=True), docs, counts, warnings,
                                           imports, carry_from=cur))
    (home / IMPORTS).mkdir(parents=True, exist_ok=True)
    for name, data in parsed:
        tmp = home / IMPORTS / f".{name}.nq.tmp"
        tmp.write_bytes(data)
        tmp.replace(home / IMPORTS / f"{name}.nq")
    return report
