"""General rules from blind16's first contact (session 9) for news databases in their own
languages, on invented text in shapes unlike that set's: the classic Nexis export made in the
German and French interfaces (translated labels, count line and end marker from the reader's data
file), and a file whose numeric dates are settled by the same day stated with its month named."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest import formats
from ingest.dates import numeric_order
from ingest.records import Candidate, CleanArticle, Source
from tests.test_formats_feeds import _ctx


def _parse(name: str, text: str, encoding: str = "utf-8") -> tuple[str, list[CleanArticle]]:
    data = text.encode(encoding)
    ctx, cleaner = _ctx()
    decoded = formats.decode(Source(name, data, hashlib.sha256(data).hexdigest()))
    fmt = formats.sniff(decoded)
    items = list(formats.FORMATS[fmt](decoded, ctx))
    return fmt, [cleaner.clean(i) for i in items if isinstance(i, Candidate)]


# German interface, labels in capitals with an umlaut, no "Body" line, a headline between the
# length and the byline, the load date and the end marker in German.
NEXIS_DE = """\
Nexis® Deutschland
Benutzername: archiv.hafen
Dokumente (2)


                              1 von 2 DOKUMENTEN

                              Weserkurier Abend

                              12. März 2027 Freitag

                     Copyright 2027 Weserkurier Verlag GmbH Alle Rechte vorbehalten

RUBRIK: LOKALES; S. 3
LÄNGE: 64 Wörter

Fährlinie nach Harriersand fährt wieder

AUTOR: Henrike Vosskamp

Die Fähre zwischen Brake und der Insel Harriersand nimmt am Samstag den Betrieb wieder auf,
nachdem der Anleger über den Winter erneuert worden ist.

Hinweis: Die erste Abfahrt ist um 7.15 Uhr.

Der Landkreis hat für die Arbeiten rund 400.000 Euro ausgegeben.

LADEDATUM: 13. März 2027

SPRACHE: GERMAN

Ende des Dokuments


                              2 von 2 DOKUMENTEN

                              Nordwest Rundschau

                              13. März 2027 Samstag

Werft meldet volle Auftragsbücher

RUBRIK: WIRTSCHAFT; S. 9
LÄNGE: 41 Wörter

Die Werft in Berne hat zwei weitere Fähren für die Nordsee bestellt bekommen.

LADEDATUM: 14. März 2027

Ende des Dokuments
"""


def test_classic_nexis_export_in_the_german_interface() -> None:
    fmt, arts = _parse("nexis_de.txt", NEXIS_DE)
    assert fmt == "nexis"
    meta = [(a.candidate.title, a.candidate.outlet, a.candidate.published_on, a.candidate.authors) for a in arts]
    assert meta == [
        ("Fährlinie nach Harriersand fährt wieder", "Weserkurier Abend", dt.date(2027, 3, 12), ["Henrike Vosskamp"]),
        ("Werft meldet volle Auftragsbücher", "Nordwest Rundschau", dt.date(2027, 3, 13), []),
    ]
    assert arts[0].candidate.language == "de"
    assert "Hinweis: Die erste Abfahrt" in arts[0].body  # an unknown label inside the text is text
    assert arts[0].body.rstrip().endswith("ausgegeben.")
    for leak in ("LÄNGE", "RUBRIK", "LADEDATUM", "Ende des Dokuments", "Copyright", "AUTOR"):
        assert all(leak not in a.body for a in arts), leak


# French interface, labels in title case, a "Corps"-less document with a one-word body marker
# absent, the title above the labels, "Fin du document".
NEXIS_FR = """\
1 sur 1 DOCUMENTS

Le Phare de Bretagne

vendredi 5 mars 2027

Le bac de l'île aux Moines augmente ses rotations

Rubrique: Région; Pg. 12
Longueur: 52 mots
Auteur: Gwenaëlle Le Bihan

Dès lundi, le bac assurera une rotation toutes les vingt minutes en heure de pointe.

La compagnie dit avoir recruté deux matelots pour la saison.

Date de chargement: 6 mars 2027

Fin du document
"""


def test_classic_nexis_export_in_the_french_interface() -> None:
    fmt, arts = _parse("nexis_fr.txt", NEXIS_FR)
    assert fmt == "nexis"
    (art,) = arts
    c = art.candidate
    assert (c.title, c.outlet, c.published_on) == (
        "Le bac de l'île aux Moines augmente ses rotations", "Le Phare de Bretagne", dt.date(2027, 3, 5))
    assert art.body.startswith("Dès lundi")
    assert art.body.rstrip().endswith("pour la saison.")
    for leak in ("Longueur", "Rubrique", "chargement", "Fin du document"):
        assert leak not in art.body, leak


def test_a_day_stated_by_name_and_by_number_settles_the_numeric_order() -> None:
    # a bulletin sent on 8 February whose items say 08/02: day-first, so 05/02 beside it is 5 February
    assert numeric_order("Sent: Mon, 8 Feb 2027 07:30\nBulletin 08/02/2027\nItem dated 05/02/2027") is True
    # a US newsletter: 'February 3, 2027' and 02/03/2027 are one day read month-first
    assert numeric_order("Issue of February 3, 2027\nposted 02/03/2027") is False
    # nothing named, or a named day that both readings miss: unproven
    assert numeric_order("Filed 04/06/2027") is None
    assert numeric_order("Filed 04/06/2027 on 1 January 2027") is None


# A MyNews export: one document without a city line or kicker and with two people in its byline,
# one with a kicker and a bare agency credit; no rule between documents.
MYNEWS = """\ufeffMyNews Hemeroteca
Dossier: Puertos del Cantábrico
Exportado: 02/03/2027 18:05

