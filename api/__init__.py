"""The ipgraph web service: SPARQL 1.1 Protocol, stored queries and linked-data pages over a build."""

from api.app import create_app

__all__ = ["create_app"]
