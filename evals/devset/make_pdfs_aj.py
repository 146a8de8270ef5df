"""Build the probe-aj documents in docs-aj/ from the sources in docs-aj-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_aj.py

Probe AJ: eight ORDINARY, current member/officer protocols of invented PRINCIPAL councils (district, London borough,
metropolitan borough, county, unitary, Welsh county borough, Scottish council, city council), each in a published
form that earlier probes did not use, with that form's everyday noise:
- a district constitution page SAVED WHILE THE SITE'S ACCESSIBILITY AND LANGUAGE TOOLBAR WAS OPEN AND READING ALOUD:
  the toolbar's buttons, language list, reading ruler and screen mask in the page, every sentence of the text in a
  span of its own and the words of the sentence being read in spans of their own (Tewsley, .html);
- a London borough's protocol as a SEVEN-PART WEB GUIDE COPIED PART BY PART into one text file: breadcrumb, contents
  list, "Page n of 7", previous/next links, feedback box and last-updated line on every part, the parts numbered
  "1." to "7." and the paragraphs "1." to "39." through them (Fernhithe, .txt);
- a metropolitan borough's protocol SIGNED THROUGH AN E-SIGNATURE SERVICE by the Leader and the Chief Executive: the
  envelope ID stamped on every page, "DocuSigned by:" signature blocks and the certificate of completion as the
  last page, with IP addresses and timestamps (Tolverton, .pdf);
- a county constitution section CONVERTED FROM PDF TO MARKDOWN BY A LAYOUT-MODEL CONVERTER: every heading "## ",
  "<!-- image -->" for each crest, the running header, footer and page numbers kept as loose lines, "&amp;" for
  "&", a clause split by a page break, a pipe table (Haldenshire, .md);
- a unitary council's protocol in the Monitoring Officer's ANNOTATED EDITION: shaded "Guidance note" boxes and grey
  "See also" lines after the clauses (Kelstow, .docx);
- a Welsh county borough's DESIGNED COUNCILLOR HANDBOOK section: headings set in letter-spaced capitals (the text
  layer gives "G I F T S"), photographs with captions and credits between the paragraphs, a bilingual running
  header and a Welsh availability line (Glanwyddan, .pdf);
- a Scottish council's protocol in a DIGITALLY SIGNED EMAIL (S/MIME multipart/signed) to all councillors: the text
  part format=flowed and quoted-printable ("=20" at soft line ends), an Outlook HTML alternative and the smime.p7s
  signature (Inverbrechan, .eml);
- a city council's page from a REACT SITE OVER A HEADLESS CMS, saved from the browser: hashed class names, "<!-- -->"
  markers inside the text where fields are joined, a route announcer, and the content again as CMS rich-text JSON
  in the framework's data script (Sarnbury, .html).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed dates, zip timestamps
and signature bytes, no randomness.
"""

import base64
import datetime as dt
import hashlib
import json
import quopri
import re
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
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
    grid_table,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-aj-src"
OUT = HERE / "docs-aj"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 3, 24, 10, 5, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, _, b = rest.partition("|")
    return a, b


def write_text(name, ext, text, newline="\n"):
    path = OUT / f"{name}.{ext}"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    done(path)


def sentences(text):
    """A clause's sentences (split after '.', '?' or '!' before a capital)."""
    return re.split(r"(?<=[.?!])\s+(?=[A-Z\"'(])", text)


