"""Verdicts from statements of fact, routes and amounts: 'Officers will respond within seven
working days', where a complaint goes, a gift's value against a limit."""

from __future__ import annotations

import re

from assistant.amounts import Limit, asked_amount, sentence_limit
from assistant.verdict.action import _numbers
from assistant.verdict.direction import (
    _PUBLIC_ASKER,
    _asker_text,
    _question_direction,
    _staff_post_named,
    direction,
    same_direction,
    speaker_role,
)
from assistant.verdict.people import (
    _GIFT,
    _HOSPITALITY,
    _OFFICER_OFFICES,
    _ROUTE_S,
    _ROUTE_VERBS,
    _givers,
    _givers_differ,
    _office,
    _officer_offices,
    _offices,
    _subject_role,
)
from assistant.verdict.polarity import (
    _CONCESSION,
    _CONDITION,
    _COUNTERPART,
    _HEDGE,
    _NEGATED_SPAN,
    _NEGATIVE,
    _NOT,
    _SUB_CLAUSE,
    _object_words,
    _passive,
    _raw_polarity,
    main_clause,
    split_condition,
    sub_clauses,
    subject_rules,
)
from assistant.verdict.question import _AUX, OBLIGATION, PERMISSION, _predicate, question_modality
from assistant.verdict.things import _GIFT_GENERIC
from assistant.verdict.words import (
    _FAMILY_PARTS,
    _ROLE_OF,
    _ROLE_RE,
    _ROLE_TOKENS,
    _STOP,
    _concepts,
    _content,
    _families,
    _norm,
    _phrase_text,
    _stem,
    _time_words,
    roles_in_order,
)
from ingest.lazy_regex import lazy_compile

_ASKED_FILLER = frozenset("actually really basically meant supposed usually normally still definitely own".split())


# A statement of what is, not a rule: no "may", "should", "must" (a norm or a permission does not
# say what happens).
_NORM_MODAL = lazy_compile(r"\b(?:may|might|can|could|should|must|ought|need|needs)\b")


_STATED_VERB = lazy_compile(r"\b(?:will|shall|would|is|are|was|were|has|have|had|does|do|did|cannot|can)\b")


# Where a statement of two cases with two figures parts: "... within five working days and complex
# ones within fifteen", "..., complex enquiries within fifteen".
_CASE_BREAK = lazy_compile(r",|;|\b(?:and|but|while|whilst|whereas)\b")


def _other_case(question: str, piece: str) -> bool:
    """The piece names two figures for two cases, and the question's words of its case are in the
    other case's part than its figure: "will a complex enquiry be answered within five working
    days?" and "Straightforward enquiries will be answered within five working days and complex ones
    within fifteen". (Only parts with a figure of their own are cases: "gifts and hospitality over £50
    ... within 28 days" is one.)"""

    def figures(text: str) -> set[str]:
        return _numbers(re.sub(r"(?<=\d),(?=\d{3}\b)", "", text))  # ("£50,000" is one figure)

    asked_numbers = figures(question)
    if not asked_numbers:
        return False
    parts = [part for part in _CASE_BREAK.split(_norm(piece)) if figures(part)]
    own = next((part for part in parts if asked_numbers & figures(part)), None)
    if own is None or len(parts) < 2:
        return False
    elsewhere = set().union(*(_content(part) for part in parts if part is not own)) - _content(own)
    asked = _content(question) - _time_words(question)
    if elsewhere & asked:
        return True
    # (nor a question that does not say which case it is: "will my enquiry be answered within 5 working
    # days?" - the figure's own case is "straightforward", its subject's word before its thing)
    subject = re.split(r"\b(?:will|shall|must|should|may|can|are|is|have|has)\b", own, maxsplit=1)[0].split()
    kinds = {_stem(w) for w in subject[:-1] if w not in _STOP and w not in _ROLE_TOKENS and len(w) > 2}
    return bool(kinds) and not kinds & asked


_ROLE_AS_KIND = lazy_compile(
    r"\b(?:member|members|councillor|councillors|cllr|officer|officers|staff)'?s? "
    r"(enquiry|enquiries|requests?|questions?|briefings?|reports?|correspondence|e-?mails?|casework)\b"
)


_FROM_OUTSIDE = lazy_compile(r"\b(?:public|residents?|constituents?|press|media|journalists?)\b")


