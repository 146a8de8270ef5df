"""Clause parsing for each numbering style, on literal strings."""

from ingest.clauses import MAX_PASSAGE_WORDS, is_welsh, parse_clauses
from ingest.cleanup import clean_document, clean_pages
from ingest.records import Page


def parse(text: str, pdf: bool = False):
    page = Page(1 if pdf else None, text)
    return parse_clauses(clean_pages([page]), council="C", document="D", source="s", doc_id="d")


def table(clauses):
    return [(c.label, c.heading, c.text) for c in clauses]


def test_numbered_headings_and_clauses_behind_bullet_marks():
    text = (
        "1. Introduction\n\n- 1.1 The relationship matters.\n- 1.2 The purpose is guidance."
        "\n\n2. Roles\n\n2.1 Councillors set policy."
    )
    assert table(parse(text)) == [
        ("1.1", "1. Introduction", "The relationship matters."),
        ("1.2", "1. Introduction", "The purpose is guidance."),
        ("2.1", "2. Roles", "Councillors set policy."),
    ]


def test_point_zero_headings():
    text = (
        "8.0 Political Groups\n\n8.1 Party politics has no place.\n\n8.2 Groups cannot "
        "require the Clerk to attend.\n\n9.0 Complaints\n\n9.1 Raise it with the Clerk."
    )
    got = table(parse(text))
    assert got[1] == ("8.2", "8.0 Political Groups", "Groups cannot require the Clerk to attend.")
    assert got[2] == ("9.1", "9.0 Complaints", "Raise it with the Clerk.")


def test_unnumbered_continuation_paragraph_belongs_to_its_clause():
    text = "2.1 The roles can be summarised as follows:\n\nCouncillors serve the public.\n\n2.2 Next."
    assert table(parse(text))[0] == (
        "2.1",
        "",
        "The roles can be summarised as follows:\nCouncillors serve the public.",
    )


def test_lettered_items_stay_with_their_clause():
    text = (
        "3.1 Councillors can expect from officers:\n\na. A working partnership\n\n"
        "b. Respect, dignity and courtesy\n\n3.2 Officers can expect:\n\na) Leadership\n"
        "b) Direction"
    )
    got = table(parse(text))
    assert got == [
        (
            "3.1",
            "",
            "Councillors can expect from officers:\na. A working partnership\nb. Respect, dignity and courtesy",
        ),
        ("3.2", "", "Officers can expect:\na) Leadership\nb) Direction"),
    ]


def test_roman_items_behind_bullets_stay_with_their_clause():
    text = (
        "3.1 Councillors have four main areas:\n\n- i) To set policy;\n- ii) To monitor;\n"
        "- iii) To represent; and\n- iv) To advocate.\n\n3.2 All councillors are equal."
    )
    got = parse(text)
    assert [c.label for c in got] == ["3.1", "3.2"]
    assert got[0].text.endswith("- iv) To advocate.")


def test_headings_without_numbers_cite_heading_and_paragraph():
    text = (
        "# Model Protocol\n\n## Background\n\nThis protocol supports councillors.\n\n"
        "The aim is professional relationships.\n\n## Officers\n\nOfficers give advice."
    )
    got = table(parse(text))
    assert got == [
        ("Title", "", "Model Protocol"),
        ("Background ¶1", "Background", "This protocol supports councillors."),
        ("Background ¶2", "Background", "The aim is professional relationships."),
        ("Officers ¶1", "Officers", "Officers give advice."),
    ]


def test_plain_text_headings_are_recognised_by_shape():
    text = (
        "10. PARTY GROUPS AND OFFICERS\n\n- The Town Clerk may be asked to contribute.\n"
        "- The Town Clerk has the right to refuse.\n\nSome general principles\n\n"
        "Close personal relationships confuse roles."
    )
    got = table(parse(text))
    assert got == [
        ("10 ¶1", "10. PARTY GROUPS AND OFFICERS", "The Town Clerk may be asked to contribute."),
        ("10 ¶2", "10. PARTY GROUPS AND OFFICERS", "The Town Clerk has the right to refuse."),
        (
            "Some general principles ¶1",
            "10. PARTY GROUPS AND OFFICERS > Some general principles",
            "Close personal relationships confuse roles.",
        ),
    ]


def test_bullet_list_with_lead_in_is_one_clause():
    text = "# Protocol\n\n## Expectations\n\nAll Councillors can expect:\n\n- A commitment\n- A working partnership"
    got = parse(text)[1:]
    assert table(got) == [
        ("Expectations ¶1", "Expectations", "All Councillors can expect:\n- A commitment\n- A working partnership")
    ]


def test_long_list_is_split_into_passages_that_keep_the_lead_in_as_context():
    items = "\n".join(f"- item {i} " + " ".join(["word"] * 20) for i in range(20))
    text = f"4. THE ROLES OF MEMBERS\n\nOfficers can expect councillors:\n\n{items}"
    got = parse(text)
    assert len(got) >= 2
    assert all(c.lead_in == "Officers can expect councillors:" for c in got)
    # Where the document has it (part 1) the lead-in is text; elsewhere it is context only.
    assert got[0].text.startswith("Officers can expect councillors:\n- item 0")
    assert all("Officers can expect" not in c.text for c in got[1:])
    assert all(c.context_text().count("Officers can expect") == 1 for c in got)
    assert [c.part for c in got] == [f"part {i} of {len(got)}" for i in range(1, len(got) + 1)]
    assert all(len(c.text.split()) <= MAX_PASSAGE_WORDS for c in got)
    joined = "\n".join(c.text for c in got)
    assert joined == "Officers can expect councillors:\n" + items  # every item, once, in order
    assert len({c.id for c in got}) == len(got)


def test_short_fragment_is_merged_with_its_neighbour():
    text = (
        "PROTOCOL\n\n1. BACKGROUND\n\nThe aim is trust and respect between all.\n\nSee below."
        "\n\nThe next paragraph says something else."
    )
    got = table(parse(text))[1:]
    assert got[0][2] == "The aim is trust and respect between all.\nSee below."
    assert got[1][2] == "The next paragraph says something else."


def test_lead_in_line_is_joined_to_the_paragraph_it_introduces():
    text = "16. COMPLAINTS\n\nProcedure for officers:\n\nFrom time to time things go wrong."
    assert table(parse(text)) == [
        ("16 ¶1", "16. COMPLAINTS", "Procedure for officers:\nFrom time to time things go wrong.")
    ]


def test_table_of_dates_and_amendment_record_are_clauses():
    text = (
        "Member-Officer Protocol\n\nDate of adoption\tFebruary 2022\nNext Review Date\tJune 2026"
        "\n\n1. INTRODUCTION\n\nThe purpose is guidance.\n\nAmendment Record\n\n"
        "Version 1:\tApproved 07.03.16\nVersion 2:\tApproved 09.09.19"
    )
    got = parse(text)
    dates = [c for c in got if c.kind == "dates"]
    assert [(c.label, c.text) for c in dates] == [
        ("Adoption and review", "Date of adoption\tFebruary 2022\nNext Review Date\tJune 2026"),
        ("Amendment Record", "Version 1:\tApproved 07.03.16\nVersion 2:\tApproved 09.09.19"),
    ]


