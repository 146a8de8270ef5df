"""Build the probe-o documents in docs-o/ from the sources in docs-o-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_o.py

Probe O: eight ORDINARY member/officer protocols laid out the way councils most
often publish them - a parish WordPress post with sidebar widgets, a town
council PDF exported from Word (logo line, 'Page x of y', 1.1 numbering), a
modern.gov-style constitution page ('Printed from', issue/version), a borough
constitution section PDF with running headers, a community council .docx with
headings, a Welsh town council page with a bilingual menu, a county council
gov.uk-style page with 'On this page' contents and a Scottish community
council page copied from a site builder to plain text.
Shared PDF helpers come from gen_common.py.
"""

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, esc, keep_together, numbered_clause, read_tagged, slug  # noqa: E402

SRC = HERE / "docs-o-src"
OUT = HERE / "docs-o"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def clause_html(rest, numbered=True):
    num, text = rest.split("|", 1)
    if numbered and num:
        return f"<p>{esc(num)}. {esc(text)}</p>" if "." not in num else f"<p>{esc(num)} {esc(text)}</p>"
    return f"<p>{esc(text)}</p>"


# ---------------------------------------------------------------- 1. Pebbleford (parish, WordPress HTML)
def pebbleford():
    name = "pebbleford-parish-council"
    items = parse(name)
    title = next(r for t, r in items if t == "T")
    body = []
    for tag, rest in items:
        if tag == "M":
            body.append(f'<div class="entry-meta"><span class="posted-on">{esc(rest)}</span></div>')
        elif tag == "P":
            body.append(f"<p><em>{esc(rest)}</em></p>")
        elif tag == "H":
            body.append(f"<h3>{esc(rest)}</h3>")
        elif tag == "C":
            body.append(clause_html(rest))
    article = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Pebbleford Parish Council</title>
<link rel="stylesheet" id="twentyseventeen-style-css" href="https://www.pebbleford-pc.org.uk/wp-content/themes/twentyseventeen/style.css?ver=20240402" media="all">
<meta name="generator" content="WordPress 6.4.3">
</head>
<body class="post-template-default single single-post postid-412 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://www.pebbleford-pc.org.uk/" rel="home">Pebbleford Parish Council</a></p>
<p class="site-description">Serving the village of Pebbleford and Lower Sallow</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li><a href="/">Home</a></li><li><a href="/councillors/">Councillors</a></li><li><a href="/meetings/">Meetings &amp; Minutes</a></li>
<li><a href="/category/policies/">Policies</a></li><li><a href="/allotments/">Allotments</a></li><li><a href="/contact/">Contact the Clerk</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish category-policies">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{article}
<p><a href="https://www.pebbleford-pc.org.uk/wp-content/uploads/2024/03/Member-Clerk-Protocol-2024.pdf">Download a printable copy (PDF, 142KB)</a></p>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Posted in <a href="/category/policies/" rel="category tag">Policies</a></span> <span class="tags-links">Tagged <a href="/tag/clerk/">Clerk</a>, <a href="/tag/councillors/">Councillors</a></span></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2024/02/grant-awarding-policy/" rel="prev">Previous Post: Grant Awarding Policy</a></div>
<div class="nav-next"><a href="/2024/04/annual-parish-meeting-2024/" rel="next">Next Post: Annual Parish Meeting 2024</a></div></div></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main></div>
<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
<section id="search-2" class="widget widget_search"><form role="search" method="get" action="/"><label>Search for:<input type="search" name="s"></label><button type="submit">Search</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/2024/05/defibrillator-training/">Defibrillator training in the village hall</a></li>
<li><a href="/2024/04/annual-parish-meeting-2024/">Annual Parish Meeting 2024</a></li>
<li><a href="/2024/03/member-and-clerk-working-protocol/">Member and Clerk Working Protocol</a></li>
<li><a href="/2024/02/grant-awarding-policy/">Grant Awarding Policy</a></li></ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
<li><a href="/category/news/">News</a> (31)</li><li><a href="/category/planning/">Planning</a> (18)</li><li><a href="/category/policies/">Policies</a> (12)</li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="/2024/05/">May 2024</a></li><li><a href="/2024/04/">April 2024</a></li><li><a href="/2024/03/">March 2024</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Next meeting</h2><div class="textwidget"><p>Full Council, Thursday 13 June 2024 at 7.30pm, Pebbleford Village Hall. All welcome.</p></div></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Pebbleford Parish Council &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility statement</a> &middot; <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 2. Hatherby (town, PDF from Word)
class LogoDoc(Doc):
    """Word header: a small crest, the council name, and a rule; 'Page x of y' footer."""

    def header(self):
        self.set_fill_color(30, 70, 120)
        self.ellipse(self.l_margin, 9, 9, 9, style="F")
        self.set_xy(self.l_margin + 12, 10)
        self.set_font(self.font_name, "B", 12)
        self.set_text_color(30, 70, 120)
        self.cell(0, 7, "HATHERBY TOWN COUNCIL")
        self.set_font(self.font_name, "", 8)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 7, "The Guildhall, Market Square, Hatherby", align="R")
        self.set_text_color(0, 0, 0)
        self.line(self.l_margin, 20, self.w - self.r_margin, 20)
        self.set_y(self.t_margin)


