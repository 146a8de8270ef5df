"""What the act is done to: a rule's object and whether the question names it, a rule on using a
thing for a purpose."""

from __future__ import annotations

import re

from assistant.verdict.action import _party_group_named
from assistant.verdict.polarity import (
    _EMERGENCY_TOLD,
    _MEETING,
    _SINGLE_ROLES,
    _first_role,
    _object_words,
    _tells_emergency,
    main_clause,
)
from assistant.verdict.question import PERMISSION, question_modality
from assistant.verdict.words import _ROLE_RE, _STOP, ROLES, _concepts, _content, _families, _norm, _stem, _words
from ingest.lazy_regex import lazy_compile

# A rule's exception for an emergency ("except in a genuine emergency"), not "the Emergency Plan" or
# "non-emergency matters".
_EMERGENCY_EXCEPTED = lazy_compile(
    r"\b(?:except|unless|other than|apart from|save|only)\b[^.;]{0,25}?(?<!non-)(?<!non )\bemergenc(?:y|ies)\b"
)


def _weakly_told(text: str) -> bool:
    """An emergency told only by words that may be about anything ("the budget is at risk", "i feel
    unsafe about a vote"): no person, place or property in danger named with them."""
    t = _norm(text)
    strong = _EMERGENCY_TOLD.search(re.sub(r"\b(?:at risk|in danger|unsafe|dangerous)\b", " ", t))
    physical = re.search(
        r"\b(?:child|children|kid|kids|people|someone|person|anyone|resident|life|lives|hall|building|road|lane|"
        r"house|roof|tree|water|fire|play ?area|swings?|playground)\b",
        t,
    )
    return not strong and not physical


def _addressed(qualifier: str, sentence: str, question: str = "") -> bool:
    """The sentence shares a content word with the question's qualifier, or a verb family (for a
    purpose, "for my party newsletter", one the rest of the question does not already share: it is
    not met by "photocopier" in "may use the photocopier for council work", one family with
    "newsletter")."""
    purpose = qualifier.startswith("for ")
    rest = _families(_norm(question).replace(qualifier, " ")) if question and purpose else set()
    # ("if theres a flood in the village hall" and "... except in a genuine emergency": the emergency
    # the rule excepts, told in the question's words)
    if _EMERGENCY_EXCEPTED.search(_norm(sentence)) and _tells_emergency(qualifier) and not _weakly_told(qualifier):
        return True
    return bool(
        _content(qualifier) & _content(sentence) or (_families(qualifier) & _families(sentence)) - {_MEETING} - rest
    )


_USED_FOR = lazy_compile(r"\b(?:must|should|may|shall|can)(?: not|not|n't| never) (?:only )?be used\b(.*)$")


# Uses a rule on a thing names, that a question may name too ("my party leaflets", "for my campaign").
_PURPOSES = frozenset(
    "party political politics campaign campaigning campaigns election elections electioneering canvass "
    "canvassing private personal".split()
)


_PURPOSE_STEMS = frozenset(_stem(w) for w in _PURPOSES)


def names_a_purpose(text: str) -> bool:
    """Whether a text names a political or private purpose ("... to produce election leaflets")."""
    return bool(_plain_words(text) & _PURPOSE_STEMS)


# Content words of a rule's subject that name no thing: "Council ..." and the verb "use".
_NOT_THINGS = frozenset(_content("council use used uses using"))


_SOCIAL_PARTY = lazy_compile(
    r"\b(?:birthday|christmas|xmas|leaving|retirement|tea|dinner|garden|street|works|office|engagement|"
    r"surprise|hen|stag|children's|kids'?) part(?:y|ies)\b"
)


