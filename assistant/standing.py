"""Whose words a sentence is: the council's rule, or someone's report of a rule.

A document that holds a protocol often holds other text that reads like a rule and is not the
council's current one: a councillor's reply in a chat export ("Cllr Ron Aldous: I shall carry on
asking Jane direct"), a consultation's responses ("Some members felt that officers should attend
group meetings"), a letter quoting an older version ("The 2019 protocol stated that replies were
due within ten days"), an opinion ("I think the Clerk has to come"). A Yes or No is never taken from
such a sentence (`not_the_rule`); it may still be quoted, since it is what the document says.

Pure functions on one sentence (`in_a_history`: on a clause's heading); the forms are those of how
protocols reach readers (chat exports, consultation reports, FOI letters, changelogs), not of any one
document. A reporting frame counts only where it frames the sentence: before its rule's modal and not
inside a condition ("Where a resident says that ..., the Clerk will ..." is a rule; "Officers must
reply within 10 days (the old protocol said 15)" is one too).
"""

from __future__ import annotations

import re

from ingest.cleanup import CHAT_MESSAGE, TRANSCRIPT_LINE, plain_quotes, spoken
from ingest.lazy_regex import lazy_compile

__all__ = ["in_a_history", "not_the_rule", "spoken"]

# The writer's own belief, not a rule: "I think ...", "I'm pretty sure ...", "in my day ...", "IMO".
# (Not "we believe": a council's protocol speaks as "we".)
_OPINION = lazy_compile(
    r"\b(?:i|we) (?:thought|assumed|presumed|reckoned|'d have thought|would have thought)\b|"
    r"\bi (?:think|believe|reckon|guess|suppose|assume|presume|feel|felt|am (?:pretty |fairly |quite )?sure)\b|"
    r"\bi'm (?:pretty |fairly |quite )?sure\b|\bin my (?:view|opinion|day|experience)\b|"
    r"\b(?:imo|imho|afaik|iirc|tbh)\b|\bas far as i (?:know|remember|recall|can see)\b"
)
# Someone's view or words reported: "Some members felt that ...", "One respondent suggested ...",
# "Cllr Shah argued ...", "Respondents asked whether ...". (Not "a councillor asked to sit on a
# panel must ...": "asked" only as "asked whether/if".)
_PEOPLE = (
    r"(?:some|many|several|a few|most|other|two|three|four|five|\d+|a number of|the majority of|a minority of)\s+"
    r"(?:of (?:the |our )?)?(?:members|councillors|respondents|residents|people|consultees|parishioners|staff|"
    r"officers|you|us|them)"
)
_PERSON = (
    r"(?:a|one|another|the) (?:respondent|resident|member of the public|consultee|parishioner|objector)|"
    r"(?:one|another) (?:councillor|member|officer)|respondents|consultees|objectors"
)
# (a name, as written: "Cllr Shah", "Councillor Ron Aldous"; not "a councillor who wants ...")
_NAMED = (
    r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+"
    # (not a document: "The Councillor Handbook says that ...")
    r"(?!(?:Handbook|Code|Protocol|Policy|Guide|Guidance|Constitution|Charter|Scheme|Training)\b)"
    r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
)
_VIEW_VERB = (
    r"(?:felt|feels?|suggested|suggests?|argued|argues?|thought|thinks?|believed|believes?|claimed|claims?|"
    r"said|says|wondered|queried|questioned|asked (?:whether|if)|commented|wrote|insisted|maintained|complained|"
    r"preferred|prefers?|wanted|wants|would (?:prefer|like)|proposed|urged|objected|pointed out|reckon(?:ed|s)?)"
)
_ADVERBS = r"(?:(?:had|has|have|also|strongly|firmly|still|all)\s+)*"
_VIEW = lazy_compile(rf"\b(?:{_PEOPLE}|{_PERSON})\s+{_ADVERBS}{_VIEW_VERB}\b")
_NAMED_VIEW = lazy_compile(rf"{_NAMED}\s+{_ADVERBS}{_VIEW_VERB}\b")
# A quotation given as someone's words: '"Officers may ...," said Cllr Jones.'
_SAID_AFTER_QUOTE = lazy_compile(
    r"[\"']\s*,?\s*(?:said|says|asked|wrote|added|replied|argued|claimed|insisted)\s+(?:cllr|councillor|mr|mrs|ms|"
    r"dr|one|a|an|another|the|[a-z]+ [a-z]+\.?$)"
)
_WHOLLY_QUOTED = lazy_compile(r'^\s*(?:- )?"[^"]{8,}[.!?,]?"\s*[.!?]?\s*$')
# An earlier or rejected text reported: "The 2019 protocol stated that ...", "Under the previous
# protocol, councillors had to ...", "That was in the first draft."
_EARLIER_WORDS = r"old|older|previous|former|earlier|original|first|superseded|withdrawn|rejected|outgoing"
_TEXT = r"(?:protocol|version|draft|policy|code|wording|text|paragraph|clause|rules?|edition|document|scheme)s?"
_EARLIER_TEXT = lazy_compile(
    rf"\b(?:{_EARLIER_WORDS})\s+{_TEXT}\b[^.;:]{{0,40}}?\b(?:said|stated|read|required|provided|allowed|permitted|"
    r"gave|set out|proposed|had|was|were|contained|included|specified|used to)\b|"
    # (a year names a version only with what it said: "The 2023 protocol was adopted ..." is no report)
    rf"\b\d{{4}}\s+{_TEXT}\b[^.;:]{{0,40}}?\b(?:said|stated|read|required|provided|allowed|permitted|gave|"
    r"set out|used to)\b|"
    rf"\bunder the (?:{_EARLIER_WORDS}) (?:protocol|version|policy|code|arrangements|rules|scheme)\b|"
    r"\b(?:was|were) (?:in|from) (?:the|an|our) (?:first|old|previous|earlier|original) (?:draft|version)\b|"
    # ("Para 4.2 reads: 'Councillors may telephone ...'": a revision note quoting a version's text)
    r"\b(?:para(?:graph)?|clause|section|rule)\.?\s+\d[\w.()]*\s+(?:read|reads|said|stated|used to (?:say|read))\b|"
    # ("The draft stated that ...": a draft's words, reported after it was changed)
    r"\b(?:the|a|that) draft (?:said|stated|read|proposed|had proposed|had|was|would have)\b"
)
# A proposal, not a decision: "It is proposed that ...", "The working group recommends ...".
_PROPOSED = lazy_compile(
    r"\bit (?:is|was) (?:proposed|suggested|recommended)\b|"
    r"\b(?:we|the (?:working group|task and finish group|review group|panel|committee)) "
    r"(?:propose|proposes|proposed|suggest|suggests|suggested|recommend|recommends|recommended)\b"
)

