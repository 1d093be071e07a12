"""A SPARQL query that does not parse, said in one plain sentence: where (line and column), the word or mark the
parser stopped at, and what to write instead. The engine's own message lists every character class it would
have taken; people need the word that is wrong. The CLI and the HTTP API say the same."""

from __future__ import annotations

import difflib
import re

from ipgraph.namespaces import PREFIXES

KEYWORDS = """BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK DISTINCT REDUCED FROM NAMED WHERE GRAPH OPTIONAL SERVICE SILENT
BIND AS VALUES UNDEF MINUS FILTER NOT EXISTS IN UNION ORDER BY ASC DESC GROUP HAVING LIMIT OFFSET A TRUE FALSE
STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI
CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5
SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR
REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LOAD CLEAR DROP
CREATE ADD MOVE COPY INSERT DELETE DATA WITH USING DEFAULT ALL TO INTO""".split()
_KEYWORDS = set(KEYWORDS)
_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
# what is not a bare word: IRIs, strings, comments, variables, prefixed names, numbers, language tags
_SKIP = re.compile(r"<[^<>\s]*>|\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|#[^\n]*"
                   r"|[?$]\w+|@[A-Za-z]+(?:-[A-Za-z0-9]+)*|[A-Za-z_][\w.-]*:[\w.%-]*|:[\w.%-]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"
                   r"|\^\^")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PREFIXED = re.compile(r"(?<![\w?$<\"'])([A-Za-z][\w.-]*)?:(?=[\w%])")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _code_spans(query: str):
    """(start, end) of the query's code: what lies outside IRIs, strings and comments."""
    pos = 0
    for m in re.finditer(r"<[^<>\s]*>|\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|#[^\n]*",
                         query):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(query)


def explain(query: str, message: str) -> str:
    """The sentence for a query the engine could not parse (message: the engine's)."""
    found = _POSITION.match(message)
    line, col = (int(found.group(1)), int(found.group(2))) if found else (None, None)
    declared = {m.group(1) or "" for m in re.finditer(r"(?i)PREFIX\s+([A-Za-z][\w.-]*)?:", query)}
    for start, end in _code_spans(query):
        for m in _PREFIXED.finditer(query, start, end):
            name = m.group(1) or ""
            if name not in declared:
                ln, cl = _line_col(query, m.start())
                known = PREFIXES.get(name)
                fix = f"add `PREFIX {name}: <{known}>`" if known else f"declare it with `PREFIX {name}: <...>`"
                return f"the query does not parse: prefix '{name}:' (line {ln}, column {cl}) is not declared; {fix} " \
                       "before the query"
    for start, end in _code_spans(query):
        quote = re.search(r"[\"']", query[start:end])
        if quote:
            ln, cl = _line_col(query, start + quote.start())
            return f"the query does not parse: the string opened at line {ln}, column {cl} is not closed; end it with " \
                   f"{quote.group()} on the same line (or use triple quotes for a string of several lines)"
    for start, end in _code_spans(query):
        code = query[start:end]
        cleaned = _SKIP.sub(lambda m: " " * len(m.group()), code)
        for w in _WORD.finditer(cleaned):
            word = w.group()
            if word.upper() in _KEYWORDS:
                continue
            ln, cl = _line_col(query, start + w.start())
            near = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]}?" if near else "; a name needs a prefix (ex:name) or angle brackets (<IRI>)"
            return f"the query does not parse: unknown word '{word}' at line {ln}, column {cl}{hint}"
    if line is None:
        return f"the query does not parse: {message.strip().splitlines()[0][:200]}"
    lines = query.split("\n")
    text_line = lines[line - 1] if 0 < line <= len(lines) else ""
    idx = min(max(col - 1, 0), len(text_line))
    while 0 < idx < len(text_line) and re.match(r"\w", text_line[idx - 1]) and re.match(r"\w", text_line[idx]):
        idx -= 1  # the whole word the parser stopped in
    col = idx + 1
    at = text_line[idx:].strip()
    token = re.match(r"\S+", at).group() if at else ""
    rest = re.sub(r"^\s*expected(?: one of)?", "", found.group(3))
    expected = re.findall(r'"(?:\\.|[^"\\])+"|\[(?:\\.|[^\]\\])*\]|[A-Za-z][A-Za-z ]*[A-Za-z]', rest)
    expected = [e for e in expected if not e.startswith("[") and "not found" not in e][:8]
    where = f"at line {line}, column {col}" + (f", at '{token[:30]}'" if token else ", at the end of the query")
    wanted = f": expected {', '.join(expected)}" if expected else ""
    closing = "; a '{' or '(' may be left open" if not token and any(e in ('"}"', '")"') for e in expected) else ""
    return f"the query does not parse {where}{wanted}{closing}"
