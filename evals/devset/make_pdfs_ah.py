"""Build the probe-ah documents in docs-ah/ from the sources in docs-ah-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ah.py

Probe AH: eight ORDINARY, current member/officer protocols of invented PRINCIPAL councils (metropolitan borough,
county, district, London borough, Scottish council, unitary, Welsh county borough, borough), each in a published
form that earlier probes did not use, with that form's everyday noise:
- a metropolitan borough's STAFF INTRANET PAGE on SharePoint Online, saved from the browser: suite bar, hub and site
  navigation, topic header and byline, the protocol in collapsible sections, Quick links / Documents / People web
  parts, likes, views, page comments and "Recommended for you" (Thornwick, .html);
- a county's MEMBERS' HANDBOOK published as a FLIPBOOK, in the flipbook's text-only HTML version: one block per
  flipbook page labelled with the flipbook page number (two more than the printed folio), the printed running header
  repeated on every page, a paragraph running over a page break, the viewer's toolbar and the handbook's contents,
  and the start of the next section (Ellingshire, .html);
- a committee-system district's protocol as a PAGE-RANGE EXTRACT of the whole consolidated Constitution PDF: whole-book
  page numbers ("Page 187 of 301"), version footer, the end of the previous section (a Planning Code with its own
  review clause) on the first page and the start of the next section on the last (Threlby, .pdf);
- a London borough's Word file in the "what councillors can expect from officers / what officers can expect from
  councillors" style, the items lettered only by Word's automatic numbering, with the OFFICIAL security marking in
  header and footer and a document control table (Norbridge, .docx);
- a Scottish council's protocol pasted into an Outlook EMAIL to all members: OFFICIAL sensitivity label (subject,
  msip_labels header, first and last body line), quoted-printable multipart/alternative, Safe Links URLs written
  "text<https://...>", signature with a cid logo placeholder, disclaimer (Drumlarnie, .eml);
- a unitary council's online councillor handbook page in GITBOOK MARKDOWN: front matter with layout switches,
  <figure>, {% hint %} blocks holding rules, {% tabs %} for the two directions of raising a concern, <details>,
  {% content-ref %} cards, <mark> spans, bold typed clause numbers (Brindlemoor, .md);
- a Welsh county borough's protocol as a MICROSOFT SWAY saved after rendering: viewer bar, navigation pane listing
  every heading, title card, Welsh-version card, image and video cards, text cards, Sway's footer (Glynrhedyn, .html);
- a borough's protocol COPIED FROM THE STAFF POLICY MANAGEMENT SYSTEM into Notepad: menus, breadcrumbs, metadata panel
  with the reader's own acceptance status, the viewer's "Page n of 3" pager between screens, the acceptance box,
  related policies and footer, CRLF line ends (Osmarsh, .txt).
Shared helpers come from gen_common.py; the PDF uses the DejaVu faces. Deterministic: fixed creation dates, zip
timestamps and message ids, no randomness.
"""

import datetime as dt
import io
import quopri
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter

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
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-ah-src"
OUT = HERE / "docs-ah"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 7, 10, 14, 5, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def write_text(path, lines, newline="\n"):
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    done(path)


# ======== 1. Thornwick Metropolitan Borough Council (SharePoint Online intranet page)
SP = "https://thornwickmbc.sharepoint.com/sites/LegalDemocratic"


