"""Read one protocol file into its metadata and clause records."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.clauses import parse_clauses
from ingest.cleanup import blocks_text, clean_pages, strip_markdown
from ingest.errors import IngestError
from ingest.loaders import DEFAULT_MAX_BYTES, LOADERS, load_pages
from ingest.metadata import build_metadata, read_sidecar
from ingest.records import Clause, DocumentMeta


@dataclass(frozen=True)
class ParsedDocument:
    """A parsed protocol: what it is, its cleaned text and its clauses."""

    doc_id: str
    path: str
    meta: DocumentMeta
    text: str  # the cleaned document; clause offsets index into it
    clauses: tuple[Clause, ...]
    content_hash: str  # of the file and its sidecar: re-ingest only when this changes
    pages: int | None


def doc_id_for(path: Path) -> str:
    """A stable, readable id from the file name: 'battle-town-council'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"


def content_hash(path: Path) -> str:
    h = hashlib.sha256(path.read_bytes())
    sidecar = path.with_suffix(".toml")
    if sidecar.is_file():
        h.update(b"\0sidecar\0" + sidecar.read_bytes())
    return h.hexdigest()


def parse_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedDocument:
    """Load, clean and parse a file. Raises `IngestError` (naming the file) on bad input."""
    path = Path(path)
    pages = load_pages(path, max_bytes=max_bytes)
    sidecar = read_sidecar(path)
    blocks = clean_pages(pages, unwrap=path.suffix.lower() == ".pdf")
    if not blocks:
        raise IngestError(path, "contains no text once page headers and numbers are removed")
    raw_lines = [ln for p in pages for ln in strip_markdown(p.text).splitlines()]
    meta = build_metadata(path, raw_lines, sidecar)
    doc_id = doc_id_for(path)
    clauses = parse_clauses(blocks, council=meta.council, document=meta.title, source=str(path), doc_id=doc_id)
    if not clauses:
        raise IngestError(path, "no clauses found in the text")
    numbered = [p.number for p in pages if p.number is not None]
    return ParsedDocument(
        doc_id=doc_id,
        path=str(path),
        meta=meta,
        text=blocks_text(blocks),
        clauses=tuple(clauses),
        content_hash=content_hash(path),
        pages=max(numbered) if numbered else None,
    )


def expand_paths(paths: list[Path | str]) -> list[Path]:
    """Files named directly, plus the supported files inside any folder (sorted, recursive).

    Files named directly are kept even when unsupported, so that they get a clear error."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in LOADERS
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.suffix.lower() == ".toml" and any(p.with_suffix(ext).exists() for ext in LOADERS):
            continue  # a protocol's metadata sidecar (as `corpus/*` names it): read with it
        else:
            out.append(p)
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]
