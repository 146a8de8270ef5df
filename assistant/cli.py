"""`protocols` command line: a thin layer over the library. Project errors become one line on
stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from evals.devset import SETS as DEV_SETS  # (names only: the standard library, nothing heavy)
from ingest.errors import ProtocolError

# Nothing heavy is imported here: `protocols --help`, `inspect` and argument errors stay fast.
# Each command imports what it needs.


def get_settings(**overrides: object):  # noqa: ANN201 - assistant.settings.Settings
    from assistant.settings import get_settings as settings_from_env

    return settings_from_env(**overrides)


class WriterChoice(click.ParamType):
    """The registered answer writers (assistant/writers/), looked up only when the option is used."""

    name = "writer"

    def get_metavar(self, *args: object, **kwargs: object) -> str:
        from assistant.writers import available

        return "[" + "|".join(available()) + "]"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from assistant.writers import available

        if value not in available():
            self.fail(f"{value!r} is not one of {', '.join(available())}", param, ctx)
        return str(value)


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def _run(fn):  # noqa: ANN001, ANN202 - decorator
    """Turn the project's own exceptions into a one-line error and exit status 1."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        try:
            return fn(*args, **kwargs)
        except ProtocolError as exc:
            _fail(str(exc))
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - a bug: one line, unless debugging
            if os.environ.get("PROTOCOLS_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {exc}) - rerun with PROTOCOLS_DEBUG=1 for details")
            sys.exit(2)

    return wrapper


@click.group(help="Ask questions about council member/officer protocols, citing the clauses.")
def main() -> None:
    pass


@main.command(help="Show how files parse: metadata (and where it came from) and every clause.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print full records as JSON.")
@click.option(
    "--full", is_flag=True, help="Print each clause's whole text, wrapped to the terminal, under its label and heading."
)
@_run
def inspect(files: tuple[Path, ...], as_json: bool, full: bool) -> None:
    from assistant.services import parse_file
    from assistant.view import document_text
    from ingest.document import expand_paths

    settings = get_settings()
    failures = 0
    docs = []
    for path in expand_paths(list(files)):
        try:
            doc = parse_file(settings, path)
        except ProtocolError as exc:
            _fail(str(exc))
            failures += 1
            continue
        if as_json:
            docs.append(
                {
                    "path": doc.path,
                    "doc_id": doc.doc_id,
                    "meta": doc.meta.to_dict(),
                    "pages": doc.pages,
                    "clauses": [c.to_dict() for c in doc.clauses],
                }
            )
        elif full:
            import shutil

            click.echo(document_text(doc, max(40, shutil.get_terminal_size().columns - 1), full=True))
        else:
            click.echo(document_text(doc))
    if as_json:
        click.echo(json.dumps(docs, indent=2, ensure_ascii=False))
    if failures:
        sys.exit(1)


BATCH_OPTION = click.option(
    "--batch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='File of JSON lines {"id": ..., "question": ...}; prints one JSON line each, in order.',
)
COUNCIL_OPTION = click.option("--council", multiple=True, help="Only this council (repeatable; a place name will do).")
DOCUMENT_OPTION = click.option(
    "--document", multiple=True, help="Only this document: its id (the file name, e.g. yateley-town-council) or title."
)
INDEX_OPTION = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Index folder (default: PROTOCOLS_INDEX_DIR or <data dir>/index).",
)


