"""Synthetic council protocols made from the real ones, to test the index at 100-10,000 councils.

Councils copy model protocols: many clauses are word for word the same across councils, others
are lightly edited or reworded, some are dropped and sections get moved. `generate_corpus` imitates
that from the real protocols in `corpus/`:

- each synthetic protocol takes one real source (round robin over `sources`), keeps its structure
  (sections; numbered clauses, or paragraphs when the source numbers none) and numbering style;
- it moves some sections (renumbering sections and clauses consistently), drops `drop_share` of
  the clauses, keeps `identical_share` of the kept clauses word for word (whitespace aside),
  rewords `reword_share` (capped by what is left; word substitutions from `_SUBSTITUTIONS`, a sentence swap) and edits
  the rest lightly (one substitution, or one added sentence), so that no clause outside the
  identical share stays identical;
- the title line names a new council ("<Place> Parish Council Member/Officer Protocol") whose
  place name is built from syllables (`council_names`), never a source council's or a held-out council's; the
  source council's own name is replaced by it; "Adopted:" / "Next review:" lines carry
  plausible random dates.

Everything is determined by `seed`. Pure Python, no model: 10,000 files take a few seconds.

    python -m evals.synth --n 1000 --out /tmp/synth [--seed 0] [--identical-share 0.3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from evals.reserved import reserved_names_in

PROVENANCE_NAME = "provenance.jsonl"  # beside the files: not a protocol (ingest reads .txt, .html, .pdf, .docx)

# The source councils' own names: replaced in the text, never part of a synthetic name. Councils
# kept for the held-out evaluation are refused too (evals/reserved.py, by hash).
RESERVED_NAMES: tuple[str, ...] = ("Battle", "Finmere", "Mumbles", "Yateley")
_RESERVED_LOWER = tuple(n.lower() for n in RESERVED_NAMES)
_RESERVED_RE = re.compile(r"\b(" + "|".join(RESERVED_NAMES) + r")\b", re.I)

COUNCIL_TYPES: tuple[tuple[str, float], ...] = (
    ("Parish", 0.55),
    ("Town", 0.25),
    ("Community", 0.10),
    ("District", 0.05),
    ("Borough", 0.05),
)

# Place names: onset + optional middle + ending, sometimes with a prefix or an affix.
_ONSETS = (
    "Ash Ald Alder Bar Bex Birch Black Bram Brad Brent Brock Bur Cal Carl Chil Clay Cold Crew Dal Dun "
    "Eas Elm Fair Fen Frith Gar Glen Gold Grim Hal Hart Hazel Hol Ket Kel Kirk Lang Lark Lind Mar Mel "
    "Mill Nor Oak Ot Pen Pres Rad Rav Red Ring Rock Ros Sal Sand Shel Stan Stock Sud Swan Tam Thorn "
    "Tod Ux Wal War Wes Whit Wil Win Wood Wor Yar"
).split()
_MIDDLES = ("", "", "", "", "", "ing", "er", "en", "ling", "s", "den", "wel", "by")
_ENDINGS = (
    "ford ley ton bury wick by thorpe field stead well combe mouth minster bridge den hurst worth ham "
    "stow mere holme cote dale wood borough caster chester sey ing marsh burn low gate over hithe wich "
    "don more leigh"
).split()
_PREFIXES = ("Great", "Little", "Upper", "Lower", "Long", "North", "South", "East", "West", "Kings", "Much", "Nether")
_AFFIXES = ("on Sea", "St Mary", "Magna", "Parva", "on the Hill", "in the Vale")

_MONTHS = ("January February March April May June July August September October November December").split()


def _place_name(rng: random.Random) -> str:
    name = rng.choice(_ONSETS) + rng.choice(_MIDDLES) + rng.choice(_ENDINGS)
    roll = rng.random()
    if roll < 0.10:
        name = f"{rng.choice(_PREFIXES)} {name}"
    elif roll < 0.14:
        name = f"{name} {rng.choice(_AFFIXES)}"
    return name


def _acceptable(place: str) -> bool:
    low = place.lower()
    return (
        not re.search(r"(.)\1\1", low) and not any(r in low for r in _RESERVED_LOWER) and not reserved_names_in(place)
    )


def council_names(n: int, seed: int = 0) -> list[str]:
    """`n` distinct council names ("Ashford Parish Council", ...), the same for the same seed.

    Place names are distinct too, and none contains a reserved name (case-insensitively).
    """
    rng = random.Random(f"council-names:{seed}")
    kinds = [k for k, _ in COUNCIL_TYPES]
    weights = [w for _, w in COUNCIL_TYPES]
    seen: set[str] = set()
    names: list[str] = []
    attempts = 0
    while len(names) < n:
        attempts += 1
        if attempts > 50 * n + 1000:
            raise ValueError(f"cannot make {n} distinct place names from the syllable tables")
        place = _place_name(rng)
        if place in seen or not _acceptable(place):
            continue
        seen.add(place)
        names.append(f"{place} {rng.choices(kinds, weights)[0]} Council")
    return names


# ---------------------------------------------------------------------------------------------
# Parsing a real protocol into sections and clauses.


@dataclass
class Clause:
    number: str | None  # "2.3" as the source wrote it, or None for an unnumbered paragraph
    lines: list[str]  # first line is the clause text (without its number); then list items etc.
    mentions: bool = False  # names the source council or a reserved name (set by `parse_source`)
    subs: tuple[int, ...] = ()  # indices of the `_SUBSTITUTIONS` that apply to it

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Section:
    number: str | None
    heading: str
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class SourceProtocol:
    path: Path
    council: str | None  # "Battle Town Council"; None when the text names none
    name_patterns: list[tuple[re.Pattern[str], str]]  # (pattern, role): role in full/place/abbr
    heading_style: str  # "dot" ("1. X"), "dotzero" ("1.0 X"), "section" ("Section 1 X"), "markdown"
    numbered_clauses: bool
    sections: list[Section]

    @property
    def clause_count(self) -> int:
        return sum(len(s.clauses) for s in self.sections)


_SECTION_NUM = re.compile(r"^(?:Section\s+(\d{1,2})[.:]?\s*(?:[-\u2013:]\s*)?|(\d{1,2})(\.0?)\s+)(\S.*)$", re.I)
_CLAUSE_NUM = re.compile(r"^(?:[-*\u2022]\s*)?(\d{1,2}\.(?:[1-9]\d{0,2}|0\d{1,2}))\.?\s+(\S.*)$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_ITEM = re.compile(r"^(?:[-*\u2022]\s+|\(?[a-z]{1,2}[.)]\s|\(?[ivx]{1,5}[.)]\s)")
_NOISE = re.compile(
    r"^(?:\d{1,3}|page \d+( of \d+)?|adopted\b.*|updated\b.*|(?:next )?review(?:ed)?\b.*|date of adoption\b.*"
    r"|version \d+\b.*|this policy is to be reviewed\b.*|reviewed by\b.*)$",
    re.I,
)
_STOP = re.compile(r"^(amendment record|document control|version history)\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.:;!?\u201d\"')]$")


def _clean_line(line: str) -> str:
    line = line.replace("\t", " ").replace("\u00a0", " ")
    line = re.sub(r"\*\*(.*?)\*\*", r"\1", line)
    line = line.strip().strip("*").strip()
    return re.sub(r" {2,}", " ", line)


def _is_heading_text(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and len(text) <= 90 and not re.search(r"[.;:,!?]$", text)


def _source_council(path: Path) -> str | None:
    sidecar = path.with_suffix(".toml")
    name: str | None = None
    if sidecar.exists():
        try:
            name = tomllib.loads(sidecar.read_text(encoding="utf-8")).get("council")
        except tomllib.TOMLDecodeError:
            name = None
    if not name:
        stem = re.sub(r"[-_]?\d{4}$", "", path.stem)
        name = " ".join(w.capitalize() for w in re.split(r"[-_ ]+", stem) if w)
    if not name or name.lower().startswith("unnamed"):
        return None
    return name


def _name_patterns(council: str | None) -> list[tuple[re.Pattern[str], str]]:
    if not council:
        return []
    words = council.split()
    kinds = {"parish", "town", "community", "district", "borough", "city", "county", "council"}
    place = " ".join(w for w in words if w.lower() not in kinds)
    abbr = "".join(w[0] for w in words).upper()
    pats: list[tuple[re.Pattern[str], str]] = [(re.compile(re.escape(council), re.I), "full")]
    if place:
        pats.append((re.compile(r"\b" + re.escape(place) + r"\b", re.I), "place"))
    if len(abbr) >= 2:
        pats.append((re.compile(r"\b" + re.escape(abbr) + r"\b"), "abbr"))
    return pats


def parse_source(path: Path) -> SourceProtocol:
    """Split a real protocol into sections and clauses (see the module docstring)."""
    council = _source_council(path)
    lines = [_clean_line(raw) for raw in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    raw_lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    council_key = re.sub(r"\W+", " ", council or "").strip().lower()

    numbered_sections = any(_SECTION_NUM.match(ln) and _is_heading_text(_SECTION_NUM.match(ln)[4]) for ln in lines)
    style = "markdown"
    for ln in lines:
        m = _SECTION_NUM.match(ln)
        if m and _is_heading_text(m[4]):
            style = "section" if m[1] else ("dotzero" if m[3] == ".0" else "dot")
            break

    sections: list[Section] = []
    preamble: list[Clause] = []
    current: Section | None = None
    clause: Clause | None = None
    blank = True
    numbered_clauses = False

    def target() -> list[Clause]:
        return current.clauses if current is not None else preamble

    for raw, line in zip(raw_lines, lines, strict=True):
        if _STOP.match(line):
            break
        if not line:
            blank = True
            continue
        if _NOISE.match(line) or (council_key and re.sub(r"\W+", " ", line).strip().lower() == council_key):
            continue
        sec = _SECTION_NUM.match(line)
        md = _MD_HEADING.match(raw.strip())
        if sec and _is_heading_text(sec[4]):
            current = Section(sec[1] or sec[2], sec[4])
            sections.append(current)
            clause, blank = None, True
            continue
        if md and not numbered_sections:
            heading = _clean_line(md[1])
            if heading and "protocol" not in heading.lower() and not _name_is(heading, council_key):
                current = Section(None, heading)
                sections.append(current)
                clause, blank = None, True
            continue
        cl = _CLAUSE_NUM.match(line)
        if cl:
            numbered_clauses = True
            clause = Clause(cl[1], [cl[2]])
            target().append(clause)
            blank = False
            continue
        is_item = bool(_ITEM.match(line))
        if (
            clause is not None
            and (
                clause.number is not None  # everything up to the next number belongs to a numbered clause
                or is_item
                or not blank
                or (not _ENDS_SENTENCE.search(clause.lines[-1]) and line[:1].islower())
            )
        ):
            if is_item or (blank and _ENDS_SENTENCE.search(clause.lines[-1])):
                clause.lines.append(line)
            else:
                clause.lines[-1] = f"{clause.lines[-1]} {line}"
        else:
            clause = Clause(None, [line])
            target().append(clause)
        blank = False

    # Front matter (title lines, the council's name) is dropped; real prose before the first
    # heading becomes an introduction.
    intro = [c for c in preamble if len(c.text.split()) >= 12]
    if intro:
        sections.insert(0, Section(None, "Introduction", intro))
    sections = [s for s in sections if s.clauses]
    if not sections:
        raise ValueError(f"{path}: no sections or clauses found")
    source = SourceProtocol(path, council, _name_patterns(council), style, numbered_clauses, sections)
    for section in sections:
        for c in section.clauses:
            c.mentions = _mentions_names(c.text, source)
            c.subs = tuple(i for i, (pattern, _) in enumerate(_SUBSTITUTIONS) if pattern.search(c.text))
    return source


def _name_is(text: str, council_key: str) -> bool:
    return bool(council_key) and re.sub(r"\W+", " ", text).strip().lower() == council_key


# ---------------------------------------------------------------------------------------------
# Rewording.

_MEMBER_SWAP = {
    "Councillors": "Members",
    "Councillor": "Member",
    "Members": "Councillors",
    "Member": "Councillor",
    "councillors": "members",
    "councillor": "member",
}
_Replacement = str | Callable[[re.Match[str], "_DocContext"], str]

# (pattern, replacement): the word substitutions a council typically makes to a model text.
# Rewording applies a random subset of those that match; a light edit applies one.
_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], _Replacement], ...] = (
    (
        re.compile(
            r"\b(Councillors?|councillors?|Members?)\b(?![/\-])"
            r"(?!\s+of\s+(?:the\s+public|Parliament|staff))(?!'s\s+Code)"
        ),
        lambda m, ctx: _MEMBER_SWAP[m[1]],
    ),
    (re.compile(r"\b(?:Town|Parish) Clerk\b"), lambda m, ctx: ctx.clerk),
    (re.compile(r"\bshould not\b"), "ought not to"),
    (re.compile(r"\bshould\b(?! not)"), "ought to"),
    (re.compile(r"\bmust not\b"), "shall not"),
    (re.compile(r"\bstaff\b(?!\s+(?:member|employee))"), "employees"),
    (re.compile(r"\bChairm([ae])n\b"), lambda m, ctx: "Chair" if m[1] == "a" else "Chairs"),
    (re.compile(r"\b([Ww])hilst\b"), r"\1hile"),
    (re.compile(r"\be\.g\.(?=\s)"), "for example"),
    (re.compile(r"\bthe Council\b(?!'s)"), lambda m, ctx: f"the {ctx.kind} Council"),
)


def _apply(index: int, text: str, ctx: _DocContext) -> str:
    pattern, repl = _SUBSTITUTIONS[index]
    if isinstance(repl, str):
        return pattern.sub(repl, text)
    return pattern.sub(lambda m: repl(m, ctx), text)


_ADDED_SENTENCES = (
    "This applies equally to all employees of the Council.",
    "Any question about this should be raised with the Clerk.",
    "The Council will review this arrangement from time to time.",
    "Councillors and officers should bear this in mind at all times.",
    "Further guidance is available from the Clerk on request.",
    "This is consistent with the Council's Code of Conduct.",
)

_ABBREV_END = re.compile(r"\b(?:e\.g|i\.e|etc|Cllr|No|cf|viz)\.$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])")


def split_sentences(text: str) -> list[str]:
    """Sentences of one line of prose (abbreviations such as "e.g." do not end a sentence)."""
    parts: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if parts and _ABBREV_END.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


@dataclass
class _DocContext:
    place: str
    council: str
    kind: str  # Parish, Town, ...
    clerk: str
    source: SourceProtocol


def _replace_names(text: str, ctx: _DocContext) -> str:
    abbr = "".join(w[0] for w in ctx.council.split()).upper()
    for pat, role in ctx.source.name_patterns:
        repl = {"full": ctx.council, "place": ctx.place, "abbr": abbr}[role]
        text = pat.sub(lambda m, r=repl: r.upper() if m[0].isupper() and len(m[0]) > 3 else r, text)
    return _RESERVED_RE.sub(ctx.place, text)


def _mentions_names(text: str, source: SourceProtocol) -> bool:
    return bool(_RESERVED_RE.search(text)) or any(p.search(text) for p, _ in source.name_patterns)


def _add_sentence(lines: list[str], rng: random.Random) -> list[str]:
    sentence = rng.choice(_ADDED_SENTENCES)
    last = lines[-1]
    if _ITEM.match(last) or last.endswith(":") or len(lines) > 1:
        return [*lines, sentence]
    sep = " " if _ENDS_SENTENCE.search(last) else ". "
    return [*lines[:-1], f"{last}{sep}{sentence}"]


def _reword(lines: list[str], subs: Sequence[int], rng: random.Random, ctx: _DocContext, heavy: bool) -> list[str]:
    text = "\n".join(lines)
    if heavy:
        chosen = [i for i in subs if rng.random() < 0.7] or list(subs[:1])
        for i in chosen:
            text = _apply(i, text, ctx)
        out = text.split("\n")
        sentences = split_sentences(out[0])
        if len(sentences) >= 2 and not out[0].endswith(":") and (rng.random() < 0.6 or text == "\n".join(lines)):
            i = rng.randrange(len(sentences) - 1)
            sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
            out[0] = " ".join(sentences)
    else:
        if subs:
            text = _apply(rng.choice(subs), text, ctx)
        out = text.split("\n")
    if out == lines:
        out = _add_sentence(out, rng)
    return out


# ---------------------------------------------------------------------------------------------
# Generating documents.


@dataclass
class _DocStats:
    clauses: int = 0
    identical: int = 0
    reworded: int = 0
    edited: int = 0
    dropped: int = 0
    sections_moved: int = 0
    # Per clause written, in order: (source section index, source clause index, "identical" |
    # "reworded" | "edited", `text_key` of the text written): which real clause it came from.
    origins: list[tuple[int, int, str, str]] = field(default_factory=list)


def text_key(text: str, length: int = 80) -> str:
    """A clause's first letters and digits, lower case: finds a written clause again in the index
    (numbering, whitespace and punctuation aside)."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())[:length]


