"""Gift values against a protocol's money limits, on literal strings: the sums and limits read
(assistant/amounts.py) and the Yes/No they give (assistant.verdict.amount_verdict)."""

from __future__ import annotations

import pytest

from assistant.amounts import Limit, asked_amount, sentence_limit
from assistant.verdict import amount_verdict, sentence_verdict


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("can I keep a £15 bottle of wine?", (15.0, 15.0)),
        ("a supplier wants to give me whisky worth 45 pounds", (45.0, 45.0)),
        ("can staff take a present worth 12 quid?", (12.0, 12.0)),
        ("a cllr gave me a present, well under £15. can I keep it?", (0.0, 14.99)),
        ("can I accept gifts worth over £40?", (40.01, float("inf"))),
        ("can I keep the flowers?", None),
        ("is a £10 or a £30 gift ok?", None),  # two sums: no one value asked about
        ("can I ring the clerk after 6pm?", None),  # a time is no sum of money
    ],
)
def test_the_one_sum_a_question_names(question: str, values: tuple[float, float] | None) -> None:
    found = asked_amount(question)
    assert found == (pytest.approx(values) if values is not None else None)


@pytest.mark.parametrize(
    ("sentence", "side", "amount"),
    [
        ("Officers must not accept a personal gift worth more than £15.", "above", 15.0),
        ("Staff may accept a small gift worth no more than £15 and must record it.", "at_most", 15.0),
        ("Staff may accept gifts to a value of not more than 20 pounds.", "at_most", 20.0),
        ("Staff can keep a present if it is worth £10 or less.", "at_most", 10.0),
        ("Staff may accept items of token value (under £10) from councillors.", "below", 10.0),
        ("Officers must register any hospitality of £30 or more within 14 days.", "at_least", 30.0),
        ("Officers must declare any gift if its value exceeds £25.", "above", 25.0),
        ("The Clerk may accept modest gifts of up to £20 in value.", "at_most", 20.0),
    ],
)
def test_a_sentence_limit_and_its_side(sentence: str, side: str, amount: float) -> None:
    limit = sentence_limit(sentence)
    assert limit is not None and (limit.side, limit.amount) == (side, amount)


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff must not accept gifts of money or vouchers.",  # no sum
        "The annual allowance is £250.",  # a sum, no limit word
        "Gifts over £10 from councillors and over £25 from residents must be declined.",  # two limits
    ],
)
def test_no_one_limit(sentence: str) -> None:
    assert sentence_limit(sentence) is None


def test_a_range_of_values_against_a_limit() -> None:
    """ "gifts over £10" against "up to £25": some are within, some not; no one answer."""
    assert Limit("at_most", 25, 0).holds_for((10.01, float("inf"))) is None
    assert Limit("at_most", 25, 0).holds_for((0.0, 14.99)) is True
    assert Limit("above", 25, 0).holds_for((30.0, float("inf"))) is True
    assert Limit("above", 25, 0).holds_for((0.0, 20.0)) is False


