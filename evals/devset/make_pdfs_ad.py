"""Build the probe-ad documents in docs-ad/ from the sources in docs-ad-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ad.py

Probe AD: eight ORDINARY, current member/officer protocols of invented councils (parish, town, Welsh community
council, district, metropolitan borough, county, unitary, Scottish council), each in a published form that earlier
probes did not use, or used only once, with that form's everyday noise:
- a parish COUNCILLORS' HANDBOOK (A5 PDF) whose Chapter 6 is the protocol, numbered with the chapter prefix
  ('6.3.2'), after a cover and a contents page with dot leaders and page numbers (Pindlebury);
- a town council policy page saved in its PRINTER-FRIENDLY VIEW, paragraphs labelled 'Para 1' ... 'Para 32', with
  the cookie notice, breadcrumbs, 'Was this page helpful?' widget and link URLs written out in brackets (Hartswold);
- a Welsh community council Word file laid out as a TWO-LEVEL OUTLINE: lettered parts with bilingual headings and
  items 'A.1' ... 'H.3' (Bryngwenlli);
- a district protocol as a MEDIAWIKI STAFF-INTRANET PAGE saved as HTML, with 'Jump to' links, a numbered TOC box,
  '[edit]' links and a 'Page history' sidebar (Ketterwold);
- a metropolitan borough's MEMBER INDUCTION SLIDE DECK exported to PDF, one rule group per 16:9 slide, bullets
  citing '(para 4.2)', slide numbers and footers (Grimsworth);
- a county constitution section as a PDF with LINE NUMBERS in the left margin on every line (Dorvenshire);
- a unitary constitution page whose EVERY CLAUSE is a collapsed <details>/<summary> accordion item (Brackmere);
- a Scottish council's TYPESET A5 PDF whose text layer keeps LIGATURE characters (U+FB00-U+FB04) and SOFT HYPHENS
  (U+00AD) at line-end word breaks (Kilmarvie).
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

SRC = HERE / "docs-ad-src"
OUT = HERE / "docs-ad"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 1, 20, 9, 30, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


DVDoc = DejaVuDoc


# ======== 1. Pindlebury Parish Council (A5 councillors' handbook, chapter 6 is the protocol)
class HandbookPDF(DVDoc):
    chapter = ""
    base_l = 16.0
    base_r = 16.0

    def header(self):
        if self.page_no() <= 2:
            return
        L, R = self.l_margin, self.r_margin
        self.l_margin, self.r_margin = self.base_l, self.base_r
        self.set_font("Sans", "", 6.8)
        self.set_text_color(95, 95, 95)
        self.set_xy(self.base_l, 8)
        self.cell(self.w - self.base_l - self.base_r, 4, "Pindlebury Parish Council - Councillors' Handbook 2025")
        self.set_xy(self.base_l, 8)
        self.cell(self.w - self.base_l - self.base_r, 4, self.chapter.split(" - ")[0], align="R")
        self.set_draw_color(46, 110, 78)
        self.line(self.base_l, 13, self.w - self.base_r, 13)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.l_margin, self.r_margin = L, R
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            return
        L, R = self.l_margin, self.r_margin
        self.l_margin, self.r_margin = self.base_l, self.base_r
        self.set_y(-12)
        self.set_x(self.base_l)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(self.w - self.base_l - self.base_r, 4, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)
        self.l_margin, self.r_margin = L, R


def pindlebury_build(items, pages):
    """Lay the handbook out; `pages` maps contents keys to page numbers (from a first pass). Returns the PDF and
    the page on which each chapter and chapter-6 section starts."""
    pdf = HandbookPDF(format="A5")
    pdf.setup(
        "Councillors' Handbook 2025",
        "Microsoft\u00ae Word 2016",
        "Clerk to Pindlebury Parish Council",
        dt.datetime(2025, 6, 9, 14, 5, 0, tzinfo=dt.UTC),
    )
    pdf.set_margins(16, 18, 16)
    pdf.set_auto_page_break(True, 17)
    green = (46, 110, 78)
    found = {}
    # cover
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    cover = all_of(items, "COVER")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 22)
    pdf.set_font("Sans", "B", 17)
    pdf.multi_cell(0, 8, cover[0], **NEXT)
    pdf.set_x(16)
    pdf.set_font("Sans", "", 13)
    pdf.multi_cell(0, 7, cover[1], **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(80)
    pdf.set_font("Sans", "", 10)
    for line in cover[2:]:
        pdf.multi_cell(0, 6, line, **NEXT)
    # contents
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*green)
    pdf.cell(0, 9, "Contents", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    entries = []
    for tag, rest in items:
        if tag == "CH":
            num, title = rest.split("|", 1)
            entries.append(("ch" + num, f"{num}  {title}", 0))
        elif tag == "SEC":
            num, title = rest.split("|", 1)
            entries.append(("sec" + num, f"{num}  {title}", 6))
    right = pdf.w - pdf.r_margin
    for key, text, indent in entries:
        pdf.set_font("Sans", "B" if indent == 0 else "", 9.2)
        page = str(pages.get(key, 0))
        x = pdf.l_margin + indent
        y = pdf.get_y()
        tw = pdf.get_string_width(text + " ")
        nw = pdf.get_string_width(" " + page)
        dot = pdf.get_string_width(".")
        ndots = max(3, int((right - x - tw - nw) / dot))
        pdf.set_xy(x, y)
        pdf.cell(tw, 6, text + " ")
        pdf.set_text_color(120, 120, 120)
        pdf.cell(ndots * dot, 6, "." * ndots)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(right - nw, y)
        pdf.cell(nw, 6, " " + page, align="R")
        pdf.set_xy(pdf.l_margin, y + (6.4 if indent == 0 else 5.6))
    # chapters
    for tag, rest in items:
        if tag == "CH":
            num, title = rest.split("|", 1)
            pdf.chapter = f"Chapter {num} - {title}"
            pdf.add_page()
            found["ch" + num] = pdf.page_no()
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(*green)
            pdf.cell(0, 5, f"Chapter {num}", **NEXT)
            pdf.set_font("Sans", "B", 14)
            pdf.multi_cell(0, 7, title, **NEXT)
            pdf.set_draw_color(*green)
            pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + 30, pdf.get_y() + 1)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(5)
        elif tag == "SEC":
            num, title = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 22:
                pdf.add_page()
            pdf.ln(1.5)
            found["sec" + num] = pdf.page_no()
            pdf.set_font("Sans", "B", 10.2)
            pdf.set_text_color(*green)
            pdf.cell(13, 5.5, num)
            pdf.multi_cell(0, 5.5, title, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "P":
            num, text = rest.split("|", 1)
            indent = 13 if num.count(".") >= 2 else 9
            L = pdf.base_l
            pdf.set_font("Sans", "", 9.2)
            if pdf.get_y() > pdf.h - pdf.b_margin - 9:
                pdf.add_page()
            pdf.set_x(L)
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(indent, 4.7, num)
            pdf.set_font("Sans", "", 9.2)
            pdf.set_left_margin(L + indent)
            pdf.set_x(L + indent)
            pdf.multi_cell(0, 4.7, text, align="J", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.4)
        elif tag == "T":
            pdf.set_font("Sans", "", 9.2)
            pdf.multi_cell(0, 4.7, rest, align="J", **NEXT)
            pdf.ln(1.6)
        elif tag == "END":
            pdf.ln(8)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(95, 95, 95)
            pdf.multi_cell(0, 4.5, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
    return pdf, found


def pindlebury():
    name = "pindlebury-parish-council"
    items = parse(name)
    _, pages = pindlebury_build(items, {})
    pdf, pages2 = pindlebury_build(items, pages)
    assert pages == pages2, "contents page numbers moved between passes"
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 2. Hartswold Town Council (printer-friendly view of the policy page, 'Para n' labels)
HTC = "https://www.hartswold-tc.gov.uk"


def hartswold():
    name = "hartswold-town-council"
    items = parse(name)
    title = first(items, "TITLE")
    page_url = f"{HTC}/the-council/policies/member-and-officer-protocol"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" class="print-view">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{esc(title)} | Hartswold Town Council (printer-friendly version)</title>")
    w('<meta name="robots" content="noindex, follow">')
    w(f'<link rel="canonical" href="{page_url}">')
    w('<link rel="stylesheet" href="/assets/css/print.css?v=3.4.1" media="all">')
    w('<script src="/assets/js/cookie-consent.min.js" defer></script>')
    w("</head>")
    w('<body class="page-template-policy print-friendly">')
    w('<div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice">')
    w(
        "<p>We use essential cookies to make this website work, and optional analytics cookies to help us improve it. "
        f'<a href="/cookies">Read our cookie policy</a> <span class="print-url">({HTC}/cookies)</span></p>'
    )
    w('<button type="button" class="btn btn-accept">Accept all</button>')
    w('<button type="button" class="btn btn-reject">Essential cookies only</button>')
    w("</div>")
    w('<div class="print-toolbar" role="toolbar">')
    w("<p>You are viewing the printer-friendly version of this page.</p>")
    w('<a href="javascript:window.print()" class="btn">Print this page</a>')
    w(f'<a href="{page_url}" class="btn">Back to full page</a>')
    w("</div>")
    w('<header class="print-header">')
    w('<img src="/assets/img/htc-crest-mono.png" alt="Hartswold Town Council crest" width="60" height="72">')
    w('<p class="site-name">Hartswold Town Council</p>')
    w('<p class="site-strap">Town Hall, Market Square, Hartswold</p>')
    w("</header>")
    w('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>')
    crumbs = [
        ("Home", "/"),
        ("The Council", "/the-council"),
        ("Policies and procedures", "/the-council/policies"),
        (title, "/the-council/policies/member-and-officer-protocol"),
    ]
    for lab, href in crumbs:
        w(f'<li><a href="{href}">{esc(lab)}</a> <span class="print-url">({HTC}{href})</span></li>')
    w("</ol></nav>")
    w('<main id="main-content" class="policy">')
    w(f"<h1>{esc(title)}</h1>")
    w(f'<p class="lead">{esc(first(items, "LEAD"))}</p>')
    for tag, rest in items:
        if tag == "H":
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "P":
            num, text = rest.split("|", 1)
            w(f'<p class="para" id="para-{num}"><span class="para-no">Para {num}</span> {esc(text)}</p>')
    w('<div class="page-meta">')
    w(f'<p class="last-updated">{esc(first(items, "UPDATED"))}</p>')
    w("</div>")
    w('<section class="related" aria-labelledby="related-h">')
    w('<h2 id="related-h">Related documents</h2><ul>')
    for lab, href in (
        ("Standing Orders (PDF, 412KB)", "/downloads/standing-orders-2024.pdf"),
        ("Councillors' Code of Conduct", "/the-council/policies/code-of-conduct"),
        ("Grievance and Disciplinary Policy", "/the-council/policies/grievance-and-disciplinary"),
        ("Councillor allowances and expenses", "/the-council/councillors/allowances"),
        ("Complaints procedure", "/contact-us/complaints"),
    ):
        w(f'<li><a href="{href}">{esc(lab)}</a> <span class="print-url">({HTC}{href})</span></li>')
    w("</ul></section>")
    w('<div class="feedback" id="page-feedback">')
    w('<p class="feedback-q">Was this page helpful?</p>')
    w('<button type="button" class="btn btn-small" data-answer="yes">Yes</button>')
    w('<button type="button" class="btn btn-small" data-answer="no">No</button>')
    w(
        '<p class="feedback-note">Your answer is anonymous and we cannot reply to it. To contact the Town Council, '
        "email info@hartswold-tc.gov.uk or ring 01632 960 417.</p>"
    )
    w("</div>")
    w("</main>")
    w('<footer class="print-footer">')
    w(
        "<p>Hartswold Town Council, Town Hall, Market Square, Hartswold "
        "HW4 2TC | 01632 960 417 | info@hartswold-tc.gov.uk</p>"
    )
    w(f'<p class="printed-from">{esc(first(items, "PRINTED"))}</p>')
    w("<p>&copy; Hartswold Town Council 2025</p>")
    w("</footer>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 3. Bryngwenlli Community Council (Word, two-level outline 'A.1' under lettered parts)
def bryngwenlli():
    name = "bryngwenlli-community-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Clerc / Clerk"
    cp.title = "Protocol Cynghorwyr a Staff / Councillor and Staff Protocol"
    cp.language = "cy-GB"
    cp.created = dt.datetime(2025, 1, 15, 11, 0, 0)
    cp.modified = dt.datetime(2025, 1, 20, 9, 30, 0)
    cp.last_modified_by = "Clerc / Clerk"
    cp.revision = 4
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(first(items, "FTR"))
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    ctrl = None
    for tag, rest in items:
        if tag == "TITLE":
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.bold = True
            run.font.size = Pt(12.5)
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
            shade_cell(cells[0], "F2DCDB")
            cells[1].text = v
        elif tag == "NOTE":
            doc.add_paragraph()
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.italic = True
            run.font.size = Pt(9.5)
        elif tag == "PART":
            h = doc.add_heading(rest, level=2)
            for run in h.runs:
                run.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
                run.font.size = Pt(12)
        elif tag == "I":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            pf.space_after = Pt(5)
        elif tag == "END":
            doc.add_paragraph()
            doc.add_paragraph(
                rest + " ..........................................   Dyddiad / Date ...................."
            )
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 4. Ketterwold District Council (MediaWiki staff-intranet page saved as HTML)
KN = "https://ketternet.ketterwold.gov.uk"


def wiki_id(text):
    return re.sub(r"\s+", "_", text.strip())


def ketterwold():
    name = "ketterwold-district-council"
    items = parse(name)
    title = first(items, "TITLE")
    page = wiki_id(title)
    heads = [r for t, r in items if t == "H"]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html class="client-nojs" lang="en-GB" dir="ltr">')
    w("<head>")
    w('<meta charset="UTF-8">')
    w(f"<title>{esc(title)} - KetterNet</title>")
    w(
        '<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"'
        + page
        + '","wgTitle":"'
        + title
        + '","wgCurRevisionId":4187,"wgRevisionId":4187,"wgArticleId":612,"wgIsArticle":true,'
        '"wgUserName":"S.Hollis","wgCategories":["Governance","Members","Constitution","Policies and procedures"]};'
        "</script>"
    )
    w(
        '<link rel="stylesheet" href="/w/load.php?lang=en-gb&amp;modules=site.styles%7Cskins.vector.styles.legacy'
        '&amp;only=styles&amp;skin=vector">'
    )
    w('<meta name="generator" content="MediaWiki 1.39.6">')
    w('<meta name="referrer" content="origin-when-cross-origin">')
    w(f'<link rel="edit" title="Edit" href="/w/index.php?title={page}&amp;action=edit">')
    w(
        '<link rel="search" type="application/opensearchdescription+xml" '
        'href="/w/opensearch_desc.php" title="KetterNet (en-gb)">'
    )
    w("</head>")
    w(
        '<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-'
        + page
        + " rootpage-"
        + page
        + ' skin-vector action-view skin-vector-legacy">'
    )
    w('<div id="mw-page-base" class="noprint"></div>')
    w('<div id="mw-head-base" class="noprint"></div>')
    w('<div id="content" class="mw-body" role="main">')
    w('<a id="top"></a>')
    w(
        '<div id="siteNotice"><div id="localNotice" lang="en-GB" dir="ltr"><p><b>KetterNet will be unavailable '
        "from 6pm on Friday 12 September 2025 while the server is upgraded.</b></p></div></div>"
    )
    w('<div class="mw-indicators"></div>')
    w(
        '<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">'
        f"{esc(title)}</span></h1>"
    )
    w('<div id="bodyContent" class="vector-body">')
    w('<div id="siteSub" class="noprint">From KetterNet</div>')
    w(
        '<div id="contentSub"><span class="subpages">&lt; <a '
        'href="/wiki/Governance" title="Governance">Governance</a></span></div>'
    )
    w('<div id="jump-to-nav"></div>')
    w('<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>')
    w('<a class="mw-jump-link" href="#searchInput">Jump to search</a>')
    w(
        '<div id="mw-content-text" class="mw-body-content mw-content-ltr" '
        'lang="en-GB" dir="ltr"><div class="mw-parser-output">'
    )
    w('<table class="notice-box" style="border:1px solid #a2a9b1;background:#eaf3ff;width:100%"><tbody><tr>')
    w(
        '<td style="width:40px"><img alt="Information icon" '
        'src="/w/images/thumb/info.svg/30px-info.svg.png" width="30" height="30"></td>'
    )
    w(f"<td>{esc(first(items, 'INFO'))}</td>")
    w("</tr></tbody></table>")
    w('<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">')
    w('<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">')
    w(
        '<div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">'
        '<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>'
    )
    w("<ul>")
    for k, hd in enumerate(heads, 1):
        w(
            f'<li class="toclevel-1 tocsection-{k}"><a href="#{wiki_id(hd)}"><span class="tocnumber">{k}</span> '
            f'<span class="toctext">{esc(hd)}</span></a></li>'
        )
    w("</ul></div>")
    sec_no = 0
    for tag, rest in items:
        if tag == "H":
            sec_no += 1
            w(
                f'<h2><span class="mw-headline" id="{wiki_id(rest)}">{esc(rest)}</span><span class="mw-editsection">'
                '<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title='
                f'{page}&amp;action=edit&amp;section={sec_no}" title="Edit section: {esc(rest)}">edit</a>'
                '<span class="mw-editsection-bracket">]</span></span></h2>'
            )
        elif tag == "P":
            num, text = rest.split("|", 1)
            w(f"<p><b>{num}</b> {esc(text)}\n</p>")
    w("<!--")
    w("NewPP limit report")
    w("Parsed by ketternet-app01")
    w("Cached time: 20250902104612")
    w("CPU time usage: 0.041 seconds")
    w("-->")
    w("</div>")
    w(
        f'<div class="printfooter">Retrieved from "<a dir="ltr" href="{KN}/w/index.php?title={page}&amp;oldid=4187">'
        f'{KN}/w/index.php?title={page}&amp;oldid=4187</a>"</div></div>'
    )
    w(
        '<div id="catlinks" class="catlinks" data-mw="interface"><div '
        'id="mw-normal-catlinks" class="mw-normal-catlinks">'
    )
    w('<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>')
    for cat in all_of(items, "CAT"):
        w(f'<li><a href="/wiki/Category:{wiki_id(cat)}" title="Category:{esc(cat)}">{esc(cat)}</a></li>')
    w("</ul></div></div>")
    w("</div></div>")
    w('<div id="mw-navigation">')
    w("<h2>Navigation menu</h2>")
    w('<div id="mw-head">')
    w('<nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label" role="navigation">')
    w('<h3 id="p-personal-label" class="vector-menu-heading"><span>Personal tools</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list">')
    for lab in ("S.Hollis", "Talk", "Preferences", "Watchlist", "Contributions", "Log out"):
        w(f'<li><a href="/wiki/Special:{wiki_id(lab)}">{lab}</a></li>')
    w("</ul></div></nav>")
    w(
        '<div id="left-navigation"><nav id="p-namespaces" class="vector-menu '
        'vector-menu-tabs" aria-labelledby="p-namespaces-label">'
    )
    w('<h3 id="p-namespaces-label" class="vector-menu-heading"><span>Namespaces</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list">')
    w(
        f'<li id="ca-nstab-main" class="selected"><a href="/wiki/{page}" '
        'title="View the content page [c]" accesskey="c">Page</a></li>'
    )
    w(
        f'<li id="ca-talk" class="new"><a href="/w/index.php?title=Talk:{page}&amp;action=edit&amp;redlink=1" '
        'rel="discussion">Discussion</a></li>'
    )
    w("</ul></div></nav></div>")
    w(
        '<div id="right-navigation"><nav id="p-views" class="vector-menu '
        'vector-menu-tabs" aria-labelledby="p-views-label">'
    )
    w('<h3 id="p-views-label" class="vector-menu-heading"><span>Views</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list">')
    w(f'<li id="ca-view" class="selected"><a href="/wiki/{page}">Read</a></li>')
    w(f'<li id="ca-edit"><a href="/w/index.php?title={page}&amp;action=edit" accesskey="e">Edit</a></li>')
    w(f'<li id="ca-history"><a href="/w/index.php?title={page}&amp;action=history" accesskey="h">View history</a></li>')
    w("</ul></div></nav>")
    w('<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3>')
    w('<form action="/w/index.php" id="searchform"><div id="simpleSearch">')
    w('<input type="search" name="search" placeholder="Search KetterNet" id="searchInput" accesskey="f">')
    w(
        '<input type="submit" name="go" value="Go" title="Go to a '
        'page with this exact name if it exists" id="searchButton">'
    )
    w("</div></form></div></div>")
    w("</div>")
    w('<div id="mw-panel">')
    w(
        '<div id="p-logo" role="banner"><a class="mw-wiki-logo" '
        'href="/wiki/Main_Page" title="Visit the main page"></a></div>'
    )
    w('<nav id="p-navigation" class="vector-menu portal" aria-labelledby="p-navigation-label">')
    w('<h3 id="p-navigation-label" class="vector-menu-heading"><span>Navigation</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list">')
    for lab, href in (
        ("Main page", "Main_Page"),
        ("Policies A to Z", "Policies_A_to_Z"),
        ("Recent changes", "Special:RecentChanges"),
        ("Staff directory", "Staff_directory"),
        ("IT help", "IT_help"),
        ("Help", "Help:Contents"),
    ):
        w(f'<li><a href="/wiki/{href}">{lab}</a></li>')
    w("</ul></div></nav>")
    w('<nav id="p-history" class="vector-menu portal" aria-labelledby="p-history-label">')
    w('<h3 id="p-history-label" class="vector-menu-heading"><span>Page history</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list page-history">')
    for rev in all_of(items, "REV"):
        when, user, size, summary = rev.split("|", 3)
        w(
            f'<li><a href="/w/index.php?title={page}&amp;action=history">{esc(when)}</a> . . '
            f'<a href="/wiki/User:{esc(user)}">{esc(user)}</a> '
            f'<span class="mw-usertoollinks">(<a href="/wiki/User_talk:{esc(user)}">talk</a>)</span> . . '
            f'<span class="mw-plusminus">({esc(size)})</span> . . <span class="comment">({esc(summary)})</span></li>'
        )
    w(f'<li class="more"><a href="/w/index.php?title={page}&amp;action=history">View full history</a></li>')
    w("</ul></div></nav>")
    w('<nav id="p-tb" class="vector-menu portal" aria-labelledby="p-tb-label">')
    w('<h3 id="p-tb-label" class="vector-menu-heading"><span>Tools</span></h3>')
    w('<div class="vector-menu-content"><ul class="vector-menu-content-list">')
    for lab in (
        "What links here",
        "Related changes",
        "Special pages",
        "Printable version",
        "Permanent link",
        "Page information",
    ):
        w(f'<li><a href="/wiki/Special:{wiki_id(lab)}/{page}">{lab}</a></li>')
    w("</ul></div></nav>")
    w("</div></div>")
    w('<footer id="footer" class="mw-footer" role="contentinfo">')
    w('<ul id="footer-info">')
    w(f'<li id="footer-info-lastmod">{esc(first(items, "EDITED"))}</li>')
    w(f'<li id="footer-info-viewcount">{esc(first(items, "VIEWS"))}</li>')
    w("</ul>")
    w('<ul id="footer-places">')
    for lab in ("Privacy policy", "About KetterNet", "Disclaimers"):
        w(f'<li><a href="/wiki/KetterNet:{wiki_id(lab)}">{lab}</a></li>')
    w("</ul>")
    w('<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">')
    w(
        '<img src="/w/resources/assets/poweredby_mediawiki_88x31.png" '
        'alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>'
    )
    w("</footer>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 5. Grimsworth Metropolitan Borough Council (member induction slide deck exported to PDF)
SLIDE_W, SLIDE_H = 338.67, 190.5
NAVY = (27, 54, 93)
TEAL = (0, 128, 128)


def grimsworth():
    name = "grimsworth-metropolitan-borough-council"
    items = parse(name)
    slides = []
    for tag, rest in items:
        if tag == "SLIDE":
            slides.append({"title": rest, "kick": None, "subs": [], "bullets": []})
        elif tag == "KICK":
            slides[-1]["kick"] = rest
        elif tag == "SUB":
            slides[-1]["subs"].append(rest)
        elif tag == "B":
            slides[-1]["bullets"].append(rest)
    pdf = DVDoc(orientation="L", unit="mm", format=(SLIDE_H, SLIDE_W))
    pdf.setup(
        "Member Induction 2025 - Session 3 - Working with officers",
        "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365",
        "Democratic Services",
        dt.datetime(2025, 5, 16, 16, 22, 0, tzinfo=dt.UTC),
    )
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    total = len(slides)
    for n, s in enumerate(slides, 1):
        pdf.add_page()
        title_slide = not s["bullets"]
        if title_slide:
            pdf.set_fill_color(*NAVY)
            pdf.rect(0, 0, SLIDE_W, SLIDE_H, style="F")
            pdf.set_fill_color(*TEAL)
            pdf.rect(0, 128, SLIDE_W, 3, style="F")
            pdf.set_text_color(255, 255, 255)
            y = 46
            if s["kick"]:
                pdf.set_xy(24, y)
                pdf.set_font("Sans", "", 15)
                pdf.cell(0, 8, s["kick"])
                y += 14
            pdf.set_xy(24, y)
            pdf.set_font("Sans", "B", 36)
            pdf.cell(0, 16, s["title"])
            y += 24
            pdf.set_font("Sans", "", 15)
            for sub in s["subs"]:
                pdf.set_xy(24, y)
                pdf.cell(0, 8, sub)
                y += 9
            pdf.set_text_color(200, 210, 225)
            pdf.set_font("Sans", "", 9)
            pdf.set_xy(24, 176)
            pdf.cell(0, 5, "Grimsworth MBC | Member Induction 2025 | OFFICIAL")
            pdf.set_xy(SLIDE_W - 34, 176)
            pdf.cell(20, 5, str(n), align="R")
            pdf.set_text_color(0, 0, 0)
            continue
        # content slide: title band, bullets, footer
        pdf.set_fill_color(*NAVY)
        pdf.rect(0, 0, SLIDE_W, 30, style="F")
        pdf.set_fill_color(*TEAL)
        pdf.rect(0, 30, SLIDE_W, 1.6, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(20, 9)
        pdf.set_font("Sans", "B", 24)
        pdf.cell(0, 12, s["title"])
        pdf.set_text_color(0, 0, 0)
        y = 44
        size = 15 if len(s["bullets"]) <= 4 else 14
        lh = size * 0.48
        for b in s["bullets"]:
            pdf.set_font("Sans", "", size)
            pdf.set_text_color(*TEAL)
            pdf.set_xy(24, y)
            pdf.cell(8, lh, "\u2022")
            pdf.set_text_color(30, 30, 30)
            pdf.set_left_margin(33)
            pdf.set_right_margin(26)
            pdf.set_xy(33, y)
            pdf.multi_cell(0, lh, b, align="L", **NEXT)
            pdf.set_left_margin(0)
            pdf.set_right_margin(0)
            y = pdf.get_y() + 5.5
        assert y < 170, f"slide {n} overflows"
        pdf.set_draw_color(190, 190, 190)
        pdf.line(20, 174, SLIDE_W - 20, 174)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(110, 110, 110)
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(20, 177)
        pdf.cell(0, 5, "Grimsworth MBC | Member Induction 2025 | Session 3: Working with officers | OFFICIAL")
        pdf.set_xy(SLIDE_W - 60, 177)
        pdf.cell(40, 5, f"{n} / {total}", align="R")
        pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. Dorvenshire County Council (PDF with line numbers in the left margin)
class LinedPDF(DVDoc):
    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(30, 10)
        self.cell(self.w - 50, 4, "Dorvenshire County Council Constitution - Part 5")
        self.set_xy(30, 10)
        self.cell(self.w - 50, 4, "Issue 9 - May 2025", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(30, 15, self.w - 20, 15)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_x(30)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            self.w - 50,
            4,
            f"Part 5.3 - Protocol on Member and Officer Relations - Page {self.page_no()} of {{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)


def dorvenshire():
    name = "dorvenshire-county-council"
    items = parse(name)
    pdf = LinedPDF(format="A4")
    pdf.setup(
        "Constitution Part 5.3 - Protocol on Member and Officer Relations",
        "Clausewise Legal Drafting 4.1",
        "Legal and Democratic Services",
        dt.datetime(2025, 5, 19, 8, 45, 0, tzinfo=dt.UTC),
    )
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    left, right, top, bottom = 30.0, 20.0, 22.0, 272.0
    width = pdf.w - left - right
    state = {"line": 0, "y": top}
    pdf.add_page()

    def put(text, style="", size=10, lh=5.4, label="", indent=0.0, align="L"):
        pdf.set_font("Serif", style, size)
        lines = pdf.multi_cell(width - indent, lh, text, dry_run=True, output="LINES")
        for k, line in enumerate(lines):
            if state["y"] + lh > bottom:
                pdf.add_page()
                state["y"], state["line"] = top, 0
            state["line"] += 1
            pdf.set_font("Sans", "", 7)
            pdf.set_text_color(140, 140, 140)
            pdf.set_xy(left - 14, state["y"])
            pdf.cell(9, lh, str(state["line"]), align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", style, size)
            if k == 0 and label:
                pdf.set_xy(left, state["y"])
                pdf.set_font("Serif", "B", size)
                pdf.cell(indent, lh, label)
                pdf.set_font("Serif", style, size)
            x = left + indent
            if align == "C":
                pdf.set_xy(left, state["y"])
                pdf.cell(width, lh, line, align="C")
            else:
                pdf.set_xy(x, state["y"])
                pdf.cell(width - indent, lh, line)
            state["y"] += lh

    def gap(h):
        if state["y"] + h <= bottom:
            state["y"] += h

    for tag, rest in items:
        if tag == "TITLE":
            put(rest, "B", 14, 7, align="C")
        elif tag == "SUB":
            put(rest, "B", 11.5, 6, align="C")
        elif tag == "META":
            gap(1.5)
            put(rest, "I", 9.5, 5, align="C")
            gap(4)
        elif tag == "H":
            gap(2.5)
            if state["y"] + 6 + 3 * 5.4 > bottom:
                pdf.add_page()
                state["y"], state["line"] = top, 0
            put(rest, "B", 11, 6)
            gap(0.8)
        elif tag == "P":
            num, text = rest.split("|", 1)
            put(text, "", 10, 5.4, label=num, indent=12)
            gap(1.6)
        elif tag == "END":
            gap(5)
            put(rest, "I", 9.5, 5, align="C")
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Brackmere Council (every clause a collapsed <details> accordion item)
BK = "https://www.brackmere.gov.uk"


def brackmere():
    name = "brackmere-council"
    items = parse(name)
    title = first(items, "TITLE")
    parts = [r for t, r in items if t == "PART"]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" class="govuk-template">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)} | Brackmere Council</title>")
    w('<link rel="stylesheet" href="/static/css/brackmere.min.css?v=2025.9">')
    w('<script src="/static/js/accordion.js" defer></script>')
    w("</head>")
    w('<body class="js-enabled">')
    w('<div class="cookie-banner" role="region" aria-label="Cookies on the Brackmere Council website">')
    w("<h2>Cookies on the Brackmere Council website</h2>")
    w(
        "<p>We'd like to use analytics cookies to understand how you use our website so we can make it better. "
        "Essential cookies are always on.</p>"
    )
    w(
        '<button type="button" class="button">Accept analytics cookies</button> '
        '<button type="button" class="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>'
    )
    w("</div>")
    w('<a href="#main-content" class="skip-link">Skip to main content</a>')
    w('<header class="site-header"><div class="container">')
    w('<a href="/" class="site-logo"><img src="/static/img/brackmere-logo.svg" alt="Brackmere Council"></a>')
    w('<form class="site-search" action="/search"><label for="q">Search this website</label>')
    w('<input id="q" name="q" type="search"><button type="submit">Search</button></form>')
    w("</div></header>")
    w('<nav class="main-nav" aria-label="Menu"><ul>')
    for lab in (
        "Bins and recycling",
        "Council Tax",
        "Schools and learning",
        "Adult social care",
        "Roads and travel",
        "Planning",
        "Council and democracy",
    ):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul></nav>")
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>')
    for lab, href in (
        ("Home", "/"),
        ("Council and democracy", "/council-and-democracy"),
        ("Constitution", "/council-and-democracy/constitution"),
        ("Part 5 - Codes and protocols", "/council-and-democracy/constitution/part-5"),
    ):
        w(f'<li><a href="{href}">{esc(lab)}</a></li>')
    w("</ol></nav>")
    w('<main id="main-content" class="container">')
    w(f"<h1>{esc(title)}</h1>")
    w(f'<p class="lead">{esc(first(items, "LEAD"))}</p>')
    w('<nav class="contents-list" aria-label="Contents"><h2>Contents</h2><ol>')
    for p in parts:
        w(f'<li><a href="#{slug(p)}">{esc(p)}</a></li>')
    w("</ol></nav>")
    w('<div class="accordion" data-module="accordion" id="protocol-accordion">')
    w(
        '<div class="accordion-controls"><button type="button" class="accordion-show-all" aria-expanded="false">'
        '<span class="accordion-show-all-text">Show all sections</span></button></div>'
    )
    for tag, rest in items:
        if tag == "PART":
            w(f'<h2 class="accordion-part" id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "C":
            num, summary, text = rest.split("|", 2)
            w(f'<details class="accordion-section clause" id="clause-{num}">')
            w(
                f'<summary class="accordion-section-header"><span class="clause-number">{num}.</span> '
                f'<span class="clause-heading">{esc(summary)}</span></summary>'
            )
            w(f'<div class="accordion-section-content"><p>{esc(text)}</p></div>')
            w("</details>")
    w("</div>")
    w(
        '<p class="download"><a href="/downloads/constitution/part-5e-councillor-officer-protocol.pdf">'
        "Download Part 5E as a PDF (210KB)</a></p>"
    )
    w(f'<p class="last-reviewed">{esc(first(items, "REVIEWED"))}</p>')
    w('<div class="feedback" aria-label="Page feedback"><p>Was this page helpful?</p>')
    w('<button type="button">Yes</button> <button type="button">No</button>')
    w('<a href="/report-a-problem?page=part-5e">Report a problem with this page</a></div>')
    w("</main>")
    w('<footer class="site-footer"><div class="container"><ul>')
    for lab in ("Accessibility statement", "Contact us", "Cookies", "Privacy notice", "Jobs"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul><p>&copy; Brackmere Council, Civic Centre, Brackmere BK1 1CC</p></div></footer>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 8. Kilmarvie Council (typeset A5 PDF with ligatures and soft hyphens in the text layer)
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))
VOWELS = set("aeiouy")


def ligate(s):
    for a, b in LIGATURES:
        s = s.replace(a, b)
    return s


def split_points(word):
    """Crude syllable breaks for a word: between two consonants, or before a consonant that follows a vowel and
    precedes one (V-CV); at least three letters on each side, letters only."""
    m = re.match(r"^([A-Za-z]+)(.*)$", word)
    if not m:
        return []
    core = m.group(1)
    pts = []
    for i in range(3, len(core) - 2):
        a, b = core[i - 1].lower(), core[i].lower()
        c = core[i + 1].lower() if i + 1 < len(core) else ""
        if (
            a not in VOWELS
            and b not in VOWELS
            and not (a in "csptgw" and b == "h")
            and not (a in "bcdfgkpt" and b in "lr")
        ):
            pts.append(i)
        elif a in VOWELS and b not in VOWELS and c in VOWELS:
            pts.append(i)
    return pts


def set_lines(pdf, text, width):
    """Break `text` into lines no wider than `width`, hyphenating a word that does not fit (soft hyphen at the
    break), then apply the ligatures; returns the lines as they are to be drawn."""
    words = text.split()
    lines, cur = [], ""
    sp = pdf.get_string_width(" ")
    i = 0
    while i < len(words):
        wd = words[i]
        cand = (cur + " " + wd) if cur else wd
        if pdf.get_string_width(ligate(cand)) <= width:
            cur = cand
            i += 1
            continue
        room = width - (pdf.get_string_width(ligate(cur)) + sp if cur else 0)
        broke = False
        # hyphenate only where the line would otherwise be left noticeably short
        for p in reversed(split_points(wd) if room > 0.05 * width else []):
            head = wd[:p] + "\u00ad"
            if pdf.get_string_width(ligate(head)) <= room:
                cur = (cur + " " + head) if cur else head
                words[i] = wd[p:]
                broke = True
                break
        lines.append(cur)
        cur = ""
        if not broke and not lines[-1]:
            raise ValueError(f"word too long: {wd}")
    if cur:
        lines.append(cur)
    return [ligate(x) for x in lines]


class BookletPDF(DVDoc):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 7)
        self.set_text_color(100, 100, 100)
        self.set_xy(15, 8)
        self.cell(
            self.w - 30,
            4,
            ligate("Kilmarvie Council \u2013 Protocol for Relations between Councillors and Employees"),
            align="C",
        )
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-11)
        self.set_font("Serif", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_x(15)
        self.cell(self.w - 30, 4, f"Governance Series No. 4  \u00b7  {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def kilmarvie():
    name = "kilmarvie-council"
    items = parse(name)
    pdf = BookletPDF(format="A5")
    pdf.setup(
        ligate("Protocol for Relations between Councillors and Employees"),
        "Adobe InDesign 18.5 (Macintosh)",
        "Kilmarvie Council",
        dt.datetime(2025, 9, 2, 13, 10, 0, tzinfo=dt.UTC),
    )
    pdf.set_auto_page_break(False)
    left, right, top, bottom = 15.0, 15.0, 16.0, 194.0
    width = pdf.w - left - right
    indent = 7.0
    state = {"y": top}
    pdf.add_page()

    def newpage():
        pdf.add_page()
        state["y"] = top

    def draw(lines, size, style, lh, x, align="L", label=""):
        for k, line in enumerate(lines):
            if state["y"] + lh > bottom:
                newpage()
            pdf.set_font("Serif", style, size)
            if k == 0 and label:
                pdf.set_xy(left, state["y"])
                pdf.set_font("Serif", "B", size)
                pdf.cell(indent, lh, label)
                pdf.set_font("Serif", style, size)
            if align == "C":
                pdf.set_xy(left, state["y"])
                pdf.cell(width, lh, line, align="C")
            else:
                pdf.set_xy(x, state["y"])
                pdf.cell(width, lh, line)
            state["y"] += lh

    for tag, rest in items:
        if tag == "TITLE":
            pdf.set_font("Serif", "B", 15)
            draw([ligate(rest)], 15, "B", 8, left, "C")
            state["y"] += 1
        elif tag == "SUB":
            pdf.set_font("Serif", "I", 10.5)
            draw(set_lines(pdf, rest, width), 10.5, "I", 5.4, left, "C")
        elif tag == "META":
            state["y"] += 2
            pdf.set_font("Serif", "", 8.5)
            draw(set_lines(pdf, rest, width), 8.5, "", 4.5, left, "C")
            state["y"] += 2
            pdf.set_draw_color(120, 120, 120)
            pdf.line(left + 20, state["y"], pdf.w - right - 20, state["y"])
            pdf.set_draw_color(0, 0, 0)
            state["y"] += 4
        elif tag == "H":
            if state["y"] + 6 + 3 * 4.4 > bottom:
                newpage()
            state["y"] += 1.5
            draw([ligate(rest.upper())], 9, "B", 5.5, left)
            state["y"] += 0.5
        elif tag == "P":
            num, text = rest.split("|", 1)
            pdf.set_font("Serif", "", 9)
            draw(set_lines(pdf, text, width - indent), 9, "", 4.4, left + indent, label=num)
            state["y"] += 1.6
        elif tag == "END":
            state["y"] += 5
            pdf.set_font("Serif", "I", 8)
            draw(set_lines(pdf, rest, width), 8, "I", 4.2, left, "C")
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


def main():
    pindlebury()
    hartswold()
    bryngwenlli()
    ketterwold()
    grimsworth()
    dorvenshire()
    brackmere()
    kilmarvie()
    return 0


if __name__ == "__main__":
    sys.exit(main())
