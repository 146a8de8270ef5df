"""Keeping the index current: parse, embed and store what changed, atomically."""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from index import wordings
from index.ann import EXACT_BELOW
from index.config import IndexConfig
from index.embedder import Embedder
from index.layout import LAYOUT, MAPS_NAME, build_maps, save_maps, vector_ids
from index.lexical import LEXICAL_NAME, LexicalIndex
from index.store import (
    DB_NAME,
    VECTORS_NAME,
    ClauseStore,
    EmbeddingCache,
    StoredDocument,
    connect,
    current_version,
    disk_errors,
    index_lock,
    new_version,
    remove_stale_versions,
)
from index.units import UNITS_VERSION, units_for
from ingest.abbreviations import abbreviations, spelled_out
from ingest.cleanup import plain_quotes
from ingest.document import ParsedDocument, content_hash, expand_paths, parse_document, skipped_in_folders
from ingest.errors import IndexStoreError, ProtocolError, one_line, printable
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
    # Seconds spent in each step: "parse" (reading, parsing and preparing the files), "store"
    # (writing the clause store), "model" (loading it), "embed" (the model, and caching its
    # vectors), "index" (the vectors file, wording groups and lexical index). What a benchmark sets
    # against the model.
    timings: dict[str, float] = field(default_factory=dict)

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
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in self.timings.items() if seconds >= 0.05)
        return f"{text} ({self.index_dir}){f'; {steps}' if self.changed and steps else ''}"


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
    on_notice: Callable[[str], None] | None = None,
) -> IngestReport:
    """Bring the index up to date with `paths` (files and folders).

    Only new or changed documents are parsed and embedded (content hashes in the manifest);
    documents whose file is gone are removed - only those under a folder (or named as a file)
    in `paths`, announced through `on_notice` first; a file that fails is reported and skipped
    (its previous version, if any, stays). Sources are stored as absolute paths. The update is
    written as a new version and switched in atomically, so a crash leaves the previous index
    usable; vectors are kept in a cache as they are made, so a killed run's work is not lost.
    """
    with index_lock(config.index_dir, config.lock_timeout, on_notice):
        return _ingest(paths, config, embedder_factory, limits, rebuild, prune_missing, progress, on_error, on_notice)


