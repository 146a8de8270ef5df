"""Build the probe-ab documents in docs-ab/ from the sources in docs-ab-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_ab.py

Probe AB: eight ORDINARY, current member/officer protocols of invented councils, each in a published form the
earlier probes did not use in this combination, with that form's everyday noise:
- a parish council's Word file whose paragraph numbers come ONLY from Word's automatic list numbering
  (numbering.xml, decimal level 0 and lettered level 1; the numbers are not typed in the text) (Brantingley);
- a town council's PDF of "Rules of Working" numbered in a two-level Part A / Rule A3 scheme, rule labels in a
  left column, a contents list, running header and footer (Kessingford);
- a Welsh community council's signed paper copy, scanned and OCRed to a searchable PDF: monospaced lines,
  fi/fl ligature characters, end-of-line hyphenation, a scanner stamp, stray marks, bilingual page stamps
  (Pentregwynfa);
- a district council's constitution page saved as HTML whose paragraph numbers come only from <ol start="n">
  list numbering continuing across sections, with cross-references to those rendered numbers (Harlowby);
- a London borough's constitution section as a Word file whose clauses sit in two-column tables
  ('Para' | 'Provision'), with an OFFICIAL header and a document-control table (Ferrisham);
- a unitary council's constitution PDF, Section 4E, paragraphs 4E.1-4E.34 with cross-references and a status
  box (Carnbrook);
- a Scottish council's questions-and-answers web page saved as HTML (Strathkinnell);
- a county council's web page converted to Markdown with paragraphs numbered '§1'-'§32' and cross-references
  (Aldershire).
Shared helpers come from gen_common.py. Deterministic: fixed creation dates and zip timestamps, no randomness.
"""

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    FONTS,
    Doc,
    add_abstract_numbering,
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

SRC = HERE / "docs-ab-src"
OUT = HERE / "docs-ab"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 6, 30, 9, 0, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def hang(pdf, left, indent, label, text, size, lh, align="J", style_label="", keep=True):
    """A paragraph whose label sits at `left` (mm from the margin) and whose text hangs at left+indent."""
    F = pdf.font_name
    L = pdf.l_margin
    pdf.set_font(F, "", size)
    if keep:
        keep_together(pdf, text, pdf.epw - left - indent, lh)
    if label:
        pdf.set_font(F, style_label, size)
        pdf.set_x(L + left)
        pdf.cell(indent, lh, label)
        pdf.set_font(F, "", size)
    pdf.set_left_margin(L + left + indent)
    pdf.set_x(L + left + indent)
    pdf.multi_cell(0, lh, text, align=align, **NEXT)
    pdf.set_left_margin(L)
    pdf.set_x(L)


def footer_page_field(paragraph, prefix, size=8):
    run = paragraph.add_run(prefix)
    run.font.size = Pt(size)
    r2 = paragraph.add_run()
    r2.font.size = Pt(size)
    add_field(r2, "PAGE")
    r3 = paragraph.add_run(" of ")
    r3.font.size = Pt(size)
    r4 = paragraph.add_run()
    r4.font.size = Pt(size)
    add_field(r4, "NUMPAGES")


# ======== 1. Brantingley Parish Council (Word, automatic list numbering)
BR_ABSTRACT = (
    '<w:abstractNum {ns} w:abstractNumId="41">'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)


