"""General rules from blind16's first contact (session 9, French and German databases and an
English wire file), each on invented text in shapes unlike that set's: a Europresse export in
the English interface and in French without sur-titres, a GBI-Genios export with a document that
states its paper only in its field block, an agency's code alone in a byline slot, a wire file
whose masthead is no site name and whose byline is echoed below, and Latin-1 German text the
charset detector names after a Central European page."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest import formats
from ingest.decode import decode_bytes
from ingest.formats.exports import reads_as_credit, slot_credit
from ingest.records import Candidate, Rejection, Source
from tests.test_formats_feeds import _ctx


def run_bytes(name: str, data: bytes) -> tuple[str | None, str, list[Candidate], list[Rejection]]:
    """Sniff and parse one invented file as the pipeline does: (format, encoding, candidates, rejections)."""
    decoded = formats.decode(Source(name, data, hashlib.sha256(data).hexdigest()))
    fmt = formats.sniff(decoded)
    items = list(formats.FORMATS[fmt](decoded, _ctx()[0]))
    return (fmt, decoded.encoding, [i for i in items if isinstance(i, Candidate)],
            [i for i in items if isinstance(i, Rejection)])


def text_of(cand: Candidate) -> str:
    return "\n".join(t for _, t in cand.body_lines).strip()


# -- Europresse ------------------------------------------------------------------------------------

# French interface, cp1252: a document with a "Par" byline and no sur-titre, one with no byline at
# all, and one without a blank line between its source block and the next document.
EUROPRESSE_FR = (
    "Europresse.com\r\n"
    "Médiathèque de Vernon\r\n"
    "3 documents\r\n\r\n"
    "Ce document est réservé à l'usage exclusif de l'utilisateur désigné par Médiathèque de Vernon.\r\n\r\n"
    "La Gazette du Vexin\r\n"
    "samedi 17 avril 2027 212 mots, p. 3\r\n"
    "Vie locale\r\n"
    "Le marché couvert rouvrira après deux ans de travaux\r\n"
    "Par Odile Ferrand et Paul Rimbert\r\n\r\n"
    "Les commerçants du marché couvert retrouveront leurs étals le 2 mai, après deux ans d’un chantier "
    "qui a coûté 3,4 millions d’euros à la commune.\r\n\r\n"
    "« Nous avons tenu les délais », assure l’adjoint aux travaux.\r\n\r\n"
    "© 2027 La Gazette du Vexin. Tous droits réservés.\r\n"
    "Le présent document est protégé par les lois et conventions internationales sur le droit d’auteur.\r\n"
    "Certificat émis le 20 avril 2027 à l'intention de Médiathèque de Vernon.\r\n"
    "news·20270417·GV·0001\r\n\r\n"
    "Nom de la source\r\nLa Gazette du Vexin\r\nType de source\r\nPresse • Journaux\r\n\r\n"
    "Le Réveil normand\r\n"
    "Évreux, lundi 19 avril 2027 98 mots\r\n"
    "Sports\r\n"
    "Le club de hand monte en Nationale 2\r\n\r\n"
    "Victoire à domicile samedi soir pour les handballeurs évreusiens, qui assurent leur montée.\r\n\r\n"
    "© 2027 Le Réveil normand. Tous droits réservés.\r\n"
    "news·20270419·RN·0002\r\n"
).encode("cp1252")

# English interface, UTF-8.
EUROPRESSE_EN = (
    "Europresse.com\n"
    "Lakeside College Library\n"
    "1 document\n\n"
    "Harbour Courier\n"
    "Tuesday, March 9, 2027 301 words, p. 12\n"
    "Business\n"
    "Ferry operator\n"
    "Ferry operator orders two electric boats\n"
    "By Nils Aaberg\n\n"
    "The operator said the boats would enter service in 2029.\n\n"
    "© 2027 Harbour Courier. All rights reserved.\n"
    "This document is protected by copyright laws and international copyright treaties.\n"
    "Certificate issued on March 12, 2027 to Lakeside College Library for personal and temporary viewing.\n"
    "news·20270309·HC·0042\n"
)


def test_europresse_export_french_interface() -> None:
    fmt, encoding, (market, hand), rejected = run_bytes("export.txt", EUROPRESSE_FR)
    assert (fmt, encoding) == ("europresse", "cp1252")
    assert market.title == "Le marché couvert rouvrira après deux ans de travaux"  # never the rubrique
    assert market.outlet == "La Gazette du Vexin"
    assert market.published_on == dt.date(2027, 4, 17)  # never the certificate's 20 April
    assert market.authors == ["Odile Ferrand", "Paul Rimbert"]
    body = text_of(market)
    assert body.startswith("Les commerçants") and body.endswith("l’adjoint aux travaux.")
    for furniture in ("Tous droits réservés", "Certificat émis", "news·", "Nom de la source", "212 mots"):
        assert furniture not in body
    # no byline under the headline: the headline is not taken for one, the edition is no outlet
    assert (hand.title, hand.authors, hand.outlet) == ("Le club de hand monte en Nationale 2", [], "Le Réveil normand")
    assert hand.published_on == dt.date(2027, 4, 19)
    assert text_of(hand).startswith("Victoire") and "©" not in text_of(hand)
    assert rejected and rejected[0].lines == 4  # database, subscriber, count, usage notice


def test_europresse_export_english_interface_with_a_kicker() -> None:
    fmt, _, (ferry,), _ = run_bytes("export.txt", EUROPRESSE_EN.encode())
    assert fmt == "europresse"
    assert ferry.title == "Ferry operator orders two electric boats"  # the kicker above it is not
    assert ferry.published_on == dt.date(2027, 3, 9) and ferry.authors == ["Nils Aaberg"]
    assert text_of(ferry) == "The operator said the boats would enter service in 2029."


# -- GBI-Genios --------------------------------------------------------------------------------------

# Latin-1; no Dachzeilen; two people in one byline; an agency's code without "Von"; a document
# whose citation line is missing, whose paper and date only its "Quelle:"/"Datum:" fields state.
GENIOS = (
    "GBI-Genios Deutsche Wirtschaftsdatenbank GmbH\n"
    "Trefferliste: 3 Dokumente\n"
    "Suche: Fähre AND Kiel   Zeitraum: 01.05.2027 - 31.05.2027\n\n"
    "Dokument 1 von 3\n\n"
    "Kieler Abendpost vom 12.05.2027, Seite 14, Rubrik: Lokales\n\n"
    "Neue Fähre für die Förde\n"
    "Von Jens Harder und Maike Lührs\n\n"
    "Die Förde bekommt im Sommer eine zweite Elektrofähre. »Wir sind spät dran«, sagt der Betreiber.\n\n"
    "Quelle: Kieler Abendpost, Mittwoch, 12. Mai 2027, S. 14\n"
    "Datum: 12.05.2027\n"
    "Dokumentnummer: KAP__0001\n\n"
    "Dauerhafte Adresse des Dokuments: https://www.wiso-net.de/document/KAP__0001\n\n"
    "© GBI-Genios Deutsche Wirtschaftsdatenbank GmbH\n\n"
    "Dokumentende\n\n"
    "Dokument 2 von 3\n\n"
    "Husumer Bote vom 13.05.2027, Ausgabe Nord, Seite 2\n\n"
    "Hafen meldet Rekord beim Umschlag\n"
    "dpa\n\n"
    "Husum (dpa) - Der Hafen hat im April so viel Ware umgeschlagen wie nie zuvor.\n\n"
    "Datum: 13.05.2027\n"
    "Länge: 15 Wörter\n\n"
    "Dokumentende\n\n"
    "Dokument 3 von 3\n\n"
    "Werftarbeiter streiken weiter\n\n"
    "Auch am dritten Tag ruht die Arbeit auf der Werft in Rendsburg.\n\n"
    "Quelle: Landeszeitung Rendsburg, Freitag, 14. Mai 2027, S. 1\n"
    "Datum: 14.05.2027\n\n"
    "Dokumentende\n"
).encode("latin-1")


def test_genios_export() -> None:
    fmt, encoding, (ferry, port, strike), rejected = run_bytes("wiso.txt", GENIOS)
    assert fmt == "genios" and encoding == "cp1252"  # (the same text as Latin-1: see test below)
    assert ferry.outlet == "Kieler Abendpost"  # never the database
    assert ferry.published_on == dt.date(2027, 5, 12)  # day first; never the search range
    assert ferry.title == "Neue Fähre für die Förde"
    assert ferry.authors == ["Jens Harder", "Maike Lührs"]
    assert text_of(ferry).startswith("Die Förde") and text_of(ferry).endswith("der Betreiber.")
    assert ferry.url is None
    for furniture in ("Quelle:", "Dauerhafte Adresse", "wiso-net", "GBI-Genios", "Dokumentende"):
        assert furniture not in text_of(ferry)
    assert port.authors == ["dpa"]  # an agency's code alone is the agency's credit
    assert text_of(port).startswith("Husum (dpa) -")  # the dateline stays text
    assert (port.outlet, port.published_on) == ("Husumer Bote", dt.date(2027, 5, 13))
    # no citation line: the field block names the paper and the date
    assert strike.title == "Werftarbeiter streiken weiter"
    assert (strike.outlet, strike.published_on) == ("Landeszeitung Rendsburg", dt.date(2027, 5, 14))
    assert rejected[0].lines == 3


def test_byline_slot_credits() -> None:
    bylines = _ctx()[0].bylines
    assert slot_credit("Von APA", bylines, ["von"]) == ["APA"]
    assert slot_credit("Par Léa Morel", bylines, ["par"]) == ["Léa Morel"]
    assert reads_as_credit("sda", bylines) and reads_as_credit("Von Jo Kurz", bylines, ["von"])
    assert not reads_as_credit("Neue Regeln für Lastwagen ab Montag", bylines)


# -- wire files and encodings ------------------------------------------------------------------------

WIRE_FILE = (
    "NORDIC NEWSWIRE - SHIPPING DESK\n"
    "For subscribers only\n\n\n"
    "NN-SHIPPING-BALTIC/ICE\n\n"
    "Icebreakers called out early as Gulf of Bothnia freezes\n"
    "14 January 2027 08:10 GMT\n"
    "By Sanna Virtanen\n\n"
    "OULU, Finland, Jan 14 (Nordic Newswire) - Finland sent its first icebreakers north on Thursday, "
    "three weeks earlier than usual, as ice closed the approaches to Oulu and Kemi.\n\n"
    "Shipping companies said delays of a day were likely for the rest of the month.\n\n"
    "(c) Nordic Newswire 2027\n\n"
    "----------------------------------------\n\n"
    "NN-SHIPPING-PORTS/STRIKE\n\n"
    "Swedish dockers call off weekend strike\n"
    "15 January 2027 17:45 GMT\n"
    "By Sanna Virtanen and Erik Holm\n\n"
    "STOCKHOLM, Jan 15 (Nordic Newswire) - Swedish dockworkers called off a strike planned for the "
    "weekend after the port employers improved their offer, the union said on Friday.\n\n"
    "(c) Nordic Newswire 2027\n"
)


def test_wire_file_byline_is_no_site_name() -> None:
    _, _, (ice, dock), _ = run_bytes("wire.txt", WIRE_FILE.encode())
    assert ice.authors == ["Sanna Virtanen"]
    # "By Sanna Virtanen" recurs in the second story's byline: still the writer, never the outlet
    assert ice.outlet != "By Sanna Virtanen" and dock.outlet != "By Sanna Virtanen"


def test_latin1_german_is_named_windows_1252() -> None:
    data = ("Die Brücke über die Förde bleibt gesperrt. »Wir prüfen täglich«, sagt die Straßenmeisterei. "
            "Größere Lastwagen müssen über Flensburg ausweichen; Anlieger dürfen passieren.\n" * 3).encode("latin-1")
    text, encoding, lossy = decode_bytes(data)
    assert text.startswith("Die Brücke über die Förde") and not lossy
    assert encoding not in {"cp1250", "cp1257", "iso8859_2", "iso8859_10", "iso8859_14"}
