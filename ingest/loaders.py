"""One loader per format, each returning the same `Page` records. Errors name the file.

Every loader works within `IngestLimits` (size, pages, paragraphs, characters, time), so a
hostile or broken file costs a bounded amount of memory and time and ends as one `IngestError`.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import logging
import os
import re
import threading
import traceback
import warnings
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path, PurePosixPath
from typing import Protocol

from ingest.cleanup import BULLET_MARKS, grid_tables, without_field_codes, without_rtf_codes, without_struck
from ingest.errors import IngestError, ProtocolError, one_line, printable
from ingest.front_matter import front_matter_text
from ingest.html import load_html
from ingest.limits import DEFAULT_LIMITS, Deadline, IngestLimits, over_limit
from ingest.mail import mail_text
from ingest.records import Page
from ingest.wikitext import is_wikitext, wikitext_lines
from ingest.word_numbering import Numbering, parse_numbering

DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_file_bytes


class Loader(Protocol):
    def __call__(self, path: Path, limits: IngestLimits = ..., deadline: Deadline | None = ...) -> list[Page]: ...


# --------------------------------------------------------------------------- text


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHUNK = 1 << 20


def sniff_encoding(head: bytes) -> tuple[str | None, int]:
    """(encoding, BOM length) from a file's first bytes; (None, 0) when nothing says."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    # UTF-16 saved without a BOM: English text puts a NUL in every other byte.
    sample = head[: len(head) & ~1][:4096]
    if len(sample) >= 64:
        even, odd = sample[0::2].count(0) / (len(sample) / 2), sample[1::2].count(0) / (len(sample) / 2)
        if odd > 0.4 and even < 0.02:
            return "utf-16-le", 0
        if even > 0.4 and odd < 0.02:
            return "utf-16-be", 0
    return None, 0


def load_text(path: Path, limits: IngestLimits = DEFAULT_LIMITS, deadline: Deadline | None = None) -> list[Page]:
    """A .txt or .md file: the encoding its BOM names (UTF-8/16/32), else UTF-8, else
    Windows-1252 (common in council exports), else Latin-1. Stray NUL bytes are dropped."""
    deadline = deadline or Deadline(path, limits)
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(8192)
    encoding, skip = sniff_encoding(head)
    if encoding is None and head.count(0) > max(4, len(head) // 100):
        raise IngestError(path, "looks like a binary file, not text - export it as .txt, .pdf or .docx")
    # No encoding used here spends more than 4 bytes on a character: refuse before reading.
    if (size - skip) // 4 > limits.max_text_chars:
        raise over_limit(
            path,
            f"holds at least {(size - skip) // 4:,} characters of text, over the "
            f"{limits.max_text_chars:,}-character limit",
            "max_text_chars",
        )
    candidates = [encoding] if encoding else ["utf-8", "cp1252", "latin-1"]
    for candidate in candidates:
        try:
            text = _decode_file(path, candidate, skip, limits, deadline)
            break
        except UnicodeDecodeError:
            if candidate == candidates[-1]:
                if encoding:
                    raise IngestError(
                        path, f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}"
                    ) from None
                raise
    # (an email's raw source: its message's text, without headers, encodings and attachments)
    left_out: tuple[str, ...] = ()
    if (mail := mail_text(text)) is not None:
        text, left_out = mail[0], tuple(mail[1])
    text = grid_tables(without_field_codes(without_rtf_codes(text)))
    # (a wiki page's source: its headings, numbered items and tables as the wiki shows them)
    if is_wikitext(text):
        text, wiki_left_out = wikitext_lines(text)
        left_out = (*left_out, *wiki_left_out)
    # (a static site's page whose clauses are data in its front matter, its body only the template)
    if (shown := front_matter_text(text)) is not None:
        text, left_out = shown, (*left_out, "front matter read as the page's text (its body is only its template)")
    _check_lines(path, text, limits)
    if not looks_like_language(text):
        raise IngestError(path, "does not look like text in a human language (random or binary data?)")
    text, struck = without_struck(text)
    return [Page(None, text, struck, left_out=left_out)]


