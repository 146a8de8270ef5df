"""Build the probe-ak documents in docs-ak/ from the sources in docs-ak-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ak.py

Probe AK: eight ORDINARY, current member/officer protocols of invented LOCAL councils (four parish councils of 5, 7,
11 and 15 seats, a town council in England, a town council in Wales, a bilingual Welsh community council and a
Scottish community council), each in a published form that earlier probes did not use, with that form's everyday
noise:
- a tiny parish council's FRONTPAGE-ERA WEB PAGE (.htm, windows-1252): layout tables, a marquee, a FrontPage hit
  counter, spacer images, and each section of the protocol in a <pre> block hard-wrapped at 66 columns with a
  hanging indent (Nether Wyllow, .htm);
- a parish Clerk's EMAIL SENT FROM AN IPAD (Apple Mail): multipart/alternative, both parts quoted-printable, every
  paragraph one long line in the plain part, the HTML part holding Word's pasted list mark-up, "Sent from my iPad"
  (Wrensford, .eml);
- the signed paper copy of a parish protocol PHOTOGRAPHED WITH A PHONE SCANNING APP: grey paper, a slight skew, the
  typed document's footer, a handwritten signature block and the free app's "Scanned with CamScanner" watermark on
  every page (Little Brackenby, .pdf);
- a parish website's automatic TEXT VERSION OF AN OLD .DOC made by a catdoc-style converter: wrapped at 72 columns,
  field instructions left in (TOC, HYPERLINK, PAGEREF, PAGE), "[pic]" for the crest, tab-separated table cells, the
  header and footer after the body, binary leftovers at the end (Hallowfield, .txt);
- a town council's HUGO CONTENT FILE: TOML front matter between "+++" lines, every clause wrapped in a
  {{< clause n="..." >}} shortcode, notice boxes, a summary divider, ref links and param shortcodes (Brisworth, .md);
- a Welsh community council's WELSH-FIRST Word file in which every heading and clause is ONE paragraph: the Welsh,
  a manual line break, then the English in grey italics (Nantgwenith, .docx);
- a Welsh town council's page from the Town Clerk's shared ONENOTE notebook exported to PDF: page title and
  date/time stamp, to-do and "Important" tags, a screen clipping with its "Screen clipping taken" line, list numbers
  restarting under each heading, a "Pasted from <...>" line, no page furniture (Aberdawel, .pdf);
- a Scottish community council's BLOGGER (blogspot) post saved from the browser: date header, post title, the post
  body, "Posted by ... at ...", share buttons, labels, comment form, blog pager and a sidebar with the Blog Archive
  tree (Inverdorran, .html).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed dates, fixed MIME
boundaries and zip timestamps, no randomness.
"""

import datetime as dt
import quopri
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
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

SRC = HERE / "docs-ak-src"
OUT = HERE / "docs-ak"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, _, b = rest.partition("|")
    return a, b


# ======== 1. Nether Wyllow Parish Council (FrontPage-era page, sections in <pre> blocks)
def pre_block(num, text, width=66, indent=4):
    lead = f"{num}.".ljust(indent)
    return textwrap.fill(text, width=width, initial_indent=lead, subsequent_indent=" " * indent, break_on_hyphens=False)


