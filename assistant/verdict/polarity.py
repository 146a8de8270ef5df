"""The sentence: what it says plainly ('must not', 'no power to require', 'may', 'is entitled to'),
its coordinated parts and main clause, a condition it sets and whether the question meets it,
and whether a part rules on someone at all."""

from __future__ import annotations

import re

from assistant.verdict.question import _AUX, FACT, _predicate, question_modality
from assistant.verdict.words import (
    _OUTSIDE_BODY,
    _PRONOUN_SUBJECT,
    _ROLE_RE,
    _STOP,
    ROLES,
    VERB_FAMILIES,
    _content,
    _families,
    _norm,
    _stem,
    _time_words,
    _words,
    roles_in_order,
    starts_with_pronoun,
)
from ingest.lazy_regex import lazy_compile

_NEGATIVE = lazy_compile(
    r"\b(?:must not|mustn't|should not|shouldn't|ought not|oughtn't|shall not|may not|cannot|can not|can't|"
    r"will not|won't|"
    r"is not (?:permitted|allowed|entitled|appropriate|acceptable)|are not (?:permitted|allowed|entitled)|"
    r"not (?:be )?(?:permitted|allowed|entitled)|no (?:legal )?(?:power|right|authority) to|"
    r"(?:has|have) no (?:legal )?(?:power|right|authority)|"
    r"(?<!who )(?<!that )(?<!which )(?:has|have) no (?:role|veto|say|vote) (?:in|on|over)"
    r"(?![^.;]*\b(?:other than|except|unless|beyond|save|apart from)\b)|"
    r"never|prohibited|not be (?:asked|expected|required)|"
    # ("... i.e. there should be no 'blind' copies": none of them may be)
    r"there (?:should|must|shall|will|can|may) be no|"
    r"are not required|is not required|(?:is|are|am) not expected to|not obliged|under no circumstances|"
    r"(?:do|does) not (?:need|have) to|(?:don't|doesn't|dont|doesnt) (?:need|have) to|"
    r"should refrain|must refrain|"
    r"should avoid|must avoid|not appropriate|inappropriate|should not be|"
    r"(?:should|must|shall) be avoided|(?:is|are) to be avoided|"
    r"(?:takes?|have|has) no part|prohibits|is forbidden|are forbidden|"
    r"neither\b[^.;]*\bnor\b[^.;]*\b(?:is|are) (?:required|obliged|expected) to|"
    r"(?:does|do) not (?:manage|supervise|act as|act alone|have (?:a|the|any) (?:right|power|authority)|"
    r"take part|attend|instruct|direct|line manage))\b"
)


# "No councillor, including the Chair, has the right to ...", "No member will refer ...": a rule for nobody.
_NO_ONE = lazy_compile(
    r"^(?:- )?(?:no (?!longer|later|more|less|doubt|sooner|matter)(?:individual |single |other )?\w+|"
    # "Neither the Chairman nor any other councillor may instruct the Clerk." ("... is required to" is
    # what neither need do: see NOT_REQUIRED)
    r"neither\b[^.;]*\bnor\b[^.;]*\b(?:may|can|shall|should|will|must|(?:is|are) (?:allowed|permitted|entitled)|"
    r"(?:has|have) the (?:right|power|authority))\b)"
)


_OBLIGED = lazy_compile(
    r"\b(?:must|shall|should|ought to|(?:is|are) required to|(?:is|are) expected to|(?:is|are) obliged to|"
    # ("Officers do not have to give councillors their personal mobile numbers": no duty)
    r"(?<!not )(?<!n't )(?<!never )have to|(?<!not )(?<!n't )(?<!never )has to)\b"
)


_PERMITTED = lazy_compile(
    r"\b(?:may|can(?! only)|(?:is|are) entitled to|(?:has|have) (?:the|a) (?:same )?right|(?:is|are) permitted|"
    r"(?:is|are) allowed|(?:has|have) a right|right of access|(?:is|are) free to|legitimately|"
    r"(?:is|are) (?:very |most |always )?welcome (?:to|at)|"
    # "This does not prevent a Member from questioning ...": permitted.
    r"(?:does|do) not prevent|(?:is|are) not prevented from)\b"
)


# Softeners and conditions: the sentence does not state the rule plainly.
_HEDGE = lazy_compile(
    # (not what is said or asked: "or will say when a full reply can be expected")
    r"\b(?<!\bsay )(?<!\bsays )(?<!\btell )(?<!\btells )(?<!\bexplain )(?<!\bconfirm )(?<!\bknow )"
    r"(?:unless|except|provided|if|where|when|whenever|wherever|whether|subject to|in exceptional|"
    r"once(?=(?: [a-z'-]+){1,4} (?:has|have|had|is|are|was|were)\b)|"
    r"(?<=\w )(?:while|whilst)(?! [a-z]+ing\b)|"
    r"only if|"
    r"normally|generally|"
    r"usually|it must not be assumed|be cautious|cautious|may (?:properly )?be asked|should be aware|discretion|"
    # ("no special right of access to council land": no more right than anyone, not none)
    r"no (?:special|particular|automatic|additional|extra|greater|more|separate) (?:rights?|powers?|authority|access)|"
    r"not (?:decline|refuse|reject|withhold|unreasonably)|no longer|other than|save for|apart from|"
    # "Only the Chair may speak for the Council", "may use ... only for Council business", "... for
    # Council business only": for whom or what else? (Not "a decision affecting only their ward".)
    r"(?<![a-z] )only(?= )|only (?:for|to|in|on|with|from|if|when|where|after|once|by|be|through|at|within)|"
    r"(?:may|can|will|should|must|shall) only|only(?=\s*[.;:]?\s*$)|"
    r"at which|to which|in which)\b"
)


# What someone should remember, ensure or note is not itself the rule: "should remember that the
# public may not distinguish ..." says nothing about what may not be done.
_REPORTED = lazy_compile(
    r"\b(?:remember|ensure|recognise|recognize|note|aware|understand|accept|means?|says?|mind) that\b.*$"
)


# "will not be criticised for failing to reply" grants leave not to reply: no prohibition.
_EXCUSED = lazy_compile(
    r"\b(?:will|shall|should|must|would) not be (?:criticised|criticized|penalised|penalized|disciplined|blamed|"
    r"held (?:responsible|to account)|treated less favourably) for\b"
)


# A question about the sanction itself ("can I be disciplined for ...?"), not about what it excuses
# (not "... without getting in trouble?").
_SANCTION_ASKED = lazy_compile(
    r"\b(?:be|get|being|getting|been) (?:criticised|criticized|disciplined|blamed|penalised|penalized|punished|"
    r"sacked|held responsible|held to account|in trouble|told off)\b"
)


