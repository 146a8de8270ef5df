"""Conditions and exceptions: a rule's exception the question meets or denies, consent given,
a rule only for some cases, and a prohibition read against what it rules out."""

from __future__ import annotations

import re

from assistant.amounts import asked_amount, names_a_limit
from assistant.verdict.action import (
    _DISCLOSE,
    _KEEP_QUIET,
    _KIND_STEMS,
    NOT_REQUIRED,
    _asked_verb_word,
    _kinds,
    _verb_stems,
    about_the_action,
    same_action,
)
from assistant.verdict.circumstances import _ONLY_EMERGENCY
from assistant.verdict.direction import _question_direction, direction, same_direction, speaker_role
from assistant.verdict.people import _ONLY_ROLE, _not_about_standing, _officer_offices, _offices, _some_of_a_role_unsaid
from assistant.verdict.polarity import (
    _CONDITION,
    _COUNTERPART,
    _EMERGENCY_TOLD,
    _HEADLESS,
    _HEDGE,
    _MEETING,
    _NEGATED_SPAN,
    _NO_ONE,
    _NOT,
    _REPORTED,
    _names_condition,
    _no_emergency,
    _object_words,
    _root,
    _tells_emergency,
    fact_polarity,
    main_clause,
    sentence_polarity,
    split_condition,
)
from assistant.verdict.question import _AUX, OBLIGATION, _own_clause, _predicate
from assistant.verdict.things import _ASKS_SOMEONE, _about_prohibited, _gives_out_what_is_seen
from assistant.verdict.words import (
    _EVENING,
    _OUT_OF_HOURS,
    _ROLE_OF,
    _ROLE_RE,
    _STOP,
    _WEEKEND,
    _concepts,
    _content,
    _families,
    _families_words,
    _norm,
    _stem,
    _time_words,
    _words,
    roles_in_order,
)
from ingest.lazy_regex import lazy_compile


def _exception_named(question: str, part: str) -> bool:
    """The part is a rule with an exception ('unless ...', 'except ...') that the question names."""
    split = split_condition(part)
    return split is not None and split[1] in ("unless", "except", "other than") and _names_condition(question, split)


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


_DUTY_TOO = lazy_compile(r"\b(?:must|shall|should|will)\s+(?!not\b|never\b|only\b|be avoided\b)[a-z]+")


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


_UNTIL = lazy_compile(r"\b(?:until|till|before|once|unless)\b")


_NO_LONGER = lazy_compile(r"\b(?:once|until|till|now that|any more|anymore|any longer|no longer)\b")


_AVOIDED = lazy_compile(r"\b(?:avoid\w*|refrain\w*|steer clear|stay away|keep away)\b")


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


def _only_others_named(question: str, sentence: str) -> bool:
    """A rule on an act for only the people or things it lists, after its verb ("Councillors take part in
    appointing only the Chief Executive and the Strategic Directors"), and a question that names none of them
    ("do councillors sit on the panel when a head of service is appointed?"): it does not say Yes to that."""
    m = _ONLY_LISTED.search(_norm(sentence))
    # (not "not only the Chief Executive", which widens; nor an "only" in a reason after the rule: "..., since that
    # is only the Chief Executive's role")
    if not m or _WIDENS_OR_GIVES_A_REASON.search(_norm(sentence)[: m.start() + 1]):
        return False
    asked = {_stem(w) for w in _words(question)} - _STOP_STEMS
    items = [_words(_ITEM_TAIL.sub("", item)) for item in _CASE_ITEMS.split(m.group(1))]
    heads = [{_stem(w) for w in item} - _STOP_STEMS for item in items]
    heads = [h for h in heads if h]
    return bool(heads) and not any(h & asked for h in heads)


# "... appointing only the Chief Executive and the Strategic Directors": "only" after the rule's verb, before
# what it lists (not "Only the Clerk may ...", whose actor `_only_verdict` reads).
_ONLY_LISTED = lazy_compile(r"(?<=[a-z]) only (?:the|those|these) ([^.;]+)")
_WIDENS_OR_GIVES_A_REASON = lazy_compile(r"\bnot $|\b(?:since|because|as|which|who)\b[^,;]*$")


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)


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


