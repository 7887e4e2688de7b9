"""Small text helpers shared by the stages: space normalisation, markdown stripping and
line shapes (separator, time, URL, menu, tag list, bullet).

Shapes are judged on the form of a line, never on one outlet's words, so they carry over to
dumps nobody has seen yet.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# No-break, narrow no-break, thin, hair, figure, ideographic and zero-width spaces.
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r" {2,}")
# A character one of the first two substitutions above would change (one class: re scans for it
# quickly); a line without one, and without "  ", is left as it is by all three.
_ODD_OR_ZERO_WIDTH = re.compile(_ODD_SPACES.pattern[:-1] + _ZERO_WIDTH.pattern[1:])

# Link text and URL may not contain the bracket that opens them: "[[[[" or "<http://<http://" then
# fail at the next opener instead of rescanning to the end of the line (quadratic on long lines).
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")  # [text](url) -> text
# ![alt](target) -> nothing: an image is no text, its alt text a description (a clipper's note keeps
# '![Lorries queuing at Vuosaari](:/7a0e4c…)', Joplin's link to its resource; a caption, if any, follows).
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MD_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>")  # <http://x> -> http://x
# The span may not contain its own delimiter (tempered): an unclosed "**" then fails at the next
# delimiter instead of scanning to the end of the line, which made long lines quadratic.
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# '_emphasis_' (Markdown, and the italics of WhatsApp and Telegram messages): not inside a word,
# so snake_case names and links with underscores stay as they are.
_MD_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")

_QUOTED = re.compile(r"^(?:\s*>)+[ \t]?")  # "> " e-mail quoting (after any leading space str.strip() drops)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
# The local part starts where a run of its characters starts (not at every \b inside one):
# "1-1-1-…" without an "@" is then scanned once, not once per word (quadratic before).
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_SEPARATOR = re.compile(r"^\s*([-_=*~#•·+]\s*){1,}$")
_TIME = re.compile(
    r"^\s*(?:updated:?\s*|posted:?\s*|published:?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*)?\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*+]|-(?=\s)|–(?=\s)|—(?=\s)|\d{1,2}[.)](?=\s))\s*")
# What each shape's pattern allows as the first character after leading white space (digits
# and spaces aside): a test on it skips the regular expression for ordinary text, exactly.
SEPARATOR_FIRST = "-_=*~#•·+—–─━═"  # _SEPARATOR, _DECORATED and _DASH_RULE
TIME_FIRST = "uUpP"  # _TIME: "updated", "posted", "published" (case-insensitive), or a digit
BULLET_FIRST = "•·▪◦‣∙*+-–—"  # _BULLET, or a digit
WORD_RE = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def any_of(patterns: list[str], flags: int = re.I) -> re.Pattern[str]:
    """One pattern matching where any of `patterns` (a data file's list) does; an empty list
    matches nothing (an empty alternation would match everywhere)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)


def normalize_spaces(line: str) -> str:
    """Odd spaces become plain spaces, zero-width ones vanish, runs collapse, ends are trimmed."""
    if line.isascii():
        if "  " not in line and "\t" not in line:
            return line.strip()  # the common case, without three regex passes
    elif "  " not in line and (line.isprintable() or _ODD_OR_ZERO_WIDTH.search(line) is None):
        # typeset text (curly quotes, dashes) with ordinary spacing. Every odd or zero-width
        # space is unprintable (Zs, Cc or Cf), so a printable line holds none: isprintable()
        # scans twice as fast as the pattern's class, which is asked only when it fails.
        return line.strip()
    line = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", line))
    return _MULTI_SPACE.sub(" ", line).strip()


def strip_markdown(line: str) -> str:
    """Remove markdown link and emphasis syntax, keeping the visible text."""
    if "[" not in line and "*" not in line and "_" not in line and "<" not in line:
        return line
    if "![" in line:
        line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_ANGLE_URL.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    if "_" in line:
        line = _MD_UNDERSCORE.sub(r"\1", line)
    return _MD_EM.sub(r"\1", line) if "*" in line else line


@functools.lru_cache(maxsize=1 << 16)
def clean_line(line: str) -> str:
    """Markdown stripped and spaces normalised. Cached: header detection, bylines, metadata
    and cleaning all ask about the same lines, and the answer never changes."""
    if ">" in line:  # (the quoting pattern needs one)
        line = _QUOTED.sub("", line, count=1)
    return normalize_spaces(strip_markdown(line))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def fold(text: str) -> str:
    """Typographic folding for comparisons: curly quotes, dashes and case do not matter."""
    if text.isascii():
        return " ".join(text.lower().split())  # nothing to normalise or translate
    text = unicodedata.normalize("NFKC", text)
    # = text.translate(str.maketrans(_FOLD_MAP)), which looks every character up in a dict (~7 µs a
    # paragraph). Each replacement is ASCII, never a key, so replacing one character at a time is
    # the same mapping; a character's `in` test is a fast C scan, and most are absent.
    for char, plain in _FOLD_ITEMS:
        if char in text:
            text = text.replace(char, plain)
    return " ".join(text.lower().split())


_FOLD_MAP: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2026": "...",
}
_FOLD_ITEMS = tuple(_FOLD_MAP.items())


def is_blank(line: str) -> bool:
    return not normalize_spaces(line)


# Newsletters set rules in dashes or box-drawing characters ('————', '────', '━━━', '═══');
# three at least, so a lone dash stays what it was.
_DASH_RULE = re.compile(r"^[—–─━═]{3,}$")
_DECORATED = re.compile(r"^([-=*_~#+])\1{2,}\s*(.{0,60}?)\s*\1{3,}$")


