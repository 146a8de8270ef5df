"""The yes/no verdict on literal strings: modal detection, polarity, direction, action."""

from __future__ import annotations

import pytest

from assistant.verdict import (
    Verdict,
    choose_verdict,
    contradicted,
    direction,
    excepted,
    is_yes_no,
    leaning,
    present_fact_polarity,
    question_modality,
    rule_object,
    same_action,
    sentence_polarity,
    sentence_verdict,
    speaker_role,
    sub_clauses,
    subject_rules,
    uninverted,
    with_lead_in,
    with_subject,
    without_inline_heading,
)
from assistant.verdict.action import _asked_to_act
from assistant.verdict.direction import _flip_passive, same_direction
from assistant.verdict.exceptions import _only_others_named
from assistant.verdict.people import _office_for_any_staff, _subject_denied
from assistant.verdict.polarity import _said_to_reader
from assistant.verdict.question import _predicate, _two_questions
from assistant.verdict.things import _whose_thing_differs

GROUPS = (
    "Party political groups have no power to require the Town Clerk or any other employee to attend group "
    "meetings or to prepare written reports for them, and employees can legitimately refuse to do so."
)


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        ("Must the Clerk attend a party group meeting?", "obligation"),
        ("can our group make the clerk come to our meeting?", "permission"),
        ("is it ok for me to be friends with the clerk?", "permission"),
        ("as a councillor am i allowed onto council land?", "permission"),
        ("do i have to tell the ward councillor before a site visit?", "obligation"),
        ("at sellingford a cllr wants a big job done - can the clerk push back?", "permission"),
        ("Does Yateley Town Council let the Clerk refuse?", "permission"),
        ("Who decides whether a councillor needs to see a document?", None),
        ("what should I do if a councillor is rude to me?", None),
        ("can't the clerk just say no?", None),
        ("thanks!", None),
    ],
)
def test_modal_detection(question, modality):
    assert question_modality(question) == modality
    assert is_yes_no(question) == (modality is not None or "can't" in question)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Party groups have no power to require the Clerk to attend.", "negative"),
        ("Officers should not be asked to canvass.", "negative"),
        ("Members must not give instructions to staff.", "negative"),
        ("Employees can legitimately refuse to do so.", "permitted"),
        ("Councillors have the same right as any other member of the public to make requests.", "permitted"),
        ("A member is entitled to see the papers.", "permitted"),
        ("The Clerk must give substantially the same advice to each.", "obliged"),
        ("It must not be assumed that an officer is supportive of any policy.", None),
        ("The Town Clerk may properly be asked to contribute to deliberations.", None),
        ("Members and Officers should be cautious in developing close friendships.", None),
        ("The duration of attendance will be at the discretion of the group.", None),
        ("The Clerk shall not decline an invitation to advise another group.", None),
    ],
)
def test_polarity_is_explicit_or_none(sentence, polarity):
    assert sentence_polarity(sentence) == polarity


def test_direction_and_speaker():
    assert direction("Party groups have no power to require the Town Clerk") == ("group", "officer")
    assert direction("Councillors should not instruct officers") == ("member", "officer")
    assert speaker_role("as a cllr can I see the file?") == "member"
    assert speaker_role("a councillor asked me to help, can I?") == "officer"
    assert speaker_role("can our group make the clerk come?") == "group"


def test_groups_cannot_make_the_clerk_attend():
    assert sentence_verdict("Can our group make the clerk come to our meeting?", GROUPS) == "no"
    assert sentence_verdict("Must the Clerk attend a party group meeting?", GROUPS) == "no"


def test_coming_to_a_meeting_is_attending_it():
    # The meeting is what is attended: with "come to" for "attend", it is the second piece of evidence.
    assert sentence_verdict("does the clerk have to come to our group meeting?", GROUPS) == "no"
    assert same_action("must the clerk come to our group meeting?", GROUPS)
    # Only the same kind of meeting: a council meeting, or a meeting with a developer, is another act.
    assert sentence_verdict("must the clerk come to the full council meeting?", GROUPS) is None
    assert sentence_verdict("should the clerk go to the meeting with the developer?", GROUPS) is None


def test_work_narrowed_to_party_politics_is_no_rule_on_personal_work():
    rule = (
        "Members should not ask officers to undertake work, or act in a way, which seeks to support or benefit "
        "a particular political party."
    )
    assert sentence_verdict("can councillors ask me to do personal work for them?", rule) is None
    assert sentence_verdict("can i ask officers to do work for my party?", rule) == "no"
    # A party by name, a campaign or a manifesto is political work in the asker's words.
    assert sentence_verdict("can I ask officers to do work for the Conservatives?", rule) == "no"
    assert sentence_verdict("can I ask officers to work on our manifesto?", rule) == "no"
    assert sentence_verdict("can I ask officers to act in a partisan way?", rule) == "no"
    # Work narrowed by what it is not is every other work.
    broad = "Members should not ask officers to undertake work which is not council business."
    assert sentence_verdict("can councillors ask me to do personal work for them?", broad) == "no"
    # A catch-all in a second act narrows nothing of the first.
    battle = (
        "Councillors should not ask officers to undertake work of a party political nature, or to do anything "
        "which may compromise the nature of their role."
    )
    assert sentence_verdict("can the chairman ask officers to do party political work?", battle) == "no"


def test_no_special_right_is_no_plain_answer():
    # No more right than anyone else is not no right at all (found by a review: "Yes" had come from
    # "right of access").
    rule = "Members have no special right of access to council land."
    assert sentence_verdict("Can I walk on council land?", rule) is None
    assert sentence_verdict("Can I walk on council land?", "Members have no right of access to council land.") == "no"


def test_clerk_can_refuse_a_group():
    assert sentence_verdict("can the clerk say no if a party group wants a written report?", GROUPS) == "yes"


def test_other_direction_gives_no_verdict():
    # The sentence is about councillors instructing officers, the question about officers.
    sentence = "Councillors must not give instructions to officers about their work."
    assert sentence_verdict("Can councillors give instructions to officers?", sentence) == "no"
    assert sentence_verdict("Can officers give instructions to councillors?", sentence) is None


def test_other_action_gives_no_verdict():
    sentence = "The Town Clerk may properly be asked to contribute to deliberations by party groups."
    assert sentence_verdict("a councillor asked me to help with his re-election leaflet, can I?", sentence) is None


def test_an_obligation_does_not_answer_may_i():
    sentence = "Disagreements between Members and Officers should be resolved privately, not at a public meeting."
    assert sentence_verdict("can members criticise an officer at a public meeting?", sentence) is None


def test_disagreeing_sentences_give_no_verdict():
    q = "Can councillors give instructions to officers?"
    yes = "Councillors may give instructions to officers when the council has delegated it."
    no = "Councillors must not give instructions to officers."
    assert choose_verdict(q, [no]).answer == "no"
    assert choose_verdict(q, [no, "Councillors can give instructions to officers at any time."]) is None
    assert choose_verdict(q, [yes]) is None  # "when" is a condition, not a plain answer


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("No individual councillor, nor the Chair, has the right to give instructions to the Clerk.", "negative"),
        ("No member will refer in public to advice given by officers to a party group meeting.", "negative"),
        ("The Chairman does not act alone as the Clerk's line manager.", "negative"),
        ("Members take no part in the recruitment of officers.", "negative"),
        ("The Code prohibits Members raising the capability of employees in public.", "negative"),
        ("Officers are not permitted to canvass.", "negative"),
        ("Councillors should never criticise a member of staff in public.", "negative"),
        ("Members are free to use social media.", "permitted"),
        ("A councillor has the right to see the agenda.", "permitted"),
        ("Members should remember that the public may not distinguish their views.", "obliged"),
        ("Officers may speak to the press only with the approval of the Head of Communications.", None),
        ("Cllrs should not telephone the Clerk in the evening other than on the evening of a meeting.", None),
        ("Officers will not attend group meetings at which non-Members are present.", None),
        ("The Clerk will ensure that reports do not deal with the political implications.", None),
    ],
)
def test_more_explicit_polarity(sentence, polarity):
    assert sentence_polarity(sentence) == polarity


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        ("in kelsworth, fenby marsh and ravensmoor can the mayor give the officers orders?", "permission"),
        ("sellingford - if i send the clerk an email and copy in a resident do i have to say so", "obligation"),
        ("can our clerk say no if a councillor asks for something that isn't legal?", "permission"),
        ("is the clerk meant to attend every meeting?", "obligation"),
        ("is the clerk meant to keep out of party politics?", None),  # the question's verb is a negative
        ("does the protocol say that's not ok", None),
        ("im the assistant clerk and a councillor was rude to me, who do i go to?", None),
    ],
)
def test_more_question_shapes(question, modality):
    assert question_modality(question) == modality


def test_no_one_may():
    sentence = "No individual councillor, nor the Chair, has the right to give instructions to the Clerk."
    assert sentence_verdict("can the chair give instructions to the clerk?", sentence) == "no"


def test_role_synonyms_name_the_actor():
    sentence = "Individual councillors, including the Provost, have no power to instruct employees."
    assert sentence_verdict("can the Provost instruct council staff directly?", sentence) == "no"
    assert speaker_role("as chairperson can i send letters out in my own name?") == "member"
    assert (
        sentence_verdict(
            "as chairperson can i send letters out in my own name?",
            "The Chairperson may initiate correspondence in his/her own name.",
        )
        == "yes"
    )


def test_a_rule_with_an_exception_holds_only_outside_it():
    sentence = "Members must not write in the name of the Council unless the Council has authorised them to do so."
    assert sentence_verdict("as a cllr can I write to the board in the name of the council?", sentence) == "no"
    assert sentence_verdict("as a cllr can I write in the name of the council if it's urgent?", sentence) is None
    assert sentence_verdict("as a cllr can I write in the council's name once it has authorised me?", sentence) is None


def test_a_conditional_permission_answers_only_the_question_that_names_the_condition():
    sentence = "An officer may leave a group meeting at any time if he/she feels it is no longer appropriate."
    assert sentence_verdict("can an officer leave a group meeting if they feel it's inappropriate?", sentence) == "yes"
    assert sentence_verdict("can an officer leave a group meeting early?", sentence) is None


def test_a_part_without_a_subject_keeps_the_one_before_it():
    sentence = "A committee chairman may discuss, suggest and ask questions, but may not direct officers."
    # The second part is about directing, the first about other things: "may not direct" answers.
    assert sentence_verdict("can the committee chair direct officers?", sentence) == "no"
    both = "A committee chairman may direct the agenda, but may not direct officers."
    assert sentence_verdict("can the committee chair direct officers?", both) is None  # 'may' and 'may not'


def test_the_role_must_be_the_subject():
    sentence = "Close personal relationships between councillors and officers can confuse their roles."
    assert sentence_verdict("can councillors have close relationships with officers?", sentence) is None
    assert (
        sentence_verdict(
            "can councillors get printing from the council?",
            "The Council can provide members with services such as printing.",
        )
        is None
    )


def test_not_required_answers_must_not_may():
    sentence = "Officers are not required to attend party group meetings."
    assert sentence_verdict("must officers attend party group meetings?", sentence) == "no"
    assert sentence_verdict("may officers attend party group meetings?", sentence) is None


def test_a_part_about_another_action_does_not_answer():
    sentence = "Members are free to use social media, but must not post anything that could identify an officer."
    assert sentence_verdict("am i allowed to post on twitter as a cllr?", sentence) == "yes"


def test_a_quoted_fragment_that_starts_at_its_verb_still_answers():
    fragment = "have no power to require the Town Clerk or any other employee to attend group meetings"
    assert sentence_verdict("Must the Clerk attend a party group meeting?", fragment) == "no"


def test_a_role_in_the_possessive_is_not_the_subject():
    sentence = (
        "The Officer's professional advice in such a report may not be changed at the request of the Portfolio Holder."
    )
    question = "im a cabinet member, can I ask officers in my portfolio to put a report together on the leisure centre?"
    assert sentence_verdict(question, sentence) is None
    assert subject_rules("The Officer's advice may not be changed.") is False
    assert subject_rules("The Officer may give advice.") is True


def test_a_community_councils_cc_is_no_copy():
    # "mumbles cc - ..." names the council; "can i cc ...?" copies
    rule = "Members must not cc the Clerk into their emails to residents."
    assert not same_action("mumbles cc - can i visit residents?", rule)
    assert same_action("can i cc the clerk into my emails to residents?", rule)
    # (replying is an act of its own, which a rule on copying replies does not answer)
    assert (
        sentence_verdict("mumbles cc - can i reply to residents' letters?", rule.replace("their emails", "replies"))
        is None
    )


def test_a_thing_between_roles_that_can_do_harm_is_no_permission():
    # "can damage" says what may happen, not what anyone may do; an adjective before the role
    # ("individual Members") does not make the role the subject.
    harm = "Close personal familiarity between individual Members and officers can damage the relationship of trust."
    assert subject_rules(harm) is False
    question = "is a councillor allowed to use his relationship with an officer to get favours?"
    assert sentence_verdict(question, harm) is None
    # A rule on an act, whoever does it, still is one.
    copied = "Correspondence between an individual member and an officer should not be copied to another member."
    assert subject_rules(copied) is True
    assert subject_rules("A collection from all councillors for a leaving present is allowed.") is True
    assert subject_rules("Individual councillors may email the Clerk.") is True


def test_a_clause_that_points_both_ways_gives_no_verdict():
    may = "The Chairperson may initiate correspondence in his/her own name."
    never = (
        "Letters which create legally enforceable obligations or which give instructions on behalf of the Council "
        "should never be sent in the name of a member."
    )
    q = "as chairperson, can i send a letter in my own name telling the contractor to start work for the council?"
    found = choose_verdict(q, [may])
    assert found is not None and found.answer == "yes"
    assert leaning(q, never) == "no"
    assert contradicted(q, found, [may, never])
    assert not contradicted(q, found, [may, "Official letters should normally be in the name of the officer."])


def test_who_i_am_from_what_only_one_side_says():
    assert speaker_role("calderwick - can I visit a care home in my ward without telling anyone") == "member"
    assert (
        speaker_role("my partner works in housing and I've just been elected - do I need to tell anyone?") == "member"
    )
    assert speaker_role("harrowfield ward cllr: can i take up a resident's complaint?") == "member"
    assert speaker_role("the convener wants me to change my recommendation in a report, do I have to?") == "officer"
    assert speaker_role("can I give a reference for someone applying for a job?") is None  # could be either
    # "I" in "our group" is one of the group's councillors; "we" is the group.
    assert direction("can i bring up what the clerk told our group", "group") == ("member", "officer")
    assert direction("can we make the clerk come", "group") == ("group", "officer")


def test_a_member_of_staff_is_an_officer_and_a_passive_subject_is_not_the_actor():
    assert direction("is a member of staff allowed to help a candidate?") == ("officer", None)
    assert not subject_rules(
        "Councillors may be approached by officers who live in their ward about a personal matter."
    )
    assert subject_rules("Councillors may approach officers about a personal matter.")


def test_help_assist_and_support_are_one_action():
    sentence = (
        "Councillors may help them as they would any other resident but must not become involved in an officer's "
        "grievance"
    )
    question = (
        "calderwick: an officer who lives in my ward has asked me for help with a noisy neighbour - can i help like "
        "i would anyone else?"
    )
    assert sentence_verdict(question, sentence) == "yes"
    casework = "Officers may support Members with their casework."
    assert sentence_verdict("can the clerk assist a councillor with his casework?", casework) == "yes"
    assert sentence_verdict("can the clerk assist a councillor with his campaign?", casework) is None  # other action


def test_a_shared_concept_is_the_same_action_for_a_no_only():
    # "useless" and "criticise" share no verb family; the thesaurus puts both under criticism.
    prohibition = "Councillors must not criticise the competence of staff in the parish magazine."
    assert sentence_verdict("can councillors call the clerk useless in the parish magazine?", prohibition) == "no"
    # A general permission does not permit the question's particular case: "instagram" and
    # "tiktok" are one concept (social media), not one action.
    permission = "Councillors may post about council events on tiktok."
    assert sentence_verdict("can councillors post about the clerk on instagram?", permission) is None
    # A concept and a verb family from one word ("papers") are one piece of evidence, not two.
    assert not same_action(
        "can a councillor visit the office to see the papers?",
        "A member has no right to a roving commission to go and examine documents.",
        by_concept=True,
    )


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("northby cllr - can I ask for a briefing?", "member"),
        ("Eastwick Magna clerk: can i say no to this?", "officer"),
        ("westbrook officer here, is it ok for me to ...", "officer"),
        ("im a cabinet member, can i ask for a report?", "member"),
        ("i work for the council - can a councillor ring me at home?", "officer"),
        ("our clerk - can she refuse?", None),
        ("the officer: is that allowed?", None),
    ],
)
def test_who_signs_the_question(question, role):
    assert speaker_role(question) == role


def test_an_unknown_asker_is_not_the_officer_named_after_them():
    # "can i text the clerk": the clerk is the one texted, whoever "I" is.
    rule = "Councillors should not text an officer on their personal mobile about Council business."
    assert sentence_verdict("can i text the deputy clerk on her mobile about council business?", rule) == "no"
    # ... and a rule for officers still does not answer what "I" may do to an officer.
    officers = "Officers should not text a colleague on their personal mobile about Council business."
    assert sentence_verdict("can i text the deputy clerk on her mobile about council business?", officers) is None


def test_me_is_the_signed_asker():
    rule = "An officer should not report directly to a councillor who is their partner."
    assert (
        sentence_verdict("riverford officer here - is it ok for me to report to my partner, a councillor?", rule)
        == "no"
    )


def test_an_exception_about_the_same_action_gives_no_verdict():
    rule = (
        "Members should not give a reference for a candidate for a Council post, except that a Member may give a "
        "written reference about the candidate's character."
    )
    assert sentence_verdict("can a councillor give a reference for a candidate for a council post?", rule) is None
    assert (
        sentence_verdict(
            "can councillors phone the clerk at the weekend?",
            "Councillors should not phone the Clerk at weekends unless it is an emergency.",
        )
        == "no"
    )


def test_a_phrase_of_a_verb_family_is_not_its_words_alone():
    # "say no" is a refusal; "no" alone ("No individual councillor ...") and "say" alone are not.
    rule = "No individual councillor has the right to give instructions to the Clerk."
    assert not same_action("if i write to the paper must i say i am writing as an individual cllr?", rule)
    assert (
        sentence_verdict(
            "can the clerk say no to a request from a councillor?",
            "The Clerk can legitimately refuse a request from a councillor.",
        )
        == "yes"
    )


def test_a_verbs_forms_are_one_action():
    # "criticise" and "criticising" are one verb ("-e" dropped before the ending is compared).
    assert same_action("can members criticise the budget?", "Members may be criticising the budget in debate.")


def test_a_passage_of_several_sentences_gives_no_verdict():
    # Long clauses are also searched as windows of three sentences; a window is not one sentence.
    rule = "Councillors should not telephone the Clerk at weekends unless it is an emergency."
    window = f"Councillors should write to the Clerk by email. {rule} (8) Questions reach the Clerk a week ahead."
    q = "can councillors phone the clerk at the weekend?"
    assert choose_verdict(q, [rule]).answer == "no"
    assert choose_verdict(q, [window]) is None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("can i, a councillor, contact officers directly?", "member"),
        ("can we as councillors contact staff directly?", "member"),
        ("im a member of staff, can i attend party group meetings?", "officer"),
        ("about the clerk: can i see her personnel file?", None),
        ("re the clerk - can i read her emails?", None),
        ("i'm not a councillor - can i attend the group meeting?", None),
        ("dad was a councillor - can he still visit the office?", None),
    ],
)
def test_who_asks_is_not_read_from_what_they_ask_about(question, role):
    assert speaker_role(question) == role


def test_an_unknown_asker_is_the_counterpart_of_the_one_they_act_on():
    staff_rule = "Staff should not contact councillors directly about council business."
    assert sentence_verdict("can we as councillors contact staff directly?", staff_rule) is None
    # Acting on a group says nothing of who "I" is: a rule for officers does not answer.
    assert (
        sentence_verdict("can i attend the group meeting?", "Officers should not attend party group meetings.") is None
    )
    # "can i ... a councillor?": the asker is an officer.
    officers = "Officers must not criticise councillors on social media."
    assert sentence_verdict("can i criticise a councillor on social media?", officers) == "no"
    members = "Councillors must not criticise other councillors on social media."
    assert sentence_verdict("can i criticise a councillor on social media?", members) is None


def test_ought_is_a_modal():
    assert question_modality("Ought I to tell the clerk before a site visit?") == "obligation"
    assert sentence_polarity("Councillors ought not to criticise officers on social media.") == "negative"
    assert sentence_polarity("Councillors ought to give officers notice of a visit.") == "obliged"
    assert (
        sentence_verdict(
            "can a councillor criticise an officer on social media?",
            "Councillors ought not to criticise an officer on social media.",
        )
        == "no"
    )


def test_a_quote_beside_a_verdict_is_about_the_action():
    from assistant.verdict import about_the_action

    q = "penrhos isaf cllr is the clerks brother in law - does he have to leave the meeting when her pay is discussed?"
    assert not about_the_action(q, "The Clerk works part-time.")
    assert about_the_action(
        q, "A member related to the Clerk must leave the meeting while the Clerk's pay is discussed."
    )
    # A meeting in common is not: it is where things happen, not what is done.
    assert not about_the_action(
        "Can our group make the clerk come to our meeting?",
        "If a local member intends to arrange a public meeting, he/she should inform the Town Clerk.",
    )
    # A verb family in common is enough ("orders" / "instruct").
    assert about_the_action(
        "can the mayor give the officers orders?",
        "No Member, including the Mayor, has authority to instruct any officer.",
    )


def test_a_pronoun_subject_is_the_role_the_sentence_before_names():
    from assistant.verdict import sentence_before, with_subject

    before = "Officers must respect the confidentiality of any party group discussions at which they are present."
    they = "They should not relay the content of any such discussion to another party group or the media."
    assert with_subject(they, before).startswith("officers should not relay")
    q = "can the clerk pass on what was said in our group meeting to the press?"
    assert sentence_verdict(q, they) is None  # "they" alone is nobody
    assert choose_verdict(q, [they], {they: before}).answer == "no"
    assert choose_verdict(q, [they], {they: before}).sentence == they  # quoted as written
    # No role for a subject before it ("facilities"): the pronoun stays unknown.
    unused = "They should not be used for private purposes."
    assert with_subject(unused, "Council facilities are for council business.") == unused
    clause = f"{before} {they} If officers are asked, they should say so."
    assert sentence_before(they, clause) == before
    assert sentence_before(before, clause) is None


def test_a_pronoun_in_the_question_is_the_person_named_before_it():
    q = "if the clerk advises one group, does she have to give the other group the same advice?"
    assert sentence_verdict(q, "The Town Clerk must give substantially the same advice to each.") == "yes"
    # 'she' is the clerk, so a rule for councillors is someone else's.
    assert sentence_verdict(q, "Councillors must give substantially the same advice to each.") is None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("officer at battle tc - a councillor has been nasty to me, can i report them?", "officer"),
        ("Town clerk at Yateley. One of the party groups keeps asking me along.", "officer"),
        ("independent cllr on mumbles community council - will staff treat me the same?", "member"),
        ("Battle RFO here. Do I have to put my own recommendation in reports?", "officer"),
        # Not signatures: a clerk somewhere in the story, or away, not the asker.
        ("the clerk at the office said no, can she?", None),
        ("Clerk on maternity leave - can I instruct the assistant clerk directly?", None),
        ("clerk at home this week - can i ring her?", None),
        ("clerk at the meeting said we must go - can she?", None),
    ],
)
def test_a_signature_may_say_where_the_asker_works(question, role):
    assert speaker_role(question) == role


def test_ok_for_me_to_asks_for_permission():
    assert question_modality("my nephew has applied. ok for me to sit on the panel?") == "permission"
    assert question_modality("ok if i ring the clerk on a sunday?") == "permission"
    assert question_modality("the clerk said ok for the hall. who pays?") is None


def test_a_negated_question_without_its_apostrophe_gets_no_verdict():
    # "is it right we cant ...?": a Yes would confirm the prohibition, and reads as a permission.
    assert question_modality("is it right we cant bring up a staff member's competence in public?") is None
    assert question_modality("so we cant make the clerk come?") is None
    assert question_modality("can the clerk say no if it isnt legal?") == "permission"  # in the condition


def test_a_meeting_in_common_is_not_the_same_action():
    q = "can we bring up a staff member's competence in the open part of a council meeting?"
    assert not same_action(q, "An officer may attend but is not obliged to do so, and the meeting may be held here.")
    assert same_action(
        "can the Provost instruct council staff directly?", "Councillors have no power to instruct employees."
    )


def test_a_role_in_the_passive_is_acted_on_by_the_other_side():
    asked = "The Clerk is politically neutral and must not be asked to help any candidate at an election."
    assert sentence_verdict("is it ok to ask the clerk to help my friend's campaign?", asked) == "no"
    required = "Officers cannot be required to attend a group meeting outside normal working hours."
    assert sentence_verdict("can officers be made to go to a group meeting in the evening?", required) == "no"
    # With its agent named, the passive says who acts.
    assert sentence_verdict("can officers ask councillors for help?", "Officers may be asked by councillors.") is None


def test_a_pronoun_in_the_question_is_resolved_only_when_one_role_can_be_meant():
    rule = "Members should not email officers directly."
    # 'him' may be the resident: object pronouns are never resolved.
    q = "the clerk forwarded me a complaint from a resident - can i email him directly?"
    assert sentence_verdict(q, rule) is None
    # 'he' after a possessive role and someone else named: not resolved.
    pay = "Members must not vote on the pay of an officer."
    assert sentence_verdict("the clerk's husband is a cllr - can he vote on her pay?", pay) is None


def test_a_pronoun_subject_is_not_carried_over_from_a_rule_for_some_of_the_role():
    from assistant.verdict import with_subject

    # No role before the pronoun ("No confidential papers ..."): nothing carried over, no crash.
    kept = "They must be kept in the council office at all times."
    assert with_subject(kept, "No confidential papers should be taken home.") == kept
    gifts = "They must be declared to the Clerk within 28 days."
    assert choose_verdict("must gifts be declared to the clerk?", [gifts], {gifts: "No gifts may be accepted."}) is None
    # "Any member who is related to an officer": 'they' are those members, not councillors in general.
    related = "Any member who is related to an officer must declare the relationship."
    pay = "They must not take part in any decision about that officer's pay."
    assert with_subject(pay, related) == pay
    q = "can councillors take part in decisions about staff pay?"
    assert choose_verdict(q, [pay], {pay: related}) is None
    he_she = with_subject("He / she will consider it.", "The Town Clerk must read every request.")
    assert he_she.startswith("town clerk")
    code = "The Code prohibits Members raising matters related to the capability of employees in public."
    assert with_subject("They must not apply pressure to an Officer.", code).startswith("members must not")


def test_a_passive_turns_round_only_as_the_rule_s_own_verb():
    # A relative clause in the passive is not the rule's verb.
    rule = "An officer who has been asked to brief a political group must not disclose the briefing to other groups."
    q = "as a cllr can i disclose what was said at our briefing to the other parties?"
    assert sentence_verdict(q, rule) is None
    # A passive in the question's condition does not turn the question round.
    refuse = "Officers can legitimately refuse to carry out instructions that are unlawful."
    assert sentence_verdict("can the clerk refuse if she's been asked to do something illegal?", refuse) == "yes"


def test_a_wh_question_after_ok_is_not_a_yes_no_question():
    assert question_modality("the chair agreed, fine to go ahead. who signs the cheques?") is None
    assert question_modality("officer at the depot said no, can i insist?") == "permission"
    assert speaker_role("officer at the depot said no, can i insist?") is None


# --- questions about what happens, and rules that lead with a condition or a concession ----------


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        ("will I get an invite if the officers run a consultation event in my ward?", "fact"),
        ("does a grievance that is upheld go to the district council?", "fact"),
        ("will the clerk let me see the file?", "permission"),
        ("am I within my rights to refuse?", "permission"),
        ("is there anybody who can review the refusal?", "permission"),
    ],
)
def test_what_happens_is_a_question_of_fact(question, modality):
    assert question_modality(question) == modality


def test_a_question_of_fact_is_answered_by_will_not_by_may():
    invite = "Officers organising a consultation event in a ward will invite the ward councillors."
    assert sentence_verdict("will I be invited if the officers run a consultation event in my ward?", invite) == "yes"
    may = "An officer may go to a ward meeting but is not obliged to do so."
    assert sentence_verdict("will the clerk come to my ward meeting?", may) is None
    assert sentence_verdict("does the clerk have to come to my ward meeting?", may) == "no"  # 'do so' is 'go'


def test_a_rule_after_a_leading_condition_is_the_rule_s():
    # No comma after the condition: the rule starts at its subject and modal.
    rule = (
        "Where an employee believes a councillor has broken the Code of Conduct they may complain to the "
        "Monitoring Officer."
    )
    q = "as a clerk, if i think a councillor has broken the code of conduct can i complain to the monitoring officer?"
    assert sentence_verdict(q, rule) == "yes"
    # Who does what is the main clause's: the councillor asks, not the officer who refused.
    review = (
        "If an officer turns down a request for information, the councillor may ask the Monitoring Officer to "
        "review it."
    )
    q = "an officer turned down my request for information - can i ask the monitoring officer to review it?"
    assert sentence_verdict(q, review) == "yes"


def test_a_concession_is_not_the_rule():
    rule = (
        "Whilst an officer may record the views of Councillors in a report, a Councillor who disagrees "
        "should not pressure the officer to alter the recommendation."
    )
    assert sentence_verdict("can i lean on the clerk to alter her recommendation?", rule) == "no"
    listed = (
        "- c) Whilst help with members' ward work is fine, staff should not be asked to accompany members to surgeries."
    )
    assert sentence_verdict("can I get one of the office staff to accompany me to my surgeries?", listed) == "no"


def test_it_is_not_the_role_of_is_a_rule_for_that_role():
    rule = "It is not the role of Councillors to involve themselves in managing the staff rota."
    assert sentence_verdict("as a councillor should i involve myself in managing the staff rota?", rule) == "no"


def test_a_group_of_councillors_is_bound_by_what_binds_councillors():
    rule = "Members must not quote in public any advice an Officer gave at a group meeting."
    q = "are we allowed to quote the officer's advice from our group meeting in public?"
    assert sentence_verdict(q, rule) == "no"
    # Not the other way: what binds a party group does not bind each councillor alone.
    assert direction("Party groups must not quote advice") == ("group", None)


def test_one_who_does_not_say_who_they_are_is_taken_for_a_councillor():
    rule = "Councillors must not sign letters in the Council's name."
    assert sentence_verdict("am i allowed to sign a letter in the council's name?", rule) == "no"
    # Not when something they say is only an officer's, nor when 'him' may be anyone.
    assert sentence_verdict("i'm on the staff - am i allowed to sign a letter in the council's name?", rule) is None
    assert speaker_role("i'm on the staff and would like to help at the surgery - am i allowed?") == "officer"
    assert sentence_verdict("is it ok to sign a letter in the council's name?", rule) is None  # nobody at all


def test_a_yes_must_speak_to_the_question_s_purpose_and_condition():
    rule = "Councillors may ask the Clerk for information about Council business."
    asks = "as a councillor can i ask the clerk for information"
    assert sentence_verdict(f"{asks} about council business?", rule) == "yes"
    assert sentence_verdict(f"{asks} just because i'm curious?", rule) is None
    # A No holds whatever the purpose.
    never = "Councillors must not ask the Clerk for information about other councillors."
    assert sentence_verdict(f"{asks} about other councillors just because i'm curious?", never) == "no"


def test_they_who_act_on_the_asker_are_the_other_side():
    rule = "Local Members should be consulted before a delegated decision affecting only their ward is taken."
    q = "westby cllr: officers plan a delegated decision that only affects my ward, should they be consulting me first?"
    assert sentence_verdict(q, rule) == "yes"


def test_only_a_sentence_about_the_same_who_does_what_contradicts():
    from assistant.verdict import Verdict

    q = "does an officer have to go to a public meeting a ward cllr has arranged?"
    verdict = Verdict("no", "An officer may go to such a meeting but is not obliged to do so.")
    invited = "Whenever the Council holds a public meeting, the ward members should be invited to the public meeting."
    assert not contradicted(q, verdict, [verdict.sentence, invited])
    # One about the same side still does.
    must = "An officer must go to any public meeting a ward councillor arranges."
    assert contradicted(q, verdict, [verdict.sentence, must])


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # A concession that is itself a prohibition is no part to set aside.
        (
            "as a councillor can i give directions to staff?",
            "Whilst Members must not give directions to staff, the Leader may give directions to the Chief Executive.",
        ),
        # A 'will' that is not the rule's own verb.
        (
            "will the clerk tell me what happens at the meeting?",
            "Officers should tell members what will happen at the meeting.",
        ),
        # Someone else named: the asker is not simply a councillor, and 'they' may be residents.
        (
            "my wife is a councillor - am i allowed to use the council photocopier?",
            "Members may use the council photocopier.",
        ),
        (
            "cllr here - residents keep texting me at night, can they text me?",
            "Officers may text Members about council business.",
        ),
        # A condition before "it is not the role of" stays a condition.
        (
            "the council has delegated planning responses to the clerk, can the clerk decide them?",
            "Unless the council has delegated it, it is not the role of the Clerk to decide planning responses.",
        ),
        # A purpose is a purpose whatever its case.
        (
            "Just because I am curious, can I ask the clerk for information?",
            "Councillors may ask the Clerk for information.",
        ),
    ],
)
def test_no_verdict_where_the_sentence_does_not_say_it_plainly(question, sentence):
    assert sentence_verdict(question, sentence) is None


def test_a_passive_with_its_agent_still_contradicts():
    from assistant.verdict import Verdict

    q = "as a councillor can i ask the clerk for information about staff?"
    verdict = Verdict("yes", "Councillors may ask the Clerk for information about staff.")
    assert contradicted(
        q, verdict, [verdict.sentence, "The Clerk must not be asked by councillors for information about staff."]
    )


def test_a_reason_after_the_rule_is_not_the_rule():
    rule = (
        "If a member asks an officer to attend a group meeting the officer may decline as officers do not attend them."
    )
    assert (
        sentence_verdict("clerk here: if a councillor asks me to go to a group meeting, can I decline?", rule) == "yes"
    )


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        # A "when" that leads a clause of its own, and a "what" inside the question, ask nothing.
        ("officer at westby. when i write up a report am i allowed to say what each cllr thinks?", "permission"),
        # A negation in a purpose or relative part is not the question's own.
        ("westby chair here - can I deal with the clerk's grievance alone so it doesnt drag on?", "permission"),
        ("can officers tell my ward colleague something they won't tell me?", "permission"),
        # "against" before the question is context; in it, the question reads backwards.
        ("the report comes down against my scheme. is it ok for me to lean on the officer?", "permission"),
        ("is it against the protocol to email the clerk at night?", None),
        ("who decides when a councillor can see a file?", None),
    ],
)
def test_the_question_s_own_part_decides_its_shape(question, modality):
    assert question_modality(question) == modality


def test_a_purpose_the_rule_does_not_name_gets_no_yes():
    rule = "Councillors may use the photocopier for council work."
    assert sentence_verdict("can i use the photocopier for my party newsletter?", rule) is None
    assert sentence_verdict("can i use the photocopier for council work?", rule) == "yes"


def test_no_verdict_from_a_sentence_whose_other_part_leans_the_other_way():
    # The "may decline" part is hedged ("when taking a decision"), so only "may not override" is
    # plain; but a may-they question answered by half a sentence that goes on to allow it is no answer.
    question = "if a cabinet member disagrees with the officers advice, can they refuse to follow it?"
    sentence = (
        "A Cabinet Member may not override the professional advice of an officer, but may decline to accept it "
        "and record their reasons when taking a decision."
    )
    assert sentence_verdict(question, sentence) is None
    # A must-I question: "may attend" does not lean against "is not obliged to".
    assert (
        sentence_verdict(
            "does an officer have to turn up to a public meeting a ward cllr has arranged?",
            "An officer may attend but is not obliged to do so, and the meeting may be held in Council-owned premises.",
        )
        == "no"
    )


def test_whether_one_may_refuse_is_answered_only_by_a_rule_about_refusing():
    question = "can an officer refuse to answer questions at our group's briefing?"
    assert (
        sentence_verdict(question, "The Officer will not tell another group what was discussed at a group briefing.")
        is None
    )
    assert (
        sentence_verdict(
            "can the clerk refuse if a party group wants her at its meetings?",
            "Party groups have no power to require the Clerk to attend group meetings, and the Clerk can "
            "legitimately refuse to do so.",
        )
        == "yes"
    )


def test_a_pronoun_that_may_stand_for_someone_outside_the_council_gives_no_verdict():
    question = "if a job applicant lobbies a councillor do they get chucked out of the process?"
    sentence = (
        "A councillor who is related to an applicant for a post must declare this and must not take part in "
        "any decision about the appointment."
    )
    assert sentence_verdict(question, sentence) is None


def test_a_rule_on_using_a_thing_answers_a_question_about_that_use():
    context = (
        "The Council can provide members with services such as typing, printing and photocopying. "
        "These goods and services are paid for from the public purse."
    )
    rule = (
        "They should not be used for private purposes or in connection with party political or campaigning activities."
    )
    assert sentence_verdict("can i print my party leaflets on the council photocopier?", rule, context) == "no"
    # Another use than the one the rule names: no answer from it.
    assert sentence_verdict("can i use the council photocopier for my ward casework?", rule, context) is None
    # The clause's general permission does not undo the rule for the use it names...
    question = "can i print my party leaflets on the council photocopier?"
    permission = "The Council can provide members with services such as typing, printing and photocopying."
    verdict = choose_verdict(question, [rule], context={rule: context})
    assert verdict is not None and not contradicted(question, verdict, [permission, rule])
    # ... but a sentence about that use that allows it does.
    allowed = "Members may print party political leaflets on the photocopier at their own cost."
    assert contradicted(question, verdict, [allowed, rule])


def test_a_no_whose_sentence_allows_the_questions_case_is_no_answer():
    sentence = (
        "A Cabinet Member may not override the professional advice of an officer, but may decline to accept it "
        "and record their reasons when taking a decision."
    )
    # The question's condition ("if I write down my reasons") is the case the sentence allows.
    asked = "as a cabinet member can I go against what my director advised if I write down my reasons?"
    assert sentence_verdict(asked, sentence) is None
    assert sentence_verdict("as a cabinet member can I override what my director advised?", sentence) == "no"


def test_what_another_party_may_not_do_is_no_doubt_about_what_the_asker_may():
    sentence = "Councillors may attend political group meetings, but officers must not attend them."
    assert sentence_verdict("can councillors attend political group meetings?", sentence) == "yes"


