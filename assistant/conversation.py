"""Follow-up questions: "what about Battle?", "and Mumbles?", "does Yateley say anything about
that?" re-ask the conversation's last full question, scoped to the council named.

The history is LangChain chat messages (HumanMessage / AIMessage), earlier `Answer`s, or plain
strings (the user's earlier questions); only the user's questions are read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.scope import not_a_question
from index.catalogue import close_councils
from index.query import (
    asks_about_dates,
    common_words,
    council_aliases,
    detect_councils,
    protocol_year,
    strip_council_names,
)

_FOLLOW_UP = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|right)[,]?\s+)?(?:(?:what|how)\s+about|what\s+of|and|same\s+(?:for|with|at)|"
    r"and\s+what\s+about|ditto\s+for)\s+(?P<rest>.+?)\s*[?.!]*\s*$",
    re.I,
)
_ABOUT_THAT = re.compile(
    r"\b(?:about|on|regarding)\s+(?:that|this|it|the same)\b|\bthe same\b|\bthere\s*[?.!]*$"
    r"|\bsay\s+(?:anything|something)\s*[?.!]*$"
    # ("what does Mumbles say?", "and what does battle's protocol say?")
    r"|^\s*(?:(?:and|so|ok|okay)[,]?\s+)?what\s+(?:does|do|did|would)\b.*\bsay\s*[?.!]*$",
    re.I,
)


def user_questions(history: Sequence[Any] | None) -> list[str]:
    """The user's earlier questions, oldest first."""
    out = []
    for item in history or []:
        kind = getattr(item, "type", None)
        if kind is not None:  # a LangChain message
            if kind == "human":
                out.append(str(item.content))
        elif hasattr(item, "question"):  # an Answer
            out.append(item.question)
        elif isinstance(item, str):
            out.append(item)
    return out


_GENERIC = re.compile(r"[^\w\s'-]|\b(?:the|council|protocol|one|then|in|at|for|over|tc|pc|cc|dc|bc)\b", re.I)


def follow_up_place(question: str) -> str | None:
    """What a bare follow-up names ('what about Narnia?', 'and in yately' -> 'Narnia', 'yately'),
    when it is one to three words; None for anything else."""
    m = _FOLLOW_UP.match(question)
    if not m:
        return None
    rest = " ".join(_GENERIC.sub(" ", m["rest"]).split())
    return rest if rest and len(rest.split()) <= 3 else None


def follow_up_council(question: str, councils: Iterable[str]) -> list[str] | None:
    """The councils a follow-up names ('what about Battle?' -> ['Battle Town Council'], and 'and in
    yately?' -> ['Yateley Town Council'], spelt close enough); None when the question is not a
    follow-up (it stands on its own)."""
    councils = list(councils)
    named = detect_councils(question, councils)
    if not named:
        place = follow_up_place(question)
        close = close_councils(place, councils) if place else []
        return close if len(close) == 1 else None
    m = _FOLLOW_UP.match(question)
    if m:
        rest = m["rest"]
        for council in named:
            for alias in council_aliases(council):
                rest = re.sub(rf"\b{re.escape(alias)}(?:'s)?\b", " ", rest, flags=re.I)
        # Nothing left but the council's name ('and Mumbles?', 'what about Battle's?').
        if not re.sub(r"[\W_]|\b(?:the|council|protocol|one|then|s|and|or|in|at|for|over)\b", "", rest, flags=re.I):
            return named
    rest = strip_council_names(question, named)
    about = _ABOUT_THAT.search(question)
    words = re.findall(r"[a-z]+", rest.lower())
    # ("... there?" is a follow-up when it asks what the protocol says: "is it allowed there?", "what's
    # the guidance there?"; not when it asks for a fact of its own: "who is the monitoring officer there?")
    if about and about.group(0).lower().startswith("there") and _OWN_FACT.search(rest):
        return None
    if about and len(words) <= 7:
        return named
    return None


_OWN_FACT = re.compile(r"\b(?:who|whom|whose|when|which|how many|how much|how long|how often)\b", re.I)


