"""Layers point one way: ingest <- index <- assistant <- app/CLI. Checked on the source's own
import statements, so a new module cannot quietly reach upwards."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "ingest": {"index", "assistant", "evals", "app_pages", "app"},
    "index": {"assistant", "evals", "app_pages", "app"},
    "assistant": {"evals", "app_pages", "app"},
}
EDGES = {"assistant/cli.py"}  # the command line is an edge, like app.py: it may run the evals


def imported_packages(path) -> set[str]:  # noqa: ANN001
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[layer])
        for path in sorted((ROOT / layer).rglob("*.py"))
        if str(path.relative_to(ROOT)) not in EDGES
    }
    assert {p: bad for p, bad in offenders.items() if bad} == {}


def test_the_check_sees_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from assistant.settings import Settings\nimport evals.run\n")
    assert imported_packages(bad) & FORBIDDEN["index"] == {"assistant", "evals"}
