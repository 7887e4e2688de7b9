# -*- coding: utf-8 -*-
"""Write the blind13 dumps: twelve saved pages, one WARC (gzip per record) and one browser paste."""
import base64
import gzip
import hashlib
import uuid

import render_pages as rp
from articles import ART
from common import (F_AMP, F_AP, F_COUR, F_CNN, F_HAP, F_KCG, F_LEDGER, F_MER, F_OBK, F_PAD, F_PASTE, F_PEN,
                    F_TEJO, F_WARC, P, WARC_TEXT, reg, straight, write, write_bytes)

LEDGER1 = dict(pub_iso="2026-12-03T05:00:07.000Z", mod_iso="2026-12-04T14:02:51.000Z",
               dateline_text="Published Dec. 3, 2026", updated_text="Updated Dec. 4, 2026, 9:02 a.m. ET",
               caption="Passengers waiting for a night train at Wien Hauptbahnhof in Vienna. Cancellations have become common on several routes.",
               credit="Lukas Brenner for The Hudson Ledger")
LEDGER2 = dict(pub_iso="2026-12-06T16:31:44.000Z", mod_iso="2026-12-06T19:10:02.000Z",
               dateline_text="Published Dec. 6, 2026", updated_text="Updated Dec. 6, 2026, 2:10 p.m. ET",
               caption="Valerie Strasser, Austria\u2019s transport minister, announcing the subsidy in Vienna on Saturday.",
               credit="Lukas Brenner for The Hudson Ledger")
MER1 = dict(pub_iso="2026-12-01T09:14:05Z", mod_iso="2026-12-01T11:40:18Z", date_text="December 1, 2026 10:14 AM GMT+1",
            updated_text="Updated 2 hours ago",
            caption="An Alpenbahn night train stands at Vienna's main railway station, Austria, October 12, 2026.")
MER2 = dict(pub_iso="2026-12-05T12:03:55Z", mod_iso="2026-12-05T12:03:55Z", date_text="December 5, 2026 1:03 PM GMT+1",
            updated_text="Updated 19 hours ago",
            caption="A passenger boards an Alpenbahn sleeper at Vienna's main railway station, Austria, November 3, 2026.")
HAP1 = dict(title=ART["dpa-nachtzug-hamburg-wien"]["synd_titles"][0], url=ART["dpa-nachtzug-hamburg-wien"]["synd_urls"][0],
            byline="Anna Schmidt, dpa", pub_text="06.12.2026, 14:32 Uhr", upd_text="Aktualisiert: 07.12.2026, 09:10 Uhr",
            pub_iso="2026-12-06T14:32:00+01:00", mod_iso="2026-12-07T09:10:00+01:00",
            teaser="Nur drei Jahre nach dem Neustart ist Schluss: Die Alpenbahn stellt ihren Nachtzug von Hamburg \u00fcber Berlin und Prag nach Wien ein.",
            caption="Schlafwagen der Alpenbahn im Hamburger Hauptbahnhof.",
            ld_author=[{"@type": "Person", "name": "Anna Schmidt"}, {"@type": "Organization", "name": "dpa"}],
            dpa_id="dpa:261206-930-412775/2")
HAP2 = dict(title=ART["dpa-nachtzug-laender"]["title"], url=ART["dpa-nachtzug-laender"]["url"],
            byline="dpa", pub_text="07.12.2026, 11:05 Uhr", upd_text="Aktualisiert: 07.12.2026, 16:48 Uhr",
            pub_iso="2026-12-07T11:05:00+01:00", mod_iso="2026-12-07T16:48:00+01:00",
            teaser="Hamburg, Sachsen und Berlin wollen die Nachtzugverbindung nach Wien retten und verlangen Geld vom Bund.",
            caption="Ein Nachtzug f\u00e4hrt durch das Elbtal bei Dresden.",
            ld_author={"@type": "Organization", "name": "dpa"}, dpa_id="dpa:261207-930-415102/3")


