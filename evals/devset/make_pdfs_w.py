"""Build the probe-w documents in docs-w/ from the sources in docs-w-src/.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_w.py

Probe W: eight member/officer protocols of invented councils, each published in a form earlier probes did not use.
This script builds the five generated ones:
- a parish council's email as a councillor's "Show original" page saved as text: the RAW MIME SOURCE (Received, ARC and
  DKIM headers, a format=flowed text/plain part, the same text as a quoted-printable text/html part, and the protocol
  as a base64 PDF attachment);
- a town council's Word file uploaded with its REVIEW COMMENTS (word/comments.xml) and real FOOTNOTES
  (word/footnotes.xml) still in it; several comments propose wording that was not adopted;
- a Welsh community council's INTERNAL AUDIT REPORT (PDF) whose recommendations table holds two rule-like
  recommendations the council did not adopt as written, with the protocol as Appendix B (paragraph numbers alone on
  their own lines, Welsh / English headings);
- a district council's COMMITTEE REPORT (Word) with a SCHEDULE OF CHANGES table (2019 wording | proposed wording |
  reason), a post-meeting note that one proposal was rejected, and the protocol as adopted;
- a county council's STANDARDS HEARING DECISION NOTICE (PDF) quoting the superseded 2021 protocol, with the current
  protocol as an appendix.
The other three (an induction-video page with a timed transcript, a constitution page laid out like revised
legislation with F-notes, a Northern Ireland council's records-system print) are hand-written straight into docs-w/.
Shared helpers come from gen_common.py. Deterministic: fixed dates, fixed MIME boundaries, no randomness.
"""

import base64
import datetime as dt
import hashlib
import html
import quopri
import sys
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import Doc, add_field, grid_table, hanging, keep_together, meta, read_tagged, save_docx, shade_cell  # noqa: E402

SRC = HERE / "docs-w-src"
OUT = HERE / "docs-w"
OUT.mkdir(exist_ok=True)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


# ================================================================ 1. Little Cawsey: raw MIME source of an email
CAWSEY = "little-cawsey-parish-council"
B_MIXED = "------------Xk3bM0vR2pQe9TzLhN7aYc1D"
B_ALT = "------------Wd8sF4jG6uHq2VnB0xKcT5pE"


def _flowed(lines, width=72):
    """RFC 3676 format=flowed: each paragraph wrapped at `width`, soft breaks marked by a trailing space."""
    out = []
    for line in lines:
        if not line.strip() or line == "-- ":
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return out


def _cawsey_html(lines):
    """The Thunderbird HTML part: paragraphs, the protocol's numbered items as <p>, the signature in a
    moz-signature div."""
    body, sig = [], []
    in_sig = False
    for line in lines:
        if line == "-- ":
            in_sig = True
            continue
        if in_sig:
            sig.append(html.escape(line, quote=False))
            continue
        if not line.strip():
            continue
        if line == "-----":
            body.append("    <hr>")
        elif line.isupper():
            body.append(f"    <p><b>{html.escape(line, quote=False)}</b></p>")
        else:
            body.append(f"    <p>{html.escape(line, quote=False)}</p>")
    doc = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
        "  </head>\n  <body>\n" + "\n".join(body) + "\n"
        '    <div class="moz-signature">-- <br>\n      ' + "<br>\n      ".join(sig) + "\n    </div>\n"
        "  </body>\n</html>\n"
    )
    return quopri.encodestring(doc.encode("utf-8")).decode("ascii")


def _cawsey_pdf(lines):
    """The attachment: the protocol part of the email (after '-----', before the signature) as a plain PDF."""
    start = lines.index("-----") + 1
    end = lines.index("-- ")
    pdf = FPDF(format="A4")
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.set_title("Working Together Protocol 2025")
    pdf.set_author("Joanna Pell")
    pdf.set_creation_date(dt.datetime(2025, 5, 20, 18, 30, 0, tzinfo=dt.UTC))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for line in lines[start:end]:
        if not line.strip():
            pdf.ln(2)
            continue
        bold = line.isupper() or (line[0].isdigit() and ". " in line[:4])
        pdf.set_font("helvetica", "B" if bold else "", 10.5)
        pdf.multi_cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    return bytes(pdf.output())


def _b64_lines(data, width=76):
    enc = base64.b64encode(data).decode("ascii")
    return [enc[i : i + width] for i in range(0, len(enc), width)]


