"""Retrieval with the real bundled model on the real corpus, through the CLI and the library."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from assistant.citations import CITATION_KEYS
from assistant.cli import main
from assistant.settings import Settings
from tests.conftest import CORPUS
from tests.documents import unseen_protocol_pdf

pytestmark = pytest.mark.model


def refs(hits):
    return {(h.clause.council.split()[0], h.clause.label) for h in hits}


def test_ingest_summary_and_rerun(corpus_index):
    result = CliRunner().invoke(main, ["ingest", "--index", str(corpus_index), str(CORPUS)])
    assert result.exit_code == 0
    assert result.output.strip().startswith("0 added, 0 updated, 0 removed, 5 unchanged")


def test_search_json_is_the_public_citation_format(corpus_index):
    result = CliRunner().invoke(
        main,
        ["search", "--index", str(corpus_index), "--json", "-k", "3", "Must the Clerk attend a party group meeting?"],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"id", "query", "results"}
    assert len(out["results"]) == 3
    first = out["results"][0]
    assert tuple(first) == CITATION_KEYS
    assert [r["rank"] for r in out["results"]] == [1, 2, 3]
    yateley = next(r for r in out["results"] if r["council"] == "Yateley Town Council")
    assert yateley["clause"] == "8.2"
    assert yateley["text"].startswith("Party political groups have no power to require the Town Clerk")
    assert yateley["text"].endswith("even if he/she has been styled as 'Leader' of the council.")
    assert yateley["source"].endswith("corpus/yateley-town-council.txt")
    assert yateley["heading"] == "8.0 Political Groups"


def test_batch_search_answers_in_order(corpus_index, tmp_path):
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps(x)
            for x in [
                {"id": "a", "question": "When is Battle's protocol due for review?"},
                {"id": 7, "question": "Can I blind copy a councillor into emails?"},
                {"id": "c", "question": "Who approves press releases?"},
            ]
        )
        + "\n"
    )
    result = CliRunner().invoke(main, ["search", "--index", str(corpus_index), "--batch", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [x["id"] for x in lines] == ["a", 7, "c"]
    assert lines[0]["results"][0]["council"] == "Battle Town Council"
    assert lines[0]["results"][0]["clause"] == "Adoption and review"


def test_batch_with_a_bad_line_is_a_one_line_error(corpus_index, tmp_path):
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": 1, "question": "ok"}\nnot json\n')
    result = CliRunner().invoke(main, ["search", "--index", str(corpus_index), "--batch", str(batch)])
    assert result.exit_code == 1
    message = f"{batch}:2: not a valid question line (Expecting value: line 1 column 1 (char 0))"
    assert result.stderr.strip() == f"error: {message}"
    # Nothing is lost: the good line is still searched, and the bad one keeps its place.
    first, second = (json.loads(x) for x in result.stdout.splitlines())
    assert first["id"] == 1 and first["results"]
    assert second == {"id": None, "error": message}


def test_ask_batch_answers_the_good_lines_around_a_bad_one(corpus_index, tmp_path):
    batch = tmp_path / "mixed.jsonl"
    batch.write_text(
        '{"id": "a", "question": "Can I blind copy another councillor into my emails?"}\n'
        '{"id": "b", "query": "no question here"}\n'
        '["not", "an", "object"]\n'
        '{"id": "d", "question": "Who approves press releases?"}\n'
    )
    result = CliRunner().invoke(main, ["ask", "--index", str(corpus_index), "--batch", str(batch)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", None, "d"]
    assert lines[0]["citations"] and lines[3]["citations"]
    assert lines[1]["error"] == f'{batch}:2: not a valid question line (expected an object with a "question" string)'
    assert "error" in lines[2] and ":3:" in lines[2]["error"]
    assert result.stderr.count("error: ") == 2


def test_search_without_an_index_says_how_to_build_one(tmp_path):
    result = CliRunner().invoke(main, ["search", "--index", str(tmp_path / "none"), "anything"])
    assert result.exit_code == 1
    assert "no index here yet - build it with `protocols ingest corpus/`" in result.stderr
    assert "Traceback" not in result.output


def test_clerk_and_party_group_across_vocabularies(real_index):
    got = refs(real_index.search("Must the Clerk attend a party group meeting?").hits)
    assert ("Yateley", "8.2") in got and ("Unnamed", "10 ¶2") in got
    got = refs(real_index.search("Can the Proper Officer be required to attend a meeting of a political group?").hits)
    assert ("Yateley", "8.2") in got


def test_a_question_naming_no_council_gets_several_councils(real_index):
    hits = real_index.search("What can councillors expect from officers?").hits
    assert len({h.clause.council for h in hits}) >= 4


def test_a_question_of_what_one_side_can_expect_leads_with_that_side_s_list(real_index):
    # ("count on" is "expect"; Yateley 6.2 is the list "Officers can expect from Councillors:", whose
    # vector sits further from the question than the councillors' roles and the aims of the protocol)
    hits = real_index.search("yateley tc - what can staff count on from the councillors?").hits
    assert (hits[0].clause.council, hits[0].clause.label) == ("Yateley Town Council", "6.2")


def test_a_question_naming_a_council_is_scoped(real_index):
    result = real_index.search("In Finmere, what can councillors expect from officers?")
    assert result.councils == ["Finmere Parish Council"]
    assert {h.clause.council for h in result.hits} == {"Finmere Parish Council"}
    assert result.hits[0].clause.label == "3.1"


def test_a_protocol_named_by_its_year_is_scoped_to_it(real_index):
    # The unnamed council's protocol was adopted in February 2022; no other document is of 2022.
    result = real_index.search("2022 protocol: if the clerk advises one group, must she advise the others too?")
    assert result.councils == ["Unnamed town council"]
    assert {h.clause.council for h in result.hits} == {"Unnamed town council"}
    # A year that names no document scopes nothing.
    assert real_index.search("the 1999 protocol: can the clerk refuse a group?").councils == []


def test_a_year_many_councils_share_names_no_protocol(real_index, monkeypatch):
    # With thousands of councils indexed a year picks hundreds of protocols: it then scopes
    # nothing (here: as if one council were already too many).
    import index.search

    monkeypatch.setattr(index.search, "YEAR_NAMES_AT_MOST", 0)
    searched = []
    ranker = real_index.rankers[0]
    original = ranker.rank
    monkeypatch.setattr(ranker, "rank", lambda q: searched.append(q.text) or original(q))
    result = real_index.search("2022 protocol: if the clerk advises one group, must she advise the others too?")
    assert result.councils == []
    assert len({h.clause.council for h in result.hits}) > 1
    # The words that name a document are still not searched for ("This Protocol covers ...").
    assert searched == ["if the clerk advises one group, must she advise the others too?"]
    # ... and a dates question still gets the dates records, though "2022 protocol" is not searched.
    dates = real_index.search("is the 2022 protocol still current?")
    assert any(h.clause.kind == "dates" for h in dates.hits)


def test_dates_are_found(real_index):
    top = real_index.search("When is the next review of the unnamed council's protocol?").hits[0].clause
    assert top.council == "Unnamed town council" and "June 2026" in top.text


def test_unseen_protocol_facts_are_found(real_index, tmp_path):
    """A council the project has never seen, in another format: its own facts are findable."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    unseen_protocol_pdf(corpus / "little-snoring.pdf")
    settings = Settings(data_dir=tmp_path / "data")
    result = CliRunner().invoke(main, ["ingest", "-q", "--index", str(settings.resolved_index_dir), str(corpus)])
    assert result.exit_code == 0, result.output
    from assistant.services import open_index

    index = open_index(settings)
    assert "Little Snoring Parish Council" in index.councils
    for question, expected in [
        ("When was Little Snoring's protocol adopted?", "approved by Full Council on 12th March 2024"),
        ("When is the Little Snoring code due for review?", "next in March 2027"),
        ("Who does Little Snoring's protocol apply to?", "applies to all councillors, co-opted members"),
        ("Can Little Snoring councillors give instructions to staff directly?", "shall not instruct"),
    ]:
        hits = index.search(question).hits
        assert any(expected in h.clause.text for h in hits[:5]), question
    # Unscoped, among all six councils, its facts still surface.
    hits = index.search("Which protocols apply to co-opted members and volunteers?").hits
    assert any(h.clause.council == "Little Snoring Parish Council" for h in hits)


