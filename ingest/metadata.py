"""Document metadata: read from a clerk-editable sidecar, or inferred from the text.

A protocol `corpus/foo.pdf` may have `corpus/foo.toml` beside it:

    council = "Battle Town Council"
    title = "Member / Officer Relations Protocol"
    document_type = "Member/officer protocol"
    adopted = "2015-05-15"
    last_reviewed = "2020-01"
    next_review = "2024-01"

Any field left out is inferred from the text (a line naming a council, the first heading, dated
lines such as "Adopted 15 May 2015") or the file name; `provenance` records which.
"""

from __future__ import annotations

import calendar
import functools
import re
import tomllib
from collections.abc import Collection, Sequence
from datetime import date, datetime
from pathlib import Path

from ingest.cleanup import chrome_reasons, header_key, unglued_headings
from ingest.errors import IngestError, one_line, printable
from ingest.lazy_regex import lazy_compile
from ingest.records import DocumentMeta

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
# Welsh months, as a bilingual council writes its dates ("9 Mehefin / June 2025", "Mawrth 2027").
_WELSH_MONTHS = "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split()
_MONTHS |= {m: i for i, m in enumerate(_WELSH_MONTHS, 1)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = lazy_compile(
    # (the month may be given in both languages: "9 Mehefin / June 2025")
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:\s*/\s*(?:{_MONTH_RE})\.?)?,?\s+(\d{{4}})\b",
    re.I,
)
_MONTH_DAY_YEAR = lazy_compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = lazy_compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
_NUMERIC = lazy_compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")
_MONTH_NUMERIC = lazy_compile(r"(?<![\d./])(\d{1,2})[./](\d{4})\b(?![./]\d)")
_ISO = lazy_compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")

