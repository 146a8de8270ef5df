"""Clean-up rules, each on literal text."""

from ingest.cleanup import (
    blocks_text,
    clause_table_rows,
    clean_document,
    clean_pages,
    normalise_line,
    plain_quotes,
    strip_markdown,
)
from ingest.records import Block, Page


def texts(pages, **kw):
    return [b.text for b in clean_pages(pages, **kw)]


def test_running_header_and_page_numbers_are_dropped_from_pdf_pages():
    pages = [
        Page(1, "Testbury Parish Council\n1.1 Councillors must be courteous.\n1"),
        Page(2, "Testbury Parish Council\n1.2 Officers must be impartial.\n2"),
        Page(3, "Testbury Parish Council\n1.3 Both must respect confidentiality.\nPage 3 of 3"),
    ]
    out = texts(pages)
    assert out == [
        "1.1 Councillors must be courteous.",
        "1.2 Officers must be impartial.",
        "1.3 Both must respect confidentiality.",
    ]


def test_header_with_changing_page_number_is_recognised():
    bodies = ["Councillors are courteous.", "Officers are impartial.", "Groups have no power."]
    pages = [Page(n, f"Protocol - page {n}\n{body}") for n, body in enumerate(bodies, 1)]
    assert texts(pages) == bodies


def test_clause_broken_by_page_break_is_rejoined():
    pages = [
        Page(1, "Header Line\n2.3 Such Councillors must not ask them to"),
        Page(2, "Header Line\nundertake work of a party political nature.\n2.4 Next clause."),
    ]
    assert texts(pages) == [
        "2.3 Such Councillors must not ask them to undertake work of a party political nature.",
        "2.4 Next clause.",
    ]


def test_text_export_page_break_with_repeated_header_is_rejoined():
    text = (
        "Battle Town Council\n\n1.1 First clause.\n\n- 2.3 must not ask them to\n\n\n\n"
        "Battle Town Council\n\n\n\nundertake work of a party political nature.\n\n"
        "3.1 Third.\n\nBattle Town Council\n\n3.2 Fourth."
    )
    assert texts([Page(None, text)]) == [
        "1.1 First clause.",
        "- 2.3 must not ask them to undertake work of a party political nature.",
        "3.1 Third.",
        "3.2 Fourth.",
    ]


def test_lone_page_number_between_paragraphs_is_dropped():
    text = "4.2 Last clause of the policy.\n2\nAdopted June 6th 2017"
    assert texts([Page(None, text)]) == ["4.2 Last clause of the policy.", "Adopted June 6th 2017"]


def test_hyphenation_at_line_end_is_undone_and_wrapped_lines_joined():
    page = Page(
        1, "1.1 The Clerk has responsi-\nbility for the day to day manage-\nment of staff and premises.\n1.2 Next."
    )
    assert texts([page]) == [
        "1.1 The Clerk has responsibility for the day to day management of staff and premises.",
        "1.2 Next.",
    ]


def test_pdf_paragraph_ends_at_short_line_with_full_stop():
    long = "Councillors and officers should treat one another with courtesy and respect at"
    page = Page(1, f"{long}\nall times.\nA new paragraph starts here and goes on to the\nend.")
    assert texts([page]) == [f"{long} all times.", "A new paragraph starts here and goes on to the end."]


def test_bullets_and_odd_spaces_are_normalised_quote_marks_kept():
    assert normalise_line("\u2022 a working partnership") == "- a working partnership"
    assert normalise_line("* respect") == "- respect"
    assert normalise_line("\u2013 courtesy") == "- courtesy"
    assert normalise_line("   \u25cf nested") == "  - nested"
    # A citation shows the document's own characters: curly quotes and apostrophes stay.
    assert (
        normalise_line("the Council\u2019s \u201cneed to know\u201d") == "the Council\u2019s \u201cneed to know\u201d"
    )
    assert normalise_line("no\u00a0blind\u200b copies\u00ad") == "no blind copies"
    # ... and are matched in their plain forms.
    assert plain_quotes("the Council\u2019s \u201cneed to know\u201d") == 'the Council\'s "need to know"'
    assert normalise_line("-1 is a number, not a bullet") == "-1 is a number, not a bullet"


def test_markdown_markup_is_removed_but_words_kept():
    md = '## **Background**\n\nthe "**need to know**" principle under the [Localism Act](#)'
    assert strip_markdown(md) == '## Background\n\nthe "need to know" principle under the Localism Act'
    assert strip_markdown("*Adopted 15 May 2015\nReview January 2024*") == "Adopted 15 May 2015\nReview January 2024"
    # HTML a Markdown export keeps (a Notion callout, a line break) and a callout's icon: words only.
    callout = '<aside>\n\U0001f4a1 Please do not edit this page.\n</aside>\nLine one<br>line <span class="x">two</span>'
    assert strip_markdown(callout) == "\nPlease do not edit this page.\n\nLine one\nline two"
    # A placeholder is no tag, and a pictograph that says something stays.
    assert strip_markdown("Send <Details of the request> to <the Clerk's address> ✓") == (
        "Send <Details of the request> to <the Clerk's address> ✓"
    )
    assert strip_markdown("\U0001f6ab Phoning staff at home") == "\U0001f6ab Phoning staff at home"
    blocks = clean_pages([Page(None, "# Title\n\n## **Background**\n\nText here.")])
    assert [(b.text, b.hint) for b in blocks] == [("Title", "title"), ("Background", "heading"), ("Text here.", "")]


def test_nested_bullets_are_marked_as_subitems():
    blocks = clean_pages([Page(None, "- Members' roles are limited to:\n - the appointment\n - hearing appeals.")])
    assert [(b.text, b.hint) for b in blocks] == [
        ("- Members' roles are limited to:", ""),
        ("- the appointment", "subitem"),
        ("- hearing appeals.", "subitem"),
    ]


def test_date_table_lines_stay_separate():
    text = "Date of adoption\tFebruary 2022\nNext Review Date\tJune 2026\n\n1. INTRODUCTION"
    assert texts([Page(None, text)]) == [
        "Date of adoption\tFebruary 2022",
        "Next Review Date\tJune 2026",
        "1. INTRODUCTION",
    ]


def test_cleaned_document_is_blocks_joined_by_newlines():
    blocks = clean_pages([Page(None, "One.\n\nTwo.")])
    assert blocks_text(blocks) == "One.\nTwo."


SAVED_PAGE = """Upper Wickham Parish Council
Home
About the Council
Meetings & Minutes
Contact us

We use cookies on this website. Accept all cookies   Reject

Home > Council > Policies > Member Protocol

Member Protocol

Contents
Purpose
Conduct
Review

Purpose
Councillors and the Clerk work together with respect.

Conduct
Nobody shouts at the Clerk.

Review
This protocol is reviewed every year.

Print this page    Share
Was this page helpful?
Yes No
Related pages
Allowances
Page updated: 12/10/2020
"""


def test_web_page_chrome_and_contents_list_are_dropped_and_recorded():
    from ingest.cleanup import clean_document

    cleaned = clean_document([Page(None, SAVED_PAGE)])
    text = blocks_text(cleaned.blocks)
    for chrome in (
        "Home",
        "About the Council",
        "cookies",
        "Policies",
        "Print this page",
        "helpful",
        "Allowances",
        "Page updated",
    ):
        assert chrome not in text
    assert text.splitlines()[:3] == [
        "Member Protocol",
        "Purpose",
        "Councillors and the Clerk work together with respect.",
    ]
    reasons = {d.split(": ", 1)[1]: d.split(":", 1)[0] for d in cleaned.dropped}
    assert reasons["Home"] == "navigation"
    assert reasons["We use cookies on this website. Accept all cookies   Reject"] == "cookie banner"
    assert reasons["Home > Council > Policies > Member Protocol"] == "breadcrumb"
    assert reasons["Conduct"] == "contents list" and reasons["Contents"] == "contents list"
    assert reasons["Page updated: 12/10/2020"] == "footer"
    assert "Councillors and the Clerk work together with respect." not in reasons


def test_contents_list_with_numbers_and_page_numbers_is_dropped():
    from ingest.cleanup import clean_document

    text = (
        "Protocol\n\nTable of contents\n1. Introduction ........ 2\n2. Roles ........ 3\n\n"
        "1. Introduction\n1.1 The protocol guides councillors.\n2. Roles\n2.1 Officers advise."
    )
    cleaned = clean_document([Page(None, text)])
    assert [b.text for b in cleaned.blocks] == [
        "Protocol",
        "1. Introduction",
        "1.1 The protocol guides councillors.",
        "2. Roles",
        "2.1 Officers advise.",
    ]
    assert len(cleaned.dropped) == 3


def test_paragraph_numbers_alone_on_a_line_stay_with_their_paragraph():
    text = "Roles\n\n1\nCouncillors set policy.\n\n2\nOfficers give advice.\n\nConduct\n\n3\nBe courteous."
    assert texts([Page(None, text)]) == [
        "Roles",
        "1. Councillors set policy.",
        "2. Officers give advice.",
        "Conduct",
        "3. Be courteous.",
    ]


def test_numbers_glued_to_their_text_start_a_new_block():
    text = "1.INTRODUCTION\n1.1This protocol applies.\n1.2 It has two parts.\n2.ROLES\n2.1Members set policy."
    assert texts([Page(None, text)]) == [
        "1.INTRODUCTION",
        "1.1This protocol applies.",
        "1.2 It has two parts.",
        "2.ROLES",
        "2.1Members set policy.",
    ]


def test_heading_line_directly_above_its_paragraph_is_its_own_block():
    text = "Respect and courtesy\nCouncillors and staff must treat each other with courtesy at all times.\n"
    assert texts([Page(None, text)]) == [
        "Respect and courtesy",
        "Councillors and staff must treat each other with courtesy at all times.",
    ]


def test_lettered_item_c_and_spaced_link_bars_are_told_apart():
    from ingest.cleanup import chrome_reasons

    lines = [
        "(c) Councillors who are related to an officer must say so.",
        "(c) Upper Wickham Parish Council 2024",
        "Contact us   Accessibility   Privacy   Cookies   Jobs",
        "Date adopted: March 2020",
    ]
    assert chrome_reasons(lines) == ["", "footer", "navigation", ""]


def test_inspect_lists_the_dropped_lines(tmp_path):
    from assistant.view import document_text
    from ingest.document import parse_document

    path = tmp_path / "upper-wickham.txt"
    path.write_text(SAVED_PAGE)
    doc = parse_document(path)
    assert "navigation: Home" in doc.dropped
    assert all("cookies" not in c.text for c in doc.clauses)
    shown = document_text(doc)
    assert f"dropped {len(doc.dropped)} lines (" in shown and "Accept all cookies" in shown
    assert "web page" in doc.meta.provenance["last_reviewed"]


def test_the_protocols_own_dates_line_is_content_not_a_footer():
    from ingest.cleanup import chrome_reasons

    lines = ["Adopted: 10 July 2018 | Reviewed: 13 June 2022 | Next review: June 2025", "Page updated: 12/10/2020"]
    assert chrome_reasons(lines) == ["", "footer"]


def test_a_text_files_hard_wrap_mid_sentence_is_joined():
    # Text copied out of a PDF keeps the PDF's line breaks; a sentence that goes on in lower case is one.
    text = (
        "11.2 If the concern is about the Town Clerk, the councillor should put it in writing\n"
        "to the chair of the Staffing Committee.\n"
        "11.3 Members must not\n"
        "Criticise officers.\n"
    )
    blocks = clean_pages([Page(None, text)])
    assert blocks[0].text == (
        "11.2 If the concern is about the Town Clerk, the councillor should put it in writing to the chair of the "
        "Staffing Committee."
    )
    # A capital after a line break is kept as the file has it (a heading, a name, a list).
    assert blocks[1].text == "11.3 Members must not\nCriticise officers."


def test_a_long_running_header_is_dropped_and_an_image_caption_and_share_links_are_chrome():
    from ingest.cleanup import clean_document

    header = "Constitution of Eastborough Metropolitan Borough Council Part 5 - Codes and Protocols (2022)"
    assert 80 < len(header) <= 120
    bodies = ["Councillors are courteous.", "Officers are impartial.", "Groups have no power to require attendance."]
    pages = [Page(n, f"{header}\n{body}\nPage {n}") for n, body in enumerate(bodies, 1)]
    assert texts(pages) == bodies
    page = (
        "Member Protocol\n[Image: the village sign on the green]\n[1] Councillors are courteous to staff.\n"
        "Share: Facebook Twitter Email\n[2] Staff are impartial."
    )
    cleaned = clean_document([Page(None, page)])
    assert [b.text for b in cleaned.blocks] == [
        "Member Protocol",
        "[1] Councillors are courteous to staff.",
        "[2] Staff are impartial.",
    ]
    reasons = {d.split(": ", 1)[1]: d.split(":", 1)[0] for d in cleaned.dropped}
    assert reasons == {
        "[Image: the village sign on the green]": "image caption",
        "Share: Facebook Twitter Email": "share links",
    }


