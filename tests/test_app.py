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


def example_buttons(at: AppTest) -> list:
    return [b for b in at.button if b.key and b.key.startswith("ask-example-")]


def test_empty_ask_page_offers_example_questions_until_one_is_asked(app_env):
    at = start()
    examples = example_buttons(at)
    assert len(examples) >= 2
    asked = examples[0].label
    examples[0].click().run()
    assert not at.exception
    assert [m.text[0].value for m in at.chat_message if m.name == "user"] == [asked]
    # Gone in the very run that asks it: nothing is left above the first question to vanish later.
    assert example_buttons(at) == []
    assert not any(m.value.startswith("Ask in your own words") for m in at.markdown)


def test_typed_first_question_replaces_the_example_questions(app_env):
    at = start()
    assert example_buttons(at)
    at.chat_input[0].set_value("Must the Clerk attend a party group meeting?").run()
    assert example_buttons(at) == []
    assert any(m.name == "user" for m in at.chat_message)


def test_yes_no_answer_leads_with_the_verdict_in_bold_and_notes_are_quiet(app_env):
    at = start()
    at.chat_input[0].set_value("Can our group make the clerk come to our meeting?").run()
    answer = next(m.value for m in at.markdown if "Yateley Town Council" in m.value)
    assert answer.startswith("**No.** Yateley Town Council")
    assert answer.count("**") == 2  # only the verdict is bold
    assert any("due for review" in c.value for c in at.caption)
    assert not any("due for review" in m.value for m in at.markdown)


def test_an_answer_without_a_verdict_has_no_bold_word(app_env):
    at = start()
    at.chat_input[0].set_value("What can councillors expect from officers?").run()
    assert at.session_state["turns"][0]["answer"].verdict is None
    answer = next(m for m in at.chat_message if m.name == "assistant").markdown[0].value
    assert "\\[1\\]" in answer and "**" not in answer


def test_only_the_answers_own_verdict_is_bold():
    from app_pages.shared import answer_display
    from assistant.answer import Answer

    assert answer_display(Answer("q", "Yes. Battle, clause 1: “may” [1]", False, verdict="yes")).startswith(
        "**Yes.** Battle"
    )
    # A leading "No." that is not the answer's verdict (or a quote's own word) stays plain.
    assert answer_display(Answer("q", "No. Battle [1]", False, verdict=None)) == "No. Battle \\[1\\]"
    assert answer_display(Answer("q", "No. Battle", False, verdict="yes")) == "No. Battle"


def test_follow_up_in_the_app(app_env):
    at = start()
    at.chat_input[0].set_value("What can councillors expect from officers?").run()
    at.chat_input[0].set_value("what about Battle?").run()
    labels = [e.label for e in at.expander if e.label.startswith("[")]
    assert any(label.startswith("[1] Battle Town Council") for label in labels)


def test_protocol_text_is_never_rendered_as_markdown():
    from app_pages.shared import markdown_safe

    evil = 'x ![l](http://evil.example/t.png "l") [a](http://evil.example)'
    safe = markdown_safe(evil)
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


def compare_table(at: AppTest) -> list[tuple[str, str, str]]:
    """(council, "[n] clause", text) per line of the compare table ("" when a gap)."""
    lines = []
    for where, text in zip(at.table[0].value["Council and clause"], at.table[0].value["Text"], strict=True):
        council, _, clause = where.partition("  \n")
        lines.append((council, clause.split("  \n")[0], text))
    return lines


def test_compare_mode_has_one_row_per_council(app_env):
    at = start()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("Must the Clerk attend a party group meeting?").run()
    assert not at.exception
    table = compare_table(at)
    assert {council for council, _, _ in table} == {
        "Battle Town Council",
        "Finmere Parish Council",
        "Mumbles Community Council",
        "Unnamed town council",
        "Yateley Town Council",
    }
    assert "*no equivalent provision found*" in {text for _, _, text in table}
    assert not at.dataframe  # a static table: no scroll box inside the page


def test_compare_shows_each_clause_in_full_numbered_once_on_the_page(app_env):
    at = start()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("Must the Clerk attend a party group meeting?").run()
    table = compare_table(at)
    # Yateley 8.2 whole, to its last words (the old table cut it after a line's width).
    yateley = next(text for council, _, text in table if council == "Yateley Town Council")
    assert yateley.startswith("Party political groups have no power to require the Town Clerk")
    assert yateley.endswith("even if he/she has been styled as 'Leader' of the council.")
    numbers = [clause.split("]")[0] + "]" for _, clause, _ in table if clause]
    assert numbers == [f"[{n}]" for n in range(1, len(numbers) + 1)] and len(numbers) >= 2
    # The sources below the table carry the same numbers, each once.
    sources = [e.label for e in at.expander if e.label.startswith("[")]
    assert [label.split(" ")[0] for label in sources] == numbers
    for (council, clause, _), label in zip([line for line in table if line[1]], sources, strict=True):
        assert label == f"{clause.split(' ')[0]} {council} — {clause.split(' ', 1)[1]}"


