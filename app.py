"""Protocol Assistant - the Streamlit app. A thin layer: every decision is a library call.

Run with `make app` (builds the index from corpus/ first) or `streamlit run app.py`.
"""

from __future__ import annotations

import streamlit as st

from assistant.settings import Settings, get_settings
from ingest.errors import ProtocolError

st.set_page_config(page_title="Protocol Assistant", page_icon="📜", layout="wide")

MODES = ["Ask", "Compare councils", "Start here", "Browse protocols", "Add a protocol"]
EXAMPLES = [
    "Must the Clerk attend a party group meeting?",
    "What can officers expect from councillors?",
    "How does a councillor complain about the Clerk's performance?",
    "Can a councillor look at any council document they like?",
    "Is it OK for a councillor and an officer to become close friends?",
    "When is Battle Town Council's protocol due for review?",
]


@st.cache_resource(show_spinner="Loading the protocols and the language model…")
def load_assistant(settings_json: str):  # noqa: ANN201
    from assistant.cli import open_assistant

    return open_assistant(Settings.model_validate_json(settings_json))


settings = get_settings()
try:
    assistant = load_assistant(settings.model_dump_json())
except ProtocolError as exc:
    st.error(f"The index could not be loaded: {exc}")
    st.stop()
index = assistant.index
state = st.session_state
state.setdefault("turns", [])  # [{"answer": Answer, "councils": [...]}]
state.setdefault("mode", "Ask")


# --- sidebar: scope, answer writer, index status --------------------------------------------
with st.sidebar:
    st.title("Protocol Assistant")
    mode = st.radio("Mode", MODES, key="mode")
    councils = st.multiselect(
        "Councils", index.councils, placeholder="All councils", help="Leave empty to search every council's protocol."
    )
    if settings.llm == "none":
        backend = "none"
        st.caption("Answers are written offline from the clauses themselves: no LLM is configured.")
    else:
        label = st.selectbox("Answer writer", ["Offline (quotes only)", f"LLM: {settings.llm}"])
        backend = "none" if label.startswith("Offline") else settings.llm
    with st.expander("Index status"):
        from assistant.corpus_view import document_status, index_summary

        for key, value in index_summary(index).items():
            st.markdown(f"**{key}:** {value}")
        for doc in document_status(index, settings.current_date()):
            flag = " ⚠️ past its review date" if doc.overdue else ""
            st.markdown(f"- **{doc.council}** ({doc.clauses} clauses), next review: {doc.next_review}{flag}")


def _date(iso: str | None) -> str:
    from ingest.metadata import describe_date

    return describe_date(iso) if iso else "not stated"


def render_citation(n: int, hit, key: str) -> None:  # noqa: ANN001
    from assistant.answer import clause_name
    from assistant.corpus_view import highlighted_document

    c = hit.clause
    meta = index.document_meta(c)
    with st.expander(f"[{n}] {c.council} — {clause_name(c)}"):
        st.markdown(f"**{c.document}**  \n{c.heading or ''}")
        details = [f"page {c.page}" if c.page else None]
        if meta is not None:
            details += [
                f"adopted {_date(meta.adopted)}",
                f"last reviewed {_date(meta.last_reviewed)}",
                f"next review {_date(meta.next_review)}",
            ]
        st.caption(" · ".join(d for d in details if d))
        st.markdown("\n".join("> " + line for line in c.text.splitlines()))
        if st.toggle("View in document", key=f"doc-{key}-{n}"):
            st.html(
                f'<div style="max-height:420px;overflow:auto;font-size:0.9em">{highlighted_document(index, c)}</div>'
            )


def render_answer(i: int, answer) -> None:  # noqa: ANN001
    from assistant.export import answer_markdown
    from assistant.feedback import record_feedback

    st.markdown(answer.text)
    for note in answer.notes:
        if note not in answer.text:
            st.info(note)
    for n, hit in enumerate(answer.cited, 1):
        render_citation(n, hit, f"t{i}")
    cols = st.columns([1, 1, 2])
    with cols[0]:
        rating = st.feedback("thumbs", key=f"fb-{i}")
        if rating is not None and state.get(f"fb-saved-{i}") != rating:
            record_feedback(settings.feedback_path, answer, "up" if rating == 1 else "down")
            state[f"fb-saved-{i}"] = rating
            st.toast("Thanks - feedback saved.")
    with cols[1]:
        st.download_button(
            "Download (Markdown)",
            answer_markdown(answer),
            file_name=f"answer-{i + 1}.md",
            mime="text/markdown",
            key=f"dl-{i}",
        )
    with cols[2]:
        comment = st.text_input(
            "Comment (optional)",
            key=f"comment-{i}",
            label_visibility="collapsed",
            placeholder="Optional comment on this answer",
        )
        if comment and state.get(f"comment-saved-{i}") != comment:
            rated = "down" if state.get(f"fb-saved-{i}") == 0 else "up"
            record_feedback(settings.feedback_path, answer, rated, comment)
            state[f"comment-saved-{i}"] = comment


