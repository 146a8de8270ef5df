"""How stored vector units map to FAISS vectors: one vector per distinct text. Councils copy
model protocols, so across thousands of councils the same sentence appears hundreds of times;
storing it once keeps the index small and approximate search accurate (HNSW loses recall when a
graph is mostly copies of the same points). FAISS id n is the n-th distinct text hash, in unit
order: build, load and check derive the same mapping from the units table alone."""

from __future__ import annotations

from collections.abc import Iterable

LAYOUT = "distinct-v1"  # recorded in the store's info as vector_layout


def vector_ids(units: Iterable[tuple[int, int, str]]) -> tuple[dict[int, int], list[str]]:
    """({unit id: FAISS id}, distinct text hashes in FAISS id order) for (unit id, clause rowid, hash) rows."""
    unit_vec: dict[int, int] = {}
    first: dict[str, int] = {}
    for unit_id, _, text_hash in sorted(units):
        if text_hash not in first:
            first[text_hash] = len(first)
        unit_vec[unit_id] = first[text_hash]
    return unit_vec, list(first)
