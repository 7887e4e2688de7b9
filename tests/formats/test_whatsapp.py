"""WhatsApp chat exports (ingest/formats/whatsapp.py): articles pasted among chatter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import whatsapp
from tests.test_formats_feeds import body, run

PARAS = ["The harbour board approved a second breakwater on Thursday after two winters of storm damage to the "
         "inner moorings, with work due to start in the spring.",
         "Board chair Ruth Okonjo said the cost would be shared with the county, which owns the slipway and the "
         "car park beside it, and that fishing boats would keep their berths during the work.",
         "Engineers expect the new wall to cut the swell inside the harbour by half in easterly gales."]
OTHER = ["Ferry crossings to the outer islands will drop to four a day from December, the operator said, "
         "citing falling passenger numbers after a weak summer season on every route.",
         "Commuters said the first crossing would now leave too late for the morning shift at the fish plant, "
         "and asked the council to pay for an early boat.",
         "The operator said it would review the timetable again in March, once the winter figures are in."]

# Android, US locale: month first, 12-hour clock with a narrow no-break space before PM.
ANDROID = "\n".join([
    "1/3/25, 9:02\u202fAM - Messages and calls are end-to-end encrypted. Tap to learn more.",
    "1/3/25, 9:02\u202fAM - Pat Quill created group \"Coast watchers\"",
    "1/3/25, 9:15\u202fAM - Pat Quill: Quayside Herald, 30 Dec - Second breakwater approved for the harbour",
    "Lena Fitzgerald",
    "",
    "\n\n".join(PARAS),
    "1/3/25, 9:16\u202fAM - Pat Quill: https://quaysideherald.example/news/breakwater?utm_source=wa",
    "1/3/25, 9:20\u202fAM - Sam Roe: <Media omitted>",
    "1/13/25, 6:40\u202fPM - Sam Roe: good news for the boats at last",
    "1/13/25, 6:41\u202fPM - Sam Roe: From this morning's Island Courier: https://islandcourier.example/ferries",
    "1/13/25, 6:41\u202fPM - Sam Roe: Island ferries cut to four crossings a day",
    "",
    "\n\n".join(OTHER),
    "1/13/25, 6:45\u202fPM - Pat Quill: Quick update from the harbour meeting",
    "",
    "They talked for two hours about the moorings and the car park and nobody could agree on who pays "
    "for the lights, so it goes back to the county next month.",
    "",
    "I will send the minutes round when they come out, probably Friday.",
])


def test_android_export_pastes_notes_links_and_chatter(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Coast watchers.txt"
    path.write_text(ANDROID + "\n")
    fmt, (breakwater, ferries), rejected = run(path)
    assert fmt == "whatsapp"
    # the note on the headline's line: outlet and a day and month, the year the last one not
    # after the post (posted 3 January 2025)
    assert breakwater.title == "Second breakwater approved for the harbour"
    assert (breakwater.outlet, breakwater.published_on) == ("Quayside Herald", dt.date(2024, 12, 30))
    assert breakwater.authors == ["Lena Fitzgerald"]  # the name under the headline, not the poster
    assert breakwater.url == "https://quaysideherald.example/news/breakwater"  # the link sent right after
    assert body(breakwater) == "\n\n".join(PARAS)
    lines = path.read_text().split("\n")
    assert lines[breakwater.start_line - 1].startswith("1/3/25, 9:15") and breakwater.end_line == 10
    # the note sent as a message of its own just before the paste names the outlet; the chat's
    # timestamps are never the article's date
    assert ferries.title == "Island ferries cut to four crossings a day"
    assert ferries.outlet == "Island Courier" and ferries.published_on is None and ferries.authors == []
    assert ferries.url == "https://islandcourier.example/ferries"
    assert body(ferries) == "\n\n".join(OTHER)
    reasons = {r.reason for r in rejected}
    assert "chat system message (encryption notice, group created), not an article" in reasons
    # a long chat message under a short line is still chatter: no byline, no article's length
    assert "chat message, not an article (no headline, a few lines)" in reasons
    assert not any(c.title == "Quick update from the harbour meeting" for c in (breakwater, ferries))
    assert "link to the article pasted just above" in reasons


def test_ios_export_with_direction_marks_and_a_note_line_above_the_headline(tmp_path: Path) -> None:
    text = "\n".join([
        "[04/01/2025, 09:15:02] Coast watchers: \u200eMessages and calls are end-to-end encrypted.",
        "[04/01/2025, 09:15:40] Pat Quill: \u200eimage omitted",
        "[14/01/2025, 21:03:11] Pat Quill: Harbour Weekly tonight",
        "Breakwater gets the go-ahead",
        "By Morag Petrie | 14.01.2025",
        "",
        "\n\n".join(PARAS),
        "[14/01/2025, 21:05:00] Sam Roe: \u200eThis message was deleted.",
    ])
    path = tmp_path / "chat.txt"
    path.write_text(text)
    fmt, (art,), _ = run(path)
    assert fmt == "whatsapp"
    assert (art.title, art.authors, art.published_on) == ("Breakwater gets the go-ahead", ["Morag Petrie"],
                                                           dt.date(2025, 1, 14))
    assert art.outlet == "Harbour Weekly"
    assert body(art) == "\n\n".join(PARAS)


def test_only_chat_exports_are_claimed() -> None:
    assert whatsapp.sniff(ANDROID)
    assert not whatsapp.sniff("Minutes of 1/3/25, 9:15 - agreed\n" + ANDROID)  # must open with a message
    assert not whatsapp.sniff("[04/01/2025, 09:15:02] Pat: hi\nno more messages\n")


def test_year_first_dates_and_the_edited_mark(tmp_path: Path) -> None:
    """'[2025-01-14, 21:03:11]' (a year-first locale); Android's '<This message was edited>' at
    a message's end is WhatsApp's mark, not text. A day and month in the note take the year of
    the post."""
    text = "\n".join([
        "[2025-01-14, 21:00:00] Pat Quill: anyone seen this?",
        "[2025-01-14, 21:03:11] Pat Quill: Harbour Weekly, 12 Jan: Breakwater gets the go-ahead",
        "",
        "\n\n".join(PARAS) + " <This message was edited>",
        "[2025-01-14, 21:05:00] Sam Roe: thanks",
    ])
    path = tmp_path / "chat.txt"
    path.write_text(text)
    fmt, (art,), _ = run(path)
    assert fmt == "whatsapp"
    assert (art.title, art.outlet, art.published_on) == ("Breakwater gets the go-ahead", "Harbour Weekly",
                                                         dt.date(2025, 1, 12))
    assert body(art) == "\n\n".join(PARAS)
    assert "edited" in art.raw_text  # the raw text is the file's
