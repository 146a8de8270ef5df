"""Citation checks and the extractive answerer, on literal clauses (no model)."""

import re

from assistant.answer import review_notes
from assistant.settings import AnswerSettings
from assistant.verify import check_citations, remove_bad_citations
from assistant.writers.extractive import extractive_answer
from ingest.records import DocumentMeta
from tests.fakes import hit

YATELEY = hit(
    "Yateley Town Council",
    "8.2",
    "Party political groups have no power to require the Town Clerk to "
    "attend group meetings. The Town Clerk is responsible to the Council as a whole.",
)
FINMERE = hit(
    "Finmere Parish Council",
    "4.2",
    'If the matter cannot be resolved informally, it may be necessary to invoke the "Disciplinary Procedure".',
    rank=2,
)


def test_valid_markers_and_verbatim_quotes_pass():
    text = 'Groups cannot insist: "Party political groups have no power to require the Town Clerk" [1].'
    assert check_citations(text, [YATELEY]).ok


def test_curly_quotes_whitespace_and_ellipsis_are_tolerated():
    text = "\u201cParty political groups  have no power \u2026 to attend group meetings\u201d [1]"
    assert check_citations(text, [YATELEY]).ok


def test_unknown_marker_and_invented_quote_fail_and_are_removed():
    text = 'Groups have no power [1]. Clerks must always attend [3]. "The Clerk must attend every group meeting" [1].'
    check = check_citations(text, [YATELEY])
    assert not check.ok and check.bad_markers == [3]
    assert check.bad_quotes == ["The Clerk must attend every group meeting"]
    cleaned = remove_bad_citations(text, [YATELEY], check)
    assert "[3]" not in cleaned and "must attend every" not in cleaned
    assert check_citations(cleaned, [YATELEY]).ok


def test_a_quote_must_be_in_the_clause_it_cites_not_another():
    text = '"Party political groups have no power" [2]'
    assert not check_citations(text, [YATELEY, FINMERE]).ok


def test_extractive_answer_quotes_only_verbatim_sentences_grouped_by_council():
    sims = {
        "Party political groups have no power to require the Town Clerk to attend group meetings.": 0.7,
        "The Town Clerk is responsible to the Council as a whole.": 0.3,
        'If the matter cannot be resolved informally, it may be necessary to invoke the "Disciplinary '
        'Procedure".': 0.65,
    }

    def scored(clause):
        return [(s, v) for s, v in sims.items() if s in clause.text]

    text, cited = extractive_answer("Must the Clerk attend?", [YATELEY, FINMERE], scored)
    # Issue 10: the answer first - "No." and the sentence that says so plainly; beside it only
    # clauses about attending (the disciplinary procedure is not).
    assert [h.clause.label for h in cited] == ["8.2"]
    assert text.splitlines()[0] == (
        "No. Yateley Town Council, clause 8.2: \u201cParty political groups have no power to require the Town "
        "Clerk to attend group meetings.\u201d [1]"
    )
    assert "responsible to the Council as a whole" not in text  # the sentence that does not answer
    assert check_citations(text, cited).ok
    # Without a verdict both councils are quoted, one sentence each (short clauses not quoted whole).
    question = "What does the protocol say about the Clerk?"
    by_sentence = AnswerSettings(whole_clause_words=0)
    text, cited = extractive_answer(question, [YATELEY, FINMERE], scored, by_sentence)
    assert [h.clause.label for h in cited] == ["8.2", "4.2"]
    assert "responsible to the Council as a whole" not in text
    assert check_citations(text, cited).ok  # including the quote with straight quotes inside


def test_a_short_clause_is_quoted_whole_and_as_one_quote():
    long_clause = hit(
        "Ashby Parish Council",
        "6.1",
        "Officers will not attend party group meetings. " + "They serve the whole council and every member. " * 5,
        rank=2,
    )

    def sims(clause):  # each clause's first sentence closest
        parts = [s.strip() + "." for s in clause.text.split(".") if s.strip()]
        return [(p, 0.6 if i == 0 else 0.4) for i, p in enumerate(parts)]

    text, cited = extractive_answer("What does the protocol say about the Clerk?", [YATELEY, long_clause], sims)
    # Yateley's two sentences (21 words) follow one another in the clause: one quote, no "…".
    assert (
        "\u201cParty political groups have no power to require the Town Clerk to attend group meetings. "
        "The Town Clerk is responsible to the Council as a whole.\u201d [1]" in text
    )
    # Ashby's clause (6 sentences) is quoted by its best sentence only.
    assert text.count("They serve the whole council") == 0 and check_citations(text, cited).ok
    # Settings: a limit of 20 words quotes Yateley by its best sentence too.
    by_sentence = AnswerSettings(whole_clause_words=20)
    text, _ = extractive_answer(
        "What does the protocol say about the Clerk?", [YATELEY, long_clause], sims, by_sentence
    )
    assert "responsible to the Council as a whole" not in text