def test_review_sentence_after_last_clause_is_its_own_record():
    text = (
        "4.2 Raise it with the Chairman.\nThis policy is to be reviewed biannually.\n2\n"
        "Adopted June 6th 2017 - latest review January 7th 2025"
    )
    got = table(parse(text))
    assert got[0] == ("4.2", "", "Raise it with the Chairman.")
    assert got[1][0] == "Adoption and review"
    assert "reviewed biannually" in got[1][2] and "Adopted June 6th 2017" in got[1][2]


def test_offsets_point_into_the_cleaned_document():
    from ingest.cleanup import blocks_text

    blocks = clean_pages([Page(None, "1. Intro\n\n1.1 First.\n\n1.2 Second clause.")])
    doc = blocks_text(blocks)
    for c in parse_clauses(blocks):
        assert doc[c.start : c.end] == c.text


def test_ids_are_stable_and_unique():
    text = "1.1 A.\n\n1.2 B.\n\n1.1 Repeated number."
    ids = [c.id for c in parse(text)]
    assert ids == ["d:1-1", "d:1-2", "d:1-1~2"]
    assert ids == [c.id for c in parse(text)]


def test_numbers_glued_to_text_are_clause_numbers():
    text = "1.INTRODUCTION\n1.1This protocol applies.\n2.MUTUAL RESPECT\n2.1Members are courteous.\n2.2 Officers too."
    assert table(parse(text)) == [
        ("1.1", "1.INTRODUCTION", "This protocol applies."),
        ("2.1", "2.MUTUAL RESPECT", "Members are courteous."),
        ("2.2", "2.MUTUAL RESPECT", "Officers too."),
    ]


def test_paragraph_numbers_on_their_own_line_label_the_paragraph():
    text = "Roles\n\n1\nCouncillors set policy.\n\n2\nOfficers give advice.\n\nConduct\n\n3\nBe courteous."
    got = [(c.label, c.heading) for c in parse(f"Protocol\n\nThe protocol has three paragraphs.\n\n{text}")]
    assert got[-3:] == [("1", "Roles"), ("2", "Roles"), ("3", "Conduct")]


def test_numbering_that_restarts_in_each_section_gets_the_section_in_its_label():
    text = (
        "# Protocol\n\n## Roles\n\n- 1. Councillors set policy.\n- 2. Officers advise.\n\n"
        "## Respect\n\n- 1. Nobody shouts.\n- 2. Nobody sulks."
    )
    got = parse(text)[1:]
    assert [(c.label, c.text) for c in got] == [
        ("Roles, 1", "Councillors set policy."),
        ("Roles, 2", "Officers advise."),
        ("Respect, 1", "Nobody shouts."),
        ("Respect, 2", "Nobody sulks."),
    ]
    assert len({c.id for c in got}) == 4


def test_lettered_sections_with_roman_items_cite_section_and_item():
    text = (
        "A. Purpose\ni) The protocol guides councillors.\nii) The Clerk is the only employee.\n\n"
        "B. Respect\ni) Be polite."
    )
    assert [(c.label, c.heading) for c in parse(text)] == [
        ("A(i)", "A. Purpose"),
        ("A(ii)", "A. Purpose"),
        ("B(i)", "B. Respect"),
    ]


def test_lettered_items_under_a_numbered_heading_cite_their_letter():
    text = "5. Complaints\n\n(a) Talk to the Clerk first.\n\n(b) Then write to the Chairman."
    assert [c.label for c in parse(text)] == ["5(a)", "5(b)"]


def test_a_review_heading_is_a_heading_and_a_clause_never_spans_two_sections():
    text = "# P\n\n## Elections\n\n- 1. Officers stay neutral.\n\n## Review\n\n- 1. The Clerk reviews this yearly."
    got = parse(text)[1:]
    assert [(c.label, c.heading) for c in got] == [("Elections, 1", "Elections"), ("Review, 1", "Review")]


def test_long_clause_is_searched_as_sentence_windows_but_stays_one_clause():
    from index.units import units_for

    sentence = "Councillors should treat officers with courtesy and respect in every meeting they attend"
    body = " ".join(f"{sentence} number {i}." for i in range(1, 21))
    clause = parse(f"4.1 {body}")[0]
    units = units_for(clause)
    assert units[0][0] == clause.text  # the first unit is the whole clause
    windows = [piece for piece, _ in units if piece.count(".") == 3]
    assert windows and all(piece in clause.text for piece, _ in units)
    assert "number 1. " in windows[0] and windows[0].endswith("number 3.")
    short = parse("4.2 One sentence here now. Another sentence here now.")[0]
    assert all(piece.count(".") <= 1 for piece, _ in units_for(short)[1:])


def test_text_copied_from_a_pdf_numbers_alone_hyphenation_and_page_furniture():
    # A .txt copied out of a PDF: "1.3" alone on its line, a page's footer and header inside a
    # clause, words broken at line ends ("coun-" / "cillors") but "part-time" written so.
    footer = "Page {} of 3\nTestbury Town Council - Member and Officer Protocol (Issue 2)\n"
    text = (
        "1. PURPOSE\n"
        "1.1This Protocol guides councillors and part-time\nofficers alike.\n"
        "1.2\nOfficers are accountable to the Council and not to individual coun-\ncillors.\n"
        + footer.format(1)
        + "1.3\n"
        + footer.format(2)
        + "A councillor has no authority to direct an officer's work, whether full-time or part-\n"
        "time.\n" + footer.format(3)
    )
    assert table(parse(text)) == [
        ("1.1", "1. PURPOSE", "This Protocol guides councillors and part-time officers alike."),
        ("1.2", "1. PURPOSE", "Officers are accountable to the Council and not to individual councillors."),
        (
            "1.3",
            "1. PURPOSE",
            "A councillor has no authority to direct an officer's work, whether full-time or part-time.",
        ),
    ]
    cleaned = clean_document([Page(None, text)])
    assert "running header or footer: Testbury Town Council - Member and Officer Protocol (Issue 2) (3 times)" in (
        cleaned.dropped
    )


def test_a_numbered_sub_heading_heads_the_clauses_numbered_under_it():
    text = (
        "2. ROLES\n\n2.1 Members\n\n2.1.1 Members set the policy framework.\n\n"
        "2.1.2 Members do not manage services.\n\n2.2 Officers\n\n2.2.1 Officers give advice.\n\n"
        "2.3 Officers serve the whole council."
    )
    assert table(parse(text)) == [
        ("2.1.1", "2. ROLES > 2.1 Members", "Members set the policy framework."),
        ("2.1.2", "2. ROLES > 2.1 Members", "Members do not manage services."),
        ("2.2.1", "2. ROLES > 2.2 Officers", "Officers give advice."),
        ("2.3", "2. ROLES", "Officers serve the whole council."),  # back in section 2
    ]


