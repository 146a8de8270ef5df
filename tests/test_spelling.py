"""Misspelt words put right toward the protocols' own words (index/spelling.py): the pure rules on
literal strings with the real English dictionary, then a misspelt question through the real index
and chain."""

from __future__ import annotations

import pytest

from index.spelling import correction, respell

# The words "the protocols" of these tests use.
PROTOCOL_WORDS = {
    "recommendation", "committee", "grievance", "friend", "application", "there", "chairman",
    "referred", "actual", "lengthsman", "battle", "testing", "disciplinary", "working", "political",
    "treated", "administre", "development",
}  # fmt: skip


def in_index(word: str) -> bool:
    return word in PROTOCOL_WORDS


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("i dont agree with the recomendation", "i dont agree with the recommendation"),
        ("the hall commitee i sit on", "the hall committee i sit on"),
        ("Grievence against the clerk", "Grievance against the clerk"),
        ("my best freind applied", "my best friend applied"),
        ("the balnacraig developmnet officer", "the balnacraig development officer"),
        ("can i start the formal disiplinary route?", "can i start the formal disciplinary route?"),
    ],
)
def test_a_misspelt_word_becomes_the_protocols_word(typed, meant):
    assert respell(typed, in_index) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "theres a blocked ditch",  # there's, not there
        "in the chairmans register",  # chairman's
        "their prefered option",  # preferred: no protocol says it, so not "referred", which one does
        "is the chair actualy allowed",  # actually: the same
        "texting the clerk",  # an English word, though not the protocols'
        "the lengthsman cut it",  # the protocols' own word
        "planning cttee and comms",  # too short to tell from slang
        "flytipping on the lane",  # nothing one letter away
        "can't, don't, cllr's, 9am",  # apostrophes and digits
        "a cllr in Woking asks",  # a capital inside a sentence is a name
        "my politican friend",  # "political" or "politician": two words one letter away
        "is he threating the clerk",  # "treated" or "threatened"
        "who can administer the page",  # an English word: not made British ("administre")
    ],
)
def test_words_meant_as_typed_are_left_alone(typed):
    assert respell(typed, in_index) == typed


def test_a_correction_needs_the_likeliest_english_word_to_be_the_protocols_only_near_word():
    assert correction("recomendation", in_index) == "recommendation"
    assert correction("recommendation", in_index) is None  # in the index
    assert correction("prefered", in_index) is None
    # (a misspelt place is no English word's misspelling: council names are matched elsewhere)
    assert correction("harrowfeild", in_index) is None


@pytest.mark.model
def test_a_misspelt_question_is_searched_and_answered_as_if_spelt_right(real_index, real_settings):
    from assistant.chain import Assistant

    typed = "mumbles - i dont agree with the officer's recomendation, can i put pressure on them to change it?"
    right = typed.replace("recomendation", "recommendation")
    assert real_index.respell(typed) == right
    assert [h.clause.id for h in real_index.search(typed).hits] == [h.clause.id for h in real_index.search(right).hits]
    assistant = Assistant(real_index, real_settings)
    answer, expected = assistant.ask(typed), assistant.ask(right)
    assert (answer.text, answer.verdict) == (expected.text, expected.verdict)
    assert answer.question == typed  # the user's own words are kept


@pytest.mark.model
@pytest.mark.parametrize("signed", ["woking cllr here -", "Consett councillor:"])
def test_a_place_not_in_the_index_is_named_in_the_users_own_words(real_index, real_settings, signed):
    from assistant.chain import Assistant

    answer = Assistant(real_index, real_settings).ask(f"{signed} can I ask the clerk to work late?")
    place = signed.split()[0].capitalize()
    assert answer.abstained and answer.text.startswith(f"{place} is not in the index")


@pytest.mark.parametrize("typed", ["prioritise", "emphasise", "programme", "neighbours", "centre", "licence"])
def test_british_spellings_are_words_not_misspellings_of_the_protocols_words(typed):
    near = {"priorities", "emphasis", "programmed", "neighbors", "center", "license"}
    assert correction(typed, near.__contains__) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("councilor", "councillor"), ("councilors", "councillors"), ("behavior", "behaviour"), ("organize", "organise")],
)
def test_an_american_spelling_takes_the_protocols_british_form(typed, meant):
    assert correction(typed, {"councillor", "councillors", "behaviour", "organise"}.__contains__) == meant
    assert correction(typed, in_index) is None  # (an English word the protocols do not use: left alone)


def test_a_word_is_worked_out_once_against_the_same_index():
    asked = []

    def in_index(word: str) -> bool:
        asked.append(word)
        return word in {"recommendation", "committee"}

    known: dict[str, str | None] = {}
    assert respell("the officer's recomendation", in_index, known=known) == "the officer's recommendation"
    first = len(asked)
    assert respell("about the recomendation", in_index, known=known) == "about the recommendation"
    assert len(asked) == first  # (the second text's word was known)


class _NoDictionary:
    """A dictionary that must not be consulted."""

    def __contains__(self, word: str) -> bool:
        raise AssertionError(f"the dictionary was consulted for {word!r}")

    def candidates(self, word: str) -> set[str]:
        raise AssertionError(f"the dictionary was consulted for {word!r}")


def test_a_word_known_to_be_english_is_left_as_typed_without_the_dictionary():
    # "complain" is no protocol word ("complaint" is) and one letter from none; "guildford" is a
    # place the model's vocabulary knows. Neither needs the dictionary, which takes 0.2-0.3 s to load.
    known_english = {"complain", "guildford"}
    typed = "who do I complain to in guildford about the recomendation"
    with pytest.raises(AssertionError, match="recomendation"):
        respell(typed, in_index, _NoDictionary(), known_english=known_english)
    assert correction("complain", in_index, _NoDictionary(), known_english) is None
    assert correction("guildford", in_index, _NoDictionary(), known_english) is None
    # (a misspelling outside the known words still goes to the dictionary and is put right)
    assert respell(typed, in_index, known_english=known_english) == typed.replace("recomendation", "recommendation")
    # (the protocols' British form still comes first: "councilor" is in the vocabulary too)
    assert correction("councilor", {"councillor"}.__contains__, _NoDictionary(), {"councilor"}) == "councillor"


def test_the_vocabulary_words_the_dictionary_does_not_know_are_listed_exactly():
    # index/vocabulary_unknown.py is generated from the installed model and dictionary: if either
    # changes, the list must be generated again, or a word would skip the dictionary it needs.
    from index.query import common_words, english_words
    from index.spelling import MIN_LETTERS, _is_english, english
    from index.vocabulary_unknown import NOT_IN_DICTIONARY

    vocabulary = common_words()
    assert vocabulary, "the bundled model's vocabulary is not installed"
    dictionary = english()
    unknown = {w for w in vocabulary if len(w) >= MIN_LETTERS and not _is_english(w, dictionary)}
    assert unknown == NOT_IN_DICTIONARY
    # ("couldn" is a piece of "couldn't" the dictionary puts right as before; "complain" skips it)
    assert "couldn" not in english_words() and "complain" in english_words()
    assert respell("i couldn t find it", {"could"}.__contains__, known_english=english_words()) == "i could t find it"
