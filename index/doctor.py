"""`protocols doctor`: check an index folder end to end and say what to do about it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from index.layout import LAYOUT, MAPS_NAME, load_maps, vector_ids
from index.store import CACHE_NAME, CURRENT, DB_NAME, PREVIOUS, VECTORS_NAME, read_pointer
from index.wordings import WORDINGS_NAME
from index.wordings import load as load_wordings
from ingest.errors import one_line, printable

REBUILD = "run `protocols ingest --rebuild corpus/{index}` to build it again from the protocols"


@dataclass
class DoctorReport:
    """What was checked: facts found, problems found, and the fix."""

    index_dir: Path
    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    advice: str = ""

    @property
    def healthy(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = [f"index: {printable(self.index_dir)}"]
        lines += [f"  ok: {f}" for f in self.facts]
        lines += [f"  problem: {p}" for p in self.problems]
        lines.append("healthy" if self.healthy else f"not healthy - {self.advice}")
        return "\n".join(lines)


def check_index(index_dir: Path, model: str | None = None) -> DoctorReport:
    """Check CURRENT, the version folder, SQLite integrity, the FAISS file, that vectors match
    the stored units and that the model is recorded (and, if given, is `model`)."""
    report = DoctorReport(index_dir)
    option = f" --index {index_dir}"
    report.advice = REBUILD.format(index=option)
    if not index_dir.is_dir():
        report.problems.append("the folder does not exist")
        report.advice = f"run `protocols ingest corpus/{option}` to build an index"
        return report
    names = read_pointer(index_dir, CURRENT)
    if not (index_dir / CURRENT).is_file():
        report.problems.append(f"no {CURRENT} file: no index has been published here")
        return report
    if not names:
        report.problems.append(f"{CURRENT} is empty or unreadable")
        return report
    version = index_dir / names[0]
    if not version.is_dir():
        report.problems.append(f"{CURRENT} names {printable(names[0])}, which does not exist")
        return report
    report.facts.append(f"{CURRENT} -> {version.name}")
    for name in (DB_NAME, VECTORS_NAME):
        if not (version / name).is_file():
            report.problems.append(f"{version.name}/{name} is missing")
    if report.problems:
        return report
    units = _check_store(version / DB_NAME, model, report)
    ntotal = _check_vectors(version / VECTORS_NAME, units, report)
    _check_extras(version, ntotal, report)
    kept = [n for n in read_pointer(index_dir, PREVIOUS) if (index_dir / n).is_dir()]
    others = [p.name for p in index_dir.glob("v-*") if p.name not in {version.name, *kept}]
    if kept:
        report.facts.append(f"previous version kept for readers: {', '.join(kept)}")
    if others:
        report.facts.append(
            f"{len(others)} leftover version folder(s) from interrupted runs; the next ingest removes them"
        )
    if (index_dir / CACHE_NAME).is_file():
        report.facts.append("embedding cache present (a killed ingest resumes from it)")
    return report


def _check_store(path: Path, model: str | None, report: DoctorReport) -> set[int] | None:
    """Integrity and contents of the clause store; returns the unit ids (None if unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                report.problems.append(f"{DB_NAME} fails SQLite's integrity check ({one_line(result[0])})")
                return None
            info = dict(conn.execute("SELECT key, value FROM info"))
            documents, clauses = conn.execute(
                "SELECT count(*), coalesce(sum(clause_count), 0) FROM documents"
            ).fetchone()
            stored = conn.execute("SELECT count(*) FROM clauses").fetchone()[0]
            rows = list(conn.execute("SELECT id, clause_rowid, text_hash FROM units"))
            # The FAISS ids the vectors must have (index/layout.py; older indexes: the unit ids).
            if info.get("vector_layout") == LAYOUT:
                units = set(vector_ids(rows)[0].values())
            else:
                units = {r[0] for r in rows}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"{DB_NAME} is not a readable SQLite database ({one_line(exc)})")
        return None
    report.facts.append(f"{DB_NAME}: integrity ok; {documents} documents, {stored} clauses, {len(rows)} vector units")
    if clauses != stored:
        report.problems.append(f"the manifest counts {clauses} clauses but {stored} are stored")
    if not info.get("model") or not info.get("dim"):
        report.problems.append("no embedding model is recorded")
    else:
        report.facts.append(f"model {info['model']!r} ({info['dim']}-d)")
        if model and info["model"] != model:
            report.problems.append(f"built with model {info['model']!r} but the setting is {model!r}")
    return units


def _check_vectors(path: Path, units: set[int] | None, report: DoctorReport) -> int | None:
    """Checks the FAISS file; returns its vector count (None if unreadable)."""
    import faiss

    try:
        index = faiss.read_index(str(path))
    except RuntimeError as exc:
        report.problems.append(f"{VECTORS_NAME} cannot be read by FAISS ({one_line(exc)})")
        return None
    report.facts.append(f"{VECTORS_NAME}: {index.ntotal} vectors, {index.d}-d")
    if units is None:
        return index.ntotal
    try:
        ids = set(faiss.vector_to_array(index.id_map).tolist())
    except AttributeError:
        ids = None
    if index.ntotal != len(units) or (ids is not None and ids != units):
        report.problems.append(
            f"{VECTORS_NAME} holds {index.ntotal} vectors but the store has {len(units)} distinct vector units"
        )
    return index.ntotal


def _check_extras(version: Path, ntotal: int | None, report: DoctorReport) -> None:
    """The wordings (one entry per vector) and the maps saved at ingest; an index written before
    either existed has neither, which is fine."""
    if (version / WORDINGS_NAME).is_file():
        try:
            groups = load_wordings(version / WORDINGS_NAME)
        except (OSError, ValueError, EOFError) as exc:
            report.problems.append(f"{WORDINGS_NAME} cannot be read ({one_line(exc)})")
        else:
            if ntotal is not None and groups is not None and len(groups) != ntotal:
                report.problems.append(f"{WORDINGS_NAME} has {len(groups)} entries for {ntotal} vectors")
            elif groups is not None:
                report.facts.append(f"{WORDINGS_NAME}: {len(set(groups[groups >= 0].tolist()))} wordings")
    if (version / MAPS_NAME).is_file():
        maps = load_maps(version / MAPS_NAME)
        if maps is None:
            report.problems.append(f"{MAPS_NAME} cannot be read (opening reads SQLite instead, more slowly)")
        elif maps.stamp and maps.stamp != _stored_stamp(version / DB_NAME):
            report.problems.append(
                f"{MAPS_NAME} was written by another ingest than {DB_NAME} (its stamp differs): it is ignored "
                "and opening reads SQLite instead, more slowly"
            )
        elif not maps.stamp:
            report.facts.append(
                f"{MAPS_NAME}: readable, from before clause ids were saved in it (opening reads them from "
                "SQLite: 1 s more at 10,000 protocols; `protocols ingest --rebuild` writes the new maps)"
            )
        else:
            report.facts.append(f"{MAPS_NAME}: readable")


def _stored_stamp(path: Path) -> str | None:
    """The maps stamp the clause store records (index/build.py `write_maps`)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM info WHERE key = 'maps_stamp'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None