_NOT_POLITICAL = lazy_compile(
    r"\b(?:non|not|no|nothing|cross)[- ](?:a[- ])?(?:party[- ]?political|political|party)\b"
    r"(?:[- ](?:thing|event|meeting))?"
    r"|\bapolitical\b"
    # "... for residents - nothing to do with my party": the purpose set aside
    r"|\b(?:nothing to do with|not for|not about|unconnected (?:to|with)|not connected (?:to|with))\s+"
    r"(?:my |our |the |any |a )?(?:political |party political )?(?:part(?:y|ies)|politics|campaign(?:ing|s)?)\b"
    # an election's official business is no campaign: "the notice of election", "the election count"
    r"|\bnotice of (?:the )?(?:by-?)?election\b"
    r"|\b(?:by-?)?election (?:notice|count|results?|timetable|officer|papers)\b"
)


_PRONOUN_THING = lazy_compile(r"^(?:they|these|this|it|such|those)\b")


def _use_rule(question: str, part: str, context: str = "") -> set[str]:
    """For a rule that forbids anyone to use a thing for a political or private purpose ("They
    should not be used for private purposes or in connection with party political or campaigning
    activities", of the council's printing and photocopying), the purposes it names that the
    question names too, when the question also names the thing: "can i print my party leaflets
    on the council photocopier?" ({"party"}); nothing for "... for my ward casework?", for "can i
    use council meeting rooms ...?" against a rule on council vehicles, or for a permission
    (who may use it is then the question). The thing is the subject, or for "They ..." the
    clause's text before (`context`)."""
    p = _norm(part)
    m = _USED_FOR.search(p)
    if not m or _first_role(p[: m.start()]):  # "Members must not be used ...": a role's rules
        return set()
    subject = p[: m.start()].strip()
    thing = _content(context if _PRONOUN_THING.match(subject) or not subject else subject) - _NOT_THINGS
    # (the thing by its first five letters: "the council printer" is the "printing" provided)
    if not {w[:5] for w in thing} & {w[:5] for w in _content(question)}:
        return set()
    # A birthday or Christmas party is no party politics, nor a "non-party political" forum.
    asked = _plain_words(_NOT_POLITICAL.sub(" ", _SOCIAL_PARTY.sub(" ", _norm(question))))
    # ("for my own personal letters" is a private purpose)
    if re.search(r"\bfor (?:my |our |his |her |their )?(?:own )?personal\b", _norm(question)):
        asked.add(_stem("private"))
    return asked & _plain_words(m.group(1)) & _PURPOSE_STEMS


def use_rule_for(question: str, sentence: str, context: str = "") -> bool:
    """Whether a sentence is a rule on using a thing for the purpose a may-I question names."""
    return question_modality(question) == PERMISSION and bool(_use_rule(question, sentence, context))


def _plain_words(text: str) -> set[str]:
    """Content words, role words included ("party" political use)."""
    return {_stem(w) for w in _words(text) if w not in _STOP and len(w) > 3}


# Where a rule's verb phrase starts: after its modal ("must not", "may", "have no power to", "are
# free to", "prohibits").
_RULE_START = lazy_compile(
    r"\b(?:(?:must|should|shall|may|might|can|could|will|would|ought to|need to|needs to|has to|have to)"
    r"(?:\s+not|n't)?|cannot|can't|won't|never|prohibits|(?:do|does) not|takes? no part in|"
    r"(?:has|have) no (?:legal )?(?:power|right|authority) to|(?:has|have) no (?:role|veto|say|vote) (?:in|on|over)|"
    r"no (?:legal )?(?:power|right|authority) to|(?:is|are)(?: not)? (?:entitled|allowed|permitted|free|required|"
    r"expected|obliged|able) to)\s+(?:(?:also|always|only|normally|never|not|legitimately|properly)\s+)*"
)


_LEADING_ROLE = lazy_compile(r"^(?:(?:the|a|an|any|other|individual)\s+)*" + _ROLE_RE.pattern + r"\s+")


