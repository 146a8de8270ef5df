"""The records that flow from parsing to the screen.

`Clause` is the one record: parsed here, stored by `index/`, cited by `assistant/` and shown
by `app.py`. Everything else converts to it or from it at the edges.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Page:
    """Raw text of one page (PDF) or of a whole file (formats without pages: number None)."""

    number: int | None
    text: str
    # Text the page shows struck through (a PDF's model text not adopted, a redline's deletions):
    # left out of `text`, listed by `protocols inspect`.
    struck: tuple[str, ...] = ()
    # Anything else the loader left out, each saying what it is ("hidden text: ..." a Word file neither
    # shows nor prints, "email header: Subject: ..."): listed.
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """One paragraph-level block of cleaned text, with where it sits."""

    text: str
    page: int | None = None
    # "title" / "heading" when the format marks it (Markdown '#' / '##', DOCX styles);
    # "subitem" for a nested list item.
    hint: str = ""
    level: int = 0  # a marked heading's depth: 2 for '##' or Word's "Heading 1", 3 for '###' ...


@dataclass(frozen=True)
class DocumentMeta:
    """What a clerk knows about a protocol document; every field may be inferred or edited."""

    council: str
    title: str
    document_type: str = "Member/officer protocol"
    adopted: str | None = None  # ISO date, or YYYY-MM when only the month is stated
    last_reviewed: str | None = None
    next_review: str | None = None
    # Where each field came from, e.g. {"council": "sidecar", "title": "text line 3"}.
    provenance: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Clause:
    """A citable unit of a protocol: a numbered clause, a paragraph, or a part of a long list."""

    id: str  # stable: document id + ":" + clause key
    doc_id: str  # the document this clause belongs to (its id in the index)
    council: str
    document: str  # the document's title
    label: str  # as the document writes it ("8.2", "2.4") or built ("Background ¶2")
    heading: str  # heading path, e.g. "8.0 Political Groups"
    text: str  # verbatim (cleaned) text, without the clause number
    page: int | None
    source: str  # path of the ingested file
    start: int  # character offsets of `text` in the cleaned document
    end: int
    lead_in: str = ""  # the sentence introducing a list this passage belongs to (context only)
    part: str = ""  # "part 1 of 2" when a long clause was split into passages
    part_of: str = ""  # for a part: the id of the whole clause it belongs to
    kind: str = "clause"  # clause | paragraph | dates | front-matter

    @property
    def clause_key(self) -> str:
        """The whole clause this record is (or is part of): parts of one clause share it."""
        return self.part_of or self.id

    def context_text(self) -> str:
        """Text for embedding and lexical search: heading and lead-in give the passage context."""
        lead_in = "" if self.text.startswith(self.lead_in[:40]) else self.lead_in
        parts = [self.heading, lead_in, self.text]
        return "\n".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        # (every field is a string, a number or None: no deep copy, which cost a tenth of storing
        # 1,000 protocols)
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clause:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
