"""Who does what to whom: the asker's role, the direction of a question and of a sentence
(councillor -> officer is not officer -> councillor), and whether they agree."""

from __future__ import annotations

import re

from assistant.verdict.action import meeting_kinds
from assistant.verdict.polarity import _COUNTERPART, _FIRST_MODAL_AT, _THERE_BE_NO, _object_words, main_clause
from assistant.verdict.question import _AUX, OBLIGATION, _predicate, question_modality
from assistant.verdict.words import _ROLE_OF, _ROLE_RE, ROLES, _norm, roles_in_order, starts_with_pronoun
from ingest.lazy_regex import lazy_compile

# What only one side says of itself: a councillor has a ward, residents and an election; an
# officer has a recommendation, a line manager and a job description.
_MEMBER_SAYS = lazy_compile(
    r"\b(?:(?<!former )(?<!ex-)(?<!ex )(?<!retired )"
    r"(?:cllr|councillor|chair|chairman|chairperson|mayor|convener|convenor|spokesperson|leader) here\b|"
    # "cabinet member here", "ward member here" (not "staff member here"); "leader of a small group at ..."
    r"(?<!staff )(?<!team )(?:(?:cabinet|committee|ward|opposition|lead|executive|exec|portfolio|council) )?"
    r"member here\b|(?:group )?leader of (?:the |a |our |my )?(?:[a-z]+ ){0,2}(?:group|party)\b|"
    r"i(?:'ve| have)? (?:just )?been elected\b|(?:new )?(?:cllr|councillor|member) (?:question|query)\b|"
    r"i was elected\b|my (?:ward|patch|residents|constituents|re-?election|election campaign)\b|"
    # "I'm on Hoxley PC", "I sit on the town council" (not its staff or payroll)
    r"i(?:'m| am) on (?!the phone\b|the line\b)(?:the )?(?:[a-z'&.]+ ){0,3}?(?:council|pc|tc|cc)"
    r"(?=\s*(?:[-,.:;!?\u2013]|$|and\b|but\b|so\b|&))|"
    r"i sit on (?:the )?(?:[a-z'&.]+ ){0,3}?(?:council|pc|tc|cc)(?=\s*(?:[-,.:;!?\u2013]|$|and\b|but\b|so\b|&)))"
)


_OFFICER_SAYS = lazy_compile(
    r"\b(?:(?:clerk|officer|employee) here\b|(?<!the )(?<!our )(?<!my )staff here\s*[-:,.\u2013]|"
    r"i work (?:for|at|in) the (?:(?:town|parish|community|district|borough|county|city) )?(?:council|office)\b|"
    # "i work for dunstock bc", "I'm one of the amenity officers"
    r"i work (?:for|at) (?!the\b)(?:[a-z'&.]+ ){1,3}(?:council|cc|tc|pc|dc|bc)\b|"
    r"i(?:'m| am) one of the (?:[a-z]+ ){0,2}(?:officers|clerks|staff|employees)\b"
    r"(?! (?:committee|panel|side|representatives?|members?|council|union)\b)(?!')|"
    # "I'm on the outdoor team", "I work in the finance team"
    r"i(?:'m| am) (?:on|in) the (?:[a-z]+ ){0,2}team\b|i work (?:on|in|for) the (?:[a-z]+ ){0,2}team\b|"
    r"i(?:'m| am) on the (?:[a-z]+ ){0,2}staff\b|(?:new )?(?:officer|clerk|employee|staff) (?:question|query)\b|"
    r"i(?:'m| am) (?:employed|paid) by\b|"
    r"my (?:recommendation|line manager|manager|job description|contract of employment)\b)"
)


# A question signed with its asker's role: "glenardoch cllr - ...", "penrhos isaf clerk: ...", "mumbles
# councillor here, ..." (up to three words of place before; "our clerk - ..." is not a signature).
_NOT_A_PLACE = (
    r"the|our|my|a|an|your|their|his|her|this|that|not|was|were|is|am|are|about|re|to|for|from|with|of|no|"
    r"i|i'm|im|we|dad|mum|mother|father|wife|husband|partner|son|daughter|friend|ex|former|retired|new"
)


