"""The question-answering chain (LangChain LCEL): retrieve -> decide scope -> write -> check.
The CLI and the app both call `Assistant.ask`, which runs this chain."""

from __future__ import annotations

import time
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, extractive_answer, review_notes
from assistant.llm import llm_answer, make_chat_model
from assistant.scope import ScopeCheck
from assistant.settings import Settings
from assistant.verify import check_citations
from index.search import ProtocolIndex, SearchResult
from ingest.errors import AnswerError


class Assistant:
    """Answers questions from a loaded index; holds the chain and (optionally) a chat model."""

    def __init__(self, index: ProtocolIndex, settings: Settings, chat_model: Any = None) -> None:
        self.index = index
        self.settings = settings
        self.scope = ScopeCheck(index.embedder, settings.abstain_threshold, settings.scope_margin)
        self._chat_model = chat_model
        self._chat_error: str | None = None
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
        state = {"question": question, "councils": councils, "documents": documents, "k": k, "llm": llm}
        return self.chain.invoke(state)

    def _retrieve(self, state: dict) -> dict:
        t0 = time.perf_counter()
        result = self.index.search(
            state["question"], k=state.get("k"), councils=state.get("councils"), documents=state.get("documents")
        )
        return {**state, "result": result, "timings": {"retrieve": _ms(t0)}}

    def _decide(self, state: dict) -> dict:
        t0 = time.perf_counter()
        result: SearchResult = state["result"]
        if result.unknown_councils:
            names = ", ".join(result.unknown_councils)
            text = (
                f"{names} is not in the corpus, so I can't say what its protocol says. "
                f"The protocols here are from: {', '.join(self.index.councils)}."
            )
            state = {**state, "abstain": text}
        elif not result.hits or result.query_vector is None:
            state = {**state, "abstain": self._abstain_text(result, None)}
        else:
            verdict = self.scope.verdict(result.query_vector, max(h.similarity for h in result.hits))
            if not verdict.answerable:
                state = {**state, "abstain": self._abstain_text(result, verdict)}
        state["timings"]["decide"] = _ms(t0)
        return state

    def _abstain_text(self, result: SearchResult, verdict: Any) -> str:
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

    def _write(self, state: dict) -> Answer:
        t0 = time.perf_counter()
        question, result = state["question"], state["result"]
        if "abstain" in state:
            answer = Answer(question, state["abstain"], abstained=True)
        else:
            answer = self._write_answer(question, result, state.get("llm") or self.settings.llm)
        answer.timings_ms = {**state["timings"], "answer": _ms(t0)}
        return answer

    def _write_answer(self, question: str, result: SearchResult, backend: str) -> Answer:
        notes: list[str] = []
        if backend != "none":
            try:
                model = self._model_for(backend)
                text, cited, llm_notes = llm_answer(model, question, result.hits, self.settings.llm_timeout)
                answer = Answer(question, text, False, cited, llm_notes, backend=backend)
                return self._with_review_notes(answer)
            except AnswerError as exc:
                notes.append(f"The {backend} model was not used ({exc}), so this is the offline extractive answer.")
        text, cited = extractive_answer(
            question, result.hits, lambda c: self.index.scored_sentences(c, result.query_vector)
        )
        if not cited:
            return Answer(question, self._abstain_text(result, None), abstained=True, notes=notes)
        return self._with_review_notes(Answer(question, text, False, cited, notes))

    def _with_review_notes(self, answer: Answer) -> Answer:
        overdue = review_notes(answer.cited, self.index.document_meta, self.settings.current_date())
        if overdue:
            answer.text += "\n\n" + " ".join(overdue)
            answer.notes += overdue
        return answer

    def _check(self, answer: Answer) -> Answer:
        """The last step: a final check that every [n] resolves and every quote is verbatim."""
        if answer.abstained:
            answer.cited = []
            return answer
        check = check_citations(answer.text, answer.cited)
        if not check.ok:  # pragma: no cover - the writers above already remove bad citations
            answer.notes.append("Warning: a citation in this answer could not be verified.")
        return answer

    def _model_for(self, backend: str) -> Any:
        if self._chat_model is not None:
            return self._chat_model
        return make_chat_model(self.settings.model_copy(update={"llm": backend}))


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)