def test_document_filter(corpus_index):
    result = CliRunner().invoke(
        main, ["search", "--index", str(corpus_index), "--json", "--document", "yateley-town-council", "party groups"]
    )
    assert result.exit_code == 0, result.output
    assert {r["council"] for r in json.loads(result.output)["results"]} == {"Yateley Town Council"}
    result = CliRunner().invoke(main, ["search", "--index", str(corpus_index), "--document", "nope", "x"])
    assert result.exit_code == 1 and "no document called 'nope' in the index" in result.stderr


def test_cli_ingest_reports_a_bad_file_and_indexes_the_rest(tmp_path):
    good = tmp_path / "little-snoring.txt"
    good.write_text("Little Snoring Parish Council\n\n1. Groups\n\n1.1 The Clerk need not attend group meetings.\n")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF")
    index_dir = tmp_path / "index"
    result = CliRunner().invoke(main, ["ingest", "--index", str(index_dir), str(good), str(bad)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: ")
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 1 failed" in result.stdout
    found = CliRunner().invoke(main, ["search", "--index", str(index_dir), "--json", "Must the Clerk attend?"])
    assert json.loads(found.output)["results"][0]["council"] == "Little Snoring Parish Council"


def test_answering_imports_neither_torch_nor_scipy(corpus_index, real_index, real_settings):
    """A cold `protocols ask` pays for every import: the query path uses onnxruntime and numpy only
    (scipy builds the BM25 weights at ingest; torch is for the one-off model export)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\nfrom assistant.services import open_assistant\nfrom assistant.settings import get_settings\n"
        f"a = open_assistant(get_settings(index_dir={str(corpus_index)!r}))\n"
        "assert not a.ask('Must the Clerk attend a party group meeting?').abstained\n"
        "print(','.join(m for m in ('torch', 'transformers', 'sentence_transformers', 'scipy') if m in sys.modules))"
    )
    real_index.embedder.embed(["warm-up"])  # the one-off ONNX export exists in this data folder
    env = {**os.environ, "PROTOCOLS_DATA_DIR": str(real_settings.data_dir)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    "question",
    [
        "When was the protocol last revised?",
        "When did the member and officer protocol come into force?",
        "when does the new protocol take effect?",
        "when did the protocol actually kick in?",
        "when do they have to look at the member/officer protocol again?",
        "how often does tollerby look again at its councillor officer protocol",
        "when did battle last update their protocol?",
    ],
)
def test_questions_of_revision_and_coming_into_force_ask_about_dates(question):
    from index.query import asks_about_dates

    assert asks_about_dates(question)


def test_a_question_about_when_something_changes_is_not_about_the_protocol_s_dates():
    from index.query import asks_about_dates

    assert not asks_about_dates("what happens when an officer's job is changed?")
    assert not asks_about_dates(
        "Can a councillor ask an officer to revise their recommendation before the next meeting?"
    )
    assert not asks_about_dates("When does a member's suspension take effect?")
    assert not asks_about_dates("when can i look again at the report before the meeting?")
    assert not asks_about_dates("What does the protocol say when a councillor's role has changed?")


def test_a_question_asking_which_councils_is_a_comparison():
    from index.query import asks_to_compare

    assert asks_to_compare("which protocols stop cllrs leaning on staff to change what they recommend")
    assert asks_to_compare("which of the protocols bring in the monitoring officer?")
    assert asks_to_compare("do any of the councils let the clerk accept a leaving present?")
    assert asks_to_compare("how do other councils handle party groups?")
    assert not asks_to_compare("am i entitled to look through any council documents I want?")
    assert not asks_to_compare("what do the protocols say about gifts?")
    assert not asks_to_compare("which council is Battle in?")
