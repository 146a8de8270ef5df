"""`protocols eval`: the project's retrieval against the textbook baseline, on the eval set."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from evals.baseline import TextbookBaseline, chunk_shows, clause_units
from evals.dataset import Question, load_questions
from evals.metrics import coverage_at_k, hit_at_k, reciprocal_rank, summarise

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def _ref(clause) -> tuple[str, str]:  # noqa: ANN001
    return (clause.doc_id, clause.label)


def shown_clauses(index, hit) -> list:  # noqa: ANN001 - ProtocolIndex, Hit -> list[Clause]
    """The clauses a result shows: its own and, over the whole index, the other councils' clauses
    with the same or nearly the same wording that it stands for (index/wordings.py)."""
    return [hit.clause, *(index.catalogue.by_ids(hit.same_wording.clause_ids) if hit.same_wording else ())]


def shows(index, hit) -> set[tuple[str, str]]:  # noqa: ANN001 - ProtocolIndex, Hit
    """(document id, clause label) of each clause the result shows (`shown_clauses`)."""
    return {_ref(c) for c in shown_clauses(index, hit)}


def _group(rows: list[dict], k: int) -> dict:
    out = {"overall": summarise(rows, k)}
    by_cat: dict[str, list[dict]] = defaultdict(list)
    by_split: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_cat[r["category"]].append(r)
        by_split[r["split"]].append(r)
    out["by_category"] = {c: summarise(v, k) for c, v in sorted(by_cat.items())}
    out["by_split"] = {s: summarise(v, k) for s, v in sorted(by_split.items())}
    return out


def _score(questions: list[Question], k: int, ranked_for) -> list[dict]:  # noqa: ANN001
    """Per-question rows for a ranker: `ranked_for(question)` gives, per result, the set of
    (document id, clause label) it shows."""
    rows = []
    for q in questions:
        t0 = time.perf_counter()
        ranked = ranked_for(q.question)
        ms = (time.perf_counter() - t0) * 1000
        gold = set(q.gold)
        rows.append(
            {
                "id": q.id,
                "category": q.category,
                "split": q.split,
                "ms": ms,
                "hit": hit_at_k(ranked, gold, k),
                "coverage": coverage_at_k(ranked, gold, k),
                "rr": reciprocal_rank(ranked, gold),
                "results": [f"{d} {c}" for r in ranked for d, c in sorted(r)],
                "gold": [f"{d} {c}" for d, c in q.gold],
            }
        )
    return rows


def evaluate_retrieval(index, questions: list[Question], k: int, baseline: bool = True) -> dict:  # noqa: ANN001
    """Per-question rows and summaries for the project's search and (optionally) the baseline."""
    answerable = [q for q in questions if q.answerable]
    index.search("warm-up question about the clerk", k=k)  # load the model before timing
    project_rows = _score(answerable, k, lambda q: [shows(index, h) for h in index.search(q, k=k).hits])
    report = {"project": _group(project_rows, k), "project_rows": project_rows}
    if baseline:
        files = {d.doc_id: Path(d.source) for d in index.catalogue.documents.values()}
        base = TextbookBaseline(files, index.embedder)
        units = {_ref(c): clause_units(c.text) for c in index.catalogue.whole_clauses()}
        base_rows = _score(answerable, k, lambda q: [chunk_shows(c, units) for c in base.search(q, k)])
        report["baseline"] = _group(base_rows, k)
        report["baseline_rows"] = base_rows
        report["baseline_chunks"] = len(base.chunks)
    return report


def format_table(report: dict, k: int) -> str:
    """Both systems side by side: overall, by split and by category."""
    cols = [f"hit@{k}", f"coverage@{k}", "mrr", "latency_ms_mean"]
    head = f"{'':28} {'n':>3} | " + " | ".join(f"{c:>15}" for c in ["hit@k", "coverage@k", "MRR", "ms/query"])
    lines = [f"Retrieval, k={k}: project (baseline in brackets)", head, "-" * len(head)]

    def row(name: str, p: dict, b: dict | None) -> str:
        cells = []
        for c in cols:
            pv = p.get(c, float("nan"))
            bv = b.get(c) if b else None
            fmt = "{:.1f}" if c.startswith("latency") else "{:.3f}"
            cells.append(f"{fmt.format(pv):>6} ({fmt.format(bv) if bv is not None else '-':>6})")
        return f"{name:28} {p.get('n', 0):>3} | " + " | ".join(f"{c:>15}" for c in cells)

    p, b = report["project"], report.get("baseline", {})
    lines.append(row("overall", p["overall"], b.get("overall")))
    for split, v in p["by_split"].items():
        lines.append(row(f"  split: {split}", v, b.get("by_split", {}).get(split)))
    for cat, v in p["by_category"].items():
        lines.append(row(f"  {cat}", v, b.get("by_category", {}).get(cat)))
    return "\n".join(lines)


