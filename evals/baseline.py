"""The textbook baseline a user would otherwise build: LangChain's RecursiveCharacterTextSplitter
(1000 characters, 200 overlap) over each document's raw text, the same embedding model, a flat
FAISS index, top k chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from index.embedder import Embedder
from ingest.loaders import load_pages


def _alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().replace("\u2019", "'"))


@dataclass
class Chunk:
    doc_id: str
    text: str
    key: str  # alphanumerics only, for matching against clauses


class TextbookBaseline:
    def __init__(self, files: dict[str, Path], embedder: Embedder) -> None:
        import faiss
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        self.chunks: list[Chunk] = []
        for doc_id, path in files.items():
            raw = "\n".join(p.text for p in load_pages(path))
            self.chunks += [Chunk(doc_id, t, _alnum(t)) for t in splitter.split_text(raw)]
        self.embedder = embedder
        vectors = embedder.embed([c.text for c in self.chunks])
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def search(self, query: str, k: int) -> list[Chunk]:
        scores, ids = self.index.search(self.embedder.embed([query]), k)
        return [self.chunks[i] for i in ids[0] if i >= 0]


def clause_units(text: str) -> list[str]:
    """Sentences and lines of a clause long enough to identify it (alphanumerics only)."""
    units = [_alnum(u) for u in re.split(r"(?<=[.;:!?])\s+|\n", text)]
    units = [u for u in units if len(u) >= 15]
    return units or [_alnum(text)]


def chunk_shows(chunk: Chunk, clauses: dict[tuple[str, str], list[str]]) -> set[tuple[str, str]]:
    """The clauses of which the chunk shows at least one whole sentence."""
    return {ref for ref, units in clauses.items() if ref[0] == chunk.doc_id and any(u in chunk.key for u in units)}
