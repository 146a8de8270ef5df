"""Build the probe-u documents in docs-u/ from the sources in docs-u-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_u.py

Probe U: eight member/officer protocols of invented councils, each published
in a way probes C to T did not cover:
a Word MAIL-MERGE TEMPLATE (welcome letter with unmerged «fields» and mail-merge
settings) carrying the joint protocol of two parish councils that share one
Clerk, with a table of local variations; a town council's protocol kept as a
SPREADSHEET and printed to PDF by Excel 'down, then over', so the Status and
Reviewed columns (which mark three rows NOT ADOPTED) print on pages of their
own; a Welsh community council's POCKET CARDS (twelve A6 cards, four to an A4
sheet, crop marks and cut lines, bullet points only); a district page exported
from a CONFLUENCE staff wiki (page metadata, macros, labels, attachments and a
comment thread); a county page saved as text by the LYNX browser ('[n]' link
markers, hard wraps, a References list); a Northern Irish council page saved
from the WAYBACK MACHINE (archive toolbar, rewritten links, capture dates); a
metropolitan borough page clipped into OBSIDIAN by its Web Clipper, with the
councillor's own highlights and callouts; and a unitary council's FAQ page with
schema.org FAQPage microdata and a stale JSON-LD copy in the head.
Shared helpers come from gen_common.py. Deterministic: fixed creation dates,
no randomness.
"""

import datetime as dt
import html
import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    FONTS,
    Doc,
    add_field,
    all_of,
    esc,
    meta,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-u-src"
OUT = HERE / "docs-u"
OUT.mkdir(exist_ok=True)
DOCX_TIME = (2025, 5, 12, 16, 20, 0)  # the zip entries' date in the .docx
FIXED = dt.datetime(2025, 3, 17, 11, 42, 0, tzinfo=dt.UTC)
CARDS_DATE = dt.datetime(2025, 1, 28, 15, 5, 0, tzinfo=dt.UTC)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def attr(s):
    return html.escape(s, quote=True)


# ---------------------------------------- 1. Wrencote and Hurstfold (joint parish, mail-merge DOCX)
MERGE = re.compile(r"«(\w+)»")


def _with_fields(p, text, bold=False, size=None):
    """Add `text` to paragraph p; each «Name» becomes an unmerged MERGEFIELD whose shown result is «Name»."""
    pos = 0
    for m in MERGE.finditer(text):
        if m.start() > pos:
            r = p.add_run(text[pos : m.start()])
            r.bold = bold
            if size:
                r.font.size = size
        rpr = "<w:rPr><w:b/><w:noProof/></w:rPr>" if bold else "<w:rPr><w:noProof/></w:rPr>"
        p._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD {m.group(1)} ">'
                f"<w:r>{rpr}<w:t>\u00ab{m.group(1)}\u00bb</w:t></w:r></w:fldSimple>"
            )
        )
        pos = m.end()
    if pos < len(text):
        r = p.add_run(text[pos:])
        r.bold = bold
        if size:
            r.font.size = size


def _mail_merge_settings(doc):
    """Mark the document as a form-letter main document linked to the Clerk's spreadsheet (as Word saves it)."""
    settings = doc.settings.element
    mm = parse_xml(
        f'<w:mailMerge {nsdecls("w")}><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
        '<w:dataType w:val="native"/>'
        '<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;'
        "Data Source=C:\\Users\\Clerk\\Documents\\Councils\\New councillors 2025.xlsx;Mode=Read;"
        'Extended Properties=&quot;HDR=YES;IMEX=1;&quot;"/>'
        '<w:query w:val="SELECT * FROM `Sheet1$`"/></w:mailMerge>'
    )
    later = ("revisionView", "trackRevisions", "documentProtection", "defaultTabStop")
    for child in settings:
        if child.tag in {qn(f"w:{n}") for n in later}:
            child.addprevious(mm)
            break
    else:
        settings.append(mm)