def test_compare_table_cells_show_clause_text_as_written():
    from app_pages.shared import table_cell

    assert table_cell("1. The Clerk  *must*\nattend") == "1\\. The Clerk \\*must\\* attend"
    assert table_cell("- a [link](http://x)") == "\\- a \\[link\\](http://x)"
    assert table_cell("(4) Officers") == "(4) Officers"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("hello", "Hello."),
        ("   ", "Please type a question."),
        ("What salary does the Clerk get?", "The protocols don't cover this."),
    ],
)
def test_compare_refuses_what_the_ask_page_refuses(app_env, question, reply):
    at = start()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input(question).run()
    assert not at.exception
    assert not at.table and not at.dataframe
    assert at.info and at.info[0].value.startswith(reply)
    assert "I answer questions about" in at.info[0].value or "They cover how councillors" in at.info[0].value


def test_compare_honours_the_council_filter(app_env):
    at = start()
    at.sidebar.multiselect[0].set_value(["Battle Town Council", "Finmere Parish Council"]).run()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("close personal relationships between members and officers").run()
    table = compare_table(at)
    assert {council for council, _, _ in table} == {"Battle Town Council", "Finmere Parish Council"}
    assert "*no equivalent provision found*" not in {text for _, _, text in table}
    assert any("Battle, Finmere: same wording" in c.value for c in at.caption)
    # Said on each council's first clause, the one whose wording was compared, and not on the others.
    lines = list(at.table[0].value["Council and clause"])
    firsts = {where.split("  \n")[0]: where for where in reversed(lines)}
    assert firsts["Battle Town Council"].endswith("*same wording: Finmere*")
    assert firsts["Finmere Parish Council"].endswith("*same wording: Battle*")
    assert all(("*same wording:" in where) == (where in firsts.values()) for where in lines)


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
    accepted = next(c.value for c in at.caption if c.value.startswith("Accepted: "))  # every type it takes, plainly
    assert all(kind in accepted for kind in (".pdf", ".docx", ".txt", ".md", ".html"))
    assert not at.file_uploader[0].allowed_type  # nothing refused by the browser alone, out of sight
    at.file_uploader[0].set_value(("wordham.docx", data, "application/octet-stream")).run()
    assert not at.exception and not at.error
    preview = "\n".join(m.value for m in at.markdown)
    assert "Wordham Town Council" in preview and "**Clauses found:**" in preview
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    # Said plainly, and nothing left under it to add again: the uploader is empty.
    assert at.success[0].value == "Added Wordham Town Council's protocol: 4 clauses. You can ask about it now."
    assert not any(b.label in ("Add to the index", "Discard") for b in at.button)
    assert not at.file_uploader[0].value
    from assistant.services import open_index
    from assistant.settings import Settings

    index = open_index(Settings(index_dir=own_index))
    assert "Wordham Town Council" in index.councils
    assert any(c.label == "4.1" and c.council == "Wordham Town Council" for c in index.catalogue.clauses.values())


SEDGEFORD = """SEDGEFORD PARISH COUNCIL
Protocol on Relations between Councillors and the Clerk

Adopted by the Parish Council on 4 June 2024. Next review: June 2027.

1. Instructions
1.1 The Clerk takes instructions only from the full Council or a committee acting under delegated powers. \
No individual councillor, including the Chairman, may instruct the Clerk, ask the Clerk to run personal \
errands, or telephone the Clerk at home outside working hours.
1.2 Councillors should send requests to the Clerk by email.
"""


def add_upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "text/plain")).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def sedgeford_documents(index_dir) -> list[str]:  # noqa: ANN001
    from assistant.services import open_index
    from assistant.settings import Settings

    index = open_index(Settings(index_dir=index_dir))
    return [d.source for d in index.catalogue.documents.values() if d.meta.council == "Sedgeford Parish Council"]


def test_upload_preview_cuts_long_clauses_at_a_word(own_index):
    at = start()
    at.switch_page("app_pages/add.py").run()
    add_upload(at, "sedgeford-protocol.txt", SEDGEFORD.encode())
    line = next(t.value for t in at.text if t.value.startswith("1.1  "))
    shown = line.removeprefix("1.1  ")
    assert shown.endswith(" …") and len(shown) <= 160
    whole = "The Clerk takes instructions only from the full Council or a committee acting under delegated powers."
    assert whole in shown
    cut = shown.removesuffix(" …")
    assert SEDGEFORD.replace("\n", " ").split(cut, 1)[1].startswith(" ")  # a whole word, not "inst"


