"""Build the probe-am documents in docs-am/ from the sources in docs-am-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_am.py

Probe AM: eight ORDINARY, current member/officer (councillor/staff) protocols of invented LOCAL councils (two parish
councils, a parish styled "village council", a town council, a Welsh community council, a Scottish community
council, a parish styled "neighbourhood council" and a parish council with city status), each in a form small
councils really publish in and that earlier probes did not use, with that form's everyday noise:
- a parish council's protocol printed in full in the VILLAGE NEWSLETTER made in Word: masthead table, "Inside this
  issue" box, the Chairman's note, two-column sections, the protocol JUMPING from page 2 ("Continued on page 4 ►")
  over a page of village news to page 4 ("continued from page 2"), a useful-numbers table, a footer with a PAGE
  field (Cressingfold, .docx);
- a Scottish community council's page on its SQUARESPACE site saved from the browser: fluid-engine blocks,
  "sqs-html-content" text blocks with white-space:pre-wrap paragraphs and typed bold numbers, the menu twice
  (desktop and mobile overlay), an image block with caption, a button block, a newsletter sign-up block, the cookie
  banner and the site context script (Kilbraddan, .html);
- a parish styled VILLAGE COUNCIL's protocol posted by the Clerk as a LOCKED TOPIC ON THE VILLAGE WEBSITE'S phpBB
  FORUM: prosilver page with quick links, breadcrumbs, the post profile, the whole protocol as one post of <br>
  lines with BBCode bold/underlined headings, an attachment box, "Last edited by", a signature, jump box, "Who is
  online" and the phpBB footer (Brindleford, .html);
- a Welsh community council's protocol as its NOTICEBOARD SHEETS: A4 sheets with a heavy frame, drawing-pin marks,
  a bilingual header strip, "Taflen n o N / Sheet n of N", a bilingual public notice of adoption, Welsh/English
  headings over English clauses, and a posting box ("Arddangoswyd / Displayed ... I'w dynnu i lawr / Take down
  after ...") on every sheet (Bryncastell, .pdf);
- a town council's protocol as an A3 LANDSCAPE "PLACEMAT": a title band with the adoption line, eight coloured
  boxes in two rows with clauses 1-36 running through them, a key-contacts strip and a footer (Stallingford, .pdf);
- a parish council's protocol pasted into the Clerk's email to all councillors and PRINTED FROM OUTLOOK IN MEMO STYLE
  to PDF: the mailbox name and heavy rule, From/Sent/To/Cc/Subject/Attachments, the cover note, the protocol with
  "1." headings and "a)" items restarting in each, signature, disclaimer, and Outlook's footer of mailbox name,
  page number and print date (Pellingham, .pdf);
- a parish styled NEIGHBOURHOOD COUNCIL's protocol in the Clerk's THUNDERBIRD message to the councillors' GOOGLE
  GROUP: list headers, text/plain format=flowed (soft line breaks at 72 columns ending in a space), 8bit UTF-8, the
  sender's "-- " signature and the group's own "-- " footer (Kilnfield, .eml);
- a city council (a parish council with city status) setting out its protocol in a GOOGLE FORM that councillors
  must read and confirm: the form's public view saved from the browser, each part a "title and description" item
  whose clauses are <br>-separated lines, obfuscated class names, question items (name, ward drop-down, a required
  confirmation check box, a comments box), "* Indicates required question", Submit / Clear form, "Never submit
  passwords through Google Forms.", the abuse/terms footer and the FB_PUBLIC_LOAD_DATA_ script (Aldminster, .html).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed dates, fixed zip
timestamps, no randomness.
"""

import datetime as dt
import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
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
    shade_cell,
)

SRC = HERE / "docs-am-src"
OUT = HERE / "docs-am"
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


def attr(s):
    return esc(s).replace('"', "&quot;")


# ======== 1. Cressingfold Parish Council (village newsletter made in Word, protocol jumps from page 2 to page 4)
GREEN = "2E5E3A"


