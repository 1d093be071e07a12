"""The README stays true: it names every command, every stored query and every setting."""

from ipgraph.cli import cli
from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.queries import QueryCatalog

README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"ipgraph {name}" in README, name


def test_every_stored_query_is_documented():
    for name in QueryCatalog(PROJECT_DIR / "queries").names():
        assert f"`{name}`" in README, name


def test_every_setting_is_documented():
    for name in Settings.model_fields:
        assert f"IPGRAPH_{name.upper()}" in README, name


def test_ci_runs_the_readme_test_command():
    ci = (PROJECT_DIR / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = README.split("## Test", 1)[1].strip().splitlines()[0].strip()
    assert test_cmd in ci


def test_the_service_loads_none_of_the_pipeline():
    """`import api.app` (what a server starts with) loads neither the validator, the reasoner, the extractors
    nor the build: the service reads builds through ipgraph.home."""
    import subprocess
    import sys

    code = ("import sys, api.app, api.routes.browse, api.routes.meta, api.routes.queries, api.routes.resources, "
            "api.routes.sparql; print(sorted(m for m in ('pyshacl', 'owlrl', 'ipgraph.extract', 'ipgraph.build', "
            "'ipgraph.validate', 'ipgraph.reason') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_each_seam_has_one_owner():
    """The IRI format only in ipgraph/iris.py, N-Quads lines taken apart only in ipgraph/nquads.py, the home's
    file names only in ipgraph/home.py, SPARQL only in .rq files (grep, as a reviewer would)."""
    import re

    owners = {r'rfind\(" <"\)': "ipgraph/nquads.py", r'("|(?<!\{base)\})(id|graph)/': "ipgraph/iris.py",
              r'"(dataset\.nq|manifest\.json|search\.sqlite)"': "ipgraph/home.py",
              r'"(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT)\b[^"]*\?\w': None}  # SPARQL: variables; SQL has none
    code = [p for d in ("ipgraph", "api") for p in (PROJECT_DIR / d).rglob("*.py")]
    for pattern, owner in owners.items():
        found = sorted(str(p.relative_to(PROJECT_DIR)) for p in code if re.search(pattern, p.read_text(encoding="utf-8")))
        assert found == ([owner] if owner else []), (pattern, found)