El Faro de Gijón
Martes, 2 de marzo de 2027
Pág. 6
Palabras: 48

Reabre el muelle de cruceros tras las obras
Por Nerea Valdés y Tomás Iglesias

El muelle de cruceros de El Musel recibe esta semana su primera escala tras seis meses de obras.

La Autoridad Portuaria calcula que llegarán 40 buques este año.
© El Faro de Gijón.
Documento: FGI-0302-6

Diario Cántabro
Santander
Miércoles, 3 de marzo de 2027
Pág. 22
Sección: Economía
Idioma: Español

PUERTOS
Santander amplía la terminal de graneles
Agencia Norte Press

La ampliación de la terminal costará doce millones y estará lista en 2028.
"""


def test_mynews_export() -> None:
    fmt, arts = _parse("dossier.txt", MYNEWS, "utf-16")
    assert fmt == "mynews"
    meta = [(a.candidate.title, a.candidate.outlet, a.candidate.published_on, a.candidate.authors) for a in arts]
    assert meta == [
        ("Reabre el muelle de cruceros tras las obras", "El Faro de Gijón", dt.date(2027, 3, 2),
         ["Nerea Valdés", "Tomás Iglesias"]),
        ("Santander amplía la terminal de graneles", "Diario Cántabro", dt.date(2027, 3, 3), ["Agencia Norte Press"]),
    ]
    assert arts[1].candidate.language == "es"
    assert arts[0].body.rstrip().endswith("40 buques este año.")
    for leak in ("Pág.", "Palabras", "Documento", "©", "PUERTOS", "Santander\n", "Exportado"):
        assert all(leak not in a.body for a in arts), leak


# A press office's cuttings file: a cover with a contents list naming each paper before its
# headline ('Paper – Headline', some under a section word), then labelled items.
def _cutting(paper: str, day: str, title: str, text: str) -> str:
    return f"Source: {paper}\nDate: {day}\nTitle: {title}\n\n{text}\n\n" + "*" * 40 + "\n\n"


CUTTINGS = (
    "Harbour Board Cuttings, 14 May 2027\nCompiled by the press desk of the Harbour Board\n\n"
    "Internal circulation only. Items are reproduced for review purposes.\n\nCONTENTS\n\n"
    "1. The Lowland Herald – Ferry fares frozen for the winter timetable\n"
    "2. Tidewater Echo – Dredger arrives to clear the silted channel\n"
    "3. ABROAD – Nordkap Tidende – Fiskebåtene blir liggende i havn\n\n" + "*" * 40 + "\n\n"
    + _cutting("The Lowland Herald", "14/05/2027", "Ferry fares frozen for the winter timetable",
               "The ferry operator will keep fares at this year's level until March, its board decided on "
               "Tuesday after a consultation with island residents and the county council.")
    + _cutting("Tidewater Echo", "13/05/2027", "Dredger arrives to clear the silted channel",
               "A dredger from Rotterdam began work on the silted approach channel on Wednesday and is "
               "expected to remove about 80,000 cubic metres of sand before the summer season.")
    + _cutting("Nordkap Tidende", "14/05/2027", "Fiskebåtene blir liggende i havn",
               "Fiskebåtene i Honningsvåg blir liggende i havn resten av uken på grunn av storm, "
               "melder havnevesenet, som ber mannskapene sikre fortøyningene.")
)


def test_a_contents_list_naming_the_papers_is_no_article() -> None:
    _fmt, arts = _parse("cuttings.txt", CUTTINGS)
    titles = [a.candidate.title for a in arts]
    assert titles == ["Ferry fares frozen for the winter timetable", "Dredger arrives to clear the silted channel",
                      "Fiskebåtene blir liggende i havn"]
    assert all("CONTENTS" not in a.body for a in arts)


# A Nexis Uni download made in the Spanish interface: no count lines, the document closed by
# the translated end marker, the weekday after the date in Spanish.
NEXIS_UNI_ES = """\
Usuario: hemeroteca.uv
Documentos (1)

Los astilleros de Vigo firman tres contratos

El Eco de Galicia
5 de marzo de 2027 viernes
Copyright 2027 Ediciones del Eco S.L.
Sección: ECONOMÍA; Pág. 18
Longitud: 38 palabras
Byline: Iria Souto
Cuerpo
Tres astilleros de la ría firmaron ayer contratos para construir buques oceanográficos.

Las obras darán empleo a unas 600 personas durante dos años.
Fecha de carga: 6 de marzo de 2027
Fin del documento
"""


def test_nexis_uni_download_in_the_spanish_interface() -> None:
    fmt, arts = _parse("nexis_uni_es.txt", NEXIS_UNI_ES)
    assert fmt == "nexis"
    (art,) = arts
    c = art.candidate
    assert (c.title, c.outlet, c.published_on, c.authors) == (
        "Los astilleros de Vigo firman tres contratos", "El Eco de Galicia", dt.date(2027, 3, 5), ["Iria Souto"])
    assert art.body.startswith("Tres astilleros")
    assert art.body.rstrip().endswith("durante dos años.")
    for leak in ("Longitud", "Cuerpo", "Fecha de carga", "Fin del documento", "Copyright"):
        assert leak not in art.body, leak
