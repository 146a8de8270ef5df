"""Lexical ranking: BM25 (FTS5's tokens, Porter stems and formula; index/lexical.py) over each
clause with its heading, on the question's own words, the council-vocabulary glossary's other
words (weighted down) and the question's 2-3 word phrases (a bonus for word order)."""

from __future__ import annotations

from index.catalogue import Catalogue
from index.config import SearchConfig
from index.query import lexical_words, phrases
from index.rankers import Query, register


class Bm25Ranker:
    name = "bm25"

    def __init__(self, catalogue: Catalogue, config: SearchConfig) -> None:
        self.catalogue = catalogue
        self.config = config

    def rank(self, query: Query) -> list[tuple[int, float]]:
        c = self.config
        lexical = self.catalogue.lexical
        own, extra = lexical_words(query.text, expand=c.expand_queries, concepts=c.concept_expansion)
        weights: dict[int, float] = {}
        for words, weight in ((own, 1.0), (extra, c.expansion_weight), (phrases(query.text), c.phrase_weight)):
            for column, times in lexical.query_terms(words).items():
                weights[column] = weights.get(column, 0.0) + weight * times
        wording = self.catalogue.wordings_for(query.rowids)
        return lexical.top(lexical.text_scores(weights), c.candidates, query.rowids, wording)


register("bm25")(Bm25Ranker)
