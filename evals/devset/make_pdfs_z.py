"""Build the probe-z documents in docs-z/ from the sources in docs-z-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_z.py

Probe Z: eight ORDINARY member/officer protocols of invented councils, each in a form councils really publish, with
the everyday noise those forms carry. All eight are built from the tagged sources in docs-z-src/:
- a district council's constitution section saved as a web page (Oxenmere): cookie banner, search, main menu,
  breadcrumbs, a left-hand contents list of the whole constitution, "1.1" paragraphs, curly quotes, a feedback box
  and "Page last updated" above the footer;
- a unitary council's constitution protocol as a Word export to PDF (Rookhampton): "Part 5, Section C.n" headings,
  1.1 paragraphs in a hanging column and (a)/(b) items, running header and "Page N of M";
- a Scottish community council's protocol saved as PLAIN TEXT from a PDF (Auchenlarig): hard line wraps, some words
  hyphenated across line ends, a page footer line repeated every page;
- a small parish council's one-page Word protocol (Cressbury St Anne): bold headings and bullet points, no numbers;
- a town council's protocol as a PDF with a TITLE PAGE and a CONTENTS page (Brimmerton): "Section n - Title"
  headings and paragraphs numbered 1, 2, 3 ... continuously (contents page numbers from a first layout pass);
- a town council's web page with the protocol as an ACCORDION of questions and answers (Gullhaven), with site chrome;
- a borough council's protocol as Markdown converted from Word (Fernhollow): ## headings, 1.1 paragraphs, an image
  placeholder, bold metadata lines and an "Issue | Who to contact" pipe table;
- a parish council's PDF (Hemblingcott): "1." paragraphs with "(a)" items in a serif face, ending with an adoption
  block ("Adopted by resolution of the Council on ..., Minute 45/23", "Review: ...") and signature lines.
Shared helpers come from gen_common.py. Deterministic: fixed creation dates and zip timestamps, no randomness.
"""

import datetime as dt
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    Doc,
    esc,
    keep_together,
    meta,
    read_tagged,
    save_docx,
    slug,
)

