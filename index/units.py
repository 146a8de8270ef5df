"""What gets a vector: each clause as a whole (with its heading and lead-in as context) and,
for clauses of more than one sentence or item, each sentence or item on its own. A question
about one bullet of a twelve-bullet list then meets that bullet's own vector, not a blur of
all twelve. Clause similarity is the best of its vectors."""

from __future__ import annotations

import re

from ingest.records import Clause

_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'])|\n")
_MIN_WORDS = 4


def vector_texts(clause: Clause) -> list[str]:
    """The whole clause's context text first, then one text per sentence or list item."""
    whole = clause.context_text()
    pieces = [p.strip() for p in _SENTENCE.split(clause.text) if len(p.split()) >= _MIN_WORDS]
    if len(pieces) <= 1:
        return [whole]
    heading = clause.heading.split(" > ")[-1]
    # Items make sense with the sentence that introduces them ("Officers can expect from ...:").
    lead = clause.lead_in or (pieces[0] if pieces[0].endswith(":") else "")
    out = [whole]
    for piece in pieces:
        if piece == lead:
            continue
        context = " ".join(x for x in (heading, lead) if x)
        out.append(f"{context}\n{piece}" if context else piece)
    return list(dict.fromkeys(out))
