"""Build the probe-ao documents in docs-ao/ from the sources in docs-ao-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ao.py

Probe AO: eight ORDINARY, current member/officer (councillor/staff) protocols of invented LOCAL councils - a Scottish
community council, a parish styled neighbourhood council, a town council, a bilingual Welsh community council, a
parish council with city status, a parish styled village council and two parish councils - each in a form small
councils really publish in that earlier probes did not use, with that form's everyday noise:
- a Scottish community council's page on a WEEBLY site, saved from the browser: Weebly's wsite- markup, the menu twice
  (desktop with "More..." and the mobile copy), sections as text blocks of <br /> lines with typed bold numbers, an
  image with caption, a two-column block, Weebly's file-download block and its "Create your own unique website" footer
  (Dalmorrie, .html);
- a neighbourhood council Clerk's GMAIL message with the protocol PASTED FROM THE GOOGLE DOC: text/plain with bold as
  *...* and list numbers restarting under each heading, text/html with Google Docs' docs-internal-guid wrapper, <ol>
  lists of role="presentation" paragraphs, a Docs link and Gmail's signature (Sallowbrook, .eml);
- a town council's protocol as a CONTROLLED DOCUMENT of its Governance Manual (PDF): a header box on every page with
  document reference, issue, date and "Page n of N", a document-control table, distribution and related-documents
  lines, sections and clauses NUMBERED IN HUNDREDS (100, 101 ... 1004), an approval line and "End of document"
  (Harlingford, .pdf);
- a Welsh community council's bilingual Word file in NEWSPAPER COLUMNS: Welsh in the left column and English in the
  right, a column break after each section's Welsh and a continuous section break after its English, Word DROP CAPS
  (framed first letters) opening the Welsh and English introductions, bilingual header and footer (Pantyrhedyn,
  .docx);
- a city-status parish council's induction slides SENT TO WORD by PowerPoint ("Notes next to slides"): a table of
  "Slide n" | the slide as a picture | the speaker notes, the notes holding the protocol's paragraphs, with the City
  Clerk's heading typed above (Abbotsmere, .docx);
- a village council's KIRBY CMS CONTENT FILE: "Field: value" blocks split by "----", ISO dates, Kirbytext (link:) and
  (email:) tags, page:// and file:// references, a YAML structure field of contacts, SEO fields and a UUID
  (Thorpe Wendell, .txt);
- a parish council's A5 booklet as the PRINT-READY FILE IN PRINTER'S SPREADS: eight pages imposed two to an A4
  landscape sheet (8|1, 2|7, 6|3, 4|5), so pages and text come out of reading order and a clause runs from one sheet
  to another; folios, a cover, an inside cover with contents and signature block, a back cover (Upper Sowerley, .pdf);
- a parish council's "Policies and Procedures" page SAVED WITH A DATATABLES POLICY LIBRARY FILTERED AND A BOOTSTRAP
  MODAL OPEN: "Show 10 entries", the search box holding "protocol", "Showing 1 to 1 of 1 entries (filtered from 23
  total entries)", all rows in the table's JSON data, the protocol in the open modal after the page footer, the modal
  backdrop (Great Fenstock, .html).
No document holds text that is not the current rule. Shared helpers come from gen_common.py; the PDFs use the DejaVu
faces. Deterministic: fixed dates, fixed zip timestamps, no randomness.
"""

import datetime as dt
import io
import json
import quopri
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    FONTS,
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

SRC = HERE / "docs-ao-src"
OUT = HERE / "docs-ao"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, _, b = rest.partition("|")
    return a, b


def write_text(name, ext, text, newline="\n"):
    path = OUT / f"{name}.{ext}"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    done(path)


# ======== 1. Dalmorrie Community Council (Weebly page saved from the browser)
WEEBLY_BUILD = "1731922155"
WEEBLY_UPLOADS = "/uploads/1/4/0/8/140812736"


def weebly_menu(nav, current, mobile=False):
    """Weebly's menu: the first five pages, then "More..." holding the rest (the mobile copy lists them all)."""
    o = []
    ul = "wsite-menu-default" if not mobile else "wsite-menu-default mobile-menu"
    o.append(f'<ul class="{ul}">')
    shown = nav if mobile else nav[:5]
    for i, page in enumerate(shown):
        active = ' id="active"' if page == current else f' id="pg{215739641224358473 + i * 7919}"'
        href = "/" if i == 0 else f"/{slug(page)}.html"
        o.append(
            f'<li{active} class="wsite-menu-item-wrap"><a href="{href}" class="wsite-menu-item">{esc(page)}</a></li>'
        )
    if not mobile and len(nav) > 5:
        o.append('<li id="wsite-nav-more" class="wsite-menu-item-wrap wsite-nav-more">')
        o.append('<a href="#" class="wsite-menu-item">More...</a>')
        o.append('<div class="wsite-menu-wrap" style="display:none"><ul class="wsite-menu">')
        for page in nav[5:]:
            cls = ' id="active"' if page == current else ""
            o.append(
                f'<li{cls} class="wsite-menu-subitem-wrap"><a href="/{slug(page)}.html" class="wsite-menu-subitem">'
                f'<span class="wsite-menu-title">{esc(page)}</span></a></li>'
            )
        o.append("</ul></div></li>")
    o.append("</ul>")
    return "\n".join(o)


def weebly_block(sections):
    """One Weebly text block per section: a title element, then the clauses as <br /> lines in one paragraph div."""
    o = []
    for heading, clauses in sections:
        o.append(f'<h2 class="wsite-content-title"><font size="4"><strong>{esc(heading)}</strong></font></h2>')
        lines = [f"<strong>{esc(num)}</strong>&nbsp;{esc(text)}" for num, text in clauses]
        o.append('<div class="paragraph" style="text-align:left;">' + "<br /><br />".join(lines) + "</div>")
    return o