# A council's name: capitalised words (any letters: Llanfair, Pen-y-bryn, Ynys Môn), joined by
# the small words place names use ("Ashby with Fenwick", "Stoke le Marsh").
_CAP = r"(?:St\.|(?!Council\b)[A-ZÀ-ÖØ-ÞĀ-ſŴŶ][\w'’\-]*)"  # "Stoke St. Gregory"; never "Council" inside a name
_NAME = rf"{_CAP}(?:\s+(?:(?:with|cum|upon|under|on|in|le|la|en|next\s+the|y|yr|and|of|&)\s+)?{_CAP}){{0,4}}"
# "Vale of Tregarth", "Isle of Wight", "City of York": a name's own "of"; any other word before "of"
# ("Members of", "Meeting of") names no council, and the name starts after it.
_OF_HEADS = {"vale", "isle", "isles", "forest", "city", "county", "soke"}
_KIND = (
    r"(?:Town|Parish|Community|City|Village|Neighbourhood|District|Borough|County"
    r"|Metropolitan\s+Borough|County\s+Borough)"
)
# Strongest first: a typed council, a London/royal borough, then a plain "X Council" (Scottish
# and English unitaries), which is only trusted when the text never gives a typed name.
_COUNCIL_FORMS = (
    ("typed", lazy_compile(rf"\b({_NAME}\s+{_KIND}\s+Council)\b")),
    ("borough", lazy_compile(rf"\b((?:London|Royal)\s+Borough\s+[Oo]f\s+{_NAME})")),
    ("plain", lazy_compile(rf"\b({_NAME}\s+Council)\b")),
)
# Words that open a phrase naming no council ("The Parish Council", "Members of ... ", menu
# items), and the Welsh form that precedes the English one in bilingual names.
_NOT_NAME = {
    "the",
    "this",
    "that",
    "a",
    "an",
    "our",
    "your",
    "their",
    "its",
    "each",
    "every",
    "any",
    "all",
    "full",
    "whole",
    # (a meeting of the council, not its name: "the Annual Council meeting", "an Extraordinary Council")
    "annual",
    "extraordinary",
    "special",
    "ordinary",
    "budget",
    "about",
    "contact",
    "welcome",
    "to",
    "of",
    "and",
    "for",
    "by",
    "from",
    "at",
    "members",
    "member",
    "councillors",
    "councillor",
    "officers",
    "officer",
    "staff",
    "clerk",
    "town",
    "parish",
    "community",
    "city",
    "village",
    "district",
    "borough",
    "county",
    "local",
    "principal",
    "unitary",
    "joint",
    "executive",
    "cabinet",
    "protocol",
    "protocols",
    "policy",
    "policies",
    "code",
    "codes",
    "constitution",
    "part",
    "appendix",
    "section",
    "relations",
    "home",
    "cyngor",
    "cymuned",
    "tref",
    "sir",
    "dinas",
    "bwrdeistref",
    "sirol",
    "chair",
    "chairman",
    "mayor",
    "when",
    "where",
    "if",
    "as",
    "on",
    "in",
    "with",
    "under",
    "upon",
    "standards",
    "scottish",
    "welsh",
    "english",
    "national",
    "association",
    "news",
    "meetings",
    "minutes",
    "london",
    "royal",
    "no",
    "youth",
    "advisory",
    "general",
    "privy",
    "research",
    "arts",
    "sports",
    "british",
    "european",
    "standing",
}
_CONNECTORS = {"with", "cum", "upon", "under", "on", "in", "le", "la", "en", "next", "the", "y", "yr", "and", "of", "&"}
SIDECAR_FIELDS = ("council", "title", "document_type", "adopted", "last_reviewed", "next_review")


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every date in `text` as (position, ISO date), 'YYYY-MM' when only a month is given."""
    candidates: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        if m[3]:
            candidates.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3]))))
        elif 1 <= int(m[2]) <= 12 and int(m[2]) != (int(m[1]) + 1) % 100:  # "2024-25", "2010-11": years
            candidates.append((m.start(), f"{m[1]}-{m[2]}"))
    for m in _DAY_MONTH_YEAR.finditer(text):
        candidates.append((m.start(), _iso(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        candidates.append((m.start(), _iso(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))))
    for m in _MONTH_YEAR.finditer(text):
        if not any(s <= m.start() < s + 14 for s, _ in candidates):
            candidates.append((m.start(), f"{int(m[2]):04d}-{_MONTHS[m[1].lower()]:02d}"))
    for m in _NUMERIC.finditer(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        candidates.append((m.start(), _iso(year, int(m[2]), int(m[1]))))  # UK: day first
    for m in _MONTH_NUMERIC.finditer(text):  # '03.2026': a month
        if 1 <= int(m[1]) <= 12 and 1990 <= int(m[2]) <= 2099:
            candidates.append((m.start(), f"{m[2]}-{int(m[1]):02d}"))
    return sorted((pos, iso) for pos, iso in candidates if iso)


# A standing resolution is made, passed or resolved at a meeting ("Made at the ordinary meeting of
# the Council held at ... on 9 October 2024", "Resolved by the Council at its meeting of ..."): the
# meeting named, as the record's opening or said of the document (not "a complaint made by a member
# at a meeting on ...", "a decision made at a council meeting held on ...", "Minor changes made at
# the Council meeting of ...").
_MADE_AT_A_MEETING = (
    r"(?:^\W*|\b(?:this|the)\s+(?:protocol|resolution|code|policy|document)\s+(?:was|is)\s+)"
    r"(?:(?:made|passed)\s+at|resolved\s+(?:at|by))\b[^.\n]{0,60}?\bmeeting\b"
)

# A paragraph that is the protocol's adoption record written out as prose or as a row of cells
# ("Glenmorvie Community Council adopted this Code ... on 28 August 2023. It ... was last reviewed
# on 26 August 2024.", "Policy reference WTC-P14 | Adopted by the Town Council on 4 December 2023 |
# review: December 2025"), not only as "Adopted: ..." lines.
_RECORD_PARTS = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z])|\s+[|\u00b7]\s+")
_RECORDS = lazy_compile(
    r"\b(?:adopt(?:ed|s|ion)|approved|agreed|ratified|reviewed|revised|amended|in force|(?:take|takes|took|taken) "
    r"effect|effective from|next review|review date|review due|due for review)\b|\breview\s*:"
    r"|\b" + _MADE_AT_A_MEETING,
    re.I,
)

# ... and says it of the document: starts with the record's word ("Approved by Council ...",
# "Status: Adopted ...", "Issue 14 - in force from ..."), or has the document itself as the subject
# ("This protocol was agreed ...", "It was adopted ...", "X Council adopted this Code ...") - not
# "The register is reviewed annually, last on 3 March 2023", nor a rule ("must", "should").
_OF_THE_DOCUMENT = lazy_compile(
    r"^\W*(?:[^\W\d][\w ]{0,24}[:/\u2013-]\s*)?(?:(?:last|latest|date|first|originally|next)\s+)?"
    r"(?:adopt|approv|agreed|ratif|review|revis|amend|in force|effective|" + _MADE_AT_A_MEETING + r")"
    r"|^\W*(?:it|this (?:protocol|code(?: of practice)?|policy|document|version|guide|handbook))\b"
    r"|\b(?:adopted|approved|agreed|ratified|revised|amended) (?:this|the) (?:protocol|code|policy|document)\b"
    r"|\b(?:protocol|code|policy|document|version)\b[^.]{0,60}\b(?:was|were|is|has been)(?: last| first)? "
    r"(?:adopted|approved|agreed|ratified|reviewed|revised|amended)\b"
    r"|\b(?:protocol|code|policy|document|version)\b[^.]{0,40}\b(?:in force|takes? effect|took effect|effective)\b"
    r"|\b(?:protocol|code|policy|version)(?:\s+\w+){0,2}\s+(?:adopted|approved|agreed|revised|amended)\b"
    r"|\b(?:protocol|code|policy|document|version)\b(?:\s+\w+){0,4}\s*[-\u2013:]\s*"
    r"(?:adopted|approved|agreed|revised|amended)\b",
    re.I | re.M,
)
# ("Resolved at the meeting of 9 October 2024 that the Clerk be the first point of contact ...": what
# was resolved is a rule)
_RESOLVED_THAT = lazy_compile(r"\b(?:resolved|agreed|decided)\b[^.]*\bthat\b", re.I)
_RULE_MODAL = lazy_compile(r"\b(?:must|should|shall|may(?!\s+\d)|can|cannot|ought)\b", re.I)


def records_dates(text: str) -> bool:
    """Whether a short paragraph records when the protocol was adopted, reviewed or revised: most of
    its sentences (or '|'-separated cells) name a date with such a word, and the others are short
    (a reference number, "Click on a heading to open each part.")."""
    if len(text.split()) > 60:
        return False
    parts = [p for p in _RECORD_PARTS.split(text.strip()) if p.strip()]
    dated = [
        p
        for p in parts
        if _RECORDS.search(p)
        and _OF_THE_DOCUMENT.search(p)
        and not _RULE_MODAL.search(p)
        and not _RESOLVED_THAT.search(p)
        and find_dates(p)
    ]
    rest = [p for p in parts if p not in dated]
    return bool(dated) and len(dated) >= len(rest) and all(len(p.split()) <= 14 for p in rest)


def parse_date(text: str) -> str | None:
    """First date in `text` as ISO ('2015-05-15'), or 'YYYY-MM' when only a month is given."""
    found = find_dates(text)
    return found[0][1] if found else None


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def date_deadline(iso: str) -> date:
    """The last day a (possibly month-precision) date covers: '2024-01' -> 2024-01-31."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def describe_date(iso: str) -> str:
    """'2024-01' -> 'January 2024'; '2015-05-15' -> '15 May 2015'."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return str(parts[0])


# Words that say what a date is. Order matters where one contains another.
_DATE_KEYWORDS = lazy_compile(
    r"(?P<web_updated>page (?:last )?updated|last (?:updated|modified)|page (?:last )?reviewed|"
    r"updated on|content (?:last )?(?:updated|reviewed))"
    r"|(?P<next_review>next review(?: date)?|date of next review|review date|due for review|"
    r"to be reviewed|will be reviewed|will next be reviewed|next be reviewed|review due|next in|"
    # (a line wrapped after "It will": "be reviewed every three years, next by June 2028")
    r"\bbe reviewed\b|"
    r"\breview\b(?!ed))"
    r"|(?P<last_reviewed>last reviewed|latest review|last review|reviewed|updated|"
    r"amended|revised)"
    # ("approved by Council on 23 January 2025 and took effect on 1 February 2025": the second date
    # is when it took effect, the adoption only when the text gives no other)
    r"|(?P<effective>took effect|takes? effect|effective from|(?:came|comes?) into (?:force|effect)|in force from)"
    r"|(?P<adopted>date of adoption|adopted|date approved|approved|ratified|agreed|"
    r"\b" + _MADE_AT_A_MEETING + r")",
    re.I,
)
WEB_PAGE_DATE = "the web page's own date, not the protocol's (no review date in the text): "


_OCR_NUMBER = lazy_compile(r"(?<![A-Za-z])(?=[\dlIO/.]{0,12}\d)[\dlIO]{1,4}(?:[/.][\dlIO]{1,4}){0,2}(?![A-Za-z])")
_OCR_WORD = lazy_compile(r"\b[a-z]+[01][a-z]+\b|\b[A-Z][a-z]+1\b")
_OCR_DIGITS = str.maketrans("lIO", "110")


def ocr_repaired(line: str) -> str:
    """A scanned page's text layer with the usual misreadings undone where they are plain: a
    number with a letter for a digit ('l3/5/24', '2O27') and a word with a digit for a letter
    ('rev1ew', 'Annua1'). Used to find dates; the text itself is never changed."""
    line = _OCR_NUMBER.sub(lambda m: m[0].translate(_OCR_DIGITS), line)
    return _OCR_WORD.sub(lambda m: m[0].replace("1", "l" if m[0][-1] == "1" else "i").replace("0", "o"), line)


_DIGIT = lazy_compile(r"\d")
_MONTH_AT_END = lazy_compile(  # (a month's name as a name: "May" ends a date, "may" a sentence)
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[a-zA-Z]*\.?\s*$"
)
# a date with its month's name opening a line, after "on", "in" or "from" at most (not "5.4.28", a
# clause's number)
# (after up to three words that finish the line before: "The Council adopted it at the Annual" / "Meeting on 12
# May 2025 (Minute 25/041).")
_DATE_AT_START = lazy_compile(
    r"^\s*(?:[A-Za-z][\w'-]*\s+){0,3}?(?:(?:on|in|from)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}\b"
)
_YEAR_AT_START = lazy_compile(r"^\s*((?:19|20)\d\d)\b")
_NOT_YET = lazy_compile(r"\b(?:once|not yet|not been|yet to be|to be)\s*$", re.I)


# What else a council approves, said as what was approved: "These charges were approved at the Council meeting
# on 8 September 2025" in a publication scheme that prints the protocol as its annex dates the charges, not the
# protocol (the latest date of a field counts, and it had been taken as the protocol's adoption).
_OTHER_THING_DATED = lazy_compile(
    r"\b(?:these|the|this|our|its)\s+(?:(?:schedule|scale|table)\s+of\s+)?(?:charges|fees|prices|rates|budget|"
    r"precept|accounts|minutes|agenda|estimates|allowances|grants?|hire charges|burial fees)\s+"
    r"(?:was|were|has been|have been|is|are)\s*$",
    re.I,
)


# "Agreed;" as an answer to a point ("M Agreed; done on 2 June 2025", a council's response to an
# auditor) dates an adoption only when nothing else does; "Agreed 12 May 2022", "Agreed by Council on
# ..." date it like any adoption word.
_AGREED_AS_AN_ANSWER = lazy_compile(r"\bagreed\s*[;,]", re.I)


def _weak_agreed(keyword: str, line: str) -> str | None:
    return "agreed" if keyword.lower() == "agreed" and _AGREED_AS_AN_ANSWER.search(line) else None


def infer_dates(lines: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Adoption / last review / next review dates: field -> (ISO date, the line it came from).

    Each date belongs to the nearest keyword before it on its line ('approved ... on 12th
    March 2024 and will be reviewed ..., next in March 2027'). Where a field has several
    dates, the latest counts. An amendment record's first version is the adoption."""
    found: dict[str, tuple[str, str]] = {}
    versions: list[tuple[str, str]] = []
    for at, raw in enumerate(lines):
        # ("... adopted this protocol on 3 February" / "2025. We print it ...": a PDF's line wrap
        # splits the date, and the year on the next line finishes it.)
        if _MONTH_AT_END.search(raw) and at + 1 < len(lines) and (year := _YEAR_AT_START.match(lines[at + 1])):
            raw = f"{raw.rstrip()} {year[1]}"
        # ("... the Clerk adopted by Pantyderi Community Council" / "on 21 January 2025 (Minute ...)":
        # the date that opens the next line belongs to the word that ends this one)
        elif (
            at + 1 < len(lines)
            and (dated := _DATE_AT_START.match(lines[at + 1]))
            and _DATE_KEYWORDS.search(raw[-60:])
            and not find_dates(raw)
            and not raw.rstrip().endswith((".", ";", ":"))
        ):
            raw = f"{raw.rstrip()} {dated[0].strip()}"
        if not _DIGIT.search(raw):
            continue  # (every date, and every "Version 2", has a digit; most lines have none)
        line = ocr_repaired(raw.strip())
        if re.match(r"^version \d+", line, re.I):
            when = parse_date(line)
            if when:
                versions.append((when, raw.strip()))
            continue
        dates = find_dates(line)
        if not dates:
            continue
        # ("Once adopted, this protocol will replace the Protocol of March 2016": a draft's
        # adoption is still to come, and the date is the old protocol's.)
        keywords = [
            (m.end(), _weak_agreed(m[0], line) or m.lastgroup)
            for m in _DATE_KEYWORDS.finditer(line)
            if not _NOT_YET.search(line[: m.start()]) and not _OTHER_THING_DATED.search(line[: m.start()])
        ]
        for pos, iso in dates:
            before = [(end, name) for end, name in keywords if end <= pos and pos - end <= 80]
            if not before:
                continue
            field_name = max(before)[1]
            if field_name not in found or iso > found[field_name][0]:
                found[field_name] = (iso, raw.strip())  # the evidence as the text has it
    # (what dates the adoption only when nothing else does: a bare "Agreed;", then when it took effect)
    for fallback in ("agreed", "effective"):
        if dated := found.pop(fallback, None):
            found.setdefault("adopted", dated)
    if versions:
        found.setdefault("adopted", min(versions))
        if len(versions) > 1:
            found.setdefault("last_reviewed", max(versions))
    # A web page's own "Page updated" footer dates the page, not the protocol: it stands in for
    # the review date only when the text gives none (and the provenance says so).
    web = found.pop("web_updated", None)
    if web and "last_reviewed" not in found:
        found["last_reviewed"] = (web[0], WEB_PAGE_DATE + web[1])
    if "adopted" in found and "last_reviewed" in found and found["last_reviewed"][0] < found["adopted"][0]:
        del found["last_reviewed"]
    return found