def _decode_file(path: Path, encoding: str, skip: int, limits: IngestLimits, deadline: Deadline) -> str:
    """Decode chunk by chunk, so memory stays near one copy of the text and the character
    limit stops the read as soon as it is passed."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    parts: list[str] = []
    chars = 0
    with path.open("rb") as f:
        f.seek(skip)
        while True:
            deadline.check()
            data = f.read(_CHUNK)
            piece = decoder.decode(data, final=not data)
            if "\x00" in piece:
                piece = piece.replace("\x00", "")
            chars += len(piece)
            if chars > limits.max_text_chars:
                raise over_limit(
                    path, f"holds over {limits.max_text_chars:,} characters of text, the limit", "max_text_chars"
                )
            parts.append(piece)
            if not data:
                break
    text = "".join(parts)
    return text[1:] if text.startswith("\ufeff") else text


def _check_lines(path: Path, text: str, limits: IngestLimits) -> None:
    if text.count("\n") <= limits.max_paragraphs:
        return
    lines = sum(1 for _ in re.finditer(r"(?m)^[ \t]*\S", text))
    if lines > limits.max_paragraphs:
        raise over_limit(
            path, f"has {lines:,} lines of text, over the {limits.max_paragraphs:,}-line limit", "max_paragraphs"
        )


# Letters, digits, white space and the punctuation protocols use (quotes, dashes, bullet, £ € §):
# what a page of prose is made of. Counted by what is not one of them (a character that is neither
# a letter or digit nor listed, or "_"), as prose has few of those.
_PUNCTUATION = (
    " \t\n\r\f.,;:!?'\"()\\[\\]/&%+=*#@<>|\\-"
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u2026\u00a3\u20ac\u00a7\u00a0"  # quotes, dashes, bullet, £ € §
)
_NOT_LANGUAGE_CHAR = re.compile(f"[^\\w{_PUNCTUATION}]|_")
# Vowels, Welsh w and y among them, with their accented forms (a word-like token has one).
_VOWELS = frozenset(
    "aeiouwy\u00ff\u0175\u0177"
    + "".join(chr(c) for lo, hi in ((0xE0, 0xE6), (0xE8, 0xEF), (0xF2, 0xF6), (0xF9, 0xFD)) for c in range(lo, hi + 1))
)
_EDGE_PUNCT = "\"'()[]{}.,;:!?-\u2018\u2019\u201c\u201d\u2013\u2014\u2026*/"
_SAMPLE = 65536


def looks_like_language(text: str) -> bool:
    """Whether `text` reads as prose in a Latin-script language (English, Welsh...) rather than
    random or binary data: almost all its characters are letters, spaces or common
    punctuation, and 60 % of its tokens are word-like (2-15 letters with a vowel).
    Judged on up to three samples (start, middle, end), so it costs the same for any size."""
    if len(text) > 3 * _SAMPLE:
        mid = len(text) // 2
        samples = [text[:_SAMPLE], text[mid : mid + _SAMPLE], text[-_SAMPLE:]]
    else:
        samples = [text]
    for sample in samples:
        if not sample.strip():
            continue
        if len(sample) - len(_NOT_LANGUAGE_CHAR.findall(sample)) < 0.85 * len(sample):
            return False
        raw_tokens = sample.split()
        if len(sample) > 200 and len(raw_tokens) < len(sample) / 30:
            return False  # "words" 30 characters long on average: encoded data, not prose
        tokens = [t.strip(_EDGE_PUNCT).lower() for t in raw_tokens]
        tokens = [t for t in tokens if t.isalpha() or any(ch.isalpha() for ch in t)]
        if len(tokens) < 8:
            continue  # too short to judge by words; the characters passed
        words = len([t for t in tokens if 2 <= len(t) <= 15 and t.isalpha() and not _VOWELS.isdisjoint(t)])
        if words < 0.6 * len(tokens):
            return False
    return True


# --------------------------------------------------------------------------- PDF


def load_pdf(path: Path, limits: IngestLimits = DEFAULT_LIMITS, deadline: Deadline | None = None) -> list[Page]:
    """A PDF, page by page with page numbers. Encrypted, scanned and damaged files are refused."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    deadline = deadline or Deadline(path, limits)
    _check_pdf_header(path)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError as exc:
                raise IngestError(path, f"is encrypted and needs a crypto library ({exc})") from exc
            if not ok:
                raise IngestError(
                    path,
                    "is protected by a password - save an unprotected copy (e.g. print it to PDF) and add that instead",
                )
        count = len(reader.pages)
        if count > limits.max_pages:
            raise over_limit(path, f"has {count:,} pages, over the {limits.max_pages:,}-page limit", "max_pages")
        pages: list[Page] = []
        chars = 0
        for number, page in enumerate(reader.pages, 1):
            deadline.check(f"reading page {number} of {count}")
            if number > limits.max_pages:  # the page tree's /Count understated its pages
                raise over_limit(path, f"has over {limits.max_pages:,} pages, the limit", "max_pages")
            text, struck = read_page(page)
            chars += len(text)
            if chars > limits.max_text_chars:
                raise over_limit(
                    path,
                    f"holds over {limits.max_text_chars:,} characters of text by page {number}, the limit",
                    "max_text_chars",
                )
            pages.append(Page(number, text, struck))
        pages = in_reading_order(pages)
        if pages and not any(p.text.strip() for p in pages):
            image_pages = sum(1 for page in reader.pages if _has_images(page))
        else:
            image_pages = 0
    except ProtocolError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError(path, "is protected by a password - save an unprotected copy and add that instead") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise IngestError(
            path, f"is not a readable PDF (damaged, truncated or not a PDF: {type(exc).__name__}: {_short(exc)})"
        ) from exc
    if not pages:
        raise IngestError(path, "is a PDF with no pages")
    if not any(p.text.strip() for p in pages):
        if any(p.struck for p in pages):
            raise IngestError(
                path, "all of its text is struck through (deleted or not adopted) - nothing is left to read"
            )
        if image_pages:
            raise IngestError(
                path, f"no text layer on any of its {len(pages)} page(s) (a scanned document?) - run OCR on it first"
            )
        raise IngestError(path, f"has no text on any of its {len(pages)} page(s)")
    return pages


# A strikethrough is a thin horizontal bar (a filled rectangle or a stroked line) painted across a
# run of text between its baseline and its x-height: from 0.1 to 0.55 of the font size above the
# baseline (an underline is below it, a table's rules are at a cell's edges).
_STRIKE_THICKNESS = 1.6
_STRIKE_LOW, _STRIKE_HIGH = 0.1, 0.55
# A bar strikes a run only when it covers the run's whole estimated width (0.42 em a character, less
# than any text face's average): a deletion at the start of a run that goes on with live words
# leaves the run alone rather than cutting live text.
_EM_PER_CHAR, _COVERED = 0.42, 0.85

Run = tuple[float, float, float, str]  # (x, y, font size, text) of a run of text, in page space
Bar = tuple[float, float, float]  # (x from, x to, y) of a thin horizontal mark, in page space


