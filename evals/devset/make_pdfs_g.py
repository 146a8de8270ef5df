"""Build probe G's generated documents from docs-g-src/ into docs-g/.

Six of the eight probe-G documents are generated here (the Calderbrook easy-read page and the Holmshire staff
intranet page were written by hand straight into docs-g/):

* fellbrook-district-council.pdf - a committee report whose own paragraphs are numbered 1-16, with the protocol
  as "Annex A" (paragraphs A1-A30) and a consultation table as "Annex B"; the report paragraphs quote old
  values (15 working days, GBP 25) that the protocol replaces.
* wethercote-town-council.pdf - written as a flat OpenDocument file (docs-g-src/wethercote-town-council.fodt)
  and exported to PDF by LibreOffice Writer (``soffice --headless --convert-to pdf``): list numbering that
  starts again at 1 in every Part, a contents list with dot leaders and page numbers on the heading lines, the
  policy number in the page header and a version control table at the end. Needs LibreOffice on the machine
  (Debian package libreoffice-writer-nogui); without it the committed PDF is left as it is.
* lochardie-council.pdf - a typeset booklet: justified text hyphenated at line ends, typographic ligature
  characters (U+FB00-U+FB04) in the text layer, raised footnote digits glued to the word before them and the
  footnotes at the foot of the page.
* upper-tidsworth-parish-council.docx - a Word file whose rules are mostly two-column "Do" / "Don't" tables,
  with real Word footnotes (word/footnotes.xml) and a version control table at the end.
* llangynfael-community-council.md - the Markdown a Word-to-Markdown converter (mammoth) writes: every Markdown
  character in the text backslash-escaped, bold as __text__, bookmarks as <a id> anchors, the crest as a base64
  data URI, tables as |cell| rows.
* craigbeg-and-lynemore-community-council.txt - the text a layout-keeping PDF-to-text converter gives: form
  feeds between pages, running header and footer lines, roman-numbered items restarting in each section,
  hanging indents and words hyphenated at line ends.

Usage: .venv/bin/python evals/devset/make_pdfs_g.py
"""

from __future__ import annotations

import base64
import datetime
import io
import re
import shutil
import subprocess
import tempfile
from html import escape as xml_escape
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from fpdf import FPDF
from gen_common import FONTS, esc, read_colon_tagged, shade_cell
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-g-src"
OUT = HERE / "docs-g"


def tagged(name: str) -> list[tuple[str, str]]:
    """(tag, text) pairs of a source file, without its '#' comment lines; '<TAB>' stands for a tab."""
    return read_colon_tagged(SRC / name, tabs=True)


# --------------------------------------------------------------------------------------------
# Fellbrook District Council: committee report with the protocol as Annex A
# --------------------------------------------------------------------------------------------


