"""`ipgraph import`: RDF files as named graphs of a home, kept across builds; bad files change nothing."""

import json

import pytest

from ipgraph.build import build
from ipgraph.config import Settings
from ipgraph.errors import SourceError
from ipgraph.home import current_build
from ipgraph.imports import import_files
from ipgraph.stored import open_store

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:knows ex:b ; ex:name "A" .
"""
FORMATS = {
    "x.ttl": TTL,
    "x.nt": '<http://example.org/a> <http://example.org/name> "A" .\n',
    "x.nq": '<http://example.org/a> <http://example.org/name> "A" <http://example.org/g> .\n',
    "x.trig": "@prefix ex: <http://example.org/> .\nex:g { ex:a ex:name \"A\" . }\n",
    "x.jsonld": '{"@id": "http://example.org/a", "http://example.org/name": "A"}',
    "x.rdf": ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
              'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/a">'
              '<ex:name>A</ex:name></rdf:Description></rdf:RDF>'),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_becomes_its_own_named_graph(tmp_path, name):
    f = tmp_path / name
    f.write_text(FORMATS[name], encoding="utf-8")
    s = Settings(home=tmp_path / "home")
    import_files(s, [f])
    store = open_store(s)
    q = 'SELECT ?g WHERE { GRAPH ?g { <http://example.org/a> <http://example.org/name> "A" } }'
    assert [r["g"].value for r in store.query(q)] == ["https://w3id.org/ipgraph/graph/import/x"]
    assert bool(store.query('ASK { <http://example.org/a> <http://example.org/name> "A" }'))


def test_bad_file_is_refused_with_position_and_home_unchanged(tmp_path):
    s = Settings(home=tmp_path / "home")
    good = tmp_path / "good.ttl"
    good.write_text(TTL)
    import_files(s, [good])
    before = current_build(s)
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d "open .\n')
    with pytest.raises(SourceError, match=r"bad\.ttl.*line 3"):
        import_files(s, [good, bad])
    assert current_build(s) == before
    assert sorted(p.name for p in (s.home / "imports").iterdir()) == ["good.nq"]


def test_imports_survive_builds_and_reimport_replaces(tmp_path, corpus_copy):
    s = Settings(home=tmp_path / "home")
    f = tmp_path / "extra.ttl"
    f.write_text(TTL)
    import_files(s, [f])
    build(s, [corpus_copy])
    manifest = json.loads((current_build(s) / "manifest.json").read_text())
    assert manifest["imports"] == ["extra"] and len(manifest["documents"]) == 5
    store = open_store(s)
    assert bool(store.query("ASK { <http://example.org/a> <http://example.org/knows> <http://example.org/b> }"))
    f.write_text("@prefix ex: <http://example.org/> .\nex:z ex:name \"Z\" .\n")
    import_files(s, [f])
    store = open_store(s)
    assert not bool(store.query("ASK { <http://example.org/a> <http://example.org/knows> <http://example.org/b> }"))
    assert bool(store.query('ASK { GRAPH ?g { <http://example.org/z> <http://example.org/name> "Z" } }'))
    assert bool(store.query("PREFIX ipo: <https://w3id.org/ipgraph/ontology#> ASK { ?m a ipo:Measure }"))