def absolute(path: Path | str) -> Path:
    """`path` made absolute and resolved (links that loop or lead nowhere: made absolute only)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def asked_about(source: str, roots: list[str]) -> bool:
    """Whether a stored source is one of the files, or lies under one of the folders, named in this run."""
    return any(source == r or source.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _migrated_source(relative: str, roots: list[str], files: list[Path]) -> str | None:
    """The absolute source of a document an older index stored as a relative path: relative to
    here if that lies under a folder named in this run, else the one file of this run it names
    (so an update replaces it instead of adding a twin); None when it was not asked about."""
    here = str(absolute(relative))
    if asked_about(here, roots):
        return here
    tail = os.sep + os.path.normpath(relative)
    matches = [str(f) for f in files if str(f).endswith(tail)]
    return matches[0] if len(matches) == 1 else None


def _ingest(
    paths, config, embedder_factory, limits, rebuild, prune_missing, progress, on_error, on_notice
) -> IngestReport:  # noqa: ANN001, E501
    index_dir = config.index_dir
    report = IngestReport(index_dir=str(index_dir))
    with disk_errors(index_dir):
        remove_stale_versions(index_dir)  # folders of runs that crashed or were killed
    live = None if rebuild else current_version(index_dir)
    roots = [str(absolute(p)) for p in paths]
    files = [absolute(p) for p in expand_paths(paths)]
    if on_notice:
        for skipped in skipped_in_folders(paths):
            hint = " - save it as .docx" if skipped.suffix.lower() == ".doc" else ""
            on_notice(f"{printable(skipped)}: skipped, not a format this reads (PDF, .docx, .txt, .md, .html){hint}")
    known: dict[str, StoredDocument] = {}  # absolute source -> its manifest row
    migrate: dict[str, str] = {}  # doc id -> absolute source, for rows stored with a relative one
    if live is not None:
        store = ClauseStore(connect(live / DB_NAME, readonly=True))
        check_model(store, config.model, index_dir)
        # Documents indexed by an older way of building vectors are re-derived (their texts'
        # embeddings are cached, so only new pieces are embedded).
        stale_units = store.info().get("units_version") != UNITS_VERSION
        for d in store.documents():
            key = d.source
            if not Path(key).is_absolute():
                # Older indexes stored sources as given. Only a document under a folder named
                # in this run is taken to be relative to here; the others are left alone.
                key = _migrated_source(key, roots, files)
                if key is None:
                    continue
                migrate[d.doc_id] = key
            known[key] = replace(d, content_hash="") if stale_units else d
        store.conn.close()

    parsed: list[tuple[Prepared, str]] = []  # (doc, "added" | "updated")
    hashes = {source: d.content_hash for source, d in known.items()}
    lap = _Laps(report.timings)
    outcomes = _parse_all(files, hashes, limits)
    lap("parse")
    for path, outcome in outcomes:
        source = str(path)
        if outcome is None:
            report.unchanged.append(source)
        elif isinstance(outcome, str):
            message = printable(outcome)  # a file name with a newline must not split the line
            report.failed.append(message)
            if on_error:
                on_error(message)
        else:
            parsed.append((outcome, "updated" if source in known else "added"))
    del outcomes  # (the parsed documents are held by `parsed` alone, and let go once stored)

    gone = []
    if prune_missing:
        gone = [d for s, d in known.items() if asked_about(s, roots) and not Path(s).exists()]
    if not parsed and not gone and not migrate and not rebuild:
        return report  # nothing to change (or nothing readable to build a first index from)
    for doc in gone:
        if on_notice:
            on_notice(f"will remove {printable(doc.source)} from the index (its file is gone)")

    cache = None
    with new_version(index_dir, carry_over=not rebuild, keep_previous=config.keep_previous) as target:
        store = ClauseStore.create(target / DB_NAME)
        check_model(store, config.model, index_dir)
        with store.conn:
            for doc_id, source in migrate.items():
                store.set_source(doc_id, source)
            for doc in gone:
                store.remove_document(doc.doc_id)
                report.removed.append(doc.source)
            taken = {d.doc_id: d.source for d in store.documents()}
            pending: dict[str, str] = {}  # text hash -> text, for the units added in this run
            for prepared, status in parsed:
                doc = prepared.doc
                old = known.get(doc.path)
                if old is not None:
                    store.remove_document(old.doc_id)
                    taken.pop(old.doc_id, None)
                doc_id = _unique_id(doc.doc_id, doc.path, taken)
                taken[doc_id] = doc.path
                clauses = [_with_doc_id(c, doc.doc_id, doc_id) for c in doc.clauses]
                units_per_clause = []
                for clause_units in prepared.units:
                    units = []
                    for piece, text in clause_units:
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
                    search_texts=prepared.search_texts,
                )
                getattr(report, status).append(doc.path)
            # Stored: the parsed texts are not needed again (with 10,000 protocols they are gigabytes,
            # which embedding and building the vectors would otherwise hold on to).
            parsed.clear()
            units = store.units()
            missing = store.missing_embeddings(h for _, _, h in units)
            report.clauses_reused = len({h for _, _, h in units} - missing)
            if missing:
                unknown = missing - set(pending)
                if unknown:  # pragma: no cover - only if the cache was damaged by hand
                    raise IndexStoreError(f"{index_dir}: {len(unknown)} vectors are missing - rebuild with --rebuild")
                with disk_errors(index_dir):
                    cache = EmbeddingCache(index_dir)
                cached = cache.get(missing)  # work a killed run had already done
                if cached:
                    hashes = list(cached)
                    store.put_embeddings(hashes, np.stack([np.frombuffer(cached[h], dtype="float32") for h in hashes]))
                todo = {h: pending[h] for h in pending if h in missing and h not in cached}
                dim = len(next(iter(cached.values()))) // 4 if cached else 0
                if todo:
                    lap("store")
                    embedder = embedder_factory()
                    lap("model")  # (loading it)
                    _embed_missing(store, cache, todo, embedder, config.embed_batch_size, progress)
                    lap("embed")
                    dim = embedder.dim
                report.clauses_embedded = len(todo)
                report.clauses_reused += len(cached)
                del todo, cached  # (the store holds their vectors now)
                store.set_info(model=config.model, dim=str(dim))
            pending.clear()
            store.set_info(units_version=UNITS_VERSION)
            store.prune_embeddings()
        lap("store")  # (with the commit)
        _write_vectors(store, target / VECTORS_NAME)
        LexicalIndex.build(store.search_bodies()).save(target / LEXICAL_NAME)
        live_hashes = {h for _, _, h in store.units()}
        store.conn.close()
        lap("index")
    if cache is not None:
        cache.keep_only(live_hashes)  # the live store holds them now
        cache.close()
    return report


class _Laps:
    """Adds the seconds since the last lap to the step named (a step may have several laps)."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def __call__(self, step: str) -> None:
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - self.last
        self.last = now


