"""Duplicates collapse, different articles stay apart, and boilerplate is learned from
repetition across an outlet's distinct articles, never from copies or shared quotes."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text

from tests.conftest import Ingest

WORDS = (
    "harbour", "council", "vote", "budget", "minister", "river", "bridge", "school", "hospital", "police",
    "court", "winter", "farmers", "market", "price", "energy", "grid", "wind", "solar", "ferry", "island",
    "storm", "coast", "port", "trade", "union", "strike", "teachers", "nurses", "rail", "tunnel", "airport",
    "mayor", "election", "museum", "library", "fishing",
)


def story(seed: int, n: int = 9) -> list[str]:
    """A deterministic article of n distinct paragraphs (about 30 words each)."""
    rnd = random.Random(seed)
    paras = []
    for _ in range(n):
        sentence = " ".join(rnd.choice(WORDS) for _ in range(28))
        paras.append(sentence.capitalize() + ".")
    return paras


def entry(title: str, outlet: str, date: str, paras: list[str]) -> str:
    return f"{title}\n\n{outlet}\n{date}\n\n" + "\n\n".join(paras) + "\n\n"


def rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def clusters(engine: Engine) -> dict[str, list[str]]:
    """Article title -> the match kind of each of its copies."""
    out: dict[str, list[str]] = {}
    for title, match in rows(engine, "select a.title, c.match from copies c join articles a on a.id = c.article_id "
                                     "order by c.id"):
        out.setdefault(str(title), []).append(str(match))
    return out


def test_planted_near_duplicates_collapse(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    base = story(1)
    wrapped = [textwrap.fill(p, 60) for p in base]
    retyped = [p.replace(" council ", " “council” ").replace(" vote ", " vote — ") for p in base]
    edited = [p.replace("harbour", "harbor", 1) if i % 3 == 0 else p for i, p in enumerate(base)]
    trimmed = [*base[:-1], base[-1].split(" ", 10)[0]]
    syndicated = [*base, "This story was first published by the Coastal Times and is republished with permission."]
    write("a.txt", entry("Harbour vote", "Coastal Times", "5 October 2020", base) * 2)
    folder = write("b.txt", entry("Harbour vote", "Coastal Times", "5 October 2020", wrapped)
                   + entry("Harbour vote", "Coastal Times", "5 October 2020", retyped)
                   + entry("Harbour vote", "Coastal Times", "5 October 2020", edited)
                   + entry("Harbour vote", "Coastal Times", "5 October 2020", trimmed)
                   + entry("Council backs the port plan", "Island Herald", "6 October 2020", syndicated)).parent
    summary, engine = ingest([folder])
    assert not summary.failures
    got = clusters(engine)
    assert list(got) == ["Harbour vote"], got
    kinds = got["Harbour vote"]
    assert kinds[0] == "first" and kinds.count("first") == 1 and len(kinds) == 7
    assert set(kinds[1:]) <= {"exact", "near"} and "exact" in kinds and "near" in kinds
    sims = [r[0] for r in rows(engine, "select similarity from copies where match = 'near'")]
    assert all(0.5 <= float(s) <= 1.0 for s in sims)  # type: ignore[arg-type]


def test_hard_negatives_stay_apart(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    quote = ("“We will not accept a harbour that floods every winter,” the mayor said, adding that the "
             "council would publish its full budget for the flood wall before the spring election.")
    disclaimer = "The views expressed in this article are the author's own and do not reflect those of Coastal Times."
    a, b, c, d = story(2), story(3), story(4, 3), story(5, 3)
    a.insert(4, quote)
    b.insert(3, quote)
    folder = write("x.txt", entry("Flood wall row", "Coastal Times", "5 October 2020", a)
                   + entry("Mayor faces budget questions", "Coastal Times", "5 October 2020", b)
                   + entry("Ferry strike", "Coastal Times", "5 October 2020", [*c, disclaimer])
                   + entry("Rail strike", "Coastal Times", "5 October 2020", [*d, disclaimer])).parent
    _, engine = ingest([folder])
    assert len(clusters(engine)) == 4
    bodies = dict(rows(engine, "select title, body from articles"))
    assert quote in str(bodies["Flood wall row"]) and quote in str(bodies["Mayor faces budget questions"])
    assert disclaimer not in str(bodies["Ferry strike"])


def test_footer_learned_from_repetition_across_distinct_articles(ingest: Ingest,
                                                                 write: Callable[[str, str], Path]) -> None:
    footer = ["The Lakeside Courier is owned by its readers and answers to them alone.",
              "Tell us what we missed at the editorial desk on the third floor of the old mill."]
    one, two, three = story(6, 5), story(7, 5), story(8, 5)
    folder = write("f.txt", entry("Story one", "Lakeside Courier", "1 May 2021", one + footer)
                   + entry("Story one", "Lakeside Courier", "1 May 2021", one + footer)
                   + entry("Story two", "Lakeside Courier", "2 May 2021", two + footer)
                   + entry("Story three", "Lakeside Courier", "3 May 2021", three + footer)).parent
    _, engine = ingest([folder])
    bodies = dict(rows(engine, "select title, body from articles"))
    assert len(bodies) == 3
    for title in ("Story one", "Story two", "Story three"):
        assert footer[0] not in str(bodies[title]) and footer[1] not in str(bodies[title])
    # The copies keep every line: cleaning is visible by comparing raw_text with body.
    raws = [str(r[0]) for r in rows(engine, "select raw_text from copies")]
    assert all(footer[0] in raw for raw in raws)


def test_an_article_pasted_twice_teaches_nothing(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    one = story(9, 6)
    folder = write("p.txt", entry("Only story", "Lakeside Courier", "1 May 2021", one) * 3).parent
    _, engine = ingest([folder])
    (body,) = [str(r[0]) for r in rows(engine, "select body from articles")]
    assert body == "\n\n".join(one)
    assert rows(engine, "select count(*) from learned_boilerplate") == [(0,)]


def test_title_only_entry_joins_the_bodied_article(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    folder = write("t.txt", "Troops confirmed killed\n\nPublic Radio\nOct 5 2020\n\n"
                   + entry("Troops confirmed killed", "Public Radio", "Oct 5 2020", story(10, 4))
                   + "Different headline only\n\nPublic Radio\nOct 5 2020\n").parent
    _, engine = ingest([folder])
    got = rows(engine, "select a.title, count(c.id), a.word_count > 0 from articles a join copies c "
                       "on c.article_id = a.id group by a.id order by a.id")
    assert got == [("Troops confirmed killed", 2, 1), ("Different headline only", 1, 0)]
