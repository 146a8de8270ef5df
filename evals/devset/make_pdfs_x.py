"""Build the probe-x documents in docs-x/ from the sources in docs-x-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_x.py

Probe X: eight member/officer protocols of invented councils, each published in a form earlier probes did not use.
This script builds the five generated ones:
- a parish council's GUIDE TO INFORMATION under the model publication scheme (Word): classes of information in one
  table, a schedule of charges, and the protocol printed in full as Annex 1;
- a Welsh community council's OUTLOOK MEETING REQUEST saved as .eml: only a quoted-printable text/html body (Word's
  HTML, a Teams join block, the protocol pasted in with Welsh / English headings) and a base64 text/calendar part;
  the body's "What has changed" note quotes two 2021 paragraphs that are no longer rules;
- a Scottish council's protocol as an A TO Z EDITION (Word): topics in alphabetical order, each holding the approved
  protocol's paragraphs, so the paragraph numbers do not run in order;
- a borough and a district council's SECTION 113 AGREEMENT as a deed (PDF): cover, contents, recitals, clauses,
  schedules, the joint protocol as Schedule 4, sealing blocks;
- a unitary council's "TEN COMMON SLIP-UPS" LEAFLET in front of its protocol (PDF): each slip-up a councillor's
  mistaken belief, quoted, which reads like a rule and is not one.
The other three (a town council's press release page, a district's Member Enquiry form page, a county's e-learning
module page) are hand-written straight into docs-x/. Shared helpers come from gen_common.py. Deterministic: fixed
dates, fixed MIME boundaries and identifiers, no randomness.
"""

import base64
import datetime as dt
import html
import quopri
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, add_field, grid_table, hanging, keep_together, meta, read_tagged, save_docx, shade_cell  # noqa: E402

SRC = HERE / "docs-x-src"
OUT = HERE / "docs-x"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


def _clause_paragraph(doc, num, text, indent=1.0, size=None):
    """A Word paragraph 'num<TAB>text' with a hanging indent."""
    p = doc.add_paragraph()
    r1 = p.add_run(f"{num}\t")
    r2 = p.add_run(text)
    if size:
        r1.font.size = r2.font.size = Pt(size)
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.tab_stops.add_tab_stop(Cm(indent))
    return p


