"""sentence-transformers vs the ONNX embedder, each measured in a fresh process; prints a table, never asserts.

    python evals/bench_embedders.py [--threads 2] [--batch 32] [--queries 100] [--cache-dir DIR]

- import time: `import sentence_transformers` vs `import onnxruntime, tokenizers, index.onnx_embedder`;
- model load time; first-query time; single-query latency p50/p95 over the eval questions;
- throughput (passages/s) on the corpus paragraphs (split on blank lines) at the given batch size;
- peak RSS of each process, and min/mean cosine between the two sets of corpus vectors.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS = {"st": "sentence-transformers", "onnx": "onnxruntime+tokenizers"}


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def corpus_paragraphs() -> list[str]:
    return [
        p.strip() for f in sorted((ROOT / "corpus").glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()
    ]


def eval_questions(n: int) -> list[str]:
    lines = (ROOT / "evals" / "questions.jsonl").read_text().splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    return (questions * (n // max(1, len(questions)) + 1))[:n]


def worker(args: argparse.Namespace) -> None:
    """One embedder in this (fresh) process: timings as JSON on stdout, corpus vectors to --out."""
    data = json.loads(Path(args.data).read_text())
    t0 = time.perf_counter()
    if args.worker == "st":
        import sentence_transformers
        import torch

        import_s = time.perf_counter() - t0
        torch.set_num_threads(args.threads)
        t1 = time.perf_counter()
        model = sentence_transformers.SentenceTransformer(data["model_dir"], device="cpu")
        load_s = time.perf_counter() - t1

        def embed(texts: list[str]):
            return model.encode(
                texts, batch_size=args.batch, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
    else:
        import onnxruntime  # noqa: F401 - timed
        import tokenizers  # noqa: F401 - timed

        from index.onnx_embedder import OnnxEmbedder

        import_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        model = OnnxEmbedder(Path(data["onnx_dir"]), name="bundled", threads=args.threads, batch_size=args.batch)
        load_s = time.perf_counter() - t1
        embed = model.embed

    t2 = time.perf_counter()
    embed([data["queries"][0]])
    first_ms = (time.perf_counter() - t2) * 1000
    latencies = []
    for query in data["queries"]:
        t = time.perf_counter()
        embed([query])
        latencies.append((time.perf_counter() - t) * 1000)
    t3 = time.perf_counter()
    vectors = embed(data["passages"])
    throughput = len(data["passages"]) / (time.perf_counter() - t3)

    import numpy as np

    np.save(args.out, np.asarray(vectors, dtype=np.float32))
    heavy = [m for m in ("torch", "transformers", "sentence_transformers") if m in sys.modules]
    result = {
        "import_s": import_s,
        "load_s": load_s,
        "first_ms": first_ms,
        "p50_ms": _pct(latencies, 0.50),
        "p95_ms": _pct(latencies, 0.95),
        "passages_per_s": throughput,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch_imported": "yes" if "torch" in heavy else "no",
    }
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, help="intra-op threads for both embedders")
    parser.add_argument("--batch", type=int, default=32, help="batch size for the corpus throughput run")
    parser.add_argument("--queries", type=int, default=100, help="single queries timed for p50/p95")
    parser.add_argument("--cache-dir", type=Path, default=None, help="ONNX export cache (default: a temp folder)")
    parser.add_argument("--worker", choices=sorted(KINDS), help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    import numpy as np

    from index.onnx_embedder import bundled_model_dir, ensure_onnx

    with tempfile.TemporaryDirectory(prefix="bench-embedders-") as tmp:
        work = Path(tmp)
        cache_dir = args.cache_dir or work / "onnx-cache"
        t = time.perf_counter()
        onnx_dir = ensure_onnx(bundled_model_dir(), cache_dir)
        export_s = time.perf_counter() - t
        passages = corpus_paragraphs()
        data = {
            "model_dir": str(bundled_model_dir()),
            "onnx_dir": str(onnx_dir),
            "queries": eval_questions(args.queries),
            "passages": passages,
        }
        (work / "data.json").write_text(json.dumps(data))
        env = {
            **os.environ,
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        }
        results, vectors = {}, {}
        for kind in KINDS:
            out = work / f"{kind}.npy"
            cmd = [sys.executable, __file__, "--worker", kind, "--data", str(work / "data.json"), "--out", str(out)]
            cmd += ["--threads", str(args.threads), "--batch", str(args.batch)]
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"{KINDS[kind]} worker failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
                continue
            results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
            vectors[kind] = np.load(out)

    print(
        f"{len(passages)} corpus paragraphs, {args.queries} single queries, {args.threads} threads, "
        f"batch {args.batch}; ONNX export/cache check {export_s:.1f} s ({os.cpu_count()} CPUs)"
    )
    rows = [
        ("import (s)", "import_s", "{:.2f}"),
        ("model load (s)", "load_s", "{:.2f}"),
        ("first query (ms)", "first_ms", "{:.1f}"),
        ("query p50 (ms)", "p50_ms", "{:.1f}"),
        ("query p95 (ms)", "p95_ms", "{:.1f}"),
        ("throughput (passages/s)", "passages_per_s", "{:.1f}"),
        ("peak RSS (MiB)", "peak_rss_mib", "{:.0f}"),
        ("torch imported", "torch_imported", "{}"),
    ]
    print(f"{'':26}" + "".join(f"{KINDS[k]:>24}" for k in results))
    for label, key, fmt in rows:
        print(f"{label:26}" + "".join(f"{fmt.format(results[k][key]):>24}" for k in results))
    if len(vectors) == 2:
        cosines = (vectors["st"] * vectors["onnx"]).sum(axis=1)
        low, mean = f"min {cosines.min():.6f}", f"mean {cosines.mean():.6f}"
        print(f"{'cosine st vs onnx':26}{low:>24}{mean:>24}")


if __name__ == "__main__":
    main()