_SIGNED = lazy_compile(
    rf"^(?:(?!(?:{_NOT_A_PLACE})\b)[a-z'&.]+\s){{0,3}}?(?P<new>new\s|newly elected\s)?"
    r"(?P<role>cllr|councillor|chair|chairman|chairperson|mayor|convener|convenor|clerk|town clerk|parish clerk|"
    r"officer|employee|rfo|staff member|member of staff|member|"
    # (some of them together, who then say "we": "harrowfold members - can we ...?"; not "councillors - can
    # they ...?", whose "they" they are)
    r"(?P<several>cllrs|councillors|members|officers|employees))"
    # "officer at battle tc -", "town clerk at yateley.", "cllr on mumbles community council -": a
    # council after at/on/for/of/in, or a place of one or two words after "at" ("clerk on
    # maternity leave -", "clerk at home this week -" are no signatures).
    r"(?:\s(?:at|on|for|of|in)\s(?:[a-z'&.]+\s){0,3}?(?:council|cc|tc|pc|dc|bc|parish|town)\b"
    # ("new cllr in llanwrddon -": a place after "in" only for a new member; "clerk in hospital -" is news)
    r"|\s(?:at|(?(new)in|at))\s(?!(?:home|work|the|a|an|this|that|my|our|present|last|first|least|times|weekends?|"
    r"charge|post|office|training|tears|trouble|doubt|general|short|private|public)\b)"
    r"[a-z'&]+(?:\s(?!(?:this|that|today|now|tonight)\b)[a-z'&]+)?)?"
    r"\s*(?:here\b|[-:\u2013,]|\.\s)"
    r"(?(several)(?=[^?]*\b(?:we|us|our)\b))"
)


def _asker_text(question: str) -> str:
    """The question as the asker's self-descriptions are matched in it ("im" is "i'm")."""
    return re.sub(r"\bim\b", "i'm", _norm(question))


# "As the town clerk told me, ...": someone the asker quotes, not the asker.
_NOT_REPORTED = (
    r"(?!\s+(?:has |had |have )?(?:told|tells|said|says|advised|advises|explained|explains|asked|asks|suggested|"
    r"mentioned|wrote|informed|confirmed|pointed|put it|reminded|warned|agreed|decided))"
)


# A small council's other staff by their job titles: who the asker is ("I'm the lengthsman"), never
# role words in the rules (a role word is no content word, and "the Groundsman" must stay one).
# Who a person may be to someone: "a cllr's wife", "my neighbour".
_RELATIVES = r"wife|husband|partner|son|daughter|mum|mother|dad|father|brother|sister|friend|neighbour"


# A small council's posts, as one says one is one ("I'm the lengthsman") and as one names them.
_SMALL_COUNCIL_POSTS = r"lengthsm[ae]n|handyperson|handyman|receptionist|minute sec(?:retary)?"


_STAFF_TITLES = rf"{_SMALL_COUNCIL_POSTS}|groundsm[ae]n|caretaker|warden|administrator|groundskeeper"


_STAFF_POST = lazy_compile(
    rf"\b(?:{_SMALL_COUNCIL_POSTS}|grounds ?(?:man|men|person|people|lads|guys|team|staff|crew|keepers?)|"
    r"caretakers?|admin (?:assistant|girl|officer)|office assistant|"
    r"(?:outdoor|parks|works|maintenance) (?:team|staff|lads|guys|crew))\b"
)


# Saying one is such a post oneself: "I'm the minute secretary", "as the groundskeeper", "I work with the parks
# team".
_ONES_OWN_POST = lazy_compile(
    r"(?:\bi'?m|\bi am|\bas|\bi'?m one of|\bi work (?:in|with|on|for)|\bi'?m (?:in|on))\s+(?:the|a|an|our)\s+$"
)


def _staff_post_named(text: str) -> bool:
    """A small council's staff named by their posts ("the lengthsman", "the grounds guys"), not by one who says
    they are one."""
    return any(not _ONES_OWN_POST.search(text[: m.start()]) for m in _STAFF_POST.finditer(text))


