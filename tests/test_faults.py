"""The index under faults: damaged folders, rebuilds, readers during switches, the lock, full or
read-only disks, killed runs (issue 12, items 4, 5 and 10). A fake embedder keeps them fast."""

from __future__ import annotations

import errno
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import index.store as store_module
from assistant.cli import main
from assistant.settings import Settings
from index.doctor import check_index
from index.search import ProtocolIndex
from index.store import CACHE_NAME, CURRENT, index_lock
from ingest.errors import IndexStoreError
from tests.fakes import FakeEmbedder
from tests.fakes import fake_ingest as run

TINY = "{name} Parish Council\n\n1. Roles\n\n1.1 The Clerk of {name} answers to the council, version {n}.\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", model="fake", embed_batch_size=1, lock_timeout=5)


def documents(settings) -> int:
    index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
    return len(index.catalogue.documents)


def live(settings) -> Path:
    index_dir = settings.resolved_index_dir
    return index_dir / (index_dir / CURRENT).read_text().strip()


# --- item 4: recovery and doctor ------------------------------------------------------------
def _damage(index_dir: Path, how: str) -> None:
    version = index_dir / (index_dir / CURRENT).read_text().strip()
    if how == "no CURRENT":
        (index_dir / CURRENT).unlink()
    elif how == "empty CURRENT":
        (index_dir / CURRENT).write_text("")
    elif how == "CURRENT names a missing folder":
        (index_dir / CURRENT).write_text("v-gone")
    elif how == "no vectors file":
        (version / "vectors.faiss").unlink()
    elif how == "garbage db":
        (version / "clauses.sqlite").write_bytes(b"not a database" * 100)
    elif how == "truncated wordings":
        _truncate(version / "wordings.npy")
    elif how == "truncated maps":
        _truncate(version / "maps.npz")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGE = [
    "no CURRENT",
    "empty CURRENT",
    "CURRENT names a missing folder",
    "no vectors file",
    "garbage db",
    "truncated wordings",
    "truncated maps",
]


@pytest.mark.parametrize("how", DAMAGE)
def test_rebuild_recovers_from_any_damage_and_doctor_says_so(corpus, settings, how):
    index_dir = settings.resolved_index_dir
    run([corpus], settings)
    assert check_index(index_dir, "fake").healthy
    _damage(index_dir, how)
    report = check_index(index_dir, "fake")
    assert not report.healthy and "protocols ingest --rebuild corpus/" in report.advice
    result = CliRunner().invoke(main, ["doctor", "--index", str(index_dir)])
    assert result.exit_code == 1 and "not healthy - run `protocols ingest --rebuild corpus/" in result.output
    report, _ = run([corpus], settings, rebuild=True)
    assert len(report.added) == 5 and documents(settings) == 5
    assert check_index(index_dir, "fake").healthy


def test_damaged_wordings_are_a_clear_error_and_damaged_maps_fall_back_to_sqlite(corpus, settings, monkeypatch):
    from index.catalogue import Catalogue

    index_dir = settings.resolved_index_dir
    run([corpus], settings)
    whole = Catalogue(index_dir, "fake")
    _damage(index_dir, "truncated maps")
    slower = Catalogue(index_dir, "fake")  # opens, from SQLite
    assert slower.clause_rowid == whole.clause_rowid and slower.unit_vec == whole.unit_vec
    _damage(index_dir, "truncated wordings")
    with pytest.raises(IndexStoreError, match=r"the index is damaged .* rebuild it with"):
        Catalogue(index_dir, "fake")
    monkeypatch.setenv("PROTOCOLS_MODEL", "fake")
    result = CliRunner().invoke(main, ["ask", "--index", str(index_dir), "must the clerk attend group meetings?"])
    assert result.exit_code != 0 and "the index is damaged (wordings.npy cannot be read" in result.output


def test_doctor_passes_a_healthy_index(corpus, settings, monkeypatch):
    monkeypatch.setenv("PROTOCOLS_MODEL", "fake")
    run([corpus], settings)
    result = CliRunner().invoke(main, ["doctor", "--index", str(settings.resolved_index_dir)])
    assert result.exit_code == 0, result.output
    assert "integrity ok; 5 documents" in result.output and result.output.rstrip().endswith("healthy")
    # (and what decides scope: the trained gate is for the bundled model's vectors)
    assert "scope check: the margin rule (the gate was trained for the 'bundled' model's vectors, not 'fake')" in (
        result.output
    )


