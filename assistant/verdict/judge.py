"""The verdict of one sentence on one question: `sentence_verdict` runs the checks of the other
modules over each coordinated part, and gives a verdict only when the sentence says it plainly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.amounts import asked_amount, names_a_limit, sentence_limit
from assistant.clock import asked_hour, ruled_hours, within
from assistant.standing import not_the_rule
from assistant.verdict.action import (
    _DO_SO,
    _REFUSAL,
    _REQUEST,
    NOT_REQUIRED,
    _another_acts,
    _asked_act,
    _asked_in_relative,
    _asked_to_act,
    _asked_verb_word,
    _asks_act,
    _declines_what_is_refused,
    _expecting,
    _names_act,
    _names_all_but_the_verb,
    _numbers,
    _obliged_verb_asked,
    _opposite_acts,
    _other_rules_negated,
    _restricts_the_asked_verb,
    _same_act_restricted,
    _same_thing_ruled,
    _verb_at,
    _verb_is_the_rules,
    _verb_stems,
    _will_verb_asked,
    about_the_action,
    same_action,
    same_rule_verb,
)
from assistant.verdict.circumstances import (
    _attends_elsewhere,
    _channel_differs,
    _count_limit_asked,
    _days_to_count,
    _duration_outside,
    _emergency_elsewhere,
    _for_the_council_unsaid,
    _notice_differs,
    _period_differs,
    _period_unsaid,
    _place_differs,
    _private_for_a_public_rule,
    _room_differs,
    _times_unsaid,
    _weekday_for_a_weekend_rule,
    _with_others_for_a_rule_alone,
    meeting_differs,
)
from assistant.verdict.direction import (
    _OTHER_PERSON,
    _asker_text,
    _question_direction,
    direction,
    same_direction,
    speaker_role,
)
from assistant.verdict.exceptions import (
    _SCOPED,
    _carve_out,
    _caused_yes,
    _condition_denied,
    _every_case_asked,
    _example_of_the_exception,
    _exception_named,
    _exception_to_another,
    _not_required_as_a_rule,
    _only_case_unsaid,
    _only_others_named,
    _only_the_condition_shared,
    _only_verdict,
    _outside_the_case,
    _prohibition_verdict,
    _ruled_out,
)
from assistant.verdict.objects import _USED_FOR, _addressed, _object_overlaps, _use_rule, object_addressed, use_rule_for
from assistant.verdict.people import (
    _DEPUTIES,
    _GIFT,
    _ROUTE_VERBS,
    _SUCH,
    _agent_differs,
    _alone_untold,
    _applies_to_unsaid,
    _capacity_differs,
    _council_asked_of_a_role,
    _deputy_for_the_office,
    _election_differs,
    _election_only_when,
    _giver_differs,
    _not_in_a_group,
    _office,
    _office_differs,
    _office_for_any_staff,
    _only_for_asker,
    _only_one_of_two,
    _other_bodys_staff,
    _other_clerk,
    _other_half_unsaid,
    _others_than_an_office,
    _passive_subject_named,
    _post_differs,
    _rank_differs,
    _recipient_differs,
    _standing_differs,
    _subject_denied,
    _such_not_named,
    _taken_to_the_one_it_is_about,
    _told_to_someone_else,
    _two_identities_asked,
    _who_narrowed_unsaid,
)
from assistant.verdict.polarity import (
    _CONCESSION,
    _HEADLESS,
    _OBLIGED,
    _council_rules,
    _excused,
    _names_all_asked,
    _object_words,
    _passive_act,
    _plain_rule,
    _qualifiers,
    _raw_polarity,
    _run_fact_polarity,
    _tells_emergency,
    conditional_polarity,
    fact_polarity,
    main_clause,
    present_fact_polarity,
    sentence_polarity,
    sub_clauses,
    subject_rules,
)
from assistant.verdict.question import (
    _AUX,
    _BARRED,
    _LEAVE_NOUNS,
    _NEEDS_LEAVE,
    FACT,
    OBLIGATION,
    PERMISSION,
    _asked_families,
    _asks_refusal,
    _own_clause,
    _predicate,
    _two_questions,
    question_modality,
    uninverted,
    untagged,
)
from assistant.verdict.statements import (
    _limit_beside_its_record,
    _other_case,
    amount_verdict,
    route_verdict,
    statement_verdict,
)
from assistant.verdict.things import (
    _ASKS_SOMEONE,
    _CONTAINING,
    _FOR_COUNCIL_BUSINESS,
    _OWN_PURPOSE,
    _THINGS,
    _asked_only_as_excluded,
    _asking_for_unasked,
    _copied_to_others,
    _details_passed_on,
    _gift_named,
    _gift_way_differs,
    _kind_denied,
    _kind_differs,
    _kind_unsaid,
    _narrowing,
    _one_of_two_duties,
    _own_property,
    _owner_differs,
    _purpose_denied,
    _qualifier_unsaid,
    _value_unsaid,
    _veto_not_asked,
    _whose_differs,
    _whose_thing_differs,
    _within_the_limit,
)
from assistant.verdict.words import (
    _GIFT_THING,
    _ROLE_OF,
    _ROLE_RE,
    ROLES,
    VERB_FAMILIES,
    _content,
    _families,
    _families_words,
    _norm,
    _stem,
    _words,
    roles_in_order,
    starts_with_pronoun,
)
from ingest.lazy_regex import lazy_compile

_LEAVE_WORD = lazy_compile(rf"\b(?:without|unless|{_LEAVE_NOUNS}|approv\w*|agree\w*|authori[sz]\w*)\b")


# ... and for a reason asked about, a rule that asks for one ("for any reason other than council
# business", "For this reason, ..." do not)
_REASON_ASKED = lazy_compile(r"\b(?:reasons?|justification)\b")


_REASON_WORD = lazy_compile(
    r"\breasons? (?:for|why)\b|\bjustif\w*|\bneed to know\b|\bgive (?:a |the |their )?reasons?\b"
)


# "must not visit the depot without the Clerk's approval": the leave is needed, but read as a rule on
# visiting its No would answer "do i need the clerk's approval?" the wrong way round.
_WITHOUT_LEAVE = lazy_compile(r"\b(?:without|unless|except with)\b")


# A question of being barred that `uninverted` cannot put plainly ("are councillors barred from the
# closed session?", "... forbidden to ...", "is it forbidden for ..."): neither Yes nor No.
_BARRED_ASKED = lazy_compile(
    rf"\b{_BARRED} (?:from|to)\b"
    r"|\bnot (?:allowed|permitted) (?:from|to)\b|\bis it forbidden\b"
)


_STAFF_WHO = lazy_compile(
    r"(?:[a-z'-]+ ){0,3}(?:assistant|officer|clerk|caretaker|warden|lengthsman|groundsman|administrator|"
    r"receptionist|secretary|manager|staff|team|girl|lad|lady|guy)s?"
)


_MAY_I = (
    r"^(?:(?:can|could|may) i|am i (?:allowed|able|ok|okay) to|is it (?:ok|okay|alright|all right|fine)(?: for me)? to)"
)


_GIVE_TO_STAFF = lazy_compile(
    _MAY_I + r" (?:give|buy|get|send|drop|hand|bring|take) (?:in )?(?:the |a |an |our |my |one of the )?"
    r"(?P<who>[a-z' -]{2,40}?) (?P<thing>(?:a|an|some|the|my|this)\b[^?]*?)\s*\??$"
    r"|" + _MAY_I + r" (?:give|send|hand|bring|take) (?P<thing2>(?:a|an|some|the|my|this)\b[^?]*?) "
    r"(?:to|for|in for|round to|round for) (?:the |a |an |our |my |one of the )?(?P<who2>[a-z' -]{2,40}?)\s*\??$"
)


_GIVEN_THINGS = lazy_compile(
    r"\b(?:biscuits|flowers|cake|cakes|card|cards|wine|bottle|box|tickets?|bouquet|plant|hamper|£\d+|gift card)\b"
)


_RECEIVED = lazy_compile(r"\b(?:accept|accepts|accepted|receive|receives)\b")


# The asker saying they are someone else: "i run the village shop - can i give the clerk ...?"
_ASKER_IS_SOMEONE = lazy_compile(r"\b(?:i run|i own|i manage|i work (?:for|at|in)|i'm|i am|im)\b")


def _gift_as_received(question: str, sentence: str) -> str | None:
    """A councillor's 'can I give the clerk a bottle of wine?' put as the rule puts it, when the rule is
    about staff accepting gifts ("Staff must not accept gifts of any value from members"): 'can the
    clerk accept a bottle of wine from a councillor?'. None for any other question or rule."""
    # (the cheap tests first: this runs for every sentence a question is checked against)
    m = _GIVE_TO_STAFF.match(_predicate(question))
    if not m or not _RECEIVED.search(_norm(main_clause(sentence))):
        return None
    if speaker_role(question) not in (None, "member") or direction(main_clause(sentence))[0] != "officer":
        return None
    who, thing = (m.group("who"), m.group("thing")) if m.group("who") else (m.group("who2"), m.group("thing2"))
    # (a gift, not "a ring", "a lift home" or "a piece of my mind"; the asker's own, not "from the council")
    if not (_GIFT_THING.search(thing) or _GIFT.search(thing) or _GIVEN_THINGS.search(thing)):
        return None
    if re.search(r"\b(?:from|on behalf of)\b", thing) or (
        speaker_role(question) is None and _ASKER_IS_SOMEONE.search(_asker_text(question))
    ):
        return None
    # (a member of staff by a role word, or by a post when the rule is on staff in general: "the customer
    # services assistant" under "Staff must not accept ...", not under "The Clerk must not accept ...")
    role = _ROLE_RE.fullmatch(who)
    general = re.match(r"(?:- )?(?:all |any |council )?(?:staff|employees|officers)\b", _norm(main_clause(sentence)))
    if not (role and _ROLE_OF[who] == "officer" or not role and general and _STAFF_WHO.fullmatch(who)):
        return None
    told = _norm(question)[: len(_norm(question)) - len(_predicate(question))]
    return f"{told}can {'the ' + who if role else 'staff'} accept {thing} from a councillor?"


