"""Plain-text renderings of parsed documents for the terminal."""

from __future__ import annotations

import textwrap

from ingest.document import ParsedDocument
from ingest.metadata import describe_date


def format_document(doc: ParsedDocument, width: int = 100) -> str:
    """Metadata with provenance, then one line per clause: label, page, heading, first words."""
    meta = doc.meta
    lines = [doc.path]
    for field in ("council", "title", "document_type", "adopted", "last_reviewed", "next_review"):
        value = getattr(meta, field)
        shown = describe_date(value) if value and field in ("adopted", "last_reviewed", "next_review") else value
        source = meta.provenance.get(field, "default" if value else "")
        lines.append(f"  {field + ':':15} {shown or '(not stated)'}" + (f"   [{source}]" if source else ""))
    lines.append(f"  {len(doc.clauses)} clauses" + (f" from {doc.pages} pages" if doc.pages else ""))
    lines.append(f"  {'clause':24} {'page':>4}  {'heading':28} text")
    for c in doc.clauses:
        first = " ".join(c.text.split())
        heading = c.heading.split(" > ")[-1]
        lines.append(
            f"  {textwrap.shorten(c.label, 24, placeholder='…'):24} {c.page or '-':>4}  "
            f"{textwrap.shorten(heading, 28, placeholder='…'):28} "
            f"{textwrap.shorten(first, max(20, width - 62), placeholder='…')}"
        )
    return "\n".join(lines)
