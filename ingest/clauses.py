"""Parse cleaned blocks into clause records. Pure: blocks in, `Clause`s out.

Handles the numbering styles councils use: `1.` / `1.0` headings, `1.1` clauses (also behind a
bullet mark), lettered (`a.`, `a)`) and roman (`i)`) items, bullet lists with a lead-in line,
headings with no numbers at all (paragraphs are then cited as `Heading ¶n`), and tables of
dates. A list too long to embed well is split into passages that keep the lead-in as context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.cleanup import DATE_RECORD, DOUBLED_LETTERS, LETTER_NUMBER, LETTER_ROMAN_NUMBER
from ingest.metadata import CONTROL_FIELD, find_dates, records_dates
from ingest.records import Block, Clause

# Passages longer than this are split (all-MiniLM-L6-v2 reads at most 256 word pieces).
MAX_PASSAGE_WORDS = 200
_MIN_PARAGRAPH_WORDS = 4

# A number may be glued to its text ("1.1This", "3.MUTUAL RESPECT"): a capital after it says so.
_MULTI = re.compile(
    r"^(?:- )?(?:(?:para|paragraph|clause|rule)\.?\s+)?(\d{1,2}(?:\.\d{1,3})+(?:\([a-z]{1,4}\))*|"
    # ("2(3) The Lengthsman ...": a section's numbered paragraph set out like a statutory schedule)
    r"\d{1,2}\(\d{1,2}\)(?:\([a-z]{1,4}\))*)\.?"
    r"(?:\s+|$|(?=[A-Z\"'(\u2018\u201c]))",
    re.I,
)
_SINGLE = re.compile(r"^(?:- )?(?:(?i:clause|para|paragraph|rule)\.?\s+)?(\d{1,2})[.)](?:\s+|$|(?=[A-Z]))")
# "[12] Councillors may ...": a paragraph number in brackets (web pages copied as text).
_BRACKETED = re.compile(r"^\[(\d{1,3})\]\s*(?=\S)")
# "(3) Councillors set ...": a paragraph number in parentheses, when no lead-in makes it an item.
_PARENTHESISED = re.compile(r"^\((\d{1,2})\)\s+(?=[A-Z\"'\u2018\u201c])")
# "4 Elected members are ...": a bare paragraph number (a web page's numbers in a span of their own),
# taken only where such numbers run in sequence (see `_bare_numbered`).
_BARE = re.compile(r"^(\d{1,3})\s+(?=[A-Z\"'\u2018\u201c])")
# "D5 Members must not ...": a lettered paragraph number (a table of clauses, "A1" to "J2").
# ... or a letter, a roman numeral and a number ("B.iii.2 Officers will ...").
_LETTERED = re.compile(
    rf"^([A-Z]{{1,2}}\d{{1,2}}(?:\.\d{{1,2}})*|{LETTER_ROMAN_NUMBER}|{LETTER_NUMBER})\.?\s+(?=[A-Z\"'\u2018\u201c])"
)  # "D5 ...", "A12. ...", "B.iii.2 ...", "C.4 ..."
# "A. Purpose", "B) Who does what": a lettered section heading (only when the rest is a heading).
_LETTER = re.compile(r"^([A-Z])[.)]\s+(?=\S)")
# "II. ROLES", "XIV) Review": a roman-numbered section heading (only when the rest is a heading).
_ROMAN = re.compile(r"^((?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+(?=\S)")
_ITEM_MARK = re.compile(
    rf"^(?:- )?\(?((?:[a-z]|[ivx]{{1,5}}|{DOUBLED_LETTERS}|\d{{1,2}}))\)\s|^(?:- )?([a-z]|[ivx]{{1,5}})\.\s"
)
_SECTION = re.compile(
    # (a capital first: "set out in" / "section 10." is a reference a wrap put at a line's start)
    r"^(?-i:(?=[A-Z]))(?:section|part|chapter|article)\s+(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\b(?!,)(?-i:(?!\s+[a-z]))[.:]?"
    r"\s*(?:[-\u2013\u2014:]\s*)?",
    re.I,
)
_PLACE_IN_CONSTITUTION = re.compile(
    r"^(?:part|section|appendix|annex|schedule)\s+\w{1,4},?\s[^.]{0,80}\bconstitution\b", re.I
)
_ITEM = re.compile(rf"^(?:- |\(?(?:[a-z]|[ivx]{{1,5}})[.)]\s|\((?:{DOUBLED_LETTERS})\)\s)")
_SENTENCE_END = re.compile(r"[.;,!?]\s*$")


def _asks(text: str) -> bool:
    """A short question ('Can I call in at the office?'): on a question-and-answer page, one that
    its answer follows."""
    return text.rstrip().endswith("?") and len(text.split()) <= 25


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation: 'Political Groups', 'EXPECTATIONS'."""
    if "\n" in text or "\t" in text or _ITEM.match(text):
        return False
    words = text.split()
    if (
        not words
        or len(words) > 12
        or len(text) > 90
        or _SENTENCE_END.search(text)
        or text.endswith(":")
        or "://" in text
    ):
        return False
    if re.search(r"[.;!?]\s", text):
        return False
    # "Councillors should send enquiries to the Member" (a narrow column's first line of a rule): a
    # sentence's modal and verb in lower case, at length, is no heading ("Who May Attend", "What
    # members can expect" and "How the Clerk will deal with complaints" are).
    # (nor "Occasions when the Clerk may refuse a request", "Officers who may attend party group
    # meetings", "Complaints that cannot be resolved informally": a relative clause names a thing)
    if len(words) >= 6 and (rule := _RULE_IN_LINE.search(text)) and not _NAMES_A_THING.search(text[: rule.start()]):
        return False
    # ("📌 Why we have this": a social post's section heading behind its pictograph)
    first = _PICTOGRAPH.sub("", text)[:1] or text[0]
    return first.isupper() or first.isdigit()


