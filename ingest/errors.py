"""The project's own exceptions: each message names the file (or object) and the cause."""

from __future__ import annotations


class ProtocolError(Exception):
    """Base class: anything a user can fix. The CLI prints it as one line; the app as st.error."""


class IngestError(ProtocolError):
    """A document could not be read or parsed."""

    def __init__(self, path: object, cause: str) -> None:
        self.path = str(path)
        self.cause = cause
        super().__init__(f"{self.path}: {cause}")


class IndexStoreError(ProtocolError):
    """The index on disk is missing, damaged, or was built differently."""


class SettingsError(ProtocolError):
    """A setting (an environment variable) has a value it cannot take."""


class AnswerError(ProtocolError):
    """An answer could not be produced (for example, an LLM backend is misconfigured)."""


def printable(name: object) -> str:
    """A file name fit for a one-line message: newlines, control characters and undecodable
    bytes are shown escaped ('a\\nb.txt'), everything else as is."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode() for ch in text)


def one_line(text: str, limit: int = 120) -> str:
    """The first non-blank line of a library's message, cut to `limit` characters."""
    for line in str(text).splitlines():
        if line.strip():
            return printable(line.strip())[:limit]
    return ""


def some_names(names: list[str], limit: int = 12) -> str:
    """'A, B, C' - or, with thousands of councils, the first `limit` and how many more."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit:,} more"
