"""Build the probe-aa documents in docs-aa/ from the sources in docs-aa-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_aa.py

Probe AA: eight ORDINARY member/officer protocols of invented councils, each in a form councils really publish, with
the everyday noise that form carries. All eight are built from the tagged sources in docs-aa-src/:
- a parish council's protocol as a PDF (Pennyfold): "1. Heading" sections with 1.1 clauses in a hanging column,
  a running footer, an adoption block ("Adopted ... Minute 24/073", "Next review due") and signature lines;
- a town council's web page saved as HTML (Marlhaven): 'saved from url' comment, cookie banner, header menu,
  breadcrumbs, h2 sections with paragraphs and a bullet list, an "In this section" sidebar, "Page last updated"
  and a site footer; typographic apostrophes;
- a district council's constitution section as a PDF (Wenmoor): "PART 5 - CODES AND PROTOCOLS" title, metadata
  lines, running header (council / Part 5) and a footer with section, issue and page number on every page;
- a Welsh community council's protocol as a Word file (Aberhesgyn): bilingual (Welsh / English) title and headings,
  English text, a two-column adoption/review table, typed "1.1<TAB>" numbers, a header and a PAGE-field footer;
- a borough council's web page converted to Markdown (Stellingham): skip link, cookie text, menu and breadcrumb
  links, # and ## headings, "1.1 text" paragraphs, share links, "Last reviewed" line and footer links;
- a Scottish community council's protocol as PLAIN TEXT copied from a PDF (Glenquharrie): hard wraps at 80
  characters with continuation lines indented under the clause number, a footer line repeated on every page;
- a county council's constitution appendix as a PDF (Ravelshire): numbered sections with (a) items and (i) sub-items
  in hanging columns, serif face, running header and "Page N of M" footer;
- a small parish council's one-page Word protocol (Long Mallerby): centred title, italic adoption line, bold
  headings and bullet points, no numbers, a one-line footer.
Shared helpers come from gen_common.py. Deterministic: fixed creation dates and zip timestamps, no randomness.
"""

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    Doc,
    add_field,
    done,
    esc,
    first,
    keep_together,
    meta,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-aa-src"
OUT = HERE / "docs-aa"
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


