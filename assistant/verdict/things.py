"""Withholding when the thing differs: its kind, whose it is, a qualifier or purpose the rule
narrows it by, a gift's way of being given, what is passed on or seen."""

from __future__ import annotations

import re

from assistant.amounts import names_a_limit, names_a_sum
from assistant.verdict.action import _DISCLOSE, _NO_VERB, _after_subject, _asked_verb_word, _kinds
from assistant.verdict.objects import _plain_words, rule_object
from assistant.verdict.people import _GIFT, _HOSPITALITY
from assistant.verdict.polarity import (
    _MEETING,
    _NEGATIVE,
    _SAYS_NOT,
    _object_words,
    _raw_polarity,
    main_clause,
    sentence_polarity,
)
from assistant.verdict.question import FACT, OBLIGATION, _own_clause, _predicate, question_modality, untagged
from assistant.verdict.words import (
    _ROLE_TOKENS,
    _STOP,
    _concepts,
    _content,
    _families,
    _families_words,
    _gift_things,
    _norm,
    _stem,
    _time_words,
    _words,
)
from ingest.lazy_regex import lazy_compile

_NEXT_MODAL = lazy_compile(r"\b(?:must|shall|should|will|may|can)\b")


def _about_prohibited(question: str, part: str) -> bool:
    """Whether the question shares a word or a verb family with what the part prohibits (from each
    prohibition to the next modal)."""
    text = _norm(part)
    prohibited = ""
    for m in _NEGATIVE.finditer(text):
        after = _NEXT_MODAL.search(text, m.end())
        prohibited += " " + text[m.end() : after.start() if after else len(text)]
    return bool(_content(question) & _content(prohibited) or _families(question) & _families(prohibited) - {_MEETING})


_PROHIBITED_VERB = lazy_compile(
    r"\b(?:must|should|shall|may|will|can|could|would)(?: not|not|n't| never)\s+(?:[a-z]+ly\s+)?(?:be\s+)?([a-z'-]+)"
)


_SEEING = lazy_compile(
    r"\b(?:see|seeing|look at|looking at|read|reading|access|view|viewing|inspect\w*|get hold of|have sight)\b"
)


def _gives_out_what_is_seen(question: str, part: str) -> bool:
    """A rule on giving information out ("must not disclose the content of confidential papers")
    says nothing of seeing it ("may I see confidential papers?"): a shared noun ('papers') made
    them look like one action."""
    rule = _norm(part)
    m = _PROHIBITED_VERB.search(rule)
    own = _own_clause(_predicate(question))
    # "read it out", "let me see it", "read the minutes to my residents" give it out.
    gives_out = _DISCLOSE.search(own) or re.search(
        r"\bread\w* (?:\w+ )*?(?:out|to)\b|\blet (?:me|us|him|her|them) see\b|\bshow\b", own
    )
    return bool(
        m
        and _DISCLOSE.match(m.group(1))
        and _SEEING.search(own)
        and not gives_out
        and not _SEEING.search(rule[m.start() :])
    )


# "must not ask staff for their personal mobile numbers": a rule on asking someone for a thing, and
# what the question does with it ("she gave me her number herself, can i text her on it?").
# (not "ask officers to canvass for them": asking someone to do something)
_ASK_FOR = lazy_compile(r"\b(?:ask|asking|request|requesting)\b(?:(?!\bto\b)[^.;,]){0,30}?\bfor\b([^.;,]{1,50})")


_GETS = lazy_compile(r"\b(?:get|getting|obtain\w*|have|want|demand\w*|chase|seek\w*)\b|\bfor\b")


def _asking_for_unasked(question: str, part: str) -> bool:
    """A rule on asking someone for a thing and a question that names the thing but asks about doing
    something else with it, asking for nothing (no "for ...", no "get", no asking verb)."""
    m = _ASK_FOR.search(_norm(part))
    if not m:
        return False
    own = _own_clause(_predicate(untagged(_norm(question))))
    if _ASKS_SOMEONE.search(own) or _GETS.search(own):
        return False
    return bool(_content(m.group(1)) & _content(question))


# Words before a thing's name that say nothing of its kind.
_NO_KIND = frozenset(
    "official own usual normal whole full proper relevant appropriate council council's without within first "
    "after before during only more less over under through out off further personal private".split()
)


# Whose a thing is, the one kind those words do tell: "their own laptops" are not "a council laptop".
_WHOSE_KINDS = (frozenset("own personal private home".split()), frozenset("council council's official work".split()))