def nether_wyllow():
    name = "nether-wyllow-parish-council"
    items = parse(name)
    site = first(items, "SITE")
    o = []
    w = o.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    w("<html>")
    w("<head>")
    w('<meta http-equiv="Content-Language" content="en-gb">')
    w('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    w('<meta name="GENERATOR" content="Microsoft FrontPage 6.0">')
    w('<meta name="ProgId" content="FrontPage.Editor.Document">')
    w('<meta name="keywords" content="Nether Wyllow, parish council, Wyllow End, Cobb\'s Green, protocol, clerk">')
    w(f"<title>{esc(site)} - Councillor and Clerk Protocol</title>")
    w("<style>")
    w("<!--")
    w("a:link { color: #003300 } a:visited { color: #666633 }")
    w("pre { font-family: 'Courier New', Courier, monospace; font-size: 10pt }")
    w("-->")
    w("</style>")
    w('<script language="JavaScript">')
    w("<!--")
    w(
        "function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)"
        " x.src=x.oSrc; }"
    )
    w("//-->")
    w("</script>")
    w("</head>")
    w("")
    w('<body bgcolor="#FFFFE8" background="images/paper_bg.gif" topmargin="0" leftmargin="0">')
    w('<a name="top"></a>')
    w('<table border="0" cellpadding="0" cellspacing="0" width="780" align="center">')
    w("  <tr>")
    w(
        '    <td colspan="3"><img border="0" src="images/banner_church.jpg" width="780" height="118" '
        f'alt="{esc(site)}"></td>'
    )
    w("  </tr>")
    w("  <tr>")
    w(
        '    <td colspan="3" bgcolor="#336633"><font face="Verdana" size="2" color="#FFFFFF">'
        f'<marquee scrollamount="3">{esc(first(items, "STRAP"))}</marquee></font></td>'
    )
    w("  </tr>")
    w("  <tr>")
    w('    <td width="150" valign="top" bgcolor="#D6D6AD">')
    w('    <p><img border="0" src="images/spacer.gif" width="150" height="10"></p>')
    for lab in all_of(items, "NAV"):
        href = "index.htm" if lab == "Home" else f"{slug(lab)}.htm"
        w(
            f'    <p><font face="Verdana" size="2"><img border="0" src="images/leaf_bullet.gif" width="9" height="9">'
            f'&nbsp;<a href="{href}">{esc(lab)}</a></font></p>'
        )
    w('    <p><img border="0" src="images/spacer.gif" width="150" height="30"></p>')
    w('    <p align="center"><font face="Verdana" size="1">You are visitor number<br>')
    w(
        '    <!--webbot bot="HitCounter" u-custom i-image="0" i-resetvalue="0" b-reset="FALSE" i-digits="6"'
        ' startspan --><img src="_vti_bin/fpcount.exe/?Page=protocol.htm|Image=0|Digits=6" alt="Hit Counter">'
        '<!--webbot bot="HitCounter" i-checksum="21582" endspan --></font></p>'
    )
    w(
        '    <p align="center"><a href="http://www.webring.example/parishring"><img border="0" '
        'src="images/parish_webring.gif" width="88" height="31" alt="Member of the Parish Web Ring"></a></p>'
    )
    w("    </td>")
    w('    <td width="10"><img border="0" src="images/spacer.gif" width="10" height="1"></td>')
    w('    <td width="620" valign="top">')
    w(
        f'    <p align="center"><font face="Verdana" size="4" color="#336633"><b>{esc(first(items, "PAGETITLE"))}'
        "</b></font></p>"
    )
    w(f'    <p align="center"><font face="Verdana" size="2"><i>{esc(first(items, "LEAD"))}</i></font></p>')
    w(
        '    <p align="center"><font face="Verdana" size="1"><a href="javascript:window.print()">'
        '<img border="0" src="images/printer.gif" width="16" height="16"> Print this page</a></font></p>'
    )
    w('    <hr color="#336633" size="1">')
    block = []

    def flush():
        if block:
            w("<pre>")
            w(esc("\n\n".join(block)))
            w("</pre>")
            block.clear()

    for tag, rest in items:
        if tag == "H":
            flush()
            w(f'    <p><font face="Verdana" size="3" color="#336633"><b><u>{esc(rest)}</u></b></font></p>')
        elif tag == "C":
            num, text = split2(rest)
            block.append(pre_block(num, text))
    flush()
    w(f'    <p><font face="Verdana" size="2">{esc(first(items, "END"))}</font></p>')
    w(
        '    <p align="right"><font face="Verdana" size="1"><a href="#top"><img border="0" src="images/up.gif" '
        'width="12" height="12"> Back to top</a></font></p>'
    )
    w("    </td>")
    w("  </tr>")
    w("  <tr>")
    w('    <td colspan="3" bgcolor="#336633"><p align="center"><font face="Verdana" size="1" color="#FFFFFF">')
    w(
        f"    &copy; {esc(site)} 2003-2025 &nbsp;|&nbsp; Webmaster: Cllr P. Hurrell &nbsp;|&nbsp; "
        f"This page was last updated on {first(items, 'UPDATED')}<br>"
    )
    w("    Best viewed at 800 x 600 in Internet Explorer 6 or Netscape 7</font></p></td>")
    w("  </tr>")
    w("</table>")
    w("</body>")
    w("</html>")
    path = OUT / f"{name}.htm"
    path.write_bytes(("\r\n".join(o) + "\r\n").encode("cp1252"))
    done(path)


# ======== 2. Wrensford Parish Council (Apple Mail on an iPad: multipart/alternative, quoted-printable)
APPLE_BOUNDARY = "Apple-Mail-5B8E21C4-3F0A-4D6B-9C7E-0A1B2C3D4E5F"


def qp(text):
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def wrensford():
    name = "wrensford-parish-council"
    items = parse(name)
    cover = all_of(items, "COVER")
    sig = all_of(items, "SIG")
    # plain part: every paragraph one long line, blank line between paragraphs (Apple Mail's own rendering)
    plain = []
    for line in cover[:-1]:
        plain += [line, ""]
    plain += [first(items, "TITLE"), first(items, "SUB"), ""]
    for tag, rest in items:
        if tag == "H":
            num, head = split2(rest)
            plain += [f"{num}. {head}", ""]
        elif tag == "C":
            num, text = split2(rest)
            plain += [f"{num}\t{text}", ""]
    plain += [cover[-1], ""] + sig
    plain_text = "\n".join(plain) + "\n"
    # html part: the iPad's <div dir="ltr"> lines around the block pasted from Word
    h = [
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto"><div dir="ltr"></div>'
    ]
    for line in cover[:-1]:
        h.append(f'<div dir="ltr">{esc(line)}</div><div dir="ltr"><br></div>')
    pstyle = (
        "margin: 0cm 0cm 8pt; line-height: 15.6933px; font-size: 11pt; font-family: Aptos, sans-serif; "
        "caret-color: rgb(0, 0, 0); -webkit-text-size-adjust: auto;"
    )
    h.append('<div dir="ltr"><div class="WordSection1" style="page: WordSection1;">')
    h.append(
        f'<p class="MsoTitle" style="{pstyle}"><b><span lang="EN-GB" style="font-size: 16pt;">'
        f'{esc(first(items, "TITLE"))}</span></b><span lang="EN-GB"><o:p></o:p></span></p>'
    )
    h.append(
        f'<p class="MsoSubtitle" style="{pstyle}"><span lang="EN-GB" style="font-size: 13pt; color: '
        f'rgb(89, 89, 89);">{esc(first(items, "SUB"))}</span><span lang="EN-GB"><o:p></o:p></span></p>'
    )
    gap = (
        '<span style="font-style: normal; font-variant-caps: normal; font-weight: normal; font-stretch: normal; '
        'font-size: 7pt; line-height: normal; font-family: &quot;Times New Roman&quot;;">'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    )
    for tag, rest in items:
        if tag == "H":
            num, head = split2(rest)
            h.append(
                f'<p class="MsoListParagraph" style="{pstyle} margin-left: 18pt; text-indent: -18pt;">'
                f'<!--[if !supportLists]--><b><span lang="EN-GB">{num}.{gap}</span></b><!--[endif]-->'
                f'<b><span lang="EN-GB">{esc(head)}</span></b><span lang="EN-GB"><o:p></o:p></span></p>'
            )
        elif tag == "C":
            num, text = split2(rest)
            h.append(
                f'<p class="MsoListParagraph" style="{pstyle} margin-left: 36pt; text-indent: -36pt;">'
                f'<!--[if !supportLists]--><span lang="EN-GB">{num}{gap}</span><!--[endif]-->'
                f'<span lang="EN-GB">{esc(text)}</span><span lang="EN-GB"><o:p></o:p></span></p>'
            )
    h.append("</div></div>")
    h.append(f'<div dir="ltr"><br></div><div dir="ltr">{esc(cover[-1])}</div><div dir="ltr"><br></div>')
    for line in sig[:-1]:
        h.append(f'<div dir="ltr">{esc(line)}</div>')
    h.append(f'<div dir="ltr"><br></div><div dir="ltr">{esc(sig[-1])}</div></body></html>')
    html_text = "\n".join(h) + "\n"
    msgid = first(items, "MSGID")
    head = [
        "Return-Path: <clerk@wrensford-pc.org.uk>",
        "Received: from smtpclient.apple (host86-158-12-44.range86-158.btcentralplus.com [86.158.12.44])",
        "\tby mail.wrensford-pc.org.uk (Postfix) with ESMTPSA id 4cTk7r0Zq2z9sWd;",
        "\tFri, 19 Sep 2025 08:52:19 +0100 (BST)",
        "Content-Type: multipart/alternative; boundary=" + APPLE_BOUNDARY,
        "Content-Transfer-Encoding: 7bit",
        "From: " + first(items, "FROM"),
        "Mime-Version: 1.0 (1.0)",
        "Subject: " + first(items, "SUBJECT"),
        "Date: " + first(items, "DATE"),
        "Message-Id: <" + msgid + ">",
        "Cc: " + first(items, "CC"),
        "To: " + first(items, "TO"),
        "X-Mailer: iPad Mail (22G86)",
        "",
    ]
    body = [
        "--" + APPLE_BOUNDARY,
        "Content-Type: text/plain;",
        "\tcharset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain_text).rstrip("\n"),
        "--" + APPLE_BOUNDARY,
        "Content-Type: text/html;",
        "\tcharset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_text).rstrip("\n"),
        "--" + APPLE_BOUNDARY + "--",
        "",
    ]
    raw = "\n".join(head + body)
    path = OUT / f"{name}.eml"
    path.write_bytes(raw.replace("\n", "\r\n").encode("ascii"))
    done(path)


# ======== 3. Little Brackenby Parish Council (phone-scanner PDF of the signed paper copy)
class ScanPDF(DejaVuDoc):
    def header(self):
        pass

    def footer(self):
        pass


def lb_blocks(pdf, items, width):
    """(kind, payload, height) blocks in reading order, measured at the typed document's sizes."""
    blocks = []
    F = "Serif"
    for tag, rest in items:
        if tag == "TITLE":
            blocks.append(("title", rest, 9))
        elif tag == "SUB":
            blocks.append(("sub", rest, 12))
        elif tag == "H":
            blocks.append(("h", rest, 9))
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 10.5)
            n = len(pdf.multi_cell(width - 11, 5.4, text, dry_run=True, output="LINES"))
            blocks.append(("c", (num, text), n * 5.4 + 2.6))
        elif tag == "SIGN":
            blocks.append(("sign", rest, 22))
    return blocks


