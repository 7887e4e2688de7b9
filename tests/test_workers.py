"""The archive is the same whatever the number of worker processes, and across runs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import ROOT, SEEDS, Ingest

CORPUS = [SEEDS, ROOT / "tests" / "heldout" / "dumps", ROOT / "tests" / "blind" / "dumps"]


def canonical(db: Path) -> list[str]:
    """Every article with its metadata, authors, body and copies (file, lines, match), and the
    learned boilerplate; ids left out only where they are not part of the content."""
    con = sqlite3.connect(db)
    arts: dict[int, dict[str, object]] = {}
    for aid, title, outlet, date, url, body in con.execute(
            "select a.id, a.title, o.name, a.published_on, a.url, a.body from articles a "
            "left join outlets o on o.id = a.outlet_id"):
        arts[aid] = {"id": aid, "title": title, "outlet": outlet, "date": date, "url": url, "body": body,
                     "authors": [], "copies": []}
    for aid, name in con.execute("select aa.article_id, au.name from article_authors aa join authors au "
                                 "on au.id = aa.author_id order by aa.article_id, aa.position"):
        arts[aid]["authors"].append(name)  # type: ignore[attr-defined]
    for cid, aid, path, pos, start, end, match, sim in con.execute(
            "select c.id, c.article_id, s.path, c.position, c.start_line, c.end_line, c.match, c.similarity "
            "from copies c join sources s on s.id = c.source_id order by c.id"):
        arts[aid]["copies"].append([cid, Path(path).name, pos, start, end, match, sim])  # type: ignore[attr-defined]
    learned = sorted(con.execute("select outlet_id, fingerprint, articles from learned_boilerplate"))
    return [json.dumps(a, sort_keys=True, default=str) for a in arts.values()] + [json.dumps(learned)]


def test_worker_count_does_not_change_the_archive(ingest: Ingest, tmp_path: Path) -> None:
    ingest(CORPUS, db=tmp_path / "one.sqlite", workers=1)
    ingest(CORPUS, db=tmp_path / "two.sqlite", workers=2)
    ingest(CORPUS, db=tmp_path / "three.sqlite", workers=3)
    one = canonical(tmp_path / "one.sqlite")
    assert len(one) > 90
    assert canonical(tmp_path / "two.sqlite") == one
    assert canonical(tmp_path / "three.sqlite") == one


def test_runs_are_reproducible(ingest: Ingest, tmp_path: Path) -> None:
    ingest([SEEDS], db=tmp_path / "a.sqlite")
    ingest([SEEDS], db=tmp_path / "b.sqlite")
    assert canonical(tmp_path / "a.sqlite") == canonical(tmp_path / "b.sqlite")


# Libraries a worker must not load for plain-text dumps: the HTML, WARC and feed readers (and
# their parsers), the encoding fallbacks, datasketch (whose constants the ingesting process
# hands over) with scipy, and the database layer. Each costs memory in every worker process.
NOT_FOR_TEXT = ("bs4", "trafilatura", "lxml", "warcio", "defusedxml", "ftfy", "charset_normalizer",
                "datasketch", "scipy", "sqlalchemy")


def test_a_worker_reading_text_digests_loads_no_html_or_database_library() -> None:
    import pickle
    import subprocess
    import sys

    from ingest.fingerprint import Sketch

    child = (
        "import pickle, sys\n"
        "from pathlib import Path\n"
        "from ingest import discover\n"
        "from ingest.config import IngestConfig\n"
        "from ingest.prepare import Prepared, Preparer\n"
        "prep = Preparer(IngestConfig(), pickle.loads(sys.stdin.buffer.read()))\n"
        f"for path in sorted(Path({str(SEEDS)!r}).iterdir()):\n"
        "    assert isinstance(prep(discover.read(str(path), 1 << 30)), Prepared)\n"
        f"print(' '.join(m for m in {NOT_FOR_TEXT!r} if m in sys.modules))\n"
    )
    sketch = pickle.dumps(Sketch.from_datasketch(128, 1))
    out = subprocess.run([sys.executable, "-c", child], input=sketch, capture_output=True, check=True)
    assert out.stdout.decode().split() == []