def _council_name(found: str, form: str) -> str:
    """The name itself: leading words that name nothing ("Members of", "Cyngor Cymuned") dropped."""
    words = found.split()
    if form == "borough":
        prefix, rest = [*words[:2], "of"], words[3:]
        while rest and rest[-1].lower() in _CONNECTORS:
            rest.pop()
        # ("the London Borough of Fernhithe's protocol": the name without its possessive)
        if rest:
            rest[-1] = re.sub(r"['\u2019]s$", "", rest[-1])
        return " ".join(prefix + rest) if rest and rest[0].lower() not in _NOT_NAME else ""
    tail = 2 if form == "typed" else 1
    tail += form == "typed" and words[-3].lower() in ("metropolitan", "county") and len(words) > 3
    name, kind = words[:-tail], words[-tail:]
    ofs = [i for i, w in enumerate(name) if w.lower() == "of"]
    if ofs:
        at = ofs[-1]
        name = name[at - 1 :] if at > 0 and name[at - 1].lower() in _OF_HEADS else name[at + 1 :]
    while (
        name
        and not (len(name) > 2 and name[1] == "of")
        and (name[0].lower() in _NOT_NAME or name[0].lower() in _CONNECTORS)
    ):
        name.pop(0)
    if not name or (form == "plain" and name[-1].lower() in _NOT_NAME):
        return ""
    # "Auchterbrae & Milnholm" is written "and" in the name, as a question would type it.
    return " ".join("and" if w == "&" else w for w in name + kind)


