"""Dates, council and title inference; sidecar files."""

from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.metadata import (
    build_metadata,
    date_deadline,
    describe_date,
    infer_dates,
    infer_title,
    parse_date,
    read_sidecar,
    records_dates,
)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Adopted 15 May 2015", "2015-05-15"),
        ("Review January 2024", "2024-01"),
        ("Adopted June 6th 2017", "2017-06-06"),
        ("Approved by Finance & Policy Committee 07.03.16", "2016-03-07"),
        ("next review 2026-06-30", "2026-06-30"),
        ("Reviewed 3rd Sept. 2023", "2023-09-03"),
        ("no date here", None),
        ("31.02.2020 is not a date", None),
        ("grit bin locations updated for 2024-25", None),  # a financial year: month 25 is no month
        ("2024-02-30 is not a date", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_month_precision_dates_run_to_the_end_of_the_month():
    assert str(date_deadline("2024-01")) == "2024-01-31"
    assert describe_date("2024-01") == "January 2024"
    assert describe_date("2015-05-15") == "15 May 2015"


def test_infer_dates_from_a_mixed_line_and_a_table():
    got = infer_dates(["Adopted June 6th 2017 \u2013 latest review January 7th 2025"])
    assert {k: v[0] for k, v in got.items()} == {"adopted": "2017-06-06", "last_reviewed": "2025-01-07"}
    got = infer_dates(
        [
            "Date of adoption\tFebruary 2022",
            "Reviewed\tFebruary 2023, June 2023, June 2024, June 2025",
            "Next Review Date\tJune 2026",
            "Reviewed By\tPolicy & Resources Committee",
        ]
    )
    assert {k: v[0] for k, v in got.items()} == {
        "adopted": "2022-02",
        "last_reviewed": "2025-06",
        "next_review": "2026-06",
    }


def test_amendment_record_gives_first_and_latest_version():
    got = infer_dates(["Version 1:\tApproved by Committee 07.03.16", "Version 3:\tApproved by Committee 15.02.21"])
    assert got["adopted"][0] == "2016-03-07" and got["last_reviewed"][0] == "2021-02-15"


def test_metadata_inferred_from_text_says_where_it_came_from():
    meta = build_metadata(
        Path("x/some-file.txt"),
        ["FPC Member/Officer Protocol", "FOR", "FINMERE PARISH COUNCIL", "Adopted June 6th 2017"],
        {},
    )
    assert meta.council == "Finmere Parish Council"
    assert meta.title == "FPC Member/Officer Protocol"
    assert meta.adopted == "2017-06-06"
    assert meta.provenance["council"].startswith("text:")


def test_no_council_in_text_falls_back_to_file_name_and_says_so():
    meta = build_metadata(Path("x/little-snoring-protocol.txt"), ["Some protocol text."], {})
    assert meta.council == "Little Snoring"
    assert "file name" in meta.provenance["council"]
    # A file name with nothing but words about the document names no council.
    meta = build_metadata(Path("x/protocol-officer-member-relations-2024-v2.txt"), ["Some protocol text."], {})
    assert meta.council == "Unnamed council (protocol-officer-member-relations-2024-v2.txt)"


@pytest.mark.parametrize(
    ("name", "council"),
    [
        ("Town-Council-Protocol.pdf", "Unnamed council (Town-Council-Protocol.pdf)"),  # no place left
        ("Member-Officer-Protocol-March-2021.pdf", "Unnamed council (Member-Officer-Protocol-March-2021.pdf)"),
        ("new-mills-town-council-protocol.pdf", "New Mills Town Council"),  # words inside a name stay
        ("isle-of-wight-council-member-officer-protocol.pdf", "Isle of Wight Council"),
        ("Harrowfield DC protocol v3.pdf", "Harrowfield DC"),
        ("henley-on-thames-tc.pdf", "Henley on Thames TC"),
    ],
)
def test_a_council_from_a_file_name(name, council):
    from ingest.metadata import council_from_name

    assert council_from_name(Path(name)) == council


def test_sidecar_wins_and_is_validated(tmp_path):
    doc = tmp_path / "p.txt"
    doc.write_text("Battle Town Council\nAdopted 15 May 2015")
    (tmp_path / "p.toml").write_text('council = "Other Council"\nnext_review = "March 2027"\n')
    sidecar = read_sidecar(doc)
    assert sidecar == {"council": "Other Council", "next_review": "2027-03"}
    meta = build_metadata(doc, doc.read_text().splitlines(), sidecar)
    assert meta.council == "Other Council" and meta.adopted == "2015-05-15"
    assert meta.provenance["council"] == "sidecar p.toml"

    (tmp_path / "p.toml").write_text('counsil = "typo"\n')
    with pytest.raises(IngestError, match=r"p\.toml: unknown metadata field\(s\) counsil"):
        read_sidecar(doc)
    (tmp_path / "p.toml").write_text('council = "unterminated\n')
    with pytest.raises(IngestError, match="not valid TOML"):
        read_sidecar(doc)


def test_dates_inside_a_sentence_belong_to_the_nearest_keyword():
    got = infer_dates(
        [
            "4.1 This Code was approved by Full Council on 12th March 2024 and will be reviewed "
            "every three years, next in March 2027."
        ]
    )
    assert {k: v[0] for k, v in got.items()} == {"adopted": "2024-03-12", "next_review": "2027-03"}


def test_a_date_wrapped_to_the_next_line_after_a_word_or_two_is_still_its_keywords():
    # A handbook's PDF: "adopted it at the Annual" / "Meeting on 12 May 2025 (Minute 25/041)."
    got = infer_dates(
        ["councillors and its staff. The Council adopted it at the Annual", "Meeting on 12 May 2025 (Minute 25/041)."]
    )
    assert got["adopted"][0] == "2025-05-12"
    # (a sentence that ends, and a line that starts with more than a few words, keep apart)
    apart = infer_dates(["The Council adopted it.", "Meeting on 12 May 2025 the Clerk left."])
    assert "adopted" not in apart


def test_what_else_a_council_approved_does_not_date_the_protocol():
    # A publication scheme that prints the protocol as its annex: the charges' approval is later.
    got = infer_dates(
        [
            "These charges were approved at the Council meeting on 8 September 2025 (minute 25/118).",
            "Adopted at the Annual Meeting of the Parish Council on 19 May 2025 (minute 25/061). This protocol "
            "replaces the version of 2019 and will be reviewed at the Annual Meeting in May 2027.",
        ]
    )
    assert {k: v[0] for k, v in got.items()} == {"adopted": "2025-05-19", "next_review": "2027-05"}
    # (the protocol's own approval, said the same way, still dates it)
    own = infer_dates(["The protocol was approved at the Council meeting on 8 September 2025."])
    assert own["adopted"][0] == "2025-09-08"


@pytest.mark.parametrize(
    "lines, council",
    [
        # the title names the parish; a district named once in passing does not win
        (
            [
                "Ashwell Magna Parish Council",
                "Member Protocol",
                "Complaints go to the Monitoring Officer of Eastvale District Council.",
            ],
            "Ashwell Magna Parish Council",
        ),
        (
            ["Protocol", "How councillors of the London Borough Of Brenton work together with staff."],
            "London Borough of Brenton",
        ),
        (["Protocol", "Council of the London Borough of Brenton"], "London Borough of Brenton"),
        (
            ["Protocol", "Glenmorran Council provides all local services for the area, with many officers."],
            "Glenmorran Council",
        ),
        (["Protocol / Protocol | Cyngor Cymuned Llanfair Fach Community Council"], "Llanfair Fach Community Council"),
        (["Ynys Môn Town Council"], "Ynys Môn Town Council"),
        (["Cwmŵr Community Council"], "Cwmŵr Community Council"),
        (["BRAMLEY-WITH-ELM PARISH COUNCIL", "Protocol"], "Bramley-with-Elm Parish Council"),
        (["Ringwold with Downs Parish Council"], "Ringwold with Downs Parish Council"),
        (["Members of The Parish Council and the Town Council must be courteous to the Clerk at all times."], None),
        # The council a parish answers to, named in passing, is not the protocol's council; a
        # typed name ("Community Council") comes before a plain "X Council" said more often.
        (
            [
                "Member and Officer Protocol",
                "1. This protocol is how the members of Brackenholt Town Council work with staff.",
                "2. Complaints go to the Monitoring Officer of Caldermoor District Council.",
                "3. The Town Clerk may ask the Monitoring Officer of Caldermoor District Council.",
            ],
            "Brackenholt Town Council",
        ),
        (
            [
                "Code of Practice",
                "Glenmorvie Community Council adopted this Code of Practice at its meeting in August 2023.",
                "Strathlennoch Council appoints a Liaison Officer for every community council in its area.",
                "Strathlennoch Council officers attend our meetings when the Secretary invites them to.",
                "Strathlennoch Council aims to reply to our written requests within 20 working days.",
            ],
            "Glenmorvie Community Council",
        ),
        # A unitary council's plain name said throughout beats a town council named once.
        (
            ["Member and Officer Relations Protocol"]
            + ["Tremorvah Council officers will support members in their work as councillors, as ever."] * 5
            + ["Officers of Tremorvah Council will attend meetings of St Kelyn Town Council when invited."],
            "Tremorvah Council",
        ),
        # A name's own "of" and "St." are part of it; "Members of", "Meeting of" are not.
        (["VALE OF TREGARTH COMMUNITY COUNCIL", "Protocol"], "Vale of Tregarth Community Council"),
        (["Isle of Tarn Council", "Protocol"], "Isle of Tarn Council"),
        (["City of Dunbarrow Council", "Protocol"], "City of Dunbarrow Council"),
        (["Stoke St. Gregory Parish Council", "Protocol"], "Stoke St. Gregory Parish Council"),
        (["Minutes of the Annual Meeting of Hetherby Town Council held on 3 May 2024"], "Hetherby Town Council"),
        (
            ["1.1 Members of Kirkby and Dalesworth Council and its officers will work together."],
            "Kirkby and Dalesworth Council",
        ),
        (["Auchterbrae & Milnholm Community Council", "Our code"], "Auchterbrae and Milnholm Community Council"),
    ],
)
def test_council_name_is_read_from_the_text(lines, council):
    from ingest.metadata import infer_council

    hit = infer_council(lines)
    assert (hit[0] if hit else None) == council


def test_a_menu_phrase_is_not_a_council_name_and_inspect_shows_the_evidence():
    lines = [
        "Skip to main content",
        "Home",
        "News",
        "Best Kept Village Council",
        "Contact us",
        "Protocol for members",
        "This protocol applies to every councillor of Lower Bramley Parish Council.",
    ]
    meta = build_metadata(Path("x/lower-bramley.txt"), lines, {})
    assert meta.council == "Lower Bramley Parish Council"
    assert meta.provenance["council"].startswith("text: named 1 time:")
    assert meta.title == "Protocol for members"


@pytest.mark.parametrize(
    "line, field, iso",
    [
        ("Approved by Council: 24 February 2021. Next review: February 2025.", "adopted", "2021-02-24"),
        ("Approved by Council: 24 February 2021. Next review: February 2025.", "next_review", "2025-02"),
        ("It was agreed by the Council at its annual meeting on 15 May 2024", "adopted", "2024-05-15"),
        ("Reviewed by the Audit Committee on 9 January 2024", "last_reviewed", "2024-01-09"),
        ("Revised by the Standards Committee on 5 March 2023", "last_reviewed", "2023-03-05"),
        ("The protocol will next be reviewed by the Committee in December 2025.", "next_review", "2025-12"),
        ("Date Approved: 8 May 2013", "adopted", "2013-05-08"),
        ("Adopted 20.03.2023", "adopted", "2023-03-20"),
        ("Next review 03.2026", "next_review", "2026-03"),
        # (a standing resolution, made at a meeting)
        (
            "Made at the ordinary meeting of the Council held at Neuadd Y Bont on 9 October 2024 (Minute 84/24).",
            "adopted",
            "2024-10-09",
        ),
        ("Resolved by the Council at its meeting of 3 March 2021, minute 45/21.", "adopted", "2021-03-03"),
    ],
)
def test_dates_in_the_forms_councils_write_them(line, field, iso):
    assert infer_dates([line])[field][0] == iso


def test_a_page_updated_footer_is_only_a_fallback_and_says_so():
    meta = build_metadata(Path("x/p.txt"), ["Adopted 1 May 2019", "Page updated: 12/10/2020"], {})
    assert meta.last_reviewed == "2020-10-12" and "web page" in meta.provenance["last_reviewed"]
    meta = build_metadata(Path("x/p.txt"), ["Last reviewed 3 March 2021", "Page updated: 12/10/2022"], {})
    assert meta.last_reviewed == "2021-03-03"


def test_a_running_header_before_the_name_is_not_part_of_it():
    from ingest.metadata import council_mentions

    names = [name for _, name in council_mentions("Part 5 - Codes and Protocols Wexcombe County Council")]
    assert names == ["Wexcombe County Council"]


def test_dates_in_a_scanned_pages_misread_text_are_found():
    from ingest.metadata import infer_dates, ocr_repaired

    assert ocr_repaired("next rev1ew May 2O27") == "next review May 2027"
    assert ocr_repaired("Re-adopted at Annua1 Mtg l3/5/24") == "Re-adopted at Annual Mtg 13/5/24"
    assert ocr_repaired("Item 10 and I agree with Ollie") == "Item 10 and I agree with Ollie"
    found = infer_dates(["next rev1ew May 2O27 - J.P ."])
    assert found["next_review"] == ("2027-05", "next rev1ew May 2O27 - J.P .")  # the evidence as written


def test_a_council_name_run_into_other_words_is_read_whole():
    from ingest.metadata import infer_council

    lines = ["KIRKBY WENDLE PARISH COUNCILMember and Officer Protocol", "Page 1of 3Kirkby Wendle Parish Council"]
    assert infer_council(lines)[0] == "Kirkby Wendle Parish Council"


def test_a_title_printed_by_a_browser_loses_the_print_stamp_and_the_site_name():
    from ingest.metadata import infer_title

    line = "03/02/2025, 14:17 Councillor and officer protocol | Kingsbarrow Council"
    assert infer_title([line, "Skip to main content"]) == ("Councillor and officer protocol", line)
    # no print stamp: the site's name goes all the same, as the council is said beside the title
    line = "Member and Officer Protocol - Stoke Parish Council"
    assert infer_title([line]) == ("Member and Officer Protocol", line)


def test_an_ampersand_in_a_title_or_between_two_councils_joins_no_names():
    from ingest.metadata import council_mentions, infer_council

    assert infer_council(["Member & Officer Protocol Fenby Parish Council"])[0] == "Fenby Parish Council"
    assert [n for _, n in council_mentions("Joint protocol: Fenby Town Council & Hoxley Parish Council")] == [
        "Fenby Town Council",
        "Hoxley Parish Council",
    ]
    assert parse_date("budget for 2010-11") is None  # a financial year, not November 2010


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("The Council agreed the Protocol on 20 March 2024.", True),
        (
            "Approved by Council 24 February 2022. Last revised by the Audit and Standards Committee on 11 July 2024.",
            True,
        ),
        ("This protocol was agreed on 8 December 2022 and took effect on 1 January 2023.", True),
        ("Policy reference WTC-P14 | Adopted on 4 December 2023 | review: December 2025", True),
        ("Consultation on the Local Plan review, closing 30th August 2024.", False),
        ("Officers will reply within ten working days. The Clerk agreed this with members.", False),
        (
            "Adopted 9 July 2024. " + "Councillors must not ask staff to do work for them outside their role. " * 5,
            False,
        ),
        # (a rule, another thing reviewed, a date that belongs to another code: from a review of the change)
        ("Members must declare gifts within 28 days. The register is reviewed annually, last on 3 March 2023.", False),
        ("This protocol should be read alongside the Members' Code of Conduct, adopted on 15 July 2021.", False),
        ("Officers' pay was agreed on 1 April 2024 and is reviewed each year.", False),
        ("1 12 September 2016 16/088 First protocol adopted", True),
    ],
)
def test_records_dates_knows_an_adoption_record_from_a_paragraph_that_names_a_date(text, records):
    assert records_dates(text) is records


