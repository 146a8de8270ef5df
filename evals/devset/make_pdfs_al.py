"""Build the probe-al documents in docs-al/ from the sources in docs-al-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_al.py

Probe AL: eight ORDINARY, current member/officer protocols of invented PRINCIPAL councils (county, metropolitan
borough, Welsh county, district, borough, London borough, unitary, Scottish council), each in a published form that
earlier probes did not use, with that form's everyday noise:
- a county's protocol as a MOODLE BOOK on the councillors' e-learning site, saved from its "Print book" view: the
  print view's Site/Course/Book/Printed by/Date table, a numbered table of contents, chapters "1." and subchapters
  "3.1." over unnumbered paragraphs, glossary auto-links and a video block (Halvershire, .html);
- a metropolitan borough's protocol inside an email FORWARDED FROM AN IPHONE: a note, "Sent from my iPhone",
  "Begin forwarded message:", the original quoted with "> " in text/plain and in <blockquote type="cite"> around
  Outlook HTML, quoted-printable UTF-8 (Thurlsby, .eml);
- a Welsh county council's designed PDF with a coloured VERTICAL EDGE STRIP on every page whose text is turned 90
  degrees (bilingual name, part, adoption and review dates), a bilingual cover and footer (Penfarren, .pdf);
- a district constitution page SAVED WITH SINGLEFILE: its comment with address and saved date, inlined CSS with a
  base64 font, data: images, a CSP meta, the ".sf-hidden" mobile menu, a cookie panel and site furniture, paragraphs
  numbered 1 to 34 (Fordingley, .html);
- a borough's protocol reproduced as a TRAINING HANDOUT PDF with a ruled NOTES COLUMN down every page, session header,
  intro box and the next session's details (Hallowby, .pdf);
- a London borough's MONITORING OFFICER'S WELCOME LETTER on letterhead (Please ask for / Direct line / Our ref)
  with the protocol as its ENCLOSURE in a second section (Kessworth, .docx);
- a unitary council's Word file whose CLAUSES ARE "HEADING 2" PARAGRAPHS restyled to look like body text, numbered
  only by the multilevel list linked to the heading styles, with a level-1 TOC field (Draycombe, .docx);
- a Scottish council's ACCESSIBLE TEXT VERSION for screen-reader users: "++" section markers, "Heading level 1:",
  "[Page n]" markers (one inside a paragraph), "[Image: ...]", a table read out row by row, an announced list
  (Auchencrag, .txt).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed dates, fixed zip
timestamps, no randomness.
"""

import base64
import datetime as dt
import hashlib
import quopri
import sys
from email.header import Header
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    DejaVuDoc,
    add_abstract_numbering,
    add_field,
    all_of,
    done,
    esc,
    first,
    keep_together,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-al-src"
OUT = HERE / "docs-al"
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


# ======== 1. Halvershire County Council (Moodle book, "Print book" view)
MOODLE = "https://learn.halvershire.gov.uk"