def pages():
    # saved pages (file order does not matter here; copies are sorted by file later)
    ps = P("ledger-sleeper-shortage")
    h, m = rp.page_ledger("ledger-sleeper-shortage", ps, **LEDGER1)
    write(F_LEDGER, h)
    reg("ledger-sleeper-shortage", F_LEDGER, ps, m)

    h, m = rp.page_cnn("cnn-crescent-sleeper")
    write(F_CNN, h)
    reg("cnn-crescent-sleeper", F_CNN, P("cnn-crescent-sleeper"), m)

    h, m = rp.page_meridian("meridian-alpenbahn-order", **MER1)
    write(F_MER, h)
    reg("meridian-alpenbahn-order", F_MER, P("meridian-alpenbahn-order"), m)

    h, m = rp.page_ap("ap-tunnel-strike", "2026-12-04T09:41:12Z", "2026-12-04T17:55:40Z", "Updated 12:55 PM EST, December 4, 2026",
                      "Travelers wait for information at St. Pancras International station in London, Friday, Dec. 4, 2026.")
    write(F_AP, h)
    reg("ap-tunnel-strike", F_AP, P("ap-tunnel-strike"), m)

    ps = P("ap-tunnel-strike", edited=True)
    h, m = rp.page_kcg("ap-tunnel-strike", ps)
    write(F_KCG, h)
    reg("ap-tunnel-strike", F_KCG, ps, m)

    ps = [straight(p) for p in P("ap-tunnel-strike", trim=1)]
    h, m = rp.page_amp("ap-tunnel-strike", ps)
    write(F_AMP, h)
    reg("ap-tunnel-strike", F_AMP, ps, m)

    ps = P("dpa-nachtzug-hamburg-wien")
    h, m = rp.page_obk("dpa-nachtzug-hamburg-wien", ps)
    write(F_OBK, h)
    reg("dpa-nachtzug-hamburg-wien", F_OBK, ps, m)

    ps = P("dpa-nachtzug-hamburg-wien", edited=True)
    h, m = rp.page_hap("dpa-nachtzug-hamburg-wien", ps, **HAP1)
    write(F_HAP, h)
    reg("dpa-nachtzug-hamburg-wien", F_HAP, ps, m)

    h, m = rp.page_courrier("courrier-paris-nice-peages", P("courrier-paris-nice-peages"))
    write(F_COUR, h)
    reg("courrier-paris-nice-peages", F_COUR, P("courrier-paris-nice-peages"), m)

    h, m = rp.page_peninsular("peninsular-madrid-lisboa", P("peninsular-madrid-lisboa"))
    write(F_PEN, h)
    reg("peninsular-madrid-lisboa", F_PEN, P("peninsular-madrid-lisboa"), m)

    h, m = rp.page_padano("padano-calabria-milano", P("padano-calabria-milano"))
    write(F_PAD, h)
    reg("padano-calabria-milano", F_PAD, P("padano-calabria-milano"), m)

    h, m = rp.page_tejo("tejo-lisboa-madrid", P("tejo-lisboa-madrid"))
    write(F_TEJO, h)
    reg("tejo-lisboa-madrid", F_TEJO, P("tejo-lisboa-madrid"), m)


# ------------------------------------------------------------------ WARC
def _b32sha1(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode("ascii")


def _rid(n):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, f"blind13-warc-record-{n}")


def _record(n, rtype, date, uri, block, ctype, extra=()):
    head = ["WARC/1.0", f"WARC-Type: {rtype}", f"WARC-Record-ID: {_rid(n)}", f"WARC-Date: {date}"]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += list(extra)
    head += [f"WARC-Block-Digest: {_b32sha1(block)}", f"Content-Type: {ctype}", f"Content-Length: {len(block)}"]
    rec = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(rec, compresslevel=9, mtime=0)


def _chunked(b, size=4000):
    out = b""
    for i in range(0, len(b), size):
        c = b[i:i + size]
        out += b"%x\r\n" % len(c) + c + b"\r\n"
    return out + b"0\r\n\r\n"