def test_a_rule_on_using_a_thing_needs_the_thing_and_the_purpose_and_forbids_only():
    # A permission: who may use it is then the question (an officer is not a political group).
    assert (
        sentence_verdict(
            "can officers use council email for party political campaigning?",
            "Council email may be used by councillors for party political campaigning.",
        )
        is None
    )
    # Another thing: the rule on council vehicles says nothing of meeting rooms.
    assert (
        sentence_verdict(
            "can i use council meeting rooms for my party's campaign meeting?",
            "Council vehicles must not be used for party political campaigning.",
        )
        is None
    )
    # Another purpose: "ward" is no political use.
    assert (
        sentence_verdict(
            "can i borrow a council laptop for my ward casework?",
            "Council laptops must not be used for party political work or ward campaigning.",
        )
        is None
    )
    assert (
        sentence_verdict(
            "can i borrow a council laptop for my election campaign?",
            "Council laptops must not be used for party political work or election campaigning.",
        )
        == "no"
    )


def test_an_officer_who_names_their_post_is_an_officer():
    question = "I'm the town clerk. A party group says I have to come to their group meeting - am I obliged to?"
    assert speaker_role(question) == "officer"
    assert speaker_role("as the deputy town clerk, can I refuse?") == "officer"
    assert sentence_verdict(question, GROUPS) == "no"


def test_second_review_cases_give_no_unsupported_verdict():
    # Someone the asker quotes is not the asker.
    quoted = "As the town clerk told me, can I give instructions to staff?"
    assert speaker_role(quoted) is None
    assert sentence_verdict(quoted, "Officers may give instructions to staff.") is None
    # A passive part on the same verb leans against the Yes.
    assert (
        sentence_verdict(
            "Can councillors email officers at home?",
            "Councillors may email officers, but officers must not be emailed at home.",
        )
        is None
    )
    # "use" in the clause before is no thing the question names; a birthday party is no politics.
    assert (
        sentence_verdict(
            "Can I use the council minibus for election campaigning?",
            "They must not be used for election campaigning.",
            "Members may use council laptops at home.",
        )
        is None
    )
    rooms = "Council meeting rooms must not be used for party political purposes."
    assert sentence_verdict("Can I book the council meeting room for my daughter's birthday party?", rooms) is None
    assert sentence_verdict("Can I book the council meeting room for my party's campaign launch?", rooms) == "no"


def test_council_is_no_evidence_of_the_same_action():
    # "public", "meeting" and "council" in common, and nothing about referring to a group's advice.
    rule = "No member will refer in public or at meetings of the Council to advice given to a party group."
    assert sentence_verdict("holding a public meeting on the allotments - can we use the council hall?", rule) is None


def test_someone_outside_the_council_is_no_councillor_acting():
    # The councillors are rung, not ringing: a rule for Members says nothing of what the applicant's
    # ringing round does.
    rule = "A Member must not canvass for, or give a reference in support of, any applicant for a post with us."
    question = "if someone after a job with us rings round the councillors asking for support, does that rule them out?"
    assert sentence_verdict(question, rule) is None
    assert sentence_verdict("can a councillor canvass for an applicant for a job?", rule) == "no"


def test_a_may_in_a_clause_the_question_governs_does_not_make_it_a_may_i_question():
    question = "will the chief exec tell a councillor when she limits how the councillor may contact an officer?"
    assert question_modality(question) == "fact"
    rule = "Cabinet Members may ask Officers for reports, but may not instruct Officers on how to use delegated powers."
    assert sentence_verdict(question, rule) is None  # the chief executive tells; no councillor instructs


def test_what_a_question_tells_before_it_asks_may_be_the_rules_exception():
    rule = "Councillors should not telephone the Clerk in the evening, except about a meeting taking place that day."
    assert sentence_verdict("is it ok to phone the clerk in the evening?", rule) == "no"
    told = "there's an item on tonight's agenda I must check with her - is it ok to phone the clerk in the evening?"
    assert sentence_verdict(told, rule) is None
    # A short lead that names the council or the asker tells nothing.
    assert sentence_verdict("stowbridge cllr - is it ok to phone the clerk in the evening?", rule) == "no"


def test_rules_tried_and_dropped_give_no_verdict_on_a_reviewers_cases():
    # Each of these was answered Yes/No by a rule tried on the tune questions and dropped after a
    # review found such cases (the question's case is narrower or other than the rule's).
    cases = [
        # the same two sides and one verb family ("tell" is also "instruct")
        (
            "as chair, can i tell the clerk that a resident has complained?",
            "The Chair must not give instructions to the Clerk.",
        ),
        (
            "can the chairman ring the clerk to check the agenda?",
            "The Chairman should not contact the Clerk outside working hours.",
        ),
        # a refusal in the rule's condition, and a permission to ask someone else
        (
            "can i ask the clerk for information about the budget?",
            "If the Clerk refuses to provide information, a member may ask the Council to decide.",
        ),
        # "deal with" as one family with "handle"
        (
            "can the chair deal with the clerk's pay rise?",
            "The Chair must not handle complaints about officers on their own.",
        ),
        # "Neither ... nor ... is required": not required is not forbidden
        (
            "can the clerk attend group meetings?",
            "Neither the Clerk nor the Deputy Clerk is required to attend meetings of political groups.",
        ),
        # a rule for the council as a body, for another action
        (
            "can our council itself ask the clerk to work weekends?",
            "The Council may ask the Clerk to attend evening meetings.",
        ),
        (
            "can the council provide councillors with printing for their election leaflets?",
            "The Council can provide members with services such as printing.",
        ),
    ]
    for question, rule in cases:
        assert sentence_verdict(question, rule) is None, question


def test_the_council_in_a_rules_exception_is_the_exception():
    rule = "Members must not make statements to the press unless authorised by the Council."
    assert sentence_verdict("is it ok for me to speak to the press as the council's spokesperson?", rule) is None
    assert sentence_verdict("can i speak to the press?", rule) == "no"


def test_a_non_party_political_purpose_is_not_party_political():
    rule = "The council minibus must not be used for party political purposes."
    assert sentence_verdict("can i drive the council minibus to a non-party political residents forum?", rule) is None
    assert sentence_verdict("can i drive the council minibus to my party's rally?", rule) == "no"


def test_an_asker_who_is_acted_on_is_not_the_one_acting():
    rule = "Members must not contact officers on their personal mobiles."
    assert sentence_verdict("cllr here: is it ok to be contacted by the clerk on my mobile?", rule) is None
    assert speaker_role("I'm clerk's partner and on the council - can I take part?") != "officer"
    assert speaker_role("I'm clerk at a small parish - can I refuse?") == "officer"


def test_a_question_that_reports_another_gets_no_verdict():
    # "tell me whether ..." asks the reported question: a Yes/No would answer the telling.
    rule = "The Chief Executive will not disclose personnel files to members."
    assert question_modality("will the chief exec tell me whether i can see the file?") is None
    assert sentence_verdict("will the chief exec tell me whether i can see the file?", rule) is None
    assert speaker_role("i'm clerk to the school governors and a parish councillor - can i ask the clerk?") != "officer"


def test_a_role_at_an_outside_body_is_no_party_to_the_protocol():
    assert direction("the chief exec of the local hospice wants to come to our meeting") == (None, None)
    rule = "Officers must not attend meetings of political groups."
    assert (
        sentence_verdict("can the chief exec of the local hospice attend meetings of political groups?", rule) is None
    )
    assert sentence_verdict("can the chief exec attend meetings of political groups?", rule) == "no"


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        (
            "can a councillor ask the clerk for a copy of the minutes?",
            "Councillors should not ask the Clerk to run personal errands.",
        ),
        (
            "can a councillor contact the clerk by email?",
            "Councillors must not contact the Clerk at home outside office hours.",
        ),
        (
            "does the clerk have to tell councillors when the office is closed?",
            "Officers should not tell members how to vote.",
        ),
        (
            "can a councillor phone the clerk to report a broken streetlight?",
            "A councillor must not phone the Clerk to complain about other staff.",
        ),
        (
            "can the clerk advise a councillor on the code of conduct?",
            "Officers must not advise members on party political matters.",
        ),
        (
            "can i borrow the council gazebo for a cross-party charity event?",
            "The council gazebo must not be used for party political events.",
        ),
        (
            "can the clerk put the official notice of election on the noticeboard?",
            "The noticeboard must not be used for election campaigning.",
        ),
    ],
)
def test_a_rule_on_another_object_of_the_same_verb_gives_no_verdict(question, rule):
    # What the rule's verb acts on, or its terms, must be something the question names.
    assert sentence_verdict(question, rule) is None


def test_what_a_rules_verb_acts_on():
    assert rule_object("Councillors must not contact the Clerk at home outside office hours.") == (
        "the clerk at home outside office hours."
    )
    assert rule_object("They should not be used for private purposes.") == "for private purposes."
    assert rule_object("The Code prohibits Members raising matters about staff in public.") == (
        "matters about staff in public."
    )
    assert rule_object("An officer may attend.") == ""
    assert rule_object("Councillors may help them as they would any other resident.") == ""
    # The rule still answers the question about its own object.
    rule = "Councillors must not contact the Clerk at home outside office hours."
    assert sentence_verdict("can councillors ring the clerk at home in the evening?", rule) == "no"


def test_nothing_party_political_names_no_party_politics():
    rule = "Council publicity must not be used to promote a political party or individual Members."
    question = (
        "I'm organising a public meeting on the rec (nothing party political) - can we hold it in a council hall?"
    )
    assert sentence_verdict(question, rule) is None


def test_only_someone_may_is_no_permission_for_anyone_else():
    rule = "Only the Chair, or a member authorised by the Council, may speak to the press for the Council."
    assert sentence_verdict("can i speak to the press for the council?", rule) is None
    assert sentence_verdict("can the vice-chair speak to the press for the council?", rule) is None
    assert sentence_verdict("I'm the chair - can I speak to the press for the council?", rule) == "yes"
    business = "Councillors may ask the Clerk to print agendas and papers for Council business only."
    assert sentence_verdict("can I ask the clerk to print my campaign leaflets?", business) is None
    # "only" that restricts nothing of the rule leaves it plain.
    consulted = "Local Members should be consulted before a decision affecting only their ward is taken."
    assert sentence_verdict("should local members be consulted before a decision on their ward?", consulted) == "yes"


def test_a_prohibition_without_its_exception_does_not_answer_a_question_that_meets_it():
    rule = "Councillors must not take files or papers away from the office without the agreement of the Clerk."
    assert sentence_verdict("can I take papers away from the office if the clerk agrees?", rule) is None
    assert sentence_verdict("can I take papers away from the office?", rule) == "no"
    # A question that says "without ..." itself is the prohibited case.
    assert sentence_verdict("can I take papers away from the office without asking the clerk?", rule) == "no"
    # Consent in a question's everyday words; consent denied is still the prohibited case.
    filming = (
        "Members who attend ward walkabouts with Officers must not record Officers on their phones without the "
        "Officers' agreement."
    )
    asked = "can i record the officer on my phone at the walkabout?"
    assert sentence_verdict(asked, filming) == "no"
    assert sentence_verdict(f"{asked} he's said he's happy for me to", filming) is None
    assert sentence_verdict(f"{asked} she doesn't mind", filming) is None
    assert sentence_verdict(f"{asked} he hasn't said he's happy for me to", filming) == "no"
    assert sentence_verdict(f"{asked} i haven't asked, but my colleague is fine with it", filming) == "no"
    approval = "Councillors must not give instructions to staff without the approval of the Clerk."
    assert sentence_verdict("can i give instructions to staff if the clerk has agreed?", approval) is None
    assert sentence_verdict("can i give instructions to staff if the chairman has agreed?", approval) == "no"
    # A procedure the rule allows may be the question's condition.
    lobbying = (
        "Members must not lobby planning officers about a live planning application outside the formal procedures."
    )
    assert sentence_verdict("can i lobby the planning officer about a live planning application?", lobbying) == "no"
    asked = "can i lobby the planning officer about a live planning application if i book an appointment?"
    assert sentence_verdict(asked, lobbying) is None
    asked = "can i lobby the planning officer about a live planning application if i sit on the planning committee?"
    assert sentence_verdict(asked, lobbying) == "no"
    alone = "Councillors must not go into staff-only areas unaccompanied."
    assert sentence_verdict("can I go into staff-only areas with a member of staff?", alone) is None


def test_a_permission_whose_but_clause_restricts_the_case_asked_is_no_yes():
    helping = "Councillors may help them as they would any other resident but must not join in an officer's grievance."
    assert sentence_verdict("an officer in my ward wants help with her grievance - can I help?", helping) is None
    assert sentence_verdict("an officer in my ward wants help with a noisy neighbour - can I help?", helping) == "yes"
    press = "Members may speak to the press as individuals but must make clear they are not speaking for the Council."
    assert sentence_verdict("can I speak to the press on behalf of the council?", press) is None
    assert sentence_verdict("can I speak to the press?", press) == "yes"


def test_a_rule_for_one_office_says_nothing_of_other_councillors():
    rule = "Executive Members who disagree with an Officer's advice may ask for a second opinion."
    assert sentence_verdict("can a backbench councillor ask for a second opinion on officer advice?", rule) is None
    assert sentence_verdict("as a cabinet member can i ask for a second opinion on officer advice?", rule) == "yes"
    mayor = "The Mayor may not give officers instructions on the Council's behalf."
    assert sentence_verdict("can the deputy mayor give officers instructions?", mayor) is None
    assert sentence_verdict("can the mayor give officers instructions?", mayor) == "no"


def test_an_exception_that_names_a_role_is_named_by_a_question_about_that_role():
    rule = "Members take no part in appointing staff other than the Town Clerk and the Deputy Town Clerk."
    assert sentence_verdict("can I take part in appointing the deputy town clerk?", rule) is None
    assert sentence_verdict("can I take part in appointing the finance assistant?", rule) == "no"


def test_a_member_of_the_public_is_no_member():
    assert direction("a member of the public criticised the clerk") == ("officer", None)


def test_an_idiom_of_a_verb_family_is_the_families_action():
    rule = "The Chair, or any other individual councillor, cannot give the Clerk instructions."
    assert sentence_verdict("can the chair tell the clerk what to do?", rule) == "no"
    assert sentence_verdict("can the chair tell the clerk about a complaint?", rule) is None


def test_a_yes_is_not_for_the_alternative_a_sentence_rules_out():
    # (the alternative it rules out is a No: see test_a_route_the_rule_sets_aside_is_a_no)
    rule = "A councillor unhappy with the Clerk's work should speak to the Chairman, not to the Clerk directly."
    assert sentence_verdict("if i'm unhappy with the clerk's work should i speak to the clerk directly?", rule) == "no"


def test_a_question_of_fact_is_answered_by_a_statement_that_says_it_word_for_word():
    hours = "The Parish Clerk works 8 hours a week, usually on Tuesday mornings."
    assert (
        sentence_verdict("does the parish clerk work 8 hours a week?", "The Parish Clerk works 8 hours a week.")
        == "yes"
    )
    assert (
        sentence_verdict("does the parish clerk work 10 hours a week?", "The Parish Clerk works 8 hours a week.")
        is None
    )
    assert sentence_verdict("does the parish clerk work 8 hours a week?", hours) is None  # "usually"
    copies = "Blind copies of correspondence between officers and members will not be sent."
    assert sentence_verdict("are blind copies of correspondence sent?", copies) == "no"
    # Another office, or words the statement does not have, say nothing.
    mayor = "The Mayor and the Town Clerk meet every week."
    assert sentence_verdict("does the deputy mayor meet the town clerk every week?", mayor) is None
    assert sentence_verdict("does the mayor meet the finance officer every week?", mayor) is None


def test_a_modal_in_a_relative_clause_is_its_antecedent_s_not_the_rule_s():
    rule = (
        "A councillor who needs the Clerk to work more than their council's share of hours must ask the Joint "
        "Staffing Committee, which may agree up to 10 extra hours in any quarter."
    )
    # (the committee may agree extra hours; the councillor must ask it: no Yes to asking the clerk)
    assert sentence_verdict("chair here - can i just ask our clerk to put in a few extra hours?", rule) is None
    assert sentence_polarity(rule) == "obliged"
    # a sentence whose only modal is in such a clause keeps it
    assert sentence_polarity("Officers brief the groups, who may then decide their policy.") == "permitted"


def test_a_passive_question_of_fact_is_about_its_act_not_what_the_act_is_done_to():
    duty = (
        "This is the Town Clerk's responsibility, and the Town Clerk will be acting on instructions from the "
        "Council or its Committees, within an agreed job description."
    )
    assert sentence_verdict("is the clerk's job being advertised?", duty) is None  # (a Yes before)
    advert = "The post of Clerk will be advertised in the local press."
    assert sentence_verdict("is the clerk's job advertised?", advert) == "yes"
    # (a doubled consonant: "submitted" is said by "submit")
    report = "The Clerk will submit an annual report to full council."
    assert sentence_verdict("is the clerk's report being submitted to full council?", report) == "yes"


def test_a_must_they_question_is_answered_by_what_the_protocol_says_they_will_do():
    rule = "Officers will respond to a Member's request within seven working days."
    assert sentence_verdict("do officers have to respond to a members request within 7 working days?", rule) == "yes"
    assert sentence_verdict("do officers have to respond to a members request within 3 working days?", rule) is None


def test_a_sentence_that_does_not_prevent_something_permits_it():
    assert sentence_polarity("This does not prevent a Member from questioning the content of a report.") == "permitted"
    assert sentence_polarity("Members are not prevented from attending as observers.") == "permitted"


INFLUENCE = (
    "Members must not seek to influence an officer\u2019s decision on an individual enforcement, licensing, housing "
    "or benefits case, although they may pass on information and ask to be kept informed of progress."
)


def test_a_rule_and_what_it_still_allows_in_one_sentence_answer_nothing_plainly():
    # "must not seek to influence ..., although they may pass on information": which half a question
    # near what is still allowed (asking, passing on, telling) falls under is not plain.
    for question in (
        "one of my constituents has a housing application in. can I ask the housing officer to keep me posted?",
        "can I pass on information about a licensing case to officers?",
        "can the mayor tell officers what to do?",
        "can I ask officers to go easy on my constituent's licensing case?",
    ):
        assert sentence_verdict(question, INFLUENCE) is None
    # A question about the rule alone, nowhere near what it still allows, is answered.
    assert sentence_verdict("can I try to influence a planning enforcement decision?", INFLUENCE) == "no"


def test_a_no_from_a_part_with_a_duty_beside_its_prohibition_is_for_what_is_prohibited():
    declare = (
        "A councillor who is a relative, partner or close friend of the Clerk must declare this at the first "
        "Council meeting after the relationship arises and must not sit on the Staffing Committee."
    )
    assert sentence_verdict("my partner works for the council. do I have to tell someone about that?", declare) is None
    assert (
        sentence_verdict("can a councillor who is a close friend of the clerk sit on the staffing committee?", declare)
        == "no"
    )
    involved = (
        "If a Member is approached by an Officer about a grievance or disciplinary matter, the Member should not "
        "become involved and should direct the Officer to the Council's procedures."
    )
    assert (
        sentence_verdict(
            "councillor here - an officer wants me to help with their disciplinary hearing. should I get involved?",
            involved,
        )
        == "no"
    )


def test_a_member_of_a_council_team_is_an_officer():
    assert speaker_role("I'm on the outdoor team at Ravensmoor TC. Can I help a party with its campaign?") == "officer"
    assert speaker_role("i work in the finance team - can i tell a councillor about a grant?") == "officer"
    assert speaker_role("i work for the town council, can i stand for election?") == "officer"
    assert speaker_role("I'm on the planning committee - can I visit the site?") is None


def test_a_rule_for_one_kind_of_election_says_nothing_of_another():
    canvass = (
        "Officers must not canvass, deliver leaflets, display posters or act as polling or counting agents for any "
        "candidate in a Town Council election, and Members must not ask them to do so."
    )
    question = "I'm on the outdoor team. Can I canvass for a party in the county council election on my days off?"
    assert sentence_verdict(question, canvass) is None
    assert sentence_verdict(question.replace("county council", "town council"), canvass) == "no"
    amblethorpe = (
        "Officers may be members of a political party, but must not campaign in any election for the Town Council."
    )
    assert sentence_verdict("can an officer campaign in the general election?", amblethorpe) is None
    assert sentence_verdict("can an officer campaign in the town council election?", amblethorpe) == "no"


def test_having_someone_do_a_thing_is_answered_by_what_they_will_do():
    brief = "Chief officers will give opposition councillors briefings on Council business on request."
    assert (
        sentence_verdict("we're the opposition - can we get senior officers to brief us on council business?", brief)
        == "yes"
    )
    # Not for another thing than the one they will do, nor from what they should do.
    assert sentence_verdict("can we get senior officers to write our group's press release?", brief) is None
    assert (
        sentence_verdict(
            "can we get senior officers to brief us on council business?",
            "Chief officers should consider giving briefings on Council business.",
        )
        is None
    )


def test_what_a_protocol_does_not_prevent_is_permitted_to_the_one_named():
    question_s = "This does not prevent a Member from questioning the content of a report at a meeting."
    assert (
        sentence_verdict("can I question the content of an officer's report at a committee meeting?", question_s)
        == "yes"
    )
    # ... at a meeting: not in the press.
    assert (
        sentence_verdict("can I question the content of an officer's report in a letter to the paper?", question_s)
        is None
    )
    asking = "This does not prevent Members from asking officers for information."
    assert sentence_verdict("can members ask officers for information?", asking) == "yes"


def test_keeping_a_thing_confidential_is_not_disclosing_it():
    rule = "Members must not disclose confidential information, including reports taken after the public are excluded."
    assert (
        sentence_verdict("do i have to keep confidential what was discussed after the public were excluded?", rule)
        == "yes"
    )
    assert sentence_verdict("can I disclose the exempt report?", rule) == "no"


def test_a_rule_for_while_something_is_so_says_nothing_of_other_times():
    rule = "Members should not canvass Officers for their votes while the Officers are at work."
    assert sentence_verdict("can I knock on an officer's door at home to canvass for their vote?", rule) is None
    assert sentence_verdict("can i canvass council staff for votes while they're at work?", rule) == "no"
    # "while treating ...": what goes with the rule, not when it holds.
    loyal = (
        "Officers are expected to serve the administration of the day loyally while treating all councillors fairly."
    )
    assert sentence_verdict("are officers expected to serve the administration of the day loyally?", loyal) == "yes"


def test_a_sentence_with_other_numbers_than_the_question_answers_nothing():
    rule = "Officers will aim to reply to Members' enquiries within eight working days."
    assert sentence_verdict("will officers reply within 5 working days?", rule) is None
    assert sentence_verdict("will officers reply within eight working days?", rule) == "yes"


def test_a_question_whether_a_thing_should_be_avoided_is_answered_yes_by_a_rule_to_avoid_it():
    rule = (
        "Councillors and staff should avoid a close personal familiarity that could give others the wrong impression."
    )
    assert sentence_verdict("should close personal familiarity between cllrs and staff be avoided?", rule) == "yes"
    assert sentence_verdict("can close personal familiarity be avoided?", rule) is None
    assert sentence_verdict("should councillors and staff have a close personal familiarity?", rule) == "no"


def test_a_candidate_for_another_council_is_in_another_election():
    rule = "Officers must not deliver leaflets for any candidate in a Town Council election."
    assert (
        sentence_verdict("can an officer deliver leaflets for a county council candidate in their own time?", rule)
        is None
    )
    assert sentence_verdict("can an officer deliver leaflets for a town council candidate?", rule) == "no"


def test_a_part_with_no_verb_of_its_own_goes_on_the_part_before():
    raising = (
        "This does not prevent an officer raising on a personal basis, and in their own time, a matter with "
        "his/her ward member."
    )
    assert len(sub_clauses(raising)) == 1
    assert (
        sentence_verdict(
            "can an officer raise a personal matter with their ward councillor in their own time?", raising
        )
        == "yes"
    )
    assert len(sub_clauses(GROUPS)) == 2  # "..., and employees can legitimately refuse to do so"


def test_a_part_whose_exception_the_question_names_leans_the_other_way():
    rule = (
        "Members must not canvass on behalf of any candidate for a post with the Council, and should not give a "
        "reference for a candidate unless it relates only to personal character."
    )
    assert (
        sentence_verdict(
            "can a member give a reference for a candidate if it only covers their personal character?", rule
        )
        is None
    )
    assert sentence_verdict("can a member canvass on behalf of a candidate?", rule) == "no"


def test_a_rule_for_one_kind_of_meeting_says_nothing_of_another():
    assert sentence_verdict("can the clerk refuse to attend a full council meeting?", GROUPS) is None
    assert sentence_verdict("can staff refuse to attend a committee meeting?", GROUPS) is None
    assert sentence_verdict("can the clerk refuse to attend a party group meeting?", GROUPS) == "yes"
    assert sentence_verdict("can the town clerk refuse to prepare a report for the finance committee?", GROUPS) is None


def test_an_exception_elsewhere_that_names_the_questions_case_leaves_no_plain_answer():
    from assistant.verdict import excepted

    rule = "Officers must not accept gifts or hospitality from councillors."
    found = Verdict("no", rule)
    others = [
        rule,
        "Paragraph 7(a) does not apply to flowers sent when an officer is ill or bereaved.",
        "Officers should declare any gift offered to them in the register.",
    ]
    assert excepted("may an officer accept flowers from councillors while off ill?", found, others)
    # an exception for another case, or no exception at all, leaves the rule standing
    assert not excepted("can an officer accept a bottle of wine from a councillor?", found, others)
    assert not excepted("may an officer accept flowers from a councillor?", found, [rule, others[2]])
    # an exception to another rule is none to this one
    other_rule = "Council publicity will not promote individual Members, except the Chairman speaking at civic events."
    assert not excepted("can an officer accept flowers from councillors at civic events?", found, [rule, other_rule])