def _title_case(line: str) -> str:
    """'STOKE-LE-MARSH PARISH COUNCIL' -> 'Stoke-le-Marsh Parish Council'."""

    def word(w: str) -> str:
        parts = [p if p.lower() in _CONNECTORS else p.capitalize() for p in w.lower().split("-")]
        parts[0] = parts[0].capitalize()
        return "-".join(parts)

    return " ".join(word(w) if w.lower() not in _CONNECTORS else w.lower() for w in line.split(" "))


def _may_name_council(line: str) -> bool:
    """Every form of a council's name says "Council" or "Borough"; most lines say neither (and
    splitting words run together never makes either word)."""
    folded = line.lower()
    return "council" in folded or "borough" in folded


def council_mentions(line: str) -> list[tuple[str, str]]:
    """(form, name) of each council the line names; an all-capitals line is read title-cased."""
    if not _may_name_council(line):
        return []
    letters = list(filter(str.isalpha, line))
    if letters and sum(map(str.isupper, letters)) > 0.8 * len(letters):
        line = _title_case(line)
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for form, pattern in _COUNCIL_FORMS:
        for m in pattern.finditer(line):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # already read as a stronger form
            name = _council_name(m[1], form)
            if name:
                out.append((form, name))
                taken.append(m.span())
    return out


_THIS_DOCUMENT = r"this\s+(?:protocol|code of practice|code|policy|document)\b"


_MAY_OWN = lazy_compile(
    rf"{_THIS_DOCUMENT}|['\u2019]s\s+(?:member|officer|protocol|code)|^\W*(?:adopted|approved|agreed|ratified)\s+by\b",
    re.I,
)


def _owns(line: str, name: str) -> bool:
    """Whether the line says the document is this council's: "Glenmorvie Community Council adopted
    this Code", "This protocol applies to members and officers of Cornwall Council", "Yateley's
    protocol" - not "This Code sits alongside ... the Strathlennoch Council Scheme"."""
    if not _MAY_OWN.search(line):
        return False  # (what all three patterns need, without the name: compiling them costs more)
    return any(pattern.search(line) for pattern in _owning_patterns(name))


@functools.lru_cache(maxsize=256)
def _owning_patterns(name: str) -> tuple[re.Pattern, ...]:
    """`_owns`'s patterns for one name, compiled once (a name is looked for on every line naming it)."""
    n = re.escape(name)
    return (
        re.compile(rf"{n}\s+(?:has\s+)?(?:adopted|approved|agreed)\s+{_THIS_DOCUMENT}", re.I),
        re.compile(rf"\b{_THIS_DOCUMENT}[^.]{{0,100}}\b(?:of|by|for|at)\s+(?:the\s+)?{n}", re.I),
        re.compile(rf"{n}['\u2019]s\s+(?:member|officer|protocol|code)", re.I),
        # (the adoption record: "Agreed by Glenroskie Community Council on 3 February 2025.")
        re.compile(rf"^\W*(?:adopted|approved|agreed|ratified)\s+by\s+(?:the\s+)?{n}\b", re.I),
    )


_ANSWERS_TO = lazy_compile(
    r"\b(?:monitoring officer|standards committee|principal council|ombudsman)(?: of| at| for)?(?: the)?\s*[,:(]?\s*$",
    re.I,
)


def _is_body(line: str) -> bool:
    return len(line.split()) >= 10 and bool(re.search(r"[.;:]$", line)) or bool(re.match(r"\d{1,2}\.\d", line))


_DIGIT_GLUED = lazy_compile(r"(?<=[a-z]\d)(?=[A-Z][a-z])|(?<=\s\d)(?=[A-Z][a-z]{2,}\s)")


