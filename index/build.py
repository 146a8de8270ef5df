"""Keeping the index current: parse, embed and store what changed, atomically."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from index.config import IndexConfig
from index.embedder import Embedder
from index.store import DB_NAME, VECTORS_NAME, ClauseStore, connect, current_version, index_lock, new_version
from index.units import UNITS_VERSION, units_for
from ingest.document import ParsedDocument, content_hash, expand_paths, parse_document
from ingest.errors import IndexStoreError, ProtocolError
from ingest.limits import IngestLimits
from ingest.records import Clause

Progress = Callable[[int, int], None]  # (done, total) while embedding


@dataclass
class IngestReport:
    """What an ingest run changed, and what it could not read."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one-line messages naming the file
    clauses_embedded: int = 0
    clauses_reused: int = 0
    index_dir: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        text = ", ".join(parts)
        if self.changed:
            text += f"; {self.clauses_embedded} passages embedded, {self.clauses_reused} reused from the cache"
        return f"{text} ({self.index_dir})"


def text_hash(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{text}".encode()).hexdigest()


def check_model(store: ClauseStore, model: str, index_dir: Path) -> None:
    """Refuse to mix vectors from two models in one index."""
    built_with = store.info().get("model")
    if built_with and built_with != model:
        raise IndexStoreError(
            f"{index_dir}: this index was built with model {built_with!r} "
            f"({store.info().get('dim')}-d) but the setting is {model!r} - rebuild it with "
            f"`protocols ingest --rebuild ...` or use another --index folder"
        )


def ingest(
    paths: list[Path | str],
    config: IndexConfig,
    embedder_factory: Callable[[], Embedder],
    *,
    limits: IngestLimits | None = None,
    rebuild: bool = False,
    prune_missing: bool = True,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Bring the index up to date with `paths` (files and folders).

    Only new or changed documents are parsed and embedded (content hashes in the manifest);
    documents whose file is gone are removed; a file that fails is reported and skipped (its
    previous version, if any, stays). The update is written as a new version and switched in
    atomically, so a crash leaves the previous index usable.
    """
    with index_lock(config.index_dir):
        return _ingest(paths, config, embedder_factory, limits, rebuild, prune_missing, progress, on_error)


def _ingest(paths, config, embedder_factory, limits, rebuild, prune_missing, progress, on_error) -> IngestReport:  # noqa: ANN001
    index_dir = config.index_dir
    report = IngestReport(index_dir=str(index_dir))
    live = None if rebuild else current_version(index_dir)
    known = {}
    if live is not None:
        store = ClauseStore(connect(live / DB_NAME, readonly=True))
        check_model(store, config.model, index_dir)
        # Documents indexed by an older way of building vectors are re-derived (their texts'
        # embeddings are cached, so only new pieces are embedded).
        if store.info().get("units_version") != UNITS_VERSION:
            known = {d.source: replace(d, content_hash="") for d in store.documents()}
        else:
            known = {d.source: d for d in store.documents()}
        store.conn.close()

    files = expand_paths(paths)
    parsed: list[tuple[ParsedDocument, str]] = []  # (doc, "added" | "updated")
    seen_sources: set[str] = set()
    for path in files:
        source = str(Path(path))
        seen_sources.add(source)
        try:
            if source in known and path.is_file() and content_hash(path) == known[source].content_hash:
                report.unchanged.append(source)
                continue
            doc = parse_document(path, max_bytes=(limits or IngestLimits()).max_file_bytes)
        except ProtocolError as exc:
            report.failed.append(str(exc))
            if on_error:
                on_error(str(exc))
            continue
        parsed.append((doc, "updated" if source in known else "added"))

    gone = [d for s, d in known.items() if not Path(s).exists()] if prune_missing else []
    if not parsed and not gone and not rebuild:
        return report  # nothing to change (or nothing readable to build a first index from)

    with new_version(index_dir, carry_over=not rebuild) as target:
        store = ClauseStore.create(target / DB_NAME)
        check_model(store, config.model, index_dir)
        with store.conn:
            for doc in gone:
                store.remove_document(doc.doc_id)
                report.removed.append(doc.source)
            taken = {d.doc_id: d.source for d in store.documents()}
            pending: dict[str, str] = {}  # text hash -> text, for the units added in this run
            for doc, status in parsed:
                old = known.get(doc.path)
                if old is not None:
                    store.remove_document(old.doc_id)
                    taken.pop(old.doc_id, None)
                doc_id = _unique_id(doc.doc_id, doc.path, taken)
                taken[doc_id] = doc.path
                clauses = [_with_doc_id(c, doc.doc_id, doc_id) for c in doc.clauses]
                units_per_clause = []
                for clause in clauses:
                    units = []
                    for piece, text in units_for(clause):
                        h = text_hash(config.model, text)
                        pending[h] = text
                        units.append((h, piece))
                    units_per_clause.append(units)
                store.add_document(
                    doc_id=doc_id,
                    source=doc.path,
                    content_hash=doc.content_hash,
                    meta=doc.meta,
                    text=doc.text,
                    pages=doc.pages,
                    clauses=clauses,
                    units=units_per_clause,
                    search_texts=[c.context_text() for c in clauses],
                )
                getattr(report, status).append(doc.path)
            units = store.units()
            missing = store.missing_embeddings(h for _, _, h in units)
            report.clauses_reused = len({h for _, _, h in units} - missing)
            if missing:
                unknown = missing - set(pending)
                if unknown:  # pragma: no cover - only if the cache was damaged by hand
                    raise IndexStoreError(f"{index_dir}: {len(unknown)} vectors are missing - rebuild with --rebuild")
                embedder = embedder_factory()
                todo = {h: pending[h] for h in pending if h in missing}
                _embed_missing(store, todo, embedder, config.embed_batch_size, progress)
                report.clauses_embedded = len(missing)
                store.set_info(model=config.model, dim=str(embedder.dim))
            store.set_info(units_version=UNITS_VERSION)
            store.prune_embeddings()
        _write_vectors(store, target / VECTORS_NAME)
        store.conn.close()
    return report


def _unique_id(doc_id: str, source: str, taken: dict[str, str]) -> str:
    if doc_id not in taken or taken[doc_id] == source:
        return doc_id
    n = 2
    while f"{doc_id}-{n}" in taken:
        n += 1
    return f"{doc_id}-{n}"


def _with_doc_id(clause: Clause, old: str, new: str) -> Clause:
    """A clause of a document whose id had to change (two files with the same name)."""
    if old == new:
        return clause
    return replace(
        clause,
        id=new + clause.id[len(old) :],
        doc_id=new,
        part_of=new + clause.part_of[len(old) :] if clause.part_of else "",
    )


def _embed_missing(store, by_hash: dict[str, str], embedder, batch_size, progress) -> None:  # noqa: ANN001
    """Embed each distinct text once (councils copy model clauses word for word)."""
    hashes = list(by_hash)
    done = 0
    for i in range(0, len(hashes), batch_size * 4):
        batch = hashes[i : i + batch_size * 4]
        vectors = embedder.embed([by_hash[h] for h in batch])
        store.put_embeddings(batch, vectors)
        done += len(batch)
        if progress:
            progress(done, len(hashes))


def _write_vectors(store: ClauseStore, path: Path) -> None:
    """A flat inner-product FAISS index over every vector unit (ids = unit ids). Exact search;
    at protocol-corpus sizes (thousands of clauses) it answers in well under a millisecond."""
    import faiss

    info = store.info()
    units = store.units()
    dim = int(info.get("dim", "0") or 0)
    if not dim:
        raise IndexStoreError(f"{path.parent}: no embeddings were written - nothing to index")
    vectors = store.embeddings(dim)
    ids = np.array([unit_id for unit_id, _, _ in units], dtype="int64")
    matrix = np.stack([vectors[h] for _, _, h in units]) if units else np.zeros((0, dim), "float32")
    index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    if len(ids):
        index.add_with_ids(matrix.astype("float32"), ids)
    faiss.write_index(index, str(path))
