"""Who is unhappy with whom. A councillor complaining about an officer and an officer
complaining about a councillor are different procedures in most protocols, and a question
about one must not be answered with the other ("a councillor was rude to me" asked by the
Clerk is not "how do councillors complain about staff").

Pure functions on text: the question's direction and each clause's, as
"officer_aggrieved" (an officer's concern about a councillor), "councillor_aggrieved" (a
councillor's concern about an officer), or None when the text doesn't say. The same for what
one side can expect of the other ("Officers can expect from Councillors: ..." answers "what can I
expect from councillors?", and "Councillors can expect from officers: ..." does not): "of_officers"
or "of_councillors".

`facing_away` is the one test both the search and the quotes use."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.lazy_regex import lazy_compile

OFFICER = (
    r"(?:officers?|employees?|staff|members? of staff|clerks?|town clerks?|parish clerks?|proper officer|assistant|"
    r"deputy|director|chief executive|team|colleagues?|caretakers?|lengthsm[ae]n|groundsm[ae]n)"
)
# ("a member of my team", "members of staff": officers; "a member of the public": neither)
COUNCILLOR = (
    r"(?:councillors?|cllrs?|members?(?! of (?:my |our |the |his |her |their )?"
    r"(?:team|staff|department|service|public)\b)|chair(?:man)?|mayor|elected members?)"
)
BAD = (
    r"(?:rude\w*|shout\w*|yell\w*|aggressive\w*|bull(?:y|ies|ied|ying)|harass\w*|intimidat\w*|nasty|abus\w*|offhand|"
    r"out of order|hard time|lean\w* on|pressur\w*|threat\w*|swear\w*|hostile|disrespect\w*|treat\w*|"
    r"useless|incompetent|unhelpful|ignor\w*|performance|mistake\w*|slow|poor|"
    # ("keeps having a go at me", "picking on our assistant")
    r"ha(?:ve|s|d|ving) a go at|pick(?:s|ed|ing)? on\b)"
)
CONCERN = (
    r"(?:concerns?|concerned|complain\w*|aggrieved|grievances?|dissatisf\w*|unhappy|feels?|believes?|considers?|"
    r"bullied|harassed)"
)

_Q_OFFICER_SPEAKS = lazy_compile(
    rf"\b(?:i'?m|i am|as)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?{OFFICER}\b|\b{OFFICER}\s+here\b"
    rf"|\bour\s+{OFFICER}\s+(?:says|is|has|was)\b",
    re.I,
)
_Q_COUNCILLOR_SPEAKS = lazy_compile(rf"\b(?:i'?m|i am|as)\s+(?:an?\s+|the\s+)?{COUNCILLOR}\b", re.I)
_Q_COUNCILLOR_BAD = lazy_compile(rf"\b{COUNCILLOR}\b[^.?!]{{0,60}}\b{BAD}", re.I)
_Q_OFFICER_BAD = lazy_compile(rf"\b{OFFICER}\b[^.?!]{{0,60}}\b{BAD}", re.I)
# "my assistant got shouted at by a councillor": the one after "by" did it.
_BY = r"\s+(?:at\s+|on\s+)?by\s+(?:a |an |the |our |my |one of (?:the |our )?)?"
_Q_BY_COUNCILLOR = lazy_compile(rf"\b{BAD}{_BY}{COUNCILLOR}\b", re.I)
_Q_BY_OFFICER = lazy_compile(rf"\b{BAD}{_BY}{OFFICER}\b", re.I)
_Q_BY_ANYONE = lazy_compile(rf"\b{BAD}{_BY}\w+", re.I)
# "who do I complain to about the clerk?", "a complaint against a councillor": the one complained of.
_ABOUT = (
    r"\s+(?:(?:to|from|by)\s+(?:\w+\s+){0,2}?)?(?:about|against|regarding|over)\s+"
    r"(?:the |our |my |a |an |one of (?:the |our )?)?"
)
_Q_ABOUT_OFFICER = lazy_compile(rf"\b(?:complain\w*|grievances?|concerns?){_ABOUT}{OFFICER}\b", re.I)
_Q_ABOUT_COUNCILLOR = lazy_compile(
    rf"\b(?:complain\w*|grievances?|concerns?){_ABOUT}{COUNCILLOR}\b(?! of the public)", re.I
)
# "unhappy with the clerk's work", "not happy with an officer", "report a councillor to ...".
_UNHAPPY_WITH = (
    r"\b(?:unhappy|not happy|dissatisfied|displeased|fed up|a problem|an issue|concerns?|concerned)\s+(?:with|about)\s+"
    r"(?:how\s+|the way\s+)?"  # ("unhappy with how the clerk handled it")
)
_DET = r"(?:the |our |my |a |an |one of (?:the |our )?)?"
_Q_UNHAPPY_OFFICER = lazy_compile(rf"{_UNHAPPY_WITH}{_DET}{OFFICER}\b", re.I)
_Q_UNHAPPY_COUNCILLOR = lazy_compile(rf"{_UNHAPPY_WITH}{_DET}{COUNCILLOR}\b(?! of the public)", re.I)
_Q_REPORT_OFFICER = lazy_compile(rf"\breport(?:s|ed|ing)?\s+{_DET}{OFFICER}\b(?!'s)", re.I)
_Q_REPORT_COUNCILLOR = lazy_compile(rf"\breport(?:s|ed|ing)?\s+{_DET}{COUNCILLOR}\b(?!'s)", re.I)
# "a councillor has complained about me", "what if a member raises a concern about my work?": the one
# who complains is aggrieved, and the one asking is the other side.
_OF_ME = (
    r"\b(?:complain\w*|(?:raised?|raising|made?|making|lodged?)\s+(?:a\s+|an?\s+)?(?:formal\s+)?"
    r"(?:concerns?|complaints?|grievances?)|unhappy|not happy|dissatisfied)\s+(?:about|with|against|over)\s+"
    r"(?:me|us|my\s+(?:work|performance|conduct|behaviour))\b"
)
_I_COMPLAIN = lazy_compile(
    r"\b(?:i|we)\s+(?:\w+\s+){0,3}?(?:complain|raise|make|lodge|take out|bring)\w*\b(?!\s+(?:about|against)\s+me\b)"
    r"|\b(?:my|our)\s+(?:own\s+)?(?:complaint|grievance)",
    re.I,
)
_Q_COUNCILLOR_OF_ME = lazy_compile(rf"\b{COUNCILLOR}\b[^.?!]{{0,30}}?{_OF_ME}", re.I)
_Q_OFFICER_OF_ME = lazy_compile(rf"\b{OFFICER}\b[^.?!]{{0,30}}?{_OF_ME}", re.I)
_OTHERS_COMPLAIN = lazy_compile(
    r"\b(?:residents?|members? of the public|the public|parishioners?|constituents?|someone|somebody|a person)\b", re.I
)

# (The Monitoring Officer hears complaints; no one complains of them: "... recourse to the Grievance
# Procedure and then to the Monitoring Officer" is an officer's grievance, not one about an officer.)
_C_OFFICER_AGGRIEVED = lazy_compile(rf"\b{OFFICER}\b[^.;:]{{0,100}}\b{CONCERN}\b[^.;:]{{0,120}}\b{COUNCILLOR}\b", re.I)
_C_COUNCILLOR_AGGRIEVED = lazy_compile(
    rf"\b{COUNCILLOR}\b[^.;:]{{0,100}}\b{CONCERN}\b[^.;:]{{0,120}}\b(?<!monitoring ){OFFICER}\b", re.I
)

# "should raise his concern with the Town Clerk", "refer the matter to the Chairman", "raise any
# concern with the Town Clerk or the Chair of the Staffing Committee": the ones a concern is taken to
# handle it; the concern is not about them. Not "in relation to a Member" (what it is about), "the
# officer's line manager" or "the member concerned" (the one it is about), nor past a comma.
_TAKEN_TO_DET = r"(?:the |a |an |their |his |her )?"
_TAKEN_TO_ROLE = (
    rf"{_TAKEN_TO_DET}(?:{OFFICER}|{COUNCILLOR})\b(?!['\u2019]s\b)"
    r"(?!\s+(?:concerned|involved|in question|directly|themselves|himself|herself)\b)"
)
_TAKEN_TO = lazy_compile(
    r"\b(?:raise|raised|raises|raising|refer|referred|refers|referring|take|taken|takes|taking)\b"
    r"(?:(?!\b(?:relation|regard|respect|relating|related|reference|due|owing)\s+to\b)[^.;:,]){0,60}?"
    r"\b(?:with|to)\s+"
    rf"(?P<first>{_TAKEN_TO_ROLE})(?:(?:\s+of the \w+(?: \w+)?)?\s(?:or|and)\s+{_TAKEN_TO_ROLE})*",
    re.I,
)
_ROLE = lazy_compile(rf"\b(?:{OFFICER}|{COUNCILLOR})\b", re.I)


def _without_recipients(text: str) -> str:
    """`text` with the roles a concern is taken to put as "handler" (see `_TAKEN_TO`)."""

    def handled(m: re.Match[str]) -> str:
        at = m.start("first") - m.start()
        return m[0][:at] + _ROLE.sub("handler", m[0][at:])

    return _TAKEN_TO.sub(handled, text)


_ACCUSED = lazy_compile(r"\b(?:accus\w*|alleg\w*|complain\w*|complaint|claim\w*|report\w*) (?:of |about )?$", re.I)


def _done_by(pattern: re.Pattern[str], q: str) -> bool:
    """'shouted at by a councillor': done by one; not 'accused of bullying by a councillor' (who
    accuses, not who did it)."""
    return any(not _ACCUSED.search(q[max(0, m.start() - 20) : m.start()]) for m in pattern.finditer(q))


@lru_cache(maxsize=256)  # (asked of the same question for every clause a search or an answer weighs)
def question_direction(question: str) -> str | None:
    """Whose grievance a question is about, when it says so plainly."""
    q = question.replace("\u2019", "'")
    councillor_of_me, officer_of_me = bool(_Q_COUNCILLOR_OF_ME.search(q)), bool(_Q_OFFICER_OF_ME.search(q))
    # (not when the one asking complains too, "can I raise a grievance against the councillor who
    # complained about me?", nor when a resident did: "a councillor told me a resident complained about me")
    if councillor_of_me != officer_of_me and not _I_COMPLAIN.search(q) and not _OTHERS_COMPLAIN.search(q):
        return "councillor_aggrieved" if councillor_of_me else "officer_aggrieved"
    officer_speaks = bool(_Q_OFFICER_SPEAKS.search(q))
    councillor_speaks = bool(_Q_COUNCILLOR_SPEAKS.search(q))
    # "a resident has a grievance against a councillor": a complaint, but no one of the two sides'.
    others = _OTHERS_COMPLAIN.search(q)
    # Whom a complaint is said to be about ("complain about the Clerk's performance", "unhappy with
    # an officer's work", "report a councillor") decides before a bad word near a role does (the
    # Clerk's "performance" is no sign that the councillor who complains behaved badly).
    about_councillor = not others and any(
        p.search(q) for p in (_Q_ABOUT_COUNCILLOR, _Q_UNHAPPY_COUNCILLOR, _Q_REPORT_COUNCILLOR)
    )
    about_officer = not others and any(p.search(q) for p in (_Q_ABOUT_OFFICER, _Q_UNHAPPY_OFFICER, _Q_REPORT_OFFICER))
    # ("unhappy with how officers were treated by a councillor": the one after "by" did it)
    done_by = _done_by(_Q_BY_COUNCILLOR, q) or _done_by(_Q_BY_OFFICER, q)
    if about_officer != about_councillor and not done_by:
        if about_officer and not officer_speaks:
            return "councillor_aggrieved"
        if about_councillor and not councillor_speaks:
            return "officer_aggrieved"
    councillor_bad = bool(_Q_COUNCILLOR_BAD.search(q) or about_councillor)
    officer_bad = bool(_Q_OFFICER_BAD.search(q) or about_officer)
    by_councillor, by_officer = _done_by(_Q_BY_COUNCILLOR, q), _done_by(_Q_BY_OFFICER, q)
    # (done by someone else: "the clerk was shouted at by a member of the public" is neither side's)
    if by_councillor != by_officer or _done_by(_Q_BY_ANYONE, q):
        councillor_bad, officer_bad = by_councillor or about_councillor, by_officer or about_officer
    if councillor_bad and not officer_bad and not councillor_speaks:
        return "officer_aggrieved"
    if officer_bad and not councillor_bad and not officer_speaks:
        return "councillor_aggrieved"
    if officer_speaks and councillor_bad:
        return "officer_aggrieved"
    if councillor_speaks and officer_bad:
        return "councillor_aggrieved"
    return None


# "Procedure for officers - ...", "Procedure for Councillor: ...": a clause that says whose procedure it is.
_PROCEDURE_FOR = lazy_compile(rf"^\W*procedure for (?:(?P<officer>{OFFICER})|(?P<councillor>{COUNCILLOR}))\b", re.I)


# "An officer may have recourse to the Council's formal grievance policy ...", "A Councillor may have
# recourse to the Council's formal disciplinary policy.": whose remedy a sentence of a clause opens with.
_RECOURSE_OF = lazy_compile(
    rf"(?:^|[.;:]\s+)\W*(?:an?|the|any)\s+(?:(?P<officer>{OFFICER})|(?P<councillor>{COUNCILLOR}))\s+"
    r"(?:may|can|will|should)\s+"
    r"(?:have\s+recourse|use|invoke|raise|refer|complain|report|make a complaint)\b[^.;:]*"
    r"\b(?:(?P<grievance>grievance|complaint|monitoring officer)"
    r"|(?P<disciplinary>disciplinary))",
    re.I,
)


def clause_directions(text: str) -> set[str]:
    """The grievances a clause deals with (none, one or both)."""
    if m := _PROCEDURE_FOR.match(text):
        return {"officer_aggrieved" if m["officer"] else "councillor_aggrieved"}
    out = set()
    # (an officer's remedy is a grievance or a complaint; "The Clerk may refer the matter to the
    # disciplinary panel" is no officer's grievance)
    for m in _RECOURSE_OF.finditer(text):
        if m["councillor"] or m["grievance"]:
            out.add("officer_aggrieved" if m["officer"] else "councillor_aggrieved")
    # (the one a concern is taken to is no side of it: "An officer who believes a member may have
    # acted other than in accordance with this protocol should raise his concern with the Town Clerk"
    # is an officer's concern about a member only)
    sides = _without_recipients(text)
    if _C_OFFICER_AGGRIEVED.search(sides):
        out.add("officer_aggrieved")
    if _C_COUNCILLOR_AGGRIEVED.search(sides):
        out.add("councillor_aggrieved")
    return out


EXPECT = r"(?:expect|count on|rely on)"
_DETS = r"(?:the |our |their |my |a |an |any |all )?"
# "what can I expect from councillors?", "what should staff be able to count on from the members?"
# (at most two words between: "is it reasonable to expect the clerk to answer emails from councillors"
# expects something of the clerk)
_Q_EXPECT_OF = lazy_compile(
    rf"\b{EXPECT}\w*(?:\s+(?:to\s+)?[a-z]+){{0,2}}?\s+(?:from|of)\s+{_DETS}"
    rf"(?:(?P<officer>{OFFICER})|(?P<councillor>{COUNCILLOR}))\b",
    re.I,
)
# "Officers can expect from Councillors:", "All Councillors can expect:" (of the other side).
_C_EXPECT = lazy_compile(
    rf"\b(?:(?P<officer>{OFFICER})|(?P<councillor>{COUNCILLOR}))\s+(?:can|should|may|will|are entitled to)\s+"
    rf"(?:reasonably\s+)?expect\b(?:\s*(?:from|of)\s+{_DETS}(?:(?P<of_officer>{OFFICER})|(?P<of_councillor>{COUNCILLOR})))?",
    re.I,
)


@lru_cache(maxsize=256)
def expected_of(question: str) -> str | None:
    """Whose conduct a question about expectations asks of: "of_officers", "of_councillors" or None."""
    m = _Q_EXPECT_OF.search(question.replace("\u2019", "'"))
    if m is None:
        return None
    return "of_officers" if m["officer"] else "of_councillors"


def clause_expectations(text: str) -> set[str]:
    """Whose conduct a clause's lists of expectations are of (none, one or both)."""
    return set(clause_expectations_in_order(text))


