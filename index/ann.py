"""FAISS index types chosen by corpus size, and filtered search that stays exact where it matters.

Pure functions over numpy arrays; `faiss` is imported inside them (keeps the CLI's import light).

Why flat below 20,000 vectors and HNSW above: `IndexFlatIP` builds in 0.2 s and is exact, but
each search costs time in proportion to the vectors (STACK_NOTES.md "FAISS": ~16 ms at 100k x
384-d; measured in the 10,005-protocol benchmark index here: ~19 ms a search at 45,196
vectors, with two or three searches a question). HNSW answers in ~1 ms with recall@10 >= 0.99
(`evals/ann_recall.py`: 0.996 at efSearch 256 on real embeddings) and builds in seconds at
these sizes (`IndexHNSWFlat(M=32)` took 28 s per 100k vectors). The corpus and a few hundred
protocols stay exact. Flat search time grows linearly:
10,000 councils x ~25-60 clauses is 0.25-0.6 M vectors, 40-100 ms per query on flat, while HNSW
stays at ~1-2 ms per query. IVF (build 2.6 s, ~0.5 ms) is faster still to build but its recall
depends on nprobe and on the clustering; `evals/ann_recall.py` measures all three on real
embeddings.

Inner product on unit vectors (= cosine). Every index is wrapped in `IndexIDMap2`, so searches
return the caller's int64 ids and vectors can be reconstructed by id.

Duplicates: councils copy model protocols word for word, so at scale the same clause vector is
stored under many ids (synthetic 10,000 councils: 247k clauses, ~4k distinct texts). HNSW then
loses recall badly - its candidate list (efSearch) fills with copies of one vector, so the
search sees only efSearch / copies distinct points (measured on real embeddings, 25k vectors,
~20 copies each: recall@10 0.84 at efSearch 64; efSearch 1024 needed for 0.99, 8 ms a query).
`dedupe_vectors` stores each distinct vector once (under its smallest id) and `search(...,
duplicates=...)` hands back every id sharing a returned vector; count distinct vectors when
choosing the kind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import faiss

EXACT_BELOW = 20_000
# A filter that allows fewer ids than this is answered exactly from just those vectors:
# reconstructing a few thousand 384-d vectors and one matrix product take ~1-3 ms, while HNSW
# with a very selective filter walks the graph through mostly excluded nodes and loses recall.
FILTER_EXACT_BELOW = 4_096
# With a filter, HNSW's efSearch is divided by the share of ids allowed, up to this bound.
FILTERED_EF_MAX = 2_048
KINDS = ("flat", "hnsw", "ivf")


def choose_index_kind(n_vectors: int, exact_below: int = EXACT_BELOW) -> str:
    """ "flat" (exact) below `exact_below` vectors, else "hnsw" (see the module docstring)."""
    if n_vectors < 0:
        raise ValueError(f"n_vectors must be >= 0, not {n_vectors}")
    return "flat" if n_vectors < exact_below else "hnsw"


def _distinct_ids(ids: object) -> np.ndarray:
    """Sorted distinct int64 ids (a sort beats np.unique's hashing for int arrays this size)."""
    a = np.sort(np.asarray(ids, dtype=np.int64).ravel())
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def _as_matrix(vectors: np.ndarray) -> np.ndarray:
    x = np.asarray(vectors, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    if x.ndim != 2:
        raise ValueError(f"expected a 2-D array of vectors, got shape {x.shape}")
    return np.ascontiguousarray(x)


@dataclass(frozen=True)
class Duplicates:
    """Which ids share one stored vector: `ids[i]` is found under the stored id `reps[i]`.

    Both arrays are int64 and aligned, sorted by (rep, id); a unique vector's id is its own rep.
    Save them alongside the index (e.g. as a column of the clause store) to search after a load.
    """

    ids: np.ndarray
    reps: np.ndarray

    @classmethod
    def from_arrays(cls, ids: np.ndarray, reps: np.ndarray) -> Duplicates:
        ids = np.asarray(ids, dtype=np.int64).ravel()
        reps = np.asarray(reps, dtype=np.int64).ravel()
        if ids.shape != reps.shape:
            raise ValueError("ids and reps must be the same length")
        order = np.lexsort((ids, reps))
        return cls(ids[order], reps[order])

    @property
    def n_ids(self) -> int:
        return len(self.ids)

    @property
    def n_vectors(self) -> int:
        return len(_distinct_ids(self.reps))

    def __post_init__(self) -> None:
        by_id = np.argsort(self.ids, kind="stable")
        object.__setattr__(self, "_sorted_ids", self.ids[by_id])
        object.__setattr__(self, "_reps_by_id", self.reps[by_id])

    def reps_for(self, ids: np.ndarray) -> np.ndarray:
        """The stored ids (sorted, distinct) holding the vectors of `ids`; unknown ids are ignored."""
        ids = np.asarray(ids, dtype=np.int64).ravel()
        sorted_ids: np.ndarray = self._sorted_ids  # type: ignore[attr-defined]
        if not len(sorted_ids) or not len(ids):
            return np.empty(0, dtype=np.int64)
        pos = np.clip(np.searchsorted(sorted_ids, ids), 0, len(sorted_ids) - 1)
        known = sorted_ids[pos] == ids
        return _distinct_ids(self._reps_by_id[pos[known]])  # type: ignore[attr-defined]

    def members(self, rep: int) -> np.ndarray:
        """All ids stored under `rep`, ascending (just `rep` when it has no copies)."""
        lo, hi = np.searchsorted(self.reps, [rep, rep + 1])
        return self.ids[lo:hi] if hi > lo else np.array([rep], dtype=np.int64)

    def expand(
        self, scores: np.ndarray, rep_ids: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Replace each returned rep by its member ids (only `allowed` ones, sorted), keep k."""
        out_scores, out_ids = _empty(len(rep_ids), k)
        for row in range(len(rep_ids)):
            filled = 0
            for score, rep in zip(scores[row], rep_ids[row], strict=True):
                if rep < 0 or filled >= k:
                    break
                members = self.members(int(rep))
                if allowed is not None:
                    pos = np.clip(np.searchsorted(allowed, members), 0, len(allowed) - 1)
                    members = members[allowed[pos] == members]
                take = members[: k - filled]
                out_ids[row, filled : filled + len(take)] = take
                out_scores[row, filled : filled + len(take)] = score
                filled += len(take)
        return out_scores, out_ids


def dedupe_vectors(vectors: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, Duplicates]:
    """(distinct vectors, the id each is stored under, the `Duplicates` map), bit-identical rows merged.

    Identical texts get identical vectors when embeddings are cached by text (as the index
    build does); each distinct vector is stored under the smallest id that has it, in order of
    first appearance.
    """
    x = _as_matrix(vectors)
    id_arr = np.asarray(ids, dtype=np.int64).ravel()
    if len(id_arr) != len(x):
        raise ValueError(f"{len(x)} vectors but {len(id_arr)} ids")
    if not len(x):
        return x, id_arr, Duplicates.from_arrays(id_arr, id_arr)
    rows = x.view(np.dtype((np.void, x.dtype.itemsize * x.shape[1]))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    group_min = np.full(len(first), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(group_min, inverse, id_arr)
    order = np.argsort(first, kind="stable")  # groups in order of first appearance
    return x[first[order]], group_min[order], Duplicates.from_arrays(id_arr, group_min[inverse])


def build_vector_index(
    vectors: np.ndarray,
    ids: np.ndarray,
    kind: str | None = None,
    *,
    hnsw_m: int = 32,
    ef_construction: int = 80,
    ef_search: int = 64,
    ivf_nlist: int | None = None,
    ivf_nprobe: int = 16,
) -> faiss.Index:
    """An `IndexIDMap2` over flat / HNSW / IVF inner-product storage holding `vectors` as `ids`.

    `vectors` must be L2-normalised (n x d); `ids` distinct int64. `kind` None picks by size
    (`choose_index_kind`). HNSW keeps `ef_search` in the index (faiss writes it with the index;
    `configure_after_load` sets it again after reading). "ivf" is for comparison: IVFFlat with
    `ivf_nlist` lists (default sqrt(n)), `ivf_nprobe` probed.
    """
    import faiss

    x = _as_matrix(vectors)
    id_arr = np.ascontiguousarray(np.asarray(ids).ravel(), dtype=np.int64)
    n, dim = x.shape
    if len(id_arr) != n:
        raise ValueError(f"{n} vectors but {len(id_arr)} ids")
    if len(_distinct_ids(id_arr)) != n:
        raise ValueError("ids must be distinct")
    if n:
        norms = np.linalg.norm(x, axis=1)
        if not np.allclose(norms, 1.0, atol=1e-3):
            raise ValueError("vectors must be L2-normalised (normalize_embeddings=True)")
    kind = kind or choose_index_kind(n)
    if kind == "flat":
        inner = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        inner = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = ef_construction
        inner.hnsw.efSearch = ef_search
    elif kind == "ivf":
        if not n:
            raise ValueError("an IVF index needs vectors to train on")
        nlist = ivf_nlist or max(1, min(int(math.sqrt(n)), n // 39))
        quantizer = faiss.IndexFlatIP(dim)
        inner = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        inner.train(x)
        inner.nprobe = min(ivf_nprobe, nlist)
        inner.make_direct_map()  # reconstruct() by position, used by the exact filtered path
    else:
        raise ValueError(f"unknown index kind {kind!r}; expected one of {KINDS}")
    index = faiss.IndexIDMap2(inner)
    if n:
        index.add_with_ids(x, id_arr)
    return index


def _inner(index: faiss.Index) -> faiss.Index:
    import faiss

    # Never drop the caller's wrapper: it owns the C++ object the downcast wrappers point into.
    top = index if hasattr(index, "id_map") else faiss.downcast_index(index)
    return faiss.downcast_index(top.index) if hasattr(top, "id_map") else top


def index_kind(index: faiss.Index) -> str:
    """ "flat", "hnsw" or "ivf": what `index` (an IDMap2 from `build_vector_index`) holds."""
    import faiss

    inner = _inner(index)
    if isinstance(inner, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(inner, faiss.IndexIVF):
        return "ivf"
    return "flat"


def configure_after_load(index: faiss.Index, ef_search: int, nprobe: int | None = None) -> faiss.Index:
    """Set HNSW efSearch (and IVF nprobe) on an index read back with `faiss.read_index`.

    faiss 1.15 does write efSearch with an HNSW index, but older versions and indexes written
    elsewhere may not: set it explicitly after every load. Returns `index`.
    """
    import faiss

    inner = _inner(index)
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = int(ef_search)
    elif isinstance(inner, faiss.IndexIVF) and nprobe is not None:
        inner.nprobe = int(nprobe)
    return index


def _empty(nq: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.full((nq, k), -np.inf, dtype=np.float32), np.full((nq, k), -1, dtype=np.int64)


def _present(index: faiss.Index, ids: np.ndarray) -> np.ndarray:
    import faiss

    return ids[np.isin(ids, faiss.vector_to_array(index.id_map))]


def _exact_subset(index: faiss.Index, q: np.ndarray, k: int, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k among `allowed` ids: reconstruct just those vectors and score them."""
    try:
        vecs = index.reconstruct_batch(allowed)
    except RuntimeError:  # some ids are not in the index
        allowed = _present(index, allowed)
        if not len(allowed):
            return _empty(len(q), k)
        vecs = index.reconstruct_batch(allowed)
    scores = q @ vecs.T  # (nq, m)
    m = len(allowed)
    top = min(k, m)
    if top < m:
        part = np.argpartition(-scores, top - 1, axis=1)[:, :top]
    else:
        part = np.broadcast_to(np.arange(m), (len(q), m))
    part_scores = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-part_scores, axis=1, kind="stable")
    best = np.take_along_axis(part, order, axis=1)
    out_scores, out_ids = _empty(len(q), k)
    out_scores[:, :top] = np.take_along_axis(scores, best, axis=1)
    out_ids[:, :top] = allowed[best]
    return out_scores, out_ids


def search(
    index: faiss.Index,
    queries: np.ndarray,
    k: int,
    allowed_ids: np.ndarray | None = None,
    ef_search: int | None = None,
    *,
    duplicates: Duplicates | None = None,
    exact_filter_below: int = FILTER_EXACT_BELOW,
) -> tuple[np.ndarray, np.ndarray]:
    """Top-`k` (scores, ids), each (n_queries x k), best first; missing slots are (-inf, -1).

    `allowed_ids` restricts results to those ids. Fewer than `exact_filter_below` of them: exact
    scores from just those vectors, whatever the index kind. More: the index's own filtered
    search (`IDSelectorBatch`); for HNSW with efSearch raised in proportion to how selective the
    filter is (ef / share allowed, at most `FILTERED_EF_MAX`), for IVF nprobe likewise.
    `ef_search` overrides the index's efSearch for this call only (the index is not modified).
    With `duplicates` (an index built from `dedupe_vectors`), ids are the original ids: each
    stored vector stands for all its copies, and a filter allows a vector if it allows a copy.
    """
    import faiss

    if k <= 0:
        raise ValueError(f"k must be positive, not {k}")
    if duplicates is not None:
        allowed = None if allowed_ids is None else _distinct_ids(allowed_ids)
        reps = None if allowed is None else duplicates.reps_for(allowed)
        scores, rep_ids = search(index, queries, k, reps, ef_search, exact_filter_below=exact_filter_below)
        return duplicates.expand(scores, rep_ids, k, allowed)
    q = _as_matrix(queries)
    inner = _inner(index)
    ntotal = index.ntotal
    if ntotal == 0 or len(q) == 0:
        return _empty(len(q), k)

    sel = None
    share = 1.0
    if allowed_ids is not None:
        allowed = _distinct_ids(allowed_ids)
        if not len(allowed):
            return _empty(len(q), k)
        if len(allowed) < exact_filter_below:
            return _exact_subset(index, q, k, allowed)
        sel = faiss.IDSelectorBatch(allowed)
        share = min(1.0, len(allowed) / ntotal)

    if isinstance(inner, faiss.IndexHNSW):
        ef = max(int(ef_search or inner.hnsw.efSearch), k)
        if sel is not None:
            ef = max(ef, min(FILTERED_EF_MAX, math.ceil(ef / share)))
        params = faiss.SearchParametersHNSW(efSearch=ef)
    elif isinstance(inner, faiss.IndexIVF):
        nprobe = inner.nprobe
        if sel is not None:
            nprobe = min(inner.nlist, math.ceil(nprobe / share))
        params = faiss.SearchParametersIVF(nprobe=nprobe)
    else:
        params = faiss.SearchParameters() if sel is not None else None
    if sel is not None:
        params.sel = sel
    scores, ids = index.search(q, k, params=params)
    return scores, ids


def recall_at_k(
    index: faiss.Index,
    exact_index: faiss.Index,
    queries: np.ndarray,
    k: int = 10,
    *,
    allowed_ids: np.ndarray | None = None,
    ef_search: int | None = None,
    duplicates: Duplicates | None = None,
    tie_tolerance: float = 1e-5,
) -> float:
    """Share of the exact top-k found by `index`, averaged over `queries`.

    Ties count: councils copy clauses word for word, so the same vector is often stored under
    many ids and the exact top-k is then an arbitrary pick among equal scores. A returned id
    whose true score (recomputed from `exact_index`) is within `tie_tolerance` of the exact k-th
    score is as good as the exact one and counts as found. `exact_index` must hold every id
    (a flat IDMap2 over all vectors); `duplicates` applies to `index` only.
    """
    q = _as_matrix(queries)
    _, approx = search(index, q, k, allowed_ids, ef_search, duplicates=duplicates)
    exact_scores, exact = search(exact_index, q, k, allowed_ids)
    found = approx[approx >= 0]
    true_scores: dict[int, np.ndarray] = {}
    if len(found):
        uniq = _distinct_ids(found)
        vecs = exact_index.reconstruct_batch(uniq)
        true_scores = dict(zip(uniq.tolist(), vecs, strict=True))
    total = 0.0
    counted = 0
    for i in range(len(q)):
        want = exact[i][exact[i] >= 0]
        if not len(want):
            continue
        kth = float(exact_scores[i][len(want) - 1])
        want_set = set(want.tolist())
        hits = 0
        for a in approx[i][approx[i] >= 0].tolist():
            if a in want_set or float(true_scores[a] @ q[i]) >= kth - tie_tolerance:
                hits += 1
        total += min(hits, len(want)) / len(want)
        counted += 1
    return total / counted if counted else 1.0