def _stochastic_round(x: float, rng: random.Random) -> int:
    base = int(x)
    return base + (rng.random() < x - base)


def _format_heading(style: str, number: int, heading: str) -> str:
    if style == "dotzero":
        return f"{number}.0 {heading}"
    if style == "section":
        return f"Section {number} {heading}"
    if style == "markdown":
        return f"## {heading}"
    return f"{number}. {heading}"


def _random_dates(rng: random.Random) -> tuple[str, str]:
    year = rng.randint(2012, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    adopted = date(year, month, day)
    review_year = year + rng.choice((1, 2, 2, 3, 4))
    review_month = rng.choice((month, rng.randint(1, 12)))
    adopted_text = f"{adopted.day} {_MONTHS[adopted.month - 1]} {adopted.year}"
    if rng.random() < 0.5:
        review_text = f"{_MONTHS[review_month - 1]} {review_year}"
    else:
        review_text = f"{rng.randint(1, 28)} {_MONTHS[review_month - 1]} {review_year}"
    return adopted_text, review_text


def synthesise(
    source: SourceProtocol,
    council: str,
    rng: random.Random,
    *,
    identical_share: float,
    drop_share: float,
    reword_share: float,
    reorder_prob: float = 0.5,
) -> tuple[str, _DocStats]:
    """One synthetic protocol's text for `council`, made from `source`."""
    stats = _DocStats()
    place, kind, _ = council.rsplit(" ", 2)
    ctx = _DocContext(place, council, kind, rng.choice(("Clerk", "Proper Officer")), source)

    # Which clauses survive: drop a share, but never empty a section.
    all_refs = [(si, ci) for si, s in enumerate(source.sections) for ci in range(len(s.clauses))]
    stats.clauses = len(all_refs)
    n_drop = min(_stochastic_round(drop_share * len(all_refs), rng), len(all_refs))
    dropped: set[tuple[int, int]] = set()
    remaining = [len(s.clauses) for s in source.sections]
    for si, ci in rng.sample(all_refs, len(all_refs)):
        if len(dropped) >= n_drop:
            break
        if remaining[si] > 1:
            dropped.add((si, ci))
            remaining[si] -= 1
    stats.dropped = len(dropped)
    kept = [r for r in all_refs if r not in dropped]

    # Which kept clauses stay identical, which are reworded; the rest are lightly edited.
    eligible = [r for r in kept if not source.sections[r[0]].clauses[r[1]].mentions]
    n_identical = min(_stochastic_round(identical_share * len(kept), rng), len(eligible))
    identical = set(rng.sample(eligible, n_identical))
    rest = [r for r in kept if r not in identical]
    n_reword = min(_stochastic_round(reword_share * len(kept), rng), len(rest))
    reworded = set(rng.sample(rest, n_reword))

    # Section order: sometimes swap a pair of sections (never the first) or move one.
    order = list(range(len(source.sections)))
    if len(order) >= 3 and rng.random() < reorder_prob:
        i = rng.randrange(1, len(order) - 1)
        if rng.random() < 0.5:
            order[i], order[i + 1] = order[i + 1], order[i]
        else:
            j = rng.randrange(1, len(order))
            order.insert(j, order.pop(i))
    stats.sections_moved = sum(1 for pos, si in enumerate(order) if pos != si)

    adopted, review = _random_dates(rng)
    out = [f"{council} Member/Officer Protocol", "", f"Adopted: {adopted}", f"Next review: {review}", ""]
    for new_s, si in enumerate(order, start=1):
        section = source.sections[si]
        heading = _replace_names(section.heading, ctx) if _mentions_names(section.heading, source) else section.heading
        out += [_format_heading(source.heading_style, new_s, heading), ""]
        new_c = 0
        for ci, clause in enumerate(section.clauses):
            ref = (si, ci)
            if ref in dropped:
                continue
            numbered = source.numbered_clauses and clause.number is not None
            new_c += numbered
            if ref in identical:
                lines = clause.lines
                stats.identical += 1
                how = "identical"
            else:
                lines = [_replace_names(ln, ctx) for ln in clause.lines] if clause.mentions else clause.lines
                heavy = ref in reworded
                lines = _reword(lines, clause.subs, rng, ctx, heavy)
                if lines == clause.lines:  # pragma: no cover - _reword always changes something
                    lines = _add_sentence(lines, rng)
                if heavy:
                    stats.reworded += 1
                else:
                    stats.edited += 1
                how = "reworded" if heavy else "edited"
            stats.origins.append((si, ci, how, text_key("\n".join(lines))))
            first = f"{new_s}.{new_c} {lines[0]}" if numbered else lines[0]
            out += [first, *lines[1:], ""]
    return "\n".join(out), stats


_HEADING_LINE = re.compile(r"^(?:#{1,6} |Section \d+ |\d{1,2}\.0? )")
_NUMBER_PREFIX = re.compile(r"^\d{1,2}\.(?:[1-9]\d{0,2}|0\d{1,2}) ")


def split_clauses(text: str) -> list[str]:
    """The clauses of a synthetic protocol (numbers stripped), in order; no title, dates or headings."""
    blocks = [b.strip() for b in text.split("\n\n")]
    out = []
    for block in blocks[2:]:  # title, then the dates block
        if not block or ("\n" not in block and _HEADING_LINE.match(block) and not _NUMBER_PREFIX.match(block)):
            continue
        out.append(_NUMBER_PREFIX.sub("", block, count=1))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class SyntheticProtocol:
    index: int
    council: str
    source: str  # the real protocol's file name
    text: str
    stats: _DocStats


def _check_shares(identical_share: float, drop_share: float, reword_share: float) -> None:
    for name, share in (("identical", identical_share), ("drop", drop_share), ("reword", reword_share)):
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"{name}_share must be within [0, 1], not {share}")


