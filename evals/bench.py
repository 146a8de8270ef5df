"""Speed, size and memory figures, printed (never asserted).

    make bench         # python -m evals.bench --sizes 0 100
    make bench-scale   # python -m evals.bench --sizes 1000 10000

Each size N runs in its own process (so peak memory is its own): the five corpus protocols plus
N synthetic protocols (evals/synth.py: other council names, clauses reordered, reworded,
dropped, a share left word for word identical) go through the real ingest path into a fresh
index; then a no-change re-ingest; warm search and answer latency over the eval questions;
hit@5 of the eval questions (do N distractor councils crowd out the real clause?); index size;
peak RSS. The raw model throughput is measured in the same process as the ceiling for ingest.
Cold CLI timings (`protocols --help`, `protocols ask`) run once, on the last size's index.

Writes evals/results/bench-<stamp>.json (with machine facts) and a PNG plot of latency and
index size against N.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "evals" / "results"


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def one_size(n: int, work: Path, identical_share: float) -> dict:
    """Everything measured for one corpus size, in this process."""
    from assistant.services import embedder_factory, run_ingest
    from assistant.settings import Settings
    from evals.synth import generate_corpus

    settings = Settings(data_dir=work / "data", index_dir=work / "index")
    out: dict = {"n_synthetic": n, "identical_share_setting": identical_share}
    paths: list[Path] = [ROOT / "corpus"]
    if n:
        t0 = time.perf_counter()
        manifest = generate_corpus(
            sorted((ROOT / "corpus").glob("*.txt")), n, work / "synth", identical_share=identical_share
        )
        out["generate_s"] = round(time.perf_counter() - t0, 2)
        out["identical_share"] = manifest.get("identical_share")
        paths.append(work / "synth")

    factory = embedder_factory(settings)
    t0 = time.perf_counter()
    embedder = factory()
    out["model_load_s"] = round(time.perf_counter() - t0, 2)
    # The ceiling: the model alone on corpus-like passages, batch as ingest uses it.
    sample = [c for c in (ROOT / "corpus" / "yateley-town-council.txt").read_text().split("\n\n") if len(c) > 40]
    sample = (sample * 4)[:128]
    embedder.embed(sample[:8])
    t0 = time.perf_counter()
    embedder.embed(sample)
    out["model_passages_per_s"] = round(len(sample) / (time.perf_counter() - t0), 1)

    t0 = time.perf_counter()
    report = run_ingest(settings, paths, embedder=lambda: embedder)
    ingest_s = time.perf_counter() - t0
    out.update(
        ingest_s=round(ingest_s, 2),
        documents=len(report.added),
        passages_embedded=report.clauses_embedded,
        passages_reused=report.clauses_reused,
        ingest_failed=len(report.failed),
        # Where the time went; "embed" is the model on the texts ingest gives it (and the cache's
        # writes): its rate is the ceiling on these very texts, beside the sample's above.
        ingest_steps_s={step: round(seconds, 1) for step, seconds in report.timings.items()},
        embed_step_passages_per_s=round(report.clauses_embedded / report.timings["embed"], 1)
        if report.timings.get("embed")
        else None,
    )
    t0 = time.perf_counter()
    run_ingest(settings, paths, embedder=lambda: embedder)
    out["reingest_unchanged_s"] = round(time.perf_counter() - t0, 3)

    out.update(measure(settings, lambda: embedder, synth=work / "synth" if n else None))
    out["passages_per_s"] = round(report.clauses_embedded / ingest_s, 1) if ingest_s else None
    return out


def measure(settings, embedder=None, synth: Path | None = None) -> dict:  # noqa: ANN001 - Settings, embedder factory
    """Search and answer figures of an index as it stands: open time, size, warm latency over the
    eval questions, hit@5, peak RSS."""
    from assistant.services import open_assistant, open_index
    from evals.dataset import load_questions
    from evals.run import shows

    out: dict = {}
    t0 = time.perf_counter()
    index = open_index(settings, embedder)
    out["index_open_s"] = round(time.perf_counter() - t0, 2)
    cat = index.catalogue
    out.update(
        protocols=len(cat.documents),
        clause_records=len(cat.clauses),
        vectors=int(cat.vectors.ntotal),
        index_mb=round(_size_mb(settings.resolved_index_dir), 1),
    )
    assistant = open_assistant(settings, index)
    questions = load_questions()
    index.search(questions[0].question)
    # The synthetic councils copy the seeds, often word for word: a result may be a copy of the
    # gold clause under another council's name. "hit" wants the real council's clause;
    # "hit_same_text" also accepts a word-for-word copy of it.
    seeds = {p.stem for p in (ROOT / "corpus").glob("*.txt")}  # by id: the index may come from another checkout
    gold_full = {(c.doc_id, c.label): c.text for c in cat.whole_clauses() if c.doc_id in seeds}
    gold_text = {ref: _alnum(text) for ref, text in gold_full.items()}
    search_ms, answer_ms, hits, same_text, shown_any, provision = [], [], [], [], [], []
    for q in questions:
        t0 = time.perf_counter()
        result = index.search(q.question)
        search_ms.append((time.perf_counter() - t0) * 1000)
        if q.answerable:
            shown = {(h.clause.doc_id, h.clause.label) for h in result.hits[:5]}
            hits.append(bool(shown & set(q.gold)))
            texts = {_alnum(h.clause.text) for h in result.hits[:5]}
            same_text.append(bool(shown & set(q.gold)) or any(gold_text.get(g) in texts for g in q.gold))
            # A result stands for every council's copy of its wording (index/wordings.py): the
            # gold clause counts as shown when it is one of the copies a result lists.
            shown_any.append(any(shows(index, h) & set(q.gold) for h in result.hits[:5]))
            if synth is not None:
                provision.append(shown_any[-1] or _provision_hit(index, result.hits[:5], q.gold, gold_full, synth))
        t0 = time.perf_counter()
        assistant.ask(q.question)
        answer_ms.append((time.perf_counter() - t0) * 1000)
    out.update(
        search_ms_p50=round(statistics.median(search_ms), 1),
        search_ms_p95=round(_pct(search_ms, 0.95), 1),
        ask_ms_p50=round(statistics.median(answer_ms), 1),
        ask_ms_p95=round(_pct(answer_ms, 0.95), 1),
        hit_at_5=round(sum(hits) / len(hits), 3),
        hit_at_5_same_text=round(sum(same_text) / len(same_text), 3),
        hit_at_5_grouped=round(sum(shown_any) / len(shown_any), 3),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    )
    if provision:
        out["hit_at_5_provision"] = round(sum(provision) / len(provision), 3)
    out.update(seed_questions_grouped(index, synth))
    return out


@functools.lru_cache(maxsize=4)
def _synth_sources(synth: Path) -> tuple[dict, list]:
    from evals.synth import load_provenance, parse_source

    provenance = load_provenance(synth)
    return provenance, [parse_source(p) for p in sorted((ROOT / "corpus").glob("*.txt"))] if provenance else []


def _provision_hit(index, hits, gold, gold_text: dict, synth: Path) -> bool:  # noqa: ANN001
    """Whether a result is a synthetic council's copy (word for word, reworded or edited) of a gold
    clause of the original questions, by the generator's provenance: the right provision in
    another council's words (a lower bound, as in `seed_questions_grouped`)."""
    from evals.run import shown_clauses
    from evals.synth import source_clauses_with, text_key

    provenance, parsed = _synth_sources(synth)
    if not provenance:
        return False
    # The first words of the gold clause find it among the generator's parse of the seeds.
    wanted = set().union(*(source_clauses_with(parsed, gold_text[g][:80]) for g in gold if g in gold_text))
    origins = (provenance.get((c.doc_id, text_key(c.text)[:40])) for h in hits for c in shown_clauses(index, h))
    return any(o is not None and o[:3] in wanted for o in origins)


