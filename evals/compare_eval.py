"""False gaps in Compare: for every question whose gold spans two or more councils, does
Compare say "no equivalent provision found" for a council that has the gold clause? And does
the row it shows for such a council contain the gold snippet?

    python -m evals.compare_eval [--sets dev-tune,dev-test,seed,all-tune,all-test]

Each set is compared on an index of exactly its documents (as `protocols eval` builds them); the
"all" sets on one index of every protocol (corpus, development set, probes C to E)."""

from __future__ import annotations

import argparse

from evals.devset import CORPUS, build_index, load_dev_questions, load_documents, load_seed_questions, shows


def evaluate(name: str, questions, files, settings, index_name: str = "") -> dict:  # noqa: ANN001
    from assistant.compare import compare
    from assistant.services import open_assistant

    index_dir = settings.data_dir / "eval-indexes" / (index_name or name)
    build_index(files, index_dir, settings)
    assistant = open_assistant(settings.model_copy(update={"index_dir": index_dir}))
    by_doc = {d.doc_id: d.meta.council for d in assistant.index.catalogue.documents.values()}
    pairs = gaps = shown = rows_found = compared = left_out = 0
    for q in questions:
        councils = {by_doc.get(g.doc) for g in q.gold} - {None}
        if len(councils) < 2:
            continue
        rows = {r.council: r for r in compare(assistant.index, assistant.scope, q.question, settings.answer)}
        compared += 1
        rows_found += sum(r.found for r in rows.values())
        for council in councils:
            pairs += 1
            row = rows.get(council)
            if row is None:  # not among the councils shown (more indexed than compare_max_councils)
                left_out += 1
                continue
            if not row.found:
                gaps += 1
                continue
            golds = [g for g in q.gold if by_doc.get(g.doc) == council]
            if any(shows(h.clause.doc_id, h.clause.text, g) for h in row.hits for g in golds):
                shown += 1
    return {
        "pairs": pairs,
        "false_gaps": gaps,
        "left_out": left_out,
        "gold_shown": shown,
        "found_per_question": rows_found / max(1, compared),
    }


def main() -> None:
    from assistant.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev-tune,dev-test,seed")
    args = parser.parse_args()
    settings = get_settings()
    docs = load_documents()
    plan = {
        "dev-tune": (
            [q for q in load_dev_questions() if q.split == "tune"],
            [d.path for d in docs if d.split == "tune"],
        ),
        "dev-test": (
            [q for q in load_dev_questions() if q.split == "test"],
            [d.path for d in docs if d.split == "test"],
        ),
        "seed": (load_seed_questions(), sorted(CORPUS.glob("*.txt"))),
    }
    # Every protocol of the set in one index (54 councils): a council's clause must hold its own
    # beside many more councils' than a set of ten or sixteen gives it. Tune and test questions apart.
    every = (
        [d.path for d in docs]
        + [
            d.path
            for name in ("documents-c.jsonl", "documents-d.jsonl", "documents-e.jsonl")
            for d in load_documents((name,))
        ]
        + sorted(CORPUS.glob("*.txt"))
    )
    probes = load_dev_questions(("questions-c.jsonl", "questions-d.jsonl", "questions-e.jsonl"))
    everyone = load_dev_questions() + load_seed_questions() + probes
    plan["all-tune"] = ([q for q in everyone if q.split == "tune"], every)
    plan["all-test"] = ([q for q in everyone if q.split == "test"], every)
    print(
        f"{'set':10} {'council pairs':>14} {'false gaps':>11} {'not shown':>10} {'gold clause shown':>18} "
        f"{'rows found':>11}"
    )
    for name in args.sets.split(","):
        r = evaluate(name, *plan[name], settings, "all" if name.startswith("all-") else "")
        print(
            f"{name:10} {r['pairs']:>14} {r['false_gaps']:>11} {r['left_out']:>10} {r['gold_shown']:>18} "
            f"{r['found_per_question']:>11.1f}"
        )


if __name__ == "__main__":
    main()