def test_a_rule_on_visiting_some_places_says_nothing_of_another():
    sites = (
        "Members wishing to visit a Council site, depot or school should arrange the visit through the "
        "responsible Head of Service and should not turn up unannounced."
    )
    assert sentence_verdict("is it ok to just turn up at the clerk's office without booking?", sites) is None
    assert sentence_verdict("can i just turn up at the depot to see the lads?", sites) == "no"
    assert (
        sentence_verdict("Can I visit the library unannounced?", "Members must not visit schools unannounced.") is None
    )
    assert (
        sentence_verdict(
            "Can I enter the school without permission?", "Members must not enter Council depots without permission."
        )
        is None
    )
    # premises are every kind of place; and a place named outside a visit is no place visited
    premises = "Members should not turn up at Council premises unannounced."
    assert sentence_verdict("can i turn up unannounced at the clerk's office?", premises) == "no"
    assert (
        sentence_verdict(
            "can cllrs take the council's old deeds and documents home to look at?",
            "Councillors must not remove original Council documents from the office.",
        )
        == "no"
    )


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # What the question only tells ("asked me to keep it confidential") is not what it asks.
        (
            "a resident asked me to keep it confidential - do I have to tell the clerk?",
            "Members must not disclose information given to them in confidence.",
            "no",
        ),
        (
            "I try to avoid ringing the clerk's mobile. should I ring the office at the weekend?",
            "Members should avoid ringing the office at weekends.",
            "no",
        ),
        # A rule kept only until something happens says nothing of afterwards.
        (
            "do i have to keep it confidential once the council has made it public?",
            "Members must not disclose confidential information until the Council has made it public.",
            None,
        ),
        # What officers will do is a Yes only for the thing asked, done for the asker's side.
        (
            "can I get an officer to help with my election campaign?",
            "Officers will report to the Monitoring Officer any request from a Member for help with a campaign.",
            None,
        ),
        (
            "can I get officers to write a report on my ward?",
            "Officers will write reports for committees on the issues the committee asks for.",
            None,
        ),
        (
            "can I have the clerk's personal email address?",
            "The Clerk will give Members her council email address.",
            None,
        ),
        # "does not prevent" needs its "not"; "as members of the public" is no object.
        ("can members direct staff?", "This protocol prevents Members from directing staff.", None),
        (
            "can officers attend party group meetings?",
            "This does not prevent officers attending as members of the public.",
            None,
        ),
        # "may A, but not B" is no Yes for B.
        (
            "can officers take part in political debate at group meetings?",
            "Officers may attend group meetings to give factual information, but not to take part in political debate.",
            None,
        ),
        (
            "can I question officers about their reports in public?",
            "Members may question officers about their reports in committee, but not in public.",
            None,
        ),
        # A working group is no party group; an MP's campaign is another election.
        ("can the clerk refuse to attend a working group meeting?", GROUPS, None),
        (
            "I'm on the outdoor team - can I deliver leaflets for our MP?",
            "Officers must not deliver leaflets for any candidate in a Town Council election.",
            None,
        ),
        (
            "can I canvass an officer at home for their vote?",
            "Members should not canvass Officers for their votes whilst the Officers are at work.",
            None,
        ),
    ],
)
def test_a_review_of_the_seventh_sessions_rules(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # A phrasal verb with its object inside ("turn them down") is the phrase ("turn down"); what
        # one should do, one may: "should politely decline" answers "am I ok to turn them down?".
        (
            "new officer question: a cllr keeps asking me to do things. am I ok to turn them down?",
            "When a councillor asks for something personal, the officer should politely decline.",
            None,  # ... but not when the rule has a condition the question does not plainly meet
        ),
        # (which request "such a request" is was said before it: a bare "their request" is no case of
        # it, see test_such_requests_are_those_said_before)
        ("clerk here - am I ok to decline their request?", "The Clerk should politely decline such a request.", None),
        # Both ways, people included (a fresh-eyes review's cases).
        (
            "officer question: can I tell councillors about the approach?",
            "Officers should tell the Clerk about any approach from a councillor.",
            None,
        ),
        (
            "clerk here - can I refuse a councillor's request?",
            "The Clerk should refuse any request which would be unlawful.",
            None,
        ),
        ("can the clerk attend party group meetings?", "The Clerk is required to attend all Council meetings.", None),
        (
            "clerk here - can I say no to requests for party work?",
            "The Clerk should say no to any request for party work.",
            "yes",
        ),
        # ... only for the verb the rule obliges, in the question's own clause.
        (
            "clerk here - can I tell the press about it?",
            "The Clerk should tell the Chairman about any approach from a councillor.",
            None,
        ),
        (
            "clerk here - can I turn them down if they ask for party work?",
            "The Clerk should ensure that any refusal is put in writing.",
            None,
        ),
    ],
)
def test_what_one_should_do_one_may(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_who_asks_from_how_they_sign():
    assert speaker_role("new officer question: can I refuse?") == "officer"
    assert speaker_role("cllr query - can I ring the clerk at home?") == "member"
    assert speaker_role("a councillor keeps asking me to print his leaflets, can I refuse?") == "officer"


ONLY_THE_CLERK = (
    "Only the Clerk, or a person the Clerk authorises, may post on the Council's website and social media pages."
)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # From a fresh-eyes walk-through: a rule on giving information out says nothing of seeing it.
        (
            "Is a councillor allowed to see confidential papers about staff pay?",
            "Councillors must not disclose the content of confidential papers to anyone.",
            None,
        ),
        # A Yes about posting is no Yes about posting about councillors.
        (
            "can the clerk post on social media about councillors?",
            ONLY_THE_CLERK,
            None,
        ),
        (
            "can the clerk post on social media?",
            ONLY_THE_CLERK,
            "yes",
        ),
        # Standing for election is answered only by a rule on standing.
        (
            "can officers stand for election as councillor",
            "During the pre-election period Officers will not take part in any event or publicity which could be "
            "seen as supporting a candidate or party.",
            None,
        ),
        (
            "can officers in politically restricted posts stand for election?",
            "Officers in politically restricted posts must not stand for election.",
            "no",
        ),
    ],
)
def test_a_walk_through_s_wrong_verdicts(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_they_that_are_used_are_things_not_the_councillors_before():
    before = "Councillors may use the Council's photocopier and meeting rooms only for Council business."
    rule = "They must not be used to produce election leaflets or for any party political purpose."
    assert with_subject(rule, before) == rule
    assert sentence_verdict("Am I allowed to use the council laptop for my election leaflets?", rule, before) is None


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # A rule that acts on people only ("the Clerk or the Assistant Clerk") restricts no thing.
        (
            "Can a councillor instruct the clerk?",
            "A councillor may not instruct the Clerk or the Assistant Clerk.",
            "no",
        ),
        # Not attending is no doubt about refusing to attend.
        (
            "Can the clerk refuse to attend our group meeting?",
            "The Town Clerk has the right to refuse such requests but will not attend a meeting of a party group "
            "where some of those attending are not members of the Council.",
            "yes",
        ),
        (
            "Can the clerk attend our group meeting?",
            "The Town Clerk has the right to refuse such requests but will not attend a meeting of a party group "
            "where some of those attending are not members of the Council.",
            None,
        ),
    ],
)
def test_the_walk_through_s_missed_verdicts(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_such_requests_are_those_said_before():
    refuse = (
        "The Town Clerk has the right to refuse such requests but will not attend a meeting of a party group "
        "where some of those attending are not members of the Council."
    )
    assert sentence_verdict("Can the clerk refuse a councillors request?", refuse) is None
    decline = "The Clerk should politely decline such a request."
    before = "A councillor may ask the Clerk to print party leaflets."
    assert sentence_verdict("clerk here - am I ok to decline their request?", decline, before) is None
    assert sentence_verdict("Can the clerk refuse to attend our group meeting?", refuse) == "yes"
    # "such Councillors" (chairmen, said before) is no rule for whoever asks.
    chairs = (
        "However, such Councillors must still respect the impartiality of officers, must not ask them to "
        "undertake work of a party political nature."
    )
    assert sentence_verdict("can I ask the clerk to do party political work for me?", chairs) is None
    assert (
        sentence_verdict("can I ask the clerk to do party political work for me?", chairs.replace("such ", "")) == "no"
    )


def test_the_condition_is_not_the_action():
    # A report is the question's condition; telling the other groups is what it asks about.
    q = "must the clerk tell other groups if he writes a report for one group"
    require = (
        "Party political groups have no power to require the Town Clerk or any other employee to attend group "
        "meetings or to prepare written reports for them, and employees can legitimately refuse to do so."
    )
    assert sentence_verdict(q, require) is None
    assert sentence_verdict("must the clerk write a report if a group asks for one?", require) == "no"


def test_what_is_refused_is_the_action_not_the_request():
    rule = (
        "Staff must not be asked to do anything that conflicts with their professional obligations or that would "
        "be unlawful, and they are entitled to decline such requests."
    )
    assert sentence_verdict("can staff decline a request from the chairman to unlock the hall?", rule) is None
    assert sentence_verdict("can staff say no to requests that would be unlawful?", rule) == "yes"


def test_one_way_of_getting_in_touch_is_not_another():
    rule = (
        "Councillors should not visit the Clerk at home, or telephone in the evenings or at weekends, except "
        "about a meeting taking place that evening."
    )
    assert sentence_verdict("can I email the clerk at weekends?", rule) is None
    assert sentence_verdict("can I text the clerk on a sunday?", rule) is None
    assert sentence_verdict("can I phone the clerk at weekends?", rule) == "no"
    # A mobile is a number to text as well as to ring.
    mobile = "Members should not use an officer's personal mobile number to contact them about Council business."
    assert sentence_verdict("can i text the deputy clerk on her own mobile about a council thing?", mobile) == "no"
    number = "Members should not use an officer's personal phone number to contact them about Council business."
    assert (
        sentence_verdict("can i text the deputy clerk on her personal number about council business?", number) == "no"
    )


def test_a_way_of_getting_in_touch_allowed_only_on_a_condition():
    rule = (
        "Councillors should contact the Clerk by email at the Council's email address, and should telephone only "
        "if a matter is urgent."
    )
    assert sentence_verdict("can I ring the clerk about something urgent?", rule) == "yes"
    assert sentence_verdict("can I ring the clerk about the hedges?", rule) is None
    assert sentence_verdict("can the clerk use the council laptop for personal emails?", rule) is None


def _cases(name: str) -> list[tuple[str, str, str | None]]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "verdict_cases" / name
    return [(r["question"], r["sentence"], r["verdict"]) for r in map(json.loads, path.read_text().splitlines())]


@pytest.mark.parametrize(("question", "sentence", "verdict"), _cases("review-8.jsonl"))
def test_a_fresh_eyes_review_of_the_eighth_sessions_rules(question, sentence, verdict):
    # Literal cases a reviewer wrote against this session's rules, each of which the rules first
    # got wrong (27 a wrong Yes/No, 14 a plain answer missed).
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(("question", "sentence", "verdict"), _cases("review-8-right.jsonl"))
def test_the_review_s_pairs_the_rules_answer_as_a_careful_reader_would(question, sentence, verdict):
    # The same reviewer's other pairs (255 in all) that the rules now answer as a careful reader of
    # the sentence alone would: kept so that a later rule does not lose them unseen.
    assert sentence_verdict(question, sentence) == verdict


def test_the_council_as_the_rules_subject_answers_what_the_council_itself_may_do():
    from assistant.verdict import sentence_verdict

    rule = "The Council has no power to sanction a councillor for a breach of the Code."
    assert sentence_verdict("can inverallan council itself suspend a councillor for breaching the code?", rule) == "no"
    assert sentence_verdict("glenardoch - can the council sanction a councillor for breaching the code?", rule) == "no"
    # Asked what a councillor may do, the Council's own powers are not the rule.
    services = "The Council can provide members with services such as typing, printing and photocopying."
    assert sentence_verdict("can i print my party newsletter on the councils photocopier?", services) is None
    assert sentence_verdict("can a councillor sanction another councillor?", rule) is None
    # A reviewer's cases: the council's clerk, a committee of the council, a rule with exceptions,
    # and a narrower rule than the question are no answer.
    for question, sentence in [
        (
            "Does the council clerk have to attend evening meetings?",
            "The Council will not require the Clerk to attend meetings at weekends.",
        ),
        (
            "Can the council sanction a councillor?",
            "The Council's Standards Committee has no power to sanction a councillor.",
        ),
        (
            "Can the council dismiss the clerk?",
            "The Council cannot dismiss the clerk unless the Staffing Committee recommends it.",
        ),
        ("Can the council sanction a councillor?", "The Council has no power to suspend a councillor."),
    ]:
        assert sentence_verdict(question, sentence) is None, sentence


def test_a_parish_job_title_says_the_asker_is_staff():
    # fresh14's one wrong verdict: the lengthsman asking where to take a councillor's behaviour was
    # answered "No" from a rule on what councillors may ask the lengthsman to do.
    from assistant.verdict import speaker_role

    question = (
        "I'm the lengthsman, one of the cllrs keeps having a go at me when im out working - "
        "do I take that to the clerk?"
    )
    assert speaker_role(question) == "officer"
    assert sentence_verdict(question, "Councillors must not ask the Lengthsman to carry out work.") is None
    # ... while the title in a rule stays a word of the rule's action
    assert (
        sentence_verdict(
            "can i ask the groundsman to strim round the war memorial?",
            "Councillors must not ask the Groundsman directly to carry out work.",
        )
        == "no"
    )


def test_a_verb_describing_a_noun_is_not_the_rules_action():
    # Probe J (blind run): "come to a group meeting" was answered "No" from a rule on telling other
    # groups what was said; the only verb in common was in "a group meeting they attended".
    question = "Can Colverton officers come to a group meeting to explain the budget to us?"
    told = "Officers will not tell any other group what was discussed at a group meeting they attended."
    assert sentence_verdict(question, told) is None
    # ... while the rule's own verb still answers
    assert sentence_verdict(question, "Officers will not attend a group meeting.") == "no"


def test_a_describing_verb_the_question_asks_about_stays():
    # A review's findings: "I objected to" is the question's own qualifier, so the sentence's "they
    # objected to" is part of its action; "whether they have accepted it" is no noun's description.
    from assistant.verdict import same_action

    assert (
        sentence_verdict(
            "Can I vote on a planning application I objected to?",
            "Members must not vote on any application they objected to.",
        )
        == "no"
    )
    assert same_action(
        "Can a councillor accept a gift from a contractor?",
        "Members must record any gift from a contractor, whether they accepted it or not.",
    )


def test_a_yes_names_the_act_asked_of_someone():
    """Permitting writing to the Clerk in Welsh does not permit getting the Clerk to translate a
    letter; a sentence that names the act still answers."""
    welsh = "Councillors may write to the Clerk in Welsh or in English, and the Clerk will reply in the same language."
    question = "cefn meurig - can i get the clerk to translate a letter from my solicitor into english for me?"
    assert sentence_verdict(question, welsh) is None
    assert sentence_verdict(question, "Councillors may ask the Clerk to translate a letter into English.") == "yes"
    # a light verb leaves the act to its object: "put a report together" is asking for a report
    reports = "Executive Councillors may ask officers for information and reports."
    assert sentence_verdict("can I ask officers to put a report together on the leisure centre?", reports) == "yes"
    # a sentence about requesting answers the asking, whatever the act's word
    agenda = "Councillors may request paper copies of the agenda from the Clerk."
    assert sentence_verdict("can I ask the clerk to print my agenda?", agenda) == "yes"
    # a No from a rule on the act's class still holds
    rule = "Councillors should not ask the Clerk to do work for them personally, such as letters."
    assert sentence_verdict("can i get the clerk to type a letter for my business?", rule) == "no"


def test_in_a_run_of_rules_the_one_on_the_act_decides():
    """'will not take part in ... and will leave the meeting before ...': leaving is not what the
    'not' is about, so no No for 'am i ok to leave?'; a run whose rules point one way stays one."""
    run = (
        "An officer attending a group meeting will give factual information and professional advice only, "
        "will not take part in discussion of political tactics or party matters and will leave the meeting "
        "before any such discussion begins."
    )
    question = "officer here, the party group has moved on to campaign tactics. am i ok to just get up and leave?"
    assert sentence_verdict(question, run) is None
    taking_part = "officer here - can i join in the group's discussion of political tactics?"
    assert sentence_verdict(taking_part, run) == "no"
    same_way = "A councillor with a pecuniary interest must declare it and must leave the room."
    assert sentence_verdict("can I leave the room?", same_way) is None
    # a rule about voting in the run changes nothing about leaving
    mixed = "A councillor with a pecuniary interest must declare it, must not vote and must leave the room."
    assert sentence_verdict("can I leave the room?", mixed) is None


def test_an_faq_question_gives_no_verdict():
    """A page of questions and answers: its question sentence 'Can my group invite the planning
    manager to our group meeting?' permits nothing (its answer may be No)."""
    faq = "Can my group invite the planning manager to our group meeting?"
    asked = "kirkholm - can we get the housing service manager along to our group meeting?"
    assert sentence_verdict(asked, faq) is None
    # (an FAQ's question that permits in its own words: "Can officers attend ward surgeries?")
    assert sentence_verdict("can an officer attend my ward surgery?", "Can officers attend ward surgeries?") is None


def test_a_statement_answers_no_for_the_alternative_it_rules_out():
    """'takes instructions from the Council as a whole and not from any individual Cllr, including
    the Chairman': No for taking orders from the chairman; nothing here for the Council's own side
    or for another act."""
    rule = (
        "The Parish Clerk takes instructions from the Council as a whole and not from any individual Cllr, "
        "including the Chairman."
    )
    assert sentence_verdict("Does the Little Ousebury clerk take orders from the chairman?", rule) == "no"
    assert sentence_verdict("does the clerk take instructions from the council?", rule) != "no"
    assert sentence_verdict("does the clerk have to reply to the chairman's emails?", rule) is None
    # a statement that is itself negated or hedged rules nothing out plainly
    hedged = "The Clerk may usually take instructions from the Council and not from any individual councillor."
    assert sentence_verdict("does the clerk take orders from a councillor?", hedged) is None


def test_a_condition_is_named_by_the_people_it_names():
    """'... will not attend a meeting of a party group where some of those attending are not members
    of the Council': a question about a meeting where some people aren't councillors names that
    condition, in other words than the condition's own."""
    rule = (
        "The Town Clerk will not attend a meeting of a party group where some of those attending are not "
        "members of the Council."
    )
    asked = "will the town clerk attend a party group meeting where some people arent councillors?"
    assert sentence_verdict(asked, rule) == "no"
    assert sentence_verdict("will the town clerk attend a party group meeting?", rule) is None


def test_forms_in_ied_and_ies_share_a_stem_and_an_official_capacity_rule_leaves_private_time():
    from assistant.verdict.words import _stem

    assert _stem("copied") == _stem("copies") == _stem("copy") and _stem("bullied") == _stem("bully")
    staff = (
        "A member of staff who feels bullied or harassed by a councillor may go straight to the Chair of the "
        "Staffing Committee without first speaking to the Town Clerk."
    )
    asked = (
        "wrenhurst - if a councillor is bullying me, can I go straight to the chair of the staffing committee "
        "without speaking to the town clerk?"
    )
    assert sentence_verdict(asked, staff) == "yes"
    rallies = "Officers will not attend political events or rallies in an official capacity."
    assert sentence_verdict("as an officer am i allowed to go to a party rally on my day off?", rallies) is None
    assert sentence_verdict("can officers attend a political rally in their own time?", rallies) is None
    assert sentence_verdict("can officers attend political rallies as part of their job?", rallies) != "yes"


def test_everyday_words_for_visiting_and_pressure():
    home = "Councillors should not visit the Clerk at home, or telephone in the evenings or at weekends."
    assert sentence_verdict("is it ok to call round at the clerk's house on a sunday?", home) == "no"
    assert sentence_verdict("can i drop in at the clerk's home with the post?", home) == "no"
    lean = "Members should not pressure an officer to change a recommendation in a report."
    assert sentence_verdict("can i lean on an officer to change the recommendation in her report?", lean) == "no"


def test_a_leading_if_clause_is_the_condition_not_the_question():
    """'if a councillor is bullying me, can I ...?': the question is 'can I ...', with or without a
    council's name before it; 'if i miss a meeting do i have to ...' still asks 'do i have to'."""
    from assistant.verdict import is_yes_no
    from assistant.verdict.question import _predicate

    staff = (
        "A member of staff who feels bullied or harassed by a councillor may go straight to the Chair of the "
        "Staffing Committee without first speaking to the Town Clerk."
    )
    asked = (
        "if a councillor is bullying me, can I go straight to the chair of the staffing committee without "
        "speaking to the town clerk?"
    )
    assert is_yes_no(asked) and _predicate(asked).startswith("can i go straight")
    assert sentence_verdict(asked, staff) == "yes"
    assert _predicate("if i miss a meeting do i have to tell the clerk?") == "do i have to tell the clerk?"


def test_a_part_of_a_rule_must_share_the_verb_asked_about_not_the_questions_setting():
    rule = (
        "Officers will leave a group meeting before any discussion of party political tactics, and will not "
        "attend group meetings at all after the notice of election has been published."
    )
    asked = "officer here - they've started on campaign tactics at the group meeting. am I allowed to just leave?"
    assert sentence_verdict(asked, rule) != "no"
    assert sentence_verdict("can officers attend group meetings after the notice of election?", rule) == "no"


def test_a_rule_on_asking_staff_does_not_answer_what_staff_may_do_themselves():
    rule = "Whilst ward work is legitimate, staff should not be asked to accompany members to ward surgeries."
    own = (
        "i work in the town council office. on my day off can i go to my ward councillor's surgery about my neighbour?"
    )
    assert sentence_verdict(own, rule) is None
    assert sentence_verdict("can i get one of the staff to come along to my ward surgery on saturday?", rule) == "no"


def test_an_example_set_off_by_commas_is_part_of_the_condition():
    from assistant.verdict import split_condition

    rule = (
        "Staff will not attend group meetings at which people who are not councillors, such as party "
        "organisers, are present."
    )
    assert split_condition(rule) == (
        "staff will not attend group meetings",
        "at which",
        "at which people who are not councillors, such as party organisers, are present",
    )
    asked = "our party organiser will be sitting in on our group meeting - will the staff still come?"
    assert sentence_verdict(asked, rule) == "no"
    # Not named, the condition leaves the rule unsaid.
    assert sentence_verdict("will staff come to our group meeting?", rule) is None


def test_what_staff_are_not_normally_expected_to_do_answers_must_they():
    rule = "Staff are not normally expected to answer councillors' calls in the evening or at weekends."
    assert sentence_verdict("does the clerk have to answer my calls in the evening?", rule) == "no"
    # ... not whether they may, and not with another hedge, an exception or a scope beside it.
    assert sentence_verdict("can the clerk answer my calls in the evening?", rule) is None
    hedged = "Staff are not normally expected to answer calls in the evening unless the Clerk agrees."
    assert sentence_verdict("does the clerk have to answer my calls in the evening?", hedged) is None
    but = "Officers are not normally expected to attend evening meetings, but the Clerk is."
    assert sentence_verdict("does the clerk have to attend evening meetings?", but) is None
    save = "The Clerk is not normally expected to work beyond her contracted hours, save in the run-up to elections."
    assert sentence_verdict("does the clerk have to work beyond her hours in the run-up to elections?", save) is None


def test_an_alternative_the_rule_sets_aside_answers_no_unless_the_question_sets_it_aside_too():
    rule = (
        "A councillor with a complaint about an officer should raise it with the Town Clerk, and not with the "
        "officer's team leader."
    )
    assert sentence_verdict("should i take my complaint about an officer to their team leader?", rule) == "no"
    assert sentence_verdict("should i raise my complaint about an officer with the town clerk?", rule) != "no"
    phone = "Reports of a danger to life should be made by telephone and not through the online portal."
    asked = "someone could get hurt on the broken footbridge - should i phone it in rather than use the online portal?"
    assert sentence_verdict(asked, phone) != "no"


def test_staff_say_who_they_are_in_more_ways():
    from assistant.verdict import speaker_role

    for question in (
        "redbury staff here - can we be asked to stay for a meeting that runs past 10 at night?",
        "i work for redbury bc and my neighbour is a cllr - do i have to tell anyone?",
        "im one of the grounds officers at redbury and a cllr swore at me. can i walk away?",
    ):
        assert speaker_role(question) == "officer", question
    assert speaker_role("i work for the council as a cleaner - can a cllr give me jobs?") == "officer"
    assert speaker_role("cllr here, our staff here are great - can i thank them?") == "member"
    # ... but not a councillor on the staff committee, or someone praising the staff
    assert speaker_role("I'm one of the staff committee members - can I see the clerk's personnel file?") != "officer"
    assert speaker_role("the staff here are brilliant - can I speak to the press about it?") != "officer"
    rule = "Staff will not be asked to attend working group meetings that finish later than 10 pm."
    asked = "redbury staff here - can we be asked to come to a working group that runs on past 10 at night?"
    assert sentence_verdict(asked, rule) == "no"


def test_a_council_s_teams_are_its_staff():
    rule = "The Communications Team will not write material for a councillor's ward newsletter or party."
    assert sentence_verdict("can the comms team write my ward newsletter for me?", rule) == "no"
    secretary = "The Minute Secretary will not help any member with nomination papers for an election."
    assert sentence_verdict("can the minute secretary help me fill in my nomination papers?", secretary) == "no"


def test_nipping_round_to_someone_s_house_is_visiting():
    rule = "Councillors must not visit the Clerk's home on Council business."
    assert sentence_verdict("can i nip round to the clerk's home to drop off the signed papers?", rule) == "no"
    assert sentence_verdict("can i email the clerk at home about the papers?", rule) is None  # another way


def test_what_follows_a_ruled_out_alternative_is_for_both_sides():
    rule = (
        "Press enquiries should be referred to the communications team and not to individual councillors for comment."
    )
    assert sentence_verdict("should I refer a press enquiry to the communications team for comment?", rule) != "no"
    email = "Requests for information should be sent to the Clerk and not to individual officers by email."
    assert sentence_verdict("can I email my request to the clerk?", email) != "no"


def test_an_example_inside_a_parenthetical_condition_does_not_swallow_the_rule():
    from assistant.verdict import split_condition

    rule = "Members may, where appropriate, such as in an emergency, contact officers directly at home."
    assert sentence_verdict("can I contact officers directly at home?", rule) is None
    assert "contact officers" not in split_condition(rule)[2]
    visits = (
        "Members should not, when attending site visits, such as planning inspections, discuss the merits of an "
        "application."
    )
    assert sentence_verdict("can I discuss the merits of an application with officers?", visits) is None


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a rule on a condition says what happens when the question states that condition
        (
            "if the clerk writes up a report for one political group, do the other groups get told?",
            "If a report is prepared for one political group, the Clerk will advise all other political groups "
            "that the report has been prepared.",
            "yes",
        ),
        # a party group acted on ("be told") is acted on by officers
        (
            "the clerk wrote a report for one of the political groups, will the other groups be told about it?",
            "The Clerk will tell all other political groups that a report has been prepared for one group.",
            "yes",
        ),
        # everyday words for the rule's: "not happy with" is "dissatisfied"
        (
            "cllr here - not happy with how one of our officers is performing. should i raise it with the chairman?",
            "In the event that a Councillor is dissatisfied with the performance of an officer, the matter should be "
            "raised with the Chairman.",
            "yes",
        ),
        # "tell the clerk to" is an instruction
        (
            "chair here, between meetings can i just tell the clerk to get the bus shelter fixed?",
            "No individual councillor, including the Chair, may give the Clerk instructions.",
            "no",
        ),
        # "sort out ... herself" is dealing with it on her own
        (
            "the chair says she'll sort out the clerk's grievance herself. is that ok?",
            "The Chair should not attempt to deal with grievances on their own.",
            "no",
        ),
    ],
)
def test_verdicts_in_everyday_words(question: str, sentence: str, verdict: str) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_getting_involved_is_not_being_acted_on() -> None:
    """'can i get involved?' is the councillor acting, not a passive: the rule for councillors answers."""
    assert (
        sentence_verdict(
            "cllr here - an employee on my street is facing a disciplinary, can i get involved on their side?",
            "Councillors must not become involved in grievance or disciplinary matters affecting individual employees.",
        )
        == "no"
    )


@pytest.mark.parametrize(
    "question",
    [
        "one cllr keeps bombarding the clerk with emails and wants answers straight away - is there a rule on that?",
        "one of our officers was really aggressive to a councillor, does the protocol cover that?",
    ],
)
def test_whether_the_rules_speak_to_it_gets_no_yes_or_no(question: str) -> None:
    """A "No." beside the rule that is there would read as "there is no rule"."""
    assert question_modality(question) is None
    assert (
        sentence_verdict(question, "Councillors must not send the Clerk a string of demands in quick succession.")
        is None
    )


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "Neither ... nor ... may" is a rule for nobody (it had read as a permission: a wrong Yes)
        (
            "is the chair of the council actually allowed to instruct the clerk?",
            "Neither the Chairman nor any other individual councillor may instruct the Clerk.",
            "no",
        ),
        # "Neither ... nor ... is required to" is what neither need do (it had read as an obligation: a
        # wrong Yes to "must the clerk attend?")
        (
            "must the clerk attend group meetings?",
            "Neither the Clerk nor the Deputy Clerk is required to attend meetings of political groups.",
            "no",
        ),
        # "are welcome at" permits
        (
            "are the ward councillors allowed to come along to the community council meetings?",
            "Ward councillors are welcome at our meetings.",
            "yes",
        ),
        # a question that puts itself outside the exception ("without the council having agreed")
        (
            "im chairman, can i just give the clerk instructions myself without the council having agreed it first?",
            "No individual councillor, including the Chairman, may give the Clerk an instruction unless the Council "
            "has delegated that power by resolution.",
            "no",
        ),
    ],
)
def test_more_ways_of_saying_a_rule(question: str, sentence: str, verdict: str) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_an_exception_the_question_may_meet_still_gets_no_verdict() -> None:
    """'if the council has agreed' may be the exception's case: no plain No."""
    assert (
        sentence_verdict(
            "im chairman, can i give the clerk instructions if the council has agreed it?",
            "No individual councillor, including the Chairman, may give the Clerk an instruction unless the Council "
            "has delegated that power by resolution.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "Procedure for Councillor In the event that a Councillor is dissatisfied, the matter should be raised.",
            "In the event that a Councillor is dissatisfied, the matter should be raised.",
        ),
        ("Officers The role of officers is to give advice.", "The role of officers is to give advice."),
        ("Limitations upon Behaviour - The following rules apply to all.", "The following rules apply to all."),
        # a start that states something, or runs on into the capital, is the sentence's own
        ("Chairmen and Vice Chairmen of committees have extra duties.", None),
        ("Councillors can expect from officers: a, b.", None),
        ("The Clerk will reply in Welsh to any councillor.", None),
        ("Members of The Council will be told.", None),
    ],
)
def test_a_heading_run_into_a_sentence(sentence: str, rule: str | None) -> None:
    assert without_inline_heading(sentence) == (rule or sentence)


def test_a_verdict_from_a_sentence_with_its_heading_run_in() -> None:
    """Finmere's '4.2 Procedure for Councillor In the event that ...': the rule is judged without
    the heading, and the verdict quotes the sentence as the document has it."""
    sentence = (
        "Procedure for Councillor In the event that a Councillor is dissatisfied with the conduct, behaviour or "
        "performance of an officer, the matter should be raised with the Chairman."
    )
    found = choose_verdict(
        "finmere cllr - not happy with how one of our officers is performing. should i raise it with the chairman?",
        [sentence],
    )
    assert found is not None and found.answer == "yes" and found.sentence == sentence


def test_a_restriction_on_something_else_is_no_doubt_about_the_permission() -> None:
    """The part on what the question names answers; a restriction on another thing beside it
    leaves it plain. A permission on another thing still leaves a rule on people open."""
    rooms = (
        "Members may use Council meeting rooms for ward surgeries, but Council resources must not be used for "
        "party political purposes."
    )
    assert sentence_verdict("can i use one of the council meeting rooms for my ward surgery?", rooms) == "yes"
    both = "A committee chairman may direct the agenda, but may not direct officers."
    assert sentence_verdict("can the committee chair direct the meeting?", both) is None


# A review of the sixteenth session's rules (money limits, times, emergencies, excuses, new verb
# families): each pair gave a wrong Yes or No before it was fixed.
@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a sum "over" or "under" a value is a range, which may straddle the limit
        ("am I allowed to accept gifts over £20?", "Members must not accept any gift worth more than £25.", None),
        ("can I accept a gift worth less than £50?", "Members may accept gifts up to £25 in value.", None),
        # a permission that needs approval, and a card that is a voucher the sentence sets apart
        (
            "can I keep a £15 voucher a resident gave me?",
            "Officers may accept gifts of up to £20 with their manager's approval.",
            None,
        ),
        (
            "can I accept a £20 gift card?",
            "Members may accept gifts up to £25 in value but must never accept cash or vouchers.",
            None,
        ),
        # a running total is no one gift's value
        (
            "do I have to register a £40 gift?",
            "Members must register gifts where the total value from any one source exceeds £100 in a year.",
            None,
        ),
        # "after 7pm" does not take in 7pm; "after 9pm" says nothing of 9am
        ("can I ring the clerk at 7pm?", "Members should not telephone officers at home after 7pm.", None),
        ("can I ring the clerk at home at 9am?", "Councillors must not telephone officers at home after 9pm.", None),
        # "on the next working day" is no answer to "on a sunday?"
        (
            "will the clerk ring me back on a sunday?",
            "If a member telephones at the weekend, the Clerk will return the call on the next working day.",
            None,
        ),
        # an emergency is one the question tells of, not a word in it
        (
            "can I phone the clerk on saturday about the leak to the press?",
            "Members should not telephone officers at weekends except in an emergency.",
            "no",
        ),
        (
            "can I ring the clerk at the weekend about the police liaison meeting?",
            "Members should not telephone officers at weekends except in an emergency.",
            "no",
        ),
        (
            "the bus shelter was vandalised last month, can I ring the clerk on saturday about it? there's no rush",
            "Members should not telephone officers at weekends except in an emergency.",
            "no",
        ),
        (
            "can I ring the clerk at home this evening about the dangerous dog complaint from last year?",
            "Members should not telephone officers at home in the evenings unless it is an emergency.",
            "no",
        ),
        # a question about the sanction itself: the sentence says it will not happen
        (
            "could an officer be blamed for refusing to attend a group meeting?",
            "Officers will not be criticised for declining to attend party group meetings.",
            "no",
        ),
        (
            "can members be criticised for asking officers difficult questions?",
            "Members will not be criticised for asking questions of officers at committee.",
            "no",
        ),
        # a campaign is a party political purpose in other words
        (
            "can i use a council meeting room for a surgery to drum up votes before the election?",
            "Members may use Council meeting rooms for division surgeries, but Council resources must not be used for "
            "party political purposes.",
            None,
        ),
        # "any say over the agenda" is not authority over staff; telling the clerk to expect a call is
        # passing a message on
        (
            "does the chair have any say over the agenda?",
            "The Chairman has no authority over individual members of staff.",
            None,
        ),
        (
            "can I tell the clerk to expect a call from the auditor?",
            "Individual councillors cannot instruct the Clerk.",
            None,
        ),
        # "before the committee decides" does not put the question outside "unless the Committee has decided"
        (
            "can I visit the site before the committee decides the application?",
            "Members should not visit an application site alone unless the Planning Committee has decided that a site "
            "visit is needed.",
            None,
        ),
    ],
)
def test_a_review_of_the_money_time_and_emergency_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "Only the Clerk may ..." is a No to a councillor who says who they are
        (
            "cllr here, can I pin a notice up on the council's noticeboard?",
            "Only the Clerk may put up notices on the noticeboard.",
            "no",
        ),
        ("can the clerk put notices up?", "Only the Clerk may put up notices on the noticeboard.", "yes"),
        # ... not to an "I" who may be the one allowed, nor to an officer who may be the Clerk
        ("can I put a notice on the noticeboard?", "Only the Clerk may put up notices on the noticeboard.", None),
        ("officer here - can I put a notice up?", "Only the Clerk may put up notices on the noticeboard.", None),
        # "only in an emergency": Yes to an emergency told, No out of hours without one
        (
            "the swings are smashed and a kid could get hurt, its sunday - can i phone the clerk?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "yes",
        ),
        (
            "can i ring the clerk on sunday about the agenda?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "no",
        ),
        (
            "can i ring the clerk about the agenda?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            None,
        ),
        # ... and none when the rule allows another case as well
        (
            "can I ring officers late at night about ward stuff?",
            "Councillors may contact employees out of hours only in an emergency or where the employee has agreed "
            "to it.",
            None,
        ),
    ],
)
def test_a_rule_for_one_person_or_one_case_only(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # telling anyone what to do is an instruction
        (
            "can i tell the deputy clerk what to do on the christmas lights?",
            "No individual councillor, including the Mayor, may give instructions to a member of staff.",
            "no",
        ),
        # ... and telling someone what to expect is no instruction
        (
            "can i tell the clerk what to expect at the meeting?",
            "No individual councillor may give instructions to the Clerk.",
            None,
        ),
    ],
)
def test_more_everyday_words_for_the_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


# A second review (62 probes on the rules for one person or one case, "tell ... what to do", the
# emergency words and the signature rule): each pair gave a wrong Yes or No before it was fixed.
@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # the one allowed still does it; and an exception in the sentence allows the asker
        (
            "cllr here - can I ask the clerk to put up a notice about the litter pick on the noticeboard?",
            "Only the Clerk may put up notices on the Council noticeboards.",
            None,
        ),
        (
            "As a councillor can I put up a poster for my surgery on the council noticeboard?",
            "Only the Clerk may put up notices on the Council noticeboards, except that ward councillors may display "
            "notices of their surgeries.",
            None,
        ),
        # a rule on councillors phoning the Clerk says nothing of the Clerk phoning a councillor
        (
            "As the clerk, can I phone a councillor at the weekend about the agenda?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            None,
        ),
        # words that name no emergency: a fire brigade open day, a flood defence consultation, blocked online
        (
            "can I ring the clerk on Saturday to tell her the fire brigade open day has been moved?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "no",
        ),
        (
            "can I phone the clerk on Sunday about our response to the flood defence consultation?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "no",
        ),
        # an emergency that still goes on, told with "not just urgent" or "hurt himself"
        (
            "The hall flooded yesterday and water is still pouring in now - can I ring the clerk tonight even though "
            "it's Sunday?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "yes",
        ),
        (
            "It's not just urgent, it's a real emergency - the pavilion roof has collapsed. can I call the clerk at "
            "the weekend?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "yes",
        ),
        (
            "a child hurt himself on the broken swing and it's still dangerous - can I call the clerk this evening?",
            "Only in a genuine emergency should a councillor phone the Clerk outside working hours.",
            "yes",
        ),
        # asking the clerk to tell me what to do is asking advice; telling the press is no instruction
        (
            "can I ask the clerk to tell me what to do about a complaint from a resident?",
            "Councillors must not give instructions to officers.",
            None,
        ),
        ("can I tell the press how we want the new scheme to work?", "Members must not instruct officers.", None),
        # gifts above the limit allowed if declared: the limit is no ceiling
        (
            "can I accept a bottle of whisky worth £40 from a local developer?",
            "Members may accept gifts up to £25 in value; gifts above this value must be declared to the Monitoring "
            "Officer.",
            None,
        ),
    ],
)
def test_a_second_review_of_the_sessions_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # keeping is accepting; "chocs" are chocolates, and a thing the rule gives as its example is its case
        (
            "office staff here - one of the cllrs left a box of chocs for us, are we ok to keep them?",
            "Staff may accept small gifts from councillors, such as a box of chocolates or a plant.",
            "yes",
        ),
        (
            "clerk here - can i keep the wine a resident gave me?",
            "Staff must not accept gifts of wine or spirits.",
            "no",
        ),
        # "keep me posted" is no gift
        (
            "can i ask the planning officer to keep me posted on an application?",
            "Members must not accept hospitality from applicants.",
            None,
        ),
        # a later part that sets the question's thing apart answers it ...
        (
            "officer here - a resident gave me a £5 voucher with a thank you card, can I keep it?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            "no",
        ),
        (
            "can i put a post up on the parish facebook page myself?",
            "Councillors may suggest posts to the Clerk but must not post on the page themselves.",
            "no",
        ),
        # ... but not when it sets apart only the question's verb, or something the question does not name
        (
            "can officers help me with the wording of my motion?",
            "Officers may advise on the wording of a motion but will not help to write campaign leaflets.",
            "yes",
        ),
        (
            "officer here - a resident gave me flowers with a thank you card, can I keep them?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            "yes",
        ),
        # a limit's other side said again ("and must decline anything worth more") is no other rule
        (
            "a resident brought me a £30 hamper, am I allowed to keep it?",
            "The Clerk may accept gifts worth less than £15, and must decline anything worth more.",
            "no",
        ),
        (
            "a resident brought me a £10 tin of biscuits, am I allowed to keep it?",
            "The Clerk may accept gifts worth less than £15, and must decline anything worth more.",
            "yes",
        ),
        # who gives the gift: a rule on gifts from others says nothing of this one
        (
            "I'm on Westbury PC and want to give the clerk some flowers for her birthday - can she accept them?",
            "The Clerk may accept small gifts from residents and local groups.",
            None,
        ),
        (
            "I'm on Westbury PC and want to give the clerk some flowers for her birthday - can she accept them?",
            "The Clerk must not accept gifts from councillors.",
            "no",
        ),
        (
            "can the groundsman keep a bottle of wine from a grateful resident?",
            "Staff must not accept gifts from councillors.",
            None,
        ),
        ("can the clerk accept a gift?", "The Clerk must not accept gifts from councillors.", None),
        (
            "can the clerk accept a £12 box of chocs from me for christmas?",
            "The Clerk may accept gifts worth up to £20 from residents or from councillors.",
            "yes",
        ),
        # calling in at the office, or at someone's home, is a visit; calling at the weekend is phoning
        (
            "can i pop round to the clerk's house without ringing first?",
            "Councillors must not call at the Clerk's home without an appointment.",
            "no",
        ),
        (
            "can i ring the clerk at the weekend?",
            "Councillors must not call at the Clerk's home without an appointment.",
            None,
        ),
        # "at those times": which times is said before, so a time the question names must be among them
        (
            "can i pop into the office on a saturday without an appointment?",
            "Councillors may call in at those times without an appointment.",
            None,
        ),
        (
            "can i pop into the office on a saturday without an appointment?",
            "Councillors may call in at those times without an appointment; at other times an appointment must be "
            "made.",
            None,
        ),
    ],
)
def test_gifts_carve_outs_givers_visits_and_times_said_before(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_times_said_before_the_sentence_are_read_from_its_context() -> None:
    context = "The office is open on Monday and Wednesday mornings."
    sentence = "Councillors may call in at those times without an appointment."
    assert (
        sentence_verdict("can i drop into the office on a monday morning without booking?", sentence, context) == "yes"
    )
    assert (
        sentence_verdict("can i drop into the office on a friday morning without booking?", sentence, context) is None
    )
    assert sentence_verdict("can i drop into the office on a monday morning without booking?", sentence) is None


def test_a_councillor_says_so_by_the_council_they_sit_on() -> None:
    assert speaker_role("I'm on Westbury PC and want to give the clerk some flowers") == "member"
    assert speaker_role("i sit on the town council - can i ...") == "member"
    assert speaker_role("I'm on the council's staff - can i ...") is None
    assert speaker_role("i'm on the town council payroll, can i ...") is None


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a kind of gift set apart is named in other words: money, drink (no Yes; a No when both say so)
        (
            "officer here - a resident gave me a card with twenty quid in it, can i keep it?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            None,
        ),
        (
            "officer here - a resident sent flowers and a cheque for £20, can i keep them?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            "no",
        ),
        (
            "officer here - a resident gave me a small bottle of gin as a thank you, can i keep it?",
            "Staff may accept small gifts, such as chocolates or flowers, but must not accept alcohol.",
            None,
        ),
        # a kind the permission does not name either is no case of it
        (
            "officer here - a resident gave me a card and a bottle of wine, can i keep them?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            None,
        ),
        (
            "officer here - can i keep the alcohol-free wine a resident gave me?",
            "Officers may accept gifts of food, but must not accept gifts of alcohol.",
            None,
        ),
        # what is set apart on terms is set apart for some cases only
        (
            "officer here - a resident whose complaint was closed last year gave me chocs, can i keep them?",
            "Staff may accept chocolates, but must not accept gifts from members of the public with pending "
            "complaints.",
            None,
        ),
        (
            "cllr here - can i accept tickets to the football club's dinner?",
            "Members may accept invitations to civic dinners, but must not accept tickets from organisations "
            "seeking a grant.",
            None,
        ),
        (
            "officer here - a cllr gave me a box of chocs, can i keep them?",
            "Staff may accept small gifts such as chocolates, but must not accept gifts from councillors.",
            None,
        ),
        # the same act restricted in the same sentence: a Yes only when what is restricted is plainly other
        (
            "can i post about council business on facebook in purdah?",
            "Councillors may post on social media about council business, but must not post during the "
            "pre-election period.",
            None,
        ),
        (
            "can i use the meeting room for a lib dem surgery?",
            "Members may use council meeting rooms for ward surgeries, but must not use them for party political "
            "purposes.",
            None,
        ),
        # a limit's other side said again, and nothing else
        (
            "officer here - a contractor gave me a £10 box of chocs, can i keep it?",
            "Officers may accept gifts worth up to £20, and must decline any gifts worth more and any from "
            "contractors.",
            None,
        ),
        (
            "cllr here - can i keep a £30 gift from a resident?",
            "Members may accept gifts up to £25, and must declare anything worth more.",
            None,
        ),
        # "those times": a day and a part of the day, or a clock time, must be within what was said
        (
            "can i pop in at 7am without an appointment?",
            "Councillors may call in at those times without an appointment.",
            None,
        ),
        # keeping that is no accepting; job posts; calls that are phone calls
        ("cllr here - do i keep the agenda papers confidential?", "Members must not accept gifts.", None),
        (
            "can i post about the clerk vacancy on my own facebook?",
            "Councillors may not apply for paid posts with the council while serving.",
            None,
        ),
        (
            "can i pop in to see the clerk in the evening?",
            "Councillors must not make calls in the evening to the Clerk.",
            None,
        ),
        (
            "can i call the clerk in the evening?",
            "Councillors may call in at the office in the evening by arrangement.",
            None,
        ),
        ("can i drop into the office at 5pm?", "Councillors should not make calls into the office after 4pm.", None),
        # who the asker is, and who gives
        (
            "im on the council house waiting list and want to give the clerk chocs to say thanks - can she accept "
            "them?",
            "The Clerk must not accept gifts from councillors.",
            None,
        ),
        (
            "can the clerk accept a present from a councillor's husband?",
            "The Clerk must not accept gifts from councillors.",
            None,
        ),
        (
            "can the clerk accept a present from a former councillor?",
            "The Clerk must not accept gifts from councillors.",
            None,
        ),
        ("can I refuse a councillor's gift?", "Officers should refuse gifts from councillors.", "yes"),
    ],
)
def test_a_review_of_the_gift_and_visit_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_times_said_before_pair_days_with_parts_of_the_day() -> None:
    sentence = "Councillors may call in at those times without an appointment."
    mixed = "The office is open on Monday mornings and Friday afternoons."
    assert sentence_verdict("can i drop in on monday afternoon without an appointment?", sentence, mixed) is None
    hours = "The Clerk is in the office on Tuesday and Thursday mornings, between 9.30 and 12.30."
    assert sentence_verdict("can i drop in about 10am on a tuesday without booking?", sentence, hours) == "yes"
    assert sentence_verdict("can i drop in about 1pm on a tuesday without booking?", sentence, hours) is None


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a permission limited to small gifts, or to examples, says nothing of a gift it does not name
        ("can the clerk accept a gift of a car?", "Officers may accept small gifts.", None),
        ("can the clerk accept gifts?", "Officers may accept small gifts of chocolates or flowers.", None),
        ("can i accept hospitality from a developer?", "Members may accept hospitality at civic events.", None),
        (
            "can i accept a gift of a laptop from the developer?",
            "Members may accept gifts under £25, but must not accept alcohol.",
            None,
        ),
        ("can i accept a gift from the developer?", "Members may accept gifts from community groups.", None),
        (
            "clerk here - can i keep the box of chocolates a resident gave me?",
            "The Clerk may accept small gifts such as chocolates or flowers.",
            "yes",
        ),
        # keeping what was not given is no accepting
        ("can the clerk keep the petty cash at home?", "Officers must not accept cash.", None),
        (
            "can the clerk hang on to the cheque until the next meeting?",
            "Officers must not accept cheques made out to them personally.",
            None,
        ),
        # alcohol-free is no alcohol
        ("can the clerk accept an alcohol-free gin?", "Staff must not accept cash or alcohol.", None),
        # someone's house is their home; the council house, a coach house or the House of Commons is not
        ("can i hold my surgery in the council house?", "Members must not hold surgeries in their own homes.", None),
        (
            "can i hold my surgery at the coach house community centre?",
            "Members must not hold surgeries in their homes.",
            None,
        ),
        ("can i call round to the clerk's house?", "Members must not visit the Clerk at home.", "no"),
        # a relationship is a relative, not anything "related to"
        (
            "is the clerk allowed to do work related to the election?",
            "Officers must not have close personal relationships with candidates.",
            None,
        ),
        # what is set apart on terms, or for a period, leaves the rest open
        (
            "can i post photos from the council meeting?",
            "Members may post about council meetings, but must not post photos of members of the public.",
            None,
        ),
        (
            "can i post on facebook about the new playground?",
            "Members may post about council business but should avoid posting during purdah.",
            None,
        ),
        (
            "can i use the council meeting room in the evening?",
            "Members may use council rooms, but must not use the meeting room after 9pm.",
            None,
        ),
        (
            "can i post on facebook about the new playground during purdah?",
            "Members may post about council business but should avoid posting during purdah.",
            "no",
        ),
        # sitting on a committee is not voting
        ("can the clerk sit on the committee?", "Officers must not take part in committee votes.", None),
    ],
)
def test_a_second_review_of_the_gift_house_and_kin_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "but not X" without a verb still sets X apart; a value limit survives the giver's words
        (
            "clerk here - can i accept a bottle of wine from a cllr at xmas",
            "Officers may accept gifts from Members of a value under £20, but not alcohol.",
            None,
        ),
        (
            "clerk here, can i accept a fiver from the mayor for my birthday",
            "Officers may accept birthday gifts from Members, but not money.",
            None,
        ),
        (
            "officer here - a resident gave me a small bunch of flowers and a £5 note, can i keep them?",
            "Officers may accept small gifts such as flowers, but must not accept cash.",
            None,
        ),
        # a plain list of things is a limit; so is an occasion
        (
            "is it ok for the clerk to accept a bottle of wine from the WI",
            "Officers may accept flowers or chocolates from community organisations.",
            None,
        ),
        (
            "can i accept a meal from the developer",
            "Members may accept refreshments from developers at site meetings.",
            None,
        ),
        (
            "clerk here - can i accept some flowers from the WI to say thanks?",
            "Officers may accept flowers or chocolates from community organisations.",
            "yes",
        ),
        # calling at staff's homes is visiting them
        ("can i phone the clerk at home", "Members must not call at the homes of staff.", None),
        ("can i pop round to the clerk's house", "Members must not visit staff at their homes.", "no"),
    ],
)
def test_a_third_review_of_the_gift_rules_with_realistic_questions(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a prohibition narrowed to givers or people of some kind says nothing of others
        (
            "can i accept free tickets to the cricket club dinner",
            "Members must not accept hospitality from organisations that have applied to the Council for a grant.",
            None,
        ),
        (
            "the cricket club have applied for a grant - can i accept tickets to their dinner?",
            "Members must not accept hospitality from organisations that have applied to the Council for a grant.",
            "no",
        ),
        (
            "can i sit on the interview panel for the admin assistant",
            "Members must not sit on an interview panel for a candidate to whom they are related.",
            None,
        ),
        # ... but a rule whose clause says what it is about still answers ("which they withhold")
        (
            "can officers tell my ward colleague something they won't tell me?",
            "Employees will not give information to one ward councillor which they withhold from another.",
            "no",
        ),
    ],
)
def test_a_prohibition_narrowed_by_who_it_is_about(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a prohibition on things of one kind says nothing of things the question does not say are of it
        (
            "can i put up a poster for the fun day on the council noticeboard",
            "Members must not put up political material on Council noticeboards.",
            None,
        ),
        (
            "can i put up my election posters on the council noticeboard",
            "Members must not put up political material on Council noticeboards.",
            "no",
        ),
        (
            "can i talk to my sister about council business? she's the rfo",
            "Members must not discuss confidential matters with relatives.",
            None,
        ),
        # ... or for one purpose: a surgery is not said to be party political; a campaign is
        (
            "can i use the council's facebook page to advertise my surgery",
            "Members must not use the Council's social media accounts for party political purposes.",
            None,
        ),
        (
            "can i use the council's facebook page to advertise my re-election campaign",
            "Members must not use the Council's social media accounts for party political purposes.",
            "no",
        ),
        # the Council's accounts are not the asker's own
        (
            "can i post about my campaign on my own twitter",
            "Members must not use Council accounts for campaigning.",
            None,
        ),
        (
            "can i post on my own fb about my re-election campaign",
            "Members must not use the Council's social media accounts for campaigning.",
            None,
        ),
    ],
)
def test_a_prohibition_on_one_kind_or_on_the_councils_own(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # the way an exception names ("other than through the Clerk") is the question's: no No
        (
            "can i get the clerk to pass on instructions to the caretaker",
            "Members must not give instructions to staff, other than through the Clerk.",
            None,
        ),
        (
            "can i give the caretaker instructions myself?",
            "Members must not give instructions to staff, other than through the Clerk.",
            "no",
        ),
        # "..., but must not do so during the pre-election period": "do so" is the act allowed before
        (
            "can i share the council's post about the bonfire on my page in purdah",
            "Members may share the Council's posts on their own accounts, but must not do so during the "
            "pre-election period.",
            None,
        ),
        # "may attend but is not obliged to do so" restricts nothing
        (
            "officer here - a cllr wants me at his public meeting, is it ok if i don't go?",
            "An officer may attend a public meeting arranged by a councillor but is not obliged to do so.",
            "yes",
        ),
    ],
)
def test_exceptions_by_way_of_someone_and_what_do_so_stands_for(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_an_editors_note_is_no_part_of_the_rule():
    # (the note's words are not the exception's: "council" in "[Inserted: Council ...]" had been
    # taken for "tamarleigh council" meeting "without the officers' consent")
    question = (
        "tamarleigh council - can i film the highways officer at a site meeting and stick it on my facebook page "
        "without asking him?"
    )
    rule = (
        "Councillors must not record officers at meetings or site visits and post the recordings online "
        "without the officers' consent."
    )
    assert sentence_verdict(question, rule + " [Inserted: Council 12.12.2024]") == "no"
    assert sentence_verdict(question, rule + " [Amended 2023]") == "no"


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a rule for one side of a line says nothing of the other side
        (
            "can officers issue press releases once the election is over?",
            "Officers should not issue press releases during the pre-election period.",
            None,
        ),
        (
            "can officers issue press releases in the run-up to the election?",
            "Officers should not issue press releases during the pre-election period.",
            "no",
        ),
        (
            "can i share the minutes once they are approved?",
            "Members must not share draft minutes before they are approved.",
            None,
        ),
        (
            "can i discuss confidential items at home?",
            "Members must not discuss confidential items in public places.",
            None,
        ),
        (
            "can i go on site visits in a neighbouring ward?",
            "Members may attend site visits for applications in their own ward.",
            None,
        ),
        (
            "can i go on site visits in my ward?",
            "Members may attend site visits for applications in their own ward.",
            "yes",
        ),
        # a rule for some of a role says nothing of the rest
        (
            "can the clerk canvass for a party in the election?",
            "Officers in politically restricted posts must not canvass on behalf of a political party.",
            None,
        ),
        (
            "can i sit on a grievance panel?",
            "A member who has made a complaint must not sit on the panel hearing it.",
            None,
        ),
        (
            "can i sit on the panel hearing my own complaint?",
            "A member who has made a complaint must not sit on the panel hearing it.",
            "no",
        ),
        (
            "can i get legal advice from the council's solicitor?",
            "Members may not seek legal advice from the council's solicitors on personal matters.",
            None,
        ),
        (
            "can i contact officers during working hours",
            "Members should not contact officers outside normal working hours except in an emergency.",
            None,
        ),
        (
            "can members be involved in appointing chief officers",
            "Members will not be involved in the appointment of staff below chief officer level.",
            None,
        ),
        # what "but not" sets apart is no Yes
        (
            "can i speak to the paper on behalf of the council",
            "Members may speak to the media in their own name but not on behalf of the council.",
            None,
        ),
        # an exception named in another form of its word is met
        (
            "can i block someone who has been harassing me online",
            "Members should not block residents on social media except in cases of abuse or harassment.",
            None,
        ),
        # a rule on council business says nothing of a social call; on junior staff nothing of the
        # Clerk; on one committee nothing of another; on one officer nothing of another
        (
            "can i visit an officer at home for a social call",
            "Members must not visit officers at their homes to discuss council business.",
            None,
        ),
        (
            "can i visit an officer at home to talk about the budget",
            "Members must not visit officers at their homes to discuss council business.",
            "no",
        ),
        (
            "can i contact the clerk directly",
            "Councillors must not contact junior officers directly unless the Clerk has agreed.",
            None,
        ),
        (
            "can i sit on licensing committee without training",
            "Members must not sit on the Planning Committee until they have completed planning training.",
            None,
        ),
        (
            "do i need to tell the clerk about changes to my interests",
            "Members must notify the Monitoring Officer of any change to their registered interests within 28 days.",
            None,
        ),
        (
            "can the deputy leader instruct officers on operational matters",
            "The Leader may not instruct officers on operational matters.",
            None,
        ),
        # the one who authorises is no one the rule needs authorised
        (
            "can the chief exec speak to the press",
            "Officers must not speak to the press without the authorisation of the Chief Executive.",
            None,
        ),
        (
            "can officers speak to the press",
            "Officers must not speak to the press without the authorisation of the Chief Executive.",
            "no",
        ),
        # a manner the permission asks for, and a question that asks about the opposite
        (
            "can i challenge officers' advice rudely",
            "Members may question and challenge officers' advice at meetings, but should do so courteously.",
            None,
        ),
        (
            "can i challenge officers' advice at a meeting",
            "Members may question and challenge officers' advice at meetings, but should do so courteously.",
            "yes",
        ),
        # a negation in a second statement is not the first's
        (
            "are site visits for fact finding",
            "Site visits are for fact-finding only and no decisions will be made on site.",
            None,
        ),
        (
            "will decisions be made on site visits",
            "Site visits are for fact-finding only and no decisions will be made on site.",
            "no",
        ),
        # a kind of matter or business says nothing of another kind
        (
            "will the clerk advise me on legal matters",
            "The Clerk will provide advice to members on procedural matters.",
            None,
        ),
        (
            "will the clerk advise me on procedural matters",
            "The Clerk will provide advice to members on procedural matters.",
            "yes",
        ),
        (
            "can i ask an officer for advice on council business",
            "Officers must not be asked to advise on matters of party business.",
            None,
        ),
        (
            "clerk here - can councillors ask me to do their casework?",
            "Officers should not be asked to undertake members' political casework.",
            None,
        ),
        # criticising people is not criticising the council's decisions
        (
            "can i criticise the council's decision on twitter?",
            "Members must not criticise officers on social media.",
            None,
        ),
        ("can i criticise the clerk on twitter?", "Members must not criticise officers on social media.", "no"),
        (
            "can officers criticise a council decision in public?",
            "Officers must not publicly criticise members or council decisions.",
            "no",
        ),
        # conditions the question denies are not met, or met by the asker
        (
            "can the mayor accept civic hospitality without registering it",
            "The Mayor may accept hospitality offered in connection with civic duties, provided it is registered.",
            None,
        ),
        (
            "can i speak on my prejudicial interest item when the public aren't allowed to",
            "Members with a prejudicial interest may make representations if the public are allowed to do so.",
            None,
        ),
        (
            "can the clerk share my phone number if i've agreed",
            "Officers will not share members' personal contact details without their consent.",
            None,
        ),
        (
            "can the chief executive talk to the media",
            "Officers must not speak to the media without the prior approval of the Chief Executive.",
            None,
        ),
        # "may not X until Y" is no plain answer to "must I Y before X?"
        (
            "do i have to sign the declaration of acceptance before acting as a cllr",
            "Members may not act as councillors until they have signed the declaration of acceptance of office.",
            None,
        ),
        # the Council's decisions are the body's, not one councillor's
        (
            "do officers have to implement a councillor's decision?",
            "Officers must implement the decisions of the council.",
            None,
        ),
        ("must staff carry out decisions of the chair?", "Officers must implement the decisions of the council.", None),
        (
            "do officers have to implement council decisions?",
            "Officers must implement the decisions of the council.",
            "yes",
        ),
        # a permission for one purpose only answers only for that purpose
        (
            "can i use the council laptop for my own business?",
            "Members may use council-provided IT equipment for council business only.",
            None,
        ),
        (
            "can i use the council laptop for council business?",
            "Members may use council-provided IT equipment for council business only.",
            "yes",
        ),
        (
            "can i ask the clerk to do research for my party?",
            "Members may request officers to undertake research relating to council business.",
            None,
        ),
        # a permission for things of one kind ("posts that are abusive") answers only for them
        (
            "can the clerk delete critical comments on the council's facebook?",
            "The Clerk may remove posts that are abusive or defamatory from the council's social media pages.",
            None,
        ),
        (
            "can the clerk delete abusive posts on the council's facebook?",
            "The Clerk may remove posts that are abusive or defamatory from the council's social media pages.",
            "yes",
        ),
        # what a sentence rules out ("rather than") is never its Yes
        (
            "should i email all officers at once with my query?",
            "Members should send queries to the Clerk rather than to several officers.",
            None,
        ),
        (
            "should i ring the clerk with queries?",
            "Members should put queries in writing to the Clerk rather than by phone.",
            None,
        ),
        # a passive question's agent acts
        ("can officers be contacted by councillors at home?", "Officers should not contact members at home.", None),
        ("can councillors be phoned by the clerk at home?", "Members should not telephone the Clerk at home.", None),
        (
            "can the clerk be instructed by a councillor?",
            "Individual councillors have no authority to instruct the Clerk.",
            "no",
        ),
        # consent in everyday words meets a "without consent" exception
        (
            "can i forward the clerk's email to residents if the clerk agrees?",
            "Members must not forward officer emails to third parties without the officer's consent.",
            None,
        ),
        (
            "can i forward the clerk's email with her permission?",
            "Members must not forward officer emails to third parties without the officer's consent.",
            None,
        ),
        (
            "can i forward the clerk's email to residents?",
            "Members must not forward officer emails to third parties without the officer's consent.",
            "no",
        ),
    ],
)
def test_a_rule_answers_only_its_own_case(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("is it against the rules to phone the clerk at home?", "can i phone the clerk at home?"),
        (
            "would it be a breach to share the agenda before it's published?",
            "can i share the agenda before it's published?",
        ),
        ("should i avoid talking to the press during purdah?", "can i talk to the press during purdah?"),
        (
            "yateley cllr - is it wrong for me to ring the clerk on a sunday?",
            "yateley cllr - can i ring the clerk on a sunday?",
        ),
        (
            "is it against the rules for our group to make the clerk come to our meeting?",
            "can our group make the clerk come to our meeting?",
        ),
        ("is it ok to phone the clerk?", None),
        ("can't i phone the clerk?", None),
    ],
)
def test_an_inverted_question_is_the_plain_one_the_other_way_round(question: str, plain: str | None) -> None:
    assert uninverted(question) == plain


