"""The browsable archive in a real headless browser: `newsarchive serve` over an archive
ingested from seeds/, driven by Chromium from the OS packages (issue 6).

Set NEWSARCHIVE_SCREENSHOTS=docs/screenshots to refresh the screenshots in the docs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from db.engine import make_engine
    from ingest.config import IngestConfig
    from ingest.pipeline import Pipeline
    from ingest.summary import Summary

    db = tmp_path_factory.mktemp("web") / "archive.sqlite"
    Pipeline(IngestConfig(db_url=f"sqlite:///{db}"), make_engine(f"sqlite:///{db}")).run([str(SEEDS)], Summary())
    port = _free_port()
    log = open(db.parent / "serve.log", "w")  # noqa: SIM115  # closed after the server stops
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingest", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("newsarchive serve did not start:\n" + (db.parent / "serve.log").read_text())
                time.sleep(0.3)
        yield base, db
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()


def chromium(url: str, screenshot: Path | None = None) -> str:
    """The DOM of `url` after Chromium loaded it (and a screenshot, if asked)."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        args = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--window-size=1280,1100", "--hide-scrollbars",
        ]
        if screenshot is not None:
            subprocess.run([*args, f"--screenshot={screenshot}", url], capture_output=True, timeout=90, check=True)
        done = subprocess.run([*args, "--dump-dom", url], capture_output=True, timeout=90, check=True, text=True)
    return done.stdout


def _shot(name: str, tmp_path: Path) -> Path:
    folder = os.environ.get("NEWSARCHIVE_SCREENSHOTS")
    return (ROOT / folder if folder else tmp_path) / name


def test_article_index_searches_and_facets(server: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = server
    shot = _shot("article-index-search.png", tmp_path)
    dom = chromium(f"{base}/archive/article_index?_search=Lavrov", shot)
    assert "Turkey Allied with Azerbaijan Against Armenia in Nagorno-Karabakh" in dom  # the Global Research article
    assert 'rows where search matches "Lavrov"' in dom
    for facet in ("outlet", "published_on", "authors"):
        assert f'data-column="{facet}"' in dom
    assert "Global Research" in dom and "Stephen Lendman" in dom
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_index_lists_every_article(server: tuple[str, Path]) -> None:
    base, _ = server
    dom = chromium(f"{base}/archive/article_index?_size=100")
    assert "18 rows" in dom
    assert "Voice of America" in dom and "Forbes" in dom


def test_search_page_highlights_matches(server: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = server
    dom = chromium(f"{base}/archive/search?q=Lavrov+-Lendman", _shot("search-page.png", tmp_path))
    assert "<mark>Lavrov</mark>" in dom
    assert "Stephen Lendman" not in dom  # the excluded author's article is gone


def test_article_page_is_readable(server: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = server
    dom = chromium(f"{base}/archive/article_index?_search=Dorian+Jones")
    start = dom.index("/archive/articles/")
    href = dom[start : dom.index('"', start)]
    page = chromium(base + href, _shot("article-page.png", tmp_path))
    assert 'class="na-body"' in page and page.count("<p>") > 5
    assert "Voice of America" in page  # the outlet's name, not its id
    assert "2 rows</a> from article_id in copies" in " ".join(page.split())  # links to both copies
