# -*- coding: utf-8 -*-
"""The invented stories of blind13 (night trains and rail in Europe and the US, 1-8 December 2026).

Every person, company, association and outlet is invented; places are real. Each entry holds the
gold metadata (title as the visible headline, outlet, canonical url, local publication date,
authors as people) and the paragraphs as the first copy prints them.
"""

ART = {}


def add(aid, **kw):
    kw.setdefault("alt_titles", [])
    kw.setdefault("alt_authors", [])
    ART[aid] = kw


add("ledger-sleeper-shortage",
    title="Europe\u2019s Night Trains Were Supposed to Be Back. The Sleeper Cars Aren\u2019t.",
    alt_titles=["Europe\u2019s Night Train Revival Runs Short of Sleeper Cars"],
    outlet="The Hudson Ledger", url="https://www.hudsonledger.com/2026/12/03/world/europe/night-trains-sleeper-cars.html",
    date="2026-12-03", authors=["Miriam Castellano", "Owen Thackeray"],
    paras=[
        "VIENNA \u2014 On a cold platform at Wien Hauptbahnhof last Tuesday, about 200 passengers waiting for the 10:40 p.m. sleeper to Brussels learned by text message that their train would not run. It was the third cancellation on the route in a month.",
        "Five years after European governments promised a revival of overnight rail as a low-carbon alternative to short-haul flights, the trains are running into a more prosaic obstacle: there are not enough sleeper cars to go around.",
        "\u201cWe sold the tickets because the demand is there,\u201d said Benedikt Aigner, the commercial director of Alpenbahn, the private operator that runs the Vienna\u2013Brussels service with two partners. \u201cWhat we cannot do is conjure coaches out of thin air.\u201d",
        "Only two factories in Europe currently build sleeping cars, and both have order books full until the end of the decade, according to the European Overnight Rail Alliance, an industry group. Older coaches, some dating from the 1980s, are being withdrawn faster than new ones arrive.",
        "Track access charges have added to the strain. In France and Belgium, fees for trains running at night rose by as much as 18 percent this year, the alliance said, because infrastructure managers bill night services at the same rates as daytime high-speed trains.",
        "Passengers have noticed. Clara Hvidt, a teacher from Copenhagen who had booked a couchette to Vienna for a family visit, said she had switched to a flight after her second cancellation. \u201cI wanted to do the right thing,\u201d she said. \u201cBut I also need to arrive.\u201d",
        "The European Commission is expected to publish guidance on night-train track fees early next year. Until then, Mr. Aigner said, operators would keep trimming timetables rather than sell berths they could not deliver.",
    ])

add("ledger-austria-subsidy",
    title="Austria Offers $90 Million to Keep Night Trains Running",
    outlet="The Hudson Ledger", url="https://www.hudsonledger.com/2026/12/06/world/europe/austria-night-train-subsidy.html",
    date="2026-12-06", authors=["Miriam Castellano"],
    paras=[
        "VIENNA \u2014 The Austrian government on Saturday offered 85 million euros, about $90 million, in subsidies to keep overnight trains running through the winter, days after a string of cancellations left passengers stranded on the Vienna\u2013Brussels line.",
        "The money, announced by the transport minister, Valerie Strasser, will cover part of the track fees that operators pay in Germany, Belgium and France for services that start or end in Austria.",
        "\u201cWe sold the tickets because the demand is there,\u201d Benedikt Aigner, the commercial director of the operator Alpenbahn, said this week. \u201cWhat we cannot do is conjure coaches out of thin air.\u201d",
        "Ms. Strasser said the subsidy would not solve the shortage of sleeping cars, which operators blame for most cancellations. \u201cMoney buys time, not coaches,\u201d she told reporters at the ministry.",
        "Alpenbahn said it would restore the full timetable on the Brussels route from Dec. 14. The European Overnight Rail Alliance welcomed the payment but said other governments had to follow with money of their own before the summer timetable is fixed.",
    ])

