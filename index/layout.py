"""How stored vector units map to FAISS vectors: one vector per distinct text. Councils copy
model protocols, so across thousands of councils the same sentence appears hundreds of times;
storing it once keeps the index small and approximate search accurate (HNSW loses recall when a
graph is mostly copies of the same points). FAISS id n is the n-th distinct text hash, in unit
order: build and check derive the mapping from the units table alone; ingest also saves it (with
the clause maps) as `maps.npz`, which opening an index reads instead, falling back to SQLite when
the file is missing, damaged or does not match."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LAYOUT = "distinct-v1"  # recorded in the store's info as vector_layout
# numpy reads each array's header with ast.literal_eval, which CPython 3.11 cannot run in two
# threads at once ("AST constructor recursion depth mismatch"): app sessions open indexes in
# threads, so every .npy/.npz of an index is read under this lock.
NUMPY_LOAD_LOCK = threading.Lock()


def vector_ids(units: Iterable[tuple[int, int, str]]) -> tuple[dict[int, int], list[str]]:
    """({unit id: FAISS id}, distinct text hashes in FAISS id order) for (unit id, clause rowid, hash) rows."""
    unit_vec: dict[int, int] = {}
    first: dict[str, int] = {}
    for unit_id, _, text_hash in sorted(units):
        if text_hash not in first:
            first[text_hash] = len(first)
        unit_vec[unit_id] = first[text_hash]
    return unit_vec, list(first)


# --- the catalogue's maps, saved at ingest -------------------------------------------------------
# Opening an index of 10,000 protocols read 1.1 M unit rows (with their text hashes, to derive
# the FAISS ids again) and pulled two fields out of 315,000 JSON records: most of its 7 s. The
# same maps are saved beside the vectors as plain integer arrays (numpy, no pickle).
MAPS_NAME = "maps.npz"
KINDS = ("clause", "paragraph", "dates", "front-matter")


@dataclass(frozen=True)
class Maps:
    """unit id -> clause rowid and FAISS id (unit order); per clause row (clause_index order):
    its kind (an index into `kinds`) and whole clause (an index into `part_ids`, -1 if none)."""

    unit_id: np.ndarray
    unit_rowid: np.ndarray
    unit_vec: np.ndarray
    clause_rowid: np.ndarray
    clause_kind: np.ndarray
    clause_part: np.ndarray
    kinds: tuple[str, ...]
    part_ids: tuple[str, ...]


def build_maps(units: list[tuple[int, int, str]], unit_vec: dict[int, int], clauses: list[tuple]) -> Maps:
    """From (unit id, clause rowid, hash) rows and clause_index rows (rowid, id, doc_id, kind, part_of)."""
    kinds = list(KINDS)
    for row in clauses:
        if row[3] not in kinds:
            kinds.append(row[3])
    part_ids = sorted({row[4] for row in clauses if row[4]})
    part_index = {p: i for i, p in enumerate(part_ids)}
    return Maps(
        unit_id=np.array([u[0] for u in units], dtype="int64"),
        unit_rowid=np.array([u[1] for u in units], dtype="int64"),
        unit_vec=np.array([unit_vec[u[0]] for u in units], dtype="int64"),
        clause_rowid=np.array([r[0] for r in clauses], dtype="int64"),
        clause_kind=np.array([kinds.index(r[3]) for r in clauses], dtype="int16"),
        clause_part=np.array([part_index.get(r[4], -1) for r in clauses], dtype="int64"),
        kinds=tuple(kinds),
        part_ids=tuple(part_ids),
    )


def save_maps(maps: Maps, path: Path) -> None:
    arrays = {name: getattr(maps, name) for name in ("unit_id", "unit_rowid", "unit_vec", "clause_rowid")}
    arrays |= {"clause_kind": maps.clause_kind, "clause_part": maps.clause_part}
    arrays |= {"kinds": np.array(maps.kinds, dtype=str), "part_ids": np.array(maps.part_ids or ("",), dtype=str)}
    with path.open("wb") as f:
        np.savez(f, **arrays)


def load_maps(path: Path) -> Maps | None:
    """The saved maps, or None for an index written before them (the catalogue reads SQLite)."""
    if not path.exists():
        return None
    try:
        return _read_maps(path)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None  # a damaged file: the same maps come from SQLite


def _read_maps(path: Path) -> Maps:
    with NUMPY_LOAD_LOCK, np.load(path, allow_pickle=False) as data:
        part_ids = tuple(str(p) for p in data["part_ids"])
        return Maps(
            unit_id=data["unit_id"],
            unit_rowid=data["unit_rowid"],
            unit_vec=data["unit_vec"],
            clause_rowid=data["clause_rowid"],
            clause_kind=data["clause_kind"],
            clause_part=data["clause_part"],
            kinds=tuple(str(k) for k in data["kinds"]),
            part_ids=part_ids if int((data["clause_part"] >= 0).sum()) else (),
        )