def test_identical_wording_is_said_to_agree():
    a = hit("Battle Town Council", "3.1", "Members can expect: - a timely response to enquiries and complaints")
    b = hit(
        "Finmere Parish Council", "3.1", "Members can expect: d. Timely response to enquiries and complaints", rank=2
    )
    text, cited = extractive_answer("How fast?", [a, b], lambda c: [(c.text, 0.7)])
    assert "Battle Town Council and Finmere Parish Council use the same wording." in text
    assert check_citations(text, cited).ok
    # Three councils with one wording are one sentence, not three pairs.
    c = hit(
        "Mumbles Community Council", "2", "Members can expect: Timely response to enquiries and complaints.", rank=3
    )
    text, cited = extractive_answer("How fast?", [a, b, c], lambda c: [(c.text, 0.7)])
    assert text.endswith(
        "\n\nBattle Town Council, Finmere Parish Council and Mumbles Community Council use the same wording."
    )
    assert check_citations(text, cited).ok


def test_a_council_quoted_twice_does_not_link_two_wordings():
    from assistant.writers.extractive import _clusters

    # Battle is quoted twice: its first quote matches Finmere's, its second Mumbles'. Finmere and
    # Mumbles do not share a wording, so no group may hold all three.
    quotes = [
        ("Battle", "a timely response to enquiries and complaints"),
        ("Battle", "Officers will keep members informed of major issues in their ward."),
        ("Finmere", "Timely response to enquiries and complaints"),
        ("Mumbles", "Officers will keep members informed of major issues in their wards."),
    ]
    assert _clusters(quotes) == [["Battle", "Finmere"], ["Battle", "Mumbles"]]
    assert _clusters(quotes[:3]) == [["Battle", "Finmere"]]
    assert _clusters([("Battle", "one wording of a rule here"), ("Finmere", "another rule said in other words")]) == []


def test_review_notes_only_for_protocols_past_their_date():
    from datetime import date

    metas = {
        "Yateley Town Council": DocumentMeta("Battle Town Council", "P", next_review="2024-01"),
        "Finmere Parish Council": DocumentMeta("Finmere Parish Council", "P", next_review="2027-03"),
    }
    notes = review_notes([YATELEY, FINMERE], lambda c: metas[c.council], date(2026, 11, 22))
    assert notes == ["Battle Town Council's protocol was due for review in January 2024."]
    assert review_notes([YATELEY], lambda c: metas[c.council], date(2024, 1, 31)) == []
    metas["Yateley Town Council"] = DocumentMeta("Battle Town Council", "P", next_review="2023-08-07")
    notes = review_notes([YATELEY], lambda c: metas[c.council], date(2026, 11, 22))
    assert notes == ["Battle Town Council's protocol was due for review on 7 August 2023."]
    # Several overdue protocols: one quiet line, not a note each.
    metas["Finmere Parish Council"] = DocumentMeta("Finmere Parish Council", "P", next_review="2025-05")
    notes = review_notes([YATELEY, FINMERE], lambda c: metas[c.council], date(2026, 11, 22))
    assert notes == ["Past their review dates: Battle Town Council (7 August 2023), Finmere Parish Council (May 2025)."]


def test_a_clause_about_the_other_grievance_is_not_quoted():
    # Over thousands of councils the search can still put "councillors unhappy with staff" in the
    # top 5 for an officer's question; the answer does not quote it while another clause is found.
    wrong_way = hit(
        "Ashby Parish Council",
        "8.2",
        "If a Councillor is dissatisfied with the conduct or performance of the Clerk, the matter should be raised "
        "with the Chairman.",
    )
    right_way = hit(
        "Barrow Town Council",
        "4.1",
        "A councillor must treat officers with respect and must not bully or harass them.",
        rank=2,
    )
    text, cited = extractive_answer(
        "what should I do if a councillor is rude to me?", [wrong_way, right_way], lambda c: [(c.text, 0.7)]
    )
    assert [h.clause.council for h in cited] == ["Barrow Town Council"]
    text, cited = extractive_answer(
        "what should I do if a councillor is rude to me?", [wrong_way], lambda c: [(c.text, 0.7)]
    )
    assert [h.clause.council for h in cited] == ["Ashby Parish Council"]  # nothing else found: still shown