def dalmorrie():
    name = "dalmorrie-community-council"
    items = parse(name)
    site, tagline = first(items, "SITE"), first(items, "TAGLINE")
    nav = first(items, "NAV").split("|")
    h1, lead = first(items, "H1"), first(items, "LEAD")
    img, caption = split2(first(items, "IMG"))
    sections = []
    for tag, rest in items:
        if tag == "H":
            sections.append((rest, []))
        elif tag == "C":
            sections[-1][1].append(split2(rest))
    dl_file, dl_label = split2(first(items, "DL"))
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en">')
    w("<head>")
    w(f"<title>Protocol - {esc(site)}</title>")
    w(f'<meta property="og:site_name" content="{esc(site)}" />')
    w('<meta property="og:title" content="Protocol" />')
    w(f'<meta property="og:description" content="{esc(lead[:150])}" />')
    w('<meta property="og:url" content="https://www.dalmorriecc.org.uk/protocol.html" />')
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0"/>')
    w(
        f'<link id="wsite-base-style" rel="stylesheet" type="text/css" '
        f'href="//cdn2.editmysite.com/css/sites.css?buildTime={WEEBLY_BUILD}" />'
    )
    w(f'<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?{WEEBLY_BUILD}" />')
    w(
        f'<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime='
        f'{WEEBLY_BUILD}" media="screen,projection" />'
    )
    w('<link rel="stylesheet" type="text/css" href="/files/main_style.css?1733409812" title="wsite-theme-css" />')
    w("<link href='//cdn2.editmysite.com/fonts/Lato/font.css?2' rel='stylesheet' type='text/css' />")
    w("<style type='text/css'>")
    w(
        ".wsite-elements.wsite-not-footer:not(.wsite-header-elements) div.paragraph, "
        ".wsite-elements.wsite-not-footer:not(.wsite-header-elements) p, "
        '#wsite-content div.paragraph {font-family:"Lato" !important;}'
    )
    w('#wsite-title {font-family:"Lato" !important;text-transform:  uppercase !important;letter-spacing: 2px;}')
    w("</style>")
    w("<script>")
    w("var STATIC_BASE = '//cdn1.editmysite.com/';")
    w("var ASSETS_BASE = '//cdn2.editmysite.com/';")
    w("var STYLE_PREFIX = 'wsite';")
    w("</script>")
    w("<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>")
    w(
        '<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime='
        f'{WEEBLY_BUILD}&"></script>'
    )
    w(f'<script src="//cdn2.editmysite.com/js/site/main.js?buildTime={WEEBLY_BUILD}"></script>')
    w('<script type="text/javascript">_W.configDomain = "www.weebly.com";</script>')
    w("<script>_W.relinquish && _W.relinquish()</script>")
    w("<script> _W.themePlugins = []; </script>")
    w("</head>")
    w('<body class="no-header-page  wsite-page-protocol  full-width-on  wsite-theme-light">')
    w('<div class="wrapper">')
    w('<div class="dusk-header">')
    w('<div class="nav-wrap">')
    w('<div class="container">')
    w(
        '<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">'
        f"{esc(site)}</span></a></span></div>"
    )
    w('<div class="nav desktop-nav">')
    w(weebly_menu(nav, "Protocol"))
    w("</div>")
    w('<a class="hamburger" aria-label="Menu" href="#"><span></span></a>')
    w("</div>")
    w("</div>")
    w("</div>")
    w('<div class="banner-wrap">')
    w('<div class="container">')
    w('<div class="banner">')
    w(f'<h2><span class="wsite-text wsite-headline">{esc(site)}</span></h2>')
    w(f'<p><span class="wsite-text wsite-headline-paragraph">{esc(tagline)}</span></p>')
    w("</div>")
    w("</div>")
    w("</div>")
    w('<div class="main-wrap">')
    w('<div class="container">')
    w('<div id="wsite-content" class="wsite-elements wsite-not-footer">')
    w(f'<h2 class="wsite-content-title"><font size="6">{esc(h1)}</font></h2>')
    w(f'<div class="paragraph" style="text-align:left;"><em>{esc(lead)}</em></div>')
    w("<div>")
    w(
        '<div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;'
        'margin-left:0px;margin-right:0px;text-align:center">'
    )
    stem, _, ext = img.rpartition(".")
    w(f'<a><img src="{WEEBLY_UPLOADS}/{stem}_orig.{ext}" alt="Picture" style="width:auto;max-width:100%" /></a>')
    w(f'<div style="display:block;font-size:90%">{esc(caption)}</div>')
    w("</div>")
    w("</div>")
    w('<div class="wsite-spacer" style="height:20px;"></div>')
    # sections 1-7 as plain text blocks; 8 and 9 (gifts, relationships) side by side in a two-column block
    for line in weebly_block(sections[:7]):
        w(line)
    w('<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">')
    w('<table class="wsite-multicol-table">')
    w('<tbody class="wsite-multicol-tbody">')
    w('<tr class="wsite-multicol-tr">')
    for pair in (sections[7:8], sections[8:9]):
        w('<td class="wsite-multicol-col" style="width:50%; padding:0 15px;">')
        for line in weebly_block(pair):
            w(line)
        w("</td>")
    w("</tr>")
    w("</tbody>")
    w("</table>")
    w("</div></div></div>")
    for line in weebly_block(sections[9:]):
        w(line)
    w('<div class="wsite-spacer" style="height:20px;"></div>')
    pdf_href = f"{WEEBLY_UPLOADS}/{dl_file.lower()}"
    w('<div><div style="margin: 10px 0 0 -10px">')
    w(
        f'<a title="Download file: {esc(dl_file)}" href="{pdf_href}"><img src="//www.weebly.com/weebly/images/'
        'file_icons/pdf.png" width="36" height="36" style="float: left; position: relative; left: 0px; top: 0px; '
        'margin: 0 15px 15px 0; border: 0;" /></a>'
    )
    w('<div style="float: left; text-align: left; position: relative;">')
    w('<table style="font-size: 12px; font-family: tahoma; line-height: .9;">')
    w(f'<tr><td colspan="2"><b> {esc(dl_file)}</b></td></tr>')
    w('<tr style="display: none;"><td>File Size: </td><td>214 kb</td></tr>')
    w('<tr style="display: none;"><td>File Type: </td><td>pdf</td></tr>')
    w("</table>")
    w(f'<a title="Download file: {esc(dl_file)}" href="{pdf_href}" style="font-weight: bold;">Download File</a>')
    w("</div>")
    w("</div>")
    w('<hr style="clear: both; width: 100%; visibility: hidden"></hr>')
    w("</div>")
    w(f'<div class="paragraph" style="text-align:left;"><em>{esc(dl_label)} (PDF) above.</em></div>')
    w("</div>")
    w("</div>")
    w("</div>")
    w('<div class="footer-wrap">')
    w('<div class="container">')
    w('<div class="footer">')
    w("<div class='wsite-elements wsite-footer'>")
    foot = all_of(items, "FOOT")
    w('<div class="paragraph" style="text-align:center;">' + "<br />".join(esc(f) for f in foot) + "</div>")
    w("</div>")
    w("</div>")
    w("</div>")
    w("</div>")
    w("</div>")
    w('<div id="navmobile" class="nav mobile-nav">')
    w(weebly_menu(nav, "Protocol", mobile=True))
    w("</div>")
    w('<div id="weebly-footer-signup-container-v3" class="signup-container-footer">')
    w(
        '<a class="link weebly-icon" href="https://www.weebly.com/uk?utm_source=internal&amp;utm_medium=footer" '
        'target="_blank"></a>'
    )
    w('<div class="text">Create your own unique website with customizable templates.</div>')
    w(
        '<a class="button" href="https://www.weebly.com/uk?utm_source=internal&amp;utm_medium=footer&amp;'
        'utm_campaign=3" target="_blank">Get Started</a>'
    )
    w("</div>")
    w('<script type="text/javascript" src="/files/theme/plugins.js?1733409812"></script>')
    w('<script type="text/javascript" src="/files/theme/custom.js?1733409812"></script>')
    w("<script>")
    w(
        "(function(jQuery){ try { if (jQuery) { jQuery('div.blog-social div.fb-like').attr('class', "
        "'blog-social-item blog-fb-like'); } } catch(ex) {} })(window._W && _W.jQuery);"
    )
    w("</script>")
    w("</body>")
    w("</html>")
    write_text(name, "html", "\n".join(o) + "\n")


