"""Retrieval figures, pure functions over ranked lists of (document id, clause label)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

Ref = tuple[str, str]


def hit_at_k(ranked: Sequence[set[Ref]], gold: set[Ref], k: int) -> float:
    """1 if any of the top k results shows a gold clause. Each result is the set of clauses it
    shows (one for a clause; several for a baseline chunk that spans clauses)."""
    return float(any(r & gold for r in ranked[:k]))


def coverage_at_k(ranked: Sequence[set[Ref]], gold: set[Ref], k: int) -> float:
    """Share of the gold clauses shown in the top k, out of as many as k results could show."""
    shown = set().union(*ranked[:k]) if ranked else set()
    return len(shown & gold) / min(k, len(gold))


def reciprocal_rank(ranked: Sequence[set[Ref]], gold: set[Ref]) -> float:
    for i, r in enumerate(ranked, 1):
        if r & gold:
            return 1.0 / i
    return 0.0


def summarise(rows: list[dict], k: int) -> dict:
    """Mean figures over per-question rows with keys hit, coverage, rr, ms."""
    if not rows:
        return {"n": 0}
    ms = sorted(r["ms"] for r in rows)
    return {
        "n": len(rows),
        f"hit@{k}": round(statistics.fmean(r["hit"] for r in rows), 4),
        f"coverage@{k}": round(statistics.fmean(r["coverage"] for r in rows), 4),
        "mrr": round(statistics.fmean(r["rr"] for r in rows), 4),
        "latency_ms_mean": round(statistics.fmean(ms), 2),
        "latency_ms_p95": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 2),
    }
