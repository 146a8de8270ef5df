"""The evaluation questions (`evals/questions.jsonl`) and their gold clause references."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

QUESTIONS_PATH = Path(__file__).resolve().parent / "questions.jsonl"
OUT_OF_SCOPE = "out-of-scope"


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    category: str
    split: str  # "tune" (used while tuning) or "holdout" (only looked at for the final figures)
    gold: tuple[tuple[str, str], ...]  # (document id, clause label)

    @property
    def answerable(self) -> bool:
        return self.category != OUT_OF_SCOPE


def load_questions(path: Path = QUESTIONS_PATH) -> list[Question]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            gold = tuple((g["doc"], g["clause"]) for g in d.get("gold", []))
            out.append(Question(d["id"], d["question"], d["category"], d.get("split", "tune"), gold))
    return out
