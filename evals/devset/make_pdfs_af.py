"""Build the probe-af documents in docs-af/ from the sources in docs-af-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_af.py

Probe AF: eight ORDINARY, current member/officer protocols of invented councils (parish, town, Welsh community
council, district, metropolitan borough, county, unitary, Scottish council), each in a published form that earlier
probes did not use, with that form's everyday noise:
- a parish protocol saved as RICH TEXT and put through a website's text converter that left the RTF control words
  in the text ('\\par', '\\tab', '\\b0', "\\'a3", '\\rquote ') with font-table and style-name leftovers at the top
  and the footer group before the body (Hestlecombe, .txt);
- a town council's online GOVERNANCE HANDBOOK chapter whose clause numbers are separate <span>s and whose clause
  text is split over several <p>s (Caddisford, .html);
- a Welsh community council's bilingual TILT-AND-TURN booklet as the printer's PDF: Welsh from the front, the
  English pages upside down and in reverse order from the back (Cwmbrennig, .pdf);
- a district constitution section with a LEFT SIDEBAR listing every section name on every page (Stourmere, .pdf);
- a metropolitan borough's Word file with paragraphs numbered with a PREFIX, 'MO1' to 'MO40' (Cadlow, .docx);
- a county constitution WEB PAGE PRINTED BY CHROME to PDF with the browser's print header and footer and all the
  site furniture (Tallowshire, .pdf);
- a unitary constitution page whose body was PASTED FROM WORD FOR THE WEB, keeping its TextRun/NormalTextRun/EOP
  span soup, SpellingError spans and <p role="heading"> headings (Selwick, .html);
- a Scottish council's Word-export PDF numbered '1)' to '35)' with 'i)' sub-items (Dunmorach, .pdf).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed creation dates and zip
timestamps, no randomness.
"""

import datetime as dt
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    DejaVuDoc,
    add_field,
    all_of,
    done,
    esc,
    first,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-af-src"
OUT = HERE / "docs-af"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 5, 16, 11, 40, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


DVDoc = DejaVuDoc


def write_html(name, lines):
    path = OUT / f"{name}.html"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done(path)


def hanging_item(pdf, label, text, indent, size, lh, style="", align="J"):
    """A paragraph with its label in a hanging column (may run over a page break)."""
    L = pdf.l_margin
    pdf.set_x(L)
    pdf.set_font("Sans", style, size)
    pdf.cell(indent, lh, label)
    pdf.set_font("Sans", "", size)
    pdf.set_left_margin(L + indent)
    pdf.set_x(L + indent)
    pdf.multi_cell(0, lh, text, align=align, **NEXT)
    pdf.set_left_margin(L)


# ======== 1. Hestlecombe Parish Council (RTF put through a text converter that left the control words)
RTF_MAP = {
    "\u2019": "\\rquote ",
    "\u2018": "\\lquote ",
    "\u201c": "\\ldblquote ",
    "\u201d": "\\rdblquote ",
    "\u2013": "\\endash ",
    "\u00a3": "\\'a3",
}


RTF_DOC_WORDS = (
    "widowctrl",
    "ftnbj",
    "aenddoc",
    "formshade",
    "hyphauto",
    "noxlattoyen",
    "expshrtn",
    "noultrlspc",
    "dntblnsbdb",
    "nospaceforul",
)


def rtf_text(s):
    return "".join(RTF_MAP.get(ch, ch) for ch in s)


def rtf_wrap(s, width):
    """Cut a paragraph into lines of at most `width` characters at spaces, as an RTF writer inserts its line breaks;
    the space stays at the end of the line, and no break falls on the delimiter space after a control word."""
    lines = []
    while len(s) > width:
        idx = s.rfind(" ", 0, width)
        while idx > 0 and s[:idx].split(" ")[-1].startswith("\\"):
            idx = s.rfind(" ", 0, idx)
        if idx <= 0:
            break
        lines.append(s[: idx + 1])
        s = s[idx + 1 :]
    lines.append(s)
    return lines


