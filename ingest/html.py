"""Web pages (.html/.htm): the protocol's text without the site around it.

trafilatura picks the main content and drops menus, breadcrumbs, cookie banners, sidebars and
footers. Its Markdown output keeps headings ('#') and one line per paragraph and list item,
which is what `ingest.cleanup` reads. Ordered lists are numbered here first, as a browser shows
them, because trafilatura renumbers every list from 1. The page's <title> and <h1> are kept at
the top when trafilatura leaves them out: they often carry the council's name.
"""

from __future__ import annotations

import codecs
import copy
import re
from pathlib import Path

from ingest.cleanup import BR_TAG, MD_ESCAPE
from ingest.errors import IngestError
from ingest.limits import DEFAULT_LIMITS, Deadline, IngestLimits, over_limit
from ingest.records import Page
from ingest.word_numbering import format_number, int_or

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso8859-1", "latin-1", "ascii", "us-ascii", "iso-8859-1", "latin1", "cp1252", "windows-1252"}
# A list item that already carries its number: '2.1 ...', '3. ...', '(b) ...', 'iv) ...'.
_LABEL = re.compile(r"^(?:\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,6}[.)])\s")
# Inline formatting trafilatura's Markdown keeps as HTML ("2.1 <u>Members</u>", "1<sup>st</sup>"); a
# superscript number is a footnote mark, dropped ("the Act 2000<sup>1</sup>" is not "20001").
_FOOTNOTE_MARK = re.compile(r"<sup>\s*[\d*\u2020\u2021]+\s*</sup>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:u|sup|sub|ins|mark|small)>", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014\u00bb\u00b7:]{1,2}\s+")
_BLOCK_TAGS = ("p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote", "pre")
_BOILERPLATE_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
    "select", "iframe", "svg",
)  # fmt: skip
_BOILERPLATE_NAMES = re.compile(r"cookie|consent|breadcrumb|banner|menu|sidebar|skip-link|share", re.I)


def load_html(path: Path, limits: IngestLimits = DEFAULT_LIMITS, deadline: Deadline | None = None) -> list[Page]:
    """The main text of a saved web page as Markdown-ish lines (see the module docstring)."""
    import lxml.html
    from lxml import etree

    deadline = deadline or Deadline(path, limits)
    markup = decode_html(path.read_bytes())
    if not markup.strip():
        raise IngestError(path, "is an empty web page")
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:  # "Document is empty": only a doctype or comments
        raise IngestError(path, "is a web page with no readable content (only markup?)") from exc
    blocks = sum(1 for _ in tree.iter(*_BLOCK_TAGS))
    if blocks > limits.max_paragraphs:
        raise over_limit(
            path,
            f"is a web page of {blocks:,} paragraphs, list items and rows, over the {limits.max_paragraphs:,} limit",
            "max_paragraphs",
        )
    # Scripts and styles are never text; without them the page's text bounds what any extractor
    # returns, so an oversized page is refused before trafilatura spends seconds on it.
    list_kinds = css_list_kinds(" ".join(style.text or "" for style in tree.iter("style")))
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    if len(tree.text_content()) > limits.max_text_chars:
        raise over_limit(path, f"holds over {limits.max_text_chars:,} characters of text, the limit", "max_text_chars")
    # A line break is a space between words ("9 January 2017<br>Review date", "Swyddogion<br>Member")
    # wherever the text of an element is read as one string.
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    drop_permalinks(tree)
    toolbars = drop_archive_toolbars(tree)
    struck = drop_struck(tree)
    title = _squash(tree.findtext(".//title") or "")
    first_h1 = next(tree.iter("h1"), None)
    h1 = _squash(first_h1.text_content()) if first_h1 is not None else ""
    # A PDF converted to HTML: its pages, as the PDF loader gives a PDF's (running headers and
    # footers are then found as a PDF's are).
    if (pdf_pages := converted_pdf_pages(tree)) and any(texts := converted_pdf_texts(pdf_pages)):
        texts[0] = with_page_heading(texts[0], title, h1)
        return [Page(n, text, struck if n == 1 else ()) for n, text in enumerate(texts, 1)]
    unwrap_layout_tables(tree)
    number_ordered_lists(tree, list_kinds)
    mark_footnotes(tree)
    number_labelled_cards(tree)
    join_numbered_definitions(tree)
    lift_list_sections(tree)
    open_disclosures(tree)
    deadline.check()
    headings = _headings(tree)
    text = _pages_text(tree)
    text = with_headings(text, headings)
    deadline.check()
    if not text.strip():
        raise IngestError(path, "is a web page with no readable text (only menus, scripts or images?)")
    if len(text) > limits.max_text_chars:
        raise over_limit(path, f"holds over {limits.max_text_chars:,} characters of text, the limit", "max_text_chars")
    text = with_date_lines(unleaked(text), _block_texts(tree))
    return [Page(None, with_page_heading(text, title, h1), struck, left_out=toolbars)]


