"""The `ipgraph` command: a thin click group. Builds Settings, calls the library, maps errors to exit codes.

Exit codes: 0 OK; 1 data does not conform; 2 user or input error; 3 unexpected bug.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from ipgraph import __version__
from ipgraph.config import Settings
from ipgraph.errors import IpgraphError, ValidationFailed
from ipgraph.kinds import search_kinds

EXIT_OK, EXIT_NONCONFORMING, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3


def _settings(home: str | None) -> Settings:
    return Settings(home=Path(home)) if home else Settings()


def _graph(home: str | None):
    """The home's graph through the Python API (ipgraph.open): the commands are a layer over it."""
    from ipgraph.graph import Graph

    return Graph(_settings(home))


home_option = click.option("--home", "home", envvar="IPGRAPH_HOME", type=click.Path(file_okay=False),
                           help="Where the built graph lives (default: build/ in the project; env IPGRAPH_HOME).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ipgraph")
def cli() -> None:
    """ipgraph: a knowledge graph of Chinese intellectual-property policy."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-validate", is_flag=True, help="Skip the SHACL shapes of the documents (faster; the QC checks still run).")
@click.option("--corrections", "fixes", multiple=True, type=click.Path(path_type=Path),
              help="A folder (or file) of corrections to apply, beside the home's corrections/ (repeatable).")
@click.option("--strict", is_flag=True, help="A correction that no longer applies is an error, not a warning.")
@home_option
def build(paths: tuple[Path, ...], no_validate: bool, fixes: tuple[Path, ...], strict: bool, home: str | None) -> None:
    """Build the graph from corpus files or folders (default: data/corpus/).

    Documents whose content has not changed since the last build of the home are taken from its cache. The
    corrections of the home (its corrections/ folder) and of --corrections are applied."""
    from ipgraph.extract import find_sources

    settings = _settings(home)
    files = find_sources(list(paths) or [settings.corpus_dir])
    with click.progressbar(length=len(files), label="Extracting", file=sys.stderr,
                           show_pos=True) as bar, _graph(home) as g:
        report = g.build(list(paths) or None, progress=lambda _doc: bar.update(1), validate=not no_validate,
                         corrections=list(fixes), strict=strict)
    c = report.counts
    click.echo(f"Built {report.documents} document(s) into {report.build_dir}: {report.quads} quads; "
               f"{c['measures']} measures, {c['posts']} posts, {c['instruments']} instrument mentions, "
               f"{c['revisions']} revisions, {c['events']} events, {c['statistics']} statistics.")
    v = report.validation
    if no_validate:
        click.echo("SHACL: skipped (--no-validate).")
    else:
        click.echo(f"SHACL: conforms; {len(v.warnings)} warning(s) (see {report.build_dir / 'validation.ttl'}).")
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "ttl", "json", "junit"]), default="text",
              help="Report format: text, the SHACL report as Turtle, JSON, or JUnit XML for CI dashboards.")
@click.option("--warnings/--no-warnings", "show_warnings", default=False, help="Also list warnings (text format).")
@home_option
def validate(files: tuple[Path, ...], fmt: str, show_warnings: bool, home: str | None) -> None:
    """Validate the built graph, or RDF FILES a contributor wants to add, against the shapes."""
    from ipgraph.validate_files import validate_build, validate_files

    settings = _settings(home)
    result = validate_files(settings, list(files)) if files else validate_build(settings)
    if fmt == "ttl":
        from ipgraph.validate import report_turtle

        click.echo(report_turtle(result), nl=False)
    elif fmt == "json":
        click.echo(result.to_json())
    elif fmt == "junit":
        click.echo(result.to_junit())
    else:
        for f in result.violations:
            click.echo(f.text())
        if show_warnings:
            for f in result.warnings:
                click.echo(f.text())
        click.echo(("Conforms" if result.conforms else "Does not conform") +
                   f": {len(result.violations)} violation(s), {len(result.warnings)} warning(s).")
    if not result.conforms:
        sys.exit(EXIT_NONCONFORMING)


@cli.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["csv", "tsv", "json", "xml", "ttl", "nt", "jsonld"]), default="csv")
@home_option
def query(name: str, params: tuple[str, ...], fmt: str, home: str | None) -> None:
    """Run a stored query by NAME (see `ipgraph queries`) or a SPARQL FILE.rq."""
    from ipgraph.errors import QueryParamError
    from ipgraph.store import serialize
    from ipgraph.stored import no_rows

    values = []
    for p in params:
        if "=" not in p:
            raise QueryParamError(f"parameter {p!r} must be NAME=VALUE")
        k, v = p.split("=", 1)
        values.append((k.strip(), v))
    with _graph(home) as g:
        body = serialize(g.answer(name, values), fmt)
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
        if no_rows(body, fmt):
            reason = g.why_empty(name)
            click.echo(f"no rows{': ' + reason if reason else ''}", err=True)


@cli.command()
@click.argument("items", nargs=-1, required=True)
@click.option("--no-validate", is_flag=True, help="Skip the SHACL shapes of the documents (faster).")
@home_option
def add(items: tuple[str, ...], no_validate: bool, home: str | None) -> None:
    """Fetch web pages (http/https URLs) or copy files (HTML, PDF, Word, text) into the home's corpus, each with
    a sidecar .meta.yaml (url, retrieved, content type, publisher, date), then build the home."""
    with _graph(home) as g:
        added, report = g.add(*items, validate=not no_validate)
    for a in added:
        click.echo(f"added {a.doc_id}: {a.path}" + (f" (from {a.url})" if a.url else ""))
    click.echo(f"Built {report.documents} document(s) into {report.build_dir}: {report.quads} quads.")
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@home_option
def import_(files: tuple[Path, ...], home: str | None) -> None:
    """Add RDF files (N-Triples, Turtle, TriG, N-Quads, RDF/XML, JSON-LD) to the home, each as its own named graph."""
    from ipgraph._text import slug
    from ipgraph.imports import graph_iri, import_files

    settings = _settings(home)
    report = import_files(settings, list(files))
    for f in files:
        click.echo(f"{f}: graph <{graph_iri(settings, slug(Path(f).stem))}>")
    click.echo(f"New build {report.build_dir}: {report.quads} quads.")


@cli.command()
@click.option("--to", "graph_store", default=None, help="Graph Store Protocol endpoint (env IPGRAPH_GRAPH_STORE), "
              "e.g. http://127.0.0.1:7878/store for Oxigraph server.")
@click.option("--query-endpoint", default=None, help="Its SPARQL query endpoint (env IPGRAPH_SPARQL_ENDPOINT), "
              "used to find graphs to delete, e.g. http://127.0.0.1:7878/query.")
@home_option
def push(graph_store: str | None, query_endpoint: str | None, home: str | None) -> None:
    """Load the current build into a SPARQL store: each named graph, and their union as the default graph."""
    from ipgraph.errors import IpgraphError
    from ipgraph.home import current_build
    from ipgraph.store import push as run_push

    settings = _settings(home)
    graph_store = graph_store or settings.graph_store
    query_endpoint = query_endpoint or settings.sparql_endpoint
    if not graph_store or not query_endpoint:
        raise IpgraphError("give the store's Graph Store endpoint (--to or IPGRAPH_GRAPH_STORE) and its query "
                           "endpoint (--query-endpoint or IPGRAPH_SPARQL_ENDPOINT)")
    out = run_push(current_build(settings), graph_store, query_endpoint)
    click.echo(f"Pushed {out['graphs']} graph(s) and their union to {graph_store}; deleted {out['deleted']} stale graph(s).")
    if out.get("union"):
        click.echo(f"The store keeps no default graph of its own: the union is the graph <{out['union']}>, which "
                   "`ipgraph serve` gives as the default graph of every query.")


def _field(raw: str) -> tuple[str, object]:
    """A field of a correction as the command line gives it: key=value, with a measure's number as a number,
    agencies and spans as lists (a,b), and a measure of a link as DOCUMENT/NUMBER."""
    key, eq, value = raw.partition("=")
    key = key.strip()
    if not eq or not key:
        raise click.BadParameter(f"{raw!r}: give a field as key=value", param_hint="-v")
    if key in ("measure",) and value.strip().isdigit():
        return key, int(value)
    if key in ("agencies",):
        return key, [v.strip() for v in value.split(",") if v.strip()]
    if key == "span":
        parts = [v.strip() for v in value.split(",")]
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise click.BadParameter(f"{raw!r}: a span is START,END", param_hint="-v")
        return key, [int(p) for p in parts]
    if key in ("later", "earlier"):
        doc, _, number = value.rpartition("/")
        if not doc or not number.isdigit():
            raise click.BadParameter(f"{raw!r}: a measure of a link is DOCUMENT/NUMBER", param_hint="-v")
        return key, {"document": doc, "measure": int(number)}
    return key, value


@cli.command()
@click.argument("action", type=click.Choice(["remove", "add", "replace", "same", "not-same"]))
@click.argument("what", nargs=-1, required=True)
@click.option("-v", "--set", "fields", multiple=True, metavar="KEY=VALUE",
              help="A field of the entry: document=ID, person=NAME, role=..., measure=N, agencies=A,B, "
                   "evidence=WORDS, span=START,END, later=DOC/N, earlier=DOC/N, title=..., date=YYYY-MM-DD.")
@click.option("--reason", required=True, help="What is wrong, and how it was checked.")
@click.option("--by", "author", required=True, help="Who makes the correction.")
@click.option("--when", "day", help="The day of the correction, YYYY-MM-DD (default: today).")
@click.option("--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="The corrections file to write to (default: {home}/corrections/corrections.yaml).")
@home_option
def correct(action: str, what: tuple[str, ...], fields: tuple[str, ...], reason: str, author: str, day: str | None,
            file: Path | None, home: str | None) -> None:
    """Write a correction of what the loader read, after checking that the current build has its target.

    ACTION is remove, add or replace with the kind of fact (post, event, instrument, link; agencies, title,
    date), or same / not-same with the nodes (IRIs, or paths as agency/cnipa). The next build applies it.

    \b
    ipgraph correct remove post -v document=000_2da1fe44ba253dec -v "person=Li Ming" --reason "..." --by "A. Researcher"
    ipgraph correct replace agencies -v document=004_2f910b4b67935e32 -v measure=3 -v agencies=MOST,SIPO --reason ... --by ...
    ipgraph correct same agency/sipo agency/unknown-body --reason ... --by ...
    """
    action = action.replace("-", " ")
    entry: dict = {action: what[0] if action in ("remove", "add", "replace") or len(what) == 1 else list(what)}
    if action in ("remove", "add", "replace") and len(what) != 1:
        raise click.BadParameter("give one kind of fact (post, event, instrument, link, agencies, title, date)",
                                 param_hint="WHAT")
    entry.update(dict(_field(f) for f in fields))
    entry.update({"reason": reason, "by": author, **({"when": day} if day else {})})
    with _graph(home) as g:
        path, line = g.correct(entry, file)
    click.echo(f"Wrote the correction at {path}:{line}; the next `ipgraph build` applies it.")


@cli.command("corrections")
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text", show_default=True)
@home_option
def list_corrections(fmt: str, home: str | None) -> None:
    """List the corrections of the home, each with its state in the current build (applied, redundant, no
    longer applies, or not built yet)."""
    with _graph(home) as g:
        result = g.corrections()
    if fmt == "csv":
        click.echo(result.to_csv(), nl=False)
        return
    for r in result:
        click.echo(f"{r['where']:32} {r['action']:18} {r['state']:20} {r['document'] or ''}\n{'':32} {r['reason']} "
                   f"({r['by']}, {r['date']})")
    if not result.rows:
        click.echo("no corrections (write one with `ipgraph correct`, or in {home}/corrections/*.yaml)", err=True)


@cli.command("queries")
def list_queries() -> None:
    """List the stored queries with their parameters."""
    from ipgraph.queries import QueryCatalog

    for q in QueryCatalog(Settings().queries_dir).all():
        params = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
        click.echo(f"{q.name:28} {q.title}" + (f"  [{params}]" if params else ""))


@cli.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@home_option
def facts(out_dir: Path, home: str | None) -> None:
    """Write the six fact tables (CSV) by running queries/facts/*.rq on the built graph."""
    with _graph(home) as g:
        written = g.write_facts(out_dir)
    for path, rows in written:
        click.echo(f"{path}: {rows} row(s)")


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(search_kinds()),
              help="Only hits of this kind.")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="How many hits.")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
@home_option
def search(words: tuple[str, ...], kind: str | None, limit: int, fmt: str, home: str | None) -> None:
    """Full-text search of the built graph: document sentences, measure texts, labels and acronyms (English or Chinese)."""
    import csv
    import json

    with _graph(home) as g:
        hits = g.search(" ".join(words), kind=kind, limit=limit)
    rows = [{k: ("" if v is None else v) for k, v in hit.items()} for hit in hits]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["kind"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        for r in rows:
            where = f"  {r['document']} {r['start']}-{r['end']}" if r["kind"] == "sentence" else ""
            click.echo(f"{r['score']:8.2f}  {r['kind']:<10} {r['title']}{where}\n          {r['snippet']}\n          {r['iri']}")
        if not rows:
            click.echo("no hits", err=True)


@cli.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1; env IPGRAPH_HOST).")
@click.option("--port", default=None, type=int, help="Port to listen on (default 8000; env IPGRAPH_PORT).")
@home_option
def serve(host: str | None, port: int | None, home: str | None) -> None:
    """Serve the built graph: SPARQL endpoint, stored queries, linked data and the query UI.

    Builds the bundled corpus first when the home has no build yet.
    """
    import uvicorn

    from api import create_app
    from ipgraph.build import build as run_build
    from ipgraph.errors import BuildNotFound

    settings = _settings(home)
    if host:
        settings.host = host
    if port:
        settings.port = port
    try:
        from ipgraph.home import current_build

        current_build(settings)
    except BuildNotFound:
        click.echo(f"No build in {settings.home} yet: building {settings.corpus_dir} first.", err=True)
        run_build(settings)
    app = create_app(settings)
    click.echo(f"Serving {settings.home} on http://{settings.host}:{settings.port}/ (SPARQL at /sparql)", err=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info",
                access_log=settings.access_log)


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="ipgraph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_INPUT)
    except click.exceptions.ClickException as e:
        e.show()
        sys.exit(EXIT_INPUT)
    except ValidationFailed as e:
        click.echo(f"error: the graph does not conform to the shapes; nothing was replaced.\n{e}", err=True)
        sys.exit(EXIT_NONCONFORMING)
    except IpgraphError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_INPUT)
    except SystemExit:
        raise
    except Exception:  # the last resort: a bug
        traceback.print_exc()
        click.echo("error: unexpected failure (a bug); please report it with the traceback above.", err=True)
        sys.exit(EXIT_BUG)
    sys.exit(EXIT_OK)