def write_results(report: dict, settings, k: int, extra: dict | None = None) -> Path:  # noqa: ANN001
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    path = RESULTS_DIR / f"eval-{stamp}.json"
    payload = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "k": k,
        "settings": json.loads(settings.model_dump_json()),
        **report,
        **(extra or {}),
    }
    path.write_text(json.dumps(payload, indent=2, default=str))
    return path


def run(index, settings, k: int = 5, split: str = "all", baseline: bool = True) -> tuple[dict, str]:  # noqa: ANN001
    questions = [q for q in load_questions() if split == "all" or q.split == split]
    report = evaluate_retrieval(index, questions, k, baseline=baseline)
    return report, format_table(report, k)


def evaluate_answers(assistant, questions: list[Question]) -> dict:  # noqa: ANN001
    """Answer figures: gold quoted, citation validity, abstention accuracy, false abstentions,
    and the answer step's own latency (on top of retrieval)."""
    from assistant.verify import check_citations

    assistant.ask("warm-up question about the clerk")
    rows = []
    for q in questions:
        answer = assistant.ask(q.question)
        cited = {_ref(h.clause) for h in answer.cited}
        check = check_citations(answer.text, answer.cited)
        rows.append(
            {
                "id": q.id,
                "category": q.category,
                "split": q.split,
                "answerable": q.answerable,
                "abstained": answer.abstained,
                "quotes_gold": bool(cited & set(q.gold)),
                "citations": len(answer.cited),
                "valid": check.ok,
                "markers": check.markers,
                "quotes": check.quotes,
                "answer_ms": answer.timings_ms.get("answer", 0.0) + answer.timings_ms.get("decide", 0.0),
                "total_ms": sum(answer.timings_ms.values()),
                "answer": answer.text,
            }
        )
    answerable = [r for r in rows if r["answerable"]]
    oos = [r for r in rows if not r["answerable"]]
    answered = [r for r in answerable if not r["abstained"]]
    ms = sorted(r["answer_ms"] for r in rows)
    summary = {
        "answerable": len(answerable),
        "out_of_scope": len(oos),
        "answer_quotes_gold": round(sum(r["quotes_gold"] for r in answerable) / max(1, len(answerable)), 4),
        "citation_validity": round(
            sum(r["valid"] for r in rows if not r["abstained"]) / max(1, sum(not r["abstained"] for r in rows)), 4
        ),
        "abstention_accuracy_out_of_scope": round(
            sum(r["abstained"] and r["citations"] == 0 for r in oos) / max(1, len(oos)), 4
        ),
        "false_abstentions": sum(r["abstained"] for r in answerable),
        "answer_ms_mean": round(sum(ms) / max(1, len(ms)), 2),
        "answer_ms_p95": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 2) if ms else 0.0,
        "total_ms_mean": round(sum(r["total_ms"] for r in rows) / max(1, len(rows)), 2),
        "answered_without_gold": [r["id"] for r in answered if not r["quotes_gold"]],
    }
    return {"answers": summary, "answer_rows": rows}


def format_answers(summary: dict) -> str:
    s = summary
    rows = [
        ("answer quotes a gold clause", f"{s['answer_quotes_gold']:.3f}", f"{s['answerable']} answerable"),
        ("citation validity", f"{s['citation_validity']:.3f}", "every [n] resolves, every quote verbatim"),
        ("out-of-scope abstained", f"{s['abstention_accuracy_out_of_scope']:.3f}", f"{s['out_of_scope']} questions"),
        ("answerable wrongly refused", str(s["false_abstentions"]), ""),
        ("answer step latency", f"{s['answer_ms_mean']:.1f} ms", f"p95 {s['answer_ms_p95']:.1f} ms; after retrieval"),
        ("whole question", f"{s['total_ms_mean']:.1f} ms", "mean, retrieval included"),
    ]
    return "\n".join(["Answers (offline extractive answerer):"] + [f"  {a:30} {b:>9}  {c}" for a, b, c in rows])
