"""The loader is general: no string specific to a seed document appears in the package."""

import csv
import re

from ipgraph.config import PROJECT_DIR
from tests.conftest import FIXTURES


def package_text():
    return "\n".join(p.read_text(encoding="utf-8") for p in (PROJECT_DIR / "ipgraph").rglob("*.py"))


def test_no_person_names_from_the_seeds():
    text = package_text()
    with open(FIXTURES / "gold" / "officials.csv", encoding="utf-8") as f:
        names = {r["person"] for r in csv.DictReader(f)}
    assert names
    for name in names:
        assert name not in text, f"{name!r} appears in ipgraph/"


def test_no_measure_text_from_the_seeds():
    text = package_text()
    corpus = (PROJECT_DIR / "data" / "corpus").glob("*.txt")
    for path in corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\(\d+\)\s*(.{30})", line)
            if m:
                assert m.group(1) not in text, f"measure text {m.group(1)!r} appears in ipgraph/"
