"""A loaded index version: the clause records, their documents and the vectors stored for them.
What is in the index, not how to rank it (that is `index/rankers/` and `index/rules.py`)."""

from __future__ import annotations

import bisect
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from index import wordings
from index.concepts import word_stem
from index.layout import LAYOUT, MAPS_NAME, Maps, build_maps, load_maps, vector_ids
from index.lexical import LEXICAL_NAME, LexicalIndex
from index.query import common_words, council_aliases, detect_councils, names_a_place
from index.results import SameWording
from index.store import DB_NAME, VECTORS_NAME, ClauseStore, StoredDocument, connect, current_version
from ingest.cleanup import plain_quotes
from ingest.errors import IndexStoreError, some_names
from ingest.records import Clause, DocumentMeta


def _is_sorted(keys: np.ndarray) -> bool:
    return bool((keys[1:] >= keys[:-1]).all())


class _Grouped(Mapping):
    """key (an int >= 0) -> its values (a list, [] for a key with none), from two parallel integer
    arrays, kept as sorted arrays rather than a Python list per key: building 1.1 M appends took a
    second of the index's open at 10,000 protocols. Values keep their order in the arrays within
    each key. Keys are found in a table indexed by key, not a dict (0.04 s per 300,000 keys)."""

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        if not _is_sorted(keys):  # units come sorted by clause row: no sort needed for those
            order = np.argsort(keys, kind="stable")
            keys, values = keys[order], values[order]
        self._values = values
        starts = np.flatnonzero(np.diff(keys, prepend=keys[0] - 1)) if len(keys) else np.zeros(0, "int64")
        self._distinct = keys[starts]
        self._starts = np.append(starts, len(keys))
        self._pos = np.full(int(keys[-1]) + 1 if len(keys) else 0, -1, dtype="int64")
        self._pos[self._distinct] = np.arange(len(starts))

    def _index(self, key: object) -> int:
        if isinstance(key, int | np.integer) and 0 <= key < len(self._pos):
            return int(self._pos[key])
        return -1

    def __getitem__(self, key: int) -> list[int]:
        i = self._index(key)
        return [] if i < 0 else self._values[self._starts[i] : self._starts[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return self._index(key) >= 0

    def __iter__(self) -> Iterator[int]:
        return iter(self._distinct.tolist())

    def __len__(self) -> int:
        return len(self._distinct)


class _ByKey(Mapping):
    """int key -> int value (both >= 0) from two parallel arrays, looked up in a table indexed by
    the key: the dicts of 1.1 M units this replaces took 0.2 s of every open at 10,000 protocols."""

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        self._keys = keys
        self.table = np.full(int(keys.max()) + 1 if len(keys) else 0, -1, dtype="int64")
        self.table[keys] = values

    def __getitem__(self, key: int) -> int:
        if isinstance(key, int | np.integer) and 0 <= key < len(self.table):
            value = int(self.table[key])
            if value >= 0:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)


class _Lazy(Mapping):
    """A read-only mapping whose values are read from the store when first asked for (with
    thousands of protocols, decoding every record at open took most of the start-up). `known`
    says whether a key is one (default: a set of the keys)."""

    def __init__(
        self, keys: list | np.ndarray, fetch: Callable[[list], dict], known: Callable[[object], bool] | None = None
    ) -> None:
        self._keys = keys  # an array stays one until iterated: 1.1 M units as a list cost 50 ms at open
        self._known = known or set(keys).__contains__
        self._fetch = fetch
        self._cache: dict = {}
        self._lock = threading.Lock()  # app sessions in threads: one fetch at a time per mapping

    def __getitem__(self, key: int):  # noqa: ANN204
        try:
            return self._cache[key]
        except KeyError:
            if not self._known(key):
                raise
            self.load([key])
            return self._cache[key]

    def load(self, keys: Iterable[int]) -> None:
        """Read these keys' values (one query per 500) unless they are read already."""
        missing = [k for k in keys if k not in self._cache and self._known(k)]
        if missing:
            with self._lock:
                self._cache.update(self._fetch(missing))

    def __contains__(self, key: object) -> bool:
        return self._known(key)

    def _key_list(self) -> list:
        return self._keys.tolist() if isinstance(self._keys, np.ndarray) else self._keys

    def __iter__(self) -> Iterator:
        return iter(self._key_list())

    def __len__(self) -> int:
        return len(self._keys)

    def values(self):  # noqa: ANN201 - all of them, read in bulk
        keys = self._key_list()
        self.load(keys)
        return [self._cache[k] for k in keys]

    def items(self):  # noqa: ANN201
        keys = self._key_list()
        self.load(keys)
        return [(k, self._cache[k]) for k in keys]


def resolve_council(name: str, councils: list[str]) -> str:
    """A council as the user typed it ('finmere') -> its name among `councils`; its exact name
    first ('Unnamed town council' is not 'Unnamed Parish Council')."""
    exact = [c for c in councils if _name_key(c) == _name_key(name)]
    if exact:
        return exact[0]
    found = detect_councils(name, councils) or detect_councils(_name_key(name), councils)  # "Nant-y-Felin"
    if len(found) == 1:
        return found[0]
    close = close_councils(name, councils)
    hint = f" - did you mean {' or '.join(close)}?" if close else ""
    raise IndexStoreError(f"no council called {name!r} in the index{hint} (councils: {some_names(councils)})")


def _name_key(text: str) -> str:
    """A council's name as compared: lower case, hyphens as spaces ('Nant-y-Felin' is 'nant y felin')."""
    return " ".join(text.lower().replace("-", " ").split())


_GENERIC_NAME_WORDS = frozenset(
    "council town parish community district borough county city metropolitan unitary london of the and "
    "tc pc cc dc bc".split()
)


@lru_cache(maxsize=4)
def _spelling_index(
    councils: tuple[str, ...],
) -> tuple[dict[str, str], dict[tuple[str, int], list[str]], dict[str, list[str]]]:
    """For `close_councils`, built once per set of councils: {alias: council}; the aliases by first
    letter and length (difflib's 0.8 needs lengths within two thirds of each other, so a word is
    compared with a few hundred aliases, not every one of 10,000 councils'); and the aliases by
    each of their words."""
    by_alias: dict[str, str] = {}
    for council in councils:
        for alias in council_aliases(council):
            by_alias.setdefault(_name_key(alias), council)
    by_start: dict[tuple[str, int], list[str]] = {}
    by_word: dict[str, list[str]] = {}
    for alias in by_alias:
        by_start.setdefault((alias[:1], len(alias)), []).append(alias)
        for word in alias.split():
            by_word.setdefault(word, []).append(alias)
    return by_alias, by_start, by_word


def close_councils(name: str, councils: list[str]) -> list[str]:
    """Councils whose name or place is spelt like `name` ('yately' -> Yateley Town Council; same
    first letter)."""
    import difflib

    # The place as typed: "Battel Town Council" is spelt like Battle, not like Yateley Town Council.
    typed = " ".join(w for w in _name_key(name).split() if w not in _GENERIC_NAME_WORDS) or _name_key(name)
    if not typed:
        return []
    by_alias, by_start, by_word = _spelling_index(tuple(councils))
    low, high = -(-2 * len(typed) // 3), (3 * len(typed)) // 2
    pool = [a for n in range(low, high + 1) for a in by_start.get((typed[:1], n), [])]
    matches = difflib.get_close_matches(typed, pool, n=3, cutoff=0.8)
    # "Ousebury" for Little Ousebury: a word of a council's place.
    if " " not in typed and typed not in _GENERIC_NAME_WORDS:
        matches += by_word.get(typed, [])
    return list(dict.fromkeys(by_alias[m] for m in matches))[:3]


_TYPED_WORD = re.compile(r"[a-z][a-z\-]{3,}")  # ("batle's": the word, and "'s" after it names a place)
_CHAT_WORDS = frozenset("cllr cllrs councillor councillors councilor councilors clerk protocol protocal".split())
_MAX_CHECKED = 3  # words checked for a misspelt council, a question at most
_WORD = re.compile(r"[a-z]+")


def misspelt_council(question: str, councils: list[str]) -> tuple[str, str] | None:
    """A council the question names misspelt, where a place is named ('in batle, can ...?', 'does
    yately let ...?'): (the word as typed, the council), when one council is spelt close to it and
    the word is no everyday word; None otherwise (and when the question names a council)."""
    if detect_councils(question, councils):
        return None
    q = plain_quotes(question.lower())
    checked = 0
    for m in _TYPED_WORD.finditer(q):
        word = m.group(0).strip("-")
        if word in _CHAT_WORDS or word in common_words() or not names_a_place(q, m.start(), m.end(), end_counts=False):
            continue
        close = close_councils(word, councils)
        if len(close) == 1:
            return word, close[0]
        checked += 1
        if checked >= _MAX_CHECKED:
            break
    return None


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
            docs = store.document_fields("council", "title")
        finally:
            store.conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(index_dir, exc) from exc
    names = sorted({council for _, council, _ in docs})
    titles = {doc_id: title for doc_id, _, title in docs}
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
        self._wording_members: _Grouped | None = None
        self._by_year: dict[str, set[str]] = {}
        self._heads: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._wording_info: dict[int, tuple[Counter, dict[str, str]]] = {}
        self._wording_sizes: dict[int, int] = {}  # wording group -> councils using it
        self._wording_sorted: dict[int, tuple[tuple[str, ...], dict[str, int], tuple[str, ...]]] = {}
        self._row_wording: np.ndarray | None = None  # clause rowid -> its wording group (-1: none)
        # Built at ingest; an index from before it existed gets it built in memory.
        self.lexical = LexicalIndex.load(version / LEXICAL_NAME) or LexicalIndex.build(self.store.search_bodies())
        # Documents: their ids and councils read by SQLite out of the manifest; whole records when used.
        fields = self.store.document_fields("council")
        self._doc_ids: list[str] = [d for d, _ in fields]
        self._council_of: dict[str, str] = dict(fields)
        self.documents: Mapping[str, StoredDocument] = _Lazy(
            self._doc_ids, self.store.documents_by_id, self._council_of.__contains__
        )
        self.councils: list[str] = sorted(set(self._council_of.values()))
        # The maps saved at ingest (index/layout.py) when they match the store; else from SQLite.
        maps = load_maps(version / MAPS_NAME) if info.get("vector_layout") == LAYOUT else None
        rows = maps if maps is not None and self._maps_match(maps) else None
        if rows is not None and rows.heads is not None and self.wordings is not None:
            self._heads = rows.heads  # saved at ingest with the wordings
        if rows is None and maps is not None and maps.stamp:
            maps = None  # stamped by another ingest (copied in, a partial restore): trust none of it
        if rows is None and maps is not None:  # maps from before the clause ids were saved
            old_rows = self._rows_from(maps)
            maps = None if old_rows is None else maps
            rows = None if old_rows is None else self._row_maps(old_rows)
        if rows is None:
            rows = self._row_maps(self.store.clause_index())
        if maps is not None:
            self._unit_arrays = (maps.unit_id, maps.unit_rowid, maps.unit_vec)
        else:
            units = self.store.units()
            # FAISS holds one vector per distinct text (index/layout.py); older indexes one per unit.
            unit_ids = [u[0] for u in units]
            by_unit = vector_ids(units)[0] if info.get("vector_layout") == LAYOUT else {u: u for u in unit_ids}
            self._unit_arrays = tuple(
                np.array(x, dtype="int64") for x in (unit_ids, [u[1] for u in units], [by_unit[u] for u in unit_ids])
            )
        u_ids, u_rows, u_vecs = self._unit_arrays  # in unit order
        self.unit_vec: Mapping[int, int] = _ByKey(u_ids, u_vecs)  # unit id -> FAISS id
        self.unit_clause: Mapping[int, int] = _ByKey(u_ids, u_rows)  # unit id -> clause rowid
        self.unit_piece: _Lazy = _Lazy(u_ids, self.store.pieces_by_unit, self.unit_vec.__contains__)
        # Each clause row (clause_index order): rowid, id, document (index into _doc_ids), kind,
        # whole clause (index into _part_ids, -1 for none); the dict-shaped views are made when used.
        self._row_id: np.ndarray = rows.clause_rowid
        self._row_clause_id: list[str] = rows.clause_ids
        self._row_doc: np.ndarray = rows.clause_doc
        self._row_kind, self._kinds = rows.clause_kind, rows.kinds
        self._row_part, self._part_ids = rows.clause_part, rows.part_ids
        self._row_pos = _ByKey(self._row_id, np.arange(len(self._row_id)))  # rowid -> its row
        self._doc_index = {d: i for i, d in enumerate(self._doc_ids)}
        self._doc_council = [self._council_of[d] for d in self._doc_ids]
        self._read_rowid: dict[str, int] = {}  # clause id -> rowid, of the clauses read so far
        self.clauses: _Lazy = _Lazy(self._row_id, self._read_clauses, self._row_pos.__contains__)

    def _read_clauses(self, rowids: list[int]) -> dict[int, Clause]:
        """Clause records from the store, their rowids kept by id (`rowid_of`)."""
        read = self.store.clauses_by_rowid(rowids)
        self._read_rowid.update((clause.id, rowid) for rowid, clause in read.items())
        return read

    def rowid_of(self, clause_id: str) -> int | None:
        """A clause's rowid; None for the whole of a clause split into parts. The map of every clause
        id (`clause_rowid`) takes 0.1 s to build at 10,000 protocols; a clause already read, or a
        split clause's whole, is answered without it, so a cold `ask` need not build it."""
        if clause_id in self._part_rows:
            return None
        rowid = self._read_rowid.get(clause_id)
        return rowid if rowid is not None else self.clause_rowid.get(clause_id)

    def _maps_match(self, maps: Maps) -> bool:
        """Whether maps with clause ids were written by the ingest that wrote this store: the
        stamp both record, the same documents, the same last clause row and unit."""
        if maps.clause_ids is None or not maps.stamp or maps.stamp != self.info.get("maps_stamp"):
            return False
        if maps.doc_ids != tuple(self._doc_ids):
            return False
        last = tuple(int(a.max()) if len(a) else 0 for a in (maps.clause_rowid, maps.unit_id))
        return last == tuple(self.store.last_ids())

    def _row_maps(self, rows: list[tuple[int, str, str, str, str]]) -> Maps:
        """The per-row maps of clause_index rows (rowid, id, doc_id, kind, part_of)."""
        extra = {r[2] for r in rows} - set(self._doc_ids)  # clauses of no listed document: a damaged store
        if extra:
            raise ValueError(f"clauses of {len(extra)} documents the manifest does not list")
        return build_maps([], {}, rows, self._doc_ids, stamp="from SQLite")

    def _rows_from(self, maps: Maps) -> list[tuple[int, str, str, str, str]] | None:
        """clause_index rows from maps written before the clause ids were saved and the store's
        plain columns; None if the two disagree (the maps are then ignored)."""
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

    @cached_property
    def _doc_council_ix(self) -> np.ndarray:
        """Each document's council as its place in `councils` (for counting a wording's councils)."""
        council_ix = {c: i for i, c in enumerate(self.councils)}
        return np.array([council_ix[c] for c in self._doc_council], dtype="int64")

    @cached_property
    def clause_rowid(self) -> dict[str, int]:
        """clause id -> its rowid."""
        return dict(zip(self._row_clause_id, self._row_id.tolist(), strict=True))

    @cached_property
    def dates_rowids(self) -> list[int]:
        """The adoption/review records' rowids."""
        if "dates" not in self._kinds:
            return []
        return self._row_id[self._row_kind == self._kinds.index("dates")].tolist()

    @cached_property
    def _part_rows(self) -> dict[str, list[int]]:
        """whole clause id -> its parts' rowids (records read when a part is used: 25,000 at 10,000 protocols)"""
        parted = np.flatnonzero(self._row_part >= 0)
        out: dict[str, list[int]] = defaultdict(list)
        for part, rowid in zip(self._row_part[parted].tolist(), self._row_id[parted].tolist(), strict=True):
            out[self._part_ids[part]].append(rowid)
        return dict(out)

    @cached_property
    def clause_units(self) -> _Grouped:
        """clause rowid -> its units, in unit order."""
        u_ids, u_rows, _ = self._unit_arrays
        return _Grouped(u_rows, u_ids)

    @cached_property
    def vec_units(self) -> _Grouped:
        """FAISS id -> the units with its text."""
        u_ids, _, u_vecs = self._unit_arrays
        return _Grouped(u_vecs, u_ids)

    def _whole_id(self, rowid: int) -> str:
        """The whole clause a row is (or is part of)."""
        pos = self._row_pos[rowid]
        part = int(self._row_part[pos])
        return self._part_ids[part] if part >= 0 else self._row_clause_id[pos]

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
        ids = set(self._doc_ids)
        if councils:
            ids = {d for d in ids if self._council_of[d] in set(councils)}
        if documents:
            wanted = {x.lower() for x in documents}
            ids = {d for d in ids if d.lower() in wanted or self.documents[d].meta.title.lower() in wanted}
        return ids

    def doc_ids_for_year(self, year: str) -> set[str]:
        """The documents a year names: in their title or adoption date, else their last review
        (worked out once per year: the documents of a version do not change)."""
        if year not in self._by_year:
            docs = self.store.document_fields("title", "adopted", "last_reviewed")
            found = {d for d, title, adopted, _ in docs if year in title or (adopted or "").startswith(year)}
            self._by_year[year] = found or {d for d, _, _, reviewed in docs if (reviewed or "").startswith(year)}
        return set(self._by_year[year])

    def council_of(self, doc_id: str) -> str:
        """The council of a document, without reading its record."""
        return self._council_of[doc_id]

    def whole_clause_count(self) -> int:
        """Clauses as cited (a clause split into parts counts once), without reading any record."""
        parts = self._row_part[self._row_part >= 0]
        return len(self._row_id) - len(parts) + len(np.unique(parts))

    def read_clauses(self, rowids: Iterable[int]) -> None:
        """Read these clause records now, in bulk, if they are not read yet."""
        self.clauses.load(rowids)

    def mentions(self, council: str, stems: Iterable[str]) -> bool:
        """Whether the council's protocol has a word of one of these stems (`index.concepts.word_stem`)."""
        wanted = set(stems)
        rows = self.rowids_in(self.doc_ids_for([council], None) or set())
        self.clauses.load(list(rows))
        return any(word_stem(w) in wanted for r in rows for w in _WORD.findall(self.clauses[r].text.lower()))

    def rowids_in(self, doc_ids: set[str]) -> set[int]:
        wanted = [self._doc_index[d] for d in doc_ids if d in self._doc_index]
        return set(self._row_id[np.isin(self._row_doc, wanted)].tolist())

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
        table = self._row_wording
        if table is None:
            with self._lock:
                if self._row_wording is None:
                    self._row_wording = self._wording_table()
                table = self._row_wording
        group = int(table[rowid]) if 0 <= rowid < len(table) else -1
        return group if group >= 0 else -1 - rowid

    def _wording_table(self) -> np.ndarray:
        """clause rowid -> the wording group of its whole-clause vector, -1 for none."""
        _, rows, vecs = self._unit_arrays  # unit order: a row's first unit is its whole clause
        return wordings.row_groups(rows, vecs, self.wordings)

    def wording_size(self, rowid: int) -> int:
        """How many councils use this row's wording (1 for a wording of its own): councils, not
        rows, so a clause repeated within one protocol, or one council's several versions, count
        once."""
        group = self.wording(rowid)
        if group < 0:
            return 1
        size = self._wording_sizes.get(group)
        if size is None:
            # (counted without the per-clause map `_wording_councils` keeps for a wording shown: the
            # prior asks for the size of every candidate's wording, most never shown)
            at = self._row_pos.table[np.array(self.wording_members(group), dtype="int64")]
            size = self._wording_sizes[group] = max(1, len(set(self._doc_council_ix[self._row_doc[at]].tolist())))
        return size

    def _wording_councils(self, group: int) -> tuple[Counter[str], dict[str, str]]:
        """(clauses per council, whole clause id -> its council) of one wording group; kept: the
        same wordings come up question after question, and only the groups asked about are read."""
        info = self._wording_info.get(group)
        if info is None:
            by_clause: dict[str, str] = {}
            members = self.wording_members(group)
            at = self._row_pos.table[np.array(members, dtype="int64")]
            docs, parts = self._row_doc[at].tolist(), self._row_part[at].tolist()
            for pos, doc, part in zip(at.tolist(), docs, parts, strict=True):
                clause_id = self._part_ids[part] if part >= 0 else self._row_clause_id[pos]
                by_clause.setdefault(clause_id, self._doc_council[doc])
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
                    grouped = np.flatnonzero(self._row_wording >= 0)  # rowids, ascending
                    self._wording_members = _Grouped(self._row_wording[grouped], grouped)
        return self._wording_members[group]

    def same_wording(self, rowid: int) -> SameWording | None:
        """The other clauses (other whole clauses, any council) with this row's wording."""
        group = self.wording(rowid)
        by_clause = self._wording_councils(group)[1]
        own = self._whole_id(rowid)
        if own not in by_clause or len(by_clause) == 1:
            return None
        ids, at, councils = self._wording_lists(group)
        others = ids[: at[own]] + ids[at[own] + 1 :]  # (slices: a wording a thousand councils copied)
        # Other councils only: a second protocol of the clause's own council is in `others`, but a
        # line "the same wording in other councils' protocols: <own council>" would mislead.
        i = bisect.bisect_left(councils, by_clause[own])
        return SameWording(councils[:i] + councils[i + 1 :], others)

    def _wording_lists(self, group: int) -> tuple[tuple[str, ...], dict[str, int], tuple[str, ...]]:
        """(whole clause ids, each id's place among them, the councils sorted) of a wording group."""
        lists = self._wording_sorted.get(group)
        if lists is None:
            counts, by_clause = self._wording_councils(group)
            ids = tuple(by_clause)
            lists = self._wording_sorted[group] = (ids, {c: i for i, c in enumerate(ids)}, tuple(sorted(counts)))
        return lists

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
        stored vector, in unit order. Worked out for every vector at once, the first time."""
        return next(self.wording_heads_of([vec_id]), [])

    def wording_heads_of(self, vec_ids: Sequence[int] | np.ndarray) -> Iterator[list[tuple[int, int]]]:
        """`wording_heads` of each vector in turn, looked up together (a search's hundreds of
        vectors cost a lookup each otherwise); negative ids (FAISS's "none") have none."""
        if self.wordings is None:
            yield from ([] for _ in vec_ids)
            return
        if self._heads is None:
            self.wording(0)  # the rows' groups first
            with self._lock:
                if self._heads is None:  # every vector's at once (0.2 s at 10,005 protocols)
                    _, rows, vecs = self._unit_arrays
                    self._heads = wordings.vector_heads(rows, vecs, self._row_wording)
        vecs, groups, rows = self._heads
        wanted = np.asarray(vec_ids, dtype=vecs.dtype if len(vecs) else "int64")
        los, his = np.searchsorted(vecs, wanted, "left").tolist(), np.searchsorted(vecs, wanted, "right").tolist()
        for vec_id, lo, hi in zip(wanted.tolist(), los, his, strict=True):
            yield [] if vec_id < 0 else list(zip(groups[lo:hi].tolist(), rows[lo:hi].tolist(), strict=True))

    def vector(self, unit_id: int) -> np.ndarray:
        """The stored vector of one unit (a clause, sentence or passage)."""
        return self.vectors.reconstruct(self.unit_vec[unit_id])

    def scored_sentences(self, clause: Clause, query_vector: np.ndarray) -> list[tuple[str, float]]:
        """Each sentence or item of a (whole) clause with its similarity to the question, in
        document order. Uses the vectors stored at ingest: no model call."""
        rowid = self.rowid_of(clause.id)
        parts = self.parts_of(clause.id) if rowid is None else []
        if rowid is None and not parts:
            raise KeyError(clause.id)  # (a clause of another index)
        rowids = [rowid] if rowid is not None else [self.rowid_of(c.id) for c in parts]
        out: list[tuple[str, float]] = []
        for rowid in rowids:
            units = self.clause_units[rowid]
            for unit in units[1:] or units:  # the sentences; the first vector is the whole clause
                out.append((self.unit_piece[unit], float(self.vector(unit) @ query_vector)))
        return out
