"""Withholding when the circumstances differ: the meeting, the place or room, the channel (phone,
email, social media), the time, period, notice or duration, in public or in private, alone or
with others."""

from __future__ import annotations

import re

from assistant.clock import asked_hour, ruled_hours, within
from assistant.verdict.action import (
    _NUMBER,
    _NUMBER_WORDS,
    _PLATFORM,
    _THOSE,
    _THOSE_TIMES,
    _channels,
    _when_named,
    meeting_kinds,
)
from assistant.verdict.polarity import _object_words, _raw_polarity
from assistant.verdict.question import _asked_families, _own_clause, _predicate
from assistant.verdict.words import _ROLE_RE, _STOP, _families, _norm, _said_again, _stem, _time_words, _words
from index.units import sentences as split_sentences
from ingest.lazy_regex import lazy_compile

_OUTSIDE_THOSE_TIMES = lazy_compile(rf"\boutside (?:of )?{_THOSE}")


_DAY_PARTS = {"morning": (5.0, 12.0), "afternoon": (12.0, 18.0), "evening": (18.0, 24.0)}


_PARTS_OF_DAY = frozenset(_DAY_PARTS)


# A rule limited to acting for the Council ("must not issue press statements in the name of the
# Council unless ..."), and a question that says it acts for it.
_COUNCIL_WORD = r"(?:(?:town|parish|community|city|district|borough|county) )?council"


_FOR_THE_COUNCIL = lazy_compile(
    rf"\b(?:in the name of|on behalf of|for and on behalf of) (?:the |this )?{_COUNCIL_WORD}\b|"
    rf"\bin the {_COUNCIL_WORD}'?s name\b|\bas the {_COUNCIL_WORD}'?s (?:view|position|statement)\b"
)


_ASKS_FOR_THE_COUNCIL = lazy_compile(
    rf"\b(?:in the name of|on behalf of|for|as|speaking for|representing) (?:the |our |my )?{_COUNCIL_WORD}\b|"
    rf"\b{_COUNCIL_WORD}'?s (?:name|behalf|view|position)\b|\bofficial(?:ly)?\b|"
    r"\bcouncil (?:statement|press release|letterhead|headed paper)\b"
)


def _for_the_council_unsaid(question: str, sentence: str) -> bool:
    """A prohibition on acting in the Council's name says nothing of acting for oneself: "must not
    issue press statements in the name of the Council" and "can i talk to the press about a council
    decision?" (many protocols let members speak to the press as themselves)."""
    ruled = re.split(r"\b(?:unless|except|other than)\b", _norm(sentence))[0]
    return (
        bool(_FOR_THE_COUNCIL.search(ruled))
        and _raw_polarity(ruled) == "negative"
        and not _ASKS_FOR_THE_COUNCIL.search(_norm(question))
    )


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday".split())


def _weekday_for_a_weekend_rule(question: str, sentence: str) -> bool:
    """A rule for weekends (and bank holidays) says nothing of a weekday the question names: "must not
    contact the Clerk at weekends ... unless there is an emergency" and "can i phone the clerk at 11am
    on a tuesday?" (a place in the question that shares a word with the rule's example, "aldercott"
    and "Aldercott Green", is no evidence that it does)."""
    said = _time_words(sentence)
    if "weekend" not in said or "evening" in said or _when_named(sentence) & _WEEKDAYS:
        return False
    named = _when_named(question)
    return bool(named & _WEEKDAYS) and not named & {"saturday", "sunday", "weekend"}