def test_a_limit_holds_on_its_own_side() -> None:
    assert Limit("at_most", 20, 0).holds(20) and not Limit("at_most", 20, 0).holds(20.01)
    assert Limit("below", 10, 0).holds(9.99) and not Limit("below", 10, 0).holds(10)
    assert Limit("above", 25, 0).holds(26) and not Limit("above", 25, 0).holds(25)
    assert Limit("at_least", 30, 0).holds(30) and not Limit("at_least", 30, 0).holds(29)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a prohibition above the limit: above is No, within is Yes
        (
            "officer here - a cllr gave me wine worth about £20, can I keep it?",
            "Officers must not accept a personal gift from a Member worth more than £15.",
            "no",
        ),
        (
            "officer here - a cllr gave me wine worth about £12, can I keep it?",
            "Officers must not accept a personal gift from a Member worth more than £15.",
            "yes",
        ),
        # a permission up to the limit
        (
            "can the clerk accept a £15 bottle of wine from a resident?",
            "Staff may accept a small gift from a member of the public to a value of not more than 20 pounds.",
            "yes",
        ),
        (
            "can an officer accept a £40 hamper from a contractor?",
            "Officers may accept a gift from a member of the public or a supplier only if its value is no more "
            "than 25 pounds.",
            "no",
        ),
        # a prohibition with an exception below the limit
        (
            "can an officer accept chocolates worth about £8 from a member?",
            "Officers must not accept any gift from a Member, except an item of low value (under £10).",
            "yes",
        ),
        # an obligation to register above the limit
        (
            "officer here - a supplier bought me a £35 lunch, do I need to register it?",
            "Officers must register any gift or hospitality of £30 or more offered by anyone else within 14 days.",
            "yes",
        ),
        (
            "officer here - a contractor gave me wine worth about £30, do i have to register it?",
            "Officers must register any gift or hospitality worth more than £50 that is offered to them.",
            "no",
        ),
        # refusing above the limit is a No to keeping it
        (
            "can the clerk keep a £40 hamper from a councillor?",
            "The Clerk should refuse any gift from a councillor worth more than £25.",
            "no",
        ),
    ],
)
def test_a_gift_against_the_limit(question: str, sentence: str, verdict: str) -> None:
    assert amount_verdict(question, sentence) == verdict
    assert sentence_verdict(question, sentence) == verdict  # the verdict the answer gives


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # another giver: the limit on gifts from the public says nothing of a councillor's
        (
            "can the clerk accept a £15 bottle of wine from a councillor?",
            "Staff may accept a small gift from a member of the public to a value of not more than 20 pounds.",
        ),
        # a limit on gifts is none on hospitality
        (
            "can an officer accept a £15 lunch from a councillor?",
            "Officers may accept a gift from a Member worth no more than £20.",
        ),
        # giving is not accepting
        (
            "is it alright to give one of the staff a £15 box of chocs?",
            "Staff may accept a small gift from a councillor provided it is worth less than £25.",
        ),
        # a rule on registering does not say whether it may be kept
        (
            "officer here - can I keep a £40 hamper from a supplier?",
            "Officers must register any gift worth more than £25 offered by a supplier.",
        ),
        # a declined offer: only a rule on offers says whether it is registered
        (
            "officer here - a supplier offered me a £40 meal and I turned it down, do I still have to record it?",
            "Officers must record any hospitality worth more than £25 that they accept.",
        ),
        # "must not accept gifts under £10" is no rule anyone writes: not read as one
        (
            "can an officer accept a £5 gift from a councillor?",
            "Officers must not accept gifts worth less than £10 from a councillor.",
        ),
        # a permission that also needs consent, or is hedged
        (
            "can I accept a £30 hamper from a local business?",
            "Members may accept gifts up to a value of £50 only with the prior written consent of the Monitoring "
            "Officer.",
        ),
        ("can I accept a £40 bottle of whisky?", "Members should not normally accept gifts worth more than £25."),
        # an open range across the limit
        ("can I accept gifts worth more than £10?", "Members may accept gifts up to £25 in value."),
        # a part or an exception that sets something apart
        (
            "can I accept a £20 bottle of wine?",
            "Members may accept gifts up to £25 in value, but must not accept gifts of alcohol.",
        ),
        ("can I accept a £20 bottle of wine?", "Members may accept gifts up to £25 in value except gifts of alcohol."),
        # money that is no gift
        (
            "can the clerk take £150 out of petty cash to buy a new printer?",
            "The Clerk may take up to £100 from petty cash to purchase small items without prior approval.",
        ),
        # the limit is in another part of the sentence
        (
            "officer here - can I keep a £45 bottle of whisky from a supplier?",
            "Officers must decline all gifts from Members; suppliers' gifts worth more than 30 pounds are declared.",
        ),
    ],
)
def test_no_verdict_from_a_limit_that_is_not_the_question_s(question: str, sentence: str) -> None:
    assert amount_verdict(question, sentence) is None
