"""Search: a question -> the clauses that answer it. The catalogue holds what is indexed; the
rankers (index/rankers/) each rank it; their rankings are fused with the configured weights;
the post-ranking rules (index/rules.py) pin, join parts and diversify."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from index.catalogue import Catalogue
from index.config import IndexConfig, SearchConfig
from index.embedder import Embedder
from index.fusion import fuse_rankings
from index.query import (
    detect_councils,
    english_words,
    protocol_year,
    strip_council_names,
    strip_document_talk,
    unknown_councils,
    with_jargon_explained,
    without_words,
)
from index.rankers import Query, build_rankers
from index.results import Hit, SearchResult
from index.rules import Ranking, apply_rules
from index.spelling import respell
from ingest.cleanup import plain_quotes

__all__ = ["Hit", "ProtocolIndex", "SearchResult"]

# A year names a protocol ("the 2022 protocol") only when at most this many councils' documents have it.
YEAR_NAMES_AT_MOST = 3


def one_row_per_wording(
    rankings: dict[str, list[tuple[int, float]]], wording: Callable[[int], int]
) -> dict[str, list[tuple[int, float]]]:
    """Each ranker names one clause per wording group, but rankers may pick different copies:
    every ranking gets the same row for a group (the first any ranker named, rankers in order),
    so fusion adds up their votes for the wording."""
    chosen: dict[int, int] = {}
    out = {}
    for name, ranking in rankings.items():
        rows: dict[int, float] = {}
        for rowid, score in ranking:
            row = chosen.setdefault(wording(rowid), rowid)
            rows.setdefault(row, score)
        out[name] = list(rows.items())
    return out


class ProtocolIndex:
    """A loaded index ready to search: its catalogue, its rankers and the (lazily loaded) model."""

    def __init__(
        self,
        config: IndexConfig,
        search: SearchConfig,
        embedder_factory: Callable[[], Embedder],
        *,
        warm: bool = False,
    ) -> None:
        self.config = config
        self.search_config = search
        self._embedder_factory = embedder_factory
        self._embedder: Embedder | None = None
        self._lock = threading.Lock()
        if warm:
            self.warm_up()
        self.catalogue = Catalogue(config.index_dir, config.model)
        self.rankers = build_rankers(self.catalogue, search)
        # Each word's correction, once: a question is respelt by the chain and again by the search.
        self._corrections: dict[str, str | None] = {}

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = self._embedder_factory()
        return self._embedder

    def warm_up(self) -> None:
        """Start loading the model in a background thread, for a process that will surely embed a
        question (a CLI `ask`): onnxruntime builds its session with the GIL released, so the catalogue
        and the answer chain load meanwhile. `embedder` waits for it; if loading fails there, `embedder`
        loads again and raises the error where it is asked for."""

        def load() -> None:
            try:
                self.embedder  # noqa: B018 - loads it under the lock
            except Exception:  # noqa: BLE001 - raised again, with its message, by the caller's own load
                pass

        # (not a daemon: a process that ends meanwhile, on an error or Ctrl-C, waits for the load to
        # finish rather than tearing down onnxruntime in the middle of it)
        threading.Thread(target=load, name="load-embedder").start()

    @property
    def councils(self) -> list[str]:
        return self.catalogue.councils

    def respell(self, text: str) -> str:
        """`text` with misspelt words put right toward words the indexed protocols use (index/spelling.py)."""
        return respell(text, self.catalogue.lexical.has_word, known=self._corrections, known_english=english_words())

    def best_similarity(self, vector: np.ndarray, dates: bool = False) -> float:
        """The best cosine similarity of any passage in the whole index to `vector` (date records
        only when `dates`): whether the protocols, any council's, deal with a question at all."""
        from index.ann import search

        cat = self.catalogue
        if vector is None or cat.vectors.ntotal == 0:
            return 0.0
        scores, ids = search(cat.vectors, np.asarray(vector, "float32").reshape(1, -1), min(10, cat.vectors.ntotal))
        for score, vec_id in zip(scores[0], ids[0], strict=True):
            units = cat.vec_units.get(int(vec_id), []) if vec_id >= 0 else []
            if any(dates or cat.clauses[cat.unit_clause[u]].kind != "dates" for u in units):
                return float(score)
        return 0.0

    def search(
        self,
        query: str,
        k: int | None = None,
        councils: list[str] | None = None,
        documents: list[str] | None = None,
        detect: bool = True,
    ) -> SearchResult:
        """The k clauses that best answer `query`. A question naming a council (or a protocol by
        its year) is scoped to it, unless `detect` is off; one naming none gets at most
        `per_council_cap` clauses per council."""
        cfg, cat = self.search_config, self.catalogue
        k = k or cfg.k
        named = detect_councils(query, cat.councils) if detect and not councils else []
        scope = list(councils or named)
        doc_ids = cat.doc_ids_for(scope or None, documents)
        # "is there anything in Battle's protocol about X" searches as "X" (index/query.py).
        text = strip_document_talk(query)
        text = strip_council_names(text, scope) if named else text
        text = self.respell(text)  # "the officer's recomendation": the protocols' "recommendation"
        # "the 2022 protocol": the document of that year, when the year tells documents apart: it
        # picks out a few councils' protocols (with thousands indexed, a year picks hundreds, and
        # names none of them).
        year = protocol_year(query) if detect and doc_ids is None else None
        by_year = cat.doc_ids_for_year(year[0]) if year else set()
        year_councils = {cat.council_of(d) for d in by_year}
        if year and 0 < len(by_year) < len(cat.documents) and len(year_councils) <= YEAR_NAMES_AT_MOST:
            doc_ids = by_year
            scope = sorted(year_councils)
        if year and by_year:
            # "under the 2022 protocol" names a document: its words are not what is searched for
            # (they match "This Protocol covers ..." better than the clause that answers).
            text = without_words(text, year[1])
        rowids = None if doc_ids is None else cat.rowids_in(doc_ids)
        if rowids is not None and not rowids:
            return SearchResult(query, [], None, scope, unknown_councils(query, cat.councils))

        vector = self.embedder.embed([plain_quotes(with_jargon_explained(text))])  # as the passages were embedded
        q = Query(
            question=query,
            text=text,
            vector=vector,
            doc_ids=None if doc_ids is None else frozenset(doc_ids),
            rowids=None if rowids is None else frozenset(rowids),
            scoped=bool(scope),
            embed=self.embedder.embed,
        )
        rankings = {r.name: r.rank(q) for r in self.rankers}
        if wording := cat.wordings_for(q.rowids):
            rankings = one_row_per_wording(rankings, wording)
        names = list(rankings)
        # Over the whole index only: within chosen councils' clauses (a council-named question,
        # Compare) the two rankers agreeing is the better evidence (chosen on tune: Compare's
        # false gaps on dev tune 16 -> 14 of 162, search hit@5 the same or better).
        fused = fuse_rankings(
            list(rankings.values()),
            [cfg.weights[n] for n in names],
            cfg.fusion,
            cfg.rrf_k,
            best_of=[] if q.scoped else [names.index(n) for n in cfg.best_of if n in rankings],
        )
        if wording and cfg.wording_prior:
            # The wording a thousand councils copied from a model protocol, before one council's
            # rewording of it that happens to sit a little closer to the question.
            for row in fused:
                fused[row] += cfg.wording_prior * math.log10(cat.wording_size(row))
        hits = apply_rules(Ranking(q, k, rankings, fused), cat, cfg)
        hits = [replace(h, rank=i) for i, h in enumerate(hits[:k], 1)]
        return SearchResult(query, hits, vector[0], scope, unknown_councils(query, cat.councils))