def is_separator(line: str) -> bool:
    """A rule line: '-----', '* * *', '____', '=====' or a lone '*'; or a decorated one with a
    few words inside the rule: '--- Article 3 of 12 ---', '=== saved 14/03/22 ==='."""
    s = line.strip()
    if not s or s[0] not in SEPARATOR_FIRST:
        return False
    if _SEPARATOR.match(s) and not s.isalnum():
        return True
    if s[0] in "—–─━═":
        return _DASH_RULE.match(s) is not None
    m = _DECORATED.match(s)
    return m is not None and len(m.group(2).split()) <= 8


def is_time_line(line: str) -> bool:
    """A line that is only a clock time, maybe with am/pm and a zone: '03:25 PM', '5:35 pm IST'.
    The pattern's first character after white space is a digit or one of TIME_FIRST: most
    lines are answered by that test."""
    first = line[:1]
    if first.isspace():
        first = line.lstrip()[:1]  # (str.lstrip drops what the pattern's \s* does)
    if not first or (first not in TIME_FIRST and not first.isdecimal()):
        return False
    return bool(_TIME.match(line))


def is_url_line(line: str) -> bool:
    """A line that is nothing but one URL (bare, in <> or as a markdown link target). The URL
    then opens the line with 'http' or 'www.' in some case (no other character lower-cases to
    those), a test that answers most lines without the pattern."""
    s = clean_line(line).strip("<>()[] ")
    if s[:4].lower() not in ("http", "www."):
        return False
    m = URL_RE.fullmatch(s)
    return m is not None


def has_url_or_email(text: str) -> bool:
    """bool(URL_RE.search(text) or EMAIL_RE.search(text)), each search skipped when the text
    lacks what every match contains: "http" or "www." (in any case), or "@"."""
    if "@" in text and EMAIL_RE.search(text):
        return True
    # Lower-casing a copy and two substring scans (C's fast search) beat one case-insensitive
    # regex search for "http|www." by ~3x: measured, bench_stages.py --profile edges.
    lower = text.lower()
    return ("http" in lower or "www." in lower) and URL_RE.search(text) is not None


def is_menu_line(line: str) -> bool:
    """Navigation or platform lists: 'A | B | C', 'YouTube   Apple   Google   Spotify'."""
    if "|" not in line and "•" not in line and "·" not in line and "  " not in line and "\t" not in line \
            and "\u00a0" not in line:
        return False  # no column separators at all: prose
    raw = _ODD_SPACES.sub(" ", line).strip()
    parts = [p for p in re.split(r"\s*[|•·]\s*| {3,}", raw) if p.strip()]
    if len(parts) < 3:
        return False
    # "U.S." ends with a dot but is one word: only multi-word sentence-like items disqualify.
    return all(len(p.split()) <= 4 and not (SENTENCE_END.search(p) and len(p.split()) > 1) for p in parts)


# A table's cell boundary: a pipe (markdown, box drawing), a tab, or a column gap of 2+ spaces.
_CELL_SPLIT = re.compile(r"\s*[|│]\s*|\t+| {2,}")
MAX_CELL_WORDS = 5
# A cell that is a figure: '48,213.55', '+0.4%', '$12.44', '2-0', '3:05', '1.2M', or a dash for none.
_FIGURE_CELL = re.compile(r"^(?:[-+−–—]?[$€£¥]?\d[\d.,:/×x-]*[%kKmMbB]?|[-–—])$")


def table_row(line: str) -> bool:
    """A row of figures in a table ('| Dow | 48,213.55 | +0.4% |', 'Keyport   2-0   3-0',
    'Chehalis Valley    7  10   7   0  —  24'): three or more short cells, most of those after
    the first holding a figure. A menu ('Home | World | Sport') holds none; the row is text."""
    if "|" not in line and "  " not in line and "\t" not in line and "│" not in line:
        return False
    cells = [c for c in _CELL_SPLIT.split(_ODD_SPACES.sub(" ", line).strip()) if c.strip()]
    if len(cells) < 3 or any(len(c.split()) > MAX_CELL_WORDS for c in cells):
        return False
    numbered = [c for c in cells if _FIGURE_CELL.match(c)]
    if 2 * sum(1 for c in cells[1:] if _FIGURE_CELL.match(c)) <= len(cells) - 1:
        return False  # ('Jane Roe | 4 min read | Jun 3, 2024': a post's stamp line, words about figures)
    # ('1 | 2 | 3 | Next »', 'Page 1 | 2 | 3': pagination counts up, a table's figures do not)
    ints = [int(c) for c in numbered if c.isdigit() and len(c) <= 3]
    return not (len(ints) == len(numbered) and ints == list(range(ints[0], ints[0] + len(ints))))


def is_tag_line(line: str) -> bool:
    """A keyword list: 'Nagorno Karabakh, Turkey, Azerbaijan, Russia, Iran' (short capitalised items)."""
    if line.count(",") < 3:
        return False  # too few items (clean_line never adds a comma)
    s = clean_line(line)
    if SENTENCE_END.search(s) or ":" in s:
        return False
    parts = [p.strip() for p in s.split(",")]
    if len(parts) < 4 or any(not p for p in parts):
        return False
    return all(len(p.split()) <= 3 and (p[0].isupper() or p[0].isdigit()) for p in parts)


def bullet_text(line: str) -> str | None:
    """The text of a bulleted line, or None when the line has no bullet."""
    m = _BULLET.match(line)
    return line[m.end() :].strip() if m else None


def is_sentence_like(line: str) -> bool:
    """Prose: ends like a sentence, or is too long to be a heading."""
    s = clean_line(line)
    return bool(SENTENCE_END.search(s)) or len(s) > 160
