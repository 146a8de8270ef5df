"""Clean-up a person would do before reading a protocol: pure functions, text in, blocks out.

Drops running headers/footers and lone page numbers, strips Markdown markup, normalises bullets
and quotes, unwraps hard-wrapped lines, undoes end-of-line hyphenation and rejoins a paragraph
broken across a page break. Everything else stays verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.records import Block, Page

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
_BULLET_MARKS = "\u2022\u25cf\u25aa\u25e6\u25cb\u25a0\u25a1\u2023\u2043\u2219\u00b7\uf0b7\uf0a7*\u2013\u2014"
_BULLET = re.compile(rf"^(?P<indent>[ \t]*)(?:[{_BULLET_MARKS}]|-(?!-))[ \t]+(?=\S)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])", re.S)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.I)
# A line that starts a new block even without a blank line before it.
_MARKER = re.compile(
    r"^(?:- |\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S|\(?[a-z][.)]\s|\(?[ivx]{1,5}[.)]\s"
    r"|(?i:section|part|chapter|article)\s+(?:\d{1,2}|[IVX]{1,5})\b)"
)
DATE_RECORD = re.compile(
    r"^(?:date of adoption|adopted|approved|updated|last updated|re-?adopted|reviewed|"
    r"review(?:ed)? by|next review|review date|date of next review|review|latest review|"
    r"last review(?:ed)?|version \d+|amended|policy review|"
    r"this (?:policy|protocol|document) (?:is to|will|shall|should) be reviewed)\b",
    re.I,
)
_TERMINAL = re.compile(r"[.!?:;\"')\]]\s*$")


def normalise_line(line: str) -> str:
    """Quotes to ASCII, odd spaces to plain ones, any bullet mark to '- ' (indent kept)."""
    line = re.sub(r"(?<=\S) {2,}", " ", line.translate(_QUOTES).rstrip())
    return _BULLET.sub(lambda m: "  " * bool(m["indent"]) + "- ", line, count=1)


def strip_markdown(text: str) -> str:
    """Remove Markdown emphasis and link syntax, keeping the words."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_BOLD.sub(lambda m: m[1] or m[2], text)
    # Italics never span a blank line: that would be two stray asterisks, not emphasis.
    return _MD_ITALIC.sub(lambda m: m[0] if "\n\n" in m[1] else m[1], text)


def _header_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def find_running_lines(pages: Sequence[Page]) -> set[str]:
    """Lines that repeat as page headers/footers (compared with digits masked).

    Several pages: a line among the first or last two of at least half the pages (and two).
    One page (a text export): a short standalone line that appears three or more times.
    """
    if len(pages) > 1:
        seen: Counter[str] = Counter()
        for page in pages:
            lines = [ln for ln in page.text.splitlines() if ln.strip()]
            seen.update({_header_key(ln) for ln in lines[:2] + lines[-2:]})
        need = max(2, (len(pages) + 1) // 2)
        return {k for k, n in seen.items() if n >= need and len(k) <= 80}
    if not pages:
        return set()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", pages[0].text)]
    counts = Counter(
        _header_key(p)
        for p in paragraphs
        if p and "\n" not in p and len(p) <= 60 and not _MARKER.match(normalise_line(p))
    )
    return {k for k, n in counts.items() if n >= 3}


def _is_wrapped(prev: str, line: str, width: int) -> bool:
    """Whether `line` continues `prev` (a hard wrap) rather than starting a new block."""
    if _MARKER.match(line) or DATE_RECORD.match(line) or "\t" in line or "\t" in prev:
        return False
    if prev.endswith("-") or line[:1].islower():
        return True
    # PDF text has no blank lines between paragraphs: a line well short of the page width
    # ended its paragraph (or was a heading); a long line simply wrapped.
    if len(prev) < 0.6 * width:
        return False
    if _TERMINAL.search(prev) and len(line) < 0.6 * width and not _TERMINAL.search(line):
        return False  # a sentence ended and a short unpunctuated line follows: a heading
    return not (_TERMINAL.search(prev) and len(prev) < 0.8 * width)


def _join(prev: str, line: str) -> str:
    if re.search(r"[A-Za-z]-$", prev) and line[:1].islower():
        return prev[:-1] + line  # end-of-line hyphenation
    return prev + " " + line


def page_blocks(page: Page, running: set[str], unwrap: bool) -> list[Block]:
    """Split one page into blocks: blank lines and list/number markers start a new block."""
    text = strip_markdown(page.text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [normalise_line(ln) for ln in text.split("\n")]
    width = max((len(ln) for ln in lines), default=0)
    blocks: list[Block] = []
    current: list[str] = []
    last_line = ""  # the last physical line read: its length tells a wrap from a paragraph end
    hint = ""

    def flush() -> None:
        nonlocal current, hint
        if current:
            blocks.append(Block("\n".join(current), page.number, hint))
        current, hint = [], ""

    for raw in lines:
        line = raw.strip()
        if not line or _header_key(line) in running or _PAGE_NUMBER.match(line):
            flush()
            continue
        if _MD_HEADING.match(line):
            flush()
            # '# X' is the document's title; '## X' and deeper are section headings.
            kind = "title" if line.startswith("# ") else "heading"
            blocks.append(Block(_MD_HEADING.sub("", line).strip(), page.number, kind))
            continue
        is_sub = raw.startswith("  - ") or raw.startswith(" -")
        if current and not is_sub and unwrap and _is_wrapped(last_line, line, width):
            current[-1] = _join(current[-1], line)
            last_line = line
            continue
        last_line = line
        if (
            current
            and not is_sub
            and not unwrap
            and not _MARKER.match(line)
            and not DATE_RECORD.match(line)
            and "\t" not in line
            and "\t" not in current[-1]
        ):
            current.append(line)  # text files keep their own line breaks inside a paragraph
            continue
        flush()
        current, hint = [line], ("subitem" if is_sub else "")
    flush()
    return blocks


def rejoin_broken(blocks: list[Block]) -> list[Block]:
    """Rejoin a paragraph split by a page break (or a stray blank line) mid-sentence."""
    out: list[Block] = []
    for block in blocks:
        if (
            out
            and not block.hint
            and out[-1].hint not in ("heading", "title")
            and not _TERMINAL.search(out[-1].text)
            and block.text[:1].islower()
            and not _MARKER.match(block.text)
        ):
            prev = out[-1]
            out[-1] = Block(_join(prev.text, block.text), prev.page, prev.hint)
        else:
            out.append(block)
    return out


def clean_pages(pages: Sequence[Page], unwrap: bool | None = None) -> list[Block]:
    """Turn raw pages into clean blocks. `unwrap`: join hard-wrapped lines (default: PDFs)."""
    if unwrap is None:
        unwrap = any(p.number is not None for p in pages)
    running = find_running_lines(pages)
    blocks = [b for page in pages for b in page_blocks(page, running, unwrap)]
    return rejoin_broken(blocks)


def blocks_text(blocks: Sequence[Block]) -> str:
    """The cleaned document: one block a line. Clause offsets index into this string."""
    return "\n".join(b.text for b in blocks)