_SECOND_VERB = lazy_compile(r"\s+and\s+(?=(?:will|may|must|should|shall|can)\b)")


_TWO_SUBJECTS = lazy_compile(
    r"^(?:the |a |an )?(?:[a-z'-]+ ){0,3}?[a-z'-]+ and (?:the |a |an )?(?:[a-z'-]+ ){0,3}[a-z'-]+(?= [a-z]+s?\b)"
)


_CONDITION_AFTER_A_COMMA = lazy_compile(
    r",\s*(?:only\s+)?(?:unless|if|where|when|whenever|provided|except|subject to|as long as)\b"
)


def statement_verdict(question: str, sentence: str) -> str | None:
    """A question of fact answered by a plain statement that says what it asks, word for word:
    "does the little ousebury clerk work 8 hours a week?" and "The Parish Clerk works 8 hours a
    week" -> yes; "are blind copies of correspondence sent?" and "'Blind' copies of correspondence
    ... will not be sent" -> no. Every content word and number of the question's own part must be
    in one part of the sentence (a word or its verb family), with no condition or hedge, the same
    people named in the same order; a negation in that part makes it a No."""
    predicate = re.sub(rf"^{_AUX}\s+", "", _predicate(question))
    asked = _content(predicate) - _ASKED_FILLER
    numbers = _numbers(predicate)
    if len(asked) < 2:
        return None
    # ("Site visits are for fact-finding only and no decisions will be made on site": the "no" is
    # the second statement's, not the first's)
    # (nor is a second verb's condition the first one's: "Staff do not attend meetings of political groups and
    # will brief a group only if ..."; but one after a comma may hold for both: "... and will take the minutes,
    # unless the Chair decides otherwise")
    apart = r"\s+and\s+(?=(?:no|not|never|none|nothing)\b)"
    second_verb_apart = not _CONDITION_AFTER_A_COMMA.search(_norm(sentence))
    if second_verb_apart:
        apart += "|" + _SECOND_VERB.pattern
    pieces = [piece for part in sub_clauses(sentence) for piece in re.split(apart, _norm(main_clause(part)))]
    # ("Where an enquiry concerns a matter affecting a whole ward, the reply will be sent to every
    # councillor for that ward": the main clause holds only in its condition's case, which the
    # question must tell of; a condition of three words or more that it says nothing of, or says is
    # not so, is another case)
    if (split := split_condition(sentence)) and not _CONCESSION.match(_norm(sentence)):
        rule, _, condition = split
        # (a condition of a second verb, which the pieces below judge apart: "... and will brief a group only if";
        # not one after a comma, which may hold for both: "... and will take the minutes, unless the Chair ...")
        if second_verb_apart and _SECOND_VERB.search(rule):
            rule = _SECOND_VERB.split(rule, maxsplit=1)[0]
            condition = ""
        said = condition.split(" ", 1)[-1]  # (after its "where", "if" or "when")
        told = _content(_NEGATED_SPAN.sub(" ", _norm(question)))
        unsaid = _content(said) - _content(rule) - _ASKED_FILLER - told
        if len(unsaid) >= 3 and not (_concepts(condition) - _concepts(rule)) & _concepts(question):
            return None
    for p in pieces:
        if _HEDGE.search(p) or _CONDITION.search(p) or not numbers <= _numbers(p):
            continue
        # ("Straightforward enquiries will be answered within five working days and complex ones within
        # fifteen": two cases, two figures, and the words of both in one piece)
        if _other_case(question, p):
            continue
        words, families = _content(p), _families(p)
        # (a family's phrase is one word: "line manager" is said by "manager", "employer")
        phrased = {
            w
            for f in _families(predicate) & families
            for ph in _FAMILY_PARTS[f][1]
            if ph in _phrase_text(predicate)
            for w in _content(ph)
        }
        # (and a plural is its singular: "key" and "keys")
        if not all(
            w in words or f"{w}s" in words or w.endswith("s") and w[:-1] in words or _families(w) & families
            for w in asked - phrased
        ):
            continue
        # (a role that only says whose a thing is, "member enquiries", is no one named in a sentence that names
        # no one: "Enquiries will be acknowledged within two working days")
        # (the thing bare, as the sentence's subject: not "Freedom of Information requests are answered ..." for
        # "member requests", nor "Emails sent from personal accounts ..." for "staff emails")
        named = predicate
        if (
            (kind := _ROLE_AS_KIND.search(predicate))
            and not roles_in_order(p)
            and not _FROM_OUTSIDE.search(p)
            and re.match(
                rf"(?:all |any |the )?{re.escape(kind.group(1))} (?:are|is|will|get|go|must|should|shall)\b", p
            )
        ):
            named = _ROLE_AS_KIND.sub(r"\1", predicate)
        q_roles, s_roles = roles_in_order(named), roles_in_order(p)
        # (one of two posts said together as the subject, and no post after: "The Leader and Cabinet Members
        # speak to the media")
        q_offices, s_offices = _offices(named), _offices(p)
        pair = _TWO_SUBJECTS.match(p)
        together = (
            q_offices < s_offices
            and pair is not None
            and p.count(" and ") == 1
            and _offices(pair.group(0)) == s_offices
        )
        if q_roles != s_roles[: len(q_roles)] or (q_offices != s_offices and not together) or _NORM_MODAL.search(p):
            continue
        # (the same post first on both sides: "is the town clerk the RFO?" and "The Deputy Town Clerk is the
        # Responsible Financial Officer and deputises for the Town Clerk")
        first_asked, first_said = _first_officer_office(predicate), _first_officer_office(p)
        if first_asked and first_said and first_asked != first_said:
            continue
        # ("clerk here - does the council pay for my training?" and "The Council will pay for councillors
        # to attend ...": said of the other side, not of the one who asks)
        speaker = speaker_role(question)
        if (
            re.search(r"\b(?:my|me|i)\b", predicate)
            and speaker in _COUNTERPART
            and _COUNTERPART[speaker] in s_roles
            and speaker not in s_roles
        ):
            continue
        # The one it is said of is the question's: "The Council will support the Clerk in obtaining
        # the CiLCA qualification" says nothing of whether the Clerk must obtain it.
        # (not a passive asked of a passive, whose subject is what is done: "do the other groups get
        # offered the same briefing?" and "the same briefing will be offered to every other group"; nor
        # a question whose subject is "I")
        subject = _STATED_VERB.split(p, maxsplit=1)[0]
        if (
            not (_passive(p) and _passive(predicate))
            and not re.match(r"(?:i|we|you)\b", predicate)
            and " of " not in f" {subject} "  # ("Canvassing of members by candidates will disqualify ...")
            and _subject_role(subject) != _subject_role(named)
        ):
            continue
        # ("Officers will not arrange a public event in a ward without first inviting the ward Members": not
        # one act without another is the other done first, and "will i get an invite first?" a Yes. Only an
        # act ("without first inviting"), not a thing ("without a valid receipt" says a claim with one may
        # still be refused), said once; a question that asks about doing it without is a No, as before.)
        if (without := _WITHOUT_WORD.search(p)) and _NOT.search(p[: without.start()]) and "without" not in predicate:
            other_act = _content(p[without.end() :]) - _content(p[: without.start()])
            act_first = re.match(r"\s+(?:first\s+)?[a-z]+ing\b", p[without.end() :]) and p.count("without") == 1
            return "yes" if act_first and asked & other_act else None
        return "no" if _NOT.search(p) else "yes"
    return None


