#!/usr/bin/env python3
"""Validate helper A's half of the dev set: documents-a.jsonl and questions-a.jsonl.

Checks
- both files parse, one JSON object per line, with the expected fields and values;
- every document file exists (PDFs also need their docs-src/<stem>.txt) and the council
  named in documents-a.jsonl occurs in the document (visible text, or the HTML <title>);
- question ids are unique; category, split and verdict values are valid;
- every gold snippet has 6-25 words and, whitespace-normalised, occurs in the visible text of
  its document (HTML: tags, scripts and <head> removed, entities decoded; PDF: its docs-src
  source, within a single line of it);
- a question's split equals the split of each of its gold documents; cross-council questions
  have 2+ distinct gold documents; out-of-scope questions have no gold and a null verdict,
  every other question has gold;
- minimum counts (80 questions, 25 yes-no, 12 out-of-scope split between tune and test).
Warnings (not errors): a PDF snippet that pypdf does not find in the rendered PDF's text
(usually because a page break falls inside it); an HTML/text snippet spread over two lines.

Usage: .venv/bin/python evals/devset/check_a.py        (exit status 1 on errors)
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents-a.jsonl"
QUESTIONS = HERE / "questions-a.jsonl"

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
FORMATS = {"html", "txt-web", "pdf"}
SPLITS = {"tune", "test"}
VERDICTS = {"yes", "no", None}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def html_visible(raw: str) -> str:
    raw = re.sub(r"(?is)<head\b.*?</head>", " ", raw)
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def html_title(raw: str) -> str:
    m = re.search(r"(?is)<title>(.*?)</title>", raw)
    return html.unescape(m.group(1)) if m else ""


def load_text(entry: dict) -> tuple[str, list[str], str]:
    """(visible text, source lines, extra text such as the HTML title) of a document."""
    path = HERE / entry["file"]
    raw = path.read_text(encoding="utf-8")
    if entry["format"] == "html":
        text = html_visible(raw)
        return text, text.splitlines(), html_title(raw)
    return raw, raw.splitlines(), ""


def pdf_text(path: Path) -> str | None:
    try:
        import pypdf
    except ImportError:  # pragma: no cover
        return None
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []

    # ---- documents -------------------------------------------------------------------
    docs: dict[str, dict] = {}
    texts: dict[str, str] = {}
    lines: dict[str, list[str]] = {}
    pdf_texts: dict[str, str | None] = {}
    for n, line in enumerate(DOCS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"documents line {n}: bad JSON: {e}")
            continue
        for key in ("doc", "file", "council", "split", "format", "notes"):
            if key not in d:
                errors.append(f"documents line {n}: missing {key}")
        stem = d.get("doc")
        if stem in docs:
            errors.append(f"documents line {n}: duplicate doc {stem}")
        if d.get("split") not in SPLITS:
            errors.append(f"documents line {n}: bad split {d.get('split')!r}")
        if d.get("format") not in FORMATS:
            errors.append(f"documents line {n}: bad format {d.get('format')!r}")
        path = HERE / d.get("file", "")
        if not path.is_file():
            errors.append(f"documents line {n}: no file {d.get('file')}")
            continue
        if Path(d["file"]).stem != stem:
            errors.append(f"documents line {n}: file stem differs from doc id")
        if d["format"] == "pdf":
            src = HERE / "docs-src" / f"{stem}.txt"
            if not src.is_file():
                errors.append(f"documents line {n}: no source {src.name}")
                continue
            entry = dict(d, file=f"docs-src/{stem}.txt", format="txt")
            pdf_texts[stem] = pdf_text(path)
        else:
            entry = d
        text, src_lines, extra = load_text(entry)
        docs[stem], texts[stem], lines[stem] = d, norm(text), [norm(x) for x in src_lines]
        council = d.get("council")
        if council is not None and council.lower() not in (norm(text) + " " + extra).lower():
            errors.append(f"documents line {n}: council {council!r} not named in {stem}")

    # ---- questions -------------------------------------------------------------------
    seen: set[str] = set()
    rows: list[dict] = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"questions line {n}: bad JSON: {e}")
            continue
        qid = q.get("id")
        where = f"questions line {n} ({qid})"
        missing = [k for k in ("id", "question", "category", "gold", "verdict", "split") if k not in q]
        if missing:
            errors.append(f"{where}: missing {', '.join(missing)}")
            continue
        if qid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(qid)
        rows.append(q)
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{where}: empty question")
        if q["category"] not in CATEGORIES:
            errors.append(f"{where}: bad category {q['category']!r}")
        if q["split"] not in SPLITS:
            errors.append(f"{where}: bad split {q['split']!r}")
        if q["verdict"] not in VERDICTS:
            errors.append(f"{where}: bad verdict {q['verdict']!r}")
        gold = q["gold"]
        if not isinstance(gold, list):
            errors.append(f"{where}: gold is not a list")
            continue
        if q["category"] == "out-of-scope":
            if gold:
                errors.append(f"{where}: out-of-scope question has gold")
            if q["verdict"] is not None:
                errors.append(f"{where}: out-of-scope question has a verdict")
            continue
        if not gold:
            errors.append(f"{where}: no gold")
        gold_docs = set()
        for g in gold:
            doc, snippet = g.get("doc"), g.get("snippet")
            if doc not in docs:
                errors.append(f"{where}: unknown doc {doc!r}")
                continue
            gold_docs.add(doc)
            if docs[doc]["split"] != q["split"]:
                errors.append(f"{where}: split {q['split']} but {doc} is {docs[doc]['split']}")
            if not isinstance(snippet, str) or not snippet.strip():
                errors.append(f"{where}: empty snippet for {doc}")
                continue
            words = len(snippet.split())
            if not 6 <= words <= 25:
                errors.append(f"{where}: snippet has {words} words: {snippet[:60]!r}")
            s = norm(snippet)
            if s not in texts[doc]:
                errors.append(f"{where}: snippet not found in {doc}: {snippet!r}")
                continue
            on_one_line = any(s in ln for ln in lines[doc])
            if docs[doc]["format"] != "pdf" and not on_one_line:
                warnings.append(f"{where}: snippet spans lines of {doc}: {snippet[:50]!r}")
            if docs[doc]["format"] == "pdf":
                if not on_one_line:
                    errors.append(f"{where}: PDF snippet spans lines of docs-src/{doc}.txt")
                extracted = pdf_texts.get(doc)
                if extracted is not None and s not in norm(extracted):
                    warnings.append(
                        f"{where}: snippet not found verbatim in {doc}.pdf text "
                        f"(page break inside it?): {snippet[:50]!r}"
                    )
        if q["category"] == "cross-council" and len(gold_docs) < 2:
            errors.append(f"{where}: cross-council question with {len(gold_docs)} gold doc(s)")

    # ---- counts ----------------------------------------------------------------------
    cats = Counter(q["category"] for q in rows)
    by_split = Counter(q["split"] for q in rows)
    oos = Counter(q["split"] for q in rows if q["category"] == "out-of-scope")
    verdicts = Counter(str(q["verdict"]) for q in rows if q["category"] != "out-of-scope")
    yes_no = [q for q in rows if q["category"] == "yes-no"]
    if len(rows) < 80:
        errors.append(f"only {len(rows)} questions (need 80)")
    if len(yes_no) < 25:
        errors.append(f"only {len(yes_no)} yes-no questions (need 25)")
    if sum(oos.values()) < 12:
        errors.append(f"only {sum(oos.values())} out-of-scope questions (need 12)")
    if abs(oos["tune"] - oos["test"]) > 1:
        errors.append(f"out-of-scope split unbalanced: {dict(oos)}")
    fmt = Counter((d["format"], d["split"]) for d in docs.values())

    print(f"documents: {len(docs)}  " + ", ".join(f"{f}/{s}={c}" for (f, s), c in sorted(fmt.items())))
    print(f"questions: {len(rows)}  by split {dict(sorted(by_split.items()))}")
    print("  by category: " + ", ".join(f"{c}={n}" for c, n in sorted(cats.items())))
    for split in sorted(SPLITS):
        c = Counter(q["category"] for q in rows if q["split"] == split)
        print(f"  {split}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print(
        f"  verdicts (answerable questions): {dict(sorted(verdicts.items()))}; "
        f"yes-no category: {dict(sorted(Counter(str(q['verdict']) for q in yes_no).items()))}"
    )
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
