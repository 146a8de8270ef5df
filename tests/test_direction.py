"""Whose grievance a question or a clause is about, on literal strings."""

from __future__ import annotations

import pytest

from index.direction import clause_directions, question_direction


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I'm the assistant clerk and a councillor has been really rude to me, who do I go to?", "officer_aggrieved"),
        ("a councillor keeps shouting at our assistant, what does the protocol say?", "officer_aggrieved"),
        ("As a councillor, how do I complain about an officer who was rude to me?", "councillor_aggrieved"),
        ("The clerk ignored my emails for weeks - I'm a councillor, what can I do?", "councillor_aggrieved"),
        ("Must the Clerk attend a party group meeting?", None),
        # Whom the complaint is about decides, before a bad word near a role ("the Clerk's performance").
        ("How does a councillor complain about the Clerk's performance?", "councillor_aggrieved"),
        ("i'm a councillor and unhappy with the clerks work, what do i do", "councillor_aggrieved"),
        ("What should a councillor do if they are unhappy with an officer's work?", "councillor_aggrieved"),
        ("can an officer report a councillor to the monitoring officer", "officer_aggrieved"),
        ("how do different councils handle complaints from staff about councillors?", "officer_aggrieved"),
        ("Can councillors and officers be friends?", None),
        # the one who complains about "me" is aggrieved, and the one asking is the other side
        ("what happens if a councillor complains about me?", "councillor_aggrieved"),
        ("a member has made a formal complaint about my work, what now?", "councillor_aggrieved"),
        ("the clerk complained about me to the chair, what happens next?", "officer_aggrieved"),
        ("what if a resident complains about me?", None),
        # (not when the one asking complains too, nor when the complaint is a resident's)
        ("Can I raise a grievance against the councillor who complained about me?", "officer_aggrieved"),
        ("A councillor told me a resident complained about me", None),
    ],
)
def test_question_direction(question, expected):
    assert question_direction(question) == expected


def test_clause_directions():
    assert clause_directions(
        "Where a Councillor is dissatisfied with the conduct of an officer, the matter should be raised with the Clerk."
    ) == {"councillor_aggrieved"}
    assert clause_directions(
        "If an officer feels that a councillor has bullied them, they should tell the Chairman."
    ) == {"officer_aggrieved"}
    assert clause_directions("Councillors and officers should treat each other with respect.") == set()


def test_whom_a_complaint_is_about_and_who_hears_it():
    from index.direction import clause_directions, question_direction

    assert question_direction("Who do i complain to about the clerk?") == "councillor_aggrieved"
    assert question_direction("how do I make a complaint against a councillor?") == "officer_aggrieved"
    assert question_direction("I'm the clerk, who do I complain to about a councillor?") == "officer_aggrieved"
    assert question_direction("can I complain to the clerk about the noise?") is None
    # The Monitoring Officer hears complaints: this is an officer's grievance, not one about an officer.
    procedure = (
        "Whilst it will always be preferable to resolve matters informally, through conciliation by "
        "Councillors, officers will have recourse to the Grievance Procedure and then to the Monitoring Officer."
    )
    assert "councillor_aggrieved" not in clause_directions(procedure)


def test_a_complaint_by_someone_else_is_no_side_s_grievance():
    from index.direction import question_direction

    assert question_direction("a member of the public complained about the clerk - what happens?") is None
    assert question_direction("a resident has a grievance against a councillor") is None
    assert question_direction("who deals with concerns about members of the public?") is None


def test_a_clause_that_says_whose_procedure_it_is():
    from index.direction import clause_directions

    assert clause_directions("Procedure for officers - from time to time the relationship may break down.") == {
        "officer_aggrieved"
    }
    assert clause_directions("Procedure for Councillor In the event that a Councillor is dissatisfied ...") == {
        "councillor_aggrieved"
    }


