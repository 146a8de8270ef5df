"""Index plumbing with a fake embedder: incremental ingest, the cache, atomic updates."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.services import run_ingest
from assistant.settings import Settings
from index.fusion import fuse_rankings
from index.results import Hit
from index.rules import diversify
from index.search import ProtocolIndex
from index.store import CURRENT, current_version
from ingest.errors import IndexStoreError
from ingest.records import Clause
from tests.fakes import FakeEmbedder
from tests.fakes import fake_ingest as run


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", model="fake")


def open_index(settings, embedder=None) -> ProtocolIndex:
    return ProtocolIndex(settings.index_config(), settings.search_config(), lambda: embedder or FakeEmbedder())


def test_first_ingest_adds_every_document(corpus, settings):
    report, embedder = run([corpus], settings)
    assert len(report.added) == 5 and not report.failed
    index = open_index(settings)
    assert len(index.catalogue.documents) == 5
    assert index.councils == sorted(
        [
            "Battle Town Council",
            "Finmere Parish Council",
            "Mumbles Community Council",
            "Unnamed town council",
            "Yateley Town Council",
        ]
    )
    assert report.clauses_embedded == len(set(embedder.calls))  # each distinct text once
    # Where the time went, step by step (the summary line `protocols ingest` prints names them).
    assert list(report.timings) == ["parse", "store", "model", "embed", "index"]
    assert all(seconds >= 0 for seconds in report.timings.values())
    # Shortest texts first: batches of like length waste no padding.
    assert [len(t) for t in embedder.calls] == sorted(len(t) for t in embedder.calls)


def test_the_summary_names_each_step_that_took_time():
    from index.build import IngestReport

    report = IngestReport(added=["a.txt"], clauses_embedded=3, index_dir="ix")
    report.timings.update(parse=1.25, store=0.01, model=0.0, embed=12.0, index=0.5)
    assert report.summary() == (
        "1 added, 0 updated, 0 removed, 0 unchanged; 3 passages embedded, 0 reused from the cache (ix); "
        "parse 1.2 s, embed 12.0 s, index 0.5 s"
    )
    unchanged = IngestReport(unchanged=["a.txt"], index_dir="ix", timings={"parse": 0.3})
    assert unchanged.summary() == "0 added, 0 updated, 0 removed, 1 unchanged (ix)"


def test_rerun_embeds_nothing_and_changes_nothing(corpus, settings):
    run([corpus], settings)
    version = current_version(settings.resolved_index_dir)
    report, embedder = run([corpus], settings)
    assert len(report.unchanged) == 5 and not report.changed
    assert embedder.calls == []
    assert current_version(settings.resolved_index_dir) == version


def test_a_new_parser_version_parses_every_file_again_and_embeds_nothing(corpus, settings, monkeypatch):
    import ingest.document

    run([corpus], settings)
    monkeypatch.setattr(ingest.document, "PARSE_VERSION", ingest.document.PARSE_VERSION + "-next")
    report, embedder = run([corpus], settings)
    assert len(report.updated) == 5 and not report.unchanged
    assert embedder.calls == []  # the same text: vectors from the embedding cache


def test_changed_document_is_the_only_one_reembedded(corpus, settings):
    run([corpus], settings)
    doc = corpus / "finmere-parish-council.txt"
    doc.write_text(doc.read_text() + "\n\n5.1 A brand new clause about the village green.\n")
    report, embedder = run([corpus], settings)
    assert report.updated == [str(doc)] and len(report.unchanged) == 4
    assert embedder.calls and all("village green" in t for t in embedder.calls)  # only new text
    index = open_index(settings)
    assert any(c.label == "5.1" and "village green" in c.text for c in index.catalogue.clauses.values())


def test_removed_file_is_removed_from_the_index(corpus, settings):
    run([corpus], settings)
    (corpus / "mumbles-community-council.txt").unlink()
    report, _ = run([corpus], settings)
    assert report.removed == [str(corpus / "mumbles-community-council.txt")]
    index = open_index(settings)
    assert "Mumbles Community Council" not in index.councils
    assert not any(c.council == "Mumbles Community Council" for c in index.catalogue.clauses.values())


def test_identical_clause_texts_are_embedded_once(tmp_path, settings):
    text = "Model Protocol\n\n1. Roles\n\n1.1 The Clerk is not required to attend party group meetings.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text.replace("Model", name[0].upper() + " Parish Council Model"))
    report, embedder = run([tmp_path / "a.txt", tmp_path / "b.txt"], settings)
    assert len(report.added) == 2
    assert len(embedder.calls) == len(set(embedder.calls))
    # Two title pages differ; the clause both councils copied is embedded once, not twice.
    assert sum("attend party group meetings" in t for t in embedder.calls) == 1
    index = open_index(settings)
    assert sum(c.label == "1.1" for c in index.catalogue.clauses.values()) == 2  # yet cited for both


def test_bad_file_is_reported_and_the_others_still_go_in(corpus, settings, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 not really")
    errors = []
    report, _ = run([corpus, bad], settings, on_error=errors.append)
    assert len(report.added) == 5
    assert report.failed == errors and len(errors) == 1 and errors[0].startswith(f"{bad}: ")


def test_a_crash_mid_ingest_leaves_the_previous_index_usable(corpus, settings):
    run([corpus], settings)
    before = current_version(settings.resolved_index_dir)
    doc = corpus / "battle-town-council.txt"
    doc.write_text(doc.read_text() + "\n\n6.1 Councillors must wear hats.\n")
    with pytest.raises(RuntimeError, match="simulated crash"):
        run([corpus], settings, embedder=FakeEmbedder(fail_after=0))
    assert current_version(settings.resolved_index_dir) == before
    index = open_index(settings)
    assert len(index.catalogue.documents) == 5
    assert not any("hats" in c.text for c in index.catalogue.clauses.values())
    # The next run cleans up the abandoned version and applies the change.
    report, _ = run([corpus], settings)
    assert report.updated == [str(doc)]
    # The live version and the one before it (kept for readers); the crashed run's folder is gone.
    assert len(list(settings.resolved_index_dir.glob("v-*"))) == 2


def test_a_killed_ingest_leaves_a_stale_folder_that_is_ignored_then_removed(corpus, settings):
    run([corpus], settings)
    stale = settings.resolved_index_dir / "v-killed"
    stale.mkdir()
    (stale / "clauses.sqlite").write_bytes(b"half written")
    assert len(open_index(settings).catalogue.documents) == 5  # readers follow CURRENT only
    run([corpus / "battle-town-council.txt"], settings, rebuild=True)
    assert not stale.exists()


def test_a_different_model_is_refused(corpus, settings):
    run([corpus], settings)
    other = settings.model_copy(update={"model": "another-model"})
    with pytest.raises(IndexStoreError, match="built with model 'fake'.*rebuild"):
        run([corpus], other)
    with pytest.raises(IndexStoreError, match="built with model 'fake'"):
        open_index(other)


def test_missing_index_says_how_to_build_it(settings):
    with pytest.raises(IndexStoreError, match="no index here yet - build it with `protocols ingest corpus/`"):
        open_index(settings)


def test_damaged_index_is_reported(corpus, settings):
    run([corpus], settings)
    (current_version(settings.resolved_index_dir) / "vectors.faiss").unlink()
    with pytest.raises(IndexStoreError, match="damaged"):
        open_index(settings)


def test_index_loads_without_pickle(corpus, settings):
    """The store is SQLite rows and JSON; the vectors a FAISS file; BM25 weights numpy arrays.
    No pickle anywhere."""
    run([corpus], settings)
    version = current_version(settings.resolved_index_dir)
    files = {p.name for p in version.iterdir()}
    assert files == {"clauses.sqlite", "vectors.faiss", "lexical.npz", "wordings.npy", "maps.npz"}
    with np.load(version / "lexical.npz", allow_pickle=False) as z:  # raises on any object array
        assert all(z[name].dtype != object for name in z.files)
    assert (settings.resolved_index_dir / CURRENT).read_text().startswith("v-")


def test_council_scope_and_filters(corpus, settings):
    run([corpus], settings)
    index = open_index(settings)
    result = index.search("In Finmere, who handles complaints about officers?")
    assert result.councils == ["Finmere Parish Council"]
    assert result.hits and all(h.clause.council == "Finmere Parish Council" for h in result.hits)
    result = index.search("complaints", councils=["Yateley Town Council"])
    assert all(h.clause.council == "Yateley Town Council" for h in result.hits)
    assert index.catalogue.resolve_council("yateley") == "Yateley Town Council"
    with pytest.raises(IndexStoreError, match="no council called 'Hambleden'.*Battle Town Council"):
        index.catalogue.resolve_council("Hambleden")


def test_split_clauses_come_back_whole(corpus, settings):
    run([corpus], settings)
    index = open_index(settings)
    result = index.search("timely response to enquiries and complaints", councils=["Finmere Parish Council"], k=10)
    whole = [h.clause for h in result.hits if h.clause.label == "3.1"]
    assert len(whole) == 1  # one result for the clause, not one per part
    assert whole[0].text.startswith("Councillors can expect from officers:\na. A commitment")
    assert (
        whole[0]
        .text.rstrip()
        .endswith("within any scheme of support for Councillors which may be approved by the authority.")
    )


def test_title_pages_are_never_results(corpus, settings):
    run([corpus], settings)
    index = open_index(settings)
    for q in ("Member Officer Protocol", "Finmere Parish Council protocol"):
        assert all(h.clause.kind != "front-matter" for h in index.search(q).hits)


def test_fuse_rankings():
    dense = [(1, 0.9), (2, 0.8), (3, 0.1)]
    lexical = [(3, 12.0), (1, 5.0)]
    rrf = fuse_rankings([dense, lexical], [0.5, 0.5], "rrf", rrf_k=60)
    assert max(rrf, key=rrf.get) == 1  # high in both beats top in one
    assert rrf[3] > rrf[2]
    weighted = fuse_rankings([dense, lexical], [0.5, 0.5], "weighted")
    assert weighted[1] == pytest.approx(0.5 * 1.0 + 0.5 * (5 - 5) / 7)


def test_rankings_of_one_signal_count_their_best_rank_once():
    # Dense and its thesaurus twin both put 2 second; the twin alone puts 7 first.
    dense = [(1, 0.9), (2, 0.8), (3, 0.7)]
    twin = [(7, 0.9), (2, 0.8), (1, 0.7)]
    lexical = [(9, 3.0)]
    summed = fuse_rankings([dense, twin, lexical], [0.5, 0.5, 0.5], "rrf", rrf_k=60)
    best = fuse_rankings([dense, twin, lexical], [0.5, 0.5, 0.5], "rrf", rrf_k=60, best_of=[0, 1])
    assert summed[2] > summed[7]  # summed, second twice outvotes first once
    assert best[7] == pytest.approx(1.0 / 61) and best[2] == pytest.approx(1.0 / 62)
    assert best[7] > best[2] and best[1] == pytest.approx(1.0 / 61)
    assert best[9] == pytest.approx(0.5 / 61)  # outside the group: as before
    # A twin with no ranking (a question with no thesaurus word) leaves dense at its own weight.
    alone = fuse_rankings([dense, [], lexical], [0.5, 0.5, 0.5], "rrf", rrf_k=60, best_of=[0, 1])
    assert alone == fuse_rankings([dense, [], lexical], [0.5, 0.5, 0.5], "rrf", rrf_k=60)


def _hit(council: str, sim: float, n: int) -> Hit:
    clause = Clause(
        id=f"{council}:{n}",
        doc_id=council,
        council=council,
        document="d",
        label=str(n),
        heading="",
        text="t",
        page=None,
        source="s",
        start=0,
        end=1,
    )
    return Hit(clause, score=sim, similarity=sim)


def test_diversify_spreads_across_relevant_councils_only():
    hits = [
        _hit("A", 0.70, 1),
        _hit("A", 0.69, 2),
        _hit("A", 0.68, 3),
        _hit("A", 0.67, 4),
        _hit("B", 0.66, 5),
        _hit("C", 0.40, 6),
    ]
    got = [h.clause.id for h in diversify(hits, 5, per_council=3, margin=0.05)]
    assert "B:5" in got  # B's best is nearly as good: it gets a place
    assert got == ["A:1", "A:2", "A:3", "A:4", "B:5"]  # C is irrelevant: A keeps its clauses


def test_a_damaged_store_is_a_clear_error(corpus, settings):
    run([corpus], settings)
    (current_version(settings.resolved_index_dir) / "clauses.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexStoreError, match=r"the index is damaged .* rebuild it with `protocols ingest --rebuild"):
        open_index(settings)


def test_concurrent_ingests_do_not_lose_each_others_documents(corpus, settings, tmp_path):
    """Two writers at once (say, the app's upload and a CLI run): both documents end up indexed."""
    import threading

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.txt").write_text("Alpha Parish Council\n\n1. Roles\n\n1.1 Alpha clause about the Clerk.\n")
    (extra / "b.txt").write_text("Beta Parish Council\n\n1. Roles\n\n1.1 Beta clause about the Clerk.\n")
    run([corpus], settings)
    errors = []

    def add(path):
        try:
            run_ingest(settings, [str(path)], embedder=lambda: FakeEmbedder(), prune_missing=False)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(extra / n,)) for n in ("a.txt", "b.txt")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    councils = open_index(settings).councils
    assert "Alpha Parish Council" in councils and "Beta Parish Council" in councils