def test_an_inverted_question_gets_the_plain_answer_flipped():
    rule = "Members should not telephone the Clerk at home."
    assert sentence_verdict("is it against the rules to phone the clerk at home?", rule) == "yes"
    assert sentence_verdict("can i phone the clerk at home?", rule) == "no"
    allowed = "Members may continue to speak to the press during the pre-election period."
    assert sentence_verdict("should i avoid talking to the press during purdah?", allowed) == "no"
    # a sentence that does not answer the plain question does not answer the inverted one
    assert sentence_verdict("is it against the rules to phone the clerk at home?", "The Clerk works part-time.") is None
    assert leaning("is it against the rules to phone the clerk at home?", rule) == "yes"


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # found by a review of the session's change: each gave a wrong Yes/No, or lost a right one
        (
            "can i use a council meeting room for a surgery to drum up votes before the election?",
            "Members may use Council meeting rooms for ward surgeries, but Council resources must not be used to "
            "promote a political party.",
            None,
        ),
        (
            "is it wrong to ring the clerk at home, can i text her instead?",
            "Members should not telephone or text the Clerk at home.",
            None,
        ),
        (
            "can officers be contacted by members of the public at home?",
            "Members should not contact officers at home.",
            None,
        ),
        (
            "can i share the planning report with the public?",
            "Members may share reports with residents if they have been published.",
            None,
        ),
        (
            "can i copy the monitoring officer into my emails to the chair because he won't stop bullying me?",
            "Members should not copy the Monitoring Officer into emails except in cases of bullying or harassment.",
            None,
        ),
        (
            "can the clerk speak to the press?",
            "Officers must not speak to the press without the authorisation of the Chief Executive.",
            "no",
        ),
        (
            "can i criticise the council's officers on social media?",
            "Members must not criticise officers on social media.",
            "no",
        ),
        (
            "can i share the clerk's home address with a resident if i've agreed to?",
            "Members must not share officers' home addresses without their consent.",
            "no",
        ),
        (
            "can the chair ask a disruptive member of the public to leave",
            "The Chair may ask members of the public to leave if they disrupt the meeting.",
            "yes",
        ),
    ],
)
def test_what_a_review_of_the_change_found(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_uninverted_leaves_two_questions_and_negated_ones_alone():
    assert uninverted("is it wrong to ring the clerk at home, can i text her instead?") is None
    assert uninverted("is it against the rules if i don't declare a gift?") is None
    assert uninverted("should i avoid the press during purdah?") is None  # no verb to ask about


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # the verb asked about is the rule's own verb, to the same party, with nothing else in its case
        ("can a single cllr boss the clerk about?", "Individual members have no authority to instruct officers.", "no"),
        (
            "hoxley pc - can councilors instruct the clerk?",
            "Individual councillors cannot give instructions to the Clerk.",
            "no",
        ),
        (
            "amblethorpe - is it ok to text the deputy clerk on her own phone about a routine agenda question?",
            "Councillors should not contact officers on their personal mobile telephones or at home except in an "
            "emergency.",
            "no",
        ),
        # ... and not when the rule's case names what the question does not (at home, through social media)
        (
            "Cefn Meurig: is it ok to ring the clerk on her mobile on a Monday afternoon?",
            "Councillors should not telephone the Clerk at home or contact the Clerk through personal social media "
            "accounts.",
            None,
        ),
        # a word after the rule's verb is no act of its ("avoid close relationships" is not being close)
        ("can i be friends with the clerk", "Members should avoid close personal relationships with staff.", None),
        # the party acted on must be the rule's ("the public" are not its members)
        (
            "will the clerk advise the public on procedure",
            "The Clerk will provide advice to members on procedural matters.",
            None,
        ),
        # getting the Clerk to do it is the route the rule asks for, not an instruction of one's own
        (
            "can i get the clerk to tell the caretaker what jobs to do",
            "Members must not instruct staff directly; requests should be made through the Clerk.",
            None,
        ),
        # a permission for office hours says nothing of a saturday night
        ("can i ring the clerk on a saturday night", "Members may telephone the Clerk during office hours.", None),
        ("can i phone the clerk in office hours", "Members may telephone the Clerk during office hours.", "yes"),
    ],
)
def test_the_verb_asked_about_is_the_rules_own(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("can i ring the clerk at 10am", None),  # within the hours: no case of a rule for the others
        ("can i ring the clerk on a tuesday morning", None),
        ("can i ring the clerk at 7pm", "no"),
        ("can i ring the clerk on a monday at 5pm", "no"),
        ("can i ring the clerk on a sunday", "no"),
    ],
)
def test_a_rule_for_outside_the_hours_said_before_speaks_only_to_times_outside_them(
    question: str, verdict: str | None
) -> None:
    sentence = "Members should not telephone the Clerk outside those hours."
    context = "The Clerk works from 9am to 3pm, Monday to Thursday."
    assert sentence_verdict(question, sentence, context) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a verb of no family is matched as itself in a compound sentence's part
        (
            "can I add the housing officer to our ward whatsapp group so we can sort things quicker?",
            "Councillors must not add officers to WhatsApp groups or other messaging groups, and must not use such "
            "apps to send officers requests about Council business.",
            "no",
        ),
        (
            "can the committee chair direct officers?",
            "A committee chairman may discuss, but may not direct officers.",
            "no",
        ),
        # a rule on what one may expect is no rule on doing it
        (
            "can i email the clerk at the weekend?",
            "Members should not expect officers to reply to emails at weekends.",
            None,
        ),
        (
            "is it ok for cllrs to message staff in the evenings or at the weekend?",
            "Councillors should not ask officers to work outside their contracted hours, and should not expect them to "
            "read or reply to messages sent in the evening or at weekends.",
            None,
        ),
        (
            "can i invite the clerk to my ward surgery?",
            "Councillors should not expect officers to attend events in their ward.",
            None,
        ),
        (
            "can i ask the clerk to come to an evening meeting",
            "Officers should not be asked to attend evening meetings, and members should not expect them to do so.",
            "no",
        ),
        # a work phone is no personal one, and a phone is the rule's own means, not its case
        (
            "can i ring the clerk on her work phone about the agenda?",
            "Councillors should not contact officers on their personal mobile telephones or at home except in an "
            "emergency.",
            None,
        ),
    ],
)
def test_the_verb_asked_about_in_a_part_and_what_one_may_expect(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


_CARETAKER = (
    "Councillors must not give the caretaker instructions and should report any fault at the hall to the Clerk."
)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "tell the clerk" informs; "tell the caretaker to ..." and "tell staff how to ..." instruct
        (
            "noticed the heating's packed up at the jubilee hall. should i tell the clerk?",
            _CARETAKER,
            None,
        ),
        (
            "should i tell the clerk rather than get the caretaker to sort it?",
            _CARETAKER,
            None,
        ),
        (
            "can i tell the caretaker to fix the heating?",
            _CARETAKER,
            "no",
        ),
        (
            "I'm lead member for the cemetery. can i tell staff how to get on with the new memorial wall?",
            "A committee chairman or lead Member may discuss, suggest and ask questions, but may not direct.",
            "no",
        ),
        (
            "clerk here - can i refuse when a cllr tells me to book the hall?",
            "Officers may decline to act on instructions from individual councillors.",
            "yes",
        ),
    ],
)
def test_telling_someone_to_do_something_is_an_instruction_and_telling_them_is_not(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # an asker who names only officers, and does not say they are one, is the councillor dealing with them
        (
            "want to pop in and see the events officer at the town hall - do i need to book a time first?",
            "Councillors are welcome at the Town Hall but should make an appointment if they want to see a "
            "particular member of staff.",
            "yes",
        ),
        # ... not one who says they are staff, nor "we" beside a councillor (a party branch)
        (
            "im on the parks staff, can i go door knocking for my mate whos standing for the town council?",
            "Members wishing to visit a Council site or depot should let the officer in charge know beforehand.",
            None,
        ),
        (
            "our party branch is organising a public meeting with our ward cllr - can we hold it in the council hall?",
            "Officers will, wherever possible, invite the ward members to public meetings the Council organises.",
            None,
        ),
        # a condition before the yes/no part is not its act: "appeal" is not what the rule allows
        (
            "if the town clerk turns down my request for information because it would take too long, can I appeal "
            "to a committee?",
            "Councillors may ask staff for information which they need to carry out their role, but the Town Clerk "
            "may refuse a request which would take an unreasonable amount of staff time, and will tell the "
            "councillor why.",
            None,
        ),
    ],
)
def test_who_asks_from_whom_the_question_names_and_the_act_after_its_condition(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("cabinet member here, i dont agree with the officer recomendation. can i put my own view in?", "member"),
        ("ravensmoor member here, i think the clerk's advice is wrong. can i say so?", "member"),
        ("leader of a small group at haverleigh - am i entitled to the same briefing?", "member"),
        ("saltmouth staff member - im in a political party, can i wear the party badge at work?", "officer"),
        ("staff member here - can a cllr ring me at home?", "officer"),
        ("Kestonbury BC member: a journalist phoned me wanting a quote, can I give my own view?", "member"),
        ("im on the parks staff, can i help with a campaign on my day off?", "officer"),
    ],
)
def test_who_the_asker_says_they_are(question: str, role: str) -> None:
    assert speaker_role(question) == role


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a rule for outside working hours says nothing of a weekday's working time ...
        (
            "can i email the clerk on a tuesday afternoon?",
            "Councillors should not send emails to officers outside office hours.",
            None,
        ),
        (
            "clerk here - can a cllr make me come to an 11am meeting? i work 9 to 5",
            "Councillors must not require officers to attend meetings outside their normal working hours.",
            None,
        ),
        # ... and still answers for an evening, whatever hours the asker works
        (
            "clerk here - can a cllr make me come to a 7.30pm residents meeting? i work 9-5",
            "Councillors must not require officers to attend meetings outside their normal working hours.",
            "no",
        ),
        # a rule for meetings open to the public says nothing of the closed part
        (
            "can i discuss the caretakers performance in the closed part of the meeting after the public are excluded?",
            "Councillors should not discuss the performance of individual officers at meetings open to the public.",
            None,
        ),
        # a permission for senior officers says nothing of the office junior; "below director level" is the junior ones
        (
            "can i sit on the panel for appointing the office junior?",
            "Councillors may sit on appointment panels for senior officers.",
            None,
        ),
        (
            "wyvernshire scrutiny - can members grill a junior officer about their own performance at committee?",
            "Scrutiny members must not question an officer below Assistant Director level about that officer's own "
            "performance or conduct.",
            "no",
        ),
    ],
)
def test_the_other_side_of_hours_public_meetings_and_seniority(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # an office the asker says is not theirs
        (
            "cllr jones here - im not the chair, can i give the clerk instructions between meetings?",
            "The Chairman may give instructions to the Clerk between meetings on urgent matters.",
            None,
        ),
        # a permission for urgent matters says nothing of the rest; a rule whose exception is urgency still holds
        (
            "as chairman can i give the clerk orders on non urgent stuff between meetings?",
            "The Chairman may give instructions to the Clerk between meetings on urgent matters.",
            None,
        ),
        (
            "can i ring the clerk at home about something that isn't urgent?",
            "Members must not telephone the Clerk at home except on urgent matters.",
            "no",
        ),
        # canvassing for a post is not canvassing for votes
        (
            "can i canvass for votes in the may elections?",
            "Councillors must not canvass support for any candidate for appointment to a post with the Council.",
            None,
        ),
        # the caretaker is not the Clerk; the Clerk who appoints is no party to the rule
        ("can i line manage the caretaker?", "Councillors do not line manage the Clerk.", None),
        (
            "Can a Fenby Marsh councillor sit on the interview panel for the grounds staff?",
            "All other officers are appointed by the Town Clerk, and Members take no part in the recruitment of "
            "officers other than the Town Clerk and the Deputy Town Clerk, whose interview panel will include two "
            "Members of the Staffing Committee.",
            "no",
        ),
        (
            "can i give the caretaker instructions myself?",
            "Members must not give instructions to staff, other than through the Clerk.",
            "no",
        ),
    ],
)
def test_offices_urgency_and_canvassing_draw_lines_too(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        (
            "clerk here - should i advise councillors on the legal side of the lease?",
            "It is not the role of the Clerk to give advice to members of the public on legal matters.",
            None,
        ),
        (
            "clerk here - can i refuse an instruction from full council?",
            "Officers may decline to act on instructions from individual councillors.",
            None,
        ),
        (
            "clerk here - can i refuse an instruction from a single councillor?",
            "Officers may decline to act on instructions from individual councillors.",
            "yes",
        ),
        # who is treated by whom, in a rule's passive too
        (
            "are councillors entitled to be treated with courtesy by officers?",
            "Officers are entitled to be treated with courtesy by councillors.",
            None,
        ),
    ],
)
def test_the_public_the_full_council_and_who_treats_whom(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a permission within one's own portfolio answers for a matter the question puts there ...
        ("im a cabinet member, can I ask officers in my portfolio to put a report together?", "yes"),
        # ... not for one outside it, whatever the question says its portfolio is
        ("cabinet member here, housing is my portfolio, can i tell the leisure staff to change the pool times?", None),
    ],
)
def test_a_permission_within_ones_own_portfolio(question: str, verdict: str | None) -> None:
    sentence = (
        "Cabinet members may give instructions to officers on matters within their portfolio, and may ask "
        "officers within their portfolio to prepare reports."
    )
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # an asker who is no party to the protocol: a resident, a councillor's wife
        (
            "resident - its an emergency out of hours, can i ring the clerks mobile?",
            "Councillors may use the Clerk's mobile number out of hours only in an emergency.",
            None,
        ),
        (
            "im a cllrs wife, can i see the committee papers he gets?",
            "Councillors are entitled to see documents needed to carry out their duties as councillors.",
            None,
        ),
        # ("resident's complaint - ..." is the topic, not who asks)
        (
            "resident's complaint - will the officer cc the other ward councillors on their reply to me?",
            "Officers will not copy their reply to other ward councillors unless the councillor who raised it agrees.",
            "no",
        ),
        # criticising the council's policy is not criticising its officers
        (
            "cllr - can i criticise the councils parking policy at a public meeting?",
            "Councillors must not criticise officers in public.",
            None,
        ),
    ],
)
def test_who_is_no_party_and_what_is_no_officer(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a small council's staff by their posts: the asker who deals with them is a councillor
        (
            "quillingford pc - lengthsman is out by the bus shelter, can i ask him to quickly sort a wobbly bench?",
            "The Lengthsman receives his list of jobs from the Clerk alone, and councillors must not ask him to do "
            "any task, however small, while he is out in the parish.",
            "no",
        ),
        (
            "is it ok to tell the winstowe groundsperson to cut back the hedge by the bus stop when i see him out?",
            "Councillors who see the Groundsperson at work must not give instructions about tasks or priorities.",
            "no",
        ),
        # ... not one who says they are one of them
        (
            "im the lengthsman, can i ask the clerk for my list of jobs early?",
            "Councillors must not ask the Lengthsman to carry out work.",
            None,
        ),
    ],
)
def test_a_small_councils_staff_by_their_posts(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # what a rule is for is no rule of its own: "so that translation can be arranged" permits nothing
        (
            "can i speak welsh in the meeting without telling anyone in advance",
            "Members wishing to speak in Welsh must give the Clerk at least three working days' notice so that "
            "translation can be arranged.",
            None,
        ),
        # a prohibition on posting confidential things, through social media, says nothing of other posts
        (
            "can i post about council business on facebook",
            "Members must not use social media to post confidential council information.",
            None,
        ),
        (
            "can i post confidential council information on facebook",
            "Members must not use social media to post confidential council information.",
            "no",
        ),
        # a prohibition on things containing something, for a question that does not say they do
        (
            "can i forward council emails to my gmail",
            "Members should not forward Council emails containing personal data to private accounts.",
            None,
        ),
        (
            "can i forward council emails containing personal data to my gmail",
            "Members should not forward Council emails containing personal data to private accounts.",
            "no",
        ),
        # a permission for things which are of a kind, for a question that does not say they are
        (
            "can the clerk refuse to put my motion on the agenda",
            "The Clerk may refuse to include a motion which is unlawful or outside the Council's powers.",
            None,
        ),
        # "where the request is unreasonable": the question names the request, not what is said of it
        (
            "can the clerk refuse my request for information",
            "The Clerk may decline to provide information where the request is unreasonable or would involve "
            "disproportionate cost.",
            None,
        ),
        (
            "can the clerk refuse my request for information if it is unreasonable",
            "The Clerk may decline to provide information where the request is unreasonable or would involve "
            "disproportionate cost.",
            "yes",
        ),
        # a permission limited by "but must do so only ...": a Yes only within the limit
        (
            "can i write a reference on council headed paper",
            "Members may provide a character reference for a candidate but must do so only in a personal capacity.",
            None,
        ),
        (
            "can i give a character reference in a personal capacity",
            "Members may provide a character reference for a candidate but must do so only in a personal capacity.",
            "yes",
        ),
        # a statement answers a question of fact about the one it is said of, not about the one it acts on
        (
            "does the clerk have to get the CiLCA qualification",
            "The Council will support the Clerk in obtaining the CiLCA qualification.",
            None,
        ),
        (
            "does the clerk report to the caretaker?",
            "The hall caretaker is employed by the Council and reports to the Clerk.",
            None,
        ),
        # ... whatever the form: a passive, a noun of action, a question that says "I"
        (
            "will an applicant who lobbies cllrs be disqualified?",
            "Canvassing of members by job applicants will disqualify the applicant.",
            "yes",
        ),
        (
            "will volunteers be supervised by staff",
            "Volunteers will be supervised by a member of staff.",
            "yes",
        ),
    ],
)
def test_a_rules_purpose_kind_terms_limit_and_subject(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a second act after "or to" may be the question's, whatever the first act's kind
        (
            "can I use facebook to criticise the clerk?",
            "Members must not use social media to post confidential council information or to criticise officers.",
            "no",
        ),
        # "including" gives examples: it narrows nothing
        (
            "can I take council documents home from the offices?",
            "Members must not remove documents including minutes and agendas from the council offices.",
            "no",
        ),
        # a post of several words is the subject in the question and in the statement alike
        ("does the deputy town clerk work 20 hours a week?", "The Deputy Town Clerk works 20 hours a week.", "yes"),
        (
            "does the responsible financial officer sign the cheques?",
            "The Responsible Financial Officer signs the cheques.",
            "yes",
        ),
        # a passive at the end is no passive subject
        (
            "does the clerk obtain the cilca qualification once she is appointed?",
            "The Council will support the Clerk in obtaining the CiLCA qualification once she is appointed.",
            None,
        ),
    ],
)
def test_a_second_act_examples_long_posts_and_late_passives(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # "need the council's ok" is leave that must be had, not a question of being ok to do it
        (
            "does our parish clerk need the councils ok before ringing the SLCC for advise?",
            "The Clerk may ask the county Association of Local Councils or the Society of Local Council Clerks for "
            "advice at any time, and does not need the Council's permission to do so.",
            None,
        ),
        (
            "do i need the clerk's ok to visit the depot?",
            "Councillors must have the Clerk's agreement before visiting the depot.",
            "yes",
        ),
    ],
)
def test_needing_someones_ok_is_an_obligation(question: str, sentence: str, verdict: str | None) -> None:
    assert question_modality(question) == "obligation"
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # an emergency told in the question's words meets the rule's "except in a genuine emergency"
        (
            "can i phone the clerk at home if theres a flood in the village hall",
            "Councillors should not contact staff at home or outside normal working hours except in a genuine "
            "emergency.",
            "yes",
        ),
        # what one may expect restricts nothing of sending
        (
            "can i email the clerk on a sunday",
            "Councillors may send emails at any time but should not expect a reply outside normal office hours.",
            "yes",
        ),
        (
            "can i expect a reply from the clerk on a sunday",
            "Councillors may send emails at any time but should not expect a reply outside normal office hours.",
            "no",
        ),
    ],
)
def test_an_emergency_told_and_what_one_may_expect(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


_RAISED = (
    "In the event that a Councillor is dissatisfied with the conduct, behaviour or performance of an officer, the "
    "matter should be raised with the Chairman."
)


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # where a matter is taken: the rule's own route, for the same matter, raised by the asker's side
        (
            "finmere pc - not happy with how the clerk is doing her job. should I take it up with the chairman?",
            _RAISED,
            "yes",
        ),
        ("not happy with how the clerk's been performing, do i take it to the chairman?", _RAISED, "yes"),
        # ... not another route (no No either: a rule naming one route does not rule out every other)
        ("not happy with how the clerk's been performing, do i take it to the vice chair?", _RAISED, None),
        # ... nor an either-or question
        (
            "not happy with the clerk's performance, do i take it to the chairman or the monitoring officer?",
            _RAISED,
            None,
        ),
        # ... nor the other side raising it
        ("clerk here - not happy with a councillor's behaviour, do i take it to the chairman?", _RAISED, None),
        # ... nor a sentence with another route for some cases
        (
            "town clerk here, not happy with how a councillor treats me, do i raise it with the mayor?",
            "The Town Clerk should raise concerns about a member with the Town Mayor, or, where the concern "
            "relates to the Mayor, with the Deputy Mayor.",
            None,
        ),
    ],
)
def test_where_a_matter_is_taken(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a family's phrase is one word in a question of fact: "line manager" is said by "manager"
        (
            "new parish clerk - is the chair my boss / line manager?",
            "but the Chair is not the Clerk's employer or manager",
            "no",
        ),
        # a refusal the rule's condition tells of, or its subject's own clause, is no refusing permitted
        (
            "an officer refused me some info i asked for - can i get the monitoring officer to look at that again?",
            "If an officer refuses a request for information, the councillor may ask the Monitoring Officer to review "
            "the refusal",
            "yes",
        ),
        (
            "officers have refused me some info I asked for - can I get the monitoring officer to look at that?",
            "A member who is refused information may ask the Monitoring Officer to review the decision.",
            "yes",
        ),
        # ... while the refusing a rule permits still answers only a question about refusing
        (
            "can the clerk make me wait for information?",
            "The Clerk may refuse a request for information which is unreasonable.",
            None,
        ),
    ],
)
def test_phrases_in_facts_and_refusals_told_of(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # who asks: a place before "councillor" ("as a Finmere councillor"), and a small council's staff
        # by their posts as the ones asked
        (
            "Is it ok for me as a Finmere councillor to get one of the junior staff to sort out a contract dispute?",
            "no",
        ),
        ("can I ask our admin assistant to sort out the contractor dispute over the playground?", "no"),
        # ... not one who was a councillor, nor a clerk who names a councillor after saying who they are
        ("as a former councillor can i get the junior staff to sort out a contract dispute?", None),
    ],
)
def test_who_asks_by_a_place_and_whom_by_a_post(question: str, verdict: str | None) -> None:
    sentence = "Junior staff should not be asked to deal with matters outside their level of authority."
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("can i accept a bottle of alcohol free fizz", None),  # not of the rule's kind, by the question's words
        ("can i accept a bottle of wine", "no"),
    ],
)
def test_a_thing_the_question_says_is_not_of_the_rules_kind(question: str, verdict: str | None) -> None:
    assert sentence_verdict(question, "Members must not accept gifts of alcohol.") == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # a rule for an emergency answers only a question that tells of one
        (
            "cllr, ive got a question about the budget, can i contact the finance officer directly?",
            "In an emergency, a member may contact any officer directly.",
            None,
        ),
        (
            "cllr - a child has gone missing at the village fete, can i contact the events officer directly?",
            "In an emergency, a member may contact any officer directly.",
            "yes",
        ),
        (
            "cllr, i want to chase up a planning application at 8pm, should i call the duty officer?",
            "In an emergency outside office hours, members should contact the duty officer.",
            None,
        ),
        # no party to the protocol: a resident of a place, a former councillor
        (
            "as a hoxley resident can i contact the clerk directly?",
            "Councillors may contact the Clerk directly on any council matter.",
            None,
        ),
        (
            "former cllr here - can i still contact the clerk directly?",
            "Councillors may contact the Clerk directly on any council matter.",
            None,
        ),
        # a statement said of the other side is no answer for the one who asks
        (
            "clerk here - does the council pay for my training?",
            "The Council will pay for councillors to attend approved training courses.",
            None,
        ),
    ],
)
def test_emergencies_told_parties_and_the_other_side(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


_RAISED_AGAIN = (
    "In the event that a Councillor is dissatisfied with the conduct, behaviour or performance of an officer, the "
    "matter should be raised with the Chairman."
)


@pytest.mark.parametrize(
    "question",
    [
        # another matter
        "i want to nominate the clerk for an award, do i take it to the chairman?",
        "the clerk wants a pay rise, do i take it to the chairman?",
        # not asked plainly by the one who would take it
        "am i banned from raising it with the chairman?",
        "not happy with the clerk's performance, is it a bad idea to take it to the chairman?",
        "one of our staff is not happy with how the clerk manages her, should she take it to the chairman?",
        "i'm a resident, not happy with how the clerk treated me, do i take it to the chairman?",
        # an either-or question, with a comma
        "not happy with the clerk's performance, do i take it to the chairman, or the monitoring officer?",
        # another body's officer
        "not happy with the conduct of the county highways officer, do i take it to the chairman?",
    ],
)
def test_where_a_matter_is_taken_is_no_yes_for_these(question: str) -> None:
    assert sentence_verdict(question, _RAISED_AGAIN) is None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("clerk here - as agreed by councillors, can i email staff at home?", "officer"),
        ("i'm a resident whose councillor ignored me - can i ask the clerk for copies?", None),
        ("as a suspended councillor, can i attend meetings?", None),
        ("as a journalist covering councillors can i film the meeting?", None),
        ("as a glenardoch cc member can i ask for a briefing?", "member"),
        ("am i the clerks line manager as vice chair?", "member"),
    ],
)
def test_who_asks_is_not_read_from_other_words_before_councillor(question: str, role: str | None) -> None:
    assert speaker_role(question) == role