def test_a_bullet_or_a_numbered_clause_that_names_the_protocol_is_no_title():
    from ingest.metadata import infer_title

    lines = [
        "Working Together: Councillors and Officers",
        "\u2022 Why we have a protocol",
        "25 Breaches of the Code are",
    ]
    assert infer_title(lines)[0] == "Working Together: Councillors and Officers"
    assert infer_title(["Brimsdale Town Council", "1. This protocol applies to all councillors"])[0] == (
        "Brimsdale Town Council"
    )


def test_a_draft_that_is_not_yet_adopted_has_no_adoption_date():
    assert infer_dates(["Once adopted, this protocol will replace the Member/Officer Protocol of March 2016."]) == {}
    assert infer_dates(["This draft has not been adopted. It was approved for consultation on 3 February 2025."]) == {
        "adopted": (
            "2025-02-03",
            "This draft has not been adopted. It was approved for consultation on 3 February 2025.",
        )
    }


def test_a_date_after_not_until_is_still_the_adoption_date():
    assert infer_dates(["It was not adopted until 12 July 2021."])["adopted"][0] == "2021-07-12"


def test_a_typed_name_in_the_title_lines_beats_the_council_it_answers_to():
    # Probe J: a community council's constitution names the local authority more often than itself.
    from ingest.metadata import infer_council

    lines = [
        "GLENFASKIE COMMUNITY COUNCIL",
        "CONSTITUTION",
        "(made under the Strathmorven Council Scheme for the Establishment of",
        "Community Councils)",
        "1. NAME",
        "The name of the Community Council shall be Glenfaskie Community Council.",
        *["Members will tell Strathmorven Council about it, as Strathmorven Council asks of them."] * 4,
    ]
    assert infer_council(lines)[0] == "Glenfaskie Community Council"