# ======== 1. Tewsley District Council (page saved with the accessibility and language toolbar open)
TOOL_BUTTONS = (
    "Play",
    "Pause",
    "Stop",
    "Previous sentence",
    "Next sentence",
    "Speech settings",
    "Decrease text size",
    "Increase text size",
    "Font",
    "Text colour",
    "Background colour",
    "Reading ruler",
    "Screen mask",
    "Margins",
    "Magnifier",
    "Dictionary",
    "Translate",
    "Download MP3",
    "Reset settings",
    "Help",
    "Close toolbar",
)
LANGS = (
    ("cy", "Cymraeg"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ur", "اردو"),
    ("bn", "বাংলা"),
    ("lt", "Lietuvių"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("so", "Soomaali"),
    ("tr", "Türkçe"),
    ("zh", "中文"),
    ("es", "Español"),
    ("fr", "Français"),
    ("gd", "Gàidhlig"),
)


def tewsley_clause(num, text, reading, counter):
    """A clause as the toolbar leaves it: each sentence a span with its reading index; when `reading`, the words of
    the first sentence in spans of their own, one of them the current word."""
    parts = []
    for k, sent in enumerate(sentences(text)):
        counter[0] += 1
        idx = counter[0]
        if reading and k == 0:
            words = sent.split(" ")
            spans = []
            for j, word in enumerate(words):
                cls = "atb-w atb-w-current" if j == 6 else "atb-w"
                spans.append(f'<span class="{cls}" data-w="{j}">{esc(word)}</span>')
            parts.append(f'<span class="atb-s atb-s-current" data-atb-index="{idx}">{" ".join(spans)}</span>')
        else:
            parts.append(f'<span class="atb-s" data-atb-index="{idx}">{esc(sent)}</span>')
    cid = "para-" + num.replace(".", "-")
    return f'<p id="{cid}"><strong class="para-no">{num}</strong> {" ".join(parts)}</p>'


def tewsley():
    name = "tewsley-district-council"
    items = parse(name)
    site = first(items, "SITE")
    h1 = first(items, "H1")
    reading = first(items, "READING")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" class="atb-active atb-ruler-on">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(h1)} | {esc(site)}</title>")
    w('<link rel="stylesheet" href="/site/styles/tdc-main.css?v=20250611">')
    w('<link rel="stylesheet" href="https://cdn.accesstools.example/toolbar/4.12/atb.css">')
    w('<script src="https://cdn.accesstools.example/toolbar/4.12/atb.js" data-key="tdc-7f3a91"></script>')
    w("</head>")
    w('<body class="constitution-page">')
    # the toolbar as the saved page holds it: open, reading, with its language list and ruler
    w('<div id="atb-toolbar" role="toolbar" aria-label="Accessibility and language tools" data-state="reading">')
    w('<div class="atb-brand"><span class="atb-logo" aria-hidden="true"></span>')
    w('<span class="atb-title">Accessibility &amp; language tools</span></div>')
    w('<ul class="atb-buttons">')
    for label in TOOL_BUTTONS:
        w(f'<li><button type="button" class="atb-btn atb-{slug(label)}" aria-label="{label}">')
        w(f'<span class="atb-tooltip">{label}</span></button></li>')
    w("</ul>")
    w(
        f'<div class="atb-speech-status" aria-live="polite">Reading: paragraph {reading} '
        '<span class="atb-speed">Speed: 1.0x'
    )
    w('</span> <span class="atb-voice">Voice: English (UK) - female</span></div>')
    w('<div class="atb-lang-menu" hidden><p class="atb-lang-title">Select a language</p><ul>')
    w('<li><a href="#" data-lang="en" class="atb-lang-current">English (original)</a></li>')
    for code, label in LANGS:
        w(f'<li><a href="#" data-lang="{code}" lang="{code}">{esc(label)}</a></li>')
    w("</ul></div>")
    w("</div>")
    w('<div class="atb-ruler" style="top: 412px; height: 38px;" aria-hidden="true"></div>')
    w('<div class="atb-mask atb-mask-top" style="height: 394px;" aria-hidden="true"></div>')
    w('<div class="atb-mask atb-mask-bottom" style="top: 468px;" aria-hidden="true"></div>')
    w('<a class="skip-link" href="#main">Skip to main content</a>')
    w('<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use essential cookies to make this site ')
    w("work, and analytics cookies to understand how it is used.</p>")
    w('<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>')
    w('<a href="/cookies">View cookies</a></div>')
    w('<header class="site-header"><a class="logo" href="/"><img src="/site/images/tdc-logo.svg" alt="')
    w(f'{esc(site)} logo"></a>')
    w('<button type="button" class="atb-launch" aria-controls="atb-toolbar" aria-expanded="true">')
    w("Accessibility &amp; language</button>")
    w('<form class="site-search" action="/search"><label for="q">Search this site</label>')
    w('<input id="q" name="q" type="search"><button type="submit">Search</button></form>')
    w('<nav class="main-nav" aria-label="Main"><ul>')
    for lab in ("Bins and recycling", "Council tax", "Planning", "Housing", "Council and democracy", "Contact us"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul></nav></header>")
    crumbs = first(items, "CRUMB").split("|")
    w('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>')
    for c in crumbs:
        w(f'<li><a href="/{slug(c)}">{esc(c)}</a></li>')
    w(f'<li aria-current="page">{esc(h1)}</li></ol></nav>')
    w('<div class="layout">')
    w('<aside class="section-nav" aria-label="Part 5 - Codes and protocols"><h2>Part 5 - Codes and protocols</h2><ul>')
    for row in all_of(items, "SIDE"):
        code, title = split2(row)
        if code.startswith("*"):
            w(f'<li class="current"><span>{code[1:]} {esc(title)}</span></li>')
        else:
            w(f'<li><a href="/constitution/part-{code.lower()}">{code} {esc(title)}</a></li>')
    w("</ul></aside>")
    w('<main id="main" class="content" data-atb-readable="true">')
    w(f"<h1>{esc(h1)}</h1>")
    w('<div class="listen-bar"><button type="button" class="atb-listen">Listen</button>')
    w('<a href="/constitution/part-5d.pdf" class="print-link">Print this page</a></div>')
    w(f'<p class="lead">{esc(first(items, "LEAD"))}</p>')
    counter = [0]
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            w(f'<h2 id="section-{num}">{num}. {esc(heading)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(tewsley_clause(num, text, num == reading, counter))
    w(f'<p class="page-reviewed">{esc(first(items, "REVIEWED"))}</p>')
    w('<div class="feedback"><p>Was this page useful?</p><button type="button">Yes</button>')
    w('<button type="button">No</button></div>')
    w("</main></div>")
    w('<footer class="site-footer"><ul>')
    for lab in ("Accessibility statement", "Privacy notice", "Cookies", "Freedom of information", "Jobs"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w(f"</ul><p>{esc(first(items, 'FOOT'))}</p></footer>")
    w("</body></html>")
    write_text(name, "html", "\n".join(o) + "\n")


# ======== 2. London Borough of Fernhithe (seven-part web guide copied part by part into one text file)
def fernhithe():
    name = "london-borough-of-fernhithe"
    items = parse(name)
    guide = first(items, "GUIDE")
    crumbs = first(items, "CRUMB").split("|")
    updated = first(items, "UPDATED")
    parts = []
    for tag, rest in items:
        if tag == "PART":
            num, title = split2(rest)
            parts.append((num, title, []))
        elif tag == "P":
            parts[-1][2].append(split2(rest))
    total = len(parts)
    out = []
    for i, (num, title, paras) in enumerate(parts):
        out.append("  >  ".join(crumbs))
        out.append("")
        out.append(guide)
        out.append("")
        out.append("Contents")
        for n, t, _ in parts:
            out.append(f"— {n}. {t}")
        out.append("")
        out.append(f"Page {num} of {total}")
        out.append(f"{num}. {title}")
        out.append("")
        for pnum, text in paras:
            out.append(f"{pnum}. {text}")
            out.append("")
        if i > 0:
            out.append("Previous page")
            out.append(parts[i - 1][1])
        if i < total - 1:
            out.append("Next page")
            out.append(parts[i + 1][1])
        out.append("View a printable version of the whole guide")
        out.append("")
        out.append("Is this page useful?")
        out.append("Yes")
        out.append("No")
        out.append("Report a problem with this page")
        out.append("")
        out.append(updated)
        out.append("")
        out.append("")
    write_text(name, "txt", "\n".join(out), newline="\r\n")


# ======== 3. Tolverton Metropolitan Borough Council (combined PDF from an e-signature service)
class EnvelopePDF(DejaVuDoc):
    envelope = ""
    footer_left = ""
    doc_pages = 0
    certificate = False

    def header(self):
        if self.certificate:
            return
        self.set_font("Sans", "", 7)
        self.set_text_color(60, 60, 60)
        self.set_xy(6, 4)
        self.cell(0, 4, f"Docusign Envelope ID: {self.envelope}")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.certificate:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(self.l_margin)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {self.doc_pages}", align="R")
        self.set_text_color(0, 0, 0)


def tolverton_body(pdf, items):
    F = "Sans"
    titles = all_of(items, "T")
    pdf.set_font(F, "B", 15)
    pdf.cell(0, 8, titles[0], align="C", **NEXT)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 7, titles[1], align="C", **NEXT)
    pdf.set_font(F, "I", 10.5)
    pdf.cell(0, 6, titles[2], align="C", **NEXT)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 6, titles[3], align="C", **NEXT)
    pdf.ln(4)
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6.5, rest, **NEXT)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 10)
            h = len(pdf.multi_cell(pdf.epw - 10, 5.1, text, dry_run=True, output="LINES")) * 5.1
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.cell(10, 5.1, f"{num}.")
            pdf.set_left_margin(L + 10)
            pdf.set_x(L + 10)
            pdf.multi_cell(0, 5.1, text, align="J", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.6)
    # signature blocks
    if pdf.get_y() > pdf.h - 110:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 6, "Signed on behalf of Tolverton Metropolitan Borough Council", **NEXT)
    pdf.ln(3)
    for row in all_of(items, "SIGN"):
        signer, role, sig_id, date = row.split("|", 3)
        y = pdf.get_y()
        x = pdf.l_margin
        pdf.set_draw_color(30, 60, 140)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 2, x, y + 21)
        pdf.line(x, y + 2, x + 4, y + 2)
        pdf.line(x, y + 21, x + 4, y + 21)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(x + 2, y + 2.5)
        pdf.set_font(F, "", 7)
        pdf.set_text_color(30, 60, 140)
        pdf.cell(40, 3.5, "DocuSigned by:", **NEXT)
        pdf.set_xy(x + 3, y + 7)
        pdf.set_font("Serif", "I", 17)
        pdf.cell(90, 8, signer.replace("Councillor ", ""), **NEXT)
        pdf.set_xy(x + 2, y + 16.5)
        pdf.set_font(F, "", 6.5)
        pdf.cell(60, 3.5, sig_id + "...", **NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, y + 24)
        pdf.set_font(F, "B", 10)
        pdf.cell(0, 5.2, signer, **NEXT)
        pdf.set_font(F, "", 10)
        pdf.cell(0, 5.2, role, **NEXT)
        pdf.cell(0, 5.2, f"Date: {date.strip()}", **NEXT)
        pdf.ln(7)