_VERB_BEFORE = frozenset("i we you they he she to can may must should will would could please".split())


# Words that may follow a thing's name ("the formal disciplinary policy against a councillor").
_AFTER_A_NAME = frozenset("against about over towards under within without during".split())


def _kind_differs(question: str, part: str) -> bool:
    """The thing the question names and the thing the rule names have one name and two kinds: "the
    Council's formal grievance policy" is not "the Council's formal disciplinary policy", nor "the
    planning file" "the personnel file"."""
    said, asked = _words(rule_object(part)), _words(_predicate(question))

    # (the head of its name: the last word before what it is of, for or at; "street" in "a broken
    # street light" is a kind of light)
    def kinds(words: list[str], head: str) -> set[str]:
        return {
            _stem(words[i - 1])
            for i, w in enumerate(words)
            if i
            and _stem(w) == head
            and (i + 1 == len(words) or words[i + 1] in _STOP or words[i + 1] in _AFTER_A_NAME)
            and words[i - 1] not in _STOP
            and words[i - 1] not in _NO_KIND
            and (i < 2 or words[i - 2] not in _VERB_BEFORE)  # ("can i claim expenses": a verb, no kind)
            and words[i - 1] not in _ROLE_TOKENS
            and len(words[i - 1]) > 2
            and not _families(words[i - 1])
        }

    def whose(words: list[str], head: str) -> int | None:
        """0 for someone's own (not "our own", which is the council's), 1 for the council's; None for
        neither or both ("the council's own official posts")."""
        found = set()
        for i, w in enumerate(words):
            if i and _stem(w) == head:
                before = words[max(0, i - 3) : i]
                personal = _WHOSE_KINDS[0] & set(before) and not ("own" in before and "our" in before)
                found |= {0} if personal else set()
                found |= {1} if _WHOSE_KINDS[1] & set(before) or "our" in before and "own" in before else set()
        return found.pop() if len(found) == 1 else None

    # ("the formal complaints procedure" and "the Council's informal complaints procedure": a word and
    # its opposite, before one name)
    for one, other in ((asked, said), (said, asked)):
        for i, w in enumerate(one):
            opposites = {f"{neg}{w}" for neg in ("in", "un", "non", "non-")}
            # ("non-political" is two words to `_words`: "non", "political")
            if i and one[i - 1] == "non" and w in other and "non" not in other[: other.index(w)][-1:]:
                return True
            if any(
                o in opposites and set(one[i + 1 : i + 3]) & set(other[j + 1 : j + 3]) - _STOP
                for j, o in enumerate(other)
            ):
                return True
    asked_verb = _asked_verb_word(question)
    for head in {_stem(w) for w in said} & {_stem(w) for w in asked} - _STOP:
        if _families(head) or head in _ROLE_TOKENS:
            continue
        if {whose(asked, head), whose(said, head)} == {0, 1}:
            return True
        # (not the question's own verb: "can councillors claim expenses ...?")
        q_kinds, s_kinds = kinds(asked, head) - {asked_verb}, kinds(said, head)
        if q_kinds and s_kinds and not q_kinds & s_kinds:
            if not _concepts(" ".join(q_kinds)) & _concepts(" ".join(s_kinds)):
                return True
    return False


_WITHOUT_WHAT = lazy_compile(r"\bwithout ([^,;.]*)")


def _asked_only_as_excluded(question: str, part: str, verb: bool = False) -> bool:
    """What the question asks about is what the rule does without: "express ... views ..., without
    favouring any political party view" and "are officers supposed to give advice that favours a
    party's view?" (not a question that says "without" or a negation itself)."""
    if _SAYS_NOT.search(_norm(question)):
        return False
    p = _norm(part)
    m = _WITHOUT_WHAT.search(p)
    if not m:
        return False
    # (for a permission, only the asked act itself: "may speak to the press without seeking the
    # permission of the Clerk" allows speaking with it too, but "... without taking part in the debate"
    # allows no taking part)
    if verb:
        after = [w for w in (_after_subject(question) or []) if w not in _NO_VERB]
        if not after:
            return False
        said = _words(m.group(1))
        # (its first three letters, as "take" and "taking", "give" and "giving"; a short verb with the
        # word after it too: "take part", "give instructions")
        named = any(w[:3] == after[0][:3] for w in said)
        return named and (len(after[0]) >= 5 or len(after) > 1 and after[1] in said)
    excluded = _content(m.group(1)) - _content(p[: m.start()] + " " + p[m.end() :])
    return bool(excluded & _content(_predicate(question)))


