"""Pages saved from a web archive's playback: the archive's chrome taken off, the original
page and its original address given back.

A page saved from the Wayback Machine or archive.today is the publisher's page inside the
archive's own furniture, and that furniture states things about the *capture*, not the story:
the capture time (as archive.today's `article:published_time`, as the Wayback timestamp), the
archive as the site (`og:site_name` archive.ph), the archive's address as the canonical URL,
and texts that would become the body's first lines ('The Wayback Machine - https://web.…').
`unwrap` returns the page without them and the original URL, which the page reader takes as
the page's address when the page states none (so the host confirms the site's name in the
title, as for a crawled record):

- Wayback Machine (a "Save Page As" of a playback page): the toolbar between
  `<!-- BEGIN WAYBACK TOOLBAR INSERT -->` and its END comment, the playback scripts before
  `<!-- End Wayback Rewrite JS Include -->`, and the `/web/<timestamp><flag>/` prefix of every
  rewritten link (`im_`, `cs_`, `js_`…), so a rewritten canonical is the original again. An
  `id_` download is the page as served: nothing to take off.
- SingleFile (a browser extension's one-file save): no chrome, but its opening comment names the
  saved page's `url:`, the page's address when it states none (its `saved date` is no date).
- archive.today (archive.ph, .is, .li …): its `#HEADER` block ('Saved from', the capture
  date, 'All snapshots from host …'), its own `<head>` (only the original `<title>` is the
  page's: archive.today keeps no other original meta) and the `archive.ph/o/<id>/` prefix of
  every link. The original URL is the 'Saved from' field.
"""

from __future__ import annotations

import html as htmllib
import re

_WB_START = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
_WB_END = "<!-- END WAYBACK TOOLBAR INSERT -->"
_WB_JS_END = "<!-- End Wayback Rewrite JS Include -->"
_WB_ORIGINAL = re.compile(r"""__wm\.wombat\(\s*["'](https?://[^"']+)["']""")
_WB_PRINT = re.compile(r"The Wayback Machine - https?://web\.archive\.org/web/\d{1,14}[a-z_]*/(https?://[^\s<\"']+)")
# A rewritten link: '/web/20261121093015im_/https://…', 'https://web.archive.org/web/2026…/http://…'.
_WB_LINK = re.compile(r"(?:https?:)?(?://web\.archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?/(?=https?://|//)")
_WB_HEAD_START = re.compile(r"<head[^>]*>", re.I)

_AT_HOSTS = r"archive\.(?:today|ph|is|li|vn|md|fo)"
_AT_HEADER = re.compile(r"<div id=[\"']?HEADER\b", re.I)
_AT_CONTENT = re.compile(r"<div id=[\"']?CONTENT\b", re.I)
_AT_SAVED_FROM = re.compile(
    r"<input\b[^>]*\bname=[\"']?q[\"']?[^>]*\bvalue=[\"']([^\"']+)[\"']|"
    r"<input\b[^>]*\bvalue=[\"']([^\"']+)[\"'][^>]*\bname=[\"']?q\b", re.I)
_AT_LINK = re.compile(rf"https?://{_AT_HOSTS}/o/[A-Za-z0-9]+/(?=https?://)")
# SingleFile's comment over the saved page: 'Page saved with SingleFile / url: https://… / saved date: …'.
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(https?://\S+)", re.I)
_HEAD = re.compile(r"<head\b[^>]*>.*?</head>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>.*?</title>", re.I | re.S)


def unwrap(page: str) -> tuple[str, str | None]:
    """(the page without the archive's chrome, the original URL or None). A page from no
    archive comes back unchanged, with None."""
    if _WB_START in page or _WB_JS_END in page:
        return _wayback(page)
    head = page[:20_000]
    if "archive." in head and _AT_HEADER.search(head) and re.search(_AT_HOSTS, head):
        return _archive_today(page)
    if "SingleFile" in head and (saved := _SINGLEFILE.search(head)) is not None:
        return page, htmllib.unescape(saved.group(1))  # no chrome; the comment names the page saved
    return page, None


def _wayback(page: str) -> tuple[str, str | None]:
    m = _WB_ORIGINAL.search(page) or _WB_PRINT.search(page)
    original = htmllib.unescape(m.group(1)) if m else None
    start, end = page.find(_WB_START), page.find(_WB_END)
    if 0 <= start < end:
        page = page[:start] + page[end + len(_WB_END):]
    js_end = page.find(_WB_JS_END)
    head = _WB_HEAD_START.search(page, 0, js_end) if js_end >= 0 else None
    if head is not None:
        page = page[: head.end()] + page[js_end + len(_WB_JS_END):]
    return _WB_LINK.sub("", page), original


def _archive_today(page: str) -> tuple[str, str | None]:
    header, content = _AT_HEADER.search(page), _AT_CONTENT.search(page)
    if header is None or content is None or content.start() < header.start():
        return page, None  # not archive.today's layout after all: left as it is
    m = _AT_SAVED_FROM.search(page, header.start(), content.start())
    original = htmllib.unescape(m.group(1) or m.group(2)) if m else None
    if original is None or not original.startswith(("http://", "https://")):
        return page, None  # no 'Saved from' address in the header: not archive.today's chrome
    page = page[: header.start()] + page[content.start():]
    head = _HEAD.search(page)
    if head is not None:
        title = _TITLE.search(head.group(0))
        page = page[: head.start()] + "<head>" + (title.group(0) if title else "") + "</head>" + page[head.end():]
    return _AT_LINK.sub("", page), original


__all__ = ["unwrap"]
