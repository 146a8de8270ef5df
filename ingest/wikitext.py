"""A wiki page's source (MediaWiki's markup, as an intranet wiki's "edit" or "raw" view gives it) as the
text a reader of the page sees: "== 2. Roles ==" a heading, each "#" item a numbered clause (the wiki
numbers them when it shows the page; the source writes no number), a table's rows as tab-separated
lines, and no templates on lines of their own, comments, files, categories or footnotes.

Inline markup (links, bold and italics) is read with mwparserfromhell, MediaWiki's markup parser.
"""

from __future__ import annotations

import re

from ingest.lazy_regex import lazy_compile

_ITEM = lazy_compile(r"^([#*:;]+)\s*(.*)$")
_COMMENT = lazy_compile(r"<!--.*?-->", re.S)
_REF = lazy_compile(r"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref>", re.S | re.I)
_FILE_LINK = lazy_compile(r"\[\[(?:file|image|category|media):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", re.I)
_MAGIC = lazy_compile(r"__[A-Z]+__")
_SECTION_NUMBER = lazy_compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\s")
_TEMPLATE_PARAM = lazy_compile(r"^\|\s*title\s*=\s*(.+?)\s*$", re.I)
_WIKI_MARKS = ("[[", "{{", "'''")
_TEMPLATE_LINES = 40  # (a template left open ends here)


def _heading(line: str) -> tuple[int, str] | None:
    """(level, title) of '== 2. Roles ==', not of a highlighted sentence ('==Members must ...==')."""
    line = line.strip()
    if len(line) > 200 or not (line.startswith("==") and line.endswith("==")):
        return None
    level = len(line) - len(line.lstrip("="))
    if level > 6 or not line.endswith("=" * level) or line.endswith("=" * (level + 1)):
        return None
    title = line[level:-level].strip()
    return (level, title) if title and not title.endswith((".", "!", "?")) else None


def is_wikitext(text: str) -> bool:
    """Whether a text is a wiki page's source: two "== Heading ==" lines or more, and two lines or more
    with the wiki's own links, templates, bold or tables (a Markdown page has none of them)."""
    lines = text.splitlines()
    headings = sum(_heading(ln) is not None for ln in lines)
    marks = sum(any(mark in ln for mark in _WIKI_MARKS) or ln.startswith("{|") for ln in lines)
    return headings >= 2 and marks >= 2


def wikitext_lines(text: str) -> tuple[str, list[str]]:
    """(the page's text, what was left out) from its wiki source (see the module docstring)."""
    import mwparserfromhell

    left_out: list[str] = []
    text = _COMMENT.sub(lambda m: left_out.append(f"wiki comment: {' '.join(m[0][4:-3].split())[:120]}") or "", text)
    text = _REF.sub("", text)
    text = _FILE_LINK.sub("", text)
    text = _MAGIC.sub("", text)
    out: list[str] = []
    title = ""
    depth = 0  # how deep in {{ ... }} the line starts (a template over several lines: an infobox)
    template_lines = 0
    in_table = False
    row: list[str] = []
    section = ""
    counts: list[int] = []

    def inline(s: str) -> str:
        return " ".join(mwparserfromhell.parse(s).strip_code().split())

    for raw in text.splitlines():
        line = raw.strip()
        # A template on lines of its own ("{{Policy infobox" ... "}}", "{{Intranet notice|...}}"), not one
        # that text follows on its line ("{{Important}} Members must ...").
        opens = line.startswith("{{") and (line.count("{{") > line.count("}}") or line.endswith("}}"))
        if depth or opens:
            if depth and (m := _TEMPLATE_PARAM.match(line)) and not title:
                title = inline(m[1])  # (an infobox's "| title = ...": the page's title)
            if not depth:
                left_out.append(f"wiki template: {line[:120]}")
                template_lines = 0
            template_lines += 1
            depth = max(0, depth + line.count("{{") - line.count("}}"))
            if template_lines >= _TEMPLATE_LINES:
                depth = 0
            continue
        if line.startswith("{|"):
            in_table, row = True, []
            continue
        if in_table:
            if line.startswith("|}") or line.startswith("|-"):
                if row:
                    out += ["\t".join(row), ""]
                row = []
                in_table = not line.startswith("|}")
            elif line.startswith("|+"):
                out += [inline(line[2:]), ""]
            elif line.startswith(("|", "!")):
                sep = "!!" if line.startswith("!") else "||"
                row += [inline(c.split("|", 1)[-1] if "=" in c.split("|", 1)[0] else c) for c in line[1:].split(sep)]
            elif line and row:  # (a cell's words wrapped onto a line of their own, perhaps with the next cells)
                first, *more = line.split("||")
                row[-1] = f"{row[-1]} {inline(first)}".strip()
                row += [inline(c) for c in more]
            continue
        if heading := _heading(line):
            level, words = heading[0], inline(heading[1])
            out += ["", "#" * level + " " + words, ""]
            section = n[1] if (n := _SECTION_NUMBER.match(words)) else ""
            counts = []
            continue
        if (m := _ITEM.match(line)) and m[1][0] in "#*":
            marks, body = m[1], inline(m[2])
            level = len(marks)
            if marks[-1] == "#":
                counts = counts[:level] + [0] * (level - len(counts))
                counts[level - 1] += 1
                if level == 1:
                    mark = f"{section}.{counts[0]}" if section else f"{counts[0]}."
                else:
                    mark = f"({chr(ord('a') + (counts[level - 1] - 1) % 26)})"
                out += [f"{mark} {body}", ""]
            else:
                out += [f"- {body}"]
            continue
        out.append(inline(line.lstrip(":;")) if line else "")
    if title:
        out = [title, ""] + out
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n"), left_out