add("cnn-crescent-sleeper",
    title="A Chicago-to-New Orleans sleeper train is coming back. Here\u2019s what it will cost",
    outlet="Capital News Network", extra_outlets=["CNW"], url="https://www.capitalnewsnet.com/2026/12/02/travel/crescent-line-sleeper-train-chicago-new-orleans/index.html",
    date="2026-12-02", authors=["Dana Whitfield"],
    paras=[
        "A private operator plans to restore an overnight sleeper service between Chicago and New Orleans next fall, betting that travelers tired of airport lines will pay for a private room and a night on the rails.",
        "Crescent Line Rail, a start-up based in Memphis, said Wednesday that it had signed a lease for 14 refurbished sleeping cars and reached a preliminary agreement with freight railroads to use their tracks along the Mississippi corridor.",
        "Fares will start at $189 for a reclining seat and rise to $640 for a two-person bedroom with a shower, the company said. The trip would take about 19 hours, with stops in Memphis and Jackson, Mississippi.",
        "\u201cPeople ask why anyone would spend a night on a train,\u201d said Crescent Line\u2019s chief executive, Roland Pettigrew. \u201cThe answer is the same one Europe found: you go to sleep in one city and wake up in another, and you never take off your shoes at security.\u201d",
        "Rail analysts were cautious. Freight railroads control most US track and have often held passenger trains in sidings to let their own traffic pass. \u201cThe timetable is the whole product,\u201d said Jenna Okonkwo, a transportation consultant in New Orleans. \u201cIf the train arrives six hours late, the bedroom doesn\u2019t matter.\u201d",
        "Crescent Line said it had raised $72 million from investors and would open ticket sales in the spring.",
    ])

add("meridian-alpenbahn-order",
    title="Alpenbahn orders 40 sleeper coaches from Polish builder in $610 million deal",
    alt_titles=["Austria's Alpenbahn orders 40 sleeper coaches in $610 mln deal"],
    outlet="Meridian", url="https://www.meridiannews.com/business/autos-transportation/alpenbahn-orders-40-sleeper-coaches-polish-builder-2026-12-01/",
    date="2026-12-01", authors=["Tomasz Wielgosz"],
    paras=[
        "VIENNA, Dec 1 (Meridian) - Austrian private rail operator Alpenbahn has ordered 40 sleeping and couchette coaches from Polish manufacturer Wagony Pomorskie in a deal worth 580 million euros ($610 million), the companies said on Tuesday, as demand for overnight rail outstrips supply.",
        "The first coaches are due for delivery in 2028, Alpenbahn said, and will allow it to double the number of night routes it runs from Vienna to eight by 2030.",
        "Europe's night-train revival has been hampered by a lack of rolling stock. Only two factories in Europe currently build sleeping cars, according to the European Overnight Rail Alliance, an industry group.",
        "\"This order is the largest in our history and it is financed without a cent of state aid,\" Alpenbahn Chief Executive Sabine Kollerer told Meridian in an interview.",
        "Wagony Pomorskie, based in Gdansk, said it would hire 300 additional workers to meet the order. Its shares rose 6.2% in Warsaw trading.",
        "Alpenbahn, which is owned by a consortium of Austrian pension funds, carried 1.9 million overnight passengers last year, up 24% from 2024.",
        "(Reporting by Tomasz Wielgosz; Additional reporting by Agnieszka Duda in Warsaw; Editing by Fiona Blake)",
    ])

