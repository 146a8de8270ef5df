"""Render probe E's PDF sources (docs-e-src/<stem>.txt) into docs-e/<stem>.pdf with fpdf2.

Three layouts, each unlike the earlier probes' PDFs:

* meresby-district-council: a constitution "Part 5 - Codes and Protocols" in which the
  member/officer protocol is one of six codes. A line "<<PAGE>>" starts a new page (each code
  begins on its own page); all-capital lines are bold headings; running header naming the
  Constitution part, footer with the issue on the left and a part-relative page number "5/n".
* wrenhurst-town-council: paragraph numbers sit in a left margin column. Source lines
  "<n><TAB><text>" put <text> in the main column and <n> in the margin; the text is written
  first and the number afterwards, so text extraction tends to give the number after (or
  apart from) its paragraph. Paragraphs are kept whole on a page.
* cefn-meurig-community-council: a Welsh-first bilingual protocol; each numbered Welsh
  paragraph is followed by the English one (set in italics). Uses DejaVu Sans (a TrueType
  font) because Welsh needs letters outside latin-1 (w and y with circumflex).

The Meresby and Wrenhurst sources must be latin-1 only (checked with gen_common.latin1_safe), so
the PDF text matches the source.

Usage: .venv/bin/python evals/devset/make_pdfs_e.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF
from gen_common import is_heading, latin1_safe

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-e-src"
OUT = HERE / "docs-e"

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _check_latin1(text: str, name: str) -> None:
    replaced: set[str] = set()
    latin1_safe(text, replaced)
    if replaced:
        raise SystemExit(f"{name}: characters outside latin-1: {' '.join(sorted(replaced))}")


class ConstitutionPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "I", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, "Meresby District Council - Constitution", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Part 5 - Codes and Protocols", align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 6, "Issue 14 - August 2024", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"5/{self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def render_meresby(src: Path, dest: Path) -> None:
    text = src.read_text(encoding="utf-8")
    _check_latin1(text, src.name)
    pdf = ConstitutionPDF(format="A4")
    pdf.set_title("Meresby District Council Constitution Part 5")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for raw in text.splitlines():
        line = raw.rstrip()
        if line == "<<PAGE>>":
            pdf.add_page()
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        if is_heading(line):
            pdf.set_font("helvetica", "B", 12)
            pdf.multi_cell(0, 6.5, line)
            pdf.ln(1.5)
        elif line[0].isdigit():
            pdf.set_font("helvetica", "", 10.5)
            pdf.multi_cell(0, 5.3, line)
            pdf.ln(1.4)
        else:
            # sub-headings inside a code ("Roles", "Political groups") and notes
            pdf.set_font("helvetica", "B" if len(line) < 40 else "I", 10.5)
            pdf.multi_cell(0, 5.5, line)
            pdf.ln(1)
    pdf.output(str(dest))


class WrenhurstPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(60, 90, 60)
        self.cell(0, 5, "Wrenhurst Town Council", align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"WTC-P14  Protocol for Councillors and Staff  -  {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def render_wrenhurst(src: Path, dest: Path) -> None:
    text = src.read_text(encoding="utf-8")
    _check_latin1(text, src.name)
    pdf = WrenhurstPDF(format="A4")
    pdf.set_title("Wrenhurst Town Council - Protocol for Councillors and Staff")
    margin_x, body_x, right = 16.0, 36.0, 20.0
    pdf.set_margins(body_x, 18, right)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    body_w = pdf.w - body_x - right
    lines = text.splitlines()
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        if not line.strip():
            pdf.ln(3)
            continue
        if "\t" in line:
            num, body = line.split("\t", 1)
            pdf.set_font("helvetica", "", 10.5)
            needed = len(pdf.multi_cell(body_w, 5.4, body, dry_run=True, output="LINES")) * 5.4
            if pdf.get_y() + needed > pdf.h - 22:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 5.4, body)
            after = pdf.get_y()
            # the margin number is drawn after the paragraph text
            pdf.set_xy(margin_x, y)
            pdf.set_font("helvetica", "B", 10.5)
            pdf.cell(12, 5.4, num, align="L")
            pdf.set_xy(body_x, after)
            pdf.ln(2)
        elif i < 2:
            pdf.set_font("helvetica", "B", 15 if i == 0 else 12.5)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 7, line)
            pdf.ln(1)
        elif is_heading(line):
            pdf.ln(1)
            pdf.set_font("helvetica", "B", 10.5)
            pdf.set_text_color(60, 90, 60)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 6, line)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        else:
            pdf.set_font("helvetica", "I", 9)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 4.8, line)
            pdf.ln(1.5)
    pdf.output(str(dest))


class BilingualPDF(FPDF):
    def header(self):
        self.set_font("dejavu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "Cyngor Cymuned Cefn Meurig / Cefn Meurig Community Council - Protocol Cynghorwyr a'r Clerc / "
            "Councillors and Clerk Protocol",
            align="C",
        )
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dejavu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Tudalen {self.page_no()} o {{nb}} / Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def render_cefn_meurig(src: Path, dest: Path) -> None:
    if not (DEJAVU_DIR / "DejaVuSans.ttf").exists():
        raise SystemExit(f"DejaVu fonts not found in {DEJAVU_DIR}")
    pdf = BilingualPDF(format="A4")
    pdf.add_font("dejavu", "", str(DEJAVU_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(DEJAVU_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dejavu", "I", str(DEJAVU_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_title("Cyngor Cymuned Cefn Meurig / Cefn Meurig Community Council - Protocol")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    seen: set[str] = set()
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            pdf.ln(3)
            continue
        num = line.split(".", 1)[0]
        if num.isdigit():
            if num in seen:  # second paragraph with this number: the English text
                pdf.set_font("dejavu", "I", 9.5)
                pdf.set_text_color(40, 40, 110)
                pdf.multi_cell(0, 5, line)
                pdf.set_text_color(0, 0, 0)
                pdf.ln(3)
            else:
                seen.add(num)
                pdf.set_font("dejavu", "", 10)
                pdf.multi_cell(0, 5.2, line)
                pdf.ln(1)
        elif is_heading(line):
            pdf.set_font("dejavu", "B", 11)
            pdf.multi_cell(0, 6, line)
            pdf.ln(1.5)
        else:
            pdf.set_font("dejavu", "", 9)
            pdf.multi_cell(0, 5, line)
            pdf.ln(1)
    pdf.output(str(dest))


RENDERERS = {
    "meresby-district-council": render_meresby,
    "wrenhurst-town-council": render_wrenhurst,
    "cefn-meurig-community-council": render_cefn_meurig,
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for stem, render in RENDERERS.items():
        src = SRC / f"{stem}.txt"
        if not src.exists():
            print(f"missing source: {src}", file=sys.stderr)
            return 1
        dest = OUT / f"{stem}.pdf"
        render(src, dest)
        print(dest.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