def _excused(question: str, sentence: str) -> str:
    """ "will not be criticised for failing to reply" read as the leave it gives ("may be excused
    for failing to reply"), for a question about what is excused; unchanged for one about the
    sanction ("could an officer be blamed for refusing?": the sentence says No)."""
    plain = _norm(sentence)
    if not _EXCUSED.search(plain) or _SANCTION_ASKED.search(re.sub(r"\bwithout\b.*", "", _norm(question))):
        return sentence
    return _EXCUSED.sub("may be excused for", plain)


_HAPPENS = lazy_compile(r"will|shall|must|(?:is|are) required to")


_FIRST_MODAL = lazy_compile(
    r"\b(?:will|shall|must|(?:is|are) required to|should|may|might|can|could|would|ought|"
    r"(?:is|are) (?:sometimes|often|usually|normally|expected|asked|entitled|permitted|allowed))\b"
)


def fact_polarity(sentence: str) -> str | None:
    """The polarity as it answers a question about what happens ('will I be invited?'): a
    prohibition, or what will, shall or must be done ('Officers ... will invite the Ward Members').
    Not what should or may be: a norm or a permission does not say that it happens."""
    polarity = sentence_polarity(sentence)
    if polarity == "negative":
        return polarity
    s = _REPORTED.sub("", _norm(sentence))
    # The rule's own verb: its first modal ("Officers should tell members what will happen" is a "should").
    first = _FIRST_MODAL.search(s)
    happens = bool(first and _HAPPENS.fullmatch(first.group(0)))
    if polarity == "obliged" and happens:
        return polarity
    return "obliged" if polarity is None and happens and not _HEDGE.search(s) else None


_ANY_MODAL_AT_ALL = lazy_compile(
    r"\b(?:may|might|can|cannot|can't|could|must|should|shall|will|won't|would|ought|need|needs|have to|has to)\b"
)


_UNSURE = lazy_compile(
    r"\b(?:sometimes|often|occasionally|usually|normally|generally|typically|some|many|most|likely|perhaps|"
    r"possibly|probably|tends?|aim|aims|try|tries|hope|hopes|encouraged|expected|asked|advised|recommended|welcome|"
    # (what it is only, also or either: "take part in appointing only the Chief Executive")
    r"only|just|also|either|or|except|other than)\b"
    # (what someone else does: "line management is carried out by the Personnel Committee")
    r"|\b(?:is|are) (?:[a-z]+ )?[a-z]+(?:ed|en)(?: out| up| off)? by\b"
)


# (the main verb's own not: "Members who are not on the Planning Committee receive ..." is a relative's)
_PRESENT_NOT = lazy_compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:is|are|does|do|has|have) not\b|"
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:isn't|aren't|doesn't|don't|hasn't|haven't)\b"
)


_ANY_NOT = lazy_compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor)\b|n't\b")


def present_fact_polarity(sentence: str) -> str | None:
    """A protocol's plain statement of what is, in the present tense and with no modal ("The Clerk
    holds an open office on Wednesday mornings", "Requests for information from councillors are not
    Freedom of Information requests"), as it answers a question of what happens or what is:
    'obliged' (it is so) or 'negative' (it is not). None for anything hedged, qualified by how often,
    or negated in any other way than its own verb's."""
    s = _REPORTED.sub("", _norm(main_clause(sentence)))
    if len(s.split()) < 5 or s.rstrip().endswith("?") or _ANY_MODAL_AT_ALL.search(s):
        return None
    # (the whole sentence's hedges: "Where a councillor has predetermined ..., they do not vote on it")
    whole = _norm(sentence)
    if _HEDGE.search(whole) or _UNSURE.search(whole) or re.search(r"\bwithout\b", whole):
        return None
    nots = list(_ANY_NOT.finditer(s))
    if not nots:
        return "obliged"
    plain = list(_PRESENT_NOT.finditer(s))
    # (every not its verb's own: "This draft has not been adopted and is not Council policy")
    return "negative" if plain and len(plain) == len(nots) else None


_ANTECEDENT_MODAL = lazy_compile(
    r",\s+(?:which|who)\s+(?:may|can|cannot|can't|could|might|will|would|shall|should|must)\b[^;.]*"
)


_ANY_MODAL = lazy_compile(r"\b(?:may|can|cannot|must|should|shall|will|ought)\b")


def sentence_polarity(sentence: str) -> str | None:
    """'negative' (must not, should not, no power to, never ...), 'obliged' (must, should, will),
    'permitted' (may, can, is entitled to, have the same right), or None when not explicit or hedged."""
    s = _REPORTED.sub("", _norm(sentence))
    # "... must ask the Joint Staffing Committee, which may agree up to 10 extra hours": the modal of a
    # relative clause after a comma is its antecedent's (the committee's), not the rule's, when the
    # rule has one of its own.
    if (own := _ANTECEDENT_MODAL.sub("", s)) != s and _ANY_MODAL.search(own):
        s = own
    if _HEDGE.search(s) and not re.search(r"\bcan legitimately\b", s):
        return None
    if _NEGATIVE.search(s) or _NO_ONE.search(s):
        return "negative"
    if re.search(r"\bcan legitimately\b", s) or _PERMITTED.search(s):
        return "permitted"
    if _OBLIGED.search(s):
        return "obliged"
    return None


# The other side of the relationship: who acts on an officer is a councillor, and the reverse.
_COUNTERPART = {"officer": "member", "member": "officer"}


# "The Code prohibits Members ...": the role prohibited is the rule's subject.
_PROHIBITS_ROLE = lazy_compile(r"\bprohibits (?:the |any )?" + _ROLE_RE.pattern)


def _first_role(text: str) -> re.Match[str] | None:
    """The first role named as itself in normalised text (not in the possessive: "The Officer's
    professional advice ..." is about the advice)."""
    return next(
        (
            m
            for m in _ROLE_RE.finditer(text)
            if not text.startswith(("'s", "' "), m.end()) and not _OUTSIDE_BODY.match(text, m.end())
        ),
        None,
    )


# Meetings are where things happen, not what is done: "arrange a public meeting ... inform the
# Clerk" is not about making the Clerk come to a group's meeting.
_MEETING = next(i for i, fam in enumerate(VERB_FAMILIES) if "meeting" in fam)


# Families too wide to say what a rule does ("use", "the press", "same", a job or a meeting): a word
# of theirs is where or with what, not the act.
_WIDE_FAMILIES = frozenset(
    i
    for i, fam in enumerate(VERB_FAMILIES)
    if fam & {"use", "press", "same", "confidential", "job", "land", "meeting", "letter"}
)


_SUB_CLAUSE = lazy_compile(r",\s+and\s+|;\s+|,\s+but\s+|\s+but\s+")


_HEADLESS = lazy_compile(
    r"^(?:(?:also|then|therefore|however|neither|nor|not)\s+)*(?:should|ought|must|may|might|can|cannot|will|"
    r"shall|would|could|is|are|has|have|do|does)\b"
)


# What makes a part a clause of its own: a modal or a finite verb ("..., and employees can refuse").
_FINITE = lazy_compile(
    r"\b(?:must|mustn't|should|shouldn't|shall|will|won't|may|might|can|cannot|can't|could|would|ought|is|are|was|"
    r"were|has|have|had|does|do|did|takes?|needs?|remains?|applies|apply)\b"
)