def speaker_role(question: str) -> str | None:
    """Who 'I' is, when the question says: 'as a cllr' -> member; 'I'm the clerk' -> officer;
    'my ward', 'I've just been elected' -> member; 'my recommendation' -> officer; 'our group'
    -> group (and then 'I' is one of its councillors, see `direction`)."""
    q = _asker_text(question)
    if re.search(
        r"\b(?:as(?: an?| the)?|i'm an?|i am an?|i'm the|i am the|i,? an?|we,? as|we're|we are)\s+"
        # ("as a Finmere councillor", "i'm a glenardoch cc member": a place may come first, after an
        # article; not "former", "suspended", "prospective", nor "as agreed by councillors", "as many
        # councillors do", "as a journalist covering councillors", "as a resident whose councillor ...")
        r"(?:(?:(?<=\ba )|(?<=\ban ))(?:(?!(?:former|ex|retired|previous|old|suspended|prospective|candidate|"
        r"would-be|lapsed|defeated|and|or|but|not|the|a|an|clerk|clerks|officer|staff|employee|member|members|of|to|for|with|"
        r"who|whose|which|that|i|resident|journalist|reporter|volunteer|many|some|all|most|other|by|her|his|"
        r"their|my|our)\b)[a-z'&.-]+(?<!ed)\s+){1,2})?"
        r"(?:(?:new|cabinet|ward|opposition|executive|committee|parish|town|district|county|borough|vice|deputy)"
        r"[\s-]+)?(?:cllrs?|councillors?|members?|chair\w*)\b(?! of (?:staff|the public|the team))"
        # ("im a cllrs wife": the councillor's family, not a councillor)
        rf"(?!'?s? (?:{_RELATIVES}|carer|assistant)\b)" + _NOT_REPORTED,
        q,
    ):
        return "member"
    if re.search(r"\b(?:our|my) (?:party )?group\b", q):
        return "group"
    if re.search(
        r"\b(?:as an?|i'm an?|i am an?|i'm the|i am the|as the|i,? an?|i,? the|we,? as|we're|we are|"
        r"(?:i'm|i am)(?= clerk\b(?! to\b)))\s+"
        r"(?:(?:new|town|parish|deputy|assistant|locum|district|borough|county|council)\s+)*"
        r"(?:clerks?|officers?|employees?|rfo|members? of staff|staff|" + _STAFF_TITLES + r")\b(?!'s)" + _NOT_REPORTED,
        q,
    ):
        return "officer"
    if re.search(
        r"\b(?:councillor|cllr|member|chair\w*) (?:asked|wants|told|has asked|is asking|keeps asking) me\b", q
    ):
        return "officer"
    if m := _SIGNED.match(q):  # "glenardoch cllr - ...", "battle clerk: ...", "yateley officer here, ..."
        return _ROLE_OF[m.group("role")]
    member, officer = bool(_MEMBER_SAYS.search(q)), bool(_OFFICER_SAYS.search(q))
    if member != officer:
        return "member" if member else "officer"
    return None


def direction(text: str, speaker: str | None = None) -> tuple[str | None, str | None]:
    """(actor, other): the first role named, and the next different one. 'I'/'we' count as the
    speaker's role when known."""
    t = _norm(text)
    if speaker:
        # "can i bring up what the clerk told our group?": the group speaks as "we", and "I" is
        # one of its councillors.
        t = re.sub(r"\b(?:i|me|myself)\b", ROLES["member" if speaker == "group" else speaker][0], t)
        t = re.sub(r"\b(?:we|us)\b", ROLES[speaker][0], t)
    roles = roles_in_order(t)
    if not roles:
        return None, None
    actor = roles[0]
    other = next((r for r in roles[1:] if r != actor), None)
    return actor, other


_PARTICIPLE = (
    r"(?:asked|required|expected|instructed|told|pressured|pressurised|approached|contacted|directed|lobbied|"
    # (not "be involved in advising Members", which is taking part: the subject acts; "be involved in
    # consultation" is still done to them)
    r"made|forced|given|sent|consulted|informed|invited|notified|copied|briefed|treated|"
    r"involved(?! in [a-z]+ing\b)|kept|offered|advised|"
    r"phoned|telephoned|rung|called|emailed|e-mailed|texted|messaged|visited)"
)


# The rule's own verb in the passive: "must not be asked to", "cannot be required to" (not a relative
# clause: "An officer who has been asked to brief a group must not ...").
_ACTED_ON = lazy_compile(
    rf"\b(?:must|should|shall|may|might|can|cannot|could|will|would|ought to)(?: not| never)? be {_PARTICIPLE}\b|"
    # ("Officers are entitled to be treated with courtesy by councillors")
    rf"\b(?:entitled|expected|have the right|has the right|expect) to be {_PARTICIPLE}\b"
)


_ASKED_ACTED_ON = lazy_compile(rf"^{_AUX}(?: not)? (?:[a-z'-]+ ){{1,4}}?(?:be|get(?! involved\b)) {_PARTICIPLE}\b")


