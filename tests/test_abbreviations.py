"""A document's own abbreviations, found on literal strings and spelled out in what is embedded."""

from ingest.abbreviations import abbreviations, spelled_out
from tests.fakes import hit


def test_abbreviations_defined_in_brackets_and_in_keys_either_way_round():
    assert abbreviations('the Head of Paid Service (HoPS) and the Monitoring Officer ("MO").') == {
        "HoPS": "Head of Paid Service",
        "MO": "Monitoring Officer",
    }
    assert abbreviations("Abbreviations: MS - Minute Secretary, DC = Dalmorach Council.") == {
        "MS": "Minute Secretary",
        "DC": "Dalmorach Council",
    }
    key = "Community council: AMCC,Minute Secretary: MS,Planning Convener: PC"
    assert abbreviations(key) == {"MS": "Minute Secretary", "PC": "Planning Convener"}  # AMCC spells no words


def test_capitals_that_are_no_abbreviation_are_not_taken_for_one():
    assert abbreviations("MEMBER: OFFICER PROTOCOL FOR FINMERE PARISH COUNCIL") == {}
    assert abbreviations("COVER: Coppleford Town Council Councillor Handbook") == {}
    assert abbreviations("Members (see paragraph 4) may ask.") == {}


def test_spelled_out_beside_each_use_unless_the_text_says_it():
    glossary = {"MS": "Minute Secretary"}
    assert spelled_out("The MS takes instructions from the Chair.", glossary) == (
        "The MS (Minute Secretary) takes instructions from the Chair."
    )
    assert spelled_out("The Minute Secretary (MS) is employed.", glossary) == "The Minute Secretary (MS) is employed."
    assert spelled_out("MSc holders", glossary) == "MSc holders"


def test_only_what_is_embedded_spells_it_out_never_the_quoted_piece():
    from index.units import units_for

    text = "The MS takes instructions only from the Chair. Members must not phone the MS at home."
    clause = hit("X", "4", text).clause
    units = units_for(clause, {"MS": "Minute Secretary"})
    assert [piece for piece, _ in units] == [p for p, _ in units_for(clause)]
    assert all("MS (Minute Secretary)" in text for _, text in units)