def tolverton():
    name = "tolverton-metropolitan-borough-council"
    items = parse(name)
    env = first(items, "ENV")

    def build(doc_pages):
        pdf = EnvelopePDF(format="A4")
        pdf.setup(
            "Member Officer Relations Protocol 2025 FINAL",
            "Docusign",
            "Democratic Services",
            dt.datetime(2025, 3, 14, 11, 7, 40, tzinfo=dt.UTC),
            producer="Docusign PDF Service",
        )
        pdf.envelope = env
        pdf.footer_left = "Tolverton MBC - Member/Officer Relations Protocol - approved by Council 26 February 2025"
        pdf.doc_pages = doc_pages
        pdf.set_margins(22, 18, 22)
        pdf.set_auto_page_break(True, 20)
        pdf.add_page()
        tolverton_body(pdf, items)
        return pdf

    pages = build(0).page_no()
    pdf = build(pages)
    cert = dict(split2(r) for r in all_of(items, "CERT"))
    assert cert["Document Pages"] == str(pages), f"certificate says {cert['Document Pages']}, layout gives {pages}"
    # the certificate of completion
    pdf.certificate = True
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 9, "Certificate Of Completion", **NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, f"Envelope Id: {env.replace('-', '')}", **NEXT)
    pdf.ln(2)
    for key, value in cert.items():
        pdf.set_font("Sans", "B", 8.5)
        pdf.cell(45, 4.6, key + ":")
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(0, 4.6, value or " ", **NEXT)
    pdf.ln(4)
    rows = [re.split(r"(?<! )\|(?! )", r) for r in all_of(items, "EVENT")]
    grid_table(pdf, [70, 55, 41], rows[:3], (225, 225, 225), size=8, lh=4)
    grid_table(pdf, [70, 55, 41], rows[3:], (225, 225, 225), size=8, lh=4)
    pdf.set_font("Sans", "B", 8.5)
    pdf.cell(0, 5, "Electronic Record and Signature Disclosure", **NEXT)
    pdf.set_font("Sans", "", 8)
    pdf.multi_cell(
        0,
        4.2,
        "Electronic Record and Signature Disclosure created on: 8 January 2024 | 09:12. Parties agreed to: "
        "Councillor Hannah Pryce-Ellison, Jonathan Adeyemi-Hart.",
        **NEXT,
    )
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Haldenshire County Council (PDF converted to Markdown by a layout-model converter)
def md_amp(s):
    return s.replace("&", "&amp;")