def lb_page(pdf, blocks, page_no, pages, foot, skew):
    W, H = pdf.w, pdf.h
    # the photographed sheet: grey desk at the edges, off-white paper, a shadow at the fold
    pdf.set_fill_color(118, 116, 112)
    pdf.rect(0, 0, W, H, style="F")
    with pdf.rotation(skew, x=W / 2, y=H / 2):
        pdf.set_fill_color(236, 234, 228)
        pdf.rect(4, 3, W - 7, H - 6, style="F")
        pdf.set_fill_color(226, 224, 218)
        pdf.rect(4, H / 2 - 1.5, W - 7, 3, style="F")
        L, R = 24, W - 24
        y = 24
        for kind, payload, hgt in blocks:
            if kind == "title":
                pdf.set_font("Serif", "B", 14)
                pdf.set_xy(L, y)
                pdf.cell(R - L, 7, payload, align="C")
            elif kind == "sub":
                pdf.set_font("Serif", "B", 12)
                pdf.set_xy(L, y)
                pdf.cell(R - L, 7, payload, align="C")
                pdf.set_draw_color(60, 60, 60)
                pdf.line(L + 40, y + 9, R - 40, y + 9)
            elif kind == "h":
                pdf.set_font("Serif", "B", 10.5)
                pdf.set_xy(L, y + 2)
                pdf.cell(R - L, 6, payload)
            elif kind == "c":
                num, text = payload
                pdf.set_font("Serif", "", 10.5)
                pdf.set_xy(L, y)
                pdf.cell(11, 5.4, f"{num}.")
                pdf.set_left_margin(L + 11)
                pdf.set_xy(L + 11, y)
                pdf.multi_cell(R - L - 11, 5.4, text, align="J", **NEXT)
                pdf.set_left_margin(L)
            elif kind == "sign":
                label, role, date = payload.split("|")
                pdf.set_font("Serif", "", 10.5)
                pdf.set_xy(L, y + 8)
                pdf.cell(16, 6, label)
                pdf.cell(62, 6, "." * 48)
                pdf.cell(26, 6, role)
                pdf.cell(14, 6, "Date")
                pdf.cell(0, 6, "." * 30)
                # the handwriting: a signature scrawl and the date written on the dotted line
                pdf.set_draw_color(24, 40, 120)
                pdf.set_line_width(0.45)
                x0, y0 = L + 20, y + 10
                pts = [
                    (x0, y0),
                    (x0 + 6, y0 - 5),
                    (x0 + 9, y0 + 2),
                    (x0 + 15, y0 - 6),
                    (x0 + 19, y0 + 1),
                    (x0 + 27, y0 - 3),
                    (x0 + 36, y0 + 0.5),
                    (x0 + 44, y0 - 2),
                ]
                for a, b in zip(pts, pts[1:], strict=False):
                    pdf.line(a[0], a[1], b[0], b[1])
                pdf.set_line_width(0.2)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_font("Sans", "I", 10)
                pdf.set_text_color(24, 40, 120)
                pdf.set_xy(L + 122, y + 7)
                pdf.cell(40, 6, date)
                pdf.set_text_color(0, 0, 0)
            y += hgt
        pdf.set_font("Serif", "", 8.5)
        pdf.set_xy(L, H - 20)
        pdf.cell(R - L, 5, foot)
        pdf.set_xy(L, H - 20)
        pdf.cell(R - L, 5, f"Page {page_no} of {pages}", align="R")
    # the scanning app's own watermark, square to the page
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(W - 52, H - 11, 48, 7, style="F")
    pdf.set_fill_color(30, 160, 110)
    pdf.rect(W - 51, H - 10, 5, 5, style="F")
    pdf.set_font("Sans", "B", 5.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(W - 51, H - 10)
    pdf.cell(5, 5, "CS", align="C")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_xy(W - 45, H - 10)
    pdf.cell(40, 5, "Scanned with CamScanner")
    pdf.set_text_color(0, 0, 0)


def little_brackenby():
    name = "little-brackenby-parish-council"
    items = parse(name)
    pdf = ScanPDF(format="A4")
    pdf.setup(
        "Scanned Document",
        "CamScanner",
        "CamScanner",
        dt.datetime(2025, 11, 11, 10, 26, 5, tzinfo=dt.UTC),
        producer="intsig.com pdf producer",
    )
    pdf.set_auto_page_break(False)
    pdf.set_margins(24, 24, 24)
    width = pdf.w - 48
    pdf.add_page()  # the first page, needed before anything can be measured
    blocks = lb_blocks(pdf, items, width)
    pages, cur, used = [], [], 0
    limit = pdf.h - 24 - 30
    for i, b in enumerate(blocks):
        need = b[2]
        if b[0] == "h" and i + 1 < len(blocks):
            need += blocks[i + 1][2]
        if cur and used + need > limit:
            pages.append(cur)
            cur, used = [], 0
        cur.append(b)
        used += b[2]
    pages.append(cur)
    skews = (0.55, -0.4, 0.3, -0.65, 0.45)
    foot = first(items, "DOCFOOT")
    for n, page in enumerate(pages, 1):
        if n > 1:
            pdf.add_page()
        lb_page(pdf, page, n, len(pages), foot, skews[(n - 1) % len(skews)])
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Hallowfield Parish Council (catdoc-style text version of an old .doc)
def cat_wrap(text, width=72):
    return textwrap.wrap(text, width=width, break_on_hyphens=False, expand_tabs=False, replace_whitespace=False)


def hallowfield():
    name = "hallowfield-parish-council"
    items = parse(name)
    email = first(items, "EMAIL")
    o = ["[pic]", first(items, "TITLE"), "", first(items, "SUB"), "", first(items, "DOCINFO"), "", "Contents", ""]
    heads = [split2(r) for t, r in items if t == "H"]
    pages = {}
    for i, (num, _head) in enumerate(heads):
        pages[num] = 1 + (i * 4) // 15 + (1 if i else 0)
    first_toc = True
    for i, (num, head) in enumerate(heads):
        bm = f"_Toc18734{1201 + i * 7}"
        pre = ' TOC \\o "1-3" \\h \\z \\u ' if first_toc else ""
        first_toc = False
        o.append(f'{pre} HYPERLINK \\l "{bm}" {num}.\t{head}\t PAGEREF {bm} \\h {pages[num]} ')
    o.append("")
    for tag, rest in items:
        if tag == "H":
            num, head = split2(rest)
            o += ["", f"{num}.\t{head}", ""]
        elif tag == "C":
            num, text = split2(rest)
            o += cat_wrap(f"{num}\t{text}")
            o.append("")
    o.append("\f")
    o.append(first(items, "INTRO"))
    o.append("")
    o.append("\t".join(split2(first(items, "TABLE"))) + "\t")
    for row in all_of(items, "ROW"):
        a, b = split2(row)
        if "enquiries email" in b:
            b = b.replace("councillor enquiries email", f' HYPERLINK "mailto:{email}" councillor enquiries email')
        o.append(f"{a}\t{b}\t")
    o.append("")
    o.append("")
    o.append(first(items, "HEADER"))
    o.append(first(items, "FOOTER") + " PAGE 1 ")
    o.append("")
    o.append(
        "\u00ff\u00ff\u00ff\u00ff        \u00ff\u00ff\u00ff\u00ff  Root Entry  WordDocument  1Table  "
        "SummaryInformation  DocumentSummaryInformation  CompObj  Microsoft Office Word Document  MSWordDoc  "
        "Word.Document.8  \u00f49\u00b2q"
    )
    path = OUT / f"{name}.txt"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 5. Brisworth Town Council (Hugo content file: TOML front matter and shortcodes)
def brisworth():
    name = "brisworth-town-council"
    items = parse(name)
    o = ["+++"] + [r.rstrip() for t, r in items if t == "FM"] + ["+++", ""]
    o += ["{{< lead >}}", first(items, "LEAD"), "{{< /lead >}}", ""]
    o += ["{{< policy-meta >}}", ""]
    o += ["<!--more-->", "", "{{< toc >}}", ""]
    for tag, rest in items:
        if tag == "H":
            num, head = split2(rest)
            o += [f"## {num}. {head} {{#{slug(head)}}}", ""]
            if num == "12":
                o += ["Adopted: {{< param adopted >}} &middot; Next review: {{< param review >}}", ""]
        elif tag == "C":
            num, text = split2(rest)
            o += [f'{{{{< clause n="{num}" >}}}}', text, "{{< /clause >}}", ""]
        elif tag == "NOTICE":
            title, text = split2(rest)
            o += [f'{{{{% notice info "{title}" %}}}}', text, "{{% /notice %}}", ""]
        elif tag == "DOWNLOAD":
            o += [
                'See also: [Complaints procedure]({{< ref "/policies/complaints-procedure" >}}) and '
                '[Dignity at Work Policy]({{< ref "/policies/dignity-at-work" >}}).',
                "",
                f'{{{{< download label="{rest}" size="214 KB" >}}}}',
                "",
            ]
    path = OUT / f"{name}.md"
    path.write_text("\n".join(o), encoding="utf-8")
    done(path)


# ======== 6. Nantgwenith Community Council (Welsh-first: Welsh, line break, English in grey italics)
GREY = RGBColor(0x59, 0x59, 0x59)
NG_GREEN = RGBColor(0x1E, 0x5C, 0x3A)


def set_lang(run, lang):
    rpr = run._r.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    rpr.append(el)


def pair_para(doc, cy, en, num=None, size=10.5, bold=False, colour=None, style=None, space_after=6):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if num:
        pf.left_indent = Cm(1.2)
        pf.first_line_indent = Cm(-1.2)
        pf.tab_stops.add_tab_stop(Cm(1.2))
        r = p.add_run(f"{num}\t")
        r.bold = True
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    r = p.add_run(cy)
    r.font.size = Pt(size)
    r.bold = bold
    if colour:
        r.font.color.rgb = colour
    set_lang(r, "cy-GB")
    r.add_break()
    if num:
        r.add_tab()
    r2 = p.add_run(en)
    r2.italic = True
    r2.bold = bold
    r2.font.size = Pt(size)
    r2.font.color.rgb = GREY
    set_lang(r2, "en-GB")
    return p


def nantgwenith():
    name = "nantgwenith-community-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Clerc / Clerk"
    cp.last_modified_by = "Clerc / Clerk"
    cp.title = "Protocol Aelodau a'r Clerc / Protocol for Members and the Clerk"
    cp.language = "cy-GB"
    cp.created = dt.datetime(2025, 5, 28, 18, 40, 0)
    cp.modified = dt.datetime(2025, 6, 12, 9, 5, 0)
    cp.revision = 7
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = NG_GREEN
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(first(items, "FTR") + " ")
    fr.font.size = Pt(8)
    add_field(fp.add_run(), "PAGE")
    cy, en = split2(first(items, "TITLE"))
    t = pair_para(doc, cy, en, size=18, bold=True, colour=NG_GREEN, space_after=4)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cy, en = split2(first(items, "SUB"))
    s = pair_para(doc, cy, en, size=13, bold=True, space_after=10)
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cy, en = split2(first(items, "NOTE"))
    n = pair_para(doc, cy, en, size=9, space_after=14)
    n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tag, rest in items:
        if tag == "H":
            num, pair = split2(rest)
            cy, en = split2(pair)
            p = pair_para(
                doc, f"{num}. {cy}", en, size=12, bold=True, colour=NG_GREEN, style="Heading 2", space_after=4
            )
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        elif tag == "C":
            num, pair = split2(rest)
            cy, en = split2(pair)
            pair_para(doc, cy, en, num=num)
    doc.add_paragraph()
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for row in all_of(items, "ROW"):
        k, v = split2(row)
        cells = table.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2025, 6, 12, 9, 5, 0))
    done(path)


