"""assistant/verdict/ is split by concept into modules that import one way: each only from those
listed before it here, so a module can be read knowing only the ones above it, and a new check
goes where its concept is rather than wherever its helpers happen to be."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "assistant" / "verdict"
ORDER = (
    "words",
    "question",
    "polarity",
    "action",
    "direction",
    "objects",
    "people",
    "things",
    "circumstances",
    "exceptions",
    "statements",
    "judge",
    "passages",
    "councils",
)


def verdict_imports(source: str) -> set[str]:
    """The modules of assistant.verdict a module's source imports from."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant.verdict."):
            out.add(node.module.rsplit(".", 1)[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "assistant.verdict":
            out.update(f"<package: {a.name}>" for a in node.names)
    return out


def test_the_reader_sees_what_a_module_imports():
    source = "from assistant.verdict.words import _norm\nfrom assistant.verdict import judge\nimport re\n"
    assert verdict_imports(source) == {"words", "<package: judge>"}


def test_every_module_of_the_package_is_placed_in_the_order():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(ORDER)


def test_each_module_imports_only_from_those_before_it():
    wrong = {}
    for i, name in enumerate(ORDER):
        later_or_self = verdict_imports((PACKAGE / f"{name}.py").read_text(encoding="utf-8")) - set(ORDER[:i])
        if later_or_self:
            wrong[name] = sorted(later_or_self)
    assert wrong == {}
