"""LLM answers: every sentence must be supported by the clause it cites; markers inside clause
text cannot pass for citations (issue 12, item 9). A fake chat model, no network, no embedder."""

from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.llm import LLMWriter, format_clauses, llm_answer
from assistant.verify import check_citations, unsupported_sentences
from index.results import Hit
from tests.fakes import hit

HITS = [
    hit(
        "Yateley Town Council",
        "8.2",
        "Party political groups have no power to require the Town Clerk or any other employee to attend "
        "group meetings.",
    ),
    hit(
        "Yateley Town Council",
        "9.1",
        "Councillors may claim travel allowances for approved duties [9] as set out in the scheme [1].",
    ),
]


def answer(reply: str) -> tuple[str, list[Hit], list[str]]:
    return llm_answer(FakeListChatModel(responses=[reply]), "Must the Clerk attend?", HITS, timeout=5)


def test_a_sentence_its_clause_does_not_support_is_removed_and_flagged():
    text, cited, notes = answer(
        "No: party groups have no power to require the Clerk to attend group meetings [1]. "
        "Councillors may dismiss the Clerk at will [2]."
    )
    assert "dismiss" not in text and text.startswith("No: party groups have no power")
    assert [h.clause.label for h in cited] == ["8.2"]
    assert any("not supported by the clause they cite and were removed" in n for n in notes)
    assert check_citations(text, cited).ok


def test_supported_sentences_pass_untouched():
    reply = "Groups cannot require the Clerk to attend their meetings [1]. Travel allowances may be claimed [2]."
    text, cited, notes = answer(reply)
    assert text == reply and notes == [] and len(cited) == 2


def test_the_threshold_is_a_setting():
    sentence = "Groups cannot require the Clerk to attend their meetings at short notice [1]."
    assert unsupported_sentences(sentence, HITS, 0.5) == []
    assert unsupported_sentences(sentence, HITS, 0.95) == [sentence]
    writer = LLMWriter("fake", FakeListChatModel(responses=[sentence]), 5, claim_support=0.95)
    assert writer.claim_support == 0.95


def test_markers_inside_clause_text_are_neutralised():
    shown = format_clauses(HITS)
    assert "[9]" not in shown and "[1] as set out" not in shown
    assert "duties (9) as set out in the scheme (1)." in shown
    # A verbatim quote of such text still checks out, whichever way the marker is written.
    quote = 'Allowances are "for approved duties (9) as set out in the scheme" [2].'
    assert check_citations(quote, HITS).ok