def test_a_table_of_clauses_becomes_its_clauses_and_says_what_it_left_out():
    lines = [
        "Ref\tProvision\tApplies to",
        "Section D - Requests to staff",
        "D1\tOnly the Council, or a committee acting for it, may give instructions to staff.\tBoth",
        "D2\tNo single Member, including the Mayor, may tell the Clerk how to do the job.\tMembers",
        "D3\tStaff should answer a Member's request for information within five working days.\tStaff",
    ]
    out, dropped = clause_table_rows(lines)
    assert out == [
        "",
        "Section D - Requests to staff",
        "D1 Only the Council, or a committee acting for it, may give instructions to staff.\n",
        "D2 No single Member, including the Mayor, may tell the Clerk how to do the job.\n",
        "D3 Staff should answer a Member's request for information within five working days.\n",
    ]
    assert dropped == [
        "table header: Ref | Provision | Applies to",
        "table column: 'Applies to', 3 cells (Both, Members, Staff)",
    ]


def test_tables_that_hold_no_clauses_are_left_as_they_are():
    dates = ["Version 1\tAdopted 12 May 2019", "Version 2\tReviewed 3 June 2021", "Version 3\tReviewed 9 May 2023"]
    two_sides = [
        "Members will\tOfficers will",
        "Treat officers with respect and courtesy at all times.\tGive impartial advice to every Member who asks.",
        "Not ask officers to do party political work for them.\tKeep party group discussions confidential always.",
        "Respect the free time of staff in the evenings.\tAnswer a Member's enquiry within ten working days.",
    ]
    two_rows = ["1\tMembers and officers both serve the public.", "2\tOfficers will not attend group meetings."]
    for lines in (dates, two_sides, two_rows):
        assert clause_table_rows(lines) == (lines, [])


def test_a_page_generator_s_front_matter_and_template_tags_are_no_clauses():
    from ingest.cleanup import chrome_reasons

    lines = [
        "---",
        "layout: policy",
        'title: "Member and Officer Protocol"',
        "tags: [governance, staffing]",
        "---",
        "",
        "{% include breadcrumbs.html %}",
        "# Member and Officer Protocol",
        "1. Members must not instruct staff.",
        "---",
    ]
    assert chrome_reasons(lines) == ["front matter"] * 5 + ["", "template tag", "", "", ""]


def test_a_handbook_chapter_s_contents_and_an_export_comment_are_no_clauses():
    """Probe S's Markdown chapter: "In this chapter" heads a list of its sections (each had become a
    clause "6.1 Introduction" beside the real 6.1.1), and an exporter's one-line HTML comment."""
    from ingest.cleanup import chrome_reasons

    lines = [
        "<!-- Exported from the Members' Portal - Councillors' Handbook v2025.1 - chapter-06.md -->",
        "# Councillors' Handbook",
        "In this chapter",  # (as the Markdown loader gives it: "**In this chapter**" without its stars)
        "",
        "- 6.1 Introduction",
        "- 6.2 Who's who",
        "- 6.3 Contacting employees",
        "",
        "### 6.1 Introduction",
        "**6.1.1** This chapter sets out how councillors and employees work together.",
    ]
    reasons = chrome_reasons(lines)
    assert reasons[0] == "page comment"
    assert reasons[2:7] == ["contents list", "", "contents list", "contents list", "contents list"]
    assert reasons[8:] == ["", ""]
    # a comment inside a sentence, or between two, is the text's own
    assert chrome_reasons(["Members must not <!-- sic --> instruct staff."]) == [""]
    assert chrome_reasons(["<!-- para 4.2 --> 4.2 Members must not instruct staff directly. <!-- end -->"]) == [""]
    # (a review's probes) "In this Part:" over definitions, "In this section" over rules: no contents
    definitions = ["In this Part:", '"Member" means a councillor or co-opted member', '"Officer" means an employee']
    assert chrome_reasons(definitions) == ["", "", ""]
    rules = ["In this section", "- gifts over £25 must be registered", "- hospitality must be declared"]
    assert chrome_reasons(rules) == ["", "", ""]


def test_a_markdown_page_s_quote_marks_download_line_and_one_line_contents():
    from ingest.cleanup import chrome_reasons, strip_markdown

    assert strip_markdown("> **Status:** Adopted on 19 September 2024.") == "Status: Adopted on 19 September 2024."
    lines = [
        "Download: PDF version (212 KB) · Large print",
        "On this page: Purpose · Roles · Contact · Political groups",
        "Councillors may download agendas from the website.",
    ]
    assert chrome_reasons(lines) == ["download link", "contents list", ""]
    links = [
        "Download this protocol as a PDF (186 KB)",
        "Download Section 5.3 (PDF, 312KB)",
        "Lawrlwytho PDF / Download PDF (204 KB)",
        "Download the model protocol (Word)",
        "Download the form from the website and send it to the Clerk within 28 days of the meeting, keeping a copy.",
        "Download links to confidential PDF reports must not be forwarded to anyone outside the Council.",
        "Download the register of interests form (PDF), complete it and return it to the Clerk.",
    ]
    assert chrome_reasons(links) == ["download link"] * 4 + [""] * 3


def test_a_version_table_elsewhere_is_no_part_of_a_table_of_clauses():
    lines = [
        "Version\tDate\tBy",
        "Adopted\t15 May 2015\tFull Council",
        "Reviewed\t1 May 2020\tFull Council",
        "",
        "Ref\tProvision\tApplies to",
        "A1\tMembers decide the policies of the Council and staff carry them out.\tBoth",
        "A2\tNo single Member may give instructions to the Clerk or to other staff.\tMembers",
        "A3\tStaff must not accept gifts of any kind from individual Members.\tStaff",
    ]
    out, dropped = clause_table_rows(lines)
    assert out[:3] == lines[:3]
    assert out[5] == "A1 Members decide the policies of the Council and staff carry them out.\n"
    assert dropped[0] == "table header: Ref | Provision | Applies to"


def test_link_addresses_a_printed_page_shows_are_not_words():
    printed = (
        "It should be read with the Members' Code of Conduct\n(https://www.example.gov.uk/part-5-1) and the\n"
        "Officers' Code\n(https://www.example.gov.uk/part-5-2). A breach may be a complaint.\n"
        "On this page: Purpose (#purpose) Roles (#roles)"
    )
    assert strip_markdown(printed) == (
        "It should be read with the Members' Code of Conduct and the\nOfficers' Code. A breach may be a complaint.\n"
        "On this page: Purpose Roles"
    )
    assert strip_markdown("Councillors (see paragraph 4) may ask.") == "Councillors (see paragraph 4) may ask."


def test_headings_and_capitals_glued_to_what_follows_are_split():
    from ingest.cleanup import unglued_headings

    assert unglued_headings("1. INTRODUCTION1.1This protocol") == "1. INTRODUCTION\n1.1This protocol"
    assert unglued_headings("CONTACTING STAFF3.1 The Clerk") == "CONTACTING STAFF\n3.1 The Clerk"
    assert unglued_headings("WENDLE PARISH COUNCILMember and Officer Protocol") == (
        "WENDLE PARISH COUNCIL Member and Officer Protocol"
    )
    for kept in ("the SLCCs advice", "WhatsApp and YouTube", "MUTUAL RESPECT", "2.1 Members"):
        assert unglued_headings(kept) == kept


def test_a_footer_naming_its_section_before_the_page_number_is_furniture_and_clause_text_is_not():
    from ingest.cleanup import clean_document

    pages = [
        Page(1, "1. Roles\n1.1 Councillors set policy.\nSection 1 - Roles page 1"),
        Page(2, "2. Contact\n2.1 Staff reply within five days.\nSection 2 - Contact page 2"),
        Page(
            3,
            "3. Complaints\n3.1 A complaint uses the form, whose procedure is on page 9\nSection 3 - Complaints page 3",
        ),
    ]
    text = blocks_text(clean_document(pages).blocks)
    assert "Section 2 - Contact page 2" not in text and "Section 3 - Complaints page 3" not in text
    assert "whose procedure is on page 9" in text  # a clause's own words, though they end "page 9"


def test_version_numbers_are_no_glued_headings_and_printed_addresses_stay_unless_a_page_prints_them():
    from ingest.cleanup import unglued_headings

    for kept in ("MEMBER OFFICER PROTOCOL V1.2 Adopted 12 May 2024", "ISSUE NO1.0 May 2024", "CCTVPolicy.pdf"):
        assert unglued_headings(kept) == kept
    one = "4.3 Complaints go on the online form (https://www.example.gov.uk/complaints) within 28 days."
    assert strip_markdown(one) == one


def test_a_do_and_dont_table_reads_as_what_each_cell_means():
    from ingest.cleanup import do_dont_rows

    lines = ["Contact", "Do\tDon't", "Email the Clerk.\tPhone the Clerk at home.", "\tVisit the Clerk's house.", "Next"]
    assert do_dont_rows(lines) == [
        "Contact",
        "",
        "Do: Email the Clerk.\nDon't: Phone the Clerk at home.\n",
        "Don't: Visit the Clerk's house.\n",
        "Next",
    ]
    assert do_dont_rows(["Name\tRole", "Ann\tClerk"]) == ["Name\tRole", "Ann\tClerk"]


def test_a_word_to_markdown_export_loses_its_escapes_anchors_and_crest():
    md = (
        "![Council crest](data:image/png;base64,AAAA)\n"
        '__<a id="_Toc1"></a>1\\. Introduction__\n1\\.1 This protocol \\(the Code\\) applies\\.'
    )
    assert strip_markdown(md) == "\n1. Introduction\n1.1 This protocol (the Code) applies."
    assert strip_markdown("Costs \\£5 - see 2\\.1") == "Costs \\£5 - see 2\\.1"  # one escape: left as written


def test_ligatures_of_a_typeset_pdf_read_as_letters():
    text = blocks_text(clean_pages([Page(1, "Employees are oﬃcers who keep conﬁdences.")]))
    assert text == "Employees are officers who keep confidences."


def test_line_numbers_in_the_margin_of_a_draft_are_taken_off():
    from ingest.cleanup import without_line_numbers

    lines = [
        "DRAFT",
        "1 HOLTBY TOWN COUNCIL",
        "2 A. Purpose",
        "3 1 This protocol sets out how councillors and officers",
        "4 work together, and what each can expect of the other.",
        "5 2 It applies to all councillors and to every officer,",
        "6 including agency staff.",
        "DRAFT",
        "7 B. Roles",
        "8 3 Councillors decide policy. Officers advise councillors and",
        "9 carry out their decisions.",
        "10 4 The Mayor has no power to give instructions to officers.",
    ]
    out = without_line_numbers(lines)
    assert out[3] == "1 This protocol sets out how councillors and officers"
    assert out[4] == "work together, and what each can expect of the other."
    assert out[0] == out[7] == "DRAFT" and out[11] == "4 The Mayor has no power to give instructions to officers."


def test_numbered_one_line_clauses_keep_their_numbers():
    from ingest.cleanup import without_line_numbers

    lines = [f"{n} Councillors must not ask staff to do task number {n}." for n in range(1, 15)]
    assert without_line_numbers(lines) == lines


def test_an_emailed_protocol_loses_its_header_and_the_earlier_messages_of_the_thread():
    from ingest.cleanup import email_reasons

    lines = [
        "From: Clerk <clerk@example.org>",
        "Sent: 18 March 2025 16:42",
        "To: All councillors",
        "Subject: Protocol as adopted",
        "",
        *[f"{n}. Councillors must not give the Clerk instruction number {n}." for n in range(1, 22)],
        "-----Original Message-----",
        "From: Cllr Pat <pat@example.org>",
        "> Can we keep the old rule that we can phone the Clerk up to 7pm?",
    ]
    reasons = email_reasons(lines)
    assert [reasons.get(k) for k in range(4)] == ["email header"] * 4
    assert {reasons.get(k) for k in range(5, 26)} == {None}
    assert {reasons[k] for k in range(26, 29)} == {"earlier message in the email thread"}
    # a protocol quoted whole in a short reply is kept
    short = lines[:4] + ["Fine by me.", "> 1. Councillors must not give the Clerk instructions."]
    assert set(email_reasons(short).values()) == {"email header"}