# ======== 1. Pennyfold Parish Council (PDF, 1.1 clauses, adoption block)
def pennyfold():
    name = "pennyfold-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Protocol for Councillors and the Clerk",
        "Microsoft\u00ae Word 2016",
        "Clerk",
        dt.datetime(2024, 5, 20, 10, 12, 0, tzinfo=dt.UTC),
    )
    pdf.footer_text = "Pennyfold Parish Council - Protocol for Councillors and the Clerk - May 2024 - Page {n} of {N}"
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = pdf.font_name
    size, lh = 11, 5.6
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 17)
            pdf.set_text_color(20, 70, 40)
            pdf.multi_cell(0, 9, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
        elif tag == "TS":
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
            pdf.ln(2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(5)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=18)
            pdf.ln(2)
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 6.5, rest, **NEXT)
            pdf.ln(1)
        elif tag == "N":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 11, num, text, size, lh)
            pdf.ln(2)
        elif tag == "ADOPT":
            if rest.startswith("Adopted"):
                keep_together(pdf, "x", pdf.epw, lh, extra=55)
                pdf.ln(8)
            pdf.set_font(F, "B", 11)
            pdf.multi_cell(0, lh, rest, **NEXT)
            pdf.ln(1)
        elif tag == "SIGN":
            pdf.ln(10)
            pdf.set_font(F, "", 11)
            pdf.multi_cell(0, lh, rest, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 2. Marlhaven Town Council (saved web page)
MH_URL = "https://www.marlhaven-tc.gov.uk"


def marlhaven():
    name = "marlhaven-town-council"
    items = parse(name)
    title = first(items, "TITLE")
    lead = first(items, "LEAD")
    files = "./" + title.replace(":", "_") + " - Marlhaven Town Council_files"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(f"<!-- saved from url=(0079){MH_URL}/the-council/policies/councillors-and-staff-working-together/ -->")
    w('<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)} - Marlhaven Town Council</title>")
    w(f'<link rel="stylesheet" href="{files}/style.min.css" media="all">')
    w(f'<script src="{files}/jquery.min.js.download"></script>')
    w(f'<script src="{files}/cookie-consent.js.download"></script>')
    w("</head>")
    w('<body class="page-template-default page page-id-1274">')
    w(
        '<div id="cookie-consent" class="cc-window cc-banner" role="dialog" aria-live="polite" '
        'aria-label="cookieconsent">'
    )
    w(
        '  <span class="cc-message">We use cookies to help this website work and to understand how it is used. '
        f'<a class="cc-link" href="{MH_URL}/privacy/">Find out more</a></span>'
    )
    w(
        '  <div class="cc-compliance"><a class="cc-btn cc-deny">Reject</a><a class="cc-btn '
        'cc-allow">Accept cookies</a></div>'
    )
    w("</div>")
    w('<a class="screen-reader-text skip-link" href="#main">Skip to content</a>')
    w(
        '<div class="top-bar"><p>Guildhall, 12 Quay Street, Marlhaven \u2022 01632 960 518 \u2022 '
        '<a href="mailto:office@marlhaven-tc.gov.uk">office@marlhaven-tc.gov.uk</a></p></div>'
    )
    w('<header class="site-header">')
    w(
        f'  <div class="site-branding"><a href="{MH_URL}/" rel="home"><img '
        f'src="{files}/marlhaven-crest.png" alt="Marlhaven Town Council" width="220" height="70"></a></div>'
    )
    w('  <nav class="main-navigation" aria-label="Main menu"><ul id="primary-menu" class="menu">')
    for label in (
        "Home",
        "The Council",
        "Councillors",
        "Meetings and Minutes",
        "Guildhall Hire",
        "Allotments",
        "Marlhaven Regatta",
        "News",
        "Contact Us",
    ):
        cls = ' class="current-menu-ancestor"' if label == "The Council" else ""
        w(f'    <li{cls}><a href="{MH_URL}/{slug(label)}/">{label}</a></li>')
    w("  </ul></nav>")
    w("</header>")
    w(
        '<div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="' + MH_URL + '/">Home</a></span> / '
        '<span><a href="' + MH_URL + '/the-council/">The Council</a></span> / '
        '<span><a href="' + MH_URL + '/the-council/policies/">Policies and Procedures</a></span> / '
        f'<span class="current-item">{esc(title)}</span></div>'
    )
    w('<div id="content" class="site-content">')
    w('<main id="main" class="site-main">')
    w('<article class="page type-page status-publish">')
    w(f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>')
    w('<div class="entry-content">')
    w(f"<p><strong>{esc(lead)}</strong></p>")
    in_list = False
    for tag, rest in items:
        if tag != "LI" and in_list:
            w("</ul>")
            in_list = False
        if tag == "H":
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "P":
            w(f"<p>{esc(rest)}</p>")
        elif tag == "LI":
            if not in_list:
                w("<ul>")
                in_list = True
            w(f"  <li>{esc(rest)}</li>")
    if in_list:
        w("</ul>")
    w(
        '<p class="download"><a '
        f'href="{MH_URL}/wp-content/uploads/2024/01/Councillors-and-Staff-Protocol-Jan-2024.pdf">'
        "Download this protocol (PDF, 164KB)</a></p>"
    )
    w("</div>")
    w('<footer class="entry-footer"><p class="last-updated">Page last updated: 5 February 2024</p></footer>')
    w("</article>")
    w("</main>")
    w('<aside id="secondary" class="widget-area">')
    w('  <section class="widget widget_nav_menu"><h2 class="widget-title">In this section</h2><ul>')
    for label in (
        "Standing Orders",
        "Financial Regulations",
        "Code of Conduct",
        "Councillors and staff: working together",
        "Complaints Procedure",
        "Grants Policy",
        "Publication Scheme",
    ):
        w(f'    <li><a href="{MH_URL}/the-council/policies/{slug(label)}/">{esc(label)}</a></li>')
    w("  </ul></section>")
    w('  <section class="widget"><h2 class="widget-title">Latest news</h2><ul>')
    w(f'    <li><a href="{MH_URL}/news/regatta-road-closures/">Regatta weekend road closures</a></li>')
    w(f'    <li><a href="{MH_URL}/news/guildhall-lift-works/">Guildhall lift works</a></li>')
    w("  </ul></section>")
    w("</aside>")
    w("</div>")
    w('<footer id="colophon" class="site-footer">')
    w("  <p>Marlhaven Town Council, Guildhall, 12 Quay Street, Marlhaven</p>")
    w(
        f'  <p><a href="{MH_URL}/accessibility/">Accessibility statement</a> | <a '
        f'href="{MH_URL}/privacy/">Privacy notice</a> | '
        f'<a href="{MH_URL}/transparency/">Transparency</a> | <a href="{MH_URL}/sitemap/">Sitemap</a></p>'
    )
    w("  <p>\u00a9 2024 Marlhaven Town Council. Website by Harbourside Web Design.</p>")
    w("</footer>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 3. Wenmoor District Council (constitution Part 5 PDF)
def wenmoor():
    name = "wenmoor-district-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Constitution Part 5.4 - Protocol on Member/Officer Relations",
        "Microsoft\u00ae Word for Microsoft 365",
        "Democratic Services",
        dt.datetime(2024, 4, 29, 14, 3, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Wenmoor District Council - Constitution"
    pdf.header_right = "Part 5 - Codes and Protocols"
    pdf.footer_text = "Part 5.4 Member/Officer Relations | Issue 7 | April 2024 | Page {n}"
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    size, lh = 10.5, 5.3
    for tag, rest in items:
        if tag == "T1":
            pdf.set_font(F, "B", 15)
            pdf.multi_cell(0, 8, rest, **NEXT)
        elif tag == "T2":
            pdf.set_font(F, "B", 13)
            pdf.set_text_color(0, 84, 119)
            pdf.multi_cell(0, 7.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif tag == "META":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, **NEXT)
            if rest.startswith("Review"):
                pdf.ln(3)
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(3)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=18)
            pdf.ln(2)
            pdf.set_font(F, "B", 11.5)
            pdf.set_text_color(0, 84, 119)
            pdf.multi_cell(0, 6.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hang(pdf, 0, 12, num, text, size, lh)
            pdf.ln(1.8)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Aberhesgyn Community Council (Word, bilingual headings)
def aberhesgyn():
    name = "aberhesgyn-community-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Cyngor Cymuned Aberhesgyn Community Council")
    hr.font.size = Pt(8.5)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Tudalen / Page ")
    fr.font.size = Pt(8.5)
    fr2 = fp.add_run()
    fr2.font.size = Pt(8.5)
    add_field(fr2, "PAGE")
    green = RGBColor(0x1B, 0x5E, 0x20)
    meta_rows = []
    for tag, rest in items:
        if tag == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(15 if rest.startswith("Cyngor") else 12.5)
            r.font.color.rgb = green
            p.paragraph_format.space_after = Pt(4)
        elif tag == "M":
            meta_rows.append(rest)
            continue
        if meta_rows:  # the adoption/review lines as a small table after the title
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for row in meta_rows:
                k, v = row.split(": ", 1)
                cells = table.add_row().cells
                cells[0].text = k
                cells[0].paragraphs[0].runs[0].bold = True
                shade_cell(cells[0], "E2EFDA")
                cells[1].text = v
            doc.add_paragraph()
            meta_rows = []
        if tag == "H":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = green
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
        elif tag == "P":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
    cp = doc.core_properties
    cp.title = "Protocol ar gyfer Cynghorwyr a'r Clerc / Protocol for Councillors and the Clerk"
    cp.author = "Clerc / Clerk"
    cp.last_modified_by = "Clerc / Clerk"
    cp.created = dt.datetime(2024, 2, 5, 9, 0, 0)
    cp.modified = dt.datetime(2024, 3, 14, 11, 25, 0)
    cp.revision = 4
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2024, 3, 14, 11, 25, 0))
    done(path)


# ======== 5. Stellingham Borough Council (web page as Markdown)
SB_URL = "https://www.stellingham.gov.uk"


def stellingham():
    name = "stellingham-borough-council"
    items = parse(name)
    title = first(items, "TITLE")
    intro = first(items, "INTRO")
    updated = first(items, "UPDATED")
    o = [
        "[Skip to main content](#main-content)",
        "",
        "We use some essential cookies to make this website work. We\u2019d like to set additional "
        "cookies to understand "
        "how you use the site. [Accept additional cookies] [Reject additional cookies] [View cookies]"
        f"({SB_URL}/cookies)",
        "",
        f"[![Stellingham Borough Council]({SB_URL}/images/logo.svg)]({SB_URL}/)",
        "",
        "Search the site [Search]",
        "",
    ]
    for label in (
        "Bins and recycling",
        "Council tax",
        "Housing",
        "Planning and building control",
        "Parking",
        "Parks and leisure",
        "Councillors and democracy",
    ):
        o.append(f"- [{label}]({SB_URL}/{slug(label)})")
    o += [
        "",
        f"1. [Home]({SB_URL}/)",
        f"2. [Councillors and democracy]({SB_URL}/councillors-and-democracy)",
        f"3. [The Constitution]({SB_URL}/councillors-and-democracy/constitution)",
        f"4. [Part 5: Codes and protocols]({SB_URL}/councillors-and-democracy/constitution/part-5)",
        "",
        f"# {title}",
        "",
        intro,
        "",
        "## Contents",
        "",
    ]
    for tag, rest in items:
        if tag == "H":
            o.append(f"- [{rest}](#{slug(rest)})")
    o.append("")
    for tag, rest in items:
        if tag == "H":
            o += [f"## {rest}", ""]
        elif tag == "P":
            num, text = rest.split("|", 1)
            o += [f"{num} {text}", ""]
        elif tag == "LI":
            o += [f"- {rest}", ""]
    o += [
        "[Back to top](#main-content)",
        "",
        f"Share this page: [Facebook]({SB_URL}/share/facebook) [X]({SB_URL}/share/x) [Email]({SB_URL}/share/email)",
        "",
        updated,
        "",
        "## Was this page useful?",
        "",
        "[Yes] [No]",
        "",
        "---",
        "",
        f"[Contact us]({SB_URL}/contact) | [Accessibility]({SB_URL}/accessibility) | [Privacy]({SB_URL}/privacy) | "
        f"[Jobs]({SB_URL}/jobs)",
        "",
        "Stellingham Borough Council, Civic Centre, Marsh Road, Stellingham",
        "",
    ]
    path = OUT / f"{name}.md"
    path.write_text("\n".join(o), encoding="utf-8")
    done(path)


# ======== 6. Glenquharrie Community Council (plain text from a PDF)
GQ_WIDTH = 80
GQ_LINES_PER_PAGE = 50
GQ_FOOTER = "Glenquharrie Community Council | Working Together Protocol | September 2024"


def wrap(text, width, first_prefix, rest_prefix):
    lines, cur, prefix = [], "", first_prefix
    for word in text.split():
        cand = word if not cur else cur + " " + word
        if len(prefix) + len(cand) <= width or not cur:
            cur = cand
            continue
        lines.append(prefix + cur)
        cur, prefix = word, rest_prefix
    if cur:
        lines.append(prefix + cur)
    return lines


def glenquharrie():
    name = "glenquharrie-community-council"
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
            body.append("")
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.extend(wrap(text, GQ_WIDTH, f"{num:<6}", " " * 6))
    heads = {rest for tag, rest in items if tag == "H"}
    pages, i = [], 0
    while i < len(body):
        page = body[i : i + GQ_LINES_PER_PAGE]
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
        out.append(GQ_FOOTER)
        out.append(f"{n}")
        out.append("\f" if n < len(pages) else "")
    path = OUT / f"{name}.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    done(path)


# ======== 7. Ravelshire County Council (PDF, (a)/(i) items)
def ravelshire():
    name = "ravelshire-county-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Protocol on Relations between County Councillors and Officers",
        "Acrobat PDFMaker 23 for Word",
        "Legal and Democratic Services",
        dt.datetime(2024, 5, 21, 8, 47, 0, tzinfo=dt.UTC),
    )
    pdf.font_name = "LiberationSerif"
    pdf.header_text = "Ravelshire County Council Constitution"
    pdf.header_right = "Part 5 - Appendix 3"
    pdf.footer_text = "Protocol on Relations between County Councillors and Officers - Version 4.0 - Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = pdf.font_name
    size, lh = 11.5, 5.8
    for tag, rest in items:
        if tag == "TT":
            pdf.set_font(F, "B", 18)
            pdf.multi_cell(0, 9, rest, align="C", **NEXT)
            pdf.ln(1)
        elif tag == "TS":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 8, rest, align="C", **NEXT)
            pdf.ln(2)
        elif tag == "META":
            pdf.set_font(F, "I", 10.5)
            pdf.multi_cell(0, 5.5, rest, align="C", **NEXT)
            if rest.startswith("Adopted"):
                pdf.ln(6)
        elif tag == "H":
            keep_together(pdf, "x", pdf.epw, lh, extra=20)
            pdf.ln(2.5)
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 7, rest, **NEXT)
            pdf.ln(1)
        elif tag == "A":
            label, text = rest.split("|", 1)
            hang(pdf, 0, 10, label, text, size, lh)
            pdf.ln(1.8)
        elif tag == "I":
            label, text = rest.split("|", 1)
            hang(pdf, 10, 10, label, text, size, lh, align="L")
            pdf.ln(1.2)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 8. Long Mallerby Parish Council (one-page Word, bullets)