# ======== 2. Sallowbrook Neighbourhood Council (Gmail message, protocol pasted from a Google Doc)
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


DOCS_SPAN = (
    "font-size:{size}pt;font-family:Arial,sans-serif;color:rgb(0,0,0);background-color:transparent;"
    "font-weight:{weight};font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;"
    "white-space:pre-wrap"
)
DOCS_P = "line-height:1.38;margin-top:{top}pt;margin-bottom:{bottom}pt"


def docs_p(text, size=11, weight=400, top=0, bottom=0):
    span = DOCS_SPAN.format(size=size, weight=weight)
    return f'<p dir="ltr" style="{DOCS_P.format(top=top, bottom=bottom)}"><span style="{span}">{esc(text)}</span></p>'


def sallowbrook():
    name = "sallowbrook-neighbourhood-council"
    items = parse(name)
    notes = all_of(items, "NOTE")
    title, subs = first(items, "TITLE"), all_of(items, "SUB")
    blocks = []
    for tag, rest in items:
        if tag == "H":
            blocks.append((rest, []))
        elif tag == "LI":
            blocks[-1][1].append(rest)
    after, sig = first(items, "AFTER"), all_of(items, "SIG")
    link_text, _, url = after.rpartition(" ")
    # text/plain as Gmail writes it for an HTML message: bold as *...*, list items indented with their numbers
    plain = []
    for n in notes:
        plain += [n, ""]
    plain += [f"*{title}*", f"*{subs[0]}*", subs[1], ""]
    for heading, lis in blocks:
        plain += [f"*{heading}*", ""]
        for i, li in enumerate(lis, 1):
            plain.append(f"   {i}. {li}")
        plain.append("")
    plain += [f"{link_text}", url, "", "-- ", *sig, ""]
    plain_text = "\n".join(plain)
    # text/html: Gmail's divs round the note, Google Docs' pasted mark-up, Gmail's signature
    h = ['<div dir="ltr">']
    for n in notes:
        h.append(f"<div>{esc(n)}</div><div><br></div>")
    h.append('<b id="docs-internal-guid-5e0b3f7a-7fff-2c4d-91b8-0a6de1c2f4a9" style="font-weight:normal">')
    h.append(docs_p(title, size=14, weight=700))
    h.append(docs_p(subs[0], size=12, weight=700))
    h.append(docs_p(subs[1], size=10))
    li_style = (
        "list-style-type:decimal;font-size:11pt;font-family:Arial,sans-serif;color:rgb(0,0,0);"
        "background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;"
        "vertical-align:baseline;white-space:pre"
    )
    for heading, lis in blocks:
        h.append(docs_p(heading, size=11, weight=700, top=12, bottom=4))
        h.append('<ol style="margin-top:0px;margin-bottom:0px">')
        for li in lis:
            span = DOCS_SPAN.format(size=11, weight=400)
            h.append(
                f'<li dir="ltr" style="{li_style}" aria-level="1"><p dir="ltr" '
                f'style="{DOCS_P.format(top=0, bottom=6)}" role="presentation"><span style="{span}">{esc(li)}</span>'
                "</p></li>"
            )
        h.append("</ol>")
    h.append("<br></b>")
    h.append(f'<div><br></div><div>{esc(link_text)} <a href="{esc(url)}">{esc(url)}</a></div><div><br></div>')
    h.append('<span class="gmail_signature_prefix">-- </span><br>')
    h.append('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">')
    for i, line in enumerate(sig):
        h.append(f"<div><b>{esc(line)}</b></div>" if i == 0 else f"<div>{esc(line)}</div>")
    h.append("</div></div></div>")
    html_text = "\n".join(h) + "\n"
    boundary = "000000000000f3b1c20645a9d7e1"
    head = [
        "Delivered-To: deputyclerk.sallowbrooknc@gmail.com",
        "Received: by 2002:a05:6a10:9f0e:b0:5c1:3a7d:e2f4 with SMTP id hx14csp1187433pxb;",
        "        Thu, 11 Dec 2025 08:42:19 -0800 (PST)",
        "X-Received: by 2002:a17:907:7e8c:b0:b73:4f21:9c0d with SMTP id qb12-20020a1709077e8c00b00b734f219c0dmr;",
        "        Thu, 11 Dec 2025 08:42:19 -0800 (PST)",
        "MIME-Version: 1.0",
        f"From: {first(items, 'FROM')}",
        f"Date: {first(items, 'DATE')}",
        "Message-ID: <CAJ7mQp4w1rX9bT2sLq8vZ3nK0dE6hF5gY1uA7iO2pW4cN9mR3s@mail.gmail.com>",
        f"Subject: {first(items, 'SUBJECT')}",
        f"To: {first(items, 'TO')}",
        f"Cc: {first(items, 'CC')}",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
    ]
    body = [
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain_text).rstrip("\n"),
        "",
        f"--{boundary}",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_text).rstrip("\n"),
        "",
        f"--{boundary}--",
        "",
    ]
    write_text(name, "eml", "\n".join(head + body), newline="\r\n")


