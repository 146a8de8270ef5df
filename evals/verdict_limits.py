"""What stops a verdict: each labelled yes/no question of the tune splits, handed its gold
snippet, through the verdict rules; counts the first check that fails.

    .venv/bin/python -m evals.verdict_limits [--show CHECK] [--every-read]

Pure string work (no index, no model). Tune questions only by default; --every-read takes every
labelled question of every read file, test splits too (evals/answer_sets.py READ), for the figure
"handed the gold sentence" (a verdict from any of a question's gold snippets counts)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from assistant import verdict as V

DEVSET = Path(__file__).resolve().parent / "devset"
FILES = (
    "seed-questions.jsonl",
    "questions-a.jsonl",
    "questions-b.jsonl",
    "verdict-questions-dev.jsonl",
    "verdict-questions-seed.jsonl",
    "verdict-questions-fresh4.jsonl",
)


def failing_check(question: str, sentence: str) -> str:
    """The first check of `assistant.verdict` that keeps this sentence from answering."""
    if V.question_modality(question) is None:
        return "not a yes/no question"
    if not V.same_action(question, sentence, by_concept=True):
        return "same action"
    polarity = V.fact_polarity if V.question_modality(question) == V.FACT else V.sentence_polarity
    if polarity(sentence) is None and not any(V.conditional_polarity(question, p) for p in V.sub_clauses(sentence)):
        return "no explicit polarity"
    if not V.subject_rules(sentence):
        return "subject"
    if not V.same_direction(question, sentence):
        return "direction"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="print the questions that fail this check")
    parser.add_argument("--every-read", action="store_true", help="every read question file, every split")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    if args.every_read:
        from evals.answer_sets import READ

        files = [f"{name}.jsonl" for name in READ]
    else:
        files = list(FILES)
    for name in files:
        for line in (DEVSET / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("verdict") not in ("yes", "no") or not row.get("gold"):
                continue
            if not args.every_read and row.get("split") != "tune":
                continue
            question, label = row["question"], row["verdict"]
            given = next((v for g in row["gold"] if (v := V.sentence_verdict(question, g["snippet"]))), None)
            if given:
                counts["right" if given == label else "WRONG"] += 1
                continue
            check = failing_check(question, row["gold"][0]["snippet"])
            counts[check] += 1
            if args.show == check:
                print(f"{row['id']}: {question}\n    {row['gold'][0]['snippet']}")
    total = sum(counts.values())
    print(f"labelled yes/no {'' if args.every_read else 'tune '}questions: {total}")
    for check, n in counts.most_common():
        print(f"  {check:24} {n}")


if __name__ == "__main__":
    main()