_WITHOUT_WORD = lazy_compile(r"\bwithout\b")


# Money limits (assistant/amounts.py): what the rule at the limit does with a gift, and who gives it.
_AT_LIMIT = lazy_compile(
    r"(?:\b(must not|mustn't|should not|shouldn't|shall not|may not|cannot|can not|will not|must never|never|"
    r"are not (?:allowed|permitted) to|is not (?:allowed|permitted) to|may|can|must|should|shall|will|"
    r"(?:is|are) (?:allowed|permitted|required|expected) to|ha(?:ve|s) to|need to)|^)\s+(?:\w+\s+){0,2}?"
    r"(accept|keep|take|receive|give|refuse|decline|declare|register|record|report|notify|log)\b"
)


_GIFT_ACTS = {
    "accept": "accept",
    "keep": "accept",
    "take": "accept",
    "receive": "accept",
    "give": "give",
    "refuse": "refuse",
    "decline": "refuse",
    "declare": "declare",
    "register": "declare",
    "record": "declare",
    "report": "declare",
    "notify": "declare",
    "log": "declare",
}


_ASKED_GIFT_ACT = lazy_compile(
    r"\b(?:(accept|keep|take|have(?! to\b)|hang on to|receive)|(give|buy|send)|"
    r"(declare|register|record|report|log|tell anyone|put (?:it|them) (?:in|on)))\b"
)


