"""A query that does not parse is named in one plain sentence: where, the word, and what to write instead."""

import pyoxigraph as ox
import pytest

from ipgraph.sparql_syntax import explain


def _message(query: str) -> str:
    with pytest.raises(SyntaxError) as e:
        ox.Store().query(query)
    return explain(query, str(e.value))


@pytest.mark.parametrize("query, says", [
    ("SELECT * WHERE { ?s zorq:p ?o }", "prefix 'zorq:' (line 1, column 21) is not declared; declare it with `PREFIX zorq: <...>`"),
    ("SELECT * WHERE {\n  ?s skos:prefLabel ?o }", "prefix 'skos:' (line 2, column 6) is not declared; add `PREFIX skos: "
                                                   "<http://www.w3.org/2004/02/skos/core#>`"),
    ("SELEC * WHERE { ?s ?p ?o }", "unknown word 'SELEC' at line 1, column 1; did you mean SELECT?"),
    ("SELECT * WHERE { ?s ?p ?o } ORDR BY ?s", "unknown word 'ORDR' at line 1, column 29; did you mean ORDER?"),
    ("SELECT * WHERE { ?s ?p ?o } LIMT 3", "unknown word 'LIMT' at line 1, column 29; did you mean LIMIT?"),
    ("SELECT * WHERE { ?s ?p \"open }", "the string opened at line 1, column 24 is not closed"),
    ("SELECT * WHERE { ?s ?p ?o ", "at the end of the query"),
])
def test_each_error_names_its_place_and_its_word(query, says):
    message = _message(query)
    assert message.startswith("the query does not parse") and says in message
    assert len(message) < 300 and "\\u{" not in message  # one sentence, no character classes
