"""The ingester against gold files, through the public read model and the project's scorer.

seeds/ must stay perfect (issue: foundation). tests/heldout/ holds other outlets and layouts
(separators, hard wrapping, planted duplicates, hard negatives, other trailers) with a gold
file in the same format; it is held to the same bar, so a rule keyed to one seed's wording
shows up here as a miss.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from tests.conftest import GOLD_DIR, ROOT, SEEDS, Ingest, score

SHARED = ROOT.parent / "shared"


def test_seeds_are_perfect(ingest: Ingest, tmp_path: Path) -> None:
    summary, _ = ingest([SEEDS])
    assert not summary.failures
    figures, report = score(tmp_path / "archive.sqlite", GOLD_DIR / "seeds_gold.json")
    assert figures == {
        "found": "18/18", "spurious": 0, "false_merges": 0, "title_acc": 1.0, "outlet_acc": 1.0,
        "date_acc": 1.0, "authors_acc": 1.0, "url_acc": 1.0, "body_f1": 1.0, "body_p": 1.0,
        "body_r": 1.0, "leaks": "0/47", "copies_ok": "18/18",
    }, report


# Floors per set. heldout and blind are development sets now (they were blind until used to
# tune the header reader: docs/evaluation.md has their first-contact scores); final is the
# newest blind set, held at what it scores, so a regression on unseen layouts shows here.
FLOORS = {
    "heldout": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 0.97, "body_f1": 0.97},
    "blind": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 0.97, "body_f1": 0.97},
    # final: raised after newsletter items (boxed numbered heads, items between dash rules under
    # section banners, masthead inheritance), the site's name at the top of a saved page and
    # download links between releases. Still weak: the print-only clip, the cookie banner read
    # as a masthead-dated header (spurious), the clip whose header reads 'Outlet — date — Title'.
    # Session 7: leaks 24 -> 13 (staff credits, desk codes, media metrics, site footers and
    # pagination, contribution calls) and a byline no longer read as the rest of a title.
    "final": {"missed": 1, "spurious": 1, "false_merges": 0, "leaks": 13, "meta": 0.94, "body_f1": 0.98},
    # blind3: first contact in docs/eval/blind3-first-contact.txt; held at what the item layouts,
    # clip forms, PDF page text and foreign month names reach (the spurious one is the lede-only
    # newsletter brief that dedup does not join to its full story).
    "blind3": {"missed": 0, "spurious": 1, "false_merges": 0, "leaks": 1, "meta": 0.97, "body_f1": 0.99},
    # blind4: first contact in docs/eval/blind4-first-contact.txt (feeds, tables, ProQuest, Nexis
    # Uni, wires and a forwarded alert were not read at all); held at what their readers reach.
    # Session 7: leaks 8 -> 1 (read-later links and hashtags, player captions, paste markers).
    "blind4": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 1, "meta": 0.97, "body_f1": 0.97},
    # blind5: first contact in docs/eval/blind5-first-contact.txt, recorded after the session's
    # other work; the JSON-document reader, non-English header labels and the credit-line and
    # mail-digest readers (formats/credits.py, digestparts.py) came after it. Held at what they
    # reach (body F1 .976 -> .998 once the repetition learner kept the notes that same-outlet
    # template siblings share: ingest/repeats.py).
    "blind5": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 0.97, "body_f1": 0.99},
    # blind6: first contact in docs/eval/blind6-first-contact.txt (clipping reports, attached and
    # replied mail, Nexis "Graphic:" above the body, credit lines of forwards and alerts came
    # after it). Held at what they reach; the spurious one is the second, headerless paste of a
    # digest story ("Title / Author / Outlet", no date) that dedup does not join to the first.
    "blind6": {"missed": 0, "spurious": 1, "false_merges": 0, "leaks": 1, "meta": 0.97, "body_f1": 0.99},
    # blind7: first contact in docs/eval/blind7-first-contact.txt (titles .705, outlets .795);
    # held at what "LABEL :: value" fields, pseudo-bylines, byline trailers, outlet suffixes,
    # front-matter notes, newsletter banners and signatures, permalink dates and the dedup tail
    # guard reach. The two leaks are a Substack subtitle and a Next.js dek, which this set's
    # gold drops and blind3/blind4's keep as body; they stay body.
    "blind7": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 2, "meta": 0.97, "body_f1": 0.99},
    # blind8: first contact in docs/eval/blind8-first-contact.txt (titles .727, 3 spurious, 1 false
    # merge, 56 leaks); held at what the Nexis header walk, the NewsML-G2 and e-paper readers,
    # digest message heads/lead-ins, newsletter item credits and closing links reach, and (session
    # 6) source-cue credit lines and blog-platform lines, (session 8) a "Name, Place" byline.
    # The leaks left: a Medium subtitle (a dek, which blind3/blind4's gold keeps as body) and a
    # poster's job line.
    "blind8": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 2, "meta": 0.97, "body_f1": 0.99},
    # blind9: first contact in docs/eval/blind9-first-contact.txt (titles .444, dates .378,
    # authors .244, 7 spurious, 13 false merges, 48 leaks); held at what the Word/RTF conversion,
    # the rnews, PDF-pages, WXR, ENEX, nested-JSON and Telegram readers, the series guard in
    # dedup, stated dates before carried ones (revision 0008) and the session's rules reach.
    # The two leaks: a date stamp under a clip's byline and a Reuters-style credit line, which
    # this set's gold drops and the seeds' convention keeps in the body.
    "blind9": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 2, "meta": 0.97, "body_f1": 0.99},
    # blind10: first contact in docs/eval/blind10-first-contact.txt (titles .647, 3 spurious, 54
    # leaks), on the core inputs (four digest styles, saved pages and browser pastes, mbox, WARC,
    # JSON lines). Held at what session 8 reached: site chrome above a page copied as text,
    # posters' notes and lead-ins over pasted headlines, writer|place|date and comma-less
    # credit lines ('Name, Place' bylines among them), agency nameplates, signatures above a
    # list's own lines. Still open: a "Dhaka, date" dateline read as an outlet (one story), a
    # Reuters-style editing credit (the seeds keep those as body), a bio a scraper set mid-text,
    # and a Discourse post whose remark lands in the post above's copy.
    "blind10": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 3, "meta": 0.91, "body_f1": 0.98},
    # blind11: first contact in tests/blind11/first_contact.txt (outlets .29, 3 spurious, 2 false
    # merges, 66 leaks, 41 of 60 copies found): library-database exports, a WhatsApp chat and a
    # JSON Feed were not read, nor a press review saved as Word HTML, an agency's digest, Lyris
    # lead-ins, a pipermail page or an MHTML snapshot. Held at what session 8 reached with both
    # parts. The five leaks: three wire credit lines '(Reporting by …)', which the seeds' gold
    # keeps in the body; a newsletter's subtitle, which blind3/blind4 keep; a poster's remark
    # under a paste.
    "blind11": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 5, "meta": 1.0, "body_f1": 0.99},
    # blind12: first contact in tests/blind12/first_contact.txt (titles .655, outlets .621, 8
    # spurious, 1 false merge, 32 leaks, copies 21/29). Held at what the JSON lines HTML body
    # field, topic-digest poster lines, bracketed/remarked credit lines and newsletter reprint
    # credits reach (session 8, misc part), with the Factiva article display reader and the Nexis
    # glued-outlet byline merged: all metadata right; left, a Reach page's deck (kept as body by
    # blind3/blind4's convention) and the Nexis `Highlight:` standfirst (likewise).
    "blind12": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 3, "meta": 1.0, "body_f1": 0.99},
    # blind13: first contact in tests/blind13/first_contact.txt (real news-page templates in six
    # languages, a gzip WARC, a browser paste: 1 spurious, 1 false merge, 12 leaks, copies 10/14).
    # Held at session 9's fixes (pasted pages one article each, stamp lines and page furniture in
    # other languages). The four leaks: three standfirsts (decks: blind3/blind4 keep them, this set
    # drops them) and a CNN-style "contributed to this report" line (the blind set keeps AP's).
    "blind13": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 4, "meta": 1.0, "body_f1": 0.98},
    # blind14: first contact in tests/blind14/first_contact.txt (a larger fisheries archive: Gale,
    # Nexis Newsdesk, a Brandwatch CSV, a list mbox, press cuttings, trafilatura JSON; outlets .622,
    # URLs 0, 148 leaks, copies 18/37). Held at session 9's fixes (a Gale reader, CSV preambles,
    # trafilatura keys, boxed cutting rows, inline forwards, figures that differ keep templated
    # stories apart). The leak: a poster's remark under a paste.
    "blind14": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 1, "meta": 1.0, "body_f1": 0.98},
    # blind15: first contact in tests/blind15/first_contact.txt (digitised 1929 newspapers: every
    # file read as one article; titles 0, 9 false merges). Held at session 9's readers (library-API
    # JSON, transcription notes, OCR article exports, whole-page OCR). The two spurious: trimmed wire
    # copies whose OCR noise on both sides keeps containment just under the threshold.
    "blind15": {"missed": 0, "spurious": 2, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind16: first contact in tests/blind16/first_contact.txt (European databases and press
    # reviews in their languages and legacy encodings: titles .533, outlets .333, dates .333, 5
    # spurious). Held at session 9's readers (Europresse, GBI-Genios, MyNews, Nexis in four other
    # interface languages, a named day settling a file's numeric date order). The two leaks: the
    # wire's "(Reporting by …)" lines, which the seeds' gold keeps in the body and this set drops.
    "blind16": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 2, "meta": 1.0, "body_f1": 0.98},
    # blind17: first contact in tests/blind17/first_contact.txt (non-Latin scripts and legacy
    # encodings: body F1 .629, 4 false merges, outlets .267, authors .133). Held at session 10's
    # fixes (browser charset labels, outlet keys beyond Latin, labelled-item digests in any script,
    # CJK dates and bylines, Han/kana character shingles). Left: a Japanese newsletter's own items
    # have no outlet (its masthead is not read); the leak is a wire's "(Reporting by …)" line.
    "blind17": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 1, "meta": 0.88, "body_f1": 0.98},
    # blind18: first contact in tests/blind18/first_contact.txt (press releases and disclaimers:
    # outlets .438, URLs .615, 52 leaks, 1 false merge). Held at session 10's release-tail cut and
    # rules (About/safe harbor, contacts, law-firm and financial notices) and the alert readers.
    "blind18": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind19: first contact in tests/blind19/first_contact.txt (news by e-mail: 7 spurious, URLs 0,
    # copies 8/16). Held at session 10's .emlx, roundup, forward and quoted-reply readers. Left: an
    # agency-shaped name in a newsletter item read as its outlet; a list post's Date as a fallback.
    "blind19": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 1, "meta": 0.93, "body_f1": 0.98},
    # blind20: first contact in tests/blind20/first_contact.txt (PDF and DOCX deliveries: 3 false
    # merges from two files read as a few long chunks, 4 spurious, URLs .143). Held at session 10's
    # document readers (Word headings, PDF type sizes, clipping reports, browser prints, ProQuest).
    "blind20": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind21: first contact in tests/blind21/first_contact.txt (an outlet's house furniture at
    # scale: 4 spurious, 99 leaks, outlets .571). Held at session 10's shape learning, furniture
    # rules and newsletter issue readers. The five leaks: decks under the headline (the sets disagree).
    "blind21": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 5, "meta": 1.0, "body_f1": 0.98},
    # blind24: first contact in tests/blind24/first_contact.txt (the English-language press of South
    # Asia, Africa, South-East Asia and the Caribbean: 5 spurious, dates .76, outlets .84, copies
    # 18/25). Held at what the e-paper text export, framed monitor fields, WhatsApp markup and share
    # lines, labelled source fields, desk credits, titles before names and furniture rules reach.
    "blind24": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind22: first contact in tests/blind22/first_contact.txt (JavaScript-era pages saved from the
    # browser: 13 missed and 7 merged, infinite-scroll saves and a portal stream read as one article
    # each; bodies held only in page data cut to the rendered teaser). Held at the story-container
    # reader, partner notes, page-data bodies and UTC stamps read as the printed day.
    "blind22": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind23: first contact in tests/blind23/first_contact.txt (web archives as tools write them:
    # 19 spurious, copies 9/20; the ARC file and the .webarchive refused, the WACZ read as a zip
    # bundle, WET text unread). Held at the ARC, WACZ, .webarchive and WET readers, archive chrome
    # taken off saved Wayback/archive.today pages, fronts and paywalls refused in crawls. The seven
    # leaks: decks under the headline on the crawled pages (the sets disagree; webpages.toml keeps them).
    "blind23": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 7, "meta": 1.0, "body_f1": 0.98},
    # blind27: first contact in tests/blind27/first_contact.txt (news kept by read-later, feed-reader
    # and research tools: 25 spurious, 3 false merges, outlets .29, leaks 22/143; feed items' bodies
    # unread, citations and bookmarks taken for articles). Held at the feed-reader and read-later JSON
    # keys, failed-fetch and metadata-only rejections, bookmark notes, note templates, Joplin RAW and
    # Notion exports, share cards and the tools' furniture rules.
    "blind27": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
    # blind26: first contact in tests/blind26/first_contact.txt (text that looks like furniture:
    # 4 false merges from two letters pages, 5 spurious from a clips e-mail's listicle and a
    # sponsor box, body F1 .80). Held at the signed-letter splitting, clips citations and
    # banners, newsletter issue lines, obituary platforms and tables kept as text. The three
    # leaks: decks under the headline (the sets disagree; webpages.toml keeps them).
    "blind26": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 3, "meta": 1.0, "body_f1": 0.99},
    # blind25: first contact in tests/blind25/first_contact.txt (press-clips packets and news
    # digests: 12 spurious, 8 false merges, URLs .18, outlets .49, copies 19/35). Held at what the
    # one-line clip headers, sentence headlines, wrapped contents entries, numbered newsletter
    # heads, HTML-view mails, snippets and compilers' marks ([Back to Top], [snip], pull quotes) reach.
    "blind25": {"missed": 0, "spurious": 0, "false_merges": 0, "leaks": 0, "meta": 1.0, "body_f1": 0.99},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_other_outlets_and_layouts(ingest: Ingest, tmp_path: Path, name: str) -> None:
    folder = ROOT / "tests" / name
    floor = FLOORS[name]
    summary, _ = ingest([folder / "dumps"])
    assert not summary.failures
    figures, report = score(tmp_path / "archive.sqlite", folder / "gold.json")
    found, total = (int(x) for x in figures["found"].split("/"))
    assert total - found <= floor["missed"], report
    assert figures["spurious"] <= floor["spurious"] and figures["false_merges"] <= floor["false_merges"], report
    assert int(figures["leaks"].split("/")[0]) <= floor["leaks"], report
    for key in ("title_acc", "outlet_acc", "date_acc", "authors_acc"):
        assert figures[key] >= floor["meta"], (key, report)
    assert figures["body_f1"] >= floor["body_f1"], report


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside this checkout")
def test_vendored_gold_and_scorer_match_shared() -> None:
    assert filecmp.cmp(GOLD_DIR / "seeds_gold.json", SHARED / "gold" / "seeds_gold.json", shallow=False)
    assert filecmp.cmp(GOLD_DIR / "score_archive.py", SHARED / "tools" / "score_archive.py", shallow=False)
    for seed in (SHARED / "seeds").iterdir():
        assert filecmp.cmp(seed, SEEDS / seed.name, shallow=False), f"seeds/{seed.name} differs from shared"
