"""Clean-up a person would do before reading a protocol: pure functions, text in, blocks out.

Drops running headers/footers and lone page numbers, strips Markdown markup, normalises bullets
and odd spaces, unwraps hard-wrapped lines, undoes end-of-line hyphenation and rejoins a paragraph
broken across a page break. Everything else, quote marks included, stays verbatim.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ingest.lazy_regex import lazy_compile
from ingest.records import Block, Page

# Odd spaces to plain ones; invisible characters (zero-width space, byte-order mark, soft hyphen) out.
# Quote marks stay as the document has them: a citation shows the document's own characters.
_SPACES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
# A typeset PDF's ligatures ("oﬃcers", "conﬁdence"): letters, as a reader reads them and a search
# is typed.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
# Typographic quote marks and their ASCII forms: for matching text (searching, embedding, rules),
# never for what is shown.
_PLAIN_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
    }
)


def plain_quotes(text: str) -> str:
    """Curly quotes and apostrophes as ASCII ('Councillor\u2019s \u201cneed to know\u201d' ->
    'Councillor's "need to know"'): one form of each for matching, whatever the document used."""
    return text.translate(_PLAIN_QUOTES)


BULLET_MARKS = "\u2022\u25cf\u25aa\u25e6\u25cb\u25a0\u25a1\u2023\u2043\u2219\u00b7\uf0b7\uf0a7*\u2013\u2014"
_BULLET = lazy_compile(rf"^(?P<indent>[ \t]*)(?:[{BULLET_MARKS}]|-(?!-))[ \t]+(?=\S)")
_MD_HEADING = lazy_compile(r"^#{1,6}[ \t]+(?:#{1,6}[ \t]+)*")  # "## ## Roles": a heading inside a <summary>
_MD_BOLD = lazy_compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_MD_ITALIC = lazy_compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])", re.S)
_MD_LINK = lazy_compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_MD_AUTOLINK = lazy_compile(r"<(https?://[^>\s]+)>")
_PAGE_NUMBER = lazy_compile(r"^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$", re.I)
# A line that starts a new block even without a blank line before it.
# After (z) a list goes on (aa), (bb) ... ("ii", "vv" and "xx" are roman, or no item at all).
DOUBLED_LETTERS = "|".join(c * 2 for c in "abcdefghjklmnopqrstuwyz")
# A letter, a roman numeral and a number: "B.iii.2 Officers will ...".
LETTER_ROMAN_NUMBER = r"[A-Z]\.[ivx]{1,5}\.\d{1,2}"
# A letter and a number: "C.4 Councillors must not ...", a part's paragraphs numbered under its letter.
LETTER_NUMBER = r"[A-Z]\.\d{1,2}(?:\.\d{1,2})*"
_MARKER = lazy_compile(
    r"^(?:- |\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S"
    r"|\d{1,2}(?:\.\d{1,2})+\.?(?=[A-Z])|\d{1,2}[.)](?=[A-Z])"  # glued: '1.1This', '3.MUTUAL'
    r"|\(?[a-z][.)]\s|\(?[ivx]{1,5}[.)]\s|\(\d{1,2}\)\s+\S|\[\d{1,3}\]\s*\S"  # '(a) ', 'iv) ', '(3) ', '[12] '
    rf"|\((?:{DOUBLED_LETTERS})\)\s|{LETTER_ROMAN_NUMBER}\.?\s+\S"  # '(aa) ' after '(z) ', 'B.iii.2 '
    rf"|{LETTER_NUMBER}\.?\s+[A-Z]"  # 'C.4 Councillors ...'
    r"|(?=[A-Z])(?i:section|part|chapter|article)\s+(?:\d{1,2}|[IVX]{1,5})\b"
    r"|(?i:para|paragraph)\.?\s+\d{1,2}(?:\.\d{1,3})+\s+\S"  # 'Para 4.2.1 This protocol ...'
    r"|\d{1,2}\(\d{1,2}\)(?:\([a-z]{1,4}\))*\s+[A-Z])"  # '2(3) The Lengthsman ...'
)
DATE_RECORD = lazy_compile(
    # (after the Welsh or Gaelic words in a bilingual record: "Mabwysiadwyd / Adopted: 9 July 2024")
    r"^(?:[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2} / )?"
    r"(?:date of adoption|date (?:adopted|approved|agreed|of approval)|adopted|approved|agreed by|revised|"
    r"updated|last updated|re-?adopted|reviewed|"
    r"review(?:ed)? by|next review|review date|date of next review|review|latest review|"
    r"last review(?:ed)?|version \d+|amended|policy review|in force from|effective from|"
    r"this (?:policy|protocol|document) (?:is to|will|shall|should) be reviewed|to be reviewed)\b",
    re.I,
)
_TERMINAL = lazy_compile(r"[.!?:;\"')\]\u2019\u201d]\s*$")


_FIELD_CODE = lazy_compile(
    r"\bTOC(?:[ \t]+\\[a-z](?:[ \t]+\"[^\"]*\")?)+|\bHYPERLINK[ \t]+(?:\\[a-z][ \t]+)?\"[^\"]*\""
    r"|\bPAGEREF[ \t]+_Toc\d+(?:[ \t]+\\[a-z])*"
)
_ANNOUNCED_HEADING = lazy_compile(r"^heading level [1-6]\s*:\s*(?=\S)", re.I)


def without_field_codes(text: str) -> str:
    """An old .doc turned into text with Word's field codes left in its contents list (' TOC \\o "1-3" \\h \\z \\u
    HYPERLINK \\l "_Toc187341201" 1.<TAB>Introduction<TAB> PAGEREF _Toc187341201 \\h 1'), as the entries they
    are ('1.<TAB>Introduction<TAB> 1'). Text without such codes is left as it is."""
    if "HYPERLINK" not in text and "PAGEREF" not in text:
        return text
    return "\n".join(
        re.sub(r" {2,}", " ", _FIELD_CODE.sub("", line)).strip() if "HYPERLINK" in line or "PAGEREF" in line else line
        for line in text.split("\n")
    )


def normalise_line(line: str) -> str:
    """Odd spaces to plain ones, any bullet mark to '- ' (indent kept), a circled number that starts the
    line to one in brackets ('\u2776 This protocol ...' -> '(1) This protocol ...'); quote marks as they are."""
    line = re.sub(r"(?<=\S) {2,}", " ", line.translate(_SPACES).rstrip())
    # (a screen-reader text version announces its headings: "Heading level 1: Section 1. Introduction")
    if line[:8].lower() == "heading ":
        line = _ANNOUNCED_HEADING.sub("", line, count=1)
    line = _CIRCLED_START.sub(lambda m: f"{m['indent']}({_CIRCLED[m['mark']]}) ", line, count=1)
    return _BULLET.sub(lambda m: "  " * bool(m["indent"]) + "- ", line, count=1)


# Rich Text Format's control words left in text by a converter ("\par", "\tab", "\b0", "\rquote", "\'a3"): the
# characters they stand for, and the rest (fonts, colours, styles) left out.
_RTF_WORD = lazy_compile(r"\\(?:'([0-9a-fA-F]{2})|([a-z]{1,32})(-?\d{1,10})? ?|([{}\\]))")
_RTF_SAID = {
    "par": "\n",
    "line": "\n",
    "sect": "\n",
    "page": "\n",
    "row": "\n",
    "cell": "\t",
    "tab": "\t",
    "rquote": "\u2019",
    "lquote": "\u2018",
    "rdblquote": "\u201d",
    "ldblquote": "\u201c",
    "endash": "\u2013",
    "emdash": "\u2014",
    "bullet": "\u2022",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "u": "",
}
_RTF_TABLE_LINE = lazy_compile(r"^\s*(?:[^;.]{1,60};\s*){2,}[^;.]{0,60}$")


def without_rtf_codes(text: str) -> str:
    """Text with RTF control words in it (a Word file saved as RTF and pasted through a converter), as the
    text it stands for: paragraph and tab marks as line breaks and tabs, quote marks and dashes as
    themselves, '\\'a3' as '\u00a3'; font, colour and style lists (lines of names and semicolons) dropped.
    Text with fewer than ten '\\par' marks is left as it is."""
    if text.count("\\par") < 10:
        return text

    def said(m: re.Match[str]) -> str:
        if m[1]:
            return bytes.fromhex(m[1]).decode("cp1252", errors="replace")
        if m[4]:
            return m[4] if m[4] == "\\" else ""
        return _RTF_SAID.get(m[2], "")

    lines = []
    for raw in text.split("\n"):
        # (a running header or footer: it holds the page number field, "... Protocol - Page \chpgn\par")
        if "\\chpgn" in raw:
            continue
        had_text = not raw.lstrip().startswith("\\") or re.search(r"\\(?:q[lrcj]|par)\b", raw)
        line = _RTF_WORD.sub(said, raw).replace("{", "").replace("}", "")
        if (
            _RTF_TABLE_LINE.match(line)
            and line.rstrip().endswith(";")
            or raw.strip()
            and not re.search(r"[A-Za-z0-9]", line)
            or not had_text
            and not re.search(r"[A-Za-z]{3}", line)
        ):
            continue  # (a font table, a colour table, a list of style names, the file's title;author;company)
        lines.append(line)
    return "\n".join(lines)


# A designed guide's item numbers: negative circled digits (\u2776-\u277f), circled ones (\u2460-\u2473) and the
# sans-serif forms (\u2780-\u2793).
_CIRCLED = {
    **{chr(0x2776 + i): str(i + 1) for i in range(10)},
    **{chr(0x2460 + i): str(i + 1) for i in range(20)},
    **{chr(0x2780 + i): str(i + 1) for i in range(10)},
    **{chr(0x278A + i): str(i + 1) for i in range(10)},
}
_CIRCLED_START = lazy_compile(rf"^(?P<indent>[ \t]*)(?P<mark>[{''.join(_CIRCLED)}])[ \t]*(?=\S)")


_MD_QUOTE = lazy_compile(r"^[ \t]*>[ \t]?", re.M)
# A callout in a note-taking app's clip of a page ("> [!note] My note", "> [!question] Ask the MO") is
# the reader's own note, not the protocol: its lines are marked (`NOTE_MARK`) and left out as such;
# a GitHub alert ("> [!IMPORTANT]", no title) is the text's own, and only loses its marker.
_NOTE_CALLOUT = lazy_compile(
    r"^[ \t]*(?:>[ \t]?)+\[!(?P<type>[\w-]+)\][+-]?[ \t]*(?P<title>.*)(?:\n|$)(?P<body>(?:[ \t]*>.*(?:\n|$))*)", re.M
)
_GITHUB_ALERTS = frozenset({"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"})
NOTE_MARK = "[reader's note] "


def _as_note(m: re.Match[str]) -> str:
    if m["type"] in _GITHUB_ALERTS and not m["title"].strip():
        return m[0]
    said = [m["title"], *(_MD_QUOTE.sub("", ln) for ln in m["body"].splitlines())]
    return "".join(f"{NOTE_MARK}{ln.strip()}\n" for ln in said if ln.strip()) + "\n"


# An alert's marker line left after that ("> [!IMPORTANT]"): the marker goes, and the alert is a block
# of its own.
_MD_CALLOUT = lazy_compile(r"^([ \t]*>[ \t]?)+\[![\w-]+\][+-]?[ \t]*(.*)$", re.M)
# A page saved as text by a text-mode browser (lynx -dump, w3m): every link's words carry its number
# ("the [15]Members' Enquiries Team") and a "References" list of the numbered addresses ends the page.
_LINK_LIST_START = lazy_compile(
    r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*Visible links:?[ \t]*\n)?[ \t]*1\.[ \t]+(?:https?|file|ftp):",
    re.M,
)
_LINK_NUMBER = lazy_compile(r"\[\d{1,3}\](?=[^\s\]])")
_LINK_LIST_ITEM = lazy_compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:https?|file|ftp|mailto):\S*\s*$|^\s*(?:visible|hidden) links:?\s*$", re.I
)
# "==Officers will respond ...==": a highlight (Obsidian, some Markdown editors), within one line.
# (words inside, and no "=" either side: a grid table's "+=====+=====+" is no highlight)
_MD_HIGHLIGHT = lazy_compile(r"(?<![=\w])==(?=[^\s=])([^=\n]*?[A-Za-z][^=\n]*?)(?<=[^\s=])==(?![=\w])")
# "within ~~ten~~ five working days", "<del>Councillors may ...</del>": what Markdown (or HTML written
# inside it) strikes through is deleted text, as a PDF's struck-through runs are. (Not "~~~" code
# fences, nor "~~ Notes ~~" decoration: the struck words touch their marks.)
_MD_STRUCK = lazy_compile(
    # (bounded, and an HTML strike holds no other: text of unclosed tags costs linear time; nested
    # ones go from the inside out, see `without_struck`)
    r"(?<!~)~~(?=[^\s~])([^~\n]{0,2000}?[^\s~])~~(?!~)"
    r"|<(del|s|strike)(?:\s[^<>]*)?>((?:(?!</?(?:del|s|strike)\b)[\s\S]){0,4000}?)</\2\s*>",
    re.I,
)