def set_num(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def brantingley():
    name = "brantingley-parish-council"
    items = parse(name)
    doc = Document()
    doc.core_properties.author = "Parish Clerk"
    doc.core_properties.title = "Member and Clerk Protocol"
    doc.core_properties.created = dt.datetime(2025, 1, 10, 9, 30, 0)
    doc.core_properties.modified = dt.datetime(2025, 1, 10, 9, 30, 0)
    doc.core_properties.last_modified_by = "Parish Clerk"
    doc.core_properties.revision = 4
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    # a list-numbering definition; numbers come from Word, not from the text
    doc.add_paragraph("", style="List Number")  # makes python-docx create the numbering part
    doc.element.body.remove(doc.paragraphs[-1]._p)
    add_abstract_numbering(doc, BR_ABSTRACT, 41)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_page_field(fp, first(items, "FTR"))
    for tag, rest in items:
        if tag == "TITLE":
            p = doc.add_paragraph(style="Title")
            p.add_run(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph(style="Subtitle")
            p.add_run(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "META":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag in ("L", "S"):
            p = doc.add_paragraph(rest)
            set_num(p, 41, 0 if tag == "L" else 1)
            p.paragraph_format.space_after = Pt(6)
        elif tag == "END":
            doc.add_paragraph()
            doc.add_paragraph(rest)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 2. Kessingford Town Council (PDF, Part / Rule scheme)
def kessingford():
    name = "kessingford-town-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "KTC-GOV-04 Councillor and Staff Protocol",
        "Microsoft\u00ae Word for Microsoft 365",
        "Kessingford Town Council",
        dt.datetime(2025, 3, 24, 14, 2, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Kessingford Town Council"
    pdf.header_right = "Councillor and Staff Protocol - Rules of Working"
    pdf.skip_header_first = True
    pdf.footer_text = "Ref KTC/GOV/04 | Issue 3 | Approved 17 March 2025 | Page {n}"
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    for tag, rest in items:
        if tag == "TITLE":
            pdf.set_font(F, "B", 18)
            pdf.set_text_color(110, 20, 40)
            pdf.multi_cell(0, 9, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
        elif tag == "SUB":
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
            pdf.ln(4)
        elif tag == "INTRO":
            pdf.set_font(F, "I", 10.5)
            pdf.multi_cell(0, 5.4, rest, **NEXT)
            pdf.ln(3)
            pdf.set_font(F, "B", 11)
            pdf.multi_cell(0, 6, "Contents", **NEXT)
        elif tag == "CONT":
            pdf.set_font(F, "", 10.5)
            pdf.cell(0, 5.4, rest, **NEXT)
        elif tag == "PART":
            if rest.endswith("ROLES"):
                pdf.ln(4)
            keep_together(pdf, "x", pdf.epw, 5.4, extra=20)
            pdf.ln(3)
            pdf.set_fill_color(235, 225, 228)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 7.5, rest, fill=True, **NEXT)
            pdf.ln(2)
        elif tag == "R":
            label, text = rest.split("|", 1)
            hang(pdf, 0, 21, label, text, 10.5, 5.4, style_label="B")
            pdf.ln(1.8)
        elif tag == "ADOPT":
            pdf.ln(10)
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 3. Pentregwynfa Community Council (scanned + OCR searchable PDF)
def pentregwynfa():
    name = "pentregwynfa-community-council"
    lines = [ln for ln in (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines() if not ln.startswith("# ")]
    pages = [[]]
    for ln in lines:
        if ln == "<<PAGE>>":
            pages.append([])
        else:
            pages[-1].append(ln)
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    pdf.add_font("DejaVuMono", "", str(FONTS / "dejavu/DejaVuSansMono.ttf"))
    pdf.set_creator("Canon iR-ADV C3530 / OCR")
    pdf.set_producer("ABBYY FineReader Server 14")
    pdf.set_title("0041")
    pdf.set_creation_date(dt.datetime(2025, 4, 14, 10, 27, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 16, 18)
    for page in pages:
        pdf.add_page()
        # a faint grey scan background and a skewed-edge shadow, as a scanned sheet shows
        pdf.set_fill_color(246, 245, 241)
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_fill_color(215, 213, 208)
        pdf.rect(0, 0, 3.2, pdf.h, style="F")
        pdf.set_font("DejaVuMono", "", 9.6)
        pdf.set_text_color(35, 35, 38)
        y = 18
        for ln in page:
            pdf.set_xy(18, y)
            if ln:
                pdf.cell(0, 4.6, ln)
            y += 4.9
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Harlowby District Council (saved HTML, <ol start> numbering)
HD_URL = "https://www.harlowby.gov.uk"


def harlowby():
    name = "harlowby-district-council"
    items = parse(name)
    title = first(items, "TITLE")
    lead = first(items, "LEAD")
    files = "./" + slug(title) + "_files"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(f"<!-- saved from url=(0091){HD_URL}/council-and-democracy/constitution/part-5-2-member-officer-protocol -->")
    w('<html lang="en"><head><meta charset="utf-8">')
    w(f"<title>{esc(title)} | Harlowby District Council</title>")
    w(f'<link rel="stylesheet" href="{files}/main.css">')
    w(f'<script src="{files}/gtm.js.download" async=""></script>')
    w("</head><body>")
    w('<div class="cookie-banner" role="region" aria-label="Cookies on harlowby.gov.uk">')
    w(
        "<p>We use some essential cookies to make this website work. We would also like to set analytics cookies "
        "to understand how you use the site.</p>"
    )
    w(
        '<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> '
        f'<a href="{HD_URL}/cookies">View cookies</a></div>'
    )
    w('<a class="skip" href="#main-content">Skip to main content</a>')
    w(
        '<header><a href="/" class="logo"><img src="'
        + files
        + '/hdc-logo.svg" alt="Harlowby District Council homepage"></a>'
    )
    w(
        '<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>'
    )
    w('<nav aria-label="Main"><ul>')
    for lab in (
        "Bins and recycling",
        "Council tax",
        "Planning",
        "Housing",
        "Benefits",
        "Leisure and parks",
        "Council and democracy",
        "Contact us",
    ):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul></nav></header>")
    w(
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>'
        '<li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>'
        '<li><a href="/council-and-democracy/constitution">Constitution</a></li>'
        '<li><a href="/council-and-democracy/constitution/part-5">Part 5: Codes and protocols</a></li></ol></nav>'
    )
    w('<main id="main-content">')
    w(f"<h1>{esc(title)}</h1>")
    w(f'<p class="lead">{esc(lead)}</p>')
    w(
        '<p class="tools"><a href="javascript:window.print()">Print this page</a> | '
        '<a href="/downloads/constitution-part-5-2.pdf">Download Part 5.2 (PDF, 212KB)</a></p>'
    )
    expected = 1
    open_list = False
    for tag, rest in items:
        if tag == "H":
            if open_list:
                w("</ol>")
                open_list = False
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "N":
            num, text = rest.split("|", 1)
            assert int(num) == expected, (num, expected)
            if not open_list:
                w(f'<ol start="{num}" class="numbered-paras">')
                open_list = True
            w(f'  <li id="para-{num}"><p>{esc(text)}</p></li>')
            expected += 1
    if open_list:
        w("</ol>")
    w('<p class="updated">Last updated: 3 June 2025</p>')
    w("</main>")
    w(
        '<aside class="related"><h2>Related pages</h2><ul>'
        '<li><a href="/council-and-democracy/constitution/part-5-1">Part 5.1 Members\' Code of Conduct</a></li>'
        '<li><a href="/council-and-democracy/constitution/part-5-3">Part 5.3 Employees\' Code of Conduct</a></li>'
        '<li><a href="/council-and-democracy/standards-complaints">Make a complaint about a councillor</a></li></ul></aside>'
    )
    w('<div class="feedback"><p>Was this page useful?</p><button>Yes</button> <button>No</button></div>')
    w(
        '<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/cookies">Cookies</a></li></ul><p>&copy; Harlowby District Council, Council Offices, Mill Lane</p></footer>'
    )
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 5. London Borough of Ferrisham (Word, clauses in tables)
def ferrisham():
    name = "london-borough-of-ferrisham"
    items = parse(name)
    doc = Document()
    doc.core_properties.author = "Governance Services"
    doc.core_properties.title = "Constitution Part 5.3 Member/Officer Protocol"
    doc.core_properties.created = dt.datetime(2025, 5, 22, 11, 0, 0)
    doc.core_properties.modified = dt.datetime(2025, 5, 22, 11, 0, 0)
    doc.core_properties.revision = 12
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].bold = True
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    footer_page_field(fp, first(items, "FTR"))
    table = None
    dc_rows = []
    for tag, rest in items:
        if tag == "TITLE":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = RGBColor(0x00, 0x4B, 0x6B)
        elif tag == "PART":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.font.size = Pt(13)
        elif tag == "SUB":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 2")
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            hdr = table.rows[0].cells
            for c, t in zip(hdr, ("Para", "Provision"), strict=True):
                c.text = t
                c.paragraphs[0].runs[0].bold = True
                shade_cell(c, "D9E2F3")
        elif tag == "ROW":
            num, text = rest.split("|", 1)
            cells = table.add_row().cells
            cells[0].text = num
            cells[1].text = text
            cells[0].width = Cm(1.6)
            cells[1].width = Cm(14.4)
        elif tag == "DC":
            dc_rows.append(rest)
    doc.add_paragraph()
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for row in dc_rows:
        k, v = row.split("|", 1)
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "F2F2F2")
        cells[1].text = v
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 6. Carnbrook Council (unitary constitution PDF, 4E.n with cross-references)
def carnbrook():
    name = "carnbrook-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Constitution Part 4E Member and Officer Relations",
        "Microsoft\u00ae Word 2019",
        "Democratic Services",
        dt.datetime(2025, 3, 3, 8, 45, 0, tzinfo=dt.UTC),
    )
    pdf.font_name = "LiberationSerif"
    pdf.header_text = "Carnbrook Council Constitution"
    pdf.header_right = "Part 4 - Codes and Protocols"
    pdf.footer_text = "Section 4E - Member and Officer Relations - Version 5 - Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    box = []
    for tag, rest in items:
        if tag == "TITLE":
            pdf.set_font(F, "B", 16)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
        elif tag == "SUB":
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 7, rest, align="C", **NEXT)
            pdf.ln(3)
        elif tag == "BOX":
            box.append(rest)
        elif tag == "H":
            if box:
                y0 = pdf.get_y()
                pdf.set_font(F, "", 10)
                pdf.set_x(pdf.l_margin + 3)
                pdf.ln(2)
                for b in box:
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.multi_cell(pdf.epw - 6, 5, b, **NEXT)
                pdf.ln(2)
                pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0)
                pdf.ln(4)
                box = []
            keep_together(pdf, "x", pdf.epw, 5.4, extra=18)
            pdf.ln(2)
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 6.5, rest, **NEXT)
            pdf.ln(1)
        elif tag == "N":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 15, num, text, 11, 5.5)
            pdf.ln(2)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5, rest, align="C", **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Strathkinnell Council (Scottish Q&A page, HTML)
