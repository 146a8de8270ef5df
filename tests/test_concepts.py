"""The thesaurus and the ways a question names a council, on literal strings."""

from __future__ import annotations

from index.concepts import OFFICERS_PROCEDURE, concepts_for, topic_stems, triggers_in, word_stem
from index.query import (
    council_aliases,
    detect_councils,
    expansions,
    lexical_words,
    strip_council_names,
    unknown_councils,
)


def test_chat_words_map_to_protocol_concepts():
    found = concepts_for("can i slag off the clerk on facebook?")
    assert any("criticise officers" in c for c in found)
    assert "social media" in found
    assert any("free time" in c for c in concepts_for("is it ok to text staff at the weekend"))
    assert any("bullying" in c for c in concepts_for("A councillor keeps SHOUTING at our assistant"))
    assert any("bullying" in c for c in concepts_for("a cllr swore at me in the car park, what can i do?"))
    assert concepts_for("Must the Clerk attend a party group meeting?") == []
    assert any("in private" in c for c in concepts_for("we had a bust up with the clerk at the meeting"))
    assert any("beyond their level of authority" in c for c in concepts_for("can the part timer negotiate?"))
    assert any("resources" in c for c in concepts_for("can the office run off flyers for me"))
    assert any("gifts" in c for c in concepts_for("can the deputy clerk take a bottle of wine off me as a thank you?"))
    assert any("a collection" in c for c in concepts_for("can we have a whip-round for the clerk when she leaves?"))
    assert any("gifts" in c for c in concepts_for("can i give the clerk a xmas present?"))
    assert any("refreshments" in c for c in concepts_for("can staff have a cuppa the cllr paid for?"))
    assert "the media and press releases" in concepts_for("can i have a go at the council in the local rag?")
    assert any("end a telephone call" in c for c in concepts_for("if a cllr yells at me can i just hang up on him?"))
    assert any("criticise officers" in c for c in concepts_for("can i have a go at the clerk over the late agenda?"))
    assert any("gifts" in c for c in concepts_for("a supplier left me some biros with their logo on, can I keep them?"))
    assert any("level of authority" in c for c in concepts_for("can I give the assistant jobs above her level?"))
    assert any("declining or refusing" in c for c in concepts_for("new officer here - can I say no to a councillor?"))
    assert any(
        "familiarity" in c for c in concepts_for("is it ok to go for a pint with our chief officer now and again?")
    )
    # ... and not for a meal allowance, drink driving, posters, a calendar month or pens for the office
    for question in (
        "must the clerk answer my email within a calendar month?",
        "can the clerk order pens for the office?",
    ):
        assert not any("gifts" in c for c in concepts_for(question)), question
    # ... and not for a meal allowance, drink driving or posters
    for question in ("can the clerk claim a meal allowance?", "does a drink driving conviction disqualify a cllr?"):
        assert not any("gifts" in c for c in concepts_for(question)), question
    assert not any("telephone call" in c for c in concepts_for("can I hang up posters in the council office?"))
    # a councillor seeing a member of staff's records; booking the mayor through the councillors
    assert any("personnel files" in c for c in concepts_for("can i see how much sick leave the clerk has had?"))
    assert any(
        "personnel files" in c
        for c in concepts_for(
            "is it ok if i ask the finance officer how the deputy clerk is getting on with her sick leave?"
        )
    )
    assert any("Mayor's diary" in c for c in concepts_for("can i book the mayor to open our fun day?"))
    assert concepts_for("when is the mayor-making ceremony?") == []
    assert any(
        "close personal" in c for c in concepts_for("I'm in a relationship with one of the officers. tell anyone?")
    )
    # ... and not for a clerk off sick, a chair opening a meeting, or seeing officers about allotments
    for question in (
        "the clerk is off sick - who do I send my request to?",
        "the clerk is on sick leave, who deals with planning queries?",
        "can I ask the chair to open the meeting early?",
        "I'm seeing one of the officers tomorrow about the allotments",
        "I am going out with the clerk to inspect the footpath",
        "we have started seeing more complaints",
    ):
        assert not any(
            "personnel files" in c or "Mayor's diary" in c or "close personal" in c for c in concepts_for(question)
        ), question
    assert not any("gifts" in c for c in concepts_for("can the clerk be present at our group meeting?"))
    assert any("day-to-day management" in c for c in concepts_for("should i sort out the staff rotas?"))
    assert any("substantial amount" in c for c in concepts_for("can she pull together every complaint?"))
    assert any("land, premises" in c for c in concepts_for("can i have a look round the depot?"))
    assert any("personal or employment" in c for c in concepts_for("can i tell a cllr my pay worries?"))
    assert any("all councillors" in c for c in concepts_for("will every other councillor see it?"))
    # going round the Clerk to other staff
    for question in ("can i ring the deputy clerk directly?", "can I go straight to the groundsman?"):
        assert any("instructions to staff" in c for c in concepts_for(question)), question
    # ... not something that directly affects me, or going straight to the police
    for question in ("does a matter that directly affects my finances need declaring?", "go straight to the police?"):
        assert not any("instructions to staff" in c for c in concepts_for(question)), question


