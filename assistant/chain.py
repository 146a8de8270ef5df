"""The question-answering chain (LangChain LCEL): understand (small talk, follow-ups) ->
retrieve -> decide scope -> write -> check. The CLI and the app both call `Assistant.ask`,
which runs this chain. Each step takes and returns a typed `Turn`; the `Answer` is built once,
at the end."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, asked_dates, dates_line, no_dates_line, review_notes, states_date
from assistant.conversation import (
    carried_council,
    follow_up_place,
    follow_up_topic,
    last_full_question,
    resolve,
    unknown_place,
)
from assistant.scope import (
    EXAMPLE_QUESTIONS,
    ScopeCheck,
    ScopeGate,
    gifts_unanswered,
    help_text,
    load_gate,
    not_a_question,
)
from assistant.settings import Settings
from assistant.verdict import (
    choose_verdict,
    is_list_item,
    refers_back,
    sentence_before,
    starts_with_pronoun,
    text_before,
    uninverted,
)
from assistant.verify import check_citations, quotes
from assistant.writers import OFFLINE, Draft, WriterContext, make_writer
from index.catalogue import close_councils, misspelt_council
from index.concepts import concepts_for, topic_stems
from index.query import asks_about_dates, detect_councils, protocol_year, strip_council_names
from index.results import SearchResult
from index.search import ProtocolIndex
from index.units import sentences as split_sentences
from ingest.errors import AnswerError, some_names


@dataclass(frozen=True)
class Turn:
    """The chain's state: the question and what each step has found so far."""

    question: str  # what is answered (a follow-up becomes the question it follows up)
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
    asked: str = ""  # the user's own words
    history: tuple[Any, ...] = ()
    verdict: str | None = None
    review_said: str = ""  # the council whose next review date the first line states
    topic: bool = False  # a topic to compare ("confidentiality"), where one word will do