# A section that records a document's history ("Revision history", "Version control", "Changelog",
# "Amendment record"): what earlier versions said and when they changed, not the rules.
_HISTORY_HEADING = lazy_compile(
    r"^(?:document |the )?(?:revision|version|amendment|change|document|review) (?:history|control|log|record)s?\b"
    r"|^change ?log\b",
)

# (pattern, reason, whether it counts wherever it is: an opinion marker or a quotation's speaker does,
# "... , I think."; the others only where they frame the sentence, `_frames`)
_REASONS = (
    (_OPINION, "someone's opinion", True),
    (_VIEW, "someone's view reported", False),
    (_SAID_AFTER_QUOTE, "someone's words quoted", True),
    (_EARLIER_TEXT, "an earlier version reported", False),
    (_PROPOSED, "a proposal", False),
)


# Where a sentence's rule starts (its first modal) and what makes a frame part of a condition.
_RULE_MODAL = lazy_compile(
    r"\b(?:must|may|might|should|shall|will|would|can|cannot|could|ought|need not|is to|are to)\b"
)
_CONDITION = lazy_compile(r"\b(?:where|if|when|whenever|unless|once|after|before|until|while|whilst)\b")


def _frames(match: re.Match[str] | None, text: str) -> bool:
    """The reporting words frame the sentence: they come before its rule's first modal (or it has
    none) and are not inside a condition that opens it."""
    if match is None:
        return False
    modal = _RULE_MODAL.search(text)
    if modal and modal.start() < match.start():
        return False
    return not _CONDITION.search(text[: match.start()])


def not_the_rule(sentence: str) -> str | None:
    """Why the sentence is not the council's rule, though it may read like one ("a chat message",
    "someone's opinion", "an earlier version reported" ...), or None when nothing says so."""
    plain = " ".join(plain_quotes(sentence).split())
    if CHAT_MESSAGE.match(plain):
        return "a chat message"
    if TRANSCRIPT_LINE.match(plain):
        return "a transcript's words"
    if _frames(_NAMED_VIEW.search(plain), plain):
        return "someone's view reported"
    # ('"I can phone a Head of Service up to 8pm if it's about my ward."': someone's words, as a leaflet
    # of common mistakes or a press release quotes them)
    if _WHOLLY_QUOTED.match(plain):
        return "someone's words quoted"
    lower = plain.lower()
    for pattern, reason, anywhere in _REASONS:
        if (m := pattern.search(lower)) and (anywhere or _frames(m, lower)):
            return reason
    return None


def in_a_history(heading: str) -> bool:
    """The clause is under a heading of the document's own history ("... > Version control")."""
    return any(_HISTORY_HEADING.search(part.strip().lower()) for part in heading.split(" > "))