def test_the_first_title_line_decides_between_two_councils_in_the_title_lines():
    # A review's findings: a council the title lines name later (a predecessor, a partner) is not
    # the document's, however it is typed; and a plain name on the first line keeps its place.
    from ingest.metadata import infer_council

    body = ["Somerset Council officers will respond to members within ten working days."] * 5
    lines = [
        "Somerset Council",
        "Member and Officer Relations Protocol",
        "Replacing the protocols of Mendip District Council and Sedgemoor District Council",
        "1. Introduction",
        "1.1 This protocol applies to all members and officers of Somerset Council and describes how they work.",
        *body,
    ]
    assert infer_council(lines)[0] == "Somerset Council"
    owned = [
        "Strathmorven Council",
        "Model Code for Community Councils",
        "1. Glenfaskie Community Council adopted this Code on 3 May 2020 and members must follow it.",
    ]
    assert infer_council(owned)[0] == "Glenfaskie Community Council"


def test_a_title_line_running_council_reference_and_title_together_gives_the_title():
    from ingest.metadata import infer_title

    line = "Pennickford Town Council \u2013 PTC-GOV-11 \u2013 Member and Officer Working Protocol"
    assert infer_title([line]) == ("Member and Officer Working Protocol", line)
    line = "Elderstone Parish Council - Member/Officer Protocol"
    assert infer_title([line]) == ("Member/Officer Protocol", line)
    # kept whole: a one-word title, a part that is neither a council nor a reference, two titles
    for kept in (
        "Bryn Eithin Community Council - Protocol",
        "Member and Officer Protocol - Part 5 of the Constitution",
        "Code of Conduct | Member/Officer Protocol",
    ):
        assert infer_title([kept]) == (kept, kept)


