"""Render probe C's PDF sources (docs-c-src/<stem>.txt) into docs-c/<stem>.pdf, by make_pdfs.py's
layout (running header naming the council and the document, a footer with a policy reference on
the left and "Page n of N" on the right, so items are split across page breaks).

Sources are written in latin-1 characters only, so the PDF text matches them: a character that
would have to be replaced is an error.

Usage: .venv/bin/python evals/devset/make_pdfs_c.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from gen_common import render_latin1

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-c-src"
OUT = HERE / "docs-c"

HEADERS = {
    "wyncombe-town-council": "Wyncombe Town Council - Protocol for Member and Officer Relations",
}
FOOTERS = {
    "wyncombe-town-council": "WTC Policy 14 - Version 2.1 - January 2024",
}


def main() -> int:
    return render_latin1(SRC, OUT, HEADERS, FOOTERS)


if __name__ == "__main__":
    sys.exit(main())
