"""Start here: what a member/officer protocol is, and questions new officers often ask."""

from __future__ import annotations

import streamlit as st

EXAMPLES = [
    "Must the Clerk attend a party group meeting?",
    "What can officers expect from councillors?",
    "How does a councillor complain about the Clerk's performance?",
    "Can a councillor look at any council document they like?",
    "Is it OK for a councillor and an officer to become close friends?",
    "When is Battle Town Council's protocol due for review?",
]

st.header("Start here")
st.markdown(
    "A **member/officer protocol** sets out how councillors and council staff work together: who may "
    "ask the Clerk for what, how party groups are treated, what each side can expect, and what to do "
    "when things go wrong. Ask in your own words; every answer quotes the clauses it rests on, and says "
    "plainly when the protocols don't cover something."
)
st.subheader("Questions new officers often ask")
for n, example in enumerate(EXAMPLES):
    if st.button(example, key=f"example-{n}"):
        st.session_state.pending_question = example
        st.switch_page("app_pages/ask.py")