def _times_unsaid(question: str, sentence: str, context: str) -> bool:
    """The sentence's times are said before it ("at those times") and the question names a time
    that text does not plainly include, or the text is not at hand. A clock time must be within
    the hours the text gives; a part of the day must be the only one the text names ("Monday
    mornings and Friday afternoons" leaves a Monday afternoon open)."""
    if not _THOSE_TIMES.search(_norm(sentence)):
        return False
    # "must not contact staff outside those hours": a rule for the other times, which speaks only to
    # a time plainly outside the hours the text gives (a clock time beyond them, or an evening or a
    # weekend the text does not name); "at 10am on a monday" is no case of it.
    if _OUTSIDE_THOSE_TIMES.search(_norm(sentence)):
        hour, hours = asked_hour(question), ruled_hours(context)
        if hour is not None:
            return not hours or within(hour, hours)
        return not (_time_words(question) - {"out_of_hours"}) or bool(_time_words(context) - {"out_of_hours"})
    asked, said = _when_named(question), _when_named(context)
    if not asked and asked_hour(question) is None:
        return False
    if not asked <= said:
        return True
    if (asked & _PARTS_OF_DAY) and (said & _PARTS_OF_DAY) - asked:
        return True
    if (hour := asked_hour(question)) is not None:
        # (hours the text gives, or else the part of the day it names: "Tuesday mornings" and 10am)
        hours = ruled_hours(context) or [_DAY_PARTS[part] for part in said & _PARTS_OF_DAY]
        return not hours or not within(hour, hours)
    return False


# "the meeting may be held in Council-owned premises": the meeting the clause has named before.
_THAT_MEETING = lazy_compile(
    r"\b(?:the|such|that|this|these|those) meetings?\b(?!\s+(?:rooms?|points?|places?|spaces?|venues?|halls?))"
)


def _meetings_of(sentence: str, context: str = "") -> set[str]:
    """The kinds of meeting a sentence is about: those it names, or for "the meeting" those its
    clause named before it (`context`)."""
    kinds = meeting_kinds(sentence)
    if not kinds and context and _THAT_MEETING.search(_norm(sentence)):
        # (the nearest sentence before that names a kind: "Group meetings are private ... If a member
        # arranges a public meeting ... the meeting may be held ...": the public one)
        kinds = next((k for before in reversed(split_sentences(context)) if (k := meeting_kinds(before))), set())
    return kinds


def party_meeting_differs(question: str, sentence: str, context: str = "") -> bool:
    """One of the question and the sentence is about a party group's meeting and the other about
    another kind ("our labour group meeting" and "If a local member intends to arrange a public
    meeting ..."): a group's meeting is its own regime in these protocols (officers come when invited
    and advise on council business only), so such a sentence is no quote for the question. Other
    kinds are near enough to quote (criticism "at a meeting of the Council" for a committee)."""
    kinds, asked = _meetings_of(sentence, context), meeting_kinds(question)
    return bool(kinds and asked) and not kinds & asked and "group" in kinds | asked


def meeting_differs(question: str, sentence: str, context: str = "") -> bool:
    """The sentence is about one kind of meeting and the question about another ('refuse to attend
    group meetings' and 'refuse to attend a full council meeting'). A sentence that names no kind
    but says "the meeting" is about the kind its clause named before ("If a local member arranges a
    public meeting ... An officer may attend": not a party group's meeting)."""
    kinds, asked = _meetings_of(sentence, context), meeting_kinds(question)
    # ... and a question about a committee's work ("a report for the finance committee") is about
    # a committee, not a party group.
    if re.search(r"\b(?:sub-)?committees?\b", _norm(question)) and not re.search(r"\bcommittees?\b", _norm(sentence)):
        asked.add("committee")
    return bool(kinds and asked) and not kinds & asked


# What a question asks someone to go to: "go to the pub with councillors after a meeting".
_GOES_TO = lazy_compile(
    r"\b(?:attend|attending|go|going|goes|come|coming|comes|turn up|turning up|pop along|be present|be)"
    r"(?: along)? (?:to|at) ((?:[\w.:'-]+ ){0,4}[\w.:'-]+)"
)


_AFTER_PLACE = lazy_compile(r"\b(?:with|after|before|following|on|in|at|for|during|when|if|because|so|and|or)\b")


_MEETING_LIKE = lazy_compile(
    r"\b(?:meetings?|surgery|surgeries|briefings?|sessions?|events?|groups?|council|committees?|cabinet|forums?|"
    r"hustings|assembly|panels?|interviews?|training|consultations?|hearings?|inquiry|appeals?|it|them|one)\b"
)