def _fold(name, value, width=78):
    """A header folded the way mail software folds long base64 values: continuation lines start with a tab."""
    first = f"{name}: {value}"
    if len(first) <= width:
        return [first]
    out, cur = [], f"{name}:"
    for tok in value.split(" "):
        if len(cur) + 1 + len(tok) > width and cur.strip():
            out.append(cur)
            cur = "\t" + tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    out.append(cur)
    return out


def _sig(seed, n, chunk=70):
    """A deterministic base64-looking signature value n characters long, broken into space-separated chunks so
    that _fold puts one chunk on each continuation line (whitespace inside b= is allowed)."""
    raw = b""
    h = seed.encode()
    while len(raw) * 4 // 3 < n + 4:
        h = hashlib.sha256(h).digest()
        raw += h
    value = base64.b64encode(raw).decode("ascii")[:n]
    return " ".join(value[i : i + chunk] for i in range(0, n, chunk))


def cawsey():
    text = (SRC / f"{CAWSEY}.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("# ")]
    while lines and not lines[-1].strip():
        lines.pop()
    plain = "\n".join(_flowed(lines))
    htmlpart = _cawsey_html(lines)
    attachment = _b64_lines(_cawsey_pdf(lines))
    bh = base64.b64encode(hashlib.sha256(plain.encode()).digest()).decode()
    msgid = "<3f9c2a71-5e0b-4c2d-9a8e-1b2f0c7d4e11@littlecawsey-pc.org.uk>"
    subject = "Working Together protocol - as adopted on 13 May"
    sender = "Little Cawsey Parish Council Clerk <clerk@littlecawsey-pc.org.uk>"
    summary = [
        "Original Message",
        "",
        f"Message ID\t{msgid}",
        "Created at:\tTue, 20 May 2025 at 19:42 (Delivered after 3 seconds)",
        f"From:\t{sender}",
        "To:\tundisclosed-recipients:;",
        f"Subject:\t{subject}",
        "SPF:\tPASS with IP 192.0.2.44 Learn more",
        "DKIM:\t'PASS' with domain littlecawsey-pc.org.uk Learn more",
        "DMARC:\t'PASS' Learn more",
        "",
        "Download Original\tCopy to clipboard",
        "",
    ]
    headers = ["Delivered-To: cllr.ashdown@littlecawsey-pc.org.uk"]
    headers += _fold(
        "Received",
        "by 2002:a05:7022:4c1:b0:11e:9f2:6a0b with SMTP id q1csp2291410eng; Tue, 20 May 2025 11:42:14 -0700 (PDT)",
    )
    headers += _fold("X-Google-Smtp-Source", _sig("xgss", 68))
    headers += _fold(
        "X-Received",
        "by 2002:a17:907:7f8e:b0:ad2:1b4e:0c11 with SMTP id qk14mr1840332ejc.17.1747766534512; "
        "Tue, 20 May 2025 11:42:14 -0700 (PDT)",
    )
    headers += _fold(
        "ARC-Seal", f"i=1; a=rsa-sha256; t=1747766534; cv=none; d=google.com; s=arc-20240605; b={_sig('arcseal', 340)}"
    )
    headers += _fold(
        "ARC-Message-Signature",
        "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; "
        "h=subject:from:to:content-language:user-agent:mime-version:date:message-id:dkim-signature; "
        f"bh={bh}; fh=Xc2nWm7+Kp0=; b={_sig('arcmsg', 340)}",
    )
    headers += _fold(
        "ARC-Authentication-Results",
        "i=1; mx.google.com; dkim=pass header.i=@littlecawsey-pc.org.uk "
        "header.s=default header.b=Qm3sVx0c; spf=pass (google.com: domain of clerk@littlecawsey-pc.org.uk "
        "designates 192.0.2.44 as permitted sender) smtp.mailfrom=clerk@littlecawsey-pc.org.uk; dmarc=pass "
        "(p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=littlecawsey-pc.org.uk",
    )
    headers += ["Return-Path: <clerk@littlecawsey-pc.org.uk>"]
    headers += _fold(
        "Received",
        "from mail.littlecawsey-pc.org.uk (mail.littlecawsey-pc.org.uk. [192.0.2.44]) by "
        "mx.google.com with ESMTPS id 4fb4d7f45d1cf-5ff1a0c42b3si1184215a12.402.2025.05.20.11.42.14 for "
        "<cllr.ashdown@littlecawsey-pc.org.uk> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); "
        "Tue, 20 May 2025 11:42:14 -0700 (PDT)",
    )
    headers += _fold(
        "Received-SPF",
        "pass (google.com: domain of clerk@littlecawsey-pc.org.uk designates 192.0.2.44 as "
        "permitted sender) client-ip=192.0.2.44;",
    )
    headers += _fold(
        "Authentication-Results",
        "mx.google.com; dkim=pass header.i=@littlecawsey-pc.org.uk header.s=default "
        "header.b=Qm3sVx0c; spf=pass smtp.mailfrom=clerk@littlecawsey-pc.org.uk; dmarc=pass "
        "header.from=littlecawsey-pc.org.uk",
    )
    headers += _fold(
        "DKIM-Signature",
        "v=1; a=rsa-sha256; c=relaxed/relaxed; d=littlecawsey-pc.org.uk; s=default; "
        f"t=1747766531; bh={bh}; h=Date:To:From:Subject:From; b={_sig('dkim', 344)}",
    )
    headers += [
        f"Message-ID: {msgid}",
        "Date: Tue, 20 May 2025 19:42:11 +0100",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-GB",
        "To: undisclosed-recipients:;",
        f"From: {sender}",
        f"Subject: {subject}",
        f'Content-Type: multipart/mixed; boundary="{B_MIXED}"',
        "",
        "This is a multi-part message in MIME format.",
        f"--{B_MIXED}",
        f'Content-Type: multipart/alternative; boundary="{B_ALT}"',
        "",
        f"--{B_ALT}",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        plain,
        "",
        f"--{B_ALT}",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        htmlpart.rstrip("\n"),
        "",
        f"--{B_ALT}--",
        f"--{B_MIXED}",
        'Content-Type: application/pdf; name="Working-Together-Protocol-2025.pdf"',
        'Content-Disposition: attachment; filename="Working-Together-Protocol-2025.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        *attachment,
        "",
        f"--{B_MIXED}--",
    ]
    (OUT / f"{CAWSEY}.txt").write_text("\n".join(summary + headers) + "\n", encoding="utf-8")
    print(f"docs-w/{CAWSEY}.txt")


# ================================================================ 2. Morvale: Word file with comments and footnotes
W_NS = nsdecls("w")


def _footnotes_part(doc, notes):
    """Add word/footnotes.xml holding the separator footnotes and `notes` (ids 1..n)."""
    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, text in enumerate(notes, start=1):
        items.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
            f'<w:t xml:space="preserve"> {html.escape(text, quote=False)}</w:t></w:r>'
            f"</w:p></w:footnote>"
        )
    xml = f"<w:footnotes {W_NS}>" + "".join(items) + "</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml).encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def _footnote_ref(paragraph, fid):
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    run._r.append(ref)


