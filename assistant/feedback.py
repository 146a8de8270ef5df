"""Thumbs up / down on answers, kept in a local JSON-lines file that `evals/feedback.py` turns
into candidate eval questions."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from assistant.answer import Answer


def record_feedback(path: Path, answer: Answer, rating: str, comment: str = "") -> dict[str, Any]:
    """Append one record: the question, the answer, its citations, 'up' or 'down', a comment."""
    if rating not in ("up", "down"):
        raise ValueError(f"rating must be 'up' or 'down', not {rating!r}")
    record = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "rating": rating,
        "comment": comment,
        **answer.to_json(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record


def read_feedback(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
