"""The same action: whether a question and a sentence are about one act (a shared verb family and
more, the rule's own verb, an idiom of the family), and the acts a rule or a question names."""

from __future__ import annotations

import re

from assistant.clock import asked_hour
from assistant.verdict.polarity import (
    _ANTECEDENT_MODAL,
    _CONDITION,
    _HEADLESS,
    _MEETING,
    _NOT,
    _WIDE_FAMILIES,
    _modal_runs,
    _names_all_asked,
    _object_words,
    _raw_polarity,
    _unsaid_count,
    main_clause,
    sentence_polarity,
)
from assistant.verdict.question import (
    _REFUSE_WORD,
    PERMISSION,
    _asked_families,
    _asks_refusal,
    _own_clause,
    _predicate,
    question_modality,
    untagged,
)
from assistant.verdict.words import (
    _FAMILY_PARTS,
    _ROLE_OF,
    _ROLE_RE,
    _ROLE_TOKENS,
    _STOP,
    VERB_FAMILIES,
    _concepts,
    _content,
    _families,
    _families_words,
    _idiom_families,
    _norm,
    _phrase_text,
    _said_again,
    _stem,
    _time_words,
    _words,
    roles_in_order,
)
from index.query import with_jargon_explained
from ingest.lazy_regex import lazy_compile

# Says what is not required of someone: answers "must ...?", not "may ...?".
NOT_REQUIRED = lazy_compile(
    r"\b(?:not (?:be )?(?:required|obliged|expected)|(?:do|does) not (?:need|have) to|no need|"
    r"(?:do|does|will) not need (?:the |their |his |her |any |anyone's |(?:[a-z]+'?s? ){1,2})?"
    r"(?:permission|approval|agreement|consent|authori[sz]ation)|"
    r"neither\b[^.;]*\bnor\b[^.;]*\b(?:is|are) (?:required|obliged|expected) to|"
    r"no (?:legal )?(?:power|right|authority) to (?:require|compel|insist|oblige|force|make))\b"
)


# "Councillors may call in at those times without an appointment": which times is said before.
_THOSE = r"(?:those|these|such|the above|the same|the stated) (?:times|hours|days|periods?|sessions)\b"


_THOSE_TIMES = lazy_compile(rf"\b(?:at|during|in|within|outside(?: of)?) {_THOSE}")


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


_ATTEND = next(i for i, fam in enumerate(VERB_FAMILIES) if "attend" in fam)


_REQUEST = next(i for i, fam in enumerate(VERB_FAMILIES) if "request" in fam)


# A clause that describes a noun, with no relative word: "a group meeting they attended", "the
# advice she gave". Its verb says which thing is meant, not what the rule is about.
_CONTACT_CLAUSE = lazy_compile(r"\b([a-z]+) (?:they|he|she|we|you) (?:have |has |had )?([a-z]+ed)\b")


# (words that start a clause of their own, not nouns: "whether they have accepted it")
_NOT_NOUNS = frozenset("whether unless where once until after before because since while which whom though".split())


def _asks_another_act(question: str, sentence: str) -> bool:
    """The question asks about an act of its own ("... - can i voice that ...?") after telling its
    case, and neither its verb nor anything of what it asks is in the sentence."""
    asked_part = _predicate(question)
    # (of what it told: "... can i voice that?"; not "do i need to book a time first?", whose own
    # words may be the rule's in others)
    if asked_part == question or not _POINTS_BACK.search(asked_part) or not (verb := _asked_verb_word(question)):
        return False
    # (nor is the rule's own act anywhere in the question: "... gave me a bottle of wine ... can I
    # keep it?" and "Officers must decline any gift from a Member")
    rule_words = _after_rule_modal(sentence) or []
    at = _verb_at(rule_words)
    return not (
        _rule_verb(sentence)[0] & _families(question)
        or at is not None
        and _stem(rule_words[at]) in _verb_stems(question)
        or verb in _verb_stems(sentence)
        or _families(asked_part) & _families(sentence)
        or _content(asked_part) & _content(sentence)
        or _concepts(asked_part) & _concepts(sentence)
    )


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
    # (what the question tells before it asks is no match when what it asks names another act:
    # "think the officer's recommendation in the cabinet report is wrong - can i voice that ...?" and
    # "Members should not ask officers to change the professional advice in a report")
    if _asks_another_act(question, sentence):
        return False
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


def _names_all_but_the_verb(question: str, said: str) -> bool:
    """`_names_all_asked` for what the question asks of its verb, jargon explained ("purdah" is the
    pre-election period); the verb itself is `_verb_is_the_rules`'s. One word may be a name or jargon
    the sentence says otherwise ("purdah", "sandleigh")."""
    explained = _predicate(with_jargon_explained(question))
    return _unsaid_count(explained, said, skip=_asked_verb_word(question)) <= 1


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


_REFUSAL = lazy_compile(r"\b(?:refus\w*|declin\w*|say no|turn\w* down|reject\w*|push\w* back)\b")


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


_KEEP_QUIET = lazy_compile(
    r"\bkeep (?:[a-z']+ ){0,6}?(?:confidential|secret|private|quiet|to (?:my|your|them|him|her)sel(?:f|ves))\b"
)


_DISCLOSE = lazy_compile(r"\b(?:disclos\w*|divulg\w*|reveal\w*|pass\w* on|relay\w*|shar(?:e|es|ed|ing)|leak\w*)\b")


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


_OBLIGED_VERB = lazy_compile(
    r"\b(?:must|should|shall|ought to|(?:is|are) (?:required|expected|obliged) to)\s+"
    r"(?:(?:always|also|politely|normally|then|first|promptly|immediately)\s+)*([a-z'-]+)((?: [a-z'-]+){0,2})"
)


_DETERMINERS = frozenset("such every each those these politely promptly".split())


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


_DO_SO = lazy_compile(
    r"\b(?:not (?:be )?(?:obliged|required|expected)|(?:may|must|should|can|cannot)(?: not)?) (?:to )?do so\b"
)


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


_AND_A_VERB = lazy_compile(
    r"\s+and\s+(?!(?:the|a|an|my|our|their|his|her|your|its|any|all|other|also|then|so|i|we|you|they|he|she|it|"
    r"not|no|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?=[a-z]+\s)"
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