def _page_footer(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(text)
    r.font.size = Pt(size)
    r2 = fp.add_run()
    r2.font.size = Pt(size)
    add_field(r2, "PAGE")


def _page_break(doc):
    p = doc.add_paragraph()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    p.add_run()._r.append(br)


# ================================================================ 1. Upper Thrensby: Guide to Information (Word)
def thrensby():
    name = "upper-thrensby-parish-council"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    for s in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Title"].font.size = Pt(22)
    doc.styles["Heading 1"].font.size = Pt(13)
    doc.styles["Heading 2"].font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Upper Thrensby Parish Council - Guide to Information (September 2025)")
    hr.font.size = Pt(8)
    _page_footer(sec, "Page ")
    table = None
    for tag, rest in parse(name):
        if tag not in ("TH", "TR"):
            table = None
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "M":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
            r.font.size = Pt(8.5)
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "P":
            doc.add_paragraph(rest)
        elif tag == "TH":
            cols = rest.split("|")
            table = doc.add_table(rows=1, cols=len(cols))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, cols, strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
                shade_cell(cell, "1F3A5F")
                cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif tag == "TR":
            cells = table.add_row().cells
            parts = rest.split("|")
            if len(parts) == 1:
                merged = cells[0].merge(cells[-1])
                merged.text = rest
                merged.paragraphs[0].runs[0].bold = True
                shade_cell(merged, "DCE4EE")
            else:
                for cell, text in zip(cells, parts, strict=True):
                    cell.text = text
                    cell.paragraphs[0].runs[0].font.size = Pt(9.5)
        elif tag == "PB":
            _page_break(doc)
        elif tag == "AT":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "AM":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
            r.font.size = Pt(9.5)
        elif tag == "AH":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "C":
            num, text = rest.split("|", 1)
            _clause_paragraph(doc, f"{num}.", text, indent=0.9)
    cp = doc.core_properties
    cp.title = "Guide to Information - Upper Thrensby Parish Council"
    cp.author = "Clerk"
    cp.last_modified_by = "Clerk"
    cp.created = dt.datetime(2025, 5, 21, 9, 15, 0)
    cp.modified = dt.datetime(2025, 9, 9, 11, 40, 0)
    cp.revision = 7
    save_docx(doc, OUT / f"{name}.docx", (2025, 9, 9, 11, 40, 0))
    print(f"docs-x/{name}.docx")


# ================================================================ 2. Llanferwen: Outlook meeting request (.eml)
LLAN = "llanferwen-community-council"
B_ALT_LLAN = "_000_CWXP265MB6412A7C3E1F04B9D22E5B8F0C1A2CWXP265MB6412GBRP_"
ORGANIZER = ("Clerc Cyngor Cymuned Llanferwen", "clerc@llanferwen-cc.cymru")
ATTENDEES = [
    ("Cyng. Eirlys Protheroe", "cyng.protheroe@llanferwen-cc.cymru"),
    ("Cyng. Dafydd Elis Morgan", "cyng.morgan@llanferwen-cc.cymru"),
    ("Cllr Sarah Whitcombe", "cllr.whitcombe@llanferwen-cc.cymru"),
    ("Cyng. Rhodri Bevan", "cyng.bevan@llanferwen-cc.cymru"),
    ("Cllr Tom Hallett", "cllr.hallett@llanferwen-cc.cymru"),
    ("Cyng. Nia Griffiths", "cyng.griffiths@llanferwen-cc.cymru"),
]
SUBJECT_LLAN = "Hyfforddiant: y protocol gweithio / Training: the working protocol"

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

_TEAMS = """<div style="margin-bottom:.25in;overflow:hidden">
<p class="MsoNormal"><span style="color:#5F5F5F">______________________________________________________________\
__________________</span><o:p></o:p></p>
<p class="MsoNormal" style="margin-bottom:9.0pt"><b><span style="font-size:18.0pt;color:#242424">Cyfarfod \
Microsoft Teams / Microsoft Teams meeting</span></b><o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.5pt;color:#242424">Ymuno: / Join: </span></b><span \
style="color:#242424"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE3YjAtOTc2Ni00YzA1LWI5MjAt\
ZDk1NTY0MWE3ZTJj%40thread.v2/0?context=%7b%22Tid%22%3a%2211111111-2222-3333-4444-555555555555%22%7d">\
<span style="font-size:10.5pt;color:#5B5FC7">https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE3YjAt</span>\
</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#242424">Meeting ID: 318 447 902 615 3</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#242424">Passcode: Hy7wR3qB</span><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#5F5F5F">______________________________________________________________\
__________________</span><o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.5pt;color:#242424">Dial in by phone</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.5pt"><a href="tel:+442079460318,,729118504#">\
+44 20 7946 0318,,729118504#</a> United Kingdom, London</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.5pt">Phone conference ID: 729 118 504#</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#5F5F5F">For organisers: <a \
href="https://teams.microsoft.com/meetingOptions/">Meeting options</a> | <a \
href="https://dialin.teams.microsoft.com/usp/pstnconferencing">Reset dial-in PIN</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#5F5F5F">______________________________________________________________\
__________________</span><o:p></o:p></p>
</div>
"""


def _e(text):
    return html.escape(text, quote=False)


def _llan_html(items):
    out = [_WORD_HEAD]
    blank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    for tag, rest in items:
        if tag == "P":
            out.append(f'<p class="MsoNormal">{_e(rest)}<o:p></o:p></p>')
            out.append(blank)
        elif tag == "TEAMS":
            out.append(_TEAMS)
            out.append(blank)
        elif tag == "PT":
            out.append(
                '<p class="MsoNormal"><b><span style="font-size:13.0pt;color:#1F4E79">'
                f"{_e(rest)}</span></b><o:p></o:p></p>"
            )
        elif tag == "PM":
            out.append(f'<p class="MsoNormal"><i><span style="font-size:10.0pt">{_e(rest)}</span></i><o:p></o:p></p>')
            out.append(blank)
        elif tag == "NOTE":
            out.append(
                '<div style="border:solid #BFBFBF 1.0pt;padding:4.0pt 4.0pt 4.0pt 4.0pt;background:#F2F2F2">'
                f'<p class="MsoNormal" style="background:#F2F2F2"><span style="font-size:10.0pt">{_e(rest)}</span>'
                "<o:p></o:p></p></div>"
            )
            out.append(blank)
        elif tag == "H":
            out.append(
                '<p class="MsoNormal" style="margin-top:6.0pt"><b><span style="color:#C00000">'
                f"{_e(rest)}</span></b><o:p></o:p></p>"
            )
        elif tag == "C":
            num, text = rest.split("|", 1)
            out.append(
                '<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                '<![if !supportLists]><span style="mso-list:Ignore">'
                f'{num}.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span><![endif]>{_e(text)}<o:p></o:p></p>"
            )
        elif tag == "SIG":
            if out[-1].startswith('<p class="MsoNormal"><b>') or "color:#595959" in out[-1]:
                out.append(f'<p class="MsoNormal"><span style="font-size:9.5pt;color:#595959">{_e(rest)}</span></p>')
            else:
                out.append(blank)
                out.append(f'<p class="MsoNormal"><b>{_e(rest)}</b><o:p></o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def _ical_escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ical_fold(line, width=75):
    """RFC 5545 folding: lines of at most `width` octets, continuations starting with a space."""
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return [line]
    out, cur, limit = [], "", width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, width
        else:
            cur += ch
    out.append(cur)
    return out


def _llan_calendar(items):
    letter = [rest for tag, rest in items if tag == "P"]
    desc = "\n\n".join(letter) + "\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nMeeting ID: 318 447 902 615 3\n"
    lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:GMT Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={ORGANIZER[0]}:mailto:{ORGANIZER[1]}",
    ]
    for cn, addr in ATTENDEES:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{cn}":mailto:{addr}')
    lines += [
        f"DESCRIPTION;LANGUAGE=cy-GB:{_ical_escape(desc)}",
        "UID:040000008200E00074C5B7101A82E0080000000060F1A2B3C428DC01000000000000000010000000D4E9A1C2B3F84E4C9A7E5"
        "B1C2D3E4F50",
        f"SUMMARY;LANGUAGE=cy-GB:{SUBJECT_LLAN}",
        "DTSTART;TZID=GMT Standard Time:20251014T190000",
        "DTEND;TZID=GMT Standard Time:20251014T203000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250918T160510Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=cy-GB:Neuadd Bentref Llanferwen / Llanferwen Village Hall\\; Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2124517791",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE3YjAt",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        folded.extend(_ical_fold(line))
    return "\r\n".join(folded) + "\r\n"


def llanferwen():
    items = parse(LLAN)
    body = quopri.encodestring(_llan_html(items).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    cal = base64.b64encode(_llan_calendar(items).encode("utf-8")).decode("ascii")
    cal_lines = [cal[i : i + 76] for i in range(0, len(cal), 76)]
    to = ", ".join(f'"{cn}" <{addr}>' for cn, addr in ATTENDEES)
    to_lines = []
    cur = "To:"
    for part in to.split(", "):
        piece = f" {part},"
        if len(cur) + len(piece) > 78:
            to_lines.append(cur)
            cur = "\t" + part + ","
        else:
            cur += piece
    to_lines.append(cur.rstrip(","))
    headers = [
        "Received: from CWXP265MB6412.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:1f2::9) by",
        " LO4P265MB5821.GBRP265.PROD.OUTLOOK.COM with HTTPS; Thu, 18 Sep 2025 16:05:12",
        " +0000",
        f'From: "{ORGANIZER[0]}" <{ORGANIZER[1]}>',
        *to_lines,
        f"Subject: {SUBJECT_LLAN}",
        "Thread-Topic: Hyfforddiant: y protocol gweithio / Training: the working protocol",
        "Thread-Index: AdwosK3vQm9xJ2RTS1a0yL5wH8m4Pg==",
        "Date: Thu, 18 Sep 2025 16:05:10 +0000",
        "Message-ID:",
        " <CWXP265MB6412A7C3E1F04B9D22E5B8F0C1A2@CWXP265MB6412.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: cy-GB, en-GB",
        "Content-Language: cy-GB",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "x-ms-exchange-calendar-series-instance-id:",
        " BAAAAIIA4AB0xbcQGoLgCAAAAABg8aKzxCjcAQAAAAAAAAAAEAAAANTpocKz+E5Mmn5bHC0+T1A=",
        "Content-class: urn:content-classes:calendarmessage",
        f'Content-Type: multipart/alternative; boundary="{B_ALT_LLAN}"',
        "MIME-Version: 1.0",
        "",
        f"--{B_ALT_LLAN}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        body.rstrip("\n"),
        "",
        f"--{B_ALT_LLAN}",
        'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
        "Content-Transfer-Encoding: base64",
        "",
        *cal_lines,
        "",
        f"--{B_ALT_LLAN}--",
        "",
    ]
    (OUT / f"{LLAN}.eml").write_bytes("\r\n".join(headers).encode("ascii"))
    print(f"docs-x/{LLAN}.eml")


# ================================================================ 3. Lochmorven: A to Z edition (Word)
def lochmorven():
    name = "lochmorven-council"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x00, 0x4D, 0x40)
    doc.styles["Heading 1"].font.size = Pt(20)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("OFFICIAL")
    hr.bold = True
    hr.font.size = Pt(9)
    _page_footer(sec, "Lochmorven Council - Working Together (A to Z edition) - Page ")
    kv = None
    for tag, rest in parse(name):
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "KV":
            if kv is None:
                kv = doc.add_table(rows=0, cols=2)
                kv.style = "Table Grid"
            k, v = rest.split("|", 1)
            cells = kv.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            shade_cell(cells[0], "E2EFEC")
            cells[1].text = v
            continue
        elif tag == "N":
            doc.add_paragraph()
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.rows[0].cells[0]
            label, _, body = rest.partition(". ")
            par = cell.paragraphs[0]
            par.add_run(label + ". ").bold = True
            par.add_run(body)
            shade_cell(cell, "F3F7F6")
            doc.add_paragraph()
        elif tag == "BAR":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor(0x00, 0x4D, 0x40)
        elif tag == "L":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "E":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "C":
            num, text = rest.split("|", 1)
            _clause_paragraph(doc, f"{num}.", text, indent=1.0)
        elif tag == "SEE":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.italic = True
            r.font.size = Pt(9.5)
        kv = None
    cp = doc.core_properties
    cp.title = "Working Together - Protocol on Relations between Councillors and Officers (A to Z edition)"
    cp.author = "Legal and Governance"
    cp.last_modified_by = "Committee Services"
    cp.created = dt.datetime(2025, 6, 30, 10, 5, 0)
    cp.modified = dt.datetime(2025, 7, 24, 15, 32, 0)
    cp.revision = 11
    cp.keywords = "OFFICIAL"
    save_docx(doc, OUT / f"{name}.docx", (2025, 7, 24, 15, 32, 0))
    print(f"docs-x/{name}.docx")


# ================================================================ shared fpdf2 helpers
class SerifDoc(Doc):
    font_name = "LiberationSerif"


# ================================================================ 4. Harrowfold and Fenmere: section 113 agreement
def harrowfold():
    name = "harrowfold-borough-council-and-fenmere-district-council"
    pdf = SerifDoc(format="A4")
    meta(
        pdf,
        "Section 113 Agreement - Harrowfold Borough Council and Fenmere District Council",
        "Microsoft\u00ae Word for Microsoft 365",
        "Shared Legal Services",
        dt.datetime(2025, 3, 14, 15, 20, 0, tzinfo=dt.UTC),
    )
    pdf.header_text = "Section 113 Agreement - Execution version"
    pdf.header_right = "Harrowfold BC / Fenmere DC"
    pdf.footer_text = "{n}"
    pdf.skip_header_first = True
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = pdf.font_name
    rows = []

    def flush():
        nonlocal rows
        if rows:
            grid_table(pdf, [95, 65], rows, (225, 225, 225), size=9.5, lh=4.8, pad=1.4, space_after=4)
            rows = []

    cover_done = False
    for tag, rest in parse(name):
        if tag != "ROW":
            flush()
        if tag == "CV":
            if not cover_done:
                pdf.ln(40)
                cover_done = True
            big = rest in ("AGREEMENT",) or rest.startswith("(")
            pdf.set_font(F, "B" if big else "", 15 if rest == "AGREEMENT" else 12)
            pdf.multi_cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(9)
        elif tag == "PB":
            pdf.add_page()
        elif tag == "H":
            pdf.ln(2)
            pdf.set_font(F, "B", 11)
            keep_together(pdf, rest, pdf.epw, 6, extra=12)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "CONT":
            label, page = rest.split("|", 1)
            pdf.set_font(F, "", 11)
            w = pdf.get_string_width(label)
            dots = "." * int((pdf.epw - w - 12) / pdf.get_string_width("."))
            pdf.cell(pdf.epw - 10, 6.5, f"{label} {dots}")
            pdf.cell(10, 6.5, page, align="R", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font(F, "", 11)
            pdf.multi_cell(0, 5.6, rest, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "REC":
            label, text = rest.split("|", 1)
            hanging(pdf, label, text, 12, lh=5.6, size=11)
            pdf.ln(1.5)
        elif tag == "CL":
            num, text = rest.split("|", 1)
            hanging(pdf, num, text, 12, lh=5.6, size=11)
            pdf.ln(1.5)
        elif tag == "SCH":
            pdf.ln(3)
            pdf.set_font(F, "B", 12)
            keep_together(pdf, rest, pdf.epw, 6.5, extra=20)
            pdf.multi_cell(0, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "SP":
            pdf.ln(1.5)
            pdf.set_font(F, "BI", 11)
            keep_together(pdf, rest, pdf.epw, 6, extra=14)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif tag == "PP":
            num, text = rest.split("|", 1)
            hanging(pdf, f"{num}.", text, 10, lh=5.6, size=11)
            pdf.ln(1.2)
        elif tag == "ROW":
            rows.append(rest.split("|"))
        elif tag == "SEAL":
            _seal_blocks(pdf)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-x/{name}.pdf")


def _seal_blocks(pdf):
    F = pdf.font_name
    pdf.ln(6)
    pdf.set_font(F, "", 11)
    pdf.multi_cell(
        0,
        5.6,
        "IN WITNESS of which this Agreement has been executed as a deed and delivered on the date first written above.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for council, signatory, role in (
        ("HARROWFOLD BOROUGH COUNCIL", "A. M. Kettering", "Shared Head of Legal Services"),
        ("FENMERE DISTRICT COUNCIL", "J. Oduya", "Deputy Monitoring Officer"),
    ):
        if pdf.get_y() + 50 > pdf.h - pdf.b_margin:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_font(F, "", 11)
        pdf.multi_cell(
            100,
            5.6,
            f"THE COMMON SEAL of {council} was affixed to this deed in the presence of:",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ellipse(pdf.l_margin + 120, y0, 26, 26)
        pdf.set_xy(pdf.l_margin + 120, y0 + 10)
        pdf.set_font(F, "I", 9)
        pdf.cell(26, 6, "[SEAL]", align="C")
        pdf.set_xy(pdf.l_margin, y0 + 22)
        pdf.set_font(F, "", 11)
        pdf.cell(0, 6, "..........................................................", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"Authorised signatory: {signatory}, {role}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "Seal register no. ..........", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)


# ================================================================ 5. Saltmarden: slip-ups leaflet and protocol
class LeafletDoc(Doc):
    pass


def saltmarden():
    name = "saltmarden-council"
    teal = (0, 96, 100)
    pdf = LeafletDoc(format="A4")
    meta(
        pdf,
        "Working with officers - ten common slip-ups and the Member and Officer Relations Protocol",
        "Adobe InDesign 20.4 (Windows)",
        "Monitoring Officer's team",
        dt.datetime(2025, 9, 3, 10, 0, 0, tzinfo=dt.UTC),
    )
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.footer_text = "Saltmarden Council  |  Member and Officer Relations  |  {n}"
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    F = pdf.font_name
    for tag, rest in parse(name):
        if tag == "T":
            pdf.set_fill_color(*teal)
            pdf.rect(0, 0, pdf.w, 34, style="F")
            pdf.set_xy(pdf.l_margin, 10)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(F, "B", 21)
            pdf.multi_cell(0, 9, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(38)
        elif tag == "ST":
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(*teal)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "P":
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "SLIP":
            num, belief, answer = rest.split("|", 2)
            _slip_box(pdf, num, belief, answer, teal)
        elif tag == "PB":
            pdf.add_page()
        elif tag == "PT":
            pdf.set_font(F, "B", 18)
            pdf.set_text_color(*teal)
            pdf.multi_cell(0, 8, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "PM":
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5.2, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            pdf.ln(1.5)
            pdf.set_font(F, "B", 12)
            keep_together(pdf, rest, pdf.epw, 6, extra=14)
            pdf.set_text_color(*teal)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hanging(pdf, num, text, 11, lh=5.2, size=10.5, align="L")
            pdf.ln(1.3)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font(F, "I", 8.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 4.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-x/{name}.pdf")


def _slip_box(pdf, num, belief, answer, colour):
    F = pdf.font_name
    inner = pdf.epw - 16
    pdf.set_font(F, "BI", 10.5)
    h1 = len(pdf.multi_cell(inner, 5, belief, dry_run=True, output="LINES")) * 5
    pdf.set_font(F, "", 10)
    text2 = "What the protocol says: " + answer
    h2 = len(pdf.multi_cell(pdf.epw - 14, 4.8, text2, dry_run=True, output="LINES")) * 4.8
    h = h1 + h2 + 8
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_fill_color(232, 243, 243)
    pdf.rect(pdf.l_margin, y, pdf.epw, h, style="F")
    pdf.set_fill_color(*colour)
    pdf.ellipse(pdf.l_margin + 2, y + 2, 9, 9, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(F, "B", 10)
    pdf.set_xy(pdf.l_margin + 2, y + 3.5)
    pdf.cell(9, 6, num, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 14, y + 2.5)
    pdf.set_font(F, "BI", 10.5)
    pdf.multi_cell(inner, 5, belief, new_x="LEFT", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 14)
    pdf.set_font(F, "B", 10)
    pdf.write(4.8, "What the protocol says: ")
    pdf.set_font(F, "", 10)
    pdf.set_left_margin(pdf.l_margin + 14)
    pdf.write(4.8, answer)
    pdf.set_left_margin(pdf.l_margin - 14)
    pdf.set_xy(pdf.l_margin, y + h + 3)


def main():
    thrensby()
    llanferwen()
    lochmorven()
    harrowfold()
    saltmarden()
    return 0


if __name__ == "__main__":
    sys.exit(main())
