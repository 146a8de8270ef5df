"""Retrieval signals. Each ranker turns a `Query` into (clause rowid, score) pairs, best first;
the searcher fuses them with the weights named in `SearchConfig.weights`.

Adding a signal is one new module in this folder that calls `@register("name")` on a factory
`(catalogue, config) -> Ranker`, plus a weight for "name" in the settings' `search.weights`:
modules here are discovered on first use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np

from index.plugins import Registry

if TYPE_CHECKING:
    from index.catalogue import Catalogue
    from index.config import SearchConfig


@dataclass(frozen=True)
class Query:
    """A question as the rankers see it."""

    question: str  # as the user asked it
    text: str  # what is searched: the question without the council names it was scoped by
    vector: np.ndarray  # (1, dim) unit vector of `text`
    doc_ids: frozenset[str] | None  # documents searched, or None for all
    rowids: frozenset[int] | None  # their clause rowids, or None for all
    scoped: bool  # the search is limited to councils (named in the question or chosen)
    embed: Callable[[list[str]], np.ndarray] | None = None  # for rankers that need vectors of other texts


class Ranker(Protocol):
    name: str

    def rank(self, query: Query) -> list[tuple[int, float]]: ...


RankerFactory = Callable[["Catalogue", "SearchConfig"], Ranker]
RANKERS: Registry[RankerFactory] = Registry(__name__)
register = RANKERS.register


def available() -> list[str]:
    return RANKERS.names()


def build_rankers(catalogue: Catalogue, config: SearchConfig) -> list[Ranker]:
    """The rankers the config gives a weight to, in the config's order."""
    unknown = [name for name in config.weights if RANKERS.get(name) is None]
    if unknown:
        from ingest.errors import ProtocolError

        raise ProtocolError(
            f"no ranker called {', '.join(map(repr, unknown))} (search.weights) - available: {', '.join(available())}"
        )
    return [RANKERS.get(name)(catalogue, config) for name in config.weights]