def test_a_training_quiz_s_statements_are_dropped_and_its_answers_kept():
    from ingest.cleanup import quiz_reasons

    lines = [
        "Agenda",
        "\u2022 Quick quiz",
        "\u2022 When things go wrong",
        "Quick quiz \u2013 true or false?",
        "1. I can ask an officer for their personal mobile number if I need a quick answer.",
        "2. An officer can come to my group meeting if I invite them.",
        "Quiz answers",
        "1. False \u2013 use Teams or the office number.",
    ]
    assert quiz_reasons(lines) == {3: "quiz", 4: "quiz", 5: "quiz"}  # not the agenda's item, not the answers


def test_a_stamp_across_every_page_is_taken_out_even_inside_a_sentence():
    from ingest.cleanup import without_stamps

    pages = [
        ["3.3 The officer will give the date by which the UNCONTROLLED WHEN PRINTED Member can expect an answer."],
        ["9.1 A close relationship must be declared in UNCONTROLLED WHEN PRINTED writing."],
        ["11.1 The protocol is reviewed every two years.", "UNCONTROLLED WHEN PRINTED"],
    ]
    lines, stamps = without_stamps(pages)
    assert stamps == ["UNCONTROLLED WHEN PRINTED"]
    assert lines[0] == ["3.3 The officer will give the date by which the Member can expect an answer."]
    assert lines[2] == ["11.1 The protocol is reviewed every two years.", ""]
    # a heading in capitals that the text does not repeat across pages is no stamp
    assert without_stamps([["POLITICAL GROUPS", "4.1 Officers brief groups."], ["5.1 Gifts."]])[1] == []


def test_a_wiki_page_s_metadata_comment_is_front_matter():
    text = (
        "<!--\ntitle: Councillors and staff\ntags: protocol, induction\n-->\n\n# Councillors and staff\n\n1. Be polite."
    )
    assert texts([Page(None, text)]) == ["Councillors and staff", "1. Be polite."]


def test_quiz_stamp_and_line_number_rules_leave_ordinary_protocol_text_alone():
    from ingest.cleanup import quiz_reasons, without_line_numbers, without_stamps

    rules = ["Charity quiz nights and raffles", "1.2 Officers may sell tickets.", "2. Contact with the press"]
    assert quiz_reasons(rules) == {}  # no answers follow: a heading, not a quiz
    listed = ["Councillors will:"] + [f"{n} treat officers with respect in way number {n};" for n in range(1, 13)]
    assert without_line_numbers(listed) == listed
    pages = [["CODE OF CONDUCT", "Members follow the CODE OF CONDUCT."], ["The CODE OF CONDUCT applies."]]
    assert without_stamps(pages)[1] == []  # capitals the text quotes are no stamp


def test_text_hard_wrapped_at_a_fixed_width_is_unwrapped_whatever_the_file():
    from ingest.cleanup import hard_wrapped

    para = (
        "Councillors should send requests for work to the Clerk and not to the Caretaker, who takes his "
        "instructions from the Clerk alone. The Clerk will answer within five working days and will copy "
        "the answer to the Chairman where the request affects the budget. Village Hall bookings go to the "
        "Clerk as well."
    )
    import textwrap

    wrapped = "\n\n".join("\n".join(textwrap.wrap(f"{n}. {para}", 72)) for n in range(1, 8))
    assert hard_wrapped([Page(None, wrapped)])
    # one line a paragraph (a seed's text file) is not wrapped text
    assert not hard_wrapped([Page(None, "\n\n".join(f"{n}. {para}" for n in range(1, 30)))])


def test_a_table_or_a_list_is_no_wrapped_text():
    from ingest.cleanup import hard_wrapped

    rows = "\n".join(
        f"| Requests for work number {n} | send the request to the Clerk and copy the Chairman in every case |"
        for n in range(25)
    )
    assert not hard_wrapped([Page(None, "| Topic | Who |\n|---|---|\n" + rows)])
    items = "\n".join(f"- Councillors should send every request for work number {n} to the Clerk" for n in range(25))
    assert not hard_wrapped([Page(None, items)])


def test_printed_lines_pasted_as_paragraphs_are_joined_whatever_their_first_letter():
    """A PDF's text pasted into a CMS page: each printed line ends in <br>, so each is a paragraph
    of its own, and a clause breaks before 'Clerk' or '10am' as well as before a small letter."""
    endings = (
        "Clerk will say when it can be expected.",
        "Clerk will tell the councillor the date.",
        "Clerk will ask the Chairman first.",
        "Clerk will put it on the next agenda.",
        "Clerk will copy the reply to all councillors.",
        "Clerk will explain the reason for the delay.",
        "Clerk will give an estimate of the time needed.",
        "Clerk will note the request in the register.",
        "Clerk will agree a new date with the councillor.",
        "Clerk will check the budget before starting.",
        "Clerk will ask the Staffing Committee for help.",
        "Clerk will keep the councillor informed.",
    )
    lines = []
    for n, ending in enumerate(endings, 1):
        lines += [
            f"{n}) The Clerk works from the Old School Room on Monday and Thursday mornings between",
            "10am and 1pm, and outside those times the Clerk may be contacted by email or by the",
            "Clerk's mobile phone. If a fuller answer will take longer than five working days, the",
            ending,
        ]
    out = texts([Page(None, "\n\n".join(lines))])
    assert len(out) == 12
    assert out[0] == (
        "1) The Clerk works from the Old School Room on Monday and Thursday mornings between 10am and 1pm, "
        "and outside those times the Clerk may be contacted by email or by the Clerk's mobile phone. If a "
        "fuller answer will take longer than five working days, the Clerk will say when it can be expected."
    )


def test_ordinary_paragraphs_starting_with_a_capital_stay_apart():
    """A page of whole paragraphs (lengths that vary, the long ones ending a sentence), with lead-in
    lines and headings that end without a stop: a capital letter after them starts a paragraph."""
    topics = (
        "requests for work, party groups, the press, social media, gifts, hospitality, confidential papers, "
        "complaints by members, complaints by staff, bullying, harassment, evening calls, weekend emails, "
        "ward surgeries, site visits, planning advice, budgets, appraisals, recruitment, training, "
        "the parish office, the village hall, the allotments, the cemetery"
    ).split(", ")
    paras = []
    for n, topic in enumerate(topics, 1):
        paras += [
            f"{topic.capitalize()}",
            f"{n}. On {topic}, councillors will treat officers with respect and courtesy in meetings, in emails "
            "and on social media, and officers will treat councillors in the same way.",
            f"Where {topic} are concerned councillors should note the following",
            f"Officers will reply about {topic} within {n + 2} working days.",
        ]
    out = texts([Page(None, "\n\n".join(paras))])
    assert "Where party groups are concerned councillors should note the following" in out
    assert "Officers will reply about party groups within 4 working days." in out
    assert len(out) == 4 * len(topics)


def test_an_old_cms_articles_details_line_is_chrome():
    from ingest.cleanup import chrome_reasons

    lines = ["Written by Clerk | Hits: 212", "Views: 1,204", "1. Councillors must not instruct staff. Hits: 3 a day"]
    assert chrome_reasons(lines) == ["article details", "article details", ""]


def test_two_language_columns_heads_and_twin_headings():
    from ingest.cleanup import bilingual_rows

    lines = [
        "CYMRAEG ENGLISH",
        "3. CYSYLLTU Â'R CLERC 3. CONTACTING THE CLERK",
        "3.1  Mae swyddfa'r Clerc ar agor bob dydd Mercher.",
        "3.1  The Clerk's office is open every Wednesday.",
        "English | Cymraeg",
        "4. RESPECT 5. GIFTS",  # two numbers: no twin heading
        "2. Officers will reply 2. days later",  # not capitals: a sentence
    ]
    out, dropped = bilingual_rows(lines)
    assert out == [
        "",
        "3. CYSYLLTU Â'R CLERC / CONTACTING THE CLERK",
        *lines[2:4],
        "",
        *lines[5:],
    ]
    assert dropped == ["column heads: CYMRAEG ENGLISH", "column heads: English | Cymraeg"]


def test_a_later_pages_header_joining_the_title_lines_is_page_furniture():
    """Two title lines on page 1, the same two on one line atop page 2 (a two-page protocol, so
    seen once): a running header, not a heading over the clauses below it."""
    pages = [
        Page(1, "Cyngor Cymuned Llanfair\nLlanfair Community Council\n6. CONCERNS\n6.1 Councillors raise concerns."),
        Page(2, "Cyngor Cymuned Llanfair / Llanfair Community Council\n6.2 The Clerk raises concerns."),
    ]
    out = texts(pages)
    assert "Cyngor Cymuned Llanfair / Llanfair Community Council" not in out
    assert out[-1] == "6.2 The Clerk raises concerns."
    # the first page's own title lines stay
    assert out[0] == "Cyngor Cymuned Llanfair Llanfair Community Council"


def test_a_short_pdf_line_ending_on_a_word_no_line_ends_with_goes_on():
    """A flowchart box in a PDF: short lines, far from the page's width, but 'goes to the' and 'the
    Member's' cannot end a heading or a sentence."""
    long = "1.1 Councillors will treat officers with courtesy and respect in every meeting and email."
    box = [
        "A concern about the Chief Executive goes to the",
        "Monitoring Officer, who will refer it to the",
        "Employment Committee.",
        "No: the Monitoring Officer will ask the Member's",
        "Group Leader to resolve it informally.",
        "Raising a concern",
        "Concerns are raised early.",
    ]
    out = texts([Page(1, "\n".join([long, *box]))])
    assert out[1:] == [
        "A concern about the Chief Executive goes to the Monitoring Officer, who will refer it to the "
        "Employment Committee.",
        "No: the Monitoring Officer will ask the Member's Group Leader to resolve it informally.",
        "Raising a concern",
        "Concerns are raised early.",
    ]


def test_unpunctuated_bullets_a_heading_and_a_clause_stay_apart():
    """A list of two dozen bullets without full stops has a steady width too: no printed lines."""
    acts = (
        "attend meetings on behalf of the Council",
        "speak to the press for the Council",
        "sign letters",
        "instruct contractors",
        "order goods",
        "agree overtime",
        "change staff hours",
        "book the hall",
        "open post addressed to the Clerk",
        "use the Clerk's computer",
        "take files home",
        "approve invoices",
        "arrange site visits",
        "set agendas",
        "move agenda items",
        "promise grants",
        "commit spending",
        "agree leave",
        "appraise staff",
        "discipline staff",
        "recruit staff",
        "dismiss staff",
        "review policies",
        "answer complaints",
    )
    lines = [f"- Councillors should not {act} without the Clerk agreeing to it first" for act in acts]
    out = texts([Page(None, "\n\n".join([*lines, "Gifts and hospitality", "Officers must not accept gifts."]))])
    assert out[-2:] == ["Gifts and hospitality", "Officers must not accept gifts."]
    assert len(out) == len(acts) + 2


def test_a_pdf_heading_ending_in_to_or_about_stays_a_heading():
    body = "1.1 Councillors and officers must follow this protocol at all times, in meetings and outside them."
    for heading in ("Who this protocol applies to", "What this protocol is about", "Who to complain to"):
        out = texts([Page(1, f"{body}\n{heading}\nCouncillors and officers must follow it at all times.")])
        assert heading in out, heading


def test_a_number_twice_in_a_heading_is_no_bilingual_pair_without_language_columns():
    from ingest.cleanup import bilingual_rows

    lines = ["3. ARTICLE 3 OF THE CONSTITUTION", "2. DUTIES UNDER SECTION 2 OF THE LOCALISM ACT"]
    assert bilingual_rows(lines) == (lines, [])
    # with language columns, a heading whose two numbers are written differently is no pair either
    assert bilingual_rows(["CYMRAEG ENGLISH", "4. STANDING ORDER 4 AND THE CLERK"])[0][1] == (
        "4. STANDING ORDER 4 AND THE CLERK"
    )


def test_two_language_columns_short_clauses_on_one_line_are_two_clauses():
    from ingest.cleanup import DATE_RECORD, bilingual_rows

    line = (
        "5.1  Ni chaiff y Clerc dderbyn rhodd gan gynghorydd. 5.1  The Clerk may not accept a gift from a councillor."
    )
    out, _ = bilingual_rows(["CYMRAEG ENGLISH", line])
    assert out[1].split("\n") == [
        "5.1 Ni chaiff y Clerc dderbyn rhodd gan gynghorydd.",
        "5.1 The Clerk may not accept a gift from a councillor.",
    ]
    assert bilingual_rows([line]) == ([line], [])  # no language columns: left as it is
    # a bilingual dates record is a dates record
    assert DATE_RECORD.match("Mabwysiadwyd / Adopted: 9 Gorffennaf / July 2024")
    assert DATE_RECORD.match("Adolygiad nesaf / Next review: July 2026")
    assert not DATE_RECORD.match("Members / officers adopted a new approach")


