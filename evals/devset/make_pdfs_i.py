"""Build probe I's generated documents from docs-i-src/ into docs-i/.

Five of the eight probe-I documents are generated here (the Sallowby WordPress page, the Invercorran wiki page and
the Upper Sedgecombe noticeboard transcription were written by hand straight into docs-i/):

* hollowmere-parish-council.pdf - an A5 councillors' welcome booklet PRINTED TWO PAGES PER SHEET: four A4
  landscape sheets, each holding two A5 pages side by side (pages 1-2, 3-4, 5-6, 7-8) with a fold line between
  them; the text of a sheet is written row by row across BOTH halves, so text extraction runs a line of the left
  page into the line of the right page beside it.
* morlanby-district-council.pdf - a charter whose rules are ONE THREE-COLUMN TABLE "Ref | Councillors will |
  Officers will": the subject of each cell is only in the column heading, section rows span the table, the
  heading row repeats on every page, a dash fills an empty cell, and a footnote mark sits in one cell.
* ashworth-vale-metropolitan-borough-council.pdf - a constitution section printed from a document management
  system: every page carries a large "UNCONTROLLED WHEN PRINTED" stamp across the middle, written into the page's
  text at the point where the body text reaches the middle of the page (so it falls inside a paragraph), plus a
  running header, a controlled-copy footer and a document-control table with values that differ from the text.
* llwyn-helyg-community-council.docx - a Word POLICY TEMPLATE: every heading and clause is a block-level rich-text
  CONTENT CONTROL (w:sdt), the cover fields are inline content controls in a table (the review date still shows
  its placeholder), and two floating TEXT BOXES (DrawingML with a VML fallback) hold an "At a glance" summary and
  the only copy of the rules on using the Canolfan.
* kenmoor-borough-council.txt - an old Word .doc saved as "Text with Layout": lines wrapped at 72 characters,
  hanging paragraph numbers with continuation lines indented under the text, centred title lines, CRLF line
  ends, Windows-1252 bytes.

Usage: .venv/bin/python evals/devset/make_pdfs_i.py
"""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
from gen_common import FONTS, read_colon_tagged

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-i-src"
OUT = HERE / "docs-i"
CREATED = datetime.datetime(2025, 3, 3, 10, 41, tzinfo=datetime.UTC)


def tagged(name: str) -> list[tuple[str, str]]:
    """(tag, text) pairs of a source file, without its '#' comment lines."""
    return read_colon_tagged(SRC / name)


def _fonts(pdf: FPDF) -> None:
    for family, folder, stem in (
        ("DejaVuSans", "dejavu", "DejaVuSans"),
        ("LiberationSans", "liberation", "LiberationSans"),
        ("LiberationSerif", "liberation", "LiberationSerif"),
    ):
        regular = "" if family == "DejaVuSans" else "-Regular"
        italic = "-Oblique" if family == "DejaVuSans" else "-Italic"
        pdf.add_font(family, "", str(FONTS / folder / f"{stem}{regular}.ttf"))
        pdf.add_font(family, "B", str(FONTS / folder / f"{stem}-Bold.ttf"))
        pdf.add_font(family, "I", str(FONTS / folder / f"{stem}{italic}.ttf"))


# --------------------------------------------------------------------------------------------
# Hollowmere Parish Council: A5 booklet printed two pages per A4 landscape sheet
# --------------------------------------------------------------------------------------------

A5_W, A5_H = 148.5, 210.0
GREEN = (38, 94, 60)