def test_roman_numbered_sections_with_items_restarting_in_each():
    text = (
        "I. INTRODUCTION\n\n1) This protocol guides members.\n\n2) It is reviewed yearly.\n\n"
        "II. ROLES\n\n1) The Clerk is the Proper Officer.\n\nIV. GROUPS\n\n1) Staff are neutral."
    )
    assert [c.label for c in parse(text)] == ["I.1", "I.2", "II.1", "IV.1"]


def test_a_list_whose_every_item_reads_1_is_numbered_as_a_browser_shows_it():
    text = (
        "Roles\n\n  1. Councillors answer to the electorate.\n\n  1. Officers answer to the council as a whole.\n\n"
        "  1. Disciplinary action is started only by the Clerk.\n\n2. Two items in a row may share a number.\n\n"
        "2. So they stay as they are."
    )
    assert [c.label for c in parse(text) if c.kind == "clause"] == ["1", "2", "3", "2", "2"]
    # One "1." in each of three sections is numbering that restarts, not such a list.
    sections = (
        "A. Roles\n\n1. Councillors set policy.\n\nB. Staff\n\n1. Officers advise.\n\nC. Review\n\n1. Reviewed yearly."
    )
    assert [c.label for c in parse(sections) if c.kind == "clause"] == ["A.1", "B.1", "C.1"]


def test_a_bilingual_protocols_welsh_twin_is_cited_as_the_welsh():
    text = (
        "1. Cyflwyniad / Introduction\n\n"
        "1.1 Mae'r protocol hwn yn disgrifio sut y dylai cynghorwyr a'r Clerc weithio gyda'i gilydd.\n\n"
        "1.1 This protocol describes how councillors and the Clerk should work together.\n\n"
        "1.2 Councillors must treat the Clerk with courtesy and respect."
    )
    assert [c.label for c in parse(text)] == ["1.1 (Cymraeg)", "1.1", "1.2"]
    # (two paragraphs "1." in a row, one Welsh and one English, are twins, not a list numbered 1, 2)
    plain = (
        "Cyflwyniad / Introduction\n\n"
        "1. Mae'r protocol hwn yn esbonio sut y dylai aelodau'r Cyngor a'r Clerc gydweithio.\n\n"
        "1. This protocol explains how the members of the Council and the Clerk should work together.\n\n"
        "2. Mae'n berthnasol i bob cynghorydd cymuned, gan gynnwys aelodau cyfetholedig.\n\n"
        "2. It applies to every community councillor, including co-opted members."
    )
    assert [c.label for c in parse(plain) if c.kind == "clause"] == ["1 (Cymraeg)", "1", "2 (Cymraeg)", "2"]
    assert is_welsh("Mae'r Cyngor a'r Clerc wedi ymrwymo i berthynas sy'n seiliedig ar barch.")
    assert not is_welsh("The Council and the Clerk are committed to a relationship based on respect.")


def test_a_version_number_alone_on_a_line_is_no_clause_number():
    text = (
        "Anytown Town Council\nMember Officer Protocol\n\nVersion\n2.1\nAdopted by Council 12 May 2019\n"
        "Next review May 2025\n\n1. Introduction\n\n1.1 This protocol guides councillors.\n\n2. Roles\n\n"
        "2.1 Officers give impartial advice to all councillors."
    )
    clauses = parse(text)
    assert [c.label for c in clauses if c.label == "2.1"] == ["2.1"]
    assert any(c.kind == "dates" and "Adopted by Council 12 May 2019" in c.text for c in clauses)


def test_a_dotted_page_number_atop_each_page_is_page_furniture():
    header = "Member Officer Protocol"
    pages = [
        Page(1, f"4.1\n{header}\n4. Working together\n4.1 Councillors and officers work together "
                "in partnership for the good of the area.\n4.2 Officers should give impartial advice and should "
                "not be"),
        Page(2, f"4.2\n{header}\nasked to take sides in party political debates.\n"
                "4.3 Councillors should treat officers with courtesy."),
        Page(3, f"4.3\n{header}\n4.4 Any complaint about an officer goes to the Clerk."),
    ]  # fmt: skip
    clauses = parse_clauses(clean_pages(pages), council="C", document="D", source="s", doc_id="d")
    assert [(c.label, c.heading) for c in clauses] == [(f"4.{n}", "4. Working together") for n in (1, 2, 3, 4)]
    assert clauses[1].text.endswith("should not be asked to take sides in party political debates.")


def test_text_file_lines_broken_at_real_hyphens_keep_them():
    # A hyphen at a line's end stays when it joins two words the document uses ("decision",
    # "making") or follows a prefix ("co-"); it goes when it splits a word ("coun-" / "cillors").
    text = (
        "1.1 Councillors and officers share a commitment to good decision-\nmaking and to effective member-\n"
        "officer relations. Co-\nopted members are bound by this protocol too. All coun-\ncillors must "
        "follow it, as must councillors' staff.\n\n1.2 Making a decision is for the council."
    )
    assert parse(text)[0].text == (
        "Councillors and officers share a commitment to good decision-making and to effective member-officer "
        "relations. Co-opted members are bound by this protocol too. All councillors must follow it, as must "
        "councillors' staff."
    )


def test_a_line_said_after_each_clause_of_a_text_without_page_breaks_is_kept():
    text = "".join(
        f"1.{n} The councillor {what}.\nWhat the councillor should do\n"
        for n, what in ((1, "raises it with the Clerk"), (2, "writes to the Chair"), (3, "asks for a meeting"))
    )
    assert all(c.text.endswith("What the councillor should do") for c in parse(text))


def test_second_review_parsing_cases():
    # A word split "can-" / "not" is "cannot" (a hyphen kept there would turn a No into a Yes);
    # syllable breaks after short heads go too.
    broken = "1.1 Councillors can-\nnot give instructions to officers with-\nout the Clerk, and respect the re-\n"
    pdf = Page(1, broken + "sponsibilities of the Clerk.")
    text = parse_clauses(clean_pages([pdf]), council="C", document="D", source="s", doc_id="d")[0].text
    assert text.startswith("Councillors cannot give instructions to officers without the Clerk")
    assert text.endswith("and respect the responsibilities of the Clerk.")
    # A title with "can" is still a sub-heading; a heading ending in "Reference" keeps its clause.
    titled = (
        "2. Roles\n\n2.1 What councillors can expect from officers\n\n2.1.1 Impartial advice.\n\n"
        "2.1.2 Timely replies.\n\n2.2 What officers can expect from councillors\n\n2.2.1 Respect and courtesy."
    )
    assert parse(titled)[-1].heading == "2. Roles > 2.2 What officers can expect from councillors"
    assert [c.label for c in parse("1. Terms of Reference\n1.1\nThe committee meets four times a year.")] == ["1.1"]
    # A list whose lead-ins are items of it ("1. Officers will:") is numbered through.
    listed = (
        "1. Councillors will:\n\n1. Attend meetings.\n\n1. Declare interests.\n\n1. Officers will:\n\n1. Give advice."
    )
    assert [c.label for c in parse(listed)] == ["1", "2", "3", "4", "5"]
    # A number atop a page, with the page's words after it, is a clause's.
    body = "Councillors and officers must treat each other with {} and respect at all times in all settings."
    pages = [
        Page(1, "Member Officer Protocol\n1.1\n" + body.format("courtesy")),
        Page(2, "1.2\n" + body.format("care")),
        Page(3, "1.3\n" + body.format("honesty")),
    ]
    clauses = parse_clauses(clean_pages(pages), council="C", document="D", source="s", doc_id="d")
    assert [c.label for c in clauses if c.kind == "clause"] == ["1.1", "1.2", "1.3"]