def test_a_word_file_saved_as_plain_text_keeps_its_numbers_bullets_and_checklist():
    """'6.1<TAB>text' and '·<TAB>text' are numbered paragraphs and list items, not a two-column
    table whose number column is left out; the Wingdings tick and cross ('ü', 'û') are Do and Don't."""
    from ingest.cleanup import tabbed_list_lines

    lines = [
        "6.\tBehaviour",
        "6.1\tCouncillors and the Clerk will treat each other with respect.",
        "6.2\tCouncillors should avoid:",
        "\u00b7\traising their voice at the Clerk;",
        "\u00fc\tSend requests through the Chair.",
        "\u00fb\tPhone the Clerk after 7pm.",
        "Ref\tProvision\tApplies to",  # a table's row of three cells stays a row
    ]
    assert tabbed_list_lines(lines) == [
        "6. Behaviour",
        "6.1 Councillors and the Clerk will treat each other with respect.",
        "6.2 Councillors should avoid:",
        "- raising their voice at the Clerk;",
        "- Do: Send requests through the Chair.",
        "- Don't: Phone the Clerk after 7pm.",
        "Ref\tProvision\tApplies to",
    ]
    assert tabbed_list_lines(lines[:2]) == lines[:2]  # two such lines are no list
    out = texts([Page(None, "\n".join(lines[:4]))])
    assert out[:2] == ["6. Behaviour", "6.1 Councillors and the Clerk will treat each other with respect."]


def test_a_run_of_paragraphs_said_again_word_for_word_is_a_copy():
    from ingest.cleanup import without_repeated_copy
    from ingest.records import Block

    paras = [f"1.{n} Members and officers will keep rule number {n} of this protocol." for n in range(1, 7)]
    blocks = [Block(t) for t in ["Protocol", *paras, "2. Review", *paras]]
    kept, dropped = without_repeated_copy(blocks)
    assert [b.text for b in kept] == ["Protocol", *paras, "2. Review"]
    assert dropped == [f'repeated copy of earlier text: 6 paragraphs, from "{paras[0][:60]}"']
    # One paragraph said again (a "key point" box) stays, and so do the same steps under two headings.
    once = [Block(t) for t in [*paras, "Key point", paras[0]]]
    assert without_repeated_copy(once) == (once, [])
    steps = [
        "Raise the concern informally with the person concerned first.",
        "If that does not resolve it, put the concern in writing to the Chair.",
        "The Chair will reply in writing within ten working days.",
    ]
    parallel = [Block(t) for t in ["8. Procedure for councillors", *steps, "9. Procedure for officers", *steps]]
    assert without_repeated_copy(parallel) == (parallel, [])


def test_do_and_dont_column_heads_may_carry_their_tick_and_cross():
    from ingest.cleanup import do_dont_rows

    rows = do_dont_rows(["\u2714 Do\t\u2718 Don't", "Email the Clerk.\tPhone the Clerk at home."])
    assert rows == ["", "Do: Email the Clerk.\nDon't: Phone the Clerk at home.\n"]


def test_a_header_naming_each_pages_section_is_a_running_header():
    from ingest.cleanup import find_running_lines, header_key

    sections = [
        (1, "Introduction", "This protocol guides Members and officers."),
        (4, "Member enquiries and information", "Members will make enquiries through the Service."),
        (9, "Media", "Press releases are issued by the Communications Team."),
    ]
    pages = [
        Page(i, f"Part 4 - Annex 3: Protocol on Member/Officer Relations Section {n} - {title}\n{n}.1 {text}\nMore.")
        for i, (n, title, text) in enumerate(sections, 1)
    ]
    found = find_running_lines(pages)
    assert all(header_key(p.text.splitlines()[0]) in found for p in pages)
    # Two of four pages that start alike (an FAQ's questions) have no header.
    faq = [
        Page(1, "Member Officer Protocol - Frequently asked questions\nQ. Who is the proper officer? The Clerk."),
        Page(2, "Q. Can a councillor ask an officer to deliver leaflets for a campaign?\nNo."),
        Page(3, "Q. Can a councillor ask an officer to attend a ward surgery?\nOnly with the Clerk's agreement."),
        Page(4, "Q. Who do I complain to?\nThe Clerk."),
    ]
    assert find_running_lines(faq) == set()


def test_a_printed_pages_footnotes_follow_the_sentence_that_marks_them_and_their_marks_leave_the_text():
    from ingest.cleanup import header_key, pages_without_footnotes

    first = Page(
        1,
        "2.3 The Chief Executive is the Head of Paid Service2. The Director of Governance is the\n"
        "Monitoring Officer3 and the Director of Finance is the Chief Finance Officer.\n"
        "4.1 Members should send enquiries to the Member Services team, who will\n"
        "2 Designated under section 4 of the Local Government and Housing Act 1989.\n"
        "3 Designated under section 5 of the Local Government and\nHousing Act 1989.\n"
        "Brantby District Council - Page 1",
    )
    second = Page(
        2,
        "pass them to the right officer.\n4.2 Officers reply in seven days.\nBrantby District Council - Page 2",
    )
    out = pages_without_footnotes([first, second], {header_key("Brantby District Council - Page 1")})
    lines = out[0].text.split("\n")
    assert lines[0] == (
        "2.3 The Chief Executive is the Head of Paid Service. [Footnote 2: Designated under section 4 of the "
        "Local Government and Housing Act 1989.] The Director of Governance is the"
    )
    # (the sentence the mark is in is read whole before its note)
    assert lines[1] == (
        "Monitoring Officer and the Director of Finance is the Chief Finance Officer. [Footnote 3: Designated "
        "under section 5 of the Local Government and Housing Act 1989.]"
    )
    assert lines[2:] == ["4.1 Members should send enquiries to the Member Services team, who will", lines[-1]]
    assert lines[-1] == "Brantby District Council - Page 1" and out[1] == second
    # A note with no sentence end after its mark on the page goes to the end, under "Footnotes".
    cut = Page(1, "1.1 Members must keep the Code of Conduct1 and\n1 The Code adopted in 2012.\nFooter - Page 1")
    rest = Page(2, "the Officers' Code.\nFooter - Page 2")
    out = pages_without_footnotes([cut, rest], {header_key("Footer - Page 1")})
    assert out[0].text.split("\n")[0] == "1.1 Members must keep the Code of Conduct and"
    assert out[1].text.endswith("Footnotes\n\nFootnote 1: The Code adopted in 2012.\n")
    # A page number atop each page, or a "v2" in the running header, marks no footnote.
    numbered = [
        Page(n, f"{n}\nMember Officer Protocol v2\nMembers and officers work together.\n{n} Review\nEvery year.")
        for n in (1, 2, 3)
    ]
    assert pages_without_footnotes(numbered, {header_key("Member Officer Protocol v2")}) == numbered
    # Numbered lines at a page's foot whose numbers the text never marks are clauses, not notes.
    plain = Page(1, "1 Introduction\nMembers and officers work together.\n2 Roles\nOfficers advise.\n3 Review\nYearly.")
    assert pages_without_footnotes([plain, second], set()) == [plain, second]


def test_a_short_reply_above_a_quoted_protocol_and_the_messages_rules_are_the_emails():
    from ingest.cleanup import email_reasons

    lines = [
        "From: Cllr Pat <pat@example.org>",
        "Sent: 4 June 2025 21:47",
        "To: Clerk <clerk@example.org>",
        "Subject: Re: protocol",
        "",
        "Thanks - I thought ringing up to 8pm was fine?",
        "Sent from my iPhone",
        "> On 3 Jun 2025, at 09:14, Clerk <clerk@example.org> wrote:",
        "> Dear all, here is the protocol as adopted.",
        ">",
        "> ----------",
        *[f"> {n}. Councillors must not give the Clerk instruction number {n}." for n in range(1, 22)],
        ">",
        "> ----------",
        "> Sam Jones, Clerk",
        "> This email may contain confidential information.",
    ]
    reasons = email_reasons(lines)
    assert [reasons.get(k) for k in (5, 6, 7)] == ["reply above the quoted protocol"] * 3
    assert [reasons.get(k) for k in (8, 9, 10)] == ["email greeting"] * 3
    assert {reasons.get(k) for k in range(11, 33)} == {None}
    assert {reasons.get(k) for k in (33, 34, 35)} == {"email signature"}
    # Rules between a protocol's own sections, or under its headings, are the protocol's; and a
    # short protocol above a quoted thread is no reply.
    sections = [
        *lines[:4],
        "Dear all,",
        *[
            ln
            for n in range(1, 5)
            for ln in ("", "-----", f"{n}. Section {n}", f"{n}.1 Keep rule {n}.", f"{n}.2 And this.")
        ],
        "Kind regards, Sam",
    ]
    assert not any("4." in sections[k] for k, why in email_reasons(sections).items() if why == "email signature")
    short = [*lines[:4], "1. Councillors contact staff only through the Clerk.", "2. Complaints go to the Chair."]
    thread = [
        *short,
        "On 3 Jun 2025, Cllr Pat <pat@example.org> wrote:",
        *[f"> line {n} about the hall" for n in range(25)],
    ]
    assert {email_reasons(thread).get(k) for k in (4, 5)} == {None}


def test_tracked_change_balloons_in_a_markup_print_are_no_text():
    from ingest.cleanup import without_balloons

    pages = [
        [
            "3.2 Officers will acknowledge a Member enquiry within two working",
            "days and will give a full reply within ten working days.",
            "Deleted: fifteen",
            "Commented [RA2]: Democratic Services - ten",
            "days agreed by the Member Working Group.",
            "3.3 Where a request would take more than three hours, the Officer will refer it.",
        ],
        [
            "8.2 Officers must record any gift from a Member in the register.",
            "Deleted: Officers may accept a gift from a Member worth",
            "up to £20.",
            "8.3 Members must not take part in the appointment of any Officer.",
        ],
    ]
    kept, balloons = without_balloons(pages)
    assert [ln for ln in kept[0] if ln] == [pages[0][0], pages[0][1], pages[0][5]]
    assert [ln for ln in kept[1] if ln] == [pages[1][0], pages[1][3]]
    assert balloons[-1] == "Deleted: Officers may accept a gift from a Member worth up to £20."
    # One "Deleted:" line alone is no markup print.
    alone = [["Deleted: items are kept for six months.", "1.1 Members must not instruct staff."]]
    assert without_balloons(alone) == (alone, [])


def test_a_protocol_pasted_as_one_paragraph_is_read_as_its_sections_and_paragraphs():
    from ingest.cleanup import run_on_paragraphs

    body = " ".join(
        f"**{n}. Section {n}** (1) Councillors must keep rule one of section {n} at all times. "
        f"(2) Officers must keep rule two of section {n} at all times. (3) Everyone keeps rule three."
        for n in range(1, 7)
    )
    out = [ln.strip() for ln in run_on_paragraphs([body])[0].split("\n")]
    assert "1. Section 1" in out and "6. Section 6" in out
    assert "(2) Officers must keep rule two of section 3 at all times." in out
    # A sentence citing "section 27(1)" or a short paragraph is left as it is.
    short = "Members may ask (1) the Clerk or (2) the Deputy. (3) Nobody else."
    assert run_on_paragraphs([short]) == [short]


def test_markdown_footnotes_are_read_as_footnotes():
    md = "1.1 It supplements the Code[^1] and more.\n\n1.2 Reviewed yearly.[^2]\n\n[^1]: The Code applies.\n[^2]: 2018."
    assert strip_markdown(md) == (
        "1.1 It supplements the Code and more.\n\n1.2 Reviewed yearly.\n\nFootnotes\n\n"
        "Footnote 1: The Code applies.\n\nFootnote 2: 2018."
    )


def test_a_cards_applies_to_badge_is_a_tag_not_a_heading():
    from ingest.cleanup import chrome_reasons

    lines = ["## Response times", "Applies to: Both", "The Hub will reply within ten working days.", "Applies to"]
    assert chrome_reasons(lines) == ["", "tag", "", ""]
    assert chrome_reasons(["This protocol applies to: all Members and co-opted members."]) == [""]


def test_a_site_builders_keyboard_hint_is_navigation():
    from ingest.cleanup import chrome_reasons

    assert chrome_reasons(["Log In", "", "Use tab to navigate through the menu items.", "", "1. Our clerk"])[2] == (
        "navigation"
    )