# (a pictograph, not a tick, a cross or a no-entry sign, which mark a do or a don't: "\u274c Give the Clerk ...")
_PICTOGRAPH = re.compile("^(?![\U0001f6ab\U0001f44d\U0001f44e\U0001f6d1])[\U0001f300-\U0001faff]\ufe0f?[ \t]+")


# A box's label in an annotated edition ("Guidance note", "Example"): it heads its box, not the clauses after it.
_CALLOUT_LABEL = re.compile(
    r"^(?:guidance(?: note)?|note|example|tip|commentary|explanatory note|practice note|in practice)\s*:?\s*$",
    re.I,
)


# A row of a document-control table ("Owner<TAB>Head of Legal and Governance", "Version: 5.0",
# "Constitution reference | Part 5, Protocol 5.3"): it describes the document, it states no rule. The
# value is short and holds no date (a dated row is the adoption record's).
_CONTROL_ROW = re.compile(
    rf"^(?:title|document(?: title)?|{CONTROL_FIELD})[ \t]*(?:\t|:|\|)[ \t]*(?P<value>\S.{{0,110}})$", re.I
)
_SENTENCE_IN_VALUE = re.compile(r"[.!?](?:\s|$)|\b(?:must|should|shall|will|may|can)\b", re.I)
_CONTROL_SECTION = re.compile(r"^document (?:control|information|details|properties)$", re.I)


def _control_rows(text: str) -> bool:
    """Whether a block is only rows of a document-control table (see `_CONTROL_ROW`)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(
        (m := _CONTROL_ROW.match(ln)) and not _SENTENCE_IN_VALUE.search(m["value"]) and not find_dates(ln)
        for ln in lines
    )


# A wh- word before the modal: the line names a thing ("How the Clerk will ...", "Officers who may ...").
_NAMES_A_THING = re.compile(r"^(?:how|what|why)\b|\b(?:who|whom|which|that|when|where|whose)\b", re.I)
_RULE_IN_LINE = re.compile(
    r"\b(?:should|must|shall|will|may|cannot|can|need to|are to|is to)(?: not| never| only| always)? "
    r"(?:be )?(?!expect\b)[a-z]{3,}\b"
)


@dataclass
class _Draft:
    """A clause being assembled from consecutive blocks."""

    number: str | None
    heading: str
    kind: str
    blocks: list[tuple[int, int, Block]] = field(default_factory=list)  # (start, end, block)
    section: _Section | None = None  # the section it sits in (labels of restarting numbers)
    first_item: int | None = None  # index in `blocks` of the first list item
    part: str | None = None  # the part of a larger document it sits in ("5.4" of "SECTION 5.4 - ..."), if any
    text_start: int | None = None  # offset after the clause number

    def add(self, start: int, end: int, block: Block, is_item: bool = False) -> None:
        if is_item and self.first_item is None:
            self.first_item = len(self.blocks)
        self.blocks.append((start, end, block))

    def open_for_items(self) -> bool:
        if self.first_item is not None or self.kind == "clause" or self.is_question():
            return True
        last = self.blocks[-1][2].text if self.blocks else ""
        return bool(last) and not re.search(r"[.!?]\s*$", last)

    def ends_with_colon(self) -> bool:
        return bool(self.blocks) and self.blocks[-1][2].text.rstrip().endswith(":")

    def is_question(self) -> bool:
        """One short paragraph that asks ('Can the Town Mayor tell the Clerk what to do?'): a
        question-and-answer page's question, which its answer follows."""
        return self.kind == "paragraph" and len(self.blocks) == 1 and _asks(self.blocks[0][2].text)

    def word_count(self) -> int:
        return sum(len(b.text.split()) for _, _, b in self.blocks)