def seed_questions_grouped(index, synth: Path | None = None) -> dict[str, float | None]:  # noqa: ANN001
    """hit@5 of the development set's fresh seed questions (tune and test splits), counting a
    result as showing a gold snippet when it or a copy it stands for contains it: how much the
    distractors cost on questions the pipeline was not written against. Given the synthetic
    folder (its provenance.jsonl, evals/synth.py), also `..._provision`: a result that is a
    synthetic council's copy of the gold clause, reworded or edited, counts too (a lower bound:
    clauses the parser splits differently from the generator are not found again)."""
    from evals.devset import load_seed_questions, shows
    from evals.run import shown_clauses
    from evals.synth import source_clauses_with, text_key

    provenance, parsed = _synth_sources(synth) if synth else ({}, [])
    seeds = {p.stem for p in (ROOT / "corpus").glob("*.txt")}
    out: dict[str, float | None] = {}
    for split in ("tune", "test"):
        questions = [q for q in load_seed_questions() if q.split == split and q.gold]
        found = provision = 0
        for q in questions:
            shown = [c for h in index.search(q.question).hits[:5] for c in shown_clauses(index, h)]
            hit = any(shows(c.doc_id, c.text, g) for g in q.gold for c in shown)
            found += hit
            if provenance and not hit:
                gold = set().union(*(source_clauses_with(parsed, g.snippet) for g in q.gold if g.doc in seeds))
                origins = (provenance.get((c.doc_id, text_key(c.text)[:40])) for c in shown)
                hit = any(o is not None and o[:3] in gold for o in origins)
            provision += hit
        n = len(questions)
        out[f"seed_{split}_hit_at_5_grouped"] = round(found / n, 3) if n else None
        if provenance:
            out[f"seed_{split}_hit_at_5_provision"] = round(provision / n, 3) if n else None
    return out