class _PageMarks:
    """What pypdf's one pass over a page's content shows: its runs of text and the thin horizontal
    bars actually painted (a clipping path, or a bar painted white, is none). A page that draws form
    XObjects (pages imposed two-up, stamps) is read without bars: pypdf places a form's contents
    without its matrix, so their positions are not the page's."""

    _FILL = frozenset((b"f", b"F", b"f*"))
    _STROKE = frozenset((b"S", b"s"))
    _BOTH = frozenset((b"B", b"B*", b"b", b"b*"))

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.bars: list[Bar] = []
        self.forms = False
        self._path: list[Bar] = []
        self._start: tuple[float, float] | None = None
        self._white = [False, False]  # (fill, stroke) painted white
        self._saved: list[list[bool]] = []

    def operator(self, op: bytes, args: list, cm: list[float], tm: list[float]) -> None:
        try:
            self._operator(op, args, cm)
        except (TypeError, ValueError, IndexError):
            pass  # an operand that is no number: no mark

    def _operator(self, op: bytes, args: list, cm: list[float]) -> None:
        if op == b"q":
            self._saved.append(list(self._white))
        elif op == b"Q":
            self._white = self._saved.pop() if self._saved else [False, False]
        elif op in (b"g", b"rg", b"k", b"sc", b"scn", b"G", b"RG", b"K", b"SC", b"SCN"):
            self._white[op[:1].isupper()] = _is_white(op.lower(), args)
        elif op == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)
            (x0, y0), (x1, y1) = _point(cm, x, y), _point(cm, x + w, y + h)
            if abs(y1 - y0) <= _STRIKE_THICKNESS and abs(x1 - x0) >= 3:
                self._path.append((min(x0, x1), max(x0, x1), (y0 + y1) / 2))
        elif op == b"m" and len(args) == 2:
            self._start = _point(cm, float(args[0]), float(args[1]))
        elif op == b"l" and len(args) == 2 and self._start:
            (x0, y0), (x1, y1) = self._start, _point(cm, float(args[0]), float(args[1]))
            if abs(y1 - y0) <= 0.5 and abs(x1 - x0) >= 3:
                self._path.append((min(x0, x1), max(x0, x1), (y0 + y1) / 2))
            self._start = (x1, y1)
        elif op in self._FILL or op in self._STROKE or op in self._BOTH or op == b"n":
            fill, stroke = self._white
            painted = (
                (op in self._FILL and not fill)
                or (op in self._STROKE and not stroke)
                or (op in self._BOTH and not (fill and stroke))
            )
            if painted:
                self.bars.extend(self._path)
            self._path, self._start = [], None
        elif op == b"Do":
            self.forms = True

    def text(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x, y = _point(cm, tm[4], tm[5])
            scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
            self.runs.append((x, y, size * scale, text))


def _point(cm: list[float], x: float, y: float) -> tuple[float, float]:
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def _is_white(op: bytes, args: list) -> bool:
    """Whether a colour operator (lower case: g, rg, k, sc, scn) sets white."""
    values = [float(a) for a in args]  # a pattern's name raises: not white
    if op == b"k" or (op in (b"sc", b"scn") and len(values) == 4):
        return all(v <= 0.05 for v in values)
    return bool(values) and all(v >= 0.95 for v in values)


def struck_runs(runs: list[Run], bars: list[Bar]) -> set[int]:
    """The runs (by index) a bar strikes through: a bar between a run's baseline and its x-height,
    starting at or before the run and covering its whole estimated width, that is no other run's
    underline (a bar just under another run's baseline, where lines are packed close). Bars that
    touch on one line are one bar (a strike drawn word by word). Bars and runs are looked up by
    height, so a page of thousands of table rules costs little."""
    merged: list[Bar] = []
    for x0, x1, y in sorted(bars, key=lambda b: (round(b[2], 1), b[0])):
        if merged and abs(merged[-1][2] - y) <= 0.3 and x0 <= merged[-1][1] + 2:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1), merged[-1][2])
        else:
            merged.append((x0, x1, y))
    merged.sort(key=lambda b: b[2])
    bar_ys = [b[2] for b in merged]
    by_height = sorted(range(len(runs)), key=lambda i: runs[i][1])
    run_ys = [runs[i][1] for i in by_height]
    biggest = max((r[2] for r in runs), default=0.0)

    def underline(x0: float, x1: float, bar_y: float) -> bool:
        lo, hi = bisect_right(run_ys, bar_y), bisect_right(run_ys, bar_y + 0.35 * biggest)
        return any(
            x0 - 1 <= runs[i][0] + 0.5 <= x1 and runs[i][1] - bar_y <= 0.35 * runs[i][2] for i in by_height[lo:hi]
        )

    out = set()
    for i, (x, y, size, text) in enumerate(runs):
        width = _EM_PER_CHAR * size * len(text.strip())
        lo, hi = bisect_left(bar_ys, y + _STRIKE_LOW * size), bisect_right(bar_ys, y + _STRIKE_HIGH * size)
        for x0, x1, bar_y in merged[lo:hi]:
            if x0 - 1 <= x + 0.5 <= x1 and x1 - x >= _COVERED * width and not underline(x0, x1, bar_y):
                out.add(i)
                break
    return out


def read_page(page: object) -> tuple[str, tuple[str, ...]]:
    """(text, struck-through text) of a PDF page as pypdf reads it, without the runs of text that
    a bar is painted through (model text a council did not adopt, a redline's deletions: a reader
    sees them crossed out, pypdf reads them as live text: `struck_runs`); and a landscape sheet
    holding two pages side by side (a booklet printed two pages per sheet), whose text pypdf reads
    row by row across both, as the left page's lines, then the right's (`two_up_text`). One
    extraction: the positions come from the same pass."""
    marks = _PageMarks()
    plain = page.extract_text(visitor_operand_before=marks.operator, visitor_text=marks.text) or ""  # type: ignore[attr-defined]
    runs, struck = marks.runs, ()
    if marks.bars and not marks.forms and (cut := struck_runs(runs, marks.bars)):
        plain, struck = without_runs(plain, [r[3] for r in runs], cut)
        runs = [r for i, r in enumerate(runs) if i not in cut]
    try:
        box = page.mediabox  # type: ignore[attr-defined]
        left, width, height = float(box.left), float(box.width), float(box.height)
    except (ValueError, TypeError, KeyError, AttributeError):  # no usable /MediaBox: read it as pypdf does
        return plain, struck
    if width < height * 1.2:
        return plain, struck
    return two_up_text(runs, left, width) or plain, struck


def two_up_text(runs: list[Run], left: float, width: float) -> str | None:
    """A landscape sheet's runs as two pages, the left page's lines then the right's; None unless
    a third or more of the runs start on each side of the middle, none just left of it, and nearly
    every run starts in the first quarter of its half (not a leaflet's three panels, not a table's
    columns)."""
    middle = left + width / 2
    lefts = [r for r in runs if r[0] < middle - 6]
    rights = [r for r in runs if r[0] >= middle - 6]
    if min(len(lefts), len(rights)) * 3 < len(runs) or any(middle - 30 < r[0] < middle - 6 for r in lefts):
        return None
    quarter = width / 4
    starts = sum(r[0] - left < quarter for r in lefts) + sum(r[0] - middle < quarter for r in rights)
    if starts < 0.9 * len(runs):
        return None

    def lines(side: list[Run]) -> str:
        rows: list[tuple[float, list[tuple[float, str]]]] = []
        for x, y, _, text in sorted(side, key=lambda r: (-r[1], r[0])):
            if rows and abs(rows[-1][0] - y) <= 2:
                rows[-1][1].append((x, text.replace("\n", " ")))
            else:
                rows.append((y, [(x, text.replace("\n", " "))]))
        # (pieces of one row by x only, in stream order where they share an x: a bold word is a
        # piece of its own, written at its line's start x)
        return "\n".join("".join(t for _, t in sorted(row, key=lambda r: r[0])).strip() for _, row in rows)

    return lines(lefts) + _HALVES + lines(rights)


_HALVES = "\n\f"  # (between a two-up sheet's halves until `in_reading_order` has seen them)
# (a page's number at its footer's end or its start, glued there to the footer's words: "2Upper Sowerley ...")
_FOLIO = re.compile(r"(?:^|\s)(\d{1,3})$|^(\d{1,3})(?=\s|$|[A-Z])")


