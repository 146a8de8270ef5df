"""Render probe D's PDF sources (docs-d-src/<stem>.txt) into docs-d/<stem>.pdf, by make_pdfs.py's
layout (running header naming the council and the document, a footer with a policy reference on
the left and "Page n of N" on the right, so items are split across page breaks).

Sources are written in latin-1 characters only, so the PDF text matches them: a character that
would have to be replaced is an error.

Usage: .venv/bin/python evals/devset/make_pdfs_d.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from gen_common import render_latin1

HERE = Path(__file__).resolve().parent
SRC = HERE / "docs-d-src"
OUT = HERE / "docs-d"

HEADERS = {
    "oxtonbridge-town-council": "Oxtonbridge Town Council - Protocol on Relations between Councillors and Staff "
    "(OTC/GOV/05 v3.0)",
    "nether-scarbeck-parish-council": "Nether Scarbeck Parish Council",
}
FOOTERS = {
    "oxtonbridge-town-council": "Uncontrolled when printed - Review due January 2025",
    "nether-scarbeck-parish-council": "Protocol for Councillors and the Clerk - adopted 07/03/2023",
}


def main() -> int:
    return render_latin1(SRC, OUT, HEADERS, FOOTERS)


if __name__ == "__main__":
    sys.exit(main())
