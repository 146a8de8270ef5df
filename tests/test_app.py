"""The Streamlit app through AppTest, with the real index and model."""

from __future__ import annotations

import json
import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from index.store import current_version
from tests.conftest import ROOT
from tests.documents import protocol_docx

pytestmark = pytest.mark.model

APP = str(ROOT / "app.py")


@pytest.fixture
def app_env(monkeypatch, corpus_index, tmp_path):
    """The app pointed at the session's corpus index; feedback and uploads go to tmp."""
    monkeypatch.setenv("PROTOCOLS_INDEX_DIR", str(corpus_index))
    monkeypatch.setenv("PROTOCOLS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PROTOCOLS_TODAY", "2026-11-22")
    st.cache_resource.clear()
    yield tmp_path
    st.cache_resource.clear()


@pytest.fixture
def own_index(monkeypatch, corpus_index, app_env):
    """A private copy of the index, for tests that change it."""
    copy = app_env / "index"
    shutil.copytree(corpus_index, copy)
    monkeypatch.setenv("PROTOCOLS_INDEX_DIR", str(copy))
    return copy


def start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def test_ask_shows_answer_and_citations(app_env):
    at = start()
    at.chat_input[0].set_value("Must the Clerk attend a party group meeting?").run()
    assert not at.exception
    assert [m.text[0].value for m in at.chat_message if m.name == "user"] == [
        "Must the Clerk attend a party group meeting?"
    ]
    texts = [m.value for m in at.markdown]
    assert any("no power to require the Town Clerk" in t and "[" in t for t in texts)
    labels = [e.label for e in at.expander]
    assert any(label.startswith("[1] ") for label in labels)
    assert any("Yateley Town Council — clause 8.2" in label for label in labels)
    # The citation opens to the full verbatim clause and the document's dates.
    yateley = next(e for e in at.expander if "clause 8.2" in e.label)
    assert any("Party political groups have no power" in h.proto.body for h in yateley.get("html"))
    assert any("adopted 7 March 2016" in c.value for c in yateley.caption)


def test_view_in_document_highlights_the_clause(app_env):
    at = start()
    at.chat_input[0].set_value("Must the Clerk attend a party group meeting?").run()
    toggle = next(t for t in at.toggle if t.key.startswith("doc-"))
    toggle.set_value(True).run()
    html = [h.proto.body for h in at.get("html")]
    assert any("<mark" in h and "</mark>" in h and "scrollTop" in h for h in html)


def test_filter_to_one_council(app_env):
    at = start()
    at.sidebar.multiselect[0].set_value(["Finmere Parish Council"]).run()
    at.chat_input[0].set_value("What can councillors expect from officers?").run()
    labels = [e.label for e in at.expander if e.label.startswith("[")]
    assert labels and all("Finmere Parish Council" in label for label in labels)


def test_empty_ask_page_offers_example_questions(app_env):
    at = start()
    examples = [b for b in at.button if b.key and b.key.startswith("ask-example-")]
    assert len(examples) >= 2
    examples[0].click().run()
    assert not at.exception
    assert any(m.name == "user" for m in at.chat_message)


def test_yes_no_answer_leads_with_the_verdict_and_notes_are_quiet(app_env):
    at = start()
    at.chat_input[0].set_value("Can our group make the clerk come to our meeting?").run()
    answer = next(m.value for m in at.markdown if "Yateley Town Council" in m.value)
    assert answer.startswith("No. Yateley Town Council")
    assert any("due for review" in c.value for c in at.caption)
    assert not any("due for review" in m.value for m in at.markdown)


def test_follow_up_in_the_app(app_env):
    at = start()
    at.chat_input[0].set_value("What can councillors expect from officers?").run()
    at.chat_input[0].set_value("what about Battle?").run()
    labels = [e.label for e in at.expander if e.label.startswith("[")]
    assert any(label.startswith("[1] Battle Town Council") for label in labels)


def test_protocol_text_is_never_rendered_as_markdown():
    from app_pages.shared import _markdown_safe

    evil = 'x ![l](http://evil.example/t.png "l") [a](http://evil.example)'
    safe = _markdown_safe(evil)
    assert "![" not in safe and "](" not in safe.replace("\\]", "")


