"""Build the probe-r documents in docs-r/ from the sources in docs-r-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_r.py

Probe R: eight member/officer protocols of invented councils, each published
with one or two everyday imperfections that differ from probe Q's:
a parish PDF written as a questions-and-answers list (answers that start
"No." or "Yes." only make sense with their question), a town protocol copied
out of a PDF into plain text (page headers/footers and form feeds left in,
words hyphenated across line ends), a Welsh community council page whose Welsh
and English paragraphs alternate under the same number, a district page whose
sections are collapsed accordion panels (plus a "page last updated" date),
a borough constitution page carrying four codes one after another (each with
its own 1.1 numbering and its own approval date), a county PDF whose clause
numbers sit in a grey left-margin column, a unitary Word file amended in place
(3.2A-style inserted clauses, a "[Deleted]" clause and an amendment history
table), and a Scottish council PDF with lettered paragraphs restarting in each
section and an annex table of contacts.
Shared helpers come from gen_common.py. Deterministic:
fixed creation dates, no randomness.
"""

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, all_of, esc, keep_together, key_value_table, meta, read_tagged, save_docx  # noqa: E402

SRC = HERE / "docs-r-src"
OUT = HERE / "docs-r"
OUT.mkdir(exist_ok=True)
DOCX_TIME = (2025, 3, 14, 9, 30, 0)  # the zip entries' date in the .docx
FIXED = dt.datetime(2025, 6, 2, 10, 0, 0, tzinfo=dt.UTC)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ---------------------------------------------------------------- 1. Brindlecombe (parish, PDF, Q&A list)
def brindlecombe():
    name = "brindlecombe-parish-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Councillors and the Clerk - Questions and Answers",
        "Microsoft\u00ae Word 2016",
        "Parish Clerk",
        created=FIXED,
    )
    pdf.footer_text = "Brindlecombe Parish Council  -  Councillors and the Clerk: Q&A  -  page {n}"
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 18)
    pdf.set_text_color(30, 70, 110)
    pdf.cell(0, 10, t[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, t[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "I", 10)
    pdf.multi_cell(0, 5.5, all_of(items, "M")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(F, "", 10.5)
    pdf.multi_cell(0, 5.4, all_of(items, "P")[0], new_x="LMARGIN", new_y="NEXT")
    for i, (tag, rest) in enumerate(items):
        if tag == "H":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font(F, "B", 13)
            pdf.set_text_color(30, 70, 110)
            pdf.cell(0, 8, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "Q":
            num, q = rest.split("|", 1)
            ans = items[i + 1][1]
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, ans, pdf.epw - 8, 5.4, 9)
            pdf.ln(1.5)
            pdf.set_font(F, "B", 10.5)
            pdf.multi_cell(0, 5.6, f"Q{num}. {q}", new_x="LMARGIN", new_y="NEXT")
        elif tag == "A":
            pdf.set_font(F, "", 10.5)
            L = pdf.l_margin
            pdf.set_left_margin(L + 8)
            pdf.set_x(L + 8)
            pdf.multi_cell(0, 5.4, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 2. Sedgebury (town, text copied out of a PDF)
# Break points a word processor's hyphenation would use for the longer words in the text.
_SYLLABLES = """
coun-cil-lor coun-cil-lors coun-cil coun-cil's in-for-ma-tion fa-cil-i-ties per-son-al per-son-nel
chair-man com-mit-tee ad-min-is-tra-tive as-sis-tant in-struc-tions en-gage-ments au-thor-i-ty
ac-count-able re-la-tion-ship po-lit-i-cal pro-to-col hos-pi-tal-i-ty elec-tor-ate col-lec-tive-ly
tele-phone com-plaint ex-change al-lot-ments con-trac-tors be-fore-hand con-fi-den-tial de-stroyed
busi-ness de-ci-sions al-lo-cate ab-sence re-spon-si-ble fi-nan-cial dep-u-ty cem-e-tery
ac-knowl-edge en-quiry pos-si-ble emer-gen-cies in-trud-er meet-ings brief-ing re-quest crit-i-cise
pri-vate-ly mon-i-tor-ing of-fi-cer dis-trict de-clined reg-is-ter re-ceiv-ing rel-a-tive ap-pli-cant
part-ner in-ter-view en-ti-tled rea-son-ably free-dom han-dled straight ap-prov-al rel-e-vant
ca-pac-i-ty agree-ment pic-tured vis-it-ing re-viewed em-ploys dep-u-tis-es re-cord with-in
so-cial ac-counts re-leas-es de-scribes mem-bers lead-ers an-oth-er al-le-ga-tions breached
con-duct rea-son-able iPad par-ty re-turned leav-ing of-fice pro-tect-ed ques-tions ac-cord-ing
ad-vice man-ag-er man-ages mar-ket trad-ers pitch-es con-cerns should cas-u-al agen-cy work-ers
di-rect guides em-ployed re-quests an-swer im-pos-si-ble al-ways se-ri-ous in-volved ap-ply
"""
SYLL = {w.replace("-", "").lower(): w for w in _SYLLABLES.split()}


def _breaks(core):
    form = SYLL.get(core.lower())
    if not form:
        return []
    out, n = [], 0
    for ch in form:
        if ch == "-":
            out.append(n)
        else:
            n += 1
    return out


def _wrap_hyphen(text, width, first_prefix=""):
    """Greedy wrap at `width`; a word that will not fit is split with a hyphen at the
    last syllable break that fits (from the table above), as text copied out of a
    hyphenated, justified PDF comes out."""
    lines, cur = [], first_prefix.rstrip()
    for word in text.split():
        sep = " " if cur else ""
        if cur and len(cur) + len(sep) + len(word) <= width:
            cur = cur + sep + word
            continue
        room = width - len(cur) - len(sep) - 1
        core = word.rstrip(".,;:)\"'")
        cuts = [b for b in _breaks(core) if b <= room] if cur else []
        if cuts:
            cut = cuts[-1]
            lines.append(cur + sep + word[:cut] + "-")
            cur = word[cut:]
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def sedgebury():
    name = "sedgebury-town-council"
    items = parse(name)
    width, per_page = 78, 42
    body = []
    t = all_of(items, "T")
    body += [t[0], t[1], "", all_of(items, "M")[0], ""]
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            body += ["", f"{num}. {text.upper()}", ""]
        elif tag == "C":
            num, text = rest.split("|", 1)
            body += _wrap_hyphen(text, width, first_prefix=f"{num} ")
            body.append("")
    pages = [body[i : i + per_page] for i in range(0, len(body), per_page)]
    n = len(pages)
    out = []
    for p, lines in enumerate(pages, 1):
        head = "Sedgebury Town Council" + " " * 30 + "Member and Officer Protocol v3"
        foot_l = "Adopted 22.01.2025 | Review 01.2027"
        foot_r = f"Page {p} of {n}"
        block = [head, ""] + lines + ["", foot_l + " " * (width - len(foot_l) - len(foot_r)) + foot_r]
        out.append("\n".join(block))
    (OUT / f"{name}.txt").write_text("\n\f".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 3. Llanfrychan (Welsh community council, bilingual HTML)
def llanfrychan():
    name = "llanfrychan-community-council"
    items = parse(name)
    t_en, t_cy = all_of(items, "T")[0].split("|")
    m_en, m_cy = all_of(items, "M")[0].split("|")
    body = []
    for tag, rest in items:
        if tag == "H":
            num, en, cy = rest.split("|")
            body.append(f'<h2>{num}. <span lang="cy">{esc(cy)}</span> / <span lang="en">{esc(en)}</span></h2>')
        elif tag == "W":
            num, text = rest.split("|", 1)
            body.append(f'<p lang="cy" class="cymraeg"><strong>{num}</strong> {esc(text)}</p>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.append(f'<p lang="en" class="english"><strong>{num}</strong> {esc(text)}</p>')
    page = f"""<!DOCTYPE html>
<html lang="cy">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t_cy)} / {esc(t_en)} - Cyngor Cymuned Llanfrychan / Llanfrychan Community Council</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div id="cookie-notice" role="dialog" aria-label="Cwcis / Cookies">
<p lang="cy">Rydym yn defnyddio cwcis hanfodol i wneud i'r wefan hon weithio.</p>
<p lang="en">We use essential cookies to make this website work.</p>
<button>Derbyn / Accept</button> <a href="/cwcis">Rhagor / More</a>
</div>
<header class="site-header">
<a href="/" class="brand">Cyngor Cymuned Llanfrychan<br>Llanfrychan Community Council</a>
<div class="lang-switch"><a href="/cy/" aria-current="true">Cymraeg</a> | <a href="/en/">English</a></div>
<nav><ul>
<li><a href="/">Hafan / Home</a></li>
<li><a href="/cynghorwyr">Cynghorwyr / Councillors</a></li>
<li><a href="/cyfarfodydd">Cyfarfodydd / Meetings</a></li>
<li><a href="/polisiau">Polisïau / Policies</a></li>
<li><a href="/cysylltu">Cysylltu / Contact</a></li>
</ul></nav>
</header>
<main id="content">
<p class="breadcrumb"><a href="/">Hafan / Home</a> &gt; <a href="/polisiau">Polisïau / Policies</a></p>
<h1><span lang="cy">{esc(t_cy)}</span> / <span lang="en">{esc(t_en)}</span></h1>
<p lang="cy" class="meta">{esc(m_cy)}</p>
<p lang="en" class="meta">{esc(m_en)}</p>
{chr(10).join(body)}
<p class="download"><a href="/ffeiliau/protocol-aelodau-swyddogion.pdf">Lawrlwytho PDF / Download PDF (212KB)</a></p>
</main>
<footer>
<p>Cyngor Cymuned Llanfrychan, Blwch SP 27, Llanfrychan / Llanfrychan Community Council, PO Box 27, Llanfrychan</p>
<p><a href="/hygyrchedd">Hygyrchedd / Accessibility</a> | <a href="/preifatrwydd">Preifatrwydd / Privacy</a></p>
</footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 4. Wolvercombe (district, accordion HTML)
def wolvercombe():
    name = "wolvercombe-district-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    sections, cur = [], None
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            cur = [num, text, []]
            sections.append(cur)
        elif tag == "C":
            num, text = rest.split("|", 1)
            cur[2].append(f'<p><span class="para-num">{num}</span> {esc(text)}</p>')
    acc = []
    for num, text, paras in sections:
        acc.append(
            f"""<div class="accordion__section">
<h2 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false" aria-controls="section-{num}" id="heading-{num}"><span class="accordion__title">Section {num}: {esc(text)}</span><span class="accordion__icon" aria-hidden="true">+</span></button></h2>
<div class="accordion__panel" id="section-{num}" role="region" aria-labelledby="heading-{num}" hidden>
{chr(10).join(paras)}
</div>
</div>"""
        )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Wolvercombe District Council</title>
<link rel="stylesheet" href="/static/css/wdc.min.css">
<script src="/static/js/accordion.js" defer></script>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on Wolvercombe District Council">
<h2>Cookies on our website</h2>
<p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand how you use the site.</p>
<button type="button" value="accept">Accept analytics cookies</button> <button type="button" value="reject">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a href="#main" class="skip-link">Skip to main content</a>
<header class="site-header">
<a href="/" class="logo"><img src="/static/img/wdc-logo.svg" alt="Wolvercombe District Council"></a>
<form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
<nav class="primary"><ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li>
<li><a href="/housing">Housing</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li><li><a href="/council-and-democracy/constitution">Constitution</a></li></ol></nav>
<main id="main">
<h1>{esc(title)}</h1>
<p class="lead">{esc(all_of(items, "P")[0])}</p>
<div class="accordion" data-module="accordion">
<div class="accordion__controls"><button class="accordion__open-all" aria-expanded="false">Open all sections</button></div>
{chr(10).join(acc)}
</div>
<div class="feedback">
<h2>Was this page helpful?</h2>
<button>Yes</button> <button>No</button> <a href="/report-a-problem">Report a problem with this page</a>
</div>
</main>
<footer class="site-footer">
<p class="updated">{esc(all_of(items, "U")[0])}</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Wolvercombe District Council, Council Offices, Station Road, Wolvercombe</p>
</footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 5. Thistlewood (borough, constitution part page with four codes)
def thistlewood():
    name = "thistlewood-borough-council"
    items = parse(name)
    title = all_of(items, "T")[0]
    parts, body = [], []
    for tag, rest in items:
        if tag == "PART":
            pid, ptitle, status = rest.split("|")
            parts.append((pid, ptitle))
            if len(parts) > 1:
                body.append('<p class="back-to-top"><a href="#top">Back to top</a></p>')
            body.append(f'<h2 id="part-{pid.lower()}">{pid} {esc(ptitle)}</h2>')
            body.append(f'<p class="part-status"><em>{esc(status)}</em></p>')
        elif tag == "H":
            num, text = rest.split("|", 1)
            body.append(f"<h3>{num}. {esc(text)}</h3>")
        elif tag == "C":
            num, text = rest.split("|", 1)
            body.append(f"<p>{num} {esc(text)}</p>")
    body.append('<p class="back-to-top"><a href="#top">Back to top</a></p>')
    toc = "\n".join(f'<li><a href="#part-{pid.lower()}">{pid} {esc(pt)}</a></li>' for pid, pt in parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Thistlewood Borough Council</title>
<link rel="stylesheet" href="/themes/tbc/css/styles.css">
</head>
<body id="top">
<div id="cookie-consent" class="cookie-consent">
<p>Thistlewood Borough Council uses cookies to improve your experience. <a href="/cookie-policy">Read our cookie policy</a>.</p>
<button class="accept">Accept all</button> <button class="settings">Cookie settings</button>
</div>
<header>
<div class="header-top"><a href="/" class="logo">Thistlewood Borough Council</a> <a href="/my-account" class="account">My account</a></div>
<nav class="main-nav"><ul>
<li><a href="/bins">Bins</a></li><li><a href="/benefits">Benefits</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/parking">Parking</a></li><li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li>
</ul></nav>
</header>
<div class="container">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/your-council">Your council</a> &rsaquo; <a href="/your-council/constitution">Constitution</a> &rsaquo; Part 5</nav>
<main>
<h1>{esc(title)}</h1>
<p class="updated">{esc(all_of(items, "U")[0])}</p>
<div class="on-this-page"><h2>On this page</h2><ul>
{toc}
</ul></div>
{chr(10).join(body)}
</main>
<aside class="sidebar"><h2>Constitution</h2><ul>
<li><a href="/your-council/constitution/part-1">Part 1: Summary and explanation</a></li>
<li><a href="/your-council/constitution/part-2">Part 2: Articles</a></li>
<li><a href="/your-council/constitution/part-3">Part 3: Responsibility for functions</a></li>
<li><a href="/your-council/constitution/part-4">Part 4: Rules of procedure</a></li>
<li><a href="/your-council/constitution/part-5" aria-current="page">Part 5: Codes and protocols</a></li>
<li><a href="/your-council/constitution/part-6">Part 6: Members' allowances scheme</a></li>
</ul></aside>
</div>
<footer>
<p>Thistlewood Borough Council, Town Hall, Market Place, Thistlewood</p>
<p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/cookie-policy">Cookies</a> | <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 6. Fernshire (county, PDF with clause numbers in a left-margin column)
def fernshire():
    name = "fernshire-county-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Part 6.3 Protocol on Member and Officer Relations (Issue 3)",
        "Adobe InDesign 19.4 (Windows)",
        "Democratic Services",
        created=FIXED,
    )
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.footer_text = "Fernshire County Council Constitution  |  Part 6.3  |  Issue 3  |  Page {n}"
    margin_x, text_x = 14, 36
    pdf.set_margins(text_x, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 11)
    pdf.set_text_color(0, 100, 70)
    pdf.cell(0, 6, t[0].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "B", 19)
    pdf.multi_cell(0, 9, t[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, all_of(items, "M")[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(0, 100, 70)
            pdf.set_xy(margin_x, y)
            pdf.cell(text_x - margin_x - 2, 7, f"{num}")
            pdf.set_xy(text_x, y)
            pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "C":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw, 5.4)
            y = pdf.get_y()
            pdf.set_font(F, "", 8.5)
            pdf.set_text_color(120, 120, 120)
            pdf.set_xy(margin_x, y + 0.4)
            pdf.cell(text_x - margin_x - 4, 5, num)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font(F, "", 10.5)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.4)
    pdf.output(str(OUT / f"{name}.pdf"))


# ---------------------------------------------------------------- 7. Kestlemouth (unitary, DOCX amended in place)
def kestlemouth():
    name = "kestlemouth-council"
    items = parse(name)
    notes = dict(r.split("|", 1) for r in all_of(items, "N"))
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Calibri"
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.footer.paragraphs[0].add_run(
        "Kestlemouth Council Constitution - Part 4.6 - as amended 13 March 2025"
    ).font.size = Pt(8)
    t = all_of(items, "T")
    p = doc.add_paragraph(t[0])
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_paragraph(t[1])
    doc.add_paragraph(t[2], style="Title")
    key_value_table(doc, all_of(items, "X"))
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            doc.add_paragraph(f"{num}. {text}", style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            r = p.add_run(f"{num}\t{text}")
            if text.startswith("[Deleted"):
                r.italic = True
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if num in notes:
                n = p.add_run(" " + notes[num])
                n.italic = True
                n.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            p.paragraph_format.left_indent = Cm(1.4)
            p.paragraph_format.first_line_indent = Cm(-1.4)
            p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph("Amendment history", style="Heading 2")
    ht = doc.add_table(rows=1, cols=2)
    ht.style = "Table Grid"
    ht.rows[0].cells[0].text = "Date"
    ht.rows[0].cells[1].text = "Change"
    for r in all_of(items, "R"):
        d, c = r.split("|", 1)
        cells = ht.add_row().cells
        cells[0].text = d
        cells[1].text = c
    cp = doc.core_properties
    cp.title = "Member/Officer Protocol (Part 4.6)"
    cp.author = "Democratic Services"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 7
    save_docx(doc, OUT / f"{name}.docx", DOCX_TIME)


# ---------------------------------------------------------------- 8. Ardmorlich (Scottish, PDF, lettered paragraphs + contacts table)
def ardmorlich():
    name = "ardmorlich-council"
    items = parse(name)
    pdf = Doc(format="A4")
    meta(
        pdf,
        "Protocol for Relations between Councillors and Employees",
        "Microsoft\u00ae Word for Microsoft 365",
        "Legal and Democratic Services",
        created=FIXED,
    )
    pdf.footer_text = "Ardmorlich Council  -  Councillor/Employee Protocol  -  Page {n} of {N}"
    pdf.alias_nb_pages()
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    t = all_of(items, "T")
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, t[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 13)
    pdf.multi_cell(0, 7, t[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.cell(0, 7, all_of(items, "M")[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for tag, rest in items:
        if tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            pdf.cell(0, 7, f"{num}.  {text}", new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            letter, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw - 10, 5.3)
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.cell(10, 5.3, f"({letter})")
            pdf.set_left_margin(L + 10)
            pdf.set_x(L + 10)
            pdf.multi_cell(0, 5.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(L)
            pdf.ln(1.6)
    rows = [r.split("|") for r in all_of(items, "K")]
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.ln(5)
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "Annex: Useful contacts", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(50, 58, 54), line_height=5.2, text_align="LEFT", first_row_as_headings=True) as table:
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.output(str(OUT / f"{name}.pdf"))


if __name__ == "__main__":
    brindlecombe()
    sedgebury()
    llanfrychan()
    wolvercombe()
    thistlewood()
    fernshire()
    kestlemouth()
    ardmorlich()
    print("built:", ", ".join(sorted(p.name for p in OUT.iterdir())))