def test_a_permission_is_quoted_with_the_limit_its_clause_puts_on_it():
    clause = hit(
        "Ashby Parish Council",
        "9.2",
        "The Council can provide councillors with printing and photocopying for their council work. "
        "These services are paid for by the taxpayer. They should not be used for party political campaigning.",
    )
    sims = {
        "The Council can provide councillors with printing and photocopying for their council work.": 0.45,
        "These services are paid for by the taxpayer.": 0.2,
        "They should not be used for party political campaigning.": 0.25,
    }
    by_sentence = AnswerSettings(whole_clause_words=0)  # quoted by sentence, not whole
    text, _ = extractive_answer(
        "can i get the council to print things for me?", [clause], lambda c: list(sims.items()), by_sentence
    )
    assert not text.startswith(("Yes", "No"))
    assert "They should not be used for party political campaigning." in text
    assert "These services are paid for" not in text
    # Asked about the use the limit names, the limit is the answer.
    text, _ = extractive_answer(
        "can i print my party leaflets on the council copier?", [clause], lambda c: list(sims.items())
    )
    assert text.startswith(
        "No. Ashby Parish Council, clause 9.2: \u201cThe Council can provide councillors with printing"
    )
    assert "They should not be used for party political campaigning." in text


def test_a_list_item_cut_off_from_its_lead_in_is_not_quoted_beside_the_top_result():
    top = hit("Ashby Parish Council", "15 \u00b61", "Councillors may use the photocopier for council work.")
    items = hit("Ashby Parish Council", "15 \u00b63", "- t) work for a party political meeting", rank=2)
    text, cited = extractive_answer("what is the photocopier for?", [top, items], lambda c: [(c.text, 0.6)])
    assert "work for a party political meeting" not in text and cited == [top]
    # With its lead-in in the clause, it says what it means and may be quoted.
    listed = hit(
        "Ashby Parish Council",
        "15 \u00b63",
        "Support is not given for: - t) work for a party political meeting",
        rank=2,
    )
    text, cited = extractive_answer("what is the photocopier for?", [top, listed], lambda c: [(c.text, 0.6)])
    assert cited == [top, listed]


def test_a_verdict_comes_only_from_the_best_clauses():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    filler = [
        hit(f"Council {n}", "1", f"Council {n} reviews its protocol every year in May.", rank=n) for n in (1, 2, 3)
    ]
    rule = hit("Council 4", "1", "Party groups have no power to require the Clerk to attend group meetings.", rank=4)
    sims = lambda c: [(c.text, 0.50 if c.council == "Council 4" else 0.52)]  # noqa: E731
    question = "can our group make the clerk attend our group meeting?"
    _, _, verdict = answer_with_verdict(question, [*filler, rule], sims, AnswerSettings(verdict_clauses=3))
    assert verdict is None
    _, _, verdict = answer_with_verdict(question, [*filler, rule], sims, AnswerSettings(verdict_clauses=4))
    assert verdict == "no"


def test_compare_views_name_the_groups_of_same_wording():
    from assistant.compare import CompareRow
    from assistant.view import compare_markdown, compare_table

    battle = hit("Battle Town Council", "4.1", "Close relationships can confuse roles.")
    finmere = hit("Finmere Parish Council", "3.3", "Close relationships can confuse roles.")
    rows = [
        CompareRow(
            "Battle Town Council", [battle], "Close relationships can confuse roles.", ["Finmere Parish Council"]
        ),
        CompareRow(
            "Finmere Parish Council", [finmere], "Close relationships can confuse roles.", ["Battle Town Council"]
        ),
        CompareRow("Mumbles Community Council", []),
    ]
    for text in (compare_table("q", rows), compare_markdown("q", rows)):
        assert text.rstrip().endswith("Battle, Finmere: same wording")


def test_a_closer_sentence_in_a_lower_clause_that_answers_the_other_way_leaves_no_verdict():
    # The first clause says No; the fourth, closer to the question, allows the question's case.
    clauses = [
        ("Councillors must not contact the Clerk at home.", 0.70),
        ("The Clerk's working hours are set by the Council.", 0.60),
        ("The Clerk is employed for 20 hours a week.", 0.60),
        ("In an emergency, councillors may telephone the Clerk at home.", 0.80),
    ]
    hits = [hit("Fenby Parish Council", str(i), text, rank=i) for i, (text, _) in enumerate(clauses, 1)]
    sims = dict(clauses)
    text, _ = extractive_answer(
        "can i phone the clerk at home in an emergency?", hits, lambda c: [(c.text, sims[c.text])], AnswerSettings()
    )
    assert text.startswith("The protocols say:")
    # Without that clause the first one's No stands.
    text, _ = extractive_answer(
        "can i phone the clerk at home?", hits[:3], lambda c: [(c.text, sims[c.text])], AnswerSettings()
    )
    assert text.startswith("No. Fenby Parish Council")


def test_headings_are_never_quoted_as_clauses():
    from dataclasses import replace

    heading = hit("Westshire", "5", "PART 5.3 - MEMBER/OFFICER RELATIONS PROTOCOL", rank=1)
    marked = hit("Westshire", "Roles", "Roles and responsibilities of members and officers", rank=2)
    marked = replace(marked, clause=replace(marked.clause, kind="heading"))
    rule = hit("Westshire", "6.4", "Members must not bully or harass officers.", rank=3)
    scores = {"5": 0.9, "Roles": 0.85, "6.4": 0.6}  # the headings closest to the question
    text, cited = extractive_answer(
        "What does the member/officer relations protocol say about members and officers?",
        [heading, marked, rule],
        lambda c: [(c.text, scores[c.label])],
    )
    assert [h.clause.label for h in cited] == ["6.4"]
    assert "PART 5.3" not in text and "Roles and responsibilities" not in text


