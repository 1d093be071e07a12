"""The on-disk store option: the build loaded once into a RocksDB store, opened read-only by each worker."""


from tests.api.conftest import HTTP, start_server, stop_server


def test_serve_from_disk_gives_the_same_answers(built, server, tmp_path):
    proc, base = start_server(built.home, store_dir=tmp_path / "stores", query_workers=2, max_rows=50)
    try:
        for path in ("/queries/facts/measures.csv", "/queries/agency_lineage.csv?agency=CNIPA"):
            assert HTTP.get(base + path, timeout=30).text == HTTP.get(server + path, timeout=30).text
        assert HTTP.get(base + "/id/agency/sipo", headers={"Accept": "text/turtle"}).status_code == 200
        stores = list((tmp_path / "stores").iterdir())
        assert len(stores) == 1 and (stores[0] / ".complete").exists()
    finally:
        stop_server(proc)


def test_the_default_graph_of_either_store_is_the_union_with_the_same_blank_nodes(built, tmp_path):
    """The union default graph shares its blank nodes (the ontology's OWL lists) with the named graphs."""
    import pyoxigraph as ox

    from ipgraph.home import current_build
    from ipgraph.store import OxigraphStore

    build_dir = current_build(built)
    for store in (OxigraphStore.from_build(build_dir).store, OxigraphStore.on_disk(build_dir, tmp_path).store):
        union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        named = {(q.subject, q.predicate, q.object) for g in store.named_graphs()
                 for q in store.quads_for_pattern(None, None, None, g)}
        assert union == named
        assert any(isinstance(s, ox.BlankNode) for s, _, _ in union)
