"""Ask: a chat over the protocols (Streamlit's chat pattern: history, then the new question)."""

from __future__ import annotations

import uuid

import streamlit as st

from app_pages.shared import chosen_councils, chosen_writer, load_context, render_answer
from assistant.feedback import record_feedback
from assistant.view import answer_markdown, conversation_markdown
from ingest.errors import ProtocolError

ctx = load_context()
state = st.session_state
state.setdefault("turns", [])  # [{"id": str, "answer": Answer}]

st.header("Ask about the protocols")


def feedback_row(turn: dict) -> None:
    """Thumbs and a comment, saved as one record per answer (updated, never duplicated)."""
    answer, tid = turn["answer"], turn["id"]
    cols = st.columns([1, 1, 2])
    with cols[0]:
        rating = st.feedback("thumbs", key=f"fb-{tid}")
    with cols[1]:
        st.download_button(
            "Download (Markdown)",
            answer_markdown(answer),
            file_name=f"answer-{tid[:8]}.md",
            mime="text/markdown",
            key=f"dl-{tid}",
        )
    with cols[2]:
        comment = st.text_input(
            "Comment (optional)",
            key=f"comment-{tid}",
            label_visibility="collapsed",
            placeholder="Optional comment on this answer",
        )
    given = (None if rating is None else ("up" if rating == 1 else "down"), comment)
    if given != (None, "") and turn.get("saved") != given:
        record_feedback(ctx.settings.feedback_path, answer, given[0], comment, record_id=tid)
        turn["saved"] = given
        st.toast("Thanks - feedback saved.")


def ask(question: str) -> None:
    with st.chat_message("user"):
        st.text(question)
    with st.chat_message("assistant"):
        with st.spinner("Searching the protocols…"):
            try:
                history = [t["answer"] for t in state.turns]
                answer = ctx.assistant.ask(question, councils=chosen_councils(), llm=chosen_writer(), history=history)
            except ProtocolError as exc:
                st.error(str(exc))
                return
        turn = {"id": uuid.uuid4().hex, "answer": answer}
        state.turns.append(turn)
        render_answer(ctx, answer, turn["id"])
        feedback_row(turn)


def ask_later(question: str) -> None:
    """An example button's callback: the question is asked in the run the click starts."""
    state.pending_question = question


# Read before anything is drawn, so that the run which asks the first question no longer draws
# the example buttons above it (the chat box is pinned to the bottom wherever it is called).
pending = state.pop("pending_question", None)
prompt = st.chat_input("Ask a question, e.g. 'Must the Clerk attend a party group meeting?'") or pending

for turn in state.turns:
    with st.chat_message("user"):
        st.text(turn["answer"].question)
    with st.chat_message("assistant"):
        render_answer(ctx, turn["answer"], turn["id"])
        feedback_row(turn)

if not state.turns and not prompt:
    from assistant.scope import EXAMPLE_QUESTIONS

    with st.container(key="ask-examples"):  # one block: the first question takes its place whole
        st.markdown("Ask in your own words, or try one of these:")
        for n, example in enumerate(EXAMPLE_QUESTIONS):
            st.button(example, key=f"ask-example-{n}", on_click=ask_later, args=(example,))

if prompt:
    ask(prompt)

if state.turns:
    everything = conversation_markdown([t["answer"] for t in state.turns])
    st.download_button(
        "Download the whole conversation (Markdown)",
        everything,
        file_name="conversation.md",
        mime="text/markdown",
        key="dl-all",
    )
    with st.expander("Copy the conversation as Markdown"):
        st.code(everything, language="markdown")