def set_columns(section, num, space=425):
    sect = section._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def para(doc, text="", size=10, bold=False, italic=False, colour=None, align=None, before=0, after=4, caps=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = caps
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def cressingfold():
    name = "cressingfold-parish-council"
    items = parse(name)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "Sue Pryor"
    cp.last_modified_by = "Courier Editor"
    cp.title = "Courier September 2025"
    cp.created = dt.datetime(2025, 8, 28, 19, 12, 0)
    cp.modified = dt.datetime(2025, 9, 1, 8, 40, 0)
    cp.revision = 14

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("The Cressingfold Courier · September 2025 · Page ")
    fr.font.size = Pt(8)
    fr2 = fp.add_run()
    fr2.font.size = Pt(8)
    add_field(fr2, "PAGE")

    # masthead: one shaded row, the title left and the issue line right
    mast = doc.add_table(rows=1, cols=2)
    mast.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = mast.rows[0].cells
    for c in (left, right):
        shade_cell(c, GREEN)
    lp = left.paragraphs[0]
    lr = lp.add_run(first(items, "MAST"))
    lr.bold = True
    lr.font.size = Pt(26)
    lr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = rp.add_run(first(items, "ISSUE"))
    rr.font.size = Pt(9)
    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    para(doc, after=2)

    # "Inside this issue" box
    inside = doc.add_table(rows=1, cols=2)
    inside.style = "Table Grid"
    hdr = inside.rows[0].cells
    hdr[0].merge(hdr[1])
    hdr[0].paragraphs[0].add_run("INSIDE THIS ISSUE").bold = True
    for rest in all_of(items, "INSIDE"):
        page, item = split2(rest)
        row = inside.add_row().cells
        row[0].text = page
        row[1].text = item
        row[0].width = Cm(1.2)
        row[1].width = Cm(16.5)
    para(doc, after=2)

    para(doc, first(items, "WELCOMEH"), size=13, bold=True, colour=GREEN, after=3)
    for w in all_of(items, "WELCOME"):
        para(doc, w, size=10, italic=True, after=4)

    # the protocol starts on page 2, in two columns
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_columns(s2, 2)
    stage = "p2"
    for tag, rest in items:
        if tag == "HEAD" and stage == "p2":
            para(doc, rest, size=13, bold=True, colour=GREEN, after=4)
        elif tag == "INTRO":
            para(doc, rest, size=9.5, italic=True, after=6)
        elif tag == "H":
            para(doc, rest, size=10.5, bold=True, colour=GREEN, before=5, after=2, caps=True)
        elif tag == "C":
            num, text = split2(rest)
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.left_indent = Cm(0.5)
            p.paragraph_format.first_line_indent = Cm(-0.5)
            r = p.add_run(f"{num}.")
            r.bold = True
            r.font.size = Pt(9.5)
            r2 = p.add_run(f" {text}")
            r2.font.size = Pt(9.5)
        elif tag == "CONT":
            para(doc, rest, size=9.5, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=4)
            # page 3: village news, one column
            s3 = doc.add_section(WD_SECTION.NEW_PAGE)
            set_columns(s3, 1)
            stage = "p3"
        elif tag == "NEWSH":
            para(doc, rest.upper(), size=16, bold=True, colour=GREEN, after=6)
        elif tag == "NEWS":
            title, text = split2(rest)
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            shade_cell(cell, "EEF3EA")
            cp_ = cell.paragraphs[0]
            cp_.add_run(title).bold = True
            cell.add_paragraph(text)
            para(doc, after=4)
        elif tag == "CONTFROM":
            s4 = doc.add_section(WD_SECTION.NEW_PAGE)
            set_columns(s4, 2)
            stage = "p4"
            para(doc, rest, size=13, bold=True, colour=GREEN, after=4)
        elif tag == "ADOPT":
            para(doc, rest, size=9, italic=True, before=6, after=8)
        elif tag == "COPY":
            para(doc, rest, size=8, italic=True, before=6)

    para(doc, "USEFUL NUMBERS", size=10.5, bold=True, colour=GREEN, before=6, after=2)
    nums = doc.add_table(rows=0, cols=2)
    nums.style = "Table Grid"
    for rest in all_of(items, "NUMBERS"):
        label, value = split2(rest)
        row = nums.add_row().cells
        row[0].text = label
        row[1].text = value
    # the closing line sits after the numbers table
    body = doc.element.body
    copy_p = [p for p in doc.paragraphs if p.text == first(items, "COPY")][0]
    body.remove(copy_p._p)
    body.insert(list(body).index(nums._tbl) + 1, copy_p._p)

    path = OUT / f"{name}.docx"
    save_docx(doc, path, (2025, 9, 1, 8, 40, 0))
    done(path)


# ======== 2. Kilbraddan Community Council (Squarespace page saved from the browser)
SQS_SITE = "https://www.kilbraddancc.scot"


def sqs_block_id(n):
    return f"yui_3_17_2_1_1727369{n:06d}_{(n * 7919) % 100000:05d}"


def sqs_text_block(n, inner):
    bid = sqs_block_id(n)
    return (
        f'<div class="fe-block fe-block-{bid}">\n'
        f'<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
        'data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,'
        '&quot;value&quot;:0.0&#125;&#125;" '
        f'data-sqsp-block="text" id="block-{bid}">\n'
        f'<div class="sqs-block-content">\n<div class="sqs-html-content" data-sqsp-text-block-content>\n'
        f"{inner}\n</div>\n</div>\n</div>\n</div>"
    )


def sqs_p(text_html):
    return f'<p class="" style="white-space:pre-wrap;">{text_html}</p>'


def kilbraddan():
    name = "kilbraddan-community-council"
    items = parse(name)
    site = first(items, "SITE")
    title = first(items, "PAGETITLE")
    nav = all_of(items, "NAV")

    def nav_html(cls_list, cls_item, cls_active):
        out = [f'<div class="{cls_list}">']
        for label in nav:
            href = "/" if label == "Home" else "/" + label.lower().replace(" & ", "-").replace(" ", "-")
            active = f" {cls_active}" if label == "How we work" else ""
            out.append(
                f'<div class="{cls_item}{active}"><a href="{href}" data-animation-role="header-element">'
                f"{esc(label)}</a></div>"
            )
        out.append("</div>")
        return "\n".join(out)

    mobile_nav = nav_html(
        "header-menu-nav-items",
        "container header-menu-nav-item header-menu-nav-item--collection",
        "header-menu-nav-item--active",
    )
    context = {
        "facebookAppId": "314192535267336",
        "rollups": {},
        "pageType": 2,
        "website": {
            "id": "66f52b1e0c4d7a3f19e2b804",
            "identifier": "kilbraddan-cc",
            "websiteType": 1,
            "contentModifiedOn": 1760003412000,
            "siteTitle": site,
            "siteTagLine": first(items, "TAGLINE"),
            "language": "en-GB",
            "timeZone": "Europe/London",
            "primaryDomain": "www.kilbraddancc.scot",
        },
        "collectionId": "66f52d7b8a1e4c2f5b07c913",
        "templateVersion": "7.1",
        "showAnnouncementBar": False,
    }
    blocks = []
    n = 1
    # heading block: page title and lead
    blocks.append(
        sqs_text_block(
            n,
            f'<h1 style="white-space:pre-wrap;">{esc(title)}</h1>\n'
            + sqs_p(esc(first(items, "LEAD")))
            + '\n<p class="" data-rte-preserve-empty="true" style="white-space:pre-wrap;"></p>',
        )
    )
    cur = []

    def flush():
        nonlocal n, cur
        if cur:
            n += 1
            blocks.append(sqs_text_block(n, "\n".join(cur)))
            cur = []

    for tag, rest in items:
        if tag == "H":
            flush()
            cur.append(f'<h3 style="white-space:pre-wrap;">{esc(rest)}</h3>')
        elif tag == "C":
            num, text = split2(rest)
            # Squarespace keeps the double space the author typed after a semicolon
            text_html = esc(text).replace("; ", ";  ", 1) if num in ("3", "24") else esc(text)
            cur.append(sqs_p(f"<strong>{num}.</strong> {text_html}"))
        elif tag == "IMG":
            flush()
            n += 1
            bid = sqs_block_id(n)
            blocks.append(
                f'<div class="fe-block fe-block-{bid}">\n'
                f'<div class="sqs-block image-block sqs-block-image sqs-stretched" data-aspect-ratio="66.67" '
                f'data-block-type="5" data-sqsp-block="image" id="block-{bid}">\n<div class="sqs-block-content">\n'
                '<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid image-position-center '
                'combination-animation-site-default individual-animation-site-default" '
                'data-test="image-block-fluid-outer-wrapper">\n'
                '<div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper" '
                'data-animation-role="image">\n'
                '<div class="fluid-image-container sqs-image-content" style="overflow: hidden;-webkit-mask-image: '
                '-webkit-radial-gradient(white, black);position: relative;width: 100%;height: 100%;">\n'
                '<div class="content-fit">\n'
                '<img data-stretch="true" data-src="https://images.squarespace-cdn.com/content/v1/66f52b1e0c4d7a3f19e2b804/'
                '1728031190311-6ZQ2KX0T1W9B4N8R7JHD/village-hall.jpg" data-image="https://images.squarespace-cdn.com/content/v1/'
                '66f52b1e0c4d7a3f19e2b804/1728031190311-6ZQ2KX0T1W9B4N8R7JHD/village-hall.jpg" '
                'data-image-dimensions="2500x1667" '
                'data-image-focal-point="0.5,0.5" alt="" data-load="false" elementtiming="system-image-block" '
                'src="https://images.squarespace-cdn.com/content/v1/66f52b1e0c4d7a3f19e2b804/1728031190311-6ZQ2KX0T1W9B4N8R7JHD/'
                'village-hall.jpg?format=1000w" width="2500" height="1667" sizes="100vw" '
                'style="display:block;object-fit: cover; width: 100%; height: 100%; object-position: 50% 50%" '
                'loading="lazy" decoding="async" data-loader="sqs">\n'
                "</div>\n</div>\n</div>\n"
                '<figcaption data-width-ratio class="image-caption-wrapper">\n<div class="image-caption">'
                '<p data-rte-preserve-empty="true" style="white-space:pre-wrap;">'
                f"{esc(rest)}</p></div>\n</figcaption>\n"
                "</div>\n</div>\n</div>\n</div>"
            )
    flush()
    n += 1
    bid = sqs_block_id(n)
    blocks.append(
        f'<div class="fe-block fe-block-{bid}">\n'
        '<div class="sqs-block button-block sqs-block-button" data-block-type="53" data-sqsp-block="button" '
        f'id="block-{bid}">\n'
        '<div class="sqs-block-content">\n'
        '<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" '
        'data-alignment="center" data-button-size="medium" data-button-type="primary">\n'
        '<a href="/s/KCC-How-we-work-October-2025.pdf" '
        'class="sqs-block-button-element--medium sqs-button-element--primary '
        f'sqs-block-button-element" data-sqsp-button>{esc(first(items, "BUTTON"))}</a>\n'
        "</div>\n</div>\n</div>\n</div>"
    )
    n += 1
    bid = sqs_block_id(n)
    blocks.append(
        f'<div class="fe-block fe-block-{bid}">\n'
        f'<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-{bid}">\n'
        '<div class="sqs-block-content">\n<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat '
        'newsletter-form-wrapper--alignCenter">\n<form class="newsletter-form" data-form-id="66f5301c2a7b4e1d09c83f55" '
        'autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { '
        "Y.use('squarespace-form-submit', "
        "'node', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: "
        "'66f5301c2a7b4e1d09c83f55', collectionId: '66f52d7b8a1e4c2f5b07c913', objectName: 'page-section' }); }); "
        'return false; })(this);">\n'
        '<header class="newsletter-form-header">\n'
        f'<h2 class="newsletter-form-header-title">{esc(first(items, "SIGNUPH"))}</h2>\n'
        '<div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">'
        f"{esc(first(items, 'SIGNUP'))}</p></div>\n"
        "</header>\n"
        '<div class="newsletter-form-body">\n<div class="newsletter-form-fields-wrapper form-fields">\n'
        '<div class="newsletter-form-field-wrapper form-item field email required" '
        'id="email-yui_3_17_2_1_1727369000912_4410">\n'
        '<label class="newsletter-form-field-label title" '
        'for="email-yui_3_17_2_1_1727369000912_4410-field">Email Address</label>\n'
        '<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" '
        'autocomplete="email" type="email" spellcheck="false" id="email-yui_3_17_2_1_1727369000912_4410-field" '
        'placeholder="Email Address">\n</div>\n</div>\n'
        '<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">\n'
        '<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style '
        'sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">\n'
        '<span class="newsletter-form-spinner sqs-spin light large"></span>\n'
        '<span class="newsletter-form-button-label">Sign Up</span>\n</button>\n</div>\n</div>\n'
        '<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">'
        "We respect your privacy.</p></div>\n"
        '<div class="hidden form-submission-text">Thank you!</div>\n'
        "</form>\n</div>\n</div>\n</div>\n</div>"
    )
    foot = "\n".join(sqs_p(esc(f)) for f in all_of(items, "FOOT"))
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- kilbraddan-cc -->
<base href="">
<meta charset="utf-8" />
<title>How we work &mdash; {esc(site)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon"
href="https://images.squarespace-cdn.com/content/v1/66f52b1e0c4d7a3f19e2b804/c3a1b2d0-58f1-4e3c-9d77-0b1e7c5b9a21/favicon.ico?format=100w"/>
<link rel="canonical" href="{SQS_SITE}/how-we-work"/>
<meta property="og:site_name" content="{attr(site)}"/>
<meta property="og:title" content="How we work &mdash; {attr(site)}"/>
<meta property="og:url" content="{SQS_SITE}/how-we-work"/>
<meta property="og:type" content="website"/>
<meta itemprop="name" content="How we work &mdash; {attr(site)}"/>
<meta itemprop="url" content="{SQS_SITE}/how-we-work"/>
<meta name="twitter:title" content="How we work &mdash; {attr(site)}"/>
<meta name="twitter:url" content="{SQS_SITE}/how-we-work"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet"
href="https://fonts.googleapis.com/css2?family=Source+Sans+Pro:ital,wght@0,400;0,700;1,400&family=Lora:wght@400;700">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="defer"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
<script crossorigin="anonymous"
src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-4c3e0f0fa5d3f1a4-min.en-GB.js" defer >
</script>
<script data-name="static-context">Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT =
{json.dumps(context, separators=(",", ":"))};</script>
<link rel="stylesheet" type="text/css"
href="https://static1.squarespace.com/static/versioned-site-css/66f52b1e0c4d7a3f19e2b804/41/5c5a519771e8e4002e3b1a8d/66f52b1e0c4d7a3f19e2b81b/1612/site.css"/>
<script>Static.COOKIE_BANNER_CAPABLE = true;</script>
  </head>
  <body id="collection-66f52d7b8a1e4c2f5b07c913"
class="primary-button-style-solid primary-button-shape-rounded  header-overlay-alignment-center
tweak-social-icons-style-regular  form-field-style-solid  header-width-full  tweak-transparent-header
tweak-fixed-header-style-basic  tweak-blog-alternating-side-by-side-width-full  native-currency-code-gbp
collection-type-page  collection-66f52d7b8a1e4c2f5b07c913  collection-layout-default  mobile-style-available
sqs-seven-one" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header"
data-current-styles="{{&quot;layout&quot;:&quot;navRight&quot;,&quot;showSocial&quot;:true}}" data-section-id="header"
data-header-style="dynamic" data-first-focusable-element tabindex="-1">
  <div class="sqs-announcement-bar-dropzone"></div>
  <div class="header-announcement-bar-wrapper">
    <a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
    <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
      <div class="header-display-desktop" data-content-field="site-title">
        <div class="header-title-nav-wrapper">
          <div class="header-title" data-animation-role="header-element">
            <div class="header-title-text"><a id="site-title" href="/"
data-animation-role="header-element">{esc(site)}</a></div>
            <div class="header-title-tagline"><p>{esc(first(items, "TAGLINE"))}</p></div>
          </div>
          <div class="header-nav">
            <div class="header-nav-wrapper">
              <nav class="header-nav-list">
{nav_html("header-nav-folder", "header-nav-item header-nav-item--collection", "header-nav-item--active")}
              </nav>
            </div>
          </div>
        </div>
      </div>
      <div class="header-display-mobile" data-content-field="site-title">
        <div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
          <button class="header-burger-btn burger" data-test="header-burger">
            <span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
            <span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
            <div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div>
          </button>
        </div>
      </div>
    </div>
  </div>
  <div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{{}}"
data-test="header-menu">
    <div class="header-menu-bg theme-bg--primary"></div>
    <div class="header-menu-nav">
      <nav class="header-menu-nav-list">
        <div data-folder="root" class="header-menu-nav-folder">
          <div class="header-menu-nav-folder-content">
            <div class="header-menu-nav-wrapper">
{mobile_nav}
            </div>
          </div>
        </div>
      </nav>
    </div>
  </div>
</header>
      <main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="66f52d7b8a1e4c2f5b07c914">
  <section data-test="page-section" data-section-theme="" class='page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle' data-section-id="66f52d7b8a1e4c2f5b07c916" data-controller="SectionWrapperController"
data-current-styles="{{&quot;imageOverlayOpacity&quot;:0.15}}"
data-animation="none">
    <div class="section-border"><div class="section-background"></div></div>
    <div class="content-wrapper" style="">
      <div class="content">
        <div data-fluid-engine="true"><style>
.fe-66f52d7b8a1e4c2f5b07c915 {{
  --grid-gutter: calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px);
  --cell-max-width: calc( ( var(--sqs-site-max-width, 1500px) - (11.0px * (24 - 1)) ) / 24 );
  display: grid; position: relative; grid-area: 1/1/-1/-1; grid-template-rows: repeat(118,minmax(24px, auto));
}}
</style><div class="fluid-engine fe-66f52d7b8a1e4c2f5b07c915">
{chr(10).join(blocks)}
</div></div>
      </div>
    </div>
  </section>
</article>
      </main>
<footer class="sections" id="footer-sections" data-footer-sections>
  <section data-test="page-section" data-section-theme="black" class='page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center
vertical-alignment--middle black' data-section-id="66f52b1e0c4d7a3f19e2b841"
data-controller="SectionWrapperController" data-animation="none">
    <div class="content-wrapper"><div class="content"><div data-fluid-engine="true">
<div class="fluid-engine fe-66f52b1e0c4d7a3f19e2b842">
{sqs_text_block(90, foot)}
    </div></div></div></div>
  </section>
</footer>
    </div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner">
  <div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom sqs-cookie-banner-v2--light">
    <div class="sqs-cookie-banner-v2-text"><p>{esc(first(items, "COOKIE"))}</p></div>
    <div class="sqs-cookie-banner-v2-cta-container">
      <button class="sqs-cookie-banner-v2-accept sqs-button-element--primary"
aria-label="Accept all cookies">Accept</button>
      <button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary"
aria-label="Decline all cookies">Decline</button>
      <a class="sqs-cookie-banner-v2-manage" href="#" role="button">Manage cookies</a>
    </div>
  </div>
</div>
    <script defer="true"
src="https://static1.squarespace.com/static/vta/5c5a519771e8e4002e3b1a8d/scripts/site-bundle.0a8c8d3e1b7c.js"
type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg">
<symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path
d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4c0-1.5,0.4-2.6,2.6-2.6l2.8,0v-4.8c-0.5-0.1-2.2-0.2-4.1-0.2
c-4.1,0-6.9,2.5-6.9,7V28H24v5.3h4.6V47H34.1z"/></symbol></svg>
  </body>
</html>
"""
    write_text(name, "html", page)


# ======== 3. Brindleford Village Council (locked topic on the village website's phpBB forum)
def brindleford():
    name = "brindleford-village-council"
    items = parse(name)
    board = first(items, "BOARD")
    topic = first(items, "TOPIC")
    author, when = split2(first(items, "POSTMETA"))
    sid = "3f1c9e07b2a84d6e5c0a91f27d48b3e6"
    crumbs = all_of(items, "CRUMB")
    crumb_html = []
    for i, c in enumerate(crumbs, 1):
        href = "./index.php?sid=" + sid if i == 1 else f"./viewforum.php?f={(4, 9)[i - 2]}&amp;sid={sid}"
        icon = '<i class="icon fa-home fa-fw"></i>' if i == 1 else ""
        fid = "" if i == 1 else f' data-forum-id="{(4, 9)[i - 2]}"'
        extra = ' accesskey="h" data-navbar-reference="index"' if i == 1 else ""
        crumb_html.append(
            f'<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope{fid}>'
            f'<a itemprop="item" href="{href}"{extra}>'
            f'{icon}<span itemprop="name">{esc(c)}</span></a><meta itemprop="position" content="{i}" /></span>'
        )
    # the post: phpBB turns each newline of the BBCode into <br>, [b][u]...[/u][/b] into strong/underline spans
    lines = []
    for tag, rest in items:
        if tag == "OPEN":
            lines += [esc(rest), ""]
        elif tag == "H":
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(
                f'<strong class="text-strong"><span style="text-decoration:underline">{esc(rest)}</span></strong>'
            )
        elif tag == "C":
            num, text = split2(rest)
            lines.append(f"{num} {esc(text)}")
        elif tag == "CLOSE":
            if lines and lines[-1] != "" and not lines[-1].startswith("Thanks"):
                lines.append("")
            lines.append(esc(rest))
    content = "<br>\n".join(lines)
    att_name, att_size, att_count = first(items, "ATTACH").split("|")
    profile = {k: v for k, v in (split2(r) for r in all_of(items, "PROFILE"))}
    jump = [
        ("1", "jumpbox-cat-link", "Village life"),
        ("2", "jumpbox-sub-link", "What's on"),
        ("3", "jumpbox-sub-link", "Lost and found"),
        ("5", "jumpbox-sub-link", "For sale and wanted"),
        ("4", "jumpbox-cat-link", "Village Council"),
        ("9", "jumpbox-sub-link", "Council notices"),
        ("10", "jumpbox-sub-link", "Ask the Council"),
        ("6", "jumpbox-cat-link", "Village Hall"),
        ("7", "jumpbox-sub-link", "Bookings and events"),
    ]
    jump_html = "\n".join(
        f'<li><a href="./viewforum.php?f={f}&amp;sid={sid}" class="{cls}" data-forum-id="{f}">'
        + ('<span class="spacer"></span>' if cls == "jumpbox-sub-link" else "")
        + f"<span>{'&#8627; &nbsp; ' if cls == 'jumpbox-sub-link' else ''}{esc(label)}</span></a></li>"
        for f, cls, label in jump
    )
    locked = (
        f'<a href="./posting.php?mode=reply&amp;t=1187&amp;sid={sid}" class="button" '
        'title="This topic is locked, you cannot edit posts or make further replies.">'
        '<span>Locked</span> <i class="icon fa-lock fa-fw" aria-hidden="true"></i></a>'
    )
    user_link = (
        f'<a href="./memberlist.php?mode=viewprofile&amp;u=57&amp;sid={sid}" style="color: #AA0000;" '
        f'class="username-coloured">{esc(author)}</a>'
    )
    edited = esc(first(items, "EDITED")).replace(author, user_link, 1)
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{esc(topic)} - {esc(board)}</title>

	<link rel="alternate" type="application/atom+xml" title="Feed - {attr(board)}" href="/forum/app.php/feed?sid={sid}">
	<link rel="alternate" type="application/atom+xml" title="Feed - Forum - Council notices"
href="/forum/app.php/feed/forum/9?sid={sid}">
	<link rel="alternate" type="application/atom+xml" title="Feed - Topic - {attr(topic)}"
href="/forum/app.php/feed/topic/1187?sid={sid}">

	<link rel="canonical" href="https://www.brindleford.org.uk/forum/viewtopic.php?t=1187">

<link href="./assets/css/font-awesome.min.css?assets_version=14" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=14" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=14" rel="stylesheet">

</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">


<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
					<div class="inner">

			<div id="site-description" class="site-description">
		<a id="logo" class="logo" href="./index.php?sid={sid}" title="Board index">
					<span class="site_logo"></span>
				</a>
				<h1>{esc(board)}</h1>
				<p>{esc(first(items, "BOARDDESC"))}</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>

									<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php?sid={sid}" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords"
class="inputbox search tiny" size="20" value="" placeholder="Search…" />
					<button class="button button-search" type="submit" title="Search">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
					</button>
					<a href="./search.php?sid={sid}" class="button button-search-end" title="Advanced search">
					<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span>
					</a>
					<input type="hidden" name="sid" value="{sid}" />

				</fieldset>
				</form>
			</div>

			</div>
					</div>
				<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-main" class="nav-main linklist" role="menubar">

		<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">
			<a href="#" class="dropdown-trigger">
				<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span>
			</a>
			<div class="dropdown">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<ul class="dropdown-contents" role="menu">
					<li class="separator"></li>
					<li><a href="./search.php?search_id=unanswered&amp;sid={sid}" role="menuitem">
<i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i><span>Unanswered topics</span></a></li>
					<li><a href="./search.php?search_id=active_topics&amp;sid={sid}" role="menuitem">
<i class="icon fa-file-o fa-fw icon-blue" aria-hidden="true"></i><span>Active topics</span></a></li>
					<li class="separator"></li>
					<li><a href="./search.php?sid={sid}" role="menuitem"><i class="icon fa-search fa-fw"
aria-hidden="true"></i>
<span>Search</span></a></li>
					<li class="separator"></li>
				</ul>
			</div>
		</li>

		<li data-skip-responsive="true">
			<a href="/forum/app.php/help/faq?sid={sid}" rel="help" title="Frequently Asked Questions" role="menuitem">
				<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span>
			</a>
		</li>
		<li class="rightside"  data-skip-responsive="true">
			<a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D1187&amp;sid={sid}" title="Login"
accesskey="x"
role="menuitem">
				<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span>
			</a>
		</li>
		<li class="rightside" data-skip-responsive="true">
			<a href="./ucp.php?mode=register&amp;sid={sid}" role="menuitem">
				<i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span>
			</a>
		</li>
	</ul>

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
			{"".join(crumb_html)}
		</li>
		<li class="rightside responsive-search">
			<a href="./search.php?sid={sid}" title="View the advanced search options" role="menuitem">
				<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
			</a>
		</li>
	</ul>

	</div>
</div>
	</div>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

<h2 class="topic-title"><a href="./viewtopic.php?t=1187&amp;sid={sid}">{esc(topic)}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">Notices from the Village Council and the Clerk. Topics here are locked.<br />
</div>

<div class="action-bar bar-top">
	{locked}
	<div class="dropdown-container dropdown-button-control topic-tools">
		<span title="Topic tools" class="button button-secondary dropdown-trigger dropdown-select">
			<i class="icon fa-wrench fa-fw" aria-hidden="true"></i>
			<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
		</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
				<li><a href="./viewtopic.php?t=1187&amp;sid={sid}&amp;view=print" title="Print view" accesskey="p">
<i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Print view</span></a></li>
			</ul>
		</div>
	</div>
	<div class="search-box" role="search">
		<form method="get" id="topic-search" action="./search.php?sid={sid}">
		<fieldset>
			<input class="inputbox search tiny"  type="search" name="keywords" id="search_keywords" size="20"
placeholder="Search this topic…" />
			<button class="button button-search" type="submit" title="Search">
<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button>
			<a href="./search.php?sid={sid}" class="button button-search-end" title="Advanced search">
<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a>
			<input type="hidden" name="t" value="1187" />
			<input type="hidden" name="sf" value="msgonly" />
			<input type="hidden" name="sid" value="{sid}" />
		</fieldset>
		</form>
	</div>
	<div class="pagination">
		1 post
		&bull; Page <strong>1</strong> of <strong>1</strong>
	</div>
</div>

<div id="p4021" class="post has-profile bg2">
	<div class="inner">

	<dl class="postprofile" id="profile4021">
		<dt class="has-profile-rank no-avatar">
			<div class="avatar-container"></div>
			<a href="./memberlist.php?mode=viewprofile&amp;u=57&amp;sid={sid}" style="color: #AA0000;"
class="username-coloured">{esc(author)}</a>
		</dt>
		<dd class="profile-rank">Council Clerk</dd>
		<dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=57&amp;sr=posts&amp;sid={sid}">{profile["Posts"]}</a></dd>
		<dd class="profile-joined"><strong>Joined:</strong> {esc(profile["Joined"])}</dd>
		<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
{esc(profile["Location"])}</dd>
	</dl>

	<div class="postbody">
		<div id="post_content4021">

		<h3 class="first"><a href="./viewtopic.php?p=4021&amp;sid={sid}#p4021">{esc(topic)}</a></h3>

		<ul class="post-buttons">
			<li>
				<a href="./posting.php?mode=quote&amp;p=4021&amp;sid={sid}" title="Reply with quote"
class="button button-icon-only">
					<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span>
				</a>
			</li>
		</ul>

		<p class="author">
			<a class="unread" href="./viewtopic.php?p=4021&amp;sid={sid}#p4021" title="Post">
				<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span
class="sr-only">Post</span>
			</a>
			<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=57&amp;sid={sid}"
style="color: #AA0000;" class="username-coloured">{esc(author)}</a></strong> &raquo; </span>
<time datetime="2025-03-11T09:14:00+00:00">{esc(when)}</time>
		</p>

		<div class="content">{content}</div>

		<dl class="attachbox">
			<dt>Attachments</dt>
			<dd>
				<dl class="file">
					<dt><i class="icon fa-file-pdf-o fa-fw" aria-hidden="true">
</i> <a class="postlink" href="./download/file.php?id=733&amp;sid={sid}">{esc(att_name)}</a></dt>
					<dd>({esc(att_size)}) {esc(att_count)}</dd>
				</dl>
			</dd>
		</dl>

		<div class="notice">
			{edited}
		</div>

		<div id="sig4021" class="signature">{esc(first(items, "SIG"))}</div>

		</div>
	</div>

	<div class="back2top">
		<a href="#top" class="top" title="Top">
			<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
			<span class="sr-only">Top</span>
		</a>
	</div>

	</div>
</div>

<hr class="divider" />

<div class="action-bar bar-bottom">
	{locked}
	<form method="post" action="./viewtopic.php?t=1187&amp;sid={sid}">
		<div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools">
			<span title="Display and sorting options" class="button button-secondary dropdown-trigger dropdown-select">
				<i class="icon fa-sort-amount-asc fa-fw" aria-hidden="true"></i>
				<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
			</span>
			<div class="dropdown hidden">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<div class="dropdown-contents">
					<fieldset class="display-options">
						<label>Display: <select name="st" id="st"><option value="0" selected="selected">All
posts</option>
<option value="1">1 day</option><option value="7">7 days</option><option value="14">2 weeks</option>
<option value="30">1 month</option><option value="90">3 months</option><option value="180">6 months</option>
<option value="365">1 year</option></select></label>
						<label>Sort by: <select name="sk" id="sk"><option value="a">Author</option>
<option value="t" selected="selected">Post time</option><option value="s">Subject</option></select></label>
						<label>Direction: <select name="sd" id="sd"><option value="a"
selected="selected">Ascending</option>
<option value="d">Descending</option></select></label>
						<hr class="dashed" />
						<input type="submit" class="button2" name="sort" value="Go" />
					</fieldset>
				</div>
			</div>
		</div>
	</form>
	<div class="pagination">
		1 post
		&bull; Page <strong>1</strong> of <strong>1</strong>
	</div>
</div>

<div class="action-bar actions-jump">
		<p class="jumpbox-return">
		<a href="./viewforum.php?f=9&amp;sid={sid}" class="left-box arrow-left" accesskey="r">
			<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Council
notices”</span>
		</a>
	</p>
	<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control"
id="jumpbox">
		<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select">
			<span>Jump to</span>
			<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
		</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
{jump_html}
			</ul>
		</div>
	</div>
</div>

<div class="stat-block online-list">
	<h3>Who is online</h3>
	<p>Users browsing this forum: No registered users and 2 guests</p>
</div>

			</div>


<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
			<span class="crumb"><a href="./index.php?sid={sid}" data-navbar-reference="index">
<i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span>
		</li>
		<li class="rightside">All times are <span title="UTC">UTC</span></li>
		<li class="rightside"><a href="./ucp.php?mode=delete_cookies&amp;sid={sid}" data-ajax="true" data-refresh="true"
role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Delete cookies</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin&amp;sid={sid}"
role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li>
	</ul>

	</div>
</div>

	<div class="copyright">
		<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg;
Forum Software &copy; phpBB Limited</span></p>
		<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy&amp;sid={sid}" title="Privacy" role="menuitem">
<span class="footer-link-text">Privacy</span></a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms&amp;sid={sid}" title="Terms" role="menuitem">
<span class="footer-link-text">Terms</span></a>
		</p>
	</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error"
data-ajax-error-text="Something went wrong when processing your request."
data-ajax-error-text-abort="User aborted request."
data-ajax-error-text-timeout="Your request timed out; please try again."
data-ajax-error-text-parsererror="Something went wrong with the request and the server returned an invalid reply.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out.">
		<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
	<div id="phpbb_confirm" class="phpbb_alert">
		<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
		<div class="alert_text"></div>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true"
src="&#x2F;forum&#x2F;app.php&#x2F;cron&#x2F;cron.task.core.tidy_sessions&#x3F;sid&#x3D;{sid}" width="1" height="1"
alt="">
</div>

<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=14"></script>
<script src="./assets/javascript/core.js?assets_version=14"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=14"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=14"></script>

</body>
</html>
"""
    write_text(name, "html", page)


# ======== 4. Bryncastell Community Council (noticeboard sheets, bilingual strip and posting box on every sheet)
class NoticeSheet(DejaVuDoc):
    strip = ""
    board = ""
    posted = ("", "")
    contact = ""
    keep = ""
    RED = (122, 28, 36)

    def header(self):
        # heavy frame round the sheet, two drawing-pin marks, the bilingual strip and the sheet number
        self.set_draw_color(*self.RED)
        self.set_line_width(1.6)
        self.rect(8, 8, self.w - 16, self.h - 16)
        self.set_line_width(0.2)
        self.set_fill_color(200, 200, 200)
        self.set_draw_color(120, 120, 120)
        for x in (14, self.w - 14):
            self.circle(x - 1.6, 11.4, 3.2, style="DF")
        self.set_fill_color(*self.RED)
        self.rect(12, 16, self.w - 24, 11, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 11.5)
        self.set_xy(12, 16)
        self.cell(self.w - 24, 11, self.strip, align="C")
        self.set_text_color(90, 90, 90)
        self.set_font("Sans", "", 8.5)
        self.set_xy(14, 28.5)
        self.cell(90, 5, self.board)
        self.set_xy(self.w - 104, 28.5)
        self.cell(90, 5, f"Taflen {self.page_no()} o {{nb}} / Sheet {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(38)

    def footer(self):
        y = self.h - 33
        self.set_draw_color(*self.RED)
        self.set_line_width(0.5)
        self.rect(14, y, self.w - 28, 19)
        self.set_line_width(0.2)
        self.set_font("Sans", "B", 8.5)
        self.set_xy(17, y + 2)
        self.cell(85, 5, self.posted[0])
        self.set_xy(self.w - 102, y + 2)
        self.cell(85, 5, self.posted[1], align="R")
        self.set_font("Sans", "", 8.5)
        self.set_xy(17, y + 7.5)
        self.cell(self.w - 34, 5, self.contact, align="C")
        self.set_font("Sans", "I", 8)
        self.set_text_color(*self.RED)
        self.set_xy(17, y + 12.5)
        self.cell(self.w - 34, 5, self.keep, align="C")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


def bryncastell():
    name = "bryncastell-community-council"
    items = parse(name)
    pdf = NoticeSheet(format="A4")
    pdf.setup(
        title="Protocol Aelodau a Staff / Members and Staff Protocol",
        app="Microsoft® Word 2016",
        author="Clerc Bryncastell",
        created=dt.datetime(2025, 6, 23, 9, 5, 0, tzinfo=dt.UTC),
    )
    pdf.strip = first(items, "STRIP")
    pdf.board = first(items, "BOARD")
    pdf.posted = tuple(first(items, "POSTED").split("|"))
    pdf.contact = first(items, "CONTACT")
    pdf.keep = first(items, "KEEP")
    pdf.set_margins(20, 38, 20)
    pdf.set_auto_page_break(True, margin=38)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = "Sans"
    pdf.set_font(F, "B", 20)
    pdf.cell(0, 11, first(items, "NOTICEH"), align="C", **NEXT)
    pdf.ln(2)
    pdf.set_font(F, "", 12.5)
    pdf.multi_cell(0, 6.4, first(items, "NOTICECY"), **NEXT)
    pdf.ln(2.5)
    pdf.set_font(F, "I", 12.5)
    pdf.multi_cell(0, 6.4, first(items, "NOTICEEN"), **NEXT)
    pdf.ln(4)
    pdf.set_draw_color(*NoticeSheet.RED)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font(F, "B", 14)
    pdf.multi_cell(0, 7, first(items, "TITLE"), align="C", **NEXT)
    pdf.ln(3)
    sec = 0
    for tag, rest in items:
        if tag == "H":
            sec += 1
            cy, en = split2(rest)
            text = f"{sec}. {cy} / {en}"
            if pdf.get_y() > pdf.h - 38 - 30:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 13)
            pdf.set_text_color(*NoticeSheet.RED)
            pdf.multi_cell(0, 6.8, text, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 12)
            lines = pdf.multi_cell(pdf.epw - 13, 6.1, text, dry_run=True, output="LINES")
            if pdf.get_y() + len(lines) * 6.1 > pdf.h - 38:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_font(F, "B", 12)
            pdf.cell(13, 6.1, num)
            pdf.set_font(F, "", 12)
            pdf.set_left_margin(L + 13)
            pdf.set_x(L + 13)
            pdf.multi_cell(0, 6.1, text, **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.6)
    pdf.ln(5)
    pdf.set_font(F, "I", 11)
    pdf.multi_cell(0, 6, first(items, "SIGNED"), align="R", **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 5. Stallingford Town Council (A3 landscape placemat: the whole protocol in eight boxes)
BOX_COLOURS = [
    (31, 78, 121),
    (0, 118, 110),
    (122, 63, 140),
    (196, 89, 17),
    (164, 36, 59),
    (46, 117, 44),
    (71, 85, 105),
    (140, 110, 20),
]


def stallingford():
    name = "stallingford-town-council"
    items = parse(name)
    pdf = DejaVuDoc(orientation="L", format="A3")
    pdf.setup(
        title="Councillors and Staff Protocol placemat",
        app="Microsoft® Publisher for Microsoft 365",
        author="Stallingford Town Council",
        created=dt.datetime(2025, 9, 24, 14, 30, 0, tzinfo=dt.UTC),
    )
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10, 10)
    pdf.add_page()
    F = "Sans"
    W, H = pdf.w, pdf.h
    # title band
    pdf.set_fill_color(20, 40, 72)
    pdf.rect(10, 10, W - 20, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(F, "B", 26)
    pdf.set_xy(16, 12)
    pdf.cell(0, 12, first(items, "BAND"))
    pdf.set_font(F, "", 14)
    pdf.set_xy(16, 24)
    pdf.cell(0, 7, first(items, "SUB"))
    pdf.set_font(F, "", 9)
    pdf.set_xy(16, 32)
    pdf.cell(0, 5, first(items, "ADOPTLINE"))
    pdf.set_text_color(0, 0, 0)

    # gather boxes
    boxes = []
    for tag, rest in items:
        if tag == "BOX":
            boxes.append((rest, []))
        elif tag == "C":
            boxes[-1][1].append(split2(rest))
    cols, gap = 4, 5
    top, strip_h = 44, 20
    bw = (W - 20 - (cols - 1) * gap) / cols
    bh = (H - top - strip_h - 18 - gap) / 2
    size, lh, numw = 9.6, 4.3, 7
    for i, (title, clauses) in enumerate(boxes):
        r, c = divmod(i, cols)
        x = 10 + c * (bw + gap)
        y = top + r * (bh + gap)
        colour = BOX_COLOURS[i]
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.6)
        pdf.rect(x, y, bw, bh, style="D", round_corners=True, corner_radius=3)
        pdf.set_fill_color(*colour)
        pdf.rect(x, y, bw, 9, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=3)
        # a round "icon" with the box's letter
        pdf.set_fill_color(255, 255, 255)
        pdf.circle(x + 5.5, y + 4.5, 3.2, style="F")
        pdf.set_text_color(*colour)
        pdf.set_font(F, "B", 8)
        pdf.set_xy(x + 2.3, y + 2.2)
        pdf.cell(6.4, 4.6, "ABCDEFGH"[i], align="C")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 10.5)
        pdf.set_xy(x + 10, y + 1.5)
        pdf.cell(bw - 12, 6, title)
        pdf.set_text_color(0, 0, 0)
        yy = y + 12
        for num, text in clauses:
            pdf.set_font(F, "B", size)
            pdf.set_text_color(*colour)
            pdf.set_xy(x + 2.5, yy)
            pdf.cell(numw, lh, num)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font(F, "", size)
            pdf.set_xy(x + 2.5 + numw, yy)
            pdf.multi_cell(bw - 5 - numw, lh, text, **NEXT)
            yy = pdf.get_y() + 1.6
        if yy > y + bh:
            raise SystemExit(f"box {i + 1} overflows by {yy - y - bh:.1f} mm")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    # key contacts strip
    sy = H - 18 - strip_h + 2
    pdf.set_fill_color(232, 236, 242)
    pdf.rect(10, sy, W - 20, strip_h - 4, style="F")
    pdf.set_font(F, "B", 10)
    pdf.set_xy(14, sy + 2)
    pdf.cell(40, 5, "KEY CONTACTS")
    contacts = [split2(r) for r in all_of(items, "CONTACT")]
    cw = (W - 20 - 50) / len(contacts)
    for j, (label, value) in enumerate(contacts):
        cx = 58 + j * cw
        pdf.set_font(F, "B", 8.5)
        pdf.set_xy(cx, sy + 2.5)
        pdf.cell(cw - 3, 4.5, label)
        pdf.set_font(F, "", 8.5)
        pdf.set_xy(cx, sy + 7.5)
        pdf.cell(cw - 3, 4.5, value)
    pdf.set_font(F, "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(10, H - 13)
    pdf.cell(W - 20, 4, first(items, "FOOT"), align="C")
    pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. Pellingham Parish Council (the Clerk's email printed from Outlook in Memo Style to PDF)
class MemoPrint(DejaVuDoc):
    user = ""
    printed = ""

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(60, 60, 60)
        self.set_x(self.l_margin)
        self.cell(self.epw / 3, 5, self.user)
        self.cell(self.epw / 3, 5, str(self.page_no()), align="C")
        self.cell(self.epw / 3, 5, self.printed, align="R")
        self.set_text_color(0, 0, 0)


def pellingham():
    name = "pellingham-parish-council"
    items = parse(name)
    pdf = MemoPrint(format="A4")
    pdf.setup(
        title=[split2(r)[1] for r in all_of(items, "HDR") if r.startswith("Subject|")][0],
        app="Microsoft® Outlook® for Microsoft 365",
        author=first(items, "USER"),
        created=dt.datetime(2026, 1, 9, 11, 3, 0, tzinfo=dt.UTC),
        producer="Microsoft: Print To PDF",
    )
    pdf.user = first(items, "USER")
    pdf.printed = "09/01/2026"
    pdf.set_margins(19, 17, 19)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    F = "Sans"
    pdf.set_font(F, "B", 15)
    pdf.cell(0, 8, first(items, "USER"), **NEXT)
    pdf.set_line_width(1.4)
    y = pdf.get_y() + 1
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 4)
    for rest in all_of(items, "HDR"):
        label, value = split2(rest)
        pdf.set_font(F, "B", 10)
        pdf.set_x(pdf.l_margin)
        pdf.cell(32, 5.2, f"{label}:")
        pdf.set_font(F, "", 10)
        pdf.set_left_margin(pdf.l_margin + 32)
        pdf.multi_cell(0, 5.2, value, **NEXT)
        pdf.set_left_margin(19)
    pdf.ln(5)
    size, lh = 10.5, 5.4

    def body(text, style="", before=0, after=3.2):
        pdf.ln(before)
        pdf.set_font(F, style, size)
        pdf.multi_cell(0, lh, text, **NEXT)
        pdf.ln(after)

    for tag, rest in items:
        if tag == "BODY":
            body(rest)
        elif tag == "TITLE":
            body(rest, "B", before=2, after=3)
        elif tag == "H":
            pdf.set_font(F, "B", size)
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            body(rest, "B", before=1.5, after=1.5)
        elif tag == "C":
            letter, text = split2(rest)
            L = pdf.l_margin
            pdf.set_font(F, "", size)
            pdf.set_x(L + 6)
            pdf.cell(8, lh, letter)
            pdf.set_left_margin(L + 14)
            pdf.set_x(L + 14)
            pdf.multi_cell(0, lh, text, **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.5)
        elif tag == "AFTER":
            body(rest, before=2 if rest.startswith("If") else 0)
        elif tag == "SIG":
            first_sig = rest == all_of(items, "SIG")[0]
            pdf.set_font(F, "B" if first_sig else "", 10 if not first_sig else 11)
            pdf.set_text_color(31, 78, 121) if first_sig else pdf.set_text_color(70, 70, 70)
            if rest.startswith("My working hours"):
                pdf.set_font(F, "I", 8.5)
                pdf.ln(1.5)
            pdf.multi_cell(0, 4.8, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
        elif tag == "DISC":
            pdf.ln(4)
            pdf.set_font(F, "", 7.5)
            pdf.set_text_color(110, 110, 110)
            pdf.multi_cell(0, 3.8, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Kilnfield Neighbourhood Council (Thunderbird format=flowed message to the councillors' Google Group)
def flowed(text, width=72):
    """One paragraph as format=flowed lines (RFC 3676): soft breaks at spaces, each soft-broken line ending in the
    space it was broken at; lines that would start with a space, '>' or 'From ' are space-stuffed."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width - 1:
            lines.append(cur + " ")
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return [(" " + ln) if ln.startswith((" ", ">", "From ")) else ln for ln in lines]


def kilnfield():
    name = "kilnfield-neighbourhood-council"
    items = parse(name)
    group, group_name = split2(first(items, "GROUP"))
    msgid = "4b2e9c1a-7f3d-4e8a-9c55-0d2b7a61f0e3@kilnfieldnc.org.uk"
    headers = [
        "Return-Path: <kilnfield-councillors+bncBDZ4RMK7YUFBBQ6T3PEAMGQEX5HWJKI@googlegroups.com>",
        "Received: from mail-qv1-f61.google.com (mail-qv1-f61.google.com. [209.85.219.61])",
        "        by mx.google.com with ESMTPS id 6a1803df08f44-6f2c1e03a5bsi2291374d6.118.2025.11.12.01.37.40",
        "        for <cllr.okafor@kilnfieldnc.org.uk>",
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
        "        Wed, 12 Nov 2025 01:37:41 -0800 (PST)",
        "X-Received: by 2002:a05:6214:2a8b:b0:6f2:c0e1:9d3a with SMTP id "
        "jr11-20020a0562142a8b00b006f2c0e19d3amr4125539qvb.7.1762940260992;",
        "        Wed, 12 Nov 2025 01:37:40 -0800 (PST)",
        f"From: {first(items, 'FROM')}",
        f"To: {first(items, 'TO')}",
        f"Subject: {first(items, 'SUBJECT')}",
        f"Date: {first(items, 'DATE')}",
        f"Message-ID: <{msgid}>",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-GB",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "X-Original-Sender: clerk@kilnfieldnc.org.uk",
        "X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@kilnfieldnc.org.uk header.s=s1 "
        "header.b=Qm3kV0aX;       spf=pass (google.com: domain of clerk@kilnfieldnc.org.uk designates 198.51.100.24 "
        "as permitted sender) smtp.mailfrom=clerk@kilnfieldnc.org.uk;       dmarc=pass (p=QUARANTINE sp=QUARANTINE "
        "dis=NONE) header.from=kilnfieldnc.org.uk",
        "Precedence: list",
        f"Mailing-list: list {group}@googlegroups.com; contact {group}+owners@googlegroups.com",
        f"List-ID: <{group}.googlegroups.com>",
        "X-Spam-Checked-In-Group: clerk@kilnfieldnc.org.uk",
        "X-Google-Group-Id: 738291045521",
        f"List-Post: <https://groups.google.com/group/{group}/post>, <mailto:{group}@googlegroups.com>",
        f"List-Help: <https://groups.google.com/support/>, <mailto:{group}+help@googlegroups.com>",
        f"List-Archive: <https://groups.google.com/group/{group}/>",
        f"List-Subscribe: <https://groups.google.com/group/{group}/subscribe>,",
        f" <mailto:{group}+subscribe@googlegroups.com>",
        "List-Unsubscribe: <mailto:googlegroups-manage+738291045521+unsubscribe@googlegroups.com>,",
        f" <https://groups.google.com/group/{group}/subscribe>",
    ]
    body = []
    for tag, rest in items:
        if tag in ("NOTE", "END"):
            body += flowed(rest) + [""]
        elif tag == "TITLE":
            body += [rest, ""]
        elif tag == "H":
            body += [rest, ""]
        elif tag == "C":
            num, text = split2(rest)
            body += flowed(f"{num}. {text}") + [""]
    # the closing lines ("Any questions ...", "Best wishes,") sit together before the signature
    body = body[:-1]
    body += ["", "-- "] + all_of(items, "SIGN")
    body += [
        "",
        "-- ",
        f'You received this message because you are subscribed to the Google Groups "{group_name}" group.',
        "To unsubscribe from this group and stop receiving emails from it, send an email to "
        f"{group}+unsubscribe@googlegroups.com.",
        f"To view this discussion visit https://groups.google.com/d/msgid/{group}/{msgid.replace('@', '%40')}.",
        "",
    ]
    text = "\n".join(headers) + "\n\n" + "\n".join(body)
    write_text(name, "eml", text, newline="\r\n")


# ======== 8. Aldminster City Council (a Google Form's public view: the protocol in "title and description" items)
FORM_ID = "1FAIpQLSe7Kq2vN0xW4mYbR9tLcH3dJ8uP5gA6sZ1fE0oQ7iV2nB4kXw"


def aldminster():
    name = "aldminster-city-council"
    items = parse(name)
    title = first(items, "FORMTITLE")
    desc = all_of(items, "FORMDESC")
    sections = []
    for tag, rest in items:
        if tag == "SECTION":
            sections.append((rest, []))
        elif tag == "C":
            num, text = split2(rest)
            sections[-1][1].append(f"{num} {text}")
    questions = [r.split("|") for r in all_of(items, "Q")]

    listitems = []
    load_items = []
    item_id = 503117240
    for heading, lines in sections:
        item_id += 7331
        listitems.append(
            '<div role="listitem" class="Qr7Oae" jsname="ibnC6b">'
            f'<div jsmodel="CP1oW" data-params="%.@.[{item_id},&quot;{attr(heading)}&quot;,null,6,null,null,null,'
            f'null,null,null,null,[null,&quot;{attr(heading)}&quot;]],null,null,null,null,null,null,null]">'
            '<div class="Ahh2ac Aqlk4e" jsname="RRcKHe"><div class="M4DNQ">'
            '<div class="HoXoMd D1wxyf RjsPE" role="heading" aria-level="2" dir="auto">'
            f'<span class="M7eMe">{esc(heading)}</span></div>'
            "</div>"
            f'<div class="spb5Rd OIC90c" dir="auto">{"<br>".join(esc(x) for x in lines)}</div>'
            "</div></div></div>"
        )
        load_items.append(
            [item_id, heading, "\n".join(lines), 6, None, None, None, None, None, None, None, [None, heading]]
        )

    qn_ = 0
    for qtype, label, required, options in questions:
        item_id += 7331
        qn_ += 1
        entry = 1125933000 + qn_ * 1117
        req = 1 if required == "yes" else 0
        star = (
            f'<span class="vnumgf" id="i{qn_ * 10 + 4}" aria-label="Required question"> *</span>'
            if required == "yes"
            else ""
        )
        head = (
            f'<div class="M4DNQ"><div id="i{qn_ * 10 + 1}" class="HoXoMd D1wxyf RjsPE" role="heading" aria-level="3" '
            f'dir="auto"><span class="M7eMe">{esc(label)}</span>{star}</div></div>'
        )
        if qtype == "text":
            field = (
                '<div class="AgroKb"><div class="rFrNMe k3kHxc RdH0ib yqQS1 zKHdkd" jscontroller="pxq3x">'
                '<div class="aCsJod oJeWuf"><div class="aXBtI Wic03c"><div class="Xb9hP">'
                f'<input type="text" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" '
                f'aria-labelledby="i{qn_ * 10 + 1} i{qn_ * 10 + 4}" dir="auto" data-initial-dir="auto" '
                'data-initial-value="">'
                '<div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">Your answer</div></div>'
                '<div class="i9lrp mIZh1c"></div><div jsname="XmnwAc" class="OabDMe cXrdqd Y2Zypf"></div>'
                "</div></div></div></div>"
            )
            qtype_num = 0
        elif qtype == "para":
            field = (
                '<div class="AgroKb"><div class="rFrNMe k3kHxc RdH0ib yqQS1 Tyc9J" jscontroller="pxq3x">'
                '<div class="aCsJod oJeWuf"><div class="aXBtI Wic03c"><div class="Pc9Gce Wic03c">'
                '<textarea class="KHxj8b tL9Q4c" jsname="YPqjbf" data-rows="1" tabindex="0" '
                f'aria-labelledby="i{qn_ * 10 + 1}" '
                'dir="auto" data-initial-dir="auto" data-initial-value=""></textarea>'
                '<div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">Your answer</div>'
                "</div></div></div></div></div>"
            )
            qtype_num = 1
        elif qtype == "select":
            opts = options.split(";")
            field = (
                '<div class="vQES8d"><div jscontroller="liFoG" class="MocG8c HZ3kWc mhLiyf LMgvRb KKjvXb DEh1R" '
                f'role="listbox" aria-labelledby="i{qn_ * 10 + 1}" aria-expanded="false" tabindex="0">'
                '<div jsname="LgbsSe" class="ry3kXd">'
                '<div class="MocG8c HZ3kWc mhLiyf LMgvRb KKjvXb DEh1R" role="option" aria-selected="true" '
                'data-value="">'
                '<span class="vRMGwf oJeWuf">Choose</span></div>'
                + "".join(
                    '<div class="MocG8c HZ3kWc mhLiyf OIC90c LMgvRb" role="option" aria-selected="false" '
                    f'data-value="{attr(o)}"><span class="vRMGwf oJeWuf">{esc(o)}</span></div>'
                    for o in opts
                )
                + "</div></div></div>"
            )
            qtype_num = 3
        else:  # check
            field = (
                '<div role="list" class="Y6Myld"><div role="listitem" class="eBFwI">'
                '<label class="docssharedWizToggleLabeledContainer Wv1Hwb">'
                '<div class="bzfPab wFGF8"><div class="d7L4fc bJNwt FXLARc aomaEc ECvBRb">'
                f'<div class="uVccjd aiSeRd FXLARc wGQFbe BJHAP oLlshd" jscontroller="EcW08c" role="checkbox" '
                f'aria-label="{attr(options)}" aria-checked="false" tabindex="0" '
                f'data-answer-value="{attr(options)}"></div></div>'
                '<div class="YEVVod"><div class="ulDsOb"><span dir="auto" class="aDTYNe snByac n5vBHf OIC90c">'
                f"{esc(options)}</span></div></div>"
                "</div></label></div></div>"
            )
            qtype_num = 4
        listitems.append(
            '<div role="listitem" class="Qr7Oae" jsname="ibnC6b">'
            f'<div jsmodel="CP1oW" data-params="%.@.[{item_id},&quot;{attr(label)}&quot;,null,{qtype_num},'
            f'[[{entry},null,{req}]]],&quot;i{qn_ * 10 + 1}&quot;,false]">'
            f'<div class="geS5n"><div class="z12JJ">{head}</div>{field}'
            f'<div jsname="Rfh2Tc" class="SL4Sz" id="i{qn_ * 10 + 3}" role="alert"></div></div></div></div>'
        )
        choices = [[o] for o in options.split(";")] if options else None
        load_items.append([item_id, label, None, qtype_num, [[entry, choices, req]]])

    form_data = ["\n".join(desc), load_items, None, None, None, None, None, None, title, 80]
    form_data += [[None, None, None, 2, 0, None, 1], None, None, None, None, [2]] + [None] * 8
    form_data += [[None, "\n".join(desc)], [None, title]]
    load_data = [None, form_data, "/forms", title, None, None, None, "", None, 0, 0, None, "", 0, FORM_ID, 0, "[]"]
    load_data += [0, 0]
    desc_html = "<br>".join(esc(d) for d in desc)
    og_desc = attr(desc[0])
    page = (
        '<!DOCTYPE html><html lang="en-GB" class="HB1eCd-UMrnmb PHOcVb"><head><link rel="shortcut icon" '
        'sizes="16x16" href="https://ssl.gstatic.com/docs/spreadsheets/forms/favicon_qp2.png"><link '
        'rel="shortcut icon" sizes="32x32" '
        'href="https://ssl.gstatic.com/docs/forms/device_home/android_192.png"><link rel="apple-touch-icon" '
        'sizes="192x192" href="https://ssl.gstatic.com/docs/forms/device_home/android_192.png"><script '
        'data-id="_gd" nonce="Wc8aBf0sQ2rT9xYk3LpN1g">window.WIZ_global_data = '
        f'{{"Im6cmf":"/forms/u/0/_/FormsFrontendUi","Yllh3e":"%.@.1762430071914384,187532049,3211460922]","cfb2h":"boq_formsfrontendserver_20251104.05_p0","eptZe":"/forms/u/0/_/","fPDxwd":[97661920,97675312],"hsFLT":"%.@.null,1000,2]","qwAQke":"FormsFrontendUi","rtQCxc":0,"zChJod":"%.@.]"}}'
        f';</script><title>{esc(title)}</title><link rel="stylesheet" '
        'href="https://www.gstatic.com/_/freebird/_/ss/k=freebird.v.oyF7mYq0ugs.L.W.O/am=BAAQ/d=1/excm=_b,_tp,f'
        'ormviewview/ed=1/rs=AMjVe6gk2xSgVJr8xQkqZ2bJ8E7eQm9Cyg" data-id="_cl" '
        'nonce="Wc8aBf0sQ2rT9xYk3LpN1g"><link '
        'href="https://fonts.googleapis.com/css?family=Google+Sans:300,400,500,700|Roboto:300,400,400i,500,700&'
        'subset=latin,vietnamese,latin-ext,cyrillic,greek,cyrillic-ext,greek-ext" rel="stylesheet" '
        'nonce="Wc8aBf0sQ2rT9xYk3LpN1g"><meta name="referrer" content="origin"><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"><meta itemprop="name" content="{attr(title)}"><meta '
        f'itemprop="description" content="{og_desc}"><meta itemprop="url" '
        f'content="https://docs.google.com/forms/d/e/{FORM_ID}/viewform?usp=embed_facebook"><meta '
        'itemprop="width" content="200"><meta itemprop="height" content="200"><meta property="og:title" '
        f'content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" '
        'content="Google Docs"><meta property="og:url" '
        f'content="https://docs.google.com/forms/d/e/{FORM_ID}/viewform?usp=embed_facebook"><meta '
        'property="og:image" content="https://lh3.googleusercontent.com/AHbbm0n9l4Q_Xw7bB5vKzpQz3qfUgnR7xg4mWcT'
        f'0kR9Yc2uEsSgT1bHXdlh2w=w1200-h630-p"><meta property="og:description" content="{og_desc}"><meta '
        f'name="twitter:card" content="player"><meta name="twitter:title" content="{attr(title)}"><meta '
        f'name="twitter:description" content="{og_desc}"></head><body dir="ltr" class="Kq96Xe" '
        'jscontroller="Pwoxve" jsaction="rcuQ6b:npT2md" id="SMi7ie"><div class="Uc2NEf"><div class="teQAzf">'
        f'<form action="https://docs.google.com/forms/u/0/d/e/{FORM_ID}/formResponse" target="_self" '
        'method="POST" id="mG61Hd" jsmodel="TOfxwf Q91hve CEkLOc" data-shuffle-seed="-6128450927710346421" '
        'data-first-entry="0" data-last-entry="4" data-is-first-page="true"><div class="lrKTG"><div '
        'class="RH5hzf RLS9Fe"><div class="Dq4amc"><div class="ahS2Le"><div class="F9yp7e ikZYwf LgNcQe" '
        f'dir="auto" role="heading" aria-level="1">{esc(title)}</div></div><div class="cBGGJ OIC90c" '
        f'dir="auto">{desc_html}</div></div><div class="s3cXLe"><div class="zFwDvf"><div class="z4rOFd"><div '
        'class="IEMRr">Sign in to Google to save your progress. <a '
        'href="https://support.google.com/docs?p=form_autosave" target="_blank" class="ddvnfb" '
        'jsname="Tf6Pwe">Learn more</a></div></div></div></div><div jsname="MuOs4c" class="md0UAd" '
        'aria-hidden="true" dir="auto">* Indicates required question</div></div></div><div role="list" '
        f'class="o3Dpx">{"".join(listitems)}</div><div class="ThHDze"><div class="DE3NNc CekdCb"><div '
        'class="lRwqcd"><div role="button" class="uArJ5e UQuaGc Y5sE8d VkkpIf QvWxOd" jscontroller="VXdfxd" '
        'jsname="M2UYVd" tabindex="0"><div class="Fvio9d MbhUzd" jsname="ksKsZd"></div><div class="e19J0b '
        'CeoRYc"></div><span jsslot class="l4V7wb Fxmcue"><span class="NPEfkd RveJvd snByac">Submit</span>'
        '</span></div></div><div class="ySbt1d"><div role="button" class="uArJ5e Y5FYJe cjq2Db IP2x4d '
        'M9Bg4d" jscontroller="VXdfxd" jsname="lNJtMd" tabindex="0"><div class="Fvio9d MbhUzd" '
        'jsname="ksKsZd"></div><div class="e19J0b CeoRYc"></div><span jsslot class="l4V7wb Fxmcue"><span '
        'class="NPEfkd RveJvd snByac">Clear form</span></span></div></div></div></div><div class="T2dutf">'
        '<div class="zAVwcb"></div>Never submit passwords through Google Forms.</div><input type="hidden" '
        'name="fvv" value="1"><input type="hidden" name="partialResponse" '
        'value="[null,null,&quot;-6128450927710346421&quot;]"><input type="hidden" name="pageHistory" '
        'value="0"><input type="hidden" name="fbzx" value="-6128450927710346421"><input type="hidden" '
        'name="submissionTimestamp" value="-1"></form><div class="Dq4amc"><div class="RH5hzf RLS9Fe"><div '
        'class="WwPZSc">Does this form look suspicious? <a '
        f'href="https://docs.google.com/forms/u/0/d/e/{FORM_ID}/reportabuse?source=https://docs.google.com/forms'
        f'/d/e/{FORM_ID}/viewform">Report</a></div><div class="ynRLnc">This content is neither created nor '
        "endorsed by Google. <a "
        f'href="https://docs.google.com/forms/u/0/d/e/{FORM_ID}/reportabuse?source=https://docs.google.com/forms'
        f'/d/e/{FORM_ID}/viewform">Report Abuse</a> - <a href="https://policies.google.com/terms">Terms of '
        'Service</a> - <a href="https://policies.google.com/privacy">Privacy Policy</a></div><div '
        'class="oAJcmd"><a class="KvjaFb" '
        'href="//www.google.com/forms/about/?utm_source=product&amp;utm_medium=forms_logo&amp;utm_campaign=form'
        's" aria-label="Google Forms"><img '
        'src="https://www.gstatic.com/images/branding/googlelogo/svg/googlelogo_clr_74x24px.svg" '
        'alt="Google" class="Qi7Wve"><span class="uIlqcb">Forms</span></a></div></div></div></div></div>'
        '<script type="text/javascript" nonce="Wc8aBf0sQ2rT9xYk3LpN1g">var FB_PUBLIC_LOAD_DATA_ = '
        f"{json.dumps(load_data, ensure_ascii=False, separators=(',', ':'))}\n"
        ';</script><script nonce="Wc8aBf0sQ2rT9xYk3LpN1g">'
        f'_docs_flag_initialData={{"docs-ails":"docs_cold","docs-fwds":"docs_sdf","docs-crs":"docs_crs_nfd","docs-fe-re":2}}'
        ";</script></body></html>"
    )
    write_text(name, "html", page)


def main():
    cressingfold()
    kilbraddan()
    brindleford()
    bryncastell()
    stallingford()
    pellingham()
    kilnfield()
    aldminster()
    return 0


if __name__ == "__main__":
    sys.exit(main())
