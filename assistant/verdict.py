"""Yes or No, and only when a quoted sentence says so plainly.

Pure functions on strings. A question asks for a verdict when it is a yes/no question (a modal:
must, can, may, should, is it OK, am I allowed, do I have to, does X let ...). A sentence gives a
verdict only when its polarity is explicit ("no power to require", "should not", "must not",
"can legitimately refuse", "have the same right", "may", "is entitled to") and it is about the
same action (a shared verb family) in the same direction (who does what to whom: councillor ->
officer is not officer -> councillor). A wrong Yes/No is worse than none, so every doubt is "no
verdict".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.amounts import Limit, asked_amount, names_a_limit, names_a_sum, sentence_limit
from assistant.clock import asked_hour, ruled_hours, within
from assistant.standing import not_the_rule
from index.concepts import booked_time_said_plainly
from index.concepts import patterns as _concept_patterns
from index.query import with_jargon_explained
from index.units import sentences as split_sentences
from ingest.cleanup import plain_quotes
from ingest.lazy_regex import lazy_compile

_WORD = lazy_compile(r"[a-z]+(?:'[a-z]+)?")

# --- the question ------------------------------------------------------------------------
_AUX = r"(?:can|could|may|might|must|should|ought|shall|will|would|is|are|am|do|does|did|has|have)"
# "can ...", "yateley: can ...", "as a cllr am i allowed ...", "... - can the clerk push back?"
# Who a question's modal may have as its subject: a person, or the two sides by their names.
_PEOPLE_SUBJECTS = r"i|we|you|he|she|they|it|councillors|cllrs|members|officers|staff|employees"
_A_SUBJECT = rf"(?:{_PEOPLE_SUBJECTS}|there|this|that|the|a|an|our|my|your|their|his|her|any)\b"
# (after "and", "so" ...: a modal with a subject of its own; "... drop off some papers and have a chat?" is one
# question)
_A_NEW_QUESTION = (
    rf"(?:(?:can|could|may|might|must|should|ought|shall|will|would|is|are|am|do|does|did)\s+{_A_SUBJECT}|"
    r"(?:have|has)\s+(?:i|we|you|he|she|they|it)\b|is it ok|(?:all right|alright|ok(?:ay)?|fine) )"
)
_YES_NO = lazy_compile(
    rf"(?:^|[:;,\-\u2013?!.(]\s*|\b(?:so|then|but|and|please)\s+(?={_A_NEW_QUESTION}))"
    rf"({_AUX}|is it ok(?:ay)?|(?:all right|alright|ok(?:ay)?|fine) (?=for (?:me|us|a|an|the)\b|if (?:i|we)\b|to\b))\b"
)
# (after a leading "if", the modal must have a subject of its own: in "if a councillor is bullying
# me, can I ...?" the "is" is the condition's verb, and the question is "can I ...")
_LEAD_YES_NO = lazy_compile(
    rf"^(?:(?:as|at|in|for)\b[^,?]*?\s)?({_AUX})\s+(?:i|we|you|he|she|they|it|a|an|the|our|my|\w+s?)\b"
    rf"|^if\b[^,?]*?\s({_AUX})\s+(?:i|we|you|he|she|they|it|a|an|the|our|my)\b"
)
_WH = lazy_compile(r"^\s*(?:who|whom|whose|what|when|where|which|why|how)\b")
_WH_ANY = lazy_compile(r"\b(?:who|whom|whose|what|whats|when|where|which|why|how)\b")
# "in kelsworth, fenby marsh and ravensmoor can the mayor ...?", "sellingford - if i ..., do i have to ...":
# a modal then its subject, anywhere, when no wh-word could be the real question.
_MID_YES_NO = lazy_compile(
    r"\b(can|could|may|must|should|do|does|will|is|are|am)\s+(?:i|we|you|he|she|they|the|a|an|our|my|"
    r"councillors|cllrs|members|officers|staff|employees)\b"
)
_NEGATED_QUESTION = lazy_compile(
    r"\b(?:not|can't|cannot|mustn't|shouldn't|isn't|aren't|don't|doesn't|won't|"
    r"cant|mustnt|shouldnt|isnt|arent|dont|doesnt|wont|couldnt|wouldnt)\b"
)

PERMISSION, OBLIGATION, FACT = "permission", "obligation", "fact"
_OBLIGATION_Q = lazy_compile(
    r"\b(?:must|have to|has to|need to|needs to|required to|obliged to|obligated to|got to|supposed to|meant to|"
    r"should|ought|shall|(?<=\bis )(?:[a-z]+ ){1,3}?expected to|(?<=\bare )(?:[a-z]+ ){1,3}?expected to|"
    r"(?<=\bam )i expected to)\b"
)
_FACT_Q = lazy_compile(r"(?:will|would|does|do|did|is|are|am)\b")
# "does the clerk need the council's ok before ...?": leave that must be had, not leave to do it.
_LEAVE_NOUNS = "ok|okay|go-ahead|say-so|permission|approval|agreement|consent|sign-off|blessing"
_NEEDS_LEAVE = lazy_compile(
    r"(?:do|does|did|will|would|should|shall|must|am|is|are)\s+(?:[a-z'-]+\s+){1,3}?"
    r"(?:still |really |actually |first )?"
    r"needs? (?:to get |to have |to ask for )?(?:the |their |his |her |an |any |your |my |our |(?:[a-z]+'?s? ){1,2})?"
    rf"(?:{_LEAVE_NOUNS}|(?:good )?reason|justification)\b"
)
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
_PERMISSION_Q = lazy_compile(
    r"\b(?:allowed|ok|okay|alright|all right|fine|let|lets|permitted|entitled|able|right to|acceptable|"
    r"appropriate|proper|free to|possible|welcome|can|could|may|might|rights?)\b"
)
# The question's own verb is a negative ("keep out of", "avoid"): a Yes or No would read backwards.
# "will the chief exec tell me whether i can see the file?": the question is the one it reports, and a
# Yes/No would answer the telling.
# (not a condition of the asker's own: "do I have to tell the clerk if my nephew works for the council?")
_WHOM = r"(?:(?:me|us|them|him|her|the \w+|a \w+|councillors|members)\s+)?"
_INDIRECT = lazy_compile(
    rf"\b(?:let (?:me|us|them|him|her) know|ask|check)\s+{_WHOM}(?:whether|if)\b"
    rf"|\b(?:tell|inform)\s+{_WHOM}(?:whether|if(?!\s+(?:i|i'm|im|my|we|we're|our)\b))\b"
)
# "is there a rule on that?", "does the protocol cover it?": whether the protocols speak to it, not
# what they say; a "No." beside the rule that is there would read as "there is none".
_ABOUT_THE_RULES = lazy_compile(
    r"^(?:is|are) there (?:a |an |any )?(?:rules?|polic(?:y|ies)|guidance|anything|something|provisions?|"
    r"procedures?|protocol)\b|^(?:does|do|will) (?:the|our|this|their|that|your|its|any) ?(?:\w+ )?"
    r"(?:protocol|code|rules?|guidance|polic(?:y|ies)|document) (?:cover|say anything|mention|deal with|address)\b"
)
_INVERTED_QUESTION = lazy_compile(
    r"\b(?:keep out|stay out|keep away|stay away|steer clear|avoid|refrain|against the|wrong to|wrong for|"
    r"a breach|breach of|in breach)\b"
)


_CONJUNCTION_WH = lazy_compile(
    r"\b(?:when|whenever|where|while|whilst)\s+(?:i|we|you|he|she|they|it|a|an|the|my|our|their|someone|somebody)\b"
)


def is_yes_no(question: str) -> bool:
    """Whether the question asks a yes/no question a protocol could answer (not 'who/what ...')."""
    q = _norm(question)
    if not q or _WH.match(q):
        return False
    if _LEAD_YES_NO.match(q):
        return True
    if found := list(_YES_NO.finditer(q)):
        # "the chair agreed, fine to go ahead. who signs the cheques?": a wh-question after the
        # "ok"/"fine" is the question.
        last = found[-1]
        return not (re.match(r"ok|fine|all|alright", last.group(1)) and _WH_ANY.search(q[last.end() :]))
    m = _MID_YES_NO.search(q)
    if not m:
        return False
    # "when i write up a paper am i allowed to mention what cllrs think?": a "when"/"where" that
    # leads a clause of its own ("when i ...") is no question word, nor is one inside the yes/no
    # question ("... mention what ..."); "can you tell me who ...?" asks who.
    before = _CONJUNCTION_WH.sub("", q[: m.start()])
    return not _WH_ANY.search(before) and not (m.group(0).endswith(" you") and _WH_ANY.search(q[m.end() :]))


def _own_clause(predicate: str) -> str:
    """The question's own verb phrase, before any clause it governs: "can the clerk say no" of "can
    the clerk say no if a request isn't legal?"."""
    # ("tell staff how to get on with it": an instruction, not a clause of its own)
    # ("do i have to cc the chair every time i send the clerk a request?" asks about copying, not sending)
    return re.split(
        r"\b(?:if|when|whenever|where|because|since|so|as|something|how(?! to\b)|whether|every time|each time)\b",
        predicate,
    )[0]


# A statement with a tag ("I'm still allowed to challenge it at committee, right?", "fancy taking the
# planning officer out for a pint to say thanks, thats ok?", "want to sit in on the interviews - ok?"):
# the plain question it asks.
_TAG = r"\s*[,.\-\u2013]*\s*(?:right|yeah|correct|surely|isn't it|isnt it|aren't i|arent i|can't i|cant i)\s*\?+\s*$"
_OK_TAG = (
    r"\s*[,.\-\u2013]*\s*(?:(?:that's|thats|that is|is that|it's|its|would that be|is it|that'd be|thatd be) )?"
    r"(?:ok|okay|fine|alright|all right|allowed|acceptable)"
    r"(?: (?:right|isn't it|isnt it|yeah|though|too|then))?\s*\?+\s*$"
)
# (an introduction before a tagged statement: "kestonbury cllr here: ", "meresby - ", "but ")
_INTRO = r"(?P<pre>(?:[^-:,.;?!]*(?: - |: |, |; |\. | but ))?)"
_TAGGED = (
    (
        lazy_compile(
            rf"^{_INTRO}(?:i'm|im|i am) (?:still |definitely |)(?P<what>allowed|ok|okay|fine|entitled|free|able) "
            rf"to (?P<rest>.+?){_TAG}"
        ),
        "{pre}am i {what} to {rest}?",
    ),
    (
        lazy_compile(rf"^{_INTRO}(?:i|we) (?:can|could) (?:still |just |definitely )?(?P<rest>.+?){_TAG}"),
        "{pre}can i {rest}?",
    ),
    (
        # (the asker's own wish, said after any story: "a cllr emailed me and i want to bcc ... - ok?")
        lazy_compile(
            rf"^(?P<pre>(?:.*?(?:[-:,.;!]| and| but| so) )?)(?P<subj>i|we|i'd|we'd|i'm|we're) ?(?:want to|wanna|"
            rf"'d like to|would like to|am planning to|'m planning to|plan to|am going to|'m going to|"
            rf"was thinking of|'m thinking of|thinking of|fancy) (?P<rest>.+?){_OK_TAG}"
        ),
        "{pre}is it ok to {rest}?",
    ),
    (
        # (the asker's own wish: "want to ...", not "the cllrs want to ...")
        lazy_compile(
            rf"^{_INTRO}(?:want to|wanna|'d like to|would like to|am planning to|"
            rf"'m planning to|plan to|am going to|'m going to|was thinking of|'m thinking of|thinking of|fancy) "
            rf"(?P<rest>.+?){_OK_TAG}"
        ),
        "{pre}is it ok to {rest}?",
    ),
    (lazy_compile(rf"^{_INTRO}(?P<rest>[a-z]+ing\b.+?){_OK_TAG}"), "{pre}is it ok to {rest}?"),
)
# What a tagged statement's verb may not start with: "i could never ring the clerk at home, right?" is
# no "can i never ...?"; nor may it hold a question of its own ("... - what's the time limit?").
_NOT_PLAIN = lazy_compile(
    r"^(?:never|not|no longer|only|hardly|barely|at least|no)\b|[-.;:?!,] *(?:what|who|when|where|why|how|which)\b|\?."
)
# Gerunds a tagged statement starts with, and their verbs ("taking" -> "take").
_MORE_GERUNDS = {
    gerund: verb
    for verb in (
        "ask invite plan bring send put get go come meet vote declare disclose place message post ring text "
        "tag name visit accept keep buy hold run organise arrange print help tell sign join leave publish "
        "record film stand canvass deliver pop drop call chase forward copy quote mention attend"
    ).split()
    # ("asking", "taking" without its e, "planning" with its last letter twice)
    for gerund in {verb + "ing", verb.removesuffix("e") + "ing", verb + verb[-1] + "ing"}
}


@lru_cache(maxsize=4096)
def untagged(question: str) -> str:
    """The plain yes/no question a tagged statement asks ("I'm still allowed to X, right?" -> "am i
    allowed to X?"); the question itself when it is none."""
    q = re.sub(r"\br (?=they|you|we|staff|officers|councillors|cllrs|members)\b", "are ", _norm(question))
    # ("..., thats fine isnt it? brackenholt": the council named after the question goes before it)
    tagged = q
    if tail := re.match(r"^(.*\?)\s*((?:[a-z'-]+ ?){1,3})\.?$", q):
        tagged = f"{tail.group(2).strip()} - {tail.group(1)}"
    unchanged = question if q == _norm(question) else q
    if is_yes_no(q) and not re.search(_OK_TAG + r"|right\s*\?+\s*$", tagged):
        return unchanged
    for pattern, plain in _TAGGED:
        if not (m := pattern.match(tagged)):
            continue
        parts = m.groupdict()
        first, _, others = parts["rest"].partition(" ")
        # (only an introduction, not someone else: "the clerk - attending our group meeting, is that ok?")
        pre = parts["pre"]
        if parts.get("subj"):
            # ("my wife and i would like to ...": a subject of two, whose question is not the asker's own)
            if re.fullmatch(r"(?:[a-z'-]+ ){1,3}and ", re.split(r"[-:,.;!] ", pre)[-1]):
                return unchanged
            del parts["subj"]
        elif roles_in_order(pre) and not re.search(r"\b(?:here|speaking)\W*$", pre.strip()):
            return unchanged
        if _NOT_PLAIN.search(parts["rest"]):
            return unchanged
        # ("fancy taking ...": its verb; "ring" is no gerund, and a gerund unknown here is left alone)
        if base := _ING_BASE.get(first) or _MORE_GERUNDS.get(first):
            first = base
        elif first.endswith("ing") and pattern is _TAGGED[-1][0]:
            return unchanged
        parts["rest"] = f"{first} {others}".strip()
        return plain.format(**parts)
    return unchanged


def question_modality(question: str) -> str | None:
    """'obligation' (must / have to / should), 'permission' (can / may / allowed / OK / let), 'fact'
    (what happens: 'will I be invited?', 'does it go to the district council?'), or None when it is
    neither or it is negated ('can't I ...?', 'is it against the protocol to ...?': a Yes or No would
    be ambiguous)."""
    q = untagged(_norm(question))
    if not is_yes_no(q):
        return None
    predicate = _predicate(q)
    if _INVERTED_QUESTION.search(predicate) or _INDIRECT.search(predicate) or _ABOUT_THE_RULES.match(predicate):
        return None
    # "can't I ...?" is ambiguous; "can the clerk say no if a request isn't legal?" is not.
    # Only the question's own verb: "... so it doesnt drag on", "... something they won't tell me".
    own = _own_clause(predicate)
    if _NEGATED_QUESTION.search(own):
        return None
    # "... told our clerk she needs to come ... can she turn them down?" asks permission: the
    # question's own part says which.
    if _OBLIGATION_Q.search(predicate) or _NEEDS_LEAVE.match(own):
        return OBLIGATION
    # "will I be invited ...?", "does it get passed to the district council?": what happens, not
    # what may be done ("An officer may attend" does not say that one will).
    # ("will the chief exec tell a member if ... the member can contact ...?" asks what happens.)
    if _FACT_Q.match(predicate) and not _PERMISSION_Q.search(own):
        return FACT
    return PERMISSION


# "is it against the rules to phone the clerk at home?" asks "can I ...?" the other way round: its
# Yes is the plain question's No. (Only these plain forms; "can't I ...?" stays ambiguous.)
# Words for being kept from doing a thing ("barred from", "banned from").
_BARRED = r"(?:barred|banned|prohibited|forbidden|precluded|debarred|prevented|stopped)"
_INVERTED_LEAD = lazy_compile(
    r"^(?:(?:is|would|will) it (?:be )?(?:against the (?:rules?|protocol|code(?: of conduct)?)|"
    r"(?:a )?breach(?:ing)?(?: of)?(?: the)?(?: (?:rules?|protocol|code(?: of conduct)?))?|"
    r"in breach(?: of)?(?: the)?(?: (?:rules?|protocol|code(?: of conduct)?))?|wrong|not allowed|frowned upon)"
    r"(?: for (?P<who>me|us|an? [a-z]+|the [a-z]+|(?:our|my) [a-z]+|councillors|cllrs|members|officers|staff))? "
    r"(?:to|if (?P<subj>i|we) )"
    r"|(?:should|must) (?P<subj2>i|we|councillors|cllrs|members|officers|staff|the clerk) "
    r"(?:avoid|steer clear of|stay away from|keep away from|refrain from) "
    # "are sandleigh officers barred from liking ...?": its Yes is "can they like ...?"'s No
    r"|(?:are|is|am) (?P<subj3>i|we|(?:the |our |a |an )?(?:[a-z'-]+ ){0,2}?(?:councillors?|cllrs?|members?|"
    rf"officers?|staff|employees?|clerk|chair|chairman|mayor)) {_BARRED} from )"
)
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


def uninverted(question: str) -> str | None:
    """The plain question an inverted one asks the other way round ('is it against the rules to
    phone the clerk at home?' -> 'can i phone the clerk at home?'); None for any other question."""
    pred = _predicate(question)
    m = _INVERTED_LEAD.match(pred)
    if not m:
        return None
    who = m.group("who") or m.group("subj") or m.group("subj2") or m.group("subj3") or "i"
    who = {"me": "i", "us": "we"}.get(who, who)
    rest = pred[m.end() :].strip()
    # (one question only: "is it wrong to ring the clerk at home, can i text her instead?" asks two;
    # and a plain one that is itself negated or indirect is no plain question: "... if i don't
    # declare a gift?", "... to ask whether i can ...?")
    if _YES_NO.search(rest) or re.search(r"^(?:do not|don't|dont|not|never)\b|\b(?:whether|if)\b", rest):
        return None
    if m.group("subj2"):  # "should i avoid talking to the press" -> "can i talk to the press"
        first, _, tail = rest.partition(" ")
        if first not in _ING_BASE:  # ("avoid the press": no verb to ask about)
            return None
        rest = _ING_BASE[first] + (f" {tail}" if tail else "")
    if m.group("subj3"):  # "are officers barred from liking or sharing ...?" -> "can officers like or share ...?"
        # (every verb of a list: "liking, sharing or commenting on"; one the tables do not know, no plain question)
        verbs = re.match(r"([a-z]+ing)((?:(?:,| or| and) [a-z]+ing\b)*)", rest)
        if not verbs or any(_base_of(v) is None for v in re.findall(r"[a-z]+ing\b", verbs.group(0))):
            return None
        rest = re.sub(r"[a-z]+ing\b", lambda v: _base_of(v.group(0)) or "", verbs.group(0)) + rest[verbs.end() :]
    told = _norm(question)[: len(_norm(question)) - len(pred)]
    return f"{told}can {who} {rest}".strip()


_ING_BASE = {"talking": "talk", "speaking": "speak", "phoning": "phone", "emailing": "email", "sharing": "share",
             "liking": "like", "seeing": "see", "commenting": "comment", "voting": "vote",
             "giving": "give", "taking": "take", "making": "make", "using": "use", "posting": "post",
             "writing": "write", "accepting": "accept", "contacting": "contact", "attending": "attend",
             "ringing": "ring", "criticising": "criticise", "discussing": "discuss", "visiting": "visit"}  # fmt: skip
_FLIP = {"yes": "no", "no": "yes"}


def _base_of(ing: str) -> str | None:
    """A verb's base from its "-ing" form, from the tables of the verbs the rules use ("sharing" ->
    "share", "asking" -> "ask"), or None for one they do not know."""
    return _ING_BASE.get(ing) or _MORE_GERUNDS.get(ing)


