"""Turn app feedback (data/feedback.jsonl) into candidate eval questions.

    python -m evals.feedback data/feedback.jsonl >> evals/candidates.jsonl

Each candidate has the question, the clauses the answer cited as a *proposed* gold (thumbs up)
or none (thumbs down: a person must say which clause is right, or that it is out of scope),
and `needs_review: true`. Review them before adding to evals/questions.jsonl."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from assistant.feedback import read_feedback


def _doc_id(source: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", Path(source).stem.lower()).strip("-")


def feedback_to_candidates(records: list[dict]) -> list[dict]:
    out, seen = [], set()
    for n, r in enumerate(records, 1):
        if r["question"] in seen:
            continue
        seen.add(r["question"])
        gold = [{"doc": _doc_id(c["source"]), "clause": c["clause"]} for c in r.get("citations", [])]
        out.append(
            {
                "id": f"fb{n:03d}",
                "category": "from-feedback",
                "split": "holdout",
                "question": r["question"],
                "gold": gold if r["rating"] == "up" else [],
                "needs_review": True,
                "feedback": {"rating": r["rating"], "comment": r.get("comment", ""), "abstained": r.get("abstained")},
            }
        )
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path("data/feedback.jsonl")
    for candidate in feedback_to_candidates(read_feedback(path)):
        print(json.dumps(candidate, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv))
