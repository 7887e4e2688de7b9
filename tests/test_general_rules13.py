"""General rules from blind10's first contact (session 8), each on invented text in shapes unlike
that set's: a web page copied from a browser as text (the site's navigation on top, pages
numbered by bare banners), a bare byline the story's own bio or photo credit confirms, a weekday
before a date, and a bare date beside its 'Updated' part on a stamp line."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from ingest.dates import date_line
from ingest.formats import epaper, plaintext
from ingest.formats.chrome import page_chrome
from ingest.formats.detect import sniff_text
from ingest.records import Candidate, DecodedSource, Source
from tests.test_clean_fast import CLEANER
from tests.test_plaintext import CTX, body

PARA = ("The harbour board voted on Tuesday to award the dredging contract to a firm from Esbjerg, ending "
        "two years of delay that had left the outer channel too shallow for the larger ferries.")
PARA2 = ("Skippers said the silt had cost them two sailings a week since the spring, and the board promised "
         "to publish the survey of the channel bed before the work begins in March.")

PARA3 = "Rangers counted 214 grey seals on the bank at low water on Sunday, the most since the count began."


def _decoded(name: str, text: str) -> DecodedSource:
    return DecodedSource(Source(name, text.encode(), "0" * 64), text, "utf-8")


def _cands(name: str, text: str) -> list[Candidate]:
    return [c for c in plaintext.parse(_decoded(name, text), CTX) if isinstance(c, Candidate)]


# One page: menu items in a column, today's date, a 'Search' box and a kicker above the headline;
# a bare byline whose bio closes the story; a rights line naming the site.
PAGE = textwrap.dedent(f"""\
    Toggle navigation
    Saturday 6 March 2027
    Harbour Town Gazette
    Local
    Ports
    Sport
    Letters
    Search

    PORTS
    Dredging contract awarded after two-year delay
    Ingrid Solberg
    5 March 2027

    {PARA}

    {PARA2}

    Ingrid Solberg is the Gazette's ports and shipping reporter.
    © 2027 Harbour Town Gazette. All rights reserved.
    """)


def test_the_site_navigation_on_top_of_a_copied_page_is_no_headline() -> None:
    [c] = _cands("copied.txt", PAGE)
    assert c.title == "Dredging contract awarded after two-year delay"
    assert c.published_on == dt.date(2027, 3, 5)  # not the top bar's today
    assert c.authors == ["Ingrid Solberg"]  # the bio below names her as the writer: no outlet
    assert c.outlet == "Harbour Town Gazette"  # the chrome's name, which the rights line repeats
    assert "Ports" not in body(c) and "Letters" not in body(c)


def test_the_site_name_is_no_outlet_without_the_page_claiming_it() -> None:
    text = PAGE.replace("© 2027 Harbour Town Gazette. All rights reserved.", "Comments are closed.")
    [c] = _cands("copied.txt", text)
    assert c.outlet is None and c.title == "Dredging contract awarded after two-year delay"


def test_short_lines_without_navigation_are_left_alone() -> None:
    # A list of names (no menu marker, no date line) at a file's top is no chrome.
    lines = ["Anna Berg", "Tomas Lind", "Eva Holm", "Jon Sund", "Per Aker", "", "Ferry timetable changes", "", PARA]
    assert page_chrome(lines) == []
    # A short headline straight over its byline stays the headline.
    lines = ["Skip to content", "Home", "Local", "Sport", "Weather", "Ferries cancelled", "By Jon Sund", "", PARA]
    [chrome] = page_chrome(lines)
    assert chrome.stop == 5


def test_pasted_pages_under_bare_page_banners() -> None:
    second = textwrap.dedent(f"""\
        Coastline Weekly Homepage
        Skip to content
        News
        Nature
        Travel
        Menu

        Seal colony returns to the sandbank
        1 hour ago
        Share

        {PARA2}

        {PARA}

        {PARA3}

        Copyright 2027 Coastline Weekly.
        """)
    text = f"--- page 1 ---\n\n{PAGE}\n\n--- page 2 ---\n\n{second}"
    assert not epaper.sniff(text) and sniff_text(_decoded("pastes.txt", text)) is None  # no e-paper print
    first, other = _cands("pastes.txt", text)
    assert first.title == "Dredging contract awarded after two-year delay"
    assert other.title == "Seal colony returns to the sandbank"  # no date, no byline: the line under the chrome
    assert other.outlet == "Coastline Weekly"  # the home link's name, which the rights line repeats
    assert "Menu" not in body(other) and "Copyright" not in body(first)
    # Banners that name the paper or the date are an e-paper print's, as before.
    assert epaper.sniff("=== Harbour Gazette · 3 May 2027 · Page 1 ===\nx\n=== Page 2 ===\ny\n")


def test_a_weekday_before_a_date_names_no_outlet() -> None:
    text = f"Ferry fares frozen for another year\nFri, 14/05/2027\n\n{PARA}\n\n{PARA2}\n"
    [c] = _cands("one.txt", text)
    assert c.outlet is None and c.published_on == dt.date(2027, 5, 14)


def test_a_bare_name_is_the_byline_when_the_picture_credit_names_them() -> None:
    text = (f"Seal pups counted on the outer sandbank\nTomas Lindqvist\n9 June 2027\n\n{PARA}\n\n"
            f"Pups rest on the bank at low tide. Photo: TOMAS LINDQVIST\n\n{PARA2}\n")
    [c] = _cands("one.txt", text)
    assert c.authors == ["Tomas Lindqvist"] and c.outlet is None
    # Without the story's word for it, the same line keeps its old reading (an outlet).
    [c] = _cands("one.txt", text.replace("Photo: TOMAS LINDQVIST", "They return each summer."))
    assert c.authors == [] and c.outlet == "Tomas Lindqvist"


def test_a_bare_date_beside_its_update_on_a_stamp_line() -> None:
    assert date_line("14 May 2027 · Updated 20 minutes ago") == dt.date(2027, 5, 14)
    assert date_line("Published: 14 May 2027 | Last updated 15 May 2027") == dt.date(2027, 5, 14)
    assert date_line("Updated 15 May 2027 · 4 min read") is None


def _clean(text: str) -> str:
    cand = Candidate("a.txt", 0, 1, 1, text, [(n + 1, t) for n, t in enumerate(text.split("\n"))])
    return "\n\n".join(CLEANER.clean(cand).paragraphs)


def test_page_tools_timestamps_related_topics_and_beat_bios_are_cleaned() -> None:
    text = "\n\n".join([
        "40 minutes ago", "Print this story", "05/06/2027 · Updated 20 minutes ago", PARA,
        "Skippers wait out the gale at the quay. (Coast Weekly photo)", PARA2,
        "Tomas Lind covers fisheries and the harbour for the Coast Weekly.",
        "Related Topics", "Fisheries", "Harbour", "Dredging under way in the outer channel",
    ])
    out = _clean(text)
    assert out == f"{PARA}\n\n{PARA2}", out
    # The topic links and teaser headlines under 'Related topics' go with it.
    tail = ["Related Topics", "Fisheries", "Harbour", "Dredging under way in the outer channel"]
    assert _clean("\n\n".join([PARA, PARA2, *tail])) == f"{PARA}\n\n{PARA2}"
    # Prose that only looks like the same shapes stays: a fund covering costs, a former reporter.
    tail = "The fund covers repairs for the ferry company. The mayor is a former reporter."
    assert tail in _clean(f"{PARA}\n\n{PARA2}\n\n{tail}")


def test_a_forwarded_story_under_its_credit_line_of_writer_place_and_date() -> None:
    text = textwrap.dedent(f"""\
        Morning both,

        Sending this on from the Ledger; the ferry numbers are worse than we thought.

        Ola

        ---------- Forwarded message ---------
        From: Fjord Ledger <news@fjordledger.example>
        Date: Tue, 4 May 2027 at 07:15
        Subject: Ferry numbers fall for third year

        Ferry numbers fall for a third year on the outer route
        Maja Dahl · Tromsø · 3 May 2027

        {PARA}

        {PARA2}
        """)
    [c] = _cands("fwd.txt", text)
    assert c.title == "Ferry numbers fall for a third year on the outer route"
    assert c.authors == ["Maja Dahl"] and c.published_on == dt.date(2027, 5, 3)
    assert body(c).startswith("The harbour board") and "Ola" not in body(c) and "Forwarded" not in body(c)
    # Two words beside the name are no place of filing: the line stays unread as before.
    assert CTX.credit_reader().read("Maja Dahl | North Cape | 3 May 2027") is None


def test_a_posters_note_of_sentences_over_a_pasted_headline_in_a_digest() -> None:
    from tests.test_plaintext import split

    def message(n: int, who: str, subject: str, paste: str) -> str:
        return (f"Date:    Tue, {n} May 2027 08:0{n}:00 +0200\nFrom:    {who} <{who.split()[0].lower()}@example.org>\n"
                f"Subject: {subject}\n\n{paste}\n\n{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{who.split()[0]}\n\n"
                + "-" * 30 + "\n\n")
    text = ("FJORD-L Digest, issue 212\n\n" + "-" * 30 + "\n\n"
            + message(4, "Lena Moss", "Channel survey", "The board's survey write-up, which ran on 2 May 2027. See the "
                      "last paragraph.\n\nOuter channel survey finds silt at record depth")
            + message(5, "Raj Patel", "Ferries", "Ferry company asks for a new quay\nFjord Ledger, 3 May 2027")
            + message(6, "Lena Moss", "Seals", "Ledger piece from last week. Good news for once.\n\n"
                      "Seal colony returns to the sandbank\nTomas Lindqvist")
            + message(7, "Raj Patel", "Dredging", "Other coast, same problem. From the Fjord Ledger,\n"
                      "by Eva Holm:\n\nDredgers return to the north channel"))
    cands, _ = split(text)
    assert [(c.title, c.published_on, c.authors) for c in cands] == [
        ("Outer channel survey finds silt at record depth", dt.date(2027, 5, 2), []),
        ("Ferry company asks for a new quay", dt.date(2027, 5, 3), []),
        ("Seal colony returns to the sandbank", None, ["Tomas Lindqvist"]),
        ("Dredgers return to the north channel", None, ["Eva Holm"])]
    assert all(body(c).startswith("The harbour board") for c in cands)


def test_a_posters_signature_above_the_lists_own_lines_is_cut() -> None:
    from tests.test_plaintext import split

    def message(n: str, who: str, title: str, sign: str) -> str:
        return (f"{n}\n\nferry news\n    Posted by: \"{who}\" {who.split()[0].lower()}@example.org\n"
                f"    Mon Oct 12, 2026 5:02 pm (PDT)\n\nFrom the Fjord Ledger:\n\n{title}\nBy Tom Hale\n\n"
                f"{PARA}\n\n{PARA2}\n\n{sign}\n\nSent from my phone\n\nBack to top\n"
                "Reply to sender | Reply to group | Reply via web post\nMessages in this topic (1)\n" + "_" * 60 + "\n")
    text = ("Messages In This Digest (2 Messages)\n\n" + "_" * 60 + "\n"
            + message("1a.", "Lena Moss", "Ferry fares frozen", "Lena Moss\nBodø, Nordland")
            + message("2a.", "Raj Patel", "Quay repairs start", "Raj\nGalveston, Tex."))
    cands, _ = split(text)
    assert [c.title for c in cands] == ["Ferry fares frozen", "Quay repairs start"]
    assert [body(c) for c in cands] == [f"{PARA}\n\n{PARA2}"] * 2


def test_a_possessive_place_after_a_byline_is_no_co_author() -> None:
    from tests.test_general_rules11 import BYLINES

    assert BYLINES.byline("By Maja Dahl, St John's") == ["Maja Dahl"]
    assert BYLINES.names("Maja Dahl, King’s Lynn") == ["Maja Dahl"]
    assert BYLINES.names("Maja Dahl, Tom Hale") == ["Maja Dahl", "Tom Hale"]


def test_a_web_digests_topic_is_no_headline_over_a_pasted_credit_line() -> None:
    from tests.test_plaintext import split

    text = ("Messages In This Digest (1 Message)\n\n" + "_" * 60 + "\n1a.\n\nferry fares\n"
            "    Posted by: \"Lena Moss\" lena@example.org   lenamoss\n    Mon Oct 12, 2026 5:02 pm (PDT)\n\n"
            "Fjord Ledger, 11 October 2026 -- Tom Hale\n\nFerry fares frozen for a second winter\n\n"
            f"{PARA}\n\n{PARA2}\n\n{PARA3}\n\nBack to top\n" + "_" * 60 + "\n")
    (c,), _ = split(text)
    assert (c.title, c.outlet, c.authors, c.published_on) == (
        "Ferry fares frozen for a second winter", "Fjord Ledger", ["Tom Hale"], dt.date(2026, 10, 11))


def test_a_mail_that_pastes_one_story_under_the_senders_lead_in(tmp_path: Path) -> None:
    from tests.test_formats_feeds import body as feed_body
    from tests.test_formats_feeds import run

    mail = ("From: Ola Berg <ola@example.org>\nTo: team@example.org\nSubject: ledger thing\n"
            "Date: Wed, 5 May 2027 09:12:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Morning all,\n\nThe Ledger story we talked about on Monday:\n\n"
            f"Outer channel survey finds silt at record depth\nMaja Dahl\n\n{PARA}\n\n{PARA2}\n\n{PARA3}\n\n"
            "Cheers,\nOla\n")
    path = tmp_path / "one.eml"
    path.write_text(mail, encoding="utf-8")
    fmt, (cand,), _ = run(path)
    assert fmt == "eml"
    assert (cand.title, cand.authors) == ("Outer channel survey finds silt at record depth", ["Maja Dahl"])
    assert feed_body(cand) == f"{PARA}\n\n{PARA2}\n\n{PARA3}"


def test_a_papers_name_right_before_its_date_needs_no_comma() -> None:
    reader = CTX.credit_reader()
    credit = reader.read("Fjord Ledger 03/05/2027", True)
    assert credit is not None and (credit.outlet, credit.date) == ("Fjord Ledger", dt.date(2027, 5, 3))
    for line in ("Maja Dahl 03/05/2027", "It reopened on 3 May 2027", "The Ledger reported 3 May 2027"):
        assert reader.read(line, True) is None, line  # a person, a sentence: no credit as before


def test_an_agencys_name_under_the_byline_is_the_outlet() -> None:
    assert CTX.outlets.nameplate("Fjord Press Agency") and not CTX.outlets.nameplate("Harbour Fire Service")
    text = f"Ferry union calls a two-day strike\nBy Maja Dahl\nNordic News Service\n\n{PARA}\n\n{PARA2}\n"
    (c,) = _cands("wire.txt", text)
    assert (c.title, c.authors, c.outlet) == (
        "Ferry union calls a two-day strike", ["Maja Dahl"], "Nordic News Service")
    assert "Nordic" not in body(c)
    credit = CTX.credit_reader().read("Nordic News Service · Thu May 6, 2027 09:20 GMT")
    assert credit is not None and credit.outlet == "Nordic News Service" and credit.date == dt.date(2027, 5, 6)


def test_a_lead_in_naming_the_paper_gives_the_pasted_storys_outlet() -> None:
    text = (f"lena_m\nMay 4\n\nNo date on the clipping, sorry, but it's from the Fjord Ledger:\n\n"
            f"Dredgers return to the north channel\nBy Eva Holm\n\n{PARA}\n\n{PARA2}\n")
    (c,) = _cands("forum.txt", text)
    assert (c.title, c.authors, c.outlet) == ("Dredgers return to the north channel", ["Eva Holm"], "Fjord Ledger")
    # A name after 'from' that is no publication's by its shape gives nothing.
    (c,) = _cands("forum.txt", text.replace("the Fjord Ledger:", "Eva's cousin Tom:"))
    assert c.outlet is None


def test_a_byline_of_name_and_place_without_by() -> None:
    # Between the headline and a dated line, and under a headline below the outlet's dated line.
    above = f"Quay cranes idle after power cut\nMaja Dahl, Tromsø\nFjord Ledger, 3 May 2027\n\n{PARA}\n\n{PARA2}\n"
    below = f"Fjord Ledger, 3 May 2027\nQuay cranes idle after power cut\nMaja Dahl, Tromsø\n\n{PARA}\n\n{PARA2}\n"
    for text in (above, below):
        (c,) = _cands("clip.txt", text)
        assert (c.title, c.authors, c.outlet) == ("Quay cranes idle after power cut", ["Maja Dahl"], "Fjord Ledger")
        assert "Tromsø" not in body(c)
    # A publication's name by its nameplate beside a town stays the outlet.
    credit = CTX.credit_reader().read("Harbour Gazette, Leeds")
    assert credit is not None and credit.outlet == "Harbour Gazette" and credit.authors == ()


def test_a_signature_under_the_pasted_storys_link_is_cut() -> None:
    from tests.test_plaintext import split

    def message(n: int, who: str, title: str) -> str:
        return (f"Date:    Tue, {n} May 2027 08:00:00 +0200\nFrom:    {who} <x@example.org>\nSubject: {title}\n\n"
                f"{title}\nFjord Ledger, {n} May 2027\n\n{PARA}\n\n{PARA2}\n\n"
                f"https://www.fjordledger.example/news/{n}\n\n{who}\nHarbour Users Group, Bodø\n\n" + "-" * 30 + "\n\n")
    text = "FJORD-L Digest\n\n" + "-" * 30 + "\n\n" + message(4, "Lena Moss", "Ferry fares frozen") + message(
        5, "Raj Patel", "Quay repairs start")
    cands, _ = split(text)
    assert [c.title for c in cands] == ["Ferry fares frozen", "Quay repairs start"]
    for c in cands:  # the parser cuts the signature: the link is the text's last line again
        assert not any("Harbour Users Group" in t for _, t in c.body_lines)
        assert c.body_lines[-1][1].startswith("https://www.fjordledger.example/news/")


def test_a_list_members_remark_under_the_pasted_story_is_cut() -> None:
    for remark in ("Does anyone know if the vote went ahead?", "FWIW I was at the meeting and it was packed.",
                   "Sad news. Anyone heard from the ferry company since?"):
        assert _clean(f"{PARA}\n\n{PARA2}\n\n{remark}") == f"{PARA}\n\n{PARA2}", remark
    # In the middle of a story the same words are its text.
    middle = "Does anyone still use the old quay? The board says a dozen boats a week."
    assert middle in _clean(f"{PARA}\n\n{middle}\n\n{PARA2}\n\n{PARA3}")


# --- Session 9 (blind13's first contact): pages copied out of a browser one after another, stamp
# lines in other languages, and the furniture of news pages in other languages. Invented text in
# other shapes than that set's: two blank lines between pages (not three), German, Dutch and
# English pages, a kicker-less selection, a byline closing the text.

KIEL = ("Die Fähre zwischen Kiel und Oslo fährt vom Frühjahr an nur noch dreimal pro Woche. Das teilte die "
        "Reederei am Dienstag in Kiel mit und verwies auf gestiegene Hafengebühren und den teuren Treibstoff.")
KIEL2 = ("Der Hafen will die Gebühren im Sommer überprüfen. Die Stadt Kiel kündigte an, mit der Reederei über "
         "einen Zuschuss für die Wintermonate zu sprechen, damit die Verbindung täglich bleibt.")
DYKE = ("Het waterschap begint in maart met de versterking van de dijk bij Harlingen, zo heeft het bestuur "
        "woensdag besloten na twee jaar overleg met bewoners en vissers uit de haven.")
DYKE2 = ("De werkzaamheden duren naar verwachting drie jaar en kosten ruim veertig miljoen euro, waarvan het "
         "Rijk het grootste deel betaalt. Tijdens de bouw blijft het fietspad over de dijk open.")

BROWSER_PASTE = textwrap.dedent(f"""\
    Naar inhoud
    Waddenbode
    Nieuws
    Regio
    Sport
    Inloggen

    Waterschap versterkt dijk bij Harlingen vanaf maart

    Bewoners krijgen een vast aanspreekpunt tijdens de werkzaamheden

    Sanne de Vries

    12 jan. 2027, 09:30

    Delen
    Reacties (3)

    {DYKE}

    Meer over dit onderwerp
    Nieuwe gemaal bij Makkum in gebruik genomen

    {DYKE2}

    Meest gelezen
    Storm zet Harlingen onder water
    Veerboot vaart weer naar Terschelling

    https://www.waddenbode.nl/regio/waterschap-versterkt-dijk-bij-harlingen-vanaf-maart


    Wirtschaft
    Fähre Kiel–Oslo fährt nur noch dreimal pro Woche
    Die Reederei nennt Hafengebühren und Treibstoff als Gründe.
    Veröffentlicht am 14. Januar 2027 um 15.05 Uhr
    Artikel anhören
    Teilen

    {KIEL}

    {KIEL2}

    Lena Graf (Kiel)

    Themen
    Schifffahrt
    Kiel
    """)


def test_pages_pasted_one_after_another_are_one_article_each() -> None:
    cands = _cands("pasted pages.txt", BROWSER_PASTE)
    assert len(cands) == 2
    dyke, ferry = cands
    assert dyke.title == "Waterschap versterkt dijk bij Harlingen vanaf maart"  # not the subtitle under it
    assert dyke.published_on == dt.date(2027, 1, 12) and dyke.authors == ["Sanne de Vries"]
    assert dyke.url == "https://www.waddenbode.nl/regio/waterschap-versterkt-dijk-bij-harlingen-vanaf-maart"
    assert dyke.outlet == "Waddenbode"  # the chrome's name, which the page's own address spells
    assert body(dyke) == f"{DYKE}\n\n{DYKE2}"  # no buttons, related box, list or address
    assert ferry.title == "Fähre Kiel–Oslo fährt nur noch dreimal pro Woche"  # the kicker is no headline
    assert ferry.published_on == dt.date(2027, 1, 14)
    assert ferry.authors == ["Lena Graf"]  # signed under the text
    assert ferry.outlet is None  # nothing names the site: null, never guessed
    assert body(ferry) == f"{KIEL}\n\n{KIEL2}"


def test_wide_gaps_without_site_navigation_split_nothing() -> None:
    # Two blank lines between paragraphs of a bare text: no chrome, so no pages.
    text = f"Ferry timetable cut\n\n{KIEL}\n\n\n{KIEL2}\n\n\n{DYKE}\n"
    assert len(_cands("notes.txt", text)) == 1


def test_stamp_lines_in_other_languages() -> None:
    assert date_line("Publicado el 4 de mayo de 2027, actualizado el 5 de mayo de 2027") == dt.date(2027, 5, 4)
    assert date_line("Pubblicato il 4 maggio 2027 alle 09:30") == dt.date(2027, 5, 4)
    assert date_line("3 mai 2027 (mis à jour le 4 mai 2027)") == dt.date(2027, 5, 3)
    assert date_line("Veröffentlicht am 4. Mai 2027 um 15.05 Uhr") == dt.date(2027, 5, 4)
    assert date_line("12 ott 2027") == dt.date(2027, 10, 12) and date_line("3 dez. 2027") == dt.date(2027, 12, 3)
    assert date_line("Aktualisiert am 4. Mai 2027") is None  # a revision alone is no publication date
    assert date_line("The plan, updated 4 May 2027") is None


def test_furniture_of_news_pages_in_other_languages_is_cleaned() -> None:
    from ingest.records import Candidate as Cand

    text = ["Escuchar este artículo", "", PARA, "", "Wij en onze partners gebruiken cookies om advertenties te tonen.",
            "", PARA2, "", "FacebookWhatsAppE-Mail", "", "— Advertisement —", "", PARA3, "",
            "Este texto se ha publicado automáticamente a partir de un despacho de agencia.", "",
            "Ana Ruiz es periodista de la sección de Sociedad."]
    cand = Cand(source_path="x", position=0, start_line=1, end_line=len(text), raw_text="\n".join(text),
                body_lines=list(enumerate(text, 1)))
    art = CLEANER.clean(cand)
    assert "\n\n".join(art.paragraphs) == f"{PARA}\n\n{PARA2}\n\n{PARA3}"


def test_the_headline_under_its_kicker_at_the_head_of_the_text_goes() -> None:
    from ingest.records import Candidate as Cand

    for head in ("Shipping: Ferry to Oslo runs three days a week", "Shipping:Ferry to Oslo runs three days a week"):
        text = [head, "", PARA, "", "Note: the harbour office is closed on Monday.", "", PARA2]
        cand = Cand(source_path="x", position=0, start_line=1, end_line=len(text), raw_text="\n".join(text),
                    body_lines=list(enumerate(text, 1)), title="Ferry to Oslo runs three days a week")
        art = CLEANER.clean(cand)
        assert art.paragraphs[0] == PARA  # the kicker and the headline it heads are the page's head
        assert "Note: the harbour office is closed on Monday." in art.paragraphs  # a label in the text stays


def test_one_page_pasted_with_a_place_stamp_and_a_caption_over_the_byline() -> None:
    text = textwrap.dedent(f"""\
        Ir al contenido
        EL CORREO DEL PUERTO
        Local
        Mar
        Opinión
        Suscríbete

        El puerto de Bilbao amplía el muelle de cruceros

        La obra costará 30 millones y estará lista para la temporada de 2029

        Un crucero atracado en Getxo, en una imagen de archivo.ANA SOTO

        Iker Zubia

        Bilbao - 14 mar 2027 - 09:20 CET

        Compartir en Whatsapp
        Copiar enlace

        {DYKE}

        {DYKE2}

        https://elcorreodelpuerto.es/local/2027-03-14/el-puerto-de-bilbao-amplia-el-muelle-de-cruceros.html
        """)
    [c] = _cands("pegado.txt", text)
    assert c.title == "El puerto de Bilbao amplía el muelle de cruceros"  # not the subtitle, not the caption
    assert c.published_on == dt.date(2027, 3, 14) and c.authors == ["Iker Zubia"]
    assert c.outlet == "El Correo del Puerto"  # the capitals of the chrome's name, which the address spells
    assert body(c) == f"{DYKE}\n\n{DYKE2}"


def test_the_place_on_a_spanish_press_stamp_is_no_outlet() -> None:
    text = f"Ferry fares frozen for another year\nBilbao - 14 mar 2027 - 09:20 CET\n\n{PARA}\n\n{PARA2}\n"
    [c] = _cands("clip.txt", text)
    assert c.published_on == dt.date(2027, 3, 14) and c.outlet is None


def test_a_mail_digest_with_site_chrome_on_top_is_no_browser_paste() -> None:
    from ingest.formats.pasted_pages import split_pasted

    text = BROWSER_PASTE.replace("Wirtschaft\n", "From: Lena Graf <lena@example.org>\nSubject: Fähre\n", 1)
    orig = text.split("\n")
    assert split_pasted("digest.txt", orig, orig, page_chrome(orig), CTX) is None


def test_a_pasted_page_with_its_date_over_the_headline_and_one_with_no_date() -> None:
    first = textwrap.dedent(f"""\
        Skip to content
        Home
        News
        Business
        Sign in

        Harbour board signs dredging contract with Esbjerg firm
        By
        Jon Sund, Senior Ports Correspondent, Coast News Service
        9 March 2027
        Share

        {PARA}

        {PARA2}
        """)
    second = f"Ports\nWednesday 10 March 2027\nSkippers welcome the deeper channel\n\n{PARA2}\n\n{PARA}\n"
    third = (f"Seal count reaches a record on the outer bank\n\n{PARA3} {PARA3}\n\n{PARA} {PARA2}\n\n"
             "Most read\nFerry fares frozen\n")
    cands = _cands("pastes.txt", f"{first}\n\n\n{second}\n\n\n{third}")
    assert [c.title for c in cands] == ["Harbour board signs dredging contract with Esbjerg firm",
                                        "Skippers welcome the deeper channel",  # under its date
                                        "Seal count reaches a record on the outer bank"]  # no date at all
    assert cands[0].published_on == dt.date(2027, 3, 9) and cands[0].authors == ["Jon Sund"]
    assert body(cands[0]) == f"{PARA}\n\n{PARA2}"  # the byline's second line is head, not text
    assert cands[1].published_on == dt.date(2027, 3, 10) and body(cands[1]) == f"{PARA2}\n\n{PARA}"
    assert cands[2].published_on is None and "Most read" not in body(cands[2])


def test_a_skip_link_opens_a_pasted_page_after_a_single_blank_line() -> None:
    chrome = "Zum Inhalt springen\nStartseite\nPolitik\nWirtschaft\nSport\nAbonnieren\n"
    text = BROWSER_PASTE.replace("\n\n\nWirtschaft\n", f"\n\n{chrome}\nWirtschaft\n")
    dyke, ferry = _cands("pasted pages.txt", text)
    assert dyke.url is not None and dyke.url.endswith("vanaf-maart")
    assert ferry.title == "Fähre Kiel–Oslo fährt nur noch dreimal pro Woche"
    assert "Politik" not in body(ferry) and "Zum Inhalt" not in body(dyke)
