"""Render helper A's dev-set PDF sources (docs-src/<stem>.txt) into docs/<stem>.pdf with fpdf2.

Each source line becomes one paragraph (wrapped by fpdf); blank lines become a small gap;
lines written entirely in capitals are set in bold as headings. Every page gets a running
header naming the council and the document and a footer "Page n of N", so clauses are split
across page breaks the way real council PDFs are.

Core fonts only cover latin-1: characters outside it are replaced with a close ASCII form
(curly quotes, dashes, Welsh w/y with circumflex ...) and reported. The layout itself (render) is in
gen_common.py, shared with make_pdfs_c.py and make_pdfs_d.py.

Usage: .venv/bin/python evals/devset/make_pdfs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from gen_common import render, sources_of

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


def main() -> int:
    # Only helper A's documents: docs-src/ is shared with make_pdfs_b.py, which renders its own.
    sources = sources_of(SRC, HEADERS)
    if sources is None:
        return 1
    if not sources:
        print(f"no sources in {SRC}", file=sys.stderr)
        return 1
    for src in sources:
        dest = OUT / f"{src.stem}.pdf"
        replaced = render(src, dest, HEADERS, FOOTERS)
        note = f" (replaced: {' '.join(sorted(replaced))})" if replaced else ""
        print(f"{dest.relative_to(HERE)}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