def in_reading_order(pages: list[Page]) -> list[Page]:
    """A booklet's print-ready file, two pages a sheet in the printer's order (8|1, 2|7, 6|3, 4|5 for eight
    pages: a saddle-stitched booklet's imposition), as its pages are read: each half on its own, in the order
    of its printed page numbers, when every half that prints a number prints the one the imposition gives
    it (half of them at least). Each half keeps its sheet's number. Otherwise the sheets as they are."""
    halves = [p.text.split(_HALVES) for p in pages]
    sheets = [Page(p.number, p.text.replace(_HALVES, "\n"), p.struck) for p in pages]
    if len(pages) < 2 or any(len(h) != 2 for h in halves):
        return sheets
    n = 2 * len(pages)
    imposed = [(n - i, i + 1) if i % 2 == 0 else (i + 1, n - i) for i in range(len(pages))]

    def folio(text: str) -> int | None:
        lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
        for line in (lines[-1], lines[0]) if lines else ():
            if m := _FOLIO.search(line):
                return int(m[1] or m[2])
        return None

    found = [
        (folio(h), want)
        for pair, wants in zip(halves, imposed, strict=True)
        for h, want in zip(pair, wants, strict=True)
    ]
    printed = [(f, w) for f, w in found if f is not None]
    if len(printed) * 2 < len(found) or any(f != w for f, w in printed):
        return sheets
    order = sorted(
        (
            (want, Page(p.number, text, p.struck))
            for p, pair, wants in zip(pages, halves, imposed, strict=True)
            for text, want in zip(pair, wants, strict=True)
        ),
        key=lambda x: x[0],
    )
    return [page for _, page in order]


def without_runs(plain: str, runs: list[str], cut: set[int]) -> tuple[str, tuple[str, ...]]:
    """(`plain` without the runs numbered in `cut`, the text cut): `plain` is a page's text, `runs`
    the pieces it was read from, in order. Each run is found after the one before it, and a line
    left with nothing on it goes; runs cut one after another (nothing but spaces between) are one
    piece of the text cut. A run not found where expected stays: nothing is cut blind."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, run in enumerate(runs):
        text = run.strip()
        at = plain.find(text, pos) if text else -1
        if at < 0:
            continue
        if i in cut:
            if spans and not plain[spans[-1][1] : at].strip():
                spans[-1] = (spans[-1][0], at + len(text))
            else:
                spans.append((at, at + len(text)))
        pos = at + len(text)
    if not spans:
        return plain, ()
    kept, last = [], 0
    for a, b in spans:
        kept.append(plain[last:a] + "\0")  # where text was cut: a line left with only this goes
        last = b
    kept.append(plain[last:])
    lines = "".join(kept).split("\n")
    text = "\n".join(ln.replace("\0", "") for ln in lines if ln.replace("\0", "").strip() or "\0" not in ln)
    return text, tuple(" ".join(plain[a:b].split()) for a, b in spans)


_PDF_HEADER_WINDOW = 1024  # readers accept "%PDF-" anywhere in the first 1 KB (after a BOM, blank lines...)


def _check_pdf_header(path: Path) -> None:
    """Refuse a file named .pdf that is not one, in plain words, before pypdf reports it as a
    stream error: a text file saved under the wrong extension is the usual case."""
    with path.open("rb") as f:
        head = f.read(_PDF_HEADER_WINDOW)
    if b"%PDF-" in head:
        return
    cause = "is not a PDF (it does not start with %PDF-)"
    if _reads_as_text(head):
        cause += "; it looks like plain text - if it is, rename it to .txt"
    raise IngestError(path, cause)


def _reads_as_text(head: bytes) -> bool:
    """Whether a file's first bytes are UTF-8 text: no NULs or other control characters."""
    try:
        # A multi-byte character cut by the end of `head` is not an error: final=False.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return bool(text.strip()) and all(ch.isprintable() or ch in "\t\n\r\f" for ch in text)


def _has_images(page: object) -> bool:
    try:
        return bool(page.images)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an unreadable image list just means "unknown"
        return False


# --------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_BODY, _P, _R, _HYPERLINK, _PPR, _PSTYLE = (_W + t for t in ("body", "p", "r", "hyperlink", "pPr", "pStyle"))
_TBL, _TR, _TC, _TCPR, _VMERGE = (_W + t for t in ("tbl", "tr", "tc", "tcPr", "vMerge"))
# What a run's children read as (python-docx's `Run.text`); page and column breaks read as "".
_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_T, _BR = _W + "t", _W + "br"
# A run inside a hyperlink, or inside a tracked insertion or move (a document published with its
# changes tracked), is the paragraph's text as Word shows it with the changes accepted; a tracked
# deletion's runs hold w:delText, never w:t, so they read as nothing.
_RUN_HOLDERS = frozenset(_W + t for t in ("hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent"))
# Content controls wrap paragraphs and tables as the body does; a text box's paragraphs read as the
# body's. Word stores a text box twice (DrawingML, and VML as the fallback): the fallback is skipped.
_SDT_WRAPPERS = frozenset(_W + t for t in ("sdt", "sdtContent"))
_TXBX = _W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _block_holder(el: object) -> object | None:
    """What holds a paragraph or table, past any content controls around it (a text box reads as
    the body; a text box's fallback copy as nothing)."""
    holder = el.getparent()  # type: ignore[attr-defined]
    while holder is not None and holder.tag in _SDT_WRAPPERS:
        if _placeholder(holder):
            return None
        holder = holder.getparent()
    if holder is not None and holder.tag == _TXBX and any(a.tag == _FALLBACK for a in holder.iterancestors()):
        return None
    return holder


def _placeholder(el: object) -> bool:
    """A content control still showing its placeholder ("Click or tap here to enter text.")."""
    return el.tag == _W + "sdt" and el.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None  # type: ignore[attr-defined]


# What holds paragraphs and tables that read as the body's: the body, and a text box.
_BODY_LIKE = frozenset((_BODY, _TXBX))
_XML_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


