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
