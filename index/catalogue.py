"""A loaded index version: the clause records, their documents and the vectors stored for them.
What is in the index, not how to rank it (that is `index/rankers/` and `index/rules.py`)."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import numpy as np

from index import wordings
from index.layout import LAYOUT, MAPS_NAME, Maps, load_maps, vector_ids
from index.lexical import LEXICAL_NAME, LexicalIndex
from index.query import detect_councils
from index.results import SameWording
from index.store import DB_NAME, VECTORS_NAME, ClauseStore, StoredDocument, connect, current_version
from ingest.errors import IndexStoreError, some_names
from ingest.records import Clause, DocumentMeta


class _Grouped(Mapping):
    """key -> its values (a list, [] for a key with none), from two parallel integer arrays, kept as
    sorted arrays rather than a Python list per key: building 1.1 M appends took a second of the
    index's open at 10,000 protocols. Values keep their order in the arrays within each key."""

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")
        sorted_keys, self._values = keys[order], values[order]
        distinct, starts = np.unique(sorted_keys, return_index=True)
        self._starts = np.append(starts, len(sorted_keys)).tolist()
        self._pos = {k: i for i, k in enumerate(distinct.tolist())}
        self._firsts = (distinct, self._values[starts])

    def firsts(self) -> dict[int, int]:
        """Each key's first value, for every key at once."""
        return dict(zip(self._firsts[0].tolist(), self._firsts[1].tolist(), strict=True))

    def __getitem__(self, key: int) -> list[int]:
        i = self._pos.get(key)
        return [] if i is None else self._values[self._starts[i] : self._starts[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return key in self._pos

    def __iter__(self) -> Iterator[int]:
        return iter(self._pos)

    def __len__(self) -> int:
        return len(self._pos)


class _Lazy(Mapping):
    """A read-only mapping whose values are read from the store when first asked for (with
    thousands of protocols, decoding every record at open took most of the start-up)."""

    def __init__(self, keys: list[int], fetch: Callable[[list[int]], dict]) -> None:
        self._keys = keys
        self._known = set(keys)
        self._fetch = fetch
        self._cache: dict = {}
        self._lock = threading.Lock()  # app sessions in threads: one fetch at a time per mapping

    def __getitem__(self, key: int):  # noqa: ANN204
        try:
            return self._cache[key]
        except KeyError:
            if key not in self._known:
                raise
            self.load([key])
            return self._cache[key]

    def load(self, keys: Iterable[int]) -> None:
        """Read these keys' values (one query per 500) unless they are read already."""
        missing = [k for k in keys if k not in self._cache and k in self._known]
        if missing:
            with self._lock:
                self._cache.update(self._fetch(missing))

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def values(self):  # noqa: ANN201 - all of them, read in bulk
        self.load(self._keys)
        return [self._cache[k] for k in self._keys]

    def items(self):  # noqa: ANN201
        self.load(self._keys)
        return [(k, self._cache[k]) for k in self._keys]


def resolve_council(name: str, councils: list[str]) -> str:
    """A council as the user typed it ('finmere') -> its name among `councils`."""
    found = detect_councils(name, councils)
    if len(found) == 1:
        return found[0]
    exact = [c for c in councils if c.lower() == name.lower()]
    if exact:
        return exact[0]
    raise IndexStoreError(f"no council called {name!r} in the index - councils: {some_names(councils)}")


def resolve_document(name: str, titles: dict[str, str]) -> str:
    """A document as the user typed it (its id or title) -> its id ({doc id: title})."""
    for doc_id, title in titles.items():
        if name.lower() in (doc_id.lower(), title.lower()):
            return doc_id
    raise IndexStoreError(f"no document called {name!r} in the index - documents: {some_names(sorted(titles))}")


def _current(index_dir: Path) -> Path:
    version = current_version(index_dir)
    if version is None:
        raise IndexStoreError(f"{index_dir}: no index here yet - build it with `protocols ingest corpus/`")
    return version


def _damaged(index_dir: Path, exc: Exception) -> IndexStoreError:
    return IndexStoreError(
        f"{index_dir}: the index is damaged ({str(exc).splitlines()[0][:120]}) - rebuild it with "
        f"`protocols ingest --rebuild corpus/`"
    )


def resolve_names(
    index_dir: Path, councils: Iterable[str], documents: Iterable[str]
) -> tuple[list[str] | None, list[str] | None]:
    """The councils and documents a user typed, resolved from the index's documents table alone:
    a mistake is reported before the index (7 s at 10,000 protocols) or the model loads."""
    councils, documents = list(councils), list(documents)
    if not councils and not documents:
        return None, None
    version = _current(index_dir)
    try:
        store = ClauseStore(connect(version / DB_NAME, readonly=True))
        try:
            docs = store.documents()
        finally:
            store.conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(index_dir, exc) from exc
    names = sorted({d.meta.council for d in docs})
    titles = {d.doc_id: d.meta.title for d in docs}
    return (
        [resolve_council(c, names) for c in councils] or None,
        [resolve_document(d, titles) for d in documents] or None,
    )


class Catalogue:
    """One index version: its clause records (read on demand), documents, BM25 weights and FAISS
    vectors."""

    def __init__(self, index_dir: Path, model: str) -> None:
        self.index_dir = index_dir
        self._lock = threading.Lock()
        self.version = version = _current(index_dir)
        try:
            self._load(version, model)
        # RuntimeError: FAISS cannot read its file; ValueError, EOFError: a damaged .npy/.npz
        except (sqlite3.DatabaseError, RuntimeError, ValueError, EOFError) as exc:
            raise _damaged(index_dir, exc) from exc

    def _load(self, version: Path, model: str) -> None:
        import faiss

        self.store = ClauseStore(connect(version / DB_NAME, readonly=True))
        info = self.store.info()
        if info.get("model") and info["model"] != model:
            raise IndexStoreError(
                f"{self.index_dir}: built with model {info['model']!r}, but the setting is "
                f"{model!r} - rebuild with `protocols ingest --rebuild corpus/`"
            )
        self.info = info
        self.vectors = faiss.read_index(str(version / VECTORS_NAME))
        # Clauses grouped by wording (index/wordings.py); None for an index from before them.
        self.wordings = wordings.load(version / wordings.WORDINGS_NAME)
        if self.wordings is not None and len(self.wordings) != self.vectors.ntotal:
            n, total = len(self.wordings), self.vectors.ntotal
            raise ValueError(f"{wordings.WORDINGS_NAME} has {n} entries for {total} vectors")
        self._wording_members: dict[int, list[int]] | None = None
        self._by_year: dict[str, set[str]] = {}
        self._heads: dict[int, list[tuple[int, int]]] | None = None
        self._wording_info: dict[int, tuple[Counter, dict[str, str]]] = {}
        self._row_wording: dict[int, int] | None = None
        # Built at ingest; an index from before it existed gets it built in memory.
        self.lexical = LexicalIndex.load(version / LEXICAL_NAME) or LexicalIndex.build(self.store.search_bodies())
        # The maps saved at ingest (index/layout.py) when they match the store; else from SQLite.
        maps = load_maps(version / MAPS_NAME) if info.get("vector_layout") == LAYOUT else None
        rows = self._rows_from(maps) if maps is not None else None
        if rows is None:
            maps, rows = None, self.store.clause_index()
        self.clauses: _Lazy = _Lazy([r[0] for r in rows], self.store.clauses_by_rowid)
        self.clause_rowid: dict[str, int] = {r[1]: r[0] for r in rows}
        if maps is not None:
            unit_ids, unit_rows = maps.unit_id.tolist(), maps.unit_rowid.tolist()
            self.unit_vec: dict[int, int] = dict(zip(unit_ids, maps.unit_vec.tolist(), strict=True))
        else:
            units = self.store.units()
            unit_ids, unit_rows = [u[0] for u in units], [u[1] for u in units]
            # FAISS holds one vector per distinct text (index/layout.py); older indexes one per unit.
            self.unit_vec = vector_ids(units)[0] if info.get("vector_layout") == LAYOUT else {u: u for u in unit_ids}
        # The same maps as arrays, for work over every unit at once (`_all_heads`).
        self._unit_arrays = (
            (maps.unit_id, maps.unit_rowid, maps.unit_vec)
            if maps is not None
            else tuple(np.array(x, dtype="int64") for x in (unit_ids, unit_rows, [self.unit_vec[u] for u in unit_ids]))
        )
        self.unit_piece: _Lazy = _Lazy(unit_ids, self.store.pieces_by_unit)
        self.unit_clause: dict[int, int] = dict(zip(unit_ids, unit_rows, strict=True))  # unit id -> clause rowid
        u_ids, u_rows, u_vecs = self._unit_arrays
        self.clause_units: _Grouped = _Grouped(u_rows, u_ids)  # clause rowid -> its units
        self.vec_units: Mapping[int, list[int]] = _Grouped(u_vecs, u_ids)  # FAISS id -> the units with its text
        self.documents: dict[str, StoredDocument] = {d.doc_id: d for d in self.store.documents()}
        self.councils: list[str] = sorted({d.meta.council for d in self.documents.values()})
        # whole clause id -> its parts' rows (records read when a part is used: 25,000 at 10,000 protocols)
        self._part_rows: dict[str, list[int]] = defaultdict(list)
        self._doc_rowids: dict[str, set[int]] = defaultdict(set)
        self.dates_rowids: list[int] = []  # the adoption/review records
        self._row_doc: dict[int, tuple[str, str]] = {}  # rowid -> (doc id, whole clause id)
        for rowid, clause_id, doc_id, kind, part_of in rows:
            self._doc_rowids[doc_id].add(rowid)
            self._row_doc[rowid] = (doc_id, part_of or clause_id)
            if kind == "dates":
                self.dates_rowids.append(rowid)
            if part_of:
                self._part_rows[part_of].append(rowid)

    def _rows_from(self, maps: Maps) -> list[tuple[int, str, str, str, str]] | None:
        """clause_index rows from the saved maps and the store's plain columns; None if the two
        disagree (the maps are then ignored)."""
        plain = self.store.clause_ids()
        if len(plain) != len(maps.clause_rowid) or [r[0] for r in plain] != maps.clause_rowid.tolist():
            return None
        kinds, parts = maps.kinds, maps.part_ids
        return [
            (rowid, clause_id, doc_id, kinds[k], parts[p] if p >= 0 else "")
            for (rowid, clause_id, doc_id), k, p in zip(
                plain, maps.clause_kind.tolist(), maps.clause_part.tolist(), strict=True
            )
        ]

    # --- names as users type them -------------------------------------------------------------
    def resolve_council(self, name: str) -> str:
        """A council as the user typed it ('finmere') -> its name in the index."""
        return resolve_council(name, self.councils)

    def resolve_document(self, name: str) -> str:
        """A document as the user typed it (its id or title) -> its id in the index."""
        return resolve_document(name, {d: doc.meta.title for d, doc in self.documents.items()})

    def doc_ids_for(self, councils: list[str] | None, documents: list[str] | None) -> set[str] | None:
        """The documents a search is limited to, or None for all of them."""
        if not councils and not documents:
            return None
        ids = set(self.documents)
        if councils:
            ids = {d for d in ids if self.documents[d].meta.council in set(councils)}
        if documents:
            wanted = {x.lower() for x in documents}
            ids = {d for d in ids if d.lower() in wanted or self.documents[d].meta.title.lower() in wanted}
        return ids

    def doc_ids_for_year(self, year: str) -> set[str]:
        """The documents a year names: in their title or adoption date, else their last review
        (worked out once per year: the documents of a version do not change)."""
        if year not in self._by_year:
            docs = self.documents
            found = {
                d for d, doc in docs.items() if year in doc.meta.title or (doc.meta.adopted or "").startswith(year)
            }
            self._by_year[year] = found or {
                d for d, doc in docs.items() if (doc.meta.last_reviewed or "").startswith(year)
            }
        return set(self._by_year[year])

    def whole_clause_count(self) -> int:
        """Clauses as cited (a clause split into parts counts once), without reading any record."""
        return len(self.clause_rowid) - sum(len(p) for p in self._part_rows.values()) + len(self._part_rows)

    def read_clauses(self, rowids: Iterable[int]) -> None:
        """Read these clause records now, in bulk, if they are not read yet."""
        self.clauses.load(rowids)

    def rowids_in(self, doc_ids: set[str]) -> set[int]:
        return set().union(*(self._doc_rowids.get(d, set()) for d in doc_ids))

    # --- records --------------------------------------------------------------------------------
    def whole_clause(self, clause: Clause) -> Clause:
        """A passage of a split clause -> the whole clause (its parts joined, verbatim)."""
        if not clause.part_of:
            return clause
        parts = self.parts_of(clause.part_of)
        return replace(
            parts[0], text="\n".join(p.text for p in parts), end=parts[-1].end, part="", part_of="", id=clause.part_of
        )

    def by_ids(self, clause_ids: Iterable[str]) -> list[Clause]:
        """Clauses by id (a split clause by its whole id: its first part), read in bulk."""
        rowids = [
            self.clause_rowid[i] if i in self.clause_rowid else self.clause_rowid[self.parts_of(i)[0].id]
            for i in clause_ids
            if i in self.clause_rowid or self._part_rows.get(i)
        ]
        self.clauses.load(rowids)
        return [self.clauses[r] for r in rowids]

    def parts_of(self, whole_id: str) -> list[Clause]:
        """The parts of a clause split into passages, in order ([] for a clause not split)."""
        rows = self._part_rows.get(whole_id)
        if not rows:
            return []
        self.clauses.load(rows)
        return sorted((self.clauses[r] for r in rows), key=lambda c: c.start)

    def whole_clauses(self) -> list[Clause]:
        """Every clause once, whole, in document order."""
        seen: set[str] = set()
        out = []
        for c in sorted(self.clauses.values(), key=lambda c: (c.doc_id, c.start)):
            if c.clause_key not in seen:
                seen.add(c.clause_key)
                out.append(self.whole_clause(c))
        return out

    def document_meta(self, clause: Clause) -> DocumentMeta | None:
        doc = self.documents.get(clause.doc_id)
        return doc.meta if doc else None

    def document_text(self, doc_id: str) -> str:
        return self.store.document_text(doc_id) or ""

    # --- wordings ---------------------------------------------------------------------------------
    def wordings_for(self, rowids: frozenset[int] | None) -> Callable[[int], int] | None:
        """`wording` when a search over these rows ranks wordings rather than clauses: over the
        whole index (rowids None) of an index that has them; else None (each clause its own)."""
        return self.wording if rowids is None and self.wordings is not None else None

    def wording(self, rowid: int) -> int:
        """The wording group of a clause row: rows in one group have the same or nearly the same
        text (index/wordings.py). Without stored groups each row is its own."""
        if self.wordings is None:
            return -1 - rowid
        if self._row_wording is None:
            with self._lock:
                if self._row_wording is None:
                    groups, unit_vec = self.wordings.tolist(), self.unit_vec
                    firsts = self.clause_units.firsts()  # each clause row's whole-clause unit
                    self._row_wording = {r: groups[unit_vec[u]] for r, u in firsts.items()}
        group = self._row_wording.get(rowid, -1)
        return group if group >= 0 else -1 - rowid

    def wording_size(self, rowid: int) -> int:
        """How many councils use this row's wording (1 for a wording of its own): councils, not
        rows, so a clause repeated within one protocol, or one council's several versions, count
        once."""
        group = self.wording(rowid)
        return 1 if group < 0 else max(1, len(self._wording_councils(group)[0]))

    def _wording_councils(self, group: int) -> tuple[Counter[str], dict[str, str]]:
        """(clauses per council, whole clause id -> its council) of one wording group; kept: the
        same wordings come up question after question, and only the groups asked about are read."""
        info = self._wording_info.get(group)
        if info is None:
            by_clause: dict[str, str] = {}
            for member in self.wording_members(group):
                doc_id, clause_id = self._row_doc[member]
                by_clause.setdefault(clause_id, self.documents[doc_id].meta.council)
            info = self._wording_info[group] = (Counter(by_clause.values()), by_clause)
        return info

    def wording_members(self, group: int) -> list[int]:
        """Every clause row with this wording, in row order."""
        if group < 0:
            return [-1 - group]
        if self.wordings is None:
            return []
        if self._wording_members is None:
            self.wording(0)  # the rows' groups first (it takes the lock too)
            with self._lock:
                if self._wording_members is None:
                    members: dict[int, list[int]] = defaultdict(list)
                    for rowid, its_group in sorted(self._row_wording.items()):
                        members[its_group].append(rowid)
                    self._wording_members = dict(members)
        return self._wording_members.get(group, [])

    def same_wording(self, rowid: int) -> SameWording | None:
        """The other clauses (other whole clauses, any council) with this row's wording."""
        counts, by_clause = self._wording_councils(self.wording(rowid))
        own = self._row_doc[rowid][1]
        if own not in by_clause or len(by_clause) == 1:
            return None
        others = tuple(c for c in by_clause if c != own)
        own_council = by_clause[own]
        # Other councils only: a second protocol of the clause's own council is in `others`, but a
        # line "the same wording in other councils' protocols: <own council>" would mislead.
        councils = tuple(sorted(c for c in counts if c != own_council))
        return SameWording(councils, others)

    # --- stored vectors ---------------------------------------------------------------------------
    def similarities(self, query_vector: np.ndarray, rowids: Iterable[int]) -> dict[int, float]:
        """Best cosine similarity of any of each clause's vectors to the question: one batch of
        stored vectors for all of them."""
        rowids = list(rowids)
        if not rowids:
            return {}
        vec_ids = sorted({self.unit_vec[u] for r in rowids for u in self.clause_units[r]})
        matrix = self.vectors.reconstruct_batch(np.array(vec_ids, dtype="int64"))
        by_vec = dict(zip(vec_ids, (matrix @ np.asarray(query_vector, "float32").reshape(-1)).tolist(), strict=True))
        return {r: max(by_vec[self.unit_vec[u]] for u in self.clause_units[r]) for r in rowids}

    def wording_heads(self, vec_id: int) -> list[tuple[int, int]]:
        """(wording group, first clause row) for each wording among the clauses that use this
        stored vector, in unit order. Kept once worked out: a vector a thousand councils share is
        read once, not on every question."""
        if self.wordings is None:
            return []
        if self._heads is None:
            self.wording(0)  # the rows' groups first
            with self._lock:
                if self._heads is None:
                    self._heads = self._all_heads()
        return self._heads.get(vec_id, [])

    def _all_heads(self) -> dict[int, list[tuple[int, int]]]:
        """wording_heads for every vector at once (numpy on 1-d keys: 1.1 M units at 10,005
        protocols took 1.5 s with 2-d unique and per-unit dictionary lookups)."""
        ids, rows, vecs = self._unit_arrays
        if not len(ids):
            return {}
        order = np.argsort(ids, kind="stable")  # unit order
        rows, vecs = rows[order], vecs[order]
        known = np.fromiter(self._row_wording.keys(), "int64", len(self._row_wording))
        by_row = np.full(int(max(rows.max(), known.max(initial=0))) + 1, -1, dtype="int64")
        by_row[known] = np.fromiter(self._row_wording.values(), "int64", len(known))
        groups = by_row[rows]
        ungrouped = groups < 0  # a row in no group is a wording of its own (as in `wording`)
        groups[ungrouped] = -1 - rows[ungrouped]
        # The first unit of each (vector, group) pair, then in unit order within each vector: one
        # int64 key per pair (groups shifted to be >= 0).
        shift = groups - groups.min()
        _, first = np.unique(vecs * (int(shift.max()) + 1) + shift, return_index=True)
        first.sort()
        heads: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for v, g, r in zip(vecs[first].tolist(), groups[first].tolist(), rows[first].tolist(), strict=True):
            heads[v].append((g, r))
        return dict(heads)

    def vector(self, unit_id: int) -> np.ndarray:
        """The stored vector of one unit (a clause, sentence or passage)."""
        return self.vectors.reconstruct(self.unit_vec[unit_id])

    def scored_sentences(self, clause: Clause, query_vector: np.ndarray) -> list[tuple[str, float]]:
        """Each sentence or item of a (whole) clause with its similarity to the question, in
        document order. Uses the vectors stored at ingest: no model call."""
        parts = self.parts_of(clause.id) if clause.id not in self.clause_rowid else None
        rowids = [self.clause_rowid[c.id] for c in parts] if parts else [self.clause_rowid[clause.id]]
        out: list[tuple[str, float]] = []
        for rowid in rowids:
            units = self.clause_units[rowid]
            for unit in units[1:] or units:  # the sentences; the first vector is the whole clause
                out.append((self.unit_piece[unit], float(self.vector(unit) @ query_vector)))
        return out