def test_a_condition_left_unfinished_is_not_quoted_alone():
    # "If the matter cannot be resolved." (a document's unfinished sentence) says nothing alone.
    cut = hit("Westshire", "16", "If the matter cannot be resolved.", rank=1)
    rule = hit("Westshire", "17", "If in doubt ask the Clerk. Unresolved concerns go to the Town Clerk.", rank=2)
    text, cited = extractive_answer(
        "what if the matter cannot be resolved?", [cut, rule], lambda c: [(c.text, 0.8 if c.label == "16" else 0.6)]
    )
    assert [h.clause.label for h in cited] == ["17"] and "cannot be resolved" not in text
    from assistant.writers.extractive import _quotable

    # a condition with a comma has its main clause: it is whole
    assert _quotable("If requested, officers will attend group meetings.")
    assert _quotable("Unless agreed otherwise, officers must refuse.")


def test_a_rule_in_capitals_or_a_heading_that_states_a_rule_is_quoted():
    from dataclasses import replace

    caps = hit("Fenby", "4.1", "COUNCILLORS MUST NOT CONTACT MEMBERS OF STAFF AT HOME OR ON THEIR PERSONAL TELEPHONES.")
    other = hit("Fenby", "2.1", "The Clerk is employed by the Council as a whole.", rank=2)
    text, cited = extractive_answer("Can I phone the clerk at home?", [caps, other], lambda c: [(c.text, 0.6)])
    assert cited[0].clause.label == "4.1" and "MUST NOT CONTACT" in text
    rule = hit("Fenby", "WhatsApp", "Members must not use WhatsApp to instruct officers")
    rule = replace(rule, clause=replace(rule.clause, kind="heading"))
    text, cited = extractive_answer("Can I use WhatsApp to instruct the clerk?", [rule], lambda c: [(c.text, 0.6)])
    assert [h.clause.label for h in cited] == ["WhatsApp"]
    # A table's header row left as a heading is no rule, though it holds a "will".
    header = hit("Fenby", "Annex A", "Type of contact Timescale What the councillor will receive")
    header = replace(header, clause=replace(header.clause, kind="heading"))
    text, cited = extractive_answer("how long will a reply take?", [header, other], lambda c: [(c.text, 0.6)])
    assert [h.clause.label for h in cited] == ["2.1"] and "Timescale" not in text


def test_a_dates_records_short_lines_are_quoted():
    """A version table's cells ('Approved  Council, 9 April 2025 (Minute 141)') are fewer than five
    words a line, too short for a prose quote, but a dates record's lines are what a "when" question
    wants: the record is quoted, not the review clause beside it alone."""
    from dataclasses import replace

    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    lines = ["Approved Council, 9 April 2025 (Minute 141)", "Effective from 12 May 2025", "Version 5.0"]
    record = hit("Oldbarrow Council", "Adoption and review", "\n".join(lines))
    record = replace(record, clause=replace(record.clause, kind="dates"))
    review = hit("Oldbarrow Council", "11.1", "The Standards Committee will review this Protocol every two years.", 2)
    sims = lambda c: [(p, 0.4) for p in c.text.split("\n")]  # noqa: E731
    text, cited, _ = answer_with_verdict(
        "when did oldbarrow approve the protocol?", [record, review], sims, AnswerSettings()
    )
    assert cited[0] is record and "9 April 2025" in text
    # a prose clause's short lines are still no quotes
    prose = hit("Oldbarrow Council", "2", "Approved by the Council.\nOfficers serve the whole Council, not one group.")
    text, cited, _ = answer_with_verdict("who do officers serve?", [prose], sims, AnswerSettings())
    assert "Approved by the Council" not in text


def test_a_dates_record_is_quoted_at_the_line_that_states_the_date_asked_for():
    # "Reviewed By  Policy & Resources Committee" sits closer to "when was it adopted?" by vectors
    # (dated lines embed poorly); the line with the adoption date is the one quoted.
    from dataclasses import replace

    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    lines = [
        "Date of adoption\tFebruary 2022",
        "Next Review Date\tJune 2026",
        "Reviewed By\tPolicy & Resources Committee",
    ]
    record = hit("Oldbarrow Council", "Adoption and review", "\n".join(lines))
    record = replace(record, clause=replace(record.clause, kind="dates"))
    sims = {lines[0]: 0.11, lines[1]: 0.10, lines[2]: 0.33}
    by_line = AnswerSettings(whole_clause_words=0)  # (a short record is otherwise quoted whole)
    ask = lambda q: answer_with_verdict(q, [record], lambda c: list(sims.items()), by_line)[0]  # noqa: E731
    first_quote = lambda text: text.split("\u201c", 1)[1].split("\u201d", 1)[0]  # noqa: E731
    assert first_quote(ask("when was the member officer protocol adopted")) == "Date of adoption February 2022"
    assert first_quote(ask("when is the next review due?")).startswith("Next Review Date June 2026")
    # the last review is not the next one
    reviewed = ["Reviewed\tFebruary 2023, June 2025", "Next Review Date\tJune 2026"]
    record = replace(record, clause=replace(record.clause, text="\n".join(reviewed)))
    sims2 = {reviewed[0]: 0.10, reviewed[1]: 0.12}
    text = answer_with_verdict("when was it last reviewed?", [record], lambda c: list(sims2.items()), by_line)[0]
    assert first_quote(text).startswith("Reviewed February 2023"), text