PARALLEL_FROM = 64  # files: fewer are parsed in this process (an upload, a few edits)


@dataclass(frozen=True)
class Prepared:
    """A parsed document with what storing it needs, worked out where it was parsed (in the pool
    of processes, for many files): each clause's vector units (verbatim piece, text to embed) and
    its text for lexical search, both with the document's abbreviations spelled out."""

    doc: ParsedDocument
    units: list[list[tuple[str, str]]]
    search_texts: list[str]


def prepare(doc: ParsedDocument) -> Prepared:
    # (a clause's units and search text depend on its words, heading and lead-in, not on its id:
    # the same when a clash of file names gives the document another id)
    glossary = abbreviations(doc.text)
    return Prepared(
        doc,
        [units_for(c, glossary) for c in doc.clauses],
        [spelled_out(c.context_text(), glossary) for c in doc.clauses],
    )


def _parse_one(path: Path, known_hash: str | None, limits: IngestLimits) -> Prepared | str | None:
    """A file parsed and prepared; None when its content is unchanged; the one-line error when it
    cannot be."""
    try:
        if known_hash is not None and path.is_file() and content_hash(path) == known_hash:
            return None
        return prepare(parse_document(path, limits))
    except ProtocolError as exc:
        return str(exc)
    except OSError as exc:  # unreadable between listing and hashing (permissions, gone)
        return f"{printable(path)}: cannot be read ({one_line(exc)})"


def _parse_all(files: list[Path], known: dict[str, str], limits: IngestLimits) -> list:
    """(path, outcome) for every file, in order. Many files are parsed by a pool of processes, one
    per core (parsing is pure Python: 10,000 protocols took over 8 minutes on one core). The
    pool forks, so only where fork exists and no other Python thread runs (the CLI; not the app,
    which ingests its few uploads in this process anyway). Native threads are not counted: the
    CLI parses before it loads the model or FAISS."""
    import threading

    args = [(path, known.get(str(path)), limits) for path in files]
    workers = min(os.cpu_count() or 1, 8)
    import multiprocessing

    forkable = "fork" in multiprocessing.get_all_start_methods()
    if len(files) >= PARALLEL_FROM and workers > 1 and forkable and threading.active_count() == 1:
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                outcomes = list(pool.map(_parse_one, *zip(*args, strict=True), chunksize=16))
            return list(zip(files, outcomes, strict=True))
        except BrokenProcessPool:  # a worker killed (out of memory, say): parse here instead
            pass
    return [(a[0], _parse_one(*a)) for a in args]


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


