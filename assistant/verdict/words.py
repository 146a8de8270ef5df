"""The words a verdict compares: text normalised, stemmed and said one way ('xmas' is Christmas,
'her house' her home), the verb families ('attend', 'come', 'turn up'), content words, thesaurus
concepts and the roles a text names."""

from __future__ import annotations

import re
from functools import lru_cache

from index.concepts import booked_time_said_plainly
from index.concepts import patterns as _concept_patterns
from ingest.cleanup import plain_quotes
from ingest.lazy_regex import lazy_compile

_WORD = lazy_compile(r"[a-z]+(?:'[a-z]+)?")


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


VERB_FAMILIES: list[frozenset[str]] = [
    frozenset(s.split()) for s in (
        "attend attendance come go present turn_up accompany join tag",
        "require make force insist compel demand summon oblige obliged",
        "refuse decline say_no push_back turn_down reject",
        "instruct instructions instruction direct directions order orders boss tell_her_what_to_do "
        "tell_him_what_to_do tell_them_what_to_do tell_the_clerk_what_to_do order_them_what_to_do "
        "tell_an_officer_what_to_do tell_the_officer_what_to_do tell_officers_what_to_do tell_the_officers_what_to_do "
        "tell_staff_what_to_do tell_the_staff_what_to_do tell_an_employee_what_to_do tell_employees_what_to_do "
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
        "notify notice inform tell declare declares declared declaring declaration",
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
        "reply replied answer answered respond responds responded get_back",
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
    text = " ".join(plain_quotes(text.lower()).split())
    # "... outside the Clerk's working hours, save in a genuine emergency": "save" is "except" (not the verb:
    # "should save files in the shared drive")
    return _SAVE_AS_EXCEPT.sub("except", text) if "save " in text else text


_SAVE_AS_EXCEPT = lazy_compile(
    r"(?<=, )save(?= (?:in|where|when|that|for|if|with|as|on|at|during|by)\b)|\bsave(?= (?:where|when|that|if)\b)"
)


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


def _families_words(text: str) -> set[str]:
    """The words (stemmed) of the verb families a text uses: the verbs, not the things."""
    return {w for i in _families(text) for w in _FAMILY_PARTS[i][0]}


# A sentence that starts with a pronoun for a person: "They should not relay ...", "He/she must give ...".
_PRONOUN_SUBJECT = lazy_compile(r"^(?:he\s*/\s*she|she\s*/\s*he|s/he|he or she|she or he|they|he|she)\b", re.IGNORECASE)


def starts_with_pronoun(sentence: str) -> bool:
    """'They should not ...', 'He/she must ...': the subject is in the sentence before."""
    return bool(_PRONOUN_SUBJECT.match(sentence.strip()))