def test_a_sub_heading_with_no_section_above_it_closes_too():
    text = "2.1 Members\n\n2.1.1 Members set the policy.\n\n2.1.2 Members represent wards.\n\n2.2 Officers give advice."
    assert [(c.label, c.heading) for c in parse(text)] == [
        ("2.1.1", "2.1 Members"),
        ("2.1.2", "2.1 Members"),
        ("2.2", ""),
    ]


def test_paragraph_numbers_in_brackets_with_headings_between_them():
    # Text copied from a web page: "[n]" numbers each paragraph; the headings are short lines
    # between a sentence's end and the next number.
    text = (
        "Councillor and Staff Protocol\n"
        "Adopted at the Annual Meeting, 16 May 2022.\n"
        "Purpose\n"
        "[1] This protocol applies to every member of the council and to the Clerk.\n"
        "[2] Its aim is to help councillors and staff work as a team.\n"
        "Gifts\n"
        "[3] Staff may keep small promotional items worth under ten pounds.\n"
    )
    clauses = [c for c in parse(text) if c.kind == "clause"]
    assert [(c.label, c.heading, c.text[:12]) for c in clauses] == [
        ("1", "Purpose", "This protoco"),
        ("2", "Purpose", "Its aim is t"),
        ("3", "Gifts", "Staff may ke"),
    ]


def test_paragraph_numbers_in_parentheses_unless_a_lead_in_makes_them_items():
    text = (
        "Member and Officer Protocol\n\n"
        "Roles\n\n"
        "(3) Councillors set the direction of the Council and make decisions together.\n\n"
        "(4) The Clerk takes instructions only from the Council as a whole, as follows:\n\n"
        "(1) by resolution at a meeting; or\n\n"
        "(2) under powers the Council has delegated.\n\n"
        "(5) The Chair leads meetings but is not the Clerk's manager.\n"
    )
    clauses = [c for c in parse(text) if c.kind == "clause"]
    assert [(c.label, c.heading) for c in clauses] == [("3", "Roles"), ("4", "Roles"), ("5", "Roles")]
    assert clauses[1].text.endswith("under powers the Council has delegated.")


def test_a_question_and_answer_page_keeps_each_answer_with_its_question():
    text = (
        "Councillors and staff: your questions answered\n\n"
        "This page sets out how councillors and the Council's staff work together.\n\n"
        "Contacting staff\n\n"
        "- Can I email staff directly?\n"
        "- Councillors may email the Town Clerk at any time, and other staff about their own work.\n"
        "- Can I call in at the office?\n"
        "- Councillors are welcome at the Town Hall during opening hours.\n"
    )
    clauses = [c for c in parse(text) if c.heading == "Contacting staff"]
    assert [c.label for c in clauses] == ["Contacting staff ¶1", "Contacting staff ¶2"]
    assert clauses[0].text.startswith("Can I email staff directly?") and "email the Town Clerk" in clauses[0].text
    assert clauses[1].text.startswith("Can I call in at the office?") and clauses[1].text.endswith("opening hours.")
    # Items that are questions in a numbered clause stay its items.
    listed = parse("5.1 Before acting, councillors should ask:\n- Is it lawful?\n- Is it fair?\n")
    assert [c.label for c in listed] == ["5.1"]


def test_para_numbered_paragraphs_keep_their_numbers():
    text = (
        "A. INTRODUCTION\n\n"
        "Para 4.2.1 This protocol guides Members and officers.\n\n"
        "Para 4.2.2 It supplements the Members' Code of Conduct.\n"
    )
    assert [(c.label, c.text) for c in parse(text) if c.kind == "clause"] == [
        ("4.2.1", "This protocol guides Members and officers."),
        ("4.2.2", "It supplements the Members' Code of Conduct."),
    ]


def test_lettered_paragraph_numbers_are_clause_numbers():
    clauses = parse(
        "Staff Protocol\n\nSection C - Respect\n\nC1 Members and staff will treat each other with courtesy.\n\n"
        "C2 Bullying and harassment will not be tolerated from anyone.\n\n"
        "A4 paper is used for all agendas and minutes of the Council."
    )
    assert [(c.label, c.heading) for c in clauses[1:]] == [("C1", "Section C - Respect"), ("C2", "Section C - Respect")]
    # "A4 paper": a lower-case word after it, so no clause number (the paragraph goes on clause C2).
    assert clauses[-1].text.endswith("A4 paper is used for all agendas and minutes of the Council.")


def test_bare_paragraph_numbers_in_a_run_are_clause_numbers():
    clauses = parse(
        "## ## Roles\n\n4 Elected members are accountable to the residents of their ward.\n\n"
        "5 Employees are accountable through their managers to the Chief Executive.\n\n"
        "6 The Monitoring Officer advises on lawfulness and standards of conduct.\n\n"
        "## Gifts\n\n2 Councillors may not accept gifts from contractors, as a rule.\n"
    )
    assert [(c.label, c.heading) for c in clauses] == [
        ("4", "Roles"),
        ("5", "Roles"),
        ("6", "Roles"),
        ("Gifts \u00b61", "Gifts"),  # a lone "2 Councillors ..." is no paragraph number
    ]
    assert clauses[0].text == "Elected members are accountable to the residents of their ward."


def test_a_line_saying_where_the_document_sits_is_no_clause_number_and_no_continuation():
    clauses = parse(
        "Member Officer Protocol\n\nPart 5, Section E of the Constitution of Castlemere Council.\n\n"
        "1. Roles\n\n1.1 Officers serve the council as a whole.\n\n"
        "Part 5, Appendix 3 of the Constitution. Approved by Council: 24 February 2021."
    )
    # (the last line, which says when the protocol was approved, is its adoption record)
    assert [c.label for c in clauses] == ["Title", "Preamble \u00b61", "1.1", "Adoption and review"]
    assert clauses[2].text == "Officers serve the council as a whole."


