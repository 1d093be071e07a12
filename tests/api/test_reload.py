"""A running server picks up a new build atomically; a failed build changes nothing it serves."""

import time

import pytest

from ipgraph.build import build
from ipgraph.config import Settings
from ipgraph.errors import SourceError
from tests.api.conftest import HTTP, start_server, stop_server

COUNT_DOCS = "PREFIX ipo: <https://w3id.org/ipgraph/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a ipo:Document }"


def documents(base) -> int:
    r = HTTP.get(base + "/sparql", params={"query": COUNT_DOCS}, headers={"Accept": "application/json"}, timeout=30)
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("on_disk", [False, True])
def test_new_build_is_swapped_in(tmp_path, corpus_copy, on_disk):
    """In memory, and on disk: there the new build's store is made from the last one's (store_delta)."""
    s = Settings(home=tmp_path / "home")
    build(s, [corpus_copy])
    extra = {"store_dir": tmp_path / "stores"} if on_disk else {}
    proc, base = start_server(s.home, reload_interval_ms=200, query_workers=2, **extra)
    try:
        first = HTTP.get(base + "/-/health").json()["build"]
        assert documents(base) == 5
        (corpus_copy / "999_x.txt").write_bytes(b"\x00binary")
        with pytest.raises(SourceError):
            build(s, [corpus_copy])
        time.sleep(0.8)
        assert HTTP.get(base + "/-/health").json()["build"] == first and documents(base) == 5
        (corpus_copy / "999_x.txt").write_text("A New Note\n\nUpdated: May 4, 2023\n\nText.\n", encoding="utf-8")
        build(s, [corpus_copy])
        deadline = time.time() + 15
        while time.time() < deadline and HTTP.get(base + "/-/health").json()["build"] == first:
            time.sleep(0.2)
        health = HTTP.get(base + "/-/health").json()
        assert health["build"] != first and health["builds_swapped_in"] == 1
        assert documents(base) == 6
        assert HTTP.get(base + "/id/document/999_x", headers={"Accept": "text/turtle"}).status_code == 200
        if on_disk:
            from ipgraph.home import current_build
            from ipgraph.store_delta import source_build

            stores = [p for p in (tmp_path / "stores").iterdir() if not p.name.startswith(".")]
            assert {source_build(p) for p in stores} >= {current_build(s).resolve()}
    finally:
        stop_server(proc)


def test_serve_a_home_of_imported_rdf_only(tmp_path):
    from ipgraph.imports import import_files

    f = tmp_path / "people.ttl"
    f.write_text("@prefix ex: <http://example.org/> .\nex:a ex:knows ex:b .\nex:b ex:knows ex:c .\n")
    s = Settings(home=tmp_path / "home")
    import_files(s, [f])
    proc, base = start_server(s.home, query_workers=1)
    try:
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/knows> ?o }"
        r = HTTP.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/json"})
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "2"  # the default graph is the union
        assert HTTP.get(base + "/", headers={"Accept": "text/html"}).status_code == 200
        assert HTTP.get(base + "/void", headers={"Accept": "text/turtle"}).status_code == 200
    finally:
        stop_server(proc)


def test_a_service_under_another_base_than_its_build_refuses_to_start_naming_both(built):
    from api.app import BaseMismatch, create_app

    other = Settings(home=built.home, base_iri="https://graph.example.net/")
    with pytest.raises(BaseMismatch) as e:
        create_app(other)
    said = str(e.value)
    assert "https://w3id.org/ipgraph/" in said and "https://graph.example.net/" in said and "IPGRAPH_BASE_IRI" in said
    create_app(Settings(home=built.home))  # under its own base it starts


def test_a_new_build_under_another_base_is_not_swapped_in(tmp_path, corpus_copy):
    s = Settings(home=tmp_path / "home")
    build(s, [corpus_copy])
    proc, base = start_server(s.home, reload_interval_ms=200, query_workers=1)
    try:
        first = HTTP.get(base + "/-/health").json()["build"]
        build(Settings(home=s.home, base_iri="https://graph.example.net/"), [corpus_copy])
        time.sleep(1.0)
        assert HTTP.get(base + "/-/health").json()["build"] == first  # the one it can serve stays
    finally:
        stop_server(proc)
