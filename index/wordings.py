"""Wordings: clauses that say the same thing in the same or nearly the same words.

Councils copy model protocols. In an index of thousands of councils a question that names none
would otherwise get five copies of one clause under five councils' names, and the clause of the
council that first wrote it is as likely to be the sixth copy as the first. So, at ingest, the
whole-clause vectors are grouped: a clause joins the group of the first earlier clause whose
vector has cosine similarity >= `NEAR` with its own and whose words carry the same numbers,
negations and permissions (`signature`: "within 5 working days" and "within 10 working days"
are 0.994 apart, "must" and "must not" close too), else it starts a group (leader clustering:
every member a vector joins is near its group's first clause). A search over the whole index
then ranks wordings, not copies, and each result lists the other councils with that wording.
Adoption/review records and title pages are never grouped: each names its own council's dates.

The whole-clause vectors embed the clause with its heading, so the same clause under "8.0
Political Groups" in one protocol and "5. Party Groups" in another can fall below `NEAR`. So
clauses whose words are the same apart from the council's own name and type ("members of the
Parish Council" / "members of the Town Council", `wording_key`) join one group too (these
joins can link groups transitively: equal words are the same wording wherever they sit).

Stored as `wordings.npy`: for each FAISS vector id, the vector id of its group's first clause
vector, or -1 for vectors that are not a whole clause (sentences). numpy only, no pickle.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from index.layout import NUMPY_LOAD_LOCK

WORDINGS_NAME = "wordings.npy"
# Cosine similarity of whole-clause vectors that counts as "nearly the same wording". Chosen by
# reading every pair it joins in the five seed protocols (all are copies of one model clause:
# Battle 2.3 / Finmere 2.3 at 0.978, Battle 3.2 / Mumbles at 0.976) and none it should not.
NEAR = 0.97
NEIGHBOURS = 32  # nearest vectors looked at per clause (copies beyond these start their own group)


def leaders(
    matrix: np.ndarray,
    near: float = NEAR,
    neighbours: int = NEIGHBOURS,
    signatures: list[object] | None = None,
) -> np.ndarray:
    """For rows of unit vectors in order: each row's leader, the first row (at or before it) with
    inner product >= `near` that leads a group (and, given `signatures`, has an equal one); a row
    with none leads its own."""
    import faiss

    n = len(matrix)
    out = np.full(n, -1, dtype="int64")
    if n == 0:
        return out
    matrix = np.ascontiguousarray(matrix, dtype="float32")
    flat = faiss.IndexFlatIP(matrix.shape[1])
    flat.add(matrix)
    k = min(neighbours, n)
    scores, ids = flat.search(matrix, k)
    for i in range(n):
        if out[i] >= 0:
            continue
        out[i] = i
        for score, j in zip(scores[i], ids[i], strict=True):
            if j > i and score >= near and out[j] < 0 and (signatures is None or signatures[i] == signatures[j]):
                out[j] = i
    return out


# Words that name a council's type: a model clause copied by a parish and a town council differs
# in them ("the Parish Clerk" / "the Town Clerk") and is still the same wording.
COUNCIL_TYPES = frozenset(
    "parish town district borough community county city metropolitan unitary royal cyngor cymuned tref".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def wording_key(text: str, council: str) -> str:
    """A clause's words (numbers included), lower case, without punctuation and without the words
    of its council's name or any council type: equal keys are the same wording."""
    drop = COUNCIL_TYPES | set(_WORD.findall(council.lower()))
    return " ".join(w for w in _WORD.findall(text.lower()) if w not in drop)