SRC = HERE / "docs-z-src"
OUT = HERE / "docs-z"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def curly(text):
    """Typographic quotes as a CMS or Word would give them: apostrophes to U+2019, "double" quotes to U+201C/U+201D."""
    text = re.sub(r"(?<=\w)'", "\u2019", text)
    text = re.sub(r"'(?=\w)", "\u2018", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = re.sub(r'(?<=[\w.)])"', "\u201d", text)
    return text


def hang(pdf, left, indent, label, text, size, lh, align="J", keep=True, style=""):
    """A paragraph whose label sits at `left` (mm from the page margin) and whose text hangs at left+indent."""
    F = pdf.font_name
    L = pdf.l_margin
    pdf.set_font(F, style, size)
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


# ================================================================ 1. Oxenmere District Council (saved constitution page)
OX_URL = "https://www.oxenmere.gov.uk"
OX_CONTENTS = [
    ("Part 1: Summary and explanation", []),
    ("Part 2: Articles of the Constitution", []),
    (
        "Part 3: Responsibility for functions",
        ["3A: Council and committee functions", "3B: Executive functions", "3C: Scheme of delegation to officers"],
    ),
    (
        "Part 4: Rules of procedure",
        [
            "4A: Council procedure rules",
            "4B: Access to information rules",
            "4C: Budget and policy framework rules",
            "4D: Financial procedure rules",
            "4E: Contract procedure rules",
            "4F: Officer employment rules",
        ],
    ),
    (
        "Part 5: Codes and protocols",
        [
            "5A: Members' Code of Conduct",
            "5B: Employee Code of Conduct",
            "5C: Planning code of good practice",
            "5D: Protocol on Member and Officer Relations",
            "5E: Social media guidance for Members",
        ],
    ),
    ("Part 6: Members' allowances scheme", []),
    ("Part 7: Management structure", []),
]


def oxenmere():
    name = "oxenmere-district-council"
    items = parse(name)
    title = next(r for t, r in items if t == "TITLE")
    lead = next(r for t, r in items if t == "LEAD")
    files = "./" + title.replace(":", "_") + " _ Oxenmere District Council_files"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(
        f"<!-- saved from url=(0104){OX_URL}/council-and-democracy/constitution/part-5-codes-and-protocols/5d-member-officer-relations -->"
    )
    w('<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(curly(title))} | Oxenmere District Council</title>")
    w('<meta name="description" content="Part 5D of the Constitution of Oxenmere District Council.">')
    w('<meta name="DC.date.modified" content="2024-03-12">')
    w(f'<link rel="stylesheet" href="{files}/main.css" media="all">')
    w(f'<script src="{files}/analytics.js.download" async=""></script>')
    w("</head>")
    w('<body class="page-template-constitution">')
    w('<a class="skip-link" href="#content">Skip to main content</a>')
    w('<div class="cookie-banner" role="region" aria-label="Cookie banner">')
    w(
        "  <p><strong>Can we use cookies?</strong> We use necessary cookies to make this site work. With your permission we\u2019d also like to use analytics cookies to see how the site is used.</p>"
    )
    w(
        '  <button type="button" class="btn">Accept all cookies</button> <button type="button" class="btn btn--ghost">Necessary cookies only</button>'
    )
    w(f'  <a href="{OX_URL}/cookies">Cookie settings</a>')
    w("</div>")
    w('<header class="site-header">')
    w(
        f'  <a class="site-header__logo" href="{OX_URL}/"><img src="{files}/oxenmere-logo.svg" alt="Oxenmere District Council logo" width="180" height="54"></a>'
    )
    w(
        f'  <form class="site-search" action="{OX_URL}/search" role="search"><label for="q">Search this site</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>'
    )
    w('  <nav class="primary-nav" aria-label="Main navigation"><ul>')
    for label in (
        "Bins and recycling",
        "Council tax",
        "Benefits",
        "Housing",
        "Planning",
        "Environmental health",
        "Parking",
        "Business",
        "Leisure and parks",
        "Your council",
    ):
        cls = ' class="active"' if label == "Your council" else ""
        w(f'    <li{cls}><a href="{OX_URL}/{slug(label)}">{label}</a></li>')
    w("  </ul></nav>")
    w("</header>")
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>')
    for label, href in (
        ("Home", "/"),
        ("Your council", "/your-council"),
        ("Council and democracy", "/council-and-democracy"),
        ("Constitution", "/council-and-democracy/constitution"),
        ("Part 5: Codes and protocols", "/council-and-democracy/constitution/part-5-codes-and-protocols"),
    ):
        w(f'  <li><a href="{OX_URL}{href}">{esc(label)}</a></li>')
    w(f'  <li aria-current="page">{esc(curly(title))}</li>')
    w("</ol></nav>")
    w('<div class="layout layout--sidebar-left">')
    w('<aside class="constitution-nav" aria-label="Constitution contents">')
    w("  <h2>Constitution</h2>")
    w("  <ul>")
    for part, subs in OX_CONTENTS:
        w(f'    <li><a href="{OX_URL}/council-and-democracy/constitution/{slug(part)}">{esc(curly(part))}</a>')
        if subs:
            w("      <ul>")
            for s in subs:
                if s.startswith("5D"):
                    w(f'        <li class="current" aria-current="page">{esc(curly(s))}</li>')
                else:
                    w(
                        f'        <li><a href="{OX_URL}/council-and-democracy/constitution/{slug(s)}">{esc(curly(s))}</a></li>'
                    )
            w("      </ul>")
        w("    </li>")
    w("  </ul>")
    w("</aside>")
    w('<main id="content" class="main-content">')
    w(f"<h1>{esc(curly(title))}</h1>")
    w(f'<p class="lead">{esc(curly(lead))}</p>')
    w(
        '<div class="page-actions"><a href="#" onclick="window.print();return false;">Print this page</a> | '
        f'<a href="{OX_URL}/media/2214/part-5d-member-officer-protocol.pdf">Download Part 5D (PDF, 212KB)</a></div>'
    )
    w('<nav class="on-this-page" aria-label="On this page"><h2>On this page</h2><ul>')
    for t, r in items:
        if t == "H":
            w(f'  <li><a href="#{slug(r)}">{esc(r)}</a></li>')
    w("</ul></nav>")
    for t, r in items:
        if t == "H":
            w(f'<h2 id="{slug(r)}">{esc(r)}</h2>')
        elif t == "P":
            num, text = r.split("|", 1)
            w(f'<p><span class="para-no">{num}</span> {esc(curly(text))}</p>')
    w('<p class="back-to-top"><a href="#content">Back to top</a></p>')
    w('<p class="page-updated">Page last updated: 12 March 2024</p>')
    w(
        '<div class="feedback"><h2>Was this page helpful?</h2><button type="button">Yes</button> <button type="button">No</button>'
        "<p>Please do not include personal details in feedback. To report a problem, use our online forms.</p></div>"
    )
    w("</main>")
    w("</div>")
    w('<footer class="site-footer">')
    w("  <ul>")
    for label in (
        "Contact us",
        "Accessibility statement",
        "Privacy notice",
        "Cookies",
        "Freedom of information",
        "Jobs",
    ):
        w(f'    <li><a href="{OX_URL}/{slug(label)}">{label}</a></li>')
    w("  </ul>")
    w("  <p>Oxenmere District Council, Oxenmere House, Tanyard Road, Oxenmere</p>")
    w("  <p>\u00a9 2024 Oxenmere District Council</p>")
    w("</footer>")
    w("</body></html>")
    (OUT / f"{name}.html").write_text("\n".join(o) + "\n", encoding="utf-8")
    print(f"docs-z/{name}.html")


# ================================================================ 2. Rookhampton Council (PDF, Part 5 Section C)
def rookhampton():
    name = "rookhampton-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Constitution Part 5 Section C - Councillor and Officer Relations",
        "Microsoft\u00ae Word for Microsoft 365",
        "Democratic Services",
        dt.datetime(2023, 7, 19, 9, 31, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Rookhampton Council Constitution"
    pdf.header_right = "Part 5, Section C"
    pdf.footer_text = "Part 5C - Protocol on Councillor and Officer Relations - Page {n} of {N}"
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = pdf.font_name
    size, lh = 11, 5.5
    for tag, rest in items:
        if tag == "T1":
            pdf.set_font(F, "B", 16)
            pdf.multi_cell(0, 8, rest, **NEXT)
        elif tag == "T2":
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 7, rest, **NEXT)
        elif tag == "T3":
            pdf.ln(2)
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(31, 56, 100)
            pdf.multi_cell(0, 7.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "META":
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5.5, rest, **NEXT)
            if rest.startswith("Responsible"):
                pdf.ln(3)
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(3)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=20)
            pdf.ln(2)
            pdf.set_font(F, "B", 11.5)
            pdf.set_text_color(31, 56, 100)
            pdf.multi_cell(0, 6.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 12, num, text, size, lh)
            pdf.ln(2)
        elif tag == "A":
            label, text = rest.split("|", 1)
            hang(pdf, 12, 9, label, text, size, lh, align="L")
            pdf.ln(1.2)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-z/{name}.pdf")


# ================================================================ 3. Auchenlarig Community Council (plain text from a PDF)
TXT_WIDTH = 78
TXT_LINES_PER_PAGE = 46
AUCH_FOOTER = "Auchenlarig Community Council - Protocol for Members and the Secretary (October 2023)"


VOWELS = set("aeiouyAEIOUY")


def hyphen_point(word, room):
    """The last place, at most `room` letters in and leaving at least 3 letters each side, where a rough
    syllable rule allows a hyphen: between two different consonants after a vowel (VC-CV), or after a vowel
    before a single consonant and a vowel (V-CV). 0 if there is none."""
    best = 0
    for i in range(3, min(room, len(word) - 3) + 1):
        a, b, c = word[i - 2], word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if (
            a in VOWELS
            and b not in VOWELS
            and c not in VOWELS
            and b != c.lower()
            or (a not in VOWELS and b in VOWELS and c not in VOWELS and nxt in VOWELS)
        ):
            best = i
    return best


def wrap_hyphenating(text, width):
    """Greedy wrap to `width`; a long word that does not fit is split with a hyphen when at least 4 letters fit
    (as a PDF typeset with hyphenation gives when its text is copied out)."""
    lines, cur = [], ""
    for word in text.split():
        cand = word if not cur else cur + " " + word
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0) - 1  # minus the hyphen
        cut = hyphen_point(word, room) if word.isalpha() and len(word) >= 9 else 0
        if cut:
            lines.append((cur + " " if cur else "") + word[:cut] + "-")
            cur = word[cut:]
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def auchenlarig():
    name = "auchenlarig-community-council"
    items = parse(name)
    body = []
    for tag, rest in items:
        if tag == "TL":
            body.append(rest)
            if rest.startswith("To be reviewed"):
                body.append("")
        elif tag == "H":
            body.append("")
            body.append(rest)
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.extend(wrap_hyphenating(f"{num} {text}", TXT_WIDTH))
    # paginate: a footer line after every TXT_LINES_PER_PAGE body lines, as the copied-out PDF text has
    heads = {rest for tag, rest in items if tag == "H"}
    pages, i = [], 0
    while i < len(body):
        page = body[i : i + TXT_LINES_PER_PAGE]
        while page and (not page[-1] or page[-1] in heads):  # a heading stays with its first paragraph
            page = page[:-1]
        pages.append(page)
        i += len(page)
        while i < len(body) and not body[i]:
            i += 1
    out = []
    for n, page in enumerate(pages, 1):
        out.extend(page)
        out.append("")
        out.append(f"{AUCH_FOOTER}    Page {n} of {len(pages)}")
        out.append("")
    (OUT / f"{name}.txt").write_text("\n".join(out), encoding="utf-8")
    print(f"docs-z/{name}.txt")