add("meridian-alpenbahn-delay",
    title="Alpenbahn says sleeper coach deliveries slip to 2029, cuts winter timetable",
    outlet="Meridian", url="https://www.meridiannews.com/business/autos-transportation/alpenbahn-says-sleeper-coach-deliveries-slip-2029-2026-12-05/",
    date="2026-12-05", authors=["Tomasz Wielgosz"],
    paras=[
        "VIENNA, Dec 5 (Meridian) - Alpenbahn said on Saturday the first of 40 sleeping coaches it ordered this week would arrive a year later than planned, in 2029, and that it would cut four of its night routes from its winter timetable.",
        "The Austrian operator had said on Tuesday the coaches, ordered from Polish manufacturer Wagony Pomorskie for 580 million euros ($610 million), were due in 2028.",
        "\"Our supplier has told us the bogie components will not be available in time,\" Chief Executive Sabine Kollerer said in a statement. \"We would rather tell passengers now than cancel trains at the last minute.\"",
        "The routes to Amsterdam, Rome, Venice and Zagreb will be suspended from January 10 until the end of March. Alpenbahn said passengers with tickets would be offered refunds or rebooking.",
        "Wagony Pomorskie shares fell 4.8% in Warsaw. The company declined to comment.",
        "(Reporting by Tomasz Wielgosz; Editing by Mark Penrose)",
    ])

add("ap-tunnel-strike",
    title="Rail strike strands thousands as Channel Tunnel trains are canceled",
    outlet="Allied Press", extra_outlets=["Allied Press News"], url="https://alliedpressnews.com/article/channel-tunnel-rail-strike-transmanche-a81f3c07d2e94b6c",
    date="2026-12-04", authors=["Harriet Okafor"],
    synd_titles=["Channel Tunnel rail strike leaves thousands stranded at St Pancras",
                 "Thousands stranded as crews' strike halts Channel Tunnel trains"],
    synd_outlets=["Kent Coast Gazette", "Medway Evening Post"],
    synd_urls=["https://kentcoastgazette.co.uk/2026/12/04/channel-tunnel-rail-strike-st-pancras/",
               "https://www.medwayeveningpost.co.uk/news/thousands-stranded-tunnel-strike-8841"],
    paras=[
        "LONDON (AP) \u2014 Thousands of travelers were stranded in London, Paris and Brussels on Friday after a strike by train crews canceled nearly all passenger services through the Channel Tunnel at the start of a busy pre-Christmas weekend.",
        "Crews employed by Transmanche Rail, which operates high-speed trains between the three capitals, walked out at 5 a.m. in a dispute over rosters and overnight rest periods. The company said only four of its 38 scheduled trains would run.",
        "At St. Pancras station in London, lines for refunds stretched out of the ticket hall and onto the street. \u201cWe\u2019ve been here since seven and nobody can tell us anything,\u201d said Priya Ramsden, who had planned to take her two children to a Christmas market in Brussels.",
        "The union representing the crews, the Cross-Channel Workers\u2019 Federation, said management had ignored repeated warnings about fatigue. \u201cOur members are exhausted, and exhausted people should not be running trains at 300 kilometers an hour,\u201d its general secretary, Luc Vandersteen, said in a statement.",
        "Transmanche Rail said the union\u2019s demands would add 40 million euros a year to its costs and called the strike \u201cdisproportionate.\u201d It urged passengers not to travel to stations without a confirmed booking.",
        "Airlines and ferry operators reported a surge in last-minute bookings. Ferries between Dover and Calais were almost fully booked for Saturday, the port said.",
        "Talks between the two sides were due to resume Saturday under the auspices of a mediator, the British government said.",
    ],
    # the Kent Coast Gazette copy: British spelling in two paragraphs
    edited={0: "LONDON (AP) \u2014 Thousands of travellers were stranded in London, Paris and Brussels on Friday after a strike by train crews cancelled nearly all passenger services through the Channel Tunnel at the start of a busy pre-Christmas weekend.",
            2: "At St Pancras station in London, queues for refunds stretched out of the ticket hall and onto the street. \u201cWe\u2019ve been here since seven and nobody can tell us anything,\u201d said Priya Ramsden, who had planned to take her two children to a Christmas market in Brussels."})