def _flip_passive(
    text: str, actor: str | None, other: str | None, passive: re.Pattern[str] = _ACTED_ON
) -> tuple[str | None, str | None]:
    """'Officers cannot be required to attend', 'can officers be made to go?': the role named is
    acted on by the other side (when no agent is named with 'by')."""
    # (a party group is acted on by officers: "will the other groups be told?")
    counterpart = _COUNTERPART.get(actor or "") or ("officer" if actor == "group" else None)
    t = _norm(text)
    # (a passive of a clause of its own is not the rule's: "... or will say when a full reply can be
    # expected")
    if (modal := _FIRST_MODAL_AT.search(t)) and (own := _OWN_CLAUSE_ENDS.search(t, modal.end())):
        t = t[: own.start()]
    if counterpart and passive.search(t) and not re.search(r"\bby\b", t):
        return counterpart, actor
    # ("can officers be contacted by councillors at home?": the agent named with 'by' acts)
    if (acted := passive.search(t)) and (
        agent := re.match(r"\s*(?:[a-z'-]+ ){0,3}?by (?:the |a |an |any |our )?", t[acted.end() :])
    ):
        role = _ROLE_RE.match(t, acted.end() + agent.end())
        if role and t.startswith(" of the public", role.end()):  # ("by members of the public")
            role = None
        if role and actor and _ROLE_OF[role.group(1)] != actor:
            return _ROLE_OF[role.group(1)], actor
    return actor, other


_OWN_CLAUSE_ENDS = lazy_compile(r",\s*(?:or|and|but)\b|\b(?:when|whenever|where|whether|which|if|unless)\b")


_ACTS_ON_OUTSIDER = lazy_compile(
    r"\b(?:phone|ring|call|email|e-mail|text|contact|write to|instruct|ask|tell|message)\s+"
    r"(?:the |a |an |our |my |their |that |this )?(?:[a-z'-]+ ){0,2}?"
    r"(?:firm|company|contractor|supplier|business|builder|plumber|electrician|solicitor|bank|police|landlord|"
    r"resident|developer)s?\b"
)


_CANNOT_BE_MADE_TO = lazy_compile(
    r"\b(?:cannot|can't|can not|may not|must not|will not|won't|shall not|are not|is not|should not) "
    r"(?:be )?(?:required|obliged|compelled|made|forced|expected) to\b"
)


# A phrase before the rule's subject and modal: "With the councillor's agreement, an officer may ...", "On a
# member's request, officers will ...".
_LEADING_PHRASE = lazy_compile(
    r"^(?:with|without|on|upon|at|after|following|subject to|with the agreement of|for)\b[^,;]{0,80},\s*"
    r"(?=(?:the |a |an |any |all |each |every )?[a-z'-]+(?: [a-z'-]+)? (?:must|should|shall|may|might|can|cannot|"
    r"will|would)\b)"
)


def same_direction(question: str, sentence: str) -> bool:
    """Who does what to whom agrees: the sentence's actor is the question's actor (a rule for
    councillors also answers for a party group of them; when the question's actor is unknown, at
    least the other party is the same and not the actor). The sentence's actor is its main
    clause's, after any leading condition."""
    q_actor, q_other = _flip_passive(_predicate(question), *_question_direction(question), _ASKED_ACTED_ON)
    main = main_clause(sentence)
    ruled = sentence if starts_with_pronoun(main) else main
    # ("With the councillor's agreement, an officer may contact the resident ...": the officer acts; the
    # councillor is named in a phrase before the rule's subject)
    s_actor, s_other = direction(_LEADING_PHRASE.sub("", _norm(ruled), count=1))
    # ("... there should be no 'blind' copies", naming no one: a rule on the act, whoever does it)
    if s_actor is None and s_other is None and _THERE_BE_NO.search(_norm(ruled)):
        return True
    if s_actor is None:
        return False
    # "can councillors phone the firm that does the hanging baskets ...?" acts on no one of the council:
    # a rule on contacting employees is not about it.
    if q_other is None and s_other is not None and _ACTS_ON_OUTSIDER.search(_predicate(question)):
        return False
    # "The Clerk must not be asked to help any candidate": the Clerk is acted on, by the other side.
    # (but a duty asked of the one a rule says cannot be made to do it is theirs: "do I have to go?" from an
    # officer, and "Officers cannot be required to attend a group meeting outside normal working hours")
    if (
        q_actor is not None
        and q_actor == s_actor
        and question_modality(question) == OBLIGATION
        and (made := _CANNOT_BE_MADE_TO.search(_norm(ruled)))
        # (of the one named just before it, "staff will not be expected to ...", not of the sentence's subject
        # "Members should recognise that ..."; and of what the question names: "party group meetings" is no
        # answer to "council meetings")
        and roles_in_order(_norm(ruled)[: made.start()])[-1:] == [q_actor]
        and _object_words(" ".join(_norm(ruled)[made.end() :].split()[1:5])) & _object_words(_norm(question))
        and not meeting_kinds(ruled) - meeting_kinds(question)
    ):
        return q_other is None or s_other is None or q_other == s_other
    s_actor, s_other = _flip_passive(ruled, s_actor, s_other)
    if q_actor is None:
        return q_other is not None and s_other == q_other
    # What councillors may or may not do holds for a party group of them ("are we allowed to quote
    # the director's advice?" is answered by "Members must not ... quote ... advice").
    if q_actor != s_actor and not (q_actor == "group" and s_actor == "member"):
        return False
    return q_other is None or s_other is None or q_other == s_other


