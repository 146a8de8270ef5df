"""Build the probe-ac documents in docs-ac/ from the sources in docs-ac-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ac.py

Probe AC: eight ORDINARY, current member/officer protocols of invented councils (parish, town, Welsh community
council, district, London borough, county, unitary, Scottish council), each in a published form that earlier probes
did not use, or used rarely, with that form's everyday noise:
- a parish protocol PDF set out like a statutory schedule ('SECTION 4 — ASKING FOR WORK', paragraphs '4(2)',
  items '(a)', cross-references 'paragraph 4(2)(a)'), a running header and footer on every page and clauses
  flowing across page breaks (Lower Brindleham);
- a town council policy page saved from the browser's READER VIEW: reader toolbar, domain, byline, reading time,
  clauses kept as <dl> lists with the number in <dt> (Murlow);
- a Welsh community council Word file whose clauses sit side by side in ONE three-column bilingual table
  'Rhif / No. | Cymraeg | English', with merged, shaded bilingual section rows (Llanwrddon);
- a district constitution PDF whose right-hand margin carries 'Amended by Council dd.mm.yyyy, Min. n' /
  'Inserted by ...' notes beside some paragraphs (Orbury);
- a London borough constitution page saved as HTML whose protocol is ONE matrix table 'Topic | Para | What the
  protocol says' with the topic cell merged down (rowspan), plus a Google-Translate-style language drop-down
  (Thamesbury);
- a county constitution section printed as a TWO-COLUMN PDF, paragraphs running from column to column and page to
  page (Corbenshire);
- a unitary constitution page copied from the browser into plain text, ROMAN-NUMERAL sections with LETTERED
  clauses restarting in each section (Sandleigh);
- a Scottish council's Standing Orders for Meetings as a Word file with the protocol as APPENDIX 3 after twelve
  unrelated standing orders (Lochfennan).
Shared helpers come from gen_common.py. Deterministic: fixed creation dates and zip timestamps, no randomness.
"""

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    Doc,
    add_field,
    done,
    esc,
    first,
    keep_together,
    meta,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-ac-src"
OUT = HERE / "docs-ac"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 7, 1, 9, 0, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


class FixedDoc(Doc):
    """Doc whose running header and footer always sit at the page's base margins, even while a paragraph that
    crosses a page break has moved the left margin in for its hanging indent."""

    base_l = 20.0
    base_r = 20.0

    def header(self):
        if self.page_no() == 1 and self.skip_header_first:
            return
        L, R = self.l_margin, self.r_margin
        self.l_margin, self.r_margin = self.base_l, self.base_r
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        y = 10
        self.set_xy(self.base_l, y)
        self.cell(self.w - self.base_l - self.base_r, 5, self.header_text, align="L")
        self.set_xy(self.base_l, y)
        self.cell(self.w - self.base_l - self.base_r, 5, self.header_right, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.base_l, y + 6, self.w - self.base_r, y + 6)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.l_margin, self.r_margin = L, R
        self.set_y(self.t_margin)

    def footer(self):
        L, R = self.l_margin, self.r_margin
        self.l_margin, self.r_margin = self.base_l, self.base_r
        self.set_y(-15)
        self.set_x(self.base_l)
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        text = self.footer_text.replace("{n}", str(self.page_no())).replace("{N}", "{nb}")
        self.cell(self.w - self.base_l - self.base_r, 5, text, align="C")
        self.set_text_color(0, 0, 0)
        self.l_margin, self.r_margin = L, R