# The asker's own house, garden, car ...: a private matter.
_OWN_THINGS = r"house|home|garden|hedge|drive|driveway|car|fence|gutters?|shed|roof|boiler|heating|kitchen|flat|bins?"


_OWN_PROPERTY = lazy_compile(rf"\bmy (?:own )?(?:[a-z'-]+ )?(?:{_OWN_THINGS})\b")


def _own_property(text: str) -> bool:
    """The asker's own house, garden or car is what the question is about (not where something of the
    council's is: "the street light outside my house")."""
    return any(
        not re.search(
            r"\b(?:outside|near|by|opposite|behind|beside|past|next to|in front of|on|along|up|down)\s*$",
            text[: m.start()],
        )
        for m in _OWN_PROPERTY.finditer(text)
    )


_ASKS_SOMEONE = lazy_compile(
    r"\b(?:ask\w*|request\w*|requir\w*|expect\w*|instruct\w*|press\w*|pressur\w*|made|given|bring|"
    r"(?:get|getting|make|making|tell|telling|have|having)\b[^.?!]{0,40}?\bto\b|give\w*\b[^.?!]{0,30}?"
    r"\b(?:work|jobs?|tasks?|stuff|things)|take (?:one|a|an|the|some|my|our)\b)"
)


_COPIES_ME = lazy_compile(r"\b(?:copy|copies|copying|cc|ccs|cc'd|send|forward|share)\w* me\b|\bme (?:in|into)\b")


_TO_OTHERS = lazy_compile(
    r"\b(?:to|with) (?:any |the )?other (?:ward )?(?:councillors|members|cllrs|member|councillor)\b"
)


def _copied_to_others(question: str, sentence: str) -> bool:
    """The question asks whether the asker is copied in ("should officers copy me into emails about my
    ward?") and the rule is on copying to other councillors ("Employees will not copy the reply to
    other councillors for the ward ..."): another recipient."""
    return bool(_COPIES_ME.search(_norm(question)) and _TO_OTHERS.search(_norm(sentence)))


_GIVES_IT = lazy_compile(
    r"\b(?:give|gives|giving|gave|buy|buying|bought|send|sending|bring|bringing|drop off|dropping off|"
    r"deliver\w*|club together|chip in|present)\b(?! (?:me|us)\b)|"
    r"\btak(?:e|ing) (?:[a-z'-]+ ){1,5}?(?:round |along |in )?(?:to|for)\b"
)


_GETS_IT = lazy_compile(
    r"\b(?:accept\w*|receiv\w*|keep|keeps|keeping|from|(?:give|gives|giving|gave|given|sent|send|offer\w*) (?:me|us)|"
    r"take (?:it|them|this|that|one))\b"
)


def _gift_way_differs(question: str, sentence: str) -> bool:
    """A gift the asker gives ("can i take a bottle of wine to the clerk?", "can the clerk buy vouchers for
    the volunteers?") is no case of a rule on accepting gifts, and one the asker gets is none of a rule
    on giving them."""
    q, rule = _gift_things(_norm(question)), _norm(main_clause(sentence))
    if not re.search(r"\bgifts?\b", q) or not (_GIFT.search(rule) or _HOSPITALITY.search(rule)):
        return False
    gives, gets = bool(_GIVES_IT.search(q)), bool(_GETS_IT.search(q))
    ruled_gets = bool(re.search(r"\b(?:accept\w*|receiv\w*|keep|take)\b", rule))
    ruled_gives = bool(re.search(r"\b(?:give|giving|offer\w*|send|buy|exchange)\b", rule))
    if gives and not gets:
        return ruled_gets and not ruled_gives
    if gets and not gives:
        return ruled_gives and not ruled_gets
    return False


# Things a rule may narrow, and how: "emails containing personal data", "posts which are abusive".
_THINGS = (
    r"\b(?:posts?|comments?|messages?|queries|query|requests?|documents?|papers?|information|matters?|items?|"
    r"cases?|applications?|complaints?|e-?mails?|letters?|enquiries|enquiry|questions?|motions?|reports?|"
    r"correspondence|records?|files?|data|details)\s+"
)


_CONTAINING = r"(?:containing|involving)\b"