# --- sources and pruning (issue 12, item 1) ------------------------------------------------
def test_an_ingest_from_another_directory_removes_nothing_it_was_not_asked_about(
    corpus, settings, tmp_path, monkeypatch
):
    monkeypatch.chdir(corpus.parent)
    run([Path("corpus")], settings)  # a relative folder, as a user types it
    other = tmp_path / "elsewhere" / "other.txt"
    other.parent.mkdir()
    other.write_text("Other Parish Council\n\n1. Roles\n\n1.1 The Clerk answers to the council.\n")
    monkeypatch.chdir(other.parent)
    report, _ = run([other], settings)
    assert report.removed == [] and report.added == [str(other)]
    assert len(open_index(settings).catalogue.documents) == 6
    assert all(Path(d.source).is_absolute() for d in open_index(settings).catalogue.documents.values())


def test_only_files_gone_from_the_named_folders_are_removed_and_announced(corpus, settings, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.txt").write_text("Alpha Parish Council\n\n1. Roles\n\n1.1 Alpha clause about the Clerk.\n")
    run([corpus, extra], settings)
    (extra / "a.txt").unlink()
    report, _ = run([corpus], settings)  # extra/ was not named: its document stays
    assert report.removed == [] and "Alpha Parish Council" in open_index(settings).councils
    notices = []
    report, _ = run([extra], settings, on_notice=notices.append)
    assert report.removed == [str(extra / "a.txt")]
    assert notices == [f"will remove {extra / 'a.txt'} from the index (its file is gone)"]


def test_relative_sources_of_an_older_index_are_migrated_only_under_named_folders(corpus, settings, monkeypatch):
    import sqlite3

    run([corpus], settings)
    live = current_version(settings.resolved_index_dir)
    with sqlite3.connect(live / "clauses.sqlite") as conn:  # as an older version stored them
        conn.execute("UPDATE documents SET source = 'corpus/' || substr(source, length(?) + 2)", (str(corpus),))
    monkeypatch.chdir(corpus.parent.parent)  # somewhere the relative sources do not resolve
    report, _ = run([corpus / "battle-town-council.txt"], settings)
    assert report.removed == [] and len(open_index(settings).catalogue.documents) == 5
    monkeypatch.chdir(corpus.parent)  # where they do: the named folder's documents migrate
    report, _ = run([corpus], settings)
    assert report.removed == [] and report.added == []
    sources = {d.source for d in open_index(settings).catalogue.documents.values()}
    assert sources == {str(p) for p in corpus.glob("*.txt")}


def test_many_files_are_parsed_by_a_pool_with_the_same_results(tmp_path, settings):
    """Past PARALLEL_FROM files, parsing runs in worker processes: same documents, same order of
    errors, a bad file still one line naming it, unchanged files skipped on the next run."""
    from index.build import PARALLEL_FROM, _parse_all
    from ingest.limits import IngestLimits

    docs = tmp_path / "many"
    docs.mkdir()
    names = [f"place{i:03d}" for i in range(PARALLEL_FROM + 6)]
    for name in names:
        (docs / f"{name}.txt").write_text(
            f"{name.title()} Parish Council\n\n1. Roles\n\n1.1 The Clerk of {name.title()} answers to the council.\n"
        )
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    files = sorted(docs.iterdir())
    pooled = _parse_all(files, {}, IngestLimits())
    here = _parse_all(files[-3:], {}, IngestLimits())  # below the threshold: in this process
    assert [p for p, _ in pooled] == files
    assert [o.doc.clauses for _, o in pooled[-3:]] == [o.doc.clauses for _, o in here]
    assert [o.units for _, o in pooled[-3:]] == [o.units for _, o in here]
    bad = dict(pooled)[docs / "broken.pdf"]
    assert isinstance(bad, str) and "broken.pdf" in bad and "\n" not in bad

    report, _ = run([docs], settings)
    assert len(report.added) == len(names) and len(report.failed) == 1 and "broken.pdf" in report.failed[0]
    again, _ = run([docs], settings)
    assert len(again.unchanged) == len(names) and not again.added


def test_counts_and_contents_without_reading_every_record(corpus, settings):
    from assistant.corpus_view import DocumentStatus, status_to_show, table_of_contents

    run([corpus], settings)
    cat = open_index(settings).catalogue
    assert cat.whole_clause_count() == len({c.clause_key for c in cat.clauses.values()})
    toc = table_of_contents(cat, "Yateley Town Council")
    assert toc and all(c.council == "Yateley Town Council" for _, cs in toc for c in cs)
    rows = [DocumentStatus(f"C{i}", "t", 1, "", "", "", i % 3 == 0, "") for i in range(10)]
    shown, more = status_to_show(rows, limit=4)
    assert more == 6 and [r.council for r in shown] == ["C0", "C3", "C6", "C9"]


def test_diversify_keeps_the_best_fused_hits_whatever_their_similarity():
    # Hits come in fused order. The first, which keyword and thesaurus rankers put on top, has a
    # low dense similarity: spreading by similarity alone dropped it.
    hits = [_hit("A", 0.40, 1), _hit("B", 0.70, 2), _hit("C", 0.69, 3), _hit("D", 0.68, 4), _hit("E", 0.67, 5),
            _hit("F", 0.66, 6)]  # fmt: skip
    assert "A:1" not in [h.clause.id for h in diversify(hits, 5, per_council=3, margin=0.05)]
    kept = [h.clause.id for h in diversify(hits, 5, per_council=3, margin=0.05, keep_top=2)]
    assert kept[0] == "A:1" and len(kept) == 5


def _same_catalogue(fast, slow) -> None:
    """Two catalogues of one index agree on every map a search reads."""
    assert len(fast.clause_rowid) > 100
    for name in ("clause_rowid", "unit_vec", "unit_clause", "clause_units", "vec_units", "dates_rowids", "_part_rows"):
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.dates_rowids and fast._part_rows  # the corpus has dates records and clauses split into parts
    rows = sorted(slow.clause_rowid.values())
    assert [fast._whole_id(r) for r in rows] == [slow._whole_id(r) for r in rows]
    assert [fast.wording(r) for r in rows] == [slow.wording(r) for r in rows]
    assert [fast.same_wording(r) for r in rows] == [slow.same_wording(r) for r in rows]
    vecs = range(fast.vectors.ntotal)
    assert [fast.wording_heads(v) for v in vecs] == [slow.wording_heads(v) for v in vecs]
    assert fast.councils == slow.councils and fast.whole_clause_count() == slow.whole_clause_count()
    for council in fast.councils:
        assert fast.rowids_in(fast.doc_ids_for([council], None)) == slow.rowids_in(slow.doc_ids_for([council], None))


def test_the_maps_saved_at_ingest_give_the_same_catalogue_as_sqlite(corpus, settings):
    """Opening reads the unit and clause maps from maps.npz (fast): no clause or unit row and no
    document record from SQLite; without the file, all from SQLite."""
    from index.catalogue import Catalogue
    from index.layout import MAPS_NAME
    from index.store import ClauseStore

    run([corpus], settings)
    read: list[list[str]] = []
    with pytest.MonkeyPatch.context() as mp:  # the fast open must not read the unit rows from SQLite
        for name in ("units", "clause_index", "clause_ids", "documents"):
            mp.setattr(ClauseStore, name, lambda self, name=name: pytest.fail(f"read {name} from SQLite"))
        by_id = ClauseStore.documents_by_id
        mp.setattr(ClauseStore, "documents_by_id", lambda self, ids: read.append(ids) or by_id(self, ids))
        fast = Catalogue(settings.resolved_index_dir, "fake")
        assert len(fast.documents) == 5 and "battle-town-council" in fast.documents
        assert fast.council_of("battle-town-council") == "Battle Town Council"
        assert read == []  # no document record read yet
        assert fast.documents["battle-town-council"].meta.title == "Member / Officer Relations Protocol"
        assert read == [["battle-town-council"]]  # that one, when it is used
    (fast.version / MAPS_NAME).unlink()
    slow = Catalogue(settings.resolved_index_dir, "fake")
    _same_catalogue(fast, slow)
    whole = next(iter(fast._part_rows))
    assert [c.id for c in fast.parts_of(whole)] == [c.id for c in slow.parts_of(whole)]


def _write_old_maps(version: Path) -> None:
    """maps.npz as ingest wrote it before the clause ids and documents were saved too, and a
    store without the stamp: an index built by the previous release."""
    import sqlite3

    from index.layout import MAPS_NAME, build_maps, save_maps, vector_ids
    from index.store import DB_NAME, ClauseStore

    store = ClauseStore(sqlite3.connect(version / DB_NAME))
    units = store.units()
    save_maps(build_maps(units, vector_ids(units)[0], store.clause_index()), version / MAPS_NAME)
    store.conn.execute("DELETE FROM info WHERE key = 'maps_stamp'")
    store.conn.commit()
    store.conn.close()


def test_an_index_written_before_the_clause_ids_were_saved_opens_from_its_old_maps(corpus, settings):
    from index.catalogue import Catalogue
    from index.layout import MAPS_NAME, load_maps
    from index.store import ClauseStore

    run([corpus], settings)
    new = Catalogue(settings.resolved_index_dir, "fake")
    _write_old_maps(new.version)
    assert load_maps(new.version / MAPS_NAME).clause_ids is None
    with pytest.MonkeyPatch.context() as mp:  # the unit maps still come from the file
        mp.setattr(ClauseStore, "units", lambda self: pytest.fail("read units from SQLite"))
        old = Catalogue(settings.resolved_index_dir, "fake")
    _same_catalogue(old, new)
    from index.doctor import check_index

    facts = check_index(settings.resolved_index_dir, "fake").facts
    assert any("from before clause ids were saved" in f for f in facts)  # doctor says why it is slower
    # The next ingest that changes anything writes the new maps.
    (corpus / "mumbles-community-council.txt").unlink()
    run([corpus], settings)
    again = Catalogue(settings.resolved_index_dir, "fake")
    assert load_maps(again.version / MAPS_NAME).clause_ids is not None
    assert len(again.documents) == 4 and "Mumbles Community Council" not in again.councils


def test_maps_from_another_ingest_are_not_trusted(corpus, settings):
    """A maps.npz whose stamp is not the store's (copied in from another version, say) is
    ignored: the catalogue reads SQLite and gives the same answers."""
    import sqlite3

    from index.catalogue import Catalogue
    from index.store import DB_NAME

    run([corpus], settings)
    good = Catalogue(settings.resolved_index_dir, "fake")
    conn = sqlite3.connect(good.version / DB_NAME)
    conn.execute("UPDATE info SET value = 'another' WHERE key = 'maps_stamp'")
    conn.commit()
    conn.close()
    calls = []
    with pytest.MonkeyPatch.context() as mp:
        from index.store import ClauseStore

        real = ClauseStore.units
        mp.setattr(ClauseStore, "units", lambda self: calls.append(1) or real(self))
        other = Catalogue(settings.resolved_index_dir, "fake")
    assert calls == [1]  # none of the file is used, not even its unit maps: all from SQLite
    _same_catalogue(other, good)
    from index.doctor import check_index

    problems = check_index(settings.resolved_index_dir, "fake").problems
    assert any("written by another ingest" in p for p in problems)


def test_a_passage_clearly_closest_in_meaning_is_pinned_and_a_close_race_is_not():
    from types import SimpleNamespace

    from index.config import SearchConfig
    from index.rules import Ranking, pin_decisive_dense

    def state(dense, question="can the council itself punish a councillor?"):
        fused = {1: 0.010, 2: 0.030, 3: 0.025}
        query = SimpleNamespace(question=question)
        return Ranking(query=query, k=5, rankings={"dense": dense, "bm25": [(2, 9.0), (3, 8.0)]}, fused=fused)

    clear = state([(1, 0.62), (2, 0.51), (3, 0.50)])
    pin_decisive_dense(clear, None, SearchConfig())
    assert clear.pinned == {1} and clear.fused[1] == max(clear.fused.values())
    close = state([(1, 0.55), (2, 0.53), (3, 0.50)])
    pin_decisive_dense(close, None, SearchConfig())
    assert not close.pinned and close.fused[1] == 0.010
    # A question about dates is left to the dates records.
    dates = state([(1, 0.62), (2, 0.51), (3, 0.50)], question="when was the protocol adopted?")
    pin_decisive_dense(dates, None, SearchConfig())
    assert not dates.pinned


def test_documents_fields_come_from_their_own_index(corpus_index):
    # Opening reads every document's council: from a small index, not the rows holding each
    # document's text (0.8 s from a cold disk cache at 10,000 protocols, 0.01 s so).
    from index.store import CURRENT, DB_NAME, ClauseStore, connect

    version = corpus_index / (corpus_index / CURRENT).read_text().strip()
    store = ClauseStore(connect(version / DB_NAME, readonly=True))
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT doc_id, json_extract(meta, '$.council') FROM documents "
        "INDEXED BY documents_fields ORDER BY doc_id"
    ).fetchall()
    assert "documents_fields" in str(plan)
    scanned = list(store.conn.execute("SELECT doc_id, json_extract(meta, '$.council') FROM documents ORDER BY doc_id"))
    assert store.document_fields("council") == scanned and len(scanned) == 5


