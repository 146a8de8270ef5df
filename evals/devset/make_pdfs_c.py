"""Render helper C's test-set PDF sources (docs-c-src/<stem>.txt) into docs-c/<stem>.pdf with fpdf2.

Same layout rules as make_pdfs.py: each source line becomes one paragraph (wrapped by fpdf);
blank lines become a small gap; lines written entirely in capitals (roman numeral section
headings such as "IV. POLITICAL GROUPS") are set in bold. Every page carries a running
header naming the council and the document, and a footer with a policy reference on the
left and "Page n of N" on the right, so items are split across page breaks.

Sources are written in latin-1 characters only, so the PDF text matches them.

Usage: .venv/bin/python evals/devset/make_pdfs_c.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-c-src"
OUT = HERE / "docs-c"

HEADERS = {
    "wyncombe-town-council": "Wyncombe Town Council - Protocol for Member and Officer Relations",
}
FOOTERS = {
    "wyncombe-town-council": "WTC Policy 14 - Version 2.1 - January 2024",
}


class ProtocolPDF(FPDF):
    def __init__(self, header_text: str, footer_text: str = ""):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text

    def header(self):
        self.set_font("helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, align="C")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_text:
            self.cell(0, 6, self.footer_text, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(line) < 90


def render(src: Path, dest: Path) -> None:
    text = src.read_text(encoding="utf-8")
    text.encode("latin-1")  # fails loudly if a character would be altered in the PDF
    header = HEADERS[src.stem]
    pdf = ProtocolPDF(header, FOOTERS.get(src.stem, ""))
    pdf.set_title(header)
    pdf.set_author(header.split(" - ")[0])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            pdf.ln(3)
            continue
        if is_heading(line):
            pdf.set_font("helvetica", "B", 11.5)
            pdf.multi_cell(0, 6, line)
            pdf.ln(1)
        else:
            pdf.set_font("helvetica", "", 11)
            pdf.multi_cell(0, 5.6, line)
            pdf.ln(1.2)
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(dest))


def main() -> int:
    sources = [SRC / f"{stem}.txt" for stem in HEADERS]
    missing = [p for p in sources if not p.exists()]
    if missing:
        print("missing sources: " + ", ".join(str(p) for p in missing), file=sys.stderr)
        return 1
    for src in sources:
        dest = OUT / f"{src.stem}.pdf"
        render(src, dest)
        print(dest.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
