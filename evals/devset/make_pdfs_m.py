"""Build the probe-m documents in docs-m/ from the sources in docs-m-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_m.py

Probe M: eight ordinary member/officer protocols, each published with one
publishing twist that real councils' files have (a Word 'All Markup' PDF with
comment balloons, a CMS page that collapsed the whole protocol into one
paragraph, appendices whose paragraph numbers restart at 1, an intranet page
with a contents list and 'Back to contents' after every paragraph, a Markdown
export with [^n] footnotes, a councillor induction pack ending in a quiz, text
copied from a PDF whose two-column boxes interleave line by line, and a Word
file that separates clauses with manual line breaks instead of paragraphs).
Shared PDF/HTML helpers come from gen_common.py.
"""

import shutil
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, esc, numbered_clause, read_tagged  # noqa: E402

SRC = HERE / "docs-m-src"
OUT = HERE / "docs-m"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / name)


def reader_text(text):
    """Clause text as a reader sees it (tracked-insertion markers removed)."""
    return text.replace("{+", "").replace("+}", "")


# ---------------------------------------------------------------- 1. Farrowdale (borough, PDF)
def farrowdale():
    """Word 'All Markup' export: narrowed text column, grey markup pane on the right with
    'Deleted:' / 'Commented [..]:' / 'Formatted:' balloons joined to the text by dotted
    leaders, insertions underlined and a change bar in the left margin."""
    items = parse("farrowdale-borough-council.txt")
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.footer_text = "Page {n} of {N}"
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("Member Officer Protocol - v2.1 TRACKED")
    pdf.set_author("Kate Mellor")
    pdf.alias_nb_pages()
    pdf.set_margins(18, 18, 78)
    pdf.set_auto_page_break(False)
    pane_x, pane_w, bottom = 140, 62, 275
    state = {"by": 0}

    def new_page():
        pdf.add_page()
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(pane_x - 2, 0, pdf.w - pane_x + 2, pdf.h, style="F")
        state["by"] = 18

    def balloon(text, anchor_y, anchor_x):
        pdf.set_font(F, "", 7)
        lines = pdf.multi_cell(pane_w - 6, 3.4, text, dry_run=True, output="LINES")
        h = len(lines) * 3.4 + 3
        y = max(anchor_y, state["by"])
        pdf.set_draw_color(200, 40, 40)
        pdf.set_dash_pattern(dash=0.6, gap=0.8)
        pdf.line(anchor_x, anchor_y + 2, pane_x, y + 2)
        pdf.set_dash_pattern()
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(pane_x, y, pane_w - 2, h, style="DF")
        pdf.set_xy(pane_x + 1.5, y + 1.5)
        pdf.set_text_color(60, 60, 60)
        pdf.multi_cell(pane_w - 6, 3.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        state["by"] = y + h + 2

    new_page()
    pending = []  # balloons for the clause just drawn
    last = (0, 0)  # (y_top, x_end) of the clause just drawn

    def flush():
        for b in pending:
            balloon(b, last[0], last[1])
        pending.clear()

    for tag, rest in items:
        if tag == "B":
            pending.append(rest)
            continue
        flush()
        if tag == "T":
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "S":
            pdf.ln(2)
            pdf.set_font(F, "I", 9)
            pdf.set_text_color(150, 30, 30)
            pdf.multi_cell(0, 4.6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > bottom - 25:
                new_page()
            pdf.ln(2.5)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif tag == "C":
            num, text = rest.split("|", 1)
            md = text.replace("{+", "--").replace("+}", "--")
            pdf.set_font(F, "", 10)
            h = len(pdf.multi_cell(pdf.epw - 11, 5, reader_text(text), dry_run=True, output="LINES")) * 5
            if pdf.get_y() + h > bottom:
                new_page()
            y0 = pdf.get_y()
            pdf.cell(11, 5, num)
            pdf.set_x(pdf.l_margin + 11)
            pdf.set_left_margin(18 + 11)
            pdf.multi_cell(0, 5, md, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(18)
            y1 = pdf.get_y()
            if "{+" in text:
                pdf.set_draw_color(0, 0, 0)
                pdf.set_line_width(0.5)
                pdf.line(14, y0, 14, y1)
                pdf.set_line_width(0.2)
            last = (y0, pdf.w - pdf.r_margin)
            pdf.ln(1.8)
    flush()
    pdf.output(str(OUT / "farrowdale-borough-council.pdf"))


# ---------------------------------------------------------------- 2. Much Wenlow (parish, HTML)
def much_wenlow():
    """Old parish CMS article: the pasted protocol lost all its line breaks, so headings and
    '(1)', '(2)' items run on inside a single <p>."""
    items = parse("much-wenlow-parish-council.txt")
    title = [r for t, r in items if t == "T"][0]
    parts = []
    for tag, rest in items:
        if tag == "H":
            parts.append(f"<strong>{esc(rest)}</strong>")
        elif tag == "C":
            num, text = rest.split("|", 1)
            parts.append(f"{num} {esc(text)}")
    body = " ".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Much Wenlow Parish Council</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<link rel="stylesheet" href="/templates/village_green/css/template.css" type="text/css" />
</head>
<body>
<div id="header"><a href="/"><img src="/images/mwpc_logo.gif" alt="Much Wenlow Parish Council" /></a></div>
<div id="topmenu"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/index.php?option=com_content&amp;view=section&amp;id=2">Your Council</a></li><li><a href="/index.php?option=com_content&amp;view=category&amp;id=7">Meetings &amp; Minutes</a></li><li class="active"><a href="/index.php?option=com_content&amp;view=category&amp;id=9">Policies</a></li><li><a href="/index.php?option=com_contact">Contact the Clerk</a></li></ul></div>
<div id="main">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id=58&amp;print=1" title="Print"><img src="/images/M_images/printButton.png" alt="Print" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top"><span class="small">Written by The Clerk</span></td></tr>
<tr><td valign="top" class="createdate">Thursday, 14 March 2024 10:12</td></tr>
<tr><td valign="top">
<p>{body}</p>
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Last Updated ( Thursday, 14 March 2024 10:15 )</td></tr></table>
<span class="article_separator">&nbsp;</span>
<div class="related"><h3>Related items</h3><ul><li><a href="/index.php?view=article&amp;id=41">Standing Orders</a></li><li><a href="/index.php?view=article&amp;id=42">Financial Regulations</a></li><li><a href="/index.php?view=article&amp;id=57">Complaints Procedure</a></li></ul></div>
</div>
<div id="footer">&copy; 2024 Much Wenlow Parish Council. Hits: 412</div>
</body>
</html>
"""
    (OUT / "much-wenlow-parish-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 3. Harnshire (county, PDF)
def harnshire():
    """Constitution protocol whose appendices restart their paragraph numbering at 1, so
    'paragraph 2' exists three times (main text, Appendix 1 notes, Appendix 2)."""
    items = parse("harnshire-county-council.txt")
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.header_text = "Harnshire County Council - Constitution"
    pdf.header_right = "Part 5(c) Member/Officer Protocol"
    pdf.footer_text = "Page 5c-{n}"
    pdf.set_creator("Microsoft\u00ae Word 2016")
    pdf.set_producer("Microsoft\u00ae Word 2016")
    pdf.set_title("Part 5(c) Member Officer Protocol")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 14)
            pdf.cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.ln(2)
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "A":
            pdf.add_page()
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 6.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif tag == "L":
            pdf.set_font("LiberationSerif", "", 10.5)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(pdf.epw - 16, 5.2, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        elif tag == "C":
            num, text = rest.split("|", 1)
            numbered_clause(pdf, num, text, size=10.5, lh=5.3, indent=10)
            pdf.ln(1.8)
    pdf.output(str(OUT / "harnshire-county-council.pdf"))


# ---------------------------------------------------------------- 4. Saltmouth (unitary, HTML)
def saltmouth():
    """Staff intranet page: a contents list linking to every section and paragraph anchor, and
    a 'Back to contents' link after every single paragraph."""
    items = parse("saltmouth-council.txt")
    title = [r for t, r in items if t == "T"][0]
    toc, body = [], []
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            toc.append(f'<li><a href="#section-{num}">{num}. {esc(text)}</a><ul>')
            if len(toc) > 1:
                toc[-2] += "</ul></li>"
            body.append(f'<h2 id="section-{num}">{num}. {esc(text)}</h2>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            anchor = "p" + num.replace(".", "-")
            toc[-1] += f'<li><a href="#{anchor}">{num}</a></li>'
            body.append(f'<p class="para" id="{anchor}"><b>{num}</b> {esc(text)}</p>')
            body.append('<p class="backlink"><a href="#contents">Back to contents</a></p>')
    toc[-1] += "</ul></li>"
    toc_html = "\n".join(toc)
    body_html = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} | SaltNet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/intranet/assets/saltnet.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="topbar"><span class="brand">SaltNet - Saltmouth Council staff intranet</span>
<form class="search" action="/intranet/search"><label for="q">Search SaltNet</label><input id="q" name="q"><button>Search</button></form>
<nav><a href="/intranet/">Home</a> <a href="/intranet/news">News</a> <a href="/intranet/hr">HR and payroll</a> <a href="/intranet/it">IT help</a> <a href="/intranet/governance">Governance</a> <a href="/intranet/directory">Staff directory</a></nav></header>
<div class="crumbs"><a href="/intranet/">SaltNet</a> &gt; <a href="/intranet/governance">Governance</a> &gt; <a href="/intranet/governance/working-with-councillors">Working with councillors</a> &gt; Member/Officer Protocol</div>
<main id="main">
<h1>{esc(title)}</h1>
<p class="intro">This page reproduces Part 5.3 of the Saltmouth Council Constitution for staff. Use the contents list to jump to the part you need.</p>
<div class="pageinfo">Page owner: Legal and Democratic Services | Last reviewed: 12 March 2025 | <a href="/intranet/print?page=member-officer-protocol">Print this page</a></div>
<nav class="contents" id="contents"><h2>Contents</h2>
<ol>
{toc_html}
</ol></nav>
{body_html}
<aside class="help"><h2>Need help?</h2><p>Questions about this page: democratic.services@saltmouth.gov.uk, extension 2210.</p></aside>
</main>
<footer>SaltNet is for Saltmouth Council staff only. Do not forward pages outside the council. | <a href="/intranet/accessibility">Accessibility</a> | <a href="/intranet/feedback">Page feedback</a></footer>
</body>
</html>
"""
    (OUT / "saltmouth-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 5. Kilbrannock (Scottish, MD)
def kilbrannock():
    """Pandoc-style Markdown export with [^n] footnote references; the footnote definitions,
    some of which add real exceptions, sit at the end of the file."""
    shutil.copyfile(SRC / "kilbrannock-council.md", OUT / "kilbrannock-council.md")


# ---------------------------------------------------------------- 6. Wrangford (town, PDF)
def wrangford():
    """Councillor induction pack: welcome, council at a glance, the protocol as section 3 and a
    'check your understanding' quiz whose answers restate the rules."""
    items = parse("wrangford-town-council.txt")
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.skip_header_first = True
    pdf.header_text = "Councillor Induction Pack 2025"
    pdf.header_right = "Wrangford Town Council"
    pdf.footer_text = "{n}"
    pdf.set_creator("Microsoft\u00ae Publisher 2016")
    pdf.set_producer("Microsoft\u00ae Publisher 2016")
    pdf.set_title("Councillor Induction Pack May 2025")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    cover = [r for t, r in items if t == "COVER"]
    pdf.set_fill_color(30, 80, 60)
    pdf.rect(0, 60, pdf.w, 90, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_y(75)
    pdf.set_font(F, "B", 26)
    pdf.cell(0, 14, cover[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 20)
    pdf.cell(0, 12, cover[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 14)
    pdf.cell(0, 10, cover[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(250)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 6, cover[3], align="C")
    first = True
    for tag, rest in items:
        if tag == "H":
            if first or rest.startswith(("3.", "4.")):
                pdf.add_page()
                first = False
            pdf.ln(2)
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(30, 80, 60)
            pdf.multi_cell(0, 7, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "P":
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif tag == "C":
            num, text = rest.split("|", 1)
            numbered_clause(pdf, num, text, size=10.5, lh=5.3, indent=11)
            pdf.ln(1.6)
        elif tag == "Q":
            pdf.ln(1.5)
            pdf.set_font(F, "B", 10.5)
            pdf.multi_cell(0, 5.4, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "A":
            pdf.set_font(F, "I", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.epw - 6, 5.4, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(OUT / "wrangford-town-council.pdf"))


# ---------------------------------------------------------------- 7. Haverleigh (district, TXT)
def haverleigh():
    """Text copied out of a PDF: single-column paragraphs hard-wrapped at the PDF line ends,
    page header/footer lines carried along, and the two-column boxes interleaved."""
    items = parse("haverleigh-district-council.txt")
    lines = []

    def interleave(left, right, width=40):
        lw = [w for s in left for w in (textwrap.wrap(s, width) or [""])]
        rw = [w for s in right for w in (textwrap.wrap(s, width) or [""])]
        for i in range(max(len(lw), len(rw))):
            if i < len(lw):
                lines.append(lw[i])
            if i < len(rw):
                lines.append(rw[i])

    boxes = {}
    for tag, rest in items:
        if tag in ("GL", "GR", "WL", "WR"):
            boxes.setdefault(tag, []).append(rest)
    for tag, rest in items:
        if tag == "T":
            lines.append(rest)
        elif tag == "P":
            lines.append(rest)
            lines.append("")
        elif tag == "BOX":
            lines.append("")
            lines.append(rest.upper())
            key = "G" if rest.startswith("At") else "W"
            interleave(boxes[key + "L"], boxes[key + "R"])
            lines.append("")
        elif tag == "H":
            lines.append(rest.upper())
            lines.append("")
        elif tag == "C":
            num, text = rest.split("|", 1)
            wrapped = textwrap.wrap(f"{num} {text}", 86)
            lines.extend(wrapped)
            lines.append("")
    # paginate like the PDF: 46 text lines a page, header and footer lines carried into the copy
    pages = [lines[i : i + 46] for i in range(0, len(lines), 46)]
    n = len(pages)
    out = []
    for i, page in enumerate(pages, 1):
        if i > 1:
            out.append("Haverleigh District Council Constitution - Part 5D")
        out.extend(page)
        out.append(f"Member/Officer Protocol (rev. April 2025) Page {i} of {n}")
    (OUT / "haverleigh-district-council.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 8. Llanfeuno (Welsh community, DOCX)
def llanfeuno():
    """Word file in which each section is one paragraph: heading and clauses are separated by
    manual line breaks (Shift+Enter) rather than paragraph marks."""
    items = parse("llanfeuno-community-council.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.core_properties.title = "Protocol for Councillors and the Clerk"
    doc.core_properties.author = "Clerc / Clerk"
    para = None
    for tag, rest in items:
        if tag == "T":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(14)
        elif tag == "H":
            para = doc.add_paragraph()
            r = para.add_run(rest)
            r.bold = True
        elif tag == "C":
            num, text = rest.split("|", 1)
            para.runs[-1].add_break()
            para.add_run(f"{num}\t{text}")
    doc.add_paragraph("Clerk: Mrs Ffion Pritchard, clerc@llanfeuno-cc.cymru")
    doc.save(str(OUT / "llanfeuno-community-council.docx"))


if __name__ == "__main__":
    farrowdale()
    much_wenlow()
    harnshire()
    saltmouth()
    kilbrannock()
    wrangford()
    haverleigh()
    llanfeuno()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)
