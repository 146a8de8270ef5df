"""Validate helper B's half of the development set (documents-b.jsonl, questions-b.jsonl).

Run:  .venv/bin/python evals/devset/check_b.py      (exit status 1 if anything is wrong)

Checks: both files parse; ids unique; every document file exists; every gold snippet is found
(whitespace-normalised) in its document's visible text - HTML without tags/scripts/styles,
text files as they are, PDFs in docs-src/<stem>.txt within a single source line and drawable
unchanged in the core font; snippets are 6-25 words; a question's split equals its gold
documents' split; out-of-scope questions have no gold; verdicts are "yes", "no" or null.
Also prints counts, and (information only) which PDF snippets a page break splits.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_FILE = HERE / "documents-b.jsonl"
QUESTIONS_FILE = HERE / "questions-b.jsonl"

CATEGORIES = {
    "paraphrase",
    "direction-trap",
    "council-named",
    "cross-council",
    "dates",
    "yes-no",
    "out-of-scope",
    "misspelt",
    "informal",
}
SPLITS = {"tune", "test"}
FORMATS = {"html", "txt-web", "pdf"}
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "td",
    "th",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "section",
    "ul",
    "ol",
    "table",
    "caption",
    "nav",
    "header",
    "footer",
    "aside",
    "main",
    "article",
    "title",
    "button",
    "form",
    "label",
    "thead",
    "tbody",
}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def latin1_safe(text: str) -> str:
    sys.path.insert(0, str(HERE))
    from make_pdfs_b import latin1_safe as f  # noqa: PLC0415

    return f(text)


def load_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: not JSON: {exc}")
    return rows


def main() -> int:
    errors: list[str] = []
    docs = load_jsonl(DOCS_FILE, errors)
    questions = load_jsonl(QUESTIONS_FILE, errors)

    by_doc: dict[str, dict] = {}
    texts: dict[str, str] = {}
    src_lines: dict[str, list[str]] = {}
    for d in docs:
        for key in ("doc", "file", "council", "split", "format", "notes"):
            if key not in d:
                errors.append(f"document {d.get('doc')}: missing {key}")
        stem = d["doc"]
        if stem in by_doc:
            errors.append(f"document {stem}: duplicate id")
        by_doc[stem] = d
        if d.get("split") not in SPLITS:
            errors.append(f"document {stem}: bad split {d.get('split')}")
        if d.get("format") not in FORMATS:
            errors.append(f"document {stem}: bad format {d.get('format')}")
        path = HERE / d["file"]
        if not path.exists():
            errors.append(f"document {stem}: missing file {d['file']}")
            continue
        if Path(d["file"]).stem != stem:
            errors.append(f"document {stem}: file stem differs from doc id")
        if path.suffix == ".html":
            texts[stem] = norm(html_text(path))
        elif path.suffix == ".pdf":
            src = HERE / "docs-src" / f"{stem}.txt"
            raw = src.read_text(encoding="utf-8")
            src_lines[stem] = [norm(x) for x in raw.splitlines()]
            texts[stem] = norm(raw)
        else:
            texts[stem] = norm(path.read_text(encoding="utf-8"))
        council = d.get("council")
        if council and council.lower() not in texts[stem].lower():
            errors.append(f"document {stem}: council name {council!r} not in its text")

    ids = set()
    cat_split = collections.Counter()
    verdicts = collections.Counter()
    pdf_split_snippets = []
    pdf_texts: dict[str, str] = {}
    for q in questions:
        qid = q.get("id")
        for key in ("id", "question", "category", "gold", "verdict", "split"):
            if key not in q:
                errors.append(f"{qid}: missing {key}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q.get("category") not in CATEGORIES:
            errors.append(f"{qid}: bad category {q.get('category')}")
        if q.get("split") not in SPLITS:
            errors.append(f"{qid}: bad split {q.get('split')}")
        if q.get("verdict") not in ("yes", "no", None):
            errors.append(f"{qid}: bad verdict {q.get('verdict')}")
        cat_split[(q.get("category"), q.get("split"))] += 1
        if q.get("category") == "yes-no":
            verdicts[str(q.get("verdict"))] += 1
        gold = q.get("gold") or []
        if q.get("category") == "out-of-scope":
            if gold:
                errors.append(f"{qid}: out-of-scope question has gold")
            continue
        if not gold:
            errors.append(f"{qid}: no gold")
        for g in gold:
            stem, snippet = g.get("doc"), g.get("snippet", "")
            if stem not in by_doc:
                errors.append(f"{qid}: unknown doc {stem}")
                continue
            if by_doc[stem]["split"] != q.get("split"):
                errors.append(f"{qid}: split {q.get('split')} but {stem} is {by_doc[stem]['split']}")
            words = len(snippet.split())
            if not 6 <= words <= 25:
                errors.append(f"{qid}: snippet has {words} words (want 6-25): {snippet!r}")
            ns = norm(snippet)
            if stem not in texts:
                continue
            if ns not in texts[stem]:
                errors.append(f"{qid}: snippet not found in {stem}: {snippet!r}")
            if stem in src_lines:
                if not any(ns in line for line in src_lines[stem]):
                    errors.append(f"{qid}: PDF snippet spans source lines in {stem}: {snippet!r}")
                if latin1_safe(snippet) != snippet:
                    errors.append(f"{qid}: PDF snippet has characters the core font replaces: {snippet!r}")
                try:
                    from pypdf import PdfReader  # noqa: PLC0415

                    if stem not in pdf_texts:
                        reader = PdfReader(str(HERE / by_doc[stem]["file"]))
                        pdf_texts[stem] = norm(" ".join(p.extract_text() for p in reader.pages))
                    if ns not in pdf_texts[stem]:
                        pdf_split_snippets.append(f"{qid} {stem}: {snippet[:60]}")
                except ImportError:
                    pass

    # a question names at most one split
    print(f"documents: {len(docs)}  questions: {len(questions)}")
    fmt = collections.Counter((d["format"], d["split"]) for d in docs)
    print("documents by format/split:", dict(sorted(fmt.items())))
    print("questions by category/split:")
    for (cat, split), n in sorted(cat_split.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        print(f"  {cat:15} {split:5} {n}")
    print("questions by split:", dict(collections.Counter(q.get("split") for q in questions)))
    print("yes-no verdicts:", dict(verdicts))
    if pdf_split_snippets:
        print(
            f"info: {len(pdf_split_snippets)} PDF snippet(s) are split by a line/page break in pypdf text "
            "(expected; the parser must rejoin them):"
        )
        for s in pdf_split_snippets:
            print("   ", s)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
