"""What stops a verdict: each labelled yes/no question of the tune splits, handed its gold
snippet, through the verdict rules; counts the first check that fails.

    .venv/bin/python -m evals.verdict_limits [--show CHECK]

Pure string work (no index, no model). Tune questions only: nothing here looks at a test split."""

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
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for name in FILES:
        for line in (DEVSET / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("split") != "tune" or row.get("verdict") not in ("yes", "no"):
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
    print(f"labelled yes/no tune questions: {total}")
    for check, n in counts.most_common():
        print(f"  {check:24} {n}")


if __name__ == "__main__":
    main()
