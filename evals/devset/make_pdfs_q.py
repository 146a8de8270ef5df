"""Build the probe-q documents in docs-q/ from the sources in docs-q-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_q.py

Probe Q: eight ordinary member/officer protocols as most councils publish them,
each with ONE mild everyday imperfection: a parish PDF with a two-column cover
page and single-column text after it, a town CMS page with a "Print this page" /
"Share" toolbar and a related-documents list, a Welsh community council Word file
saved as plain text (CRLF, tab-indented sub-clauses), a Scottish council page whose
paragraphs are <li> items of nested <ol> lists (sub-items type="a"), a district
Word file with a table-of-contents field, a borough PDF whose clause numbers sit in
bold on their own line, a county Google Docs PDF export with page footers, and a
unitary page with an inline "Last reviewed" badge beside the adoption line.
Shared helpers come from gen_common.py.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, all_of, esc, keep_together, key_value_table, meta, numbered_clause, read_tagged  # noqa: E402

SRC = HERE / "docs-q-src"
OUT = HERE / "docs-q"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- 1. Fennick Abbas (parish, PDF, two-column cover)
def fennick_abbas():
    name = "fennick-abbas-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "Protocol for Councillors and Staff v2.0", "Microsoft\u00ae Word 2019")
    pdf.footer_text = "Fennick Abbas Parish Council  -  Protocol for Councillors and Staff  -  Page {n}"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_y(35)
    pdf.set_font(F, "B", 22)
    pdf.multi_cell(0, 11, t[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 16)
    pdf.multi_cell(0, 9, t[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(40, 90, 60)
    pdf.set_line_width(0.6)
    pdf.line(20, 65, 190, 65)
    pdf.set_line_width(0.2)
    top = 75
    # left column: about + sections list
    pdf.set_xy(20, top)
    pdf.set_font(F, "B", 11)
    pdf.cell(80, 6, "About this protocol", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font(F, "", 10)
    pdf.multi_cell(80, 5.2, all_of(items, "P")[0], new_x="LEFT", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(20)
    pdf.set_font(F, "B", 11)
    pdf.cell(80, 6, "Sections", new_x="LEFT", new_y="NEXT")
    pdf.set_font(F, "", 10)
    for r in all_of(items, "H"):
        num, text = r.split("|", 1)
        pdf.set_x(20)
        pdf.cell(80, 5.2, f"{num}   {text}", new_x="LEFT", new_y="NEXT")
    # right column: document control
    pdf.set_xy(110, top)
    pdf.set_font(F, "B", 11)
    pdf.cell(80, 6, "Document control", new_x="LEFT", new_y="NEXT")
    for r in all_of(items, "X"):
        k, v = r.split("|", 1)
        pdf.set_x(110)
        pdf.set_font(F, "B", 10)
        pdf.cell(80, 5.2, k, new_x="LEFT", new_y="NEXT")
        pdf.set_x(110)
        pdf.set_font(F, "", 10)
        pdf.multi_cell(80, 5.2, v, new_x="LEFT", new_y="NEXT")
        pdf.ln(1.5)
    pdf.line(105, top, 105, 160)
    # body, single column
    pdf.add_page()
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(40, 90, 60)
            pdf.cell(0, 7, f"{num}. {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 12, 5.3)
            numbered_clause(pdf, num, text)
            pdf.ln(1.5)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 2. Hazelmoor (town, HTML with print/share toolbar)
def hazelmoor():
    name = "hazelmoor-town-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    body = []
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            body.append(f"<h2>{num}. {esc(text)}</h2>")
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.append(f"<p><strong>{num}</strong> {esc(text)}</p>")
    related = "\n".join(
        f'<li><a href="/documents/policies/{i}">{esc(r)}</a></li>' for i, r in enumerate(all_of(items, "L"), 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Hazelmoor Town Council</title>
<link rel="stylesheet" href="/wp-content/themes/hazelmoor-tc/style.css?ver=2.1">
</head>
<body class="page-template-default page">
<a class="screen-reader-text" href="#content">Skip to content</a>
<header id="masthead">
<a href="/" class="site-title">Hazelmoor Town Council</a>
<nav id="site-navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/the-council/">The Council</a></li><li><a href="/meetings/">Meetings</a></li>
<li><a href="/parks-and-cemetery/">Parks and Cemetery</a></li><li><a href="/guildhall-hire/">Guildhall Hire</a></li><li><a href="/contact/">Contact</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main">
<article class="page">
<h1 class="entry-title">{esc(title)}</h1>
<div class="page-tools">
<a class="print-link" href="javascript:window.print()">Print this page</a>
<div class="share"><button class="share-toggle" aria-expanded="false">Share</button>
<ul class="share-menu"><li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhazelmoor-tc.gov.uk%2Fcouncillor-and-staff-protocol%2F">Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fhazelmoor-tc.gov.uk%2Fcouncillor-and-staff-protocol%2F">X</a></li>
<li><a href="mailto:?subject=Councillor%20and%20Staff%20Protocol">Email</a></li>
<li><a href="#" class="copy-link">Copy link</a></li></ul></div>
</div>
<div class="entry-content">
<p><em>{esc(all_of(items, "M")[0])}</em></p>
<p>{esc(all_of(items, "P")[0])}</p>
{chr(10).join(body)}
</div>
</article>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Related documents</h2>
<ul>
{related}
</ul></section>
<section class="widget"><h2 class="widget-title">Opening hours</h2>
<p>Town Council office, The Guildhall: Monday to Friday, 9am to 1pm.</p></section>
</aside>
</div>
<footer id="colophon"><p>&copy; 2024 Hazelmoor Town Council, The Guildhall, Market Street, Hazelmoor</p>
<p><a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a> | <a href="/transparency/">Transparency</a></p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 3. Cwmgwenith (Welsh community council, plain text, CRLF)
def cwmgwenith():
    name = "cwmgwenith-community-council"
    items = parse(name)
    lines = []
    for tag, rest in items:
        if tag == "T":
            lines.append(rest)
        elif tag == "M":
            lines.append(rest)
        elif tag == "H":
            num, text = rest.split("|", 1)
            lines.append("")
            lines.append(f"{num}.\t{text.upper()}")
        elif tag == "C":
            num, text = rest.split("|", 1)
            lines.append(f"{num}\t{text}")
        elif tag == "S":
            label, text = rest.split("|", 1)
            lines.append(f"\t{label}\t{text}")
    (OUT / f"{name}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- 4. Strathcarrow (Scottish, HTML nested <ol type="a">)
def strathcarrow():
    name = "strathcarrow-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    body, in_ol, in_sub = [], False, False

    def close_sub():
        nonlocal in_sub
        if in_sub:
            body.append("</ol></li>")
            in_sub = False

    for i, (tag, rest) in enumerate(items):
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        if tag == "H":
            close_sub()
            if in_ol:
                body.append("</ol>")
                in_ol = False
            num, text = rest.split("|", 1)
            body.append(f'<h2 id="s{num}">{num}. {esc(text)}</h2>')
        elif tag == "C":
            close_sub()
            if not in_ol:
                body.append('<ol class="protocol-list">')
                in_ol = True
            text = rest.split("|", 1)[1]
            if nxt == "S":
                body.append(f"<li>{esc(text)}")
                body.append('<ol type="a">')
                in_sub = True
            else:
                body.append(f"<li>{esc(text)}</li>")
        elif tag == "S":
            body.append(f"<li>{esc(rest.split('|', 1)[1])}</li>")
    close_sub()
    if in_ol:
        body.append("</ol>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Strathcarrow Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/css/strathcarrow.css">
</head>
<body>
<div class="cookie-bar"><p>This site uses cookies to remember your settings.</p><button>OK</button></div>
<header><a href="/"><img src="/site/img/strathcarrow-logo.png" alt="Strathcarrow Council"></a>
<nav><a href="/bins">Bins</a> <a href="/council-tax">Council tax</a> <a href="/schools">Schools</a> <a href="/council">Council and government</a></nav></header>
<p class="breadcrumb"><a href="/">Home</a> / <a href="/council">Council and government</a> / <a href="/council/standards">Standards and conduct</a></p>
<main>
<h1>{esc(title)}</h1>
<p class="summary">{esc(all_of(items, "M")[0])}</p>
<p>{esc(all_of(items, "P")[0])}</p>
{chr(10).join(body)}
</main>
<footer><p>Strathcarrow Council, Council Buildings, Bridge Street, Carrowmouth</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 5. Mossbury (district, DOCX with a TOC field)
def _fld(kind):
    return parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="{kind}"/></w:r>')


def mossbury():
    name = "mossbury-district-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 1"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x2E, 0x4A, 0x2E)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mossbury District Council Constitution - Part 5 Section 4").font.size = Pt(8)
    t = all_of(items, "T")
    p = doc.add_paragraph(t[0])
    p.runs[0].bold = True
    doc.add_paragraph(t[1])
    doc.add_paragraph(t[2], style="Title")
    key_value_table(doc, all_of(items, "X"))
    h = doc.add_paragraph("Contents")
    h.runs[0].bold = True
    h.runs[0].font.size = Pt(13)
    heads = [r.split("|", 1) for r in all_of(items, "H")]
    for i, (num, text) in enumerate(heads):
        tp = doc.add_paragraph()
        tp.paragraph_format.tab_stops.add_tab_stop(Cm(16))
        if i == 0:
            tp._p.append(_fld("begin"))
            tp._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                )
            )
            tp._p.append(_fld("separate"))
        tp.add_run(f"{num}. {text}\t{2 + i // 5}")
        if i == len(heads) - 1:
            tp._p.append(_fld("end"))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            doc.add_paragraph(f"{num}. {text}", style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
            p.paragraph_format.space_after = Pt(6)
    cp = doc.core_properties
    cp.title = "Protocol on Member and Officer Relations"
    cp.author = "Democratic Services"
    doc.save(str(OUT / f"{name}.docx"))


# ---------------------------------------------------------------- 6. Wainsford (borough, PDF, bold numbers on own line)
def wainsford():
    name = "wainsford-borough-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "Part 5C Member and Officer Protocol", "Microsoft\u00ae Word for Microsoft 365")
    pdf.header_text = "Wainsford Borough Council Constitution"
    pdf.header_right = "Part 5C"
    pdf.footer_text = "Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, t[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, t[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 11)
    pdf.cell(0, 7, all_of(items, "M")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.cell(0, 7, f"{num}. {text.upper()}", new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw, 5.3, 6)
            pdf.set_font(F, "B", 10.5)
            pdf.cell(0, 5.5, num, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 7. Oakenshire (county, Google Docs PDF export with footers)
class DocsPdf(Doc):
    def footer(self):
        self.set_y(-14)
        self.set_font(self.font_name, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Oakenshire County Council | Member/Officer Protocol v4", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"{self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def oakenshire():
    name = "oakenshire-county-council"
    items = parse(name)
    pdf = DocsPdf(format="Letter")
    pdf.setup_fonts()
    pdf.set_title("Member/Officer Protocol v4")
    pdf.set_producer("Skia/PDF m131 Google Docs Renderer")
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.set_auto_page_break(True, 25.4)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, t[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 26)
    pdf.cell(0, 14, t[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 13)
    pdf.set_text_color(102, 102, 102)
    pdf.cell(0, 8, all_of(items, "M")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 225:
                pdf.add_page()
            pdf.ln(5)
            pdf.set_font(F, "", 15)
            pdf.cell(0, 8, f"{num}. {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 11)
            numbered_clause(pdf, num, text, size=11, lh=5.8, indent=11)
            pdf.ln(2.2)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 8. Dunnockshire (unitary, HTML with "Last reviewed" badge)
def dunnockshire():
    name = "dunnockshire-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    body = []
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            body.append(f'<h2 class="govuk-heading-m">{num}. {esc(text)}</h2>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.append(f'<p class="govuk-body"><span class="para-no">{num}</span> {esc(text)}</p>')
    page = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Dunnockshire Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/dunnockshire.min.css">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><a href="/" class="govuk-header__link">Dunnockshire Council</a>
<nav><a href="/waste">Waste and recycling</a> <a href="/council-tax">Council tax</a> <a href="/roads">Roads and transport</a> <a href="/your-council">Your council</a></nav></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/your-council/constitution">Constitution</a></li></ol></nav>
<main id="main-content">
<h1 class="govuk-heading-l">{esc(title)}</h1>
<p class="doc-status">{esc(all_of(items, "M")[0])} <span class="badge badge--reviewed">{esc(all_of(items, "B")[0])}</span></p>
<p class="govuk-body-l">{esc(all_of(items, "P")[0])}</p>
{chr(10).join(body)}
</main>
</div>
<footer class="govuk-footer"><p>Dunnockshire Council, Shire Hall, Dunnock</p><p><a href="/accessibility">Accessibility statement</a> | <a href="/cookies">Cookies</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    fennick_abbas()
    hazelmoor()
    cwmgwenith()
    strathcarrow()
    mossbury()
    wainsford()
    oakenshire()
    dunnockshire()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
