"""Compare councils: each council's most relevant clause, or a gap (which is precedent too)."""

from __future__ import annotations

import streamlit as st

from app_pages.shared import chosen_councils, load_context, render_citation
from assistant.compare import compare, shown_note
from assistant.view import compare_cells, same_wording_groups, short_council

ctx = load_context()
st.header("Compare councils")
st.caption("Each council's most relevant clause — or a gap, which is precedent too.")
question = st.text_input("Question", placeholder="How do councils handle party groups?", key="compare-q")
if question:
    with st.spinner("Comparing…"):
        rows = compare(ctx.assistant.index, ctx.assistant.scope, question, ctx.settings.answer, chosen_councils())
    table = [
        {
            "Council": r.council,
            "Clause": title,
            "Same wording as": ", ".join(short_council(c) for c in r.same_wording_as),
            "Text": text,
        }
        for r in rows
        for title, text in compare_cells(r)
    ]
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={"Text": st.column_config.TextColumn("Text", width="large")},
    )
    for line in same_wording_groups(rows):
        st.caption(line)
    if note := shown_note(rows, len(ctx.assistant.index.councils), chosen=bool(chosen_councils())):
        st.caption(note)
    st.subheader("The clauses in full")
    for r in rows:
        for n, hit in enumerate(r.hits, 1):
            render_citation(ctx, n, hit, f"cmp-{r.council}")