add("ap-tunnel-strike-off",
    title="Channel Tunnel train strike called off after overnight talks",
    outlet="Allied Press", extra_outlets=["Allied Press News"], url="https://alliedpressnews.com/article/channel-tunnel-strike-called-off-deal-c40e9b1a77f2d315",
    date="2026-12-06", authors=["Harriet Okafor"],
    paras=[
        "LONDON (AP) \u2014 A strike that halted nearly all passenger trains through the Channel Tunnel was called off early Sunday after overnight talks produced a deal on crew rosters, the operator and the union said.",
        "Transmanche Rail said services between London, Paris and Brussels would return to a full timetable on Monday, with some extra trains added to clear a backlog of passengers who had been stranded since Friday.",
        "The Cross-Channel Workers\u2019 Federation said the agreement guaranteed crews at least 12 hours of rest between overnight shifts. \u201cOur members are exhausted, and this deal finally recognizes it,\u201d general secretary Luc Vandersteen said.",
        "The company did not say how much the deal would cost. It had said earlier that the union\u2019s demands would add 40 million euros a year to its costs.",
        "Passengers whose trains were canceled can claim a full refund or travel on a later date without charge until Dec. 20, the company said.",
    ])

add("dpa-nachtzug-hamburg-wien",
    title="Nachtzug Hamburg\u2013Wien wird zum Jahresende eingestellt",
    alt_titles=["Nachtzug Hamburg\u2013Wien: Verbindung wird eingestellt"],
    outlet="Oberrhein-Kurier", url="https://www.oberrhein-kurier.de/panorama/nachtzug-hamburg-wien-eingestellt-id4471982.html",
    date="2026-12-06", authors=["Anna Schmidt"],
    synd_titles=["Aus f\u00fcr den Nachtzug: Keine Schlafwagen mehr zwischen Hamburg und Wien"],
    synd_outlets=["Hessische Abendpost"],
    synd_urls=["https://www.hessische-abendpost.de/wirtschaft/aus-fuer-nachtzug-hamburg-wien-art-2231907"],
    paras=[
        "Hamburg (dpa) - Die direkte Nachtzugverbindung zwischen Hamburg und Wien wird zum Jahresende eingestellt. Das teilte der Betreiber Alpenbahn am Samstag in Wien mit. Der letzte Zug soll am 30. Dezember fahren.",
        "Als Grund nannte das Unternehmen fehlende Schlafwagen und gestiegene Trassenpreise in Deutschland. \u201eWir k\u00f6nnen die Verbindung mit den vorhandenen Wagen nicht mehr verl\u00e4sslich anbieten\u201c, sagte eine Sprecherin.",
        "Die Strecke \u00fcber Berlin, Dresden und Prag war erst vor drei Jahren wieder aufgenommen worden und galt als eine der am besten ausgelasteten Nachtverbindungen in Mitteleuropa. Nach Angaben des Betreibers waren die Z\u00fcge im Sommer zu mehr als 90 Prozent belegt.",
        "Der Fahrgastverband Pro Schiene Nord kritisierte die Entscheidung scharf. \u201eWer Klimaschutz ernst meint, darf solche Verbindungen nicht sterben lassen\u201c, sagte Verbandschef J\u00f6rg Hansen. Er forderte den Bund auf, die Trassenpreise f\u00fcr Nachtz\u00fcge zu senken.",
        "Reisende mit bereits gebuchten Tickets f\u00fcr Fahrten nach dem 30. Dezember erhalten den Fahrpreis zur\u00fcck oder k\u00f6nnen auf Tagesverbindungen umbuchen.",
    ],
    # the Hessische Abendpost copy: one sentence shortened, one added
    edited={3: "Der Fahrgastverband Pro Schiene Nord kritisierte die Entscheidung. \u201eWer Klimaschutz ernst meint, darf solche Verbindungen nicht sterben lassen\u201c, sagte Verbandschef J\u00f6rg Hansen. Er forderte den Bund auf, die Trassenpreise f\u00fcr Nachtz\u00fcge zu senken.",
            4: "Reisende mit bereits gebuchten Tickets f\u00fcr Fahrten nach dem 30. Dezember erhalten den Fahrpreis zur\u00fcck oder k\u00f6nnen auf Tagesverbindungen umbuchen. Die Verbindung von Frankfurt nach Wien ist von der Entscheidung nicht betroffen."})

