"""Phenomenon tests: generated documents, read through the whole pipeline.

Hypothesis draws the seeds of the generators: a fixed, derandomised set in the suite (profile "ci"), many more
with IPGRAPH_PHENOMENA=slow (profile "slow", e.g. `IPGRAPH_PHENOMENA=slow .venv/bin/pytest tests/phenomena`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ipgraph.extract import extract_source
from ipgraph.extract._source import Source

settings.register_profile("ci", max_examples=12, derandomize=True, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("slow", max_examples=1000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
settings.load_profile("slow" if os.environ.get("IPGRAPH_PHENOMENA") == "slow" else "ci")


@pytest.fixture(scope="session")
def read(reference):
    """Extraction of a text as a document of the corpus would be read (no sidecar)."""
    def read(text: str, doc_id: str = "generated"):
        return extract_source(Source(doc_id=doc_id, path=Path(f"{doc_id}.txt"), text=text, sha256="0" * 64, meta={}),
                              reference)
    return read