def test_a_statement_answers_a_plural_and_being_given_as_being_issued() -> None:
    question = "Do councillors get given their own key to the town hall?"
    assert sentence_verdict(question, "Councillors are not issued with keys to the Town Hall") == "no"
    # (a condition the question puts is still its case: no answer from an unconditional statement of the other)
    assert (
        sentence_verdict(
            "does the chair get a casting vote when there isnt a tie",
            "The Chair has a second or casting vote in the event of a tie.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # What people call a gift is one: a present, a bottle of champagne, a voucher, chocs.
        (
            "hoxley pc - is the clerk allowed to take a little xmas present from one of the councillors?",
            "The Clerk may not accept any gift from a councillor.",
            "no",
        ),
        (
            "officer here - one of the councillors wants to give me a nice bottle of champagne, can i take it?",
            "Staff must not accept gifts from councillors.",
            "no",
        ),
        (
            "is it ok if I buy the minute sec a christmas present myself?",
            "Individual members should not give the MS personal gifts.",
            "no",
        ),
        (
            "can i buy the clerk a box of chocs for xmas",
            "Members may give officers small seasonal gifts, such as a card or a box of chocolates.",
            "yes",
        ),
        # ("present" as being there is no gift)
        ("can i be present at the interview?", "The Clerk may not accept any gift from a councillor.", None),
        # Who gave it, said without "from": a rule on gifts from others says nothing of it.
        (
            "cllr here, a resident gave me a bottle of wine, can i keep it?",
            "Members must not accept gifts from other councillors.",
            None,
        ),
        (
            "cllr here - a developer sent me a hamper, can i keep it?",
            "Members may accept gifts from other members.",
            None,
        ),
        # The asker giving: staff named in the question receive it, and a rule on gifts from
        # officers says nothing of it.
        ("is it ok to give the clerk a christmas present", "Members must not accept gifts from officers.", None),
        (
            "i want to give the clerk some flowers - can she accept them?",
            "The Clerk must not accept gifts from councillors or residents.",
            "no",
        ),
        # (a narrower kind the rule names is kept: vouchers are gifts, and still vouchers)
        (
            "officer here - a resident gave me a £20 amazon gift card, can i keep it?",
            "Officers may accept small tokens of thanks, such as a card or flowers, but must not accept cash or "
            "vouchers.",
            "no",
        ),
    ],
)
def test_gifts_in_everyday_words_and_who_gave_them(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_having_no_role_veto_or_say_is_a_no():
    rule = (
        "The Provost chairs council meetings and represents the council at civic events but has no role in "
        "managing employees."
    )
    assert sentence_verdict("strathlorne - is the provost in charge of managing staff?", rule) == "no"
    veto = "The officer takes the decision, but the Cabinet Member has no veto over that decision."
    assert sentence_verdict("does the cabinet member get a veto when an officer decides something?", veto) == "no"


def test_an_faqs_own_question_points_no_way():
    from assistant.verdict import leaning

    assert (
        leaning("can the clerk keep a £30 bottle of whisky a contractor gave her?", "Can the Clerk accept a present?")
        is None
    )
    assert (
        leaning("can the clerk keep a £30 bottle of whisky a contractor gave her?", "The Clerk may accept a present.")
        == "yes"
    )


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # Asking the outdoor staff to do a job is giving them work ...
        (
            "pennickford - can i ask the grounds lads to strim round the war memorial before remembrance sunday?",
            "Members must not give instructions to the grounds team.",
            "no",
        ),
        (
            "can i get the grounds staff to do my hedge?",
            "Members must not ask grounds staff to carry out work for them privately.",
            "no",
        ),
        # ... but not a question about something else, nor one the rule's terms leave out.
        (
            "can i ask the caretaker what time the hall opens?",
            "Councillors must not give instructions to the Caretaker.",
            None,
        ),
        (
            "can I ask the groundsman to cut the grass on the rec?",
            "Members must not ask grounds staff to carry out work for them privately.",
            None,
        ),
        (
            "should i tell the clerk rather than get the caretaker to sort it?",
            _CARETAKER,
            None,
        ),
        # "direct all requests ... to the Clerk" sends them on: no instruction to anyone
        (
            "should i ask the handyman directly to fix the bench?",
            "Members should direct all requests for work to be done to the Clerk.",
            None,
        ),
        # Telling someone what to get on with, or how to run things, is instructing them; "tell
        # officers how to carry out their work" is no rule on letting the clerk know of a fault.
        (
            "chair of llanddewi fach cc here. can i tell the clerk what jobs to get on with this week?",
            "No individual councillor, nor the Chair, has the right to give instructions to the Clerk.",
            "no",
        ),
        (
            "can i let the clerk know the streetlight on church lane is out?",
            "Councillors must not tell officers how to carry out their work.",
            None,
        ),
        (
            "a resident told me the bin in the park is overflowing - should i let the clerk know?",
            "Councillors should inform the Clerk of any matter raised with them by residents that requires action by "
            "the Council.",
            "yes",
        ),
        # Popping round is calling at; flagging it up is reporting.
        (
            "Upper Sedgecombe - can I pop round to the clerk's house to drop off some papers?",
            "Councillors must not call at the Clerk's house.",
            "no",
        ),
        (
            "kelsworth cllr - theres a smashed swing on the rec, can i just flag it up with the TC office?",
            "Any Member may report faults in the town, such as overflowing litter bins, damaged play equipment or "
            "uncut verges, to the Town Council office.",
            "yes",
        ),
    ],
)
def test_everyday_words_for_giving_work_telling_calling_and_reporting(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # A fresh-eyes review of this session's rules: each of these came out a wrong Yes/No.
        # "in order to", "Standing Orders", "telephone ... direct" instruct no one
        (
            "can i ask the caretaker to put the chairs out?",
            "Members may contact the caretaker in order to arrange access to the hall.",
            None,
        ),
        (
            "can i ask the caretaker to put the chairs out?",
            "Members may raise matters with the caretaker in accordance with Standing Orders.",
            None,
        ),
        (
            "can i ask the groundsman to cut the verge?",
            "Members may contact the groundsman direct about urgent matters.",
            None,
        ),
        # going through the Clerk, or someone else asking, is no instruction of the asker's
        (
            "can i ask the clerk to ask the caretaker to put the chairs out?",
            "Councillors must not give instructions to the Caretaker.",
            None,
        ),
        (
            "the clerk asked the caretaker to put the chairs out, can i check he has done it?",
            "Councillors must not give instructions to the Caretaker.",
            None,
        ),
        # asking a favour or a question is no job
        (
            "can i ask the caretaker to get back to me about the hall booking?",
            "Councillors must not give instructions to the Caretaker.",
            None,
        ),
        (
            "can i ask the lengthsman to put me in touch with the highways team?",
            "Members must not give instructions to the Lengthsman.",
            None,
        ),
        # "no vote" in a relative clause is no prohibition; "no role ... other than" is a role
        (
            "can i move a motion at committee?",
            "A member who has no vote on the committee may still move a motion.",
            "yes",
        ),
        (
            "does the clerk have a role in the election?",
            "The Clerk has no role in the election other than as Returning Officer's deputy.",
            None,
        ),
        # taking a gift to someone gives it; things handed out are no gifts
        ("can i take a present round to the clerk's house?", "Members must not accept gifts.", None),
        ("can i take a bottle of wine to the clerk as a thank you?", "Members must not accept gifts.", None),
        (
            "can the clerk keep the prosecco for the civic reception in the office fridge?",
            "Officers must not accept gifts.",
            None,
        ),
        ("can i hand out food bank vouchers at my surgery?", "Members must not give gifts to residents.", None),
        # who gave it, when the question tells it second-hand or names two
        (
            "cllr here - the clerk says a resident gave me a bottle of wine, can i keep it?",
            "Members must not accept gifts from officers.",
            None,
        ),
        (
            "i'm the clerk and a developer who is friends with the chair gave me a hamper, can i keep it?",
            "The Clerk must not accept gifts from councillors.",
            None,
        ),
        # (and still: a councillor giving the asker a gift card, and the asker taking it)
        (
            "I'm an employee and a councillor wants to give me a £20 gift card as a thank you. can I take it?",
            "Employees must not accept gifts or vouchers of any value from councillors.",
            "no",
        ),
    ],
)
def test_a_review_of_the_gift_and_job_words(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(("question", "sentence", "verdict"), _cases("review-10-right.jsonl"))
def test_a_blind_review_of_gift_job_visit_and_no_role_words(question, sentence, verdict):
    # Pairs a reviewer who read no code wrote for the twenty-first session's rules (173 in all; these
    # are the ones the rules answer as a careful reader of the sentence alone would, None included).
    assert sentence_verdict(question, sentence) == verdict


def test_a_limit_whose_other_side_is_only_to_be_told_still_answers_a_value_on_its_side():
    rule = (
        "Employees may accept a gift worth £10 or less, and must tell the Chairman of any gift they are offered "
        "that is worth more than £10."
    )
    assert sentence_verdict("is the clerk allowed to keep an £8 bottle of wine from a resident", rule) == "yes"
    # (above it the rule says what is told, not that it is refused)
    assert sentence_verdict("is the clerk allowed to keep a £15 bottle of wine from a resident", rule) is None
    # (two limits at different sums, or a second that is a rule of its own, are no one limit)
    other = "Employees may accept a gift worth £10 or less, and must refuse any gift worth more than £50."
    assert sentence_verdict("is the clerk allowed to keep a £30 bottle of wine from a resident", other) is None


def test_a_thing_a_limits_carve_out_names_is_no_case_of_the_limit():
    # (fresh33's one wrong verdict on its blind run: "No" for a £15 calendar, which the carve-out names)
    rule = (
        "Officers must refuse any gift worth more than £10, apart from promotional items such as pens or "
        "calendars, and must record all offers with their Executive Director."
    )
    calendars = "a contractor sent round some branded desk calendars, maybe £15 each. am I ok to keep mine? officer"
    assert sentence_verdict(calendars, rule) is None
    assert sentence_verdict("officer here, a contractor gave me a £15 bottle of wine, can i keep it?", rule) == "no"


def test_a_neighbour_ruling_on_things_its_subject_narrows_does_not_contradict():
    from assistant.verdict import Verdict, contradicted

    permission = "The Chairperson may initiate correspondence in his/her own name."
    narrowed = (
        "Letters which create obligations or give instructions on behalf of the council should never be sent out in "
        "the name of a councillor."
    )
    question = "as chairperson can i send letters out in my own name?"
    assert not contradicted(question, Verdict("yes", permission), [narrowed, permission])
    # A question about such letters is contradicted: the clause then answers both ways.
    binding = "as chairperson can i send letters that give instructions on behalf of the council in my own name?"
    assert contradicted(binding, Verdict("yes", permission), [narrowed, permission])


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # getting someone to do something is asking them to
        (
            "cefn meurig - can i get the clerk to translate a letter from my solicitor into english for me?",
            "Councillors should not ask the Clerk to translate documents for their own personal use or for other "
            "organisations.",
            "no",
        ),
        (
            "cllr here, the lamp post on our lane has been out for weeks - can i get the clerk to pass it on to the "
            "county borough?",
            "Members may ask the Clerk to report a problem in the community, such as a defective street "
            "light, to the County Borough Council",
            "yes",
        ),
        # ... and taking an item off is no case of putting one on
        (
            "can i get the clerk to take an item off the agenda?",
            "Councillors may ask the Clerk to include items on the agenda.",
            None,
        ),
        (
            "can i get the clerk to put the bus shelter on the agenda?",
            "Councillors may ask the Clerk to include items on the agenda.",
            "yes",
        ),
        # a group's meeting is the group
        (
            "can officers come to our group to talk us through the budget?",
            "Officers may attend meetings of political groups.",
            "yes",
        ),
    ],
)
def test_getting_someone_to_do_it_opposite_acts_and_a_groups_meeting(
    question: str, sentence: str, verdict: str | None
) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_not_expected_to_answers_whether_one_has_to_and_nothing_else():
    rule = "Staff are not expected to answer emails or telephone calls outside their working hours."
    assert sentence_verdict("deputy clerk here - do I have to answer a councillor's calls on saturdays?", rule) == "no"
    assert sentence_verdict("clerk here, do i have to answer cllr emails on my day off", rule) == "no"
    # (what one may do is another question: ringing at the weekend is not forbidden by it)
    assert sentence_verdict("can i ring the clerk on a saturday?", rule) is None


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "kestonbury cllr here: I'm still allowed to challenge what's in an officer's report at commitee, right?",
            "kestonbury cllr here: am i allowed to challenge what's in an officer's report at commitee?",
        ),
        (
            "meresby - fancy taking the planning officer out for a pint to say thanks, thats ok?",
            "meresby - is it ok to take the planning officer out for a pint to say thanks?",
        ),
        (
            "planning a public meeting about the skatepark before the elections - thats fine right?",
            "is it ok to plan a public meeting about the skatepark before the elections?",
        ),
        (
            "want to give the facilities manager a shout out on my facebook, thats fine isnt it? brackenholt",
            "brackenholt - is it ok to give the facilities manager a shout out on my facebook?",
        ),
        (
            "marrowbridge tc staff - r they meant to reply to emails at 8pm?",
            "marrowbridge tc staff - are they meant to reply to emails at 8pm?",
        ),
        # someone else's wish, and a plain question, stay as they are
        (
            "the cllrs want to club together and get the clerk a leaving present - is that ok?",
            "the cllrs want to club together and get the clerk a leaving present - is that ok?",
        ),
        ("Can I ring the Clerk?", "Can I ring the Clerk?"),
    ],
)
def test_a_tagged_statement_asks_the_plain_question(question: str, plain: str) -> None:
    from assistant.verdict import untagged

    assert untagged(question) == plain


def test_a_tagged_statement_gets_its_verdict():
    rule = "Members may challenge an officer's report at committee, courteously and on its merits."
    assert sentence_verdict("I'm still allowed to challenge an officer's report at committee, right?", rule) == "yes"


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # A second fresh-eyes review of the session's rules: each of these came out a wrong Yes/No.
        # a negated or only-ed statement, or one holding a question of its own, is no plain question
        ("i could never ring the clerk at home, right?", "Councillors must not telephone the Clerk at home.", None),
        (
            "i can only ring the clerk in office hours, right?",
            "Councillors may telephone the Clerk during office hours.",
            None,
        ),
        (
            "i'm allowed to speak at committee - what's the time limit?",
            "Members may speak at any committee meeting.",
            None,
        ),
        # someone other than the asker
        ("the chair, accepting a £40 gift, is that ok?", "Officers may accept gifts worth up to £50.", None),
        # a group that is no political group
        (
            "can officers come to the residents' group meeting?",
            "Officers must not attend meetings of political groups.",
            None,
        ),
        ("can the clerk come to the youth group?", "Officers may attend meetings of political groups.", None),
        # asking whether is no case of doing it
        (
            "is it ok to ask whether the clerk can attend our group?",
            "Officers must not attend meetings of political groups.",
            None,
        ),
        # getting someone (not a member of staff) to do something
        (
            "can i get someone to drive me to the meeting?",
            "Members must not ask officers to drive them to meetings.",
            None,
        ),
        # above a limit whose other side is only to be declared, the rule says nothing of refusing
        (
            "can i accept a £60 gift?",
            "Councillors may accept gifts or hospitality of up to £50 in value, but must declare any gift or "
            "hospitality over £50 in the register.",
            None,
        ),
        # a carve-out narrowed by what follows its head
        (
            "officer here - a supplier gave me £50 football tickets, can i keep them?",
            "Officers must refuse any gift worth more than £25, apart from tickets to civic events.",
            "no",
        ),
        # what becomes of something, after the rule, is no opposite act
        (
            "can i add my personal views to the council newsletter?",
            "Members must not use the council newsletter for personal views, and any such content will be deleted.",
            "no",
        ),
    ],
)
def test_a_second_review_of_the_twenty_first_sessions_rules(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(("question", "sentence", "verdict"), _cases("review-21-code-right.jsonl"))
def test_two_code_reviews_of_the_twenty_first_sessions_rules(question, sentence, verdict):
    # Pairs two reviewers of the twenty-first session's diff wrote to break its rules (392 in all);
    # these are the ones the rules answer as a careful reader of the sentence alone would, None included.
    assert sentence_verdict(question, sentence) == verdict


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # Probe S, read after its blind run: the No was the set-aside act's ("tell the contractor").
        (
            "tregwernog - the grass cutters missed the churchyard verge again, should i tell the clerk rather than "
            "the contractor?",
            "Members must not give instructions to the Council's litter-picking contractor or its grass-cutting "
            "contractor.",
            None,
        ),
        # a No for the asked act stands
        ("should i email the clerk rather than the chair?", "Members must not email the Clerk.", "no"),
        # nor a Yes (a review's probes)
        (
            "can i give instructions to the contractor instead of the clerk",
            "Members may give instructions to the Clerk.",
            None,
        ),
        (
            "can i book the hall for a party meeting rather than a ward surgery",
            "Councillors may book the Committee Room free of charge for ward surgeries.",
            None,
        ),
    ],
)
def test_a_no_only_for_what_the_question_sets_aside_is_no_answer(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_a_rule_on_what_is_beyond_someones_authority_answers_only_that():
    rule = "Junior staff should not be asked to deal with matters outside their level of authority."
    assert sentence_verdict("can councillors ask junior staff to do things?", rule) is None
    assert sentence_verdict("can i ask junior staff to help with the newsletter?", rule) is None
    assert sentence_verdict("can i ask the junior clerk to sort out something above her pay grade?", rule) == "no"
    assert sentence_verdict("can i ask junior staff to deal with things outside their authority?", rule) == "no"


def test_the_publics_right_answers_only_a_question_about_it():
    rule = (
        "For completeness, councillors do, of course, have the same right as any other member of the public "
        "to make requests for information under the Freedom of Information Act 2000."
    )
    # (a councillor's own right to see any document is another matter: "mere curiosity is not sufficient")
    assert (
        sentence_verdict("do i have a right to look at any council document i want, just cos im curious?", rule) is None
    )
    assert sentence_verdict(
        "as a councillor can I still put in a freedom of info request like a normal person?", rule
    ) == ("yes")
    # an act that plainly takes authority is beyond a junior's
    junior = "Junior staff should not be asked to deal with matters outside their level of authority."
    assert sentence_verdict("can i get one of the junior staff to sort out a contract dispute?", junior) == "no"


# A list item that starts at its verb, read with the lead-in it hangs from.
_APPOINTING = (
    "Members' roles are limited to: - the appointment of specified posts - hearing appeals. "
    "Members should: - remember that the sole criterion is merit - never canvass support for a particular candidate"
)
_EXPECTING = "Officers can expect councillors: - to give strategic leadership. - to treat them fairly."


@pytest.mark.parametrize(
    ("item", "before", "read"),
    [
        (
            "- not take part where one of the candidates is a close friend or relative",
            _APPOINTING,
            "members should not take part where one of the candidates is a close friend or relative",
        ),
        ("- remember that merit counts", _APPOINTING, "members should remember that merit counts"),
        (
            "- do not ask officers to undertake work for a political party.",
            _EXPECTING,
            "councillors should not ask officers to undertake work for a political party.",
        ),
        # (an item that is no prohibition says nothing of whose rule it is: "to give ...")
        ("- to respect their impartiality.", _EXPECTING, "- to respect their impartiality."),
        # (an item with a subject of its own keeps it)
        (
            "- officers will reply within ten days.",
            "The Council will: - publish a list.",
            "- officers will reply within ten days.",
        ),
        # (no lead-in of a role and a modal)
        ("- not to be used for campaigning.", "Resources include: - printing.", "- not to be used for campaigning."),
        # (a sentence after the list: the list has ended)
        ("- never shout.", "Members should: - be polite. Officers may leave a meeting.", "- never shout."),
        # (a lead-in with anything before its role - a condition, "No", "Neither ... nor" - is no plain
        # subject and modal: "In exceptional cases, members should:", "No councillor should:")
        ("- contact officers at home", "In exceptional cases, members should:", "- contact officers at home"),
        ("- use the photocopier for leaflets", "No councillor should:", "- use the photocopier for leaflets"),
        ("- use the photocopier", "Neither councillors nor officers should:", "- use the photocopier"),
        # (an item with a verb phrase of its own)
        ("- officer's views must be respected", "Members should:", "- officer's views must be respected"),
        # (a double negative reads no plainer)
        ("- not reply at weekends", "Officers must not:", "- not reply at weekends"),
    ],
)
def test_a_list_item_is_read_with_its_lead_in(item, before, read):
    assert with_lead_in(item, before) == read


def test_a_list_item_answers_only_a_question_that_asks_its_own_verb():
    before = {}
    item = "- criticise officers at public meetings, in the press or on social media; or"
    lead = {item: "Councillors must not: - give instructions to staff;"}
    # talking to the press is no case of criticising officers in it
    assert choose_verdict("Can councillors talk to the press at all?", [item], before, {}, lead) is None
    found = choose_verdict("can i criticise the clerk on facebook?", [item], before, {}, lead)
    assert found is not None and found.answer == "no" and found.sentence == item
    ask = "- do not ask officers to undertake work which seeks to support or benefit a particular political party."
    found = choose_verdict("is it ok to ask staff to help with my campaign?", [ask], before, {}, {ask: _EXPECTING})
    assert found is not None and found.answer == "no"


def test_a_rule_for_whom_the_asker_says_they_are_not_answers_nothing():
    rule = "Employees in politically restricted posts may not be candidates or take an active part in party politics."
    assert (
        sentence_verdict("I work in the parks team (not a restricted post). can I do leafletting for my party?", rule)
        is None
    )
    assert _subject_denied("I'm not in a politically restricted post, can I canvass?", rule)
    assert not _subject_denied("I'm not sure, can I canvass?", rule)


def test_a_rule_on_using_a_thing_for_a_private_purpose_answers_a_personal_use():
    context = "The Council can provide members with typing, printing and photocopying."
    rule = "They should not be used for private purposes or in connection with party political activities."
    # ("photocopier" is the "photocopying" provided; "personal" is a private purpose)
    assert sentence_verdict("can i use the council photocopier for my own personal letters?", rule, context) == "no"
    assert sentence_verdict("can i use the council photocopier for ward casework?", rule, context) is None
    # ("personal" is a purpose only as one: "for my own personal ...", not "my personal vehicle")
    vehicles = "Council vehicles should not be used for private purposes."
    assert sentence_verdict("can I use my personal vehicle for council business?", vehicles) is None


def test_an_object_said_once_for_two_coordinated_rules_belongs_to_both():
    rule = (
        "Officers should not take part, and Members should not ask Officers to take part, in any activity "
        "which could be seen as influencing support for a political party."
    )
    assert sub_clauses(rule)[0] == (
        "Officers should not take part in any activity which could be seen as influencing support for a political "
        "party."
    )
    # taking part in an interview is no party activity; "take part" names no thing
    assert sentence_verdict("can i take part in the interview if my cousin applied for the job?", rule) is None
    assert sentence_verdict("can the clerk take part in a political campaign?", rule) == "no"


def test_a_verb_in_a_side_clause_is_not_the_asked_one():
    # ("coming"/"going" as come and go was tried and dropped: "the clerk went home ill" is no going)
    rule = "Members should not go to officers' homes."
    assert sentence_verdict("the clerk went home ill, can I phone her at home?", rule) is None


def test_a_prohibition_holds_whatever_one_wishes():
    rule = (
        "If a Councillor wishes to express a contrary view, they should not pressure the officer to make a "
        "recommendation that conflicts with the Officer's professional opinion."
    )
    assert sentence_verdict("can i lean on the clerk to change the recommendation in her report?", rule) == "no"
    # (another's wish is a condition on the rule: "If the Chairman wishes to ..., other members ...")
    chairman = "If the Chairman wishes to make a statement, other members should not speak to the press."
    assert sentence_verdict("can I speak to the press about the decision?", chairman) is None
    # (a condition that is no wish still has to be the question's case)
    interest = rule.replace("wishes to express a contrary view", "has a personal interest in the matter")
    assert sentence_verdict("can i lean on the clerk to change the recommendation in her report?", interest) is None


def test_a_passive_prohibition_that_names_no_one_is_for_everyone():
    rule = "No such meetings should be arranged or held in the immediate run-up to Council elections."
    assert sentence_verdict("can I hold a public meeting just before the elections?", rule) == "no"
    assert (
        sentence_verdict(
            "is it ok for me to hold a public meeting in my ward a couple of weeks before the elections?", rule
        )
        == "no"
    )
    # ... for the run-up only: a question that says it is far from one, or says nothing of one
    far = "i want to call a public meeting - the elections are ages off. can we hold it in a council building?"
    assert sentence_verdict(far, rule) is None
    for outside in (
        "now the elections are over, can I hold a public meeting?",
        "the elections aren't for ages, can i hold a public meeting?",
        "can I hold a public meeting outside the election period?",
    ):
        assert sentence_verdict(outside, rule) is None, outside
    # ... and for the acts it names: holding or arranging one, not cancelling or attending one
    assert sentence_verdict("can I cancel a surgery meeting just before the elections?", rule) is None
    assert sentence_verdict("can I attend a public meeting just before the elections?", rule) is None
    assert sentence_verdict("can i hold a public meeting in my ward?", rule) is None
    # (a passive with its agent named is that agent's rule)
    by_officers = "No such meetings should be arranged by officers in the immediate run-up to Council elections."
    assert sentence_verdict("can I hold a public meeting just before the elections?", by_officers) is None


def test_a_passive_rule_that_names_no_one_needs_its_subject_and_its_verb_asked():
    # ("should be avoided" is a prohibition; "close mates" names only one word of its subject, and
    # asks no verb of it: no plain answer)
    avoided = "Close personal familiarity should be avoided."
    assert sentence_verdict("is it ok to be close mates with the clerk?", avoided) is None
    assert sentence_verdict("can I have a close working relationship with the clerk?", avoided) is None
    silent = "In other words, a system of “silent copies” should not be employed."
    assert sentence_verdict("can I copy another councillor into my email to the clerk?", silent) is None
    assert sentence_verdict("can I share the community newsletter?", "Committee papers must not be shared.") is None
    material = "Party political material should not be displayed in council offices."
    assert sentence_verdict("can I display council material in the office?", material) is None
    # (the passive's subject must be what the question is about)
    assert sentence_verdict("can i email the clerk?", "Close personal familiarity should be avoided.") is None
    assert (
        sentence_verdict(
            "can i use council meeting rooms for my party's campaign meeting?",
            "Council vehicles must not be used for party political campaigning.",
        )
        is None
    )


def test_a_rule_on_what_staff_may_be_asked_to_do_answers_only_that_act():
    rule = (
        "Whilst support for members' ward work is legitimate, staff should not be asked to accompany members to "
        "ward surgeries."
    )
    # (the fourth blind user test's one wrong verdict: asking for advice is no accompanying)
    assert sentence_verdict("Is it ok for me to ask an officer for advise about an issue in my ward?", rule) is None
    assert sentence_verdict("Can I take one of the staff along with me to my ward surgery?", rule) == "no"
    # (taking a thing along is no accompanying)
    assert sentence_verdict("Can I take my laptop along to my ward surgery?", rule) is None
    assert sentence_verdict("can i ask the clerk to come with me to my ward surgery?", rule) == "no"
    # (an act of no particular kind is said by what it acts on)
    junior = "Junior staff should not be asked to deal with matters outside their level of authority."
    assert (
        sentence_verdict(
            "clerks away this week so can i ask our junior admin to sign off something thats really beyond "
            "her authority?",
            junior,
        )
        == "no"
    )


def test_a_question_about_needing_a_reason_or_leave_is_answered_only_by_a_rule_that_names_one():
    roving = (
        'In this respect a member has no right to "a roving commission" to go and examine documents of the council.'
    )
    asked = "do i actually need a reason to look through the council's files? i was just going to have a nosy"
    # (No would say "no reason needed", the opposite of the rule; Yes is read from "no right", not said)
    assert sentence_verdict(asked, roving) is None
    assert sentence_verdict("can i look through any council document i like?", roving) == "no"
    # A rule that needs leave ("without ...") is no No to "do i need ...?"; a reason is asked for only
    # by a rule that asks for one (not "for any reason other than", "For this reason, ...").
    for asked, rule in (
        (
            "do i need the clerk's approval to visit the depot?",
            "Councillors must not visit the depot without the Clerk's approval.",
        ),
        (
            "do i need permission to visit the depot?",
            "Councillors must not visit the depot without the Clerk's approval.",
        ),
        (
            "do i need a good reason to speak to the press?",
            "Members should first agree press statements with the Clerk.",
        ),
        (
            "do i need a good reason to go to the depot?",
            "Councillors must not visit the depot for any reason other than council business.",
        ),
        (
            "do i need a reason to phone the clerk at home?",
            "For this reason, councillors must not contact officers at home.",
        ),
    ):
        assert sentence_verdict(asked, rule) is None, asked


def test_a_rule_on_contacting_employees_says_nothing_of_phoning_a_firm():
    rule = "Councillors should not contact employees at home or on personal phones about Council business."
    asked = "can councillors phone the firm that does the hanging baskets and change the order themselves?"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("can councillors phone the clerk at home?", rule) == "no"
    assert sentence_verdict("can i phone the clerk at home about the contractor?", rule) == "no"


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # What the asker should not expect to do themselves is a doubt on a Yes to doing it ...
        (
            "can I pop into the council office to see the clerk without an appointment?",
            "Councillors may visit the offices during opening hours, but should not expect to see an officer "
            "without an appointment.",
            None,
        ),
        # ... not on the rest of what the sentence allows ...
        (
            "can I visit the council offices?",
            "Councillors may visit the offices during opening hours, but should not expect to see an officer "
            "without an appointment.",
            "yes",
        ),
        # ... nor when what is to be expected is allowed ...
        (
            "can i visit the offices to see an officer?",
            "Councillors may visit the offices during opening hours, and should expect to see an officer within "
            "15 minutes.",
            "yes",
        ),
        # ... and what others are not to be expected to do is no rule on the asked act.
        (
            "can i email the clerk at any time?",
            "Members may email officers at any time, but should not expect officers to reply at weekends.",
            "yes",
        ),
    ],
)
def test_what_the_asker_should_not_expect_to_do_is_a_doubt_on_doing_it(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_sat_and_sun_are_days_only_where_they_name_one():
    from assistant.verdict import content_words

    assert "weekend" in content_words("can i ring the clerk on sat?")
    assert "weekend" in content_words("is it ok to text her sun morning?")
    assert "weekend" not in content_words("a member who sat on the planning committee")
    assert "weekend" not in content_words("can we put the gazebo up if the sun is out?")


_PUBLIC_MEETING_BEFORE = (
    "If a local member intends to arrange a public meeting on a matter concerning some aspect of the "
    "Council's work, he/she should inform the Town Clerk. Provided the meeting has not been arranged on a "
    "party political basis:"
)
_MAY_ATTEND = (
    "An officer may attend but is not obliged to do so, and the meeting may be held in Council-owned premises."
)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "the meeting" is the public meeting the clause named before: no answer for a party group's.
        ("can the clerk attend our labour group meeting?", None),
        ("can the clerk come to our party group meeting?", None),
        ("can an officer come to the public meeting i am organising?", "yes"),
    ],
)
def test_the_meeting_is_the_kind_its_clause_named_before(question, verdict):
    assert sentence_verdict(question, _MAY_ATTEND, _PUBLIC_MEETING_BEFORE) == verdict
    # (read alone, the sentence names no kind of meeting)
    assert sentence_verdict(question, _MAY_ATTEND) == "yes"


def test_a_sentence_that_says_the_meeting_refers_back():
    from assistant.verdict import meeting_differs, refers_back

    assert refers_back(_MAY_ATTEND) and refers_back("They should not relay it.")
    assert not refers_back("Officers may attend group meetings.")
    assert meeting_differs("can the clerk attend our tory group meeting?", _MAY_ATTEND, _PUBLIC_MEETING_BEFORE)
    assert not meeting_differs("can the clerk attend our tory group meeting?", _MAY_ATTEND)
    assert not meeting_differs("can the clerk attend our tory group meeting?", "Officers may attend group meetings.")


def test_only_a_party_groups_meeting_against_another_kind_is_no_quote():
    from assistant.verdict import party_meeting_differs

    question = "can the clerk attend our tory group meeting?"
    assert party_meeting_differs(question, _MAY_ATTEND, _PUBLIC_MEETING_BEFORE)
    assert party_meeting_differs("can the clerk come to my public meeting?", "Officers may attend group meetings.")
    # (criticism "at a meeting of the Council" is near enough to quote for a committee meeting)
    criticism = "Public criticism of a named Officer, whether at a meeting of the Council or in the media, is damaging."
    assert not party_meeting_differs("can i criticise the officer's report at the committee meeting?", criticism)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("can i use the council photocopier for my party leaflets?", "no"),
        ("can i print my campaign leaflets on the council printer?", "no"),
        # the purpose the question sets aside is not its purpose
        ("can i use the council photocopier for a residents' newsletter - nothing to do with my party?", None),
        ("can i use the council printer for the flood group's posters, not for my campaign?", None),
    ],
)
def test_a_purpose_the_question_sets_aside_is_not_asked(question, verdict):
    context = "The Council can provide members with services such as typing, printing and photocopying."
    rule = (
        "They should not be used for private purposes or in connection with party political or campaigning activities."
    )
    assert sentence_verdict(question, rule, context) == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # what the question asks is to leave; giving factual information is its situation
        (
            "officer here: i was invited to give factual info to a party group but it has turned into election "
            "tactics. can i just get up and leave?",
            None,
        ),
        # ... but "it" is what the situation told: the gift
        ("hoxley clerk here - one of the cllrs wants to give me a bottle of wine, can I take it?", "no"),
    ],
)
def test_a_shared_concept_is_in_what_is_asked(question, verdict):
    rules = {
        None: "Officer support will not extend beyond providing factual information or professional advice.",
        "no": "The Clerk may not accept any gift from a councillor.",
    }
    assert sentence_verdict(question, rules[verdict]) == verdict


def test_an_exception_after_a_colon_is_an_exception():
    """ "..., with one exception: the Chief Executive ... may attend ...": the prohibition is no plain
    No for what the exception may cover, as with "except that"."""
    rule = (
        "Officers do not attend meetings of political groups, with one exception: the Chief Executive and the "
        "Chief Finance Officer may attend a group meeting to give a briefing on the draft annual budget."
    )
    assert sentence_verdict("can the chief exec come to our group meeting to brief us on the budget?", rule) is None
    assert (
        sentence_verdict(
            "can the chief exec come to our group meeting to brief us on the budget?",
            rule.replace(", with one exception:", ", except that"),
        )
        is None
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the asker is the author whose choice the exception is
        ("should i copy other councillors into my emails with the clerk?", None),
        ("can i copy another councillor into my email to the clerk?", None),
        # ... not the officer holding someone else's email
        ("clerk here - can i copy a councillor's email to me to the other councillors?", "no"),
    ],
)
def test_an_exception_for_the_authors_own_choice_is_the_askers_when_they_wrote_it(question, verdict):
    rule = (
        "Correspondence between an individual member and an officer should not be copied to another member "
        "unless the author expressly intends and states that this is the case or consents."
    )
    assert sentence_verdict(question, rule) == verdict


def test_between_meetings_is_outside_a_meeting():
    rule = "The Town Mayor has no management role over staff and cannot instruct the Town Clerk outside a meeting."
    assert sentence_verdict("can the mayor tell the clerk what to do between meetings?", rule) == "no"
    assert sentence_verdict("can the mayor instruct the clerk?", rule) is None  # (at a meeting, the rule says nothing)


def test_roles_named_in_the_plural_are_roles():
    from assistant.verdict import roles_in_order

    assert roles_in_order("Committee chairmen may not change officer reports.")[0] == "member"
    assert roles_in_order("Group leaders must not instruct officers.")[0] == "member"
    # (chairs to sit on are no role, and a committee's name stays a word of what is asked)
    assert roles_in_order("Officers will put the chairs out.") == ["officer"]


def test_a_thing_used_for_a_purpose_is_not_the_staff_of_staff_time():
    from assistant.verdict import choose_verdict

    before = "Council equipment, the Town Hall, printing and staff time are for Council business only."
    rule = "They must not be used for party political or personal purposes."
    found = choose_verdict(
        "can i use the town hall printer for my party newsletter?", [rule, before], {rule: before}, {rule: before}
    )
    assert found is not None and found.answer == "no"


def test_a_party_groups_meeting_said_in_other_ways():
    from assistant.verdict import meeting_kinds, refers_back

    assert meeting_kinds("can the clerk attend our labour group's meeting?") == {"group"}
    assert meeting_kinds("can the clerk come to a meeting of the labour group?") == {"group"}
    assert meeting_kinds("a meeting of the working group") == {"working group"}
    assert not refers_back("Any councillor may book the meeting room through the Town Clerk.")
    for question in (
        "can the clerk attend our labour group's meeting?",
        "can the clerk come to a meeting of the labour group?",
    ):
        assert sentence_verdict(question, _MAY_ATTEND, _PUBLIC_MEETING_BEFORE) is None


def test_the_meeting_is_the_kind_named_nearest_before_it():
    before = (
        "Group meetings are private to the group. "
        "If a member arranges a public meeting in their ward, they should tell the Clerk."
    )
    assert sentence_verdict("can an officer come to our labour group meeting?", _MAY_ATTEND, before) is None


def test_an_exception_report_is_no_exception():
    rule = "Members may ask the Finance Officer for help with an exception report."
    assert sentence_verdict("can i ask the finance officer for help with an exception report?", rule) == "yes"


def test_another_councils_permission_of_the_asked_act_leaves_no_single_no():
    from assistant.verdict import Verdict, councils_differ

    question = "its gone 8pm and the stage power has gone. can i ring the duty officer on the events phone?"
    no = Verdict("no", "Councillors should not ring or text officers outside office hours.")
    events = "During Town Council events, councillors may contact the duty officer on the events phone at any time."
    assert councils_differ(question, no, [events])
    # (a permission of another act is no difference: "may meet the Town Clerk before a meeting")
    chair = "as chair of the licensing committee can I make a decision for the committee between meetings?"
    briefing = "The Mayor and committee chairs may meet the Town Clerk before a meeting to go through the agenda."
    assert not councils_differ(chair, Verdict("no", "A chair has no power to make a decision."), [briefing])
    # (nor when the asker means to do it unsaid, outside any terms)
    bcc = "can i quietly bcc another councillor on my reply without the first one knowing?"
    copy = "The officer may copy the reply to the councillors for that ward after letting the original councillor know."
    assert not councils_differ(bcc, Verdict("no", "Correspondence should not be copied."), [copy])


def test_a_weekend_rule_says_nothing_of_a_weekday():
    rule = (
        "Councillors must not contact the Clerk at weekends or on bank holidays unless there is an emergency, "
        "for example a dangerous tree in the churchyard or damage to the bus shelter on Aldercott Green."
    )
    # (the council's name shares a word with the rule's example: no evidence of a weekend)
    assert sentence_verdict("aldercott - can i phone the clerk at 11am on a tuesday?", rule) is None
    assert sentence_verdict("aldercott - can i phone the clerk on tuesday evening?", rule) is None
    assert sentence_verdict("aldercott - can i phone the clerk on a saturday?", rule) == "no"


def test_an_office_job_title_is_no_visit_to_the_office():
    rule = (
        "Members may not post on the Council's own social media accounts, which are managed by the Office "
        "Administrator."
    )
    assert sentence_verdict("poltrayne - can i criticise the office administrator on poltrayne matters?", rule) is None


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # speaking for oneself is no case of a rule on statements in the Council's name
        ("can i talk to the press about a council decision?", None),
        ("can i speak to the press on behalf of the council?", "no"),
        ("little ousebury cllr - can I sign a letter on the councils behalf while the clerk is away?", "no"),
    ],
)
def test_a_rule_on_acting_in_the_councils_name(question, verdict):
    rules = {
        "press": "Members must not issue press statements in the name of the Council unless the Council has agreed it.",
        "letter": "Cllrs must not sign letters in the Council's name.",
    }
    rule = rules["letter"] if "letter" in question else rules["press"]
    assert sentence_verdict(question, rule) == verdict


def test_to_whom_a_rule_acts_is_no_part_of_what_it_acts_on():
    rule = (
        "Officers will not disclose personal information about a constituent to a ward Member unless the "
        "constituent has consented or the law allows it."
    )
    # ("my ward" shares a word with "a ward Member", the one told: no case of personal information)
    assert sentence_verdict("do officers have to tell me about things happening in my ward?", rule) is None
    assert sentence_verdict("can officers tell a ward member about a constituent's personal details?", rule) == "no"


