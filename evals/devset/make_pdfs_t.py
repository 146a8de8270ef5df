"""Build the probe-t documents in docs-t/ from the sources in docs-t-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_t.py

Probe T: eight member/officer protocols of invented councils, each published
in a way probes C to S did not cover:
a parish 'Policies and Procedures' PDF bundle in which the protocol is Policy 6
of 7, after five unrelated policies that restart their paragraph numbers, a
town council's residents' magazine whose centre pull-out carries the protocol
in two columns with paid advert boxes between clauses, a Welsh community
council 'standing resolution' whose items are numbered with ordinal words
('FIRST' ... 'TWENTY-FIFTH'), a district guidance page in MkDocs-Material
Markdown (front matter, admonitions and content tabs whose clauses are
indented four spaces, abbreviation lines), a borough Word file published as
'FINAL' with the reviewers' comments still typed inline in square brackets, a
county constitution section served as pdf2htmlEX HTML (every printed line an
absolutely positioned div), a unitary council's plain-text e-mail bulletin
that quotes the whole protocol with '> ' on every line, and a Scottish
council page whose headings, navigation and title are bilingual Scottish
Gaelic / English.
Shared helpers come from gen_common.py. Deterministic: fixed creation dates,
no randomness.
"""

import datetime as dt
import re
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    Doc,
    add_field,
    all_of,
    esc,
    hanging,
    meta,
    read_tagged,
    save_docx,
)

SRC = HERE / "docs-t-src"
OUT = HERE / "docs-t"
OUT.mkdir(exist_ok=True)
DOCX_TIME = (2025, 3, 20, 10, 5, 0)  # the zip entries' date in the .docx
FIXED = dt.datetime(2025, 6, 16, 9, 30, 0, tzinfo=dt.UTC)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- 1. Hamblesworth (parish, policies bundle PDF)
class BundleDoc(Doc):
    """Running header: bundle name on the left, the policy in force at the top of the page on the right."""

    cur_policy = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(self.font_name, "", 8)
        self.set_text_color(70, 90, 60)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, "Hamblesworth Parish Council - Policies and Procedures 2025", align="L")
        if self.cur_policy:
            self.set_xy(self.l_margin, 10)
            self.cell(0, 5, self.cur_policy, align="R")
        self.set_draw_color(140, 160, 120)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)


