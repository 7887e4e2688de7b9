# -*- coding: utf-8 -*-
"""Build tests/blind16/dumps/* and tests/blind16/gold.json (stdlib only, deterministic).

usage: /work/main/.venv/bin/python tests/blind16/build/build_set.py

Beat: a rockslide cuts the Maurienne (Modane) rail freight line between France and Italy on 1 December 2026;
lorries divert to the Brenner and Fréjus, Tyrol tightens its lorry limits, hauliers and ports complain.
Every story, person, outlet, agency and organisation is invented; places are real.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

F_EP = "Europresse_export_2026-12-04_Maurienne.txt"
F_GE = "GENIOS_WISO_Export_03122026.txt"
F_LN = "LexisNexis_NL_goederenvervoer_2026-12-04.txt"
F_MN = "MyNews_hemeroteca_transporte_04122026.txt"
F_RS = "RASSEGNA STAMPA del 3-12-2026.txt"
F_CW = "continental-wire_transport_2026-12-04.txt"
ALL = [F_EP, F_GE, F_LN, F_MN, F_RS, F_CW]
assert ALL == sorted(ALL)

ART, COPIES, MUSTNOT, POS, EXTRA = {}, {}, {}, {}, {}


def art(aid, title, outlets, date, authors, paras, **kw):
    ART[aid] = dict(title=title, outlets=outlets, date=date, authors=authors, paras=paras, **kw)


def reg(aid, src, paras, mn=()):
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    addmn(aid, mn)


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 10 and s not in lst:
            lst.append(s)


# ================================================================ articles
FR_BG = ("La ligne historique entre Saint-Jean-de-Maurienne et Modane voit passer chaque jour une quarantaine de "
         "trains de fret, soit l’équivalent d’environ 1 800 camions.")
art("fr-ape-eboulement", "Éboulement en Maurienne : la ligne fret vers l’Italie coupée pour des mois",
    ["Le Courrier de Savoie"], "2026-12-02", [["APE"], ["Agence Presse Europe"]], [
        "Un éboulement de près de 9 000 mètres cubes de roches a enseveli mardi matin la voie ferrée entre "
        "Saint-Michel-de-Maurienne et Modane, interrompant la principale liaison ferroviaire de fret entre la "
        "France et l’Italie, a-t-on appris auprès du gestionnaire du réseau.",
        "Aucun train ne circulait au moment de la chute de blocs, survenue vers 6 h 40 au lieu-dit Le Replat. "
        "« Les premières expertises laissent penser que la paroi reste instable ; nous ne rouvrirons pas avant "
        "plusieurs mois », a déclaré Hélène Vercors, directrice régionale de Réseau Ferré Alpin.",
        FR_BG,
        "Les transporteurs redoutent un report massif vers le tunnel routier du Fréjus, déjà saturé en cette "
        "période de fin d’année. La préfecture de Savoie doit réunir les élus de la vallée jeudi.",
    ],
    trim_para=3,
    local_extra="À Albertville, la chambre de commerce a ouvert une cellule d’information pour les entreprises "
                "qui expédient leurs marchandises vers le Piémont.")
art("fr-cs-camions", "Maurienne : les camions reviennent en masse dans la vallée", ["Le Courrier de Savoie"],
    "2026-12-03", [["Julien Marchetti"]], [
        "Deux jours après l’éboulement qui a coupé la voie ferrée, la vallée de la Maurienne a vu passer mercredi "
        "4 300 poids lourds en direction du tunnel du Fréjus, un record depuis 2019 selon les compteurs de la "
        "société d’autoroute.",
        "À Saint-Jean-de-Maurienne, les files d’attente remontaient jusqu’à la sortie 27 en fin de matinée. "
        "« On respire les gaz d’échappement du matin au soir, et ce n’est que le début », s’agace Martine Rosaz, "
        "présidente d’une association de riverains.",
        FR_BG,
        "Le préfet a annoncé un système de régulation des poids lourds par créneaux horaires à partir de lundi, "
        "sur le modèle de celui mis en place lors des chutes de neige.",
    ])
art("fr-pl-lyon", "À Lyon, les chargeurs cherchent des trains de secours", ["Le Progrès Lyonnais"], "2026-12-04",
    [["Claire Dumoulin"]], [
        "Au port Édouard-Herriot, les entreprises qui expédiaient chaque semaine des conteneurs vers Turin par "
        "le rail se sont retrouvées sans solution depuis mardi. Certaines tentent de passer par la Suisse, au "
        "prix de deux jours de trajet supplémentaires.",
        "« Nous avons trouvé trois sillons via le Simplon pour la semaine prochaine, pas davantage », explique "
        "Bruno Lacombe, directeur logistique d’un fabricant de pièces automobiles de Vénissieux.",
        "La région Auvergne-Rhône-Alpes envisage une aide d’urgence pour compenser le surcoût du transport "
        "routier, qu’elle estime à 1,2 million d’euros par mois pour les seules entreprises lyonnaises.",
    ])

DE_BG = ("Tirol begrenzt seit Jahren den Schwerverkehr auf der Brennerautobahn mit Nachtfahrverboten und "
         "Blockabfertigung; Italien und Deutschland halten die Maßnahmen für unvereinbar mit dem EU-Recht.")
art("de-mnd-tirol", "Tirol verschärft Lkw-Regeln nach Bahnsperre in Frankreich", ["Allgäuer Rundschau"],
    "2026-12-03", [["mnd"]], [
        "Innsbruck (mnd) - Nach der Sperrung der Bahnstrecke durch das französische Maurienne-Tal rechnet Tirol "
        "mit deutlich mehr Lastwagen auf der Brennerroute und zieht die Notbremse. Ab Montag gilt die "
        "Blockabfertigung bei Kufstein an allen Werktagen statt wie bisher an zwölf Tagen im Monat.",
        "»Wir werden nicht zulassen, dass Tirol zum Ausweichkorridor für halb Europa wird«, sagte "
        "Landesverkehrsreferentin Theresa Anichhofer am Mittwoch in Innsbruck. Bis zu 900 zusätzliche Lkw pro "
        "Tag seien zu erwarten.",
        DE_BG,
        "Der Bundesverband der Spediteure kündigte an, bei der EU-Kommission Beschwerde einzulegen.",
    ], trim_para=3,
    local_extra="Auch im Allgäu dürfte der Umwegverkehr spürbar werden: Die Autobahndirektion rechnet auf der "
                "A7 vor dem Grenztunnel Füssen mit längeren Staus.")
art("de-ma-spediteure", "Spediteure schlagen Alarm: Italien-Verkehr vor dem Kollaps", ["Münchner Abendblatt"],
    "2026-12-03", [["Katrin Oberlechner"]], [
        "Für Münchner Speditionen ist die Sperrung der französischen Alpenbahn ein doppelter Schlag. Die Züge "
        "Richtung Turin fallen aus, und auf dem Brenner drohen wegen der neuen Tiroler Regeln kilometerlange "
        "Staus.",
        "»Wir haben 40 Ladungen pro Woche nach Norditalien, für die es derzeit schlicht keinen verlässlichen Weg "
        "gibt«, sagt Florian Greindl, Geschäftsführer einer Spedition in Feldkirchen. Er hat bereits Fahrer aus "
        "dem Urlaub zurückgeholt.",
        "Die Industrie- und Handelskammer fordert von der Bundesregierung, in Wien und Paris auf eine schnelle "
        "Lösung zu drängen. Eine Rückkehr der Güterzüge ins Maurienne-Tal wird nicht vor dem Frühjahr "
        "erwartet.",
    ])
art("de-nz-korridor", "Brüssel prüft Notfallplan für den Alpentransit", ["Nordsee-Zeitung Bremen"], "2026-12-04",
    [["Henrik Stallbaum"]], [
        "Die EU-Kommission will kommende Woche einen Notfallplan für den Güterverkehr über die Alpen vorlegen. "
        "Das kündigte Verkehrskommissarin Ilse Vandermeulen am Donnerstag nach einem Treffen mit den "
        "Verkehrsministern Frankreichs, Italiens und Österreichs an.",
        "Im Gespräch sind zusätzliche Trassen über die Schweizer Gotthard- und Lötschberglinien sowie eine "
        "befristete Aussetzung der Tiroler Blockabfertigung. Wien lehnt Letzteres bislang ab.",
        "Für die Bremer Häfen geht es um rund 60 Containerzüge im Monat, die bislang über Modane nach "
        "Norditalien liefen.",
    ])

art("es-ain-camioneros", "Cientos de camioneros españoles, atrapados por el corte ferroviario en los Alpes",
    ["Diario del Pirineo"], "2026-12-03", [["AIN"], ["Agencia Ibérica de Noticias"]], [
        "Cientos de transportistas españoles que cubren la ruta hacia el norte de Italia sufren desde el martes "
        "esperas de hasta diez horas en los accesos al túnel del Fréjus, tras el desprendimiento que cortó la "
        "línea ferroviaria de mercancías de la Maurienne.",
        "«Hay compañeros que llevan dos noches durmiendo en la cabina en un área de servicio de Chambéry», "
        "explicó Ramón Escartín, portavoz de la Federación de Transportistas del Alto Aragón.",
        "La patronal pide al Ministerio de Transportes que active la línea de ayudas por cierres de fronteras "
        "y que reclame a Francia corredores prioritarios para la mercancía perecedera.",
    ], trim_para=2,
    local_extra="En Huesca, al menos una docena de empresas de fruta tienen camiones parados en la ruta.")
art("es-va-gobierno", "El Gobierno pedirá a Bruselas trenes alternativos por Suiza", ["La Voz de Aragón"],
    "2026-12-04", [["Lucía Bergua"]], [
        "El Ministerio de Transportes planteará el lunes en Bruselas la apertura de corredores ferroviarios de "
        "emergencia a través de Suiza para la carga española con destino a Italia.",
        "«No podemos esperar a la primavera con los camiones parados en los Alpes», afirmó la secretaria "
        "general de Movilidad, Pilar Ascaso, durante una visita a la plataforma logística de Zaragoza.",
        "Según el sector, unas 2.300 expediciones semanales de fruta, automoción y química dependen de la "
        "conexión entre Francia e Italia.",
    ])

art("nl-rd-haven", "Rotterdamse treinen naar Italië staan stil", ["Rotterdams Dagblad", "rotterdamsdagblad.nl"],
    "2026-12-03", [["Sanne de Wilde"]], [
        "De afsluiting van de spoorlijn door het Franse Maurienne-dal treft ook de Rotterdamse haven. "
        "Vervoerders schrapten deze week elf containertreinen naar Novara en Turijn.",
        "‘We proberen lading om te leiden via de Gotthard, maar daar is nauwelijks ruimte’, zegt Joost "
        "Verhagen van spoorvervoerder Maasrail Cargo. ‘Klanten krijgen vertragingen van een week of meer.’",
        "Het Havenbedrijf Rotterdam volgt de situatie naar eigen zeggen op de voet. Volgens ingewijden gaat "
        "het om ongeveer zes procent van het spoorvervoer vanuit de haven naar Zuid-Europa.",
    ], online_title="Treinen van Rotterdam naar Italië geschrapt na rotsval in Franse Alpen")
art("nl-bn-bloemen", "Bloemenexporteurs zoeken omweg naar Milaan", ["Brabants Nieuwsblad"], "2026-12-04",
    [["Pieter van Kessel"]], [
        "Exporteurs van snijbloemen en potplanten moeten door de versperde Alpenroutes uitwijken naar duurdere "
        "vrachtwagenritten via Zwitserland.",
        "‘Een vrachtwagen die normaal in achttien uur in Milaan is, doet er nu dertig over’, zegt Marloes "
        "Hendrikx van een kwekerij in Zundert. ‘Voor verse bloemen is dat funest.’",
        "De sectororganisatie schat de extra kosten op tienduizenden euro’s per week.",
    ])

art("it-ani-brennero", "Brennero, il Tirolo stringe sui Tir: blocchi ogni giorno", ["Il Corriere Alpino"],
    "2026-12-03", [["ANI"], ["Agenzia Notizie Italia"]], [
        "Il Tirolo inasprisce i limiti ai mezzi pesanti sull’autostrada del Brennero dopo la chiusura della "
        "linea ferroviaria della Maurienne. Da lunedì il dosaggio dei camion a Kufstein sarà applicato in tutti "
        "i giorni feriali.",
        "«È una decisione unilaterale che danneggia le imprese italiane», ha detto il presidente di "
        "Confautotrasporto Alto Adige, Walter Pichler, chiedendo l’intervento del governo.",
        "Secondo le stime degli autotrasportatori, la misura potrebbe costare al settore oltre 5 milioni di "
        "euro alla settimana.",
    ], trim_para=2,
    local_extra="In provincia di Bolzano la polizia stradale ha già predisposto aree di sosta aggiuntive a "
                "Vipiteno.")
art("it-gt-interporto", "Orbassano, l’interporto si ferma: cinquanta treni in meno", ["La Gazzetta di Torino"],
    "2026-12-03", [["Marco Bellandi"]], [
        "All’interporto di Orbassano i binari sono vuoti. Da martedì, con la linea del Frejus interrotta dalla "
        "frana in Maurienne, sono saltati cinquanta treni merci settimanali da e per la Francia.",
        "«Abbiamo spostato parte del personale su altre attività, ma se lo stop dura mesi servirà la cassa "
        "integrazione», spiega l’amministratore delegato Giorgio Fassino.",
        "La Regione Piemonte ha convocato per venerdì un tavolo con le imprese della logistica.",
    ])

art("it-cs-frana", "Frana in Maurienne, il Frejus merci resta chiuso fino a primavera", ["Corriere Subalpino"],
    "2026-12-02", [["Elena Rivoira"]], [
        "La frana caduta martedì all’alba sulla ferrovia della Maurienne, poco oltre il confine, isola il "
        "Piemonte dalla rete merci francese. I tecnici francesi parlano di almeno tre mesi di lavori prima "
        "di poter riaprire la linea.",
        "A Modane i primi treni sono stati fermati già in mattinata; una ventina di convogli diretti a "
        "Orbassano sono rimasti bloccati sul versante francese.",
        "«Senza la ferrovia, il traffico pesante tornerà tutto sull’autostrada della Val di Susa», avverte il "
        "sindaco di Bussoleno, Davide Chiabrando, che chiede un incontro urgente con il prefetto.",
    ])
art("cw-tyrol", "Tyrol tightens lorry curbs as Alpine rail line stays shut", ["Continental Wire"], "2026-12-02",
    [["Anna Kessler"]], [
        "INNSBRUCK, Austria, Dec 2 (Continental Wire) - Austria's Tyrol province said on Wednesday it would meter "
        "lorries at the German border every working day from Monday, bracing for traffic diverted from a French "
        "rail freight line closed by a rockslide.",
        "\"We expect up to 900 extra trucks a day and we will not let the Brenner become Europe's bypass,\" "
        "regional transport official Theresa Anichhofer told reporters.",
        "Italian hauliers called the move unilateral and said they would ask Rome to take the matter to the "
        "European Commission.",
    ])
art("cw-commission", "EU to draft emergency plan for Alpine freight after rockslide", ["Continental Wire"],
    "2026-12-04", [["Anna Kessler", "Luc Verbeke"]], [
        "BRUSSELS, Dec 4 (Continental Wire) - The European Commission will propose an emergency plan next week "
        "to keep freight moving across the Alps while a French rail line blocked by a rockslide is repaired, "
        "transport commissioner Ilse Vandermeulen said on Friday.",
        "Options include extra train paths through Switzerland and a temporary suspension of Austrian lorry "
        "metering, which Vienna has so far rejected.",
        "The Maurienne line carries around 40 freight trains a day between France and Italy.",
    ])


def P(aid, trim=False, local=False):
    a = ART[aid]
    ps = list(a["paras"])
    if trim:
        ps = ps[:a["trim_para"]]
    if local:
        ps.append(a["local_extra"])
    return ps


def latinise(p):
    """Re-typeset for ISO-8859-15 (no curly quotes, no en dash)."""
    return (p.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-"))


FR_DAYS = {1: "mardi", 2: "mercredi", 3: "jeudi", 4: "vendredi"}
DE_DAYS = {1: "Dienstag", 2: "Mittwoch", 3: "Donnerstag", 4: "Freitag"}
ES_DAYS = {1: "martes", 2: "miércoles", 3: "jueves", 4: "viernes"}
NL_DAYS = {1: "dinsdag", 2: "woensdag", 3: "donderdag", 4: "vrijdag"}


def day(aid):
    return int(ART[aid]["date"][-2:])


def words(ps):
    return sum(len(p.split()) for p in ps)


def write(name, text, enc, crlf=False, bom=b""):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(bom + text.encode(enc))


# ================================================================ Europresse (cp1252, CRLF)
def build_ep():
    EP_LEGAL = ("Le présent document est protégé par les lois et conventions internationales sur le droit d’auteur "
                "et son utilisation est régie par ces lois et conventions.")
    docs = [("fr-ape-eboulement", "Le Courrier de Savoie", "Savoie", "Région", "Maurienne", "APE", False, 5,
             "news·20261202·CS·g8401211", "Régionale"),
            ("fr-ape-eboulement", "L'Écho des Alpes", "Albertville", "Économie", None, "Agence Presse Europe", True, 11,
             "news·20261202·EA·h2291703", "Régionale"),
            ("fr-cs-camions", "Le Courrier de Savoie", "Savoie", "Région", "Transports", "Julien Marchetti", False, 4,
             "news·20261203·CS·g8401354", "Régionale"),
            ("fr-pl-lyon", "Le Progrès Lyonnais", "Lyon", "Économie", "Fret ferroviaire", "Claire Dumoulin", False, 18,
             "news·20261204·PL·b5510829", "Régionale")]
    out = ["Europresse.com", "Bibliothèque municipale de Chambéry", "4 documents", "", "Ce document est réservé à "
           "l'usage exclusif de l'utilisateur désigné par Bibliothèque municipale de Chambéry et ne peut faire "
           "l'objet d'aucune autre utilisation ou diffusion auprès de tiers.", "", ""]
    allmn = []
    for aid, outlet, ed, rub, surtitre, by, local, page, docid, couv in docs:
        a = ART[aid]
        ps = P(aid, trim=local, local=local)
        title = a["title"] if not local else a["title"].replace("coupée pour des mois", "coupée jusqu’au printemps")
        d = day(aid)
        meta = f"{ed}, {FR_DAYS[d]} {d} décembre 2026 {words(ps)} mots, p. {page}"
        cr = f"© 2026 {outlet}. Tous droits réservés."
        cert = (f"Certificat émis le 4 décembre 2026 à l'intention de Bibliothèque municipale de Chambéry à des "
                f"fins de visualisation personnelle et temporaire.")
        out += [outlet, meta, rub] + ([surtitre] if surtitre else []) + [title, by, ""]
        out += sum(([p, ""] for p in ps), [])
        out += [cr, EP_LEGAL, cert, docid, "", "Nom de la source", outlet, "Type de source", "Presse • Journaux",
                "Périodicité", "Quotidien", "Couverture géographique", couv, "Provenance",
                "Auvergne-Rhône-Alpes, France", "", "", ""]
        mn = [meta, cr, EP_LEGAL, cert, docid]
        if local:
            mn.append(title)
            EXTRA.setdefault(aid, []).append((title, outlet))
        reg(aid, F_EP, ps, mn)
        allmn.append(aid)
    for aid in allmn:
        addmn(aid, ["Europresse.com", "Bibliothèque municipale de Chambéry", "Presse • Journaux",
                    "Nom de la source", "Couverture géographique", "Auvergne-Rhône-Alpes, France"])
    write(F_EP, "\n".join(out), "cp1252", crlf=True)


# ================================================================ GENIOS / WISO (ISO-8859-1)
def build_ge():
    docs = [("de-mnd-tirol", "Allgäuer Rundschau", "Kempten", 7, "Wirtschaft", "Alpentransit", "Von mnd", False,
             "ALR__a1f2038a7c4d1e2b0f9a5b1c0d3e4f51", "Allgäuer Verlagsgesellschaft mbH"),
            ("de-ma-spediteure", "Münchner Abendblatt", "Stadtausgabe", 23, "Wirtschaft", "Güterverkehr",
             "Von Katrin Oberlechner", False, "MAB__77c04e1b9a2d3f4e5a6b7c8d9e0f1a2b", "Münchner Abendblatt Verlag GmbH"),
            ("de-mnd-tirol", "Ostallgäuer Bote", "Marktoberdorf", 5, "Region", None, "mnd", True,
             "OAB__3b9e1c2d4f5a6b7c8d9e0f1a2b3c4d5e", "Allgäuer Verlagsgesellschaft mbH"),
            ("de-nz-korridor", "Nordsee-Zeitung Bremen", "Bremen", 9, "Hafen & Logistik", "Alpen",
             "Von Henrik Stallbaum", False, "NZB__0a1b2c3d4e5f60718293a4b5c6d7e8f9", "Nordsee-Zeitung GmbH & Co. KG")]
    out = ["GBI-Genios Deutsche Wirtschaftsdatenbank GmbH", "WISO - Presse", "Trefferliste: 4 Dokumente",
           "Suche: Maurienne OR Brenner AND Lkw   Zeitraum: 01.12.2026 - 04.12.2026", "", ""]
    for n, (aid, outlet, ausg, seite, ressort, dach, by, local, docnr, verlag) in enumerate(docs, 1):
        a = ART[aid]
        ps = P(aid, trim=local, local=local)
        title = a["title"] if not local else "Tirol macht die Brennerstrecke dicht"
        d = day(aid)
        kopf = f"{outlet} vom {d:02d}.12.2026, Ausgabe {ausg}, Seite {seite}, Rubrik: {ressort}"
        quelle = f"Quelle: {outlet}, {DE_DAYS[d]}, {d}. Dezember 2026, Ausgabe {ausg}, S. {seite}"
        out += [f"Dokument {n} von 4", "", kopf, ""] + ([dach] if dach else []) + [title, by, ""]
        out += sum(([p, ""] for p in ps), [])
        rights = f"Alle Rechte vorbehalten: (c) {verlag}"
        url = f"https://www.wiso-net.de/document/{docnr}"
        out += [quelle, f"Ressort: {ressort}", f"Datum: {d:02d}.12.2026", f"Länge: {words(ps)} Wörter",
                f"Dokumentnummer: {docnr}", "", f"Dauerhafte Adresse des Dokuments: {url}", "", rights,
                "© GBI-Genios Deutsche Wirtschaftsdatenbank GmbH", "", "Dokumentende", "", ""]
        mn = [kopf, quelle, rights, url, f"Dokumentnummer: {docnr}", f"Länge: {words(ps)} Wörter",
              "GBI-Genios Deutsche Wirtschaftsdatenbank GmbH", "Dauerhafte Adresse des Dokuments",
              "Trefferliste: 4 Dokumente"]
        if local:
            mn.append(title)
            EXTRA.setdefault(aid, []).append((title, outlet))
        reg(aid, F_GE, ps, mn)
    write(F_GE, "\n".join(out), "latin-1")


# ================================================================ LexisNexis NL (UTF-8, Dutch UI)
def build_ln():
    docs = [("nl-rd-haven", "Rotterdams Dagblad", None, "Editie: Rotterdam; Sectie: Economie; Blz. 13",
             "Sanne de Wilde"),
            ("nl-rd-haven", "rotterdamsdagblad.nl", "06:00 AM GMT", "Sectie: Economie", "Sanne de Wilde"),
            ("nl-bn-bloemen", "Brabants Nieuwsblad", None, "Editie: West-Brabant; Sectie: Regio; Blz. 5",
             "Pieter van Kessel"),
            ("cw-commission", "Continental Wire", "11:20 AM GMT", "Sectie: Europe; Transport", "Anna Kessler and Luc Verbeke")]
    out = ["LexisNexis® Academic NL", "Gebruikersnaam: bibliotheek.eur", "Datum en tijd: 4 december 2026 10:12",
           "Documenten (4)", "", "Zoektermen: Maurienne OR (Alpen w/5 spoor)", "Zoektype: Booleaans", "", ""]
    for n, (aid, outlet, tm, ed, by) in enumerate(docs, 1):
        a = ART[aid]
        ps = P(aid)
        title = a["title"] if n != 2 else a["online_title"]
        d = day(aid)
        dl = f"{d} december 2026 {NL_DAYS[d]}" + (f" {tm}" if tm else "")
        cr = (f"Copyright 2026 {ART[aid]['outlets'][0]} B.V. Alle rechten voorbehouden" if aid != "cw-commission"
              else "Copyright 2026 Continental Wire Ltd. All Rights Reserved")
        out += [f"{n} van 4 DOCUMENTEN", "", outlet, "", dl, "", cr, "", ed, "", f"Lengte: {words(ps)} woorden",
                "", title, "", f"Byline: {by}", "", "Body", ""]
        out += sum(([p, ""] for p in ps), [])
        out += [f"Laaddatum: {min(d + 1, 4)} december 2026", "", "Einde van document", "", ""]
        mn = [cr, f"Lengte: {words(ps)} woorden", f"Laaddatum: {min(d + 1, 4)} december 2026", "Einde van document", "Datum en tijd: 4 december 2026",
              "LexisNexis® Academic NL", "Gebruikersnaam: bibliotheek.eur"]
        if len(ed) >= 10:
            mn.append(ed)
        if n == 2:
            mn.append(title)
        reg(aid, F_LN, ps, mn)
    write(F_LN, "\n".join(out), "utf-8")


# ================================================================ MyNews (UTF-16LE with BOM, CRLF)
def build_mn():
    docs = [("es-ain-camioneros", "Diario del Pirineo", "Huesca", 14, "Economía", "TRANSPORTE", "Por AIN", False,
             "DPI-20261203-14-3381"),
            ("es-ain-camioneros", "La Voz de Aragón", "Zaragoza", 31, "Aragón", None, "Agencia Ibérica de Noticias", True,
             "VAR-20261203-31-1190"),
            ("es-va-gobierno", "La Voz de Aragón", "Zaragoza", 8, "Economía", "CRISIS EN LOS ALPES",
             "Por Lucía Bergua", False, "VAR-20261204-08-1257")]
    out = ["MyNews Hemeroteca", "Dossier: Corte ferroviario Maurienne", "Exportado: 04/12/2026 9:41",
           "Total de documentos: 3", "", ""]
    for aid, outlet, ciudad, pag, sec, ante, by, local, docid in docs:
        a = ART[aid]
        ps = P(aid, trim=local, local=local)
        title = a["title"] if not local else "Camioneros aragoneses, atrapados en los Alpes por el corte del tren"
        d = day(aid)
        fecha = f"{ES_DAYS[d].capitalize()}, {d} de diciembre de 2026"
        cr = f"© {outlet}. Todos los derechos reservados."
        out += [outlet, ciudad, fecha, f"Pág. {pag}", f"Sección: {sec}", f"Palabras: {words(ps)}",
                "Idioma: Español", ""] + ([ante] if ante else []) + [title, by, ""]
        out += sum(([p, ""] for p in ps), [])
        out += [cr, f"Documento: {docid}", "-" * 60, ""]
        mn = [fecha, f"Palabras: {words(ps)}", "Idioma: Español", cr, f"Documento: {docid}",
              "Dossier: Corte ferroviario Maurienne", "MyNews Hemeroteca"]
        if local:
            mn.append(title)
            EXTRA.setdefault(aid, []).append((title, outlet))
        reg(aid, F_MN, ps, mn)
    write(F_MN, "\n".join(out), "utf-16-le", crlf=True, bom=b"\xff\xfe")


# ================================================================ Rassegna stampa (ISO-8859-15, CRLF)
def build_rs():
    items = [("it-ani-brennero", "Il Corriere Alpino", 9, "ANI", False, None),
             ("it-cs-frana", "Corriere Subalpino", 11, "Elena Rivoira", False, None),
             ("it-gt-interporto", "La Gazzetta di Torino", 21, "Marco Bellandi", False, None),
             ("it-ani-brennero", "Alto Adige Sera", 4, "Agenzia Notizie Italia", True, "Brennero, Tir a passo d'uomo: Innsbruck "
                                                                  "estende il dosaggio"),
             ("de-ma-spediteure", "Münchner Abendblatt (Germania)", 23, "Katrin Oberlechner", False, None),
             ("fr-cs-camions", "Le Courrier de Savoie (Francia)", 4, "Julien Marchetti", False, None),
             ("es-ain-camioneros", "Diario del Pirineo (Spagna)", 14, "AIN", False, None),
             ("nl-rd-haven", "Rotterdams Dagblad (Paesi Bassi)", 13, "Sanne de Wilde", False, None)]
    hdr = ["From: Ufficio Stampa CLP <ufficiostampa@consorziologisticapiemonte.it>",
           "To: rassegna@consorziologisticapiemonte.it",
           "Date: Thu, 3 Dec 2026 08:05:12 +0100",
           "Subject: RASSEGNA STAMPA del 3/12/2026",
           "MIME-Version: 1.0",
           "Content-Type: text/plain; charset=ISO-8859-15",
           "Content-Transfer-Encoding: 8bit", ""]
    out = hdr + ["RASSEGNA STAMPA del 3/12/2026",
                 "a cura dell'Ufficio Stampa - Consorzio Logistica Piemonte", "",
                 "Documento ad uso interno. Gli articoli sono riprodotti per esclusivo uso di rassegna stampa e "
                 "non sono destinati alla diffusione.", "", "INDICE", ""]
    titles = []
    for aid, testata, pag, aut, local, t2 in items:
        titles.append(latinise(t2 or ART[aid]["title"]))
    for n, ((aid, testata, *_), t) in enumerate(zip(items, titles), 1):
        sez = "STAMPA ESTERA - " if "(" in testata else ""
        out.append(f"{n}. {sez}{testata.split(' (')[0]} - {t}")
    out += ["", "=" * 70, ""]
    for (aid, testata, pag, aut, local, t2), t in zip(items, titles):
        ps = [latinise(p) for p in P(aid, trim=local, local=local)]
        d = day(aid)
        out += [f"Testata: {testata}", f"Data: {d:02d}/12/2026", f"Pagina: {pag}", f"Autore: {aut}",
                f"Titolo: {t}", ""]
        out += sum(([p, ""] for p in ps), [])
        out += ["=" * 70, ""]
        mn = ["Consorzio Logistica Piemonte", "RASSEGNA STAMPA del 3/12/2026",
              "Gli articoli sono riprodotti per esclusivo uso di rassegna stampa", f"Testata: {testata}"]
        if local:
            mn.append(t)
            EXTRA.setdefault(aid, []).append((t, testata))
        reg(aid, F_RS, ps, mn)
    out += ["Ufficio Stampa CLP", "Via Sansovino 243/34 - 10151 Torino", "Tel. 011 0000000",
            "Per non ricevere piu' la rassegna rispondere con oggetto CANCELLAMI.", ""]
    for aid, *_ in items:
        addmn(aid, ["Via Sansovino 243/34 - 10151 Torino", "Per non ricevere piu' la rassegna"])
    write(F_RS, "\n".join(out), "iso-8859-15", crlf=True)


# ================================================================ Continental Wire (UTF-8)
def build_cw():
    docs = [("cw-tyrol", "BC-EU-TRANSPORT-AUSTRIA/LORRIES (UPDATE 1)", "2 December 2026 14:52 GMT",
             "By Anna Kessler", "(Reporting by Anna Kessler; Editing by Tom Harlow)"),
            ("cw-commission", "BC-EU-TRANSPORT-ALPS/PLAN", "4 December 2026 11:20 GMT",
             "By Anna Kessler and Luc Verbeke", "(Reporting by Anna Kessler in Brussels and Luc Verbeke in Paris; "
                                                "Editing by Tom Harlow)")]
    out = ["CONTINENTAL WIRE - EUROPE TRANSPORT FILE", "Subscriber copy - not for redistribution", "", ""]
    for aid, slug, ts, by, rep in docs:
        ps = P(aid)
        out += [slug, "", ART[aid]["title"], ts, by, ""] + sum(([p, ""] for p in ps), []) + [
            rep, "", "(c) Continental Wire 2026", "", "-" * 40, ""]
        reg(aid, F_CW, ps, [slug, ts, rep, "Subscriber copy - not for redistribution", "(c) Continental Wire 2026"])
    write(F_CW, "\n".join(out), "utf-8")


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_ep()
    build_ge()
    build_ln()
    build_mn()
    build_rs()
    build_cw()
    assert sorted(os.listdir(DUMPS)) == ALL
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = [a["title"]]
        if a.get("online_title"):
            titles.append(a["online_title"])
        lt = latinise(a["title"])
        if lt not in titles:
            titles.append(lt)
        outs = list(a["outlets"])
        for t, o in EXTRA.get(aid, []):
            titles.append(t)
            if o not in outs:
                outs.append(o)
        g = {"id": aid, "title": titles, "outlet": outs, "date": a["date"],
             "authors": [list(x) for x in a["authors"]],
             "must_not": list(MUSTNOT.get(aid, [])),
             "copies": [{"source": s, "body": b} for s, _, b in cps],
             "_first": (ALL.index(cps[0][0]), cps[0][1])}
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    # keep only title spellings stated in a dump of the article
    texts = {}
    for fn in ALL:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        if b[:2] == b"\xff\xfe":
            t = b.decode("utf-16")
        else:
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError:
                t = b.decode("cp1252")
        texts[fn] = t
    for g in gold:
        srcs = {c["source"] for c in g["copies"]}
        g["title"] = [t for t in g["title"] if any(t in texts[s] for s in srcs)]
        assert g["title"], g["id"]
        for t in g["title"]:
            if t not in g["must_not"]:
                g["must_not"].append(t)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} groups, {sum(len(g['must_not']) for g in gold)} must_not")


if __name__ == "__main__":
    main()
