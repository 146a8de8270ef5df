"""Compare councils: each council's most relevant clause, or a gap (which is precedent too)."""

from __future__ import annotations

import streamlit as st

from app_pages.shared import load_context
from assistant.compare import compare
from assistant.view import compare_cells

ctx = load_context()
st.header("Compare councils")
st.caption("Each council's most relevant clause — or a gap, which is precedent too.")
question = st.text_input("Question", placeholder="How do councils handle party groups?", key="compare-q")
if question:
    with st.spinner("Comparing…"):
        rows = compare(ctx.assistant.index, ctx.assistant.scope, question, ctx.settings.answer)
    table = [{"Council": r.council, "Clause": title, "Text": text} for r in rows for title, text in compare_cells(r)]
    st.dataframe(table, hide_index=True, width="stretch")