def test_someone_treated_badly_is_pointed_to_the_procedure_for_officers_only_when_a_councillor_did_it():
    # (the issue's "what should I do if a councillor is rude to me?" quoted the councillors' procedure)
    assert OFFICERS_PROCEDURE in concepts_for("what should I do if a councillor is rude to me?")
    assert OFFICERS_PROCEDURE in concepts_for("im the clerk and a councillor was rude to me, who do i go to?")
    assert OFFICERS_PROCEDURE in concepts_for("a cllr swore at me in the car park, what can i do?")
    # (a councillor treated badly by staff: the other procedure)
    for asked_by_a_councillor in (
        "cllr - should i flag it up with the office if a member of staff is rude to me?",
        "As a councillor, how do I complain about an officer who was rude to me?",
        "i'm a councillor and the chair keeps picking on me in meetings - what can i do?",
    ):
        assert OFFICERS_PROCEDURE not in concepts_for(asked_by_a_councillor)
        assert "rude to me" not in triggers_in(asked_by_a_councillor)
    assert OFFICERS_PROCEDURE not in concepts_for("a councillor is rude to the clerk")  # (not "to me")


def test_concepts_reach_the_lexical_query_only_when_asked():
    _, extra = lexical_words("can i slag off the clerk on facebook", concepts=True)
    assert "criticise" in extra and "social" in extra
    _, plain = lexical_words("can i slag off the clerk on facebook", concepts=False)
    assert "criticise" not in plain


def test_principal_councils_are_named_by_their_place():
    assert "harrowfield" in council_aliases("Harrowfield District Council")
    assert "harrowfield dc" in council_aliases("Harrowfield District Council")
    assert "carrowdene" in council_aliases("London Borough of Carrowdene")
    assert "battle tc" in council_aliases("Battle Town Council")
    councils = ["Harrowfield District Council", "Yateley Town Council"]
    assert detect_councils("when was the harrowfield protocol adopted?", councils) == ["Harrowfield District Council"]
    assert strip_council_names("yateley tc - what can staff expect?", ["Yateley Town Council"]) == (
        "- what can staff expect?"
    )


def test_a_council_name_with_an_apostrophe_is_named_whichever_apostrophe_is_typed():
    # Clause text and council names keep the document's curly apostrophe; phones type one too.
    councils = ["St Mary\u2019s Parish Council", "Battle Town Council"]
    assert detect_councils("st mary's pc - can i ask the clerk?", councils) == ["St Mary\u2019s Parish Council"]
    assert detect_councils("At St Mary\u2019s, can I ask the clerk?", councils) == ["St Mary\u2019s Parish Council"]
    assert detect_councils("at st marys church", councils) == []
    assert strip_council_names("In St Mary's Parish Council, can I ask?", councils[:1]) == "can I ask?"


