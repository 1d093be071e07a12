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


def _quads(path) -> list[str]:
    """A store's quads as N-Quads lines, blank nodes written alike (each load names them anew)."""
    import re

    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    return sorted(re.sub(r"_:\w+", "_:b", str(q)) for q in store)


def test_the_store_of_a_new_build_is_the_last_ones_with_what_changed(tmp_path, monkeypatch):
    """A document changed, one removed and one added: the store of the new build is made from the store of the
    last one (no bulk load) and holds what a store loaded from nothing holds, the union default graph included."""
    import random
    import shutil

    import ipgraph.store as st
    from ipgraph.build import build
    from ipgraph.config import PROJECT_DIR, Settings
    from ipgraph.home import current_build
    from ipgraph.store import OxigraphStore
    from tests.phenomena import generate as g

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_2da1fe44ba253dec.txt", "002_72b4a740dfda7e5e.txt", "003_8e419ac86f532f57.txt"):
        shutil.copy(PROJECT_DIR / "data" / "corpus" / name, corpus / name)
    s = Settings(home=tmp_path / "home")
    build(s, [corpus], validate=False)
    first = OxigraphStore.on_disk(current_build(s), tmp_path / "stores")
    r = random.Random(7)
    changed = corpus / "003_8e419ac86f532f57.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + f"\nVice Mayor {g.person(r)} attended.\n", encoding="utf-8")
    (corpus / "002_72b4a740dfda7e5e.txt").unlink()
    (corpus / "100_plan.txt").write_text(g.plan(r)[0], encoding="utf-8")
    build(s, [corpus], validate=False)
    loads = []
    real = st.bulk_load_dataset
    monkeypatch.setattr(st, "bulk_load_dataset", lambda *a: loads.append(a) or real(*a))
    second = OxigraphStore.on_disk(current_build(s), tmp_path / "stores")
    assert loads == [] and second.path != first.path
    fresh = OxigraphStore.on_disk(current_build(s), tmp_path / "fresh")
    assert len(loads) == 1
    got, want = _quads(second.path), _quads(fresh.path)
    assert got == want and len(got) > 1000
