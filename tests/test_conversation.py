"""Follow-up questions on literal strings."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from assistant.conversation import follow_up_council, resolve
from assistant.scope import not_a_question

COUNCILS = ["Battle Town Council", "Finmere Parish Council", "Mumbles Community Council", "Yateley Town Council"]
FIRST = "Must the Clerk attend a party group meeting?"


def test_what_about_a_council_re_asks_the_last_question():
    history = [HumanMessage(FIRST), AIMessage("No. ...")]
    assert resolve("what about Battle?", history, COUNCILS) == (FIRST, ["Battle Town Council"])
    history += [HumanMessage("what about Battle?"), AIMessage("...")]
    assert resolve("and Mumbles?", history, COUNCILS) == (FIRST, ["Mumbles Community Council"])
    assert resolve("does yateley say anything about that?", [FIRST], COUNCILS) == (FIRST, ["Yateley Town Council"])


def test_the_earlier_question_loses_its_own_council():
    question, councils = resolve("and Finmere?", ["What does Yateley say about gifts?"], COUNCILS)
    assert councils == ["Finmere Parish Council"] and "Yateley" not in question and "gifts" in question


def test_a_full_question_naming_a_council_is_no_follow_up():
    assert follow_up_council("What does Battle say about gifts from councillors?", COUNCILS) is None
    assert resolve("Can the Battle clerk refuse?", [FIRST], COUNCILS) == ("Can the Battle clerk refuse?", None)


def test_not_a_question():
    assert not_a_question("  ") == "empty"
    assert not_a_question("thanks!") == "small talk"
    assert not_a_question("Hello") == "small talk"
    assert not_a_question("clerk") == "too short"
    assert not_a_question("2022") == "too short"
    assert not_a_question("Must the Clerk attend?") is None