def test_a_place_of_several_words_is_named_by_its_first_word():
    councils = ("Eastmoor Magna Parish Council", "Hope-under-Dinmore Parish Council", "North Westby District Council")
    assert detect_councils("at eastmoor can a cllr visit the office?", councils) == ["Eastmoor Magna Parish Council"]
    assert detect_councils("hope: who is the proper officer?", councils) == []  # too short to be a name alone
    assert detect_councils("north - can the clerk refuse?", councils) == []  # generic
    assert strip_council_names("eastmoor: can i ask?", ["Eastmoor Magna Parish Council"]) == "can i ask?"
    # A first word two councils share names neither; a whole name that is that word keeps it.
    two = ("Eastmoor Magna Parish Council", "Eastmoor Parva Parish Council")
    assert detect_councils("at eastmoor can i ...", two) == []
    assert detect_councils("in eastmoor parva can i ...", two) == ["Eastmoor Parva Parish Council"]
    assert detect_councils("battle: can i ...", ("Battle Town Council", "Battle Abbey Parish Council")) == [
        "Battle Town Council"
    ]


def test_a_short_name_is_a_place_only_where_a_place_would_be():
    councils = ("Eastmoor Magna Parish Council", "Barking and Dagenham Council", "Forest of Dean District Council")
    for q in (
        "eastmoor: can i ...",
        "at eastmoor can a cllr ...",
        "the eastmoor clerk says ...",
        "what about eastmoor?",
    ):
        assert detect_councils(q, councils) == ["Eastmoor Magna Parish Council"], q
    assert detect_councils("is the clerk barking up the wrong tree?", councils) == []
    assert detect_councils("can we meet in the forest?", councils) == []
    # A longer name that starts with the short one is another council, not in the index.
    q = "Eastmoor Parva Parish Council: can the clerk refuse?"
    assert detect_councils(q, councils) == []
    assert unknown_councils(q, councils) == ["Eastmoor Parva Parish Council"]


def test_words_about_the_documents_are_not_searched():
    from index.query import strip_document_talk

    assert strip_document_talk("is there anything about texting staff at the weekend") == "texting staff at the weekend"
    assert strip_document_talk("which of the protocols bring in the monitoring officer?") == "the monitoring officer?"
    assert strip_document_talk("does the protocol say anything about social media?") == "social media?"
    assert strip_document_talk("what do the protocols say about gifts from councillors?") == "gifts from councillors?"
    assert strip_document_talk("Is there anything in Battle's protocol about press releases?") == "press releases?"
    assert strip_document_talk("What does the 2022 protocol say about gifts?") == "gifts?"  # one word is a topic
    # Unchanged: nothing about the documents, or no topic left.
    assert strip_document_talk("when was the protocol adopted?") == "when was the protocol adopted?"
    assert strip_document_talk("is there anything else?") == "is there anything else?"


def test_a_protocol_named_by_its_year():
    from index.query import protocol_year

    assert protocol_year("under the 2022 protocol, where does an officer go?") == ("2022", "under the 2022 protocol")
    assert protocol_year("can i say what the clerk told us? (2022 protocol)")[0] == "2022"
    assert protocol_year("in the town council protocol from 2022, can a cllr ...")[0] == "2022"
    assert protocol_year("the member/officer protocol adopted in March 2024 - when is it reviewed?")[0] == "2024"
    assert protocol_year("who won the 2022 world cup?") is None
    # A year near "protocol" that does not name one.
    for question in ("Has the protocol changed since 2019?", "Is there a protocol for the 2025 budget?",
                     "Does the protocol cover the 2024 elections?", "Since 2020 our protocol says what?"):  # fmt: skip
        assert protocol_year(question) is None, question
    assert protocol_year("can the clerk refuse? we adopted a new protocol") is None
    # A year that signs the question as a council's name would.
    assert protocol_year("2022: can an officer raise a personal matter with their ward councillor?") == (
        "2022",
        "2022:",
    )
    assert protocol_year("2022 - can the clerk refuse?")[0] == "2022"
    assert protocol_year("2022-23 budget: can the clerk refuse?") is None