def test_an_emergency_rule_with_examples_the_question_may_be_telling_of():
    rule = (
        "Outside working hours councillors may call the duty phone only for an emergency affecting council "
        "property, such as a break-in at the Guildhall or flooding at the cemetery lodge."
    )
    # a door forced is a break-in: the rule's own case
    assert (
        sentence_verdict(
            "its 10pm and the back door of the guildhall has been forced - can i ring the duty phone?", rule
        )
        == "yes"
    )
    # the place the examples name, but no emergency told: not plainly outside the rule's case
    assert (
        sentence_verdict("its 10pm and i need to ask about a guildhall booking - can i ring the duty phone?", rule)
        is None
    )
    assert sentence_verdict("its 10pm and i want to chase my casework - can i ring the duty phone?", rule) == "no"


def test_what_is_done_every_time_is_the_case_not_the_act_asked():
    rule = "Councillors should email their requests to the Clerk, and requests do not need to be copied to the Chair."
    # (the question asks about copying the chair in; sending requests to the clerk is when)
    assert (
        sentence_verdict("thornby cllr. do i have to copy the chair in every time i email the clerk a request?", rule)
        is None
    )
    assert (
        sentence_verdict("thornby cllr. do i have to copy the chair in whenever i email the clerk a request?", rule)
        is None
    )
    assert sentence_verdict("should i email my requests to the clerk?", rule) == "yes"


def test_refusing_to_do_so_is_refusing_what_the_part_before_names():
    rule = (
        "Party groups have no power to require the Clerk to attend group meetings or to prepare written reports "
        "for them, and the Clerk can legitimately refuse to do so."
    )
    assert sentence_verdict("can the clerk refuse to come to our group meeting?", rule) == "yes"
    assert sentence_verdict("can the clerk refuse to help me with my casework?", rule) is None
    assert sentence_verdict("is the clerk allowed to refuse to do work for just one councillor?", rule) is None


def test_a_meeting_with_residents_is_no_party_groups_meeting():
    rule = (
        "The Clerk has the right to refuse such requests but will not attend a meeting of a party group where "
        "some of those attending are not councillors."
    )
    assert sentence_verdict("can the clerk refuse to attend a meeting i've called with residents?", rule) is None
    assert sentence_verdict("can the clerk refuse to attend our party group meeting?", rule) == "yes"


def test_going_to_the_pub_is_no_attending_a_meeting():
    context = "If a councillor arranges a public meeting about the Council's work, they should tell the Clerk."
    rule = "An officer may attend but is not obliged to do so, and the meeting may be held in the Council's hall."
    assert sentence_verdict("is it ok for the clerk to go to the pub after a meeting?", rule, context) is None
    assert sentence_verdict("can the clerk go to the christmas party with councillors?", rule, context) is None
    assert sentence_verdict("can an officer come to a public meeting i've arranged?", rule, context) == "yes"


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        # keeping something confidential is the opposite of disclosing it: a may-I question is not
        # answered by a rule against disclosing; a must-I one is
        (
            "can i ask an officer to keep my enquiry confidential?",
            "Members must not disclose confidential information they receive as Members.",
            None,
        ),
        (
            "do i have to keep confidential what the clerk told me in the closed session?",
            "Members must not disclose confidential information they receive as Members.",
            "yes",
        ),
        # bringing papers is the opposite of taking them away
        (
            "can i call at the office to drop off some papers?",
            "Councillors must not take files or papers away from the office without the Clerk's agreement.",
            None,
        ),
        (
            "can i take some files away to read at home?",
            "Councillors must not take files or papers away from the office without the Clerk's agreement.",
            "no",
        ),
        # being copied in oneself is not being copied to other councillors
        (
            "should officers copy me into emails about my ward?",
            "Officers will not copy the reply to other councillors for the ward unless the enquirer agrees.",
            None,
        ),
        # asking someone out is no "carry out"
        (
            "is it ok to ask a member of staff out on a date?",
            "A councillor should not ask a junior officer to carry out work without the knowledge of their manager.",
            None,
        ),
    ],
)
def test_opposite_acts_and_other_recipients(question, rule, verdict):
    assert sentence_verdict(question, rule) == verdict


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        # what the Council as a body may do is not answered by a rule on the Clerk
        (
            "can the council reject the clerk's recommendation?",
            "The Clerk can reject a recommendation.",
            None,
        ),
        # a rule sending a concern to one person does not answer whether to send it to another
        (
            "should a councillor put a concern about the clerk in writing to the mayor?",
            "If the concern is about the Clerk, the councillor should put it in writing to the chair of the "
            "Staffing Committee.",
            None,
        ),
        (
            "should i put a concern about the clerk in writing to the chair of the staffing committee?",
            "If the concern is about the Clerk, the councillor should put it in writing to the chair of the "
            "Staffing Committee.",
            "yes",
        ),
        # a grade of a post the rule names only without it
        (
            "do councillors get involved in appointing assistant directors?",
            "Councillors are involved in the appointment of the Chief Executive and Directors.",
            None,
        ),
        (
            "do councillors get involved in appointing directors?",
            "Councillors are involved in the appointment of the Chief Executive and Directors.",
            "yes",
        ),
        # the Council's own agreement, named as "its", meets "without its agreement"
        (
            "can i commit the council to something at an outside body if the council has agreed it?",
            "Councillors on outside bodies must not commit the Council to any course of action without its agreement.",
            None,
        ),
        (
            "can i commit the council to something at an outside body?",
            "Councillors on outside bodies must not commit the Council to any course of action without its agreement.",
            "no",
        ),
        # a permission for a narrowed kind of request says nothing of others
        (
            "can the clerk refuse a councillor's request to send a letter?",
            "The Clerk is entitled to refuse a request from a member which would require the Clerk to act "
            "unlawfully or to spend money that the Council has not approved.",
            None,
        ),
        (
            "can the clerk refuse a request to spend money the council hasn't approved?",
            "The Clerk is entitled to refuse a request from a member which would require the Clerk to act "
            "unlawfully or to spend money that the Council has not approved.",
            "yes",
        ),
        # ... nor a prohibition on requests that take up much time of a quick question
        (
            "can i ask a junior officer a quick question?",
            "Members should not go directly to junior officers with requests which would take up a significant "
            "amount of their time.",
            None,
        ),
        # what is within a limit is not what goes beyond it
    ],
)
def test_whose_act_which_route_which_post_and_what_case(question, rule, verdict):
    assert sentence_verdict(question, rule) == verdict


def test_a_rule_for_public_or_for_acting_alone_says_nothing_of_private_or_together():
    public = "The Code prohibits councillors raising the conduct or capability of employees in public."
    assert sentence_verdict("can members raise an officer's conduct in a private meeting?", public) is None
    assert sentence_verdict("can members raise an officer's conduct at a public meeting?", public) == "no"
    alone = "The Chair should not attempt to deal with grievances or line management issues on their own."
    assert sentence_verdict("can the chair deal with the clerk's grievance as part of the HR panel?", alone) is None
    assert sentence_verdict("can the chair deal with the clerk's grievance?", alone) == "no"


def test_another_council_telling_of_officers_who_attend_leaves_no_single_no():
    from assistant.verdict import Verdict, councils_differ

    no = Verdict("no", "Officers will not attend party group meetings.")
    other = (
        "Officers cannot be required to attend party group meetings. Those who do attend will not stay for any "
        "discussion of party political matters."
    )
    assert councils_differ("can officers attend party group meetings?", no, [other])
    # (attendance at another kind of meeting is no case of it)
    public = "Those who do attend a public meeting arranged by a ward member will not speak for the Council."
    assert not councils_differ("can officers attend party group meetings?", no, [public])


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        # a right to see papers is no right to take them home
        (
            "can i take original council documents home to read?",
            "Members are entitled to see any Council document which they need to carry out their duties.",
            None,
        ),
        (
            "can i take original council documents home to read?",
            "Councillors must not take original documents away from the office.",
            "no",
        ),
        # what someone outside the council may do is no case of a rule on staff
        (
            "can a journalist phone the clerk directly?",
            "Staff must not speak to journalists about Council business unless the Clerk has authorised them.",
            None,
        ),
        (
            "can the clerk speak to a journalist about council business?",
            "Staff must not speak to journalists about Council business unless the Clerk has authorised them.",
            "no",
        ),
        # a rule for the members a relative clause picks out is no rule for every member
        (
            "do members take part in recruiting the deputy clerk?",
            "A councillor who is related to, or a close friend of, an applicant must declare it and take no part "
            "in the appointment.",
            None,
        ),
        (
            "my nephew has applied for the deputy clerk job - can i sit on the interview panel?",
            "A councillor who is related to, or a close friend of, an applicant must declare it and take no part "
            "in the appointment.",
            "no",
        ),
    ],
)
def test_seeing_is_not_taking_outsiders_and_the_few_a_rule_picks_out(question, rule, verdict):
    assert sentence_verdict(question, rule) == verdict


def test_a_rule_for_what_takes_more_than_a_time_says_nothing_of_less():
    rule = "Where a request would take more than an hour of staff time, the Clerk may refer it to the next meeting."
    assert sentence_verdict("clerk here - can I refer a 20 minute request to the next meeting?", rule) is None
    assert (
        sentence_verdict("clerk here - can I refer a request that will take 3 hours to the next meeting?", rule)
        == "yes"
    )


def test_a_limit_beyond_what_others_may_have_leaves_what_they_may_have():
    rule = (
        "Political assistants are officers but are not bound by the rules on political neutrality. They may not, "
        "however, have access to confidential information beyond what their group members are entitled to."
    )
    asked = "can the political assistant see confidential information that the group members are entitled to?"
    assert sentence_verdict(asked, rule) is None


def test_officers_who_choose_to_attend_leave_a_must_question_its_no():
    from assistant.verdict import Verdict, councils_differ

    no = Verdict("no", "Party political groups have no power to require the Clerk to attend group meetings.")
    other = "The duration of an officer's attendance at a party group meeting will be at the discretion of the group."
    assert not councils_differ("Must the Clerk attend a party group meeting?", no, [other])
    assert councils_differ(
        "Can the clerk attend a party group meeting?",
        Verdict("no", "Officers will not attend party group meetings."),
        [other],
    )


def test_being_forced_to_do_something_is_no_break_in():
    rule = "Councillors should telephone the Clerk outside office hours only in a genuine emergency."
    asked = "the office locks were changed so i was forced to work from home - can i ring the clerk this evening?"
    assert sentence_verdict(asked, rule) == "no"
    assert sentence_verdict("the door of the hall has been forced - can i ring the clerk this evening?", rule) == "yes"


def test_an_annual_community_meeting_is_no_public_meeting_a_councillor_arranges():
    context = "If a councillor arranges a public meeting about the Council's work, they should tell the Clerk."
    rule = "An officer may attend but is not obliged to do so, and the meeting may be held in the Council's hall."
    assert sentence_verdict("can an officer come to the annual community meeting?", rule, context) is None
    asked = "can an officer come to the village hall for the public meeting i've arranged?"
    assert sentence_verdict(asked, rule, context) == "yes"


def test_a_right_to_look_beside_a_ban_on_removing_still_answers_removing():
    rule = (
        "Councillors may look at the Council's records in the office by appointment, but must not remove any documents."
    )
    assert sentence_verdict("can I remove documents from the office?", rule) == "no"


def test_a_rule_on_reporting_emergencies_answers_only_a_question_that_tells_of_one():
    rule = (
        "Outside office hours Members should report emergencies such as flooding, dangerous structures or "
        "homelessness to the Council's out-of-hours line on 01632 960 900."
    )
    # a cancelled ferry is no emergency the question tells of, and the line's name ("the emergency
    # line") tells of none either
    asked = "ferry's been cancelled again tonight with no warning - should i phone the council emergency line about it?"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("the ferry is cancelled tonight, should i phone the out of hours line?", rule) is None
    assert (
        sentence_verdict("the river has flooded the high street tonight - should i phone the emergency line?", rule)
        == "yes"
    )
    assert (
        sentence_verdict("a wall is about to fall, it's dangerous - should i ring the out of hours line?", rule)
        == "yes"
    )
    # an exception for emergencies is another rule: its No stands for a question that tells of none
    ban = "Councillors should not contact officers at weekends except in an emergency."
    assert sentence_verdict("can i text the clerk on saturday about the agenda?", ban) == "no"
    assert sentence_verdict("a tree has fallen across the lane - can i text the clerk on saturday?", ban) == "yes"
    assert sentence_verdict("can i call the clerk on the emergency mobile on saturday about the agenda?", ban) == "no"


def test_a_general_permission_beside_a_rule_that_lets_only_some_do_it_is_no_plain_yes():
    from assistant.verdict import excepted

    general = "A political group may ask for an officer to brief it on Council business."
    only = "Only the Chief Executive, Directors and the Monitoring Officer may be asked to brief a political group."
    asked = "our group at wenmoor wants the head of leisure to come and brief us on the pool closure - can we ask them?"
    assert sentence_verdict(asked, general) == "yes"
    assert excepted(asked, Verdict("yes", general), [general, only])
    # one of those the rule lets do it: the Yes stands
    for named in (
        "can our group ask the chief executive to brief us?",
        "can our group ask the director of housing to brief us?",
    ):
        assert not excepted(named, Verdict("yes", general), [general, only])
    # (a rule on another act, and a No, are not narrowed by it)
    other = "Only the Clerk may sign cheques."
    assert not excepted(asked, Verdict("yes", general), [general, other])
    ban = "Officers must not brief a political group during the pre-election period."
    assert not excepted("can officers brief our group in the pre-election period?", Verdict("no", ban), [ban, only])


def test_a_limit_of_a_number_of_things_is_no_answer_to_a_question_that_counts_them():
    rule = "On top of the budget briefing, each political group may ask for up to four officer briefings a year."
    asked = "we've had our four officer briefings and the budget one this year, can our group get another one?"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("we have had 4 briefings already this year, can we ask for one more?", rule) is None
    # a question that restates the limit counts nothing
    assert sentence_verdict("can each group have up to four briefings a year?", rule) == "yes"


def test_the_clerks_own_rule_does_not_answer_for_an_assistant_or_deputy_clerk():
    rule = (
        "The Clerk may accept a small token of thanks from a resident worth up to £20, and must record it in the "
        "gifts register."
    )
    assert (
        sentence_verdict("can the assistant clerk accept a £15 thank you present from a resident? pennyfold", rule)
        is None
    )
    assert sentence_verdict("is the deputy clerk allowed to accept a £10 gift from a resident?", rule) is None
    assert sentence_verdict("can the clerk accept a £15 thank you present from a resident? pennyfold", rule) == "yes"


def test_a_rule_on_asking_for_a_thing_or_on_one_way_of_contact_answers_neither_using_it_nor_another_way():
    rule = (
        "Councillors must not ask staff for their personal mobile numbers or contact them through personal social "
        "media accounts."
    )
    # she gave the number herself: texting on it is neither asking for it nor social media
    assert (
        sentence_verdict("the deputy clerk gave me her personal mobile number herself, can i text her on it?", rule)
        is None
    )
    assert sentence_verdict("can i ask the clerk for her personal mobile number?", rule) == "no"
    assert sentence_verdict("can i get the clerk's personal mobile number?", rule) == "no"
    social = "Councillors must not contact staff through personal social media accounts."
    assert sentence_verdict("can i text the clerk on her personal mobile?", social) is None
    assert sentence_verdict("can i contact the clerk through facebook?", social) == "no"
    assert sentence_verdict("can i contact the clerk on social media?", social) == "no"


def test_what_a_job_applicant_may_do_is_not_answered_by_a_rule_on_councillors_related_to_one():
    rule = (
        "A councillor who is related to an applicant for a post with the Council, or has a close personal "
        "relationship with an applicant, must declare this and must not take part in any decision about the "
        "appointment."
    )
    assert sentence_verdict("can a job applicant contact councillors about their application?", rule) is None
    assert sentence_verdict("my niece has applied for the clerk's job, can i sit on the interview panel?", rule) == "no"


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        # asking someone for a thing: a question that asks for it in other words still asks
        ("can i contact the monitoring officer for advice before the meeting?",
         "Members may ask the Monitoring Officer for advice before any meeting.", "yes"),
        ("can i phone the planning officer for an update on an application in my ward?",
         "Members may ask officers for updates on applications in their ward.", "yes"),
        # ... and asking someone to do something is no asking for a thing
        ("can i make an officer canvass for me?", "Members must not ask officers to canvass for them.", "no"),
        # a team or an officer named for emergencies is no emergency reported
        ("can i contact the emergency planning team directly?",
         "Members may contact the emergency planning team directly.", "yes"),
        ("can i contact the emergency planning officer?",
         "Members should not contact the emergency planning officer directly.", "no"),
        ("can i ring the duty officer out of hours?",
         "Members may ring the emergency duty officer out of hours.", "yes"),
        # a count of the thing limited, not any number or "another" in the question
        ("can i bring a guest who lives in another ward to the civic reception?",
         "Members may bring up to two guests to the civic reception.", "yes"),
        ("i've already said i'm coming, can i bring a guest to the civic reception?",
         "Members may bring up to two guests to the civic reception.", "yes"),
        ("can i have more than two guests at the civic reception?",
         "Members may bring up to two guests to the civic reception.", None),
        # every platform on both sides
        ("can i contact the clerk on instagram?", "Members must not contact officers through social media.", "no"),
        ("can i contact the clerk through twitter?", "Members must not contact officers through social media.", "no"),
    ],
)  # fmt: skip
def test_a_review_of_the_thirty_fifth_sessions_checks(question: str, sentence: str, verdict: str | None) -> None:
    assert sentence_verdict(question, sentence) == verdict


def test_only_some_doing_another_thing_narrows_no_permission():
    from assistant.verdict import excepted

    general = "Members may ask officers for factual information about their ward."
    only = "Only the Leader may ask officers to prepare a policy report."
    asked = "can i ask an officer for factual information about my ward?"
    assert not excepted(asked, Verdict("yes", general), [general, only])


def test_a_duty_with_another_way_to_meet_it_makes_neither_way_a_must():
    rule = (
        "Members must return pink papers to the Democratic Services officer at the close of the meeting or shred "
        "them securely at home."
    )
    assert sentence_verdict("oxenmere - do i have to hand my pink papers back at the end of the meeting?", rule) is None
    assert sentence_verdict("must i shred my pink papers?", rule) is None
    # (one duty to one of two people is still a duty)
    assert (
        sentence_verdict(
            "do i have to report a gift to the clerk?",
            "Members must report any gift over £25 to the Clerk or the Chair.",
        )
        == "yes"
    )


def test_a_condition_naming_who_is_not_there_is_not_named_by_whoever_asks():
    rule = (
        "Officers will not attend a group meeting when people who are not Members or political assistants are present."
    )
    asked = "can any mardenshire officer come to our group meeting if the group leader asks?"
    assert sentence_verdict(asked, rule) is None
    activists = "can officers come to our group meeting if some party activists who aren't councillors are there?"
    assert sentence_verdict(activists, rule) == "no"


def test_a_rule_for_other_councillors_does_not_answer_for_an_office_holder():
    rule = "Other councillors should not ask the Civic Officer to arrange private functions for them."
    asked = "can the deputy mayor ask the civic officer to sort the mayor's engagements? sallowfield"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("can i ask the civic officer to arrange a private party for me?", rule) == "no"


def test_a_fact_with_the_way_it_does_not_go_is_no_plain_answer_either_way():
    rule = (
        "A complaint that a councillor has broken the Code of Conduct is made to the Public Services Ombudsman "
        "for Wales, not to the Council."
    )
    asked = "code of conduct complaint about a bryncadwy cllr - does it go to the public services ombudsman?"
    assert sentence_verdict(asked, rule) is None
    # (the way it does not go, named: No, as "... and not from any individual Cllr" says)
    assert sentence_verdict("does a code of conduct complaint go to the council?", rule) == "no"


def test_an_election_named_only_as_a_time_is_not_what_is_asked():
    rule = "Staff will not help with election material, leaflets or party campaigns."
    asked = "can mardleton staff put out a press release with me in it two months before the election"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("can staff help with my election leaflets?", rule) == "no"
    assert sentence_verdict("can staff help with my leaflets before the election?", rule) == "no"


def test_a_rule_on_groups_does_not_answer_for_members_in_none():
    rule = "A briefing given to one group will be offered on the same terms to all other groups."
    asked = "stannerley - independent members arent in a group, do they get offered the same group briefings"
    assert sentence_verdict(asked, rule) is None
    assert sentence_verdict("if one group gets a briefing, will the other groups be offered the same?", rule) == "yes"
    # (a rule for members in no group is theirs)
    from assistant.verdict.people import _not_in_a_group

    own = "A councillor who is not a member of any group may ask for a separate briefing."
    assert not _not_in_a_group("im not in any political group - can i ask for my own briefing?", own)
    assert _not_in_a_group(asked, rule)


def test_a_sum_asked_of_a_rule_whose_limit_leaves_it_undecided_gets_no_verdict():
    # (adversarial probe 16: "more than £25" read as "£25 or more")
    decline = "Employees must decline any gift worth more than £25 and record the offer with their Head of Service."
    assert sentence_verdict("does an employee have to turn down a gift worth £25?", decline) is None
    tell = "Staff must tell the Clerk about any gift or hospitality worth more than £25 that they are offered."
    assert sentence_verdict("a member of staff was offered a £25 lunch, do they have to tell the clerk?", tell) is None
    # ("under £10 ... anything worth more": exactly £10 is on neither side)
    both = "The Clerk may accept gifts of nominal value under £10, and must decline anything worth more."
    assert sentence_verdict("can the clerk keep a gift worth exactly £10?", both) is None
    assert sentence_verdict("can the clerk keep a gift worth £12?", both) == "no"
    assert sentence_verdict("can the clerk keep a gift worth £5?", both) == "yes"
    # (a sum wholly on the rule's side leaves the rule to answer)
    register = "Councillors must register gifts and hospitality with an estimated value over £50 within 28 days."
    assert sentence_verdict("do we have to register gifts over £50?", register) == "yes"


def test_a_rule_for_the_duty_officer_does_not_answer_for_the_clerk():
    rule = "During council events, councillors may contact the duty officer on the events phone at any time."
    assert sentence_verdict("can I call the town clerk at 9pm about the event tomorrow?", rule) is None
    assert sentence_verdict("can i ring the duty officer on the events phone during the fun day?", rule) == "yes"


def test_a_route_for_complaints_about_staff_does_not_answer_for_a_complaint_about_the_one_it_goes_to():
    rule = "A councillor who has a complaint about a member of staff should raise it with the Town Clerk."
    assert (
        sentence_verdict("i have a complaint about the town clerk, should i raise it with the town clerk?", rule)
        is None
    )
    assert (
        sentence_verdict("i have a complaint about the caretaker, should i raise it with the town clerk?", rule)
        == "yes"
    )


def test_a_rule_below_a_level_does_not_answer_for_that_level():
    rule = "Members must not give instructions to officers below the level of Head of Service."
    assert (
        sentence_verdict("as a cabinet member can i give an instruction straight to a head of service?", rule) is None
    )
    assert sentence_verdict("can i give instructions to a junior planning officer?", rule) == "no"
    # (a level the question names only in its condition)
    known = (
        "Executive Members must not give instructions to officers below the level of Corporate Director without "
        "the knowledge of the relevant Corporate Director."
    )
    asked = "can an executive member instruct a head of service without the corporate director knowing?"
    assert sentence_verdict(asked, known) == "no"


def test_a_rule_naming_an_office_does_not_answer_for_its_deputy():
    rule = "Neither the Mayor nor the chair of any committee may instruct a member of staff."
    assert sentence_verdict("can the deputy mayor instruct a member of staff directly?", rule) is None
    assert sentence_verdict("can the mayor instruct a member of staff directly?", rule) == "no"
    # (a sentence that names the deputy too is theirs as well)
    from assistant.verdict.people import _deputy_for_the_office

    both = "The Chair and the Vice-Chair may sign cheques with the Clerk."
    assert not _deputy_for_the_office("can the vice chair sign cheques with the clerk?", both)
    assert _deputy_for_the_office("can the vice chair sign cheques?", "The Chair may sign cheques with the Clerk.")


def test_a_general_permission_beside_a_prohibition_narrowed_to_the_asked_case_is_no_plain_yes():
    from assistant.verdict import excepted

    # (fresh45's one wrong verdict, blind)
    general = 'Members may see any Council document that they need to carry out their role (the "need to know" test).'
    narrowed = (
        "A Member must not ask for, or see, information about a matter in which they have a disclosable "
        "pecuniary interest."
    )
    asked = "can I see the papers on an item where i have a DPI"
    assert excepted(asked, Verdict("yes", general), [general, narrowed])
    assert not excepted("can I see the papers on the budget item?", Verdict("yes", general), [general, narrowed])
    # (one word shared by chance narrows nothing: "use" in a ban on party meetings)
    room = "Councillors may book the small meeting room for ward surgeries free of charge."
    party = "Councillors must not use the meeting rooms for party political meetings at any time."
    assert not excepted("can I use the small meeting room for my ward surgery?", Verdict("yes", room), [room, party])


def test_a_limit_with_its_other_side_declined_in_the_passive_still_answers_a_sum():
    rule = (
        "Staff may accept small tokens of appreciation worth no more than £15, and anything of greater value must "
        "be declined politely."
    )
    assert sentence_verdict("can our caretaker accept a bottle of wine worth £12 from a hall user?", rule) == "yes"
    assert sentence_verdict("can staff accept a £20 voucher?", rule) == "no"


def test_the_reviews_cases_for_the_thirty_sixth_sessions_checks():
    from assistant.verdict import excepted
    from assistant.verdict.people import _deputy_for_the_office

    route = "A councillor who has a concern about the conduct of a member of staff should raise it with the Town Clerk."
    assert sentence_verdict("should i raise my complaint about the town clerk with the town clerk?", route) is None
    assert sentence_verdict("i have a complaint about the clerk, should i raise it with the town clerk?", route) is None
    deputy = "i have a complaint about the deputy town clerk, should i raise it with the town clerk?"
    assert sentence_verdict(deputy, route) == "yes"
    level = "Members must not give instructions to officers below the level of Head of Service."
    for below in (
        "can i give instructions to an officer who reports to a head of service?",
        "can i give instructions to someone in the head of service's team?",
        "can i give instructions to staff below head of service level?",
    ):
        assert sentence_verdict(below, level) == "no"
    grade = "Members must not contact staff below the grade of manager about operational matters."
    assert sentence_verdict("can i contact the leisure manager about an operational issue?", grade) is None
    # (the other side allowed on terms: "... anything of greater value must be registered")
    terms = "Members may accept gifts up to £50, and anything of greater value must be registered."
    assert sentence_verdict("can members accept a £60 gift?", terms) is None
    # (a rule for everyone, the Chair included, answers for the vice chair too)
    assert not _deputy_for_the_office(
        "can the vice chair instruct staff directly?",
        "No councillor, including the Chair, may instruct staff directly.",
    )
    assert not _deputy_for_the_office(
        "as chair can i ask the vice chair to take over?", "The Chair may ask another member to preside for an item."
    )
    # (a rule whatever the value, and "duty" as a noun)
    whatever = "The Clerk must not accept gift cards or vouchers, including those worth under £10."
    assert sentence_verdict("can the clerk accept a £10 gift card?", whatever) == "no"
    duty = (
        "Members must respect the duty officers have to stay politically neutral and must not ask them for help with "
        "election material."
    )
    assert sentence_verdict("can i ask the clerk to help me with my election leaflet?", duty) == "no"
    general = 'Members may see any Council document that they need to carry out their role (the "need to know" test).'
    dpi = (
        "A Member must not ask for, or see, information about a matter in which they have a disclosable pecuniary "
        "interest."
    )
    asked = "i have no disclosable pecuniary interest in the allotments item - can i see the papers?"
    assert not excepted(asked, Verdict("yes", general), [general, dpi])
    unless = (
        "Members must not see reports that concern individual members of staff, unless they sit on the Staffing "
        "Committee."
    )
    assert not excepted(
        "can i see the agenda papers for the staffing committee?", Verdict("yes", general), [general, unless]
    )


def test_what_a_rule_acts_on_is_read_past_its_manner_and_the_words_that_qualify_a_role():
    # ("individual employees" are employees; "on their own" is a manner; "any work" is every task)
    assert (
        sentence_verdict(
            "Can the Provost direct an employee to do something?",
            "The Provost, the Leader and the Conveners cannot direct individual employees.",
        )
        == "no"
    )
    assert (
        sentence_verdict(
            "im the chair - can i tell the clerk to get quotes for new benches without a vote?",
            "No councillor, including the Chairman, can instruct the Clerk on their own.",
        )
        == "no"
    )
    any_work = "Members should not ask the Minute Secretary to do any work directly."
    assert sentence_verdict("can I ask our minute secretary to type up a letter for me?", any_work) == "no"
    # (a rule on some work still needs the question to name it)
    some = "Members should not ask the Clerk to do work for their own businesses."
    assert sentence_verdict("can I ask the clerk to type up the agenda?", some) is None


def test_an_exec_member_is_an_executive_member():
    rule = (
        "Executive Members who disagree with an Officer's advice may ask the Corporate Director for a second opinion."
    )
    assert (
        sentence_verdict(
            "exec member here, I don't agree with what an officer advised - can I ask for a second opinion?", rule
        )
        == "yes"
    )
    assert sentence_verdict("can a backbench councillor ask for a second opinion?", rule) is None


def test_a_question_of_what_happens_is_answered_by_its_own_rule_in_a_run_of_rules():
    # (the run's first modal is "should"; the rule on replying is a "will")
    run = "The Clerk should keep a log of every request and will reply within five working days."
    assert sentence_verdict("will the clerk reply within 5 working days?", run) == "yes"
    assert sentence_verdict("will the clerk reply within 3 working days?", run) is None
    assert sentence_verdict("does the clerk keep a log of requests?", run) is None  # (a should says no fact)


def test_either_language_is_addressed_by_a_question_naming_one():
    rule = "The Council works in Welsh and English, and councillors may write to the Clerk in either language."
    assert sentence_verdict("am i ok to email the clerk in welsh?", rule) == "yes"
    assert sentence_verdict("can i email the clerk at the weekend?", rule) is None


def test_a_passive_rule_with_a_role_as_its_agent_is_that_roles_rule():
    rule = "Staff will not be contacted by councillors after 7pm, before 8am or at weekends."
    assert sentence_verdict("ok to text one of the staff at 9pm about tomorrows meeting?", rule) == "no"
    # (the other way round, and an agent narrowed to some of them, say nothing)
    assert sentence_verdict("can staff contact councillors after 7pm?", rule) is None
    assert not subject_rules("Councillors may be approached by officers who live in their ward about a matter.")


def test_the_second_reviews_cases_give_no_verdict():
    cases = [
        # (a group's meetings "and" what they do there is a limit on what they do there)
        (
            "can the clerk come to our group to help draft a press release attacking the other party?",
            "The Clerk may attend group meetings and advise on council procedure.",
        ),
        # (a run's other rule sets the scope of the asked one)
        (
            "will the clerk reply to residents within 5 days?",
            "The Clerk should keep a log of members' enquiries and will reply within five working days.",
        ),
        (
            "will the clerk publish the agenda a week before the meeting?",
            "The Clerk should prepare the agenda and will publish it three clear days before the meeting.",
        ),
        # ("an exec member of the chamber of trade" holds no council office)
        (
            "as an exec member of the local chamber of trade, can i take part in the town centre debate?",
            "Executive members may take part in debates on their portfolio.",
        ),
        # ("on their own" is the rule's case unless it is on whose authority)
        ("can i speak to the clerk after the meeting?", "Members should not speak to the Clerk on their own."),
        # ("any language" is no language of the two; a question asking more is not answered by the first half)
        ("can i use welsh in the meeting?", "Members must not use any language which is abusive or offensive."),
        (
            "can i write to the clerk in welsh and expect a reply the same day?",
            "The Council works in Welsh and English, and councillors may write to the Clerk in either language.",
        ),
    ]
    for question, sentence in cases:
        assert sentence_verdict(question, sentence) is None, question


def test_a_rule_on_doing_a_thing_alone_or_by_one_agent_does_not_answer_another_case():
    # (the second review's pre-existing wrong verdicts)
    alone = "Members should not visit an application site on their own."
    assert sentence_verdict("can i go on the site visit?", alone) is None
    assert sentence_verdict("can i visit the application site on my own?", alone) == "no"
    meet = "Members should not meet applicants on their own."
    assert sentence_verdict("can i meet the applicant with the planning officer there?", meet) is None
    agent = "Complaints will be investigated by the Monitoring Officer."
    assert sentence_verdict("will my complaint be investigated by the clerk?", agent) is None
    assert sentence_verdict("will my complaint be investigated by the monitoring officer?", agent) == "yes"


def test_a_rule_on_staffs_performance_says_nothing_of_the_councils():
    rule = "Members must not comment in public on individual employees' performance."
    assert sentence_verdict("can i comment on the council's performance in public?", rule) is None
    assert sentence_verdict("can i comment on an employee's performance in public?", rule) == "no"


def test_a_fact_about_the_deputy_clerk_is_no_fact_about_the_clerk():
    # (adversarial probe 17's one wrong verdict, on the session's final code)
    fact = "The Deputy Town Clerk is the Responsible Financial Officer and deputises for the Town Clerk during absence."
    assert sentence_verdict("sedgebury tc - is the town clerk the responsible financial officer?", fact) is None
    assert sentence_verdict("is the deputy clerk the responsible financial officer?", fact) == "yes"


def test_a_protocols_will_is_a_duty_of_the_other_side_for_a_question_of_what_they_have_to_do():
    rule = (
        "Employees will acknowledge an enquiry within three working days and give a full reply within fifteen "
        "working days."
    )
    assert sentence_verdict("do officers have to acknowledge my enquiry within 3 working days?", rule) == "yes"
    assert sentence_verdict("do officers have to acknowledge my enquiry within 1 working day?", rule) is None
    # (no duty of the asker's: "will I have to wait longer?" is a question of fact)
    welsh = (
        "A councillor who writes to the Clerk in Welsh will receive a reply in Welsh, within the same time as a "
        "reply in English."
    )
    assert sentence_verdict("if I write to the clerk in welsh will I have to wait longer for an answer?", welsh) is None


def test_a_will_answers_have_to_only_for_the_same_verb():
    # (the read sets' one new wrong verdict from the first version: turning up is not inviting)
    invite = (
        "Officers arranging a public meeting or event in a ward will invite the Ward Members, and will tell them "
        "about it before it is announced."
    )
    asked = "does an officer have to turn up to a public meeting a ward cllr has arranged?"
    assert sentence_verdict(asked, invite) is None


# Adversarial probe 18's five wrong verdicts (on bae4615), each beside the case the rule does answer.


def test_what_a_rule_does_without_is_not_what_it_obliges():
    views = (
        "In giving such advice to Councillors, and in preparing and presenting reports, it is the responsibility "
        "of the officer to express his/her own professional views and recommendations, without favouring any "
        "political party view."
    )
    asked = "Are Battle Town Council officers supposed to give advice that favours a political party's view?"
    assert sentence_verdict(asked, views) is None
    assert sentence_verdict("do officers have to express their own professional views?", views) == "yes"


def test_a_permission_for_listed_cases_only_needs_one_of_them_named():
    urgent = (
        "Out of hours the Clerk may be phoned only about an urgent matter, which means 1) a danger to the public "
        "on council land, 2) a break-in or alarm at the Pavilion, or 3) flooding at the burial ground."
    )
    # (the pavilion is a place the list names; a noisy party there is none of its cases)
    asked = "quarlbury - can i phone the clerk out of hours about a noisy party going on at the pavilion?"
    assert sentence_verdict(asked, urgent) is None
    assert sentence_verdict("can i phone the clerk out of hours about a break-in at the pavilion?", urgent) == "yes"
    assert sentence_verdict("can i phone the clerk out of hours about flooding at the burial ground?", urgent) == "yes"


def test_a_statement_of_two_cases_and_two_figures_is_not_read_word_for_word():
    times = "Straightforward enquiries will be answered within five working days and complex ones within fifteen."
    assert sentence_verdict("Hollisbridge: will a complex enquiry be answered within five working days?", times) is None


def test_one_name_of_two_kinds_is_another_thing():
    rule = "A Councillor may have recourse to the Council's formal disciplinary policy."
    assert sentence_verdict("Battle: can a councillor use the Council's formal grievance policy?", rule) is None
    assert sentence_verdict("can a councillor use the Council's formal disciplinary policy?", rule) == "yes"
    # (a word before the name that is itself a kind of the thing: "a broken street light")
    stile = (
        "Members may ask the Clerk to report a problem in the community, such as a broken footpath stile or a "
        "defective street light"
    )
    asked = "can i ask the clerk to report a broken street light to the county borough?"
    assert sentence_verdict(asked, stile) == "yes"


def test_a_statement_holds_only_in_the_case_its_condition_tells_of():
    ward = (
        "Where an enquiry concerns a matter affecting a whole ward, the reply will be sent to every councillor for "
        "that ward."
    )
    missed_bin = (
        "Kilmorran: if my enquiry is about one resident's missed bin collection, will the reply go to every "
        "councillor for the ward?"
    )
    assert sentence_verdict(missed_bin, ward) is None
    asked = (
        "if my enquiry is about something affecting the whole ward, will the reply go to every councillor for the ward?"
    )
    assert sentence_verdict(asked, ward) == "yes"


def test_going_to_is_no_attending():
    # ("going" and "coming" were in the attend family for a while: a review found the future "going
    # to", "coming up with" and "the coming meeting" read as attending)
    rule = "Officers will not attend party group meetings."
    assert sentence_verdict("are officers going to brief the opposition group as well?", rule) is None
    assert sentence_verdict("are officers coming up with the budget for our group?", rule) is None


def test_a_verb_or_a_word_of_manner_before_a_thing_is_no_kind_of_it():
    # (the first version of the check above took "claim" for a kind of expenses, and "without" for a
    # kind of asking)
    expenses = "Members may claim travel expenses for approved duties in line with the Council's Expenses Policy."
    assert sentence_verdict("can I claim expenses for going to a council meeting?", expenses) == "yes"
    advice = (
        "The Clerk may ask the Ambleshire Association of Local Councils for confidential advice at any time without "
        "first asking the Council."
    )
    asked = (
        "Is the Quarlbury clerk allowed to get confidential advice from the Ambleshire Association without asking "
        "the council first?"
    )
    assert sentence_verdict(asked, advice) == "yes"


# Probe AC's and fresh47's wrong verdicts on their blind first run (6426870).


def test_a_relative_clauses_own_modal_rules_on_its_antecedents_act():
    assistant = (
        "Each political group with at least one tenth of the seats on the Council may appoint one political "
        "assistant, who may not see exempt information."
    )
    asked = "thamesbury: can our group's political assistant see the exempt papers?"
    assert sentence_verdict(asked, assistant) is None
    assert sentence_verdict("can our group appoint a political assistant?", assistant) == "yes"