# People a pronoun may stand for who are no party to the protocol.
_OTHER_PEOPLE = (
    rf"resident|residents|{_RELATIVES}|neighbor|contractor|applicant|candidate|member of the public|constituent|"
    r"journalist|reporter"
)


_OTHER_PERSON = lazy_compile(rf"\b(?:{_OTHER_PEOPLE})\b")


_PUBLIC_ASKER = lazy_compile(
    r"^(?:(?:i'm|i am) (?:a |an |just a )?)?(?:local )?(?:resident|parishioner|member of the public|constituent)"
    r"(?=\s*(?:here\b|[-:,\u2013]))"
    r"|\b(?:i'm|i am|as) (?:a |an |just a )?(?:local )?(?:(?!(?:any|every|other|another|the|a|an|normal)\b)"
    r"[a-z'-]+ ){0,2}?(?:resident|parishioner|member of the public)\b(?! and)"
    rf"|\b(?:i'm|i am) (?:a |an )?(?:cllr|councillor|member)'?s (?:{_RELATIVES})\b"
    # ("as a former councillor", "i'm an ex-cllr", "former cllr here": no longer a party to it)
    r"|\b(?:(?:i'm|i am|as) (?:a |an )?|^)(?:former|ex|ex-|retired) ?(?:cllr|councillor|member|clerk|officer)\b"
)


# ... or anyone at all, as the one who acts in a question whose yes/no part names no role.
_SOMEONE = lazy_compile(rf"\b(?:{_OTHER_PEOPLE}|someone|somebody|anyone|anybody|a person|people)\b")


# "is it ok to be contacted by ...", "... to get calls from ...", "... to have councillors phoning me":
# the asker is acted on.
_RECEIVING = lazy_compile(r"\bto (?:be|get|have|receive|hear|take)\b|\bme\b|\bus\b")


_ASKER_SUBJECT = lazy_compile(
    rf"^(?:{_AUX}\s+(?:i|we)|(?:am i|are we) (?:allowed|able|entitled|ok)|"
    r"(?:is it )?(?:ok(?:ay)?|alright|all right|fine|acceptable) (?:(?:for|if) (?:me|us|i|we)|to))\b"
)