def _attends_elsewhere(question: str, sentence: str, context: str = "") -> bool:
    """The question asks about going somewhere that is no meeting ("is it ok for the clerk to go to
    the pub with councillors after a meeting?") and the sentence is about attending a meeting ("An
    officer may attend but is not obliged to do so, and the meeting may be held ..."): another act."""
    asked = _predicate(question)
    goes = _GOES_TO.search(asked)
    # (what is gone to, not when or with whom: "the pub" of "the pub after a meeting")
    # ("the village hall for the public meeting i've arranged": gone to for a meeting)
    if not goes or _MEETING_LIKE.search(_AFTER_PLACE.split(goes.group(1))[0]):
        return False
    if re.search(r"\bfor (?:the |a |an |our |my )?(?:[a-z'-]+ ){0,2}?" + _MEETING_LIKE.pattern, asked[goes.start(1) :]):
        return False
    return bool(re.search(r"\battend", _norm(sentence))) and bool(
        re.search(r"\bmeetings?\b", _norm(sentence)) or _meetings_of(sentence, context)
    )


# Places a visit is to. A rule on some kinds ("a Council site, depot or school") says nothing of
# another ("the clerk's office"); premises, buildings and land are every kind.
_PLACE_KINDS = {
    "office": r"offices?(?! hours)|town hall|reception",
    "depot": r"depots?|yards?|workshops?",
    "site": r"sites?",
    "school": r"schools?",
    "home": r"homes?|houses?",
    "park": r"parks?|play areas?|playgrounds?|cemetery|cemeteries|allotments?",
    "venue": r"librar(?:y|ies)|museums?|(?:leisure|community|sports?) cent(?:re|er)s?|swimming pools?|pavilions?",
}


_PLACE_PATTERNS = {kind: lazy_compile(rf"\b(?:{words})\b") for kind, words in _PLACE_KINDS.items()}


_ANY_PLACE = lazy_compile(r"\b(?:premises|buildings?|land)\b")


def _places(text: str) -> set[str]:
    t = _norm(text)
    return set() if _ANY_PLACE.search(t) else {kind for kind, p in _PLACE_PATTERNS.items() if p.search(t)}


_VISITING = lazy_compile(
    r"\b(?:visit\w*|turn(?:ing|s)? up|(?:drop|pop|nip)(?:ping|s)? (?:in|into|round|by)|call(?:ing|s)? (?:in|round|at)|"
    r"unannounced|enter(?:s|ing|ed)?)\b"
)


def _place_differs(question: str, sentence: str) -> bool:
    """The question is about visiting one kind of place and the rule about visiting others only
    ("just turn up at the clerk's office ...?" and "Members wishing to visit a Council site, depot
    or school ... should not turn up unannounced")."""
    if not (_VISITING.search(_norm(question)) and _VISITING.search(_norm(sentence))):
        return False
    ruled, asked = _places(sentence), _places(question)
    return bool(ruled and asked) and not ruled & asked


