"""Build probe F's generated documents from docs-f-src/ into docs-f/.

Six of the eight probe-F documents are generated (the other two, the Llanbedr Ystrad standing-orders
page and the Auchterbrae & Milnholm text, were written by hand straight into docs-f/):

* saxmoor-district-council.docx - a Word "Appendix A" whose numbering is typed by hand (number, tab,
  text) and which carries tracked changes (w:ins / w:del runs, whole inserted and deleted paragraphs,
  a renumbered paragraph) and margin comments. The protocol in force is the text with the insertions
  kept and the deletions dropped.
* coppleford-town-council.pdf - a councillor handbook laid out in two columns, with a cover, a
  contents page, section banners across both columns, shaded boxed asides inside the columns and a
  running header and footer; the member/staff protocol is Section 5 of six.
* ebberley-st-mary-parish-council.pdf - a scanned typewritten protocol: every page is a greyscale JPEG
  of the typed sheet (slightly skewed, speckled, hole-punch marks, a handwritten re-adoption note)
  with an invisible OCR text layer over it. The OCR layer has the usual recognition errors; it is
  written to docs-f-src/ebberley-st-mary-parish-council.txt so gold snippets can be checked.
* kingsbarrow-council.pdf - a council web page printed to PDF from a browser: print date/time and
  page title at the top of every sheet, the address and "n/N" at the bottom, the site's menu and
  cookie text on the first sheet, and link addresses in brackets after link text.
* scarrowdale-metropolitan-borough-council.html - a document-sharing ("flip-book") page showing the
  text of a PDF in which the site's own mark-up was escaped, so each line ends in a literal "<br />"
  and the words of the uploader's title sit inside literal <strong> tags.
* kirkby-wendle-parish-council.html - a WordPress policy page into which the text of a PDF was
  pasted: some spaces between words are lost, clause numbers and headings are glued to the text and
  the PDF's page footers run into the sentences.

Randomness (OCR errors, lost spaces, speckle) uses fixed seeds, so the output is reproducible.

Usage: .venv/bin/python evals/devset/make_pdfs_f.py
"""

from __future__ import annotations

import datetime
import io
import random
import re
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.run import Run
from fpdf import FPDF
from fpdf.enums import TextMode
from gen_common import FONTS, add_bare_field, esc
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-f-src"
OUT = HERE / "docs-f"


def source_lines(name: str) -> list[str]:
    """Lines of a source file without its leading '#' comment block."""
    lines = (SRC / name).read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return lines


# --------------------------------------------------------------------------------------------
# Saxmoor District Council: Word file with typed numbering, tracked changes and comments
# --------------------------------------------------------------------------------------------

_REV_ID = [100]
_AUTHOR = "Legal Services"
_DATE = "2025-02-12T10:15:00Z"


def _next_id() -> str:
    _REV_ID[0] += 1
    return str(_REV_ID[0])


def _make_run(text: str, deleted: bool = False, bold: bool = False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    parts = text.split("\t")
    for i, part in enumerate(parts):
        if i:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = part
            r.append(t)
    return r


def _track(kind: str, text: str, bold: bool = False):
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), _AUTHOR)
    el.set(qn("w:date"), _DATE)
    el.append(_make_run(text, deleted=(kind == "del"), bold=bold))
    return el