def _hollowmere_pages() -> list[dict]:
    """Lay out the A5 pages: a list of {'texts': [(x, y, style, size, colour, text)], 'shapes': [...]}."""
    meas = FPDF(unit="mm", format="A4")
    _fonts(meas)
    meas.add_page()
    pages: list[dict] = []
    page: dict = {}
    y = 0.0
    left, right = 14.0, A5_W - 14.0

    def wrap(text: str, width: float, style: str, size: float) -> list[str]:
        meas.set_font("DejaVuSans", style, size)
        return meas.multi_cell(width, 4, text, dry_run=True, output="LINES")

    def put(x: float, yy: float, style: str, size: float, text: str, colour=(0, 0, 0)) -> None:
        page["texts"].append((x, yy, style, size, colour, text))

    for tag, text in tagged("hollowmere-parish-council.txt"):
        if tag == "PAGE":
            page = {"number": int(text), "texts": [], "shapes": []}
            pages.append(page)
            y = 22.0 if text != "1" else 70.0
            continue
        if tag == "T":
            meas.set_font("DejaVuSans", "B", 20)
            w = meas.get_string_width(text)
            put((A5_W - w) / 2, y, "B", 20, text, GREEN)
            page["shapes"].append(("rect", left, y + 5, right - left, 1.2, GREEN))
            y += 16
        elif tag == "ST":
            meas.set_font("DejaVuSans", "B", 13)
            w = meas.get_string_width(text)
            put((A5_W - w) / 2, y, "B", 13, text)
            y += 12
        elif tag == "C":
            meas.set_font("DejaVuSans", "", 9)
            w = meas.get_string_width(text)
            yy = 196.0 if text.startswith("Hollowmere Parish Council -") else y
            put((A5_W - w) / 2, yy, "", 9, text, (70, 70, 70))
            y += 6.5
        elif tag == "H":
            y += 3
            page["shapes"].append(("rect", left, y - 4.6, right - left, 6.4, (226, 238, 229)))
            put(left + 1.5, y, "B", 10.5, text, GREEN)
            y += 7.5
        elif tag == "R":
            number, _, body = text.partition(" ")
            put(left, y, "B", 9, number, GREEN)
            for line in wrap(body, right - left - 8, "", 9):
                put(left + 8, y, "", 9, line)
                y += 4.4
            y += 1.6
        elif tag == "P":
            for line in wrap(text, right - left, "", 9):
                put(left, y, "", 9, line)
                y += 4.4
            y += 1.8
        elif tag == "B":
            lines = wrap(text, right - left - 6, "I", 8.6)
            h = 4.3 * len(lines) + 4
            page["shapes"].append(("rect", left, y - 3.5, right - left, h, (250, 243, 214)))
            y += 0.5
            for line in lines:
                put(left + 3, y, "I", 8.6, line)
                y += 4.3
            y += 4
        elif tag == "K":
            label, value = (part.strip() for part in text.split("|"))
            put(left, y, "B", 9, label)
            put(left + 34, y, "", 9, value)
            y += 5.2
    return pages


def build_hollowmere() -> None:
    pages = _hollowmere_pages()
    pdf = FPDF(unit="mm", format="A4", orientation="L")
    _fonts(pdf)
    pdf.set_auto_page_break(False)
    pdf.set_title("Hollowmere PC - Working with your Clerk and staff (2 per sheet)")
    pdf.set_author("Clerk")
    pdf.set_creator("Microsoft Word - councillor booklet 2025.docx")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_creation_date(CREATED)
    for sheet in range(0, len(pages), 2):
        pdf.add_page()
        texts = []
        for half, page in enumerate(pages[sheet : sheet + 2]):
            dx = half * A5_W
            for kind, x, y, w, h, colour in page["shapes"]:
                if kind == "rect":
                    pdf.set_fill_color(*colour)
                    pdf.rect(x + dx, y, w, h, style="F")
            if page["number"] > 1:
                texts.append((203.0, dx + A5_W / 2 - 1.5, "", 8, (90, 90, 90), str(page["number"])))
            for x, y, style, size, colour, text in page["texts"]:
                texts.append((y, x + dx, style, size, colour, text))
        pdf.set_draw_color(170, 170, 170)
        pdf.set_dash_pattern(dash=1.5, gap=1.5)
        pdf.line(A5_W, 4, A5_W, A5_H - 4)
        pdf.set_dash_pattern()
        # the print driver writes the sheet's text row by row across both pages
        for y, x, style, size, colour, text in sorted(texts, key=lambda t: (round(t[0], 1), t[1])):
            pdf.set_font("DejaVuSans", style, size)
            pdf.set_text_color(*colour)
            pdf.text(x, y, text)
        pdf.set_text_color(0, 0, 0)
    pdf.output(str(OUT / "hollowmere-parish-council.pdf"))


# --------------------------------------------------------------------------------------------
# Morlanby District Council: expectations as one three-column table
# --------------------------------------------------------------------------------------------

MAROON = (112, 28, 52)


