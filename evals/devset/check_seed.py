#!/usr/bin/env python3
"""Validate evals/devset/seed-questions.jsonl.

Checks: every line parses as JSON; ids unique; required fields and value types;
category / split / verdict values valid; every non-empty gold snippet
(whitespace-normalised) occurs in its document and within a single line of it;
"follows" refers to an earlier id in the same split; out-of-scope questions have
no gold; minimum counts per category. Snippet length outside 6-25 words is a
warning (date lines in the documents are often shorter than 6 words).
Exit status 1 if there are errors.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE / "seed-questions.jsonl"
CORPUS = HERE.parent.parent / "corpus"

MINIMUMS = {
    "paraphrase": 25,
    "direction-trap": 8,
    "council-named": 12,
    "cross-council": 8,
    "dates": 6,
    "yes-no": 30,
    "out-of-scope": 10,
    "follow-up": 12,
}
VERDICTS = {"yes", "no", None}
SPLITS = {"tune", "test"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main(path: Path = SEED) -> int:
    docs = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    docs_norm = {k: norm(v) for k, v in docs.items()}
    docs_lines = {k: [norm(line_) for line_ in v.splitlines()] for k, v in docs.items()}
    errors: list[str] = []
    warnings: list[str] = []
    seen: dict[str, dict] = {}
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        qid = d.get("id")
        where = f"line {n} ({qid})"
        if not isinstance(qid, str) or not qid:
            errors.append(f"{where}: missing id")
            continue
        if qid in seen:
            errors.append(f"{where}: duplicate id")
        for key in ("question", "category", "gold", "verdict", "split"):
            if key not in d:
                errors.append(f"{where}: missing field {key!r}")
        if not isinstance(d.get("question"), str) or not d.get("question", "").strip():
            errors.append(f"{where}: empty question")
        cat = d.get("category")
        if cat not in MINIMUMS:
            errors.append(f"{where}: unknown category {cat!r}")
        if d.get("verdict") not in VERDICTS:
            errors.append(f"{where}: bad verdict {d.get('verdict')!r}")
        if d.get("split") not in SPLITS:
            errors.append(f"{where}: bad split {d.get('split')!r}")
        gold = d.get("gold")
        if not isinstance(gold, list):
            errors.append(f"{where}: gold must be a list")
            gold = []
        if cat == "out-of-scope":
            if gold:
                errors.append(f"{where}: out-of-scope question has gold")
            if d.get("verdict") is not None:
                errors.append(f"{where}: out-of-scope question has a verdict")
        elif not gold:
            errors.append(f"{where}: answerable question without gold")
        for g in gold:
            doc, snip = g.get("doc"), g.get("snippet")
            if doc not in docs:
                errors.append(f"{where}: unknown doc {doc!r}")
                continue
            if not isinstance(snip, str):
                errors.append(f"{where}: snippet not a string")
                continue
            if not snip.strip():
                continue
            s = norm(snip)
            if s not in docs_norm[doc]:
                errors.append(f"{where}: snippet not found in {doc}: {snip!r}")
            elif not any(s in line_ for line_ in docs_lines[doc]):
                errors.append(f"{where}: snippet spans lines in {doc}: {snip!r}")
            nw = len(s.split())
            if not 6 <= nw <= 25:
                warnings.append(f"{where}: snippet has {nw} words: {snip!r}")
        if "follows" in d:
            f = d["follows"]
            if f not in seen:
                errors.append(f"{where}: follows {f!r}, not an earlier id")
            else:
                if seen[f].get("split") != d.get("split"):
                    errors.append(f"{where}: follow-up split differs from {f}")
                if seen[f].get("category") != "follow-up" or cat != "follow-up":
                    errors.append(f"{where}: follow-up pair must both be category follow-up")
        seen[qid] = d
        rows.append(d)

    firsts = {d["follows"] for d in rows if "follows" in d}
    for d in rows:
        if d.get("category") == "follow-up" and "follows" not in d and d["id"] not in firsts:
            errors.append(f"{d['id']}: follow-up opener with no follow-up")

    cats = Counter(d.get("category") for d in rows)
    for c, m in MINIMUMS.items():
        if cats[c] < m:
            errors.append(f"category {c}: {cats[c]} < minimum {m}")
    if len(rows) < 90:
        errors.append(f"only {len(rows)} questions (< 90)")
    yn = [d for d in rows if d.get("category") == "yes-no"]
    yn_v = Counter(d.get("verdict") for d in yn)
    if yn_v["yes"] + yn_v["no"] < 22 or not yn_v["yes"] or not yn_v["no"]:
        errors.append(f"yes-no verdicts too few or one-sided: {dict(yn_v)}")

    print(f"{len(rows)} questions")
    print("by category:", dict(sorted(cats.items())))
    print("by split:", dict(Counter(d.get("split") for d in rows)))
    print("by category/split:", dict(sorted(Counter((d.get("category"), d.get("split")) for d in rows).items())))
    print("verdicts (all):", dict(Counter(str(d.get("verdict")) for d in rows)))
    print("verdicts (yes-no):", {str(k): v for k, v in yn_v.items()})
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED))
