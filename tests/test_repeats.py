"""The repetition learner tells an outlet's furniture from text its stories share: a footer seen
on two articles is learned, a background paragraph, a quote or a template note shared by two
(or by template siblings) is not, and long uncued furniture is learned once enough unrelated
articles carry it (ingest/repeats.py, ingest/data/furniture.toml)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from ingest.clean import fingerprint
from ingest.config import CleanConfig
from ingest.repeats import NEVER, FurnitureCues, RepetitionLearner
from tests.conftest import Ingest

OUTLET = "Fjord Valley Echo"
Write = Callable[[str, str], Path]
NOUNS = ("ferry", "quay", "salmon", "glacier", "tunnel", "school", "clinic", "harbour", "avalanche", "road",
         "council", "budget", "bridge", "hydro", "plant", "farm", "trail", "lodge", "storm", "pier")
VERBS = ("closes", "reopens", "delays", "approves", "rejects", "inspects", "funds", "repairs", "expands", "moves")


def story(seed: int, n: int = 7) -> list[str]:
    """n distinct paragraphs of plain prose (about 25 words each), unique to the seed."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        words = [rnd.choice(NOUNS) for _ in range(22)]
        out.append(f"Item {seed}-{i}: the " + " ".join(words) + f" {rnd.choice(VERBS)} again.")
    return out


def entry(title: str, paras: list[str], day: int = 3) -> str:
    return f"{title}\n\n{OUTLET}\n{day} March 2024\n\n" + "\n\n".join(paras) + "\n"


def files(write: Write, *entries: str) -> Path:
    """One file per article (a pasted story as users save it); returns their folder."""
    paths = [write(f"{i:02d}.txt", e) for i, e in enumerate(entries)]
    return paths[0].parent


def bodies(engine: object) -> dict[str, str]:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return {str(t): str(b) for t, b in conn.execute(text("select title, body from articles"))}


def learned(engine: object) -> list[str]:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return sorted(str(r[0]) for r in conn.execute(text("select text from learned_boilerplate")))


def test_a_footer_seen_on_two_articles_is_learned(ingest: Ingest, write: Write) -> None:
    footer = ["The Fjord Valley Echo is printed in Voss and delivered to every farm in the valley.",
              "Send tips to desk@fjordvalleyecho.example"]
    folder = files(write, entry("Ferry timetable cut for winter", story(1) + footer),
                   entry("Clinic hires two nurses from Bergen", story(2) + footer))
    _, engine = ingest([folder])
    got = bodies(engine)
    assert len(got) == 2 and all(footer[0] not in b and footer[1] not in b for b in got.values()), got
    assert len(learned(engine)) == 2
    with engine.connect() as conn:  # each copy's clean body still has it: the learner took it away
        assert all(footer[0] in str(b) for (b,) in conn.execute(text("select body from copies")))


def test_background_and_quote_shared_by_two_stories_stay(ingest: Ingest, write: Write) -> None:
    background = ("The tunnel, which opened in 1991 and carries about 4,000 vehicles a day, has been closed "
                  "twice this winter after rockfalls near its eastern portal.")
    quote = "“We will not reopen the road until the slope is safe,” the county engineer said on Friday."
    first = [*story(3, 4), background, quote]
    follow_up = [*story(4, 3), background, *story(5, 1), quote]
    folder = files(write, entry("Rockfall shuts valley tunnel", first),
                   entry("Tunnel to stay closed until April", follow_up, day=4))
    _, engine = ingest([folder])
    got = bodies(engine)
    for body in got.values():
        assert background in body and quote in body, body
    assert learned(engine) == []


def test_a_note_shared_by_template_siblings_stays(ingest: Ingest, write: Write) -> None:
    """Weekly reports of one template: their note is text, however many weeks there are."""
    note = ("All readings are provisional and refer to the gauge at six in the morning. The river "
            "authority posts its daily figures on its own site.")
    folder = files(write, *(entry(f"Glacier river flow in week {w}", [*story(10 + w, 3), note], day=w)
                            for w in (11, 12, 13, 14)))
    _, engine = ingest([folder])
    got = bodies(engine)
    assert len(got) == 4 and all(note in b for b in got.values()), got
    assert learned(engine) == []


def test_a_long_disclaimer_on_several_articles_is_learned(ingest: Ingest, write: Write) -> None:
    disclaimer = ("Figures in this section are compiled from public filings and may be revised without "
                  "notice. Nothing here is investment advice, and readers should check the filings "
                  "themselves before acting on anything they read in these pages.")
    titles = ["Hydro plant output falls", "Salmon farm licence renewed", "Lodge owners fight new tax",
              "Harbour fees to rise in May"]
    folder = files(write, *(entry(t, [*story(20 + i), disclaimer], day=i + 1) for i, t in enumerate(titles)))
    _, engine = ingest([folder])
    got = bodies(engine)
    assert all(disclaimer not in b for b in got.values()), got
    assert learned(engine) == [disclaimer]