def _channel_differs(question: str, part: str) -> bool:
    """ "can I email the clerk at weekends?" is not answered by a rule on telephoning or visiting at
    weekends: a question about one way of getting in touch, a rule about others only."""
    # The question's way of getting in touch is its verb, with someone after it ("email the clerk",
    # "ring him"), not a thing it names ("the laptop for personal emails").
    own = re.sub(r"\bcall(?:ing|ed)? (?:an? |the )?(?:\w+ )?meeting\b", " ", _own_clause(_predicate(question)))
    contact = re.findall(
        r"\b([a-z-]+)\s+(?:the|a|an|my|our|their|him|her|them|one|any|" + _ROLE_RE.pattern[3:-3] + r")\b", own
    )
    # ... or says how: "contact the clerk by email", "send the clerk an email", "pop in to see her".
    how = re.findall(
        r"\bby (e-?mail|phone|telephone|text|letter|post)\b|\bsend \w+ (?:an? )?(e-?mail|text|message)\b|"
        r"\b(pop in|drop in|call in|call round|call by|pop round|nip round|drop round|come round|go round|"
        r"pop into|drop into|nip into|call into)\b",
        own,
    )
    # ... or, getting in touch, where: "contact the clerk through facebook" (not "film the officer and
    # stick it on my facebook page").
    if re.search(r"\b(?:contact\w*|get in touch|reach|messag\w*)\b", own):
        how += [(m,) for m in re.findall(rf"\b(?:through|via|on|using) (?:\w+ ){{0,2}}?({_PLATFORM})\b", own)]
    # (each found apart: "call" before "the clerk" and "in" before "the evening" are no "call in")
    asked = _channels(" . ".join(contact + [w for g in how for w in g if w]))
    if not asked and re.search(r"\b(?:contact|get in touch|reach)\b", own):
        asked = {"any"}  # in touch by any way: a rule on one way does not answer it
    ruled = _channels(part)
    # "must not contact officers at home, for example by phoning them": a rule on contact is on every way.
    rule = _norm(part)
    generic = re.search(r"\bcontact\w*\b|\bget in touch\b|\bany means\b|\bcommunicat\w*\b", rule)
    by_one = re.search(
        r"\b(?:contact\w*|get in touch)\b[^.;,]{0,40}\bby (?:e-?mail|phone|telephone|text|letter|post)\b|"
        # ("contact them through personal social media accounts": one way, not the texting asked of)
        rf"\b(?:contact\w*|get in touch)\b[^.;,]{{0,40}}\b(?:through|via|on|using) (?:\w+ ){{0,2}}?{_PLATFORM}\b",
        rule,
    )
    if generic and not by_one:
        return False
    return bool(asked and ruled and not asked & ruled)


_ONLY_EMERGENCY = lazy_compile(
    r"\bonly (?:in|for|when there is|where there is) (?:a |an )?(?:genuine |real |true )?(?:emergency|emergencies)\b"
)


# Where an emergency is, when the rule says ("an emergency at a council building or open space"), and
# somewhere of no council's the question names.
_WHERE_AFTER = lazy_compile(r"\s+(?:at|on|in|affecting|involving|concerning)\b")


_PRIVATE_PLACE = lazy_compile(
    r"\b(?:[a-z]+'s|my|his|her|their|our|your|a|someone's) (?:own |private |neighbour's )?"
    r"(?:house|home|garden|flat|bungalow|cottage|farm|shop|business|car|driveway)\b|\bprivate (?:property|land)\b"
)


def _emergency_elsewhere(question: str, sentence: str) -> bool:
    """A rule for an emergency at one kind of place ("... but only for an emergency at a council building
    or open space") and a question that tells of one somewhere of no council's ("a burst pipe at a
    resident's house"); or an exception for an emergency at a building and a question that tells of one
    out of doors ("unless there is an emergency at a Council building" and "the recreation ground is
    flooding")."""
    said, asked = _norm(sentence), _norm(question)
    emergency = _ONLY_EMERGENCY.search(said)
    if emergency and _WHERE_AFTER.match(said, emergency.end()) and _PRIVATE_PLACE.search(asked):
        return True
    return bool(_EMERGENCY_IN_A_BUILDING.search(said) and _OUT_OF_DOORS.search(asked) and not _A_BUILDING.search(asked))


_EMERGENCY_IN_A_BUILDING = lazy_compile(
    r"\b(?:unless|except|other than|only|save)\b[^.;]{0,40}?\bemergenc(?:y|ies) (?:at|in|inside|affecting|involving) "
    r"(?:a |an |the |any |one of the )?(?:council(?:'s)? |council-owned |town |village |parish |community )?"
    r"(?:buildings?|premises|offices?|hall|pavilion|centre|depot)\b"
    r"(?! or (?:land|open spaces?|(?:a |an )?(?:open|public) spaces?|grounds?|parks?|sites?)\b)"
)
_OUT_OF_DOORS = lazy_compile(
    r"\b(?:recreation ground|rec|park|playing fields?|play area|playground|swings|cemetery|churchyard|allotments?|"
    r"field|road|lane|footpath|verge|green|common|woods?|river|brook|beck|stream|pond|car park|bus shelter|"
    r"open space)\b"
)
_A_BUILDING = lazy_compile(r"\b(?:building|premises|office|hall|pavilion|centre|depot|roof|pipe)\b")