# ================================================================ 4. Cressbury St Anne Parish Council (one-page Word)
def cressbury():
    name = "cressbury-st-anne-parish-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    doc.styles["List Bullet"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(1.8)
    for tag, rest in items:
        if tag in ("T", "ST"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(15 if tag == "T" else 12.5)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x2C)
            p.paragraph_format.space_after = Pt(0 if tag == "T" else 4)
        elif tag == "M":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.italic = True
            r.font.size = Pt(9.5)
            p.paragraph_format.space_after = Pt(6)
        elif tag == "B":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(10.5)
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.keep_with_next = True
        elif tag == "L":
            p = doc.add_paragraph(rest, style="List Bullet")
            p.paragraph_format.space_after = Pt(1)
    cp = doc.core_properties
    cp.title = "Councillor and Clerk Protocol"
    cp.author = "Clerk to the Council"
    cp.last_modified_by = "Clerk to the Council"
    cp.created = dt.datetime(2024, 2, 20, 10, 15, 0)
    cp.modified = dt.datetime(2024, 3, 15, 9, 40, 0)
    cp.revision = 6
    save_docx(doc, OUT / f"{name}.docx", (2024, 3, 15, 9, 40, 0))
    print(f"docs-z/{name}.docx")


# ================================================================ 5. Brimmerton Town Council (PDF, title page + contents)
def _brimmerton_pass(items, pages):
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Member and Officer Protocol v3",
        "Microsoft\u00ae Word 2019",
        "Town Clerk",
        dt.datetime(2023, 12, 13, 11, 6, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Brimmerton Town Council"
    pdf.header_right = "Member and Officer Protocol (Version 3)"
    pdf.footer_text = "Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = pdf.font_name
    size, lh = 11, 5.6
    found = {}
    heads = [r for t, r in items if t == "H"]
    pdf.set_y(70)
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 26)
            pdf.set_text_color(122, 38, 24)
            pdf.multi_cell(0, 13, rest, align="C", **NEXT)
            pdf.ln(6)
        elif tag == "TS":
            pdf.set_font(F, "B", 19)
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(0, 10, rest, align="C", **NEXT)
            pdf.ln(40)
        elif tag == "TM":
            pdf.set_font(F, "", 12)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
        elif tag == "CONTENTS":
            pdf.add_page()
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(122, 38, 24)
            pdf.multi_cell(0, 8, "Contents", **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
            pdf.set_font(F, "", 11)
            for h in heads:
                page = str(pages[h]) if pages else "0"
                wt = pdf.get_string_width(h)
                wp = pdf.get_string_width(page)
                dots = max(3, int((pdf.epw - wt - wp - 4) / pdf.get_string_width(".")))
                pdf.cell(0, 7.5, f"{h} {'.' * dots} {page}", **NEXT)
            pdf.add_page()
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=22)
            pdf.ln(3)
            pdf.set_font(F, "B", 13)
            pdf.set_text_color(122, 38, 24)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            found[rest] = pdf.page_no()
            pdf.ln(1.5)
        elif tag == "N":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 10, num, text, size, lh)
            pdf.ln(2.2)
    return pdf, found