def thornwick():
    name = "thornwick-metropolitan-borough-council"
    items = parse(name)
    title = first(items, "TITLE")
    author, published = first(items, "BYLINE").split("|", 1)
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html dir="ltr" lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{esc(title)}</title>")
    w('<meta name="description" content="The Council\'s protocol on how councillors and staff work together.">')
    w(f'<link rel="canonical" href="{SP}/SitePages/Member-Officer-Protocol.aspx">')
    w('<link rel="stylesheet" href="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_en-gb.css">')
    w("</head>")
    w('<body class="spPage ms-Fabric">')
    w('<div id="SuiteNavWrapper" class="o365sx-navbar" role="banner">')
    w('<button class="o365sx-waffle" aria-label="App launcher" type="button"></button>')
    w('<a class="o365sx-appName" href="/_layouts/15/sharepoint.aspx"><span>SharePoint</span></a>')
    w(
        '<div class="ms-SearchBox" role="search"><input type="search" aria-label="Search this site" '
        'placeholder="Search this site"></div>'
    )
    w('<button type="button" aria-label="Settings"></button><button type="button" aria-label="Help"></button>')
    w(
        '<button type="button" class="o365sx-accountManager" aria-label="Account manager for Jordan Whitley">'
        "<span>JW</span></button>"
    )
    w("</div>")
    w('<div class="ms-HubNav" data-automation-id="HubNav">')
    w(
        '<a class="ms-HubNav-siteName" href="https://thornwickmbc.sharepoint.com/sites/ThornwickTogether">'
        "Thornwick Together</a>"
    )
    w('<ul class="ms-HubNav-links">')
    for lab in all_of(items, "HUBNAV"):
        w(
            f'<li><a href="https://thornwickmbc.sharepoint.com/sites/ThornwickTogether/SitePages/{slug(lab)}.aspx">'
            f"{esc(lab)}</a></li>"
        )
    w("</ul></div>")
    w('<div class="ms-siteHeader" data-automation-id="SiteHeader">')
    w('<div class="ms-siteLogo" aria-hidden="true"><span>LD</span></div>')
    w(f'<span class="ms-siteHeader-siteName"><a href="{SP}">{esc(first(items, "SITE"))}</a></span>')
    w('<nav class="ms-HorizontalNav" aria-label="Site navigation"><ul>')
    for lab in all_of(items, "SITENAV"):
        w(f'<li><a href="{SP}/SitePages/{slug(lab)}.aspx">{esc(lab)}</a></li>')
    w("</ul></nav>")
    w(
        '<div class="ms-siteHeader-actions"><button type="button">Following</button>'
        '<span class="ms-siteHeader-members">382 members</span></div>'
    )
    w("</div>")
    w(
        '<div class="commandBarWrapper" role="menubar"><button type="button">Page details</button>'
        '<button type="button">Immersive Reader</button><span class="ms-CommandBar-published">'
        f'{esc(published)}</span><button type="button">Share</button></div>'
    )
    w('<div class="SPCanvas" data-automation-id="contentScrollRegion">')
    w('<div class="CanvasComponent"><div class="pageTitle" data-automation-id="titleRegion">')
    w(f'<span class="topicHeader" data-automation-id="topicHeader">{esc(first(items, "TOPIC").upper())}</span>')
    w(f'<h1 data-automation-id="pageHeader" class="ms-pageTitle">{esc(title)}</h1>')
    w(
        '<div class="authorByline"><div class="ms-Persona"><span class="ms-Persona-initials">DS</span>'
        f'<span class="ms-Persona-primaryText">{esc(author)}</span>'
        f'<span class="ms-Persona-secondaryText">{esc(published)}</span></div></div>'
    )
    w("</div>")
    # first zone: intro (two-thirds) and quick links (one-third)
    w('<div class="CanvasZone CanvasZone--twoColumnLeft" data-automation-id="CanvasZone">')
    w('<div class="CanvasSection CanvasSection-col-8"><div class="ControlZone">')
    w('<div data-sp-feature-tag="Rte Web Part" data-sp-feature-instance-id="rte-intro">')
    w('<div class="rte--read" data-automation-id="textBox">')
    w(f"<p>{esc(first(items, 'INTRO'))}</p>")
    w("</div></div></div></div>")
    w('<div class="CanvasSection CanvasSection-col-4"><div class="ControlZone">')
    w('<div data-sp-feature-tag="QuickLinksWebPart" data-automation-id="quickLinksWebPart">')
    w('<h2 class="webPartHeader">Quick links</h2><ul class="ms-QuickLinks-compact">')
    for lab in all_of(items, "QL"):
        w(
            f'<li><a href="{SP}/SitePages/{slug(lab)}.aspx" data-interception="propagate">'
            f'<i data-icon-name="Link" aria-hidden="true"></i><span>{esc(lab)}</span></a></li>'
        )
    w("</ul></div></div></div>")
    w("</div>")
    # the collapsible sections
    section = None
    for tag, rest in items:
        if tag == "S":
            if section is not None:
                w("</div></div></div></div></div></div>")
            num, heading, state = rest.split("|")
            section = num
            expanded = "true" if state == "open" else "false"
            cls = "" if state == "open" else " is-collapsed"
            w(
                f'<div class="CanvasZone CanvasZone--collapsible{cls}" data-automation-id="CanvasZone" '
                f'data-sp-a11y-id="section{num}">'
            )
            w(
                f'<div class="CollapsibleSection-header"><button type="button" class="CollapsibleSection-button" '
                f'aria-expanded="{expanded}" aria-controls="section{num}-content">'
                '<i data-icon-name="ChevronDown" aria-hidden="true"></i>'
                f'<h2 class="CollapsibleSection-title">{num}. {esc(heading)}</h2></button></div>'
            )
            w(f'<div class="CollapsibleSection-content" id="section{num}-content">')
            w('<div class="CanvasSection CanvasSection-col-12"><div class="ControlZone">')
            w(f'<div data-sp-feature-tag="Rte Web Part" data-sp-feature-instance-id="rte-{num}">')
            w('<div class="rte--read" data-automation-id="textBox">')
        elif tag == "P":
            num, text = rest.split("|", 1)
            w(f"<p><strong>{num}</strong>&nbsp;&nbsp;{esc(text)}</p>")
    w("</div></div></div></div></div></div>")
    # documents and people web parts
    w('<div class="CanvasZone CanvasZone--twoColumn" data-automation-id="CanvasZone">')
    w('<div class="CanvasSection CanvasSection-col-6"><div class="ControlZone">')
    w('<div data-sp-feature-tag="DocumentLibraryWebPart"><h2 class="webPartHeader">Documents</h2>')
    w('<div class="ms-CommandBar"><button type="button">See all</button></div>')
    w(
        '<table class="ms-DetailsList" role="grid"><thead><tr><th>Name</th><th>Modified</th>'
        "<th>Modified By</th></tr></thead><tbody>"
    )
    for row in all_of(items, "DOC"):
        doc_name, modified, by = row.split("|")
        w(
            f'<tr><td><a href="{SP}/Shared%20Documents/{slug(doc_name)}">{esc(doc_name)}</a></td>'
            f"<td>{esc(modified)}</td><td>{esc(by)}</td></tr>"
        )
    w("</tbody></table></div></div></div>")
    w('<div class="CanvasSection CanvasSection-col-6"><div class="ControlZone">')
    w('<div data-sp-feature-tag="PeopleWebPart"><h2 class="webPartHeader">Contacts</h2><ul class="ms-People">')
    for row in all_of(items, "PERSON"):
        person, role = row.split("|")
        w(
            f'<li class="ms-Persona"><span class="ms-Persona-primaryText">{esc(person)}</span>'
            f'<span class="ms-Persona-secondaryText">{esc(role)}</span></li>'
        )
    w("</ul></div></div></div>")
    w("</div>")
    w("</div>")  # CanvasComponent
    # social bar, comments, recommended
    w('<div class="ms-SocialBar" data-automation-id="sp-socialbar">')
    w('<button type="button" data-automation-id="sp-socialbar-likebutton">Like</button>')
    w('<button type="button" data-automation-id="sp-socialbar-commentbutton">Comment</button>')
    w('<button type="button" data-automation-id="sp-socialbar-savefortlaterbutton">Save for later</button>')
    w(f'<span data-automation-id="sp-socialbar-viewcount">{esc(first(items, "VIEWS"))}</span>')
    w("</div>")
    w('<div class="ms-Comments" data-automation-id="sp-comments"><h2>Comments</h2>')
    w(
        '<div class="ms-Comments-box"><textarea aria-label="Add a comment" placeholder="Add a comment. '
        'Type @ to mention someone"></textarea><button type="button">Post</button></div>'
    )
    for row in all_of(items, "COMMENT"):
        who, when, text = row.split("|", 2)
        w(
            f'<div class="ms-Comment"><span class="ms-Comment-author">{esc(who)}</span>'
            f'<span class="ms-Comment-time">{esc(when)}</span><p>{esc(text)}</p>'
            '<button type="button">Like</button><button type="button">Reply</button></div>'
        )
    w("</div>")
    w('<div class="ms-RecommendedPages" data-automation-id="recommendedItems"><h2>Recommended for you</h2><ul>')
    for lab in all_of(items, "REC"):
        w(
            f'<li><a href="https://thornwickmbc.sharepoint.com/sites/ThornwickTogether/SitePages/{slug(lab)}.aspx">'
            f"{esc(lab)}</a></li>"
        )
    w("</ul></div>")
    w("</div>")  # SPCanvas
    w('<div class="ms-FeedbackButton"><button type="button">Feedback</button></div>')
    w("</body></html>")
    write_text(OUT / f"{name}.html", o)


