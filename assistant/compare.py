"""Compare councils: one row per council - its most relevant clause(s), or a gap."""

from __future__ import annotations

import json
from dataclasses import dataclass

from assistant.citations import citation
from assistant.scope import ScopeCheck
from assistant.settings import AnswerSettings
from assistant.view import NO_EQUIVALENT
from index.results import Hit
from index.search import ProtocolIndex


@dataclass
class CompareRow:
    council: str
    hits: list[Hit]  # empty: the council's protocol has no equivalent provision

    @property
    def found(self) -> bool:
        return bool(self.hits)


def compare(
    index: ProtocolIndex, scope: ScopeCheck, question: str, config: AnswerSettings | None = None
) -> list[CompareRow]:
    """Each council's best clause(s) for the question. A council's best counts only if the
    scope check would answer from it alone (close enough, and not nearer another subject)."""
    config = config or AnswerSettings()
    found: dict[str, list[Hit]] = {}
    for council in index.councils:
        result = index.search(question, k=config.compare_k, councils=[council])
        hits = result.hits
        if hits and result.query_vector is not None:
            best = max(h.similarity for h in hits)
            if scope.verdict(result.query_vector, best).answerable:
                top = sorted(hits, key=lambda h: -h.similarity)
                found[council] = [h for h in top if h.similarity >= best - config.compare_second_gap][
                    : config.compare_per_council
                ]
    # Equivalent means close to the best any council has, not merely on the same broad subject.
    overall = max((h.similarity for hits in found.values() for h in hits), default=0.0)
    return [
        CompareRow(
            c, found[c] if c in found and found[c][0].similarity >= overall - config.compare_equivalent_gap else []
        )
        for c in index.councils
    ]


def rows_to_json(question: str, rows: list[CompareRow]) -> dict:
    return {
        "question": question,
        "rows": [
            {
                "council": r.council,
                "found": r.found,
                "citations": [citation(h, rank=i) for i, h in enumerate(r.hits, 1)],
                "note": "" if r.found else NO_EQUIVALENT,
            }
            for r in rows
        ],
    }


def dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)