def ask(question: str) -> None:
    with st.spinner("Searching the protocols…"):
        try:
            answer = assistant.ask(question, councils=councils or None, llm=backend)
        except ProtocolError as exc:
            st.error(str(exc))
            return
    state.turns.append({"answer": answer})


# --- modes --------------------------------------------------------------------------------
if mode == "Ask":
    st.header("Ask about the protocols")
    pending = state.pop("pending_question", None)
    question = st.chat_input("Ask a question, e.g. 'Must the Clerk attend a party group meeting?'")
    if pending or question:
        ask(pending or question)
    for i, turn in enumerate(state.turns):
        answer = turn["answer"]
        with st.chat_message("user"):
            st.markdown(answer.question)
        with st.chat_message("assistant"):
            render_answer(i, answer)
    if state.turns:
        from assistant.export import conversation_markdown

        st.download_button(
            "Download the whole conversation (Markdown)",
            conversation_markdown([t["answer"] for t in state.turns]),
            file_name="conversation.md",
            mime="text/markdown",
            key="dl-all",
        )
        with st.expander("Copy the conversation as Markdown"):
            st.code(conversation_markdown([t["answer"] for t in state.turns]), language="markdown")

elif mode == "Compare councils":
    from assistant.compare import NO_EQUIVALENT, compare

    st.header("Compare councils")
    st.caption("Each council's most relevant clause — or a gap, which is precedent too.")
    question = st.text_input("Question", placeholder="How do councils handle party groups?", key="compare-q")
    if question:
        with st.spinner("Comparing…"):
            rows = compare(index, assistant.scope, question)
        table = []
        for row in rows:
            for hit in row.hits or [None]:
                table.append(
                    {
                        "Council": row.council,
                        "Clause": hit.clause.clause if hit else "—",
                        "Text": " ".join(hit.clause.text.split()) if hit else NO_EQUIVALENT,
                    }
                )
        st.dataframe(table, hide_index=True, width="stretch")

elif mode == "Start here":
    st.header("Start here")
    st.markdown(
        "A **member/officer protocol** sets out how councillors and council staff work together: who may "
        "ask the Clerk for what, how party groups are treated, what each side can expect, and what to do "
        "when things go wrong. Ask in your own words; every answer quotes the clauses it rests on, and says "
        "plainly when the protocols don't cover something."
    )
    st.subheader("Questions new officers often ask")

    def choose(example: str) -> None:  # a callback runs before the widgets are drawn again
        state.pending_question = example
        state.mode = "Ask"

    for n, example in enumerate(EXAMPLES):
        st.button(example, key=f"example-{n}", on_click=choose, args=(example,))

elif mode == "Browse protocols":
    from assistant.answer import clause_name
    from assistant.corpus_view import document_status, table_of_contents

    st.header("Browse protocols")
    council = st.selectbox("Council", index.councils, key="browse-council")
    for doc in document_status(index, settings.current_date()):
        if doc.council == council:
            st.markdown(
                f"**{doc.title}** — adopted {doc.adopted}; last reviewed {doc.last_reviewed}; "
                f"next review {doc.next_review}" + (" ⚠️ **past its review date**" if doc.overdue else "")
            )
    for heading, clauses in table_of_contents(index, council):
        with st.expander(heading):
            for c in clauses:
                st.markdown(f"**{clause_name(c)}** — " + " ".join(c.text.split()))

elif mode == "Add a protocol":
    from assistant.uploads import add_staged, discard_staged, stage_upload
    from ingest.metadata import describe_date

    st.header("Add a protocol")
    st.caption("PDF, Word (.docx), text or Markdown. You will see what was read before anything is added.")
    upload = st.file_uploader("Protocol file", type=["pdf", "docx", "txt", "md"], key="upload")
    if upload is not None:
        try:
            staged, doc = stage_upload(upload.name, upload.getvalue(), settings)
        except ProtocolError as exc:
            st.error(f"{exc} — nothing was added.")
        else:
            m = doc.meta
            st.markdown(
                f"**Council:** {m.council}  \n**Title:** {m.title}  \n"
                f"**Adopted:** {describe_date(m.adopted) if m.adopted else 'not stated'} · "
                f"**Last reviewed:** {describe_date(m.last_reviewed) if m.last_reviewed else 'not stated'} · "
                f"**Next review:** {describe_date(m.next_review) if m.next_review else 'not stated'}  \n"
                f"**Clauses found:** {len(doc.clauses)}"
            )
            for c in doc.clauses[:5]:
                st.markdown(f"- **{c.label}** {' '.join(c.text.split())[:160]}")
            if st.button("Add to the index", type="primary"):
                bar = st.progress(0.0, text="Embedding…")
                try:
                    report = add_staged(
                        staged,
                        settings,
                        lambda: index.embedder,
                        progress=lambda done, total: bar.progress(done / max(total, 1)),
                    )
                except ProtocolError as exc:
                    st.error(f"{exc} — the index is unchanged.")
                else:
                    bar.progress(1.0, text="Done")
                    load_assistant.clear()
                    st.success(f"Added {m.council}: {len(doc.clauses)} clauses ({report.summary()}).")
            elif st.button("Discard"):
                discard_staged(staged)
                st.info("Discarded - nothing was added.")
