"""The question: whether it asks yes or no, what it asks (an obligation, a permission or a fact),
and its yes/no part ('yateley - can the clerk push back?' -> 'can the clerk push back?')."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.verdict.words import _families, _norm, _phrase_text, roles_in_order
from ingest.lazy_regex import lazy_compile

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
    # (not a wh-question after the condition: "if the clerk is away who do i ask?")
    rf"|^if\b[^,?]*?\s(?<!\bwho\s)(?<!\bwhat\s)(?<!\bwhen\s)(?<!\bwhere\s)(?<!\bwhich\s)(?<!\bwhy\s)(?<!\bhow\s)"
    rf"({_AUX})\s+(?:i|we|you|he|she|they|it|a|an|the|our|my)\b"
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


# (with more of its own clause after it: "who the hell should i ...?" is the question's own "who")
_EMBEDDED_WH = lazy_compile(
    r"\b(?:how|what|why|whether|who)\s+(?:i|we|you|he|she|they|it|a|an|the|my|our|their|his|her|someone|somebody)"
    r"\s+[a-z'-]+(?=\s+[a-z'-]+\s)"
)


def _asks_wh_after_condition(condition: str) -> bool:
    """A leading condition ("if the clerk is away ...") ends in a wh-question of its own ("... who else
    should i ...", "... which officer should i ..."), not in a wh-clause that is part of it ("... with how an
    officer is performing")."""
    return bool(_WH_ANY.search(_EMBEDDED_WH.sub("", _CONJUNCTION_WH.sub("", condition))))


def is_yes_no(question: str) -> bool:
    """Whether the question asks a yes/no question a protocol could answer (not 'who/what ...')."""
    q = _norm(question)
    if not q or _WH.match(q):
        return False
    if lead := _LEAD_YES_NO.match(q):
        return not (lead.group(2) and _asks_wh_after_condition(q[: lead.start(2)]))
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
    # ("finmere pc - if i'm unhappy with how an officer is performing do i raise it ...?": a wh-clause
    # inside a leading condition, with a subject of its own, asks nothing)
    if re.match(r"^(?:(?:[a-z'&.]+ ){1,4}?[-:\u2013]\s*)?if\b", before):
        asks_wh = _asks_wh_after_condition(before)
    else:
        asks_wh = bool(_WH_ANY.search(before))
    return not asks_wh and not (m.group(0).endswith(" you") and _WH_ANY.search(q[m.end() :]))


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


def _base_of(ing: str) -> str | None:
    """A verb's base from its "-ing" form, from the tables of the verbs the rules use ("sharing" ->
    "share", "asking" -> "ask"), or None for one they do not know."""
    return _ING_BASE.get(ing) or _MORE_GERUNDS.get(ing)


_NAMED_IF = lazy_compile(r"^(?:[a-z'&.]+ ){0,3}?[a-z'&.]+ ?[-:\u2013]\s*(?=(?:if|as|at|in|for)\b)")


_ASKERS_MODAL = lazy_compile(
    r"\b(?:can|could|may|might|must|should|shall|will|would|do|does|did|am|are|is)\s+(?:i|we|you)\b"
)


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
        # "finmere pc - if i'm unhappy with how an officer is performing do i raise it ...?": a leading
        # condition with no comma, then a modal whose subject is the asker (a condition's own verb has a
        # noun after it: "if the clerk is away", "if a councillor is a member ..."; and "it" or "they"
        # would stand for a noun of the condition: "if a cllr isnt happy ... should they speak to ...?")
        # (the last such modal: "if a resident asks will you help me can i say no?"; and no "has" or "have":
        # "if the clerk has you down as absent can i still vote?")
        if m and m.group(2) and (asked := list(_ASKERS_MODAL.finditer(rest))):
            last = asked[-1].start()
            if not _asks_wh_after_condition(rest[:last]):
                return rest[last:]
    found = list(_YES_NO.finditer(q))
    if found:
        return q[found[-1].start(1) :]
    # ("llanferwen can i write to the clerk in welsh?": a council's name with no mark after it)
    return q[m.start(1) :] if (m := _NAME_THEN_YES_NO.match(q)) else q


_REFUSE_WORD = lazy_compile(r"\b(?:refuse|say no|decline|push back|turn down|reject)\b")


def _asks_refusal(question: str) -> bool:
    """'can the clerk say no?', 'am I ok to turn them down?'"""
    return bool(_REFUSE_WORD.search(_phrase_text(_norm(question))))


def _asked_families(question: str) -> set[int]:
    """The verb families of what the question asks, not of the clause it governs ("... every time i
    send the clerk a request"), or of the whole question when its own clause has none."""
    return _families(_own_clause(_predicate(question))) or _families(question)


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