# ======== 2. Ellingshire County Council (flipbook text-only version of the Members' Handbook)
FB = "https://online.flippingbook.com/view/482913675"


def ellingshire():
    name = "ellingshire-county-council"
    items = parse(name)
    book = first(items, "BOOK")
    pages = []
    for tag, rest in items:
        if tag == "PAGE":
            flip, printed, head = rest.split("|", 2)
            pages.append({"flip": flip, "printed": printed, "head": head, "body": []})
        elif tag in ("H", "P", "PA", "CONT"):
            pages[-1]["body"].append((tag, rest))
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{esc(book)} - Ellingshire County Council - Page {pages[0]['flip']}-{pages[-1]['flip']}</title>")
    w('<meta name="generator" content="FlippingBook Publisher Corporate 2023.1.2">')
    w(f'<meta name="description" content="Ellingshire County Council {esc(book)}: text version">')
    w(f'<link rel="canonical" href="{FB}/{pages[0]["flip"]}/">')
    w('<link rel="stylesheet" href="files/assets/common/text-version.css?uni=6c0d1b2f">')
    w("</head>")
    w('<body class="text-version">')
    w('<div class="tv-toolbar" role="toolbar">')
    for lab, href in (
        ("Table of contents", "#toc"),
        ("Search", "search.html"),
        ("Download PDF", "files/assets/common/downloads/Members-Handbook-2025.pdf"),
        ("Print", "#print"),
        ("Share", "#share"),
        ("Full screen", "#fullscreen"),
        ("Back to the flipbook", f"{FB}/{pages[0]['flip']}/"),
    ):
        w(f'<a class="tv-button" href="{href}">{lab}</a>')
    w("</div>")
    w(
        f'<header class="tv-header"><p class="tv-publisher">Ellingshire County Council</p>'
        f'<p class="tv-title">{esc(book)}</p></header>'
    )
    w('<nav id="toc" class="tv-toc" aria-label="Table of contents"><h2>Table of contents</h2><ul>')
    for row in all_of(items, "TOC"):
        num, title, printed = row.split("|")
        w(
            f'<li><a href="{FB}/{int(printed) + 2}/">{num} {esc(title)}</a> '
            f'<span class="tv-toc-page">{printed}</span></li>'
        )
    w("</ul></nav>")
    w('<main class="tv-pages">')
    for pg in pages:
        w(f'<div class="tv-page" id="page{pg["flip"]}" data-page-number="{pg["flip"]}">')
        w(f'<h2 class="tv-page-label"><a href="{FB}/{pg["flip"]}/">Page {pg["flip"]}</a></h2>')
        w('<div class="tv-page-text">')
        w(f'<p class="tv-text">{esc(pg["head"])}</p>')
        for tag, rest in pg["body"]:
            if tag == "H":
                num, heading = rest.split("|", 1)
                w(f'<p class="tv-text tv-heading">{num + " " if num else ""}{esc(heading)}</p>')
            elif tag in ("P", "PA"):
                num, text = rest.split("|", 1)
                w(f'<p class="tv-text">{num} {esc(text)}</p>')
            elif tag == "CONT":
                w(f'<p class="tv-text">{esc(rest)}</p>')
        w(f'<p class="tv-text tv-folio">{pg["printed"]}</p>')
        w("</div>")
        w(
            f'<nav class="tv-pager"><a href="{FB}/{int(pg["flip"]) - 1}/">&lsaquo; Previous page</a> '
            f'<a href="{FB}/{int(pg["flip"]) + 1}/">Next page &rsaquo;</a></nav>'
        )
        w("</div>")
    w("</main>")
    w(
        '<footer class="tv-footer"><p>Pages 36-41 of 56</p>'
        '<p><a href="https://flippingbook.com/?utm_source=text-version">Made with FlippingBook</a> - '
        "Online newsletter creator</p></footer>"
    )
    w("</body></html>")
    write_text(OUT / f"{name}.html", o)