@dataclass
class _Section:
    number: str | None
    title: str
    written: str = ""  # the heading as the document writes it, number included
    parent: _Section | None = None
    paragraphs: int = 0
    span: tuple[int, int, Block] | None = None  # the heading block itself
    used: bool = False  # whether any clause sits under it

    @property
    def path(self) -> str:
        own = self.written or self.title
        return f"{self.parent.path} > {own}" if self.parent else own

    @property
    def cite_as(self) -> str:
        return self.number or self.title


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def parse_clauses(
    blocks: Sequence[Block],
    *,
    council: str = "",
    document: str = "",
    source: str = "",
    doc_id: str = "",
) -> list[Clause]:
    """Turn cleaned blocks (see `ingest.cleanup`) into citable clause records."""
    offsets: list[tuple[int, int]] = []
    pos = 0
    for b in blocks:
        offsets.append((pos, pos + len(b.text)))
        pos += len(b.text) + 1  # blocks are joined by one newline

    drafts: list[_Draft] = []
    section: _Section | None = None
    current: _Draft | None = None
    seen_body = False
    part: str | None = None  # ("SECTION 5.4 - PROTOCOL ON ...": see `_label_by_part_headings`)

    def flush() -> None:
        nonlocal current
        if current and current.blocks:
            current.part = part
            drafts.append(current)
            if section is not None and current.heading == section.path:
                section.used = True
        current = None

    def close_section() -> None:
        """A heading with nothing under it is kept as a clause of its own, not lost."""
        if section is not None and not section.used and section.span is not None:
            # ("Part 1 - Purpose and scope" over "1. Purpose": cited as "Part 1", not as the "1" of the
            # clause under it)
            part = _part_label(section) if section.number and _SECTION.match(section.written or "") else None
            d = _Draft(part.title() if part and part[0].islower() else part or section.cite_as, section.path, "heading")
            d.add(*section.span)
            drafts.append(d)
            section.used = True

    def paragraph_draft() -> _Draft:
        nonlocal section
        if section is None:
            section = _Section(None, "Preamble")
        section.paragraphs += 1
        item = _ITEM_MARK.match(text)
        if item:  # an item standing alone is cited by its own mark: "5(b)", "A(ii)"
            sep = "" if section.number else " "
            return _Draft(f"{section.cite_as}{sep}({item[1] or item[2]})", section.path, "paragraph", section=section)
        return _Draft(f"{section.cite_as} \u00b6{section.paragraphs}", section.path, "paragraph", section=section)

    parents = _numbered_parents(blocks)
    bare = _bare_numbered(blocks)
    lettered = _lettered_numbered(blocks)
    for i, (block, (start, end)) in enumerate(zip(blocks, offsets, strict=True)):
        text = block.text
        paragraph_number = (
            _BRACKETED.match(text)
            or (_LETTERED.match(text) if i in lettered else None)
            or (_BARE.match(text) if i in bare else None)
        ) or (_PARENTHESISED.match(text) if not (current and current.ends_with_colon()) else None)
        multi, single = _MULTI.match(text), _SINGLE.match(text) or paragraph_number or _SECTION.match(text)
        letter = _LETTER.match(text) or _ROMAN.match(text)
        if not (multi or single) and letter and looks_like_heading(text[letter.end() :]):
            single = letter
        number_match = multi or single
        body = text[number_match.end() :] if number_match else text
        # "2.1 Members" before "2.1.1 Members are ...": a numbered heading, though its number
        # has two levels.
        is_heading = (
            block.hint in ("heading", "title")
            or (
                looks_like_heading(body if number_match else text)
                and not (multi and not multi[1].endswith(".0") and body and i not in parents)
            )
        ) and not _CALLOUT_LABEL.match(text)

        # A document-control table's rows before the protocol's body, or under a "Document control"
        # heading, belong with its title page: they describe the document and answer nothing.
        if (
            not number_match
            and not is_heading  # (a row set as a title line is the title page's already)
            and _control_rows(text)
            and (
                not any(d.kind in ("clause", "paragraph") for d in drafts)
                and not (current and current.kind in ("clause", "paragraph"))
                or section is not None
                and _CONTROL_SECTION.match(section.title)
            )
        ):
            if current and current.kind == "dates":  # (a row among the adoption record's stays there)
                current.add(start, end, block)
                continue
            if (
                current is None
                and drafts
                and drafts[-1].kind == "front-matter"
                and drafts[-1].blocks[-1][2] is blocks[i - 1]
            ):
                drafts[-1].add(start, end, block)  # (straight after the title lines: one title page)
                continue
            if not (current and current.kind == "front-matter"):
                flush()
                current = _Draft("Title", "", "front-matter")
            current.add(start, end, block)
            continue

        is_date_heading = looks_like_heading(text) and not re.search(r"\d", text)  # "Review": a heading
        record = (
            DATE_RECORD.match(text) and len(text.split()) <= 25 or not (number_match or letter) and records_dates(text)
        )
        if record and not is_date_heading:
            if not (current and current.kind == "dates"):
                flush()
                own = (
                    section is not None
                    and not section.number
                    and re.search(r"record|review|adopt|version", section.title, re.I)
                )
                label = section.title if own else "Adoption and review"
                current = _Draft(label, section.path if own else "", "dates")
            current.add(start, end, block)
            continue

        if is_heading and block.hint != "subitem":
            flush()
            title = body.strip() if number_match else text.strip()
            number = number_match[1] if number_match else None
            # ("Purpose" after the adoption record, over "[1] This protocol ...", heads a section.)
            after = blocks[i + 1].text if i + 1 < len(blocks) else ""
            mark = next(
                (m for r in (_MULTI, _SINGLE, _BRACKETED, _LETTERED, _PARENTHESISED) if (m := r.match(after))), None
            )
            numbered_next = (
                mark is not None
                and not looks_like_heading(after[mark.end() :])  # a clause, not "1. SCOPE"
                and (len(text.split()) <= 5 or text.isupper())  # "Purpose", "INTRODUCTION"; no site tagline
            )
            if not seen_body and number is None and block.hint != "heading" and not (drafts and numbered_next):
                # Title lines before any content: kept as the document's front matter.
                if drafts and drafts[-1].kind == "front-matter":
                    drafts[-1].add(start, end, block)
                else:
                    d = _Draft("Title", "", "front-matter")
                    d.add(start, end, block)
                    drafts.append(d)
                continue
            # "PART 5.3 - MEMBER/OFFICER RELATIONS PROTOCOL" over "1.0 INTRODUCTION": where the
            # document sits in a constitution, with nothing under it before the first heading of
            # its own numbering; before any clause it is front matter, not a clause of its own.
            if (
                section is not None
                and not section.used
                and section.span is not None
                and _SECTION.match(section.span[2].text)
                and section.number not in (None, "1", "I")  # "PART 1 - GENERAL" over "1. Purpose" heads it
                and number is not None
                and _enclosing(section, number) is None  # "Part 5" over "5.3" heads it
                and not any(d.kind in ("clause", "paragraph") for d in drafts)
            ):
                matter = next((d for d in drafts if d.kind == "front-matter"), None)
                if matter is None:
                    matter = _Draft("Title", "", "front-matter")
                    drafts.insert(0, matter)
                chain = []  # "PART 4" over "SECTION 4.2": every heading above it goes too
                while section is not None:
                    chain.append(section)
                    section = section.parent
                for s in reversed(chain):
                    if s.span is not None:
                        matter.add(*s.span)
            # A page's heading inside a higher one ('### Councillors' after '## Roles'): the
            # higher heads it, and is no clause of its own.
            above = _marked_above(section, block) if number is None else None
            outer = _enclosing(section, number) if number is not None else None
            # "### 1. Introduction" under "## 5B Member/Officer Protocol": a numbered heading that no
            # number encloses is headed by the marked part heading above it ("1.1" restarts in each
            # code); not by a document's own title over its sections ("Councillor and Clerk Protocol"),
            # nor by the same number said again (an accordion's "1. Roles+" button under "## 1. Roles").
            marked_parent = _marked_above(section, block) if number is not None and outer is None else None
            if marked_parent is not None and (marked_parent.number == number or not _part_label(marked_parent)):
                marked_parent = None
            # "## 5B ..." after "### 2. Conduct at hearings": a higher marked heading starts afresh,
            # whatever the number of the lower one (one of the same level still nests as before).
            climbs = (
                number is None
                and above is None
                and bool(block.hint == "heading" and block.level)
                and (level := _marked_level(section)) is not None
                and level > block.level
            )
            if outer is not None:  # "2. ROLES" then "2.1 Members": the outer headings head what follows
                inner = section
                while inner is not None and inner is not outer.parent:
                    inner.used = True
                    inner = inner.parent
            elif number is None and section is not None and section.number is not None:
                section.used = True  # "Part 5" then "Section C": an unnumbered heading nests in it
            if above is not None:
                above.used = True
            close_section()
            if section is not None and section.parent is not None:
                section.parent.used = True
            written = text.strip()
            if above is not None:
                section = _Section(None, title, written, parent=above)
            elif climbs:
                section = _Section(None, title, written)
            elif marked_parent is not None:
                marked_parent.used = True
                section = _Section(number, title, written, parent=marked_parent)
            elif number is None and section is not None and section.number is not None:
                section = _Section(None, title, written, parent=section)
            elif (
                number is None
                and section is not None
                and section.parent is not None
                and section.parent.number is not None
            ):
                section = _Section(None, title, written, parent=section.parent)
            elif outer is not None:
                section = _Section(number, title, written, parent=outer)  # "2.1 Members" within "2. ROLES"
            else:
                section = _Section(number, title, written)
            section.span = (start, end, block)
            if m := _PART_LINE.match(written):
                part = m.group(1)
            seen_body = True
            continue

        seen_body = True
        if number_match and not is_heading and block.hint != "subitem":
            flush()
            # "2.2 ..." after the clauses of a "2.1 Members" sub-heading is back in "2. ROLES".
            # ("3.0 Roles" is a top heading, not a sub-heading: "1.1" after it stays under it.)
            sub = section is not None and section.number and "." in section.number and not section.number.endswith(".0")
            if multi and sub and not multi[1].startswith(section.number + "."):
                close_section()  # a sub-heading with nothing under it is kept, not lost
                # No "2." heading above "2.1 Members": "2.2" is under whatever held "2.1".
                section = _enclosing(section, multi[1]) or section.parent
            current = _Draft(number_match[1], section.path if section else "", "clause", section=section)
            current.text_start = start + number_match.end()
            current.add(start, end, block)
            continue

        is_item = bool(_ITEM.match(text)) or block.hint == "subitem"
        if block.hint == "subitem" and current is not None:
            current.add(start, end, block, is_item=current.first_item is None)
            continue
        # A question-and-answer page: the next question starts the next pair ("- Can I call in at
        # the office?" after "- Can I email staff directly?" / "- Councillors may email ...").
        next_question = (
            current is not None
            and current.kind == "paragraph"
            and len(current.blocks) > 1
            and _asks(current.blocks[0][2].text)
            and _asks(text)
        )
        if is_item and not next_question:
            if current is not None and current.kind != "dates" and current.open_for_items():
                current.add(start, end, block, is_item=True)
            else:
                flush()
                current = paragraph_draft()
                if text.startswith("- "):
                    current.text_start = start + 2  # a bullet standing alone: cite its words
                current.add(start, end, block)
            continue

        # A rule across the page ("-----", "___", "***") ends the clause: what follows it (an email's
        # signature, a note) is no more of the clause. The rule itself is no text.
        if is_thematic_break(text):
            flush()
            continue
        # A box's label ("Guidance note") starts a paragraph of its own, which the box's words then go on.
        if _CALLOUT_LABEL.match(text):
            flush()
            current = paragraph_draft()
            current.add(start, end, block)
            continue
        # A plain paragraph. (A line that says where the document sits, "Part 5, Appendix 3 of the
        # ... Constitution. Approved ...", goes on no clause.)
        if (
            current is not None
            and not _PLACE_IN_CONSTITUTION.match(text)
            and (
                current.kind == "clause"
                or (
                    current.kind == "paragraph"
                    and (
                        current.ends_with_colon()
                        or current.is_question()
                        or (len(current.blocks) == 1 and bool(_CALLOUT_LABEL.match(current.blocks[0][2].text.strip())))
                    )
                )
            )
        ):
            current.add(start, end, block)  # continues a numbered clause, or follows a lead-in or a question
            continue
        if current is not None and len(text.split()) < _MIN_PARAGRAPH_WORDS and not text.endswith(":"):
            current.add(start, end, block)  # a fragment too short to stand alone
            continue
        flush()
        current = paragraph_draft()
        if text.startswith("- "):
            current.text_start = start + 2  # a question-and-answer pair's question, as a bullet
        current.add(start, end, block)
    flush()
    close_section()
    _renumber_repeated(drafts)
    _label_restarting_parts(drafts)
    _label_by_part_headings(drafts)
    _label_restarting_numbers(drafts)
    _mark_welsh_twins(drafts)

    text_all = "\n".join(b.text for b in blocks)
    clauses: list[Clause] = []
    used: dict[str, int] = {}
    for d in drafts:
        pieces = _split_long(d)
        whole_key = ""
        if len(pieces) > 1:  # the parts' ids say which whole clause they make up
            # (counted with the clauses' own ids: a whole "1" and a later clause numbered "1" again,
            # as when numbering restarts, must not share an id)
            whole_key = _slug(d.number or "")
            used[whole_key] = used.get(whole_key, 0) + 1
            if used[whole_key] > 1:
                whole_key = f"{whole_key}~{used[whole_key]}"
        for piece in pieces:
            start, end, lead_in, part = piece
            body = text_all[start:end]
            label = d.number or ""
            key = _slug(label + ("-" + part if part else ""))
            used[key] = used.get(key, 0) + 1
            if used[key] > 1:
                key = f"{key}~{used[key]}"
            clauses.append(
                Clause(
                    id=f"{doc_id}:{key}" if doc_id else key,
                    doc_id=doc_id,
                    council=council,
                    document=document,
                    label=label,
                    heading=d.heading,
                    text=body,
                    page=d.blocks[0][2].page,
                    source=source,
                    start=start,
                    end=end,
                    lead_in=lead_in,
                    part=part,
                    part_of=(f"{doc_id}:{whole_key}" if doc_id else whole_key) if part else "",
                    kind=d.kind,
                )
            )
    return clauses


