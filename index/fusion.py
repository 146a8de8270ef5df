"""Combining the rankers' rankings into one score per passage."""

from __future__ import annotations

from collections import defaultdict


def fuse_rankings(
    rankings: list[list[tuple[int, float]]], weights: list[float], method: str = "rrf", rrf_k: int = 60
) -> dict[int, float]:
    """Combine ranked lists of (id, score), best first, into one score per id.

    rrf: sum of weight / (rrf_k + rank). weighted: sum of weight * min-max normalised score."""
    fused: dict[int, float] = defaultdict(float)
    for ranking, weight in zip(rankings, weights, strict=True):
        if not ranking:
            continue
        if method == "rrf":
            for rank, (item, _) in enumerate(ranking, 1):
                fused[item] += weight / (rrf_k + rank)
        else:
            scores = [s for _, s in ranking]
            lo, hi = min(scores), max(scores)
            for item, s in ranking:
                fused[item] += weight * ((s - lo) / (hi - lo) if hi > lo else 1.0)
    return dict(fused)