# --- the sentence ------------------------------------------------------------------------
_NEGATIVE = lazy_compile(
    r"\b(?:must not|mustn't|should not|shouldn't|ought not|oughtn't|shall not|may not|cannot|can not|can't|"
    r"will not|won't|"
    r"is not (?:permitted|allowed|entitled|appropriate|acceptable)|are not (?:permitted|allowed|entitled)|"
    r"not (?:be )?(?:permitted|allowed|entitled)|no (?:legal )?(?:power|right|authority) to|"
    r"(?:has|have) no (?:legal )?(?:power|right|authority)|"
    r"(?<!who )(?<!that )(?<!which )(?:has|have) no (?:role|veto|say|vote) (?:in|on|over)"
    r"(?![^.;]*\b(?:other than|except|unless|beyond|save|apart from)\b)|"
    r"never|prohibited|not be (?:asked|expected|required)|"
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
# Says what is not required of someone: answers "must ...?", not "may ...?".
NOT_REQUIRED = lazy_compile(
    r"\b(?:not (?:be )?(?:required|obliged|expected)|(?:do|does) not (?:need|have) to|no need|"
    r"(?:do|does|will) not need (?:the |their |his |her |any |anyone's |(?:[a-z]+'?s? ){1,2})?"
    r"(?:permission|approval|agreement|consent|authori[sz]ation)|"
    r"neither\b[^.;]*\bnor\b[^.;]*\b(?:is|are) (?:required|obliged|expected) to|"
    r"no (?:legal )?(?:power|right|authority) to (?:require|compel|insist|oblige|force|make))\b"
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


# --- who does what to whom ---------------------------------------------------------------
# A council's teams and posts that are its staff; their words stay content words ("the press").
_TEAMS = (
    "communications team", "comms team", "press office", "press team", "democratic services", "minute secretary",
)  # fmt: skip
ROLES = {
    "officer": (
        "member of staff", "members of staff", "staff member", "staff members",
        "clerk", "clerks", "town clerk", "parish clerk", "proper officer", "officer", "officers", "employee",
        "employees", "staff", "rfo", "chief officer", "head of paid service", "the office", "chief executive",
        "political assistant", "political assistants", "director", "directors", "corporate director",
        "chief exec", *_TEAMS,
    ),
    "member": ("councillor", "councillors", "councilor", "councilors", "cllr", "cllrs", "member", "members", "chair",
               "chairman",
               "chairperson", "mayor", "provost", "convener", "conveners", "convenor", "leader", "cabinet member",
               "portfolio holder", "vice-chair", "deputy mayor",
               # (as many; not bare "chairs": "can i ask the caretaker to put the chairs out?", nor
               # "committee chairs", whose "committee" would then be a role's word everywhere)
               "chairmen", "chairpersons", "vice-chairs", "convenors", "leaders", "group leaders",
               "cabinet members", "portfolio holders"),
    "group": ("party group", "political group", "group", "groups", "party groups", "political groups"),
}  # fmt: skip
_ROLE_WORDS = sorted(((w, r) for r, ws in ROLES.items() for w in ws), key=lambda x: -len(x[0]))
_ROLE_RE = lazy_compile(r"\b(" + "|".join(re.escape(w) for w, _ in _ROLE_WORDS) + r")\b")
_ROLE_OF = dict(_ROLE_WORDS)
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


VERB_FAMILIES: list[frozenset[str]] = [
    frozenset(s.split()) for s in (
        "attend attendance come go present turn_up accompany join tag",
        "require make force insist compel demand summon oblige obliged",
        "refuse decline say_no push_back turn_down reject",
        "instruct instructions instruction direct directions order orders boss tell_her_what_to_do "
        "tell_him_what_to_do tell_them_what_to_do tell_the_clerk_what_to_do order_them_what_to_do "
        "boss_about boss_around "
        "tell_the_clerk_to tell_the_staff_to tell_the_officer_to tell_them_to",
        "inspect see look access view read papers documents information",
        "refer disclose mention bring repeat reveal share quote divulge",
        "friend friends friendship friendly relationship relationships close relative relatives "
        "niece nephew cousin sister brother wife husband partner daughter son in-law",
        "use print photocopy photocopier resources facilities equipment flyers newsletter leaflet",
        "canvass lobby influence candidate candidates applicant applicants appointment word",
        "leave walk_out depart step_out step_outside",
        "advise advice advising",
        "copy copies copied blind_copy bcc cc",
        "criticise criticize criticism attack blame moan slag badmouth",
        "contact approach speak email phone telephone text texting ring ringing call calls",
        "meeting meetings get-together get-togethers gathering gatherings",
        "help assist support",
        "job jobs task tasks errand errands",
        "interview panel recruitment recruit appoint appointment appointments",
        "decide decision decisions",
        "report reports written flag_up flag_it_up",
        "request requests ask asked",
        "notify notice inform tell",
        "campaign campaigning election re-election electioneering",
        "visit visits site ward pop_in pop_into popping_in drop_in drop_into call_in call_round pop_round "
        "nip_round drop_round come_round go_round call_at call_in_at",
        "pressure pressurise pressurize lean_on leaning_on leant_on put_pressure putting_pressure",
        "land premises buildings",
        "same equal equally substantially",
        "confidential confidence confidences private privately",
        "discuss discussion discussions talk",
        "running operate operates operating operation",
        "letter letters correspondence correspond write send email emails",
        "manage manager management supervise supervises supervision boss in_charge employer line_manager "
        "say_over_the_staff say_over_staff say_over_what_the_staff say_over_the_clerk say_over_officers "
        "authority_over",
        "relay pass tell disclose repeat",
        "press media paper newspaper facebook twitter online social",
        "stand candidate candidates election",
        "create set establish",
        "change alter amend",
        "discipline warning sanction suspend punish penalise",
        "reference references referee",
        "unlawful unlawfully illegal illegally lawful legal lawfully legally",
        "dissatisfied dissatisfy dissatisfaction unhappy not_happy fed_up",
        "deal deal_with handle sort_out",
        "raise raising raised bring_up bringing_up bring_it_up take_it_up take_it_to",
        "involve involved involvement take_part taking_part",
        "examine examination scrutinise scrutinize grill grilling interrogate cross-examine",
        "accept acceptance keep hang_on_to",
        "post posts posting put_up",
        # (being given a thing: "will I be given a laptop?" and "are not issued with laptops")
        "issue issued issues issuing provide provided provides providing supply supplied allocate allocated "
        "be_given get_given been_given being_given given_a given_an given_their given_our given_my",
    )
]  # fmt: skip
_STOP = frozenset(
    "a an the and or of to in on at for with by from is are am be been was were it its this that these those i me "
    "my we our us you your he him his she her they them their do does did can could may might must should shall "
    "will would has have had not no yes ok okay if as about any some all just so what who how when let lets "
    "allowed really get got want wants anything something there here also than then another other others".split()
)


def _norm(text: str) -> str:
    return " ".join(plain_quotes(text.lower()).split())


# Words said another way, in one place for every comparison: a gift card or token is a voucher,
# whatever else it says ("a card or flowers, but no vouchers"); someone's house is their home ("the clerk's house",
# "her house"; not "the council house", "the coach house" or "the House of Commons"); and what is
# alcohol-free is no alcohol.
_SAID_AGAIN = (
    (lazy_compile(r"\b(?:gift|amazon|book|store|shop|high street|love2shop) (?:cards?|tokens?)\b"), "voucher"),
    (
        lazy_compile(
            r"(?:'s?|\b(?:my|your|his|her|their|our)|(?<=\bclerk)s|(?<=\bchair)s|(?<=\bmayor)s|(?<=\bofficer)s)"
            r" (?:own )?houses?\b"
        ),
        " home",
    ),
    # "mumbles cc - can i ...?": the "cc" is the council's name, not a copy ("can i cc the clerk?")
    (
        lazy_compile(
            r"^((?:(?!(?:i|we|you|can|could|should|may|do|to|the|a|an|my|our|not) )[a-z'-]+ ){1,4})"
            r"cc(?=\s*[-:,.\u2013])"
        ),
        r"\1",
    ),
    (lazy_compile(r"\balcohol[- ]free\b|\bnon[- ]?alcoholic\b|\b(?:low|zero)[- ]alcohol\b"), "alcoholfree"),
    # informal words for the rules' own: "a box of chocs" is a box of chocolates
    (lazy_compile(r"\b(?:chocs|choccies)\b"), "chocolates"),
    (lazy_compile(r"\bxmas\b"), "christmas"),
    # "her own phone" is her personal one
    (
        lazy_compile(r"\b(my|your|his|her|their|our) own (?=(?:mobile|phone|number|email|e-mail|account|facebook)\b)"),
        r"\1 personal ",
    ),
    # "between meetings" is outside a meeting ("cannot instruct the Town Clerk outside a meeting")
    (lazy_compile(r"\bbetween (?:(?:council|committee|full council) )?meetings\b"), "outside meetings"),
    # training is completed, whatever verb the asker uses: "do i have to do safeguarding training?" and
    # "must complete the Council's safeguarding training"
    (
        lazy_compile(
            r"(?:(?<=\bto )|(?<=\bi )|(?<=\bwe ))(?:do|undergo)"
            r"(?= (?:(?:the|a|an|my|our|their|any|some|council's|safeguarding|equality|equalities|planning|"
            r"licensing|code of conduct|data protection|gdpr|induction|mandatory|refresher)\s){0,3}?"
            r"(?:training|induction course)\b)"
        ),
        "complete",
    ),
    # (and attended: "must attend training on this protocol within three months of election")
    (
        lazy_compile(
            r"\b(?<!who )(?<!that )(?:attend|attends|attending)"
            r"(?= (?:(?:the|a|an|any|some|council's|this|mandatory|induction|refresher)\s){0,3}?"
            r"(?:training|induction course)\b)"
        ),
        "complete",
    ),
    (lazy_compile(r"\bchief exec\b"), "chief executive"),
    # ("ask the bin crew to come back and empty the bins": coming back is returning, not attending)
    (lazy_compile(r"\bcome back\b"), "return"),
    (lazy_compile(r"\bpressies\b"), "presents"),
    (lazy_compile(r"\bpressie\b"), "present"),
)


def _said_again(text: str) -> str:
    for pattern, said in _SAID_AGAIN:
        text = pattern.sub(said, text)
    return text


def _words(text: str) -> list[str]:
    """Words without a possessive 's ('party's group' -> 'party', 'group')."""
    return [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(_said_again(_norm(text)))]


def _stem(word: str) -> str:
    """A crude stem that gives a verb's forms one key: 'criticise', 'criticises', 'criticised' and
    'criticising' -> 'criticis'; 'attend', 'attends', 'attending' -> 'attend'."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            # ("copied", "copies" and "copy" are one: a stem in "i" after "ed" or "es" was a "y")
            return stem[:-1] + "y" if stem.endswith("i") and suffix in ("ed", "es") else stem
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


# (stems of a family's words, its phrases padded for whole-word matching)
_FAMILY_PARTS = [
    (
        frozenset(_stem(w) for w in fam if "_" not in w),
        tuple(" " + w.replace("_", " ") + " " for w in fam if "_" in w),
    )
    for fam in VERB_FAMILIES
]


def roles_in_order(text: str) -> list[str]:
    """The roles a text names, in order ('party groups ... the Town Clerk' -> ['group', 'officer'])."""
    t = _norm(text)
    return [_ROLE_OF[m.group(1)] for m in _ROLE_RE.finditer(t) if not _OUTSIDE_BODY.match(t, m.end())]


# "the chief exec of the local hospice", "the chair of the school governors", "a member of the
# public": someone else's role.
_OUTSIDE_BODY = lazy_compile(
    r"\s+of\s+the\s+public\b|\s+(?:of|at|for)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:local\s+|nearby\s+|village\s+)?(?:hospice|charity|school|"
    r"company|firm|business|housing association|association|trust|club|society|hospital|nhs|health board|academy|"
    r"college|university|church|governors|pta|residents' association|chamber of commerce)\b"
)


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


# "take one of the staff along": the words between verb and "along" (see `_phrase_text`).
_TAKE_ALONG = lazy_compile(r" (?:take|takes|taking|took|bring|brings|bringing|brought) ((?:[a-z']+ ){1,5}?)along ")
# A phrasal verb with its object between verb and particle: "turn them down" is "turn down them".
_SPLIT_PHRASAL = lazy_compile(
    r"\b(turn|push|boss|say)\s+(them|him|her|it|me|us|you|this|that|everyone|people)\s+(down|up|back|about|around|no)\b"
)


# "tell the clerk to expect a call", "tell her to ring me back": passing a message on, no instruction.
_TOLD_TO_EXPECT = lazy_compile(
    r" tell ((?:the |our |my )?[a-z]+) to (expect|ring|call|phone|email|contact|let|look out|get back|come back)\b"
)


# "tell the deputy clerk what to do", "tell the corporate director exactly how i want ...": an
# instruction, whoever is told.
_TELL_WHAT_TO_DO = lazy_compile(
    r" tell (?:the |our |my |a |an |one of the )?(?:[a-z]+ ){0,2}?(?:clerk|clerks|officers?|staff|director|"
    r"manager|assistant|employees?|team|lads|caretaker|groundsman|groundsperson|warden|ranger|secretary|rfo) "
    r"(?:exactly )?(?:what (?:jobs |work |tasks )?to (?:do|get on with|work on|prioriti[sz]e)|which jobs to do|"
    r"how (?:i|we) want|how to (?:do|run|carry out|manage|organise|organize|go about) )"
)


# Keeping that is no accepting ("keep a record", "keep me posted", "keep it confidential"), and posts
# that are jobs ("paid posts", "the post of Clerk"): neither is a gift or a post online.
_NOT_ACCEPTING = lazy_compile(
    r" keep(?:s|ing)? (?=(?:[a-z'-]+ ){0,3}?(?:posted|informed|updated|in the loop|in touch)\b|"
    r"(?:a |an |the |my |our |their )?(?:records?|track|notes?|logs?|lists?|register|"
    r"copy|copies)\b|(?:it |them |this |that |things |everything )?(?:confidential|private|secret|safe|quiet|calm)\b|"
    r"an eye\b)"
)
_JOB_POST = lazy_compile(
    r" (?:paid|vacant|job|senior|permanent|temporary|established|restricted|chief officer|officer|clerk'?s?) posts? "
    r"| posts? of (?=(?:the )?(?:clerk|officer|director|chief|head|deputy|assistant|rfo)\b)"
)


# Keeping is accepting only what was given: "can I keep the chocs she gave me?", not "can the clerk
# keep the petty cash at home?" or "hang on to the cheque until the next meeting".
_GIFT_CUE = lazy_compile(
    r"\b(?:gifts?|presents?|pressies?|gave|given|give|giving|offered|offers?|sent|brought|left|dropped|hampers?|"
    r"chocolates|chocs|flowers|vouchers?|bottles?|thanks?|tokens?|hospitality|accept\w*)\b"
)
# Telling staff what to do through the Clerk is no instruction of one's own ("can i ask the clerk to
# tell the caretaker what jobs to do?").
_THROUGH_THE_CLERK = lazy_compile(r"(?:ask|get|asking|getting) (?:the |our |my )?(?:town |parish |deputy )?clerk to $")


_TELL_SOMEONE_TO = lazy_compile(
    r" (?:tell|tells|telling) (?:(?:the|our|my|a|an|one of the|him|her|them|us|me|staff|everyone) )?"
    r"(?:(?!(?:what|which|where|when|whether|why|that|about)\b)[a-z'-]+ ){0,3}?to (?!expect\b)(?=[a-z])"
)


# What people call a gift: "a little xmas present", "a box of chocs", "a bottle of champagne", "a
# voucher" are what rules call gifts ("present" only as a thing given, not "be present", "at present").
_GIFT_THING = lazy_compile(
    r"\b((?:a|an|the|this|that|my|her|his|their|our|some|any|little|small|nice|lovely|christmas|xmas|birthday|"
    r"leaving|retirement|wedding|personal|thank you|thank-you) )(?:presents?|pressies?)\b"
    r"|\b(?:bottles?|case|cases|crate|box|boxes|tin|tins) of (?:wine|whisky|whiskey|gin|champagne|prosecco|"
    r"beer|chocolates|chocs|biscuits|sweets)\b|\b(?:vouchers?|hampers?|chocs|chocolates|champagne|prosecco|"
    r"whisky|whiskey|bouquets?|freebies?)\b"
)
# Taking or keeping a gift is accepting it ("can I take the voucher?"): said after `_GIFT_THING`.
_TAKING_A_GIFT = lazy_compile(
    r" (?:take|takes|taking|took|keep|keeps|keeping) (?=(?:[a-z'-]+ ){0,4}?gifts? "
    # ("take a present round to the clerk", "take a box of chocs in for the staff": delivering it)
    r"(?!(?:[a-z'-]+ )?(?:round |along |in |over |up |down |back )?(?:to|for|into|in)\b))"
)


_GIVING = lazy_compile(
    r"\b(?:gifts?|gave|given|give|gives|giving|sent|send|offered|offers?|brought|left|dropped|thanks?|thank you|"
    r"from|christmas|xmas|birthday|leaving|retirement|accept\w*|present)\b"
)


@lru_cache(maxsize=4096)
def _gift_things(text: str) -> str:
    """The text with what people call a gift called one: "a present" always; "vouchers", "a bottle of
    wine" where something is given (not "food bank vouchers" handed out, "the prosecco for the civic
    reception"), keeping their own words too ("must not accept cash or vouchers")."""
    giving = bool(_GIVING.search(text))
    return _GIFT_THING.sub(
        lambda m: f"{m.group(1)}gift" if m.group(1) else f"{m.group(0)} gift" if giving else m.group(0), text
    )


# Asking the council's outdoor staff to do a job is giving them work: "can i ask the grounds lads
# to strim round the memorial?" meets "must not give instructions to the grounds team" (the asking
# is kept: "may ask the Clerk to arrange it" still speaks to it).
_ASK_STAFF_TO_WORK = lazy_compile(
    r" ((?:ask|asking|asked|get|getting) (?:the |our |my |a |an |one of the )?(?:[a-z'-]+ ){0,2}?"
    r"(?:lengthsman|groundsman|groundsmen|groundsperson|caretaker|handyman|warden|ranger|cleaner|"
    r"grounds (?:lads|staff|team|man|men|crew)|maintenance (?:man|staff|team)|outdoor (?:staff|team)) "
    r"(?:directly |just |to just )?to )(?=(?:strim|cut|mow|clear|fix|mend|repair|sort|tidy|paint|empty|move|"
    r"put (?!(?:me|us|them|him|her) (?:in touch|through)\b)|set up|do|carry out|clean|trim|chase|unblock|sweep|pick up|"
    r"replace|dig|lay|plant|water|unlock|lock up)\b)"
)


_GET_SOMEONE_TO = lazy_compile(
    r" (?:get|getting|got) ((?:(?:the|our|my|a|an|one of the|one of our|some of the|deputy|assistant|town|parish|"
    r"finance|events|admin|grounds|planning|senior|new|office|council's|councils|minute|political) ){0,3}"
    r"(?:clerk|clerks|officer|officers|staff|employees?|team|lads|guys|caretaker|groundsman|lengthsman|assistant|"
    r"director|manager|rfo|secretary|warden)) to "
)
_ALTERNATIVE = lazy_compile(r" (?:rather than|instead of|or)(?: [a-z']+){0,3} $")
# The asker's own asking ("can i ask the caretaker to ...", "is it ok to get the groundsman to ...") or
# a rule's ("must not ask grounds staff to ..."), not someone else's ("get the clerk to ask the caretaker").
_OWN_ASKING = lazy_compile(
    r" (?:(?:can|could|should|may|shall|do|would) (?:i|we)|"
    r"(?:ok|okay|alright|allowed|fine|right|wrong) (?:for (?:me|us) )?to|"
    r"(?:want|wanted|like|going|able) to|(?:must|should|may|shall|will|can|would) not|cannot|can't|never|not to|"
    r"(?:are|is) (?:not )?(?:allowed|permitted|entitled|expected) to)(?: just| still| directly| personally)? $"
)
_NO_ORDER = lazy_compile(
    r"(?<= )(?:in order (?=to |that )|standing orders?(?= )|order of business(?= )|order paper(?= )|"
    r"direct(?= (?:about|to report|with|on|by|if|when|for|in an|in case|regarding)\b))"
)
_LET_KNOW = lazy_compile(r" let ((?:(?:the|our|my|your|a|an|one of the) )?(?:[a-z'-]+ ){0,2}?)know (?!to )")
_DIRECT_TO = lazy_compile(
    r" direct (?=(?:all |any |their |his |her |such |my |your |our )?(?:requests?|quer(?:y|ies)|"
    r"enquir(?:y|ies)|questions?|correspondence)\b)"
)


def _phrase_text(text: str) -> str:
    """A text's words, space-padded, with split phrasal verbs put together for phrase matching."""
    t = " " + _SPLIT_PHRASAL.sub(r"\1 \3 \2", _gift_things(" ".join(_words(text)))) + " "
    t = _JOB_POST.sub(" job ", _NOT_ACCEPTING.sub(" maintain ", t))
    t = _TAKING_A_GIFT.sub(" accept ", t)
    if not _GIFT_CUE.search(t):
        t = re.sub(r" (?:keep|keeps|keeping|hang on to|hanging on to) ", " maintain ", t)
    t = _TELL_WHAT_TO_DO.sub(
        # (an instruction, said without "tell", which alone is as often informing)
        lambda m: m.group(0) if _THROUGH_THE_CLERK.search(t[: m.start() + 1]) else " order them what to do ",
        t,
    )
    t = _TOLD_TO_EXPECT.sub(r" let \1 know to \2", t)
    # "take one of the staff along with me": to accompany (a person, not "my laptop")
    t = _TAKE_ALONG.sub(lambda m: f" accompany {m.group(1)}" if _ROLE_RE.search(m.group(1)) else m.group(0), t)
    # "can i get the clerk to translate it?": asking the clerk to
    t = _GET_SOMEONE_TO.sub(r" ask \1 to ", t)
    # "should i let the clerk know?", "let the office know": informing them
    t = _LET_KNOW.sub(r" inform \1", t)
    # ("should i tell the clerk rather than get the caretaker to sort it?" asks about telling the clerk)
    t = _ASK_STAFF_TO_WORK.sub(
        lambda m: (
            f" {m.group(1)} order them what to do "
            if _OWN_ASKING.search(t[: m.start() + 1]) and not _ALTERNATIVE.search(t[: m.start() + 1])
            else m.group(0)
        ),
        t,
    )
    # ("direct all requests for work to the Clerk" sends them on, it instructs no one; nor does "in
    # order to", "Standing Orders", or "telephone the caretaker direct")
    t = _DIRECT_TO.sub(" forward ", t)
    t = _NO_ORDER.sub(" ", t)
    # "tell the groundsman to cut the grass": telling someone to do something is an instruction
    # ("tell the clerk that ...", "should i tell the clerk?" only inform)
    return _TELL_SOMEONE_TO.sub(" tell them to ", t)


def _families(text: str) -> set[int]:
    """The verb families a text uses; a family's phrases ('say_no', 'turn_up') match as phrases, so
    'no' alone or 'turn' alone is no member."""
    t = _phrase_text(text)
    words = set(t.split())
    stems = {_stem(w) for w in words}
    return {i for i, (single, phrases) in enumerate(_FAMILY_PARTS) if single & stems or any(p in t for p in phrases)}


def _idiom_families(text: str) -> set[int]:
    """The verb families a text names by one of their phrases of three words or more."""
    t = _phrase_text(text)
    return {
        i
        for i, (_, phrases) in enumerate(_FAMILY_PARTS)
        if any(len(p.split()) >= 3 and p in t or p.strip() in _PLAIN_IDIOMS and _on_a_person(p, t) for p in phrases)
    }


def _on_a_person(phrase: str, text: str) -> bool:
    """A two-word idiom said of a person ("lean on them", "lean on the clerk"), not of a thing ("lean on the
    railings")."""
    return any(
        re.match(rf"(?:the |a |an |our |my |your |their )?(?:him|her|them|me|us|{_ROLE_RE.pattern})", text[m.end() :])
        for m in re.finditer(re.escape(phrase), text)
    )


# Two-word phrases that say their act as plainly as a longer idiom: "lean on her" is pressure.
_PLAIN_IDIOMS = frozenset(
    "lean on|leaning on|leant on|put pressure|putting pressure|boss about|boss around|walk out|blind copy".split("|")
)


# The words of the roles, which are no content words (a team's words are: "the press", "my team leader").
_ROLE_TOKENS = frozenset(token for ws in ROLES.values() for w in ws if w not in _TEAMS for token in w.split())


# When something happens, in the words rules use: "on a sunday" is "at weekends", "at half 8 in
# the evening" and "after 6pm" are the evening, and both are out of hours.
# ("sat" and "sun" only as days: "on sat", "sun morning", not "sat on the planning committee" or "the sun")
_WEEKEND = lazy_compile(
    r"\b(?:saturdays?|sundays?|weekends?|bank holidays?)\b|\b(?:on|this|next|last|every|a) (?:sat|sun)\b|"
    r"\b(?:sat|sun)(?= (?:morning|afternoon|evening|night|\d))"
)
_EVENING_HOUR = r"(?:[5-9]|1[01])(?:[.:]\d\d)?"
_NOT_CLOCK = r"(?!\s*(?:am|a\.m\.|days?|working|weeks?|months?|per|%))"
_EVENING = lazy_compile(
    r"\b(?:evenings?|night|nights|tonight|overnight|late at night)\b"
    rf"|\b(?:after|past|from|gone)\s+{_EVENING_HOUR}\s*(?:pm|p\.m\.|o'?clock|at night)?{_NOT_CLOCK}\b"
    r"|\b(?:[6-9]|1[01])(?:[.:]\d\d)?\s*(?:pm|p\.m\.)"
    r"|\b(?:[6-9]|1[01]|half (?:six|seven|eight|nine|ten|[6-9]|10))\s+(?:at night|in the evening)"
)
_OUT_OF_HOURS = lazy_compile(
    r"\b(?:out of hours|out-of-hours|after hours|outside (?:of )?(?:normal |their |his |her |my |your |our |the )?"
    r"(?:working|office|work|business) hours|outside office hours|early (?:in the )?morning)\b"
    r"|\bbefore\s+[5-8](?:[.:]\d\d)?\s*(?:am|a\.m\.)?(?!\s*(?:pm|days?|working|weeks?))\b"
)


# "Councillors may call in at those times without an appointment": which times is said before.
_THOSE = r"(?:those|these|such|the above|the same|the stated) (?:times|hours|days|periods?|sessions)\b"
_THOSE_TIMES = lazy_compile(rf"\b(?:at|during|in|within|outside(?: of)?) {_THOSE}")
_OUTSIDE_THOSE_TIMES = lazy_compile(rf"\boutside (?:of )?{_THOSE}")
_DAYS = {
    day: lazy_compile(rf"\b(?:{pattern})\b")
    for day, pattern in {
        "monday": r"mondays?|mon",
        "tuesday": r"tuesdays?|tues?",
        "wednesday": r"wednesdays?|weds?",
        "thursday": r"thursdays?|thurs?|thu",
        "friday": r"fridays?|fri",
        "saturday": r"saturdays?",
        "sunday": r"sundays?",
        "morning": r"mornings?",
        "afternoon": r"afternoons?",
        "evening": r"evenings?|night|tonight",
    }.items()
}


def _when_named(text: str) -> set[str]:
    """The days and times of day a text names ("tues morning" -> tuesday, morning)."""
    t = _norm(text)
    return {day for day, pattern in _DAYS.items() if pattern.search(t)} | set(_time_words(text))


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


@lru_cache(maxsize=4096)
def _time_words(text: str) -> frozenset[str]:
    """When a text says something happens, in the rules' words (called for every content-word
    comparison: cached)."""
    t = _norm(text)
    found: set[str] = set()
    if _WEEKEND.search(t):
        found |= {"weekend", "out_of_hours"}
    if _EVENING.search(t):
        found |= {"evening", "out_of_hours"}
    if _OUT_OF_HOURS.search(t):
        found.add("out_of_hours")
    return frozenset(found)


def _content(text: str) -> set[str]:
    said = _words(_gift_things(_norm(text)))
    words = {_stem(w) for w in said if w not in _STOP and w not in _ROLE_TOKENS and len(w) > 2}
    return words | _time_words(text)


def content_words(text: str) -> set[str]:
    """A text's content words, stemmed: not stop words, not role words, longer than two letters."""
    return _content(text)


def _concepts(text: str) -> set[int]:
    """The thesaurus concepts a text touches ('slag off' and 'criticise' both touch 'criticise in public')."""
    t = _norm(text)
    t = booked_time_said_plainly(t)  # ("without an appointment" is no recruitment)
    t = _OFFICE_TITLE.sub(" staff ", t)  # ("the Office Administrator" is a person, not a visit to the office)
    return {i for i, (pattern, _) in enumerate(_concept_patterns()) if pattern.search(t)}


_OFFICE_TITLE = lazy_compile(r"\boffice (?:administrators?|managers?|assistants?|staff|team|clerks?|workers?)\b")


# Meetings are where things happen, not what is done: "arrange a public meeting ... inform the
# Clerk" is not about making the Clerk come to a group's meeting.
_MEETING = next(i for i, fam in enumerate(VERB_FAMILIES) if "meeting" in fam)
_ATTEND = next(i for i, fam in enumerate(VERB_FAMILIES) if "attend" in fam)
_REQUEST = next(i for i, fam in enumerate(VERB_FAMILIES) if "request" in fam)


# A clause that describes a noun, with no relative word: "a group meeting they attended", "the
# advice she gave". Its verb says which thing is meant, not what the rule is about.
_CONTACT_CLAUSE = lazy_compile(r"\b([a-z]+) (?:they|he|she|we|you) (?:have |has |had )?([a-z]+ed)\b")


# (words that start a clause of their own, not nouns: "whether they have accepted it")
_NOT_NOUNS = frozenset("whether unless where once until after before because since while which whom though".split())


def _described(match: re.Match[str], asked: set[str]) -> str:
    """The noun without the verb that describes it, unless the question asks about that verb too
    ("Can I vote on an application I objected to?")."""
    noun, verb = match.group(1), match.group(2)
    if noun in _STOP or noun in _ROLE_OF or noun in _NOT_NOUNS or _stem(verb) in asked:
        return match.group(0)
    return noun


_POINTS_BACK = lazy_compile(r"\b(?:it|them|that|this|these|those|one|so|there|him|her)\b")
# Words of a yes/no question's own part that name no act: "is that ok?", "am i allowed to?".
_ASKED_ONLY = frozenset(
    _content("allowed allow permitted okay alright right fine able acceptable appropriate just really")
)


_POST_WORD = lazy_compile(
    r"(?<=\b(?:the|our|his|her) )([a-z]+) (?=(?:officer|manager|assistant|co-?ordinator|administrator)s?\b)"
)


def _without_post_words(text: str) -> str:
    """The text without the words of a post's name that are a verb family's ("facilities" of "the
    Facilities Officer"), which say who someone is, not what is done."""
    return _POST_WORD.sub(lambda m: "" if _families(m.group(1)) else m.group(0), _norm(text))


def same_action(question: str, sentence: str, *, by_concept: bool = False) -> bool:
    """The question and the sentence are about the same action: a shared verb family and at least
    one more shared content word, or three shared content words. With `by_concept`, a shared
    thesaurus concept ('useless' and 'criticise', 'junior' and 'authority') counts as a shared
    family too: loose enough for a prohibition, whose general class covers the question's case,
    not for a permission ('may see documents they need' does not permit personnel files)."""
    # "Officers will not tell any other group what was discussed at a group meeting they attended"
    # is about telling, not attending.
    # (a post's name is no act: "the Facilities Officer", "the Press Officer")
    question, sentence = _without_post_words(question), _without_post_words(sentence)
    # (nor what a thing the question names does: "like a resident's facebook post slagging off a named officer"
    # asks about liking, not criticising)
    question = _THING_DOING.sub(r"\1", _norm(question))
    asked = {_stem(w) for w in _words(question)}
    sentence = _CONTACT_CLAUSE.sub(lambda m: _described(m, asked), _norm(sentence))
    # A meeting in common is where things happen, not what is done (see `about_the_action`); but
    # what is attended, when both name the same kind: "come to our group meeting" and "attend group
    # meetings" name one act ("come to the council meeting" another).
    shared = _families(question) & _families(sentence)
    attended = _ATTEND in shared and bool(meeting_kinds(question) & meeting_kinds(sentence))
    shared_families = shared if attended else shared - {_MEETING}
    # (being expected to is what is asked, not what is done: "is the clerk expected to take notes at group
    # meetings?" and "... not expected to take notes at site visits")
    shared_words = _content(question) & _content(sentence) - {"expect", "expected"}
    # An idiom of the family in the question ("tell the clerk what to do", "in charge of") says more
    # than one word of it does: evidence enough with the family's word in the sentence.
    if shared_families & _idiom_families(question):
        return True
    if len(shared_words) >= 3 or shared_families and len(shared_words) + len(shared_families) >= 2:
        return True
    # The very verb the question asks about after the rule's modal, and one more word: "can cabinet members
    # meet their director regularly?" and "Cabinet Members may meet their Director regularly ...".
    # (not the council whose thing it is: "enter data on the council's system" and "enter the Council's offices")
    if (
        (verb := _asked_verb_word(question))
        and verb in _rule_verb_stems(sentence)
        and {w for w in shared_words - {verb} if not w.startswith("council")}
        # (and all it names: "publish the confidential minutes" is no case of "may publish the public minutes",
        # nor "park in the staff car park" of "may park in the visitors' car park")
        and _names_all_asked(question, sentence)
        and _every_word_said(_after_subject(question) or [], sentence)
        # (and whom the rule is for, as the question names them: "Section 151 Officers may sign ..." is not
        # for every officer)
        and _every_word_said(_words(_norm(sentence)[: _RULE_VERB_AT.search(_norm(sentence)).start()]), question)
    ):
        return True
    # A concept's triggers overlap the verb families ("papers", "phone"): a concept and a family
    # from one word are one piece of evidence, so a shared content word is needed as well. And the
    # concept is in what is asked when that names an act of its own: "i was invited to give factual
    # info to a party group ... can i just get up and leave?" asks about leaving, not about what
    # officers may give a group ("Officer support will not extend beyond providing factual information").
    if not (by_concept and shared_words):
        return False
    # ("... wants to give me a bottle of wine - can I take it?": what "it" is, is told before)
    asked_part = _predicate(question)
    own = bool(_content(asked_part) - _ASKED_ONLY) and not _POINTS_BACK.search(asked_part)
    concepts = _concepts(asked_part if own else question)
    return bool(concepts & _concepts(sentence))


_THING_DOING = lazy_compile(
    r"\b((?:post|comment|message|email|e-mail|tweet|article|letter|thread|video|photo|story|review|report|paper|"
    # (a participle that tells what the thing does or had done to it, not an adjective: "an email unanswered over
    # the weekend" keeps its weekend)
    r"document)s?)\s+(?:[a-z]+ing|prepared|written|given|sent|posted|shared|published|circulated|attached)\b[^?.,;]*"
)


# Where a rule's own verb starts: after its modal ("should not contact", "must never accept"), or
# after a right, power or duty ("has no authority to instruct", "are entitled to see").
_RULE_VERB_AT = lazy_compile(
    r"\b(?:must|should|shall|may|might|can|cannot|can't|will|won't|ought to|need to|needs to|has to|have to|"
    r"(?:has|have|had) (?:the |a |any |no )?(?:right|power|authority|duty) to|"
    r"(?:is|are) (?:not )?(?:entitled|expected|required|allowed|permitted|free|obliged) to|"
    r"not the role of (?:[a-z'-]+ ){1,3}?to)(?: not| never| only| always| normally| usually| also)*(?: be)?\b"
)
# Words between a modal and its verb that are no verb: "should not directly contact", "may of course say".
_NO_VERB = frozenset(
    "not never only always normally usually also directly politely personally ever just still really actually "
    "of course to the a an any their his her my our".split()
)
# Families too wide to say what a rule does ("use", "the press", "same", a job or a meeting): a word
# of theirs is where or with what, not the act.
_WIDE_FAMILIES = frozenset(
    i
    for i, fam in enumerate(VERB_FAMILIES)
    if fam & {"use", "press", "same", "confidential", "job", "land", "meeting", "letter"}
)


# Verbs that carry their act in the noun after them: "give instructions", "provide advice".
_LIGHT_VERBS = frozenset("give gives giving provide provides offer offers take takes have seek seeks undertake".split())


def _verb_at(words: list[str]) -> int | None:
    """Where the first verb's place is in `words` (not a filler, not a role), or None."""
    return next((i for i, w in enumerate(words) if w not in _NO_VERB and w not in _ROLE_TOKENS), None)


def _verb_families(words: list[str]) -> set[int]:
    """The families of the first word of `words` that is a verb's place (not a filler, not a role):
    the word's own, or a family phrase that starts with it ("lean on", "put up", "tell the clerk
    what to do"), or after a light verb its noun's ("give instructions"); not a word further on
    ("avoid close relationships" is not about being close)."""
    i = _verb_at(words)
    if i is None:
        return set()
    text = _phrase_text(" ".join(words[i : i + 8]))
    said = text.split()
    # ("tell" alone is as often informing as instructing: only its idioms say which, "tell an
    # officer to sort out ..." among them, read by `_phrase_text`)
    found = {
        f
        for f, (single, phrases) in enumerate(_FAMILY_PARTS)
        if said and ((_stem(said[0]) in single and said[0] not in _TELL) or any(text.startswith(p) for p in phrases))
    }
    if words[i] in _LIGHT_VERBS and not found:
        return _verb_families([x for x in words[i + 1 : i + 4] if x not in _NO_VERB][:1])
    return found - _WIDE_FAMILIES


_PRONOUNS = frozenset("i we you they he she it".split())
_TELL = frozenset("tell tells telling told".split())
# The words a question's subject is made of ("i", "the committee chair", "our deputy clerk"): a role's
# words but the articles some roles have ("the office").
_SUBJECT_WORDS = _PRONOUNS | (_ROLE_TOKENS - {"the", "of", "a", "an"})
# "is it ok to ...", "is it alright for me to ...": no verb yet.
_NOT_YET = frozenset("ok okay alright fine acceptable for me us to".split())


def _after_subject(question: str) -> list[str] | None:
    """The question's words after its modal and its subject ("can the committee chair [direct
    officers]", "is it ok to [text the clerk]"), or None when no subject is found."""
    rest = _words(_predicate(question))[1:]
    subject = next((i for i, w in enumerate(rest[:5]) if w in _SUBJECT_WORDS), None)
    if subject is None:
        return None
    i = subject
    while i < len(rest) and (rest[i] in _SUBJECT_WORDS or rest[i] in _NOT_YET):
        i += 1
    return rest[i:]


def _asked_verb(question: str) -> tuple[set[int], set[str]]:
    """The verb families and the roles of what the question asks to do: after its modal and
    subject ("can i [tell the clerk] ...", "can a single cllr [boss the clerk about]", "is it ok
    to [text the deputy clerk] ...")."""
    words = _after_subject(question)
    if words is None:
        return set(), set()
    window = words[:8]
    return _verb_families(window), set(roles_in_order(" ".join(window)))


# Where a rule's case ends and its condition starts: what follows is judged as a condition elsewhere.
_CONDITION_STARTS = lazy_compile(
    r"\b(?:except|unless|if|where|when|whenever|provided|save|other than|but|and)\b|[,;:(]"
)


# Verbs too common to say what is done ("do a presentation", "get the clerk to ...").
_BARE_VERBS = frozenset(
    "do does did get gets got make makes have has be is are go goes give gives take takes put".split()
)


def _after_rule_modal(text: str) -> list[str] | None:
    """The words after a rule's modal ("should not [contact officers ...]"), or None without one."""
    t = _norm(text)
    m = _RULE_VERB_AT.search(t)
    return None if m is None else t[m.end() :].split()


_EXPECT_TO = lazy_compile(r"\bexpect to\b")


def _expecting(part: str) -> bool:
    """The rule's verb is "expect": "should not expect them to reply ..."."""
    return (_after_rule_modal(part) or [])[:1] == ["expect"]


_THING_ASKED = lazy_compile(
    r"^(?:do|does|must|should|will|are|is) (?P<thing>(?:[a-z'-]+ ){1,8}?)"
    r"(?:have to|has to|need to|needs to|must|should|(?:got|supposed|required) to)\b"
)
_THING_RULE = lazy_compile(
    r"^(?P<thing>(?:[a-z'-]+ ){1,12}?)(?:must|should|shall|will|may|can|cannot)(?: not| only)? be\b"
)


_NOT_PEOPLE = frozenset("the of a an council full committee town parish district county borough meeting".split())
# Whose a thing is, or whom it is from: "each councillor's", "officers'", "from the public".
_WHOSE_THING = lazy_compile(
    r"\b(cllr|councillor|member|officer|employee|clerk|resident|public|applicant|constituent)s?'s?(?=\s)"
    r"|\bfrom (?:the |a |an |any )?(?:members? of the )?"
    r"(public|residents?|applicants?|constituents?|members?|officers?)\b"
)


def _same_thing_ruled(question: str, part: str) -> bool:
    """The question asks what a thing must undergo ("do agenda items have to ...?", "do my highways budget
    proposals have to be in by ...?") and the rule's subject is that thing, in the passive ("Items for the
    agenda must reach ...", "... proposals ... must be sent to ..."): no one's role is its subject, and
    none is asked about."""
    asked = _THING_ASKED.match(_predicate(untagged(_norm(question))))
    ruled = _THING_RULE.match(_norm(main_clause(part))) or re.match(
        r"^(?P<thing>(?:[a-z'-]+ ){1,12}?)(?:must|should|shall)(?: not)? (?:reach|go|arrive|get)\b",
        _norm(main_clause(part)),
    )
    if not asked or not ruled:
        return False
    # (and the question's figures its own: "12 days before" is no case of "by noon on the Monday of the week
    # before")
    if not _numbers(question) <= _numbers(part):
        return False

    # (whose it is may be a person's, "each councillor's ... proposals", and must be the same person's:
    # "my written questions" are no "written questions from the public", "councillors' expense claims" no
    # "officers' expense claims"; a council or committee is no person)
    def owners(text: str) -> set[str]:
        found = {(m.group(1) or m.group(2)).rstrip("s") for m in _WHOSE_THING.finditer(text)}
        found = {_ROLE_OF.get(w, "public") for w in found} | ({"member"} if re.search(r"\bmy\b", text) else set())
        return found

    whose = [owners(t) for t in (asked.group("thing"), ruled.group("thing"))]
    if whose[0] and whose[1] and whose[0] != whose[1] or whose[1] - {"member", "officer"}:
        return False
    thing, rule_thing = (
        {_stem(w) for w in _words(_WHOSE_THING.sub(" ", t)) if w not in _NOT_PEOPLE} - _STOP - {"my", "our", "each"}
        for t in (asked.group("thing"), ruled.group("thing"))
    )
    if thing & {_stem(w) for w in _ROLE_TOKENS | _PRONOUNS} or rule_thing & {_stem(w) for w in _ROLE_TOKENS}:
        return False
    # (every word of the question's thing the rule's, and most of the rule's the question's: "grant
    # applications" are no "planning applications", "the minutes" no "draft minutes")
    told = {_stem(w) for w in _words(_norm(question))}
    if not thing or not thing <= rule_thing or 3 * len(rule_thing - told) > len(rule_thing):
        return False
    # (whom it goes to: "reach the chair" is no case of "must reach the Clerk")
    asked_roles = {_ROLE_OF[r] for r in _ROLE_RE.findall(_norm(_predicate(question)))}
    said_roles = {_ROLE_OF[r] for r in _ROLE_RE.findall(_norm(main_clause(part)))}
    if asked_roles - said_roles:
        return False
    # (and what it undergoes: "signed" is not "published")
    asked_verb = re.search(r"(?:have|has|need|needs|got|supposed|required) to (?:be )?([a-z]+)", _norm(question))
    said_verb = re.search(r"\b(?:must|should|shall|will|may|can|cannot)(?: not| only)? (?:be )?([a-z]+)", _norm(part))
    plain = {"be", "go", "reach", "arrive", "get", "in", "with", "sent", "send", "given", "submitted", "received"}
    if asked_verb and said_verb and not {asked_verb.group(1), said_verb.group(1)} & plain:
        a, b = asked_verb.group(1), said_verb.group(1)
        if _stem(a) != _stem(b) and not _families(a) & _families(b):
            return False
    return True


def _every_word_said(words: list[str], text: str) -> bool:
    """Every word of `words` but the commonest is in `text`, as itself or its stem."""
    said = {_stem(w) for w in _words(_said_again(_norm(text)))}
    return all(_stem(w) in said for w in words if w not in _STOP and w not in _NO_VERB and w not in _WHICH_ONES)


_WHICH_ONES = frozenset("each every all any individual both".split())


def _verb_is_the_rules(question: str, sentence: str) -> bool:
    """The verb the question asks about is a verb after the rule's modal, or of its family ("commenting on"
    is not "name or criticise"); a question whose verb is a common one says nothing against it."""
    verb = _asked_verb_word(question)
    if verb is None:
        return True
    ruled = _rule_verb_stems(sentence) | {_stem(w) for w in re.findall(r"\b(?:or|and) ([a-z]+)", _norm(sentence))}
    said_as = {_stem(_SAME_VERB.get(w, w)) for w in ruled} | ruled
    return _stem(_SAME_VERB.get(verb, verb)) in said_as or bool(
        _families(verb) & set().union(*(_families(w) for w in ruled)) if ruled else False
    )


# One verb in two words: "talking to the press" is speaking to it.
_SAME_VERB = {"talk": "speak", "chat": "speak", "speak": "speak"}


def _rule_verb_stems(sentence: str) -> set[str]:
    """The stems of the verbs after a sentence's modals ("may meet", "must not contact")."""
    said = _norm(sentence)
    stems = set()
    for m in _RULE_VERB_AT.finditer(said):
        # ("may continue to speak to the press": the verb after "continue to")
        words = [w for w in _words(said[m.end() :])[:5] if w not in _NO_VERB and w not in ("continue", "to")]
        if words and words[0] not in _BARE_VERBS:
            stems.add(_stem(words[0]))
    return stems


def _asked_verb_word(question: str) -> str | None:
    """The stem of the verb the question asks about ("can I add the housing officer ..." -> "add"),
    when it is none of the common ones."""
    words = _after_subject(question)
    while words and words[0] in _NO_VERB:
        words = words[1:]
    if not words or words[0] in _BARE_VERBS or words[0] in _STOP or not words[0].isalpha():
        return None
    return _stem(words[0])


def _verb_stems(text: str) -> set[str]:
    return {_stem(w) for w in _words(text)}


def _act_at(words: list[str], at: int) -> int:
    """Where the act is, from the verb at `at`: after a light verb, its noun ("give instructions to
    the Clerk": the act is the noun)."""
    if words[at] in _LIGHT_VERBS:
        return next((i for i in range(at + 1, min(at + 4, len(words))) if words[i] not in _NO_VERB), at)
    return at


def _asks_act(question: str, words: list[str], at: int) -> bool:
    """The question names the act at `words[at]` (see `_act_at`), itself or by its verb family."""
    at = _act_at(words, at)
    return bool(_verb_families(words[at:]) & _families(question)) or _stem(words[at]) in _verb_stems(question)


def _rule_verb(sentence: str) -> tuple[set[int], set[str], str]:
    """The verb families and the roles of what the rule says is done (the words after its modal),
    and the rest of the rule's case after its verb, to its condition ("... contact officers [on
    their personal mobile telephones or at home] except in an emergency")."""
    words = _after_rule_modal(sentence)
    if words is None:
        return set(), set(), ""
    at = _verb_at(words)
    if at is None:
        return set(), set(), ""
    at = _act_at(words, at)
    rest = " ".join(words[at + 1 :])
    case = rest[: c.start()] if (c := _CONDITION_STARTS.search(rest)) else rest
    window = words[:6]
    return _verb_families(window), set(roles_in_order(" ".join(window))), case


def same_rule_verb(question: str, sentence: str) -> bool:
    """The question asks to do what the rule's own verb does, to the same party: "can i text the
    deputy clerk on her own phone ...?" and "Councillors should not contact officers on their
    personal mobile telephones", "can a single cllr boss the clerk about?" and "have no authority
    to instruct officers". The verb the question asks about and the verb after the rule's modal
    share a family (not a wide one: a place or a means is no act), the question names the party the
    rule's verb acts on, and whatever else the rule's case names (where, how, with what) the
    question names too, in a word or a family ("on her mobile" is no case of "at home or through
    personal social media accounts")."""
    asked, asked_roles = _asked_verb(question)
    ruled, ruled_roles, case = _rule_verb(sentence)
    if not (asked & ruled and asked_roles & ruled_roles):
        return False
    # ("... outside those hours": a time the question names, which `_times_unsaid` has found to be
    # the rule's case; none named is no case of it)
    if _THOSE_TIMES.search(case):
        if not _when_named(question) and asked_hour(question) is None:
            return False
        case = _THOSE_TIMES.sub(" ", case)
    # (the rule's own verb said again is no more of its case: "contact ... by telephone"; nor is a
    # word of its family: "on their personal mobile telephones" is said by "personal", not "phone")
    own = {w for w in _content(case) if any(w in _FAMILY_PARTS[f][0] for f in ruled)}
    case_words = _content(case) - own
    # ("attend meetings of political groups" and "come to our group": a group's meeting is the group)
    if "group" in asked_roles & ruled_roles and _party_group_named(question):
        case_words -= {"meet", "meeting"}
    if not case_words:
        return True
    return bool(_content(question) & case_words or (_families(question) & _families(case)) - ruled)


def about_the_action(question: str, sentence: str) -> bool:
    """Whether a sentence is about the question's action at all, loosely: a verb family (other
    than meetings) or a thesaurus concept in common, or three content words. Quotes beside a
    verdict must be."""
    return bool(
        (_families(question) & _families(sentence)) - {_MEETING}
        or _concepts(question) & _concepts(sentence)
        or len(_content(question) & _content(sentence)) >= 3
    )


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


def same_direction(question: str, sentence: str) -> bool:
    """Who does what to whom agrees: the sentence's actor is the question's actor (a rule for
    councillors also answers for a party group of them; when the question's actor is unknown, at
    least the other party is the same and not the actor). The sentence's actor is its main
    clause's, after any leading condition."""
    q_actor, q_other = _flip_passive(_predicate(question), *_question_direction(question), _ASKED_ACTED_ON)
    main = main_clause(sentence)
    ruled = sentence if starts_with_pronoun(main) else main
    s_actor, s_other = direction(ruled)
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


_NAMED_IF = lazy_compile(r"^(?:[a-z'&.]+ ){1,4}?[-:\u2013]\s*(?=(?:if|as|at|in|for)\b)")
_IF_THEN_DUTY = lazy_compile(
    r"if\b[^,?]*?\s((?:do|does) (?:i|we) (?:need|have) to|(?:must|should) (?:i|we)|"
    r"(?:am i|are we) (?:required|obliged) to)\b"
)


_NAME_THEN_YES_NO = lazy_compile(
    # (a name's words, not a leading condition's: "outside office hours can i ...?", "during purdah can i ...?")
    r"^(?:(?!(?:who|whom|whose|what|whats|when|where|which|why|how|if|as|because|since|outside|inside|without|"
    r"before|after|during|on|in|at|for|by|until|till|once|while|whilst|not|the|a|an|my|our|this|that|these|"
    r"those|every|each|any|some|to|from|with|about|over|under|between|then|so|and|but|or|now|today|tonight|"
    r"tomorrow|yesterday|here|there|please|also|still|only|just)\b)[a-z'&.-]+\s+){1,4}?"
    rf"({_AUX})\s+(?:{_PEOPLE_SUBJECTS}|the|a|an|our|my)\b"
)


def _predicate(question: str) -> str:
    """The yes/no part of the question: from its modal on ('... - can the clerk push back?')."""
    q = _norm(question)
    m = _LEAD_YES_NO.match(q)
    if m:
        return q[m.start(1 if m.group(1) else 2) :]
    if lead := _NAMED_IF.match(q):
        rest = q[lead.end() :]
        # "kilmorran - if im related to an employee do i need to tell the chief exec?": a leading condition
        # after the council's name, and a duty asked of the asker with no comma before it
        if m := _IF_THEN_DUTY.match(rest):
            return rest[m.start(1) :]
        # "wendmouth - as a corporate parent can I contact ...?": a leading phrase after the council's name
        # ("as the clerk is on leave can i ...?": "is" there is the leading clause's own verb)
        m = _LEAD_YES_NO.match(rest)
        if (
            m
            and m.group(1)
            and re.match(r"\s+(?:i|we|you|councillors|cllrs|members|officers|staff)\b", rest[m.end(1) :])
        ):
            return rest[m.start(1) :]
    found = list(_YES_NO.finditer(q))
    if found:
        return q[found[-1].start(1) :]
    # ("llanferwen can i write to the clerk in welsh?": a council's name with no mark after it)
    return q[m.start(1) :] if (m := _NAME_THEN_YES_NO.match(q)) else q


@dataclass(frozen=True)
class Verdict:
    answer: str  # "yes" | "no"
    sentence: str


_CONCEDED_AFTER = lazy_compile(r",\s+(?:although|though|whereas)\s+")
_SUB_CLAUSE = lazy_compile(r",\s+and\s+|;\s+|,\s+but\s+|\s+but\s+")
_THEY_DO_NOT = lazy_compile(r"^(?:- )?(?:but )?(?:they|he|she|he/she)\s+(?:do|does|are|is) not\b")
_SAME_SUBJECT_AGAIN = lazy_compile(
    r"^(?:- )?(?:but )?(?:they|he|she|he/she)\s+(?:should|must|may|might|can|cannot|will|shall|do|does|are|is)\b"
)
_HEADLESS = lazy_compile(
    r"^(?:(?:also|then|therefore|however|neither|nor|not)\s+)*(?:should|ought|must|may|might|can|cannot|will|"
    r"shall|would|could|is|are|has|have|do|does)\b"
)
_REQUIRE = lazy_compile(r"\b(?:require|compel|insist|oblige|force|make)\b")
_ASKS_REQUIRE = lazy_compile(r"\b(?:require|required|compel|insist|oblige|force|forced|make|made|have to)\b")


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


def _restricts_the_asked_verb(question: str, part: str) -> bool:
    """A restriction with no object of its own on the question's verb ("..., but they do not vote" for "can
    they vote at our meetings?"), or one on the second act of a question of two ("..., but they must not
    post photographs of staff" for "can councillors share personal views ... and post photos of staff?")."""
    said = {_stem(w) for w in _words(_norm(part))}
    verb = _asked_verb_word(question)
    if verb and verb in said and not _object_words(part) - {verb} - {_stem(w) for w in _ROLE_TOKENS}:
        return True
    halves = _AND_A_VERB.split(_predicate(_norm(question)), maxsplit=1)
    return len(halves) == 2 and bool(_rule_verb_stems(part) & {_stem(w) for w in _words(halves[1])[:2]})


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


def _names_all_but_the_verb(question: str, said: str) -> bool:
    """`_names_all_asked` for what the question asks of its verb, jargon explained ("purdah" is the
    pre-election period); the verb itself is `_verb_is_the_rules`'s. One word may be a name or jargon
    the sentence says otherwise ("purdah", "sandleigh")."""
    explained = _predicate(with_jargon_explained(question))
    return _unsaid_count(explained, said, skip=_asked_verb_word(question)) <= 1


def _names_all_asked(question: str, said: str) -> bool:
    """Every word the question's yes/no part names is in `said` (not a council's name before its people:
    "are strathmenzie councillors ...?")."""
    return not _unsaid_count(_PEOPLE_OF_A_PLACE.sub(r"\1", _norm(_predicate(question)), count=1), said)


def _other_rules_negated(question: str, part: str) -> bool:
    """In a run of rules for one subject ("... will not take part in discussion of tactics and will
    leave the meeting before ..."), the question's act is in a rule of its own that is not negated
    while the run as a whole reads negated: the "not" is another rule's, and the part says no plain
    No (nor, read alone, a plain Yes: its subject and conditions are the run's)."""
    text = _norm(part)
    first, runs = _modal_runs(text)
    if first is None or not runs:
        return False
    starts = [m.start() for m in runs]
    pieces = [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)], strict=True)]
    asked = _families(question) - {_MEETING}
    on_act = [k for k, piece in enumerate(pieces) if asked & _families(piece)]
    return (
        len(on_act) == 1
        and on_act[0] > 0
        and _raw_polarity(text) == "negative"
        and _raw_polarity(pieces[on_act[0]]) != "negative"
    )


