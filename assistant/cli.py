"""`protocols` command line: a thin layer over the library. Project errors become one line on
stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.settings import get_settings
from ingest.errors import ProtocolError


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

    return wrapper


@click.group(help="Ask questions about council member/officer protocols, citing the clauses.")
def main() -> None:
    pass


@main.command(help="Show how files parse: metadata (and where it came from) and every clause.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print full records as JSON.")
@_run
def inspect(files: tuple[Path, ...], as_json: bool) -> None:
    from ingest.document import expand_paths, parse_document
    from ingest.formatting import format_document

    settings = get_settings()
    failures = 0
    docs = []
    for path in expand_paths(list(files)):
        try:
            doc = parse_document(path, max_bytes=int(settings.max_file_mb * 2**20))
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
        else:
            click.echo(format_document(doc))
    if as_json:
        click.echo(json.dumps(docs, indent=2, ensure_ascii=False))
    if failures:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
