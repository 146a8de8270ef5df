"""Build the probe-y documents in docs-y/ from the sources in docs-y-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_y.py

Probe Y: eight ORDINARY member/officer protocols of invented councils, in the forms a user downloads from a council's
website today, with the everyday quirks those forms have and nothing exotic. This script builds the five generated ones:
- a town council's protocol as a Word document exported to PDF (Poltrayne): a title page (version, "Adopted:",
  "Review date:", responsible officer), "1.0 INTRODUCTION" headings with 1.1, 1.2 paragraphs in a hanging column,
  (a)/(b) sub-items and (i)/(ii)/(iii) sub-sub-items, a running header and "Page N of M" footer;
- a parish council's protocol as a PDF whose TEXT LAYER GLUES EACH PARAGRAPH NUMBER TO ITS TEXT (Aldercott): the
  number sits less than a space-width before the first word, so text extractors read "3.2Councillors should";
  serif face, title block, "SECTION n - ..." headings, "Date approved:" and "Next review:" lines;
- a parish-level city council's protocol as a PDF WITH A CONTENTS LIST (Sallowfield): title block with a document
  reference, a contents page with dot leaders and page numbers (computed in a first pass), Parts I-X with
  paragraphs numbered 1-40 and (i)/(ii)/(iii) sub-items; paragraphs may run over a page break as Word's do;
- a town council's protocol as a Word file with TYPED numbering (Pellingford): "1.1<TAB>text" in ordinary
  paragraphs, a "Who to contact about what" table and a version-control table at the end;
- a county council's constitution protocol as a Word file with WORD'S OWN LIST NUMBERING (Mardenshire): headings
  and paragraphs numbered from numbering.xml, so no number is in the text; a document-control table at the top.
The other three (a parish council's saved web page, a Welsh community council's bilingual page, a borough council's
constitution page) are hand-written straight into docs-y/. Shared helpers come from gen_common.py. Deterministic:
fixed creation dates and zip timestamps, no randomness.
"""

import datetime as dt
import sys
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
    keep_together,
    meta,
    read_tagged,
    save_docx,
    shade_cell,
)

SRC = HERE / "docs-y-src"
OUT = HERE / "docs-y"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def hang(pdf, left, indent, label, text, size, lh, align="J", keep=True):
    """A paragraph whose label sits at `left` (mm from the page margin) and whose text hangs at left+indent."""
    F = pdf.font_name
    L = pdf.l_margin
    pdf.set_font(F, "", size)
    if keep:
        keep_together(pdf, text, pdf.epw - left - indent, lh)
    if label:
        pdf.set_x(L + left)
        pdf.cell(indent, lh, label)
    pdf.set_left_margin(L + left + indent)
    pdf.set_x(L + left + indent)
    pdf.multi_cell(0, lh, text, align=align, **NEXT)
    pdf.set_left_margin(L)
    pdf.set_x(L)


# ================================================================ 1. Poltrayne Town Council (PDF, title page)
def poltrayne():
    name = "poltrayne-town-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Protocol on Member and Officer Relations v2.1",
        "Microsoft\u00ae Word 2016",
        "Town Clerk",
        dt.datetime(2022, 11, 9, 10, 12, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Poltrayne Town Council"
    pdf.header_right = "Protocol on Member and Officer Relations (v2.1)"
    pdf.footer_text = "Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    # title page
    pdf.set_y(62)
    pdf.set_draw_color(0, 84, 122)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, 56, pdf.w - pdf.r_margin, 56)
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 24)
            pdf.set_text_color(0, 84, 122)
            pdf.multi_cell(0, 12, rest, align="C", **NEXT)
            pdf.ln(8)
        elif tag == "TS":
            pdf.set_font(F, "B", 18)
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(0, 10, rest, align="C", **NEXT)
            pdf.ln(4)
            pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
            pdf.ln(30)
        elif tag == "TM":
            pdf.set_font(F, "", 12)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    pdf.add_page()
    size, lh = 11, 5.6
    for tag, rest in items:
        if tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=22)
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(0, 84, 122)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 13, num, text, size, lh)
            pdf.ln(2)
        elif tag == "A":
            label, text = rest.split("|", 1)
            hang(pdf, 13, 10, label, text, size, lh)
            pdf.ln(1.2)
        elif tag == "R":
            label, text = rest.split("|", 1)
            hang(pdf, 23, 10, label, text, size, lh)
            pdf.ln(1.2)
        elif tag == "P":
            hang(pdf, 13, 0, "", rest, size, lh)
            pdf.ln(2)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-y/{name}.pdf")


