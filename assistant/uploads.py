"""Adding a protocol from the app: check it parses, then file it and index it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from assistant.services import parse_file, run_ingest
from assistant.settings import Settings
from index.build import IngestReport
from index.embedder import Embedder
from ingest.document import ParsedDocument
from ingest.errors import IngestError
from ingest.loaders import LOADERS

UPLOADS = "uploads"


def safe_name(name: str) -> str:
    """A file name that cannot escape the uploads folder."""
    stem, dot, ext = Path(name).name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem or ext).strip("-.") or "protocol"
    return f"{stem}.{ext.lower()}" if dot else stem


def stage_upload(name: str, data: bytes, settings: Settings) -> tuple[Path, ParsedDocument]:
    """Write the upload to a staging folder and parse it. On failure the staged file is deleted
    and IngestError (naming the upload) is raised: nothing else changes."""
    filename = safe_name(name)
    if Path(filename).suffix.lower() not in LOADERS:
        raise IngestError(
            name, f"unsupported file type {Path(filename).suffix or '(none)'!r} - upload a PDF, DOCX, TXT or MD file"
        )
    staging = settings.data_dir / UPLOADS / ".staging"
    staging.mkdir(parents=True, exist_ok=True)
    path = staging / filename
    path.write_bytes(data)
    try:
        doc = parse_file(settings, path)
    except IngestError as exc:
        path.unlink(missing_ok=True)
        raise IngestError(name, exc.cause) from exc
    return path, doc


def add_staged(
    path: Path,
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Move a staged upload into the uploads folder and index it (atomically, like `ingest`)."""
    dest = settings.data_dir / UPLOADS / path.name
    shutil.move(str(path), dest)
    report = run_ingest(settings, [dest], embedder=embedder_factory, progress=progress, prune_missing=False)
    if report.failed:
        dest.unlink(missing_ok=True)
        raise IngestError(path.name, report.failed[0].split(": ", 1)[-1])
    return report


def discard_staged(path: Path) -> None:
    path.unlink(missing_ok=True)