_EXCEPT_BELOW = lazy_compile(r"\b(?:except|apart from|other than|unless|save for|but may|excluding)\b")


_PERMITS = lazy_compile(r"^(?:may|can|(?:is|are) (?:allowed|permitted) to)$")


_OBLIGES = lazy_compile(r"^(?:must|should|shall|will|(?:is|are) (?:required|expected) to|ha(?:ve|s) to|need to)?$")


# What a limit's rule may depend on besides the value: someone's consent, or a hedge.
_LIMIT_TERMS = lazy_compile(
    r"\b(?:consent|approval|approved|agreement|agreed|permission|authoris\w*|authoriz\w*|prior|normally|"
    r"usually|generally|ordinarily|in principle|unless|subject to|total|cumulative|in a year|per year|a year|"
    r"annual|annually|in any year)\b"
)


# A record the rule asks for beside its limit is no condition on keeping the gift.
_RECORDING = lazy_compile(r"\b(?:record|recorded|register|registered|declare|declared|report|reported|tell|told|log)\b")


# The limit's other side allowed on terms ("gifts above this value must be declared"): no ceiling.
_OTHER_SIDE = lazy_compile(
    r"\b(?:above|over|exceeding|more than|beyond|below|under) (?:this|that|the|such a) (?:value|amount|limit|sum)\b|"
    # "and must declare anything worth more"
    r"\b(?:declare|register|record|report|notify)\w* (?:anything|any gifts?|gifts?|any items?|items?) "
    r"(?:worth more|of (?:a )?(?:greater|higher) value|above|over|exceeding)\b|"
    # ("and anything of greater value must be registered": the other side allowed on terms)
    r"\b(?:anything|any gifts?|gifts?|any items?|items?)(?: (?:that is|which is))? (?:worth more|of (?:a )?"
    r"(?:greater|higher) value|above|over|exceeding)\b[^.;]*?\b(?:must|should|shall|will) (?:always )?be "
    r"(?:declared|registered|recorded|reported|notified|logged)\b"
)


# What else a permission up to a limit may set aside: "except gifts of alcohol", "cash or vouchers".
_SET_APART = lazy_compile(r"\b(?:except|excluding|other than|apart from|but not)\b")


# A rule's part that turns down whatever is above its limit, and nothing else: "and must decline
# anything worth more" (not "... and any cash", "... or from a contractor").
_BEYOND_DECLINED = lazy_compile(
    r"^(?:and |but )?(?:(?:must|should|shall|will) (?:always )?)?(?:decline|refuse|return|turn down|hand back) "
    r"(?:anything|any gifts?|gifts?|any items?|items?|any)(?: (?:that is|which is))? "
    r"(?:worth more|of (?:a )?(?:greater|higher) value|(?:valued |worth )?(?:above|over|more than) "
    r"(?:that|this)(?: (?:value|amount|limit|sum))?)[.;]?$"
    # (and said the other way round: "and anything of greater value must be declined politely")
    r"|^(?:and |but )?(?:anything|any gifts?|gifts?|any items?|items?)(?: (?:that is|which is))? "
    r"(?:worth more|of (?:a )?(?:greater|higher) value|(?:valued |worth )?(?:above|over|more than) "
    r"(?:that|this)(?: (?:value|amount|limit|sum))?) (?:must|should|shall|will) (?:always )?be "
    r"(?:politely |courteously )?(?:declined|refused|returned|turned down|handed back)"
    r"(?: politely| courteously)?[.;]?$"
)


_DECLINED = lazy_compile(
    r"\b(?:turn(?:ed|s)? (?:it |them )?down|said no|declined?|refused?|didn't accept|did not accept)\b"
)


def _gift_direction(question: str, sentence: str) -> bool:
    """Who receives the gift is who the sentence rules for. A question whose receiver is no role
    the rules know ("the warden", "can she take it?", "am I allowed to keep it?" from a
    groundsperson) takes a rule for staff, unless a councillor asks."""
    if same_direction(question, sentence):
        return True
    q_actor, _ = _question_direction(question)
    s_actor, _ = direction(main_clause(sentence))
    return q_actor is None and s_actor == "officer" and speaker_role(question) in (None, "officer")