_THEMATIC_BREAK = re.compile(r"^\s*(?:[-_=*~\u2014\u2013](?:\s?)){3,}$")


def is_thematic_break(text: str) -> bool:
    """A rule across the page ("-----", "___", "* * *"): it ends a clause and is no text of one."""
    return bool(_THEMATIC_BREAK.match(text))


def _renumber_repeated(drafts: list[_Draft]) -> None:
    """A list whose every item reads "1." (a web page's numbered list saved as Markdown or copied
    as text) is numbered as a browser shows it: 1, 2, 3 ... A run of three or more clauses in a
    row with the same plain number is such a list, or of two numbered 1."""
    i = 0
    while i < len(drafts):
        d = drafts[i]
        j = i
        while (
            j + 1 < len(drafts)
            and drafts[j + 1].kind == "clause"
            and d.kind == "clause"
            and d.number
            and d.number.isdigit()
            and drafts[j + 1].number == d.number
            and drafts[j + 1].section is d.section  # "1." once in each of three sections is no such list
            # "set policy. Officers will:" (a lead-in taken into the clause) then "1.": a new list;
            # "1. Officers will:" is an item of the list itself.
            and not (drafts[j].ends_with_colon() and len(drafts[j].blocks) > 1)
        ):
            j += 1
        # (Two "1."s in a row are such a list too: no section has two clauses numbered 1; but a
        # bilingual protocol's Welsh and English paragraph 1 are twins, `_mark_welsh_twins`.)
        if j - i >= 2 or (j - i == 1 and d.number == "1" and not _twins(drafts[i], drafts[j])):
            for n, same in enumerate(drafts[i : j + 1]):
                same.number = str(int(d.number or "1") + n)
        i = j + 1


