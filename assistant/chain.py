"""The question-answering chain (LangChain LCEL): retrieve -> decide scope -> write -> check.
The CLI and the app both call `Assistant.ask`, which runs this chain. Each step takes and
returns a typed `Turn`; the `Answer` is built once, at the end."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, review_notes
from assistant.scope import ScopeCheck
from assistant.settings import Settings
from assistant.verify import check_citations
from assistant.writers import OFFLINE, Draft, WriterContext, make_writer
from index.results import SearchResult
from index.search import ProtocolIndex
from ingest.errors import AnswerError


@dataclass(frozen=True)
class Turn:
    """The chain's state: the question and what each step has found so far."""

    question: str
    councils: list[str] | None = None
    documents: list[str] | None = None
    k: int | None = None
    writer: str = OFFLINE
    result: SearchResult | None = None
    refusal: str | None = None  # set when the protocols do not answer the question
    draft: Draft | None = None
    backend: str = "extractive"
    notes: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)


class Assistant:
    """Answers questions from a loaded index; holds the chain and (optionally) a chat model."""

    def __init__(self, index: ProtocolIndex, settings: Settings, chat_model: Any = None) -> None:
        self.index = index
        self.settings = settings
        self.scope = ScopeCheck(index.embedder, settings.answer.abstain_threshold, settings.answer.scope_margin)
        self._chat_model = chat_model
        self._offline = make_writer(OFFLINE, settings)
        self.chain = self.build_chain()
        self.scope.topic_vectors()  # embed the out-of-scope topics now, not on the first question

    # --- the chain ------------------------------------------------------------------------
    def build_chain(self) -> Runnable:
        return (
            RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._decide, name="decide_scope")
            | RunnableLambda(self._write, name="write_answer")
            | RunnableLambda(self._check, name="check_citations")
        )

    def ask(
        self,
        question: str,
        councils: list[str] | None = None,
        k: int | None = None,
        llm: str | None = None,
        documents: list[str] | None = None,
    ) -> Answer:
        """Answer one question: a short cited answer, or a plain abstention."""
        turn = Turn(question, councils, documents, k, llm or self.settings.llm.backend)
        return self.chain.invoke(turn)

    def _retrieve(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        result = self.index.search(turn.question, k=turn.k, councils=turn.councils, documents=turn.documents)
        return replace(turn, result=result, timings_ms={"retrieve": _ms(t0)})

    def _decide(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        result = turn.result
        refusal = None
        if result.unknown_councils:
            names = ", ".join(result.unknown_councils)
            refusal = (
                f"{names} is not in the corpus, so I can't say what its protocol says. "
                f"The protocols here are from: {', '.join(self.index.councils)}."
            )
        elif not result.hits or result.query_vector is None:
            refusal = self._refusal_text(result)
        else:
            verdict = self.scope.verdict(result.query_vector, max(h.similarity for h in result.hits))
            if not verdict.answerable:
                refusal = self._refusal_text(result)
        return replace(turn, refusal=refusal, timings_ms={**turn.timings_ms, "decide": _ms(t0)})

    def _refusal_text(self, result: SearchResult) -> str:
        topics = []
        for hit in result.hits:
            heading = hit.clause.heading.split(" > ")[-1].strip()
            heading = heading.split(" ", 1)[1] if heading[:1].isdigit() and " " in heading else heading
            if heading and heading.lower() not in {t.lower() for t in topics}:
                topics.append(heading)
        text = "The protocols don't cover this."
        if topics:
            text += " The nearest topics they do cover: " + "; ".join(topics[:3]) + "."
        return text

    def _write(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        if turn.refusal is not None:
            return replace(turn, timings_ms={**turn.timings_ms, "answer": _ms(t0)})
        result = turn.result
        context = WriterContext(
            result.query_vector, lambda c: self.index.catalogue.scored_sentences(c, result.query_vector)
        )
        notes: list[str] = []
        draft, backend = None, "extractive"
        if turn.writer != OFFLINE:
            try:
                writer = make_writer(turn.writer, self.settings, self._chat_model)
                draft, backend = writer.write(turn.question, result.hits, context), turn.writer
            except AnswerError as exc:
                notes.append(f"The {turn.writer} model was not used ({exc}), so this is the offline extractive answer.")
        if draft is None:
            draft = self._offline.write(turn.question, result.hits, context)
        refusal = None if draft.cited else self._refusal_text(result)
        return replace(
            turn,
            draft=draft,
            backend=backend,
            refusal=refusal,
            notes=tuple(notes) + draft.notes,
            timings_ms={**turn.timings_ms, "answer": _ms(t0)},
        )

    def _check(self, turn: Turn) -> Answer:
        """The last step: review notes, a final check that every [n] resolves and every quote is
        verbatim, and the Answer built once."""
        if turn.refusal is not None:
            return Answer(turn.question, turn.refusal, True, notes=list(turn.notes), timings_ms=turn.timings_ms)
        draft = turn.draft
        overdue = review_notes(list(draft.cited), self.index.catalogue.document_meta, self.settings.current_date())
        text = draft.text + ("\n\n" + " ".join(overdue) if overdue else "")
        notes = list(turn.notes) + overdue
        if not check_citations(text, list(draft.cited)).ok:  # pragma: no cover - writers remove bad citations
            notes.append("Warning: a citation in this answer could not be verified.")
        return Answer(turn.question, text, False, list(draft.cited), notes, turn.backend, turn.timings_ms)


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)