def _carve_out_named(question: str, carve: str) -> bool:
    """The question names the thing a carve-out sets apart: its head or an example ("promotional items
    such as pens or calendars" and "desk calendars"), with what narrows the head ("tickets to civic
    events" is no carve-out of football tickets)."""
    head, _, examples = carve.partition(" such as ")
    thing, *narrowed = re.split(r"\b(?:to|for|at|from|sent|given|of|by|which|that|worth|when|on)\b", head, maxsplit=1)
    narrowing = _object_words(" ".join(narrowed)) - _GIFT_GENERIC
    asked = _object_words(question)
    named = (_object_words(thing) | _object_words(examples)) - _GIFT_GENERIC
    return bool(named & asked) and (not narrowing or bool(narrowing & asked))


def _limit_beside_its_record(sentence: str) -> Limit | None:
    """The limit of a rule whose other side, at the same sum, is only to be told or recorded: "may
    accept a gift worth £10 or less, and must tell the Chairman of any gift ... worth more than £10"."""
    limited = [(p, lim) for p in sub_clauses(sentence) if (lim := sentence_limit(p))]
    if len(limited) != 2 or len({lim.amount for _, lim in limited}) != 1:
        return None
    ruled = [(p, lim) for p, lim in limited if not _RECORDING.search(_norm(p))]
    if len(ruled) != 1 or {lim.side for _, lim in limited} not in ({"at_most", "above"}, {"below", "at_least"}):
        return None
    part, lim = ruled[0]
    at = _norm(sentence).find(_norm(part))
    return None if at < 0 else Limit(lim.side, lim.amount, at + lim.start)


def amount_verdict(question: str, sentence: str) -> str | None:
    """'yes' or 'no' for a question about a gift of a given value ("can I keep a £15 bottle of
    wine?", "do I have to register a £40 lunch?") from a sentence that sets a limit on such gifts
    ("must not accept any gift worth more than £10", "may accept gifts up to a value of 20
    pounds", "must register any gift of £30 or more"); None when the sentence sets no one limit,
    or its rule, act, giver or kind of gift is not the question's."""
    modality = question_modality(question)
    value, limit = asked_amount(question), sentence_limit(sentence)
    beside = None if limit else _limit_beside_its_record(sentence)
    limit = limit or beside
    if value is None or limit is None or modality not in (PERMISSION, OBLIGATION):
        return None
    q, s = _norm(question), _norm(sentence)
    # No rule that also depends on consent or is hedged ("only with the prior written consent of ...").
    if _LIMIT_TERMS.search(s):
        return None
    # "gifts above this value must be declared": above the limit is allowed too, on terms
    if _OTHER_SIDE.search(s):
        return None
    # Every other part of the sentence asks only for a record ("..., and must record it"), and none
    # sets something apart ("but must not accept gifts of alcohol", "except cash").
    # ("..., and must decline anything worth more": the limit's other side, said again)
    others = [p for p in sub_clauses(sentence) if not sentence_limit(p) and not _BEYOND_DECLINED.match(_norm(p))]
    if any(not _RECORDING.search(_norm(p)) or _raw_polarity(p) == "negative" for p in others):
        return None
    asked = _ASKED_GIFT_ACT.search(_predicate(question))
    if not asked:
        return None
    # ("do officers only need to record gifts worth more than £50?": whether the limit is that sum, not
    # what a gift of it needs)
    if re.search(r"\bonly\b", _predicate(q)):
        return None
    asked_act = "accept" if asked.group(1) else "give" if asked.group(2) else "declare"
    # The rule's own modal and verb: the last before the limit.
    ruled = [m for m in _AT_LIMIT.finditer(s[: limit.start]) if m.group(1) or m.start() == 0]
    if not ruled:
        return None
    modal, act = (ruled[-1].group(1) or ""), _GIFT_ACTS[ruled[-1].group(2)]
    between = s[ruled[-1].end() : limit.start]
    # The giver the rule names, in its own part ("..., and must decline all gifts from Members" is
    # another rule's).
    own = _SUB_CLAUSE.split(s[ruled[-1].start() :], maxsplit=1)[0]
    if limit.start - ruled[-1].start() > len(own):
        return None  # the limit is another part's
    # ("from a member of the public" says nothing of a gift from a councillor)
    if _givers_differ(question, _givers(own, named_only=True)):
        return None
    if _HOSPITALITY.search(q) and not _HOSPITALITY.search(s):
        return None  # a limit on gifts is none on a lunch
    if not _HOSPITALITY.search(q) and not _GIFT.search(s):
        return None  # nor one on hospitality (or on spending: "up to £100 from petty cash") on a bottle of wine
    if not _gift_direction(question, sentence) or not subject_rules(sentence):
        return None
    negative = bool(_NEGATIVE.search(f"{modal} ")) or modal in ("never", "must never")
    if asked_act == "declare":
        if modality != OBLIGATION or act != "declare" or negative or not _OBLIGES.match(modal) or limit.upper:
            return None
        # "do I still have to register it if I said no?": only a rule on offers says.
        if _DECLINED.search(q) and not re.search(r"\b(?:whether|offer|offered|offers)\b", s):
            return None
        required = limit.holds_for(value)
        return None if required is None else "yes" if required else "no"
    if modality != PERMISSION or asked_act != act and not (asked_act == "accept" and act == "refuse"):
        return None
    held = limit.holds_for(value)
    if held is None:
        return None
    # ("may accept gifts ... under £10, and must decline anything worth more": exactly £10 is on
    # neither side)
    if (
        limit.side == "below"
        and value[0] <= limit.amount <= value[1]
        and any(_BEYOND_DECLINED.match(_norm(p)) for p in sub_clauses(sentence))
    ):
        return None
    # (a value on the side that is only to be told or recorded: the rule says what is told, not that
    # it is refused - "must tell the Chairman of any gift ... worth more than £10")
    if beside is not None and not held:
        return None
    # "must refuse any gift worth more than £10, apart from promotional items such as pens or calendars":
    # a thing the carve-out names is no case of the limit's rule.
    if (apart := _SET_APART.search(s, limit.start)) and _carve_out_named(
        q, re.split(r"[;,]|\band must\b|\band should\b", s[apart.end() :])[0]
    ):
        return None
    if act == "refuse":  # "refuse any gift worth more than £25"
        if negative or not _OBLIGES.match(modal) or limit.upper:
            return None
        allowed = not held
    elif negative:
        # "must not accept gifts worth more than £15"; "must not accept any gift, except an item of
        # low value (under £10)"
        if limit.upper and not _EXCEPT_BELOW.search(between):
            return None
        allowed = held if limit.upper else not held
    elif _PERMITS.match(modal) and limit.upper and not _SET_APART.search(s[limit.start :]):
        allowed = held  # "may accept gifts worth up to £20"
    else:
        return None
    return "yes" if allowed else "no"