def iter_protocols(
    sources: Sequence[Path],
    n: int,
    *,
    seed: int = 0,
    identical_share: float = 0.3,
    drop_share: float = 0.15,
    reword_share: float = 0.3,
) -> Iterator[SyntheticProtocol]:
    """The `n` synthetic protocols of `generate_corpus`, in memory, in order.

    The first m protocols for n > m are the same as for n = m (same seed and settings).
    """
    if not sources:
        raise ValueError("no source protocols")
    _check_shares(identical_share, drop_share, reword_share)
    parsed = [parse_source(Path(p)) for p in sorted(sources, key=lambda p: Path(p).name)]
    for i, council in enumerate(council_names(n, seed)):
        source = parsed[i % len(parsed)]
        text, stats = synthesise(
            source,
            council,
            random.Random(f"synth:{seed}:{i}"),
            identical_share=identical_share,
            drop_share=drop_share,
            reword_share=reword_share,
        )
        yield SyntheticProtocol(i, council, source.path.name, text, stats)


def generate_corpus(
    sources: Sequence[Path],
    n: int,
    out_dir: Path,
    *,
    seed: int = 0,
    identical_share: float = 0.3,
    drop_share: float = 0.15,
    reword_share: float = 0.3,
) -> dict:
    """Write `n` synthetic protocols into `out_dir` (created if needed); return a manifest.

    The manifest: settings, `files` and `councils` (in order), the source of each file,
    clause counts (`clauses_source`, `clauses_kept`, `identical`, `reworded`, `edited`,
    `dropped`), `sections_reordered` (sections whose position changed) and
    `documents_reordered`, and `identical_share` actually produced (identical / kept clauses).
    """
    _check_shares(identical_share, drop_share, reword_share)
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(n)))

    files: list[str] = []
    names: list[str] = []
    doc_sources: list[str] = []
    totals: Counter[str] = Counter()
    # Which real clause each written clause came from (evaluation only: a reworded copy of the
    # gold clause is the same provision in other words): one JSON line per file.
    provenance = (out_dir / PROVENANCE_NAME).open("w", encoding="utf-8")
    for doc in iter_protocols(
        sources,
        n,
        seed=seed,
        identical_share=identical_share,
        drop_share=drop_share,
        reword_share=reword_share,
    ):
        stats = doc.stats
        filename = f"{doc.index:0{width}d}-{_slug(doc.council)}.txt"
        (out_dir / filename).write_text(doc.text + "\n", encoding="utf-8")
        files.append(filename)
        names.append(doc.council)
        doc_sources.append(doc.source)
        provenance.write(json.dumps({"file": filename, "source": doc.source, "clauses": stats.origins}) + "\n")
        totals.update(
            clauses_source=stats.clauses,
            clauses_kept=stats.clauses - stats.dropped,
            identical=stats.identical,
            reworded=stats.reworded,
            edited=stats.edited,
            dropped=stats.dropped,
            sections_reordered=stats.sections_moved,
            documents_reordered=int(stats.sections_moved > 0),
        )
    provenance.close()
    kept = totals["clauses_kept"]
    return {
        "n": n,
        "seed": seed,
        "out_dir": str(out_dir),
        "settings": {"identical_share": identical_share, "drop_share": drop_share, "reword_share": reword_share},
        "files": files,
        "councils": names,
        "sources": doc_sources,
        "counts": {
            k: totals[k]
            for k in (
                "clauses_source",
                "clauses_kept",
                "identical",
                "reworded",
                "edited",
                "dropped",
                "sections_reordered",
                "documents_reordered",
            )
        },
        "identical_share": totals["identical"] / kept if kept else 0.0,
        "seconds": time.perf_counter() - started,
    }