def warc():
    out = []
    n = [0]

    def rec(*a, **k):
        n[0] += 1
        out.append(_record(n[0], *a, **k))

    info = ("software: Heritrix/3.4.0-20220727 http://crawler.archive.org\r\nhostname: crawler03.nightrail-archive.eu\r\n"
            "ip: 10.12.4.33\r\noperator: Night Rail Press Archive (archive@nightrail-archive.eu)\r\n"
            "isPartOf: NIGHTRAIL-2026-12\r\ndescription: Press coverage of European night trains, weekly crawl\r\n"
            "robots: obey\r\nformat: WARC File Format 1.0\r\nconformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n").encode()
    rec("warcinfo", "2026-12-08T09:30:15Z", None, info, "application/warc-fields",
        extra=[f"WARC-Filename: {F_WARC}"])
    crawl = [
        ("ledger-sleeper-shortage", "2026-12-08T09:30:17Z", ART["ledger-sleeper-shortage"]["url"], "plain",
         lambda: rp.page_ledger("ledger-sleeper-shortage", P("ledger-sleeper-shortage"), **LEDGER1), P("ledger-sleeper-shortage")),
        ("ledger-austria-subsidy", "2026-12-08T09:30:21Z", ART["ledger-austria-subsidy"]["url"], "gzip-chunked",
         lambda: rp.page_ledger("ledger-austria-subsidy", P("ledger-austria-subsidy"), **LEDGER2), P("ledger-austria-subsidy")),
        ("meridian-alpenbahn-order", "2026-12-08T09:31:02Z", ART["meridian-alpenbahn-order"]["url"], "plain",
         lambda: rp.page_meridian("meridian-alpenbahn-order", **MER1), P("meridian-alpenbahn-order")),
        ("meridian-alpenbahn-delay", "2026-12-08T09:31:09Z", ART["meridian-alpenbahn-delay"]["url"], "gzip",
         lambda: rp.page_meridian("meridian-alpenbahn-delay", **MER2), P("meridian-alpenbahn-delay")),
        ("ap-tunnel-strike-off", "2026-12-08T09:32:40Z", ART["ap-tunnel-strike-off"]["url"], "plain",
         lambda: rp.page_ap("ap-tunnel-strike-off", "2026-12-06T07:12:30Z", "2026-12-06T10:03:11Z", "Updated 5:03 AM EST, December 6, 2026",
                            "Passengers board a train at St. Pancras International station in London, Sunday, Dec. 6, 2026."),
         P("ap-tunnel-strike-off")),
        ("dpa-nachtzug-hamburg-wien", "2026-12-08T09:33:15Z", HAP1["url"], "plain",
         lambda: rp.page_hap("dpa-nachtzug-hamburg-wien", P("dpa-nachtzug-hamburg-wien", edited=True), **HAP1),
         P("dpa-nachtzug-hamburg-wien", edited=True)),
        ("dpa-nachtzug-laender", "2026-12-08T09:33:19Z", HAP2["url"], "plain",
         lambda: rp.page_hap("dpa-nachtzug-laender", P("dpa-nachtzug-laender"), **HAP2), P("dpa-nachtzug-laender")),
    ]
    texts = []
    for i, (aid, date, url, enc, render, paras) in enumerate(crawl):
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        if i == 4:   # an http -> https redirect before the AP page, as crawlers meet them
            http_url = url.replace("https://", "http://")
            req = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +https://nightrail-archive.eu/crawler)\r\n"
                   "Connection: close\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n\r\n").encode()
            resp = (f"HTTP/1.1 301 Moved Permanently\r\nServer: cloudflare\r\nDate: Tue, 08 Dec 2026 09:32:39 GMT\r\n"
                    f"Content-Length: 0\r\nLocation: {url}\r\nConnection: close\r\n\r\n").encode()
            rec("response", "2026-12-08T09:32:39Z", http_url, resp, "application/http; msgtype=response",
                extra=["WARC-IP-Address: 104.18.22.7", f"WARC-Payload-Digest: {_b32sha1(b'')}"])
            rec("request", "2026-12-08T09:32:39Z", http_url, req, "application/http; msgtype=request",
                extra=[f"WARC-Concurrent-To: {_rid(n[0])}"])
        html, must = render()
        texts.append(html)
        body = html.encode("utf-8")
        hdr = ["HTTP/1.1 200 OK", f"Date: {'Tue, 08 Dec 2026 ' + date[11:19] + ' GMT'}", "Content-Type: text/html; charset=utf-8"]
        if enc == "gzip-chunked":
            payload = _chunked(gzip.compress(body, mtime=0))
            hdr += ["Transfer-Encoding: chunked", "Connection: close", "Content-Encoding: gzip", "Vary: Accept-Encoding",
                    "Cache-Control: no-cache", "Server: nginx"]
        elif enc == "gzip":
            payload = gzip.compress(body, mtime=0)
            hdr += [f"Content-Length: {len(payload)}", "Content-Encoding: gzip", "Connection: close", "Vary: Accept-Encoding",
                    "x-amz-cf-pop: VIE50-P1", "Server: CloudFront"]
        else:
            payload = body
            hdr += [f"Content-Length: {len(payload)}", "Connection: close", "Cache-Control: max-age=60", "Server: Apache"]
        resp = ("\r\n".join(hdr) + "\r\n\r\n").encode() + payload
        rec("response", date, url, resp, "application/http; msgtype=response",
            extra=["WARC-IP-Address: 151.101.1.%d" % (40 + i), f"WARC-Payload-Digest: {_b32sha1(payload)}"])
        resp_id = _rid(n[0])
        req = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +https://nightrail-archive.eu/crawler)\r\n"
               "Connection: close\r\nAccept-Encoding: gzip\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n\r\n").encode()
        rec("request", date, url, req, "application/http; msgtype=request", extra=[f"WARC-Concurrent-To: {resp_id}"])
        meta = f"via: https://{host}/\r\nhopsFromSeed: L\r\nfetchTimeMs: {230 + 17 * i}\r\noutlink: https://{host}/ L a/@href\r\n".encode()
        rec("metadata", date, url, meta, "application/warc-fields", extra=[f"WARC-Concurrent-To: {resp_id}"])
        reg(aid, F_WARC, paras, must)
    write_bytes(F_WARC, b"".join(out))
    WARC_TEXT[F_WARC] = "\n".join(texts)


