"""Thumbs up / down and comments on answers, kept in a local JSON-lines file that
`evals/feedback.py` turns into candidate eval questions. One record per answer: rating again or
editing the comment updates that answer's record instead of adding another."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from assistant.answer import Answer


def record_feedback(
    path: Path, answer: Answer, rating: str | None, comment: str = "", record_id: str | None = None
) -> dict[str, Any]:
    """Save the rating ('up', 'down', or None for a comment alone) and comment for an answer.
    With `record_id`, an earlier record with that id is replaced."""
    if rating not in ("up", "down", None):
        raise ValueError(f"rating must be 'up', 'down' or None, not {rating!r}")
    record = {
        "record_id": record_id,
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "rating": rating,
        "comment": comment,
        **answer.to_json(),
    }
    records = [r for r in read_feedback(path) if record_id is None or r.get("record_id") != record_id]
    records.append(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    os.replace(tmp, path)
    return record


def read_feedback(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