def _first_officer_office(text: str) -> str | None:
    """The officer's office a text names first ("the deputy town clerk ..." -> "deputy clerk")."""
    text = _norm(text)
    found = [
        (m.start(), -len(m.group(0)), office) for office, pattern in _OFFICER_OFFICES if (m := pattern.search(text))
    ]
    return min(found)[2] if found else None


_ROUTE_Q = lazy_compile(
    rf"\b{_ROUTE_VERBS}(?: (?:it|this|that|them|these|those|up|this up|it up|that up|them up|"
    r"my (?:\w+ )?(?:concerns?|complaint|issue|grievance)|the (?:matter|issue|concerns?|complaint)|a complaint|"
    r"concerns?))* (?:to|with) ((?:[a-z'-]+ ){0,6}?[a-z'-]+)"
    r"(?= first\b| in the first instance\b| instead\b| rather\b| or\b|\s*[?.!,;]|\s*$)"
)


_ROUTE_IS = lazy_compile(
    r"\bis (?:it )?((?:the |my |our )?(?:[a-z'-]+ ){0,4}?[a-z'-]+) the (?:right |correct |proper )?"
    r"(?:person|one|people|place)\b"
)


# The asker's own act of taking a matter somewhere, asked plainly: "do i take it ...", "should i raise
# it ...", "am i supposed to report it ..." (not "am i banned from raising it", "is it a bad idea to
# take it", "can i refuse to take it", "do i never take it").
_ROUTE_LEAD = lazy_compile(
    r"\b(?:(?:do|should|shall|must|can|could|may) (?:i|we)|(?:am i|are we) (?:supposed|meant|expected) to|"
    r"(?:is it|it's) (?:ok|okay|alright|fine|right) (?:for (?:me|us) )?to|(?:i|we) (?:should|must))"
    r"(?: (?:just|still|then|first|also|now|need to|have to))* $"
)