add("dpa-nachtzug-laender",
    title="Nachtzug Hamburg\u2013Wien: L\u00e4nder fordern Weiterbetrieb",
    outlet="Hessische Abendpost", url="https://www.hessische-abendpost.de/wirtschaft/nachtzug-hamburg-wien-laender-fordern-weiterbetrieb-art-2232410",
    date="2026-12-07", authors=["dpa"], alt_authors=[], agency_only=True,
    paras=[
        "Berlin (dpa) - Nach der angek\u00fcndigten Einstellung der Nachtzugverbindung Hamburg\u2013Wien fordern mehrere Bundesl\u00e4nder den Bund zum Eingreifen auf. Hamburg, Sachsen und Berlin verlangen in einem gemeinsamen Brief an das Verkehrsministerium eine \u00dcbergangsf\u00f6rderung.",
        "\u201eEine gut ausgelastete Verbindung darf nicht an ein paar fehlenden Waggons scheitern\u201c, hei\u00dft es in dem Schreiben, das der dpa vorliegt.",
        "Der Betreiber Alpenbahn hatte am Samstag mitgeteilt, die Strecke \u00fcber Berlin, Dresden und Prag zum Jahresende aufzugeben. Als Grund nannte das Unternehmen fehlende Schlafwagen und gestiegene Trassenpreise.",
        "Das Bundesverkehrsministerium erkl\u00e4rte, man pr\u00fcfe das Schreiben. Eine F\u00f6rderung einzelner Verbindungen sei aber rechtlich schwierig, sagte ein Sprecher.",
        "Der Fahrgastverband Pro Schiene Nord k\u00fcndigte f\u00fcr den 20. Dezember eine Kundgebung am Hamburger Hauptbahnhof an.",
    ])

add("courrier-paris-nice-peages",
    title="Le train de nuit Paris-Nice menac\u00e9 par la hausse des p\u00e9ages ferroviaires",
    outlet="Le Courrier rhodanien", url="https://www.lecourrierrhodanien.fr/economie/article/2026/12/03/le-train-de-nuit-paris-nice-menace-par-la-hausse-des-peages-ferroviaires_6123456_3234.html",
    date="2026-12-03", authors=["Claire Martin"],
    paras=[
        "Le train de nuit qui relie Paris \u00e0 Nice pourrait ne plus circuler qu\u2019un jour sur deux \u00e0 partir du printemps. En cause : la hausse de 15 % des p\u00e9ages ferroviaires pr\u00e9vue en 2027 pour les circulations de nuit, que l\u2019exploitant juge \u00ab insoutenable \u00bb.",
        "\u00ab Nous payons aujourd\u2019hui presque autant pour un train de nuit que pour un TGV, alors que nous transportons quatre fois moins de voyageurs \u00bb, explique H\u00e9l\u00e8ne Vasseur, directrice de Lun\u00e9a Voyages, la soci\u00e9t\u00e9 priv\u00e9e qui exploite la ligne depuis 2024.",
        "Sur les neuf premiers mois de l\u2019ann\u00e9e, la ligne a transport\u00e9 212 000 passagers, un record. Mais chaque rame perd en moyenne 1 900 euros par trajet, selon les comptes de l\u2019entreprise consult\u00e9s par Le Courrier rhodanien.",
        "Le gestionnaire du r\u00e9seau, R\u00e9seau Ferr\u00e9 Hexagonal, d\u00e9fend sa grille tarifaire. \u00ab Les trains de nuit mobilisent le r\u00e9seau aux heures o\u00f9 nous devons r\u00e9aliser les travaux d\u2019entretien \u00bb, fait-on valoir au si\u00e8ge de l\u2019\u00e9tablissement, \u00e0 Saint-Denis.",
        "Les \u00e9lus de la r\u00e9gion Provence-Alpes-C\u00f4te d\u2019Azur demandent \u00e0 l\u2019Etat de compenser la hausse. Une r\u00e9union est pr\u00e9vue au minist\u00e8re des transports le 15 d\u00e9cembre.",
    ])