def load_docx(path: Path, limits: IngestLimits = DEFAULT_LIMITS, deadline: Deadline | None = None) -> list[Page]:
    """A Word document: paragraphs in order (headings marked with '#', list items with '- ')
    and table rows as tab-separated lines. Page headers/footers live outside the body.

    Read as a stream (lxml iterparse), not through python-docx: python-docx builds the whole
    XML tree first, which for a 90 MB document.xml of empty paragraphs took 7 s and 1.2 GB."""
    from lxml import etree

    deadline = deadline or Deadline(path, limits)
    _check_zip_directory(path, limits)
    try:
        with zipfile.ZipFile(path) as zf:
            _check_zip_sizes(path, zf, limits)
            main = _main_part(zf)
            styles, default_style, style_numbers = _paragraph_styles(zf, main)
            numbering = _numbering(zf, main)
            hidden: list[str] = []
            struck: list[str] = []
            lines = _docx_lines(
                path,
                zf,
                main,
                (styles, default_style, style_numbers),
                numbering,
                limits,
                deadline,
                hidden,
                struck,
                _footnotes(zf, main),
            )
    except ProtocolError:
        raise
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        EOFError,
        RuntimeError,
        NotImplementedError,
        etree.LxmlError,
    ) as exc:
        # RuntimeError: an encrypted part; NotImplementedError: a compression zipfile lacks.
        raise IngestError(
            path,
            f"is not a readable Word (.docx) document ({type(exc).__name__}: {_short(exc)}) "
            "- re-save it from Word as .docx",
        ) from exc
    return [Page(None, "\n".join(lines), struck=tuple(struck), left_out=tuple(f"hidden text: {t}" for t in hidden))]


def _check_zip_directory(path: Path, limits: IngestLimits) -> None:
    """Count the zip's parts from its end record before `zipfile` reads the whole directory
    (600,000 empty parts fit in 50 MB and take zipfile 8 s and 350 MB to list)."""
    size = path.stat().st_size
    with path.open("rb") as f:
        f.seek(max(0, size - 65557))
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return  # not a zip: zipfile says so in its own words
    entries = int.from_bytes(tail[at + 10 : at + 12], "little")
    if entries > limits.max_zip_members or (entries == 0xFFFF and limits.max_zip_members < 0xFFFF):
        raise over_limit(
            path,
            f"is a zip of {entries:,}{'+' if entries == 0xFFFF else ''} parts, over the "
            f"{limits.max_zip_members:,}-part limit for a Word document (a zip bomb?)",
            "max_zip_members",
        )


