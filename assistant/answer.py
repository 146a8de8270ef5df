"""The answer record, and the offline extractive answerer: quotes, never paraphrases."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.citations import citation
from index.search import Hit
from ingest.metadata import date_deadline, describe_date
from ingest.records import Clause, DocumentMeta

MAX_CLAUSES = 3  # "two or three sentences": the answer quotes at most this many clauses
RELEVANCE_GAP = 0.12  # a clause is quoted if its best sentence is this close to the best overall
SECOND_SENTENCE_GAP = 0.03


@dataclass
class Answer:
    """What a user gets back: text with [n] markers, the clauses they point to, and notes."""

    question: str
    text: str
    abstained: bool
    cited: list[Hit] = field(default_factory=list)  # cited[n-1] is [n]
    notes: list[str] = field(default_factory=list)
    backend: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self, id_: Any = None) -> dict[str, Any]:
        """The public `ask --json` object. Citations are exactly as `search` gives them,
        numbered as the answer's [n]; none when the answer abstains."""
        return {
            "id": id_,
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [] if self.abstained else [citation(h, rank=n) for n, h in enumerate(self.cited, 1)],
            "notes": list(self.notes),
        }


def _quote_text(piece: str) -> str:
    """A sentence or list item as quoted: without its bullet mark or trailing separator (the
    rest stays verbatim, so the quote is still a substring of the clause)."""
    piece = re.sub(r"^(?:- |[a-z]\. |\(?[a-z]\) |\(?[ivx]+\) )", "", piece.strip())
    return piece.rstrip(";,").strip()


def clause_name(clause: Clause) -> str:
    """'clause 8.2' for numbered clauses; the label itself ('Expectations ¶1') otherwise."""
    return f"clause {clause.clause}" if clause.clause[:1].isdigit() else clause.clause


def _same_wording(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.8


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def extractive_answer(
    question: str, hits: list[Hit], scored_sentences: Callable[[Clause], list[tuple[str, float]]]
) -> tuple[str, list[Hit]]:
    """Pick the sentences that answer the question from the retrieved clauses, quote them
    verbatim grouped by council, cite each as [n], and lead with a sentence built only from
    what is quoted (which councils cover it; where two use the same wording)."""
    scored = []
    for hit in hits:
        sentences = scored_sentences(hit.clause)
        if sentences:
            best = max(s for _, s in sentences)
            scored.append((best, hit, sentences))
    if not scored:
        return "", []
    # Relevance by the best sentence; order by retrieval rank (which also weighs keywords).
    # The top retrieval hit is always quoted: its rank already weighs keyword evidence (a dates
    # record matches "adopted" better than any prose sentence does).
    top = max(x[0] for x in scored)
    chosen = [x for i, x in enumerate(scored) if i == 0 or x[0] >= top - RELEVANCE_GAP][:MAX_CLAUSES]

    quotes: dict[str, list[tuple[Hit, list[str]]]] = {}  # council -> [(clause, quotes)]
    for best, hit, sentences in chosen:
        ranked = sorted(sentences, key=lambda x: -x[1])
        picked = [ranked[0][0]]
        # A second sentence only for the first clause quoted: the answer stays short.
        if not quotes and len(ranked) > 1 and ranked[1][1] >= best - SECOND_SENTENCE_GAP:
            picked.append(ranked[1][0])
        order = {p: i for i, (p, _) in enumerate(sentences)}
        picked.sort(key=lambda p: order[p])
        quotes.setdefault(hit.clause.council, []).append((hit, [_quote_text(p) for p in picked]))
    # Citations are numbered in the order the answer prints them (grouped by council).
    cited = [hit for council in quotes for hit, _ in quotes[council]]

    councils = list(quotes)
    if len(councils) == 1:
        lead = f"{councils[0]}'s protocol covers this."
    else:
        lead = f"{len(councils)} councils' protocols cover this: {_join_names(councils)}."
    flat = [(c, " ".join(q)) for c in councils for _, q in quotes[c]]
    same = {
        tuple(sorted((a[0], b[0])))
        for i, a in enumerate(flat)
        for b in flat[i + 1 :]
        if a[0] != b[0] and _same_wording(a[1], b[1])
    }
    for a, b in sorted(same):
        lead += f" {a} and {b} use the same wording."
    if len(councils) > 1 and not same:
        lead += " Each words it differently:"

    lines = [lead]
    for council in councils:
        for hit, qs in quotes[council]:
            n, clause = cited.index(hit) + 1, hit.clause
            body = " \u2026 ".join(f"\u201c{q}\u201d" for q in qs)
            lines.append(f"- {council}, {clause_name(clause)}: {body} [{n}]")
    return "\n".join(lines), cited


def review_notes(cited: list[Hit], meta_for: Callable[[Clause], DocumentMeta | None], today: date) -> list[str]:
    """'Battle Town Council's protocol was due for review in January 2024.' for each cited
    protocol past its stated next review date."""
    notes = []
    seen = set()
    for hit in cited:
        meta = meta_for(hit.clause)
        if meta is None or meta.council in seen or not meta.next_review:
            continue
        seen.add(meta.council)
        if date_deadline(meta.next_review) < today:
            notes.append(f"{meta.council}'s protocol was due for review in {describe_date(meta.next_review)}.")
    return notes