def test_a_dates_answer_quotes_only_clauses_about_the_protocols_own_dates():
    """'When was it adopted?' answered by a dates record: beside it, a clause about reviewing this
    protocol, not one about reviewing the Council's performance or its adopted Code."""
    from dataclasses import replace

    from assistant.settings import Settings
    from assistant.writers import WriterContext
    from assistant.writers.extractive import ExtractiveWriter

    record = hit("Yateley Town Council", "Amendment Record", "Version 1: Approved by Committee 07.03.16")
    record = replace(record, clause=replace(record.clause, kind="dates"))
    others = [
        hit("Yateley Town Council", "3.1", "Councillors monitor and review Council performance in services.", 2),
        hit("Yateley Town Council", "6.2", "Councillors will comply with the council's adopted Code of Conduct.", 3),
        hit("Yateley Town Council", "9.1", "The Council will review this protocol every two years.", 4),
    ]
    context = WriterContext(query_vector=None, scored_sentences=lambda c: [(c.text, 0.5)])
    draft = ExtractiveWriter(Settings()).write("when was the yateley protocol adopted?", [record, *others], context)
    assert [h.clause.label for h in draft.cited] == ["Amendment Record", "9.1"]


def test_within_a_clause_the_question_s_own_words_pick_the_sentence():
    from assistant.settings import AnswerSettings

    sims = {  # the vectors put the "silent copies" sentence a little closer; the question says "blind copy"
        "Correspondence between a member and an officer should not be copied to another member without consent.": 0.40,
        "Where correspondence is copied this must be made explicit, and there should be no blind copies.": 0.53,
        "Where it is necessary to copy a letter to another member, the first member should be told.": 0.41,
        "A system of silent copies is not to be employed by anyone at the Council.": 0.54,
        "The foot of every email should list all the members who have been sent it.": 0.30,
        "Officers will keep a record of the correspondence they send to members.": 0.25,
    }
    clause = hit("Fenby", "13", " ".join(sims))
    one = AnswerSettings(second_sentence_gap=0.0)  # one sentence quoted: the one ranked first
    text, _ = extractive_answer(
        "who gets to see a blind copy of an email?", [clause], lambda c: list(sims.items()), one
    )
    assert "there should be no blind copies" in text


def test_the_top_clause_of_one_councils_answer_may_give_the_verdict_though_another_sentence_is_closer():
    from assistant.writers.extractive import answer_with_verdict

    # A council-named question: its best clause (the search's first) holds the rule, while a general
    # sentence of another clause sits closer to the question's words ("... cc officer - ...").
    rule = hit("Ambershire County Council", "8.1", "Officers may accept a box of chocolates from a Member for a team.")
    general = hit("Ambershire County Council", "2.2", "Officers give impartial advice to the Council.", rank=2)
    sims = lambda c: [(c.text, 0.40 if c.label == "8.1" else 0.52)]  # noqa: E731
    question = "ambershire cc officer - a councillor brought in a box of chocs for our team, are we ok to keep them?"
    _, _, verdict = answer_with_verdict(question, [rule, general], sims)
    assert verdict == "yes"
    # Over several councils the closer sentence's clause decides which sentences may answer: another
    # council's first clause is no answer for a question that names none.
    other = hit("Brimsdale Town Council", "2.2", "Officers give impartial advice to the Council.", rank=2)
    _, _, verdict = answer_with_verdict(question, [rule, other], sims)
    assert verdict is None


def test_a_dated_line_is_quoted_for_a_question_about_dates():
    """ "Last reviewed: June 2024." is too short to quote as a sentence, but it is the answer to "when
    was it last reviewed?"; a short line with a number that names no date field is not quoted."""
    review = hit(
        "Inverallan Council",
        "50",
        "This protocol will be reviewed by the Committee after each local government election. "
        "Last reviewed: June 2024. Signed: J Smith 12/06/2024.",
    )
    pieces = [
        "This protocol will be reviewed by the Committee after each local government election.",
        "Last reviewed: June 2024.",
        "Signed: J Smith 12/06/2024.",
    ]

    def scored(clause):
        return [(p, 0.6 - i * 0.1) for i, p in enumerate(pieces)]

    text, _ = extractive_answer("when was the inverallan protocol last reviewed", [review], scored)
    assert "Last reviewed: June 2024." in text and "Signed" not in text
    text, _ = extractive_answer("who reviews the inverallan protocol?", [review], scored)
    assert "Last reviewed" not in text


