"""The index on disk: a SQLite clause store (records, manifest, embedding cache, FTS5) beside a
FAISS file, in versioned folders. `CURRENT` names the live version; an update writes a new
version beside it and switches `CURRENT` in one atomic rename, so a crash or kill part-way
leaves the previous index fully usable. Nothing is unpickled on load."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.errors import IndexStoreError
from ingest.records import Clause, DocumentMeta

SCHEMA_VERSION = "3"
DB_NAME = "clauses.sqlite"
VECTORS_NAME = "vectors.faiss"
CURRENT = "CURRENT"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
    meta TEXT NOT NULL, text TEXT NOT NULL, pages INTEGER, clause_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clauses (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clauses_doc ON clauses(doc_id);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    clause_rowid INTEGER NOT NULL REFERENCES clauses(rowid) ON DELETE CASCADE,
    text_hash TEXT NOT NULL,
    piece TEXT NOT NULL  -- the verbatim sentence or item this vector stands for
);
CREATE INDEX IF NOT EXISTS units_clause ON units(clause_rowid);
CREATE TABLE IF NOT EXISTS embeddings (text_hash TEXT PRIMARY KEY, vector BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS clauses_fts USING fts5(
    body, tokenize = 'porter unicode61'
);
"""


@dataclass(frozen=True)
class StoredDocument:
    """One row of the manifest."""

    doc_id: str
    source: str
    content_hash: str
    meta: DocumentMeta
    pages: int | None
    clause_count: int
    ingested_at: str


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
    return conn


