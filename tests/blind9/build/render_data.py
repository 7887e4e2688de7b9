# -*- coding: utf-8 -*-
"""Data dumps: an Event Registry API result (nested JSON), a Mailman MIME digest (multipart/digest of
message/rfc822 parts, quoted-printable), an Excel tab-delimited export of a coding spreadsheet (cp1252, CRLF rows,
multi-line quoted cells) and a Telegram Desktop chat export (result.json)."""
import json
import quopri

from common import (ART, F_DG, F_ER, F_TG, F_TS, P, T, mn, reg, straight, wrap, write, write_bytes)


# ================================================================== Event Registry
def build_er():
    recs = []

    def rec(aid, uri, dt, pub, ps, *, src, src_uri, authors, url=None, title=None, dup=False, sim=0.0,
            event=None, sent=None, image=None, junk=None, must=()):
        body_ps = list(ps)
        for i, j in sorted((junk or {}).items(), reverse=True):
            body_ps.insert(i, j)
        recs.append({
            "uri": uri, "lang": "eng", "isDuplicate": dup, "date": dt[:10], "time": dt[11:19],
            "dateTime": dt, "dateTimePub": pub, "dataType": "news", "sim": sim,
            "url": url or ART[aid]["url"], "title": title or T(aid), "body": "\n\n".join(body_ps),
            "source": {"uri": src_uri, "dataType": "news", "title": src},
            "authors": [{"uri": (n.lower().replace(" ", "_") + "@" + src_uri) if not ag else src_uri,
                         "name": n, "type": "author", "isAgency": ag} for n, ag in authors],
            "image": image, "eventUri": event, "sentiment": sent, "wgt": 400000000 + len(recs) * 7919,
            "relevance": 1 + len(recs) % 4})
        reg(aid, F_ER, ps, list(must) + [j for j in (junk or {}).values()])

    A = "svt-power-shutoff"
    rec(A, "8302214577", "2026-09-10T01:30:00Z", "2026-09-10T01:28:00Z", P(A), src="Sacramento Valley Tribune",
        src_uri="sactribune.com", authors=[("Marcus Oyelaran", False)], event="eng-10244871", sent=-0.29,
        image="https://www.sactribune.com/media/2026/09/psp-lines.jpg",
        junk={5: "Marcus Oyelaran covers energy and utilities for the Tribune. Reach him at moyelaran@sactribune.com."})
    A = "ppn-qld-early-season"
    rec(A, "8287710342", "2026-09-01T03:15:00Z", "2026-09-01T03:10:00Z", P(A, credit=True),
        src="Darling Downs Gazette", src_uri="downsgazette.com.au", authors=[("Pan-Pacific Newswire", True)],
        url=ART[A]["synd_url"], title=ART[A]["synd_title"], dup=True, sim=0.91, event="eng-10219902", sent=-0.12)
    A = "sfs-cedar-evac"
    rec(A, "8251190023", "2026-08-18T02:15:00Z", "2026-08-18T02:11:00Z", P(A), src="Sierra Foothills Sentinel",
        src_uri="sierrasentinel.com", authors=[("Dana Whitcomb", False)], event="eng-10190455", sent=-0.54,
        junk={2: "Advertisement"})
    A = "bme-hazard-smoke"
    rec(A, "8246632981", "2026-08-19T22:40:00Z", "2026-08-19T22:38:00Z", P(A), src="Blue Mountains Echo",
        src_uri="bluemountainsecho.com.au", authors=[("Lachlan Petrie", False)], event="eng-10187310", sent=-0.2,
        junk={4: "RELATED: Smoke and your health: what the air quality readings mean"})
    A = "cds-monchique-evac"
    rec(A, "8231407765", "2026-08-14T17:32:00Z", "2026-08-14T17:32:00Z", P(A), src="Correio do Sul",
        src_uri="correiodosul.pt", authors=[("In\u00eas Carvalho", False)], event="eng-10170021", sent=-0.47)
    A = "nl-mine-flyout"
    rec(A, "8229051870", "2026-08-13T19:20:00Z", "2026-08-13T19:19:00Z", P(A), src="Northern Ledger",
        src_uri="northernledger.ca", authors=[("Tobias Kakfwi", False)], event=None, sent=-0.31,
        junk={5: "Have a news tip? Email newsroom@northernledger.ca"})
    A = "cds-danger-w33"
    rec(A, "8220374419", "2026-08-10T08:00:00Z", "2026-08-10T08:00:00Z", P(A), src="Correio do Sul",
        src_uri="correiodosul.pt", authors=[], event=None, sent=-0.1)
    A = "ar-whitecourt-mill"
    rec(A, "8207713002", "2026-08-06T03:10:00Z", "2026-08-06T03:06:00Z", P(A), src="Athabasca Record",
        src_uri="athabascarecord.ca", authors=[("Priya Lalonde", False)], event="eng-10150877", sent=-0.38)
    A = "lp-sabie-plantation"
    rec(A, "8190224516", "2026-07-29T22:45:00Z", "2026-07-29T22:45:00Z", P(A), src="Lowveld Post",
        src_uri="lowveldpost.co.za", authors=[("Thandeka Mokoena", False), ("Sipho Ndlovu", False)],
        event="eng-10129444", sent=-0.4, junk={5: "Follow the Lowveld Post on WhatsApp for breaking news."})
    A = "ovc-aq-w31"
    rec(A, "8189670031", "2026-07-29T14:00:00Z", "2026-07-29T14:00:00Z", P(A), src="Okanagan Valley Courier",
        src_uri="okanagancourier.ca", authors=[], event=None, sent=-0.05)
    A = "ppn-greece-army"
    rec(A, "8180114298", "2026-07-27T17:55:00Z", "2026-07-27T17:54:00Z", P(A), src="Pan-Pacific Newswire",
        src_uri="ppnwire.com", authors=[("Stavros Kalogeropoulos", False)], event="eng-10118230", sent=-0.5,
        junk={5: "(Reporting by Stavros Kalogeropoulos; editing by Fiona Gray)"})
    A = "ovc-aq-w30"
    rec(A, "8161952277", "2026-07-22T13:00:00Z", "2026-07-22T13:00:00Z", P(A), src="Okanagan Valley Courier",
        src_uri="okanagancourier.ca", authors=[], event=None, sent=-0.22)
    A = "ap-rhodes-bookings"
    rec(A, "8120476613", "2026-07-08T06:45:00Z", "2026-07-08T06:44:00Z", P(A), src="Aegean Post",
        src_uri="aegeanpost.gr", authors=[("Yannis Doukas", False)], event=None, sent=0.18,
        junk={2: "Advertisement"})
    A = "ppn-quebec-fire-ban"
    rec(A, "8086150224", "2026-06-18T21:30:00Z", "2026-06-18T21:25:00Z", P(A, credit=True),
        src="Laurentian Review", src_uri="laurentianreview.ca", authors=[("Pan-Pacific Newswire", True)],
        url=ART[A]["synd_url"], title=ART[A]["synd_title"], dup=True, sim=0.88, event="eng-10002317", sent=-0.33)
    A = "sl-vina-housing"
    rec(A, "8061733950", "2026-06-11T19:05:00Z", "2026-06-11T19:05:00Z", P(A), src="Santiago Ledger",
        src_uri="santiagoledger.cl", authors=[("Camila Fuentes", False)], event=None, sent=-0.44,
        junk={2: "Advertisement"})
    doc = {"articles": {"results": recs, "totalResults": 1873, "page": 1, "count": len(recs), "pages": 125}}
    write(F_ER, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


# ================================================================== Mailman MIME digest
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def build_dg():
    L = "firewatch-l"
    host = "lists.firesci.example"
    B1 = "===============4721938472651092811=="
    B2 = "===============0986412275539018447=="
    msgs = []
    topics = []

    def msg(date, frm, subject, msgid, text, refs=None):
        topics.append((subject, frm.split(" <")[0].strip('"')))
        h = [f"Date: {date}", f"From: {frm}", f"To: {L}@{host}", f"Subject: [{L}] {subject}",
             f"Message-ID: {msgid}"]
        if refs:
            h += [f"In-Reply-To: {refs}", f"References: {refs}"]
        h += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
              "Content-Transfer-Encoding: quoted-printable"]
        msgs.append("Content-Type: message/rfc822\nMIME-Version: 1.0\n\n" + "\n".join(h) + "\n\n" + qp(text))

    SIG_AV = "-- \nAnneke Voss, PhD\nSchool of Public Health, University of Saskatchewan\n(306) 555-0199"
    A = "pc-asthma-study"
    url = ART[A]["url"]
    t = ("Old one (July) but relevant to Tuesday's call on school alerts. From the\nPrairie Chronicle:\n\n"
         + straight(T(A)) + "\nHelena Marchand, Health Reporter | July 9, 2026\n\n"
         + "\n\n".join(wrap(straight(p), 72) for p in P(A)) + f"\n\n{url}?utm_source=newsletter&utm_medium=email\n\n"
         + SIG_AV + "\n")
    msg("Fri, 04 Sep 2026 09:14:22 -0600", '"Dr. Anneke Voss" <avoss@usask.example>',
        "Fwd: Smoke days and kids' asthma (Prairie Chronicle)", "<8d1f2c@usask.example>", t)
    reg(A, F_DG, [straight(p) for p in P(A)],
        ["Old one (July) but relevant to Tuesday's call", "Helena Marchand, Health Reporter | July 9, 2026",
         "Anneke Voss, PhD", "School of Public Health, University of Saskatchewan", "(306) 555-0199",
         "utm_source=newsletter"])
    A = "nl-yellowknife-smoke"
    url = ART[A]["url"]
    t = ("The Ledger piece from August, pasting in full since they have a paywall now:\n\n"
         + T(A) + "\nBy Tobias Kakfwi | Northern Ledger | August 11, 2026\n\n" + "\n\n".join(P(A))
         + f"\n\n{url}\n\nM\u00e9lanie\n\n-- \nM\u00e9lanie Roy | Aurora Research Institute | Yellowknife, NT\n"
           "Sent from my phone, please excuse typos\n")
    msg("Fri, 04 Sep 2026 10:02:51 -0600", "=?utf-8?q?M=C3=A9lanie_Roy?= <mroy@aurora.example>",
        "NWT smoke, Ledger story", "<CAK3f9+aq@mail.example>", t)
    reg(A, F_DG, P(A), ["The Ledger piece from August, pasting in full since they have a paywall now:",
                        "By Tobias Kakfwi | Northern Ledger | August 11, 2026", "Aurora Research Institute",
                        "Sent from my phone, please excuse typos"])
    # a reply quoting one paragraph of the asthma story (not an article)
    q = wrap(straight(P("pc-asthma-study")[4]), 70)
    t = ("On Fri, Sep 4, 2026 at 9:14 AM Anneke Voss wrote:\n" + "\n".join("> " + x for x in q.split("\n"))
         + "\n\nWe tried exactly this in Kamloops schools in 2024. The alerts went out, but\nnobody owned the "
           "decision to cancel recess. Happy to share our protocol.\n\nSam\n")
    msg("Fri, 04 Sep 2026 12:40:05 -0700", "Sam Okonkwo <sokonkwo@tru.example>",
        "Re: Fwd: Smoke days and kids' asthma (Prairie Chronicle)", "<5521ab@tru.example>", t,
        refs="<8d1f2c@usask.example>")
    mn("pc-asthma-study", ["We tried exactly this in Kamloops schools in 2024.", "On Fri, Sep 4, 2026 at 9:14 AM"])
    A = "ppn-eucalyptus-freeze"
    url = ART[A]["url"]
    t = ("PPN wire story from Wednesday, via ppnwire.com:\n\n" + T(A) + "\nAna Sofia Pires | Pan-Pacific Newswire | "
         "2 Sep 2026\n\n" + "\n\n".join(P(A)) + f"\n\n{url}\n\n-- \nJo\u00e3o Ferreira\nCentre for Forest Studies, "
         "Lisbon\n")
    msg("Fri, 04 Sep 2026 21:55:18 +0100", "=?utf-8?q?Jo=C3=A3o_Ferreira?= <jferreira@isa.example>",
        "Portugal eucalyptus freeze", "<e7c0aa@isa.example>", t)
    reg(A, F_DG, P(A), ["PPN wire story from Wednesday, via ppnwire.com:",
                        "Ana Sofia Pires | Pan-Pacific Newswire | 2 Sep 2026", "Centre for Forest Studies, Lisbon"])
    A = "svt-prescribed-burns"
    url = ART[A]["url"]
    t = ("For the prescribed-fire folks: the Sac Metro decision from June.\n\nSacramento Valley Tribune, June 24, "
         "2026, by Marcus Oyelaran\n\n" + straight(T(A)).upper() + "\n\n"
         + "\n\n".join(wrap(straight(p), 72) for p in P(A)) + f"\n\n<{url}>\n\n-- \nRachel Kim\n"
         "Smoke Management Program, UC Davis\n")
    msg("Sat, 05 Sep 2026 07:31:40 -0700", "Rachel Kim <rkim@ucdavis.example>",
        "Prescribed burn rules (Sacramento)", "<a93e12@ucdavis.example>", t)
    reg(A, F_DG, [straight(p) for p in P(A)],
        ["For the prescribed-fire folks: the Sac Metro decision from June.",
         "Sacramento Valley Tribune, June 24, 2026, by Marcus Oyelaran", "Smoke Management Program, UC Davis"])
    A = "pct-bay-area-aqi"
    url = ART[A]["url"]
    t = ("Yesterday's Courier-Times (Thursday, September 3), for the record. The PM2.5\nmaps are worth a look "
         "on their site.\n\n" + T(A) + "\nBy Rosa Delgado-Finch and Owen Park\n\n" + "\n\n".join(P(A))
         + f"\n\n{url}?utm_source=newsletter&utm_medium=email&utm_campaign=morning\n\nHector\n")
    msg("Fri, 04 Sep 2026 18:03:27 -0700", "Hector Ruiz <hruiz@baaqmd-alumni.example>",
        "Oregon smoke in the Bay Area", "<77fe01@baaqmd-alumni.example>", t)
    reg(A, F_DG, P(A), ["Yesterday's Courier-Times (Thursday, September 3), for the record.",
                        "The PM2.5 maps are worth a look on their site.", "By Rosa Delgado-Finch and Owen Park",
                        "utm_campaign=morning"])
    A = "lp-mbombela-haze"
    url = ART[A]["url"]
    t = ("Lowveld Post, 31 July 2026 -- relevant to the low-cost sensor network thread.\n\n" + T(A)
         + "\nSipho Ndlovu\n\n" + "\n\n".join(P(A)) + f"\n\n{url}\n\nRegards\nZanele\n\n-- \nZanele Dlamini\n"
         "Air Quality Monitoring Unit, Mpumalanga\n")
    msg("Sat, 05 Sep 2026 09:12:09 +0200", "Zanele Dlamini <zdlamini@mpg.example>",
        "Mbombela smoke and the broken monitor", "<b41c77@mpg.example>", t)
    reg(A, F_DG, P(A), ["Lowveld Post, 31 July 2026 -- relevant to the low-cost sensor network thread.",
                        "Air Quality Monitoring Unit, Mpumalanga"])

    DIGFUR = [f"Send {L} mailing list submissions to", "To subscribe or unsubscribe via the World Wide Web, visit",
              "You can reach the person managing the list at", "When replying, please edit your Subject line",
              "Today's Topics:", f"{L} mailing list", f"End of {L} Digest, Vol 14, Issue 31"]
    for aid in ("pc-asthma-study", "nl-yellowknife-smoke", "ppn-eucalyptus-freeze", "svt-prescribed-burns",
                "pct-bay-area-aqi", "lp-mbombela-haze"):
        mn(aid, DIGFUR)
    toc = "Today's Topics:\n\n" + "\n".join(
        f"{n:4d}. {s} ({w})" for n, (s, w) in enumerate(topics, 1)) + "\n"
    head = f"""From: {L}-request@{host}
Subject: {L} Digest, Vol 14, Issue 31
To: {L}@{host}
Reply-To: {L}@{host}
Date: Sat, 05 Sep 2026 12:00:02 -0700
Message-ID: <mailman.3107.1788634802.1462.{L}@{host}>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{B1}"
X-BeenThere: {L}@{host}
X-Mailman-Version: 2.1.39
Precedence: list
List-Id: Wildfire smoke and air quality researchers <{L}.{host}>
List-Unsubscribe: <https://{host}/mailman/options/{L}>, <mailto:{L}-request@{host}?subject=unsubscribe>
List-Archive: <https://{host}/pipermail/{L}/>
List-Post: <mailto:{L}@{host}>
List-Help: <mailto:{L}-request@{host}?subject=help>
List-Subscribe: <https://{host}/mailman/listinfo/{L}>, <mailto:{L}-request@{host}?subject=subscribe>
Errors-To: {L}-bounces@{host}
Sender: "{L}" <{L}-bounces@{host}>

--{B1}
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Description: {L} Digest, Vol 14, Issue 31

Send {L} mailing list submissions to
\t{L}@{host}

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://{host}/mailman/listinfo/{L}
or, via email, send a message with subject or body 'help' to
\t{L}-request@{host}

You can reach the person managing the list at
\t{L}-owner@{host}

When replying, please edit your Subject line so it is more specific
than "Re: Contents of {L} digest..."

--{B1}
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Description: Today's Topics ({len(msgs)} messages)

{toc}
--{B1}
Content-Type: multipart/digest; boundary="{B2}"
MIME-Version: 1.0

"""
    parts = "".join(f"--{B2}\n{m}\n" for m in msgs) + f"--{B2}--\n\n"
    tail = f"""--{B1}
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

_______________________________________________
{L} mailing list
{L}@{host}
https://{host}/mailman/listinfo/{L}


------------------------------

End of {L} Digest, Vol 14, Issue 31
******************************************

--{B1}--
"""
    write(F_DG, head + parts + tail)


