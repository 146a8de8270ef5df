"""Compare councils: each council's most relevant clause, or a gap (which is precedent too)."""

from __future__ import annotations

import streamlit as st

from app_pages.shared import chosen_councils, load_context, markdown_safe, render_citation, table_cell
from assistant.compare import CompareRow, compare, shown_note
from assistant.view import NO_EQUIVALENT, clause_title, found_first, none_found, same_wording_groups, short_council

COUNCIL, TEXT = "Council and clause", "Text"


def comparison_table(rows: list[CompareRow]) -> list[dict[str, str]]:
    """One line per clause shown: its council and [n] (each [n] once on the page, as in the sources
    below the table), and its full text; a council with no equivalent provision says so. Two
    columns, so that the clause text, the thing compared, has most of the width."""
    table, n = [], 0
    for r in rows:
        if not r.hits:
            table.append({COUNCIL: table_cell(r.council), TEXT: f"*{NO_EQUIVALENT}*"})
        for i, hit in enumerate(r.hits):
            n += 1
            where = f"{table_cell(r.council)}  \n[{n}] {table_cell(clause_title(hit.clause))}"
            if i == 0 and r.same_wording_as:  # the council's first clause is the one compared for wording
                where += f"  \n*same wording: {table_cell(', '.join(short_council(c) for c in r.same_wording_as))}*"
            table.append({COUNCIL: where, TEXT: table_cell(hit.clause.text)})
    return table


ctx = load_context()
st.header("Compare councils")
st.caption("Each council's most relevant clause — or a gap, which is precedent too.")
question = st.text_input("Question", placeholder="How do councils handle party groups?", key="compare-q")
if question:
    councils = chosen_councils()
    # The Ask page's decision on whether this is a question the protocols cover: empty input,
    # small talk and other subjects get its help, not a table of gaps.
    if refusal := ctx.assistant.refusal(question, councils, topic=True):
        st.info(markdown_safe(refusal))
        st.stop()
    with st.spinner("Comparing…"):
        rows = found_first(compare(ctx.assistant.index, ctx.assistant.scope, question, ctx.settings.answer, councils))
    if said := none_found(rows):
        st.info(said)
    # A static table: every clause wrapped and shown in full (no scroll box inside the page).
    st.table(comparison_table(rows), hide_index=True)
    for line in same_wording_groups(rows):
        st.caption(line)
    if note := shown_note(rows, len(ctx.assistant.index.councils), chosen=bool(councils)):
        st.caption(note)
    hits = [hit for r in rows for hit in r.hits]
    if not hits:
        st.stop()
    st.subheader("Sources")
    st.caption("Each clause's document, heading and dates; open one to see it in its document.")
    for n, hit in enumerate(hits, 1):
        render_citation(ctx, n, hit, "cmp")
