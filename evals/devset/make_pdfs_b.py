"""Render helper B's constitution extracts (docs-src/<stem>.txt) into docs/<stem>.pdf.

Run with the project venv:  .venv/bin/python evals/devset/make_pdfs_b.py

Each source line is one paragraph (or heading); fpdf2 wraps it and breaks pages wherever the
text falls, so clauses get split across pages between a running header and a page footer,
as in a printed constitution. Only helper B's files are listed here (make_pdfs.py is helper A's).
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF
from gen_common import REPLACEMENTS  # one table of latin-1 stand-ins for all the latin-1 scripts

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-src"
OUT = HERE / "docs"

# stem -> (header left, header right, footer format taking the page number)
DOCS = {
    "westmarsh-county-council": (
        "Part 5 - Codes and Protocols",
        "Constitution of Westmarsh County Council",
        lambda n: f"5.3 - {n}",
    ),
    "ashcombe-metropolitan-borough-council": (
        "Constitution of Ashcombe Metropolitan Borough Council",
        "Part 5 - Codes and Protocols",
        lambda n: f"Page {186 + n}",
    ),
    "glenardoch-council": (
        "Glenardoch Council",
        "Standing Orders, Codes and Protocols",
        lambda n: f"Page {n}",
    ),
    "pellworth-county-council": (
        "Part 5 - Codes and Protocols",
        "Pellworth County Council Constitution",
        lambda n: f"Page {n}",
    ),
}


def latin1_safe(text: str) -> str:
    """Map typographic characters to latin-1 equivalents; anything else unencodable becomes '?'."""
    for src, dst in REPLACEMENTS.items():
        text = text.replace(src, dst)
    return text.encode("latin-1", errors="replace").decode("latin-1")


HEADING = re.compile(r"^(\d+(\.0)?\.?\s+[A-Z][A-Z' ,/&()-]+|[A-Z][A-Z' ,/&()\-]{6,})$")


class ConstitutionPDF(FPDF):
    def __init__(self, left: str, right: str, footer_fmt):
        super().__init__(format="A4")
        self.left_text, self.right_text, self.footer_fmt = left, right, footer_fmt
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(auto=True, margin=22)

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 5, latin1_safe(self.left_text), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, latin1_safe(self.right_text), align="R")
        self.ln(9)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, latin1_safe(self.footer_fmt(self.page_no())), align="C")


def render(stem: str) -> Path:
    left, right, footer_fmt = DOCS[stem]
    pdf = ConstitutionPDF(left, right, footer_fmt)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for raw in (SRC / f"{stem}.txt").read_text(encoding="utf-8").splitlines():
        line = latin1_safe(raw.rstrip())
        if not line:
            pdf.ln(3)
            continue
        is_heading = bool(HEADING.match(line)) and len(line) < 90
        pdf.set_font("Helvetica", "B" if is_heading else "", 10.5)
        pdf.multi_cell(width, 5.2, line, new_x="LMARGIN", new_y="NEXT")
        if is_heading:
            pdf.ln(1)
    out = OUT / f"{stem}.pdf"
    pdf.output(str(out))
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for stem in DOCS:
        path = render(stem)
        print(f"wrote {path.relative_to(HERE)}")


if __name__ == "__main__":
    main()