_ROOM = lazy_compile(
    r"\b(?:in|at|inside|into|enter|entering|enters) (?:the |our |a )?((?:[a-z'-]+ ){0,3}?(?:room|chamber|parlour|"
    r"library|annexe|suite|lounge|"
    r"foyer|reception|kitchen|office|pavilion|hall|homes?|houses?|centre))\b"
)


_ROOM_HEADS = frozenset(_stem(w) for w in "hall room office centre home house".split())


# Whose a place is, which says nothing of which one it is: "the clerk's office", "the councillors' room".
_ROOM_PEOPLE = frozenset(
    "clerk clerks councillor councillors cllr member members officer officers mayor chair staff".split()
)


def _room_differs(question: str, sentence: str) -> bool:
    """A rule for one room and a question about another: "can i hold my ward surgery in the council
    chamber?" and "Councillors may hold ward surgeries in the Committee Room at the Town Hall"."""

    def key(place: str) -> set[str]:
        # (what says which one: "village" of "the village hall", "committee" of "the Committee Room"; a
        # place's head alone when nothing else does: "my home")
        words = {_stem(w) for w in _words(place)} - _STOP
        named = {_stem(w) for w in _words(place) if w.rstrip("'s") not in _ROOM_PEOPLE} - _STOP - _ROOM_HEADS
        return named or words & _ROOM_HEADS or words

    asked = [key(m.group(1)) for m in _ROOM.finditer(_said_again(_norm(_predicate(question))))]
    said = [key(m.group(1)) for m in _ROOM.finditer(_said_again(_norm(sentence)))]
    return bool(asked and said) and not any(a & b for a in asked for b in said)


_IN_PUBLIC = lazy_compile(r"\bin public\b|\bpublicly\b|\bat (?:a |any )?public meetings?\b")


_IN_PRIVATE = lazy_compile(
    r"\bin private\b|\bprivate (?:meeting|session|chat|conversation|word)\b|\bprivately\b|\bclosed session\b|"
    r"\bin confidence\b|\bone[- ]to[- ]one\b|\bexempt (?:item|session|part)\b|\bpublic (?:are|were) excluded\b"
)


def _private_for_a_public_rule(question: str, sentence: str) -> bool:
    """A rule on doing something in public and a question about doing it in private ("can members
    raise an officer's conduct in a private meeting?" and "The Code prohibits Members raising matters
    related to the conduct ... of employees in public"): the question is outside its case."""
    s, q = _norm(sentence), _norm(question)
    if not _IN_PRIVATE.search(q) or _IN_PRIVATE.search(s):
        return False
    # (the part of the sentence that says "in public" and acts as the question asks: not "Members
    # should not telephone the Clerk at home, or criticise officers in public" for a phone call)
    asked = _asked_families(question)
    segments = re.split(r",\s*(?:or|and|but|nor)\s+|;\s*", s)
    return any(_IN_PUBLIC.search(seg) and (asked & _families(seg) or len(segments) == 1) for seg in segments)


_ALONE = lazy_compile(r"\bon (?:their|his|her|its) own\b|\bby (?:themselves|himself|herself|itself)\b|\balone\b")


_WITH_OTHERS = lazy_compile(
    r"\bas (?:part|a member|one) of (?:the|a|an) (?:[a-z'-]+ ){0,2}?(?:panel|committee|sub-committee|group|board)\b|"
    r"\bwith the (?:rest of the )?(?:[a-z'-]+ ){0,2}?(?:panel|committee|sub-committee|board)\b"
)


def _with_others_for_a_rule_alone(question: str, sentence: str) -> bool:
    """A rule on acting alone ("should not attempt to deal with grievances ... on their own") and a
    question about acting with others ("can the chair deal with the clerk's grievance as part of the
    HR panel?"): outside its case."""
    return bool(_ALONE.search(_norm(sentence)) and _WITH_OTHERS.search(_norm(question)))


_UNIT_MINUTES = {"minute": 1, "min": 1, "mins": 1, "hour": 60, "hr": 60, "hrs": 60, "day": 480, "week": 2400}


