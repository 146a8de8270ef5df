"""Hybrid search over the index: dense (FAISS) + lexical (BM25 via SQLite FTS5), fused, with
council scoping, per-council diversity and clause-level results."""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from assistant.settings import Settings
from index.embedder import Embedder
from index.query import (
    asks_about_dates,
    asks_to_compare,
    detect_councils,
    lexical_queries,
    phrase_query,
    strip_council_names,
    unknown_councils,
)
from index.store import DB_NAME, VECTORS_NAME, ClauseStore, StoredDocument, connect, current_version
from ingest.errors import IndexStoreError
from ingest.records import Clause

EXPANSION_WEIGHT = 0.35  # lexical score share of glossary words relative to the question's own
PHRASE_WEIGHT = 0.5  # bonus for the question's own word order (phrases of 2-3 words)
LEXICAL_DOMINANCE = 2.5  # a keyword score this many times the runner-up's counts as decisive


@dataclass(frozen=True)
class Hit:
    """A clause found for a question. `similarity` is the best cosine similarity of any of its
    passages to the question (used to decide whether the protocols answer it at all)."""

    clause: Clause
    score: float
    similarity: float
    rank: int = 0
    pinned: bool = False  # a decisive keyword match: kept whatever the diversity rules say


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    query_vector: np.ndarray | None = None
    councils: list[str] = field(default_factory=list)  # the councils searched (scoped) or []
    unknown_councils: list[str] = field(default_factory=list)  # named but not in the index


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


def diversify(
    hits: list[Hit], k: int, per_council: int, margin: float, relevance_margin: float | None = None
) -> list[Hit]:
    """Top k for a question that names no council, spread across councils (clerks compare).

    0. any pinned hit (a decisive keyword match);
    1. each council's best clause, if its similarity is within `margin` of the best overall;
    2. then, among clauses within `relevance_margin` (default 2 x `margin`), by score, at most
       `per_council` per council;
    3. then anything left, by score.
    Returned in score order."""
    if not hits:
        return []
    top = max(h.similarity for h in hits)
    relevance_margin = 2 * margin if relevance_margin is None else relevance_margin
    chosen: list[Hit] = []
    counts: dict[str, int] = defaultdict(int)

    def take(candidates: list[Hit], cap: int, first_only: bool = False) -> None:
        for hit in candidates:
            council = hit.clause.council
            if len(chosen) == k:
                return
            if hit in chosen or counts[council] >= cap or (first_only and counts[council]):
                continue
            chosen.append(hit)
            counts[council] += 1

    take([h for h in hits if h.pinned], k)
    take([h for h in hits if h.similarity >= top - margin], 1, first_only=True)
    take([h for h in hits if h.similarity >= top - relevance_margin], per_council)
    take(hits, k)
    order = {id(h): i for i, h in enumerate(hits)}
    return sorted(chosen, key=lambda h: order[id(h)])


