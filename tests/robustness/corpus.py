"""A seeded generator of realistic pasted-article digests for the robustness tests.

Articles are built from a small grammar of news sentences (who did what, where, when), so every
body is distinct prose; a share of articles is pasted again in later files (exact duplicates)
or re-wrapped and lightly edited (near duplicates), as real dumps repeat themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass
from pathlib import Path

OUTLETS = ["The Harbour Gazette", "Coastal Times", "Valley Courier", "Northern Ledger", "Plains Herald"]
REPORTERS = ["Jane Roe", "Marta Kowalski", "Samuel Okafor", "Priya Raman", "Tomas Lindqvist", "Aiko Tanaka"]
SUBJECTS = [
    "The city council", "The regional water board", "A coalition of fishing cooperatives", "The transport minister",
    "Local teachers", "The port authority", "Hospital administrators", "A group of farmers", "The mayor's office",
    "Residents of the old quarter", "The energy regulator", "Union representatives", "The county sheriff",
]
VERBS = [
    "approved", "rejected", "postponed a vote on", "called for an inquiry into", "announced funding for",
    "raised concerns about", "published a report on", "signed an agreement on", "asked for a review of",
    "defended the cost of",
]
OBJECTS = [
    "the harbour wall extension", "a new ferry timetable", "the flood defence scheme", "rent controls",
    "the closure of two rural schools", "a wind farm off the northern cape", "the bus depot relocation",
    "water metering for households", "the sale of the old mill", "overtime pay for nurses",
    "a ban on night fishing", "the bridge repair budget", "a pilot of electric buses",
]
DETAILS = [
    "after a meeting that ran late into the evening", "citing rising costs", "despite strong objections",
    "following months of negotiations", "with the support of most members", "ahead of the winter season",
    "in a statement released on Tuesday", "after residents petitioned for change", "under pressure from auditors",
]
QUOTES = [
    "We have waited long enough for a decision", "The numbers simply do not add up",
    "This is a good day for the whole community", "Nobody asked the people who live here",
    "We will keep pressing until the work is finished", "It is a fair compromise for everyone involved",
]


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    outlet: str
    published_on: dt.date
    author: str
    paragraphs: tuple[str, ...]

    def render(self, width: int | None = None) -> str:
        paras = [textwrap.fill(p, width) if width else p for p in self.paragraphs]
        date = f"{self.published_on:%B} {self.published_on.day}, {self.published_on:%Y}"
        header = f"{self.title}\n\n{self.outlet}\n{date}"
        return header + f"\nBy {self.author}\n\n" + "\n\n".join(paras) + "\n"


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(DETAILS)}."


def make_article(rng: random.Random, serial: int) -> Article:
    paras = []
    for _ in range(rng.randint(2, 5)):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.4:
            sentences.append(f'"{rng.choice(QUOTES)}," said {rng.choice(REPORTERS).split()[0]} of the committee.')
        paras.append(" ".join(sentences))
    paras.append(f"The matter is file number {serial} on the agenda and will be reviewed again next month.")
    subject = rng.choice(SUBJECTS).removeprefix("The ").removeprefix("A ")
    title = f"{subject[0].upper()}{subject[1:]} {rng.choice(VERBS)} {rng.choice(OBJECTS)} ({serial})"
    return Article(
        title=title,
        outlet=rng.choice(OUTLETS),
        published_on=dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 700)),
        author=rng.choice(REPORTERS),
        paragraphs=tuple(paras),
    )


def near_copy(rng: random.Random, art: Article) -> Article:
    """A lightly edited copy: one word changed in one paragraph (still the same article)."""
    paras = list(art.paragraphs)
    i = rng.randrange(len(paras))
    paras[i] = paras[i].replace(" the ", " this ", 1)
    return Article(art.title, art.outlet, art.published_on, art.author, tuple(paras))


def write_digests(folder: Path, files: int, seed: int = 5, per_file: tuple[int, int] = (2, 6)) -> list[Path]:
    """`files` digest files under `folder`, with exact and near duplicates across them."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    seen: list[Article] = []
    paths = []
    serial = 0
    for n in range(files):
        parts = []
        for _ in range(rng.randint(*per_file)):
            roll = rng.random()
            if seen and roll < 0.15:
                parts.append(rng.choice(seen).render())  # pasted again
            elif seen and roll < 0.25:
                parts.append(near_copy(rng, rng.choice(seen)).render(width=72))  # re-wrapped and edited
            else:
                serial += 1
                art = make_article(rng, serial)
                seen.append(art)
                parts.append(art.render(width=72 if rng.random() < 0.3 else None))
        path = folder / f"digest_{n:03d}.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        paths.append(path)
    return paths