def hatherby():
    name = "hatherby-town-council"
    pdf = LogoDoc(format="A4")
    pdf.setup_fonts()
    pdf.footer_text = "Page {n} of {N}"
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("Member Officer Protocol 2024")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 26, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    for tag, rest in parse(name):
        if tag == "T":
            pdf.set_font(F, "B", 14)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "M":
            pdf.ln(1)
            pdf.set_font(F, "", 9)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 12, 5.4)
            numbered_clause(pdf, num, text, lh=5.4, align="J")
            pdf.ln(1.5)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 3. Wilverton (district, modern.gov-style page)
def wilverton():
    name = "wilverton-district-council"
    items = parse(name)
    title = next(r for t, r in items if t == "T")
    meta = next(r for t, r in items if t == "M")
    body = []
    for tag, rest in items:
        if tag == "H":
            body.append(f"<h3>{esc(rest)}</h3>")
        elif tag == "C":
            body.append(clause_html(rest))
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Constitution - {esc(title)} - Wilverton District Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
</head>
<body>
<div id="mgHeader"><a href="https://democracy.wilverton.gov.uk/mgListCommittees.aspx">Wilverton District Council - Democracy</a></div>
<div id="mgBreadcrumbs"><ul><li><a href="ieDocHome.aspx">Home</a></li><li><a href="mgListCommittees.aspx">Councillors and committees</a></li><li><a href="ieListMeetings.aspx?CommitteeId=140">Constitution</a></li><li>Part 6 (c)</li></ul></div>
<div id="mgMain">
<h1 class="mgMainTitleTxt">{esc(title)}</h1>
<p class="mgSubTitleTxt">{esc(meta)}</p>
<div class="mgLinks"><ul><li><a href="mgConvert2PDF.aspx?ID=7712">Download this part as a PDF document</a></li><li><a href="ieListDocuments.aspx?CId=140">Other parts of the Constitution</a></li></ul></div>
<div class="mgContent">
{content}
</div>
<div class="mgDocumentHistory"><h2>Document history</h2>
<table><tr><th>Issue</th><th>Version</th><th>Date</th><th>Changed by</th></tr>
<tr><td>14</td><td>2</td><td>20/05/2024</td><td>Annual Council - committee system adopted</td></tr>
<tr><td>14</td><td>1</td><td>15/05/2023</td><td>Monitoring Officer - job titles</td></tr></table></div>
</div>
<div id="mgFooter"><p class="mgPrintedFrom">Printed from Wilverton District Council - Democracy (democracy.wilverton.gov.uk) on 03/02/2025 at 11:42</p>
<p>Powered by ModGov. <a href="mgGeneric.aspx?MD=mgPrivacy">Privacy notice</a> | <a href="mgGeneric.aspx?MD=mgAccessibility">Accessibility</a></p></div>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 4. Dunstock (borough, constitution section PDF)
def dunstock():
    name = "dunstock-borough-council"
    pdf = Doc(format="A4")
    pdf.setup_fonts()
    pdf.header_text = "Dunstock Borough Council Constitution"
    pdf.header_right = "Part 5D - Councillor/Employee Protocol"
    pdf.footer_text = "Last revised 18 March 2025          Part 5D - Page {n}"
    pdf.set_creator("Microsoft\u00ae Word 2019")
    pdf.set_producer("Microsoft\u00ae Word 2019")
    pdf.set_title("Constitution Part 5D")
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    for tag, rest in parse(name):
        if tag == "T":
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 7, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "M":
            pdf.set_font(F, "I", 9)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 12, 5.2)
            numbered_clause(pdf, num, text, lh=5.2)
            pdf.ln(1.3)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 5. Garthowen (community, Word .docx)
def garthowen():
    name = "garthowen-community-council"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = "Councillor and Clerk Protocol"
    doc.core_properties.author = "Clerk - Garthowen Community Council"
    titles = 0
    for tag, rest in parse(name):
        if tag == "T":
            doc.add_heading(rest, level=0 if titles == 0 else 1)
            titles += 1
        elif tag == "M":
            doc.add_paragraph(rest).runs[0].italic = True
        elif tag == "H":
            doc.add_heading(rest, level=2)
        elif tag == "C":
            num, text = rest.split("|", 1)
            doc.add_paragraph(f"{num}\t{text}")
    section = doc.sections[0]
    section.footer.paragraphs[0].text = "Garthowen Community Council - Councillor and Clerk Protocol v2"
    doc.save(str(OUT / f"{name}.docx"))


