"""Build the probe-ap documents in docs-ap/ from the sources in docs-ap-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ap.py

Probe AP: eight ORDINARY, current member/officer protocols of invented PRINCIPAL councils (London borough, county,
district with a committee system, metropolitan borough, Welsh county borough, borough, Scottish council, unitary),
each in a published form that earlier probes did not use, with that form's everyday noise:
- a London borough's constitution page captured on an iPhone with Safari's "Full Page" screenshot and shared as a
  PDF: ONE PAGE about two and a half metres tall at the phone's width, the mobile cookie banner and sticky header, a
  floating "Back to top" button captured mid-page, feedback, related links, newsletter box and footer, no page
  breaks and no page numbers (Wandlemere, .pdf);
- a county's protocol as a document in a LOTUS NOTES / DOMINO policy library on the staff intranet, saved from
  the browser: the _DominoForm form and hidden fields, _doClick(), an action bar, <font> and layout tables, a field
  table with Notes dates, collapsible sections shown expanded with "Hide details for ..." twistie images, indents
  as <ul> without <li>, an attachment and an embedded view of related documents (Vellinshire, .htm);
- a district's (committee system) protocol as the RAW WIKITEXT of its intranet MediaWiki page: an infobox
  template, a notice, __TOC__, an editor's comment, "#" auto-numbered clauses with no written numbers, "#*" and
  "#:" lines, [[links]], <ref> footnotes, a wikitable and categories (Cawlingham, .txt);
- a metropolitan borough's LocalGov Drupal page SAVED BY A LOGGED-IN EDITOR after an edit: the admin toolbar, the
  View / Edit / Delete / Revisions tabs, the "has been updated" status message, a moderation control, contextual
  links and drupalSettings, then the public page (Ewcliffe, .html);
- a Welsh county borough's bilingual induction deck PRINTED AS POWERPOINT NOTES PAGES: a slide picture over the
  speaker notes that hold the protocol's paragraphs, the notes master's header with the session date, one page's
  notes autofitted small (Cwmgarreg, .pdf);
- a borough's MUNICIPAL YEAR BOOK 2025/26 (A5): cover, contents, councillors by ward, Cabinet, committees,
  calendar of meetings and senior officers before the protocol as Section 7, mirrored running heads (Ottersby,
  .pdf);
- a Scottish council's Word file INDEXED WITH XE FIELDS (hidden, some mid-sentence) and a generated two-column
  INDEX at the end (Ardcairnie, .docx);
- a unitary council's MEMBER ENQUIRY CASE-MANAGEMENT EMAIL: the reply-above-this-line marker, a case summary,
  the officer's reply with the protocol pasted in, rating links, the case history and the system's footer,
  text/plain and HTML, quoted-printable (Tillingmoor, .eml).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed dates, fixed zip
timestamps, fixed MIME boundaries, no randomness.
"""

import datetime as dt
import quopri
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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
    hanging,
    read_tagged,
    save_docx,
    slug,
)

SRC = HERE / "docs-ap-src"
OUT = HERE / "docs-ap"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def split2(rest):
    a, _, b = rest.partition("|")
    return a, b


def write_text(name, ext, text, newline="\n", encoding="utf-8"):
    path = OUT / f"{name}.{ext}"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    done(path)


