"""How records are shown: written once, used by the CLI, the Markdown export and the app."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ingest.metadata import describe_date
from ingest.records import Clause, DocumentMeta

if TYPE_CHECKING:
    from assistant.answer import Answer
    from assistant.compare import CompareRow
    from index.results import Hit
    from ingest.document import ParsedDocument

NOT_STATED = "not stated"
NO_EQUIVALENT = "no equivalent provision found"


_COUNCIL_TAIL = re.compile(
    r"\s+(?:(?:parish|town|city|district|borough|county|community|metropolitan(?: borough)?|unitary)\s+)?"
    r"council$",
    re.IGNORECASE,
)


def short_council(name: str) -> str:
    """A council's name without its type: "Nant y Felin Community Council" -> "Nant y Felin"
    ("Unnamed town council" stays as it is)."""
    short = _COUNCIL_TAIL.sub("", name).strip()
    return short if short and not name.lower().startswith("unnamed") else name


def clause_title(clause: Clause) -> str:
    """'clause 8.2' for numbered clauses; the label itself ('Expectations ¶1') otherwise;
    '(part 2 of 3)' after a passage of a split clause."""
    name = f"clause {clause.label}" if clause.label[:1].isdigit() else clause.label
    return f"{name} ({clause.part})" if clause.part else name


def date_or_not_stated(iso: str | None) -> str:
    return describe_date(iso) if iso else NOT_STATED


def dates_line(meta: DocumentMeta) -> str:
    """'adopted May 2015 · last reviewed not stated · next review January 2024'"""
    return " · ".join(
        [
            f"adopted {date_or_not_stated(meta.adopted)}",
            f"last reviewed {date_or_not_stated(meta.last_reviewed)}",
            f"next review {date_or_not_stated(meta.next_review)}",
        ]
    )


def source_line(n: int, clause: Clause, emphasis: bool = False) -> str:
    """'[1] Yateley Town Council - Protocol ..., clause 8.2, page 3'"""
    page = f", page {clause.page}" if clause.page else ""
    document = f"*{clause.document}*" if emphasis else clause.document
    sep = ", " if emphasis else " - "
    return f"[{n}] {clause.council}{sep}{document}, {clause_title(clause)}{page}"


def same_wording_line(hit: Hit, names: int = 5) -> str:
    """'Same or nearly the same wording in 3 other councils' protocols: A, B, C.' ('' if none):
    over the whole index one result stands for every council's copy of a clause."""
    same = hit.same_wording
    if same is None or not same.councils:
        return ""
    return same_wording_text(len(same.councils), same.councils[:names])


def same_wording_text(n: int, first: Sequence[str]) -> str:
    """The sentence for `n` other councils with a clause's wording, naming `first` of them."""
    shown = ", ".join(first) + (f" and {n - len(first):,} more" if n > len(first) else "")
    whose = "another council's protocol" if n == 1 else f"{n:,} other councils' protocols"
    return f"Same or nearly the same wording in {whose}: {shown}."


def extra_notes(answer: Answer) -> list[str]:
    """Notes not already said in the answer's text."""
    return [note for note in answer.notes if note not in answer.text]


def answer_text(answer: Answer, width: int = 92) -> str:
    """An answer for the terminal: the text, then its sources with the full clauses, then notes."""
    lines = [answer.text]
    if answer.cited:
        lines += ["", "Sources:"]
        for n, hit in enumerate(answer.cited, 1):
            lines.append(source_line(n, hit.clause))
            lines += ["    " + w for w in textwrap.wrap(" ".join(hit.clause.text.split()), width)]
            if also := same_wording_line(hit):
                lines += ["    " + w for w in textwrap.wrap(also, width)]
    lines += [f"Note: {note}" for note in extra_notes(answer)]
    return "\n".join(lines)


def answer_markdown(answer: Answer) -> str:
    """An answer as Markdown with its sources quoted in full, for a clerk's report."""
    lines = [f"### {answer.question}", "", answer.text, ""]
    if answer.cited:
        lines += ["**Sources**", ""]
        for n, hit in enumerate(answer.cited, 1):
            lines += [source_line(n, hit.clause, emphasis=True), ""]
            lines += ["> " + line for line in hit.clause.text.splitlines()]
            lines.append("")
            if also := same_wording_line(hit):
                lines += [f"*{also}*", ""]
    lines += [f"*Note: {note}*" for note in extra_notes(answer)]
    return "\n".join(lines).rstrip() + "\n"


def conversation_markdown(answers: list[Answer]) -> str:
    return "# Protocol Assistant - conversation\n\n" + "\n---\n\n".join(answer_markdown(a) for a in answers)


def hits_text(result, citations: list[dict]) -> str:  # noqa: ANN001 - index.results.SearchResult
    """Search results for the terminal."""
    lines = []
    if result.councils:
        lines.append(f"(searching {', '.join(result.councils)} only)")
    if not citations:
        lines.append("No clauses found.")
    for c in citations:
        where = f"{c['council']} - clause {c['clause']}" + (f", page {c['page']}" if c["page"] else "")
        lines.append(f"[{c['rank']}] {where}   ({c['heading'] or c['document']})  score {c['score']:.4f}")
        lines += ["    " + ln for ln in textwrap.fill(" ".join(c["text"].split()), 96).splitlines()]
        if also := c.get("same_wording"):
            lines.append("    " + same_wording_text(also["councils"], also["first"][:5]))
        lines.append("")
    return "\n".join(lines)


def compare_cells(row: CompareRow) -> list[tuple[str, str]]:
    """(clause title, full text) per clause of a compare row; one gap cell when it has none."""
    return [(clause_title(h.clause), " ".join(h.clause.text.split())) for h in row.hits] or [("-", NO_EQUIVALENT)]


