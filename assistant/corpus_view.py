"""What the app shows about the corpus: index status, tables of contents, a document with one
clause highlighted. Pure functions over a loaded index."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from index.search import ProtocolIndex
from ingest.metadata import date_deadline, describe_date
from ingest.records import Clause, DocumentMeta


@dataclass(frozen=True)
class DocumentStatus:
    council: str
    title: str
    clauses: int
    adopted: str
    last_reviewed: str
    next_review: str
    overdue: bool
    source: str


def _shown(iso: str | None) -> str:
    return describe_date(iso) if iso else "not stated"


def is_overdue(meta: DocumentMeta, today: date) -> bool:
    return bool(meta.next_review) and date_deadline(meta.next_review) < today


def document_status(index: ProtocolIndex, today: date) -> list[DocumentStatus]:
    """One row per protocol, with its dates and whether it is past its next review date."""
    return [
        DocumentStatus(
            d.meta.council,
            d.meta.title,
            d.clause_count,
            _shown(d.meta.adopted),
            _shown(d.meta.last_reviewed),
            _shown(d.meta.next_review),
            is_overdue(d.meta, today),
            d.source,
        )
        for d in sorted(index.documents.values(), key=lambda d: d.meta.council)
    ]


def index_summary(index: ProtocolIndex) -> dict[str, str]:
    """Documents, clauses, model and when the live version was built."""
    built = min((d.ingested_at for d in index.documents.values()), default="")
    latest = max((d.ingested_at for d in index.documents.values()), default="")
    return {
        "documents": str(len(index.documents)),
        "clauses": str(len({(c.id.split(":")[0], c.clause if c.part else c.id) for c in index.clauses.values()})),
        "model": f"{index.info.get('model', '?')} ({index.info.get('dim', '?')}-d)",
        "built": built.replace("T", " "),
        "last updated": latest.replace("T", " "),
    }


def table_of_contents(index: ProtocolIndex, council: str) -> list[tuple[str, list[Clause]]]:
    """(heading, whole clauses in document order) for one council's protocol(s)."""
    sections: dict[str, list[Clause]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    records = sorted((c for c in index.clauses.values() if c.council == council), key=lambda c: (c.source, c.start))
    for c in records:
        key = (c.id.split(":")[0], c.clause if c.part else c.id)
        if key in seen:
            continue
        seen.add(key)
        sections[c.heading or ("Front matter" if c.kind == "front-matter" else "Dates and records")].append(
            index.whole_clause(c)
        )
    return list(sections.items())


def highlighted_document(index: ProtocolIndex, clause: Clause) -> str:
    """The cleaned document as HTML-escaped text, the clause wrapped in <mark>."""
    doc_id = clause.id.split(":")[0]
    text = index.store.document_text(doc_id) or ""
    start, end = clause.start, clause.end
    if not (0 <= start <= end <= len(text)) or text[start:end] != clause.text:
        found = text.find(clause.text)
        start, end = (found, found + len(clause.text)) if found >= 0 else (0, 0)
    before, marked, after = (html.escape(p) for p in (text[:start], text[start:end], text[end:]))
    body = f'{before}<mark id="clause">{marked}</mark>{after}'
    return body.replace("\n", "<br>\n")