def test_who_did_it_is_the_one_after_by_and_a_member_of_my_team_is_staff():
    assert question_direction("a member of my team got shouted at by a councillor, what should she do?") == (
        "officer_aggrieved"
    )
    assert question_direction("my cllr colleague got shouted at by an officer, what can he do?") == (
        "councillor_aggrieved"
    )
    assert question_direction("members of staff were shouted at by the chairman") == "officer_aggrieved"
    assert question_direction("i was shouted at by members of the staffing committee, what can i do?") == (
        "officer_aggrieved"
    )
    assert question_direction("the clerk was shouted at by a member of the public, what can she do?") is None
    # ... but the one after "accused of bullying by" accuses.
    assert question_direction("an officer was accused of bullying by a councillor, what happens now?") == (
        "councillor_aggrieved"
    )


def test_what_one_side_can_expect_of_the_other():
    from index.direction import clause_expectations, expected_of, expects_of_other_side, facing_away

    assert expected_of("what can I expect from councillors?") == "of_councillors"
    assert expected_of("what can councillors expect from officers") == "of_officers"
    assert expected_of("yateley tc - what can staff count on from the councillors?") == "of_councillors"
    assert expected_of("can i expect the clerk to reply quickly?") is None
    assert clause_expectations("Officers can expect from Councillors: - a working partnership") == {"of_councillors"}
    assert clause_expectations("Councillors can expect from officers: - a commitment") == {"of_officers"}
    # ("All Councillors can expect:" is of officers)
    assert clause_expectations("All Councillors can expect: - A commitment from Officers") == {"of_officers"}
    assert facing_away("what can I expect from councillors?", "Councillors can expect from officers: - respect")
    assert not facing_away("what can I expect from councillors?", "Officers can expect from Councillors: - respect")
    both = "All Councillors can expect: - Respect from officers. Officers can expect from councillors: - Courtesy"
    assert not facing_away("what can I expect from councillors?", both)  # one clause, both lists
    assert expects_of_other_side("what can I expect from councillors?", "Respect from officers.", both)
    assert not expects_of_other_side("what can I expect from councillors?", "Courtesy", both)


def test_a_grievance_is_not_answered_by_what_the_other_side_may_expect_of_the_one_aggrieved():
    from index.direction import facing_away

    of_councillors = "Officers can expect from Councillors: - respect - not to be subjected to bullying or harassment"
    of_officers = "Councillors can expect from officers: - courtesy - a timely response to enquiries"
    # a councillor wronged by the clerk: officers' expectations of councillors are about councillors' conduct
    assert facing_away("the clerk was rude about me in the newsletter, what can I do?", of_councillors)
    assert not facing_away("the clerk was rude about me in the newsletter, what can I do?", of_officers)
    # an officer wronged by a councillor: the other way round
    assert facing_away("a councillor was rude to me, what can I do?", of_officers)
    assert not facing_away("a councillor was rude to me, what can I do?", of_councillors)
    # a clause with a complaints procedure as well is judged on that
    both = of_councillors + " An officer who is concerned about a councillor's conduct should tell the Clerk."
    assert not facing_away("a councillor was rude to me, what can I do?", both)


def test_unhappy_with_how_an_officer_did_something_and_complaints_by_staff():
    assert question_direction("im unhappy with how the clerk handled a complaint - who do i take it to?") == (
        "councillor_aggrieved"
    )
    assert question_direction("complaints by staff about councillors") == "officer_aggrieved"
    assert question_direction("complaints by residents about councillors") is None


def test_a_clause_that_opens_with_whose_remedy_it_is():
    from index.direction import clause_directions

    assert clause_directions(
        "An officer may have recourse to the Council's formal grievance policy and/or reporting to the District "
        "Council's Monitoring Officer to raise a Code of Conduct complaint."
    ) == {"officer_aggrieved"}
    assert clause_directions("A Councillor may have recourse to the Council's formal disciplinary policy.") == {
        "councillor_aggrieved"
    }
    assert clause_directions("An officer may attend but is not obliged to do so.") == set()


