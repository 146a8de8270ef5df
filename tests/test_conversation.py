"""Follow-up questions on literal strings."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from assistant.conversation import follow_up_council, resolve
from assistant.scope import help_text, not_a_question

COUNCILS = ["Battle Town Council", "Finmere Parish Council", "Mumbles Community Council", "Yateley Town Council"]
FIRST = "Must the Clerk attend a party group meeting?"


def test_what_about_a_council_re_asks_the_last_question():
    history = [HumanMessage(FIRST), AIMessage("No. ...")]
    assert resolve("what about Battle?", history, COUNCILS) == (FIRST, ["Battle Town Council"])
    history += [HumanMessage("what about Battle?"), AIMessage("...")]
    assert resolve("and Mumbles?", history, COUNCILS) == (FIRST, ["Mumbles Community Council"])
    assert resolve("does yateley say anything about that?", [FIRST], COUNCILS) == (FIRST, ["Yateley Town Council"])
    assert resolve("what does Mumbles say?", [FIRST], COUNCILS) == (FIRST, ["Mumbles Community Council"])
    assert resolve("and what does battle's protocol say?", [FIRST], COUNCILS) == (FIRST, ["Battle Town Council"])
    # (a question of its own that names a council is no follow-up)
    assert resolve("what does Yateley say about gifts?", [FIRST], COUNCILS) == (
        "what does Yateley say about gifts?",
        None,
    )
    two = resolve("what about Battle and Mumbles?", [FIRST], COUNCILS)
    assert two == (FIRST, ["Battle Town Council", "Mumbles Community Council"])


def test_the_earlier_question_loses_its_own_council():
    question, councils = resolve("and Finmere?", ["What does Yateley say about gifts?"], COUNCILS)
    assert councils == ["Finmere Parish Council"] and "Yateley" not in question and "gifts" in question


def test_a_full_question_naming_a_council_is_no_follow_up():
    assert follow_up_council("What does Battle say about gifts from councillors?", COUNCILS) is None
    assert resolve("Can the Battle clerk refuse?", [FIRST], COUNCILS) == ("Can the Battle clerk refuse?", None)
    # "is there anything ..." asks something new; only "there" at the end points back.
    q = "Is there anything about gifts in Battle's protocol?"
    assert resolve(q, [FIRST], COUNCILS) == (q, None)
    assert resolve("what does Battle say there?", [FIRST], COUNCILS) == (FIRST, ["Battle Town Council"])


def test_not_a_question():
    assert not_a_question("  ") == "empty"
    assert not_a_question("thanks!") == "small talk"
    assert not_a_question("Hello") == "small talk"
    assert not_a_question("clerk") == "too short"
    # Thanks with a few words of the kind is small talk; thanks before a question is a question.
    for thanks in (
        "thanks that's helpful",
        "Thanks, that is really useful!",
        "ok cheers, got it",
        "thanks thats great",
    ):
        assert not_a_question(thanks) == "small talk", thanks
        assert help_text(["Battle Town Council"], "small talk", thanks).startswith("You're welcome.")
    assert not_a_question("thanks - can I ring the clerk at home?") is None
    assert not_a_question("2022") == "too short"
    assert not_a_question("Must the Clerk attend?") is None


def test_a_question_about_relations_in_the_thesaurus_words():
    from assistant.scope import about_relations

    assert about_relations("i work for the council and a cllr keeps giving me a hard time")
    assert about_relations("can a councillor sit on the interview panel for the new caretaker?")
    assert not about_relations("what's the deadline to register for the may elections")  # a concept, no party
    assert not about_relations("how many councillors sit on the planning committee?")  # a party, no concept
    # Thesaurus words as common in other council business are no evidence.
    assert not about_relations("what are the office opening hours?")
    assert not about_relations("what is the clerk's salary and how many days holiday does she get?")
    assert not about_relations("can a councillor stand for election in the may elections?")
    assert about_relations("what can staff count on from the councillors?")  # "count on", not "what can"
    # "the part timer" is a member of staff.
    assert about_relations("can i ask the part timer in the office to negotiate with the contractor?")
    assert not about_relations("")


def test_the_scope_margin_is_looser_for_a_question_about_relations():
    import numpy as np

    from assistant.scope import OUT_OF_SCOPE_TOPICS, ScopeCheck

    class Topics:  # the out-of-scope topics' vectors: all along one axis
        def embed(self, texts):
            return np.tile(np.array([[1.0, 0.0]], "float32"), (len(texts), 1))

    check = ScopeCheck(Topics(), floor=0.2, margin=0.025, concept_margin=-0.10)
    query = np.array([0.6, 0.8], "float32")  # 0.6 from every topic
    assert len(check.topic_vectors()) == len(OUT_OF_SCOPE_TOPICS)
    # The best clause is 0.55: 0.05 further than the nearest out-of-scope topic.
    assert not check.verdict(query, 0.55, question="when is the next meeting?").answerable
    assert check.verdict(query, 0.55, question="a cllr keeps giving me a hard time, what can i do?").answerable
    assert not check.verdict(query, 0.45, question="a cllr keeps giving me a hard time, what can i do?").answerable


def test_and_the_2022_protocol_re_asks_the_last_question_of_that_protocol():
    from assistant.conversation import follow_up_year

    earlier = "yateley: what if officers brief a party group and some non-councillors are there?"
    question, councils = resolve("and the 2022 protocol?", [earlier], COUNCILS)
    assert councils is None  # the search scopes it by the year
    assert question == "what if officers brief a party group and some non-councillors are there? (the 2022 protocol)"
    # An earlier question that named another year's protocol is asked of this one instead.
    again = resolve("what about the 2019 protocol?", ["what does the 2022 protocol say about gifts?"], COUNCILS)
    assert again == ("what does the 2019 protocol say about gifts?", None)
    # Only when the year is all the follow-up says.
    assert follow_up_year("and the 2022 protocol?") == "2022"
    assert follow_up_year("and the 2022 protocol on gifts?") is None
    assert follow_up_year("is the 2022 protocol newer?") is None
    assert resolve("and the 2022 protocol?", [], COUNCILS) == ("and the 2022 protocol?", None)


def test_follow_ups_with_in_or_at_and_a_misspelt_or_unknown_place():
    from assistant.conversation import unknown_place

    councils = COUNCILS + ["Wyncombe Town Council"]
    assert resolve("and in Wyncombe?", [FIRST], councils) == (FIRST, ["Wyncombe Town Council"])
    assert resolve("what about at battle", [FIRST], councils) == (FIRST, ["Battle Town Council"])
    # A place spelt close to one council's name is that council; a capitalised place that is no
    # council is named as unknown; an everyday word is a new question ("what about Gifts?").
    assert resolve("and in yately", [FIRST], councils) == (FIRST, ["Yateley Town Council"])
    assert unknown_place("what about Narnia?", councils) == "Narnia"
    assert unknown_place("what about Gifts?", councils) is None
    assert unknown_place("what about gifts?", councils) is None
    assert unknown_place("and in yately", councils) is None


def test_a_refusal_names_topics_without_their_numbers():
    from types import SimpleNamespace

    from assistant.chain import _topic

    clause = SimpleNamespace(council="Hoxley Parish Council", document="Minutes")
    assert _topic("75/24Planning", clause) == "Planning"  # a minute's number glued to its title
    assert _topic("PART II - ROLES OF COUNCILLORS", clause) == "Roles of councillors"
    assert _topic("Roles > 2.1 Councillors", clause) == "Councillors"
    assert _topic("Hoxley Parish Council", clause) == ""


def test_a_question_of_its_own_ending_in_there_is_no_follow_up():
    councils = ["Fernshire County Council", "Yateley Town Council"]
    assert follow_up_council("Fernshire county - who is the monitoring officer there?", councils) is None
    assert follow_up_council("and yateley, what does it say there?", councils) == ["Yateley Town Council"]


def test_it_in_a_question_about_dates_is_the_protocol_the_last_question_named():
    from assistant.conversation import carried_council

    history = ["does finmere say anything about close friendships?"]
    assert carried_council("when was it last reviewed?", history, COUNCILS) == "Finmere Parish Council"
    assert carried_council("when was the protocol adopted?", history, COUNCILS) == "Finmere Parish Council"
    # not without "it", not for another kind of question, not after a question naming none or two
    assert carried_council("when are protocols usually reviewed?", history, COUNCILS) is None
    assert carried_council("can i ask it for help?", history, COUNCILS) is None
    assert carried_council("when was it last reviewed?", ["can i ask the clerk for help?"], COUNCILS) is None
    assert carried_council("when was it adopted?", ["in battle and mumbles, who is the clerk?"], COUNCILS) is None


def test_a_follow_up_that_adds_a_case_re_asks_the_last_question_with_it():
    from assistant.conversation import follow_up_topic, last_full_question

    assert follow_up_topic("what about just before elections?") == "just before elections"
    assert follow_up_topic("and for officers?") == "for officers"
    # a question of its own, or a protocol by its year, is no such follow-up
    assert follow_up_topic("and can the clerk refuse?") is None
    assert follow_up_topic("and the clerk refused, what now?") is None
    assert follow_up_topic("and the 2022 protocol?") is None
    assert follow_up_topic("can i email the clerk?") is None
    history = ["can councillors talk to the press?", "what about Battle?"]
    assert last_full_question(history) == "can councillors talk to the press?"
    assert last_full_question([]) is None
    assert last_full_question(["can councillors talk to the press?", "thanks!"]) == "can councillors talk to the press?"