def haldenshire():
    name = "haldenshire-county-council"
    items = parse(name)
    run = all_of(items, "RUN")
    footer = first(items, "FOOTER")
    total = len(all_of(items, "PAGE")) + sum("||" in r for r in all_of(items, "C"))
    out = []
    page = 0
    rows = []

    def flush_table():
        if not rows:
            return
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        fmt = ["| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |" for r in rows]
        out.append(fmt[0])
        out.append("|" + "|".join("-" * (wd + 2) for wd in widths) + "|")
        out.extend(fmt[1:])
        out.append("")
        rows.clear()

    def page_foot(n):
        out.append(md_amp(footer))
        out.append("")
        out.append(f"Page {n} of {total}")
        out.append("")

    def page_head():
        out.append("<!-- image -->")
        out.append("")
        out.append(md_amp(run[0]))
        out.append("")
        out.append("## " + md_amp(run[1]))
        out.append("")

    for tag, rest in items:
        if tag != "ROW":
            flush_table()
        if tag == "PAGE":
            if page:
                page_foot(page)
            page = int(rest)
            if page == 1:
                out.append("<!-- image -->")
                out.append("")
            else:
                page_head()
        elif tag == "T":
            out.append("## " + md_amp(rest))
            out.append("")
        elif tag == "H":
            num, heading = split2(rest)
            out.append(f"## {num} {md_amp(heading)}")
            out.append("")
        elif tag == "C":
            num, text = split2(rest)
            if "||" in text:
                before, after = (s.strip() for s in text.split("||"))
                out.append(f"{num} {md_amp(before)}")
                out.append("")
                page_foot(page)
                page += 1
                page_head()
                out.append(md_amp(after))
                out.append("")
            else:
                out.append(f"{num} {md_amp(text)}")
                out.append("")
        elif tag == "LI":
            out.append(f"- {md_amp(rest)}")
        elif tag == "ROW":
            if out and out[-1].startswith("- "):
                out.append("")
            rows.append([md_amp(c) for c in rest.split("|")])
    flush_table()
    page_foot(page)
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n(?!- )(?=\S)", r"\1\n\n", text)
    write_text(name, "md", text.rstrip("\n") + "\n")