def test_margin_numbers_read_after_their_paragraphs_number_the_paragraph_before():
    # A PDF whose paragraph numbers sit in the margin: its text gives each number after its paragraph.
    page = Page(
        1,
        "Protocol for Councillors and Staff\n"
        "ABOUT THIS PROTOCOL\n"
        "This protocol sets out how the councillors and the staff of the Council are\n"
        "expected to work with each other.\n"
        "1\n"
        "The Council employs a Town Clerk, who is also the Proper Officer and the\n"
        "Responsible Financial Officer, an Assistant Town Clerk and an Events Officer\n"
        "and a grounds team of four.\n"
        "2\n"
        "WHO DOES WHAT\n"
        "The Events Officer prepares the Council's press releases and the social\n"
        "media posts, which the Town Clerk approves.\n"
        "3\n"
        "The Town Mayor has no power to instruct the Town Clerk or any member of staff.\n"
        "4\n",
    )
    clauses = parse_clauses(clean_pages([page]), council="C", document="D", source="s", doc_id="d")
    assert [(c.label, c.heading, c.text.split()[:3]) for c in clauses[1:]] == [
        ("1", "ABOUT THIS PROTOCOL", ["This", "protocol", "sets"]),
        ("2", "ABOUT THIS PROTOCOL", ["The", "Council", "employs"]),
        ("3", "WHO DOES WHAT", ["The", "Events", "Officer"]),
        ("4", "WHO DOES WHAT", ["The", "Town", "Mayor"]),
    ]


def test_a_lone_lettered_number_and_numbers_before_short_paragraphs_are_read_as_written():
    # (a code review's cases) "M4 Junction ..." alone is no clause "M4"; and numbers before their
    # paragraphs stay theirs though two paragraphs end with no full stop.
    assert [c.label for c in parse("Protocol\n\nM4 Junction works will close the road to the office in May.")][1:] != [
        "M4"
    ]
    page = Page(
        1,
        "Protocol\n1\nCouncillors and officers must treat each other with respect at all times.\n2\n"
        "Officers must give impartial advice to every party.\n3\n"
        "Councillors should not give instructions to individual officers\n4\n"
        "Officers should keep group discussions confidential.\n5\n"
        "Councillors may ask for the information they need\n6\nThe Clerk manages all staff.\n",
    )
    clauses = parse_clauses(clean_pages([page]), council="C", document="D", source="s", doc_id="d")
    assert [(c.label, c.text.split()[0]) for c in clauses[1:3]] == [("1", "Councillors"), ("2", "Officers")]


def test_a_page_heading_heads_the_deeper_headings_under_it_and_is_no_clause():
    text = (
        "## Roles\n\n### Councillors\n\nCouncillors set policy.\n\n### Officers\n\nOfficers give advice."
        "\n\n## Conduct\n\n### Respect\n\nBoth treat each other with respect."
    )
    assert table(parse(text)) == [
        ("Councillors ¶1", "Roles > Councillors", "Councillors set policy."),
        ("Officers ¶1", "Roles > Officers", "Officers give advice."),
        ("Respect ¶1", "Conduct > Respect", "Both treat each other with respect."),
    ]


def test_headings_of_one_depth_with_nothing_under_one_keep_it_as_a_clause():
    got = table(parse("## Roles\n\n## Conduct\n\nBoth treat each other with respect."))
    assert got == [("Roles", "Roles", "Roles"), ("Conduct ¶1", "Conduct", "Both treat each other with respect.")]


def test_a_constitution_part_over_a_heading_of_its_own_numbering_is_front_matter():
    text = (
        "WESTSHIRE COUNTY COUNCIL\n\nPART 5.3 - MEMBER/OFFICER RELATIONS PROTOCOL\n\n1.0 INTRODUCTION\n\n"
        "1.1 This protocol guides Members and Officers.\n\n2.0 ROLES\n\n2.1 Members set policy."
    )
    clauses = parse(text, pdf=True)
    assert [(c.label, c.kind) for c in clauses] == [("Title", "front-matter"), ("1.1", "clause"), ("2.1", "clause")]
    assert "PART 5.3 - MEMBER/OFFICER RELATIONS PROTOCOL" in clauses[0].text


def test_a_constitution_part_whose_number_the_headings_carry_heads_them():
    text = "Part 5 - Codes and Protocols\n\n5.3 PROTOCOL\n\n5.3.1 Introduction\n\n5.3.1.1 This protocol applies."
    clauses = parse(text)
    assert [(c.label, c.heading) for c in clauses][-1] == (
        "5.3.1.1",
        "Part 5 - Codes and Protocols > 5.3 PROTOCOL > 5.3.1 Introduction",
    )


def test_rule_numbers_with_lettered_parts_are_clause_numbers():
    text = "Rule 3.2(a) Log every enquiry.\n\nRule 3.2(b)(i) Acknowledge it within one day.\n\n3.3 Tell the member."
    assert [c.label for c in parse(text)] == ["3.2(a)", "3.2(b)(i)", "3.3"]


def test_an_adoption_record_written_as_prose_or_cells_is_a_dates_record():
    cells = (
        "Policy reference WTC-P14 | Adopted by the Town Council on 4 December 2023 (Minute TC/23/112) | "
        "Next review: December 2025\n\n1. This protocol sets out how councillors and staff work together."
    )
    prose = (
        "Harbury Community Council agreed this Code at its AGM on 3 September 2024. It was last "
        "reviewed on 1 September 2025. Click on a heading to open it.\n\nCouncillors and staff respect each other."
    )
    for text, record in ((cells, "Policy reference WTC-P14 | Adopted"), (prose, "Harbury Community Council agreed")):
        got = parse(text)
        assert [c.text[: len(record)] for c in got if c.kind == "dates"] == [record]
        assert len([c for c in got if c.kind != "dates"]) == 1


def test_a_paragraph_that_mentions_a_review_is_no_dates_record():
    text = (
        "a) Ouseland District Council - consultation on the Local Plan review, closing 30th August 2024.\n\n"
        "Councillors agreed that the Clerk would report back on 5 May 2024 on the grass cutting contract, "
        "the bus shelter repairs and the cost of new planters for the village green this summer."
    )
    assert not [c for c in parse(text) if c.kind == "dates"]


def test_a_rule_across_the_page_ends_the_clause_before_it():
    text = (
        "1. Councillors must be polite.\n\n2. Staff must be impartial.\n\n" + "-" * 70 + "\n\n"
        "Helen Marsh\nClerk and RFO | Testbury Parish Council\n\nThis email is confidential and intended only "
        "for the addressee."
    )
    got = table(parse(text))
    assert got[1] == ("2", "", "Staff must be impartial.")
    assert [label for label, _, _ in got[2:]] == ["Preamble \u00b61", "Preamble \u00b62"]
    assert not any("---" in body for _, _, body in got)


def test_section_sign_numbers_with_margin_notes():
    # Probe J: "§" paragraph numbers, each paragraph's margin note printed first on its line.
    text = (
        "§ 1 PURPOSE\n"
        "Purpose § 1.1 This Protocol sets out what Members and Officers expect of each other.\n"
        "Breach § 1.2 A Member who breaks it may be reported.\n"
        "§ 2 GROUPS\n"
        "Attending groups § 2.1 Officers may attend a group meeting on invitation.\n"
    )
    got = table(parse(text, pdf=True))
    assert [(label, text) for label, _, text in got] == [
        ("1.1", "This Protocol sets out what Members and Officers expect of each other."),
        ("1.2", "A Member who breaks it may be reported."),
        ("2.1", "Officers may attend a group meeting on invitation."),
    ]
    assert [heading.split(" > ")[-1] for _, heading, _ in got] == ["Purpose", "Breach", "Attending groups"]
    # one "§" in a sentence is no numbering
    assert "§" in parse("Under § 3 Councillors may ask.\n\nNothing else.")[0].text