def brimmerton():
    name = "brimmerton-town-council"
    items = parse(name)
    _, pages = _brimmerton_pass(items, None)
    pdf, again = _brimmerton_pass(items, pages)
    assert again == pages, "contents page numbers moved between passes"
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-z/{name}.pdf")


# ================================================================ 6. Gullhaven Town Council (web page, accordion FAQ)
GH_URL = "https://www.gullhaven-tc.gov.uk"


def gullhaven():
    name = "gullhaven-town-council"
    items = parse(name)
    title = next(r for t, r in items if t == "TITLE")
    lead = next(r for t, r in items if t == "LEAD")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(f"<!-- saved from url=(0071){GH_URL}/your-council/policies/councillors-and-staff/ -->")
    w('<html lang="en-GB"><head><meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)} \u2013 Gullhaven Town Council</title>")
    w(
        '<link rel="stylesheet" href="./Councillors and staff_ how we work together \u2013 Gullhaven Town Council_files/theme.css">'
    )
    w(
        '<script src="./Councillors and staff_ how we work together \u2013 Gullhaven Town Council_files/accordion.js"></script>'
    )
    w("</head>")
    w('<body class="page-id-418 page-template-default">')
    w('<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie notice">')
    w(
        "  <span>This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies.</span>"
    )
    w(
        '  <a href="#" class="cn-accept">Ok</a> <a href="#" class="cn-decline">No</a> '
        f'<a href="{GH_URL}/privacy-policy/" class="cn-more">Privacy policy</a>'
    )
    w("</div>")
    w('<header class="site-header">')
    w(
        f'  <div class="site-branding"><a href="{GH_URL}/"><img src="./Councillors and staff_ how we work together \u2013 Gullhaven Town Council_files/crest.png" alt="" width="64" height="64"> '
        '<span class="site-title">Gullhaven Town Council</span></a></div>'
    )
    w('  <p class="header-contact">Town Council Office, 3 Harbour Parade, Gullhaven \u2022 01632 960 392</p>')
    w('  <nav class="main-navigation" aria-label="Primary"><ul class="menu">')
    for label in (
        "Home",
        "Your Council",
        "Councillors",
        "Meetings",
        "Policies",
        "Beach Huts",
        "Allotments",
        "Events",
        "News",
        "Contact",
    ):
        cls = ' class="current-menu-ancestor"' if label in ("Your Council",) else ""
        w(f'    <li{cls}><a href="{GH_URL}/{slug(label)}/">{label}</a></li>')
    w("  </ul></nav>")
    w("</header>")
    w(
        '<div class="breadcrumbs"><a href="'
        + GH_URL
        + '/">Home</a> \u00bb <a href="'
        + GH_URL
        + '/your-council/">Your Council</a> \u00bb '
        '<a href="'
        + GH_URL
        + '/your-council/policies/">Policies</a> \u00bb <span class="breadcrumb_last">'
        + esc(title)
        + "</span></div>"
    )
    w('<div class="content-area">')
    w('<main id="main" class="site-main">')
    w('<article class="page">')
    w(f'<h1 class="entry-title">{esc(title)}</h1>')
    w('<div class="entry-content">')
    w(f"<p>{esc(lead)}</p>")
    w("<p>Click on a question to see the answer. A printable copy is available from the Town Council Office.</p>")
    w('<div class="accordion" id="protocol-faq">')
    n = 0
    open_item = False
    for tag, rest in items:
        if tag == "Q":
            if open_item:
                w("    </div>")
                w("  </div>")
            n += 1
            w('  <div class="accordion-item">')
            w(
                f'    <h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false" aria-controls="faq-{n}">{esc(rest)}</button></h3>'
            )
            w(f'    <div id="faq-{n}" class="accordion-collapse collapse" role="region">')
            open_item = True
        elif tag == "A":
            w(f"      <p>{esc(rest)}</p>")
    if open_item:
        w("    </div>")
        w("  </div>")
    w("</div>")
    w("</div>")
    w("</article>")
    w("</main>")
    w('<aside class="widget-area" aria-label="Sidebar">')
    w('  <section class="widget"><h2 class="widget-title">Policies</h2><ul>')
    for label in (
        "Standing Orders",
        "Financial Regulations",
        "Complaints Procedure",
        "Councillors and staff",
        "Grants Policy",
        "Privacy Notice",
    ):
        w(f'    <li><a href="{GH_URL}/your-council/policies/{slug(label)}/">{label}</a></li>')
    w("  </ul></section>")
    w('  <section class="widget"><h2 class="widget-title">Next meetings</h2><ul>')
    w("    <li>Full Council \u2013 Monday 1 July 2024, 7pm</li>")
    w("    <li>Staffing Committee \u2013 Tuesday 9 July 2024, 6pm</li>")
    w("  </ul></section>")
    w("</aside>")
    w("</div>")
    w('<footer class="site-footer">')
    w("  <p>Gullhaven Town Council, Town Council Office, 3 Harbour Parade, Gullhaven</p>")
    w("  <p>Office open Monday to Friday, 9am to 5pm</p>")
    w(
        f'  <p><a href="{GH_URL}/accessibility/">Accessibility</a> | <a href="{GH_URL}/privacy-policy/">Privacy</a> | <a href="{GH_URL}/sitemap/">Sitemap</a></p>'
    )
    w("  <p>Page last updated: 10 June 2024</p>")
    w("</footer>")
    w("</body></html>")
    (OUT / f"{name}.html").write_text("\n".join(o) + "\n", encoding="utf-8")
    print(f"docs-z/{name}.html")


# ================================================================ 7. Fernhollow Borough Council (Markdown from Word)
def fernhollow():
    name = "fernhollow-borough-council"
    items = parse(name)
    o = ["![](media/image1.png)", ""]
    for tag, rest in items:
        if tag == "T":
            o += [f"# {rest}", ""]
        elif tag == "ST":
            o += [f"## {curly(rest)}", ""]
        elif tag == "M":
            key, _, value = rest.partition(": ")
            o += [f"**{key}:** {value}", ""]
        elif tag == "H":
            o += [f"## {rest}", ""]
        elif tag == "P":
            num, text = rest.split("|", 1)
            o += [f"{num} {curly(text)}", ""]
        elif tag == "TH":
            cols = rest.split("|")
            o.append("| " + " | ".join(f"**{c}**" for c in cols) + " |")
            o.append("|" + "|".join("-" * (len(c) + 6) for c in cols) + "|")
        elif tag == "TR":
            o.append("| " + " | ".join(curly(c) for c in rest.split("|")) + " |")
        elif tag == "END":
            o.append("")
    (OUT / f"{name}.md").write_text("\n".join(o), encoding="utf-8")
    print(f"docs-z/{name}.md")


# ================================================================ 8. Hemblingcott Parish Council (PDF, 1./(a), adoption block)
def hemblingcott():
    name = "hemblingcott-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Protocol for Councillors and Staff",
        "Microsoft\u00ae Word 2016",
        "Clerk",
        dt.datetime(2023, 9, 14, 16, 20, 0, tzinfo=dt.UTC),
    )
    pdf.font_name = "LiberationSerif"
    pdf.footer_text = "Hemblingcott Parish Council - Protocol for Councillors and Staff - Page {n} of {N}"
    pdf.set_margins(25.4, 22, 25.4)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = pdf.font_name
    size, lh = 12, 6
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 16)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
        elif tag == "TS":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
            pdf.ln(5)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=20)
            pdf.ln(2)
            pdf.set_font(F, "BU", 12)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.ln(1)
        elif tag == "N":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 10, num, text, size, lh)
            pdf.ln(2.2)
        elif tag == "A":
            label, text = rest.split("|", 1)
            hang(pdf, 10, 10, label, text, size, lh, align="L")
            pdf.ln(1.2)
        elif tag == "ADOPT":
            if rest.startswith("Adopted"):
                keep_together(pdf, "x", pdf.epw, lh, extra=50)
                pdf.ln(6)
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, lh, rest, **NEXT)
            pdf.ln(1)
        elif tag == "SIGN":
            pdf.ln(8)
            pdf.set_font(F, "", 12)
            pdf.multi_cell(0, lh, rest, **NEXT)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-z/{name}.pdf")


if __name__ == "__main__":
    oxenmere()
    rookhampton()
    auchenlarig()
    cressbury()
    brimmerton()
    gullhaven()
    fernhollow()
    hemblingcott()
