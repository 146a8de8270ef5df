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
        import faiss

        cat = self.catalogue
        n = min(self.candidates * 4, cat.vectors.ntotal)
        if n == 0:
            return []
        params = None
        if query.rowids is not None:
            chosen = np.array(sorted(u for r in query.rowids for u in cat.clause_units[r]), dtype="int64")
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(chosen))
        scores, ids = cat.vectors.search(query.vector, n, params=params)
        best: dict[int, float] = {}
        for unit_id, sc in zip(ids[0], scores[0], strict=True):
            if unit_id >= 0:
                clause = cat.unit_clause[int(unit_id)]
                best[clause] = max(best.get(clause, -1.0), float(sc))
        return sorted(best.items(), key=lambda x: -x[1])[: self.candidates]


register("dense")(DenseRanker)
