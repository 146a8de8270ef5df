"""Lexical ranking: BM25 (SQLite FTS5, porter stemming) over each clause with its heading, on
the question's own words, the council-vocabulary glossary's other words (weighted down) and the
question's 2-3 word phrases (a bonus for word order)."""

from __future__ import annotations

from collections import defaultdict

from index.catalogue import Catalogue
from index.config import SearchConfig
from index.query import lexical_queries, phrase_query
from index.rankers import Query, register


class Bm25Ranker:
    name = "bm25"

    def __init__(self, catalogue: Catalogue, config: SearchConfig) -> None:
        self.store = catalogue.store
        self.config = config

    def rank(self, query: Query) -> list[tuple[int, float]]:
        c = self.config
        own, extra = lexical_queries(query.text, expand=c.expand_queries, concepts=c.concept_expansion)
        doc_ids = set(query.doc_ids) if query.doc_ids is not None else None
        scores: dict[int, float] = defaultdict(float)
        for match, weight in ((own, 1.0), (extra, c.expansion_weight), (phrase_query(query.text), c.phrase_weight)):
            for rowid, sc in self.store.bm25(match, c.candidates, doc_ids):
                scores[rowid] += weight * sc
        return sorted(scores.items(), key=lambda x: -x[1])[: c.candidates]


register("bm25")(Bm25Ranker)
