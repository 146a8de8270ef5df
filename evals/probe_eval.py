"""Re-run an adversarial probe: questions aimed at where a careless system gives a wrong Yes/No,
with judgements of the verdicts some version of the assistant gave (right, wrong, unsupported),
made by reading the quoted sentence and the protocol itself.

    .venv/bin/python -m evals.probe_eval --index IDX evals/devset/adversarial-probe8.jsonl

Each line: {"id", "question", "set" (optional: "ordinary" or "hard"), "judged": [{"verdict":
"yes"|"no", "judgement": "right"|"wrong"|"unsupported", "by": "helper"|"author"}]}. A verdict
the current code gives is counted by its judgement when one was made for that verdict, else as
unjudged (read those before trusting the figures). The index must hold the protocols the
questions are about (for these probes: corpus/ and evals/devset/docs*, as for fresh6-8)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def score(assistant, rows: list[dict], show: bool = False) -> Counter:  # noqa: ANN001 - Assistant
    counts: Counter = Counter()
    for row in rows:
        counts["questions"] += 1
        verdict = assistant.ask(row["question"]).verdict
        if not verdict:
            continue
        counts["verdicts"] += 1
        judged = next((j["judgement"] for j in row.get("judged", []) if j["verdict"] == verdict), "unjudged")
        counts[judged] += 1
        if row.get("set"):
            counts[f"{row['set']} verdicts"] += 1
            counts[f"{row['set']} {judged}"] += 1
        if show and judged != "right":
            print(f"{judged:11} {verdict:3} {row['id']} {row['question']}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True, type=Path)
    parser.add_argument("--show", action="store_true", help="Print each verdict not judged right.")
    parser.add_argument("probes", nargs="+", type=Path)
    args = parser.parse_args()
    from assistant.services import open_assistant
    from assistant.settings import get_settings

    assistant = open_assistant(get_settings(index_dir=args.index))
    for path in args.probes:
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        counts = score(assistant, rows, args.show)
        print(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
