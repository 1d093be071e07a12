"""ipgraph: a knowledge graph of Chinese intellectual-property policy.

Open a home's built graph and ask it questions from Python:

    import ipgraph
    g = ipgraph.open()                                   # build/ in the project, or IPGRAPH_HOME
    g.query("measures_by_agency", agency="SIPO").to_pandas()
    g.query("law_revision_timeline", law="Patent Law").rows
    g.sparql(open("question.rq").read()).rows      # a query of your own
    g.search("国家知识产权局", kind="agency")
    g.facts()["measures"]                                # the six fact tables as data frames
    g.describe("CNIPA")                                  # an entity's statements
    g.build(["~/corpus"]); g.add("https://...")          # build or grow the home

ipgraph.open() gives a Graph; its queries give a Result (columns, rows of plain Python values,
to_pandas(), to_csv()). help(ipgraph.Graph) and help(ipgraph.Result) say the rest. Errors are
IpgraphError and its kinds (SourceError, QueryParamError, ...), each naming what to fix.
"""

__version__ = "0.1.0"

from ipgraph.config import Settings  # noqa: E402
from ipgraph.errors import (  # noqa: E402
    ExtractionError,
    IpgraphError,
    QueryNotFound,
    QueryParamError,
    SourceError,
    ValidationFailed,
)
from ipgraph.graph import Graph, open  # noqa: E402, A004
from ipgraph.result import Result  # noqa: E402

__all__ = [
    "__version__",
    "open",
    "Graph",
    "Result",
    "Settings",
    "IpgraphError",
    "SourceError",
    "ExtractionError",
    "ValidationFailed",
    "QueryNotFound",
    "QueryParamError",
]