_FLIP = {"yes": "no", "no": "yes"}


_PRESENT_SUBJECT = lazy_compile(
    r"^(?:the |a |an |all |every |each |our )?(?P<role>officers?|employees?|staff|clerk|councillors?|"
    r"members?|mayor|chair(?:man)?)\s+(?!(?:who|that|which|of|for|in|at|on)\b)[a-z]+s?\b"
)


def _present_subject_asked(question: str, part: str) -> bool:
    """A present-tense statement's subject is a role, right after its article ("Officers acknowledge ...",
    "The Clerk attends ..."), and the question asks of that role, not of a deputy's or a narrower one's
    ("our deputy clerk ... does she attend ...?")."""
    m = _PRESENT_SUBJECT.match(_norm(main_clause(part)))
    if not m:
        return False
    role = m.group("role").rstrip("s")
    narrowed = rf"\b(?:{'|'.join(_DEPUTIES)}|senior|junior|chief|principal|head|planning|finance|legal)\s+{role}"
    return not re.search(narrowed, _norm(question))


_EXPECT_TO = lazy_compile(r"\bexpect to\b")


@dataclass(frozen=True)
class Verdict:
    answer: str  # "yes" | "no"
    sentence: str


_CONCEDED_AFTER = lazy_compile(r",\s+(?:although|though|whereas)\s+")


_THEY_DO_NOT = lazy_compile(r"^(?:- )?(?:but )?(?:they|he|she|he/she)\s+(?:do|does|are|is) not\b")


_SAME_SUBJECT_AGAIN = lazy_compile(
    r"^(?:- )?(?:but )?(?:they|he|she|he/she)\s+(?:should|must|may|might|can|cannot|will|shall|do|does|are|is)\b"
)


_REQUIRE = lazy_compile(r"\b(?:require|compel|insist|oblige|force|make)\b")


_ASKS_REQUIRE = lazy_compile(r"\b(?:require|required|compel|insist|oblige|force|forced|make|made|have to)\b")


# A question that goes against what a permission's "but must ..." requires ("can I speak to the
# press on behalf of the council?", "... without saying it's personal?").
_AGAINST = lazy_compile(
    r"\b(?:without|not|no|never|on behalf of|for the council|in the council's name|anonymous(?:ly)?)\b"
)


_POLITICAL_PURPOSE = lazy_compile(r"\b(?:party political|political|campaign\w*|election\w*|electioneering)\b")


_CAMPAIGN_ASKED = lazy_compile(
    r"\b(?:votes?|voters|election\w*|campaign\w*|canvass\w*|party|political|leaflet\w*|candidates?|"
    r"re-?elect\w*|polling|hustings?)\b"
)


_DUTY_OF_STAFF_ASKED = lazy_compile(
    rf"^{_AUX}(?: not)? (?:the |our |a |an |any |all )?(?:[a-z'-]+ ){{0,3}}?"
    r"(?:officers?|clerk|staff|employees?|chief officer|members? of staff)\b(?: [a-z ]+?)? (?:have|has|need) to\b"
)