def _mark_paragraph(p, kind: str) -> None:
    """Mark the paragraph mark itself as inserted or deleted."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement(f"w:{kind}")
    mark.set(qn("w:id"), _next_id())
    mark.set(qn("w:author"), _AUTHOR)
    mark.set(qn("w:date"), _DATE)
    rpr.append(mark)
    ppr.append(rpr)


_SEGMENT = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}")


def _segments(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _SEGMENT.finditer(text):
        if m.start() > pos:
            out.append(("keep", text[pos : m.start()]))
        if m.group(1) is not None:
            out.append(("ins", m.group(1)))
        else:
            out.append(("del", m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("keep", text[pos:]))
    return out


def build_saxmoor() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    hdr = sec.header.paragraphs[0]
    hdr.text = "Saxmoor District Council - Standards and Audit Committee - 5 March 2025"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = sec.footer.paragraphs[0]
    ftr.text = "Appendix A - Item 7 - Page "
    add_bare_field(ftr, "PAGE")
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

    comment_re = re.compile(r"\[\[(.*?)\|(.*?)\]\]")
    for line in source_lines("saxmoor-district-council.txt"):
        if not line.strip():
            continue
        kind, _, body = line.partition(":")
        comments = comment_re.findall(body)
        body = comment_re.sub("", body)
        p = doc.add_paragraph()
        if kind == "T":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(body)
            r.bold = True
            r.font.size = Pt(14 if body.isupper() else 12)
            continue
        if kind == "N":
            r = p.add_run(body)
            r.italic = True
            continue
        fmt = p.paragraph_format
        fmt.left_indent = Mm(14)
        fmt.first_line_indent = Mm(-14)
        fmt.tab_stops.add_tab_stop(Mm(14))
        fmt.space_after = Pt(6)
        bold = kind == "H"
        if kind == "H":
            fmt.space_before = Pt(12)
            fmt.keep_with_next = True
        anchor_runs = []
        if kind in ("P+", "P-"):
            tag = "ins" if kind == "P+" else "del"
            el = _track(tag, body, bold=bold)
            p._p.append(el)
            _mark_paragraph(p, tag)
            anchor_runs.append(Run(el.find(qn("w:r")), p))
        else:
            for seg_kind, seg in _segments(body):
                if seg_kind == "keep":
                    r_el = _make_run(seg, bold=bold)
                    p._p.append(r_el)
                    anchor_runs.append(Run(r_el, p))
                else:
                    el = _track(seg_kind, seg, bold=bold)
                    p._p.append(el)
        for author, text in comments:
            initials = "".join(w[0] for w in author.split())
            comment = doc.add_comment(anchor_runs[:1], text=text, author=author, initials=initials)
            comment._comment_elm.set(qn("w:date"), "2025-02-20T16:40:00Z")
    # Word shows the revisions as tracked changes and keeps tracking on.
    settings = doc.settings.element
    settings.append(OxmlElement("w:trackRevisions"))
    doc.core_properties.title = "Appendix A - Protocol on Member/Officer Relations (tracked changes)"
    doc.core_properties.author = "Democratic Services"
    doc.core_properties.created = datetime.datetime(2025, 2, 12, 9, 30)
    doc.core_properties.modified = datetime.datetime(2025, 3, 6, 11, 5)
    doc.core_properties.last_modified_by = "Democratic Services"
    doc.core_properties.revision = 14
    doc.core_properties.comments = ""
    doc.save(OUT / "saxmoor-district-council.docx")


# --------------------------------------------------------------------------------------------
# Coppleford Town Council: two-column councillor handbook
# --------------------------------------------------------------------------------------------


class HandbookPDF(FPDF):
    section_title = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 9)
        self.cell(0, 4, "Coppleford Town Council  |  Councillor Handbook 2024-2028", align="L")
        self.set_draw_color(40, 90, 130)
        self.line(18, 14.5, 192, 14.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(18)
        self.cell(87, 4, self.section_title, align="L")
        self.cell(87, 4, f"page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


class TwoColumns:
    LEFT, GUTTER, WIDTH = 18.0, 8.0, 83.0
    TOP, BOTTOM = 20.0, 282.0

    def __init__(self, pdf: HandbookPDF):
        self.pdf = pdf
        pdf.c_margin = 0
        self.col = 0
        self.y = self.TOP
        self.top = self.TOP

    def x(self) -> float:
        return self.LEFT + self.col * (self.WIDTH + self.GUTTER)

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            self.pdf.add_page()
            self.col = 0
            self.y = self.TOP
            self.top = self.TOP

    def new_section(self, title: str) -> None:
        pdf = self.pdf
        number, _, name = title.partition("  ")
        pdf.add_page()
        pdf.section_title = f"Section {number} - {name}"
        pdf.set_fill_color(40, 90, 130)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("helvetica", "B", 16)
        pdf.set_xy(self.LEFT, 20)
        pdf.cell(2 * self.WIDTH + self.GUTTER, 12, "  " + title, fill=True)
        pdf.set_text_color(0, 0, 0)
        self.col = 0
        self.top = 38.0
        self.y = self.top

    def lines_for(self, text: str, width: float) -> list[str]:
        return self.pdf.multi_cell(width, 4.6, text, dry_run=True, output="LINES")

    def paragraph(self, text: str, style: str = "", size: float = 9.5, after: float = 2.2) -> None:
        pdf = self.pdf
        pdf.set_font("helvetica", style, size)
        lh = 4.6 if size < 10 else 5.4
        lines = self.lines_for(text, self.WIDTH)
        if style == "B" and self.y + lh * 3 > self.BOTTOM:  # keep a heading with what follows
            self.next_column()
            pdf.set_font("helvetica", style, size)
        for i, ln in enumerate(lines):
            if self.y + lh > self.BOTTOM:
                self.next_column()
                pdf.set_font("helvetica", style, size)
            last = i == len(lines) - 1
            words = ln.split(" ")
            if last or style == "B" or len(words) < 2:
                pdf.set_xy(self.x(), self.y)
                pdf.cell(self.WIDTH, lh, ln)
            else:  # justified: each word placed on its own, as page-layout programs do
                used = sum(pdf.get_string_width(w) for w in words)
                gap = (self.WIDTH - used) / (len(words) - 1)
                x = self.x()
                for w in words:
                    pdf.text(x, self.y + lh * 0.72, w)
                    x += pdf.get_string_width(w) + gap
            self.y += lh
        self.y += after

    def box(self, title: str, text: str) -> None:
        pdf = self.pdf
        pdf.set_font("helvetica", "", 9)
        inner = self.WIDTH - 6
        lines = pdf.multi_cell(inner, 4.4, text, dry_run=True, output="LINES")
        height = 6 + 5.5 + 4.4 * len(lines) + 3
        if self.y + height > self.BOTTOM:
            self.next_column()
        pdf.set_fill_color(226, 236, 244)
        pdf.rect(self.x(), self.y, self.WIDTH, height, style="F")
        pdf.set_font("helvetica", "B", 10)
        pdf.set_xy(self.x() + 3, self.y + 3)
        pdf.cell(inner, 5.5, title)
        pdf.set_font("helvetica", "", 9)
        yy = self.y + 3 + 5.5
        for ln in lines:
            pdf.set_xy(self.x() + 3, yy)
            pdf.cell(inner, 4.4, ln)
            yy += 4.4
        self.y += height + 3


def build_coppleford() -> None:
    pdf = HandbookPDF(format="A4")
    pdf.set_title("Coppleford Town Council - Councillor Handbook 2024-2028")
    pdf.set_author("Coppleford Town Council")
    pdf.set_creation_date(datetime.datetime(2024, 6, 24, 15, 2, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(False)
    lines = source_lines("coppleford-town-council.txt")
    cover = [ln[6:] for ln in lines if ln.startswith("COVER:")]
    contents = [ln[9:] for ln in lines if ln.startswith("CONTENTS:")]
    # cover page
    pdf.add_page()
    pdf.set_fill_color(40, 90, 130)
    pdf.rect(0, 0, 210, 120, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 30)
    pdf.set_xy(20, 50)
    pdf.cell(170, 14, cover[0])
    pdf.set_font("helvetica", "", 22)
    pdf.set_xy(20, 68)
    pdf.cell(170, 12, cover[1])
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", "", 13)
    pdf.set_xy(20, 140)
    pdf.cell(170, 8, cover[2])
    pdf.set_xy(20, 150)
    pdf.cell(170, 8, cover[3])
    # contents page
    pdf.section_title = "Contents"
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.set_xy(18, 24)
    pdf.cell(170, 10, "Contents")
    pdf.set_font("helvetica", "", 11)
    y = 40
    for entry in contents:
        pdf.set_xy(24, y)
        pdf.cell(160, 7, entry)
        y += 9
    cols = TwoColumns(pdf)
    for line in lines:
        if line.startswith(("COVER:", "CONTENTS:")) or not line.strip():
            continue
        kind, _, body = line.partition(":")
        if kind == "S":
            cols.new_section(body)
        elif kind == "h":
            cols.paragraph(body, style="B", size=10.5, after=1.0)
        elif kind == "p":
            cols.paragraph(body)
        elif kind == "BOX":
            title, _, text = body.partition("|")
            cols.box(title, text)
    pdf.output(str(OUT / "coppleford-town-council.pdf"))


# --------------------------------------------------------------------------------------------
# Ebberley St Mary Parish Council: scanned typewritten sheets with an OCR text layer
# --------------------------------------------------------------------------------------------

_OCR_SWAPS = [
    ("m", "rn"),
    ("l", "1"),
    ("Cl", "Ci"),
    ("cl", "d"),
    ("th", "tli"),
    ("e", "c"),
    ("w", "vv"),
    ("u", "ii"),
    ("O", "0"),
    ("0", "O"),
    ("h", "li"),
    ("i", "l"),
    ("'s", " s"),
]


def ocr_corrupt(line: str, rng: random.Random, rate: float) -> str:
    if line.strip().isupper() or not line.strip():
        return line
    words = line.split(" ")
    for i, w in enumerate(words):
        if not w or rng.random() > rate:
            continue
        options = [(a, b) for a, b in _OCR_SWAPS if a in w]
        if not options:
            continue
        a, b = rng.choice(options)
        idx = w.find(a)
        words[i] = w[:idx] + b + w[idx + len(a) :]
    out = " ".join(words)
    if rng.random() < 0.06:  # stray space before punctuation
        out = re.sub(r"(\w)([,.])(\s|$)", r"\1 \2\3", out, count=1)
    return out


def _typed_lines(text: str, width: int = 64) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        m = re.match(r"^(\d+\.\d+)\s+(.*)$", para)
        if m:
            first = m.group(1).ljust(5)
            wrapped = textwrap.wrap(m.group(2), width=width - 5)
            out.append(first + wrapped[0])
            out.extend(" " * 5 + w for w in wrapped[1:])
        else:
            out.extend(textwrap.wrap(para, width=width) or [""])
    return out


def build_ebberley() -> None:
    rng = random.Random(20110314)
    typed = (SRC / "ebberley-st-mary-parish-council-typed.txt").read_text(encoding="utf-8")
    lines = _typed_lines(typed)
    per_page = 44
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    handnote = ["Re-adopted at Annual Mtg 13/5/24 (min 12/24)", "next review May 2027 - J.P."]
    handnote_ocr = ["Re-adopted at Annua1 Mtg l3/5/24 (rnin 12/24)", "next rev1ew May 2O27 - J.P ."]
    dpi = 150
    px_w, px_h = 1240, 1754
    mm_per_px = 210 / px_w
    font_px = 25  # 12 pt at 150 dpi
    line_px = 30
    left_px, top_px = 150, 170
    typewriter = ImageFont.truetype(str(FONTS / "liberation/LiberationMono-Regular.ttf"), font_px)
    hand = ImageFont.truetype(str(FONTS / "dejavu/DejaVuSerif-Italic.ttf"), 30)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Scan_20240521_0931")
    pdf.set_creator("Canon iR-ADV C3520 / OCR")
    pdf.set_creation_date(datetime.datetime(2024, 5, 21, 9, 31, tzinfo=datetime.UTC))
    ocr_record: list[str] = []
    for n, page_lines in enumerate(pages, start=1):
        img = Image.new("L", (px_w, px_h), 250)
        draw = ImageDraw.Draw(img)
        ocr_page: list[tuple[int, str]] = []
        if n > 1:
            label = f"- {n} -"
            draw.text((px_w // 2 - 40, 95), label, font=typewriter, fill=45)
            ocr_page.append((95, label))
        for i, ln in enumerate(page_lines):
            y = top_px + i * line_px
            jitter = rng.randint(-1, 1)
            draw.text((left_px + jitter, y), ln, font=typewriter, fill=rng.randint(30, 60))
            if ln.strip():
                ocr_page.append((y, ocr_corrupt(ln, rng, 0.05)))
        if n == len(pages):
            y = top_px + len(page_lines) * line_px + 40
            note = Image.new("L", (900, 100), 255)
            nd = ImageDraw.Draw(note)
            nd.text((5, 5), handnote[0], font=hand, fill=70)
            nd.text((45, 52), handnote[1], font=hand, fill=70)
            note = note.rotate(2.5, expand=True, fillcolor=255)
            img.paste(note, (left_px + 20, y), mask=note.point(lambda v: 255 if v < 200 else 0))
            ocr_page.append((y + 10, handnote_ocr[0]))
            ocr_page.append((y + 58, handnote_ocr[1]))
        # hole punch marks, skew, speckle, slight blur
        for cy in (px_h // 2 - 180, px_h // 2 + 180):
            draw.ellipse((30, cy - 28, 86, cy + 28), fill=90)
        img = img.rotate(-0.35, resample=Image.BICUBIC, fillcolor=250)
        speck = ImageDraw.Draw(img)
        for _ in range(900):
            x, yy = rng.randrange(px_w), rng.randrange(px_h)
            speck.point((x, yy), fill=rng.randint(60, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=38, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
        pdf.text_mode = TextMode.INVISIBLE
        pdf.set_font("courier", "", 12)
        for y, text in ocr_page:
            x_mm = (px_w // 2 - 40) * mm_per_px if text.startswith("- ") else left_px * mm_per_px
            pdf.text(x_mm, (y + font_px * 0.8) * mm_per_px, text)
        pdf.text_mode = TextMode.FILL
        ocr_record.append(f"=== page {n} ===")
        ocr_record.extend(t for _, t in ocr_page)
    pdf.output(str(OUT / "ebberley-st-mary-parish-council.pdf"))
    (SRC / "ebberley-st-mary-parish-council.txt").write_text(
        "# OCR text layer of docs-f/ebberley-st-mary-parish-council.pdf as written by make_pdfs_f.py\n"
        "# (generated - do not edit; the typed original is ebberley-st-mary-parish-council-typed.txt)\n"
        + "\n".join(ocr_record)
        + "\n",
        encoding="utf-8",
    )


# --------------------------------------------------------------------------------------------
# Kingsbarrow Council: a web page printed to PDF by a browser
# --------------------------------------------------------------------------------------------

_KB_TITLE = "Councillor and officer protocol | Kingsbarrow Council"
_KB_URL = "https://www.kingsbarrow.gov.uk/council-and-democracy/constitution/councillor-officer-protocol"


class BrowserPrintPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(0, 0, 0)
        self.set_xy(8, 5)
        self.cell(60, 4, "03/02/2025, 14:17")
        self.set_xy(60, 5)
        self.cell(90, 4, _KB_TITLE, align="C")
        self.set_y(14)

    def footer(self):
        self.set_font("helvetica", "", 8)
        self.set_xy(8, -9)
        self.cell(170, 4, _KB_URL)
        self.set_xy(182, -9)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


def build_kingsbarrow() -> None:
    pdf = BrowserPrintPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_title(_KB_TITLE)
    pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0")
    pdf.set_producer("Skia/PDF m131")
    pdf.set_creation_date(datetime.datetime(2025, 2, 3, 14, 17, tzinfo=datetime.UTC))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    for line in source_lines("kingsbarrow-council.txt"):
        if not line.strip():
            continue
        kind, _, body = line.partition(":")
        if kind == "CHROME":
            pdf.set_font("helvetica", "", 8.5)
            pdf.set_text_color(40, 40, 40)
            pdf.multi_cell(0, 4.4, body, align="L")
            pdf.ln(2)
        elif kind == "H1":
            pdf.ln(3)
            pdf.set_font("helvetica", "B", 22)
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(0, 10, body, align="L")
            pdf.ln(2)
        elif kind == "META":
            pdf.set_font("helvetica", "", 9)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, 4.8, body, align="L")
            pdf.ln(2)
        elif kind == "H2":
            pdf.ln(3)
            pdf.set_font("helvetica", "B", 15)
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(0, 7.5, body, align="L")
            pdf.ln(1)
        elif kind == "P":
            pdf.set_font("helvetica", "", 10.5)
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(0, 5.6, body, align="L")
            pdf.ln(2.5)
    pdf.output(str(OUT / "kingsbarrow-council.pdf"))


# --------------------------------------------------------------------------------------------
# Scarrowdale MBC: flip-book sharing page with escaped mark-up in the text
# --------------------------------------------------------------------------------------------

_SC_HIGHLIGHT = re.compile(r"\b(Scarrowdale|Protocol|Part)\b", re.IGNORECASE)


def _flip_line(line: str) -> str:
    line = _SC_HIGHLIGHT.sub(lambda m: f"<strong>{m.group(1)}</strong>", line)
    return esc(line + "<br />")


def build_scarrowdale() -> None:
    lines = source_lines("scarrowdale-metropolitan-borough-council.txt")
    pages: list[list[str]] = [[]]
    for ln in lines:
        if ln.strip() == "@PAGE":
            pages.append([])
            continue
        if not ln.strip():
            continue
        indent = "" if not ln.startswith("(i") else "   "
        wrapped = textwrap.wrap(ln, width=88, subsequent_indent=indent)
        pages[-1].extend(wrapped)
    blocks = []
    for n, page in enumerate(pages, start=1):
        body = "\n".join(_flip_line(x) for x in page)
        blocks.append(f'<section class="page" id="page-{n}">\n<h3>Page {n}</h3>\n<p>\n{body}\n</p>\n</section>')
    title = "Part 5.4 - Protocol - Scarrowdale"
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - PageTurn Library</title>
<meta name="description" content="Part 5.4 - Protocol - Scarrowdale. SCARROWDALE METROPOLITAN BOROUGH COUNCIL
CONSTITUTION - PART 5, SECTION 5.4 PROTOCOL FOR COUNCILLOR AND OFFICER RELATIONS Version 4 ...">
</head>
<body>
<header class="site">
<a href="/">PageTurn</a>
<nav><a href="/explore">Explore</a> <a href="/pricing">Pricing</a> <a href="/upload">Upload</a>
<a href="/login">Log in</a> <a href="/signup">Sign up free</a></nav>
</header>
<main>
<h1>{title}</h1>
<p class="meta">21.06.2023 Views 1,204 &middot; uploaded by scarrowdale-democratic-services</p>
<p class="actions"><a href="#">Share</a> <a href="#">Embed</a> <a href="#">Report</a> <a href="#">Download PDF</a></p>
<div class="ad">Make your own page-turning flipbook from any PDF in minutes. <a href="/signup">Start free</a></div>
<p><a href="#" class="toggle">SHOW MORE</a> <a href="#" class="toggle">SHOW LESS</a></p>
<div class="doc-text">
{chr(10).join(blocks)}
</div>
<aside>
<h2>More from this publisher</h2>
<ul>
<li><a href="#">Members' Allowances Scheme 2023-24 - Scarrowdale</a></li>
<li><a href="#">Annual Governance Statement 2022-23</a></li>
<li><a href="#">Statement of Licensing Policy 2022-2027</a></li>
</ul>
<h2>Recommendations</h2>
<ul>
<li><a href="#">Code of Conduct for Employees</a></li>
<li><a href="#">Planning Code of Good Practice</a></li>
</ul>
</aside>
</main>
<footer>PageTurn &copy; 2023 &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a>
&middot; <a href="/cookies">Cookie settings</a></footer>
</body>
</html>
"""
    (OUT / "scarrowdale-metropolitan-borough-council.html").write_text(doc, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Kirkby Wendle Parish Council: PDF text pasted into a WordPress page, spaces lost
# --------------------------------------------------------------------------------------------

_KW_FOOTER = "Page {n}of 3Kirkby Wendle Parish Council - Member and Officer Protocol - Adopted 11.03.2024"


def _lose_spaces(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    out = words[0]
    for w in words[1:]:
        out += ("" if rng.random() < rate else " ") + w
    return out


def build_kirkby_wendle() -> None:
    rng = random.Random(240311)
    lines = [ln for ln in source_lines("kirkby-wendle-parish-council.txt") if ln.strip()]
    page = 1
    paras: list[str] = []
    pending_footer = ""
    for ln in lines:
        if ln == "@FOOTER":
            pending_footer = _KW_FOOTER.format(n=page)
            page += 1
            continue
        if "@FOOTER" in ln:
            ln = ln.replace("@FOOTER", _KW_FOOTER.format(n=page))
            page += 1
        m = re.match(r"^(\d+\.\d+) (.*)$", ln)
        if m:
            sep = "" if rng.random() < 0.5 else " "
            text = m.group(1) + sep + _lose_spaces(m.group(2), rng, 0.07)
        else:
            text = _lose_spaces(ln, rng, 0.07) if not ln.isupper() else ln
        if pending_footer:
            text = pending_footer + text
            pending_footer = ""
        paras.append(text)
    paras[-1] += _KW_FOOTER.format(n=page)
    # the title block came out as one run, and some headings stuck to their first paragraph
    merged: list[str] = [paras[0] + paras[1], paras[2]]
    i = 3
    while i < len(paras):
        p = paras[i]
        if re.match(r"^(Page \d)?.*?\d+\. [A-Z ]+$", p) and i + 1 < len(paras) and rng.random() < 0.5:
            merged.append(p + paras[i + 1])
            i += 2
            continue
        merged.append(p)
        i += 1
    body = "\n".join(f"<p>{esc(p)}</p>" for p in merged)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Member and Officer Protocol &#8211; Kirkby Wendle Parish Council</title>
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/">Kirkby Wendle Parish Council</a></p>
<p class="site-description">Serving Kirkby Wendle, Low Wendle and Scarth Bridge</p>
<nav id="site-navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/councillors/">Councillors</a></li><li><a href="/meetings/">Meetings</a></li>
<li><a href="/documents/">Documents</a></li><li><a href="/pavilion/">Pavilion Hire</a></li>
<li><a href="/contact/">Contact</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main">
<article>
<header class="entry-header">
<h1 class="entry-title">Member and Officer Protocol</h1>
<div class="entry-meta"><a href="/category/policies/">Policies</a>
Uploaded on <time datetime="2024-03-14">March 14, 2024</time></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in
<a href="/category/policies/">Policies</a></span></footer>
</article>
<nav class="post-navigation"><a href="/documents/financial-regulations/">&larr; Financial Regulations</a>
<a href="/documents/pavilion-hire-charges-2024/">Pavilion Hire Charges 2024 &rarr;</a></nav>
</main>
<aside id="secondary">
<section><h2>Recent Posts</h2><ul>
<li><a href="/news/playing-field-drainage-works/">Playing field drainage works</a></li>
<li><a href="/news/annual-parish-meeting-2024/">Annual Parish Meeting 2024</a></li>
</ul></section>
</aside>
</div>
<footer id="colophon"><p>&copy; 2024 Kirkby Wendle Parish Council</p><p>Proudly powered by WordPress</p></footer>
</body>
</html>
"""
    (OUT / "kirkby-wendle-parish-council.html").write_text(doc, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    build_saxmoor()
    build_coppleford()
    build_ebberley()
    build_kingsbarrow()
    build_scarrowdale()
    build_kirkby_wendle()


if __name__ == "__main__":
    main()