def test_a_title_that_says_whose_relations_beats_a_place_in_the_constitution():
    from ingest.metadata import infer_title

    lines = ["Oldbarrow Council", "Constitution \u2013 Part 5, Protocol 3", "Member/Officer Relations Protocol"]
    assert infer_title(lines)[0] == "Member/Officer Relations Protocol"
    lines = [
        "Part 5 - Codes and Protocols",
        "Pellworth County Council Constitution",
        "MEMBER AND OFFICER RELATIONS PROTOCOL",
    ]
    assert infer_title(lines)[0] == "MEMBER AND OFFICER RELATIONS PROTOCOL"
    # with no line naming the relations, the first that names a protocol stays the title
    assert infer_title(["Part 5 - Codes and Protocols", "Working together"])[0] == "Part 5 - Codes and Protocols"


def test_a_title_is_no_sentence_question_or_contact_line_nor_the_councils_name_alone():
    from ingest.metadata import infer_title

    easy_read = [
        "Sandbury Town Council",
        "Working with Town Council staff",
        "This is an easy read version of the Councillor and Staff Protocol. The",
    ]
    assert infer_title(easy_read)[0] == "Working with Town Council staff"
    assert infer_title(["Why have a protocol?", "Working Together Protocol"])[0] == "Working Together Protocol"
    assert infer_title(["HOXBY PARISH COUNCIL", "Clerk & RFO: Mrs A Smith, 2 Church Lane"])[0] == "HOXBY PARISH COUNCIL"