class ReportPDF(FPDF):
    annex = ""

    def header(self):
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(20, 10)
        self.cell(85, 4, "Fellbrook District Council", align="L")
        self.cell(85, 4, self.annex or "Standards and Governance Committee", align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_x(20)
        self.cell(120, 4, "Standards and Governance Committee - 12 November 2024 - Item 8", align="L")
        self.cell(50, 4, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def _numbered(pdf: FPDF, number: str, text: str, indent: float = 13.0, size: float = 10.5) -> None:
    """A paragraph with its number in a hanging-indent column."""
    pdf.set_font("LiberationSans", "", size)
    lines = pdf.multi_cell(170 - indent, 5.2, text, dry_run=True, output="LINES")
    if pdf.get_y() + 5.2 * min(2, len(lines)) > pdf.h - 22:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(indent, 5.2, number)
    pdf.set_xy(20 + indent, y)
    pdf.multi_cell(170 - indent, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def build_fellbrook() -> None:
    pdf = ReportPDF(unit="mm", format="A4")
    pdf.add_font("LiberationSans", "", str(FONTS / "liberation/LiberationSans-Regular.ttf"))
    pdf.add_font("LiberationSans", "B", str(FONTS / "liberation/LiberationSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.set_title("Review of the Councillor and Officer Protocol")
    pdf.set_author("Democratic Services")
    pdf.set_creation_date(datetime.datetime(2024, 11, 1, 9, 30, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_font("LiberationSans", "B", 15)
    pdf.set_y(20)
    pdf.cell(0, 8, "FELLBROOK DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = tagged("fellbrook-district-council.txt")
    table: list[list[str]] = []
    for tag, text in rows:
        if tag == "COVER":
            label, value = text.split("\t")
            pdf.set_font("LiberationSans", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.multi_cell(45, 5.6, label, border=1)
            pdf.set_xy(65, y)
            pdf.set_font("LiberationSans", "", 10)
            pdf.multi_cell(125, 5.6, value, border=1, new_x="LMARGIN", new_y="NEXT")
            continue
        if table and tag not in ("TR",):
            _report_table(pdf, table)
            table = []
        if tag == "RH":
            pdf.ln(2)
            pdf.set_font("LiberationSans", "B", 11.5)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag in ("RP", "AP"):
            number, _, body = text.partition(" ")
            _numbered(pdf, number, body)
        elif tag == "ANNEX":
            pdf.annex = text
            pdf.add_page()
            pdf.set_font("LiberationSans", "B", 14)
            pdf.cell(0, 8, text.upper(), new_x="LMARGIN", new_y="NEXT")
        elif tag == "AT":
            pdf.set_font("LiberationSans", "B", 12)
            pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        elif tag == "AH":
            pdf.ln(1.5)
            pdf.set_font("LiberationSans", "B", 11)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif tag in ("TH", "TR"):
            table.append(text.split(" | "))
    if table:
        _report_table(pdf, table)
    pdf.output(str(OUT / "fellbrook-district-council.pdf"))


def _report_table(pdf: FPDF, table: list[list[str]]) -> None:
    pdf.ln(3)
    pdf.set_font("LiberationSans", "", 9.5)
    with pdf.table(col_widths=(45, 65, 60), text_align="LEFT", line_height=5) as t:
        for i, cells in enumerate(table):
            row = t.row()
            for cell in cells:
                row.cell(cell, style=None if i else None)


# --------------------------------------------------------------------------------------------
# Wethercote Town Council: flat ODT exported to PDF by LibreOffice
# --------------------------------------------------------------------------------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Protocol for Councillors and Staff</dc:title>
<meta:initial-creator>Town Clerk</meta:initial-creator>
<meta:generator>LibreOffice/7.4</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;"/>
<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"
 fo:keep-with-next="always"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"
 fo:color="#1f4e3d"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph">
<style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph">
<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"
 style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/></style:style>
<style:style style:name="List_20_Para" style:display-name="List Para" style:family="paragraph">
<style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.22cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph">
<style:text-properties fo:font-size="9.5pt"/></style:style>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm"
 fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1">
<style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm"
 table:align="margins"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
 fo:border="0.5pt solid #777777"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/>
</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"
 fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">WTC-07 Protocol for Councillors and Staff \u2013 Version 4
 (October 2024)</text:p></style:header>
<style:footer><text:p text:style-name="Footer">Wethercote Town Council \u00b7 Page <text:page-number
 text:select-page="current">1</text:page-number> of <text:page-count>4</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def build_wethercote() -> None:
    body: list[str] = []
    in_list = False
    table: list[list[str]] = []
    first_part = True
    for tag, text in tagged("wethercote-town-council.txt"):
        text = text.replace(" - ", " \u2013 ")
        if in_list and tag != "LI":
            body.append("</text:list>")
            in_list = False
        if tag == "TITLE":
            body.append(f'<text:p text:style-name="Title">{esc(text)}</text:p>')
        elif tag == "SUB":
            body.append(f'<text:p text:style-name="Subtitle">{esc(text)}</text:p>')
        elif tag == "TOC":
            if not body[-1].startswith('<text:p text:style-name="Contents_20_1'):
                body.append(
                    '<text:table-of-content text:name="Contents1"><text:table-of-content-source '
                    'text:outline-level="1"/><text:index-body><text:index-title text:name="Contents1_Head">'
                    '<text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>'
                )
            entry, page = text.split("\t")
            body.append(f'<text:p text:style-name="Contents_20_1">{esc(entry)}<text:tab/>{page}</text:p>')
        elif tag == "INTRO":
            body.append("</text:index-body></text:table-of-content>")
            body.append(f'<text:p text:style-name="Standard">{esc(text)}</text:p>')
        elif tag == "PART":
            style = "P1" if first_part else "Heading_20_1"
            first_part = False
            body.append(f'<text:h text:style-name="{style}" text:outline-level="1">{esc(text)}</text:h>')
        elif tag == "LI":
            if not in_list:
                body.append('<text:list text:style-name="Numbering_20_123">')
                in_list = True
            body.append(f'<text:list-item><text:p text:style-name="List_20_Para">{esc(text)}</text:p></text:list-item>')
        elif tag in ("VCH", "VCR"):
            table.append(text.split(" | "))
        elif tag == "END":
            body.append(_odt_table(table))
            body.append(f'<text:p text:style-name="Standard">{esc(text)}</text:p>')
    fodt = _FODT_HEAD + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    fodt_path = SRC / "wethercote-town-council.fodt"
    fodt_path.write_text(fodt, encoding="utf-8")
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: wethercote-town-council.pdf left as it is")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(fodt_path),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / "wethercote-town-council.pdf", OUT / "wethercote-town-council.pdf")


def _odt_table(rows: list[list[str]]) -> str:
    cols = len(rows[0])
    out = [
        '<table:table table:name="VersionControl" table:style-name="Tbl">',
        f'<table:table-column table:number-columns-repeated="{cols}"/>',
    ]
    for i, cells in enumerate(rows):
        out.append("<table:table-row>")
        for cell in cells:
            text = f"<text:span>{esc(cell)}</text:span>" if i else esc(cell)
            out.append(
                f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                f'<text:p text:style-name="Table_20_Contents">{text}</text:p></table:table-cell>'
            )
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Lochardie Council: typeset booklet with ligatures, hyphenation and footnotes
# --------------------------------------------------------------------------------------------

_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))
_VOWELS = set("aeiouy")
_NO_SPLIT = ("ch", "sh", "th", "tw", "wh", "ph", "ck", "gh", "wr")


def ligate(word: str) -> str:
    for plain, glyph in _LIGATURES:
        word = word.replace(plain, glyph)
    return word


def hyphen_points(word: str) -> list[int]:
    """Break points for a lower-case word: between two consonants that sit between vowels (coun-cil)."""
    if len(word) < 7 or not word.isalpha() or not word.islower():
        return []
    points = []
    for p in range(2, len(word) - 3):
        a, b, c, d = word[p - 2], word[p - 1], word[p], word[p + 1]
        if a in _VOWELS and b not in _VOWELS and c not in _VOWELS and d in _VOWELS and b + c not in _NO_SPLIT:
            points.append(p)
    return points


class BookletPDF(FPDF):
    def footer(self):
        self.set_y(-11)
        self.set_font("DejaVuSans", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 3, f"Protocol for Relations between Councillors and Employees   |   {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


class Booklet:
    LEFT, WIDTH, INDENT = 16.0, 116.0, 9.0
    TOP, BOTTOM = 16.0, 192.0
    LEAD, SIZE = 4.3, 9.2

    def __init__(self, pdf: BookletPDF, notes: dict[str, str]):
        self.pdf = pdf
        self.notes = notes
        self.page_notes: list[str] = []
        self.y = self.TOP

    def notes_height(self, notes: list[str]) -> float:
        if not notes:
            return 0.0
        self.pdf.set_font("DejaVuSerif", "", 7.2)
        lines = sum(
            len(self.pdf.multi_cell(self.WIDTH - 4, 3.2, self.notes[n], dry_run=True, output="LINES")) for n in notes
        )
        return 4.0 + 3.2 * lines + 1.0 * len(notes)

    def limit(self, extra: list[str]) -> float:
        return self.BOTTOM - self.notes_height(self.page_notes + extra)

    def new_page(self) -> None:
        self.flush_notes()
        self.pdf.add_page()
        self.y = self.TOP

    def flush_notes(self) -> None:
        if not self.page_notes:
            return
        pdf = self.pdf
        y = self.BOTTOM - self.notes_height(self.page_notes) + 2.0
        pdf.set_draw_color(120, 120, 120)
        pdf.line(self.LEFT, y, self.LEFT + 35, y)
        y += 1.6
        for n in self.page_notes:
            pdf.set_font("DejaVuSerif", "", 5.2)
            pdf.set_xy(self.LEFT, y - 0.8)
            pdf.cell(3, 2.6, n)
            pdf.set_font("DejaVuSerif", "", 7.2)
            pdf.set_xy(self.LEFT + 3, y)
            text = " ".join(ligate(w) for w in self.notes[n].split())
            pdf.multi_cell(self.WIDTH - 4, 3.2, text, align="L")
            y = pdf.get_y() + 1.0
        self.page_notes = []

    def width(self, text: str) -> float:
        return self.pdf.get_string_width(ligate(text))

    def compose(self, words: list[str], width: float) -> list[list[str]]:
        """Greedy line breaking with hyphenation; a word ending "^n" carries footnote marker n."""
        self.pdf.set_font("DejaVuSerif", "", self.SIZE)
        space = self.pdf.get_string_width(" ")
        lines: list[list[str]] = []
        line: list[str] = []
        used = 0.0
        queue = list(words)
        while queue:
            word = queue.pop(0)
            w = self.width(word.split("^")[0]) + (1.6 if "^" in word else 0)
            need = w if not line else used + space + w
            if need <= width:
                line.append(word)
                used = need
                continue
            bare = re.sub(r"[^A-Za-z]+$", "", word)
            for p in reversed(hyphen_points(bare)):
                head = word[:p] + "-"
                if line and used + space + self.width(head) <= width:
                    line.append(head)
                    queue.insert(0, word[p:])
                    break
            else:
                queue.insert(0, word)
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    def draw_line(self, words: list[str], x: float, width: float, justify: bool) -> None:
        pdf = self.pdf
        pdf.set_font("DejaVuSerif", "", self.SIZE)
        widths = [self.width(w.split("^")[0]) + (1.6 if "^" in w else 0) for w in words]
        gap = pdf.get_string_width(" ")
        if justify and len(words) > 1:
            gap = (width - sum(widths)) / (len(words) - 1)
        for word, w in zip(words, widths, strict=True):
            text, _, note = word.partition("^")
            pdf.set_font("DejaVuSerif", "", self.SIZE)
            pdf.text(x, self.y + 3.2, ligate(text))
            if note:
                pdf.set_font("DejaVuSerif", "", 5.6)
                pdf.text(x + w - 1.5, self.y + 1.6, note)
            x += w + gap

    def paragraph(self, number: str, text: str) -> None:
        words = text.split()
        lines = self.compose(words, self.WIDTH - self.INDENT)
        notes_in = [[w.split("^")[1] for w in line if "^" in w] for line in lines]
        if self.y + self.LEAD * 2 > self.limit(notes_in[0] + (notes_in[1] if len(notes_in) > 1 else [])):
            self.new_page()
        self.pdf.set_font("DejaVuSans", "B", 8.6)
        self.pdf.text(self.LEFT, self.y + 3.2, number)
        for i, line in enumerate(lines):
            if self.y + self.LEAD > self.limit(notes_in[i]):
                self.new_page()
            self.page_notes += notes_in[i]
            self.draw_line(line, self.LEFT + self.INDENT, self.WIDTH - self.INDENT, i < len(lines) - 1)
            self.y += self.LEAD
        self.y += 1.8

    def heading(self, text: str) -> None:
        if self.y + 14 > self.limit([]):
            self.new_page()
        self.y += 2.5
        self.pdf.set_font("DejaVuSans", "B", 10.5)
        self.pdf.set_text_color(30, 60, 110)
        self.pdf.text(self.LEFT, self.y + 4, text)
        self.pdf.set_text_color(0, 0, 0)
        self.y += 7.5


def build_lochardie() -> None:
    rows = tagged("lochardie-council.txt")
    notes = dict(text.split("\t") for tag, text in rows if tag == "FN")
    pdf = BookletPDF(unit="mm", format=(148, 210))
    for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic")):
        pdf.add_font("DejaVuSerif", style, str(FONTS / f"dejavu/DejaVuSerif{suffix}.ttf"))
    pdf.add_font("DejaVuSans", "", str(FONTS / "dejavu/DejaVuSans.ttf"))
    pdf.add_font("DejaVuSans", "B", str(FONTS / "dejavu/DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title("Protocol for Relations between Councillors and Employees")
    pdf.set_author("Lochardie Council")
    pdf.set_creation_date(datetime.datetime(2025, 3, 10, 14, 5, tzinfo=datetime.UTC))
    pdf.set_creator("Adobe InDesign 19.2 (Macintosh)")
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    book = Booklet(pdf, notes)
    for tag, text in rows:
        if tag == "TITLE":
            pdf.set_font("DejaVuSans", "B", 17)
            pdf.set_text_color(30, 60, 110)
            pdf.set_xy(16, 18)
            pdf.cell(116, 9, text)
            book.y = 30
        elif tag == "SUB":
            pdf.set_font("DejaVuSans", "", 11.5)
            pdf.set_xy(16, book.y)
            pdf.multi_cell(116, 5.6, text, align="L")
            book.y = pdf.get_y() + 1
        elif tag == "META":
            pdf.set_font("DejaVuSerif", "I", 8.5)
            pdf.set_text_color(80, 80, 80)
            pdf.set_xy(16, book.y)
            pdf.cell(116, 5, text)
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(30, 60, 110)
            pdf.line(16, book.y + 7, 132, book.y + 7)
            book.y += 10
        elif tag == "H":
            book.heading(text)
        elif tag == "P":
            number, _, body = text.partition(" ")
            book.paragraph(number, body)
        elif tag == "END":
            book.y += 4
            pdf.set_font("DejaVuSans", "", 7)
            pdf.set_xy(16, book.y)
            pdf.cell(116, 4, text)
    book.flush_notes()
    pdf.output(str(OUT / "lochardie-council.pdf"))


# --------------------------------------------------------------------------------------------
# Upper Tidsworth Parish Council: Word file with Do / Don't tables and real footnotes
# --------------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnote_ref(paragraph, note: str) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), note)
    run.append(ref)
    paragraph._p.append(run)


def _add_text_with_notes(paragraph, text: str, bold_prefix: str = "") -> None:
    if bold_prefix:
        paragraph.add_run(bold_prefix).bold = True
    for i, part in enumerate(re.split(r"\^(\d)", text)):
        if i % 2:
            _footnote_ref(paragraph, part)
        elif part:
            paragraph.add_run(part)


def _footnotes_xml(notes: dict[str, str]) -> bytes:
    parts = [
        f'<w:footnotes xmlns:w="{_W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in notes.items():
        parts.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def build_upper_tidsworth() -> None:
    rows = tagged("upper-tidsworth-parish-council.txt")
    notes = dict(text.split("\t") for tag, text in rows if tag == "FN")
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    header = section.header.paragraphs[0]
    header.text = "Upper Tidsworth Parish Council  |  Policy UTPC-12  |  Councillor and Staff Code v2.0"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.text = "Adopted 3 March 2025 - review March 2027"
    footer.runs[0].font.size = Pt(8)
    table = None
    vc_rows: list[list[str]] = []
    for tag, text in rows:
        if tag != "ROW":
            table = None
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title")
        elif tag == "SUB":
            doc.add_paragraph(text, style="Subtitle")
        elif tag == "H":
            doc.add_heading(text, level=1)
        elif tag == "P":
            number, _, body = text.partition(" ")
            _add_text_with_notes(doc.add_paragraph(), body, bold_prefix=number + "\t")
        elif tag == "ROW":
            if table is None:
                table = doc.add_table(rows=1, cols=2)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                for cell, label, colour in zip(table.rows[0].cells, ("Do", "Don't"), ("D9EAD3", "F4CCCC"), strict=True):
                    cell.paragraphs[0].add_run(label).bold = True
                    shade_cell(cell, colour)
            do, dont = text.split(" | ")
            cells = table.add_row().cells
            _add_text_with_notes(cells[0].paragraphs[0], do)
            _add_text_with_notes(cells[1].paragraphs[0], dont)
        elif tag in ("VCH", "VCR"):
            vc_rows.append(text.split(" | "))
    doc.add_heading("Version control", level=1)
    vc = doc.add_table(rows=0, cols=4)
    vc.style = "Table Grid"
    for i, cells in enumerate(vc_rows):
        row = vc.add_row().cells
        for cell, value in zip(row, cells, strict=True):
            run = cell.paragraphs[0].add_run(value.strip())
            run.bold = i == 0
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x20, 0x20, 0x20)
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, _footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr xmlns:w="{_W}"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    settings.append(fpr)
    doc.core_properties.author = "Clerk to the Council"
    doc.core_properties.title = "Councillor and Staff Code"
    doc.core_properties.created = datetime.datetime(2025, 2, 20, 10, 0)
    doc.core_properties.modified = datetime.datetime(2025, 3, 4, 16, 12)
    doc.save(OUT / "upper-tidsworth-parish-council.docx")


# --------------------------------------------------------------------------------------------
# Llangynfael Community Council: Markdown written by a Word-to-Markdown converter
# --------------------------------------------------------------------------------------------


def mammoth_escape(text: str) -> str:
    """The converter's escaping: a backslash before every character that Markdown might read as syntax."""
    return re.sub(r"([`*_{}\[\]()#+\-.!])", r"\\\1", text.replace("\\", "\\\\"))


def _crest_png() -> str:
    img = Image.new("RGB", (48, 56), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.polygon([(4, 4), (44, 4), (44, 30), (24, 52), (4, 30)], fill=(176, 32, 40), outline=(90, 20, 20))
    draw.rectangle([14, 14, 34, 30], fill=(240, 200, 40))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def build_llangynfael() -> None:
    out: list[str] = []
    table: list[list[str]] = []
    bookmark = 181_402_733
    for tag, text in tagged("llangynfael-community-council.txt"):
        text = text.replace("'", "\u2019")
        if table and tag != "TR":
            out.append(_mammoth_table(table))
            table = []
        if tag == "IMG":
            out.append(f"![{text}](data:image/png;base64,{_crest_png()})\n\n")
        elif tag in ("H1", "H2"):
            bookmark += 7
            level = "#" * int(tag[1])
            out.append(f'{level} <a id="_Toc{bookmark}"></a>{mammoth_escape(text)}\n\n')
        elif tag == "B":
            bookmark += 3
            out.append(f'__<a id="_Toc{bookmark}"></a>{mammoth_escape(text)}__\n\n')
        elif tag == "P":
            out.append(mammoth_escape(text) + "\n\n")
        elif tag == "BR":
            out.append("  \n".join(mammoth_escape(part) for part in text.split(" // ")) + "\n\n")
        elif tag == "TR":
            table.append(text.split(" | "))
    if table:
        out.append(_mammoth_table(table))
    (OUT / "llangynfael-community-council.md").write_text("".join(out), encoding="utf-8")


def _mammoth_table(rows: list[list[str]]) -> str:
    lines = []
    for i, cells in enumerate(rows):
        lines.append("".join(f"|{mammoth_escape(c)} " for c in cells) + "|")
        if i == 0:
            lines.append("|" + "-|" * len(cells))
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------------------------
# Craigbeg and Lynemore Community Council: layout-mode text of a three-page PDF
# --------------------------------------------------------------------------------------------

_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _wrap_justified(text: str, width: int) -> list[str]:
    """Wrap to `width` columns, hyphenating a long word at a line end, and spread each full line to the width
    as justified PDF text comes out of a layout-keeping converter."""
    words = text.split()
    lines: list[list[str]] = []
    line: list[str] = []
    while words:
        word = words.pop(0)
        length = len(" ".join(line + [word]))
        if length <= width:
            line.append(word)
            continue
        bare = re.sub(r"[^A-Za-z]+$", "", word)
        for p in reversed(hyphen_points(bare)):
            if len(" ".join(line + [word[:p] + "-"])) <= width:
                line.append(word[:p] + "-")
                words.insert(0, word[p:])
                break
        else:
            words.insert(0, word)
        lines.append(line)
        line = []
    if line:
        lines.append(line)
    out = []
    for n, ws in enumerate(lines):
        if n == len(lines) - 1 or len(ws) == 1:
            out.append(" ".join(ws))
            continue
        gaps = len(ws) - 1
        extra = width - len("".join(ws)) - gaps
        spaced = ""
        for i, w in enumerate(ws[:-1]):
            spaced += w + " " * (1 + extra // gaps + (1 if i < extra % gaps else 0))
        out.append(spaced + ws[-1])
    return out


def build_craigbeg() -> None:
    width = 76
    body: list[str] = []
    count = 0
    for tag, text in tagged("craigbeg-and-lynemore-community-council.txt"):
        if tag == "TITLE":
            body.append(text.center(width).rstrip())
        elif tag == "META":
            if body and body[-1].strip() and not body[-1].startswith(" " * 10):
                body.append("")
            body.append(text.center(width).rstrip())
        elif tag == "P":
            body.append("")
            body += _wrap_justified(text, width)
        elif tag == "H":
            body += ["", text]
            count = 0
        elif tag == "RI":
            number = (_ROMAN[count] + ".").rjust(6)
            count += 1
            lines = _wrap_justified(text, width - 9)
            body.append("")
            body.append(f"{number}   {lines[0]}")
            body += [" " * 9 + rest for rest in lines[1:]]
        elif tag == "SIG":
            body += ["", "", text]
    per_page = 47
    pages = [body[i : i + per_page] for i in range(0, len(body), per_page)]
    head = "Craigbeg and Lynemore Community Council"
    out = []
    for n, lines in enumerate(pages, start=1):
        while lines and not lines[0].strip():
            lines = lines[1:]
        top = head + "Working Arrangements with the Clerk".rjust(width - len(head))
        foot = f"Page {n} of {len(pages)}".center(width).rstrip()
        out.append("\n".join([top, "", *lines, "", "", foot]) + "\n")
    (OUT / "craigbeg-and-lynemore-community-council.txt").write_text("\f".join(out) + "\f", encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_fellbrook()
    build_wethercote()
    build_lochardie()
    build_upper_tidsworth()
    build_llangynfael()
    build_craigbeg()


if __name__ == "__main__":
    main()