def infer_council(lines: Sequence[str], noise: Sequence[bool] | None = None) -> tuple[str, str] | None:
    """(council name, evidence) from the text, or None when no line names a council.

    Every mention counts: a name in the title lines (before the body starts) counts most, then
    how often the text repeats it. A typed name ("X Parish Council", "London Borough of X")
    beats a plain "X Council". A page's menu, cookie banner or footer (`noise`) is no evidence,
    and a council named once in passing cannot outvote the one the title names."""
    noise = noise or [False] * len(lines)
    seen: dict[str, dict] = {}
    in_title = True
    for i, (raw, is_noise) in enumerate(zip(lines, noise, strict=False)):
        if is_noise or not in_title and not _may_name_council(raw):
            continue  # (past the title lines, only a line that may name a council matters)
        # Words run together in pasted text: "PARISH COUNCILMember", "Page 1of 3Kirkby Wendle".
        line = _DIGIT_GLUED.sub(" ", unglued_headings(raw.strip()).replace("\n", " "))
        if not line:
            continue
        if in_title and _is_body(line):
            in_title = False
        for form, name in council_mentions(line):
            # "complaints go to the Monitoring Officer of Caldermoor District Council": the council
            # a parish answers to, named in passing, is no evidence of whose protocol this is.
            if _ANSWERS_TO.search(line[: max(0, line.find(name.split()[0]))][-60:]):
                continue
            key = name.lower()
            entry = seen.setdefault(
                key, {"name": name, "count": 0, "title": False, "owns": False, "first": i, "line": line, "form": form}
            )
            entry["count"] += 1
            if not entry["owns"] and _owns(line, name):
                entry["owns"] = True
                if not entry["title"]:
                    entry["line"] = line
            if in_title and i < 40 and not entry["title"]:
                entry["title"], entry["line"] = True, line
            if form == "typed":
                entry["form"] = "typed"
    if not seen:
        return None
    # A local council's text calls itself "the Community Council", "the Parish Council": each time is a
    # mention of the one such council it names ("Kilbraddan Community Council"), however often it names
    # the principal council it sits in ("Strathmoran Council") for its services.
    local = [(m[1].lower(), e) for e in seen.values() if e["form"] == "typed" and (m := _LOCAL_KIND.search(e["name"]))]
    for kind, e in local:
        # (not where another typed council is named as often: a district's protocol that names one town council
        # once and says "the Town Council" of it)
        others = [o for o in seen.values() if o is not e and o["form"] == "typed" and o["count"] >= e["count"]]
        if sum(k == kind for k, _ in local) == 1 and not others:
            e["count"] += sum(
                len(re.findall(rf"\bthe {kind} council\b", ln, re.I))
                for ln, bad in zip(lines, noise, strict=False)
                if not bad
            )
    rank = {"typed": 2, "borough": 2, "plain": 1}

    # The title names it, or the sentence that says whose protocol this is ("Glenmorvie Community
    # Council adopted this Code", "This protocol applies to ... Cornwall Council"), before how often
    # a council is named ("Strathlennoch Council", the local authority it keeps referring to).
    # A typed name on the first title line that names a council ("GLENFASKIE COMMUNITY COUNCIL",
    # then "made under the Strathmorven Council Scheme ...") however often another is named.
    first_title = min((e["first"] for e in seen.values() if e["title"]), default=-1)

    def score(e: dict) -> tuple:
        return (
            e["title"] or e["owns"],
            e["title"] and e["first"] == first_title and e["form"] == "typed",
            e["count"] * rank[e["form"]],
            rank[e["form"]],
            -e["first"],
        )

    best = max(seen.values(), key=score)
    # Two councils that share a clerk and one protocol name both on its title line ("Wrencote Parish
    # Council and Hurstfold Parish Council", "Wrencote and Hurstfold Parish Councils"): both.
    heads = [ln.strip() for ln, bad in zip(lines[:10], noise, strict=False) if not bad and ln.strip()][:5]
    for line in heads if best["title"] else []:
        if joint := _JOINT_COUNCILS.search(line):
            first, second = joint["a"], joint["b"]
            if first is None:  # ("Wrencote and Hurstfold Parish Councils")
                first, second = (f"{joint[x]} {joint['kind2']} Council" for x in ("a2", "b2"))
            if best["name"].lower() in (first.lower(), second.lower()):
                return f"{first} and {second}", f"title line, joint: {line[:60]!r}"
    # An agreement's two parties, numbered on lines of their own ("(1) HARROWFOLD BOROUGH COUNCIL" /
    # "(2) FENMERE DISTRICT COUNCIL"): a protocol shared by both.
    parties = [_title_case(m[1]) if m[1].isupper() else m[1] for line in heads if (m := _PARTY_LINE.match(line))]
    if best["title"] and len(parties) == 2 and best["name"].lower() in (p.lower() for p in parties):
        return f"{parties[0]} and {parties[1]}", f"title lines, the agreement's parties: {parties[0]!r}, {parties[1]!r}"
    where = "title line" if best["title"] else f"named {best['count']} time{'s' * (best['count'] > 1)}"
    return best["name"], f"{where}: {best['line'][:60]!r}"


_LOCAL_KIND = lazy_compile(r"\b(Parish|Town|Community|Village|Neighbourhood|City)\s+Council$", re.I)
_JOINT_COUNCILS = lazy_compile(
    r"\b(?P<a>(?:[A-Z][\w'\u2019-]+\s+){1,3}?(?:(?P<kind>Parish|Town|Community)\s+Council))\s+(?:and|&)\s+"
    r"(?P<b>(?:[A-Z][\w'\u2019-]+\s+){1,3}?(?:Parish|Town|Community)\s+Council)\b"
    r"|\b(?P<a2>(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+(?:and|&)\s+"
    r"(?P<b2>(?:[A-Z][\w'\u2019-]+\s+){0,2}?[A-Z][\w'\u2019-]+)\s+(?P<kind2>Parish|Town|Community)\s+Councils\b"
)
_PARTY_LINE = lazy_compile(
    r"^\(\d\)\s+((?:[A-Z][\w'\u2019-]+\s+){1,4}(?:PARISH|TOWN|COMMUNITY|DISTRICT|BOROUGH|COUNTY|CITY|Parish|Town|"
    r"Community|District|Borough|County|City)\s+(?:COUNCIL|Council))\s*$"
)
_ITEM_START = lazy_compile(r"^(?:[\u2022\u00b7*\u25aa\u25cf\u2013-]\s|\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+[a-z])", re.I)


_TITLE_ROW = lazy_compile(r"^(?:document |policy )?title\s*(?:\t|:)\s*(?=\S)", re.I)
# The fields of a document-control table ("Owner<TAB>...", "Version: 5.0", "Constitution reference | ..."): they
# describe the document (its title is "Title" or "Document"), they name no title and state no rule.
CONTROL_FIELD = (
    r"(?:(?:policy |document )?(?:ref(?:erence)?|no\.|number)(?: no\.?| number)?|(?:policy |document |lead )?owner|"
    r"author|version(?: number| no\.?)?|(?:document )?status|(?:security )?classification|constitution reference|"
    r"lead officer|responsible officer|department|directorate|service area)"
)
_CONTROL_ROW = lazy_compile(rf"^{CONTROL_FIELD}\s*(?:\t|:)", re.I)