def hestlecombe():
    name = "hestlecombe-parish-council"
    items = parse(name)
    out = [
        "\\ansi\\nouicompat",
        first(items, "FONTS"),
        first(items, "COLORS"),
        first(items, "STYLES"),
        "".join("\\" + word for word in RTF_DOC_WORDS),
        first(items, "INFO"),
        "\\sectd \\endnhere\\sectdefaultcl\\sftnbj ",
        "\\qr " + rtf_text(first(items, "FOOT")) + "\\par",
    ]
    widths = (96, 88, 101, 93)
    k = 0
    for tag, rest in items:
        if tag == "TITLE":
            out.append("\\qc \\b " + rtf_text(rest) + "\\b0 \\par")
        elif tag == "META":
            out.append("\\qc \\i " + rtf_text(rest) + "\\i0 \\par")
        elif tag == "H":
            num, heading = rest.split("|", 1)
            out.append("\\par")
            out.append("\\ql \\b " + num + "\\tab " + rtf_text(heading) + "\\b0 \\par")
        elif tag == "C":
            num, text = rest.split("|", 1)
            para = "\\qj " + num + "\\tab " + rtf_text(text) + "\\par"
            out.extend(rtf_wrap(para, widths[k % len(widths)]))
            k += 1
        elif tag == "SIGN":
            if out[-1] != "\\par":
                out.append("\\par")
                out.append("\\par")
            out.append("\\ql " + rtf_text(rest) + "\\par")
    path = OUT / f"{name}.txt"
    path.write_bytes(("\r\n".join(out) + "\r\n").encode("ascii"))
    done(path)


# ======== 2. Caddisford Town Council (Governance Handbook chapter; number <span>, text over several <p>s)
CTC = "https://www.caddisford-tc.gov.uk"


def caddisford():
    name = "caddisford-town-council"
    items = parse(name)
    site = first(items, "SITE")
    h1 = first(items, "H1")
    chapters = [c.split("|", 1) for c in all_of(items, "CHAP")]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(h1)} - Governance Handbook - {esc(site)}</title>")
    w(f'<link rel="canonical" href="{CTC}/governance-handbook/chapter-4-councillor-and-staff-protocol">')
    w('<link rel="stylesheet" href="/wp-content/themes/ctc-2023/style.css?ver=2.4.1">')
    w('<link rel="stylesheet" href="/wp-content/plugins/handbook-chapters/css/handbook.css?ver=1.3">')
    w("</head>")
    w('<body class="page-template-handbook-chapter handbook single">')
    w('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    w(
        '<div class="cookie-notice" role="dialog" aria-label="Cookie notice"><p>This website uses cookies to '
        'remember your settings and to count visits. <a href="/privacy-and-cookies">Find out more</a></p>'
        '<button type="button">OK</button> <button type="button">No thanks</button></div>'
    )
    w('<header class="site-header"><div class="site-branding">')
    w(f'<a href="/" rel="home"><img src="/wp-content/uploads/2023/02/ctc-crest.png" alt="{esc(site)} crest"></a>')
    w(f'<p class="site-title"><a href="/">{esc(site)}</a></p></div>')
    w('<nav class="main-navigation" aria-label="Main menu"><ul id="primary-menu">')
    for lab in all_of(items, "NAV"):
        w(f'<li class="menu-item"><a href="/{slug(lab)}/">{esc(lab)}</a></li>')
    w("</ul></nav>")
    w('<form role="search" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>')
    w('<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>')
    w('<input type="submit" class="search-submit" value="Search"></form>')
    w("</header>")
    w('<div id="content" class="site-content handbook-layout">')
    w('<aside class="handbook-sidebar"><p class="handbook-sidebar-title">Governance Handbook</p>')
    w('<nav aria-label="Handbook chapters"><ol class="handbook-chapters">')
    for num, title in chapters:
        cur = num.startswith("*")
        n = num.lstrip("*")
        attr = ' class="current" aria-current="page"' if cur else ""
        w(f'<li{attr}><a href="/governance-handbook/chapter-{n}-{slug(title)}">{esc(title)}</a></li>')
    w("</ol></nav>")
    w('<p class="handbook-download"><a href="/wp-content/uploads/2025/04/CTC-Governance-Handbook-2025.pdf">')
    w("Download the whole handbook (PDF, 1.4MB)</a></p></aside>")
    w('<main class="handbook-main"><article class="handbook-chapter" id="chapter-4">')
    w(
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / '
        '<a href="/your-council/">Your Council</a>'
    )
    w(' / <a href="/governance-handbook/">Governance Handbook</a> / <span>Chapter 4</span></nav>')
    w('<header class="chapter-header"><p class="kicker">Governance Handbook</p>')
    w(f'<h1 class="chapter-title">{esc(h1)}</h1>')
    w(f'<p class="chapter-meta">{esc(first(items, "CHMETA"))}</p>')
    w(
        '<p class="chapter-tools"><a href="javascript:window.print()">Print this chapter</a> | '
        '<a href="#" class="share-email">Email a link</a></p></header>'
    )
    w(f'<div class="chapter-intro"><p>{esc(first(items, "INTRO"))}</p></div>')
    for tag, rest in items:
        if tag == "H3":
            w(f'<h3 class="clause-group" id="{slug(rest)}">{esc(rest)}</h3>')
        elif tag == "CL":
            num, body = rest.split("|", 1)
            cid = "clause-" + num.replace(".", "-")
            w(f'<div class="clause" id="{cid}">')
            w(f'<span class="clause-number">{num}</span>')
            w('<div class="clause-body">')
            for part in body.split("||"):
                w(f"<p>{esc(part)}</p>")
            w("</div>")
            w("</div>")
    w('<nav class="chapter-pager" aria-label="Chapters">')
    w(f'<a class="prev" href="/governance-handbook/chapter-3-{slug(chapters[2][1])}">&larr; Chapter 3: ')
    w(f"{esc(chapters[2][1])}</a>")
    w(f'<a class="next" href="/governance-handbook/chapter-5-{slug(chapters[4][1])}">Chapter 5: ')
    w(f"{esc(chapters[4][1])} &rarr;</a></nav>")
    w(f'<p class="last-reviewed">{esc(first(items, "REVIEWED"))}</p>')
    w("</article></main></div>")
    w('<footer class="site-footer"><ul class="footer-links">')
    for lab in ("Accessibility", "Privacy and cookies", "Transparency", "Sitemap"):
        w(f'<li><a href="/{slug(lab)}/">{lab}</a></li>')
    w(f"</ul><p>{esc(first(items, 'FOOT'))}</p></footer>")
    w("</body></html>")
    write_html(name, o)