# ================================================================ 2. Aldercott Parish Council (PDF, glued numbers)
def glued_clause(pdf, num, text, size, lh, gap=0.2):
    """'num' then the text less than a space-width after it (the text layer reads 'num' + text with no space);
    wrapped lines go back to the left margin, as a typed number with a short tab gives."""
    F = pdf.font_name
    pdf.set_font(F, "", size)
    keep_together(pdf, text, pdf.epw, lh, extra=lh)
    wnum = pdf.get_string_width(num) + gap
    lines = pdf.multi_cell(pdf.epw - wnum, lh, text, dry_run=True, output="LINES")
    first = lines[0].rstrip()
    rest = text[len(lines[0]) :].strip()
    pdf.set_x(pdf.l_margin)
    pdf.cell(wnum, lh, num)
    pdf.cell(pdf.epw - wnum, lh, first, **NEXT)
    if rest:
        pdf.multi_cell(0, lh, rest, **NEXT)
    assert " ".join((first + " " + rest).split()) == " ".join(text.split()), num


def aldercott():
    name = "aldercott-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Member Officer Protocol 2023",
        "Microsoft\u00ae Word 2013",
        "Clerk",
        dt.datetime(2023, 5, 17, 19, 48, 0, tzinfo=dt.UTC),
    )
    pdf.font_name = "LiberationSerif"
    pdf.header_text = "Aldercott Parish Council"
    pdf.header_right = "Member/Officer Protocol"
    pdf.footer_text = "Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    size, lh = 11.5, 5.8
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 16)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
        elif tag == "TS":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
            pdf.ln(3)
        elif tag == "TM":
            pdf.set_font(F, "I", 11)
            pdf.multi_cell(0, 6, rest, align="C", **NEXT)
            if rest.startswith("Next review"):
                pdf.ln(3)
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(4)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=20)
            pdf.ln(2)
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            glued_clause(pdf, num, text, size, lh)
            pdf.ln(2.4)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-y/{name}.pdf")


# ================================================================ 3. Sallowfield City Council (PDF, contents list)
def _sallowfield_pass(items, pages):
    """Lay the document out; `pages` maps each part heading to its page (None on the first pass).
    Returns the PDF and the pages the headings fell on."""
    pdf = Doc(format="A4")
    meta(
        pdf,
        "GOV-07 Protocol for Relations between Councillors and Officers",
        "Microsoft\u00ae Word for Microsoft 365",
        "Deputy City Clerk",
        dt.datetime(2024, 2, 28, 14, 2, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Sallowfield City Council"
    pdf.header_right = "GOV-07 Protocol for Relations between Councillors and Officers"
    pdf.footer_text = "Page {n} of {N}"
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    F = pdf.font_name
    size, lh = 10.5, 5.3
    found = {}
    heads = [r for t, r in items if t == "H"]
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 18)
            pdf.set_text_color(92, 28, 48)
            pdf.multi_cell(0, 10, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
        elif tag == "TS":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 8, rest, **NEXT)
            pdf.ln(2)
        elif tag == "TM":
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5.5, rest, **NEXT)
        elif tag == "CONTENTS":
            pdf.ln(6)
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 7, "CONTENTS", **NEXT)
            pdf.ln(1)
            pdf.set_font(F, "", 10.5)
            for h in heads:
                page = str(pages[h]) if pages else "0"
                wt = pdf.get_string_width(h)
                wp = pdf.get_string_width(page)
                dots = max(3, int((pdf.epw - wt - wp - 4) / pdf.get_string_width(".")))
                pdf.cell(0, 6.5, f"{h} {'.' * dots} {page}", **NEXT)
            pdf.add_page()
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=18)
            pdf.ln(2)
            pdf.set_font(F, "B", 11.5)
            pdf.set_text_color(92, 28, 48)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            found[rest] = pdf.page_no()
            pdf.ln(1)
        elif tag == "N":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 10, num, text, size, lh, keep=False)
            pdf.ln(2)
        elif tag == "I":
            label, text = rest.split("|", 1)
            hang(pdf, 10, 10, label, text, size, lh, keep=False)
            pdf.ln(1)
        elif tag == "P":
            hang(pdf, 10, 0, "", rest, size, lh, keep=False)
            pdf.ln(2)
    return pdf, found


