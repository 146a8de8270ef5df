"""BM25 as sparse matrices, built once per index version and kept beside the vectors.

SQLite FTS5 scored every row that matched any word of an OR query: a question's glossary words
("officer OR staff OR member ...") match nearly every clause, so a query cost grew with the
corpus (33 ms per query at 1,000 protocols, about ten times that at 10,000). Here the BM25 weight
of every (text, term) pair is computed at ingest, so a query is a sum of a few sparse columns.

The scores are FTS5's for the texts and queries seen here: its tokens for English text
(unicode61: lower case, accents removed, split on anything not an ASCII letter or digit - FTS5
keeps letters such as ß or ø that this splits on), the same Porter stemmer, the same formula
(k1 = 1.2, b = 0.75, idf = log((N - n + 0.5) / (n + 0.5)), at least 1e-6), an OR query's
score the sum over its terms, a 2-3 word phrase scored as one term (only phrases that start
and end on a content word are indexed: the only ones a query asks for). One difference, on
purpose: N, n and the average length count each distinct text once, so a clause that a
thousand councils copied word for word does not make its own words look common.

Stored as `lexical.npz` (numpy arrays only, loaded without pickle).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.layout import NUMPY_LOAD_LOCK

LEXICAL_NAME = "lexical.npz"
LEXICAL_VERSION = "2"
K1, B = 1.2, 0.75
MAX_PHRASE = 3
_SPLIT = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - Stemmer.Stemmer
    import Stemmer

    return Stemmer.Stemmer("porter")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


def analyse(text: str) -> list[str]:
    """FTS5's 'porter unicode61' tokens of a text: lower case, accents removed, Porter stems."""
    folded = text.lower()
    if not folded.isascii():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return [_stem(w) for w in _SPLIT.split(folded) if w]


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    from index.query import STOPWORDS

    return frozenset(t for w in STOPWORDS for t in analyse(w))


def terms(tokens: Sequence[str]) -> list[str]:
    """Every token, and every run of 2-3 consecutive tokens that starts and ends on a content word
    (a phrase is one term; queries only ever ask for such phrases, index/query.py `phrases`)."""
    stop = _stop_stems()
    out = list(tokens)
    for size in range(2, MAX_PHRASE + 1):
        out += [
            " ".join(tokens[i : i + size])
            for i in range(len(tokens) - size + 1)
            if tokens[i] not in stop and tokens[i + size - 1] not in stop
        ]
    return out