# Words common in Welsh prose and rare in English: a bilingual protocol's Welsh paragraphs.
_WELSH_WORDS = frozenset(
    "yr yn mae bydd dylai dylid rhaid cyngor cynghorwyr cynghorydd clerc gyda neu hwn hon sy'n i'r a'r o'r "
    "nad fydd wedi gan eu ei ar y am ein eich hyn dros gael bod "
    # (the commonest words of a plain Welsh sentence: "Mae'r Clerc yn gweithio deg awr yr wythnos, fel arfer ar
    # ddydd Mawrth ..., ac e-bost yw'r ffordd arferol o gysylltu â'r Clerc" had a fifth of its words above)
    "mae'r ac fel yw yw'r â'r ag fod oes nid nac pob unrhyw wrth dydd ddydd gyfer sydd hefyd gall gellir rhwng "
    "drwy trwy ydy".split()
)


def is_welsh(text: str) -> bool:
    """Whether a passage reads as Welsh: a fifth of its words or more are common Welsh words."""
    words = re.findall(r"[a-zâêîôûŵŷ']+", text.lower())
    return len(words) >= 5 and sum(w in _WELSH_WORDS for w in words) >= 0.2 * len(words)


def _draft_is_welsh(d: _Draft) -> bool:
    return is_welsh(" ".join(b.text for _, _, b in d.blocks))


