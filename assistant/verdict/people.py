"""Withholding when the people differ: another office or post, another body's staff, a deputy, a
group, one identity asked twice, a rule for some of a role, a giver or recipient the rule does
not name."""

from __future__ import annotations

import re

from assistant.verdict.action import _AND_A_VERB, _verb_stems, same_action
from assistant.verdict.direction import _asker_text, speaker_role
from assistant.verdict.objects import _ACTS_OF_AUTHORITY, _RULE_START
from assistant.verdict.polarity import _NO_ONE, _object_words, _raw_polarity, main_clause, sub_clauses
from assistant.verdict.question import _AUX, FACT, _own_clause, _predicate, question_modality, untagged
from assistant.verdict.words import (
    _FAMILY_PARTS,
    _ROLE_OF,
    _ROLE_RE,
    _ROLE_TOKENS,
    _STOP,
    _concepts,
    _content,
    _families,
    _families_words,
    _idiom_families,
    _norm,
    _stem,
    _words,
    roles_in_order,
)
from ingest.lazy_regex import lazy_compile

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


def _election_differs(question: str, part: str) -> bool:
    kinds = {k for pair in _ELECTION_KIND.findall(_norm(part)) for k in pair if k}
    asked = {k for pair in _ELECTION_KIND.findall(_norm(question)) for k in pair if k}
    # "a county council candidate", "the district council campaign": the election asked about.
    asked |= {"parliamentary" if pair[1] else pair[0] for pair in _KIND_ASKED.findall(_norm(question))}
    return bool(kinds and asked) and not kinds & asked


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


# Who a text is about when it starts with them: "the deputy town clerk works ...", "the responsible
# financial officer signs ..." (a role after at most two words of its name), not "the council will ...".
_SUBJECT_ROLE = lazy_compile(
    r"(?:(?:the|a|an|our|my|your|their|its|this|that|any|each|every|all)\s+)?(?:[a-z'-]+\s+){0,2}?" + _ROLE_RE.pattern
)


def _subject_role(text: str) -> str | None:
    m = _SUBJECT_ROLE.match(text.strip())
    return _ROLE_OF.get(m.group(1)) if m else None


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


def _officer_offices(text: str) -> set[str]:
    """The officers' offices a text names (the Clerk, the Monitoring Officer, the Chief Executive)."""
    found = set()
    for office, pattern in reversed(_OFFICER_OFFICES):  # (the deputy clerk first, then what is left)
        if pattern.search(text):
            found.add(office)
            text = pattern.sub(" ", text)
    return found


# Where a matter is taken: "do i take it to the chairman?", "should I raise that with my director?",
# "is the chairman the right person to take it to?" and "the matter should be raised with the Chairman".
_ROUTE_VERBS = (
    r"(?:take|taking|raise|raising|report|reporting|refer|referring|bring|bringing|send|sending|direct|address|"
    r"put|declare|declaring|disclose|disclosing|tell|telling|go|going|speak|speaking|talk|talking|complain|"
    r"complaining|flag|flagging)"
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
    said = _object_words(m.group(1))
    # (a family in common, not a word two families share: "related to an applicant" and "sit on the panel
    # appointing a head of service" share "appointment", a word of the canvassing and the recruiting families)
    if said & _object_words(question) or _families(m.group(1)) & _families(question):
        return False
    return bool(said) and not _concepts(m.group(1)) & _concepts(question)


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