def summary(manifest: dict) -> str:
    c = manifest["counts"]
    by_source = Counter(manifest["sources"])
    lines = [
        f"{manifest['n']} synthetic protocols in {manifest['out_dir']} (seed {manifest['seed']}, "
        f"{manifest['seconds']:.1f} s)",
        "sources: " + ", ".join(f"{k} x{v}" for k, v in sorted(by_source.items())),
        f"clauses: {c['clauses_source']} in sources, {c['clauses_kept']} kept, {c['dropped']} dropped; "
        f"kept: {c['identical']} identical, {c['reworded']} reworded, {c['edited']} lightly edited",
        f"identical share {manifest['identical_share']:.3f} (asked {manifest['settings']['identical_share']})",
        f"sections moved: {c['sections_reordered']} in {c['documents_reordered']} documents",
        f"first councils: {', '.join(manifest['councils'][:3])}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    default_corpus = Path(__file__).resolve().parent.parent / "corpus"
    parser = argparse.ArgumentParser(prog="python -m evals.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of protocols to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--identical-share", type=float, default=0.3)
    parser.add_argument("--drop-share", type=float, default=0.15)
    parser.add_argument("--reword-share", type=float, default=0.3)
    parser.add_argument("--sources", type=Path, nargs="*", help=f"source .txt files (default: {default_corpus}/*.txt)")
    parser.add_argument("--manifest", type=Path, help="also write the manifest as JSON here")
    args = parser.parse_args(argv)
    sources = args.sources or sorted(default_corpus.glob("*.txt"))
    try:
        manifest = generate_corpus(
            sources,
            args.n,
            args.out,
            seed=args.seed,
            identical_share=args.identical_share,
            drop_share=args.drop_share,
            reword_share=args.reword_share,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    print(summary(manifest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def load_provenance(folder: Path, prefix: int = 40) -> dict[tuple[str, str], tuple[str, int, int, str]]:
    """{(file stem, first `prefix` characters of a clause's `text_key`): (source file, source
    section index, source clause index, how it was copied)} from a generated folder; {} without."""
    path = Path(folder) / PROVENANCE_NAME
    out: dict[tuple[str, str], tuple[str, int, int, str]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        stem = Path(row["file"]).stem
        for si, ci, how, key in row["clauses"]:
            out.setdefault((stem, key[:prefix]), (row["source"], si, ci, how))
    return out


def source_clauses_with(sources: Sequence[SourceProtocol], snippet: str) -> set[tuple[str, int, int]]:
    """The (source file, section index, clause index) of the real clauses, as the generator
    parsed them (`parse_source`), that contain `snippet` (letters and digits compared)."""
    want = text_key(snippet, length=10**6)
    found = set()
    for source in sources:
        for si, section in enumerate(source.sections):
            for ci, clause in enumerate(section.clauses):
                if want and want in text_key(clause.text, length=10**6):
                    found.add((source.path.name, si, ci))
    return found
