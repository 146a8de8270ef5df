"""Build the probe-n documents in docs-n/ from the sources in docs-n-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_n.py

Probe N: eight ordinary member/officer protocols, each published with one
publishing twist (a PDF whose every clause ends in a bracketed cross-reference,
a CSS-grid page whose clause numbers are '§ n.n' permalinks in their own
column, a Word file with typed '1.1.1' legal numbering and bold capital
defined terms, an OCR plain-text export of a scanned sheet, a council's
accessible plain-text version with ASCII tables, a 'policy on a page' poster
in front of the full protocol, a two-page web article saved as one file with
the pager in the middle, and a Markdown page whose every paragraph starts with
an audience tag '[Members]' / '[Officers]' / '[All]').
Shared PDF/HTML helpers come from gen_common.py.
"""

import re
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, esc, numbered_clause, read_tagged  # noqa: E402

SRC = HERE / "docs-n-src"
OUT = HERE / "docs-n"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / name)


# ---------------------------------------------------------------- 1. Medburn (district, PDF)
def medburn():
    """Every clause ends with an italic bracketed cross-reference '(see also 4.2 and Appendix A)'."""
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.header_text = "Medburn District Council - Constitution Part 5.3"
    pdf.header_right = "Member/Officer Protocol"
    pdf.skip_header_first = True
    pdf.footer_text = "Page {n} of {N}"
    pdf.set_creator("Microsoft\u00ae Word 2016")
    pdf.set_producer("Microsoft\u00ae Word 2016")
    pdf.set_title("Part 5.3 Member Officer Protocol")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    for tag, rest in parse("medburn-district-council.txt"):
        if tag == "T":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "S":
            pdf.ln(1)
            pdf.set_font(F, "I", 9)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif tag in ("H", "A"):
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 6.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text, xref = rest.split("|")
            pdf.set_font(F, "", 10.5)
            body = f"{text} __({xref})__"
            h = len(pdf.multi_cell(pdf.epw - 12, 5.3, f"{text} ({xref})", dry_run=True, output="LINES")) * 5.3
            if pdf.get_y() + h > pdf.h - 24:
                pdf.add_page()
            pdf.cell(12, 5.3, num)
            pdf.set_left_margin(22 + 12)
            pdf.multi_cell(0, 5.3, body, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(22)
            pdf.ln(1.6)
        elif tag == "L":
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    pdf.output(str(OUT / "medburn-district-council.pdf"))


# ---------------------------------------------------------------- 2. Tollerby (borough, HTML)
TOLLERBY_HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Councillor and Officer Relations Protocol | Tollerby Borough Council</title>
<link rel="canonical" href="https://www.tollerby.gov.uk/constitution/councillor-officer-protocol">
<style>
 body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
 .masthead{background:#004b6b;color:#fff;padding:12px 24px}
 .masthead a{color:#fff}
 .protocol{max-width:60rem;margin:0 auto;padding:0 24px}
 .clause-grid{display:grid;grid-template-columns:5.5rem 1fr;column-gap:1rem;row-gap:.6rem}
 .clause-grid>.ref{grid-column:1;font-weight:bold;text-decoration:none;color:#004b6b}
 .clause-grid>.txt{grid-column:2;margin:0}
 .ref .copy{font-size:.75em;opacity:.6}
 .clause-grid>h2{grid-column:1 / span 2;margin:1.4rem 0 .2rem}
 footer{background:#eee;padding:16px 24px;margin-top:2rem;font-size:.85em}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use some essential cookies to make this website work. We would also like to set analytics cookies.</p><button>Accept analytics cookies</button> <button>Reject analytics cookies</button></div>
<header class="masthead"><a href="/">Tollerby Borough Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/council">Your council</a></li></ul></nav>
<form role="search"><label for="q">Search this site</label> <input id="q" name="q"> <button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Your council</a></li><li><a href="/constitution">Constitution</a></li><li>Part 5 Codes and protocols</li></ol></nav>
<main id="main" class="protocol">
"""

TOLLERBY_FOOT = """</main>
<footer><p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p>
<p>&copy; Tollerby Borough Council, Town Hall, Market Street, Tollerby</p></footer>
</body>
</html>
"""


def tollerby():
    """Each section is one CSS grid: column 1 holds '§ n.n' permalinks, column 2 the clause text."""
    out = [TOLLERBY_HEAD]
    grid_open = False
    for tag, rest in parse("tollerby-borough-council.txt"):
        if tag == "T":
            out.append(f"<h1>{esc(rest)}</h1>\n")
        elif tag == "S":
            out.append(f'<p class="meta">{esc(rest)}</p>\n')
        elif tag == "H":
            if grid_open:
                out.append("</div>\n")
            out.append(f'<div class="clause-grid">\n<h2>{esc(rest)}</h2>\n')
            grid_open = True
        elif tag == "C":
            num, text = rest.split("|", 1)
            anchor = "s" + num.replace(".", "-")
            out.append(
                f'<a class="ref" id="{anchor}" href="#{anchor}" title="Link to this paragraph">'
                f'&sect;&nbsp;{num} <span class="copy" aria-hidden="true">&#128279;</span></a>\n'
                f'<p class="txt">{esc(text)}</p>\n'
            )
    out.append('</div>\n<p class="updated">Last updated: 2 August 2023</p>\n')
    out.append(TOLLERBY_FOOT)
    (OUT / "tollerby-borough-council.html").write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 3. Haddenfield (town, DOCX)
def _bold_terms(par, text, terms):
    """Add text to a paragraph with every defined term in bold (terms are matched longest first)."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos : m.start()])
        par.add_run(m.group(0)).bold = True
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def haddenfield():
    """Typed three-level legal numbering ('1.' / '1.1' / '1.1.1') and bold capital defined terms."""
    items = parse("haddenfield-town-council.txt")
    terms = next(rest for tag, rest in items if tag == "D").split("|")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.core_properties.title = "Member and Staff Protocol"
    doc.core_properties.author = "Town Clerk"
    for tag, rest in items:
        if tag == "T":
            p = doc.add_paragraph()
            p.alignment = 1
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(14)
        elif tag == "S":
            p = doc.add_paragraph()
            p.alignment = 1
            p.add_run(rest).italic = True
        elif tag == "H":
            num, text = rest.split("|")
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(f"{num}\t{text}")
            r.bold = True
        elif tag == "G":
            num, text = rest.split("|")
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            r = p.add_run(f"{num}\t{text}")
            r.bold = True
            r.italic = True
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(2.54)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            p.add_run(f"{num}\t")
            _bold_terms(p, text, terms)
    doc.save(str(OUT / "haddenfield-town-council.docx"))


# ---------------------------------------------------------------- 4. Brocksley Parva (parish, OCR TXT)
def brocksley_parva():
    """OCR plain-text export of a typed, scanned sheet: lines wrapped as typed, stray specks,
    a form feed and the typed page number between pages (slips are in the source)."""
    pages, lines = [], []
    for tag, rest in parse("brocksley-parva-parish-council.txt"):
        if tag == "T":
            lines.append(" " * max(0, (64 - len(rest)) // 2) + rest)
        elif tag == "S":
            lines += ["", *textwrap.wrap(rest, 64), ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            wrapped = textwrap.wrap(text, 60)
            lines.append(f"{num + '.':<5}{wrapped[0]}")
            lines += ["     " + w for w in wrapped[1:]]
            lines.append("")
        elif tag == "P":
            pages.append(lines)
            lines = []
    pages.append(lines)
    specks = ["' .", "", ".  ,", ""]
    out = []
    for i, page in enumerate(pages, 1):
        body = ([specks[i % len(specks)]] if i > 1 else []) + page + ["", f"{' ' * 30}- {i} -", ""]
        out.append("\n".join(body))
    (OUT / "brocksley-parva-parish-council.txt").write_text("\f".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 5. Strathlorne (Scottish, TXT)
def _ascii_table(caption, header, rows):
    cols = list(zip(header, *rows, strict=True))
    widths = [max(len(c) for c in col) for col in cols]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def row(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [caption, "", rule, row(header), rule.replace("-", "="), *[row(r) for r in rows], rule, ""]


def strathlorne():
    """Accessible text version: wrapped at 72 characters, ASCII tables with +---+ borders."""
    out, table = [], None

    def flush():
        nonlocal table
        if table:
            out.extend(_ascii_table(*table))
            table = None

    for tag, rest in parse("strathlorne-council.txt"):
        if tag != "ROW":
            flush()
        if tag == "N":
            out += textwrap.wrap(rest, 72) + [""]
        elif tag == "T":
            out.append(rest)
        elif tag == "S":
            out += ["", rest, "", "=" * 72, ""]
        elif tag == "H":
            out += ["", rest, "-" * len(rest), ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            out += textwrap.wrap(f"{num}  {text}", 72, subsequent_indent="     ") + [""]
        elif tag == "TAB":
            caption, *header = rest.split("|")
            table = (caption, header, [])
        elif tag == "ROW":
            table[2].append(rest.split("|"))
    flush()
    (OUT / "strathlorne-council.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 6. Cwm Eirin (Welsh community, PDF)
def cwm_eirin():
    """Page 1 is a 'policy on a page' poster (eight coloured boxes of short rules); the full
    protocol follows on pages 2-3."""
    items = parse("cwm-eirin-community-council.txt")
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    F = pdf.font_name
    pdf.set_creator("Canva")
    pdf.set_producer("Canva")
    pdf.set_title("Members and the Clerk - policy on a page and protocol")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    colours = [(214, 234, 223), (253, 235, 208), (221, 230, 245), (245, 221, 226)]
    boxes = [rest.split("|") for tag, rest in items if tag == "R"]
    for tag, rest in items:
        if tag == "PT":
            pdf.set_font(F, "B", 22)
            pdf.set_text_color(0, 90, 60)
            pdf.multi_cell(0, 10, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "PS":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            y0 = pdf.get_y() + 6
            bw, bh, gap = (pdf.epw - 8) / 2, 52, 8
            for i, (head, text) in enumerate(boxes):
                x = pdf.l_margin + (i % 2) * (bw + gap)
                y = y0 + (i // 2) * (bh + 6)
                pdf.set_fill_color(*colours[i % 4])
                pdf.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=4)
                pdf.set_xy(x + 5, y + 6)
                pdf.set_font(F, "B", 15)
                pdf.cell(bw - 10, 8, head, new_x="LEFT", new_y="NEXT")
                pdf.set_font(F, "", 13)
                pdf.multi_cell(bw - 10, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        elif tag == "PF":
            pdf.set_xy(pdf.l_margin, 268)
            pdf.set_font(F, "B", 10)
            pdf.cell(0, 6, rest, align="C")
            pdf.add_page()
            pdf.footer_text = (
                "Cwm Eirin Community Council - Protocol on Relations between Members and the Clerk - page {n}"
            )
        elif tag == "T":
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "S":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            h = len(pdf.multi_cell(pdf.epw - 12, 5.3, text, dry_run=True, output="LINES")) * 5.3
            if pdf.get_y() + h > pdf.h - 22:
                pdf.add_page()
            numbered_clause(pdf, num, text)
            pdf.ln(1.4)
    pdf.output(str(OUT / "cwm-eirin-community-council.pdf"))


# ---------------------------------------------------------------- 7. Mardonshire (county, HTML)
MARDON_CHROME = """<header class="site-header"><a class="logo" href="/"><img src="/img/mardonshire-logo.svg" alt="Mardonshire County Council"></a>
<nav class="main-nav"><a href="/roads">Roads and travel</a> <a href="/schools">Schools</a> <a href="/social-care">Adult social care</a> <a href="/council">Council and democracy</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/constitution">Constitution</a> &gt; <span>Part 5 Codes and protocols</span></nav>
"""


def _mardon_pager(page):
    prev = (
        '<a href="?page=1" rel="prev">&lsaquo; Previous</a>'
        if page == 2
        else '<span class="disabled">&lsaquo; Previous</span>'
    )
    nxt = (
        '<a href="?page=2" rel="next">Next &rsaquo;</a>' if page == 1 else '<span class="disabled">Next &rsaquo;</span>'
    )
    cur = [' aria-current="page"' if page == n else "" for n in (1, 2)]
    return (
        f'<nav class="pager" aria-label="Pagination">{prev} '
        f'<a href="?page=1"{cur[0]}>1</a> <a href="?page=2"{cur[1]}>2</a> {nxt}'
        f'<p class="pager-count">Page {page} of 2</p></nav>\n'
    )


def mardonshire():
    """A two-page article saved after 'Load page 2': page 1's pager, then page 2's chrome,
    heading and pager, then the rest of the protocol."""
    items = parse("mardonshire-county-council.txt")
    title = next(rest for tag, rest in items if tag == "T")
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f"<title>{esc(title)} - Mardonshire County Council</title>\n",
        "<!-- saved from url=(0071)https://www.mardonshire.gov.uk/constitution/member-officer-protocol?page=1 -->\n",
        "<style>.pager{margin:2em 0;border-top:1px solid #ccc;padding-top:1em}.disabled{color:#999}"
        ".page-load{border-top:4px dashed #bbb;margin-top:3em}</style>\n</head>\n<body>\n",
        '<div class="cookie"><p>Can we store analytics cookies on your device?</p><a href="#">Yes</a> <a href="#">No</a></div>\n',
        MARDON_CHROME,
        '<main>\n<article class="page-1">\n',
    ]
    for tag, rest in items:
        if tag == "T":
            out.append(f"<h1>{esc(rest)}</h1>\n")
        elif tag == "S":
            out.append(f'<p class="lede">{esc(rest)}</p>\n<p class="pager-count">Page 1 of 2</p>\n')
        elif tag == "H":
            out.append(f"<h2>{esc(rest)}</h2>\n")
        elif tag == "C":
            num, text = rest.split("|", 1)
            out.append(f"<p>{num} {esc(text)}</p>\n")
        elif tag == "PAGE":
            out.append(_mardon_pager(1))
            out.append(
                '<p class="share">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p>\n'
            )
            out.append(
                '</article>\n</main>\n<!-- infinite-scroll: page 2 appended -->\n<div class="page-load" data-page="2">\n'
            )
            out.append(MARDON_CHROME)
            out.append(f'<main>\n<article class="page-2">\n<h1>{esc(title)}</h1>\n')
            out.append(_mardon_pager(2))
    out.append(_mardon_pager(2))
    out.append('<p class="updated">Page last updated: 30 September 2024</p>\n</article>\n</main>\n</div>\n')
    out.append(
        '<footer><a href="/accessibility">Accessibility</a> <a href="/cookies">Cookies</a> '
        '<a href="/privacy">Privacy notice</a><p>Mardonshire County Council, County Hall, Castle Street</p></footer>\n'
        "</body>\n</html>\n"
    )
    (OUT / "mardonshire-county-council.html").write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 8. Easterhaven (unitary, MD)
def easterhaven():
    """Markdown page whose every paragraph starts with its number and an audience tag."""
    items = parse("easterhaven-council.txt")
    title = next(rest for tag, rest in items if tag == "T")
    out = [
        "---",
        f'title: "{title}"',
        "owner: Monitoring Officer",
        "last_reviewed: 2025-02-06",
        "tags: [constitution, protocols]",
        "---",
        "",
        "> **How to read this page:** each paragraph is tagged with who it mainly applies to - "
        "**[Members]**, **[Officers]** or **[All]**.",
        "",
    ]
    for tag, rest in items:
        if tag == "T":
            out += [f"# {rest}", ""]
        elif tag == "S":
            out += [f"*{rest}*", ""]
        elif tag == "H":
            out += [f"## {rest}", ""]
        elif tag == "C":
            num, who, text = rest.split("|", 2)
            out += [f"**{num}** **[{who}]** {text}", ""]
    out += [
        "---",
        "",
        "[Back to Constitution Part 5](../index.md) · [Members' Code of Conduct](code-of-conduct.md)",
        "",
    ]
    (OUT / "easterhaven-council.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    medburn()
    tollerby()
    haddenfield()
    brocksley_parva()
    strathlorne()
    cwm_eirin()
    mardonshire()
    easterhaven()
