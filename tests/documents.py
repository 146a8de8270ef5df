"""Real test documents, written by real libraries (fpdf2, python-docx), never mocks."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF

CLAUSES = [
    ("1. Introduction", None),
    (
        "1.1",
        "This protocol guides councillors and the Parish Clerk in their dealings with one "
        "another so that the council is run fairly and openly.",
    ),
    (
        "1.2",
        "Councillors should direct requests for information to the Parish Clerk, who will "
        "respond within a reasonable time having regard to other work.",
    ),
    ("2. Party Groups", None),
    (
        "2.1",
        "The Parish Clerk is not required to attend meetings of political groups and may "
        "decline any invitation to do so without giving a reason.",
    ),
    (
        "2.2",
        "Where the Clerk gives advice to one group, the same advice must be offered to every "
        "other group on the same terms.",
    ),
    ("3. Complaints", None),
    (
        "3.1",
        "A councillor unhappy with the conduct of an officer should raise the matter with the "
        "Chairman, who will seek to resolve it informally before any formal procedure is "
        "considered by the council's staffing committee.",
    ),
]


class _HeaderPDF(FPDF):
    running_header = "Testbury Parish Council - Member/Officer Protocol"

    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 8, self.running_header, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 8, str(self.page_no()), align="C")


def protocol_pdf(path: Path, *, break_clause: bool = True, **encryption: str) -> Path:
    """A multi-page protocol PDF with a running header and page numbers. With `break_clause`,
    clause 3.1 starts near the foot of page 1 and runs onto page 2."""
    pdf = _HeaderPDF(format=(148, 210))
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for number, text in CLAUSES:
        if text is None:
            pdf.set_font("Helvetica", style="B", size=11)
            pdf.multi_cell(0, 6, number, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
            continue
        if number == "3.1" and break_clause:
            # Push 3.1 down so that it straddles the page break.
            while pdf.get_y() < pdf.h - 34:
                pdf.multi_cell(
                    0, 5, "Councillors and officers respect each other's roles.", new_x="LMARGIN", new_y="NEXT"
                )
        pdf.multi_cell(0, 5, f"{number} {text}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.add_page()
    pdf.multi_cell(0, 5, "Adopted 3 March 2023. Next review March 2026.", new_x="LMARGIN", new_y="NEXT")
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' PDF: two pages that are only pictures, with no text layer."""
    from PIL import Image

    pdf = FPDF()
    for shade in (200, 120):
        buf = io.BytesIO()
        Image.new("RGB", (60, 80), (shade, shade, shade)).save(buf, format="PNG")
        pdf.add_page()
        pdf.image(buf, x=10, y=10, w=100)
    pdf.output(str(path))
    return path


def protocol_docx(path: Path) -> Path:
    """A Word protocol with a heading style, numbered clauses, a bullet list and a date table."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Wordham Town Council"
    document.add_heading("Wordham Town Council Member/Officer Protocol", level=0)
    document.add_heading("Political Groups", level=1)
    document.add_paragraph("4.1 The Town Clerk may decline to attend party group meetings.")
    document.add_paragraph("4.2 Officers can expect from councillors:")
    for item in ("respect and courtesy", "no undue pressure", "clear instructions"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Review", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date of adoption", "12 April 2024"
    table.cell(1, 0).text, table.cell(1, 1).text = "Next review", "April 2027"
    document.save(str(path))
    return path


def numbered_protocol_docx(path: Path) -> Path:
    """A Word protocol numbered by Word itself: headings and clauses in a multi-level list
    ("1.", "1.1", "(a)") whose numbers are in no paragraph's text, and a "List Number" list."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Oakbridge Parish Council", style="Title")
    numbering = document.part.numbering_part.element
    levels = (("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"))
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            + "".join(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                for i, (fmt, text) in enumerate(levels)
            )
            + "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int, style: str | None = None) -> None:
        paragraph = document.add_paragraph(text, style=style)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    numbered("Introduction", 0, "Heading 1")
    numbered("This protocol guides councillors and the Clerk of Oakbridge Parish Council.", 1)
    numbered("Councillors and the Clerk should treat each other with courtesy at all times.", 1)
    numbered("The Clerk", 0, "Heading 1")
    numbered("The Clerk takes instructions from the Council as a whole, not from individual councillors.", 1)
    numbered("Councillors must not ask the Clerk to:", 1)
    numbered("work for a political party;", 2)
    numbered("help with an election campaign.", 2)
    numbered("The Chairman may consult the Clerk between meetings but may not instruct the Clerk.", 1)
    document.add_paragraph("Officers can expect:", style="Heading 1")
    for item in ("respect and courtesy from every councillor.", "no undue pressure from any councillor."):
        document.add_paragraph(item, style="List Number")
    document.save(str(path))
    return path


def unseen_protocol_pdf(path: Path) -> Path:
    """A protocol from a council the project has never seen, formatted its own way: 'Section'
    headings, (a) items, a scope statement, and its dates in a closing paragraph."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "LITTLE SNORING PARISH COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "Code of Working Relationships between Councillors and Staff", new_x="LMARGIN", new_y="NEXT")
    body = [
        ("Section 1 - Scope", None),
        (
            None,
            "1.1 This Code applies to all councillors, co-opted members and employees of Little "
            "Snoring Parish Council, and to any volunteer working under the direction of the Clerk.",
        ),
        ("Section 2 - Working together", None),
        (
            None,
            "2.1 Councillors shall direct all requests for work through the Clerk and shall not "
            "instruct other members of staff directly.",
        ),
        (
            None,
            "2.2 The Clerk shall treat every councillor alike and shall give the same information "
            "to all members of a committee.",
        ),
        ("Section 3 - Groups", None),
        (
            None,
            "3.1 The Clerk shall not be asked to attend or advise meetings of any political group "
            "or faction of councillors.",
        ),
        ("Section 4 - Status of this Code", None),
        (
            None,
            "4.1 This Code was approved by Full Council on 12th March 2024 and will be reviewed "
            "every three years, next in March 2027.",
        ),
    ]
    for heading, text in body:
        if heading:
            pdf.set_font("Helvetica", style="B", size=12)
            pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    return path


def bold_headed_docx(path: Path) -> Path:
    """A small parish council's Word protocol as many are typed: a bold title block, a bold adoption
    line, then sections headed by short bold paragraphs (no Heading style, no numbers) over bullets."""
    import docx

    document = docx.Document()

    def bold(text: str) -> None:
        document.add_paragraph().add_run(text).bold = True

    bold("Bramblecote Parish Council")
    bold("Councillor and Clerk Protocol")
    bold("Adopted by the Parish Council on 9 May 2024.")
    for heading, items in (
        (
            "Asking the Clerk for help",
            ["Councillors must not give the Clerk instructions, whether alone or in groups."],
        ),
        ("Contact", ["Please contact the Clerk by email rather than by phone, and not at weekends."]),
        ("Gifts", ["The Clerk may accept small gifts worth up to £20 and will tell the Chairman about them."]),
    ):
        bold(heading)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    bold("Members must never visit the Clerk at home.")
    document.save(str(path))
    return path