def drop_struck(tree: object) -> tuple[str, ...]:
    """Take out what the page strikes through (<del>, <s>, <strike>: "within <del>ten</del>
    <ins>five</ins> working days", a rule deleted in a revision), keeping the text after each;
    returns the struck text, which `protocols inspect` lists as dropped."""
    struck = []
    for el in list(tree.iter("del", "s", "strike")):  # type: ignore[attr-defined]
        if (words := _squash(el.text_content())) and not any(
            a.tag in ("del", "s", "strike") for a in el.iterancestors()
        ):
            struck.append(words)
        el.drop_tree()  # (lxml.html: the element and its text go, its tail stays)
    return tuple(struck)


# A permalink's mark: "#" after a heading, "¶" after a paragraph, a link symbol.
_PERMALINK_MARKS = frozenset({"#", "\u00b6", "\u00a7", "\U0001f517", "\u2693", "permalink"})


def drop_permalinks(tree: object) -> None:
    """Links to a place on the page itself whose text is only a mark ('<a href="#p1-1">¶</a>' after
    each paragraph, '#' after each heading), and a wiki's edit links: no words of the protocol. Their
    tails stay."""
    for a in list(tree.iter("a")):  # type: ignore[attr-defined]
        # (at the end of its heading or paragraph: "See <a href="#s2">§</a> 2" is a reference)
        if (
            (a.get("href") or "").startswith("#")
            and a.text_content().strip().lower() in _PERMALINK_MARKS
            and not (a.tail or "").strip()
        ):
            a.drop_tree()
    # A wiki's "[edit]" beside each heading ("<span class="mw-editsection">[<a ...>edit</a>]</span>"):
    # no words of the protocol either.
    for el in list(tree.iter("span", "div", "a")):  # type: ignore[attr-defined]
        classes = (el.get("class") or "").lower()
        if ("editsection" in classes or "edit-section" in classes) and len(el.text_content()) <= 20:
            el.drop_tree()


# A web archive's bar over the page it saved: archive.today's "webpage capture" header, the Wayback
# Machine's toolbar.
_ARCHIVE_BARS = "//div[@id='HEADER'][.//a[contains(@href, '://archive.')]] | //*[@id='wm-ipp-base' or @id='wm-ipp']"


def drop_archive_toolbars(tree: object) -> tuple[str, ...]:
    """A web archive's own bar over a saved page ("webpage capture", "Saved from", "All snapshots from
    host ...") is no part of the page: it goes, and is named once as left out."""
    found = []
    for el in tree.xpath(_ARCHIVE_BARS):  # type: ignore[attr-defined]
        found.append(f"web archive's toolbar: {' '.join(el.text_content().split())[:120]}")
        el.drop_tree()
    return tuple(found)


# Mark-up shown as text ("... COUNCIL<br />", "<strong>PART</strong> 5"): a document-sharing page
# that escaped a file's HTML, so its tags are words on the page.
_LEAKED_INLINE = re.compile(r"</?(?:strong|b|em|i|u|span|font)(?:\s[^<>]*)?>", re.IGNORECASE)


def unleaked(text: str) -> str:
    """Text whose line breaks are literal '<br />' tags (three or more) read as those lines: the
    page's own wrapping inside such a passage is a space, each tag a line end; literal inline tags
    are dropped."""
    if len(BR_TAG.findall(text)) < 3:
        return text
    passages = []
    for passage in re.split(r"\n\s*\n", text):
        if BR_TAG.search(passage):
            joined = " ".join(passage.split())
            passage = "\n".join(line.strip() for line in BR_TAG.split(joined) if line.strip())
        passages.append(passage)
    return _LEAKED_INLINE.sub("", "\n\n".join(passages))


