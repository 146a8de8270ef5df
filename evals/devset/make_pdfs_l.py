"""Build the probe-l documents in docs-l/ from the sources in docs-l-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_l.py

Probe L: eight ordinary member/officer protocols, each published with one
publishing twist that real councils' files have (a DRAFT watermark left on an
adopted PDF, a responsive page carrying every paragraph twice, an easy read
guide, a protocol pasted into an e-mail thread, a running header that names a
different section on every page, Do/Don't tables in a Word file, footnote
numbers glued to words, and a page of clause cards with topic tags).
Uses fpdf2 (PDF) and python-docx (DOCX).
"""

import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, add_field, esc, numbered_clause, read_tagged, shade_cell, slug  # noqa: E402

SRC = HERE / "docs-l-src"
OUT = HERE / "docs-l"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / name)


# ---------------------------------------------------------------- 1. Winstowe (parish, PDF)
class WatermarkDoc(Doc):
    """Word puts a watermark in the header story, so it is drawn (pale, rotated) before the
    page text on every page."""

    watermark = "DRAFT"

    def header(self):
        self.set_font("LiberationSans", "B", 130)
        self.set_text_color(215, 215, 215)
        cx, cy = self.w / 2, self.h / 2
        with self.rotation(angle=55, x=cx, y=cy):
            w = self.get_string_width(self.watermark)
            self.text(cx - w / 2, cy + 16, self.watermark)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)


