"""Build the probe-ai documents in docs-ai/ from the sources in docs-ai-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ai.py

Probe AI: eight ORDINARY, current member/officer protocols of invented LOCAL councils (three English parish councils,
one of them styled a village council, two town councils, a Welsh-first bilingual community council, a Welsh town
council and a Scottish community council), each in a published form that earlier probes did not use, with that
form's everyday noise:
- a small parish's Google Doc downloaded as PLAIN TEXT: byte order mark, CRLF, list numbers typed out, '____' rules,
  comment anchors '[a]' with the comment threads at the end, a footnote '[1]', a tab-separated table (Orrinsby, .txt);
- a parish council's adoption of a COUNTY ASSOCIATION'S MODEL protocol: the association's header and copyright footer
  on every page, shaded fill-in fields, the model's 'How to use this model' box left in, paragraphs '1A', '1B' ...
  (Owlcote St Giles, .pdf);
- a village council's Word file printed with a FILENAME-WITH-PATH footer field and Word's PRINT DOCUMENT PROPERTIES
  page at the end (creation, saved and printed dates), 'Clause 1' to 'Clause 33' (Yelbury, .pdf);
- a town council's JEKYLL page whose clauses live in the YAML FRONT MATTER (folded block scalars) and are laid out
  by a Liquid loop in the body (Trimbury, .md);
- a large town council's PDF opened in Word (PDF REFLOW) and saved as .docx: running header and footer as body
  paragraphs, paragraphs cut at the old page ends, two sections left line by line with hyphens, the contents page as
  a plain table (Mersley, .docx);
- a Welsh-first bilingual community council's Word file laid out BACK TO BACK: bilingual cover, the whole Welsh
  version, then the whole English version, each in a section with its own header and footer (Bryn Meillion, .docx);
- a Scottish community council's page HOSTED ON ITS LOCAL AUTHORITY'S SITE: the host council's header, menus, an
  A to Z of sixteen community councils, a disclaimer box and footer around the community council's text (Drumkellie
  and Kinbrae, .html);
- a Welsh town council's JOOMLA ARTICLE split by page breaks and saved in its 'All Pages' view: Article Index box,
  page titles as headings, article details, bilingual menu and a cloaked email address (Abermorlais, .html).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed creation dates and zip
timestamps, no randomness.
"""

import datetime as dt
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
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
    slug,
)

SRC = HERE / "docs-ai-src"
OUT = HERE / "docs-ai"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 11, 20, 10, 15, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, b = rest.split("|", 1)
    return a, b


def write_text(name, ext, lines, newline="\n", bom=False):
    path = OUT / f"{name}.{ext}"
    text = newline.join(lines) + newline
    path.write_bytes(("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8"))
    done(path)


def hanging_item(pdf, label, text, indent, size, lh, style="B", align="L", family="Sans"):
    """A paragraph with its label in a hanging column (may run over a page break)."""
    L = pdf.l_margin
    pdf.set_x(L)
    pdf.set_font(family, style, size)
    pdf.cell(indent, lh, label)
    pdf.set_font(family, "", size)
    pdf.set_left_margin(L + indent)
    pdf.set_x(L + indent)
    pdf.multi_cell(0, lh, text, align=align, **NEXT)
    pdf.set_left_margin(L)


# ======== 1. Orrinsby Parish Council (Google Doc downloaded as plain text)
def orrinsby():
    name = "orrinsby-parish-council"
    items = parse(name)
    marks = dict(split2(r) for r in all_of(items, "MARK"))
    fnrefs = dict(split2(r) for r in all_of(items, "FNREF"))
    rule = "_" * 16
    out = []
    for tag, rest in items:
        if tag in ("TITLE", "SUB", "META"):
            out.append(rest)
        elif tag == "H":
            if rule not in out:
                out.extend([rule, ""])
            out.extend(["", rest])
        elif tag == "C":
            num, text = split2(rest)
            line = f"{num}. {text}"
            if num in fnrefs:
                line += f"[{fnrefs[num]}]"
            if num in marks:
                line += f"[{marks[num]}]"
            out.append(line)
        elif tag == "S":
            letter, text = split2(rest)
            out.append(f"   {letter}. {text}")
    out.append("")
    out.append("")
    for row in all_of(items, "ROW"):
        out.append("\t".join(row.split("|")))
    out.append("")
    out.append("")
    out.append(first(items, "END"))
    out.append("")
    out.append(rule)
    for fn in all_of(items, "FN"):
        num, text = split2(fn)
        out.append(f"[{num}] {text}")
    seen = set()
    for com in all_of(items, "COMMENT"):
        letter, text = split2(com)
        if letter in seen:
            out.append(text)
        else:
            seen.add(letter)
            out.append(f"[{letter}]{text}")
    write_text(name, "txt", out, newline="\r\n", bom=True)


