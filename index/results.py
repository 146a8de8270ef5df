"""What a search returns."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ingest.records import Clause


@dataclass(frozen=True)
class SameWording:
    """The other clauses a result stands for: over the whole index, clauses with the same or
    nearly the same wording are one result (index/wordings.py)."""

    councils: tuple[str, ...]  # their councils other than the result's own, sorted, each once
    clause_ids: tuple[str, ...]  # the clauses (whole-clause ids)


@dataclass(frozen=True)
class Hit:
    """A clause found for a question. `similarity` is the best cosine similarity of any of its
    passages to the question (used to decide whether the protocols answer it at all)."""

    clause: Clause
    score: float
    similarity: float
    rank: int = 0
    pinned: bool = False  # a decisive keyword match: kept whatever the diversity rules say
    same_wording: SameWording | None = None  # other councils' copies of this clause, if any
    row: int = -1  # the clause row that matched (a split clause's best part), -1 if not known


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    query_vector: np.ndarray | None = None
    councils: list[str] = field(default_factory=list)  # the councils searched (scoped) or []
    unknown_councils: list[str] = field(default_factory=list)  # named but not in the index