def test_doctor_finds_vectors_that_do_not_match_the_store(corpus, settings, tmp_path):
    other = settings.model_copy(update={"data_dir": tmp_path / "other"})
    run([corpus / "battle-town-council.txt"], other)
    run([corpus], settings)
    shutil.copy(live(other) / "vectors.faiss", live(settings) / "vectors.faiss")
    report = check_index(settings.resolved_index_dir, "fake")
    assert any("vectors but the store has" in p for p in report.problems)


def test_a_failed_rebuild_keeps_the_intact_version(corpus, settings):
    index_dir = settings.resolved_index_dir
    run([corpus], settings)
    intact = live(settings)
    (index_dir / CURRENT).write_text("v-gone")
    (index_dir / CACHE_NAME).unlink()  # so the rebuild must embed (and its embedder dies)
    with pytest.raises(RuntimeError, match="simulated crash"):
        run([corpus], settings, embedder=FakeEmbedder(fail_after=3), rebuild=True)
    assert (intact / "clauses.sqlite").is_file() and (intact / "vectors.faiss").is_file()


# --- item 5: readers during switches ------------------------------------------------------------
def test_readers_never_fail_while_versions_are_switched(tmp_path, settings):
    docs = tmp_path / "tiny"
    docs.mkdir()
    for name in ("Alpha", "Beta"):
        (docs / f"{name.lower()}.txt").write_text(TINY.format(name=name, n=0))
    run([docs], settings)
    stop = threading.Event()
    opens, failures = [0], []

    def reader() -> None:
        while not stop.is_set():
            try:
                index = ProtocolIndex(settings.index_config(), settings.search_config(), FakeEmbedder)
                assert len(index.catalogue.documents) == 2
                opens[0] += 1
            except Exception as exc:  # noqa: BLE001 - counted, not raised
                failures.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for n in range(1, 51):
            (docs / "alpha.txt").write_text(TINY.format(name="Alpha", n=n))
            report, _ = run([docs], settings)
            assert report.updated
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert failures == [] and opens[0] > 50

    assert len(list(settings.resolved_index_dir.glob("v-*"))) <= 51  # the retired ones, within the grace


def test_every_file_of_a_version_is_fsynced_before_current_names_it(corpus, settings, monkeypatch):
    events = []
    real_fsync, real_replace = store_module.fsync_file, store_module.os.replace
    monkeypatch.setattr(store_module, "fsync_file", lambda p: (events.append(("fsync", p.name)), real_fsync(p)))
    monkeypatch.setattr(
        store_module.os, "replace", lambda a, b: (events.append(("replace", Path(b).name)), real_replace(a, b))
    )
    run([corpus], settings)
    switch = events.index(("replace", CURRENT))
    assert {("fsync", "clauses.sqlite"), ("fsync", "vectors.faiss")} <= set(events[:switch])


# --- item 10: the lock, full and read-only disks, killed runs, odd names -----------------------
def test_a_held_lock_is_announced_then_given_up_on(corpus, settings):
    quick = settings.model_copy(update={"lock_timeout": 0.3})
    notices = []
    with index_lock(quick.resolved_index_dir):
        with pytest.raises(
            IndexStoreError, match=r"another ingest has held the index lock since .* gave up after 0.3 s"
        ):
            run([corpus], quick, on_notice=notices.append)
    assert len(notices) == 1 and notices[0].startswith("waiting for another ingest to finish (lock held since 20")
    report, _ = run([corpus], quick)  # released: the next run goes ahead
    assert len(report.added) == 5