def test_a_magazine_s_advert_boxes_between_clauses_are_dropped_and_the_clauses_kept():
    from ingest.cleanup import advert_reasons

    lines = [
        "5. Opening hours  The office is open from 9am to 4pm.",
        "ADVERTISEMENT",
        "HILLTOP BAKERY",
        "Fresh bread every morning, cakes to order",
        "Call 01632 960 111",
        "Cemetery repairs",  # the box ended with its phone number: news, not advert
        "6. Staff areas  Councillors should not go into the back office.",
        "Advertisement",
        "SPRING FAIR ON THE GREEN",
        "Saturday 17 May",
        "7. Replies  The Clerk will reply within ten working days.",
    ]
    # (the second box gives no phone number, email, web address or postcode: left alone, as it may be a heading)
    assert advert_reasons(lines) == dict.fromkeys([1, 2, 3, 4], "advertisement")
    # the word inside a rule is no advert box, nor a heading "Advertisement" over a rule
    assert advert_reasons(["Councillors must not advertise their business on council notice boards."]) == {}
    recruiting = ["Advertisement", "All posts will be advertised in the local paper.", "Interview", "The panel sits."]
    assert advert_reasons(recruiting) == {}
    # a box whose contact is a postcode or an international number; the rule after it stays
    box = ["ADVERTISEMENT", "HILLSIDE GARAGE", "Find us on the A38, MD4 2QT", "Councillors must not ask staff."]
    assert advert_reasons(box) == dict.fromkeys([0, 1, 2], "advertisement")
    assert 2 in advert_reasons(["ADVERTISEMENT", "FENWAY FENCING", "Tel: +44 (0)1632 960 123", "11. No criticism"])


def test_a_heading_in_capitals_over_pdf_text_is_a_block_of_its_own_however_long():
    pages = [
        Page(
            2,
            "PULL-OUT: HOW YOUR COUNCILLORS AND STAFF WORK TOGETHER IN MARDLOW\n"
            "The Member and Officer Protocol of Mardlow Town Council was adopted in\n"
            "February and is printed here in full so that residents can see the rules.\n"
            "1. Why we have this protocol  It sets out how councillors and staff work.",
        )
    ]
    out = texts(pages)
    assert out[0] == "PULL-OUT: HOW YOUR COUNCILLORS AND STAFF WORK TOGETHER IN MARDLOW"
    assert out[1].startswith("The Member and Officer Protocol of Mardlow Town Council was adopted in February")


def test_a_reader_s_callout_is_left_out_an_alert_kept_and_highlights_and_block_ids_go():
    from ingest.cleanup import clean_document

    text = (
        "3.3 Officers will not share a resident's personal information with a Member.\n"
        "> [!question] Ask the MO\n"
        "> Group leader says we can ring heads of service direct - is that right?\n\n"
        "6.2 ==Members must not criticise an officer by name in public.==\n\n"
        "8.2 Members must register any gift worth more than £100 within 28 days. ^gifts\n"
    )
    out = texts([Page(None, text)])
    assert out[0] == "3.3 Officers will not share a resident's personal information with a Member."
    # a note-taking app's callout is the reader's note: left out, and listed as such
    assert not any("Ask the MO" in t or "Group leader" in t for t in out)
    dropped = clean_document([Page(None, text)]).dropped
    assert "reader's note: Group leader says we can ring heads of service direct - is that right?" in dropped
    assert "6.2 Members must not criticise an officer by name in public." in out
    assert "8.2 Members must register any gift worth more than £100 within 28 days." in out
    # an alert with no title: the marker goes and the text after it stays
    assert texts([Page(None, "> [!IMPORTANT]\n> 6.3.4 Report emergencies to the Contact Centre.")]) == [
        "6.3.4 Report emergencies to the Contact Centre."
    ]


def test_a_text_browser_s_link_numbers_and_link_list_are_not_protocol_text():
    text = (
        "   3.1 Members should send enquiries to the [15]Members' Enquiries Team.\n\n"
        "   Search this site: ____________ (BUTTON) Search\n\n"
        "References\n\n   Visible links:\n   1. https://www.example.gov.uk/\n   2. https://www.example.gov.uk/roads\n"
    )
    assert texts([Page(None, text)]) == ["3.1 Members should send enquiries to the Members' Enquiries Team."]
    # without a link list, a number in brackets is the text's own ("see [12] below")
    assert texts([Page(None, "3.1 Members should see note [12] below.")]) == ["3.1 Members should see note [12] below."]


def test_a_register_s_rows_marked_not_adopted_are_no_rules():
    from ingest.cleanup import not_adopted_reasons

    lines = [
        "P09 Messaging Councillors must not use WhatsApp to ask staff for work.",
        "Cllrs TC",
        "P09A Messaging (option",
        "B)",
        "Councillors may send short requests to staff by WhatsApp during office",
        "hours.",
        "P10 Out of hours Outside office hours councillors should contact staff only in an emergency.",
        "P09 Adopted 24/02/2025",
        "P09A NOT ADOPTED - P&R 03/02/2025",
    ]
    assert sorted(not_adopted_reasons(lines)) == [2, 3, 4, 5, 8]
    # a clause that speaks of rejected applications is no status line
    rule = [
        "4.2 Rejected applications may be resubmitted after six months by the applicant.",
        "4.2 Appeals go to the Clerk.",
    ]
    assert not_adopted_reasons(rule) == {}


def test_reviewers_comments_left_in_a_published_file_are_taken_out_and_listed():
    from ingest.cleanup import clean_document

    text = (
        "3.1 A full reply will be sent within 10 working days. [JT 04/02: DS suggest 15 working days - discuss]\n\n"
        "3.3 Members should contact officers between 8am and 6pm. [Drafting note: old version said 9am-5pm]\n\n"
        '1.2 Relations should be courteous. [Cllr Ward 04/02: can we add "professional"? - Accepted]\n\n'
        "4.5 Paragraph 4.4 [Inserted by Council, 13 March 2025] applies to all groups [see Annex B]."
    )
    cleaned = clean_document([Page(None, text)])
    assert [b.text for b in cleaned.blocks] == [
        "3.1 A full reply will be sent within 10 working days.",
        "3.3 Members should contact officers between 8am and 6pm.",
        "1.2 Relations should be courteous.",
        "4.5 Paragraph 4.4 [Inserted by Council, 13 March 2025] applies to all groups [see Annex B].",
    ]
    assert "reviewer's comment: [Drafting note: old version said 9am-5pm]" in cleaned.dropped


def test_a_section_headed_as_superseded_text_is_left_out_and_listed():
    from ingest.cleanup import clean_document

    text = (
        "## 3. Enquiries\n\n**3.2** Officers will give a full reply within 12 working days.\n\n"
        "## Appendix B - Version 3.1 text (superseded)\n\n"
        "> [!WARNING]\n> Superseded on 1 January 2025. Kept for reference only.\n\n"
        "**B3.2** Officers will give a full reply within 15 working days.\n\n---\n\nSource: the constitution site.\n"
    )
    cleaned = clean_document([Page(None, text)])
    kept = [b.text for b in cleaned.blocks]
    assert "3.2 Officers will give a full reply within 12 working days." in kept
    assert not any("15 working days" in t for t in kept) and "Source: the constitution site." in kept
    assert "superseded text: B3.2 Officers will give a full reply within 15 working days." in cleaned.dropped
    # a rule that speaks of superseding is no such heading
    rule = "## 4. Groups\n\n4.1 A new briefing note is issued when a policy is superseded.\n"
    assert [b.text for b in clean_document([Page(None, rule)]).blocks][-1].endswith("superseded.")


def test_a_draft_s_option_labels_are_kept_and_what_they_head_is_no_rule():
    from ingest.cleanup import offered_as_option

    pairs = "".join(
        f"**{n}** Topic {n}.\n\nOption A\n\nOfficers will do A{n}.\n\nOption B\n\nOfficers will do B{n}.\n\n"
        for n in ("3.2", "4.2", "5.2")
    )
    kept = texts([Page(None, pairs)])
    assert kept.count("Option A") == 3 and kept.count("Option B") == 3  # (said thrice: still no running line)
    assert offered_as_option("3. Enquiries > Option A", "Officers will reply within five working days.")
    assert offered_as_option("3. Enquiries", "Option B: Officers will not attend such meetings.")
    assert not offered_as_option("3. Enquiries", "Officers will reply within ten working days.")
    assert not offered_as_option("Options for residents' meetings", "The options are set out below.")


def test_struck_through_markdown_and_inline_html_are_deletions():
    from ingest.cleanup import without_struck

    text, struck = without_struck(
        "1. Reply within ~~ten~~ five days.\n2. <del>Members may ring the Clerk.</del> Members must not ring the Clerk."
    )
    assert text == "1. Reply within  five days.\n2.  Members must not ring the Clerk."
    assert struck == ("ten", "Members may ring the Clerk.")
    # A code fence and a decoration are no strike-through; nor is a lone pair across lines.
    assert without_struck("~~~\ncode\n~~~\n~~ Notes ~~\na ~~b\nc~~ d") == (
        "~~~\ncode\n~~~\n~~ Notes ~~\na ~~b\nc~~ d",
        (),
    )
    assert without_struck("No marks at all.") == ("No marks at all.", ())


def test_a_chat_export_keeps_the_posted_protocol_and_drops_the_replies():
    from ingest.cleanup import chat_export_lines

    lines = [
        "02/05/2025, 09:00 - Messages and calls are end-to-end encrypted.",
        "02/05/2025, 09:01 - Amy Cole (Clerk): TESTBURY PARISH COUNCIL - MEMBER/OFFICER PROTOCOL",
        "1. Councillors must not phone the Clerk at weekends.",
        "2. The Clerk will reply to emails within five working days.",
        "02/05/2025, 09:03 - Cllr Bob Hart: I thought we agreed ten days?",
        "and weekends are fine if it's urgent",
        "02/05/2025, 09:04 - Amy Cole (Clerk): 3. Councillors must not visit the Clerk at home.",
        "4. Gifts over £25 must be declared.",
        "[02/05/2025, 09:06:12] Cllr Sal Ray: 👍",
    ]
    out, dropped = chat_export_lines(lines)
    assert out == [
        "",
        "TESTBURY PARISH COUNCIL - MEMBER/OFFICER PROTOCOL",
        "1. Councillors must not phone the Clerk at weekends.",
        "2. The Clerk will reply to emails within five working days.",
        "",
        "",
        "3. Councillors must not visit the Clerk at home.",
        "4. Gifts over £25 must be declared.",
        "",
    ]
    assert dropped == [
        "Messages and calls are end-to-end encrypted.",
        "Cllr Bob Hart: I thought we agreed ten days? and weekends are fine if it's urgent",
        "Cllr Sal Ray: 👍",
    ]


def test_text_that_is_no_chat_export_or_posts_no_protocol_is_unchanged():
    from ingest.cleanup import chat_export_lines

    minutes = ["Minutes of the meeting held on 02/05/2025, 19:00 - Village Hall: present", "1. Apologies"]
    assert chat_export_lines(minutes) == (minutes, [])
    chatter = [f"02/05/2025, 09:0{i} - Cllr Bob Hart: see you at the meeting" for i in range(6)]
    assert chat_export_lines(chatter) == (chatter, [])


def test_a_schedule_of_changes_is_left_out_other_tables_stay():
    from ingest.cleanup import without_change_schedules

    lines = [
        "Appendix A - Schedule of changes",
        "Para\tCurrent wording (2019)\tProposed wording\tReason",
        "6\tMembers will get a reply within 15 working days.\tOfficers will reply within 10 working days.\tFaster.",
        "14\tOfficers may attend group meetings.\tOfficers will not attend group meetings.\tNeutrality.",
        "",
        "6. Officers will reply to a Member's enquiry within 10 working days.",
    ]
    out, dropped = without_change_schedules(lines)
    assert out == ["Appendix A - Schedule of changes", "", "", "", "", lines[5]]
    assert dropped == ["schedule of changes: 2 rows under Para | Current wording (2019) | Proposed wording | Reason"]
    # a protocol's own table ("Ref | Provision | Applies to") is no schedule of changes
    table = ["Ref\tProvision\tApplies to", "D5\tMembers must not instruct staff.\tMembers"]
    assert without_change_schedules(table) == (table, [])


def test_text_marked_not_yet_in_force_is_left_out():
    from ingest.cleanup import chrome_reasons

    lines = [
        "6. Outside office hours a Member must not telephone an officer.",
        "Prospective",
        "6A. A Member may text an officer's council mobile between 7am and 9pm.",
        "7. An officer may attend a political group meeting only if invited.",
        "## Not yet in force",
        "8. Officers may accept gifts up to £40.",
        "## Prospective councillors",
        "9. Candidates may ask the Clerk about the role.",
    ]
    assert chrome_reasons(lines) == ["", "not yet in force", "not yet in force", "", *["not yet in force"] * 2, "", ""]


