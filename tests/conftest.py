from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ipgraph.config import PROJECT_DIR, Settings
from ipgraph.reference import Reference, load_reference

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
    from ipgraph.service import write_facts

    out = tmp_path_factory.mktemp("facts")
    write_facts(built, out)
    return out


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "data" / "corpus", d)
    return d