SK_URL = "https://www.strathkinnell.gov.uk"


def strathkinnell():
    name = "strathkinnell-council"
    items = parse(name)
    title = first(items, "TITLE")
    intro = first(items, "INTRO")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB"><head><meta charset="utf-8">')
    w(f"<title>{esc(title)} - Strathkinnell Council</title>")
    w('<meta name="description" content="How councillors and Council employees work together.">')
    w('<link rel="stylesheet" href="/site/css/sk-2024.css">')
    w("</head><body>")
    w(
        '<div id="ccc" class="cookie-control"><p>This site uses cookies to store information on your computer. '
        "Some are essential; others help us improve your experience.</p>"
        "<button>I\u2019m fine with this</button> <button>Cookie settings</button></div>"
    )
    w('<a href="#content" class="skip-link">Skip to content</a>')
    w(
        '<header class="masthead"><a href="/"><img src="/site/images/sk-logo.png" alt="Strathkinnell Council"></a>'
        '<p class="strapline" lang="gd">Comhairle Shrath Chinneil</p>'
        '<ul class="utility"><li><a href="/a-z">A to Z</a></li><li><a href="/my-account">My account</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul></header>'
    )
    w(
        '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council-and-government">Council and government</a> '
        '&gt; <a href="/councillors">Councillors</a> &gt; <span>Working with council employees</span></nav>'
    )
    w('<main id="content">')
    w(f"<h1>{esc(title)}</h1>")
    w(f"<p>{esc(intro)}</p>")
    groups = [rest for tag, rest in items if tag == "G"]
    w('<nav class="on-this-page"><h2>On this page</h2><ul>')
    for g in groups:
        w(f'<li><a href="#{slug(g)}">{esc(g)}</a></li>')
    w("</ul></nav>")
    for tag, rest in items:
        if tag == "G":
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "Q":
            w(f"<h3>{esc(rest)}</h3>")
        elif tag == "A":
            w(f"<p>{esc(rest)}</p>")
    w('<p class="back"><a href="#content">Back to top</a></p>')
    w(
        '<div class="related"><h2>Related information</h2><ul>'
        '<li><a href="/councillors/code-of-conduct">Councillors\u2019 Code of Conduct</a></li>'
        '<li><a href="/councillors/register-of-interests">Councillors\u2019 register of interests</a></li>'
        '<li><a href="/councillors/find-your-councillor">Find your councillor</a></li></ul></div>'
    )
    w('<p class="last-updated">Last updated: 12 August 2025</p>')
    w(
        '<form class="rate"><fieldset><legend>How useful was this page?</legend>'
        '<label><input type="radio" name="r" value="1"> Not useful</label> '
        '<label><input type="radio" name="r" value="2"> Quite useful</label> '
        '<label><input type="radio" name="r" value="3"> Very useful</label></fieldset>'
        "<button>Send</button></form>"
    )
    w("</main>")
    w(
        "<footer><p>Strathkinnell Council, Council Headquarters, Kinnellbridge</p><ul>"
        '<li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li>'
        '<li><a href="/gaelic">G\u00e0idhlig</a></li></ul></footer>'
    )
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 8. Aldershire County Council (Markdown converted from a web page, § numbering)
AC_URL = "https://www.aldershire.gov.uk"