def _part_verdict(
    question: str, modality: str, part: str, context: str = "", sentence_scoped: bool = False
) -> str | None:
    part = _only_for_asker(question, part)
    if (
        _other_case(question, part)  # ("... acknowledge ... within two working days and reply within ten")
        or _office_differs(question, part)
        or _election_differs(question, part)
        or _channel_differs(question, part)
        or meeting_differs(question, part)  # "... refuse requests to attend group meetings, but must attend ..."
        or _asking_for_unasked(question, part)
    ):
        return None
    # "can a councillor ask the clerk for a copy of the minutes?" is no case of "must not ask the
    # Clerk to undertake personal errands": the verb alone is no evidence. (A rule on using the thing
    # the question names for the purpose it names has its object addressed: "for my personal letters"
    # and "used for private purposes".)
    use_rule = modality == PERMISSION and bool(_use_rule(question, part, context))
    if not object_addressed(question, part) and not use_rule:
        return None
    if modality == PERMISSION and subject_rules(part) and (caused := _caused_yes(question, part)):
        return caused
    if modality == PERMISSION and (only := _only_verdict(question, part)):
        return only
    polarity = (fact_polarity if modality == FACT else sentence_polarity)(part) or conditional_polarity(question, part)
    present_subject = False
    if polarity is None and modality == FACT:
        polarity = _run_fact_polarity(question, part)
        # (a plain statement of what is answers only for all the question names: "Members are responsible
        # collectively for the decisions of the Council" says nothing of a group meeting's)
        if polarity is None and _names_all_asked(question, part):
            polarity = present_fact_polarity(part)
            # (its subject is a role with no modal after it: "Officers acknowledge an enquiry within 2
            # working days")
            present_subject = polarity is not None and _present_subject_asked(question, part)
    # ("do officers have to acknowledge my enquiry within 3 working days?" and "Employees will acknowledge
    # an enquiry within three working days ...": a protocol's "will" is what it commits them to)
    # (only what the other side must do: "will I have to wait longer for an answer?" is no duty of the asker's)
    # (and the verb after "have to" is the one after the part's "will": "does an officer have to turn up to
    # a public meeting ...?" is not answered by "Officers arranging a public meeting ... will invite ...")
    if (
        polarity is None
        and modality == OBLIGATION
        and (duty := _DUTY_OF_STAFF_ASKED.match(_predicate(untagged(_norm(question)))))
        and fact_polarity(part) == "obliged"
        and _will_verb_asked(duty.string[duty.end() :], part)
        # (to whom, when the question names someone the part does not: "reply to residents")
        and not (
            (other := _OTHER_PERSON.search(duty.string[duty.end() :]))
            and not re.search(rf"\b{other.group(0)}", _norm(part))
        )
    ):
        polarity = "obliged"
    if polarity is None and modality == OBLIGATION and not sentence_scoped and _not_required_as_a_rule(part):
        polarity = "negative"  # "Officers are not normally expected to reply after 6pm": no, they need not
    # The Council as a body: only what it has no power to do, whose general class covers the case
    # ("may ask the Clerk to attend evening meetings" permits no weekend work).
    council_no = polarity == "negative" and _council_rules(question, part)
    # "No such meetings should be arranged or held in the immediate run-up to Council elections",
    # "Close personal familiarity should be avoided": a prohibition in the passive that names no one
    # forbids it to anyone, the asker too.
    impersonal = (
        polarity == "negative"
        and direction(part) == (None, None)
        and bool(_ANY_PASSIVE.search(_norm(part)))
        and not re.search(r"\bby\b", _norm(part))
        # (a rule on using a thing for a purpose is `_use_rule`'s: the purpose must be the question's)
        and not _USED_FOR.search(_norm(part))
        and _passive_subject_named(question, part)
    )
    # ("do agenda items have to reach the clerk eight clear days before?" and "Items for the agenda must
    # reach the Clerk at least eight clear days before the meeting": a rule on a thing, asked of the thing)
    thing_rule = polarity is not None and _same_thing_ruled(question, part)
    ruled_by_role = subject_rules(part) or present_subject
    if polarity is None or not (ruled_by_role or use_rule or council_no or impersonal or thing_rule):
        return None
    q = _norm(question)
    # "An officer may attend but is not obliged to" does not say whether one will.
    if modality == FACT and (polarity == "permitted" or NOT_REQUIRED.search(_norm(part))):
        return None
    # "not required to attend" answers "must I attend?", not "may I attend?".
    if modality == PERMISSION and NOT_REQUIRED.search(_norm(part)) and not _ASKS_REQUIRE.search(q):
        return None
    if not use_rule and not impersonal and not thing_rule and not same_direction(question, part):
        # "Must the Clerk attend?" is answered by "groups have no power to require the Clerk to attend".
        q_actor, _ = _question_direction(question)
        _, s_other = direction(part)
        reversed_require = (
            modality == OBLIGATION
            and polarity == "negative"
            and _REQUIRE.search(_norm(part))
            and q_actor is not None
            and q_actor == s_other
        )
        return "no" if reversed_require else None
    asks_refusal = _asks_refusal(question)
    # "can an officer refuse to answer at our briefing?" is not answered by "the Officer will not
    # tell another group": only a part about refusing says whether one may refuse.
    if asks_refusal and not _REFUSAL.search(_norm(part)):
        return None
    if polarity == "negative":
        # "should avoid posting during purdah" says nothing of posting at other times
        if (
            _period_unsaid(question, part)
            or _who_narrowed_unsaid(question, part)
            or _within_the_limit(question, part)
            or _qualifier_unsaid(question, part)
            or _kind_unsaid(question, part)
            or _whose_differs(question, part)
            or _purpose_denied(question, part)
        ):
            return None
        return _prohibition_verdict(question, modality, part)
    if modality == PERMISSION:
        # "can legitimately refuse" answers "can the clerk say no?"; not "can X make Y ...?".
        # (the refusing the rule permits, not a refusal its condition tells of: "If an officer refuses
        # a request for information, the councillor may ask the Monitoring Officer to review it";
        # "A member who is refused information may ask ...": the subject's own clause tells of it too)
        ruling = re.sub(r"\b(?:who|that|whose)\b.*?(?=\b(?:may|can|might|could)\b)", " ", main_clause(part), count=1)
        if re.search(r"\brefuse", ruling) and not asks_refusal:
            return None
        # "should resolve it privately" does not plainly permit what a "can I ...?" asks; "should
        # politely decline" does permit declining: what one should do, one may.
        if polarity == "obliged" and _obliged_verb_asked(q, part):
            return "yes"
        # "may ask the Lengthsman to look at a problem they have noticed in the parish" permits
        # nothing for "my garden": a council's permission is for council matters unless it says so.
        if _own_property(q) and not re.search(r"\b(?:own|private|privately|personal|home|house)\b", _norm(part)):
            return None
        # "is entitled to refuse a request from a member which would require the Clerk to act
        # unlawfully, ...": a permission for the narrowed case only, which the question must tell of
        # ("can the clerk refuse a councillor's request to send a letter?" does not)
        if polarity == "permitted" and (
            _qualifier_unsaid(question, part)
            or _only_case_unsaid(question, part)
            or _kind_differs(question, part)
            or _asked_only_as_excluded(question, part, verb=True)
        ):
            return None
        return "yes" if polarity == "permitted" else None
    # "... to express his/her own professional views ..., without favouring any political party view"
    # does not oblige the favouring a question asks about.
    if _asked_only_as_excluded(question, part):
        return None
    # ("will the clerk say when a full reply can be expected?" and "... will reply in full within seven
    # working days, or will say when ...": one of two things that will be done is not what will be)
    if (verb := _asked_verb_word(question)) and any(
        _stem(m.group(1)) == verb for m in re.finditer(r"\bor (?:(?:will|must|shall|should) )?([a-z]+)\b", _norm(part))
    ):
        return None
    # A rule that something must or will be done answers "will it?" / "must it?".
    return "yes" if polarity == "obliged" else None


# A part whose verb is the one before it: "... may attend but is not obliged to do so".
_DONE_SO = lazy_compile(r"\b(?:do|does|doing|did|done) so\b")


_LIST_MARK = lazy_compile(
    r"^(?:[-\u2022*]\s*)?(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+|(?:[a-z]|[ivx]{1,4})\.\s+)?", re.IGNORECASE
)


_LEANS = {"negative": "no", "permitted": "yes"}


_OFFICIAL_ONLY = lazy_compile(
    r"\bin (?:an|their|his|her|your|my) official (?:capacity|role)\b|\bon (?:council|official) business\b"
    r"|\bas (?:a |an )?(?:representatives?|officers?|employees?) of the council\b|\bduring working hours\b"
)


_PRIVATE_CASE = lazy_compile(
    r"\b(?:day off|days off|own time|spare time|free time|private(?:ly)?|personal capacity|as a private|"
    r"outside (?:of )?work|on holiday|at the weekend|in the evening)\b"
)


_ABOUT_ROLE = lazy_compile(r"\babout (?:the |other |individual |a |an |any |our |my |their )?" + _ROLE_RE.pattern)


_AT_MEETINGS = lazy_compile(r"\b(?:at|in|during) (?:a |the |any |all )?(?:[a-z]+ )?meetings?\b")


_IN_PUBLIC_PRINT = lazy_compile(
    r"\b(?:paper|newspaper|press|media|letter|facebook|twitter|social media|online|blog|radio|tv|leaflet|newsletter)\b"
)


_ASKED_TO = lazy_compile(
    r"\b(?:must|should|shall|will|may|can|cannot)(?: not|n't)? (?:be|being) (?:asked|required|expected|instructed|"
    r"told|pressed|pressured|pressurised) to\b"
)


_ANY_VALUE = lazy_compile(
    r"\b(?:whatever (?:its|their|the) value|regardless of (?:its|their|the )?value|of any value|however small|"
    r"including (?:those|ones|any|gifts?)|even (?:if|when|those|ones|a|small))\b"
)