def cold_cli(index_dir: Path, data_dir: Path) -> dict:
    """Wall time of fresh `protocols` processes, as a user at a terminal sees them."""
    exe = str(Path(sys.executable).parent / "protocols")
    env = {**os.environ, "PROTOCOLS_DATA_DIR": str(data_dir)}
    out = {}
    for name, args in (
        ("help_s", ["--help"]),
        ("ask_cold_s", ["ask", "--index", str(index_dir), "Must the Clerk attend a party group meeting?"]),
        ("bad_council_s", ["ask", "--index", str(index_dir), "--council", "Narnia", "hello there"]),
    ):
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([exe, *args], env=env, capture_output=True, check=False)
            runs.append(time.perf_counter() - t0)
        out[name] = round(statistics.median(runs), 2)
    return out


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "load_average_at_start": os.getloadavg(),
    }


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(rows, key=lambda r: r.get("protocols") or 5 + r["n_synthetic"])
    ns = [r.get("protocols") or 5 + r["n_synthetic"] for r in rows]
    fig, ax1 = plt.subplots(figsize=(7, 4))
    ax1.plot(ns, [r["search_ms_p50"] for r in rows], "o-", label="search p50 (ms)")
    ax1.plot(ns, [r["ask_ms_p50"] for r in rows], "s-", label="answer p50 (ms)")
    ax1.set_xscale("log")
    ax1.set_xlabel("protocols in the index")
    ax1.set_ylabel("warm latency (ms)")
    ax2 = ax1.twinx()
    ax2.plot(ns, [r["index_mb"] for r in rows], "^--", color="grey", label="index size (MB)")
    ax2.set_ylabel("index size on disk (MB)")
    lines = ax1.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    labels = ax1.get_legend_handles_labels()[1] + ax2.get_legend_handles_labels()[1]
    ax1.legend(lines, labels, loc="upper left", fontsize=8)
    ax1.set_title("Protocol Assistant: latency and index size against corpus size")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100], help="synthetic protocols beside the corpus")
    parser.add_argument("--identical-share", type=float, default=0.3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plot", type=Path, default=None, help="PNG path (default: evals/results/bench-<stamp>.png)")
    parser.add_argument("--index", type=Path, help="measure this existing index (no ingest): search, answers, RSS")
    parser.add_argument(
        "--synth", type=Path, help="with --index: the synthetic folder it was built from (its provenance.jsonl)"
    )
    parser.add_argument(
        "--plot-from", type=Path, nargs="+", help="draw the plot from these results files (bench runs and --index runs)"
    )
    args = parser.parse_args()

    if args.plot_from:
        rows = []
        for path in args.plot_from:
            data = json.loads(path.read_text())
            rows += data.get("sizes", [data])
        plot(rows, args.plot or RESULTS / "bench-combined.png")
        return

    if args.index is not None:
        from assistant.settings import get_settings

        row = measure(get_settings(index_dir=args.index), synth=args.synth)
        row["cli"] = cold_cli(args.index, get_settings().data_dir)
        print(json.dumps({"machine": machine(), "index": str(args.index), **row}, indent=2))
        return
    if args.one is not None:  # a child: one size, JSON on stdout
        print(json.dumps(one_size(args.one, args.work, args.identical_share)))
        return

    facts = machine()
    rows = []
    work_root = Path(tempfile.mkdtemp(prefix="protocols-bench-"))
    try:
        for n in args.sizes:
            work = work_root / f"n{n}"
            work.mkdir()
            proc = subprocess.run(
                [sys.executable, "-m", "evals.bench", "--one", str(n), "--work", str(work),
                 "--identical-share", str(args.identical_share)],
                capture_output=True, text=True, cwd=ROOT, check=False,
            )  # fmt: skip
            if proc.returncode != 0:
                print(f"size {n} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
                continue
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(_row_text(row), flush=True)
        if rows:
            last = work_root / f"n{rows[-1]['n_synthetic']}"
            cli = cold_cli(last / "index", last / "data")
        else:
            cli = {}
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    print(_table(rows, cli))
    stamp = time.strftime("%Y-%m-%dT%H%M%S")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"bench-{stamp}.json").write_text(json.dumps({"machine": facts, "sizes": rows, "cli": cli}, indent=2))
    if rows:
        png = args.plot or RESULTS / f"bench-{stamp}.png"
        plot(rows, png)
        print(f"results: {RESULTS / f'bench-{stamp}.json'}; plot: {png}")


def _row_text(row: dict) -> str:
    return f"  done: {5 + row['n_synthetic']} protocols in {row['ingest_s']} s"


def _table(rows: list[dict], cli: dict) -> str:
    cols = [
        ("protocols", lambda r: 5 + r["n_synthetic"]),
        ("ingest s", lambda r: r["ingest_s"]),
        ("embedded", lambda r: r["passages_embedded"]),
        ("reused", lambda r: r["passages_reused"]),
        ("psg/s", lambda r: r["passages_per_s"]),
        ("model psg/s", lambda r: r["model_passages_per_s"]),
        ("re-ingest s", lambda r: r["reingest_unchanged_s"]),
        ("vectors", lambda r: r["vectors"]),
        ("index MB", lambda r: r["index_mb"]),
        ("search p50", lambda r: r["search_ms_p50"]),
        ("ask p50", lambda r: r["ask_ms_p50"]),
        ("hit@5", lambda r: r["hit_at_5"]),
        ("hit@5 copy", lambda r: r.get("hit_at_5_same_text")),
        ("hit@5 grouped", lambda r: r.get("hit_at_5_grouped")),
        ("seed tune", lambda r: r.get("seed_tune_hit_at_5_grouped")),
        ("seed test", lambda r: r.get("seed_test_hit_at_5_grouped")),
        ("peak RSS MB", lambda r: r["peak_rss_mb"]),
    ]
    head = " | ".join(f"{c:>11}" for c, _ in cols)
    lines = ["Protocol Assistant benchmark (all figures printed, none asserted)", head, "-" * len(head)]
    for r in rows:
        lines.append(" | ".join(f"{str(fn(r)):>11}" for _, fn in cols))
    if cli:
        lines.append(
            f"cold CLI (median of 3): --help {cli['help_s']} s; ask {cli['ask_cold_s']} s; "
            f"--council Narnia error {cli['bad_council_s']} s"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