def test_a_running_header_gives_no_title(tmp_path):
    from ingest.metadata import build_metadata

    lines = [
        "Part 4 - Annex 3: Protocol on Member/Officer Relations Section 1 - Introduction",
        "DRUMLEY DISTRICT COUNCIL",
        "Annex 3: Protocol on Member/Officer Relations",
    ]
    running = {"part # - annex #: protocol on member/officer relations section # - introduction"}
    meta = build_metadata(tmp_path / "drumley-district-council.pdf", lines, {}, running)
    assert meta.title == "Annex 3: Protocol on Member/Officer Relations"
    assert build_metadata(tmp_path / "drumley-district-council.pdf", lines, {}).title == lines[0]


def test_a_section_heading_or_a_sentence_after_the_councils_name_is_no_title():
    from ingest.metadata import infer_title

    assert infer_title(["Ashby Parish Council", "Introduction", "The council employs a clerk."])[0] == (
        "Ashby Parish Council"
    )
    assert infer_title(["Respect at Work in the Council", "Contents", "1. Purpose"])[0] == (
        "Respect at Work in the Council"
    )


def test_the_adoption_is_the_approval_not_the_date_it_took_effect():
    from ingest.metadata import infer_dates

    line = "This protocol was approved by Council on 23 January 2025 and took effect on 1 February 2025."
    found = infer_dates([line])
    assert found["adopted"][0] == "2025-01-23"
    found = infer_dates(["Approved by Council on 27 February 2025 and in force from 1 April 2025."])
    assert found["adopted"][0] == "2025-02-27"
    # with no other date, when it took effect stands in for the adoption
    assert infer_dates(["Issue 14, version 2 - effective from 20 May 2024"])["adopted"][0] == "2024-05-20"


