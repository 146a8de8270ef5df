"""A module-level name bound twice silently replaces the first binding for every use, earlier uses
included: twice in one session a new helper took the name of an old one in assistant/verdict.py, then
one module (`_place_differs`, `_GIFT_WORDS`), and changed verdicts far from the change. Subpackages
(assistant/verdict/, assistant/writers/) are read too."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for d in ("assistant", "ingest", "index") for p in (ROOT / d).rglob("*.py"))


def module_level_names(source: str) -> Counter[str]:
    """How often each name is bound at module level (functions, classes, plain assignments)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_the_counter_sees_a_name_bound_twice():
    source = "_A = 1\ndef f():\n    return _A\n_A = 2\ndef f():\n    return 3\n"
    assert module_level_names(source) == Counter({"_A": 2, "f": 2})


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path):
    names = module_level_names(path.read_text(encoding="utf-8"))
    assert not [n for n, k in names.items() if k > 1 and n not in ("__all__", "logger")]