def _question_direction(question: str) -> tuple[str | None, str | None]:
    """Who does what to whom in the question: from its yes/no part, or from all of it when that part
    names nobody ('one of our cllrs has set up a page ..., is that allowed')."""
    speaker = speaker_role(question)
    predicate = _predicate(question)
    # "resident - its an emergency, can i ring the clerks mobile?", "im a cllrs wife, can i ...?": the
    # asker is no party to the protocol, and no rule for councillors or staff answers for them.
    if speaker is None and _PUBLIC_ASKER.search(_asker_text(question)):
        return None, None
    # "if the clerk advises one group, does she have to ...?": 'she' is the person named before, when
    # only one role is (an object pronoun, "can i email him?", may be anyone: a resident, a husband).
    if m := re.match(rf"{_AUX}\s+(he|she|they)\b", predicate):
        before = _norm(question)[: len(_norm(question)) - len(predicate)]
        # The asker's own signature ("westmarsh cty cllr: ...") names the asker, not 'they'.
        if signed := _SIGNED.match(before):
            before = before[signed.end() :]
        named = {
            _ROLE_OF[r.group(1)]
            for r in _ROLE_RE.finditer(before)
            if not before.startswith("'s", r.end()) and (m.group(1) == "they" or _ROLE_OF[r.group(1)] != "group")
        }
        if len(named) == 1 and not _OTHER_PERSON.search(before):
            predicate = f"{predicate[: m.start(1)]}{ROLES[named.pop()][0]}{predicate[m.end(1) :]}"
        elif _OTHER_PERSON.search(before) and not (speaker and re.search(r"\b(?:me|us)\b", predicate)):
            # "if a job applicant lobbies a councillor, do they get chucked out?": 'they' may be
            # either; who acts is unknown, and no rule for councillors answers it.
            return None, None
    # "should they be talking to me first?" from a councillor: 'they' act on the one who asks, so
    # they are the other side.
    if (
        speaker in _COUNTERPART
        and re.match(rf"{_AUX}\s+(?:not\s+)?(?:he|she|they)\b", predicate)
        and re.search(r"\b(?:me|us)\b", predicate)
        and not _OTHER_PERSON.search(_norm(question))  # "residents keep texting me, can they ...?"
    ):
        return _COUNTERPART[speaker], speaker
    if speaker is None and _ASKER_SUBJECT.match(predicate):
        # "can i text the deputy clerk ...?": 'i' acts on the clerk, so 'i' is the clerk's
        # counterpart, a councillor (and one who asks "can i ... a councillor" an officer). Acting
        # on a group or on nobody named says nothing of who 'i' is: no direction.
        # (a small council's staff by their posts are officers: "can I ask our admin assistant to ...?")
        roles = roles_in_order(predicate) or (["officer"] if _staff_post_named(predicate) else [])
        other = roles[0] if roles else None
        counterpart = _COUNTERPART.get(other or "")
        if counterpart:
            return counterpart, other
        # "am i allowed to sign a letter in the council's name?", with nobody named: the one who
        # asks without saying who they are is taken for a councillor, the assistant's usual user
        # (an officer says so: "clerk here", "as the clerk", "my line manager"); the quote beside
        # the Yes/No names whom the rule is for.
        # Not when the one acted on is only a pronoun ("can i email him?": him may be a resident).
        first_person = re.search(r"\b(?:i|me|my|we|us|our)\b", _norm(question))
        pronoun_object = re.search(r"\b(?:him|her|them)\b", predicate)
        officer_hint = _OFFICER_SAYS.search(_asker_text(question))
        # (one whose thing it is, "before i raise the resident's case", is no one who acts)
        someone_else = roles_in_order(question) or any(
            not (_norm(question).startswith("'s", m.end()) and m.group(0) in ("resident", "constituent"))
            for m in _OTHER_PERSON.finditer(_norm(question))
        )
        # "want to pop in and see the events officer - do i need to book a time?": when the question
        # names only officers, and the asker does not say they are one, the asker is the councillor
        # who deals with them (not from councillors named: "with our ward cllr" may be a party
        # branch's, and "a cllr asked me to" is already an officer's).
        # (a small council's staff by their posts count as officers here: "can i ask the lengthsman to
        # cut back the hedge?")
        named = set(roles_in_order(question)) | ({"officer"} if _staff_post_named(_norm(question)) else set())
        if (
            first_person
            and named == {"officer"}
            and not _OTHER_PERSON.search(_norm(question))
            and not officer_hint
            # (what the asker says they are may be staff; what they say they did or are to someone is not:
            # "if im related to an employee do i need to tell the chief exec?")
            and not re.search(
                r"\b(?:i'm|i am|im|i work|we're|we are)\b(?! (?:related|married|friends?|close|worried|unhappy|"
                r"not happy|concerned|thinking|going|trying|planning|asking|writing)\b)",
                _norm(question),
            )
        ):
            return "member", "officer"
        return (
            ("member", None) if first_person and not (pronoun_object or officer_hint or someone_else) else (None, None)
        )
    if (
        speaker in _COUNTERPART
        and _ASKER_SUBJECT.match(predicate)
        and not re.match(rf"{_AUX}\s+(?:i|we)\b", predicate)
        and not _RECEIVING.search(predicate)
    ):
        # "stowbridge cllr - is it ok to phone the clerk ...?": the asker, whom the question names, acts.
        others = [r for r in roles_in_order(predicate) if r != speaker]
        return speaker, others[0] if others else None
    found = direction(predicate, speaker)
    if found != (None, None) or re.search(r"\b(?:i|we|me|us)\b", predicate):
        return found  # "should i jump in ...?": 'i' is nobody we know, not the officer named before
    # "if someone going for a job rings round the councillors, does that rule them out?": the one who
    # acts is someone outside the council, not the first role named.
    if _SOMEONE.search(_norm(question)):
        return None, None
    return direction(question, speaker)
