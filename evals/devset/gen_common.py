"""Helpers shared by the probe-document generators (make_pdfs*.py); one copy of each, imported by the scripts.

Not a generator itself. Every helper writes exactly what the copies it replaced wrote: where the scripts'
copies differed (a fixed date, a zip timestamp, '<TAB>' markers), the difference is an argument.

* plain latin-1 layout (helpers A and B's documents, probes C-E): REPLACEMENTS, latin1_safe, is_heading,
  ProtocolPDF, render, sources_of, render_latin1;
* tagged sources: read_tagged ('#TAG rest' lines), read_colon_tagged ('TAG:text' lines), all_of;
* HTML: esc, slug;
* fpdf2: FONTS, SansDoc / Doc (A4 with a running header and footer), DejaVuDoc, numbered_clause,
  keep_together, grid_table, meta;
* python-docx: save_docx, add_field, add_bare_field, shade_cell, add_abstract_numbering, key_value_table.
"""

import html
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")


# ---------------------------------------------------------------- plain latin-1 layout (core fonts)
# One table of latin-1 stand-ins for characters the core fonts cannot show.
REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "-",
    "\u00a0": " ",
    "\u0175": "w",
    "\u0174": "W",
    "\u0177": "y",
    "\u0176": "Y",
    "\u200b": "",
}


def latin1_safe(text: str, replaced: set[str]) -> str:
    """`text` in latin-1 characters only (REPLACEMENTS, else the NFKD base letter, else '?'); each character
    that had to be replaced is added to `replaced`."""
    out = []
    for ch in text:
        try:
            ch.encode("latin-1")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        replaced.add(ch)
        if ch in REPLACEMENTS:
            out.append(REPLACEMENTS[ch])
            continue
        base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


def is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(line) < 90