_CONDITION = lazy_compile(
    r"\b(unless|except|other than|if|provided|where|when|(?<=\w )(?:while|whilst)(?! [a-z]+ing\b)|at which|to which|"
    r"in which)\b"
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
    r"leak\w* (?:water|gas)|tree\W?s? (?:has |have )?(?:come|fallen|gone|down|blown)|fallen tree|"
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


def _exception_named(question: str, part: str) -> bool:
    """The part is a rule with an exception ('unless ...', 'except ...') that the question names."""
    split = split_condition(part)
    return split is not None and split[1] in ("unless", "except", "other than") and _names_condition(question, split)


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
    # "If a Councillor wishes to express a contrary view, they should not pressure the officer ...":
    # what one wishes is the occasion of the rule, not its scope; the prohibition holds whatever one
    # wishes ("can i lean on the clerk to change the recommendation in her report?").
    # (the wisher's own rule only: "they" or "he/she" for them, not "other members should not ...")
    if word == "if" and polarity == "negative" and _WISH_CONDITION.match(cond) and _PRONOUN_SUBJECT.match(rule.strip()):
        return polarity
    return polarity if names_condition else None


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
    if _HEADLESS.match(p) or _NO_ONE.search(p) or _PROHIBITS_ROLE.search(p):
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


_REFUSAL = lazy_compile(r"\b(?:refus\w*|declin\w*|say no|turn\w* down|reject\w*|push\w* back)\b")


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


_SINGLE_ROLES = frozenset(w for ws in ROLES.values() for w in ws if " " not in w)
# The words of the people a rule names ("the Clerk or the Assistant Clerk", "the Deputy Clerk") are
# who it acts on, not what: "party" and "political" stay things ("party political work").
_PEOPLE_WORDS = _SINGLE_ROLES | (
    frozenset(w for ws in ROLES.values() for p in ws if " " in p for w in p.split())
    - {"party", "political", "group", "groups", "office", "service"}
)


def _object_words(text: str) -> set[str]:
    """Content words, with 'party' and 'political' kept (they are words of 'party group', not roles),
    and when it happens in the rules' words ("on a sunday" is "at weekends", see `_time_words`)."""
    words = {_stem(w) for w in _words(text) if w not in _STOP and w not in _SINGLE_ROLES and len(w) > 2}
    return words | _time_words(text)


# A question that goes against what a permission's "but must ..." requires ("can I speak to the
# press on behalf of the council?", "... without saying it's personal?").
_AGAINST = lazy_compile(
    r"\b(?:without|not|no|never|on behalf of|for the council|in the council's name|anonymous(?:ly)?)\b"
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


# A political group in a question: "our group", "the labour group", "a party group" (not "the
# residents' group", "the youth group", "our whatsapp group", "the group leader").
_PARTY_GROUP = lazy_compile(
    r"\b(?:our|my|their|the|a|an|any|political|party|labour|tory|tories|conservative|lib ?dem|liberal democrat|"
    r"green|independent|independents'?|reform|plaid|snp|ukip|opposition|majority|ruling)(?:'s)?(?: party(?:'s)?)?"
    r"(?: political)? "
    r"groups?(?:'s?)?\b(?! leader| chair| secretary)"
)
_OTHER_GROUP = lazy_compile(
    r"\b(?:residents?'?|youth|working|steering|task and finish|whatsapp|facebook|friends|community|support|action|"
    r"user|focus|reading|walking|parish|church|school|advisory|liaison|playgroup|toddler|history|gardening|litter)"
    r"(?:'s)? groups?\b"
)


def _party_group_named(question: str) -> bool:
    q = _norm(question)
    return bool(_PARTY_GROUP.search(q)) and not _OTHER_GROUP.search(q)


_ON_THEIR_OWN = lazy_compile(r"\b(?:on|by) (?:their|his|her|its) own(?: authority)?\b")
_ACTS_OF_AUTHORITY = lazy_compile(
    r"\b(?:instruct|direct|commit|decide|authoris|authoriz|act|approve|agree|deal with|handle|resolve|settle)\w*\b"
)
_ROLE_MODIFIER = lazy_compile(
    r"\b(?:individual|junior|named|particular|specific)\s+(?=(?:officers?|employees?|members? of staff|staff)\b)"
)


def object_addressed(question: str, part: str) -> bool:
    """The question names something of what the rule's verb acts on, or its terms: a word, a verb
    family or a thesaurus concept in common ("can a councillor ask the clerk for a copy of the
    minutes?" is no case of "must not ask the Clerk to undertake personal errands"). A rule of its
    verb alone ("Officers may attend.") restricts nothing."""
    obj = rule_object(part)
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


_ONLY_ROLE = lazy_compile(r"^(?:- )?only (?:the |a |an )?(" + _ROLE_RE.pattern[3:-3] + r")\b")


def _only_for_asker(question: str, part: str) -> str:
    """'Only the Chair ... may speak for the Council' asked by the chair ("I'm the chair at X - can I
    speak for the council?", "can the chair ...?"): the rule without its 'Only', whose hedge is for
    anyone else. Otherwise the part as it is."""
    m = _ONLY_ROLE.match(_norm(part))
    if not m:
        return part
    asker = re.search(rf"\b(?:i'?m|i am|as)\s+(?:the |a |an )?{re.escape(m.group(1))}\b", _asker_text(question))
    subject = re.match(rf"{_AUX}\s+(?:the |a |an |our )?{re.escape(m.group(1))}\b", _predicate(question))
    return _norm(part)[m.start(1) :] if asker or subject else part


# "must not take papers away without the agreement of the Town Clerk": the prohibition's exception.
_WITHOUT = lazy_compile(
    r"\b(?:(?:must|should|shall|may|can|will)\s+not|cannot)\b.*?\b(without|unaccompanied)\b([^,;]*)"
)


_CONSENT_TERMS = lazy_compile(r"\b(?:agree\w*|consent\w*|permission|approv\w*|say-so|blessing|go-ahead)\b")
_CONSENT_SAID = lazy_compile(
    r"\b(?:happy|fine|ok|okay|alright|all right|content) (?:for me to|with (?:it|that|me|this))|"
    r"\b(?:agreed|consented|given (?:me )?(?:their |his |her )?"
    r"(?:permission|consent|agreement|blessing|the go-ahead))\b|"
    r"\b(?:does|do)n't mind\b|\b(?:said|says) (?:yes|i can|we can|it's ok|its ok|it's fine|that's fine)\b|"
    # ("if the clerk agrees", "with her permission")
    r"\bagrees\b|\bwith (?:his|her|their|the clerk's|the officer's) (?:permission|consent|agreement|blessing)\b"
)
_CONSENT_DENIED = lazy_compile(
    r"\b(?:not|never|no|without|unless|refused?|dont|doesnt|didnt|isnt|hasnt|havent|wont)\b|n't\b"
)


_OUTSIDE_PROCEDURE = lazy_compile(
    r"\boutside (?:the |any |an |their )?(?:formal |agreed |proper |normal |usual |established |official )?"
    r"(?:procedures?|process(?:es)?|channels?|arrangements?)\b"
)
# ... a condition that is a procedure: "if i book an appointment", "through the proper channels".
_PROCEDURE_ASKED = lazy_compile(
    r"\b(?:if|once|provided|as long as)\b[^?]*\b(?:appointment|book\w*|arrang\w*|formal\w*|procedures?|process|"
    r"channels?|in writing|officially|with an officer present)\b"
)


_CONSENTER = lazy_compile(r"\b(?:he|she|they)(?:'s|'re| is| are| has| have| said| says)?\b")


def _consent_given(before: str, terms: str) -> bool:
    """The words before a consent phrase say the one whose consent the rule asks for gave it: that
    person's role ("the clerk has agreed" for "without the approval of the Clerk") or a pronoun for
    the person asked about ("he's said he's happy"); not someone else ("the chairman has agreed",
    "my colleague is fine with it"), and not a denial ("he hasn't said he's happy")."""
    if _CONSENT_DENIED.search(before):
        return False
    # ("will not share members' contact details without their consent" and "... if i've agreed":
    # the asker is the one whose consent it asks for)
    if (
        re.search(r"\b(?:i|i've|i have|we|we've|we have)\s*$", before)
        and re.search(r"\bmy\b", before)  # ("share my phone number if i've agreed")
        and re.search(r"\b(?:their|his|her|the member's|the councillor's)\b", terms)
    ):
        return True
    roles = roles_in_order(before)
    if roles:  # the nearest is who agreed
        return roles[-1] in roles_in_order(terms)
    return bool(_CONSENTER.search(before)) and not re.search(r"\b(?:my|our|a|the|his|her)\s+[a-z]+\s*$", before)


def _meets_exception(question: str, part: str) -> bool:
    """A prohibition 'must not X without Y' and a question that says Y happens ("can I take papers
    away if the town clerk agrees?"): the No may not hold. A question that says "without ..." itself
    restates the prohibited case ("... without telling their boss?")."""
    # "must not lobby planning officers ... outside the formal procedures" and "can i meet the
    # planning officer if i book an appointment first?": the question's condition may be that
    # procedure; the prohibition does not plainly answer it.
    if _OUTSIDE_PROCEDURE.search(_norm(part)) and _PROCEDURE_ASKED.search(_norm(question)):
        return True
    m = _WITHOUT.search(_norm(part))
    if not m:
        return False
    asked = re.sub(r"\bwithout\b[^,;?]*", " ", _norm(question))
    if m.group(1) == "unaccompanied":
        return bool(re.search(r"\b(?:with|accompanied|escorted)\b", asked))
    terms, rule = m.group(2), _norm(part)[: m.start(1)]
    # "must not speak to the press without the authorisation of the Chief Executive" and "can the
    # chief exec speak to the press?": the one who authorises asks.
    verb = re.search(r"\b(?:not|cannot|never)\s+([a-z'-]+)", rule)
    predicate = _predicate(question)
    subject = predicate[: predicate.find(f" {verb.group(1)}")] if verb and f" {verb.group(1)}" in predicate else ""
    # (the question's own verb may be another word for it: "can the chief executive talk to the media")
    if not subject and (first := re.match(rf"{_AUX}\s+((?:[a-z'-]+\s+){{1,4}})", predicate)):
        subject = first.group(1)
    if (
        subject
        and (_CONSENT_TERMS.search(terms) or re.search(r"\bauthori[sz]", terms))
        and (_officer_offices(subject) & _officer_offices(terms) or _offices(subject) & _offices(terms))
    ):
        return True
    # "without the Officers' agreement" and "he's said he's happy for me to": consent in the
    # question's everyday words (not "hasn't said he's happy").
    # (said in those words, consent decides alone: "if the chairman has agreed" is not the Clerk's)
    if _CONSENT_TERMS.search(terms) and (said_so := list(_CONSENT_SAID.finditer(asked))):
        # ("must not commit the Council ... without its agreement" and "... if the council has agreed
        # it?": the Council's own agreement, which the rule names as "its" or by name)
        council_consents = re.search(r"\bcouncil(?:'s)?\b", terms) or (
            re.search(r"\bits\b", terms) and re.search(r"\bcouncil\b", rule)
        )
        befores = [asked[max(0, c.start() - 30) : c.start()] for c in said_so]
        if council_consents and any(
            re.search(r"\b(?:the |full )?council (?:has |have |had )?$", b) and not _CONSENT_DENIED.search(b)
            for b in befores
        ):
            return True
        return any(_consent_given(asked[max(0, c.start() - 30) : c.start()], terms) for c in said_so)
    own = _content(terms) - _content(rule)
    # "agrees" and "the agreement of", "knows" and "the knowledge of": one word's forms
    said = any(a[:4] == t[:4] and min(len(a), len(t)) >= 4 for a in _content(asked) for t in own)
    return said or bool((_families(asked) & _families(terms)) - {_MEETING})


# Roles a rule may be for, narrower than "councillors": the same office under its names.
_OFFICES = [
    frozenset(names.split("|"))
    for names in (
        "chair|chairman|chairperson|chairs|chairmen",
        "vice-chair|vice chair|vice-chairman",
        "mayor|mayors",
        "deputy mayor",
        "leader|leaders",
        "deputy leader|deputy leaders",
        "deputy chair|deputy chairman|deputy chairperson",
        "provost",
        "convener|convenor|conveners|convenors",
        "cabinet member|cabinet members|executive member|executive members|portfolio holder|portfolio holders",
        "political assistant|political assistants",
    )
]
_OFFICE_RE = lazy_compile(r"\b(" + "|".join(sorted((n for o in _OFFICES for n in o), key=len, reverse=True)) + r")\b")


def _offices(text: str) -> set[int]:
    """The offices a text names (the Mayor, the Chair, a Cabinet Member ...), each under any name ("exec
    member" too, but not "an exec member of the local chamber of trade")."""
    text = re.sub(r"\bexec (members?)\b(?! of\b)", r"executive \1", _norm(text))
    return {i for m in _OFFICE_RE.finditer(text) for i, o in enumerate(_OFFICES) if m.group(1) in o}


def _office_differs(question: str, part: str) -> bool:
    """The rule is for one office ("Executive Members who disagree ... may ask", "The Chair ... may
    speak") and the question does not name it ("can a backbench councillor ...?", "can any
    councillor ...?", "can the deputy mayor ...?"): the rule says nothing of the question's case."""
    main = _norm(main_clause(part))
    start = _RULE_START.search(main)
    if start is None or _NO_ONE.search(main):
        return False
    office = _OFFICE_RE.search(main[: start.start()])  # in the rule's subject, before its modal
    if office is None or re.search(
        r"\b(?:any|all|every|individual|other)\s+(?:councillors?|members?)\b", main[: office.start()]
    ):
        return False
    # ("im not the chair, can i ...?": an office the asker says is not theirs)
    asker = re.sub(
        rf"\b(?:not|isn't|aren't|never been|no longer)\s+(?:the |a |an )?{_OFFICE_RE.pattern}",
        " ",
        _asker_text(question),
    )
    return not _offices(office.group(1)) & _offices(asker)


_DUTY_TOO = lazy_compile(r"\b(?:must|shall|should|will)\s+(?!not\b|never\b|only\b|be avoided\b)[a-z]+")
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


# "... for any candidate in a Town Council election" says nothing of a county council election.
_ELECTION_KINDS = (
    r"(town|parish|community|district|borough|county|city|unitary|general|parliamentary|mayoral|police|senedd)"
)
_ELECTION_KIND = lazy_compile(
    rf"\b{_ELECTION_KINDS}(?: council)? elections?\b|"
    rf"\belections? (?:for|to) (?:the |a |an )?{_ELECTION_KINDS}(?: council)?\b"
)


_KIND_ASKED = lazy_compile(
    rf"\b{_ELECTION_KINDS}(?: council)? (?:candidates?|campaigns?|seats?|by-elections?)\b|"
    r"\b(mp|mps|msp|member of parliament|westminster|police and crime commissioner)\b"
)


# Kinds of meeting: a rule for party group meetings says nothing of a committee or full council.
# (a working, steering, task, project or advisory group is no party's)
_NO_PARTY_BEFORE = r"(?<!working )(?<!steering )(?<!task )(?<!project )(?<!advisory )"
_MEETING_KINDS = (
    (
        "group",
        lazy_compile(
            rf"{_NO_PARTY_BEFORE}\b(?:party |political |party political )?groups?(?:'s|s'|')?\s+meetings?\b|"
            rf"\bmeetings? of (?:a |the |any |our |their |my )?(?:[a-z]+ ){{0,2}}?{_NO_PARTY_BEFORE}"
            r"(?<!facebook )(?<!whatsapp )(?<!residents )(?<!community )groups?\b"
        ),
    ),
    (
        "council",
        lazy_compile(
            r"\b(?:full|town|parish|community|district|borough|county) council meetings?\b|"
            r"\bmeetings? of the (?:full )?council\b|\bfull council\b"
        ),
    ),
    ("committee", lazy_compile(r"\b(?:sub-)?committee meetings?\b|\bmeetings? of (?:a |the )?(?:\w+ )?committee\b")),
    (
        "public",
        lazy_compile(
            r"\bpublic meetings?\b|\b(?:residents'?|village|(?<!annual )community|open) meetings?\b|"
            r"\bmeetings? (?:[a-z']+ ){0,3}?(?:with|for) (?:the |local |some |our |my )?"
            r"(?:residents|villagers|constituents|the public|parishioners)\b"
        ),
    ),
    ("cabinet", lazy_compile(r"\b(?:cabinet|executive) meetings?\b|\bmeetings? of (?:the )?(?:cabinet|executive)\b")),
    ("annual", lazy_compile(r"\bannual (?:parish|town|community) meetings?\b|\bparish meetings?\b")),
    ("working group", lazy_compile(r"\b(?:working|steering|task|project|advisory) groups?\b")),
)


def meeting_kinds(text: str) -> set[str]:
    t = _norm(text)
    return {kind for kind, pattern in _MEETING_KINDS if pattern.search(t)}


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


def _election_differs(question: str, part: str) -> bool:
    kinds = {k for pair in _ELECTION_KIND.findall(_norm(part)) for k in pair if k}
    asked = {k for pair in _ELECTION_KIND.findall(_norm(question)) for k in pair if k}
    # "a county council candidate", "the district council campaign": the election asked about.
    asked |= {"parliamentary" if pair[1] else pair[0] for pair in _KIND_ASKED.findall(_norm(question))}
    return bool(kinds and asked) and not kinds & asked


# "can we get senior officers to brief us?", "can I have the clerk deal with me in Welsh?": the act
# asked about is theirs, done for the asker.
_CAUSATIVE = lazy_compile(
    rf"^{_AUX}(?: not)? (?:i|we) (?:get|have) (?:the |our |my |a |an |some |any |all )?(?:[a-z'-]+ ){{0,2}}?"
    r"(" + _ROLE_RE.pattern[3:-3] + r")\b(?!'s)(?: to)? ([a-z'-]+)"
)
_WILL_VERB = lazy_compile(r"\b(?:will|shall)\s+(?:(?:always|also|normally|then|be able to)\s+)*([a-z'-]+)")


def _caused_yes(question: str, part: str) -> str | None:
    """'yes' when the question asks to have someone do a thing and the part says they will do it
    (for the asker's side): 'Chief officers will give opposition councillors briefings on request'."""
    m = _CAUSATIVE.match(_predicate(question))
    if not m or fact_polarity(part) != "obliged" or sentence_polarity(part) == "negative":
        return None
    # What they will do must be what the question asks them to do ("brief us" and "give ...
    # briefings": the same family or word), and not something done with a request for it ("will
    # report any request ... to the Monitoring Officer").
    will = _WILL_VERB.search(_norm(part))
    asked_verb = m.group(2)
    if not will or re.search(r"\b(?:any|all|a|the|such|each) requests?\b|\brequests? (?:from|for|by)\b", _norm(part)):
        return None
    done = _norm(part)[will.start(1) :]
    if not (
        will.group(1)[:5] == asked_verb[:5]
        or _families(will.group(1)) & _families(asked_verb)
        or asked_verb[:5] in {w[:5] for w in _words(done)[:4] if len(w) >= 5}
    ):
        return None
    doer = _ROLE_OF[m.group(1)]
    asker = speaker_role(question) or _COUNTERPART.get(doer)
    s_actor, s_other = direction(part)
    return "yes" if s_actor == doer and s_other == asker else None


_KEEP_QUIET = lazy_compile(
    r"\bkeep (?:[a-z']+ ){0,6}?(?:confidential|secret|private|quiet|to (?:my|your|them|him|her)sel(?:f|ves))\b"
)
_UNTIL = lazy_compile(r"\b(?:until|till|before|once|unless)\b")
_NO_LONGER = lazy_compile(r"\b(?:once|until|till|now that|any more|anymore|any longer|no longer)\b")
_AVOIDED = lazy_compile(r"\b(?:avoid\w*|refrain\w*|steer clear|stay away|keep away)\b")
_DISCLOSE = lazy_compile(r"\b(?:disclos\w*|divulg\w*|reveal\w*|pass\w* on|relay\w*|shar(?:e|es|ed|ing)|leak\w*)\b")


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


_STANDING = lazy_compile(
    r"^(?:can|could|may|might|should|must|is it ok(?:ay)? (?:for \w+ )?to|am i allowed to|are \w+ allowed to)\s+"
    r"(?:(?:an?|the|our|my|i|we|they|he|she|\w+)\s+){0,3}?(?:stand|run)\s+"
    r"(?:for (?:election|re-?election|office|the \w+ council|council|parliament)|"
    r"as (?:an? )?(?:candidate|councillor|cllr|mp))\b"
)
_STANDING_RULE = lazy_compile(r"\b(?:stand|standing|stood|nominat\w*|politically restricted|candidacy)\b")


def _not_about_standing(question: str, part: str) -> bool:
    """ "can officers stand for election?" is not answered by what officers may not do in an election
    ("will not take part in any event ... supporting a candidate"): only by a rule on standing, and
    one for all officers ("Officers in politically restricted posts may not stand" is not)."""
    if not _STANDING.search(_own_clause(_predicate(question))):
        return False
    rule = _norm(part)
    return not _STANDING_RULE.search(rule) or ("restricted" in rule and "restricted" not in _norm(question))


def _prohibition_verdict(question: str, modality: str, part: str) -> str | None:
    """What a prohibition that is about the question's action says to it: mostly "no"."""
    if (
        _meets_exception(question, part)
        or _gives_out_what_is_seen(question, part)
        or _not_about_standing(question, part)
    ):
        return None
    rule = _norm(part)
    # "do I have to tell someone?" and "... must declare this at the first meeting and must not sit on
    # the Staffing Committee": in a part with a duty beside its prohibition, the No is for what is
    # prohibited ("should not become involved and should direct ..." answers "should I get involved?").
    # ("No such meetings should be arranged ...": its one modal is the prohibition's)
    if _DUTY_TOO.search(rule) and not _NO_ONE.match(rule) and not _about_prohibited(question, part):
        return None
    q = _norm(question)
    own = _own_clause(_predicate(q))
    # "do I have to keep it confidential?" and "Members must not disclose confidential information":
    # keeping it is what not disclosing it is ("... until the Council has made it public": for how
    # long is the rule's).
    if modality == OBLIGATION and _KEEP_QUIET.search(own) and _DISCLOSE.search(rule):
        return None if _UNTIL.search(rule) or _NO_LONGER.search(q) else "yes"
    # "should close personal familiarity be avoided?" and "should avoid a close personal familiarity":
    # the question asks whether the thing must not be done, so the rule's "avoid" is its Yes.
    if _AVOIDED.search(own):
        return "yes" if modality == OBLIGATION and _AVOIDED.search(rule) else None
    return "no"


# ("call in at those times", "call into the office", "call at her home", "call at Shared Officers' homes";
# not "call in the evening")
_CALL_AT = (
    r" in(?=\s*(?:[.,;]|$|at\b|to\b|on\b|without\b|during\b|whenever\b|in person\b|unannounced\b))"
    r"| (?:into|round|by)\b| at (?:the |her |his |their |my |your |our |a )?(?:[a-z']+ ){0,2}"
    r"(?:homes?|houses?|offices?|hall|premises|depots?|address|doors?)\b"
)
_PLATFORM = r"(?:social media|social networks?|facebook|twitter|x \(twitter\)|instagram|tiktok|linkedin|snapchat)"
_CHANNELS = {
    "email": lazy_compile(r"\b(?:e-?mails?|e-?mailing|e-?mailed)\b"),
    # ("call in at the office", "call at the Clerk's home" are visits; "call at the weekend" is not)
    "phone": lazy_compile(
        rf"\b(?:phon(?:e|es|ed|ing)|telephon\w*|ring|ringing|rang|calls|(?:call|calling|called)(?!{_CALL_AT}))\b"
    ),
    "text": lazy_compile(r"\b(?:text|texts|texting|texted|sms|whatsapp|messages?|messaging)\b"),
    "social": lazy_compile(rf"\b{_PLATFORM}\b"),
    "visit": lazy_compile(
        rf"\b(?:visit\w*|(?:call|calling|called)(?={_CALL_AT})|(?:drop|pop|nip) in(?:to)?|"
        r"(?:pop|nip|drop|come|go) round)\b"
    ),
}


_DEVICE = lazy_compile(r"\b(?:mobile(?: (?:tele)?phones?)?|(?:tele)?phone numbers?)\b")


def _channels(text: str) -> set[str]:
    t = _norm(text)
    # A mobile or a phone number is rung and texted alike.
    return {name for name, pattern in _CHANNELS.items() if pattern.search(t)} | (
        {"phone", "text"} if _DEVICE.search(t) else set()
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


_SUCH = lazy_compile(r"\bsuch\s+(?:an?\s+)?(?!as\b|way\b)([a-z'-]+)")
_SUCH_ROLE = lazy_compile(r"\bsuch\s+" + _ROLE_RE.pattern)
_GENERAL_ROLES = frozenset(
    "councillor councillors councilor councilors cllr cllrs member members officer officers employee employees "
    "staff clerk clerks group groups".split()
)
_SKIP_BEFORE_SUCH = frozenset("any all no of to the with a an for on in about".split())


def _such_not_named(question: str, sentence: str, context: str = "") -> bool:
    """ "The Town Clerk has the right to refuse such requests": which requests is said before. The
    part answers only a question that names more of them than the noun and the verb acting on it
    ("can the clerk refuse to attend our group meeting?"), not "can the clerk refuse a councillor's
    request?". And "such Councillors must not ask them to undertake party political work" is a rule
    for the councillors said before (chairmen), not for whoever asks."""
    text = _norm(sentence)  # the whole sentence: what it names beside "such X" may be in another part
    if _SUCH_ROLE.search(text):
        # ... unless the question names who they are ("can the chairman ask officers to ...?": the
        # Chairmen of the sentence before): a role more particular than councillor or officer.
        return not {m.group(1) for m in _ROLE_RE.finditer(_norm(question))} - _GENERAL_ROLES
    m = _SUCH.search(text)
    if not m:
        return False
    noun = m.group(1)
    # The verb acting on "such X": the nearest word before it (past "any", "of the" ...) of a family.
    before = [w for w in _words(text[: m.start()]) if w not in _SKIP_BEFORE_SUCH][-2:]
    spent = _families(noun) | next((f for w in reversed(before) if (f := _families(w))), set())
    q_words, s_words = _content(question), _content(f"{context} {sentence}")
    shared = q_words & s_words - {_stem(noun)} - {w for i in spent for w in _FAMILY_PARTS[i][0]}
    families = _families(question) & _families(f"{context} {sentence}") - spent
    return not (shared or families)


_AS_A_RULE = lazy_compile(r"\b(?:normally|generally|usually|ordinarily)\b")
# ... "but the Clerk is", "save in the run-up to elections", "outside the election period": others
# or other times are not so (a sentence of several parts is judged part by part).
_SCOPED = lazy_compile(r"\b(?:but|save|outside|during|except|apart from|other than|unless)\b")


def _not_required_as_a_rule(part: str) -> bool:
    """What someone is not required or expected to do, softened only by "normally" or "usually":
    it still answers "do they have to?" with a No (not "may they?")."""
    s = _REPORTED.sub("", _norm(part))
    plain = " ".join(_AS_A_RULE.sub("", s).split())  # "are not normally expected" -> "are not expected"
    return bool(
        _AS_A_RULE.search(s) and NOT_REQUIRED.search(plain) and not _HEDGE.search(plain) and not _SCOPED.search(plain)
    )


_POLITICAL_PURPOSE = lazy_compile(r"\b(?:party political|political|campaign\w*|election\w*|electioneering)\b")
_CAMPAIGN_ASKED = lazy_compile(
    r"\b(?:votes?|voters|election\w*|campaign\w*|canvass\w*|party|political|leaflet\w*|candidates?|"
    r"re-?elect\w*|polling|hustings?)\b"
)


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
    resident's house")."""
    said = _norm(sentence)
    emergency = _ONLY_EMERGENCY.search(said)
    return bool(emergency and _WHERE_AFTER.match(said, emergency.end()) and _PRIVATE_PLACE.search(_norm(question)))


# The examples a rule gives of its case: "such as a break-in at the Corn Exchange or flooding ...".
_EXAMPLES = lazy_compile(r"\b(?:such as|e\.g\.?|eg|for example|for instance|including)\s+([^;:]+)")
_ONLY_MAY = lazy_compile(
    r"^(?:- )?only (?:the |a |an )?[a-z' -]{2,40}?\b(?:may|can|should|is allowed to|are allowed to)\b"
)


def _only_verdict(question: str, part: str) -> str | None:
    """A rule that allows something to one person or in one case only ('Only the Clerk may put up
    notices', 'Only in a genuine emergency should a councillor phone the Clerk outside working
    hours'): No to anyone else, or out of that case; Yes in that case (`_only_for_asker` has
    already made 'Only the Clerk may' plain for a question the Clerk asks). None when the rule
    allows more ("..., except that ward councillors may ..."), or is about the other side."""
    p = _norm(part)
    if _ALSO_ALLOWED.search(p):
        return None
    if emergency := _ONLY_EMERGENCY.search(p):
        if not same_direction(question, part):
            return None  # "as the clerk, can I phone a councillor ...?" and a rule on councillors phoning
        # (not when the rule allows another case too: "only in an emergency or where the employee
        # has agreed")
        if re.search(r"\b(?:or|and) (?:where|when|if|with|unless)\b", p[emergency.end() :]):
            return None
        if _tells_emergency(question):
            return "yes"
        if _no_emergency(question):
            return "no"
        # "... only for an emergency affecting council property, such as a break-in at the Corn
        # Exchange": a question that tells of something at a place or of a kind the examples name
        # ("the side door of the corn exchange has been forced") may be telling of that emergency.
        examples = _EXAMPLES.search(p[emergency.end() :])
        if examples and (_content(question) - _time_words(question)) & _content(examples.group(1)):
            return None
        # (out of hours, the rule's own case, and nothing of an emergency told)
        told = _EMERGENCY_TOLD.search(_norm(question))
        shared_time = _time_words(question) & _time_words(part)
        return "no" if shared_time and not told else None
    if (only := _ONLY_ROLE.match(p)) and _ONLY_MAY.match(p):
        q_actor, _ = _question_direction(question)
        # (only an actor the question names or signs as: an unnamed "can I ...?" may be the one
        # allowed; and not one who asks the one allowed to do it: "can I ask the clerk to ...?")
        named = speaker_role(question) is not None or re.match(
            rf"{_AUX}\s+(?:the |a |an |our |any |one of the )?{_ROLE_RE.pattern}", _predicate(question)
        )
        if _ASKS_SOMEONE.search(_norm(question)):
            return None
        # someone of the other side ("Only the Clerk may" and a councillor), not one who may be the
        # one it allows ("officer here - can I sign ...?" may be the Clerk)
        if named and q_actor is not None and q_actor != _ROLE_OF[only.group(1)]:
            return "no"
    return None


_ALSO_ALLOWED = lazy_compile(r"\b(?:except|unless|other than|apart from|save that|but (?:may|can)|although)\b")


# Participles whose verb the suffix stem does not find ("held" is "hold").
_IRREGULAR = {"held": "hold", "made": "make", "sent": "send", "shown": "show", "told": "tell", "given": "give"}


def _passive_subject_named(question: str, part: str) -> bool:
    """The question names what a passive rule's subject is ("such meetings", "close personal
    familiarity"): the thing the rule is about ("Council vehicles must not be used for ..." says
    nothing of meeting rooms)."""
    t = _norm(part)
    start = _RULE_START.search(t)
    subject = t[: start.start()] if start else ""
    subject = re.sub(r"^(?:- )?(?:\w\) )?(?:no|such|any|all|the)\s+", "", subject)

    def words(text: str) -> set[str]:  # (plural and "-ing" alike: "meetings", "meeting")
        return {w.rstrip("s")[:6] for w in re.findall(r"[a-z]+", text) if w not in _STOP and len(w) > 2}

    # every word of the subject ("party political material" is no "council material"), and the
    # passive's own verb ("should not be arranged or held" for "can I hold ...?", not "cancel")
    things = words(subject) - words("council councils such any other")
    verbs = re.findall(r"\bbe ((?:\w+(?:ed|en|held|made|sent|shown|told|given|set|put|kept|run))(?: or \w+)?)\b", t)
    asked_verbs = {w for v in verbs for w in v.split() if w != "or"}
    verb_named = any(
        _stem(_IRREGULAR.get(w, w)) in _verb_stems(question) or _families(w) & _families(question) for w in asked_verbs
    )
    return bool(things) and things <= words(_norm(question)) and verb_named


_DUTY_OF_STAFF_ASKED = lazy_compile(
    rf"^{_AUX}(?: not)? (?:the |our |a |an |any |all )?(?:[a-z'-]+ ){{0,3}}?"
    r"(?:officers?|clerk|staff|employees?|chief officer|members? of staff)\b(?: [a-z ]+?)? (?:have|has|need) to\b"
)


def _will_verb_asked(after_have_to: str, part: str) -> bool:
    """The verb the question asks about ("... have to acknowledge ...") is a verb the part's "will"
    governs ("Employees will acknowledge an enquiry ..."), as itself or in its family."""
    asked = re.match(r"\s*([a-z]+)", after_have_to)
    if not asked:
        return False
    ruled = re.findall(r"\b(?:will|shall)\s+(?:always\s+)?([a-z]+)", _norm(part))
    # (and a verb it governs after "and": "will acknowledge each enquiry within three working days and
    # reply in full within ten")
    ruled += re.findall(r"\b(?:will|shall)\b[^.;]*?\band\s+(?:then\s+)?([a-z]+)\b", _norm(part))
    word = asked.group(1)
    return any(_stem(w) == _stem(word) or _families(w) & _families(word) for w in ruled)


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


# A permission for one case only: "may be phoned only about an urgent matter, which means 1) a danger
# to the public ..., 2) a break-in or alarm at the Pavilion ...".
_ONLY_CASE = lazy_compile(
    r"\b(?:only|solely|exclusively) (?:about|for|in|on|when|where|if|with|to deal with|in respect of) "
    r"(?:(?:cases|instances|the event) of )?(.+)"
)
# Where the items of a case's list part: commas, "or", "and", numbers and what introduces them.
_CASE_ITEMS = lazy_compile(
    r",|;|:|\b(?:or|and|which means|that is|namely|such as|including)\b|(?:\be\.g\.|\bi\.e\.)(?!\w)|\(?\b\d\)|\([a-z]\)"
)
# Where an item's head ends and what it is at, of or for begins.
_ITEM_TAIL = lazy_compile(r"\b(?:at|on|in|of|to|for|from|by|with|near|affecting|about|involving)\b.*")
_CASE_OF = lazy_compile(r"^\s*(?:a |an |the |any )?(?:matters?|issues?|cases?|things?) of ")
# Heads too general to name a case on their own: "an urgent matter" is named by "urgent".
_GENERAL_HEADS = frozenset(_stem(w) for w in "matter matters issue issues case cases business thing things".split())


def _only_case_unsaid(question: str, part: str) -> bool:
    """A permission for one case only ("only about an urgent matter, which means a danger to the public
    ..., a break-in or alarm at the Pavilion, or flooding ...") and a question that names none of its
    cases' heads: a noisy party at the pavilion is at a place the list names, and is none of its cases
    (nor is what the question says is not so: "something that isn't urgent")."""
    m = _ONLY_CASE.search(_norm(part))
    if not m or _ONLY_EMERGENCY.search(_norm(part)):
        return False  # (an emergency is `_only_verdict`'s)
    told = _NEGATED_SPAN.sub(" ", _norm(question))
    asked = {_root(w) for w in _content(told) | _families_words(told)}
    # (a general head's case is what it is of: "only about matters of urgency" is named by "urgent")
    items = [_CASE_OF.sub("", item) for item in _CASE_ITEMS.split(m.group(1))]
    heads = [_content(_ITEM_TAIL.sub("", item)) for item in items]
    heads = [{_root(w) for w in h - _GENERAL_HEADS} for h in heads if h - _GENERAL_HEADS]
    named = any(h & asked for h in heads) or _concepts(m.group(1)) & _concepts(told)
    return bool(heads) and not named


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
# A question that says something is not so, or is done without something.
_SAYS_NOT = lazy_compile(r"\b(?:without|not|never|no)\b|n't\b")


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


_OBLIGED_VERB = lazy_compile(
    r"\b(?:must|should|shall|ought to|(?:is|are) (?:required|expected|obliged) to)\s+"
    r"(?:(?:always|also|politely|normally|then|first|promptly|immediately)\s+)*([a-z'-]+)((?: [a-z'-]+){0,2})"
)


_DETERMINERS = frozenset("such every each those these politely promptly".split())


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


def _obliged_verb_asked(question: str, part: str) -> bool:
    """The verb a rule obliges is the verb the question asks permission for ("am I ok to turn them
    down?" and "should politely decline"), in the question's own clause."""
    rule = _norm(part)
    m = _OBLIGED_VERB.search(rule)
    # No negation ("Neither the Clerk nor ... is required to attend", "should not"), no passive.
    if not m or _NOT.search(rule[: m.start()]) or m.group(1) in ("not", "never", "be", "have", "ensure", "make"):
        return False
    own = _own_clause(_predicate(question))
    # The verb with the words after it ("say no to") for a phrase; not the families of those words alone.
    obliged = _families(m.group(1) + m.group(2)) - _families(m.group(2))
    shared = (obliged & _families(own)) - {_MEETING}
    if not shared:
        return False
    # ... and for what the question names: "is expected to use it for all correspondence about Council
    # business" permits nothing for "my own business" or "party political stuff".
    verb_words = {
        w for i in shared for w in _FAMILY_PARTS[i][0] | {x for ph in _FAMILY_PARTS[i][1] for x in ph.split()}
    }
    # Both ways, people included: what the rule's verb acts on is what the question names, and no
    # more ("should tell the Clerk about any approach" permits nothing about telling councillors; "should
    # refuse any request which would be unlawful" nothing about any request), with no condition.
    tail = rule[m.end(1) :]  # after the verb: its object and terms
    if _channels(tail) and not _channels(tail) & _channels(own):  # "should contact the Clerk by email": not by phone
        return False
    if _CONDITION.search(tail) or re.search(
        r"\b(?:which|that|who|whom|where|before|after|first|only|improper\w*)\b", rule
    ):
        return False
    own_tail = re.split(
        r"\b(?:" + "|".join(sorted({w for w in verb_words if " " not in w}, key=len, reverse=True)) + r")\w*\b",
        own,
        maxsplit=1,
    )[-1]

    def said(text: str) -> set[str]:
        words = {
            _stem(w)
            for w in _words(text)
            if w not in _STOP
            and w not in _DETERMINERS
            and len(w) > 2
            and w not in verb_words
            and _stem(w) not in verb_words
        }
        return words | set(roles_in_order(text))

    return said(own_tail) == said(tail) or (not said(tail) and not said(own_tail) - {"them", "him", "her"})


_REFUSE_WORD = lazy_compile(r"\b(?:refuse|say no|decline|push back|turn down|reject)\b")


def _asks_refusal(question: str) -> bool:
    """'can the clerk say no?', 'am I ok to turn them down?'"""
    return bool(_REFUSE_WORD.search(_phrase_text(_norm(question))))


def _declines_what_is_refused(question: str, part: str) -> bool:
    """A part that does not do what the question asks to refuse ("... but will not attend a meeting
    ..." for "can the clerk refuse to attend?"): no doubt about refusing. Only for the very action
    refused: "Staff must not be asked to do anything ... unlawful" says nothing of refusing to
    unlock the hall."""
    if not _asks_refusal(question) or _REFUSAL.search(_norm(part)):
        return False
    # "will not attend", not "cannot opt out of attending" (a duty to attend is a doubt).
    if not re.search(
        r"\b(?:will|shall) not\b|\bwon't\b|\bnever\b|\bnot be (?:asked|required|expected|made|instructed)\b",
        _norm(part),
    ):
        return False
    refused = _REFUSE_WORD.split(_phrase_text(_norm(question)), maxsplit=1)[-1]
    # (a request is what is refused, not the action: "decline a request ... to unlock the hall")
    return bool((_families(refused) & _families(part)) - {_MEETING, _REQUEST})


# A part whose verb is the one before it: "... may attend but is not obliged to do so".
_DONE_SO = lazy_compile(r"\b(?:do|does|doing|did|done) so\b")
_DO_SO = lazy_compile(
    r"\b(?:not (?:be )?(?:obliged|required|expected)|(?:may|must|should|can|cannot)(?: not)?) (?:to )?do so\b"
)
_LIST_MARK = lazy_compile(
    r"^(?:[-\u2022*]\s*)?(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+|(?:[a-z]|[ivx]{1,4})\.\s+)?", re.IGNORECASE
)


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


_LEANS = {"negative": "no", "permitted": "yes"}


def _raw_polarity(part: str) -> str | None:
    """A part's polarity read from its modal alone, hedges and conditions ignored."""
    s = _REPORTED.sub("", _norm(part))
    if _NEGATIVE.search(s) or _NO_ONE.search(s):
        return "negative"
    return "permitted" if _PERMITTED.search(s) else None


_NOT = lazy_compile(r"\b(?:not|never|none|nor|cannot|neither|no(?! later| more| less| sooner))\b|n't\b")
_ASKED_FILLER = frozenset("actually really basically meant supposed usually normally still definitely own".split())


# A statement of what is, not a rule: no "may", "should", "must" (a norm or a permission does not
# say what happens).
_NORM_MODAL = lazy_compile(r"\b(?:may|might|can|could|should|must|ought|need|needs)\b")


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
    )
} | {"twenty": "20", "thirty": "30"}


_NUMBER = lazy_compile(r"\b(?:\d+(?:[.:]\d+)?|" + "|".join(_NUMBER_WORDS) + r")\b")


def _numbers(text: str) -> set[str]:
    """The numbers a text names, as digits ("seven" and "7" are one); not "one" as a pronoun ("one of our
    contractors", "the one who ...", "no one")."""
    t = _norm(text)
    return {
        _NUMBER_WORDS.get(m.group(0), m.group(0))
        for m in _NUMBER.finditer(t)
        if not (
            m.group(0) == "one"
            and (_ONE_AS_PRONOUN_AFTER.match(t, m.end()) or _ONE_AS_PRONOUN_BEFORE.search(t, 0, m.start()))
        )
    }


_ONE_AS_PRONOUN_AFTER = lazy_compile(r"\s+(?:of|who|that|which|another)\b")
_ONE_AS_PRONOUN_BEFORE = lazy_compile(r"\b(?:the|no|any|every|each|this|that|which|some|anyone|someone)\s+$")


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


# Who a text is about when it starts with them: "the deputy town clerk works ...", "the responsible
# financial officer signs ..." (a role after at most two words of its name), not "the council will ...".
_SUBJECT_ROLE = lazy_compile(
    r"(?:(?:the|a|an|our|my|your|their|its|this|that|any|each|every|all)\s+)?(?:[a-z'-]+\s+){0,2}?" + _ROLE_RE.pattern
)


def _subject_role(text: str) -> str | None:
    m = _SUBJECT_ROLE.match(text.strip())
    return _ROLE_OF.get(m.group(1)) if m else None


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
        return "no" if _NOT.search(p) else "yes"
    return None


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


_CONDITION_WORD = lazy_compile(r"\b(?:if|when|whenever|once|unless|because|since|after)\b")


def _only_the_condition_shared(question: str, sentence: str) -> bool:
    """The sentence shares words with the question's condition only: "must the clerk tell other
    groups if he writes a report for one group?" is not answered by "groups have no power to require
    the Clerk ... to prepare written reports" (a report is the condition; telling is the action)."""
    predicate = _predicate(question)
    # "if the town clerk turns down my request for information, can I appeal to a committee?": a
    # condition before the yes/no part; the act is the part's own ("appeal").
    q = _norm(question)
    lead = q[: len(q) - len(predicate)] if q.endswith(predicate) else ""
    # (only when that act is a verb the question names and the sentence does not: "do the other
    # groups get told?" may be answered by "will advise all other political groups")
    if (
        re.search(r"(?:^|[-:.,]\s*)(?:if|when|once|after|where)\b", lead)
        and (own := _own_clause(predicate))
        and (verb := _asked_verb_word(question))
        and verb not in _verb_stems(sentence)
    ):
        if not (
            _families(own) & _families(sentence) - {_MEETING}
            or _content(own) & _content(sentence)
            or _concepts(own) & _concepts(sentence)
        ):
            return True
    own = _CONDITION_WORD.split(predicate)[0]
    # (Only when the question is read from its modal on: "as a clerk, if i think ... can i ...?"
    # starts with its condition, and its own clause is not found so; and only when the own clause
    # has a verb of its own: in "is it alright if I use the laptop ...?" the "if" part is the act.)
    if own.strip() == predicate.strip() or not re.match(rf"{_AUX}\b", predicate) or not _families(own):
        return False
    return not (
        _families(own) & _families(sentence) - {_MEETING}
        or _content(own) & _content(sentence)
        or _concepts(own) & _concepts(sentence)
    )


# "The Parish Clerk takes instructions from the Council as a whole and not from any individual
# Cllr, including the Chairman": a plain statement and the alternative it rules out.
_AND_NOT = lazy_compile(r"^(.*?)(?:,\s*|\s+)(?:and|but)\s+not\s+((?:from|to|by|through|via|with)\b.*)$")


_ALTERNATIVE_TAIL = lazy_compile(
    r"\s+(?:for|by|at|in|on|about|during|when|where|before|after|within|unless|if|to|from|with|via)\b"
)
_SET_ASIDE = lazy_compile(r"\b(?:rather than|instead of|and not|but not|not through|not via)\b[^,;?]*", re.I)


def _ruled_out(question: str, sentence: str) -> str | None:
    """A No for a question about the alternative a plain statement rules out ("does the clerk take
    orders from the chairman?"): the same action as the statement, and a person the question names
    who is in the ruled-out alternative and not in the statement. None otherwise (a Yes for the
    statement's own side is left to the other rules)."""
    m = _AND_NOT.match(_norm(sentence).rstrip("."))
    if m is None:
        return None
    main, alternative = m.group(1), m.group(2)
    if _NOT.search(main) or _HEDGE.search(main) or _CONDITION.search(main):
        return None
    # (what the question itself sets aside is not what it asks about: "should i phone it in rather
    # than log it on the enquiry system?")
    own = _SET_ASIDE.sub("", _own_clause(_predicate(question)))
    named = set(roles_in_order(own)) & set(roles_in_order(alternative)) - set(roles_in_order(main))
    if named and same_action(question, main):
        return "no"
    # "should i take it up with the officer's line manager?" and "... should raise it with the
    # Managing Director, and not with the officer's line manager": the alternative named in words.
    # (the alternative's own people or body, not what follows it for both sides: "... and not to
    # individual councillors for comment")
    head = _ALTERNATIVE_TAIL.split(alternative.split(" ", 1)[-1])[0]
    if _content(own) & _content(head) - _content(main) and about_the_action(question, main):
        return "no"
    return None


_ASKED_TO = lazy_compile(
    r"\b(?:must|should|shall|will|may|can|cannot)(?: not|n't)? (?:be|being) (?:asked|required|expected|instructed|"
    r"told|pressed|pressured|pressurised) to\b"
)
_ASKS_SOMEONE = lazy_compile(
    r"\b(?:ask\w*|request\w*|requir\w*|expect\w*|instruct\w*|press\w*|pressur\w*|made|given|bring|"
    r"(?:get|getting|make|making|tell|telling|have|having)\b[^.?!]{0,40}?\bto\b|give\w*\b[^.?!]{0,30}?"
    r"\b(?:work|jobs?|tasks?|stuff|things)|take (?:one|a|an|the|some|my|our)\b)"
)


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
_GIVERS = {
    # (not "a former councillor", "a councillor's husband", "the chair of the allotment society")
    "councillor": lazy_compile(
        r"\b(?<!former )(?<!ex-)(?<!ex )(?<!retired )(?:councillors?|cllrs?|members?(?! of (?:the public|staff))|"
        r"mayor|chair(?:man)?(?! of (?!the (?:\w+ )?council\b)))\b"
        r"(?!'s? (?:husband|wife|partner|son|daughter|friend|family|relatives?|mum|dad|mother|father|brother|sister|"
        r"child|children|kids?|spouse|neighbour)\b)"
    ),
    "public": lazy_compile(
        r"\b(?:residents?|members? of the public|public|parents?|famil(?:y|ies)|lady|gentleman|woman|man|"
        r"(?:community|local|voluntary|village) (?:groups?|organisations?)|"
        r"neighbours?|villagers?|parishioners?|organisations?|clubs?|societ(?:y|ies)|charit(?:y|ies)|wi|"
        r"service users?|anyone else|others)\b"
    ),
    "trade": lazy_compile(
        r"\b(?:suppliers?|contractors?|developers?|compan(?:y|ies)|firms?|tender\w*|bidd\w*|"
        r"(?:has|have) dealings|applicants?|anyone else|others)\b"
    ),
    "staff": lazy_compile(r"\b(?:officers?|staff|employees?|clerks?|(?:members? of )staff)\b"),
}
# Those in business with the council now, a narrower kind of trade: "from a company bidding for a
# Council contract" says nothing of a developer or a supplier the question does not say is bidding.
_BIDDERS = lazy_compile(
    r"\b(?:person|persons|people|compan(?:y|ies)|firms?|suppliers?|contractors?|organisations?|businesses|anyone|"
    r"someone)(?: (?:who|that|which) (?:is|are)| (?:thats|that's|whos|who's))? (?:currently )?"
    r"(?:bidding|tendering|applying|seeking)\b"
)
_FROM = lazy_compile(r"\bfrom\b(.{0,60})")
_GIVER_STARTS = lazy_compile(r"\b(?:a|an|the|one|my|our|some|this|that|his|her|their)\b")
# Who gave it, in a question that says so without "from": "a resident gave me ...", "one of the
# councillors wants to give me ...", "a developer sent me ...".
_GAVE_ME = lazy_compile(
    r"((?:[a-z'][a-z'-]* ){1,8}?)(?:has |had |have |just |kindly ){0,3}"
    r"(?:gave|given|sent|offered|brought|left|dropped off|bought|"
    r"(?:wants?|wanted|would like|is going|offered|keeps?|tried) to (?:give|buy|send)|is giving|keeps giving|"
    r"giving|give|gives) (?:me|us)\b"
)
_HOSPITALITY = lazy_compile(r"\b(?:hospitality|lunch|dinner|meals?|tickets?|drinks|curry|box at|night out|trip)\b")
_GIFT = lazy_compile(r"\b(?:gifts?|presents?|tokens?)\b")
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


def _givers(text: str, *, named_only: bool = False) -> set[str]:
    """Who gives the gift, by kind ("from a supplier", "a cllr gave me"): what follows "from"; in
    a question that names no "from", the whole question (`named_only`: nothing)."""
    named_from = _FROM.search(text)
    found = named_from or (None if named_only else _GAVE_ME.search(text))
    gave_me = found is not None and found is not named_from
    where = found.group(1) if found else "" if named_only else text
    if gave_me:
        # ("the clerk says a resident gave me": the resident; "officer here a developer sent me": the developer)
        # ("i'm an employee and a councillor wants to give me ...": the councillor)
        where = re.split(
            r"\b(?:says|said|told me|tells me|reckons|thinks|thought|and|but|so|because|when|while)\b", where
        )[-1]
        if who := _GIVER_STARTS.search(where):
            where = where[who.start() :]
    # (staff named anywhere in a question are as often who receives it: "can i give the clerk ...")
    kinds = _GIVERS.items() if found else [(k, p) for k, p in _GIVERS.items() if k != "staff"]
    givers = {kind for kind, pattern in kinds if pattern.search(where)}
    if "trade" in givers and _BIDDERS.search(where):
        givers = (givers - {"trade"}) | {"bidder"}
    # ("a developer who is friends with the chair gave me ...": which of them gave it is not plain)
    if gave_me and len(givers) > 1:
        return set()
    return givers


# The asker gives: "I'd like to give the clerk a bottle of wine", "can we buy the clerk ...".
_ASKER_GIVES = lazy_compile(
    r"\b(?:i|we) (?:gave|bought|sent|give|buy|send)\b|\b(?:can|could|may|should) (?:i|we) (?:give|buy|send)\b|"
    r"\b(?:want|wanted|would like|'d like|going|plan|planning|hoping|hope) to (?:give|buy|send)\b|"
    r"\bwanna (?:give|buy|send)\b|\bfrom (?:me|us)\b|"
    r"^(?:is it |it's |its )?(?:ok|okay|alright|all right|fine|allowed)(?: for (?:me|us))? to (?:give|buy|send)\b"
)


def _giver_differs(question: str, sentence: str) -> bool:
    """A rule on gifts from some givers ("must not accept any gift from a councillor", "may accept
    gifts ... from residents") says nothing of a gift from others, nor of one whose giver the
    question does not say. A gift from the asker is from a councillor when a councillor asks, and
    from either when the asker does not say who they are."""
    s = _norm(sentence)
    return bool(_GIFT.search(s) or _HOSPITALITY.search(s)) and _givers_differ(question, _givers(s, named_only=True))


def _givers_differ(question: str, ruled: set[str]) -> bool:
    """The givers a rule names (`ruled`, none: any giver) are not the question's (see `_giver_differs`)."""
    if not ruled:
        return False
    q = _norm(question)
    asked = _givers(q)
    if not asked and _ASKER_GIVES.search(q):
        role = speaker_role(question)
        if role is None:
            return not {"councillor", "public"} <= ruled
        asked = {"councillor"} if role in ("member", "group") else set()
    return not ruled & asked


# Acts that undo one another: taking an item off an agenda is no case of putting one on.
_PLACES = r"(?:the |an |a |my |our )?(?:agenda|list|website|web page|page|register|noticeboard|minutes|accounts)"
_REMOVING = lazy_compile(
    rf" (?:take|taking|took|get|getting) (?:[a-z'-]+ ){{0,3}}?(?:off|out of) {_PLACES}\b|"
    r" (?:remove|removing|removed|delete|deleting|deleted|withdraw|withdrawing|withdrawn|cancel|cancelling|"
    r"scrap|scrapping) "
)
_ADDING = lazy_compile(
    rf" (?:include|includes|add|adds|adding|added|insert|inserting|inserted) |"
    rf" (?:put|putting|place|placing|get|getting) (?:[a-z'-]+ ){{0,3}}?on(?:to)? {_PLACES}\b"
)


def _opposite_acts(question: str, sentence: str) -> bool:
    """One takes away what the other puts in: "can i get the clerk to take an item off the agenda?" and
    "may ask the Clerk to include items on the agenda"."""
    # (the rule's own clause: "... and any such content will be deleted" is what becomes of it)
    q, s = _phrase_text(question), _phrase_text(re.split(r",| and (?!or\b)", main_clause(sentence))[0])
    q_removes, q_adds = bool(_REMOVING.search(q)), bool(_ADDING.search(q))
    s_removes, s_adds = bool(_REMOVING.search(s)), bool(_ADDING.search(s))
    # ... and, asked whether one may, one keeps secret what the other gives out: "can i ask an officer
    # to keep my enquiry confidential?" and "must not ... disclose confidential information" (for
    # "do i have to keep it confidential?" a rule against disclosing it is the answer)
    keeps = question_modality(question) == PERMISSION and bool(_KEEP_QUIET.search(_norm(question)))
    tells = bool(_DISCLOSE.search(s) or re.search(r"\b(?:releas\w*|publish\w*|circulat\w*)\b", s))
    # ... and one brings what the other takes away: "can i go to the clerk's house to drop off some
    # papers?" and "must not take files or papers away from the office"
    q_brings, q_takes = bool(_BRINGS.search(q)), bool(_TAKES_AWAY.search(q))
    s_brings, s_takes = bool(_BRINGS.search(s)), bool(_TAKES_AWAY.search(s))
    return (
        (q_removes and not q_adds and s_adds and not s_removes)
        or (q_adds and not q_removes and s_removes and not s_adds)
        or (keeps and tells and not _KEEP_QUIET.search(s))
        or (q_brings and not q_takes and s_takes and not s_brings)
        or (q_takes and not q_brings and s_brings and not s_takes)
        # (a right to see is no right to take away, unless the sentence speaks of taking away too:
        # "may look at the Council's records ..., but must not remove any documents")
        or (q_takes and not q_brings and _SEES.search(s) and not _REMOVES.search(_phrase_text(sentence)))
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


_TAKES_AWAY = lazy_compile(
    r"\b(?:take|takes|taking|took|taken|remove|removes|removing|removed) (?:[a-z'-]+ ){0,4}?"
    r"(?:away|home|out of the office|from)\b"
)
# (a right to see papers is no right to take them home: "Members are entitled to see any Council document")
_REMOVES = lazy_compile(r"\b(?:remov\w*|(?:take|takes|taking|took|taken) (?:[a-z'-]+ ){0,4}?(?:away|home))\b")
_SEES = lazy_compile(r"\b(?:see|inspect|look at|read|access|view)\b")
_BRINGS = lazy_compile(
    r"\b(?:drop|drops|dropping|dropped) (?:[a-z'-]+ ){0,3}?(?:off|round|in)\b|"
    r"\b(?:bring|brings|bringing|brought|deliver|delivers|delivering|delivered|return|returns|returning|returned)\b"
)


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


_ANY_VALUE = lazy_compile(
    r"\b(?:whatever (?:its|their|the) value|regardless of (?:its|their|the )?value|of any value|however small|"
    r"including (?:those|ones|any|gifts?)|even (?:if|when|those|ones|a|small))\b"
)


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


# A rule for one side of a line, and a question on the other: "should not issue press releases
# during the pre-election period" and "... once the election is over?"; "must not discuss
# confidential items in public places" and "... at home?"; "may attend site visits in their own
# ward" and "... in a neighbouring ward?".
_CASE_LINES = (
    (
        lazy_compile(r"\b(?:during|before|while|whilst|until|in the run-up to)\b"),
        lazy_compile(
            r"\b(?:after|once|post-election|no longer|(?:is|are|was|were) (?:all )?over|"
            r"(?:has|have) (?:ended|finished)|ends|ended|finished)\b"
        ),
    ),
    (
        lazy_compile(
            r"\b(?:to discuss|on|about|regarding|concerning|relating to) (?:council|official) (?:business|matters)\b"
        ),
        lazy_compile(
            r"\bsocial(?:ly| call| visit)?\b|\bas (?:a )?friends?\b|"
            r"\bfor (?:a )?(?:cuppa|coffee|cup of tea|drink|chat)\b|"
            r"\bnothing to do with (?:the )?council\b|\bnot (?:about )?council business\b"
        ),
    ),
    # ("may give instructions to the Clerk between meetings on urgent matters" says nothing of what is
    # not urgent; not a rule whose exception is urgency: "must not ... except on urgent matters")
    (
        lazy_compile(r"^(?!.*\b(?:except|unless|other than|only)\b[^.;]*\burgent\b).*\burgent\b"),
        lazy_compile(r"\bnon[- ]?urgent\b|\bnot (?:that |very |really )?urgent\b|\bisn'?t urgent\b|\bnothing urgent\b"),
    ),
    # ("must not canvass support for any candidate for a post with the Council" says nothing of votes)
    (
        lazy_compile(r"\bcanvass\w*\b(?=[^.;]*\b(?:appointments?|posts?|jobs?|vacanc\w*|applicants?)\b)"),
        lazy_compile(r"\b(?:votes?|elections?|ballot|polling|re-?election)\b"),
    ),
    # ("not the role of the Clerk to give advice to members of the public" says nothing of advising
    # councillors)
    (
        lazy_compile(r"\bmembers? of the public\b"),
        lazy_compile(r"\b(?:councillors?|councilors?|cllrs?|members)\b(?! of the public)"),
    ),
    # ("may decline instructions from individual councillors" says nothing of the full council's)
    (
        lazy_compile(r"\bindividual (?:councillors?|members?|cllrs?)\b"),
        lazy_compile(r"\b(?:full|the whole) council\b|\bthe council as a (?:whole|body)\b"),
    ),
    # ("may sit on appointment panels for senior officers" says nothing of the office junior)
    (
        # (not "below (Assistant) Director level", which is the junior ones)
        lazy_compile(
            r"^(?!.*\b(?:below|under)\b).*(?:\b(?:senior|chief) officers?\b|"
            r"\b(?:director|chief officer|head of service) level\b)"
        ),
        lazy_compile(r"\b(?:junior|office junior|apprentice|trainee|admin assistant|clerical assistant)\b"),
    ),
    (
        lazy_compile(r"\b(?:junior|front-?line) (?:officers?|staff|employees?)\b"),
        lazy_compile(
            r"\b(?:the (?:town |parish )?clerk(?!'s)|chief exec\w*|directors?|heads? of (?:service|paid service)|"
            r"monitoring officer|senior officers?)\b"
        ),
    ),
    (
        lazy_compile(
            r"\boutside (?:of )?(?:(?:normal|usual|the|their|his|her) ){0,2}"
            r"(?:working|office|business|contracted) hours\b"
        ),
        # (working time, with no evening, night or weekend named: "during office hours", "on a tuesday
        # afternoon", "an 11am meeting"; not "a 7.30pm meeting? i work 9-5")
        lazy_compile(
            rf"^(?!.*(?:{_WEEKEND.pattern}|{_EVENING.pattern}|{_OUT_OF_HOURS.pattern}|\bnight\b|\bearly\b|\blate\b))"
            r".*(?:\b(?:during|in|within) (?:normal |usual |the )?(?:working|office|business) hours\b|"
            r"\b9 ?(?:am )?(?:to|-) ?5\b|"
            r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|mornings?|afternoons?|lunchtime|lunch time|"
            r"(?:9|10|11)(?:[.:]\d\d)? ?am|(?:12|1|2|3)(?:[.:]\d\d)? ?pm)\b)"
        ),
    ),
    # ("may telephone the Clerk during office hours" says nothing of a saturday night)
    (
        lazy_compile(
            r"\b(?:during|in|within) (?:normal |usual |the |their |his |her )?(?:working|office|business) hours\b"
        ),
        lazy_compile(rf"{_WEEKEND.pattern}|{_EVENING.pattern}|{_OUT_OF_HOURS.pattern}"),
    ),
    (
        lazy_compile(
            r"\b(?:in public|publicly|in (?:a )?public (?:places?|meetings?|forums?)|at public meetings?|"
            r"meetings? (?:which are |that are )?open to the public)\b"
        ),
        lazy_compile(
            r"\b(?:in private|privately|at home|in the (?:council )?office|one to one|1:1|behind closed doors|"
            r"in confidence|face to face|closed (?:part|session|meeting|item)|in camera|"
            r"confidential (?:part|session|item)|"
            r"(?:press and )?public (?:are|is|were|have been|has been) excluded|exclud\w* the (?:press and )?public)\b"
        ),
    ),
    (
        lazy_compile(r"\b(?:in|for|of|within) (?:their|his|her|your|my) own (?:ward|division|area|parish|patch)\b"),
        lazy_compile(
            r"\b(?:outside|neighbouring|neighboring|next|another|other|adjoining|adjacent|different|someone else'?s) "
            r"(?:[a-z'-]+ )?(?:wards?|divisions?|areas?|parish(?:es)?|patch(?:es)?)\b|\bnot (?:in )?my (?:own )?ward\b"
        ),
    ),
)


# The Council's decisions are the body's, not one councillor's: "Officers must implement the decisions
# of the council" says nothing of "a councillor's decision" or "decisions of the chair".
_THE_BODYS = lazy_compile(
    r"\b(?:decisions?|resolutions?|instructions?|policies|policy|wishes) of the (?:full |whole )?(?:town |parish |"
    r"community |district |borough |county )?council\b|\bthe (?:full )?council'?s (?:decisions?|resolutions?|"
    r"instructions?|policies|policy|wishes)\b"
)
_ONE_MEMBERS = lazy_compile(
    r"\b(?:councillor|cllr|member|chair|chairman|chairperson|mayor|leader)'?s (?:decisions?|instructions?|orders?|"
    r"wishes)\b|\b(?:decisions?|instructions?|orders?) (?:of|made by|from|by|given by) (?:a|an|one|the|my|our|"
    r"individual|any) (?:individual |single )?(?:councillor|cllr|member|chair|chairman|chairperson|mayor|leader)s?\b"
)


# A rule for some of a role only: "Members of the Planning Committee must not ...", "Officers in
# politically restricted posts must not ...", "A member who has made a complaint must not ...".
_SOME_OF_A_ROLE = lazy_compile(
    r"^(?:- )?(?:the |any |a |an |all )?(?:members?|councillors?|cllrs?|officers?|staff|employees?)\s+"
    r"(?:of the ((?:[a-z'-]+ ){0,3}?)(?:committee|panel|board|sub-committee)|in ((?:[a-z'-]+ ){1,3}?)posts?|"
    r"(?:who|whom) ((?:[a-z'-]+ ){1,6}?)|on the ((?:[a-z'-]+ ){0,3}?)(?:committee|panel|board))"
    r"\s*(?=(?:must|should|may|can|cannot|will|shall|are|is|have|has)\b)"
)
# ... or on some matters only: "on personal matters". (One capacity, "in an official capacity", is
# the one a question means unless it says otherwise: see _OFFICIAL_ONLY.)
_ON_OWN_MATTERS = lazy_compile(r"\bon (?:personal|private|their own) (?:matters|business|affairs)\b")
_OWN_SAID = lazy_compile(r"\b(?:personal|private|my own|our own|own)\b")


def _some_of_a_role_unsaid(question: str, sentence: str) -> bool:
    """The rule is for some of a role only, or on some matters only, and the question does not say
    it is of that part."""
    s, q = _norm(sentence), _norm(question)
    if (m := _SOME_OF_A_ROLE.match(s)) and (words := _content(next(g for g in m.groups() if g is not None))):
        if not words & _content(q):
            return True
    return bool(_ON_OWN_MATTERS.search(s) and not _OWN_SAID.search(q))


_COMMITTEE_KIND = lazy_compile(
    r"\b(planning|licensing|staffing|personnel|finance|audit|standards|scrutiny|allotments?|cemetery|"
    r"highways|development control|regulatory|appeals?|grievance|disciplinary)\s+(?:committee|sub-committee|panel)\b"
)
_OFFICER_OFFICES = (
    ("clerk", lazy_compile(r"\b(?:town |parish |community )?clerk\b")),
    ("deputy clerk", lazy_compile(r"\b(?:deputy|assistant) (?:town |parish |community )?clerk\b")),
    ("monitoring officer", lazy_compile(r"\bmonitoring officer\b|(?<!\ba )\bmo\b")),
    ("chief executive", lazy_compile(r"\bchief exec\w*|\bhead of paid service\b|\bmanaging director\b")),
    ("finance officer", lazy_compile(r"\b(?:rfo|responsible financial officer|s151|section 151|finance officer)\b")),
    # a small council's other staff, by their posts
    ("caretaker", lazy_compile(r"\bcaretakers?\b")),
    # (the one on duty for an event or out of hours: "may contact the duty officer on the events phone")
    # (not "duty" as a noun: "respect the duty officers have to stay neutral")
    (
        "duty officer",
        lazy_compile(
            r"\b(?:the|a|an|our|their|your) (?:duty|on-call|on call|out[- ]of[- ]hours) officers?\b"
            r"(?! (?:have|has|of|to|owe|owes)\b)"
        ),
    ),
    (
        "grounds staff",
        lazy_compile(r"\bgrounds ?(?:man|men|person|people|woman|women|staff|team|lads|crew)\b|\blengthsm[ae]n\b"),
    ),
)


# An officer who acts in a rule: "appointed by the Town Clerk", "instructions from the director".
_ACTING_OFFICER = lazy_compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:clerk|officer|executive|director|caretaker)\b"
)