_CIVIL_MANNER = lazy_compile(
    r"\b(?:courteous(?:ly)?|polite(?:ly)?|respectful(?:ly)?|calm(?:ly)?|constructive(?:ly)?|civil(?:ly)?|"
    r"professional(?:ly)?|reasoned)\b"
)


_UNCIVIL = lazy_compile(
    r"\b(?:rude(?:ly)?|aggressive(?:ly)?|angr(?:y|ily)|abusive(?:ly)?|impolite(?:ly)?|disrespectful(?:ly)?|"
    r"shout\w*|swear\w*|yell\w*|nasty|rant\w*|lose my temper|having a go|have a go|slag\w*|tear (?:into|a strip))\b"
)


_NARROWED_THING = lazy_compile(
    _THINGS + r"(?:(?:that|which)\s+(?:are|is|were|was|have|has|relate|relates|concern|concerns|contain|"
    r"contains|involve|involves)\b|" + _CONTAINING + r")([^,;]*)"
)


_ONLY_FOR = lazy_compile(
    r"\bfor ((?:[a-z'-]+ ){0,3}?[a-z'-]+) only\b|"
    r"\bonly for ((?:[a-z'-]+ ){0,3}?[a-z'-]+)(?=\s*(?:[.,;:]|$)|\s+(?:and|or|but|unless|except|if|when)\b)"
)


_EDITORS_NOTE = lazy_compile(
    r"\s*\[(?:inserted|amended|added|deleted|updated|revised|new|amendment|substituted|changed)\b[^\[\]]{0,80}\]",
    re.IGNORECASE,
)


_WITHIN_OWN = lazy_compile(
    r"\b(?:within|in|inside|for) (?:their|his|her|his or her|the member's|the councillor's) (?:own )?"
    r"(portfolio|remit|ward|division|area|service area|patch)\b"
)


_BUT_ONLY = lazy_compile(
    r"\bbut (?:must|should|shall|will|may|can|need to|needs to|have to|has to) (?:do so |be done |act )?only\b(.*)"
)


# A rule's label before its words: "Rule D8 No relative of a serving councillor may ...".
# (not "Section 151 Officers may ...": a post's name)
_RULE_LABEL = lazy_compile(r"^(?i:rule|para(?:graph)?|clause)\s+[A-Za-z]?\d{1,3}[a-z]?\.?\s+(?=[A-Z])")


# "can a journalist phone the clerk directly?": what someone outside the council does is no case of a
# protocol's rules on councillors and staff ("Staff must not speak to journalists ...").
_OUTSIDER_ACTS = lazy_compile(
    rf"{_AUX}\s+(?:(?:a|an|the|any|my|our|local)\s+)?(?:(?:job|external|unsuccessful)\s+)?"
    r"(?:journalists?|reporters?|the press|residents?|"
    r"members? of the public|the public|contractors?|suppliers?|developers?|constituents?|parishioners?|"
    r"villagers?|applicants?|candidates?)\b"
)


# A route the rule sets aside at its end: "... with the headteacher or the chair of governors, not with school
# staff."
_NOT_THIS_ROUTE = lazy_compile(
    r",\s*(?:and\s+)?not\s+(?:with|to|through|via)\s+((?:[a-z'-]+ ){0,5}?[a-z'-]+)\s*[.;]?\s*$"
)


_ROUTE_ASKED_LAST = lazy_compile(
    rf"\b{_ROUTE_VERBS}\b[^?.!;]*?\b(?:to|with|through|via) ((?:[a-z'-]+ ){{0,5}}?[a-z'-]+)\s*\??\s*$"
)


def _route_excluded(question: str, sentence: str) -> str | None:
    """A No for taking a matter to the one a rule's route sets aside: "should i raise a problem about an
    individual school with the school staff?" and "Members should raise issues about an individual school
    with the headteacher or the chair of governors, not with school staff" (the same act, the same side)."""
    excluded = _NOT_THIS_ROUTE.search(_norm(sentence))
    asked = _ROUTE_ASKED_LAST.search(_predicate(_norm(question)))
    if not excluded or not asked or _office(asked.group(1)) != _office(excluded.group(1)):
        return None
    if not same_action(question, sentence) or not same_direction(question, sentence):
        return None
    return "no"


# (not "Only in a genuine emergency should ...": that is a No to any other case, `_only_verdict`)
# Emergencies as what a rule's act is done about: "report emergencies such as ...", "an emergency
# should be reported to ..." (not an exception: "contact officers except in an emergency").
_EMERGENCY_OBJECT = lazy_compile(
    r"\b(?:report|ring|call|phone|telephone|contact|notify|alert)(?:s|ed|ing)?\s+"
    r"(?:(?!except\b|unless\b|other\b|only\b|in\b|for\b|apart\b|save\b|outside\b)[a-z'-]+\s+){0,2}?"
    r"(?<!non-)(?<!non )(?:emergencies|an emergency)\b(?! (?:line|number|phone|mobile|contact|planning|duty|team|"
    r"officer|service|plan)s?\b)"
    r"|(?<!non-)(?<!non )\b(?:emergencies|an emergency)\b[^.;]{0,40}?"
    r"\b(?:should|must|shall|will|may|can|are to|is to) be (?:reported|raised|notified|referred|phoned|rung)\b"
)


_EMERGENCY_CASE = lazy_compile(r"in (?:an?|any|the|a genuine|a real|cases? of) (?:genuine |real )?emergenc")


_PURPOSE_CLAUSE = lazy_compile(r",?\s+\b(?:so that|in order that)\b[^.;,]*", re.I)


_NO_ROLE_BUT = lazy_compile(
    r"\bno (?:role|say|vote|veto)\b[^.;]*\b(?:other than|except|beyond|apart from|save|unless)\b"
)


_EXCEPTION_FOLLOWS = lazy_compile(
    r",?\s+(?:(?:with|subject to) (?:one|a single|two|three|the following|these|this|an) exceptions?\s*[:\u2013\u2014]"
    r"|with the exception that)\s+",
    re.IGNORECASE,
)


def sentence_verdict(question: str, sentence: str, context: str = "") -> str | None:
    """'yes', 'no' or None: what the sentence says to the yes/no question, when it says it plainly
    about the same action in the same direction (each coordinated part judged on its own).
    `context`: the text before the sentence in its clause (what a pronoun subject stands for).
    Never from text that only reports a rule: a chat message, an opinion, an earlier version
    (`assistant.standing`)."""
    if not_the_rule(sentence):
        return None
    # "can AMCC give the minute secretary a £30 voucher at year end and can I also give her a bottle of wine?":
    # two yes/no questions, which one sentence does not answer both of.
    if _two_questions(question):
        return None
    # ("Officers do not attend meetings of political groups, with one exception: the Chief Executive
    # ... may attend ...": an exception, read as "except that")
    sentence = _EXCEPTION_FOLLOWS.sub(", except that ", sentence)
    # ("2(2) No individual councillor ... may give instructions to the Clerk": a clause number the parser did
    # not take for one is no part of the rule, and hides its "No individual councillor")
    sentence = _LEADING_NUMBER.sub("", sentence)
    # ("No single councillor, and that includes the Chairman, can give the Clerk instructions": no second clause
    # whose subject is the Chairman, but "including the Chairman")
    sentence = _THAT_INCLUDES.sub(r", including \1,", sentence)
    verdict = _verdict_of(question, sentence, context)
    # (a No is the rule's, not its exception's: "... unless there is an emergency affecting Council property, such
    # as vandalism at the playing field" for "... about vandalism at the playing field?")
    if verdict == "no" and _example_of_the_exception(question, sentence):
        return None
    if verdict == "yes" and _only_others_named(question, sentence):
        return None
    # "should i tell the clerk rather than the contractor?" asks about telling the clerk: a verdict
    # that comes only through what the question sets aside ("Members must not give instructions to
    # the ... contractor"; "can i instruct the contractor instead of the clerk?" - "Members may give
    # instructions to the Clerk.") is the set-aside act's, not the asked one's.
    if verdict and (plain := _without_set_aside(question)) != question:
        if _verdict_of(plain, sentence, context) != verdict:
            return None
    return verdict


