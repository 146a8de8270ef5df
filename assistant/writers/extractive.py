"""The offline extractive writer: quotes, never paraphrases. Picks the sentences that answer the
question from the retrieved clauses (by the sentence vectors stored at ingest), quotes them
verbatim, cites each as [n], and leads with the answer: "Yes." / "No." and the sentence that says
so (assistant/verdict/), or the most relevant sentence itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.answer import asked_dates
from assistant.settings import AnswerSettings, Settings
from assistant.standing import in_a_history, spoken
from assistant.verdict import (
    Verdict,
    about_the_action,
    asks_own_purpose,
    choose_verdict,
    content_words,
    contradicted,
    councils_differ,
    direction,
    excepted,
    for_another_purpose,
    is_list_item,
    is_yes_no,
    meeting_kinds,
    names_a_purpose,
    party_meeting_differs,
    question_modality,
    refers_back,
    roles_in_order,
    same_action,
    sentence_before,
    sentence_polarity,
    sentence_verdict,
    speaker_role,
    starts_with_pronoun,
    sub_clauses,
    text_before,
    uninverted,
    use_rule_for,
)
from assistant.view import clause_title
from assistant.writers import OFFLINE, Draft, WriterContext, register
from index.concepts import concepts_for
from index.direction import expects_of_other_side, facing_away
from index.query import asks_about_dates, council_aliases
from index.results import Hit
from index.units import sentences as split_sentences
from index.wordings import same_words
from ingest.cleanup import offered_as_option
from ingest.records import Clause


def _quote_text(piece: str) -> str:
    """A sentence or list item as quoted: without its bullet mark or trailing separator (the
    rest stays verbatim, so the quote is still a substring of the clause)."""
    piece = re.sub(r"^(?:- )?(?:[a-z]\. |\(?[a-z]\) |\(?[ivx]+\) )?", "", piece.strip())  # "- a) An officer ..."
    return " ".join(piece.rstrip(";,").split())  # a PDF's hard line break inside the sentence is a space


_ITEM_MARK = re.compile(r"^(?:[-\u2022*]\s*)?\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:must|should|shall|may|might|can|cannot|could|will|would|is|are|was|were|has|have|had|does|do|did|"
    r"takes?|prohibits|never|not)\b",
    re.IGNORECASE,
)


def _orphan_item(piece: str, clause_text: str) -> bool:
    """A list item that says nothing on its own ("t) work in connection with a ward party political
    meeting") whose lead-in ("The Council will not provide support for:") is not in its clause: quoted
    alone it reads as anything, even the opposite of what the list says."""
    text = piece.strip()
    if not _ITEM_MARK.match(text) or _FINITE.search(_ITEM_MARK.sub("", text)):
        return False
    at = clause_text.find(text)
    return at < 0 or ":" not in clause_text[:at]


_STATES_RULE = re.compile(r"\b(?:must|should|shall|may|will|can|cannot|are|is|has|have)\b")
# A question word that opens a heading, or a capitalised one inside it (a column's head).
_WH_WORD = re.compile(
    r"^\s*(?i:what|who|whom|whose|when|where|which|how|why)\b|\b(?:What|Who|Whom|Whose|When|Where|Which|How|Why)\b"
)


def _heading_states_rule(text: str) -> bool:
    """A heading that is a rule itself ("Members must not use WhatsApp to instruct officers"), not
    a table's header row or a topic ("Type of contact | Timescale | What the councillor will receive",
    "What you can expect from us"): a verb of a rule with no question word before it."""
    verb = _STATES_RULE.search(text.lower())
    # (a column's head is capitalised, "... Timescale What the councillor ..."; a relative clause is
    # not: "Councillors who are also employees must declare this")
    return bool(verb) and not _WH_WORD.search(text[: verb.start()]) and not text.rstrip().endswith("?")


# "Last reviewed: June 2024.", "Next review: May 2026", "Adopted 12.05.2024"
_DATED_LINE = re.compile(r"\b(?:(?:last|next) review|reviewed|review date|adopted|approved|updated|revised)\b", re.I)


def _quotable(piece: str) -> bool:
    """A sentence worth quoting on its own: not a heading (capitals throughout: "PART 5.3 -
    MEMBER/OFFICER RELATIONS PROTOCOL"), not a lead-in that ends in a colon."""
    text = piece.strip()
    words = re.findall(r"[A-Za-z]+", text)
    # A line in capitals is a heading when short or unpunctuated; "COUNCILLORS MUST NOT CONTACT
    # STAFF AT HOME." (a typewritten or emphasised rule) is a sentence.
    capitals_heading = not any(ch.islower() for ch in text) and (len(words) <= 10 or not text.endswith("."))
    return not text.endswith(":") and len(words) >= 5 and not capitals_heading and not _CONDITION_ALONE.match(text)


# The lead-in of a list of the topics a document deals with: "This Protocol covers:", "This policy
# sets out:".
_TOPICS_LEAD_IN = re.compile(
    r"\b(?:protocol|policy|document|code|guidance|guide)\s+(?:covers|deals with|addresses|sets out|includes|"
    r"explains|describes)\s*:\s*$",
    re.I,
)


def _topic_item(piece: str, clause_text: str) -> bool:
    """An item of a list of topics ("This Protocol covers: ... - Who is responsible for making
    decisions."): what the document goes on to deal with, which answers nothing itself."""
    text = piece.strip()
    at = clause_text.find(text)
    if not text.startswith(("-", "\u2022", "*")) or at < 0 or ":" not in clause_text[:at]:
        return False
    return bool(_TOPICS_LEAD_IN.search(clause_text[: clause_text.rfind(":", 0, at) + 1]))


# A condition with nothing it is the condition of: "If the matter cannot be resolved." (a sentence a
# document left unfinished) says nothing quoted alone.
# (short, with no comma: "If in doubt, ask the Clerk." and "If in doubt ask the Clerk" are whole)
_CONDITION_ALONE = re.compile(r"^(?:if|unless)\b(?![^.]*\bin doubt\b)(?:[^\w,;:]+\w+){1,7}[^\w,;:]*$", re.I)


_SHARED_WORD_BONUS, _SHARED_WORDS_MAX = 0.02, 3


def _shared_words_bonus(asked: set[str], sentence: str) -> float:
    """Among one clause's sentences, the question's own words (`asked`, its `content_words`) count
    beside the vectors' similarity: "can i blind copy ...?" is answered by "there should be no
    'blind' copies" before "a system of 'silent copies' should not be employed". For a question of
    how soon (`asked` holds TIMING), a sentence that gives a time counts as much as three words."""
    bonus = _SHARED_WORD_BONUS * min(len(asked & content_words(sentence)), _SHARED_WORDS_MAX)
    if TIMING in asked and _GIVES_A_TIME.search(sentence):
        bonus += _SHARED_WORD_BONUS * _SHARED_WORDS_MAX
    return bonus + _route_bonus(asked, sentence)


def _route_bonus(asked: set[str], sentence: str) -> float:
    """For a question of what to do about being treated badly (REMEDY among its words), a sentence
    that gives a route counts as three shared words."""
    return _ROUTE_BONUS if REMEDY in asked and _GIVES_A_ROUTE.search(sentence) else 0.0


# "a cllr swore at me, what can i do?": a question of what to do about something, answered by a
# sentence that gives a route ("may raise his concern with the Town Clerk", "recourse to the grievance
# policy"), not by what one may expect ("Not to be bullied ...").
REMEDY = "\x00what to do"  # (a marker among the question's words, as TIMING)
_ASKS_WHAT_TO_DO = re.compile(
    r"\bwhat (?:can|should|do|could|would|must) (?:i|we|she|he|they|you|an officer|the officer|staff) do\b|"
    r"\bwhat are (?:my|our|her|his|their) options\b|\bwhere (?:do|can|should) (?:i|we|she|he|they) (?:go|turn)\b|"
    r"\bwho (?:do|can|should) (?:i|we|she|he|they) "
    r"(?:go to|turn to|tell|complain to|report (?:it|this|that|him|her|them) to)\b",
    re.I,
)
# A rule that sets a number: an amount, a count, a time ("£25", "five working days", "6pm").
_LIMIT = re.compile(r"\d")
_ROUTE_BONUS = _SHARED_WORD_BONUS * _SHARED_WORDS_MAX
_MISTREATED = "bullying, harassment or intimidation"


def asks_what_to_do(question: str) -> bool:
    """ "a cllr swore at me, what can i do?": what to do about being treated badly (the thesaurus's
    bullying concept), not any "what should i do?" ("a journalist rang me, what should i do?")."""
    return bool(_ASKS_WHAT_TO_DO.search(question)) and any(c.startswith(_MISTREATED) for c in concepts_for(question))


_GIVES_A_ROUTE = re.compile(
    r"\b(?:raise|raised|raising|report|reported|refer|referred|complain|complaint|grievance|recourse|"
    r"speak to|talk to|take it up with|take the matter up|formal procedures?|disciplinary|monitoring officer)\b",
    re.I,
)


# "how quickly should the clerk answer my email?": a question of how soon, answered by a sentence that
# gives a time ("within ten working days", "timely responses", "promptly"), not by one that shares its
# words ("... emails ... should never be sent out in the name of a councillor").
TIMING = "\x00how soon"  # (a marker among the question's words; no word looks like it)
_ASKS_HOW_SOON = re.compile(
    r"\bhow (?:quickly|soon|fast|long|promptly)\b|\bhow many (?:working )?days\b|\bwithin how\b|"
    r"\b(?:deadline|turnaround|response times?|time limit)\b",
    re.I,
)
_GIVES_A_TIME = re.compile(
    r"\b(?:within|in|after|before|by)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|"
    r"fifteen|twenty|twenty-one|twenty-eight|thirty|a|an|the same)\s+(?:clear\s+|working\s+|calendar\s+)?"
    r"(?:days?|hours?|weeks?|months?)\b|\b(?:timely|promptly|prompt|as soon as|immediately|without delay|"
    r"same day|next working day)\b",
    re.I,
)


def asked_words(question: str) -> set[str]:
    """The question's content words with those of the thesaurus concepts it touches ("ring the clerk on
    a saturday?" also asks after "free time": index/concepts.py), and TIMING for a question of how soon."""
    words = content_words(question)
    for concept in concepts_for(question):
        words |= content_words(concept)
    if asks_what_to_do(question):
        words |= {REMEDY}
    return words | {TIMING} if _ASKS_HOW_SOON.search(question) else words


# A dated line that states the date a question asks for ("Date of adoption February 2022" for "when
# was it adopted?"), before the record's other lines ("Reviewed By Policy & Resources Committee").
_FIELD_LINE = {
    "adopted": re.compile(r"\b(?:adopt\w*|approv\w*|agreed|ratif\w*)\b", re.I),
    # (not "Next Review Date June 2026", which is the next)
    "last_reviewed": re.compile(r"^(?!.*\b(?:next|due)\b).*\b(?:review\w*|updat\w*|amend\w*|revis\w*)\b", re.I),
    "next_review": re.compile(r"\b(?:next|due|review date)\b", re.I),
}
_DATE_LINE_BONUS = 1.0  # first among the record's lines, whatever their vectors (dated lines embed poorly)


def _may_state_rules(clause: Clause) -> bool:
    """Whether a clause's sentences may give (or gainsay) a verdict: not a chat message or a
    transcript's line, nor a revision history's note of what a version said."""
    return not spoken(clause.text) and not in_a_history(clause.heading)


def _closeness(asked: set[str], sentences: list[tuple[str, float]]) -> float:
    """A clause's best sentence score with the bonus for the question's words it shares."""
    return max(score + _shared_words_bonus(asked, p) for p, score in sentences)


def _states_a_rule_on(question: str, sentences: list[tuple[str, float]]) -> bool:
    """Whether a clause holds a plain must/may/must-not sentence on the question's act."""
    return any(sentence_polarity(p) is not None and same_action(question, p, by_concept=True) for p, _ in sentences)


def _date_bonus(fields: list[str], sentence: str) -> float:
    if not fields or not re.search(r"\d", sentence):
        return 0.0
    return _DATE_LINE_BONUS if any(_FIELD_LINE[f].search(sentence) for f in fields) else 0.0


def _reversed(question: str, sentence: str) -> bool:
    """The sentence is about the other direction (officers -> councillors when the question is
    about councillors -> officers)."""
    if re.search(r"\b(?:require|compel|insist|ask|asked|request)\b", sentence.lower()):
        return False  # "groups may not require officers to ...": the officer is the one who acts
    q_actor, q_other = direction(question, speaker_role(question))
    s_actor, s_other = direction(sentence)
    return bool(q_actor and q_other and s_actor and s_other) and (q_actor, q_other) == (s_other, s_actor)


def _short(sentences: list[tuple[str, float]], config: AnswerSettings) -> bool:
    words = sum(len(p.split()) for p, _ in sentences)
    return len(sentences) <= config.whole_clause_sentences and words <= config.whole_clause_words


def _joined(quotes: list[str], clause_text: str) -> list[str]:
    """Quotes that follow one another in the clause as one quote (no "…" where nothing is left out)."""
    text = " ".join(clause_text.split())
    out: list[str] = []
    for q in quotes:
        if out and f"{out[-1]} {q}" in text:
            out[-1] = f"{out[-1]} {q}"
        else:
            out.append(q)
    return out


def _line(hit: Hit, qs: list[str], n: int) -> str:
    body = " \u2026 ".join(f"\u201c{q}\u201d" for q in qs)
    return f"{hit.clause.council}, {clause_title(hit.clause)}: {body} [{n}]"


def extractive_answer(
    question: str,
    hits: list[Hit],
    scored_sentences: Callable[[Clause], list[tuple[str, float]]],
    config: AnswerSettings | None = None,
) -> tuple[str, list[Hit]]:
    """(answer text, cited hits): see `answer_with_verdict`."""
    text, cited, _ = answer_with_verdict(question, hits, scored_sentences, config)
    return text, cited


def answer_with_verdict(
    question: str,
    hits: list[Hit],
    scored_sentences: Callable[[Clause], list[tuple[str, float]]],
    config: AnswerSettings | None = None,
) -> tuple[str, list[Hit], str | None]:
    """(answer text, cited hits, verdict): for a yes/no question a sentence that says so plainly
    leads ("No. ... [1]"); otherwise the most relevant sentence leads, then the other quotes."""
    quotes, verdict = _quotes(question, hits, scored_sentences, config or AnswerSettings())
    if not quotes:
        return "", [], None
    lines = [_line(hit, qs, n) for n, (hit, qs) in enumerate(quotes, 1)]
    if verdict:
        head = [f"{verdict.answer.capitalize()}. {lines[0]}"]
        rest = lines[1:]
        text_lines = head + (["", "The protocols also say:"] + [f"- {ln}" for ln in rest] if rest else [])
    elif is_yes_no(question):
        text_lines = ["The protocols say:"] + [f"- {ln}" for ln in lines]
    else:
        text_lines = [lines[0]] + (["", "Also:"] + [f"- {ln}" for ln in lines[1:]] if lines[1:] else [])
    return (
        "\n".join(text_lines + _same_wording(quotes)),
        [hit for hit, _ in quotes],
        verdict.answer if verdict else None,
    )


def per_council_answer(
    question: str,
    hits: list[Hit],
    scored_sentences: Callable[[Clause], list[tuple[str, float]]],
    councils: list[str],
    config: AnswerSettings | None = None,
) -> tuple[str, list[Hit]]:
    """(answer text, cited hits) for a question about several councils ("in yateley and mumbles,
    must the clerk attend ...?"): each council's own answer on a line of its own, its Yes/No first
    where one of its sentences says so plainly. There is no one Yes/No for them all: each council
    may say something else."""
    config = config or AnswerSettings()
    quotes: list[tuple[Hit, list[str]]] = []
    lines: list[str] = []
    scores: dict[str, list[tuple[str, float]]] = {}  # each clause's sentences scored once
    score = scored_sentences

    def scored_once(clause: Clause) -> list[tuple[str, float]]:
        if clause.id not in scores:
            scores[clause.id] = score(clause)
        return scores[clause.id]

    scored_sentences = scored_once
    # As Compare judges: a council whose closest sentence is far behind the others' and whose clause
    # says nothing of the question's act has no provision on it (not its Mayor's clause quoted instead).
    best = {
        c: max((sc for h in hits if h.clause.council == c for _, sc in scored_sentences(h.clause)), default=0.0)
        for c in councils
    }
    top = max(best.values(), default=0.0)
    for council in _in_order_named(question, councils):
        own, verdict = _quotes(question, [h for h in hits if h.clause.council == council], scored_sentences, config)
        if not own:
            continue
        hit, qs = own[0]
        far = best[council] < top - config.compare_equivalent_gap
        if (
            far
            and not verdict
            and not any(same_action(question, p, by_concept=True) for p, _ in scored_sentences(hit.clause))
        ):
            lines.append(f"- {council}: no provision on this found in its protocol.")
            continue
        quotes.append((hit, qs))
        line = _line(hit, qs, len(quotes))
        lines.append(f"- {verdict.answer.capitalize()}. {line}" if verdict else f"- {line}")
    if not quotes:
        return "", []
    return "\n".join(["The protocols say:"] + lines + _same_wording(quotes)), [hit for hit, _ in quotes]


def _in_order_named(question: str, councils: list[str]) -> list[str]:
    """The councils in the order the question names them ("in yateley and mumbles": Yateley first);
    those it does not name (a filter's) after, as given."""
    q = question.lower()

    def at(council: str) -> int:
        spots = [m.start() for a in council_aliases(council) if (m := re.search(rf"\b{re.escape(a.lower())}\b", q))]
        return min(spots, default=len(q) + 1)

    return sorted(councils, key=at)


def _same_wording(quotes: list[tuple[Hit, list[str]]]) -> list[str]:
    same = _clusters([(hit.clause.council, " ".join(qs)) for hit, qs in quotes])
    return [""] + [f"{_and(names)} use the same wording." for names in same] if same else []


def _other_purpose_only(question: str, clause_text: str) -> bool:
    """A clause of one or two sentences, one a permission for council business, beside a question
    about another purpose (see `for_another_purpose`), unless its other sentence forbids such a purpose
    ("... only for Council business. They must not be used to produce election leaflets"; not "Members
    must not share their passwords with anyone")."""
    parts = split_sentences(clause_text)
    return (
        len(parts) <= 2
        and any(for_another_purpose(question, p) for p in parts)
        and not any(sentence_polarity(p) == "negative" and names_a_purpose(p) for p in parts)
    )


def _quotes(
    question: str,
    hits: list[Hit],
    scored_sentences: Callable[[Clause], list[tuple[str, float]]],
    config: AnswerSettings,
) -> tuple[list[tuple[Hit, list[str]]], Verdict | None]:
    """The clauses to quote, each with its quoted pieces (the verdict's clause first), and the
    verdict for a yes/no question when one sentence says it plainly."""
    # "a councillor is rude to me" is not answered by how councillors complain about staff: the
    # search puts such clauses last (index/rules.py direction), and they are not quoted either
    # while any other clause is found; nor, for "what can I expect from councillors?", what
    # councillors can expect from officers.
    hits = [h for h in hits if not facing_away(question, h.clause.text)] or hits
    # A clause that permits something for council business comes after the rest for a question about
    # one's own or one's party's purpose ("... knock up a leaflet for my party?"): it reads like a Yes.
    if asks_own_purpose(question):
        hits = sorted(hits, key=lambda h: _other_purpose_only(question, h.clause.text))
    scored = []
    asked = asked_words(question)
    yes_no = is_yes_no(question)
    asks_dates = asks_about_dates(question)
    asked_meetings = meeting_kinds(question)  # (no question about a meeting: no sentence judged for one)
    for hit in hits:
        # A heading with nothing under it is no clause to quote, unless it states a rule itself
        # ("### Members must not use WhatsApp to instruct officers").
        if hit.clause.kind == "heading" and not _heading_states_rule(hit.clause.text):
            continue
        # (a dates record's lines are quotable however short: "Approved  Council, 9 April 2025"; so,
        # for a question about dates, is a clause's dated line: "Last reviewed: June 2024.")
        dates = hit.clause.kind == "dates"
        sentences = [
            (p, s)
            for p, s in scored_sentences(hit.clause)
            if _quotable(p)
            or any(c.isdigit() for c in p)
            and (dates or asks_dates and _DATED_LINE.search(p) is not None)
        ]
        # Beside the top result (once a clause has given quotes), a list item cut off from its
        # lead-in is not quoted.
        if scored:
            sentences = [(p, s) for p, s in sentences if not _orphan_item(p, hit.clause.text)]
        # (a list of the topics the document covers answers nothing, while any clause is found)
        sentences = [(p, s) for p, s in sentences if not _topic_item(p, hit.clause.text)]
        # A sentence about a party group's meeting says nothing to a question about another kind
        # of meeting, nor one about another kind to a question about a group's ("a public meeting"
        # for "our labour group's meeting", or "the meeting" after one); nor does a clause whose
        # closest sentence is one, while another clause is found.
        other_meeting = asked_meetings and {
            p for p, _ in sentences if party_meeting_differs(question, p, text_before(p, hit.clause.text))
        }
        if other_meeting:
            kept = [(p, s) for p, s in sentences if p not in other_meeting]
            closest = max(sentences, key=lambda x: x[1])[0]
            # (the clause goes when it was found for the other kind and says nothing of the asked
            # kind; "The Clerk does not attend party group meetings." beside a public meeting's
            # sentence keeps it)
            if closest in other_meeting and not any(meeting_kinds(p) & asked_meetings for p, _ in kept):
                kept = []
            sentences = kept or (sentences if hit is hits[-1] and not scored else [])
        if sentences:
            facing = [
                (p, s)
                for p, s in sentences
                if not _reversed(question, p) and not expects_of_other_side(question, p, hit.clause.text)
            ] or sentences
            # (for "what can I do?", a sentence that gives a route counts closer: what to do, not
            # what one may expect)
            best = max(s for _, s in facing)
            relevance = max(s + _route_bonus(asked, p) for p, s in facing)
            scored.append((best, hit, facing, sentences, relevance))
    if not scored:
        return [], None
    # Relevance by the best sentence; order by retrieval rank (which also weighs keywords).
    # The top retrieval hit is always quoted: its rank already weighs keyword evidence (a dates
    # record matches "adopted" better than any prose sentence does).
    top = max(x[4] for x in scored)
    chosen = [x[:3] for i, x in enumerate(scored) if i == 0 or x[4] >= top - config.relevance_gap][: config.max_clauses]

    verdict = None
    if question_modality(question) or uninverted(question):
        # Within the gap of the most relevant sentence; and in the first clause, a rule on using
        # a thing for the question's purpose, however far ("They should not be used for ... party
        # political ... activities" for "can i print my party leaflets on the photocopier?").
        # The gap is measured from the best sentence of those clauses: a closer sentence in a clause
        # the search ranks lower is no answer here, and must not silence theirs.
        top_v = max(x[0] for x in scored[: config.verdict_clauses])
        one_council = len({x[1].clause.council for x in scored[: config.verdict_clauses]}) == 1
        candidates = sorted(
            (
                (s, p, hit)
                for i, (_, hit, _, sentences, _) in enumerate(scored[: config.verdict_clauses])
                if _may_state_rules(hit.clause)
                for p, s in sentences
                # (one of a draft's alternatives is no rule: "Option B: Officers will not attend ...")
                if not offered_as_option(hit.clause.heading, p)
                and (
                    s >= top_v - config.verdict_gap
                    or use_rule_for(question, p, text_before(p, hit.clause.text))
                    or (i == 0 and one_council and s >= scored[0][0] - config.verdict_gap)
                )
            ),
            key=lambda x: -x[0],
        )
        # A sentence whose subject is a pronoun ("They ...") with its predecessor in its clause.
        before = {
            p: prev
            for _, p, hit in candidates
            if starts_with_pronoun(p) and (prev := sentence_before(p, hit.clause.text))
        }
        context = {p: text_before(p, hit.clause.text) for _, p, hit in candidates if refers_back(p)}
        # A list item that starts at its verb ("- not take part where ...") with its clause's text
        # before it, whose lead-in says whose rule it is ("members should:").
        lead_ins = {p: text_before(p, hit.clause.text) for _, p, hit in candidates if is_list_item(p)}
        found = choose_verdict(question, [p for _, p, _ in candidates], before, context, lead_ins)
        # A closer sentence in a clause ranked lower that answers the other way ("In an emergency,
        # councillors may telephone the Clerk at home" for "... at home in an emergency?") leaves
        # no plain answer.
        if found:
            said = next(sc for sc, p, _ in candidates if p == found.sentence)
            lower = [
                p
                for _, hit, _, sentences, _ in scored[config.verdict_clauses :]
                if _may_state_rules(hit.clause)
                for p, sc in sentences
                if sc > said
            ]
            if any((v := sentence_verdict(question, p)) and v != found.answer for p in lower):
                found = None
        # ... nor, for a question that names no council, another council's permission of the act, in
        # any clause quoted (the best three may all be one council's: "can officers attend a party
        # group meeting where some non-councillors are present?" and Yateley's fifth).
        if found:
            council = next(hit.clause.council for _, p, hit in candidates if p == found.sentence)
            others = [p for _, hit, _, sentences, _ in scored if hit.clause.council != council for p, _ in sentences]
            if others and councils_differ(question, found, others):
                found = None
            # ... nor another council's limit that answers the other way ("do i need to register a £30
            # gift?": "more than £50" at one council, "more than £25" at another). (Limits only: on
            # other sentences a loose reading of another council's general rule cost 13 right verdicts
            # on the read sets.)
            # (each part of theirs too: "... may accept a gift ... worth up to £10 ..., and anything of
            # greater value must be politely declined" is read part by part)
            elif _LIMIT.search(found.sentence) and any(
                _LIMIT.search(part) and (v := sentence_verdict(question, part)) and v != found.answer
                for p in others
                for part in dict.fromkeys([p, *sub_clauses(p)])
            ):
                found = None
        if found:
            v_hit = next(hit for _, p, hit in candidates if p == found.sentence)
            # All the clause's sentences: the verdict's may be one the facing filter set aside.
            v_entry = next((x[0], x[1], x[3]) for x in scored if x[1] is v_hit)
            # (and no exception elsewhere in the same protocol that names what the question does)
            same_document = [
                p
                for _, hit, _, sentences, _ in scored
                if hit.clause.doc_id == v_hit.clause.doc_id
                for p, _ in sentences
            ]
            if not contradicted(question, found, [p for p, _ in v_entry[2]]) and not excepted(
                question, found, same_document
            ):
                verdict = found
                # Beside a Yes/No, only clauses about the question's action ("The Clerk works
                # part-time." is no support for "does he have to leave the meeting?").
                rest = [
                    x
                    for x in chosen
                    if x[1] is not v_hit and about_the_action(question, max(x[2], key=lambda t: t[1])[0])
                ]
                chosen = [v_entry] + rest[: config.max_clauses - 1]

    # Without a verdict, the clause whose best sentence is clearly closer to the question leads, though
    # the search ranked it lower: the answer comes first (a gold sentence first on the read sets, one
    # run each before the session's other changes: 1,767 -> 1,804 of 2,577 with a margin of 0.1; 0.05
    # gave 1,796, 0.03 1,778, and 0 1,742). For a yes/no question a clause with a plain rule on the
    # asked act counts a little closer (`rule_lead_bonus`; read sets 1,810 -> 1,821 at 0.1, 1,815 at
    # 0.2; the unread sets 670 -> 679 at 0.1, thirty-fifth session).
    if not verdict and len(chosen) > 1:
        closeness = [
            _closeness(asked, sentences)
            + (config.rule_lead_bonus if yes_no and _states_a_rule_on(question, sentences) else 0.0)
            for _, _, sentences in chosen
        ]
        # (never a chat's or a transcript's line, which the search put below the protocol's own clauses)
        lead = max(
            (i for i in range(len(chosen)) if not spoken(chosen[i][1].clause.text)),
            key=closeness.__getitem__,
            default=0,
        )
        if lead and closeness[lead] > closeness[0] + config.lead_margin:
            chosen = [chosen[lead], *chosen[:lead], *chosen[lead + 1 :]]

    quotes: list[tuple[Hit, list[str]]] = []
    fields = asked_dates(question) if asks_dates else []
    for i, (best, hit, sentences) in enumerate(chosen):
        ranked = sorted(sentences, key=lambda x: -(x[1] + _shared_words_bonus(asked, x[0]) + _date_bonus(fields, x[0])))
        picked = [verdict.sentence] if verdict and i == 0 else [ranked[0][0]]
        # "He/she must give ..." is quoted after the sentence that says who "he/she" is.
        if (
            verdict
            and i == 0
            and use_rule_for(question, verdict.sentence, text_before(verdict.sentence, hit.clause.text))
            and _short(sentences, config)
        ):
            picked = [p for p, _ in sentences]  # what "they" are is the clause's first sentence
        elif verdict and i == 0 and (named := before.get(verdict.sentence)):
            picked = [p for p, _ in sentences if _quote_text(p) == _quote_text(named)][:1] + picked
        # A second sentence only for the first clause quoted (and not after a verdict's sentence).
        # A short clause is quoted whole: its sentences read best together, and the one that
        # answers is not always the one closest to the question (gold sentence quoted, tune
        # 227 -> 236 of 290 answers, unseen sets 154 -> 162 of 234).
        if _short(sentences, config) and not (verdict and i == 0):
            picked = [p for p, _ in sentences]
        elif i == 0 and not verdict and len(ranked) > 1 and ranked[1][1] >= best - config.second_sentence_gap:
            picked.append(ranked[1][0])
        # For a yes/no question, a sentence of the first clause that points the other way is quoted
        # beside the closest one: a close one about the action, or in a short clause, the limit on
        # a permission ("The Council can provide members with ... photocopying" and "They should
        # not be used ... in connection with party political ... activities").
        elif i == 0 and not verdict and yes_no:
            first = sentence_polarity(ranked[0][0])
            rule = next(
                (
                    p
                    for p, sc in ranked[1:]
                    if sc >= best - config.other_way_gap
                    and sentence_polarity(p) not in (None, first)
                    and about_the_action(question, p)
                ),
                None,
            )
            if rule is None and first == "permitted" and len(sentences) <= 4:
                rule = next((p for p, _ in ranked[1:] if sentence_polarity(p) == "negative"), None)
            if rule:
                picked.append(rule)
        picked = _with_antecedents(picked, [p for p, _ in sentences])
        order = {p: i for i, (p, _) in enumerate(sentences)}
        picked.sort(key=lambda p: order[p])
        # A piece inside another piece picked (a sentence and the passage that holds it) is quoted once.
        flat = {p: " ".join(p.split()) for p in picked}
        picked = [p for p in dict.fromkeys(picked) if not any(q != p and flat[p] in flat[q] for q in picked)]
        texts = [_quote_text(p) for p in picked]
        quotes.append((hit, _joined(texts, hit.clause.text)))
    return quotes, verdict


# "However, they must still ...": a pronoun subject after a connective is still the sentence's subject.
_CONNECTIVE = re.compile(
    r"^(?:however|but|nevertheless|equally|likewise|similarly|also|in (?:addition|particular|such cases)|"
    r"therefore|in turn)\s*,?\s+",
    re.IGNORECASE,
)


def _with_antecedents(picked: list[str], pieces: list[str]) -> list[str]:
    """The quoted pieces, each one whose subject is a pronoun with the piece before it in its clause
    ("However, they must still respect the impartiality of Officers. They must not ask them ..."),
    so that a quote says whose rule it is, or at least that it goes on from the sentence before."""
    out = list(picked)
    for p in picked:
        i = pieces.index(p) if p in pieces else -1
        # (only a sentence that names someone: "These services are paid for by the taxpayer." says
        # nothing of whose rule "They should not be used for ..." is)
        if (
            i > 0
            and starts_with_pronoun(_CONNECTIVE.sub("", p.strip()))
            and pieces[i - 1] not in out
            and roles_in_order(pieces[i - 1])
        ):
            out.append(pieces[i - 1])
    return out


def _clusters(quotes: list[tuple[str, str]]) -> list[list[str]]:
    """Councils whose quotes have the same wording, as groups ("A, B and C" rather than three
    pairs). Quotes are grouped, not councils: a quote joins a group only when it has the same
    wording as every quote in it, so a council quoted twice never links two different wordings."""
    groups: list[list[tuple[str, str]]] = []
    for council, text in quotes:
        for group in groups:
            if all(c != council and same_words(t, c, text, council) for c, t in group):
                group.append((council, text))
                break
        else:
            groups.append([(council, text)])
    return sorted(sorted(c for c, _ in g) for g in groups if len(g) > 1)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# A clause about the protocol's own dates ("The Council will review this protocol every two years"),
# not one that uses the words of something else ("to monitor and review Council performance", "the
# council's adopted Code", "the Council's approved procedures").
_DATED = re.compile(
    r"\b(?:adopt|review|approv|amend|revis|updat)\w*\b[^.;]{0,40}\b(?:this|the) (?:protocol|policy|document)\b"
    r"|\b(?:this|the) (?:protocol|policy|document)\b[^.;]{0,60}\b(?:adopt|review|approv|amend|revis|updat)\w*"
    r"|\bin force\b",
    re.I,
)


class ExtractiveWriter:
    name = OFFLINE

    def __init__(self, settings: Settings, chat_model: Any = None) -> None:
        self.config = settings.answer

    def write(self, question: str, hits: list[Hit], context: WriterContext) -> Draft:
        # A question about the protocol's dates answered by a dates record: no other clauses beside it
        # (the introduction's "The protocol also gives guidance ..." is no answer to "when?").
        if hits and hits[0].clause.kind == "dates" and asks_about_dates(question):
            dated = [h for h in hits if h.clause.kind == "dates" or _DATED.search(h.clause.text)]
            draft = self._write(question, dated, context)
            if draft.cited:
                return draft
        return self._write(question, hits, context)

    def _write(self, question: str, hits: list[Hit], context: WriterContext) -> Draft:
        if len(context.councils) > 1:
            text, cited = per_council_answer(question, hits, context.scored_sentences, context.councils, self.config)
        else:
            text, cited, _ = answer_with_verdict(question, hits, context.scored_sentences, self.config)
        return Draft(text, tuple(cited))


register(OFFLINE)(ExtractiveWriter)
