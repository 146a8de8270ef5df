"""Build the probe-v documents in docs-v/ from the sources in docs-v-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_v.py

Probe V: eight member/officer protocols of invented councils, each published in a way earlier probes did not
cover. This script builds the four generated ones:
a parish council's CLERK RECRUITMENT PACK whose Appendix 3 is the protocol (after the advert, job description and
person specification with their own figures); a town council's ANNUAL REPORT with the protocol printed between
financial tables and the grants / attendance tables; a district council's FREEDOM OF INFORMATION DISCLOSURE
(response letter, then the protocol as 'Document 1' with a disclosure stamp and black 's.40(2)' redaction boxes);
and a unitary council's Word file whose drafting notes are still there as HIDDEN TEXT (w:vanish), with a Part that
applies only to the staff of a council-owned company.
The other four (consultation-hub HTML page, WhatsApp chat export, Git-hosted Markdown with a superseded appendix,
email-newsletter archive HTML) are hand-written straight into docs-v/.
Shared helpers come from gen_common.py. Deterministic: fixed creation dates, no randomness.
"""

import datetime as dt
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, add_field, meta, read_tagged, save_docx  # noqa: E402

SRC = HERE / "docs-v-src"
OUT = HERE / "docs-v"
OUT.mkdir(exist_ok=True)
REDACT = re.compile(r"\{\{R:(\d+)\}\}")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- shared fpdf2 layout for the three PDFs
class PackDoc(Doc):
    """A4 Word-export look; an optional red disclosure stamp at the top right once `stamp` is set."""

    stamp = ""

    def header(self):
        super().header()
        if self.stamp:
            self.set_font(self.font_name, "B", 8)
            self.set_text_color(190, 20, 20)
            self.set_draw_color(190, 20, 20)
            w = self.get_string_width(self.stamp) + 6
            self.set_xy(self.w - self.r_margin - w, 4)
            self.cell(w, 6, self.stamp, border=1, align="C")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(self.t_margin)


def _redacted_line(pdf, text, size=10.5, lh=5.6):
    """One line whose {{R:w}} tokens become black boxes w mm wide carrying a small white 's.40(2)' label."""
    F = pdf.font_name
    pdf.set_x(pdf.l_margin)
    pos = 0
    for m in REDACT.finditer(text):
        if m.start() > pos:
            pdf.set_font(F, "", size)
            part = text[pos : m.start()]
            pdf.cell(pdf.get_string_width(part) + 0.5, lh, part)
        _box(pdf, pdf.get_x(), pdf.get_y(), int(m.group(1)), lh)
        pdf.set_x(pdf.get_x() + int(m.group(1)) + 1)
        pos = m.end()
    if pos < len(text):
        pdf.set_font(F, "", size)
        pdf.cell(0, lh, text[pos:])
    pdf.ln(lh + 1)


def _box(pdf, x, y, w, h):
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(x, y + 0.4, w, h - 0.8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.font_name, "", 6.5)
    pdf.set_xy(x, y)
    pdf.cell(w, h, "s.40(2)", align="C")
    pdf.set_text_color(0, 0, 0)