_THAT_INCLUDES = lazy_compile(r", (?:and )?(?:that|this) includes ([^,;.]{1,60}),", re.I)
# (a label's form, "2(2)", "4.1", "3." or "3)", not a head count: "2 Members of the Council may call ...")
_LEADING_NUMBER = lazy_compile(r"^\s*\d{1,2}(?:(?:\.\d{1,3})+\.?|\(\d{1,2}\)(?:\([a-z]{1,4}\))*|[.)])\s+(?=[A-Z])")


# (only an alternative the question names: "and not happy with the clerk's work" is its situation)
_INSTEAD = lazy_compile(r"\b(?:rather than|instead of)\b[^,;?]*", re.I)


def _without_set_aside(question: str) -> str:
    return re.sub(r"\s+([?.!,;])", r"\1", _INSTEAD.sub("", question)).strip()


def _roles_named(text: str) -> set[str]:
    """The posts a text names, by their words ("the Chairman", "the Council"), which `_content` leaves out."""
    return set(re.findall(r"\b(?:council|chair\w*|mayor|clerk|leader|ombudsman|monitoring officer)\b", _norm(text)))


_CONTRAST_AFTER = lazy_compile(
    r"[a-z]\W*(?:,\s*|\s)(?:not|rather than|instead of)\s+(?:to|by|with|from|at|through|via)\s+([^.;]{2,60})[.;]?\s*$"
)


_ALTERNATIVE_DUTY = lazy_compile(
    r"\b(?:must|should|shall|will|are to|is to|has to|have to)(?! not\b| never\b)[^.;]*?"
    r"\bor (?:else )?(?:[a-z]+ly )?(?!not\b|any\b|other\b|more\b|less\b)[a-z]+ "
    r"(?:them|it|these|those|the|their|his|her)\b"
)


# What one does to others' posts, which no other act on social media is.
_SOCIAL_ACTS = frozenset(_stem(w) for w in "like share retweet repost follow unfollow block react".split())