def _first_officer_office(text: str) -> str | None:
    """The officer's office a text names first ("the deputy town clerk ..." -> "deputy clerk")."""
    text = _norm(text)
    found = [
        (m.start(), -len(m.group(0)), office) for office, pattern in _OFFICER_OFFICES if (m := pattern.search(text))
    ]
    return min(found)[2] if found else None


def _officer_offices(text: str) -> set[str]:
    """The officers' offices a text names (the Clerk, the Monitoring Officer, the Chief Executive)."""
    found = set()
    for office, pattern in reversed(_OFFICER_OFFICES):  # (the deputy clerk first, then what is left)
        if pattern.search(text):
            found.add(office)
            text = pattern.sub(" ", text)
    return found


_KIND_OF_MATTER = lazy_compile(
    r"\b(procedural|legal|financial|personal|private|operational|political|planning|technical|employment|"
    r"personnel|policy|strategic|confidential|licensing|staffing|health and safety) "
    r"(matters?|issues?|questions?|advice|enquiries|queries|business)\b"
)
_CRITICAL_ACTS = r"(?:criticis\w*|criticiz\w*|attack\w*|slag\w* off|complain\w* about|complaints? about|moan\w* about)"
_ABOUT_PEOPLE = lazy_compile(
    rf"\b{_CRITICAL_ACTS} (?:any |individual |named |other )?(?:officers?|staff|employees?|the clerk|"
    r"colleagues|members?|councillors?)\b"
)
_ABOUT_THINGS = lazy_compile(
    rf"\b{_CRITICAL_ACTS} (?:the |our |a |an |this |that |their )?(?:(?:town|parish|district|borough|county|"
    r"community) )?(?:council(?!(?:'s|s)? (?:officers?|staff|employees?)\b)(?:'s|s)?|decisions?|polic(?:y|ies)|budget|"
    r"plans?|schemes?|services?|precept|the way)\b"
)


