"""When: times of day, weekends and emergencies out of hours, on literal strings (assistant/clock.py
and the verdicts that use it)."""

from __future__ import annotations

import pytest

from assistant.clock import asked_hour, ruled_hours, within
from assistant.verdict import sentence_verdict


@pytest.mark.parametrize(
    ("question", "hour"),
    [
        ("can I ring the clerk at 7pm?", 19.0),
        ("can i phone her at half 8 in the evening about the agenda", 20.5),
        ("is it ok to text at 9 at night?", 21.0),
        ("can I call at 7.30pm?", 19.5),
        ("can I ring at 7 in the morning?", 7.0),
        ("can I ring at 7?", None),  # morning or evening: not said
        ("can I ring the clerk on a sunday?", None),
        ("is 7pm or 9pm better?", None),  # two times
    ],
)
def test_the_time_a_question_names(question: str, hour: float | None) -> None:
    assert asked_hour(question) == hour


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Telephone calls should never be made after 7pm.", [(19.0, 24.0)]),
        ("Councillors must not telephone the Clerk before 9 am or after 6 pm.", [(18.0, 24.0), (0.0, 9.0)]),
        ("Staff need not read messages between 6pm and 8am.", [(18.0, 24.0), (0.0, 8.0)]),
        ("Officers are not expected to answer calls outside 8am to 6pm, Monday to Friday.", [(0.0, 8.0), (18.0, 24.0)]),
        ("Calls should be made between 9am and 5pm on weekdays.", [(9.0, 17.0)]),
        ("Councillors should not contact officers at weekends.", None),
    ],
)
def test_the_hours_a_rule_is_about(sentence: str, spans: list[tuple[float, float]] | None) -> None:
    assert ruled_hours(sentence) == spans


def test_a_time_within_the_hours() -> None:
    assert within(20.5, [(19.0, 24.0)])
    assert not within(18.0, [(18.0, 24.0)])  # "after 6pm" does not take in 6pm itself
    assert within(7.0, [(18.0, 24.0), (0.0, 8.0)]) and not within(14.0, [(18.0, 24.0), (0.0, 8.0)])


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a day and a time in everyday words are the rule's "weekends" and "evenings"
        (
            "can I text the clerk on a saturday about next month's agenda?",
            "Members must not contact the Clerk at weekends.",
            "no",
        ),
        # a time within the rule's hours is its case, though the numbers differ
        (
            "can i phone the clerk at half 8 in the evening about the agenda",
            "Councillors must not telephone the Clerk after 7pm.",
            "no",
        ),
        # an emergency the question tells of in its own words meets the rule's exception
        (
            "the brook is flooding the road and it's a saturday - am I allowed to phone the clerk?",
            "Councillors should not telephone the Clerk after 6pm or at weekends, except in an emergency such as "
            "flooding or damage to Council property.",
            "yes",
        ),
        # ... and a question that says it is no emergency gets the rule itself
        (
            "is it ok for me to ring the clerk at the weekend if it's not urgent?",
            "Councillors should not telephone the Clerk at weekends except in an emergency.",
            "no",
        ),
        # "will not be criticised for failing to reply" gives leave not to reply
        (
            "officer here - am I allowed to switch off and leave a councillor's email unanswered over the weekend?",
            "Officers are entitled to switch off at weekends and will not be criticised for failing to reply to "
            "messages.",
            "yes",
        ),
    ],
)
def test_when_a_rule_applies(question: str, sentence: str, verdict: str) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a time outside the rule's hours: the rule does not say (no Yes read into its silence)
        ("can i phone the clerk at 2pm about the agenda?", "Councillors must not telephone the Clerk after 7pm."),
        # a question that tells of an emergency and a rule with no exception: it may not cover the case
        (
            "the hall is flooding - can I ring the clerk on a sunday?",
            "The Clerk's mobile may be used at weekends only for an emergency.",
        ),
    ],
)
def test_no_verdict_when_the_time_or_case_is_not_the_rule_s(question: str, sentence: str) -> None:
    assert sentence_verdict(question, sentence) is None