def _verdict_of(question: str, sentence: str, context: str = "") -> str | None:
    question = untagged(question)  # ("I'm still allowed to challenge it, right?": "am i allowed to ...?")
    if plain := uninverted(question):
        # (turned round, a No from a rule whose general class only covers the case is a Yes to "are members
        # banned from commenting on ...?" that the rule does not say: the act must be the rule's own)
        if not same_action(plain, sentence) or not _verb_is_the_rules(plain, sentence):
            return None
        # (and all it asks about: "criticising a councillor's work" is not "comments about the political
        # views of any councillor")
        if not _names_all_but_the_verb(plain, sentence):
            return None
        return _FLIP.get(sentence_verdict(plain, sentence, context) or "")
    if _BARRED_ASKED.search(_predicate(_norm(question))):
        return None
    # "is it ok to like a resident's facebook post ...?" asks about liking: a sentence that does not say it
    # ("must not tag, name or post images of Officers") rules on other acts, whatever it shares.
    if (social := _asked_verb_word(question)) in _SOCIAL_ACTS and social not in _verb_stems(sentence):
        return None
    if received := _gift_as_received(question, sentence):
        return sentence_verdict(received, sentence, context)
    modality = question_modality(question)
    # "has no role in the election other than as Returning Officer's deputy": a role after all.
    if _NO_ROLE_BUT.search(_norm(sentence)):
        return None
    # An FAQ's own question ("Can an officer come to my ward surgery?") states no rule: its answer does.
    if modality is None or sentence.rstrip().rstrip("\"'\u201d\u2019 ").endswith("?"):
        return None
    # "do i need a reason to look through the files?" asks about the leave or the reason, not the act:
    # a rule that names neither ("a member has no right to 'a roving commission' to go and examine
    # documents") does not answer it either way.
    own = _own_clause(_predicate(untagged(_norm(question))))
    if _NEEDS_LEAVE.match(own):
        said = _norm(sentence)
        if not (_REASON_WORD if _REASON_ASKED.search(own) else _LEAVE_WORD).search(said):
            return None
        if _WITHOUT_LEAVE.search(said) and sentence_polarity(sentence) == "negative":
            return None
    # (an editor's note is no part of the rule: "... without the officers' consent. [Inserted: Council 12.12.2024]")
    sentence = _EDITORS_NOTE.sub("", sentence)
    # ("- c) Whilst ...", "Rule D8 No relative ...": the item, not its mark or label)
    sentence = _plain_rule(_RULE_LABEL.sub("", _LIST_MARK.sub("", sentence.strip())))
    sentence = _excused(question, sentence)
    # "... must give three days' notice so that translation can be arranged": what a rule is for is
    # no rule of its own ("can be arranged" is no permission; to its comma, which may start a condition).
    sentence = _PURPOSE_CLAUSE.sub("", sentence)
    # (a matter about the very one it would be taken to: "i have a complaint about the town clerk, do i
    # raise it with the town clerk?" and "... a complaint about a member of staff should raise it with
    # the Town Clerk", whose case the protocol may set apart: neither a route's Yes nor any other)
    if _taken_to_the_one_it_is_about(question):
        return None
    if route := route_verdict(question, sentence):
        return route
    if excluded := _route_excluded(question, sentence):
        return excluded
    if (
        _recipient_differs(question, sentence)
        or _council_asked_of_a_role(question, sentence)
        or _rank_differs(question, sentence)
        or _private_for_a_public_rule(question, sentence)
        or _with_others_for_a_rule_alone(question, sentence)
        or (modality == PERMISSION and _OUTSIDER_ACTS.match(_predicate(untagged(_norm(question)))))
        or _duration_outside(question, sentence)
        or _count_limit_asked(question, sentence)
        or _other_clerk(question, sentence)
        or _office_for_any_staff(question, sentence)
        or _others_than_an_office(question, sentence)
        or _deputy_for_the_office(question, sentence)
        or _alone_untold(question, sentence)
        or _agent_differs(question, sentence)
        or _owner_differs(question, sentence)
        or _whose_thing_differs(question, sentence)
        or _other_bodys_staff(question, sentence)
        or _election_only_when(question, sentence)
        or _not_in_a_group(question, sentence)
        or _emergency_elsewhere(question, sentence)
        or _notice_differs(question, sentence)
        or _period_differs(question, sentence)
        or _veto_not_asked(question, sentence)
        or _days_to_count(question, sentence)
        or _told_to_someone_else(question, sentence)
        or _one_of_two_duties(question, sentence)
        or _details_passed_on(question, sentence)
        or _standing_differs(question, sentence)
        or _capacity_differs(question, sentence)
        or _room_differs(question, sentence)
        or _post_differs(question, sentence)
        or _every_case_asked(question, sentence)
        or _other_half_unsaid(question, sentence)
        or _two_identities_asked(question, sentence)
        or _condition_denied(question, sentence)
        or _exception_to_another(question, sentence)
        or _only_one_of_two(question, sentence)
        or _applies_to_unsaid(question, sentence)
        or _asked_to_act(question, sentence)
    ):
        return None
    # "In an emergency, a member may contact any officer directly": a rule for an emergency answers
    # only a question that tells of one.
    if _EMERGENCY_CASE.match(_norm(sentence)) and not _tells_emergency(question):
        return None
    # ... nor one on reporting emergencies ("Members should report emergencies such as flooding ... to
    # the out-of-hours line"): "the ferry's cancelled tonight, should i phone the emergency line?"
    # tells of none.
    if _EMERGENCY_OBJECT.search(_norm(sentence)) and not _tells_emergency(question):
        return None
    if _kind_denied(question, sentence) or _subject_denied(question, sentence) or _value_unsaid(question, sentence):
        return None
    # "can I keep a £15 bottle of wine?" against "must not accept any gift worth more than £10".
    if amount := amount_verdict(question, sentence):
        return amount
    # (a sum asked of a rule with a limit that the limit's reading leaves undecided - "does an employee
    # have to turn down a gift worth £25?" and "must decline any gift worth more than £25": the rule's
    # act without its limit is no answer; but a sum wholly on the rule's side leaves the rule to answer:
    # "do we register gifts over £50?" and "must register gifts ... over £50")
    # (nor a rule that holds whatever the value: "... whatever their value", "including those worth under £10")
    if (
        (value := asked_amount(question)) is not None
        and names_a_limit(sentence)
        and not _ANY_VALUE.search(_norm(sentence))
    ):
        limit = sentence_limit(sentence) or _limit_beside_its_record(sentence)
        if limit is None or limit.holds_for(value) is not True:
            return None
    # "will officers reply within 5 working days?" is not answered by "within eight working days".
    # A time the question names and hours the rule names: the rule speaks to it only when the time
    # is within its hours ("at half 8 in the evening" and "never after 7pm"; not "at 7pm", nor "at
    # 9am" and "after 9pm", whose numbers are the same).
    hour, hours = asked_hour(question), ruled_hours(sentence)
    if (
        _times_unsaid(question, sentence, context)
        or _outside_the_case(question, sentence)
        or _weekday_for_a_weekend_rule(question, sentence)
        or _for_the_council_unsaid(question, sentence)
    ):
        return None
    # "may not act as a councillor until they have signed the declaration" and "do i have to sign it
    # before acting?": a No to what is held back is a Yes to what is needed first; neither is plain.
    if modality == OBLIGATION and re.search(
        r"\b(?:may|must|shall|can|will)\s+not\b[^.;]*\buntil\b|\bcannot\b[^.;]*\buntil\b", _norm(sentence)
    ):
        return None
    # "Members must return pink papers ... at the close of the meeting or shred them securely at home":
    # a duty with another way to meet it makes neither way a must ("do i have to hand them back?").
    if modality == OBLIGATION and _ALTERNATIVE_DUTY.search(_norm(sentence)):
        return None
    # "A complaint ... is made to the Public Services Ombudsman for Wales, not to the Council": a fact
    # with the other way it does not go says Yes to one and No to the other, which its polarity alone
    # cannot tell ("does it go to the ombudsman?" had its No from "not").
    if (
        modality == FACT
        and (contrast := _CONTRAST_AFTER.search(_norm(sentence)))
        and not (_content(contrast.group(1)) | _roles_named(contrast.group(1)))
        & (_content(question) | _roles_named(question))
    ):
        return None
    if hour is not None and hours is not None:
        if not within(hour, hours):
            return None
    elif (asked := _numbers(question)) and (said := _numbers(sentence)) and not asked & said:
        return None
    # "Whilst an officer may report the views of Councillors, ... he/she should not ...": what is
    # conceded is never the rule, for its polarity or for who does what.
    if conceded := _CONCESSION.match(_norm(sentence)):
        # Only what is granted may be set aside: "Whilst Members must not ..., the Leader may ..."
        # says two things, and no one sentence then says it plainly.
        if sentence_polarity(conceded.group(0)) in ("negative", "obliged"):
            return None
        sentence = _norm(sentence)[conceded.end() :]
    # "Members must not seek to influence an officer's decision on a licensing case, although they
    # may pass on information and ask to be kept informed": a rule and what it still allows, two
    # answers in one sentence. A question near what is still allowed ("can I ask to be kept posted on
    # a housing case?") falls under either; one about influencing the decision under the rule alone.
    halves = _CONCEDED_AFTER.split(_norm(sentence), maxsplit=1)
    if (
        len(halves) == 2
        and _raw_polarity(halves[0]) != _raw_polarity(halves[1])
        and about_the_action(question, halves[1])
    ):
        return None
    # "They should not be used for ... campaigning": what "they" are (printing, photocopying) is
    # said before, and is part of the action.
    acted = (
        f"{context} {sentence}"
        if context and starts_with_pronoun(sentence) and _USED_FOR.search(_norm(sentence))
        else sentence
    )
    # "is the clerk's job being advertised?" asks about advertising: a sentence without that act
    # ("... within an agreed job description") shares only what is advertised, whatever it says of it.
    if modality == FACT and (done := _passive_act(question)) and not any(w.startswith(done) for w in _words(sentence)):
        return None
    # (a "do they have to ...?" is answered by what the protocol says they will do: "Officers will
    # respond ... within seven working days")
    if (modality == FACT or modality == OBLIGATION and re.search(r"\b(?:will|shall)\b", _norm(sentence))) and (
        stated := statement_verdict(question, sentence)
    ):
        return stated
    if (ruled := _ruled_out(question, sentence)) is not None:
        return ruled
    if same_action(question, acted):
        loose = False
    elif same_action(question, acted, by_concept=True):
        loose = True  # the same action only by a shared concept: only a "No" holds (see same_action)
    elif use_rule_for(question, sentence, context):
        loose = True  # using the thing the question names for its purpose: the rule's own action
    elif same_rule_verb(question, acted):
        loose = False
    else:
        return None
    if (
        meeting_differs(question, sentence, context)
        or _attends_elsewhere(question, sentence, context)
        or _place_differs(question, sentence)
        or _only_the_condition_shared(question, acted)
        or _giver_differs(question, sentence)
        or _gift_way_differs(question, sentence)
        or _opposite_acts(question, sentence)
        or _copied_to_others(question, sentence)
    ):
        return None
    parts = [part for part in sub_clauses(sentence) if not _other_rules_negated(question, part)]
    scoped = bool(_SCOPED.search(_norm(sentence)))  # an exception or a scope anywhere in the sentence
    asked_families = _asked_families(question)
    asked_verb = _asked_verb_word(question)
    found = set()
    leanings: set[str] = set()
    here: set[str] = set()  # leanings of parts on what the question names
    named_object = False  # a part that answers names a thing the question names
    actor = ""
    last_families: set[int] = set()
    answered: list[tuple[str, str]] = []  # (verdict, part) of each part that answers
    before = ""  # the part before, judged or not
    for part in parts:
        prev, before = before, part
        roles = roles_in_order(part)
        # "... may discuss, but may not direct", "..., but should pass it to the Clerk": a part that
        # starts at its verb keeps the subject before it.
        headless = not roles or _HEADLESS.match(_norm(part))
        judged = f"{actor} {part}".strip() if headless and actor else part
        actor = actor if headless and actor else (ROLES[roles[0]][0] if roles else "")
        # Each part of a compound sentence must share the question's verb ("must not post anything
        # that identifies an officer" does not answer "may I post on twitter?" on its own).
        # "... may attend but is not obliged to do so": 'do so' is the verb of the part before.
        families = _families(part) | (last_families if _DO_SO.search(_norm(part)) else set())
        last_families = families
        # (the verb asked about, not the question's setting: "... they've started on campaign
        # tactics. am I allowed to just get up and leave?" shares nothing with "will not attend
        # group meetings ... after the notice of election")
        # (a verb of no family is shared as itself: "can I add the housing officer to our ward whatsapp
        # group?" and "must not add officers to WhatsApp groups ..., and must not use such apps ...")
        if len(parts) > 1 and not asked_families & families and not (asked_verb and asked_verb in _verb_stems(part)):
            continue
        # "... may appoint one political assistant, who may not see exempt information": what the
        # relative clause's own modal rules on is its antecedent's act, not the main rule's.
        if _asked_in_relative(question, part):
            continue
        # "Members should not expect officers to reply to emails at weekends" rules on what one may
        # expect, not on emailing: no answer to "can i email the clerk at the weekend?" (it answers
        # "can i expect a reply ...?", and "do officers have to reply ...?").
        if modality == PERMISSION and _expecting(part) and not re.search(r"\bexpect", _norm(question)):
            # "may visit the offices during opening hours, but should not expect to see an officer
            # without an appointment": what the asker should not expect to do is a doubt on a Yes to
            # doing it ("can I pop in to see the clerk without an appointment?"); what others are not
            # to be expected to do ("expect officers to reply at weekends") is no rule on the asked act.
            if (
                _EXPECT_TO.search(_norm(part))
                and _raw_polarity(part) == "negative"
                and same_action(question, part, by_concept=True)
            ):
                leanings.add("no")
                here.add("no")  # (it names what the question asks for: the same act)
            continue
        # "staff should not be asked to accompany members to ward surgeries" rules on asking staff:
        # it does not answer a member of staff's "on my day off can i go to her about ...?".
        if _ASKED_TO.search(_norm(judged)) and not _ASKS_SOMEONE.search(_norm(question)):
            continue
        # ... and it answers only a question that asks them to do that ("staff should not be asked to
        # accompany members to ward surgeries" says nothing of "can I ask an officer for advice
        # about an issue in my ward?").
        if (asked_to := _ASKED_TO.search(_norm(judged))) and not _asked_act_named(question, judged[asked_to.end() :]):
            continue
        # "..., and employees can legitimately refuse to do so": what is done so is the part before's
        # act and object ("attend group meetings or prepare written reports for them"); the question
        # must name its object too ("can the clerk refuse to help me with casework?" is no such case).
        if _DONE_SO.search(_norm(part)) and prev and not object_addressed(question, prev):
            continue
        v = _part_verdict(question, modality, judged, context, sentence_scoped=scoped)
        if v and _SUCH.search(_norm(judged)):  # ("such Councillors" too)
            v = None if _such_not_named(question, sentence, context) else v
        if v:
            found.add(v)
            answered.append((v, part))
            named_object = named_object or _object_overlaps(question, judged)
        elif modality == PERMISSION and not NOT_REQUIRED.search(_norm(judged)) and _may_concern(question, judged):
            leaning_way = _LEANS.get(_raw_polarity(judged) or "", "")
            # "should not give a reference for a candidate unless it relates only to personal
            # character" leans yes for a reference that "only covers their personal character".
            if _exception_named(question, judged):
                leaning_way = {"no": "yes", "yes": "no"}.get(leaning_way, "")
            # "can the clerk refuse to attend?" and "... has the right to refuse such requests but will
            # not attend a meeting ... where ...": not attending is no doubt about refusing.
            if leaning_way == "no" and _declines_what_is_refused(question, judged):
                leaning_way = ""
            leanings.add(leaning_way)
            # ("must not be used for party political purposes" and "a surgery to drum up votes before
            # the election": a campaign is that purpose, in other words)
            if object_addressed(question, judged) or (
                _POLITICAL_PURPOSE.search(_norm(judged)) and _CAMPAIGN_ASKED.search(_norm(question))
            ):
                here.add(leaning_way)
    # "can they refuse to follow it?" and "may not override the advice, but may decline to accept
    # it ... when taking a decision": for a may-I question, a part on the question's verb that
    # leans the other way, though not plainly, is a doubt ("may attend but is not obliged to" is
    # none for a must-I question; "have no power to require" none for a may-they-refuse one).
    leanings.discard("")
    # "Staff may accept small gifts, such as a card ..., but must not accept gifts of money or
    # vouchers": for "can I keep a £10 voucher?" the part that sets vouchers apart answers.
    if carved := _carve_out(question, answered):
        found, leanings = {carved}, leanings & {carved}
    # "Councillors may post about council business, but must not post during the pre-election
    # period": the same act restricted in the same sentence; a Yes only when what is set apart is
    # plainly not the question's case.
    if found == {"yes"} and not carved and _same_act_restricted(question, answered, parts, asked_families):
        return None
    # "may accept small gifts" says nothing of a car; a gift is its case when the question names a
    # thing the permission names ("such as a box of chocolates").
    if (
        found == {"yes"}
        and _ACCEPT in asked_families
        and not any(_gift_named(question, p) for v, p in answered if v == "yes")
    ):
        return None
    # "Members may use Council meeting rooms for division surgeries, but Council resources must not
    # be used for party political purposes": for "can i use a room for my surgery?" the part on
    # the rooms and surgeries answers, and the part on party political purposes is no doubt. (Not
    # when the answering part names nothing of the question: "may not direct officers" says nothing
    # of directing a meeting, and "may direct the agenda" still leaves it open.)
    if named_object:
        leanings &= here | {""}
    if len(found) != 1 or (loose and found != {"no"}) or leanings - found:
        return None
    # "can I go against my director's advice if I write down my reasons?" and "may not override the
    # advice, but may decline to accept it and record their reasons": a No whose sentence allows
    # something, in a part on the question's condition, does not plainly answer that case.
    if found == {"no"} and any(
        _raw_polarity(part) == "permitted" and _addressed(c, part, question)
        for part in parts
        for c in _qualifiers(question)
    ):
        return None
    # "can staff who live in the town vote in the local elections?" and "Staff ... may vote and take part in
    # community life, but may not stand for election ...": a verdict from a part on another act, beside a part
    # that says the other way of the question's own verb, is that other act's.
    # (not a Yes beside a narrower prohibition on its verb: "are free to use social media, but must not post
    # anything that could identify an officer" still says Yes to posting; `_same_act_restricted` weighs that)
    # (nor a No to "must I ...?" beside a permission: "may attend but is not obliged to do so")
    if len(parts) > 1 and found == {"no"} and modality == PERMISSION:
        asked = _verb_stems(question)
        giving = [p for _, p in answered]
        if not any(_ruled_verbs(p) & asked for p in giving) and any(
            _ruled_verbs(p) & asked for p in parts if p not in giving and _raw_polarity(p) == "permitted"
        ):
            return None
    # "can I ask for council info just because I'm curious?", "if a couple of volunteers are sat
    # in, will officers still come?": a Yes must speak to the question's purpose and conditions.
    # "may help them as they would any other resident but must not become involved in an officer's
    # grievance", "may speak to the press as individuals but must make it clear they are not
    # speaking for the Council": a Yes whose sentence restricts what the question asks about.
    # (not when what is restricted is only kinds of gift the question does not name: `_carve_out`)
    if (
        found == {"yes"}
        and not (carved and carved == answered[0][0])
        and any(
            # ("... but must ...", "..., but they do not vote": the same subject's restriction)
            (_HEADLESS.match(_norm(p)) or _SAME_SUBJECT_AGAIN.match(_norm(p)))
            # ("has the right to refuse such requests but will not attend ...": no doubt about refusing)
            and not _declines_what_is_refused(question, p)
            # ("may send emails at any time but should not expect a reply ...": what one may expect
            # restricts nothing of sending)
            and not (_expecting(p) and not re.search(r"\bexpect", _norm(question)))
            and (
                _raw_polarity(p) == "negative"
                or _THEY_DO_NOT.match(_norm(p))
                or _OBLIGED.search(_norm(p))
                and _AGAINST.search(_norm(question))
            )
            and (_object_overlaps(question, p) or _restricts_the_asked_verb(question, p))
            for p in parts[1:]
        )
    ):
        return None
    # "should speak to the Chairman, not to the Clerk directly": a Yes is not for the alternative the
    # sentence rules out.
    if found == {"yes"} and (
        ruled_out := re.search(
            r",\s*(?:but\s+)?not\b(.*)|\bbut not\b(.*)|\brather than\b(.*)|\binstead of\b(.*)", _norm(sentence)
        )
    ):
        alternative = next(g for g in ruled_out.groups() if g is not None)
        main = sentence[: ruled_out.start()]
        if _object_words(question) & _object_words(alternative) - _object_words(main):
            return None

        # ("send queries to the Clerk rather than to several officers": "email all officers at once?";
        # "in writing ... rather than by phone": "should i ring the clerk?")
        def people(text: str) -> set[str]:
            return {_stem(w) for w in _ROLE_RE.findall(_norm(text))}

        if (people(alternative) - people(main)) & people(question):
            return None
        if (_families(alternative) - _families(main)) & _families(question):
            return None
    # "Cabinet members may give instructions to officers on matters within their portfolio": a Yes only
    # when the question puts its matter in its own portfolio ("... staff in my portfolio ...", "as ward
    # councillor"), not when it says what its portfolio is and asks about something else.
    # (not when the portfolio is another act's: "may meet their Director regularly and give direction on
    # policy for their portfolio" and "can cabinet members meet their director regularly?")
    if (
        found == {"yes"}
        and (own_area := _WITHIN_OWN.search(_norm(sentence)))
        and not (
            _another_acts(question, _norm(sentence)[: own_area.start()])
            and not re.search(rf"\b{own_area.group(1)}\b", _norm(question))
        )
        and not re.search(
            rf"(?<!\bis )\b(?:my|our|their|his|her) (?:own )?{own_area.group(1)}\b|"
            rf"\bas (?:a |the )?{own_area.group(1)} (?:councillor|cllr|member)\b",
            _norm(question),
        )
    ):
        return None
    if found == {"yes"} and any(not _addressed(c, sentence, question) for c in _qualifiers(question)):
        return None
    # "Members may provide a character reference for a candidate but must do so only in a personal
    # capacity": a Yes only for a case the question puts within that limit.
    if (
        found == {"yes"}
        and (limit := _BUT_ONLY.search(_norm(sentence)))
        and not _content(limit.group(1)) & _content(question)
    ):
        return None
    # "may use council-provided IT equipment for council business only": a Yes only for what the
    # question says is that purpose ("for my own business" is not council business).
    # "The Clerk may remove posts that are abusive or defamatory" permits it for those posts only:
    # not for "critical comments" or "posts she disagrees with".
    if found == {"yes"} and (narrowed := _NARROWED_THING.search(_norm(sentence))):
        # (what the clause says of them, not where they are: "... from the council's pages")
        _, said = _narrowing(narrowed.group(1))
        if said and not said & (_object_words(question) | _families_words(question)):
            return None
    # "may challenge officers' advice, but should do so courteously" is no Yes to doing it rudely.
    if found == {"yes"} and _CIVIL_MANNER.search(_norm(sentence)) and _UNCIVIL.search(_norm(question)):
        return None
    # ("may request officers to undertake research relating to council business" is no Yes for
    # research "for my party" or "for my election campaign")
    if found == {"yes"} and _FOR_COUNCIL_BUSINESS.search(_norm(sentence)) and _OWN_PURPOSE.search(_norm(question)):
        return None
    if found == {"yes"} and (only := _ONLY_FOR.search(_norm(sentence))):
        purpose = " ".join(_stem(w) for w in _words(next(g for g in only.groups() if g)))
        if f" {purpose} " not in " " + " ".join(_stem(w) for w in _words(question)) + " ":
            return None
    # "can the clerk post on social media about councillors?" is not answered by "Only the Clerk ...
    # may post on the Council's ... social media pages": a Yes must speak of the people it is about.
    if found == {"yes"} and (about := _ABOUT_ROLE.search(_own_clause(_predicate(question)))):
        if _ROLE_OF[about.group(1)] not in roles_in_order(sentence):
            return None
    # "does not prevent a Member from questioning the content of a report at a meeting" permits it
    # at a meeting, not "in a letter to the local paper" or on Facebook.
    if found == {"yes"} and _AT_MEETINGS.search(_norm(sentence)) and _IN_PUBLIC_PRINT.search(_norm(question)):
        return None
    # "Officers will not attend political events or rallies in an official capacity" forbids nothing
    # "on my day off" or "in their own time".
    if found == {"no"} and _OFFICIAL_ONLY.search(_norm(sentence)) and _PRIVATE_CASE.search(_norm(question)):
        return None
    # "can i get the clerk to translate a letter ...?" is not permitted by "Councillors may write to
    # the Clerk in Welsh or in English": a Yes must name the act the question asks of someone, not
    # only the thing it is done to.
    # (A sentence about asking or requesting at all - "may request a site visit through the Clerk" -
    # answers the asking, whatever the act's word.)
    if (
        found == {"yes"}
        and (act := _asked_act(question))
        and not _names_act(act, sentence)
        and _REQUEST not in _families(sentence)
        and not re.search(r"\bseek", _norm(sentence))
    ):
        return None
    return found.pop()