def morvale():
    name = "morvale-town-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Heading 1", "Title", "Subtitle"):
        doc.styles[s].font.name = "Calibri"
        doc.styles[s].font.color.rgb = RGBColor(0x2E, 0x4A, 0x2E)
    doc.styles["Heading 1"].font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Morvale Town Council - Protocol on Member and Officer Relations - v3.0")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    notes = []
    last_run = None
    last_par = None
    for tag, rest in items:
        if tag == "T":
            doc.add_paragraph(rest, style="Title")
        elif tag == "ST":
            doc.add_paragraph(rest, style="Subtitle")
        elif tag == "M":
            p = doc.add_paragraph()
            p.add_run(rest).bold = True
        elif tag == "P":
            p = doc.add_paragraph()
            rr = p.add_run(rest)
            rr.italic = True
            rr.font.size = Pt(9.5)
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph()
            p.add_run(f"{num}\t")
            last_run = p.add_run(text)
            last_par = p
            pf = p.paragraph_format
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
        elif tag == "FN":
            notes.append(rest)
            _footnote_ref(last_par, len(notes))
        elif tag == "CM":
            author, initials, when, text = rest.split("|", 3)
            c = doc.add_comment(last_run, text=text, author=author, initials=initials)
            c._comment_elm.date = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    _footnotes_part(doc, notes)
    cp = doc.core_properties
    cp.title = "Protocol on Member and Officer Relations v3.0"
    cp.author = "Helen Varley"
    cp.last_modified_by = "Jo Pritchard"
    cp.created = dt.datetime(2025, 2, 24, 10, 0, 0)
    cp.modified = dt.datetime(2025, 4, 10, 14, 12, 0)
    cp.revision = 22
    save_docx(doc, OUT / f"{name}.docx", (2025, 4, 10, 14, 12, 0))
    print(f"docs-w/{name}.docx")