class ProtocolIndex:
    """A loaded index: clause records in memory, FAISS vectors, the FTS5 store, the model."""

    def __init__(self, settings: Settings, embedder_factory: Callable[[], Embedder]) -> None:

        self.settings = settings
        self.index_dir = settings.resolved_index_dir
        version = current_version(self.index_dir)
        if version is None:
            raise IndexStoreError(f"{self.index_dir}: no index here yet - build it with `protocols ingest corpus/`")
        self.version = version
        try:
            self._load(version, settings)
        except (sqlite3.DatabaseError, RuntimeError) as exc:  # RuntimeError: FAISS cannot read its file
            raise IndexStoreError(
                f"{self.index_dir}: the index is damaged ({str(exc).splitlines()[0][:120]}) - rebuild it with "
                f"`protocols ingest --rebuild corpus/`"
            ) from exc
        self._embedder_factory = embedder_factory
        self._embedder: Embedder | None = None
        self._lock = threading.Lock()

    def _load(self, version: Path, settings: Settings) -> None:
        import faiss

        self.store = ClauseStore(connect(version / DB_NAME, readonly=True))
        info = self.store.info()
        if info.get("model") and info["model"] != settings.model:
            raise IndexStoreError(
                f"{self.index_dir}: built with model {info['model']!r}, but the setting is "
                f"{settings.model!r} - rebuild with `protocols ingest --rebuild corpus/`"
            )
        self.vectors = faiss.read_index(str(version / VECTORS_NAME))
        self.clauses: dict[int, Clause] = dict(self.store.clauses())
        self.clause_rowid: dict[str, int] = {c.id: r for r, c in self.clauses.items()}
        self.unit_clause: dict[int, int] = {}  # vector id -> clause rowid
        self.clause_units: dict[int, list[int]] = defaultdict(list)
        self.unit_piece = self.store.unit_pieces()
        for unit_id, clause_rowid, _ in self.store.units():
            self.unit_clause[unit_id] = clause_rowid
            self.clause_units[clause_rowid].append(unit_id)
        self.documents: dict[str, StoredDocument] = {d.doc_id: d for d in self.store.documents()}
        self.councils: list[str] = sorted({d.meta.council for d in self.documents.values()})
        self._parts: dict[tuple[str, str], list[Clause]] = defaultdict(list)
        for c in self.clauses.values():
            if c.part:
                self._parts[(c.id.split(":")[0], c.clause)].append(c)
        for parts in self._parts.values():
            parts.sort(key=lambda c: c.start)
        self.info = info

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = self._embedder_factory()
        return self._embedder

    # ------------------------------------------------------------------------------------
    def resolve_council(self, name: str) -> str:
        """A council as the user typed it ('finmere') -> its name in the index."""
        found = detect_councils(name, self.councils)
        if len(found) == 1:
            return found[0]
        exact = [c for c in self.councils if c.lower() == name.lower()]
        if exact:
            return exact[0]
        raise IndexStoreError(f"no council called {name!r} in the index - councils: {', '.join(self.councils)}")

    def resolve_document(self, name: str) -> str:
        """A document as the user typed it (its id or title) -> its id in the index."""
        for doc_id, doc in self.documents.items():
            if name.lower() in (doc_id.lower(), doc.meta.title.lower()):
                return doc_id
        raise IndexStoreError(
            f"no document called {name!r} in the index - documents: {', '.join(sorted(self.documents))}"
        )

    def doc_ids_for(self, councils: list[str] | None, documents: list[str] | None) -> set[str] | None:
        if not councils and not documents:
            return None
        ids = set(self.documents)
        if councils:
            ids = {d for d in ids if self.documents[d].meta.council in set(councils)}
        if documents:
            wanted = {x.lower() for x in documents}
            ids = {d for d in ids if d.lower() in wanted or self.documents[d].meta.title.lower() in wanted}
        return ids

    def search(
        self,
        query: str,
        k: int | None = None,
        councils: list[str] | None = None,
        documents: list[str] | None = None,
    ) -> SearchResult:
        """The k clauses that best answer `query`. A question naming a council is scoped to it;
        one naming none gets at most `per_council_cap` clauses per council."""
        s = self.settings
        k = k or s.k
        named = detect_councils(query, self.councils) if not councils else []
        scope = list(councils or named)
        doc_ids = self.doc_ids_for(scope or None, documents)
        allowed = None if doc_ids is None else {r for r, c in self.clauses.items() if c.id.split(":")[0] in doc_ids}
        allowed_units = None if allowed is None else {u for r in allowed for u in self.clause_units[r]}
        if allowed is not None and not allowed:
            return SearchResult(query, [], None, scope, unknown_councils(query, self.councils))

        # The council's name has done its job (scoping); left in, it would pull in the title page.
        text = strip_council_names(query, scope) if named else query
        qvec = self.embedder.embed([text])
        dense = self._dense(qvec, allowed_units)
        own, extra = lexical_queries(text, expand=s.expand_queries)
        lexical = self._lexical(own, extra, phrase_query(text), doc_ids)
        fused = fuse_rankings([dense, lexical], [s.dense_weight, 1 - s.dense_weight], s.fusion, s.rrf_k)
        # Rank fusion ignores margins: a clause that out-scores every other on keywords by far
        # (an exact, rare phrase) is kept near the top rather than averaged away.
        pinned: set[int] = set()
        if len(lexical) > 1 and lexical[1][1] > 0 and lexical[0][1] >= LEXICAL_DOMINANCE * lexical[1][1]:
            pinned.add(lexical[0][0])
            fused[lexical[0][0]] = max(fused.values())
        if asks_about_dates(text):  # each council's adoption/review record is a (pinned) candidate
            for rowid, c in self.clauses.items():
                if c.kind == "dates" and (allowed is None or rowid in allowed):
                    fused.setdefault(rowid, 0.0)
                    pinned.add(rowid)
        hits = self._clause_hits(fused, dict(dense), qvec, pinned)
        if not scope and s.per_council_cap:
            # A comparison question wants each council's best clause before any second ones.
            cap, margin = (1, 1.0) if asks_to_compare(query) else (s.per_council_cap, s.diversity_margin)
            hits = diversify(hits, k, cap, margin)
        hits = [replace(h, rank=i) for i, h in enumerate(hits[:k], 1)]
        return SearchResult(query, hits, qvec[0], scope, unknown_councils(query, self.councils))

    def _clause_hits(
        self, fused: dict[int, float], sims: dict[int, float], qvec: np.ndarray, pinned: set[int]
    ) -> list[Hit]:
        """Passages -> clauses, best first: a clause split into parts is one result (its best
        part's score, its best similarity); title pages are dropped; pinned hits lead."""
        by_clause: dict[tuple[str, str], list[int]] = defaultdict(list)
        for rowid in fused:
            c = self.clauses[rowid]
            if c.kind == "front-matter":
                continue  # a title page names the document; it answers nothing
            by_clause[(c.id.split(":")[0], c.clause if c.part else c.id)].append(rowid)
        hits = []
        for rowids in by_clause.values():
            best = max(rowids, key=lambda r: fused[r])
            sim = max(sims[r] if r in sims else self._similarity(qvec, r) for r in rowids)
            hits.append(
                Hit(self.whole_clause(self.clauses[best]), fused[best], float(sim), pinned=bool(pinned & set(rowids)))
            )
        # Ties (equal fused ranks are common) break on similarity, then id: the same on every build.
        hits.sort(key=lambda h: (not h.pinned, -h.score, -h.similarity, h.clause.id))
        return hits

    def _dense(self, qvec: np.ndarray, allowed_units: set[int] | None) -> list[tuple[int, float]]:
        """(clause rowid, best similarity of any of its vectors), best first."""
        import faiss

        n = min(self.settings.candidates * 4, self.vectors.ntotal)
        if n == 0:
            return []
        params = None
        if allowed_units is not None:
            chosen = np.array(sorted(allowed_units), dtype="int64")
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(chosen))
        scores, ids = self.vectors.search(qvec, n, params=params)
        best: dict[int, float] = {}
        for unit_id, sc in zip(ids[0], scores[0], strict=True):
            if unit_id >= 0:
                clause = self.unit_clause[int(unit_id)]
                best[clause] = max(best.get(clause, -1.0), float(sc))
        return sorted(best.items(), key=lambda x: -x[1])[: self.settings.candidates]

    def _lexical(self, own: str, extra: str, phrases: str, doc_ids: set[str] | None) -> list[tuple[int, float]]:
        n = self.settings.candidates
        scores: dict[int, float] = defaultdict(float)
        for rowid, sc in self.store.bm25(own, n, doc_ids):
            scores[rowid] += sc
        for rowid, sc in self.store.bm25(extra, n, doc_ids):
            scores[rowid] += EXPANSION_WEIGHT * sc
        for rowid, sc in self.store.bm25(phrases, n, doc_ids):
            scores[rowid] += PHRASE_WEIGHT * sc
        return sorted(scores.items(), key=lambda x: -x[1])[:n]

    def _similarity(self, qvec: np.ndarray, rowid: int) -> float:
        return max(float(self.vectors.reconstruct(u) @ qvec[0]) for u in self.clause_units[rowid])

    def scored_sentences(self, clause: Clause, query_vector: np.ndarray) -> list[tuple[str, float]]:
        """Each sentence or item of a (whole) clause with its similarity to the question, in
        document order. Uses the vectors stored at ingest: no model call."""
        parts = (
            self._parts.get((clause.id.split(":")[0], clause.clause)) if clause.id not in self.clause_rowid else None
        )
        rowids = [self.clause_rowid[c.id] for c in parts] if parts else [self.clause_rowid[clause.id]]
        out: list[tuple[str, float]] = []
        for rowid in rowids:
            units = self.clause_units[rowid]
            for unit in units[1:] or units:  # the sentences; the first vector is the whole clause
                out.append((self.unit_piece[unit], float(self.vectors.reconstruct(unit) @ query_vector)))
        return out

    def whole_clause(self, clause: Clause) -> Clause:
        """A passage of a split clause -> the whole clause (its parts joined, verbatim)."""
        if not clause.part:
            return clause
        parts = self._parts[(clause.id.split(":")[0], clause.clause)]
        return replace(
            parts[0],
            text="\n".join(p.text for p in parts),
            end=parts[-1].end,
            part="",
            id=parts[0].id.rsplit("-part-", 1)[0],
        )

    def document_meta(self, clause: Clause):  # noqa: ANN201
        doc = self.documents.get(clause.id.split(":")[0])
        return doc.meta if doc else None
