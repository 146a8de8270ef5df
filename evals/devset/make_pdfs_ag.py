"""Build the probe-ag documents in docs-ag/ from the sources in docs-ag-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ag.py

Probe AG: eight ORDINARY, current member/officer protocols of invented LOCAL councils (parish, town, Welsh community
councils - one of them bilingual - and a Scottish community council), of different sizes, each in a published form
that earlier probes did not use, with that form's everyday noise:
- a five-seat parish council's protocol POSTED IN FULL IN THE VILLAGE FACEBOOK GROUP by the Clerk and copied from the
  browser as text: Facebook's menus and group tabs, name/badge/time lines, emoji section markers, "See less",
  hashtags, reaction counts and the comment thread (Thistleby, .txt);
- a Welsh community council's protocol written in Google Docs and converted by a DOCS-TO-MARKDOWN ADD-ON, its
  conversion-notes comment, red alert paragraphs and image alert left in, bold inside headings, an HTML table and a
  footnote (Llanfeurig, .md);
- a bilingual Welsh community council's PDF in the TOP-AND-BOTTOM layout: every page split by a rule, Welsh above,
  the same clauses in English below (Aberceiros, .pdf);
- a Scottish community council's protocol inside the list's MAILMAN MIME DIGEST: "Today's Topics", a
  multipart/digest of four message/rfc822 parts, the protocol quoted-printable and hard-wrapped in message 2, the list
  footer (Dalvoran, .eml);
- a parish council's protocol typed in Notepad and PRINTED FROM NOTEPAD TO PDF: monospaced, the file name as the page
  header, "Page n" as the footer, typed underlines and tab indents (Cottisfold, .pdf);
- a town council's DESIGNED PDF: cover, sections "01"-"12" in coloured bands, unnumbered paragraphs, a DROP CAP at
  each section's start and PULL QUOTES in the margin repeating sentences of the text (Haverleigh, .pdf);
- a large parish council's protocol published as a MICROSOFT SWAY and saved from the browser: Sway's toolbar,
  navigation pane, title/heading/text/image cards, a "Stack" group and Sway's footer (Great Tollbury, .html);
- a town council's Word file on its LETTERHEAD TEMPLATE whose section and paragraph numbers are all SEQ FIELDS, with a
  policy box and a councillor's declaration of legacy FORM FIELDS (Oxenhurst, .docx).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed creation dates and zip
timestamps, no randomness.
"""

import datetime as dt
import quopri
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    FONTS,
    DejaVuDoc,
    all_of,
    done,
    esc,
    first,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-ag-src"
OUT = HERE / "docs-ag"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2025, 10, 20, 9, 12, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ======== 1. Thistleby Parish Council (Facebook group post copied from the browser as text)
def thistleby():
    name = "thistleby-parish-council"
    items = parse(name)
    o = []
    w = o.append
    for line in all_of(items, "TOP"):
        w(line)
    w(first(items, "GROUP"))
    w(first(items, "GROUPMETA"))
    for tab in all_of(items, "TAB"):
        w(tab)
    w("Sort group feed by")
    w("Most relevant")
    w("")
    w(first(items, "POSTER"))
    badges = all_of(items, "BADGE")
    for badge in badges:
        w(badge)
        w(" \u00b7 ")
    w(first(items, "WHEN"))
    w(" \u00b7 ")
    w(first(items, "SHARED"))
    w(first(items, "INTRO"))
    w("")
    w(first(items, "TITLE"))
    w(first(items, "SUB"))
    for tag, rest in items:
        if tag == "H":
            w("")
            w(rest)
        elif tag == "C":
            num, text = rest.split("|", 1)
            w(f"{num}. {text}")
    w("")
    w(first(items, "END"))
    w("See less")
    w(first(items, "TAGS"))
    for line in all_of(items, "REACT"):
        w(line)
    w("")
    for c in all_of(items, "COMMENT"):
        who, text, age, badge = c.split("|")
        w(who)
        if badge:
            w(badge)
        w(text)
        w(age)
        w("Like")
        w("Reply")
        w("")
    w("View more comments")
    w("Write a public comment\u2026")
    path = OUT / f"{name}.txt"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 2. Llanfeurig Community Council (Google Docs -> Markdown add-on, its notes and alerts left in)
ALERT = 'style="color: red; font-weight: bold"'