# ================================================================ shared fpdf2 helpers for the two PDFs
class ReportDoc(Doc):
    pass


def _new_pdf(title, app, author, created, header_text, header_right, footer):
    pdf = ReportDoc(format="A4")
    meta(pdf, title, app, author, created)
    pdf.header_text = header_text
    pdf.header_right = header_right
    pdf.footer_text = footer
    pdf.skip_header_first = True
    pdf.alias_nb_pages()
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


# ======================================== 3. Llanfeiriog: internal audit report with the protocol as Appendix B
def llanfeiriog():
    name = "llanfeiriog-community-council"
    items = parse(name)
    colour = (150, 20, 30)
    pdf = _new_pdf(
        "Internal Audit Report 2024-25 - Llanfeiriog Community Council",
        "Microsoft\u00ae Word 2019",
        "Meinir Gwyn",
        dt.datetime(2025, 5, 16, 15, 40, 0, tzinfo=dt.UTC),
        "Llanfeiriog Community Council",
        "Internal Audit Report 2024-25",
        "Gwyn Internal Audit Services - page {n} of {N}",
    )
    F = pdf.font_name
    widths, table = None, []

    def flush():
        nonlocal table
        if table:
            grid_table(pdf, widths, table, (245, 225, 225))
            table = []

    for tag, rest in items:
        if tag not in ("TH", "TR"):
            flush()
        if tag == "PB":
            pdf.add_page()
        elif tag == "SP":
            pdf.ln(14)
        elif tag == "T":
            pdf.set_font(F, "B", 17)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 8.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "ST":
            pdf.ln(2)
            pdf.set_font(F, "B", 12.5)
            pdf.multi_cell(0, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "KV":
            k, v = rest.split("|", 1)
            pdf.set_x(pdf.l_margin + 20)
            pdf.set_font(F, "B", 10.5)
            pdf.cell(45, 7, k)
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
        elif tag == "H":
            pdf.ln(2)
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 6.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "WH":
            pdf.set_font(F, "B", 10.5)
            keep_together(pdf, rest, pdf.epw, 6, extra=18)
            pdf.ln(1.5)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "P":
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, rest, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif tag == "SM":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, align="C" if "Adopted" in rest else "L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "N":
            num, text = rest.split("|", 1)
            pdf.set_font(F, "", 10.5)
            keep_together(pdf, text, pdf.epw, 5.4, extra=6)
            pdf.set_font(F, "B", 10.5)
            pdf.cell(0, 5.6, num, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif tag == "TW":
            widths = [float(w) for w in rest.split("|")]
        elif tag in ("TH", "TR"):
            table.append(rest.split("|"))
    flush()
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-w/{name}.pdf")


# ======================================== 4. Eldermoor: committee report with a schedule of changes
def eldermoor():
    name = "eldermoor-district-council"
    items = parse(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    for s in ("Heading 1", "Heading 2", "Title"):
        doc.styles[s].font.name = "Arial"
        doc.styles[s].font.color.rgb = RGBColor(0x00, 0x3B, 0x5C)
    doc.styles["Title"].font.size = Pt(20)
    doc.styles["Heading 1"].font.size = Pt(12.5)
    doc.styles["Heading 2"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("ELDERMOOR DISTRICT COUNCIL\tCouncil 24 February 2025 - Item 11")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    meta_table = None
    sched = None
    for tag, rest in items:
        if tag != "KV":
            meta_table = None
        if tag not in ("SH", "SR"):
            sched = None
        if tag == "KV":
            if meta_table is None:
                meta_table = doc.add_table(rows=0, cols=2)
                meta_table.style = "Table Grid"
            k, v = rest.split("|", 1)
            cells = meta_table.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            shade_cell(cells[0], "DCE6EE")
            cells[1].text = v
        elif tag == "T":
            doc.add_paragraph()
            doc.add_paragraph(rest, style="Title")
        elif tag == "NOTE":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            shade_cell(cell, "FFF2CC")
            cell.text = ""
            rr = cell.paragraphs[0].add_run(rest)
            rr.bold = True
            doc.add_paragraph()
        elif tag == "H":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "C":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.1)
            pf.first_line_indent = Cm(-1.1)
            pf.tab_stops.add_tab_stop(Cm(1.1))
        elif tag == "B":
            doc.add_paragraph(rest, style="List Bullet")
        elif tag == "P":
            p = doc.add_paragraph()
            p.add_run(rest).font.size = Pt(9.5)
        elif tag == "PB":
            doc.add_page_break()
        elif tag == "AT":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "AM":
            p = doc.add_paragraph()
            p.add_run(rest).italic = True
        elif tag == "SH":
            sched = doc.add_table(rows=1, cols=4)
            sched.style = "Table Grid"
            for cell, text in zip(sched.rows[0].cells, rest.split("|"), strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
                shade_cell(cell, "DCE6EE")
        elif tag == "SR":
            cells = sched.add_row().cells
            for cell, text in zip(cells, rest.split("|"), strict=True):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(9)
        elif tag == "AH":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "AP":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}.\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(0.9)
            pf.first_line_indent = Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(0.9))
    cp = doc.core_properties
    cp.title = "Council 24 February 2025 - Item 11 - Review of the Member/Officer Protocol"
    cp.author = "Rachel Amory"
    cp.last_modified_by = "Democratic Services"
    cp.created = dt.datetime(2025, 2, 3, 9, 30, 0)
    cp.modified = dt.datetime(2025, 2, 26, 16, 5, 0)
    cp.revision = 9
    save_docx(doc, OUT / f"{name}.docx", (2025, 2, 26, 16, 5, 0))
    print(f"docs-w/{name}.docx")


# ======================================== 5. Wendleshire: decision notice with the current protocol appended
def wendleshire():
    name = "wendleshire-county-council"
    items = parse(name)
    colour = (60, 40, 110)
    pdf = _new_pdf(
        "Decision Notice SC/2024/011",
        "Microsoft\u00ae Word for Microsoft 365",
        "Democratic Services",
        dt.datetime(2025, 3, 11, 12, 0, 0, tzinfo=dt.UTC),
        "Wendleshire County Council - Standards Committee",
        "Decision Notice SC/2024/011",
        "Page {n} of {N}",
    )
    F = pdf.font_name
    for tag, rest in items:
        if tag == "PB":
            pdf.add_page()
        elif tag == "T":
            pdf.set_font(F, "B", 16)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 8, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "ST":
            pdf.set_font(F, "B", 12)
            pdf.multi_cell(0, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "KV":
            k, v = rest.split("|", 1)
            if k == "Complaint reference":
                pdf.ln(4)
            pdf.set_font(F, "B", 10)
            pdf.cell(48, 5.8, k)
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5.8, v, new_x="LMARGIN", new_y="NEXT")
        elif tag in ("H", "AH"):
            pdf.ln(2.5)
            pdf.set_font(F, "B", 11.5)
            keep_together(pdf, rest, pdf.epw, 6, extra=14)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "C":
            num, text = rest.split("|", 1)
            hanging(pdf, num, text, 11, lh=5.3, size=10.5)
            pdf.ln(1.5)
        elif tag == "Q":
            pdf.set_font(F, "I", 10)
            pdf.set_left_margin(pdf.l_margin + 14)
            pdf.set_right_margin(pdf.r_margin + 10)
            pdf.set_draw_color(*colour)
            y0 = pdf.get_y()
            pdf.multi_cell(0, 5.1, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin - 3, y0, pdf.l_margin - 3, pdf.get_y())
            pdf.set_draw_color(0, 0, 0)
            pdf.set_left_margin(pdf.l_margin - 14)
            pdf.set_right_margin(pdf.r_margin - 10)
            pdf.ln(1.5)
        elif tag == "P":
            pdf.ln(3)
            pdf.set_font(F, "I", 10)
            pdf.multi_cell(0, 5.2, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "AT":
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(*colour)
            pdf.multi_cell(0, 7.5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "AM":
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "AI":
            num, text = rest.split("|", 1)
            hanging(pdf, num, text, 10, lh=5.3, size=10.5)
            pdf.ln(1.2)
    pdf.output(str(OUT / f"{name}.pdf"))
    print(f"docs-w/{name}.pdf")


def main():
    cawsey()
    morvale()
    llanfeiriog()
    eldermoor()
    wendleshire()
    return 0


if __name__ == "__main__":
    sys.exit(main())
