"""Dense ranking: cosine similarity between the question and every stored vector (each clause
and each of its sentences); a clause scores its best vector."""

from __future__ import annotations

import numpy as np

from index.catalogue import Catalogue
from index.config import SearchConfig
from index.rankers import Query, register


class DenseRanker:
    name = "dense"

    def __init__(self, catalogue: Catalogue, config: SearchConfig) -> None:
        self.catalogue = catalogue
        self.candidates = config.candidates

    def rank(self, query: Query) -> list[tuple[int, float]]:
        """(clause rowid, best similarity of any of its vectors), best first."""
        return self.rank_vector(query, query.vector)

    def rank_vector(self, query: Query, vector: np.ndarray) -> list[tuple[int, float]]:
        from index.ann import search

        cat = self.catalogue
        # Over the whole index, one clause per wording (index/wordings.py): copies of a clause
        # would otherwise fill the candidates, so more vectors are looked at.
        wording = cat.wordings_for(query.rowids)
        n = min(self.candidates * (16 if wording else 4), cat.vectors.ntotal)
        if n == 0:
            return []
        allowed = None
        if query.rowids is not None:
            allowed = np.array(sorted({cat.unit_vec[u] for r in query.rowids for u in cat.clause_units[r]}), "int64")
            if not len(allowed):
                return []
        scores, ids = search(cat.vectors, vector, n, allowed)
        # Vectors come best first, so a clause's first vector is its best: stop at `candidates`
        # clauses (a sentence a thousand councils copied maps to a thousand clauses).
        best: dict[int, float] = {}
        if wording is not None:  # one clause per wording: the first clause of each
            groups: set[int] = set()
            for vec_id, sc in zip(ids[0], scores[0], strict=True):
                for group, clause in cat.wording_heads(int(vec_id)) if vec_id >= 0 else ():
                    if group not in groups:
                        groups.add(group)
                        best[clause] = float(sc)
                        if len(best) == self.candidates:
                            return list(best.items())
            return list(best.items())
        for vec_id, sc in zip(ids[0], scores[0], strict=True):
            if vec_id < 0:
                continue
            for unit_id in cat.vec_units[int(vec_id)]:
                clause = cat.unit_clause[unit_id]
                if clause not in best and (query.rowids is None or clause in query.rowids):
                    best[clause] = float(sc)
                    if len(best) == self.candidates:
                        return list(best.items())
        return list(best.items())


register("dense")(DenseRanker)