def _check_zip_sizes(path: Path, zf: zipfile.ZipFile, limits: IngestLimits) -> None:
    """Refuse a zip bomb from its directory, before inflating anything. `zipfile` never
    inflates a part past the size the directory declares (it fails the CRC instead)."""
    infos = zf.infolist()
    if len(infos) > limits.max_zip_members:
        raise over_limit(
            path, f"is a zip of {len(infos):,} parts, over the {limits.max_zip_members:,}-part limit", "max_zip_members"
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise over_limit(
            path,
            f"unzips to {total / 2**20:,.0f} MB, over the {limits.max_uncompressed_bytes / 2**20:,.0f} MB "
            "limit for a Word document (a zip bomb?)",
            "max_uncompressed_bytes",
        )


def _part_name(base: str, target: str) -> str:
    """A relationship target as a zip member name ('/word/document.xml' or 'styles.xml')."""
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for piece in PurePosixPath(base, target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _relationships(zf: zipfile.ZipFile, rels_name: str) -> dict[str, str]:
    """Relationship type (last path segment) -> target, from a small .rels part."""
    from lxml import etree

    if rels_name not in zf.NameToInfo:
        return {}
    out: dict[str, str] = {}
    with zf.open(rels_name) as f:
        for _, el in etree.iterparse(f, events=("end",), tag=_REL_NS + "Relationship", **_XML_OPTIONS):
            kind = (el.get("Type") or "").rsplit("/", 1)[-1]
            if el.get("TargetMode") != "External":
                out.setdefault(kind, el.get("Target") or "")
            el.clear()
    return out


def _main_part(zf: zipfile.ZipFile) -> str:
    target = _relationships(zf, "_rels/.rels").get("officeDocument")
    main = _part_name("", target) if target else "word/document.xml"
    if main not in zf.NameToInfo:
        raise KeyError(f"there is no document part ({main}) in the package")
    return main


def _paragraph_styles(zf: zipfile.ZipFile, main: str) -> tuple[dict[str, str], str, dict[str, tuple[str, int]]]:
    """Paragraph style id -> lower-case name, the default paragraph style's name, and style id ->
    (list id, level) for styles that number their paragraphs (Word's "List Number", a numbered
    "Heading 1")."""
    from lxml import etree

    part = _related_part(zf, main, "styles")
    names: dict[str, str] = {}
    numbered: dict[str, tuple[str, int]] = {}
    parents: dict[str, str] = {}
    default = ""
    if part not in zf.NameToInfo:
        return names, default, numbered
    with zf.open(part) as f:
        for _, el in etree.iterparse(f, events=("end",), tag=_W + "style", **_XML_OPTIONS):
            if el.get(_W + "type") == "paragraph":
                name_el = el.find(_W + "name")
                style_name = (name_el.get(_W + "val") if name_el is not None else "") or ""
                style_id = el.get(_W + "styleId") or ""
                names[style_id] = style_name.lower()
                if el.get(_W + "default") in ("1", "true", "on"):
                    default = style_name.lower()
                if (num := _num_pr(el.find(_PPR))) is not None:
                    numbered[style_id] = num
                based = el.find(_W + "basedOn")
                if based is not None and based.get(_W + "val"):
                    parents[style_id] = based.get(_W + "val") or ""
            el.clear()
    # A style numbered through the style it is based on ("Council Heading" on a numbered "Heading 1").
    for style_id in names:
        seen, parent = {style_id}, parents.get(style_id)
        while style_id not in numbered and parent and parent not in seen:
            if parent in numbered:
                numbered[style_id] = numbered[parent]
            seen.add(parent)
            parent = parents.get(parent)
    return names, default, numbered


def _related_part(zf: zipfile.ZipFile, main: str, kind: str) -> str:
    """The zip member of the main part's related part of this kind ('styles', 'numbering')."""
    folder, name = main.rpartition("/")[0], main.rpartition("/")[2]
    target = _relationships(zf, f"{folder}/_rels/{name}.rels".lstrip("/")).get(kind)
    return _part_name(folder, target) if target else f"{folder}/{kind}.xml".lstrip("/")


def _num_pr(ppr: object) -> tuple[str, int] | None:
    """A paragraph's or style's (list id, level) from its <w:numPr>, if it has one."""
    if ppr is None:
        return None
    num = ppr.find(_W + "numPr")  # type: ignore[attr-defined]
    if num is None:
        return None
    num_id, ilvl = num.find(_W + "numId"), num.find(_W + "ilvl")
    level = ilvl.get(_W + "val") if ilvl is not None else None
    return (num_id.get(_W + "val") or "") if num_id is not None else "", int(level) if (level or "").isdigit() else -1


def _numbering(zf: zipfile.ZipFile, main: str) -> Numbering:
    part = _related_part(zf, main, "numbering")
    if part not in zf.NameToInfo:
        return Numbering()
    return parse_numbering(zf.read(part))


def _docx_lines(
    path: Path,
    zf: zipfile.ZipFile,
    main: str,
    style_info: tuple[dict[str, str], str, dict[str, tuple[str, int]]],
    numbering: Numbering,
    limits: IngestLimits,
    deadline: Deadline,
    hidden: list[str],
    struck: list[str],
    footnotes: dict[str, str],
) -> list[str]:
    """Stream the body run by run: each element is dropped once read, so memory stays flat
    whatever the size; paragraphs, characters and time are counted as they go. Word's automatic
    numbers are written in front of their paragraphs (see `ingest.word_numbering`). Runs formatted
    as hidden text (drafting notes Word does not show or print) are left out, into `hidden`; runs
    formatted as struck through (a redline's deletions typed by hand) into `struck`. A footnote
    (`footnotes`, by id) is read with the paragraph that marks it, after its text: "... [Footnote 1:
    The Town Clerk will normally reply ...]", as a PDF's printed footnotes are."""
    from lxml import etree

    styles, default_style, style_numbers = style_info
    lines: list[str] = []
    paragraphs: dict[object, tuple[str, list[str]]] = {}  # open <w:p>: (style id, text pieces)
    unbold: set[object] = set()  # open <w:p> with a run of visible text that is not bold
    body_seen = False  # a paragraph of body text read (not a title block's lines)
    after_lead_in = False  # the last paragraph of text ended in ":"
    numbers: dict[object, tuple[str, int]] = {}  # open <w:p>: its own (list id, level)
    cells: dict[object, tuple[bool, list[str]]] = {}  # open <w:tc>: (continues a merge, paragraph texts)
    rows: dict[object, list[str]] = {}  # open <w:tr>: cell texts
    count = chars = events = 0
    seen_notes = [0]  # footnotes read so far: Word numbers them in the order they are marked
    tags = (_P, _PPR, _R, _TC, _TCPR, _TR, _TBL)
    with zf.open(main) as f:
        for _, el in etree.iterparse(f, events=("end",), tag=tags, **_XML_OPTIONS):
            events += 1
            if events & 0x3FF == 0:
                deadline.check()
            tag, parent = el.tag, el.getparent()
            if tag == _R:
                holder = parent
                while holder is not None and holder.tag in _RUN_HOLDERS and not _placeholder(holder):
                    holder = holder.getparent()
                if holder is not None and holder.tag == _P:
                    text = _run_text(el)
                    ref = el.find(_FOOTNOTE_REF) if footnotes else None
                    if text or ref is not None:
                        # (hidden or struck text is left out, listed, and a footnote it marks goes with it;
                        # an empty note keeps its number)
                        gone = hidden if _hidden_run(el) else struck if _struck_run(el) else None
                        if gone is not None:
                            if text.strip():
                                gone.append(text.strip())
                        else:
                            pieces = paragraphs.setdefault(holder, ("", []))[1]
                            if ref is not None and (note := footnotes.get(ref.get(_W + "id", ""))) is not None:
                                pieces.append(f"{_NOTE_START}{note}{_NOTE_END}")
                            if text:
                                pieces.append(text)
                                if text.strip() and not _formatted(el, _BOLD):
                                    unbold.add(holder)
            elif tag == _PPR:
                if parent is not None and parent.tag == _P:
                    style = el.find(_PSTYLE)
                    paragraphs[parent] = ((style.get(_W + "val") or "") if style is not None else "", [])
                    if (num := _num_pr(el)) is not None:
                        numbers[parent] = num
            elif tag == _P:
                count += 1
                if count > limits.max_paragraphs:
                    raise over_limit(
                        path, f"has over {limits.max_paragraphs:,} paragraphs, the limit", "max_paragraphs"
                    )
                style_id, pieces = paragraphs.pop(el, ("", []))
                text = "".join(pieces).strip()
                # (a title block's lines, before any body text, stay the title: not headings; nor is a
                # bold line after a lead-in ("Councillors must:") an item's)
                bold = bool(text) and el not in unbold and body_seen and not after_lead_in
                if text:
                    body_seen = body_seen or text.endswith(".") or len(text.split()) > _TYPED_HEADING_WORDS
                    after_lead_in = text.endswith(":")
                unbold.discard(el)
                if _NOTE_START in text:
                    text = _with_footnotes(text, seen_notes)
                # An empty numbered paragraph still takes its number, as Word counts it.
                label = _number_label(numbering, numbers.pop(el, None), style_numbers.get(style_id))
                label = label if text else None
                chars += len(text)
                if chars > limits.max_text_chars:
                    raise over_limit(
                        path, f"holds over {limits.max_text_chars:,} characters of text, the limit", "max_text_chars"
                    )
                holder = _block_holder(el)
                where = holder.tag if holder is not None else None
                if where in _BODY_LIKE:
                    style = styles.get(style_id, default_style) if style_id else default_style
                    lines += _paragraph_lines(text, style, label, bold)
                elif where == _TC:
                    cells.setdefault(holder, (False, []))[1].append(f"{label} {text}" if label else text)
                # Elsewhere (a text box's fallback copy, comments): not body text.
            elif tag == _TCPR:
                merge = el.find(_VMERGE)
                if parent is not None and merge is not None:
                    cells[parent] = (merge.get(_W + "val", "continue") == "continue", [])
            elif tag == _TC:
                continues, texts = cells.pop(el, (False, []))
                if parent is not None:
                    rows.setdefault(parent, []).append("" if continues else "\n".join(texts).strip())
            elif tag == _TR:
                row = "\t".join(rows.pop(el, []))
                holder = _block_holder(parent) if parent is not None else None
                where = holder.tag if holder is not None else None
                if where in _BODY_LIKE:
                    lines.append(row)
                elif where == _TC:
                    cells.setdefault(holder, (False, []))[1].append(row)  # a table in a cell: rows become lines
            elif tag == _TBL and (holder := _block_holder(el)) is not None and holder.tag in _BODY_LIKE:
                lines.append("")
            # Forget what has been read: the element's content and its earlier siblings.
            el.clear()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    return _typed_headings(lines)


_VANISH = _W + "rPr/" + _W + "vanish"
_FOOTNOTE_REF = _W + "footnoteReference"
_NOTE_START, _NOTE_END = "\x00", "\x01"  # (a footnote's text held in its paragraph until the paragraph ends)
_NOTE_HELD = re.compile("\x00([^\x00\x01]*)\x01")  # (an empty note still counts in Word's numbering)


def _footnotes(zf: zipfile.ZipFile, main: str) -> dict[str, str]:
    """A Word file's footnotes by id (not the separators Word keeps among them), each as one line."""
    from lxml import etree

    part = _related_part(zf, main, "footnotes")
    if part not in zf.NameToInfo:
        return {}
    try:
        root = etree.fromstring(zf.read(part), parser=etree.XMLParser(**_XML_OPTIONS))
    except etree.XMLSyntaxError:
        return {}  # (unreadable notes: the document is read without them)
    notes = {}
    for note in root.iter(_W + "footnote"):
        if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(_T)).strip() for p in note.iter(_P)]
        notes[note.get(_W + "id", "")] = " ".join(" ".join(p for p in paragraphs if p).split())
    return notes