class CharterPDF(FPDF):
    def header(self):
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(100, 100, 100)
        self.set_xy(15, 8)
        self.cell(0, 5, "Morlanby District Council - Working Together charter (Constitution Part 5F)")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"Agreed 26/02/2025 - Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_morlanby() -> None:
    rows = tagged("morlanby-district-council.txt")
    pdf = CharterPDF(unit="mm", format="A4")
    _fonts(pdf)
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("Working Together - councillor and officer expectations")
    pdf.set_author("Morlanby District Council")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_creation_date(CREATED)
    pdf.alias_nb_pages()
    pdf.add_page()
    new_box = [t for tag, t in rows if tag == "NEW"]
    for tag, text in rows:
        if tag == "T":
            pdf.set_font("LiberationSans", "B", 22)
            pdf.set_text_color(*MAROON)
            pdf.cell(0, 11, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "ST":
            pdf.set_font("LiberationSans", "B" if "expect" in text else "", 11)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.ln(2)
            pdf.set_font("LiberationSans", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif tag == "NEW" and text == new_box[0]:
            pdf.ln(3)
            pdf.set_fill_color(244, 230, 235)
            pdf.set_font("LiberationSans", "B", 9.5)
            pdf.multi_cell(0, 5.5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("LiberationSans", "", 9.5)
            for line in new_box[1:]:
                pdf.multi_cell(0, 5, f"\u2022 {line}", fill=True, new_x="LMARGIN", new_y="NEXT")
        elif tag == "KEY":
            pdf.ln(3)
            pdf.set_font("LiberationSans", "I", 8.5)
            pdf.multi_cell(0, 4.5, f"Key: {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            _morlanby_table(pdf, rows)
        elif tag == "FN":
            pdf.ln(2)
            pdf.set_font("LiberationSans", "", 8)
            pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        elif tag == "END":
            pdf.ln(2)
            pdf.set_font("LiberationSans", "", 9.5)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / "morlanby-district-council.pdf"))


def _morlanby_table(pdf: FPDF, rows: list[tuple[str, str]]) -> None:
    heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=MAROON)
    section = FontFace(emphasis="BOLD", color=MAROON, fill_color=(244, 230, 235))
    pdf.set_font("LiberationSans", "", 9)
    pdf.set_draw_color(150, 150, 150)
    with pdf.table(
        col_widths=(13, 83, 84),
        text_align=("LEFT", "LEFT", "LEFT"),
        headings_style=heading,
        line_height=4.6,
        padding=1.6,
        repeat_headings=1,
    ) as table:
        head = table.row()
        for label in ("Ref", "Councillors will", "Officers will"):
            head.cell(label)
        for tag, text in rows:
            if tag == "SEC":
                table.row().cell(text, colspan=3, style=section)
            elif tag == "ROW":
                ref, members, officers = (part.strip() for part in text.split(" | "))
                row = table.row()
                row.cell(ref, style=FontFace(emphasis="BOLD"))
                row.cell(members if members != "-" else "\u2013", align="CENTER" if members == "-" else "LEFT")
                row.cell(officers if officers != "-" else "\u2013", align="CENTER" if officers == "-" else "LEFT")


# --------------------------------------------------------------------------------------------
# Ashworth Vale MBC: constitution section with a mid-page "UNCONTROLLED WHEN PRINTED" stamp
# --------------------------------------------------------------------------------------------

STAMP = "UNCONTROLLED WHEN PRINTED"
STAMP_AFTER_Y = 185.0  # the stamp goes into the text once the body has passed the middle band of the sheet


class ControlledPDF(FPDF):
    stamped = True

    def header(self):
        self.stamped = False
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(0, 4, "Ashworth Vale MBC Constitution - Part 5.4 Protocol for Member and Officer Relations")
        self.set_draw_color(0, 84, 147)
        self.line(20, 14.5, 190, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.stamp()
        self.set_y(-14)
        self.set_font("LiberationSans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Document CON-5.4 | Version 6 | Owner: Monitoring Officer | Controlled copy held on AVDocs")
        self.set_x(20)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_xy(20, self.get_y() + 4)
        self.cell(0, 4, "Printed 03/03/2025 10:41 by j.whitworth")
        self.set_text_color(0, 0, 0)

    def stamp(self) -> None:
        """The stamp the document system adds to every printed page, across the middle of the sheet."""
        if self.stamped:
            return
        self.stamped = True
        x, y = self.get_x(), self.get_y()
        self.set_font("LiberationSans", "B", 34)
        self.set_text_color(215, 215, 215)
        with self.rotation(28, x=105, y=150):
            self.text(105 - self.get_string_width(STAMP) / 2, 150, STAMP)
        self.set_text_color(0, 0, 0)
        self.set_xy(x, y)


def build_ashworth() -> None:
    pdf = ControlledPDF(unit="mm", format="A4")
    _fonts(pdf)
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(False)
    pdf.set_title("Constitution Part 5.4 - Protocol for Member and Officer Relations")
    pdf.set_author("Legal and Democratic Services")
    pdf.set_creator("AVDocs controlled print service")
    pdf.set_creation_date(CREATED)
    pdf.alias_nb_pages()
    pdf.add_page()
    bottom = 272.0
    lh = 5.2

    def line_out(x: float, w: float, text: str, inside: bool) -> None:
        if pdf.get_y() + lh > bottom:
            pdf.add_page()
        if inside and pdf.get_y() >= STAMP_AFTER_Y:
            # the stamp goes into the text stream between two lines of the paragraph that reaches mid-page
            pdf.stamp()
        pdf.set_font("LiberationSerif", "", 10.5)
        pdf.set_xy(x, pdf.get_y())
        pdf.cell(w, lh, text, new_x="LMARGIN", new_y="NEXT")

    dc_rows = []
    for tag, text in tagged("ashworth-vale-metropolitan-borough-council.txt"):
        if tag == "T":
            size = 15 if text.startswith("Section") else 12
            pdf.set_font("LiberationSans", "B", size)
            pdf.cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            if text.startswith("Section"):
                pdf.ln(4)
        elif tag == "H":
            pdf.ln(2.5)
            number, _, title = text.partition(" ")
            if pdf.get_y() + 4 * lh > bottom:
                pdf.add_page()
            pdf.set_font("LiberationSans", "B", 11)
            pdf.set_x(20)
            pdf.cell(12, lh + 1, number)
            pdf.cell(0, lh + 1, title.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "P":
            number, _, body = text.partition(" ")
            pdf.set_font("LiberationSerif", "", 10.5)
            lines = pdf.multi_cell(158, lh, body, dry_run=True, output="LINES")
            if pdf.get_y() + lh > bottom:
                pdf.add_page()
            pdf.set_font("LiberationSerif", "B", 10.5)
            pdf.set_x(20)
            pdf.cell(12, lh, number)
            pdf.set_x(20)
            for i, line in enumerate(lines):
                line_out(32, 158, line, inside=i > 0)
            pdf.ln(1.8)
        elif tag == "DC":
            dc_rows.append([part.strip() for part in text.split("|")])
    if pdf.get_y() + 40 > bottom:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("LiberationSans", "B", 10)
    pdf.cell(0, 6, "Document control", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LiberationSans", "", 8.5)
    with pdf.table(col_widths=(16, 32, 122), line_height=4.4, padding=1.2, first_row_as_headings=True) as table:
        for values in dc_rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.output(str(OUT / "ashworth-vale-metropolitan-borough-council.pdf"))


# --------------------------------------------------------------------------------------------
# Llwyn Helyg Community Council: Word policy template with content controls and text boxes
# --------------------------------------------------------------------------------------------

_SDT_ID = [40000]
_EXTRA_NS = (
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _next_id() -> int:
    _SDT_ID[0] += 7
    return _SDT_ID[0]


def _wrap_in_sdt(paragraph, alias: str, tag: str) -> None:
    """Move a body paragraph into a block-level rich-text content control."""
    p = paragraph._p
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_next_id()}"/><w:lock w:val="sdtLocked"/><w:richText/></w:sdtPr>'
        "<w:sdtContent/></w:sdt>"
    )
    p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(p)


def _inline_field(cell, alias: str, value: str) -> None:
    """An inline content control in a table cell; '{PLACEHOLDER}' leaves it showing its placeholder text."""
    paragraph = cell.paragraphs[0]
    if value == "{PLACEHOLDER}":
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="review-date"/>'
            f'<w:id w:val="{_next_id()}"/><w:showingPlcHdr/><w:date><w:dateFormat w:val="dd MMMM yyyy"/>'
            '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
            '</w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            '<w:color w:val="808080"/></w:rPr><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt>'
        )
    else:
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/>'
            f'<w:tag w:val="{alias.lower().replace(" ", "-")}"/><w:id w:val="{_next_id()}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>'
        )
    paragraph._p.append(sdt)


def _textbox_xml(lines: list[str], box_id: int, top_cm: float, height_cm: float) -> str:
    """A floating text box as Word writes it: DrawingML in mc:Choice, the same text as VML in mc:Fallback."""
    emu = 360000
    width, height = int(5.6 * emu), int(height_cm * emu)

    def paras() -> str:
        out = []
        for i, line in enumerate(lines):
            bold = "<w:b/>" if i == 0 else ""
            out.append(
                f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>{bold}<w:color w:val="1F4E3D"/>'
                f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
            )
        return "".join(out)

    return (
        f"<w:r {nsdecls('w', 'wp', 'a')} {_EXTRA_NS}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"'
        ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(top_cm * emu)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="left"/><wp:docPr id="{box_id}" name="Text Box {box_id}"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8F3EE"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E3D"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras()}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"'
        ' anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t{box_id}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"'
        '><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {box_id}" o:spid="_x0000_s10{box_id}" type="#_x0000_t{box_id}"'
        f' style="position:absolute;margin-left:0;margin-top:{top_cm}cm;width:5.6cm;height:{height_cm}cm;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin"'
        ' fillcolor="#e8f3ee" strokecolor="#1f4e3d" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras()}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square" side="left"/></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )


def build_llwyn_helyg() -> None:
    rows = tagged("llwyn-helyg-community-council.txt")
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    core = doc.core_properties
    core.title = "Protocol for Councillors and Staff"
    core.author = "Clerk LHCC"
    core.comments = "Built from the County Association policy template v3"
    core.created = CREATED.replace(tzinfo=None)
    header = section.header.paragraphs[0]
    header.text = "Cyngor Cymuned Llwyn Helyg Community Council - LHCC 07"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.text = "Policy template v3 \u00a9 County Association of Local Councils - adapted for local use"
    footer.runs[0].font.size = Pt(7.5)

    boxes = {"BOX1": [t for tag, t in rows if tag == "BOX1"], "BOX2": [t for tag, t in rows if tag == "BOX2"]}
    fields = [t for tag, t in rows if tag == "FIELD"]
    table = None
    placed: set[str] = set()
    for tag, text in rows:
        if tag == "TITLE":
            title = doc.add_paragraph(style="Title")
            run = title.add_run(text)
            run.font.size = Pt(22)
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
        elif tag == "FIELD":
            if table is None:
                table = doc.add_table(rows=len(fields), cols=2)
                table.style = "Table Grid"
                for i, field in enumerate(fields):
                    label, value = (part.strip() for part in field.split(" | "))
                    table.cell(i, 0).paragraphs[0].add_run(label).bold = True
                    table.cell(i, 0).width = Cm(4)
                    _inline_field(table.cell(i, 1), label, value)
                doc.add_paragraph()
        elif tag == "NOTE":
            note = doc.add_paragraph()
            note.add_run(text).italic = True
        elif tag in boxes and tag not in placed:
            placed.add(tag)
            anchor = doc.add_paragraph()
            top, height = (0.2, 3.6) if tag == "BOX1" else (0.4, 3.9)
            anchor._p.append(parse_xml(_textbox_xml(boxes[tag], 11 if tag == "BOX1" else 12, top, height)))
        elif tag == "H":
            heading = doc.add_paragraph(style="Heading 2")
            heading.add_run(text)
            _wrap_in_sdt(heading, f"Heading {text.split('.')[0]}", "heading")
        elif tag == "CL":
            number, _, body = text.partition(" ")
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.2)
            para.paragraph_format.first_line_indent = Cm(-1.2)
            para.paragraph_format.space_after = Pt(5)
            para.add_run(number + "\t")
            para.add_run(body)
            _wrap_in_sdt(para, f"Clause {number}", f"clause-{number}")
    doc.save(str(OUT / "llwyn-helyg-community-council.docx"))