def _twins(a: _Draft, b: _Draft) -> bool:
    """One clause given in Welsh and in English."""
    return _draft_is_welsh(a) != _draft_is_welsh(b)


def _mark_welsh_twins(drafts: list[_Draft]) -> None:
    """A bilingual protocol gives each clause twice under one number: the Welsh one is cited as
    "1.1 (Cymraeg)", so "clause 1.1" names the English."""
    by_number: dict[str, list[_Draft]] = {}
    for d in drafts:
        if d.number and d.kind in ("clause", "paragraph"):
            by_number.setdefault(d.number, []).append(d)
    unsure = []
    for twins in by_number.values():
        if len(twins) < 2:
            continue
        welsh = [d for d in twins if _draft_is_welsh(d)]
        if 0 < len(welsh) < len(twins):
            for d in welsh:
                d.number = f"{d.number} (Cymraeg)"
        else:
            unsure.append(twins)
    # In a protocol whose other clauses are twins, a short Welsh clause of mutated words ("Ni ddylid
    # trosglwyddo gwybodaeth gyfrinachol ...") is the one of its pair with no English words.
    if len(by_number) - len(unsure) >= 2:
        for twins in unsure:
            shares = [_english_share(" ".join(b.text for _, _, b in d.blocks)) for d in twins]
            if max(shares) >= 0.25:
                for d, share in zip(twins, shares, strict=True):
                    if share < 0.1:
                        d.number = f"{d.number} (Cymraeg)"


_ENGLISH_WORDS = frozenset(
    "the and of to a an must not be that is are will may should for in with by or any on their it this".split()
)


