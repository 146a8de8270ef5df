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


class AnswerError(ProtocolError):
    """An answer could not be produced (for example, an LLM backend is misconfigured)."""