@main.command(
    help="Parse, embed and index protocol files and folders. Only new or changed "
    "documents are embedded; documents whose file is gone are removed."
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@INDEX_OPTION
@click.option("--rebuild", is_flag=True, help="Start a fresh index instead of updating.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only errors and the summary.")
@click.option(
    "--lock-timeout",
    type=float,
    default=None,
    help="Seconds to wait for another ingest of the same index to finish (default: setting lock_timeout).",
)
@_run
def ingest(
    paths: tuple[Path, ...], index_dir: Path | None, rebuild: bool, quiet: bool, lock_timeout: float | None
) -> None:
    from assistant.services import run_ingest
    from ingest.errors import printable

    settings = get_settings(index_dir=index_dir, lock_timeout=lock_timeout)
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is None:
            from tqdm import tqdm

            # disable=None: no bar when stderr is not a terminal (scripts, CI, pipes)
            bar = tqdm(total=total, desc="embedding", unit="passage", file=sys.stderr, disable=None)
        bar.update(done - bar.n)

    def notice(message: str) -> None:
        click.echo(message, err=True)

    report = run_ingest(settings, list(paths), rebuild=rebuild, progress=progress, on_error=_fail, on_notice=notice)
    if bar is not None:
        bar.close()
    if not quiet:
        for label, items in (("added", report.added), ("updated", report.updated), ("removed", report.removed)):
            for item in items:
                click.echo(f"{label}: {printable(item)}")
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@main.command(
    help="Check an index: CURRENT, its version folder, SQLite integrity, the FAISS vectors, counts and "
    "model; says what to do if anything is wrong. Exit status 0 when healthy, 1 otherwise."
)
@INDEX_OPTION
@_run
def doctor(index_dir: Path | None) -> None:
    from assistant.scope import read_gate
    from index.doctor import check_index

    settings = get_settings(index_dir=index_dir)
    report = check_index(settings.resolved_index_dir, settings.model)
    # (what decides that the protocols don't cover a question: not the index's health, but a reason a
    # trained gate is not used is worth knowing)
    gate, why = read_gate(settings.model) if settings.answer.scope_gate else (None, "turned off")
    click.echo(f"scope check: {why}" if gate else f"scope check: the margin rule ({why})")
    click.echo(report.text())
    sys.exit(0 if report.healthy else 1)


def run() -> None:
    """The `protocols` console script: one command in a process of its own (see `_loaded`)."""
    main(obj={"own_process": True})


def _loaded() -> None:
    """Called once a command has loaded its index. In a process of its own (the console script, not
    a caller's `main()`), what was loaded is frozen for the collector: it is in use until the
    process ends, and a full pass over it takes 0.07 s at 10,000 protocols (exiting ran several:
    0.25 s of a cold `ask`). What the command makes afterwards is collected as usual."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and isinstance(ctx.obj, dict) and ctx.obj.get("own_process"):
        import gc

        gc.freeze()


def _questions(text: str | None, batch: Path | None) -> list[dict]:
    """The one question given, or those of a --batch file (exactly one of the two)."""
    if text is None and batch is None:
        raise click.UsageError("give a question, e.g. 'Must the Clerk attend a party group meeting?', or --batch FILE")
    if text is not None and batch is not None:
        raise click.UsageError("give a question or --batch FILE, not both")
    return _read_batch(batch) if batch else [{"id": None, "question": text}]


def _require_text(text: str | None) -> None:
    """An empty or blank question is a usage error, found before anything is loaded."""
    if text is not None and not text.strip():
        raise click.UsageError(
            "the question is empty - type a question, e.g. 'Must the Clerk attend a party group meeting?'"
        )


def _read_batch(path: Path) -> list[dict]:
    """JSON lines `{"id": ..., "question": ...}`. A bad line keeps its place as an item with an
    "error" (a one-line message naming the file and line): the good lines are still answered."""
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            item = None
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                    raise ValueError('expected an object with a "question" string')
                items.append(item)
            except ValueError as exc:
                known = item.get("id") if isinstance(item, dict) else None
                items.append({"id": known, "error": f"{path}:{n}: not a valid question line ({exc})"})
    return items


def _bad_line(item: dict) -> bool:
    """A batch line that could not be read: its one-line error to stderr and, in its place in the
    output, a JSON line with the error, so the answers still line up with the questions."""
    if "error" not in item:
        return False
    _fail(item["error"])
    click.echo(json.dumps({"id": item["id"], "error": item["error"]}, ensure_ascii=False))
    return True


@main.command(help="Find the clauses that answer a question (hybrid dense + BM25 search).")
@click.argument("query", required=False)
@COUNCIL_OPTION
@DOCUMENT_OPTION
@click.option("-k", "k", type=click.IntRange(min=1), default=None, help="How many clauses (default: setting k, 5).")
@click.option("--json", "as_json", is_flag=True, help="JSON output (one object per query).")
@BATCH_OPTION
@INDEX_OPTION
@_run
def search(
    query: str | None,
    council: tuple[str, ...],
    document: tuple[str, ...],
    k: int | None,
    as_json: bool,
    batch: Path | None,
    index_dir: Path | None,
) -> None:
    from assistant.citations import citation
    from assistant.services import open_index
    from assistant.view import hits_text
    from index.catalogue import resolve_names

    _require_text(query)
    settings = get_settings(index_dir=index_dir, k=k)
    items = _questions(query, batch)  # argument mistakes before anything is loaded
    councils, documents = resolve_names(settings.resolved_index_dir, council, document)
    index = open_index(settings, warm=True)
    _loaded()
    bad = 0
    for item in items:
        if _bad_line(item):
            bad += 1
            continue
        result = index.search(item["question"], councils=councils, documents=documents)
        cites = [citation(h) for h in result.hits]
        if as_json or batch:
            out = {"id": item.get("id"), "query": item["question"], "results": cites}
            click.echo(json.dumps(out, ensure_ascii=False))
        else:
            click.echo(hits_text(result, cites))
    sys.exit(1 if bad else 0)


@main.command(help="Answer a question with cited clauses (offline by default), or say the protocols don't cover it.")
@click.argument("question", required=False)
@COUNCIL_OPTION
@DOCUMENT_OPTION
@click.option(
    "-k", "k", type=click.IntRange(min=1), default=None, help="Clauses to retrieve before answering (default 5)."
)
@click.option(
    "--llm",
    type=WriterChoice(),
    default=None,
    help="Answer writer: none (offline extractive, default), ollama, or openai (any OpenAI-compatible API; "
    "OPENAI_BASE_URL, OPENAI_API_KEY, PROTOCOLS_LLM_MODEL).",
)
@click.option("--json", "as_json", is_flag=True, help="JSON output: id, question, answer, abstained, citations, notes.")
@BATCH_OPTION
@INDEX_OPTION
@_run
def ask(
    question: str | None,
    council: tuple[str, ...],
    document: tuple[str, ...],
    k: int | None,
    llm: str | None,
    as_json: bool,
    batch: Path | None,
    index_dir: Path | None,
) -> None:
    from assistant.services import open_assistant
    from assistant.view import answer_text
    from index.catalogue import resolve_names

    _require_text(question)
    settings = get_settings(index_dir=index_dir, k=k, llm=llm)
    items = _questions(question, batch)  # argument mistakes before anything is loaded
    councils, documents = resolve_names(settings.resolved_index_dir, council, document)
    assistant = open_assistant(settings, warm=True)
    _loaded()
    bad = 0
    for item in items:
        if _bad_line(item):
            bad += 1
            continue
        answer = assistant.ask(item["question"], councils=councils, documents=documents)
        if as_json or batch:
            click.echo(json.dumps(answer.to_json(item.get("id")), ensure_ascii=False))
        else:
            click.echo(answer_text(answer))
    sys.exit(1 if bad else 0)


@main.command(
    help="Talk to the assistant: one question a line, follow-ups welcome ('what about Battle?'); "
    "'exit' or end of input (Ctrl-D) to stop."
)
@COUNCIL_OPTION
@click.option("--llm", type=WriterChoice(), default=None, help="Answer writer (as for ask).")
@INDEX_OPTION
@_run
def chat(council: tuple[str, ...], llm: str | None, index_dir: Path | None) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    from assistant.services import open_assistant
    from assistant.view import answer_text
    from index.catalogue import resolve_names

    settings = get_settings(index_dir=index_dir, llm=llm)
    councils, _ = resolve_names(settings.resolved_index_dir, council, ())
    assistant = open_assistant(settings, warm=True)
    _loaded()
    history: list = []
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        if line.strip().lower() in {"exit", "quit", "bye"}:
            break
        if not line.strip():
            continue
        if not interactive:  # piped questions are not on screen: say which answer is whose
            click.echo(f"> {line.strip()}")
        answer = assistant.ask(line, councils=councils, history=history)
        history += [HumanMessage(line), AIMessage(answer.text)]
        click.echo(answer_text(answer) + "\n")


@main.command(
    help="Compare councils: each council's most relevant clause(s) for a question, or 'no equivalent provision found'."
)
@click.argument("question")
@click.option(
    "--council", "council", multiple=True, help="Compare only these councils (repeatable; a place name will do)."
)
@click.option("--markdown", is_flag=True, help="Markdown table.")
@click.option("--json", "as_json", is_flag=True, help="JSON: the question and one row per council.")
@INDEX_OPTION
@_run
def compare(question: str, council: tuple[str, ...], markdown: bool, as_json: bool, index_dir: Path | None) -> None:
    from assistant.compare import compare as run_compare
    from assistant.compare import dumps, rows_to_json, shown_note
    from assistant.services import open_assistant
    from assistant.view import compare_markdown, compare_table
    from index.catalogue import resolve_names

    _require_text(question)
    settings = get_settings(index_dir=index_dir)
    councils, _ = resolve_names(settings.resolved_index_dir, council, ())
    assistant = open_assistant(settings, warm=True)
    _loaded()
    indexed = len(assistant.index.councils)
    # "hello", "when are the bins collected?": the reply `ask` gives, not a table of gaps.
    if refusal := assistant.refusal(question, topic=True):
        click.echo(dumps({"question": question, "refusal": refusal, "rows": []}) if as_json else refusal)
        return
    rows = run_compare(assistant.index, assistant.scope, question, settings.answer, councils=councils)
    if as_json:
        click.echo(dumps(rows_to_json(question, rows, indexed)))
        return
    click.echo(compare_markdown(question, rows) if markdown else compare_table(question, rows))
    if note := shown_note(rows, indexed, chosen=bool(councils)):
        click.echo(note)


@main.command(
    "eval",
    help="Measure retrieval against the textbook baseline (RecursiveCharacterTextSplitter 1000/200 + same model "
    "+ flat FAISS) on the development set (fresh questions on the five seeds; 26 protocols of other councils in "
    "real-world formats, split by document into tune and test, each split on an index of its own documents) and "
    "on the original questions (evals/questions.jsonl, with answer figures). Writes evals/results/*.json.",
)
@click.option("--k", "k", type=int, default=5, show_default=True, help="Cut-off for hit@k and coverage@k.")
@click.option(
    "--sets",
    default=",".join([*DEV_SETS[1:], "original"]),
    show_default=True,
    help=f"Which question sets, comma-separated: {', '.join([*DEV_SETS, 'original'])}.",
)
@click.option(
    "--split",
    type=click.Choice(["all", "tune", "holdout"]),
    default="all",
    show_default=True,
    help="For the original set: the questions used while tuning, those held out, or all.",
)
@click.option("--no-baseline", is_flag=True, help="Skip the baseline (faster).")
@click.option("--no-save", is_flag=True, help="Do not write evals/results/*.json.")
@INDEX_OPTION
@_run
def eval_cmd(k: int, sets: str, split: str, no_baseline: bool, no_save: bool, index_dir: Path | None) -> None:
    from assistant.services import open_assistant
    from evals.dataset import load_questions
    from evals.devset import format_sets, run_sets
    from evals.run import evaluate_answers, format_answers, run, write_results

    settings = get_settings(index_dir=index_dir)
    chosen = [s.strip() for s in sets.split(",") if s.strip()]
    known = {*DEV_SETS, "original"}
    if unknown := [s for s in chosen if s not in known]:
        raise click.UsageError(f"unknown set {', '.join(unknown)} (choose from {', '.join(sorted(known))})")
    report: dict = {}
    dev_sets = tuple(s for s in chosen if s != "original")
    if dev_sets:
        click.echo("building the evaluation indexes (only the first run embeds)...", err=True)
        dev = run_sets(settings, k, dev_sets, baseline=not no_baseline)
        click.echo(format_sets(dev, k) + "\n")
        report["devset"] = dev
    if "original" in chosen:
        if index_dir is None:  # the original questions are about corpus/: an index of exactly that
            from evals.devset import CORPUS, build_index

            index_dir = settings.data_dir / "eval-indexes" / "original"
            build_index(sorted(CORPUS.glob("*.txt")), index_dir, settings)
            settings = settings.model_copy(update={"index_dir": index_dir})
        assistant = open_assistant(settings, warm=True)
        original, table = run(assistant.index, settings, k=k, split=split, baseline=not no_baseline)
        click.echo("Original questions (evals/questions.jsonl, written and tuned against the five seeds):")
        click.echo(table)
        questions = [q for q in load_questions() if split == "all" or q.split == split]
        answers = evaluate_answers(assistant, questions)
        original.update(answers)
        click.echo("\n" + format_answers(answers["answers"]))
        report.update(original)
    if not no_save:
        path = write_results(report, settings, k, {"split": split, "sets": chosen})
        click.echo(f"\nresults written to {path}")


if __name__ == "__main__":  # pragma: no cover
    main()
