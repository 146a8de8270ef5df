"""Dense ranking of the question restated in the protocols' own vocabulary: the question plus
the thesaurus concepts it touches (index/concepts.py), embedded as a second query. "can i slag
off the clerk on facebook" also searches as "... (criticise officers or their advice in public;
social media)". No concept, no ranking."""

from __future__ import annotations

from index.catalogue import Catalogue
from index.concepts import concepts_for
from index.config import SearchConfig
from index.rankers import Query, register
from index.rankers.dense import DenseRanker


class ConceptRanker(DenseRanker):
    name = "concepts"

    def __init__(self, catalogue: Catalogue, config: SearchConfig) -> None:
        super().__init__(catalogue, config)

    def rank(self, query: Query) -> list[tuple[int, float]]:
        concepts = concepts_for(query.text)
        if not concepts or query.embed is None:
            return []
        return self.rank_vector(query, query.embed([f"{query.text} ({'; '.join(concepts)})"]))


register("concepts")(ConceptRanker)