# ================================================================== Excel tab-delimited export (cp1252)
def build_ts():
    cols = ["ID", "Date coded", "Pub date", "Outlet", "Headline", "Byline", "URL", "Country", "Full text", "Frame",
            "Tone", "Notes", "Coder"]
    rows = []

    def cell(v):
        if any(c in v for c in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v

    def row(aid, rid, coded, pub, outlet, byline, url, country, ps, frame, tone, notes, coder, sep="\n\n",
            title=None):
        rows.append([rid, coded, pub, outlet, title or T(aid), byline, url or "", country, sep.join(ps), frame,
                     tone, notes, coder])
        reg(aid, F_TS, ps, [x for x in (notes,) if x] + ([byline] if byline else []))

    A = "ovc-aq-w29"
    row(A, "SM-0117", "16/07/2026", "15/07/2026", "Okanagan Valley Courier", "", ART[A]["url"], "Canada", P(A),
        "health", "neutral", "weekly bulletin - code once per week only", "JH")
    A = "lb-clearing-fines"
    row(A, "SM-0121", "17/07/2026", "29/06/2026", "Lisbon Bulletin", "Macedo, Rui", ART[A]["url"], "Portugal",
        [straight(p) for p in P(A)], "policy/regulation", "negative", "", "AP", sep="\n")
    A = "sl-vina-housing"
    row(A, "SM-0124", "18/07/2026", "11/06/2026", "Santiago Ledger", "Fuentes, Camila", ART[A]["url"], "Chile",
        [straight(p) for p in P(A)], "recovery", "negative", "older item, added for the Chile comparison", "AP")
    A = "ovc-bear-creek-evac"
    row(A, "SM-0133", "24/07/2026", "22/07/2026", "Okanagan Valley Courier", "Lechner, Marnie", ART[A]["url"],
        "Canada", [straight(p) for p in P(A)], "emergency response", "negative",
        "print A1 + jump to A3; text from website", "JH")
    A = "sl-arson-law"
    row(A, "SM-0139", "27/07/2026", "21/07/2026", "Santiago Ledger", "Montt, Javier", ART[A]["url"], "Chile", P(A),
        "policy/regulation", "neutral", "", "AP")
    A = "cds-danger-w34"
    row(A, "SM-0162", "18/08/2026", "17/08/2026", "Correio do Sul", "Reda\u00e7\u00e3o", ART[A]["url"], "Portugal",
        P(A), "risk communication", "neutral", "byline is just 'newsroom' in Portuguese", "AP")
    A = "sfs-cedar-evac"
    row(A, "SM-0166", "19/08/2026", "17/08/2026", "Sierra Foothills Sentinel", "Whitcomb, Dana", ART[A]["url"],
        "USA", P(A), "emergency response", "negative", "see also SM-0171 (containment story, same reporter)", "JH")
    A = "bme-hazard-smoke"
    row(A, "SM-0170", "21/08/2026", "20/08/2026", "Blue Mountains Echo", "Petrie, Lachlan", ART[A]["url"],
        "Australia", [straight(p) for p in P(A)], "health", "mixed", "", "JH", sep="\n")
    A = "pct-bay-area-aqi"
    row(A, "SM-0188", "07/09/2026", "03/09/2026", "Peninsula Courier-Times", "Delgado-Finch, Rosa; Park, Owen",
        ART[A]["url"], "USA", P(A, edited=True), "health", "negative",
        "web version, one quote differs slightly from the digest copy", "JH")
    A = "pct-school-closures"
    row(A, "SM-0189", "07/09/2026", "04/09/2026", "Peninsula Courier-Times", "Delgado-Finch, Rosa", ART[A]["url"],
        "USA", P(A), "health", "neutral", "", "JH")
    lines = ["\t".join(cols)] + ["\t".join(cell(v) for v in r) for r in rows]
    data = "\r\n".join(lines) + "\r\n"
    write_bytes(F_TS, data.encode("cp1252"))
    for aid in ("ovc-aq-w29", "lb-clearing-fines", "sl-vina-housing", "ovc-bear-creek-evac", "sl-arson-law",
                "cds-danger-w34", "sfs-cedar-evac", "bme-hazard-smoke", "pct-bay-area-aqi", "pct-school-closures"):
        mn(aid, ["Date coded", "Full text"])


# ================================================================== Telegram Desktop export
def build_tg():
    msgs = []
    import datetime

    def unix(d):
        return str(int(datetime.datetime.fromisoformat(d).replace(tzinfo=datetime.timezone.utc).timestamp()))

    def m(mid, date, frm, fid, parts, **kw):
        text, ents = [], []
        for p in parts:
            if isinstance(p, str):
                text.append(p)
                ents.append({"type": "plain", "text": p})
            else:
                typ, s = p[0], p[1]
                d = {"type": typ, "text": s}
                if typ == "text_link":
                    d["href"] = p[2]
                text.append(d)
                ents.append(dict(d))
        if len(text) == 1 and isinstance(text[0], str):
            text = text[0]
        msg = {"id": mid, "type": "message", "date": date, "date_unixtime": unix(date)}
        msg.update(kw.pop("pre", {}))
        msg.update({"from": frm, "from_id": fid})
        msg.update(kw)
        msg["text"] = text
        msg["text_entities"] = ents
        msgs.append(msg)

    A = "ap-attica-blaze"
    url = ART[A]["url"]
    m(4870, "2026-07-27T21:40:13", "Kostas Mavridis", "user418822913",
      ["From the Aegean Post tonight:\n\n", ("bold", T(A)), "\nYannis Doukas\n\n" + "\n\n".join(P(A)) + "\n\n",
       ("link", url)])
    reg(A, F_TG, P(A), ["From the Aegean Post tonight:"])
    msgs.append({"id": 4871, "type": "message", "date": "2026-07-27T21:52:40", "date_unixtime": unix("2026-07-27T21:52:40"),
                 "from": "Ana Ribeiro", "from_id": "user552301877", "reply_to_message_id": 4870,
                 "text": "Stay safe everyone in Attica \U0001f64f", "text_entities": [
                     {"type": "plain", "text": "Stay safe everyone in Attica \U0001f64f"}]})
    A = "lp-kruger-burns"
    url = ART[A]["url"]
    m(4921, "2026-08-07T08:12:55", "Thabo Sithole", "user733019245",
      ["Lowveld Post, yesterday:\n\n", ("bold", T(A)), "\nby Sipho Ndlovu\n\n" + "\n\n".join(P(A)) + "\n\n",
       ("link", url + "?utm_source=telegram")])
    reg(A, F_TG, P(A), ["Lowveld Post, yesterday:", "by Sipho Ndlovu", "utm_source=telegram"])
    A = "nl-yellowknife-smoke"
    m(4950, "2026-08-12T07:30:02", "M\u00e9lanie Roy", "user610044781",
      ["Ledger story from Tuesday. Kids' camps all indoors here.\n\n", ("bold", T(A)), "\n\n"
       + "\n\n".join(P(A))])
    reg(A, F_TG, P(A), ["Ledger story from Tuesday. Kids' camps all indoors here."])
    A = "cds-monchique-evac"
    url = ART[A]["url"]
    m(5003, "2026-08-14T20:05:11", "Marta Lopes", "user290178554",
      [("bold", T(A)), "\n\n" + "\n\n".join(P(A, trim=1)) + "\n\n\U0001f449 Read more: ",
       ("link", url + "?utm_source=telegram&utm_medium=channel")],
      pre={}, forwarded_from="Correio do Sul English", photo="photos/photo_212@14-08-2026_20-05-11.jpg",
      width=1280, height=853)
    reg(A, F_TG, P(A, trim=1), ["Read more:", "utm_medium=channel"])
    msgs.append({"id": 5004, "type": "message", "date": "2026-08-14T20:11:37", "date_unixtime": unix("2026-08-14T20:11:37"),
                 "from": "Kostas Mavridis", "from_id": "user418822913", "reply_to_message_id": 5003,
                 "text": "Terrible. Same slopes as 2018. Anyone have contacts in Portim\u00e3o?",
                 "text_entities": [{"type": "plain",
                                    "text": "Terrible. Same slopes as 2018. Anyone have contacts in Portim\u00e3o?"}]})
    mn("cds-monchique-evac", ["Same slopes as 2018. Anyone have contacts"])
    A = "cds-danger-w34"
    url = ART[A]["url"]
    m(5012, "2026-08-18T07:55:40", "Marta Lopes", "user290178554",
      [("bold", T(A)), "\n\n" + "\n\n".join(P(A)) + "\n\n", ("link", url)],
      forwarded_from="Correio do Sul English")
    reg(A, F_TG, P(A), [])
    A = "sfs-cedar-contained"
    url = ART[A]["url"]
    m(5040, "2026-08-21T06:30:19", "Jenna Park", "user845501236",
      [("bold", T(A)), "\nSierra Foothills Sentinel \u00b7 August 20, 2026 \u00b7 Dana Whitcomb\n\n"
       + "\n\n".join(P(A)) + "\n\n", ("text_link", "Full story on the Sentinel", url)])
    reg(A, F_TG, P(A), ["Sierra Foothills Sentinel · August 20, 2026 · Dana Whitcomb", "Full story on the Sentinel"])
    A = "ppn-madeira-laurisilva"
    url = ART[A]["url"]
    m(5071, "2026-08-23T10:02:48", "Ana Ribeiro", "user552301877",
      ["PPN on Madeira \U0001f622 ", ("link", url), "\n\n", ("bold", T(A)), "\n\n" + "\n\n".join(P(A))])
    reg(A, F_TG, P(A), ["PPN on Madeira"])
    A = "lb-ozone-smoke"
    url = ART[A]["url"]
    m(5102, "2026-08-29T09:00:31", "Ana Ribeiro", "user552301877",
      ["Lisbon Bulletin, 28 Aug \u2014 the Aveiro ozone paper made the news:\n\n", ("bold", T(A)),
       "\nRui Macedo\n\n" + "\n\n".join(P(A)) + "\n\n", ("link", url)])
    reg(A, F_TG, P(A), ["Lisbon Bulletin, 28 Aug", "the Aveiro ozone paper made the news"])
    A = "x-conaf-brigades"
    m(5130, "2026-09-09T07:45:03", "Diego Araya", "user377120418",
      ["Someone in the CONAF WhatsApp group sent this round, no idea which paper it's from. "
       "Tuesday 8 September:\n\n", ("bold", T(A)), "\nBy Camila Fuentes\n\n" + "\n\n".join(P(A))])
    reg(A, F_TG, P(A), ["Someone in the CONAF WhatsApp group sent this round", "Tuesday 8 September:",
                        "By Camila Fuentes"])
    A = "svt-power-shutoff"
    url = ART[A]["url"]
    m(5144, "2026-09-10T06:15:27", "Jenna Park", "user845501236",
      ["SVT (Wed Sept 9), the early version of the story:\n\n", ("bold", T(A)), "\nMarcus Oyelaran\n\n"
       + "\n\n".join(P(A, edited=True)) + "\n\n", ("link", url)],
      edited="2026-09-10T06:17:02", edited_unixtime=unix("2026-09-10T06:17:02"))
    reg(A, F_TG, P(A, edited=True), ["SVT (Wed Sept 9), the early version of the story:"])
    msgs.append({"id": 5145, "type": "service", "date": "2026-09-10T06:20:00", "date_unixtime": unix("2026-09-10T06:20:00"),
                 "actor": "Jenna Park", "actor_id": "user845501236", "action": "pin_message", "message_id": 5144,
                 "text": "", "text_entities": []})
    doc = {"name": "Fire & Smoke Watch \U0001f525", "type": "public_supergroup", "id": 1873920145,
           "messages": msgs}
    write(F_TG, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
