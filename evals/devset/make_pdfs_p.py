"""Build the probe-p documents in docs-p/ from the sources in docs-p-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_p.py

Probe P: eight ordinary member/officer protocols, each published with one
real-world twist not used before: a parish Google Doc "published to the web"
(class soup, list numbers only in <ol> markup, Google Drive footer), a town
protocol buried as Appendix 2 of a long Standing Orders PDF, a Welsh community
council protocol copied out of a PDF into .txt (hard wraps and end-of-line
hyphenation), a district page whose sections are collapsed accordion panels,
a borough's protocol printed inside the minute of the meeting that adopted it,
a county section re-hosted on a document-sharing site ("Page N: title ·
teaser" transcript), a Scottish council PDF with (a), (b) ... restarting in each
section and an Annex A table, and a parish PDF that keeps unadopted model text
in strikethrough so the numbering matches the county model.
Shared helpers come from gen_common.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, esc, first, keep_together, meta, numbered_clause, read_tagged  # noqa: E402

SRC = HERE / "docs-p-src"
OUT = HERE / "docs-p"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- 1. Quillingford (parish, Google Docs published to the web)
GDOCS_CSS = (
    'ol.lst-kix_q7m2-0{list-style-type:none}ol.lst-kix_q7m2-0 > li:before{content:"" counter(lst-ctn-kix_q7m2-0,decimal) ". "}'
    ".lst-kix_q7m2-0 > li{counter-increment:lst-ctn-kix_q7m2-0}"
    '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    ".c1{padding:0;margin:0}.c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:6pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
    ".c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}"
    ".c4{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}"
    ".c5{font-weight:700}.c6{font-style:italic}.c7{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
    '.c8{font-size:16pt;font-weight:400;font-family:"Arial"}.c9{padding-top:0pt;padding-bottom:3pt;line-height:1.15;text-align:left}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;text-align:left}'
)
EMPHASIS = ("two working days", "ten working days", "must not", "up to £20", "every two years")


def gdocs_spans(text):
    """Split a paragraph into Docs-style runs: a new <span> wherever the author bolded a phrase."""
    for phrase in EMPHASIS:
        i = text.find(phrase)
        if i >= 0:
            a, b, c = text[:i], text[i : i + len(phrase)], text[i + len(phrase) :]
            out = f'<span class="c0">{esc(a)}</span>' if a else ""
            out += f'<span class="c0 c5">{esc(b)}</span>'
            out += f'<span class="c0">{esc(c)}</span>' if c else ""
            return out.replace("'", "&#39;")
    return f'<span class="c0">{esc(text)}</span>'.replace("'", "&#39;")


def quillingford():
    name = "quillingford-parish-council"
    items = parse(name)
    title = first(items, "T")
    body, ol_open, n, hid = [], False, 0, 0
    for tag, rest in items:
        if tag != "C" and ol_open:
            body.append("</ol>")
            ol_open = False
        if tag == "T":
            body.append(f'<p class="c9 title" id="h.t8q2w1x"><span class="c8">{esc(title)}</span></p>')
        elif tag == "M":
            body.append(f'<p class="c9"><span class="c0 c6">{esc(rest)}</span></p>')
            body.append('<p class="c3"><span class="c0"></span></p>')
        elif tag == "P":
            body.append(f'<p class="c9">{gdocs_spans(rest)}</p>')
        elif tag == "H":
            hid += 1
            body.append(f'<h2 class="c4" id="h.{hid:02d}k3j9"><span class="c0 c5">{esc(rest)}</span></h2>')
        elif tag == "C":
            n += 1
            if not ol_open:
                start = " start" if n == 1 else ""
                body.append(f'<ol class="c1 lst-kix_q7m2-0{start}" start="{n}">')
                ol_open = True
            text = rest.split("|", 1)[1]
            body.append(f'<li class="c2 li-bullet-0">{gdocs_spans(text)}</li>')
    if ol_open:
        body.append("</ol>")
    body.append('<p class="c3"><span class="c0"></span></p>')
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>QPC Councillor and Staff Protocol 2025 (adopted)</title>
<link href="https://docs.google.com/static/document/client/css/3509150397-published_doc_css_ltr.css" rel="stylesheet" type="text/css">
<meta name="robots" content="noindex, nofollow">
</head>
<body>
<div id="banners"><div id="publish-banner"><div id="publish-banner-header">Published using Google Docs</div><div id="publish-banner-buttons"><a href="https://docs.google.com/abuse?id=2PACX-1vQx7pLk" target="_blank">Report abuse</a><a href="https://support.google.com/docs/answer/183965" target="_blank">Learn more</a></div></div>
<div id="title-banner"><div id="title-banner-inner"><div class="title-banner-text">QPC Councillor and Staff Protocol 2025 (adopted)</div><div class="title-banner-text">Updated automatically every 5 minutes</div></div></div></div>
<div id="contents"><style type="text/css">{GDOCS_CSS}</style><div class="c7 doc-content">
{content}
</div></div>
<div id="footer"><div id="footer-inner">Published by <a href="https://docs.google.com/" target="_blank" title="Learn more about Google Drive">Google Drive</a> &ndash; <a href="https://docs.google.com/abuse?id=2PACX-1vQx7pLk" target="_blank">Report Abuse</a></div></div>
<script type="text/javascript" nonce="x7Q1">var DOCS_timing={{}};</script>
</body></html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 2. Marrowbridge (town, protocol as Appendix 2 of Standing Orders PDF)
def marrowbridge():
    name = "marrowbridge-town-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "Standing Orders 2025 (with appendices)")
    pdf.header_text = "Marrowbridge Town Council"
    pdf.header_right = "Standing Orders - May 2025"
    pdf.footer_text = "Page {n} of {N}"
    pdf.skip_header_first = True
    pdf.alias_nb_pages()
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    titles = 0
    pdf.ln(30)
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 22 if titles == 0 else 28)
            pdf.multi_cell(0, 12, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            titles += 1
        elif tag == "M":
            pdf.ln(6)
            pdf.set_font(F, "", 12)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(30)
        elif tag == "N":
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(8)
        elif tag == "A":
            pdf.add_page()
            pdf.set_font(F, "B", 13)
            pdf.multi_cell(0, 7, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "AM":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if titles and pdf.page_no() == 1:
                pdf.add_page()
                pdf.set_font(F, "B", 13)
                pdf.cell(0, 8, "STANDING ORDERS", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 16, 5.2)
            numbered_clause(pdf, num, text, lh=5.2, indent=16, align="J")
            pdf.ln(1.3)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 3. Llanhiraeth (Welsh community council, text copied out of a PDF)
VOWELS = set("aeiouy")


def hyphen_point(word, room):
    """Largest split point k <= room that leaves 3+ letters each side and falls between two
    consonants ('coun|cil', 'perfor|mance'), else after a vowel; 0 if none."""
    low = word.lower()
    ks = range(min(room, len(word) - 3), 2, -1)
    ks = [k for k in ks if VOWELS & set(low[:k]) and VOWELS & set(low[k:])]
    for k in ks:
        if low[k - 1] not in VOWELS and low[k] not in VOWELS and low[k - 1] != low[k - 2]:
            return k
    for k in ks:
        if low[k - 1] in VOWELS and low[k] not in VOWELS:
            return k
    return 0


def hyphen_wrap(text, width=68, indent=""):
    """Wrap like a justified PDF line copied to text: words that do not fit are split with a
    hyphen at the line end ('coun-' / 'cillors')."""
    lines, cur = [], indent
    for word in text.split():
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(word) <= width:
            cur += sep + word
            continue
        room = width - len(cur) - len(sep) - 1
        core = word.rstrip(".,;:)'\"")
        k = hyphen_point(core, room) if core.isalpha() and len(core) >= 7 else 0
        if k:
            lines.append(cur + sep + word[:k] + "-")
            cur = indent + word[k:]
        else:
            lines.append(cur)
            cur = indent + word
    if cur.strip():
        lines.append(cur)
    return lines


def llanhiraeth():
    name = "llanhiraeth-community-council"
    items = parse(name)
    body = []
    for tag, rest in items:
        if tag == "T":
            body += [rest.center(72).rstrip()]
        elif tag == "M":
            body += ["", rest, ""]
        elif tag == "H":
            body += ["", rest, ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            wrapped = hyphen_wrap(text, width=56)
            body.append(f"{num:<6}{wrapped[0]}")
            body += [" " * 6 + ln for ln in wrapped[1:]]
    per_page = 46
    pages = [body[i : i + per_page] for i in range(0, len(body), per_page)]
    out = []
    footer = "Llanhiraeth Community Council - Protocol for Councillors and the Clerk"
    for i, pg in enumerate(pages, 1):
        out += pg + ["", footer, f"- {i} -", "\f"]
    (OUT / f"{name}.txt").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 4. Thornwold (district, accordion with collapsed panels)
def thornwold():
    name = "thornwold-district-council"
    items = parse(name)
    title = first(items, "T")
    meta = first(items, "M")
    intro = first(items, "P")
    sections, cur = [], None
    for tag, rest in items:
        if tag == "H":
            cur = [rest, []]
            sections.append(cur)
        elif tag == "C":
            num, text = rest.split("|", 1)
            cur[1].append(f"<p>{esc(num)} {esc(text)}</p>")
    acc = []
    for i, (head, paras) in enumerate(sections, 1):
        body = "\n".join(paras)
        acc.append(f"""<div class="accordion__section">
