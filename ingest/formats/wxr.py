"""WordPress exports (WXR): RSS 2.0 with the `wp:` namespace, read by formats/feeds.py with
the fields WordPress adds, since an export is a site's database and not a feed:

- only published posts are articles: pages, attachments, menu items, revisions, drafts are
  rejections with their type or status as the reason (types and statuses in
  ingest/data/wordpress.toml);
- authors: `dc:creator` holds the author's *login*, mapped to the display name through the
  channel's `<wp:author>` entries; co-author terms (`<category domain="author">`, Co-Authors
  Plus) are the byline when present. A login with no display name stays out: a user name such
  as 'jdoe2' is no byline;
- date: `wp:post_date` is the site's local time, the date the site printed; `pubDate` and
  `wp:post_date_gmt` are UTC and fall on the day before for sites east of Greenwich;
- body: `content:encoded`, Gutenberg `<!-- wp:… -->` comments and classic-editor text alike
  (the HTML reader drops comments; classic text separates paragraphs by blank lines), with
  media blocks (a Gutenberg image with its caption) and shortcodes removed ([caption]s whole,
  other tags keeping their text).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "wordpress.toml"
WP_PREFIX = "{http://wordpress.org/export/"  # 1.0, 1.1 and 1.2 differ only in the version part
_NO_DATE = re.compile(r"^0000-00-00")  # an unpublished draft's date


@functools.lru_cache(maxsize=4)
def vocabulary(path: Path = DATA_FILE) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _wp(el: Element, name: str) -> str | None:
    """The text of the first `wp:name` child, whatever the export's WXR version."""
    for child in el:
        if child.tag.startswith(WP_PREFIX) and child.tag.endswith("}" + name):
            return (child.text or "").strip() or None
    return None


def is_wxr(channel: Element | None) -> bool:
    """A channel holding `wp:` elements (wxr_version, base_site_url, authors): a WordPress export."""
    return channel is not None and any(child.tag.startswith(WP_PREFIX) for child in channel)


@functools.lru_cache(maxsize=4)
def _shortcodes(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a dropped enclosing shortcode with its content, any other shortcode tag). A tag is
    told from bracketed prose ('[sic]', '[the minister]') by its shape: it has attributes
    (`[signup title="…"]`), is closed later in the text (`[quote]…[/quote]`) or stands alone
    on its line."""
    alt = "|".join(re.escape(n) for n in names)
    enclosed = re.compile(rf"\[(?P<n>{alt})\b[^\]]*\].*?\[/(?P=n)\]", re.S | re.I)
    tag = re.compile(
        r"\[[a-z][\w-]*\s+[\w-]+=[^\]\n]*\]"  # with attributes
        r"|\[(?P<p>[a-z][\w-]*)\](?=.*?\[/(?P=p)\])|\[/[a-z][\w-]*\]"  # an enclosing pair
        r"|^[ \t]*\[[a-z][\w-]*\][ \t]*$",  # alone on its line
        re.S | re.M | re.I,
    )
    return enclosed, tag


class WordPressExport:
    """The site-wide facts an item needs: who each login is (see module docstring)."""

    def __init__(self, channel: Element, path: Path = DATA_FILE) -> None:
        vocab = vocabulary(path)
        self.types = set(vocab["posts"]["types"])
        self.statuses = set(vocab["posts"]["statuses"])
        self.taxonomies = set(vocab["authors"]["taxonomies"])
        self.prefixes = tuple(vocab["authors"]["nicename_prefixes"])
        self.dropped = tuple(vocab["shortcodes"]["dropped"])
        blocks = "|".join(re.escape(b) for b in vocab["blocks"]["dropped"])
        self.media = re.compile(rf"<!--\s*wp:(?P<b>(?:{blocks})(?:/[\w-]+)?)\b.*?<!--\s*/wp:(?P=b)\s*-->", re.S)
        self.names: dict[str, str] = {}
        for author in (c for c in channel if c.tag.startswith(WP_PREFIX) and c.tag.endswith("}author")):
            login, name = _wp(author, "author_login"), _wp(author, "author_display_name")
            if login and name:
                self.names[login] = name

    def rejection(self, item: Element) -> str | None:
        """Why an item is not an article (its post type or status), or None for a published post."""
        kind = _wp(item, "post_type") or "post"
        if kind not in self.types:
            return f"WordPress export item of type {kind} (not a post)"
        status = _wp(item, "status") or "publish"
        if status not in self.statuses:
            return f"WordPress post with status '{status}' (not published)"
        return None

    def _login_name(self, login: str, nicename: str = "") -> str | None:
        if login in self.names:
            return self.names[login]
        for prefix in self.prefixes:
            if nicename.startswith(prefix) and nicename[len(prefix):] in self.names:
                return self.names[nicename[len(prefix):]]
        # A term or creator that is not a login of this site may be a written-out name
        # (a guest author's term); a bare login ('jdoe2') is not.
        return login if " " in login.strip() else None

    def authors(self, item: Element, creators: list[str]) -> list[str]:
        """Display names: the co-author terms when the item has any, else its dc:creator logins."""
        terms = [(c.text or "").strip() for c in item.findall("category") if c.get("domain") in self.taxonomies]
        nicenames = [c.get("nicename", "") for c in item.findall("category") if c.get("domain") in self.taxonomies]
        if terms:
            found = [self._login_name(t, n) for t, n in zip(terms, nicenames, strict=True)]
        else:
            found = [self._login_name(c) for c in creators]
        return [name for name in found if name]

    def date(self, item: Element) -> dt.date | None:
        """The post's local date (`wp:post_date`), None when the export gives none."""
        value = _wp(item, "post_date")
        if not value or _NO_DATE.match(value):
            return None
        try:
            return dt.datetime.fromisoformat(value).date()
        except ValueError:
            return None

    def markup(self, html: str) -> str:
        """The post's content without media blocks and shortcodes (see module docstring)."""
        enclosed, tag = _shortcodes(self.dropped)
        return tag.sub("", enclosed.sub("", self.media.sub("", html)))
