"""False gaps in Compare: for every question whose gold spans two or more councils, does
Compare say "no equivalent provision found" for a council that has the gold clause? And does
the row it shows for such a council contain the gold snippet?

    python -m evals.compare_eval [--sets dev-tune,dev-test,seed]

Each set is compared on an index of exactly its documents (as `protocols eval` builds them)."""

from __future__ import annotations

import argparse

from evals.devset import CORPUS, build_index, load_dev_questions, load_documents, load_seed_questions, shows


def evaluate(name: str, questions, files, settings) -> dict:  # noqa: ANN001
    from assistant.compare import compare
    from assistant.services import open_assistant

    index_dir = settings.data_dir / "eval-indexes" / name
    build_index(files, index_dir, settings)
    assistant = open_assistant(settings.model_copy(update={"index_dir": index_dir}))
    by_doc = {d.doc_id: d.meta.council for d in assistant.index.catalogue.documents.values()}
    pairs = gaps = shown = 0
    for q in questions:
        councils = {by_doc.get(g.doc) for g in q.gold} - {None}
        if len(councils) < 2:
            continue
        rows = {r.council: r for r in compare(assistant.index, assistant.scope, q.question, settings.answer)}
        for council in councils:
            pairs += 1
            row = rows.get(council)
            if row is None or not row.found:
                gaps += 1
                continue
            golds = [g for g in q.gold if by_doc.get(g.doc) == council]
            if any(shows(h.clause.doc_id, h.clause.text, g) for h in row.hits for g in golds):
                shown += 1
    return {"pairs": pairs, "false_gaps": gaps, "gold_shown": shown}


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
    print(f"{'set':10} {'council pairs':>14} {'false gaps':>11} {'gold clause shown':>18}")
    for name in args.sets.split(","):
        r = evaluate(name, *plan[name], settings)
        print(f"{name:10} {r['pairs']:>14} {r['false_gaps']:>11} {r['gold_shown']:>18}")


if __name__ == "__main__":
    main()