def test_content_shared_deep_in_several_stories_stays(ingest: Ingest, write: Write) -> None:
    """Shared prose deeper than content_edge_paragraphs is not counted, however often it recurs."""
    background = ("The valley lost its last daily bus in 2019, and the county has twice put off a decision "
                  "on a demand-responsive service for the outlying farms.")
    titles = ["Bus petition reaches council", "School run costs soar", "Clinic patients miss appointments"]
    folder = files(write, *(entry(t, [*story(30 + i, 3), background, *story(40 + i, 4)], day=i + 1)
                            for i, t in enumerate(titles)))
    _, engine = ingest([folder])
    assert all(background in b for b in bodies(engine).values())
    assert learned(engine) == []


def test_repeat_min_articles_still_sets_the_evidence(ingest: Ingest, write: Write) -> None:
    footer = "Printing: Valley Press, Storgata 4, Voss (recycled paper)"
    folder = files(write, entry("Ferry timetable cut for winter", [*story(50), footer]),
                   entry("Clinic hires two nurses from Bergen", [*story(51), footer]))
    _, engine = ingest([folder], clean=CleanConfig(repeat_min_articles=3))
    assert all(footer in b for b in bodies(engine).values())
    assert learned(engine) == []


LEARNER = RepetitionLearner(CleanConfig(), lambda _: False)


@pytest.mark.parametrize(("paragraph", "outlet", "furniture"), [
    ("Editor: Lin Wei", None, True),  # a credit line, no sentence
    ("© 2024 Northern Slate. Reproduction without permission is prohibited.", None, True),
    ("Questions about delivery? Write to circulation@slate.example", None, True),
    ("Northern Slate is owned by a cooperative of its readers and answers to them.", "The Northern Slate", True),
    ("Tell us what we missed: the editors read every letter that reaches the office.", None, True),
    ("The plant employs 140 people and exported most of its output to Germany last year.", None, False),
    ("“We are proud of our record,” the plant manager said.", None, False),  # a quote, though "we"/"our"
    ("Der Stausee liegt derzeit bei 71 Prozent, teilte der Verband am Montag mit.", None, False),
    ("The US embassy will reopen its consular section in the spring.", None, False),  # "US" is no "us"
    ("Updated daily.", None, False),  # a short sentence without cues: content until shown otherwise
])
def test_how_a_paragraph_reads(paragraph: str, outlet: str | None, furniture: bool) -> None:
    assert LEARNER.cues.reads_like_content(paragraph, outlet) is not furniture
    need, independent = LEARNER.needed(paragraph, outlet)
    figure = any(c.isdigit() for c in paragraph)  # content stating a figure is a fact, never learned
    assert (need, independent) == ((2, False) if furniture else ((NEVER, True) if figure else (3, True)))


def test_near_siblings_count_once() -> None:
    weekly = ["Reservoir levels in week 9", "Reservoir levels in week 10", "Reservoir levels in week 11"]
    assert not LEARNER.independent(weekly, 2)
    assert LEARNER.independent([*weekly, "Dam inspection finds cracks"], 2)
    assert not LEARNER.independent([*weekly, "Dam inspection finds cracks"], 3)
    assert LEARNER.independent([None, None, "Reservoir levels in week 9"], 3)  # untitled: each stands alone
    order = ["Quay repairs begin", "Quay repairs begin", "Ferry fares rise", "School roof leaks"]
    assert LEARNER.independent(order, 3) and LEARNER.independent(order[::-1], 3)


def test_users_extend_the_cues_with_a_rules_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[furniture]\ncues = ["kolofon"]\n', encoding="utf-8")
    learner = RepetitionLearner(CleanConfig(rule_files=(*CleanConfig().rule_files, extra)), lambda _: False)
    line = "Kolofon: this edition was put together by the night team in the valley office."
    assert learner.cues.reads_like_content(line, None) is False
    assert LEARNER.cues.reads_like_content(line, None) is True
    bad = tmp_path / "bad.toml"
    bad.write_text('[furniture]\ncues = "not a list"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="must be a list"):
        FurnitureCues.load([bad])


def test_a_learned_background_paragraph_does_not_take_the_story_after_it() -> None:
    """A series' shared background paragraph, learned from three stories, is no footer: the
    story's own closing sentence after it is text, and stays with it. A learned footer still
    takes a short line under it."""
    background = ("The county's ferry subsidy is due to fall by a fifth next year under the regional "
                  "budget, after auditors warned that the routes had lost money for a decade.")
    ending = "Several councillors said they would vote against the budget unless the cut was reversed."
    body = [*story(41, 3), background, ending]
    kept, removed = LEARNER.strip(body, {fingerprint(background)})
    assert kept == body and removed == 0
    footer = "Read more local news from the Fjord Valley Echo at www.fjordvalleyecho.example every day."
    teaser = "Next week: the new ferry timetable explained."
    kept, removed = LEARNER.strip([*story(42, 3), footer, teaser], {fingerprint(footer)})
    assert kept == story(42, 3) and removed == 2