class LexicalIndex:
    """BM25 weights of distinct texts (rows) by term (columns), and which clause rows hold each text."""

    def __init__(self, vocab: list[str], indptr: np.ndarray, indices: np.ndarray, data: np.ndarray,
                 text_rowids: np.ndarray, text_of: np.ndarray) -> None:  # fmt: skip
        self.vocab = {t: i for i, t in enumerate(vocab)}
        self._vocab_list = vocab
        n_texts = int(text_of.max()) + 1 if len(text_of) else 0
        # Compressed sparse columns (one per term): a query reads only its own terms' columns. Plain
        # numpy arrays, so answering a question never imports scipy (0.4 s of a cold start).
        self.n_texts = n_texts
        self.indptr, self.indices, self.data = indptr, indices, data
        self.text_rowids = text_rowids  # clause rowids, grouped by text ...
        self.text_of = text_of  # ... and the text each of them holds
        order = np.argsort(text_of, kind="stable")
        self._sorted_rowids = text_rowids[order]
        self._starts = np.searchsorted(text_of[order], np.arange(n_texts + 1))

    @classmethod
    def build(cls, bodies: Iterable[tuple[int, str]]) -> LexicalIndex:
        """From (clause rowid, searchable text) pairs."""
        from scipy.sparse import coo_matrix

        text_id: dict[str, int] = {}
        rowids, text_of = [], []
        for rowid, body in sorted(bodies):
            rowids.append(rowid)
            text_of.append(text_id.setdefault(body, len(text_id)))
        vocab: dict[str, int] = {}
        rows, cols, tfs, lengths = [], [], [], []
        for t, body in enumerate(text_id):
            tokens = analyse(body)
            lengths.append(len(tokens))
            counts: dict[int, int] = {}
            for term in terms(tokens):
                j = vocab.setdefault(term, len(vocab))
                counts[j] = counts.get(j, 0) + 1
            rows += [t] * len(counts)
            cols += list(counts)
            tfs += list(counts.values())
        n = len(text_id)
        length = np.asarray(lengths, dtype="float64")
        avg = float(length.mean()) if n else 1.0
        rows_a, cols_a, tf = np.asarray(rows, "int64"), np.asarray(cols, "int64"), np.asarray(tfs, "float64")
        df = np.bincount(cols_a, minlength=len(vocab)).astype("float64")
        idf = np.maximum(np.log((n - df + 0.5) / (df + 0.5)), 1e-6)
        norm = K1 * (1 - B + B * length[rows_a] / (avg or 1.0))
        data = (idf[cols_a] * tf * (K1 + 1) / (tf + norm)).astype("float32")
        matrix = coo_matrix((data, (rows_a, cols_a)), shape=(n, len(vocab))).tocsc()
        words = [""] * len(vocab)
        for term, j in vocab.items():
            words[j] = term
        return cls(words, matrix.indptr, matrix.indices, matrix.data,
                   np.asarray(rowids, "int64"), np.asarray(text_of, "int32"))  # fmt: skip

    # --- storage -----------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            np.savez(
                fh,
                version=np.array(LEXICAL_VERSION),
                # The terms as UTF-8 lines (a fixed-width string array is as wide as the longest term).
                vocab=np.frombuffer("\n".join(self._vocab_list).encode("utf-8"), dtype=np.uint8),
                indptr=self.indptr,
                indices=self.indices,
                data=self.data,
                text_rowids=self.text_rowids,
                text_of=self.text_of,
            )

    @classmethod
    def load(cls, path: Path) -> LexicalIndex | None:
        """The stored index, or None when there is none (an index built before it existed) or it is
        of another version."""
        if not path.exists():
            return None
        with NUMPY_LOAD_LOCK, np.load(path, allow_pickle=False) as z:  # (see index/layout.py)
            if str(z["version"]) != LEXICAL_VERSION:
                return None
            vocab = z["vocab"].tobytes().decode("utf-8").split("\n") if z["vocab"].size else []
            return cls(vocab, z["indptr"], z["indices"], z["data"], z["text_rowids"], z["text_of"])

    # --- search ------------------------------------------------------------------------------
    def has_word(self, word: str) -> bool:
        """Some indexed text uses `word` (in any form with its stem: "committees" for "committee")."""
        term = " ".join(analyse(word))
        return bool(term) and term in self.vocab

    def query_terms(self, words: Iterable[str]) -> dict[int, float]:
        """{column: multiplicity} for an OR query of words or phrases (each analysed like the texts)."""
        out: dict[int, float] = {}
        for word in words:
            term = " ".join(analyse(word))
            j = self.vocab.get(term)
            if j is not None and term:
                out[j] = out.get(j, 0.0) + 1.0
        return out

    def text_scores(self, query: dict[int, float]) -> np.ndarray:
        """BM25 score of every distinct text for {column: weight}."""
        if not query or self.n_texts == 0:
            return np.zeros(self.n_texts, dtype="float32")
        spans = [(self.indptr[j], self.indptr[j + 1], w) for j, w in query.items()]
        rows = np.concatenate([self.indices[a:b] for a, b, _ in spans])
        weights = np.concatenate([self.data[a:b] * np.float32(w) for a, b, w in spans])
        return np.bincount(rows, weights=weights, minlength=self.n_texts).astype("float32")

    def top(
        self,
        scores: np.ndarray,
        limit: int,
        rowids: frozenset[int] | None = None,
        wording: Callable[[int], int] | None = None,
    ) -> list[tuple[int, float]]:
        """The `limit` best clause rows (within `rowids` when given), best first; copies of one text
        together, in row order. With `wording` (row -> wording group), only the first row of each
        group counts: `limit` wordings rather than `limit` copies of one."""
        if rowids is not None:  # a scoped search: only the texts of the allowed rows count
            allowed = np.fromiter(rowids, dtype="int64")
            positions = np.minimum(np.searchsorted(self.text_rowids, allowed), max(len(self.text_rowids) - 1, 0))
            allowed = allowed[self.text_rowids[positions] == allowed] if len(self.text_rowids) else allowed[:0]
            positions = np.searchsorted(self.text_rowids, allowed)
            row_scores = scores[self.text_of[positions]]
            hit = row_scores > 0
            pairs = zip(allowed[hit].tolist(), row_scores[hit].tolist(), strict=True)
            return sorted(pairs, key=lambda x: (-x[1], x[0]))[:limit]
        nonzero = np.flatnonzero(scores > 0)
        if not len(nonzero):
            return []
        if len(nonzero) > limit and wording is None:  # only the best `limit` texts can fill `limit` rows
            nonzero = np.sort(nonzero[np.argpartition(-scores[nonzero], limit - 1)[:limit]])
        best = nonzero[np.argsort(-scores[nonzero], kind="stable")]
        out: list[tuple[int, float]] = []
        groups: set[int] = set()
        for t in best:
            rows = self._sorted_rowids[self._starts[t] : self._starts[t + 1]]
            if wording is not None:  # copies of one text share its wording: its first row stands for it
                group = wording(int(rows[0]))
                if group in groups:
                    continue
                groups.add(group)
                rows = rows[:1]
            out += [(int(r), float(scores[t])) for r in rows[: limit - len(out)]]
            if len(out) >= limit:
                break
        return out
