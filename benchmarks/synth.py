"""Synthetic archive generator: pasted-article digests with planted duplicates and trailers.

Articles are ~500 words of varied English prose from a word Markov chain over the
repository's own text (seeded, so a given --seed always writes the same archive). About 30 % of
the entries are planted copies of earlier articles: exact re-pastes, re-wrapped at 72
columns, a few words edited, the last sentences trimmed, or republished by another outlet
under another headline with its own trailer. Every outlet has a boilerplate trailer that
the ingester must strip (and learn). The truth (entry -> story id) is written beside the
digests so that duplicate recall and precision can be measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


QUOTES = ["“We cannot wait another year,” {who} said.", "“This is only the beginning,” {who} told reporters.",
          "“Nobody asked the people who live here,” {who} said.", "“The numbers speak for themselves,” {who} added.",
          "“We are doing everything we can,” {who} said on {day}."]
WHO = ["one resident", "a senior official", "an economist at the university", "the committee chair", "a union leader",
       "a local shopkeeper", "a government adviser", "a spokesman"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
OUTLETS = ["The Harbour Gazette", "Coastal Times", "Valley Tribune", "Northern Ledger", "The Lakeside Courier",
           "Metro Daily", "Island Herald", "The Plains Observer", "River City Post", "Mountain Echo"]
FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luis",
         "Maya", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Viktor"]
LAST = ["Adler", "Brennan", "Castillo", "Dahl", "Eriksen", "Fischer", "Greco", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka"]


@dataclass(slots=True)
class Story:
    id: int
    title: str
    outlet: str
    date: dt.date
    author: str
    paragraphs: list[str]


class Prose:
    """Order-1 word Markov chain over the prose shipped in this repository (seeds/ and the
    held-out fixtures): varied English whose unrelated articles share few 3-word shingles,
    as real news does, unlike sentence templates."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.next: dict[str, list[str]] = {}
        self.starts: list[str] = []
        # Clean bodies only (the gold files): raw dumps would teach it "READ MORE:" and bylines.
        for gold in (ROOT / "tests" / "gold" / "seeds_gold.json", ROOT / "tests" / "heldout" / "gold.json"):
            for article in json.loads(gold.read_text(encoding="utf-8")):
                for para in article["copies"][0]["body"].split("\n\n"):
                    toks = para.split()
                    if len(toks) < 12:
                        continue
                    self.starts.append(toks[0])
                    for a, b in itertools.pairwise(toks):
                        self.next.setdefault(a, []).append(b)

    def sentence(self) -> str:
        word = self.rnd.choice(self.starts)
        out = [word]
        while len(out) < 45:
            options = self.next.get(word)
            if not options:
                break
            word = self.rnd.choice(options)
            if self.rnd.random() < 0.04:
                word = str(self.rnd.randint(2, 999))
            out.append(word)
            if word.endswith((".", "?", "!")) and len(out) >= 8:
                break
        text = " ".join(out)
        return text if text.endswith((".", "?", "!", '"', "”")) else text + "."