_ACCEPT = next(i for i, fam in enumerate(VERB_FAMILIES) if "accept" in fam)


def _asked_act_named(question: str, after: str) -> bool:
    """The question names the act someone is asked to do (the words after "asked to"), itself or
    by its family, or what it acts on."""
    words = _norm(after).split()
    at = _verb_at(words)
    # (an act of no particular kind - "deal with matters outside their level of authority", "undertake
    # work" - is said by what it acts on, which `object_addressed` weighs)
    return at is None or words[at] in _GENERIC_ACTS or _asks_act(question, words, at)


_RULED_VERB = lazy_compile(
    r"\b(?:may|must|should|can|cannot|will|shall)(?: not| never| only)? (?:be )?"
    r"(?:(?:avoid|refrain from|stop|cease) (?=[a-z]+ing\b))?([a-z]{3,})"
)


def _ruled_verbs(part: str) -> set[str]:
    """The stems of the verbs a part rules on, after its modal ("may vote", "may not stand", "should avoid
    posting")."""
    # ("must not be present at disciplinary hearings" rules on attending them)
    return {_PRESENT_IS.get(v, v) for m in _RULED_VERB.finditer(_norm(part)) if (v := _stem(m.group(1)))}


_PRESENT_IS = {_stem("present"): _stem("attend")}


_GENERIC_ACTS = frozenset(
    "deal do undertake carry take handle work perform help assist provide give act exceed go get make".split()
)


_ANY_PASSIVE = lazy_compile(
    r"\b(?:must|should|shall|may|might|can|cannot|could|will|would)(?: not| never)? be \w+(?:ed|en)\b"
)


def _may_concern(question: str, sentence: str) -> bool:
    """Whether a sentence may be about the question's who-does-what: the same direction, or one
    we cannot tell (no role for its subject, or none known for the question's)."""
    q_actor, _ = _question_direction(question)
    # "... but officers must not be emailed at home": acted on by anyone, the asker too.
    if _ANY_PASSIVE.search(_norm(sentence)) and not re.search(r"\bby\b", _norm(sentence)):
        return True
    roles = direction(sentence)
    # Any role the sentence names as the question's actor counts, whichever reading of a passive
    # ("letters ... should never be sent in the name of a member" is about members).
    return q_actor is None or roles[0] is None or q_actor in roles or same_direction(question, sentence)