_COMMITTEE_KIND = lazy_compile(
    r"\b(planning|licensing|staffing|personnel|finance|audit|standards|scrutiny|allotments?|cemetery|"
    r"highways|development control|regulatory|appeals?|grievance|disciplinary)\s+(?:committee|sub-committee|panel)\b"
)


# An officer who acts in a rule: "appointed by the Town Clerk", "instructions from the director".
_ACTING_OFFICER = lazy_compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:clerk|officer|executive|director|caretaker)\b"
)


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


_LEADING_CONDITION = lazy_compile(r"^(?:if|where|when|whenever|unless|once)\b[^,;]{3,120},\s*")


def _outside_the_case(question: str, sentence: str) -> bool:
    """The sentence's rule holds on one side of a line (a time, public places, one's own ward, the
    Council as a body) and the question is on the other; or it holds for a part of a role the
    question does not say it is of."""
    s, q = _norm(sentence), _norm(question)
    predicate = _predicate(q)
    asked = _own_clause(predicate)
    # (the rule itself, before any condition: "... unless the Clerk has agreed")
    # (and before the route it names: "... other than through the Clerk")
    # (after a condition that comes first: "If a problem cannot wait, members may ring the Caretaker's ...")
    main = s[lead.end() :] if (lead := _LEADING_CONDITION.match(s)) else s
    ruled = re.split(r"\b(?:unless|except|without|if|where|when|other than|through|via|rather than)\b|;", main)[0]
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
    # (the case told in a leading condition is the case asked: "if it's outside office hours, can we email
    # staff?" and "Members may email officers during office hours")
    # ("may act after consulting the Chair and the Vice-Chair" says nothing of "just checking with the chair")
    # (in the rule itself, not in a route it gives after: "must not criticise officers in public; concerns should go to
    # the Chair and the Vice-Chair"; nor where either will do)
    if (
        (one := _JUST_ONE.search(q))
        and re.search(rf"\b{one.group(1)}\w* and (?:the )?(?:vice|deputy)[- ]?{one.group(1)}", ruled)
        and not re.search(r"\bor (?:either|one) of them\b", s)
    ):
        return True
    told = q[: len(q) - len(predicate)] if q.endswith(predicate) else ""
    case = told[m.start(1) :] if (m := re.search(r"(?:^|[-:\u2013,.]\s*)(if|when|whenever)\b", told)) else ""
    return any(
        side.search(s) and (other.search(asked) or other.search(case)) and not other.search(ruled)
        for side, other in _CASE_LINES
    )


# One post alone, where a rule names it with its deputy: "just checking with the chair", "only the mayor".
_JUST_ONE = lazy_compile(
    r"\b(?:just|only|solely)\b(?: [a-z'-]+){0,3}? (?:the |our |my )?(chair|mayor|leader)(?:man|woman|person)?\b"
    r"(?! (?:and|&|or)\b)"
)


# The posts at a level or above it.
_SENIOR_POSTS = {
    "chief officer": lazy_compile(
        r"\b(?:chief exec\w*|(?:corporate |executive |strategic )?directors?|head of paid service|monitoring officer|"
        r"section 151|s151)\b"
    ),
    "director": lazy_compile(r"\b(?:chief exec\w*|(?:corporate |executive |strategic )?directors?)\b"),
}


_EVERY_CASE = lazy_compile(
    r"\bat all(?=\s*(?:[?.,!]|$))|\bwhatsoever\b|\bof any (?:kind|sort)\b|\bin any (?:way|form|circumstances)\b"
)


_EVERY_CASE_SAID = lazy_compile(r"\b(?:any|all|no|never|whatever|every|whatsoever|none)\b")


def _every_case_asked(question: str, sentence: str) -> bool:
    """The question asks about every case ("forbidden from giving staff any gift at all?") and the rule
    is about one kind ("should not give personal gifts to staff"), not every one."""
    return bool(_EVERY_CASE.search(_norm(question))) and not _EVERY_CASE_SAID.search(_norm(main_clause(sentence)))


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
