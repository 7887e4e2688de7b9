"""XML documents of items (feeds, wire XML) read safely, with the lines each item spans.

defusedxml refuses entity declarations and DTDs, so a document cannot expand itself ("billion
laughs") or reach outside the file; a tree builder notes the first and last line of every item,
which become the copies' `start_line`/`end_line`. Used by formats/feeds.py and formats/newsml.py.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser


class SpanBuilder(TreeBuilder):
    """A tree builder that remembers the first and last line of every item element. With
    `outermost`, an item inside another item is part of it (an NITF body inside a newsItem)."""

    def __init__(self, is_item: Callable[[str], bool], outermost: bool = False) -> None:
        super().__init__()
        self.is_item, self.outermost = is_item, outermost
        self.parser: DefusedXMLParser | None = None
        self.spans: list[tuple[int, int]] = []
        self._open: list[int] = []

    def _line(self) -> int:
        # defusedxml's parser is the pure-Python XMLParser, whose .parser is the expat object.
        return int(self.parser.parser.CurrentLineNumber) if self.parser is not None else 0

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        if self.is_item(tag):
            self._open.append(self._line())
        return super().start(tag, attrs)

    def end(self, tag: str) -> Element:
        if self.is_item(tag) and self._open:
            first = self._open.pop()
            if not (self.outermost and self._open):
                self.spans.append((first, self._line()))
        return super().end(tag)


def read_items(text: str, is_item: Callable[[str], bool], what: str,
               outermost: bool = False) -> tuple[Element, list[tuple[int, int]]]:
    """The document's root and each item's (first, last) line; ValueError naming `what` (the
    kind of document) when the XML is malformed or declares entities."""
    builder = SpanBuilder(is_item, outermost)
    parser = DefusedXMLParser(target=builder)
    builder.parser = parser
    try:
        parser.feed(text)
        root = parser.close()
    except DefusedXmlException as exc:
        raise ValueError(f"{what} refused: it declares XML entities or a DTD ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise ValueError(f"{what} is not well-formed XML: {exc}") from exc
    return root, builder.spans