def aldershire():
    name = "aldershire-county-council"
    items = parse(name)
    title = first(items, "TITLE")
    intro = first(items, "INTRO")
    heads = [rest for tag, rest in items if tag == "H"]
    o = []
    w = o.append
    w("[Skip to main content](#main-content)")
    w("")
    w("Cookies on aldershire.gov.uk")
    w(
        "We use essential cookies to make our site work, and optional cookies to help us improve it. [Accept all] [Reject optional] [Cookie settings](/cookies)"
    )
    w("")
    w(f"[![Aldershire County Council logo](/assets/images/acc-logo.svg)]({AC_URL}/)")
    w("")
    w("Search [Search]")
    w("")
    for lab in (
        "Roads and travel",
        "Schools and learning",
        "Social care and health",
        "Libraries",
        "Waste and recycling centres",
        "Council and democracy",
        "Jobs",
    ):
        w(f"- [{lab}]({AC_URL}/{slug(lab)})")
    w("")
    w(f"1. [Home]({AC_URL}/)")
    w(f"2. [Council and democracy]({AC_URL}/council-and-democracy)")
    w(f"3. [Constitution]({AC_URL}/council-and-democracy/constitution)")
    w("")
    w(f"# {title}")
    w("")
    w(intro)
    w("")
    w("## On this page")
    w("")
    for h in heads:
        w(f"- [{h}](#{slug(h)})")
    w("")
    expected = 1
    for tag, rest in items:
        if tag == "H":
            w(f"## {rest}")
            w("")
        elif tag == "N":
            num, text = rest.split("|", 1)
            assert int(num) == expected
            expected += 1
            w(f"**\u00a7{num}** {text}")
            w("")
    w("[Back to top](#main-content)")
    w("")
    w("Page last reviewed: 30 April 2025 | Next review due: March 2027")
    w("")
    w("### Was this page helpful?")
    w("")
    w("[Yes] [No]")
    w("")
    w("* * *")
    w("")
    w(
        f"[Accessibility]({AC_URL}/accessibility) | [Privacy]({AC_URL}/privacy) | [Contact us]({AC_URL}/contact) | "
        "© Aldershire County Council"
    )
    path = OUT / f"{name}.md"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


if __name__ == "__main__":
    brantingley()
    kessingford()
    pentregwynfa()
    harlowby()
    ferrisham()
    carnbrook()
    strathkinnell()
    aldershire()
