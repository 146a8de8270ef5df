"""Protocol Assistant - the Streamlit app. A thin layer: every decision is a library call.
This file loads the assistant, draws the sidebar and hands over to the page the user picked
(`app_pages/`, one small module per mode).

Run with `make app` (builds the index from corpus/ first) or `streamlit run app.py`.
"""

from __future__ import annotations

import streamlit as st

from app_pages.shared import load_context
from ingest.errors import ProtocolError, SettingsError

st.set_page_config(page_title="Protocol Assistant", page_icon="📜", layout="wide")
# The app's name as a logo: Streamlit draws the logo above the page navigation (a title in the
# sidebar would sit below it). Dark text, light text when the browser prefers a dark scheme.
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="250" height="32" viewBox="0 0 250 32">'
    "<style>text{fill:#31333F;font:600 22px 'Source Sans Pro','Source Sans 3',sans-serif}"
    "@media (prefers-color-scheme: dark){text{fill:#FAFAFA}}</style>"
    '<text x="0" y="24">Protocol Assistant</text></svg>'
)
st.logo(LOGO, size="large", icon_image="📜")

try:
    ctx = load_context()
except SettingsError as exc:
    st.error(f"Protocol Assistant could not start: {exc}")
    st.stop()
except ProtocolError as exc:
    st.error(f"The index could not be loaded: {exc}")
    st.stop()

pages = [
    st.Page("app_pages/ask.py", title="Ask", icon=":material/chat:", default=True),
    st.Page("app_pages/compare.py", title="Compare councils", icon=":material/compare_arrows:"),
    st.Page("app_pages/start_here.py", title="Start here", icon=":material/explore:"),
    st.Page("app_pages/browse.py", title="Browse protocols", icon=":material/menu_book:"),
    st.Page("app_pages/add.py", title="Add a protocol", icon=":material/upload_file:"),
]
page = st.navigation(pages)

with st.sidebar:
    st.multiselect(
        "Councils",
        ctx.catalogue.councils,
        key="councils",
        placeholder="All councils",
        help="Leave empty to search every council's protocol.",
    )
    if ctx.settings.llm.backend == "none":
        st.caption("Answers are written offline from the clauses themselves: no LLM is configured.")
    else:
        st.selectbox(
            "Answer writer",
            ["none", ctx.settings.llm.backend],
            key="writer",
            format_func=lambda name: "Offline (quotes only)" if name == "none" else f"LLM: {name}",
        )
    with st.expander("Index status"):
        from assistant.corpus_view import document_status, index_summary, status_to_show

        for key, value in index_summary(ctx.catalogue).items():
            st.markdown(f"**{key}:** {value}")
        shown, more = status_to_show(document_status(ctx.catalogue, ctx.settings.current_date()))
        for doc in shown:
            flag = " ⚠️ past its review date" if doc.overdue else ""
            st.markdown(f"- **{doc.council}** ({doc.clauses} clauses), next review: {doc.next_review}{flag}")
        if more:
            st.caption(f"… and {more} more: see Browse protocols.")

page.run()
