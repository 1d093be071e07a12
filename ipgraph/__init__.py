"""ipgraph: a knowledge graph of Chinese intellectual-property policy.

Public API; everything else is internal.
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

__all__ = [
    "__version__",
    "Settings",
    "IpgraphError",
    "SourceError",
    "ExtractionError",
    "ValidationFailed",
    "QueryNotFound",
    "QueryParamError",
]