def test_a_bundle_of_policies_takes_the_protocols_own_heading_as_its_title():
    from ingest.metadata import infer_title

    lines = [
        "HAWKSLEY PARISH COUNCIL",
        "Policies and Procedures 2025",
        "POLICY 1: COMPLAINTS PROCEDURE",
        *[f"1.{n} A complaint about the Council's services is made to the Clerk." for n in range(1, 14)],
        "POLICY 2: GRANTS POLICY",
        "2.1 Grants are decided by the full Council.",
        "POLICY 3: MEMBER AND OFFICER PROTOCOL",
        "3.1 Councillors must not give instructions to the Clerk.",
    ]
    assert infer_title(lines)[0] == "POLICY 3: MEMBER AND OFFICER PROTOCOL"
    # A document whose first policy heading is the protocol keeps it.
    assert infer_title(["POLICY 4: MEMBER AND OFFICER PROTOCOL", "4.1 Councillors ..."])[0].startswith("POLICY 4")


def test_a_date_a_pdf_line_wrap_splits_is_read_whole_and_a_meeting_in_a_rule_is_no_adoption():
    got = infer_dates(["The Town Council adopted this protocol on 3 February", "2025. We print it in full so that"])
    assert got["adopted"][0] == "2025-02-03"
    assert infer_dates(["It will be reviewed whenever the Council may", "2026 brings new duties."]) == {}
    assert infer_dates(["A complaint made by a member at a meeting on 3 May 2022 was upheld."]) == {}
    assert records_dates("Made at the ordinary meeting of the Council held at the Village Hall on 9 October 2024.")


def test_a_welsh_council_name_over_the_english_one_is_not_the_title():
    lines = [
        "CYNGOR CYMUNED Y BONT",
        "Y BONT COMMUNITY COUNCIL",
        "Standing Resolution on Relations between Councillors and the Clerk",
        "Made at the ordinary meeting of the Council on 9 October 2024.",
    ]
    assert infer_title(lines)[0] == "Standing Resolution on Relations between Councillors and the Clerk"
    # nor is a meeting's agenda heading when the protocol comes in an agenda pack
    agenda = ["Cyngor Cymuned Y Bont", "Y Bont Community Council", "RHAGLEN / AGENDA", "1. Apologies"]
    assert infer_title(agenda)[0] != "RHAGLEN / AGENDA"


def test_a_title_has_letters_and_a_date_opening_the_next_line_belongs_to_the_word_before():
    assert infer_title(["\u2702", "Cerdyn / Card 1/12", "What these cards are"])[0] == "Cerdyn / Card 1/12"
    got = infer_dates(["the Protocol adopted by Pant Community Council", "on 21 January 2025 (Minute 112/24-25)."])
    assert got["adopted"][0] == "2025-01-21"
    assert infer_dates(["Councillors should tell the Clerk", "on 3 May 2024 they met."]) == {}
    # (a clause's number opening the next line is no date; nor a decision made at a meeting, nor changes)
    assert infer_dates(["Review", "5.4.28 Members must not ..."]) == {}
    assert infer_dates(["1.2 Officers will act on any decision made at a council meeting held on 9 June 2025."]) == {}
    both = ["Adopted by the Council on 12 May 2021.", "Minor changes made at the Council meeting of 3 March 2024."]
    assert infer_dates(both)["adopted"][0] == "2021-05-12"
    # what a meeting resolved is a rule, not a record of the protocol's adoption
    assert not records_dates("Resolved at the meeting of 9 October 2024 that the Clerk be the first point of contact.")


def test_a_joint_protocol_of_two_councils_that_share_a_clerk_names_both():
    from index.query import detect_councils
    from ingest.metadata import infer_council

    lines = ["Ashby Parva Parish Council and Cotesford Parish Council", "Joint Protocol for Councillors and the Clerk"]
    assert infer_council(lines)[0] == "Ashby Parva Parish Council and Cotesford Parish Council"
    plural = ["Ashby Parva and Cotesford Parish Councils", "Joint Protocol", "The Clerk of Cotesford Parish Council"]
    assert infer_council(plural)[0] == "Ashby Parva Parish Council and Cotesford Parish Council"
    # a question naming either council is scoped to the joint protocol
    joint = "Ashby Parva Parish Council and Cotesford Parish Council"
    assert detect_councils("cotesford - can I ring the clerk at home?", [joint, "Battle Town Council"]) == [joint]
    # a council of another tier named beside it is no partner
    assert infer_council(["Battle Town Council and Rother District Council", "Protocol"])[0] == "Battle Town Council"


def test_a_records_system_s_title_field_and_a_byline_are_no_title():
    line = "Title ................ Councillor and Employee Working Relationship Protocol"
    assert infer_title(["Corporate Records", line]) == ("Councillor and Employee Working Relationship Protocol", line)
    lines = ["Cyngor Cymuned Llanbrig", "Llanbrig Community Council", "Prepared by Ann Jones, Audit Services", "Notes"]
    assert infer_title(lines)[0] == "Notes"