class ClauseStore:
    """Clause records, the document manifest, cached embeddings and the FTS5 index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def create(cls, path: Path) -> ClauseStore:
        conn = connect(path)
        conn.executescript(_SCHEMA)
        conn.execute("INSERT OR IGNORE INTO info VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.commit()
        return cls(conn)

    # --- info -------------------------------------------------------------------------
    def info(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM info"))

    def set_info(self, **values: str) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO info VALUES (?, ?)", list(values.items()))

    # --- manifest -----------------------------------------------------------------------
    def documents(self) -> list[StoredDocument]:
        rows = self.conn.execute(
            "SELECT doc_id, source, content_hash, meta, pages, clause_count, ingested_at FROM documents ORDER BY doc_id"
        )
        return [StoredDocument(r[0], r[1], r[2], _meta_from_json(r[3]), r[4], r[5], r[6]) for r in rows]

    def document_text(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def remove_document(self, doc_id: str) -> None:
        rowids = [r[0] for r in self.conn.execute("SELECT rowid FROM clauses WHERE doc_id = ?", (doc_id,))]
        self.conn.executemany("DELETE FROM clauses_fts WHERE rowid = ?", [(r,) for r in rowids])
        self.conn.executemany("DELETE FROM units WHERE clause_rowid = ?", [(r,) for r in rowids])
        self.conn.execute("DELETE FROM clauses WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def add_document(
        self,
        *,
        doc_id: str,
        source: str,
        content_hash: str,
        meta: DocumentMeta,
        text: str,
        pages: int | None,
        clauses: Iterable[Clause],
        units: list[list[tuple[str, str]]],
        search_texts: list[str],
    ) -> None:
        clauses = list(clauses)
        self.conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                source,
                content_hash,
                json.dumps(meta.to_dict()),
                text,
                pages,
                len(clauses),
                time.strftime("%Y-%m-%dT%H:%M:%S"),
            ),
        )
        for position, (clause, clause_units, body) in enumerate(zip(clauses, units, search_texts, strict=True)):
            cur = self.conn.execute(
                "INSERT INTO clauses (id, doc_id, position, record) VALUES (?, ?, ?, ?)",
                (clause.id, doc_id, position, json.dumps(clause.to_dict())),
            )
            self.conn.execute("INSERT INTO clauses_fts (rowid, body) VALUES (?, ?)", (cur.lastrowid, body))
            self.conn.executemany(
                "INSERT INTO units (clause_rowid, text_hash, piece) VALUES (?, ?, ?)",
                [(cur.lastrowid, h, piece) for h, piece in clause_units],
            )

    # --- clauses ------------------------------------------------------------------------
    def clauses(self) -> list[tuple[int, Clause]]:
        """(rowid, clause) for every clause, in document order."""
        rows = self.conn.execute("SELECT rowid, record FROM clauses ORDER BY doc_id, position")
        return [(r[0], Clause.from_dict(json.loads(r[1]))) for r in rows]

    def units(self) -> list[tuple[int, int, str]]:
        """(unit id, clause rowid, text hash) for every vector unit."""
        return list(self.conn.execute("SELECT id, clause_rowid, text_hash FROM units ORDER BY id"))

    def unit_pieces(self) -> dict[int, str]:
        """unit id -> the verbatim sentence or item it embeds."""
        return dict(self.conn.execute("SELECT id, piece FROM units"))

    # --- embeddings ---------------------------------------------------------------------
    def missing_embeddings(self, hashes: Iterable[str]) -> set[str]:
        wanted = set(hashes)
        have = {r[0] for r in self.conn.execute("SELECT text_hash FROM embeddings")}
        return wanted - have

    def put_embeddings(self, hashes: list[str], vectors: np.ndarray) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?)",
            [(h, np.asarray(v, dtype="float32").tobytes()) for h, v in zip(hashes, vectors, strict=True)],
        )

    def embeddings(self, dim: int) -> dict[str, np.ndarray]:
        return {
            h: np.frombuffer(blob, dtype="float32").reshape(dim)
            for h, blob in self.conn.execute("SELECT text_hash, vector FROM embeddings")
        }

    def prune_embeddings(self) -> None:
        """Drop cached vectors no clause uses any more."""
        self.conn.execute("DELETE FROM embeddings WHERE text_hash NOT IN (SELECT text_hash FROM units)")

    # --- lexical search -----------------------------------------------------------------
    def bm25(self, match: str, limit: int, doc_ids: set[str] | None = None) -> list[tuple[int, float]]:
        """(rowid, score) best first; score is -bm25 (higher is better)."""
        if not match:
            return []
        sql = "SELECT f.rowid, -bm25(clauses_fts) AS s FROM clauses_fts f"
        args: list[object] = [match]
        if doc_ids is not None:
            marks = ",".join("?" * len(doc_ids))
            sql += f" JOIN clauses c ON c.rowid = f.rowid WHERE clauses_fts MATCH ? AND c.doc_id IN ({marks})"
            args += sorted(doc_ids)
        else:
            sql += " WHERE clauses_fts MATCH ?"
        sql += " ORDER BY s DESC LIMIT ?"
        args.append(limit)
        try:
            return [(r[0], r[1]) for r in self.conn.execute(sql, args)]
        except sqlite3.OperationalError as exc:  # a query FTS5 cannot parse: no lexical hits
            if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
                return []
            raise


def _meta_from_json(text: str) -> DocumentMeta:
    data = json.loads(text)
    return DocumentMeta(**{k: data.get(k) for k in DocumentMeta.__dataclass_fields__ if k in data})


# --- versions ----------------------------------------------------------------------------
def current_version(index_dir: Path) -> Path | None:
    """The live version folder, or None when no index has been built here."""
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        return None
    version = index_dir / pointer.read_text().strip()
    if not (version / DB_NAME).is_file() or not (version / VECTORS_NAME).is_file():
        raise IndexStoreError(
            f"{index_dir}: the index is damaged ({version.name} is incomplete) - rebuild it with "
            f"`protocols ingest --rebuild corpus/`"
        )
    return version


@contextmanager
def index_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time: a second ingest (the app's upload, another terminal) waits, then
    sees the first one's result instead of overwriting it."""
    import fcntl

    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def new_version(index_dir: Path, carry_over: bool = True) -> Iterator[Path]:
    """A fresh version folder, seeded (with `carry_over`) with a copy of the live store;
    switched live on success.

    On any error (or a kill) the new folder is abandoned and `CURRENT` still names the old one.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_versions(index_dir)
    live = current_version(index_dir)
    target = index_dir / f"v-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    target.mkdir()
    try:
        if live is not None and carry_over:
            src = sqlite3.connect(f"file:{live / DB_NAME}?mode=ro", uri=True)
            dst = sqlite3.connect(target / DB_NAME)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
        yield target
        _fsync_dir(target)
        tmp = index_dir / f"{CURRENT}.tmp"
        tmp.write_text(target.name)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, index_dir / CURRENT)  # the one atomic switch
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    if live is not None and live != target:
        shutil.rmtree(live, ignore_errors=True)


def _remove_stale_versions(index_dir: Path) -> None:
    """Folders left by an update that crashed or was killed."""
    pointer = index_dir / CURRENT
    live = pointer.read_text().strip() if pointer.is_file() else None
    for child in index_dir.glob("v-*"):
        if child.is_dir() and child.name != live:
            shutil.rmtree(child, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
