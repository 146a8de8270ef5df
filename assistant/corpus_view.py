"""What the app shows about the corpus: index status, tables of contents, a document with one
clause highlighted. Pure functions over a loaded index."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from assistant.view import date_or_not_stated
from index.catalogue import Catalogue
from ingest.metadata import date_deadline
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


def is_overdue(meta: DocumentMeta, today: date) -> bool:
    return bool(meta.next_review) and date_deadline(meta.next_review) < today


def document_status(catalogue: Catalogue, today: date) -> list[DocumentStatus]:
    """One row per protocol, with its dates and whether it is past its next review date."""
    return [
        DocumentStatus(
            d.meta.council,
            d.meta.title,
            d.clause_count,
            date_or_not_stated(d.meta.adopted),
            date_or_not_stated(d.meta.last_reviewed),
            date_or_not_stated(d.meta.next_review),
            is_overdue(d.meta, today),
            d.source,
        )
        for d in sorted(catalogue.documents.values(), key=lambda d: d.meta.council)
    ]


def status_to_show(rows: list[DocumentStatus], limit: int = 30) -> tuple[list[DocumentStatus], int]:
    """The rows a sidebar can show (those past their review date first) and how many are left out."""
    ordered = sorted(rows, key=lambda r: not r.overdue)
    return ordered[:limit], max(0, len(rows) - limit)


def index_summary(catalogue: Catalogue) -> dict[str, str]:
    """Documents, clauses, model and when the live version was built."""
    built = min((d.ingested_at for d in catalogue.documents.values()), default="")
    latest = max((d.ingested_at for d in catalogue.documents.values()), default="")
    return {
        "documents": str(len(catalogue.documents)),
        "clauses": str(catalogue.whole_clause_count()),
        "model": f"{catalogue.info.get('model', '?')} ({catalogue.info.get('dim', '?')}-d)",
        "built": built.replace("T", " "),
        "last updated": latest.replace("T", " "),
    }


def table_of_contents(catalogue: Catalogue, council: str) -> list[tuple[str, list[Clause]]]:
    """(heading, whole clauses in document order) for one council's protocol(s)."""
    sections: dict[str, list[Clause]] = defaultdict(list)
    seen: set[str] = set()
    rowids = catalogue.rowids_in(catalogue.doc_ids_for([council], None) or set())
    catalogue.read_clauses(rowids)  # only this council's records, not every council's
    records = sorted((catalogue.clauses[r] for r in rowids), key=lambda c: (c.source, c.start))
    for c in records:
        if c.clause_key in seen:
            continue
        seen.add(c.clause_key)
        sections[c.heading or ("Front matter" if c.kind == "front-matter" else "Dates and records")].append(
            catalogue.whole_clause(c)
        )
    return list(sections.items())


def highlighted_document(catalogue: Catalogue, clause: Clause) -> str:
    """The cleaned document as HTML-escaped text, the clause wrapped in <mark>."""
    text = catalogue.document_text(clause.doc_id)
    start, end = clause.start, clause.end
    if not (0 <= start <= end <= len(text)) or text[start:end] != clause.text:
        found = text.find(clause.text)
        start, end = (found, found + len(clause.text)) if found >= 0 else (0, 0)
    before, marked, after = (html.escape(p) for p in (text[:start], text[start:end], text[end:]))
    body = f'{before}<mark id="clause">{marked}</mark>{after}'
    return body.replace("\n", "<br>\n")