def same_wording_groups(rows: list[CompareRow]) -> list[str]:
    """'Battle, Finmere: same wording' for each group of councils whose clauses share their words."""
    grouped: set[str] = set()
    out = []
    for r in rows:
        if r.same_wording_as and r.council not in grouped:
            group = [r.council, *r.same_wording_as]
            grouped |= set(group)
            out.append(f"{', '.join(short_council(c) for c in group)}: same wording")
    return out


def found_first(rows: Sequence[CompareRow]) -> list[CompareRow]:
    """The councils that have the provision first, the gaps after (each group in the order given):
    with thirty councils compared, a reader should not scroll past the gaps to the provisions."""
    return [r for r in rows if r.found] + [r for r in rows if not r.found]


def none_found(rows: Sequence[CompareRow]) -> str:
    """Said when no council compared has the provision ('' when one has): a table of gaps alone reads
    like a failure to look."""
    if not rows or any(r.found for r in rows):
        return ""
    if len(rows) == 1:
        return f"{rows[0].council}'s protocol has no provision on this."
    return f"None of the {len(rows)} councils' protocols has a provision on this."


def compare_markdown(question: str, rows: list[CompareRow]) -> str:
    lines = [f"**{question}**", "", "| Council | Clause | Text |", "|---|---|---|"]
    for r in found_first(rows):
        for title, text in compare_cells(r):
            text = f"*{text}*" if not r.found else text.replace("|", "\\|")
            lines.append(f"| {r.council} | {title} | {text} |")
    groups = same_wording_groups(rows)
    said = none_found(rows)
    return "\n".join(lines + ([""] + groups if groups else []) + (["", said] if said else []))


def compare_table(question: str, rows: list[CompareRow], width: int = 100) -> str:
    """A plain terminal table: council, clause, verbatim text wrapped."""
    council_w, clause_w = 28, 22
    text_w = max(30, width - council_w - clause_w - 4)
    rule = "-" * (council_w + clause_w + text_w + 4)
    lines = [question, rule, f"{'Council':{council_w}}  {'Clause':{clause_w}}  Text", rule]
    for r in found_first(rows):
        for i, (label, text) in enumerate(compare_cells(r)):
            wrapped = textwrap.wrap(text, text_w) or [""]
            first = r.council if i == 0 else ""
            lines.append(
                f"{textwrap.shorten(first, council_w) if first else '':{council_w}}  "
                f"{textwrap.shorten(label, clause_w):{clause_w}}  {wrapped[0]}"
            )
            lines += [f"{'':{council_w}}  {'':{clause_w}}  {w}" for w in wrapped[1:]]
        lines.append(rule)
    said = none_found(rows)
    return "\n".join(lines + same_wording_groups(rows) + ([said] if said else []))


def document_text(doc: ParsedDocument, width: int = 100, full: bool = False) -> str:
    """How a file parsed, for `protocols inspect`: metadata with provenance, then one line per
    clause: label, page, heading, first words. `full` (`inspect --full`): each clause's label, page
    and heading on a line, and its whole text wrapped to `width` under it."""
    meta = doc.meta
    lines = [doc.path]
    for field in ("council", "title", "document_type", "adopted", "last_reviewed", "next_review"):
        value = getattr(meta, field)
        shown = describe_date(value) if value and field in ("adopted", "last_reviewed", "next_review") else value
        source = meta.provenance.get(field, "default" if value else "")
        lines.append(f"  {field + ':':15} {shown or '(not stated)'}" + (f"   [{source}]" if source else ""))
    lines.append(f"  {len(doc.clauses)} clauses" + (f" from {doc.pages} pages" if doc.pages else ""))
    dropped = getattr(doc, "dropped", ())
    if dropped:
        kinds = sorted({d.split(":", 1)[0] for d in dropped})
        shown = " · ".join(d.split(": ", 1)[-1] for d in dropped)
        lines.append(f"  dropped {len(dropped)} lines ({'/'.join(kinds)}):")
        shown = textwrap.shorten(shown, 3 * (width - 4), placeholder=" …")
        lines += ["    " + w for w in textwrap.wrap(shown, width - 4)]
    if full:
        return "\n".join(lines + _clauses_in_full(doc, width))
    lines.append(f"  {'clause':24} {'page':>4}  {'heading':28} text")
    for c in doc.clauses:
        first = " ".join(c.text.split())
        heading = c.heading.split(" > ")[-1]
        label = f"{c.label} ({c.part})" if c.part else c.label
        lines.append(
            f"  {textwrap.shorten(label, 24, placeholder='…'):24} {c.page or '-':>4}  "
            f"{textwrap.shorten(heading, 28, placeholder='…'):28} "
            f"{textwrap.shorten(first, max(20, width - 62), placeholder='…')}"
        )
    return "\n".join(lines)


def _clauses_in_full(doc: ParsedDocument, width: int) -> list[str]:
    lines: list[str] = []
    indent = " " * 6
    for c in doc.clauses:
        label = f"{c.label} ({c.part})" if c.part else c.label
        where = [f"page {c.page}"] if c.page else []
        lines += ["", "  " + "  ·  ".join([label, *where, *([c.heading] if c.heading else [])])]
        for paragraph in c.text.splitlines():
            # A list item's continuation lines hang under its text, not under its dash.
            hang = indent + "  " if paragraph.startswith("- ") else indent
            lines += textwrap.wrap(paragraph, width, initial_indent=indent, subsequent_indent=hang) or [""]
    return lines