def wrencote():
    name = "wrencote-and-hurstfold-parish-councils"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(12)
    h1.font.color.rgb = RGBColor(0x2E, 0x5A, 0x3C)
    h1.paragraph_format.space_before = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("WPC/HPC  \u2013  New councillor welcome letter (merge template) v3  \u2013  page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    # ---- the letter
    lh = all_of(items, "LH")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lh[0])
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x2E, 0x5A, 0x3C)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lh[1])
    r.font.size = Pt(9)
    p.paragraph_format.space_after = Pt(18)
    p = doc.add_paragraph(all_of(items, "LD")[0])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in all_of(items, "LA"):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _with_fields(p, line)
    doc.add_paragraph()
    for i, line in enumerate(all_of(items, "LP")):
        p = doc.add_paragraph()
        _with_fields(p, line, bold=(i == 1))
    for line in all_of(items, "LS"):
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # ---- the enclosure: the joint protocol
    for i, t in enumerate(all_of(items, "T")):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(11 if i == 0 else 16)
    for m in all_of(items, "M"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(m).italic = True
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            doc.add_paragraph(f"{num}.\t{text}", style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.1)
            pf.first_line_indent = Cm(-1.1)
            pf.tab_stops.add_tab_stop(Cm(1.1))
    doc.add_paragraph("Schedule of local variations", style="Heading 1")
    head = all_of(items, "VT")[0].split("|")
    rows = [r.split("|") for r in all_of(items, "V")]
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade_cell(cell, "DCEBDD")
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in table.rows:
        for cell, w in zip(row.cells, (Cm(6.4), Cm(5.0), Cm(5.0)), strict=True):
            cell.width = w
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run(all_of(items, "VN")[0]).italic = True
    _mail_merge_settings(doc)
    cp = doc.core_properties
    cp.title = "New councillor welcome letter - merge template"
    cp.author = "R Ketteridge"
    cp.last_modified_by = "R Ketteridge"
    cp.subject = "Wrencote PC / Hurstfold PC"
    cp.created = dt.datetime(2025, 4, 22, 9, 0, 0)
    cp.modified = dt.datetime(*DOCX_TIME)
    cp.revision = 9
    save_docx(doc, OUT / f"{name}.docx", DOCX_TIME)


# ---------------------------------------- 2. Thatchbury (town, Excel register printed to PDF)
class SheetDoc(Doc):
    """Excel's print layout: '&[Tab]' header in the centre; path, 'Page &P of &N' and print date in the footer."""

    tab = ""
    path = ""
    printed = ""

    def header(self):
        self.set_font(self.font_name, "", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, self.tab, align="C")

    def footer(self):
        self.set_font(self.font_name, "", 7.5)
        self.set_xy(self.l_margin, self.h - 10)
        self.cell(0, 4, self.path, align="L")
        self.set_xy(self.l_margin, self.h - 10)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_xy(self.l_margin, self.h - 10)
        self.cell(0, 4, self.printed, align="R")


def _clip(pdf, text, w):
    """`text` cut to what fits in width w (Excel clips overflowing text at a repeated column's edge)."""
    while text and pdf.get_string_width(text) > w - 1.6:
        text = text[:-1]
    return text


def thatchbury():
    name = "thatchbury-town-council"
    items = parse(name)
    pdf = SheetDoc(format="A4")
    meta(
        pdf, "TTC Governance Register 2025", "Microsoft\u00ae Excel\u00ae for Microsoft 365", "Deputy Town Clerk", FIXED
    )
    pdf.tab = "Member-Officer Protocol"
    pdf.path = all_of(items, "LK")[-1].split("|", 1)[1]
    pdf.printed = "17/03/2025  11:42"
    pdf.alias_nb_pages()
    pdf.set_margins(15, 16, 15)
    pdf.set_auto_page_break(False)
    F = pdf.font_name
    size, lh, pad = 8.5, 3.9, 1.0
    head_h = 2 * lh + 2 * pad  # the header row wraps ('Applies / to')
    cols_a = [("Ref", 13), ("Topic", 30), ("Rule", 101), ("Applies to", 18), ("Lead", 18)]
    cols_b = [("Ref", 13), ("Status", 52), ("Reviewed", 24)]
    rows = [r.split("|") for r in all_of(items, "R")]
    titles = all_of(items, "TT")
    notes = all_of(items, "TN")
    top_block = [(t, "B", 11 if i == 0 else 9.5) for i, t in enumerate(titles)] + [(n, "I", 8) for n in notes]

    def row_height(r):
        pdf.set_font(F, "", size)
        n = 1
        for (_, w), text in zip(cols_a, r[:5], strict=True):
            n = max(n, len(pdf.multi_cell(w - 2 * pad, lh, text, dry_run=True, output="LINES")))
        return n * lh + 2 * pad

    pdf.add_page()  # the first page; row heights are measured on it
    # pagination: the same row breaks for both column sets ('down, then over')
    bottom = pdf.h - 16
    first_top = pdf.t_margin + len(top_block) * 5 + 3
    pages, cur, y = [], [], first_top + head_h
    for r in rows:
        h = row_height(r)
        if y + h > bottom:
            pages.append(cur)
            cur, y = [], pdf.t_margin + head_h
        cur.append((r, h))
        y += h
    pages.append(cur)

    def grid_row(cols, texts, h, y, bold=False, fill=None):
        x = pdf.l_margin
        pdf.set_font(F, "B" if bold else "", size)
        for (_, w), text in zip(cols, texts, strict=True):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            pdf.set_xy(x + pad, y + pad)
            pdf.multi_cell(w - 2 * pad, lh, text, align="L", new_x="LEFT", new_y="NEXT")
            x += w

    pdf.set_draw_color(190, 190, 190)
    first = True
    for cols, pick in ((cols_a, lambda r: r[:5]), (cols_b, lambda r: [r[0], r[5], r[6]])):
        for i, page in enumerate(pages):
            if not first:
                pdf.add_page()
            first = False
            y = pdf.t_margin
            if i == 0:
                for text, style, sz in top_block:
                    pdf.set_font(F, style, sz)
                    pdf.set_xy(pdf.l_margin + pad, y)
                    shown = text if cols is cols_a else _clip(pdf, text, cols[0][1])
                    pdf.cell(0, 5, shown)
                    y += 5
                y += 3
            grid_row(cols, [c for c, _ in cols], head_h, y, bold=True, fill=(217, 225, 242))
            y += head_h
            for r, h in page:
                grid_row(cols, pick(r), h, y)
                y += h
    # the second sheet, printed with the workbook
    pdf.tab = "Lists"
    pdf.add_page()
    y = pdf.t_margin
    for k, v in (r.split("|", 1) for r in all_of(items, "LK")):
        pdf.set_font(F, "B", size)
        pdf.rect(pdf.l_margin, y, 30, 6)
        pdf.set_xy(pdf.l_margin + pad, y + 1)
        pdf.cell(28, 4, k)
        pdf.set_font(F, "", size)
        pdf.rect(pdf.l_margin + 30, y, 110, 6)
        pdf.set_xy(pdf.l_margin + 30 + pad, y + 1)
        pdf.cell(108, 4, v)
        y += 6
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------- 3. Pantyderi (Welsh community council, pocket cards PDF)
class CardsDoc(Doc):
    strap = ""
    foot = ""

    def header(self):
        self.set_font(self.font_name, "", 6.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(12, 3)
        self.multi_cell(self.w - 24, 3, self.strap, align="C")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font(self.font_name, "", 6.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(8, self.h - 7)
        self.cell(self.w - 16, 4, self.foot.replace("{n}", str(self.page_no())).replace("{N}", "{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def _card(pdf, x, y, w, h, num, total, cy, en, bullets):
    F = pdf.font_name
    pdf.set_draw_color(46, 110, 78)
    pdf.set_line_width(0.4)
    pdf.rect(x, y, w, h)
    pdf.set_fill_color(46, 110, 78)
    pdf.rect(x, y, w, 17, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(F, "", 7)
    pdf.set_xy(x + 4, y + 2)
    pdf.cell(w - 8, 3.5, f"Cerdyn / Card {num}/{total}", align="R")
    pdf.set_xy(x + 4, y + 4.5)
    pdf.set_font(F, "B", 12)
    pdf.cell(w - 8, 6, cy, new_x="LEFT", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.cell(w - 8, 5, en)
    pdf.set_text_color(0, 0, 0)
    yy = y + 22
    for b in bullets:
        pdf.set_font(F, "B", 9.2)
        pdf.set_xy(x + 4, yy)
        pdf.cell(4, 4.6, "\u2022")
        pdf.set_font(F, "", 9.2)
        pdf.set_xy(x + 8, yy)
        pdf.multi_cell(w - 12, 4.6, b, align="L", new_x="LEFT", new_y="NEXT")
        yy = pdf.get_y() + 2.4
    assert yy < y + h - 8, f"card {num} overflows"
    pdf.set_font(F, "I", 6.5)
    pdf.set_text_color(100, 100, 100)
    pdf.set_xy(x + 4, y + h - 7)
    pdf.cell(w - 8, 4, "Pantyderi CC \u00b7 Councillors and the Clerk \u00b7 2025", align="C")
    pdf.set_text_color(0, 0, 0)


def _cut_marks(pdf, xs, ys):
    """Crop marks outside the card corners and dashed cut lines through the gutters."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    for x in xs:
        pdf.line(x, ys[0] - 2.5, x, ys[0] - 0.5)
        pdf.line(x, ys[3] + 0.5, x, ys[3] + 2.5)
    for y in ys:
        pdf.line(xs[0] - 6, y, xs[0] - 2, y)
        pdf.line(xs[3] + 2, y, xs[3] + 6, y)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    mid_x = (xs[1] + xs[2]) / 2
    mid_y = (ys[1] + ys[2]) / 2
    pdf.line(mid_x, ys[0], mid_x, ys[3])
    pdf.line(xs[0], mid_y, xs[3], mid_y)
    pdf.set_dash_pattern()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(150, 150, 150)
    pdf.set_xy(mid_x - 2, ys[0] + 1)
    pdf.cell(4, 4, "\u2702")
    pdf.set_xy(xs[0] + 1, mid_y - 2.2)
    pdf.cell(4, 4, "\u2702")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)


def pantyderi():
    name = "pantyderi-community-council"
    items = parse(name)
    cards = []
    for tag, rest in items:
        if tag == "CARD":
            num, cy, en = rest.split("|")
            cards.append([num, cy, en, []])
        elif tag == "B":
            cards[-1][3].append(rest)
    pdf = CardsDoc(format="A4")
    meta(
        pdf,
        "Pantyderi Community Council - Pocket cards - Councillors and the Clerk",
        "Scribus 1.6.1",
        "Clerk",
        CARDS_DATE,
    )
    pdf.add_font("DejaVu", "", str(FONTS / "dejavu/DejaVuSans.ttf"))
    pdf.strap = all_of(items, "S")[0]
    pdf.foot = all_of(items, "F")[0]
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    w, h, gx, gy = 92, 132, 10, 9
    x0 = (pdf.w - 2 * w - gx) / 2
    y0 = (pdf.h - 2 * h - gy) / 2
    xs = [x0, x0 + w, x0 + w + gx, x0 + 2 * w + gx]
    ys = [y0, y0 + h, y0 + h + gy, y0 + 2 * h + gy]
    for i, (num, cy, en, bullets) in enumerate(cards):
        if i % 4 == 0:
            pdf.add_page()
            _cut_marks(pdf, xs, ys)
        col, row = i % 2, (i % 4) // 2
        _card(pdf, xs[2 * col], ys[2 * row], w, h, num, len(cards), cy, en, bullets)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------- 4. Sowerdale (district, Confluence space export HTML)
def sowerdale():
    name = "sowerdale-district-council"
    items = parse(name)
    space = all_of(items, "SPACE")[0]
    title = all_of(items, "TITLE")[0]
    author, editor, date = all_of(items, "CREATED")[0].split("|")
    crumbs = all_of(items, "BC")
    bc = [f'<li class="first"><span><a href="index.html">{esc(space)}</a></span></li>']
    for i, c in enumerate(crumbs):
        bc.append(f'<li><span><a href="{1000 + i * 37}.html">{esc(c)}</a></span></li>')
    body = []
    info = all_of(items, "INFO")[0]
    body.append(
        '<div class="confluence-information-macro confluence-information-macro-information">'
        '<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
        f'<div class="confluence-information-macro-body"><p>{esc(info)}</p></div></div>'
    )
    pp_rows = []
    for r in all_of(items, "PP"):
        k, v = r.split("|", 1)
        if k == "Status":
            v_html = (
                f'<span class="status-macro aui-lozenge aui-lozenge-success conf-macro output-inline">{esc(v)}</span>'
            )
        else:
            v_html = esc(v)
        pp_rows.append(
            f'<tr><th class="confluenceTh"><p>{esc(k)}</p></th><td class="confluenceTd"><p>{v_html}</p></td></tr>'
        )
    body.append(
        '<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col/><col/></colgroup><tbody>'
        + "".join(pp_rows)
        + "</tbody></table></div>"
    )
    heads = [r.split("|", 1) for r in all_of(items, "H")]
    toc = "".join(
        f'<li><span class="toc-item-body"><a class="toc-link" href="#{attr(slug(title))}-{n}.{slug(t)}">'
        f"{n}. {esc(t)}</a></span></li>"
        for n, t in heads
    )
    body.append(f'<div class="toc-macro client-side-toc-macro conf-macro output-block"><ul>{toc}</ul></div>')
    for tag, rest in items:
        if tag == "H":
            n, t = rest.split("|", 1)
            body.append(f'<h2 id="{attr(slug(title))}-{n}.{slug(t)}">{n}. {esc(t)}</h2>')
        elif tag == "C":
            n, t = rest.split("|", 1)
            body.append(f"<p><strong>{n}</strong>&nbsp;{esc(t)}</p>")
        elif tag == "EXP":
            t, text = rest.split("|", 1)
            body.append(
                '<div class="expand-container conf-macro output-block"><div class="expand-control">'
                '<span class="expand-control-icon icon">&nbsp;</span>'
                f'<span class="expand-control-text conf-macro-render">{esc(t)}</span></div>'
                f'<div class="expand-content expand-hidden"><p>{esc(text)}</p></div></div>'
            )
        elif tag == "WARN":
            body.append(
                '<div class="confluence-information-macro confluence-information-macro-note">'
                '<span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"></span>'
                f'<div class="confluence-information-macro-body"><p>{esc(rest)}</p></div></div>'
            )
    labels = "".join(
        f'<li><a class="aui-label-split-main" href="labels/{attr(lb)}.html">{esc(lb)}</a></li>'
        for lb in all_of(items, "LABEL")
    )
    atts = "<br/>\n".join(
        f'<img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/> '
        f'<a href="attachments/2174{i}/{attr(f)}">{esc(f)}</a> (application/octet-stream, {esc(s)})'
        for i, (f, s) in enumerate(r.split("|") for r in all_of(items, "ATT"))
    )
    comments = []
    for tag, rest in items:
        if tag in ("CM", "CR"):
            who, when, text = rest.split("|", 2)
            indent = ' class="comment-reply"' if tag == "CR" else ""
            comments.append(
                f'<tr><td class="comment-container"{indent}><div class="comment-header"><span class="author">'
                f'{esc(who)}</span> <span class="date">{esc(when)}</span></div>'
                f'<div class="comment-body"><p>{esc(text)}</p></div></td></tr>'
            )
    page = f"""<!DOCTYPE html>
<html>
    <head>
        <title>{esc(space)} : {esc(title)}</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                        {"".join(bc)}
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                        <span id="title-text">
                            {esc(space)} : {esc(title)}
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div class="page-metadata">
                        Created by <span class='author'> {esc(author)}</span>, last modified by <span class='editor'> \
{esc(editor)}</span> on {esc(date)}
                    </div>
                    <div id="main-content" class="wiki-content group">
{chr(10).join(body)}
                    </div>

                    <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="labels" class="pageSectionTitle">Labels:</h2>
                        </div>
                        <ul class="label-list">{labels}</ul>
                    </div>

                    <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="attachments" class="pageSectionTitle">Attachments:</h2>
                        </div>

                        <div class="greybox" align="left">
{atts}
                        </div>
                    </div>

                    <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="comments" class="pageSectionTitle">Comments:</h2>
                        </div>

                        <table border="0" width="100%">
{chr(10).join(comments)}
                        </table>
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Jul 02, 2025 10:14</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>
    </body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------- 5. Tarnshire (county, page saved as text by Lynx)
LYNX_W = 77


class Links:
    def __init__(self):
        self.urls = []

    def add(self, url):
        self.urls.append(url)
        return len(self.urls)

    def mark(self, text):
        """'{label|url}' -> '[n]label'."""
        return re.sub(r"\{([^|{}]+)\|([^{}]+)\}", lambda m: f"[{self.add(m.group(2))}]{m.group(1)}", text)


def _wrap(text, indent="   ", sub=None):
    return textwrap.wrap(
        text,
        LYNX_W,
        initial_indent=indent,
        subsequent_indent=sub if sub is not None else indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def tarnshire():
    name = "tarnshire-county-council"
    items = parse(name)
    links = Links()
    out = []
    heads = []
    for r in all_of(items, "LINKHEAD"):
        label, url = r.split("|", 1)
        heads.append(f"[{links.add(url)}]{label}")
    out.append("   #" + " ".join(heads))
    out.append("")
    navs = [r.split("|", 1) for r in all_of(items, "NAV")]
    out.append(f"   [{links.add(navs[0][1])}]{navs[0][0]}")
    out.append("")
    out.append(f"   [{links.add(navs[1][1])}]{navs[1][0]}")
    out.append("")
    for label, url in navs[2:]:
        out.append(f"     * [{links.add(url)}]{label}")
    out += ["", "   Search this site: ____________________ (BUTTON) Search", ""]
    crumbs = [f"[{links.add(u)}]{lb}" for lb, u in (r.split("|", 1) for r in all_of(items, "BC"))]
    out += _wrap(" > ".join(crumbs))
    out.append("")
    for tag, rest in items:
        if tag == "H1":
            out += [rest, ""]
        elif tag == "P":
            out += _wrap(links.mark(rest)) + [""]
        elif tag == "H2":
            out += [rest, ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            out += _wrap(f"{num} {links.mark(text)}") + [""]
    out += ["Related pages", ""]
    for r in all_of(items, "REL"):
        label, url = r.split("|", 1)
        out.append(f"     * [{links.add(url)}]{label}")
    out.append("")
    for r in all_of(items, "FOOT"):
        if r.startswith("Was this page useful?"):
            out += ["   Was this page useful? (BUTTON) Yes (BUTTON) No", ""]
            continue
        out += _wrap(links.mark(r)) + [""]
    out += ["References", "", "   Visible links:"]
    out += [f"{i:4d}. {u}" for i, u in enumerate(links.urls, 1)]
    out += ["", "   Hidden links:"]
    n = len(links.urls)
    out += [f"{n + i:4d}. {u}" for i, u in enumerate(all_of(items, "HIDDEN"), 1)]
    (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------- 6. Glenvarna (Northern Ireland, Wayback Machine capture HTML)
WB_TS = "20250214093012"
WB_URL = "https://www.glenvarna.gov.uk/your-council/councillors/member-officer-protocol"


def _wb(path, im=False):
    return f"/web/{WB_TS}{'im_' if im else ''}/https://www.glenvarna.gov.uk{path}"


def glenvarna():
    name = "glenvarna-borough-council"
    items = parse(name)
    title = all_of(items, "TITLE")[0]
    body = []
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            body.append(f'<h2 id="section-{num}">{num}. {esc(text)}</h2>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.append(f'<p class="para"><span class="para-num">{num}</span> {esc(text)}</p>')
    related = "\n".join(
        f'<li><a href="{attr(_wb(p))}">{esc(lb)}</a></li>'
        for lb, p in (r.split("|", 1) for r in all_of(items, "RELATED"))
    )
    toolbar = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"></div>
<div id="wm-ipp-inside">
<div id="wm-logo" style="float:left;width:110px;padding-top:12px;">
<a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" \
alt="Wayback Machine"></a>
</div>
<div class="c" style="float:left;">
<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb">
<input type="text" name="url" id="wmtbURL" value="{WB_URL}" onfocus="this.focus();this.select();">
<input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="{WB_TS}">
<input type="submit" value="Go">
</form>
<div id="wm-nav-captures">
<a class="t" href="/web/{WB_TS}*/{WB_URL}" title="See a list of every capture for this URL">37 captures</a>
<div class="r" title="Timespan for captures of this URL">04 Nov 2022 - 14 Feb 2025</div>
</div>
</div>
<div class="c">
<table><tbody>
<tr class="y"><td class="b"><a href="/web/20250109141255/{WB_URL}" title="09 Jan 2025">JAN</a></td>
<td class="c">FEB</td><td class="f">MAR</td></tr>
<tr class="d"><td class="b"><a href="/web/20241113080411/{WB_URL}" title="13 Nov 2024">&#9664;</a></td>
<td class="c">14</td><td class="f">&#9654;</td></tr>
<tr class="y"><td class="b">2024</td><td class="c">2025</td><td class="f">2026</td></tr>
</tbody></table>
</div>
<div class="r" style="float:right;">
<div id="wm-btns">
<a href="#" id="wm-expand" title="Expand">&#8681;</a> \
<a href="#" id="wm-tb-close" title="Close the toolbar">&#10005;</a>
</div>
<div id="wm-capinfo-notice" style="display:none">About this capture</div>
</div>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none;overflow:hidden">
<div id="wm-capinfo-collected-by">
<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
<div style="padding:3px;position:relative" id="wm-collected-by-content">
<div>Collection: <a href="/web/{WB_TS}/https://archive.org/details/save-page-now">Save Page Now Outlinks</a></div>
<p>Web pages linked from pages saved with Save Page Now.</p>
</div>
</div>
<div id="wm-capinfo-timestamps">
<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" \
title="Timestamps for the elements of this page">TIMESTAMPS</div>
</div>
</div>
</div>
</div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{WB_TS}/{WB_URL}</div>
<script type="text/javascript">
__wm.bt(700,27,25,2,"web","{WB_URL}","{WB_TS}",1996,"/_static/",["/_static/css/banner-styles.css"],false);
</script>
<!-- END WAYBACK TOOLBAR INSERT -->"""
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;\
v.service='wb';v.server_name='wwwb-app214.us.archive.org';v.server_ms=412;archive_analytics.send_pageview({{}});}});\
</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on"}};</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1utQkbB3" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Glenvarna Borough Council</title>
<link rel="stylesheet" href="{_wb("/assets/css/main.min.css")}">
<link rel="icon" href="{_wb("/favicon.ico", im=True)}">
</head>
<body class="page-template-default">
{toolbar}
<div class="cookie-notice" id="cookie-notice">
<p>We use cookies to make this website work and to understand how you use it. \
<a href="{_wb("/cookies")}">Read our cookie policy</a>.</p>
<button type="button">Accept all cookies</button> <button type="button">Essential cookies only</button>
</div>
<a class="skip" href="#content">Skip to content</a>
<header class="site-header">
<a href="{_wb("/")}" class="logo"><img src="{_wb("/assets/img/glenvarna-crest.png", im=True)}" \
alt="Glenvarna Borough Council"></a>
<nav class="main-menu"><ul>
<li><a href="{_wb("/bins-and-recycling")}">Bins and recycling</a></li>
<li><a href="{_wb("/leisure")}">Leisure centres</a></li>
<li><a href="{_wb("/planning")}">Planning</a></li>
<li><a href="{_wb("/your-council")}">Your Council</a></li>
</ul></nav>
</header>
<div class="breadcrumbs"><a href="{_wb("/")}">Home</a> / <a href="{_wb("/your-council")}">Your Council</a> / \
<a href="{_wb("/your-council/councillors")}">Councillors</a> / <span>{esc(title)}</span></div>
<main id="content">
<article>
<h1>{esc(title)}</h1>
<p class="updated">{esc(all_of(items, "UPDATED")[0])}</p>
<p class="intro">{esc(all_of(items, "INTRO")[0])}</p>
<p class="download"><a href="{_wb("/media/2291/member-officer-protocol-oct-2023.pdf")}">Download the protocol (PDF, \
286KB)</a></p>
{chr(10).join(body)}
</article>
<aside class="related">
<h2>Related pages</h2>
<ul>
{related}
</ul>
</aside>
</main>
<footer class="site-footer">
<p>Glenvarna Borough Council, Civic Centre, 40 Market Street, Glenvarna. Telephone 01632 960 550.</p>
<p><a href="{_wb("/accessibility")}">Accessibility</a> | <a href="{_wb("/privacy")}">Privacy</a> | \
<a href="{_wb("/sitemap")}">Sitemap</a></p>
</footer>
</body>
</html>
<!--
     FILE ARCHIVED ON 09:30:12 Feb 14, 2025 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:47:03 Jul 03, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.022
  esindex: 0.011
  cdx.remote: 7.2
  LoadShardBlock: 118.4 (3)
  PetaboxLoader3.datanode: 141.9 (4)
  load_resource: 96.3
-->
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------- 7. Ridgefold (metropolitan borough, Obsidian Web Clipper note)
def ridgefold():
    name = "ridgefold-metropolitan-borough-council"
    shutil.copyfile(SRC / f"{name}.md", OUT / f"{name}.md")


# ---------------------------------------- 8. Westerholme (unitary, FAQ page with FAQPage microdata + JSON-LD)
def westerholme():
    name = "westerholme-council"
    items = parse(name)
    qas, cats = [], []
    for tag, rest in items:
        if tag == "CAT":
            cats.append([rest, []])
        elif tag == "Q":
            qa = [rest, []]
            qas.append(qa)
            cats[-1][1].append(qa)
        elif tag == "A":
            qas[-1][1].append(rest)
    stale = dict(r.split("|", 1) for r in all_of(items, "STALE"))
    ld = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": q,
                "acceptedAnswer": {"@type": "Answer", "text": stale.get(str(i), " ".join(a))},
            }
            for i, (q, a) in enumerate(qas[:12], 1)
        ],
    }
    sections = []
    for cat, group in cats:
        parts = [f'<h2 id="{slug(cat)}">{esc(cat)}</h2>']
        for q, answers in group:
            paras = "".join(f"<p>{esc(a)}</p>" for a in answers)
            parts.append(
                '<div class="faq-item" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">\n'
                f'<h3 class="faq-q" itemprop="name">{esc(q)}</h3>\n'
                '<div class="faq-a" itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">\n'
                f'<div itemprop="text">{paras}</div>\n</div>\n'
                '<div class="faq-helpful">Was this answer helpful? <button type="button">Yes</button> '
                '<button type="button">No</button></div>\n</div>'
            )
        sections.append("\n".join(parts))
    jsonld = json.dumps(ld, ensure_ascii=False, indent=2)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Member/Officer Protocol: questions and answers | Westerholme Council</title>
<meta name="description" content="Answers to common questions from councillors and staff about the Member/Officer \
Protocol.">
<link rel="canonical" href="https://www.westerholme.gov.uk/council/councillors/member-officer-protocol-faqs">
<!-- SEO plugin: structured data (generated 12/04/2025) -->
<script type="application/ld+json">
{jsonld}
</script>
<link rel="stylesheet" href="/css/westerholme.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner"><p>We'd like to set analytics cookies to help us improve this website.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button></div>
<header class="site-header"><a href="/" class="logo">Westerholme Council</a>
<form class="search" action="/search"><label for="s">Search</label><input id="s" name="q"></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Council and \
democracy</a></li><li><a href="/council/councillors">Councillors</a></li></ol></nav>
<main id="main">
<h1>Member/Officer Protocol: questions and answers</h1>
<p class="lede">{esc(all_of(items, "INTRO")[0])}</p>
<p><a href="/documents/member-officer-protocol-april-2025.pdf">Member/Officer Protocol, April 2025 (PDF, 340KB)</a></p>
<div class="faq" itemscope itemtype="https://schema.org/FAQPage">
{chr(10).join(sections)}
</div>
<div class="related-box">
<h2>Related questions</h2>
<ul>
<li><a href="/council/councillors/allowances">How are councillors' allowances paid?</a></li>
<li><a href="/council/meetings">When is the next Council meeting?</a></li>
<li><a href="/council/councillors/code-of-conduct">What is in the Code of Conduct?</a></li>
</ul>
</div>
<p class="last-reviewed">Last reviewed: 2 June 2025</p>
</main>
<footer class="site-footer"><p>Westerholme Council, Civic Offices, Quay Street, Westerholme. 01632 960 240</p>
<p><a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a> \
<a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    wrencote()
    thatchbury()
    pantyderi()
    sowerdale()
    tarnshire()
    glenvarna()
    ridgefold()
    westerholme()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