_HOW_MANY = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "half an": 0.5, "half a": 0.5}


_DURATION = r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|half an|half a)[ -](minute|min|mins|hour|hr|hrs|day|week)s?\b"


_MORE_THAN_DURATION = lazy_compile(rf"\b(?:more than|over|longer than|in excess of) {_DURATION}")


_ASKED_DURATION = lazy_compile(rf"\b{_DURATION}")


def _minutes(amount: str, unit: str) -> float:
    return float(_HOW_MANY.get(amount, amount)) * _UNIT_MINUTES[unit]


_NOTICE = lazy_compile(
    r"\b(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|thirty|a|an) )?"
    r"(?:(?:clear|working|calendar) )?(days?|weeks?|fortnights?|months?)(?:'s?)? notice\b"
)


_MONTHS = lazy_compile(
    r"\b(january|february|march|april|may(?= \d)|(?<=\d )may|june|july|august|september|october|november|december)\b"
)


_SPAN_OF_TIME = lazy_compile(
    # (and a time one has: "do we have 28 days to record it?")
    r"\b(?:within|in|by|after|before|for|every|each|have|has|get|gets|got|given|up to) "
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|\d+) "
    r"(?:working |clear |calendar )?(day|week|fortnight|month|year)s?\b"
)


def _count_of(word: str | None) -> str:
    """A count as digits: "a", "an", "one" or none said is 1, "ten" is 10."""
    return "1" if word in (None, "", "a", "an", "one") else _NUMBER_WORDS.get(word, word)


def _period_differs(question: str, sentence: str) -> bool:
    """The question names a month or a period the rule does not ("by november?" and "by 31 October", "within
    a fortnight?" and "within one month"): whether one is inside the other is not the rule's plain word."""
    q, s = _norm(question), _norm(sentence)
    asked, said = set(_MONTHS.findall(q)), set(_MONTHS.findall(s))
    if asked and said and not asked & said:
        return True

    def periods(text: str) -> set[tuple[str, str]]:
        return {(_count_of(n), u) for n, u in _SPAN_OF_TIME.findall(text)}

    asked_p, said_p = periods(q), periods(s)
    return bool(asked_p and said_p and not asked_p & said_p)


_WEEKDAY = lazy_compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)s?\b")


_DAYS_BEFORE = lazy_compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|twenty-one|twenty-eight|28) "
    r"(?:clear |working |calendar )?days?\b"
)


def _days_to_count(question: str, sentence: str) -> bool:
    """The question gives days of the week ("the meeting is on thursday and the agenda went out on
    tuesday") and the rule a number of days ("at least three clear days before each meeting"): whether
    one is within the other is counting the rule does not do."""
    return len(set(_WEEKDAY.findall(_norm(question)))) >= 2 and bool(_DAYS_BEFORE.search(_norm(sentence)))


def _notice_differs(question: str, sentence: str) -> bool:
    """The question gives a notice period and the rule another: "with only a week's notice?" and "giving
    at least ten working days' notice". Whether one is enough is arithmetic the rule does not do."""
    asked, said = _NOTICE.search(_norm(question)), _NOTICE.search(_norm(sentence))
    if not asked or not said:
        return False

    def days(m: re.Match[str]) -> tuple[str, str]:
        return _count_of(m.group(1)), m.group(2).rstrip("s")

    return days(asked) != days(said) or ("working" in asked.group(0)) != ("working" in said.group(0))


def _duration_outside(question: str, sentence: str) -> bool:
    """A rule for things that take more than a time ("Where a request would take more than an hour of
    staff time, ... the Clerk may refer it ...") and a question about one that takes less ("can I
    refer a 20 minute request ...?"): outside its case."""
    ruled, asked = _MORE_THAN_DURATION.search(_norm(sentence)), _ASKED_DURATION.search(_norm(question))
    if not ruled or not asked:
        return False
    # (a question about the rule's own case: "a road closure of more than five days")
    if (over := _MORE_THAN_DURATION.search(_norm(question))) and _minutes(over.group(1), over.group(2)) == _minutes(
        ruled.group(1), ruled.group(2)
    ):
        return False
    return _minutes(asked.group(1), asked.group(2)) <= _minutes(ruled.group(1), ruled.group(2))