# ======== 3. Threlby District Council (page-range extract of the whole Constitution PDF)
TH_GREEN = (31, 78, 61)


class ExtractPDF(DejaVuDoc):
    runhead = ""
    foot = ""
    first_page = 1
    total = 1

    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.runhead, align="L")
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, "Threlby District Council", align="R")
        self.set_draw_color(*TH_GREEN)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.first_page + self.page_no() - 1} of {self.total}", align="R")
        self.set_text_color(0, 0, 0)


def threlby_para(pdf, num, text):
    L = pdf.l_margin
    pdf.set_x(L)
    pdf.set_font("Sans", "", 10)
    pdf.cell(13, 5.1, num)
    pdf.set_left_margin(L + 13)
    pdf.set_x(L + 13)
    pdf.multi_cell(0, 5.1, text, align="J", **NEXT)
    pdf.set_left_margin(L)
    pdf.ln(2)


def threlby_heading(pdf, num, heading):
    if pdf.get_y() > pdf.h - pdf.b_margin - 22:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_x(pdf.l_margin)
    pdf.cell(13, 6, num)
    pdf.cell(0, 6, heading, **NEXT)
    pdf.ln(1)


def threlby_section_title(pdf, title):
    if pdf.get_y() > pdf.h - pdf.b_margin - 40:
        pdf.add_page()
    pdf.ln(5)
    pdf.set_font("Sans", "B", 12.5)
    pdf.set_text_color(*TH_GREEN)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, 7, title, **NEXT)
    y = pdf.get_y() + 1
    pdf.set_draw_color(*TH_GREEN)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)


def threlby():
    name = "threlby-district-council"
    items = parse(name)
    pdf = ExtractPDF(format="A4")
    pdf.setup(
        "Constitution Part 5.4 - Protocol on Member/Officer Relations",
        "Microsoft\u00ae Word for Microsoft 365",
        "Legal and Democratic Services",
        dt.datetime(2025, 5, 21, 16, 12, 0, tzinfo=dt.UTC),
        producer="Adobe Acrobat Pro (64-bit) 24.2.20759; modified using Extract Pages",
    )
    pdf.runhead = first(items, "RUNHEAD")
    pdf.foot = first(items, "FOOT")
    pdf.first_page = int(first(items, "FIRSTPAGE"))
    pdf.total = int(first(items, "TOTAL"))
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for tag, rest in items:
        if tag in ("TAIL", "P", "NEXT"):
            num, text = rest.split("|", 1)
            threlby_para(pdf, num, text)
        elif tag in ("TAILH", "H", "NH"):
            num, heading = rest.split("|", 1)
            threlby_heading(pdf, num, heading)
        elif tag in ("SECTITLE", "NEXTTITLE"):
            threlby_section_title(pdf, rest)
    # the website's file is pages 187-190 cut out of the whole book, so section 5.5 stops where page 190 ends
    whole = PdfReader(io.BytesIO(bytes(pdf.output())))
    keep = PdfWriter()
    for page in whole.pages[:4]:
        keep.add_page(page)
    keep.add_metadata(
        {
            "/Title": "Constitution Part 5.4 - Protocol on Member/Officer Relations",
            "/Author": "Legal and Democratic Services",
            "/Creator": "Microsoft\u00ae Word for Microsoft 365",
            "/Producer": "Adobe Acrobat Pro (64-bit) 24.2.20759; modified using Extract Pages",
            "/CreationDate": "D:20250521161200Z",
            "/ModDate": "D:20250521161745Z",
        }
    )
    keep._ID = None
    path = OUT / f"{name}.pdf"
    with open(path, "wb") as fh:
        keep.write(fh)
    done(path)


