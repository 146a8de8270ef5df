"""`protocols inspect` on the corpus and on a mix of good and bad files."""

import json

from click.testing import CliRunner

from assistant.cli import main
from tests.conftest import CORPUS


def test_inspect_corpus_lists_every_clause_and_metadata():
    result = CliRunner().invoke(main, ["inspect", str(CORPUS)])
    assert result.exit_code == 0, result.output
    out = result.output
    for council in (
        "Battle Town Council",
        "Mumbles Community Council",
        "Yateley Town Council",
        "Unnamed town council",
        "Finmere Parish Council",
    ):
        assert council in out
    assert "8.2 " in out and "Political Groups" in out
    assert "January 2024" in out  # Battle's next review


def test_inspect_json_gives_full_records():
    result = CliRunner().invoke(main, ["inspect", "--json", str(CORPUS / "yateley-town-council.txt")])
    assert result.exit_code == 0
    docs = json.loads(result.output)
    clause = next(c for c in docs[0]["clauses"] if c["label"] == "8.2")
    assert clause["text"].startswith("Party political groups have no power to require the Town Clerk")
    assert clause["heading"] == "8.0 Political Groups"
    assert clause["council"] == "Yateley Town Council"
    assert docs[0]["meta"]["last_reviewed"] == "2021-02-15"


def test_bad_file_gets_one_line_and_others_still_processed(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    good = tmp_path / "good.txt"
    good.write_text("Little Snoring Parish Council\n\n1.1 The Clerk answers to the council.\n")
    result = CliRunner().invoke(main, ["inspect", str(bad), str(good)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: ")
    assert "Traceback" not in result.output
    assert "The Clerk answers to the council." in result.stdout
    assert "Little Snoring Parish Council" in result.stdout


LONG_CLAUSE = (
    "The Clerk takes instructions only from the full Council or a committee acting under delegated powers. "
    "No individual councillor, including the Chairman, may instruct the Clerk or ask the Clerk to run "
    "personal errands."
)
SNORING = f"""Little Snoring Parish Council
Protocol on Member and Officer Relations

1. Instructions
1.1 {LONG_CLAUSE}
1.2 Councillors should send requests to the Clerk by email.
"""


def test_inspect_full_prints_whole_clauses_wrapped_under_their_label(tmp_path, monkeypatch):
    path = tmp_path / "little-snoring.txt"
    path.write_text(SNORING)
    monkeypatch.setenv("COLUMNS", "60")
    result = CliRunner().invoke(main, ["inspect", "--full", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  council:        Little Snoring Parish Council" in lines[1]  # the metadata as without --full
    head = lines.index("  1.1  ·  1. Instructions")
    body = []
    for line in lines[head + 1 :]:
        if not line.startswith("      "):
            break
        body.append(line)
    assert len(body) > 1 and all(len(line) <= 60 for line in body)  # wrapped to the terminal
    assert " ".join(line.strip() for line in body) == LONG_CLAUSE  # whole, word for word
    assert "  1.2  ·  1. Instructions" in lines
    # Without --full the table is as it was: one line a clause, the text cut short.
    short = CliRunner().invoke(main, ["inspect", str(path)]).output
    assert "personal errands." not in short and "…" in short