_CONTAINING_THING = lazy_compile(_THINGS + _CONTAINING + r"([^,;]*)")


def _narrowing(text: str) -> tuple[str, set[str]]:
    """What a rule says of the things it narrows ("personal data" of "containing personal data from
    residents": not where they are or come from), and its words and verbs."""
    what = re.split(r"\b(?:from|on|in|at|to|by|for|of|with)\b", text)[0]
    return what, _object_words(what) | _families_words(what)


_FOR_COUNCIL_BUSINESS = lazy_compile(
    r"\b(?:relating to|related to|in connection with|connected with|concerning|for|on|about) (?:the )?"
    r"(?:council(?:'s)?|official) (?:business|work|matters|duties|purposes|functions)\b"
)


_OWN_PURPOSE = lazy_compile(
    r"\bfor (?:my|our|his|her|their|a|the) (?:own |private |personal |local )?(?:party|campaign|election|"
    r"re-?election|business|company|firm|shop|club|family|friends?|church|charity)\b|"
    r"\b(?:party political|electioneering|campaign\w*|my (?:own )?(?:business|company|firm|shop))\b"
)


# (a party's or a campaign's own literature: "their party newsletter", "our party's leaflets", "my
# election leaflet")
_PARTY_LITERATURE = lazy_compile(
    r"\b(?:(?:my|our|his|her|their|the) (?:own )?party|(?:my|our|his|her|their) (?:own )?(?:re-?)?election)(?:'s)? "
    r"(?:newsletters?|leaflets?|flyers?|campaign|literature|"
    r"material|posters?|website|work|stuff)\b"
)


def for_another_purpose(question: str, sentence: str) -> bool:
    """A permission for council business ("The Town Clerk may properly be asked to contribute to
    deliberations of matters concerning Council business by party groups") beside a question about
    one's own or one's party's purpose ("can i ask the clerk to knock up a leaflet for my party?"):
    it reads like a Yes, and is no answer."""
    return (
        asks_own_purpose(question)
        and bool(_FOR_COUNCIL_BUSINESS.search(_norm(sentence)))
        and _raw_polarity(sentence) == "permitted"
    )


def asks_own_purpose(question: str) -> bool:
    """The question is about one's own or one's party's purpose ("... for my party?", "their party
    newsletter")."""
    q = _norm(question)
    return bool(_OWN_PURPOSE.search(q) or _PARTY_LITERATURE.search(q))


# Whose performance, conduct or pay a rule is on: "individual employees' performance", and a question on
# the council's ("can i comment on the council's performance in public?").
_OWNED = r"(performance|conduct|capability|work|competence|record|pay|salary|sickness|appraisal)"


_STAFFS_THING = lazy_compile(
    r"\b(?:employees?|officers?|staff|clerk|colleagues?|(?:member|members) of staff)(?:'s|s'|')? " + _OWNED + r"\b"
)


_BODYS_THING = lazy_compile(
    r"\b(?:council|authority|department|service|services|team|directorate|contractor|company)(?:'s|s'|')? "
    + _OWNED
    + r"\b"
)


# A thing of one's own, and the same thing of work: "personal phones", "their own mobile phones";
# "work phones", "the council's phone", "office email".
# (not the council's own: "the Council's own official posts")
_PERSONAL_THING = lazy_compile(
    r"\b(?:personal|private|home|(?<!our )(?<!council's )(?<!councils )own)\s+([a-z]+)(?:\s+([a-z]+))?"
)


# (and "council" only before a means of contact: "council tax" and "a council house" are things of their own)
_WORK_THING = lazy_compile(
    r"\b(?:work|office|council's|official|council(?= (?:phones?|mobiles?|e-?mails?|numbers?|accounts?|laptops?)\b))"
    r"\s+([a-z]+)(?:\s+([a-z]+))?"
)


def _whose_thing_differs(question: str, sentence: str) -> bool:
    """The rule is on someone's own phone (email, address ...) and the question on their work one, or
    the other way round: "must not contact officers on personal phones" and "can I ring officers on
    their work phones?"."""
    q, s = _norm(question), _norm(sentence)

    # (the word after it, or the one after that: "their own mobile phones")
    def things(pattern: re.Pattern[str], text: str) -> set[str]:
        return {_stem(w) for m in pattern.finditer(text) for w in m.groups() if w and w not in _STOP}

    ruled_own, ruled_work = things(_PERSONAL_THING, s), things(_WORK_THING, s)
    asked_own, asked_work = things(_PERSONAL_THING, q), things(_WORK_THING, q)
    return bool(ruled_own & asked_work - asked_own or ruled_work & asked_own - asked_work)


