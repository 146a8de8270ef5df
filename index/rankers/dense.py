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
        # Within chosen clauses (a council's), each allowed vector's clauses among them, in unit order
        # as `vec_units` gives them (the unit arrays are read in id order): a sentence a thousand
        # councils copied has a thousand units, all but a few of them not among the chosen clauses.
        chosen: dict[int, list[int]] | None = None
        if query.rowids is not None:
            by_vec: dict[int, list[tuple[int, int]]] = {}
            for r in query.rowids:
                for u in cat.clause_units[r]:
                    by_vec.setdefault(cat.unit_vec[u], []).append((u, r))
            if not by_vec:
                return []
            chosen = {vec: [r for _, r in sorted(pairs)] for vec, pairs in by_vec.items()}
            allowed = np.array(sorted(chosen), "int64")
        scores, ids = search(cat.vectors, vector, n, allowed)
        # Vectors come best first, so a clause's first vector is its best: stop at `candidates`
        # clauses (a sentence a thousand councils copied maps to a thousand clauses).
        best: dict[int, float] = {}
        if wording is not None:  # one clause per wording: the first clause of each
            groups: set[int] = set()
            for sc, heads in zip(scores[0].tolist(), cat.wording_heads_of(ids[0]), strict=True):
                for group, clause in heads:
                    if group not in groups:
                        groups.add(group)
                        best[clause] = sc
                        if len(best) == self.candidates:
                            return list(best.items())
            return list(best.items())
        for vec_id, sc in zip(ids[0].tolist(), scores[0].tolist(), strict=True):
            if vec_id < 0:
                continue
            if chosen is not None:
                clauses = chosen.get(vec_id, [])
            else:
                clauses = [cat.unit_clause[u] for u in cat.vec_units[vec_id]]
            for clause in clauses:
                if clause not in best:
                    best[clause] = sc
                    if len(best) == self.candidates:
                        return list(best.items())
        return list(best.items())


register("dense")(DenseRanker)
