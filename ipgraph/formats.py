"""Every format the project reads or writes, in one table: pyoxigraph's own format objects (their media types
and file extensions), and the names users and clients give them.

    GRAPHS     RDF a graph or a dataset is written in, the service's preference first
    TRIPLES    those of one graph (an entity's description, VoID, the service description)
    RESULTS    SPARQL results of SELECT and ASK
    TABLES     the answers of stored queries and lists (JSON, CSV, TSV, a page)

Everything else (the CLI's --format, content negotiation, `format=` of SPARQL clients, the dumps, the
readers of `ipgraph import`) is read from these.
"""

from __future__ import annotations

import pyoxigraph as ox

GRAPHS: tuple[ox.RdfFormat, ...] = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD,
                                    ox.RdfFormat.RDF_XML, ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
TRIPLES = (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML)
RESULTS: tuple[ox.QueryResultsFormat, ...] = (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML,
                                              ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV)


def media(fmt: ox.RdfFormat | ox.QueryResultsFormat) -> str:
    """The format's media type, without parameters."""
    return fmt.media_type.split(";")[0].strip()


def extension(fmt: ox.RdfFormat | ox.QueryResultsFormat) -> str:
    return fmt.file_extension


# media type -> format, for what a client asks by Accept (the generic JSON and XML types mean SPARQL results,
# text/plain the N-Triples it was before it had its own type)
GRAPH_MEDIA: dict[str, ox.RdfFormat] = {media(f): f for f in GRAPHS} | {"text/plain": ox.RdfFormat.N_TRIPLES}
_GENERIC = {"SPARQL Results in JSON": "application/json", "SPARQL Results in XML": "application/xml"}
RESULT_MEDIA: dict[str, ox.QueryResultsFormat] = {}
for _f in RESULTS:
    RESULT_MEDIA[media(_f)] = _f
    if _f.name in _GENERIC:
        RESULT_MEDIA[_GENERIC[_f.name]] = _f

# the short names the CLI takes (`ipgraph query --format`) and file extensions give: a SELECT's and a graph's
RESULT_NAMES: dict[str, ox.QueryResultsFormat] = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                                  **{extension(f): f for f in RESULTS}}
GRAPH_NAMES: dict[str, ox.RdfFormat] = {**{extension(f): f for f in GRAPHS}, "xml": ox.RdfFormat.RDF_XML}
TRIPLE_NAMES: dict[str, ox.RdfFormat] = {extension(f): f for f in TRIPLES}  # an entity's page: /id/....ttl

TABLES: dict[str, str] = {"json": "application/json", extension(ox.QueryResultsFormat.CSV): media(ox.QueryResultsFormat.CSV),
                          extension(ox.QueryResultsFormat.TSV): media(ox.QueryResultsFormat.TSV), "html": "text/html"}
LISTS = {k: TABLES[k] for k in ("html", "json")}  # search and the browse lists

# rdflib's serialiser names (the service description and the graphs built with rdflib)
RDFLIB = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.JSON_LD: "json-ld",
          ox.RdfFormat.RDF_XML: "xml", ox.RdfFormat.TRIG: "trig", ox.RdfFormat.N_QUADS: "nquads"}

# The names SPARQL clients give formats in `format=`, `output=` or `results=` (Fuseki, Virtuoso, SPARQLWrapper):
# each the media types it stands for, results first where a name means either.
_EITHER = {"json": (ox.QueryResultsFormat.JSON, ox.RdfFormat.JSON_LD), "xml": (ox.QueryResultsFormat.XML, ox.RdfFormat.RDF_XML)}
CLIENT_NAMES: dict[str, str] = {
    **{n: f"{media(r)}, {media(g)};q=0.9" for n, (r, g) in _EITHER.items()},
    **{extension(f): media(f) for f in RESULTS if extension(f) not in _EITHER},
    **{extension(f): media(f) for f in GRAPHS},
    "text": f"{media(ox.QueryResultsFormat.TSV)}, text/plain;q=0.9",
    "turtle": media(ox.RdfFormat.TURTLE), "n3": media(ox.RdfFormat.TURTLE),  # Turtle is N3 every N3 parser reads
    **dict.fromkeys(("ntriples", "n-triples"), media(ox.RdfFormat.N_TRIPLES)),
    "json-ld": media(ox.RdfFormat.JSON_LD),
    **dict.fromkeys(("rdfxml", "rdf+xml", "rdf/xml", "xml-rdf"), media(ox.RdfFormat.RDF_XML)),
    **dict.fromkeys(("nquads", "n-quads"), media(ox.RdfFormat.N_QUADS)),
}
# media types clients send that name a format by another name
MEDIA_ALIASES: dict[str, str] = {
    **dict.fromkeys(("text/n3", "application/n3", "text/rdf+n3", "application/turtle", "application/x-turtle"),
                    media(ox.RdfFormat.TURTLE)),
    "application/x-json+ld": media(ox.RdfFormat.JSON_LD),
    "application/json": CLIENT_NAMES["json"], "application/xml": CLIENT_NAMES["xml"], "text/xml": CLIENT_NAMES["xml"],
}

# the files `ipgraph import` reads, by extension (pyoxigraph's, and .owl, an ontology's RDF/XML)
IMPORT_EXTENSIONS: dict[str, ox.RdfFormat] = {f".{extension(f)}": f for f in GRAPHS} | {
    ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML, ".json": ox.RdfFormat.JSON_LD}

# the dumps of a build: the dataset as written (N-Quads), as TriG, and its union as Turtle
DUMPS: dict[str, ox.RdfFormat] = {f"ipgraph.{extension(f)}": f
                                  for f in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE)}