def _owner_differs(question: str, sentence: str) -> bool:
    """The rule is on staff's performance (or conduct, pay ...) and the question on a body's, not
    staff's: "must not comment in public on individual employees' performance" says nothing of "the
    council's performance"."""
    q = _norm(question)
    ruled = {m.group(1) for m in _STAFFS_THING.finditer(_norm(sentence))}
    asked = {m.group(1) for m in _BODYS_THING.finditer(q)}
    return bool(ruled & asked) and not any(m.group(1) in ruled for m in _STAFFS_THING.finditer(q))


def _one_of_two_duties(question: str, sentence: str) -> bool:
    """A duty to do one of two things ("must be ... either returned to the Town Clerk or destroyed after the
    meeting") is no duty to do the one a must-I or will-it question names ("do confidential papers have to
    go back to the clerk?")."""
    return bool(
        re.search(r"\b(?:must|should|shall|will|have to|has to)\b[^.;]*\beither\b[^.;]*\bor\b", _norm(sentence))
    ) and question_modality(question) in (OBLIGATION, FACT)


def _veto_not_asked(question: str, sentence: str) -> bool:
    """ "... has no veto over that decision" says whether one may block a decision, not whether one may take
    it ("can a cabinet member take a decision thats been delegated to an officer?")."""
    return bool(re.search(r"\bno (?:right of )?veto\b", _norm(sentence))) and not re.search(
        r"\b(?:veto|overrule|override|block|stop|overturn|reverse|say no)\b", _norm(question)
    )


def _details_passed_on(question: str, sentence: str) -> bool:
    """The question is about passing someone's contact details on ("give an officer's personal mobile
    number to a resident") and the rule about contacting them ("must not contact officers ... on their
    personal mobile phones"): another act."""
    q, s = _norm(question), _norm(sentence)
    if not re.search(
        r"\b(?:give|giving|pass|passing|share|sharing|hand|forward|send)\b[^?]*\b(?:number|address|email|details)", q
    ):
        return False
    if not re.search(
        r"\bto (?:a |an |the |any |my |our )?(?:resident|constituent|member of the public|someone|anyone|journalist|"
        r"press|public)",
        q,
    ):
        return False
    return not re.search(
        r"\b(?:give|gives|given|pass|passed|share|shared|disclose|disclosed|hand|handed|forward|release)\b", s
    )


def _value_unsaid(question: str, sentence: str) -> bool:
    """The rule is for things above (or below) a value and the question does not say what its thing
    is worth: "can i take a bottle of whisky from a supplier?" and "must not accept gifts worth more
    than £25" (amounts told are judged by `amount_verdict`)."""
    # (a prohibition of what is above it: a permission up to a value with its examples, "such as a box
    # of chocolates", or a duty to register what is above it, say more than the value alone)
    return names_a_limit(sentence) and sentence_polarity(sentence) == "negative" and not names_a_sum(question)


def _kind_denied(question: str, sentence: str) -> bool:
    """The question says its thing is not of the rule's kind: "alcohol-free fizz" against "must not
    accept gifts of alcohol", "a non-political event" against "... political events"."""
    q = _norm(question)
    return any(
        # (not "the mayor's parlour free of charge")
        re.search(rf"\b{re.escape(w)}[- ]free\b(?! of\b)|\bnon[- ]?{re.escape(w)}\b", q)
        for w in re.findall(r"[a-z]{4,}", _norm(rule_object(sentence)))
    )


# What every gift rule says, which names no particular gift.
_GIFT_GENERIC = frozenset(
    _stem(w)
    for w in (
        "gift gifts present presents hospitality invitation invitations token tokens small modest low value nominal "
        "minor inexpensive trivial item items thing things kind kinds thanks thank appreciation such reasonable "
        "occasional personal christmas birthday occasion worth accept accepted accepting keep offered "
        "given individual"
    ).split()
)


# A permission's limit on the gift itself: its size or kind, or examples of it.
_GIFT_LIMITED = lazy_compile(
    r"\b(?:small|modest|low|nominal|token|minor|inexpensive|trivial|reasonable|civic|occasional|such as|like|"
    r"including|for example|e\.g\.|under|up to|less than|not exceeding|worth|value)\b|£\s?\d"
)


