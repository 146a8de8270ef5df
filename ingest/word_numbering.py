"""Word's automatic numbering: the "1.1", "(a)" and "iv." that Word draws in front of a paragraph
but never writes into its text. A protocol typed with numbered list styles would otherwise lose
every clause number. Pure: the numbering part's XML in, labels out.

Word keeps one counter per level for each list definition (`w:abstractNum`): lists (`w:num`) that
use the same definition continue each other, unless one restarts it (`startOverride`). A numbered
paragraph at level L adds one to L's counter and restarts the deeper levels; its label is the
level's `lvlText` ("%1.%2") with each %k the counter of level k-1 in that level's format
(decimal, letters, roman; all decimal for a "legal" level). Bullets and "none" give no number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText: "%1.%2", "(%3)"; "" shows nothing
    legal: bool = False  # isLgl: every number in the label in decimal ("PART I" then "1.1")


@dataclass
class Numbering:
    """The lists a document defines, and the counters as its paragraphs are read in order."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> levels
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, level) -> startOverride
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> level -> count

    def label(self, num_id: str, level: int) -> str | None:
        """The label Word shows for the next paragraph of list `num_id` at `level` ('2.3', 'b)'),
        '-' for a bullet, '' for a level that shows nothing, None when there is no such list."""
        abstract = self.nums.get(num_id, "")
        levels = self.abstract.get(abstract)
        if not levels or num_id in ("", "0"):
            return None
        restarted = any(key[0] == num_id for key in self.starts)
        counts = self.counters.setdefault(num_id if restarted else f"abstract:{abstract}", {})
        own = levels.get(level, Level())
        counts[level] = counts.get(level, self._start(num_id, level, own) - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        if own.fmt == "bullet":
            return "-"
        if own.fmt == "none" or own.text == "":
            return ""
        text = own.text if own.text is not None else f"%{level + 1}."
        for k in range(9, 0, -1):  # %10 does not exist: %1 .. %9
            if f"%{k}" in text:
                lvl = levels.get(k - 1, Level())
                n = counts.get(k - 1, self._start(num_id, k - 1, lvl))
                text = text.replace(f"%{k}", format_number(n, "decimal" if own.legal else lvl.fmt))
        return text.strip()

    def _start(self, num_id: str, level: int, lvl: Level) -> int:
        return self.starts.get((num_id, level), lvl.start)


def parse_numbering(xml: bytes) -> Numbering:
    """The numbering part (word/numbering.xml) as list definitions."""
    from io import BytesIO

    from lxml import etree

    out = Numbering()
    for _, el in etree.iterparse(BytesIO(xml), events=("end",), tag=(_W + "abstractNum", _W + "num"), **_XML_OPTIONS):
        if el.tag == _W + "abstractNum":
            levels: dict[int, Level] = {}
            for lvl in el.iter(_W + "lvl"):
                levels[int_or(lvl.get(_W + "ilvl"), 0)] = Level(
                    int_or(_val(lvl, "start"), 1),
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText"),
                    lvl.find(_W + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false", "off"),
                )
            out.abstract[el.get(_W + "abstractNumId") or ""] = levels
        else:
            num_id = el.get(_W + "numId") or ""
            out.nums[num_id] = _val(el, "abstractNumId") or ""
            for override in el.iter(_W + "lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    out.starts[(num_id, int_or(override.get(_W + "ilvl"), 0))] = int_or(start, 1)
        el.clear()
    return out


def _val(el: object, child: str) -> str | None:
    found = el.find(_W + child)  # type: ignore[attr-defined]
    return found.get(_W + "val") if found is not None else None


def int_or(value: str | None, default: int) -> int:
    """An attribute's integer value, or `default` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def format_number(n: int, fmt: str) -> str:
    """`n` in a list format: 'decimal', 'lowerLetter' (a, b, ... z, aa), 'upperLetter', 'lowerRoman',
    'upperRoman'; any other format (or a number out of range) as decimal."""
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letters = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= n < 4000:
        roman = ""
        for value, numeral in (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ):  # fmt: skip
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