def test_a_list_of_the_topics_a_protocol_covers_is_not_quoted():
    from assistant.writers.extractive import extractive_answer

    topics = hit(
        "Council 1",
        "1",
        "This Protocol covers: - The roles of councillors and officers - Who is responsible for making decisions.",
        rank=1,
    )
    rule = hit("Council 2", "1.2", "Responsibility for the operation of this Protocol lies with the Clerk.", rank=2)

    def sims(clause):  # noqa: ANN001, ANN202 - each sentence or item of the clause, the topics closest
        pieces = re.split(r"(?<=:)\s+|\s+(?=- )", clause.text)
        return [(p, 0.7 if "Who is" in p else 0.5) for p in pieces]

    text, cited = extractive_answer("who is responsible for making sure the protocol works?", [topics, rule], sims)
    assert cited == [rule]
    assert "Who is responsible for making decisions" not in text


def test_a_permission_for_council_business_does_not_lead_for_a_party_purpose():
    from assistant.writers.extractive import extractive_answer

    groups = hit(
        "Council 1",
        "10",
        "The Clerk may properly be asked to contribute to deliberations of matters concerning Council business by "
        "party groups.",
        rank=1,
    )
    rule = hit("Council 2", "2.3", "Councillors must not ask officers to undertake work of a party political nature.")
    sims = lambda c: [(c.text, 0.6)]  # noqa: E731
    _, cited = extractive_answer("can i ask the clerk to knock up a leaflet for my party?", [groups, rule], sims)
    assert cited[0] is rule
    _, cited = extractive_answer("can I ask the clerk to help with my election leaflet?", [groups, rule], sims)
    assert cited[0] is rule
    # (nor does a permission whose other sentence forbids the question's purpose lose its place)
    limited = hit(
        "Council 3",
        "7.1",
        "Councillors may use the photocopier only for Council business. They must not be used to produce election "
        "leaflets.",
        rank=1,
    )
    _, cited = extractive_answer("can we use the photocopier for our election leaflets?", [limited, rule], sims)
    assert cited[0] is limited
    # (a prohibition on something else does not: "... for Council business. Members must not share their
    # passwords with anyone.")
    passwords = hit(
        "Council 4",
        "3.1",
        "Members may use Council IT equipment and email for Council business. Members must not share their "
        "passwords with anyone.",
        rank=1,
    )
    _, cited = extractive_answer("can i use the council laptop to do my party newsletter?", [passwords, rule], sims)
    assert cited[0] is rule
    # (for council business itself the permission keeps its place)
    _, cited = extractive_answer("can our group ask the clerk for advice on council business?", [groups, rule], sims)
    assert cited[0] is groups


def test_a_rule_on_using_a_thing_for_a_purpose_answers_from_any_of_the_best_clauses():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    other = hit("Council 1", "7.5", "Members should not ask officers to take part in party political activity.")
    resources = hit(
        "Council 2",
        "15",
        "The Council can provide members with typing, printing and photocopying. They should not be used for "
        "private purposes or in connection with party political or campaigning activities.",
        rank=2,
    )

    def sims(clause):  # noqa: ANN001, ANN202 - the rule on use sits far from the question in meaning
        if clause is resources.clause:
            return [
                ("The Council can provide members with typing, printing and photocopying.", 0.55),
                (
                    "They should not be used for private purposes or in connection with party political or "
                    "campaigning activities.",
                    0.30,
                ),
            ]
        return [(clause.text, 0.60)]

    question = "am i allowed to use the council office printer for my party leaflets"
    _, cited, verdict = answer_with_verdict(question, [other, resources], sims, AnswerSettings())
    # (the printer is the "printing" provided; the rule is in the second clause found)
    assert verdict == "no"
    assert cited[0] is resources


def test_a_quote_whose_subject_is_a_pronoun_comes_with_the_sentence_before_it():
    from assistant.settings import AnswerSettings

    sims = {
        "Chairs of Committees have extra duties, and their dealings with staff are closer than other members'.": 0.20,
        "However, they must still respect the impartiality of Officers.": 0.35,
        "They must not ask them to undertake work of a party-political nature.": 0.60,
        "Chairs should meet the Clerk before each meeting of their committee to go through the agenda.": 0.10,
    }
    clause = hit("Ashby", "4", " ".join(sims))
    one = AnswerSettings(second_sentence_gap=0.0, whole_clause_words=0)
    text, _ = extractive_answer("can staff be asked to do party work?", [clause], lambda c: list(sims.items()), one)
    # ("they" is said only in the sentence before, which also says the rule is for every councillor)
    assert "However, they must still respect the impartiality of Officers. They must not ask them" in text
    assert "Chairs of Committees have extra duties" not in text  # one sentence back, not the whole clause
    sims = {p.replace("They must not", "Members must not"): s for p, s in sims.items()}
    clause = hit("Ashby", "4", " ".join(sims))
    text, _ = extractive_answer("can staff be asked to do party work?", [clause], lambda c: list(sims.items()), one)
    assert "However" not in text  # a sentence that names its subject is quoted alone