def _with_footnotes(text: str, seen: list[int]) -> str:
    """A paragraph's text with the footnotes it marks after it, numbered as Word shows them."""
    notes = []

    def hold(m: re.Match[str]) -> str:
        seen[0] += 1
        if m[1]:
            notes.append(f"[Footnote {seen[0]}: {m[1]}]")
        return ""

    plain = _NOTE_HELD.sub(hold, text).strip()
    return " ".join([plain, *notes]) if plain else " ".join(notes)


def _formatted(run: object, mark_path: str) -> bool:
    """The run's formatting has this mark, not turned off by w:val="0"/"false"/"off"."""
    mark = run.find(mark_path)  # type: ignore[attr-defined]
    return mark is not None and mark.get(_W + "val", "true") not in ("0", "false", "off")


def _hidden_run(run: object) -> bool:
    """A run formatted as hidden text (w:vanish)."""
    return _formatted(run, _VANISH)


_STRIKES = (_W + "rPr/" + _W + "strike", _W + "rPr/" + _W + "dstrike")


def _struck_run(run: object) -> bool:
    """A run formatted as struck through (w:strike or w:dstrike): a deletion marked by hand, as
    councils mark a redline without tracked changes."""
    return any(_formatted(run, tag) for tag in _STRIKES)


def _run_text(run: object) -> str:
    """A run's text as python-docx's `Run.text` reads it; page and column breaks read as ''."""
    pieces = []
    for child in run:  # type: ignore[attr-defined]
        tag = child.tag
        if tag == _T:
            pieces.append(child.text or "")
        elif tag == _BR:
            pieces.append("\n" if child.get(_W + "type", "textWrapping") == "textWrapping" else "")
        elif tag in _RUN_TEXT:
            pieces.append(_RUN_TEXT[tag])
    return "".join(pieces)


def _number_label(numbering: Numbering, own: tuple[str, int] | None, by_style: tuple[str, int] | None) -> str | None:
    """The automatic number Word shows for a paragraph: its own list, else its style's (a level
    of its own overrides the style's)."""
    if own is not None and own[0] == "0":  # numId 0: numbering turned off for this paragraph
        return None
    num_id = (own[0] if own and own[0] else "") or (by_style[0] if by_style else "")
    level = own[1] if own and own[1] >= 0 else (by_style[1] if by_style and by_style[1] >= 0 else 0)
    return numbering.label(num_id, level) if num_id else None


_BOLD = _W + "rPr/" + _W + "b"
# A short paragraph set all in bold with no stop at its end is a heading typed by hand, as a small
# council's Word file marks its sections ("Asking the Clerk for help" above its bullets); not a
# bold sentence ("Members must not instruct staff.") nor a bold lead-in ("Councillors should:").
_TYPED_HEADING_WORDS = 8
# ... nor a bold item typed with its own marker ("•\tnot telephone the Clerk at home", "(a) ...")
_TYPED_MARKER = re.compile(rf"^(?:[-{re.escape(BULLET_MARKS)}]|\(?[a-z0-9]{{1,3}}[.)])\s")
# (held until the next paragraph is read: a bold term over its definition, "means any employee ...",
# is the definition's first words, not a heading)
_TYPED_HEADING = "\x02### "


def _typed_headings(lines: list[str]) -> list[str]:
    """The bold lines taken for headings as headings, but a bold term whose next text goes on in lower
    case ("Officer" / "means any employee of the Council") as the start of that text."""
    out = []
    for i, line in enumerate(lines):
        if line.startswith(_TYPED_HEADING):
            text = line[len(_TYPED_HEADING) :]
            after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
            out.append(text if after[:1].islower() else f"### {text}")
        else:
            out.append(line)
    return out


# A sentence no heading is: twelve words or more ending with a stop or a list's lead-in colon, or a
# shorter rule ending with a full stop ("Officers will keep a group's discussions confidential.").
_PROSE_WORDS = 12
_RULE_WORD = re.compile(r"\b(?:must|should|will|may|can|cannot|shall|is|are)\b", re.I)


def _prose(text: str) -> bool:
    words, end = len(text.split()), text.rstrip()[-1:]
    # (not a question: an FAQ's "What should I do if ...?" over its answer is its heading)
    return words >= _PROSE_WORDS and end in ".;:!" or words >= 6 and end == "." and bool(_RULE_WORD.search(text))


def _paragraph_lines(text: str, style: str, label: str | None = None, bold: bool = False) -> list[str]:
    if not text:
        return [""]
    if (
        bold
        and not label
        and not style.startswith(("title", "heading"))
        and "list" not in style
        and len(text.split()) <= _TYPED_HEADING_WORDS
        and not text.rstrip().endswith((".", ":", ";", ",", "?", "!"))
        and not _TYPED_MARKER.match(text)
    ):
        return ["", f"{_TYPED_HEADING}{' '.join(text.split())}", ""]
    if label == "-":  # a bullet
        return [f"- {text}"]
    if label:
        text = f"{label} {text}"
    if style.startswith("title"):
        return ["", f"# {text}", ""]
    # ("Heading 2" restyled to look like body text, so that its list numbers each clause: a sentence
    # of a clause's length is a clause, not a heading)
    if style.startswith("heading") and _prose(text):
        return [text, ""]
    if style.startswith("heading"):  # "Heading 2" -> '###': the depth is kept
        depth = max(1, int(m[1])) if (m := re.match(r"heading\s*(\d+)", style)) else 1
        return ["", f"{'#' * (min(depth, 5) + 1)} {text}", ""]
    if "list" in style and not label:
        return [f"- {text}"]
    return [text, ""]