_DATE_LINE = re.compile(
    r"\b(?:date\s+)?(?:adopted|approved|agreed|ratified|reviewed|revised|last reviewed|next review|review date|"
    r"date of (?:adoption|approval|review)|version|in force|effective)\b[^\n]{0,160}\b(?:19|20)\d\d\b",
    re.I,
)


# A dates line is about the document when it starts as one ("Adopted: ...", "Review date ...") or
# names it; "Allotment rents for 2024/25 agreed at £38 ... 24 October 2023" in a news sidebar is not.
_ABOUT_DOCUMENT = re.compile(
    r"^(?:date\s+)?(?:adopted|adoption|approved|approval|agreed|ratified|reviewed|revised|last reviewed|"
    r"next review|review date|date of|version|issue|in force|effective)\b"
    r"|\b(?:protocol|policy|document|constitution|code)\b",
    re.I,
)


def _block_texts(tree: object) -> list[str]:
    """The visible text of each paragraph-level element of the page."""
    return [_squash(el.text_content()) for el in tree.iter("p", "div", "li", "td", "span", "dd", "small")]  # type: ignore[attr-defined]


def with_date_lines(text: str, blocks: list[str]) -> str:
    """`text` plus the page's adoption/review lines that main-content extraction left out
    (boilerplate filters often drop a small "Adopted: 14 May 2019 | Review date: May 2023" line)."""
    seen = _squash(re.sub(r"[*_]+", "", text)).lower()  # Markdown's emphasis marks are not words
    extra: list[str] = []
    for block in blocks:
        if (
            len(block) <= 250
            and _DATE_LINE.search(block)
            and _ABOUT_DOCUMENT.search(block)
            and block.lower() not in seen
            and block not in extra
        ):
            extra.append(block)
    return text + ("\n\n" + "\n\n".join(extra) if extra else "")