def test_a_place_name_that_is_also_a_word_names_its_council_only_as_a_place():
    # "battle" and "reading" are everyday words (whole words in the bundled model's vocabulary);
    # "yateley" is not, and names its council wherever it is.
    councils = ("Battle Town Council", "Reading Borough Council", "Yateley Town Council")
    assert detect_councils("I'm in a constant battle with a councillor who shouts at me", councils) == []
    assert detect_councils("I was reading the protocol - can I ring the clerk?", councils) == []
    # (a word in brackets that is not all of them: "(a battle of wills)"; brackets not after who is
    # asking: "next month (reading week)", "(battle)ground")
    assert detect_councils("the chair and the clerk (a battle of wills) - who decides?", councils) == []
    assert detect_councils("the clerk is away next month (reading) - who do i ask?", councils) == []
    assert detect_councils("cllr here (battle)ground rules for the clerk?", councils) == []
    for named in (
        "battle tc - can i phone the clerk?",
        "what does battle say about gifts?",
        "in battle, can the clerk refuse?",
        "Can the Battle clerk refuse?",
        "is battle's protocol out of date",
        "what about battle?",
        "clerk here (battle). if things turn sour can I go to the monitoring officer?",
        "officer here ( battle ) - can a councillor tell me what to do?",
    ):
        assert detect_councils(named, councils) == ["Battle Town Council"], named
    assert detect_councils("reading: can the clerk refuse?", councils) == ["Reading Borough Council"]
    assert detect_councils("can the clerk refuse yateley cllrs anything", councils) == ["Yateley Town Council"]


def test_a_council_typed_for_a_filter_exact_name_first_then_suggestions():
    import pytest

    from index.catalogue import resolve_council
    from ingest.errors import ProtocolError

    councils = ["Little Ousebury Parish Council", "Nant y Felin Community Council", "Unnamed Parish Council",
                "Unnamed town council", "Yateley Town Council"]  # fmt: skip
    assert resolve_council("Unnamed town council", councils) == "Unnamed town council"
    assert resolve_council("Nant-y-Felin", councils) == "Nant y Felin Community Council"
    with pytest.raises(ProtocolError, match=r"'yately' in the index - did you mean Yateley Town Council\?"):
        resolve_council("yately", councils)
    with pytest.raises(ProtocolError, match=r"did you mean Little Ousebury Parish Council\?"):
        resolve_council("Ousebury", councils)
    with pytest.raises(ProtocolError, match=r"no council called 'council' in the index \(councils: "):
        resolve_council("council", councils)


def test_a_council_not_in_the_index_typed_in_lower_case():
    councils = ("Yateley Town Council", "Unnamed town council", "Fenby Marsh Town Council")
    asked = "what does fernleigh town council's member officer protocol say about the clerk going to party groups?"
    assert unknown_councils(asked, councils) == ["Fernleigh Town Council"]
    # Everyday words and the index's own councils are no unknown council.
    for fine in (
        "when is the next parish council election?",
        "can the county council tell us?",
        "does our local town council have one?",
        "can the yateley town council clerk refuse?",
        "in fenby marsh town council can i ring the clerk?",
        "what does the unnamed town council say?",
    ):
        assert unknown_councils(fine, councils) == [], fine


def test_a_council_not_in_the_index_named_in_the_askers_signature():
    """ "hazelmoor cllr - ..." names the asker's council: not in the index, it is said so rather
    than answered from other councils' protocols."""
    councils = ("Yateley Town Council", "Battle Town Council", "Fenby Marsh Town Council")
    assert unknown_councils("hazelmoor cllr - a resident gave me chocs, can i keep them?", councils) == ["Hazelmoor"]
    assert unknown_councils("fennick abbas pc: can i ring the clerk?", councils) == ["Fennick Abbas"]
    for fine in (
        "yateley cllr - can i ring the clerk?",
        "yately cllr - can i ring the clerk?",  # misspelt: taken as meant elsewhere
        "fenby marsh tc officer here - must i go?",
        "town cllr here - can i?",
        "planning officer - can a councillor lobby me?",
        "opposition cllr - can the comms team quote me?",
        "hiya clerk, can I ring you on a sunday?",  # greetings, posts and parties are no places
        "locum clerk here - do I have to reply?",
        "ukip cllr: can I send emails to staff at night?",
        "newbie cllr here - can I text the clerk?",
        "coopted cllr here - do I need to register gifts?",
    ):
        assert unknown_councils(fine, councils) == [], fine


