"""How much work one file may cost to read: a protocol is a few dozen pages, so anything far
bigger is refused with a one-line error naming the limit, instead of eating the machine."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ingest.errors import IngestError

MiB = 2**20


@dataclass(frozen=True)
class IngestLimits:
    """Per-file work bounds. Each breach raises `IngestError` naming the file, the limit and
    the setting (`SETTING_NAMES`) that raises it."""

    max_file_bytes: int = field(default=50 * MiB, metadata={"doc": "Size of the file on disk."})
    max_uncompressed_bytes: int = field(
        default=100 * MiB,
        metadata={"doc": "A .docx (a zip): total size of its parts once unzipped, as its directory declares."},
    )
    max_zip_members: int = field(default=10_000, metadata={"doc": "A .docx: number of parts in the zip."})
    max_pages: int = field(default=2000, metadata={"doc": "Pages in a PDF."})
    max_paragraphs: int = field(
        default=50_000,
        metadata={"doc": "Paragraphs (.docx), non-blank lines (text, HTML) or cleaned blocks (any format)."},
    )
    max_seconds: float = field(
        default=60.0,
        metadata={"doc": "Time to read one file, checked between pages and paragraphs (not inside a library call)."},
    )
    max_text_chars: int = field(default=5_000_000, metadata={"doc": "Characters of text once extracted."})


# The environment variable (see `assistant.settings`) a user would raise for each limit.
SETTING_NAMES = {
    "max_file_bytes": "PROTOCOLS_MAX_FILE_MB",
    "max_uncompressed_bytes": "PROTOCOLS_MAX_UNCOMPRESSED_MB",
    "max_zip_members": "PROTOCOLS_MAX_ZIP_MEMBERS",
    "max_pages": "PROTOCOLS_MAX_PAGES",
    "max_paragraphs": "PROTOCOLS_MAX_PARAGRAPHS",
    "max_seconds": "PROTOCOLS_MAX_SECONDS",
    "max_text_chars": "PROTOCOLS_MAX_TEXT_CHARS",
}

DEFAULT_LIMITS = IngestLimits()


def over_limit(path: object, what: str, limit_field: str) -> IngestError:
    """'<file>: <what> (raise PROTOCOLS_X if it really is a protocol)'."""
    return IngestError(path, f"{what} (raise {SETTING_NAMES[limit_field]} if it really is a protocol)")


class Deadline:
    """The `max_seconds` budget of one file; `check()` it inside page and paragraph loops."""

    def __init__(self, path: object, limits: IngestLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.seconds = limits.max_seconds
        self.ends = time.monotonic() + limits.max_seconds

    def check(self, doing: str = "reading") -> None:
        if time.monotonic() > self.ends:
            raise over_limit(self.path, f"{doing} took longer than the {self.seconds:g} s limit", "max_seconds")