def sub_clauses(sentence: str) -> list[str]:
    """A sentence's coordinated parts ('groups have no power to require ..., and employees can
    legitimately refuse ...'): each has its own actor and polarity. A part with no verb of its own
    ('..., and in their own time, a matter with his/her ward member') goes on the one before."""
    parts: list[str] = []
    pieces = _SUB_CLAUSE.split(sentence)
    seps = _SUB_CLAUSE.findall(sentence)
    for i, piece in enumerate(pieces):
        if parts and piece.strip() and not _FINITE.search(_norm(piece)) and re.fullmatch(r",\s+and\s+", seps[i - 1]):
            parts[-1] = parts[-1] + seps[i - 1] + piece
        elif piece.strip():
            parts.append(piece)
    # "Officers should not take part, and Members should not ask Officers to take part, in any
    # activity which ...": what both parts' verb acts on is said once, after the last; the first
    # part is no rule on taking part in anything at all.
    if len(parts) > 1 and (shared := re.search(r",\s+((?:in|on|to|for|with|from|about)\s.*)$", parts[-1])):
        head = parts[-1][: shared.start()]
        for i, part in enumerate(parts[:-1]):
            verb = " ".join(_words(part)[-2:])
            if verb and _norm(head).endswith(verb) and not re.search(r"[,;]\s*$", part):
                parts[i] = f"{part.rstrip()} {shared.group(1)}"
    return parts


# A run of rules for one subject, a modal each: "An officer ... will give advice only, will not take
# part in discussion of tactics and will leave the meeting before it begins".
_MODAL_RUN = lazy_compile(r"(?:,|\s+and)\s+(?=(?:will|must|should|shall)(?:\s+not)?\s+[a-z]+\b)")


_FIRST_MODAL_AT = lazy_compile(r"\b(?:will|must|should|shall|may|can|cannot)\b")


def _modal_runs(text: str) -> tuple[re.Match[str] | None, list[re.Match[str]]]:
    """A run of rules' first modal and where each later rule of the run starts (", and will ...")."""
    first = _FIRST_MODAL_AT.search(text)
    return first, [m for m in _MODAL_RUN.finditer(text) if first and m.start() > first.start()]


def _run_fact_polarity(question: str, part: str) -> str | None:
    """In a run of rules for one subject ("Members' enquiries should be sent through the inbox and will
    be answered within eight working days"), the polarity of the one rule on the question's act, for a
    question of what happens ("will my enquiry get answered within 8 working days?"): its own modal,
    not the run's first ("should")."""
    text = _norm(part)
    first, runs = _modal_runs(text)
    if first is None or not runs:
        return None
    starts = [m.end() for m in runs]
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    asked, stems = _families(question) - {_MEETING}, {_stem(w) for w in _words(_norm(question))}

    def on_the_act(piece: str) -> bool:
        # (its verb, the word after its modal: "will be answered" and "get answered")
        verb = re.match(r"\s*(?:will|must|should|shall)(?:\s+not)?\s+(?:be\s+|get\s+)?([a-z]+)", piece)
        return bool(asked & _families(piece)) or bool(verb and _stem(verb.group(1)) in stems)

    on_act = [piece for piece in pieces if on_the_act(piece)]
    # (or the run's first rule alone: "will the clerk acknowledge my email within two working days?" and
    # "The Clerk will acknowledge ... within two working days and will reply ..., or will say when a full
    # reply can be expected")
    if on_the_act(text[: starts[0]]):
        if on_act:
            return None
        ruled = text[: runs[0].start()]
    elif len(on_act) != 1:
        return None
    # (what the question names must be the rule's: its subject's or its own piece's, not only the run's
    # other rules' - "will the clerk reply to residents?" and "... keep a log of members' enquiries and
    # will reply within five working days"; "will the clerk publish the agenda a week before?" and "...
    # should prepare the agenda and will publish it three clear days before the meeting")
    else:
        ruled = f"{text[: first.start()]}{on_act[0]}"
    if not _names_all_asked(question, ruled):
        return None
    return fact_polarity(ruled)


_PEOPLE_OF_A_PLACE = lazy_compile(
    r"^([a-z]{2,6} )(?:[a-z'-]+ ){1,2}?(?=(?:councillors|cllrs|members|officers|staff|employees)\b)"
)


def _unsaid_count(asked: str, said: str, skip: str | None = None) -> int:
    """How many of the words `asked` names (but `skip`, a stem) `said` does not have, singular or plural,
    or by a word of their family ("running the protocol" and "the operation of this Protocol")."""
    words = _object_words(said) | {w.rstrip("s") for w in _object_words(said)}
    families = _families(said) - _WIDE_FAMILIES
    return sum(
        not (w in words or w.rstrip("s") in words or _families(w) & families)
        for w in _object_words(asked)
        if _stem(w) != skip
    )


def _names_all_asked(question: str, said: str) -> bool:
    """Every word the question's yes/no part names is in `said` (not a council's name before its people:
    "are strathmenzie councillors ...?")."""
    return not _unsaid_count(_PEOPLE_OF_A_PLACE.sub(r"\1", _norm(_predicate(question)), count=1), said)


_CONDITION = lazy_compile(
    r"\b(unless|except|other than|if|provided|where|when|(?<=\w )(?:while|whilst)(?! [a-z]+ing\b)|at which|to which|"
    r"in which|once(?=(?: [a-z'-]+){1,4} (?:has|have|had|is|are|was|were)\b))\b"
)


_QUESTION_CONDITION = lazy_compile(r"\b(?:if|when|unless|except|in an emergency|urgent)\b")


# An exception for emergencies ("except in an emergency such as flooding", "unless it is an
# emergency"), and a question that tells of one in its own words ("the brook's come over the road",
# "kids could get hurt"), not one that says it is none ("nothing urgent").
_EMERGENCY_EXCEPTION = lazy_compile(
    r"^(?:except|unless|other than)\b.{0,25}\b(?:emergency|emergencies|genuine emergency|urgent (?:case|matter)s?)\b"
)