add("courrier-paris-nice-gel",
    title="Train de nuit Paris-Nice : l\u2019Etat promet de geler les p\u00e9ages jusqu\u2019en 2028",
    outlet="Le Courrier rhodanien", url="https://www.lecourrierrhodanien.fr/economie/article/2026/12/05/train-de-nuit-paris-nice-l-etat-promet-de-geler-les-peages-jusqu-en-2028_6124102_3234.html",
    date="2026-12-05", authors=["Claire Martin"],
    paras=[
        "Le gouvernement a annonc\u00e9 vendredi 5 d\u00e9cembre le gel des p\u00e9ages ferroviaires pour les trains de nuit jusqu\u2019en 2028, deux jours apr\u00e8s que l\u2019exploitant du Paris-Nice a menac\u00e9 de r\u00e9duire ses circulations.",
        "\u00ab Les trains de nuit ne doivent pas payer le prix de l\u2019entretien du r\u00e9seau \u00bb, a d\u00e9clar\u00e9 le ministre d\u00e9l\u00e9gu\u00e9 aux transports, Arnaud Ferrand, lors d\u2019un d\u00e9placement \u00e0 Marseille. Le gel co\u00fbtera environ 24 millions d\u2019euros par an \u00e0 l\u2019Etat.",
        "Chez Lun\u00e9a Voyages, on se dit \u00ab soulag\u00e9 \u00bb. \u00ab Nous payons aujourd\u2019hui presque autant pour un train de nuit que pour un TGV \u00bb, rappelait mercredi sa directrice, H\u00e9l\u00e8ne Vasseur.",
        "R\u00e9seau Ferr\u00e9 Hexagonal n\u2019a pas souhait\u00e9 commenter. La r\u00e9union pr\u00e9vue au minist\u00e8re le 15 d\u00e9cembre est maintenue, mais elle portera d\u00e9sormais sur les horaires de la ligne et sur la r\u00e9novation des voitures-couchettes.",
    ])

add("peninsular-madrid-lisboa",
    title="El tren nocturno Madrid-Lisboa volver\u00e1 a circular en primavera tras cuatro a\u00f1os de par\u00f3n",
    outlet="Diario Peninsular", url="https://diariopeninsular.es/economia/2026-12-02/el-tren-nocturno-madrid-lisboa-volvera-a-circular-en-primavera.html",
    date="2026-12-02", authors=["Luc\u00eda Ferrer"],
    paras=[
        "El tren nocturno entre Madrid y Lisboa volver\u00e1 a circular a partir del 15 de abril, m\u00e1s de cuatro a\u00f1os despu\u00e9s de que se suspendiera el servicio. As\u00ed lo anunciaron este mi\u00e9rcoles en Madrid los responsables de Ferrocarriles Ib\u00e9ricos de Noche, la empresa hispano-portuguesa que explotar\u00e1 la l\u00ednea.",
        "El trayecto durar\u00e1 unas nueve horas y media, con paradas en Talavera de la Reina, C\u00e1ceres y Entroncamento. Los billetes, que saldr\u00e1n a la venta en enero, costar\u00e1n desde 49 euros en asiento y hasta 210 euros en compartimento doble con ducha.",
        "\u201cHab\u00eda una demanda que nadie atend\u00eda\u201d, afirm\u00f3 el consejero delegado de la compa\u00f1\u00eda, \u00c1lvaro Mendiz\u00e1bal. \u201cEntre las dos capitales ib\u00e9ricas solo quedaba el avi\u00f3n o un autob\u00fas de diez horas\u201d.",
        "La empresa ha alquilado doce coches cama a un operador austriaco y prev\u00e9 transportar unos 150.000 viajeros al a\u00f1o. Los gobiernos de Espa\u00f1a y Portugal aportar\u00e1n 18 millones de euros durante los tres primeros a\u00f1os.",
        "Las asociaciones de usuarios celebraron el anuncio, aunque recordaron que la l\u00ednea convencional entre Madrid y la frontera sigue sin electrificar en varios tramos, lo que obliga a utilizar locomotoras di\u00e9sel.",
    ])