# ======== 4. London Borough of Norbridge (Word file: lead-ins and auto-lettered items, OFFICIAL marking)
LETTER_LIST = (
    '<w:abstractNum {ns} w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%1)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
)


def set_num(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def marking(paragraph, text):
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = paragraph.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)


def norbridge():
    name = "london-borough-of-norbridge"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Legal and Governance"
    cp.title = "Constitution Part 5F - Member/Officer Protocol"
    cp.subject = "OFFICIAL"
    cp.created = dt.datetime(2025, 6, 12, 10, 5, 0)
    cp.modified = dt.datetime(2025, 7, 10, 14, 5, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 9
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    mark = first(items, "MARK")
    marking(sec.header.paragraphs[0], mark)
    marking(sec.footer.paragraphs[0], mark)
    fp = sec.footer.add_paragraph()
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(first(items, "FOOT") + " - Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    r3 = fp.add_run(" of ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    add_field(r4, "NUMPAGES")
    doc.add_paragraph(first(items, "TITLE"), style="Title")
    doc.add_paragraph(first(items, "SUBTITLE"), style="Subtitle")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    ctrl.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in all_of(items, "CTRL"):
        k, v = row.split("|", 1)
        cells = ctrl.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "DDE4EE")
        cells[1].text = v
    doc.add_paragraph()
    list_id = 20
    current = None
    for tag, rest in items:
        if tag == "H":
            num, heading = rest.split("|", 1)
            doc.add_heading(f"{num}.\t{heading}", level=1)
        elif tag in ("P", "LEAD"):
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            p.add_run(num + "\t" + text)
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            pf.space_after = Pt(6)
            if tag == "LEAD":
                list_id += 1
                add_abstract_numbering(doc, LETTER_LIST % list_id, list_id)
                current = list_id
        elif tag == "LI":
            p = doc.add_paragraph(rest, style="List Paragraph")
            set_num(p, current)
            p.paragraph_format.space_after = Pt(4)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 5. Drumlarnie Council (Outlook email with the protocol pasted in)
SAFE = (
    "https://eur03.safelinks.protection.outlook.com/?url={url}&data=05%7C02%7CAllElectedMembers%40drumlarnie.gov.uk"
    "%7C5b0e7c2a9d4f4e61b3a808dd7f1c2e90%7C8c1f3d2e6a7b4c09a1e2f3b4c5d6e7f8%7C0%7C0%7C638869213374519062%7CUnknown"
    "%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D"
    "%7C0%7C%7C%7C&sdata=q7Vt2m%2BfKx0bWn3Yc8Lr1oPz6hJd4sEaG9uTiR5yQ0M%3D&reserved=0"
)
PORTAL = SAFE.format(url="https%3A%2F%2Fportal.drumlarnie.gov.uk%2Fgovernance%2Fprotocol-councillors-employees")
WEB = SAFE.format(url="https%3A%2F%2Fwww.drumlarnie.gov.uk%2F")
LABEL = "MSIP_Label_2f6a1c3d-8e4b-4a7f-9c0d-5e6f7a8b9c0d"
BOUNDARY = "_000_LO2P265MB4418A1C2E0D3B7F9E6B1C0A4D7352LO2P265MB4418GBRP_"
REL = "_004_LO2P265MB4418A1C2E0D3B7F9E6B1C0A4D7352LO2P265MB4418GBRP_"
# a 1 x 1 pixel navy PNG standing in for the signature logo
LOGO_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGgAAAAEAAE2fc7yAAAAAElFTkSuQmCC"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def drumlarnie():
    name = "drumlarnie-council"
    items = parse(name)
    mark = first(items, "MARK")
    # the plain text part, as Outlook writes it
    t = [mark, ""]
    for line in all_of(items, "INTRO"):
        t.append(line.replace("{portal}", f"<{PORTAL}>"))
        t.append("")
    for line in all_of(items, "PT"):
        t.append(line)
    t.append("")
    for tag, rest in items:
        if tag == "SH":
            letter, heading = rest.split("|", 1)
            t.append(f"{letter}. {heading}")
            t.append("")
        elif tag == "N":
            num, text = rest.split("|", 1)
            t.append(f"{num}. {text}")
            t.append("")
    for line in all_of(items, "SIGN"):
        t.append(line)
    t.append("[cid:image001.png@01DBEA5C.1F0A3C20]")
    t.append("")
    t.append("_" * 32)
    for line in all_of(items, "DISC"):
        t.append(line.replace("{web}", f"<{WEB}>"))
        t.append("")
    t.append(mark)
    plain = "\n".join(t) + "\n"
    # the HTML part
    h = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} '
        "p.msipheader4d0fcdd7, li.msipheader4d0fcdd7 {margin:0cm; font-size:11.0pt;} "
        "div.WordSection1 {page:WordSection1;} --></style></head>",
        '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
        '<div class="WordSection1">',
        f'<p class="msipheader4d0fcdd7" align="center" style="text-align:center"><span style="font-size:10.0pt;'
        f'font-family:Calibri,sans-serif;color:#000000">{esc(mark)}</span></p>',
        '<p class="MsoNormal">&nbsp;</p>',
    ]
    for line in all_of(items, "INTRO"):
        if "{portal}" in line:
            # Outlook's HTML keeps the link on the words before it ("Councillors' Portal")
            before, after = line.split("{portal}")
            lead, link_words = before.rsplit(" ", 2)[0], " ".join(before.rsplit(" ", 2)[1:])
            line_html = (
                f'{esc(lead)} <a href="{esc(PORTAL)}" originalsrc="https://portal.drumlarnie.gov.uk/governance/'
                f'protocol-councillors-employees" shash="Wm9kZ2x4c2Vj">{esc(link_words)}</a>{esc(after)}'
            )
        else:
            line_html = esc(line)
        h.append(f'<p class="MsoNormal">{line_html}</p><p class="MsoNormal">&nbsp;</p>')
    for line in all_of(items, "PT"):
        h.append(f'<p class="MsoNormal"><b>{esc(line)}</b></p>')
    h.append('<p class="MsoNormal">&nbsp;</p>')
    for tag, rest in items:
        if tag == "SH":
            letter, heading = rest.split("|", 1)
            h.append(f'<p class="MsoNormal"><b><u>{letter}. {esc(heading)}</u></b></p>')
            h.append('<p class="MsoNormal">&nbsp;</p>')
        elif tag == "N":
            num, text = rest.split("|", 1)
            h.append(
                f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">{num}.'
                f'<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp; </span>{esc(text)}</p>'
            )
            h.append('<p class="MsoNormal">&nbsp;</p>')
    for line in all_of(items, "SIGN"):
        h.append(f'<p class="MsoNormal">{esc(line)}</p>')
    h.append(
        '<p class="MsoNormal"><img width="180" height="52" id="Picture_x0020_1" '
        'src="cid:image001.png@01DBEA5C.1F0A3C20" alt="Drumlarnie Council logo"></p>'
    )
    h.append('<p class="MsoNormal">&nbsp;</p>')
    disc = all_of(items, "DISC")
    h.append(f'<p class="MsoNormal"><span style="font-size:8.0pt;color:#595959">{esc(disc[0])}</span></p>')
    h.append(
        f'<p class="MsoNormal"><span style="font-size:8.0pt;color:#595959">Find out more about Council services '
        f'at <a href="{esc(WEB)}">www.drumlarnie.gov.uk</a></span></p>'
    )
    h.append(
        f'<p class="msipheader4d0fcdd7" align="center" style="text-align:center"><span style="font-size:10.0pt;'
        f'font-family:Calibri,sans-serif;color:#000000">{esc(mark)}</span></p>'
    )
    h.append("</div></body></html>")
    html_part = "\n".join(h) + "\n"
    labels = (
        f"{LABEL}_ActionId=0b7d2c4e-91f3-4a6b-8d2e-6c5f4a3b2e1d;{LABEL}_ContentBits=0;{LABEL}_Enabled=true;"
        f"{LABEL}_Method=Standard;{LABEL}_Name=OFFICIAL;{LABEL}_SetDate=2025-07-01T09:41:58Z;"
        f"{LABEL}_SiteId=8c1f3d2e-6a7b-4c09-a1e2-f3b4c5d6e7f8;{LABEL}_Tag=10, 3, 0, 1;"
    )
    head = [
        f"From: {first(items, 'FROM')}",
        f"To: {first(items, 'TO')}",
        f"CC: {first(items, 'CC')}",
        f"Subject: {first(items, 'SUBJECT')}",
        "Thread-Topic: " + first(items, "SUBJECT"),
        "Thread-Index: AdvqXk3Lr0N2mT9bQkW8m1sYcP7fHQ==",
        f"Date: {first(items, 'DATE')}",
        f"Message-ID: {first(items, 'MSGID')}",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "msip_labels: " + labels,
        "x-ms-publictraffictype: Email",
        "x-ms-traffictypediagnostic: LO2P265MB4418:EE_|CWLP265MB6127:EE_",
        "x-ms-exchange-senderadcheck: 1",
        "Content-Type: multipart/related;",
        f'\tboundary="{REL}";',
        '\ttype="multipart/alternative"',
        "MIME-Version: 1.0",
        "",
        f"--{REL}",
        "Content-Type: multipart/alternative;",
        f'\tboundary="{BOUNDARY}"',
        "",
        f"--{BOUNDARY}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain).rstrip("\n"),
        "",
        f"--{BOUNDARY}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_part).rstrip("\n"),
        "",
        f"--{BOUNDARY}--",
        "",
        f"--{REL}",
        'Content-Type: image/png; name="image001.png"',
        "Content-Description: image001.png",
        'Content-Disposition: inline; filename="image001.png"; size=69;',
        '\tcreation-date="Tue, 01 Jul 2025 09:42:17 GMT";',
        '\tmodification-date="Tue, 01 Jul 2025 09:42:17 GMT"',
        "Content-ID: <image001.png@01DBEA5C.1F0A3C20>",
        "Content-Transfer-Encoding: base64",
        "",
        LOGO_PNG,
        "",
        f"--{REL}--",
        "",
    ]
    text = "\n".join(head)
    path = OUT / f"{name}.eml"
    path.write_bytes(text.replace("\n", "\r\n").encode("ascii"))
    done(path)