_GIFT_WORDS = lazy_compile(r"\b(?:gifts?|presents?|hospitality|invitations?|tokens?)\b")


# A permission's occasion: "at civic events", "at site meetings", "on official visits".
_OCCASION = lazy_compile(
    r"\b(?:at|to|during|on|for) (?:the |a |an |any )?((?:[a-z'-]+ ){0,2}?(?:meetings?|events?|visits?|functions?|"
    r"occasions?|ceremon(?:y|ies)|openings?|receptions?))\b"
)


_SET_APART_KIND = lazy_compile(r"\b(?:but not|and not|except|other than|apart from|excluding|save)\b")


def _gift_named(question: str, part: str) -> bool:
    """A permission without a limit on the gift itself, or one that names a particular gift the
    question names (its giver names none: "small gifts from residents" says nothing of a car), at
    an occasion the question names ("refreshments at site meetings"), and nothing of a kind the
    question names that it sets apart or does not name ("gifts under £20, but not alcohol")."""
    p = _norm(part)
    allowed = _SET_APART_KIND.split(p, maxsplit=1)[0]
    if _kinds(question) - _kinds(allowed):
        return False
    if (occasion := _OCCASION.search(allowed)) and not _object_words(occasion.group(1)) & _object_words(question):
        return False
    what = re.sub(
        r"\bfrom\b.*?(?=\s(?:of (?:a )?(?:value|worth)|worth|valued|under|up to|less than|not exceeding|such as|"
        r"like|including)\b|[,;]|$)",
        " ",
        allowed,
    )
    # (a plain list of things is a limit too: "may accept flowers or chocolates")
    if not _GIFT_LIMITED.search(what) and _GIFT_WORDS.search(what):
        return True
    return bool(_object_words(what) - _GIFT_GENERIC - _time_words(what) & _object_words(question))


# A relative clause that narrows a prohibition's thing: "hospitality from organisations that have
# applied to the Council for a grant", "a candidate to whom they are related".
_NARROWED = lazy_compile(
    r"\b(?:organi[sz]ations?|compan(?:y|ies)|business(?:es)?|firms?|contractors?|suppliers?|bodies|groups?|"
    r"persons?|people|anyone|anybody|someone|candidates?|applicants?|residents?|individuals?|developers?|"
    r"members of the public)\s+(?:that|which|who|whom|whose|to whom|with whom|for whom)\s+"
    r"(?:have|has|had|are|is|were|was|they|he|she|may|might|could|would|will)\b(.*)$"
)


# Work, or a way of acting, that a relative clause narrows: "undertake work, or act in a way, which
# seeks to support or benefit a particular political party" is no rule on personal errands.
_NARROWED_WORK = lazy_compile(
    r"\b(?:work|tasks?|jobs?|duties|a way|requests?(?: (?:from|by|of) (?:[a-z'-]+ ){0,3}?[a-z'-]+)?)\b,?\s+"
    r"(?:or [^,;]*,\s*)?(?:that|which)\s+"
    r"(?:seeks?|is|are|would|could|might|may|will|supports?|benefits?|involves?|relates?)\b(.*)$"
)


# A prohibition of doing something for one's own ends, and a question that says its end is one's own.
_FOR_PRIVATE_ENDS = lazy_compile(
    r"\b(?:privately|for (?:their|his|her|his or her|the member's|the councillor's) (?:own )?(?:private|personal) "
    r"(?:use|purposes?|benefit|business|matters|affairs)|for (?:private|personal) (?:use|purposes?|gain|benefit))\b"
)


_PRIVATE_TOLD = lazy_compile(
    r"\b(?:private(?:ly)?|personal(?:ly)?|my own|for me|for myself|my (?:[a-z'-]+ )?(?:"
    rf"{_OWN_THINGS}|business|shop|family|mum|dad|wife|husband|son|daughter|club|party|campaign|leaflets?))\b"
)