def same_words(a: str, council_a: str, b: str, council_b: str) -> bool:
    """Two councils' texts in the same or nearly the same words, apart from their councils' names
    and types, case and punctuation: what a reader may be told is "the same wording" (a model
    clause copied, perhaps with a word changed: "can often confuse" / "can confuse"). Not when a
    number, a negation or a permission differs, nor when more than a few words do ("must
    register gifts" / "must declare gifts" is another rule)."""
    from difflib import SequenceMatcher

    ka, kb = wording_key(a, council_a), wording_key(b, council_b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if signature(ka) != signature(kb):
        return False

    def words(key: str) -> list[str]:  # list marks ("d.") aside, and "ward" / "wards" one word
        return [w.removesuffix("s") for w in key.split() if len(w) > 1]

    return SequenceMatcher(None, words(ka), words(kb), autojunk=False).ratio() >= NEAR_SAME_WORDS


# Share of words in the same order that makes "nearly the same words" (difflib's ratio): 0.94 for
# two copies of a model clause that differ in "often", "Council's"/"authority's" and "by"/"in";
# 0.89 for "must register gifts ... the Councillors' Code" / "must declare gifts ... the Code".
NEAR_SAME_WORDS = 0.92


# Words that turn a rule round or narrow it, and words that make it a permission: two clauses
# that differ in them say different things however close their vectors are. Synonyms of force
# ("should" / "ought to", "must not" / "shall not"), which councils swap when they copy a model
# protocol, do not count.
NEGATIONS = frozenset("not no never nor none nothing cannot without unless except only".split())
PERMISSIONS = frozenset("may can could might".split())


def signature(key: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """What two near vectors must share to be one wording, from a `wording_key`: the same numbers,
    the same negations (counted: "cannot" is a "not"), and whether it grants a permission."""
    words = key.split()
    numbers = tuple(sorted({w for w in words if w.isdigit()}))
    negations = tuple(sorted("not" if w == "cannot" else w for w in words if w in NEGATIONS))
    return numbers, negations, any(w in PERMISSIONS for w in words)


# Records that name one council's own facts: never grouped (index/catalogue.py kinds).
UNGROUPED_KINDS = frozenset({"dates", "front-matter"})


def wording_groups(
    matrix: np.ndarray,
    units: list[tuple[int, int, str]],
    unit_vec: dict[int, int],
    keys: dict[int, str] | None = None,
    near: float = NEAR,
    ungrouped: frozenset[int] = frozenset(),
) -> np.ndarray:
    """Per FAISS vector id: its group's first vector id, or -1 for vectors that are no clause's
    first (whole-clause) unit and for the clauses in `ungrouped` (rowids). `units` are (unit id,
    clause rowid, hash) in unit order; `keys` ({clause rowid: wording_key}) keep near vectors with
    other numbers or negations apart (`signature`) and join groups whose clauses have the same
    words."""
    first: dict[int, int] = {}
    for unit_id, rowid, _ in units:
        first.setdefault(rowid, unit_vec[unit_id])
    first = {r: v for r, v in first.items() if r not in ungrouped}
    whole = np.array(sorted(set(first.values())), dtype="int64")
    groups = np.full(len(matrix), -1, dtype="int64")
    if not len(whole):
        return groups
    signatures = None
    if keys:
        by_vec = {v: signature(keys[r]) for r, v in first.items() if keys.get(r)}
        signatures = [by_vec.get(v) for v in whole.tolist()]
    groups[whole] = whole[leaders(matrix[whole], near, signatures=signatures)]
    if keys:
        root = {int(v): int(g) for v, g in zip(whole.tolist(), groups[whole].tolist(), strict=True)}

        def find(g: int) -> int:
            while root[g] != g:
                root[g] = root[root[g]]
                g = root[g]
            return g

        by_key: dict[str, int] = {}
        for rowid, vec in sorted(first.items()):
            key = keys.get(rowid)
            if not key:
                continue
            a, b = find(vec), find(by_key.setdefault(key, vec))
            if a != b:
                root[max(a, b)] = min(a, b)  # the earlier group's first vector leads
        groups[whole] = [find(int(v)) for v in whole.tolist()]
    return groups


def row_groups(unit_rows: np.ndarray, unit_vecs: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """clause rowid -> the group of its whole-clause vector (its first unit), -1 for none or a row
    with no units; from the units' rows and vectors in unit order and `groups` (per vector)."""
    rows = unit_rows
    if len(rows) and bool((rows[1:] >= rows[:-1]).all()):  # the usual order: no sort needed
        first = np.flatnonzero(np.diff(rows, prepend=rows[0] - 1))
        distinct = rows[first]
    else:
        distinct, first = np.unique(rows, return_index=True)
    table = np.full(int(distinct.max()) + 1 if len(distinct) else 0, -1, dtype="int64")
    table[distinct] = groups[unit_vecs[first]]
    return table


def vector_heads(
    unit_rows: np.ndarray, unit_vecs: np.ndarray, by_row: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(vector, group, first row) for each wording among the clauses that use each vector, sorted
    by vector and within a vector in unit order; units in unit order, `by_row` from `row_groups`
    (a row in no group is a wording of its own, -1 - rowid)."""
    if not len(unit_rows):
        return (np.zeros(0, "int64"),) * 3
    rows, vecs = unit_rows, unit_vecs
    groups = by_row[rows]  # (built from these rows: every one is in it)
    ungrouped = groups < 0
    groups[ungrouped] = -1 - rows[ungrouped]
    # The first unit of each (vector, group) pair, then in unit order within each vector: one
    # int64 key per pair (groups shifted to be >= 0).
    shift = groups - groups.min()
    _, first = np.unique(vecs * (int(shift.max()) + 1) + shift, return_index=True)
    first.sort()
    first = first[np.argsort(vecs[first], kind="stable")]
    return vecs[first], groups[first], rows[first]


def save(groups: np.ndarray, path: Path) -> None:
    with path.open("wb") as f:
        np.save(f, groups.astype("int64"), allow_pickle=False)


def load(path: Path) -> np.ndarray | None:
    """The stored groups, or None for an index written before wordings existed."""
    if not path.exists():
        return None
    try:
        with NUMPY_LOAD_LOCK:  # (see index/layout.py)
            return np.load(path, allow_pickle=False)
    except (OSError, EOFError, ValueError) as exc:  # the caller reports a damaged index, naming the file
        raise ValueError(f"{path.name} cannot be read: {exc}") from exc
