"""Compare councils: one row per council - its most relevant clause(s), or a gap."""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

from assistant.answer import clause_name
from assistant.citations import citation
from assistant.scope import ScopeCheck
from index.search import Hit, ProtocolIndex

SECOND_CLAUSE_GAP = 0.04
EQUIVALENT_GAP = 0.18  # a council's best clause within this of the best overall counts as equivalent
NO_EQUIVALENT = "no equivalent provision found"


@dataclass
class CompareRow:
    council: str
    hits: list[Hit]  # empty: the council's protocol has no equivalent provision

    @property
    def found(self) -> bool:
        return bool(self.hits)


def compare(index: ProtocolIndex, scope: ScopeCheck, question: str, per_council: int = 2) -> list[CompareRow]:
    """Each council's best clause(s) for the question. A council's best counts only if the
    scope check would answer from it alone (close enough, and not nearer another subject)."""
    found: dict[str, list[Hit]] = {}
    for council in index.councils:
        result = index.search(question, k=3, councils=[council])
        hits = result.hits
        if hits and result.query_vector is not None:
            best = max(h.similarity for h in hits)
            if scope.verdict(result.query_vector, best).answerable:
                top = sorted(hits, key=lambda h: -h.similarity)
                found[council] = [h for h in top if h.similarity >= best - SECOND_CLAUSE_GAP][:per_council]
    # Equivalent means close to the best any council has, not merely on the same broad subject.
    overall = max((h.similarity for hits in found.values() for h in hits), default=0.0)
    return [
        CompareRow(c, found[c] if c in found and found[c][0].similarity >= overall - EQUIVALENT_GAP else [])
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


def rows_to_markdown(question: str, rows: list[CompareRow]) -> str:
    lines = [f"**{question}**", "", "| Council | Clause | Text |", "|---|---|---|"]
    for r in rows:
        if not r.found:
            lines.append(f"| {r.council} | - | *{NO_EQUIVALENT}* |")
        for h in r.hits:
            text = " ".join(h.clause.text.split()).replace("|", "\\|")
            lines.append(f"| {r.council} | {h.clause.clause} | {text} |")
    return "\n".join(lines)


def rows_to_table(question: str, rows: list[CompareRow], width: int = 100) -> str:
    """A plain terminal table: council, clause, verbatim text wrapped."""
    council_w, clause_w = 28, 22
    text_w = max(30, width - council_w - clause_w - 4)
    rule = "-" * (council_w + clause_w + text_w + 4)
    lines = [question, rule, f"{'Council':{council_w}}  {'Clause':{clause_w}}  Text", rule]
    for r in rows:
        entries = [(clause_name(h.clause), " ".join(h.clause.text.split())) for h in r.hits] or [("-", NO_EQUIVALENT)]
        for i, (label, text) in enumerate(entries):
            wrapped = textwrap.wrap(text, text_w) or [""]
            first = r.council if i == 0 else ""
            lines.append(
                f"{textwrap.shorten(first, council_w) if first else '':{council_w}}  "
                f"{textwrap.shorten(label, clause_w):{clause_w}}  {wrapped[0]}"
            )
            lines += [f"{'':{council_w}}  {'':{clause_w}}  {w}" for w in wrapped[1:]]
        lines.append(rule)
    return "\n".join(lines)


def dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)
