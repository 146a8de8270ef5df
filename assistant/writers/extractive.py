"""The offline extractive writer: quotes, never paraphrases. Picks the sentences that answer the
question from the retrieved clauses (by the sentence vectors stored at ingest), quotes them
verbatim grouped by council, cites each as [n], and leads with a sentence built only from what
is quoted."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.settings import AnswerSettings, Settings
from assistant.view import clause_title
from assistant.writers import OFFLINE, Draft, WriterContext, register
from index.results import Hit
from ingest.records import Clause


def _quote_text(piece: str) -> str:
    """A sentence or list item as quoted: without its bullet mark or trailing separator (the
    rest stays verbatim, so the quote is still a substring of the clause)."""
    piece = re.sub(r"^(?:- |[a-z]\. |\(?[a-z]\) |\(?[ivx]+\) )", "", piece.strip())
    return piece.rstrip(";,").strip()


def _same_wording(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.8


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def extractive_answer(
    question: str,
    hits: list[Hit],
    scored_sentences: Callable[[Clause], list[tuple[str, float]]],
    config: AnswerSettings | None = None,
) -> tuple[str, list[Hit]]:
    """(answer text, cited hits): quoted sentences grouped by council, each cited as [n]."""
    config = config or AnswerSettings()
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
    chosen = [x for i, x in enumerate(scored) if i == 0 or x[0] >= top - config.relevance_gap][: config.max_clauses]

    quotes: dict[str, list[tuple[Hit, list[str]]]] = {}  # council -> [(clause, quotes)]
    for best, hit, sentences in chosen:
        ranked = sorted(sentences, key=lambda x: -x[1])
        picked = [ranked[0][0]]
        # A second sentence only for the first clause quoted: the answer stays short.
        if not quotes and len(ranked) > 1 and ranked[1][1] >= best - config.second_sentence_gap:
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
            lines.append(f"- {council}, {clause_title(clause)}: {body} [{n}]")
    return "\n".join(lines), cited


class ExtractiveWriter:
    name = OFFLINE

    def __init__(self, settings: Settings, chat_model: Any = None) -> None:
        self.config = settings.answer

    def write(self, question: str, hits: list[Hit], context: WriterContext) -> Draft:
        text, cited = extractive_answer(question, hits, context.scored_sentences, self.config)
        return Draft(text, tuple(cited))


register(OFFLINE)(ExtractiveWriter)