# A right or a treatment that is the public's ("the same right as any other member of the public",
# "treated like any other member of the public"), and a question that asks about it as such.
_AS_THE_PUBLIC = lazy_compile(
    r"\b(?:same rights?|like any(?: other)?|as any(?: other)?|as other)\s+(?:members? of the public|residents?|"
    r"citizens?|person|individual)\b"
)
_AS_THE_PUBLIC_ASKED = lazy_compile(
    r"\b(?:public|resident|residents|citizen|anyone else|everyone else|anybody else|foi|freedom of info\w*|"
    r"private (?:person|individual|capacity)|as a private|(?:normal|ordinary|regular) (?:person|people|resident))\b"
)


# A rule on what is beyond someone's authority, remit or grade ("matters outside their level of
# authority", "to exceed the bounds of authority"), and a question that says the thing is beyond it.
_BEYOND_AUTHORITY = lazy_compile(
    r"\b(?:outside|beyond|above|exceed\w*|over|in excess of)\s+(?:the\s+)?(?:bounds\s+of\s+)?"
    r"(?:(?:their|his|her|its|the|an?|that|own)\s+)?(?:(?:level|limits?|bounds|scope)\s+of\s+(?:their\s+|his\s+|her\s+)?)?"
    r"(?:authority|remit|competence|responsibilit\w*|grade|seniority|delegated\s+powers?|job\s+description)\b"
)
_BEYOND_ASKED = lazy_compile(
    r"\b(?:outside|beyond|above|exceed\w*|over|more than|not (?:within|part of)|isn'?t (?:within|part of))\b[^?]*"
    r"\b(?:authority|remit|competence|responsibilit\w*|grade|pay ?grade|seniority|powers?|job|role|level|head)\b|"
    r"\bnot (?:their|his|her) (?:job|place|call|decision|role|remit)\b|\bout of (?:their|his|her) depth\b|"
    # (what they are not "authorised to deal with"; an act that takes authority: "sign off his quote",
    # "sort out a contract dispute", "negotiate with the contractor over the overspend")
    r"\bbeyond what\b|\bauthori[sz]\w*|\bsign(?:s|ing)? (?:\w+ )?off\b|\bapprov\w*|\bdisputes?\b|\bcontracts?\b|"
    r"\bnegotiat\w*|\blegal\b|\binvoices?\b|\bpayments?\b|\boverspend\w*"
)