def decode_html(data: bytes) -> str:
    """Bytes to text: a BOM, else the charset the page declares, else UTF-8, else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _clean_markup(data[len(bom) :].decode(encoding, "replace"))
    head = data[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    candidates = ["utf-8", "cp1252"]
    if declared:
        try:
            name = codecs.lookup(declared[1].decode("ascii")).name
        except LookupError:
            name = ""
        if name in _AS_CP1252 or declared[1].decode("ascii").lower() in _AS_CP1252:
            name = "cp1252"
        if name:
            candidates.insert(0, name)
    for encoding in candidates:
        try:
            return _clean_markup(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _clean_markup(data.decode("cp1252", "replace"))


def _clean_markup(markup: str) -> str:
    """lxml refuses text with an XML encoding declaration or control characters."""
    return _CONTROL.sub("", _XML_DECLARATION.sub("", markup, count=1))


def _squash(text: str) -> str:
    return " ".join(text.split())


_LAYOUT_CONTENT = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote")


def _holds_a_page(cell: object) -> bool:
    """A cell that holds a page's content (headings, lists, a table, several paragraphs), not a
    value: Word's HTML puts each cell's text in one <p>, which is still a value."""
    if next(cell.iter(*_LAYOUT_CONTENT), None) is not None:  # type: ignore[attr-defined]
        return True
    return sum(1 for _ in cell.iter("p")) >= 2  # type: ignore[attr-defined]


def unwrap_layout_tables(tree: object) -> None:
    """An old page laid out with a table (a menu in one cell, the whole protocol in the next) is no
    table of data: its rows and cells become plain blocks, so the headings and paragraphs inside
    stay headings and paragraphs instead of one tab-separated row. A table whose cells hold only
    text (a table of clauses, of dates) is kept."""
    for table in list(tree.iter("table")):  # type: ignore[attr-defined]
        cells = [c for c in table.iter("td", "th") if _owning_table(c) is table]
        if not any(_holds_a_page(c) for c in cells):
            continue
        rows = [e for e in table.iter("tbody", "thead", "tfoot", "tr") if _owning_table(e) is table]
        for el in [table, *rows, *cells]:
            el.tag = "div"
            for attr in ("width", "valign", "colspan", "rowspan"):
                el.attrib.pop(attr, None)


def _owning_table(el: object) -> object:
    """The nearest <table> above an element."""
    parent = el.getparent()  # type: ignore[attr-defined]
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


# A list's numbering style set by its class in the page's style sheet, as Google Docs publishes
# lists (".lst-kix_x-1>li:before{content:"" counter(lst-ctn-kix_x-1,lower-latin) ") "}") or as
# plain CSS (".steps{list-style-type:lower-roman}").
_CSS_LIST_RULE = re.compile(
    r"\.([\w-]+)\s*>\s*li:+before\s*\{[^{}]{0,300}?counter\([\w-]+\s*,\s*([\w-]+)\s*\)"
    r"|\.([\w-]+)\s*\{[^{}]{0,300}?list-style(?:-type)?\s*:\s*(?:(?:inside|outside)\s+)?([\w-]+)"
)
_CSS_LIST_KIND = {
    "decimal": "1", "lower-latin": "a", "lower-alpha": "a", "upper-latin": "A", "upper-alpha": "A",
    "lower-roman": "i", "upper-roman": "I",
}  # fmt: skip


def css_list_kinds(css: str) -> dict[str, str]:
    """Class name -> the <ol type> its style sheet numbers it as ("1", "a", "A", "i", "I")."""
    kinds: dict[str, str] = {}
    for m in _CSS_LIST_RULE.finditer(css):
        name, style = (m[1], m[2]) if m[1] else (m[3], m[4])
        if style.lower() in _CSS_LIST_KIND:
            kinds[name] = _CSS_LIST_KIND[style.lower()]
    return kinds


def number_ordered_lists(tree: object, css_kinds: dict[str, str] | None = None) -> None:
    """Write each <ol> item's number into its text, as a browser would show it (start, type,
    reversed and value honoured; the type also from the style sheet, `css_kinds`), unless the
    item already starts with its own number; the list then becomes a <ul>, so nothing numbers
    it twice."""
    css_kinds = css_kinds or {}
    for ol in list(tree.iter("ol")):  # type: ignore[attr-defined]
        items = [li for li in ol if li.tag == "li"]
        from_css = next((css_kinds[c] for c in (ol.get("class") or "").split() if c in css_kinds), None)
        kind = ol.get("type") or from_css or "1"
        backwards = ol.get("reversed") is not None
        n = int_or(ol.get("start"), len(items) if backwards else 1)
        for li in items:
            n = int_or(li.get("value"), n)
            if not _LABEL.match(li.text_content().lstrip() + " "):
                _prepend_text(li, f"{_marker(n, kind)}. ")
            n += -1 if backwards else 1
        ol.tag = "ul"


# Footnote links as Word and Google Docs save them: the mark in the text ("#_ftn1", "#ftnt1") and,
# before the note at the foot, the link back to it ("#_ftnref1", "#ftnt_ref1").
_FOOTNOTE_REF = re.compile(r"^#(?:_ftn|ftnt|fn)(\d{1,3})$", re.I)
_FOOTNOTE_BACK = re.compile(r"^#(?:_ftnref|ftnt_ref|fnref)(\d{1,3})$", re.I)


def mark_footnotes(tree: object) -> None:
    """A footnote's mark in the text is dropped ("... emergency.[1]" is "... emergency."); the
    notes at the foot come under a heading "Footnotes", each starting "Footnote 1:" instead of
    "[1]", so none is read as paragraph 1 or as more of the last clause."""
    import lxml.html

    headed = False
    for a in list(tree.iter("a")):  # type: ignore[attr-defined]
        href = a.get("href") or ""
        label = _squash(a.text_content()).strip("[]()")
        if ref := _FOOTNOTE_REF.match(href):
            if label == ref[1]:
                a.drop_tree()
        elif (back := _FOOTNOTE_BACK.match(href)) and label == back[1]:
            block = next((el for el in a.iterancestors() if el.tag in _BLOCK_TAGS), None)
            if not headed and block is not None and block.getparent() is not None:
                heading = lxml.html.Element("h2")
                heading.text = "Footnotes"
                block.addprevious(heading)
                headed = True
            tail = a.tail
            a.clear()
            a.text, a.tail = f"Footnote {back[1]}: ", tail


# A paragraph's reference set apart from its words, as a card's corner label: "Para 4.3",
# "Paragraph 12", "Rule 7", "Clause 3.2(b)", "§ 4".
_REFERENCE_LABEL = re.compile(
    r"^(?:para(?:graph)?\.?|rule|clause|article|\u00a7)\s*(\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z0-9]{1,4}\))*)\.?$", re.I
)


_BARE_REFERENCE = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,3})\.?$")
_NUMBER_CLASS = re.compile(r"num|\bno\b|-no\b|\bref", re.I)


def number_labelled_cards(tree: object) -> None:
    """A page of cards, each with its reference in a label of its own beside a title ('<span>Para
    4.3</span><h2>Response times</h2><p>The Hub will ...'): the reference goes before the card's
    first paragraph ("4.3 The Hub will ..."), where a clause's number is read, and the label goes
    (an extractor drops such a label with the card's header, and the paragraph's number with it)."""
    labels = []
    for el in tree.iter("span", "div", "p", "strong", "b", "small", "em"):  # type: ignore[attr-defined]
        text = _squash(el.text_content())
        # (or a bare "4.1" in an element its page marks as a number: '<span class="clause-number">4.1</span>')
        m = _REFERENCE_LABEL.match(text) or (
            _NUMBER_CLASS.search(el.get("class") or "") and _BARE_REFERENCE.match(text)
        )
        if len(el) or not m:
            continue
        # ("<p><strong>Clause 1.</strong> Glenmorvie ...": a label already in its paragraph)
        if (el.tail or "").strip() or any(a.tag in _BLOCK_TAGS or a.tag == "td" for a in el.iterancestors()):
            continue
        labels.append((el, m[1]))
    for el, number in labels:
        # The card: the nearest enclosing element that holds a paragraph after the label, and no
        # other label (a "jump to" bar of "Rule 1  Rule 2  Rule 3" labels no paragraph).
        for card in list(el.iterancestors())[:4]:
            if sum(1 for other, _ in labels if other is not el and card in other.iterancestors()):
                break
            after = [p for p in card.iter("p", "li") if p is not el and _follows(el, p) and _squash(p.text_content())]
            if after:
                first = after[0]
                # ("Article 4" over "4.1 Councillors ...": the paragraph has its number already)
                if not re.match(r"\s*\(?\d", first.text_content()):
                    first.text = f"{number} {first.text or ''}"
                    el.drop_tree()
                break


def _follows(a: object, b: object) -> bool:
    """b comes after a in document order."""
    for el in a.itersiblings():  # type: ignore[attr-defined]
        if el is b or b in el.iterdescendants():
            return True
    parent = a.getparent()  # type: ignore[attr-defined]
    return parent is not None and _follows(parent, b)


def join_numbered_definitions(tree: object) -> None:
    """A definition list whose terms are numbers ("<dt>Rule 3.2(b)(i)</dt><dd>Send an ...</dd>")
    reads as numbered paragraphs, the number before its text, as a page shows them side by side."""
    for dl in list(tree.iter("dl")):  # type: ignore[attr-defined]
        terms = [el for el in dl if el.tag == "dt"]
        if not terms or not all(_NUMBER_TERM.match(_squash(dt.text_content())) for dt in terms):
            continue
        for dt in terms:
            dd = dt.getnext()
            if dd is None or dd.tag != "dd":
                continue
            _prepend_text(dd, _squash(dt.text_content()) + " ")
            dd.tag = "p"
            dt.getparent().remove(dt)
        dl.tag = "div"


# "Rule 3.2(b)(i)", "Para 4", "7.3", "A12": a term that is a number.
_NUMBER_TERM = re.compile(
    r"^(?:(?:rule|para|paragraph|clause|section)\s+)?[A-Z]?\d{1,2}(?:\.\d{1,3})*(?:\([a-z]{1,4}\))*\.?$", re.I
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_RULE_WORDS = re.compile(
    r"\b(?:must|should|shall|may|will|can|cannot|not|never|is|are|to|from|by|with|for)$|"
    r"^(?!(?:what|how|who|when|where|why|which)\b).*\b(?:must|should|shall|may|will|can|cannot|never)\b",
    re.IGNORECASE,
)


def open_disclosures(tree: object) -> None:
    """Each <details> (an accordion of clauses, each closed under its <summary>) read as a section under
    its summary as a heading: trafilatura had moved the first one's text above the page's title and
    left its summary with nothing under it. A summary that holds a heading of its own keeps it."""
    # (each summary one level under the last heading before its accordion item in the page, not under the
    # summary before it: read in one pass, before any summary becomes a heading)
    levels, last = [], ""
    for el in tree.iter():  # type: ignore[attr-defined]
        if el.tag in _HEADINGS:
            last = el.tag
        elif el.tag == "details":
            levels.append((el, _SUMMARY_LEVEL.get(last, "h3")))
    for details, level in levels:
        details.tag = "section"
        # (an accordion's classes, "accordion-section-content" among them, had trafilatura take the first
        # clause's text for the page's content and put it above the title)
        for el in details.iter():
            el.attrib.pop("class", None)
        for summary in [child for child in details if child.tag == "summary"]:
            holds_heading = any(el.tag in _HEADINGS for el in summary.iter())
            summary.tag = "div" if holds_heading else level


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SUMMARY_LEVEL = {"h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6"}


def lift_list_sections(tree: object) -> None:
    """A list whose every item is a section (a heading, or a short title, then its own list of
    clauses), as CMS pages number a protocol's parts: each item's content is put in the list's
    place, the title as a heading, so its clauses read as a list of their own, not as sub-items
    of one giant bullet."""
    for ul in list(tree.iter("ul")):  # type: ignore[attr-defined]
        items = [child for child in ul if child.tag == "li"]
        parent = ul.getparent()
        if not items or len(items) != len(ul) or parent is None:
            continue
        sections = [_as_section(li) for li in items]
        if any(parts is None for parts in sections):
            continue
        at = parent.index(ul)
        tail = ul.tail
        parent.remove(ul)
        moved = [el for parts in sections for el in parts or ()]
        for offset, el in enumerate(moved):
            parent.insert(at + offset, el)
        if tail and moved:
            moved[-1].tail = (moved[-1].tail or "") + tail


def _as_section(li: object) -> list | None:
    """The elements that stand for a list item that is a section: its own, when it starts with a
    heading element; a heading made of its title, then its nested list, when a short title (no
    sentence, at most 12 words) comes before a list. None for an ordinary item."""
    import lxml.html

    children = list(li)  # type: ignore[call-overload]
    lead = (li.text or "").strip()  # type: ignore[attr-defined]
    if children and children[0].tag in _HEADING_TAGS and not lead:
        return children
    nested = next((i for i, el in enumerate(children) if el.tag in ("ul", "ol")), None)
    if nested is None:
        return None
    title = _squash(" ".join([lead] + [el.text_content() for el in children[:nested]]))
    # "Councillors must not" above its items is a lead-in, not a section's title.
    words = re.sub(r"^(?:[\dA-Za-z]{1,4}[.)]\s+)", "", title)  # its words, without the number written in
    if not title or len(title.split()) > 12 or re.search(r"[.;:!?,]$", title) or _RULE_WORDS.search(words):
        return None
    heading = lxml.html.Element("h3")
    heading.text = title
    return [heading, *children[nested:]]


def _marker(n: int, kind: str) -> str:
    """An <ol> item's number as a browser shows it for the list's type ("1", "a", "A", "i", "I")."""
    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(kind, "decimal")
    return format_number(n, fmt)


def _prepend_text(li: object, marker: str) -> None:
    """Put `marker` before the item's first words, even when they sit in a child <p>."""
    if (li.text or "").strip() or not len(li):  # type: ignore[attr-defined]
        li.text = marker + (li.text or "").lstrip()  # type: ignore[attr-defined]
        return
    for el in li.iterdescendants():  # type: ignore[attr-defined]
        if el.tag in ("ol", "ul"):
            break
        if (el.text or "").strip():
            el.text = marker + el.text.lstrip()
            return
    li.text = marker  # type: ignore[attr-defined]


def _headings(tree: object) -> list[tuple[int, str, str, str]]:
    """Each heading of the page: (level, text, the first two texts after it, their first words).
    One pass over the page in document order."""
    out: list[tuple[int, str, list[str]]] = []
    waiting: list[int] = []  # headings still short of two texts after them
    for el in tree.iter(*_HEADING_TAGS, "p", "li", "dd", "td"):  # type: ignore[attr-defined]
        if el.tag in _HEADING_TAGS:
            text = _squash(el.text_content())
            if text:
                out.append((int(el.tag[1]), text, []))
                waiting.append(len(out) - 1)
            continue
        text = _squash(el.text_content())
        if not text:
            continue
        for k in waiting:
            out[k][2].append(text[:60])
        waiting = [k for k in waiting if len(out[k][2]) < 2]
    return [(level, text, after[0], after[1] if len(after) > 1 else "") for level, text, after in out if after]


def with_headings(text: str, headings: list[tuple[int, str, str, str]]) -> str:
    """The extracted text with the page's headings that the extractor left out put back, each
    before the line its first text starts (trafilatura drops <h2>s from some pages whole: a
    Google Docs page, a page laid out in a table). A first text of under four words (a paragraph
    number on its own line) must be followed by the second."""
    lines = text.split("\n")
    bare = [re.sub(r"^(?:(?:#+|-)\s+)+", "", ln.strip().replace("**", "").replace("*", "")) for ln in lines]
    known = {b for b in bare if b}
    for level, heading, first, second in headings:
        if heading in known:
            continue
        at = None
        for k, b in enumerate(bare):
            if not b.startswith(first):
                continue
            following = next((x for x in bare[k + 1 :] if x), "")
            if len(first.split()) >= 4 or second and following.startswith(second[:40]):
                at = k
                break
        if at is None:
            continue
        lines[at:at] = ["#" * level + " " + heading, ""]
        bare[at:at] = [heading, ""]
        known.add(heading)
    return "\n".join(lines)


# pdf2htmlEX's page frames (class "pf", numbered by data-page-no, inside #page-container) and its
# printed lines (class "t"), each an element of its own positioned on the page.
_PAGE_FRAMES = (
    "//*[@id='page-container']/div[@data-page-no][contains(concat(' ', normalize-space(@class), ' '), ' pf ')]"
)
_PRINTED_LINE = "contains(concat(' ', normalize-space(@class), ' '), ' t ')"


def converted_pdf_pages(tree: object) -> list:
    """The page frames of a PDF converted to HTML by pdf2htmlEX, when there are two or more and
    they hold printed lines (any other page, a paginated news list or a carousel among them, is
    read as a web page)."""
    pages = tree.xpath(_PAGE_FRAMES)  # type: ignore[attr-defined]
    if len(pages) < 2 or not all(page.xpath(f".//div[{_PRINTED_LINE}]") for page in pages):
        return []
    return pages


def converted_pdf_texts(pages: list) -> list[str]:
    """Each page's printed lines in order, a line each, as text extracted from the PDF would give
    them (an extractor takes one page as the main content and drops the rest). A word gap is a
    space inside a gap span; an empty one is kerning ("fi<span class="_ _2"></span>ve")."""
    texts = []
    for page in pages:
        lines = [
            line
            for line in page.xpath(f".//div[{_PRINTED_LINE}]")
            if not line.xpath(f"ancestor::div[{_PRINTED_LINE}]")  # (a line inside a line is read with it)
        ]
        texts.append("\n".join(t for line in lines if (t := _squash(line.text_content()))))
    return texts


def _pages_text(tree: object) -> str:
    """The page's main text; a page saved with a second page appended below the first ("Page 2 of
    2" loaded by infinite scroll: a second <main> with the site's header again) is each <main>'s,
    in order (an extractor takes the first as the page's content and drops the rest)."""
    import lxml.html

    mains = tree.xpath("//main")  # type: ignore[attr-defined]
    if len(mains) < 2 or any(m is not n and n in m.iterancestors() for m in mains for n in mains):
        return _main_text(tree) or _fallback_text(tree)
    parts = []
    for main in mains:
        page = lxml.html.document_fromstring("<html><body></body></html>")
        page.find("body").append(copy.deepcopy(main))
        parts.append(_main_text(page) or _fallback_text(page))
    return "\n\n".join(p for p in parts if p.strip())


def _main_text(tree: object) -> str:
    """trafilatura's main content as Markdown, back to plain lines: escapes undone and tables
    as tab-separated rows (as the .docx loader writes them)."""
    import trafilatura

    markdown = trafilatura.extract(
        copy.deepcopy(tree),  # trafilatura prunes the tree it is given; the fallback needs it whole
        include_comments=False,
        include_tables=True,
        # (Not favor_recall: on a Google Docs page and an intranet page it drops every <h2>, and on
        # another the adoption line; the balanced default kept all of the text the others had.)
        output_format="markdown",
    )
    if not markdown:
        return ""
    lines: list[str] = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if _TABLE_RULE.match(stripped):
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = re.split(r"(?<!\\)\|", stripped[1:-1])
            lines.append("\t".join(MD_ESCAPE.sub(r"\1", c.strip()) for c in cells))
            continue
        lines.append(
            MD_ESCAPE.sub(r"\1", _INLINE_TAG.sub("", _FOOTNOTE_MARK.sub("", line.rstrip()))) if stripped else ""
        )
    return "\n".join(lines).strip("\n")


def _fallback_text(tree: object) -> str:
    """When trafilatura finds no main content: the text of <main>, <article> or <body>, less
    the usual page furniture, one line per heading, paragraph, list item and table row."""
    root = next(
        (el for xpath in ("//main", "//*[@role='main']", "//article", "//body") for el in tree.xpath(xpath)),  # type: ignore[attr-defined]
        tree,
    )
    for el in list(root.iter(*_BOILERPLATE_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        names = f"{el.get('id', '')} {el.get('class', '')}" if isinstance(el.tag, str) else ""
        if names.strip() and _BOILERPLATE_NAMES.search(names) and el.getparent() is not None:
            el.drop_tree()
    writer = _LineWriter()
    writer.walk(root, 0)
    writer.flush()
    return "\n".join(writer.lines).strip("\n")


class _LineWriter:
    """Renders an HTML tree as lines: '# '/'## ' headings, '- ' list items, tab-separated rows."""

    BLOCKS = frozenset(
        "p div section article main address blockquote pre dl dt dd figure figcaption table tbody thead tfoot "
        "ul ol body center hr".split()
    )

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        text = _squash("".join(self.words))
        if text:
            self.lines += [self.prefix + text, ""] if not self.prefix else [self.prefix + text]
        self.words, self.prefix = [], self.prefix if not text else ""

    def walk(self, el: object, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            text = _squash(el.text_content())  # type: ignore[attr-defined]
            if text:
                self.lines += [("# " if tag == "h1" else "## ") + text, ""]
        elif tag == "tr":
            self.flush()
            cells = [_squash(c.text_content()) for c in el if c.tag in ("td", "th")]  # type: ignore[attr-defined]
            if any(cells):
                self.lines.append("\t".join(cells))
        elif tag == "br":
            self.flush()
        elif tag == "li":
            self.flush()
            self.prefix = "  " * depth + "- "
            self._children(el, depth + 1)
            self.flush()
        elif tag in self.BLOCKS:
            self.flush()
            self._children(el, depth)
            self.flush()
        elif tag:
            self._children(el, depth)
        if el.tail:  # type: ignore[attr-defined]
            self.words.append(el.tail)  # type: ignore[attr-defined]

    def _children(self, el: object, depth: int) -> None:
        if el.text and isinstance(el.tag, str):  # type: ignore[attr-defined]
            self.words.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            self.walk(child, depth)


def with_page_heading(text: str, title: str, h1: str) -> str:
    """`text` with the page's <h1> (as '# ') on top when it was left out, followed by the
    parts of its <title> ('Protocol | Bramblecombe Town Council') that the text lacks."""
    seen = " ".join(text.lower().split())
    lines = text.split("\n")
    at = 0
    if h1 and h1.lower() not in seen:
        lines[:0] = [f"# {h1}", ""]
        seen += " " + h1.lower()
    elif h1:
        # The <h1> below text an extractor put first (the first of a page's <article> cards): the
        # page's heading, with the lines under it up to the next heading, still heads the page.
        at_h1 = next((i for i, ln in enumerate(lines) if ln.strip() == f"# {h1}"), None)
        if at_h1 and not any(ln.startswith("# ") for ln in lines[:at_h1]):
            end = next((i for i in range(at_h1 + 1, len(lines)) if lines[i].startswith("#")), len(lines))
            lines = lines[at_h1:end] + [""] + lines[:at_h1] + lines[end:]
    if lines and lines[0].startswith("# "):
        at = 1  # the title's missing parts go under the page heading, which stays the title
    # (a part said as words of its own: "Brackwater Town Councillors" does not say "Brackwater Town Council")
    missing = [
        part
        for part in _TITLE_SEPARATORS.split(title)
        if part.strip() and not re.search(rf"(?<!\w){re.escape(part.lower())}(?!\w)", seen)
    ]
    if missing:
        lines[at:at] = [" | ".join(missing), ""] if at == 0 else ["", " | ".join(missing)]
    return "\n".join(lines)