# What a matter is about, in the question's words before the route and in the rule's case.
_MATTER_FILLER = frozenset(
    _content("happy unhappy not really bit lot one our my staff take raise matter issue concern")
)


# Everyday words for how someone does their job: "doing her job", "handled something", "the standard
# of work", "pulling her weight" are its performance.
_HOW_THEY_WORK = lazy_compile(
    r"\b(?:do(?:es|ing)? (?:her|his|their|the) job|handled?|handling|dealt with|deals with|dealing with|"
    r"standard of (?:(?:their|her|his) )?(?:work|service)|quality of (?:(?:their|her|his) )?(?:work|service)|"
    r"pull(?:ing)? (?:her|his|their) weight|(?:way|how) (?:she|he|they) (?:works?|worked))\b"
)


def _matter(text: str) -> set[str]:
    """A text's matter words, by their first six letters ("performing" and "performance" are one)."""
    text = _HOW_THEY_WORK.sub(" performance ", _norm(text))
    return {w[:6] for w in _content(text) - _MATTER_FILLER}


_ANOTHER_BODY = lazy_compile(
    r"\b(?:county|district|borough|city|unitary|principal|police|fire|nhs|highways?)(?:'s)? (?:council(?:'s)? )?"
    r"(?:[a-z]+ )?(?:officers?|staff|engineers?|planners?|team)\b"
)


# "does a concern about the town clerk go to the chair of the personnel committee?": where a matter goes,
# asked as a fact.
_ROUTE_FACT = lazy_compile(
    r"^(?:does|do|will|should|is|are) (?:a |an |the |any |my |our )?((?:[a-z'-]+ ){1,12}?)"
    r"(?:go|(?:get |be )?(?:sent|passed|referred|reported|raised|taken|made)) "
    r"(?:to|with) ((?:[a-z'-]+ ){0,6}?[a-z'-]+)\s*\??$"
)


# Where a matter goes, said as a fact: "Complaints that a councillor has broken the Code of Conduct go to the
# Monitoring Officer", "... are made to the Monitoring Officer".
_ROUTE_STATED = lazy_compile(
    r"\b(?:go|goes|(?:is|are) (?:made|sent|referred|reported|passed|taken))\s+to ((?:[a-z'-]+ ){0,8}?[a-z'-]+)"
    r"(?=\s*[.;,]|\s*$)"
)


# A role the matter is about, not one who raises it: "a concern about the Town Clerk", "complaints that a
# councillor has broken the Code".
_ROLE_ABOUT = lazy_compile(
    r"\b(?:about|regarding|concerning|against|with|involving|relating to|that) (?:the |a |an |any |our )?"
)


_OF_WHOM = frozenset({"of", "council", "council's"})


def _route_fact_verdict(fact: re.Match[str], sentence: str) -> str | None:
    """A Yes for "does a concern about the town clerk go to the chair of the personnel committee?" from
    "A concern about the Town Clerk should be raised with the chair of the Personnel Committee": the same
    matter to the same person, no other route or condition, and no one named to raise it (the rule of
    one side does not say where the other side's goes)."""
    r = _ROUTE_S.search(sentence) or _ROUTE_STATED.search(sentence)
    if not r or _NOT.search(sentence[: r.end()]) or re.search(r"\b(?:or|unless|except|otherwise|if)\b", sentence):
        return None
    # ("tamblewick district council's monitoring officer" and "the Monitoring Officer of Tamblewick District
    # Council" are one)
    asked, ruled = _office(fact.group(2)) - _OF_WHOM, _office(r.group(1)) - _OF_WHOM
    if not asked or asked != ruled:
        return None
    case = sentence[: r.start()]
    # (the same matter, or the same words: "a concern about the Town Clerk", whose words are all a post's)
    if not _matter(fact.group(1)) & _matter(case) and _office(fact.group(1)) != _office(case):
        return None

    def roles(text: str) -> tuple[list[str], list[str]]:
        """(who it is about, who raises it): a role after "about", "that", "against" ... is what it is
        about; any other is its raiser, in the possessive too ("a councillor's complaint"; not "the
        Members' Code of Conduct"), as is anyone it comes from ("complaints from residents")."""
        about_at = {m.end() for m in _ROLE_ABOUT.finditer(text)}
        about, raisers = [], []
        for m in _ROLE_RE.finditer(text):
            if m.start() in about_at:
                about.append(_ROLE_OF[m.group(1)])
            elif not re.match(r"(?:'s|s'|')\s+code\b", text[m.end() :]):
                raisers.append(_ROLE_OF[m.group(1)])
        if re.search(r"\bfrom\b", text):
            raisers.append("someone")
        return about, raisers

    (asked_about, asked_by), (ruled_about, ruled_by) = roles(fact.group(1)), roles(case)
    return "yes" if asked_about == ruled_about and not asked_by and not ruled_by else None