def _hamblesworth_pass(items, pages):
    pdf = BundleDoc(format="A4")
    meta(pdf, "Hamblesworth Parish Council - Policies and Procedures 2025", "Microsoft\u00ae Word 2016", "Clerk", FIXED)
    pdf.footer_text = "Policies and Procedures 2025  -  Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    F = pdf.font_name
    pdf.add_page()
    t = all_of(items, "T")
    pdf.ln(30)
    pdf.set_font(F, "B", 22)
    pdf.set_text_color(50, 80, 40)
    pdf.cell(0, 12, t[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 17)
    pdf.cell(0, 10, t[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font(F, "I", 10)
    for m in all_of(items, "M"):
        pdf.multi_cell(0, 5.4, m, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(8)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 11)
    for r in all_of(items, "K"):
        num, title, page = r.split("|")
        page = str(pages.get(num, page))
        left = f"Policy {num}   {title}"
        wl, wp = pdf.get_string_width(left), pdf.get_string_width(page)
        dots = "." * max(3, int((pdf.epw - wl - wp - 4) / pdf.get_string_width(".")))
        pdf.cell(0, 7, f"{left} {dots} {page}", new_x="LMARGIN", new_y="NEXT")
    found = {}
    first = True
    for tag, rest in items:
        if tag == "P":
            num, title = rest.split("|", 1)
            # Policy 6 (the protocol) and the first policy start on a new page; the others follow on
            if first or num == "6" or pdf.get_y() > 215:
                pdf.cur_policy = f"Policy {num}: {title}"
                pdf.add_page()
            else:
                pdf.ln(6)
            first = False
            pdf.cur_policy = f"Policy {num}: {title}"
            found[num] = pdf.page_no()
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(50, 80, 40)
            pdf.cell(0, 8, f"POLICY {num}: {title.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "PM":
            pdf.set_font(F, "I", 9.5)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6.5, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            num, text = rest.split("|", 1)
            hanging(pdf, f"{num}.", text, 9, lh=5.3, size=10.5)
            pdf.ln(1.4)
    return pdf, found


def hamblesworth():
    name = "hamblesworth-parish-council"
    items = parse(name)
    _, pages = _hamblesworth_pass(items, {})
    pdf, pages2 = _hamblesworth_pass(items, pages)
    assert pages == pages2
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 2. Mardleton (town, residents' magazine PDF)
class MagDoc(Doc):
    strap = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(self.font_name, "B", 8)
        self.set_text_color(160, 40, 60)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, "MARDLETON MATTERS  |  Spring 2025", align="L")
        if self.strap:
            self.set_xy(self.l_margin, 9)
            self.cell(0, 5, self.strap, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.font_name, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


class Flow:
    """Two-column flow of whole blocks: a block that does not fit in the rest of a column goes to the next
    column, or to a new page after the right-hand column."""

    def __init__(self, pdf, top):
        self.pdf = pdf
        self.gap = 7
        self.colw = (pdf.epw - self.gap) / 2
        self.top = top
        self.col = 0
        self.y = top

    def x(self):
        return self.pdf.l_margin + self.col * (self.colw + self.gap)

    def ensure(self, h):
        if self.y + h > self.pdf.h - 20:
            if self.col == 0:
                self.col = 1
            else:
                self.col = 0
                self.pdf.add_page()
                self.top = self.pdf.t_margin
            self.y = self.top

    def para(self, text, size=9.6, lh=4.6, style="", markdown=False, after=2.2, color=(0, 0, 0)):
        pdf = self.pdf
        pdf.set_font(pdf.font_name, style, size)
        plain = text.replace("**", "")
        h = len(pdf.multi_cell(self.colw, lh, plain, dry_run=True, output="LINES")) * lh
        self.ensure(h)
        pdf.set_text_color(*color)
        pdf.set_xy(self.x(), self.y)
        pdf.multi_cell(self.colw, lh, text, markdown=markdown, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        self.y = pdf.get_y() + after

    def advert(self, lines):
        pdf = self.pdf
        lh = 4.6
        pdf.set_font(pdf.font_name, "B", 9.5)
        h = (len(lines) + 1) * lh + 6
        self.ensure(h + 3)
        y0 = self.y + 1
        pdf.set_fill_color(255, 246, 214)
        pdf.set_draw_color(200, 160, 60)
        pdf.rect(self.x(), y0, self.colw, h, style="DF")
        pdf.set_font(pdf.font_name, "", 6.5)
        pdf.set_text_color(140, 110, 40)
        pdf.set_xy(self.x() + 2, y0 + 1)
        pdf.cell(self.colw - 4, 3.5, "ADVERTISEMENT", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(self.x() + 3, y0 + 4.5)
        for i, ln in enumerate(lines):
            pdf.set_font(pdf.font_name, "B" if i == 0 else "", 10 if i == 0 else 9)
            pdf.set_x(self.x() + 3)
            pdf.multi_cell(self.colw - 6, lh, ln, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        self.y = y0 + h + 4


def mardleton():
    name = "mardleton-town-council"
    items = parse(name)
    pdf = MagDoc(format="A4")
    meta(pdf, "Mardleton Matters - Issue 38 - Spring 2025", "Affinity Publisher 2.5.3", "Mardleton Town Council", FIXED)
    pdf.set_margins(15, 17, 15)
    pdf.set_auto_page_break(False)
    F = pdf.font_name
    pdf.add_page()
    mt = all_of(items, "MT")
    pdf.set_fill_color(160, 40, 60)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 9)
    pdf.set_font(F, "B", 30)
    pdf.cell(0, 13, mt[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.set_x(15)
    pdf.cell(0, 6, mt[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    flow = Flow(pdf, 46)
    seen_pullout = False
    for tag, rest in items:
        if tag == "N":
            title, text = rest.split("|", 1)
            flow.para(title, size=13, lh=6, style="B", after=1, color=(160, 40, 60))
            flow.para(text, after=4)
        elif tag == "COL":
            flow.col, flow.y = 1, flow.top
        elif tag == "II" and rest.isupper():
            flow.para(rest, size=11, lh=5.5, style="B", after=1, color=(160, 40, 60))
        elif tag == "II":
            flow.para("\u2022 " + rest, after=1.2)
        elif tag == "AD":
            flow.advert(rest.split(" / "))
        elif tag == "PT" and not seen_pullout:
            seen_pullout = True
            pdf.strap = "PULL-OUT - KEEP FOR REFERENCE"
            pdf.add_page()
            pt = all_of(items, "PT")
            pdf.set_fill_color(245, 228, 232)
            pdf.rect(pdf.l_margin, pdf.t_margin, pdf.epw, 22, style="F")
            pdf.set_xy(pdf.l_margin + 3, pdf.t_margin + 2)
            pdf.set_font(F, "B", 15)
            pdf.set_text_color(160, 40, 60)
            pdf.cell(0, 9, pt[0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 3)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 7, pt[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            flow = Flow(pdf, pdf.t_margin + 27)
            flow.para(all_of(items, "PI")[0], size=9.6, style="I", after=3)
        elif tag == "C":
            num, head, text = rest.split("|", 2)
            flow.para(f"**{num}. {head}**  {text}", markdown=True, after=2.4)
        elif tag == "B":
            if pdf.strap:
                pdf.strap = ""
                pdf.add_page()
                flow = Flow(pdf, pdf.t_margin + 2)
            title, text = rest.split("|", 1)
            flow.para(title, size=13, lh=6, style="B", after=1, color=(160, 40, 60))
            flow.para(text, after=4)
        elif tag == "W" and rest.isupper():
            flow.para(rest, size=11, lh=5.5, style="B", after=1, color=(160, 40, 60))
        elif tag == "W":
            flow.para(rest, after=1.2)
        elif tag == "X" and rest.isupper():
            flow.y += 3
            flow.para(rest, size=11, lh=5.5, style="B", after=1, color=(160, 40, 60))
        elif tag == "X":
            flow.para(rest, size=9, after=1.2)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 3. Bryncadwy (Welsh community council, ordinal-word items, TXT)
def bryncadwy():
    name = "bryncadwy-community-council"
    items = parse(name)
    out = []
    out += all_of(items, "T")
    out.append("")
    out += all_of(items, "M")
    out.append("")
    out.append(all_of(items, "R")[0])
    for tag, rest in items:
        if tag == "C":
            ordinal, title, text = rest.split("|", 2)
            out += ["", f"{ordinal} \u2013 {title}", text]
        elif tag == "I":
            out.append(rest)
    out.append("")
    out += all_of(items, "S")
    (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 4. Tavenholt (district, MkDocs Material Markdown)
def tavenholt():
    name = "tavenholt-district-council"
    items = parse(name)
    out = ["---"] + all_of(items, "FM") + ["---", "", f"# {all_of(items, 'T')[0]}", ""]
    out += ['!!! info "Status"', "", f"    {all_of(items, 'ST')[0]}", ""]
    indent = ""
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            out += [f"## {num}. {text}", ""]
        elif tag == "ADM":
            kind, title = rest.split("|", 1)
            out += [f'!!! {kind} "{title}"', ""]
            indent = "    "
        elif tag == "TAB":
            out += [f'=== "{rest}"', ""]
            indent = "    "
        elif tag == "END":
            indent = ""
        elif tag == "C":
            num, text = rest.split("|", 1)
            out += [f"{indent}**{num}** {text}", ""]
        elif tag == "EX":
            title, text = rest.split("|", 1)
            out += [f'??? example "{title}"', "", f"    {text}", ""]
    out += [
        "---",
        "",
        "*Last updated: 24 April 2025. Report a problem with this page to democratic.services@tavenholt.gov.uk.*",
        "",
    ]
    for r in all_of(items, "AB"):
        ab, meaning = r.split("|", 1)
        out.append(f"*[{ab}]: {meaning}")
    out += ['--8<-- "includes/abbreviations.md"', ""]
    (OUT / f"{name}.md").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 5. Stannerley (borough, DOCX with inline bracketed comments)
def _runs_with_comments(p, text, size=None):
    """Add `text` to paragraph p, the bracketed reviewers' comments as yellow-highlighted runs."""
    for part in re.split(r"(\[[^\]]*\])", text):
        if not part:
            continue
        r = p.add_run(part)
        if size:
            r.font.size = size
        if part.startswith("["):
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW


def stannerley():
    name = "stannerley-borough-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 1"):
        doc.styles[s].font.name = "Calibri"
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    doc.styles["Heading 1"].font.size = Pt(12.5)
    doc.styles["Title"].font.size = Pt(20)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Stannerley Borough Council \u2013 Constitution Part 5E")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Member/Officer Protocol v2.3 FINAL \u2013 page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    t = all_of(items, "T")
    p = doc.add_paragraph()
    r = p.add_run(t[0])
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(t[1])
    doc.add_paragraph(t[2], style="Title")
    for m in all_of(items, "M"):
        p = doc.add_paragraph()
        _runs_with_comments(p, m)
        for run in p.runs:
            run.italic = True
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            doc.add_paragraph(f"{num}.\t{text}", style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            _runs_with_comments(p, f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            pf.space_after = Pt(6)
    cp = doc.core_properties
    cp.title = "Protocol on Member/Officer Relations v2.3 FINAL"
    cp.author = "J Thorne"
    cp.last_modified_by = "E Sandhu"
    cp.subject = "Constitution Part 5E"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 17
    save_docx(doc, OUT / f"{name}.docx", DOCX_TIME)


# ---------------------------------------------------------------- 6. Calvershire (county, pdf2htmlEX HTML)
LINE_W = 92
PAGE_LINES = 46


def _pdf_lines(items):
    """The printed lines of the PDF as (kind, x class, text) with page breaks ('PB')."""
    lines = []
    t = all_of(items, "T")
    lines += [("title", 3, t[0]), ("title", 3, t[1]), ("title2", 3, t[2]), ("blank", 0, "")]
    for w in textwrap.wrap(all_of(items, "M")[0], LINE_W):
        lines.append(("meta", 3, w))
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            lines += [("blank", 0, ""), ("head", 1, f"{num}\x00{text.upper()}")]
        elif tag == "C":
            num, text = rest.split("|", 1)
            wrapped = textwrap.wrap(text, LINE_W - 8)
            lines.append(("num", 1, f"{num}\x00{wrapped[0]}"))
            lines += [("cont", 2, w) for w in wrapped[1:]]
    pages, cur = [], []
    for ln in lines:
        if len(cur) >= PAGE_LINES and ln[0] != "cont":
            pages.append(cur)
            cur = []
        if ln[0] == "blank" and not cur:
            continue
        cur.append(ln)
    pages.append(cur)
    return pages


def _spacer(i):
    return f'<span class="_ _{i}"> </span>'


def calvershire():
    name = "calvershire-county-council"
    items = parse(name)
    pages = _pdf_lines(items)
    npages = len(pages)
    ys = {}
    page_html = []
    outline = []
    for pn, plines in enumerate(pages, 1):
        divs = [
            '<img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="/>'
        ]
        y = 1120.0
        divs.append(
            f'<div class="t m0 x1 h1 y{int(y)} ff2 fs0 fc1 sc0 ls0 ws0">Calvershire County Council Constitution{_spacer(9)}Part 5: Codes and Protocols</div>'
        )
        ys[int(y)] = y
        y -= 44
        for kind, xc, text in plines:
            yi = int(y)
            ys[yi] = y
            if kind == "blank":
                y -= 10
                continue
            if kind in ("title", "title2"):
                ff, fs = ("ff1", "fs2") if kind == "title" else ("ff1", "fs3")
                divs.append(f'<div class="t m0 x{xc} h3 y{yi} {ff} {fs} fc0 sc0 ls0 ws0">{esc(text)}</div>')
                y -= 30
                continue
            if kind == "meta":
                divs.append(f'<div class="t m0 x{xc} h2 y{yi} ff3 fs1 fc0 sc0 ls0 ws0">{esc(text)}</div>')
                y -= 20
                continue
            if kind == "head":
                num, txt = text.split("\x00")
                outline.append((pn, yi, f"{num}. {txt.title()}"))
                divs.append(
                    f'<div class="t m0 x1 h2 y{yi} ff1 fs1 fc0 sc0 ls0 ws0">{esc(num)}.{_spacer(3)}{esc(txt)}</div>'
                )
                y -= 24
                continue
            if kind == "num":
                num, txt = text.split("\x00")
                body = esc(txt)
                divs.append(f'<div class="t m0 x1 h2 y{yi} ff2 fs1 fc0 sc0 ls0 ws0">{esc(num)}{_spacer(3)}{body}</div>')
            else:
                body = esc(text)
                # a wide justified gap in some lines, as pdf2htmlEX writes it
                if len(text) > 80 and " " in text[40:]:
                    k = text.index(" ", 40)
                    body = esc(text[:k]) + _spacer(1) + esc(text[k + 1 :])
                divs.append(f'<div class="t m0 x2 h2 y{yi} ff2 fs1 fc0 sc0 ls0 ws1">{body}</div>')
            y -= 19.5
        divs.append(
            f'<div class="t m0 x1 h1 y60 ff2 fs0 fc1 sc0 ls0 ws0">Approved 15 May 2025{_spacer(9)}Page {pn} of {npages}</div>'
        )
        ys[60] = 60
        page_html.append(
            f'<div id="pf{pn:x}" class="pf w0 h0" data-page-no="{pn:x}"><div class="pc pc{pn:x} w0 h0">'
            + "".join(divs)
            + '</div><div class="pi" data-data=\'{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,0.000000]}\'></div></div>'
        )
    ycss = "".join(f".y{k}{{bottom:{v:.6f}px;}}" for k, v in sorted(ys.items()))
    outline_html = "".join(
        f'<li><a class="l" href="#pf{pn:x}" data-dest-detail=\'[{pn},"XYZ",70,{yi},null]\'>{esc(txt)}</a></li>'
        for pn, yi, txt in outline
    )
    page = f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto;}}
#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0;}}
@media screen{{#sidebar.opened+#page-container{{left:250px;}}}}
.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}}
.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0% 0%;}}
.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;unicode-bidi:bidi-override;}}
._{{display:inline-block;}}
._0{{margin-left:-1.02px;}}._1{{width:6.48px;}}._3{{width:22.5px;}}._9{{width:310.2px;}}
.ff1{{font-family:ff1;line-height:0.905;font-style:normal;font-weight:bold;visibility:visible;}}
.ff2{{font-family:ff2;line-height:0.905;font-style:normal;font-weight:normal;visibility:visible;}}
.ff3{{font-family:ff3;line-height:0.905;font-style:italic;font-weight:normal;visibility:visible;}}
.fs0{{font-size:48.000000px;}}.fs1{{font-size:63.760000px;}}.fs2{{font-size:79.680000px;}}.fs3{{font-size:95.640000px;}}
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
.h1{{height:34.750000px;}}.h2{{height:46.160000px;}}.h3{{height:69.240000px;}}
.fc0{{color:rgb(0,0,0);}}.fc1{{color:rgb(89,89,89);}}
.x0{{left:0.000000px;}}.x1{{left:106.300000px;}}.x2{{left:151.300000px;}}.x3{{left:106.300000px;}}
{ycss}
.w0{{width:892.500000px;}}.h0{{height:1263.000000px;}}.w1{{width:893.000000px;}}.h1{{height:1263.500000px;}}
</style>
<title>Calvershire County Council Constitution - Part 5.4 Protocol on Member/Officer Relations</title>
</head>
<body>
<div id="sidebar" class="opened">
<div id="outline">
<ul>{outline_html}</ul>
</div>
</div>
<div id="page-container">
{"".join(page_html)}
</div>
<div class="loading-indicator">
<img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="/>
</div>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 7. Ellesbourne (unitary, plain-text e-mail bulletin quoting the protocol)
def ellesbourne():
    name = "ellesbourne-council"
    items = parse(name)
    W = 72
    out = all_of(items, "HDR") + [""]
    bt = all_of(items, "BT")
    out += [bt[0], bt[1], "=" * W, "", "IN THIS ISSUE"]
    out += [f"  {x}" for x in all_of(items, "IN")]
    out.append("")
    quoting = False
    for tag, rest in items:
        if tag == "S":
            if quoting:
                quoting = False
            out += ["", rest, "-" * len(rest), ""]
        elif tag == "P":
            if quoting:
                out.append("")
                quoting = False
            out += textwrap.wrap(rest, W) + [""]
        elif tag == "L":
            out.append("  " + rest)
        elif tag in ("QT", "QH", "QC"):
            if not quoting:
                quoting = True
            if tag == "QT":
                out.append(f"> {rest}")
            elif tag == "QH":
                out += ([] if out[-1] == ">" else [">"]) + [f"> {rest.upper()}", ">"]
            else:
                num, text = rest.split("|", 1)
                out += ["> " + w for w in textwrap.wrap(f"{num}  {text}", W - 2)] + [">"]
    out.append("")
    out += all_of(items, "F")
    (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 8. Kinlochbrae (Scottish, bilingual Gaelic/English headings, HTML)
def kinlochbrae():
    name = "kinlochbrae-council"
    items = parse(name)
    gd_title, en_title = all_of(items, "T")[0].split("|")
    m = all_of(items, "M")[0]
    gn = all_of(items, "GN")[0]
    sections, cur = [], None
    for tag, rest in items:
        if tag == "H":
            num, gd, en = rest.split("|")
            cur = [num, gd, en, []]
            sections.append(cur)
        elif tag == "C":
            num, text = rest.split("|", 1)
            cur[3].append(f'<p class="clause" id="c{num.replace(".", "-")}">{esc(num)} {esc(text)}</p>')
    toc = "\n".join(
        f'<li><a href="#s{n}"><span lang="gd">{esc(gd)}</span> / <span lang="en">{esc(en)}</span></a></li>'
        for n, gd, en, _ in sections
    )
    body = "\n".join(
        f'<section id="s{n}">\n<h2>{n}. <span lang="gd">{esc(gd)}</span> / <span lang="en">{esc(en)}</span></h2>\n'
        + "\n".join(paras)
        + "\n</section>"
        for n, gd, en, paras in sections
    )
    gn_gd, gn_en = gn.split(" / ")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(gd_title)} / {esc(en_title)} | Comhairle Cheann Loch Bhr\u00e0igh / Kinlochbrae Council</title>
<link rel="alternate" hreflang="gd" href="https://www.kinlochbrae.gov.scot/gd/comhairle/protacal-chomhairlichean">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<a class="skip-link" href="#main"><span lang="gd">Leum chun na prìomh susbaint</span> / Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies">
<p><span lang="gd">Bidh sinn a' cleachdadh briosgaidean air an làrach-lìn seo.</span> / We use cookies on this website.</p>
<button><span lang="gd">Gabh riutha</span> / Accept</button> <button><span lang="gd">Diùlt</span> / Reject</button>
</div>
<header class="site-header">
<a class="logo" href="/"><img src="/assets/img/crest.svg" alt=""><span class="logo-gd" lang="gd">Comhairle Cheann Loch Bhràigh</span><span class="logo-en">Kinlochbrae Council</span></a>
<form class="search" action="/search"><label for="q"><span lang="gd">Lorg</span> / Search</label><input id="q" name="q"></form>
<p class="lang-switch"><a href="/gd/comhairle/protacal-chomhairlichean" lang="gd">Gàidhlig</a> | <strong>English</strong></p>
</header>
<nav class="main-nav">
<ul>
<li><a href="/"><span lang="gd">Dachaigh</span> / Home</a></li>
<li><a href="/bins"><span lang="gd">Sgudal</span> / Bins</a></li>
<li><a href="/council-tax"><span lang="gd">Cìs Comhairle</span> / Council tax</a></li>
<li><a href="/schools"><span lang="gd">Sgoiltean</span> / Schools</a></li>
<li><a href="/ferries"><span lang="gd">Aiseagan</span> / Ferries</a></li>
<li><a href="/council"><span lang="gd">A' Chomhairle</span> / The Council</a></li>
</ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb">
<a href="/"><span lang="gd">Dachaigh</span> / Home</a> &gt; <a href="/council"><span lang="gd">A' Chomhairle</span> / The Council</a> &gt; <a href="/council/standing-orders"><span lang="gd">Òrdughan Seasmhach</span> / Standing Orders</a>
</nav>
<main id="main">
<h1><span lang="gd">{esc(gd_title)}</span><br><span lang="en">{esc(en_title)}</span></h1>
<p class="meta">{esc(m)}</p>
<p class="gd-note"><span lang="gd">{esc(gn_gd)}</span><br><span lang="en">{esc(gn_en)}</span></p>
<nav class="contents" aria-label="Contents">
<h2><span lang="gd">Clàr-innse</span> / Contents</h2>
<ol>
{toc}
</ol>
</nav>
{body}
<p class="page-updated"><span lang="gd">Air ùrachadh mu dheireadh</span> / Last updated: 1 July 2025</p>
</main>
<footer class="site-footer">
<p><span lang="gd">Comhairle Cheann Loch Bhràigh, Oifisean na Comhairle, Sràid a' Chala</span> / Kinlochbrae Council, Council Offices, Harbour Street, Kinlochbrae</p>
<p><a href="/accessibility"><span lang="gd">So-ruigsinneachd</span> / Accessibility</a> | <a href="/privacy"><span lang="gd">Prìobhaideachd</span> / Privacy</a> | <a href="/gaelic-plan"><span lang="gd">Plana Gàidhlig</span> / Gaelic Language Plan</a></p>
</footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    hamblesworth()
    mardleton()
    bryncadwy()
    tavenholt()
    stannerley()
    calvershire()
    ellesbourne()
    kinlochbrae()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
