"""Issue 9's "every document whose text names its council gets that council's name", measured: each development
document listed in `evals/devset/documents-*.jsonl` parsed as `protocols ingest` would, its council name against
the one its writer gave. Prints the documents whose names differ, then the count.

    .venv/bin/python -m evals.council_names      # about 10 s

Pure parsing (no index, no model). The lists hold read and unread probes' documents alike; their questions are
not read."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.document import parse_document

DEVSET = Path(__file__).resolve().parent / "devset"


def main() -> None:
    differ = total = 0
    for listing in sorted(DEVSET.glob("documents-*.jsonl")):
        for line in listing.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            path = DEVSET / doc["file"]
            if not doc.get("council") or not path.exists():
                continue
            total += 1
            got = parse_document(path).meta.council or ""
            if got.casefold() != doc["council"].casefold():
                differ += 1
                print(f"{listing.name} {doc['doc']}: listed {doc['council']!r}, parsed {got!r}")
    print(f"council names as listed: {total - differ} of {total}")


if __name__ == "__main__":
    main()