# ======== 2. Owlcote St Giles Parish Council (county association's model protocol, filled in and adopted)
class ModelPDF(DejaVuDoc):
    model_head = ""
    model_foot = ""

    def header(self):
        self.set_font("Sans", "", 7.2)
        self.set_text_color(30, 84, 120)
        self.set_xy(self.l_margin, 9)
        self.cell(self.epw, 4, self.model_head, align="C")
        self.set_draw_color(30, 84, 120)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw * 0.78, 4, self.model_foot)
        self.set_font("Sans", "", 7.5)
        self.cell(self.epw * 0.22, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def owlcote():
    name = "owlcote-st-giles-parish-council"
    items = parse(name)
    pdf = ModelPDF(format="A4")
    pdf.setup(
        "SALC Model Document MD-07 - Member and Officer Protocol",
        "Microsoft\u00ae Word for Microsoft 365",
        "Owlcote St Giles Parish Council",
        dt.datetime(2025, 3, 14, 9, 5, 0, tzinfo=dt.UTC),
    )
    pdf.model_head = first(items, "MODELHEAD")
    pdf.model_foot = first(items, "MODELFOOT")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 21, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(30, 84, 120)
    pdf.cell(0, 9, first(items, "TITLE"), **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 5, first(items, "SUB"), **NEXT)
    pdf.ln(3)
    # the fill-in fields: label column plain, value column shaded grey as Word form fields show
    lw, vw, lh = 52, pdf.epw - 52, 5.2
    for row in all_of(items, "FIELD"):
        label, value = split2(row)
        pdf.set_font("Sans", "", 9.5)
        n = len(pdf.multi_cell(vw - 2, lh, value, dry_run=True, output="LINES"))
        h = n * lh + 2
        y = pdf.get_y()
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(pdf.l_margin, y, lw, h)
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(pdf.l_margin + lw, y, vw, h, style="DF")
        pdf.set_xy(pdf.l_margin + 1, y + 1)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(lw - 2, lh, label)
        pdf.set_xy(pdf.l_margin + lw + 1, y + 1)
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(vw - 2, lh, value)
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(4)
    # the model's guidance box, which the clerk forgot to delete
    guide = first(items, "GUIDE")
    pdf.set_font("Sans", "I", 8.8)
    pdf.set_fill_color(255, 247, 214)
    pdf.set_draw_color(196, 160, 40)
    pdf.multi_cell(0, 4.6, guide, border=1, fill=True, padding=2.5, **NEXT)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            if pdf.get_y() > pdf.h - pdf.b_margin - 24:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("Sans", "B", 11)
            pdf.set_text_color(30, 84, 120)
            pdf.cell(12, 6.5, num)
            pdf.cell(0, 6.5, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "C":
            num, text = split2(rest)
            hanging_item(pdf, num, text, 12, 10, 5.2, align="J")
            pdf.ln(1.6)
        elif tag == "END":
            pdf.ln(5)
            pdf.set_font("Sans", "B", 9.5)
            pdf.multi_cell(0, 5, rest, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 3. Yelbury Village Council (Word print with a FILENAME \p footer and the document properties page)
class WordPrintPDF(DejaVuDoc):
    running_left = ""
    running_right = ""
    path_line = ""
    props_page = False
    content_pages = None

    def header(self):
        if self.props_page:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw / 2, 4, self.running_left)
        self.cell(self.epw / 2, 4, self.running_right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.props_page:
            return
        self.set_y(-16)
        self.set_font("Sans", "", 6.3)
        self.set_text_color(100, 100, 100)
        self.cell(self.epw, 3.5, self.path_line, **NEXT)
        self.set_font("Sans", "", 7.5)
        self.cell(self.epw, 4, f"Page {self.page_no()} of {self.content_pages}", align="R")
        self.set_text_color(0, 0, 0)


def yelbury():
    """Build twice: Word's 'Page n of N' counts the document's pages, not the properties page printed after it."""
    pages = yelbury_build(None)
    yelbury_build(pages)


def yelbury_build(content_pages):
    name = "yelbury-village-council"
    items = parse(name)
    props = [split2(r) if "|" in r else (r, "") for t, r in items if t == "PROP"]
    prop = dict(props)
    pdf = WordPrintPDF(format="A4")
    pdf.setup(
        first(items, "SUB"),
        "Microsoft\u00ae Word 2019",
        "Clerk to the Council",
        dt.datetime(2025, 5, 28, 9, 42, 0, tzinfo=dt.UTC),
    )
    pdf.content_pages = content_pages
    pdf.running_left = first(items, "SUB")
    pdf.running_right = "Yelbury Village Council"
    pdf.path_line = prop["Directory:"] + "\\" + prop["Filename:"]
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 10, first(items, "TITLE"), align="C", **NEXT)
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(0, 7, first(items, "SUB"), align="C", **NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(0, 5.2, first(items, "META"), align="C", **NEXT)
    pdf.ln(4)
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > pdf.h - pdf.b_margin - 24:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("Serif", "B", 11)
            pdf.cell(0, 6.5, rest, **NEXT)
            pdf.ln(0.6)
        elif tag == "C":
            num, text = split2(rest)
            hanging_item(pdf, f"Clause {num}", text, 22, 10.5, 5.4, align="J", family="Serif")
            pdf.ln(1.8)
    # Word prints the document properties on a page of their own after the document
    if content_pages is None:
        return pdf.page_no()
    assert prop["Number of Pages:"] == str(content_pages), "the properties page must give the document's page count"
    pdf.props_page = True
    pdf.add_page()
    pdf.set_font("Serif", "", 10.5)
    for tag, rest in items:
        if tag == "PROP":
            label, value = split2(rest)
            pdf.set_x(pdf.l_margin)
            pdf.cell(48, 5.6, label)
            pdf.multi_cell(0, 5.6, value or " ", align="L", **NEXT)
        elif tag == "PROPNOTE":
            pdf.set_x(pdf.l_margin)
            pdf.cell(0, 5.6, rest, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Trimbury Town Council (Jekyll page, clauses in the YAML front matter)
def yaml_fold(text, indent, width=88):
    pad = " " * indent
    return [pad + line for line in textwrap.wrap(text, width=width - indent, break_on_hyphens=False)]


def trimbury():
    name = "trimbury-town-council"
    items = parse(name)
    fm = ["---"]
    for row in all_of(items, "FM"):
        k, v = split2(row)
        fm.append(f"{k}: {v}")
    fm.append("related:")
    for row in all_of(items, "REL"):
        t, u = split2(row)
        fm.append(f"  - title: {t}")
        fm.append(f"    url: {u}")
    fm.append("intro: >-")
    fm.extend(yaml_fold(first(items, "INTRO"), 2))
    fm.append("sections:")
    for tag, rest in items:
        if tag == "H":
            sid, heading = split2(rest)
            fm.append(f"  - id: {sid}")
            fm.append(f"    heading: {heading}")
            fm.append("    clauses:")
        elif tag == "C":
            num, text = split2(rest)
            fm.append(f'      - num: "{num}"')
            fm.append("        text: >-")
            fm.extend(yaml_fold(text, 10))
    fm.append("---")
    body = [
        "",
        "{% include policy-banner.html ref=page.policy_ref owner=page.owner %}",
        "",
        "{{ page.intro }}",
        "",
        '<div class="policy-meta">Adopted {{ page.adopted | date: "%-d %B %Y" }} (minute {{ page.adopted_minute }})'
        " &middot; Next review {{ page.next_review }}</div>",
        "",
        "{% for section in page.sections %}",
        '<h2 id="{{ section.id }}">{{ section.heading }}</h2>',
        "{% for clause in section.clauses %}",
        '<p class="clause" id="clause-{{ clause.num | slugify }}"><span class="clause-no">{{ clause.num }}</span>'
        " {{ clause.text | markdownify | remove: '<p>' | remove: '</p>' }}</p>",
        "{% endfor %}",
        "{% endfor %}",
        "",
        f"<!-- {first(items, 'NOTE')} -->",
        "",
        "{% include related-policies.html items=page.related %}",
    ]
    write_text(name, "md", fm + body)


# ======== 5. Mersley Town Council (PDF opened in Word with PDF Reflow, saved as .docx)
HYPHEN = {
    "information": "infor-mation",
    "councillors": "coun-cillors",
    "reasonably": "reason-ably",
    "commercially": "commer-cially",
    "intimidate": "intim-idate",
    "acknowledge": "acknow-ledge",
    "disrespectfully": "disrespect-fully",
    "difficulty": "diffi-culty",
}
LINE_MODE = {"4", "8"}  # sections Word failed to reflow: one paragraph per printed line
PAGE_CHARS = 2500
LINE_CHARS = 92


def reflow_lines(text, width=LINE_CHARS):
    """Cut text into printed lines as the PDF had them, hyphenating the words in HYPHEN at a line end."""
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if len(trial) <= width:
            cur = trial
            continue
        bare = word.rstrip(".,;:")
        if bare.lower() in HYPHEN:
            head, tail = HYPHEN[bare.lower()].split("-")
            tail += word[len(bare) :]
            if bare[0].isupper():
                head = head.capitalize()
            if len(f"{cur} {head}-") <= width:
                lines.append(f"{cur} {head}-")
                cur = tail
                continue
        lines.append(cur)
        cur = word
    if cur:
        lines.append(cur)
    return lines


def mersley_pages(items):
    """Lay the clauses out on the PDF's pages: a list of pages, each a list of ('H', text) / ('C', num, text, cont)
    blocks; a clause that ran over a page end is split into two blocks at a word boundary."""
    pages, page, used = [], [], 0
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            if used + 250 > PAGE_CHARS:
                pages.append(page)
                page, used = [], 0
            page.append(("H", num, heading))
            used += 90
        elif tag == "C":
            num, text = split2(rest)
            need = len(text) + 60
            if used + need <= PAGE_CHARS:
                page.append(("C", num, text, False))
                used += need
                continue
            room = PAGE_CHARS - used - 60
            if room > 120:
                words, head = text.split(), []
                while words and len(" ".join(head + words[:1])) <= room:
                    head.append(words.pop(0))
                page.append(("C", num, " ".join(head), False))
                pages.append(page)
                page, used = [("C", num, " ".join(words), True)], len(" ".join(words)) + 60
            else:
                pages.append(page)
                page, used = [("C", num, text, False)], need
    if page:
        pages.append(page)
    return pages


def reflow_para(doc, text, size=10.5, bold=False, before=0, after=6, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.name = "Arial"
    r.bold = bold
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def mersley():
    name = "mersley-town-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Admin Assistant"
    cp.title = ""
    cp.created = dt.datetime(2025, 10, 2, 14, 3, 0)
    cp.modified = dt.datetime(2025, 10, 2, 14, 21, 0)
    cp.last_modified_by = "Admin Assistant"
    cp.revision = 2
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    pages = mersley_pages(items)
    total = len(pages) + 1
    running = first(items, "RUNHEAD")
    version = "Version 4.0 - June 2025"
    # page 1 of the PDF: the cover with its contents list, which Word turned into a plain table
    reflow_para(doc, first(items, "TITLE"), size=20, bold=True, before=60, after=4)
    reflow_para(doc, first(items, "SUB"), size=15, bold=True, after=14)
    for meta in all_of(items, "META"):
        reflow_para(doc, meta, size=10, after=2)
    reflow_para(doc, "Contents", size=12, bold=True, before=18, after=6)
    where = {}
    for pno, page in enumerate(pages, start=2):
        for block in page:
            if block[0] == "H":
                where.setdefault(block[1], (block[2], pno))
    table = doc.add_table(rows=0, cols=2)
    for num, (heading, pno) in where.items():
        cells = table.add_row().cells
        cells[0].text = f"{num}   {heading} " + "." * (70 - len(heading))
        cells[1].text = str(pno)
    reflow_para(doc, f"{version}\tPage 1 of {total}", size=8, before=120, after=0)
    for pno, page in enumerate(pages, start=2):
        br = doc.add_paragraph().add_run()
        br.add_break(WD_BREAK.PAGE)
        reflow_para(doc, running, size=8, after=10)
        for block in page:
            if block[0] == "H":
                reflow_para(doc, f"{block[1]}\t{block[2]}", size=11.5, bold=True, before=8, after=4)
                continue
            _, num, text, cont = block
            section = num.split(".")[0]
            lead = "" if cont else f"{num}\t"
            if section in LINE_MODE:
                lines = reflow_lines(text)
                for i, line in enumerate(lines):
                    last = i == len(lines) - 1
                    reflow_para(
                        doc, (lead if i == 0 else "") + line, after=6 if last else 0, indent=None if i == 0 else 1.25
                    )
            else:
                reflow_para(doc, lead + text, indent=None if not cont else 1.25)
        reflow_para(doc, f"{version}\tPage {pno} of {total}", size=8, before=10, after=0)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 6. Bryn Meillion Community Council (Welsh-first bilingual Word file, back to back)
def set_lang(paragraph, lang):
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        el = OxmlElement("w:lang")
        el.set(qn("w:val"), lang)
        rpr.append(el)


def bryn_clause(doc, num, text, lang):
    p = doc.add_paragraph()
    p.add_run(f"{num}\t{text}")
    pf = p.paragraph_format
    pf.left_indent = Cm(1.25)
    pf.first_line_indent = Cm(-1.25)
    pf.tab_stops.add_tab_stop(Cm(1.25))
    pf.space_after = Pt(6)
    set_lang(p, lang)


def bryn_section_furniture(section, head, foot):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x2E, 0x6B, 0x30)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(foot + " ")
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")


def bryn():
    name = "bryn-meillion-community-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Clerc / Clerk"
    cp.title = "Protocol Cynghorwyr a'r Clerc / Protocol on Relations between Councillors and the Clerk"
    cp.language = "cy-GB"
    cp.created = dt.datetime(2025, 10, 21, 18, 40, 0)
    cp.modified = dt.datetime(2025, 11, 17, 9, 12, 0)
    cp.last_modified_by = "Clerc / Clerk"
    cp.revision = 9
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    cover = all_of(items, "COVER")
    for i, line in enumerate(cover):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        welsh = i % 2 == 0 and i < 6
        r.bold = i < 4
        r.font.size = Pt(20 if i < 2 else 14 if i < 4 else 10.5)
        if i < 4 and welsh:
            r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x30)
        p.paragraph_format.space_before = Pt(80 if i == 0 else 4 if i < 4 else 18 if i == 4 else 4)
        set_lang(p, "cy-GB" if welsh else "en-GB")
    for prefix, lang in (("W", "cy-GB"), ("E", "en-GB")):
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        bryn_section_furniture(section, first(items, f"{prefix}HEAD"), first(items, f"{prefix}FOOT"))
        doc.add_heading(first(items, f"{prefix}TITLE"), level=1)
        p = doc.add_paragraph()
        r = p.add_run(first(items, f"{prefix}META"))
        r.italic = True
        set_lang(p, lang)
        for tag, rest in items:
            if tag == f"{prefix}H":
                _num, heading = split2(rest)
                h = doc.add_heading(heading, level=2)
                set_lang(h, lang)
            elif tag == f"{prefix}C":
                num, text = split2(rest)
                bryn_clause(doc, num, text, lang)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 7. Drumkellie and Kinbrae Community Council (page on the local authority's community council pages)
ARD = "https://www.ardvarrick.gov.uk"


def drumkellie():
    name = "drumkellie-and-kinbrae-community-council"
    items = parse(name)
    host = first(items, "HOST")
    title = first(items, "PAGETITLE")
    cc = title.split(" - ")[0]
    cc_slug = slug(cc)
    others = first(items, "OTHERCC").split("|")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)} | {esc(host)}</title>")
    w(f'<link rel="canonical" href="{ARD}/community-councils/{cc_slug}/protocol">')
    w('<link rel="stylesheet" href="/assets/css/ardvarrick.min.css?v=3.8.2">')
    w("</head>")
    w('<body class="page page--community-council">')
    w('<a class="skip-link" href="#main">Skip to main content</a>')
    w('<div class="cookie-banner" role="region" aria-label="Cookies on ardvarrick.gov.uk">')
    w(f"<h2>Cookies on {esc(host)}'s website</h2>")
    w(
        "<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to "
        "understand how you use the site.</p>"
    )
    w(
        '<button type="button">Accept analytics cookies</button> '
        '<button type="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>'
    )
    w("</div>")
    w('<header class="site-header">')
    w(f'<a href="/" class="site-header__logo"><img src="/assets/img/ardvarrick-logo.svg" alt="{esc(host)} logo"></a>')
    w(
        '<form class="site-search" action="/search" role="search"><label for="q">Search this site</label>'
        '<input id="q" name="q" type="search"><button type="submit">Search</button></form>'
    )
    w('<nav class="main-nav" aria-label="Main"><ul>')
    for item in (
        "Bins and recycling",
        "Council tax",
        "Planning and building",
        "Schools and learning",
        "Roads and travel",
        "Your community",
        "Council and democracy",
    ):
        w(f'<li><a href="/{slug(item)}">{esc(item)}</a></li>')
    w("</ul></nav>")
    w("</header>")
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>')
    crumbs = [
        ("Home", "/"),
        ("Your community", "/your-community"),
        ("Community councils", "/community-councils"),
        (cc, f"/community-councils/{cc_slug}"),
    ]
    for label, href in crumbs:
        w(f'<li><a href="{href}">{esc(label)}</a></li>')
    w('<li aria-current="page">Protocol for Community Councillors and the Clerk</li>')
    w("</ol></nav>")
    w('<div class="layout layout--sidebar-left">')
    w('<aside class="sidebar" aria-labelledby="cc-az">')
    w('<h2 id="cc-az">Community councils A to Z</h2>')
    w('<ul class="sidebar__list">')
    for other in others:
        full = f"{other} Community Council"
        cur = ' aria-current="true" class="is-current"' if full == cc else ""
        w(f'<li><a href="/community-councils/{slug(full)}"{cur}>{esc(full)}</a></li>')
    w("</ul>")
    w('<p class="sidebar__more"><a href="/community-councils/map">Find your community council on a map</a></p>')
    w("</aside>")
    w('<main id="main" class="main">')
    w(
        '<div class="notice notice--info" role="note"><p><strong>About this page:</strong> community council pages are '
        f"written and kept up to date by each community council. {esc(host)} is not responsible for their content. To "
        'report a problem with this page, <a href="/community-councils/liaison">contact the Community Council Liaison '
        "Officer</a>.</p></div>"
    )
    w('<p class="cc-name">' + esc(cc) + "</p>")
    w("<h1>Protocol for Community Councillors and the Clerk</h1>")
    w('<nav class="cc-tabs" aria-label="Community council pages"><ul>')
    for tab in ("About us", "Members", "Meetings and minutes", "Policies", "Contact"):
        cur = ' aria-current="page"' if tab == "Policies" else ""
        w(f'<li><a href="/community-councils/{cc_slug}/{slug(tab)}"{cur}>{esc(tab)}</a></li>')
    w("</ul></nav>")
    w(f'<p class="lead">{esc(first(items, "INTRO"))}</p>')
    w('<div class="cc-content">')
    for tag, rest in items:
        if tag == "H":
            letter, heading = split2(rest)
            w(f'<h2 id="section-{letter.lower()}">{letter}. {esc(heading)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(f'<p class="cc-para"><span class="cc-para__no">{num}.</span> {esc(text)}</p>')
    w("</div>")
    sec_name = first(items, "END")
    w('<div class="cc-contact"><h2>Contact the community council</h2>')
    w(
        f'<p>{esc(sec_name)}<br>Email: <a href="mailto:secretary@{cc_slug}-cc.org.uk">secretary@{cc_slug}-cc.org.uk'
        "</a></p></div>"
    )
    w('<div class="page-meta"><p>Page last updated: 14 October 2025</p></div>')
    w(
        '<div class="feedback"><h2>Was this page useful?</h2><button type="button">Yes</button> '
        '<button type="button">No</button></div>'
    )
    w("</main>")
    w("</div>")
    w('<aside class="related" aria-labelledby="related-h"><h2 id="related-h">Related pages</h2><ul>')
    for rel in (
        "Scheme for the Establishment of Community Councils",
        "Community council administration grants",
        "Weekly list of planning applications",
        "Become a community councillor",
    ):
        w(f'<li><a href="/community-councils/{slug(rel)}">{esc(rel)}</a></li>')
    w("</ul></aside>")
    w('<footer class="site-footer">')
    w(
        '<ul class="site-footer__links"><li><a href="/accessibility">Accessibility statement</a></li>'
        '<li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li>'
        '<li><a href="/contact-us">Contact us</a></li><li><a href="/gaidhlig">G\u00e0idhlig</a></li></ul>'
    )
    w(f"<p>{esc(host)}, Council Offices, Harbour Road, Ardvarrick. &copy; {esc(host)} 2025</p>")
    w("</footer>")
    w("</body>")
    w("</html>")
    write_text(name, "html", o)


# ======== 8. Abermorlais Town Council (Joomla article in its "All Pages" view)
def joomla_cloak(address):
    """Joomla's email cloak as a page saved without running its script: the placeholder text and the script."""
    user, domain = address.split("@")
    cid = "cloak4e1d7a0c9b2f3a6e8d5c1b0a9f7e6d5c"
    return (
        f'<span id="{cid}">This email address is being protected from spambots. You need JavaScript enabled to view '
        f"it.</span><script type=\"text/javascript\">document.getElementById('{cid}').innerHTML = ''; "
        "var prefix = '&#109;a' + 'i&#108;' + '&#116;o'; var path = 'hr' + 'ef' + '='; "
        f"var addy{cid[5:13]} = '{user}' + '&#64;'; addy{cid[5:13]} = addy{cid[5:13]} + '{domain}'; "
        f"document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{cid[5:13]} + "
        f"'\\'>' + addy{cid[5:13]}+'<\\/a>';</script>"
    )


def abermorlais():
    name = "abermorlais-town-council"
    items = parse(name)
    site = first(items, "SITE")
    title = first(items, "ARTTITLE")
    pages = [split2(r) for r in all_of(items, "PAGE")]
    cloaked = set(all_of(items, "CLOAK"))
    base = "/index.php/polisiau-policies/42-member-and-staff-protocol"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-gb" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="generator" content="Joomla! - Open Source Content Management">')
    w(f"<title>{esc(title)} - All Pages - Abermorlais Town Council</title>")
    w('<link href="/templates/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">')
    w('<link href="/media/mod_languages/css/template.min.css?4.4.2" rel="stylesheet">')
    w("</head>")
    w('<body class="site com_content wrapper-static view-article layout-blog no-task itemid-118">')
    w('<header class="header container-header full-width">')
    w(
        '<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">'
        f'<img src="/images/crest-abermorlais.png" alt="Abermorlais crest"> <span>{esc(site)}</span></a></div></div>'
    )
    w(
        '<div class="mod-languages"><ul class="lang-inline" role="menu"><li><a href="/index.php/cy/">Cymraeg</a></li>'
        '<li class="lang-active"><a href="/index.php/en/" aria-current="true">English</a></li></ul></div>'
    )
    w('<nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav">')
    for cy, en in (
        ("Hafan", "Home"),
        ("Y Cyngor", "The Council"),
        ("Cyfarfodydd", "Meetings"),
        ("Polis\u00efau", "Policies"),
        ("Newyddion", "News"),
        ("Cysylltu", "Contact"),
    ):
        active = ' class="nav-item current active"' if en == "Policies" else ' class="nav-item"'
        w(f'<li{active}><a href="/index.php/{slug(cy)}-{slug(en)}">{esc(cy)} / {esc(en)}</a></li>')
    w("</ul></nav>")
    w("</header>")
    w(
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb">'
        '<li>You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Home</a></li>'
        '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/polisiau-policies">Policies</a></li>'
        f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(title)}</span></li></ol></nav>'
    )
    w('<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">')
    w('<meta itemprop="inLanguage" content="en-GB">')
    w(f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>')
    w(
        '<div class="icons"><div class="btn-group float-end"><button class="btn dropdown-toggle" type="button" '
        'aria-label="User tools">Tools</button><ul class="dropdown-menu"><li class="print-icon">'
        f'<a href="{base}?tmpl=component&amp;print=1" rel="nofollow">Print</a></li><li class="email-icon">'
        f'<a href="/index.php/component/mailto/?tmpl=component&amp;link=7c1f0e" rel="nofollow">Email</a></li>'
        "</ul></div></div>"
    )
    w('<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>')
    for row in all_of(items, "DETAIL"):
        label, value = split2(row)
        cls = slug(label)
        if label == "Written by":
            w(f'<dd class="createdby" itemprop="author">{esc(label)} <span itemprop="name">{esc(value)}</span></dd>')
        elif label == "Category":
            w(f'<dd class="category-name">{esc(label)}: <a href="/index.php/polisiau-policies">{esc(value)}</a></dd>')
        else:
            w(f'<dd class="{cls}">{esc(label)}: {esc(value)}</dd>')
    w("</dl>")
    w('<div itemprop="articleBody" class="com-content-article__body">')
    w('<div class="float-end article-index"><h3>Article Index</h3><ul class="nav flex-column">')
    for i, (_n, ptitle) in enumerate(pages):
        start = "" if i == 0 else str(i)
        w(f'<li><a href="{base}?start={start}" class="toclink">{esc(ptitle)}</a></li>')
    w(f'<li><a href="{base}?showall=1" class="toclink active">All Pages</a></li>')
    w("</ul></div>")
    w(f"<p>{esc(first(items, 'LEAD'))}</p>")
    for tag, rest in items:
        if tag == "PAGE":
            _n, ptitle = split2(rest)
            w(f"<h3>{esc(ptitle)}</h3>")
        elif tag == "C":
            num, text = split2(rest)
            body = esc(text)
            if num in cloaked:
                addr = next(t for t in text.split() if "@" in t).rstrip(".")
                body = body.replace(esc(addr), joomla_cloak(addr))
            w(f"<p><strong>{num}</strong> {body}</p>")
    w("</div>")
    prev_next = first(items, "END").split(" | ")
    w('<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">')
    w(
        f'<a class="btn btn-sm btn-secondary previous" href="/index.php/polisiau-policies/41-grants-policy" rel="prev">'
        f"{esc(prev_next[0])}</a>"
    )
    w(
        f'<a class="btn btn-sm btn-secondary next" href="/index.php/polisiau-policies/43-standing-orders" rel="next">'
        f"{esc(prev_next[1])}</a>"
    )
    w("</span></nav>")
    w("</div></main>")
    w('<footer class="container-footer footer full-width"><div class="grid-child">')
    w(f"<p>&copy; 2025 {esc(site)}</p>")
    w(
        '<p><a href="/index.php/hygyrchedd-accessibility">Hygyrchedd / Accessibility</a> | '
        '<a href="/index.php/preifatrwydd-privacy">Preifatrwydd / Privacy</a></p>'
    )
    w(
        '</div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">'
        '<span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>'
    )
    w("</body>")
    w("</html>")
    write_text(name, "html", o)


def main():
    orrinsby()
    owlcote()
    yelbury()
    trimbury()
    mersley()
    bryn()
    drumkellie()
    abermorlais()
    return 0


if __name__ == "__main__":
    sys.exit(main())