def test_para_labels_number_their_paragraphs():
    # Probe AD: a printer-friendly page labels each paragraph "Para 12" before its text.
    text = (
        "How councillors and staff work together.\n\nRoles\n\nPara 3 The Town Clerk is the Proper Officer.\n\n"
        "Para 4 The Deputy Town Clerk is the RFO.\n\n"
        "Contacting staff\n\nPara. 7 Councillors should send requests to the Town Clerk.\n"
    )
    got = table(parse(text))
    assert [(label, heading, body) for label, heading, body in got if label[0].isdigit()] == [
        ("3", "Roles", "The Town Clerk is the Proper Officer."),
        ("4", "Roles", "The Deputy Town Clerk is the RFO."),
        ("7", "Contacting staff", "Councillors should send requests to the Town Clerk."),
    ]
    # (a sentence about a paragraph of another text is none: "Paragraph 4 of the Code ...")
    said = "Paragraph 4 of the Code applies.\n\nParagraph 5 of the Code too.\n\nParagraph 6 of it as well."
    assert [c.label for c in parse(said)] == ["Preamble \u00b61", "Preamble \u00b62", "Preamble \u00b63"]


def test_lettered_items_go_on_after_z():
    items = "\n".join(f"({c}) Item {c} says something." for c in "wxyz") + "\n(aa) Item aa.\n(bb) Item bb."
    labels = [c.label for c in parse("1. Rules\n\n" + items)]
    assert labels[-2:] == ["1(aa)", "1(bb)"] and len(labels) == 6


def test_letter_roman_number_paragraphs():
    text = (
        "Protocol\n\nA.i Purpose\n\nA.i.1 This Protocol guides Members.\n\nA.i.2 It supplements the Code.\n\n"
        "B.iii Enquiries\n\nB.iii.1 Members write in.\n\nB.iii.2 Officers reply."
    )
    assert [c.label for c in parse(text) if c.kind != "front-matter"] == ["A.i.1", "A.i.2", "B.iii.1", "B.iii.2"]


def test_a_section_sign_in_a_reference_is_no_paragraph_number():
    text = (
        "§ 1 PURPOSE\n"
        "Purpose § 1.1 This Protocol sets out what Members and Officers expect of each other.\n"
        "See also § 3 Gifts and hospitality for what Members may offer Officers.\n"
        "Breach § 1.2 A Member who breaks it may be reported.\n"
        "Respect § 1.3 Members and Officers treat each other with respect.\n"
    )
    got = parse(text, pdf=True)
    assert [c.label for c in got] == ["1.1", "1.2", "1.3"]
    assert "See also § 3 Gifts and hospitality" in got[0].text


def test_letter_roman_number_paragraphs_in_wrapped_text():
    # Each paragraph's last line as long as the others: only its number says a new one starts.
    lines = []
    for n in ("A.i.1", "A.i.2", "A.ii.1", "B.i.1", "B.i.2", "B.iii.2"):
        lines += [
            f"{n} Members and officers will work together with courtesy and respect",
            "at all times and will raise any concern about the other in private with",
            "the proper person first, and will not raise it at a meeting in public.",
        ]
    labels = [c.label for c in parse("\n".join(lines), pdf=True)]
    assert labels == ["A.i.1", "A.i.2", "A.ii.1", "B.i.1", "B.i.2", "B.iii.2"]


def test_parts_of_a_constitution_head_their_own_numbered_sections_and_labels():
    # A constitution page holding two codes, each numbered from 1.1 under headings a level below.
    text = (
        "# Constitution Part 5: Codes and Protocols\n\n"
        "## 5A Licensing Code\n\n### 1. Purpose\n\n1.1 This code guides licensing councillors.\n\n"
        "### 2. Hearings\n\n2.1 Members must not discuss an application before the hearing.\n\n"
        "## 5B Member/Officer Protocol\n\n### 1. Introduction\n\n1.1 This protocol covers councillors and officers.\n\n"
        "### 2. Roles\n\n2.1 Officers advise and councillors decide."
    )
    clauses = {c.label: c for c in parse(text) if c.kind == "clause"}
    assert clauses["5A 2.1"].heading == "5A Licensing Code > 2. Hearings"
    assert clauses["5B 1.1"].heading == "5B Member/Officer Protocol > 1. Introduction"
    assert clauses["5B 2.1"].text.startswith("Officers advise")
    # (a document's own title over its sections heads nothing, and one code keeps its plain numbers)
    plain = "# Councillor and Clerk Protocol\n\n## 1. Purpose\n\n1.1 This protocol sets out how we work."
    assert [(c.label, c.heading) for c in parse(plain) if c.kind == "clause"] == [("1.1", "1. Purpose")]


def test_only_a_labelled_part_heads_numbered_sections_and_same_level_headings_nest_as_before():
    # "Schedule of meetings" is no part of a larger document: its numbers keep their own labels.
    text = (
        "# P\n\n## Schedule of meetings\n\n### 1. Dates\n\n1.1 The council meets monthly.\n\n"
        "## Schedule of fees\n\n### 1. Fees\n\n1.1 Fees are set yearly."
    )
    assert [c.label for c in parse(text) if c.kind == "clause"] == ["1.1", "1.1"]
    # An unnumbered heading of the same level after a numbered one nests in it, as it did.
    text = "# P\n\n## 3. Contact with staff\n\n## Email\n\n3.1 Members email the clerk."
    assert [(c.label, c.heading) for c in parse(text) if c.kind == "clause"] == [
        ("3.1", "3. Contact with staff > Email")
    ]


def test_a_split_clauses_whole_never_shares_an_id_with_a_clause_numbered_the_same_later():
    # Numbering that restarts ("1." again after "2.") must not give the long clause 1's whole and
    # the later clause 1 one id: citations, the sources and "View in document" look clauses up by id.
    items = "\n".join(
        f"({chr(97 + i)}) Officers will do task {i} " + "with care and in good time " * 4 + "as the protocol asks."
        for i in range(12)
    )
    text = f"1. Officers will at all times do the following when working with councillors:\n\n{items}\n\n" + (
        "2. Councillors will treat officers with courtesy.\n\n1. Officers will reply in writing when asked.\n"
    )
    clauses = parse(text)
    wholes = {c.part_of for c in clauses if c.part_of}
    assert len(wholes) == 1 and len([c for c in clauses if c.part_of]) > 1  # clause 1 was split
    ids = [c.id for c in clauses]
    assert len(set(ids)) == len(ids)
    assert not wholes & set(ids)
    assert [c.id for c in clauses if c.text.startswith("Officers will reply in writing")] == ["d:1~2"]


