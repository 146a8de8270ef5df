"""Build the probe-an documents in docs-an/ from the sources in docs-an-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_an.py

Probe AN: eight ORDINARY, current member/officer protocols of invented PRINCIPAL councils (district, borough,
London borough, metropolitan borough, county, unitary, Welsh county borough, Scottish council), each in a published
form that earlier probes did not use, with that form's everyday noise:
- a district's protocol that survives only inside an Exchange Online NON-DELIVERY REPORT ("Undeliverable: ..."):
  multipart/report with the NDR's text and HTML, a message/delivery-status part and the original Thunderbird
  message as message/rfc822, its text/plain body format=flowed (soft line breaks as trailing spaces, space-stuffed
  lines), 8bit UTF-8, a "-- " signature (Mellorby, .eml);
- a borough's constitution page as an ARCHIVE.TODAY SNAPSHOT saved from the browser: the archive's header bar
  (saved from, capture date in UTC, history, screenshot, share, download), the captured page flattened into inline
  styles with no classes, every link rewritten to archive.ph/o/..., the captured cookie banner, menus and footer
  (Castlewick, .html);
- a London borough's designed A5 POCKET GUIDE PDF whose paragraph numbers sit in coloured BADGES drawn as separate
  frames after each page's text, so the text layer gives every page's numbers after its paragraphs (Stanmead, .pdf);
- a metropolitan borough's Word file CONVERTED BY PANDOC to Markdown: YAML title block, the crest image with its
  size attributes, the contents field as link lines, "[]{#_Toc... .anchor}" bookmarks in the headings, and each
  section's clauses in a "No. | Provision" table written as a pandoc GRID TABLE with the text wrapped inside the
  cell borders (Hebbleworth, .md);
- a county's booklet as the PRINTER'S PROOF PDF: A5 pages on A4 sheets with crop and bleed marks, registration
  targets, a colour bar and the layout program's SLUG LINE (file name, page, date, time) on every sheet, ahead of the
  page's own text in the text layer (Sallowshire, .pdf);
- a unitary council's CORPORATE POLICY TEMPLATE in Word: policy information table, typed numbers, a definitions
  table, an Equality Impact Assessment screening table, a consultation log and related documents list, OFFICIAL
  header/footer with PAGE and NUMPAGES fields (Kestermoor, .docx);
- a Welsh county borough's Word file SAVED AS PLAIN TEXT WITH WORD'S "UNICODE" ENCODING: UTF-16 little-endian with
  a byte-order mark, CRLF, one paragraph a line, list numbers followed by a tab, the contents field as
  "entry<TAB>page" lines, a tab-separated table, bilingual headings (Nantyrallt, .txt);
- a Scottish council's page on its CMIS COMMITTEE-INFORMATION SITE (ASP.NET / DotNetNuke): __VIEWSTATE and
  __EVENTVALIDATION blobs, ScriptResource links, the skin's panes, login links, the CMIS menu, breadcrumb, the
  protocol in an HTML module with paragraphs 1 to 38, and DNN's copyright / Terms Of Use / Privacy Statement footer
  (Ardmuirn, .html).
No document holds text that is not the current rule. Shared helpers come from gen_common.py; the PDFs use the
DejaVu faces. Deterministic: fixed dates, fixed zip timestamps, pseudo-random blobs from fixed seeds.
"""

import base64
import datetime as dt
import hashlib
import quopri
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
    shade_cell,
    slug,
)

SRC = HERE / "docs-an-src"
OUT = HERE / "docs-an"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, _, b = rest.partition("|")
    return a, b


def write_bytes(name, ext, data):
    path = OUT / f"{name}.{ext}"
    path.write_bytes(data)
    done(path)