def ascii_html(s):
    """HTML-escape `s` and write every non-ASCII character as a numeric entity (Domino's habit)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(s))


# ======== 1. London Borough of Wandlemere (iOS Safari "Full Page" screenshot saved as one tall PDF page)
WL_TEAL = (0, 95, 106)
WL_INK = (11, 12, 12)
WL_LINK = (29, 95, 168)
PHONE_W = 137.6  # 390 pt: the phone's width in CSS pixels, one pixel a point


def z(px):
    """CSS pixels (= PDF points on the capture) in mm."""
    return px * 25.4 / 72


class TallPage(DejaVuDoc):
    def header(self):
        pass

    def footer(self):
        pass


def wandlemere_pdf(items, height):
    """The page as Safari's Full Page capture draws it (every size in the phone's CSS pixels, z() to mm)."""
    pdf = TallPage(unit="mm", format=(PHONE_W, height))
    pdf.setup(
        title="Protocol on member and officer relations | London Borough of Wandlemere",
        app="iOS Version 18.5 (Build 22F76) Quartz PDFContext",
        author="",
        created=dt.datetime(2025, 8, 12, 21, 37, 4, tzinfo=dt.UTC),
    )
    pdf.set_auto_page_break(False)
    pdf.set_margins(z(16), 0, z(16))
    pdf.add_page()
    F = "Sans"
    W = PHONE_W - z(32)
    # cookie banner (fixed to the top of the screen when the capture was taken)
    banner = first(items, "COOKIE")
    buttons = first(items, "BUTTONS").split("|")
    pdf.set_font(F, "", 14)
    lines = len(pdf.multi_cell(W, z(20), banner, dry_run=True, output="LINES"))
    bh = z(16 + 26 + 8) + lines * z(20) + len(buttons) * z(44) + z(16)
    pdf.set_fill_color(*WL_INK)
    pdf.rect(0, 0, PHONE_W, bh, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(z(16), z(16))
    pdf.set_font(F, "B", 17)
    pdf.cell(W, z(26), "Cookies on wandlemere.gov.uk", **NEXT)
    pdf.ln(z(8))
    pdf.set_font(F, "", 14)
    pdf.multi_cell(W, z(20), banner, align="L", **NEXT)
    for label in buttons:
        pdf.ln(z(8))
        if label.startswith("Accept"):
            pdf.set_fill_color(0, 112, 60)
        else:
            pdf.set_fill_color(60, 60, 60)
        pdf.set_font(F, "B", 15)
        pdf.cell(W, z(36), label, fill=True, align="C", **NEXT)
    y = bh
    # sticky site header
    head = all_of(items, "HEAD")
    pdf.set_fill_color(*WL_TEAL)
    pdf.rect(0, y, PHONE_W, z(64), style="F")
    pdf.set_xy(z(16), y + z(10))
    pdf.set_font(F, "B", 22)
    pdf.cell(z(180), z(26), head[0])
    pdf.set_xy(z(16), y + z(38))
    pdf.set_font(F, "", 11)
    pdf.cell(z(200), z(16), head[1])
    pdf.set_font(F, "B", 13)
    pdf.set_xy(PHONE_W - z(160), y + z(16))
    pdf.cell(z(66), z(32), head[2], border=1, align="C")
    pdf.set_xy(PHONE_W - z(84), y + z(16))
    pdf.cell(z(68), z(32), head[3], border=1, align="C")
    pdf.set_text_color(*WL_INK)
    pdf.set_y(y + z(64 + 20))
    # breadcrumbs
    pdf.set_font(F, "", 13)
    pdf.set_text_color(*WL_LINK)
    pdf.multi_cell(W, z(20), "  \u203a  ".join(all_of(items, "CRUMB")), align="L", **NEXT)
    pdf.ln(z(20))
    pdf.set_text_color(*WL_INK)
    pdf.set_font(F, "B", 27)
    pdf.multi_cell(W, z(34), first(items, "H1"), align="L", **NEXT)
    pdf.ln(z(12))
    pdf.set_font(F, "", 17)
    pdf.multi_cell(W, z(25), first(items, "LEAD"), align="L", **NEXT)
    pdf.ln(z(24))
    # "On this page"
    onpage = all_of(items, "ONPAGE")
    top = pdf.get_y()
    pdf.set_draw_color(*WL_TEAL)
    pdf.set_line_width(z(4))
    pdf.line(z(18), top, z(18), top + z(30) + z(24) * len(onpage))
    pdf.set_line_width(0.2)
    pdf.set_x(z(30))
    pdf.set_font(F, "B", 16)
    pdf.cell(W, z(30), "On this page", **NEXT)
    pdf.set_font(F, "U", 15)
    pdf.set_text_color(*WL_LINK)
    for item in onpage:
        pdf.set_x(z(30))
        pdf.cell(W - z(14), z(24), item, **NEXT)
    pdf.set_text_color(*WL_INK)
    pdf.ln(z(20))
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            pdf.ln(z(14))
            pdf.set_font(F, "B", 21)
            pdf.multi_cell(W, z(28), f"{num}. {heading}", align="L", **NEXT)
            pdf.ln(z(8))
        elif tag == "C":
            num, text = split2(rest)
            pdf.set_font(F, "", 16)
            pdf.multi_cell(W, z(24), f"**{num}** {text}", markdown=True, align="L", **NEXT)
            pdf.ln(z(14))
        elif tag == "FLOAT":
            # the floating button, captured where it was floating over the text
            yb = pdf.get_y() - z(30)
            pdf.set_fill_color(*WL_TEAL)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(F, "B", 13)
            pdf.rect(PHONE_W - z(150), yb, z(134), z(40), style="F", round_corners=True, corner_radius=z(20))
            pdf.set_xy(PHONE_W - z(150), yb + z(10))
            pdf.cell(z(134), z(20), rest + " \u2191", align="C")
            pdf.set_text_color(*WL_INK)
            pdf.set_xy(z(16), yb + z(40))
    pdf.ln(z(16))
    pdf.set_font(F, "", 14)
    pdf.set_text_color(80, 80, 80)
    for line in all_of(items, "META"):
        pdf.cell(W, z(22), line, **NEXT)
    pdf.set_text_color(*WL_INK)
    pdf.ln(z(30))
    helpful = all_of(items, "HELPFUL")
    top = pdf.get_y()
    pdf.set_fill_color(243, 242, 241)
    pdf.rect(0, top, PHONE_W, z(140), style="F")
    pdf.set_xy(z(16), top + z(20))
    pdf.set_font(F, "B", 17)
    pdf.cell(W, z(26), helpful[0], **NEXT)
    pdf.ln(z(8))
    pdf.set_font(F, "", 15)
    pdf.cell(z(80), z(36), helpful[1], border=1, align="C")
    pdf.set_x(z(110))
    pdf.cell(z(80), z(36), helpful[2], border=1, align="C", **NEXT)
    pdf.ln(z(14))
    pdf.set_font(F, "U", 14)
    pdf.set_text_color(*WL_LINK)
    pdf.cell(W, z(22), helpful[3], **NEXT)
    pdf.set_y(top + z(170))
    pdf.set_text_color(*WL_INK)
    pdf.set_font(F, "B", 19)
    pdf.cell(W, z(30), "Related content", **NEXT)
    pdf.set_font(F, "U", 15)
    pdf.set_text_color(*WL_LINK)
    for item in all_of(items, "RELATED"):
        pdf.cell(W, z(30), item, **NEXT)
    pdf.set_text_color(*WL_INK)
    pdf.ln(z(30))
    signup = all_of(items, "SIGNUP")
    top = pdf.get_y()
    pdf.set_fill_color(*WL_TEAL)
    pdf.rect(0, top, PHONE_W, z(200), style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(z(16), top + z(20))
    pdf.set_font(F, "B", 17)
    pdf.multi_cell(W, z(25), signup[0], align="L", **NEXT)
    pdf.ln(z(10))
    pdf.set_font(F, "", 14)
    pdf.cell(W, z(22), signup[1], **NEXT)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(z(16), pdf.get_y(), W, z(40), style="F")
    pdf.ln(z(50))
    pdf.set_fill_color(0, 112, 60)
    pdf.set_font(F, "B", 15)
    pdf.cell(z(130), z(40), signup[2], fill=True, align="C")
    pdf.set_y(top + z(220))
    foot = all_of(items, "FOOT")
    top = pdf.get_y()
    pdf.set_fill_color(*WL_INK)
    end = top + z(40) + z(28) * len(foot)
    pdf.rect(0, top, PHONE_W, end - top, style="F")
    pdf.set_xy(z(16), top + z(20))
    for i, line in enumerate(foot):
        pdf.set_font(F, "U" if i < 5 else "", 14)
        pdf.cell(W, z(28), line, **NEXT)
    return pdf, end


def wandlemere():
    name = "london-borough-of-wandlemere"
    items = parse(name)
    _, height = wandlemere_pdf(items, 5000)
    pdf, end = wandlemere_pdf(items, round(height, 1))
    assert abs(end - height) < 0.01
    pdf.output(str(OUT / f"{name}.pdf"))
    done(OUT / f"{name}.pdf")


# ======== 2. Vellinshire County Council (Lotus Notes / Domino policy library document)
VC_DB = "/Intranet/PolicyLib.nsf"
VC_VIEW = "0"


def vellinshire():
    name = "vellinshire-county-council"
    items = parse(name)
    docid = [h for h in all_of(items, "HIST") if h.startswith("Document ID: ")][0].split(": ")[1]
    url = f"{VC_DB}/{VC_VIEW}/{docid}"
    sections = [split2(r) for t, r in items if t == "H"]
    expand = ",".join(n for n, _ in sections)
    font = '<font size="2" face="Arial">'
    o = []
    w = o.append
    w("<html>")
    w("<head>")
    w(f'<title>{ascii_html(first(items, "TITLE"))}</title><script language="JavaScript" type="text/javascript">')
    w("<!-- ")
    w('document._domino_target = "_self";')
    w("function _doClick(v, o, t, h) {")
    w("  var form = document._DominoForm;")
    w("  if (form.onsubmit) {")
    w("     var retVal = form.onsubmit();")
    w('     if (typeof retVal == "boolean" && retVal == false)')
    w("       return false;")
    w("  }")
    w("  var target = document._domino_target;")
    w("  if (o.href != null) {")
    w("    if (o.target != null)")
    w("       target = o.target;")
    w("  } else {")
    w("    if (t != null)")
    w("      target = t;")
    w("  }")
    w("  form.target = target;")
    w("  form.__Click.value = v;")
    w("  if (h != null)")
    w("    form.action += h;")
    w("  form.submit();")
    w("  return false;")
    w("}")
    w("// -->")
    w("</script>")
    w("</head>")
    w('<body text="#000000" bgcolor="#FFFFFF">')
    w("")
    w(f'<form method="post" action="{url}?EditDocument&amp;Seq=1" name="_DominoForm">')
    w('<input type="hidden" name="__Click" value="0"><input type="hidden" name="%%Surrogate_Category" value="1">')
    banner = all_of(items, "BANNER")
    w('<table width="100%" border="0" cellspacing="0" cellpadding="4">')
    w(
        '<tr valign="top"><td width="180" bgcolor="#1F4E79"><img '
        'src="/Intranet/Home.nsf/vcc_logo.gif?OpenImageResource"'
        f' width="160" height="48" alt="{ascii_html(banner[0])}"></td><td bgcolor="#1F4E79"><font size="4" '
        f'color="#FFFFFF" face="Arial"><b>{ascii_html(banner[1])}</b></font><br><font size="2" color="#FFFFFF" '
        f'face="Arial">{ascii_html(banner[2])}</font></td></tr>'
    )
    w("</table>")
    w('<table border="0" cellspacing="0" cellpadding="2"><tr>')
    for i, label in enumerate(all_of(items, "ACTION")):
        if i:
            w(f"<td>{font}|</font></td>")
        w(
            f'<td><a href="" onclick="return _doClick(\'80258C7A0041E1A3.{i + 1:02d}c4\', this, null)">'
            f"{font}{ascii_html(label)}</font></a></td>"
        )
    w("</tr></table>")
    w('<hr width="100%" size="1" align="left">')
    w('<table border="1" cellspacing="0" cellpadding="3" width="90%">')
    for key, value in (split2(r) for r in all_of(items, "FIELD")):
        w(
            f'<tr valign="top"><td width="25%" bgcolor="#E1E1E1">{font}<b>{ascii_html(key)}</b></font></td>'
            f'<td width="75%">{font}{ascii_html(value)}</font></td></tr>'
        )
    w("</table>")
    w("<br>")
    n = 0
    open_ul = False
    for tag, rest in items:
        if tag == "H":
            if open_ul:
                w("</ul>")
            n += 1
            num, heading = split2(rest)
            label = f"{num}. {heading}"
            w(
                f'<a name="_Section{n}"></a><a href="{url}?OpenDocument&amp;ExpandSection={expand}#_Section{n}" '
                f'target="_self"><img src="/icons/collapse.gif" border="0" alt="Hide details for '
                f'{ascii_html(label)}"></a><font size="2" color="#1F4E79" face="Arial"><b>{ascii_html(label)}'
                "</b></font><br>"
            )
            w("<ul>")
            open_ul = True
        elif tag == "C":
            num, text = split2(rest)
            w(f"{font}{num}  {ascii_html(text)}</font><br>")
            w("<br>")
    if open_ul:
        w("</ul>")
    w('<hr width="100%" size="1" align="left">')
    for fname, size in (split2(r) for r in all_of(items, "ATTACH")):
        href = f"{url}/$FILE/{fname.replace(' ', '%20')}"
        w(
            f'{font}<b>Attachments:</b></font><br><a href="{href}"><img src="/icons/fileatt.gif" border="0" '
            f'alt="{ascii_html(fname)}"></a> {font}{ascii_html(fname)} ({size})</font><br><br>'
        )
    w(f"{font}<b>Related documents in Governance\\Constitution</b></font><br>")
    w('<table border="0" cellpadding="2" cellspacing="0">')
    w(
        f'<tr><td><img src="/icons/ecblank.gif" border="0" height="1" width="16" alt=""></td><td>{font}<b>Title</b>'
        f"</font></td><td>{font}<b>Approved</b></font></td></tr>"
    )
    for i, (title, date) in enumerate(split2(r) for r in all_of(items, "RELATED")):
        uid = f"{0x3C1E40A1 + 977 * i:08X}80258C7A00{0x1D2E + 31 * i:04X}41"
        w(
            f'<tr valign="top"><td><img src="/icons/ecblank.gif" border="0" height="16" width="16" alt=""></td>'
            f'<td>{font}<a href="{VC_DB}/{VC_VIEW}/{uid}?OpenDocument">{ascii_html(title)}</a></font></td>'
            f"<td>{font}{date}</font></td></tr>"
        )
    w("</table>")
    w("<br>")
    for line in all_of(items, "HIST"):
        w(f'<font size="1" color="#808080" face="Arial">{ascii_html(line)}</font><br>')
    w("</form>")
    w("</body>")
    w("</html>")
    write_text(name, "htm", "\n".join(o) + "\n", newline="\r\n", encoding="ascii")


# ======== 3. Cawlingham District Council (raw wikitext of an intranet MediaWiki page)
def cawlingham():
    name = "cawlingham-district-council"
    items = parse(name)
    o = []
    w = o.append
    box = [split2(r) for r in all_of(items, "INFOBOX")]
    width = max(len(k) for k, _ in box)
    w("{{Policy infobox")
    for key, value in box:
        w(f"| {key.ljust(width)} = {value}")
    w("}}")
    w(f"{{{{Intranet notice|{first(items, 'NOTICE')}}}}}")
    w(first(items, "IMAGE"))
    w(f"<!-- {first(items, 'COMMENT')} -->")
    w("__TOC__")
    w(first(items, "INTRO"))
    rows = []
    for tag, rest in items:
        if tag == "H":
            if rest.startswith("8."):
                w("")
                w("{{Anchor|gifts}}")
            else:
                w("")
            w(f"== {rest} ==")
        elif tag == "C":
            w(f"# {rest}")
        elif tag == "B":
            w(f"#* {rest}")
        elif tag == "CONT":
            w(f"#: {rest}")
        elif tag == "REF":
            o[-1] += f"<ref>{rest}</ref>"
        elif tag == "TABLE":
            rows.append(rest.split("|"))
    w('{| class="wikitable"')
    w("! " + " !! ".join(rows[0]))
    for row in rows[1:]:
        w("|-")
        w("| " + " || ".join(row))
    w("|}")
    w("")
    w("== Notes ==")
    w("<references />")
    w("")
    w("{{Lastupdated|12 June 2025|JR}}")
    w("")
    for cat in all_of(items, "CAT"):
        w(f"[[Category:{cat}]]")
    write_text(name, "txt", "\n".join(o) + "\n")


# ======== 4. Ewcliffe Metropolitan Borough Council (LocalGov Drupal page saved by a logged-in editor)
EW = "https://www.ewcliffe.gov.uk"
NODE = 2214


def contextual(cid, links):
    lis = "".join(f'<li><a href="{EW}/admin/structure/block/manage/{cid}">{lab}</a></li>' for lab in links)
    return (
        f'<div data-contextual-id="block:block={cid}:langcode=en" data-contextual-token="tk-{cid}" '
        'data-drupal-ajax-container="" class="contextual" role="form"><button class="trigger focusable '
        'visually-hidden" type="button" aria-pressed="false">Open configuration options</button><ul '
        f'class="contextual-links" hidden="">{lis}</ul></div>'
    )


def ewcliffe():
    name = "ewcliffe-metropolitan-borough-council"
    items = parse(name)
    title = first(items, "H1")
    user = first(items, "USER")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8" />')
    w('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />')
    w('<meta name="MobileOptimized" content="width" />')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    w(f'<link rel="canonical" href="{EW}/your-council/constitution/{slug(title)}" />')
    w(f'<link rel="shortlink" href="{EW}/node/{NODE}" />')
    w(f"<title>{esc(title)} | Ewcliffe Metropolitan Borough Council</title>")
    w(
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qz3v0d8Wm1kP.css?delta=0&amp;'
        'language=en&amp;theme=localgov_base&amp;include=eJxtjVEKwzAMQy-U1kcqTuyGbI4d4nSwt6_Qr4-fIGn4qQjzuHvNJg" />'
    )
    w('<link rel="stylesheet" media="all" href="/core/themes/claro/css/components/toolbar.module.css?t0k2w1" />')
    w("</head>")
    w(
        '<body class="path-node page-node-type-localgov-services-page user-logged-in toolbar-horizontal '
        'toolbar-fixed toolbar-tray-open">'
    )
    w('<a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>')
    # --- the administration toolbar
    w('<div id="toolbar-administration" role="group" aria-label="Site administration toolbar" class="toolbar">')
    w('<nav id="toolbar-bar" role="navigation" aria-label="Toolbar items" class="toolbar-bar clearfix">')
    w('<h2 class="visually-hidden">Toolbar items</h2>')
    for label in all_of(items, "TOOLBAR"):
        w(
            f'<div class="toolbar-tab"><a href="{EW}/admin/{slug(label)}" class="toolbar-icon toolbar-icon-'
            f'{slug(label)} toolbar-item" data-toolbar-tray="toolbar-item-{slug(label)}-tray">{label}</a></div>'
        )
    w(
        f'<div class="toolbar-tab"><a href="{EW}/user/37" class="toolbar-icon toolbar-icon-user toolbar-item" '
        f'data-toolbar-tray="toolbar-item-user-tray">{esc(user)}</a><div class="toolbar-tray" '
        'data-toolbar-tray="toolbar-item-user-tray"><nav class="toolbar-lining"><ul class="toolbar-menu">'
        f'<li><a href="{EW}/user/37">View profile</a></li><li><a href="{EW}/user/37/edit">Edit profile</a></li>'
        f'<li><a href="{EW}/user/logout">Log out</a></li></ul></nav></div></div>'
    )
    w("</nav>")
    w(
        '<div id="toolbar-item-administration-tray" data-toolbar-tray="toolbar-item-administration-tray" '
        'class="toolbar-tray is-active toolbar-tray-horizontal" aria-label="Administration menu"><nav '
        'class="toolbar-lining clearfix" role="navigation"><h3 class="toolbar-tray-name visually-hidden">'
        'Administration menu</h3><ul class="toolbar-menu root toolbar-menu">'
    )
    for label in all_of(items, "TRAY"):
        w(
            f'<li class="menu-item menu-item--expandable"><a href="{EW}/admin/{slug(label)}" class="toolbar-icon '
            f'toolbar-icon-system-admin-{slug(label)}">{label}</a></li>'
        )
    w("</ul></nav></div>")
    w("</div>")
    w('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>')
    w('<div class="page-wrapper">')
    # --- public header
    w('<header class="lgd-header" role="banner"><div class="lgd-container">')
    w(contextual("localgov_base_branding", ("Configure block", "Remove block")))
    w(
        f'<a href="{EW}/" class="lgd-header__logo" title="Home" rel="home"><img src="/themes/custom/ewcliffe/'
        'logo.svg" alt="Ewcliffe Metropolitan Borough Council logo" width="200" height="56" /></a>'
    )
    w(
        f'<form class="localgov-search" action="{EW}/search" method="get"><label for="edit-s" class="visually-hidden">'
        'Search</label><input type="search" id="edit-s" name="s" placeholder="Search this site" /><button '
        'type="submit">Search</button></form>'
    )
    w('<button class="lgd-header__toggle" aria-expanded="false">Menu</button>')
    w("</div></header>")
    # --- breadcrumb
    w('<div class="lgd-region lgd-region--breadcrumb">')
    w(contextual("localgov_base_breadcrumbs", ("Configure block", "Remove block")))
    w(
        '<nav class="lgd-breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 '
        'id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumb__items">'
    )
    path = EW
    for i, crumb in enumerate(all_of(items, "CRUMB")):
        if i:
            path += "/" + slug(crumb)
        w(f'<li class="lgd-breadcrumb__item"><a href="{path or "/"}">{esc(crumb)}</a></li>')
    w("</ol></nav></div>")
    # --- messages, tabs and moderation control (only an editor sees these)
    w('<div class="lgd-region lgd-region--messages">')
    w("<div data-drupal-messages>")
    w(
        '<div role="contentinfo" aria-label="Status message" class="messages-list__item messages '
        'messages--status"><div class="messages__header"><h2 class="visually-hidden">Status message</h2>'
        f'</div><div class="messages__content">{first(items, "STATUS")}</div></div>'
    )
    w("</div></div>")
    w('<div class="lgd-region lgd-region--tabs">')
    w(
        '<nav class="tabs-wrapper" aria-label="Tabs"><h2 class="visually-hidden">Primary tabs</h2><ul class="tabs '
        'primary">'
    )
    for label in all_of(items, "TAB"):
        active = ' class="is-active"' if label == "View" else ""
        target = {
            "View": f"/node/{NODE}",
            "Edit": f"/node/{NODE}/edit",
            "Delete": f"/node/{NODE}/delete",
            "Revisions": f"/node/{NODE}/revisions",
            "Approvals": f"/node/{NODE}/latest",
            "Preview link": f"/node/{NODE}/generate-preview-link",
        }[label]
        current = '<span class="visually-hidden">(active tab)</span>' if label == "View" else ""
        w(f'<li class="tabs__tab"><a href="{EW}{target}"{active}>{label}{current}</a></li>')
    w("</ul></nav></div>")
    w(
        '<div class="entity-moderation-form"><form class="content-moderation-entity-moderation-form" '
        f'action="{EW}/node/{NODE}" method="post" accept-charset="UTF-8"><div class="entity-moderation-form__item">'
        f'<div class="form-item">{first(items, "MODERATION")}</div></div><div class="form-item '
        'form-type-select"><label for="edit-new-state">Change to</label><select id="edit-new-state" '
        'name="new_state" class="form-select"><option value="published" selected="selected">Published</option>'
        '<option value="draft">Draft</option><option value="review">Needs review</option><option '
        'value="archived">Archived</option></select></div><div class="form-item"><label for="edit-revision-log">'
        'Log message</label><input type="text" id="edit-revision-log" name="revision_log" value="" size="30" '
        'maxlength="255" class="form-text" /></div><input type="submit" id="edit-submit" name="op" value="Apply" '
        'class="button form-submit" /><input type="hidden" name="form_build_id" '
        'value="form-9kHf3xQwT2mYdL0pRzVbN8aS1uE6cJ4oG7iK5tW" /><input type="hidden" name="form_token" '
        'value="Yq2mC8vLx0Pz4NfR7tKw1sD9bH3jG6uA5eT" /><input type="hidden" name="form_id" '
        'value="content_moderation_entity_moderation_form" /></form></div>'
    )
    # --- the page
    w('<main id="main-content" class="main" tabindex="-1"><div class="lgd-container"><div class="lgd-row">')
    w('<div class="lgd-row__two-thirds">')
    w(contextual("localgov_base_page_header_block", ("Configure block", "Remove block")))
    w(
        f'<header class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span>{esc(title)}</span>'
        f'</h1><p class="lgd-page-title-block__subheader">{esc(first(items, "SUMMARY"))}</p></header>'
    )
    w(f'<article data-history-node-id="{NODE}" class="localgov-services-page full"><div class="node__content">')
    w('<div class="field field--name-body field--type-text-with-summary">')
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            w(f'<h2 id="{slug(heading)}">{num}. {esc(heading)}</h2>')
        elif tag == "C":
            num, text = split2(rest)
            w(f"<p>{num} {esc(text)}</p>")
    w("</div>")
    w(f'<div class="lgd-page-updated">{esc(first(items, "UPDATED"))}</div>')
    w("</div></article>")
    w(
        '<div class="feedback-block"><h2>Was this page helpful?</h2><a href="/feedback?page=2214&amp;helpful=yes">'
        'Yes</a> <a href="/feedback?page=2214&amp;helpful=no">No</a></div>'
    )
    w("</div>")
    w('<aside class="lgd-row__one-third sidebar">')
    w(contextual("localgov_services_related_links", ("Configure block", "Remove block")))
    w('<div class="localgov-services-related-links"><h2>Related links</h2><ul>')
    for item in all_of(items, "RELATED"):
        w(f'<li><a href="{EW}/your-council/{slug(item)}">{esc(item)}</a></li>')
    w("</ul></div></aside>")
    w("</div></div></main>")
    w('<footer class="lgd-footer" role="contentinfo"><div class="lgd-container"><ul class="lgd-footer__links">')
    foot = all_of(items, "FOOT")
    for item in foot[:-1]:
        w(f'<li><a href="{EW}/{slug(item)}">{esc(item)}</a></li>')
    w(f"</ul><p>{esc(foot[-1])}</p></div></footer>")
    w("</div></div>")
    w(
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
        '"pathPrefix":"","currentPath":"node\\/' + str(NODE) + '","currentPathIsAdmin":false,"isFront":false,'
        '"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":'
        '{"libraries":"eJxtjVEKwzAMQy","theme":"localgov_base","theme_token":null},"ajaxTrustedUrl":[],'
        '"toolbar":{"breakpoints":{"toolbar.narrow":"only screen and (min-width: 16.5em)","toolbar.standard":'
        '"only screen and (min-width: 38.125em)","toolbar.wide":"only screen and (min-width: 61em)"},'
        '"subtreesHash":"Xk2Lw9QzR4"},"user":{"uid":"37","permissionsHash":"b8e1c0a7f3d24e6b9a5c"}}</script>'
    )
    w('<script src="/core/misc/drupal.js?v=10.3.6"></script>')
    w('<script src="/core/modules/toolbar/js/toolbar.js?v=10.3.6"></script>')
    w('<script src="/core/modules/contextual/js/contextual.js?v=10.3.6"></script>')
    w("</body>")
    w("</html>")
    write_text(name, "html", "\n".join(o) + "\n")


# ======== 5. Cwmgarreg County Borough Council (PowerPoint "Notes Pages" printed to PDF)
CG_RED = (158, 27, 50)
CG_GREY = (90, 90, 90)


class NotesPages(DejaVuDoc):
    hdr_l = ""
    hdr_r = ""
    ftr_l = ""

    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(*CG_GREY)
        self.set_xy(15, 8)
        self.cell(140, 4, self.hdr_l)
        self.set_xy(15, 8)
        self.cell(180, 4, self.hdr_r, align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(*CG_GREY)
        self.set_xy(15, 285)
        self.cell(140, 4, self.ftr_l)
        self.set_xy(15, 285)
        self.cell(180, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def cwmgarreg():
    name = "cwmgarreg-county-borough-council"
    items = parse(name)
    pdf = NotesPages(format="A4")
    pdf.setup(
        title="Sesiwn 4 - Protocol Aelodau a Swyddogion",
        app="Microsoft\u00ae PowerPoint\u00ae for Microsoft 365",
        author="Gwasanaethau Democrataidd",
        created=dt.datetime(2025, 6, 5, 14, 12, 51, tzinfo=dt.UTC),
    )
    pdf.hdr_l = first(items, "HDRL")
    pdf.hdr_r = first(items, "HDRR")
    pdf.ftr_l = first(items, "FTRL")
    slide_foot = first(items, "SLIDEFOOT")
    pdf.set_auto_page_break(False)
    F = "Sans"
    # group the source into slides: (title pair, [subs], [bullets], [notes], small)
    slides = []
    for tag, rest in items:
        if tag == "SLIDE":
            slides.append({"title": split2(rest), "sub": [], "bul": [], "notes": [], "small": False})
        elif tag == "SUB":
            slides[-1]["sub"].append(rest)
        elif tag == "BUL":
            slides[-1]["bul"].append(split2(rest))
        elif tag == "NOTE":
            slides[-1]["notes"].append(("", rest))
        elif tag == "N":
            slides[-1]["notes"].append(split2(rest))
        elif tag == "SMALL":
            slides[-1]["small"] = True
    sx, sy, sw, sh = 30, 20, 150, 84.4
    for no, s in enumerate(slides, 1):
        pdf.add_page()
        # the slide picture
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(sx, sy, sw, sh)
        cy, en = s["title"]
        if no == 1 or not s["bul"]:
            pdf.set_fill_color(*CG_RED)
            pdf.rect(sx, sy, sw, sh, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(sx + 10, sy + 18)
            pdf.set_font(F, "B", 15)
            pdf.multi_cell(sw - 20, 7, cy, align="C", new_x="LEFT", new_y="NEXT")
            pdf.set_font(F, "", 13)
            pdf.multi_cell(sw - 20, 6.4, en, align="C", new_x="LEFT", new_y="NEXT")
            pdf.ln(4)
            pdf.set_x(sx + 10)
            pdf.set_font(F, "", 9)
            for sub in s["sub"]:
                pdf.multi_cell(sw - 20, 4.6, sub, align="C", new_x="LEFT", new_y="NEXT")
        else:
            pdf.set_fill_color(*CG_RED)
            pdf.rect(sx, sy, sw, 17, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(sx + 6, sy + 2.5)
            pdf.set_font(F, "B", 12)
            pdf.cell(sw - 12, 6, cy, new_x="LEFT", new_y="NEXT")
            pdf.set_font(F, "", 10)
            pdf.cell(sw - 12, 5.5, en, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(sx + 8, sy + 24)
            for bcy, ben in s["bul"]:
                pdf.set_font(F, "B", 10)
                pdf.cell(5, 5.2, "\u2022")
                pdf.cell(sw - 21, 5.2, bcy, new_x="LEFT", new_y="NEXT")
                pdf.set_font(F, "I", 9)
                pdf.set_text_color(*CG_GREY)
                pdf.cell(sw - 21, 4.6, ben, new_x="LEFT", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.set_x(sx + 8)
                pdf.ln(2)
                pdf.set_x(sx + 8)
        if no > 1 and s["bul"]:
            pdf.set_text_color(*CG_GREY)
        else:
            pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "", 6)
        pdf.set_xy(sx + 5, sy + sh - 6)
        pdf.cell(sw - 20, 4, slide_foot)
        pdf.set_xy(sx + sw - 15, sy + sh - 6)
        pdf.cell(10, 4, str(no), align="R")
        pdf.set_text_color(0, 0, 0)
        # the speaker notes
        size, lh = (8.6, 4.1) if s["small"] else (10.5, 5.2)
        pdf.set_xy(20, sy + sh + 12)
        pdf.set_left_margin(20)
        pdf.set_right_margin(20)
        for num, text in s["notes"]:
            pdf.set_font(F, "", size)
            if num:
                pdf.set_x(20)
                pdf.cell(12, lh, num)
                pdf.set_left_margin(32)
                pdf.set_x(32)
                pdf.multi_cell(0, lh, text, align="L", **NEXT)
                pdf.set_left_margin(20)
            else:
                pdf.multi_cell(0, lh, text, align="L", **NEXT)
            pdf.ln(lh * 0.55)
        assert pdf.get_y() < 280, f"notes of slide {no} run off the page"
    pdf.output(str(OUT / f"{name}.pdf"))
    done(OUT / f"{name}.pdf")


# ======== 6. Ottersby Borough Council (Municipal Year Book 2025/26, A5)
OT_GREEN = (0, 84, 66)


class YearBook(DejaVuDoc):
    section = ""
    running = "Municipal Year Book 2025/26"

    def header(self):
        if self.page_no() <= 2:
            return
        self.set_font("Sans", "", 7)
        self.set_text_color(*OT_GREEN)
        outer, inner = (self.running, self.section)
        left, right = (inner, outer) if self.page_no() % 2 else (outer, inner)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw / 2, 4, left)
        self.set_xy(self.l_margin + self.epw / 2, 8)
        self.cell(self.epw / 2, 4, right, align="R")
        self.set_draw_color(*OT_GREEN)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-11)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 4, str(self.page_no()), align="C")


def ottersby_pdf(items, contents_pages):
    pdf = YearBook(format=(148, 210))
    pdf.setup(
        title="Municipal Year Book 2025/26",
        app="Adobe InDesign 20.3 (Windows)",
        author="Ottersby Borough Council - Democratic Services",
        created=dt.datetime(2025, 6, 27, 9, 5, 0, tzinfo=dt.UTC),
        producer="Adobe PDF Library 17.0",
    )
    pdf.set_margins(14, 17, 14)
    pdf.set_auto_page_break(True, 16)
    F = "Sans"
    cover = all_of(items, "COVER")
    pdf.add_page()
    pdf.set_fill_color(*OT_GREEN)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 60)
    pdf.set_font(F, "B", 15)
    pdf.cell(0, 8, cover[0], **NEXT)
    pdf.ln(6)
    pdf.set_font(F, "", 22)
    pdf.cell(0, 10, cover[1], **NEXT)
    pdf.set_font(F, "B", 30)
    pdf.cell(0, 14, cover[2], **NEXT)
    pdf.set_xy(14, 180)
    pdf.set_font(F, "", 8)
    pdf.cell(0, 5, cover[3])
    pdf.set_text_color(0, 0, 0)
    # contents
    pdf.add_page()
    pdf.set_font(F, "B", 14)
    pdf.set_text_color(*OT_GREEN)
    pdf.cell(0, 8, "Contents", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font(F, "", 9.5)
    for i, (title, page) in enumerate(split2(r) for r in all_of(items, "CONTENTS")):
        page = str(contents_pages[i]) if contents_pages else page
        label = f"{i + 1}  {title} "
        dots = "." * 200
        lw = pdf.epw - pdf.get_string_width(" " + page) - 1
        while pdf.get_string_width(label + dots) > lw:
            dots = dots[:-1]
        pdf.cell(lw, 7, label + dots)
        pdf.cell(0, 7, page, align="R", **NEXT)
    starts = []
    rows = []
    for tag, rest in items:
        if tag == "SECTION":
            num, title = split2(rest)
            pdf.section = title
            pdf.add_page()
            starts.append(pdf.page_no())
            pdf.set_font(F, "B", 13)
            pdf.set_text_color(*OT_GREEN)
            pdf.multi_cell(0, 6.5, f"{num}  {title}", **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif tag == "TEXT":
            pdf.set_font(F, "", 9)
            pdf.multi_cell(0, 4.6, rest, **NEXT)
            pdf.ln(2)
        elif tag == "TROW":
            rows.append(rest.split("|"))
        elif tag == "TEND":
            ncol = len(rows[0])
            widths = {
                2: [pdf.epw * 0.55, pdf.epw * 0.45],
                3: [pdf.epw * 0.5, pdf.epw * 0.27, pdf.epw * 0.23],
                4: [pdf.epw * 0.22, pdf.epw * 0.32, pdf.epw * 0.25, pdf.epw * 0.21],
            }[ncol]
            if rows[0][0] == "Committee":
                widths = [pdf.epw * 0.34, pdf.epw * 0.25, pdf.epw * 0.25, pdf.epw * 0.16]
            if rows[0][0] == "Meeting":
                widths = [pdf.epw * 0.22, pdf.epw * 0.78]
            grid_table(pdf, widths, rows, (214, 234, 226), size=7.6, lh=3.8)
            rows = []
        elif tag == "PH":
            pdf.ln(1.5)
            pdf.set_font(F, "B", 9.6)
            pdf.set_text_color(*OT_GREEN)
            pdf.multi_cell(0, 5, rest, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif tag == "P":
            num, text = split2(rest)
            hanging(pdf, num, text, 8, lh=4.45, size=8.8, align="L", style="B")
            pdf.ln(1.4)
    return pdf, starts


def ottersby():
    name = "ottersby-borough-council"
    items = parse(name)
    _, starts = ottersby_pdf(items, None)
    listed = [int(p) for _, p in (split2(r) for r in all_of(items, "CONTENTS"))]
    assert starts == listed, f"contents pages {listed} but sections start on {starts}"
    pdf, _ = ottersby_pdf(items, starts)
    pdf.output(str(OUT / f"{name}.pdf"))
    done(OUT / f"{name}.pdf")


# ======== 7. Ardcairnie Council (Word file indexed with XE fields and a generated INDEX)
AC_BLUE = RGBColor(0x00, 0x3B, 0x71)


def hidden_field_runs(paragraph, instr):
    """Append an XE field as Word writes it: begin, instruction, end, every run hidden (w:vanish)."""
    for kind in ("begin", None, "end"):
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:vanish"))
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f' XE "{instr}" '
        run._r.append(el)


def ensure_style(doc, name, base="Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        return st


def ardcairnie():
    name = "ardcairnie-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Morag Lindsay"
    cp.title = "Protocol for Relations between Councillors and Employees"
    cp.subject = "Councillors' Handbook, Section 6"
    cp.keywords = "protocol; councillors; employees; Scheme of Governance"
    cp.created = dt.datetime(2025, 6, 30, 9, 12, 0)
    cp.modified = dt.datetime(2025, 7, 8, 15, 40, 0)
    cp.last_modified_by = "Euan Kirkwood"
    cp.revision = 12
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for lvl, indent in (("Index 1", 0.0), ("Index 2", 0.4)):
        st = ensure_style(doc, lvl)
        st.paragraph_format.left_indent = Cm(indent + 0.4)
        st.paragraph_format.first_line_indent = Cm(-0.4)
        st.paragraph_format.space_after = Pt(0)
        st.font.size = Pt(9.5)
    ih = ensure_style(doc, "Index Heading")
    ih.font.bold = True
    ih.paragraph_format.space_before = Pt(6)
    ih.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(first(items, "HDR"))
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(first(items, "FTR") + " ")
    r.font.size = Pt(8.5)
    add_field(fp.add_run(), "PAGE")
    p = doc.add_paragraph(style="Title")
    p.add_run(first(items, "TITLE"))
    p = doc.add_paragraph(style="Subtitle")
    p.add_run(first(items, "SUBTITLE"))
    for line in all_of(items, "INFO"):
        p = doc.add_paragraph()
        rr = p.add_run(line)
        rr.italic = True
        rr.font.size = Pt(10)
    last = None
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            h = doc.add_heading(level=1)
            rr = h.add_run(f"{num}\t{heading}")
            rr.font.color.rgb = AC_BLUE
        elif tag == "C":
            num, text = split2(rest)
            last = doc.add_paragraph()
            last.paragraph_format.left_indent = Cm(1.1)
            last.paragraph_format.first_line_indent = Cm(-1.1)
            last.paragraph_format.space_after = Pt(6)
            last._ap_text = (num, text)
            last.add_run(f"{num}\t{text}")
        elif tag == "XE":
            hidden_field_runs(last, rest)
        elif tag == "XEAT":
            word, term = split2(rest)
            num, text = last._ap_text
            i = text.index(word) + len(word)
            for run in list(last.runs):
                run._r.getparent().remove(run._r)
            last.add_run(f"{num}\t{text[:i]}")
            hidden_field_runs(last, term)
            last.add_run(text[i:])
    # the index, in a two-column section of its own
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    cols = new._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        new._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    doc.add_heading("Index", level=1)
    entries = []
    for tag, rest in items:
        if tag == "IDXHEAD":
            entries.append(("Index Heading", rest))
        elif tag == "IDX":
            label, pages = split2(rest)
            style = "Index 2" if label.startswith(":") else "Index 1"
            label = label.lstrip(":")
            entries.append((style, f"{label}, {pages}" if pages else label))
    for i, (style, text) in enumerate(entries):
        p = doc.add_paragraph(style=style)
        if i == 0:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> INDEX \\h "A" \\c "2" \\z "2057" '
                    "</w:instrText></w:r>"
                )
            )
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.add_run(text)
        if i == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    save_docx(doc, OUT / f"{name}.docx", (2025, 7, 8, 15, 40, 0))
    done(OUT / f"{name}.docx")


# ======== 8. Tillingmoor Council (Member Enquiry case-management email)
TM_BOUNDARY = "----=_Part_48817_1193847562.1763462537210"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def tillingmoor():
    name = "tillingmoor-council"
    items = parse(name)
    hdr = dict(split2(r) for r in all_of(items, "MAILHDR"))
    case = [split2(r) for r in all_of(items, "CASE")]
    marker = first(items, "MARKER")
    # ---- text/plain
    t = [marker, ""]
    width = max(len(k) for k, _ in case)
    t += [f"{(k + ':').ljust(width + 2)}{v}" for k, v in case]
    t += ["", "-" * 60, "", first(items, "GREET"), ""]
    paras = all_of(items, "PARA")
    t += [paras[0], ""]
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            t += [f"{num}. {heading.upper()}", ""]
        elif tag == "C":
            num, text = split2(rest)
            t += [f"{num} {text}", ""]
    t += [paras[1], ""]
    t += all_of(items, "SIGN")
    t += [
        "",
        first(items, "RATE").replace(
            "Good | Poor",
            "Good <https://tillingmoor.gov.uk/me/r?c=ME-2025-04817&s=1> | "
            "Poor <https://tillingmoor.gov.uk/me/r?c=ME-2025-04817&s=0>",
        ),
        "",
    ]
    t += ["-" * 60, first(items, "HISTHEAD"), ""]
    for h in all_of(items, "HIST"):
        t += [h, ""]
    t += ["-" * 60]
    t += all_of(items, "FOOT")
    text = "\n".join(t) + "\n"
    # ---- text/html (the system's template)
    td = 'style="padding:4px 8px;border-bottom:1px solid #e5e5e5;font-family:Arial,sans-serif;font-size:13px"'
    h = []
    a = h.append
    a("<!DOCTYPE html>")
    a('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    a(f"<title>{esc(hdr['Subject'])}</title></head>")
    a('<body style="margin:0;padding:0;background:#f4f4f4">')
    a(f'<div style="color:#999;font-size:11px;font-family:Arial,sans-serif;padding:8px">{esc(marker)}</div>')
    a('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td>')
    a(
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #dddddd">'
    )
    a(
        '<tr><td style="background:#2b4a6f;padding:14px 20px;color:#ffffff;font-family:Arial,sans-serif;'
        'font-size:18px"><img src="https://tillingmoor.gov.uk/me/assets/logo-white.png" alt="Tillingmoor Council" '
        'width="150" height="40"><br>Member Enquiries</td></tr>'
    )
    a('<tr><td style="padding:16px 20px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">')
    for k, v in case:
        a(f"<tr><td {td}><strong>{esc(k)}</strong></td><td {td}>{esc(v)}</td></tr>")
    a("</table></td></tr>")
    a('<tr><td style="padding:8px 20px 20px 20px;font-family:Arial,sans-serif;font-size:14px;line-height:1.5">')
    a(f"<p>{esc(first(items, 'GREET'))}</p>")
    a(f"<p>{esc(paras[0])}</p>")
    for tag, rest in items:
        if tag == "H":
            num, heading = split2(rest)
            a(f'<p style="margin:18px 0 6px 0"><strong>{num}. {esc(heading)}</strong></p>')
        elif tag == "C":
            num, text2 = split2(rest)
            a(f'<p style="margin:0 0 8px 0">{num} {esc(text2)}</p>')
    a(f"<p>{esc(paras[1])}</p>")
    a("<p>" + "<br>".join(esc(s) for s in all_of(items, "SIGN")) + "</p>")
    a("</td></tr>")
    a(
        '<tr><td style="padding:12px 20px;background:#f0f4f8;font-family:Arial,sans-serif;font-size:13px">'
        'How did we do? Rate this response: <a href="https://tillingmoor.gov.uk/me/r?c=ME-2025-04817&amp;s=1">Good'
        '</a> | <a href="https://tillingmoor.gov.uk/me/r?c=ME-2025-04817&amp;s=0">Poor</a></td></tr>'
    )
    a('<tr><td style="padding:12px 20px;font-family:Arial,sans-serif;font-size:12px;color:#555555">')
    a(f"<p><strong>{esc(first(items, 'HISTHEAD'))}</strong></p>")
    for line in all_of(items, "HIST"):
        a(f'<p style="border-left:3px solid #cccccc;padding-left:8px">{esc(line)}</p>')
    a("</td></tr>")
    a('<tr><td style="padding:12px 20px;font-family:Arial,sans-serif;font-size:11px;color:#888888">')
    for line in all_of(items, "FOOT"):
        a(f"<p>{esc(line)}</p>")
    a("</td></tr></table></td></tr></table></body></html>")
    html_part = "\n".join(h) + "\n"
    # ---- the message
    m = [
        "Return-Path: <bounce-me@tillingmoor.gov.uk>",
        "Received: from crm-app02.tillingmoor.local (10.20.4.17) by mail.tillingmoor.gov.uk (10.20.1.5) with",
        " Microsoft SMTP Server id 15.2.1544.4; Tue, 18 Nov 2025 10:42:18 +0000",
        f"Date: {hdr['Date']}",
        f"From: {hdr['From']}",
        "Reply-To: Tillingmoor Council Member Enquiries <memberenquiries+ME-2025-04817@tillingmoor.gov.uk>",
        f"To: {hdr['To']}",
        "Message-ID: <ME-2025-04817.5.1763462537@crm.tillingmoor.gov.uk>",
        f"Subject: {hdr['Subject']}",
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-generated",
        "X-Mailer: Tillingmoor CRM Notifications 4.2",
        "X-Case-Reference: ME-2025-04817",
        f'Content-Type: multipart/alternative; boundary="{TM_BOUNDARY}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{TM_BOUNDARY}",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(text),
        f"--{TM_BOUNDARY}",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_part),
        f"--{TM_BOUNDARY}--",
        "",
    ]
    write_text(name, "eml", "\n".join(m), newline="\r\n")


def main():
    wandlemere()
    vellinshire()
    cawlingham()
    ewcliffe()
    cwmgarreg()
    ottersby()
    ardcairnie()
    tillingmoor()
    return 0


if __name__ == "__main__":
    sys.exit(main())
