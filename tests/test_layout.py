"""The catalogue's maps file (index/layout.py): what ingest saves is what opening reads."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.layout import build_maps, load_maps, save_maps, vector_ids

UNITS = [(1, 10, "h-a"), (2, 10, "h-b"), (3, 11, "h-a"), (4, 12, "h-c")]
# clause_index rows: (rowid, id, doc_id, kind, part_of), in document order
CLAUSES = [
    (11, "ynys-môn:1.1", "ynys-môn", "clause", ""),
    (10, "battle:2.3#1", "battle", "clause", "battle:2.3"),
    (12, "battle:dates", "battle", "dates", ""),
]
DOCS = ["battle", "ynys-môn"]


def test_the_maps_round_trip_with_clause_ids_and_documents(tmp_path: Path):
    unit_vec = vector_ids(UNITS)[0]
    save_maps(build_maps(UNITS, unit_vec, CLAUSES, DOCS, stamp="s1"), tmp_path / "maps.npz")
    maps = load_maps(tmp_path / "maps.npz")
    assert maps.unit_vec.tolist() == [0, 1, 0, 2]  # "h-a" is stored once
    assert maps.clause_rowid.tolist() == [11, 10, 12]
    assert maps.clause_ids == ["ynys-môn:1.1", "battle:2.3#1", "battle:dates"]
    assert [maps.doc_ids[d] for d in maps.clause_doc.tolist()] == ["ynys-môn", "battle", "battle"]
    assert [maps.kinds[k] for k in maps.clause_kind.tolist()] == ["clause", "clause", "dates"]
    assert [maps.part_ids[p] if p >= 0 else "" for p in maps.clause_part.tolist()] == ["", "battle:2.3", ""]
    assert maps.stamp == "s1"


def test_the_wording_heads_round_trip(tmp_path: Path):
    from dataclasses import replace

    from index.wordings import row_groups, vector_heads

    maps = build_maps(UNITS, vector_ids(UNITS)[0], CLAUSES, DOCS, stamp="s1")
    groups = np.array([0, -1, 2])  # vector 0 (rows 10 and 11) and vector 2 (row 12) lead groups
    by_row = row_groups(maps.unit_rowid, maps.unit_vec, groups)
    assert by_row[10:].tolist() == [0, 0, 2]
    heads = vector_heads(maps.unit_rowid, maps.unit_vec, by_row)
    # Vector 0 is used by rows 10 and 11, one wording: its first row; vector 1 by row 10 alone.
    assert [h.tolist() for h in heads] == [[0, 1, 2], [0, 0, 2], [10, 10, 12]]
    save_maps(replace(maps, heads=heads), tmp_path / "maps.npz")
    assert [h.tolist() for h in load_maps(tmp_path / "maps.npz").heads] == [[0, 1, 2], [0, 0, 2], [10, 10, 12]]


def test_maps_from_before_the_clause_ids_load_without_them(tmp_path: Path):
    save_maps(build_maps(UNITS, vector_ids(UNITS)[0], CLAUSES), tmp_path / "maps.npz")
    maps = load_maps(tmp_path / "maps.npz")
    assert maps.clause_ids is None and maps.clause_doc is None and maps.stamp == "" and maps.doc_ids == ()
    assert maps.clause_rowid.tolist() == [11, 10, 12]  # the rest as before


def test_maps_whose_ids_do_not_fit_their_rows_are_not_read(tmp_path: Path):
    path = tmp_path / "maps.npz"
    save_maps(build_maps(UNITS, vector_ids(UNITS)[0], CLAUSES, DOCS, stamp="s1"), path)
    with np.load(path) as data:
        arrays = dict(data)
    arrays["clause_ids"] = np.frombuffer(b"a\0b", dtype="uint8")  # two names for three rows
    with path.open("wb") as f:
        np.savez(f, **arrays)
    assert load_maps(path) is None  # the catalogue then reads SQLite


def test_an_id_with_a_nul_leaves_the_clause_ids_out(tmp_path: Path):
    clauses = [*CLAUSES[:2], (12, "battle:odd\0id", "battle", "dates", "")]
    save_maps(build_maps(UNITS, vector_ids(UNITS)[0], clauses, DOCS, stamp="s1"), tmp_path / "maps.npz")
    maps = load_maps(tmp_path / "maps.npz")
    assert maps.clause_ids is None and maps.clause_rowid.tolist() == [11, 10, 12]
