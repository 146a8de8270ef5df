"""Councils kept for a held-out evaluation outside this repository. Nothing here may be named
for them or copy their pages, so the repository does not name them either: only the first 16 hex
digits of the SHA-256 of each lower-case name (and of its distinctive words) are kept, and
`reserved_names_in` finds them in any text by hashing its runs of one to four words."""

from __future__ import annotations

import hashlib
import re

RESERVED_SHA256 = frozenset(
    {
        "388f5df2f05e4de8",
        "3d4473f6e2acb6ac",
        "04491655f243dcdf",
        "b08f25d9041ce881",
        "55dfb52ca73c0e09",
        "29a502df04f3d07f",
        "d02c21619df36708",
        "7e11478e620ecb27",
        "9cafdb21fd8f2c41",
        "4e71b6f2b02ee235",
        "213ef6db30ede291",
        "df685173dd9b6bf4",
        "7af8da91a51950ee",
        "5d96ab16f0d89057",
        "75447b87539b5442",
        "4efc659d4b9e314b",
        "68e79a4121482ca7",
        "afce1d488f2bdff6",
        "8c3b3ed9aa148c09",
        "086c1a7256ebf7d6",
        "f261689de4b1de0e",
        "8a9acc8478c6ae48",
        "2fb594b46cd69fc1",
        "59aa2c3b7d05cd75",
        "d2263b3772d959f6",
        "203b449b002dd1a3",
        "336f7a9206da99e3",
        "f8ad5ab477699fcb",
        "c86133e19268c176",
        "d378a6bf5a7d4d68",
        "931f8f49021b1de7",
    }
)


def _key(words: str) -> str:
    return hashlib.sha256(words.encode()).hexdigest()[:16]


def reserved_names_in(text: str) -> list[str]:
    """The runs of words in `text` that name a reserved council (as they appear, lower-cased)."""
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    found = []
    for size in (1, 2, 3, 4):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i : i + size])
            if _key(run) in RESERVED_SHA256:
                found.append(run)
    return found