# ======== 6. Brindlemoor Council (GitBook Markdown)
MARKS = {
    "2.3": ("cannot instruct officers", "red"),
    "10.2": ("must not name or criticise officers", "red"),
}


def brindlemoor():
    name = "brindlemoor-council"
    items = parse(name)
    o = ["---", "description: >-"]
    desc = first(items, "DESC")
    # the front matter's folded description, wrapped as GitBook writes it
    line = "  "
    for word in desc.split():
        if len(line) + len(word) + 1 > 80:
            o.append(line.rstrip())
            line = "  "
        line += word + " "
    o.append(line.rstrip())
    o += [
        "layout:",
        "  title:",
        "    visible: true",
        "  description:",
        "    visible: true",
        "  tableOfContents:",
        "    visible: true",
        "  outline:",
        "    visible: true",
        "  pagination:",
        "    visible: true",
        "---",
        "",
        f"# {first(items, 'TITLE')}",
        "",
    ]
    in_tabs = False
    first_tab = True
    for tag, rest in items:
        if tag == "IMG":
            file, alt, cap = rest.split("|")
            o.append(
                f'<figure><img src="../.gitbook/assets/{file}" alt="{alt}"><figcaption><p>{cap}</p>'
                "</figcaption></figure>"
            )
            o.append("")
        elif tag == "HINT":
            style, text = rest.split("|", 1)
            o += [f'{{% hint style="{style}" %}}', text, "{% endhint %}", ""]
        elif tag == "H":
            num, heading = rest.split("|", 1)
            o += [f"## {num}. {heading}", ""]
        elif tag == "P":
            num, text = rest.split("|", 1)
            if num in MARKS:
                phrase, colour = MARKS[num]
                text = text.replace(phrase, f'<mark style="color:{colour};">{phrase}</mark>')
            o += [f"**{num}** {text}", ""]
        elif tag == "TABS":
            o.append("{% tabs %}")
            in_tabs = True
            first_tab = True
        elif tag == "TAB":
            if not first_tab:
                o.append("{% endtab %}")
                o.append("")
            o.append(f'{{% tab title="{rest}" %}}')
            first_tab = False
        elif tag == "ENDTABS":
            o += ["{% endtab %}", "{% endtabs %}", ""]
            in_tabs = False
        elif tag == "DETAILS":
            summary, text = rest.split("|", 1)
            o += ["<details>", "", f"<summary>{summary}</summary>", "", text, "", "</details>", ""]
        elif tag == "CREF":
            path, label = rest.split("|", 1)
            o += [f'{{% content-ref url="{path}" %}}', f"[{Path(path).name}]({path})", "{% endcontent-ref %}", ""]
    assert not in_tabs
    write_text(OUT / f"{name}.md", o)