# ======== 3. Cwmbrennig Community Council (tilt-and-turn booklet: English half upside down, in reverse order)
CY_GREEN = (0, 102, 68)
EN_BLUE = (24, 62, 120)


def cwm_cover(pdf, lines, colour, label):
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, pdf.w, 92, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 34)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(pdf.w - 40, 11, lines[0], align="C", **NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 15)
    pdf.cell(pdf.w - 40, 10, lines[1], align="C", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 118)
    pdf.set_font("Sans", "", 11.5)
    for line in lines[2:4]:
        pdf.set_x(20)
        pdf.cell(pdf.w - 40, 7, line, align="C", **NEXT)
    pdf.set_xy(20, 170)
    pdf.set_font("Sans", "I", 10)
    pdf.set_text_color(*colour)
    pdf.set_x(20)
    pdf.cell(pdf.w - 40, 6, lines[4], align="C", **NEXT)
    pdf.set_text_color(90, 90, 90)
    pdf.set_x(20)
    pdf.cell(pdf.w - 40, 6, lines[5], align="C", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, pdf.h - 40)
    pdf.set_font("Sans", "", 9)
    pdf.cell(pdf.w - 40, 5, lines[6], align="C", **NEXT)
    pdf.set_fill_color(*colour)
    pdf.rect(pdf.w - 28, pdf.h - 20, 28, 8, style="F")
    pdf.set_xy(pdf.w - 28, pdf.h - 20)
    pdf.set_font("Sans", "B", 7.5)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(28, 8, label, align="C")
    pdf.set_text_color(0, 0, 0)