class ProtocolPDF(FPDF):
    """make_pdfs.py's layout: a centred running header and a footer with optional left text and "Page n of N"."""

    def __init__(self, header_text: str, footer_text: str = ""):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text

    def header(self):
        self.set_font("helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, align="C")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_text:
            self.cell(0, 6, self.footer_text, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render(src: Path, dest: Path, headers: dict[str, str], footers: dict[str, str]) -> set[str]:
    """Render one source into a PDF in ProtocolPDF's layout (a source line a paragraph, blank lines a small
    gap, all-capital lines bold headings); the characters that had to be replaced (see REPLACEMENTS)."""
    replaced: set[str] = set()
    stem = src.stem
    header = latin1_safe(headers.get(stem, stem.replace("-", " ").title()), replaced)
    footer = latin1_safe(footers.get(stem, ""), replaced)
    pdf = ProtocolPDF(header, footer)
    pdf.set_title(header)
    pdf.set_author(header.split(" - ")[0])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = latin1_safe(raw.rstrip(), replaced)
        if not line.strip():
            pdf.ln(3)
            continue
        if is_heading(line):
            pdf.set_font("helvetica", "B", 11.5)
            pdf.multi_cell(0, 6, line)
            pdf.ln(1)
        else:
            pdf.set_font("helvetica", "", 11)
            pdf.multi_cell(0, 5.6, line)
            pdf.ln(1.2)
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(dest))
    return replaced


def sources_of(src_dir: Path, stems) -> list[Path] | None:
    """The source files <src_dir>/<stem>.txt; None (after saying which are missing) if any is missing."""
    sources = [src_dir / f"{stem}.txt" for stem in stems]
    missing = [p for p in sources if not p.exists()]
    if missing:
        print("missing sources: " + ", ".join(str(p) for p in missing), file=sys.stderr)
        return None
    return sources


def render_latin1(src_dir: Path, out_dir: Path, headers: dict[str, str], footers: dict[str, str]) -> int:
    """Render each source named in `headers`; a character outside latin-1 is an error (the PDF's
    text must match its source). Returns an exit status."""
    sources = sources_of(src_dir, headers)
    if sources is None:
        return 1
    for src in sources:
        dest = out_dir / f"{src.stem}.pdf"
        if replaced := render(src, dest, headers, footers):
            print(f"{src.name}: characters outside latin-1: {' '.join(sorted(replaced))}", file=sys.stderr)
            return 1
        print(dest.relative_to(HERE))
    return 0


# ---------------------------------------------------------------- tagged sources
def read_tagged(path, skip_comments=True):
    """A source file's '#TAG rest' lines as (TAG, rest) pairs; other lines, and (with skip_comments)
    comment lines ('# ...'), are skipped."""
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") or (skip_comments and line.startswith("# ")):
            continue
        tag, _, rest = line.partition(" ")
        items.append((tag[1:], rest))
    return items


def read_colon_tagged(path, tabs=False) -> list[tuple[str, str]]:
    """A source file's 'TAG:text' lines as (TAG, text) pairs, without its '#' comment lines and blank lines;
    with tabs, '<TAB>' in the text stands for a tab character."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        tag, _, text = line.partition(":")
        rows.append((tag, text.replace("<TAB>", "\t") if tabs else text))
    return rows


def all_of(items, tag):
    return [r for t, r in items if t == tag]


def first(items, tag):
    return next(r for t, r in items if t == tag)


def done(path):
    """Print a written file's path as the generator scripts do, relative to evals/devset."""
    print(Path(path).relative_to(Path(__file__).resolve().parent))


# ---------------------------------------------------------------- HTML
def esc(s):
    return html.escape(s, quote=False)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- fpdf2
class SansDoc(FPDF):
    """A4 document with a running header and footer (Word-export look), in Liberation Sans."""

    header_text = ""
    header_right = ""
    footer_text = ""
    skip_header_first = False
    font_name = "LiberationSans"

    def setup_fonts(self):
        self.add_font("LiberationSans", "", str(FONTS / "liberation/LiberationSans-Regular.ttf"))
        self.add_font("LiberationSans", "B", str(FONTS / "liberation/LiberationSans-Bold.ttf"))
        self.add_font("LiberationSans", "I", str(FONTS / "liberation/LiberationSans-Italic.ttf"))
        self.add_font("LiberationSans", "BI", str(FONTS / "liberation/LiberationSans-BoldItalic.ttf"))

    def header(self):
        if self.page_no() == 1 and self.skip_header_first:
            return
        if not (self.header_text or self.header_right):
            return
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        y = 10
        self.set_xy(self.l_margin, y)
        if self.header_text:
            self.cell(0, 5, self.header_text, align="L")
        if self.header_right:
            self.set_xy(self.l_margin, y)
            self.cell(0, 5, self.header_right, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, y + 6, self.w - self.r_margin, y + 6)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-15)
        self.set_font(self.font_name, "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, self.footer_text.replace("{n}", str(self.page_no())).replace("{N}", "{nb}"), align="C")
        self.set_text_color(0, 0, 0)


class DejaVuDoc(FPDF):
    """FPDF with the DejaVu Sans and Serif faces as 'Sans' and 'Serif' (installed where the Liberation faces
    are not), and fixed metadata: the base of probes AD to AF's PDFs."""

    font_name = "Sans"

    def setup(self, title, app, author, created, producer=None):
        faces = {
            "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "Serif": (
                "DejaVuSerif.ttf",
                "DejaVuSerif-Bold.ttf",
                "DejaVuSerif-Italic.ttf",
                "DejaVuSerif-BoldItalic.ttf",
            ),
        }
        for family, files in faces.items():
            for style, file in zip(("", "B", "I", "BI"), files, strict=True):
                self.add_font(family, style, str(FONTS / "dejavu" / file))
        self.set_creator(app)
        self.set_producer(producer or app)
        self.set_title(title)
        self.set_author(author)
        self.set_creation_date(created)


class Doc(SansDoc):
    """SansDoc with the serif face (Liberation Serif) too."""

    def setup_fonts(self):
        super().setup_fonts()
        for style, stem in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LiberationSerif", style, str(FONTS / f"liberation/LiberationSerif-{stem}.ttf"))


