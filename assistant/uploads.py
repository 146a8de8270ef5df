"""Adding a protocol from the app: stage it per browser session, check it parses, then file it
and index it. Nothing already filed is deleted unless its replacement is in the index."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from assistant.services import parse_file, run_ingest
from assistant.settings import Settings
from index.build import IngestReport
from index.embedder import Embedder
from ingest.document import ParsedDocument
from ingest.errors import IngestError, printable
from ingest.loaders import LOADERS

UPLOADS = "uploads"
STAGING = ".staging"
MAX_STEM = 80  # characters; file systems refuse names over 255 bytes

OnConflict = Literal["ask", "replace", "keep-both"]


def safe_name(name: str) -> str:
    """A short file name that cannot escape the uploads folder."""
    stem, dot, ext = Path(name).name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem or ext).strip("-.") or "protocol"
    stem = stem[:MAX_STEM].rstrip("-.") or "protocol"
    ext = re.sub(r"[^A-Za-z0-9]+", "", ext.lower())[:10]
    return f"{stem}.{ext}" if dot and ext else stem


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / UPLOADS


def stage_upload(name: str, data: bytes, settings: Settings, session: str = "cli") -> tuple[Path, ParsedDocument]:
    """Write the upload to this session's own staging folder (a fresh subfolder per upload, so
    two sessions or two uploads never share a file) and parse it. On failure the staged file is
    deleted and IngestError (naming the upload) is raised: nothing else changes."""
    filename = safe_name(name)
    if Path(filename).suffix.lower() not in LOADERS:
        raise IngestError(
            printable(name),
            f"unsupported file type {Path(filename).suffix or '(none)'!r} - upload a PDF, Word (.docx), text (.txt), "
            "Markdown (.md), web page (.html) or saved email (.eml) file",
        )
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", session):
        raise ValueError(f"not a session id: {session!r}")
    folder = uploads_dir(settings) / STAGING / session / uuid.uuid4().hex[:12]
    folder.mkdir(parents=True)
    path = folder / filename
    path.write_bytes(data)
    try:
        doc = parse_file(settings, path)
    except IngestError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise IngestError(printable(name), exc.cause) from exc
    return path, doc


def existing_upload(path: Path, settings: Settings) -> Path | None:
    """The file already filed under the staged upload's name, if any (the caller asks whether to
    replace it or keep both)."""
    dest = uploads_dir(settings) / path.name
    return dest if dest.exists() else None


def add_staged(
    path: Path,
    settings: Settings,
    embedder_factory: Callable[[], Embedder],
    progress: Callable[[int, int], None] | None = None,
    on_conflict: OnConflict = "ask",
) -> IngestReport:
    """File a staged upload in the uploads folder and index it (atomically, like `ingest`).

    If a file of that name is already there: "replace" puts the new one in its place (the old
    one is restored if the new one does not go in), "keep-both" files it under a new name, and
    "ask" raises IngestError saying so."""
    dest = uploads_dir(settings) / path.name
    backup = None
    if dest.exists():
        if on_conflict == "ask":
            raise IngestError(path.name, "a protocol of this name is already in the index - replace it or keep both")
        if on_conflict == "keep-both":
            dest = _unique(dest)
        else:
            backup = path.parent / f".previous-{dest.name}"
            shutil.copy2(dest, backup)
    path.replace(dest)  # staging is inside the uploads folder: an atomic rename
    try:
        report = run_ingest(settings, [dest], embedder=embedder_factory, progress=progress, prune_missing=False)
        if report.failed:
            raise IngestError(path.name, report.failed[0].split(": ", 1)[-1])
    except BaseException:
        if backup is not None:
            backup.replace(dest)  # the earlier good file, as the index still has it
        else:
            dest.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)
    return report


def _unique(dest: Path) -> Path:
    n = 2
    while (candidate := dest.with_name(f"{dest.stem}-{n}{dest.suffix}")).exists():
        n += 1
    return candidate


def discard_staged(path: Path) -> None:
    shutil.rmtree(path.parent, ignore_errors=True)
