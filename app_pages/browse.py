"""Browse protocols: each council's dates and contents."""

from __future__ import annotations

import streamlit as st

from app_pages.shared import load_context
from assistant.corpus_view import document_status, table_of_contents
from assistant.view import clause_title

ctx = load_context()
st.header("Browse protocols")
council = st.selectbox("Council", ctx.catalogue.councils, key="browse-council")
for doc in document_status(ctx.catalogue, ctx.settings.current_date()):
    if doc.council == council:
        st.markdown(
            f"**{doc.title}** — adopted {doc.adopted}; last reviewed {doc.last_reviewed}; "
            f"next review {doc.next_review}" + (" ⚠️ **past its review date**" if doc.overdue else "")
        )
for heading, clauses in table_of_contents(ctx.catalogue, council):
    with st.expander(heading):
        for c in clauses:
            st.markdown(f"**{clause_title(c)}** — " + " ".join(c.text.split()))
