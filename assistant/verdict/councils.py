"""One verdict from many sentences and councils: `choose_verdict` over an answer's candidates,
and when councils differ, contradict or except."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.verdict.action import _ATTEND, NOT_REQUIRED, meeting_kinds, same_action, same_rule_verb
from assistant.verdict.circumstances import _meetings_of
from assistant.verdict.direction import same_direction
from assistant.verdict.judge import _FLIP, Verdict, _may_concern, sentence_verdict
from assistant.verdict.objects import _plain_words, _use_rule
from assistant.verdict.passages import _item_verb_asked, _one_sentence, with_lead_in, with_subject
from assistant.verdict.people import _GENERAL_ROLES, _giver_differs, _subject_narrowed_unsaid
from assistant.verdict.polarity import (
    _MEETING,
    _NEGATIVE,
    _NO_ONE,
    _SAYS_NOT,
    _UNSAID,
    _WITHOUT_ASKED,
    _object_words,
    _raw_polarity,
    _tells_emergency,
    fact_polarity,
    sentence_polarity,
)
from assistant.verdict.question import FACT, PERMISSION, question_modality, uninverted, untagged
from assistant.verdict.words import _content, _families, _families_words, _norm
from index.query import with_jargon_explained
from ingest.lazy_regex import lazy_compile


def choose_verdict(
    question: str,
    sentences: list[str],
    previous: Mapping[str, str] | None = None,
    context: Mapping[str, str] | None = None,
    lead_ins: Mapping[str, str] | None = None,
) -> Verdict | None:
    """The first sentence (most relevant first) that plainly answers the question; none when the
    relevant sentences disagree. `previous` gives a sentence's predecessor in its clause, for a
    sentence whose subject is a pronoun ('They should not ...', see `with_subject`); `context` its
    clause's text before it, which says what the pronoun's thing is ('printing and photocopying
    ... They should not be used for ...', see `sentence_verdict`); `lead_ins` a list item's clause
    text before it, whose lead-in gives it its subject ('members should:' ... '- not take part ...',
    see `with_lead_in`)."""
    # A passage of several sentences (a long clause is also searched as windows of three) is no
    # one sentence that says so plainly; a clause of one sentence and a fragment ("... at home.
    # See 4.2.") is judged on its sentence.
    previous = previous or {}
    context = context or {}
    lead_ins = lead_ins or {}

    def judged(s: str, one: str) -> str | None:
        subjected = with_subject(one, previous.get(s))
        whole = with_lead_in(subjected, lead_ins.get(s, ""))
        # A list item read with its lead-in answers only a question that asks to do what the item's
        # own verb does ("do not ask officers to undertake work ... for a political party" and "can
        # I ask staff to help with my campaign?"; not "criticise officers ... in the press" for "can
        # councillors talk to the press at all?"): its words are few, and a shared thing is no
        # evidence of the same act.
        if whole != subjected and not _item_verb_asked(question, whole):
            return None
        return sentence_verdict(question, whole, context.get(s, ""))

    found = [(v, s) for s in sentences if (one := _one_sentence(s)) and (v := judged(s, one))]
    if not found:
        return None
    if len({v for v, _ in found}) > 1:
        # A rule for an emergency is the exception to the rule beside it that names none, for a question
        # that tells of one: "... may ring the Clerk's council mobile at any time in a genuine emergency"
        # beside "must not telephone the Clerk ... at any time at the weekend", when a branch has come down
        # over the swings on a Sunday.
        special, general = [], set()
        for v, s in found:
            if _EMERGENCY_SAID.search(_norm(s)):
                special.append((v, s))
            else:
                general.add(v)
        ways = {v for v, _ in special}
        if len(ways) == 1 and general and not ways & general and _tells_emergency(question):
            return Verdict(*special[0])
        return None
    return Verdict(found[0][0], found[0][1])


_EMERGENCY_SAID = lazy_compile(r"\bemergenc(?:y|ies)\b")


def leaning(question: str, sentence: str) -> str | None:
    """Which way a sentence about the question's action points, judged loosely (whoever its
    subject is): 'no' for a prohibition, 'yes' for a permission or, to a 'must ...?', an
    obligation; None when it states neither plainly."""
    question = untagged(question)
    if plain := uninverted(question):
        return _FLIP.get(leaning(plain, sentence) or "")
    modality = question_modality(question)
    # (a rule on gifts from others points nowhere for this gift; an FAQ's own question points nowhere)
    if modality is None or sentence.rstrip().rstrip("\"'\u201d\u2019 ").endswith("?"):
        return None
    if not same_action(question, sentence) or _giver_differs(question, sentence):
        return None
    polarity = (fact_polarity if modality == FACT else sentence_polarity)(sentence)
    # ("Staff are not expected to deal with messages at weekends" is no doubt that one may ring)
    if polarity == "negative" and modality == PERMISSION and NOT_REQUIRED.search(_norm(sentence)):
        return None
    if polarity == "negative":
        return "no"
    if (polarity == "permitted" and modality != FACT) or (polarity == "obliged" and modality != PERMISSION):
        return "yes"
    return None


def councils_differ(question: str, verdict: Verdict, others: list[str]) -> bool:
    """For a No, whether another council's sentence permits the asked act in the same direction, its
    conditions set aside: one council's "Councillors should not ring or text officers outside office
    hours" beside another's "During Town Council events, councillors may contact the duty officer on
    the events phone at any time". A question that names no council may be asked of either, and a
    No would be wrong for the other. (Not when the question puts itself outside any terms: "...
    without the first one knowing".)"""
    if verdict.answer != "no" or _WITHOUT_ASKED.search(q := _norm(question)) or _UNSAID.search(q):
        return False
    # ("Officers will not attend party group meetings" beside another council's "Those who do attend
    # will not stay for any discussion of party political matters": attending is done there)
    # (for "can they attend?": "must the Clerk attend?" is not answered Yes by officers who choose to)
    attends = (
        question_modality(question) == PERMISSION and _ATTEND in _families(question) and bool(meeting_kinds(question))
    )
    return any(
        _raw_polarity(s) == "permitted"
        and same_rule_verb(question, s)  # (the permitted act is the asked one: not "may meet the Clerk")
        and same_direction(question, s)
        and not _giver_differs(question, s)
        or attends
        and bool(_ATTENDANCE_SAID.search(_norm(s)))
        and bool(meeting_kinds(question) & _meetings_of(s))
        for s in others
    )


_ATTENDANCE_SAID = lazy_compile(
    r"\b(?:those|officers?|employees?|staff)(?: who| that) (?:do |does )?attend\b|"
    r"\battendance at (?:a |the |any |such )?(?:party |political )?(?:group|meeting)|"
    r"\b(?:officer|employee)'s attendance\b|"
    r"\bwhere (?:an? )?(?:officers?|employees?) (?:attends?|is present|are present)\b|\bat which they are present\b|"
    # ("Special care needs to be exercised if Officers are involved in providing information and advice
    # to a party group meeting which includes persons who are not Members")
    r"\b(?:officers?|employees?|staff) (?:are |is )?involved in (?:providing|giving) (?:information|advice)\b"
)


def contradicted(question: str, verdict: Verdict, neighbours: list[str]) -> bool:
    """Whether another sentence of the verdict's own clause points the other way on the same
    action ("The Chairperson may initiate correspondence in his/her own name." beside "Letters
    which ... give instructions on behalf of the Council should never be sent in the name of a
    member."): the clause then does not answer plainly, and a wrong Yes or No is the worst answer."""
    # ... and in the same direction: "all the members ... should be invited" says nothing against
    # "an officer is not obliged to attend".
    # A rule on using a thing for the question's purpose ("They should not be used for ... party
    # political ... activities") is not undone by what the clause allows in general ("The Council
    # can provide members with ... printing and photocopying"): only by a sentence on that purpose.
    at = neighbours.index(verdict.sentence) if verdict.sentence in neighbours else 0
    context = " ".join(neighbours[:at])  # what "They" in the rule stands for
    purpose = _use_rule(question, verdict.sentence, context) if question_modality(question) == PERMISSION else set()
    return any(
        s != verdict.sentence
        and leaning(question, s) not in (None, verdict.answer)
        and _may_concern(question, s)
        and (not purpose or purpose & _plain_words(s))
        and not _subject_narrowed_unsaid(question, s)
        for s in neighbours
    ) or (verdict.answer == "yes" and any(_refuses_the_thing(question, verdict.sentence, s) for s in neighbours))


# "Cash, gift cards and vouchers are always refused, whatever their value." beside "Staff may accept small
# gifts of up to £20": things the clause refuses by name, whatever its permission says of things in general.
_REFUSED = lazy_compile(
    r"\b(?:are|is|must be|will be|should be|to be)\s+(?:always\s+|politely\s+)?(?:refused|declined|returned)\b"
    r"|\bmust (?:always )?(?:refuse|decline|return)\b|\b(?:are|is) never (?:accepted|allowed)\b"
)


def _refuses_the_thing(question: str, permission: str, sentence: str) -> bool:
    """A sentence beside a permission refuses, by name, a thing the question asks about that the permission
    does not name ("vouchers" for "can staff accept a £10 amazon voucher?")."""
    refused = _REFUSED.search(_norm(sentence))
    if sentence == permission or not refused:
        return False
    # (the things it refuses, before its verb: not what it says of their value, "Gifts worth more than £20 must be
    # declined", which is the permission's own limit)
    # (its head nouns, before what narrows them: "Gifts from residents who have a planning application pending"
    # refuses some gifts, not residents)
    subject = re.split(_NARROWING, _norm(sentence)[: refused.start()], maxsplit=1)[0]
    things = _object_words(subject) - _VALUE_WORDS
    return bool((_object_words(question) & things) - _object_words(permission))


_NARROWING = r"\b(?:from|who|which|that|of|with|by|to|in|on|for|whose|where|when|if|worth|valued|over|under|above)\b"
_VALUE_WORDS = frozenset(
    "worth valu value valued more less over under above below exceed exceeding amount cost price total".split()
)


# "Paragraph 7(a) does not apply to flowers sent when an officer is ill", "This does not prevent ...":
# an exception to a rule, said in a sentence of its own.
_EXCEPTS = lazy_compile(
    r"\b(?:does not|do not|doesn't|don't|shall not|will not) (?:apply|prevent|stop|cover)\b|\bare exempt\b|"
    r"\bis exempt\b|\bwith the exception of\b|\bexcept(?:ions?)?\b"
)


# The council's own words are no subject a rule and its exception share; "paragraph 7(a)" names a rule.
_COUNCIL_WORDS = frozenset("council councils town parish community district borough county".split())


_NAMES_A_RULE = lazy_compile(r"\b(?:paragraph|clause|section|rule|para)\s+\(?\d")


# "The only exception is the duty officer during a Council event": an exception to the rule said before.
_EXCEPTION_TO_THE_LAST = lazy_compile(
    r"^(?:- )?(?:the (?:only |one )?exceptions? (?:is|are|to this)|exceptions? (?:is|are|to this)|"
    r"this (?:rule |paragraph )?does not apply)\b"
)


def excepted(question: str, verdict: Verdict, others: list[str]) -> bool:
    """Whether another sentence of the same protocol makes an exception that names what the question
    names and the verdict's rule does not ("Officers must not accept gifts or hospitality from
    councillors." and, a paragraph later, "Paragraph 7(a) does not apply to flowers sent when an
    officer is ill or bereaved", for "may an officer accept flowers from councillors while off
    ill?"): the rule then does not answer plainly."""
    ruled = _content(verdict.sentence) - _COUNCIL_WORDS
    asked = _content(question) - ruled
    # (an exception to this rule: one that names it, "Paragraph 7(a) does not apply ...", or is about
    # what it is about; not "Council publicity will not promote individual Members, except ...")
    return (
        any(
            s != verdict.sentence
            and _EXCEPTS.search(_norm(s))
            and asked & _content(s)
            and (ruled & _content(s) or _NAMES_A_RULE.search(_norm(s)) or _EXCEPTION_TO_THE_LAST.match(_norm(s)))
            for s in others
        )
        or _only_some_elsewhere(question, verdict, others)
        or _prohibited_elsewhere(question, verdict, others)
        or _giver_barred_elsewhere(question, verdict, others)
    )


_NAMED_GIVERS = lazy_compile(
    r"\b(contractors?|suppliers?|firms?|compan(?:y|ies)|developers?|applicants?|bidders?|tenderers?|consultants?|"
    r"businesses)\b"
)


def _giver_barred_elsewhere(question: str, verdict: Verdict, others: list[str]) -> bool:
    """A Yes from a permission to accept gifts that names no giver ("Staff may accept a modest gift worth no
    more than £20") beside a rule of the same protocol that bars gifts from the giver the question names
    ("Any gift or hospitality offered by a contractor or supplier must be declined, whatever its value"):
    the permission is not plainly for that giver."""
    if verdict.answer != "yes" or not (asked := _NAMED_GIVERS.search(_norm(question))):
        return False
    if _NAMED_GIVERS.search(_norm(verdict.sentence)):
        return False
    giver = asked.group(1).rstrip("s")[:6]
    return any(
        s != verdict.sentence
        and re.search(rf"\b{giver}", _norm(s))
        and re.search(r"\b(?:gifts?|hospitality|presents?)\b", _norm(s))
        and (_raw_polarity(s) == "negative" or re.search(r"\b(?:declined?|refused?|returned?)\b", _norm(s)))
        for s in others
    )


def _prohibited_elsewhere(question: str, verdict: Verdict, others: list[str]) -> bool:
    """A Yes from a general permission ("Members may see any Council document that they need to carry
    out their role") beside a prohibition of the same act in the same protocol, narrowed to a case the
    question names and the permission does not ("A Member must not ask for, or see, information about
    a matter in which they have a disclosable pecuniary interest", for "can I see the papers on an
    item where i have a DPI?"): not plainly Yes. The case is the prohibition's own narrowing after its
    modal ("in which", "where", "who" ..., to a comma or an "unless") and shares at least two words
    with the question that are not the act's (one shared word was a coincidence in 11 of 11 right
    Yeses it silenced on the read sets); a question that says it is not the case is not."""
    if verdict.answer != "yes" or sentence_polarity(verdict.sentence) != "permitted":
        return False
    # (council jargon with what it means beside it, as the search reads it: "an item where i have a DPI")
    q = _norm(with_jargon_explained(question))
    if _SAYS_NOT.search(q):
        return False
    acts = _families(verdict.sentence)
    permitted = _content(verdict.sentence)
    asked = _content(q) - permitted - _COUNCIL_WORDS
    for s in others:
        if s == verdict.sentence or _raw_polarity(s) != "negative" or not acts & _families(s):
            continue
        plain = _norm(s)
        neg = _NEGATIVE.search(plain) or _NO_ONE.search(plain)
        case = _NARROWED_TO.search(re.split(r";", plain[neg.end() :] if neg else plain)[0])
        if not case:
            continue
        narrowed = re.split(r"[,;]|\b(?:unless|except|other than)\b", case.group(1))[0]
        if len(asked & (_content(narrowed) - _families_words(s))) >= 2:
            return True
    return False


# A prohibition's own narrowing: "... information about a matter in which they have a disclosable
# pecuniary interest" (not "ensure that", "so that", "where possible").
_NARROWED_TO = lazy_compile(
    r"\b(?<!ensure )(?<!so )(?:in which|on which|where(?! (?:possible|appropriate|practicable|necessary)\b)|whose|"
    r"which|that|who|whom)\b(.+)"
)


# "Only the Chief Executive, Directors and the Monitoring Officer may be asked to brief a political
# group": who the rule lets do it, to its modal. Words any of them shares ("officer") name none.
_ONLY_SOME = lazy_compile(r"^(?:- )?only\b(.{2,80}?)\b(?:may|can|should|will|are allowed to|is allowed to)\b")


_STOP_NAMES = {"the", "and", "or", "a", "an", "of", "any", "other", "their", "its", "to", "for", "in", "on"}


def _only_some_elsewhere(question: str, verdict: Verdict, others: list[str]) -> bool:
    """A Yes from a general permission ("A political group may ask for an officer to brief it") beside
    a sentence of the same protocol that lets only some do the same act ("Only the Chief Executive,
    Directors and the Monitoring Officer may be asked to brief a political group"), for a question
    that names none of them ("... the head of leisure ..."): not plainly Yes."""
    if verdict.answer != "yes":
        return False
    acts = _families(verdict.sentence) - {_MEETING}
    ruled = _things(verdict.sentence)
    asked = _named_words(question)
    for s in others:
        only = _ONLY_SOME.match(_norm(s))
        # (the same act on the same thing: "may be asked to brief a political group" beside "may ask for
        # an officer to brief it"; not "Only the Leader may ask officers to prepare a policy report")
        if s == verdict.sentence or not only or not acts & _families(s) or not ruled & _things(s):
            continue
        if not asked & _named_words(only.group(1)):
            return True
    return False


def _things(text: str) -> set[str]:
    """What a sentence is about, without its verbs and the people it names ("factual information about
    their ward": factual, information, ward)."""
    return _object_words(text) - _families_words(text) - _COUNCIL_WORDS - _GENERAL_ROLES - {"only"}


def _named_words(text: str) -> set[str]:
    """The words that name who a rule is for ("the chief executive, directors and the monitoring
    officer": chief, executive, director, monitoring), plurals as singulars, without those any of them
    shares ("officer")."""
    words = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", text.lower())}
    # (a clerk is one post, and what a group may do is another's rule: those still name someone)
    return words - (_GENERAL_ROLES - {"clerk", "clerks", "group", "groups"}) - _STOP_NAMES