def llanfeurig():
    name = "llanfeurig-community-council"
    items = parse(name)
    o = []
    w = o.append
    w("<!-- Markdown output copied to the clipboard -->")
    w("")
    w("<!-----")
    w("")
    w("Conversion report from the Docs to Markdown add-on:")
    w("* ERRORs: 0")
    w("* WARNINGs: 0")
    w("* ALERTS: 1")
    w("")
    w("Time taken: 1.806 seconds.")
    w("")
    w("Before you publish this Markdown:")
    w("")
    w("1. Paste it into your source file.")
    w("2. Read the alerts listed below and put right anything they point to.")
    w("3. Preview the page (headings, lists, tables) and check the links")
    w("   before it goes live.")
    w("")
    w("About this run:")
    w("")
    w("* Docs to Markdown version 1.0\u03b240")
    w("* Mon Mar 17 2025 10:04:51 GMT+0000 (Greenwich Mean Time)")
    w("* Source doc: LCC Member and Staff Protocol - FINAL (adopted 10.3.25)")
    w(
        "* This document has images: look for the inline alert below, copy the image to your server and correct "
        "the path."
    )
    w("")
    w("----->")
    w("")
    w(f"<p {ALERT}>>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>")
    w(
        f"<ul {ALERT}><li>Details are in the comment at the top of this output.<li>Each problem is marked in the "
        "text by an inline alert beginning &gt;&gt;&gt;&gt;&gt;  gd2md-html alert:</ul>"
    )
    w("")
    w(f'<p {ALERT}>Links to alert messages:</p><a href="#gdcalert1">alert1</a>')
    w("")
    w(f"<p {ALERT}>>>>>> PLEASE check the alerts, then delete this message and the inline alerts.<hr></p>")
    w("")
    w("")
    w(
        f'<p id="gdcalert1" ><span {ALERT}>>>>>>  gd2md-html alert: inline image link here (to images/image1.png). '
        "Store the image on your server and change the path or file name if needed. </span><br>"
        '(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br>'
        f"<span {ALERT}>>>>>> </span></p>"
    )
    w("")
    w("")
    w('![alt_text](images/image1.png "image_tooltip")')
    w("")
    w("")
    w(f"# **{first(items, 'TITLE')}**")
    w("")
    w("")
    w(f"**{first(items, 'SUB')}**")
    w("")
    w(f"_{first(items, 'META')}_")
    w("")
    w("**Contents**")
    w("")
    heads = [h.split("|", 1) for h in all_of(items, "H")]
    for num, heading in heads:
        anchor = f"{num}-{slug(heading)}"
        w(f"[{num}. {heading}](#{anchor})")
        w("")
    for tag, rest in items:
        if tag == "H":
            num, heading = rest.split("|", 1)
            w("")
            w(f"## **{num}. {heading}**")
            w("")
            w("")
        elif tag == "C":
            num, text = rest.split("|", 1)
            w(f"**{num}**\u00a0{text}")
            w("")
    w("")
    w("**Quick guide: who to contact**")
    w("")
    w("")
    w("<table>")
    head = first(items, "TABLEHEAD").split("|")
    w("  <tr>")
    for cell in head:
        w(f"   <td><strong>{esc(cell)}</strong>")
        w("   </td>")
    w("  </tr>")
    for row in all_of(items, "ROW"):
        w("  <tr>")
        for cell in row.split("|"):
            w(f"   <td>{esc(cell)}")
            w("   </td>")
        w("  </tr>")
    w("</table>")
    w("")
    w("")
    w("")
    w("<!-- Footnotes themselves at the bottom. -->")
    w("## Notes")
    w("")
    w(f"[^1]:\n     {first(items, 'NOTE')}")
    path = OUT / f"{name}.md"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 3. Aberceiros Community Council (bilingual PDF, top and bottom: Welsh above the rule, English below)
AB_RED = (166, 25, 46)
AB_GREY = (90, 90, 90)