def test_an_answers_yes_or_no_is_a_sentence_of_its_own():
    from index.units import sentences

    assert sentences("No. No councillor, including the Town Mayor, can instruct staff.") == [
        "No.",
        "No councillor, including the Town Mayor, can instruct staff.",
    ]
    assert sentences("Yes. You may ask the Clerk for help.") == ["Yes.", "You may ask the Clerk for help."]
    # ("No." elsewhere is a number's abbreviation, not a sentence)
    assert sentences("Adopted at Minute No. 45 of 2023.") == ["Adopted at Minute No. 45 of 2023."]
    assert sentences("See Form No. B2 for the details.") == ["See Form No. B2 for the details."]
    # (a PDF's line wrapped before "No." starts no answer)
    assert sentences("See Minute\nNo. A5 for details.") == ["See Minute", "No. A5 for details."]
    # (but after a question, as an FAQ answers it)
    assert sentences("Can I call at the Clerk's home?\nNo. Councillors must not visit it.") == [
        "Can I call at the Clerk's home?",
        "No.",
        "Councillors must not visit it.",
    ]


def test_a_narrow_columns_first_line_of_a_rule_is_no_heading():
    # (probe AC's two-column county PDF: clause 10's first line was taken for its heading, and its text
    # began "Enquiry Team, which will acknowledge them ...")
    from pathlib import Path

    from ingest.document import parse_document

    pdf = Path(__file__).parent.parent / "evals/devset/docs-ac/corbenshire-county-council.pdf"
    clauses = {c.label: c for c in parse_document(pdf).clauses}
    assert clauses["10"].heading == "ENQUIRIES"
    assert clauses["10"].text.startswith("Councillors should send enquiries to the Member")
    # (and clause 3's first line, "The protocol should be read with the Members'", heads nothing)
    assert clauses["4"].heading == "CABINET MEMBERS"
    from ingest.clauses import looks_like_heading

    assert not looks_like_heading("Councillors should send enquiries to the Member")
    for heading in (
        "What members can expect from officers",
        "How the Clerk will deal with complaints",
        "Who May Attend",
        # (a relative clause names a thing: found by a review)
        "Occasions when the Clerk may refuse a request",
        "Officers who may attend party group meetings",
        "Complaints that cannot be resolved informally",
    ):
        assert looks_like_heading(heading), heading


def test_a_name_a_column_wrapped_is_no_sentence_break():
    from index.units import sentences

    text = (
        "A councillor with a concern about an officer should raise it with the relevant Director, and then with "
        "the Chief\nExecutive if it is not resolved."
    )
    assert sentences(text) == [text]
    # (two lines that each say something stay two)
    assert sentences("Members should contact the Clerk\nOfficers should reply within 5 days") == [
        "Members should contact the Clerk",
        "Officers should reply within 5 days",
    ]


def test_a_name_wrapped_after_a_possessive_is_no_sentence_break():
    # (probe 29: Kingsbarrow's PDF quoted "... are made by the Chief Officers'" and no more)
    from index.units import sentences

    text = "Appointments of Directors are made by the Chief Officers'\nAppointments and Conduct Committee."
    assert sentences(text) == [text]
    # (a quote the line opened is closed there: two lines, two sentences)
    assert sentences("The motto is 'Serve the members'\nOfficers should reply within 5 days.") == [
        "The motto is 'Serve the members'",
        "Officers should reply within 5 days.",
    ]


def test_a_letter_and_a_number_number_a_parts_paragraphs():
    # Probe AD: a Welsh community council's outline, "A.1" to "H.3" under "RHAN A / PART A" headings.
    text = (
        "Protocol\n\n### PART A - Introduction\n\nA.1\tThis protocol sets out how we work.\n\n"
        "A.2\tIt applies to all councillors.\n\n### PART B - Roles\n\nB.1\tThe Clerk is the Proper Officer.\n"
    )
    assert [(c.label, c.heading) for c in parse(text) if c.kind != "front-matter"] == [
        ("A.1", "PART A - Introduction"),
        ("A.2", "PART A - Introduction"),
        ("B.1", "PART B - Roles"),
    ]
    # (one such mark, in a sentence or a lone line, is no numbering)
    lone = parse("Intro.\n\nC.4 Councillors must not do this.\n\nAn end.")
    assert all(c.label.startswith("Preamble") for c in lone) and "C.4 Councillors" in lone[1].text


def test_a_short_welsh_twin_of_mutated_words_is_still_the_welsh_one():
    # Probe AE: facing pages, Welsh then English; "Ni ddylid ..." has no word of the Welsh list.
    welsh = (
        "3.1 Mae'r Clerc yn gweithio deg awr yr wythnos, fel arfer ar ddydd Mawrth a dydd Iau.\n\n"
        "3.2 Bydd y Clerc yn ateb e-bost gan gynghorydd o fewn wyth diwrnod gwaith.\n\n"
        "4.3 Ni ddylid trosglwyddo gwybodaeth gyfrinachol a ddaw i law cynghorydd i neb arall.\n\n"
    )
    english = (
        "3.1 The Clerk works ten hours a week, usually on Tuesdays and Thursdays.\n\n"
        "3.2 The Clerk will answer a councillor's email within eight working days.\n\n"
        "4.3 Confidential information that a councillor receives must not be passed to anyone else.\n\n"
    )
    labels = [c.label for c in parse("Protocol\n\n" + welsh + english) if c.kind != "front-matter"]
    assert labels == ["3.1 (Cymraeg)", "3.2 (Cymraeg)", "4.3 (Cymraeg)", "3.1", "3.2", "4.3"]


def test_circled_numbers_number_their_items():
    # Probe AE: a designed guide numbers each section's items with circled digits, restarting in each.
    text = (
        "Working Together\n\n1. About this protocol\n\n\u2776 This protocol explains how we work.\n\n"
        "\u2777 It applies to all employees.\n\n2. Roles\n\n\u2460 Councillors set policy.\n\n"
        "\u2461 Employees carry it out.\n"
    )
    assert [(c.label, c.text) for c in parse(text) if c.kind != "front-matter"] == [
        ("1.1", "This protocol explains how we work."),
        ("1.2", "It applies to all employees."),
        ("2.1", "Councillors set policy."),
        ("2.2", "Employees carry it out."),
    ]


def test_a_part_heading_with_nothing_under_it_is_cited_as_the_part():
    # Probe AD's accordion page: "Part 1 - Purpose and scope" over "1. Purpose" (no "1" for both).
    text = "Protocol\n\n## Part 1 - Purpose and scope\n\n### 1. Purpose\n\nThis protocol says how we work.\n"
    labels = [(c.label, c.kind) for c in parse(text) if c.kind != "front-matter"]
    assert labels[0] == ("Part 1", "heading") and labels[1][0].startswith("1")


def test_paragraphs_numbered_like_a_schedule_are_clauses_of_their_own():
    # Probe AC's Lower Brindleham: "2(2)" and "2(3)" each on a line of its own, no blank line between.
    text = (
        "Protocol for Councillors and the Clerk\n\nSECTION 2 - WHO DIRECTS THE STAFF\n\n"
        "2(1) The Clerk is employed by the Council as a whole.\n"
        "2(2) No individual councillor, including the Chairman, may give instructions to the Clerk.\n"
        "2(3) The Lengthsman works 10 hours a week and is managed by the Clerk.\n"
    )
    assert [(c.label, c.text) for c in parse(text) if c.kind == "clause"] == [
        ("2(1)", "The Clerk is employed by the Council as a whole."),
        ("2(2)", "No individual councillor, including the Chairman, may give instructions to the Clerk."),
        ("2(3)", "The Lengthsman works 10 hours a week and is managed by the Clerk."),
    ]


