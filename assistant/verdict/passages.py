"""A sentence in its passage: the subject a pronoun stands for, a list item's lead-in, the text
before a sentence, an inline heading."""

from __future__ import annotations

import re

from assistant.verdict.action import _after_rule_modal, _asks_act, _verb_at
from assistant.verdict.circumstances import _THAT_MEETING
from assistant.verdict.objects import _USED_FOR
from assistant.verdict.polarity import _PROHIBITS_ROLE, _RULE_WORD, _first_role, subject_rules
from assistant.verdict.words import _PRONOUN_SUBJECT, _ROLE_RE, _norm, starts_with_pronoun
from index.units import sentences as split_sentences
from ingest.lazy_regex import lazy_compile

_RESTRICTED = lazy_compile(r"\b(?:who|whom|whose|which|that|if|when|where|whilst|while|unless|related|with)\b")


def refers_back(sentence: str) -> bool:
    """What the sentence is about is said before it in its clause: its subject is a pronoun ("They
    should not ..."), or it says "the meeting" ("An officer may attend ..., and the meeting may be
    held in Council-owned premises": the public meeting the sentence before names)."""
    return starts_with_pronoun(sentence) or bool(_THAT_MEETING.search(_norm(sentence)))


def with_subject(sentence: str, previous: str | None) -> str:
    """A sentence whose subject is a pronoun, with the role the sentence before it has as its
    subject ("Officers must keep group discussions confidential. They should not relay them to the
    media." -> "Officers should not relay them to the media."); unchanged when the sentence before
    has no role for a subject (then the subject stays unknown and no verdict comes from it)."""
    m = _PRONOUN_SUBJECT.match(sentence.strip())
    if not m or not previous or not (parts := split_sentences(previous)):
        return sentence
    # "Councillors may use the photocopier ... They must not be used to produce election leaflets":
    # what is used is the thing, not the councillors; so in "Council equipment, the Town Hall,
    # printing and staff time are for Council business only. They must not be used for party
    # political ... purposes" (not the staff of "staff time"). A rule on what people are used for
    # is no rule on them.
    if _USED_FOR.search(_norm(sentence)):
        return sentence
    before = parts[-1]
    if not subject_rules(before):
        return sentence
    p = _norm(before)
    # "The Code prohibits Members raising ... . They must ...": the role prohibited.
    if prohibited := _PROHIBITS_ROLE.search(p):
        return f"{prohibited.group(1)}{sentence.strip()[m.end() :]}"
    role = _first_role(p)
    rule = _RULE_WORD.search(p)
    if role is None or rule is None or rule.start() < role.start():
        return sentence
    # "Any member who is related to an officer must declare it. They must not ...": 'they' is only
    # those members, and the rule is not one for members in general.
    if _RESTRICTED.search(p[role.end() : rule.start()]):
        return sentence
    return f"{role.group(1)}{sentence.strip()[m.end() :]}"


# A list's lead-in that gives its items their subject and modal: "If participating in the
# appointment of officers, members should:", "Councillors must not:"; or what one side can expect of
# the other ("Officers can expect councillors:"), whose items that are prohibitions ("do not ask
# officers to ...") are that side's rules.
_LEAD_IN_RULE = lazy_compile(
    r"^(?:the |all |individual )?"
    + _ROLE_RE.pattern
    + r"\s+(?P<modal>should|must|shall|will|ought to|are (?:expected|required) to)(?P<neg> not| never)?\s*:$"
)


_LEAD_IN_EXPECT = lazy_compile(
    r"^(?:the |all )?"
    + _ROLE_RE.pattern
    + r" can expect (?:the |all |individual )?"
    + _ROLE_RE.pattern
    + r"(?: to)?\s*:$"
)


_LIST_ITEM = lazy_compile(r"^\s*(?:[-\u2022*\u2013]\s*)?(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)\s*)?(?=[a-z])")


_ITEM_PROHIBITION = lazy_compile(r"^(?:do not|don't|never|not to|must not|should not)\s+")


def _item_verb_asked(question: str, rule: str) -> bool:
    """The question names the verb after the rule's modal, itself or by its family."""
    words = _after_rule_modal(rule) or []
    at = _verb_at(words)
    return at is not None and _asks_act(question, words, at)


def is_list_item(sentence: str) -> bool:
    """A list item, or a quote of one, that starts at its verb ("- not take part where ...",
    "do not ask officers to ...")."""
    return bool(_LIST_ITEM.match(sentence))