_BELOW_THE_LEVEL = lazy_compile(
    r"\b(?:below|beneath|under|above|senior to|junior to) (?:the )?(?:level|rank|grade) of (?:an? |the )?"
    r"([a-z'-]+(?: (?!and\b|or\b)[a-z'-]+){0,3}?)(?=\s*[,.;:()]|\s+(?:and|or|who|without|unless|except|in|on|at|"
    r"to|about|for|with|by|directly|must|should|may|will|are|is|can)\b|\s*$)"
)
# The level named as a line, not as the one asked about: "an officer who reports to a head of service",
# "junior to the head of service", "below head of service level", "the head of service's team".
_LEVEL_AS_A_LINE_BEFORE = lazy_compile(
    r"\b(?:below|beneath|under|above|junior to|senior to|reports? to|reporting to|than)\s+(?:the\s+|a\s+|an\s+)?$"
)


def _the_level_asked(level: str, question: str) -> bool:
    """The question asks about one at the level itself ("can i instruct a head of service?")."""
    main = re.split(r"\b(?:without|unless|if|except|when|once)\b", question)[0]
    for m in re.finditer(rf"\b{re.escape(level)}s?\b", main):
        after = main[m.end() :]
        if _LEVEL_AS_A_LINE_BEFORE.search(main[: m.start()]) or re.match(r"'s\b|\s+(?:level|grade|rank)\b", after):
            continue
        return True
    return False


def _outside_the_case(question: str, sentence: str) -> bool:
    """The sentence's rule holds on one side of a line (a time, public places, one's own ward, the
    Council as a body) and the question is on the other; or it holds for a part of a role the
    question does not say it is of."""
    s, q = _norm(sentence), _norm(question)
    asked = _own_clause(_predicate(q))
    # (the rule itself, before any condition: "... unless the Clerk has agreed")
    # (and before the route it names: "... other than through the Clerk")
    ruled = re.split(r"\b(?:unless|except|without|if|where|when|other than|through|via|rather than)\b|;", s)[0]
    if _some_of_a_role_unsaid(question, sentence):
        return True
    # ("councillors have the same right as any other member of the public to make requests for
    # information under the Freedom of Information Act" grants what the public has, and says nothing
    # of a councillor's own right to "look at any council document i want")
    if _AS_THE_PUBLIC.search(s) and not _AS_THE_PUBLIC_ASKED.search(q):
        return True
    # ("Junior staff should not be asked to deal with matters outside their level of authority" says
    # nothing of asking them "to do things": only of what is beyond their authority or remit)
    if _BEYOND_AUTHORITY.search(s) and not _BEYOND_ASKED.search(q):
        return True
    # ("must not sit on the Planning Committee until ..." says nothing of the licensing committee)
    s_kinds, q_kinds = set(_COMMITTEE_KIND.findall(s)), set(_COMMITTEE_KIND.findall(q))
    if s_kinds and q_kinds and not s_kinds & q_kinds:
        return True
    # (a rule whose other party is one officer says nothing of another: "must notify the Monitoring
    # Officer" and "do i need to tell the clerk?")
    # (the rule's own other party, not who authorises it: "... without the authorisation of the
    # Chief Executive")
    # (nor one who acts in it: "All other officers are appointed by the Town Clerk, and Members take no
    # part in the recruitment ..." is no rule about the Clerk)
    s_offices, q_offices = _officer_offices(_ACTING_OFFICER.sub(" ", ruled)), _officer_offices(asked)
    if s_offices and q_offices and not s_offices & q_offices:
        return True
    # ("will provide advice on procedural matters" says nothing of legal matters)
    s_kinds = {m.group(2): m.group(1) for m in _KIND_OF_MATTER.finditer(s)}
    if any(s_kinds.get(m.group(2), m.group(1)) != m.group(1) for m in _KIND_OF_MATTER.finditer(asked)):
        return True
    # ("must not criticise officers" says nothing of criticising the council or its decisions; nor
    # "complaints about officers" of a complaint about a council service)
    if (
        _ABOUT_PEOPLE.search(s)
        and (thing := _ABOUT_THINGS.search(asked))
        and not _ABOUT_PEOPLE.search(asked)
        # ("... criticise members or council decisions": the thing is the sentence's too)
        and not _object_words(thing.group(0).split()[-1]) & _object_words(s)
    ):
        return True
    # ("... the appointment of staff below chief officer level" and "appointing chief officers?")
    # (or a post at that level or above it: "below chief officer level" and "appointing the chief executive?")
    # (what the question says is below the level is the rule's own case, "jobs below chief officer level": the
    # level is looked for in the rest of it)
    if below := re.search(r"\bbelow (?:the )?((?:(?!the\b)[a-z'-]+ ){1,3}?)(?:level|grade)\b", s):
        level = below.group(1).strip()
        rest = re.sub(rf"\b(?:at or )?(?:below|under|beneath) (?:the )?{re.escape(level)}(?: level| grade)?\b", " ", q)
        if level in rest or (level in _SENIOR_POSTS and _SENIOR_POSTS[level].search(rest)):
            return True
    # (... "instructions to officers below the level of Head of Service" and "to a head of service?";
    # not a level the question names only in its condition: "... without the corporate director knowing")
    if (below := _BELOW_THE_LEVEL.search(s)) and _the_level_asked(below.group(1).strip(), q):
        return True
    if _THE_BODYS.search(s) and _ONE_MEMBERS.search(q):
        return True
    # (a sentence that names both sides is no rule for one side only: "will leave ... before any
    # discussion of tactics, and will not attend ... after the notice of election", "raise concerns
    # with the Clerk rather than with junior staff"; but "must not contact junior officers directly
    # unless the Clerk has agreed" is still a rule on junior ones: the Clerk is only its condition)
    return any(side.search(s) and other.search(asked) and not other.search(ruled) for side, other in _CASE_LINES)


# The posts at a level or above it.
_SENIOR_POSTS = {
    "chief officer": lazy_compile(
        r"\b(?:chief exec\w*|(?:corporate |executive |strategic )?directors?|head of paid service|monitoring officer|"
        r"section 151|s151)\b"
    ),
    "director": lazy_compile(r"\b(?:chief exec\w*|(?:corporate |executive |strategic )?directors?)\b"),
}