# ======== 7. Aberdawel Town Council (OneNote page exported to PDF)
ON_BLUE = (46, 116, 181)
ON_GREY = (118, 118, 118)


class OneNotePDF(DejaVuDoc):
    def header(self):
        pass

    def footer(self):
        pass


def aberdawel():
    name = "aberdawel-town-council"
    items = parse(name)
    pdf = OneNotePDF(format="A4")
    app = "Microsoft\u00ae OneNote\u00ae for Microsoft 365"
    pdf.setup(first(items, "PAGETITLE"), app, "Town Clerk", dt.datetime(2025, 7, 3, 8, 44, 0, tzinfo=dt.UTC))
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 10)
    pdf.add_page()
    L = pdf.l_margin
    # page title, its rule, the date and time fields
    pdf.set_font("Sans", "", 19)
    pdf.cell(0, 10, first(items, "PAGETITLE"), **NEXT)
    pdf.set_draw_color(170, 170, 170)
    pdf.line(L, pdf.get_y() + 0.5, L + 110, pdf.get_y() + 0.5)
    pdf.ln(2)
    day, time = split2(first(items, "STAMP"))
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(*ON_GREY)
    pdf.cell(45, 5, day)
    pdf.cell(0, 5, time, **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    # the to-do tags
    for row in all_of(items, "TODO"):
        state, text = split2(row)
        pdf.set_font("Sans", "", 10)
        pdf.cell(6, 5.5, "\u2611" if state == "1" else "\u2610")
        pdf.cell(0, 5.5, text, **NEXT)
    pdf.ln(4)
    # the screen clipping of the crest and its line
    y = pdf.get_y()
    pdf.set_fill_color(232, 238, 246)
    pdf.rect(L, y, 34, 22, style="F")
    pdf.set_draw_color(*ON_BLUE)
    pdf.ellipse(L + 10, y + 4, 14, 14)
    pdf.set_y(y + 23)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*ON_GREY)
    pdf.cell(0, 5, first(items, "CLIP"), **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11.5)
    pdf.multi_cell(0, 6, first(items, "INTRO"), **NEXT)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(196, 140, 0)
    pdf.cell(6, 5.5, "\u2605")
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 5.5, first(items, "IMPORTANT"), **NEXT)
    pdf.ln(2)
    for tag, rest in items:
        if tag == "H":
            if pdf.get_y() > pdf.h - 34:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "", 13.5)
            pdf.set_text_color(*ON_BLUE)
            pdf.cell(0, 7.5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font("Sans", "", 10)
            pdf.set_x(L + 4)
            pdf.cell(7, 5.3, f"{num}.")
            pdf.set_left_margin(L + 11)
            pdf.set_x(L + 11)
            pdf.multi_cell(0, 5.3, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(0.8)
        elif tag == "PASTED":
            pdf.ln(3)
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(*ON_GREY)
            pdf.set_x(L + 4)
            pdf.multi_cell(0, 4.5, f"Pasted from <{rest}>", **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 8. Inverdorran Community Council (Blogger post saved from the browser)
BLOG = "https://inverdorrancc.blogspot.com"


def inverdorran():
    name = "inverdorran-community-council"
    items = parse(name)
    title = first(items, "BLOGTITLE")
    post = first(items, "POSTTITLE")
    purl = f"{BLOG}/2025/10/protocol-for-members-and-clerk-agreed-at.html"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(
        "<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' "
        "xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
        "xmlns:expr='http://www.google.com/2005/gml/expr'>"
    )
    w("<head>")
    w("<meta content='width=1100' name='viewport'/>")
    w("<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>")
    w("<meta content='blogger' name='generator'/>")
    w(f"<link href='{purl}' rel='canonical'/>")
    w(
        f"<link rel='alternate' type='application/atom+xml' title='{esc(title)} - Atom' "
        f"href='{BLOG}/feeds/posts/default'/>"
    )
    w(f"<meta content='{purl}' property='og:url'/>")
    w(f"<meta content='{esc(post)}' property='og:title'/>")
    w(f"<title>{esc(title)}: {esc(post)}</title>")
    w("<style id='page-skin-1' type='text/css'><!--")
    w("/* Name: Simple  Designer: Blogger  URL: www.blogger.com */")
    w("body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; }")
    w("--></style>")
    w("</head>")
    w("<body class='loading'>")
    w(
        "<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' "
        "id='Navbar1'><iframe src='https://www.blogger.com/navbar/4471023958811462210?origin=https://"
        "inverdorrancc.blogspot.com' height='30px' width='100%' frameborder='0' scrolling='no' title='Blogger "
        "navigation bar'></iframe></div></div>"
    )
    w("<div class='body-fauxcolumns'></div><div class='content'><div class='content-outer'>")
    w(
        "<header><div class='header-outer'><div class='header section' id='header' name='Header'>"
        "<div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'>"
    )
    w(f"<h1 class='title'><a href='{BLOG}/'>{esc(title)}</a></h1></div>")
    w(
        f"<div class='descriptionwrapper'><p class='description'><span>{esc(first(items, 'BLOGDESC'))}</span></p>"
        "</div></div></div></div></div></header>"
    )
    w(
        "<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' "
        "data-version='1' id='PageList1'><h2>Pages</h2><div class='widget-content'><ul>"
    )
    for i, pg in enumerate(all_of(items, "PAGE")):
        href = f"{BLOG}/" if i == 0 else f"{BLOG}/p/{slug(pg)}.html"
        w(f"<li><a href='{href}'>{esc(pg)}</a></li>")
    w("</ul></div></div></div></div>")
    w("<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>")
    w(
        "<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' "
        "name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>"
    )
    w("<div class='date-outer'>")
    w(f"<h2 class='date-header'><span>{esc(first(items, 'DATE'))}</span></h2>")
    w("<div class='date-posts'><div class='post-outer'>")
    w(
        "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' "
        "itemtype='http://schema.org/BlogPosting'>"
    )
    w("<meta content='4471023958811462210' itemprop='blogId'/><meta content='8120937745510032871' itemprop='postId'/>")
    w("<a name='8120937745510032871'></a>")
    w(f"<h3 class='post-title entry-title' itemprop='name'>{esc(post)}</h3>")
    w("<div class='post-header'><div class='post-header-line-1'></div></div>")
    w("<div class='post-body entry-content' id='post-body-8120937745510032871' itemprop='description articleBody'>")
    for tag, rest in items:
        if tag == "H":
            w(f'<h4 style="text-align: left;">{esc(rest)}</h4>')
        elif tag == "C":
            num, text = split2(rest)
            w(f'<p style="text-align: justify;"><b>{num}.</b>&nbsp;{esc(text)}</p>')
    w(
        '<p style="text-align: left;"><span style="font-size: x-small;"><i>Copies can be had from the Clerk, or at '
        "the Inverdorran Hall noticeboard.</i></span></p>"
    )
    w("<div style='clear: both;'></div></div>")
    author = first(items, "AUTHOR")
    hhmm, iso = split2(first(items, "TIME"))
    w("<div class='post-footer'><div class='post-footer-line post-footer-line-1'>")
    w(
        f"<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' "
        f"itemtype='http://schema.org/Person'><span itemprop='name'>{esc(author)}</span></span></span>"
    )
    w(
        f"<span class='post-timestamp'>at <meta content='{purl}' itemprop='url'/><a class='timestamp-link' "
        f"href='{purl}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' "
        f"title='{iso}'>{hhmm}</abbr></a></span>"
    )
    w(
        "<span class='post-comment-link'></span><span class='post-icons'><span class='item-control "
        "blog-admin'></span></span>"
    )
    w("<div class='post-share-buttons goog-inline-block'>")
    for lab, cls in (
        ("Email This", "email"),
        ("BlogThis!", "blog"),
        ("Share to X", "twitter"),
        ("Share to Facebook", "facebook"),
        ("Share to Pinterest", "pinterest"),
    ):
        w(
            f"<a class='goog-inline-block share-button sb-{cls}' href='#' target='_blank' title='{lab}'>"
            f"<span class='share-button-link-text'>{lab}</span></a>"
        )
    w("</div></div>")
    labels = all_of(items, "LABEL")
    w("<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels:")
    w(
        ", ".join(
            f"<a href='{BLOG}/search/label/{esc(lb).replace(' ', '%20')}' rel='tag'>{esc(lb)}</a>" for lb in labels
        )
    )
    w("</span></div><div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>")
    w("</div></div>")
    w("<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4>")
    w("<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>")
    w(
        "<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a>"
        "<h4 id='comment-post-message'>Post a Comment</h4><p></p>"
        "<a href='https://www.blogger.com/comment/frame/4471023958811462210?po=8120937745510032871&amp;hl=en-GB' "
        "id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize "
        "blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' "
        "src='' width='100%'></iframe></div></p></div>"
    )
    w("</div></div></div></div>")
    w("<div class='blog-pager' id='blog-pager'>")
    w(
        f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{BLOG}/' title='Newer Post'>"
        "Newer Post</a></span>"
    )
    w(
        f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' "
        f"href='{BLOG}/2025/09/minutes-of-annual-general-meeting-25.html' title='Older Post'>Older Post</a></span>"
    )
    w(f"<a class='home-link' href='{BLOG}/'>Home</a></div><div class='clear'></div>")
    w(
        "<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' "
        f"href='{BLOG}/feeds/8120937745510032871/comments/default' target='_blank' "
        "type='application/atom+xml'>Post Comments (Atom)</a></div></div>"
    )
    w("</div></div></div></div>")
    # sidebar
    w(
        "<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' "
        "id='sidebar-right-1'>"
    )
    w(
        "<div class='widget Text' data-version='1' id='Text1'><h2 class='title'>About us</h2>"
        f"<div class='widget-content'>{esc(first(items, 'ABOUT'))}</div></div>"
    )
    w(
        "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2>"
        "<div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>"
    )
    w("<ul class='hierarchy'>")
    open_year = None
    for row in all_of(items, "ARCHIVE"):
        year, ycount, month, mcount, ptitle = (row.split("|") + [""] * 5)[:5]
        year, ycount, month, mcount, ptitle = (x.strip() for x in (year, ycount, month, mcount, ptitle))
        if year != open_year:
            if open_year is not None:
                w("</ul></li>")
            expanded = "expanded" if year == "2025" else "collapsed"
            toggle = "&#9660;&nbsp;" if year == "2025" else "&#9658;&nbsp;"
            w(
                f"<li class='archivedate {expanded}'><a class='toggle' href='javascript:void(0)'>"
                f"<span class='zippy'>{toggle}</span></a><a class='post-count-link' href='{BLOG}/{year}/'>{year}</a> "
                f"<span class='post-count' dir='ltr'>({ycount})</span><ul class='hierarchy'>"
            )
            open_year = year
        if month:
            mnum = {"October": "10", "September": "09", "August": "08", "June": "06"}[month]
            expanded = "expanded" if ptitle else "collapsed"
            toggle = "&#9660;&nbsp;" if ptitle else "&#9658;&nbsp;"
            w(
                f"<li class='archivedate {expanded}'><a class='toggle' href='javascript:void(0)'><span "
                f"class='zippy'>{toggle}</span></a><a class='post-count-link' href='{BLOG}/{year}/{mnum}/'>{month}</a> "
                f"<span class='post-count' dir='ltr'>({mcount})</span>"
            )
            if ptitle:
                w(f"<ul class='posts'><li><a href='{purl}'>{esc(ptitle)}</a></li></ul>")
            w("</li>")
    w("</ul></li></ul>")
    w("</div></div><div class='clear'></div></div></div>")
    w(
        "<div class='widget Followers' data-version='1' id='Followers1'><h2 class='title'>Followers</h2>"
        "<div class='widget-content'><div id='Followers1-wrapper'></div></div></div>"
    )
    w(
        "<div class='widget ReportAbuse' data-version='1' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' "
        "href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>Report Abuse</a></h3>"
        "</div>"
    )
    w("</div></aside></div></div>")
    w("</div></div></div>")
    w(
        "<footer><div class='footer-outer'><div class='foot section' id='footer-3'><div class='widget Attribution' "
        "data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>"
        "Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>"
        "</div></footer>"
    )
    w("</div></div>")
    w("</body>")
    w("</html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


def main():
    nether_wyllow()
    wrensford()
    little_brackenby()
    hallowfield()
    brisworth()
    nantgwenith()
    aberdawel()
    inverdorran()
    return 0


if __name__ == "__main__":
    sys.exit(main())