def test_barred_from_asks_the_plain_question_the_other_way_round():
    posts = (
        "Councillors must not name or criticise officers on social media, and officers must not like or share party "
        "political posts."
    )
    assert (
        sentence_verdict("are sandleigh officers barred from liking or sharing party political posts?", posts) == "yes"
    )
    assert sentence_verdict("can sandleigh officers like or share party political posts?", posts) == "no"
    weekends = "Councillors may contact the Clerk at weekends."
    assert sentence_verdict("am i banned from contacting the clerk at weekends?", weekends) == "no"


# A fresh-eyes review of the checks above (and adversarial probe 19's wrong and unsupported verdicts).


def test_a_question_of_being_barred_that_cannot_be_put_plainly_gets_no_verdict():
    posts = "Officers must not like, share or comment on party political posts."
    assert (
        sentence_verdict("are officers prevented from liking, sharing or commenting on party political posts?", posts)
        == "yes"
    )
    # (no plain form: a noun after "from", or "forbidden to"; before, these fell through to a No)
    assert sentence_verdict("are officers forbidden to like party posts?", posts) is None
    work = "Members must not ask officers to do party political work."
    assert sentence_verdict("are councillors barred from asking officers to do party political work?", work) == "yes"


def test_a_general_head_or_a_denied_case_names_none_of_the_cases_allowed():
    urgent = (
        "Out of hours the Clerk may be phoned only about an urgent matter, which means 1) a danger to the public "
        "on council land, 2) a break-in or alarm at the Pavilion, or 3) flooding at the burial ground."
    )
    assert sentence_verdict("can i phone the clerk out of hours about a planning matter?", urgent) is None
    assert sentence_verdict("can i phone the clerk out of hours about something that isn't urgent?", urgent) is None
    assert sentence_verdict("can i phone the clerk out of hours about an urgent matter?", urgent) == "yes"


def test_a_denied_condition_is_not_the_conditions_case():
    ward = (
        "Where an enquiry concerns a matter affecting a whole ward, the reply will be sent to every councillor for "
        "that ward."
    )
    asked = "if the matter doesn't affect the whole ward, will the reply go to every councillor for the ward?"
    assert sentence_verdict(asked, ward) is None


def test_two_cases_two_figures_in_any_wording():
    complex_asked = "will a complex enquiry be answered within five working days?"
    for times in (
        "Straightforward enquiries will be answered within five working days and complex enquiries within fifteen.",
        "Straightforward enquiries will be answered within five working days, complex enquiries within fifteen.",
    ):
        assert sentence_verdict(complex_asked, times) is None
    acknowledge = "Officers will acknowledge an enquiry within two working days and reply within ten working days."
    assert sentence_verdict("will officers reply to my enquiry within 2 working days?", acknowledge) is None
    assert sentence_verdict("will officers acknowledge my enquiry within 2 working days?", acknowledge) == "yes"
    # (one figure, and "those" of no other case)
    minutes = "The Clerk will circulate the minutes to all members and those attending as observers."
    assert sentence_verdict("will the clerk circulate the minutes to all members?", minutes) == "yes"


def test_whose_and_opposite_kinds_are_other_things():
    own = "Members may use their own laptops at meetings."
    assert sentence_verdict("can i use a council laptop at meetings?", own) is None
    assert sentence_verdict("can i use my own laptop at meetings?", own) == "yes"
    informal = "A member may use the Council's informal complaints procedure."
    assert sentence_verdict("can i use the formal complaints procedure?", informal) is None
    expenses = "Members may claim travel expenses for approved duties in line with the Council's Expenses Policy."
    assert sentence_verdict("can councillors claim expenses for going to a council meeting?", expenses) == "yes"


def test_without_a_thing_obliges_none_of_it_and_permits_either_way():
    impartial = "Officers must give advice impartially, without party political bias."
    assert sentence_verdict("should officers give advice that shows party political bias?", impartial) is None
    # ("may X without Y" allows X with Y too)
    press = "Members may speak to the press without seeking the permission of the Clerk."
    assert sentence_verdict("can i talk to the press if i've asked the clerk's permission first?", press) == "yes"


def test_a_relative_clause_pointing_the_main_rules_way_answers_with_it():
    steps = (
        "Where an Officer reports that a Member's behaviour has caused them distress, the Chief Executive may take "
        "steps to protect the Officer, which may include asking the Member to communicate with the Officer only in "
        "writing or only through the Officer's manager."
    )
    asked = (
        "Pellworth officer - a county councillor has been sending me really upsetting emails and I've reported it. "
        "can the chief exec make him only deal with me through my manager?"
    )
    assert sentence_verdict(asked, steps) == "yes"
    cannot = "Each political group may appoint one political assistant, who cannot see exempt information."
    assert sentence_verdict("can our group appoint a political assistant?", cannot) == "yes"


def test_a_register_kept_by_the_deputy_is_not_kept_by_the_clerk():
    register = (
        "Staff must decline any gift worth more than £30 and must record every offer of a gift or hospitality, "
        "accepted or not, in the register kept by the Deputy Town Clerk."
    )
    assert sentence_verdict("murlow - is the gifts register kept by the town clerk?", register) is None
    assert sentence_verdict("is the gifts register kept by the deputy town clerk?", register) == "yes"


def test_the_deputy_town_mayor_is_not_the_town_mayor():
    mayor = (
        "The Town Mayor chairs meetings of the Council and represents the town at civic events, but has no power to "
        "direct the work of staff."
    )
    asked = "murlow - does the deputy town mayor have the power to direct the work of staff?"
    assert sentence_verdict(asked, mayor) is None
    assert sentence_verdict("does the town mayor have the power to direct the work of staff?", mayor) == "no"


def test_a_figure_with_a_thousands_comma_or_two_figures_in_one_case_is_no_second_case():
    # (the first version of the two-cases check lost two right Yes answers of probes 12 and 18)
    scheme = (
        "The local Member will be consulted before any highways scheme costing more than £50,000 is carried out in "
        "the division."
    )
    asked = "Orlingshire - will I be consulted before an £80,000 highways scheme goes ahead in my division?"
    assert sentence_verdict(asked, scheme) == "yes"
    gifts = "Members must register gifts and hospitality over £50 with the Monitoring Officer within 28 days."
    asked = "rookhampton cllrs - do we register gifts over £50 with the monitoring officer?"
    assert sentence_verdict(asked, gifts) == "yes"


def test_messaging_apps_are_no_phone_line():
    # (fresh27's wrong No when, for a while, "whatsapp" and "messaging" joined the contact family to
    # answer adversarial probe 18's "... add the clerk to our ward whatsapp group?": taken out again)
    rule = (
        "Councillors must not add staff to WhatsApp or other messaging groups, and should use council email for all "
        "council business."
    )
    asked = (
        "brackwater tc cllr here, vandals have just smashed up the council's bus shelter and its 10pm on a sunday. "
        "is the out of hours phone line the right thing to use?"
    )
    assert sentence_verdict(asked, rule) is None


# A second fresh-eyes review (of the fixes above) found these; each now as it should be.


def test_a_who_clause_has_its_own_subject():
    rule = "Councillors may report serious concerns to the Chief Executive, who may suspend the officer."
    assert sentence_verdict("can councillors suspend the officer?", rule) is None


def test_a_permission_without_the_asked_act_permits_none_of_it():
    for asked, rule in (
        (
            "can I take part in the debate?",
            "A member with an interest may remain in the room without taking part in the debate.",
        ),
        (
            "can a councillor give instructions to staff?",
            "Councillors may make requests of staff without giving instructions.",
        ),
        (
            "can the clerk favour a political party view?",
            "Officers may express their own professional views without favouring any political party view.",
        ),
    ):
        assert sentence_verdict(asked, rule) is None, asked


def test_a_size_is_a_kind_and_restricted_is_not_barred():
    assert (
        sentence_verdict(
            "can I accept a generous lunch from a developer?", "Members may accept a modest lunch from a developer."
        )
        is None
    )
    assert (
        sentence_verdict(
            "are councillors restricted from contacting staff?",
            "Councillors may contact staff, but only through the Clerk.",
        )
        is None
    )


def test_only_about_matters_of_a_kind_needs_the_kind():
    rule = "Members may phone the Clerk at home only about matters of urgency."
    assert sentence_verdict("can i phone the clerk at home?", rule) is None


def test_a_question_that_does_not_say_which_case_gets_neither_figure():
    times = "Straightforward enquiries will be answered within five working days and complex ones within fifteen."
    assert sentence_verdict("will my enquiry be answered within 5 working days?", times) is None
    assert sentence_verdict("will a straightforward enquiry be answered within 5 working days?", times) == "yes"


def test_whose_a_thing_is_two_words_back_and_our_own_is_the_councils():
    own = "Members may use their own laptops at meetings."
    assert sentence_verdict("can i use a council-issued laptop at meetings?", own) is None
    official = "Members may post on the official council facebook account."
    assert sentence_verdict("can i post on my personal facebook account?", official) is None
    repost = "Councillors may share or repost the Council's own official posts."
    assert (
        sentence_verdict("wendmouth - am i allowed to repost the councils own official facebook posts?", repost)
        == "yes"
    )


def test_the_deputy_town_mayor_named_beside_the_town_mayor_answers_for_the_deputy():
    rule = "The Town Mayor and the Deputy Town Mayor have no power to direct staff."
    assert sentence_verdict("does the deputy town mayor have the power to direct staff?", rule) == "no"


def test_do_not_have_to_is_no_duty():
    # (adversarial probe 20's one wrong verdict: "do not have to" read as "have to")
    numbers = "Officers do not have to give councillors their personal mobile phone numbers."
    asked = "Fellbrook: do I have to give a councillor my personal mobile number if they ask?"
    assert sentence_verdict(asked, numbers) == "no"
    assert sentence_verdict("do officers have to give councillors their personal mobile numbers?", numbers) == "no"
    # (a permission it does not give: whether they may refuse is not said)
    assert sentence_verdict("can officers refuse to give councillors their personal mobile numbers?", numbers) is None


def test_what_the_asker_is_to_someone_does_not_make_them_staff():
    # ("im" blocked taking the asker for a councillor, in case they were saying they are staff: "im
    # related to ..." says what they are to someone)
    rule = (
        "A councillor who is related to, or in a close personal relationship with, the Clerk or the Assistant Clerk "
        "must declare it to the Council and must not sit on the Staffing Committee."
    )
    asked = "im related to the assistant clerk, can i still sit on the staffing committee? pennyfold pc"
    assert sentence_verdict(asked, rule) == "no"
    assert sentence_verdict("im the assistant clerk, can i sit on the staffing committee?", rule) is None


def test_training_is_completed_whatever_verb_the_asker_uses():
    rule = "Every Member must complete the Council's safeguarding training within six months of election."
    assert sentence_verdict("Do councillors in Orlingshire have to do safeguarding training?", rule) == "yes"
    # ("go on a course" is attending it, and "get training" being offered it: not completing)
    attend = "The Council will pay for councillors to attend training courses booked through the Clerk."
    assert sentence_verdict("will the council pay for me to go on a councillor training course?", attend) == "yes"


def test_a_leading_condition_after_the_councils_name_without_a_comma():
    told = "A councillor who is related to an employee, or close to one, must tell the Chief Executive."
    asked = "kilmorran - if im related to an employee do i need to tell the chief exec?"
    assert sentence_verdict(asked, told) == "yes"
    translation = (
        "A member who wants translation at a committee meeting must ask the Clerk at least ten days before the meeting."
    )
    asked = (
        "llanwrddon - if i want translation at a committee meeting do i have to ask the clerk at least ten days before?"
    )
    assert sentence_verdict(asked, translation) == "yes"
    parent = "As corporate parents, councillors must not contact a child in the Council's care directly."
    asked = "wendmouth - as a corporate parent can I contact a child in the councils care directly?"
    assert sentence_verdict(asked, parent) == "no"
    # (the condition's own verb is no modal: "if a councillor has a problem ..., can they ...?")
    grievance = "An officer may have recourse to the Council's formal grievance policy."
    asked = (
        "battle town council - if a councillor has a problem with an officer can they use the formal grievance policy?"
    )
    assert sentence_verdict(asked, grievance) is None


def test_a_new_councillor_signing_with_a_place():
    rule = "Every member must complete Code of Conduct training within six months of being elected or co-opted."
    asked = "new cllr in llanwrddon - do i have to do code of conduct training within 6 months?"
    assert speaker_role(asked) == "member"
    assert sentence_verdict(asked, rule) == "yes"
    assert speaker_role("clerk in training - can i ask a councillor to stop emailing me?") is None


def test_someone_whose_thing_it_is_does_not_act():
    rule = "Before raising a resident's personal case, a councillor must have the resident's consent."
    asked = "Hollisbridge: do I need the resident's consent before I raise their personal case?"
    assert sentence_verdict(asked, rule) == "yes"


def test_an_emergency_at_a_council_building_is_not_one_at_a_house():
    rule = (
        "Outside office hours a councillor may ring the duty key-holder number printed on the back of the "
        "councillor identity card, but only for an emergency at a council building or open space."
    )
    asked = (
        "Pellinghurst: can I ring the duty key-holder number out of hours to report a burst pipe at a resident's house?"
    )
    assert sentence_verdict(asked, rule) is None


def test_adversarial_probe_21_wrong_and_unsupported_verdicts_are_withheld():
    gifts = (
        "Officers must record any offer of a gift or hospitality worth more than £25 within 28 days, "
        "whether they accept it or not."
    )
    assert sentence_verdict("aldershire - do officers only need to record gifts worth more than £50?", gifts) is None
    assert sentence_verdict("do officers have to record a £40 gift?", gifts) == "yes"
    personal = "Councillors should not give personal gifts to staff."
    assert (
        sentence_verdict("brantingley - are councillors forbidden from giving staff any gift at all?", personal) is None
    )
    assert sentence_verdict("can councillors give staff personal gifts?", personal) == "no"
    serving = "No relative or partner of a serving member may be appointed as Clerk."
    assert sentence_verdict("pentregwynfa - can a former councillor's wife be appointed as clerk?", serving) is None
    assert sentence_verdict("can a serving councillor's wife be appointed as clerk?", serving) == "no"
    behalf = "Members may share its posts but must not reply to comments on it on the Council's behalf."
    asked = "pentregwynfa - can i reply to comments on the council's facebook page in my own name?"
    assert sentence_verdict(asked, behalf) is None
    room = "Councillors may hold ward surgeries in the Committee Room at the Town Hall."
    assert sentence_verdict("kessingford - can i hold my ward surgery in the council chamber?", room) is None
    assert sentence_verdict("kessingford - can i hold my ward surgery in the committee room?", room) == "yes"
    post = "Rule D8 No relative of a serving councillor may be appointed as Town Clerk or Deputy Town Clerk."
    assert (
        sentence_verdict("kessingford - can a serving councillor's son be appointed as markets manager?", post) is None
    )
    assert (
        sentence_verdict("kessingford - can a serving councillor's son be appointed as deputy town clerk?", post)
        == "no"
    )


def test_the_first_of_a_run_of_will_rules_and_a_verb_after_and():
    email = (
        "The Clerk will acknowledge a councillor's email within two working days and will reply in full within "
        "seven working days, or will say when a full reply can be expected."
    )
    assert (
        sentence_verdict("brantingley pc - will the clerk acknowledge my email within two working days?", email)
        == "yes"
    )
    assert sentence_verdict("will the clerk reply in full within two working days?", email) is None
    assert sentence_verdict("will the clerk acknowledge my email within seven working days?", email) is None
    # (one of two things that will be done is not what will be)
    assert sentence_verdict("will the clerk say when a full reply can be expected?", email) is None
    casework = (
        "Officers will acknowledge each enquiry within three working days and reply in full within ten working days."
    )
    asked = "carnbrook: do officers have to reply in full to my casework within ten working days?"
    assert sentence_verdict(asked, casework) == "yes"
    assert sentence_verdict("do officers have to reply in full within three working days?", casework) is None
    # (to whom: residents are not named)
    assert sentence_verdict("do officers have to reply to residents within ten working days?", casework) is None


def test_a_plain_statement_of_what_is_answers_a_question_of_what_is():
    voting = (
        "Councillors may attend meetings of the community councils in their ward but are not voting members of a "
        "community council."
    )
    # (its part "are not voting members of a community council" does not name the wards the question does)
    asked = "are strathmenzie councillors voting members of a community council?"
    assert sentence_verdict(asked, voting) == "no"
    assert (
        present_fact_polarity("The Clerk holds an open office in the Parish Room on Wednesday mornings.") == "obliged"
    )
    assert present_fact_polarity("Requests from councillors are not Freedom of Information requests.") == "negative"
    # (not what is only so, sometimes so, or what someone else does)
    assert (
        present_fact_polarity("Councillors take part in appointing only the Chief Executive and the Directors.") is None
    )
    assert present_fact_polarity("Officers sometimes attend group meetings to give factual briefings.") is None
    assert present_fact_polarity("Line management is carried out by the Personnel Committee.") is None
    assert present_fact_polarity("Complaints are made to the Commissioner, not to the Council.") is None
    only = "Councillors take part in appointing only the Chief Executive and the Strategic Directors."
    asked = "Thistlewood BC - do councillors sit on the interview panel when a head of service is appointed?"
    assert sentence_verdict(asked, only) is None


def test_expected_to_asks_a_duty():
    emergencies = "The Clerk is not expected to attend emergencies."
    assert sentence_verdict("pentregwynfa - is the clerk expected to come out to emergencies?", emergencies) == "no"
    holidays = (
        "Officers are not expected to respond to councillors between 7pm and 8am, at weekends or on bank holidays."
    )
    assert sentence_verdict("are officers expected to reply to councillors on bank holidays?", holidays) == "no"
    assert sentence_verdict("can officers reply to councillors on bank holidays?", holidays) is None


def test_the_rules_own_verb_asked_is_the_same_action():
    meet = "Cabinet Members may meet their Director regularly and give direction on policy for their portfolio."
    assert sentence_verdict("holmshire - can cabinet members meet their director regularly?", meet) == "yes"
    # (the portfolio is what they give direction on: asked about, the question must put it in theirs)
    assert sentence_verdict("can cabinet members give direction on policy for the housing team?", meet) is None
    record = (
        "Neither councillors nor staff should record conversations with each other without the other person's "
        "knowledge."
    )
    assert sentence_verdict("can councillors record conversations with staff without their knowledge?", record) == "no"
    # (but not when the question names what the rule does not: "my chat ... on my phone")
    asked = "is it ok to record my chat with the clerk on my phone without telling her?"
    assert sentence_verdict(asked, record) is None
    homes = "Members must not hold surgeries in their own homes."
    assert sentence_verdict("can i hold my surgery at my house?", homes) == "no"
    assert sentence_verdict("can i hold my surgery in the council house?", homes) is None


def test_a_gift_a_councillor_would_give_is_asked_as_the_rule_on_staff_accepting_it():
    small = (
        "Staff may accept small gifts from individual councillors, such as a card or a box of biscuits at Christmas."
    )
    assert (
        sentence_verdict("wrenhurst - am i allowed to give a member of staff a box of biscuits at xmas?", small)
        == "yes"
    )
    none = "Staff must not accept gifts of any value from members."
    asked = "brackenholt tc - can i give the customer services assistant a box of chocs to say thanks?"
    assert sentence_verdict(asked, none) == "no"
    clerk = "The Clerk must not accept gifts from councillors."
    assert sentence_verdict("can i give the clerk a bottle of wine at christmas?", clerk) == "no"
    # (no gift: a phone call, a lift; nor one given by staff, or to a councillor)
    assert sentence_verdict("can i give the clerk a ring?", clerk) is None
    assert sentence_verdict("can i give the clerk a lift home?", clerk) is None
    assert sentence_verdict("clerk here - can i give the mayor a card?", clerk) is None
    assert sentence_verdict("can i give the chairman a bottle of wine?", clerk) is None


def test_a_question_of_two_facts_is_not_answered_by_a_sentence_on_one():
    emails = "The Clerk will reply to councillors' emails within five working days."
    both = "stoke fennerby - does the clerk work on wednesdays and reply to emails within five working days?"
    assert sentence_verdict(both, emails) is None
    assert (
        sentence_verdict("stoke fennerby - will the clerk reply to emails within five working days?", emails) == "yes"
    )
    # (two acts of one errand, asked may-I, are one question)
    welsh = "Councillors may write to the Clerk in Welsh or in English, and the Clerk will reply in the same language."
    assert sentence_verdict("can i email the clerk in welsh and get the reply back in welsh?", welsh) == "yes"


