"""Source lines of media-monitoring items (BBC Monitoring style), see ingest/data/monitoring.toml.

'Source: Radio Ceredigion, Aberystwyth, in Welsh 0700 gmt 17 Oct 24' -> ('Radio Ceredigion',
2024-10-17). The date is day, abbreviated month and a two-digit year, which the general date
reader does not take (too ambiguous in running text); here the line's shape makes it certain.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from pathlib import Path

from ingest.dates import parse_date

DATA_FILE = Path(__file__).parent.parent / "data" / "monitoring.toml"
_DATE = re.compile(r"(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d{2}|\d{4})$")


@functools.lru_cache(maxsize=2)
def _source_line(path: Path = DATA_FILE) -> tuple[re.Pattern[str], re.Pattern[str]]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)["source_line"]
    labels = "|".join(re.escape(x) for x in data["labels"])
    media = "|".join(re.escape(x) for x in sorted(data["medium_words"], key=len, reverse=True))
    line = re.compile(
        rf"^(?:{labels})\s*:\s*(?P<outlet>[^,]{{2,80}}?)(?:,\s*(?P<place>[^,]{{2,60}}?))?,\s*"
        r"in\s+(?P<lang>[A-Z][\w -]{1,40}?)\s+(?:(?P<time>\d{4})\s*(?:gmt|utc)\s+)?"
        r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:\d{2}|\d{4}))\s*$", re.I)
    return line, re.compile(rf"\s+(?:{media})$")


def read_monitoring_source(s: str) -> tuple[str, dt.date | None] | None:
    """(outlet, date) of a monitoring source line, or None when the line has another shape."""
    line, medium = _source_line()
    m = line.match(s.strip())
    if m is None:
        return None
    outlet = medium.sub("", m.group("outlet").strip()).strip()
    if not outlet or not outlet[0].isupper():
        return None
    d = _DATE.search(m.group("date"))
    date = None
    if d:
        year = d.group(3) if len(d.group(3)) == 4 else f"20{d.group(3)}"
        date = parse_date(f"{d.group(1)} {d.group(2)} {year}")
    return outlet, date