def gloss_html(text, glossary):
    """The paragraph's text escaped, with the first occurrence of each glossary term wrapped in the glossary
    filter's auto-link (longest terms first, no overlaps)."""
    spans = []
    for term, eid in sorted(glossary, key=lambda g: -len(g[0])):
        i = text.find(term)
        if i < 0 or any(not (i + len(term) <= s or i >= e) for s, e, _, _ in spans):
            continue
        spans.append((i, i + len(term), term, eid))
    spans.sort()
    out, pos = [], 0
    for s, e, term, eid in spans:
        out.append(esc(text[pos:s]))
        out.append(
            f'<a href="{MOODLE}/mod/glossary/showentry.php?eid={eid}&amp;displayformat=dictionary" '
            f'title="Councillor glossary: {esc(term)}" class="glossary autolink concept glossaryid3" '
            f'data-entryid="{eid}">{esc(term)}</a>'
        )
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def halvershire():
    name = "halvershire-county-council"
    items = parse(name)
    site, course, book = first(items, "SITE"), first(items, "COURSE"), first(items, "BOOK")
    glossary = [split2(g) for g in all_of(items, "GLOSS")]
    # chapters: (kind, num, title, chapter id, [blocks])
    chapters = []
    cid = 5010
    for tag, rest in items:
        if tag in ("CH", "SUB"):
            cid += 1
            num, title = split2(rest)
            chapters.append((tag, num, title, cid, []))
        elif tag in ("P", "LEAD", "VIDEO"):
            chapters[-1][4].append((tag, rest))
    rev = "1717412345"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html  dir="ltr" lang="en" xml:lang="en">')
    w("<head>")
    w(f"    <title>{esc(course)}: {esc(book)} | {esc(site)}</title>")
    w(f'    <link rel="shortcut icon" href="{MOODLE}/theme/image.php/boost/theme/{rev}/favicon" />')
    w('    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    w(f'<meta name="keywords" content="moodle, {esc(course)}: {esc(book)}" />')
    w(
        f'<link rel="stylesheet" type="text/css" '
        f'href="{MOODLE}/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.css" />'
        '<script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE '
        "with YUI **/</script>"
        f'<link rel="stylesheet" type="text/css" href="{MOODLE}/theme/styles.php/boost/{rev}_1/all" />'
    )
    w(f'<link rel="stylesheet" type="text/css" href="{MOODLE}/mod/book/tool/print/print.css" />')
    w("<script>")
    w("//<![CDATA[")
    w("var M = {}; M.yui = {};")
    w("M.pageloadstarttime = new Date();")
    w(
        'M.cfg = {"wwwroot":"https:\\/\\/learn.halvershire.gov.uk","homeurl":{},"sesskey":"q8TzW2kLmv",'
        '"sessiontimeout":"28800","sessiontimeoutwarning":1200,"themerev":"' + rev + '","slasharguments":1,'
        '"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"' + rev + '","admin":"admin",'
        '"svgicons":true,"usertimezone":"Europe\\/London","language":"en","courseId":214,"courseContextId":3180,'
        '"contextid":3195,"contextInstanceId":1877,"langrev":' + rev + ',"templaterev":"' + rev + '","siteId":1,'
        '"userId":562};'
    )
    w("//]]>")
    w("</script>")
    w('    <meta name="robots" content="noindex" />')
    w("</head>")
    w(
        '<body  id="page-mod-book-print" class="format-topics  path-mod path-mod-book chrome dir-ltr lang-en '
        "yui-skin-sam yui3-skin-sam learn-halvershire-gov-uk pagelayout-embedded course-214 context-3195 cmid-1877 "
        'category-9 theme uses-drawers">'
    )
    w('<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>')
    w('<div id="page-wrapper">')
    w('    <div>\n    <a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>\n</div>')
    w(f'<script src="{MOODLE}/lib/javascript.php/{rev}/lib/polyfills/polyfill.js"></script>')
    w(f'<script src="{MOODLE}/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.js"></script>')
    w(f'<script src="{MOODLE}/lib/javascript.php/{rev}/lib/javascript-static.js"></script>')
    w('    <div id="page" class="container-fluid">')
    w('        <div id="page-content" class="clearfix">')
    w('            <div id="region-main-box">')
    w('                <section id="region-main" aria-label="Content">')
    w('                    <span class="notifications" id="user-notifications"></span>')
    w('                    <div role="main"><span id="maincontent"></span>')
    w(f'<div class="text-center pb-3 book_title">{esc(book)}</div>')
    w('<div class="book_info w-100 overflow-auto"><table>')
    w(f'<tr>\n<td>Site:</td>\n<td><a href="{MOODLE}">{esc(site)}</a></td>\n</tr>')
    w(f"<tr>\n<td>Course:</td>\n<td>{esc(course)}</td>\n</tr>")
    w(f"<tr>\n<td>Book:</td>\n<td>{esc(book)}</td>\n</tr>")
    w(f"<tr>\n<td>Printed by:</td>\n<td>{esc(first(items, 'PRINTEDBY'))}</td>\n</tr>")
    w(f"<tr>\n<td>Date:</td>\n<td>{esc(first(items, 'DATE'))}</td>\n</tr>")
    w("</table></div>")
    w('<div class="book_description"><div class="no-overflow">')
    w(f'<p dir="ltr" style="text-align: left;">{esc(first(items, "DESC"))}</p>')
    w("</div></div>")
    w('<div class="book_toc">')
    w('<h2 class="text-center mb-5">Table of contents</h2>')
    w("<ul>")
    open_sub = False
    for kind, num, title, ch, _ in chapters:
        label = f"{num}. {title}"
        if kind == "CH":
            if open_sub:
                w("</ul></li>")
                open_sub = False
            nxt = chapters[chapters.index((kind, num, title, ch, _)) + 1 :]
            has_sub = bool(nxt) and nxt[0][0] == "SUB"
            if has_sub:
                w(f'<li><a title="{esc(label)}" href="#ch{ch}">{esc(label)}</a><ul>')
                open_sub = True
            else:
                w(f'<li><a title="{esc(label)}" href="#ch{ch}">{esc(label)}</a></li>')
        else:
            w(f'<li><a title="{esc(label)}" href="#ch{ch}">{esc(label)}</a></li>')
    if open_sub:
        w("</ul></li>")
    w("</ul></div>")
    for kind, num, title, ch, blocks in chapters:
        w(f'<div class="book_chapter pt-3" id="ch{ch}">')
        if kind == "CH":
            w(f'<h2 class="text-center mb-5">{esc(num)}. {esc(title)}</h2>')
        else:
            w(f'<h3 class="text-center mb-4">{esc(num)}. {esc(title)}</h3>')
        w('<div class="no-overflow">')
        for tag, rest in blocks:
            if tag == "VIDEO":
                vt, caption = split2(rest)
                w('<div class="mediaplugin mediaplugin_videojs d-block"><div style="max-width:400px;">')
                w(
                    '<video data-setup-lazy="{&quot;language&quot;: &quot;en&quot;, &quot;fluid&quot;: true, '
                    "&quot;playbackRates&quot;: [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2], &quot;userActions&quot;: "
                    '{&quot;hotkeys&quot;: true}}" id="id_videojs_6650e2b1a8c4f_1" class="video-js" preload="auto" '
                    f'controls="true" title="{esc(vt)}">'
                )
                w(
                    f'<source src="{MOODLE}/pluginfile.php/3195/mod_book/chapter/{ch}/ce-welcome-2025.mp4" '
                    f'type="video/mp4" />{esc(vt)}</video>'
                )
                w("</div></div>")
                w(f'<p dir="ltr" style="text-align: left;"><em>{esc(caption)}</em></p>')
            elif tag == "LEAD":
                w(f'<p dir="ltr" style="text-align: left;"><strong>{esc(rest)}</strong></p>')
            else:
                w(f'<p dir="ltr" style="text-align: left;">{gloss_html(rest, glossary)}</p>')
        w("</div>")
        w("</div>")
    w("</div>")
    w("                </section>")
    w("            </div>")
    w("        </div>")
    w("    </div>")
    w("</div>")
    w("<script>")
    w("//<![CDATA[")
    w(
        'var require = {baseUrl : "' + MOODLE + "\\/lib\\/requirejs.php\\/" + rev + '\\/", '
        'enforceDefine: true, skipDataMain: true, waitSeconds : 0, paths: {jquery: "'
        + MOODLE
        + "\\/lib\\/javascript.php\\/"
        + rev
        + '\\/lib\\/jquery\\/jquery-3.7.1.min"}};'
    )
    w("//]]>")
    w("</script>")
    w(f'<script src="{MOODLE}/lib/javascript.php/{rev}/lib/requirejs/require.min.js"></script>')
    w("<script>")
    w("//<![CDATA[")
    w(
        'M.str = {"moodle":{"lastmodified":"Last modified","name":"Name","error":"Error","info":"Information",'
        '"yes":"Yes","no":"No","ok":"OK"},"filter_glossary":{"glossaryconcept":"{$a->glossary}: {$a->concept}"}};'
    )
    w(
        'M.util.js_pending("filter_glossary/autolinker"); require(["filter_glossary/autolinker"], function(a) '
        '{a.init(); M.util.js_complete("filter_glossary/autolinker");});'
    )
    w("//]]>")
    w("</script>")
    w("</body>")
    w("</html>")
    write_text(name, "html", "\n".join(o) + "\n")


# ======== 2. Thurlsby Metropolitan Borough Council (iPhone forward of an all-members email)
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def thurlsby():
    name = "thurlsby-metropolitan-borough-council"
    items = parse(name)
    note, who = first(items, "NOTE"), first(items, "NOTESIGN")
    fwd = [split2(f) for f in all_of(items, "FWD")]
    fsubj = dict(fwd)["Subject"]
    # the original message, as the Outlook user wrote it
    orig = []
    for line in all_of(items, "OPEN"):
        orig += [line, ""]
    for tag, rest in items:
        if tag == "T":
            orig.append(rest)
        elif tag == "H":
            num, heading = split2(rest)
            orig += ["", f"{num}. {heading}", ""]
        elif tag == "C":
            num, text = split2(rest)
            orig += [f"{num} {text}", ""]
    orig.append("")
    orig += all_of(items, "CLOSE")
    orig += ["", first(items, "DISC")]
    plain = [note, "", who, "", "Sent from my iPhone", "", "Begin forwarded message:", ""]
    plain += [f"> {k}: {v}" for k, v in fwd]
    plain.append(">")
    plain += [("> " + line) if line else ">" for line in orig]
    plain_text = "\n".join(plain) + "\n"
    # the HTML part: Apple's forward wrapper round the original's Outlook HTML
    h = []
    a = h.append
    a(
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto"><div dir="ltr">' + esc(note) + "</div>"
    )
    a('<div dir="ltr"><br></div><div dir="ltr">' + esc(who) + "</div>")
    a('<div dir="ltr"><br></div><div dir="ltr">Sent from my iPhone</div>')
    a('<div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>')
    hdr = "".join(f"<b>{esc(k)}:</b> " + (f"<b>{esc(v)}</b>" if k == "Subject" else esc(v)) + "<br>" for k, v in fwd)
    a(f'<blockquote type="cite"><div dir="ltr">{hdr}<br></div></blockquote>')
    a(
        '<blockquote type="cite"><div dir="ltr">\ufeff'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<style>@font-face{font-family:Aptos;}p.MsoNormal, li.MsoNormal, div.MsoNormal{margin:0cm;font-size:11.0pt;"
        'font-family:"Aptos",sans-serif;}span.EmailStyle19{mso-style-type:personal-compose;}.MsoChpDefault{'
        "mso-style-type:export-only;}div.WordSection1{page:WordSection1;}</style>"
    )
    a('<div class="WordSection1">')
    empty = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    for line in all_of(items, "OPEN"):
        a(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>{empty}')
    for tag, rest in items:
        if tag == "T":
            a(f'<p class="MsoNormal" align="center" style="text-align:center"><b>{esc(rest)}<o:p></o:p></b></p>')
        elif tag == "H":
            num, heading = split2(rest)
            a(f'{empty}<p class="MsoNormal"><b>{esc(num)}. {esc(heading)}<o:p></o:p></b></p>{empty}')
        elif tag == "C":
            num, text = split2(rest)
            a(
                '<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
                f'{esc(num)}<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{esc(text)}'
                f"<o:p></o:p></p>{empty}"
            )
    a(empty)
    close = all_of(items, "CLOSE")
    a(f'<p class="MsoNormal">{esc(close[0])}<o:p></o:p></p>{empty}')
    a('<p class="MsoNormal"><b><span style="color:#1F3864">' + esc(close[1]) + "</span></b><o:p></o:p></p>")
    for line in close[2:]:
        a(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">{esc(line)}</span><o:p></o:p></p>')
    a(empty)
    a(
        f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{esc(first(items, "DISC"))}</span>'
        "<o:p></o:p></p>"
    )
    a("</div></div></blockquote></body></html>")
    html_text = "\n".join(h) + "\n"
    boundary = "Apple-Mail-5B2D9E41-7C0A-4F1E-9D63-2A8E4B17C3F0"
    subject = Header("Fwd: " + fsubj, "utf-8").encode()
    head = [
        "Return-Path: <cllr.joan.pennock@thurlsby.gov.uk>",
        "Received: from LO4P265MB6032.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a4::9) by",
        " LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM with HTTPS; Tue, 3 Jun 2025 20:47:15 +0000",
        "From: Joan Pennock <cllr.joan.pennock@thurlsby.gov.uk>",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "Content-Transfer-Encoding: 7bit",
        "Mime-Version: 1.0 (1.0)",
        f"Subject: {subject}",
        "Date: Tue, 3 Jun 2025 21:47:13 +0100",
        "Message-Id: <8E3A1C52-4B7D-4F09-A2D6-93C1E0B5F7A4@thurlsby.gov.uk>",
        "References: <LO2P265MB5121D8A4F0C2B6E93A71B2C4E1A52@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM>",
        "In-Reply-To: <LO2P265MB5121D8A4F0C2B6E93A71B2C4E1A52@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM>",
        "To: Adebayo Lowther <cllr.adebayo.lowther@thurlsby.gov.uk>",
        "X-Mailer: iPhone Mail (22E252)",
        "X-MS-Exchange-Organization-SCL: 1",
        "X-MS-Has-Attach: ",
    ]
    body = [
        "",
        f"--{boundary}",
        "Content-Type: text/plain;",
        "\tcharset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain_text).rstrip("\n"),
        "",
        f"--{boundary}",
        "Content-Type: text/html;",
        "\tcharset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_text).rstrip("\n"),
        "",
        f"--{boundary}--",
        "",
    ]
    write_text(name, "eml", "\n".join(head + body), newline="\r\n")


# ======== 3. Penfarren County Council (designed PDF with a vertical edge strip on every page)
PF_TEAL = (0, 84, 96)
PF_LIGHT = (214, 232, 234)


class EdgeStripPDF(DejaVuDoc):
    strip = ""
    running = ""
    strip_w = 14

    def header(self):
        x0 = self.w - self.strip_w
        self.set_fill_color(*PF_TEAL)
        self.rect(x0, 0, self.strip_w, self.h, style="F")
        size = 7.5
        self.set_font("Sans", "B", size)
        while self.get_string_width(self.strip) > self.h - 30 and size > 5:
            size -= 0.25
            self.set_font("Sans", "B", size)
        self.set_text_color(255, 255, 255)
        x, y = x0 + self.strip_w / 2 + 1.2, self.h - 15
        with self.rotation(90, x, y):
            self.text(x, y, self.strip)
        self.set_text_color(0, 0, 0)
        if self.page_no() > 1:
            self.set_font("Sans", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(0, 4, self.running)
            self.set_draw_color(*PF_TEAL)
            self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        n = self.page_no()
        self.cell(0, 4, f"Tudalen {n} o {{nb}}  |  Page {n} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def penfarren():
    name = "penfarren-county-council"
    items = parse(name)
    pdf = EdgeStripPDF(format="A4")
    pdf.setup(
        "Cyfansoddiad Rhan 5.3 - Protocol Aelodau a Swyddogion / Constitution Part 5.3 - Member and Officer Protocol",
        "Adobe InDesign 19.4 (Windows)",
        "Cyngor Sir Penfarren / Penfarren County Council",
        dt.datetime(2025, 7, 2, 14, 8, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 17.0",
    )
    pdf.strip = first(items, "STRIP")
    pdf.running = first(items, "HDR")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 22, 22 + pdf.strip_w)
    pdf.set_auto_page_break(True, 20)
    # cover
    cover = all_of(items, "COVER")
    pdf.add_page()
    pdf.set_fill_color(*PF_LIGHT)
    pdf.rect(pdf.l_margin, 28, pdf.epw, 3, style="F")
    pdf.set_xy(pdf.l_margin, 40)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*PF_TEAL)
    pdf.cell(0, 10, cover[0], **NEXT)
    pdf.set_font("Sans", "", 16)
    pdf.cell(0, 9, cover[1], **NEXT)
    pdf.ln(14)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, cover[2], **NEXT)
    pdf.set_font("Sans", "I", 12)
    pdf.cell(0, 7, cover[3], **NEXT)
    pdf.ln(10)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(0, 11, cover[4], **NEXT)
    pdf.set_font("Sans", "", 18)
    pdf.multi_cell(0, 10, cover[5], **NEXT)
    pdf.set_fill_color(*PF_LIGHT)
    pdf.rect(pdf.l_margin, 190, pdf.epw, 24, style="F")
    pdf.set_xy(pdf.l_margin + 5, 194)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, cover[6], **NEXT)
    pdf.set_x(pdf.l_margin + 5)
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, 6, cover[7], **NEXT)
    pdf.set_xy(pdf.l_margin, 262)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, cover[8], **NEXT)
    pdf.set_text_color(0, 0, 0)
    # body
    pdf.add_page()
    F = "Sans"
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            pdf.set_font(F, "B", 12)
            keep_together(pdf, heading, pdf.epw, 6, extra=18)
            pdf.ln(2.5)
            pdf.set_text_color(*PF_TEAL)
            pdf.cell(10, 6.5, num)
            pdf.cell(0, 6.5, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 10.2)
            keep_together(pdf, text, pdf.epw - 12, 5.2)
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.cell(12, 5.2, num)
            pdf.set_left_margin(L + 12)
            pdf.set_x(L + 12)
            pdf.multi_cell(0, 5.2, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(2)
        elif tag == "END":
            pdf.ln(8)
            pdf.set_font(F, "", 8.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 4.5, rest, align="L", **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Fordingley District Council (constitution page saved with SingleFile)
def fake_font_b64():
    raw = b"wOF2\x00\x01\x00\x00" + b"".join(hashlib.sha256(f"fdc-font-{i}".encode()).digest() for i in range(160))
    return base64.b64encode(raw).decode("ascii")


CREST_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#00594c"/>'
    '<path d="M10 8h14v24H10z" fill="#fff"/><text x="30" y="26" font-size="12" fill="#fff">Fordingley</text></svg>'
)


def fordingley():
    name = "fordingley-district-council"
    items = parse(name)
    url = first(items, "URL")
    crest = base64.b64encode(CREST_SVG.encode()).decode("ascii")
    nav = all_of(items, "NAV")
    o = []
    w = o.append
    w(
        f'<!DOCTYPE html> <html lang="en-GB"><!--\n Page saved with SingleFile \n url: {url} \n saved date: '
        f'{first(items, "SAVED")}\n--><head><meta charset="utf-8">'
    )
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(first(items, 'TITLE'))}</title>")
    w('<meta name="description" content="How councillors and officers of Fordingley District Council work together.">')
    w(
        '<style>@font-face{font-family:"Source Sans 3";src:url(data:font/woff2;base64,'
        + fake_font_b64()
        + ') format("woff2");font-weight:400;font-style:normal;font-display:swap}'
        ':root{--fdc-green:#00594c;--fdc-link:#1d5fa8;--fdc-grey:#505a5f}body{margin:0;font-family:"Source Sans 3",'
        "Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#0b0c0c}.skip-link{position:absolute;left:-9999px}"
        ".skip-link:focus{left:1rem}#ccc{position:fixed;bottom:0;left:0;right:0;background:#0b0c0c;color:#fff;"
        "padding:1rem;z-index:99}.site-header{background:var(--fdc-green);color:#fff}.main-nav ul{display:flex;"
        "gap:1.5rem;list-style:none;margin:0;padding:.5rem 1rem}.main-nav a{color:#fff}.breadcrumb ol{display:flex;"
        "list-style:none;gap:.5rem;font-size:1rem}.layout{display:grid;grid-template-columns:18rem 1fr;gap:2rem;"
        "max-width:72rem;margin:0 auto}.section-nav li.current a{font-weight:700;border-left:4px solid "
        "var(--fdc-green)}.para-no{font-weight:700;margin-right:.35rem}.lead{font-size:1.3rem}.updated{color:"
        "var(--fdc-grey);font-size:1rem}.feedback{border-top:1px solid #b1b4b6;margin-top:2rem}"
        ".site-footer{background:#f3f2f1;padding:2rem 1rem;font-size:1rem}@media (max-width:48rem){.layout{"
        "grid-template-columns:1fr}.main-nav{display:none}}</style>"
    )
    w('<meta name="referrer" content="no-referrer">')
    w(f'<link rel="canonical" href="{url}">')
    w("<style>.sf-hidden{display:none!important}</style>")
    w(
        "<meta http-equiv=\"content-security-policy\" content=\"default-src 'none'; font-src 'self' data:; "
        "img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; "
        "object-src 'self' data:; frame-src 'self' data:;\"></head>"
    )
    w('<body class="page-template-constitution-page">')
    w('<div id="ccc" role="region" aria-label="Cookie preferences"><div id="ccc-module"><div id="ccc-content">')
    w('<h2 id="ccc-title">Cookies on the Fordingley District Council website</h2>')
    w(
        '<p id="ccc-intro">We use some essential cookies to make this website work. We would also like to set optional '
        "analytics cookies to help us understand how the site is used, so that we can improve it.</p>"
    )
    w(
        '<button id="ccc-recommended-settings" class="ccc-button">Accept recommended settings</button> '
        '<button id="ccc-reject-settings" class="ccc-button">Reject all</button> '
        '<button id="ccc-preferences" class="ccc-link">Cookie preferences</button>'
    )
    w("</div></div></div>")
    w('<a class="skip-link" href="#main-content">Skip to main content</a>')
    w('<header class="site-header"><div class="header-inner">')
    w(
        f'<a href="https://www.fordingley.gov.uk/" class="logo"><img src="data:image/svg+xml;base64,{crest}" '
        'alt="Fordingley District Council - homepage" width="180" height="60"></a>'
    )
    w(
        '<form class="site-search" role="search" action="https://www.fordingley.gov.uk/search"><label for="q">Search '
        'this site</label> <input id="q" type="search" name="q"> <button type="submit">Search</button></form>'
    )
    w('<button class="menu-toggle" aria-expanded="false" aria-controls="mobile-nav">Menu</button>')
    w('<nav id="mobile-nav" class="mobile-nav sf-hidden" aria-label="Mobile menu"><ul>')
    for lab in nav:
        w(f'<li><a href="https://www.fordingley.gov.uk/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></nav>")
    w('<nav class="main-nav" aria-label="Services"><ul>')
    for lab in nav:
        w(f'<li><a href="https://www.fordingley.gov.uk/{slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></nav></div></header>")
    w('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>')
    path = "https://www.fordingley.gov.uk"
    for i, lab in enumerate(all_of(items, "CRUMB")):
        if i:
            path += "/" + slug(lab)
        w(f'<li><a href="{path}">{esc(lab)}</a></li>')
    w("</ol></nav>")
    w('<div class="layout"><aside class="section-nav" aria-labelledby="in-this-section">')
    w('<h2 id="in-this-section">In this section</h2><ul>')
    for lab in all_of(items, "SIDE"):
        cur = lab.startswith("*")
        lab = lab.lstrip("*")
        cls = ' class="current"' if cur else ""
        aria = ' aria-current="page"' if cur else ""
        w(f'<li{cls}><a href="{path}/{slug(lab)}"{aria}>{esc(lab)}</a></li>')
    w("</ul></aside>")
    w('<main id="main-content"><article class="constitution-page">')
    w(f"<h1>{esc(first(items, 'H1'))}</h1>")
    w(f'<p class="lead">{esc(first(items, "LEAD"))}</p>')
    for tag, rest in items:
        if tag == "H2":
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(f'<p id="para-{num}"><span class="para-no">{num}.</span> {esc(text)}</p>')
    w(f'<p class="updated">{esc(first(items, "UPDATED"))}</p>')
    w("</article>")
    w('<section class="feedback" aria-labelledby="fb"><h2 id="fb">Was this page useful?</h2>')
    w(
        '<a href="https://www.fordingley.gov.uk/feedback?useful=yes">Yes</a> '
        '<a href="https://www.fordingley.gov.uk/feedback?useful=no">No</a>'
    )
    w('<p><a href="https://www.fordingley.gov.uk/report-a-problem">Report a problem with this page</a></p></section>')
    w("</main></div>")
    w('<footer class="site-footer"><ul class="footer-links">')
    for lab in ("Accessibility statement", "Cookies", "Privacy notice", "Contact us", "Jobs", "Newsroom"):
        w(f'<li><a href="https://www.fordingley.gov.uk/{slug(lab)}">{lab}</a></li>')
    w(f"</ul><p>{esc(first(items, 'FOOT'))}</p></footer>")
    w("</body></html>")
    write_text(name, "html", "\n".join(o))


# ======== 5. Hallowby Borough Council (training handout with a ruled notes column)
HB_PLUM = (96, 40, 88)


class HandoutPDF(DejaVuDoc):
    hdr_l = ""
    hdr_r = ""
    foot = ""
    prompt = ""
    col_x = 148
    col_w = 48

    def header(self):
        self.set_font("Sans", "", 7.8)
        self.set_text_color(*HB_PLUM)
        self.set_xy(18, 9)
        self.cell(110, 4, self.hdr_l)
        self.set_xy(18, 9)
        self.cell(self.col_x + self.col_w - 18, 4, self.hdr_r, align="R")
        self.set_draw_color(*HB_PLUM)
        self.line(18, 14.5, self.col_x + self.col_w, 14.5)
        # the notes column
        top, bottom = 20, self.h - 20
        self.set_draw_color(170, 170, 170)
        self.rect(self.col_x, top, self.col_w, bottom - top)
        self.set_text_color(*HB_PLUM)
        self.set_font("Sans", "B", 9.5)
        self.set_xy(self.col_x + 3, top + 2.5)
        self.cell(self.col_w - 6, 5, "Notes")
        y = top + 14
        self.set_draw_color(205, 205, 205)
        while y < bottom - 12:
            self.line(self.col_x + 3, y, self.col_x + self.col_w - 3, y)
            y += 8
        self.set_font("Sans", "I", 7.2)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.col_x + 3, bottom - 9)
        self.cell(self.col_w - 6, 4, self.prompt)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        text = self.foot.replace("{n}", str(self.page_no())).replace("{N}", "{nb}")
        self.set_x(18)
        self.cell(self.col_x + self.col_w - 18, 4, text, align="C")
        self.set_text_color(0, 0, 0)


def hallowby():
    name = "hallowby-borough-council"
    items = parse(name)
    pdf = HandoutPDF(format="A4")
    pdf.setup(
        "Handout 3B - Member/Officer Protocol",
        "Microsoft\u00ae Word for Microsoft 365",
        "Member Development Team, Hallowby Borough Council",
        dt.datetime(2025, 9, 10, 16, 22, 0, tzinfo=dt.UTC),
    )
    pdf.hdr_l, pdf.hdr_r = first(items, "HDRL"), first(items, "HDRR")
    pdf.foot, pdf.prompt = first(items, "FOOT"), first(items, "NOTEPROMPT")
    pdf.alias_nb_pages()
    pdf.set_margins(18, 22, 210 - 142)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = "Sans"
    pdf.set_font(F, "B", 15)
    pdf.set_text_color(*HB_PLUM)
    pdf.multi_cell(0, 7.5, first(items, "TITLE"), align="L", **NEXT)
    pdf.set_font(F, "", 9.5)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(0, 5, first(items, "SUBTITLE"), align="L", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    intro = first(items, "INTRO")
    pdf.set_font(F, "", 9.8)
    lines = pdf.multi_cell(pdf.epw - 8, 5, intro, dry_run=True, output="LINES")
    y = pdf.get_y()
    pdf.set_fill_color(240, 232, 239)
    pdf.rect(pdf.l_margin, y, pdf.epw, len(lines) * 5 + 7, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3.5)
    pdf.multi_cell(pdf.epw - 8, 5, intro, align="L", **NEXT)
    pdf.set_y(y + len(lines) * 5 + 11)
    for tag, rest in items:
        if tag == "H":
            pdf.set_font(F, "B", 10.8)
            keep_together(pdf, rest, pdf.epw, 6, extra=16)
            pdf.ln(1.5)
            pdf.set_text_color(*HB_PLUM)
            pdf.cell(0, 6, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 9.8)
            keep_together(pdf, text, pdf.epw - 9, 5)
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_font(F, "B", 9.8)
            pdf.cell(9, 5, f"{num}.")
            pdf.set_font(F, "", 9.8)
            pdf.set_left_margin(L + 9)
            pdf.set_x(L + 9)
            pdf.multi_cell(0, 5, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.8)
    pdf.ln(4)
    pdf.set_draw_color(*HB_PLUM)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(3)
    for rest in all_of(items, "AFTER"):
        pdf.set_font(F, "I", 9)
        keep_together(pdf, rest, pdf.epw, 4.8)
        pdf.multi_cell(0, 4.8, rest, align="L", **NEXT)
        pdf.ln(1.5)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. London Borough of Kessworth (Monitoring Officer's letter with the protocol as its enclosure)
KB_NAVY = RGBColor(0x1B, 0x2A, 0x4A)


def para_fmt(p, before=0, after=6):
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)


def kessworth():
    name = "london-borough-of-kessworth"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kwame Asante-Blake"
    cp.title = "Welcome letter to councillors - Member and Officer Relations Protocol"
    cp.subject = "Member induction 2025"
    cp.created = dt.datetime(2025, 5, 15, 10, 2, 0)
    cp.modified = dt.datetime(2025, 5, 19, 8, 47, 0)
    cp.last_modified_by = "Fiona Marchetti"
    cp.revision = 7
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(3.6)
    lh = all_of(items, "LH")
    hp = sec.header.paragraphs[0]
    r = hp.add_run(lh[0])
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = KB_NAVY
    for line, size in zip(lh[1:], (10.5, 8.5), strict=True):
        p = sec.header.add_paragraph()
        rr = p.add_run(line)
        rr.font.size = Pt(size)
        rr.font.color.rgb = KB_NAVY if size > 9 else RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(first(items, "LFOOT"))
    fr.font.size = Pt(8)
    fr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    # addressee and reference block (a borderless two-column table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    left, right = t.rows[0].cells
    left.width, right.width = Cm(8.5), Cm(8.1)
    left.paragraphs[0].text = all_of(items, "ADDR")[0]
    for line in all_of(items, "ADDR")[1:]:
        left.add_paragraph(line)
    first_ref = True
    for row in all_of(items, "REF"):
        k, v = split2(row)
        p = right.paragraphs[0] if first_ref else right.add_paragraph()
        first_ref = False
        kr = p.add_run(f"{k}: ")
        kr.bold = True
        kr.font.size = Pt(9.5)
        vr = p.add_run(v)
        vr.font.size = Pt(9.5)
        para_fmt(p, 0, 0)
    doc.add_paragraph()
    para_fmt(doc.add_paragraph(first(items, "SAL")), 6, 10)
    for line in all_of(items, "L"):
        para_fmt(doc.add_paragraph(line), 0, 9)
    sign = all_of(items, "SIGN")
    para_fmt(doc.add_paragraph(sign[0]), 6, 30)
    p = doc.add_paragraph()
    p.add_run(sign[1]).bold = True
    para_fmt(p, 0, 0)
    para_fmt(doc.add_paragraph(sign[2]), 0, 14)
    p = doc.add_paragraph()
    er = p.add_run(first(items, "ENC"))
    er.font.size = Pt(9.5)
    # the enclosure, in a section of its own
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.top_margin = Cm(2.4)
    sec2.header.is_linked_to_previous = False
    sec2.footer.is_linked_to_previous = False
    hp2 = sec2.header.paragraphs[0]
    hp2.text = first(items, "EHDR")
    hp2.runs[0].font.size = Pt(8.5)
    hp2.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp2 = sec2.footer.paragraphs[0]
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r1 = fp2.add_run(first(items, "EFTR"))
    r1.font.size = Pt(8.5)
    r2 = fp2.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")
    et = all_of(items, "ETITLE")
    p = doc.add_paragraph()
    rr = p.add_run(et[0])
    rr.bold = True
    rr.font.size = Pt(9)
    rr.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    doc.add_paragraph(et[1], style="Title")
    p = doc.add_paragraph()
    rr = p.add_run(et[2])
    rr.italic = True
    para_fmt(p, 0, 12)
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            doc.add_heading(f"{num}.\t{heading}", level=2)
        elif tag == "C":
            num, text = split2(rest)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.4)
            pf.first_line_indent = Cm(-1.4)
            pf.tab_stops.add_tab_stop(Cm(1.4))
            para_fmt(p, 0, 6)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2025, 5, 19, 8, 47, 0))
    done(path)