def make_story(prose: Prose, rnd: random.Random, sid: int, words: int) -> Story:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [prose.sentence() for _ in range(rnd.randint(1, 3))]
        if rnd.random() < 0.2:
            sentences.append(rnd.choice(QUOTES).format(who=rnd.choice(WHO), day=rnd.choice(DAYS)))
        para = " ".join(sentences)
        paragraphs.append(para)
        count += len(para.split())
    title = " ".join(prose.sentence().rstrip(".?!").split()[:9]).strip(" ,;:—–-\"“”'") + f" ({sid})"
    title = title[0].upper() + title[1:]
    date = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randint(0, 1500))
    return Story(sid, title, rnd.choice(OUTLETS), date, f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", paragraphs)


def trailer(outlet: str) -> list[str]:
    """Each outlet's footer: the same on every article of that outlet (learned and stripped)."""
    return [f"© {outlet}. All rights reserved. Republication without permission is prohibited.",
            f"Support independent journalism: become a member of {outlet} today."]


def render(story: Story, paragraphs: list[str], outlet: str, title: str, wrap: bool) -> str:
    body = [textwrap.fill(p, 72) if wrap else p for p in paragraphs]
    head = f"{title}\n\n{outlet}\n{story.date.strftime('%B %-d, %Y')}\nBy {story.author}\n"
    return head + "\n" + "\n\n".join(body + trailer(outlet)) + "\n\n"


def variants(rnd: random.Random, story: Story) -> tuple[str, list[str], str, str, bool]:
    """A planted copy of `story`: (kind, paragraphs, outlet, title, wrapped)."""
    kind = rnd.choice(["exact", "rewrapped", "edited", "trimmed", "republished"])
    paras = list(story.paragraphs)
    outlet, title, wrap = story.outlet, story.title, False
    if kind == "rewrapped":
        wrap = True
    elif kind == "edited":
        for _ in range(3):
            i = rnd.randrange(len(paras))
            words = paras[i].split()
            j = rnd.randrange(len(words))
            words[j] = rnd.choice(["reportedly", "officials", "nearly", "roughly", "residents"])
            paras[i] = " ".join(words)
    elif kind == "trimmed":
        last = paras[-1].split(". ")
        paras[-1] = ". ".join(last[: max(1, len(last) - 2)]).rstrip(".") + "."
    elif kind == "republished":
        outlet = rnd.choice([o for o in OUTLETS if o != story.outlet])
        title = "Republished: " + story.title
        paras.append(f"This article was first published by {story.outlet} and is republished with permission.")
    return kind, paras, outlet, title, wrap


def generate(out: Path, articles: int, seed: int, per_file: int, words: int) -> dict[str, object]:
    rnd = random.Random(seed)
    prose = Prose(rnd)
    dumps = out / "dumps"
    dumps.mkdir(parents=True, exist_ok=True)
    stories: list[Story] = []
    truth: list[dict[str, object]] = []
    kinds: dict[str, int] = {}
    lines_written: dict[str, int] = {}  # file -> lines so far: truth is keyed by (file, first line)
    fh = None
    for n in range(articles):
        if n % per_file == 0:
            if fh:
                fh.close()
            fh = open(dumps / f"digest_{n // per_file:05d}.txt", "w", encoding="utf-8")  # noqa: SIM115
        assert fh is not None
        if stories and rnd.random() < 0.3:
            story = rnd.choice(stories[-5000:])
            kind, paras, outlet, title, wrap = variants(rnd, story)
        else:
            story = make_story(prose, rnd, len(stories), words)
            stories.append(story)
            kind, paras, outlet, title, wrap = "original", story.paragraphs, story.outlet, story.title, False
        kinds[kind] = kinds.get(kind, 0) + 1
        name = fh.name.rsplit("/", 1)[-1]
        text = render(story, paras, outlet, title, wrap)
        truth.append({"file": name, "line": lines_written.get(name, 0) + 1, "story": story.id, "kind": kind})
        lines_written[name] = lines_written.get(name, 0) + text.count("\n")
        fh.write(text)
    if fh:
        fh.close()
    meta = {"articles": articles, "stories": len(stories), "kinds": kinds, "seed": seed}
    (out / "truth.json").write_text(json.dumps({"meta": meta, "entries": truth}))
    return meta


def iter_truth(folder: Path) -> Iterator[tuple[str, int, int]]:
    """(file name, 1-based line where the entry starts, story id) for every planted entry."""
    data = json.loads((folder / "truth.json").read_text())
    for e in data["entries"]:
        yield e["file"], e["line"], e["story"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-file", type=int, default=500)
    ap.add_argument("--words", type=int, default=500)
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.articles, args.seed, args.per_file, args.words)))


if __name__ == "__main__":
    main()