_CIVIL_MANNER = lazy_compile(
    r"\b(?:courteous(?:ly)?|polite(?:ly)?|respectful(?:ly)?|calm(?:ly)?|constructive(?:ly)?|civil(?:ly)?|"
    r"professional(?:ly)?|reasoned)\b"
)
_UNCIVIL = lazy_compile(
    r"\b(?:rude(?:ly)?|aggressive(?:ly)?|angr(?:y|ily)|abusive(?:ly)?|impolite(?:ly)?|disrespectful(?:ly)?|"
    r"shout\w*|swear\w*|yell\w*|nasty|rant\w*|lose my temper|having a go|have a go|slag\w*|tear (?:into|a strip))\b"
)
# Things a rule may narrow, and how: "emails containing personal data", "posts which are abusive".
_THINGS = (
    r"\b(?:posts?|comments?|messages?|queries|query|requests?|documents?|papers?|information|matters?|items?|"
    r"cases?|applications?|complaints?|e-?mails?|letters?|enquiries|enquiry|questions?|motions?|reports?|"
    r"correspondence|records?|files?|data|details)\s+"
)
_CONTAINING = r"(?:containing|involving)\b"
_NARROWED_THING = lazy_compile(
    _THINGS + r"(?:(?:that|which)\s+(?:are|is|were|was|have|has|relate|relates|concern|concerns|contain|"
    r"contains|involve|involves)\b|" + _CONTAINING + r")([^,;]*)"
)
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
# Where a matter is taken: "do i take it to the chairman?", "should I raise that with my director?",
# "is the chairman the right person to take it to?" and "the matter should be raised with the Chairman".
_ROUTE_VERBS = (
    r"(?:take|taking|raise|raising|report|reporting|refer|referring|bring|bringing|send|sending|direct|address|"
    r"put|declare|declaring|disclose|disclosing|tell|telling|go|going|speak|speaking|talk|talking|complain|"
    r"complaining|flag|flagging)"
)
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
_ROUTE_S = lazy_compile(
    r"\b(?:should|must|shall|will|is to|are to|needs? to)\s+(?:first\s+|always\s+|normally\s+)?(?:be\s+)?"
    r"(?:raised|taken|reported|referred|directed|addressed|sent|brought|declared|disclosed|notified|made|"
    r"raise|take|report|refer|direct|address|send|bring|declare|disclose|notify|make|speak|talk|write|put)\b"
    r"(?: [a-z'-]+){0,6}? (?:to|with) ((?:[a-z'-]+ ){0,8}?[a-z'-]+)(?=\s+in the first instance|\s*[.;,]|\s*$)"
)
_DET = lazy_compile(r"\b(?:the|a|an|my|our|their|his|her|its|your|council's|councils|councils')\b")
_SAME = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair", "chairs": "chair"}


def _office(text: str) -> frozenset[str]:
    """The words of a person or body a matter is taken to, without determiners ("the Chairman" and
    "our chair" are one)."""
    words = [w for w in _DET.sub(" ", text).split() if w]
    return frozenset(_SAME.get(w, w) for w in words)


_ROUTE_ASKED = lazy_compile(
    rf"\b{_ROUTE_VERBS}\b[^?.!;]*?\b(?:to|with) ((?:[a-z'-]+ ){{0,6}}?[a-z'-]+)"
    r"(?= first\b| in the first instance\b| instead\b| rather\b|\s*[?.!,;]|\s*$)"
)


_RECIPIENT = lazy_compile(
    _ROLE_RE.pattern + r"|\b(?:committee|panel|board|council|leader|monitoring|ombudsman|auditors?|standards|"
    r"hr|personnel|manager|director|head|team|secretary|"
    # (anyone named by what they do: "the class teachers", "the solicitor", "the receptionist")
    r"(?!(?:an)?other\b|matter|paper|order|letter|number|register|corner|water|error|major|minor|calendar|chapter|"
    r"quarter|poster|flyer|litter|border|floor|door|sector|factor|meter|after|under|over|either|neither|whether|"
    r"rather|further|together|never|ever|however|better|later|important|relevant|urgent|want|grant|plant|event)"
    r"[a-z]+(?:er|or|ist|ant)s?)\b"
)


_ABOUT_WHAT = lazy_compile(r"\b(?:about|regarding|concerning|over|on|for|because|if|when|as|in|rather|instead)\b")


_COMPLAINT_TOLD = lazy_compile(
    r"\b(?:complain\w*|concerns?|grievances?|problems?|issues?|unhappy|not happy|dissatisfied|fed up)\b"
)


def _taken_to_the_one_it_is_about(question: str) -> bool:
    """The question would take a matter to the very one it is about ("i have a complaint about the town
    clerk, should i raise it with the town clerk?", "should i raise my complaint about the clerk with
    the town clerk?"): a rule sending complaints about staff to the Town Clerk is for the others, and
    the protocol may set that case apart. Not a deputy or assistant ("about the deputy town clerk"),
    nor one named only as another's ("the contractor the clerk appointed", "the clerk's assistant")."""
    q = _norm(question)
    asked = _ROUTE_ASKED.search(q)
    if not asked or not _COMPLAINT_TOLD.search(q):
        return False
    words = _DET.sub(" ", _ABOUT_WHAT.split(asked.group(1))[0]).split()
    if not words:
        return False
    head = words[-1]
    # (the question without its recipient: "... with the town clerk?")
    rest = re.sub(r"\b(?:to|with)\s*$", " ", q[: asked.start(1)]) + " " + q[asked.end(1) :]
    return bool(
        re.search(
            r"\b(?:about|with|against|regarding|concerning|over)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
            rf"(?:(?:town|parish|community|city|district|borough|county)\s+)?{re.escape(head)}\b(?!'s|\s+(?:who|that)\b)",
            rest,
        )
    )


def _recipient_differs(question: str, sentence: str) -> bool:
    """The question asks about taking a matter to one person ("should a councillor put a concern
    about the town clerk in writing to the mayor?") and the rule sends it to another ("... should put
    it in writing to the chair of the Staffing Committee"): the rule does not plainly answer it (a
    rule naming one route does not always rule out another, nor does it allow this one)."""
    asked, ruled = _ROUTE_ASKED.search(_norm(_predicate(question))), _ROUTE_S.search(_norm(sentence))
    # (a person or a body, not an act: "tell the caretaker to fix the heating"; nor what it is about:
    # "talk to the press about the clerk's pay")
    whom = _ABOUT_WHAT.split(asked.group(1))[0] if asked else ""
    if not asked or not ruled or not _RECIPIENT.search(whom):
        return False
    a, r = _office(whom), _office(ruled.group(1))
    # (not when the sentence names the asked one too: "..., and not with the officer's team leader")
    named = a <= {_SAME.get(w, w) for w in re.findall(r"[a-z'-]+", _DET.sub(" ", _norm(sentence)))}
    return bool(a and r) and not a & r and not named


_RANKED = lazy_compile(
    r"\b(assistant|deputy|junior|senior|executive|acting|interim|principal|corporate|strategic) "
    r"(director|manager)s?\b"
)


def _rank_differs(question: str, sentence: str) -> bool:
    """The question names a grade of a post ("assistant directors") that the sentence names only
    without it ("the Chief Executive, Executive Directors and Directors"): another post."""
    s = _norm(sentence)
    for m in _RANKED.finditer(_norm(question)):
        grade, post = m.group(1), m.group(2)
        if re.search(rf"\b{post}s?\b", s) and not re.search(rf"\b(?:{grade}|any|all|every|each) {post}s?\b", s):
            return True
    return False


# "can the assistant clerk accept ...?" and "The Clerk may accept ...": the rule of one post, the Clerk
# (the subject alone), and a question on another post that shares its name.
_OTHER_CLERK_ASKED = lazy_compile(
    rf"^{_AUX}(?: not)? (?:the |our |a |an |my |your |their )?(?:assistant|deputy|locum|junior|trainee) "
    r"(?:town |parish |community )?clerk\b"
)
_THE_CLERK_ALONE = lazy_compile(r"^(?:- )?(?:the |our )?(?:town |parish |community )?clerk\s*$")


# "Other councillors should not ask the Civic Officer to arrange private functions": the rule of
# those other than the office-holders named before it, and a question that names an office.
_OTHER_MEMBERS = lazy_compile(r"^(?:- )?(?:all |any )?other (?:councillors|members|cllrs)\b")
_AN_OFFICE = lazy_compile(
    r"\b(?:(?:deputy |town |lord )?mayor|deputy mayor|chair(?:man|person|woman)?|vice[- ]?chair\w*|"
    r"(?:deputy |group )?leader|cabinet members?|portfolio holders?|convene?or)\b"
)


# "... two months before the election": an election as when, not what the question asks about.
_ELECTION_WHEN = lazy_compile(
    r"\b(?:(?:\w+ )?(?:days?|weeks?|months?) )?(?:before|after|ahead of|in the (?:\w+ )?run[- ]up to|since|until|till|"
    r"during|near|close to|leading up to) (?:the |an |this |next |a )?(?:\w+ )?elections?\b"
)
_NOT_IN_A_GROUP = lazy_compile(
    r"(?:\b(?:not|never|no longer|arent|isnt)|n't)\s+(?:in|part of|a member of|members of|with|belong to)\s+"
    r"(?:a|any|the|one)?\s*(?:political\s+|party\s+)?groups?\b|\bungrouped\b|"
    r"\bno (?:political )?group\b"
)


def _election_only_when(question: str, sentence: str) -> bool:
    """The question names an election only as a time ("... a press release with me in it two months
    before the election") and, without it, asks about nothing the rule does ("will not help with
    election material, leaflets or party campaigns")."""
    q = _norm(question)
    # (not when the rule is about that time: "No such meetings should be ... held in the immediate
    # run-up to Council elections")
    if not _ELECTION_WHEN.search(q) or _ELECTION_WHEN.search(_norm(sentence)):
        return False
    return same_action(q, sentence, by_concept=True) and not same_action(
        _ELECTION_WHEN.sub(" ", q), sentence, by_concept=True
    )


_RESPONSIBILITY_LIES = lazy_compile(
    r"^responsibility for (.+?) (?:lies|rests) with (the [A-Za-z' ]+?)(?=[.;]|$)", re.IGNORECASE
)
# A rule's label before its words: "Rule D8 No relative of a serving councillor may ...".
# (not "Section 151 Officers may ...": a post's name)
_RULE_LABEL = lazy_compile(r"^(?i:rule|para(?:graph)?|clause)\s+[A-Za-z]?\d{1,3}[a-z]?\.?\s+(?=[A-Z])")
_PERSON_WORDS = r"(?:cllrs?|councillors?|members?|clerks?|officers?|employees?|mayors?|chair(?:man|woman|person)?s?)"
_FORMER = lazy_compile(
    rf"\b(?:former|ex|retired|past|previous|old|one-time)[- ](?:town |parish |county |district )?{_PERSON_WORDS}\b|"
    rf"\b{_PERSON_WORDS} (?:who|that) (?:has |have |had )?"
    r"(?:stood down|retired|resigned|left|lost (?:her|his|their) seat)"
)
_SERVING = lazy_compile(
    rf"\b(?:serving|sitting|current|existing|present)[- ](?:town |parish |county |district )?{_PERSON_WORDS}\b"
)


def _standing_differs(question: str, sentence: str) -> bool:
    """A rule for serving members and a question about a former one, or the other way round: "can a
    former councillor's wife be appointed as clerk?" and "No relative or partner of a serving member
    may be appointed as Clerk"."""
    q, s = _norm(question), _norm(sentence)
    return bool(_FORMER.search(q) and _SERVING.search(s) or _SERVING.search(q) and _FORMER.search(s))


_OWN_CAPACITY = lazy_compile(
    r"\b(?:in (?:my|his|her|their|your|our) own (?:name|right)|in (?:a|my|his|her|their) (?:personal|private) "
    r"capacity|as an individual|as individuals|as myself|as a private (?:person|individual|citizen))\b"
)
_COUNCIL_CAPACITY = lazy_compile(
    r"\b(?:on (?:the )?council's behalf|on behalf of the council|in the council's name|in the name of the council|"
    r"as the council|for the council|officially)\b"
)


def _capacity_differs(question: str, sentence: str) -> bool:
    """The question asks about acting in one's own name and the rule is about acting for the council,
    or the other way round: "can i reply to comments ... in my own name?" and "must not reply to
    comments on it on the Council's behalf"."""
    q, s = _norm(question), _norm(sentence)
    return bool(
        _OWN_CAPACITY.search(q)
        and _COUNCIL_CAPACITY.search(s)
        and not _OWN_CAPACITY.search(s)
        or _COUNCIL_CAPACITY.search(_predicate(q))
        and _OWN_CAPACITY.search(s)
        and not _COUNCIL_CAPACITY.search(s)
    )


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


_APPOINTED_AS = lazy_compile(
    r"\b(?:appointed|employed|taken on|hired|recruited|work|working|works|a job|the job) as "
    r"(?:an? |the |our |their )?"
    r"((?:[a-z'-]+ ){0,4}?[a-z'-]+)(?=\s*(?:[?.,;:]|$|\b(?:at|in|by|for|of|with|or|if|when|and)\b))"
)


def _post_differs(question: str, sentence: str) -> bool:
    """A rule about appointing to one post and a question about another: "can a serving councillor's
    son be appointed as markets manager?" and "No relative of a serving councillor may be appointed
    as Town Clerk or Deputy Town Clerk"."""
    asked = _APPOINTED_AS.search(_norm(question))
    said = _norm(sentence)
    posts = [m.group(0) for m in _APPOINTED_AS.finditer(said)]
    if not asked or not posts:
        return False
    asked_words = set(_content(asked.group(1))) | {w for w in _words(asked.group(1)) if w in _ROLE_TOKENS}
    # (the rule's posts run on: "as Town Clerk or Deputy Town Clerk")
    told = set(_content(said[said.index(posts[0]) :])) | set(_words(said[said.index(posts[0]) :]))
    return not asked_words & told - {"the", "a", "an", "of"}


_EVERY_CASE = lazy_compile(
    r"\bat all(?=\s*(?:[?.,!]|$))|\bwhatsoever\b|\bof any (?:kind|sort)\b|\bin any (?:way|form|circumstances)\b"
)
_EVERY_CASE_SAID = lazy_compile(r"\b(?:any|all|no|never|whatever|every|whatsoever|none)\b")


def _every_case_asked(question: str, sentence: str) -> bool:
    """The question asks about every case ("forbidden from giving staff any gift at all?") and the rule
    is about one kind ("should not give personal gifts to staff"), not every one."""
    return bool(_EVERY_CASE.search(_norm(question))) and not _EVERY_CASE_SAID.search(_norm(main_clause(sentence)))


_AND_A_VERB = lazy_compile(
    r"\s+and\s+(?!(?:the|a|an|my|our|their|his|her|your|its|any|all|other|also|then|so|i|we|you|they|he|she|it|"
    r"not|no|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?=[a-z]+\s)"
)


# "is the chief executive the head of paid service and the director of finance the monitoring officer?":
# two "X is Y" facts, the second without its verb.
_TWO_IDENTITIES = lazy_compile(r"^(?:is|are) (?:the |a |an )[^?]*? and (?:the |a |an )[^?]*?\b(?:the|a|an) [a-z]")


def _two_identities_asked(question: str, sentence: str) -> bool:
    """A question of who is what, twice over: a sentence that names all four may still pair them
    otherwise ("the Head of Law and Governance is the Monitoring Officer and the Director of Finance is
    the Section 151 Officer")."""
    return question_modality(question) == FACT and bool(_TWO_IDENTITIES.match(_predicate(_norm(question))))


def _other_half_unsaid(question: str, sentence: str) -> bool:
    """A question of two things joined by "and" ("does the clerk work on wednesdays and reply to emails
    within five working days?"), half of whose words the sentence does not have for one of them: the
    sentence answers the other thing only."""
    # (two facts; a may-I or must-I question of two acts is one errand, "ring them and ask them to ...",
    # unless it says the second comes after ("ask for a briefing and then tell them what to do") or sends
    # the second to someone the sentence does not name ("... and report every offer to the chief executive"))
    predicate = _predicate(_norm(question))
    then = re.search(r"\s+and (?:then|also|afterwards)\s+", predicate)
    halves = [predicate[: then.start()], predicate[then.end() :]] if then else _AND_A_VERB.split(predicate, maxsplit=1)
    if len(halves) != 2:
        return False
    if question_modality(question) != FACT:
        # (someone named as themselves that the sentence does not name: "the chief executive", not "their
        # line manager")
        other = [
            r
            for r in _ROLE_RE.findall(halves[1])
            if " " in r and not r.startswith("the ") and not re.search(rf"\b{re.escape(r)}\b", _norm(sentence))
        ]
        # (or an office of theirs: "... and tell the monitoring officer about them?")
        other += sorted(_officer_offices(halves[1]) - _officer_offices(_norm(sentence)))
        if not then and not other or len(halves[0].split()) < 4:
            return False
        if then and _idiom_families(halves[1]) - _families(sentence):
            return True  # ("... and then tell them what to do": an act the sentence does not name)
    said = {_stem(w) for w in _content(sentence)}
    for half in halves:
        words = {_stem(w) for w in _content(half)}
        if len(words) >= 2 and 2 * len(words - said) >= len(words):
            return True
    return False


def _not_in_a_group(question: str, sentence: str) -> bool:
    """A rule on groups ("A briefing given to one group will be offered on the same terms to all other
    groups") and a question about members in none ("independent members aren't in a group")."""
    s = _norm(sentence)
    # (not a rule for members in none: "A councillor who is not a member of any group may ask for a
    # separate briefing")
    return bool(
        _NOT_IN_A_GROUP.search(_norm(question))
        and re.search(r"\bgroups?\b", s)
        and not _NOT_IN_A_GROUP.search(s)
        and not re.search(r"\b(?:independent|unaligned|non-aligned)\b", s)
    )


# "can the deputy mayor instruct a member of staff?" and "Neither the Mayor nor the chair of any
# committee may instruct a member of staff": the rule names the office, not its deputy's.
_DEPUTIES = frozenset("deputy assistant vice acting".split())
# ("the deputy town mayor", "the Lord Mayor")
_CIVIC = r"(?:town |city |lord |civic )?"
_DEPUTY_OFFICE = lazy_compile(
    rf"\b({'|'.join(sorted(_DEPUTIES))})[- ]?{_CIVIC}(mayor|chair(?:man|person|woman)?|leader|provost|convene?or)s?\b"
)


def _deputy_for_the_office(question: str, sentence: str) -> bool:
    """The question asks what a deputy of an office may do ("can the deputy mayor instruct staff?") and
    the rule's subject is the office itself ("Neither the Mayor nor the chair of any committee may
    instruct a member of staff"): perhaps another case. Not a rule that names the deputy too, nor one
    for everyone ("No councillor, including the Chair, may ...", "Only the Leader may ...")."""
    s = _norm(sentence)
    start = _RULE_START.search(s)
    predicate = re.sub(rf"^{_AUX}(?: not)? (?:the |our |a |an )?", "", _predicate(untagged(_norm(question))))
    asked = _DEPUTY_OFFICE.match(predicate)
    if (
        not start
        or not asked
        or re.search(
            r"\b(?:including|only)\b|\b(?:any|all|every|no|other)\s+(?:councillors?|members?|cllrs?)\b",
            s[: start.start()],
        )
    ):
        return False
    office = "chair" if asked.group(2).startswith("chair") else asked.group(2)
    subject = s[: start.start()]
    return bool(
        re.search(rf"\b{office}(?:man|person|woman)?s?\b", subject)
        and not re.search(rf"\b(?:{asked.group(1)}|deputy|vice)[- ]?{_CIVIC}{office}", s)
    )


# "Members should not visit an application site on their own": doing it alone is the rule's case.
# (not "alone" after a thing, which is "only": "will not give a briefing to one group alone")
_ALONE_RULE = lazy_compile(r"\b(?:on (?:their|his|her) own|unaccompanied|by (?:themselves|himself|herself))\b")
_ALONE_TOLD = lazy_compile(
    r"\b(?:on (?:my|our|their|his|her) own|alone|unaccompanied|(?:by )?(?:myself|ourselves|themselves|himself|herself)|"
    r"without (?:anyone|anybody|an officer|officers|a member of staff|the (?:clerk|officer)))\b"
)


def _alone_untold(question: str, sentence: str) -> bool:
    """A prohibition of doing a thing alone ("should not visit an application site on their own") and a
    question that does not say it would be done alone ("can i go on the site visit?", "... with the
    planning officer there?"): the rule is not its case either way. Not "on their own" beside an act
    of authority ("cannot instruct the Clerk on their own"), which is whose say-so, not company."""
    s = _norm(sentence)
    # (a rule of one part only: "... from the Clerk alone, and councillors must not ask him ..." is
    # another sense, and "may decline ..., but will not enter private property alone" another rule)
    return bool(
        len(sub_clauses(sentence)) == 1
        and _ALONE_RULE.search(s)
        and _raw_polarity(sentence) == "negative"
        and not _ACTS_OF_AUTHORITY.search(s)
        and not _ALONE_TOLD.search(_norm(question))
    )


# "will my complaint be investigated by the clerk?" and "Complaints will be investigated by the Monitoring
# Officer"; "in the register kept by the Deputy Town Clerk" (a participle after its noun): the one the
# question names as the agent is not the rule's.
_BY_AGENT = lazy_compile(
    r"\b(?:[a-z]+(?:ed|en|wn)|kept|held|run|made|sent|led)\s+by\s+(?:the |a |an |our |my |their )?"
    r"([a-z' -]+?)(?=\s*[?.,;:]|\s*$|\s+(?:and|or|if|when|before|after|within|at|on|in|for)\b)"
)


def _agent_differs(question: str, sentence: str) -> bool:
    """The question asks whether someone does it ("is the gifts register kept by the town clerk?") and
    the rule says someone else does ("... in the register kept by the Deputy Town Clerk"): a deputy
    is another office."""
    asked, ruled = _BY_AGENT.search(_norm(question)), _BY_AGENT.search(_norm(sentence))
    if not (asked and ruled):
        return False
    one, other = _office(asked.group(1)), _office(ruled.group(1))
    return one & _DEPUTIES != other & _DEPUTIES or not (one - _DEPUTIES) & (other - _DEPUTIES)


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


# Staff of another body, named as the rule's subject: "Company staff may accept gifts ...", "Contractors'
# employees must not ...", "District officers will attend ...".
_ANOTHER_BODYS_STAFF = lazy_compile(
    r"^(?:- )?(?:the |all |any )?((?:company|companies|contractor|contractors|agency|trust|charity|school|academy|"
    r"venues?|subsidiary|club|partnership|nhs|police|county|district|borough)(?:'s|s')?) "
    r"(?:[a-z]+ )?(?:staff|employees?|officers?|workers?|personnel)\b"
)


def _other_bodys_staff(question: str, sentence: str) -> bool:
    """The rule is for another body's staff ("Company staff may accept gifts worth up to £50 under the
    company's own gifts policy") and the question does not name that body: the council's officers are
    not theirs ("can council officers accept gifts worth up to £50?")."""
    m = _ANOTHER_BODYS_STAFF.match(_norm(sentence).lstrip())
    if not m:
        return False
    body = re.sub(r"(?:'s|s'|ies|s)$", "", m.group(1))
    return not re.search(rf"\b{re.escape(body)}", _norm(question))


def _owner_differs(question: str, sentence: str) -> bool:
    """The rule is on staff's performance (or conduct, pay ...) and the question on a body's, not
    staff's: "must not comment in public on individual employees' performance" says nothing of "the
    council's performance"."""
    q = _norm(question)
    ruled = {m.group(1) for m in _STAFFS_THING.finditer(_norm(sentence))}
    asked = {m.group(1) for m in _BODYS_THING.finditer(q)}
    return bool(ruled & asked) and not any(m.group(1) in ruled for m in _STAFFS_THING.finditer(q))


def _others_than_an_office(question: str, sentence: str) -> bool:
    """A rule for "other councillors" (than an office named before it) and a question about what a
    Mayor, Chair or Leader may do: perhaps the office's own case, which the rule sets apart."""
    return bool(_OTHER_MEMBERS.match(_norm(sentence)) and _AN_OFFICE.search(_norm(question)))


# A question about any member of staff: "should a member of staff with a concern ...", "can an officer ...".
_GENERIC_STAFF_ASKED = lazy_compile(
    rf"^{_AUX}(?: not)? (?:a |an |any |the |our )?(?:member of staff|members of staff|staff member|staff|officers?|"
    r"employees?)\b"
)


def _office_for_any_staff(question: str, sentence: str) -> bool:
    """The rule is one post's ("If the Town Clerk has a concern about a councillor, the Town Clerk should
    raise it with the Chair of the HR Committee") and the question asks about any member of staff, naming
    no post ("should a member of staff with a concern about a councillor raise it with the Chair of the HR
    Committee?"): the post's route is not theirs."""
    main = _norm(main_clause(sentence))
    start = _RULE_START.search(main)
    if start is None or not (offices := _officer_offices(main[: start.start()])):
        return False
    # (not a post beside all the others: "The Town Clerk and other Officers are responsible to the Council")
    if re.search(r"\b(?:officers|staff|employees|members of staff)\b", main[: start.start()]):
        return False
    return bool(_GENERIC_STAFF_ASKED.match(_predicate(_norm(question)))) and not offices & _officer_offices(
        _norm(question)
    )


def _other_clerk(question: str, sentence: str) -> bool:
    """The rule is the Clerk's alone ("The Clerk may accept a small token of thanks ...") and the
    question asks what an assistant or deputy clerk may do: another post."""
    s = _norm(sentence)
    start = _RULE_START.search(s)
    return bool(
        start
        and _THE_CLERK_ALONE.match(s[: start.start()].strip())
        and _OTHER_CLERK_ASKED.match(_predicate(untagged(_norm(question))))
    )


_IN_PUBLIC = lazy_compile(r"\bin public\b|\bpublicly\b|\bat (?:a |any )?public meetings?\b")
_IN_PRIVATE = lazy_compile(
    r"\bin private\b|\bprivate (?:meeting|session|chat|conversation|word)\b|\bprivately\b|\bclosed session\b|"
    r"\bin confidence\b|\bone[- ]to[- ]one\b|\bexempt (?:item|session|part)\b|\bpublic (?:are|were) excluded\b"
)


def _asked_families(question: str) -> set[int]:
    """The verb families of what the question asks, not of the clause it governs ("... every time i
    send the clerk a request"), or of the whole question when its own clause has none."""
    return _families(_own_clause(_predicate(question))) or _families(question)


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


