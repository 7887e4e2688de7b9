"""Telegram Desktop chat exports (ingest/formats/telegram.py): pasted articles among chatter."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ingest.formats import telegram
from tests.test_formats_feeds import body, run

PARAS = ["The harbour board approved a second breakwater on Thursday after two winters of storm damage to the "
         "inner moorings, with work due to start in the spring.",
         "Board chair Ruth Okonjo said the cost would be shared with the county, which owns the slipway and the "
         "car park beside it, and that fishing boats would keep their berths during the work."]
ARTICLE = "\n\n".join(PARAS)


def _msg(mid: int, parts: object, **extra: object) -> dict[str, object]:
    entities = ([{"type": "plain", "text": parts}] if isinstance(parts, str) else
                [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in parts])  # type: ignore[union-attr]
    return {"id": mid, "type": "message", "date": "2025-01-04T09:15:00", "date_unixtime": "1735982100",
            "from": "Pat Quill", "from_id": "user1", "text": parts, "text_entities": entities, **extra}


def _export(tmp_path: Path, messages: list[dict[str, object]]) -> Path:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Coast watchers", "type": "private_group", "id": 42,
                                "messages": messages}, indent=1, ensure_ascii=False))
    return path


def test_pasted_article_under_a_bold_headline(tmp_path: Path) -> None:
    pasted = _msg(10, [
        "Via the Quayside Herald, 30 Dec — worth a read:\n\n",
        {"type": "bold", "text": "Second breakwater approved for the harbour"},
        "\nBy Lena Fitzgerald\n\n" + ARTICLE + "\n\n",
        {"type": "link", "text": "https://quaysideherald.example/news/breakwater?utm_source=tg"},
    ])
    path = _export(tmp_path, [pasted])
    fmt, cands, rejected = run(path)
    assert fmt == "telegram"
    (art,) = cands
    assert art.title == "Second breakwater approved for the harbour"
    assert art.authors == ["Lena Fitzgerald"]  # the byline, not the poster ("from")
    assert art.url == "https://quaysideherald.example/news/breakwater"
    assert art.outlet == "Quayside Herald"  # named in the note and spelled by the link's host
    # "30 Dec" in a note posted on 4 January 2025: the last 30 December before the post
    assert art.published_on == dt.date(2024, 12, 30)
    assert body(art) == ARTICLE  # read once, although text_entities repeats it; note and link dropped
    lines = path.read_text().split("\n")
    assert lines[art.start_line - 1].strip() == "{" and '"id": 10' in art.raw_text
    assert any(r.reason.startswith("Telegram export lines outside") for r in rejected)


def test_post_date_is_never_the_article_date_and_a_lone_name_is_the_byline(tmp_path: Path) -> None:
    msg = _msg(11, [{"type": "bold", "text": "Second breakwater approved for the harbour"},
                    "\nMorag Petrie\n\n" + ARTICLE])
    _fmt, (art,), _ = run(_export(tmp_path, [msg]))
    assert art.published_on is None and art.outlet is None and art.url is None
    assert art.authors == ["Morag Petrie"]


def test_chatter_service_messages_and_inline_bold_are_left_alone(tmp_path: Path) -> None:
    chatter = _msg(1, "Good luck to the crews out there tonight")
    service = {"id": 2, "type": "service", "date": "2025-01-04T09:20:00", "actor": "Pat Quill",
               "action": "pin_message", "message_id": 1, "text": "", "text_entities": []}
    inline = _msg(3, ["Has anyone seen that the ", {"type": "bold", "text": "ferry"}, " is late again?"])
    photo = _msg(4, "", photo="photos/photo_1.jpg")
    fmt, cands, rejected = run(_export(tmp_path, [chatter, service, inline, photo]))
    assert fmt == "telegram" and cands == []
    reasons = [r.reason for r in rejected]
    assert reasons.count("chat message, not an article (no headline, a few lines)") == 2
    assert "chat service message (pin, join), not an article" in reasons
    assert "chat message without text (a photo, a sticker)" in reasons


def test_plain_string_text_goes_through_the_text_parser(tmp_path: Path) -> None:
    text = "Breakwater approved\nHarbour Weekly, 2 January 2025\nBy Lena Fitzgerald\n\n" + ARTICLE
    _fmt, (art,), _ = run(_export(tmp_path, [_msg(5, text)]))
    assert art.title == "Breakwater approved"
    assert art.published_on == dt.date(2025, 1, 2)
    assert art.authors == ["Lena Fitzgerald"]


def test_only_telegram_shaped_messages_are_claimed() -> None:
    chat = {"name": "x", "messages": [{"id": 1, "type": "message", "date": "d", "text": ""}]}
    assert telegram.sniff(json.dumps(chat))
    # an API result with a "messages" list of article records is a JSON document, not a chat
    assert not telegram.sniff(json.dumps({"messages": [{"title": "T", "text": "x"}]}))
    assert not telegram.sniff(json.dumps([{"id": 1, "type": "message", "date": "d", "text": ""}]))
    assert not telegram.sniff('{"messages": "none"}')