def _qualifier_unsaid(question: str, part: str) -> bool:
    """The prohibition's thing (or people) is narrowed by a relative clause the question says nothing of."""
    asked = _object_words(question) | _families_words(question)
    # (things too: "must not forward emails containing personal data" - "including" gives examples,
    # it narrows nothing; not "matters which are ...",
    # whose words a question puts its own way: a blind set lost a right No to it)
    if thing := _CONTAINING_THING.search(_norm(rule_object(part))):
        what, said = _narrowing(thing.group(1))
        if said and not said & asked and not _concepts(what) & _concepts(question):
            return True
    # ("must not ask grounds staff to carry out work for them privately": for the hedge by the war memorial?)
    # (when the question is about what it is done with: "use information ... for their private purposes"
    # says nothing of its own on asking officers for information)
    obj = rule_object(part)
    if (
        (private := _FOR_PRIVATE_ENDS.search(obj))
        and _object_words(obj[: private.start()]) & _object_words(question)
        and not _PRIVATE_TOLD.search(_norm(question))
    ):
        return True
    obj = rule_object(part)
    if work := _NARROWED_WORK.search(obj):
        narrowing = _norm(work.group(1))
        # ("work which is not council business" excludes: it narrows nothing the question could miss)
        if re.match(r"\s*(?:not|never)\b", narrowing):
            return False
        said = _object_words(narrowing) | _families_words(narrowing)
        # (a party by name, a campaign or a manifesto is political work, in the question's words)
        political = bool(re.search(r"\b(?:political|party|parties)\b", narrowing)) and bool(
            _POLITICAL_WORDS.search(_norm(question))
        )
        return bool(said) and not said & asked and not political and not _concepts(narrowing) & _concepts(question)
    # ("Councillors may see Council information that they reasonably need for their duties": information the
    # need to know narrows, which a question about the caretaker's sickness records does not tell of)
    if _NEEDED_THING.search(_norm(obj)) and _PERSONAL_RECORD.search(q := _norm(question)) and not _NEED_TOLD.search(q):
        return True
    m = _NARROWED.search(obj)
    if not m:
        return False
    said = _object_words(m.group(1)) | _families_words(m.group(1))
    return bool(said) and not said & asked


_NEEDED_THING = lazy_compile(
    r"\b(?:information|documents?|papers|records?|files?|reports?)\s+(?:(?:that|which)\s+)?(?:they|he|she|he or she|"
    r"(?:the )?(?:members?|councillors?))\s+(?:reasonably\s+|genuinely\s+|actually\s+|properly\s+)?"
    r"(?:need|needs|require|requires)\b"
)
# What a need to know does not open on its own: a member of staff's personal records.
_PERSONAL_RECORD = lazy_compile(
    r"\b(?:sickness|personnel|hr|disciplinary|medical|appraisals?|salary|salaries|pay|home address|"
    r"personal (?:files?|records?|details))\b"
)
# A question that tells of a need: "I need it for my ward work", "for a committee I sit on".
_NEED_TOLD = lazy_compile(
    r"\b(?:need|needs|needed|require|required|for (?:my|our|his|her|their) (?:duties|role|ward|work|committee)|"
    r"as (?:a|the) (?:member|councillor) of the\b)"
)


_BEYOND = lazy_compile(r"\b(?:beyond|over and above|in excess of)\s+(?:what|that|those|the)\b([^,;.]*)")


_PAST_A_LIMIT = lazy_compile(r"\b(?:beyond|more than|extra|additional|other than|outside|exceed\w*|over and above)\b")


def _within_the_limit(question: str, part: str) -> bool:
    """A prohibition on going beyond a limit ("may not ... have access to confidential information
    beyond what their group members are entitled to") and a question about what is within it ("can
    the political assistant see confidential information that the group members are entitled to?")."""
    m = _BEYOND.search(_norm(part))
    if not m:
        return False
    q = _norm(question)
    return len(_plain_words(m.group(1)) & _plain_words(q)) >= 2 and not _PAST_A_LIMIT.search(q)


# What a question says that makes its thing political: a party by name, a campaign, a manifesto.
_POLITICAL_WORDS = lazy_compile(
    r"\b(?:political|party|partisan|manifestos?|campaign\w*|election\w*|electioneering|canvass\w*|votes?|"
    r"re-?elect\w*|candidates?|hustings?|lib ?dems?|labour|conservatives?|tor(?:y|ies)|greens?|reform|ukip|snp|"
    r"plaid)\b"
)


# A prohibition's thing of one kind only: "political material", "confidential papers".
_THING_KINDS = (
    (
        lazy_compile(
            r"\b(?:party[- ])?political (?:material|posters?|leaflets?|literature|content|messages?|purposes?|"
            r"casework|debates?|activit(?:y|ies)|campaigning|events?)\b|"
            r"\bparty (?:business|matters|work|activit(?:y|ies)|campaigning|events?)\b"
        ),
        _POLITICAL_WORDS,
    ),
    (
        lazy_compile(
            r"\bconfidential (?:council |personal )?"
            r"(?:papers?|documents?|information|matters?|items?|reports?|business)\b"
        ),
        lazy_compile(r"\b(?:confidential\w*|private|secret|exempt|part (?:2|ii|two)|in camera|closed session)\b"),
    ),
)