# "can a journalist phone the clerk directly?": what someone outside the council does is no case of a
# protocol's rules on councillors and staff ("Staff must not speak to journalists ...").
_OUTSIDER_ACTS = lazy_compile(
    rf"{_AUX}\s+(?:(?:a|an|the|any|my|our|local)\s+)?(?:(?:job|external|unsuccessful)\s+)?"
    r"(?:journalists?|reporters?|the press|residents?|"
    r"members? of the public|the public|contractors?|suppliers?|developers?|constituents?|parishioners?|"
    r"villagers?|applicants?|candidates?)\b"
)


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


def _one_of_two_duties(question: str, sentence: str) -> bool:
    """A duty to do one of two things ("must be ... either returned to the Town Clerk or destroyed after the
    meeting") is no duty to do the one a must-I or will-it question names ("do confidential papers have to
    go back to the clerk?")."""
    return bool(
        re.search(r"\b(?:must|should|shall|will|have to|has to)\b[^.;]*\beither\b[^.;]*\bor\b", _norm(sentence))
    ) and question_modality(question) in (OBLIGATION, FACT)


_WEEKDAY = lazy_compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)s?\b")
_DAYS_BEFORE = lazy_compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|twenty-one|twenty-eight|28) "
    r"(?:clear |working |calendar )?days?\b"
)


_TOLD_TO = lazy_compile(
    r"\b(?:tell|tells|inform|informs|notify|notifies|report (?:it |this |that )?to|declare (?:it |this |that )?to|"
    r"disclose (?:it |this |that )?to) (?:the |my |our |their |his |her |a |an )?((?:[a-z'-]+ ){0,3}?"
    + _ROLE_RE.pattern
    + r")"
)


def _told_to_someone_else(question: str, sentence: str) -> bool:
    """The question asks whether to tell one person and the rule names another ("do I have to tell the
    monitoring officer?" and "Employees must tell their Director if ..."): who is told is the question."""
    asked, said = _TOLD_TO.search(_norm(question)), _TOLD_TO.search(_norm(sentence))
    if not asked or not said:
        return False
    # (a person, not a group or body: "tell another group" is whether to tell, not whom)
    if any(
        re.search(r"\b(?:groups?|council|committee|party|members|councillors)\b", m.group(1)) for m in (asked, said)
    ):
        return False
    a, b = set(_words(asked.group(1))) - _STOP, set(_words(said.group(1))) - _STOP
    return not (a <= b or b <= a)


def _days_to_count(question: str, sentence: str) -> bool:
    """The question gives days of the week ("the meeting is on thursday and the agenda went out on
    tuesday") and the rule a number of days ("at least three clear days before each meeting"): whether
    one is within the other is counting the rule does not do."""
    return len(set(_WEEKDAY.findall(_norm(question)))) >= 2 and bool(_DAYS_BEFORE.search(_norm(sentence)))


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


def _council_asked_of_a_role(question: str, sentence: str) -> bool:
    """The question asks what the Council as a body may do ("can the council reject the clerk's
    recommendation?") and the rule is on an officer or a councillor ("The Clerk is entitled to refuse
    a request ..."): someone else's rule."""
    asked = _COUNCIL_ASKED.match(_predicate(untagged(_norm(question))))
    return bool(asked) and _subject_role(_norm(sentence)) in ("officer", "member")


# "can the council reject ...?", "does the parish council itself have to ...?": the body is who acts.
_COUNCIL_ASKED = lazy_compile(
    r"\b(?:can|could|may|might|must|should|shall|will|does|do|is|has) (?:the |our )?"
    r"(?:(?:town|parish|community|district|borough|county|full) )?council(?: itself| as a (?:body|whole))? "
    r"(?!(?:clerk|chair\w*|mayor|staff|officers?|employees?|tax|meetings?|office|offices|members?|leader)\b)[a-z]+"
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


# "(not a restricted post)", "i'm not in a restricted post", "we are not a party group": what the
# asker says they are not.
_NOT_ONE = lazy_compile(
    r"\b(?:not|n't|never been)\s+(?:a |an |in a |in an |on a |one of (?:the |those )?)?((?:[a-z'-]+ ){0,2}[a-z'-]+)"
)


def _subject_denied(question: str, sentence: str) -> bool:
    """The question says the asker is not who the rule is for: "I work in the parks team (not a
    restricted post)" against "Employees in politically restricted posts may not ... take an
    active part in party politics" (every word of what is denied is in the rule's subject)."""
    t = _norm(sentence)
    start = _RULE_START.search(t)
    if start is None:
        return False
    subject = _content(t[: start.start()])
    return any(
        (denied := _content(m.group(1))) and denied <= subject and not denied <= _content(" ".join(_ROLE_TOKENS))
        for m in _NOT_ONE.finditer(_norm(question))
    )


_PURPOSE_CLAUSE = lazy_compile(r",?\s+\b(?:so that|in order that)\b[^.;,]*", re.I)


_NO_ROLE_BUT = lazy_compile(
    r"\bno (?:role|say|vote|veto)\b[^.;]*\b(?:other than|except|beyond|apart from|save|unless)\b"
)


_EXCEPTION_FOLLOWS = lazy_compile(
    r",?\s+(?:(?:with|subject to) (?:one|a single|two|three|the following|these|this|an) exceptions?\s*[:\u2013\u2014]"
    r"|with the exception that)\s+",
    re.IGNORECASE,
)


def _two_questions(question: str) -> bool:
    """A second yes/no question after "and" or "but" ("... and can I also ...?"), after a first one of its
    own."""
    q = _norm(question)
    first = _LEAD_YES_NO.match(q) or next(_YES_NO.finditer(q), None)
    return bool(first) and bool(_SECOND_QUESTION.search(q[first.end() :]))


# (not "do" with a thing after it, which may be the verb: "... tell the contractor to come back and do the
# churchyard again?"; nor "or", which offers the other case of one question)
_SECOND_QUESTION = lazy_compile(
    r"\b(?:and|but|plus)\s+(?:also\s+)?(?:(?:can|could|may|might|must|should|shall|will|would|is|are|am)\s+"
    rf"(?:{_PEOPLE_SUBJECTS}|the|a|an|our|my)\b|(?:do|does|did|have|has)\s+(?:{_PEOPLE_SUBJECTS})\b)"
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
    verdict = _verdict_of(question, sentence, context)
    # (a No is the rule's, not its exception's: "... unless there is an emergency affecting Council property, such
    # as vandalism at the playing field" for "... about vandalism at the playing field?")
    if verdict == "no" and _example_of_the_exception(question, sentence):
        return None
    # "should i tell the clerk rather than the contractor?" asks about telling the clerk: a verdict
    # that comes only through what the question sets aside ("Members must not give instructions to
    # the ... contractor"; "can i instruct the contractor instead of the clerk?" - "Members may give
    # instructions to the Clerk.") is the set-aside act's, not the asked one's.
    if verdict and (plain := _without_set_aside(question)) != question:
        if _verdict_of(plain, sentence, context) != verdict:
            return None
    return verdict


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


def _asked_in_relative(question: str, part: str) -> bool:
    """The question's verb is a relative clause's with a modal of its own (", who may not see exempt
    information"), and not the main rule's (which `sentence_polarity` reads without that clause)."""
    p = _norm(part)
    m = _ANTECEDENT_MODAL.search(p)
    if not m:
        return False
    relative, rest = m.group(0), p[: m.start()] + " " + p[m.end() :]
    asked_families, asked_verb = _asked_families(question), _asked_verb_word(question)

    def names_it(text: str) -> bool:
        return bool(asked_families & _families(text)) or bool(asked_verb and asked_verb in _verb_stems(text))

    # (when the two modals point the same way, the main rule's verdict is the relative clause's too:
    # "may take steps to protect the Officer, which may include asking the Member to ...")
    # (a "who" clause has its own subject, whose permission is not the main rule's: "... report serious
    # concerns to the Chief Executive, who may suspend the officer")
    own = relative.lstrip(", ")
    leans = own.startswith("who") or sentence_polarity(own) != sentence_polarity(rest)
    return names_it(relative) and not names_it(rest) and leans


# Asking someone to do a thing ("ask the planning officer to back the application") and asking about
# one ("may ask about the progress of an application", "ask questions", "ask for information").
_ASK_TO = lazy_compile(
    r"\bask(?:s|ed|ing)?\s+(?:(?!for\b|about\b)[a-z'-]+\s+){0,5}?to\s+"
    r"(?!the\b|a\b|an\b|their\b|his\b|her\b|them\b|him\b|it\b|my\b|our\b)[a-z]+"
)
# (not asking for a thing, which is asking someone to provide it: "may ask officers for information and
# reports" answers "can I ask officers to put a report together?")
_ASK_ABOUT = lazy_compile(
    r"\bask(?:s|ed|ing)?\s+(?:[a-z'-]+\s+){0,3}?(?:about|questions?|whether|how|what|when|why|if)\b"
)


def _asked_to_act(question: str, sentence: str) -> bool:
    """The question asks about asking someone to act, and the sentence's asking is only asking about
    something: "can i ask the planning officer to back the application?" and "You can ask about the
    progress of an application" (a Yes to a question, not to a request that the officer act)."""
    said = _norm(sentence)
    about = _ASK_ABOUT.search(said)
    # (only a permission to ask about it: "must not ask officers about other Members' claims" is a No to
    # asking an officer to tell you them, too)
    return bool(
        about
        and _ASK_TO.search(_predicate(_norm(question)))
        and not _ASK_TO.search(said)
        and not re.search(r"\b(?:not|never|no)\b[^,;]*$", said[: about.start()])
    )


# A permission on a condition ("may speak ... if the Town Clerk agrees", "with the Chair's agreement") and a
# question that says the condition is not met ("without the town clerk agreeing").
_ON_CONDITION = lazy_compile(
    r"\b(?:if|provided(?: that)?|only if|so long as|as long as|with the (?:prior )?(?:agreement|consent|approval|"
    r"permission) of|with (?:the )?[a-z' -]{2,40}?'s (?:agreement|consent|approval|permission))\b([^.;]*)"
)
_UNMET_ASKED = lazy_compile(r"\bwithout\b([^?.;,]*)")


def _condition_denied(question: str, sentence: str) -> bool:
    """The question says the rule's condition is not met: "can a committee chair talk to the press ... without
    the town clerk agreeing?" and "The chair of a committee may speak about that committee's decisions if the
    Town Clerk agrees" (a No by inference, not the rule's plain word)."""
    condition = _ON_CONDITION.search(_norm(sentence))
    without = _UNMET_ASKED.search(_norm(question))
    if not condition or not without:
        return False
    said = _object_words(condition.group(0)) | _officer_offices(condition.group(0))
    asked = _object_words(without.group(1)) | _officer_offices(without.group(1))
    return bool(said & asked)


# Posts named by what they are: "the Facilities Officer", "the Town Clerk", "the Events Manager".
_NAMED_POST = lazy_compile(r"\b([a-z]+ (?:officer|manager|clerk|director|secretary|assistant))\b")


def _posts(text: str) -> set[str]:
    return _officer_offices(text) | {m.group(1) for m in _NAMED_POST.finditer(text)}


def _exception_to_another(question: str, sentence: str) -> bool:
    """An exception for one post ("... except to report an emergency to the Facilities Officer's on-call mobile")
    and a question about another ("can i phone the town clerk at 8pm to report an emergency?"): the exception is
    not the question's case."""
    s = _norm(sentence)
    exception = re.search(r"\bexcept\b([^.;]*)", s)
    if not exception:
        return False
    theirs, asked = _posts(exception.group(1)), _posts(_predicate(_norm(question)))
    # (only when the question tells of the exception's case, "to report an emergency", for which the
    # exception's post is the point; "other than the Town Clerk" is a rule on every other post)
    told = _object_words(exception.group(1)) - _object_words(" ".join(theirs)) & _object_words(_norm(question))
    return bool(theirs and asked and not theirs & asked and told)


# "after consulting just the chairman" and "after consulting the Chairman and the Vice-Chairman".
_JUST_ONE = lazy_compile(r"\b(?:just|only|solely) (?:the |a |an |our |my )?([a-z-]+)")


def _only_one_of_two(question: str, sentence: str) -> bool:
    """The question asks about one of two the rule names together ("just the chairman" and "the Chairman and
    the Vice-Chairman"): not the rule's case."""
    s = _norm(sentence)
    return any(
        re.search(rf"\b{re.escape(m.group(1))}\s+(?:and|&)\s+(?:the |a |an )?[a-z-]+", s)
        for m in _JUST_ONE.finditer(_norm(question))
    )


# "does the rule against officers accepting gifts ... apply to the mayor's chaplain?": whom a rule is for.
_APPLIES_TO = lazy_compile(r"\b(?:apply|applies|cover|covers|extend|extends) to\s+((?:[a-z'-]+\s*){1,6})")


def _applies_to_unsaid(question: str, sentence: str) -> bool:
    """The question asks whether a rule applies to someone the sentence does not name: the sentence's own
    rule says nothing of them (a definition elsewhere may)."""
    m = _APPLIES_TO.search(_predicate(_norm(question)))
    if not m:
        return False
    whom = _object_words(m.group(1)) - {"council", "councils"}
    return bool(whom) and not whom <= _object_words(_norm(sentence))


# What one does to others' posts, which no other act on social media is.
_SOCIAL_ACTS = frozenset(_stem(w) for w in "like share retweet repost follow unfollow block react".split())


# An exception with its examples: "... unless there is an emergency affecting Council property, such as vandalism
# at the playing field".
_EXCEPTION_EXAMPLE = lazy_compile(
    r"\b(?:unless|except|other than|apart from)\b[^.;]*?\b(?:such as|for example|e\.g\.|eg|including|like)\s+"
    r"([^.;]*?)(?=,\s*(?:and|but|or)\b|[.;]|$)"
)


def _example_of_the_exception(question: str, sentence: str) -> bool:
    """The question tells of an example the rule's exception gives ("can i text the clerk on a wednesday about
    vandalism at the playing field?"): the exception's case, in which the rule's No does not hold."""
    m = _EXCEPTION_EXAMPLE.search(_norm(sentence))
    # (an exception with a value limit the question's sum is weighed against: "apart from small items worth less
    # than £10, such as a box of chocolates" and "a £20 box of chocolates")
    if not m or (asked_amount(question) is not None and names_a_limit(m.group(0))):
        return False
    example = _object_words(m.group(1))
    return len(example & _object_words(_norm(question))) >= min(2, len(example))


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


# Kinds of gift that rules set apart, in the words questions use: money and drink.
_KINDS = {
    "money": lazy_compile(
        r"\b(?:cash|money|quid|pounds?|bank ?notes?|cheques?|vouchers?|(?:gift|book|store|shop) "
        r"(?:tokens?|cards?)|bank transfer)\b|£\s?\d+(?:\.\d\d)? (?:notes?|cash|in cash)\b"
    ),
    "alcohol": lazy_compile(
        r"\b(?<!non-)(?<!non )(?:alcohol(?:ic)?(?![- ]free)|wines?|beers?|ales?|lagers?|ciders?|spirits|gin|whiske?y|"
        r"vodka|rum|brandy|port|sherry|prosecco|champagne|fizz|booze|bubbly)\b"
    ),
}
_KIND_WORDS = frozenset(
    "cash money voucher vouchers token tokens alcohol alcoholic drink drinks wine spirits gifts gift any kind "
    "value form amount sum".split()
)


_KIND_STEMS = frozenset(_KIND_WORDS | {_stem(w) for w in _KIND_WORDS})


_CASH_NOTE = lazy_compile(
    r"(?<!worth )(?<!about )(?<!around )(?<!roughly )(?<!maybe )(?<!cost )(?<!costs )(?<!value )"
    r"(?<!worth a )(?<!about a )(?<!around a )(?<!roughly a )(?<!maybe a )(?<!cost a )(?<!costs a )"
    r"\b(?:a |an |the )?(?:fivers?|tenners?)\b(?!'s worth| worth)"
)


def _kinds(text: str) -> set[str]:
    t = _norm(text)
    kinds = {kind for kind, pattern in _KINDS.items() if pattern.search(t)}
    # ("a fiver from the mayor" is cash; "about a tenner", "a tenner's worth" is what a gift is worth)
    if _CASH_NOTE.search(t):
        kinds.add("money")
    if re.search(r"\balcohol[- ]free\b|\bnon[- ]?alcoholic\b|\b(?:zero|low)[- ]alcohol\b", t):
        kinds.discard("alcohol")
    return kinds


def _another_acts(question: str, before: str) -> bool:
    """The question's own verb is in `before`, and another act is joined after it with "and"."""
    verb = _asked_verb_word(question)
    at = re.search(rf"\b{re.escape(verb)}\w*", before) if verb else None
    after = re.search(r"\band\s+([a-z]+)", before[at.end() :]) if at else None
    return bool(after and (after.group(1) in _LIGHT_VERBS or _verb_families([after.group(1)])))


def _same_act_restricted(question: str, answered: list[tuple[str, str]], parts: list[str], asked: set[int]) -> bool:
    """A later part of the sentence prohibits the question's own act on some terms ("..., but must
    not post during the pre-election period"), and those terms are not plainly other than the
    question's case: only kinds of gift the question does not name ("..., but must not accept
    cash or vouchers" for a tin of biscuits) are plainly other."""
    # (the act of the part that says Yes: "may decline requests ..., and will not visit ..." restricts
    # visiting, not declining)
    act = asked & {i for _, yes in answered for i in _families(yes)}
    for part in parts[1:]:
        p = _norm(part)
        # ("..., but must not do so during the pre-election period": "do so" is the act before)
        same_act = act & _families(part) or (act and _DO_SO.search(p))
        # ("may attend but is not obliged to do so" restricts nothing)
        if not (_HEADLESS.match(p) and _raw_polarity(part) == "negative" and same_act) or NOT_REQUIRED.search(p):
            continue
        verbs = _families_words(part)
        if _object_words(part) - verbs - _KIND_STEMS or not _kinds(part) or _kinds(part) & _kinds(question):
            return True
        # (a kind the permission does not name either: "a bottle of wine" and "small gifts such as
        # chocolates, but not cash")
        if _kinds(question) - {k for _, yes in answered for k in _kinds(yes)}:
            return True
    return False


_ACCEPT = next(i for i, fam in enumerate(VERB_FAMILIES) if "accept" in fam)
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
    m = _NARROWED.search(obj)
    if not m:
        return False
    said = _object_words(m.group(1)) | _families_words(m.group(1))
    return bool(said) and not said & asked


_BEYOND = lazy_compile(r"\b(?:beyond|over and above|in excess of)\s+(?:what|that|those|the)\b([^,;.]*)")
_PAST_A_LIMIT = lazy_compile(r"\b(?:beyond|more than|extra|additional|other than|outside|exceed\w*|over and above)\b")


_WHO_NARROWED = lazy_compile(
    r"^(?:- )?(?:a|an|any|the|each|every)?\s*(?:member|councillor|officer|employee|member of staff)s?\s+"
    r"(?:who|that)\s+((?:is|are|has|have)\s+(?:related|a relative|relatives|a close friend|close friends|"
    r"(?:in )?a (?:close )?(?:personal )?relationship|married|(?:a |an )?(?:personal |prejudicial |pecuniary )?"
    r"interests?)[^,;]*?)(?:,|\s+(?:must|should|shall|may|will|cannot|can)\b)"
)


def _who_narrowed_unsaid(question: str, part: str) -> bool:
    """A prohibition for the few its subject's own clause picks out ("a Member who is related to, or
    a close friend of, an applicant must ... take no part in the appointment") and a question that
    says nothing of being one of them ("do members take part in recruiting the deputy town clerk?")."""
    m = _WHO_NARROWED.search(_norm(part))
    if not m:
        return False
    said = _object_words(m.group(1)) | _families_words(m.group(1))
    asked = _object_words(question) | _families_words(question)
    return bool(said) and not said & asked and not _concepts(m.group(1)) & _concepts(question)


def _within_the_limit(question: str, part: str) -> bool:
    """A prohibition on going beyond a limit ("may not ... have access to confidential information
    beyond what their group members are entitled to") and a question about what is within it ("can
    the political assistant see confidential information that the group members are entitled to?")."""
    m = _BEYOND.search(_norm(part))
    if not m:
        return False
    q = _norm(question)
    return len(_plain_words(m.group(1)) & _plain_words(q)) >= 2 and not _PAST_A_LIMIT.search(q)


def _families_words(text: str) -> set[str]:
    """The words (stemmed) of the verb families a text uses: the verbs, not the things."""
    return {w for i in _families(text) for w in _FAMILY_PARTS[i][0]}


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


_CARVE_TERMS = lazy_compile(
    r"\b(?:from|with|without|while|whilst|during|before|after|until|within|outside|about|unless|except|when|where|"
    r"if|who|which|that|seeking|pending|whose)\b"
)
_REFLEXIVES = frozenset(
    w for r in "myself yourself himself herself ourselves themselves themself".split() for w in (r, _stem(r))
)


def _carve_out(question: str, answered: list[tuple[str, str]]) -> str | None:
    """The verdict of a later part that sets something apart from the rule before it, for the same
    subject ("may accept small gifts ..., but must not accept gifts of money or vouchers"), when
    the question names a thing that part names and the rule before does not."""
    if len(answered) != 2 or answered[0][0] == answered[1][0] or not _HEADLESS.match(_norm(answered[1][1])):
        return None
    (ruled, rule), (verdict, apart) = answered
    # (what is set apart only on terms - "tickets from organisations seeking a grant", "gifts from
    # anyone with a complaint pending", "photos of children without consent" - is set apart for
    # some cases only; and the question must name all it names: "photos of members of the public"
    # are not every photo)
    if _CARVE_TERMS.search(_norm(apart)):
        return None
    verbs_apart = _families_words(apart)
    if _object_words(apart) - verbs_apart - _KIND_STEMS - _REFLEXIVES - _object_words(question):
        return None
    # (a thing, not a verb of the question's: "help to prepare campaign material" sets apart no help)
    verbs = _families_words(question)
    named = _object_words(question) & _object_words(apart) - _object_words(rule) - verbs
    q = _norm(question)
    # ("alcohol-free wine", "non-alcoholic" are not alcohol)
    named = {w for w in named if not re.search(rf"\b(?:non-?|no ){w}|\b{w}\w*[- ]free\b", q)}
    # ("twenty quid" is cash, "a bottle of gin" alcohol)
    kinds = _kinds(question) & _kinds(apart) - _kinds(rule)
    if named or kinds:
        return verdict
    # And the rule's own, for a thing it names when only kinds of gift the question does not name are
    # set apart ("a card or flowers, but ... not cash or vouchers" for flowers with a card).
    only_kinds = _kinds(apart) and not _object_words(apart) - verbs_apart - _KIND_STEMS
    if (
        only_kinds
        and not _kinds(question) - _kinds(rule)  # ("a card and a bottle of wine": wine is no card)
        and _object_words(question) & _object_words(rule) - verbs
    ):
        return ruled
    return None


# The act a question asks someone else to do: "can i get the clerk to translate ...", "can I ask
# the office to print ...".
_ASKED_ACT = lazy_compile(r"\b(?:get|getting|ask|asking)\s+((?:[a-z'-]+\s+){1,4}?)to\s+([a-z]+)\b")
_NOT_ACTS = frozenset("be do help sort deal come go get have make look put give take bring let keep find".split())


def _asked_act(question: str) -> str | None:
    m = _ASKED_ACT.search(_predicate(question))
    if not m or not _ROLE_RE.search(m.group(1)) or m.group(2) in _NOT_ACTS or m.group(2) in _STOP:
        return None
    return m.group(2)


def _names_act(act: str, sentence: str) -> bool:
    """The sentence names the act: a word of the same stem ("brief", "briefings"), or a verb of its
    family."""
    stem = _stem(act)
    said = {_stem(w) for w in _words(sentence)}
    return (
        stem in said
        or len(stem) >= 4
        and any(w.startswith(stem) for w in said)
        or bool(_families(act) & _families(sentence))
    )


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
    if not found or len({v for v, _ in found}) > 1:
        return None
    return Verdict(found[0][0], found[0][1])


_RESTRICTED = lazy_compile(r"\b(?:who|whom|whose|which|that|if|when|where|whilst|while|unless|related|with)\b")
# A sentence that starts with a pronoun for a person: "They should not relay ...", "He/she must give ...".
_PRONOUN_SUBJECT = lazy_compile(r"^(?:he\s*/\s*she|she\s*/\s*he|s/he|he or she|she or he|they|he|she)\b", re.IGNORECASE)


def starts_with_pronoun(sentence: str) -> bool:
    """'They should not ...', 'He/she must ...': the subject is in the sentence before."""
    return bool(_PRONOUN_SUBJECT.match(sentence.strip()))


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


def _asked_act_named(question: str, after: str) -> bool:
    """The question names the act someone is asked to do (the words after "asked to"), itself or
    by its family, or what it acts on."""
    words = _norm(after).split()
    at = _verb_at(words)
    # (an act of no particular kind - "deal with matters outside their level of authority", "undertake
    # work" - is said by what it acts on, which `object_addressed` weighs)
    return at is None or words[at] in _GENERIC_ACTS or _asks_act(question, words, at)


_GENERIC_ACTS = frozenset(
    "deal do undertake carry take handle work perform help assist provide give act exceed go get make".split()
)


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


def _subject_narrowed_unsaid(question: str, sentence: str) -> bool:
    """The rule is for things its subject narrows by a relative clause the question says nothing of:
    "Letters which create obligations or give instructions on behalf of the Council should never be
    sent in the name of a member" is no rule against "can i send letters out in my own name?"."""
    t = _norm(sentence)
    start = _RULE_START.search(t)
    narrowed = re.search(r"(?<![,(] )(?<![,(])\b(?:which|that)\b(.*)", t[: start.start()]) if start else None
    # (the people a rule is for are its subject's business, not this: "Councillors that sit on ...")
    if narrowed is None or roles_in_order(t[: narrowed.start()]):
        return False
    said = _object_words(narrowed.group(1)) | _families_words(narrowed.group(1))
    return bool(said) and not said & (_object_words(question) | _families_words(question))


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