# ======== 3. Harlingford Town Council (controlled document of the Governance Manual, numbered in hundreds)
HT_GREEN = (24, 82, 60)


class ManualPDF(DejaVuDoc):
    council = manual = doc_title = ref = issue = issued = owner = ""

    def header(self):
        x, y, w = self.l_margin, 9, self.epw
        h = 20
        self.set_draw_color(*HT_GREEN)
        self.set_line_width(0.35)
        self.rect(x, y, w, h)
        c1, c3 = 24, 44
        self.line(x + c1, y, x + c1, y + h)
        self.line(x + w - c3, y, x + w - c3, y + h)
        # the crest (drawn, no text)
        self.set_fill_color(*HT_GREEN)
        cx, cy = x + c1 / 2, y + h / 2
        self.polygon([(cx - 6, cy - 7), (cx + 6, cy - 7), (cx + 6, cy + 1), (cx, cy + 7), (cx - 6, cy + 1)], style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(cx - 0.8, cy - 5, 1.6, 9, style="F")
        self.rect(cx - 4, cy - 2, 8, 1.6, style="F")
        # middle: council, manual, title
        mx, mw = x + c1 + 2, w - c1 - c3 - 4
        self.set_text_color(*HT_GREEN)
        self.set_xy(mx, y + 2)
        self.set_font("Sans", "B", 10)
        self.cell(mw, 5, self.council, align="C")
        self.set_xy(mx, y + 7.5)
        self.set_font("Sans", "", 8)
        self.cell(mw, 4, self.manual, align="C")
        self.set_xy(mx, y + 12.5)
        self.set_font("Sans", "B", 9)
        self.cell(mw, 5, self.doc_title, align="C")
        # right: the document control fields
        rx = x + w - c3 + 2
        self.set_text_color(40, 40, 40)
        self.set_font("Sans", "", 7.2)
        lines = [
            f"Doc ref: {self.ref}",
            f"Issue: {self.issue}",
            f"Issued: {self.issued}",
            f"Page {self.page_no()} of {{nb}}",
        ]
        for i, line in enumerate(lines):
            self.set_xy(rx, y + 1.6 + i * 4.3)
            self.cell(c3 - 4, 4, line)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*HT_GREEN)
        self.line(self.l_margin, self.get_y() - 1, self.l_margin + self.epw, self.get_y() - 1)
        self.set_font("Sans", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{self.council} - {self.ref} {self.doc_title} - Issue {self.issue} - Owner: {self.owner}")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


def harlingford():
    name = "harlingford-town-council"
    items = parse(name)
    pdf = ManualPDF(format="A4")
    pdf.council, pdf.manual, pdf.doc_title = first(items, "COUNCIL"), first(items, "MANUAL"), first(items, "TITLE")
    pdf.ref, pdf.issue, pdf.issued = first(items, "DOCREF"), first(items, "ISSUE"), first(items, "ISSUED")
    pdf.owner = first(items, "OWNER")
    pdf.setup(
        f"{pdf.ref} {pdf.doc_title}",
        "Microsoft\u00ae Word 2019",
        "Deputy Town Clerk",
        dt.datetime(2025, 10, 21, 9, 14, 0, tzinfo=dt.UTC),
    )
    pdf.alias_nb_pages()
    pdf.set_margins(20, 36, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    F = "Sans"
    # document control table, distribution and related documents
    pdf.set_font(F, "B", 9)
    pdf.set_fill_color(226, 238, 232)
    pdf.cell(0, 6, "DOCUMENT CONTROL", border=1, fill=True, **NEXT)
    for row in all_of(items, "CTRL"):
        k, v = split2(row)
        pdf.set_font(F, "B", 8.5)
        pdf.cell(45, 5.5, k, border=1)
        pdf.set_font(F, "", 8.5)
        pdf.cell(0, 5.5, v, border=1, **NEXT)
    pdf.ln(2)
    for label, tag in (("Distribution", "DIST"), ("Related documents", "REL")):
        pdf.set_font(F, "B", 8.5)
        pdf.cell(36, 4.6, f"{label}:")
        pdf.set_font(F, "", 8.5)
        pdf.multi_cell(0, 4.6, first(items, tag), **NEXT)
        pdf.ln(0.8)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "S":
            num, heading = split2(rest)
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 10.5)
            pdf.set_text_color(*HT_GREEN)
            pdf.cell(16, 6.5, num)
            pdf.cell(0, 6.5, heading, **NEXT)
            pdf.set_draw_color(*HT_GREEN)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 9.6)
            lines = pdf.multi_cell(pdf.epw - 16, 4.9, text, dry_run=True, output="LINES")
            if pdf.get_y() + len(lines) * 4.9 > pdf.h - pdf.b_margin:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_font(F, "B", 9.6)
            pdf.cell(16, 4.9, num)
            pdf.set_font(F, "", 9.6)
            pdf.set_left_margin(L + 16)
            pdf.set_x(L + 16)
            pdf.multi_cell(0, 4.9, text, align="J", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.6)
    pdf.ln(6)
    who, sig, date = first(items, "APPROVE").split("|")
    pdf.set_font(F, "", 8.5)
    pdf.cell(70, 6, who, border=1)
    pdf.set_font(F, "I", 8.5)
    pdf.cell(50, 6, sig, border=1)
    pdf.set_font(F, "", 8.5)
    pdf.cell(0, 6, date, border=1, **NEXT)
    pdf.ln(5)
    pdf.set_font(F, "B", 8.5)
    pdf.cell(0, 5, f"- {first(items, 'END')} -", align="C", **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Pantyrhedyn Community Council (bilingual Word file in newspaper columns, drop caps)
PR_RED = RGBColor(0x8B, 0x1A, 0x1A)
WELSH_WELCOME = (
    "Croeso. Mae'r Cyngor yn cyhoeddi'r ddogfen hon yn Gymraeg ac yn Saesneg, ac mae'r ddau destun yr un mor ddilys."
)
ENGLISH_WELCOME = (
    "Welcome. The Council publishes this document in Welsh and in English, and both texts carry equal weight."
)


def set_columns(section, num, sep=True):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")
    if sep and num > 1:
        cols.set(qn("w:sep"), "1")


def set_lang(run, lang):
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{lang}"/>'))


def drop_cap(doc, text, lang):
    """Word's drop cap: the first letter in a framed paragraph of its own, the rest of the text after it."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:framePr {nsdecls("w")} w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" '
            'w:hAnchor="text"/>'
        ),
    )
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(34)
    r = p.add_run(text[0])
    r.font.size = Pt(40)
    r.font.color.rgb = PR_RED
    set_lang(r, lang)
    p2 = doc.add_paragraph()
    r2 = p2.add_run(text[1:])
    r2.italic = True
    set_lang(r2, lang)
    p2.paragraph_format.space_after = Pt(8)


def pr_heading(doc, num, text, lang):
    p = doc.add_paragraph()
    r = p.add_run(f"{num}. {text}")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = PR_RED
    set_lang(r, lang)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True


def pr_clause(doc, num, text, lang):
    p = doc.add_paragraph()
    r = p.add_run(f"{num}\t{text}")
    r.font.size = Pt(9.5)
    set_lang(r, lang)
    pf = p.paragraph_format
    pf.left_indent = Cm(0.9)
    pf.first_line_indent = Cm(-0.9)
    pf.tab_stops.add_tab_stop(Cm(0.9))
    pf.space_after = Pt(4)
    return p


def pantyrhedyn():
    name = "pantyrhedyn-community-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Clerc / Clerk"
    cp.title = "Protocol Aelodau a Staff / Members and Staff Protocol"
    cp.language = "cy-GB"
    cp.created = dt.datetime(2026, 4, 20, 19, 5, 0)
    cp.modified = dt.datetime(2026, 5, 15, 10, 31, 0)
    cp.last_modified_by = "Clerc / Clerk"
    cp.revision = 12
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run(first(items, "HDR"))
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(first(items, "FTR"))
    fr.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    # bilingual title block, one column
    for tag, size, lang in (("TCY", 18, "cy-GB"), ("TEN", 14, "en-GB"), ("STCY", 12, "cy-GB"), ("STEN", 11, "en-GB")):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(first(items, tag))
        r.bold = tag.startswith("T")
        r.italic = lang == "en-GB"
        r.font.size = Pt(size)
        r.font.color.rgb = PR_RED
        set_lang(r, lang)
        p.paragraph_format.space_after = Pt(2)
    # the sections: Welsh, column break, English; a continuous section break after each
    sections = []
    for tag, rest in items:
        if tag == "HC":
            sections.append({"hc": split2(rest), "cc": [], "he": None, "ce": []})
        elif tag == "CC":
            sections[-1]["cc"].append(split2(rest))
        elif tag == "HE":
            sections[-1]["he"] = split2(rest)
        elif tag == "CE":
            sections[-1]["ce"].append(split2(rest))
    for i, s in enumerate(sections):
        new = doc.add_section(WD_SECTION.CONTINUOUS)
        set_columns(new, 2)
        if i == 0:
            drop_cap(doc, WELSH_WELCOME, "cy-GB")
        pr_heading(doc, *s["hc"], "cy-GB")
        last = None
        for num, text in s["cc"]:
            last = pr_clause(doc, num, text, "cy-GB")
        last.runs[-1].add_break(WD_BREAK.COLUMN)
        if i == 0:
            drop_cap(doc, ENGLISH_WELCOME, "en-GB")
        pr_heading(doc, *s["he"], "en-GB")
        for num, text in s["ce"]:
            pr_clause(doc, num, text, "en-GB")
    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(new, 1)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run(first(items, "SIGNCY")).font.size = Pt(9)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2026, 5, 15, 10, 31, 0))
    done(path)


# ======== 5. Abbotsmere City Council (PowerPoint "Create Handouts in Microsoft Word": notes next to slides)
AB_PURPLE = (72, 38, 110)


def slide_png(title, bullets, number):
    """The slide as PowerPoint pastes it into the handout: a picture (its text is in the picture only)."""
    w, h = 960, 540
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 96], fill=AB_PURPLE)
    d.rectangle([0, h - 28, w, h], fill=(232, 226, 240))
    bold = ImageFont.truetype(str(FONTS / "dejavu" / "DejaVuSans-Bold.ttf"), 40)
    reg = ImageFont.truetype(str(FONTS / "dejavu" / "DejaVuSans.ttf"), 30)
    small = ImageFont.truetype(str(FONTS / "dejavu" / "DejaVuSans.ttf"), 16)
    d.text((40, 26), title, font=bold, fill=(255, 255, 255))
    y = 150
    for b in bullets:
        d.ellipse([48, y + 12, 60, y + 24], fill=AB_PURPLE)
        d.text((80, y), b, font=reg, fill=(30, 30, 30))
        y += 70
    d.text((40, h - 24), "Abbotsmere City Council  |  Councillor Induction 2026", font=small, fill=AB_PURPLE)
    d.text((w - 60, h - 24), str(number), font=small, fill=AB_PURPLE)
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    return buf


def abbotsmere():
    name = "abbotsmere-city-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "City Clerk's Office"
    cp.title = "PowerPoint Presentation"
    cp.created = dt.datetime(2026, 6, 2, 14, 20, 0)
    cp.modified = dt.datetime(2026, 6, 2, 15, 2, 0)
    cp.last_modified_by = "Deputy City Clerk"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Cm(1.6)
    heads = all_of(items, "HEAD")
    p = doc.add_paragraph()
    r = p.add_run(heads[0])
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run(heads[1])
    r.font.size = Pt(11)
    slides = []
    for tag, rest in items:
        if tag == "SLIDE":
            num, title, bullets = rest.split("|")
            slides.append((num, title, bullets.split(";"), []))
        elif tag == "N":
            slides[-1][3].append(rest)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.9), Cm(7.4), Cm(8.5))
    for num, title, bullets, notes in slides:
        cells = table.add_row().cells
        for c, wd in zip(cells, widths, strict=True):
            c.width = wd
        cells[0].text = f"Slide {num}"
        cells[0].paragraphs[0].runs[0].font.size = Pt(10)
        run = cells[1].paragraphs[0].add_run()
        run.add_picture(slide_png(title, bullets, num), width=Cm(7.0))
        for i, note in enumerate(notes):
            np_ = cells[2].paragraphs[0] if i == 0 else cells[2].add_paragraph()
            nr = np_.add_run(note)
            nr.font.size = Pt(9.5)
            np_.paragraph_format.space_after = Pt(4)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2026, 6, 2, 15, 2, 0))
    done(path)


# ======== 6. Thorpe Wendell Village Council (Kirby CMS content file)
def thorpe_wendell():
    name = "thorpe-wendell-village-council"
    text = (SRC / f"{name}.txt").read_text(encoding="utf-8")
    write_text(name, "txt", text.rstrip("\n") + "\n")


# ======== 7. Upper Sowerley Parish Council (A5 booklet imposed in printer's spreads)
US_BLUE = (28, 64, 110)
A5_W, A5_H = 148.5, 210.0
SPREADS = ((8, 1), (2, 7), (6, 3), (4, 5))
LAST = 8
US_TOP, US_BOTTOM, US_OUTER, US_INNER = 13.0, 20.0, 14.0, 17.0
US_TEXT_W = A5_W - US_OUTER - US_INNER
US_LH = 5.5
US_SIZE = 11


def us_flow(pdf, items):
    """The protocol's text as lines flowed over pages 3 to 7: (page, [(kind, x offset, text), ...])."""
    lines = []  # (kind, indent, text, height)
    for tag, rest in items:
        if tag == "S":
            num, heading = split2(rest)
            lines.append(("gap", 0, "", 2.5))
            lines.append(("head", 0, f"{num}  {heading}", 7.5))
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font("Serif", "", US_SIZE)
            wrapped = pdf.multi_cell(US_TEXT_W - 11.5, US_LH, text, dry_run=True, output="LINES")
            for i, line in enumerate(wrapped):
                lines.append(("num", 11.5, (num, line), US_LH) if i == 0 else ("text", 11.5, line, US_LH))
            lines.append(("gap", 0, "", 1.6))
    capacity = A5_H - US_TOP - US_BOTTOM
    pages = {p: [] for p in range(3, LAST)}
    page, used = 3, 0.0
    for kind, indent, text, height in lines:
        if kind == "gap" and used == 0:
            continue
        need = height
        if kind == "head":  # keep a heading with the first two lines of its first clause
            need = height + 2 * US_LH
        if used + need > capacity:
            page += 1
            used = 0.0
            if kind == "gap":
                continue
        if page >= LAST:
            raise SystemExit("upper sowerley: the protocol does not fit on pages 3-7")
        pages[page].append((kind, indent, text, used))
        used += height
    return pages


def us_page(pdf, items, page, x0, flowed):
    """Draw booklet page `page` in the half of the sheet starting at x0."""
    odd = page % 2 == 1
    left = x0 + (US_INNER if odd else US_OUTER)
    F = "Serif"
    if page == 1:
        pdf.set_fill_color(*US_BLUE)
        pdf.rect(x0 + 10, 24, A5_W - 20, 3, style="F")
        cover = all_of(items, "COVER")
        pdf.set_text_color(*US_BLUE)
        pdf.set_font(F, "B", 15)
        pdf.set_xy(x0 + 10, 40)
        pdf.cell(A5_W - 20, 8, cover[0], align="C")
        pdf.set_font(F, "", 20)
        pdf.set_xy(x0 + 10, 92)
        pdf.cell(A5_W - 20, 10, cover[1], align="C")
        pdf.set_font(F, "I", 14)
        pdf.set_xy(x0 + 10, 104)
        pdf.cell(A5_W - 20, 8, cover[2], align="C")
        pdf.set_font(F, "", 10)
        pdf.set_xy(x0 + 10, 180)
        pdf.cell(A5_W - 20, 6, cover[3], align="C")
        pdf.rect(x0 + 10, 190, A5_W - 20, 1.2, style="F")
        pdf.set_text_color(0, 0, 0)
        return
    if page == LAST:
        pdf.set_text_color(*US_BLUE)
        back = all_of(items, "BACK")
        pdf.set_font(F, "B", 10)
        pdf.set_xy(x0 + 14, 150)
        pdf.cell(A5_W - 28, 6, back[0], align="C")
        pdf.set_font(F, "", 8.5)
        for i, line in enumerate(back[1:]):
            pdf.set_xy(x0 + 14, 158 + i * 5)
            pdf.cell(A5_W - 28, 5, line, align="C")
        pdf.set_text_color(0, 0, 0)
        return
    if page == 2:
        pdf.set_font(F, "", 9)
        pdf.set_xy(left, US_TOP)
        pdf.set_left_margin(left)
        for para in all_of(items, "INSIDE"):
            pdf.multi_cell(US_TEXT_W, 4.6, para, align="L", **NEXT)
            pdf.ln(3)
        pdf.ln(2)
        pdf.set_font(F, "B", 10)
        pdf.set_text_color(*US_BLUE)
        pdf.cell(US_TEXT_W, 6, "Contents", **NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(F, "", 9)
        for entry in first(items, "CONTENTS").split("|"):
            pdf.cell(US_TEXT_W, 4.8, entry, **NEXT)
        pdf.ln(8)
        sign = all_of(items, "SIGN")
        pdf.set_font(F, "B", 9)
        pdf.cell(US_TEXT_W, 5, sign[0], **NEXT)
        pdf.set_font(F, "", 8.5)
        for line in sign[1:]:
            pdf.ln(4)
            pdf.cell(US_TEXT_W, 5, line, **NEXT)
        pdf.set_left_margin(10)
    else:
        for kind, indent, text, y in flowed[page]:
            top = US_TOP + y
            if kind == "head":
                pdf.set_font(F, "B", US_SIZE + 1)
                pdf.set_text_color(*US_BLUE)
                pdf.set_xy(left, top + 1)
                pdf.cell(US_TEXT_W, 6, text)
                pdf.set_text_color(0, 0, 0)
            elif kind == "num":
                num, line = text
                pdf.set_font(F, "B", US_SIZE)
                pdf.set_xy(left, top)
                pdf.cell(11.5, US_LH, num)
                pdf.set_font(F, "", US_SIZE)
                pdf.set_xy(left + indent, top)
                pdf.cell(US_TEXT_W - indent, US_LH, line)
            elif kind == "text":
                pdf.set_font(F, "", US_SIZE)
                pdf.set_xy(left + indent, top)
                pdf.cell(US_TEXT_W - indent, US_LH, text)
    # folio
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(left, A5_H - 13)
    pdf.cell(US_TEXT_W, 4, first(items, "FOLIO"), align="L" if odd else "R")
    pdf.set_xy(left, A5_H - 13)
    pdf.cell(US_TEXT_W, 4, str(page), align="R" if odd else "L")
    pdf.set_text_color(0, 0, 0)


def upper_sowerley():
    name = "upper-sowerley-parish-council"
    items = parse(name)
    pdf = DejaVuDoc(orientation="L", format="A4")
    pdf.setup(
        "Councillors and Staff booklet - print ready (booklet)",
        "Microsoft\u00ae Publisher for Microsoft 365",
        "Clerk - Upper Sowerley PC",
        dt.datetime(2025, 7, 14, 11, 3, 0, tzinfo=dt.UTC),
    )
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10, 10)
    flowed = None
    for left_page, right_page in SPREADS:
        pdf.add_page()
        if flowed is None:
            flowed = us_flow(pdf, items)
        us_page(pdf, items, left_page, 0.0, flowed)
        us_page(pdf, items, right_page, A5_W, flowed)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 8. Great Fenstock Parish Council (DataTables policy library, filtered, with the protocol's modal open)
def great_fenstock():
    name = "great-fenstock-parish-council"
    items = parse(name)
    site = first(items, "SITE")
    nav = first(items, "NAV").split("|")
    crumbs = first(items, "CRUMB").split("|")
    rows = [r.split("|") for r in all_of(items, "ROW")]
    mtitle, msub = first(items, "MTITLE"), first(items, "MSUB")
    mfile, mlabel = split2(first(items, "MFOOT"))
    data = sorted(rows, key=lambda r: r[0])
    proto = next(r for r in rows if r[4] == "modal")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">')
    w(f"<title>Policies and Procedures | {esc(site)}</title>")
    w('<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">')
    w('<link rel="stylesheet" href="https://cdn.datatables.net/1.13.8/css/dataTables.bootstrap4.min.css">')
    w('<link rel="stylesheet" href="/assets/css/parish.css?v=3.2">')
    w("</head>")
    w('<body class="page-policies modal-open" style="padding-right: 15px;">')
    w('<a class="sr-only sr-only-focusable" href="#main">Skip to main content</a>')
    w('<header class="site-header">')
    w('<div class="container d-flex align-items-center">')
    w(f'<a class="navbar-brand" href="/"><img src="/assets/img/crest.png" alt="{esc(site)} crest" height="64"></a>')
    w(f'<span class="site-name h4 mb-0">{esc(site)}</span>')
    w("</div>")
    w('<nav class="navbar navbar-expand-lg navbar-dark bg-success" aria-label="Main menu">')
    w('<div class="container"><ul class="navbar-nav">')
    for page in nav:
        active = " active" if page == "Policies and Procedures" else ""
        w(f'<li class="nav-item{active}"><a class="nav-link" href="/{slug(page)}/">{esc(page)}</a></li>')
    w("</ul></div></nav>")
    w("</header>")
    w('<main id="main" class="container py-4">')
    w('<nav aria-label="breadcrumb"><ol class="breadcrumb">')
    for i, c in enumerate(crumbs):
        if i == len(crumbs) - 1:
            w(f'<li class="breadcrumb-item active" aria-current="page">{esc(c)}</li>')
        else:
            w(f'<li class="breadcrumb-item"><a href="/{slug(c) if i else ""}">{esc(c)}</a></li>')
    w("</ol></nav>")
    w(f"<h1>{esc(first(items, 'H1'))}</h1>")
    w(f'<p class="lead">{esc(first(items, "INTRO"))}</p>')
    w('<div id="policies_wrapper" class="dataTables_wrapper dt-bootstrap4 no-footer">')
    w('<div class="row"><div class="col-sm-12 col-md-6"><div class="dataTables_length" id="policies_length">')
    w(
        '<label>Show <select name="policies_length" aria-controls="policies" class="custom-select custom-select-sm '
        'form-control form-control-sm"><option value="10" selected>10</option><option value="25">25</option>'
        '<option value="50">50</option><option value="-1">All</option></select> entries</label>'
    )
    w('</div></div><div class="col-sm-12 col-md-6"><div id="policies_filter" class="dataTables_filter">')
    w(
        '<label>Search:<input type="search" class="form-control form-control-sm" placeholder="" value="protocol" '
        'aria-controls="policies"></label>'
    )
    w("</div></div></div>")
    w('<div class="row"><div class="col-sm-12">')
    w(
        '<table id="policies" class="table table-striped table-bordered dataTable no-footer" style="width:100%" '
        'aria-describedby="policies_info">'
    )
    w("<thead><tr>")
    for i, col in enumerate(("Policy", "Category", "Adopted", "Next review", "Document")):
        sort = "sorting sorting_asc" if i == 0 else ("sorting_disabled" if col == "Document" else "sorting")
        w(
            f'<th class="{sort}" tabindex="0" aria-controls="policies" rowspan="1" colspan="1" '
            f'aria-label="{col}: activate to sort column ascending">{col}</th>'
        )
    w("</tr></thead>")
    w("<tbody>")
    w(
        f'<tr class="odd"><td class="sorting_1">{esc(proto[0])}</td><td>{esc(proto[1])}</td>'
        f'<td data-order="2026-04-14">{esc(proto[2])}</td><td>{esc(proto[3])}</td>'
        '<td><button type="button" class="btn btn-sm btn-success" data-toggle="modal" '
        'data-target="#policy-member-staff-protocol">View</button> '
        f'<a class="btn btn-sm btn-outline-secondary" href="/uploads/policies/{esc(mfile)}">Download</a></td></tr>'
    )
    w("</tbody>")
    w("</table>")
    w("</div></div>")
    w('<div class="row"><div class="col-sm-12 col-md-5">')
    w(
        '<div class="dataTables_info" id="policies_info" role="status" aria-live="polite">Showing 1 to 1 of 1 entries '
        f"(filtered from {len(rows)} total entries)</div>"
    )
    w(
        '</div><div class="col-sm-12 col-md-7">'
        '<div class="dataTables_paginate paging_simple_numbers" id="policies_paginate">'
    )
    w(
        '<ul class="pagination"><li class="paginate_button page-item previous disabled" id="policies_previous">'
        '<a href="#" aria-controls="policies" data-dt-idx="0" tabindex="0" class="page-link">Previous</a></li>'
        '<li class="paginate_button page-item active"><a href="#" aria-controls="policies" data-dt-idx="1" '
        'tabindex="0" class="page-link">1</a></li><li class="paginate_button page-item next disabled" '
        'id="policies_next"><a href="#" aria-controls="policies" data-dt-idx="2" tabindex="0" class="page-link">Next'
        "</a></li></ul>"
    )
    w("</div></div></div>")
    w("</div>")
    w("</main>")
    w('<footer class="site-footer bg-light border-top py-4 mt-4"><div class="container small">')
    for line in all_of(items, "FOOT"):
        w(f'<p class="mb-1">{esc(line)}</p>')
    w("</div></footer>")
    # the table's data, as the page's script holds it
    js_rows = []
    for r in data:
        doc_cell = (
            '<button type="button" class="btn btn-sm btn-success" data-toggle="modal" '
            'data-target="#policy-member-staff-protocol">View</button>'
            if r[4] == "modal"
            else f'<a class="btn btn-sm btn-outline-secondary" href="/uploads/policies/{slug(r[0])}.pdf">Download</a>'
        )
        js_rows.append([r[0], r[1], r[2], r[3], doc_cell])
    w('<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>')
    w('<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/js/bootstrap.bundle.min.js"></script>')
    w('<script src="https://cdn.datatables.net/1.13.8/js/jquery.dataTables.min.js"></script>')
    w('<script src="https://cdn.datatables.net/1.13.8/js/dataTables.bootstrap4.min.js"></script>')
    w("<script>")
    w("var policyData = " + json.dumps(js_rows, ensure_ascii=False) + ";")
    w(
        "$(function () { $('#policies').DataTable({ data: policyData, pageLength: 10, order: [[0, 'asc']], "
        "columnDefs: [{ targets: 4, orderable: false }] }); });"
    )
    w("</script>")
    # the protocol's modal, open when the page was saved
    mid = "policy-member-staff-protocol"
    w(
        f'<div class="modal fade show" id="{mid}" tabindex="-1" role="dialog" aria-labelledby="{mid}-title" '
        'aria-modal="true" style="display: block; padding-right: 15px;">'
    )
    w('<div class="modal-dialog modal-lg modal-dialog-scrollable" role="document">')
    w('<div class="modal-content">')
    w('<div class="modal-header">')
    w(
        f'<div><h5 class="modal-title" id="{mid}-title">{esc(mtitle)}</h5>'
        f'<p class="small text-muted mb-0">{esc(msub)}</p></div>'
    )
    w(
        '<button type="button" class="close" data-dismiss="modal" aria-label="Close">'
        '<span aria-hidden="true">&times;</span></button>'
    )
    w("</div>")
    w('<div class="modal-body">')
    for tag, rest in items:
        if tag == "H":
            w(f'<h6 class="mt-3 font-weight-bold">{esc(rest)}</h6>')
        elif tag == "C":
            num, text = split2(rest)
            w(f'<p><span class="para-no font-weight-bold mr-2">{esc(num)}</span>{esc(text)}</p>')
    w("</div>")
    w('<div class="modal-footer">')
    w(f'<a class="btn btn-outline-secondary" href="/uploads/policies/{esc(mfile)}">{esc(mlabel)}</a>')
    w('<button type="button" class="btn btn-success" data-dismiss="modal">Close</button>')
    w("</div>")
    w("</div>")
    w("</div>")
    w("</div>")
    w('<div class="modal-backdrop fade show"></div>')
    w("</body>")
    w("</html>")
    write_text(name, "html", "\n".join(o) + "\n")


def main():
    dalmorrie()
    sallowbrook()
    harlingford()
    pantyrhedyn()
    abbotsmere()
    thorpe_wendell()
    upper_sowerley()
    great_fenstock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
