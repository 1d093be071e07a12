from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.reference import Reference, load_reference

# One build cache for the whole run (made by the process that starts it; the test workers it starts inherit
# it): the many builds of the same documents in different homes reuse each other's work. Tests of the cache
# itself give their builds a cache of their own.
if not os.environ.get("IPGRAPH_TEST_CACHE"):
    _CACHE = Path(tempfile.mkdtemp(prefix="ipgraph-test-cache-"))
    os.environ["IPGRAPH_TEST_CACHE"] = str(_CACHE)
    atexit.register(shutil.rmtree, _CACHE, True)
os.environ["IPGRAPH_CACHE_DIR"] = os.environ["IPGRAPH_TEST_CACHE"]

# Compiled modules are kept (__pycache__, ignored by git) even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): the suite starts some twenty servers and commands, each of which would otherwise
# compile the project's modules again, and pytest rewrites the test modules again in each worker
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

SHARED = PROJECT_DIR.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference(PROJECT_DIR / "data" / "reference")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Settings:
    """The bundled corpus, built once for the whole test run."""
    from ipgraph.build import build

    s = Settings(home=tmp_path_factory.mktemp("built") / "home")
    build(s)
    return s


@pytest.fixture(scope="session")
def facts_dir(built: Settings, tmp_path_factory) -> Path:
    from ipgraph.stored import write_facts

    out = tmp_path_factory.mktemp("facts")
    write_facts(built, out)
    return out


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "data" / "corpus", d)
    return d


def build_and_score(base: Path, corpus: Path, gold: Path) -> dict:
    """Build corpus with validation (it must conform), write its fact tables and score them against gold with
    the contract's scorer (a copy in tests/fixtures/devset)."""
    import json
    import subprocess
    import sys

    from ipgraph.build import build
    from ipgraph.stored import write_facts

    s = Settings(home=base / "home")
    assert build(s, [corpus]).validation.conforms
    write_facts(s, base / "facts")
    out = subprocess.run([sys.executable, str(FIXTURES / "devset" / "score.py"), str(gold), str(base / "facts"),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)

