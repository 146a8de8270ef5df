"""The citation: how a clause is shown to a user and in the public JSON interface."""

from __future__ import annotations

from typing import Any

from index.results import Hit

CITATION_KEYS = ("rank", "council", "document", "clause", "heading", "text", "page", "source", "score", "same_wording")
SAME_WORDING_NAMES = 20  # councils named in a citation's same_wording (the count is of all)


def citation(hit: Hit, rank: int | None = None) -> dict[str, Any]:
    """`{"rank", "council", "document", "clause", "heading", "text", "page", "source", "score",
    "same_wording"}` with `text` the clause's full verbatim text and `same_wording` null or
    `{"councils": N, "first": [names]}` (other councils with the same or nearly the same wording).
    A stable public interface: keep these keys."""
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
        # Over the whole index one result stands for every council's copy of a clause.
        "same_wording": _same_wording(hit),
    }


def _same_wording(hit: Hit) -> dict[str, Any] | None:
    same = hit.same_wording
    if same is None or not same.councils:
        return None
    return {"councils": len(same.councils), "first": list(same.councils[:SAME_WORDING_NAMES])}