@pytest.mark.parametrize(
    ("code", "says"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the folder is read-only")]
)
def test_disk_full_or_read_only_is_one_line_and_the_old_index_survives(corpus, settings, monkeypatch, code, says):
    run([corpus], settings)
    before = live(settings)
    (corpus / "finmere-parish-council.txt").unlink()

    def fail(path):
        raise OSError(code, "simulated")

    monkeypatch.setattr(store_module, "fsync_file", fail)
    with pytest.raises(IndexStoreError) as caught:
        run([corpus], settings)
    message = str(caught.value)
    assert message.startswith(f"{settings.resolved_index_dir}: cannot write the index - {says}")
    assert "\n" not in message and "previous index is unchanged" in message
    assert live(settings) == before and documents(settings) == 5
    assert [p.name for p in settings.resolved_index_dir.glob("v-*")] == [before.name]


def test_a_killed_ingest_keeps_its_embedding_work(corpus, settings, tmp_path):
    full, _ = run([corpus], settings.model_copy(update={"data_dir": tmp_path / "reference"}))
    total = full.clauses_embedded
    with pytest.raises(RuntimeError, match="simulated crash"):
        run([corpus], settings, embedder=FakeEmbedder(fail_after=10))  # batches of 4: 8 were committed
    report, embedder = run([corpus], settings)
    assert len(embedder.calls) == report.clauses_embedded == total - 8
    assert report.clauses_reused == 8


def test_a_file_name_with_a_newline_stays_on_one_error_line(settings, tmp_path):
    bad = tmp_path / "bad\nname.pdf"
    bad.write_bytes(b"%PDF-1.7 not really")
    errors = []
    run([bad], settings, on_error=errors.append)
    assert len(errors) == 1 and "\n" not in errors[0] and "bad\\nname.pdf" in errors[0]


def test_a_no_change_run_removes_a_killed_writers_folder(corpus, settings):
    run([corpus], settings)
    orphan = settings.resolved_index_dir / "v-killed"
    orphan.mkdir()
    (orphan / "clauses.sqlite").write_bytes(b"half written")
    report, _ = run([corpus], settings)
    assert not report.changed and not orphan.exists()


def test_the_cli_waits_with_a_message_then_gives_up(corpus, settings):
    index_dir = settings.resolved_index_dir
    with index_lock(index_dir):
        result = CliRunner().invoke(main, ["ingest", "--index", str(index_dir), "--lock-timeout", "0.2", str(corpus)])
    assert result.exit_code == 1
    assert "waiting for another ingest to finish (lock held since" in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "gave up after 0.2 s" in errors[0]


def test_a_folder_run_names_what_it_skips_and_refuses_what_is_no_protocol(settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 a Word 97 file")
    (folder / "shopping.txt").write_text("Shopping list\neggs\nmilk\nbread\n")
    (folder / "protocol.txt").write_text("Amberley Parish Council\n1. Councillors must be courteous to the Clerk.\n")
    notices: list[str] = []
    errors: list[str] = []
    report, _ = run([folder], settings, on_notice=notices.append, on_error=errors.append)
    assert [Path(p).name for p in report.added] == ["protocol.txt"]
    assert notices == [
        f"{folder / 'old.doc'}: skipped, not a format this reads (PDF, .docx, .txt, .md, .html) - save it as .docx"
    ]
    assert errors == [
        f"{folder / 'shopping.txt'}: does not read like a member/officer protocol: it never mentions councillors, "
        "members, the clerk, officers, staff or employees"
    ]


def test_a_year_that_names_several_councils_protocols_says_so(settings, tmp_path):
    from assistant.chain import Assistant
    from assistant.services import open_index

    folder = tmp_path / "year"
    folder.mkdir()
    for place in ("Amberley", "Bexton", "Carrow", "Dunley"):
        (folder / f"{place.lower()}.txt").write_text(
            f"{place} Parish Council\nMember and Officer Protocol\nAdopted: 12 May 2022\n\n"
            "1. Councillors must not give instructions to the Clerk.\n\n2. The Clerk will reply to emails within "
            "five working days.\n"
        )
    run([folder], settings)
    embedder = FakeEmbedder()
    assistant = Assistant(open_index(settings, lambda: embedder), settings)
    answer = assistant.ask("under the 2022 protocol can a councillor give the clerk instructions?")
    assert any(n.startswith("The protocols of 4 councils are from 2022 (Amberley Parish Council") for n in answer.notes)
