"""The shape of the code: no circle in the import graph, no package reaching into another's private modules, and
one table of formats (what a reviewer would check by reading imports and grepping)."""

from __future__ import annotations

import ast
import re

from ipgraph.config import PROJECT_DIR

PACKAGES = ("ipgraph", "api")


def _modules() -> dict[str, object]:
    out = {}
    for pkg in PACKAGES:
        for p in (PROJECT_DIR / pkg).rglob("*.py"):
            name = ".".join(p.relative_to(PROJECT_DIR).with_suffix("").parts)
            out[name.removesuffix(".__init__")] = p
    return out


def _imports(name: str, path) -> set[str]:
    """Every module a module imports, at its top or inside a function."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(block)}
    for node in ast.walk(tree):
        if id(node) in typing_only:  # for the type checker only: not imported when the code runs
            continue
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found |= {base} | {f"{base}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_the_import_graph_has_no_circle():
    """Modules import one way (a package's __init__, which only gathers names, aside)."""
    mods = _modules()
    inits = {m for m, p in mods.items() if p.name == "__init__.py"}
    graph = {m: {t for t in _imports(m, p) if t in mods and t not in inits and t != m}
             for m, p in mods.items() if m not in inits}
    assert _cycles(graph) == []
    # and the check sees a circle where there is one
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_a_private_module_of_another_package():
    mods = _modules()
    for m, p in mods.items():
        own = m if p.name == "__init__.py" else m.rsplit(".", 1)[0]
        for t in _imports(m, p) & set(mods):  # modules (a private name of a module is that module's business)
            private = [i for i, part in enumerate(t.split(".")) if part.startswith("_") and not part.startswith("__")]
            if private:
                owner = ".".join(t.split(".")[:private[0]])
                assert own == owner or own.startswith(owner + "."), f"{m} imports {t}"


def test_one_table_of_formats():
    """Media types are mapped to formats in ipgraph/formats.py alone (a dict literal keyed by a media type)."""
    table = re.compile(r'[{,]\s*"(text/turtle|application/ld\+json|application/sparql-results\+json|text/csv)"\s*:')
    found = sorted(str(p.relative_to(PROJECT_DIR)) for p in _modules().values()
                   if table.search(p.read_text(encoding="utf-8")))
    assert found == []  # formats.py builds its table from pyoxigraph's own format objects
    from ipgraph import formats

    assert formats.GRAPH_MEDIA["text/turtle"].file_extension == "ttl"
    assert formats.RESULT_MEDIA["application/json"] == formats.RESULTS[0]