class TopBottomPDF(DejaVuDoc):
    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*AB_GREY)
        self.set_xy(self.l_margin, self.h - 11)
        self.cell(self.epw, 4, f"Tudalen {self.page_no()} o {{nb}} \u00b7 Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def ab_half(pdf, entries, top, bottom, label):
    pdf.set_font("Sans", "B", 7)
    pdf.set_text_color(*AB_RED)
    pdf.set_xy(pdf.l_margin, top)
    pdf.cell(0, 4, label, **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(top + 6)
    for tag, rest in entries:
        if tag in ("CYTITLE", "ENTITLE"):
            big = pdf.get_y() < top + 10
            pdf.set_font("Sans", "B", 16 if big else 12.5)
            pdf.multi_cell(0, 8 if big else 6.5, rest, align="L", **NEXT)
        elif tag in ("CYMETA", "ENMETA"):
            pdf.ln(1)
            pdf.set_font("Sans", "I", 9)
            pdf.set_text_color(*AB_GREY)
            pdf.multi_cell(0, 5, rest, align="L", **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag in ("CYH", "ENH"):
            num, heading = rest.split("|", 1)
            pdf.ln(1.5)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(*AB_RED)
            pdf.cell(9, 5.6, num)
            pdf.cell(0, 5.6, heading, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif tag in ("CY", "EN"):
            num, text = rest.split("|", 1)
            L = pdf.l_margin
            pdf.set_font("Sans", "", 9.5)
            pdf.set_x(L)
            pdf.cell(9, 4.8, num + ".")
            pdf.set_left_margin(L + 9)
            pdf.set_x(L + 9)
            pdf.multi_cell(0, 4.8, text, align="L", **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.4)
        elif tag in ("CYEND", "ENEND"):
            pdf.ln(2)
            pdf.set_font("Sans", "I", 8.5)
            pdf.set_text_color(*AB_GREY)
            pdf.multi_cell(0, 4.5, rest, align="L", **NEXT)
            pdf.set_text_color(0, 0, 0)
    assert pdf.get_y() < bottom, f"half too full: {label} {pdf.get_y():.1f} > {bottom}"


def aberceiros():
    name = "aberceiros-community-council"
    items = parse(name)
    pdf = TopBottomPDF(format="A4")
    pdf.setup(
        "Protocol ar y Berthynas rhwng Aelodau a Staff / Protocol on Relations between Members and Staff",
        "Microsoft\u00ae Word for Microsoft 365",
        "Clerc / Clerk",
        dt.datetime(2025, 7, 14, 10, 22, 0, tzinfo=dt.UTC),
    )
    pdf.alias_nb_pages()
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(False)
    pages = {}
    cur = 0
    for tag, rest in items:
        if tag == "PAGE":
            cur = int(rest)
            pages[cur] = {"cy": [], "en": []}
        elif tag.startswith("CY"):
            pages[cur]["cy"].append((tag, rest))
        elif tag.startswith("EN"):
            pages[cur]["en"].append((tag, rest))
    mid = pdf.h / 2
    for n in sorted(pages):
        pdf.add_page()
        ab_half(pdf, pages[n]["cy"], 14, mid - 4, "CYMRAEG")
        pdf.set_draw_color(*AB_RED)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, mid, pdf.w - pdf.r_margin, mid)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        ab_half(pdf, pages[n]["en"], mid + 4, pdf.h - 14, "ENGLISH")
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Dalvoran Community Council (Mailman MIME digest; the protocol in message 2, quoted-printable)
DV_OUTER = "===============4371829150327716839=="
DV_INNER = "===============0218376611852190147=="
DV_HOST = "lists.dalvoran-cc.org.uk"


def wrap72(text, width=72):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def dalvoran():
    name = "dalvoran-community-council"
    items = parse(name)
    lst = first(items, "LIST")
    addr = first(items, "LISTADDR")
    vol = first(items, "VOL")
    low = lst.lower()
    msgs = []
    for tag, rest in items:
        if tag == "MSG":
            n, who, email, subject, date = rest.split("|")
            msgs.append({"n": int(n), "who": who, "email": email, "subject": subject, "date": date, "lines": []})
        elif tag == "BODY":
            msgs[-1]["lines"].extend(wrap72(rest))
            msgs[-1]["lines"].append("")
        elif tag == "PH":
            msgs[-1]["lines"].append(rest)
            msgs[-1]["lines"].append("")
        elif tag == "P":
            num, text = rest.split("|", 1)
            msgs[-1]["lines"].extend(wrap72(f"{num}. {text}"))
            msgs[-1]["lines"].append("")
        elif tag == "SIG":
            msgs[-1]["lines"].append(rest)
    o = []
    w = o.append
    w(f"From: {low}-request@{DV_HOST}")
    w(f"Subject: {lst} Digest, {vol}")
    w(f"To: {addr}")
    w(f"Reply-To: {addr}")
    w(f"Date: {first(items, 'DIGESTDATE')}")
    w(f"Message-ID: <mailman.41.1758279604.1207.{low}@{DV_HOST}>")
    w("MIME-Version: 1.0")
    w(f'Content-Type: multipart/mixed; boundary="{DV_OUTER}"')
    w(f"X-BeenThere: {addr}")
    w("X-Mailman-Version: 2.1.39")
    w("Precedence: list")
    w(f"List-Id: Dalvoran Community Council members <{low}.{DV_HOST}>")
    w(f"List-Unsubscribe: <https://{DV_HOST}/mailman/options/{low}>,")
    w(f" <mailto:{low}-request@{DV_HOST}?subject=unsubscribe>")
    w(f"List-Archive: <https://{DV_HOST}/pipermail/{low}/>")
    w(f"List-Post: <mailto:{addr}>")
    w(f"List-Help: <mailto:{low}-request@{DV_HOST}?subject=help>")
    w(f"List-Subscribe: <https://{DV_HOST}/mailman/listinfo/{low}>,")
    w(f" <mailto:{low}-request@{DV_HOST}?subject=subscribe>")
    w(f"Errors-To: {low}-bounces@{DV_HOST}")
    w(f'Sender: "{lst}" <{low}-bounces@{DV_HOST}>')
    w("")
    w(f"--{DV_OUTER}")
    w('Content-Type: text/plain; charset="us-ascii"')
    w("MIME-Version: 1.0")
    w("Content-Transfer-Encoding: 7bit")
    w(f"Content-Description: {lst} Digest, {vol}")
    w("")
    w(f"Send {lst} mailing list submissions to")
    w(f"\t{addr}")
    w("")
    w("To subscribe or unsubscribe on the web, go to")
    w(f"\thttps://{DV_HOST}/mailman/listinfo/{low}")
    w("or send an email with the word 'help' in the subject or body to")
    w(f"\t{low}-request@{DV_HOST}")
    w("")
    w("The person who looks after the list can be reached at")
    w(f"\t{low}-owner@{DV_HOST}")
    w("")
    w("If you reply, please change the Subject line to something more specific")
    w(f'than "Re: Contents of {lst} digest..."')
    w("")
    w("")
    w("Today's Topics:")
    w("")
    for m in msgs:
        topic = f"   {m['n']}. {m['subject']} ({m['who']})"
        if len(topic) > 72:
            w(f"   {m['n']}. {m['subject']}")
            w(f"      ({m['who']})")
        else:
            w(topic)
    w("")
    w("")
    w(f"--{DV_OUTER}")
    w(f'Content-Type: multipart/digest; boundary="{DV_INNER}"')
    w("MIME-Version: 1.0")
    w("")
    for m in msgs:
        w(f"--{DV_INNER}")
        w("Content-Type: message/rfc822")
        w("MIME-Version: 1.0")
        w("")
        w(f"Message-ID: <{1758000000 + m['n'] * 7919}.{m['n']}@{m['email'].split('@')[1]}>")
        w(f"Date: {m['date']}")
        w(f"From: {m['who']} <{m['email']}>")
        w(f"To: {addr}")
        w(f"Subject: [{lst}] {m['subject']}")
        w("MIME-Version: 1.0")
        body = "\n".join(m["lines"]).rstrip("\n") + "\n"
        if not body.isascii():
            if m["n"] == 2:
                w("X-Mailer: Microsoft Outlook 16.0")
            w('Content-Type: text/plain; charset="utf-8"')
            w("Content-Transfer-Encoding: quoted-printable")
            if m["n"] == 2:
                w("Content-Language: en-gb")
            w("")
            enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
            for line in enc.rstrip("\n").split("\n"):
                w(line)
        else:
            w('Content-Type: text/plain; charset="us-ascii"')
            w("Content-Transfer-Encoding: 7bit")
            w("")
            for line in body.rstrip("\n").split("\n"):
                w(line)
        w("")
    w(f"--{DV_INNER}--")
    w("")
    w(f"--{DV_OUTER}")
    w('Content-Type: text/plain; charset="us-ascii"')
    w("MIME-Version: 1.0")
    w("Content-Transfer-Encoding: 7bit")
    w("Content-Disposition: inline")
    w("")
    w("_______________________________________________")
    w(f"{lst} mailing list")
    w(addr)
    w(f"https://{DV_HOST}/mailman/listinfo/{low}")
    w("")
    w(f"--{DV_OUTER}")
    w('Content-Type: text/plain; charset="us-ascii"')
    w("MIME-Version: 1.0")
    w("Content-Transfer-Encoding: 7bit")
    w("Content-Disposition: inline")
    w("")
    end = f"End of {lst} Digest, {vol}"
    w(end)
    w("*" * len(end))
    w("")
    w(f"--{DV_OUTER}--")
    path = OUT / f"{name}.eml"
    path.write_bytes(("\r\n".join(o) + "\r\n").encode("ascii"))
    done(path)


# ======== 5. Cottisfold Parish Council (a Notepad .txt printed to PDF: file name header, "Page n" footer)
class NotepadPDF(DejaVuDoc):
    fname = ""

    def header(self):
        self.set_font("Mono", "", 10)
        self.set_xy(self.l_margin, 12.7)
        self.cell(self.epw, 5, self.fname, align="C")
        self.set_y(self.t_margin)

    def footer(self):
        self.set_font("Mono", "", 10)
        self.set_xy(self.l_margin, self.h - 17.7)
        self.cell(self.epw, 5, f"Page {self.page_no()}", align="C")


def notepad_lines(raw, cols):
    """Notepad's printout of one typed line: tabs expanded to 8 columns, then wrapped at `cols` on spaces, the
    continuation lines starting at the margin."""
    line = raw.expandtabs(8)
    if len(line) <= cols:
        return [line]
    out = []
    while len(line) > cols:
        cut = line.rfind(" ", 0, cols + 1)
        if cut <= 0:
            cut = cols
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip(" ")
    out.append(line)
    return out


def cottisfold():
    name = "cottisfold-parish-council"
    raw = (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    fname = next(r.split(" ", 1)[1] for r in raw if r.startswith("#FILE "))
    text = [r for r in raw if not r.startswith("#")]
    pdf = NotepadPDF(format="A4")
    pdf.setup(fname, "", "", dt.datetime(2025, 6, 4, 14, 6, 31, tzinfo=dt.UTC), producer="Microsoft: Print To PDF")
    for style, file in (("", "DejaVuSansMono.ttf"), ("B", "DejaVuSansMono-Bold.ttf")):
        pdf.add_font("Mono", style, str(FONTS / "dejavu" / file))
    pdf.fname = fname
    pdf.set_margins(19, 25.4, 19)
    pdf.set_auto_page_break(True, 25.4)
    pdf.add_page()
    pdf.set_font("Mono", "", 10)
    cw = pdf.get_string_width("M")
    cols = int(pdf.epw // cw)
    lh = 4.45
    for r in text:
        for line in notepad_lines(r, cols):
            pdf.set_x(pdf.l_margin)
            pdf.cell(pdf.epw, lh, line, **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. Haverleigh Town Council (designed PDF: section bands, drop caps, pull quotes in the margin)
HV_TEAL = (0, 106, 112)
HV_SAND = (238, 230, 214)
HV_DARK = (33, 37, 41)


class DesignedPDF(DejaVuDoc):
    running = ""
    web = ""

    def header(self):
        if self.page_no() == 1 or getattr(self, "plain", False):
            return
        self.set_font("Sans", "", 7)
        self.set_text_color(*HV_TEAL)
        self.set_xy(62, 10)
        self.cell(self.w - 62 - 18, 4, self.running.upper(), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1 or getattr(self, "plain", False):
            return
        self.set_font("Sans", "B", 14)
        self.set_text_color(*HV_TEAL)
        odd = self.page_no() % 2 == 1
        self.set_xy(18 if not odd else self.w - 34, self.h - 16)
        self.cell(16, 6, f"{self.page_no():02d}", align="L" if not odd else "R")
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*HV_DARK)
        self.set_xy(62, self.h - 15)
        self.cell(self.w - 62 - 40, 5, self.web)
        self.set_text_color(0, 0, 0)


HV_COL_X = 62  # text column
HV_COL_W = 210 - 62 - 18
HV_SIZE = 10
HV_LH = 5.4


def hv_drop_paragraph(pdf, text):
    """A paragraph opening with a drop cap: the first letter large, set apart at the left, and the first three lines
    of the rest indented beside it."""
    letter, rest = text[0], text[1:]
    dcw = 11
    pdf.set_font("Sans", "", HV_SIZE)
    narrow = pdf.multi_cell(HV_COL_W - dcw, HV_LH, rest, dry_run=True, output="LINES")
    head = narrow[:3]
    used = sum(len(x.split()) for x in head)
    tail = " ".join(rest.split()[used:])
    tail_lines = len(pdf.multi_cell(HV_COL_W, HV_LH, tail, dry_run=True, output="LINES")) if tail else 0
    need = (len(head) + tail_lines) * HV_LH
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("Serif", "B", 34)
    pdf.set_text_color(*HV_TEAL)
    pdf.set_xy(HV_COL_X - 1, y0 - 1.5)
    pdf.cell(dcw, 15, letter)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", HV_SIZE)
    for i, line in enumerate(head):
        pdf.set_xy(HV_COL_X + dcw, y0 + i * HV_LH)
        pdf.cell(HV_COL_W - dcw, HV_LH, line.strip())
    pdf.set_xy(HV_COL_X, y0 + len(head) * HV_LH)
    if tail:
        pdf.multi_cell(HV_COL_W, HV_LH, tail, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_x(HV_COL_X)


def haverleigh():
    name = "haverleigh-town-council"
    items = parse(name)
    pdf = DesignedPDF(format="A4")
    pdf.setup(
        "Working Together - Councillor and Staff Protocol",
        "Affinity Publisher 2.5.3",
        "Haverleigh Town Council",
        dt.datetime(2025, 4, 28, 16, 2, 0, tzinfo=dt.UTC),
        producer="Affinity Publisher 2.5.3",
    )
    pdf.running = "Working Together \u00b7 Councillor and Staff Protocol"
    pdf.web = "haverleightowncouncil.gov.uk"
    pdf.set_margins(HV_COL_X, 22, 18)
    pdf.set_auto_page_break(True, 24)
    # cover
    pdf.add_page()
    pdf.set_fill_color(*HV_TEAL)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    cover = all_of(items, "COVER")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 40)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 8, cover[0].upper(), **NEXT)
    pdf.set_xy(24, 120)
    pdf.set_font("Serif", "B", 40)
    pdf.cell(0, 18, cover[1], **NEXT)
    pdf.set_x(24)
    pdf.set_font("Sans", "", 16)
    pdf.cell(0, 10, cover[2], **NEXT)
    pdf.set_xy(24, pdf.h - 40)
    pdf.set_font("Sans", "B", 30)
    pdf.set_text_color(*HV_SAND)
    pdf.cell(0, 14, cover[3])
    pdf.set_text_color(0, 0, 0)
    # inside cover panel
    pdf.add_page()
    pdf.set_fill_color(*HV_SAND)
    pdf.rect(HV_COL_X, 40, HV_COL_W, 48, style="F")
    pdf.set_xy(HV_COL_X + 6, 46)
    for i, line in enumerate(all_of(items, "PANEL")):
        pdf.set_font("Sans", "B" if i == 0 else "", 10.5 if i == 0 else 9.5)
        pdf.set_x(HV_COL_X + 6)
        pdf.multi_cell(HV_COL_W - 12, 6.5, line, align="L", **NEXT)
    pdf.set_xy(HV_COL_X, 100)
    pdf.set_font("Sans", "I", 9)
    pdf.set_text_color(*HV_DARK)
    inside = "Inside: " + " \u00b7 ".join(f"{s.split('|')[0]} {s.split('|')[1]}" for s in all_of(items, "SEC"))
    pdf.multi_cell(HV_COL_W, 5, inside, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.add_page()
    first_para = False
    last_para_y = pdf.get_y()
    for tag, rest in items:
        if tag == "SEC":
            num, title = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 45:
                pdf.add_page()
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_fill_color(*HV_TEAL)
            pdf.rect(HV_COL_X, y, HV_COL_W, 13, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(HV_COL_X + 3, y + 2)
            pdf.set_font("Sans", "B", 16)
            pdf.cell(14, 9, num)
            pdf.set_font("Sans", "B", 12.5)
            pdf.cell(HV_COL_W - 20, 9, title)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(HV_COL_X, y + 17)
            first_para = True
        elif tag == "P":
            last_para_y = pdf.get_y()
            if first_para:
                hv_drop_paragraph(pdf, rest)
                first_para = False
            else:
                pdf.set_font("Sans", "", HV_SIZE)
                h = len(pdf.multi_cell(HV_COL_W, HV_LH, rest, dry_run=True, output="LINES")) * HV_LH
                if pdf.get_y() + h > pdf.h - pdf.b_margin:
                    pdf.add_page()
                    last_para_y = pdf.get_y()
                pdf.set_x(HV_COL_X)
                pdf.multi_cell(HV_COL_W, HV_LH, rest, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(2.6)
            pdf.set_x(HV_COL_X)
        elif tag == "PULL":
            # printed in the outer margin column, level with the paragraph before it
            y_after = pdf.get_y()
            page = pdf.page
            pdf.set_draw_color(*HV_TEAL)
            pdf.set_line_width(0.8)
            pdf.line(18, last_para_y, 52, last_para_y)
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_xy(18, last_para_y + 2)
            pdf.set_font("Serif", "BI", 12.5)
            pdf.set_text_color(*HV_TEAL)
            pdf.multi_cell(36, 6, "\u201c" + rest + "\u201d", align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.page = page
            pdf.set_xy(HV_COL_X, y_after)
    # back cover
    pdf.plain = True
    pdf.add_page()
    pdf.set_fill_color(*HV_TEAL)
    pdf.rect(0, pdf.h - 70, pdf.w, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, pdf.h - 50)
    pdf.set_font("Sans", "", 10)
    for line in all_of(items, "BACK"):
        pdf.set_x(24)
        pdf.cell(0, 7, line, **NEXT)
    pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 7. Great Tollbury Parish Council (a Microsoft Sway saved from the browser)
SWAY = "https://sway.cloud.microsoft/s/Gt7qLw2XcR9vKp4M"


def great_tollbury():
    name = "great-tollbury-parish-council"
    items = parse(name)
    title = first(items, "TITLE")
    sub = first(items, "SUB")
    heads = [h.split("|", 1) for h in all_of(items, "H")]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr" class="sway-viewer">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{esc(title)}</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<meta property="og:title" content="{esc(title)}">')
    w(f'<meta property="og:description" content="{esc(sub)}">')
    w('<meta property="og:site_name" content="Sway">')
    w(f'<meta property="og:url" content="{SWAY}">')
    w('<link rel="stylesheet" href="https://sway.cloud.microsoft/Content/viewer.min.css?v=1.0.24091.0">')
    w("</head>")
    w("<body>")
    w('<div id="sway-root" class="AppRoot">')
    w('<div class="Toolbar" role="toolbar" aria-label="Sway toolbar">')
    w('<button class="ToolbarButton" aria-label="Navigation" aria-expanded="false">Navigation</button>')
    w('<button class="ToolbarButton" aria-label="Play">Play</button>')
    w('<button class="ToolbarButton" aria-label="Share">Share</button>')
    w('<button class="ToolbarButton" aria-label="Settings for this Sway">&hellip;</button>')
    w("</div>")
    w('<div class="SettingsMenu" role="menu" hidden>')
    w('<div role="menuitem">Accessibility view</div><div role="menuitem">Duplicate this Sway</div>')
    w('<div role="menuitem">Print</div><div role="menuitem">Export</div><div role="menuitem">Report abuse</div>')
    w("</div>")
    w('<nav class="NavigationPane" aria-label="Navigation" hidden>')
    w(f'<p class="NavTitle">{esc(title)}</p>')
    w('<ul class="NavList">')
    for i, (num, heading) in enumerate(heads):
        w(f'<li class="NavItem"><a href="#heading-{i + 2}">{esc(num)}. {esc(heading)}</a></li>')
    w("</ul>")
    w("</nav>")
    w('<main class="Story" role="main" aria-label="Story content">')
    img_n = 0

    def image_card(alt, caption):
        nonlocal img_n
        img_n += 1
        w('<figure class="Card ImageCard" data-card-type="Image" data-focus-points="1">')
        w(f'<img class="CardImage" src="{SWAY}/images/{img_n}_{slug(caption)[:24]}.jpeg" alt="{esc(alt)}">')
        w(f'<figcaption class="Caption">{esc(caption)}</figcaption>')
        w("</figure>")

    imgs = all_of(items, "IMG")
    alt0, cap0 = imgs[0].split("|", 1)
    w('<section class="Card TitleCard" data-card-type="Title" id="heading-1">')
    w(
        f'<div class="TitleBackground" role="img" aria-label="{esc(alt0)}" '
        f'style="background-image:url({SWAY}/images/0_parish-office.jpeg)"></div>'
    )
    w(f'<h1 class="TitleText">{esc(title)}</h1>')
    w(f'<p class="Subtitle">{esc(sub)}</p>')
    w(f'<p class="Byline">{esc(first(items, "BYLINE"))}</p>')
    w("</section>")
    card = []

    def flush():
        if card:
            w('<section class="Card TextCard" data-card-type="Text">')
            w('<div class="TextContent">')
            for num, text in card:
                w(f"<p>{esc(num)} {esc(text)}</p>")
            w("</div>")
            w("</section>")
            card.clear()

    h_i = 1
    seen_title_img = False
    for tag, rest in items:
        if tag == "H":
            flush()
            h_i += 1
            num, heading = rest.split("|", 1)
            w(f'<section class="Card HeadingCard" data-card-type="Heading1" id="heading-{h_i}">')
            w(f'<h2 class="HeadingText">{esc(num)}. {esc(heading)}</h2>')
            w("</section>")
        elif tag == "C":
            card.append(rest.split("|", 1))
            if len(card) == 2:
                flush()
        elif tag == "IMG":
            if not seen_title_img:
                seen_title_img = True
                continue
            flush()
            image_card(*rest.split("|", 1))
    flush()
    stack = all_of(items, "STACK")
    w('<section class="Card GroupCard" data-card-type="Group" data-group-type="Stack">')
    w(f'<h3 class="GroupTitle">{esc(stack[0])}</h3>')
    for line in stack[1:]:
        w(f'<div class="GroupItem TextCard"><p>{esc(line)}</p></div>')
    w("</section>")
    w("</main>")
    w('<footer class="ViewerFooter">')
    w('<p class="CreatedWith">Created with Microsoft Sway</p>')
    w("<p>Create newsletters, presentations and documentation in minutes with Sway</p>")
    w('<p><a href="https://sway.cloud.microsoft/">Create your own Sway</a></p>')
    w(
        '<ul class="FooterLinks"><li><a href="#">Report abuse</a></li><li><a href="#">Privacy and cookies</a></li>'
        '<li><a href="#">Terms of use</a></li><li><a href="#">Accessibility</a></li></ul>'
    )
    w("<p>\u00a9 Microsoft 2025</p>")
    w("</footer>")
    w("</div>")
    w("</body></html>")
    path = OUT / f"{name}.html"
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    done(path)


# ======== 8. Oxenhurst Town Council (Word letterhead template, numbers made by SEQ fields, legacy form fields)
def fld_runs(paragraph, instr, result, bold=False, ffdata=None, has_result=True):
    """Append a complex field (begin, instrText, separate, cached result, end) to a paragraph, as Word writes it;
    ffdata is the legacy form field's <w:ffData> XML; has_result False writes no separate/result (a check box)."""
    p = paragraph._p
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""

    def add(xml):
        p.append(parse_xml(xml))

    add(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin">{ffdata or ""}</w:fldChar></w:r>')
    add(f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>')
    if has_result:
        add(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>')
        add(f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{result}</w:t></w:r>')
    add(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


FF_TEXT = '<w:ffData><w:name w:val="Text{n}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData>'
FF_CHECK = (
    '<w:ffData><w:name w:val="Check{n}"/><w:enabled/><w:calcOnExit w:val="0"/>'
    '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData>'
)


def oxenhurst():
    name = "oxenhurst-town-council"
    items = parse(name)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(4.2), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Protocol on Councillor and Staff Relations"
    cp.subject = "Policy G07"
    cp.author = "Town Clerk"
    cp.last_modified_by = "Deputy Town Clerk"
    cp.created = dt.datetime(2025, 9, 29, 14, 3, 0)
    cp.modified = dt.datetime(2025, 10, 20, 9, 11, 0)
    cp.revision = 7
    # letterhead in the header: a borderless two-column table
    header = sec.header
    hp = header.paragraphs[0]
    lh = all_of(items, "LH")
    table = header.add_table(rows=1, cols=2, width=Cm(16.4))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("\u2766 ").font.size = Pt(20)
    r = left.paragraphs[0].add_run(lh[0])
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(lh[1:]):
        para = right.paragraphs[0] if i == 0 else right.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(line)
        run.font.size = Pt(8.5)
    hp.text = ""
    # footer: text + PAGE / NUMPAGES fields
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(first(items, "FOOT") + " - Page ")
    fr.font.size = Pt(8)
    fld_runs(fp, "PAGE", "1")
    fp.add_run(" of ").font.size = Pt(8)
    fld_runs(fp, "NUMPAGES", "4")
    # policy box
    box = doc.add_table(rows=0, cols=2)
    box.style = "Table Grid"
    for row in all_of(items, "BOX"):
        k, v = row.split("|", 1)
        cells = box.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
        shade_cell(cells[0], "DCE6F1")
        for c in cells:
            c.paragraphs[0].runs[0].font.size = Pt(9)
    doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run(first(items, "TITLE"))
    doc.add_paragraph(first(items, "SUB"), style="Subtitle")
    s_n = 0
    p_n = 0
    for tag, rest in items:
        if tag == "S":
            s_n += 1
            p_n = 0
            h = doc.add_paragraph(style="Heading 1")
            fld_runs(h, "SEQ Sec \\* ARABIC", str(s_n))
            h.add_run(".\t" + rest)
        elif tag == "C":
            p_n += 1
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.25)
            para.paragraph_format.first_line_indent = Cm(-1.25)
            para.paragraph_format.space_after = Pt(6)
            fld_runs(para, "SEQ Sec \\c \\* ARABIC", str(s_n), bold=True)
            para.add_run(".").bold = True
            fld_runs(para, "SEQ Para \\s 1 \\* ARABIC", str(p_n), bold=True)
            para.add_run("\t" + rest)
    # declaration page with legacy form fields
    decl = all_of(items, "DECL")
    doc.add_page_break()
    doc.add_paragraph(decl[0], style="Heading 2")
    ff = 0
    for line in decl[1:]:
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(10)
        parts = line.replace("[BOX]", "\x00BOX\x00").replace("[TEXT]", "\x00TEXT\x00").split("\x00")
        for part in parts:
            if part == "TEXT":
                ff += 1
                fld_runs(para, "FORMTEXT", "\u2002" * 5, ffdata=FF_TEXT.format(n=ff))
            elif part == "BOX":
                ff += 1
                fld_runs(para, "FORMCHECKBOX", "", ffdata=FF_CHECK.format(n=ff), has_result=False)
            elif part:
                para.add_run(part)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


def main():
    thistleby()
    llanfeurig()
    aberceiros()
    dalvoran()
    cottisfold()
    haverleigh()
    great_tollbury()
    oxenhurst()
    return 0


if __name__ == "__main__":
    sys.exit(main())
