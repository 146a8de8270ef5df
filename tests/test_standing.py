"""Whose words a sentence is (assistant/standing.py), on literal strings; and no Yes/No from a
sentence that only reports a rule."""

import pytest

from assistant.standing import not_the_rule
from assistant.verdict import sentence_verdict


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("12/03/2025, 08:52 - Cllr Ron Aldous: I shall carry on asking Jane direct.", "a chat message"),
        ("[12/03/2025, 08:52:10] Dave Pruett: councillors can ring the clerk at home, no problem", "a chat message"),
        ("I think councillors can contact the Clerk at home.", "someone's opinion"),
        ("I'm pretty sure the clerk has to come to group meetings.", "someone's opinion"),
        ("In my day the clerk did what the chairman told her.", "someone's opinion"),
        ("Some members felt that officers should attend group meetings.", "someone's view reported"),
        ("One respondent suggested councillors should never contact staff at weekends.", "someone's view reported"),
        ("Cllr Shah argued that the Clerk must attend.", "someone's view reported"),
        ("Respondents asked whether members may bring a friend.", "someone's view reported"),
        ('"Officers may accept small gifts," said Cllr Jones.', "someone's words quoted"),
        ("The 2019 protocol required replies within ten working days.", "an earlier version reported"),
        ("The old protocol said that members may phone the Clerk at home.", "an earlier version reported"),
        ("Under the previous protocol, councillors could instruct the Clerk directly.", "an earlier version reported"),
        ("That was in the first draft, Dave.", "an earlier version reported"),
        ("The draft stated that officers must reply within ten days.", "an earlier version reported"),
        ("It is proposed that officers may attend group meetings on request.", "a proposal"),
        ("The working group recommends that the Clerk should not attend.", "a proposal"),
    ],
)
def test_text_that_reports_a_rule_is_not_the_rule(sentence, reason):
    assert not_the_rule(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors must not contact the Clerk at home.",
        # a rule's own words that look like the forms above
        "A councillor asked to sit on an appointment panel must declare any relationship.",
        "A member who says that an officer has been rude must use the procedure in section 6.",
        "A councillor who wants the Clerk to do a long task should ask for it to go on the agenda.",
        "We believe councillors and officers should treat each other with respect.",
        "The Council resolved that councillors must not contact the Clerk at home.",
        "This protocol replaces the previous version adopted in 2019.",
        "Members must not tell officers what they think of a political party.",
        "Under the 2024 protocol, members may ask the Clerk for advice.",
        "Members may ask questions at meetings: the Clerk will reply within 5 days.",
    ],
)
def test_a_rule_stated_by_the_protocol_is_the_rule(sentence):
    assert not_the_rule(sentence) is None


def test_no_verdict_from_a_reported_rule_but_one_from_the_rule_itself():
    question = "Can councillors ring the clerk at home?"
    assert sentence_verdict(question, "Councillors must not ring the Clerk at home.") == "no"
    for reported in (
        "12/03/2025, 18:47 - Cllr Ron Aldous: Councillors can ring the Clerk at home if it can't wait.",
        "I think councillors can ring the Clerk at home.",
        "Some members felt that councillors may ring the Clerk at home.",
        "The 2019 protocol said that councillors may ring the Clerk at home.",
    ):
        assert sentence_verdict(question, reported) is None, reported


def test_a_revision_note_quoting_a_version_and_a_history_section_are_not_the_rule():
    from assistant.standing import in_a_history

    note = '3 14/06/2021 Final as approved. Para 4.2 reads: "Councillors may telephone a Director when urgent."'
    assert not_the_rule(note) == "an earlier version reported"
    assert in_a_history("11. Review > Amendment history")
    assert in_a_history("Version control") and in_a_history("9. Review > Changelog")
    assert not in_a_history("5. Contact > Out of hours") and not in_a_history("Reviewing this protocol")


def test_a_transcript_line_is_spoken_not_adopted():
    from assistant.standing import spoken

    line = "[20:41] Cllr Hollis: Thanks. When I was on the district we could instruct officers on small things."
    assert not_the_rule(line) == "a transcript's words" and spoken(line)
    assert spoken("12/03/2025, 08:52 - Cllr Ron Aldous: In my day the clerk did what the chairman told her.")
    assert not spoken("4.2 Officers will acknowledge an enquiry within [2] working days.")


@pytest.mark.parametrize(
    "sentence",
    [
        # (found by a review: a reporting phrase that does not frame the rule)
        "Officers must reply within 10 working days (the old protocol said 15).",
        "Councillors must not contact staff directly, whatever the previous protocol said.",
        "Where a resident says that a councillor has been rude, the Clerk will log the complaint.",
        "The 2023 protocol was adopted by Council and applies to all members.",
        "Officers may attend group meetings, as some members suggested in the consultation.",
        "The Councillor Handbook says that members must not instruct staff.",
    ],
)
def test_a_reporting_phrase_that_does_not_frame_the_sentence_leaves_the_rule(sentence):
    assert not_the_rule(sentence) is None


def test_a_sentence_wholly_in_quotation_marks_is_someone_s_words():
    quoted = "someone's words quoted"
    assert not_the_rule('"I can phone a Head of Service up to 8pm if it\'s about my ward."') == quoted
    assert not_the_rule("\u201cMy group can invite any officer to our group meeting.\u201d") == quoted
    assert not_the_rule('Members must not say "yes" to gifts.') is None
    assert not_the_rule('"Officers" means all employees of the council.') is None
