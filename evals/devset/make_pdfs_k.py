"""Build the probe-k documents in docs-k/ from the sources in docs-k-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_k.py

Probe K is "ordinary documents, hard questions": the kinds of file councils
usually publish, each with one realistic twist.
Uses fpdf2 (PDF) and python-docx plus raw WordprocessingML (DOCX).
"""

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from gen_common import SansDoc, add_abstract_numbering, add_field, esc, key_value_table, read_tagged

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-k-src"
OUT = HERE / "docs-k"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / name)


# ---------------------------------------------------------------- 1. Fallowby (parish, PDF)
def fallowby():
    """Word document exported to PDF: cover block with a document-control table and a
    version history table, then paragraphs numbered '1.' / '(i)' / '(a)' (so a rule is
    'paragraph 4(ii)(b)'), sub-paragraph numbers in a hanging-indent column, and long
    paragraphs left to flow across page breaks (header/footer between the halves)."""
    items = parse("fallowby-parish-council.txt")
    pdf = SansDoc(format="A4")
    pdf.setup_fonts()
    pdf.header_right = "Fallowby Parish Council \u2013 Councillor and Employee Protocol (v3)"
    pdf.footer_text = "FPC/P/04 v3   |   Adopted 8 May 2024   |   Review May 2026   |   Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("FPC-P-04 Councillor and Employee Protocol v3")
    pdf.set_author("Clerk")
    pdf.alias_nb_pages()
    pdf.set_margins(25.4, 22, 25.4)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    xrows = [r for t, r in items if t == "X"]
    vrows = [r for t, r in items if t == "V"]
    titles = [r for t, r in items if t == "T"]
    pdf.set_font(F, "B", 18)
    pdf.multi_cell(0, 9, titles[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 14)
    pdf.multi_cell(0, 8, titles[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 6, "Document control", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    with pdf.table(col_widths=(45, 115), text_align="LEFT", line_height=5.5, first_row_as_headings=False) as t:
        for row in xrows:
            k, v = row.split("|", 1)
            r = t.row()
            r.cell(k)
            r.cell(v)
    pdf.ln(5)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 6, "Version history", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    with pdf.table(col_widths=(20, 35, 105), text_align="LEFT", line_height=5.5) as t:
        r = t.row()
        for c in ("Version", "Date", "Changes"):
            r.cell(c)
        for row in vrows:
            r = t.row()
            for c in row.split("|"):
                r.cell(c)
    pdf.ln(6)
    L = pdf.l_margin
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, f"{num}.  {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag in ("C", "S"):
            num, text = rest.split("|", 1)
            ind_num, ind_text = (L + 2, L + 12) if tag == "C" else (L + 12, L + 21)
            pdf.set_font(F, "", 10.5)
            pdf.set_x(ind_num)
            pdf.cell(ind_text - ind_num, 5.4, num)
            pdf.set_left_margin(ind_text)
            pdf.set_x(ind_text)
            pdf.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1.6)
    pdf.output(str(OUT / "fallowby-parish-council.pdf"))


# ---------------------------------------------------------------- 2. Brackwater (town, HTML)
def brackwater():
    """CMS page: question headings with '#' permalink anchors, every paragraph ending in a
    pilcrow permalink, 'Back to top' links, reading-time line, market/allotment chrome."""
    items = parse("brackwater-town-council.txt")
    body = []
    toc = []
    intro = ""
    open_sec = False
    for tag, rest in items:
        if tag == "P":
            intro = rest
        elif tag == "H":
            num, text = rest.split("|", 1)
            if open_sec:
                body.append('<p class="back-to-top"><a href="#top">Back to top &uarr;</a></p>\n</section>')
            toc.append(f'<li><a href="#q{num}">{esc(text)}</a></li>')
            body.append(
                f'<section class="protocol-section" id="q{num}">\n'
                f'<h2>{num}. {esc(text)} <a class="heading-anchor" href="#q{num}" aria-hidden="true">#</a></h2>'
            )
            open_sec = True
        elif tag == "C":
            num, text = rest.split("|", 1)
            pid = "p" + num.replace(".", "-")
            body.append(
                f'<p class="para" id="{pid}"><span class="para-num">{num}</span> {esc(text)} '
                f'<a class="para-link" href="#{pid}" title="Copy link to paragraph {num}">&para;</a></p>'
            )
    body.append('<p class="back-to-top"><a href="#top">Back to top &uarr;</a></p>\n</section>')
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Member and Staff Protocol | Brackwater Town Council</title>
<meta name="description" content="How Brackwater town councillors and Town Council staff work together.">
<link rel="stylesheet" href="/themes/brackwater/css/main.min.css?v=3.4.1">
</head>
<body class="page-template-policy" id="top">
<div id="cookie-notice" role="dialog" aria-label="Cookies on this site">
<p>We use essential cookies to make this site work, and optional analytics cookies to understand how it is used.</p>
<button class="btn">Accept all cookies</button> <button class="btn btn-secondary">Essential cookies only</button> <a href="/cookie-policy">Cookie policy</a>
</div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="logo" href="/"><img src="/themes/brackwater/img/btc-crest.svg" alt="Brackwater Town Council crest"> Brackwater Town Council</a>
<form class="search" action="/search"><label for="s">Search</label><input id="s" name="q" type="search"><button>Go</button></form>
<nav class="main-nav" aria-label="Main"><ul>
<li><a href="/">Home</a></li><li><a href="/your-council">Your Council</a></li><li><a href="/market">Brackwater Market</a></li>
<li><a href="/cemetery">Cemetery</a></li><li><a href="/allotments">Allotments</a></li><li><a href="/hire">Hire the Corn Exchange</a></li>
<li><a href="/news">News</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your Council</a></li><li><a href="/your-council/policies">Policies and procedures</a></li><li aria-current="page">Member and Staff Protocol</li></ol></nav>
<div class="layout">
<main id="main">
<h1>Member and Staff Protocol</h1>
<p class="meta">Policies and procedures &middot; 6 minute read &middot; <a href="/print/member-staff-protocol">Print</a> &middot; <a href="/documents/policies/BTC-member-staff-protocol-2024.pdf">Download PDF (214KB)</a></p>
<p class="lead">{esc(intro)}</p>
<nav class="jump-links" aria-label="On this page"><h2 class="visually-hidden">Jump to a question</h2><ul>
{chr(10).join(toc)}
</ul></nav>
{chr(10).join(body)}
<div class="feedback"><p>Did you find what you were looking for?</p><button>Yes</button> <button>No</button></div>
<p class="updated">Page last reviewed: 29 July 2024</p>
</main>
<aside class="sidebar">
<h2>Related policies</h2>
<ul><li><a href="/documents/policies/code-of-conduct.pdf">Members' Code of Conduct (PDF, 301KB)</a></li>
<li><a href="/documents/policies/dignity-at-work.pdf">Dignity at Work Policy (PDF, 156KB)</a></li>
<li><a href="/documents/policies/complaints.pdf">Complaints Procedure (PDF, 188KB)</a></li>
<li><a href="/documents/policies/standing-orders.pdf">Standing Orders (PDF, 412KB)</a></li></ul>
<h2>Market day</h2>
<p>Brackwater Market runs every Thursday, 8am to 2pm, in the Market Place. Stall enquiries: market@brackwater-tc.gov.uk</p>
<h2>Allotments</h2>
<p>There is a waiting list for plots at Mill Lane. Rent for 2024/25 is &pound;38 for a full plot.</p>
</aside>
</div>
<footer class="site-footer">
<p>Brackwater Town Council, The Corn Exchange, Market Place, Brackwater. Telephone 01632 960 418.</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/foi">Freedom of information</a> | <a href="/sitemap">Site map</a></p>
<p>&copy; 2024 Brackwater Town Council</p>
</footer>
</body>
</html>
"""
    (OUT / "brackwater-town-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 3. Glanrhydwen (Welsh community, TXT)
def glanrhydwen():
    """A Word file saved as 'Plain Text' with Windows (Default) encoding: cp1252 bytes,
    CRLF, one paragraph per line, list numbers turned into 'N.N<TAB>', Symbol bullets
    into '\u00b7<TAB>', Wingdings tick/cross check-list symbols into '\u00fc'/'\u00fb', the
    cover table into tab-separated lines; header/footer text lost."""
    items = parse("glanrhydwen-community-council.txt")
    lines = []
    prev = None
    for tag, rest in items:
        if tag == "T":
            lines.append(rest)
        elif tag == "X":
            if prev != "X":
                lines.append("")
            k, v = rest.split("|", 1)
            lines.append(f"{k}\t{v}")
        elif tag == "H":
            num, text = rest.split("|", 1)
            lines.append("")
            lines.append(f"{num}\t{text}")
        elif tag == "C":
            num, text = rest.split("|", 1)
            lines.append(f"{num}\t{text}")
        elif tag == "B":
            lines.append(f"\u00b7\t{rest}")
        elif tag == "K":
            sym, text = rest.split("|", 1)
            lines.append(f"{sym}\t{text}")
        elif tag == "P":
            lines.append("")
            lines.append(rest)
        prev = tag
    text = "\r\n".join(lines) + "\r\n"
    (OUT / "glanrhydwen-community-council.txt").write_bytes(text.encode("cp1252"))


# ---------------------------------------------------------------- 4. Drumlachan (Scottish CC, MD)
def drumlachan():
    """A Notion page exported as Markdown: title, property lines, an <aside> callout with an
    emoji, numbered lists restarting in each section, toggles exported as bold bullets with
    indented bodies, and links to sibling pages with URL-encoded names and Notion ids."""
    items = parse("drumlachan-community-council.txt")
    out = []
    props = []
    related = []
    prev = None
    for tag, rest in items:
        if tag == "T":
            out.append(f"# {rest}\n")
        elif tag == "X":
            k, v = rest.split("|", 1)
            props.append(f"{k}: {v}")
        elif tag == "A":
            if props:
                out.append("\n".join(props) + "\n")
                props = []
            emoji, text = rest.split("|", 1)
            out.append(f"<aside>\n{emoji} {text}\n\n</aside>\n")
        elif tag == "H":
            num, text = rest.split("|", 1)
            out.append(f"## {num}. {text}\n")
        elif tag == "C":
            num, text = rest.split("|", 1)
            if prev == "C":
                out[-1] = out[-1].rstrip("\n") + "\n" + f"{num}. {text}\n"
            else:
                out.append(f"{num}. {text}\n")
        elif tag == "G":
            title, text = rest.split("|", 1)
            out.append(f"- **{title}**\n    \n    {text}\n    ")
        elif tag == "L":
            _, title, href = rest.split("|", 2)
            related.append(f"[{title}]({href})")
        prev = tag
    out.append("---\n")
    out.append("Related pages\n\n" + "\n\n".join(related) + "\n")
    (OUT / "drumlachan-community-council.md").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 5. Wendlesham (district, PDF)
def wendlesham():
    """Constitution Part 5.6 PDF whose 'Appendix 1' raising-concerns procedure exists only as a
    drawn flowchart: rectangles, diamonds and arrows with Yes/No and branch labels."""
    items = parse("wendlesham-district-council.txt")
    pdf = SansDoc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.header_text = "Wendlesham District Council \u2013 Constitution"
    pdf.header_right = "Part 5.6 \u2013 Member/Officer Protocol"
    pdf.footer_text = "Last amended: 21 November 2024 (Council, Minute C/58)          Page 5.6-{n}"
    pdf.set_creator("Microsoft\u00ae Word 2016")
    pdf.set_title("Constitution Part 5.6 Member Officer Protocol")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    L = pdf.l_margin
    boxes = []
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 7, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.ln(2)
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 6, f"{num}.  {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            pdf.set_x(L)
            pdf.cell(12, 5.3, num)
            pdf.set_left_margin(L + 12)
            pdf.set_x(L + 12)
            pdf.multi_cell(0, 5.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1.8)
        elif tag == "F":
            bid, kind, text = rest.split("|", 2)
            boxes.append((bid, kind, text))

    # ---- Appendix 1: flowchart page
    pdf.add_page()
    bx = {b[0]: b for b in boxes}
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, bx["A"][2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.35)

    def box(bid, x, y, w, h, rounded=False, fill=(235, 241, 250)):
        pdf.set_fill_color(*fill)
        if rounded:
            pdf.rect(x, y, w, h, style="DF", round_corners=True, corner_radius=4)
        else:
            pdf.rect(x, y, w, h, style="DF")
        pdf.set_font(F, "", 9)
        lines = pdf.multi_cell(w - 6, 4.3, bx[bid][2], dry_run=True, output="LINES")
        ty = y + (h - 4.3 * len(lines)) / 2
        pdf.set_xy(x + 3, ty)
        pdf.multi_cell(w - 6, 4.3, bx[bid][2], align="C")

    def diamond(bid, cx, cy, w, h):
        pdf.set_fill_color(255, 244, 214)
        pdf.polygon([(cx, cy - h / 2), (cx + w / 2, cy), (cx, cy + h / 2), (cx - w / 2, cy)], style="DF")
        pdf.set_font(F, "B", 8.5)
        lines = pdf.multi_cell(w * 0.55, 4, bx[bid][2], dry_run=True, output="LINES")
        pdf.set_xy(cx - w * 0.275, cy - 2 * len(lines))
        pdf.multi_cell(w * 0.55, 4, bx[bid][2], align="C")

    def arrow(x1, y1, x2, y2, label=None, lx=None, ly=None):
        pdf.line(x1, y1, x2, y2)
        import math

        ang = math.atan2(y2 - y1, x2 - x1)
        a1, a2 = ang + math.radians(155), ang - math.radians(155)
        pdf.set_fill_color(0, 0, 0)
        pdf.polygon(
            [(x2, y2), (x2 + 3 * math.cos(a1), y2 + 3 * math.sin(a1)), (x2 + 3 * math.cos(a2), y2 + 3 * math.sin(a2))],
            style="F",
        )
        if label:
            pdf.set_font(F, "I", 8)
            pdf.set_xy(lx, ly)
            pdf.cell(24, 4, label)

    # drawing order is deliberately not reading order (start, right branch, left branch, end)
    box("B", 55, 40, 100, 16, rounded=True)
    box("G", 112, 74, 78, 20)
    diamond("H", 151, 116, 74, 28)
    box("I", 112, 142, 78, 22)
    box("J", 112, 174, 78, 22)
    box("C", 20, 74, 78, 20)
    diamond("D", 59, 116, 74, 28)
    box("E", 20, 142, 78, 22)
    box("F", 20, 174, 78, 22)
    box("K", 60, 222, 90, 14, rounded=True, fill=(226, 240, 226))
    arrow(80, 56, 59, 74, "About an Officer", 40, 61)
    arrow(130, 56, 151, 74, "About a Member", 146, 61)
    arrow(59, 94, 59, 102)
    arrow(151, 94, 151, 102)
    arrow(59, 130, 59, 142, "No", 61, 133)
    arrow(151, 130, 151, 142, "Yes", 153, 133)
    arrow(59, 164, 59, 174)
    pdf.line(188, 116, 197, 116)
    pdf.line(197, 116, 197, 185)
    arrow(197, 185, 190, 185, "No", 191, 111)
    pdf.line(22, 116, 14, 116)
    pdf.line(14, 116, 14, 229)
    arrow(14, 229, 60, 229, "Yes", 16, 225)
    arrow(59, 196, 90, 222)
    arrow(151, 196, 120, 222)
    pdf.set_font(F, "I", 8)
    pdf.set_xy(22, 250)
    pdf.multi_cell(
        0,
        4,
        "Keep a note of the dates on which you raised your concern. Human Resources can advise Officers at any stage.",
    )
    pdf.output(str(OUT / "wendlesham-district-council.pdf"))


# ---------------------------------------------------------------- 6. Kirkholm (borough, PDF)
def kirkholm():
    """Designed booklet PDF: cover page, a 'Words we use' glossary table, numbered body with
    shaded 'Key point' call-out boxes that restate rules in other words, and an FAQ at the
    back whose answers cite paragraph numbers."""
    items = parse("kirkholm-borough-council.txt")
    pdf = SansDoc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.header_text = "Working Together \u2013 Member and Officer Protocol"
    pdf.header_right = "March 2025"
    pdf.footer_text = "Kirkholm Borough Council   |   Page {n}"
    pdf.skip_header_first = True
    pdf.set_creator("Adobe InDesign 19.2 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_title("Working Together - Protocol on Member and Officer Relations")
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, 22)
    titles = [r for t, r in items if t == "T"]
    intro = [r for t, r in items if t == "P"][0]
    # cover
    pdf.add_page()
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 0, 210, 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 30)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, titles[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(22, 50)
    pdf.set_font(F, "B", 32)
    pdf.cell(0, 14, titles[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 16)
    pdf.cell(0, 9, titles[2], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 12)
    pdf.cell(0, 8, titles[3], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 125)
    pdf.set_font(F, "", 11)
    pdf.multi_cell(0, 6, intro, new_x="LMARGIN", new_y="NEXT")
    # glossary
    pdf.add_page()
    pdf.set_font(F, "B", 16)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(0, 10, "Words we use", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 10)
    with pdf.table(col_widths=(45, 121), text_align="LEFT", line_height=5.4, first_row_as_headings=False) as t:
        for tag, rest in items:
            if tag == "G":
                term, d = rest.split("|", 1)
                r = t.row()
                pdf.set_font(F, "B", 10)
                r.cell(term)
                pdf.set_font(F, "", 10)
                r.cell(d)
    pdf.ln(8)
    L = pdf.l_margin
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(0, 84, 122)
            pdf.cell(0, 8, f"{num}   {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            pdf.set_x(L)
            pdf.cell(11, 5.4, num)
            pdf.set_left_margin(L + 11)
            pdf.set_x(L + 11)
            pdf.multi_cell(0, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(2)
        elif tag == "K":
            label, text = rest.split("|", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            y = pdf.get_y() + 1
            pdf.set_fill_color(222, 238, 246)
            pdf.rect(L, y, 166, 15, style="F")
            pdf.set_fill_color(0, 84, 122)
            pdf.rect(L, y, 2.2, 15, style="F")
            pdf.set_xy(L + 6, y + 2)
            pdf.set_font(F, "B", 9.5)
            pdf.cell(0, 5, label.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(L + 6)
            pdf.set_font(F, "I", 10.5)
            pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(y + 19)
    # FAQ
    pdf.add_page()
    pdf.set_font(F, "B", 16)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(0, 10, "Frequently asked questions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    for tag, rest in items:
        if tag == "Q":
            q, a = rest.split("|", 1)
            pdf.set_font(F, "B", 10.5)
            pdf.multi_cell(0, 5.4, q, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, a, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(str(OUT / "kirkholm-borough-council.pdf"))


# ---------------------------------------------------------------- 7. Tamarleigh (unitary, HTML)
ABBR = {
    "HoPS": "Head of Paid Service",
    "MO": "Monitoring Officer",
    "S151": "Section 151",
    "CCT": "Councillor Casework Team",
    "EDT": "Emergency Duty Team",
}


def abbr(text):
    t = esc(text)
    return re.sub(r"\b(HoPS|MO|S151|CCT|EDT)\b", lambda m: f'<abbr title="{ABBR[m.group(1)]}">{m.group(1)}</abbr>', t)


def tamarleigh():
    """Constitution web page whose paragraphs carry amendment annotations ('[Amended: Council
    12.12.2024]', '[Inserted: ...]', a '[Deleted: ...]' placeholder paragraph), abbreviations
    (MO, HoPS, S151, CCT, EDT) as <abbr> with the expansion only in the title attribute, and a
    glossary <dl> at the end."""
    items = parse("tamarleigh-council.txt")
    body, gl = [], []
    title = intro = ""
    for tag, rest in items:
        if tag == "T":
            title = rest
        elif tag == "P":
            intro = rest
        elif tag == "H":
            num, text = rest.split("|", 1)
            body.append(f'<h2 id="section-{num}">{num}. {esc(text)}</h2>')
        elif tag == "C":
            num, text, note = rest.split("|", 2)
            if text.startswith("[Deleted"):
                body.append(
                    f'<p class="para para--deleted"><span class="para__num">{num}</span> '
                    f'<span class="amendment">{esc(text)}</span></p>'
                )
                continue
            extra = f' <span class="amendment">{esc(note)}</span>' if note else ""
            body.append(f'<p class="para"><span class="para__num">{num}</span> {abbr(text)}{extra}</p>')
        elif tag == "G":
            term, d = rest.split("|", 1)
            gl.append(f"<dt>{esc(term)}</dt><dd>{esc(d)}</dd>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Tamarleigh Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/tamarleigh-2023.css">
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookie banner">
<h2>Cookies on tamarleigh.gov.uk</h2>
<p>We'd like to use analytics cookies to help us improve our website. We will not set them unless you accept.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a href="#content" class="skip">Skip to main content</a>
<header class="masthead">
<a href="/" class="masthead__logo"><img src="/assets/img/tamarleigh-logo.svg" alt="Tamarleigh Council"></a>
<form role="search" action="/search"><input type="search" name="q" aria-label="Search tamarleigh.gov.uk"><button>Search</button></form>
<nav><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> <a href="/parking">Parking permits</a> <a href="/planning">Planning</a> <a href="/council">Council and democracy</a></nav>
</header>
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/council">Council and democracy</a> &rsaquo; <a href="/council/constitution">Constitution</a> &rsaquo; <a href="/council/constitution/part-5">Part 5: Codes and protocols</a> &rsaquo; <span>5D</span></nav>
<div class="grid">
<aside class="part-nav">
<h2>Part 5: Codes and protocols</h2>
<ul>
<li><a href="/council/constitution/part-5/5a">5A Members' Code of Conduct</a></li>
<li><a href="/council/constitution/part-5/5b">5B Employee Code of Conduct</a></li>
<li><a href="/council/constitution/part-5/5c">5C Planning Code of Good Practice</a></li>
<li class="current">5D Councillor and Officer Relations Protocol</li>
<li><a href="/council/constitution/part-5/5e">5E Protocol on Councillors' Use of Council Resources</a></li>
<li><a href="/council/constitution/part-5/5f">5F Social Media Guidance for Councillors</a></li>
</ul>
</aside>
<main id="content">
<h1>{esc(title)}</h1>
<p class="intro">{esc(intro)}</p>
<p class="print-links"><a href="#" onclick="window.print()">Print this page</a> | <a href="/downloads/constitution/Part-5D.pdf">Download Part 5D (PDF, 240KB)</a></p>
{chr(10).join(body)}
<h2 id="glossary">Abbreviations and terms used in this protocol</h2>
<dl class="glossary">
{chr(10).join(gl)}
</dl>
<p class="last-updated">Last updated: 16 December 2024</p>
</main>
</div>
<footer>
<ul><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/jobs">Jobs</a></li></ul>
<p>&copy; Tamarleigh Council, County Hall, Tamarleigh</p>
</footer>
</body>
</html>
"""
    (OUT / "tamarleigh-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 8. Oldbarrow (metropolitan, DOCX)
NUMBERING_ABS = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1418" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def oldbarrow():
    """Word file whose section, paragraph and sub-paragraph numbers ('5.', '5.2', '(a)') come
    only from a three-level multilevel list in numbering.xml (so no number is in the text),
    while the text cross-refers to them ('paragraph 8.3'); 'OFFICIAL' protective marking in
    header and footer; cover document-control table."""
    items = parse("oldbarrow-metropolitan-borough-council.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 1"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3B, 0x5C)
    doc.styles["Heading 1"].font.size = Pt(13)
    doc.styles["Title"].font.size = Pt(20)
    # numbering definition
    add_abstract_numbering(doc, NUMBERING_ABS, 90)

    def numbered(p, level):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(
        "OMBC Constitution Part 5 \u2013 Protocol 3 \u2013 Member/Officer Relations \u2013 v5.0 \u2013 Page "
    )
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    r3 = fp.add_run(" of ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    add_field(r4, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp2.add_run("OFFICIAL")
    rr.bold = True
    rr.font.size = Pt(9)

    titles = [r for t, r in items if t == "T"]
    p = doc.add_paragraph(titles[0])
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    doc.add_paragraph(titles[1]).runs[0].font.size = Pt(11)
    doc.add_paragraph(titles[2], style="Title")
    xrows = [r for t, r in items if t == "X"]
    key_value_table(doc, xrows)
    for tag, rest in items:
        if tag == "H":
            _, text = rest.split("|", 1)
            p = doc.add_paragraph(text, style="Heading 1")
            numbered(p, 0)
        elif tag == "C":
            _, text = rest.split("|", 1)
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(6)
            numbered(p, 1)
        elif tag == "S":
            _, text = rest.split("|", 1)
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(3)
            numbered(p, 2)
    cp = doc.core_properties
    cp.title = "Member/Officer Relations Protocol"
    cp.author = "Democratic Services"
    cp.last_modified_by = "Borough Solicitor"
    cp.subject = "Constitution Part 5 Protocol 3"
    cp.keywords = "constitution; protocol; OFFICIAL"
    doc.save(str(OUT / "oldbarrow-metropolitan-borough-council.docx"))


if __name__ == "__main__":
    fallowby()
    brackwater()
    glanrhydwen()
    drumlachan()
    wendlesham()
    kirkholm()
    tamarleigh()
    oldbarrow()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