def _embed_missing(store, cache, by_hash: dict[str, str], embedder, batch_size, progress) -> None:  # noqa: ANN001
    """Embed each distinct text once (councils copy model clauses word for word); each batch is
    committed to the cache at once, so a kill loses at most one batch. Shortest texts first: a
    batch is as wide as its longest text, so texts of like length together waste no padding (on
    400 synthetic protocols' 6,980 texts, 47 -> 95 passages a second against batches in document
    order)."""
    hashes = sorted(by_hash, key=lambda h: len(by_hash[h]))
    done = 0
    for i in range(0, len(hashes), batch_size * 4):
        batch = hashes[i : i + batch_size * 4]
        # Quote marks in their plain forms: a curly and a straight apostrophe mean the same.
        vectors = embedder.embed([plain_quotes(by_hash[h]) for h in batch])
        with disk_errors(cache.path.parent):
            cache.put(batch, vectors)
        store.put_embeddings(batch, vectors)
        done += len(batch)
        if progress:
            progress(done, len(hashes))


def write_maps(
    store: ClauseStore,
    units: list[tuple[int, int, str]],
    unit_vec: dict[int, int],
    path: Path,
    groups: np.ndarray | None = None,
) -> None:
    """The catalogue's maps (index/layout.py) for this store, with a fresh stamp recorded in both:
    opening trusts the maps only when the stamps agree. With the wording `groups`, each vector's
    wording heads too (0.2 s of the first search at 10,005 protocols)."""
    stamp = uuid.uuid4().hex
    store.set_info(vector_layout=LAYOUT, maps_stamp=stamp)
    store.conn.commit()
    doc_ids = [row[0] for row in store.document_fields()]
    maps = build_maps(units, unit_vec, store.clause_index(), doc_ids, stamp)
    if groups is not None:
        by_row = wordings.row_groups(maps.unit_rowid, maps.unit_vec, groups)
        maps = replace(maps, heads=wordings.vector_heads(maps.unit_rowid, maps.unit_vec, by_row))
    save_maps(maps, path)


def _write_vectors(store: ClauseStore, path: Path) -> None:
    """A FAISS inner-product index with one vector per distinct text (index/layout.py): exact
    (flat) below `EXACT_BELOW` distinct vectors, HNSW above (index/ann.py; recall@10 >= 0.99
    against exact search measured on real embeddings). Beside it, the clauses grouped by
    wording (index/wordings.py)."""
    import faiss

    from index.ann import build_vector_index

    info = store.info()
    dim = int(info.get("dim", "0") or 0)
    if not dim:
        raise IndexStoreError(f"{path.parent}: no embeddings were written - nothing to index")
    units = store.units()
    unit_vec, hashes = vector_ids(units)
    vectors = store.embeddings(dim)
    matrix = np.stack([vectors[h] for h in hashes]).astype("float32") if hashes else np.zeros((0, dim), "float32")
    del vectors
    ids = np.arange(len(hashes), dtype="int64")
    if len(hashes) >= EXACT_BELOW:
        index = build_vector_index(matrix, ids, "hnsw", ef_search=256)
    else:
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        if len(ids):
            index.add_with_ids(matrix, ids)
    try:
        texts = store.clause_texts()
        keys = {rowid: wordings.wording_key(text or "", council) for rowid, text, council, _ in texts}
        ungrouped = frozenset(rowid for rowid, _, _, kind in texts if kind in wordings.UNGROUPED_KINDS)
        groups = wordings.wording_groups(matrix, units, unit_vec, keys, ungrouped=ungrouped)
        write_maps(store, units, unit_vec, path.parent / MAPS_NAME, groups)
        wordings.save(groups, path.parent / wordings.WORDINGS_NAME)
        faiss.write_index(index, str(path))
    except (RuntimeError, OSError) as exc:  # FAISS reports a failed write (disk full, say) as RuntimeError
        raise IndexStoreError(
            f"{printable(path.parent.parent)}: cannot write the vectors file ({one_line(exc)}); "
            f"the previous index is unchanged"
        ) from exc