def _table(pdf, widths, rows, header_fill):
    F = pdf.font_name
    lh, pad = 4.8, 1.2
    for i, row in enumerate(rows):
        head = i == 0
        pdf.set_font(F, "B" if head else "", 9.5)
        n = 1
        for w, text in zip(widths, row, strict=True):
            if not REDACT.search(text):
                n = max(n, len(pdf.multi_cell(w - 2 * pad, lh, text, dry_run=True, output="LINES")))
        h = n * lh + 2 * pad
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        x = pdf.l_margin
        for w, text in zip(widths, row, strict=True):
            if head:
                pdf.set_fill_color(*header_fill)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            m = REDACT.fullmatch(text)
            if m:
                _box(pdf, x + pad, y + pad, int(m.group(1)), lh)
            else:
                pdf.set_font(F, "B" if head else "", 9.5)
                pdf.set_xy(x + pad, y + pad)
                pdf.multi_cell(w - 2 * pad, lh, text, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(2)


def render_pack(name, *, title, app, author, created, header_text, header_right, footer, colour, clause_indent=12):
    """Render a tagged source (T ST H P B C SM SP PB TW TH TR RL STAMP) into docs-v/<name>.pdf."""
    items = parse(name)
    pdf = PackDoc(format="A4")
    meta(pdf, title, app, author, created)
    pdf.header_text = header_text
    pdf.header_right = header_right
    pdf.footer_text = footer
    pdf.skip_header_first = True
    pdf.alias_nb_pages()
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    F = pdf.font_name
    widths, table = None, []

    def flush():
        nonlocal table
        if table:
            _table(pdf, widths, table, colour[1])
            table = []

    for tag, rest in items:
        if tag not in ("TH", "TR"):
            flush()
        if tag == "PB":
            pdf.add_page()
        elif tag == "T":
            pdf.set_font(F, "B", 18)
            pdf.set_text_color(*colour[0])
            pdf.multi_cell(0, 9, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "ST":
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "H":
            pdf.ln(2)
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(*colour[0])
            pdf.multi_cell(0, 6.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "P":
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif tag == "B":
            pdf.set_font(F, "", 10.5)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(5, 5.4, "\u2022")
            pdf.set_left_margin(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.4, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(pdf.l_margin - 8)
            pdf.ln(0.8)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            h = len(pdf.multi_cell(pdf.epw - clause_indent, 5.3, text, dry_run=True, output="LINES")) * 5.3
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_font(F, "B", 10.5)
            pdf.cell(clause_indent, 5.3, num)
            pdf.set_font(F, "", 10.5)
            pdf.set_left_margin(L + clause_indent)
            pdf.multi_cell(0, 5.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1.6)
        elif tag == "SM":
            pdf.set_font(F, "I", 9)
            pdf.multi_cell(0, 4.8, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif tag == "SP":
            pdf.ln(5)
        elif tag == "TW":
            widths = [float(w) for w in rest.split("|")]
        elif tag in ("TH", "TR"):
            table.append(rest.split("|"))
        elif tag == "RL":
            _redacted_line(pdf, rest)
        elif tag == "STAMP":
            pdf.stamp = rest
    flush()
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-v/{name}.pdf")


def ashwick():
    render_pack(
        "ashwick-priors-parish-council",
        title="Clerk and RFO recruitment pack - March 2025",
        app="Microsoft\u00ae Word 2016",
        author="Helen Marsden",
        created=dt.datetime(2025, 3, 10, 19, 48, 0, tzinfo=dt.UTC),
        header_text="Ashwick Priors Parish Council",
        header_right="Recruitment Pack: Clerk and RFO",
        footer="Ashwick Priors PC - Clerk recruitment 2025 - page {n} of {N}",
        colour=((40, 70, 120), (220, 228, 240)),
    )


def dunhollow():
    render_pack(
        "dunhollow-town-council",
        title="Dunhollow Town Council Annual Report 2024-25",
        app="Microsoft\u00ae Publisher 2016",
        author="Dunhollow Town Council",
        created=dt.datetime(2025, 5, 12, 14, 5, 0, tzinfo=dt.UTC),
        header_text="Dunhollow Town Council",
        header_right="Annual Report 2024-25",
        footer="{n}",
        colour=((120, 30, 60), (240, 222, 230)),
    )


def kelverdale():
    render_pack(
        "kelverdale-district-council",
        title="FOI-2025-0731 response and disclosed documents",
        app="Adobe Acrobat Pro (64-bit) 24.5",
        author="Information Governance",
        created=dt.datetime(2025, 5, 14, 10, 31, 0, tzinfo=dt.UTC),
        header_text="OFFICIAL",
        header_right="FOI-2025-0731",
        footer="Kelverdale District Council - FOI-2025-0731 - Page {n} of {N}",
        colour=((20, 90, 80), (215, 235, 230)),
    )


# ---------------------------------------------------------------- Wexcombe (Word file with hidden drafting notes)
def _hide(run):
    rpr = run._r.get_or_add_rPr()
    rpr.append(OxmlElement("w:vanish"))
    run.font.color.rgb = RGBColor(0x80, 0x30, 0x30)
    run.italic = True


def wexcombe():
    name = "wexcombe-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Heading 1", "Title", "Subtitle"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Wexcombe Council Constitution - Part 5.6 - page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    for tag, rest in items:
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "M":
            p = doc.add_paragraph()
            p.add_run(rest).bold = True
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "N":
            p = doc.add_paragraph()
            p.add_run(rest).italic = True
        elif tag in ("C", "CH"):
            parts = rest.split("|")
            p = doc.add_paragraph(f"{parts[0]}\t{parts[1]}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.2)
            pf.first_line_indent = Cm(-1.2)
            pf.tab_stops.add_tab_stop(Cm(1.2))
            if tag == "CH":
                _hide(p.add_run(" [" + parts[2] + "]"))
        elif tag == "HID":
            p = doc.add_paragraph()
            _hide(p.add_run(rest))
    cp = doc.core_properties
    cp.title = "Part 5.6 Member and Officer Relations Protocol"
    cp.author = "J Thorne"
    cp.last_modified_by = "Democratic Services"
    cp.created = dt.datetime(2025, 2, 20, 9, 15, 0)
    cp.modified = dt.datetime(2025, 4, 9, 11, 2, 0)
    cp.revision = 14
    save_docx(doc, OUT / f"{name}.docx", (2025, 4, 9, 11, 2, 0))
    print(f"docs-v/{name}.docx")


def main():
    ashwick()
    dunhollow()
    kelverdale()
    wexcombe()
    return 0


if __name__ == "__main__":
    sys.exit(main())