# A permission up to a number of things ("may ask for up to four officer briefings a year"; not money or
# a time, which `amount_verdict` and `_duration_outside` read), and a question that counts what it has
# had, or asks for more ("we've had 4 already, can we ask for one more?").
_UP_TO = r"\b(?:up to|no more than|not more than|a maximum of|at most)\s+"


_COUNT_LIMIT = lazy_compile(
    rf"(?<!£){_UP_TO}{_NUMBER.pattern}\s+"
    r"(?!(?:working |clear |calendar )?(?:minutes?|hours?|days?|weeks?|months?|years?|pounds?|per ?cent|%)\b)"
    r"([a-z'-]+)(?: ([a-z'-]+))?"
)


_NOT_A_THING = {"to", "at", "for", "a", "an", "the", "per", "in", "of", "each", "on", "from", "and", "or", "with"}


def _count_limit_asked(question: str, sentence: str) -> bool:
    """A rule that allows up to a number of things and a question that counts them ("had 4 officer
    briefings") or asks for more ("one more", "another briefing"): whether it is within the number is
    the question's arithmetic, not the rule's plain words."""
    limit = _COUNT_LIMIT.search(_norm(sentence))
    if not limit:
        return False
    # ("can each group have up to four briefings a year?" restates the limit: it counts nothing)
    asked = re.sub(rf"{_UP_TO}\S+", " ", _norm(question))
    things = "|".join(re.escape(_stem(w)) for w in limit.groups() if w and w not in _NOT_A_THING)
    if not things:
        return False
    counted = rf"(?:{_NUMBER.pattern}|another|more|extra|further)\s+(?:[a-z'-]+\s+)?(?:{things})"
    return bool(re.search(counted, asked) or re.search(r"\b(?:one|any|some) more\b|\banother one\b", asked))


# A prohibition for a period only: "during purdah", "in the run-up to the elections", "before polling day".
_PERIOD = lazy_compile(
    r"\b(?:during|in the (?:immediate )?run-up to|in the (?:\w+ )?(?:weeks?|months?|days?) (?:before|leading up to)|"
    r"before|after|until) (?:the |a |an |any )?((?:[a-z'-]+ ){0,3}?(?:purdah|pre-election period|election period|"
    r"elections?|polling day|notice of election|campaign|recess|holidays?|leave|consultation(?: period)?))\b"
)


_FAR_FROM_ELECTION = lazy_compile(
    r"\belections? (?:is|are|'s|isn't|aren't)? ?(?:ages|months|years|miles|a long way|well) ?(?:off|away)\b|"
    r"\b(?:nowhere near|not near|not close to|far from|(?<!not )long before|well before|months before|after) "
    r"(?:the |an |any |polling )?(?:elections?|polling day|purdah)\b|\bno elections? (?:coming up|due|soon|for)\b|"
    r"\belections? (?:is|are|was|were|'s|'re) (?:over|done|finished|past|last \w+|a \w+ ago)\b|"
    r"\belections? (?:isn't|aren't|isnt|arent|is not|are not|not) (?:for|until|till) (?:ages|months|years|a while|"
    r"a long time|next year)\b|\boutside (?:the |an? )?(?:pre-?)?election(?: period)?\b|\belection was\b"
)


_ELECTION_TIME = lazy_compile(r"\b(?:purdah|pre-?election|elections?|polling|campaign\w*|hustings|canvass\w*|ballot)\b")


def _period_unsaid(question: str, part: str) -> bool:
    """The part prohibits only during a period (an election's run-up, a recess, leave) that the
    question does not say it is in."""
    m = _PERIOD.search(_norm(part))
    if not m:
        return False
    period, q = m.group(1), _norm(question)
    if _ELECTION_TIME.search(period):
        # ("the elections are ages off", "nowhere near an election": the question is outside it)
        return not _ELECTION_TIME.search(q) or bool(_FAR_FROM_ELECTION.search(q))
    return not _object_words(period) & _object_words(q)