def infer_title(lines: Sequence[str], noise: Sequence[bool] | None = None) -> tuple[str, str] | None:
    """The first short line that names a protocol (or, failing that, the first short line);
    lines of web-page chrome (`noise`: menus, breadcrumbs) are not titles."""
    # (a static site's page: the title its front matter gives, which the site shows over the page)
    if found := _front_matter_title(lines):
        return found
    noise = noise or [False] * len(lines)
    content = [ln for ln, bad in zip(lines, noise, strict=False) if not bad] + list(lines[len(noise) :])
    # (a line without two letters together is no title: a scissors glyph on a cut line, "* * *")
    # (nor is a deed's date line, "DATED 14 March 2025", or a line naming one of its parties)
    short = [
        ln.strip()
        for ln in content[:15]
        if 0 < len(ln.strip()) <= 100
        and _TWO_LETTERS.search(ln)
        and not _DATED.match(ln.strip())
        and not _PARTY_LINE.match(ln.strip())
    ]
    # (A bullet or a numbered clause that names the protocol is no title: "• Why we have a
    # protocol" on a slide, "25 Possible breaches of the Code of Conduct are" cut at a line end.)
    # (Nor is a line of running prose: "This is an easy read version of the Councillor and Staff
    # Protocol. The" holds a sentence's end; "supplements the Councillors' Code" starts mid-sentence.)
    # (a document-control table's rows: "Title<TAB>Protocol on ..." gives its value; "Policy reference<TAB>G07" none)
    short = [_TITLE_ROW.sub("", line) for line in short if not _CONTROL_ROW.match(line)]
    named = [
        line
        for line in short
        if _NAMES_PROTOCOL.search(line)
        and not line.endswith(".")
        and not _ITEM_START.match(line)
        and not _IN_PROSE.search(line)
        and not _NOT_A_TITLE.search(line)
    ]
    # A bundle of policies opens with its first policy ("POLICY 1: COMPLAINTS PROCEDURE"); the
    # protocol's own heading is further on ("POLICY 6: MEMBER AND OFFICER PROTOCOL").
    if named and _BUNDLE_ITEM.match(named[0]) and not _RELATIONS.search(named[0]):
        later = [
            ln.strip()
            for ln in content[15:]
            if _BUNDLE_ITEM.match(ln.strip()) and _RELATIONS.search(ln) and len(ln.strip()) <= 100
        ]
        named = later[:1] or named
    # A line that says whose relations it is about wins over a place in the constitution before it
    # ("Constitution - Part 5, Protocol 3" / "Member/Officer Relations Protocol").
    if any(_RELATIONS.search(line) for line in named):
        named = [line for line in named if _RELATIONS.search(line) or not _CONSTITUTION_PLACE.search(line)]
    # Failing that, the council's name alone heads the page, not its title ("Sandlow Town Council" /
    # "Working with Town Council staff").
    # (Not "Introduction" or "Contents": they head sections, not documents; nor "AGENDA" or "Minutes",
    # which head a meeting's papers.)
    titled = [
        ln
        for ln in short
        if not _council_only(ln)
        and not _IN_PROSE.search(ln)
        and not _DETAILS.search(ln)
        and not _BYLINE.match(ln)
        and len(ln.split()) <= 12
        and re.match(r"[A-Z]", ln)
        and not _SECTION_WORD.match(ln)
        and not ln.endswith(".")
    ]
    # (a covering letter's text first, "To: All Councillors", "Dear Councillor", and the protocol it
    # encloses further on under its own title line)
    if not named:
        named = [
            ln.strip()
            for ln in content[15:80]
            if (m := re.search(r"protocol", ln, re.I))
            # (the protocol's own name, not a section about it: "Breaches of the Member/Officer Protocol",
            # "Relationship with the Officers' Protocol on Gifts")
            and not _ABOUT_A_PROTOCOL.search(ln[: m.start()])
            and _RELATIONS.search(ln)
            and not _LINK_OR_DATED.search(ln)
            and 2 <= len(ln.split()) <= 12
            and re.match(r"[A-Z]", ln.strip())
            and not ln.strip().endswith((".", ":", ","))
            and not _ITEM_START.match(ln.strip())
            and not _IN_PROSE.search(ln.strip())
        ][:1]
    # (a bilingual document's Welsh title over its English one: "Protocol Cysylltiadau rhwng Aelodau a
    # Swyddogion" / "Member and Officer Relations Protocol"; the English reads for every user)
    if len(named) > 1 and len(_WELSH_TITLE_WORDS.findall(named[0])) >= 2:
        named = [line for line in named if len(_WELSH_TITLE_WORDS.findall(line)) < 2] or named
    if named:
        line = named[0]
    elif short and _council_only(short[0]) and titled:
        line = titled[0]
    else:
        line = short[0] if short else None
    if line is None:
        return None
    line = _unwrapped(line, content)
    return _printed_title(line), line


_ONE_WORD_TITLE = lazy_compile(r"^(?:protocol|code|policy|guidance|guide)$", re.I)

_WHOLE_TITLE = lazy_compile(r"\b(?:protocols?|code|policy|guidance|guide|charter)$", re.I)
_GOES_ON = lazy_compile(r"^(?:and|&|or|of|between|with|for|in|on)\s+[a-z]")
_WELSH_TITLE_WORDS = lazy_compile(
    r"\b(?:rhwng|aelodau|aelod|swyddogion|swyddog|cynghorwyr|cynghorydd|cysylltiadau|perthynas|gweithwyr|staff y|"
    r"cyngor|cymuned|tref|sir|gyda|ar gyfer|a'r|protocol ar|polisi|cod ymddygiad)\b",
    re.I,
)
_WRAPPED = lazy_compile(r"\b(?:and|of|on|for|between|the|to|with|in|&)$", re.I)


def _unwrapped(line: str, content: Sequence[str]) -> str:
    """A title wrapped at a line's end ("Protocol for Relations between Councillors and" / "Officers")
    with the line that finishes it."""
    at = next((i for i, ln in enumerate(content) if ln.strip() == line), None)
    # (a title set large over two lines, its last word alone: "Member/Officer" / "Protocol")
    if _ONE_WORD_TITLE.match(line) and at:
        above = next((ln.strip() for ln in reversed(content[:at]) if ln.strip()), "")
        if (
            above
            and len(above.split()) <= 5
            and not _council_only(above)
            and not above.endswith((".", ":"))
            and not re.search(r"\b(?:version|draft|appendix|annex|part|section|schedule)\b", above, re.I)
        ):
            return f"{above} {line}"
    after = next((ln.strip() for ln in content[at + 1 :] if ln.strip()), "") if at is not None else ""
    # (or whose next line goes on from it: "Protocol on member" / "and officer relations")
    # (not a title that is whole already, "Member and Officer Protocol" over "for councillors and staff", nor
    # onto a line that dates it: "in force from 1 April 2024")
    if not (_WRAPPED.search(line) or _GOES_ON.match(after) and not _WHOLE_TITLE.search(line)) or re.search(
        r"\d", after
    ):
        return line
    if after and len(after.split()) <= 6 and not after.endswith((".", ":")) and _TWO_LETTERS.search(after):
        return f"{line} {after}"
    return line


_FENCES = {"---": "---", "+++": "+++"}  # (YAML's and Hugo's TOML front matter)
_FRONT_MATTER_TITLE = lazy_compile(r"^title\s*[:=]\s*([\"']?)(.{3,100}?)\1\s*$")