_EMERGENCY_TOLD = lazy_compile(
    r"\b(?:emergency(?! (?:planning|plan|plans|powers?|committee|procedures?|fund|contacts?|numbers?|"
    r"scheme|meeting|lines?|hotline|(?:tele)?phones?|mobiles?))|"
    r"flood(?:ed|ing|s)?(?! (?:defences?|risk|plans?|alleviation|consultation|scheme|grants?|"
    r"prevention|management|map))|on fire|a fire|caught fire|burst|(?:water|roof|pipe|gas) leak\w*|"
    r"leak\w* (?:water|gas)|"
    r"(?:tree|branch|bough|limb|wall|ceiling|power line|power cable|cable)(?:\W?s|es)? (?:has |have )?"
    r"(?:come|fallen|gone|down|blown)|fallen (?:tree|branch|bough|wall)|"
    r"broken into|break-in|burgl\w*|smashed|"
    r"(?:doors?|windows?|locks?|gates?|shutters?|padlocks?)(?: of (?:the |a )?[a-z'-]+(?: [a-z'-]+)?)? "
    r"(?:has |have |had |was |were )(?:been )?forced(?! to\b)|"
    r"forced (?:open|entry|the (?:door|lock|window|gate))|"
    r"snapped|collapsed|injur\w*|(?:get|got|be|been) hurt|"
    r"hurt (?:himself|herself|themselves|themself)|unsafe|at risk|in danger|dangerous|broken glass|"
    r"(?:gone|went|is|are|has been|have been) missing|missing (?:child|person|kid)|"
    r"(?:road|lane|drain|path|street|entrance|exit|access)\w* (?:is |are |was )?(?:still )?block\w*|"
    r"block\w* (?:the |a )?(?:road|lane|drain|path|street|entrance|exit|access))\b"
)


_NO_EMERGENCY = lazy_compile(
    r"\b(?:not|isn't|isnt|nothing|no|non)\W+(?!just\b|only\b)(?:\w+\W+){0,2}(?:urgent|emergency|serious|rush|"
    r"hurry)|\bnon-urgent\b|\bcan wait\b"
)


# Something told as past and done with ("last month", "yesterday"), unless it still goes on.
_PAST = lazy_compile(
    r"\blast (?:week|month|year|summer|winter|spring|autumn)\b|\byesterday\b|\b(?:weeks|months|years) ago\b"
)


_STILL = lazy_compile(r"\b(?:still|now|right now|currently|at the moment|ongoing|tonight|today)\b")


def _no_emergency(question: str) -> bool:
    """The question says it is no emergency ("nothing urgent", "no rush"), or tells of one long
    past ("the shelter was vandalised last month") that does not still go on."""
    q = _norm(question)
    return bool(_NO_EMERGENCY.search(q) or _PAST.search(q) and not _STILL.search(q))


# "without the council having agreed it": the question says the exception's terms are not met.
_WITHOUT_ASKED = lazy_compile(
    r"\bwithout\s+((?:[a-z'-]+\s+){0,6}?(?:agree\w*|approv\w*|consent\w*|authori[sz]\w*|permission|resol\w*|"
    r"decid\w*|deleg\w*|asking|checking|telling)\b[^,;?]*)"
)


def _tells_emergency(question: str) -> bool:
    """The question tells of an emergency that goes on ("the brook's flooding the lane")."""
    return bool(_EMERGENCY_TOLD.search(_norm(question))) and not _no_emergency(question)


# Where the rule starts after a leading condition with no comma: its subject, then its modal.
_MAIN_SUBJECT = lazy_compile(
    r"\b(?:they|he|she|he/she|(?:the |a |an |any )?(?:" + _ROLE_RE.pattern[3:-3] + r"))\s+"
    r"(?:must|should|shall|may|might|can|cannot|will|ought)\b"
)


_CONCESSION = lazy_compile(r"^(?:- )?(?:whilst|while|although|though)\b[^,;]*,\s*")


def main_clause(part: str) -> str:
    """A sentence's rule without a condition that leads it ('If an officer refuses ..., the
    councillor may ask ...' -> 'the councillor may ask ...'): who does what is the rule's."""
    # "Whilst support for members' ward work is legitimate, staff should not ...": a concession
    # that leads is no part of the rule either.
    if conceded := _CONCESSION.match(_norm(part)):
        return _norm(part)[conceded.end() :]
    split = split_condition(part)
    if split and re.match(rf"(?:- )?{split[1]}\b", _norm(part)):
        return split[0]
    return part


_CONDITION_GOES_ON = lazy_compile(r"\s*(?:is|are|was|were|be|been|has|have|had)\b")


_EXAMPLE_AFTER = lazy_compile(r"\s*(?:such as|including|e\.g\.|eg|for example|for instance|i\.e\.|like)\b")


def split_condition(part: str) -> tuple[str, str, str] | None:
    """(rule, condition word, condition) for a part with one condition: 'Cllrs should not telephone
    the Clerk at weekends unless it is an emergency' -> ('cllrs should not telephone the clerk at
    weekends', 'unless', 'unless it is an emergency'); None without one, or with more than one."""
    p = _norm(part).rstrip(".")
    found = list(_CONDITION.finditer(p))
    if len(found) != 1:
        return None
    m = found[0]
    if m.start() == 0:  # "Where X, the rule"
        head, sep, rest = p.partition(",")
        if not sep:  # "Where staff believe ... they may make a complaint ...": the rule's subject and modal
            main = list(_MAIN_SUBJECT.finditer(p, m.end()))
            if len(main) != 1:  # none, or more than one place the rule could start: no plain rule
                return None
            head, rest = p[: main[0].start()], p[main[0].start() :]
            rest = re.split(r"\s(?:as|because|since)\s", rest)[0]  # "... may decline as officers do not ...": a reason
        return (rest.strip(), m.group(1), head.strip()) if rest.strip() else None
    cond_end = p.find(",", m.end())
    # "... at which people who are not members, such as party agents, are present": an example set
    # off by commas inside the condition is part of it.
    # (not when the text after the example is the rule's own verb: "Members may, where appropriate,
    # such as in an emergency, contact officers ...")
    while (
        cond_end >= 0
        and _EXAMPLE_AFTER.match(p, cond_end + 1)
        and (close := p.find(",", cond_end + 1)) >= 0
        and _CONDITION_GOES_ON.match(p, close + 1)
    ):
        cond_end = p.find(",", close + 1)
    cond = p[m.start() : cond_end if cond_end >= 0 else len(p)]
    rule = p[: m.start()].rstrip(" ,") + ("" if cond_end < 0 else " " + p[cond_end + 1 :].strip())
    return rule.strip(), m.group(1), cond


def _told(question: str) -> str:
    """What a question tells before it asks, without a short lead naming the council or the asker
    ("stowbridge cllr. there's a planning item on tonight's agenda - is it ok to ...?" -> "there's a
    planning item on tonight's agenda -")."""
    q = _norm(question)
    before = q[: len(q) - len(_predicate(q))]
    lead = re.match(r"^(?:[^\s\-:.,\u2013]+\s+){0,3}[^\s\-:.,\u2013]+\s*[\-:.,\u2013]\s", before)
    return before[lead.end() :] if lead else before


