"""Learning boilerplate from repetition across an outlet's articles.

A paragraph standing at the head or tail of several *distinct* articles of one outlet is that
outlet's boilerplate (a footer, a plea, a standard intro). Distinct articles, not copies: an
article pasted twice repeats itself without making its own text boilerplate. Counts live in
the database, so a footer learned from last year's dumps is stripped from today's, and articles
stored before a paragraph was learned are re-cleaned when it is.

Two stories of one outlet also share real text: a background paragraph repeated in a follow-up,
the note of a weekly template report, a quote. Repetition alone cannot tell those from a footer
seen twice, so the evidence asked for depends on how the paragraph reads (cue lists in
ingest/data/furniture.toml):
- it reads like furniture (a rights, credit, subscription or disclaimer cue, a URL or e-mail
  address, a short line that is no sentence, the outlet's own name or its "we"/"our"): learned
  from `repeat_min_articles` distinct articles, wherever it stands among the first or last
  `edge_paragraphs`, as before;
- it reads like content (prose without such cues, and anything that quotes or reports speech):
  counted only where fewer than `content_edge_paragraphs` substantial paragraphs (not short
  lines or links) stand between it and the head or tail (furniture sits at the edge, shared
  text deeper in), and learned from `repeat_min_articles + repeat_content_extra`
  carriers that are not near-siblings: template stories ("Boil order: Day 2 update", "... Day 3
  update") share their notes because they share a template, so carriers whose titles are equal
  but for numbers (or nearly equal) count once. Content that states a figure is never learned:
  a series of stories repeats its background facts ("Ireland's quota for 2027 is due to fall by
  19 per cent …") in a first story, its follow-up and the one after, three carriers with
  titles of their own, while an outlet's furniture that prints a figure (a price, a phone
  number, a year of rights) carries a furniture cue and reads as furniture.
Furniture whose numbers change from article to article (a support pitch that counts its
members, "2 of 3 free stories", "Listen · 3:42") never repeats exactly, so a paragraph that
states a figure near an edge also counts under its *shape*: its folded text with every run of
digits masked (`shape_fingerprint`). A shape is learned only when it reads like furniture and
from one carrier more than an exact repeat needs (masking widens what counts as "the same", so a
pair of articles is never enough); text that reads like content is never learned by shape, so a
series' background paragraph or a shared quote stays whatever its numbers.
Order: whether a paragraph is learned is decided when a new carrier is stored, with the carriers
and titles stored by then; the decision is monotone in the carriers (more carriers never unlearn),
so the final state depends on the order of the input only through dedup's choice of which copy
comes first and the title each article holds when the check runs.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from ingest.clean import TRAILER_CONTENT_WORDS, WEAK_WORDS, fingerprint, not_only_plain_spaces, quick_fold
from ingest.config import CleanConfig
from ingest.text import SENTENCE_END, WORD_RE, has_url_or_email, is_url_line, words

NEVER = 1 << 62  # carriers asked of a paragraph that is never boilerplate
MAX_EDGE_WORDS = 100  # the longest boilerplate paragraph worth learning (a fair-use notice)
SIBLING_TITLES = 0.6  # word-set Jaccard (numbers left out) at which two titles name one template
QUOTE_MARKS = "\"“”„«»"  # quotation marks: a paragraph quoting someone is a story's text
_MEMO_MAX = 1 << 15  # paragraphs whose reading edges() remembers (a few MB); then it starts over
_DIGIT = re.compile(r"\d")
# Furniture whose figures change is a line or two ("Stories like this exist because 4,112 readers
# chip in. Join them at …", "Listen · 3:42"); a longer paragraph that states figures near an edge
# is a lede or a closing fact, whose shape would only add rows to the edge index (every edge
# key is a row the writer stores and counts).
SHAPE_MAX_CHARS = 280
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")  # "3,206", "3:42", "11.5": one number, one mask


def shape_fingerprint(text: str) -> str:
    """Identity of a paragraph with its numbers masked ("paid for by 3,206 readers" and "... by
    3,219 readers" are one shape); salted so that no shape equals an exact fingerprint."""
    masked = _NUMBER.sub("#", quick_fold(text))
    return hashlib.blake2b(masked.encode(), digest_size=8, person=b"shape").hexdigest()


def _quoting(text: str) -> bool:
    """A paragraph that FurnitureCues.reads_like_content calls content for every outlet, by its
    quotation marks: its shape can never be learned (`needed`), so it needs no key. (Half the
    shape keys of news prose were quoting ledes and closing quotes.)"""
    if not any(q in text for q in QUOTE_MARKS):
        return False
    return not (has_url_or_email(text) or (" " not in text.strip() and is_url_line(text)))


def is_learned(text: str, learned: set[str]) -> bool:
    """The paragraph was learned, exactly or (when it states a figure) by its shape."""
    return fingerprint(text) in learned or (_DIGIT.search(text) is not None and shape_fingerprint(text) in learned)


class RepetitionLearner:
    def __init__(self, cfg: CleanConfig, weak: Callable[[str], bool]) -> None:
        self.min_articles = cfg.repeat_min_articles
        self.content_articles = cfg.repeat_min_articles + cfg.repeat_content_extra
        self.edge = cfg.edge_paragraphs
        self.content_edge = cfg.content_edge_paragraphs
        self.cues = FurnitureCues.load((*cfg.furniture_files, *cfg.rule_files))
        self.weak = weak
        # Paragraph -> cues.reads_like_content(paragraph, None): the answer depends on the text
        # alone, and texts recur (each copy of a story brings its paragraphs again).
        self._content: dict[str, bool] = {}

    def edges(self, paragraphs: list[str], tables: Collection[int] = ()) -> dict[str, str]:
        """Fingerprint -> text of the head and tail paragraphs that may be furniture: short
        enough (footers, pleas and disclaimers run to a few dozen words; long paragraphs are
        stories), and, if they read like content, near the head or tail (`_near_edge`).
        `tables`: indexes of a table's rows and the lines beside it (CleanArticle.tables), which
        a daily report repeats under other figures ('Index Close Change'): never furniture."""
        n = len(paragraphs)
        # A body of at most 2 * edge paragraphs is all head and tail: taking its paragraphs once
        # each gives the same dict (same keys in the same order, each with its last paragraph).
        if n <= 2 * self.edge:
            picked = list(enumerate(paragraphs))
        else:
            tail = paragraphs[-self.edge :]
            picked = [*enumerate(paragraphs[: self.edge]), *enumerate(tail, n - len(tail))]
        out: dict[str, str] = {}
        head_reach = tail_reach = -1  # computed on first need (see _reach)
        for i, p in picked:
            if not _at_most_edge_words(p) or (tables and i in tables):
                continue
            if head_reach < 0:
                head_reach, tail_reach = self._reach(paragraphs)
            # _near_edge(i): i <= head_reach or i >= tail_reach, from one walk in from each end.
            deep = head_reach < i < tail_reach
            if deep and self._reads_like_content(p):
                continue
            out[fingerprint(p)] = p
            if not deep and len(p) <= SHAPE_MAX_CHARS and _DIGIT.search(p) and not _quoting(p):
                # Near the edge, furniture's changing numbers: counted by shape too (see above).
                out[shape_fingerprint(p)] = p
        return out

    def _reads_like_content(self, text: str) -> bool:
        """cues.reads_like_content(text, None), remembered."""
        memo = self._content
        found = memo.get(text)
        if found is None:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            found = memo[text] = self.cues.reads_like_content(text, None)
        return found

    def _reach(self, paragraphs: list[str]) -> tuple[int, int]:
        """(h, t) such that `_near_edge(paragraphs, i)` is `i <= h or i >= t`: h is the index of the
        `content_edge`-th substantial paragraph from the head (fewer than that many stand before
        any paragraph up to it; len(paragraphs) when there are not that many), t the same from the
        tail (-1 when there are not that many). One walk from each end instead of one per
        paragraph asked about."""
        k, n = self.content_edge, len(paragraphs)
        head, found = n, 0
        for j in range(n):
            found += not _light(paragraphs[j])
            if found == k:
                head = j
                break
        tail, found = -1, 0
        for j in range(n - 1, -1, -1):
            found += not _light(paragraphs[j])
            if found == k:
                tail = j
                break
        return head, tail

    def _near_edge(self, paragraphs: list[str], i: int, light: dict[int, bool]) -> bool:
        """Fewer than `content_edge` substantial paragraphs stand between paragraph i and the head
        or the tail. Short lines and links do not count: a page's footer blurb is often followed
        by "Share this:", "Like this:" and a list of related titles, and is still its edge.
        (edges() asks `_reach` instead; this is the definition, kept for the tests.)"""
        k = self.content_edge
        for step in (-1, 1):
            found, j = 0, i + step
            while found < k and 0 <= j < len(paragraphs):
                if j not in light:
                    light[j] = _light(paragraphs[j])
                found += not light[j]
                j += step
            if found < k:
                return True
        return False

    def needed(self, text: str, outlet: str | None, shape: bool = False) -> tuple[int, bool]:
        """How many distinct carriers `text` needs to be learned, and whether near-sibling
        carriers (template stories) count once. `shape`: counted with its numbers masked."""
        if shape:
            if self.cues.reads_like_content(text, outlet):
                return NEVER, True
            return self.min_articles + 1, False
        if self.cues.reads_like_content(text, outlet):
            if any(c.isdigit() for c in text):
                return NEVER, True  # a fact a series repeats ('the quota is due to fall by 19 per cent')
            return self.content_articles, True
        return self.min_articles, False

    @staticmethod
    def independent(titles: Iterable[str | None], need: int) -> bool:
        """Whether the carriers' titles hold `need` that are pairwise no near-siblings (equal but
        for numbers, or nearly so); an article without a title stands alone. Taken in the order
        given (the store gives article order) and stopping once enough are found, so a paragraph
        on a thousand template stories costs a thousand titles at most, not a million pairs."""
        chosen: list[frozenset[str]] = []
        for title in titles:
            key = _title_words(title)
            if not key or not any(len(key & c) >= SIBLING_TITLES * len(key | c) for c in chosen):
                chosen.append(key)
                if len(chosen) >= need:
                    return True
        return False

    def strip(self, paragraphs: list[str], learned: set[str]) -> tuple[list[str], int]:
        """Remove learned paragraphs that form the head run or the tail run of a body (weak
        lines may sit among them in the tail); returns the body and how many were removed."""
        if not learned:
            return paragraphs, 0
        start = 0
        while start < len(paragraphs) and is_learned(paragraphs[start], learned):
            start += 1
        body = paragraphs[start:]
        cut, content_after = len(body), 0
        for i in range(len(body) - 1, -1, -1):
            if is_learned(body[i], learned):
                # A learned paragraph that reads like content (a series' shared background
                # paragraph) is no footer: real text after it ends the tail run, where a
                # footer may enclose a short line of it ("Share this", a teaser).
                if content_after <= TRAILER_CONTENT_WORDS and not (content_after and self._reads_like_content(body[i])):
                    cut = i
            elif not self.weak(body[i]):
                content_after += len(words(body[i]))
                if content_after > TRAILER_CONTENT_WORDS:
                    break
        return body[:cut], start + len(body) - cut


class FurnitureCues:
    """The cue lists of ingest/data/furniture.toml (and of any rule file with a [furniture] table)."""

    def __init__(self, cues: Iterable[str], self_reference: Iterable[str], speech: Iterable[str]) -> None:
        self.cue = _Phrases(p.lower() for p in cues)
        self.speech = _Phrases(p.lower() for p in speech)
        # Matched in the text as written: "we"/"We" but not "US"; the outlet's name is matched per call.
        self.pronoun = _Phrases(v for w in self_reference for v in (w.lower(), w.capitalize()))

    @classmethod
    def load(cls, files: Iterable[Path]) -> FurnitureCues:
        lists: dict[str, list[str]] = {"cues": [], "self_reference": [], "speech": []}
        for path in files:
            try:
                with open(path, "rb") as fh:
                    table = tomllib.load(fh).get("furniture", {})
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ValueError(f"{path}: cannot read furniture cues ({exc})") from exc
            for key, found in lists.items():
                values = table.get(key, [])
                if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                    raise ValueError(f"{path}: [furniture] {key} must be a list of non-empty strings")
                found += values
        return cls(lists["cues"], lists["self_reference"], lists["speech"])

    def reads_like_content(self, text: str, outlet: str | None) -> bool:
        """True for prose that carries no furniture cue, and for anything quoting or reporting
        speech; False for a paragraph that reads like an outlet's furniture. `outlet` (the
        outlet's name, when known) counts as a cue: furniture names its own publication."""
        if has_url_or_email(text) or (" " not in text.strip() and is_url_line(text)):
            return False  # (a line that is one URL has no space: most paragraphs skip the test)
        if any(q in text for q in QUOTE_MARKS):
            return True  # (before the word scan, which a quoting paragraph does not need)
        tokens = WORD_RE.findall(text)
        lower = text.lower()
        folded = set(map(str.lower, tokens))
        if self.speech.found(folded, lower):
            return True
        if self.cue.found(folded, lower):
            return False
        if len(tokens) <= WEAK_WORDS and (not SENTENCE_END.search(text) or _trails_off(text)):
            return False  # a label, a credit line ("Editor: Jane Roe") or "Loading...", not a sentence
        if self.pronoun.found(set(tokens), text):
            return False
        return not (outlet and _names(text, outlet))


class _Phrases:
    """Whole-word, case-sensitive phrase lookup without one large alternation (which cost ~200 µs
    a paragraph, and edges() asks about every deep head and tail paragraph): one-word phrases
    are a set looked up by the text's words; longer phrases are filed under their first word
    and confirmed by a pattern only when that word occurs; phrases that open with a sign ("©")
    are searched as substrings."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.by_first: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self.signs: list[str] = []
        for phrase in sorted({p.strip() for p in phrases if p.strip()}):
            first = WORD_RE.match(phrase)
            if first and first.end() == len(phrase):
                self.words.add(phrase)
            elif first:
                tail = r"\b" if re.search(r"\w$", phrase) else ""
                pattern = re.compile(r"\b" + re.escape(phrase) + tail)
                self.by_first.setdefault(first.group(), []).append((phrase, pattern))
            else:
                self.signs.append(phrase)

    def found(self, words: set[str], text: str) -> bool:
        """Whether a phrase occurs in `text`, whose words are `words` (both written as the phrases
        are: lower-cased for lower-case phrases)."""
        if not self.words.isdisjoint(words):
            return True
        for sign in self.signs:
            if sign in text:
                return True
        for first in self.by_first.keys() & words:
            for phrase, pattern in self.by_first[first]:
                if phrase in text and pattern.search(text):  # the substring test spares most searches
                    return True
        return False


def _trails_off(text: str) -> bool:
    """Ends in an ellipsis ("Loading...", "Read on…"): a cut-off line, not a finished sentence."""
    return text.rstrip("\"'”’)]").endswith(("...", "…"))


def _light(text: str) -> bool:
    """A short line or a link: no substantial paragraph (words counted by spaces, which is
    cheap and close enough to the cleaner's `weak` for telling depth)."""
    return _at_most_split_words(text, WEAK_WORDS) or has_url_or_email(text)


def _names(text: str, outlet: str) -> bool:
    """The paragraph names the outlet ("The Lakeside Courier has covered ..."), with or
    without a leading article; names shorter than four letters are too likely to be words."""
    name = re.sub(r"^(the|die|der|das|le|la|les|el|il|de|het)\s+", "", outlet.strip(), flags=re.I)
    if len(name) < 4:
        return False
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I) is not None


def _title_words(title: str | None) -> frozenset[str]:
    """A title's words without numbers: "Kaub gauge at 126 cm" and "... at 117 cm" are one."""
    if not title:
        return frozenset()
    return frozenset(w.lower() for w in words(title) if not any(c.isdigit() for c in w))


def _at_most_edge_words(text: str) -> bool:
    """len(text.split()) <= MAX_EDGE_WORDS."""
    return _at_most_split_words(text, MAX_EDGE_WORDS)


def _at_most_split_words(text: str, limit: int) -> bool:
    """len(text.split()) <= limit, mostly without splitting: n words take at least 2n - 1
    characters, so a short text needs no count; a text whose only white space is single plain
    spaces inside it (a clean paragraph, nearly always) has one word more than it has spaces;
    anything else is split no further than the limit. (Splitting a non-ASCII text costs ~50 ns
    a character: the cleaner's paragraphs are half of them, with their curly quotes.)"""
    if len(text) < 2 * limit + 1:
        return True
    if "  " in text or text[0] == " " or text[-1] == " " or not_only_plain_spaces(text):
        return len(text.split(maxsplit=limit)) <= limit
    return text.count(" ") < limit