def test_a_posts_pictograph_headings_head_its_numbered_paragraphs():
    # Probe AG: a Facebook post's sections, "📌 Why we have this" over "1. ...", "2. ...".
    text = (
        "PROTOCOL ON COUNCILLORS AND STAFF\n\n\U0001f4cc Why we have this\n"
        "1. This protocol sets out how councillors work with the Clerk.\n"
        "2. Councillors and staff treat each other with respect.\n\n\U0001f4cc Getting in touch\n"
        "3. The Clerk works eight hours a week.\n"
    )
    assert [(c.label, c.heading) for c in parse(text) if c.kind != "front-matter" and c.label[0].isdigit()] == [
        ("1", "\U0001f4cc Why we have this"),
        ("2", "\U0001f4cc Why we have this"),
        ("3", "\U0001f4cc Getting in touch"),
    ]


def test_a_reference_a_wrap_put_at_a_lines_start_is_no_section():
    # Probe AG: "... in the way set out in" / "section 10." is the paragraph's end, not a Section 10 heading.
    text = (
        "Protocol\n\n04 Respect\n\nConcerns are raised privately, in the way set out in\nsection 10.\n\n"
        "05 Contact times\n\nThe office is open from 9am.\n"
    )
    texts = [c.text for c in parse(text, pdf=True) if c.kind != "front-matter"]
    assert "Concerns are raised privately, in the way set out in section 10." in texts


def test_two_protocols_of_a_constitution_each_from_one_are_labelled_by_their_section():
    # Probe AH: pages cut from a constitution hold SECTION 5.4 and the start of SECTION 5.5, each numbered from 1.1.
    text = (
        "Part 5 - Codes and Protocols\n\nSECTION 5.4 - PROTOCOL ON MEMBER/OFFICER RELATIONS\n\n1 Introduction\n\n"
        "1.1 This Protocol describes how councillors and officers work together.\n\n"
        "SECTION 5.5 - PROTOCOL FOR CIVIC EVENTS\n\n1 Purpose\n\n"
        "1.1 This Protocol explains how the Chairman is invited to civic events.\n"
    )
    labels = [c.label for c in parse(text) if c.kind == "clause"]
    assert labels == ["5.4 1.1", "5.5 1.1"]
    # (one protocol alone keeps its own numbers)
    one = text.split("SECTION 5.5")[0]
    assert [c.label for c in parse(one) if c.kind == "clause"] == ["1.1"]


def test_a_guidance_note_heads_no_clauses_after_it():
    # Probe AJ: an annotated edition's shaded "Guidance note" boxes between clauses had become the heading of the
    # clauses after them (and nine clauses "Guidance note ¶1").
    text = (
        "3. Instructions and requests\n\n3.1 Councillors acting individually cannot instruct officers.\n\n"
        "Guidance note\n\nA Cabinet Member who says please get that done is making a request.\n\n"
        "3.2 Officers will decline any request that is unlawful.\n"
    )
    found = [(c.label, c.heading, c.text) for c in parse(text) if c.kind != "front-matter"]
    assert [(label, heading) for label, heading, _ in found] == [
        ("3.1", "3. Instructions and requests"),
        ("3 ¶1", "3. Instructions and requests"),
        ("3.2", "3. Instructions and requests"),
    ]
    assert found[0][2] == "Councillors acting individually cannot instruct officers."
    assert found[1][2].startswith("Guidance note\nA Cabinet Member")


def test_a_capitalised_reference_a_wrap_put_at_a_lines_start_is_no_section():
    # A review's case: "... in the way set out in" / "Section 10." (capital S) ends the paragraph; it is no heading.
    text = (
        "Protocol\n\n04 Respect\n\nConcerns are raised privately, in the way set out in\nSection 10.\n\n"
        "05 Contact times\n\nThe office is open from 9am.\n"
    )
    texts = [c.text for c in parse(text, pdf=True) if c.kind != "front-matter"]
    assert "Concerns are raised privately, in the way set out in Section 10." in texts
    # (a heading "Section 10 - Review" after a sentence's end stays a heading)
    heading = "Protocol\n\nThe office opens at 9am.\nSection 10 - Review\n\n10.1 This protocol is reviewed yearly.\n"
    assert [c.label for c in parse(heading, pdf=True) if c.kind == "clause"] == ["10.1"]


def test_a_document_control_table_before_the_body_is_the_title_page_not_clauses():
    # (a Word table's rows reach the parser as "cell<TAB>cell" paragraphs)
    text = (
        "Brockwell District Council\n\nMember and Officer Protocol\n\n"
        "Document\tMember and Officer Protocol (Part 5, Section 5.2)\n\n"
        "Constitution reference\tPart 5, Protocol 5.2\n\n"
        "Approved by\tCouncil, 12 March 2025\n\nOwner\tHead of Legal Services (Monitoring Officer)\n\n"
        "Version\t3.0\n\n1. Purpose\n\n1.1 This protocol guides members and officers."
    )
    clauses = parse(text)
    kinds = [(c.label, c.kind) for c in clauses]
    assert kinds == [("Title", "front-matter"), ("Adoption and review", "dates"), ("1.1", "clause")]
    assert clauses[0].text.endswith("Constitution reference\tPart 5, Protocol 5.2")
    assert clauses[1].text == (
        "Approved by\tCouncil, 12 March 2025\nOwner\tHead of Legal Services (Monitoring Officer)\nVersion\t3.0"
    )


def test_document_control_rows_under_their_own_heading_are_no_clauses():
    text = (
        "1. Purpose\n\n1.1 This protocol guides members and officers.\n\n"
        "Document control\n\nStatus\tCurrent\n\nPolicy owner\tTown Clerk (Proper Officer)\n\n"
        "2. Roles\n\n2.1 Members set policy."
    )
    clauses = parse(text)
    assert [(c.label, c.kind) for c in clauses if c.kind in ("clause", "paragraph")] == [
        ("1.1", "clause"),
        ("2.1", "clause"),
    ]
    assert any(
        c.kind == "front-matter" and c.text == "Status\tCurrent\nPolicy owner\tTown Clerk (Proper Officer)"
        for c in clauses
    )


def test_a_row_that_states_a_rule_or_names_a_date_is_not_document_control():
    from ingest.clauses import _control_rows

    text = "Owner\tThe Clerk must keep this protocol under review.\n\n1. Purpose\n\n1.1 This protocol guides."
    assert [c.kind for c in parse(text)] == ["paragraph", "clause"]
    assert _control_rows("Version\t5.0\nClassification: OFFICIAL")
    assert not _control_rows("Status: Officers may not be asked to attend group meetings.")
    assert not _control_rows("Status\tAdopted by Council 20 June 2023")
    assert not _control_rows("Applies to\tAll Members and employees")