# ======== 7. Draycombe Council (every clause a "Heading 2" paragraph, numbered by the heading styles' list)
DRAY_NUM = 77
DRAY_ABSTRACT = (
    '<w:abstractNum {ns} w:abstractNumId="' + str(DRAY_NUM) + '">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)


def link_style_to_list(style, ilvl):
    ppr = style.element.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = DRAY_NUM


def plain_look(style, size, bold):
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    style.font.name = "Arial"
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts is not None and rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]


def field_run(paragraph, kind, instr=None):
    run = paragraph.add_run()
    if kind == "instr":
        run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve">{instr}</w:instrText>'))
    else:
        run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
    return run


def draycombe():
    name = "draycombe-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Governance Team"
    cp.title = "Councillor and Officer Relations Protocol"
    cp.created = dt.datetime(2024, 10, 29, 13, 15, 0)
    cp.modified = dt.datetime(2024, 12, 9, 9, 4, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 23
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    h1, h2 = doc.styles["Heading 1"], doc.styles["Heading 2"]
    plain_look(h1, 13, True)
    plain_look(h2, 11, False)
    h2.paragraph_format.space_before = Pt(4)
    h2.paragraph_format.space_after = Pt(6)
    h2.paragraph_format.keep_with_next = False
    add_abstract_numbering(doc, DRAY_ABSTRACT, DRAY_NUM)
    link_style_to_list(h1, 0)
    link_style_to_list(h2, 1)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(first(items, "FTR"))
    fr.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")
    doc.add_paragraph(first(items, "TITLE"), style="Title")
    doc.add_paragraph(first(items, "SUBTITLE"), style="Subtitle")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    for row in all_of(items, "CTRL"):
        k, v = split2(row)
        cells = ctrl.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "DEEAF6")
        cells[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    cr = p.add_run("Contents")
    cr.bold = True
    cr.font.size = Pt(12)
    toc = all_of(items, "TOC")
    for i, entry in enumerate(toc):
        heading, page = split2(entry)
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
        p.paragraph_format.space_after = Pt(2)
        if i == 0:
            field_run(p, "begin")
            field_run(p, "instr", ' TOC \\o "1-1" \\h \\z \\u ')
            field_run(p, "separate")
        p.add_run(f"{i + 1}\t{heading}\t{page}")
        if i == len(toc) - 1:
            field_run(p, "end")
    doc.add_page_break()
    for tag, rest in items:
        if tag == "H1":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "H2":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "BUL":
            p = doc.add_paragraph(rest, style="List Bullet")
            p.paragraph_format.left_indent = Cm(1.9)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2024, 12, 9, 9, 4, 0))
    done(path)