def hang(pdf, left, indent, label, text, size, lh, align="J", style_label="", keep=False, right=0.0):
    """A paragraph whose label sits at `left` (mm from the base margin) and whose text hangs at left+indent;
    `right` narrows the text column from the right. Without `keep` the paragraph may cross a page break."""
    F = pdf.font_name
    L, R = pdf.base_l, pdf.base_r
    pdf.set_font(F, "", size)
    if keep:
        keep_together(pdf, text, pdf.w - L - R - left - indent - right, lh)
    pdf.set_x(L + left)
    pdf.set_font(F, style_label, size)
    pdf.cell(indent, lh, label)
    pdf.set_font(F, "", size)
    pdf.set_left_margin(L + left + indent)
    pdf.set_right_margin(R + right)
    pdf.set_x(L + left + indent)
    pdf.multi_cell(0, lh, text, align=align, **NEXT)
    pdf.set_left_margin(L)
    pdf.set_right_margin(R)
    pdf.set_x(L)


# ======== 1. Lower Brindleham Parish Council (PDF, 'Section 4 — 4(2)(b)' scheme)
def lower_brindleham():
    name = "lower-brindleham-parish-council"
    items = parse(name)
    pdf = FixedDoc(format="A4")
    meta(
        pdf,
        "LBPC-POL-09 Protocol for Councillors and the Clerk",
        "Microsoft\u00ae Word 2016",
        "Parish Clerk",
        dt.datetime(2025, 5, 19, 10, 12, 0, tzinfo=dt.UTC),
    )
    pdf.base_l = pdf.base_r = 22
    pdf.header_text = "Lower Brindleham Parish Council"
    pdf.header_right = "Protocol for Councillors and the Clerk"
    pdf.footer_text = "LBPC/POL/09  |  Adopted 13 May 2025  |  Page {n} of {N}"
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    for tag, rest in items:
        if tag == "TITLE":
            pdf.set_font(F, "B", 16)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
        elif tag == "SUB":
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 7, rest, align="C", **NEXT)
            pdf.ln(1)
        elif tag == "META":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", **NEXT)
            pdf.ln(2)
        elif tag == "NOTE":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, **NEXT)
            pdf.ln(2)
        elif tag == "SEC":
            pdf.ln(2.5)
            keep_together(pdf, "x", pdf.epw, 5.5, extra=12)
            pdf.set_font(F, "B", 11)
            pdf.multi_cell(0, 6, rest, **NEXT)
            pdf.ln(1)
        elif tag == "P":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 14, num, text, 10.5, 5.4)
            pdf.ln(1.0)
        elif tag == "I":
            label, text = rest.split("|", 1)
            hang(pdf, 14, 9, label, text, 10.5, 5.4)
            pdf.ln(1.0)
        elif tag == "END":
            pdf.ln(8)
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, **NEXT)
        elif tag == "SIGN":
            pdf.ln(10)
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 2. Murlow Town Council (page saved from the browser's Reader View)
MURLOW_URL = "https://www.murlowtowncouncil.gov.uk/the-council/policies/councillor-and-staff-protocol/"


def murlow():
    name = "murlow-town-council"
    items = parse(name)
    title = first(items, "TITLE")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr"><head>')
    w('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w(
        '<meta http-equiv="Content-Security-Policy" content="default-src chrome:; img-src data: *; '
        "media-src *; object-src 'none'\">"
    )
    w('<meta content="text/html; charset=UTF-8" http-equiv="content-type">')
    w('<meta name="viewport" content="width=device-width; user-scalable=0">')
    w('<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">')
    w('<link rel="stylesheet" href="chrome://global/content/reader/aboutReader.css" type="text/css">')
    w(f"<title>{esc(title)} \u2013 {esc(first(items, 'BYLINE'))}</title>")
    w("</head>")
    w(
        '<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em; '
        '--line-height: 1.6em; --text-alignment: start;">'
    )
    w('<div class="top-anchor"></div>')
    w('<div id="toolbar" class="toolbar-container"><div class="toolbar reader-toolbar">')
    w('<div class="reader-controls" data-l10n-id="about-reader-toolbar">')
    w(
        '<button class="close-button toolbar-button" aria-label="Close Reader View" '
        'data-l10n-id="about-reader-toolbar-close" title="Close Reader View (Ctrl+Alt+R)"></button>'
    )
    w(
        '<ul class="dropdowns"><li class="dropdown style-dropdown"><button class="dropdown-toggle toolbar-button '
        'style-button" aria-label="Type controls" data-l10n-id="about-reader-toolbar-type-controls" '
        'title="Type controls"></button>'
    )
    w('<ul class="dropdown-popup"><li><div class="font-type-buttons">')
    w('<button class="sans-serif-button selected">Sans-serif</button><button class="serif-button">Serif</button>')
    w("</div></li>")
    w(
        '<li class="font-size-sample"><div class="font-size-buttons"><button class="minus-button" '
        'title="Decrease font size">-</button><span class="font-size-value">20</span><button class="plus-button" '
        'title="Increase font size">+</button></div></li>'
    )
    w(
        '<li><div class="color-scheme-buttons"><button class="light-button selected">Light</button>'
        '<button class="dark-button">Dark</button><button class="sepia-button">Sepia</button>'
        '<button class="auto-button">Auto</button></div></li>'
    )
    w("</ul></li>")
    w(
        '<li class="dropdown narrate-dropdown"><button class="dropdown-toggle toolbar-button narrate-toggle" '
        'aria-label="Listen (N)" title="Listen (N)" hidden=""></button>'
        '<div class="narrate-row narrate-control"><button class="narrate-skip-previous" disabled="" '
        'title="Back"></button><button class="narrate-start-stop" title="Start"></button>'
        '<button class="narrate-skip-next" disabled="" title="Forward"></button></div>'
        '<div class="narrate-row narrate-rate"><input class="narrate-rate-input" value="0" step="5" max="100" '
        'min="-100" type="range" title="Speed"></div></li>'
    )
    w(
        '<li class="dropdown pocket-dropdown"><button class="dropdown-toggle toolbar-button pocket-button" '
        'aria-label="Save to Pocket" title="Save to Pocket" hidden=""></button></li>'
    )
    w("</ul></div></div></div>")
    w('<div class="container" style="--font-size: 20px;">')
    w('<div class="header reader-header reader-show-element">')
    w(f'<a class="domain reader-domain" href="{MURLOW_URL}">murlowtowncouncil.gov.uk</a>')
    w('<div class="domain-border"></div>')
    w(f'<h1 class="reader-title">{esc(title)}</h1>')
    w(f'<div class="credits reader-credits">{esc(first(items, "BYLINE"))}</div>')
    w('<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" ')
    w(
        ' data-l10n-args="{&quot;range&quot;:&quot;9\u201311&quot;,&quot;rangePlural&quot;:&quot;other&quot;}">9\u201311 minutes</div></div>'
    )
    w("</div>")
    w("<hr>")
    w('<div class="content"><div class="mozReaderContent readerShowElement"><div class="page" id="readability-page-1">')
    w('<div id="main-content" class="entry-content">')
    dl_open = False
    for tag, rest in items:
        if tag == "FIG":
            w(
                '<figure class="wp-block-image size-large"><img src="https://www.murlowtowncouncil.gov.uk/wp-content/'
                'uploads/2023/04/town-hall-market-place-1024x576.jpg" alt="Murlow Town Hall" width="1024" '
                f'height="576" moz-reader-center="true"><figcaption>{esc(rest)}</figcaption></figure>'
            )
        elif tag == "LEAD":
            w(f'<p class="has-medium-font-size"><strong>{esc(rest)}</strong></p>')
        elif tag == "H":
            if dl_open:
                w("</dl>")
                dl_open = False
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            if not dl_open:
                w('<dl class="policy-clauses">')
                dl_open = True
            w(f'<dt id="clause-{num.replace(".", "-")}">{esc(num)}</dt>')
            w(f"<dd>{esc(text)}</dd>")
    if dl_open:
        w("</dl>")
    w(
        f'<p><a href="https://www.murlowtowncouncil.gov.uk/wp-content/uploads/2024/09/'
        f'MTC-Councillor-and-Staff-Protocol-Sept-2024.pdf">{esc(first(items, "PDF"))}</a></p>'
    )
    w(f'<p class="last-updated"><em>{esc(first(items, "UPDATED"))}</em></p>')
    w(f"<p>{esc(first(items, 'RELATED'))}</p>")
    w("</div></div></div></div>")
    w('<div class="reader-message"></div>')
    w("</div>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 3. Llanwrddon Community Council (Word, bilingual side-by-side clause table)
def merge_row(row):
    a = row.cells[0]
    for c in row.cells[1:]:
        a = a.merge(c)
    return a


def footer_page_field(paragraph, prefix, size=8):
    run = paragraph.add_run(prefix)
    run.font.size = Pt(size)
    r2 = paragraph.add_run()
    r2.font.size = Pt(size)
    add_field(r2, "PAGE")


def set_col_widths(table, widths):
    for row in table.rows:
        for cell, wd in zip(row.cells, widths, strict=False):
            cell.width = wd


def llanwrddon():
    name = "llanwrddon-community-council"
    items = parse(name)
    doc = Document()
    doc.core_properties.author = "Clerc / Clerk"
    doc.core_properties.title = "Protocol Aelodau a Staff / Member and Staff Protocol"
    doc.core_properties.language = "cy-GB"
    doc.core_properties.created = dt.datetime(2024, 12, 11, 10, 0, 0)
    doc.core_properties.modified = dt.datetime(2024, 12, 11, 10, 0, 0)
    doc.core_properties.revision = 6
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_page_field(fp, first(items, "FTR"))
    widths = (Cm(1.6), Cm(8.1), Cm(7.7))
    ctrl = None
    table = None
    for tag, rest in items:
        if tag == "TITLE":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(16)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(12.5)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "CTRL":
            if ctrl is None:
                ctrl = doc.add_table(rows=0, cols=2)
                ctrl.style = "Table Grid"
                ctrl.alignment = WD_TABLE_ALIGNMENT.CENTER
            k, v = rest.split("|", 1)
            cells = ctrl.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            shade_cell(cells[0], "E2EFDA")
            cells[1].text = v
        elif tag == "SEC":
            if table is None:
                doc.add_paragraph()
                table = doc.add_table(rows=1, cols=3)
                table.style = "Table Grid"
                hdr = table.rows[0].cells
                for c, t in zip(hdr, ("Rhif / No.", "Cymraeg", "English"), strict=True):
                    c.text = t
                    c.paragraphs[0].runs[0].bold = True
                    shade_cell(c, "1F4E3D")
                    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                # repeat the header row on every page, as Word does when 'Repeat as header row' is ticked
                trpr = table.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement("w:tblHeader")
                th.set(qn("w:val"), "true")
                trpr.append(th)
            row = table.add_row()
            cell = merge_row(row)
            cell.text = rest
            cell.paragraphs[0].runs[0].bold = True
            shade_cell(cell, "E2EFDA")
        elif tag == "R":
            num, cy, en = rest.split("|", 2)
            cells = table.add_row().cells
            cells[0].text = num
            cells[1].text = cy
            cells[2].text = en
            for c in cells[1:]:
                c.paragraphs[0].paragraph_format.space_after = Pt(3)
        elif tag == "END":
            set_col_widths(table, widths)
            doc.add_paragraph()
            doc.add_paragraph(rest + " ........................................   Dyddiad / Date ....................")
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 4. Orbury District Council (PDF with amendment notes in the right-hand margin)
def orbury():
    name = "orbury-district-council"
    items = parse(name)
    pdf = FixedDoc(format="A4")
    meta(
        pdf,
        "Constitution Part 5 Section 5.5 - Protocol on Member and Officer Relations",
        "Microsoft\u00ae Word for Microsoft 365",
        "Democratic Services",
        dt.datetime(2025, 2, 24, 15, 40, 0, tzinfo=dt.UTC),
    )
    pdf.base_l, pdf.base_r = 20, 20
    pdf.header_text = "Orbury District Council - Constitution"
    pdf.header_right = "Part 5 - Section 5.5"
    pdf.footer_text = "Section 5.5 Member and Officer Relations  |  Approved 18 February 2025  |  Page {n} of {N}"
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    note_col = 44  # width kept free on the right for the margin notes
    i = 0
    while i < len(items):
        tag, rest = items[i]
        if tag == "TITLE":
            pdf.set_font(F, "B", 15)
            pdf.multi_cell(0, 8, rest, **NEXT)
        elif tag == "SUB":
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 6.5, rest, **NEXT)
        elif tag == "STATUS":
            if items[i - 1][0] != "STATUS":
                pdf.ln(2)
                pdf.set_draw_color(120, 120, 120)
                pdf.line(pdf.base_l, pdf.get_y(), pdf.w - pdf.base_r, pdf.get_y())
                pdf.ln(1.5)
            pdf.set_font(F, "", 9.5)
            pdf.multi_cell(0, 5, rest, **NEXT)
        elif tag == "KEY":
            pdf.ln(1)
            pdf.set_font(F, "I", 9)
            pdf.multi_cell(0, 4.8, rest, **NEXT)
            pdf.line(pdf.base_l, pdf.get_y() + 1.5, pdf.w - pdf.base_r, pdf.get_y() + 1.5)
            pdf.ln(4)
        elif tag == "H":
            pdf.ln(2)
            keep_together(pdf, "x", pdf.epw, 5.3, extra=14)
            pdf.set_font(F, "B", 11)
            pdf.multi_cell(pdf.epw - note_col, 6, rest, **NEXT)
            pdf.ln(0.8)
        elif tag == "P":
            num, text = rest.split("|", 1)
            note = None
            if i + 1 < len(items) and items[i + 1][0] == "M":
                mnum, note = items[i + 1][1].split("|", 1)
                assert mnum == num, (mnum, num)
            keep_together(pdf, text, pdf.epw - 12 - note_col, 5.3)
            page, y = pdf.page_no(), pdf.get_y()
            hang(pdf, 0, 12, num, text, 10, 5.3, right=note_col, keep=False)
            if note:
                assert pdf.page_no() == page
                y_after = pdf.get_y()
                pdf.set_draw_color(170, 170, 170)
                x_bar = pdf.w - pdf.base_r - note_col + 5
                pdf.line(x_bar, y + 0.6, x_bar, y_after - 0.6)
                pdf.set_font(F, "I", 7.5)
                pdf.set_text_color(95, 95, 95)
                pdf.set_xy(x_bar + 2, y)
                pdf.multi_cell(note_col - 7, 3.6, note, align="L")
                pdf.set_text_color(0, 0, 0)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_xy(pdf.base_l, y_after)
                i += 1
            pdf.ln(1.5)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", **NEXT)
        i += 1
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 5. London Borough of Thamesbury (HTML matrix table with rowspan topic cells)
TB_URL = "https://www.thamesbury.gov.uk"
LANGUAGES = [
    ("af", "Afrikaans"),
    ("sq", "Albanian"),
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("bg", "Bulgarian"),
    ("zh-CN", "Chinese (Simplified)"),
    ("zh-TW", "Chinese (Traditional)"),
    ("hr", "Croatian"),
    ("cs", "Czech"),
    ("nl", "Dutch"),
    ("et", "Estonian"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("de", "German"),
    ("el", "Greek"),
    ("gu", "Gujarati"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ku", "Kurdish (Kurmanji)"),
    ("lv", "Latvian"),
    ("lt", "Lithuanian"),
    ("ne", "Nepali"),
    ("ps", "Pashto"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("pa", "Punjabi"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("so", "Somali"),
    ("es", "Spanish"),
    ("ta", "Tamil"),
    ("ti", "Tigrinya"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("yo", "Yoruba"),
]


def thamesbury():
    name = "london-borough-of-thamesbury"
    items = parse(name)
    title = first(items, "TITLE")
    groups = []
    for tag, rest in items:
        if tag == "TOPIC":
            groups.append((rest, []))
        elif tag == "R":
            num, text = rest.split("|", 1)
            groups[-1][1].append((num, text))
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    url = f"{TB_URL}/council-and-democracy/constitution/part-5c-member-and-officer-protocol"
    w(f"<!-- saved from url=({len(url):04d}){url} -->")
    w('<html lang="en-GB"><head><meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)} | London Borough of Thamesbury</title>")
    w('<link rel="stylesheet" href="./part-5c-member-and-officer-protocol_files/site.min.css">')
    w('<script src="./part-5c-member-and-officer-protocol_files/element.js.download" type="text/javascript"></script>')
    w("</head><body>")
    w('<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies on Thamesbury.gov.uk">')
    w("<h2>Cookies on Thamesbury.gov.uk</h2>")
    w(
        "<p>We use necessary cookies to make our website work. We would also like to set optional cookies to help "
        "us improve the site and to remember your language choice.</p>"
    )
    w(
        '<button type="button" class="btn">Accept all cookies</button> <button type="button" class="btn">'
        'Reject non-essential cookies</button> <a href="/cookies">Manage cookie settings</a></div>'
    )
    w('<a href="#main" class="skip-link">Skip to main content</a>')
    w('<div class="translate-bar"><span class="translate-label">Translate this page</span>')
    w('<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr">')
    w('<div id=":0.targetLanguage"><select class="goog-te-combo" aria-label="Language Translate Widget">')
    w('<option value="">Select Language</option>')
    for code, lang in LANGUAGES:
        w(f'<option value="{code}">{lang}</option>')
    w('</select></div>Powered by <span><a class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com">')
    w("Google</a></span> Translate</div></div></div>")
    w('<header class="site-header"><a href="/" class="logo"><img src="./part-5c-member-and-officer-protocol_files/')
    w('lbt-logo.svg" alt="London Borough of Thamesbury - home"></a>')
    w('<form action="/search" class="site-search"><label for="s">Search</label><input id="s" name="q" type="search">')
    w("<button>Search</button></form>")
    w('<nav class="main-nav" aria-label="Main menu"><ul>')
    for lab in (
        "Bins and recycling",
        "Council Tax",
        "Housing",
        "Parking",
        "Planning and building control",
        "Schools and education",
        "Council and democracy",
        "Jobs",
    ):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul></nav></header>")
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>')
    w('<li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>')
    w('<li><a href="/council-and-democracy/constitution">Constitution</a></li>')
    w('<li><a href="/council-and-democracy/constitution/part-5">Part 5 - Codes and protocols</a></li>')
    w("</ol></nav>")
    w('<div class="layout"><main id="main">')
    w(f"<h1>{esc(title)}</h1>")
    w(f'<p class="lead">{esc(first(items, "LEAD"))}</p>')
    w('<table class="protocol-matrix">')
    w("<caption>Member and Officer Protocol - paragraphs 1 to 32</caption>")
    w(
        '<thead><tr><th scope="col">Topic</th><th scope="col">Para</th><th scope="col">What the protocol says</th></tr></thead>'
    )
    w("<tbody>")
    for topic, rows in groups:
        for k, (num, text) in enumerate(rows):
            w("<tr>")
            if k == 0:
                w(f'  <th scope="rowgroup" rowspan="{len(rows)}" id="{slug(topic)}">{esc(topic)}</th>')
            w(f'  <td class="para" id="para-{num}">{num}</td>')
            w(f"  <td>{esc(text)}</td>")
            w("</tr>")
    w("</tbody></table>")
    w('<p class="download"><a href="/downloads/constitution/part-5c.pdf">Download Part 5C (PDF, 164KB)</a></p>')
    w(f'<p class="updated">{esc(first(items, "UPDATED"))}</p>')
    w("</main>")
    w('<aside class="sidebar"><h2>In this section</h2><ul>')
    for lab in (
        "Part 5A - Members' Code of Conduct",
        "Part 5B - Employees' Code of Conduct",
        "Part 5C - Member and Officer Protocol",
        "Part 5D - Planning Code of Good Practice",
        "Part 6 - Members' Allowances Scheme 2025/26",
    ):
        w(f'<li><a href="/council-and-democracy/constitution/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></aside></div>")
    w(
        '<div class="feedback"><p>Is there anything wrong with this page?</p><a href="/feedback">Report a problem</a></div>'
    )
    w(
        '<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/contact-us">Contact us</a></li></ul><p>&copy; London Borough of Thamesbury, Town Hall, '
        "Riverside Walk</p></footer>"
    )
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 6. Corbenshire County Council (two-column PDF)
def corbenshire():
    name = "corbenshire-county-council"
    items = parse(name)
    pdf = FixedDoc(format="A4")
    meta(
        pdf,
        "Corbenshire County Council Constitution Part 6 Section 2",
        "Adobe InDesign 19.4 (Windows)",
        "Corbenshire County Council",
        dt.datetime(2025, 5, 28, 9, 15, 0, tzinfo=dt.UTC),
    )
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.base_l = pdf.base_r = 18
    pdf.header_text = "Corbenshire County Council Constitution"
    pdf.header_right = "Part 6, Section 2 - Member and Officer Relations"
    pdf.footer_text = "Issue 5 - May 2025 - Page {n}"
    pdf.set_margins(18, 22, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    F = pdf.font_name
    # full-width title block
    for tag, rest in items:
        if tag == "TITLE":
            pdf.set_font(F, "B", 17)
            pdf.set_text_color(0, 70, 110)
            pdf.multi_cell(0, 8.5, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
        elif tag == "SUB":
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 6.5, rest, align="C", **NEXT)
        elif tag == "META":
            pdf.ln(1.5)
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", **NEXT)
    pdf.ln(2)
    pdf.set_draw_color(0, 70, 110)
    pdf.line(pdf.base_l, pdf.get_y(), pdf.w - pdf.base_r, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    gutter = 8
    colw = (pdf.w - pdf.base_l - pdf.base_r - gutter) / 2
    num_w = 7
    bottom = pdf.h - 22
    state = {"col": 0, "top": pdf.get_y(), "y": pdf.get_y()}

    def col_x():
        return pdf.base_l + state["col"] * (colw + gutter)

    def advance(h):
        """Room for a line of height h: move to the next column or page when the current one is full."""
        if state["y"] + h > bottom:
            if state["col"] == 0:
                state["col"] = 1
            else:
                pdf.add_page()
                state["col"] = 0
                state["top"] = pdf.t_margin
            state["y"] = state["top"]

    for tag, rest in items:
        if tag == "H":
            lh = 5.2
            state["y"] += 2.0
            advance(lh * 3)  # keep a heading with the start of its paragraph
            pdf.set_font(F, "B", 9.5)
            pdf.set_text_color(0, 70, 110)
            pdf.set_xy(col_x(), state["y"])
            pdf.cell(colw, lh, rest.upper())
            pdf.set_text_color(0, 0, 0)
            state["y"] += lh + 0.6
        elif tag == "P":
            num, text = rest.split("|", 1)
            lh = 4.6
            pdf.set_font(F, "", 9.5)
            lines = pdf.multi_cell(colw - num_w, lh, text, dry_run=True, output="LINES")
            for k, line in enumerate(lines):
                advance(lh)
                if k == 0:
                    pdf.set_font(F, "B", 9.5)
                    pdf.set_xy(col_x(), state["y"])
                    pdf.cell(num_w, lh, num)
                    pdf.set_font(F, "", 9.5)
                pdf.set_xy(col_x() + num_w, state["y"])
                pdf.cell(colw - num_w, lh, line)
                state["y"] += lh
            state["y"] += 1.2
        elif tag == "END":
            state["y"] += 4
            advance(5)
            pdf.set_font(F, "I", 9)
            pdf.set_xy(col_x(), state["y"])
            pdf.cell(colw, 5, rest, align="C")
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Sandleigh Council (web page copied into plain text, roman sections / lettered clauses)
def sandleigh():
    name = "sandleigh-council"
    items = parse(name)
    title = first(items, "TITLE")
    secs = [r for t, r in items if t == "SEC"]
    o = []
    w = o.append
    for line in (
        "Skip to main content",
        "",
        "Cookies on sandleigh.gov.uk",
        "We use some essential cookies to make this website work. We'd also like to use analytics cookies so we can "
        "understand how you use the website and make improvements.",
        "Accept analytics cookies",
        "Reject analytics cookies",
        "View cookies",
        "",
        "Sandleigh Council",
        "Search",
        "Search this site",
        "Menu",
        "Bins, rubbish and recycling",
        "Council Tax",
        "Housing",
        "Planning and building control",
        "Schools and learning",
        "Adult social care",
        "Roads, parking and travel",
        "Your council",
        "",
        "Home",
        "Your council",
        "Constitution",
        "Part 5: Codes and protocols",
        "",
        title,
        "",
        first(items, "LEAD"),
        "",
        "On this page",
    ):
        w(line)
    for s in secs:
        w(s.split(". ", 1)[0] + ". " + s.split(". ", 1)[1].capitalize())
    w("")
    for tag, rest in items:
        if tag == "SEC":
            w("")
            w(rest)
            w("")
        elif tag == "C":
            letter, text = rest.split("|", 1)
            w(f"{letter}. {text}")
            w("")
    for line in (
        "",
        "Print this page",
        "Share this page",
        "",
        "Was this page helpful?",
        "Yes",
        "No",
        "",
        "Page last reviewed: 4 March 2025",
        "Next review due: March 2027",
        "",
        "Related content",
        "Part 5A: Councillors' code of conduct",
        "Part 5C: Planning code of good practice",
        "Members' allowances scheme 2025 to 2026",
        "Council meetings calendar",
        "",
        "Accessibility statement",
        "Privacy notice",
        "Cookies",
        "Contact us",
        "(c) Sandleigh Council 2025",
    ):
        w(line)
    text = "\n".join(o)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    path = OUT / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    done(path)


# ======== 8. Lochfennan Council (Word Standing Orders with the protocol as Appendix 3)
def lochfennan():
    name = "lochfennan-council"
    items = parse(name)
    doc = Document()
    doc.core_properties.author = "Committee Services"
    doc.core_properties.title = "Standing Orders for the Regulation of Meetings"
    doc.core_properties.created = dt.datetime(2025, 6, 27, 11, 20, 0)
    doc.core_properties.modified = dt.datetime(2025, 6, 27, 11, 20, 0)
    doc.core_properties.revision = 23
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_page_field(fp, first(items, "FTR"), size=8.5)
    cont_started = False
    for tag, rest in items:
        if tag == "TITLE":
            doc.add_paragraph(rest, style="Title")
        elif tag == "SUB":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "META":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
        elif tag == "CONT":
            if not cont_started:
                doc.add_paragraph("Contents", style="Heading 1")
                cont_started = True
            p = doc.add_paragraph(rest)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.left_indent = Cm(0.5)
        elif tag == "SO":
            num, heading = rest.split("|", 1)
            if num == "1":
                doc.add_page_break()
            doc.add_paragraph(f"{num}. {heading}", style="Heading 1")
        elif tag == "S":
            doc.add_paragraph(rest)
        elif tag == "APPX":
            doc.add_page_break()
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "INTRO":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "P":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            p.paragraph_format.left_indent = Cm(1.4)
            p.paragraph_format.first_line_indent = Cm(-1.4)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.4))
        elif tag == "END":
            doc.add_paragraph()
            p = doc.add_paragraph(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


def main():
    lower_brindleham()
    murlow()
    llanwrddon()
    orbury()
    thamesbury()
    corbenshire()
    sandleigh()
    lochfennan()
    return 0


if __name__ == "__main__":
    sys.exit(main())