def _english_share(text: str) -> float:
    words = re.findall(r"[a-z']+", text.lower())
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) if words else 0.0


# A rule's words: a modal or "not" in a line that does not open as a title does ("What councillors
# can expect from officers" is one).
_RULE_WORDS = re.compile(
    r"^(?!(?:what|how|who|when|where|why|which)\b).*\b(?:must|should|shall|may|will|can|cannot|not|never)\b", re.I
)


def _lettered_numbered(blocks: Sequence[Block]) -> set[int]:
    """Indexes of blocks that start with a lettered number ("D5 Members ...") of a series: another
    block starts with the same letter and another number ("D4", "D6"); a lone "M4 Junction works
    ..." is no clause number."""
    found = [(i, re.match(r"[A-Z]+", m[1])[0], m[1]) for i, b in enumerate(blocks) if (m := _LETTERED.match(b.text))]
    numbers: dict[str, set[str]] = {}
    for _, letters, ref in found:
        numbers.setdefault(letters, set()).add(ref)
    # ("A.1" to "H.3": a part's one paragraph, "H.1", is of the series too)
    dotted = {ref for _, _, ref in found if re.fullmatch(LETTER_NUMBER, ref)}
    return {i for i, letters, ref in found if len(numbers[letters]) >= 2 or ref in dotted and len(dotted) >= 3}


def _bare_numbered(blocks: Sequence[Block]) -> set[int]:
    """Indexes of blocks that start with a bare number ("4 Elected members ...") in a run of three
    or more numbered one after another: paragraph numbers, where a lone "2 Councillors ..." is not."""
    found = [(i, int(m[1])) for i, b in enumerate(blocks) if (m := _BARE.match(b.text))]
    keep: set[int] = set()
    run: list[int] = []
    last = None
    for i, n in found:
        if last is not None and n == last + 1:
            run.append(i)
        else:
            if len(run) >= 3:
                keep.update(run)
            run = [i]
        last = n
    if len(run) >= 3:
        keep.update(run)
    return keep


def _numbered_parents(blocks: Sequence[Block]) -> set[int]:
    """Indexes of blocks numbered "2.1" whose next numbered block is "2.1.1" and whose words are a
    title, not a rule: "2.1 Members" is a heading, "5.2 Councillors must not accept gifts from"
    the lead-in of its items."""
    numbered = [(i, m) for i, b in enumerate(blocks) if (m := _MULTI.match(b.text))]
    return {
        i
        for (i, m), (_, nxt) in zip(numbered, numbered[1:], strict=False)
        if nxt[1].startswith(m[1] + ".")
        and len(blocks[i].text[m.end() :].split()) <= 8
        and not _RULE_WORDS.search(blocks[i].text[m.end() :].strip())
    }


def _marked_above(section: _Section | None, block: Block) -> _Section | None:
    """The open section whose marked heading is higher than this marked heading ('## Roles' for
    '### Councillors'), if any."""
    if block.hint != "heading" or not block.level:
        return None
    while section is not None:
        mark = section.span[2] if section.span else None
        if mark is None or mark.hint != "heading" or not mark.level:
            return None
        if mark.level < block.level:
            return section
        section = section.parent
    return None


# A part of a larger document by its label: "Part 5", "Schedule 2", "Annex B", "5B" (not "Schedule of
# meetings", nor "Section 151 Officer", a post).
_PART_HEADING = re.compile(
    r"(?:part|section|schedule|annex|appendix|chapter)\s+(?:\d+(?:\.\d+)?[a-z]?|[ivxlc]+|[a-z])\b(?!\s+officer)|\d+[A-Za-z]\b",
    re.I,
)


def _part_label(section: _Section) -> str | None:
    """A part heading's label ("5B" of "5B Member/Officer Protocol", "Schedule 2"), or None."""
    m = _PART_HEADING.match(section.written or section.title)
    return m.group(0) if m else None


def _marked_level(section: _Section | None) -> int | None:
    """The level of a section's marked heading ('## Roles' -> 2), or None when it has none."""
    mark = section.span[2] if section is not None and section.span else None
    return mark.level if mark is not None and mark.hint == "heading" and mark.level else None


def _enclosing(section: _Section | None, number: str) -> _Section | None:
    """The open section a heading numbered `number` sits in ("2.1" in "2."), if any."""
    while section is not None:
        own = re.sub(r"\.0$", "", section.number or "")
        if own and number.startswith(own + ".") and number != section.number:
            return section
        section = section.parent
    return None


def _label_restarting_numbers(drafts: list[_Draft]) -> None:
    """Numbering that starts again at 1 in each section gets the section in its label ("B.2",
    "Roles, 2"), so that every label names one clause."""
    plain = [d for d in drafts if d.kind == "clause" and d.number and d.number.isdigit() and d.section]
    sections: dict[str, set[int]] = {}
    for d in plain:
        sections.setdefault(d.number or "", set()).add(id(d.section))
    if not any(len(ids) > 1 for ids in sections.values()):
        return
    for d in plain:
        sec = d.section
        assert sec is not None
        if sec.number:
            d.number = f"{sec.number}.{d.number}"
        else:
            d.number = f"{sec.title}, {d.number}"


