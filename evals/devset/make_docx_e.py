"""Build probe E's Word document docs-e/hartlow-parva-parish-council.docx with python-docx.

The protocol uses Word's own styles the way a clerk would: a Title and Subtitle, "Heading 1" and
"Heading 2" for sections, "List Number" paragraphs for the clauses (Word numbers them itself, so
the numbers are not part of the paragraph text), "List Bullet" for lists, a document-control
table, and a page header and footer. Nothing in the text carries a clause number.

Usage: .venv/bin/python evals/devset/make_docx_e.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "docs-e" / "hartlow-parva-parish-council.docx"

# (style, text) in document order; "TABLE:<name>" inserts one of TABLES.
BODY: list[tuple[str, str]] = [
    ("Title", "Hartlow Parva Parish Council"),
    ("Subtitle", "Protocol for Councillors and the Clerk"),
    ("TABLE", "control"),
    ("Normal", ""),
    ("Heading 1", "Introduction"),
    (
        "List Number",
        "This protocol describes how the councillors of Hartlow Parva Parish Council and the Clerk should work together. It applies to every councillor, whether elected or co-opted, and to any other employee the Council may engage in future.",
    ),
    (
        "List Number",
        "The protocol is not part of the Clerk's contract of employment, and it does not replace the Code of Conduct, the Council's Standing Orders or its Financial Regulations.",
    ),
    (
        "List Number",
        "The Council's aim is a working relationship based on trust, courtesy and a shared understanding of each other's responsibilities.",
    ),
    ("Heading 1", "Roles and responsibilities"),
    ("Heading 2", "The Council and its councillors"),
    (
        "List Number",
        "The Council makes its decisions collectively, by resolution at properly convened meetings. Councillors are responsible, acting together, for:",
    ),
    ("List Bullet", "setting the budget and agreeing the precept;"),
    ("List Bullet", "agreeing the Council's policies and priorities;"),
    ("List Bullet", "responding to planning applications and consultations;"),
    ("List Bullet", "overseeing the Council's finances and the work of the Clerk."),
    (
        "List Number",
        "Individual councillors, including the Chairman, have no power to make decisions on the Council's behalf or to give instructions to the Clerk.",
    ),
    (
        "List Number",
        "Where urgent action is needed between meetings, the Clerk may act under the Scheme of Delegation after consulting the Chairman, and will report the action to the next meeting of the Council.",
    ),
    ("Heading 2", "The Clerk"),
    (
        "List Number",
        "The Clerk is the Council's only employee and is its Proper Officer and Responsible Financial Officer. The Clerk is contracted for twelve hours a week and works from home, as the Council has no office.",
    ),
    (
        "List Number",
        "The Clerk is accountable to the Council as a whole. Day-to-day line management of the Clerk is delegated to the Staffing Committee, which consists of three councillors appointed at the Annual Meeting.",
    ),
    (
        "List Number",
        "The Clerk will give the Council impartial advice on the law and on procedure. It remains the responsibility of each councillor to decide whether they have an interest to declare in any item of business.",
    ),
    (
        "List Number",
        "The Chair of the Staffing Committee and the Chairman of the Council will carry out the Clerk's appraisal each year in April.",
    ),
    ("Heading 1", "Contact between councillors and the Clerk"),
    (
        "List Number",
        "Councillors should contact the Clerk by email in the first instance. The Clerk will reply to a councillor's email within five working days, although answers to complex questions may take longer and the Clerk will say when to expect them.",
    ),
    (
        "List Number",
        "Councillors must not visit the Clerk's home, and should telephone the Clerk only on the Council's mobile telephone between 9am and 5pm, Monday to Thursday.",
    ),
    (
        "List Number",
        "Questions about Council business asked between meetings should be copied to all councillors, so that every councillor has the same information.",
    ),
    (
        "List Number",
        "The Clerk is not a secretary to individual councillors. Councillors must not ask the Clerk to carry out work for their own businesses or for other organisations they belong to, such as the village hall committee or the school governors.",
    ),
    ("Heading 1", "Respect and behaviour"),
    (
        "List Number",
        "Councillors and the Clerk will treat each other with courtesy and respect at meetings, in correspondence and online. Bullying, harassment and intimidation will not be tolerated.",
    ),
    (
        "List Number",
        "Councillors must not name or criticise the Clerk on social media, including in posts about decisions of the Council with which they disagree.",
    ),
    (
        "List Number",
        "The Clerk may accept modest gifts of up to £20 in value, such as flowers or chocolates at Christmas, from residents or from councillors, provided the gift is recorded in the register of gifts which the Chairman keeps.",
    ),
    (
        "List Number",
        "The Clerk will not attend meetings of any political party or campaign group, and will not help any councillor with election material.",
    ),
    ("Heading 1", "Concerns and complaints"),
    (
        "List Number",
        "A councillor who has a concern about the Clerk's work or conduct must put it in writing to the Chair of the Staffing Committee. Such concerns must not be discussed at a meeting of the Council held in public, in the parish newsletter or on social media.",
    ),
    (
        "List Number",
        "The Chair of the Staffing Committee will try to resolve the matter informally and, if that is not possible, will refer it to the Staffing Committee to be dealt with under the Council's disciplinary or capability procedure.",
    ),
    (
        "List Number",
        "If the Clerk has a concern about the behaviour of a councillor, the Clerk should raise it with the Chair of the Staffing Committee or, where the concern is about the Chair of the Staffing Committee, with the Chairman of the Council.",
    ),
    (
        "List Number",
        "The Clerk may also use the Council's Grievance Procedure. An allegation that a councillor has breached the Code of Conduct should be made to the Monitoring Officer of the district council.",
    ),
    ("Heading 1", "Review"),
    ("List Number", "The Council will review this protocol every two years. The next review is due in March 2025."),
    ("Normal", "Adopted by Hartlow Parva Parish Council on 14 March 2023, Minute 23/041."),
]

TABLES = {
    "control": [
        ("Document", "Protocol for Councillors and the Clerk (HPPC/POL/09)"),
        ("Version", "2.1"),
        ("Adopted", "14 March 2023 (Minute 23/041)"),
        ("Review due", "March 2025"),
        ("Owner", "Staffing Committee"),
    ],
}


def build(dest: Path) -> None:
    doc = Document()
    doc.core_properties.title = "Protocol for Councillors and the Clerk"
    doc.core_properties.author = "Clerk to Hartlow Parva Parish Council"
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "Hartlow Parva Parish Council - HPPC/POL/09 Protocol for Councillors and the Clerk"
    section.footer.paragraphs[0].text = "Version 2.1 - Adopted 14/03/2023 - Uncontrolled if printed"
    for style, text in BODY:
        if style == "TABLE":
            rows = TABLES[text]
            table = doc.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for row, (key, value) in zip(table.rows, rows, strict=True):
                row.cells[0].text = key
                row.cells[1].text = value
            continue
        doc.add_paragraph(text, style=style)
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest))


def main() -> int:
    build(OUT)
    print(OUT.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