def with_lead_in(item: str, before: str) -> str:
    """A list item that starts at its verb, with the subject and modal of the lead-in it hangs from
    ("members should:" ... "- not take part where one of the candidates is a close friend" ->
    "members should not take part where ..."; "Officers can expect councillors:" ... "- do not ask
    officers to undertake work ..." -> "councillors should not ask officers to undertake work ...");
    unchanged when the item has its own subject, or no lead-in of a role and a modal comes before it.
    `before`: the clause's text before the item (`text_before`)."""
    m = _LIST_ITEM.match(item)
    colon = before.rfind(":")
    if not m or colon < 0:
        return item
    rest = item[m.end() :].strip()
    # (what comes between the lead-in and this item is list items, not a sentence of its own)
    between = before[colon + 1 :]
    mark = "-\u2022*\u2013("
    if between.strip() and not re.match(rf"\s*[{mark}]", between) or re.search(rf"[.;]\s+(?![{mark}])[A-Z]", between):
        return item
    lead = _norm(re.split(r"(?<=[.;:])\s+(?:-\s*)?", before[:colon].strip())[-1] + ":")
    if (
        _first_role(rest.split(" ", 1)[0])
        or re.match(r"(?:the|a|an|any|all|each|every|no|they|he|she)\b", rest)
        or re.search(r"\b(?:must|should|shall|will|may|can|cannot)\b", rest)
    ):
        return item  # the item has a subject (or a verb phrase) of its own
    if ruled := _LEAD_IN_RULE.search(lead):
        if ruled.group("neg") and re.match(r"(?:not|never|do not|don't|must not|should not)\b", rest):
            return item  # ("must not: - not ..."): no plain reading
        return f"{ruled.group(1)} {ruled.group('modal')}{ruled.group('neg') or ''} {rest}"
    if (expected := _LEAD_IN_EXPECT.search(lead)) and (prohibition := _ITEM_PROHIBITION.match(rest)):
        word = "never" if prohibition.group(0).startswith("never") else "not"
        return f"{expected.group(2)} should {word} {rest[prohibition.end() :]}"
    return item


def sentence_before(sentence: str, text: str) -> str | None:
    """The sentence before `sentence` in a clause's text (None if it is first or not there)."""
    parts = split_sentences(text)
    key = _norm(sentence)
    i = next((i for i, p in enumerate(parts) if _norm(p) == key or key in _norm(p)), None)
    return parts[i - 1] if i else None


def text_before(sentence: str, text: str) -> str:
    """All of a clause's text before `sentence` ("" if it is first or not there)."""
    parts = split_sentences(text)
    key = _norm(sentence)
    i = next((i for i, p in enumerate(parts) if _norm(p) == key or key in _norm(p)), None)
    return " ".join(parts[:i]) if i else ""


def _one_sentence(passage: str) -> str | None:
    """The passage's one sentence of four words or more, or None when it has several; a heading
    run into it ("Procedure for Councillor In the event that ...") left out."""
    real = [p for p in split_sentences(passage) if len(p.split()) >= 4]
    return without_inline_heading(real[0]) if len(real) == 1 else None


# A clause's own heading run into its first sentence with no full stop, as some protocols set them
# ("4.2 Procedure for Councillor In the event that ...", "Officers The role of officers is ..."):
# a few words that state nothing, then a capitalised word that starts a sentence.
_INLINE_HEADING = lazy_compile(
    r"^((?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,})){0,4}?)\s*[-\u2013:]?\s+"
    r"(?=(?:The|In|If|Where|When|From|All|Any|Each|No|This|These|It|Whilst|While|Although|Every)\s)"
)


_STATES = lazy_compile(
    r"\b(?:is|are|was|were|be|will|shall|should|must|may|can|cannot|has|have|had|do|does|not|no)\b", re.I
)


_ENDS_OPEN = lazy_compile(r"\b(?:of|for|and|or|the|a|an|to|with|on|in|by|at|from|between|upon)$", re.I)


def without_inline_heading(sentence: str) -> str:
    """The sentence without a heading run into its start ("Procedure for Councillor In the event
    that ..." -> "In the event that ..."); unchanged when its start states something."""
    m = _INLINE_HEADING.match(sentence)
    if not m or _STATES.search(m.group(1)) or _ENDS_OPEN.search(m.group(1)):
        return sentence
    rest = sentence[m.end() :]
    return rest if len(rest.split()) >= 4 else sentence