def test_a_warm_index_loads_its_model_once_in_the_background(corpus, settings):
    """`warm=True` (the CLI's ask/search) starts the model loading while the catalogue opens; the
    search then uses that one model rather than loading another."""
    import threading

    run([corpus], settings)
    started, release, loads = threading.Event(), threading.Event(), []

    def slow_factory() -> FakeEmbedder:
        started.set()
        release.wait(10)
        loads.append(threading.current_thread().name)
        return FakeEmbedder()

    index = ProtocolIndex(settings.index_config(), settings.search_config(), slow_factory, warm=True)
    assert started.wait(10), "the model did not start loading at once"
    assert len(index.catalogue.documents) == 5  # the catalogue opened while the model was loading
    release.set()
    assert index.search("Must the Clerk attend a party group meeting?").hits
    assert loads == ["load-embedder"]


def test_a_model_that_fails_to_load_in_the_background_raises_where_it_is_needed(corpus, settings):
    import threading

    run([corpus], settings)
    calls, tried = [], threading.Event()

    def broken() -> FakeEmbedder:
        calls.append(1)
        tried.set()
        raise IndexStoreError("model folder: missing weights")

    index = ProtocolIndex(settings.index_config(), settings.search_config(), broken, warm=True)
    assert tried.wait(10)
    with pytest.raises(IndexStoreError, match="missing weights"):
        index.embedder  # noqa: B018
    assert len(calls) == 2  # tried in the background, then again (and raised) by the caller


def test_a_chat_message_or_a_transcript_line_ranks_below_the_protocol_s_own_clauses():
    from types import SimpleNamespace

    from index.config import SearchConfig
    from index.rules import Ranking, spoken_last_rule
    from tests.fakes import hit

    said = hit("Stainsford Borough Council", "Transcript ¶19", "[20:41] Cllr Hollis: We could ring officers at home.")
    chat = hit("Stobbington Parish Council", "15", "12/03/2025, 18:47 - Cllr Ron Aldous: Jane can you ring me tonight")
    rule = hit("Stainsford Borough Council", "11", "Members must not telephone officers at home.", rank=3)
    state = Ranking(query=SimpleNamespace(question="can i ring an officer at home?"), k=5, rankings={}, fused={})
    state.hits = [said, chat, rule]
    spoken_last_rule(state, None, SearchConfig())
    assert state.hits == [rule, said, chat]
    assert "spoken_last" in SearchConfig().rules
