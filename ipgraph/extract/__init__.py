"""Extraction: a source document -> an Extraction of records with text-span evidence.

One pipeline for every document: its record (headline, date, language), then the steps below, each run by the
rules of the document's language (ipgraph.extract.en, ipgraph.extract.zh: the same modules, the same steps).
The rules are general (never per document). No rdflib here and no network.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract._sentences import sentence_spans
from ipgraph.extract._source import Source, find_sources, read_meta, read_source, skipped_files
from ipgraph.extract.pipeline import document_record, extract_source

__all__ = ["extract_source", "extract_path", "find_sources", "read_source", "document_record", "Source",
           "sentence_spans", "read_meta", "skipped_files"]


def extract_path(path: Path, reference):
    return extract_source(read_source(path), reference)