def test_a_clearly_closer_clause_leads_though_the_search_ranked_it_lower():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    general = hit("Testbury Parish Council", "2.1", "Councillors and staff should treat each other with respect.")
    timing = hit(
        "Testbury Parish Council", "4.3", "The Clerk will answer a councillor's email within five working days.", 2
    )
    close = {general.clause.text: 0.50, timing.clause.text: 0.62}
    sims = lambda c: [(c.text, close[c.text])]  # noqa: E731
    question = "how quickly should the clerk answer my email?"
    _, cited, _ = answer_with_verdict(question, [general, timing], sims, AnswerSettings())
    assert cited[0] is timing
    # within the margin, the search's order stands
    _, cited, _ = answer_with_verdict(question, [general, timing], sims, AnswerSettings(lead_margin=0.5))
    assert cited[0] is general


def test_without_a_verdict_a_clause_with_a_rule_on_the_asked_act_leads_a_yes_no_answer():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    # The search and the vectors put the clause that shares the question's nouns first; for a yes/no
    # question the rule on the act itself ("contact staff who are on leave") leads, Yes/No or none.
    post = hit(
        "Testbury Community Council",
        "2.2",
        "The Development Officer is employed for 21 hours a week to support grant applications.",
    )
    rule = hit("Testbury Community Council", "6.4", "Councillors should not contact staff who are on leave.", 2)
    close = {post.clause.text: 0.55, rule.clause.text: 0.50}
    sims = lambda c: [(c.text, close[c.text])]  # noqa: E731
    question = "the development officer is on leave - is a quick message about the grant form to her ok if it's urgent?"
    settings = AnswerSettings(lead_margin=0.02)
    _, cited, verdict = answer_with_verdict(question, [post, rule], sims, settings)
    assert verdict is None and cited[0] is rule
    # without the bonus the closer clause leads, as it does for a question that is not yes/no
    _, cited, _ = answer_with_verdict(question, [post, rule], sims, AnswerSettings(lead_margin=0.02, rule_lead_bonus=0))
    assert cited[0] is post
    _, cited, _ = answer_with_verdict(
        "development officer on leave this week. message her?", [post, rule], sims, settings
    )
    assert cited[0] is post


def test_a_question_of_how_soon_is_answered_first_by_a_sentence_that_gives_a_time():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict, asked_words

    letters = hit(
        "Testbury Parish Council",
        "13",
        "Letters or emails which create obligations should never be sent by a councillor.",
    )
    timely = hit(
        "Testbury Parish Council", "6", "Officers will do their best to give timely responses to enquiries.", 2
    )
    close = {letters.clause.text: 0.50, timely.clause.text: 0.48}
    sims = lambda c: [(c.text, close[c.text])]  # noqa: E731
    question = "how quickly should the clerk answer my email?"
    assert "\x00how soon" in asked_words(question) and "\x00how soon" not in asked_words("can I email the clerk?")
    # (0.48 + the bonus for a time, 0.06, against 0.50 + one shared word's 0.02)
    _, cited, _ = answer_with_verdict(question, [letters, timely], sims, AnswerSettings(lead_margin=0.01))
    assert cited[0] is timely


def test_a_question_of_what_to_do_is_answered_first_by_a_sentence_that_gives_a_route():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import REMEDY, answer_with_verdict, asked_words

    expect = hit("Testbury Parish Council", "3.2", "Officers can expect not to be bullied or put under undue pressure.")
    route = hit(
        "Testbury Parish Council",
        "9.4",
        "An officer unhappy with a councillor's conduct should raise it with the Chair of the Staffing Committee.",
        2,
    )
    close = {expect.clause.text: 0.50, route.clause.text: 0.485}
    sims = lambda c: [(c.text, close[c.text])]  # noqa: E731
    question = "a cllr swore at me in the car park, what can i do?"
    assert REMEDY in asked_words(question) and REMEDY not in asked_words("can a cllr swear at me?")
    # (what to do about being treated badly, not any "what should i do?")
    assert REMEDY not in asked_words("a journalist rang me asking about a councillor, what should i do?")
    # (the route within the relevance gap, 0.485 + 0.06 for a route, and first: 0.545 against 0.54 with
    # the words each shares with the question)
    _, cited, _ = answer_with_verdict(
        question, [expect, route], sims, AnswerSettings(relevance_gap=0.01, lead_margin=0.0)
    )
    assert cited[0] is route
    # a question that asks nothing of what to do keeps the closer sentence first, and the gap
    _, cited, _ = answer_with_verdict(
        "a cllr swore at me in the car park", [expect, route], sims, AnswerSettings(relevance_gap=0.01, lead_margin=0.0)
    )
    assert cited == [expect]