def facing_away(question: str, text: str) -> bool:
    """The clause deals only with the other side of what the question asks: the other grievance
    procedure, or what the other side can expect."""
    if wanted := question_direction(question):
        opposite = ({"officer_aggrieved", "councillor_aggrieved"} - {wanted}).pop()
        directions = clause_directions(text)
        if directions == {opposite}:
            return True
        # A grievance is about the other side's conduct: a list of what that side may expect of the
        # one aggrieved is about the aggrieved one's own ("the clerk was rude about me" is not
        # answered by "Officers can expect from Councillors: ... not to be subjected to bullying").
        own_conduct = "of_councillors" if wanted == "councillor_aggrieved" else "of_officers"
        if not directions and clause_expectations(text) == {own_conduct}:
            return True
    if wanted := expected_of(question):
        opposite = ({"of_officers", "of_councillors"} - {wanted}).pop()
        if clause_expectations(text) == {opposite}:
            return True
    return False


def expects_of_other_side(question: str, sentence: str, clause_text: str) -> bool:
    """A list item of a clause that holds both lists ("All Councillors can expect: ... Officers can
    expect from councillors: ..."), under the lead-in of the other side's: the last lead-in before
    the item decides."""
    wanted = expected_of(question)
    at = clause_text.find(sentence)
    if wanted is None or at < 0:
        return False
    before = clause_expectations_in_order(clause_text[:at])
    return bool(before) and before[-1] != wanted


def clause_expectations_in_order(text: str) -> list[str]:
    """Whose conduct each list of expectations in `text` is of, in the order they come ("All
    Councillors can expect:" is of officers)."""
    return [
        ("of_officers" if m["of_officer"] else "of_councillors")
        if m["of_officer"] or m["of_councillor"]
        else ("of_councillors" if m["officer"] else "of_officers")
        for m in _C_EXPECT.finditer(text)
        # ("what both councillors and officers can expect": neither side's list)
        if not re.search(r"\bboth\s+\w+\s+and\s+$", text[max(0, m.start() - 40) : m.start()], re.I)
    ]
