"""Combining the rankers' rankings into one score per passage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


def fuse_rankings(
    rankings: list[list[tuple[int, float]]],
    weights: list[float],
    method: str = "rrf",
    rrf_k: int = 60,
    best_of: Sequence[int] = (),
) -> dict[int, float]:
    """Combine ranked lists of (id, score), best first, into one score per id.

    rrf: sum of weight / (rrf_k + rank). weighted: sum of weight * min-max normalised score.

    `best_of`: positions of rankings that are one signal seen two ways (the dense ranker and the
    thesaurus ranker, which is the dense ranker moved towards the protocols' words). An id gets
    its best contribution among them, at their summed weight, rather than the sum of their
    contributions: a clause one of them puts first is not outvoted by clauses both put tenth.
    Rankings that returned nothing are left out of the group."""
    group = [i for i in best_of if rankings[i]]
    group_weight = sum(weights[i] for i in group)
    fused: dict[int, float] = defaultdict(float)
    best: dict[int, float] = defaultdict(float)
    for i, (ranking, weight) in enumerate(zip(rankings, weights, strict=True)):
        if not ranking:
            continue
        if method == "rrf":
            contributions = [(item, 1.0 / (rrf_k + rank)) for rank, (item, _) in enumerate(ranking, 1)]
        else:
            scores = [s for _, s in ranking]
            lo, hi = min(scores), max(scores)
            contributions = [(item, (s - lo) / (hi - lo) if hi > lo else 1.0) for item, s in ranking]
        if i in group:
            for item, c in contributions:
                best[item] = max(best[item], c)
        else:
            for item, c in contributions:
                fused[item] += weight * c
    for item, c in best.items():
        fused[item] += group_weight * c
    return dict(fused)
