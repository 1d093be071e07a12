"""The rows a query gives, for Python: columns, plain values (numbers as numbers, dates as dates), iteration,
a pandas frame and CSV."""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                               "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "gYear")}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMALS = {XSD + t for t in ("decimal", "double", "float")}


def plain(term, terms: bool = False) -> Any:
    """A query's term as Python reads it: int, float, datetime.date or datetime.datetime, bool, str (IRIs as
    str, or as rdflib terms with terms=True); None for an unbound value."""
    if term is None:
        return None
    if terms:
        from rdflib import BNode, Literal, URIRef

        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            return Literal(term.value, lang=term.language, datatype=None if term.language else term.datatype.value)
        return str(term)
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if not isinstance(term, ox.Literal):
        return str(term)
    value, datatype = term.value, term.datatype.value if term.datatype else ""
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype in _DECIMALS:
            return float(Decimal(value)) if datatype == XSD + "decimal" else float(value)
        if datatype == XSD + "boolean":
            return value in ("true", "1")
        if datatype == XSD + "date":
            return datetime.date.fromisoformat(value[:10])
        if datatype == XSD + "dateTime":
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value  # a value its datatype does not allow: kept as written
    return value


@dataclass
class Result:
    """The answer of a query: `columns`, and `rows` of plain Python values in that order.

        r = g.query("measures_by_agency", agency="SIPO")
        r.columns            # ['agency', 'year', 'plan_year', 'number', ...]
        r.rows[0]            # ('SIPO', 2012, 2012, 3, 1, 'SIPO', 'https://w3id.org/...', 'Construct ...')
        for row in r: ...    # each row a dict by column
        r.to_pandas()        # a DataFrame, integers as integers and dates as dates
        r.to_csv("m.csv")    # the CSV ipgraph query writes
    """

    columns: list[str]
    rows: list[tuple]
    boolean: bool | None = None  # the answer of an ASK query
    why_empty: str | None = None  # why a stored query finds nothing in this build, when it can say
    _raw: list[list] = field(default_factory=list, repr=False)  # the terms as written, for CSV

    @classmethod
    def of(cls, answer, terms: bool = False, why_empty: str | None = None) -> Result:
        """A Result from a pyoxigraph answer (solutions, a boolean, or triples as subject, predicate, object)."""
        if isinstance(answer, ox.QueryBoolean):
            return cls(["boolean"], [(bool(answer),)], boolean=bool(answer), _raw=[[ox.Literal(str(bool(answer)).lower())]])
        if isinstance(answer, ox.QueryTriples):
            columns = ["subject", "predicate", "object"]
            raw = [[t.subject, t.predicate, t.object] for t in answer]
        else:
            columns = [v.value for v in answer.variables]
            raw = [[sol[c] for c in columns] for sol in answer]
        return cls(columns, [tuple(plain(t, terms) for t in r) for r in raw], why_empty=why_empty, _raw=raw)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (dict(zip(self.columns, r, strict=True)) for r in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"<Result {len(self.rows)} row(s): {', '.join(self.columns)}>"

    def column(self, name: str) -> list:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def to_pandas(self):
        """A pandas DataFrame: integer columns as integers (nullable Int64 where a value is missing), decimal ones
        as floats, date columns as datetime64, the rest as strings. pandas is an optional dependency."""
        try:
            import pandas as pd
        except ImportError as e:
            from ipgraph.errors import IpgraphError

            raise IpgraphError("to_pandas needs pandas: pip install pandas (or ipgraph[pandas])") from e
        frame = pd.DataFrame.from_records(self.rows, columns=self.columns)
        for i, c in enumerate(self.columns):
            values = [r[i] for r in self.rows if r[i] is not None]
            if not values:
                continue
            if all(isinstance(v, bool) for v in values):
                frame[c] = frame[c].astype("boolean")
            elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                frame[c] = frame[c].astype("Int64" if len(values) < len(self.rows) else "int64")
            elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
                frame[c] = frame[c].astype("float64")
            elif all(isinstance(v, datetime.date) for v in values) or (any(values) and all(
                    isinstance(v, str) and (v == "" or _ISO_DATE.fullmatch(v)) for v in values)):
                # dates, and dates the query wrote as text (the fact tables; "" where a document gives none)
                frame[c] = pd.to_datetime(frame[c].replace("", None))
        return frame

    def to_csv(self, path=None) -> str:
        """The rows as CSV, as `ipgraph query` writes them (the terms' own lexical forms); written to path when one
        is given. Returns the text."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.columns)
        for r in self._raw or [[None if v is None else ox.Literal(str(v)) for v in row] for row in self.rows]:
            w.writerow(["" if t is None else (t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else str(t)) for t in r])
        text = buf.getvalue()
        if path is not None:
            from pathlib import Path

            Path(path).write_text(text, encoding="utf-8", newline="")
        return text