def test_expectations_and_remedies_read_narrowly():
    from index.direction import clause_directions, clause_expectations, expected_of

    # what is expected of the clerk, though "from councillors" follows
    assert expected_of("is it reasonable to expect the clerk to answer emails from councillors within a day?") is None
    assert expected_of("what can officers expect to receive from members") == "of_councillors"
    # "what both councillors and officers can expect" is neither side's list
    assert clause_expectations("It sets out what both councillors and officers can expect of each other.") == set()
    # each sentence's remedy counts; a referral to a disciplinary panel is no officer's grievance
    both = "Any officer can use the grievance procedure; any councillor can complain to the monitoring officer."
    assert clause_directions(both) == {"officer_aggrieved", "councillor_aggrieved"}
    assert clause_directions("The Clerk may refer the matter to the disciplinary panel.") == set()
    # "unhappy with how officers were treated by a councillor" is no councillor's complaint
    assert question_direction("unhappy with how officers were treated by a councillor") != "councillor_aggrieved"


@pytest.mark.parametrize(
    ("text", "directions"),
    [
        # The one a concern is taken to handles it: the concern is not about them.
        (
            "An officer who believes a member may have acted other than in accordance with this protocol should "
            "raise his concern with the Town Clerk.",
            {"officer_aggrieved"},
        ),
        (
            "A Member who is unhappy with the work or behaviour of an officer should not raise it in public, at a "
            "Council meeting, with the officer's colleagues or on social media.",
            {"councillor_aggrieved"},
        ),
        (
            "The Clerk should first raise any concern about a councillor informally with the Chair.",
            {"officer_aggrieved"},
        ),
        ("A councillor with a concern about the Caretaker should raise it with the Clerk.", {"councillor_aggrieved"}),
        ("The Lengthsman should raise any concern about a councillor with the Clerk.", {"officer_aggrieved"}),
        (
            "If a Councillor is dissatisfied with the conduct of the Town Clerk, the matter should be raised with "
            "the Town Clerk in the first instance.",
            {"councillor_aggrieved"},
        ),
        # ... but what it is about, whose manager it goes to and the one concerned are sides of it, and
        # a role past a comma or in the rest of the sentence is not the one it is taken to.
        (
            "An officer wishing to raise a complaint in relation to a Member should contact the Clerk.",
            {"officer_aggrieved"},
        ),
        (
            "A Member who is dissatisfied should raise the matter with the officer's line manager.",
            {"councillor_aggrieved"},
        ),
        (
            "An officer who feels aggrieved should raise the matter informally with the member concerned.",
            {"officer_aggrieved"},
        ),
        (
            "Any Member who is dissatisfied should not raise it in public, but speak to the officer's manager.",
            {"councillor_aggrieved"},
        ),
        (
            "A councillor who is unhappy should raise it with the Chair if the Clerk or the Deputy has been unhelpful.",
            {"councillor_aggrieved"},
        ),
    ],
)
def test_whom_a_concern_is_taken_to_is_no_side_of_it(text, directions):
    assert clause_directions(text) == directions


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("a councillor keeps having a go at me in meetings, who do I tell?", "officer_aggrieved"),
        ("one of the cllrs is picking on our assistant, what can she do?", "officer_aggrieved"),
        ("i'm a councillor and the clerk had a go at me in the meeting, what can i do?", "councillor_aggrieved"),
        ("can i have a go at running the meeting?", None),
        ("can the chair pick one of the officers to take the minutes?", None),
        # ("bullies": the verb's third person, as "bully", "bullied" and "bullying")
        ("what happens if a councillor bullies the clerk?", "officer_aggrieved"),
        ("what if the clerk bullies a new councillor?", "councillor_aggrieved"),
    ],
)
def test_having_a_go_at_someone_is_a_grievance(question, direction):
    assert question_direction(question) == direction