# A prohibition for one purpose only: "must not use the Council's accounts for party political purposes".
_FOR_POLITICAL_PURPOSE = lazy_compile(
    r"\bfor (?:any )?(?:(?:party[- ])?political|electioneering|election|campaign(?:ing)?)"
    r"(?: or [a-z]+)? (?:purposes?|activit(?:y|ies)|campaigning|ends)\b|\bfor (?:electioneering|campaigning)\b"
)


def _kind_unsaid(question: str, part: str) -> bool:
    """The prohibition is on things of one kind ("political material"), or on using them for one
    purpose ("for party political purposes"), and the question does not say its thing is of that
    kind or for that purpose ("posters for my surgery", "the facebook page to advertise my surgery")."""
    obj, q = _norm(rule_object(part)), _norm(question)
    if _FOR_POLITICAL_PURPOSE.search(obj) and not _POLITICAL_WORDS.search(q):
        return True
    # (the kind must be the thing's own, at the head of what the rule's verb acts on; after "to
    # <verb>" when the rule is on being asked: "be asked to advise on matters of party business",
    # "be asked to undertake members' political casework")
    # (and after "to <verb>" when the rule is on using a means for it: "use social media to post
    # confidential council information")
    obj = re.sub(
        r"^(?:(?:the |their |his |her |any |council )?(?:social media|e-?mail|emails|[a-z]+ accounts?|the internet) )?"
        r"to [a-z]+ (?:on |in |with |about |for )?(?:matters of |the |any |[a-z]+s' )*",
        "",
        obj,
    )
    # ("... to post confidential council information or to criticise officers": a second act, of
    # any kind, may be the question's)
    if re.search(r"\b(?:or|and) to [a-z]+\b", obj):
        return False
    return any((m := thing.search(obj)) and m.start() <= 12 and not said.search(q) for thing, said in _THING_KINDS)


# Whose account or equipment: "the Council's social media accounts" and "my own facebook".
_COUNCILS_OWN = lazy_compile(
    r"\b(?:the )?council(?:'s|s'|s)? (?:own |official )?"
    r"(?:social media|accounts?|facebook|twitter|pages?|website|email)"
)


_ASKERS_OWN = lazy_compile(
    r"\b(?:my|our) (?:own|personal|private)\b|\bon my (?:fb|facebook|twitter|page|account|feed)\b"
)


def _whose_differs(question: str, part: str) -> bool:
    """A prohibition on using the Council's accounts says nothing of the asker's own."""
    return bool(_COUNCILS_OWN.search(_norm(part)) and _ASKERS_OWN.search(_norm(question)))


# A prohibition for one purpose ("must not use Council premises ... for party political or campaigning purposes")
# and a question that says its purpose is not that one ("a public meeting about the skate park, nothing party
# political"): the rule does not reach its case.
_PURPOSE_KINDS = {
    "political": r"(?:party[- ])?(?:political|politics|campaign\w*|electioneering)",
    "private": r"(?:personal|private)",
}
# (the question's own words of its case, "nothing party political", "not for campaigning": not "no election coming up"
# or "if no personal vehicle is available", which deny something else)
_DENIED = r"\b(?:nothing|not|non|isn't|isnt|wasn't|never)[- ](?:(?:at all|remotely|even|in any way|to do with|for)\s+)*"


def _purpose_denied(question: str, part: str) -> bool:
    """The prohibition is for a purpose the question says its case is not (`_PURPOSE_KINDS`)."""
    rule, q = _norm(part), _norm(question)
    return any(
        re.search(
            rf"\bfor (?:any |their |a )?(?:[a-z]+ (?:or|and) )?{kind}(?: (?:or|and) [a-z]+)? {_PURPOSE_NOUN}", rule
        )
        and (
            re.search(_DENIED + kind + r"\b", q) or (name == "political" and re.search(r"\b(?:non|a)-?political\b", q))
        )
        for name, kind in _PURPOSE_KINDS.items()
    )


_PURPOSE_NOUN = r"(?:purposes?|reasons?|ends|activities|work|business)\b"