def test_paragraphs_quoted_from_an_earlier_version_are_left_out():
    from ingest.cleanup import without_quoted_versions

    lines = [
        "2.1 The events took place before the current protocol came into force. The Sub-Committee applied the",
        'protocol adopted in April 2021 ("the 2021 Protocol"), which said:',
        "4.2 Members may ask an Area Manager to reprioritise work in their division.",
        "6.3 Members may phone Area Managers between 7am and 10pm",
        "on any day.",
        "2.2 Paragraph 3.1 of the Code also applied.",
    ]
    out, dropped = without_quoted_versions(lines)
    assert out == [lines[0], lines[1], "", "", "", lines[5]]
    assert dropped == [
        "quoted from an earlier version: 4.2 Members may ask an Area Manager to reprioritise work in their "
        "division. 6.3 Members may phone Area Managers between 7am and 10pm on any day."
    ]
    # a lead-in that quotes no earlier version, or no numbered paragraphs, leaves the text as it is
    current = ["3.1 The Code of Conduct says:", "4.2 Members must treat others with respect.", "3.2 Next."]
    assert without_quoted_versions(current) == (current, [])
    act = ["4.1 Section 27 of the Localism Act 2011 provides:", "4.1.1 an authority must promote standards."]
    assert without_quoted_versions(act) == (act, [])
    # paragraphs set apart by blank lines, as a text file gives them
    spaced = [
        "2.1 We applied the previous protocol, which said:",
        "",
        "4.2 Members may ask.",
        "",
        "6.3 Members may ring.",
        "",
        "2.2 The Code also applied.",
    ]
    out, dropped = without_quoted_versions(spaced)
    assert out == [spaced[0], "", "", "", "", "", spaced[6]] and len(dropped) == 1


def test_a_reply_that_numbers_its_points_is_still_a_reply_and_a_prospective_paragraph_goes_whole():
    from ingest.cleanup import chat_export_lines, chrome_reasons, spoken

    lines = [
        "02/05/2025, 09:01 - Amy Cole (Clerk): PROTOCOL",
        *[f"{n}. Rule number {n} for councillors." for n in range(1, 6)],
        "02/05/2025, 09:03 - Cllr Ron Aldous: My points:",
        "1. I will phone staff at home.",
        "2. I shall ask Jane direct.",
        "3. Nobody can stop me.",
        "02/05/2025, 09:04 - Cllr Sal Ray: 👍",
        "02/05/2025, 09:05 - Amy Cole (Clerk): noted",
        "02/05/2025, 09:06 - Cllr Sal Ray: thanks",
    ]
    out, dropped = chat_export_lines(lines)
    assert out[1:6] == lines[1:6] and out[6:10] == ["", "", "", ""]
    assert dropped[0].startswith("Cllr Ron Aldous: My points: 1. I will phone staff at home.")
    assert spoken("\u200e[12/03/2025, 08:52:10] Ron: I will ring her anyway")
    assert not spoken("1.2.2024, 10.00 Full Council: members must attend.")
    page = [
        "5. Outside office hours members must not phone officers.",
        "Prospective",
        "6A. A Member may text an",
        "officer between 7am and 9pm.",
        "7. Officers may attend group meetings.",
    ]
    assert chrome_reasons(page) == ["", "not yet in force", "not yet in force", "not yet in force", ""]


def test_a_myth_card_s_statement_is_left_out():
    from ingest.cleanup import chrome_reasons

    lines = [
        "Myth or fact? Click each card to find out.",
        "MYTH",
        "Officers have to attend a group meeting whenever the leader asks.",
        "Group briefings need the Chief Executive's agreement.",
        "Myth: a Cabinet Member can tell any officer what to do.",
        "Mythical creatures are not covered.",
    ]
    why = "a myth, stated to be corrected"
    assert chrome_reasons(lines) == ["", why, why, "", why, ""]


def test_a_version_tables_numbers_are_no_clause_numbers():
    from ingest.cleanup import version_table_rows

    lines = [
        "Version\tDate\tChange",
        "1.0\t17 June 2019\tFirst protocol adopted",
        "1.1\t13 September 2021\tSocial media section updated",
        "",
        "1.1 Councillors must not give instructions to staff.",
        "Issue\tVersion\tDate",
        "14\t2\t20/05/2024",
        "Ref\tProvision",
        "1.1\tMembers decide the policies of the Council.",
        # (no date column: an "Issue" column numbers clauses)
        "Issue\tGuidance\tWho",
        "1\tCouncillors must not give instructions to staff directly.\tMembers",
    ]
    assert version_table_rows(lines) == [
        lines[0],
        "Version 1.0\t17 June 2019\tFirst protocol adopted",
        "Version 1.1\t13 September 2021\tSocial media section updated",
        "",
        lines[4],
        lines[5],
        "Issue 14\t2\t20/05/2024",
        lines[7],
        lines[8],
        lines[9],
        lines[10],
    ]


def test_a_heading_named_like_a_menu_word_over_a_bullet_of_the_documents_own_is_kept():
    from ingest.cleanup import chrome_reasons

    lines = ["### Contact", "", "- Please contact the Clerk by email rather than by phone, not at weekends."]
    assert chrome_reasons(lines) == ["", "", ""]
    # (a page's "Was this page helpful?" over a line about feedback is still the page's)
    page = [
        "## Was this page helpful?",
        "Please do not include personal details in feedback. To report a problem, use our forms.",
    ]
    assert chrome_reasons(page)[0] == "navigation"


def test_paragraphs_that_end_with_their_own_number_are_numbered_by_it():
    from ingest.cleanup import numbered_by_own_reference

    slide = [
        Block("Who decides?", page=5),
        Block("- Councillors set the policy framework and the budget. (para 3.1)", page=5),
        Block("- Cabinet Members may agree priorities with their Director. (para 3.2)", page=5),
        Block("- No councillor may tell an officer how to decide a case. (para. 3.3)", page=5),
        Block("Getting help", page=6),
        Block("- Log ward enquiries on Member Connect. [paragraph 4]", page=6),
    ]
    got = numbered_by_own_reference(slide)
    assert [b.text for b in got] == [
        "Who decides?",
        "3.1 Councillors set the policy framework and the budget.",
        "3.2 Cabinet Members may agree priorities with their Director.",
        "3.3 No councillor may tell an officer how to decide a case.",
        "Getting help",
        "4. Log ward enquiries on Member Connect.",
    ]
    # (a slide's title over them heads them, a question too)
    assert [b.hint for b in got] == ["heading", "", "", "", "heading", ""]
    # A cross-reference or two, or one number said again, is no numbering of the paragraphs.
    refs = [Block("Members may ask for a briefing. (para 3.1)"), Block("See the rule above. (para 3.1)")]
    refs.append(Block("Officers attend when asked. (para 4.2)"))
    assert numbered_by_own_reference(refs) == refs
    seen = [Block("As the Code says (see para 4.2)"), Block("Members must not. (para 1)"), Block("x (para 2)")]
    assert numbered_by_own_reference(seen) == seen


def test_items_run_on_in_one_paragraph_are_an_item_each():
    from ingest.cleanup import items_run_in

    para = Block(
        "(i) The Clerk is the Proper Officer. (ii) Decisions are made only by the Council; no councillor may "
        "give the Clerk instructions. (iii) The Chairman settles the agenda with the Clerk.",
        page=1,
    )
    assert [b.text for b in items_run_in([para])] == [
        "(i) The Clerk is the Proper Officer.",
        "(ii) Decisions are made only by the Council; no councillor may give the Clerk instructions.",
        "(iii) The Chairman settles the agenda with the Clerk.",
    ]
    # (letters too; marks out of turn, or inside a sentence, stay where they are)
    lettered = Block("(a) Members may ask. (b) Officers will answer. (d) Not this one.")
    assert [b.text for b in items_run_in([lettered])] == [
        "(a) Members may ask.",
        "(b) Officers will answer. (d) Not this one.",
    ]
    inside = Block("(i) The officer may (ii) refuse or defer. Nothing else.")
    assert items_run_in([inside]) == [inside]
    plain = Block("Councillors may (i) ask or (ii) write.")
    assert items_run_in([plain]) == [plain]


def test_a_contents_list_that_gives_pages_ends_where_its_entries_stop_giving_them():
    # Probe AE: a large-print PDF; its contents page runs straight into the protocol's first clause.
    contents = "Contents\n" + "\n".join(
        f"{n} {t} page {n + 2}" for n, t in enumerate(["Introduction", "Roles", "Groups", "Gifts"], 1)
    )
    first = (
        "1. Introduction\n1.1 This protocol guides the relationship between the\n"
        "councillors and the officers of the Borough of\nOldtown. The Council adopted it on 1 May 2025.\n"
        "1.2 It applies to all councillors and to all Council employees.\n"
    )
    text = blocks_text(clean_pages([Page(2, contents), Page(3, first)]))
    assert "1.1 This protocol guides the relationship between the councillors and the officers" in text
    assert "Roles page 4" not in text


def test_rtf_codes_left_in_text_are_read_as_what_they_stand_for():
    from ingest.cleanup import without_rtf_codes

    text = (
        "\\ansi\\nouicompat\nTimes New Roman;Symbol;Arial;Calibri;\n;\\red0\\green0\\blue0;\\red31\\green56;\n"
        + "\\qc \\b HESTLECOMBE PARISH COUNCIL\\b0 \\par\n"
        + "\\qj 1.1\\tab Each employee\\rquote s contract applies.\\par\n"
        + "\\qj 1.2\\tab Gifts worth more than \\'a325 are declined; \\ldblquote staff\\rdblquote  means both.\\par\n"
        * 9
    )
    got = without_rtf_codes(text)
    assert "Times New Roman" not in got and "\\" not in got and ";;" not in got
    assert "1.1\tEach employee\u2019s contract applies." in got
    assert "more than \u00a325 are declined; \u201cstaff\u201d means both." in got
    # (the page header, with its page number field, goes: it had become the document's title)
    assert "Page" not in without_rtf_codes("\\qr Oldtown Parish Council \\endash  Page \\chpgn\\par\n" + text)
    # (a text with a stray backslash or two is left as it is)
    assert without_rtf_codes("C:\\par\\docs is the folder.") == "C:\\par\\docs is the folder."


def test_a_sidebar_on_every_page_is_left_out_and_the_texts_own_heading_kept():
    from ingest.cleanup import without_sidebar

    side = "Oldtown District\nConstitution\n1 Introduction\n2 Roles\n3 Member enquiries\n4 Media and social media\n"
    wrapped = side.replace("4 Media and social media", "4 Media and social\nmedia")  # (a narrower column)
    bodies = ["1 Introduction\n1.1 Text.", "more text of 1.1.\n2 Roles\n2.1 Officers serve.", "3.1 Ask.", "4.1 Post."]
    pages = [Page(n, (wrapped if n == 2 else side) + body) for n, body in enumerate(bodies, 1)]
    kept, dropped = without_sidebar(pages)
    assert [p.text for p in kept] == bodies
    assert "Oldtown District" in dropped and "2 Roles" in dropped


def test_a_reference_split_by_a_wrap_is_no_clause_number():
    text = (
        "1.1 This protocol guides the councillors and officers of the Council. It forms Part\n"
        "5.3 of the Constitution and supplements the Codes of Conduct.\n"
        "1.2 In this protocol officers means all employees.\n"
    )
    blocks = [b.text for b in clean_pages([Page(1, text), Page(2, "1.3 Councillors treat officers with respect.")])]
    assert blocks[0].endswith("It forms Part 5.3 of the Constitution and supplements the Codes of Conduct.")


def test_a_browsers_printed_footer_is_a_running_line_however_long_its_address():
    from ingest.cleanup import find_running_lines, header_key

    address = (
        "https://www.oldtown.gov.uk/council-and-democracy/our-constitution/part-5-codes-and-protocols/member-officer"
    )
    pages = [
        Page(n, f"03/06/2025, 09:14 Protocol | Oldtown\n{n}.1 Text of the page.\n{address} {n}/3") for n in (1, 2, 3)
    ]
    assert header_key(f"{address} 1/3") in find_running_lines(pages)


