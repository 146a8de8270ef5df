"""Build probe H's generated documents from docs-h-src/ into docs-h/.

Five of the eight probe-H documents are generated here (the Wealdshire constitution page, the Dunlarig
councillors' handbook page and the Stoke Fennerby clerk's email were written by hand straight into docs-h/):

* thornleigh-district-council.pdf - a member-induction TRAINING SLIDE DECK exported to PDF: 16:9 landscape
  pages, a title band and 3-7 bullets per slide, picture slides that carry only a drawn picture and its
  caption, a "what's changed" slide quoting the 2019 values, a true/false quiz slide, and a footer with the
  deck name and "Slide n" on every slide.
* harlingham-borough-council.pdf - a CONSULTATION DRAFT with LINE NUMBERS in the margin: every printed line
  (headings and drafting notes too) is numbered continuously through the document, a large diagonal "DRAFT"
  stamp on every page, a running header marking the draft as not Council policy, bracketed italic drafting
  notes, two alternative options (A and B) left open in paragraph 14 and closing consultation questions.
  ``harlingham_pages()`` gives the numbered lines as printed, for checking that a snippet does not cross one.
* cwmderwen-community-council.docx - a Word file whose protocol is ONE TWO-COLUMN TABLE (number | text) with
  shaded bilingual heading rows MERGED across both columns, a merged italic note row, line breaks inside
  some text cells and a small contact table above it.
* brimsdale-town-council.pdf - a TRI-FOLD LEAFLET: A4 landscape, two sides of three panels, drawn side by
  side as printed, so the text of the outside (inside flap, back cover, front cover) comes before the three
  inside panels; rules numbered 1-27 across the panels.
* balnacraig-community-council.html - a GOOGLE DOCS "PUBLISH TO THE WEB" PAGE: published-document banner and
  footer, generated CSS classes on every <p>/<span>, headings with "h.xxxx" ids, a document-control table,
  and the rules as flat <ol class="lst-kix_..."> lists whose numbers are ONLY in the list mark-up: the
  main list continues across headings through the start="n" attribute, the lettered sub-items sit in a
  sibling <ol> of their own, and two footnotes are linked as [1] and [2].

Usage: .venv/bin/python evals/devset/make_pdfs_h.py
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from gen_common import FONTS, add_bare_field, esc, read_colon_tagged, shade_cell

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-h-src"
OUT = HERE / "docs-h"
CREATED = datetime.datetime(2025, 2, 3, 10, 0, tzinfo=datetime.UTC)


def tagged(name: str) -> list[tuple[str, str]]:
    """(tag, text) pairs of a source file, without its '#' comment lines."""
    return read_colon_tagged(SRC / name)


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("DejaVuSans", "", str(FONTS / "dejavu/DejaVuSans.ttf"))
    pdf.add_font("DejaVuSans", "B", str(FONTS / "dejavu/DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVuSans", "I", str(FONTS / "dejavu/DejaVuSans-Oblique.ttf"))
    pdf.add_font("LiberationSerif", "", str(FONTS / "liberation/LiberationSerif-Regular.ttf"))
    pdf.add_font("LiberationSerif", "B", str(FONTS / "liberation/LiberationSerif-Bold.ttf"))
    pdf.add_font("LiberationSerif", "I", str(FONTS / "liberation/LiberationSerif-Italic.ttf"))
    pdf.add_font("LiberationSans", "", str(FONTS / "liberation/LiberationSans-Regular.ttf"))
    pdf.add_font("LiberationSans", "B", str(FONTS / "liberation/LiberationSans-Bold.ttf"))


# --------------------------------------------------------------------------------------------
# Thornleigh District Council: induction slide deck exported to PDF
# --------------------------------------------------------------------------------------------

SLIDE_W, SLIDE_H = 338.67, 190.5
TEAL = (0, 92, 99)


class DeckPDF(FPDF):
    def footer(self):
        if self.page_no() == 1:
            return
        self.set_draw_color(*TEAL)
        self.set_line_width(0.6)
        self.line(14, SLIDE_H - 14, SLIDE_W - 14, SLIDE_H - 14)
        self.set_font("DejaVuSans", "", 9)
        self.set_text_color(90, 90, 90)
        self.set_xy(14, SLIDE_H - 12)
        self.cell(200, 6, "Thornleigh District Council | Member Induction 2025")
        self.set_xy(SLIDE_W - 64, SLIDE_H - 12)
        self.cell(50, 6, f"Slide {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def _draw_picture(pdf: FPDF, x: float, y: float, w: float, h: float, seed: int) -> None:
    """A flat 'photo': sky, ground and a few building blocks, so the slide has a picture and no text."""
    pdf.set_fill_color(196, 222, 235)
    pdf.rect(x, y, w, h * 0.6, style="F")
    pdf.set_fill_color(120, 160, 95)
    pdf.rect(x, y + h * 0.6, w, h * 0.4, style="F")
    for i in range(5):
        bw = w * (0.10 + 0.03 * ((seed + i) % 3))
        bh = h * (0.25 + 0.07 * ((seed * 3 + i) % 4))
        bx = x + w * 0.08 + i * w * 0.17
        pdf.set_fill_color(150 + 15 * i % 60, 120 + 10 * i, 100 + 20 * ((i + seed) % 3))
        pdf.rect(bx, y + h * 0.6 - bh, bw, bh, style="F")
    pdf.set_fill_color(250, 210, 80)
    pdf.ellipse(x + w * 0.8, y + h * 0.08, h * 0.14, h * 0.14, style="F")
    pdf.set_draw_color(80, 80, 80)
    pdf.set_line_width(0.3)
    pdf.rect(x, y, w, h)


def build_thornleigh() -> None:
    pdf = DeckPDF(unit="mm", format=(SLIDE_H, SLIDE_W), orientation="L")
    _fonts(pdf)
    pdf.set_auto_page_break(False)
    pdf.set_title("Working Together - Councillors and Officers (Member Induction Session 4)")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft® PowerPoint® for Microsoft 365")
    pdf.set_creation_date(datetime.datetime(2025, 5, 30, 15, 12, tzinfo=datetime.UTC))
    rows = tagged("thornleigh-district-council.txt")
    cover = [t for tag, t in rows if tag == "COVER"]
    # title slide: full teal background, no footer
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, SLIDE_W, SLIDE_H, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVuSans", "B", 34)
    pdf.set_xy(24, 52)
    pdf.multi_cell(290, 15, cover[0], align="L")
    pdf.set_font("DejaVuSans", "", 18)
    pdf.set_x(24)
    pdf.cell(290, 10, cover[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSans", "", 13)
    pdf.set_xy(24, 140)
    for line in cover[2:]:
        pdf.set_x(24)
        pdf.cell(290, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    title = None
    bullets: list[str] = []
    pics = 0

    def flush() -> None:
        nonlocal title, bullets
        if title is None:
            return
        pdf.add_page()
        pdf.set_fill_color(*TEAL)
        pdf.rect(0, 0, SLIDE_W, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVuSans", "B", 24)
        pdf.set_xy(18, 9)
        pdf.cell(300, 12, title)
        pdf.set_text_color(0, 0, 0)
        size = 19 if len(bullets) <= 5 else 16.5
        gap = 6 if len(bullets) <= 4 else 3.5
        y = 42
        for text in bullets:
            pdf.set_font("DejaVuSans", "", size)
            quiz = text[:2] in {f"{n}." for n in range(1, 10)}
            if not quiz:
                pdf.set_text_color(*TEAL)
                pdf.set_xy(22, y)
                pdf.cell(8, size * 0.5, "•")
                pdf.set_text_color(0, 0, 0)
            pdf.set_xy(32, y)
            pdf.multi_cell(285, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + gap
        title, bullets = None, []

    for tag, text in rows:
        if tag == "SLIDE":
            flush()
            title = text
        elif tag == "B":
            bullets.append(text)
        elif tag == "PIC":
            flush()
            pics += 1
            pdf.add_page()
            _draw_picture(pdf, 54, 14, 230, 130, pics)
            pdf.set_font("DejaVuSans", "I", 14)
            pdf.set_text_color(60, 60, 60)
            pdf.set_xy(54, 150)
            pdf.cell(230, 8, text, align="C")
            pdf.set_text_color(0, 0, 0)
    flush()
    end = [t for tag, t in rows if tag == "END"]
    pdf.add_page()
    pdf.set_font("DejaVuSans", "B", 40)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(14, 60)
    pdf.cell(SLIDE_W - 28, 20, end[0], align="C")
    pdf.set_font("DejaVuSans", "", 16)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(14, 95)
    pdf.cell(SLIDE_W - 28, 10, end[1], align="C")
    pdf.output(str(OUT / "thornleigh-district-council.pdf"))


# --------------------------------------------------------------------------------------------
# Harlingham Borough Council: consultation draft with line numbers and a DRAFT stamp
# --------------------------------------------------------------------------------------------

H_TEXT_X, H_NUM_X, H_HANG = 30.0, 12.0, 8.0
H_RIGHT = 190.0
H_LEAD = 5.4
H_TOP, H_BOTTOM = 30.0, 274.0


class DraftPDF(FPDF):
    def header(self):
        # the stamp is drawn first, so text extraction meets it before the page's text
        with self.rotation(angle=35, x=105, y=150):
            self.set_font("LiberationSans", "B", 120)
            self.set_text_color(228, 228, 228)
            self.set_xy(20, 128)
            self.cell(170, 44, "DRAFT", align="C")
        self.set_text_color(150, 0, 0)
        self.set_font("LiberationSans", "B", 8)
        self.set_xy(H_TEXT_X, 12)
        self.cell(H_RIGHT - H_TEXT_X, 4, "CONSULTATION DRAFT v0.4 - 3 February 2025 - NOT COUNCIL POLICY", align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("LiberationSans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(H_TEXT_X)
        self.cell(120, 4, "Harlingham Borough Council - Councillor and Officer Protocol - draft v0.4")
        self.cell(H_RIGHT - H_TEXT_X - 120, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


_STYLE = {
    "T": ("LiberationSerif", "B", 15),
    "M": ("LiberationSerif", "", 10.5),
    "H": ("LiberationSerif", "B", 11),
    "P": ("LiberationSerif", "", 10.5),
    "N": ("LiberationSerif", "I", 10),
    "O": ("LiberationSerif", "", 10.5),
    "C": ("LiberationSerif", "", 10.5),
    "Q": ("LiberationSerif", "", 10.5),
}


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if pdf.get_string_width(trial) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def harlingham_pages(pdf: FPDF | None = None) -> list[list[dict]]:
    """The draft laid out as pages of printed lines: each line has its margin number, the paragraph number
    (first line of a numbered paragraph only), the text on the line, its style tag and the space above it."""
    if pdf is None:
        pdf = DraftPDF(unit="mm", format="A4")
        _fonts(pdf)
    blocks: list[tuple[str, str, str]] = []
    for tag, text in tagged("harlingham-borough-council.txt"):
        if tag == "P":
            number, _, body = text.partition(" ")
            blocks.append((tag, number, body))
        elif tag == "N":
            blocks.append((tag, "", f"[{text}]"))
        else:
            blocks.append((tag, "", text))
    pages: list[list[dict]] = [[]]
    y = H_TOP
    count = 0
    for tag, number, body in blocks:
        family, style, size = _STYLE[tag]
        pdf.set_font(family, style, size)
        indent = {"P": H_HANG, "N": H_HANG, "Q": H_HANG, "O": 2 * H_HANG}.get(tag, 0.0)
        width = H_RIGHT - H_TEXT_X - indent
        lines = _wrap(pdf, body, width)
        space = {"T": 1.5, "H": 4.0, "M": 2.5, "O": 0.5}.get(tag, 2.0)
        need = space + H_LEAD * min(len(lines), 2 if tag != "H" else 3)
        if y + need > H_BOTTOM:
            pages.append([])
            y = H_TOP
            space = 0.0
        for i, text in enumerate(lines):
            if y + H_LEAD > H_BOTTOM:
                pages.append([])
                y = H_TOP
            count += 1
            gap = space if i == 0 else 0.0
            y += gap
            pages[-1].append(
                {"n": count, "para": number if i == 0 else "", "text": text, "tag": tag, "indent": indent, "y": y}
            )
            y += H_LEAD if tag != "T" else H_LEAD + 2.5
    return pages


def build_harlingham() -> None:
    pdf = DraftPDF(unit="mm", format="A4")
    _fonts(pdf)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.set_title("Councillor and Officer Protocol - CONSULTATION DRAFT v0.4")
    pdf.set_author("Legal and Democratic Services")
    pdf.set_creation_date(CREATED)
    for page in harlingham_pages(pdf):
        pdf.add_page()
        for line in page:
            pdf.set_font("LiberationSans", "", 7.5)
            pdf.set_text_color(120, 120, 120)
            pdf.set_xy(H_NUM_X, line["y"])
            pdf.cell(12, H_LEAD, str(line["n"]), align="R")
            pdf.set_text_color(0, 0, 0)
            family, style, size = _STYLE[line["tag"]]
            pdf.set_font(family, style, size)
            if line["para"]:
                pdf.set_font(family, "B", size)
                pdf.set_xy(H_TEXT_X, line["y"])
                pdf.cell(H_HANG, H_LEAD, line["para"])
                pdf.set_font(family, style, size)
            pdf.set_xy(H_TEXT_X + line["indent"], line["y"])
            pdf.cell(H_RIGHT - H_TEXT_X - line["indent"], H_LEAD, line["text"])
    pdf.output(str(OUT / "harlingham-borough-council.pdf"))


# --------------------------------------------------------------------------------------------
# Cwmderwen Community Council: two-column table in a Word file, merged heading rows
# --------------------------------------------------------------------------------------------


def build_cwmderwen() -> None:
    rows = tagged("cwmderwen-community-council.txt")
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    head = section.header.paragraphs[0]
    head.text = (
        "Cyngor Cymuned Cwmderwen Community Council - Protocol rhwng Cynghorwyr a Staff / "
        "Protocol for Councillors and Staff"
    )
    head.runs[0].font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    run = foot.add_run("Tudalen / Page ")
    run.font.size = Pt(8)
    add_bare_field(foot, " PAGE ")
    contact = None
    table = None
    for tag, text in rows:
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title")
        elif tag == "SUB":
            doc.add_paragraph(text, style="Subtitle")
        elif tag == "CONTACT":
            if contact is None:
                contact = doc.add_table(rows=0, cols=2)
                contact.style = "Table Grid"
                contact.autofit = False
                contact.columns[0].width, contact.columns[1].width = Cm(3.5), Cm(13.1)
            label, value = text.split(" | ")
            cells = contact.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].paragraphs[0].add_run(value)
            cells[0].width, cells[1].width = Cm(3.5), Cm(13.1)
        elif tag in ("HEAD", "ROW", "NOTE"):
            if table is None:
                doc.add_paragraph()
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                table.autofit = False
                table.columns[0].width, table.columns[1].width = Cm(1.7), Cm(14.9)
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(1.7), Cm(14.9)
            if tag == "ROW":
                number, body = text.split(" | ")
                cells[0].paragraphs[0].add_run(number).bold = True
                parts = body.split(" // ")
                cells[1].paragraphs[0].add_run(parts[0])
                for part in parts[1:]:
                    cells[1].add_paragraph(part)
            else:
                merged = cells[0].merge(cells[1])
                run = merged.paragraphs[0].add_run(text)
                if tag == "HEAD":
                    run.bold = True
                    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                    shade_cell(merged, "D9E2F3")
                else:
                    run.italic = True
                    run.font.size = Pt(9)
        elif tag == "END":
            if table is not None:
                doc.add_paragraph()
                table = None
            doc.add_paragraph(text)
    doc.core_properties.author = "Clerk"
    doc.core_properties.title = "Protocol for Councillors and Staff"
    doc.core_properties.created = datetime.datetime(2024, 11, 20, 9, 0)
    doc.core_properties.modified = datetime.datetime(2024, 12, 10, 11, 45)
    doc.save(OUT / "cwmderwen-community-council.docx")


# --------------------------------------------------------------------------------------------
# Brimsdale Town Council: tri-fold leaflet
# --------------------------------------------------------------------------------------------

PLUM = (112, 38, 92)


def build_brimsdale() -> None:
    panels: dict[tuple[int, int], list[tuple[str, str]]] = {}
    current = None
    for tag, text in tagged("brimsdale-town-council.txt"):
        if tag == "PANEL":
            side, col = (int(v) for v in text.split(","))
            current = panels.setdefault((side, col), [])
        else:
            current.append((tag, text))
    pdf = FPDF(unit="mm", format="A4", orientation="L")
    _fonts(pdf)
    pdf.set_auto_page_break(False)
    pdf.set_title("Working Together - leaflet BTC-L3")
    pdf.set_author("Brimsdale Town Council")
    pdf.set_creator("Adobe InDesign 19.0 (Windows)")
    pdf.set_creation_date(datetime.datetime(2025, 5, 6, 12, 0, tzinfo=datetime.UTC))
    width, margin = 297 / 3, 8.0
    for side in (1, 2):
        pdf.add_page()
        pdf.set_draw_color(210, 210, 210)
        pdf.set_line_width(0.2)
        pdf.set_dash_pattern(dash=1.5, gap=1.5)
        for fold in (width, 2 * width):
            pdf.line(fold, 4, fold, 206)
        pdf.set_dash_pattern()
        for col in (1, 2, 3):
            x0 = (col - 1) * width + margin
            w = width - 2 * margin
            y = 12.0
            for tag, text in panels.get((side, col), []):
                if tag == "H":
                    pdf.set_fill_color(*PLUM)
                    pdf.rect(x0, y, w, 8, style="F")
                    pdf.set_text_color(255, 255, 255)
                    pdf.set_font("DejaVuSans", "B", 11)
                    pdf.set_xy(x0 + 2, y + 1)
                    pdf.cell(w - 4, 6, text)
                    pdf.set_text_color(0, 0, 0)
                    y += 11
                elif tag == "R":
                    number, _, body = text.partition(" ")
                    pdf.set_font("DejaVuSans", "B", 9)
                    pdf.set_text_color(*PLUM)
                    pdf.set_xy(x0, y)
                    pdf.cell(7, 4.3, number)
                    pdf.set_text_color(0, 0, 0)
                    pdf.set_font("DejaVuSans", "", 8.6)
                    pdf.set_xy(x0 + 7, y)
                    pdf.multi_cell(w - 7, 4.3, body, align="L", new_x="LMARGIN", new_y="NEXT")
                    y = pdf.get_y() + 2.2
                elif tag == "P":
                    pdf.set_font("DejaVuSans", "", 9)
                    pdf.set_xy(x0, y)
                    pdf.multi_cell(w, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
                    y = pdf.get_y() + 2.5
                elif tag == "BIG":
                    pdf.set_font("DejaVuSans", "B", 22)
                    pdf.set_text_color(*PLUM)
                    pdf.set_xy(x0, y)
                    pdf.cell(w, 14, text, align="C")
                    pdf.set_text_color(0, 0, 0)
                    y += 18
                elif tag == "BOX":
                    pdf.set_font("DejaVuSans", "I", 8.6)
                    lines = pdf.multi_cell(w - 6, 4.3, text, dry_run=True, output="LINES")
                    h = 4.3 * len(lines) + 5
                    pdf.set_fill_color(246, 232, 242)
                    pdf.rect(x0, y, w, h, style="F")
                    pdf.set_xy(x0 + 3, y + 2.5)
                    pdf.multi_cell(w - 6, 4.3, text, align="L")
                    y += h + 3
                elif tag == "PIC":
                    h = 46 if side == 1 and col == 3 else 34
                    _draw_picture(pdf, x0, y, w, h, col + side)
                    pdf.set_font("DejaVuSans", "I", 7.5)
                    pdf.set_text_color(80, 80, 80)
                    pdf.set_xy(x0, y + h + 1)
                    pdf.multi_cell(w, 3.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_text_color(0, 0, 0)
                    y = pdf.get_y() + 6
                elif tag == "SMALL":
                    pdf.set_font("DejaVuSans", "", 7)
                    pdf.set_text_color(90, 90, 90)
                    pdf.set_xy(x0, max(y, 176 if side == 1 else y))
                    pdf.multi_cell(w, 3.4, text, align="C" if col == 3 else "L", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_text_color(0, 0, 0)
                    y = pdf.get_y() + 3
    pdf.output(str(OUT / "brimsdale-town-council.pdf"))


# --------------------------------------------------------------------------------------------
# Balnacraig Community Council: Google Docs "publish to the web" page
# --------------------------------------------------------------------------------------------

_KIX = "kix_7r2xq9m4bd1e"

_GDOCS_CSS = (
    "@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFVC9c8MXMmVBMU);"
    f"ol.lst-{_KIX}-1.start{{counter-reset:lst-ctn-{_KIX}-1 0}}"
    f".lst-{_KIX}-1>li{{counter-increment:lst-ctn-{_KIX}-1}}"
    f"ol.lst-{_KIX}-0{{list-style-type:none}}"
    f'.lst-{_KIX}-0>li:before{{content:"" counter(lst-ctn-{_KIX}-0,decimal) ". "}}'
    f'.lst-{_KIX}-1>li:before{{content:"" counter(lst-ctn-{_KIX}-1,lower-latin) ") "}}'
    f"ol.lst-{_KIX}-1{{list-style-type:none}}"
    f".lst-{_KIX}-0>li{{counter-increment:lst-ctn-{_KIX}-0}}"
    f"ol.lst-{_KIX}-0.start{{counter-reset:lst-ctn-{_KIX}-0 0}}"
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c13{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c17{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:351pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c1{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:6pt;line-height:1.15;orphans:2;"
    "widows:2;text-align:left}"
    ".c18{margin-left:72pt;padding-top:0pt;padding-left:0pt;padding-bottom:4pt;line-height:1.15;orphans:2;"
    "widows:2;text-align:left}"
    ".c2{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;"
    'font-family:"Arial";font-style:normal}'
    ".c11{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;"
    'font-family:"Arial";font-style:normal}'
    ".c4{color:#1c4587;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;"
    'font-family:"Arial";font-style:normal}'
    ".c10{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;"
    'font-family:"Arial";font-style:normal}'
    ".c0{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}"
    ".c7{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}"
    ".c8{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;"
    "text-align:left}"
    ".c5{padding:0;margin:0}"
    ".c6{vertical-align:super;font-size:11pt}"
    '.c9{font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;'
    "text-align:left}"
    '.c15{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;text-align:left}"
    ".c12{margin-left:0pt;border-spacing:0;border-collapse:collapse;margin-right:auto}"
    ".c14{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}"
    ".c16{color:inherit;text-decoration:inherit}"
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    'li{color:#000000;font-size:11pt;font-family:"Arial"}'
    'p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
)

_HEADING_IDS = [
    "h.30j0zll",
    "h.1fob9te",
    "h.3znysh7",
    "h.2et92p0",
    "h.tyjcwt",
    "h.3dy6vkm",
    "h.1t3h5sf",
    "h.4d34og8",
    "h.2s8eyo1",
    "h.17dp8vu",
]


def _gspans(text: str) -> str:
    """Google Docs splits a paragraph into one span per run of formatting; footnote marks become sup links."""
    out = []
    parts = text.split("**")
    for i, part in enumerate(parts):
        while "^" in part:
            before, _, rest = part.partition("^")
            n, rest = rest[0], rest[1:]
            if before:
                out.append(f'<span class="{"c11" if i % 2 else "c2"}">{esc(before)}</span>')
            out.append(f'<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>')
            part = rest
        if part:
            out.append(f'<span class="{"c11" if i % 2 else "c2"}">{esc(part)}</span>')
    body = "".join(out)
    return body.replace("\u2019", "&rsquo;").replace("\u00a3", "&pound;")


def build_balnacraig() -> None:
    rows = tagged("balnacraig-community-council.txt")
    doc_title = next(t for tag, t in rows if tag == "DOCTITLE")
    body: list[str] = []
    open_list = None  # "0" or "1"
    main_count = 0
    sub_started = False
    first_main = True
    headings = iter(_HEADING_IDS)
    dc_rows: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []

    def close_list() -> None:
        nonlocal open_list
        if open_list is not None:
            body.append("</ol>")
            open_list = None

    def flush_dc() -> None:
        if not dc_rows:
            return
        body.append(
            '<p class="c0"><span class="c2"></span></p><a id="t.7f3c1f8a6b0e2d41c9a5e07b3d6f1a28e4c2b9d0"></a>'
            '<a id="t.0"></a><table class="c12">'
        )
        for label, value in dc_rows:
            body.append(
                f'<tr class="c3"><td class="c13" colspan="1" rowspan="1"><p class="c7"><span class="c11">'
                f'{html.escape(label)}</span></p></td><td class="c17" colspan="1" rowspan="1"><p class="c7">'
                f'<span class="c2">{html.escape(value)}</span></p></td></tr>'
            )
        body.append('</table><p class="c0"><span class="c2"></span></p>')
        dc_rows.clear()

    for tag, text in rows:
        if tag != "DC":
            flush_dc()
        if tag not in ("LI", "LI2"):
            close_list()
        if tag == "TITLE":
            body.append(f'<p class="c9 title" id="h.gjdgxs"><span class="c9">{html.escape(text)}</span></p>')
        elif tag == "SUBTITLE":
            body.append(f'<p class="c15 subtitle" id="h.l8zqe1g2p0xv"><span class="c15">{html.escape(text)}</span></p>')
        elif tag == "DC":
            label, value = text.split(" | ")
            dc_rows.append((label, value))
        elif tag == "H":
            body.append(f'<h2 class="c8" id="{next(headings)}"><span class="c4">{html.escape(text)}</span></h2>')
        elif tag == "P":
            body.append(f'<p class="c1">{_gspans(text)}</p>')
        elif tag == "LI":
            if open_list != "0":
                close_list()
                start = " start" if first_main else ""
                body.append(f'<ol class="c5 lst-{_KIX}-0{start}" start="{main_count + 1}">')
                first_main = False
                open_list = "0"
            main_count += 1
            body.append(f'<li class="c1 li-bullet-0">{_gspans(text)}</li>')
        elif tag == "LI2":
            if open_list != "1":
                close_list()
                start = "" if sub_started else " start"
                body.append(f'<ol class="c5 lst-{_KIX}-1{start}" start="1">')
                sub_started = True
                open_list = "1"
            body.append(f'<li class="c18 li-bullet-0">{_gspans(text)}</li>')
        elif tag == "FN":
            n, note = text.split("\t")
            notes.append((n, note))
    close_list()
    if notes:
        body.append('<hr class="c16"><div>')
        for n, note in notes:
            inner = esc(note).replace("\u2019", "&rsquo;").replace("\u00a3", "&pound;")
            body.append(
                f'<p class="c7"><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a><span class="c10">&nbsp;{inner}</span></p>'
            )
        body.append("</div>")
    page = (
        '<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{html.escape(doc_title)}">'
        f"<title>{html.escape(doc_title)}</title>"
        '<link href="/static/document/client/css/3742526015-published_document_css.css" rel="stylesheet">'
        '<link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico">'
        "</head><body>"
        '<div id="banner"><div id="publish-banner"><span id="publish-banner-text">Published using Google Docs'
        '</span><a href="https://docs.google.com/abuse?id=2PACX-1vQ8c3kZr0bnLcZt7WmFq_Balnacraig" target="_blank">'
        'Report abuse</a><a href="https://support.google.com/docs/answer/183965" target="_blank">Learn more</a>'
        f'</div><div id="title">{html.escape(doc_title)}</div><div id="interval">'
        "<span>Updated automatically every 5 minutes</span></div></div>"
        f'<div id="contents"><style type="text/css">{_GDOCS_CSS}</style>'
        f'<div class="doc-content c14">{"".join(body)}</div></div>'
        '<div id="footer"><div id="publish-footer"><a href="https://docs.google.com/document/u/0/?tab=rm&amp;'
        'usp=published_doc_footer" title="Learn more about Google Docs" target="_blank">Published by '
        '<span class="google-docs-logo">Google Docs</span></a><span class="dash">&ndash;</span>'
        '<a href="https://docs.google.com/abuse?id=2PACX-1vQ8c3kZr0bnLcZt7WmFq_Balnacraig" target="_blank">'
        'Report abuse</a><span class="dash">&ndash;</span><a href="https://support.google.com/docs/answer/183965"'
        ' target="_blank">Learn more</a><span class="dash">&ndash;</span><span>Updated automatically every 5 '
        "minutes</span></div></div>"
        '<script nonce="Xq2pLr0bV7fA9dW3kT1nCg">window.jstiming={};DOCS_timing={};(function(){var a='
        "document.getElementById('contents');if(a){a.setAttribute('data-published','1');}})();</script>"
        "</body></html>"
    )
    (OUT / "balnacraig-community-council.html").write_text(page, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_thornleigh()
    build_harlingham()
    build_cwmderwen()
    build_brimsdale()
    build_balnacraig()


if __name__ == "__main__":
    main()