def test_conversation_is_kept_and_exportable(app_env):
    at = start()
    at.chat_input[0].set_value("Must the Clerk attend a party group meeting?").run()
    at.chat_input[0].set_value("What salary does the Clerk get?").run()
    users = [m for m in at.chat_message if m.name == "user"]
    assert len(users) == 2
    assert any("The protocols don't cover this." in m.value for m in at.markdown)
    code = at.code[-1].value  # the conversation export (each answer also has its own copy box)
    assert "### Must the Clerk attend a party group meeting?" in code and "**Sources**" in code


def test_feedback_is_saved_for_evals(app_env):
    at = start()
    at.chat_input[0].set_value("Must the Clerk attend a party group meeting?").run()
    at.get("feedback")[0].set_value(0).run()
    path = app_env / "data" / "feedback.jsonl"
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert records[-1]["rating"] == "down"
    assert records[-1]["question"] == "Must the Clerk attend a party group meeting?"
    from evals.feedback import feedback_to_candidates

    assert feedback_to_candidates(records)[0]["needs_review"] is True


def test_compare_mode_has_one_row_per_council(app_env):
    at = start()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("Must the Clerk attend a party group meeting?").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert set(table["Council"]) == {
        "Battle Town Council",
        "Finmere Parish Council",
        "Mumbles Community Council",
        "Unnamed town council",
        "Yateley Town Council",
    }
    assert "no equivalent provision found" in set(table["Text"])


def test_compare_honours_the_council_filter(app_env):
    at = start()
    at.sidebar.multiselect[0].set_value(["Battle Town Council", "Finmere Parish Council"]).run()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("close personal relationships between members and officers").run()
    table = at.dataframe[0].value
    assert set(table["Council"]) == {"Battle Town Council", "Finmere Parish Council"}
    assert "no equivalent provision found" not in set(table["Text"])
    assert any("Battle, Finmere: same wording" in c.value for c in at.caption)


def test_start_here_example_asks_it(app_env):
    at = start()
    at.switch_page("app_pages/start_here.py").run()
    at.button(key="example-0").click().run()
    assert not at.exception
    assert any(m.name == "user" for m in at.chat_message)


def test_browse_table_of_contents(app_env):
    at = start()
    at.switch_page("app_pages/browse.py").run()
    at.selectbox(key="browse-council").set_value("Yateley Town Council").run()
    labels = [e.label for e in at.expander]
    assert "8.0 Political Groups" in labels
    assert any("past its review date" not in m.value for m in at.markdown)


def test_index_status_flags_overdue_protocols(app_env):
    at = start()
    status = next(e for e in at.sidebar.expander if e.label == "Index status")
    text = "\n".join(m.value for m in status.markdown)
    assert "**documents:** 5" in text
    assert "**Battle Town Council**" in text and "past its review date" in text


def test_upload_of_a_good_file_adds_its_clauses(own_index, tmp_path):
    data = protocol_docx(tmp_path / "wordham.docx").read_bytes()
    at = start()
    at.switch_page("app_pages/add.py").run()
    at.file_uploader[0].set_value(("wordham.docx", data, "application/octet-stream")).run()
    assert not at.exception and not at.error
    preview = "\n".join(m.value for m in at.markdown)
    assert "Wordham Town Council" in preview and "**Clauses found:**" in preview
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "Added Wordham Town Council" in at.success[0].value
    from assistant.services import open_index
    from assistant.settings import Settings

    index = open_index(Settings(index_dir=own_index))
    assert "Wordham Town Council" in index.councils
    assert any(c.label == "4.1" and c.council == "Wordham Town Council" for c in index.catalogue.clauses.values())


def test_upload_of_a_bad_file_shows_an_error_and_changes_nothing(own_index):
    before = current_version(own_index)
    at = start()
    at.switch_page("app_pages/add.py").run()
    at.file_uploader[0].set_value(("minutes.pdf", b"%PDF-1.4 truncated garbage", "application/pdf")).run()
    assert not at.exception
    assert at.error and at.error[0].value.startswith("minutes.pdf: is not a readable PDF")
    assert "nothing was added" in at.error[0].value
    assert not at.button or all(b.label != "Add to the index" for b in at.button)
    assert current_version(own_index) == before


def test_missing_index_is_an_error_message_not_a_traceback(monkeypatch, app_env, tmp_path):
    monkeypatch.setenv("PROTOCOLS_INDEX_DIR", str(tmp_path / "nowhere"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "no index here yet" in at.error[0].value