@pytest.mark.parametrize(
    "question, sentence, verdict",
    [
        # (a fresh-eyes review of the thirty-eighth session's loosenings: each of these was a wrong verdict)
        (
            "can i publish the confidential minutes on my blog?",
            "Members may publish the public minutes on their own websites.",
            None,
        ),
        ("can i park in the staff car park?", "Members may park in the visitors' car park.", None),
        (
            "can i request information about another ward?",
            "Ward councillors may request information and raise concerns about matters in their ward.",
            None,
        ),
        (
            "can cabinet members direct officers on planning matters?",
            "Cabinet members may direct officers and contractors on matters within their portfolio.",
            None,
        ),
        (
            "do councillors deliver training?",
            "Councillors must complete training delivered by the county association.",
            None,
        ),
        ("do officers do training in work time?", "Officers must not undertake training in their own time.", None),
        (
            "clerk in hospital - can i sign the cheques?",
            "The Clerk may sign cheques together with one councillor.",
            None,
        ),
        (
            "do councillors vote on planning applications?",
            "Where a councillor has predetermined a planning application, they do not vote on it.",
            None,
        ),
        ("does the clerk answer the phone on fridays?", "The Clerk does not answer the phone on Mondays.", None),
        (
            "do officers speak at council meetings?",
            "Officers do not speak at council meetings without the Chair's invitation.",
            None,
        ),
        ("can officers sign contracts?", "Section 151 Officers may sign contracts up to £50,000.", None),
        (
            "is the clerk expected to take notes at group meetings?",
            "The Clerk is not expected to take notes at site visits.",
            None,
        ),
        ("can i help with my wife's campaign?", "Members may help with election campaigns in their own time.", None),
        (
            "can the wife of a councillor who stood down last year be appointed as clerk?",
            "No relative or partner of a serving member may be appointed as Clerk.",
            None,
        ),
        (
            "can i hold my surgery at the village hall?",
            "Councillors may hold ward surgeries in the Committee Room at the Town Hall.",
            None,
        ),
        (
            "can a serving councillor's son get a job as markets manager?",
            "No relative of a serving councillor may be appointed as Town Clerk or Deputy Town Clerk.",
            None,
        ),
        (
            "can i reply to comments on the council's facebook page as myself?",
            "Members may share its posts but must not reply to comments on it on the Council's behalf.",
            None,
        ),
        # (what still holds)
        (
            "clerk here - am i expected to take notes at site visits?",
            "The Clerk is not expected to take notes at site visits.",
            "no",
        ),
        (
            "can i hold my surgery in the town hall committee room?",
            "Councillors may hold ward surgeries in the Committee Room at the Town Hall.",
            "yes",
        ),
    ],
)
def test_a_fresh_eyes_review_of_the_thirty_eighth_sessions_loosenings(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_a_rule_on_a_thing_is_asked_of_the_thing():
    items = (
        "Items for the agenda of a Council meeting must reach the Clerk at least eight clear days before the meeting."
    )
    asked = "brantingley - do agenda items have to reach the clerk at least eight clear days before the meeting?"
    assert sentence_verdict(asked, items) == "yes"
    assert sentence_verdict("do agenda items have to reach the clerk five days before the meeting?", items) is None
    assert sentence_verdict("do minutes have to be sent to the clerk within a week?", items) is None
    proposals = (
        "Each councillor's Local Highways Budget proposals for the next financial year must be sent to the Area "
        "Highways Manager by 31 October."
    )
    asked = "corbenshire - do my local highways budget proposals for next year have to be in by 31 october?"
    assert sentence_verdict(asked, proposals) == "yes"
    # (a person asked about is no thing: who hands them back is not said)
    papers = "Papers marked confidential must be handed back to the Clerk at the end of the meeting."
    assert sentence_verdict("does the clerk have to hand back confidential papers?", papers) is None


def test_responsibility_lying_with_someone_is_their_being_responsible():
    lies = "Responsibility for the operation of this Protocol lies with the Parish Clerk."
    assert (
        sentence_verdict("finmere - is the parish clerk responsible for running the member officer protocol?", lies)
        == "yes"
    )
    assert (
        sentence_verdict("finmere pc: is the parish clerk responsible for how this protocol operates?", lies) == "yes"
    )
    assert sentence_verdict("is the parish clerk responsible for the allotments?", lies) is None


def test_a_present_statement_with_a_role_for_its_subject_and_every_not_its_verbs_own():
    acknowledge = "Officers acknowledge an enquiry within 2 working days."
    assert (
        sentence_verdict("Thornleigh officers - do they acknowledge an enquiry within 2 working days?", acknowledge)
        == "yes"
    )
    assert sentence_verdict("do officers reply to an enquiry within 2 working days?", acknowledge) is None
    assert present_fact_polarity("This draft has not been adopted and is not Council policy.") == "negative"
    assert present_fact_polarity("This draft has not been adopted, but no one objects to it.") is None


def test_the_only_exception_said_after_a_rule_holds_back_its_answer():
    rule = "Staff are not expected to answer calls or messages from councillors in the evenings or at weekends."
    exception = "The only exception is the duty officer during a Council event or an emergency."
    asked = "is the duty officer expected to answer my calls on the saturday of the regatta?"
    assert excepted(asked, Verdict("no", rule), [rule, exception])
    assert not excepted("are staff expected to answer my texts on a sunday", Verdict("no", rule), [rule, exception])


def test_an_exception_told_in_full_permits():
    rule = (
        "Councillors should not visit the Clerk at home, or telephone in the evenings or at weekends, except about a "
        "meeting taking place that evening."
    )
    asked = "stowbridge parish - is it ok to phone the clerk at 6pm about the meeting thats on tonight?"
    assert sentence_verdict(asked, rule) == "yes"
    # (another day's meeting, or something else, is not the exception's case)
    assert sentence_verdict("can i phone the clerk this evening about tomorrow's meeting?", rule) is None
    assert sentence_verdict("can i phone the clerk this evening about the allotments?", rule) is None
    whatsapp = (
        "Members should not use WhatsApp or text messages to contact officers about Council business, except to "
        "arrange meetings."
    )
    assert sentence_verdict("can i whatsapp an officer to complain about a meeting?", whatsapp) is None


def test_lean_on_is_pressure_as_plainly_as_a_longer_idiom():
    rule = (
        "Whilst an officer may report the views of individual Councillors on an issue, if the Councillor wishes to "
        "express a contrary view he/she should not seek to pressure the officer to make a recommendation contrary "
        "to the officer's professional view."
    )
    asked = (
        "i dont agree with the clerk's recomendation at finmere - can i lean on them to change it before the meeting?"
    )
    assert sentence_verdict(asked, rule) == "no"
    assert sentence_verdict("can i lean on the railings outside the council offices?", rule) is None


def test_adversarial_probe_23_wrong_and_unsupported_verdicts_are_withheld():
    office = "Councillors must not enter the Parish Office when it is closed."
    assert (
        sentence_verdict("hollowmere - am i allowed into the pavilion when the parish office is closed?", office)
        is None
    )
    agenda = "Agenda items must reach the Clerk by noon on the Monday of the week before the meeting."
    asked = "llwyn helyg - do agenda items have to reach the clerk 12 days before the meeting?"
    assert sentence_verdict(asked, agenda) is None
    notice = (
        "A Scrutiny Chair may require an officer to attend a meeting of a scrutiny committee, giving at least ten "
        "working days' notice."
    )
    asked = "ashworth vale - can a scrutiny chair require an officer to attend with only a week's notice?"
    assert sentence_verdict(asked, notice) is None
    media = "Members must not name or criticise individual officers in the media or on social media."
    asked = "ashworth vale - are members banned from commenting on officers' political activities on social media?"
    assert sentence_verdict(asked, media) is None
    assert sentence_verdict("are members banned from criticising officers on social media?", media) == "yes"
    grievance = "An officer may have recourse to the Council's formal grievance policy."
    asked = "battle - can an officer use the council's formal disciplinary policy against a councillor?"
    assert sentence_verdict(asked, grievance) is None
    hall = (
        "Councillors are welcome at the Town Hall but should make an appointment if they want to see a member of staff."
    )
    asked = "do i need to book before i pop into wrangford town hall to see the finance officer?"
    assert sentence_verdict(asked, hall) == "yes"


@pytest.mark.parametrize(
    "question, sentence, verdict",
    [
        # (a second fresh-eyes review, of the thing rule, present-tense subjects, 'responsibility lies with' and
        # the gift turned round: each of these was a wrong verdict)
        (
            "do agenda items have to reach the chair at least eight clear days before the meeting?",
            "Items for the agenda must reach the Clerk at least eight clear days before the meeting.",
            None,
        ),
        (
            "do grant applications have to go to committee?",
            "Planning applications must go to the Planning Committee.",
            None,
        ),
        (
            "do councillors' expense claims have to be approved by the rfo?",
            "Officers' expense claims must be approved by the RFO.",
            None,
        ),
        (
            "cllr here - do my written questions have to reach the clerk three working days before the meeting?",
            "Written questions from the public must reach the Clerk by noon three working days before the meeting.",
            None,
        ),
        (
            "do the minutes have to be signed within a month?",
            "Draft minutes must be published on the website within one month of the meeting.",
            None,
        ),
        ("can i give the caretaker a bottle of wine?", "The Clerk must not accept gifts from councillors.", None),
        (
            "i run the village shop - can i give the clerk a bottle of wine at christmas?",
            "Staff must not accept gifts from councillors.",
            None,
        ),
        (
            "can i give the clerk a leaving present from the council?",
            "Officers must not accept personal gifts from individual councillors.",
            None,
        ),
        (
            "is the mayor responsible for civic events?",
            "Responsibility for civic events lies with the Mayor's Secretary.",
            None,
        ),
        (
            "is the chairman responsible for the clerk's line management?",
            "Responsibility for the line management of the Clerk lies with the Chairman of the Personnel Committee.",
            None,
        ),
        (
            "does the council pay the running costs of the hall?",
            "The Council pays the administration costs of the hall.",
            None,
        ),
        (
            "thornleigh officers - do they acknowledge an enquiry within 2 working days?",
            "Planning officers acknowledge an enquiry within 2 working days.",
            None,
        ),
        (
            "our deputy clerk started last week - does she attend planning committee meetings?",
            "The Clerk attends Planning Committee meetings.",
            None,
        ),
        (
            "do my highways budget proposals have to be in by november?",
            "Each councillor's Local Highways Budget proposals must be sent to the Highways Manager by 31 October.",
            None,
        ),
        (
            "do the minutes have to be published within a fortnight?",
            "Minutes must be published on the website within one month of the meeting.",
            None,
        ),
        # (what still holds)
        (
            "do the minutes have to be published within a month?",
            "Minutes must be published on the website within one month of the meeting.",
            "yes",
        ),
        ("can i give the caretaker a bottle of wine?", "Staff must not accept gifts from councillors.", "no"),
    ],
)
def test_a_second_fresh_eyes_review_of_the_thirty_eighth_sessions_loosenings(question, sentence, verdict):
    assert sentence_verdict(question, sentence) == verdict


def test_telling_someone_if_the_asker_is_something_is_a_condition_not_an_indirect_question():
    rule = "A councillor who is related to a member of staff, or close to one, must tell the Clerk."
    assert (
        sentence_verdict("Do I have to tell the clerk if my nephew works for Hollowmere parish council?", rule) == "yes"
    )
    assert question_modality("should i ask the clerk if i can have a key?") is None
    assert question_modality("can you tell me if the clerk is in?") is None


def test_adversarial_probe_24_wrong_and_unsupported_verdicts_are_withheld():
    briefings = (
        "The Leader and Cabinet members may ask for briefings from Heads of Service on matters within their portfolios."
    )
    asked = "kettlesford - can the leader ask a head of service for a briefing and then tell them what to do?"
    assert sentence_verdict(asked, briefings) is None
    assert sentence_verdict("can the leader ask a head of service for a briefing?", briefings) == "yes"
    gifts = "Employees must decline any gift worth more than £20 and record all offers with their line manager."
    asked = "ardgowrie: do employees have to turn down gifts over £20 and report every offer to the chief executive?"
    assert sentence_verdict(asked, gifts) is None
    assert sentence_verdict("ardgowrie: do employees have to turn down gifts over £20?", gifts) == "yes"
    veto = "The officer will consult the Cabinet Member, but the Cabinet Member has no veto over that decision."
    assert sentence_verdict("can a cabinet member take a decision thats been delegated to an officer?", veto) is None
    mobiles = "Councillors must not contact officers below Head of Service level on their personal mobile phones."
    asked = "In Kettlesford, is it ok for a councillor to give an officer's personal mobile number to a resident?"
    assert sentence_verdict(asked, mobiles) is None
    assert sentence_verdict("can i ring an officer on their personal mobile?", mobiles) == "no"


def test_a_duty_to_do_one_of_two_things_is_no_duty_to_do_either():
    papers = "Confidential papers must be either returned to the Town Clerk or destroyed after the meeting."
    asked = "brimmerton - do confidential papers have to go back to the clerk after the meeting?"
    assert sentence_verdict(asked, papers) is None


def test_fresh55_and_fresh56_wrong_verdicts_are_withheld():
    # (a post's name is no act: "the Facilities Officer" shares nothing with giving a bottle of wine)
    speak = (
        "A MEMBER may speak to the Facilities Officer directly about an urgent safety problem, such as a damaged swing."
    )
    asked = (
        "haddenfield - can I give the facilities officer a bottle of wine as a thank you for all his work on the show?"
    )
    assert sentence_verdict(asked, speak) is None
    # (a permission naming no giver, beside a bar on gifts from the giver the question names)
    modest = "Staff may accept a modest gift worth no more than £20, such as a card and chocolates."
    barred = "Any gift or hospitality offered by a contractor or supplier must be declined, whatever its value."
    asked = "hamblesworth - a contractor dropped off a bottle of wine for the clerk, worth about £12. can she keep it?"
    assert excepted(asked, Verdict("yes", modest), [modest, barred])
    asked = "a resident gave the clerk a £12 bottle of wine at xmas, can she keep it?"
    assert not excepted(asked, Verdict("yes", modest), [modest, barred])


def test_adversarial_probe_25_wrong_and_unsupported_verdicts_are_withheld():
    vote = "Local authority ward councillors are welcome at our meetings as ex officio members, but they do not vote."
    asked = "can the local authority ward councillors vote at our community council meetings?"
    assert sentence_verdict(asked, vote) is None
    agenda = "The Clerk will publish the agenda at least three clear days before each meeting."
    asked = (
        "garthowen - our meeting is on thursday and the clerk published the agenda on tuesday, is that enough notice?"
    )
    assert sentence_verdict(asked, agenda) is None
    photos = (
        "Councillors may express personal views on social media, but they must not post photographs of staff "
        "without the staff member's consent."
    )
    asked = "tregarnedd - can councillors share personal views on social media and post photos of staff?"
    assert sentence_verdict(asked, photos) is None
    assert sentence_verdict("can councillors express personal views on social media?", photos) == "yes"
    views = "Employees must not post comments on social media about the political views of any councillor."
    asked = "dunstock - are employees banned from posting on social media criticising a councillor's work?"
    assert sentence_verdict(asked, views) is None
    director = "Employees must tell their Director if they have a close personal relationship with a councillor."
    asked = "dunstock - I'm an employee in a relationship with a councillor, do I have to tell the monitoring officer?"
    assert sentence_verdict(asked, director) is None
    asked = "I'm an employee in a relationship with a councillor, do I have to tell my director?"
    assert sentence_verdict(asked, director) == "yes"


def test_a_rule_said_to_its_reader_has_the_reader_as_its_subject():
    # (written for these cases: a "Do not ..." sentence names no subject; the reader is whoever the rule is
    # not about)
    phone = "Do not phone the Clerk in the evening, at weekends or on bank holidays."
    assert sentence_verdict("is it ok to phone our clerk on a bank holiday?", phone) == "no"
    # (the clerk asking about phoning councillors is not the reader of a rule on phoning the clerk)
    assert sentence_verdict("clerk here - can I phone councillors at the weekend?", phone) is None
    never = "Never ring an officer's personal mobile; use the office number."
    assert sentence_verdict("is it ok to ring an officer's personal mobile?", never) == "no"
    criticise = "Never criticise councillors in public."
    assert _said_to_reader(criticise) == "Officers must never criticise councillors in public."
    # (a councillor named only in the condition: the act, refusing, is done to no one named)
    refuse = "If a councillor asks you to deliver leaflets for their campaign, you should refuse."
    assert _said_to_reader(refuse) == refuse
    # (a rule naming both sides, or neither, says nothing of who reads it)
    both = "Do not discuss a councillor's complaint with other staff."
    assert _said_to_reader(both) == both
    neither = "Do not use the council's logo on election material."
    assert _said_to_reader(neither) == neither
    assert sentence_verdict("can I put the council logo on my election leaflet?", neither) is None
    # (and where it speaks to the reader again)
    again = "You can contact the Clerk by email, but you must not phone the Clerk at home."
    assert _said_to_reader(again) == (
        "Councillors can contact the Clerk by email, but councillors must not phone the Clerk at home."
    )
    # (only for an act done to the other side, named as such; not a description, nor "your ward councillor",
    # "another councillor", nor a staff role named only in a condition: from a review)
    for unchanged in (
        "You should not attend political group meetings unless invited by the Chief Executive.",
        "You will report to the Town Clerk.",
        "You must register your interests within 28 days of becoming a councillor.",
        "You may sign nomination papers for another councillor.",
        "You can contact your ward councillor at any time.",
        "You can ask about the progress of an application, but you must not try to influence an officer's advice.",
    ):
        assert _said_to_reader(unchanged) == unchanged
    assert sentence_verdict("can councillors attend political group meetings?", unchanged) is None


def test_asking_about_a_thing_does_not_answer_asking_someone_to_do_it():
    progress = "Members may ask about the progress of an application in their ward."
    asked = "can i ask the planning officer to back the new shop application in my ward?"
    assert sentence_verdict(asked, progress) is None
    assert sentence_verdict("can I ask about the progress of an application in my ward?", progress) == "yes"
    # (a bar on asking about it is a bar on asking someone to tell you it)
    barred = "Members must not ask officers about the claims of other Members."
    asked = "can I ask the finance officer to tell me what another councillor has been claiming?"
    assert not _asked_to_act(asked, barred)
    # (asking for something to help someone is asking for it)
    info = "Councillors may ask officers for information and help with casework."
    assert not _asked_to_act("can councillors ask officers for info to help a constituent?", info)


def test_a_route_to_people_named_by_what_they_do_is_another_route():
    school = (
        "Members should raise issues about an individual school with the headteacher or the chair of governors, "
        "not with school staff."
    )
    asked = "theres an issue at one of the primary schools in my division, should I raise it with the class teachers?"
    assert sentence_verdict(asked, school) is None
    asked = "theres an issue at one of the primary schools in my division, should I raise it with the headteacher?"
    assert sentence_verdict(asked, school) == "yes"


def test_adversarial_probe_26_wrong_and_unsupported_verdicts_are_withheld():
    # (a rule on personal phones says nothing of work phones)
    personal = "Councillors must not contact officers on personal phones, personal email or personal social media."
    asked = "In Saltmarden, may officers be rung by councillors on their work phones after office hours?"
    assert sentence_verdict(asked, personal) is None
    assert sentence_verdict("can I ring officers on the council phone?", personal) is None
    assert sentence_verdict("can I ring officers on their personal phones?", personal) == "no"
    # (the council's own posts are not someone's own; nor is council tax a council phone)
    repost = "Councillors may share or repost the Council's own official posts."
    assert not _whose_thing_differs("am i allowed to repost the councils own official facebook posts?", repost)
    dispute = "Members must not ask Officers for information to help them in a personal dispute with the Council."
    assert not _whose_thing_differs("can I ask the council tax team for info for my own council tax dispute?", dispute)
    # (who is what, twice over: the sentence may pair them otherwise)
    posts = (
        "The Chief Executive is the Head of Paid Service, the Head of Law and Governance is the Monitoring Officer "
        "and the Director of Finance is the Section 151 Officer."
    )
    asked = "is the chief executive the head of paid service and the director of finance the monitoring officer?"
    assert sentence_verdict(asked, posts) is None


def test_probe_26_ordinary_questions_the_rules_now_answer():
    # (written after reading probe 26's ordinary questions that got no verdict)
    # a council's name with no mark after it
    welsh = "Councillors may write to the Clerk in either language."
    assert sentence_verdict("llanferwen can i write to the clerk in welsh?", welsh) == "yes"
    assert sentence_verdict("what time can i write to the clerk in welsh?", welsh) is None
    # "call at" a place is a visit, with two words before the place too; a signature of several
    depot = "Members should not call at Shared Officers' homes or at the shared depot on Fenmere Road."
    assert sentence_verdict("harrowfold members - can we call in at the shared depot on fenmere road?", depot) == "no"
    assert sentence_verdict("harrowfold officers - can we call in at the shared depot on fenmere road?", depot) is None
    # being involved in advising is advising
    advising = "Officers must not be involved in advising Members on matters of party political business."
    assert (
        sentence_verdict("Are Yateley officers allowed to advise members on party political business?", advising)
        == "no"
    )
    # attending training is doing it
    training = "All councillors must attend training on this protocol within three months of election."
    assert sentence_verdict("do i have to do training on the protocol after being elected?", training) == "yes"
    # a role that says whose a thing is, in a question answered by a sentence naming no one
    acknowledged = "Enquiries will be acknowledged within two working days."
    assert sentence_verdict("are member enquiries acknowledged within two working days?", acknowledged) == "yes"
    assert sentence_verdict("are resident enquiries acknowledged within two working days?", acknowledged) is None
    public = "Enquiries from the public will be acknowledged within two working days."
    assert sentence_verdict("are member enquiries acknowledged within two working days?", public) is None
    # one of two posts said together
    media = "The Leader and Cabinet Members speak to the media for the Council, supported by the Communications Team."
    assert sentence_verdict("does the leader speak to the media for the council?", media) == "yes"
    assert sentence_verdict("does the mayor speak to the media for the council?", media) is None
    # where a matter goes, asked as a fact
    concern = "A concern about the Town Clerk should be raised with the chair of the Personnel Committee."
    asked = "does a concern about the town clerk go to the chair of the personnel committee?"
    assert sentence_verdict(asked, concern) == "yes"
    assert sentence_verdict("does a concern about the town clerk go to the mayor?", concern) is None
    asked = "does a councillor's concern about the town clerk go to the chair of the personnel committee?"
    assert sentence_verdict(asked, concern) is None
    staff = "Staff should raise a complaint about a councillor with the Monitoring Officer."
    assert sentence_verdict("does a complaint about a councillor go to the monitoring officer?", staff) is None


def test_probe_26_changes_keep_their_limits():
    # (the time one has is a period: "28 days" is not "within 14 days")
    record = (
        "Officers must record any gift or hospitality worth more than £25 in the officers' register within 14 days."
    )
    assert sentence_verdict("orbury officers - do we have 28 days to record a gift over £25?", record) is None
    # (a post above the level a rule is below)
    below = (
        "Members should not involve themselves in the appointment, discipline or dismissal of officers below chief "
        "officer level."
    )
    assert sentence_verdict("wilverton - can members be involved in appointing the chief executive?", below) is None


def test_adversarial_probe_27_wrong_and_unsupported_verdicts_are_withheld():
    # (another body's staff: the council's officers are not theirs)
    company = "Company staff may accept gifts or hospitality worth up to £50 under the company's own gifts policy."
    assert sentence_verdict("wexcombe - can council officers accept gifts worth up to £50?", company) is None
    assert sentence_verdict("can company staff accept gifts worth up to £50?", company) == "yes"
    # (a second act for an office the sentence does not name)
    register = "Members must register gifts and hospitality worth over £50 within 28 days of receiving them."
    asked = (
        "kelverdale - must members register gifts over £50 and tell the monitoring officer about them within 28 days?"
    )
    assert sentence_verdict(asked, register) is None
    assert sentence_verdict("must members register gifts over £50 within 28 days?", register) == "yes"


def test_probe_27_where_a_matter_goes_said_as_a_fact():
    made = "Complaints that a councillor has broken the Members' Code of Conduct are made to the Monitoring Officer."
    asked = "harrowmede - do complaints that a councillor broke the code of conduct go to the monitoring officer?"
    assert sentence_verdict(asked, made) == "yes"
    asked = "do complaints that a councillor broke the code of conduct go to the chief executive?"
    assert sentence_verdict(asked, made) is None
    goes = (
        "Complaints that a councillor has broken the Code of Conduct go to the Monitoring Officer of Tamblewick "
        "District Council."
    )
    asked = (
        "is a code of conduct complaint about a councillor sent to tamblewick district council's monitoring officer?"
    )
    assert sentence_verdict(asked, goes) == "yes"
    assert sentence_verdict("is a code of conduct complaint about a councillor sent to the clerk?", goes) is None
    # (a statement of two verbs: the second one's condition is not the first one's)
    staff = (
        "Staff do not attend meetings of political groups and will brief a group only if the same briefing is "
        "offered to every councillor."
    )
    assert sentence_verdict("dunhollow - do staff attend meetings of political groups?", staff) == "no"
    assert sentence_verdict("will staff brief our group?", staff) is None


def test_probe_27_a_question_in_the_rules_own_words_of_time_and_charge():
    # ("free of charge" says nothing of a thing that is free of something)
    parlour = (
        "Councillors may book the Mayor's Parlour free of charge for ward surgeries but not for political party "
        "meetings."
    )
    asked = "can councillors book the mayors parlour free of charge for ward surgeries?"
    assert sentence_verdict(asked, parlour) == "yes"
    # (a duration of the rule's own case: "more than five days" in both)
    closure = (
        "Members will be told about any road closure of more than five days in their division before the closure "
        "starts."
    )
    asked = "will i be told about a road closure of more than five days in my division before it starts?"
    assert sentence_verdict(asked, closure) == "yes"
    asked = "will i be told about a road closure of three days in my division before it starts?"
    assert sentence_verdict(asked, closure) is None


def test_a_route_the_rule_sets_aside_is_a_no():
    school = (
        "Members should raise issues about an individual school with the headteacher or the chair of governors, "
        "not with school staff."
    )
    assert (
        sentence_verdict("should i raise a problem about an individual school with the school staff?", school) == "no"
    )
    # (the same side only: a head teacher's or a clerk's question is not the rule's case)
    assert (
        sentence_verdict("should the head raise a problem about an individual school with school staff?", school)
        is None
    )
    assert sentence_verdict("clerk here - should i raise a problem about a school with school staff?", school) is None
    made = (
        "Complaints that a councillor has breached the Code of Conduct are made to the Ethical Standards Commissioner, "
        "not to the Council."
    )
    assert sentence_verdict("do complaints that a councillor broke the code go to the council?", made) == "no"


def test_review_of_the_thirty_ninth_sessions_loosenings():
    # (a signature of several is one only when they say "we": "councillors - can they ...?" asks of them)
    assert (
        sentence_verdict("councillors - can they contact staff directly?", "Officers may contact Members directly.")
        is None
    )
    asked = "officers - are they allowed to attend group meetings?"
    assert sentence_verdict(asked, "Members are allowed to attend group meetings.") is None
    assert (
        sentence_verdict("councillors: can they phone officers at home?", "Members must not phone officers at home.")
        == "no"
    )
    # (where a matter goes: the same one it is about, and no one else's)
    assert (
        sentence_verdict(
            "does a complaint about the clerk go to the monitoring officer?",
            "Complaints about councillors go to the Monitoring Officer.",
        )
        is None
    )
    assert (
        sentence_verdict(
            "does a councillor's complaint about staff go to the chair?",
            "Complaints from residents about staff go to the Chair.",
        )
        is None
    )
    assert (
        sentence_verdict(
            "does a complaint about a councillor go to the monitoring officer?",
            "Complaints about councillors go to the Monitoring Officer.",
        )
        == "yes"
    )
    # (a leading condition is no council's name)
    assert (
        sentence_verdict(
            "outside office hours can i phone the clerk?", "Members may phone the Clerk during office hours."
        )
        is None
    )
    assert sentence_verdict("during purdah can i issue a press release?", "Members may issue press releases.") is None
    # (a role as a thing's kind only against the bare thing as the subject)
    assert (
        sentence_verdict("are staff emails monitored?", "Emails sent from personal accounts are not monitored.") is None
    )
    assert (
        sentence_verdict(
            "are member requests for information answered within 20 working days?",
            "Freedom of Information requests are answered within 20 working days.",
        )
        is None
    )
    # (two posts together as the subject, and no post after them)
    assert (
        sentence_verdict(
            "does the deputy mayor chair full council?",
            "The Deputy Mayor attends civic events and the Mayor chairs full council.",
        )
        is None
    )
    # (a condition after a comma may hold for both verbs)
    assert (
        sentence_verdict(
            "does the clerk attend committee meetings?",
            "The Clerk attends committee meetings and will take the minutes, unless the Chair decides otherwise.",
        )
        is None
    )
    # (those who attend training are no duty to; being involved in consultation is still done to them)
    assert (
        sentence_verdict("do i have to complete training?", "Members who attend training will be paid travel expenses.")
        is None
    )
    assert (
        sentence_verdict(
            "do ward members consult on major planning applications?",
            "Ward Members will be involved in consultation on major planning applications.",
        )
        is None
    )


def test_read_sets_direction_misses_now_answered():
    # (a small council's outdoor staff by what people call them)
    grounds = "Members may not ask the grounds team to carry out work directly."
    asked = "can i get the grounds guys to trim the hedge by the memorial if i catch them while theyre out and about?"
    assert sentence_verdict(asked, grounds) == "no"
    # (a duty asked of the one a rule says cannot be made to do it is theirs)
    required = "Officers cannot be required to attend a group meeting outside normal working hours."
    asked = "I'm an officer and the group wants me at their evening group meeting - do I have to attend?"
    assert sentence_verdict(asked, required) == "no"
    assert sentence_verdict("do councillors have to attend a group meeting in the evening?", required) is None
    assert sentence_verdict("can officers be required to attend a group meeting in the evening?", required) == "no"


def test_and_a_verb_is_no_new_question():
    # ("... drop off some papers and have a chat?" is one question; "..., and do the papers go out ...?" two)
    visit = "Councillors must not visit the Clerk at home, and meetings should be arranged at the Parish Room."
    asked = "great haddlesby pc - can I pop round to the clerk's house to drop off some papers and have a chat?"
    assert sentence_verdict(asked, visit) == "no"
    assert _predicate("the clerk said no so can i appeal?") == "can i appeal?"
    assert _predicate("the agenda items are in and do the papers go out 7 days before?") == (
        "do the papers go out 7 days before?"
    )


def test_a_question_of_the_rules_own_level_and_a_second_verb_of_its_own():
    # (a question naming the rule's own "below X level" is inside it, not above it)
    convener = (
        "A Convener may discuss priorities with the chief officer for the service, but must not give instructions "
        "to employees below Head of Service level."
    )
    asked = "Can a convener give instructions to employees below Head of Service level?"
    assert sentence_verdict(asked, convener) == "no"
    assert sentence_verdict("Can a convener give instructions to a head of service?", convener) is None
    # (a passive second clause of the same subject is still read as the rule's: cutting it off gave a wrong No,
    # see the second review's test)
    attend = "Officers will not attend party group meetings and will not be asked to help with party work."
    assert _flip_passive(attend, "officer", "group") == ("member", "officer")


def test_adversarial_probe_29_wrong_and_unsupported_verdicts_are_withheld():
    # (one post's route is not any member of staff's)
    clerk = (
        "If the Town Clerk has a concern about a councillor, the Town Clerk should raise it with the Chair of the HR "
        "Committee."
    )
    asked = "should a member of staff with a concern about a councillor raise it with the Chair of the HR Committee?"
    assert sentence_verdict(asked, clerk) is None
    asked = "clerk here - should i raise a concern about a councillor with the chair of the HR committee?"
    assert sentence_verdict(asked, clerk) == "yes"
    # (a post beside all the others is all of them)
    all_officers = (
        "The Town Clerk and other Officers are responsible to the Council as a whole and should not take action "
        "under instruction from an individual councillor."
    )
    assert not _office_for_any_staff("should officers act on instructions from one councillor?", all_officers)
    # (what a post the question names does is not the act asked about)
    named = "Members must not criticise a named Officer at a public meeting, in the press or on social media."
    assert sentence_verdict("is it ok to like a residents facebook post slagging off a named officer?", named) is None
    assert sentence_verdict("is it ok to slag off a named officer on facebook?", named) == "no"
    # (two yes/no questions: one sentence does not answer both)
    gifts = "Individual members should not give the MS personal gifts."
    asked = "can AMCC give the minute secretary a £30 voucher at year end and can I also give her a bottle of wine?"
    assert sentence_verdict(asked, gifts) is None
    assert not _two_questions("can a councillor tell the contractor to come back and do the churchyard again?")
    assert not _two_questions("can i report them to the monitoring officer or is it only our own grievance route?")


def test_probe_29_routes_now_answered():
    # (a concern about a small council's staff by their post: the asker is the councillor)
    clerk = "A councillor with a concern about the Groundsman or the caretaker should raise it with the Clerk."
    assert (
        sentence_verdict("kirkby wendle: if i have a concern about the groundsman do i take it to the clerk?", clerk)
        == "yes"
    )
    # (the same people however they are named, and the same post it is about)
    chief = (
        "A councillor with a concern about the Chief Executive should raise it with the Leader of the Council and the "
        "Monitoring Officer."
    )
    asked = "if I have a concern about the Chief Executive do I raise it with the Leader and the Monitoring Officer?"
    assert sentence_verdict(asked, chief) == "yes"
    asked = "if I have a concern about the Clerk do I raise it with the Leader and the Monitoring Officer?"
    assert sentence_verdict(asked, chief) is None
    assert (
        sentence_verdict("if I have a concern about the Chief Executive do I raise it with the Leader?", chief) is None
    )


def test_second_review_of_the_thirty_ninth_sessions_loosenings():
    # (the level is looked for in what the question says beside "below X level")
    below = "Members will not take part in appointing staff below chief officer level."
    asked = "Staff below chief officer level are appointed by officers, so can members appoint the chief officers?"
    assert sentence_verdict(asked, below) is None
    contact = "Members should not contact officers below chief officer level directly."
    asked = "Can I ring the director about a problem with staff below chief officer level?"
    assert sentence_verdict(asked, contact) is None
    # (a matter is the same by its post only when all its words are the post's)
    complaint = "Councillors with a complaint about the Clerk should raise it with the Chair."
    asked = "I want to say something nice about the clerk at the meeting - should I raise it with the chair?"
    assert sentence_verdict(asked, complaint) is None
    # (a passive second clause of the same subject is the rule's too)
    phoned = "The Clerk will respond to queries within five working days and should not be phoned at home."
    assert sentence_verdict("as the clerk, can I phone councillors at home?", phoned) is None
    # ("cannot be made to": of the one named just before it, and of what the question names)
    expected = "Members should recognise that staff will not be expected to respond to emails out of hours."
    assert sentence_verdict("Do councillors have to respond to emails out of hours?", expected) is None
    group = "Officers cannot be required to attend party group meetings."
    assert sentence_verdict("clerk here - do I have to attend council meetings?", group) is None
    # (one who says they are such a post is no one who deals with it)
    chair = "Councillors with a concern about the Clerk should raise it with the Chair of the Council."
    for asked in (
        "I'm the minute secretary with a concern about the clerk - should I raise it with the chair of the council?",
        "As the groundskeeper, I have a concern about the clerk - should I raise it with the chair of the council?",
    ):
        assert sentence_verdict(asked, chair) is None
    # ("my leader" may be a group's)
    leader = "Members with a concern about the Chief Executive should raise it with the Leader of the Council."
    assert (
        sentence_verdict("I have a concern about the chief executive - should I raise it with my leader?", leader)
        is None
    )
    # ("plus can I ..." is a second question)
    wine = "Councillors may accept small gifts such as a bottle of wine."
    assert sentence_verdict("Can I accept a bottle of wine, plus can I accept a weekend away?", wine) is None


def test_adversarial_probe_30_wrong_and_unsupported_verdicts_are_withheld():
    # (the question says the rule's condition is not met)
    agrees = "The chair of a committee may speak about that committee's decisions if the Town Clerk agrees."
    asked = "can a committee chair talk to the press about their committee's decisions without the town clerk agreeing?"
    assert sentence_verdict(asked, agrees) is None
    assert sentence_verdict("can a committee chair speak about the committee's decisions?", agrees) is None
    # (an exception for another post)
    phone = (
        "Councillors should not telephone staff outside office hours, except to report an emergency to the "
        "Facilities Officer's on-call mobile."
    )
    asked = "can i phone the town clerk at 8pm to report an emergency at the cemetery?"
    assert sentence_verdict(asked, phone) is None
    # (one of two the rule names together)
    urgent = "Between meetings the Clerk may act after consulting the Chairman and the Vice-Chairman."
    asked = "can the clerk take urgent action between meetings after consulting just the chairman?"
    assert sentence_verdict(asked, urgent) is None
    # (coming back is no attending)
    surgeries = "Staff should not be asked to accompany members to ward surgeries."
    asked = "can i ask the bin crew to come back and empty the bins they missed in my ward?"
    assert sentence_verdict(asked, surgeries) is None
    # (whom a rule applies to, when the sentence does not name them)
    gifts = "Officers must not accept a gift from a councillor, except a gift given by the Mayor to all staff."
    asked = "does the rule against officers accepting gifts from councillors apply to the mayor's chaplain?"
    assert sentence_verdict(asked, gifts) is None


def test_liking_a_post_is_asked_only_of_a_sentence_that_says_it():
    tag = "Members must not tag, name or post images of Officers without the Officer's agreement."
    assert sentence_verdict("is it ok to like a residents facebook post slagging off a named officer?", tag) is None
    assert sentence_verdict("can i post images of officers without their agreement?", tag) == "no"


def test_a_question_that_tells_of_an_exceptions_example_gets_no_no():
    texting = (
        "Do not phone or text the Clerk outside Tuesday and Thursday mornings unless there is an emergency "
        "affecting Council property, such as vandalism at the playing field."
    )
    asked = "cressbury - can i text the clerk on a wednesday about vandalism at the playing field?"
    assert sentence_verdict(asked, texting) is None
    asked = "cressbury - can i text the clerk on a wednesday evening to ask about the precept figures?"
    assert sentence_verdict(asked, texting) == "no"
    # (a value limit in the exception still weighs the question's sum)
    gifts = (
        "Officers must not accept gifts or hospitality from councillors, apart from small items worth less than "
        "£10, such as a box of chocolates."
    )
    asked = "a councillor wants to give our team a £20 box of chocolates at christmas, can we accept it?"
    assert sentence_verdict(asked, gifts) == "no"


def test_a_negation_in_a_relative_clause_still_leaves_the_question_without_a_verdict():
    # (a review found that reading it as no negation of the question's own gave wrong verdicts: a sentence's own
    # "who do not attend" taken for the rule's No, and a sentence narrowed by another negation taken for the same)
    assert (
        sentence_verdict(
            "do councillors who don't attend for six months lose their seat?",
            "Members who do not attend any meeting for six months will lose their seat.",
        )
        is None
    )


def test_a_leading_condition_without_a_comma_then_the_askers_own_question():
    asked = "finmere pc - if i'm unhappy with how an officer is performing do i raise it with the chairman?"
    assert is_yes_no(asked)
    assert _predicate(asked) == "do i raise it with the chairman?"
    assert _predicate("quillingford: if the clerk is off sick can i ring her deputy?") == "can i ring her deputy?"
    # (a wh-question after the condition is no yes/no question, with a council's name before it or not)
    assert not is_yes_no("if the clerk is away who do i ask?")
    assert not is_yes_no("battle - if the clerk is away who do i ask?")
    # ("they" stands for a noun of the condition: the question is left whole)
    they = "little ousebury - if a cllr isnt happy with the clerks work should they speak to the clerk directly?"
    assert _predicate(they) != "should they speak to the clerk directly?"
    # (the asker's own modal is the last one, and no "has": a review's cases)
    assert _predicate("mumbles - if the clerk has you down as absent can i still vote?") == "can i still vote?"
    assert _predicate("yateley - if a resident asks will you help me can i say no?") == "can i say no?"
    # (a wh-word of the question's own after the condition, whatever follows it)
    assert not is_yes_no("yateley - if the clerk is away who the hell should i contact?")
    assert not is_yes_no("if the clerk is away who else should i contact?")
    assert not is_yes_no("if the clerk is away which officer should i contact?")


def test_not_one_act_without_another_is_the_other_done_first():
    rule = "Officers will not arrange a public event in a ward without first inviting the ward Members."
    asked = "wendlesham cllr - if officers are putting on a public event in my ward will i get an invite first?"
    assert sentence_verdict(asked, rule) == "yes"
    # (nor is it a No to the act itself, which the rule allows once the members are invited)
    assert sentence_verdict("will officers arrange a public event in my ward?", rule) is None
    # (a question that asks about doing it without is a No; a thing, not an act, after "without" is a condition
    # that may not be enough: a review's cases)
    assert sentence_verdict("will officers arrange an event in my ward without inviting me?", rule) == "no"
    receipt = "The Council will not pay any expense claim without a valid receipt."
    assert sentence_verdict("will the council pay my expenses without a receipt?", receipt) == "no"
    assert sentence_verdict("will the council pay an expense claim with a valid receipt?", receipt) is None
    overtime = "Staff will not work overtime without prior approval and without a timesheet being signed."
    assert sentence_verdict("will staff get a timesheet signed?", overtime) is None


def test_the_case_told_in_a_leading_condition_is_the_case_asked():
    # (a review's case: the leading condition had been left out of the check on which side of a line the rule
    # holds)
    rule = "Members may email officers during office hours."
    assert sentence_verdict("if it's outside office hours, can we email staff?", rule) is None
    assert sentence_verdict("mumbles - if it's outside office hours can we email staff?", rule) is None
    assert sentence_verdict("if it's during office hours, can we email staff?", rule) == "yes"


_NO_BLIND_COPIES = (
    "Where correspondence is copied, this should always be made explicit, i.e. there should be no "
    "\u201cblind\u201d copies."
)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "there should be no X" rules X out, whoever does it; a question about copying in the case
        # "where correspondence is copied" is within it by what it asks
        ("is it ok to bcc another councillor into my emails with the clerk without mentioning it?", "no"),
        ("can officers blind copy councillors?", "no"),
        ("are blind copies allowed?", "no"),
        # ... of the kind it rules out only: copying openly, or whether to say so, is not "blind"
        ("can i copy another councillor into my emails to the clerk?", None),
        ("can i copy the clerk in openly?", None),
        ("do i have to say when i copy someone in?", None),
        ("should i cc the other ward councillor when i email the clerk?", None),
    ],
)
def test_there_should_be_no_blind_copies(question, verdict):
    assert sentence_verdict(question, _NO_BLIND_COPIES) == verdict


def test_a_rule_for_an_emergency_is_the_exception_to_the_rule_beside_it():
    never = (
        "Councillors must not telephone the Clerk before 9am or after 5pm on weekdays, or at any time at the weekend."
    )
    emergency = (
        "In a genuine emergency, such as the beck flooding onto Church Lane or a tree down across the play area, "
        "a councillor may ring the Clerk's council mobile at any time."
    )
    # (a branch down over the swings is an emergency told, as a tree down is)
    told = "a big branch has come down over the kids swings and its sunday - is it ok to ring the clerk's mobile now?"
    found = choose_verdict(told, [never, emergency])
    assert found is not None and (found.answer, found.sentence) == ("yes", emergency)
    # (no emergency told: the rule, and its exception does not answer)
    agenda = "its sunday afternoon - is it ok to phone the clerk about the agenda?"
    assert choose_verdict(agenda, [never, emergency]).answer == "no"
    assert sentence_verdict(agenda, emergency) is None
    # (nor is a branch that is no tree's: "the branch meeting is on sunday")
    assert (
        choose_verdict("the branch meeting is on sunday - can i phone the clerk about it?", [never, emergency]).answer
        == "no"
    )


def test_save_in_an_emergency_is_an_exception():
    rule = (
        "A councillor must not telephone the Clerk at home or outside the Clerk's working hours, save in a genuine "
        "emergency such as flooding in the Reading Room or a fallen tree across the playing field."
    )
    told = (
        "big tree's come down over the playing field sunday morning, am i ok to ring the clerk at her house about it?"
    )
    assert sentence_verdict(told, rule) == "yes"
    assert sentence_verdict("can i ring the clerk at her house about the agenda?", rule) == "no"
    # (the verb is no exception: "Members should save files in the shared drive")
    assert (
        sentence_verdict("can i save files on my own laptop?", "Members should save files in the shared drive.") is None
    )


def test_a_role_named_before_the_rules_subject_is_not_its_actor():
    # "With the councillor's agreement, an officer may ...": the officer's permission answers nothing of
    # what a cabinet member may tell an officer.
    rule = "With the councillor's agreement, an officer may contact the resident directly to deal with a case."
    asked = (
        "im cabinet member for housing, can i tell the housing officer how to deal with one particular family's case?"
    )
    assert same_direction(asked, rule) is False
    assert sentence_verdict(asked, rule) is None


def test_two_verbs_of_one_object_and_a_persons_work_are_the_person():
    # Probe AE's parish: "can the chairman tell the clerk what to do between meetings?"
    asked = "upper hawsby - can the chairman tell the clerk what to do between meetings?"
    rule = (
        "The Chairman is the Clerk's first point of contact between meetings and settles the draft agenda with "
        "the Clerk, but has no authority to direct or supervise the Clerk's work."
    )
    assert sentence_verdict(asked, rule) == "no"
    assert sentence_verdict(asked, "The Chairman has no authority to direct or supervise the Clerk.") == "no"
    # (a thing the question does not name is still a thing: "direct the Clerk's budget")
    assert sentence_verdict(asked, "The Chairman has no authority to direct the Clerk's budget.") is None


def test_an_emergency_in_a_building_is_no_exception_for_one_out_of_doors():
    # Adversarial probe 31: Hartswold's exception is for an emergency at a Council building.
    rule = (
        "Councillors should not phone staff after 6pm or at weekends unless there is an emergency at a Council "
        "building, such as a break-in or a fire alarm at the Town Hall."
    )
    flooding = "Hartswold cllr - the recreation ground is flooding, can I ring the Town Clerk at 7pm about it?"
    assert sentence_verdict(flooding, rule) is None
    # (an exception for buildings or land covers it: "... at a council building or open space")
    wider = rule.replace("at a Council building,", "at a Council building or open space,")
    assert sentence_verdict(flooding, wider) != "no"


def test_declaring_a_relationship_is_telling_someone_of_it():
    rule = "the member and the officer must both declare that relationship in writing to the Monitoring Officer"
    asked = "my wife works in the planning team, do I have to tell anyone now that I'm a councillor?"
    assert sentence_verdict(asked, rule) == "yes"
    # (telling is not every act: whether she may work on one's own case is not said)
    assert (
        sentence_verdict("my wife works in planning, can she deal with my application now I'm a councillor?", rule)
        is None
    )


def test_a_reply_is_an_answer():
    rule = "Correspondence received in Welsh will be answered in Welsh."
    assert sentence_verdict("If I write to the clerk in Welsh will I get a reply in Welsh?", rule) == "yes"
    forbidden = "Councillors may share its posts but must not reply to comments on behalf of the Council."
    assert (
        sentence_verdict(
            "is it ok for me to answer people on the council facebook page on behalf of the council?", forbidden
        )
        == "no"
    )


def test_a_rule_for_only_the_people_it_lists_says_no_yes_for_others():
    # "only" after the rule's verb: the Chief Executive and the Strategic Directors, not a head of service.
    rule = "Councillors take part in appointing only the Chief Executive and the Strategic Directors."
    asked = "do councillors sit on the interview panel when a head of service is appointed?"
    assert sentence_verdict(asked, rule) != "yes"
    assert _only_others_named(asked, rule)
    assert not _only_others_named("do councillors sit on the panel appointing the chief executive?", rule)


def test_a_clause_number_left_in_the_text_is_no_part_of_the_rule():
    # Probe AC: "2(2)" before "No individual councillor ..." had hidden the "No" and given a Yes.
    asked = "can a councillor give instructions to the clerk?"
    rule = "No individual councillor, including the Chairman, may give instructions to the Clerk."
    assert sentence_verdict(asked, "2(2) " + rule) == sentence_verdict(asked, rule) == "no"
    assert sentence_verdict(asked, "4.1 " + rule) == "no"
    # (a head count is no clause number: "2 Members of the Council may call ..." permits no one councillor)
    assert (
        sentence_verdict(
            "can one councillor call an extraordinary meeting?",
            "2 Members of the Council may call an extraordinary meeting.",
        )
        is None
    )


def test_not_only_the_people_listed_widens_and_a_reason_lists_no_one():
    wider = "Members may contact any officer directly, not only the Chief Executive and Directors."
    assert sentence_verdict("can I contact the planning officer directly?", wider) == "yes"
    reason = "Members must not give instructions to any officer, since that is only the Chief Executive's role."
    assert not _only_others_named("can I give instructions to the planning officer?", reason)


def test_a_rule_for_those_related_to_an_applicant_is_no_rule_for_every_member():
    # A word two verb families share ("appointment": canvassing and recruiting) is no sign that the question is
    # about those the rule picks out.
    rule = (
        "A councillor who is related to an applicant for a post with the Council must not take part in any "
        "decision about the appointment."
    )
    assert sentence_verdict("can councillors sit on the panel appointing a head of service?", rule) is None


def test_and_that_includes_the_chairman_is_no_clause_of_its_own():
    # Probe AG: the aside had been judged alone, "that includes the Chairman, can give the Clerk instructions": Yes.
    rule = "No single councillor, and that includes the Chairman, can give the Clerk instructions."
    assert sentence_verdict("can the chairman tell the clerk what to do between meetings?", rule) == "no"


def test_information_a_councillor_needs_is_no_yes_to_any_record():
    # Probe AG: a general right to the information one needs said Yes to the caretaker's sickness records.
    rule = "Councillors may see Council information that they reasonably need for their duties."
    assert sentence_verdict("can councillors see the caretakers sickness records?", rule) is None
    assert sentence_verdict("can I see council information I need for my duties?", rule) == "yes"
    # (with no "that": "the information they need to carry out their role")
    plain = "Councillors can see the information they need to carry out their role."
    assert sentence_verdict("can councillors see the caretakers sickness records?", plain) is None


def test_a_rule_that_waits_for_an_event_answers_only_after_it():
    # "Once/if/where a report has been submitted, it may not be changed": the report is the rule's thing, and
    # only its being submitted is the condition; a question before the event is outside it.
    for rule in (
        "Once a report has been submitted, it may not be changed by a Member.",
        "If a report has been submitted, it may not be changed by a Member.",
        "Where a report has been submitted, Members may not change it.",
    ):
        assert sentence_verdict("can a member change a report?", rule) is None, rule
        assert sentence_verdict("can i change the report before it is submitted?", rule) is None, rule
        assert sentence_verdict("can a member change the report once it's been submitted?", rule) == "no", rule
    # ("once a week" is how often, no condition)
    assert sentence_verdict("can i phone the clerk?", "Members may phone the Clerk once a week.") is None


def test_a_question_asking_its_own_act_of_what_it_told_is_no_match_by_the_told_words():
    # fresh79 (blind): "... the officer's recommendation in the cabinet report is wrong - can i voice that ...?" had
    # No from a rule on asking officers to change a report's advice; the two share only "report".
    question = (
        "haldenshire cc. think the officer's recommendation in the cabinet report is wrong - can i voice that when "
        "it comes to the meeting?"
    )
    rule = "Members should not ask officers to change the professional advice in a report."
    assert sentence_verdict(question, rule) is None
    # (the rule's own act among what it told still matches: "... writes up a report for one political group, will
    # the other groups be told about it?" and "... will advise all other political groups ...")
    told = (
        "If a report is prepared for one political group, the Town Clerk will advise all other political groups "
        "that the report has been prepared, or that advice was given."
    )
    asked = "if the clerk writes up a report for one political group, will the other groups be told about it?"
    assert sentence_verdict(asked, told) == "yes"


def test_an_exception_s_thing_still_names_it_and_a_condition_s_own_before_is_no_question_s_before():
    # A review of the event rule above: "unless consent has been obtained" is named by "with consent" (only a
    # condition on the rule's own thing, said again in it as "it", narrows to what has happened to it), and a
    # condition that is itself "before the meeting" is met by a question that says so.
    guests = "Members must not bring guests into staff areas unless consent has been obtained."
    assert sentence_verdict("can i bring a guest to the staff room with consent?", guests) is None
    staff = "Members may not instruct staff unless authority has been delegated to them."
    assert sentence_verdict("can i instruct staff directly with the council's authority?", staff) is None
    early = "If a member has a question about an agenda item before the meeting, they should contact the Clerk."
    assert (
        sentence_verdict("i have a question about an item before the meeting - should i contact the clerk?", early)
        == "yes"
    )


def test_telling_an_officer_or_staff_what_to_do_is_instructing():
    # Seen asking probe AL's Draycombe as a user: "can a councillor tell an officer what to do?" had no verdict from
    # "Councillors cannot instruct officers on their own." (the idiom was known for the clerk, him, her and them only).
    rule = "Councillors cannot instruct officers on their own."
    assert sentence_verdict("draycombe - can a councillor tell an officer what to do?", rule) == "no"
    assert sentence_verdict("can i tell staff what to do?", rule) == "no"
    # (telling someone about something is no instruction)
    assert sentence_verdict("can i tell an officer about a pothole?", rule) is None


def test_a_verdict_from_a_part_on_another_act_beside_the_asked_verb_s_part_is_none():
    # (probe AM, blind: "No" to voting from the part on standing for election)
    rule = (
        "Staff who live in Hexford may vote and take part in community life, "
        "but may not stand for election to the Town Council."
    )
    assert (
        sentence_verdict("can hexford town council staff who live in the town vote in the local elections?", rule)
        is None
    )
    assert sentence_verdict("can staff vote in the local elections?", "Staff may vote in local elections.") == "yes"


def test_a_rule_after_a_leading_condition_still_names_its_own_officer():
    # (probe AM, blind: "Yes" to ringing the Clerk from a rule on ringing the Caretaker)
    rule = "If a problem at Hexford Hall cannot wait, members may ring the Caretaker's hall mobile."
    assert sentence_verdict("hexford - is it ok to ring the clerk on her own mobile?", rule) is None
    assert sentence_verdict("if theres a problem at the hall that cant wait can i ring the caretaker?", rule) == "yes"


def test_a_prohibition_for_a_purpose_the_question_denies_is_no_answer():
    # (fresh84, blind: "No" to a non-political residents' meeting in a council building)
    rule = (
        "Councillors must not use Council premises, equipment or employees' time "
        "for party political or campaigning purposes."
    )
    question = (
        "public meeting for residents about the skate park, nothing party political. can we use a council building?"
    )
    assert sentence_verdict(question, rule) is None
    assert sentence_verdict("can i use the council hall for a non-political residents meeting?", rule) is None
    assert sentence_verdict("can i use a council building for a party political meeting?", rule) == "no"


def test_a_rule_naming_a_post_with_its_deputy_says_nothing_of_the_post_alone():
    # (adversarial probe 14's trap, given a Yes once a leading condition no longer hid the rule's words)
    rule = (
        "Where a matter cannot wait until the next meeting, the Clerk may act after consulting the Chair and the "
        "Vice-Chair, and shall report what was done to the next meeting of the Council."
    )
    assert sentence_verdict("urgent matter - can the clerk act after just checking with the chair", rule) is None
    asked = (
        "if something cannot wait until the next meeting can the clerk act after consulting the chair and vice-chair?"
    )
    assert sentence_verdict(asked, rule) == "yes"


def test_a_permission_whose_clause_refuses_the_asked_thing_by_name_gives_no_yes():
    # (probe AO, blind: Yes to "a £10 amazon voucher" from "Staff may accept small gifts of up to £20 ...")
    may = "Staff may accept small gifts of up to £20 in value, which they declare to the Clerk."
    refused = "Cash, gift cards and vouchers are always refused, whatever their value."
    found = Verdict("yes", may)
    assert contradicted("can staff accept a £10 amazon voucher from a resident", found, [may, refused])
    assert not contradicted("can staff accept a box of chocolates from a resident?", found, [may, refused])
    # (not the permission's own limit said again: "Gifts worth more than £20 must be declined" for a £20 gift)
    may = "Staff may accept gifts of up to £20 from members of the public or suppliers."
    limit = "Gifts worth more than £20 must be declined."
    assert not contradicted(
        "can staff accept a gift worth exactly £20 from a supplier?", Verdict("yes", may), [may, limit]
    )


def test_a_review_s_questions_keep_their_verdicts():
    rule = "Members must not use Council premises for party political or campaigning purposes."
    assert (
        sentence_verdict("Can I use the council hall for campaigning when there's no election coming up?", rule) == "no"
    )
    rule = "Members may attend council meetings, but must not be present at disciplinary hearings."
    assert sentence_verdict("Can I attend an officer's disciplinary hearing?", rule) == "no"
    rule = "Members must not criticise officers in public; concerns should go to the Chair and the Vice-Chair."
    assert sentence_verdict("Can I criticise an officer in public if I have only told the chair?", rule) == "no"
    may = "Staff may accept small gifts of up to £20 in value."
    pending = "Gifts from residents who have a planning application pending must be declined."
    assert not contradicted(
        "Can staff accept a box of chocolates from a resident?", Verdict("yes", may), [may, pending]
    )
