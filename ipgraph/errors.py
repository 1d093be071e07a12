"""The IpgraphError tree. Library code raises these; the CLI and the API map them to exit codes and statuses."""

from __future__ import annotations

from typing import Any


class IpgraphError(Exception):
    """Base class of every error the user can act on (exit code 2 in the CLI)."""

    status = 400


class SourceError(IpgraphError):
    """A source document (or an RDF file to import or validate) cannot be read."""

    def __init__(self, path: Any, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


class ExtractionError(IpgraphError):
    """The extractor met something it cannot make sense of."""

    def __init__(self, source_id: str, locator: str, message: str):
        self.source_id = source_id
        self.locator = locator
        super().__init__(f"{source_id} ({locator}): {message}")


class ReferenceDataError(IpgraphError):
    """The curated reference data in data/reference is inconsistent."""


class ValidationFailed(IpgraphError):
    """SHACL shapes or QC checks found violations; carries the ValidationResult."""

    status = 422

    def __init__(self, result: Any):
        self.result = result
        super().__init__(result.summary())


class BuildNotFound(IpgraphError):
    """No built graph in the home directory."""

    status = 503


class QueryNotFound(IpgraphError):
    """No stored query of that name (the message lists those there are), or no .rq file at that path."""

    status = 404


class QueryParamError(IpgraphError):
    """A query's parameter is missing, given twice, of the wrong type, or names no entity (with the nearest names)."""

    status = 400


class QueryError(IpgraphError):
    """A SPARQL query does not parse or cannot be evaluated."""

    status = 400


class QueryTooComplex(QueryError):
    """A query nests or chains deeper than the configured limits (checked before any engine parses it)."""


class QueryTimeout(IpgraphError):
    status = 504


class RemoteStoreError(QueryError):
    """A remote SPARQL store refused a request (4xx): its message, passed on."""


class ResourceNotFound(IpgraphError):
    status = 404


class StoreUnavailable(IpgraphError):
    """A remote SPARQL store cannot be reached or failed."""

    status = 502


class NotAcceptable(IpgraphError):
    """The request asks for a format the address does not give."""

    status = 406


class UnsupportedMediaType(IpgraphError):
    """A request body of a media type the address does not take."""

    status = 415
