"""Build the probe-j documents in docs-j/ from the sources in docs-j-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_j.py
Uses fpdf2 (PDF) and python-docx plus raw WordprocessingML (DOCX).
"""

import re
import shutil
import textwrap
from pathlib import Path

from fpdf import FPDF
from gen_common import esc, read_tagged

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-j-src"
OUT = HERE / "docs-j"
OUT.mkdir(exist_ok=True)


def parse(name):
    """Parse the simple '#X' line format of a source file (every '#' line is an item, '# ...' too)."""
    return read_tagged(SRC / name, skip_comments=False)


# ---------------------------------------------------------------- 1. Wistlecombe
def wistlecombe():
    items = parse("wistlecombe-parish-council.txt")
    body = []
    for tag, rest in items:
        if tag == "T":
            body.append(f"<b>{esc(rest)}</b><br>")
        elif tag == "P":
            body.append(f"{esc(rest)}<br><br>")
        elif tag == "H":
            num, text = rest.split("|", 1)
            body.append(f"<br><b><u>{num}.&nbsp;{esc(text.upper())}</u></b><br><br>")
        elif tag == "C":
            num, text = rest.split("|", 1)
            # text was pasted from the printed PDF: each printed line ends in <br>
            lines = textwrap.wrap(text, 84)
            out = f"{num}&nbsp;&nbsp;&nbsp;" + "<br>\n&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(
                esc(line) for line in lines
            )
            body.append(out + "<br><br>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Wistlecombe Parish Council - Councillor &amp; Staff Protocol</title>
<link rel="stylesheet" href="/templates/village_blue/css/template.css" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/wistlecombe_banner.jpg" alt="Wistlecombe Parish Council" width="900" height="120" /></div>
<div id="topmenu"><a href="/">Home</a> | <a href="/council">The Council</a> | <a href="/councillors">Councillors</a> | <a href="/minutes">Agendas &amp; Minutes</a> | <a href="/policies">Policies</a> | <a href="/village-hall">Village Hall</a> | <a href="/bins">Bin Collection Days</a> | <a href="/contact">Contact the Clerk</a></div>
<div id="leftcol">
<div class="moduletable"><h3>Latest News</h3>
<p>Village Hall car park resurfacing 14-18 April - hall closed.</p>
<p>Allotment rents for 2024/25 are 32 pounds per plot, due 1 April.</p>
<p>Next Parish Council meeting: Monday 13 May 2024 at 7.30pm (Annual Meeting).</p></div>
<div class="moduletable"><h3>Useful links</h3>
<p><a href="https://www.hensmoor.gov.uk/planning">Hensmoor DC planning search</a><br /><a href="https://www.hensmoor.gov.uk/bins">Report a missed bin</a></p></div>
</div>
<div id="maincol">
<div class="breadcrumbs">You are here: <a href="/">Home</a> &gt; <a href="/policies">Policies</a> &gt; Councillor &amp; Staff Protocol</div>
<h2 class="contentheading">Councillor &amp; Staff Protocol</h2>
<div class="article-info">Written by Clerk &nbsp;|&nbsp; Hits: 212</div>
<div class="article-content" style="font-family: Verdana; font-size: 10pt;">
{chr(10).join(body)}
<i>Signed: M. Harcourt (Chairman) &nbsp;&nbsp; Date: 11/03/2024</i><br>
</div>
<div class="article-footer">Last Updated: 02 April 2024 | <a href="javascript:window.print()">Print</a> | <a href="/policies">Back to Policies</a></div>
</div>
<div id="footer">&copy; 2024 Wistlecombe Parish Council. Website by VillageWeb. <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a></div>
</div>
</body>
</html>
"""
    (OUT / "wistlecombe-parish-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- 2. Pennickford
def pennickford():
    items = parse("pennickford-town-council.txt")
    P = (
        '<p align="justify" style="margin-bottom: 0.21cm; line-height: 115%">'
        '<font face="Arial, sans-serif"><font size="2" style="font-size: 11pt">{}</font></font></p>'
    )
    body, n, open_ol, sub_open = [], 0, False, False

    def lo_runs(text):
        # LibreOffice splits runs where the language or formatting changed while editing
        t = esc(text)
        t = t.replace("Town Clerk", '<span lang="en-GB">Town</span> Clerk', 1)
        t = t.replace(" not ", " <b>not</b> ", 1)
        t = t.replace("job request form", '<span style="background: #ffff00">job request form</span>')
        t = t.replace("within two working days", 'within <a name="_GoBack"></a>two working days')
        return t

    for tag, rest in items:
        if tag != "S" and sub_open:
            body.append("</ol>")
            sub_open = False
        if tag not in ("C", "S") and open_ol:
            body.append("</li></ol>")
            open_ol = False
        if tag == "T":
            body.append(
                '<p align="center" style="margin-bottom: 0.35cm; line-height: 100%"><font face="Arial, sans-serif">'
                f'<font size="4" style="font-size: 16pt"><b>{esc(rest)}</b></font></font></p>'
            )
        elif tag == "P":
            body.append(
                '<p align="center" style="margin-bottom: 0.5cm; line-height: 100%"><font face="Arial, sans-serif">'
                f'<font size="2" style="font-size: 9pt"><i>{esc(rest)}</i></font></font></p>'
            )
        elif tag == "H":
            num, text = rest.split("|", 1)
            body.append(
                f'<h2 class="western"><a name="__RefHeading___Toc{2200 + int(num) * 7}_1855432061"></a>'
                f'<font face="Arial, sans-serif"><font size="3" style="font-size: 13pt">{esc(text)}</font></font></h2>'
            )
        elif tag == "C":
            num, text = rest.split("|", 1)
            n += 1
            if open_ol:
                body.append("</li>")
            else:
                body.append(f'<ol start="{n}">' if n > 1 else "<ol>")
                open_ol = True
            body.append("<li>" + P.format(lo_runs(text)))
        elif tag == "S":
            if not sub_open:
                body.append('<ol type="a">')
                sub_open = True
            letter, text = rest.split("|", 1)
            body.append(
                '<li><p align="justify" style="margin-bottom: 0.1cm; line-height: 115%"><font face="Arial, sans-serif">'
                f'<font size="2" style="font-size: 11pt">{esc(text)}</font></font></p></li>'
            )
    if sub_open:
        body.append("</ol>")
    if open_ol:
        body.append("</li></ol>")
    page = (
        """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title></title>
	<meta name="generator" content="LibreOffice 7.6.4.1 (Windows)"/>
	<meta name="author" content="Deputy Town Clerk"/>
	<meta name="created" content="2023-08-30T10:12:44.123000000"/>
	<meta name="changedby" content="Town Clerk"/>
	<meta name="changed" content="2023-09-19T09:02:11.450000000"/>
	<style type="text/css">
		@page { size: 21cm 29.7cm; margin: 2cm }
		p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
		h2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h2.western { font-family: "Liberation Sans", sans-serif; font-size: 14pt; font-weight: bold }
		a:link { color: #000080; text-decoration: underline }
	</style>
</head>
<body lang="en-GB" link="#000080" vlink="#800000" dir="ltr"><div title="header"><p align="right" style="margin-bottom: 0.5cm; line-height: 100%">
<font face="Arial, sans-serif"><font size="1" style="font-size: 8pt">Pennickford Town Council &ndash; PTC-GOV-11 &ndash; Member and Officer Working Protocol</font></font></p>
</div>
"""
        + "\n".join(body)
        + """
<p align="justify" style="margin-bottom: 0.25cm; line-height: 115%"><br/>
<br/>

</p>
<table width="100%" cellpadding="4" cellspacing="0">
	<tr valign="top"><td width="40%" style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">Version</font></font></p></td>
	<td width="60%" style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">2.0 (replaces version 1.0 of March 2019)</font></font></p></td></tr>
	<tr valign="top"><td style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">Adopted</font></font></p></td>
	<td style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">Full Council, 18 September 2023, Minute FC/23/112</font></font></p></td></tr>
	<tr valign="top"><td style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">Review due</font></font></p></td>
	<td style="border: 1px solid #000000; padding: 0.1cm"><p><font face="Arial, sans-serif"><font size="2" style="font-size: 10pt">September 2025 (Personnel Committee)</font></font></p></td></tr>
</table>
<div title="footer"><p align="center" style="margin-top: 0.5cm; margin-bottom: 0cm; line-height: 100%">
<font face="Arial, sans-serif"><font size="1" style="font-size: 8pt">Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>3</sdfield></font></font></p>
</div>
</body>
</html>
"""
    )
    (OUT / "pennickford-town-council.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    header_text = ""
    footer_text = ""
    header_first = True

    def header(self):
        if not self.header_text or (self.page_no() == 1 and not self.header_first):
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.header_text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text.replace("{n}", str(self.page_no())).replace("{N}", "{nb}"), align="C")
        self.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- 3. Stavelow redline
def stavelow():
    items = parse("stavelow-district-council.txt")
    pdf = Doc(format="A4")
    pdf.header_text = "DeltaCompare comparison: Member Officer Protocol v3 (2021) -> v4 (Council 27/02/2025)"
    pdf.footer_text = (
        "Compared 03/02/2025 10:41  |  Stavelow District Council - Legal and Democratic Services  |  Page {n} of {N}"
    )
    pdf.set_creator("DeltaCompare 12.1")
    pdf.set_title("Comparison - Member Officer Protocol v3 v v4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    RED, BLUE = (200, 0, 0), (0, 60, 200)

    def write_marked(text, size=10, lh=5):
        for part in re.split(r"(\[-.*?-\]|\[\+.*?\+\])", text):
            if not part:
                continue
            if part.startswith("[-"):
                pdf.set_font("Helvetica", "S", size)
                pdf.set_text_color(*RED)
                pdf.write(lh, part[2:-2])
            elif part.startswith("[+"):
                pdf.set_font("Helvetica", "U", size)
                pdf.set_text_color(*BLUE)
                pdf.write(lh, part[2:-2])
            else:
                pdf.set_font("Helvetica", "", size)
                pdf.set_text_color(0, 0, 0)
                pdf.write(lh, part)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", size)

    for tag, rest in items:
        if tag == "T":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.ln(2)
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 4.6, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "H":
            num, text = rest.split("|", 1)
            if num == "1":
                # summary table of changes then a new page for the text
                pdf.ln(4)
                pdf.set_font("Helvetica", "B", 9)
                with pdf.table(col_widths=(20, 40, 120), text_align="LEFT", line_height=5) as t:
                    for row in [
                        ("Para", "Change", "Note"),
                        ("1.2", "Replaced", "Reference to Employee Code added"),
                        ("3.2", "Replaced", "Response times shortened"),
                        ("3.3", "Inserted", "New paragraph on ward notifications"),
                        ("3.4", "Deleted", "Fax no longer used"),
                        ("4.1", "Replaced", "Approver for group attendance"),
                        ("5.2", "Replaced", "Gift value and registration period"),
                        ("7.1", "Replaced", "First point of contact"),
                        ("7.4", "Deleted", "Informal route via Group Leader removed"),
                        ("7.5", "Inserted", "Support for officers"),
                        ("8.1", "Replaced", "Review period"),
                    ]:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, f"{num}.  {text.upper()}", new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            num, text = rest.split("|", 1)
            changed = "[-" in text or "[+" in text
            y0, p0 = pdf.get_y(), pdf.page_no()
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(14, 5, num)
            old = pdf.l_margin
            pdf.set_left_margin(old + 14)
            write_marked(text)
            pdf.ln(5)
            pdf.set_left_margin(old)
            if changed and pdf.page_no() == p0:
                pdf.set_draw_color(200, 0, 0)
                pdf.set_line_width(0.8)
                pdf.line(old - 4, y0, old - 4, pdf.get_y())
                pdf.set_line_width(0.2)
                pdf.set_draw_color(0, 0, 0)
            pdf.ln(1.5)
    pdf.output(str(OUT / "stavelow-district-council.pdf"))


# ---------------------------------------------------------------- 4. Llanfair Rhosydd
def llanfair():
    items = parse("llanfair-rhosydd-community-council.txt")
    pdf = Doc(format="A4")
    pdf.header_text = "Cyngor Cymuned Llanfair Rhosydd / Llanfair Rhosydd Community Council"
    pdf.header_first = False
    pdf.footer_text = "Tudalen / Page {n}"
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for tag, rest in items:
        if tag == "T":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(
        col_widths=(50, 50), text_align="LEFT", line_height=4.8, headings_style=None, first_row_as_headings=False
    ) as t:
        r = t.row()
        pdf.set_font("Helvetica", "B", 10)
        r.cell("CYMRAEG")
        r.cell("ENGLISH")
        for tag, rest in items:
            if tag == "H":
                num, cy, en = rest.replace("||", "|").split("|")
                r = t.row()
                r.cell(f"{num}. {cy.upper()}")
                r.cell(f"{num}. {en.upper()}")
            elif tag == "C":
                num, cy, en = rest.replace("||", "|").split("|")
                r = t.row()
                r.cell(f"{num}  {cy}")
                r.cell(f"{num}  {en}")
    pdf.ln(5)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.6,
        "Mae'r ddogfen hon ar gael mewn print bras ar gais. / This document is available in large print on request. "
        "Clerc / Clerk: Mr Huw Prydderch, clerc@llanfairrhosydd-cc.cymru, 01970 000412",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(OUT / "llanfair-rhosydd-community-council.pdf"))


# ---------------------------------------------------------------- 5. Glenfaskie (plain text, copied)
def glenfaskie():
    shutil.copy(SRC / "glenfaskie-community-council.txt", OUT / "glenfaskie-community-council.txt")


# ---------------------------------------------------------------- 6. Colverton (section signs + side notes)
def colverton():
    items = parse("colverton-borough-council.txt")
    pdf = Doc(format="A4")
    pdf.header_text = (
        "Colverton Borough Council Constitution  -  Part 5: Codes and Protocols  -  5.4 Member/Officer Relations"
    )
    pdf.footer_text = (
        "Issue 9 - November 2024                                                         Part 5 - page 5.4.{n}"
    )
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(52, 15, 18)
    pdf.add_page()
    side_x, side_w = 15, 33
    for tag, rest in items:
        if tag == "T":
            pdf.set_font("Times", "B", 14)
            pdf.multi_cell(0, 7, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.ln(2)
            pdf.set_font("Times", "I", 10)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            num, text = rest.split("|", 1)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Times", "B", 12)
            pdf.cell(0, 6, f"{num}   {text.upper()}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "C":
            num, note, text = rest.split("|", 2)
            if pdf.get_y() > 255:
                pdf.add_page()
            y = pdf.get_y()
            # marginal side note drawn first, in the left margin
            pdf.set_font("Times", "I", 8.5)
            pdf.set_xy(side_x, y + 0.4)
            pdf.multi_cell(side_w, 4, note, align="L")
            pdf.set_xy(pdf.l_margin, y)
            pdf.set_font("Times", "", 11)
            pdf.multi_cell(0, 5.2, f"{num}   {text}", align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(OUT / "colverton-borough-council.pdf"))


# ---------------------------------------------------------------- 7. Thresholme (docx with fields)
def thresholme():
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    items = parse("thresholme-council.txt")
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    body = doc.element.body
    W = nsdecls("w", "r")
    bm_id = [100]

    def run(text, rpr=""):
        return f'<w:r {W}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

    def para_xml(inner, style=None, ppr_extra=""):
        st = f'<w:pStyle w:val="{style}"/>' if style else ""
        return parse_xml(f"<w:p {W}><w:pPr>{st}{ppr_extra}</w:pPr>{inner}</w:p>")

    def inline(text):
        out = []
        for part in re.split(r"(<<.*?>>)", text):
            if not part:
                continue
            m = re.match(r"<<link:(.*?)\|(.*?)>>", part)
            r = re.match(r"<<ref:(.*?)>>", part)
            if m:
                rid = doc.part.relate_to(m.group(1), RT.HYPERLINK, is_external=True)
                out.append(
                    f'<w:hyperlink {W} r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                    f'<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{esc(m.group(2))}</w:t></w:r></w:hyperlink>'
                )
            elif r:
                name = "_Ref_" + r.group(1).replace(".", "_")
                out.append(
                    f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r {W}><w:instrText xml:space="preserve"> REF {name} \\r \\h </w:instrText></w:r>'
                    f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'
                    + run(r.group(1))
                    + f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'
                )
            else:
                out.append(run(part))
        return "".join(out)

    headings = [rest.split("|", 1) for tag, rest in items if tag == "H"]
    sectPr = body[-1]
    for tag, rest in items:
        if tag == "T":
            el = para_xml(run(rest), "Title")
        elif tag == "P":
            el = para_xml(run(rest, '<w:rPr><w:i/><w:sz w:val="18"/></w:rPr>'))
        elif tag == "TOC":
            sectPr.addprevious(para_xml(run("Contents"), "TOCHeading"))
            for i, (num, text) in enumerate(headings):
                begin = (
                    (
                        f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r><w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'
                    )
                    if i == 0
                    else ""
                )
                end = f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>' if i == len(headings) - 1 else ""
                page = 1 + (i * 3) // len(headings) + 1
                entry = (
                    f'<w:hyperlink {W} w:anchor="_Toc1779{num}" w:history="1">'
                    + run(f"{num}.")
                    + "<w:r><w:tab/></w:r>"
                    + run(text)
                    + f"<w:r><w:tab/></w:r>"
                    f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1779{num} \\h </w:instrText></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                    + run(str(page))
                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                )
                sectPr.addprevious(
                    para_xml(
                        begin + entry + end,
                        "TOC1",
                        '<w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>',
                    )
                )
            continue
        elif tag == "H":
            num, text = rest.split("|", 1)
            bm_id[0] += 1
            el = para_xml(
                f'<w:bookmarkStart {W} w:id="{bm_id[0]}" w:name="_Toc1779{num}"/>'
                + run(f"{num}.")
                + f"<w:r {W}><w:tab/></w:r>"
                + run(text)
                + f'<w:bookmarkEnd {W} w:id="{bm_id[0]}"/>',
                "Heading1",
            )
        elif tag == "C":
            num, text = rest.split("|", 1)
            bm_id[0] += 1
            name = "_Ref_" + num.replace(".", "_")
            el = para_xml(
                f'<w:bookmarkStart {W} w:id="{bm_id[0]}" w:name="{name}"/>'
                + run(num)
                + f'<w:bookmarkEnd {W} w:id="{bm_id[0]}"/>'
                f"<w:r {W}><w:tab/></w:r>" + inline(text),
                None,
                '<w:ind w:left="720" w:hanging="720"/><w:spacing w:after="120"/>',
            )
        else:
            continue
        sectPr.addprevious(el)
    sec = doc.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Thresholme Council Constitution - Part 5 - Section 5.4 Councillor and Officer Protocol"
    fp = sec.footer.paragraphs[0]
    fp.text = "Version 3.0 - May 2025 - Page "
    fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    doc.core_properties.title = "Councillor and Officer Protocol"
    doc.core_properties.author = "Democratic Services"
    doc.save(str(OUT / "thresholme-council.docx"))


# ---------------------------------------------------------------- 8. Corvenshire (TOC sidebar + Show more)
def corvenshire():
    items = parse("corvenshire-county-council.txt")
    nav, main = [], []
    for tag, rest in items:
        if tag == "T":
            main.append(f'<h1 class="page-title">{esc(rest)}</h1>')
        elif tag == "P":
            main.append(f'<p class="lede">{esc(rest)}</p>')
        elif tag == "H":
            num, text = rest.split("|", 1)
            if nav:
                nav.append("</ul></li>")
            nav.append(f'<li class="toc-part"><a href="#part-{num.lower()}">{esc(text)}</a><ul>')
            main.append(f'<h2 id="part-{num.lower()}">{esc(text)}</h2>')
        elif tag == "S":
            num, text = rest.split("|", 1)
            anchor = num.lower().replace(".", "-")
            nav.append(f'<li><a href="#{anchor}">{num} {esc(text)}</a></li>')
            main.append(f'<h3 id="{anchor}">{num} {esc(text)}</h3>')
        elif tag == "C":
            num, text = rest.split("|", 1)
            if "{{more}}" in text:
                a, b = text.split("{{more}}", 1)
                main.append(
                    f'<div class="para js-truncate" id="para-{num.lower().replace(".", "-")}"><p><span class="para-ref">{num}</span> '
                    f'{esc(a)}<span class="trunc-dots" aria-hidden="true">&hellip;</span>'
                    f'<span class="trunc-more" hidden>{esc(b)}</span> '
                    f'<button type="button" class="show-more" aria-expanded="false">Show more</button></p></div>'
                )
            else:
                main.append(
                    f'<div class="para" id="para-{num.lower().replace(".", "-")}"><p><span class="para-ref">{num}</span> {esc(text)}</p></div>'
                )
    nav.append("</ul></li>")
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Member and Officer Relations Protocol - Corvenshire County Council</title>
<link rel="stylesheet" href="/assets/css/ccc-main.min.css">
<script defer src="/assets/js/truncate.js"></script>
</head>
<body class="js-enabled">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on corvenshire.gov.uk">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site.</p>
<button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/" class="logo"><img src="/assets/img/ccc-logo.svg" alt="Corvenshire County Council home"></a>
<form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
<nav class="primary-nav"><ul><li><a href="/roads-and-travel">Roads and travel</a></li><li><a href="/schools">Schools and learning</a></li><li><a href="/adult-social-care">Adult social care</a></li><li><a href="/waste-and-recycling">Waste and recycling centres</a></li><li><a href="/council-and-democracy">Council and democracy</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li><li><a href="/constitution">Constitution</a></li><li><a href="/constitution/part-5">Part 5 - Codes and protocols</a></li><li aria-current="page">Member and Officer Relations Protocol</li></ol></nav>
<div class="layout">
<aside class="sidebar toc-sticky" aria-label="Contents">
<h2 class="toc-title">On this page</h2>
<button type="button" class="toc-toggle">Show all sections</button>
<ul class="toc">
{chr(10).join(nav)}
</ul>
<div class="related"><h2>Related pages</h2><ul><li><a href="/constitution/part-6">Members' allowances scheme 2024/25</a></li><li><a href="/meetings/calendar">Calendar of County Council and committee meetings</a></li><li><a href="/constitution/part-5/code-of-conduct">Members' Code of Conduct</a></li></ul></div>
</aside>
<main id="main" class="content">
{chr(10).join(main)}
<p class="updated">Page last updated: 6 January 2025</p>
<div class="feedback"><p>Was this page useful?</p><button>Yes</button> <button>No</button></div>
</main>
</div>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul><p>&copy; Corvenshire County Council, County Hall, Corbridge Street</p></footer>
</body>
</html>
"""
    (OUT / "corvenshire-county-council.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    for f in (wistlecombe, pennickford, stavelow, llanfair, glenfaskie, colverton, thresholme, corvenshire):
        f()
        print("built", f.__name__)