def test_a_question_naming_no_council_gets_no_verdict_when_another_council_answers_the_other_way():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    rule = "Members must register any gift or hospitality worth more than £{} within 28 days of receiving it."
    one = hit("Testbury Town Council", "8.4", rule.format(50))
    other = hit("Upperby Community Council", "22", rule.format(25), 2)
    close = {one.clause.text: 0.60, other.clause.text: 0.55}
    sims = lambda c: [(c.text, close[c.text])]  # noqa: E731
    _, _, verdict = answer_with_verdict("do i need to register a £30 gift?", [one, other], sims, AnswerSettings())
    assert verdict is None
    # (the first council alone says No; both agree on a £60 gift, and on a £10 one)
    _, _, verdict = answer_with_verdict("do i need to register a £30 gift?", [one], sims, AnswerSettings())
    assert verdict == "no"
    _, _, verdict = answer_with_verdict("do i need to register a £60 gift?", [one, other], sims, AnswerSettings())
    assert verdict == "yes"
    _, _, verdict = answer_with_verdict("do i need to register a £10 gift?", [one, other], sims, AnswerSettings())
    assert verdict == "no"
    # (another council's sentence read part by part: its limit is in its first part)
    staff = hit("Testbury Town Council", "10.1", "Staff may accept gifts of a value up to £20 and must record them.")
    clerk = hit(
        "Upperby Community Council",
        "20",
        "The Clerk may accept a gift worth up to £10 and must record it in the gifts register, and anything of "
        "greater value must be politely declined.",
        2,
    )
    close = {staff.clause.text: 0.60, clerk.clause.text: 0.55}
    _, _, verdict = answer_with_verdict("can the clerk accept a £12 gift?", [staff], sims, AnswerSettings())
    assert verdict == "yes"
    _, _, verdict = answer_with_verdict("can the clerk accept a £12 gift?", [staff, clerk], sims, AnswerSettings())
    assert verdict is None


def test_a_transcript_line_ranked_lower_neither_silences_a_verdict_nor_leads():
    from assistant.settings import AnswerSettings
    from assistant.writers.extractive import answer_with_verdict

    rule = hit("Testbury Borough Council", "4.1", "Members must not email officers directly.")
    filler = [
        hit("Testbury Borough Council", f"9.{n}", f"The protocol is reviewed in year {n}.", n + 1) for n in (1, 2)
    ]
    text = "[20:41] Cllr Hollis: Thanks. Members may email officers directly."
    said = hit("Testbury Borough Council", "Transcript ¶19", text, 4)

    def sims(clause):  # (the transcript's second sentence has no timestamp of its own)
        if clause is said.clause:
            return [("[20:41] Cllr Hollis: Thanks.", 0.30), ("Members may email officers directly.", 0.66)]
        return [(clause.text, 0.60 if clause is rule.clause else 0.30)]

    question = "can members email officers directly?"
    _, cited, verdict = answer_with_verdict(question, [rule, *filler, said], sims, AnswerSettings())
    assert verdict == "no" and cited[0] is rule
    _, cited, _ = answer_with_verdict(
        "what about emailing officers?", [rule, said], sims, AnswerSettings(lead_margin=0.01)
    )
    assert cited[0] is rule


def test_the_sentence_quoted_is_the_one_about_the_concept_the_question_touches():
    from assistant.writers.extractive import extractive_answer

    # ("saturday" touches the thesaurus's free-time concept: its words count as the question's own)
    pieces = [
        "Councillors should not raise matters relating to the capability of an officer at meetings held in public.",
        "This is a long-standing tradition in public service.",
        "An officer has no means of responding to criticisms like this in public.",
        "Officers work to the instructions of their senior officers, not individual members.",
        "Members will endeavour to give timely responses to enquiries from officers.",
        "Members and officers should respect each other's free (i.e. non-Council) time.",
    ]
    clause = hit("Testbury Town Council", "6", " ".join(pieces), rank=2)
    first = hit("Testbury Town Council", "9", "Complaints by officers go to the Chairman.", rank=1)
    close = {pieces[1]: 0.185, pieces[5]: 0.182, first.clause.text: 0.2}
    sims = lambda c: [(p, close.get(p, 0.1)) for p in (pieces if c is clause.clause else [c.text])]  # noqa: E731

    # (one sentence of a clause quoted second: the closer of the two by the vectors alone)
    text, _ = extractive_answer("can i ring the clerk on a saturday?", [first, clause], sims)
    assert "free (i.e. non-Council) time" in text
    assert "long-standing tradition" not in text
