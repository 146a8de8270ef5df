"""Measure answers on a labelled question file: verdicts, gold quotes, refusals, per split.

    .venv/bin/python -m evals.answer_eval --index /tmp/devidx evals/devset/questions-a.jsonl

Each line: {"id", "question", "category", "gold": [{"doc", "snippet"}], "verdict": "yes"|"no"|null,
"split": "tune"|"test", "follows": id of the question it follows up (optional)}. An answer quotes
gold when one of its cited clauses (same document id) contains a gold snippet (whitespace
normalised); "gold sentence in text" when the answer's own text quotes the snippet; "gold sentence
leads" when its first quote does. Tune on
split "tune" only; "test" is for reporting."""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from langchain_core.messages import AIMessage, HumanMessage

_QUOTE_MARKS = str.maketrans("", "", "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2032\u2033")


def _norm(text: str) -> str:
    """Case and spacing ignored, and quote marks of any style left out: a snippet copied with
    curly quotes is quoted whether the answer shows them curly or straight."""
    return " ".join(text.translate(_QUOTE_MARKS).split()).lower()


def _verbatim(text: str) -> str:
    """Only spacing and case ignored: the document's own characters, quote marks included."""
    return " ".join(text.split()).lower()


def _holds_gold(hit, gold: list[dict]) -> bool:  # noqa: ANN001 - index.results.Hit
    text = _norm(hit.clause.text)
    return any(g["doc"] == hit.clause.doc_id and _norm(g["snippet"]) in text for g in gold)


def quotes_gold(answer, gold: list[dict]) -> bool:  # noqa: ANN001 - assistant.answer.Answer
    return any(_holds_gold(hit, gold) for hit in answer.cited)


def quotes_gold_sentence(answer, gold: list[dict], norm=_norm) -> bool:  # noqa: ANN001 - assistant.answer.Answer
    """Stricter than `quotes_gold`: the answer's own text quotes a gold snippet, not only cites the
    clause that holds it (what a reader sees without opening the sources)."""
    text = norm(answer.text)
    return any(norm(g["snippet"]).rstrip(".;:,") in text for g in gold)


def gold_sentence_leads(answer, gold: list[dict]) -> bool:  # noqa: ANN001 - assistant.answer.Answer
    """The answer's first quote is of a gold snippet: the clause that answers comes first, not among
    the others (the first line that quotes: after "The protocols say:", or a dates answer's summary)."""
    lead = next((ln for ln in answer.text.splitlines() if "\u201c" in ln or '"' in ln), "")
    return any(_norm(g["snippet"]).rstrip(".;:,") in _norm(lead) for g in gold)


def quotes_gold_verbatim(answer, gold: list[dict]) -> bool:  # noqa: ANN001 - assistant.answer.Answer
    """Stricter again: the snippet is in the answer's text character for character (quote marks and
    apostrophes as the document has them), as a harness that compares plain strings would see it."""
    return quotes_gold_sentence(answer, gold, _verbatim)


def run(
    index_dir: Path, questions_file: Path, show: bool = False, split: str | None = None
) -> dict[str, dict[str, int]]:
    from assistant.services import open_assistant
    from assistant.settings import get_settings

    assistant = open_assistant(get_settings(index_dir=index_dir))
    rows = [json.loads(line) for line in questions_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split is None or r.get("split") == split]
    by_id = {r["id"]: r for r in rows}
    answers: dict[str, object] = {}
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        history = []
        if row.get("follows") in by_id:
            prev = by_id[row["follows"]]
            prev_answer = answers.get(prev["id"]) or assistant.ask(prev["question"])
            history = [HumanMessage(prev["question"]), AIMessage(prev_answer.text)]
        answer = assistant.ask(row["question"], history=history)
        answers[row["id"]] = answer
        s = stats[row.get("split", "all")]
        s["questions"] += 1
        label = row.get("verdict")
        if label:
            s["verdict labels"] += 1
        if answer.verdict:
            s["verdicts given"] += 1
            if label and answer.verdict != label:
                s["wrong verdicts"] += 1
            if not label:
                s["verdicts on unlabelled"] += 1
            # A right verdict whose sentence is in a clause holding a gold snippet (the verdict's
            # clause is quoted first): the rest are right from another council's clause to the
            # same effect, or only by chance.
            if label and answer.verdict == label and answer.cited and _holds_gold(answer.cited[0], row["gold"]):
                s["right from gold clause"] += 1
        if row["gold"]:
            s["with gold"] += 1
            s["quotes gold"] += quotes_gold(answer, row["gold"])
            s["gold sentence in text"] += quotes_gold_sentence(answer, row["gold"])
            s["gold sentence verbatim"] += quotes_gold_verbatim(answer, row["gold"])
            s["gold sentence leads"] += gold_sentence_leads(answer, row["gold"])
            s["false refusals"] += answer.abstained
            # How many clauses an answer quotes, and how many of them hold a gold snippet: a lower
            # bound on the quotes' precision (gold lists the clauses its writer chose, not every
            # clause that says the same).
            s["clauses quoted"] += len(answer.cited)
            s["gold clauses quoted"] += sum(_holds_gold(hit, row["gold"]) for hit in answer.cited)
        elif row.get("category") == "out-of-scope":
            s["out of scope"] += 1
            s["out-of-scope refused"] += answer.abstained
        if show:
            mark = "ok " if (quotes_gold(answer, row["gold"]) if row["gold"] else answer.abstained) else "BAD"
            v = f"{answer.verdict or '-'}/{label or '-'}"
            first = answer.text.splitlines()[0] if answer.text else ""
            print(f"{mark} {row['id']} [{row.get('split')}] {v:8} {row['question'][:70]!r}\n      {first[:150]}")
    return {k: dict(v) for k, v in stats.items()}


COLUMNS = [
    ("questions", None),
    ("verdicts given", None),
    ("wrong verdicts", None),
    ("verdicts on unlabelled", None),
    ("right from gold clause", None),
    ("quotes gold", "with gold"),
    ("gold sentence in text", "with gold"),
    ("gold sentence verbatim", "with gold"),
    ("gold sentence leads", "with gold"),
    ("out-of-scope refused", "out of scope"),
    ("false refusals", "with gold"),
]


def table(name: str, stats: dict[str, dict[str, int]]) -> str:
    head = f"{'file / split':28}" + "".join(f"{c:>24}" for c, _ in COLUMNS)
    lines = [head]
    for split in sorted(stats):
        s = stats[split]
        cells = []
        for col, of in COLUMNS:
            value = s.get(col, 0)
            cells.append(f"{value}/{s.get(of, 0)} ({value / s[of]:.2f})" if of and s.get(of) else str(value))
        lines.append(f"{(name + ' / ' + split):28}" + "".join(f"{c:>24}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path, nargs="+")
    parser.add_argument("--index", type=Path, required=True, help="Index folder built from the questions' documents.")
    parser.add_argument("--split", default=None, help="Only this split (e.g. tune).")
    parser.add_argument("--show", action="store_true", help="Print each question's first answer line.")
    args = parser.parse_args()
    out = []
    for path in args.questions:
        stats = run(args.index, path, args.show, args.split)
        out.append(table(re.sub(r"\.jsonl$", "", path.name), stats))
    print("\n\n".join(out))


if __name__ == "__main__":
    main()
