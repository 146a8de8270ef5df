"""Patterns compiled on first use (ingest/lazy_regex.py): the same matches as `re.compile`."""

from __future__ import annotations

import re

import pytest

from ingest.lazy_regex import LazyPattern, lazy_compile


def test_a_lazy_pattern_is_compiled_only_when_first_used_and_matches_as_re_compile_does():
    lazy = lazy_compile(r"\bclerk(s)?\b", re.IGNORECASE)
    assert isinstance(lazy, LazyPattern)
    assert lazy._compiled is None
    # (its source builds other patterns without compiling it)
    built = re.compile(r"the " + lazy.pattern, re.IGNORECASE)
    assert lazy._compiled is None
    assert built.search("ask the Clerks")
    text = "The Clerk and two clerks met the CLERK."
    eager = re.compile(r"\bclerk(s)?\b", re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy._compiled is not None
    assert lazy.sub("officer", text) == eager.sub("officer", text)
    assert lazy.flags == eager.flags and lazy.groups == eager.groups == 1
    assert lazy.fullmatch("clerks")[1] == "s"
    assert lazy.search("no one") is None


def test_a_bad_pattern_fails_when_used_as_re_compile_would():
    lazy = LazyPattern(r"(unclosed")  # (not lazy_compile: kept out of the modules' list)
    with pytest.raises(re.error):
        lazy.search("x")


def test_every_pattern_of_the_modules_that_defer_them_compiles():
    # A bad pattern fails here, not in the middle of an answer.
    import importlib

    from ingest.lazy_regex import every_pattern

    for module in ("assistant.verdict", "index.direction", "index.query", "ingest.cleanup", "ingest.metadata"):
        importlib.import_module(module)

    patterns = every_pattern()
    assert len(patterns) > 400
    for lazy in patterns:
        assert lazy.compiled().pattern == lazy.pattern