# --------------------------------------------------------------------------------------------
# Kenmoor Borough Council: Word "Text with Layout" export, 72 columns, CRLF, Windows-1252
# --------------------------------------------------------------------------------------------

WIDTH = 72
INDENT = 7


def kenmoor_text() -> str:
    out: list[str] = []
    for tag, text in tagged("kenmoor-borough-council.txt"):
        if tag == "B":
            out.append("")
        elif tag == "C":
            out.append(text.center(WIDTH).rstrip())
        elif tag == "L":
            out.extend(textwrap.wrap(text, WIDTH))
        elif tag == "H":
            number, _, title = text.partition(" ")
            out.append("")
            out.append(number.ljust(INDENT) + title)
            out.append("")
        elif tag == "P":
            number, _, body = text.partition(" ")
            lines = textwrap.wrap(body, WIDTH - INDENT)
            out.append(number.ljust(INDENT) + lines[0])
            out.extend(" " * INDENT + line for line in lines[1:])
            out.append("")
        elif tag == "A":
            out.extend(textwrap.wrap(text, WIDTH, initial_indent="  ", subsequent_indent="  "))
            out.append("")
    return "\r\n".join(out) + "\r\n"


def build_kenmoor() -> None:
    (OUT / "kenmoor-borough-council.txt").write_bytes(kenmoor_text().encode("cp1252"))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_hollowmere()
    build_morlanby()
    build_ashworth()
    build_llwyn_helyg()
    build_kenmoor()


if __name__ == "__main__":
    main()