def numbered_clause(pdf, num, text, size=10.5, lh=5.3, indent=12, align="L"):
    """A clause with its number in a hanging-indent column."""
    L = pdf.l_margin
    pdf.set_font(pdf.font_name, "", size)
    pdf.set_x(L)
    pdf.cell(indent, lh, num)
    pdf.set_left_margin(L + indent)
    pdf.set_x(L + indent)
    pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(L)


def keep_together(pdf, text, w, lh, extra=0):
    """Start a new page unless `text` (wrapped to width w, line height lh) and `extra` fit on this one."""
    h = len(pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")) * lh + extra
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()


def hanging(pdf, label, text, indent, lh=5.3, size=10.5, align="J", style=""):
    """A paragraph with its label in a hanging-indent column (kept on one page)."""
    F = pdf.font_name
    pdf.set_font(F, "", size)
    keep_together(pdf, text, pdf.epw - indent, lh)
    L = pdf.l_margin
    pdf.set_x(L)
    pdf.set_font(F, style, size)
    pdf.cell(indent, lh, label)
    pdf.set_font(F, "", size)
    pdf.set_left_margin(L + indent)
    pdf.set_x(L + indent)
    pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(L)


def grid_table(pdf, widths, rows, head_fill, size=9, lh=4.4, pad=1.2, space_after=3):
    """A ruled table, its first row the header (bold, filled), each row as tall as its longest cell;
    a row that would not fit starts a new page."""
    F = pdf.font_name
    for i, row in enumerate(rows):
        head = i == 0
        pdf.set_font(F, "B" if head else "", size)
        n = max(
            len(pdf.multi_cell(w - 2 * pad, lh, t or " ", dry_run=True, output="LINES"))
            for w, t in zip(widths, row, strict=True)
        )
        h = n * lh + 2 * pad
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        x = pdf.l_margin
        for w, text in zip(widths, row, strict=True):
            if head:
                pdf.set_fill_color(*head_fill)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            pdf.set_xy(x + pad, y + pad)
            pdf.multi_cell(w - 2 * pad, lh, text, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(space_after)


def meta(pdf, title, app="Microsoft\u00ae Word for Microsoft 365", author=None, created=None):
    """Set up a Doc's fonts and its metadata as the exporting application writes it; `created` fixes the
    creation date (without it fpdf2 uses the time of the run)."""
    pdf.setup_fonts()
    pdf.set_creator(app)
    pdf.set_producer(app)
    pdf.set_title(title)
    if author:
        pdf.set_author(author)
    if created:
        pdf.set_creation_date(created)


# ---------------------------------------------------------------- python-docx
def save_docx(doc, path, date_time):
    """Save a python-docx Document with every zip entry dated `date_time` (a 6-tuple), so reruns give
    identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


def add_field(run, instr):
    """Append a Word field (PAGE, NUMPAGES ...) with the cached result '1' to a run."""
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    run._r.append(parse_xml(f"<w:t {nsdecls('w')}>1</w:t>"))
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def add_bare_field(paragraph, instr):
    """Append a run holding a Word field with no cached result (begin, `instr` as written, end)."""
    run = paragraph.add_run()
    for kind in ("begin", None, "end"):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._r.append(el)


def shade_cell(cell, fill):
    """Shade a table cell with the colour `fill` ('D9E2F3')."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def add_abstract_numbering(doc, abstract_xml, num_id):
    """Add a w:abstractNum (its XML, with '{ns}' where the namespace declaration goes) to the document's
    numbering part, before the first w:num as the schema wants, and a w:num `num_id` using it (the
    abstractNum's own id must be `num_id` too)."""
    numbering = doc.part.numbering_part.element
    abs_el = parse_xml(abstract_xml.format(ns=nsdecls("w")))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def key_value_table(doc, rows):
    """A two-column 'Table Grid' table of 'key|value' rows with the keys in bold, and an empty paragraph after it."""
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for row in rows:
        k, v = row.split("|", 1)
        cells = table.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    doc.add_paragraph()
