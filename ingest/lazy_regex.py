"""Regular expressions compiled when first used, not when their module is imported.

`assistant/verdict/` alone declares over 300 patterns; compiling them all at import cost every
new process about 0.12 s, most of them for patterns a given question never reaches (a cold
`protocols ask` uses about half). A `LazyPattern` stands in for a compiled pattern: its `pattern`
is the source text (so other patterns can be built from it without compiling it), and the first
use of any other attribute compiles it and keeps the compiled pattern's attribute on the stand-in,
so later calls cost what a compiled pattern's do. It is not a `re.Pattern`: pass `p.pattern`, not
`p`, to the `re` module's functions."""

from __future__ import annotations

import re
import threading
from typing import Any

_LOCK = threading.Lock()


class LazyPattern:
    """A stand-in for `re.compile(pattern, flags)`, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not)."""
        if self._compiled is None:
            with _LOCK:
                if self._compiled is None:
                    self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever re.Pattern's attribute is
        # Only for attributes not found on the stand-in: each is copied onto it once.
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


_MADE: list[LazyPattern] = []


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile`, deferred to the pattern's first use (see the module's docstring)."""
    made = LazyPattern(pattern, flags)
    _MADE.append(made)
    return made


def every_pattern() -> list[LazyPattern]:
    """Every pattern made so far: a test compiles them all, so a bad one fails there, not in an answer."""
    return list(_MADE)