def keep(pdf, text, w, lh, extra=0):
    """Start a new page unless `text` (wrapped to width w, line height lh) and `extra` fit on this one; the dry run
    is made with automatic page breaks off (a dry run that breaks the page would run, then discard, the page's
    footer)."""
    apb, bm = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False)
    h = len(pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")) * lh + extra
    pdf.set_auto_page_break(apb, bm)
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()


def blob(seed, n):
    """n pseudo-random bytes from a fixed seed (sha256 in counter mode)."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).digest()
        i += 1
    return out[:n]


# ======== 1. Mellorby District Council (non-delivery report holding the original format=flowed email)
def flow(paragraph, width=72):
    """One paragraph as format=flowed lines: soft breaks are a trailing space, lines starting with a space, '>'
    or 'From ' are space-stuffed (RFC 3676)."""
    lines = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False) or [""]
    out = [line + " " for line in lines[:-1]] + [lines[-1]]
    return [(" " + ln) if ln.startswith((" ", ">", "From ")) else ln for ln in out]


def mellorby():
    name = "mellorby-district-council"
    items = parse(name)
    paras = []
    for line in all_of(items, "OPEN"):
        paras.append(line)
    paras.append(first(items, "TITLE"))
    paras.append(first(items, "SUB"))
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            paras.append(f"{num}. {heading.upper()}")
        elif tag == "C":
            num, text = split2(rest)
            paras.append(f"{num} {text}")
    body = []
    for p in paras:
        body += flow(p)
        body.append("")
    body += all_of(items, "CLOSE") + ["", "Priya", "", "-- "] + all_of(items, "SIG")
    original_text = "\r\n".join(body) + "\r\n"
    subject = "Member/Officer Protocol adopted by Council on 22 July 2025"
    orig_id = "<5f1c9a2e-8d44-4b7a-9e31-0c6d2a7b8e90@mellorby.gov.uk>"
    bad = "cllr.roy.ashdown@mellorby.gov.uk"
    original = [
        f"Message-ID: {orig_id}",
        "Date: Thu, 24 Jul 2025 10:40:52 +0100",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-GB",
        "To: All Councillors <all.councillors@mellorby.gov.uk>",
        "From: Priya Castell <priya.castell@mellorby.gov.uk>",
        f"Subject: {subject}",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    ndr_plain = "\r\n".join(
        [
            "Delivery has failed to these recipients or groups:",
            "",
            bad,
            "The address you sent to couldn't be found at mellorby.gov.uk. Check the spelling of the address and",
            "send the message again. If it still can't be delivered, contact the IT Service Desk.",
            "",
            "",
            "",
            "",
            "",
            "Diagnostic information for administrators:",
            "",
            "Generating server: LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM",
            "",
            bad,
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address"
            " lookup'",
            "",
            "Original message headers:",
            "",
            "Received: from mail.mellorby.gov.uk (192.0.2.41) by LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM",
            " with Microsoft SMTP Server id 15.20.8901.12; Thu, 24 Jul 2025 09:41:05 +0000",
            f"Message-ID: {orig_id}",
            "Date: Thu, 24 Jul 2025 10:40:52 +0100",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "To: All Councillors <all.councillors@mellorby.gov.uk>",
            "From: Priya Castell <priya.castell@mellorby.gov.uk>",
            f"Subject: {subject}",
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: 8bit",
            "",
        ]
    )
    ndr_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
        '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><div style="background-color:#FFEFEF;'
        'padding:10px"><p style="font-size:15pt;color:#C00000;margin:0">Your message to '
        f'<a href="mailto:{bad}">{bad}</a> couldn\'t be delivered.</p></div>'
        '<table style="width:100%;margin-top:12px"><tr><td style="font-size:11pt">priya.castell</td>'
        '<td style="font-size:11pt;text-align:center">Office 365</td>'
        '<td style="font-size:11pt;text-align:right;color:#C00000">cllr.roy.ashdown</td></tr>'
        '<tr><td>Sender</td><td></td><td style="text-align:right;color:#C00000"><b>Action Required</b></td></tr>'
        "</table>"
        '<p style="font-size:12pt;font-weight:bold">Unknown To address</p>'
        '<p style="font-size:10pt">The address you sent to couldn\'t be found at mellorby.gov.uk. Check the '
        "spelling of the address and send the message again. If it still can't be delivered, contact the IT "
        "Service Desk.</p>"
        '<p style="font-size:9pt;color:#666666">Diagnostic information for administrators:</p>'
        '<p style="font-size:9pt;color:#666666">Generating server: LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM<br>'
        f"{bad}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
        "SMTP address lookup'</p></div></body></html>"
    )
    outer_b = "_000_e7b0a3e151c24d1e8c0f2b9a0d6f4c11LO2P265MB3321GBRP265PR_"
    alt_b = "_001_e7b0a3e151c24d1e8c0f2b9a0d6f4c11LO2P265MB3321GBRP265PR_"
    qp = lambda s: quopri.encodestring(s.replace("\r\n", "\n").encode("ascii")).decode("ascii").replace("\n", "\r\n")  # noqa: E731
    head = [
        "Received: from LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2b1::7) by",
        " LO2P265MB1094.GBRP265.PROD.OUTLOOK.COM with HTTPS; Thu, 24 Jul 2025 09:41:07 +0000",
        "From: Microsoft Outlook",
        "\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mellorby.gov.uk>",
        "To: <priya.castell@mellorby.gov.uk>",
        "Date: Thu, 24 Jul 2025 09:41:07 +0000",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{outer_b}"',
        "Content-Language: en-GB",
        "Message-ID: <e7b0a3e1-51c2-4d1e-8c0f-2b9a0d6f4c11@LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM>",
        f"In-Reply-To: {orig_id}",
        f"References: {orig_id}",
        "MIME-Version: 1.0",
        f"Subject: Undeliverable: {subject}",
        "Auto-Submitted: auto-replied",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Message-Is-Ndr:",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-AuthSource: LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "",
        "This is a multi-part message in MIME format.",
        "",
    ]
    parts = [
        f"--{outer_b}",
        f'Content-Type: multipart/alternative; differences=Content-Type; boundary="{alt_b}"',
        "",
        f"--{alt_b}",
        'Content-Type: text/plain; charset="us-ascii"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(ndr_plain),
        "",
        f"--{alt_b}",
        'Content-Type: text/html; charset="us-ascii"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(ndr_html),
        "",
        f"--{alt_b}--",
        "",
        f"--{outer_b}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns;LO2P265MB3321.GBRP265.PROD.OUTLOOK.COM",
        "Received-From-MTA: dns;mail.mellorby.gov.uk",
        "Arrival-Date: Thu, 24 Jul 2025 09:41:05 +0000",
        "",
        f"Original-Recipient: rfc822;{bad}",
        f"Final-Recipient: rfc822;{bad}",
        "Action: failed",
        "Status: 5.1.10",
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "",
        f"--{outer_b}",
        "Content-Type: message/rfc822",
        "",
    ]
    text = "\r\n".join(head + parts + original) + "\r\n" + original_text + "\r\n" + f"--{outer_b}--\r\n"
    write_bytes(name, "eml", text.encode("utf-8"))


# ======== 2. Castlewick Borough Council (archive.today snapshot of the constitution page)
SNAP = "r7TqB"
CW_SITE = "https://www.castlewick.gov.uk"
CW_PAGE = CW_SITE + "/council-and-democracy/constitution/member-and-officer-relations-protocol"
FONT = "font-family:&quot;Source Sans 3&quot;, Arial, Helvetica, sans-serif;"
STY = {
    "body": "margin:0px;padding:0px;color:rgb(33, 33, 33);" + FONT + "font-size:17px;line-height:26px;",
    "div": "box-sizing:border-box;",
    "banner": "box-sizing:border-box;background-color:rgb(243, 242, 241);padding:20px 15px;border-bottom:"
    "1px solid rgb(177, 180, 182);",
    "btn": "box-sizing:border-box;display:inline-block;margin:0px 15px 0px 0px;padding:8px 12px;"
    "background-color:rgb(0, 94, 66);color:rgb(255, 255, 255);font-weight:700;font-size:16px;border:0px none;",
    "hdr": "box-sizing:border-box;background-color:rgb(0, 94, 66);color:rgb(255, 255, 255);padding:12px 15px;",
    "nav": "box-sizing:border-box;display:inline-block;margin:0px 18px 0px 0px;color:rgb(255, 255, 255);"
    "text-decoration:underline;font-size:16px;",
    "crumb": "box-sizing:border-box;font-size:15px;color:rgb(80, 90, 95);padding:10px 0px;",
    "a": "color:rgb(0, 94, 66);text-decoration:underline;",
    "h1": "box-sizing:border-box;font-size:36px;line-height:40px;font-weight:700;margin:30px 0px 20px;"
    "color:rgb(11, 12, 12);",
    "h2": "box-sizing:border-box;font-size:24px;line-height:30px;font-weight:700;margin:30px 0px 15px;"
    "color:rgb(11, 12, 12);",
    "lead": "box-sizing:border-box;font-size:19px;line-height:28px;margin:0px 0px 15px;",
    "p": "box-sizing:border-box;margin:0px 0px 15px;",
    "num": "box-sizing:border-box;font-weight:700;display:inline-block;min-width:42px;",
    "foot": "box-sizing:border-box;background-color:rgb(243, 242, 241);border-top:4px solid rgb(0, 94, 66);"
    "padding:25px 15px;font-size:15px;margin-top:40px;",
}


def arch(url):
    return f"https://archive.ph/o/{SNAP}/{url}"


def castlewick():
    name = "castlewick-borough-council"
    items = parse(name)
    title = first(items, "TITLE")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(
        '<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" '
        'itemtype="http://schema.org/Article" style="left:0px !important;width:100% !important;'
        'overflow:auto !important;">'
    )
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html;charset=utf-8">')
    w('<meta name="robots" content="index,noarchive">')
    w(f'<meta itemprop="url" content="{CW_PAGE}">')
    w(f'<meta property="og:url" content="https://archive.ph/{SNAP}">')
    w(f'<meta property="og:title" content="{esc(title)} | Castlewick Borough Council">')
    w('<meta property="og:site_name" content="archive.ph">')
    w('<meta itemprop="dateModified" content="2025-08-14T09:12:33Z">')
    w(f'<link rel="canonical" href="https://archive.ph/{SNAP}">')
    w(f'<link rel="bookmark" href="https://archive.ph/2025.08.14-091233/{CW_PAGE}">')
    w(f"<title>{esc(title)} | Castlewick Borough Council</title>")
    w(
        "<style>#HEADER{background:#f6f6f6;border-bottom:1px solid #ccc}#HEADER td{font-family:Arial,"
        "sans-serif;font-size:11px;color:#444}#HEADER a{color:#1a0dab}.THUMBS-BLOCK{display:inline-block}"
        "#CONTENT{overflow:hidden}</style>"
    )
    w("</head>")
    w('<body style="margin:0;padding:0;background-color:#FFFFFF">')
    # the archive's own header bar
    w('<center><div id="HEADER" style="padding:4px 0">')
    w('<table style="width:1028px;font-size:10px;border-collapse:collapse" border="0">')
    w("<tr>")
    w(
        '<td rowspan="2" style="width:110px;vertical-align:top"><a href="https://archive.ph/" '
        'style="color:#1a0dab"><img style="width:98px;height:39px;border:0" '
        'src="https://archive.ph/logo-full.png" alt="archive.today"></a><br>webpage capture</td>'
    )
    w(
        '<td style="font-weight:bold;text-align:left;white-space:nowrap">Saved from</td>'
        f'<td style="width:100%;text-align:left"><input style="width:96%;font-size:11px;border:1px solid #ccc" '
        f'type="text" name="q" value="{CW_PAGE}"></td>'
        '<td style="text-align:right;white-space:nowrap"><a href="https://archive.ph/search/?q='
        'castlewick.gov.uk">search</a></td>'
    )
    w(
        '<td rowspan="2" style="text-align:center;white-space:nowrap;padding:0 8px">'
        '<span style="font-size:14px;font-weight:bold">14 Aug 2025 09:12:33 UTC</span></td>'
    )
    w("</tr>")
    w("<tr>")
    w(
        '<td colspan="3" style="text-align:left;white-space:nowrap">history <span style="color:#999">'
        '&larr;prior</span> <span style="color:#999">next&rarr;</span> &nbsp; '
        '<a href="https://archive.ph/www.castlewick.gov.uk">All snapshots</a> from host '
        '<a href="https://archive.ph/www.castlewick.gov.uk">www.castlewick.gov.uk</a></td>'
    )
    w("</tr>")
    w(
        '<tr><td></td><td colspan="4" style="text-align:left;padding-top:3px">'
        '<a href="#" style="font-weight:bold">Webpage</a> &nbsp; '
        f'<a href="https://archive.ph/{SNAP}/image">Screenshot</a> &nbsp; &nbsp; '
        f'<a href="https://archive.ph/{SNAP}/share">share</a> &nbsp; '
        f'<a href="https://archive.ph/download/{SNAP}.zip">download .zip</a> &nbsp; '
        '<a href="https://archive.ph/abuse">report bug or abuse</a> &nbsp; '
        '<a href="https://archive.ph/donate">Buy me a coffee</a></td></tr>'
    )
    w("</table></div></center>")
    # the captured page, flattened into inline styles
    w('<div id="CONTENT" style="text-align:left">')
    w(f'<div style="position:relative;width:1024px;margin:0px auto;{STY["body"]}">')
    w(f'<div style="{STY["banner"]}">')
    w(
        f'<div style="{STY["div"]}font-size:24px;line-height:30px;font-weight:700;margin-bottom:10px;">'
        "Cookies on castlewick.gov.uk</div>"
    )
    w(
        f'<p style="{STY["p"]}">We use some essential cookies to make this website work. We would also like to set '
        "analytics cookies to understand how you use the site, so that we can improve it.</p>"
    )
    w(
        f'<div style="{STY["div"]}"><button style="{STY["btn"]}" type="button">Accept analytics cookies</button>'
        f'<button style="{STY["btn"]}" type="button">Reject analytics cookies</button>'
        f'<a href="{arch(CW_SITE + "/cookies")}" style="{STY["a"]}">View cookies</a></div>'
    )
    w("</div>")
    w(f'<div style="{STY["hdr"]}">')
    w(
        f'<a href="{arch(CW_SITE + "/")}" style="color:rgb(255, 255, 255);"><img alt="Castlewick Borough Council" '
        f'src="https://archive.ph/{SNAP}/8c1f2b7e4a9d0c3e5f6a7b8c9d0e1f2a3b4c5d6e.png" '
        'style="width:210px;height:52px;border:0px none;vertical-align:middle;"></a>'
    )
    w(
        f'<div style="{STY["div"]}float:right;margin-top:10px;"><input type="text" value="" '
        'placeholder="Search this website" style="width:260px;padding:6px;border:2px solid rgb(11, 12, 12);'
        'font-size:16px;"><button style="padding:6px 10px;background-color:rgb(11, 12, 12);color:rgb(255, 255, '
        '255);border:0px none;font-size:16px;" type="button">Search</button></div>'
    )
    w(f'<div style="{STY["div"]}margin-top:14px;">')
    for label, path in [
        ("Bins and recycling", "/bins-and-recycling"),
        ("Council tax", "/council-tax"),
        ("Planning", "/planning"),
        ("Housing", "/housing"),
        ("Parking", "/parking"),
        ("Leisure and culture", "/leisure-and-culture"),
        ("Council and democracy", "/council-and-democracy"),
    ]:
        w(f'<a href="{arch(CW_SITE + path)}" style="{STY["nav"]}">{esc(label)}</a>')
    w("</div></div>")
    w(f'<div style="{STY["div"]}padding:0px 15px;">')
    w(f'<div style="{STY["crumb"]}">')
    crumbs = [
        ("Home", "/"),
        ("Council and democracy", "/council-and-democracy"),
        ("Constitution", "/council-and-democracy/constitution"),
    ]
    w(
        " &rsaquo; ".join(f'<a href="{arch(CW_SITE + p)}" style="{STY["a"]}">{esc(t)}</a>' for t, p in crumbs)
        + f" &rsaquo; <span>{esc(title)}</span>"
    )
    w("</div>")
    w(f'<h1 style="{STY["h1"]}">{esc(title)}</h1>')
    for lead in all_of(items, "LEAD"):
        w(f'<p style="{STY["lead"]}">{esc(lead)}</p>')
    w(
        f'<div style="{STY["div"]}border-left:5px solid rgb(177, 180, 182);padding:0px 0px 0px 15px;'
        'margin:20px 0px;"><div style="font-weight:700;">On this page</div>'
    )
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            w(
                f'<div style="{STY["div"]}"><a href="{arch(CW_PAGE)}#{slug(heading)}" style="{STY["a"]}">'
                f"{esc(num)}. {esc(heading)}</a></div>"
            )
    w("</div>")
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            w(f'<h2 style="{STY["h2"]}">{esc(num)}. {esc(heading)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(f'<p style="{STY["p"]}"><span style="{STY["num"]}">{esc(num)}</span> {esc(text)}</p>')
    w(f'<p style="{STY["p"]}font-size:15px;color:rgb(80, 90, 95);margin-top:30px;">{esc(first(items, "UPDATED"))}</p>')
    w(
        f'<div style="{STY["div"]}border:1px solid rgb(177, 180, 182);padding:15px;margin:20px 0px;">'
        '<span style="font-weight:700;">Is this page useful?</span> '
        f'<button style="{STY["btn"]}" type="button">Yes</button>'
        f'<button style="{STY["btn"]}" type="button">No</button> '
        f'<a href="{arch(CW_SITE + "/report-a-problem")}" style="{STY["a"]}">Report a problem with this page</a>'
        "</div>"
    )
    w("</div>")
    w(f'<div style="{STY["foot"]}">')
    for label, path in [
        ("Contact us", "/contact-us"),
        ("Accessibility statement", "/accessibility"),
        ("Privacy notice", "/privacy"),
        ("Cookies", "/cookies"),
        ("Jobs", "/jobs"),
    ]:
        w(f'<a href="{arch(CW_SITE + path)}" style="{STY["a"]}margin-right:18px;">{esc(label)}</a>')
    w(
        f'<p style="{STY["p"]}margin-top:15px;">Castlewick Borough Council, Civic Centre, Abbey Road, '
        "Castlewick CW7 1AB</p>"
    )
    w(f'<p style="{STY["p"]}">&copy; Castlewick Borough Council 2025</p>')
    w("</div>")
    w("</div></div>")
    w("</body>")
    w("</html>")
    write_bytes(name, "html", ("\n".join(o) + "\n").encode("utf-8"))


# ======== 3. London Borough of Stanmead (A5 pocket guide, number badges drawn after each page's text)
ST_TEAL = (0, 112, 120)
ST_PINK = (196, 30, 98)


class BadgePDF(DejaVuDoc):
    foot = ""
    badges: list = []
    show_footer = True

    def footer(self):
        # the badge frames: drawn last, after the page's text
        for y, num in self.badges:
            self.set_fill_color(*ST_PINK)
            self.rect(self.l_margin - 15, y - 0.4, 12.5, 5.8, style="F", round_corners=True, corner_radius=1.8)
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 7.6)
            self.set_xy(self.l_margin - 15, y)
            self.cell(12.5, 5, num, align="C")
        self.badges = []
        self.set_text_color(0, 0, 0)
        if not self.show_footer:
            return
        self.set_y(-11)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*ST_TEAL)
        self.set_x(12)
        self.cell(self.w - 24, 4, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


def stanmead():
    name = "london-borough-of-stanmead"
    items = parse(name)
    pdf = BadgePDF(format=(148, 210))
    pdf.badges = []
    pdf.setup(
        "Working together - The Member/Officer Protocol",
        "Adobe InDesign 20.3 (Windows)",
        "London Borough of Stanmead",
        dt.datetime(2025, 7, 24, 11, 5, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 17.0",
    )
    pdf.foot = "London Borough of Stanmead  \u00b7  Working together  \u00b7  {n}"
    pdf.set_margins(30, 14, 12)
    pdf.set_auto_page_break(True, 16)
    cover = all_of(items, "COVER")
    pdf.show_footer = False
    pdf.add_page()
    pdf.set_fill_color(*ST_TEAL)
    pdf.rect(0, 0, pdf.w, 120, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 20)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, cover[0], new_x="LEFT", new_y="NEXT")
    pdf.set_xy(14, 58)
    pdf.set_font("Sans", "B", 28)
    pdf.cell(0, 12, cover[1], new_x="LEFT", new_y="NEXT")
    pdf.set_x(14)
    pdf.set_font("Sans", "", 15)
    pdf.cell(0, 8, cover[2], new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(14, 134)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, cover[3], new_x="LEFT", new_y="NEXT")
    pdf.set_x(14)
    pdf.cell(0, 6, cover[4], new_x="LEFT", new_y="NEXT")
    pdf.set_fill_color(*ST_PINK)
    pdf.rect(14, 190, 40, 3, style="F")
    pdf.add_page()
    pdf.show_footer = True
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            pdf.set_font("Sans", "B", 10.5)
            keep(pdf, heading, pdf.epw, 6, extra=26)
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_fill_color(*ST_TEAL)
            pdf.rect(12, y, pdf.w - 24, 8, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(15, y + 1.3)
            pdf.cell(10, 5.5, num)
            pdf.set_x(pdf.l_margin)
            pdf.cell(0, 5.5, heading)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin, y + 11)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font("Sans", "", 8.6)
            keep(pdf, text, pdf.epw, 4.4)
            pdf.badges.append((pdf.get_y(), num))
            pdf.multi_cell(0, 4.4, text, align="L", **NEXT)
            pdf.ln(2.2)
    pdf.ln(6)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(*ST_TEAL)
    for line in all_of(items, "BACK"):
        pdf.multi_cell(0, 4, line, align="L", **NEXT)
    pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Hebbleworth Metropolitan Borough Council (pandoc Markdown with grid tables)
def grid_table(rows, widths, header=True):
    """A pandoc grid table; each cell's text wrapped to its column width."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]
    for i, row in enumerate(rows):
        cells = [
            textwrap.wrap(c, w, break_long_words=False, break_on_hyphens=False) or [""]
            for c, w in zip(row, widths, strict=True)
        ]
        for k in range(max(len(c) for c in cells)):
            out.append(
                "| "
                + " | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True))
                + " |"
            )
        out.append(hsep if header and i == 0 else sep)
    return out


def hebbleworth():
    name = "hebbleworth-metropolitan-borough-council"
    items = parse(name)
    title, sub = first(items, "TITLE"), first(items, "SUB")
    o = ["---", f"title: {title}", f"subtitle: {sub.replace(' - ', ' -- ')}", "---", ""]
    o.append('![Hebbleworth Metropolitan Borough Council crest](media/image1.png){width="1.1in" height="1.3in"}')
    o.append("")
    ctrl = [split2(c) for c in all_of(items, "CTRL")]
    o += grid_table([(f"**{k}**", v) for k, v in ctrl], (16, 52), header=False)
    o.append("")
    o.append("**Contents**")
    o.append("")
    heads = [split2(r) for t, r in items if t == "H"]
    toc_ids = {num: f"_Toc19382{int(num) * 37 + 1005:04d}" for num, _ in heads}
    pages = {}
    for i, (num, _) in enumerate(heads):
        pages[num] = 2 + i // 3
    for num, heading in heads:
        o.append(f"[{num}. {heading} {pages[num]}](#{toc_ids[num]})")
        o.append("")
    o += textwrap.wrap(first(items, "INTRO"), 72)
    o.append("")
    section = []
    current = None

    def flush():
        if current is None:
            return
        num, heading = current
        o.append(f"# []{{#{toc_ids[num]} .anchor}}{num}. {heading}")
        o.append("")
        o.extend(grid_table([("**No.**", "**Provision**")] + section, (7, 64)))
        o.append("")

    for tag, rest in items:
        if tag == "H":
            flush()
            current = split2(rest)
            section = []
        elif tag == "C":
            section.append(split2(rest))
    flush()
    write_bytes(name, "md", ("\n".join(o) + "\n").encode("utf-8"))


# ======== 5. Sallowshire County Council (printer's proof: A5 pages on A4 with printer's marks and slug)
SC_GREEN = (38, 84, 60)
TRIM_W, TRIM_H = 148, 210
X0, Y0 = (210 - TRIM_W) / 2, (297 - TRIM_H) / 2
BLEED = 3


class ProofPDF(DejaVuDoc):
    slug_file = ""
    slug_stamp = ""
    running = ""

    def header(self):
        # printer's marks outside the trim: slug first (it is what the layout program writes first)
        apb, bm = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)
        self.set_font("Sans", "", 6)
        self.set_text_color(0, 0, 0)
        self.set_xy(X0 - BLEED, Y0 + TRIM_H + BLEED + 8)
        self.cell(70, 3, f"{self.slug_file}   {self.page_no()}")
        self.set_xy(X0 + TRIM_W + BLEED - 60, Y0 + TRIM_H + BLEED + 8)
        self.cell(60, 3, self.slug_stamp, align="R")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.1)
        x1, y1, x2, y2 = X0, Y0, X0 + TRIM_W, Y0 + TRIM_H
        off, ln = BLEED + 3, 7
        for x in (x1, x2):
            self.line(x, y1 - off, x, y1 - off - ln)
            self.line(x, y2 + off, x, y2 + off + ln)
        for y in (y1, y2):
            self.line(x1 - off, y, x1 - off - ln, y)
            self.line(x2 + off, y, x2 + off + ln, y)
        # bleed marks
        for x in (x1 - BLEED, x2 + BLEED):
            self.line(x, y1 - off, x, y1 - off - 3)
            self.line(x, y2 + off, x, y2 + off + 3)
        # registration targets at the middle of each side
        for cx, cy in (
            (X0 + TRIM_W / 2, y1 - 10),
            (X0 + TRIM_W / 2, y2 + 10),
            (x1 - 10, Y0 + TRIM_H / 2),
            (x2 + 10, Y0 + TRIM_H / 2),
        ):
            self.circle(cx, cy, 2.2, style="D")
            self.line(cx - 3.5, cy, cx + 3.5, cy)
            self.line(cx, cy - 3.5, cx, cy + 3.5)
        # colour bar
        bar = [
            (0, 174, 239),
            (236, 0, 140),
            (255, 242, 0),
            (35, 31, 32),
            (128, 128, 128),
            (191, 191, 191),
            (230, 230, 230),
            (0, 166, 81),
            (237, 28, 36),
            (46, 49, 146),
        ]
        for i, rgb in enumerate(bar):
            self.set_fill_color(*rgb)
            self.rect(X0 + 20 + i * 5, y1 - 17, 5, 5, style="F")
        # the page inside the trim
        if self.page_no() > 1:
            self.set_font("Sans", "", 6.8)
            self.set_text_color(*SC_GREEN)
            self.set_xy(X0 + 14, Y0 + 8)
            self.cell(TRIM_W - 28, 4, self.running, align="L" if self.page_no() % 2 else "R")
            self.set_draw_color(*SC_GREEN)
            self.line(X0 + 14, Y0 + 13, X0 + TRIM_W - 14, Y0 + 13)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_auto_page_break(apb, bm)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "B", 7.5)
        self.set_text_color(*SC_GREEN)
        self.set_xy(X0 + 14, Y0 + TRIM_H - 11)
        self.cell(TRIM_W - 28, 4, str(self.page_no()), align="R" if self.page_no() % 2 else "L")
        self.set_text_color(0, 0, 0)