def _front_matter_title(lines: Sequence[str]) -> tuple[str, str] | None:
    """The "title:" (YAML) or "title = " (TOML) of front matter at the top of the text."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or (fence := _FENCES.get(lines[first].strip())) is None:
        return None
    for line in lines[first + 1 : first + 60]:
        if line.strip() == fence:
            return None
        if (m := _FRONT_MATTER_TITLE.match(line.strip())) and _TWO_LETTERS.search(m.group(2)):
            return _printed_title(_SITE_SUFFIX.sub("", m.group(2).strip())), line.strip()
    return None


_TWO_LETTERS = lazy_compile(r"[^\W\d_]{2}")
# (a section about the document, "About this protocol", or a sentence cut at a line's end: "Bryncastell Community
# Council adopted the Members and Staff Protocol")
_NOT_A_TITLE = lazy_compile(
    r"\bthis (?:protocol|code|policy|document)\b"
    r"|\b(?:adopted|approved|agreed|sets out|explains)\s+(?:the|this|its|how)\b",
    re.I,
)
_ABOUT_A_PROTOCOL = lazy_compile(r"\b(?:of|with|to|under|about|in|from|for|on|by|breach\w*)\b", re.I)
# (a download link's line, "Member and Officer Protocol - full version (PDF, 388KB)", or a sentence that dates it)
_LINK_OR_DATED = lazy_compile(r"\b(?:pdf|docx?|kb|mb)\b|\b(?:19|20)\d\d\b", re.I)
_DATED = lazy_compile(r"^dated\s+\d", re.I)
_IN_PROSE = lazy_compile(r"[a-z][.!?]\s+[A-Z]|^[a-z]|\?$|^(?:\S+\s+){14}")  # (a question; over 14 words)
# A line of contact details ("Clerk & RFO: Mrs Alison Threlfall, 2 Orchard Cottages, ...").
_DETAILS = lazy_compile(r"\d|@|^[\w&/ ]{1,20}:\s")
_COUNCIL_ONLY = (
    r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*|\s+(?:and|of|upon|on|le|with|in|the)){0,5}?\s+"
    r"(?:Town|Parish|Community|District|Borough|County|City|Metropolitan Borough|County Borough)?\s*Council$"
    # (the Welsh name over the English one: "CYNGOR CYMUNED BRYNCADWY" / "BRYNCADWY COMMUNITY COUNCIL")
    r"|^Cyngor\s+(?:(?:Cymuned|Tref|Dinas|Sir|Bwrdeistref Sirol)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$"
)
# Who wrote or received the document, not what it is ("Prepared by Meinir Gwyn FCCA, ...").
_BYLINE = lazy_compile(r"^(?:prepared|written|compiled|produced|presented|issued|circulated|sent) (?:by|to)\b", re.I)
_SECTION_WORD = lazy_compile(
    r"^(?:contents|introduction|purpose|background|scope|index|foreword|preamble|summary|agenda|rhaglen|minutes)\b",
    re.I,
)


def _council_only(line: str) -> bool:
    """The line is a council's name and nothing else ("Sandlow Town Council", "HOXLEY PARISH COUNCIL")."""
    return bool(re.match(_COUNCIL_ONLY, line.title() if line.isupper() else line))


# (whole words: "Passcode: Hy7wR3qB" in a meeting invitation names no code)
_NAMES_PROTOCOL = lazy_compile(r"protocol|policy|(?<![a-z])codes?\b", re.I)
# One numbered policy of a bundle, as its heading: "POLICY 6: MEMBER AND OFFICER PROTOCOL".
_BUNDLE_ITEM = lazy_compile(r"^(?:policy|procedure|protocol|part|section)\s+\d{1,2}\s*[:.\u2013\u2014-]\s*\S", re.I)
_CONSTITUTION_PLACE = lazy_compile(r"\b(?:constitution|part \d|section \d|protocol \d)", re.I)
_RELATIONS = lazy_compile(r"\b(?:members?|officers?|councillors?|staff|employees?|relations)\b", re.I)


# A browser's print header: "03/02/2025, 14:17 Councillor and officer protocol | Kingsbarrow Council".
_PRINT_STAMP = lazy_compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+", re.I)
_SITE_SUFFIX = lazy_compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]*\bCouncil\s*$")


# A title line's parts: "Pennickford Town Council – PTC-GOV-11 – Member and Officer Working Protocol".
_TITLE_PARTS = lazy_compile(r"\s+[|\u2013\u2014-]\s+")
_REFERENCE = lazy_compile(r"^(?=[^ ]*\d)[A-Z0-9][A-Za-z0-9./-]{1,20}$")  # 'PTC-GOV-11', 'HR/POL/07'


_TITLE_FIELD = lazy_compile(
    r"^(?:(?:document |policy |record )?(?:title|name)\s*(?:\.{2,}|:)|book:|subject:(?:\s*(?:fwd?|re|fw)\s*:)*)\s*",
    re.I,
)


def _printed_title(line: str) -> str:
    """A title without the date and time a browser printed before it, nor the site's name after it;
    of a title line that runs the council's name, a reference and the title together, the title."""
    if _PRINT_STAMP.match(line):
        return _SITE_SUFFIX.sub("", _PRINT_STAMP.sub("", line)).strip() or line
    # (a records system's field: "Title ................ Councillor and Employee ... Protocol")
    line = _TITLE_FIELD.sub("", line).strip() or line
    parts = _TITLE_PARTS.split(line.strip())
    named = [p for p in parts if _NAMES_PROTOCOL.search(p)]
    others = [p for p in parts if p not in named]
    if (
        len(named) == 1
        and len(named[0].split()) >= 2
        and others
        and all(re.search(r"\bCouncil$", p) or _REFERENCE.match(p) for p in others)
    ):
        return named[0]
    return line


_SIDECAR_DATES = ("adopted", "last_reviewed", "next_review")
_MAX_SIDECAR_BYTES = 64 * 1024
_ISO_FORM = lazy_compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def read_sidecar(path: Path) -> dict[str, str]:
    """The `<stem>.toml` beside a document, if any, as a dict of known, checked fields.

    Text fields must be non-empty strings; dates real dates written YYYY-MM-DD or YYYY-MM (a
    date alone in words, 'March 2027', is converted). Anything else raises `IngestError`
    naming the sidecar and the field: nothing invalid is returned."""
    sidecar = path.with_suffix(".toml")
    if not sidecar.is_file():
        return {}
    try:
        size = sidecar.stat().st_size
        if size > _MAX_SIDECAR_BYTES:
            raise IngestError(sidecar, f"metadata file is {size // 1024:,} KB; a sidecar is a few short lines")
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        cause = f"metadata file is not valid TOML ({one_line(str(exc))}) - fix or delete it"
        raise IngestError(sidecar, cause) from exc
    except OSError as exc:
        raise IngestError(sidecar, f"metadata file could not be read ({exc.strerror or type(exc).__name__})") from exc
    unknown = set(data) - set(SIDECAR_FIELDS)
    if unknown:
        names = ", ".join(printable(n) for n in sorted(unknown))
        raise IngestError(sidecar, f"unknown metadata field(s) {names}; allowed: {', '.join(SIDECAR_FIELDS)}")
    out: dict[str, str] = {}
    for key, value in data.items():
        out[key] = _sidecar_date(sidecar, key, value) if key in _SIDECAR_DATES else _sidecar_text(sidecar, key, value)
    return out


