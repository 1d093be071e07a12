"""Limits on the shape of a query, checked in one linear scan before any engine sees it: the engines'
parsers recurse, and a query nested or chained deep enough ends their process with a stack overflow
(measured with pyoxigraph 0.5: 3,000 nested groups, 1,000 nested function calls, 10,000 UNIONs, && or !)."""

from __future__ import annotations

import re

from ipgraph.errors import QueryTooComplex

_SKIPPED = (r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
            r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")  # strings, IRIs and comments
_TOKENS = re.compile(_SKIPPED + r"|&&|\|\||!=|[{}()\[\]!/|]|\b(?i:UNION)\b")
_FROM = re.compile(_SKIPPED + r"|(?<![\w:?$-])(?i:FROM)(?![\w:-])")
_OPEN, _CLOSE = "{([", "})]"
_CHAINED = {"&&": "&&", "||": "||", "!": "!", "/": "/", "|": "|"}


def check_query(text: str, max_depth: int, max_chain: int) -> None:
    """Raise QueryTooComplex when text nests deeper than max_depth or chains more than max_chain operators
    of one kind; strings, IRIs and comments are skipped."""
    depth = deepest = 0
    counts: dict[str, int] = {}
    for m in _TOKENS.finditer(text):
        tok = m.group()
        if tok in _OPEN:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > max_depth:
                    raise QueryTooComplex(
                        f"the query nests groups, brackets or parentheses more than {max_depth} levels deep "
                        f"(at character {m.start()}); the limit is {max_depth} (IPGRAPH_MAX_QUERY_DEPTH): "
                        "write the query flatter")
        elif tok in _CLOSE:
            depth = max(0, depth - 1)
        else:
            kind = "UNION" if tok.upper() == "UNION" else _CHAINED.get(tok)
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
                if counts[kind] > max_chain:
                    raise QueryTooComplex(
                        f"the query chains more than {max_chain} {kind} operators (at character {m.start()}); "
                        f"the limit is {max_chain} (IPGRAPH_MAX_QUERY_CHAIN): split it, or use VALUES")


def has_dataset_clause(text: str) -> bool:
    """Whether a query names its own dataset (FROM or FROM NAMED), the keyword found outside strings, IRIs,
    comments, prefixed names and variables."""
    return any(m.group().upper() == "FROM" for m in _FROM.finditer(text))


_PROLOGUE_ITEM = re.compile(r"(?is)\s+|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>")
_FORM = re.compile(r"(?i)(SELECT|CONSTRUCT|DESCRIBE|ASK)\b")


def query_form(text: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the query's form, its first keyword after the prologue (None if none)."""
    pos = 0
    while pos < len(text):
        m = _PROLOGUE_ITEM.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = _FORM.match(text, pos)
    return m.group(1).upper() if m else None