def _about_whom(text: str) -> set[str]:
    """The posts a matter is about: those named after "about", "regarding", "concerning" or "against"."""
    return {
        office
        for m in re.finditer(r"\b(?:about|regarding|concerning|against)\s+((?:[a-z'-]+\s+){0,4}[a-z'-]+)", text)
        for office in _officer_offices(m.group(1))
    }


def route_verdict(question: str, sentence: str) -> str | None:
    """A Yes for a question whether to take a matter to someone, from a rule that it should be
    taken to that same person or body: asked plainly by the one who would take it ("do i take it to
    ...?", not "can i refuse to ..."), about the same matter (a word of the question's own telling
    in the rule's case), the rule's raiser being the asker's side, no other route or condition in
    the sentence, and no either-or question. Never a No: a rule naming one route does not always
    rule out another."""
    q, s = _norm(question), _norm(sentence)
    if _PUBLIC_ASKER.search(_asker_text(question)):
        return None
    if fact := _ROUTE_FACT.match(_predicate(question)):
        return _route_fact_verdict(fact, s)
    m = _ROUTE_Q.search(q)
    lead = m is not None and bool(_ROUTE_LEAD.search(q[: m.start()]))
    if not lead:
        m = _ROUTE_IS.search(q)
    r = _ROUTE_S.search(s)
    if not m or not r or _NOT.search(s[: r.end()]) or re.search(r"\bor\b", q[m.start() :]):
        return None
    # (another route for some cases, or a second condition: no plain answer)
    if re.search(r"\b(?:or|unless|except|otherwise)\b", s[r.start() :]) or re.search(r"\bor\b[^.;]*\bif\b", s):
        return None
    # ("the leader and the monitoring officer" and "the Leader of the Council and the Monitoring Officer"; not
    # "my leader", who may be a group's)
    of_whom = frozenset() if re.search(r"\b(?:my|our|group)\b", m.group(1)) else _OF_WHOM
    asked, ruled = _office(m.group(1)) - of_whom, _office(r.group(1)) - of_whom
    if not asked or asked != ruled:
        return None
    case = s[: r.start()]
    if re.search(r"\band\b", case) and re.search(r"\b(?:is|are|has|have)\b[^,]*\band\b", case):
        return None
    # (the same matter: "not happy with how the clerk's been performing" and "dissatisfied with the
    # ... performance of an officer"; not an award, a pay rise or holiday dates)
    told = q[: m.start()]
    # (or the one it is about, when all the matter's words are a post's: "a concern about the Chief Executive";
    # not "something nice about the clerk")
    # (the council's name before a colon or dash is no matter: "scarrowdale: if i have a concern about ...")
    telling = re.sub(r"^[^:\u2013-]{1,40}(?:[:\u2013]|\s-)\s*", "", told)
    if not _matter(told) & _matter(case) and not (
        not _matter(telling) and not _matter(case) and _about_whom(told) and _about_whom(told) == _about_whom(case)
    ):
        return None
    # (another body's officer: "the county highways officer", "the district's planning officer")
    if _ANOTHER_BODY.search(told):
        return None
    # (who raises it: the rule's subject, the role in its clause before the modal, else the one its case
    # names first; the asker, or one who names only officers, the councillor dealing with them)
    clause = re.split(r"[,;:]", case)[-1]
    raiser = (roles_in_order(clause) or roles_in_order(case) or [None])[0]
    asker = speaker_role(question)
    if asker is None:
        # (a small council's staff by their posts too: "a concern about the groundsman")
        roles = set(roles_in_order(told)) | ({"officer"} if _staff_post_named(told) else set())
        asker = "member" if roles == {"officer"} else None
    if raiser is None or asker != raiser:
        return None
    return "yes"