add("tejo-lisboa-madrid",
    title="Comboio nocturno Lisboa-Madrid regressa em Abril, mas com carruagens alugadas",
    outlet="Di\u00e1rio do Tejo", url="https://www.diariodotejo.pt/economia/noticia/comboio-nocturno-lisboa-madrid-regressa-abril-carruagens-alugadas-2103344",
    date="2026-12-02", authors=["Joana Teixeira"],
    paras=[
        "O comboio nocturno entre Lisboa e Madrid vai voltar a circular a 15 de Abril, anunciou esta quarta-feira a empresa Ferrocarriles Ib\u00e9ricos de Noche, mais de quatro anos depois da suspens\u00e3o do antigo servi\u00e7o.",
        "A viagem ter\u00e1 cerca de nove horas e meia, com paragens no Entroncamento, em C\u00e1ceres e em Talavera de la Reina. Os bilhetes come\u00e7am nos 49 euros e estar\u00e3o \u00e0 venda a partir de Janeiro.",
        "A empresa n\u00e3o tem carruagens pr\u00f3prias: vai alugar doze carruagens-cama a um operador austr\u00edaco por um per\u00edodo de cinco anos, o que, segundo especialistas ouvidos pelo Di\u00e1rio do Tejo, deixa o servi\u00e7o vulner\u00e1vel.",
        "\u201cSe o operador austr\u00edaco precisar das carruagens, o comboio fica parado\u201d, alerta Miguel Saraiva, engenheiro ferrovi\u00e1rio e antigo respons\u00e1vel pela manuten\u00e7\u00e3o de material circulante. \u201c\u00c9 uma solu\u00e7\u00e3o de recurso, n\u00e3o um plano.\u201d",
        "Os governos de Portugal e Espanha v\u00e3o contribuir com 18 milh\u00f5es de euros nos primeiros tr\u00eas anos. A associa\u00e7\u00e3o de utentes Comboios J\u00e1 considerou o regresso \u201cuma boa not\u00edcia, com asteriscos\u201d.",
    ])

add("padano-calabria-milano",
    title="Treni notturni, la Calabria perde il collegamento diretto con Milano",
    outlet="Corriere Padano", url="https://www.corrierepadano.it/cronache/26_dicembre_05/treni-notturni-calabria-perde-collegamento-milano-a1b2c3d4.shtml",
    date="2026-12-05", authors=["Marco Bellandi"],
    paras=[
        "Dal prossimo 14 dicembre la Calabria non avr\u00e0 pi\u00f9 un treno notturno diretto per Milano. Lo ha comunicato ieri la societ\u00e0 Ferrovie Notte Italia, che gestisce il servizio dal 2023, spiegando che le carrozze letto saranno trasferite sulla linea Roma-Vienna, pi\u00f9 redditizia.",
        "\u00ab\u00c8 una decisione presa a malincuore, ma i conti non tornano\u00bb, ha spiegato l\u2019amministratore delegato Stefano Carraro. Secondo l\u2019azienda, il collegamento tra Reggio Calabria e Milano ha perso 3,4 milioni di euro nell\u2019ultimo anno, nonostante un tasso di riempimento del 71 per cento.",
        "La notizia ha provocato la reazione dei sindaci della costa tirrenica. \u00abPer molti studenti e lavoratori fuori sede questo treno era l\u2019unico modo per tornare a casa a un prezzo accessibile\u00bb, si legge in una nota firmata da dodici primi cittadini.",
        "La Regione Calabria ha chiesto un incontro urgente al ministero delle Infrastrutture. Chi ha gi\u00e0 acquistato un biglietto per viaggi successivi al 14 dicembre potr\u00e0 ottenere il rimborso integrale presso le biglietterie o sul sito della societ\u00e0.",
    ])