def _part_of(section: _Section | None) -> _Section | None:
    """The part of a larger document a section sits in ("5B Member/Officer Protocol"), if any."""
    while section is not None:
        if section.number is None and _part_label(section):
            return section
        section = section.parent
    return None


def _label_restarting_parts(drafts: list[_Draft]) -> None:
    """Numbering that starts again in each part of a larger document ("5A" and "5B" of a
    constitution, each from 1.1) gets the part's code in its label ("5B 1.1") where a number is
    used in more than one part."""
    # (numbers of one level, "1" to "9" in each of Parts A to D, are labelled by their section below)
    dotted = [d for d in drafts if d.kind == "clause" and d.number and "." in d.number]
    parts: dict[str, set[int]] = {}
    for d in dotted:
        if (part := _part_of(d.section)) is not None:
            parts.setdefault(d.number or "", set()).add(id(part))
    if not any(len(ids) > 1 for ids in parts.values()):
        return
    for d in dotted:
        if (part := _part_of(d.section)) is not None:
            d.number = f"{_part_label(part)} {d.number}"


# A part of a larger document on a heading line of its own: "SECTION 5.4 - PROTOCOL ON MEMBER/OFFICER RELATIONS".
_PART_LINE = re.compile(
    r"^(?:section|part)\s+(\d{1,2}\.(?!0\b)\d{1,2}[a-z]?|\d{1,2}[a-z])\b(?!\.\d)\s*(?:[-\u2013\u2014:]|$)", re.I
)


def _label_by_part_headings(drafts: list[_Draft]) -> None:
    """Pages of a constitution that hold more than one of its protocols, each numbered from 1.1 under its own
    heading ("SECTION 5.4 - PROTOCOL ON MEMBER/OFFICER RELATIONS", then "SECTION 5.5 - PROTOCOL FOR CIVIC
    EVENTS"): where a number is used under two such headings, each clause under one gets its code in its label
    ("5.5 1.1"), so that every label names one clause. (Headings its sections nest under are
    `_label_restarting_parts`'s.)"""
    numbered = [d for d in drafts if d.kind == "clause" and d.number and "." in d.number]
    used: dict[str, set[str | None]] = {}
    for d in numbered:
        used.setdefault(d.number or "", set()).add(d.part)
    if not any(len(parts) > 1 for parts in used.values()) or len({d.part for d in drafts} - {None}) < 2:
        return
    for d in numbered:
        if d.part is not None and not (d.number or "").startswith(d.part + " "):
            d.number = f"{d.part} {d.number}"


def _split_long(d: _Draft) -> list[tuple[int, int, str, str]]:
    """(start, end, lead_in, part) for each passage of a draft: one unless it is a long list."""
    start = d.text_start if d.text_start is not None else d.blocks[0][0]
    end = d.blocks[-1][1]
    if d.first_item is None or d.first_item == 0 or d.word_count() <= MAX_PASSAGE_WORDS:
        return [(start, end, "", "")]
    lead_blocks = d.blocks[: d.first_item]
    lead_in = " ".join(b.text for _, _, b in lead_blocks)
    if d.text_start is not None:
        lead_in = lead_in[d.text_start - d.blocks[0][0] :]
    # Group items (each with its sub-items) greedily up to the passage size.
    items: list[list[tuple[int, int, Block]]] = []
    for entry in d.blocks[d.first_item :]:
        if entry[2].hint == "subitem" and items:
            items[-1].append(entry)
        else:
            items.append([entry])
    sizes = [sum(len(b.text.split()) for _, _, b in item) for item in items]
    budget = max(1, MAX_PASSAGE_WORDS - len(lead_in.split()))
    # Balanced passages: as many as the budget needs, each near the same size.
    target = sum(sizes) / -(-sum(sizes) // budget)
    groups: list[list[tuple[int, int, Block]]] = [[]]
    used = 0
    for item, words in zip(items, sizes, strict=True):
        if groups[-1] and (used + words > budget or used + words / 2 > target):
            groups.append([])
            used = 0
        groups[-1].extend(item)
        used += words
    if len(groups) == 1:
        return [(start, end, "", "")]
    n = len(groups)
    # Part 1 starts with the lead-in where the document has it, so the parts joined by
    # newlines give back the whole clause; every part also carries it as context.
    starts = [start] + [g[0][0] for g in groups[1:]]
    return [(s, g[-1][1], lead_in, f"part {i} of {n}") for i, (s, g) in enumerate(zip(starts, groups, strict=True), 1)]