# ======== 5. Kelstow Council (annotated edition: guidance-note boxes and "See also" lines)
def kelstow():
    name = "kelstow-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Monitoring Officer"
    cp.title = "Protocol on Councillor and Officer Relations - Annotated edition"
    cp.created = dt.datetime(2025, 3, 10, 14, 2, 0)
    cp.modified = dt.datetime(2025, 3, 24, 10, 5, 0)
    cp.last_modified_by = "Legal and Democratic Services"
    cp.revision = 9
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HEADER")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")
    titles = all_of(items, "T")
    doc.add_paragraph(titles[0], style="Title")
    for t in titles[1:]:
        doc.add_paragraph(t, style="Subtitle")
    cover = doc.add_paragraph()
    cr = cover.add_run(first(items, "COVER"))
    cr.italic = True
    cr.font.size = Pt(10)
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            doc.add_heading(f"{num}.  {heading}", level=1)
        elif tag == "C":
            num, text = split2(rest)
            p = doc.add_paragraph()
            p.add_run(num).bold = True
            p.add_run("\t" + text)
            pf = p.paragraph_format
            pf.left_indent = Cm(1.3)
            pf.first_line_indent = Cm(-1.3)
            pf.tab_stops.add_tab_stop(Cm(1.3))
            pf.space_after = Pt(6)
        elif tag == "G":
            table = doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            shade_cell(cell, "E6EEF7")
            head = cell.paragraphs[0]
            hr = head.add_run("Guidance note")
            hr.bold = True
            hr.font.size = Pt(9.5)
            hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            body = cell.add_paragraph()
            br = body.add_run(rest)
            br.italic = True
            br.font.size = Pt(10)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif tag == "SEE":
            p = doc.add_paragraph()
            sr = p.add_run(rest)
            sr.font.size = Pt(9)
            sr.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 6. Glanwyddan County Borough Council (designed handbook: letter-spaced headings, photos with captions)
TEAL = (0, 110, 120)
SLATE = (70, 80, 90)


def spaced(s):
    """Capitals with a space between letters and three between words, as a tracked heading's text layer reads."""
    return "   ".join(" ".join(word) for word in s.upper().split())


class HandbookPDF(DejaVuDoc):
    run_left = ""
    run_right = ""
    first_folio = 1

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*TEAL)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.run_left, align="L")
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.run_right, align="R")
        self.set_draw_color(*TEAL)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*TEAL)
        folio = self.first_folio + self.page_no() - 1
        self.cell(0, 5, str(folio), align="R" if folio % 2 else "L")
        self.set_text_color(0, 0, 0)