# ======== 8. Auchencrag Council (accessible text version for screen-reader users)
def auchencrag():
    name = "auchencrag-council"
    items = parse(name)
    out = all_of(items, "TOP") + ["", first(items, "NOTE"), "", "Contents"]
    out += all_of(items, "CONTENTS")
    out.append("")
    table_head = []
    rows = []
    for tag, rest in items:
        if tag == "PAGE":
            out += [f"[Page {rest}]", ""]
        elif tag == "IMG":
            out += [f"[Image: {rest}]", ""]
        elif tag == "H":
            num, heading = split2(rest)
            out += ["++", f"Heading level 1: Section {num}. {heading}", ""]
        elif tag == "C":
            num, text = split2(rest)
            text = text.replace("{PAGE 4}", "[Page 4]")
            out += [f"{num} {text}", ""]
        elif tag == "TABLE":
            caption = rest
        elif tag == "TH":
            table_head = rest.split("|")
        elif tag == "TR":
            rows.append(rest.split("|"))
            if len(rows) == 3:
                out.append(
                    f"[Table: {caption}. {len(table_head)} columns and {len(rows) + 1} rows, "
                    "including the heading row.]"
                )
                out.append("Column headings: " + "; ".join(table_head) + ".")
                for i, row in enumerate(rows, 1):
                    cells = ". ".join(f"{h}: {c}" for h, c in zip(table_head, row, strict=True))
                    out.append(f"Row {i}. {cells}.")
                out += ["[End of table.]", ""]
        elif tag == "LIST":
            out.append(f"List of {rest} items.")
        elif tag == "LI":
            out.append(f"Bullet: {rest}")
            if rest == all_of(items, "LI")[-1]:
                out += ["End of list.", ""]
    out += ["++", first(items, "ENDNOTE"), ""]
    write_text(name, "txt", "\n".join(out), newline="\r\n")


def main():
    halvershire()
    thurlsby()
    penfarren()
    fordingley()
    hallowby()
    kessworth()
    draycombe()
    auchencrag()
    return 0


if __name__ == "__main__":
    sys.exit(main())
