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
    its kind (an index into `kinds`) and whole clause (an index into `part_ids`, -1 if none).

    Since `stamp`, also each row's clause id and document (an index into `doc_ids`, the documents
    in doc id order), so opening reads no clause row from SQLite at all; `stamp` is recorded in
    the store's info as maps_stamp by the same ingest. Maps from before it have `stamp` "" and
    `clause_ids`, `clause_doc` None (the catalogue then reads the ids from SQLite)."""

    unit_id: np.ndarray
    unit_rowid: np.ndarray
    unit_vec: np.ndarray
    clause_rowid: np.ndarray
    clause_kind: np.ndarray
    clause_part: np.ndarray
    kinds: tuple[str, ...]
    part_ids: tuple[str, ...]
    clause_ids: list[str] | None = None
    clause_doc: np.ndarray | None = None
    doc_ids: tuple[str, ...] = ()
    stamp: str = ""
    # With the stamp, for an index with wordings: (vector, wording group, first row) arrays, the
    # catalogue's `wording_heads` for every vector (index/wordings.py `vector_heads`).
    heads: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None


def build_maps(
    units: list[tuple[int, int, str]],
    unit_vec: dict[int, int],
    clauses: list[tuple],
    doc_ids: list[str] | None = None,
    stamp: str = "",
) -> Maps:
    """From (unit id, clause rowid, hash) rows, clause_index rows (rowid, id, doc_id, kind, part_of)
    and, for the clause ids and documents too, every doc id in order and a stamp."""
    kinds = list(KINDS)
    for row in clauses:
        if row[3] not in kinds:
            kinds.append(row[3])
    part_ids = sorted({row[4] for row in clauses if row[4]})
    part_index = {p: i for i, p in enumerate(part_ids)}
    per_row: dict = {}
    if doc_ids is not None:
        doc_index = {d: i for i, d in enumerate(doc_ids)}
        per_row = {
            "clause_ids": [r[1] for r in clauses],
            "clause_doc": np.array([doc_index[r[2]] for r in clauses], dtype="int32"),
            "doc_ids": tuple(doc_ids),
            "stamp": stamp,
        }
    return Maps(
        unit_id=np.array([u[0] for u in units], dtype="int64"),
        unit_rowid=np.array([u[1] for u in units], dtype="int64"),
        unit_vec=np.array([unit_vec[u[0]] for u in units], dtype="int64"),
        clause_rowid=np.array([r[0] for r in clauses], dtype="int64"),
        clause_kind=np.array([kinds.index(r[3]) for r in clauses], dtype="int16"),
        clause_part=np.array([part_index.get(r[4], -1) for r in clauses], dtype="int64"),
        kinds=tuple(kinds),
        part_ids=tuple(part_ids),
        **per_row,
    )


# Ids are stored as one UTF-8 blob, NUL between them (a file name, so an id, cannot hold a NUL):
# 315,000 ids as a numpy string array were 50 MB of UCS-4 and slow to turn back into str.
_SEP = "\0"


def _pack(names: Iterable[str]) -> np.ndarray:
    return np.frombuffer(_SEP.join(names).encode(), dtype="uint8")


def _unpack(blob: np.ndarray, count: int) -> list[str]:
    names = blob.tobytes().decode().split(_SEP) if count else []
    if len(names) != count:
        raise ValueError(f"{len(names)} names for {count} rows")
    return names


_HEADS = ("heads_vec", "heads_group", "heads_row")


def save_maps(maps: Maps, path: Path) -> None:
    arrays = {name: getattr(maps, name) for name in ("unit_id", "unit_rowid", "unit_vec", "clause_rowid")}
    arrays |= {"clause_kind": maps.clause_kind, "clause_part": maps.clause_part}
    arrays |= {"kinds": np.array(maps.kinds, dtype=str), "part_ids": np.array(maps.part_ids or ("",), dtype=str)}
    per_row = maps.clause_ids is not None and maps.clause_doc is not None and bool(maps.stamp)
    # (A NUL in an id, which no file name yields, leaves them out: the catalogue reads SQLite.)
    if per_row and not any(_SEP in name for name in (*maps.clause_ids, *maps.doc_ids)):
        arrays |= {"clause_ids": _pack(maps.clause_ids), "clause_doc": maps.clause_doc}
        arrays |= {"doc_ids": _pack(maps.doc_ids), "doc_count": np.array([len(maps.doc_ids)], dtype="int64")}
        arrays |= {"stamp": np.array([maps.stamp], dtype=str)}
        if maps.heads is not None:
            arrays |= dict(zip(_HEADS, maps.heads, strict=True))
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
        per_row: dict = {}
        if "stamp" in data.files:  # written since the clause ids and documents were saved too
            rows = len(data["clause_rowid"])
            per_row = {
                "clause_ids": _unpack(data["clause_ids"], rows),
                "clause_doc": data["clause_doc"],
                "doc_ids": tuple(_unpack(data["doc_ids"], int(data["doc_count"][0]))),
                "stamp": str(data["stamp"][0]),
            }
            if _HEADS[0] in data.files:
                per_row["heads"] = tuple(data[name] for name in _HEADS)
            if len(per_row["clause_doc"]) != rows:
                raise ValueError(f"clause_doc has {len(per_row['clause_doc'])} entries for {rows} rows")
        return Maps(
            unit_id=data["unit_id"],
            unit_rowid=data["unit_rowid"],
            unit_vec=data["unit_vec"],
            clause_rowid=data["clause_rowid"],
            clause_kind=data["clause_kind"],
            clause_part=data["clause_part"],
            kinds=tuple(str(k) for k in data["kinds"]),
            part_ids=part_ids if int((data["clause_part"] >= 0).sum()) else (),
            **per_row,
        )
