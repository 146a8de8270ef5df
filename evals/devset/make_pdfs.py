"""Render helper A's dev-set PDF sources (docs-src/<stem>.txt) into docs/<stem>.pdf with fpdf2.

Each source line becomes one paragraph (wrapped by fpdf); blank lines become a small gap;
lines written entirely in capitals are set in bold as headings. Every page gets a running
header naming the council and the document and a footer "Page n of N", so clauses are split
across page breaks the way real council PDFs are.

Core fonts only cover latin-1: characters outside it are replaced with a close ASCII form
(curly quotes, dashes, Welsh w/y with circumflex ...) and reported.

Usage: .venv/bin/python evals/devset/make_pdfs.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-src"
OUT = HERE / "docs"

# The documents this script renders, with the running header of each.
HEADERS = {
    "penrhos-isaf-community-council": "Penrhos Isaf Community Council – Member/Officer Protocol",
    "bryn-eithin-community-council": "Cyngor Cymuned Bryn Eithin / Bryn Eithin Community Council – Protocol",
    "ravensmoor-town-council": "Ravensmoor Town Council – Protocol for Member and Officer Relations",
    "elderstone-parish-council": "Elderstone Parish Council – Member/Officer Protocol",
}
# Optional left-hand footer text (the page number is always on the right).
FOOTERS = {
    "elderstone-parish-council": "Review Date: September 2025",
    "ravensmoor-town-council": "RTC/POL/07 v2",
}

REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "-",
    "\u00a0": " ",
    "\u0175": "w",
    "\u0174": "W",
    "\u0177": "y",
    "\u0176": "Y",
    "\u200b": "",
}


def latin1_safe(text: str, replaced: set[str]) -> str:
    out = []
    for ch in text:
        try:
            ch.encode("latin-1")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        replaced.add(ch)
        if ch in REPLACEMENTS:
            out.append(REPLACEMENTS[ch])
            continue
        base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


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


def render(src: Path, dest: Path, headers: dict[str, str] = HEADERS, footers: dict[str, str] = FOOTERS) -> set[str]:
    """Render one source into a PDF; the characters that had to be replaced (see REPLACEMENTS)."""
    replaced: set[str] = set()
    stem = src.stem
    header = latin1_safe(headers.get(stem, stem.replace("-", " ").title()), replaced)
    footer = latin1_safe(footers.get(stem, ""), replaced)
    pdf = ProtocolPDF(header, footer)
    pdf.set_title(header)
    pdf.set_author(header.split(" - ")[0])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = latin1_safe(raw.rstrip(), replaced)
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
    return replaced


def render_latin1(src_dir: Path, out_dir: Path, headers: dict[str, str], footers: dict[str, str]) -> int:
    """Render each source named in `headers`; a character outside latin-1 is an error (the PDF's
    text must match its source). Returns an exit status."""
    sources = [src_dir / f"{stem}.txt" for stem in headers]
    missing = [p for p in sources if not p.exists()]
    if missing:
        print("missing sources: " + ", ".join(str(p) for p in missing), file=sys.stderr)
        return 1
    for src in sources:
        dest = out_dir / f"{src.stem}.pdf"
        if replaced := render(src, dest, headers, footers):
            print(f"{src.name}: characters outside latin-1: {' '.join(sorted(replaced))}", file=sys.stderr)
            return 1
        print(dest.relative_to(HERE))
    return 0


def main() -> int:
    # Only helper A's documents: docs-src/ is shared with make_pdfs_b.py, which renders its own.
    sources = [SRC / f"{stem}.txt" for stem in HEADERS]
    missing = [p for p in sources if not p.exists()]
    if missing:
        print("missing sources: " + ", ".join(str(p) for p in missing), file=sys.stderr)
        return 1
    if not sources:
        print(f"no sources in {SRC}", file=sys.stderr)
        return 1
    for src in sources:
        dest = OUT / f"{src.stem}.pdf"
        replaced = render(src, dest)
        note = f" (replaced: {' '.join(sorted(replaced))})" if replaced else ""
        print(f"{dest.relative_to(HERE)}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
