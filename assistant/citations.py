"""The citation: how a clause is shown to a user and in the public JSON interface."""

from __future__ import annotations

from typing import Any

from index.results import Hit

CITATION_KEYS = ("rank", "council", "document", "clause", "heading", "text", "page", "source", "score")


def citation(hit: Hit, rank: int | None = None) -> dict[str, Any]:
    """`{"rank", "council", "document", "clause", "heading", "text", "page", "source", "score"}`
    with `text` the clause's full verbatim text. A stable public interface: keep these keys."""
    c = hit.clause
    return {
        "rank": rank if rank is not None else hit.rank,
        "council": c.council,
        "document": c.document,
        "clause": c.label,
        "heading": c.heading,
        "text": c.text,
        "page": c.page,
        "source": c.source,
        "score": round(float(hit.score), 6),
    }