def test_a_council_not_in_the_index_named_after_at_in_the_askers_signature():
    councils = ("Yateley Town Council", "Battle Town Council", "Fenby Marsh Town Council")
    asked = "clerk here at quillingford - a resident left me chocs, can i keep them?"
    assert unknown_councils(asked, councils) == ["Quillingford"]
    assert unknown_councils("officer at wilverton: can a cllr ring me at home?", councils) == ["Wilverton"]
    for fine in (
        "clerk here at yateley - can i keep chocs?",
        "clerk at home - can i keep chocs from a resident?",
        "officer at work, can a cllr ring me?",
        "clerk at the moment - can i?",
        "cllr at fenby marsh: can i ring the clerk?",
    ):
        assert unknown_councils(fine, councils) == [], fine


def test_a_council_named_misspelt_where_a_place_is_named():
    from index.catalogue import close_councils, misspelt_council

    councils = ["Battle Town Council", "Finmere Parish Council", "Mumbles Community Council", "Yateley Town Council"]
    assert misspelt_council("in batle, can councillors tell officers what to do?", councils) == (
        "batle",
        "Battle Town Council",
    )
    assert misspelt_council("does yately let the clerk refuse?", councils) == ("yately", "Yateley Town Council")
    assert misspelt_council("what does mumbels say about gifts?", councils) == ("mumbels", "Mumbles Community Council")
    assert misspelt_council("can batle\u2019s clerk refuse?", councils) == ("batle", "Battle Town Council")
    # No misspelling where no place is named, where the council is named right, or for a chat word.
    for question in (
        "can i email the clerk at the weekend?",
        "in yateley can i ring the clerk?",
        "can i text a cllr?",
        "in my ward can i hold a meeting?",
    ):
        assert misspelt_council(question, councils) is None, question
    # "Battel Town Council" is spelt like Battle, not like every other "Town Council".
    assert close_councils("Battel Town Council", councils) == ["Battle Town Council"]


def test_telling_or_instructing_an_officer_is_about_councillors_and_staff():
    from assistant.scope import about_relations

    assert about_relations("ashworth vale - can the mayor tell an officer to sort out the fly tipping on his estate?")
    assert about_relations("can the mayor instruct an officer to clear the fly tipping?")
    assert not about_relations("who clears fly tipping on the estate?")  # no party to the relationship
    # Staff in everyday words are a party too: "the lads at the depot", "the bin crew".
    assert about_relations("can i pop into the depot to see the lads without booking?")
    # The one asking ("can i ...") is a councillor or an officer, a party as much as one named ...
    assert about_relations("can i pop into the depot without booking?")
    # ... but not by the days and times alone, nor in "how do i ...?"
    assert not about_relations("can i claim childcare costs for evening meetings")
    assert not about_relations("Can I hire the village hall for a birthday party on a Saturday?")
    assert not about_relations("how do I complain about a noisy neighbour")
    # ... nor by complaining or criticising, which residents do of services too
    assert not about_relations("can i complain about my council tax bill?")
    assert not about_relations("am i allowed to criticise the new car park plans?")
    assert about_relations("can i complain about the clerk?")  # (a party named)
    assert not about_relations("can i lay into the government's funding cuts at the meeting?")
    assert not about_relations("can i socialise with residents at the village pub?")
    assert about_relations("can i lay into the clerk at the meeting?")
    assert not about_relations("how soon will the new bins be delivered?")
    # the roles of councillors and officers: what every protocol sets out first
    assert about_relations("what is the role of the clerk?")
    assert about_relations("what does the clerk do?")
    assert not about_relations("is the clerk's job full time?")  # her contract: not the roles
    assert not about_relations("what is the role of the county council in planning?")  # no party named


def test_a_falling_out_in_any_tense_is_a_disagreement():
    from index.concepts import concepts_for

    for q in ("me and the clerk have fallen out", "we fell out over the budget", "we keep falling out"):
        assert any(c.startswith("disagreements between councillors and officers") for c in concepts_for(q)), q


