"""Author names as news databases write them: inverted ("Irving, Jack; Harper, Lucy") or with a
job title glued on without a comma ("Jane Roe Political Correspondent").

Shared by the ProQuest and Nexis Uni readers; the vocabulary (job-title nouns, and the words
that stand before them) comes from the byline data files, so users extend it there.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from ingest.bylines import Bylines
from ingest.formats.exports import byline_names

BYLINES_FILE = Path(__file__).parent.parent / "data" / "bylines.toml"
_INVERTED = re.compile(r"([^,\d]+),\s*([^,\d]+)")


@functools.lru_cache(maxsize=4)
def _title_words(path: Path = BYLINES_FILE) -> frozenset[str]:
    with open(path, "rb") as fh:
        return frozenset(w.lower() for w in tomllib.load(fh).get("job_title_words", []))


def strip_glued_title(name: str, bylines: Bylines) -> str:
    """'Chris Dunmore Political Correspondent' -> 'Chris Dunmore': a trailing job-title noun and
    the title words before it are cut, as long as two words of the name remain."""
    tokens = name.split()
    if len(tokens) < 3 or tokens[-1].lower() not in bylines.title_heads | bylines.titles:
        return name
    j = len(tokens) - 1
    while j > 2 and tokens[j - 1].lower() in _title_words():
        j -= 1
    return " ".join(tokens[:j])


def credited_names(value: str, bylines: Bylines) -> list[str]:
    """Names from a byline field, with job titles glued on without a comma cut off."""
    names = byline_names(value, bylines)
    if not names:  # the whole line read as a job description ("Jack Irving Health reporter")
        names = byline_names(strip_glued_title(" ".join(value.split()), bylines), bylines)
    out = [strip_glued_title(n, bylines) for n in names]
    # "JANE ROE Health Reporter": the name was shouted, the title not; the cut name is title-cased
    # as an all-capitals byline is (bylines.names).
    return [n.title() if n.isupper() and " " in n else n for n in out]


def inverted_names(value: str, bylines: Bylines) -> list[str]:
    """'Irving, Jack; Harper, Lucy' -> ['Jack Irving', 'Lucy Harper']. A name that is not
    inverted ('Jack Irving', 'By Jack Irving') is read as a byline."""
    names: list[str] = []
    for part in re.split(r"\s*;\s*", " ".join(value.split())):
        part = part.strip(" .")
        if not part:
            continue
        m = _INVERTED.fullmatch(part)
        if m and len(m.group(1).split()) <= 3 and len(m.group(2).split()) <= 3:
            part = f"{m.group(2).strip()} {m.group(1).strip()}"
        names.extend(credited_names(part, bylines))
    return names
