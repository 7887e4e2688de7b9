"""The article's text from the page's own data when the rendered HTML is a teaser: JSON-LD
articleBody behind a paywall, a Next.js block list, an Arc-style content_elements list, a
Nuxt 2 state script. Invented pages; the text appears once, furniture blocks never."""

from __future__ import annotations

import json

from tests.formats.test_html_articles import OTHER, PROSE, prepare
from tests.test_general_rules7 import _bylines

P1 = "The ferry did not sail on Saturday, the third day in a row that the island was cut off from the mainland."
P2 = "The fuel dealer said he had enough heating oil for the weekend and would ration it after that."
REST = [PROSE.strip(), OTHER.strip(),
        "The school will stay open as a warming centre through Monday night, the town clerk said."]


def _page(head: str, body: str, tail: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Island cut off - Osprey Ledger</title>{head}</head>"
            f"<body><article><h1>Island cut off</h1><p class='byline'>By Ines Farrow</p>{body}</article>{tail}"
            "</body></html>")


def test_paywalled_page_takes_the_json_ld_article_body_once() -> None:
    ld = {"@type": "NewsArticle", "headline": "Island cut off", "isAccessibleForFree": False,
          "articleBody": "\n".join([P1, P2, *REST])}
    page = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>',
                 f"<div class='story-body'><p>{P1}</p><p>{P2}</p></div>"
                 "<div class='paywall-gate'><h3>Subscribe to keep reading</h3>"
                 "<p>You have read all your free articles.</p></div>")
    paras = prepare(page).articles[0].paragraphs
    assert paras == [P1, P2, *REST]


def test_next_data_blocks_without_pull_quotes_embeds_or_ads() -> None:
    blocks = [{"type": "paragraph", "html": P1}, {"type": "paragraph", "html": P2},
              {"type": "ad-slot", "label": "Advertisement"},
              {"type": "heading", "level": 2, "text": "Rationing begins"},
              {"type": "paragraph", "html": f"<a href='https://x.example'>{REST[0]}</a>"},
              {"type": "pullquote", "text": "Enough for the weekend.", "attribution": "The fuel dealer"},
              {"type": "embed", "html": "<blockquote class='twitter-tweet'><p>Ferry cancelled again.</p></blockquote>"},
              {"type": "related-link", "label": "Read more:", "headline": "Ferry fares to rise"},
              {"type": "paragraph", "html": REST[1]}]
    data = {"props": {"pageProps": {"article": {"headline": "Island cut off", "blocks": blocks}}}}
    page = _page("", f"<div class='body'><p>{P1}</p><p>{P2}</p><div class='skeleton' aria-busy='true'></div></div>",
                 f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')
    paras = prepare(page).articles[0].paragraphs
    assert paras == [P1, P2, "Rationing begins", REST[0], REST[1]]


def test_fusion_content_elements_in_an_assigned_script() -> None:
    elements = [{"type": "text", "content": P1},
                {"type": "quote", "content_elements": [{"type": "text", "content": "Q"}]},
                {"type": "text", "content": P2}, {"type": "raw_html", "content": "<div>Sign up</div>"},
                {"type": "list", "items": [{"type": "text", "content": REST[0]}, {"type": "text", "content": REST[1]}]}]
    script = ('<script type="application/javascript" id="fusion-metadata">'
              "window.Fusion=window.Fusion||{};Fusion.globalContent="
              + json.dumps({"type": "story", "content_elements": elements}) + ";Fusion.spa=false;</script>")
    page = _page(script, f"<p>{P1}</p>")
    assert prepare(page).articles[0].paragraphs == [P1, P2, REST[0], REST[1]]


def test_nuxt_state_body_html() -> None:
    body = "".join(f"<p>{p}</p>" for p in [P1, P2, *REST]).replace("<", "\\u003C").replace("/", "\\u002F")
    script = ("<script>window.__NUXT__=(function(a,b){return {data:[{story:{bodyHtml:"
              f'"{body}"}}}}]}}}}(null,false));</script>')
    page = _page("", f"<p>{P1}</p><p>{P2}</p><div class='loading-skeleton'></div>", script)
    assert prepare(page).articles[0].paragraphs == [P1, P2, *REST]


def test_data_scripts_are_not_read_without_a_sign_of_a_teaser() -> None:
    """A short page rendered whole, with no skeleton, paywall or bare shell: its data is not parsed."""
    data = {"props": {"pageProps": {"blocks": [{"type": "paragraph", "html": p} for p in [P1, P2, *REST]]}}}
    page = _page("", f"<p>{P1}</p><p>{P2}</p><p>{P1}</p>",
                 f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')
    assert prepare(page).articles[0].paragraphs == [P1, P2, P1]


def test_whole_rendered_text_is_kept_and_not_doubled() -> None:
    long_text = [P1, P2, *REST, *REST, *REST, *REST]  # a whole story, rendered
    ld = {"@type": "NewsArticle", "headline": "Island cut off", "articleBody": "\n".join(long_text)}
    page = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>',
                 "".join(f"<p>{p}</p>" for p in long_text))
    assert prepare(page).articles[0].paragraphs == long_text


def test_another_storys_data_is_not_taken() -> None:
    """The data describes a different article (the rendered text's opening is not in it)."""
    ld = {"@type": "NewsArticle", "headline": "Other", "articleBody": "\n".join([OTHER.strip()] * 6)}
    page = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>', f"<p>{P1}</p><p>{P2}</p>")
    assert prepare(page).articles[0].paragraphs == [P1, P2]


def test_a_clock_time_after_by_is_no_byline() -> None:
    assert _bylines().byline("By 7 p.m., 46 people had checked in at the hall, most of them from the harbour.") is None