def test_a_bare_agreed_dates_an_adoption_only_when_nothing_else_does():
    lines = [
        "New protocol adopted on 20 January 2025 (minute 2025/07).",
        "Council response: Agreed; done on 2 June 2025",
    ]
    assert infer_dates(lines)["adopted"][0] == "2025-01-20"
    assert infer_dates(lines[1:])["adopted"][0] == "2025-06-02"
    # what was agreed said on the line: an adoption like any other (the latest counts)
    assert infer_dates([lines[0], "Agreed by the Council on 2 June 2025."])["adopted"][0] == "2025-06-02"


def test_agreed_as_an_answer_to_a_point_is_weak_agreed_with_a_date_is_not():
    point = [
        "Adopted: 20 January 2025",
        "Recommendation 3: the Protocol should be published. Agreed; done on 2 June 2025",
    ]
    assert infer_dates(point)["adopted"][0] == "2025-01-20"
    record = ["Agreed 12 May 2022", "Approved by the Standards Committee on 3 March 2022"]
    assert infer_dates(record)["adopted"][0] == "2022-05-12"


def test_a_passcode_names_no_code():
    lines = ["Join the meeting", "Passcode: Hy7wR3qB", "Protocol for Members and the Clerk"]
    assert infer_title(lines)[0] == "Protocol for Members and the Clerk"


def test_an_agreement_s_two_numbered_parties_share_its_protocol_and_its_date_line_is_no_title():
    from ingest.metadata import infer_council

    lines = [
        "DATED 14 March 2025",
        "(1) HARROWFOLD BOROUGH COUNCIL",
        "(2) FENMERE DISTRICT COUNCIL",
        "AGREEMENT under section 113 for the sharing of officers",
    ]
    council, evidence = infer_council(lines)
    assert council == "Harrowfold Borough Council and Fenmere District Council" and "parties" in evidence
    assert infer_title(lines)[0] == "AGREEMENT under section 113 for the sharing of officers"


def test_a_bilingual_date_with_its_welsh_month_is_read_to_the_day():
    from ingest.metadata import find_dates

    assert find_dates("Mabwysiadwyd / Adopted: 9 Mehefin / June 2025 (cofnod / minute 12)") == [(24, "2025-06-09")]
    assert find_dates("Adolygiad nesaf: Mawrth 2027") == [(17, "2027-03")]
    assert infer_dates(["Mabwysiadwyd / Adopted: 18 Tachwedd 2024"])["adopted"][0] == "2024-11-18"


def test_the_unnamed_town_council_is_not_the_unnamed_parish_council():
    from index.query import detect_councils

    councils = ["Unnamed Parish Council", "Unnamed town council", "Battle Town Council"]
    assert detect_councils("the unnamed town council - can I go into council premises?", councils) == [
        "Unnamed town council"
    ]
    assert detect_councils("unnamed parish council: can i email the clerk?", councils) == ["Unnamed Parish Council"]


def test_a_document_control_tables_rows_give_the_title_not_the_reference():
    # Probe AG: a letterhead template's policy box, "Policy reference<TAB>G07" over "Title<TAB>Protocol on ...".
    from ingest.metadata import infer_title

    lines = ["Policy reference\tG07", "Title\tProtocol on Councillor and Staff Relations", "Version\t2.0"]
    assert infer_title(lines)[0] == "Protocol on Councillor and Staff Relations"


def test_a_london_boroughs_possessive_is_no_part_of_its_name():
    # Probe AJ: "This guide is the London Borough of Fernhithe's protocol ..." had named "... Fernhithe's".
    from ingest.metadata import infer_council

    found = infer_council(["1. This guide is the London Borough of Fernhithe's protocol for members and officers."])
    assert found[0] == "London Borough of Fernhithe"


def test_titles_from_front_matter_a_covering_letter_and_an_email_subject():
    from ingest.metadata import infer_title

    # (probe AK's Hugo page: the front matter's title, not a heading further on)
    hugo = ["+++", 'title = "Councillor and Staff Protocol"', "weight = 40", "+++", "", "## 1. About this protocol"]
    assert infer_title(hugo)[0] == "Councillor and Staff Protocol"
    # (probe AL's Monitoring Officer's letter, the protocol enclosed after it)
    letter = ["To: All Councillors", "Please ask for: Fiona Marchetti", "Dear Councillor"]
    letter += [f"Paragraph {i} of the letter, which goes on for a while." for i in range(15)]
    letter += ["ENCLOSURE", "Protocol on Member and Officer Relations", "1.1 This protocol sets out ..."]
    assert infer_title(letter)[0] == "Protocol on Member and Officer Relations"
    # (a forwarded email's subject line)
    mail = ["Subject: Fwd: Member/Officer Protocol", "Hi Ade, this is the one I mentioned."]
    assert infer_title(mail)[0] == "Member/Officer Protocol"


