"""Build the probe-s documents in docs-s/ from the sources in docs-s-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_s.py

Probe S: eight member/officer protocols of invented councils, each published
in a way probes C to R did not cover:
a parish protocol hand-typed as plain text with mixed '1)' / '(i)' / '6.1' /
'a)' numbering and an inline '1) 2) 3)' list, a town PDF kept on the website
as an ARCHIVED (superseded) version with a watermark and an archive notice,
a Welsh community council agenda pack carrying the protocol as Appendix A to
an agenda item report (with the report's own numbered paragraphs, old and new
figures and recommendations, and the next item's allotment report after it),
a district Word file whose section numbers come only from the Heading 1 style
while clauses are typed 'a.' letters, a county PDF numbered 'Article n' /
'Section n.m' with an 'Article n (continued)' running header and a topic
index, a unitary protocol exported as EPUB-style XHTML (endnotes with
back-links, glued note references, visible print page numbers), a borough page
saved from its mobile site (inline SVG icons whose titles read as words in
front of every clause), and a Scottish councillors' handbook chapter in
GitHub Markdown (anchor contents list, 'Back to top' links, alert blocks).
Shared helpers come from gen_common.py. Deterministic:
fixed creation dates, no randomness.
"""

import datetime as dt
import re
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    Doc,
    add_abstract_numbering,
    add_field,
    all_of,
    esc,
    hanging,
    keep_together,
    key_value_table,
    meta,
    read_tagged,
    save_docx,
)

