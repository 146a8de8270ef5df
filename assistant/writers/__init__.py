"""Answer writers behind one interface: (question, hits, context) -> a draft answer.

The offline extractive writer and the LLM writers register here the same way; the CLI's
`--llm` choices and the app's writer menu come from `available()`. A new writer is one module
in this folder that calls `@register("name")` on a factory `(settings, chat_model) -> writer`
(plus, if it needs one, a settings field): modules here are discovered on first use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.plugins import Registry
from index.results import Hit
from ingest.errors import AnswerError
from ingest.records import Clause

if TYPE_CHECKING:
    from assistant.settings import Settings

OFFLINE = "none"  # the name of the offline extractive writer in settings and on the CLI


@dataclass(frozen=True)
class WriterContext:
    """What a writer may use besides the question and the hits."""

    query_vector: np.ndarray | None
    scored_sentences: Callable[[Clause], list[tuple[str, float]]]  # stored sentence vectors, no model call
    # The councils the question is about, when it names (or the filter picks) some: with several,
    # each may say something else, so each gets its own answer and no one Yes/No answers for all.
    councils: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Draft:
    """A writer's answer before the chain checks it: text with [n] markers for `cited`."""

    text: str
    cited: tuple[Hit, ...]
    notes: tuple[str, ...] = field(default=())


class AnswerWriter(Protocol):
    name: str

    def write(self, question: str, hits: list[Hit], context: WriterContext) -> Draft:
        """A draft citing some of `hits`; no citations means "nothing here answers it".
        Raises AnswerError when the writer cannot be used (the chain then falls back)."""
        ...


WriterFactory = Callable[["Settings", Any], AnswerWriter]
WRITERS: Registry[WriterFactory] = Registry(__name__)
register = WRITERS.register


def available() -> list[str]:
    """Registered writer names, the offline one first."""
    return [OFFLINE] + [n for n in WRITERS.names() if n != OFFLINE]


def make_writer(name: str, settings: Settings, chat_model: Any = None) -> AnswerWriter:
    factory = WRITERS.get(name)
    if factory is None:
        raise AnswerError(f"no answer writer called {name!r} (choose {', '.join(available())})")
    return factory(settings, chat_model)