def cwm_text(pdf, entries, colour, running, pageno):
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(*colour)
    pdf.set_xy(20, 11)
    pdf.cell(pdf.w - 40, 4, running)
    pdf.set_draw_color(*colour)
    pdf.line(20, 16.5, pdf.w - 20, 16.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(24)
    for tag, rest in entries:
        if tag in ("CYH", "ENH"):
            num, heading = rest.split("|", 1)
            pdf.ln(2)
            pdf.set_x(20)
            pdf.set_font("Sans", "B", 11.5)
            pdf.set_text_color(*colour)
            pdf.cell(11, 6.5, num)
            pdf.cell(0, 6.5, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag in ("CY", "EN"):
            num, text = rest.split("|", 1)
            hanging_item(pdf, num, text, 11, 10, 5.2)
            pdf.ln(1.8)
        else:
            pdf.ln(10)
            pdf.set_x(20)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(0, 6, rest, **NEXT)
    assert pdf.get_y() < pdf.h - 20, "a language page is too full"
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(20, pdf.h - 13)
    pdf.cell(pdf.w - 40, 4, str(pageno), align="R")
    pdf.set_text_color(0, 0, 0)


def cwmbrennig():
    name = "cwmbrennig-community-council"
    items = parse(name)
    pdf = DVDoc(format="A4")
    pdf.setup(
        "Protocol ar gyfer Cynghorwyr a Staff / Protocol for Councillors and Staff",
        "Adobe InDesign 19.5 (Windows)",
        "Cyngor Cymuned Cwmbrennig / Cwmbrennig Community Council",
        dt.datetime(2025, 1, 22, 15, 31, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 17.0",
    )
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(False)
    pages = {}
    current = 0
    for tag, rest in items:
        if tag == "PAGE":
            current = int(rest)
            pages[current] = {"cy": [], "en": []}
        elif tag in ("CYH", "CY", "CYEND"):
            pages[current]["cy"].append((tag, rest))
        elif tag in ("ENH", "EN", "ENEND"):
            pages[current]["en"].append((tag, rest))
    run_cy = "Cyngor Cymuned Cwmbrennig \u2013 Protocol ar gyfer Cynghorwyr a Staff"
    run_en = "Cwmbrennig Community Council \u2013 Protocol for Councillors and Staff"
    centre = dict(x=pdf.w / 2, y=pdf.h / 2)
    # the Welsh half, upright, from the front
    pdf.add_page()
    cwm_cover(pdf, all_of(items, "CYCOVER"), CY_GREEN, "CYMRAEG")
    for n in sorted(pages):
        pdf.add_page()
        cwm_text(pdf, pages[n]["cy"], CY_GREEN, run_cy, n)
    # the English half, printed upside down and read from the back, so its pages come in reverse order
    for n in sorted(pages, reverse=True):
        pdf.add_page()
        with pdf.rotation(180, **centre):
            cwm_text(pdf, pages[n]["en"], EN_BLUE, run_en, n)
    pdf.add_page()
    with pdf.rotation(180, **centre):
        cwm_cover(pdf, all_of(items, "ENCOVER"), EN_BLUE, "ENGLISH")
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Stourmere District Council (left sidebar listing every section on every page)
SM_NAVY = (22, 45, 79)
SM_PALE = (176, 196, 222)
SM_GOLD = (196, 154, 38)


class SidebarPDF(DVDoc):
    side = ()
    sections = ()
    current = ""

    def header(self):
        self.set_fill_color(*SM_NAVY)
        self.rect(0, 0, 58, self.h, style="F")
        self.set_text_color(255, 255, 255)
        y = 16
        for i, line in enumerate(self.side):
            self.set_font("Sans", "B" if i == 0 else "", 10.5 if i == 0 else 9)
            self.set_xy(7, y)
            self.multi_cell(46, 5, line, align="L", **NEXT)
            y = self.get_y() + (2 if i == 0 else 0.5)
        y += 6
        for num, heading in self.sections:
            cur = num == self.current
            self.set_font("Sans", "B" if cur else "", 8.3)
            lines = self.multi_cell(38, 4.2, heading, align="L", dry_run=True, output="LINES")
            h = 4.2 * len(lines) + 2
            if cur:
                self.set_fill_color(*SM_GOLD)
                self.rect(4, y - 1, 52, h, style="F")
            self.set_text_color(*((255, 255, 255) if cur else SM_PALE))
            self.set_xy(7, y)
            self.cell(7, 4.2, num)
            self.set_xy(14, y)
            self.multi_cell(38, 4.2, heading, align="L", **NEXT)
            y += h + 1.2
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        text = f"Stourmere District Council Constitution  |  Part 5.3  |  Page {self.page_no()} of {{nb}}"
        self.cell(0, 4, text, align="R")
        self.set_text_color(0, 0, 0)


def stourmere():
    name = "stourmere-district-council"
    items = parse(name)
    pdf = SidebarPDF(format="A4")
    pdf.setup(
        "Constitution Part 5.3 - Protocol on Member and Officer Relations",
        "Adobe InDesign 20.1 (Windows)",
        "Stourmere District Council - Democratic Services",
        dt.datetime(2025, 3, 24, 10, 12, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 18.0",
    )
    pdf.side = tuple(all_of(items, "SIDE"))
    pdf.sections = tuple(tuple(s.split("|", 1)) for s in all_of(items, "S"))
    pdf.current = pdf.sections[0][0]
    pdf.alias_nb_pages()
    pdf.set_margins(70, 20, 16)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    titles = all_of(items, "TITLE")
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*SM_NAVY)
    pdf.multi_cell(0, 6, titles[0], align="L", **NEXT)
    pdf.set_font("Sans", "B", 16)
    pdf.multi_cell(0, 8, titles[1], align="L", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(0, 4.8, first(items, "META"), align="L", **NEXT)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "S":
            num, heading = rest.split("|", 1)
            pdf.current = num
            if pdf.get_y() > pdf.h - pdf.b_margin - 28:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 12)
            pdf.set_text_color(*SM_NAVY)
            pdf.cell(10, 7, num)
            pdf.multi_cell(0, 7, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "P":
            num, text = rest.split("|", 1)
            hanging_item(pdf, num, text, 11, 9.6, 5)
            pdf.ln(1.8)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 4.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 5. Cadlow Metropolitan Borough Council (Word file, paragraphs 'MO1' to 'MO40')
def cadlow():
    name = "cadlow-metropolitan-borough-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Constitution Part 5 - Protocol MO - Member and Officer Relations"
    cp.created = dt.datetime(2025, 4, 28, 9, 30, 0)
    cp.modified = dt.datetime(2025, 5, 16, 11, 40, 0)
    cp.last_modified_by = "Borough Solicitor's Office"
    cp.revision = 12
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(first(items, "FTR"))
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")
    doc.add_paragraph(first(items, "TITLE"), style="Title")
    doc.add_paragraph(first(items, "SUB"), style="Subtitle")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    ctrl.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in all_of(items, "CTRL"):
        k, v = row.split("|", 1)
        cells = ctrl.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "E2EFDA")
        cells[1].text = v
    doc.add_paragraph()
    note = doc.add_paragraph()
    nr = note.add_run(first(items, "NOTE"))
    nr.italic = True
    nr.font.size = Pt(9.5)
    for tag, rest in items:
        if tag == "H":
            doc.add_heading(rest, level=2)
        elif tag == "MO":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            lab = p.add_run(num)
            lab.bold = True
            p.add_run("\t" + text)
            pf = p.paragraph_format
            pf.left_indent = Cm(1.6)
            pf.first_line_indent = Cm(-1.6)
            pf.tab_stops.add_tab_stop(Cm(1.6))
            pf.space_after = Pt(6)
        elif tag == "END":
            doc.add_paragraph()
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.italic = True
            run.font.size = Pt(9.5)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 6. Tallowshire County Council (web page printed to PDF by Chrome, with its print header and footer)
CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
)
TC_GREEN = (0, 92, 75)
LINK = (29, 112, 184)


class ChromePDF(DVDoc):
    printed = ""
    ptitle = ""
    url = ""

    def header(self):
        self.set_font("Sans", "", 7)
        self.set_text_color(0, 0, 0)
        self.set_xy(7, 5)
        self.cell(40, 4, self.printed)
        self.set_xy(0, 5)
        self.cell(self.w, 4, self.ptitle, align="C")
        self.set_y(self.t_margin)

    def footer(self):
        self.set_font("Sans", "", 7)
        self.set_text_color(0, 0, 0)
        url = self.url
        while self.get_string_width(url) > self.w - 34:
            url = url[:-2]
        if url != self.url:
            url = url[:-1] + "\u2026"
        self.set_xy(7, self.h - 8)
        self.cell(self.w - 30, 4, url)
        self.set_xy(7, self.h - 8)
        self.cell(self.w - 14, 4, f"{self.page_no()}/{{nb}}", align="R")


def tallowshire():
    name = "tallowshire-county-council"
    items = parse(name)
    pdf = ChromePDF(format="A4")
    pdf.setup(
        first(items, "PTITLE"),
        CHROME_UA,
        "",
        dt.datetime(2025, 6, 3, 8, 14, 22, tzinfo=dt.UTC),
        producer="Skia/PDF m125",
    )
    pdf.printed = first(items, "PRINTED")
    pdf.ptitle = first(items, "PTITLE")
    pdf.url = first(items, "URL")
    pdf.alias_nb_pages()
    pdf.set_margins(14, 15, 14)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*LINK)
    pdf.cell(0, 5, first(items, "SKIP"), **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    # cookie banner
    cookie = all_of(items, "COOKIE")
    y0 = pdf.get_y()
    pdf.set_fill_color(243, 242, 241)
    pdf.rect(pdf.l_margin, y0, pdf.epw, 36, style="F")
    pdf.set_xy(pdf.l_margin + 4, y0 + 3)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, cookie[0], **NEXT)
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(pdf.epw - 8, 5, cookie[1], align="L", **NEXT)
    pdf.set_xy(pdf.l_margin + 4, pdf.get_y() + 2)
    for btn in all_of(items, "BTN"):
        wdt = pdf.get_string_width(btn) + 8
        pdf.set_fill_color(*TC_GREEN) if btn.startswith("Accept") else pdf.set_fill_color(255, 255, 255)
        pdf.set_text_color(*((255, 255, 255) if btn.startswith("Accept") else (0, 0, 0)))
        pdf.cell(wdt, 7, btn, border=1, align="C", fill=True)
        pdf.cell(3, 7, "")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 40)
    # logo, search, menu
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*TC_GREEN)
    pdf.cell(110, 9, first(items, "LOGO"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)
    pdf.cell(40, 8, "", border=1)
    pdf.cell(2, 8, "")
    pdf.cell(16, 8, "Search", border=1, align="C")
    pdf.cell(0, 8, "Menu", align="R", **NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "", 9.5)
    for lab in all_of(items, "NAV"):
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(5, 5.2, "\u2022")
        pdf.set_text_color(*LINK)
        pdf.cell(0, 5.2, lab, **NEXT)
        pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, first(items, "CRUMB"), align="L", **NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(0, 10, first(items, "H1"), align="L", **NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 11.5)
    pdf.multi_cell(0, 6.2, first(items, "LEAD"), align="L", **NEXT)
    pdf.ln(3)
    heads = [h.split("|", 1) for h in all_of(items, "H2")]
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "On this page", **NEXT)
    pdf.set_font("Sans", "", 10)
    for num, heading in heads:
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_text_color(*LINK)
        pdf.cell(0, 5.4, f"{num}. {heading}", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H2":
            num, heading = rest.split("|", 1)
            pdf.ln(3)
            pdf.set_font("Sans", "B", 15)
            pdf.multi_cell(0, 8, f"{num}. {heading}", align="L", **NEXT)
            pdf.ln(1)
        elif tag == "P":
            num, text = rest.split("|", 1)
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, 5.8, f"{num} {text}", align="L", **NEXT)
            pdf.ln(2.8)
    pdf.ln(4)
    after = all_of(items, "AFTER")
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*LINK)
    pdf.multi_cell(0, 5.5, after[0], align="L", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.cell(0, 5.5, after[1], **NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, after[2], **NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, after[3], **NEXT)
    pdf.set_text_color(*LINK)
    pdf.cell(0, 6, after[4], **NEXT)
    pdf.ln(5)
    for lab in all_of(items, "FOOTLINK"):
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(5, 5, "\u2022")
        pdf.cell(0, 5, lab, **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, first(items, "COPY"), **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Selwick Council (constitution page whose body was pasted from Word for the web)
SC = "SCXW81235697 BCX0"
RUN_SIZES = (7, 4, 11, 6, 9, 3, 12, 5)
UNKNOWN_WORDS = ("Selwick", "MyCouncillor")
EOP = (
    f'<span class="EOP {SC}" data-ccp-props="{{&quot;134233117&quot;:false,&quot;134233118&quot;:false,'
    '&quot;201341983&quot;:0,&quot;335559738&quot;:120,&quot;335559739&quot;:120,&quot;335559740&quot;:259}">'
    "&nbsp;</span>"
)
TAB = f'<span class="TabRun IndentTab {SC}"><span class="TabChar {SC}" style="width: 42px;">\t</span></span>'


def wo_ids(k):
    paraid = format((k * 2654435761 + 0x1F2E3D4C) & 0xFFFFFFFF, "08x")
    return f'paraid="{paraid}" paraeid="{{a7c31e52-6d0b-4f19-8e2a-53b1c9d0e4f7}}{{{k * 7 + 3}}}"'


def wo_run(text, extra="", inner="NormalTextRun", parastyle=""):
    ps = f' data-ccp-parastyle="{parastyle}"' if parastyle else ""
    return (
        f'<span class="TextRun {extra}{SC}" lang="EN-GB" xml:lang="EN-GB" data-contrast="auto">'
        f'<span class="{inner} {SC}"{ps}>{esc(text)}</span></span>'
    )


def wo_runs(text, k, extra="", parastyle=""):
    """The text as Word for the web pastes it: runs cut at arbitrary word counts, and each word the spell-checker
    does not know in a SpellingError run of its own."""
    out = []
    pattern = "(" + "|".join(UNKNOWN_WORDS) + ")"
    j = k
    for seg in re.split(pattern, text):
        if not seg:
            continue
        if seg in UNKNOWN_WORDS:
            out.append(wo_run(seg, extra, "SpellingError", parastyle))
            continue
        words = seg.split(" ")
        while words:
            n = RUN_SIZES[j % len(RUN_SIZES)]
            j += 1
            chunk = " ".join(words[:n])
            words = words[n:]
            if words:
                chunk += " "
            out.append(wo_run(chunk, extra, "NormalTextRun", parastyle))
    return "".join(out)


def wo_para(body, k, attrs=""):
    return f'<div class="OutlineElement Ltr {SC}"><p class="Paragraph {SC}" {wo_ids(k)}{attrs}>{body}{EOP}</p></div>'


def selwick():
    name = "selwick-council"
    items = parse(name)
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(first(items, 'PTITLE'))}</title>")
    w('<link rel="stylesheet" href="/site/styles/main.min.css?v=20240911">')
    w("</head>")
    w('<body class="template-content-page">')
    w('<a href="#main" class="skip">Skip to main content</a>')
    w(
        '<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work and, with your '
        'permission, to measure how it is used.</p><button type="button">Accept all</button> '
        '<button type="button">Necessary only</button> <a href="/cookies">Cookie settings</a></div>'
    )
    w(
        '<header class="masthead"><a href="/" class="logo"><img src="/site/img/selwick-logo.svg" '
        'alt="Selwick Council"></a><form class="search" action="/search"><label for="q">Search</label>'
        '<input type="search" id="q" name="q"><button>Go</button></form></header>'
    )
    w('<nav class="services" aria-label="Services"><ul>')
    for lab in all_of(items, "NAV"):
        w(f'<li><a href="/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></nav>")
    w('<nav class="breadcrumb" aria-label="You are here"><ol>')
    crumbs = all_of(items, "CRUMB")
    for i, lab in enumerate(crumbs):
        href = "/" + "/".join(slug(c) for c in crumbs[1 : i + 1])
        w(f'<li><a href="{href}">{esc(lab)}</a></li>')
    w("</ol></nav>")
    w('<main id="main"><h1>' + esc(first(items, "H1")) + "</h1>")
    w('<div class="rich-text">')
    k = 1
    head = wo_runs(first(items, "DOCTITLE"), 0, "MacChromeBold ", "Title")
    w(wo_para(head, k, ' role="heading" aria-level="1"'))
    k += 1
    w(wo_para(wo_runs(first(items, "DOCSUB"), 2, "MacChromeBold ", "Subtitle"), k))
    k += 1
    w(wo_para(wo_runs(first(items, "DOCMETA"), 5), k))
    k += 1
    bullets = []

    def flush():
        if not bullets:
            return
        w(f'<div class="ListContainerWrapper {SC}"><ul class="BulletListStyle1 {SC}" role="list">')
        for i, (kk, text) in enumerate(bullets, 1):
            w(
                '<li data-leveltext="\uf0b7" data-font="Symbol" data-listid="4" data-list-defn-props="{&quot;'
                "335552541&quot;:1,&quot;335559685&quot;:720,&quot;335559991&quot;:360,&quot;469769226&quot;:&quot;"
                "Symbol&quot;,&quot;469769242&quot;:[8226],&quot;469777803&quot;:&quot;left&quot;,&quot;469777815"
                f'&quot;:&quot;hybridMultilevel&quot;}}" aria-setsize="-1" data-aria-posinset="{i}" '
                f'data-aria-level="1" role="listitem" class="OutlineElement Ltr {SC}">'
                f'<p class="Paragraph {SC}" {wo_ids(kk)}>{wo_runs(text, kk)}{EOP}</p></li>'
            )
        w("</ul></div>")
        bullets.clear()

    for tag, rest in items:
        if tag == "H":
            flush()
            num, heading = rest.split("|", 1)
            body = wo_run(num + ".", "MacChromeBold ", "NormalTextRun", "heading 2") + TAB
            body += wo_runs(heading, k, "MacChromeBold ", "heading 2")
            w(wo_para(body, k, ' role="heading" aria-level="2"'))
            k += 1
        elif tag == "P":
            flush()
            num, text = rest.split("|", 1)
            w(wo_para(wo_run(num) + TAB + wo_runs(text, k), k))
            k += 1
        elif tag == "LI":
            bullets.append((k, rest))
            k += 1
    flush()
    w("</div>")
    w(f'<p class="page-updated">{esc(first(items, "UPDATED"))}</p>')
    w(
        '<div class="feedback"><p>Did this page help you?</p><a href="/feedback?page=member-officer-protocol">'
        'Yes</a> <a href="/feedback?page=member-officer-protocol&amp;r=no">No</a></div>'
    )
    w("</main>")
    w('<footer class="site-footer"><ul>')
    for lab in ("Contact us", "Accessibility statement", "Privacy", "Cookies", "Jobs", "News"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w(f"</ul><p>{esc(first(items, 'FOOT'))}</p></footer>")
    w("</body></html>")
    write_html(name, o)


# ======== 8. Dunmorach Council (Word export PDF, items '1)' to '35)' with 'i)' sub-items)
class WordPDF(DVDoc):
    running = ""
    foot_left = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, self.running, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(self.epw / 2, 4, self.foot_left)
        self.cell(self.epw / 2, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def dunmorach():
    name = "dunmorach-council"
    items = parse(name)
    pdf = WordPDF(format="A4")
    pdf.setup(
        "Protocol for Relations between Councillors and Employees",
        "Microsoft\u00ae Word for Microsoft 365",
        "Legal and Governance",
        dt.datetime(2025, 6, 9, 13, 48, 0, tzinfo=dt.UTC),
    )
    pdf.running = first(items, "HDR")
    pdf.foot_left = first(items, "FTR")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, first(items, "TITLE"), **NEXT)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 7, first(items, "SUB"), **NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(0, 5, first(items, "META"), align="L", **NEXT)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > pdf.h - pdf.b_margin - 22:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(0, 6.5, rest, **NEXT)
            pdf.ln(0.5)
        elif tag == "I":
            num, text = rest.split("|", 1)
            hanging_item(pdf, f"{num})", text, 10, 10, 5.3, align="L")
            pdf.ln(1.6)
        elif tag == "SI":
            roman, text = rest.split("|", 1)
            L = pdf.l_margin
            pdf.set_left_margin(L + 10)
            hanging_item(pdf, f"{roman})", text, 9, 10, 5.3, align="L")
            pdf.set_left_margin(L)
            pdf.ln(1)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, 4.5, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


def main():
    hestlecombe()
    caddisford()
    cwmbrennig()
    stourmere()
    cadlow()
    tallowshire()
    selwick()
    dunmorach()
    return 0


if __name__ == "__main__":
    sys.exit(main())