SRC = HERE / "docs-s-src"
OUT = HERE / "docs-s"
OUT.mkdir(exist_ok=True)
DOCX_TIME = (2025, 2, 3, 9, 15, 0)  # the zip entries' date in the .docx
FIXED = dt.datetime(2025, 6, 9, 11, 0, 0, tzinfo=dt.UTC)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- 1. Quarlbury (parish, hand-typed TXT)
def quarlbury():
    """Plain text typed by the Clerk: centred title, underlined headings '1) Purpose',
    items '(i)' with a hanging indent, section 6 pasted flush-left as '6.1', section 9
    lettered 'a)'; everything hard-wrapped at 70 columns."""
    name = "quarlbury-parish-council"
    items = parse(name)
    W = 70
    out = []
    for t in all_of(items, "T"):
        out.append(t.center(W).rstrip())
    out.append("")
    for m in all_of(items, "M"):
        out.append(m)
    out.append("")
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            head = f"{num} {text}"
            out += ["", head, "=" * len(head), ""]
        elif tag == "C":
            label, text = rest.split("|", 1)
            if re.match(r"\d+\.\d+$", label):  # pasted from the old Word file: flush left
                out += textwrap.wrap(f"{label}  {text}", W)
            elif label.endswith(")") and not label.startswith("("):  # a) b) c)
                out += textwrap.wrap(text, W, initial_indent=f"  {label} ", subsequent_indent="     ")
            else:
                ind = " " * (4 + len(label) + 1)
                out += textwrap.wrap(text, W, initial_indent=f"    {label} ", subsequent_indent=ind)
            out.append("")
    out.append("")
    out.append("Signed ........................ (Chair)      Date ...................")
    out.append("")
    for f in all_of(items, "F"):
        out.append(f)
    (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 2. Pellinghurst (town, ARCHIVED PDF)
class ArchivedDoc(Doc):
    """Every page carries a pale diagonal 'ARCHIVED' stamp (drawn in the header layer, so
    before the page text) and a running header naming the version and its status."""

    def header(self):
        self.set_font("LiberationSans", "B", 110)
        self.set_text_color(244, 205, 205)
        cx, cy = self.w / 2, self.h / 2
        with self.rotation(angle=45, x=cx, y=cy):
            w = self.get_string_width("ARCHIVED")
            self.text(cx - w / 2, cy + 14, "ARCHIVED")
        self.set_font(self.font_name, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(
            0, 5, "Pellinghurst Town Council - Protocol on Councillor and Officer Relations - Version 3", align="L"
        )
        self.set_xy(self.l_margin, 10)
        self.set_text_color(170, 30, 30)
        self.cell(0, 5, "Status: ARCHIVED", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)


def pellinghurst():
    name = "pellinghurst-town-council"
    items = parse(name)
    pdf = ArchivedDoc(format="A4")
    meta(
        pdf,
        "PTC-GOV-07 Protocol on Councillor and Officer Relations v3 (ARCHIVED)",
        "Microsoft\u00ae Word 2016",
        "Town Clerk",
        created=FIXED,
    )
    pdf.footer_text = "PTC-GOV-07 v3   |   Status: ARCHIVED   |   Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 18)
    pdf.set_text_color(20, 60, 40)
    pdf.cell(0, 10, t[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, t[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "I", 9.5)
    pdf.multi_cell(0, 5, all_of(items, "M")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # archive notice: red border, red bold text
    pdf.set_draw_color(180, 20, 20)
    pdf.set_line_width(0.8)
    pdf.set_text_color(170, 20, 20)
    pdf.set_font(F, "B", 10.5)
    pdf.multi_cell(0, 5.6, all_of(items, "B")[0], border=1, padding=3, new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(40, 122), line_height=5.4, text_align="LEFT", first_row_as_headings=False) as table:
        for r in all_of(items, "X"):
            k, v = r.split("|", 1)
            row = table.row()
            row.cell(k)
            row.cell(v)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 11.5)
            pdf.set_text_color(20, 60, 40)
            pdf.cell(0, 7, f"{num}.  {text.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hanging(pdf, num, text, 12, lh=5.3, size=10.5)
            pdf.ln(1.5)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 3. Tregwernog (Welsh community council, agenda pack PDF)
def tregwernog():
    name = "tregwernog-community-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Agenda pack - Ordinary Meeting 11 March 2025",
        "Microsoft\u00ae Word for Microsoft 365",
        "Clerk",
        created=FIXED,
    )
    pdf.footer_text = "Tregwernog Community Council  -  Agenda pack, 11 March 2025  -  page {n}"
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    F = pdf.font_name
    # --- agenda front sheet
    pdf.add_page()
    at = all_of(items, "AT")
    pdf.set_font(F, "B", 17)
    pdf.cell(0, 9, at[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, at[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(F, "", 10.5)
    pdf.multi_cell(0, 5.5, all_of(items, "AM")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, "RHAGLEN / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for r in all_of(items, "AI"):
        num, text = r.split("|", 1)
        hanging(pdf, f"{num}.", text, 10, lh=5.6, size=10.5, align="L")
        pdf.ln(1.2)
    pdf.ln(5)
    pdf.set_font(F, "I", 10)
    pdf.multi_cell(0, 5.2, all_of(items, "AS")[0], new_x="LMARGIN", new_y="NEXT")
    # --- item 7 report
    pdf.header_text = "Tregwernog Community Council - 11 March 2025 - Item 7"
    pdf.add_page()
    rt = all_of(items, "RT")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, rt[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 7, rt[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for tag, rest in items:
        if tag == "RP":
            num, text = rest.split("|", 1)
            hanging(pdf, f"{num}.", text, 9, lh=5.4, size=10.5)
            pdf.ln(1.5)
        elif tag == "RB":
            L = pdf.l_margin
            pdf.set_left_margin(L + 9)
            hanging(pdf, "\u2022", rest, 6, lh=5.4, size=10.5, align="L")
            pdf.set_left_margin(L)
            pdf.ln(0.8)
        elif tag == "RR":
            letter, text = rest.split("|", 1)
            L = pdf.l_margin
            pdf.set_left_margin(L + 9)
            hanging(pdf, f"({letter})", text, 9, lh=5.4, size=10.5, align="L", style="B")
            pdf.set_left_margin(L)
            pdf.ln(0.8)
    # --- appendix A
    pdf.header_text = "Tregwernog Community Council - 11 March 2025 - Item 7 - Appendix A"
    pdf.add_page()
    pt = all_of(items, "PT")
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, pt[0].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, pt[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "BI", 11)
            pdf.cell(0, 7, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            num, text = rest.split("|", 1)
            hanging(pdf, f"{num}.", text, 9, lh=5.3, size=10.5)
            pdf.ln(1.4)
    # --- item 8 report (next item in the pack)
    pdf.header_text = "Tregwernog Community Council - 11 March 2025 - Item 8"
    pdf.add_page()
    n8 = all_of(items, "N8")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, n8[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 7, n8[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in n8[2:]:
        num, text = line.split(" ", 1)
        hanging(pdf, num, text, 9, lh=5.4, size=10.5)
        pdf.ln(1.5)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 4. Hindlecote (district, DOCX, heading numbers from the style)
HEADING_NUM_ABS = """<w:abstractNum {ns} w:abstractNumId="41">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>
    <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def hindlecote():
    name = "hindlecote-district-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x2E, 0x4A, 0x1E)
    doc.styles["Heading 1"].font.size = Pt(13)
    doc.styles["Heading 2"].font.size = Pt(11)
    doc.styles["Title"].font.size = Pt(20)
    # numbering linked to the Heading 1 style (styles.xml), not to the paragraphs
    add_abstract_numbering(doc, HEADING_NUM_ABS, 41)
    h1 = doc.styles["Heading 1"].element
    h1_pPr = h1.get_or_add_pPr()
    h1_pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="41"/></w:numPr>'))

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("HINDLECOTE DISTRICT COUNCIL \u2013 CONSTITUTION PART 5")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Protocol 5.3 \u2013 Member/Officer Relations \u2013 Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")

    t = all_of(items, "T")
    p = doc.add_paragraph(t[0])
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_paragraph(t[1])
    doc.add_paragraph(t[2], style="Title")
    key_value_table(doc, all_of(items, "X"))
    for tag, rest in items:
        if tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "S":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "C":
            letter, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{letter}.\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.0)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(1.0))
            pf.space_after = Pt(6)
    cp = doc.core_properties
    cp.title = "Protocol 5.3 Member/Officer Relations"
    cp.author = "Law and Governance"
    cp.last_modified_by = "Democratic Services"
    cp.subject = "Constitution Part 5"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4
    save_docx(doc, OUT / f"{name}.docx", DOCX_TIME)


# ---------------------------------------------------------------- 5. Orlingshire (county, PDF with Article/Section wording and an index)
class ArticleDoc(Doc):
    """Running header names the article in force at the top of each page."""

    cur_article = None
    fresh_article = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, "Orlingshire County Council Constitution - Part 5C", align="L")
        if self.cur_article:
            self.set_xy(self.l_margin, 10)
            label = f"Article {self.cur_article}" + ("" if self.fresh_article else " (continued)")
            self.cell(0, 5, label, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)


def orlingshire():
    name = "orlingshire-county-council"
    items = parse(name)
    pdf = ArticleDoc(format="A4")
    meta(
        pdf,
        "Constitution Part 5C - Protocol on Member and Officer Relations (Edition 6)",
        "Microsoft\u00ae Word 2019",
        "Law and Governance",
        created=FIXED,
    )
    pdf.footer_text = "Edition 6 - May 2025   |   Part 5C   |   page {n}"
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 12)
    pdf.set_text_color(90, 30, 90)
    pdf.cell(0, 7, t[0].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, t[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 17)
    pdf.multi_cell(0, 9, t[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "I", 10)
    pdf.cell(0, 6, all_of(items, "M")[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 240:
                pdf.cur_article, pdf.fresh_article = num, True
                pdf.add_page()
            pdf.cur_article, pdf.fresh_article = num, True
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(90, 30, 90)
            pdf.cell(0, 7, f"ARTICLE {num} \u2013 {text.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            body = f"**Section {num}**   {text}"
            pdf.set_font(F, "", 11)
            keep_together(pdf, f"Section {num}   {text}", pdf.epw, 5.7)
            pdf.fresh_article = False
            pdf.multi_cell(0, 5.7, body, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    # index of topics
    pdf.cur_article, pdf.fresh_article = None, False
    pdf.add_page()
    pdf.set_font(F, "B", 13)
    pdf.set_text_color(90, 30, 90)
    pdf.cell(0, 8, "INDEX OF TOPICS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font(F, "", 10)
    for r in all_of(items, "I"):
        topic, refs = r.split("|", 1)
        ref = ("Sections " if "," in refs else "Section ") + refs
        wt, wr = pdf.get_string_width(topic), pdf.get_string_width(ref)
        dots = "." * max(3, int((pdf.epw - wt - wr - 4) / pdf.get_string_width(".")))
        pdf.cell(0, 6, f"{topic} {dots} {ref}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 6. Wendmouth (unitary, EPUB-style XHTML)
def _epub_inline(text):
    text = esc(text)
    text = re.sub(
        r"\[\^(\d+)\]",
        r'<a epub:type="noteref" role="doc-noteref" href="#fn\1" id="fnref\1"><sup>\1</sup></a>',
        text,
    )
    text = re.sub(
        r"\{pb:(\d+)\}",
        r'<span epub:type="pagebreak" role="doc-pagebreak" id="page\1" title="\1" class="pagenum">[\1]</span> ',
        text,
    )
    return text


def wendmouth():
    name = "wendmouth-council"
    items = parse(name)
    t = all_of(items, "T")
    m = all_of(items, "M")
    chapters, cur = [], None
    for tag, rest in items:
        if tag == "CH":
            num, text = rest.split("|", 1)
            cur = [num, text, []]
            chapters.append(cur)
        elif tag == "C":
            num, text = rest.split("|", 1)
            cur[2].append(
                f'<p class="para" id="p{num.replace(".", "-")}"><span class="num">{num}</span> {_epub_inline(text)}</p>'
            )
    toc = "\n".join(f'<li><a href="#ch{n}">{n}. {esc(x)}</a></li>' for n, x, _ in chapters)
    body = []
    for n, x, paras in chapters:
        body.append(
            f'<section epub:type="chapter" role="doc-chapter" id="ch{n}" aria-labelledby="h-ch{n}">\n'
            f'<h2 id="h-ch{n}">{n}. {esc(x)}</h2>\n' + "\n".join(paras) + "\n</section>"
        )
    notes = []
    for r in all_of(items, "FN"):
        n, text = r.split("|", 1)
        notes.append(
            f'<li id="fn{n}" epub:type="endnote" role="doc-endnote"><p>{esc(text)} '
            f'<a href="#fnref{n}" role="doc-backlink" title="Back to note {n} reference">\u21a9\ufe0e</a></p></li>'
        )
    page = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en-GB" xml:lang="en-GB">
<head>
<meta charset="utf-8"/>
<title>{esc(t[1])}</title>
<meta name="dcterms.creator" content="Wendmouth Council - Democratic Services"/>
<meta name="generator" content="calibre (7.16.0) [http://calibre-ebook.com]"/>
<link rel="stylesheet" type="text/css" href="../Styles/stylesheet.css"/>
</head>
<body epub:type="bodymatter">
<section epub:type="titlepage" role="doc-titlepage" id="titlepage">
<p class="series">{esc(t[0])}</p>
<h1 class="title">{esc(t[1])}</h1>
<p class="edition">{esc(m[0])}</p>
<p class="edition-note">{esc(m[1])}</p>
</section>
<nav epub:type="toc" role="doc-toc" id="toc">
<h2>Contents</h2>
<ol class="toc">
{toc}
<li><a href="#notes">Notes</a></li>
</ol>
</nav>
{chr(10).join(body)}
<section epub:type="endnotes" role="doc-endnotes" id="notes">
<h2>Notes</h2>
<ol class="endnotes">
{chr(10).join(notes)}
</ol>
</section>
<p class="colophon">&#169; Wendmouth Council 2025. This accessible edition was generated from the printed Constitution (Part 4). If you need it in another format, contact Democratic Services, Civic Centre, Harbour Road, Wendmouth.</p>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 7. Hollisbridge (borough, page saved from the mobile site)
ICONS = {
    "info": "Information",
    "people": "People",
    "cross": "Do not",
    "mail": "Email",
    "tick": "Tick",
    "warning": "Warning",
    "phone": "Phone",
    "calendar": "Calendar",
    "shield": "Shield",
    "gift": "Gift",
}


def _icon(kind, ident):
    return (
        f'<svg class="ico ico-{kind}" role="img" aria-labelledby="t-{ident}" viewBox="0 0 24 24" width="22" height="22">'
        f'<title id="t-{ident}">{ICONS[kind]}</title><use href="#i-{kind}"></use></svg>'
    )


def hollisbridge():
    name = "hollisbridge-borough-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    sections, cur = [], None
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            cur = [num, text, []]
            sections.append(cur)
        elif tag == "C":
            num, kind, text = rest.split("|", 2)
            ident = num.replace(".", "-")
            cur[2].append(
                f'<div class="m-card" id="para-{ident}">{_icon(kind, ident)}'
                f'<p><b class="pn">{num}</b> {esc(text)}</p></div>'
            )
    body = []
    for num, text, cards in sections:
        body.append(
            f'<section class="m-section" id="s{num}">\n<h2>{num}. {esc(text)}</h2>\n'
            + "\n".join(cards)
            + "\n</section>"
        )
    sprite = "".join(
        f'<symbol id="i-{k}" viewBox="0 0 24 24"><title>{v}</title><path d="M2 2h20v20H2z"/></symbol>'
        for k, v in ICONS.items()
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0077)https://m.hollisbridge.gov.uk/council/constitution/member-and-officer-protocol -->
<html lang="en-GB" class="m-site">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="apple-itunes-app" content="app-id=1400000000">
<title>{esc(title)} - Hollisbridge Borough Council</title>
<link rel="canonical" href="https://www.hollisbridge.gov.uk/council/constitution/member-and-officer-protocol">
<link rel="stylesheet" href="./member-and-officer-protocol_files/m.min.css">
</head>
<body id="top">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{sprite}</svg>
<div class="app-banner" role="complementary">
<svg class="app-icon" role="img" aria-labelledby="t-app"><title id="t-app">Hollisbridge app logo</title><rect width="40" height="40"/></svg>
<div class="app-banner__text"><strong>Hollisbridge Borough Council</strong><span>Report it, pay it, apply for it - get our free app</span></div>
<a class="app-banner__open" href="https://apps.example/hollisbridge">OPEN</a>
<button class="app-banner__close" aria-label="Close app banner">&#215;</button>
</div>
<header class="m-header">
<button class="m-menu-toggle" aria-expanded="false" aria-controls="m-drawer"><svg role="img" aria-labelledby="t-menu"><title id="t-menu">Menu</title><use href="#i-info"></use></svg></button>
<a class="m-logo" href="/">Hollisbridge</a>
<button class="m-search-toggle"><svg role="img" aria-labelledby="t-search"><title id="t-search">Search</title><use href="#i-info"></use></svg></button>
</header>
<nav class="m-drawer" id="m-drawer" hidden>
<ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/parking">Parking</a></li><li><a href="/planning">Planning</a></li><li><a href="/council">Council and democracy</a></li></ul>
</nav>
<main class="m-main">
<p class="m-crumbs"><a href="/">Home</a> / <a href="/council">Council</a> / <a href="/council/constitution">Constitution</a></p>
<h1>{esc(title)}</h1>
<p class="m-meta">{esc(all_of(items, "M")[0])}</p>
<p class="m-fullsite"><a href="https://www.hollisbridge.gov.uk/council/constitution/member-and-officer-protocol?view=full">View full site version</a> | <a href="/council/constitution/part-5e.pdf">Download PDF (184KB)</a></p>
{chr(10).join(body)}
<div class="m-share"><svg role="img" aria-labelledby="t-share"><title id="t-share">Share</title><use href="#i-mail"></use></svg> Share this page</div>
</main>
<a href="#top" class="m-to-top"><svg role="img" aria-labelledby="t-top"><title id="t-top">Back to top</title><use href="#i-info"></use></svg></a>
<nav class="m-tabbar" aria-label="Quick links">
<a href="/"><svg role="img" aria-labelledby="t-tab1"><title id="t-tab1">Home</title><use href="#i-info"></use></svg><span>Home</span></a>
<a href="/report"><svg role="img" aria-labelledby="t-tab2"><title id="t-tab2">Report</title><use href="#i-warning"></use></svg><span>Report</span></a>
<a href="/pay"><svg role="img" aria-labelledby="t-tab3"><title id="t-tab3">Pay</title><use href="#i-tick"></use></svg><span>Pay</span></a>
<a href="/apply"><svg role="img" aria-labelledby="t-tab4"><title id="t-tab4">Apply</title><use href="#i-mail"></use></svg><span>Apply</span></a>
<a href="/menu"><svg role="img" aria-labelledby="t-tab5"><title id="t-tab5">More</title><use href="#i-people"></use></svg><span>More</span></a>
</nav>
<footer class="m-footer"><p>&#169; Hollisbridge Borough Council, Town Hall, Bridge Street, Hollisbridge</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 8. Kilmorran (Scottish, handbook chapter in GitHub Markdown)
def gh_slug(text):
    s = text.lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def kilmorran():
    name = "kilmorran-council"
    items = parse(name)
    t = all_of(items, "T")
    m = all_of(items, "M")
    heads = [r.split("|", 1) for r in all_of(items, "H")]
    out = [
        "<!-- Exported from the Kilmorran Council Members' Portal - Councillors' Handbook v2025.1 - chapter-06.md -->",
        '<a id="top"></a>',
        "",
        f"# {t[0]}",
        "",
        f"## {t[1]}",
        "",
        f"*{m[0]}*  ",
        f"*{m[1]}*",
        "",
        "**In this chapter**",
        "",
    ]
    for num, text in heads:
        out.append(f"- [{num} {text}](#{gh_slug(num + ' ' + text)})")
    out += ["", "---", ""]
    first = True
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if not first:
                out += ["[\u2191 Back to top](#top)", ""]
            first = False
            out += [f"### {num} {text}", ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            out += [f"**{num}** {text}", ""]
        elif tag == "A":
            kind, num, text = rest.split("|", 2)
            out += [f"> [!{kind}]", f"> **{num}** {text}", ""]
        elif tag == "TIP":
            out += ["> [!TIP]", f"> {rest}", ""]
    out += ["[\u2191 Back to top](#top)", "", "---", "", "## Other chapters", ""]
    for link in all_of(items, "L"):
        num = re.search(r"Chapter (\d+)", link).group(1)
        out.append(f"- [{link}](chapter-{int(num):02d}.md)")
    out.append("")
    (OUT / f"{name}.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    quarlbury()
    pellinghurst()
    tregwernog()
    hindlecote()
    orlingshire()
    wendmouth()
    hollisbridge()
    kilmorran()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