def test_be_reviewed_after_a_wrapped_line_is_the_next_review():
    from ingest.metadata import infer_dates

    lines = [
        "34. Aberdawel Town Council adopted this protocol on 23 June 2025. It will",
        "be reviewed every three years, next by June 2028.",
    ]
    found = infer_dates(lines)
    assert found["next_review"][0] == "2028-06"


def test_a_section_about_the_protocol_further_on_is_no_title():
    from ingest.metadata import infer_title

    body = [f"{i}. Councillors must do thing number {i} in the right way." for i in range(1, 20)]
    lines = ["Ashby Town Council", "Councillors and Staff Working Together", "", *body]
    assert (
        infer_title([*lines, "Breaches of the Member/Officer Protocol"])[0] == "Councillors and Staff Working Together"
    )
    other = ["MEMBER/OFFICER RELATIONS", "Guidance for Councillors and Employees", *body]
    assert infer_title([*other, "Relationship with the Officers' Protocol on Gifts"])[0] == "MEMBER/OFFICER RELATIONS"


def test_a_printed_book_s_name_is_its_title():
    from ingest.metadata import infer_title

    lines = ["Site:\tZone", "Course:\tInduction", "Book:\tProtocol on Member/Officer Relations", "Printed by:\tX"]
    noise = [True, True, False, True]
    assert infer_title([*lines, "", "1. Introduction"], noise)[0] == "Protocol on Member/Officer Relations"


def test_a_title_wrapped_at_a_line_end_is_read_with_its_next_line():
    lines = ["LOCHBRAE COUNCIL", "", "Protocol for Relations between Councillors and", "Employees", "", "1. Purpose"]
    assert infer_title(lines)[0] == "Protocol for Relations between Councillors and Employees"
    # (a line that ends in "and" before a sentence is not taken with it)
    lines = ["Protocol on Members and", "This protocol applies to every councillor of the Council."]
    assert infer_title(lines)[0] == "Protocol on Members and"


def test_a_title_whose_last_word_stands_alone_on_its_line_is_read_whole():
    lines = ["Brackley County Council", "Member/Officer", "Protocol", "Part 5.2 of the Constitution"]
    assert infer_title(lines)[0] == "Member/Officer Protocol"


def test_a_local_council_that_calls_itself_the_community_council_outweighs_its_principal_council():
    from ingest.metadata import infer_council

    lines = [
        "How we work: community councillors and our staff",
        "This page sets out how the members of Glenbrae Community Council work with the Administrator.",
        "1. Only the Community Council as a body can give the Administrator work to do.",
        "2. Questions about Dunmore Council services go to the Liaison Officer.",
        "3. The Community Council's laptop is for community council business only.",
        "4. Complaints under the Code of Conduct are dealt with by Dunmore Council.",
        "5. New members should attend Dunmore Council's induction session.",
    ]
    assert infer_council(lines)[0] == "Glenbrae Community Council"


def test_a_section_about_the_protocol_or_a_sentence_adopting_it_is_no_title():
    lines = ["NEWSLETTER", "YOUR COUNCIL: HOW COUNCILLORS AND STAFF WORK TOGETHER", "About this protocol", "1. Text."]
    assert infer_title(lines)[0] != "About this protocol"
    lines = ["Hexley Community Council adopted the Members and Staff Protocol", "Members and Staff Protocol"]
    assert infer_title(lines)[0] == "Members and Staff Protocol"


def test_a_councils_meeting_is_not_its_name_and_a_title_going_on_in_its_next_line_is_read_whole():
    from ingest.metadata import infer_council

    lines = [
        "Protocol on member",
        "and officer relations",
        "1.1 Hexworth Metropolitan Borough Council depends on good working relations.",
        "13.2 This protocol was adopted at the Annual Council meeting on 14 May 2025.",
    ]
    assert infer_council(lines)[0] == "Hexworth Metropolitan Borough Council"
    assert infer_title(lines)[0] == "Protocol on member and officer relations"


def test_a_title_is_not_joined_to_a_date_a_version_or_a_subtitle():
    from ingest.metadata import infer_council

    assert (
        infer_title(["Member and Officer Protocol", "in force from 1 April 2024"])[0] == "Member and Officer Protocol"
    )
    assert infer_title(["Version 3 draft", "Protocol"])[0] == "Protocol"
    assert infer_title(["Member and Officer Protocol", "for councillors and staff"])[0] == "Member and Officer Protocol"
    lines = ["1. This protocol of Northdale District Council applies to Northdale District Council's members."]
    lines += ["2. Kirkby Town Council is separate."] + ["3. the Town Council"] * 4
    assert infer_council(lines)[0] == "Northdale District Council"