# ======== 7. Glynrhedyn County Borough Council (Microsoft Sway, saved after rendering)
SWAY = "https://sway.cloud.microsoft/qL4mT8xVb2NcR7sE"


def glynrhedyn():
    name = "glynrhedyn-county-borough-council"
    items = parse(name)
    title = first(items, "TITLE")
    heads = [rest.split("|", 1) for tag, rest in items if tag == "H"]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{esc(title)}</title>")
    w('<meta property="og:site_name" content="Sway">')
    w(f'<meta property="og:title" content="{esc(title)}">')
    w(f'<meta property="og:url" content="{SWAY}">')
    w('<meta name="description" content="Glynrhedyn County Borough Council">')
    w('<link rel="stylesheet" href="https://sway.cloud.microsoft/s/viewer/css/viewer.min.css">')
    w("</head>")
    w('<body class="SwayViewer ThemeNeutral ScrollVertical">')
    w('<div class="TopBar" role="banner">')
    w('<button type="button" class="NavButton" aria-label="Navigate">Navigate</button>')
    w(f'<span class="StoryTitle">{esc(title)}</span>')
    w('<button type="button" aria-label="Play">Play</button>')
    w('<button type="button" aria-label="Share">Share</button>')
    w('<button type="button" aria-label="Settings">Settings</button>')
    w('<button type="button" aria-label="Accessibility view" aria-pressed="false">Accessibility view</button>')
    w("</div>")
    w('<nav class="NavigationPane" aria-label="Navigation"><p class="NavTitle">Navigation</p><ul>')
    w(f'<li><a href="#title">{esc(title)}</a></li>')
    for num, heading in heads:
        w(f'<li><a href="#group{num}">{num} {esc(heading)}</a></li>')
    w("</ul></nav>")
    w('<div class="StoryContainer" role="main">')
    w('<section class="Card TitleCard" id="title">')
    w('<div class="BackgroundImage" role="img" aria-label="View over the valley towards Pont Rhedyn"></div>')
    w(f'<h1 class="TitleText">{esc(title)}</h1>')
    w(f'<p class="SubtitleText">{esc(first(items, "SUBTITLE"))}</p>')
    w("</section>")
    w('<section class="Card TextCard Emphasis">')
    lang = first(items, "LANG")
    before, link = lang.rsplit(": ", 1)
    w(f'<p>{esc(before)}: <a href="https://sway.cloud.microsoft/Xy7pW3kRz9AbD1fG">{esc(link)}</a></p>')
    w("</section>")
    w(f'<section class="Card TextCard"><p>{esc(first(items, "INTRO"))}</p></section>')
    group_open = False
    for tag, rest in items:
        if tag == "H":
            num, heading = rest.split("|", 1)
            if group_open:
                w("</section>")
            w(f'<section class="Card Group HeadingGroup" id="group{num}">')
            w(f'<h2 class="HeadingCard">{num} {esc(heading)}</h2>')
            group_open = True
        elif tag == "P":
            num, text = rest.split("|", 1)
            w(f'<div class="Card TextCard"><p>{num} {esc(text)}</p></div>')
        elif tag == "IMG":
            alt, cap = rest.split("|", 1)
            w(
                f'<figure class="Card ImageCard"><img src="https://sway.cloud.microsoft/s/qL4mT8xVb2NcR7sE/images/'
                f'{slug(cap)}.jpg" alt="{esc(alt)}"><figcaption class="Caption">{esc(cap)}</figcaption></figure>'
            )
        elif tag == "VIDEO":
            vtitle, length = rest.split("|", 1)
            w(
                f'<div class="Card EmbedCard"><iframe title="{esc(vtitle)}" '
                'src="https://www.youtube-nocookie.com/embed/Qm7Xc2Lp9Vw" allowfullscreen></iframe>'
                f'<p class="Caption">{esc(vtitle)} ({length})</p></div>'
            )
    if group_open:
        w("</section>")
    w(
        f'<section class="Card TextCard Closing"><p>{esc(first(items, "END"))}</p>'
        '<img src="https://sway.cloud.microsoft/s/qL4mT8xVb2NcR7sE/images/logo.png" '
        'alt="Glynrhedyn County Borough Council logo"></section>'
    )
    w("</div>")
    w('<footer class="SwayFooter">')
    w('<span class="Attribution">Created with Sway</span>')
    w('<a href="https://sway.cloud.microsoft/">Create your own Sway</a>')
    w('<a href="https://sway.cloud.microsoft/report">Report abuse</a>')
    w('<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy and cookies</a>')
    w('<a href="https://go.microsoft.com/fwlink/?LinkID=530144">Terms of use</a>')
    w("<span>\u00a9 Microsoft 2025</span>")
    w("</footer>")
    w("</body></html>")
    write_text(OUT / f"{name}.html", o)


# ======== 8. Osmarsh Borough Council (copied from the staff policy management system into Notepad)
def osmarsh():
    name = "osmarsh-borough-council"
    items = parse(name)
    o = []
    meta_done = False
    for tag, rest in items:
        if tag == "TOP":
            o.append(rest)
        elif tag == "META":
            label, value = rest.split("|", 1)
            o.append(label)
            o.append(value)
        elif tag == "PAGER":
            o += ["", f"Page {rest} of 3", "< Previous", "Next >", ""]
            meta_done = True
        elif tag == "H":
            o += [rest, ""]
        elif tag == "N":
            num, text = rest.split("|", 1)
            o += [f"{num}.  {text}", ""]
        elif tag == "BOTTOM":
            o.append(rest)
    assert meta_done
    path = OUT / f"{name}.txt"
    path.write_bytes(("\r\n".join(o) + "\r\n").encode("utf-8"))
    done(path)


if __name__ == "__main__":
    thornwick()
    ellingshire()
    threlby()
    norbridge()
    drumlarnie()
    brindlemoor()
    glynrhedyn()
    osmarsh()