def unknown_place(question: str, councils: Iterable[str]) -> str | None:
    """A bare follow-up about a place that is no council in the index ('what about Narnia?' ->
    'Narnia'): a capitalised name, not an everyday word ('what about Gifts?' asks about gifts)."""
    place = follow_up_place(question)
    if not place or follow_up_council(question, councils) is not None or follow_up_year(question):
        return None
    words = place.split()
    if all(w[:1].isupper() for w in words) and not all(w.lower() in common_words() for w in words):
        return place
    return None


def follow_up_year(question: str) -> str | None:
    """The year of a protocol when naming it is all a follow-up says ('and the 2022 protocol?',
    'what about the 2019 protocol?' -> '2022', '2019'); None otherwise."""
    m = _FOLLOW_UP.match(question)
    year = protocol_year(question)
    if not m or not year:
        return None
    rest = m["rest"].replace(year[1].strip(), " ")
    if re.sub(r"[\W_]|\b(?:the|one|then|s|in|under)\b", "", rest, flags=re.I):
        return None
    return year[0]


def resolve(question: str, history: Sequence[Any] | None, councils: Iterable[str]) -> tuple[str, list[str] | None]:
    """(the question to answer, the councils it is scoped to): a follow-up becomes the last full
    question, without the council it named, scoped to the follow-up's council; one that names a
    protocol by its year ('and the 2022 protocol?') becomes that question asked of that protocol
    (the search scopes it by the year)."""
    councils = list(councils)
    named = follow_up_council(question, councils)
    year = None if named else follow_up_year(question)
    if named is None and year is None:
        return question, None
    for earlier in reversed(user_questions(history)):
        if follow_up_council(earlier, councils) is None and not follow_up_year(earlier) and earlier.strip():
            previous = detect_councils(earlier, councils)
            base = strip_council_names(earlier, previous) if previous else earlier
            if year:
                # "what does the 2019 protocol say about gifts?" -> "... the 2022 protocol ..."
                if earlier_year := protocol_year(base):
                    return base.replace(earlier_year[1], earlier_year[1].replace(earlier_year[0], year)), None
                return f"{base.strip()} (the {year} protocol)", None
            return base, named
    return question, named


# "when was it last reviewed?": the protocol the conversation is about.
_IT = re.compile(r"\b(?:it|its|it's|this protocol|that protocol|the protocol|their protocol|theirs)\b", re.I)


def carried_council(question: str, history: Sequence[Any] | None, councils: Iterable[str]) -> str | None:
    """The council a question about a protocol's dates means by "it", when it names none and the
    last question named one ("what does finmere say about gifts?" then "when was it last
    reviewed?" -> Finmere's); None otherwise."""
    councils = list(councils)
    if not asks_about_dates(question) or not _IT.search(question) or detect_councils(question, councils):
        return None
    earlier = user_questions(history)
    if not earlier:
        return None
    named = detect_councils(earlier[-1], councils) or follow_up_council(earlier[-1], councils) or []
    return named[0] if len(named) == 1 else None


def follow_up_topic(question: str) -> str | None:
    """What a follow-up that names no council or protocol adds to the last question ('what about
    just before elections?' -> 'just before elections', 'and for officers?' -> 'for officers');
    None for a question of its own."""
    m = _FOLLOW_UP.match(question)
    if not m or follow_up_year(question):
        return None
    rest = m["rest"].strip()
    words = re.findall(r"[a-z']+", rest.lower())
    # (a few words: "and can the clerk refuse a councillor who asks for it?" or "and the clerk
    # refused, what now?" is a question of its own)
    if not words or len(words) > 5 or "," in rest or _QUESTION_WORD.match(rest):
        return None
    return rest


_QUESTION_WORD = re.compile(r"(?:can|could|may|must|should|is|are|do|does|will|who|what|when|where|why|how)\b", re.I)


def last_full_question(history: Sequence[Any] | None) -> str | None:
    """The conversation's last question that is not itself a follow-up (nor small talk: "thanks!")."""
    for earlier in reversed(user_questions(history)):
        if earlier.strip() and not _FOLLOW_UP.match(earlier) and not not_a_question(earlier):
            return earlier
    return None