def test_a_printed_pages_banner_menu_and_contact_footer_are_chrome():
    # Probe AF's county page printed by a browser, probe AE's Google Sites page: the cookie banner's heading and
    # its wrapped sentences, the site's menu printed as a bulleted list, and the council's contact footer.
    from ingest.cleanup import chrome_reasons

    lines = [
        "Cookies on tallowshire.gov.uk",
        "We use some essential cookies to make this website work. We would also like to set additional",
        "cookies to understand how you use the site and to improve our services.",
        "Tallowshire County Council Search Menu",
        "\u2022 Roads and transport",
        "\u2022 Libraries",
        "\u2022 Jobs",
        "Protocol on member and officer relations",
        "1.1 Councillors and officers should treat each other with respect.",
        "1.2 The website sets out how residents can contact the councillors of each ward.",
        "Embedded Files",
        "Hollenbury Town Council, The Corn Exchange, Market Place, Hollenbury. Telephone 01632 961 284. "
        "Email office@hollenbury-tc.gov.uk",
    ]
    reasons = dict(zip(lines, chrome_reasons(lines), strict=True))
    assert [line for line, why in reasons.items() if why == "cookie banner"] == lines[:3]
    assert all(reasons[line] == "navigation" for line in lines[3:7])
    assert reasons["Embedded Files"] == "navigation" and reasons[lines[-1]] == "footer"
    # (the protocol's own lines stay)
    assert not any(reasons[line] for line in lines[7:10])
    # (a clause that gives the Clerk's telephone and email is no footer)
    clerk = "Contact the Clerk on telephone 01632 961 284 or by email at clerk@hollenbury-tc.gov.uk."
    assert chrome_reasons([clerk]) == [""]


def test_a_top_and_bottom_bilingual_page_reads_each_language_whole():
    # Probe AG: each page's Welsh above its English, under "CYMRAEG" and "ENGLISH"; the English clause 4 starts on
    # page 2 below page 2's Welsh, which had run into page 1's English.
    from ingest.cleanup import language_halves

    pages = [
        Page(1, "CYMRAEG\n1. Mae'r protocol hwn yn berthnasol i bob aelod.\nENGLISH\n1. This protocol applies to all."),
        Page(2, "CYMRAEG\n2. Bydd y Clerc yn ateb.\nENGLISH\n2. The Clerk will reply.\nPage 2 of 2"),
    ]
    halves, labels = language_halves(pages)
    assert [(p.number, p.text) for p in halves] == [
        (1, "1. Mae'r protocol hwn yn berthnasol i bob aelod."),
        (2, "2. Bydd y Clerc yn ateb."),
        (1, "1. This protocol applies to all."),
        (2, "2. The Clerk will reply.\nPage 2 of 2"),
    ]
    assert labels == ["CYMRAEG", "ENGLISH", "CYMRAEG", "ENGLISH"]
    # (a page with one label, or a text page, is as it was)
    one = [Page(1, "ENGLISH\n1. This protocol applies."), Page(2, "2. More.")]
    assert language_halves(one) == (one, [])


def test_a_drop_cap_joins_its_word_and_a_pull_quote_goes():
    from ingest.cleanup import drop_caps, without_pull_quotes

    assert drop_caps(["01 About this protocol", "T", "his protocol explains how we work."]) == [
        "01 About this protocol",
        "",
        "This protocol explains how we work.",
    ]
    # ("A" and "I" are words; a capital before a capitalised line is no drop cap)
    assert drop_caps(["A", "councillor may ask."]) == ["A", "councillor may ask."]
    assert drop_caps(["B", "Roles"]) == ["B", "Roles"]
    blocks = [
        Block("\u201cNo councillor can tell a member of staff what to do.\u201d"),
        Block("Committee chairs may discuss business. No councillor can tell a member of staff what to do."),
        Block("\u201cA quotation that no paragraph of the text repeats anywhere.\u201d"),
    ]
    kept, gone = without_pull_quotes(blocks)
    assert kept == blocks[1:] and gone == [f"pull quote: {blocks[0].text}"]


def test_a_markdown_converters_report_contents_links_and_html_table():
    # Probe AG: Google Docs exported by a Markdown add-on: a report in a comment over several lines, its alerts,
    # contents links a blank line apart, and a table left as HTML.
    text = (
        "<!-----\n\nConversion report:\n* ERRORs: 0\n\n----->\n\n"
        '<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert: ERRORs: 0; ALERTS: 1.</p>\n\n'
        "# Protocol on Member and Staff Relations\n\n**Contents**\n\n"
        "[1. Purpose](#1-purpose)\n\n[2. Roles](#2-roles)\n\n"
        "## 1. Purpose\n\n1.1 This protocol guides members and staff.\n\n## 2. Roles\n\n2.1 Members decide policy.\n\n"
        "<table>\n<tr>\n<td><strong>If your question is about</strong>\n</td>\n<td>Contact\n</td>\n</tr>\n"
        "<tr>\n<td>Hall bookings\n</td>\n<td>The Caretaker\n</td>\n</tr>\n</table>\n"
    )
    cleaned = clean_document([Page(None, strip_markdown(text))], unwrap=False)
    kept = blocks_text(cleaned.blocks)
    assert "Conversion report" not in kept and "gd2md-html" not in kept and "ERRORs" not in kept
    assert kept.count("1. Purpose") == 1 and kept.count("2. Roles") == 1  # (the contents list is gone)
    assert "| If your question is about | Contact |" in kept and "| Hall bookings | The Caretaker |" in kept
    assert "<td>" not in kept and "1.1 This protocol guides members and staff." in kept


def test_a_social_posts_comments_and_counts_are_no_part_of_it():
    from ingest.cleanup import chrome_reasons

    lines = [
        "26. Adopted by the Council on 13 January 2026.",
        "See less",
        "#Thistleby #ParishCouncil",
        "You, Margaret Pollitt and 29 others",
        "8 comments",
        "Margaret Pollitt",
        "Thanks Jo, very clear.",
        "1w",
        "Like",
        "Reply",
        "",
        "Thistleby Parish Council",
        "Author",
        "Peter Vane Yes Peter, they are on the Meetings page now.",
        "5d",
        "Like",
        "Reply",
        "View more comments",
    ]
    reasons = chrome_reasons(lines)
    assert reasons[0] == ""
    assert all(reasons[k] for k in range(1, len(lines)) if lines[k])


def test_a_page_number_glued_to_a_footer_is_the_same_footer():
    from ingest.cleanup import header_key

    assert header_key("03haverleightowncouncil.gov.uk") == header_key("02 haverleightowncouncil.gov.uk")
    assert header_key("Page 3 of 7") == header_key("Page 12 of 7")


def test_front_matter_with_a_folded_value_is_front_matter():
    from ingest.cleanup import chrome_reasons

    lines = [
        "---",
        "description: >-",
        "How councillors and officers work together: the",
        "protocol.",
        "layout:",
        "  title:",
        "    visible: true",
        "---",
        "# Working with officers",
    ]
    reasons = chrome_reasons(lines)
    assert all(reasons[k] == "front matter" for k in range(8)) and reasons[8] == ""


def test_spaced_capitals_an_e_signature_and_a_photo_credit():
    # Probe AJ: a designed handbook's headings in spaced letters and its photo credits; a protocol signed through an
    # e-signature service, its stamps on each page and its certificate of completion after the last.
    from ingest.cleanup import chrome_reasons, unspaced, without_signing_certificate

    assert unspaced("W H O   G I V E S   I N S T R U C T I O N S") == "WHO GIVES INSTRUCTIONS"
    assert unspaced("S E C T I O N   7") == "SECTION 7"
    assert unspaced("A B C") == "A B C" and unspaced("7.1 A councillor may ask.") == "7.1 A councillor may ask."
    lines = ["DocuSigned by:", "9C41E7B2D05A4F3...", "Photo: Glanwyddan CBC", "Councillors may ask for advice."]
    assert chrome_reasons(lines) == ["e-signature stamp", "e-signature stamp", "image caption", ""]
    pages = [
        Page(3, "34. The Council approved this protocol on 26 February 2025."),
        Page(4, "Certificate Of Completion\nEnvelope Id: 5E0C9A7B\nSigner Events Signature Timestamp"),
    ]
    kept, gone = without_signing_certificate(pages)
    assert [p.text for p in kept] == [pages[0].text, ""] and gone == ["e-signature certificate: page 4"]


def test_a_protocols_own_lines_are_not_taken_for_the_new_kinds_of_chrome():
    # A review's cases: each is a protocol's own line that a pattern for a page's furniture must not take.
    from ingest.cleanup import chrome_reasons, strip_markdown, unspaced

    own = [
        "Complaints go to the Parish Council, Village Hall, Church Lane. Tel: 01632 961284. clerk@x.gov.uk",
        "Image: any photograph, video or drawing of a member of staff.",
        "Councillors must not place additional cookies on the council website.",
        "3 Comments",
        "- No",
        "- Yes",
        "Video",
    ]
    assert chrome_reasons(own) == [""] * len(own)
    assert unspaced("1 2 3 4 5") == "1 2 3 4 5"
    # (an HTML paragraph's end is a line's end: two numbered paragraphs on one line stay two)
    assert strip_markdown("<p>1.1 Members respect staff.</p><p>1.2 Officers advise.</p>").splitlines() == [
        "1.1 Members respect staff.",
        "1.2 Officers advise.",
    ]


def test_a_cover_before_top_and_bottom_bilingual_pages_stays_first():
    from ingest.cleanup import language_halves

    pages = [
        Page(1, "Cyngor Cymuned Aber / Aber Community Council"),
        Page(2, "CYMRAEG\n1. Mae'r protocol hwn yn berthnasol.\nENGLISH\n1. This protocol applies."),
        Page(3, "CYMRAEG\n2. Bydd y Clerc yn ateb.\nENGLISH\n2. The Clerk will reply."),
    ]
    halves, labels = language_halves(pages)
    assert [p.number for p in halves] == [1, 2, 3, 2, 3] and len(labels) == 4
    assert halves[0].text == pages[0].text and halves[3].text == "1. This protocol applies."


def test_a_menu_word_heading_between_numbered_sentences_is_kept():
    # Probe AL's training handout (a PDF): "Contact" over "15. Councillors should not contact ..." had been
    # dropped as a menu, and its clauses filed under "Political groups".
    from ingest.cleanup import chrome_reasons

    lines = [
        "14. Employees will not attend meetings of political groups, but group",
        "leaders may ask for a written briefing.",
        "Contact",
        "15. Councillors should not contact employees before 8am or after",
        "6pm, except in an emergency.",
    ]
    assert chrome_reasons(lines)[2] == ""
    # (a footer's "Contact" on every page, or one in a menu, still goes)
    menu = ["Home", "About us", "Contact", "15. Councillors should not contact employees before 8am or after"]
    assert chrome_reasons(menu)[2] == "navigation"
    twice = lines + ["Contact", "16. Emergencies outside office hours go to the careline."]
    assert chrome_reasons(twice)[2] == "navigation"


def test_hugo_s_toml_front_matter_and_numbering_shortcodes():
    # Probe AK's Hugo page: "+++" front matter had named the council "How Brisworth Town Council" (from its
    # description) and its title 'title = "..."'; each clause's number was in a shortcode.
    from ingest.cleanup import chrome_reasons, strip_markdown

    lines = [
        "+++",
        'title = "Councillor and Staff Protocol"',
        "weight = 40",
        "",
        "[params]",
        '  adopted = "12 March 2025"',
    ]
    lines += ["+++", "", "## 1. About {#about}"]
    assert chrome_reasons(lines)[:7] == ["front matter"] * 3 + [""] + ["front matter"] * 3
    text = '## 2. Roles {#roles}\n\n{{< clause n="2.1" >}}\nCouncillors set the direction.\n{{< /clause >}}\n'
    assert strip_markdown(text).splitlines()[:3] == ["## 2. Roles", "", "2.1 Councillors set the direction."]


def test_a_screen_reader_version_s_headings_and_marks():
    # Probe AL's accessible text version: "++" before each section and "Heading level 1: Section 3. ...".
    from ingest.cleanup import chrome_reasons, normalise_line

    assert normalise_line("Heading level 1: Section 3. Instructions") == "Section 3. Instructions"
    assert normalise_line("Heading levels are set by the Clerk.") == "Heading levels are set by the Clerk."
    assert chrome_reasons(["++", "Section 3. Instructions", "3.1 Councillors cannot give instructions."])[0]


def test_word_field_codes_a_code_fence_and_a_picture_mark_are_no_clauses():
    # Probe AK: an old .doc's text version kept Word's field codes in its contents list (each entry had become a
    # clause) and "[pic]" for its crest; a page converter put each "<pre>" block of clauses in a code fence, and
    # the "CONTACT" heading between two blocks had been dropped as a menu word.
    from ingest.cleanup import chrome_reasons, without_field_codes

    toc = ' TOC \\o "1-3" \\h \\z \\u  HYPERLINK \\l "_Toc187341201" 1.\tIntroduction\t PAGEREF _Toc187341201 \\h 1 '
    assert without_field_codes(toc) == "1.\tIntroduction\t 1"
    lines = ["Contents", toc, ' HYPERLINK \\l "_Toc187341208" 2.\tRoles\t PAGEREF _Toc187341208 \\h 2 ', ""]
    lines += ["1.\tIntroduction", "1.1\tThis protocol sets out the standards expected of councillors.", "2.\tRoles"]
    # (as the text loader gives them, the codes taken out)
    assert chrome_reasons(without_field_codes("\n".join(lines)).split("\n"))[:3] == ["contents list"] * 3
    assert chrome_reasons(["[pic]", "HALLOWFIELD PARISH COUNCIL"])[0] == "image caption"
    page = ["12. The Clerk must remain politically neutral.", "```", "CONTACT", "```"]
    page += ["13. Councillors should contact the Clerk by email wherever", "possible."]
    assert chrome_reasons(page)[1:5] == ["code fence", "", "code fence", ""]


