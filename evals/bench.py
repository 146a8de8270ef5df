"""Speed and memory figures, printed (never asserted): `make bench` or
`python evals/bench.py [--copies N]`.

- cold ingest of corpus/ (parse + embed + index) and a no-change re-ingest;
- ingest of N extra copies of the corpus under other council names (clause texts repeat, so
  the embedding cache should embed almost nothing new);
- warm search, answer and compare latency over the eval questions;
- index size on disk and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def _size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="extra renamed copies of the corpus to ingest")
    args = parser.parse_args()

    from assistant.compare import compare
    from assistant.services import embedder_factory, open_assistant, open_index, run_ingest
    from assistant.settings import Settings
    from evals.dataset import load_questions
    from index.embedder import load_embedder

    work = Path(tempfile.mkdtemp(prefix="protocols-bench-"))
    try:
        settings = Settings(data_dir=work / "data")
        factory = embedder_factory(settings)
        t0 = time.perf_counter()
        load_embedder(settings.model, settings.embed_batch_size)
        model_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        report = run_ingest(settings, [ROOT / "corpus"], embedder=factory)
        cold_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        run_ingest(settings, [ROOT / "corpus"], embedder=factory)
        rerun_s = time.perf_counter() - t0

        copies = work / "copies"
        for n in range(args.copies):
            for f in (ROOT / "corpus").glob("*.txt"):
                dest = copies / f"copy{n}" / f.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                text = f.read_text(encoding="utf-8")
                name = "Copy" + "abcdefghijklmnopqrstuvwxyz"[n % 26] * (1 + n // 26) + "ville"
                dest.write_text(f"{name} Parish Council\n\n" + text, encoding="utf-8")
        t0 = time.perf_counter()
        copy_report = run_ingest(settings, [ROOT / "corpus", copies], embedder=factory)
        copies_s = time.perf_counter() - t0

        index = open_index(settings, factory)
        assistant = open_assistant(settings, index)
        questions = [q.question for q in load_questions()]
        index.search(questions[0])
        search_ms, answer_ms, compare_ms = [], [], []
        for q in questions:
            t0 = time.perf_counter()
            index.search(q)
            search_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            answer = assistant.ask(q)
            answer_ms.append(answer.timings_ms.get("answer", 0) + answer.timings_ms.get("decide", 0))
        for q in questions[:10]:
            t0 = time.perf_counter()
            compare(index, assistant.scope, q)
            compare_ms.append((time.perf_counter() - t0) * 1000)

        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("Protocol Assistant benchmark (2-core CPU, bundled all-MiniLM-L6-v2)")
        print(f"  model load (first, imports included)   {model_s:8.2f} s")
        print(
            f"  cold ingest of corpus/                 {cold_s:8.2f} s  ({len(report.added)} documents, "
            f"{report.clauses_embedded} passages embedded: {report.clauses_embedded / cold_s:.0f}/s overall)"
        )
        print(f"  re-ingest, nothing changed             {rerun_s * 1000:8.1f} ms")
        print(
            f"  ingest of {args.copies} renamed corpus copies       {copies_s:8.2f} s  "
            f"({len(copy_report.added)} documents added, {copy_report.clauses_embedded} passages embedded, "
            f"{copy_report.clauses_reused} reused from the cache)"
        )
        print(
            f"  index now                              {len(index.documents)} documents, "
            f"{len(index.clauses)} clause records, {index.vectors.ntotal} vectors, "
            f"{_size(settings.resolved_index_dir):.1f} MB on disk"
        )
        print(
            f"  search latency (warm, {len(questions)} questions)   p50 {statistics.median(search_ms):6.1f} ms, "
            f"p95 {_pct(search_ms, 0.95):6.1f} ms"
        )
        print(
            f"  answer step on top of retrieval        p50 {statistics.median(answer_ms):6.2f} ms, "
            f"p95 {_pct(answer_ms, 0.95):6.2f} ms"
        )
        print(
            f"  compare ({len(index.councils)} councils)                  p50 {statistics.median(compare_ms):6.1f} ms"
        )
        print(f"  peak memory (RSS)                      {peak_mb:8.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