def long_mallerby():
    name = "long-mallerby-parish-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    doc.styles["List Bullet"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(1.4)
    sec.left_margin = sec.right_margin = Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Long Mallerby Parish Council \u2013 Clerk: clerk@longmallerby-pc.org.uk")
    fr.font.size = Pt(8)
    navy = RGBColor(0x1F, 0x38, 0x64)
    for tag, rest in items:
        if tag in ("T", "ST"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(16 if tag == "T" else 12)
            r.font.color.rgb = navy
            p.paragraph_format.space_after = Pt(0 if tag == "T" else 3)
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
            r.font.color.rgb = navy
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.keep_with_next = True
        elif tag == "L":
            p = doc.add_paragraph(rest, style="List Bullet")
            p.paragraph_format.space_after = Pt(1)
    cp = doc.core_properties
    cp.title = "How councillors and the Clerk work together"
    cp.author = "Parish Clerk"
    cp.last_modified_by = "Parish Clerk"
    cp.created = dt.datetime(2024, 4, 30, 19, 5, 0)
    cp.modified = dt.datetime(2024, 5, 22, 8, 50, 0)
    cp.revision = 3
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2024, 5, 22, 8, 50, 0))
    done(path)


if __name__ == "__main__":
    pennyfold()
    marlhaven()
    wenmoor()
    aberhesgyn()
    stellingham()
    glenquharrie()
    ravelshire()
    long_mallerby()