def test_a_shortcode_on_its_clause_s_line_leaves_no_closing_tag():
    from ingest.cleanup import strip_markdown, without_field_codes

    text = '{{< clause n="1.1" >}}This protocol applies to all councillors.{{< /clause >}}\n'
    assert strip_markdown(text) == "1.1 This protocol applies to all councillors.\n"
    # (a field code's words go wherever the tabs fall)
    assert without_field_codes('HYPERLINK \\l "_Toc1"' + "\t" * 50 + "x") == "x"


def test_a_phone_forward_s_sign_off_and_forwarded_header_are_no_clauses():
    # Probe AL's forwarded email: "Joan" / "Sent from my iPhone" had headed the forwarded message's lines, and
    # "Begin forwarded message:" with its "> From:" lines had been a clause.
    from ingest.cleanup import chrome_reasons

    lines = [
        "Hi Ade, this is the one I mentioned.",
        "",
        "Joan",
        "",
        "Sent from my iPhone",
        "",
        "Begin forwarded message:",
    ]
    lines += ["", "> From: Democratic Services <ds@example.gov.uk>", "> Date: 2 June 2025", "> Subject: Protocol", ">"]
    lines += ["> Dear Councillor,", "> 1.1 This protocol describes how councillors and officers work together."]
    reasons = chrome_reasons(lines)
    assert reasons[0] == "" and reasons[-1] == "" and reasons[-2] == ""
    assert reasons[2] == reasons[4] == "email signature"
    assert reasons[6] == reasons[8] == reasons[10] == "forwarded message's header"


def test_a_learning_site_s_print_details_and_a_letter_s_close_are_no_clauses():
    # Probe AL: a Moodle book's "Print book" details, and the Monitoring Officer's letter's close before the enclosed
    # protocol; a close is followed no further than a rule or a line naming the protocol (an email's "Kind regards,
    # Helen" above "-----" and the protocol's title).
    from ingest.cleanup import chrome_reasons

    details = ["Site:\tMembers' Learning Zone", "Course:\tInduction 2025", "Printed by:\tCllr Priya Okonedo"]
    details += ["Date:\tMonday, 16 June 2025, 10:41 AM", "", "This book reproduces the protocol."]
    assert chrome_reasons(details) == ["print details"] * 4 + ["", ""]
    letter = ["Yours sincerely", "", "Fiona Marchetti", "Director of Legal and Governance", "Enc. Protocol (Part 5C)"]
    letter += ["", "ENCLOSURE", "Protocol on Member and Officer Relations", "1.1 This protocol sets out how we work."]
    assert chrome_reasons(letter)[:5] == ["letter's close", "", "letter's close", "letter's close", "letter's close"]
    assert chrome_reasons(letter)[7:] == ["", ""]
    email = [
        "Kind regards,",
        "Helen",
        "",
        "-" * 40,
        "",
        "STOKE PARISH COUNCIL",
        "PROTOCOL FOR COUNCILLORS AND THE CLERK",
    ]
    assert chrome_reasons(email)[5:] == ["", ""]


def test_a_close_drops_only_a_signatory_never_the_protocol_after_it():
    # A review of the rule above: a model letter's close inside a protocol had taken the next section's heading, a
    # covering email's "Kind regards, / Helen" the protocol's title and first heading, and a wrapped first clause;
    # "Sent from my iPhone" had taken the adoption line above it.
    from ingest.cleanup import chrome_reasons

    model = [
        "2.1 Write in this form.",
        "Yours sincerely",
        "Councillor",
        "3. Gifts and hospitality",
        "3.1 Register gifts.",
    ]
    assert chrome_reasons(model)[3:] == ["", ""]
    email = ["Kind regards,", "Helen", "Relations between Councillors and Officers", "1. Introduction"]
    assert chrome_reasons(email) == ["letter's close", "letter's close", "", ""]
    wrapped = [
        "Kind regards,",
        "Helen",
        "1.1 Councillors and officers work together for",
        "the people of the district.",
    ]
    assert chrome_reasons(wrapped)[2:] == ["", ""]
    adopted = ["5.1 Councillors must be polite.", "Adopted May 2025", "Sent from my iPhone"]
    assert chrome_reasons(adopted) == ["", "", "email signature"]


def test_a_pages_run_of_paragraph_number_badges_is_left_out():
    from ingest.cleanup import without_number_badges

    page = [
        "Councillors set policy.",
        "Officers give advice.",
        "Officers are impartial.",
        "1.1",
        "1.2",
        "2.1",
        "Page 2",
    ]
    lines, runs = without_number_badges([page])
    assert lines == [
        ["Councillors set policy.", "Officers give advice.", "Officers are impartial.", "", "", "", "Page 2"]
    ]
    assert runs == ["1.1 1.2 2.1"]
    # (numbers alone on their lines, each over its paragraph, stay: they number it)
    page = ["1.1", "Councillors set policy.", "1.2", "Officers give advice."]
    assert without_number_badges([page]) == ([page], [])
    # (nor is a short run, or one out of order, or plain page numbers of a contents list, a run of badges)
    for page in (["3.1", "3.2"], ["2.1", "1.4", "3.3"], ["2", "3", "4"]):
        assert without_number_badges([page]) == ([page], [])


def test_a_leaflets_paragraph_numbers_after_its_text_give_no_clause_a_wrong_number():
    text = (
        "1 Who does what\nCouncillors set policy and hold the Executive to account.\n"
        "Individual councillors cannot instruct officers.\n"
        "2 Enquiries\nCouncillors should send enquiries through the Members' Enquiries Service.\n"
        "1.1\n1.2\n2.1\n"
    )
    cleaned = clean_document([Page(2, text)])
    assert not any(b.text.strip() in ("1.1", "1.2", "2.1") for b in cleaned.blocks)
    assert "paragraph numbers printed apart from their paragraphs: 1.1 1.2 2.1" in cleaned.dropped


def test_pandoc_grid_tables_become_one_tab_separated_row_each():
    from ingest.cleanup import grid_tables

    text = (
        "# 1. Introduction\n\n"
        "+------+---------------------------------+\n"
        "| No.  | Provision                       |\n"
        "+======+=================================+\n"
        "| 1.1  | This protocol guides members    |\n"
        "|      | and officers of the Council.    |\n"
        "+------+---------------------------------+\n"
        "| 1.2  | It applies to every member.     |\n"
        "+------+---------------------------------+\n"
        "| A note that spans both columns.        |\n"
        "+----------------------------------------+\n\n"
        "After the table."
    )
    assert grid_tables(text).split("\n") == [
        "# 1. Introduction",
        "",
        "No.\tProvision",
        "",
        "1.1\tThis protocol guides members and officers of the Council.",
        "",
        "1.2\tIt applies to every member.",
        "",
        "A note that spans both columns.",
        "",
        "",
        "After the table.",
    ]
    assert grid_tables("a + b +-c\n| not a table |") == "a + b +-c\n| not a table |"


def test_pandoc_spans_and_attribute_lists_leave_only_their_words():
    text = (
        "# []{#_Toc193821042 .anchor}1. Introduction\n\n"
        '[Important]{.underline} rule ![x](a.png){width="1in" height="2in"}'
    )
    assert strip_markdown(text) == "# 1. Introduction\n\nImportant rule "


def test_a_definitions_tables_terms_stay_before_their_meanings():
    from ingest.cleanup import clause_table_rows

    lines = [
        "Term\tMeaning",
        "Officer\tAny person employed by the Council, including agency workers.",
        "Chief Officer\tThe Chief Executive, Corporate Directors and Service Directors.",
        "Monitoring Officer\tThe Director of Law and Governance, who advises on conduct.",
    ]
    out, dropped = clause_table_rows(lines)
    assert out[1:] == [
        "Officer: Any person employed by the Council, including agency workers.\n",
        "Chief Officer: The Chief Executive, Corporate Directors and Service Directors.\n",
        "Monitoring Officer: The Director of Law and Governance, who advises on conduct.\n",
    ]
    assert dropped == ["table header: Term | Meaning"]
    # (a column that tags rows, its values said again, is still left out)
    lines = [
        "D1\tMembers must not instruct officers on their own.\tMembers",
        "D2\tOfficers must give impartial advice to every member.\tOfficers",
        "D3\tBoth must treat each other with courtesy and respect.\tMembers",
    ]
    out, dropped = clause_table_rows(lines)
    assert out[0] == "D1 Members must not instruct officers on their own.\n"
    assert dropped == ["table column: 'column 3', 3 cells (Members, Officers)"]


def test_an_email_printed_from_outlook_loses_its_mailbox_line_header_and_whole_signature():
    from ingest.cleanup import email_reasons

    lines = [
        "Hexley Parish Council Clerk",
        "From: Clerk <clerk@hexley-pc.gov.uk>",
        "Sent: 09 January 2026 10:42",
        "To: Councillors <councillors@hexley-pc.gov.uk>",
        "Subject: Protocol as adopted",
        "Dear All,",
        "1. Councillors must not instruct the Clerk.",
        "2. The Clerk will reply within five working days.",
        "3. Councillors must not phone the Clerk at home.",
        "Kind regards,",
        "Jo Smith",
        "Clerk and RFO",
        "Tel: 01632 960741",
        "My working hours are Monday to Thursday. I may send emails at other times.",
        "This email and any files sent with it are confidential.",
    ]
    reasons = email_reasons(lines)
    assert [reasons.get(k, "") for k in range(len(lines))] == ["email header"] * 5 + [""] * 4 + ["email signature"] * 6
    # (a sign-off with numbered clauses after it is no email's end: the protocol goes on)
    lines = lines[:9] + [
        "Kind regards,",
        "4. Councillors must not email staff at weekends.",
        "5. Gifts must be declined.",
    ]
    assert "email signature" not in email_reasons(lines).values()


def test_a_newsletters_other_pages_between_its_jump_lines_are_left_out():
    from ingest.cleanup import chrome_reasons

    lines = [
        "INSIDE THIS ISSUE",
        "1\tChairman's note",
        "2\tYour Parish Council",
        "",
        "3. Councillors should not phone the Clerk at weekends.",
        "Continued on page 4 ►",
        "VILLAGE NEWS",
        "Harvest Supper",
        "Tickets for the Harvest Supper are on sale from the Post Office.",
        "YOUR PARISH COUNCIL (continued from page 2)",
        "4. Councillors and staff will treat each other with courtesy.",
    ]
    reasons = chrome_reasons(lines)
    assert reasons[:3] == ["contents list"] * 3
    assert reasons[4] == "" and reasons[10] == ""
    assert reasons[5] == reasons[9] == "page jump"
    assert set(reasons[6:9]) == {"the newsletter's other pages"}
    # (numbered clauses between the jump lines are the protocol's: nothing goes)
    lines[7] = "5. Councillors must not instruct the Clerk."
    lines[8] = "6. The Clerk will reply within five days."
    assert "the newsletter's other pages" not in chrome_reasons(lines)


def test_a_review_s_inputs_keep_their_rules():
    from ingest.cleanup import chrome_reasons, email_reasons, grid_tables

    # (a hand-drawn box whose line runs past its border is left whole, not cut at the border)
    box = (
        "+-------------------+\n| Gifts over £25 must be declared to the Clerk within 28 days. |\n+-------------------+"
    )
    assert grid_tables(box) == box
    # (rules after a "Thanks" are no signature; a route between people is no breadcrumb; a rule ending "*" no form)
    mail = ["From: a <a@b.c>", "Sent: 1 May 2025", "To: x <x@y.z>", "Subject: P", "Dear all,", "Thanks"]
    mail += ["Councillors must not phone staff at home.", "Members must not instruct staff."]
    assert "email signature" not in email_reasons(mail).values()
    lines = ["Clerk > Chair of the Council > Monitoring Officer", "Gifts must be declared *", "Your name *"]
    assert chrome_reasons(lines) == ["", "", "form"]
    # (unnumbered rules between a newsletter's jump lines are the protocol's)
    jump = ["Continued on page 3", "Councillors must not instruct the Clerk.", "Staff should not be rung at home."]
    assert chrome_reasons([*jump, "Chair's report (continued from page 1)"]) == [""] * 4
