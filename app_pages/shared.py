"""What every page of the app shares: the loaded assistant, the sidebar's choices, and how a
citation and an answer are drawn."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import streamlit as st

from assistant.answer import Answer
from assistant.chain import Assistant
from assistant.settings import Settings, get_settings
from assistant.view import answer_text, clause_title, dates_line, same_wording_line
from index.catalogue import Catalogue
from index.results import Hit


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    assistant: Assistant

    @property
    def catalogue(self) -> Catalogue:
        return self.assistant.index.catalogue


@st.cache_resource(show_spinner="Loading the protocols and the language model…")
def _load_assistant(settings_json: str) -> Assistant:
    from assistant.services import open_assistant

    return open_assistant(Settings.model_validate_json(settings_json), warm=True)


def load_context() -> AppContext:
    settings = get_settings()
    return AppContext(settings, _load_assistant(settings.model_dump_json()))


def reload_index() -> None:
    """After the index changed (an upload): the next run loads the new version."""
    _load_assistant.clear()


def chosen_councils() -> list[str] | None:
    return st.session_state.get("councils") or None


def chosen_writer() -> str:
    return st.session_state.get("writer", "none")


def render_citation(ctx: AppContext, n: int, hit: Hit, key: str) -> None:
    from assistant.corpus_view import highlighted_document

    c = hit.clause
    meta = ctx.catalogue.document_meta(c)
    with st.expander(f"[{n}] {c.council} — {clause_title(c)}"):
        st.markdown(f"**{c.document}**  \n{c.heading or ''}")
        details = [f"page {c.page}" if c.page else None, dates_line(meta) if meta is not None else None]
        st.caption(" · ".join(d for d in details if d))
        # The clause as text, never as Markdown: a protocol's "![x](http://...)" stays characters.
        st.html(f'<blockquote class="clause-text" style="white-space:pre-wrap">{html.escape(c.text)}</blockquote>')
        if also := same_wording_line(hit, names=12):
            st.caption(also)
        if st.toggle("View in document", key=f"doc-{key}-{n}"):
            box = f"doc-{key}-{n}"
            # Scrolled to the highlighted clause (the document is escaped text; the script is ours).
            st.html(
                f'<div id="{box}" style="max-height:420px;overflow:auto;font-size:0.9em">'
                f"{highlighted_document(ctx.catalogue, c)}</div>"
                f"<script>(function(){{var b=document.getElementById('{box}');"
                "var m=b&&b.querySelector('mark');if(m){b.scrollTop=m.offsetTop-b.offsetTop-40;}})();</script>",
                unsafe_allow_javascript=True,
            )


def render_answer(ctx: AppContext, answer: Answer, key: str) -> None:
    """The answer (its verdict first), its sources, then quiet notes (review dates) and a copy box."""
    from assistant.view import extra_notes

    st.markdown(answer_display(answer))
    for n, hit in enumerate(answer.cited, 1):
        render_citation(ctx, n, hit, key)
    for note in extra_notes(answer):
        st.caption(note)
    if answer.cited:
        with st.popover("Copy answer"):
            st.code(answer_text(answer), language=None, wrap_lines=True)


def answer_display(answer: Answer) -> str:
    """The answer's text as Markdown, its leading "Yes." or "No." in bold when it is the answer's
    verdict (an answer without one is never given a bold word)."""
    lead = {"yes": "Yes.", "no": "No."}.get(answer.verdict or "")
    if lead and answer.text.startswith(lead):
        return f"**{lead}**" + markdown_safe(answer.text[len(lead) :])
    return markdown_safe(answer.text)


def markdown_safe(text: str) -> str:
    """Text shown as Markdown without letting quoted clause text become links, images or emphasis."""
    return re.sub(r"([\\`*_\[\]<>!#|~])", r"\\\1", text)


def table_cell(text: str) -> str:
    """Text for a table cell (Markdown, one line) shown as written: no emphasis, link, or list (a
    clause that begins "1." or "- ")."""
    text = markdown_safe(" ".join(text.split()))
    return re.sub(r"^(\d+)([.)])|^([-+])", lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)