# --------------------------------------------------------------------------- any file

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".eml": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
}


def load_pages(
    path: Path | str,
    limits: IngestLimits | None = None,
    *,
    max_bytes: int | None = None,
    deadline: Deadline | None = None,
) -> list[Page]:
    """Read any supported file into pages, or raise `IngestError` naming the file and cause.

    `max_bytes` (kept for older callers) overrides `limits.max_file_bytes`. Whatever a
    library raises on a broken file ends as one `IngestError` line."""
    path = Path(path)
    limits = checked_limits(limits, max_bytes)
    with guard_file(path), capture_library_warnings():
        loader = LOADERS.get(path.suffix.lower())
        if loader is None:
            kinds = ", ".join(sorted(LOADERS))
            raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r} - supported: {kinds}")
        size = _file_size(path)
        if size == 0:
            raise IngestError(path, "is empty (0 bytes)")
        if size > limits.max_file_bytes:
            raise over_limit(
                path,
                f"is {_megabytes(size)}, over the {_megabytes(limits.max_file_bytes)} limit",
                "max_file_bytes",
            )
        pages = loader(path, limits, deadline or Deadline(path, limits))
        if not any(p.text.strip() for p in pages):
            raise IngestError(path, "contains no text")
        return pages


def _megabytes(size: float) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"


def checked_limits(limits: IngestLimits | None, max_bytes: int | None) -> IngestLimits:
    """The limits to apply: `max_bytes`, when given, overrides `limits.max_file_bytes`."""
    from dataclasses import replace

    if limits is not None and not isinstance(limits, IngestLimits):
        raise TypeError(f"limits must be an IngestLimits, not {type(limits).__name__} (pass max_bytes=...)")
    limits = limits or DEFAULT_LIMITS
    return limits if max_bytes is None else replace(limits, max_file_bytes=int(max_bytes))


def _file_size(path: Path) -> int:
    """The file's size, or an error that says what is wrong with the path."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IngestError(path, "is a symbolic link that loops back on itself - fix or remove the link") from exc
        if exc.errno == errno.ENOENT:
            if path.is_symlink():
                raise IngestError(path, f"is a broken symbolic link (to {printable(os.readlink(path))})") from exc
            raise IngestError(path, "no such file") from exc
        raise IngestError(path, f"could not be read ({type(exc).__name__}: {exc.strerror or _short(exc)})") from exc
    if not path.is_file():
        raise IngestError(path, "is a folder, not a file" if path.is_dir() else "is not a regular file")
    return st.st_size


@contextlib.contextmanager
def guard_file(path: Path) -> Iterator[None]:
    """Turn anything raised while reading `path` into one one-line `IngestError`.

    The project's own errors pass through, made one line; any other exception (a parser's
    RecursionError, lxml's XMLSyntaxError, MemoryError, zipfile's errors...) reads as
    "<file>: could not be read (<Type>: <first line>)"."""
    try:
        yield
    except ProtocolError as exc:
        raise single_line(exc) from exc.__cause__
    except Exception as exc:  # noqa: BLE001 - the point: no library error escapes as a traceback
        if os.environ.get("PROTOCOLS_DEBUG"):
            traceback.print_exc()  # the one line below is all a user sees; a developer wants this
        raise IngestError(printable(path), f"could not be read ({type(exc).__name__}: {_short(exc)})") from exc


def single_line(exc: ProtocolError) -> ProtocolError:
    """The same error with its file name escaped and its message on one line."""
    if isinstance(exc, IngestError):
        name, cause = printable(exc.path), " ".join(exc.cause.split("\n"))
        if name != exc.path or cause != exc.cause:
            return IngestError(name, printable(cause))
        return exc
    text = str(exc)
    return type(exc)(printable(" ".join(text.splitlines()))) if not text.isprintable() else exc


# --------------------------------------------------------------------------- library chatter

_SINK: ContextVar[list[str] | None] = ContextVar("library_warnings", default=None)
_QUIET_LOGGERS = ("pypdf", "docx", "lxml", "trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_lock = threading.Lock()
_active = 0
_saved: dict[str, object] = {}


class _Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        sink = _SINK.get()
        if sink is not None:
            sink.append(one_line(f"{record.name}: {record.getMessage()}", 300))


_HANDLER = _Collect(logging.WARNING)


def _showwarning(message, category, filename, lineno, file=None, line=None):  # noqa: ANN001, ANN202
    sink = _SINK.get()
    if sink is None:
        _saved["showwarning"](message, category, filename, lineno, file, line)  # type: ignore[operator]
    else:
        sink.append(one_line(f"{category.__name__}: {message}", 300))


@contextlib.contextmanager
def capture_library_warnings() -> Iterator[list[str]]:
    """Collect what parsing libraries log or warn (pypdf reports every damaged object) into
    the yielded list instead of stderr. With PROTOCOLS_DEBUG set they print as usual.
    Safe to nest and to use from several threads: each thread's messages go to its own list."""
    global _active
    if os.environ.get("PROTOCOLS_DEBUG"):
        yield []
        return
    outer = _SINK.get()
    if outer is not None:
        yield outer
        return
    sink: list[str] = []
    token = _SINK.set(sink)
    with _lock:
        if _active == 0:
            for name in _QUIET_LOGGERS:
                logger = logging.getLogger(name)
                _saved[name] = logger.propagate
                logger.propagate = False
                logger.addHandler(_HANDLER)
            _saved["showwarning"] = warnings.showwarning
            warnings.showwarning = _showwarning
        _active += 1
    try:
        yield sink
    finally:
        _SINK.reset(token)
        with _lock:
            _active -= 1
            if _active == 0:
                for name in _QUIET_LOGGERS:
                    logger = logging.getLogger(name)
                    logger.removeHandler(_HANDLER)
                    logger.propagate = bool(_saved.pop(name, True))
                warnings.showwarning = _saved.pop("showwarning")  # type: ignore[assignment]


def _short(exc: BaseException) -> str:
    return one_line(str(exc)) or type(exc).__name__
