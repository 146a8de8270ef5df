"""A deterministic fake embedder for unit tests of the index plumbing (not of retrieval
quality: those tests use the real bundled model)."""

from __future__ import annotations

import hashlib
import re

import numpy as np


class FakeEmbedder:
    """Bag of words hashed into 64 dimensions, normalised. Counts what it embeds."""

    name = "fake"
    dim = 64

    def __init__(self, fail_after: int | None = None) -> None:
        self.calls: list[str] = []
        self.fail_after = fail_after

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype="float32")
        for i, text in enumerate(texts):
            if self.fail_after is not None and len(self.calls) >= self.fail_after:
                raise RuntimeError("embedder died part-way (simulated crash)")
            self.calls.append(text)
            for word in re.findall(r"[a-z]+", text.lower()):
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
            norm = np.linalg.norm(out[i])
            out[i] = out[i] / norm if norm else out[i]
        return out


def fake_ingest(paths, settings, embedder: FakeEmbedder | None = None, **kw):  # noqa: ANN001, ANN201
    """(report, embedder): an ingest of `paths` with a fake embedder (for index plumbing tests)."""
    from assistant.services import run_ingest

    embedder = embedder or FakeEmbedder()
    return run_ingest(settings, [str(p) for p in paths], embedder=lambda: embedder, **kw), embedder


def hit(council: str, number: str, text: str, rank: int = 1, similarity: float = 0.7):  # noqa: ANN201 - Hit
    """A search hit on a literal clause of `council` (for tests of answers and citations)."""
    from index.results import Hit
    from ingest.records import Clause

    clause = Clause(
        id=f"{council.lower()}:{number}",
        doc_id=council.lower(),
        council=council,
        document="Protocol",
        label=number,
        heading="",
        text=text,
        page=None,
        source="x.txt",
        start=0,
        end=len(text),
    )
    return Hit(clause, score=1.0 / rank, similarity=similarity, rank=rank)