def winstowe():
    """An adopted parish protocol exported from Word with the 'DRAFT' watermark still on every
    page; small status table on page 1 says 'Adopted'."""
    items = parse("winstowe-parish-council.txt")
    pdf = WatermarkDoc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.footer_text = "Winstowe Parish Council  |  Councillor and Staff Working Protocol  |  Page {n} of {N}"
    pdf.set_creator("Microsoft\u00ae Word 2019")
    pdf.set_producer("Microsoft\u00ae Word 2019")
    pdf.set_title("Councillor and Staff Working Protocol DRAFT v0.3")
    pdf.set_author("Clerk to the Council")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    titles = [r for t, r in items if t == "T"]
    pdf.set_font(F, "B", 17)
    pdf.cell(0, 9, titles[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, titles[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(35, 125), text_align="LEFT", line_height=5, first_row_as_headings=False) as t:
        for tag, rest in items:
            if tag == "X":
                k, v = rest.split("|", 1)
                r = t.row()
                r.cell(k)
                r.cell(v)
    pdf.ln(4)
    for tag, rest in items:
        if tag == "P":
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5.2, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 6, f"{num}.  {text.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            numbered_clause(pdf, num, text)
            pdf.ln(1.6)
    pdf.output(str(OUT / "winstowe-parish-council.pdf"))


# ---------------------------------------------------------------- 2. Redmarsh (borough, HTML)
def redmarsh():
    """Responsive constitution page: the protocol is rendered twice in the HTML, once as
    desktop tabs (inactive panels 'hidden') and once as a mobile accordion (all panels
    'hidden'), with slightly different paragraph markup in each copy."""
    items = parse("redmarsh-borough-council.txt")
    title = [r for t, r in items if t == "T"][0]
    intro = [r for t, r in items if t == "P"][0]
    sections = []
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            sections.append((num, text, []))
        elif tag == "C":
            num, text = rest.split("|", 1)
            sections[-1][2].append((num, text))
    tabs, panels, acc = [], [], []
    for i, (num, text, paras) in enumerate(sections):
        sel = "true" if i == 0 else "false"
        hidden = "" if i == 0 else " hidden"
        tabs.append(
            f'<li role="presentation"><button role="tab" id="tab-{num}" aria-controls="panel-{num}" '
            f'aria-selected="{sel}" class="tabs__tab">{esc(text)}</button></li>'
        )
        body = "\n".join(f'<p class="para"><span class="para-no">{n}</span> {esc(t)}</p>' for n, t in paras)
        panels.append(
            f'<div class="tabs__panel" role="tabpanel" id="panel-{num}" aria-labelledby="tab-{num}"{hidden}>\n'
            f"<h2>{num}. {esc(text)}</h2>\n{body}\n</div>"
        )
        mbody = "\n".join(f"<p><strong>{n}</strong> {esc(t)}</p>" for n, t in paras)
        acc.append(
            f'<div class="accordion__item">\n<h3 class="accordion__heading"><button class="accordion__toggle" '
            f'aria-expanded="false" aria-controls="acc-{num}">{num}. {esc(text)}'
            f'<span class="accordion__icon" aria-hidden="true">+</span></button></h3>\n'
            f'<div class="accordion__panel" id="acc-{num}" hidden>\n{mbody}\n</div>\n</div>'
        )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Redmarsh Borough Council</title>
<link rel="stylesheet" href="/static/css/rbc-bootstrap.min.css?v=5.3">
<link rel="stylesheet" href="/static/css/rbc-site.css?v=2025.06">
</head>
<body>
<a class="visually-hidden-focusable" href="#main">Skip to main content</a>
<header class="rbc-header">
<a href="/" class="rbc-header__logo"><img src="/static/img/redmarsh-logo.svg" alt="Redmarsh Borough Council homepage"></a>
<button class="rbc-header__menu d-lg-none" aria-controls="main-nav" aria-expanded="false">Menu</button>
<nav id="main-nav" class="rbc-nav"><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council Tax</a>
<a href="/housing">Housing</a> <a href="/planning">Planning and building control</a>
<a href="/council">Council and democracy</a></nav>
</header>
<main id="main" class="container">
<p class="rbc-breadcrumb"><a href="/council">Council and democracy</a> / <a href="/council/constitution">Constitution</a> / Part 5</p>
<h1>{esc(title)}</h1>
<p class="lead">{esc(intro)}</p>
<p class="rbc-download"><a href="/media/constitution/part-5-section-3.pdf">Download this protocol (PDF, 186KB)</a></p>

<!-- desktop layout: tabs -->
<div class="protocol-tabs d-none d-lg-block">
<ul class="tabs__list" role="tablist">
{chr(10).join(tabs)}
</ul>
{chr(10).join(panels)}
</div>
<!-- /desktop layout -->

<!-- mobile layout: accordion -->
<div class="protocol-accordion d-lg-none">
<p class="protocol-accordion__hint">Select a heading to show the paragraphs in that part of the protocol.</p>
{chr(10).join(acc)}
</div>
<!-- /mobile layout -->

<p class="rbc-updated">Last updated: 21 July 2025</p>
<div class="rbc-feedback"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></div>
</main>
<footer class="rbc-footer">
<ul><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li></ul>
<p>Redmarsh Borough Council, Civic Centre, Station Road, Redmarsh</p>
</footer>
<script src="/static/js/rbc-tabs-accordion.js" defer></script>
</body>
</html>
"""
    (OUT / "redmarsh-borough-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 3. Sandlow (town, easy read PDF)
BOLD_TERMS = ("Staffing Committee", "Code of Conduct", "Monitoring Officer", "working days")
GLYPH_ICONS = {"email": "@", "pound": "\u00a3", "question": "?", "bold": "Aa"}


def draw_icon(pdf, kind, x, y, s=26):
    """Very simple picture for each easy read row, drawn in a s x s box at (x, y)."""
    cx, cy = x + s / 2, y + s / 2
    pdf.set_line_width(0.8)
    pdf.set_draw_color(40, 40, 40)
    pdf.set_fill_color(255, 255, 255)
    if kind in GLYPH_ICONS:
        pdf.set_fill_color(255, 214, 102)
        pdf.ellipse(x, y, s, s, style="DF")
        pdf.set_font("LiberationSans", "B", 30 if len(GLYPH_ICONS[kind]) == 1 else 22)
        g = GLYPH_ICONS[kind]
        w = pdf.get_string_width(g)
        pdf.text(cx - w / 2, cy + 4, g)
        return
    if kind in ("person", "people", "team", "family"):
        pdf.set_fill_color(120, 170, 220)
        n = {"person": 1, "people": 2, "team": 3, "family": 3}[kind]
        for i in range(n):
            px = x + s * (i + 0.5) / n
            r = s / 7 if kind != "family" or i != 1 else s / 10
            pdf.ellipse(px - r, y + 3, 2 * r, 2 * r, style="DF")
            pdf.rect(px - r * 1.3, y + 3 + 2 * r + 1, r * 2.6, s * 0.45, style="DF", round_corners=True)
    elif kind == "book":
        pdf.set_fill_color(150, 200, 150)
        pdf.rect(x + 2, y + 5, s - 4, s - 10, style="DF")
        pdf.line(cx, y + 5, cx, y + s - 5)
    elif kind == "no":
        pdf.set_draw_color(200, 30, 30)
        pdf.set_line_width(2)
        pdf.ellipse(x + 1, y + 1, s - 2, s - 2)
        pdf.line(x + 5, y + 5, x + s - 5, y + s - 5)
    elif kind == "clock":
        pdf.ellipse(x + 1, y + 1, s - 2, s - 2)
        pdf.line(cx, cy, cx, y + 5)
        pdf.line(cx, cy, cx + 7, cy)
    elif kind == "tree":
        pdf.set_fill_color(120, 80, 40)
        pdf.rect(cx - 2, cy, 4, s / 2 - 1, style="DF")
        pdf.set_fill_color(90, 170, 90)
        pdf.ellipse(x + 4, y + 1, s - 8, s * 0.6, style="DF")
    elif kind == "calendar":
        pdf.rect(x + 2, y + 4, s - 4, s - 6)
        pdf.set_fill_color(200, 60, 60)
        pdf.rect(x + 2, y + 4, s - 4, 5, style="DF")
        for i in range(1, 4):
            pdf.line(x + 2 + i * (s - 4) / 4, y + 9, x + 2 + i * (s - 4) / 4, y + s - 2)
    elif kind in ("phone", "nophone"):
        pdf.set_fill_color(90, 90, 90)
        pdf.rect(cx - 6, y + 2, 12, s - 4, style="DF", round_corners=True)
        if kind == "nophone":
            pdf.set_draw_color(200, 30, 30)
            pdf.set_line_width(2)
            pdf.line(x + 2, y + 2, x + s - 2, y + s - 2)
    elif kind == "moon":
        pdf.set_fill_color(40, 50, 110)
        pdf.rect(x, y, s, s, style="F")
        pdf.set_fill_color(250, 230, 120)
        pdf.ellipse(x + 5, y + 5, 14, 14, style="F")
        pdf.set_fill_color(40, 50, 110)
        pdf.ellipse(x + 9, y + 3, 14, 14, style="F")
    elif kind == "event":
        pdf.line(x + 2, y + 6, x + s - 2, y + 6)
        for i, col in enumerate(((220, 60, 60), (60, 120, 220), (240, 190, 40), (80, 170, 90))):
            pdf.set_fill_color(*col)
            bx = x + 3 + i * 5.5
            pdf.polygon([(bx, y + 6), (bx + 5, y + 6), (bx + 2.5, y + 12)], style="DF")
    elif kind == "meeting":
        pdf.set_fill_color(190, 150, 100)
        pdf.rect(x + 5, cy - 3, s - 10, 6, style="DF")
        pdf.set_fill_color(120, 170, 220)
        for px, py in ((x + 3, y + 3), (x + s - 9, y + 3), (x + 3, y + s - 9), (x + s - 9, y + s - 9)):
            pdf.ellipse(px, py, 6, 6, style="DF")
    elif kind == "paper":
        pdf.set_fill_color(250, 200, 215)
        pdf.rect(x + 4, y + 2, s - 8, s - 4, style="DF")
        for i in range(4):
            pdf.line(x + 7, y + 7 + i * 4, x + s - 7, y + 7 + i * 4)
    elif kind in ("screen", "news"):
        pdf.set_fill_color(230, 240, 250)
        pdf.rect(x + 1, y + 4, s - 2, s - 10, style="DF")
        if kind == "screen":
            pdf.line(cx, y + s - 6, cx, y + s - 2)
            pdf.line(cx - 5, y + s - 2, cx + 5, y + s - 2)
        else:
            pdf.set_fill_color(40, 40, 40)
            pdf.rect(x + 3, y + 6, s - 6, 4, style="F")
    elif kind == "gift":
        pdf.set_fill_color(220, 80, 120)
        pdf.rect(x + 3, y + 7, s - 6, s - 9, style="DF")
        pdf.line(cx, y + 7, cx, y + s - 2)
        pdf.line(x + 3, y + 13, x + s - 3, y + 13)
    elif kind == "talk":
        pdf.set_fill_color(230, 240, 250)
        pdf.ellipse(x + 1, y + 2, s - 2, s - 9, style="DF")
        pdf.polygon([(x + 7, y + s - 9), (x + 5, y + s - 1), (x + 13, y + s - 9)], style="DF")
    elif kind == "scales":
        pdf.line(cx, y + 3, cx, y + s - 2)
        pdf.line(x + 3, y + 7, x + s - 3, y + 7)
        pdf.polygon([(x + 3, y + 16), (x + 11, y + 16), (x + 7, y + 8)])
        pdf.polygon([(x + s - 11, y + 16), (x + s - 3, y + 16), (x + s - 7, y + 8)])
    elif kind == "learn":
        pdf.set_fill_color(40, 40, 40)
        pdf.polygon([(x + 1, cy - 3), (cx, cy - 9), (x + s - 1, cy - 3), (cx, cy + 3)], style="DF")
        pdf.rect(cx - 6, cy, 12, 6, style="DF")
    elif kind == "key":
        pdf.set_fill_color(240, 190, 40)
        pdf.ellipse(x + 2, cy - 5, 10, 10, style="DF")
        pdf.rect(x + 12, cy - 1.5, s - 14, 3, style="DF")
    elif kind == "building":
        pdf.set_fill_color(210, 190, 160)
        pdf.polygon([(x + 2, y + 10), (cx, y + 2), (x + s - 2, y + 10)], style="DF")
        pdf.rect(x + 4, y + 10, s - 8, s - 12, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def embolden(text):
    for term in BOLD_TERMS:
        text = text.replace(term, f"**{term}**")
    return text


def sandlow():
    """Easy read guide: large type, one short idea per row with a picture on the left
    (a few pictures are letters or symbols in a circle), the councillor addressed as 'you',
    hard words in bold and explained at the end."""
    items = parse("sandlow-town-council.txt")
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.footer_text = "Page {n}"
    pdf.set_creator("Microsoft\u00ae Publisher 2016")
    pdf.set_producer("Microsoft\u00ae Publisher 2016")
    pdf.set_title("Working with Town Council staff - easy read")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 20)
    titles = [r for t, r in items if t == "T"]
    sub = [r for t, r in items if t == "S"][0]
    # cover
    pdf.add_page()
    pdf.set_text_color(0, 90, 60)
    pdf.set_font(F, "B", 22)
    pdf.cell(0, 12, titles[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font(F, "B", 30)
    pdf.multi_cell(0, 14, titles[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 20)
    pdf.cell(0, 12, titles[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    draw_icon(pdf, "team", 80, 120, 50)
    pdf.set_xy(18, 190)
    pdf.set_font(F, "", 16)
    pdf.multi_cell(0, 8, sub, align="C", new_x="LMARGIN", new_y="NEXT")
    # body
    pdf.add_page()
    TX = 56
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > 215:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font(F, "B", 20)
            pdf.set_text_color(0, 90, 60)
            pdf.cell(0, 11, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "R":
            kind, text = rest.split("|", 1)
            pdf.set_font(F, "", 15)
            lines = pdf.multi_cell(
                pdf.w - TX - 18, 8, embolden(text), markdown=True, align="L", dry_run=True, output="LINES"
            )
            h = max(30, 8 * len(lines) + 6)
            if pdf.get_y() + h > pdf.h - 22:
                pdf.add_page()
            y = pdf.get_y()
            draw_icon(pdf, kind, 20, y + 1)
            pdf.set_font(F, "", 15)
            ty = y + max(0, (28 - 8 * len(lines)) / 2)
            pdf.set_xy(TX, ty)
            pdf.multi_cell(pdf.w - TX - 18, 8, embolden(text), markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(y + h)
    # hard words
    pdf.add_page()
    pdf.set_font(F, "B", 20)
    pdf.set_text_color(0, 90, 60)
    pdf.cell(0, 11, "Hard words", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    for tag, rest in items:
        if tag == "G":
            term, d = rest.split("|", 1)
            pdf.set_font(F, "B", 15)
            pdf.cell(0, 8, term, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 15)
            pdf.multi_cell(0, 8, d, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
    for tag, rest in items:
        if tag == "F":
            pdf.ln(10)
            pdf.set_font(F, "I", 14)
            pdf.multi_cell(0, 8, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / "sandlow-town-council.pdf"))


# ---------------------------------------------------------------- 4. Cwmhenllys (Welsh community, TXT)
def cwmhenllys():
    """An e-mail thread saved as text: Outlook header block of a councillor's reply from a
    phone, her short reply (which misremembers one rule), then the Clerk's original message
    quoted with '> ' on every line, the protocol pasted into it, signature and disclaimer.
    The source file is the e-mail itself; written out with CRLF line ends."""
    text = (SRC / "cwmhenllys-community-council.txt").read_text(encoding="utf-8")
    (OUT / "cwmhenllys-community-council.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- 5. Drumgarvan (NI district, PDF)
class RunningHeaderDoc(Doc):
    """The right-hand header is a Word STYLEREF field: it shows the first section heading that
    starts on the page, or the last one before it if none starts there."""

    page_sections = {}

    def header(self):
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        y = 10
        self.set_xy(self.l_margin, y)
        self.cell(0, 5, "Part 4 \u2013 Annex 3: Protocol on Member/Officer Relations", align="L")
        self.set_xy(self.l_margin, y)
        self.set_font(self.font_name, "B", 8)
        self.cell(0, 5, self.page_sections.get(self.page_no(), ""), align="R")
        self.set_draw_color(0, 94, 120)
        self.line(self.l_margin, y + 6, self.w - self.r_margin, y + 6)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)


def _drumgarvan_render(items, page_sections):
    pdf = RunningHeaderDoc(format="A4")
    pdf.page_sections = page_sections
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.footer_text = "Drumgarvan District Council Constitution  |  Part 4  |  Page 4.3.{n}"
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("Constitution Part 4 Annex 3 - Protocol on Member Officer Relations")
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    found = []
    titles = [r for t, r in items if t == "T"]
    pdf.set_font(F, "B", 15)
    pdf.cell(0, 8, titles[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, titles[1].replace(" - ", " \u2013 "), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, titles[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for tag, rest in items:
        if tag == "P":
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5.2, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(3)
            found.append((pdf.page_no(), f"Section {num} \u2013 {text}"))
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(0, 94, 120)
            pdf.cell(0, 6.5, f"{num}.   {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif tag == "C":
            num, text = rest.split("|", 1)
            numbered_clause(pdf, num, text, size=11, lh=5.6, indent=13)
            pdf.ln(2.4)
    return pdf, found


def drumgarvan():
    """NI district council constitution annex whose running header names the current section
    (STYLEREF): on a page where a new section starts, the header already names the new section
    although the page begins with the end of the previous one."""
    items = parse("drumgarvan-district-council.txt")
    pdf, found = _drumgarvan_render(items, {})
    n_pages = pdf.page_no()
    sections = {}
    last = ""
    for p in range(1, n_pages + 1):
        on_page = [s for pg, s in found if pg == p]
        if on_page:
            sections[p] = on_page[0]
            last = on_page[-1]
        else:
            sections[p] = last
    pdf, found2 = _drumgarvan_render(items, sections)
    assert found2 == found
    pdf.output(str(OUT / "drumgarvan-district-council.pdf"))


# ---------------------------------------------------------------- 6. Strathmenzie (Scottish, DOCX)
def strathmenzie():
    """Word file: typed paragraph numbers 1-26 running through nine headed sections, and after
    most sections a two-column 'Do' / 'Don't' table whose cells hold further rules (a row
    pairs two unrelated points)."""
    items = parse("strathmenzie-council.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Strathmenzie Council \u2013 Councillor/Employee Relations Protocol"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Approved 26 June 2025  |  Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    cp = doc.core_properties
    cp.title = "Protocol for Relations between Councillors and Employees"
    cp.author = "Democratic Services"
    cp.subject = "Constitution - Codes and Protocols"
    titles = [r for t, r in items if t == "T"]
    p = doc.add_paragraph()
    run = p.add_run(titles[0].upper())
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    doc.add_heading(titles[1], level=0)
    table = None
    for tag, rest in items:
        if tag == "P":
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.italic = True
        elif tag == "H":
            table = None
            num, text = rest.split("|", 1)
            doc.add_heading(f"{num}. {text}", level=1)
        elif tag == "C":
            table = None
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}.\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1)
            pf.first_line_indent = Cm(-1)
            pf.tab_stops.add_tab_stop(Cm(1))
            pf.space_after = Pt(6)
        elif tag == "D":
            do, dont = rest.split("|", 1)
            if table is None:
                doc.add_paragraph()
                table = doc.add_table(rows=1, cols=2)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                for cell, label, fill in (
                    (table.rows[0].cells[0], "\u2714 Do", "D9EAD3"),
                    (table.rows[0].cells[1], "\u2718 Don't", "F4CCCC"),
                ):
                    cell.text = ""
                    rr = cell.paragraphs[0].add_run(label)
                    rr.bold = True
                    shade_cell(cell, fill)
            row = table.add_row()
            row.cells[0].text = do
            row.cells[1].text = dont
    doc.save(str(OUT / "strathmenzie-council.docx"))


# ---------------------------------------------------------------- 7. Brantwell (district, PDF)
class FootnoteDoc(Doc):
    """Word-style footnotes: superscript reference numbers written straight after the word
    (no space), the notes printed above the footer of the page where the reference falls."""

    notes = {}
    page_notes = {}

    def footer(self):
        refs = self.page_notes.get(self.page_no(), [])
        if refs:
            self.set_font(self.font_name, "", 8)
            heights = []
            for n in refs:
                lines = self.multi_cell(
                    self.w - self.l_margin - self.r_margin - 5, 3.8, self.notes[n], dry_run=True, output="LINES"
                )
                heights.append(3.8 * len(lines) + 0.8)
            y = self.h - 20 - sum(heights)
            self.line(self.l_margin, y - 2, self.l_margin + 50, y - 2)
            for n, h in zip(refs, heights, strict=True):
                self.set_xy(self.l_margin, y)
                self.char_vpos = "SUP"
                self.cell(5, 3.8, str(n))
                self.char_vpos = "LINE"
                self.set_font(self.font_name, "", 8)
                self.set_xy(self.l_margin + 5, y)
                self.multi_cell(self.w - self.l_margin - self.r_margin - 5, 3.8, self.notes[n])
                y += h
        super().footer()


def brantwell():
    """Constitution part exported from Word with footnotes: superscript reference numbers glued
    to the preceding word ('Head of Paid Service2.'), the footnote text at the foot of the
    page between the halves of a paragraph that runs over."""
    items = parse("brantwell-district-council.txt")
    pdf = FootnoteDoc(format="A4")
    pdf.setup_fonts()
    pdf.font_name = "LiberationSerif"
    F = pdf.font_name
    pdf.notes = {int(r.split("|", 1)[0]): r.split("|", 1)[1] for t, r in items if t == "N"}
    pdf.page_notes = {}
    pdf.footer_text = "Brantwell District Council Constitution  \u2013  Part 5D  \u2013  Page {n}"
    pdf.set_creator("Microsoft\u00ae Word 2016")
    pdf.set_producer("Microsoft\u00ae Word 2016")
    pdf.set_title("Part 5D Protocol on Member Officer Relations")
    pdf.set_author("Democratic Services")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 48)
    pdf.add_page()
    titles = [r for t, r in items if t == "T"]
    pdf.set_font(F, "B", 13)
    for t in titles:
        pdf.cell(0, 7, t.replace(" - ", " \u2013 "), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    L = pdf.l_margin
    lh = 5.6
    for tag, rest in items:
        if tag == "P":
            pdf.set_font(F, "I", 11)
            pdf.multi_cell(0, lh, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 235:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.cell(0, 6.5, f"{num}.  {text.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 11.5)
            pdf.set_x(L)
            pdf.cell(12, lh, num)
            pdf.set_left_margin(L + 12)
            pdf.set_x(L + 12)
            for part in re.split(r"(\[\^\d+\])", text):
                m = re.fullmatch(r"\[\^(\d+)\]", part)
                if m:
                    n = int(m.group(1))
                    pdf.char_vpos = "SUP"
                    pdf.write(lh, str(n))
                    pdf.char_vpos = "LINE"
                    pdf.page_notes.setdefault(pdf.page_no(), []).append(n)
                elif part:
                    pdf.write(lh, part)
            pdf.ln(lh)
            pdf.set_left_margin(L)
            pdf.ln(2)
    pdf.output(str(OUT / "brantwell-district-council.pdf"))


# ---------------------------------------------------------------- 8. Ambershire (county, HTML)
def ambershire():
    """Constitution page where every paragraph is a card: reference ('Para 4.3'), a short
    title of the card's own, an 'Applies to' badge, the text, and a list of topic tags; a
    filter bar lists every tag with a count. No section headings."""
    items = parse("ambershire-county-council.txt")
    title = [r for t, r in items if t == "T"][0]
    intro = [r for t, r in items if t == "P"][0]
    cards = []
    counts = Counter()
    for tag, rest in items:
        if tag == "C":
            ref, ctitle, applies, tags, text = rest.split("|", 4)
            tl = [t.strip() for t in tags.split(";")]
            counts.update(tl)
            pid = "para-" + ref.replace(".", "-")
            taglinks = "".join(f'<li><a class="tag" href="?topic={slug(t)}">{esc(t)}</a></li>' for t in tl)
            cards.append(
                f'<article class="protocol-card" id="{pid}" data-topics="{" ".join(slug(t) for t in tl)}">\n'
                f'<header class="protocol-card__header"><span class="protocol-card__ref">Para {ref}</span>\n'
                f'<h2 class="protocol-card__title">{esc(ctitle)}</h2>\n'
                f'<span class="badge badge--applies">Applies to: {esc(applies)}</span></header>\n'
                f'<div class="protocol-card__body"><p>{esc(text)}</p></div>\n'
                f'<footer class="protocol-card__footer"><ul class="tag-list" aria-label="Topics">{taglinks}</ul>\n'
                f'<a class="protocol-card__permalink" href="#{pid}">Copy link</a></footer>\n</article>'
            )
    chips = "\n".join(
        f'<li><button class="chip" data-topic="{slug(t)}">{esc(t)} <span class="chip__count">({n})</span></button></li>'
        for t, n in sorted(counts.items())
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Constitution - Ambershire County Council</title>
<link rel="stylesheet" href="/dist/css/acc.css?v=7.2.0">
</head>
<body>
<header class="acc-header"><a href="/"><img src="/dist/img/ambershire-cc.svg" alt="Ambershire County Council"></a>
<form action="/search" class="acc-search"><label for="q" class="sr-only">Search</label><input id="q" name="q"><button>Search</button></form></header>
<main class="acc-main">
<nav class="acc-breadcrumb"><a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt; <a href="/constitution">Constitution</a> &gt; Part 5.2</nav>
<h1>{esc(title)}</h1>
<p class="acc-intro">{esc(intro)}</p>
<section class="filter-bar" aria-label="Filter paragraphs by topic">
<h2 class="filter-bar__title">Filter by topic</h2>
<ul class="chip-list">
<li><button class="chip chip--active" data-topic="all">All topics <span class="chip__count">({len(cards)})</span></button></li>
{chips}
</ul>
<p class="filter-bar__status" aria-live="polite">Showing {len(cards)} of {len(cards)} paragraphs</p>
</section>
<div class="card-grid">
{chr(10).join(cards)}
</div>
<p class="acc-pagedate">Page last updated: 3 June 2025</p>
</main>
<footer class="acc-footer"><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
<p>Ambershire County Council, Shire Hall, Ambershire</p></footer>
<script src="/dist/js/card-filter.js" defer></script>
</body>
</html>
"""
    (OUT / "ambershire-county-council.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    winstowe()
    redmarsh()
    sandlow()
    cwmhenllys()
    drumgarvan()
    strathmenzie()
    brantwell()
    ambershire()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)