def without_struck(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without what it strikes through ("~~ten~~", "<del>...</del>"), and the struck words
    (for `protocols inspect` to list as dropped)."""
    if "~~" not in text and "<" not in text:
        return text, ()
    struck: list[str] = []

    def cut(m: re.Match[str]) -> str:
        if words := " ".join((m[1] if m[1] is not None else m[3]).split()):
            struck.append(words)
        return ""

    for _ in range(5):  # (a strike inside a strike: the inner one first)
        text, n = _MD_STRUCK.subn(cut, text)
        if not n:
            break
    return text, tuple(struck)


# "... within 28 days of receiving it. ^gifts": a block's id for links to it, at the line's end.
_MD_BLOCK_ID = lazy_compile(r"(?<=\S)[ \t]+\^[A-Za-z0-9][\w-]*[ \t]*$", re.M)
# A link's address printed after its words, as a browser prints a page to PDF with its links shown
# ("the Members' Code of Conduct (https://www.example.gov.uk/part-5)", "Purpose (#purpose)").
_PRINTED_LINK = lazy_compile(r"\n?[ \t]*\((?:https?://[^\s()]+|#[\w-]+)\)")


# A Word-to-Markdown converter's output: "1\\.1 This", "<a id="_Toc181402740"></a>", "![crest](data:...)".
MD_ESCAPE = lazy_compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")  # (trafilatura's Markdown escapes so too)
_EMPTY_ANCHOR = lazy_compile(r"<a\s+(?:id|name)=\"[^\"]*\"\s*>\s*</a>", re.I)
# Pandoc's attribute lists: a bracketed span's ("[]{#_Toc193821042 .anchor}", "[text]{.underline}") and an
# image's or a link's after it ("![crest](media/image1.png){width="1.1in" height="1.3in"}").
_PANDOC_ATTR = r"(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+))"
_PANDOC_SPAN = lazy_compile(rf"\[([^\]\n]*)\]\{{{_PANDOC_ATTR}(?:\s+{_PANDOC_ATTR})*\}}")
_PANDOC_ATTRS = lazy_compile(rf"(?<=[)\]])\{{{_PANDOC_ATTR}(?:\s+{_PANDOC_ATTR})*\}}")
_MD_IMAGE = lazy_compile(r"!\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")  # (with its title: '... "tooltip")')
# An HTML table's row in Markdown, and its cells: a Markdown table's row each ("| Hall bookings | The Caretaker |").
_HTML_ROW = lazy_compile(r"<tr\b[^>]*>(.*?)</tr>[ \t]*\n?", re.S | re.I)
_HTML_CELL = lazy_compile(r"<t[dh]\b[^>]*>(.*?)(?=</t[dh]>|<t[dh]\b|$)", re.S | re.I)
# HTML left in Markdown: a Notion export's callout ("<aside>" / "💡 This is the agreed version ..."
# / "</aside>"), "<details><summary>", "<span style="...">", "<br>". The tags go, their words stay;
# only mark-up spelled as mark-up is a tag (lower case, attributes with values): "<Details of the
# request>" is a form's placeholder.
_MD_HTML_TAG = lazy_compile(
    r"</?(?:aside|details|summary|div|span|section|mark|u|sup|sub|small|center|font|figure|figcaption|"
    # (a converter's HTML left in its Markdown: paragraphs, lists, links and tables, "<td>The Clerk</td>")
    r"p|ul|ol|li|a|strong|em|b|i|table|thead|tbody|tr|td|th|hr)"
    r"(?:\s+[a-z-]+=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))*\s*>"
)
BR_TAG = lazy_compile(r"<br\s*/?>", re.I)
_BLOCK_END = lazy_compile(r"</(?:p|li)>|<hr\s*/?>", re.I)
# A callout's icon: the pictograph that opens it, not words (other pictographs, "🚫 Phoning staff
# at home", say something).
_CALLOUT_ICON = lazy_compile("(<aside(?:\\s[^<>\\n]*)?>\\s*)[\U0001f300-\U0001faff]\ufe0f?[ \t]*")


# Markdown footnotes (Pandoc, GitHub): "... Code of Conduct[^1] and ..." and, at the end, "[^1]: The
# Councillors' Code of Conduct applies to ...".
_MD_FOOTNOTE_REF = lazy_compile(r"\[\^([\w-]{1,12})\](?!:)")
_MD_FOOTNOTE_DEF = lazy_compile(r"^[ \t]*\[\^([\w-]{1,12})\]:[ \t]*", re.M)


_GRID_BORDER = lazy_compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")


def grid_tables(text: str) -> str:
    """Pandoc's grid tables (a Word file converted to Markdown: "+----+----+" borders, "| 1.1 | This
    protocol ... |" rows whose cells wrap over several lines) as the .docx loader gives a table: one
    paragraph a row, its cells' words joined and set apart by tabs ("1.1<TAB>This protocol ...")."""
    if "+-" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_GRID_BORDER.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")):
            out.append(lines[i])
            i += 1
            continue
        cuts = [k for k, ch in enumerate(lines[i]) if ch == "+"]
        end = i + 1
        while end < len(lines) and (lines[end].lstrip().startswith("|") or _GRID_BORDER.match(lines[end])):
            end += 1
        table = lines[i:end]
        # (a box drawn by hand whose lines do not keep to its border's columns is left as it is: cutting it at
        # the border would cut its words)
        if not all(ln.rstrip()[cuts[0] : cuts[0] + 1] in "|+" and len(ln.rstrip()) == cuts[-1] + 1 for ln in table):
            out += table
            i = end
            continue
        groups: list[list[str]] = [[]]
        for line in table[1:]:
            if _GRID_BORDER.match(line):
                groups.append([])
            else:
                groups[-1].append(line)
        groups = [g for g in groups if g]
        # (rows set without a border between them: one group of lines, each with every cell filled)
        apart = len(groups) <= 2
        for group in groups:
            out += [_grid_row(group, cuts, apart), ""]
        i = end
    return "\n".join(out)


def _grid_row(lines: list[str], cuts: list[int], apart: bool = True) -> str:
    """A grid table's row: each column's words over its lines (a cell that spans columns, whose line has
    no bar where a border has a '+', as one)."""
    inner = cuts[1:-1]
    if any(len(ln) > c and ln[c] != "|" for ln in lines for c in inner):
        return " ".join(" ".join(ln.strip().strip("|").split()) for ln in lines)
    pieces = [[" ".join(ln[a + 1 : b].split()) for a, b in zip(cuts, cuts[1:], strict=False)] for ln in lines]
    # (three lines or more with every cell filled are rows of their own, set without a border between them;
    # a cell's wrapped words leave the shorter cells beside them empty)
    if apart and len(lines) >= 3 and all(all(p) for p in pieces):
        return "\n\n".join("\t".join(p) for p in pieces)
    return "\t".join(" ".join(col).strip() for col in zip(*pieces, strict=True))


def markdown_footnotes(text: str) -> str:
    """A Markdown export's footnotes as a PDF's are read: the marks leave the text and the notes
    come under "Footnotes", each a paragraph "Footnote N: ..." of its own."""
    first = _MD_FOOTNOTE_DEF.search(text)
    if not first:
        return text
    body = _MD_FOOTNOTE_REF.sub("", text[: first.start()])
    notes = _MD_FOOTNOTE_DEF.sub(lambda m: f"\nFootnote {m[1]}: ", _MD_FOOTNOTE_REF.sub("", text[first.start() :]))
    return f"{body.rstrip()}\n\nFootnotes\n{notes}"


_NUMBERING_SHORTCODE = lazy_compile(
    r"\{\{[<%]\s*[\w-]+\s+(?:n|num|number|no)\s*=\s*\"(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\"[^}\n]*[>%]\}\}[ \t]*\n?[ \t]*"
)
# (its closing tag, at the end of the clause's line: "... of the Council.{{< /clause >}}")
_CLOSING_SHORTCODE = lazy_compile(r"(?<=\S)[ \t]*\{\{[<%]\s*/[\w-]+\s*[>%]\}\}")
_HEADING_ATTRIBUTES = lazy_compile(r"[ \t]*\{#[\w:-]+(?:\s+[.#][\w:-]+)*\}[ \t]*$", re.M)


def strip_markdown(text: str) -> str:
    """Remove Markdown emphasis, link, image and block-quote syntax ("> Status: ..."), escapes
    ("1\\.1") and empty anchors, keeping the words (an image's words only when they say something:
    five or more)."""
    # (each step only where its syntax's characters are there at all: most text has none)
    if "\\" in text and len(MD_ESCAPE.findall(text)) >= 3:  # a converter that escapes every '.', '-', '(' ...
        text = MD_ESCAPE.sub(r"\1", text)
    if "<" in text:
        text = _EMPTY_ANCHOR.sub("", text)
    if "[^" in text:
        text = markdown_footnotes(text)
    # (a static site's shortcode that numbers the clause it wraps: '{{< clause n="1.1" >}}' then its text)
    if "{{" in text:
        text = _CLOSING_SHORTCODE.sub("", _NUMBERING_SHORTCODE.sub(r"\1 ", text))
    if "]{" in text or "){" in text:
        text = _PANDOC_ATTRS.sub("", _PANDOC_SPAN.sub(r"\1", text))
    # (a heading's attribute list: "## 2. Roles {#roles}")
    if "{#" in text:
        text = _HEADING_ATTRIBUTES.sub("", text)
    if "<tr" in text:
        text = _HTML_ROW.sub(
            lambda m: "| " + " | ".join(" ".join(c.split()) for c in _HTML_CELL.findall(m[1])) + " |\n", text
        )
    if "<" in text:
        # (a paragraph's, a list item's or a rule's end is a line's: "<p>1.1 ...</p><p>1.2 ...</p>" is two)
        text = _BLOCK_END.sub("\n", text)
        text = _MD_HTML_TAG.sub("", _CALLOUT_ICON.sub(r"\1", BR_TAG.sub("\n", text)))
    if "![" in text:
        text = _MD_IMAGE.sub(lambda m: m[1] if len(re.findall(r"[A-Za-z]{2,}", m[1])) >= 5 else "", text)
    if "[" in text and _LINK_LIST_START.search(text):
        text = _LINK_NUMBER.sub("", text)
    if "[!" in text:
        text = _NOTE_CALLOUT.sub(_as_note, text)
        text = _MD_CALLOUT.sub(lambda m: "\n" + m[2].strip() + "\n" if m[2].strip() else "", text)
    if ">" in text:
        text = _MD_QUOTE.sub("", text)
    if "==" in text:
        text = _MD_HIGHLIGHT.sub(r"\1", text)
    if "^" in text:
        text = _MD_BLOCK_ID.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    # After Markdown's own links ("[words](https://...)"); only where a page prints its links (three
    # or more), so an address a clause gives ("on the online form (https://...)") is kept.
    if ("(http" in text or "(#" in text) and len(_PRINTED_LINK.findall(text)) >= 3:
        text = _PRINTED_LINK.sub("", text)
    if "<" in text:
        text = _MD_AUTOLINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _MD_BOLD.sub(lambda m: m[1] or m[2], text)
    if "*" not in text:
        return text
    # Italics never span a blank line: that would be two stray asterisks, not emphasis.
    return _MD_ITALIC.sub(lambda m: m[0] if "\n\n" in m[1] else m[1], text)


_ENDS_PAGE = lazy_compile(r"(?<![.;:!?])\s(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


def _letters(line: str) -> str:
    """A line's letters and digits alone, lower-cased: 'A / B' and 'A - B' are alike."""
    return re.sub(r"[\W_]+", "", line.lower())


_SIDEBAR_ZONE = 30  # a page's first lines, where a sidebar printed beside the text comes out first


def without_sidebar(pages: Sequence[Page]) -> tuple[list[Page], list[str]]:
    """A sidebar printed on every page beside the text (the document's title and its list of sections, the
    current one highlighted), which a PDF's text gives as each page's first lines: the run of lines at the top
    of a page that are the same, by `header_key`, at the top of three pages and three in four or more (a line
    a narrower column wrapped, "8 Media and social" / "media", is of it too). Stops at the first other line,
    so the text's own heading "9 Access to information" after it stays. Returns the pages and the lines
    left out (once each)."""
    if len(pages) < 3:
        return list(pages), []
    tops = [[header_key(ln) for ln in p.text.splitlines() if ln.strip()][:_SIDEBAR_ZONE] for p in pages]
    seen: Counter[str] = Counter(k for keys in tops for k in set(keys))
    common = {k for k, n in seen.items() if n >= max(3, -(-3 * len(pages) // 4)) and re.search(r"[a-z]", k)}
    if len(common) < 4:
        return list(pages), []
    out, dropped = [], []
    for page in pages:
        lines = page.text.split("\n")
        cut, run, prev, said = 0, 0, "", set()
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            key = header_key(line)
            # (a section's name said again after the sidebar is the text's own heading: "1 Introduction")
            if key in said:
                break
            said.add(key)
            wrapped = key not in common and any(c.startswith(key + " ") for c in common)
            completes = prev and f"{prev} {key}" in common
            if not (key in common or wrapped or completes):
                break
            prev = key if wrapped else ""
            run += 1
            cut = i + 1
        if run >= 4:
            dropped.extend(ln.strip() for ln in lines[:cut] if ln.strip() and ln.strip() not in dropped)
            out.append(Page(page.number, "\n".join(lines[cut:]), page.struck, left_out=page.left_out))
        else:
            out.append(page)
    return out, dropped


def header_key(line: str) -> str:
    """A line as compared with other pages' headers and footers: digits masked, spacing collapsed
    (a footer's "WTC-P14  Protocol" is read with one space where it is joined to its page), and a number with
    or without a space after it ("02 haverleightowncouncil.gov.uk", "03haverleightowncouncil.gov.uk")."""
    # (a booklet's mirrored footers give the page's number at the outer edge: "2 Upper Sowerley ... Staff" on
    # a left-hand page, "Upper Sowerley ... Staff 3" on a right-hand one: one footer)
    key = _SPACED_MASK.sub("", re.sub(r"\d+", "#", " ".join(line.split()).lower()))
    return _EDGE_NUMBER.sub("", key) if re.search(r"[a-z]{3}", key) else key


_SPACED_MASK = lazy_compile(r"(?<=#) (?=[a-z])")
_EDGE_NUMBER = lazy_compile(r"^#\s*(?=[a-z])|(?<=[a-z])\s*#$")


_FOOTNOTE_LINE = lazy_compile(r"^(\d{1,2})\s+(?=[A-Z(\"'\u2018\u201c])")
_FOOTNOTE_ZONE = 12  # a page's footnotes are among its last lines (before the running footer)


def _glued_mark(n: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=[a-z\u00e0-\u024f]{{3}}){n}(?=[\s.,;:)\u201d]|$)")


def _footnote_mark(lines: list[str], end: int, furniture: set[int], n: str) -> tuple[int, bool] | None:
    """Where footnote `n` is marked above line `end` (not in a running header or footer): (line, True)
    for its number glued to a word ("Head of Paid Service2.", "the Code of Conduct1 and"), (line,
    False) for it alone on a line inside the text (a raised digit extracted so: "... Code of
    Conduct" / "1" / "and the Council's ..."), not atop the page where its number is printed."""
    text = [i for i in range(len(lines)) if i not in furniture and lines[i].strip()]
    glued = _glued_mark(n)
    for k, i in enumerate(text):
        if i >= end:
            break
        if glued.search(lines[i]):
            return i, True
        # (not a page's first or last line, where its number is printed)
        if lines[i].strip() == n and 0 < k < len(text) - 1:
            return i, False
    return None


def pages_without_footnotes(pages: Sequence[Page], running: set[str] | frozenset[str]) -> list[Page]:
    """A printed page's footnotes ("2 Designated under section 4 of ..." at its foot, numbered in
    order, each number marked in the page's text) are no clauses and no part of the clause a page
    break cuts: each goes, as "[Footnote 2: ...]", after the end of the sentence that marks it (so
    the note is read with its clause, and the sentence is quoted whole), or, when no sentence end
    follows on the page, to the end of the document under "Footnotes"; the marks leave the text
    ("Head of Paid Service2." is "Head of Paid Service."). The running headers and footers are
    neither notes nor marked text ("Protocol v2")."""
    if all(p.number is None for p in pages):
        return list(pages)
    out: list[Page] = []
    notes: list[str] = []
    for page in pages:
        lines = page.text.split("\n")
        furniture = {i for i, ln in enumerate(lines) if header_key(ln) in running}
        content = [i for i, ln in enumerate(lines) if ln.strip() and i not in furniture]
        found: list[tuple[int, str]] = []  # (line index, number), in order from the zone's start
        for i in content[-_FOOTNOTE_ZONE:]:
            m = _FOOTNOTE_LINE.match(lines[i].strip())
            if not m or (found and m[1] != str(int(found[-1][1]) + 1)):
                continue
            if found or _footnote_mark(lines, i, furniture, m[1]):
                found.append((i, m[1]))
        # Every note's mark must be in the text above them; else these are clauses, not notes.
        marks = [_footnote_mark(lines, found[0][0], furniture, n) for _, n in found] if found else []
        if not found or not all(marks):
            out.append(page)
            continue
        start, starts = found[0][0], dict(found)
        texts: dict[str, list[str]] = {}
        for i in range(start, len(lines)):
            ln = lines[i]
            if i in furniture or not ln.strip():
                continue
            if i in starts:
                current = texts.setdefault(starts[i], [_FOOTNOTE_LINE.sub("", ln.strip())])
            else:
                current.append(ln.strip())
        kept: list[str | None] = list(lines)
        for (_, n), (i, glued) in zip(found, marks, strict=True):  # type: ignore[misc]
            note = f"Footnote {n}: " + " ".join(texts[n])
            if glued:
                line = kept[i] or ""
                mark = _glued_mark(n).search(line)
                at = (i, mark.start() if mark else 0)
                if mark:
                    kept[i] = line[: mark.start()] + line[mark.end() :]
            else:
                kept[i] = None
                before = max((k for k in content if k < i and kept[k]), default=None)
                last = (kept[before] or "").rstrip() if before is not None else ""
                ended = _SENTENCE_END.search(last, max(0, len(last) - 2))
                at = (before, ended.start()) if ended and before is not None else (i + 1, 0)
            if not _insert_note(kept, at, start, furniture, f" [{note}]"):
                notes.append(note)
        # (the running footer stays where the clean-up expects it)
        page_lines = [
            ln for i, ln in enumerate(kept) if ln is not None and (i < start or i in furniture or not ln.strip())
        ]
        out.append(Page(page.number, "\n".join(page_lines)))
    if notes and out:
        last = out[-1]
        out[-1] = Page(last.number, "\n".join([last.text, "", "Footnotes", "", *(f"{n}\n" for n in notes)]))
    return out


_SENTENCE_END = lazy_compile(r"[.!?][\"'\u201d\u2019)]?(?=\s|$)")


def _insert_note(lines: list[str | None], at: tuple[int, int], end: int, furniture: set[int], note: str) -> bool:
    """Put `note` after the first sentence end at or after `at` (line, column), within the next few
    lines of text above line `end`; False when there is none."""
    line, col = at
    seen = 0
    for k in range(line, end):
        if k in furniture or not lines[k]:
            continue
        text = lines[k] or ""
        if m := _SENTENCE_END.search(text, col if k == line else 0):
            lines[k] = text[: m.end()] + note + text[m.end() :]
            return True
        seen += 1
        if seen > 4:
            return False
    return False


_HEADER_PREFIX = 30  # characters that a page-by-page header shares before the part that changes
_CLAUSE_FIRST_LINE = lazy_compile(r"\(?\d{1,2}(?:\.\d{1,3})*[.)]?\s")  # a clause's first line, no header


# An alternative's label ("Option A", "Option 2:"), said once for each choice a draft offers: never a
# running line, and what follows it is no rule of the protocol (`offered_as_option`).
OPTION_LABEL = lazy_compile(r"^\W*(?:option|alternative)\s+(?:[A-Z]|\d{1,2})\W*$", re.I)
_OPTION_SENTENCE = lazy_compile(r"^\W*(?:option|alternative)\s+(?:[A-Z]|\d{1,2})\s*[:.)\u2013-]\s", re.I)


def offered_as_option(heading: str, sentence: str) -> bool:
    """The sentence is one of a draft's alternatives, not a rule: under an option's label ("3.
    Enquiries > Option A") or opening with one ("Option B: Officers will not attend ...")."""
    return bool(OPTION_LABEL.match(heading.rsplit(" > ", 1)[-1]) or _OPTION_SENTENCE.match(sentence))


_ADDRESS_AND_PAGE = lazy_compile(r"^(?:https?://|www\.)\S{10,400}(?:\s+#/#)?$")


def find_running_lines(pages: Sequence[Page]) -> set[str]:
    """Lines that repeat as page headers/footers (compared with digits masked).

    Several pages: a line among the first or last two of at least half the pages (and two).
    One page (a text export): a short standalone line that appears three or more times.
    """
    if len(pages) > 1:
        page_lines = [[ln for ln in page.text.splitlines() if ln.strip()] for page in pages]
        need = max(2, (len(pages) + 1) // 2)
        seen: Counter[str] = Counter()
        for lines in page_lines:
            seen.update({k for ln in lines[:2] + lines[-2:] if re.search(r"[a-z]", k := header_key(ln))})
        # (a browser's printed footer, the page's address and "1/4", however long the address)
        found = {k for k, n in seen.items() if n >= need and (len(k) <= 120 or _ADDRESS_AND_PAGE.match(k))}
        # A later page's header that repeats the first page's title lines on one line ("Cyngor
        # Cymuned Llanfair Rhosydd / Llanfair Rhosydd Community Council"), seen once on a short
        # document: two of the first page's first four lines joined.
        top = [_letters(ln) for ln in page_lines[0][:4]]
        pairs = {a + b for a, b in zip(top, top[1:], strict=False)}
        found |= {
            header_key(ln)
            for lines in page_lines[1:]
            for ln in lines[:1]
            if len(ln) <= 160 and _letters(ln) in pairs and _letters(ln) not in top
        }
        # A footer that names each page's section before its number ("Section 2 - Your role as a
        # councillor page 4"): different on most pages, but a page's last line ending "page N" on
        # at least half of them (its last line, short, no clause).
        paged = [
            {
                k
                for ln in lines[-1:]
                if _ENDS_PAGE.search(ln)
                and len(ln.split()) <= 14
                and not _CLAUSE_FIRST_LINE.match(ln.strip())
                and re.search(r"[a-z]", k := header_key(ln))
            }
            for lines in page_lines
        ]
        if sum(bool(keys) for keys in paged) >= need:
            found |= {k for keys in paged for k in keys if len(k) <= 120}
        # A header that names the section each page starts in ("Part 4 – Annex 3: Protocol on
        # Member/Officer Relations Section 4 – Member enquiries"): different on every page, but
        # every page's first line starting alike, and no clause.
        # (Three pages and three in four at least: two FAQ pages starting "Q. Can a councillor ask
        # an officer to ..." are questions, not a header; nor is a line that ends a sentence.)
        firsts = [
            k
            for lines in page_lines
            for ln in lines[:1]
            if len(ln) <= 160
            and not _CLAUSE_FIRST_LINE.match(ln.strip())
            and not re.search(r"[.?!:;]$", ln.strip())
            and re.search(r"[a-z]", k := header_key(ln))
        ]
        alike = Counter(k[:_HEADER_PREFIX] for k in firsts if len(k) > _HEADER_PREFIX)
        most = max(3, -(-3 * len(pages) // 4))
        found |= {k for k in firsts if len(k) > _HEADER_PREFIX and alike[k[:_HEADER_PREFIX]] >= most}
        # A number alone is a page number when it is a page's last line, or its first line above
        # the running header ("4.1" / "Member Officer Protocol"); not when text follows it ("1.2"
        # atop a page, then its clause's words), nor when it is more frequent than pages are
        # (clause numbers alone on their lines are many a page).
        numbers: Counter[str] = Counter()
        for lines in page_lines:
            edge = lines[-1:] + (lines[:1] if len(lines) < 2 or header_key(lines[1]) in found else [])
            numbers.update({k for ln in edge if not re.search(r"[a-z]", k := header_key(ln))})
        everywhere = Counter(header_key(ln) for lines in page_lines for ln in lines)
        return found | {k for k, n in numbers.items() if n >= need and everywhere[k] <= len(pages) + 1}
    if not pages:
        return set()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", pages[0].text)]
    counts = Counter(
        header_key(p)
        for p in paragraphs
        if p and "\n" not in p and len(p) <= 60 and not _MARKER.match(normalise_line(p)) and not OPTION_LABEL.match(p)
    )
    # Text copied out of a PDF carries each page's header and footer inside the paragraphs it
    # breaks: a line of a few words with no closing punctuation, the same on three pages or more,
    # in a text that shows its page breaks ("Page 4 of 11" lines); without them a line said three
    # times ("What the councillor should do") is the document's own.
    page_lines = sum(
        1
        for ln in pages[0].text.splitlines()
        if _PAGE_NUMBER.match(ln) and (re.search(r"[a-z]", ln, re.I) or re.match(r"^\s*-\s*\d+\s*-\s*$", ln))
    )
    if page_lines < 2:
        return {k for k, n in counts.items() if n >= 3}
    lines = Counter(
        header_key(ln)
        for ln in pages[0].text.splitlines()
        if len(ln.split()) >= 3
        and len(ln.strip()) <= 80
        and "\t" not in ln  # table rows ("Version 2:<tab>Approved ...") repeat their shape
        and not DATE_RECORD.match(ln.strip())
        and not _MARKER.match(normalise_line(ln.strip()))
        and not re.search(r"[.,;:]\s*$", ln)
    )
    return {k for k, n in counts.items() if n >= 3} | {k for k, n in lines.items() if n >= 3}


# A line that stops on a word no heading or sentence ends with goes on, however short it is (a
# flowchart box's lines: "A concern about the Chief Executive goes to the" / "Monitoring Officer").
# (Not "to", "about", "is", "who": headings end so, "Who this protocol applies to".)
_DANGLING = lazy_compile(
    r"\s(?:the|a|an|of|and|or|with|by|from|their|its|any|each|every)$"
    r"|\w['\u2019]s$"  # (or on a possessive: "will ask the Member's" / "Group Leader")
)


_CAPITALS = lazy_compile(r"^(?=(?:.*?[A-Z]){4})[^a-z]*$")  # a line in capitals (four or more)


# The words that name a part of a document in a reference ("set out in Section 10", "It forms Part 5.3").
_REFERENCE_WORDS = r"part|section|paragraph|para|clause|article|appendix|schedule|chapter"
_REFERENCE_WORD_AT_END = lazy_compile(rf"\b(?:{_REFERENCE_WORDS}|rule|annex)\s*$", re.I)
_NUMBER_THEN_LOWER = lazy_compile(r"^\d{1,2}(?:\.\d{1,3})*[A-Za-z]?,?\s+[a-z]")
_ENDS_ON_PREPOSITION = lazy_compile(r"\s(?:in|of|under|see|to|with|at|by|from)$", re.I)
_REFERENCE_ENDS_SENTENCE = lazy_compile(
    rf"^(?:{_REFERENCE_WORDS})\s+\d{{1,2}}(?:\.\d{{1,3}})*[a-z]?"
    r"(?:\s+(?:above|below))?[.;:,)]\s*$",
    re.I,
)


def _is_wrapped(prev: str, line: str, width: int) -> bool:
    """Whether `line` continues `prev` (a hard wrap) rather than starting a new block."""
    # ("... It forms Part" / "5.3 of the Constitution and ...": a reference the wrap split, no clause number)
    if _REFERENCE_WORD_AT_END.search(prev) and _NUMBER_THEN_LOWER.match(line):
        return True
    # ("... in the way set out in" / "Section 10.": a reference that ends the sentence, no heading)
    if _ENDS_ON_PREPOSITION.search(prev) and _REFERENCE_ENDS_SENTENCE.match(line):
        return True
    if _MARKER.match(line) or DATE_RECORD.match(line) or "\t" in line or "\t" in prev:
        return False
    if prev.endswith("-") or line[:1].islower() or _DANGLING.search(prev):
        return True
    # A heading in capitals over text that is not ("PULL-OUT: HOW YOUR COUNCILLORS AND STAFF WORK
    # TOGETHER" / "The Member and Officer Protocol of ..."), however long: no wrap changes case.
    if _CAPITALS.match(prev) and not _TERMINAL.search(prev) and not _CAPITALS.match(line):
        return False
    # PDF text has no blank lines between paragraphs: a line well short of the page width
    # ended its paragraph (or was a heading); a long line simply wrapped.
    if len(prev) < 0.6 * width:
        return False
    if _TERMINAL.search(prev) and len(line) < 0.6 * width and not _TERMINAL.search(line):
        return False  # a sentence ended and a short unpunctuated line follows: a heading
    return not (_TERMINAL.search(prev) and len(prev) < 0.8 * width)


def _heads_numbered(prev: str, line: str, after: Sequence[str]) -> bool:
    """'Gifts' between '... the following Monday.' and '[22] Staff may keep ...': a heading of its
    own, not the last line of the paragraph before it."""
    return (
        bool(after)
        and bool(_MARKER.match(after[0].strip()))
        and bool(_TERMINAL.search(prev))
        and len(line.split()) <= 8
        and line[:1].isupper()
        and not _TERMINAL.search(line)
        and not line.endswith(",")
    )


def _heads_paragraph(prev: str, line: str) -> bool:
    """'Respect and courtesy' directly above 'Councillors and staff must ...': a heading, not
    the first line of the paragraph."""
    return (
        len(prev.split()) <= 8
        and prev[:1].isupper()
        and not _TERMINAL.search(prev)
        and not prev.endswith(",")
        and len(line.split()) >= 8
        and line[:1].isupper()
        and bool(_TERMINAL.search(line))
    )


def _join(prev: str, line: str, words: Words | None = None) -> str:
    """Two lines of one paragraph as one. A word broken at the line's end is joined as the
    document writes it elsewhere ("coun-" / "cillors" -> "councillors"; "part-time" keeps its
    hyphen); otherwise the hyphen stays only between two words of the document of some length
    ("decision-" / "making") or after "co", and goes when it splits a word ("author-" / "ity",
    "can-" / "not", "re-" / "sponsibilities")."""
    if re.search(r"[A-Za-z]-$", prev) and line[:1].islower():
        head = re.search(r"([A-Za-z]+)-$", prev)
        tail = re.match(r"[a-z]+", line)
        if head and tail and words is not None:
            first, rest = head[1].lower(), tail[0]
            if f"{first}-{rest}" in words.hyphenated:
                return prev + line
            known = words.plain
            two_words = (
                len(first) >= 4
                and len(rest) >= 4
                and bool({first, first + "s"} & known)
                and bool({rest, rest + "s"} & known)
            )
            # "co-" / "opted": hyphenation splits "coun-cil", "com-mit-tee", never after "co".
            if f"{first}{rest}" not in known and (two_words or first == "co"):
                return prev + line  # "decision-" / "making": two words of the document
        return prev[:-1] + line
    return prev + " " + line


@dataclass(frozen=True)
class Words:
    """A document's words, as it writes them within a line: for mending words broken at a line's end."""

    plain: frozenset[str]
    hyphenated: frozenset[str]


def document_words(texts: Sequence[str]) -> Words:
    """The words the document writes whole and with a hyphen inside a line ("part-time")."""
    # The words broken at a line's end are what is asked about: not evidence of themselves.
    text = re.sub(r"[A-Za-z]+-[ \t]*\n\s*[a-z]+", " ", "\n".join(texts))
    hyphenated = frozenset(w.lower() for w in re.findall(r"\b[A-Za-z]+-[a-z]+\b", text))
    plain = frozenset(w.lower() for w in re.findall(r"(?<![-A-Za-z])[A-Za-z]+(?![-A-Za-z])", text))
    return Words(plain, hyphenated)


def page_blocks(
    page: Page,
    running: set[str],
    unwrap: bool,
    paragraph_numbers: bool = False,
    words: Words | None = None,
    numbers_after: bool = False,
) -> list[Block]:
    """Split one page into blocks: blank lines and list/number markers start a new block.

    `paragraph_numbers`: a number alone on a line numbers the paragraph after it (not a page);
    `numbers_after`: ... the paragraph before it (see `numbers_follow`)."""
    text = strip_markdown(page.text.replace("\r\n", "\n").replace("\r", "\n"))
    words = words or document_words([text])
    lines = [normalise_line(ln) for ln in text.split("\n")]
    skip = lambda ln: header_key(ln) in running or bool(_PAGE_NUMBER.match(ln))  # noqa: E731
    if paragraph_numbers and numbers_after:
        lines = _attach_numbers_after(lines, skip)
    lines = _attach_paragraph_numbers(
        lines,
        paragraph_numbers,
        skip,
        running if page.number is not None else frozenset(),  # a PDF page's own number
    )
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

    said = Counter(ln.strip() for ln in lines)  # a heading is said once; a line said after each clause is none
    for at, raw in enumerate(lines):
        line = raw.strip()
        if not line or header_key(line) in running or _PAGE_NUMBER.match(line):
            flush()
            continue
        if _MD_HEADING.match(line):
            flush()
            # '# X' is the document's title; '## X' and deeper are section headings.
            kind = "title" if line.startswith("# ") else "heading"
            level = len(line) - len(line.lstrip("#"))
            blocks.append(Block(_MD_HEADING.sub("", line).strip(), page.number, kind, level))
            continue
        is_sub = raw.startswith("  - ") or raw.startswith(" -")
        if current and not is_sub and unwrap and _is_wrapped(last_line, line, width):
            current[-1] = _join(current[-1], line, words)
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
            and not (len(current) == 1 and _heads_paragraph(current[0], line))
            and not (_heads_numbered(current[-1], line, lines[at + 1 : at + 2]) and said[line] == 1)
        ):
            if re.search(r"[A-Za-z]-$", current[-1]) and line[:1].islower():
                current[-1] = _join(current[-1], line, words)  # "coun-" / "cillors"
            elif line[:1].islower() and re.search(r"[A-Za-z,]$", current[-1]):
                # "... should put it in writing" / "to the chair of the Staffing Committee.": text
                # copied out of a PDF keeps its hard wraps; a sentence goes on in lower case.
                current[-1] = f"{current[-1]} {line}"
            else:
                current.append(line)  # text files keep their own line breaks inside a paragraph
            continue
        flush()
        current, hint = [line], ("subitem" if is_sub else "")
    flush()
    return blocks


_LONE_NUMBER = lazy_compile(r"^\s*(\d{1,3})\.?\s*$")
_LONE_DOTTED = lazy_compile(r"^\s*(\d{1,2}(?:\.\d{1,3})+)\.?\s*$")


_VERSION_LABEL = lazy_compile(r"^(?:version|issue|revision|rev|edition|v|no|number|ref|reference)\.?:?$", re.I)


def _attach_paragraph_numbers(
    lines: list[str],
    plain: bool = True,
    skip: Callable[[str], bool] = lambda _: False,
    running: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """'12' alone on a line, then the paragraph: '12. The paragraph' (the number is its label).
    A dotted number alone ('1.3') always numbers the paragraph after it; a plain one only when
    `plain` (see `numbers_paragraphs`: a lone '3' may be a page number). Lines that `skip` says
    are page furniture (a running header between the number and its paragraph) are passed over."""
    out: list[str] = []
    pending = ""
    previous = ""  # the last line with words: "Version" / "2.1" is a version, not clause 2.1
    for line in lines:
        m = _LONE_DOTTED.match(line) or (_LONE_NUMBER.match(line) if plain else None)
        # A dotted number that repeats as a page's header or footer ("4.1" atop each page of a
        # PDF) is no label.
        edge = "." in m[1] and header_key(line) in running if m else False
        if m and not edge and not _VERSION_LABEL.search(previous):
            pending = m[1] if "." in m[1] else f"{m[1]}."
            continue
        if line.strip():
            previous = line.strip()
        if pending and line.strip() and not skip(line.strip()):
            line = f"{pending} {line.strip()}"
            pending = ""
        out.append(line)
    if pending:
        out.append(pending)
    return out


def _heading_like(line: str) -> bool:
    """A short line that ends no sentence ('WHO DOES WHAT', 'Review')."""
    words = line.split()
    return 0 < len(words) <= 12 and not _TERMINAL.search(line) and line[:1].isupper() and not _LONE_NUMBER.match(line)


def _goes_on(lines: Sequence[str], k: int) -> bool:
    """Whether the line after lines[k] carries on its sentence (starts in lower case)."""
    nxt = next((ln.strip() for ln in lines[k + 1 :] if ln.strip()), "")
    return nxt[:1].islower()


def _attach_numbers_after(lines: list[str], skip: Callable[[str], bool]) -> list[str]:
    """A paragraph number printed in the margin and read after its paragraph ('... or casual.' /
    '1' / 'The Town Council employs ...'): the number goes to the front of the paragraph before it
    ('1. This protocol sets out ...'); headings are never numbered so."""
    out = list(lines)
    start: int | None = None  # the first line of the paragraph being read
    ended = True  # the line before ended a paragraph (or there was none): a heading may come next
    for k, line in enumerate(lines):
        text = line.strip()
        m = _LONE_NUMBER.match(text)
        if not text or (skip(text) and not m):
            continue
        if m:
            if start is not None:
                out[start] = f"{m[1]}. {out[start].strip()}"
                out[k] = ""
            start, ended = None, True
        elif ended and _heading_like(text) and not _goes_on(lines, k):
            start = None
        else:
            start = k if start is None else start
            ended = bool(_TERMINAL.search(text))
    return out


def numbers_follow(pages: Sequence[Page]) -> bool:
    """Whether numbers alone on a line come after the paragraphs they number (margin numbers that
    a PDF's text puts after each paragraph): more of them are followed by a heading, or end the
    text, than come after one."""
    after = before = 0
    first_after_text: bool | None = None  # the document's first number comes after a paragraph
    for page in pages:
        lines = [ln.strip() for ln in strip_markdown(page.text).splitlines() if ln.strip()]
        for k, line in enumerate(lines):
            if not _LONE_NUMBER.match(line):
                continue
            prev = lines[k - 1] if k else ""
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            then = lines[k + 2] if k + 2 < len(lines) else ""
            if first_after_text is None:
                first_after_text = bool(_TERMINAL.search(prev))
            # A heading after the number, and text after the heading (a one-line paragraph without a
            # full stop is followed by the next number instead).
            after += bool(_TERMINAL.search(prev)) and (
                not nxt or _heading_like(nxt) and bool(then) and not _LONE_NUMBER.match(then)
            )
            before += bool(prev) and _heading_like(prev) and not _TERMINAL.search(nxt or ".")
    return bool(first_after_text) and after >= 2 and after > before


def numbers_paragraphs(pages: Sequence[Page]) -> bool:
    """Whether numbers alone on a line number paragraphs: they count up 1, 2, 3 ... with text
    after each, far more often than pages would."""
    numbers = []
    for page in pages:
        lines = [ln for ln in strip_markdown(page.text).splitlines() if ln.strip()]
        inner = lines[2:-2] if page.number is not None else lines  # a PDF page's own number is at an edge
        numbers += [int(m[1]) for ln in inner if (m := _LONE_NUMBER.match(ln))]
    if len(numbers) < 3:
        return False
    steps = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1)
    return numbers[0] <= 2 and steps >= 0.8 * (len(numbers) - 1)


def _print_width(lines: Sequence[str], candidates: Sequence[int], goes_on: Callable[[int], bool]) -> int | None:
    """The width lines were printed at: twenty or more of the `candidates` near the widest line (the
    95th percentile of the non-blank lines, 40-120 characters), half of them going on into the next
    (`goes_on`). None when no such width shows."""
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    if len(lengths) < 20:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 120:
        return None
    long = [i for i in candidates if len(lines[i]) >= 0.75 * width]
    return width if len(long) >= 20 and sum(goes_on(i) for i in long) >= 0.5 * len(long) else None


def wrapped_width(blocks: Sequence[Block]) -> int | None:
    """The width a page's lines were printed at when every printed line became a paragraph of its
    own (a PDF's text pasted into a web page, each line ending in <br>): twenty or more one-line
    paragraphs near the widest one, half of them stopping mid-sentence. None for ordinary
    paragraphs, whose lengths vary and whose long ones end a sentence."""
    # (list items are no printed lines: a list of unpunctuated bullets has a steady width too)
    lines = [
        b.text
        for b in blocks
        if "\n" not in b.text and "|" not in b.text and "\t" not in b.text and not b.text.startswith("- ")
    ]
    return _print_width(lines, range(len(lines)), lambda i: not _TERMINAL.search(lines[i]))


def rejoin_broken(blocks: list[Block]) -> list[Block]:
    """Rejoin a paragraph split by a page break (or a stray blank line) mid-sentence; where every
    printed line became a paragraph (`wrapped_width`), a line near the full width that stops
    mid-sentence goes on in the next one, whatever its first letter."""
    width = wrapped_width(blocks)
    out: list[Block] = []
    printed = 0  # the length of the last printed line of out[-1] (not of the joined text)
    for block in blocks:
        if (
            out
            and not block.hint
            and out[-1].hint not in ("heading", "title")
            and not _TERMINAL.search(out[-1].text)
            and (block.text[:1].islower() or width is not None and _runs_on(printed, block.text, width))
            and not _MARKER.match(block.text)
        ):
            prev = out[-1]
            out[-1] = Block(_join(prev.text, block.text), prev.page, prev.hint)
        else:
            out.append(block)
        printed = len(block.text.rsplit("\n", 1)[-1])
    return out


def _runs_on(printed: int, text: str, width: int) -> bool:
    """A printed line near the full width goes on in the next one, unless that looks like a
    heading: short, unpunctuated, in capitals or title case ("Gifts and hospitality")."""
    heading = len(text) < 0.5 * width and not _TERMINAL.search(text) and "," not in text
    return printed >= 0.75 * width and not heading


@dataclass(frozen=True)
class Cleaned:
    """Clean blocks, and the lines left out of them with the reason ('navigation: Home')."""

    blocks: list[Block]
    dropped: tuple[str, ...]
    # The running headers and footers found, as `header_key` gives them (metadata takes no title
    # from them).
    running: frozenset[str] = frozenset()


# A clause table's reference cell: "A1", "D5", "3.2", "12", "(a)".
_TABLE_REF = lazy_compile(r"^(?:[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,3})*\.?|\(?[a-z]\))$")


def _prose_cell(cell: str) -> bool:
    words = cell.split()
    return len(words) >= 12 or len(words) >= 6 and bool(_TERMINAL.search(cell))


def _short_cell(cell: str) -> bool:
    return len(cell.split()) <= 4 and len(cell) <= 40


# (a column head may carry its tick or cross: "✔ Do", "✘ Don't")
_MARK = r"(?:[\u2713\u2714\u2611\u2705\u2717\u2718\u2715\u2716\u274c\u2612\u00d7]\ufe0f?\s*)?"
_DO_HEAD = lazy_compile(rf"^{_MARK}(?:please )?do'?s?$", re.I)
_DONT_HEAD = lazy_compile(rf"^{_MARK}(?:please )?(?:don['’]?t'?s?|do not)$", re.I)


def do_dont_rows(lines: Sequence[str]) -> list[str]:
    """A table of "Do | Don't" pairs (loaders write a row's cells joined by tabs) read as what each
    cell means: "Do: Email the Clerk ..." and "Don't: Phone the Clerk before 9am ...", a cell's
    meaning being its column's. One line out per line in (a pair is one line holding two)."""
    out = list(lines)
    heads: list[str] | None = None
    for k, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else []
        if len(cells) == 2 and _DO_HEAD.match(cells[0]) and _DONT_HEAD.match(cells[1]):
            heads = [re.sub(rf"^{_MARK}", "", c) for c in cells]
            out[k] = ""
        elif heads and len(cells) == 2:
            out[k] = "\n".join(f"{h}: {c}" for h, c in zip(heads, cells, strict=True) if c) + "\n"
        elif line.strip():
            heads = None
    return out


# A schedule of changes: a table setting a paragraph's old wording beside its new ("Para | Current
# wording (2019) | Proposed wording | Reason"), as a committee report lists them before the protocol.
_OLD_WORDING = lazy_compile(
    r"^(?:(?:current|existing|old|previous|original|former|present|deleted)\s+(?:wording|text|version|paragraph)s?\b"
    r"|(?:wording|text) (?:in|of) (?:the )?(?:\d{4}|current|existing|old|previous) )",
    re.I,
)
_NEW_WORDING = lazy_compile(
    r"^(?:proposed|new|revised|amended|suggested|recommended|replacement|substituted)\s+(?:wording|text|version"
    r"|paragraph)s?\b",
    re.I,
)


# A lead-in that quotes an earlier version's paragraphs: "... applied the protocol adopted in April 2021
# ("the 2021 Protocol"), which said:", "The previous protocol stated as follows:". (A year names a
# version only beside a version's word: "Section 27 of the Localism Act 2011 provides:" quotes an Act.)
_QUOTES_A_VERSION = lazy_compile(
    r"(?:\b(?:19|20)\d\d\b[^:]{0,40}\b(?:protocol|version|code of practice|policy|scheme|text)\b"
    r"|\b(?:previous|former|earlier|old|original|superseded|then in force|in force at the time)\b)[^:]{0,160}"
    r"\b(?:said|stated|read|provided|says|states|reads|provides)(?: as follows)?\s*:\s*$",
    re.I,
)
_LEADING_NUMBER = lazy_compile(r"^\s*(\d{1,2})\.(\d{1,2})\b")


def without_quoted_versions(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Paragraphs an earlier version said, quoted after a lead-in that names that version
    (`_QUOTES_A_VERSION`) with their own numbers ("4.2 Members may ask ...", "6.3 ...") where the
    document's own run on ("2.1 ... which said:" ... "2.2 ..."): no rules of the document, left out
    (they would also take its paragraphs' numbers). From the lead-in to the next paragraph whose
    number follows the lead-in's, or to a paragraph of no number after a blank line. One line out per
    line in."""
    out = list(lines)
    dropped: list[str] = []
    for i, line in enumerate(lines):
        # (the lead-in as a wrapped page gives it: its last three lines)
        if not line.rstrip().endswith(":") or not _QUOTES_A_VERSION.search(" ".join(lines[max(0, i - 2) : i + 1])):
            continue
        # the lead-in's own number: on its line or the paragraph's first line above
        own = next(
            (m for k in range(i, max(-1, i - 6), -1) if (m := _LEADING_NUMBER.match(lines[k])) or not lines[k].strip()),
            None,
        )
        if not own:
            continue
        following = f"{own[1]}.{int(own[2]) + 1}"
        j = i + 1
        while j < len(lines):
            if not lines[j].strip():
                # (a blank line between quoted paragraphs; after it, a paragraph of no number ends them)
                nxt = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
                if nxt is None or not _LEADING_NUMBER.match(lines[nxt]):
                    break
                j += 1
                continue
            m = _LEADING_NUMBER.match(lines[j])
            if m and f"{m[1]}.{m[2]}" == following:
                break
            j += 1
        quoted = [ln for ln in lines[i + 1 : j] if ln.strip()]
        if quoted and _LEADING_NUMBER.match(quoted[0]):
            dropped.append("quoted from an earlier version: " + " ".join(" ".join(quoted).split()))
            out[i + 1 : j] = [""] * (j - i - 1)
    return out, dropped


def without_change_schedules(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """A schedule of changes (`_OLD_WORDING` and `_NEW_WORDING` columns in its header row, rows of
    cells joined by tabs as the loaders write them) is left out: its old wording is no longer the
    rule and its proposed wording may not have been agreed (the protocol as adopted is given
    elsewhere). One line out per line in; returns what was left out."""
    out = list(lines)
    dropped: list[str] = []
    i = 0
    while i < len(out):
        cells = [c.strip() for c in out[i].split("\t")]
        if len(cells) >= 2 and any(_OLD_WORDING.match(c) for c in cells) and any(_NEW_WORDING.match(c) for c in cells):
            j = i + 1
            while j < len(out) and "\t" in out[j]:
                j += 1
            if j > i + 1:
                dropped.append(f"schedule of changes: {j - i - 1} rows under {' | '.join(c for c in cells if c)}")
                out[i:j] = [""] * (j - i)
            i = j
        else:
            i += 1
    return out, dropped


_VERSION_HEAD = lazy_compile(r"^(?:version|issue|revision|rev\.?)(?:\s*(?:no\.?|number|#))?$", re.I)
_VERSION_NUMBER = lazy_compile(r"^v?\d{1,2}(?:\.\d{1,2}){0,2}$", re.I)


def version_table_rows(lines: Sequence[str]) -> list[str]:
    """A version table's rows ("Version | Date | Change", then "1.1 | 13 September 2021 | ...", cells
    joined by tabs as the loaders write them) start with their version's name ("Version 1.1"), so
    a version number is not read as a clause's ("1.1" is the protocol's own clause 1.1). One line
    out per line in."""
    out = list(lines)
    name = ""  # the first column's head in a version table ("Version", "Issue"), or ""
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) < 2:
            name = ""
            continue
        first = cells[0].strip()
        # (a version table has a date column: "Issue | Guidance | Who" numbers clauses)
        if _VERSION_HEAD.match(first) and any(c.strip().lower().startswith("date") for c in cells[1:]):
            name = first
        elif name and _VERSION_NUMBER.match(first):
            out[i] = "\t".join([f"{name} {first}", *cells[1:]])
        else:
            name = ""  # (another table's head or row)
    return out


def clause_table_rows(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """A protocol held in a table ('Ref | Provision | Applies to', one clause a row, as loaders
    write rows: cells joined by tabs) read as the clauses it holds: each row becomes its reference
    and its text ('D5 Members must not ...'), and the short cells beside them (a column tagging
    each row 'Members' or 'Both') and the header row are left out, said once per column for
    `inspect`. A table is taken so only when, in three rows or more with the same number of cells,
    one column holds sentences and every other cell is short; other tables are left as they are.
    Returns the lines (one per line in; a row read so ends in a newline, so it stays a block of its
    own) and what was left out."""
    out = list(lines)
    dropped: list[str] = []
    rows = {k: [c.strip() for c in ln.split("\t")] for k, ln in enumerate(lines) if "\t" in ln}
    # Each table on its own: rows next to one another, or with one section row between them (a
    # version table elsewhere in the document is another table).
    tables: list[list[int]] = []
    for k in rows:
        gap = lines[tables[-1][-1] + 1 : k] if tables else []
        if tables and (not gap or len(gap) == 1 and 0 < len(gap[0].split()) <= 12):
            tables[-1].append(k)
        else:
            tables.append([k])
    by_width: dict[tuple[int, int], list[int]] = {}
    for t, ks in enumerate(tables):
        for k in ks:
            by_width.setdefault((t, len(rows[k])), []).append(k)
    for ks in by_width.values():
        prose_at = Counter(
            next(c for c, cell in enumerate(rows[k]) if _prose_cell(cell))
            for k in ks
            if sum(_prose_cell(cell) for cell in rows[k]) == 1
        )
        if not prose_at:
            continue
        col, n = prose_at.most_common(1)[0]
        body = [
            k
            for k in ks
            if _prose_cell(rows[k][col]) and all(_short_cell(c) for c in rows[k][:col] + rows[k][col + 1 :])
        ]
        if n < 3 or len(body) < max(3, len(ks) * 2 // 3):
            continue
        ref_col = 0 if col > 0 and all(_TABLE_REF.match(rows[k][0]) or not rows[k][0] for k in body) else None
        # The header: the last row before the first clause row with more than one cell filled (a
        # section row fills one), all of its cells short.
        before = [k for k in ks if k < body[0] and sum(bool(c) for c in rows[k]) > 1]
        header = before[-1] if before and all(_short_cell(c) for c in rows[before[-1]]) else None
        names = rows[header] if header is not None else []
        if header is not None:
            out[header] = ""
            dropped.append(f"table header: {' | '.join(names)}")
        # A column before the text that names what each row is about, each row its own ("Term | Meaning":
        # "Officer", "Monitoring Officer"), is the row's subject, not a tag: it stays, before the text.
        terms = next(
            (
                i
                for i in range(col)
                if i != ref_col
                and len({rows[k][i].lower() for k in body}) == len(body)
                and all(rows[k][i] and not _TABLE_REF.match(rows[k][i]) for k in body)
            ),
            None,
        )
        left: dict[int, list[str]] = {}
        for k in body:
            cells = rows[k]
            ref = cells[ref_col] if ref_col is not None else ""
            term = f"{cells[terms]}: " if terms is not None else ""
            out[k] = f"{ref} {term}{cells[col]}".strip() + "\n"  # a blank line after it: each row its own block
            for i, cell in enumerate(cells):
                if i not in (col, ref_col, terms) and cell:
                    left.setdefault(i, []).append(cell)
        for i, cells in sorted(left.items()):
            name = names[i] if i < len(names) and names[i] else f"column {i + 1}"
            kinds = ", ".join(sorted(set(cells))[:5])
            dropped.append(f"table column: {name!r}, {len(cells)} cells ({kinds})")
    return out, dropped


# A heading in capitals glued to the first clause under it, as text pasted from a PDF loses its
# line breaks: "INTRODUCTION1.1This protocol ...", "CONTACTING STAFF3.1 The Clerk's ...".
_GLUED_HEADING = lazy_compile(
    r"^((?:\d{1,2}\.?\s+)?(?:[A-Z][A-Z&'/ -]{0,60} )?[A-Z]{3,})(\d{1,2}\.\d{1,2}\.?)(?=\s?[A-Z])", re.M
)
# "KIRKBY WENDLE PARISH COUNCILMember and Officer Protocol": a line in capitals glued to the next.
_GLUED_CAPITALS = lazy_compile(r"(?<=\b[A-Z]{3})(?=[A-Z][a-z]{2,})|(?<=[A-Z]{4})(?=[A-Z][a-z]{2,})")
# The words that can hold such a run (four capitals, then two small letters), whole: the only
# ones worth looking into (a word-by-word pass over every word cost a sixth of a parse). A match
# starts only where a word does: a long run without spaces is read once, not once per character.
_GLUED_TOKEN = lazy_compile(r"(?<!\S)\S*[A-Z]{4}[a-z]{2}\S*")
_PATH_LIKE = lazy_compile(r"[/@.]\w")


def unglued_headings(text: str) -> str:
    """Each heading glued to its first clause's number on a line of its own; a run of capitals
    glued to a capitalised word split from it."""
    text = _GLUED_HEADING.sub(lambda m: f"{m[1]}\n{m[2]}", text)
    # (not inside an address or a file name: "CCTVPolicy.pdf", "clerk@ABCDParish.gov.uk")
    return _GLUED_TOKEN.sub(lambda m: m[0] if _PATH_LIKE.search(m[0]) else _GLUED_CAPITALS.sub(" ", m[0]), text)


def _page_lines(page: Page) -> list[str]:
    """A page's lines with ligatures as letters, Markdown syntax gone and glued headings split."""
    text = page.text.translate(_LIGATURES).replace("\r\n", "\n").replace("\r", "\n")
    return unglued_headings(strip_markdown(text)).split("\n")


_LINE_NUMBER = lazy_compile(r"^\s*(\d{1,4})\s+(?=\S)")


def without_line_numbers(lines: Sequence[str]) -> list[str]:
    """A draft printed with numbered lines ("9 1 This protocol sets out how the councillors",
    "10 together, and what each can expect"): each line's number taken off. Known by ten or more
    lines numbered one after another (lines without a number, such as running headers, may come
    between) in which sentences run on from line to line - a quarter or more of them go on in
    lower case - as a list of numbered one-line clauses never does. One line out per line in."""
    out = list(lines)
    found = [(i, int(m[1]), m.end()) for i, ln in enumerate(lines) if (m := _LINE_NUMBER.match(ln))]
    runs: list[list[tuple[int, int, int]]] = []
    for item in found:
        if runs and item[1] == runs[-1][-1][1] + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        # (a list after "Councillors will:" starts each item in lower case too, but each item
        # before it ends with ";" or "."; a line of a numbered draft runs on mid-sentence)
        running_on = sum(
            lines[i][end : end + 1].islower() and not re.search(r"[.;:!?]\s*$", lines[prev])
            for (prev, _, _), (i, _, end) in zip(run, run[1:], strict=False)
        )
        if len(run) >= 10 and running_on * 4 >= len(run):
            for i, _, end in run:
                out[i] = lines[i][end:]
    return out


_STAMP = lazy_compile(r"^[A-Z][A-Z'\u2019-]*(?: [A-Z][A-Z'\u2019-]*){1,5}$")
# What stamps say: a heading in capitals that the text quotes ("CODE OF CONDUCT") is none.
_STAMP_WORDS = lazy_compile(
    r"\b(?:UNCONTROLLED|DRAFT|CONFIDENTIAL|OFFICIAL|SENSITIVE|SPECIMEN|RESTRICTED|UNCLASSIFIED|SUPERSEDED|"
    r"WITHDRAWN|ARCHIVED|COPY|PRINTED|NOT FOR PUBLICATION|NOT COUNCIL POLICY|FOR CONSULTATION)\b"
)


# Word's margin balloons in an "All Markup" print: "Deleted: fifteen", "Formatted: Font: Bold",
# "Commented [KM1]: Legal Services - agency ...", "Moved (insertion) [1]".
_BALLOON = lazy_compile(
    r"^(?:(?P<change>Deleted|Inserted|Formatted|Formatted Table|Field Code Changed|Moved (?:up|down|\((?:insertion|"
    r"deletion)\))(?: \[\d+\])?)|(?P<comment>Comment(?:ed)? \[[A-Za-z]{1,4}\d{1,3}\]))\s*:"
)
_BODY_START = lazy_compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s|[A-Z][A-Z ]{6,}$)")


def without_balloons(page_lines: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[str]]:
    """A document printed with its tracked changes shows Word's margin balloons among the text: a
    deleted passage ("Deleted: Officers may accept a gift ... up to £20.") is not in force, and a
    reviewer's comment is no clause. Two balloons or more make a document such a print; each
    balloon goes with the lines it wraps onto (a comment up to its sentence's end, a change only
    when its first line is long enough to have wrapped), never past a numbered clause, a heading or
    another balloon. Returns the pages' lines and the balloons, one line each."""
    spaced = [[" ".join(ln.split()) for ln in lines] for lines in page_lines]
    if sum(bool(_BALLOON.match(ln)) for lines in spaced for ln in lines) < 2:
        return [list(lines) for lines in page_lines], []
    out: list[list[str]] = []
    found: list[str] = []
    for raw, lines in zip(page_lines, spaced, strict=True):
        kept = list(raw)
        k = 0
        while k < len(lines):
            m = _BALLOON.match(lines[k])
            if not m:
                k += 1
                continue
            end = k + 1
            wraps = bool(m["comment"]) or len(lines[k]) >= 40
            while (
                wraps
                and end < len(lines)
                and end - k < 8
                and not re.search(r"[.?!]$", lines[end - 1])
                and lines[end]
                and not _BALLOON.match(lines[end])
                and not _BODY_START.match(lines[end])
            ):
                end += 1
            found.append(" ".join(lines[k:end]))
            for j in range(k, end):
                kept[j] = ""
            k = end
        out.append(kept)
    return out, found


_BADGE = lazy_compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,2})\.?\s*$")


def without_number_badges(page_lines: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[str]]:
    """A designed leaflet draws each paragraph's number in a badge beside it, and the PDF's text gives
    a page's badges apart from its paragraphs, in a run of lines that hold a number alone ("1.1",
    "1.2", "2.1", ...): no text of any paragraph, and no number to give the next one. A run is three
    such lines or more in ascending order, one of them with a point in it (or five without);
    returns the pages' lines and each run found, on one line."""
    out: list[list[str]] = []
    found: list[str] = []
    for lines in page_lines:
        kept = list(lines)
        k = 0
        while k < len(kept):
            end = k
            while end < len(kept) and _BADGE.match(kept[end]):
                end += 1
            numbers = [tuple(int(n) for n in _BADGE.match(kept[j])[1].split(".")) for j in range(k, end)]
            if (
                len(numbers) >= 3
                and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
                and (any(len(n) > 1 for n in numbers) or len(numbers) >= 5)
            ):
                found.append(" ".join(kept[j].strip() for j in range(k, end)))
                kept[k:end] = [""] * (end - k)
            k = max(end, k + 1)
        out.append(kept)
    return out, found


# A reviewer's comment typed into the text in square brackets, its author's initials or name (and a
# date) or "Drafting note" before a colon: "[JT 04/02: DS suggest 15 working days - discuss]",
# "[Drafting note: old version said 9am-5pm]", "[Cllr Ward: can we add ...? - Accepted]".
_REVIEW_COMMENT = lazy_compile(
    r"\s*\[(?:[A-Z]{2,4}|Cllr\.? [A-Z][a-z]+|(?:Drafting|Editor'?s|Reviewer'?s) note|Comment|Query)"
    r"(?:\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*:\s[^\[\]]{2,400}\]"
)


def without_review_comments(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Reviewers' comments left in the text of a published file (`_REVIEW_COMMENT`), taken out
    wherever they fall in a line (one line out per line in); returns the lines and the comments found."""
    found: list[str] = []

    def drop(m: re.Match[str]) -> str:
        found.append(m[0].strip())
        return ""

    return [_REVIEW_COMMENT.sub(drop, ln) if "[" in ln else ln for ln in lines], found


# A chat export's message line: "12/03/2025, 08:21 - Jane Ellerby (Clerk): Morning all ..." (WhatsApp
# on Android), "[12/03/2025, 08:21:44] Jane Ellerby: ..." (on iPhone); a line without a sender is the
# app's own ("Messages and calls are end-to-end encrypted ...", "... changed the group description").
_CHAT_DATE = r"^\s*\u200e?\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+"  # (an iPhone export's lines open with a mark)
_CHAT_LINE = lazy_compile(
    _CHAT_DATE + r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[APap]\.?[Mm]\.?)?\]?"
    r"\s*(?:-\s*)?(?:(?P<sender>[^:\n]{1,60}?):\s?)?(?P<text>.*)$"
)
_CHAT_NUMBERED = lazy_compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z0-9]{1,3}\))\s+\S")
_CHAT_MIN_MESSAGES = 5


def chat_export_lines(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """A chat export in which someone posts the protocol (the Clerk pasting it into the councillors'
    group): the poster's messages lose their date, time and name and stay; the others' replies and
    the app's own lines are no text of the protocol, however much they sound like rules ("I shall
    carry on asking Jane direct"), and are left out, returned as dropped (one line out per line in).
    The poster is whoever sent the numbered lines (three or more). Any other text is unchanged."""
    first = next((ln for ln in lines if ln.strip()), "")
    heads = [i for i, ln in enumerate(lines) if _CHAT_LINE.match(ln)]
    if len(heads) < _CHAT_MIN_MESSAGES or not _CHAT_LINE.match(first):
        return list(lines), []
    # Each message: its first line and the lines up to the next message.
    messages = [(start, end) for start, end in zip(heads, heads[1:] + [len(lines)], strict=True)]
    numbered: Counter[str] = Counter()
    for start, end in messages:
        m = _CHAT_LINE.match(lines[start])
        sender = (m["sender"] or "").strip() if m else ""
        body = [m["text"] if m else ""] + list(lines[start + 1 : end])
        numbered[sender] += sum(1 for ln in body if _CHAT_NUMBERED.match(ln))
    # (the one who sent most of them: a reply that numbers its own three points is still a reply)
    most = max((n for s, n in numbered.items() if s), default=0)
    posters = {s for s, n in numbered.items() if s and n >= 3 and n == most}
    if not posters:
        return list(lines), []
    out = list(lines)
    dropped = []
    for start, end in messages:
        m = _CHAT_LINE.match(lines[start])
        sender = (m["sender"] or "").strip() if m else ""
        if sender in posters and m:
            out[start] = m["text"]
            continue
        words = " ".join(
            " ".join(ln.split()) for ln in [m["text"] if m else lines[start]] + list(lines[start + 1 : end])
        )
        dropped.append(f"{sender}: {words}".strip() if sender else words.strip())
        out[start:end] = [""] * (end - start)
    return out, dropped


# "12/03/2025, 08:52 - Cllr Ron Aldous: ...", "[12/03/2025, 08:52:10] Jane: ...": a chat export's
# message, with its sender (WhatsApp on Android and on iPhone, and most messaging apps' exports).
# (its sender named, and its time with a colon, so "1.2.2024, 10.00 Full Council: ..." is no message)
CHAT_MESSAGE = lazy_compile(_CHAT_DATE + r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\]?\s*(?:-\s*)?[^:\n]{1,60}:\s")
# A transcript's line: "[20:41] Cllr Hollis: Thanks. When I was ...", "[06:02] Officers will ..." (a
# video's or a meeting recording's words, said, not adopted).
TRANSCRIPT_LINE = lazy_compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s")


def spoken(text: str) -> bool:
    """A paragraph that is a chat message or a transcript's line: words said, not a rule adopted."""
    plain = plain_quotes(text)
    return bool(CHAT_MESSAGE.match(plain) or TRANSCRIPT_LINE.match(plain))


def without_stamps(page_lines: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[str]]:
    """A stamp printed across every page ("UNCONTROLLED WHEN PRINTED", "NOT COUNCIL POLICY"): a
    phrase of two to six capitalised words standing as a line of its own on some page and found
    on at least two pages and half of them, where a text layer may drop it into the middle of a
    sentence ("... by which the UNCONTROLLED WHEN PRINTED Member can expect ..."). Taken out
    wherever it falls; returns the pages' lines and the stamps found."""
    if len(page_lines) < 2:
        return [list(lines) for lines in page_lines], []
    candidates = {
        ln.strip() for lines in page_lines for ln in lines if _STAMP.match(ln.strip()) and _STAMP_WORDS.search(ln)
    }
    stamps = []
    for phrase in sorted(candidates, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
        on = sum(any(pattern.search(ln) for ln in lines) for lines in page_lines)
        if (
            on >= 2
            and on * 2 >= len(page_lines)
            and any(pattern.search(ln) and ln.strip() != phrase for lines in page_lines for ln in lines)
        ):
            stamps.append((phrase, pattern))
    if not stamps:
        return [list(lines) for lines in page_lines], []
    out = []
    for lines in page_lines:
        kept = []
        for ln in lines:
            for _, pattern in stamps:
                ln = re.sub(r"  +", " ", pattern.sub("", ln)) if pattern.search(ln) else ln
            kept.append(ln)
        out.append(kept)
    return out, [phrase for phrase, _ in stamps]


# "§ 4 MEMBERS' ENQUIRIES", "Response times § 4.1 Officers will ...": paragraphs numbered with the
# section sign, a margin note before the number (pdf text puts the margin first on the line).
_SECTION_SIGN = lazy_compile(
    r"^(?:(?P<note>[A-Z][\w'\u2019,-]*(?: [\w'\u2019,-]+){0,4}) )?(?:\u00a7|(?i:para(?:graph)?)\.?)\s*"
    r"(?P<num>\d{1,2}(?:\.\d{1,3})*)\.?"
    r"(?=\s+[A-Z\"'\u2018\u201c]|\s*$)\s*"
)


# Word's "Save as Plain Text": a list number or bullet, a tab, then the text ("6.1<TAB>Councillors
# ...", "·<TAB>raising their voice ..."); the Wingdings tick and cross of a checklist come out as
# "ü" and "û".
_TABBED_NUMBER = lazy_compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,5}\))\t+(?=\S)")
_TABBED_BULLET = lazy_compile(r"^[\u00b7\u2022\u25aa\u25cf\u2013o\uf0b7\uf0a7\u00a7\u00d8]\t+(?=\S)")
_TABBED_TICK = {"\u00fc": "Do: ", "\u00fb": "Don't: "}


def tabbed_list_lines(lines: Sequence[str]) -> list[str]:
    """Lines of a Word document saved as plain text, where a tab follows each list number or
    bullet, read as numbered paragraphs and list items (not a table of two columns): '6.1 ...',
    '- ...', and a checklist's tick and cross as 'Do: ...' and 'Don't: ...'. Only where three or
    more lines start so and hold no other tab. One line out per line in."""

    def kind(line: str) -> str:
        if line.count("\t") != 1:
            return ""
        if _TABBED_NUMBER.match(line):
            return "number"
        if _TABBED_BULLET.match(line):
            return "bullet"
        if line[:1] in _TABBED_TICK and line[1:2] == "\t":
            return "tick"
        return ""

    kinds = [kind(line) for line in lines]
    if sum(bool(k) for k in kinds) < 3:
        return list(lines)
    out = []
    for line, k in zip(lines, kinds, strict=True):
        if k == "number":
            line = line.replace("\t", " ", 1)
        elif k == "bullet":
            line = "- " + line.split("\t", 1)[1]
        elif k == "tick":
            line = "- " + _TABBED_TICK[line[0]] + line[2:]
        out.append(line)
    return out


# A bilingual table's column heads: "CYMRAEG ENGLISH", "English | Cymraeg", "Gàidhlig / English".
_LANGUAGE_HEADS = lazy_compile(
    r"^(?:(?:cymraeg|saesneg|welsh|english|gàidhlig|gaidhlig|gaelic|gaeilge|irish)\s*[|/]?\s*){2,3}$", re.I
)
# One heading a column on one line: "3. CYSYLLTU Â'R CLERC 3. CONTACTING THE CLERK".
_TWIN_HEADING = lazy_compile(r"^(\d{1,2})(\.?)\s+([^\W\d_][^a-z0-9]{2,80}?)\s+\1\2\s+([A-Z][^a-z0-9]{2,80})$")


# "5.1  Ni chaiff y Clerc dderbyn rhodd gan gynghorydd. 5.1  The Clerk may not accept a gift ...".
_TWIN_CLAUSE = lazy_compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*?[.!?])\s+\1\s+(\S.*)$")


def bilingual_rows(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """A protocol set in two language columns read as one: the column heads' row ("CYMRAEG
    ENGLISH") is left out (said for `inspect`), and a row holding the same numbered heading in each
    language becomes one heading ("1. CYFLWYNIAD / INTRODUCTION"), not a clause. One line out per
    line in."""
    out = list(lines)
    dropped: list[str] = []
    if not any(_LANGUAGE_HEADS.match(line.strip()) for line in lines):
        return out, dropped  # ("3. ARTICLE 3 OF THE CONSTITUTION" is one heading)
    for k, line in enumerate(lines):
        text = line.strip()
        if _LANGUAGE_HEADS.match(text):
            out[k] = ""
            dropped.append(f"column heads: {text}")
        elif m := _TWIN_HEADING.match(text):
            out[k] = f"{m[1]}. {m[3].strip()} / {m[4].strip()}"
        elif m := _TWIN_CLAUSE.match(text):  # both columns' short clause on one line: a line each
            out[k] = f"{m[1]} {m[2].strip()}\n{m[1]} {m[3].strip()}"
    return out, dropped


_RUN_ON_ITEM = lazy_compile(r"(?:(?<=[.!?:;] )|(?<=\*\* ))\((\d{1,2})\) (?=[A-Z])")
# (a section's number and heading, bold or not: "**2. The Clerk** (1) ...")
_RUN_ON_SECTION = lazy_compile(r"(?<=[.!?] )(?:\*\*)?(\d{1,2})\. ([A-Z][^.()*]{1,70}?)(?:\*\*)? (?=\(1\) )")
_RUN_ON_FIRST = lazy_compile(r"^(?:\*\*)?(\d{1,2})\. ([A-Z][^.()*]{1,70}?)(?:\*\*)? (?=\(1\) )")


def run_on_paragraphs(lines: Sequence[str]) -> list[str]:
    """A protocol pasted into a web page as one paragraph ("1. Purpose (1) This protocol ... (2) It
    was adopted ... 2. The Clerk (1) The Clerk is ..."): a long line whose items "(1)", "(2)" ...
    run on in order after a sentence's end is read as its sections and numbered paragraphs, each
    on a line of its own. One line out per line in (a line read so holds line breaks)."""
    out = []
    for line in lines:
        items = [int(m[1]) for m in _RUN_ON_ITEM.finditer(line)]
        # (long, and at least five items counting up in runs that start again at 1)
        in_order = sum(1 for a, b in zip(items, items[1:], strict=False) if b == a + 1 or b <= 2)
        if len(line) < 800 or len(items) < 5 or in_order < len(items) - 2:
            out.append(line)
            continue
        text = _RUN_ON_FIRST.sub(lambda m: f"{m[1]}. {m[2]}\n", line.strip())
        text = _RUN_ON_SECTION.sub(lambda m: f"\n\n{m[1]}. {m[2]}\n", text)
        out.append(_RUN_ON_ITEM.sub(lambda m: f"\n({m[1]}) ", text))
    return out


def section_sign_numbers(lines: Sequence[str]) -> list[str]:
    """Where three or more lines start with a '\u00a7' number, or a 'Para' one ('Para 12 Councillors ...', a
    printer-friendly page's labels), each as a plain number ('4.1 Officers will ...', '4. MEMBERS'
    ENQUIRIES'), a margin note before it on a line of its own (a heading).
    One line out per line in (a note and its paragraph are one string with a line break)."""
    found = [_section_number(ln.strip()) for ln in lines]
    if sum(m is not None for m in found) < 3:
        return list(lines)
    out = []
    for line, m in zip(lines, found, strict=True):
        if m is None:
            out.append(line)
            continue
        number = m["num"] + ("" if "." in m["num"] else ".")
        note = f"{m['note']}\n" if m["note"] else ""
        out.append(f"{note}{number} {m.string[m.end() :]}".rstrip())
    return out


# A sentence that refers to a paragraph ("See also § 3 ...", "As set out in § 4.2 ...") is no margin note.
_REFERS = lazy_compile(r"\b(?:see|also|under|in|as|of|per|read|refer|cf|paragraph|section|with|to|by)\b", re.I)


def _section_number(line: str) -> re.Match[str] | None:
    m = _SECTION_SIGN.match(line)
    return None if m is None or (m["note"] and _REFERS.search(m["note"])) else m


def hard_wrapped(pages: Sequence[Page]) -> bool:
    """Text wrapped at a fixed width, as a PDF's is (a plain-text export at 72 columns, lines pasted
    from a printed page each ending in <br>): most long lines stop mid-sentence, and the next line
    goes on. Known by twenty or more lines near the widest one, half of them ending without a
    sentence's end and followed by more text."""
    # (a table's rows and tab-separated cells are no wrapped text)
    lines = [ln.rstrip() for p in pages for ln in p.text.split("\n") if "|" not in ln and "\t" not in ln]

    def goes_on(i: int) -> bool:
        following = lines[i + 1].strip()
        return not _TERMINAL.search(lines[i]) and bool(following) and not _MARKER.match(following)

    return _print_width(lines, range(len(lines) - 1), goes_on) is not None


def clean_document(pages: Sequence[Page], unwrap: bool | None = None) -> Cleaned:
    """Turn raw pages into clean blocks, keeping web-page chrome and contents lists out of them
    (and saying which lines were dropped). `unwrap`: join hard-wrapped lines (default: PDFs)."""
    if unwrap is None:
        unwrap = any(p.number is not None for p in pages)
    dropped: list[str] = []
    pages, labels = language_halves(pages)
    dropped.extend(f"language label: {label}" for label in labels)
    pages, certificate = without_signing_certificate(pages)
    dropped.extend(certificate)
    page_lines = [drop_caps([unspaced(line) for line in _page_lines(p)]) for p in pages]
    page_lines, stamped = without_stamps(page_lines)
    dropped.extend(f"stamp: {stamp}" for stamp in stamped)
    page_lines, balloons = without_balloons(page_lines)
    dropped.extend(f"tracked-change balloon: {b}" for b in balloons)
    page_lines, badges = without_number_badges(page_lines)
    dropped.extend(f"paragraph numbers printed apart from their paragraphs: {run}" for run in badges)
    flat, left_out = clause_table_rows(
        do_dont_rows(
            section_sign_numbers(
                run_on_paragraphs(tabbed_list_lines(without_line_numbers([ln for lines in page_lines for ln in lines])))
            )
        )
    )
    dropped.extend(left_out)
    flat, left_out = bilingual_rows(flat)
    dropped.extend(left_out)
    # (after the line numbers of a numbered draft are gone: "44 [Drafting note: ...]" leaves no "44")
    flat, comments = without_review_comments(flat)
    dropped.extend(f"reviewer's comment: {comment}" for comment in comments)
    flat, schedules = without_change_schedules(version_table_rows(flat))
    dropped.extend(schedules)
    flat, quoted = without_quoted_versions(flat)
    dropped.extend(quoted)
    flat, replies = chat_export_lines(flat)
    dropped.extend(f"chat message: {reply}" for reply in replies if reply)
    it = iter(flat)  # one line out per line in
    page_lines = [[next(it) for _ in lines] for lines in page_lines]
    reasons = chrome_reasons([ln for lines in page_lines for ln in lines])
    kept_pages: list[Page] = []
    k = 0
    for page, lines in zip(pages, page_lines, strict=True):
        kept = []
        for line in lines:
            if reasons[k]:
                dropped.append(f"{reasons[k]}: {line.strip().removeprefix(NOTE_MARK.strip()).strip()}")
                line = ""
            kept.append(line)
            k += 1
        kept_pages.append(Page(page.number, "\n".join(kept)))
    kept_pages, sidebar = without_sidebar(kept_pages)
    dropped.extend(f"sidebar: {line}" for line in sidebar)
    running = find_running_lines(kept_pages)
    kept_pages = pages_without_footnotes(kept_pages, running)
    numbered = numbers_paragraphs(kept_pages)
    after = numbered and numbers_follow(kept_pages)
    words = document_words([p.text for p in kept_pages])
    blocks = [b for page in kept_pages for b in page_blocks(page, running, unwrap, numbered, words, after)]
    blocks, repeated = without_repeated_copy(rejoin_broken(blocks))
    blocks, pulled = without_pull_quotes(blocks)
    repeated += pulled
    blocks = numbered_by_own_reference(items_run_in(blocks))
    return Cleaned(blocks, tuple(dropped + repeated + _furniture(kept_pages, running, numbered)), frozenset(running))


# A comment's age under it on a social post ("1w", "5d", "2h"), and a comment thread's own lines.
_COMMENT_AGE = lazy_compile(r"^\d{1,2}\s?[mhdwy]$")
_THREAD_LINE = lazy_compile(
    r"^(?:\d[\d,.]*k? (?-i:comments?|shares?|reactions?)|view (?:more|previous) comments|"
    r"write a (?:public )?comment\W*|"
    r"most relevant|top contributor|(?:you, )?[\w' -]{2,40} and \d[\d,]* others|see (?:less|more)|all reactions:?|"
    r"(?:#\w+\s*)+)$",
    re.I,
)


# An e-signature service's audit page after the document: "Certificate Of Completion", "Envelope Id: ...".
_CERTIFICATE = lazy_compile(r"^\s*certificate of completion\s*$", re.I | re.M)
_ENVELOPE = lazy_compile(r"\benvelope\s*id\b", re.I)


def without_signing_certificate(pages: Sequence[Page]) -> tuple[list[Page], list[str]]:
    """An e-signature service's certificate of completion, which it adds after the signed document's pages
    (its envelope, signers, IP addresses and events): no part of the protocol. It goes, from its heading to its
    page's end, said for `inspect`."""
    out: list[Page] = []
    gone: list[str] = []
    for page in pages:
        m = _CERTIFICATE.search(page.text)
        if m and _ENVELOPE.search(page.text, m.end()):
            gone.append(f"e-signature certificate: page {page.number}" if page.number else "e-signature certificate")
            page = Page(page.number, page.text[: m.start()])
        out.append(page)
    return out, gone


# A heading set in spaced capitals, as a PDF gives it: "W O R K I N G   W I T H   O F F I C E R S".
_SPACED_LETTERS = lazy_compile(r"^\s*\S(?: \S)+(?:\s{2,}\S(?: \S)*)+\s*$|^\s*\S(?: \S){4,}\s*$")


def unspaced(line: str) -> str:
    """A line set in spaced letters read as its words ("S E C T I O N   7" -> "SECTION 7"): a single space
    between letters, two or more between words. Any other line as it is."""
    if not _SPACED_LETTERS.match(line):
        return line
    joined = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", line.strip()))
    return joined if re.search(r"[A-Za-z]{3}", joined) else line


def drop_caps(lines: list[str]) -> list[str]:
    """A designed page's large first letter, which its PDF gives as a line of its own ("T" / "his protocol
    explains ..."): joined to the rest of its word. Not "A" or "I", words of their own. One line out per line in."""
    out = list(lines)
    for k in range(len(out) - 1):
        if _DROP_CAP.match(out[k]) and out[k + 1][:1].islower():
            out[k], out[k + 1] = "", out[k].strip() + out[k + 1]
    return out


_DROP_CAP = lazy_compile(r"^\s*[B-HJ-Z]\s*$")


# A language's label on a line of its own, over its half of a bilingual page: "CYMRAEG", "ENGLISH".
_LANGUAGE_LABEL = lazy_compile(r"^\s*(cymraeg|saesneg|welsh|english|gàidhlig|gaidhlig|gaelic)\s*$", re.I)


def language_halves(pages: Sequence[Page]) -> tuple[list[Page], list[str]]:
    """A bilingual PDF set out top and bottom, each page's Welsh above its English under a label of each
    ("CYMRAEG" ... "ENGLISH" ...): read as the first language's halves of every page, then the second's,
    so that no clause runs from one language into the other across a page. The labels are left out (said for
    `inspect`). A cover before them, with no label, stays first. Otherwise, pages without two labels of two
    languages, on at least two pages, are as they were."""
    split: list[tuple[Page, str, str]] = []
    labels: list[str] = []
    cover: list[Page] = []
    for page in pages:
        lines = page.text.split("\n")
        found = [(k, m[1].lower()) for k, line in enumerate(lines) if (m := _LANGUAGE_LABEL.match(line))]
        if not found and not split:
            cover.append(page)
            continue
        if len(found) != 2 or found[0][1] == found[1][1] or page.number is None:
            return list(pages), []
        (first, _), (second, _) = found
        labels += [lines[first].strip(), lines[second].strip()]
        split.append((page, "\n".join(lines[:first] + lines[first + 1 : second]), "\n".join(lines[second + 1 :])))
    if len(split) < 2:
        return list(pages), []
    top = [Page(page.number, text) for page, text, _ in split]
    bottom = [Page(page.number, text) for page, _, text in split]
    return cover + top + bottom, labels


# Items run on inside one paragraph, each after the sentence before: "(i) This protocol ... respect. (ii) It applies
# to every councillor ... (iii) The protocol is to be read ...", a Word export's justified paragraphs.
_ROMAN_ITEMS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_FIRST_ITEM = lazy_compile(r"^(?:- )?\(([ivx]{1,4}|[a-z])\)\s+(?=[A-Z\"'\u2018\u201c])")
_RUN_IN_ITEM = lazy_compile(r"(?<=[.;:])\s+\(([ivx]{1,4}|[a-z])\)\s+(?=[A-Z\"'\u2018\u201c])")


def _next_mark(mark: str, roman: bool) -> str:
    if roman:
        at = _ROMAN_ITEMS.index(mark) if mark in _ROMAN_ITEMS else len(_ROMAN_ITEMS) - 1
        return _ROMAN_ITEMS[at + 1] if at + 1 < len(_ROMAN_ITEMS) else ""
    return chr(ord(mark) + 1) if mark < "z" else ""


def items_run_in(blocks: list[Block]) -> list[Block]:
    """A paragraph that starts with an item mark ("(i)", "(a)") and goes on to the next marks in turn,
    each after a sentence's end ("... respect. (ii) It applies ..."), is that many items, one block each,
    so each is cited by its own mark. Marks out of turn, or not after a sentence, stay in the text
    ("may (i) refuse or (ii) defer" is one sentence)."""
    out: list[Block] = []
    for block in blocks:
        first = _FIRST_ITEM.match(block.text)
        if first is None:
            out.append(block)
            continue
        roman = first[1] in _ROMAN_ITEMS  # ("(i)" starts a roman list: a lettered one starts at "(a)")
        cuts, want = [], _next_mark(first[1], roman)
        for m in _RUN_IN_ITEM.finditer(block.text):
            if m[1] == want:
                cuts.append(m.start())
                want = _next_mark(m[1], roman)
        if not cuts:
            out.append(block)
            continue
        starts = [0, *cuts]
        ends = [*cuts, len(block.text)]
        out.extend(replace(block, text=block.text[a:b].strip()) for a, b in zip(starts, ends, strict=True))
    return out


# A paragraph that ends with its own number in brackets, as an induction deck's bullets cite the protocol they
# sum up ("- Log ward enquiries on Member Connect, rather than emailing individual officers. (para 4.1)").
_OWN_REFERENCE = lazy_compile(
    r"\s*[(\[](?:para(?:graph)?\.?|\u00b6|\u00a7)\s*(\d{1,2}(?:\.\d{1,2}){0,3})[)\]]\s*$", re.IGNORECASE
)
_DASH_ITEM = lazy_compile(r"^\s*-\s+")  # (a block's bullet, whatever its mark was: see `_BULLET`)


def numbered_by_own_reference(blocks: list[Block]) -> list[Block]:
    """Where three or more paragraphs end with a paragraph number of their own in brackets, each different,
    each such paragraph is that numbered paragraph ("4.1 Log ward enquiries ..."), its bullet and the
    bracket gone; a list item no longer (a clause of its own, cited as the protocol numbers it)."""
    found = [_OWN_REFERENCE.search(b.text) for b in blocks]
    numbers = [m[1] for m in found if m]
    if len(set(numbers)) < 3 or len(set(numbers)) < len(numbers):
        return blocks
    out = []
    for i, (block, m) in enumerate(zip(blocks, found, strict=True)):
        if m is None:
            # (a slide's title over its bullets heads them, a question too: "Who decides?")
            after = i + 1 < len(blocks) and found[i + 1] is not None
            title = len(block.text.split()) <= 10 and not _DASH_ITEM.match(block.text)
            out.append(
                replace(block, hint="heading")
                if after and title and not block.hint and not block.text.rstrip().endswith((".", ":", ";", ","))
                else block
            )
            continue
        body = _DASH_ITEM.sub("", block.text[: m.start()]).strip()
        number = m[1] if "." in m[1] else f"{m[1]}."
        out.append(replace(block, text=f"{number} {body}", hint="" if block.hint == "subitem" else block.hint))
    return out


_REPEAT_MIN_CHARS = 40  # a paragraph this long, word for word again, is a copy, not a heading
_REPEAT_MIN_RUN = 6  # (two sections listing the same three steps are parallel, not a copy)


def without_repeated_copy(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A page that holds its text twice (a responsive site's desktop tabs and mobile accordion, a
    print copy) reads it once: a run of paragraphs each already said word for word earlier, six
    or more of them long, goes (a repeated paragraph, a "key point" box, or the same few steps
    under two headings, stays)."""
    seen: set[str] = set()
    repeat = []
    for b in blocks:
        key = " ".join(b.text.split()).casefold()
        repeat.append(key in seen)
        seen.add(key)
    drop = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        if not repeat[i]:
            i += 1
            continue
        j = i
        while j < len(blocks) and repeat[j]:
            j += 1
        if sum(len(b.text.strip()) >= _REPEAT_MIN_CHARS for b in blocks[i:j]) >= _REPEAT_MIN_RUN:
            drop[i:j] = [True] * (j - i)
        i = j
    gone = [b.text for b, d in zip(blocks, drop, strict=True) if d]
    note = [f'repeated copy of earlier text: {len(gone)} paragraphs, from "{gone[0][:60]}"'] if gone else []
    return [b for b, d in zip(blocks, drop, strict=True) if not d], note


_PULL_QUOTE = lazy_compile(r"^[\u201c\"](?P<words>[^\u201c\u201d\"]{20,300}?)[\u201d\"]$")


def without_pull_quotes(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A designed booklet's pull quote: a sentence of its own paragraph set large in the margin in quotation
    marks ("“No councillor, including the Town Mayor, can tell a member of staff what to do.”"), which the
    text gives again where it stands; it goes, said for `inspect`. (A quotation no paragraph repeats stays.)"""
    keys = [" ".join(b.text.split()).casefold() for b in blocks]
    out, gone = [], []
    for k, b in enumerate(blocks):
        m = _PULL_QUOTE.match(keys[k])
        words = " ".join(m["words"].split()).rstrip(".!?") if m else ""
        if m and len(words.split()) >= 5 and any(words in other for j, other in enumerate(keys) if j != k):
            gone.append(f"pull quote: {' '.join(b.text.split())}")
            continue
        out.append(b)
    return out, gone


def _furniture(pages: Sequence[Page], running: set[str], numbered: bool = False) -> list[str]:
    """What `page_blocks` leaves out as page furniture, for `inspect`: each running header or
    footer once, with how often it appears, and how many page numbers (a bare number is counted
    only when numbers alone on a line are not paragraph numbers)."""
    seen: Counter[str] = Counter()
    first: dict[str, str] = {}
    page_numbers = 0
    for page in pages:
        for line in page.text.splitlines():
            line = normalise_line(line).strip()
            if not line:
                continue
            if (key := header_key(line)) in running:
                seen[key] += 1
                first.setdefault(key, line)
            elif _PAGE_NUMBER.match(line) and not (numbered and _LONE_NUMBER.match(line)):
                page_numbers += 1
    out = [f"running header or footer: {first[k]} ({n} times)" for k, n in seen.items()]
    return out + ([f"page numbers: {page_numbers} lines"] if page_numbers else [])


def clean_pages(pages: Sequence[Page], unwrap: bool | None = None) -> list[Block]:
    """Turn raw pages into clean blocks (see `clean_document`)."""
    return clean_document(pages, unwrap).blocks


def blocks_text(blocks: Sequence[Block]) -> str:
    """The cleaned document: one block a line. Clause offsets index into this string."""
    return "\n".join(b.text for b in blocks)


# Web-page chrome: what a saved page carries around the protocol. Line-level patterns first.
_NAV_WORDS = {
    "home",
    "menu",
    "search",
    "search this site",
    "skip to main content",
    "use tab to navigate through the menu items.",
    "use tab to navigate through the menu items",
    "skip to content",
    "back to top",
    "top of page",
    "contact us",
    "contact",
    "about us",
    "about the council",
    "sitemap",
    "site map",
    "accessibility",
    "accessibility statement",
    "privacy",
    "privacy notice",
    "privacy policy",
    "cookies",
    "cookie policy",
    "terms and conditions",
    "print",
    "print this page",
    "share",
    "share this page",
    "print this page share",
    "yes",
    "no",
    "yes no",
    "was this page helpful?",
    "was this page helpful",
    "was this page useful?",
    "was this page useful",
    "report a problem with this page",
    "report a problem on this page",
    "report a problem",
    "listen",
    "is there anything wrong with this page?",
    "related pages",
    "related documents",
    "related links",
    "related content",
    "in this section",
    "login",
    "log in",
    "sign in",
    "my account",
    "news",
    "events",
    "follow us",
    "jobs",
    "careers",
    "feedback",
    "help",
    "a-z of services",
    "next",
    "previous",
    "back",
    "search menu",
    "council and democracy",
    "marketplace",
    "number of unread notifications",
    "sort group feed by",
    "embedded files",
}
_NAV_BULLET = lazy_compile(r"^[-*\u2022\u00b7]\s+")


def _nav_item(line: str) -> bool:
    """A menu's item printed as a bulleted list ("• Jobs"), among short lines (see `chrome_reasons`)."""
    item = line.strip()
    return bool(_NAV_BULLET.match(item)) and " ".join(_NAV_BULLET.sub("", item).lower().split()) in _NAV_WORDS


_COOKIE_BANNER = lazy_compile(
    r"\b(?:uses?|use of|about)\s+cookies\b"
    r"|\bcookies?\b.*\b(?:accept|reject|decline|settings|preferences|we use|"
    r"uses|use of|optional|necessary|essential)\b|^(?:accept|reject|decline|manage)\b"
    r".{0,40}\b(?:cookies?|settings)\b"
    # "Cookies on tallowshire.gov.uk" / "We use some essential cookies to make this website work. We would also
    # like to set additional" / "cookies to understand how you use the site ...": a banner printed with its page
    r"|^cookies on [\w-]+(?:\.[\w-]+)+$"
    r"|\bwe (?:use|set|store|place)\s+(?:(?:some|a few|small|essential|necessary|optional|"
    r"analytics|additional|functional)\s+){1,3}cookies\b"
    r"|^cookies to (?:understand|make|improve|remember|help|collect|measure)\b",
    re.I,
)
_CHROME = (
    ("cookie banner", _COOKIE_BANNER),
    (
        "breadcrumb",
        lazy_compile(
            r"^(?:you are here:?\s*)?home\s*(?:>|»|/|›|\|)\s*\S"
            # (or from a site's own section, three places or more: "CMIS > Scheme of Governance > Protocol ...")
            r"|^(?:[A-Z][\w'’&(),-]*(?: [\w'’&(),-]+){0,7} (?:>|»|›) ){2,6}[A-Z][^>»›]{0,120}"
            r"\b(?:protocols?|polic(?:y|ies)|codes?|guidance|relations|employees|officers|constitution|governance)$",
            re.I,
        ),
    ),
    (
        "footer",
        lazy_compile(
            r"^(?:page (?:last )?(?:updated|reviewed|modified)|last (?:updated|modified)|"
            r"content (?:last )?updated)\b.{0,40}\d",
            re.I,
        ),
    ),
    # '(c) 2024', '© Anytown Council 2024' - not a list item '(c) Councillors ...'
    ("footer", lazy_compile(r"^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[^.;:]{0,60}\b(?:19|20)\d\d\b)", re.I)),
    ("footer", lazy_compile(r"^follow us\b", re.I)),
    # An e-signature's stamp on the signed pages: "DocuSigned by:", the signature's hash "9C41E7B2D05A4F3...", the
    # envelope on every page
    (
        "e-signature stamp",
        lazy_compile(
            r"^(?:docusigned by:?|(?=[0-9A-F]*[A-F])[0-9A-F]{12,}(?:\.{3}|\u2026)?|docusign envelope id:.*)$", re.I
        ),
    ),
    # A photograph's credit in a designed handbook: "Photo: Glanwyddan CBC", "Photograph: Democratic Services"
    (
        "image caption",
        lazy_compile(r"^(?:photo|photograph|image|picture)(?: credit)?\s*:\s*(?:[^\s.,;]+ ?){1,5}$", re.I),
    ),
    # Google Docs' Markdown converter's alerts: ">>>>>  gd2md-html alert: ...", "Links to alert messages: alert1"
    (
        "converter's alert",
        lazy_compile(
            r"gd2md-html alert|^links to alert messages:?\s*(?:alert\d+)?$|^>{3,}\s*(?:please check the alerts|$)"
            r"|^\(back to top\)\s*\(next alert\)$|^alert\d+$",
            re.I,
        ),
    ),
    # "Hollenbury Town Council, The Corn Exchange, Market Place, Hollenbury. Telephone 01632 961 284. Email
    # office@...": the council's name, address, telephone and email, a page's footer
    (
        "footer",
        lazy_compile(
            r"^(?=.{0,220}$)(?:[A-Z][\w'-]*\s+){1,5}Council,[^.]{5,120}\.\s*"
            r"(?i:tel(?:ephone)?|phone)\.?:?\s*[\d ()+]{8,20}\.?\s*(?:(?i:e-?mail):?\s*)?\S+@\S+\s*$",
        ),
    ),
    # a text-mode browser's form: "Search this site: ____ (BUTTON) Search", "[ ] Remember me"
    ("form", lazy_compile(r"\((?:BUTTON|Submit|RADIO|Option list)\)|_{4,}\s*\(BUTTON\)")),
    # an online form's own lines around the protocol it shows: its buttons, a required question ("Your name *"),
    # and the form service's notices ("Never submit passwords through Google Forms.")
    (
        "form",
        lazy_compile(
            r"^(?:submit|clear form|clear selection|choose|required|\* indicates required question)$"
            r"|^(?!.*\b(?:must|should|shall|may|will)\b)(?:[\w'’]+ ){0,2}[\w'’?]+ \*$"
            r"|^sign in to google to save your progress\b|^never submit passwords through google forms"
            r"|^does this form look suspicious\?"
            r"|^this (?:content|form) (?:is|was) (?:neither created nor endorsed|created)"
            r" (?:by|inside) (?:google|microsoft)\b",
            re.I,
        ),
    ),
    # a forum's own lines round a post: the poster's profile ("Posts: 412", "Joined: Thu Jan 14, 2021"), an
    # attachment's download count, "Last edited by ...", "Who is online"
    (
        "forum",
        lazy_compile(
            r"^(?:-\s*)?(?:posts|joined|reputation|topic author):\s+\S.{0,60}$"
            r"|\(\d+(?:\.\d+)? [KMG]i?B\) downloaded \d+ times?$"
            r"|^last edited by \S.{0,80} edited \d+ times? in total\.?$"
            r"|^who is online$|^users browsing this forum:|^powered by phpbb\b|^jump to$"
            r"|^(?:-\s*)?post by \S.{0,60}[»›]",
            re.I,
        ),
    ),
    # (and a converter's "[pic]" where a Word file's picture was)
    ("image caption", lazy_compile(r"^\[(?:image|photo|picture|graphic|logo|icon|pic)\b[^\]]{0,200}\]$", re.I)),
    # a screen-reader text version's mark before each section ("++"), for jumping from one to the next
    ("screen-reader mark", lazy_compile(r"^\+\+$")),
    # a code fence a page converter put round a "<pre>" block of the protocol's own text
    ("code fence", lazy_compile(r"^(?:`{3,}|~{3,})[\w-]*$")),
    (
        "share links",
        lazy_compile(
            r"^share(?: this(?: page| article)?)?(?: on)?\s*:?\s*(?:(?:facebook|twitter|x|email|e-mail|linkedin|"
            r"whatsapp|print)\b[\s,|/]*){1,6}$",
            re.I,
        ),
    ),
    # "On this page: Purpose · Roles · Contact ...": a contents list on one line.
    ("contents list", lazy_compile(r"^(?:on this page|contents|in this section|jump to)\s*:\s*[^.]{0,300}[·|•]", re.I)),
    # "Download: PDF version (212 KB) · Large print"
    ("download link", lazy_compile(r"^download\s*:\s*(?=.{0,100}$).*\b(?:pdf|docx?|kb|mb)\b", re.I)),
    # "Download this protocol as a PDF (186 KB)", "Download Section 5.3 (PDF, 312KB)", "Lawrlwytho PDF /
    # Download PDF (204 KB)": a short line ending in the file's type or size in brackets (not "Download the
    # form (PDF), complete it and return it to the Clerk")
    (
        "download link",
        lazy_compile(
            r"^(?:lawrlwytho\b[^/]{0,40}/\s*)?download\b(?=.{0,100}$)[^;]*"
            r"\([^()]*\b(?:pdf|docx?|word|\d+\s?[km]b)\b[^()]*\)\s*$",
            re.I,
        ),
    ),
    # An article's details from an old CMS: "Written by Clerk | Hits: 212", "Views: 1,204".
    ("article details", lazy_compile(r"^(?=.{0,80}$).*\b(?:hits|views)\s*:\s*\d[\d,]*$", re.I)),
    # A paragraph's badge on a page of cards: "Applies to: Both", "Applies to: Members".
    (
        "tag",
        lazy_compile(
            r"^applies to\s*:\s*(?:both|all|everyone|members|officers|councillors|staff|employees|"
            r"members and officers|councillors and staff)$",
            re.I,
        ),
    ),
)
_PIPES = lazy_compile(r"^[^|]{1,60}(?:\s\|\s[^|]{1,60}){2,}$")
_SHORT = lazy_compile(r"^[^.;:!?]{1,50}[?]?$")
# A line that is all an HTML comment, as a Markdown export keeps one: never the document's text.
_COMMENT_LINE = lazy_compile(r"^<!--(?:(?!-->).)*-->$")
_CONTENTS = lazy_compile(
    # (with the Welsh or Gaelic word beside it in a bilingual document: "Cynnwys / Contents")
    r"^(?:(?:cynnwys|cl[aà]r-innse)\s*/\s*)?(?:contents|table of contents|on this page|in this (?:page|document)|index|"
    r"(?:inside|in) this issue)"
    r"(?:\s*/\s*(?:cynnwys|cl[aà]r-innse))?\s*:?$|^cynnwys\s*:?$",
    re.I,
)
# "In this chapter" over a handbook chapter's list of its numbered sections ("- 6.1 Introduction");
# not "In this Part:" over definitions, nor "In this section" over rules: only numbered titles follow.
_SECTION_CONTENTS = lazy_compile(r"^in this (?:chapter|section|part)$", re.I)
_NUMBERED_TITLE = lazy_compile(r"^(?:[-*\u2022]\s*)?\d+(?:\.\d+)*\.?\s+[A-Z][^.!?:;]{0,70}$")


# The protocol's own adoption and review record ('Adopted: 10 July 2018 | Next review: June 2025')
# is content, however much it looks like a footer; the web page's 'Page updated' date is not.
_PROTOCOL_DATES = lazy_compile(
    r"^\s*(?:date\s+)?(?:adopted|approved|agreed|ratified|reviewed|revised|next review|review date|"
    r"date of (?:adoption|approval|review)|in force from|effective from)\b.{0,200}\b(?:19|20)\d\d\b",
    re.I,
)


# A line the cookie banner's pattern can match names cookies or settings: the one unanchored
# pattern, looked for only there (it cost more than all the others together).
_MAY_BE_COOKIES = lazy_compile(r"cookie|settings", re.I)
_WIDGET_WORDS = lazy_compile(r"(?:print(?: this page)?|share|yes|no)(?:\s+(?:print(?: this page)?|share|yes|no))+")
_LINK_BAR_GAP = lazy_compile(r"\s{2,}|\s[|·•]\s")


def _chrome_line(line: str) -> str:
    """Why one line on its own is web chrome ('' if it is not)."""
    if _PROTOCOL_DATES.match(line):
        return ""
    stripped = line.strip()
    key = " ".join(stripped.lower().split()).rstrip(" :")  # (split: the same whitespace as \s)
    if key in _NAV_WORDS or _WIDGET_WORDS.fullmatch(key):
        return "navigation"
    parts = [p for p in _LINK_BAR_GAP.split(stripped.lower()) if p]
    if len(parts) >= 3 and sum(p in _NAV_WORDS for p in parts) >= 0.6 * len(parts):  # 'Contact us   Privacy   Cookies'
        return "navigation"
    cookies = bool(_MAY_BE_COOKIES.search(stripped))
    for reason, pattern in _CHROME:
        if (cookies or pattern is not _COOKIE_BANNER) and pattern.search(stripped):
            return reason
    if _PIPES.match(stripped) and not stripped.startswith("|"):
        return "footer"
    return ""


def _short(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 6 and bool(_SHORT.match(s)) and not _MARKER.match(s)


_NOT_LOWER = lazy_compile(r"[^a-z]+")


@functools.lru_cache(maxsize=8192)  # (a page's lines are looked up two or three times each)
def _key(line: str) -> str:
    return _NOT_LOWER.sub(" ", line.lower()).strip()


_FRONT_MATTER = lazy_compile(r"^\s*$|^[A-Za-z_][\w-]*:(?:\s.*)?$|^\s*-\s")
_FOLDED = lazy_compile(r":\s*[>|][-+]?\s*$")  # ("description: >-": a value folded over the lines after it)


def _front_matter(lines: Sequence[str]) -> bool:
    """Every line is a key, a list item or a blank, or the words of a value folded under its key."""
    folded = False
    for line in lines:
        if _FRONT_MATTER.match(line):
            folded = bool(_FOLDED.search(line)) or (folded and not line.strip())
        elif not folded:
            return False
    return True


_TOML_LINE = lazy_compile(r"^\s*$|^\s*\[[\w.\-\s\"']+\]\s*$|^\s*[A-Za-z_][\w.\-]*\s*=\s*\S")


def _toml_front_matter(lines: Sequence[str]) -> bool:
    """Every line is a key's "= value", a "[table]" or a blank."""
    return all(_TOML_LINE.match(line) for line in lines)


_TEMPLATE_TAG = lazy_compile(r"^\s*(?:\{%.*%\}|\{\{.*\}\})\s*$")


_EMAIL_HEADER = lazy_compile(r"^(?:from|sent|date|to|cc|bcc|subject|attachments|importance):\s", re.I)
# Where the earlier messages of an email thread begin: Outlook's "-----Original Message-----",
# a mail app's "On 11 Mar 2025, at 08:02, Pat <...> wrote:", or a line quoted with ">".
_EARLIER_MESSAGE = lazy_compile(r"^(?:-{2,}\s*original message\s*-{2,}|on .{6,160} wrote:)", re.I)


def email_reasons(lines: Sequence[str]) -> dict[int, str]:
    """A protocol sent round in an email: the header lines at its top ("From:", "Sent:", "To:",
    "Subject:", three or more) and the earlier messages of the thread after it (once twenty
    lines of the email itself have come before them: a protocol quoted whole is kept); a short
    reply above a protocol quoted whole; the greeting and signature set apart by rules, by index."""
    reasons: dict[int, str] = {}
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    head = []
    # (an email printed from Outlook: the mailbox's name on a line of its own over the header)
    mailbox = (
        len(filled) > 3
        and len(lines[filled[0]].split()) <= 8
        and not _EMAIL_HEADER.match(lines[filled[0]].strip())
        and not re.search(r"\b(?:protocol|code|policy|guidance|relations)\b", lines[filled[0]], re.I)
        and all(_EMAIL_HEADER.match(lines[k].strip()) for k in filled[1:4])
    )
    for k in filled[1:] if mailbox else filled:
        if not _EMAIL_HEADER.match(lines[k].strip()):
            break
        head.append(k)
    # A forward from a phone: "Joan" / "Sent from my iPhone" / "Begin forwarded message:" and the forwarded
    # message's own header lines ("> From: ...", "> Subject: ..."), none of them the protocol's.
    for n, k in enumerate(filled[:30]):
        text = _unquoted(lines[k])
        if _SENT_FROM_APP.match(text):
            reasons[k] = "email signature"
            if n and _NAME_LINE.match(_unquoted(lines[filled[n - 1]])):
                reasons[filled[n - 1]] = "email signature"
        elif _FORWARDED.match(text):
            reasons[k] = "forwarded message's header"
            for j in filled[n + 1 : n + 8]:
                if not _EMAIL_HEADER.match(_unquoted(lines[j])):
                    break
                reasons[j] = "forwarded message's header"
    if len(head) < 3:
        return reasons
    reasons.update(dict.fromkeys(head, "email header"))
    if mailbox:
        reasons[filled[0]] = "email header"
    body = [k for k in filled if k > head[-1]]
    # The sender's sign-off after the protocol, and all that follows it: their name and post, the
    # council's address, a note of their working hours, the confidentiality notice.
    close = next((n for n in range(len(body) - 1, -1, -1) if _SIGN_OFF.match(lines[body[n]].strip())), None)
    if (
        close is not None
        and len(body) - close <= 25
        and not _clause_lines(lines, body[close:])
        and not _rule_lines(lines, body[close:])
    ):
        reasons.update({k: "email signature" for k in body[close:]})
        body = body[:close]
    # A short reply above the protocol quoted whole ("Diolch, read it at last! ... Sent from my
    # iPhone" / "On 3 Jun 2025, ... wrote:" / the protocol): the reply and the quote's opening line
    # are the thread, not the protocol.
    wrote = next((n for n in range(min(20, len(body))) if _EARLIER_MESSAGE.match(_unquoted(lines[body[n]]))), None)
    if wrote is not None and len(body) - wrote > 20 and not _clause_lines(lines, body[:wrote]):
        reasons.update({k: "reply above the quoted protocol" for k in body[: wrote + 1]})
        body = body[wrote + 1 :]
    else:
        quoted = [all(lines[j].lstrip().startswith(">") for j in body[n : n + 3]) for n in range(len(body))]
        start = next(
            (k for n, k in enumerate(body) if n >= 20 and (_EARLIER_MESSAGE.match(lines[k].strip()) or quoted[n])),
            None,
        )
        if start is not None:
            reasons.update({k: "earlier message in the email thread" for k in filled if k >= start})
            return reasons
    # The message around the protocol, set apart by rules ("Dear all, ... here is the protocol" /
    # "----------" / the protocol / "----------" / the signature and disclaimer).
    # (A rule with text right above it underlines a heading; text with numbered clauses is the
    # protocol's, whatever rules it holds.)
    rules = [
        n
        for n, k in enumerate(body)
        if _MESSAGE_RULE.match(_unquoted(lines[k])) and (k == 0 or not _unquoted(lines[k - 1]))
    ]
    if len(rules) >= 2 and rules[-1] - rules[0] >= 10:
        if not _clause_lines(lines, body[: rules[0]]):
            reasons.update({k: "email greeting" for k in body[: rules[0] + 1]})
        if len(body) - rules[-1] <= 12 and not _clause_lines(lines, body[rules[-1] :]):
            reasons.update({k: "email signature" for k in body[rules[-1] :]})
    return reasons


_MESSAGE_RULE = lazy_compile(r"^(?:-{5,}|_{5,})$")
_SIGN_OFF = lazy_compile(
    r"^(?:(?:kind|best|warm|many) (?:regards|wishes|thanks)|regards|thanks|many thanks|with (?:best|kind) regards|"
    r"yours (?:sincerely|faithfully|truly)|cheers)[,!.]?$",
    re.I,
)
_LETTER_CLOSE = lazy_compile(r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|with best wishes),?$", re.I)
_ENCLOSED = lazy_compile(r"^(?:enc|encs|encl)\.?\s|^enclosures?:\s", re.I)
_PRINTED_BY = lazy_compile(r"^printed by:\s+\S", re.I)
_PRINT_DETAIL = lazy_compile(r"^(?:site|course|book|chapter|printed by|date):\s+\S.{0,100}$", re.I)
_SENT_FROM_APP = lazy_compile(
    r"^(?:sent from my (?:iphone|ipad|samsung(?: galaxy)?|galaxy|android(?: phone)?|mobile|phone)"
    r"|get outlook for (?:ios|android))$",
    re.I,
)
# A signatory's name ("Joan", "Fiona Marchetti", "Cllr J. Smith"): a few capitalised words, nothing else.
_NAME_LINE = lazy_compile(r"^(?:(?:cllr|councillor|mr|mrs|ms|dr)\.? )?[A-Z][a-z'’.-]*(?: [A-Z][a-z'’.-]*){0,3}$")
# A signatory's post ("Director of Legal and Governance and Monitoring Officer", "Clerk and RFO").
_POST_LINE = lazy_compile(
    r"\b(?:clerk|officer|director|manager|chief executive|head of|secretary|rfo|assistant|administrator|"
    r"co-?ordinator|monitoring|democratic services)\b",
    re.I,
)
_NOT_A_POST = lazy_compile(
    r"\b(?:between|relations?|protocol|polic\w*|councillors|members|working|together|code)\b", re.I
)


def _signatory(lines: Sequence[str], after: Sequence[int]) -> list[int]:
    """The lines after a letter's close that sign it: a name, then perhaps a post, then perhaps "Enc. ...", in that
    order and nothing else (a model letter's close inside a protocol is followed by its next heading: none)."""
    out: list[int] = []
    stage = 0  # 0: a name next; 1: a post or "Enc."; 2: "Enc." only
    for j in after:
        line = re.sub(r"^#+\s*", "", _unquoted(lines[j]))
        if _ENCLOSED.match(line):
            return [*out, j] if out else []
        if stage == 0 and _NAME_LINE.match(line) and not _CLAUSE_LINE.match(line):
            out.append(j)
            stage = 1
        elif (
            stage == 1
            and len(line.split()) <= 10
            and _POST_LINE.search(line)
            and not _NOT_A_POST.search(line)
            and not re.search(r"\d", line)
            and not _TERMINAL.search(line)
        ):
            out.append(j)
            stage = 2
        else:
            break
    return out


_FORWARDED = lazy_compile(r"^(?:begin forwarded message:|-{2,}\s*forwarded message\s*-{2,})$", re.I)
_CLAUSE_LINE = lazy_compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z]")


def _clause_lines(lines: Sequence[str], at: Sequence[int]) -> bool:
    """Two or more of these lines start like numbered clauses ("1. Councillors ...", "4.2 The")."""
    return sum(bool(_CLAUSE_LINE.match(_unquoted(lines[k]))) for k in at) >= 2


def _unquoted(line: str) -> str:
    return re.sub(r"^(?:>\s?)+", "", line.strip()).strip()


# A council magazine prints its protocol with paid adverts between clauses: a box labelled
# "ADVERTISEMENT" holding a business's name, a line or two of offer and its contact details.
_ADVERT_LABEL = lazy_compile(
    r"^\W*(?:(?:paid\s+)?advertisement|advert|advertising feature|advertorial|sponsored(?: content)?)\W*$", re.I
)
_CONTACT = lazy_compile(
    r"\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|\+44\s*(?:\(0\))?\s*\d|@|\bwww\.|\.(?:co\.uk|com|org\.uk)\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",  # (a phone number, an address on the web, a postcode)
    re.I,
)
ADVERT_LINES = 6  # at most this many lines after the label, each of at most 12 words


def advert_reasons(lines: Sequence[str]) -> dict[int, str]:
    """The advert boxes of a magazine page, by index: the label line and the short lines after it up
    to the first that gives a phone number, an email or web address or a postcode (the box's end), at
    most `ADVERT_LINES` of them. A box with no such line, or broken by a sentence of prose or a
    numbered clause before one, is left alone (a heading "Advertisement" over a recruitment rule)."""
    reasons: dict[int, str] = {}
    for k, line in enumerate(lines):
        if not _ADVERT_LABEL.match(line.strip()):
            continue
        box = []
        for j in range(k + 1, len(lines)):
            text = lines[j].strip()
            if not text:
                continue
            if len(box) == ADVERT_LINES or _MARKER.match(text) or len(text.split()) > 12 or _ADVERT_LABEL.match(text):
                break
            if _TERMINAL.search(text) and len(text.split()) >= 6 and not _CONTACT.search(text):
                break  # (a sentence: the text goes on, no advert)
            box.append(j)
            if _CONTACT.search(text):
                reasons.update(dict.fromkeys([k, *box], "advertisement"))
                break
    return reasons


# A register of rules whose status column marks some rows as options not adopted ("P09A NOT ADOPTED -
# P&R 03/02/2025"): those rows read like rules and are none.
_NOT_ADOPTED_STATUS = lazy_compile(
    r"^\W*(?P<ref>[A-Z]{1,3}\d{1,3}[A-Z]?|\d{1,2}(?:\.\d{1,2})+[A-Z]?)\s*[-:\u2013|]?\s*"
    r"(?:NOT ADOPTED|Not adopted|NOT AGREED|Not agreed|REJECTED|Rejected|WITHDRAWN|Withdrawn)\b"
    r"(?=\s*(?:$|[-:\u2013|(,]|\d|[A-Z]))"  # (a status, not "4.2 Rejected applications may be ...")
)
_ROW_REF = lazy_compile(r"^\W*([A-Z]{1,3}\d{1,3}[A-Z]?|\d{1,2}(?:\.\d{1,2})+[A-Z]?)\b")
ROW_LINES = 8  # at most this many lines of one row after its reference


def not_adopted_reasons(lines: Sequence[str]) -> dict[int, str]:
    """The rows a register marks as not adopted, by index: each status line ("P09A NOT ADOPTED ...",
    twelve words at most) and the row that starts with the same reference, up to the next line that
    starts with a reference (at most `ROW_LINES` lines)."""
    refs = {
        m["ref"]: k
        for k, line in enumerate(lines)
        if (m := _NOT_ADOPTED_STATUS.match(line.strip())) and len(line.split()) <= 12
    }
    reasons: dict[int, str] = {}
    for ref, status in refs.items():
        for k, line in enumerate(lines):
            start = _ROW_REF.match(line.strip())
            if k == status or not start or start[1] != ref or len(line.split()) < 2:
                continue
            reasons[status] = reasons[k] = f"not adopted ({ref})"
            for j in range(k + 1, min(len(lines), k + 1 + ROW_LINES)):
                if _ROW_REF.match(lines[j].strip()) or not lines[j].strip():
                    break
                reasons[j] = f"not adopted ({ref})"
    return reasons


# A training quiz's statements are there to be judged, most of them false ("An officer can come to
# my group meeting if I invite them."): never quoted as the protocol. Its answers are kept.
_QUIZ_TITLE = lazy_compile(r"\b(?:quiz|true or false|myths?|myth[- ]?busters?|test yourself)\b", re.I)
_QUIZ_END = lazy_compile(r"^\W*(?:(?:the|quiz)\s+)?answers?\b|^#", re.I)


def quiz_reasons(lines: Sequence[str]) -> dict[int, str]:
    """A quiz's title ("Quick quiz - true or false?", a short line that asks or says "true or
    false" or starts "Quiz") and the statements after it, up to a blank line, its answers or twelve
    lines, by index; only when its answers follow within thirty lines ("Charity quiz nights and
    raffles" heads rules, not a quiz)."""
    reasons: dict[int, str] = {}
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        title = line and not re.match(r"^(?:[-\u2022*\u00b7]|\d{1,2}[.)])", line)  # (not an agenda's item)
        title = title and (line.endswith("?") or re.search(r"true or false|^\W*(?:quick |short )?quiz\b", line, re.I))
        answered = title and any(
            _QUIZ_END.search(ln.strip()) and not ln.startswith("#") for ln in lines[k + 1 : k + 31]
        )
        if title and answered and len(line.split()) <= 8 and _QUIZ_TITLE.search(line) and not _QUIZ_END.search(line):
            reasons[k] = "quiz"
            j = k + 1
            while j < len(lines) and j <= k + 12 and lines[j].strip() and not _QUIZ_END.search(lines[j].strip()):
                reasons[j] = "quiz"
                j += 1
            k = j
        k += 1
    return reasons


# A heading of text no longer in force ("Appendix B - Version 3.1 text (superseded)").
_SUPERSEDED = lazy_compile(
    r"\b(?:superseded|revoked|no longer (?:applies|apply|in force)|previous version|former version|old version)\b",
    re.I,
)
# A myth card's label ("MYTH", "Myth:", "✗ Myth"): the statement after it is the mistake the card
# corrects (a training module's "Myth or fact?"), never a rule.
_MYTH_LABEL = lazy_compile(r"^\W{0,3}myth\b(?!\s+(?:or|and|busting)\b)\s*[:.!\-\u2013]?\s*(?P<rest>.*)$", re.I)
_NUMBERED_LINE = lazy_compile(r"^\s*(?:\d{1,3}[A-Z]?(?:\.\d{1,3})*[.)]|\(\w{1,4}\))\s")
# A heading of text not yet in force: "Prospective" (as revised legislation marks a provision that
# has no commencement date yet), "Not yet in force". (Not "Prospective councillors".)
_NOT_YET_IN_FORCE = lazy_compile(r"^(?:prospective|not yet in force|not in force yet)\s*[.:]?\s*$", re.I)


def _out_of_force(heading: str) -> str:
    if _SUPERSEDED.search(heading):
        return "superseded text"
    return "not yet in force" if _NOT_YET_IN_FORCE.match(heading.strip()) else ""


# A newsletter or magazine prints the protocol on pages apart: "Continued on page 4 ►" where it breaks off,
# "YOUR PARISH COUNCIL (continued from page 2)" where it goes on.
_CONTINUED_ON = lazy_compile(
    r"^\(?(?:continued|cont(?:'|’)?d\.?)\s+(?:on|overleaf)\b(?:\s+(?:page|p\.)\s*\d{1,3})?\W{0,4}$", re.I
)
_CONTINUED_FROM = lazy_compile(r"\(?\b(?:continued|cont(?:'|’)?d\.?)\s+from\s+(?:page|p\.)\s*\d{1,3}\s*\)?$", re.I)


_RULE_WORD = lazy_compile(
    r"\b(?:councillors?|members?|staff|officers?|employees?|the clerk|chair\w*|mayor)\b[^.;]{0,60}?"
    r"\b(?:must|should|shall|may|will not|cannot|can't|are not to|is not to)\b",
    re.I,
)


def _rule_lines(lines: Sequence[str], at: Sequence[int]) -> bool:
    """Two or more of these lines state a rule ("Councillors must ...", "Staff should not ...")."""
    return sum(bool(_RULE_WORD.search(lines[k])) for k in at) >= 2


def _mark_other_pages(lines: Sequence[str], reasons: list[str]) -> None:
    """What lies between a "Continued on page N" and the "(continued from page M)" after it (the
    newsletter's other pages: its village news, its adverts) is no part of the protocol; nor are the
    two jump lines. Only where no numbered clauses lie between them."""
    n = len(lines)
    for k in range(n):
        if not _CONTINUED_ON.match(lines[k].strip()):
            continue
        end = next((j for j in range(k + 1, min(n, k + 80)) if _CONTINUED_FROM.search(lines[j].strip())), None)
        if end is None or _clause_lines(lines, range(k + 1, end)) or _rule_lines(lines, range(k + 1, end)):
            continue
        for j in range(k, end + 1):
            if lines[j].strip():
                reasons[j] = "page jump" if j in (k, end) else reasons[j] or "the newsletter's other pages"


def chrome_reasons(lines: Sequence[str]) -> list[str]:
    """For each line, why it is web-page chrome or a contents list ('' when it is content).

    Lines on their own: menus, cookie banners, breadcrumbs, 'Page updated' footers, sharing and
    feedback widgets, download links, link bars ('Privacy | Accessibility | Cookies'). In runs:
    a block of short lines holding a menu word is a menu; 'Related pages' and 'Contents' take the
    short lines after them; a list of headings the text repeats later is a contents list; and
    after the page's end marks ('Back to top', 'Was this page helpful?') only short lines follow.
    """
    headings = [bool(_MD_HEADING.match(ln.strip())) for ln in lines]
    lines = [_MD_HEADING.sub("", ln.strip()) for ln in lines]
    reasons = [_chrome_line(ln) if ln.strip() else "" for ln in lines]
    n = len(lines)
    # A page generator's source: YAML front matter between '---' lines at the top ("layout: policy",
    # "title: ...") or in a comment there, as a wiki exports a page ("<!--", "tags: ...", "-->"), and
    # template tags on lines of their own ("{% include breadcrumbs.html %}").
    first = next((k for k in range(n) if lines[k].strip()), None)
    # (Hugo's TOML front matter between '+++' lines: "title = ...", "[params]")
    closes = {"---": "---", "<!--": "-->", "+++": "+++"}
    if first is not None and (close := closes.get(lines[first].strip())):
        end = next((k for k in range(first + 1, min(n, first + 60)) if lines[k].strip() == close), None)
        inside = lines[first + 1 : end] if end is not None else []
        if end is not None and (_toml_front_matter(inside) if close == "+++" else _front_matter(inside)):
            for k in range(first, end + 1):
                reasons[k] = "front matter" if lines[k].strip() else ""
    for k in range(n):
        if _TEMPLATE_TAG.match(lines[k]):
            reasons[k] = "template tag"
        elif _COMMENT_LINE.match(lines[k].strip()):  # "<!-- Exported from the Members' Portal ... -->"
            reasons[k] = "page comment"
        # A comment over several lines: a Markdown converter's report at the top ("<!-----" ... "----->")
        elif lines[k].lstrip().startswith("<!--") and "-->" not in lines[k] and not reasons[k]:
            end = next((j for j in range(k + 1, min(n, k + 80)) if "-->" in lines[j]), None)
            if end is not None and lines[end].rstrip().endswith("-->"):
                for j in range(k, end + 1):
                    reasons[j] = "page comment" if lines[j].strip() else ""
    # A myth card: its label and the statement it labels (on the label's line or the next).
    for k in range(n):
        if (m := _MYTH_LABEL.match(lines[k].strip())) and not headings[k]:
            reasons[k] = "a myth, stated to be corrected"
            if not m["rest"].strip():
                nxt = next((j for j in range(k + 1, min(n, k + 3)) if lines[j].strip()), None)
                if nxt is not None and not headings[nxt]:
                    reasons[nxt] = "a myth, stated to be corrected"
    # A section headed as text no longer in force ("## Appendix B - Version 3.1 text (superseded)"):
    # kept for reference by the page, not the rules; up to the next heading or rule line. So is one
    # headed as not yet in force ("## Prospective"); a label line of its own ("Prospective") takes
    # only the paragraph after it.
    for k in range(n):
        if not headings[k] and _NOT_YET_IN_FORCE.match(lines[k].strip()):
            reasons[k] = "not yet in force"
            # the paragraph after it: to a blank line, a heading or the next numbered paragraph (a PDF
            # gives a paragraph as several lines)
            first = next((j for j in range(k + 1, n) if lines[j].strip()), None)
            for j in range(first, n) if first is not None and not headings[first] else ():
                if j > first and (not lines[j].strip() or headings[j] or _NUMBERED_LINE.match(lines[j])):
                    break
                reasons[j] = "not yet in force"
            continue
        if headings[k] and (why := _out_of_force(lines[k])):
            reasons[k] = why
            for j in range(k + 1, n):
                if headings[j] or lines[j].strip() in ("---", "***", "___"):
                    break
                if lines[j].strip():
                    reasons[j] = why
    # A social post's comments: each a name, its words, its age ("1w", "5d") and "Like", "Reply", from the name
    # (a blank line before it) to "Reply"; and the thread's own lines ("8 comments", "View more comments").
    for k in range(n):
        if _COMMENT_AGE.match(lines[k].strip()) and [x.strip().lower() for x in lines[k + 1 : k + 3]] == [
            "like",
            "reply",
        ]:
            # (its name and words: up to four lines back, not past a blank line or the comment before it; the
            # metadata's lines have no blank lines)
            start = k
            while (
                start > max(0, k - 4)
                and lines[start - 1].strip()
                and lines[start - 1].strip().lower() not in ("reply", "like")
                and not _THREAD_LINE.match(lines[start - 1].strip())
            ):
                start -= 1
            for j in range(start, k + 3):
                reasons[j] = "a reader's comment"
        elif _THREAD_LINE.match(lines[k].strip()):
            reasons[k] = "a reader's comment"
    # A callout in a note-taking app's clip: the reader's own note (see `strip_markdown`).
    for k in range(n):
        if lines[k].startswith(NOTE_MARK):
            reasons[k] = "reader's note"
    # A text-mode browser's list of the page's link addresses, from "References" to the end.
    start = next((k for k in range(n) if lines[k].strip() == "References"), None)
    if start is not None and _LINK_LIST_START.search("\n".join(lines[start : start + 6])):
        if all(not lines[k].strip() or _LINK_LIST_ITEM.match(lines[k]) for k in range(start + 1, n)):
            for k in range(start, n):
                reasons[k] = "link list" if lines[k].strip() else ""
    # A covering letter's close: "Yours sincerely", the signatory's name, their post, "Enc. ..." (not the enclosure,
    # nor a model letter's close inside the protocol followed by its next heading).
    for k in range(n):
        if _LETTER_CLOSE.match(lines[k].strip()):
            after = [j for j in range(k + 1, min(n, k + 12)) if lines[j].strip()][:4]
            signed = _signatory(lines, after)
            if signed:
                for j in [k, *signed]:
                    reasons[j] = reasons[j] or "letter's close"
    # A learning site's "print book" details: "Site:", "Course:", "Book:", "Printed by:", "Date:" in a block.
    for k in range(n):
        if _PRINTED_BY.match(lines[k].strip()):
            block = [j for j in range(max(0, k - 5), min(n, k + 6)) if _PRINT_DETAIL.match(lines[j].strip())]
            if len(block) >= 3:
                # (the book's name stays: it may be the document's only title)
                for j in block:
                    if not lines[j].strip().lower().startswith("book:"):
                        reasons[j] = reasons[j] or "print details"
    found = email_reasons(lines) | quiz_reasons(lines) | advert_reasons(lines) | not_adopted_reasons(lines)
    for k, reason in found.items():
        reasons[k] = reason
    # Runs of short lines (blank lines do not end a run: menus are often spaced out).
    i = 0
    while i < n:
        if not _short(lines[i]) and not reasons[i]:
            i += 1
            continue
        j = i
        while j < n and (not lines[j].strip() or _short(lines[j]) or reasons[j] == "navigation"):
            j += 1
        run = [k for k in range(i, j) if lines[k].strip()]
        # (a menu printed as a list counts too, "• Jobs", but never "- Yes" or "- No")
        nav = [
            k
            for k in run
            if (reasons[k] == "navigation" or _nav_item(lines[k])) and _key(lines[k]) not in ("yes", "no")
        ]
        if len(run) >= 4 and nav:
            for k in run[: run.index(nav[-1]) + 1]:  # what follows the last menu word may be the title
                reasons[k] = reasons[k] or "navigation"
        i = max(j, i + 1)
    # A sidebar or contents heading takes the short lines after it (up to a blank line for a sidebar).
    for k in range(n):
        line = lines[k].strip()
        numbered = bool(_SECTION_CONTENTS.match(line))
        contents = numbered or bool(_CONTENTS.match(line))
        if contents or _key(line) in ("related pages", "related documents", "related links"):
            reasons[k] = "contents list" if contents else "navigation"
            first = ""
            paged = 0  # entries that end with their page ("1 Introduction page 3", "Roles ..... 4")
            for m in range(k + 1, n):
                entry = lines[m].strip()
                if not entry:
                    following = next((x.strip() for x in lines[m + 1 :] if x.strip()), "")
                    # (a Markdown export's contents links, a blank line between each: "1. Purpose", "2. Roles")
                    if contents and not (first and not _toc_entry(following) and not _NUMBERED_TITLE.match(following)):
                        continue
                    break
                if contents and first and _key(_PAGE_GIVEN.sub("", entry)) == first or headings[m]:
                    break  # the headings start again: the contents list is over
                listed = _short(entry) or _toc_entry(entry)
                if numbered and not _NUMBERED_TITLE.match(entry):
                    break
                # (a list whose entries give their pages is over at a numbered clause that gives none: a
                # large-print PDF's contents page ran on into its first clause's wrapped lines, "1.1 This
                # protocol guides the relationship between the")
                if contents and paged >= 3 and _CLAUSE_START.match(entry) and not _paged_entry(entry):
                    break
                paged += contents and _paged_entry(entry)
                if contents:
                    # ("5.2 Code of Conduct for Employees (extract)": a bracket ends no sentence)
                    listed = listed or len(entry.split()) <= 14 and not re.search(r"[.!?:;\"'\u2019\u201d]\s*$", entry)
                if not listed:
                    break
                first = first or _key(_PAGE_GIVEN.sub("", entry))  # ("1 Introduction page 3": "1 introduction")
                reasons[m] = "contents list" if contents else "navigation"
            if numbered and not first:
                reasons[k] = ""  # ("In this section" over rules: a heading like any other)
    # A list of headings at the top that the text repeats later, in order: a contents list.
    _mark_repeated_headings(lines, reasons)
    _mark_other_pages(lines, reasons)
    # After the page's end marks, the rest is footer when it is all short lines.
    ends = [
        k
        for k in range(n)
        if _key(lines[k])
        in (
            "back to top",
            "was this page helpful",
            "was this page useful",
            "related pages",
            "related documents",
            "top of page",
            "report a problem with this page",
        )
    ]
    if ends and n - ends[0] <= 40:
        tail = [k for k in range(ends[0], n) if lines[k].strip()]
        if all(
            reasons[k] or _short(lines[k]) or len(lines[k].split()) <= 12 and not _TERMINAL.search(lines[k])
            for k in tail
        ) and not any(_MARKER.match(lines[k].strip()) for k in tail):
            for k in tail:
                if not _PROTOCOL_DATES.match(lines[k]):
                    reasons[k] = reasons[k] or "footer"
    # A marked heading named like a menu word ("## Contact") over a numbered or bulleted sentence of
    # the document's own ("- Please contact the Clerk by email rather than by phone.") heads that
    # text: a small council's Word file names its section on contacting the Clerk so. A menu is
    # followed by links, a page's "Was this page helpful?" by a line about feedback.
    # (so, unmarked, does such a word on a line of its own between two of the document's numbered
    # sentences, once in the document: a PDF's "Contact" over "15. Councillors should not contact ...",
    # where a footer's "Contact" comes on every page)
    seen = Counter(" ".join(line.lower().split()) for line in lines) if "navigation" in reasons else Counter()
    for k in range(n):
        unmarked = reasons[k] == "navigation" and not headings[k] and _between_sentences(lines, reasons, k, seen)
        if reasons[k] == "navigation" and (headings[k] or unmarked):
            after = next((j for j in range(k + 1, n) if lines[j].strip() and reasons[j] != "code fence"), None)
            text = lines[after].strip() if after is not None else ""
            # (a PDF's sentence goes on, wrapped, on the next line)
            if (
                text
                and not reasons[after]
                and _MARKER.match(text)
                and len(text.split()) >= 8
                and (_TERMINAL.search(text) or unmarked)
            ):
                reasons[k] = ""
    return reasons


def _between_sentences(lines: Sequence[str], reasons: list[str], k: int, seen: Counter[str]) -> bool:
    """A menu word's line that comes once in the document, after a line of its text that ends a sentence."""
    if seen[" ".join(lines[k].lower().split())] != 1 or len(lines[k].split()) > 2:
        return False
    before = next((j for j in range(k - 1, -1, -1) if lines[j].strip() and reasons[j] != "code fence"), None)
    return before is not None and not reasons[before] and bool(re.search(r"[.;]\s*$", lines[before]))


def _paged_entry(line: str) -> bool:
    """A contents entry that gives its page: '3. Roles ........ 4', '1 Introduction page 3'."""
    return _toc_entry(line) or bool(_PAGE_GIVEN.search(line))


_PAGE_GIVEN = lazy_compile(r"[\s.-]*\b(?:page|p\.|pp\.)\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s*$", re.I)
# A numbered clause's first line: "1.1 This protocol guides the relationship between the".
_CLAUSE_START = lazy_compile(r"^\d{1,2}\.\d{1,2}\.?\s+[A-Z][a-z]*(?:\s+\S+){4,}")


def _toc_entry(line: str) -> bool:
    """'3. Roles ........ 4', 'Introduction\t3', 'II\tRoles of councillors\t5 - 11'."""
    return bool(re.search(r"(?:\.{3,}|\t)\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s*$", line)) or (
        "\t" in line and len(line) <= 90 and not _TERMINAL.search(line)
    )


def _mark_repeated_headings(lines: Sequence[str], reasons: list[str]) -> None:
    content = [k for k in range(len(lines)) if lines[k].strip() and not reasons[k]]
    for pos in range(min(60, len(content))):
        run = []
        for m in content[pos:]:
            if not (_short(lines[m]) or _toc_entry(lines[m])):
                break
            run.append(m)
        if len(run) < 4:
            continue
        keys = [re.sub(r"^\d+(?:\.\d+)*\s+|\s+\d+$", "", _key(lines[m])).strip() for m in run]
        rest = " | ".join(_key(lines[m]) for m in content if m > run[-1])
        found = sum(1 for key in keys if key and key in rest)
        if found >= max(4, int(0.8 * len(keys))):
            for m in run:
                reasons[m] = "contents list"
        return  # only the first run of short lines after the chrome can be a contents list