def rule_object(part: str) -> str:
    """What a rule's verb acts on and under what terms: 'Councillors must not contact the Clerk at
    home outside office hours' -> 'the clerk at home outside office hours'; 'They should not be used
    for private purposes' -> 'for private purposes' ("" when the rule is its verb alone)."""
    main = _norm(main_clause(part))
    m = _RULE_START.search(main)
    if not m:
        return ""
    tail = main[m.end() :]
    tail = re.sub(r"^(?:do so|be|been|being|get)\s+", "", tail)  # "be used for ...": the passive's verb next
    tail = _LEADING_ROLE.sub("", tail)  # "prohibits Members raising ...": the verb after its object
    obj = tail.split(" ", 1)[1] if " " in tail else ""
    # "may help them as they would any other resident": a pronoun and a manner restrict nothing.
    obj = re.sub(r"^(?:them|him|her|it|this|that|so)\b\s*", "", obj)
    # "take part (in ...)" is a verb: its "part" is no thing ("ask Officers to take part, in any activity").
    obj = re.sub(r"^part\b\s*|\b(?:to )?take part\b,?\s*", "", obj) if re.search(r"\btake part\b", tail) else obj
    obj = re.split(r"\b(?:unless|except|other than)\b", obj)[0]  # the exception is the condition's
    # "disclose personal information about a constituent to a ward Member": to whom is no part of what
    obj = _TO_SOMEONE.sub(" ", obj)
    return "" if re.match(r"as\b", obj) else obj


_TO_SOMEONE = lazy_compile(
    r"\bto (?:a |an |the |any |all |other |another |individual )?(?:ward |local |other |individual )?"
    r"(?:members?|councillors?|cllrs?)\b"
)


# The words of the people a rule names ("the Clerk or the Assistant Clerk", "the Deputy Clerk") are
# who it acts on, not what: "party" and "political" stay things ("party political work").
_PEOPLE_WORDS = _SINGLE_ROLES | (
    frozenset(w for ws in ROLES.values() for p in ws if " " in p for w in p.split())
    - {"party", "political", "group", "groups", "office", "service"}
)


# "ask a member of staff out on a date": asked out is no "out" of a rule's ("carry out work").
_ASKED_OUT = lazy_compile(r"\b(ask|asks|asking|asked) ((?:[a-z'-]+ ){1,4}?)out\b(?! (?:for|to|of)\b)")


def _names_object(question: str, obj: str) -> bool:
    """The question shares a word, a verb family or a concept with what a rule's verb acts on
    ("(nothing party political)" names no party politics)."""
    q = _ASKED_OUT.sub(r"\1 \2", _NOT_POLITICAL.sub(" ", _norm(question)))
    return bool(
        _object_words(q) & _object_words(obj)
        or (_families(q) & _families(obj)) - {_MEETING}
        or _concepts(q) & _concepts(obj)
    )


def _object_overlaps(question: str, part: str) -> bool:
    """What the part's verb acts on is something the question names."""
    return _names_object(question, rule_object(part))


_GROUP_MEETING = lazy_compile(
    r"(?:(?:any |a |the )?(?:meetings?|part) of (?:a |any |the )?(?:party |political |party political )?groups?|"
    r"(?:any |a |the )?(?:party |political |party political )?group meetings?)"
)


_ON_THEIR_OWN = lazy_compile(r"\b(?:on|by) (?:their|his|her|its) own(?: authority)?\b")


_ACTS_OF_AUTHORITY = lazy_compile(
    r"\b(?:instruct|direct|commit|decide|authoris|authoriz|act|approve|agree|deal with|handle|resolve|settle)\w*\b"
)


_ROLE_MODIFIER = lazy_compile(
    r"\b(?:individual|junior|named|particular|specific)\s+(?=(?:officers?|employees?|members? of staff|staff)\b)"
)


_SECOND_VERB = lazy_compile(
    r"^(?:or|and|and/or|nor)\s+(?!the\b|a\b|an\b|any\b|their\b|his\b|her\b|its\b)[a-z]+\s+(?=\S)"
)
_ONLY_A_PERSON = lazy_compile(
    r"^(?:the |an? |any |all )?(?:[a-z]+ )?(?:clerk|officer|employee|member of staff|staff|assistant|manager)s?"
    r"[\s.;,]*$"
)
_WORK_OF = lazy_compile(
    r"\b((?:the |an? |any )?(?:[a-z]+ )?(?:clerk|officer|employee|member of staff|staff|assistant|manager))'s? "
    r"(?:work|job|duties|tasks|role)\b"
)