def sallowshire():
    name = "sallowshire-county-council"
    items = parse(name)
    pdf = ProofPDF(format="A4")
    pdf.setup(
        "SCC_MemberOfficerProtocol_A5_v4",
        "Adobe InDesign 19.5 (Macintosh)",
        "Sallowshire County Council Design Studio",
        dt.datetime(2025, 6, 9, 13, 37, 12, tzinfo=dt.UTC),
        producer="Adobe PDF Library 17.0",
    )
    pdf.slug_file = "SCC_MemberOfficerProtocol_A5_v4.indd"
    pdf.slug_stamp = "09/06/2025   14:37:12"
    pdf.running = "Sallowshire County Council  |  Member/Officer Protocol"
    pdf.set_margins(X0 + 14, Y0 + 18, 210 - (X0 + TRIM_W) + 14)
    pdf.set_auto_page_break(True, 297 - (Y0 + TRIM_H) + 16)
    cover = all_of(items, "COVER")
    pdf.add_page()
    pdf.set_fill_color(*SC_GREEN)
    pdf.rect(X0 - BLEED, Y0 - BLEED, TRIM_W + 2 * BLEED, 120 + BLEED, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X0 + 14, Y0 + 18)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, cover[0], **NEXT)
    pdf.set_xy(X0 + 14, Y0 + 70)
    pdf.set_font("Serif", "B", 24)
    pdf.multi_cell(TRIM_W - 28, 11, cover[1], **NEXT)
    pdf.set_x(X0 + 14)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 7, cover[2], **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(X0 + 14, Y0 + 140)
    pdf.set_font("Sans", "I", 9)
    pdf.cell(0, 6, cover[3], **NEXT)
    pdf.add_page()
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            pdf.set_font("Serif", "B", 10.5)
            keep(pdf, heading, pdf.epw, 6, extra=20)
            pdf.ln(2)
            pdf.set_text_color(*SC_GREEN)
            pdf.cell(9, 6, num)
            pdf.cell(0, 6, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font("Sans", "", 8.4)
            keep(pdf, text, pdf.epw - 9, 4.3)
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_font("Sans", "B", 8.4)
            pdf.cell(9, 4.3, num)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_left_margin(L + 9)
            pdf.set_x(L + 9)
            pdf.multi_cell(0, 4.3, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.8)
    pdf.ln(8)
    pdf.set_font("Sans", "", 7.5)
    for line in all_of(items, "BACK"):
        pdf.multi_cell(0, 4, line, align="L", **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. Kestermoor Council (corporate policy template with EIA screening and consultation log)
KM_BLUE = RGBColor(0x1F, 0x3A, 0x5F)


def para_fmt(p, before=0, after=6, indent=None, first_line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first_line is not None:
        pf.first_line_indent = Cm(first_line)


def table_rows(doc, rows, widths, head=True, fill="D9E2F3"):
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, text in enumerate(row):
            cells[j].width = Cm(widths[j])
            cells[j].text = text
            run = cells[j].paragraphs[0].runs[0]
            run.font.size = Pt(9.5)
            if head and i == 0:
                run.bold = True
                shade_cell(cells[j], fill)
    doc.add_paragraph()
    return table


def kestermoor():
    name = "kestermoor-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for lvl, size in (("Heading 1", 14), ("Heading 2", 12), ("Title", 24)):
        s = doc.styles[lvl]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = KM_BLUE
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = first(items, "TITLE")
    cp.subject = "Policy GOV-07"
    cp.created = dt.datetime(2025, 9, 29, 8, 30, 0)
    cp.modified = dt.datetime(2025, 9, 29, 8, 30, 0)
    cp.revision = 14
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kestermoor Council \u2013 Member and Officer Relations Protocol \u2013 GOV-07 v2.0"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("OFFICIAL  |  Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    # cover
    p = doc.add_paragraph()
    run = p.add_run("KESTERMOOR COUNCIL")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = KM_BLUE
    para_fmt(p, after=30)
    doc.add_paragraph(first(items, "TITLE"), style="Title")
    p = doc.add_paragraph("Policy information")
    p.runs[0].bold = True
    table_rows(doc, [split2(i) for i in all_of(items, "INFO")], (5.5, 11), head=False)
    p = doc.add_paragraph("This document is available in large print and other formats from Democratic Services.")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # contents (typed)
    p = doc.add_paragraph("Contents")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(13)
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            q = doc.add_paragraph(f"{num}.\t{heading}")
            para_fmt(q, after=0)
        elif tag == "APPX":
            q = doc.add_paragraph(rest)
            para_fmt(q, after=0)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    defs = [split2(d) for d in all_of(items, "DEF")]
    eia_head = first(items, "EIAHEAD").split("|")
    eia = [r.split("|") for r in all_of(items, "EIA")]
    cons = [r.split("|") for r in all_of(items, "CONS")]
    rel = all_of(items, "REL")
    appx_seen = 0
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            doc.add_paragraph(f"{num}.\t{heading}", style="Heading 1")
            if heading == "Definitions":
                table_rows(doc, [("Term", "Meaning")] + defs, (4.5, 12))
        elif tag == "C":
            num, text = split2(rest)
            q = doc.add_paragraph(f"{num}\t{text}")
            para_fmt(q, after=6, indent=1.25, first_line=-1.25)
        elif tag == "APPX":
            appx_seen += 1
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            doc.add_paragraph(rest, style="Heading 1")
            if appx_seen == 1:
                table_rows(doc, [eia_head] + eia, (4.5, 3, 9))
                q = doc.add_paragraph(first(items, "EIAEND"))
                q.runs[0].italic = True
            elif appx_seen == 2:
                table_rows(doc, cons, (6, 3.5, 7))
            else:
                for item in rel:
                    doc.add_paragraph(item, style="List Bullet")
    save_docx(doc, OUT / f"{name}.docx", (2025, 9, 29, 8, 30, 0))
    done(OUT / f"{name}.docx")


# ======== 7. Nantyrallt County Borough Council (Word "Plain Text" saved with the Unicode encoding: UTF-16 LE)
def nantyrallt():
    name = "nantyrallt-county-borough-council"
    items = parse(name)
    out = []
    for line in all_of(items, "TITLE"):
        out.append(line)
    out.append("")
    for row in all_of(items, "CTRL"):
        k, v = split2(row)
        out.append(f"{k}\t{v}")
    out.append("")
    out.append("Cynnwys / Contents")
    heads = [split2(r) for t, r in items if t == "H"]
    for i, (num, heading) in enumerate(heads):
        out.append(f"{num}.\t{heading}\t{2 + i // 3}")
    out.append("")
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            out.append(f"{num}.\t{heading}")
        elif tag == "C":
            num, text = split2(rest)
            out.append(f"{num}\t{text}")
    out.append("")
    out += all_of(items, "END")
    text = "\ufeff" + "\r\n".join(out) + "\r\n"
    write_bytes(name, "txt", text.encode("utf-16-le"))


# ======== 8. Ardmuirn Council (CMIS / DotNetNuke page saved from the browser)
AM = "https://cmis.ardmuirn.gov.uk/cmis5"


def ardmuirn():
    name = "ardmuirn-council"
    items = parse(name)
    title = first(items, "TITLE")
    viewstate = base64.b64encode(b"\xff\x01\x0f\x0f" + blob("ardmuirn-viewstate", 2730)).decode("ascii")
    evval = base64.b64encode(blob("ardmuirn-eventvalidation", 402)).decode("ascii")
    o = []
    w = o.append
    w(
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
    )
    w('<html  xml:lang="en-GB" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">')
    w('<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />')
    w(f"<title>\r\n\tArdmuirn Council - CMIS &gt; Scheme of Governance &gt; {esc(title)}\r\n</title>")
    w('<meta id="MetaDescription" name="DESCRIPTION" content="Ardmuirn Council committee information" />')
    w(
        '<meta id="MetaKeywords" name="KEYWORDS" content="Ardmuirn, council, committees, meetings, councillors,'
        ' DotNetNuke,DNN" />'
    )
    w('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />')
    w('<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />')
    w(
        f'<link href="{AM}/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=118" type="text/css" '
        'rel="stylesheet"/>'
    )
    w(f'<link href="{AM}/Portals/_default/Skins/CMIS5/skin.css?cdv=118" type="text/css" rel="stylesheet"/>')
    w(f'<link href="{AM}/Portals/0/portal.css?cdv=118" type="text/css" rel="stylesheet"/>')
    w(f'<script src="{AM}/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=118" type="text/javascript"></script>')
    w(
        '<link id="Template_490" rel="stylesheet" type="text/css" '
        f'href="{AM}/DesktopModules/HTML/Templates/default.css" />'
    )
    w("</head>")
    w('<body id="Body">')
    w(
        '    <form method="post" action="/cmis5/SchemeofGovernance/tabid/118/Default.aspx" id="Form" '
        'enctype="multipart/form-data">'
    )
    w('<div class="aspNetHidden">')
    w('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />')
    w('<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />')
    w(f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />')
    w("</div>")
    w(
        "<script type=\"text/javascript\">\r\n//<![CDATA[\r\nvar theForm = document.forms['Form'];\r\n"
        "if (!theForm) {\r\n    theForm = document.Form;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) "
        "{\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value "
        "= eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n"
        "    }\r\n}\r\n//]]>\r\n</script>"
    )
    w(
        f'<script src="/cmis5/WebResource.axd?d={base64.urlsafe_b64encode(blob("wr1", 60)).decode()[:80]}'
        '&amp;t=638602345678901234" type="text/javascript"></script>'
    )
    w(
        f'<script src="/cmis5/ScriptResource.axd?d={base64.urlsafe_b64encode(blob("sr1", 90)).decode()[:118]}'
        '&amp;t=ffffffffecac3c97" type="text/javascript"></script>'
    )
    w('<div class="aspNetHidden">')
    w('<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />')
    w(f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{evval}" />')
    w("</div>")
    w(
        '<script type="text/javascript">\r\n//<![CDATA[\r\nSys.WebForms.PageRequestManager._initialize('
        "'ScriptManager', 'Form', [], [], [], 90, '');\r\n//]]>\r\n</script>"
    )
    w('<div id="dnn_wrapper" class="cmis-wrapper">')
    w('  <div id="dnn_header" class="cmis-header">')
    w(
        '    <a id="dnn_dnnLOGO_hypLogo" title="Ardmuirn Council" href="https://www.ardmuirn.gov.uk/">'
        f'<img id="dnn_dnnLOGO_imgLogo" src="{AM}/Portals/0/ardmuirn-logo.png?ver=2023-05-11-101500-000" '
        'alt="Ardmuirn Council" /></a>'
    )
    w(
        '    <div class="cmis-user"><a id="dnn_dnnUSER_registerLink" title="Register" class="SkinObject" '
        'rel="nofollow" href="/cmis5/Register.aspx">Register</a> | <a id="dnn_dnnLOGIN_loginLink" title="Login" '
        'class="SkinObject" rel="nofollow" onclick="this.disabled=true;" '
        'href="/cmis5/Login.aspx?returnurl=%2fcmis5%2fSchemeofGovernance%2ftabid%2f118%2fDefault.aspx">Login</a>'
        "</div>"
    )
    w(
        '    <div class="cmis-search"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" '
        'type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" '
        'aria-label="Search" />&nbsp;<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" '
        "href=\"javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')\">Search</a></span></div>"
    )
    w("  </div>")
    w('  <div id="dnn_menu" class="cmis-menu"><ul class="topLevel">')
    for label, tab in [
        ("Home", 52),
        ("Meetings", 70),
        ("Committees", 62),
        ("Councillors", 63),
        ("Decisions", 111),
        ("Documents", 86),
        ("Scheme of Governance", 118),
        ("Forward Plan", 104),
        ("Calendar", 71),
        ("Search", 68),
    ]:
        cls = ' class="selected"' if tab == 118 else ""
        w(f'    <li{cls}><a href="/cmis5/{label.replace(" ", "")}/tabid/{tab}/Default.aspx">{esc(label)}</a></li>')
    w("  </ul></div>")
    w(
        '  <div class="cmis-breadcrumb">You are here: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb" '
        'itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb">'
        '<a href="/cmis5/Home/tabid/52/Default.aspx" class="breadcrumbLink">Home</a> &gt; '
        '<a href="/cmis5/SchemeofGovernance/tabid/118/Default.aspx" class="breadcrumbLink">Scheme of Governance</a>'
        "</span></div>"
    )
    w('  <div id="dnn_LeftPane" class="cmis-left">')
    w('    <div class="DnnModule DnnModule-DNN_HTML DnnModule-489"><a name="489"></a>')
    w(
        '      <div class="cmis-box"><h2><span id="dnn_ctr489_dnnTITLE_titleLabel" class="Head">'
        "Scheme of Governance</span></h2>"
    )
    w(
        '      <div id="dnn_ctr489_ContentPane"><div id="dnn_ctr489_ModuleContent" class="DNNModuleContent '
        'ModDNNHTMLC"><div id="dnn_ctr489_HtmlModule_lblContent" class="Normal"><ul>'
    )
    for i, label in enumerate(
        [
            "Section 1 - Introduction",
            "Section 2 - Standing Orders",
            "Section 3 - Scheme of Administration",
            "Section 4 - Scheme of Delegation to Officers",
            "Section 5 - Financial Regulations",
            "Section 6 - Contract Standing Orders",
            "Section 7 - Councillors' Remuneration and Expenses",
            "Section 8 - Code of Conduct for Employees",
            "Section 9 - Member/Employee Protocol",
            "Section 10 - Protocol on Outside Bodies",
        ],
        1,
    ):
        w(
            f'        <li><a href="/cmis5/SchemeofGovernance/tabid/118/ctl/ViewCMIS_DocumentDetails/mid/489/'
            f'id/{3300 + i}/Default.aspx">{esc(label)}</a></li>'
        )
    w("      </ul></div></div></div></div>")
    w("    </div>")
    w("  </div>")
    w('  <div id="dnn_ContentPane" class="cmis-content">')
    w('    <div class="DnnModule DnnModule-DNN_HTML DnnModule-490"><a name="490"></a>')
    w(
        '      <div class="cmis-container"><h1><span id="dnn_ctr490_dnnTITLE_titleLabel" class="Head">'
        f"{esc(title)}</span></h1>"
    )
    w(
        '        <div class="cmis-actions"><a id="dnn_ctr490_dnnPRINT_ancPrint" class="CommandButton" '
        'href="/cmis5/SchemeofGovernance/tabid/118/mid/490/SkinSrc/[G]Skins/_default/No+Skin/ContainerSrc/'
        '[G]Containers/_default/No+Container/dnnprintmode/true/Default.aspx?mid=490" rel="nofollow" '
        'target="_blank"><img src="/cmis5/images/action_print.gif" alt="Print" /></a></div>'
    )
    w(
        '        <div id="dnn_ctr490_ContentPane"><div id="dnn_ctr490_ModuleContent" class="DNNModuleContent '
        'ModDNNHTMLC">'
    )
    w('<div id="dnn_ctr490_HtmlModule_lblContent" class="Normal">')
    for lead in all_of(items, "LEAD"):
        w(f"<p><em>{esc(lead)}</em></p>")
    for tag, rest in items:
        if tag == "H":
            w(f"<h3>{esc(rest)}</h3>")
        elif tag == "C":
            num, text = split2(rest)
            w(f"<p>{esc(num)}.&nbsp;&nbsp;{esc(text)}</p>")
    w("</div>")
    w("        </div></div>")
    w("      </div>")
    w("    </div>")
    w("  </div>")
    w('  <div id="dnn_footer" class="cmis-footer">')
    w(
        '    <span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2025 by Ardmuirn Council</span>'
        ' &nbsp;|&nbsp; <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" '
        'href="/cmis5/Terms.aspx">Terms Of Use</a> &nbsp;|&nbsp; <a id="dnn_dnnPRIVACY_hypPrivacy" '
        'class="SkinObject" rel="nofollow" href="/cmis5/Privacy.aspx">Privacy Statement</a>'
    )
    w('    <div class="cmis-version">CMIS &copy; Civica UK Ltd</div>')
    w("  </div>")
    w("</div>")
    w('<input name="ScrollTop" type="hidden" id="ScrollTop" />')
    w(
        '<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" '
        'value="`{`__scdoff`:`1`,`sf_siteRoot`:`/cmis5/`,`sf_tabId`:`118`}" />'
    )
    w(
        '<input name="__RequestVerificationToken" type="hidden" value="'
        + base64.urlsafe_b64encode(blob("rvt", 69)).decode()
        + '" />'
    )
    w(
        '<script type="text/javascript">\r\n//<![CDATA[\r\nSys.Application.add_init(function() {\r\n'
        '    $create(Sys.Extended.UI.ModalPopupBehavior, {"dynamicServicePath":"/cmis5/SchemeofGovernance/'
        'tabid/118/Default.aspx","id":"dnn_ctr490_mpe"}, null, null, null);\r\n});\r\n//]]>\r\n</script>'
    )
    w("</form>")
    w("</body>")
    w("</html>")
    write_bytes(name, "html", ("\r\n".join(o) + "\r\n").encode("utf-8"))


def main():
    mellorby()
    castlewick()
    stanmead()
    hebbleworth()
    sallowshire()
    kestermoor()
    nantyrallt()
    ardmuirn()
    return 0


if __name__ == "__main__":
    sys.exit(main())