def _shown(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return printable(text if len(text) <= 60 else text[:57] + "...")


def _sidecar_text(sidecar: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise IngestError(sidecar, f'{key} = {_shown(value)} is not text (write it in quotes: {key} = "...")')
    text = " ".join(value.split())
    if not text:
        raise IngestError(sidecar, f"{key} is empty - give it a value or delete the line")
    if not text.isprintable():
        raise IngestError(sidecar, f"{key} = {_shown(value)} contains control characters")
    return text


def _sidecar_date(sidecar: Path, key: str, value: object) -> str:
    """'2024-01-31' or '2024-01' (checked to be a real date), from an ISO string, a TOML date
    or a date in words; anything else is refused."""
    bad = IngestError(sidecar, f"{key} = {_shown(value)} is not a date (use YYYY-MM-DD or YYYY-MM)")
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise bad
    text = value.strip()
    iso = _ISO_FORM.fullmatch(text)
    if iso:
        try:
            date(int(iso[1]), int(iso[2]), int(iso[3] or 1))
        except ValueError:
            raise bad from None
        return text
    # A date in words ('March 2027', '15th May 2015'), and nothing else, is accepted as such.
    leftover = re.sub(rf"\b(?:{_MONTH_RE})\b\.?|(?<=\d)(?:st|nd|rd|th)\b|[\d\s,./-]", "", text, flags=re.I)
    found = {iso_date for _, iso_date in find_dates(text)}
    if leftover or len(found) != 1:
        raise bad
    return found.pop()


def build_metadata(
    path: Path, lines: Sequence[str], sidecar: dict[str, str], running: Collection[str] = ()
) -> DocumentMeta:
    """Sidecar values win; every other field is inferred from the document's lines (running
    headers included: they often name the council) and `provenance` says from where. `running`:
    the running headers and footers the clean-up found (`header_key`s), which give no title."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    provenance: dict[str, str] = {}
    values: dict[str, str | None] = {}
    for key, value in sidecar.items():
        values[key] = value
        provenance[key] = f"sidecar {path.with_suffix('.toml').name}"
    reasons = chrome_reasons(lines)
    if "council" not in values:
        # A site's name heads its menu: the first lines count even inside a navigation run.
        noise = [bool(r) and not (r == "navigation" and i < 3) for i, r in enumerate(reasons)]
        hit = infer_council(lines, noise)
        if hit:
            values["council"], provenance["council"] = hit[0], f"text: {hit[1]}"
        else:
            values["council"] = council_from_name(path)
            provenance["council"] = "file name (no line in the text names a council)"
    if "title" not in values:
        hit = infer_title(lines, [bool(r) or header_key(ln) in running for r, ln in zip(reasons, lines, strict=True)])
        if hit:
            values["title"], provenance["title"] = hit[0], f"text: {hit[1][:60]!r}"
        else:
            values["title"], provenance["title"] = _title_from_name(path), "file name"
    for key, (iso, line) in infer_dates(lines).items():
        if key not in values:
            values[key] = iso
            if line.startswith(WEB_PAGE_DATE):
                provenance[key] = f"{WEB_PAGE_DATE}{line[len(WEB_PAGE_DATE) :][:60]!r}"
            else:
                provenance[key] = f"text: {line[:60]!r}"
    return DocumentMeta(
        council=str(values["council"]),
        title=str(values["title"]),
        document_type=str(values.get("document_type") or "Member/officer protocol"),
        adopted=values.get("adopted"),
        last_reviewed=values.get("last_reviewed"),
        next_review=values.get("next_review"),
        provenance=provenance,
    )


# Words of a file name about the document, not the council ("protocol-officer-member-relations",
# "little-snoring-protocol-2020-final"), taken off its start and end only: "New Mills Town
# Council" keeps its "New", "Isle of Wight Council" its "of".
_DOCUMENT_WORDS = frozenset(
    "protocol protocols mop member members officer officers relations relationship relationships councillor "
    "councillors staff employee employees and policy code conduct the of on for final draft adopted approved "
    "version copy scan web page document doc updated revised amended".split()
)
_KIND_ABBREVIATIONS = frozenset("tc pc cc dc bc mbc cbc".split())
_SMALL_WORDS = frozenset("of the and on upon under with in le en by cum next super".split())
# What is left may be no council at all ("Town-Council-Protocol.pdf" -> "Town Council").
_KIND_WORDS = frozenset("council town parish community city district borough county tc pc cc dc bc".split())


def council_from_name(path: Path) -> str:
    """The council a file's name gives, when no line of its text names one: the name without
    words about the document, dates and version marks at its start and end
    ('little-snoring-protocol-2020' -> 'Little Snoring'); 'Unnamed council (<file name>)' when
    no place is left."""
    words = [w for w in re.split(r"[-_\s.]+", path.stem) if w]

    def document_word(w: str) -> bool:
        low = w.lower()
        return low in _DOCUMENT_WORDS or low in _MONTHS or bool(re.fullmatch(r"(?:v|rev)?\d+[a-z]?", low))

    while words and document_word(words[0]):
        words.pop(0)
    while words and document_word(words[-1]):
        words.pop()
    if not words or all(w.lower() in _KIND_WORDS for w in words):
        return f"Unnamed council ({path.name})"
    return " ".join(_cased(w, first=i == 0) for i, w in enumerate(words))


def _cased(word: str, first: bool) -> str:
    """'tc' -> 'TC'; capitals as written ('DC', "Mary's"); a small word inside a place name as it
    is ('Isle of Wight'); any other word in lower case with its first letter raised."""
    if word.lower() in _KIND_ABBREVIATIONS:
        return word.upper()
    if any(c.isupper() for c in word) or (not first and word in _SMALL_WORDS):
        return word
    return word[:1].upper() + word[1:]


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().title() or path.name
