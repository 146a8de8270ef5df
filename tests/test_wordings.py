"""Clauses with the same or nearly the same wording are one result over the whole index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.citations import citation
from assistant.settings import Settings
from assistant.view import answer_text, same_wording_line
from evals.run import shows
from index import wordings
from index.results import SameWording
from index.search import ProtocolIndex
from tests.fakes import FakeEmbedder, hit
from tests.fakes import fake_ingest as run


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype="float32")
    return v / np.linalg.norm(v)


def test_leaders_group_near_copies_without_chaining():
    a = _unit(1, 0, 0)
    near_a = _unit(1, 0.2, 0)  # cosine 0.981 with a
    # cosine 0.981 with near_a but only 0.925 with a: it must not join a's group through near_a
    chained = _unit(1, 0.4, 0.0) if float(_unit(1, 0.4, 0) @ a) < wordings.NEAR else None
    assert chained is not None and float(chained @ near_a) >= wordings.NEAR
    far = _unit(0, 0, 1)
    out = wordings.leaders(np.stack([a, near_a, chained, far]))
    assert out.tolist() == [0, 0, 2, 3]


def test_leaders_of_nothing_and_of_one():
    assert wordings.leaders(np.zeros((0, 3), "float32")).tolist() == []
    assert wordings.leaders(np.stack([_unit(0, 1, 0)])).tolist() == [0]


def test_only_whole_clause_vectors_are_grouped():
    # units (unit id, clause rowid, hash): clause 1 is vector 0 with sentence vector 1; clause 2
    # is vector 2, a copy of vector 0's direction.
    matrix = np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(1, 0.01, 0)])
    units = [(1, 1, "h0"), (2, 1, "h1"), (3, 2, "h2")]
    groups = wordings.wording_groups(matrix, units, {1: 0, 2: 1, 3: 2})
    assert groups.tolist() == [0, -1, 0]


def test_wording_key_ignores_the_councils_name_and_type_and_punctuation():
    battle = wordings.wording_key("Officers of Battle Town Council shall not attend.", "Battle Town Council")
    finmere = wordings.wording_key("Officers of Finmere Parish Council shall NOT attend", "Finmere Parish Council")
    assert battle == finmere == "officers of shall not attend"  # "council" is in both names
    assert wordings.wording_key("Officers shall attend.", "Battle Town Council") != battle


def test_same_words_join_groups_that_vectors_kept_apart():
    # Three clauses, three distant vectors (different headings, say); clauses 1 and 3 have the
    # same words apart from the council's name.
    matrix = np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1)])
    units = [(1, 1, "h0"), (2, 2, "h1"), (3, 3, "h2")]
    keys = {1: "the clerk need not attend", 2: "officers may refuse", 3: "the clerk need not attend"}
    groups = wordings.wording_groups(matrix, units, {1: 0, 2: 1, 3: 2}, keys)
    assert groups.tolist() == [0, 1, 0]
    assert wordings.wording_groups(matrix, units, {1: 0, 2: 1, 3: 2}).tolist() == [0, 1, 2]


def test_near_vectors_with_other_numbers_or_negations_are_other_wordings():
    # Vectors 0.99+ apart, but "5 working days" is not "10 working days", nor "must" "must not",
    # nor "will" "may".
    matrix = np.stack([_unit(1, 0, 0), _unit(1, 0.01, 0), _unit(1, 0.02, 0), _unit(1, 0.03, 0)])
    units = [(1, 1, "h0"), (2, 2, "h1"), (3, 3, "h2"), (4, 4, "h3")]
    keys = {
        1: "officers will reply within 5 working days",
        2: "officers will reply within 10 working days",
        3: "officers will not reply within 5 working days",
        4: "officers may reply within 5 working days",
    }
    unit_vec = {1: 0, 2: 1, 3: 2, 4: 3}
    assert wordings.wording_groups(matrix, units, unit_vec, keys).tolist() == [0, 1, 2, 3]
    keys[4] = "officers shall reply within 5 days"  # a copy's edit: the same numbers, negations, force
    assert wordings.wording_groups(matrix, units, unit_vec, keys).tolist() == [0, 1, 2, 0]
    keys[2] = "officers ought not to reply within 10 working days"
    keys[3] = "officers should not reply within 10 working days"  # "should not" / "ought not to"
    assert wordings.wording_groups(matrix, units, unit_vec, keys).tolist() == [0, 1, 1, 0]
    assert wordings.wording_groups(matrix, units, unit_vec).tolist() == [0, 0, 0, 0]  # no keys: vectors only


def test_dates_records_are_never_grouped():
    matrix = np.stack([_unit(1, 0, 0), _unit(1, 0.01, 0), _unit(0, 1, 0)])
    units = [(1, 1, "h0"), (2, 2, "h1"), (3, 3, "h2")]
    keys = {1: "adopted may 2019", 2: "adopted may 2019", 3: "officers may refuse"}
    groups = wordings.wording_groups(matrix, units, {1: 0, 2: 1, 3: 2}, keys, ungrouped=frozenset({1, 2}))
    assert groups.tolist() == [-1, -1, 2]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", model="fake")


def _three_councils(folder: Path) -> list[Path]:
    shared = "The Clerk is not required to attend meetings of party political groups of councillors."
    own = {
        "Ashby": "Councillors should give officers reasonable notice of any request for a meeting.",
        "Barrow": "Officers will treat councillors with courtesy in every dealing they have with them.",
        "Crail": "A councillor who is unhappy with an officer should speak first to the Clerk privately.",
    }
    paths = []
    for name, text in own.items():
        path = folder / f"{name.lower()}.txt"
        path.write_text(f"{name} Parish Council Member Officer Protocol\n\n1. Groups\n\n1.1 {shared}\n\n1.2 {text}\n")
        paths.append(path)
    return paths


def test_copies_of_a_clause_are_one_result_naming_the_other_councils(tmp_path, settings):
    run(_three_councils(tmp_path), settings)
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    result = index.search("must the clerk attend party political group meetings", k=5)
    copies = [h for h in result.hits if "party political groups" in h.clause.text]
    assert len(copies) == 1  # not three copies of one sentence
    same = copies[0].same_wording
    others = {"Ashby Parish Council", "Barrow Parish Council", "Crail Parish Council"} - {copies[0].clause.council}
    assert same is not None and set(same.councils) == others and len(same.clause_ids) == 2
    # The result shows every council's copy: the evaluation counts any of them as found.
    assert {doc for doc, _ in shows(index, copies[0])} == {"ashby", "barrow", "crail"}
    assert citation(copies[0])["same_wording"]["councils"] == 2
    # Each council's own clause is still its own result.
    assert sum("1.2" == h.clause.label for h in result.hits) == 3


def test_a_copy_under_another_heading_and_council_type_is_the_same_wording(tmp_path, settings):
    (tmp_path / "ashby.txt").write_text(
        "Ashby Parish Council Member Officer Protocol\n\n8. Political Groups\n\n"
        "8.1 The Parish Clerk is not required to attend meetings of party political groups.\n"
    )
    (tmp_path / "barrow.txt").write_text(
        "Barrow Town Council Member Officer Protocol\n\n3. Party Groups and Officers\n\n"
        "3.4 The Town Clerk is not required to attend meetings of party political groups.\n"
    )
    run([tmp_path / "ashby.txt", tmp_path / "barrow.txt"], settings)
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    result = index.search("does the clerk have to attend party political group meetings", k=5)
    copies = [h for h in result.hits if "party political groups" in h.clause.text]
    assert len(copies) == 1 and copies[0].same_wording is not None
    assert len(copies[0].same_wording.councils) == 1


def test_compare_picks_councils_through_the_copies_a_result_stands_for(tmp_path, settings):
    from assistant.compare import candidate_councils

    shared = "The Clerk is not required to attend meetings of party political groups of councillors."
    paths = []
    for name in ("Ashby", "Barrow", "Crail"):
        paths.append(tmp_path / f"{name.lower()}.txt")
        paths[-1].write_text(f"{name} Parish Council Member Officer Protocol\n\n1. Groups\n\n1.1 {shared}\n")
    run(paths, settings)
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    question = "must the clerk attend party political group meetings"
    assert len(index.search(question, k=8, detect=False).hits) == 1  # one wording, three councils
    assert len(candidate_councils(index, question, limit=2)) == 2


def test_a_search_scoped_to_councils_shows_each_copy(tmp_path, settings):
    run(_three_councils(tmp_path), settings)
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    councils = ["Ashby Parish Council", "Barrow Parish Council"]
    result = index.search("must the clerk attend party political group meetings", k=5, councils=councils)
    copies = [h for h in result.hits if "party political groups" in h.clause.text]
    assert {h.clause.council for h in copies} == set(councils)
    assert all(h.same_wording is None for h in result.hits)


def test_same_wording_line_names_a_few_and_counts_the_rest():
    one = hit("Ashby", "1.1", "The Clerk is not required to attend party groups.")
    assert same_wording_line(one) == ""
    names = tuple(f"Council {i:02d}" for i in range(8))
    many = replace(one, same_wording=SameWording(names, tuple(f"c{i}" for i in range(9))))
    line = same_wording_line(many, names=3)
    assert line == (
        "Same or nearly the same wording in 8 other councils' protocols: Council 00, Council 01, Council 02 and 5 more."
    )
    single = replace(one, same_wording=SameWording(("Barrow",), ("b:1.1",)))
    assert same_wording_line(single) == "Same or nearly the same wording in another council's protocol: Barrow."


def test_answer_text_lists_the_other_councils_under_the_source():
    from assistant.answer import Answer

    shared = replace(
        hit("Ashby", "1.1", "The Clerk is not required to attend party groups."),
        same_wording=SameWording(("Barrow", "Crail"), ("b:1.1", "c:1.1")),
    )
    answer = Answer(question="must the clerk attend?", text="No. ...", abstained=False, cited=[shared])
    text = answer_text(answer)
    assert "[1] Ashby - Protocol, clause 1.1" in text
    assert "Same or nearly the same wording in 2 other councils' protocols: Barrow, Crail." in text


def test_a_wording_many_councils_use_gets_the_prior(tmp_path, settings):
    paths = _three_councils(tmp_path)
    # Ashby repeats the shared clause: still three councils, not four rows.
    ashby = paths[0]
    shared = "The Clerk is not required to attend meetings of party political groups of councillors."
    ashby.write_text(ashby.read_text() + f"\n2. Again\n\n2.1 {shared}\n")
    run(paths, settings)
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    cat = index.catalogue
    sizes = {cat.clauses[r].text[:14]: cat.wording_size(r) for r in cat.clause_rowid.values()}
    assert sizes["The Clerk is n"] == 3 and sizes["Councillors sh"] == 1  # councils, not rows (see below)
    question = "Councillors should give officers reasonable notice of any request for a meeting"
    # Fused order only (no pinning), without the prior first.
    index.search_config = replace(index.search_config, rules=("join_parts",), wording_prior=0.0)
    assert index.search(question, k=3).hits[0].clause.text.startswith("Councillors should")
    # Made large, the prior (log10 of the copies) puts the wording three councils share first.
    index.search_config = replace(index.search_config, wording_prior=1.0)
    assert index.search(question, k=3).hits[0].clause.text.startswith("The Clerk is not required")


def test_same_words_is_a_copy_not_a_similar_rule():
    from index.wordings import same_words

    battle = (
        "Close personal relationships between Councillors and officers can often confuse these separate roles "
        "and get in the way of the proper discharge of the Council's functions."
    )
    finmere = (
        "Close personal relationships between Councillors and officers can confuse these separate roles "
        "and get in the way of the proper discharge of the authority's functions."
    )
    assert same_words(battle, "Battle Town Council", finmere, "Finmere Parish Council")
    assert same_words(
        "The Town Clerk of Battle is neutral.",
        "Battle Town Council",
        "The Parish Clerk of Finmere is neutral.",
        "Finmere Parish Council",
    )
    register = "Councillors must register gifts and hospitality in accordance with the Councillors' Code of Conduct."
    declare = "Councillors must declare gifts and hospitality in accordance with the Code of Conduct."
    assert not same_words(register, "Ardlochan Council", declare, "Nant y Felin Community Council")
    assert not same_words("Officers must not attend group meetings.", "A", "Officers may attend group meetings.", "B")