# ------------------------------------------------------------------ browser paste
def paste():
    L = []
    # 1: Diario Peninsular, copied with Ctrl+A in Chrome
    a = ART["peninsular-madrid-lisboa"]
    L += ["Saltar al contenido", "", "DIARIO PENINSULAR", "", "España", "Internacional", "Economía", "Sociedad", "Cultura", "Deportes",
          "SUSCRÍBETE", "INICIAR SESIÓN", "", "Transporte", "", a["title"], "",
          "Ferrocarriles Ibéricos de Noche alquila doce coches cama a un operador austriaco y recibirá 18 millones de los dos Gobiernos", "",
          "Un tren nocturno en la estación de Chamartín, en Madrid, en una imagen de archivo.SAMUEL ARCE", "", "Lucía Ferrer", "",
          "Madrid - 02 dic 2026 - 10:45 CET", "", "Compartir en Whatsapp", "Compartir en Facebook", "Copiar enlace", "Comentarios (14)", ""]
    ps = P("peninsular-madrid-lisboa")
    for i, p in enumerate(ps):
        L += [p, ""]
        if i == 2:
            L += ["Más información", "", "Los trenes de noche vuelven a Europa, pero no a España", ""]
    L += ["Sigue toda la información de Economía y Negocios en Facebook y X, o en nuestra newsletter semanal", "",
          "Archivado En", "Ferrocarril", "Trenes nocturnos", "Portugal", "", "Lo más visto", "",
          "El temporal deja sin luz a 40.000 hogares en Galicia", "El alquiler en Madrid marca otro récord en noviembre", "",
          "https://diariopeninsular.es/economia/2026-12-02/el-tren-nocturno-madrid-lisboa-volvera-a-circular-en-primavera.html", "",
          "", ""]
    reg("peninsular-madrid-lisboa", F_PASTE, ps, ["Saltar al contenido", "Madrid - 02 dic 2026 - 10:45 CET", "Un tren nocturno en la estación de Chamartín",
                                                  "Compartir en Whatsapp", "El alquiler en Madrid marca otro récord"])
    # 2: Le Courrier rhodanien, selected from the headline to the end of the text (Firefox)
    a = ART["courrier-paris-nice-peages"]
    L += ["Économie", "Transports", a["title"],
          "L’exploitant de la ligne juge « insoutenable » la hausse de 15 % des péages prévue en 2027 pour les trains circulant la nuit.",
          "Publié le 3 décembre 2026 à 08h15, modifié le 3 décembre 2026 à 17h40", "Temps de Lecture 3 min.",
          "Partager sur Facebook", "Envoyer par e-mail", "Partager sur X", "Offrir cet article", "Article réservé aux abonnés", "",
          "Le train de nuit Paris-Nice en gare d’Antibes, en juillet 2026. VALENTIN ROUX / HANS LUCAS", ""]
    ps = P("courrier-paris-nice-peages")
    for i, p in enumerate(ps):
        L += [p, ""]
        if i == 1:
            L += ["Lire aussi | Trains de nuit : le grand retour n’a pas eu lieu", ""]
    L += ["Claire Martin (Lyon, correspondante)", "", "Contribuer", "Réutiliser ce contenu", "Voir les 27 contributions", "", "", ""]
    reg("courrier-paris-nice-peages", F_PASTE, ps, ["Envoyer par e-mail", "Claire Martin (Lyon, correspondante)", "Réutiliser ce contenu"])
    # 3: the follow-up two days later, same site and reporter (only here)
    a = ART["courrier-paris-nice-gel"]
    L += ["Aller au contenu principal", "Le Courrier rhodanien", "S’abonner", "Se connecter", "", "Économie", "Transports", a["title"],
          "Le ministre délégué aux transports a annoncé un gel des péages pour les trains de nuit, pour un coût d’environ 24 millions d’euros par an.",
          "Par Claire Martin (Lyon, correspondante)", "Publié le 5 décembre 2026 à 18h40", "Temps de Lecture 2 min.",
          "Partager sur Facebook", "Envoyer par e-mail", "Partager sur X", ""]
    ps = P("courrier-paris-nice-gel")
    for p in ps:
        L += [p, ""]
    L += ["Voir les 9 contributions", "", "Les plus lus", "Fête des lumières : le programme complet de l’édition 2026",
          "Neige : routes coupées dans le massif de Belledonne", "", a["url"], "", "", ""]
    reg("courrier-paris-nice-gel", F_PASTE, ps, ["Le ministre délégué aux transports a annoncé un gel des péages",
                                                  "Par Claire Martin (Lyon, correspondante)", "Publié le 5 décembre 2026 à 18h40",
                                                  "Voir les 9 contributions", "Neige : routes coupées dans le massif de Belledonne",
                                                  "Aller au contenu principal"])
    # 4: Kent Coast Gazette page, copied without blank lines between paragraphs (Chrome on Windows)
    a = ART["ap-tunnel-strike"]
    L += ["Home", "Transport", a["synd_titles"][0], "By", "Harriet Okafor, Allied Press", " - ", "4 December 2026", "3", "1,204",
          "Share", "Facebook", "Twitter", "WhatsApp",
          "Passengers queue for information at St Pancras International on Friday morning. Photo: Kent Coast Gazette"]
    ps = P("ap-tunnel-strike", edited=True)
    for i, p in enumerate(ps):
        L += [p]
        if i == 1:
            L += ["READ MORE: Folkestone Harbour Arm Christmas market opens with record stalls"]
        if i == 4:
            L += ["- Advertisement -"]
    L += ["This article is published under licence from Allied Press.", "TAGS", "Channel Tunnel", "strike", "St Pancras",
          "Previous article", "Margate lido reopening pushed back to summer", "Next article",
          "Dover braces for weekend queues as ferries fill up", ""]
    reg("ap-tunnel-strike", F_PASTE, ps, ["Dover braces for weekend queues as ferries fill up"])
    write(F_PASTE, "\n".join(L))


def build_all():
    pages()
    warc()
    paste()