def object_addressed(question: str, part: str) -> bool:
    """The question names something of what the rule's verb acts on, or its terms: a word, a verb
    family or a thesaurus concept in common ("can a councillor ask the clerk for a copy of the
    minutes?" is no case of "must not ask the Clerk to undertake personal errands"). A rule of its
    verb alone ("Officers may attend.") restricts nothing."""
    obj = rule_object(part)
    if _names_what_is_acted_on(question, part, obj):
        return True
    # ("has no authority to direct or supervise the Clerk's work": two verbs of one object, and the work of a
    # person is also the person; "tell the clerk what to do" names them, as "what work to do" names the work)
    person = _WORK_OF.sub(r"\1", obj)
    if _ONLY_A_PERSON.match(stripped := _SECOND_VERB.sub("", person, count=1)):
        person = stripped  # (not "or text the Clerk outside Tuesday mornings ...": that verb is the asked one)
    return person != obj and _names_what_is_acted_on(question, part, person)


def _names_what_is_acted_on(question: str, part: str, obj: str) -> bool:
    """`object_addressed` for one reading of the rule's object."""
    # ("attend meetings of political groups" and "come to our group": a group's meeting is the group;
    # "... meetings of political groups or party events" too, its first thing)
    group_meeting = _GROUP_MEETING.match(obj.strip(" .;"))
    if (
        group_meeting
        and re.fullmatch(
            r"\s*(?:or (?:other |any )?(?:party |political |party political )?(?:events?|functions?|conferences?|"
            r"gatherings?))?",
            obj.strip(" .;")[group_meeting.end() :],
        )
        and _party_group_named(question)
    ):
        return True
    # ("... can instruct the Clerk on their own": no thing, but on whose authority; not "should not speak
    # to the Clerk on their own", where alone is the rule's case)
    if _ACTS_OF_AUTHORITY.search(_norm(part)):
        obj = _ON_THEIR_OWN.sub(" ", obj)
    # ("may write to the Clerk in either language" and "can i email the clerk in welsh?"; not a question
    # that asks more: "... in welsh and expect a reply the same day?")
    q = _norm(question)
    if (
        re.search(r"\b(?:either language|both languages)\b", obj)
        and (lang := re.search(r"\b(?:welsh|english|gaelic|cymraeg|scots)\b", q))
        and not re.search(r"\b(?:and|but|expect)\b", q[lang.end() :])
    ):
        return True
    # "may not instruct the Clerk or the Assistant Clerk" acts on people only: whom, not what.
    # ("the Finance Officer", "the Events Manager": a title is a person, not a thing; nor is "individual"
    # or "junior" in "individual employees", "junior officers")
    obj = _ROLE_MODIFIER.sub(" ", obj)
    titled = re.sub(r"\b[a-z]+\s+(?=(?:officers?|clerks?|managers?|assistants?|directors?)\b)", " ", obj)
    things = {w for w in _object_words(titled) if w not in _PEOPLE_WORDS}
    titles = re.findall(
        r"\b((?:(?!the\b|a\b|an\b|any\b|or\b|and\b|of\b)[a-z]+ )?(?:clerk|officer|manager|director|assistant|"
        r"chairman|chairperson|chair|mayor|leader|head))\b",
        obj,
    )
    specific = [t for t in titles if t not in ("officer", "officers")]
    if not things and not _families(obj) and specific:
        # ... and the question must name one of them ("instruct a solicitor", "email the clerk" for a
        # rule on the Assistant Clerk and the Finance Officer are no case of it).
        q = _norm(question)
        return any(re.search(rf"\b{re.escape(t)}\b", q) for t in specific)
    if things and not _families(obj) and not _concepts(obj):
        # "... the Assistant Clerk or the Finance Officer about planning applications": the things are
        # what must be named, not the people ("contact the assistant clerk about his allowance").
        q = _NOT_POLITICAL.sub(" ", _norm(question))
        return bool(things & (_object_words(q) - _PEOPLE_WORDS))
    return not (things or _families(obj)) or _names_object(question, obj)