class Assistant:
    """Answers questions from a loaded index; holds the chain and (optionally) a chat model."""

    def __init__(self, index: ProtocolIndex, settings: Settings, chat_model: Any = None) -> None:
        self.index = index
        self.settings = settings
        self.scope = ScopeCheck(
            index.embedder,
            settings.answer.abstain_threshold,
            settings.answer.scope_margin,
            settings.answer.concept_scope_margin,
            self._gate(index, settings),
        )
        self._chat_model = chat_model
        self._offline = make_writer(OFFLINE, settings)
        self.chain = self.build_chain()
        self.scope.topic_vectors()  # embed the out-of-scope topics now, not on the first question

    @staticmethod
    def _gate(index: ProtocolIndex, settings: Settings) -> ScopeGate | None:
        """The trained scope gate for the index's model, at the threshold the settings ask for."""
        gate = load_gate(index.embedder.name, index.embedder.dim) if settings.answer.scope_gate else None
        if gate is not None and settings.answer.scope_gate_threshold is not None:
            gate = replace(gate, threshold=settings.answer.scope_gate_threshold)
        return gate

    # --- the chain ------------------------------------------------------------------------
    def build_chain(self) -> Runnable:
        return (
            RunnableLambda(self._understand, name="understand")
            | RunnableLambda(self._retrieve, name="retrieve")
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
        history: list[Any] | None = None,
    ) -> Answer:
        """Answer one question: a short cited answer, or a plain abstention. `history` is the
        conversation so far (LangChain chat messages, earlier Answers or questions): a follow-up
        such as "what about Battle?" re-asks the last full question for that council."""
        turn = Turn(
            question,
            councils,
            documents,
            k,
            llm or self.settings.llm.backend,
            asked=question,
            history=tuple(history or ()),
        )
        return self.chain.invoke(turn)

    def refusal(self, question: str, councils: list[str] | None = None, topic: bool = False) -> str | None:
        """The reply without clauses that `ask` would give (small talk, empty input, a council not
        in the index, a question the protocols do not cover), or None when they answer it: for
        views other than the answer (compare) to refuse as the answer does. A `topic` (what Compare
        takes) may be one word: "confidentiality" is a topic, not too short a question."""
        turn = Turn(question, councils, asked=question, topic=topic)
        for step in (self._understand, self._retrieve, self._decide):
            turn = step(turn)
            if turn.refusal is not None:
                return turn.refusal
        return None

    def _understand(self, turn: Turn) -> Turn:
        """Small talk and empty input get help, not clauses; a follow-up gets its full question."""
        reason = not_a_question(turn.question)
        if reason == "too short" and turn.topic and re.search(r"[A-Za-z]{3,}", turn.question):
            reason = None
        if reason:
            return replace(turn, refusal=help_text(self.index.councils, reason, turn.question))
        if place := unknown_place(turn.question, self.index.councils):
            return replace(
                turn,
                refusal=f"{place} is not in the index, so I can't say what its protocol says. "
                f"The protocols here are from: {some_names(self.index.councils)}.",
            )
        question, named = resolve(turn.question, turn.history, self.index.councils)
        if named and not detect_councils(turn.question, named):  # "and in yately?"
            turn = replace(
                turn, notes=(*turn.notes, f"Taking \u201c{follow_up_place(turn.question)}\u201d to mean {named[0]}.")
            )
        if (
            not named
            and not turn.councils
            and (carried := carried_council(turn.question, turn.history, self.index.councils))
        ):
            # "when was it last reviewed?" after a question about Finmere: Finmere's protocol.
            return replace(
                turn,
                councils=[carried],
                notes=(*turn.notes, f"Taking \u201cit\u201d to mean {carried}'s protocol."),
            )
        if named and question == turn.question:
            # "what about Battle?" with no earlier question to re-ask: ask what the user wants to know.
            return replace(turn, refusal=help_text(named, "follow-up", turn.question))
        if named:
            return replace(turn, question=question, councils=named)
        if question != turn.question:  # "and the 2022 protocol?": the search scopes it by the year
            return replace(turn, question=question)
        # "what about just before elections?" after "can councillors talk to the press?": the last
        # question again, with what the follow-up adds (a follow-up that names no council or year).
        if (topic := follow_up_topic(turn.question)) and (earlier := last_full_question(turn.history)):
            return replace(turn, question=f"{earlier.rstrip(' ?.!')} - {topic}?")
        # "in batle, can councillors ...?": a council named misspelt, where a place is named.
        if not turn.councils and (typed := misspelt_council(turn.question, self.index.councils)):
            return replace(
                turn,
                councils=[typed[1]],
                notes=(*turn.notes, f"Taking \u201c{typed[0]}\u201d to mean {typed[1]}."),
            )
        return turn

    def _retrieve(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        if turn.refusal is not None:
            return turn
        # "the officer's recomendation" is judged and answered as "recommendation" (the search puts
        # words right itself, after it has found the places named in the user's own words: "woking
        # cllr here" is a place not in the index, not "working").
        asked, turn = turn.question, replace(turn, question=self.index.respell(turn.question))
        # ("is it wrong to tell the clerk how to run the office?" is searched as "can i tell the clerk
        # how to run the office?": "wrong", "breach" and "against the rules" would find the clauses on
        # things going wrong)
        searched = uninverted(asked) or asked
        result = self.index.search(searched, k=turn.k, councils=turn.councils, documents=turn.documents)
        if 1 < len(result.councils) <= self.settings.answer.compare_max_councils and not turn.documents:
            # "in yateley and mumbles, must the clerk ...?": each council's own best clauses, so that
            # each can be answered (one council's clauses may fill the whole top k).
            text = strip_council_names(asked, result.councils)
            own = [self.index.search(text, k=turn.k, councils=[c], detect=False).hits for c in result.councils]
            result = replace(result, hits=[h for hits in own for h in hits])
        notes = turn.notes
        if (year := protocol_year(turn.question)) and not result.councils:
            # "and the 2022 protocol?" when several councils' protocols are of 2022: say so, rather
            # than answer from all of them as if the year had been heard.
            councils = sorted(
                {self.index.catalogue.council_of(d) for d in self.index.catalogue.doc_ids_for_year(year[0])}
            )
            if len(councils) > 1:
                notes = (
                    *notes,
                    f"The protocols of {len(councils)} councils are from {year[0]} ({some_names(councils, 6)}): "
                    "this answer is from all the protocols; name the council to see its own.",
                )
        return replace(turn, result=result, notes=notes, timings_ms={"retrieve": _ms(t0)})

    def _decide(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        result = turn.result
        refusal = turn.refusal
        # "llanwrddon - does the monitoring officer of maesyrhos county council decide ...?": the council
        # asked about is in the index; the other one named is where its officer works.
        # (a review asked for this only where the other council is named as where someone works, "the
        # monitoring officer of X"; tried, it brought back three wrong refusals on sets kept unread)
        elsewhere = bool(refusal is None and result.unknown_councils and result.councils and result.hits)
        if refusal is not None:
            pass
        elif result.unknown_councils and not elsewhere:
            names = ", ".join(result.unknown_councils)
            close = close_councils(result.unknown_councils[0], self.index.councils)
            hint = f" Did you mean {close[0]}?" if len(result.unknown_councils) == 1 and len(close) == 1 else ""
            refusal = (
                f"{names} is not in the index, so I can't say what its protocol says.{hint} "
                f"The protocols here are from: {some_names(self.index.councils)}."
            )
        elif not result.hits or result.query_vector is None:
            refusal = self._refusal_text(result, turn.councils)
        else:
            # A dates record supports only a question about dates: "2022" alone is not one.
            support = [h for h in result.hits if h.clause.kind != "dates" or asks_about_dates(turn.question)]
            best = max((h.similarity for h in support), default=0.0)
            domain = (
                self.index.best_similarity(result.query_vector, asks_about_dates(turn.question))
                if result.councils
                else 0.0
            )
            # (a topic to compare is a word or two, unlike the questions the gate learned from: the margins)
            verdict = self.scope.verdict(
                result.query_vector, best, domain, question=turn.question, by_gate=not turn.topic
            )
            # (a topic to compare in the thesaurus's words, "press" or "bullying", is one the protocols
            # deal with: one word is too little for the similarity test)
            topical = turn.topic and bool(concepts_for(turn.question))
            if gifts_unanswered(turn.question, [h.clause.text for h in result.hits]):
                refusal = self._refusal_text(result, turn.councils or list(result.councils), GIFTS)
            elif not verdict.answerable and not topical:
                refusal = self._refusal_text(result, turn.councils or list(result.councils))
        if elsewhere and refusal is None:
            names, from_ = ", ".join(result.unknown_councils), some_names(list(result.councils))
            turn = replace(turn, notes=(*turn.notes, f"{names} is not in the index; this answer is from {from_}."))
        return replace(turn, refusal=refusal, timings_ms={**turn.timings_ms, "decide": _ms(t0)})

    def _refusal_text(self, result: SearchResult, councils: list[str] | None = None, subject: str = "") -> str:
        """What the protocols cover instead, with the nearest topics; given the `subject` they say
        nothing of (gifts), that subject and where councils usually deal with it instead."""
        examples = " ".join(f"\u201c{q}\u201d" for q in EXAMPLE_QUESTIONS[:2])
        if subject:
            whose = f"{councils[0]}'s protocol says" if councils and len(councils) == 1 else "The protocols say"
            return f"{whose} {subject} For example: {examples}"
        topics = []
        # The weather or a poem is near no topic: naming "Expectations" as nearest would be noise.
        near = [h for h in result.hits if h.similarity >= self.settings.answer.nearest_topic_floor]
        for hit in near:
            heading = _topic(hit.clause.heading, hit.clause)
            if heading and heading.lower() not in {t.lower() for t in topics}:
                topics.append(heading)
        # (one council's protocol is "it", the protocols "they")
        text, it_does, it_covers = "The protocols don't cover this.", "they do", "They cover"
        if councils and len(councils) == 1:
            text, it_does, it_covers = f"{councils[0]}'s protocol doesn't cover this.", "it does", "It covers"
        if topics:
            text += f" The nearest topics {it_does} cover: " + "; ".join(topics[:3]) + "."
        return text + f" {it_covers} how councillors and council staff work together; for example: {examples}"

    def _write(self, turn: Turn) -> Turn:
        t0 = time.perf_counter()
        if turn.refusal is not None:
            return replace(turn, timings_ms={**turn.timings_ms, "answer": _ms(t0)})
        result = turn.result
        several = len(result.councils) > 1
        context = WriterContext(
            result.query_vector,
            lambda c: self.index.catalogue.scored_sentences(c, result.query_vector),
            list(result.councils),
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
        refusal = None if draft.cited else self._refusal_text(result, turn.councils)
        # (the verdict read from the writer's own first line, before a date line goes above it: "... is due
        # for review in January 2027.\n\nYes. ..." had kept its "Yes." in the text with no verdict given)
        draft, verdict = self._verdict(
            turn.question, draft, several or self._other_protocol(turn.question, result, draft)
        )
        draft, review_said = self._date_first(turn.question, draft, several, list(result.councils))
        if len(result.councils) == 1 and not verdict:
            draft = self._not_found_in(turn.question, result.councils[0], draft)
        return replace(
            turn,
            draft=draft,
            verdict=verdict,
            review_said=review_said,
            backend=backend,
            refusal=refusal,
            notes=turn.notes + tuple(notes) + draft.notes,
            timings_ms={**turn.timings_ms, "answer": _ms(t0)},
        )

    def _date_first(
        self, question: str, draft: Draft, several: bool, scope: list[str] | None = None
    ) -> tuple[Draft, str]:
        """A question about a protocol's dates answered by its dates record gets the date it asks
        for as its first line ("Battle Town Council's protocol was due for review in January 2024
        (that date has passed).") before the record it comes from; and the council whose next
        review it states ("" when none). A question about one council's protocol (`scope`) that
        states none of the dates asked for is told so first."""
        if several or not draft.cited or not asks_about_dates(question):
            return draft, ""
        # ("When is the protocol due for review?" answered from several councils' records: no one date.)
        if len({h.clause.council for h in draft.cited}) > 1:
            return draft, ""
        first = draft.cited[0].clause
        meta = self.index.catalogue.document_meta(first)
        if meta is None:
            return draft, ""
        # Each date asked for ("adopted when, review when?" asks two) from the dates record, or from
        # a clause that states the date itself ("This protocol will be reviewed ... after each local
        # government election. Last reviewed: June 2024."): a date line always stands on the clause
        # quoted under it.
        asked = asked_dates(question)
        shown = [f for f in asked if states_date(meta, f, first)]
        line = dates_line(meta, shown, self.settings.current_date())
        if not line:
            # "when was Mumbles' protocol adopted?" when it states no date: say so, rather than quote
            # its first paragraphs as if they answered (only for one council's protocol, and not
            # when a quoted clause has a year in it that the metadata may have missed).
            one = len(self.index.councils) == 1 or len(scope or ()) == 1
            if (
                one
                and asked
                and not _HOW_OFTEN.search(question)
                and not any(getattr(meta, f) for f in asked)
                and not any(_YEAR.search(h.clause.text) for h in draft.cited)
            ):
                return replace(draft, text=f"{no_dates_line(meta.council, asked)}\n\n{draft.text}"), ""
            return draft, ""
        said = meta.council if "next_review" in shown else ""
        return replace(draft, text=f"{line}\n\n{draft.text}"), said  # a paragraph of its own

    def _not_found_in(self, question: str, council: str, draft: Draft) -> Draft:
        """A question that asks whether one council's protocol says anything on a topic ("does
        mumbles have anything on social media?") is told first when no word of the topic (nor of
        the thesaurus's name for it) is anywhere in that council's protocol, rather than given the
        nearest clauses as if they answered. Words are matched on their first six letters
        ("politics" is found in "political", "press" not in "pressures"); the parties' names (councillors, officers, the
        Clerk) say nothing of a topic."""
        m = _COVERAGE.search(question)
        if not m or not draft.cited or asks_about_dates(question):
            return draft
        topic = strip_council_names(m["topic"], [council]).strip(" ?.!")
        wanted = topic_stems(topic)
        if not wanted or self.index.catalogue.mentions(council, wanted):
            return draft
        return replace(
            draft,
            text=f"I can't find anything on {topic} in {council}'s protocol. The nearest it comes:\n\n{draft.text}",
        )

    def _other_protocol(self, question: str, result: SearchResult, draft: Draft) -> bool:
        """The question names a protocol by its year that the search could not pin down (several
        councils' protocols are of that year) and the answer's first clause is from a protocol of
        another year: its Yes/No would be another protocol's."""
        year = protocol_year(question)
        if year is None or result.councils or not draft.cited:
            return False
        return draft.cited[0].clause.doc_id not in self.index.catalogue.doc_ids_for_year(year[0])

    def _verdict(self, question: str, draft: Draft, withhold: bool = False) -> tuple[Draft, str | None]:
        """The draft's leading "Yes." / "No.", kept only when its first quoted sentence says so
        plainly (assistant/verdict/) and nothing `withhold`s it (a question about several councils,
        a protocol of another year); an unsupported verdict word is dropped from the text."""
        lead = draft.text.lstrip()
        word = next(
            (w for w in ("yes", "no") if lead.lower().startswith(w) and lead[len(w) : len(w) + 1] in ".,!"), None
        )
        if word is None:
            return draft, None
        # The quotes on the verdict's own line (a sentence whose subject is a pronoun comes after
        # the one that names it), each with the sentence before it in the cited clause.
        found_quotes = [m.group(1) for m in quotes(lead.split("\n", 1)[0])] or [m.group(1) for m in quotes(lead)][:1]
        # A quote of several sentences (a short clause quoted whole) is judged sentence by sentence.
        sentences = [p for q in found_quotes for p in split_sentences(q)]
        text = draft.cited[0].clause.text if draft.cited else ""
        previous = {s: before for s in sentences if starts_with_pronoun(s) and (before := sentence_before(s, text))}
        context = {s: text_before(s, text) for s in sentences if refers_back(s)}
        lead_ins = {s: text_before(s, text) for s in sentences if is_list_item(s)}
        found = choose_verdict(question, sentences, previous, context, lead_ins) if sentences and not withhold else None
        if found and found.answer == word:
            return draft, word
        stripped = lead[len(word) + 1 :].lstrip()
        return replace(draft, text=stripped[:1].upper() + stripped[1:]), None

    def _check(self, turn: Turn) -> Answer:
        """The last step: review notes (kept apart from the text), a final check that every [n]
        resolves and every quote is verbatim, and the Answer built once."""
        if turn.refusal is not None:
            return Answer(turn.asked, turn.refusal, True, notes=list(turn.notes), timings_ms=turn.timings_ms)
        draft = turn.draft
        # (A council whose review date the first line states gets no note saying it again.)
        cited = [h for h in draft.cited if h.clause.council != turn.review_said]
        overdue = review_notes(cited, self.index.catalogue.document_meta, self.settings.current_date())
        notes = list(turn.notes) + overdue
        if not check_citations(draft.text, list(draft.cited)).ok:  # pragma: no cover - writers remove bad citations
            notes.append("Warning: a citation in this answer could not be verified.")
        return Answer(
            turn.asked, draft.text, False, list(draft.cited), notes, turn.backend, turn.timings_ms, verdict=turn.verdict
        )


# "does mumbles have anything on social media?", "is there anything in battle's protocol about
# gifts?", "what does yateley say about ward surgeries?": whether the protocol covers a topic.
_COVERAGE = re.compile(
    r"^\W*(?:(?:is|are) there (?:anything|something|any\w*)|(?:does|do|did) \S+(?: \S+){0,3}? "
    r"(?:have|say|cover|mention|include)\s+(?:anything|something|any\w*|a (?:section|rule|policy|clause|part)|"
    r"guidance|rules?)|what does \S+(?: \S+){0,3}? say)\b.*?"
    r"\b(?:about|on|regarding|covering|re)\s+(?P<topic>.+)$",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")  # (and "07.03.16")
# ("how often is it reviewed?" asks how often, which "every year" answers: no date to miss)
_HOW_OFTEN = re.compile(r"\bhow often\b|\bfrequen\w*|\bhow regularly\b", re.I)
_NOT_TOPICS = {"preamble", "title", "introduction", "background", "general", "adoption and review", "review"}
_SECTION_MARK = re.compile(
    r"^(?:(?:(?:part|section|chapter|annex)\s+(?:\d+|[ivxlc]+|[a-z])\b[.)]?|\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)]|[a-z][.)])"
    r"\s*[-\u2013:.]?\s+|\d+/\d+\s*)",  # "75/24Planning": a minute's number, glued or not
    re.I,
)


# What a refusal of a gift question says (`gifts_unanswered`): the protocols found say nothing of it.
GIFTS = (
    "nothing about gifts or hospitality. Councils usually deal with them in the Code of Conduct (for "
    "councillors) and in staff policies (for officers): ask the Clerk which applies. The protocols cover how "
    "councillors and council staff work together."
)


def _topic(heading: str, clause: Any) -> str:
    """A clause's heading as a topic a refusal can name: its last part, without its number
    ('PART II - ROLES OF COUNCILLORS' -> 'Roles of councillors'); '' for a heading that names no
    topic (a council's or document's name, 'Preamble')."""
    text = _SECTION_MARK.sub("", heading.split(" > ")[-1].strip()).strip()
    if text.isupper():
        text = text.capitalize()
    if not text or text.lower() in _NOT_TOPICS or text.lower() in (clause.council.lower(), clause.document.lower()):
        return ""
    return text


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)