<div class="accordion__section-header"><h2 class="accordion__section-heading"><button type="button" id="protocol-heading-{i}" class="accordion__section-button" aria-controls="protocol-content-{i}" aria-expanded="false">{esc(head)}<span class="accordion__icon" aria-hidden="true"></span></button></h2></div>
<div id="protocol-content-{i}" class="accordion__section-content" aria-labelledby="protocol-heading-{i}" hidden>
{body}
</div>
</div>""")
    accordion = "\n".join(acc)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Thornwold District Council</title>
<style>.accordion__section-content[hidden]{{display:none}}.js-enabled .accordion__open-all{{display:inline-block}}</style>
</head>
<body class="js-enabled">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-notice" role="region" aria-label="Cookies"><p>We use cookies to make this website work and to understand how you use it.</p><button>Accept all cookies</button> <button>Set cookie preferences</button></div>
<header class="site-header"><a href="/" class="site-header__logo">Thornwold District Council</a>
<nav><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
<form action="/search"><label for="s">Search</label><input id="s" name="q"><button>Search</button></form></header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/your-council/constitution">Constitution</a></li><li>Part 5.2</li></ol></nav>
<main id="main">
<h1>{esc(title)}</h1>
<p class="page-meta">{esc(meta)}</p>
<p>{esc(intro)}</p>
<noscript><p class="notice">JavaScript is turned off in your browser. Some parts of this page may not work as expected.</p></noscript>
<div class="accordion" data-module="accordion" id="protocol">
<div class="accordion__controls"><button type="button" class="accordion__open-all" aria-expanded="false">Open all sections<span class="visually-hidden"> of the protocol</span></button></div>
{accordion}
</div>
<div class="related"><h2>Related pages</h2><ul><li><a href="/your-council/constitution/part-5-1">Members' Code of Conduct</a></li><li><a href="/your-council/constitution/part-5-3">Employee Code of Conduct</a></li><li><a href="/your-council/councillors">Find your councillor</a></li></ul></div>
<div class="share"><p>Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p></div>
<form class="feedback"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></form>
</main>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>Thornwold District Council, Council Offices, Priory Lane, Thornwold</p><p>&copy; Thornwold District Council 2025</p></footer>
<script src="/assets/js/accordion.min.js"></script>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 5. Kettlesford (borough, protocol inside the minute that adopted it)
def kettlesford():
    name = "kettlesford-borough-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "Council minutes 22 January 2025", app="Microsoft\u00ae Word 2016")
    pdf.footer_text = "Council - 22 January 2025 - Minutes - Page {n}"
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    L = pdf.l_margin
    col = 14
    titles = 0
    in_protocol = False
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 14 if titles == 0 else 12)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            titles += 1
        elif tag == "M":
            pdf.ln(2)
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "MI":
            in_protocol = False
            num, title = rest.split(". ", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font(F, "B", 10.5)
            pdf.set_x(L)
            pdf.cell(col, 6, num + ".")
            pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        elif tag in ("MP", "R"):
            pdf.set_font(F, "B" if tag == "R" else "", 10)
            pdf.set_left_margin(L + col)
            keep_together(pdf, rest, pdf.epw, 5)
            pdf.set_x(L + col)
            pdf.multi_cell(0, 5, rest, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1.5)
            if tag == "R" and "Member and Officer Protocol" in rest:
                in_protocol = True
                pdf.ln(1)
        elif tag == "H" and in_protocol:
            pdf.set_left_margin(L + col + 6)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font(F, "B", 10)
            pdf.set_x(L + col + 6)
            pdf.cell(0, 5.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
        elif tag == "C" and in_protocol:
            num, text = rest.split("|", 1)
            pdf.set_left_margin(L + col + 6)
            pdf.set_font(F, "", 9.5)
            keep_together(pdf, text, pdf.epw - 10, 4.8)
            numbered_clause(pdf, num, text, size=9.5, lh=4.8, indent=10, align="J")
            pdf.set_left_margin(L)
            pdf.ln(0.8)
        elif tag == "S":
            pdf.ln(14)
            pdf.set_font(F, "", 10)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 6. Wyvernshire (county, re-hosted on a document-sharing site)
def wyvernshire():
    name = "wyvernshire-county-council"
    items = parse(name)
    title = first(items, "T")
    meta = first(items, "M")
    clauses = [r.split("|", 1) for t, r in items if t == "C"]
    teaser = f"{clauses[0][1]} {clauses[1][1]}"[:150].rsplit(" ", 1)[0]
    doc_title = f"{title} - Wyvernshire County Council"
    head = "Wyvernshire County Council Constitution - Part 5, Section 4"
    pages = [[]]
    for tag, rest in items:
        if tag == "PG":
            pages.append([])
        elif tag == "T":
            pages[-1].append(esc(rest))
        elif tag == "M":
            pages[-1].append(esc(rest))
        elif tag == "H":
            pages[-1].append(esc(rest))
        elif tag == "C":
            num, text = rest.split("|", 1)
            pages[-1].append(f"{esc(num)} {esc(text)}")
    total = len(pages) + 1
    cover = [
        "Wyv",
        "ern",
        "shire",
        "Coun",
        "ty",
        "Coun",
        "cil",
        "Con",
        "sti",
        "tu",
        "tion",
        "Part 5",
        "Sec",
        "tion 4",
        "Mem",
        "ber/",
        "Offi",
        "cer",
        "Pro",
        "to",
        "col",
    ]
    blocks = []
    pg_title = f'<p class="pg-title">Page 1: {esc(doc_title)} · {esc(teaser)}</p>'
    blocks.append(
        '<div class="transcript-page">' + pg_title + "\n" + "\n".join(f"<p>{c}</p>" for c in cover) + "</div>"
    )
    for i, pg in enumerate(pages, 2):
        paras = (
            [f"<p>{esc(head)}</p>"]
            + [f"<p>{p}</p>" for p in pg]
            + [f"<p>{esc(meta.split(' and in force')[0])}   Page {i} of {total}</p>"]
        )
        blocks.append(
            f'<div class="transcript-page"><p class="pg-title">Page {i}: {esc(doc_title)} · {esc(teaser)}</p>\n'
            + "\n".join(paras)
            + "</div>"
        )
    transcript = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(doc_title)} · {esc(teaser[:60])}... - [PDF Document]</title>
<meta name="description" content="{esc(teaser)}">
</head>
<body>
<header class="top"><a class="logo" href="/">DOCSHEAF</a><form action="/search"><input name="q" placeholder="Search..."></form><a href="/upload">Upload</a> <a href="/login">Login</a></header>
<nav class="cats"><a href="/category/documents">Documents</a> <a href="/category/education">Education</a> <a href="/category/technology">Technology</a> <a href="/category/law">Law</a></nav>
<main>
<h1>{esc(doc_title)} · {esc(teaser)}...</h1>
<div class="doc-meta"><span>Upload: others</span> <span>Post on 14-Nov-2024</span> <span>27 views</span> <span>Category: Documents</span> <span>0 download</span> <a href="/report">Report</a></div>
<div class="actions"><a href="/download/wyvernshire-protocol">Download</a> <a href="#embed">Embed</a> <a href="#share">Share</a></div>
<div class="embed" id="embed">Embed Size (px) <select><option>344 x 292</option><option>429 x 357</option><option>514 x 422</option><option>599 x 487</option></select></div>
<div class="viewer"><p>{total}</p><p>Click here to load reader</p></div>
<h2>TRANSCRIPT</h2>
{transcript}
<section class="recommended"><h2>Recommended</h2><ul>
<li><a href="/doc/wyvernshire-highways-asset-management-plan">Wyvernshire Highways Asset Management Plan 2022-2027</a> · 41 views</li>
<li><a href="/doc/annual-governance-statement-2022-23">Annual Governance Statement 2022/23 - Wyvernshire County Council</a> · 16 views</li>
<li><a href="/doc/officers-code-of-conduct-v3">Officers Code of Conduct v3 · This code applies to all employees</a> · 8 views</li>
</ul></section>
</main>
<footer><p>Copyright &copy; 2025 DOCSHEAF Inc. All rights reserved.</p><p><a href="/dmca">DMCA</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 7. Ardgowrie (Scottish council, lettered paragraphs + Annex A table)
def ardgowrie():
    name = "ardgowrie-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "Protocol on Relations between Councillors and Employees")
    pdf.footer_text = "Ardgowrie Council  |  Councillor/Employee Protocol  |  Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    titles = 0
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 16 if titles == 0 else 13)
            pdf.multi_cell(0, 8, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            titles += 1
        elif tag == "M":
            pdf.ln(2)
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 10, 5.3)
            numbered_clause(pdf, num, text, lh=5.3, indent=10, align="J")
            pdf.ln(1.4)
        elif tag == "AH":
            pdf.add_page()
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 7, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            rows = [r.split("|") for t, r in items if t == "AT"]
            pdf.set_font(F, "", 9.5)
            with pdf.table(col_widths=(50, 45, 65), text_align="LEFT", line_height=5.2) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(4)
        elif tag == "AN":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 8. Hinchcombe Parva (parish, model text kept in strikethrough)
def struck_clause(pdf, num, text, size=10.5, lh=5.3, indent=12):
    """A model paragraph the council did not adopt: number and text struck through."""
    L = pdf.l_margin
    pdf.set_text_color(90, 90, 90)
    pdf.set_font(pdf.font_name, "S", size)
    pdf.set_x(L)
    pdf.cell(indent, lh, num)
    pdf.set_left_margin(L + indent)
    pdf.set_x(L + indent)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(L)
    pdf.set_text_color(0, 0, 0)


def hinchcombe():
    name = "hinchcombe-parva-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(pdf, "HPPC Councillor and Employee Protocol 2025")
    pdf.header_text = "Hinchcombe Parva Parish Council"
    pdf.header_right = "Councillor and Employee Protocol"
    pdf.footer_text = "Adopted 3 March 2025  -  page {n}"
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    titles = 0
    for tag, rest in items:
        if tag == "T":
            pdf.set_font(F, "B", 15 if titles == 0 else 13)
            pdf.multi_cell(0, 8, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            titles += 1
        elif tag == "M":
            pdf.ln(1)
            pdf.set_font(F, "", 9.5)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "P":
            pdf.set_font(F, "I", 9.5)
            pdf.set_fill_color(238, 238, 238)
            pdf.multi_cell(0, 5, rest, fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag in ("C", "X"):
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 12, 5.3)
            if tag == "C":
                numbered_clause(pdf, num, text, lh=5.3)
            else:
                struck_clause(pdf, num, text)
            pdf.ln(1.4)
        elif tag == "N":
            pdf.set_font(F, "I", 9.5)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(0, 4.8, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.4)
    pdf.output(str(OUT / f"{name}.pdf"))


def main():
    for build in (quillingford, marrowbridge, llanhiraeth, thornwold, kettlesford, wyvernshire, ardgowrie, hinchcombe):
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