def glanwyddan():
    name = "glanwyddan-county-borough-council"
    items = parse(name)
    pdf = HandbookPDF(format="A4")
    pdf.setup(
        "Councillor Handbook 2025 - Section 7 - Working with officers",
        "Adobe InDesign 20.1 (Windows)",
        "Democratic Services, Glanwyddan County Borough Council",
        dt.datetime(2025, 5, 19, 9, 48, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 18.0",
    )
    pdf.run_left = first(items, "RUNL")
    pdf.run_right = first(items, "RUNR")
    pdf.first_folio = int(first(items, "FIRSTPAGE"))
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 20)
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, spaced(first(items, "SECTION")), **NEXT)
    pdf.set_x(24)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 14, spaced(first(items, "STITLE")), **NEXT)
    pdf.set_x(24)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 7, first(items, "INTRO"), **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(24, 78)
    pdf.set_font("Sans", "I", 9)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 5, first(items, "AVAIL"), **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "SH":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*TEAL)
            pdf.cell(0, 7, spaced(rest), **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font("Serif", "", 10)
            h = len(pdf.multi_cell(pdf.epw - 13, 5.3, text, dry_run=True, output="LINES")) * 5.3
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_font("Sans", "B", 9.5)
            pdf.set_text_color(*TEAL)
            pdf.cell(13, 5.3, num)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", "", 10)
            pdf.set_left_margin(L + 13)
            pdf.set_x(L + 13)
            pdf.multi_cell(0, 5.3, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(2)
        elif tag == "PHOTO":
            caption, credit = split2(rest)
            if pdf.get_y() + 62 > pdf.h - pdf.b_margin:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_fill_color(196, 204, 208)
            pdf.rect(pdf.l_margin, y, pdf.epw * 0.72, 46, style="F")
            pdf.set_fill_color(*TEAL)
            pdf.rect(pdf.l_margin, y + 46, pdf.epw * 0.72, 0.8, style="F")
            pdf.set_xy(pdf.l_margin, y + 48.5)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(*SLATE)
            pdf.multi_cell(pdf.epw * 0.72, 4, caption, **NEXT)
            pdf.set_font("Sans", "", 6.5)
            pdf.cell(0, 3.5, credit, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Inverbrechan Council (S/MIME signed email; format=flowed, quoted-printable)
def flowed(paragraph, width=72):
    """A paragraph as format=flowed lines: every line but the last ends with a space (a soft break)."""
    lines = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
    return [line + " " for line in lines[:-1]] + lines[-1:]


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n")


def p7s_bytes(seed, length=3318):
    """Fixed bytes standing in for the detached PKCS#7 signature (a DER SEQUENCE header, then a hash stream)."""
    out = bytearray(b"\x30\x82\x0c\xf2\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x82\x0c\xe3")
    k = 0
    while len(out) < length:
        out += hashlib.sha256(f"{seed}:{k}".encode()).digest()
        k += 1
    return bytes(out[:length])


def inverbrechan():
    name = "inverbrechan-council"
    items = parse(name)
    plain = []
    html = []
    for p in all_of(items, "INTRO"):
        plain.extend(flowed(p))
        plain.append("")
        html.append(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>')
        html.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for tag, rest in items:
        if tag == "T":
            plain.append(rest)
            html.append(
                f'<p class="MsoNormal" align="center" style="text-align:center"><b>{esc(rest)}</b><o:p></o:p></p>'
            )
        elif tag == "H":
            plain.append("")
            plain.append(rest.upper())
            plain.append("")
            html.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            html.append(f'<p class="MsoNormal"><b><span style="color:#1F3864">{esc(rest)}</span></b><o:p></o:p></p>')
        elif tag == "C":
            num, text = split2(rest)
            plain.extend(flowed(f"{num}. {text}"))
            plain.append("")
            html.append(
                f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">{num}.'
                f'<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{esc(text)}<o:p></o:p></p>'
            )
    plain.append("")
    html.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for line in all_of(items, "SIGNOFF"):
        plain.append(line)
        html.append(f'<p class="MsoNormal"><span style="font-size:10.0pt">{esc(line)}</span><o:p></o:p></p>')
    plain.append("")
    plain.append("OFFICIAL")
    plain.append("")
    plain.extend(flowed(first(items, "DISCLAIMER")))
    html.append('<p class="MsoNormal"><b><span style="font-size:9.0pt;color:#C00000">OFFICIAL</span></b></p>')
    html.append(f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{esc(first(items, "DISCLAIMER"))}')
    html.append("</span><o:p></o:p></p>")
    html_doc = "\n".join(
        [
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">',
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
            "<style><!--",
            "@font-face {font-family:Aptos;}",
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}',
            "span.EmailStyle17 {mso-style-type:personal-compose;}",
            "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}",
            "div.WordSection1 {page:WordSection1;}",
            "--></style></head>",
            '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
            '<div class="WordSection1">',
            *html,
            "</div></body></html>",
        ]
    )
    outer = "----=_NextPart_000_0041_01DC2935.4A6B8C10"
    inner = "----=_NextPart_001_0042_01DC2935.4A6B8C10"
    sig = base64.b64encode(p7s_bytes("inverbrechan-2025-09-19")).decode("ascii")
    sig_lines = [sig[i : i + 76] for i in range(0, len(sig), 76)]
    subject = first(items, "SUBJECT")
    fold = subject.rfind(" ", 0, 66)
    head = [
        "Received: from LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1d3::9) by",
        " LO4P265MB6003.GBRP265.PROD.OUTLOOK.COM with HTTPS; Fri, 19 Sep 2025 08:14:41 +0000",
        f"From: {first(items, 'FROM')}",
        f"To: {first(items, 'TO')}",
        f"CC: {first(items, 'CC')}",
        "Subject: " + subject[:fold],
        subject[fold:],
        f"Date: {first(items, 'DATE')}",
        f"Message-ID: {first(items, 'MSGID')}",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-organization-authas: Internal",
        "x-classification: OFFICIAL",
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature";',
        f'\tmicalg=sha-256; boundary="{outer}"',
        "MIME-Version: 1.0",
        "",
        "This is a multipart message in MIME format.",
        "",
        f"--{outer}",
        f'Content-Type: multipart/alternative; boundary="{inner}"',
        "",
        "",
        f"--{inner}",
        'Content-Type: text/plain; charset="utf-8"; format=flowed',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp("\n".join(plain) + "\n").rstrip("\n"),
        "",
        f"--{inner}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_doc + "\n").rstrip("\n"),
        "",
        f"--{inner}--",
        "",
        f"--{outer}",
        'Content-Type: application/pkcs7-signature; name="smime.p7s"',
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="smime.p7s"',
        "",
        *sig_lines,
        "",
        f"--{outer}--",
        "",
    ]
    write_text(name, "eml", "\n".join(head), newline="\r\n")


# ======== 8. Sarnbury City Council (React site over a headless CMS, saved from the browser)
FIGURE = re.compile(r"(£\d+|\d{1,2}(?:\.\d{2})?(?:am|pm)|\d+(?= working days| months?\b| days?\b)|\d{1,2} \w+ \d{4})")


def react_text(text):
    """Text as the page renders it: each figure that comes from a CMS field between '<!-- -->' markers."""
    pieces = FIGURE.split(text)
    out = []
    for i, piece in enumerate(pieces):
        out.append(f"<!-- -->{esc(piece)}<!-- -->" if i % 2 else esc(piece))
    return "".join(out)


def rich_text_node(kind, value):
    return {"nodeType": kind, "data": {}, "content": [{"nodeType": "text", "value": value, "marks": [], "data": {}}]}


def sarnbury():
    name = "sarnbury-city-council"
    items = parse(name)
    site = first(items, "SITE")
    h1 = first(items, "H1")
    summary = first(items, "SUMMARY")
    updated = first(items, "UPDATED")
    path_slugs = ["council-and-democracy", "constitution", "councillor-officer-protocol"]
    body_nodes = []
    sections = []
    o = []
    w = o.append
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            sections.append((num, heading))
            body_nodes.append(rich_text_node("heading-2", f"{num}. {heading}"))
        elif tag == "C":
            num, text = split2(rest)
            body_nodes.append(
                {
                    "nodeType": "embedded-entry-block",
                    "data": {
                        "target": {
                            "sys": {"id": hashlib.md5(num.encode()).hexdigest()[:22], "type": "Entry"},
                            "fields": {"clauseNumber": num, "text": text},
                        }
                    },
                    "content": [],
                }
            )
    w('<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>')
    w('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    w(f"<title>{esc(h1)} | {esc(site)}</title>")
    w(f'<meta name="description" content="{esc(summary)}"/>')
    w('<meta name="next-head-count" content="5"/>')
    w(
        '<link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font" type="font/woff2" '
        'crossorigin="anonymous" data-next-font="size-adjust"/>'
    )
    w('<link rel="preload" href="/_next/static/css/6f1d0a8e2b47c93d.css" as="style"/>')
    w('<link rel="stylesheet" href="/_next/static/css/6f1d0a8e2b47c93d.css" data-n-g=""/>')
    w('<noscript data-n-css=""></noscript>')
    w('<script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script>')
    w('<script src="/_next/static/chunks/webpack-1a2b9c4d8e7f6a05.js" defer=""></script>')
    w('<script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script>')
    w('<script src="/_next/static/chunks/main-0f3e6a1b2c9d8e74.js" defer=""></script>')
    w('<script src="/_next/static/chunks/pages/%5B...slug%5D-4d7c2e9a1b0f3c58.js" defer=""></script>')
    w('<script src="/_next/static/Qm7tX2v9LrB4nK1sP8wYc/_buildManifest.js" defer=""></script>')
    w("</head><body>")
    w('<div id="__next"><div class="Layout_wrapper__Xk3Pq">')
    w('<a class="SkipLink_skip__a8Jd2" href="#main-content">Skip to main content</a>')
    w('<div class="CookieBanner_banner__Rw2Lm" role="region" aria-label="Cookie banner"><p class="CookieBanner_text__')
    w(
        'p0Qz8">We&#x27;d like to set analytics cookies to help us improve this website.</p><button type="button" '
        'class="Button_primary__n3KdF">Accept<!-- --> <!-- -->analytics cookies</button><button type="button" '
        'class="Button_secondary__u7YtG">Reject<!-- --> <!-- -->analytics cookies</button></div>'
    )
    w('<header class="Header_header__9fKx1"><a href="/" class="Header_logo__Lq2Wn"><img alt="')
    w(f'{esc(site)}" src="/images/scc-logo.svg" width="180" height="48" decoding="async"/></a>')
    w('<nav class="Header_nav__b6Tz3" aria-label="Main"><ul class="Header_list__HcW2e">')
    for lab in first(items, "NAV").split("|"):
        w(f'<li class="Header_item__v0Ps4"><a href="/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></nav></header>")
    w('<main id="main-content" class="Main_main__f2G7a">')
    w('<nav aria-label="Breadcrumb" class="Breadcrumbs_breadcrumbs__s8Lk0"><ol class="Breadcrumbs_list__m4Qe1">')
    crumbs = first(items, "CRUMB").split("|")
    for i, c in enumerate(crumbs):
        if i == len(crumbs) - 1:
            w(f'<li class="Breadcrumbs_item__t5Rj9" aria-current="page">{esc(c)}</li>')
        else:
            w(f'<li class="Breadcrumbs_item__t5Rj9"><a href="/{"/".join(path_slugs[:i])}">{esc(c)}</a></li>')
    w("</ol></nav>")
    w(f'<h1 class="PageHeader_title__V8cJ2">{esc(h1)}</h1>')
    w(f'<p class="PageHeader_summary__Ao1Nf">{esc(summary)}</p>')
    w(
        '<nav class="OnThisPage_nav__Gy4Ts" aria-labelledby="otp"><h2 id="otp" class="OnThisPage_title__kP3Vd">On this '
        'page</h2><ol class="OnThisPage_list__Hd9Wm">'
    )
    for num, heading in sections:
        w(f'<li><a href="#{num}-{slug(heading)}">{esc(heading)}</a></li>')
    w("</ol></nav>")
    w('<div class="RichText_richText__bQ5xE">')
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            w(f'<h2 id="{num}-{slug(heading)}" class="RichText_h2__Zr8Tn">{num}<!-- -->. <!-- -->{esc(heading)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(
                f'<p class="Clause_clause__Q2b1x"><span class="Clause_number__7Hd0e">{num}</span><!-- --> <!-- -->'
                f"{react_text(text)}</p>"
            )
    w("</div>")
    w(f'<p class="LastUpdated_updated__Wm0Sd">Last updated: <!-- -->{updated}</p>')
    w('<aside class="Related_related__e1Vb6"><h2 class="Related_title__Jq7Pp">Related pages</h2><ul>')
    for lab in all_of(items, "RELATED"):
        w(f'<li><a href="/council-and-democracy/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></aside></main>")
    w('<footer class="Footer_footer__r2Hs8"><ul class="Footer_links__Ka7Vn">')
    for lab in ("Accessibility", "Privacy", "Cookies", "Contact us"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w(f'</ul><p class="Footer_copy__Gn5Ds">{esc(first(items, "FOOT"))}</p></footer>')
    w("</div></div>")
    w(
        '<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border:0;'
        "clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;top:0;width:1px;"
        'white-space:nowrap;word-wrap:normal"></p></next-route-announcer>'
    )
    data = {
        "props": {
            "pageProps": {
                "page": {
                    "title": h1,
                    "slug": "/".join(path_slugs),
                    "summary": summary,
                    "updatedAt": "2025-05-16T08:31:12.000Z",
                    "body": {"nodeType": "document", "data": {}, "content": body_nodes},
                    "related": all_of(items, "RELATED"),
                },
                "navigation": first(items, "NAV").split("|"),
            },
            "__N_SSG": True,
        },
        "page": "/[...slug]",
        "query": {"slug": path_slugs},
        "buildId": "Qm7tX2v9LrB4nK1sP8wYc",
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    w(f'<script id="__NEXT_DATA__" type="application/json">{blob}</script></body></html>')
    write_text(name, "html", "".join(o) + "\n")


def main():
    tewsley()
    fernhithe()
    tolverton()
    haldenshire()
    kelstow()
    glanwyddan()
    inverbrechan()
    sarnbury()
    return 0


if __name__ == "__main__":
    sys.exit(main())