def test_uploading_the_same_file_again_adds_nothing(own_index):
    at = start()
    at.switch_page("app_pages/add.py").run()
    add_upload(at, "sedgeford-protocol.txt", SEDGEFORD.encode())
    next(b for b in at.button if b.label == "Add to the index").click().run()
    assert at.success[0].value.startswith("Added Sedgeford Parish Council's protocol: 4 clauses.")
    before = current_version(own_index)
    # The very same bytes again, under its own name or another: already in, nothing to choose.
    for name in ("sedgeford-protocol.txt", "copy-of-sedgeford.txt"):
        add_upload(at, name, SEDGEFORD.encode())
        assert at.info[0].value == (
            "This file is already in the index: Sedgeford Parish Council (sedgeford-protocol.txt). "
            "There is nothing to add."
        )
        assert not at.radio and not any(b.label == "Add to the index" for b in at.button)
        next(b for b in at.button if b.label == "Upload another file").click().run()
        assert not at.file_uploader[0].value and not at.info
    assert current_version(own_index) == before
    assert len(sedgeford_documents(own_index)) == 1


def test_a_different_file_under_a_taken_name_offers_replace_first(own_index):
    at = start()
    at.switch_page("app_pages/add.py").run()
    add_upload(at, "sedgeford-protocol.txt", SEDGEFORD.encode())
    next(b for b in at.button if b.label == "Add to the index").click().run()
    revised = SEDGEFORD.replace("by email", "by email or by letter")
    add_upload(at, "sedgeford-protocol.txt", revised.encode())
    assert at.warning[0].value.startswith("A different file named sedgeford-protocol.txt is already in the index")
    assert at.radio[0].value == "Replace Sedgeford Parish Council's protocol"
    next(b for b in at.button if b.label == "Add to the index").click().run()
    assert at.success[0].value.startswith("Replaced Sedgeford Parish Council's protocol with this file: 4 clauses.")
    assert len(sedgeford_documents(own_index)) == 1


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


def test_another_file_after_a_failed_upload_replaces_its_error(own_index):
    at = start()
    at.switch_page("app_pages/add.py").run()
    at.file_uploader[0].set_value(("minutes.pdf", b"%PDF-1.4 truncated garbage", "application/pdf")).run()
    assert [e.value for e in at.error] and at.error[0].value.startswith("minutes.pdf: ")
    # A type the app does not read: said on the page, in place of the previous file's error.
    at.file_uploader[0].set_value(("protocol.rtf", b"{\\rtf1 The Clerk}", "application/rtf")).run()
    assert not at.exception
    assert len(at.error) == 1 and "minutes.pdf" not in at.error[0].value
    assert at.error[0].value.startswith("protocol.rtf: unsupported file type '.rtf' - upload a PDF, Word (.docx)")
    # A good file next: its preview and no error.
    add_upload(at, "sedgeford-protocol.txt", SEDGEFORD.encode())
    assert any("Sedgeford Parish Council" in m.value for m in at.markdown)
    # The uploader emptied: neither the error nor the preview stays.
    at.file_uploader[0].set_value(None).run()
    assert not at.error and not any("**Clauses found:**" in m.value for m in at.markdown)
    assert "staged" not in at.session_state


def test_missing_index_is_an_error_message_not_a_traceback(monkeypatch, app_env, tmp_path):
    monkeypatch.setenv("PROTOCOLS_INDEX_DIR", str(tmp_path / "nowhere"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "no index here yet" in at.error[0].value


def test_a_setting_that_cannot_take_its_value_is_a_message_not_a_traceback(app_env, monkeypatch):
    monkeypatch.setenv("PROTOCOLS_ANSWER__MAX_CLAUSES", "0")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert at.error[0].value.startswith(
        "Protocol Assistant could not start: a setting cannot take its value - PROTOCOLS_ANSWER__MAX_CLAUSES=0: "
    )


def test_compare_says_when_no_council_has_the_provision(app_env):
    at = start()
    at.switch_page("app_pages/compare.py").run()
    at.text_input(key="compare-q").input("whistleblowing").run()
    assert not at.exception
    assert at.info and at.info[0].value == "None of the 5 councils' protocols has a provision on this."
    assert {text for _, _, text in compare_table(at)} == {"*no equivalent provision found*"}
    assert not any(h.value == "Sources" for h in at.subheader)  # (no clause to list)