def test_council_jargon_is_explained_for_the_dense_search():
    from index.query import with_jargon_explained

    assert with_jargon_explained("when does Purdah kick in?") == "when does Purdah (the pre-election period) kick in?"
    assert with_jargon_explained("can i do an FOI?") == "can i do an FOI (a freedom of information request)?"
    assert with_jargon_explained("the information officer") == "the information officer"


def test_a_poster_is_a_use_of_council_resources():
    from index.concepts import concepts_for

    assert any(
        c.startswith("use of council resources") for c in concepts_for("can staff knock up a poster for my club?")
    )


def test_a_gift_question_is_unanswered_by_clauses_that_say_nothing_of_gifts():
    from assistant.scope import gifts_unanswered

    asked = "can i keep the box of chocs a resident gave me?"
    assert gifts_unanswered(asked, ["Councillors must not instruct staff.", "The Clerk works part-time."])
    assert not gifts_unanswered(asked, ["Staff may accept small gifts from residents."])
    assert not gifts_unanswered(asked, ["Officers must declare any hospitality offered to them."])
    # a question about something else that names flowers or wine in passing is no gift question
    assert not gifts_unanswered("can i ask the clerk to order flowers for the war memorial?", ["Members must not ..."])
    assert not gifts_unanswered("can the clerk attend our group meeting?", ["Officers may attend."])
    # "present" is a gift as a noun only: presenting reports is no rule on gifts, nor a question of one
    assert gifts_unanswered(
        "can i give the clerk a christmas present?", ["The Clerk may present reports to committees."]
    )
    assert not gifts_unanswered("can the clerk present a report and give advice?", ["Members must not ..."])


def test_who_staff_report_to_is_line_management_not_reports():
    concepts = concepts_for("who do i report to as the clerks assistant?")
    assert any(c.startswith("line management of staff") for c in concepts)
    # a member of staff's own troubles with their manager are personal matters, not line management
    mine = concepts_for("am i allowed to tell a councillor about my problems with my manager?")
    assert any(c.startswith("officers and councillors not raising personal") for c in mine)
    assert not any(c.startswith("line management") for c in mine)


def test_a_facebook_or_residents_group_is_no_party_group():
    # "group" alone is a party group in councils' words (political group, group meeting) ...
    assert "political group" in expansions("can the clerk come to our group meeting?")
    assert "political group" in expansions("can our group make the clerk come?")
    # ... but the village's facebook group or a residents' group is not
    for question in (
        "can i have a go at the clerk on the village facebook group?",
        "the residents group want the clerk at their meeting, does she have to go?",
        "can I add the deputy clerk to our whatsapp group?",
    ):
        assert "political group" not in expansions(question), question


def test_an_appointment_to_see_someone_is_no_recruitment():
    for question in (
        "can i pop in to see the clerk without an appointment?",
        "is the office open by appointment only?",
    ):
        assert any("visits to the council office" in c for c in concepts_for(question)), question
        assert not any("recruitment" in c for c in concepts_for(question)), question
        assert "recruit" not in expansions(question), question
    # the appointment of staff still is
    for question in (
        "can I sit on the panel for the appointment of the deputy clerk?",
        "can a councillor influence an appointment?",
        "can the council make an appointment of a relative?",
        "his appointment as clerk was approved by the chair alone, is that right?",
        "no appointment has been made to the post yet, can I help?",
    ):
        assert any("recruitment" in c for c in concepts_for(question)), question
        assert "recruit" in expansions(question), question


def test_a_topic_is_its_words_by_stem_and_the_thesaurus_words_for_it():
    # (first six letters, singular: one stem for "politics" and "political", for "gift" and "gifts"; not for
    # "press" and "pressures", nor "news" and "new")
    assert word_stem("politics") == word_stem("political") == "politi"
    assert word_stem("gifts") == word_stem("gift") == "gift"
    assert word_stem("press") != word_stem("pressures")
    assert word_stem("news") != word_stem("new")
    assert topic_stems("whistleblowing") == {"whistl"}
    # (the thesaurus's name for what it touches; not the parties every protocol names)
    assert {"gift", "hospit"} <= topic_stems("gifts")
    assert topic_stems("councillors and officers") == frozenset()