def sallowfield():
    name = "sallowfield-city-council"
    items = parse(name)
    _, pages = _sallowfield_pass(items, None)
    pdf, again = _sallowfield_pass(items, pages)
    assert again == pages, "contents page numbers moved between passes"
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-y/{name}.pdf")


# ================================================================ 4. Pellingford Town Council (Word, typed numbers)
def _table(doc, header, rows, widths, fill):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        run = cell.paragraphs[0].runs[0]
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade_cell(cell, fill)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].font.size = Pt(10)
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)
    return table


def pellingford():
    name = "pellingford-town-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Title", "Subtitle", "Heading 1"):
        doc.styles[s].font.name = "Calibri"
        doc.styles[s].font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    doc.styles["Title"].font.size = Pt(24)
    doc.styles["Heading 1"].font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Pellingford Town Council \u2013 Member and Officer Working Protocol (v2.0)")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    header, rows, title = None, [], None
    for tag, rest in items:
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "M":
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.bold = True
            p.paragraph_format.space_after = Pt(2)
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "P":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
        elif tag == "TT":
            title = rest
        elif tag == "TH":
            header, rows = rest.split("|"), []
        elif tag == "TR":
            rows.append(rest.split("|"))
        elif tag == "END":
            if title:
                cap = doc.add_paragraph()
                cap.add_run(title).bold = True
                cap.paragraph_format.space_after = Pt(3)
                _table(doc, header, rows, (5.5, 4.5, 6.4), "2E5E3A")
            else:
                _table(doc, header, rows, (2.0, 3.6, 6.0, 4.8), "595959")
            doc.add_paragraph()
            header, rows, title = None, [], None
    cp = doc.core_properties
    cp.title = "Member and Officer Working Protocol"
    cp.author = "Deputy Town Clerk"
    cp.last_modified_by = "Town Clerk"
    cp.created = dt.datetime(2019, 5, 30, 11, 0, 0)
    cp.modified = dt.datetime(2023, 10, 4, 9, 25, 0)
    cp.revision = 23
    save_docx(doc, OUT / f"{name}.docx", (2023, 10, 4, 9, 25, 0))
    print(f"docs-y/{name}.docx")


# ================================================================ 5. Mardenshire County Council (Word, list numbering)
NUMBERING_ABS = """<w:abstractNum {ns} w:abstractNumId="71">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1276" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def mardenshire():
    name = "mardenshire-county-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Title", "Subtitle", "Heading 1"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    doc.styles["Title"].font.size = Pt(20)
    doc.styles["Heading 1"].font.size = Pt(13)
    add_abstract_numbering(doc, NUMBERING_ABS, 71)

    def numbered(p, level):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="71"/></w:numPr>'))

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hr = hp.add_run("Mardenshire County Council Constitution \u2013 Part 5")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Part 5, Section 7 \u2013 Member/Officer Relations Protocol \u2013 Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    kv = []
    for tag, rest in items:
        if tag != "KV" and kv:
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for k, v in kv:
                cells = table.add_row().cells
                cells[0].text = k
                cells[0].paragraphs[0].runs[0].bold = True
                shade_cell(cells[0], "DCE6F1")
                cells[1].text = v
                cells[0].width, cells[1].width = Cm(4.0), Cm(12.0)
            doc.add_paragraph()
            kv = []
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "KV":
            kv.append(tuple(rest.split("|", 1)))
        elif tag == "H":
            numbered(doc.add_paragraph(rest, style="Heading 1"), 0)
        elif tag == "N":
            numbered(doc.add_paragraph(rest), 1)
        elif tag == "L":
            p = doc.add_paragraph(rest)
            p.paragraph_format.space_after = Pt(3)
            numbered(p, 2)
        elif tag == "NOTE":
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.italic = True
            run.font.size = Pt(9)
    cp = doc.core_properties
    cp.title = "Member/Officer Relations Protocol"
    cp.subject = "Constitution Part 5 Section 7"
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = dt.datetime(2023, 6, 12, 8, 50, 0)
    cp.modified = dt.datetime(2023, 7, 24, 15, 5, 0)
    cp.revision = 11
    save_docx(doc, OUT / f"{name}.docx", (2023, 7, 24, 15, 5, 0))
    print(f"docs-y/{name}.docx")


if __name__ == "__main__":
    poltrayne()
    aldercott()
    sallowfield()
    pellingford()
    mardenshire()