def _root(word: str) -> str:
    """A word without the endings of its forms: 'harassment', 'harassing' and 'harassed' ->
    'harass'; 'disruptive' (or its stem 'disruptiv') and 'disruption' -> 'disrupt' ('public',
    'published' and 'publication' stay apart)."""
    for ending in ("ments", "ment", "ings", "ing", "ions", "ion", "ive", "iv", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4 and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


# What a question says is not so: "without registering it", "aren't allowed to" (not "won't stop
# bullying me", which says it goes on).
_NEGATED_SPAN = lazy_compile(
    r"\bwithout(?:\s+[a-z'-]+){1,3}|(?:\b(?:not|never|no)\b|n't)(?!\s+(?:stop|stopped|stopping|quit|cease|leave off)\b)"
    r"(?:\s+[a-z'-]+){1,2}"
)


_SAID_OF = lazy_compile(
    r"(?:the |a |an |any |such |that |this )?(?:[a-z'-]+ ){1,3}?"
    r"(?:is|are|was|were|would be|will be|seems?|appears?)\b(.+)"
)
# ... and for a condition that waits for an event on the thing the rule is about ("once a report has been
# submitted, it may not be changed"): what has happened to it, not the thing. (Not for an exception's thing:
# "unless consent has been obtained" is named by "with consent".)
_HAS_HAPPENED_TO = lazy_compile(
    r"(?:the |a |an |any |such |that |this )?(?:[a-z'-]+ ){1,3}?(?:has|have|had) been\b(.+)"
)
_RULE_POINTS_BACK = lazy_compile(r"\b(?:it|they|them|this|these)\b")


# Condition words that wait for an event ("once it has been submitted"), and a question's "before ..."
_AFTER_AN_EVENT = frozenset(("once", "after", "when", "where", "if"))
_BEFORE_ASKED = lazy_compile(r"\b(?:before|until|till|ahead of|prior to)\b((?:\s+[a-z'-]+){1,5})")


def _names_condition(question: str, split: tuple[str, str, str]) -> bool:
    """Whether the question names a rule's condition (`split_condition`'s rule, word, condition).
    Only the condition's own words count: "council" in "unless the Council has authorised" is the
    rule's too. (Multi-word roles count: "other than the Town Clerk and the Deputy Town Clerk" is
    named by "the deputy town clerk".)"""
    rule, word, cond = split
    # ("In an emergency outside office hours, members should contact the duty officer": 8pm alone is
    # not the case; an emergency must be told)
    if _EMERGENCY_WORD.search(cond) and not _tells_emergency(question):
        return False
    own = _object_words(cond) - _object_words(rule) - {_stem(word)}
    # ("once a report has been submitted, it may not be changed" and "can i change it before it's
    # submitted?": the question puts itself before the event the condition waits for)
    if word in _AFTER_AN_EVENT:
        if _RULE_POINTS_BACK.search(rule) and (happened := _HAS_HAPPENED_TO.match(cond)):
            own = _object_words(happened.group(1)) - _object_words(rule) or own
        # (unless the condition is itself a "before": "... a question about an agenda item before the meeting")
        before = None if _BEFORE_ASKED.search(cond) else _BEFORE_ASKED.search(_norm(question))
        if before and {_root(w) for w in _object_words(before.group(1))} & {_root(c) for c in own}:
            return False
    # ("where the request is unreasonable": what the condition says of its thing, not the thing, which
    # any question about it names)
    if (said_of := _SAID_OF.match(cond)) and (predicate := _object_words(said_of.group(1)) - _object_words(rule)):
        own = predicate
    # (what the question says is not so does not name it: "without registering it", "when the public
    # aren't allowed to")
    said = _object_words(_NEGATED_SPAN.sub(" ", _norm(question)))
    # (a condition the question denies is not met: "when the public aren't allowed to" and "if the
    # public are allowed to do so")
    told = re.search(r"\b(?:if|when|whenever|while|whilst|as long as|provided)\b(.*)", _norm(question))
    if told and _NEGATED_SPAN.search(told.group(1) + " x") and not _NEGATED_SPAN.search(cond + " x"):
        said -= _object_words(told.group(1))
    if said & own:
        return True
    # ("except in cases of abuse or harassment" and "someone who has been harassing me": one word's forms)
    if {_root(a) for a in said} & {_root(c) for c in own}:
        return True
    # ("other than through the Clerk" and "can i get the clerk to pass on ...": the way the
    # condition names is the question's)
    via = re.search(r"\b(?:through|via|by way of) (?:the |a |an )?((?:[a-z'-]+ ){0,2}?[a-z'-]+)\b", cond)
    if via and re.search(
        rf"\b(?:through|via|get|getting|ask|asking) (?:the |a |an |our |my )?{re.escape(via.group(1))}\b",
        _norm(question),
    ):
        return True
    # (a person the condition names and the rule does not: "... to which persons who are not Members
    # have been invited" and "... where party activists who aren't councillors are there?"; a person it
    # names only as what they are not is named by a question that says so too, not by "if the group
    # leader asks")
    shared = set(roles_in_order(question)) & (set(roles_in_order(cond)) - set(roles_in_order(rule)))
    return bool(shared - (_negated_roles(cond) - _negated_roles(_norm(question))))


def _negated_roles(text: str) -> set[str]:
    """The roles a text names only as not being them ("people who are not Members": member)."""
    return set(roles_in_order(" ".join(m.group(0) for m in _NOT_A_ROLE.finditer(text))))


_NOT_A_ROLE = lazy_compile(r"(?:\b(?:not|never|no|non|arent|isnt|werent)|n't)(?:[\s-]+[a-z'-]+){1,2}")


_WORKING_TIME = lazy_compile(
    r"\b(?:next working day|working days?|(?:during|in|within) (?:normal )?(?:working|office|opening) hours|"
    r"weekdays?|monday to friday|the next day)\b"
)


# An exception's words that say nothing of its case: "a meeting taking place that evening".
_EXCEPTION_FILLER = frozenset(
    _stem(w) for w in "take taking takes place held being happening that this same such".split()
)


# Days a question may name beside the exception's own ("tomorrow's meeting" is not "that evening").
_OTHER_DAY = lazy_compile(
    r"\b(?:tomorrow|yesterday|next|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b"
)


def _exception_met(question: str, cond: str) -> bool:
    """The question tells of an exception's case in full: every word of a topical exception ("about a
    meeting taking place that evening", "to arrange meetings") in the question, as itself or a word of its
    family, and its time too ("tonight" for "that evening"), with no other day named and nothing said not
    to be so. Not an emergency (`conditional_polarity` reads those) nor any other kind of exception."""
    c = _norm(cond)
    if not re.match(r"(?:except |other than )?(?:about|to|for|regarding|concerning)\b", c) or _EMERGENCY_WORD.search(c):
        return False
    q = _norm(question)
    if _NEGATED_SPAN.search(q) or _SAYS_NOT.search(q):
        return False
    words = {_stem(w) for w in _content(c)} - _EXCEPTION_FILLER - {_stem(w) for w in _time_words(c)}
    words -= {"evening", "even", "weekend", _stem("except"), "other", "than"}
    asked = {_stem(w) for w in _content(q)}
    families = _families(q) - _WIDE_FAMILIES
    times = _time_words(c) - {"out_of_hours"}
    if not words or not times <= _time_words(q) or times and _OTHER_DAY.search(q):
        return False
    return all(w in asked or _families(w) & families for w in words)


def conditional_polarity(question: str, part: str) -> str | None:
    """The polarity of a rule with a condition, when the question plainly falls on one side of it: a
    'must not ... unless ...' rule holds for a question that names nothing of the exception, an
    'X may ... if ...' rule for a question that names the condition. Otherwise None."""
    split = split_condition(part)
    if split is None:
        return None
    rule, word, cond = split
    # ("if a report is prepared for one group, the Clerk will advise the others" says what happens;
    # not when: "... will return the call on the next working day" says nothing for "on a sunday?")
    fact = question_modality(question) == FACT
    if fact and _time_words(question) and _WORKING_TIME.search(_norm(rule)):
        return None
    polarity = (fact_polarity if fact else sentence_polarity)(rule)
    # "Councillors should telephone only if a matter is urgent": permitted on that condition.
    if (
        polarity is None
        and word == "if"
        and re.search(r"\b(?:should|may|can|must)\s+(?:\w+\s+){1,2}only$", rule)
        and not _NOT.search(cond)  # "only if they have no interest"
        and not _NOT.search(_norm(question))  # "... something that isn't urgent?"
    ):
        polarity = "permitted"
    if polarity is None:
        return None
    names_condition = _names_condition(question, split)
    # "can I ring the clerk on a saturday? the brook's flooding the road" and "should not telephone
    # ... at weekends, except in an emergency such as flooding": the exception's case, so it may.
    if word in ("unless", "except", "other than") and polarity == "negative" and _EMERGENCY_EXCEPTION.match(cond):
        if _no_emergency(question):
            return polarity  # "... if it's not urgent?": the rule itself
        if _tells_emergency(question):
            return "permitted"
    # "can i give the clerk instructions without the council having agreed it?" and "... unless the
    # Council has delegated that power": the question puts itself outside the exception.
    if word in ("unless", "except") and (without := _WITHOUT_ASKED.search(_norm(question))):
        if _object_words(without.group(1)) & (_object_words(cond) - _object_words(rule)):
            return polarity
    # "should not be copied to another member unless the author expressly intends ... or consents"
    # and "should i copy other councillors into my emails?": the asker is the author, whose own
    # choice the exception is.
    # (not when the asker means to do it unsaid: "bcc ... without mentioning it", "quietly")
    if (
        word in ("unless", "except")
        and _AUTHOR_CONSENTS.search(cond)
        and _OWN_CORRESPONDENCE.search(q := _norm(question))
        and not _UNSAID.search(q)
    ):
        return None
    # "is it ok to phone the clerk at 6pm about the meeting thats on tonight?" and "should not ...
    # telephone in the evenings ..., except about a meeting taking place that evening": the question tells
    # of the exception's case in full, so it may.
    if word in ("except", "other than") and polarity == "negative" and _exception_met(question, cond):
        return "permitted"
    if word in ("unless", "except", "other than"):
        # "... if it's urgent?" may be the exception in other words: no verdict.
        # "should not ... give a reference ..., except that a Member may give a written reference ...":
        # an exception about the question's own action may be the question's case.
        exception_on_action = bool(_families(question) & _families(cond))
        # "there's a planning item on tonight's agenda ... - is it ok to phone her at about 6?": what
        # the question tells before it asks may be the exception ("about a meeting that evening").
        tells_case = len(_content(_told(question))) >= 3
        return (
            None
            if names_condition or exception_on_action or tells_case or _QUESTION_CONDITION.search(_norm(question))
            else polarity
        )
    # "Where correspondence is copied, this should always be made explicit, i.e. there should be no
    # 'blind' copies" and "can i bcc another cllr into my emails?": the rule's own "no X" is the asked
    # act, and a case of the condition's ("copied"), so the question is within it by what it asks.
    if (
        word in ("where", "when", "if")
        and polarity == "negative"
        and (none := _THERE_BE_NO.search(_norm(rule)))
        and _families(question) & _families(_norm(none.group(1))) & _families(_norm(cond))
        # (the kind of X the rule rules out, not X: "no 'blind' copies" says nothing of "can i copy
        # the clerk in?", only of "bcc" and copying "without mentioning it")
        and _names_kind(question, _norm(none.group(1)))
    ):
        return polarity
    # "If a Councillor wishes to express a contrary view, they should not pressure the officer ...":
    # what one wishes is the occasion of the rule, not its scope; the prohibition holds whatever one
    # wishes ("can i lean on the clerk to change the recommendation in her report?").
    # (the wisher's own rule only: "they" or "he/she" for them, not "other members should not ...")
    if word == "if" and polarity == "negative" and _WISH_CONDITION.match(cond) and _PRONOUN_SUBJECT.match(rule.strip()):
        return polarity
    return polarity if names_condition else None


_THERE_BE_NO = lazy_compile(r"\bthere (?:should|must|shall|will|can|may) be no ([^.;]+)")
# "blind" copies are those the others are not told of.
_BLIND = lazy_compile(r"\bblind\b")


def _names_kind(question: str, thing: str) -> bool:
    """The question asks of the kind of thing a rule rules out: its own words beyond the act's (the
    "blind" of "blind copies", as "bcc" or "without mentioning it" say it)."""
    q = _norm(question)
    if _BLIND.search(thing):
        return bool(_UNSAID.search(q))
    kind = {w for w in _object_words(thing) if not _families(w)}
    return bool(kind) and kind <= _object_words(q)


_UNSAID = lazy_compile(
    r"\b(?:bcc|blind cop(?:y|ies)|quietly|secretly|on the quiet|without (?:mentioning|saying|telling|"
    r"letting|them knowing|(?:him|her|them) knowing|anyone knowing|asking))"
)


_AUTHOR_CONSENTS = lazy_compile(r"\b(?:author|sender|writer|originator)s?\b")


_OWN_CORRESPONDENCE = lazy_compile(
    r"\b(?:my|our) (?:own )?(?:e-?mails?|letters?|messages?|correspondence|replies|reply)\b|"
    r"\bi (?:send|sent|write|wrote|am writing|'m writing|email|e-mail)\b"
)


_WISH_CONDITION = lazy_compile(
    r"^\s*(?:if )?(?:a |an |the |any |individual )?(?:\w+ ){0,2}?"
    r"(?:wish(?:es)? to|wants? to|would like to)\b(?![^,]*\bnot\b)"
)


_RULE_WORD = lazy_compile(
    r"\b(?:must|mustn't|should|shouldn't|ought|oughtn't|shall|may|can|cannot|can't|will|won't|is|are|has|have|does|do|takes?|"
    r"prohibits|never)\b"
)


_BEFORE_A_ROLE = frozenset(
    "a an the any each every all some other individual elected fellow senior junior named particular".split()
)


def subject_rules(part: str) -> bool:
    """A role is named before the rule's modal: 'Members may see ...', not 'The Council can provide
    members with ...' or 'Close relationships between councillors and officers can confuse ...'."""
    # The rule's subject is after a leading condition, unless it is a pronoun for a role in it
    # ("Where staff believe ..., they may ...").
    main = main_clause(part)
    p = _norm(part if starts_with_pronoun(main) else main)
    # A quoted fragment that starts at its verb ("have no power to require the Town Clerk ...") has
    # its subject outside the quote: the direction check alone decides.
    # ("... there should be no 'blind' copies": a rule on the act, whoever does it)
    if _HEADLESS.match(p) or _NO_ONE.search(p) or _PROHIBITS_ROLE.search(p) or _THERE_BE_NO.search(p):
        return True
    # "Councillors may be approached by officers ...": in the passive with its agent named, the
    # role before the modal is not the one who acts.
    # (unless the agent is a role, as itself: "Staff will not be contacted by councillors after 7pm" is a
    # rule on what councillors do, and the direction check reads it so; not one narrowed, "by officers
    # who live in their ward", whose rule is for some of them only)
    if by := re.search(r"\b(?:be|been|being)\s+\w+(?:ed|en|wn)\s+by\s+(?:the |a |an |any |individual )?", p):
        agent = _ROLE_RE.match(p, by.end())
        return bool(agent) and not re.match(
            r"\s*(?:of the public|who|that|which|whose|living|working|based|in|from|with)\b", p[agent.end() :]
        )
    rule = _RULE_WORD.search(p)
    # "The Officer's professional advice ... may not be changed": a role in the possessive is not
    # the subject; the first role named as itself is.
    role = _first_role(p)
    if not (role and rule) or role.start() > rule.start():
        return False
    # "relationships between councillors and officers can ...": the role is not the subject.
    # ("familiarity between individual Members and officers can damage ...": an adjective is no
    # subject either; but "Correspondence between an individual member and an officer should not be
    # copied" and "A collection from all councillors ... is allowed" are rules on the act, whoever
    # does it.)
    possible = re.match(r"(?:can|could|may|might|will|would) (?!be\b|not\b|only\b)", p[rule.start() :])
    skipped = _BEFORE_A_ROLE if possible else ("a", "an", "the", "any", "each", "every")
    before = [w for w in p[: role.start()].split() if w not in skipped]
    return not (before and before[-1] in ("between", "of", "with", "to", "by", "for", "from", "about", "on"))


_COUNCIL_SUBJECT = lazy_compile(
    r"^(?:- )?the (?:(?:town|parish|community|district|borough|county) )?council(?: itself)? "
    r"(?:has|have|does|do|is|cannot|can't|may)\b"
)


_NO_POWER = lazy_compile(
    r"\b(?:has|have) no (?:legal )?(?:power|authority)\b|\bno (?:legal )?(?:power|authority) to\b|"
    r"\b(?:does|do) not have (?:the|any) (?:power|authority)\b|\b(?:cannot|can't|may not) itself\b"
)


_RULE_LIMIT = lazy_compile(
    r"\b(?:unless|except|without|other than|save|until|before|after|only|outside|during|more than|less than)\b"
)


_ASKS_OF_COUNCIL = lazy_compile(
    rf"\b{_AUX}(?: not|n't)? (?:the )?(?:[a-z'-]+ ){{0,3}}?council(?: itself)? "
    r"(?!(?:clerk|chair|chairman|mayor|staff|officers?|employees?|tax|meetings?|office|offices|members?)\b)([a-z]+)"
)


# A rule's verb covers the narrower acts a question may name ("no power to sanction" answers "can
# it suspend a councillor?"); the other way round it does not ("no power to suspend" leaves censure).
_SANCTIONS = frozenset(
    _stem(w) for w in "sanction sanctions punish discipline suspend censure ban expel fine remove disqualify".split()
)


_COVERING = frozenset(("sanction", "punish", "discipline"))  # the rule's words that cover them


def _council_rules(question: str, part: str) -> bool:
    """The Council as a body has no power to do what the question asks of the council itself ('The
    Council has no power to sanction a councillor'; 'can the council itself punish me?'): not 'can
    I print on the council's photocopier?', not the council's clerk, not a rule with exceptions."""
    main = _norm(main_clause(part))
    asked = _ASKS_OF_COUNCIL.search(_norm(question))
    if not (asked and _COUNCIL_SUBJECT.match(main) and _NO_POWER.search(main)) or _RULE_LIMIT.search(_norm(part)):
        return False
    verb = _stem(asked[1])
    said = {_stem(w) for w in _words(main)}
    return verb in said or verb in _SANCTIONS and not _COVERING.isdisjoint(_words(main))


_QUALIFIER = lazy_compile(
    r"\b(?:(?:just|simply|only|merely|purely) (?:because|for|out of|to)|out of|even if|if|when|whenever|while|whilst|"
    r"for (?:my|our|his|her|their|a|the) (?:own |private |personal )?(?:party|campaign|business|club|group|family))"
    r"\b[^?,.;:\-\u2013]*"
)


def _qualifiers(question: str) -> list[str]:
    """The purposes and conditions a question puts on its case ('... just because I'm curious',
    'if a couple of party volunteers are sat in')."""
    return [m.group(0) for m in _QUALIFIER.finditer(_norm(question)) if _content(m.group(0))]


_EMERGENCY_WORD = lazy_compile(r"\bemergenc(?:y|ies)\b")


_SINGLE_ROLES = frozenset(w for ws in ROLES.values() for w in ws if " " not in w)


def _object_words(text: str) -> set[str]:
    """Content words, with 'party' and 'political' kept (they are words of 'party group', not roles),
    and when it happens in the rules' words ("on a sunday" is "at weekends", see `_time_words`)."""
    words = {_stem(w) for w in _words(text) if w not in _STOP and w not in _SINGLE_ROLES and len(w) > 2}
    return words | _time_words(text)


# A question that says something is not so, or is done without something.
_SAYS_NOT = lazy_compile(r"\b(?:without|not|never|no)\b|n't\b")


# "It is not the role of Councillors to involve themselves ...", "it is the responsibility of the
# officer to express ...": a rule for the role named, in other words.
_ROLE_OF_RULE = lazy_compile(
    r"\bit is (not )?(?:the |a )?(?:role|responsibility|duty|job|place|task|function) of (?:the |a |an |any |each )?"
    r"([a-z' -]{2,40}?) to (?=[a-z])",
    re.IGNORECASE,
)


# "This does not prevent Members from robustly questioning ...", "Nothing in this protocol prevents an
# officer raising ...": what is not prevented is permitted, to the one named.
_NOT_PREVENTED = lazy_compile(
    r"^(?:this|that|it|nothing(?: in this (?:protocol|section|paragraph))?|this (?:protocol|rule|section))\s+"
    r"(?:does|do|will|shall|should) not prevents?\s+((?:(?!\bfrom\b)[^,;])+?)\s+(?:from\s+)?"
    r"((?:[a-z]+ly\s+)?[a-z]+ing)\b(?!\s+as\b)(?=\s+[a-z(])",
    re.IGNORECASE,
)


# A rule said to its reader: "Do not phone staff on their own mobiles", "Never ...", "Always ...", "You should
# not ...", after a condition or not ("Outside office hours, do not ..."). Its words name no subject.
# (not "you will", which describes: "You will report to the Town Clerk")
_READER_MODALS = r"(?:must|should|shall|may|can|cannot|can't|need to|ought to)"


_TO_THE_READER = lazy_compile(
    r"^((?:[^,;:]{2,80},\s+)?)(?:please\s+)?(?:(do not|don't|never)|(always)|"
    rf"you ({_READER_MODALS})((?: not| never)?))\s+(?=[a-z])",
    re.IGNORECASE,
)


# What a councillor does to staff, or staff to a councillor: "phone the Clerk", "send friend requests to staff",
# "ask staff to ...".
_DONE_TO_THE_OTHER_SIDE = lazy_compile(
    r"^(?:phone|ring|call|text|message|email|e-mail|contact|visit|approach|ask|instruct|tell|give|send|tag|name|"
    r"add|friend|lobby|pressure|pressurise|criticise|discuss|copy|involve|expect|use)\b"
)


# (words between the act and the one it is done to that make that one someone else: "your ward councillor",
# "another councillor", "papers for a councillor")
_SOMEONE_ELSE = frozenset("your another other fellow for becoming".split())


def _said_to_reader(sentence: str) -> str:
    """A rule said to its reader, with its reader as its subject, when what it bars or asks is done to the
    other side, named as such: a councillor when that is staff ("Do not phone the Clerk at weekends" ->
    "Councillors must not phone the Clerk at weekends"), an officer when that is a councillor ("Never
    criticise councillors in public" -> "Officers must never criticise councillors in public"). Naming both
    sides, or neither, or no act done to them ("You should not attend group meetings unless invited by the
    Chief Executive", "You may sign nomination papers for another councillor"), it says nothing of who reads
    it, and stays as it is."""
    m = _TO_THE_READER.match(sentence.strip())
    if not m:
        return sentence
    named = set(roles_in_order(sentence)) - {"group"}
    if len(named) != 1:
        return sentence
    side = named.pop()
    rest = sentence.strip()[m.end() :]
    plain = _norm(rest)
    done, to = _DONE_TO_THE_OTHER_SIDE.match(plain), _ROLE_RE.search(plain)
    if not done or not to or side not in _COUNTERPART:
        return sentence
    between = plain[done.end() : to.start()].split()
    if len(between) > 6 or _SOMEONE_ELSE & set(between):
        return sentence
    reader = "Councillors" if side == "officer" else "Officers"
    lead, negated, always, modal, negation = m.groups()
    if negated:
        rule = "must never" if negated.lower() == "never" else "must not"
    elif always:
        rule = "must always"
    else:
        rule = f"{modal.lower()}{negation.lower()}"
    # (and where it speaks to the reader again: "You can ask about ..., but you must not ...")
    rest = _AGAIN_TO_THE_READER.sub(lambda again: f"{reader.lower()} {again.group(1)}", rest)
    return f"{lead}{reader} {rule} {rest}"


_AGAIN_TO_THE_READER = lazy_compile(rf"\byou ({_READER_MODALS}(?: not| never)?)\b", re.IGNORECASE)


def _plain_rule(sentence: str) -> str:
    """'It is not the role of Councillors to involve themselves in ...' -> 'Councillors must not
    involve themselves in ...' (what leads it, 'In preparing reports, ...', set aside); 'This does
    not prevent Members from questioning ...' -> 'Members may questioning ...' (the verb's form is
    no matter to the rules); 'Responsibility for X lies with the Clerk' -> 'the Clerk is responsible
    for X'."""
    sentence = _said_to_reader(sentence)
    if (n := _NOT_PREVENTED.match(sentence.strip())) and _ROLE_RE.search(_norm(n.group(1))):
        return f"{n.group(1)} may {n.group(2)}{sentence.strip()[n.end() :]}"
    # ("Responsibility for the operation of this Protocol lies with the Parish Clerk": the Parish Clerk is
    # responsible for it; only for a role: "lies with the Mayor's Secretary" is no rule on the Mayor)
    if (lies := _RESPONSIBILITY_LIES.match(sentence)) and _ROLE_RE.fullmatch(_norm(lies.group(2))[4:]):
        return _RESPONSIBILITY_LIES.sub(r"\2 is responsible for \1", sentence)
    m = _ROLE_OF_RULE.search(sentence)
    if not m or not _ROLE_RE.fullmatch(_norm(m.group(2))) or _CONDITION.search(_norm(sentence[: m.start()])):
        return sentence
    return f"{m.group(2)} must {'not ' if m.group(1) else ''}{sentence[m.end() :]}"


def _raw_polarity(part: str) -> str | None:
    """A part's polarity read from its modal alone, hedges and conditions ignored."""
    s = _REPORTED.sub("", _norm(part))
    if _NEGATIVE.search(s) or _NO_ONE.search(s):
        return "negative"
    return "permitted" if _PERMITTED.search(s) else None


_NOT = lazy_compile(r"\b(?:not|never|none|nor|cannot|neither|no(?! later| more| less| sooner))\b|n't\b")


# A passive's verb near the start: "the same briefing will be offered to ...", "do the other groups
# get offered ...?" (not "once she is appointed" at the end, nor "is open").
_PASSIVE = lazy_compile(
    r"^(?:[a-z'-]+ ){0,5}?(?:is|are|was|were|be|been|being|get|gets|got|getting) (?:[a-z]+ly )?"
    r"(?:[a-z]+ed|made|given|held|sent|paid|told|taken|seen|chosen|written|known|shown|done|kept|brought)\b"
)


def _passive(text: str) -> bool:
    return bool(_PASSIVE.match(text.strip()))


_PASSIVE_ACT = lazy_compile(r"^(?:[a-z'-]+ ){0,5}?(?:is|are|was|were|been|being) (?:[a-z]+ly )?([a-z]{4,}ed)\b")


def _passive_act(question: str) -> str | None:
    """The stem of a passive question's act when no verb family knows it ("is the clerk's job being
    advertised?" -> "advertis"), else None."""
    m = _PASSIVE_ACT.match(_predicate(question))
    if not m or _families(m[1]):
        return None
    # (the act's first letters, for "advertised" and "advertisement", "submitted" and "submit",
    # "appraised" and "appraisal": a doubled last consonant singled, a last "e" or "i" dropped)
    done = _stem(m[1])
    if len(done) > 4 and done[-1] == done[-2] and done[-1] not in "aeiou":
        done = done[:-1]
    return done.rstrip("ei") if len(done) > 5 else done


_RESPONSIBILITY_LIES = lazy_compile(
    r"^responsibility for (.+?) (?:lies|rests) with (the [A-Za-z' ]+?)(?=[.;]|$)", re.IGNORECASE
)
