"""Every labelled answer set, each on the index of the documents its questions are about: verdicts
given and wrong, gold clause cited, gold sentence quoted, refusals. The sets kept unread (blind
evidence for later sessions) are run only with --unread, and then only their counts are printed.

    .venv/bin/python -m evals.answer_sets            # every read set (about a minute once indexed)
    .venv/bin/python -m evals.answer_sets --unread   # the unread sets, counts only
    .venv/bin/python -m evals.answer_sets --unread --only verdict-questions-fresh28   # one set

Indexes are built once under data/eval-indexes/answers/ (an ingest of each document set) and
reused while their documents and the parser are unchanged (ingest skips unchanged files)."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from evals.devset import PROBES

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "evals" / "devset"
INDEXES = ROOT / "data" / "eval-indexes" / "answers"

# The probes from AA on (evals/devset.py PROBES): each has an index of its own documents and one with the seeds.
_LATER_PROBES = PROBES[PROBES.index("aa") :]
# The documents each index holds (folders under the repository).
DOCUMENTS = {
    "corpus": ["corpus"],
    "dev": ["evals/devset/docs"],
    "many": ["corpus", "evals/devset/docs", "evals/devset/docs-c", "evals/devset/docs-e"],
    **{f"seeds-{x}": ["corpus", f"evals/devset/docs-{x}"] for x in (*"cefghijklmnopqrstuvwxyz", *_LATER_PROBES)},
    **{f"probe-{x}": [f"evals/devset/docs-{x}"] for x in (*"cdefghijqrstuvwxyz", *_LATER_PROBES)},
}
# Each read question file and its index (fresh4 to fresh18 and the seed, dev and blind-test verdict
# files on one index of 47 documents; fresh19 on, the seeds with one probe's documents).
READ = {
    **{
        name: "many"
        for name in (
            [f"verdict-questions-fresh{n}" for n in range(4, 19)]
            + ["verdict-questions-seed", "verdict-questions-dev", "verdict-questions-blind-test"]
        )
    },
    "verdict-questions-fresh19": "seeds-k",
    "verdict-questions-fresh20": "seeds-l",
    "verdict-questions-fresh21": "seeds-m",
    "verdict-questions-fresh22": "seeds-n",
    "verdict-questions-fresh23": "seeds-o",
    "verdict-questions-fresh26": "seeds-q",
    "verdict-questions-fresh30": "seeds-m",
    # (fresh28 and fresh32: kept unread until the twenty-eighth session, which read their misses)
    "verdict-questions-fresh28": "seeds-o",
    "verdict-questions-fresh32": "seeds-j",
    "scope-questions": "seeds-e",
    **{f"questions-{x}": f"seeds-{x}" for x in "klmnop"},
    "seed-questions": "corpus",
    "questions-a": "dev",
    "questions-b": "dev",
    **{f"questions-{x}": f"probe-{x}" for x in "cdefghij"},
    # (probe R: its blind first run, then its wrong verdict and false refusals read, in the twentieth session)
    "questions-r": "probe-r",
    # (probe S: its blind first run in the twenty-second session, then its wrong verdict, out-of-scope
    # misses and documents read)
    "questions-s": "probe-s",
    # (probe U: its blind first run in the thirtieth session, then its documents and its three wrong
    # verdicts read)
    "questions-u": "probe-u",
}
# Kept unread: their figures are evidence nothing was fitted on.
UNREAD = {
    "verdict-questions-fresh24": "seeds-p",
    "verdict-questions-fresh25": "seeds-l",
    "verdict-questions-fresh27": "seeds-k",
    "verdict-questions-fresh29": "seeds-n",
    "verdict-questions-fresh31": "seeds-e",
    "verdict-questions-fresh33": "seeds-r",
    "verdict-questions-fresh34": "seeds-h",
    "verdict-questions-fresh35": "seeds-g",
    "verdict-questions-fresh36": "seeds-s",
    "verdict-questions-fresh37": "seeds-i",
    "questions-q": "probe-q",
    # (twenty-ninth session: a new officer's and a new councillor's who/what/when questions on the seeds)
    "induction-questions-fresh38": "corpus",
    # (probe T: eight documents in new forms and their questions, twenty-ninth session)
    "questions-t": "probe-t",
    # (probe V: eight documents in new forms and their questions, thirtieth session)
    "questions-v": "probe-v",
    # (probe W: eight documents in new forms and their questions, thirty-first session)
    "questions-w": "probe-w",
    # (probe X: eight documents in new forms and their questions, written late in the thirty-first session)
    "questions-x": "probe-x",
    # (probe Y: eight ordinary protocols as councils publish them, and their questions, thirty-second session)
    "questions-y": "probe-y",
    # (thirty-second session: blind yes/no questions on the seeds and probe Y's documents)
    "verdict-questions-fresh39": "seeds-y",
    # (probe Z: eight ordinary protocols as councils publish them, and their questions, thirty-third session)
    "questions-z": "probe-z",
    # (thirty-third session: blind yes/no questions on the seeds and probe Q's documents)
    "verdict-questions-fresh40": "seeds-q",
    # (thirty-fourth session: blind yes/no questions on the seeds with probe Z's, and with probe W's, documents)
    "verdict-questions-fresh41": "seeds-z",
    "verdict-questions-fresh42": "seeds-w",
    # (probe AA: eight ordinary protocols as councils publish them, and their questions, thirty-fifth session)
    "questions-aa": "probe-aa",
    # (thirty-fifth session: blind yes/no questions on the seeds with probe T's documents)
    "verdict-questions-fresh43": "seeds-t",
    # (thirty-fifth session: blind yes/no questions on the seeds with probe AA's documents)
    "verdict-questions-fresh44": "seeds-aa",
    # (probe AB: eight more protocols as councils publish them, and their questions, thirty-sixth session)
    "questions-ab": "probe-ab",
    # (thirty-sixth session: blind yes/no questions on the seeds with probe AB's documents)
    "verdict-questions-fresh45": "seeds-ab",
    # (thirty-sixth session: blind yes/no questions on the seeds with probe AB's documents, run first on
    # the session's final code)
    "verdict-questions-fresh46": "seeds-ab",
    # (probe AC: eight more protocols as councils publish them, and their questions, thirty-seventh session)
    "questions-ac": "probe-ac",
    # (thirty-seventh session: blind yes/no questions on the seeds with probe AC's documents)
    "verdict-questions-fresh47": "seeds-ac",
    # (thirty-seventh session: blind yes/no questions on the seeds with probe AC's documents, written
    # near the end by another helper)
    "verdict-questions-fresh48": "seeds-ac",
    # (thirty-eighth session: blind yes/no questions on the seeds with probe M's, and with probe O's, documents)
    "verdict-questions-fresh49": "seeds-m",
    "verdict-questions-fresh50": "seeds-o",
    # (thirty-eighth session: blind yes/no questions on the seeds with probe J's, and with probe R's, documents,
    # written midway and run first on the session's code of their moment)
    "verdict-questions-fresh51": "seeds-j",
    "verdict-questions-fresh52": "seeds-r",
    # (thirty-eighth session: blind yes/no questions on the seeds with probe K's, and with probe L's, documents,
    # written near the end and run first on the session's final code)
    "verdict-questions-fresh53": "seeds-k",
    "verdict-questions-fresh54": "seeds-l",
    # (thirty-eighth session: blind yes/no questions on the seeds with probe N's, and with probe T's, documents,
    # written at its end and run first on its final code)
    "verdict-questions-fresh55": "seeds-n",
    "verdict-questions-fresh56": "seeds-t",
    "verdict-questions-fresh57": "seeds-u",
    "verdict-questions-fresh58": "seeds-v",
    "verdict-questions-fresh59": "seeds-x",
    "verdict-questions-fresh60": "seeds-s",
    "verdict-questions-fresh61": "seeds-f",
    "verdict-questions-fresh62": "seeds-c",
    "verdict-questions-fresh63": "seeds-y",
    "verdict-questions-fresh64": "seeds-w",
    "verdict-questions-fresh65": "seeds-z",
    "verdict-questions-fresh66": "seeds-h",
    # (fortieth session: blind yes/no questions on the seeds with probe G's, and with probe I's, documents, run
    # first on the session's code of their moment and on its start code)
    "verdict-questions-fresh67": "seeds-g",
    "verdict-questions-fresh68": "seeds-i",
    # (forty-first session: blind out-of-scope near misses and in-scope look-alikes, 20 each, on the seeds with
    # probe U's, and with probe V's, documents; run first on the session's start code and with the scope gate)
    "scope-questions-fresh69": "seeds-u",
    "scope-questions-fresh70": "seeds-v",
    # (forty-second session: blind yes/no questions on the seeds with probe X's documents, run first on the
    # session's start code)
    "verdict-questions-fresh71": "seeds-x",
    # (probe AD: eight more protocols as councils publish them, and their questions, forty-second session)
    "questions-ad": "probe-ad",
    # (forty-second session: blind yes/no questions on the seeds with probe AD's documents, run first on the
    # session's code after probe AD's parse fixes)
    "verdict-questions-fresh72": "seeds-ad",
    # (probe AE: eight more protocols as councils publish them, and their questions, forty-second session)
    "questions-ae": "probe-ae",
    # (forty-second session: blind yes/no questions on the seeds with probe AE's documents, run first on the
    # session's code after probe AE's parse fixes)
    "verdict-questions-fresh73": "seeds-ae",
    # (probe AF: eight more protocols as councils publish them, and their questions, forty-second session)
    "questions-af": "probe-af",
    # (probes AG and AH: eight more protocols each, local councils and principal councils, as they publish them,
    # and their questions, forty-third session)
    "questions-ag": "probe-ag",
    "questions-ah": "probe-ah",
    # (probes AI and AJ: eight more protocols each, local and principal councils, forty-third session)
    "questions-ai": "probe-ai",
    "questions-aj": "probe-aj",
    # (forty-fourth session: probes AK and AL, unread; their blind first runs on the session's start code)
    "questions-ak": "probe-ak",
    "questions-al": "probe-al",
    # (probes AM and AN: eight more protocols each, local and principal councils, forty-fifth session)
    "questions-am": "probe-am",
    "questions-an": "probe-an",
    # (probes AO and AP: eight more each, local and principal councils, forty-fifth session, run first on 61ba2c2)
    "questions-ao": "probe-ao",
    "questions-ap": "probe-ap",
    # (forty-third session: blind yes/no questions on the seeds with probe AG's, and with probe AH's, documents, run
    # first on the session's start code)
    "verdict-questions-fresh76": "seeds-ag",
    "verdict-questions-fresh77": "seeds-ah",
    # (forty-fourth session: blind yes/no questions on the seeds with probe AI's, and with probe AJ's, documents,
    # run first on the session's start code)
    "verdict-questions-fresh78": "seeds-ai",
    "verdict-questions-fresh79": "seeds-aj",
    # (and, written after probes AK's and AL's documents had been read, not their questions, on the seeds with
    # their documents; run first on the session's start code)
    "verdict-questions-fresh80": "seeds-ak",
    "verdict-questions-fresh81": "seeds-al",
    # (forty-fifth session: blind yes/no questions on the seeds with probe AN's, and with probe AM's, documents,
    # written before either probe's documents were read; run first on the session's start code)
    "verdict-questions-fresh82": "seeds-an",
    "verdict-questions-fresh83": "seeds-am",
    # (and on the seeds with probe AD's, and with probe AE's, documents, written while the session's parse v92 was
    # being measured; run first, blind, on that code)
    "verdict-questions-fresh84": "seeds-ad",
    "verdict-questions-fresh85": "seeds-ae",
    # (forty-third session: blind yes/no questions on the seeds with probe AF's, and with probe AC's, documents,
    # run first on the session's start code)
    "verdict-questions-fresh74": "seeds-af",
    "verdict-questions-fresh75": "seeds-ac",
}
COUNTS = (
    "verdicts given",
    "wrong verdicts",
    "verdicts on unlabelled",
    "right from gold clause",
    "quotes gold",
    "gold sentence in text",
    "gold sentence leads",
    "with gold",
    "out-of-scope refused",
    "out of scope",
    "false refusals",
    "clauses quoted",
    "gold clauses quoted",
)


def index_for(name: str) -> Path:
    """The index of a document set, ingested (or brought up to date) first. An index holding
    documents from anywhere else is rebuilt from the set's own (from the embedding cache): a run
    from another checkout of this repository (a `git worktree` of an older commit, to compare)
    would otherwise add its copies of the same files beside these, under other ids."""
    from assistant.services import run_ingest
    from assistant.settings import get_settings

    folder = INDEXES / name
    roots = [ROOT / d for d in DOCUMENTS[name]]
    run_ingest(get_settings(index_dir=folder), roots, rebuild=bool(foreign_sources(folder, roots)))
    return folder


def foreign_sources(folder: Path, roots: list[Path]) -> list[str]:
    """The documents of the index in `folder` whose files are not under `roots`."""
    from index.build import absolute, asked_about
    from index.store import DB_NAME, ClauseStore, connect, current_version

    live = current_version(folder)
    if live is None or not (live / DB_NAME).exists():
        return []
    store = ClauseStore(connect(live / DB_NAME, readonly=True))
    try:
        under = [str(absolute(r)) for r in roots]
        return [d.source for d in store.documents() if not asked_about(d.source, under)]
    finally:
        store.conn.close()


def _of(n: int, total: int) -> str:
    return f"{n}/{total} ({n / total:.2f})" if total else "-"


def markdown_table(results: dict[str, dict]) -> str:
    """A results file of this module as a Markdown table, one row per set and split, so the README's
    tables are printed from a run rather than copied by hand."""
    rows = [
        "| set (split) | questions | labelled yes/no | verdicts on labelled (+ on unlabelled) | wrong "
        "| gold clause cited | gold sentence quoted | gold sentence first | out of scope refused "
        "| answerable refused |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, entry in results.items():
        for split, c in sorted(entry["splits"].items()):
            answerable = c.get("with gold", 0)
            # ("verdicts given" counts every verdict; the target counts those on labelled questions)
            on_unlabelled = c.get("verdicts on unlabelled", 0)
            unlabelled = f" (+{on_unlabelled})" if on_unlabelled else ""
            oos = f"{c.get('out-of-scope refused', 0)}/{c['out of scope']}" if c.get("out of scope") else "-"
            rows.append(
                f"| {name} ({split}) | {c.get('questions', 0)} | {c.get('verdict labels', 0)} "
                f"| {c.get('verdicts given', 0) - on_unlabelled}{unlabelled} | {c.get('wrong verdicts', 0)} "
                f"| {_of(c.get('quotes gold', 0), answerable)} | {_of(c.get('gold sentence in text', 0), answerable)} "
                f"| {_of(c.get('gold sentence leads', 0), answerable)} | {oos} "
                f"| {c.get('false refusals', 0)}/{answerable} |"
            )
    return "\n".join(rows)


def main() -> None:
    from evals.answer_eval import run

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unread", action="store_true", help="Run the unread sets instead (counts only).")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="Only these sets (question file names).")
    parser.add_argument("--table", type=Path, metavar="RESULTS", help="Print a results file as a Markdown table.")
    args = parser.parse_args()
    if args.table:
        print(markdown_table(json.loads(args.table.read_text(encoding="utf-8"))))
        return
    sets = UNREAD if args.unread else READ
    if args.only:
        unknown = set(args.only) - set(sets)
        if unknown:
            parser.error(f"not among the {'unread' if args.unread else 'read'} sets: {', '.join(sorted(unknown))}")
        sets = {name: docs for name, docs in sets.items() if name in args.only}
    built: dict[str, Path] = {}
    total: Counter = Counter()
    out: dict[str, dict] = {}
    for name, docs in sets.items():
        if docs not in built:
            built[docs] = index_for(docs)
        stats = run(built[docs], DEVSET / f"{name}.jsonl")
        counts: Counter = Counter()
        for split in stats.values():
            counts.update(split)
        total.update(counts)
        out[name] = {"index": docs, "splits": stats}
        print(name, {k: counts[k] for k in COUNTS}, flush=True)
    print("TOTAL", {k: total[k] for k in COUNTS})
    stamp = time.strftime("%Y%m%dT%H%M%S")
    results = ROOT / "evals" / "results" / f"answers-{'unread-' if args.unread else ''}{stamp}.json"
    results.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(f"written {results.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