# ---------------------------------------------------------------- 6. Tregarnedd (Welsh town, bilingual menu)
def tregarnedd():
    name = "tregarnedd-town-council"
    items = parse(name)
    title = next(r for t, r in items if t == "T")
    meta = next(r for t, r in items if t == "M")
    body = []
    for tag, rest in items:
        if tag == "H":
            body.append(f"<h2>{esc(rest)}</h2>")
        elif tag == "C":
            body.append(clause_html(rest))
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Tregarnedd Town Council / Cyngor Tref Tregarnedd</title>
</head>
<body>
<div class="topbar"><a href="/cy/protocol-cynghorwyr-a-staff" hreflang="cy" lang="cy">Cymraeg</a> | <span>English</span></div>
<header><div class="logo">Cyngor Tref Tregarnedd<br>Tregarnedd Town Council</div>
<nav><ul>
<li><a href="/en/">Hafan / Home</a></li>
<li><a href="/en/the-council">Y Cyngor / The Council</a></li>
<li><a href="/en/councillors">Cynghorwyr / Councillors</a></li>
<li><a href="/en/meetings">Cyfarfodydd / Meetings</a></li>
<li><a href="/en/policies">Polis\u00efau / Policies</a></li>
<li><a href="/en/cemetery">Mynwent / Cemetery</a></li>
<li><a href="/en/contact">Cysylltu / Contact</a></li>
</ul></nav></header>
<main>
<p class="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/en/policies">Policies</a> &gt; {esc(title)}</p>
<h1>{esc(title)}</h1>
<p class="doc-status">{esc(meta)}</p>
{content}
<p class="welsh-note">This document is also available in Welsh. Mae'r ddogfen hon ar gael yn Gymraeg hefyd.</p>
</main>
<footer><p>Tregarnedd Town Council, Market Hall, Stryd Fawr, Tregarnedd</p>
<p>Ff\u00f4n / Tel: 01000 600 418 &middot; <a href="/en/accessibility">Hygyrchedd / Accessibility</a> &middot; <a href="/en/privacy">Preifatrwydd / Privacy</a></p>
<p>&copy; Cyngor Tref Tregarnedd 2024</p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 7. Rowanshire (county, gov.uk-style page)
def rowanshire():
    name = "rowanshire-county-council"
    items = parse(name)
    title = next(r for t, r in items if t == "T")
    lede = next(r for t, r in items if t == "M")
    heads = [r for t, r in items if t == "H"]
    toc = "\n".join(f'<li><a href="#{slug(h)}">{esc(h)}</a></li>' for h in heads)
    body = []
    for tag, rest in items:
        if tag == "H":
            body.append(f'<h2 class="govuk-heading-l" id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "C":
            body.append(f'<p class="govuk-body">{esc(rest.split("|", 1)[1])}</p>')
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Rowanshire County Council</title>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<div class="govuk-cookie-banner"><p class="govuk-body">Cookies on Rowanshire County Council. We use some essential cookies to make this service work.</p><button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<header class="govuk-header"><a href="/" class="govuk-header__link">Rowanshire County Council</a>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"></form></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li><li><a href="/council-and-democracy/constitution">Our constitution</a></li></ol></nav>
<main id="main-content" class="govuk-main-wrapper">
<h1 class="govuk-heading-xl">{esc(title)}</h1>
<p class="govuk-body-l">{esc(lede)}</p>
<nav class="contents" aria-label="On this page"><h2 class="govuk-heading-s">On this page</h2><ul class="govuk-list">
{toc}
</ul></nav>
{content}
<div class="page-feedback"><p class="govuk-body">Was this page useful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a></p>
<p class="govuk-body-s">Last updated: 21 October 2024</p></div>
</main></div>
<footer class="govuk-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Rowanshire County Council</p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 8. Drumveyan (Scottish community council, site-builder text)
def drumveyan():
    name = "drumveyan-community-council"
    items = parse(name)
    lines = [
        "Skip to Main Content",
        "Drumveyan Community Council",
        "Home",
        "About Us",
        "Meetings & Minutes",
        "Documents",
        "Contact",
        "More",
        "Log In",
        "",
        "Use tab to navigate through the menu items.",
        "",
    ]
    for tag, rest in items:
        if tag in ("T", "H"):
            lines += [rest, ""]
        elif tag in ("M", "P"):
            lines += [rest, ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            lines += [f"{num}. {text}", ""]
    lines += [
        "Download this protocol (PDF)",
        "",
        "Contact the Secretary",
        "secretary@drumveyancc.example",
        "",
        "Subscribe to our newsletter",
        "Email *",
        "Subscribe",
        "Thanks for submitting!",
        "",
        "\u00a9 2025 by Drumveyan Community Council. Proudly created with Wix.com",
        "",
    ]
    (OUT / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")


def main():
    for build in (pebbleford, hatherby, wilverton, dunstock, garthowen, tregarnedd, rowanshire, drumveyan):
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
