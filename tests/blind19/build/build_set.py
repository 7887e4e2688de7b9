# -*- coding: utf-8 -*-
"""Build tests/blind19/dumps/* and tests/blind19/gold.json from build/articles.py (stdlib only, deterministic).

usage: /work/main/.venv/bin/python tests/blind19/build/build_set.py

Theme: news as it arrives by e-mail. Beat: the collapse of Skerrylink Airways (invented), 27 Nov - 3 Dec 2026.
"""
import base64
import html
import json
import os
import quopri
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

F_EMLX = "31877.emlx"
F_AI = "Airport Insider - 1 December 2026.txt"
F_FWD = "Fwd_ FW_ Skerrylink administration - HEP piece.eml"
F_MBOX = "Newsletters - Skerrylink.mbox"
F_GIO = "[skerrylink-watch] Digest Number 37.txt"
F_PIPE = "islands-transport_2026-November.txt"
ALL = [F_EMLX, F_AI, F_FWD, F_MBOX, F_GIO, F_PIPE]
assert ALL == sorted(ALL)

COPIES, MUSTNOT, POS, EXTRA = {}, {}, {}, {}


def P(aid, trim=False, local=False):
    a = ART[aid]
    ps = list(a["paras"])
    if trim:
        ps = ps[:-1]
    if local:
        ps.append(a["local"])
    return ps


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
        if len(s) >= 8 and s not in lst:
            lst.append(s)


def alt(aid, title=None, outlet=None):
    EXTRA.setdefault(aid, []).append((title, outlet))


def straight(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "--"))


def wrap(s, width=72, prefix=""):
    return [prefix + ln for ln in textwrap.wrap(s, width - len(prefix), break_on_hyphens=False)]


def qp(s, charset="utf-8"):
    return quopri.encodestring(s.encode(charset)).decode("ascii")


def b64(s, charset="utf-8"):
    return base64.encodebytes(s.encode(charset)).decode("ascii")


def esc(s):
    return html.escape(s, quote=False)


def write(fn, data):
    with open(os.path.join(DUMPS, fn), "wb") as f:
        f.write(data)


def part(ctype, charset, cte, text):
    enc = qp(text, charset) if cte == "quoted-printable" else b64(text, charset)
    return (f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n" + enc.rstrip("\n")
            + "\n")


def alternative(boundary, parts):
    out = ""
    for p in parts:
        out += f"--{boundary}\n" + p + "\n"
    return out + f"--{boundary}--\n"


# ================================================================ 31877.emlx — NIC Morning Briefing (Apple Mail)
def build_emlx():
    items = [("albion-stranded", "Albion Newswire"), ("nic-ferries", "By Ingrid Flett"),
             ("nic-patients", "By Ingrid Flett")]
    date = "Saturday 28 November 2026"
    browser = "https://www.northernisleschronicle.co.uk/newsletters/morning-briefing/2026-11-28"
    ad = ("ADVERTISEMENT", "Orkney Builders Merchants – winter sale now on, 20% off all insulation until 24 December.",
          "https://www.orkneybuildersmerchants.co.uk/winter?utm_source=nic_briefing")
    foot = ["You are receiving the Morning Briefing because you signed up at northernisleschronicle.co.uk.",
            "Manage your newsletters", "Unsubscribe",
            "Northern Isles Chronicle, 14 Bridge Street, Kirkwall, Orkney KW15 1HR",
            "© 2026 Northern Isles Chronicle Ltd. All rights reserved."]
    intro = "Good morning. Here are today’s top stories from the Chronicle."
    plain = ["Northern Isles Chronicle | Morning Briefing", date, "",
             f"View in browser: {browser}", "", intro, ""]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Morning Briefing</title>',
         '<style>body{margin:0;background:#eef1f4}.wrap{max-width:600px;margin:0 auto;background:#fff}'
         'h2{font-family:Georgia,serif;font-size:22px}p{font-size:16px;line-height:1.5}</style></head>',
         '<body><table class="wrap" role="presentation" width="100%" cellpadding="0" cellspacing="0">',
         f'<tr><td style="padding:8px;font-size:11px;text-align:center"><a href="{browser}">View in browser</a></td></tr>',
         '<tr><td style="padding:16px;background:#0b3d5c"><img src="https://www.northernisleschronicle.co.uk/img/'
         'nic-masthead.png" alt="Northern Isles Chronicle" width="320"></td></tr>',
         f'<tr><td style="padding:16px"><p style="color:#555">{esc(date)}</p><p>{esc(intro)}</p></td></tr>']
    for n, (aid, by) in enumerate(items):
        a = ART[aid]
        ps = P(aid)
        plain += ["", "----------------------------------------", "", a["title"], f"{by} | {date}", ""]
        for p in ps:
            plain += [p, ""]
        plain += [f"Read on our website: {a['url']}"]
        h.append(f'<tr><td style="padding:16px;border-top:1px solid #ddd"><h2><a href="{a["url"]}" '
                 f'style="color:#0b3d5c;text-decoration:none">{esc(a["title"])}</a></h2>'
                 f'<p style="font-size:13px;color:#666">{esc(by)} | {esc(date)}</p>')
        h += [f"<p>{esc(p)}</p>" for p in ps]
        h.append(f'<p><a href="{a["url"]}">Read on our website</a></p></td></tr>')
        reg(aid, F_EMLX, ps, [a["title"], f"{by} | {date}", "Read on our website", intro,
                              "Northern Isles Chronicle | Morning Briefing", ad[1]] + foot[:1] + foot[3:])
        if n == 1:
            plain += ["", "----------------------------------------", "", ad[0], ad[1], ad[2]]
            h.append(f'<tr><td style="padding:16px;background:#f6f6f6;text-align:center"><p style="font-size:10px">'
                     f'{ad[0]}</p><a href="{ad[2]}"><img src="https://ads.northernisleschronicle.co.uk/obm-winter.jpg"'
                     f' alt="{esc(ad[1])}" width="300"></a><p>{esc(ad[1])}</p></td></tr>')
    plain += ["", "----------------------------------------", "", foot[0],
              f"{foot[1]}: https://www.northernisleschronicle.co.uk/account/newsletters",
              f"{foot[2]}: https://www.northernisleschronicle.co.uk/unsubscribe?u=8f2c1e&l=briefing",
              foot[3], foot[4], ""]
    h.append(f'<tr><td style="padding:16px;font-size:12px;color:#777"><p>{esc(foot[0])}</p><p><a href="https://'
             f'www.northernisleschronicle.co.uk/account/newsletters">{foot[1]}</a> | <a href="https://www.'
             f'northernisleschronicle.co.uk/unsubscribe?u=8f2c1e&amp;l=briefing">{foot[2]}</a></p>'
             f'<p>{esc(foot[3])}</p><p>{esc(foot[4])}</p></td></tr></table></body></html>')
    b = "Apple-Mail-=_3C1F8E2A-7D44-4B0E-9A51-2F6B0C1D9E77"
    b = "----=_Part_4471902_1193046872.1795847404113"
    msg = ("Return-Path: <bounce-mb-8f2c1e@mail.northernisleschronicle.co.uk>\n"
           "Received: from mta-07.mail.northernisleschronicle.co.uk (mta-07.mail.northernisleschronicle.co.uk "
           "[203.0.113.41])\n\tby mx.orkneytransportarchive.org with ESMTPS id 4Y2kQp0ZzCz9sWq\n"
           "\tfor <rhona.tulloch@orkneytransportarchive.org>; Sat, 28 Nov 2026 06:30:05 +0000 (GMT)\n"
           "From: Northern Isles Chronicle <briefing@mail.northernisleschronicle.co.uk>\n"
           "To: rhona.tulloch@orkneytransportarchive.org\n"
           "Subject: Morning Briefing: Islanders stranded as Skerrylink collapse cuts lifeline flights\n"
           "Date: Sat, 28 Nov 2026 06:30:04 +0000\n"
           "Message-ID: <20261128063004.8f2c1e.briefing@mail.northernisleschronicle.co.uk>\n"
           "List-Unsubscribe: <https://www.northernisleschronicle.co.uk/unsubscribe?u=8f2c1e&l=briefing>\n"
           "MIME-Version: 1.0\n"
           f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
           + alternative(b, [part("text/plain", "utf-8", "quoted-printable", "\n".join(plain)),
                             part("text/html", "utf-8", "quoted-printable", "\n".join(h) + "\n")]))
    mb = msg.encode("ascii")
    plist = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
             '<plist version="1.0">\n<dict>\n\t<key>date-last-viewed</key>\n\t<integer>1795851122</integer>\n'
             '\t<key>date-received</key>\n\t<integer>1795847405</integer>\n\t<key>flags</key>\n'
             '\t<integer>8623750145</integer>\n\t<key>remote-id</key>\n\t<string>48213</string>\n'
             '</dict>\n</plist>\n')
    write(F_EMLX, f"{len(mb)}\n".encode("ascii") + mb + plist.encode("ascii"))


# ================================================================ Airport Insider, saved from Outlook as text
def build_ai():
    NB = "\u00a0"
    chrome = ["View this email in your browser", "Issue 212 · Tuesday 1 December 2026",
              "You are receiving this email because you subscribed to Airport Insider at airportinsider.news.",
              "Airport Insider Ltd · 5 Rose Street · Edinburgh EH2 2PR",
              "Copyright © 2026 Airport Insider Ltd. All rights reserved.", "Update your preferences",
              "FrostGuard de-icing: book your winter slots now", "Share on LinkedIn", "Forward to a colleague",
              "[cid:image001.png@01DD6A2B.3F4E5A10]", "[Airport Insider]", "Subject:\tAirport Insider #212"]
    out = ["From:\tAirport Insider <news@airportinsider.news>", "Sent:\t01 December 2026 07:02",
           "To:\tRhona Tulloch", "Subject:\tAirport Insider #212: Inverness loses a third of its flights overnight",
           "", NB, "",
           "View this email in your browser <https://airportinsider.news/newsletter/212?utm_source=email&utm_medium=newsletter>",
           "", NB, "", "[Airport Insider] <https://airportinsider.news/?utm_source=email>", "",
           "Issue 212 · Tuesday 1 December 2026", "", NB, "", "[cid:image001.png@01DD6A2B.3F4E5A10]", "", NB, ""]

    def share(url):
        return (f"Share on LinkedIn <https://www.linkedin.com/sharing/share-offsite/?url={url}> | Share on X "
                f"<https://x.com/intent/tweet?url={url}> | Forward to a colleague <mailto:?subject=Airport%20Insider"
                f"&body={url}>")

    a = ART["ai-inverness"]
    ps = P("ai-inverness")
    cap = "[Skerrylink ATR 72-600 aircraft parked on the apron at Inverness Airport]"
    out += ["TOP STORY", "", f"{a['title']} <{a['url']}>", "", "By Priya Raman", "", ps[0], "", cap,
            "Photo: Airport Insider / Calum Ross", ""]
    for p in ps[1:]:
        out += [p, ""]
    out += [share(a["url"]), "", NB, ""]
    reg("ai-inverness", F_AI, ps, chrome + [a["title"], "By Priya Raman", cap, "Photo: Airport Insider / Calum Ross",
                                            "TOP STORY"])
    a = ART["ai-lessors"]
    ps = P("ai-lessors")
    out += ["FLEET", "", f"{a['title']} <{a['url']}>", "", "By Tom Aske", ""]
    for p in ps:
        out += [p, ""]
    out += [share(a["url"]), "", NB, ""]
    reg("ai-lessors", F_AI, ps, chrome + [a["title"], "By Tom Aske"])
    out += ["SPONSORED", "", "[cid:image003.jpg@01DD6A2B.3F4E5A10]",
            "FrostGuard de-icing: book your winter slots now <https://frostguard.aero/winter?utm_source=airportinsider>",
            "Glycol, trucks and crews for regional airfields from Kirkwall to Cork. Slots for January are filling fast.",
            "", NB, ""]
    a = ART["albion-stranded"]
    ps = P("albion-stranded", trim=True, local=True)
    out += ["PARTNER CONTENT", "", "From the Hebridean Record", "", a["alt_title"], "",
            "Albion Newswire | 28 November 2026", ""]
    for p in ps:
        out += [p, ""]
    rep = "This article first appeared in the Hebridean Record and is republished with permission."
    out += [rep, "", NB, ""]
    reg("albion-stranded", F_AI, ps, chrome + [a["alt_title"], rep, "PARTNER CONTENT", "From the Hebridean Record",
                                              "Albion Newswire | 28 November 2026",
                                              "Glycol, trucks and crews for regional airfields"])
    alt("albion-stranded", a["alt_title"], a["alt_outlet"])
    out += ["You are receiving this email because you subscribed to Airport Insider at airportinsider.news.", "",
            "Unsubscribe <https://airportinsider.news/unsubscribe?e=rhona.tulloch%40orkneytransportarchive.org&n=212>"
            " | Update your preferences <https://airportinsider.news/preferences> | Privacy policy "
            "<https://airportinsider.news/privacy>", "", "Airport Insider Ltd · 5 Rose Street · Edinburgh EH2 2PR", "",
            "Copyright © 2026 Airport Insider Ltd. All rights reserved.", "", NB, ""]
    write(F_AI, "\r\n".join(out).encode("cp1252"))


# ================================================================ Gmail forward of an Outlook forward (.eml)
def build_fwd():
    a = ART["hep-administration"]
    ps = P("hep-administration")
    note = ["See below — thought you’d want this for the file. Donald sent it round the council office yesterday.",
            "", "Rhona"]
    gm = ["---------- Forwarded message ---------",
          "From: Donald Rendall <Donald.Rendall@nicouncil.org.uk>", "Date: Fri, 27 Nov 2026 at 17:48",
          "Subject: FW: Skerrylink administration - HEP piece",
          "To: Rhona Tulloch <rhona.tulloch@orkneytransportarchive.org>"]
    donald = ["FYI - full text below as the HEP site is paywalled after three articles a month.", "", "Donald", "",
              "Donald Rendall", "Transport Policy Officer", "Northern Isles Council | Council Offices | Kirkwall",
              "Tel: 01856 870000 | Ext 2214"]
    ol = ["From: Kirsty Halcro <Kirsty.Halcro@nicouncil.org.uk>", "Sent: 27 November 2026 16:55",
          "To: Transport Team <transport@nicouncil.org.uk>", "Subject: Skerrylink administration - HEP piece"]
    kirsty = ["All,", "", "Article from the Highland Evening Post this afternoon, for awareness.", ""]
    art_head = [a["url"], "", a["title"], "By Fiona Urquhart", "Friday 27 November 2026, 3:41pm"]
    sig = ["Kirsty", "", "Kirsty Halcro | Senior Transport Officer | Northern Isles Council"]
    conf = ("This email and any attachments are confidential and intended solely for the addressee. If you are not "
            "the intended recipient, please notify the sender immediately and delete it from your system. Northern "
            "Isles Council does not accept liability for any loss or damage arising from the use of this email or "
            "its attachments.")
    env = "Please consider the environment before printing this e-mail."
    plain = note + ["", gm[0]] + gm[1:] + ["", ""] + donald + ["", conf, "", ""] + ol + ["", ""] + kirsty + art_head
    plain += [""]
    for p in ps:
        plain += [p, ""]
    plain += sig + ["", env, "", conf, ""]
    mso = '<p class="MsoNormal">{}<o:p></o:p></p>'
    empty = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    h = ['<div dir="ltr">' + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in note),
         '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
         'From: <strong class="gmail_sendername" dir="auto">Donald Rendall</strong> <span dir="auto">&lt;<a href="'
         'mailto:Donald.Rendall@nicouncil.org.uk">Donald.Rendall@nicouncil.org.uk</a>&gt;</span><br>Date: Fri, 27 '
         'Nov 2026 at 17:48<br>Subject: FW: Skerrylink administration - HEP piece<br>To: Rhona Tulloch &lt;<a href="'
         'mailto:rhona.tulloch@orkneytransportarchive.org">rhona.tulloch@orkneytransportarchive.org</a>&gt;<br></div>'
         '<br><br>',
         '<div lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">']
    h += [mso.format(esc(x)) if x else empty for x in donald]
    h += [empty, mso.format(f'<span style="font-size:8.0pt;color:gray">{esc(conf)}</span>'), empty]
    h.append('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> Kirsty Halcro &lt;'
             'Kirsty.Halcro@nicouncil.org.uk&gt; <br><b>Sent:</b> 27 November 2026 16:55<br><b>To:</b> Transport Team'
             ' &lt;transport@nicouncil.org.uk&gt;<br><b>Subject:</b> Skerrylink administration - HEP piece<o:p></o:p>'
             '</span></p></div></div>')
    h.append(empty)
    h += [mso.format(esc(x)) if x else empty for x in kirsty]
    h.append(mso.format(f'<a href="{a["url"]}">{a["url"]}</a>'))
    h.append(empty)
    h.append(mso.format(f'<b><span style="font-size:14.0pt">{esc(a["title"])}</span></b>'))
    h.append(mso.format("By Fiona Urquhart"))
    h.append(mso.format('<span style="color:#767171">Friday 27 November 2026, 3:41pm</span>'))
    h.append(empty)
    for p in ps:
        h += [mso.format(esc(p)), empty]
    h += [mso.format(esc(x)) if x else empty for x in sig]
    h += [empty, mso.format(f'<span style="font-size:8.0pt;color:green">{esc(env)}</span>'), empty,
          mso.format(f'<span style="font-size:8.0pt;color:gray">{esc(conf)}</span>'), '</div></div>',
          '</div></div>']
    b = "000000000000f3a9c205f1d2e7b4"
    msg = ("MIME-Version: 1.0\n"
           "Date: Sat, 28 Nov 2026 10:14:52 +0000\n"
           "References: <AM9PR03MB7219C4E0A1B2D3F4E5@AM9PR03MB7219.eurprd03.prod.outlook.com>\n"
           "In-Reply-To: <AM9PR03MB7219C4E0A1B2D3F4E5@AM9PR03MB7219.eurprd03.prod.outlook.com>\n"
           "Message-ID: <CAH7x+Q3sKq0pWm4e_v8Zr1oN2=Lw5kT9bYf@mail.gmail.com>\n"
           "Subject: Fwd: FW: Skerrylink administration - HEP piece\n"
           "From: Rhona Tulloch <rhona.tulloch@orkneytransportarchive.org>\n"
           "To: Archive Accessions <accessions@orkneytransportarchive.org>\n"
           f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
           + alternative(b, [part("text/plain", "UTF-8", "quoted-printable", "\n".join(plain)),
                             part("text/html", "UTF-8", "quoted-printable", "\n".join(h) + "\n")]))
    write(F_FWD, msg.replace("\n", "\r\n").encode("ascii"))
    reg("hep-administration", F_FWD, ps,
        [a["title"], "By Fiona Urquhart", "Friday 27 November 2026, 3:41pm", note[0], conf, env, donald[0],
         "Transport Policy Officer", "Kirsty Halcro | Senior Transport Officer", "Forwarded message",
         "Subject: FW: Skerrylink administration - HEP piece", "Sent: 27 November 2026 16:55",
         "Article from the Highland Evening Post this afternoon, for awareness.", "Tel: 01856 870000"])


# ================================================================ mbox of four newsletters
def mc_plain(items, edition, date_line, browser, sponsor):
    rule = "-" * 60
    out = [f"** {edition}", rule, "", f"View this email in your browser ({browser})", "", date_line, "",
           "Good morning. The week's Skerrylink coverage from across the region, in one place.", ""]
    for n, (aid, src, ps, title) in enumerate(items):
        a = ART[aid]
        out += [f"** {title}", rule, "", src, ""]
        for p in ps:
            out += [p, ""]
        out += [f"Read more ({a['url']})", "", ""]
        if n == 1:
            out += ["** PRESENTED BY", rule, "", sponsor[0], sponsor[1], f"{sponsor[2]} ({sponsor[3]})", "", ""]
    out += ["============================================================",
            "Copyright (C) 2026 Northern Connectivity Forum. All rights reserved.",
            "You are receiving this email because you opted in via our website or attended a Forum event.", "",
            "Our mailing address is:", "Northern Connectivity Forum", "3 Harbour Road", "Kirkwall, Orkney KW15 1BX",
            "United Kingdom", "",
            "Want to change how you receive these emails?",
            "You can update your preferences (https://northernconnectivity.us21.list-manage.com/profile?u=5d1e0c7b2a"
            "&id=9f8e7d6c5b&e=a1b2c3d4e5) or unsubscribe from this list (https://northernconnectivity.us21.list-"
            "manage.com/unsubscribe?u=5d1e0c7b2a&id=9f8e7d6c5b&e=a1b2c3d4e5&c=0a9b8c7d6e)", ""]
    return "\n".join(out)


def mc_html(items, edition, date_line, browser, sponsor):
    h = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta http-equiv="X-UA-'
         'Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
         f'<title>{esc(edition)}</title><style type="text/css">p{{margin:10px 0;padding:0;}}table{{border-collapse:'
         'collapse;}}h1,h2,h3{display:block;margin:0;padding:0;}.mcnTextContent{word-break:break-word;}</style>'
         '</head><body><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" '
         'width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">',
         '<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="font-size:11px;'
         f'text-align:center"><a href="{browser}" target="_blank">View this email in your browser</a></td></tr>'
         '</table>',
         '<table class="mcnImageBlock" width="100%"><tr><td><img align="center" alt="Northern Connectivity Forum" '
         'src="https://mcusercontent.com/5d1e0c7b2a/images/ncf-header.png" width="564" class="mcnImage"></td></tr>'
         '</table>',
         f'<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"><p style="color:#6b6b6b">'
         f'{esc(date_line)}</p><p>Good morning. The week\'s Skerrylink coverage from across the region, in one '
         'place.</p></td></tr></table>']
    for n, (aid, src, ps, title) in enumerate(items):
        a = ART[aid]
        h.append('<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="padding:9px 18px;'
                 f'border-top:2px solid #1d5c63"><h2>{esc(title)}</h2><p style="font-size:12px;color:#1d5c63;'
                 f'text-transform:uppercase">{esc(src)}</p>')
        h += [f"<p>{esc(p)}</p>" for p in ps]
        h.append(f'<p><a href="{a["url"]}" target="_blank" style="color:#1d5c63;font-weight:bold">Read more</a></p>'
                 '</td></tr></table>')
        if n == 1:
            h.append('<table class="mcnBoxedTextBlock" width="100%" style="background:#f3efe6"><tr><td class="'
                     'mcnTextContent" style="padding:18px"><p style="font-size:10px;letter-spacing:2px">PRESENTED BY'
                     f'</p><p><strong>{esc(sponsor[0])}</strong></p><p>{esc(sponsor[1])}</p><p><a href="{sponsor[3]}">'
                     f'{esc(sponsor[2])}</a></p></td></tr></table>')
    h.append('<table class="mcnTextBlock" width="100%" style="background:#1d5c63;color:#fff"><tr><td class="'
             'mcnTextContent" style="padding:18px;font-size:12px;text-align:center"><em>Copyright &copy; 2026 Northern '
             'Connectivity Forum. All rights reserved.</em><br>You are receiving this email because you opted in via '
             'our website or attended a Forum event.<br><br><strong>Our mailing address is:</strong><br>Northern '
             'Connectivity Forum<br>3 Harbour Road<br>Kirkwall, Orkney KW15 1BX<br>United Kingdom<br><br>Want to '
             'change how you receive these emails?<br>You can <a href="https://northernconnectivity.us21.list-manage.'
             'com/profile?u=5d1e0c7b2a&amp;id=9f8e7d6c5b&amp;e=a1b2c3d4e5">update your preferences</a> or <a href="'
             'https://northernconnectivity.us21.list-manage.com/unsubscribe?u=5d1e0c7b2a&amp;id=9f8e7d6c5b&amp;e='
             'a1b2c3d4e5&amp;c=0a9b8c7d6e">unsubscribe from this list</a>.<br><br><a href="http://eepurl.com/hXr2Qb">'
             '<img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit '
             'Mailchimp" width="139"></a></td></tr></table></td></tr></table></center></body></html>')
    return "\n".join(h) + "\n"


MC_CHROME = ["View this email in your browser", "Copyright (C) 2026 Northern Connectivity Forum. All rights reserved.",
             "You are receiving this email because you opted in via our website",
             "Our mailing address is:", "3 Harbour Road", "Kirkwall, Orkney KW15 1BX",
             "Want to change how you receive these emails?", "update your preferences",
             "unsubscribe from this list", "PRESENTED BY", "Read more",
             "Good morning. The week's Skerrylink coverage from across the region, in one place."]


def build_mbox():
    msgs = []
    # ---- 1: Substack essay (both parts quoted-printable, UTF-8)
    a = ART["runway-notes-essay"]
    ps = P("runway-notes-essay")
    sub_chrome = ["Forwarded this email? Subscribe here for more", "READ IN APP", "Leave a comment", "Share",
                  "You’re currently a free subscriber to Runway Notes. For the full experience, upgrade your "
                  "subscription.", "Upgrade to paid", "© 2026 Morag Lindqvist",
                  "548 Market Street PMB 72296, San Francisco, CA 94104", "Start writing", "Unsubscribe",
                  "Get the app"]
    url = a["url"]
    tr = "?utm_source=substack&utm_medium=email"
    plain = [f"Forwarded this email? Subscribe here <https://runwaynotes.substack.com/subscribe{tr}> for more", "",
             f"{a['title']} <{url}{tr}>", "", a["subtitle"], "", "Morag Lindqvist", "Nov 29", "", "∙",
             f"READ IN APP <https://open.substack.com/pub/runwaynotes/p/skerrylink-didnt-run-out-of-money{tr}>", ""]
    for p in ps:
        plain += [p, ""]
    plain += [f"Leave a comment <{url}/comments{tr}>", "", f"Share <{url}{tr}&action=share>", "",
              "You’re currently a free subscriber to Runway Notes. For the full experience, upgrade your subscription.",
              "", f"Upgrade to paid <https://runwaynotes.substack.com/subscribe{tr}&coupon=>", "",
              "© 2026 Morag Lindqvist", "548 Market Street PMB 72296, San Francisco, CA 94104",
              f"Unsubscribe <https://runwaynotes.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0>", "",
              "Get the app <https://substack.com/app/app-store-redirect> Start writing <https://substack.com/signup>",
              ""]
    h = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="'
         'viewport" content="width=device-width"><title>' + esc(a["title"]) + '</title></head><body class="email-body"'
         ' style="margin:0;font-family:Georgia,serif"><div class="preview" style="display:none;max-height:0">'
         + esc(a["subtitle"]) + '&#8202;&#847;&#8202;&#847;&#8202;&#847;</div>',
         f'<table class="email-body-container" width="100%"><tr><td><p style="font-size:12px;text-align:center">'
         f'Forwarded this email? <a href="https://runwaynotes.substack.com/subscribe{tr}">Subscribe here</a> for more'
         '</p>',
         f'<h1 class="post-title"><a href="{url}{tr}" style="color:#363737;text-decoration:none">{esc(a["title"])}</a>'
         f'</h1><h3 class="subtitle">{esc(a["subtitle"])}</h3>',
         '<table class="post-meta"><tr><td><a href="https://substack.com/@moraglindqvist">Morag Lindqvist</a></td>'
         '<td class="post-date"><time datetime="2026-11-29T08:00:41.118Z">Nov 29</time></td></tr></table>',
         f'<table class="email-button"><tr><td><a href="{url}/comments{tr}">Leave a comment</a></td><td><a href="https:'
         f'//open.substack.com/pub/runwaynotes/p/skerrylink-didnt-run-out-of-money{tr}">READ IN APP</a></td></tr>'
         '</table>',
         '<div class="body markup" dir="auto">']
    h += [f"<p>{esc(p)}</p>" for p in ps]
    h += ['</div>',
          f'<table class="email-ufi"><tr><td><a href="{url}/comments{tr}">Leave a comment</a></td><td><a href="{url}'
          f'{tr}&action=share">Share</a></td></tr></table>',
          '<div class="footer"><p>You’re currently a free subscriber to <a href="https://runwaynotes.substack.com">'
          'Runway Notes</a>. For the full experience, <a href="https://runwaynotes.substack.com/subscribe">upgrade your'
          ' subscription.</a></p><p><a href="https://runwaynotes.substack.com/subscribe">Upgrade to paid</a></p>'
          '<p>© 2026 Morag Lindqvist<br>548 Market Street PMB 72296, San Francisco, CA 94104<br><a href="https://'
          'runwaynotes.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0">Unsubscribe</a></p><p><a href="'
          'https://substack.com/app/app-store-redirect">Get the app</a><a href="https://substack.com/signup">Start '
          'writing</a></p></div></td></tr></table></body></html>']
    b = "7f3c0a9e1d2b4c5f8e6a0b1c2d3e4f50"
    m = ("From: Morag Lindqvist from Runway Notes <runwaynotes@substack.com>\n"
         "Reply-To: Morag Lindqvist from Runway Notes <reply+2kq8z1&4dvh&&a9f0c3d@mg1.substack.com>\n"
         "To: rhona.tulloch@orkneytransportarchive.org\n"
         "Subject: Skerrylink didn’t run out of money on Friday\n".replace("’", "'") +
         "Date: Sun, 29 Nov 2026 08:01:17 +0000\n"
         "Message-ID: <20261129080117.3.a9f0c3d1e2b4@mg1.substack.com>\n"
         "List-Unsubscribe: <https://runwaynotes.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0>\n"
         "List-Id: <runwaynotes.substack.com>\n"
         "X-Mailgun-Tag: post\n"
         "MIME-Version: 1.0\n"
         f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
         + alternative(b, [part("text/plain", "utf-8", "quoted-printable", "\n".join(plain)),
                           part("text/html", "utf-8", "quoted-printable", "\n".join(h) + "\n")]))
    msgs.append(("runwaynotes@substack.com", "Sun Nov 29 08:01:17 2026", m))
    reg("runway-notes-essay", F_MBOX, ps, sub_chrome + [a["title"], a["subtitle"]])

    # ---- 2: Mailchimp roundup #1 (text/plain QP, text/html base64)
    sponsor = ("Stromness Marine Fuels", "Keeping the islands moving since 1972 – marine gas oil, lubricants and "
               "24-hour harbour delivery across Orkney.", "Find out more", "https://www.stromnessmarinefuels.co.uk/"
               "?utm_source=connectivity-brief")
    items = [("hep-administration", "Highland Evening Post · 27 November 2026 · Fiona Urquhart",
              P("hep-administration", trim=True), ART["hep-administration"]["title"]),
             ("sbd-fjordwing", "Scottish Business Daily · 29 November 2026 · Callum Reid", P("sbd-fjordwing"),
              ART["sbd-fjordwing"]["title"]),
             ("hr-barra", "Hebridean Record · 28 November 2026 · Seonaid MacNeil", P("hr-barra"),
              ART["hr-barra"]["title"]),
             ("albion-minister", "The Caithness Leader (Albion Newswire) · 29 November 2026", P("albion-minister"),
              ART["albion-minister"]["title"])]
    ed, dl = "The Connectivity Brief", "Monday 30 November 2026 · Issue 48"
    browser = "https://us21.campaign-archive.com/?u=5d1e0c7b2a&id=3c4d5e6f70"
    b = "_----------=_MCPart_1734923087"
    m = ("Return-Path: <bounce-mc.us21_5d1e0c7b2a.9120011-a1b2c3d4e5@mail241.atl221.mcdlv.net>\n"
         "From: Northern Connectivity Forum <brief@northernconnectivity.org.uk>\n"
         "Reply-To: Northern Connectivity Forum <brief@northernconnectivity.org.uk>\n"
         "To: <rhona.tulloch@orkneytransportarchive.org>\n"
         "Subject: The Connectivity Brief: Skerrylink goes under\n"
         "Date: Mon, 30 Nov 2026 07:30:02 +0000\n"
         "Message-ID: <a1b2c3d4e5f60718293a4b5c.9120011@mail241.atl221.mcdlv.net>\n"
         "List-Unsubscribe: <https://northernconnectivity.us21.list-manage.com/unsubscribe?u=5d1e0c7b2a&id=9f8e7d6c5b"
         "&e=a1b2c3d4e5&c=0a9b8c7d6e>, <mailto:unsubscribe-mc.us21_5d1e0c7b2a.9120011-a1b2c3d4e5@unsubscribe.mailchimp"
         "app.net?subject=unsubscribe>\n"
         "X-Mailer: MailChimp Mailer - **CID3c4d5e6f70a1b2c3d4e5**\n"
         "MIME-Version: 1.0\n"
         f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
         + alternative(b, [part("text/plain", "utf-8", "quoted-printable", mc_plain(items, ed, dl, browser, sponsor)),
                           part("text/html", "utf-8", "base64", mc_html(items, ed, dl, browser, sponsor))]))
    msgs.append(("bounce-mc.us21_5d1e0c7b2a.9120011-a1b2c3d4e5@mail241.atl221.mcdlv.net", "Mon Nov 30 07:30:02 2026",
                 m))
    for aid, src, ps, title in items:
        reg(aid, F_MBOX, ps, MC_CHROME + [title, src, sponsor[1], dl])

    # ---- 3: association bulletin from Outlook, windows-1252
    bitems = [("cl-wick", "The Caithness Leader, 1 December 2026", "Gordon Sinclair"),
              ("hr-barra", "Hebridean Record, 28 November 2026", "Seonaid MacNeil"),
              ("al-winter", "Airline Ledger, 30 November 2026", "Hannah Brodie")]
    intro = ("Dear members – below are this week’s press items on the Skerrylink administration that are relevant to "
             "member airfields. The secretariat will circulate a note on the emergency contracts once the "
             "Government publishes its terms.")
    disc = ("This bulletin is circulated to SIAA members for information only. Articles are reproduced under our "
            "press-cuttings licence and must not be forwarded outside member organisations.")
    sig = ["Ailsa Moodie", "Secretariat", "Scottish Island Airfields Association", "c/o 22 Academy Street, Inverness",
           "Tel 01463 000111"]
    plain = ["SIAA MEMBERS’ BULLETIN – 1 December 2026", "", intro, ""]
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="'
         'Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"'
         'Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="'
         'WordSection1">',
         f'<p class="MsoNormal"><b>SIAA MEMBERS’ BULLETIN – 1 December 2026</b></p><p class="MsoNormal">&nbsp;</p>'
         f'<p class="MsoNormal">{esc(intro)}</p><p class="MsoNormal">&nbsp;</p>']
    for aid, src, by in bitems:
        a = ART[aid]
        ps = P(aid)
        plain += ["__________________________________________", "", src, a["title"], by, ""]
        for p in ps:
            plain += [p, ""]
        h.append('<p class="MsoNormal">__________________________________________</p>'
                 f'<p class="MsoNormal"><i>{esc(src)}</i></p><p class="MsoNormal"><b>{esc(a["title"])}</b></p>'
                 f'<p class="MsoNormal">{esc(by)}</p><p class="MsoNormal">&nbsp;</p>')
        h += [f'<p class="MsoNormal">{esc(p)}</p><p class="MsoNormal">&nbsp;</p>' for p in ps]
        reg(aid, F_MBOX, ps, [a["title"], src, disc, intro, "SIAA MEMBERS’ BULLETIN – 1 December 2026",
                              "Scottish Island Airfields Association", "c/o 22 Academy Street, Inverness"])
    plain += ["__________________________________________", "", "Regards,", ""] + sig + ["", disc, ""]
    h.append('<p class="MsoNormal">__________________________________________</p><p class="MsoNormal">Regards,</p>'
             + "".join(f'<p class="MsoNormal">{esc(x)}</p>' for x in sig)
             + f'<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><span style="font-size:8.0pt;color:gray">'
               f'{esc(disc)}</span></p></div></body></html>')
    b = "_000_DB9PR02MB71554E1A2B3C4D5E6F7A8B9CDB9PR02MB7155eurp_"
    m = ("From: SIAA Secretariat <secretariat@siaa.org.uk>\n"
         "To: SIAA Members <members@siaa.org.uk>\n"
         "Subject: SIAA Members' Bulletin - 1 December 2026 - Skerrylink press items\n"
         "Date: Tue, 1 Dec 2026 12:10:44 +0000\n"
         "Message-ID: <DB9PR02MB71554E1A2B3C4D5E6F7A8B9C@DB9PR02MB7155.eurprd02.prod.outlook.com>\n"
         "Accept-Language: en-GB, en-US\n"
         "Content-Language: en-GB\n"
         "X-MS-Has-Attach:\n"
         "X-MS-TNEF-Correlator:\n"
         "MIME-Version: 1.0\n"
         f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
         + alternative(b, [part("text/plain", "windows-1252", "quoted-printable", "\n".join(plain)),
                           part("text/html", "windows-1252", "quoted-printable", "\n".join(h) + "\n")]))
    msgs.append(("secretariat@siaa.org.uk", "Tue Dec  1 12:10:44 2026", m))

    # ---- 4: Mailchimp roundup #2 (both QP)
    items = [("hep-wages", "Highland Evening Post · 2 December 2026 · Fiona Urquhart", P("hep-wages"),
              ART["hep-wages"]["title"]),
             ("albion-bid", "Scottish Business Daily (Albion Newswire) · 2 December 2026", P("albion-bid"),
              ART["albion-bid"]["title"]),
             ("ai-lessors", "Airport Insider · 1 December 2026 · Tom Aske", P("ai-lessors", trim=True),
              ART["ai-lessors"]["title"])]
    sponsor2 = ("Kirkwall Harbour Hotel", "Stranded or staying over? Forum members get 20% off midweek rooms "
                "until Christmas.", "Book now", "https://www.kirkwallharbourhotel.co.uk/offers?utm_source=brief")
    dl = "Thursday 3 December 2026 · Issue 49"
    browser = "https://us21.campaign-archive.com/?u=5d1e0c7b2a&id=4d5e6f7081"
    b = "_----------=_MCPart_1735107512"
    m = ("Return-Path: <bounce-mc.us21_5d1e0c7b2a.9120419-a1b2c3d4e5@mail187.atl61.mcdlv.net>\n"
         "From: Northern Connectivity Forum <brief@northernconnectivity.org.uk>\n"
         "To: <rhona.tulloch@orkneytransportarchive.org>\n"
         "Subject: The Connectivity Brief: wages paid, Fjordwing bids\n"
         "Date: Thu, 03 Dec 2026 07:30:05 +0000\n"
         "Message-ID: <b2c3d4e5f6a70819203a4b5c.9120419@mail187.atl61.mcdlv.net>\n"
         "X-Mailer: MailChimp Mailer - **CID4d5e6f7081a1b2c3d4e5**\n"
         "MIME-Version: 1.0\n"
         f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
         + alternative(b, [part("text/plain", "utf-8", "quoted-printable", mc_plain(items, ed, dl, browser, sponsor2)),
                           part("text/html", "utf-8", "quoted-printable", mc_html(items, ed, dl, browser, sponsor2))]))
    msgs.append(("bounce-mc.us21_5d1e0c7b2a.9120419-a1b2c3d4e5@mail187.atl61.mcdlv.net", "Thu Dec  3 07:30:05 2026",
                 m))
    for aid, src, ps, title in items:
        reg(aid, F_MBOX, ps, MC_CHROME + [title, src, sponsor2[1], dl])
    out = ""
    for frm, when, m in msgs:
        for ln in m.split("\n"):
            assert not ln.startswith("From "), ln
        out += f"From {frm} {when}\n{m}\n"
    write(F_MBOX, out.encode("ascii"))


# ================================================================ groups.io digest saved as text
def build_gio():
    sbd, bid, thu, ai = ART["sbd-fjordwing"], ART["albion-bid"], ART["cl-thurso"], ART["ai-inverness"]
    msgs = [
        (214, "Fjordwing eyes Skerrylink routes (SBD) #news", "Alasdair Gunn", "Sun, 29 Nov 2026 10:02:41 GMT",
         ["Saw this in the SBD this morning - looks like the Norwegians are serious.", ""],
         [sbd["title"], "Scottish Business Daily, 29 November 2026", "By Callum Reid"], "sbd-fjordwing",
         P("sbd-fjordwing"), ["Alasdair"]),
        (215, "Re: Fjordwing eyes Skerrylink routes (SBD) #news", "Morven Isbister", "Sun, 29 Nov 2026 13:47:09 GMT",
         ["Apologies if this has already gone round - the SBD piece, for anyone without a subscription:", ""],
         [sbd["url"], "", sbd["title"]], "sbd-fjordwing", P("sbd-fjordwing"),
         ["Morven", "", "Sent from my iPhone"]),
        (216, "Coach shuttle Wick-Inverness", "Eilidh Ross", "Mon, 30 Nov 2026 18:20:15 GMT",
         ["From tomorrow's Leader (it's on their site tonight):", ""],
         [thu["title"], "The Caithness Leader, 30 November 2026", "Gordon Sinclair"], "cl-thurso", P("cl-thurso"),
         ["Eilidh Ross", "Thurso"]),
        (217, "Inverness airport numbers", "Morven Isbister", "Tue, 1 Dec 2026 08:31:55 GMT",
         ["Airport Insider this morning, pasted for the list:", ""], [ai["title"]], "ai-inverness",
         P("ai-inverness"), ["Morven"]),
        (218, "Fjordwing confirms bid #news", "Alasdair Gunn", "Wed, 2 Dec 2026 21:12:30 GMT",
         ["And now it's official. Albion copy via the SBD website:", ""],
         [straight(bid["title"]), "Albion Newswire"], "albion-bid", [straight(p) for p in P("albion-bid")],
         ["Alasdair"]),
        (219, "Re: Coach shuttle Wick-Inverness", "Iain Gunn", "Wed, 2 Dec 2026 22:05:03 GMT",
         ["Took the shuttle on Tuesday - full both ways, and the driver said they are looking at a second coach if "
          "it goes on past the 11th. Worth telling anyone with appointments at Raigmore to book early.", ""],
         [], None, [], ["Iain"]),
    ]
    out = ["From: skerrylink-watch@groups.io", "To: skerrylink-watch@groups.io",
           "Subject: [skerrylink-watch] Digest Number 37", "Date: Thu, 03 Dec 2026 05:00:11 -0800", "",
           "Groups.io Digest: Thu, 03 Dec 2026", "", "Topics in this digest:", ""]
    for n, (num, topic, who, *_r) in enumerate(msgs, 1):
        out.append(f"{n}. {topic}")
    out += ["", "", "________________________________________________________________________"]
    for n, (num, topic, who, when, pre, head, aid, ps, sig) in enumerate(msgs, 1):
        out += [f"{n}. {topic}", f"From: {who}", f"Date: {when}", ""] + pre
        if head:
            out += head + [""]
        for p in ps:
            out += [p, ""]
        out += sig + ["", f"View/Reply Online (#{num}) <https://groups.io/g/skerrylink-watch/message/{num}>",
                      "Reply To Group <mailto:skerrylink-watch@groups.io>",
                      f"Reply To Sender <mailto:{who.lower().replace(' ', '.')}@btinternet.com>",
                      f"Mute This Topic <https://groups.io/mt/9911{num}/4455667>",
                      "New Topic <https://groups.io/g/skerrylink-watch/post>",
                      "________________________________________________________________________"]
        if aid:
            reg(aid, F_GIO, ps, [x for x in head if x and not x.startswith("http")] + pre[:1] +
                ["Groups.io Digest: Thu, 03 Dec 2026", f"View/Reply Online (#{num})", "Reply To Group",
                 "Mute This Topic", "You receive all messages sent to this group.",
                 "Unsubscribe From This Group", "[skerrylink-watch] Digest Number 37"])
    # the replier's own comment must not leak into any article from this file
    for aid in ("sbd-fjordwing", "cl-thurso", "ai-inverness", "albion-bid"):
        addmn(aid, ["Took the shuttle on Tuesday - full both ways"])
    out += ["_._,_._,_", "Groups.io Links:", "",
            "You receive all messages sent to this group.", "",
            "View All Topics <https://groups.io/g/skerrylink-watch/topics>",
            "Mute #news <https://groups.io/g/skerrylink-watch/mutehashtag/news>",
            "Your Subscription <https://groups.io/g/skerrylink-watch/editsub/4455667>",
            "Contact Group Owner <mailto:skerrylink-watch+owner@groups.io>",
            "Unsubscribe From This Group <https://groups.io/g/skerrylink-watch/leave/4455667/a9b8c7d6e5/xyzzy>"
            " [rhona.tulloch@orkneytransportarchive.org]", "_._,_._,_", ""]
    write(F_GIO, "\n".join(out).encode("utf-8"))


# ================================================================ Mailman 2 pipermail monthly archive (.txt)
def build_pipe():
    a = ART["albion-stranded"]
    ps = P("albion-stranded")
    footer = ["_______________________________________________", "Islands-Transport mailing list",
              "Islands-Transport at lists.islandstransport.org.uk",
              "https://lists.islandstransport.org.uk/mailman/listinfo/islands-transport"]
    out = []

    def hdr(addr, name, when, env, subj, mid, reply=None):
        h = [f"From {addr}  {env}", f"From: {addr} ({name})", f"Date: {when}", f"Subject: [Islands-Transport] {subj}"]
        if reply:
            h += [f"In-Reply-To: <{reply}>", f"References: <{reply}>"]
        return h + [f"Message-ID: <{mid}>", ""]

    # msg 1: Kirsty posts the Chronicle (Albion) story, hard-wrapped at 72
    intro1 = "Posting this from this morning's Chronicle briefing, for those not on it:"
    m1 = [intro1, "", a["title"], "Albion Newswire", ""]
    for p in ps:
        m1 += wrap(p) + [""]
    m1 += ["Kirsty", "", "--", "Kirsty Halcro", "Senior Transport Officer, Northern Isles Council"]
    out += hdr("kirsty.halcro at nicouncil.org.uk", "Kirsty Halcro", "Sat, 28 Nov 2026 09:02:11 +0000",
               "Sat Nov 28 09:02:11 2026", "Chronicle: islanders stranded", "5f2a9c@nicouncil.org.uk") + m1 + [
        "", "-------------- next part --------------", "An HTML attachment was scrubbed...",
        "URL: <https://lists.islandstransport.org.uk/pipermail/islands-transport/attachments/20261128/1a2b3c4d/"
        "attachment.html>", ""]
    reg("albion-stranded", F_PIPE, ps, [intro1, a["title"], "Senior Transport Officer, Northern Isles Council",
                                        "-------------- next part --------------", "An HTML attachment was scrubbed",
                                        "[Islands-Transport] Chronicle: islanders stranded"])
    # msg 2: Ewan replies on top, quotes everything (re-wrapped with '> ') with one inline comment
    inline = ("Hundreds is an understatement - our Kirkwall office alone had eleven staff stuck in Inverness last "
              "night, and the freight side is worse.")
    top = ("Thanks Kirsty. For what it's worth, we are holding space on the Thursday freight sailing for anyone on "
           "the list who needs to move samples or medical supplies north - just email me directly.")
    m2 = wrap(top) + ["", "Ewan", "", "On Sat, 28 Nov 2026 at 09:02, Kirsty Halcro <kirsty.halcro at "
                      "nicouncil.org.uk> wrote:"]
    q = ["> " + intro1, ">", "> " + a["title"], "> Albion Newswire", ">"]
    q += wrap(ps[0], 72, "> ")
    q += [""] + wrap(inline) + [""]
    for p in ps[1:]:
        q += wrap(p, 72, "> ") + [">"]
    q += ["> Kirsty", ">", "> --", "> Kirsty Halcro", "> Senior Transport Officer, Northern Isles Council"] + \
        ["> " + x for x in footer]
    m2 += q
    out += hdr("ewan.mackay at orkneyfreight.co.uk", "Ewan Mackay", "Sat, 28 Nov 2026 11:40:55 +0000",
               "Sat Nov 28 11:40:55 2026", "Chronicle: islanders stranded", "CAF9k2Lr@mail.gmail.com",
               "5f2a9c@nicouncil.org.uk") + m2 + ["", ""]
    reg("albion-stranded", F_PIPE, ps, [inline, top, "Islands-Transport mailing list", footer[3],
                                        "On Sat, 28 Nov 2026 at 09:02, Kirsty Halcro"])
    addmn("albion-stranded", ["Islands-Transport at lists.islandstransport.org.uk"])
    # msg 3: Iain posts the Hebridean Record hotel story (no date given)
    h = ART["hr-hotel"]
    intro3 = "Not just the airline's problem, then. From the Hebridean Record's website:"
    m3 = [intro3, "", h["title"], "By Seonaid MacNeil", ""]
    for p in P("hr-hotel"):
        m3 += wrap(p, 76) + [""]
    m3 += ["Iain", "", "Iain Morrison | Lewis & Harris Tourism Partnership"]
    out += hdr("iain.morrison at lhtp.org.uk", "Iain Morrison", "Mon, 30 Nov 2026 08:15:37 +0000",
               "Mon Nov 30 08:15:37 2026", "Stornoway hotel full of stranded travellers", "0a1b2c@lhtp.org.uk") + m3 + \
        ["", ""]
    reg("hr-hotel", F_PIPE, P("hr-hotel"), [intro3, h["title"], "By Seonaid MacNeil",
                                            "Lewis & Harris Tourism Partnership"])
    # msg 4: Kirsty replies quoting only Iain's comment line
    r4 = "No - the council is paying for the rooms until Wednesday, I'm told, and then it's being reviewed daily."
    m4 = ["On 30/11/2026 08:15, Iain Morrison wrote:", "> " + intro3, ""] + wrap(r4) + ["", "Kirsty"]
    out += hdr("kirsty.halcro at nicouncil.org.uk", "Kirsty Halcro", "Mon, 30 Nov 2026 09:03:12 +0000",
               "Mon Nov 30 09:03:12 2026", "Stornoway hotel full of stranded travellers", "6e7f80@nicouncil.org.uk",
               "0a1b2c@lhtp.org.uk") + m4 + ["", ""]
    addmn("hr-hotel", [r4])
    # msg 5: Ewan posts the minister story (Albion via the Leader)
    mi = ART["albion-minister"]
    intro5 = "Holyrood's answer, via the Caithness Leader's website last night:"
    m5 = [intro5, "", mi["title"], "The Caithness Leader", "Albion Newswire", ""]
    for p in P("albion-minister"):
        m5 += wrap(p) + [""]
    m5 += ["Ewan"]
    out += hdr("ewan.mackay at orkneyfreight.co.uk", "Ewan Mackay", "Mon, 30 Nov 2026 10:26:48 +0000",
               "Mon Nov 30 10:26:48 2026", "Emergency contracts", "CAF9m7Qs@mail.gmail.com") + m5 + ["", ""]
    reg("albion-minister", F_PIPE, P("albion-minister"), [intro5, mi["title"], "[Islands-Transport] Emergency contracts"])
    # msg 6: Eilidh posts the coach story (as in the groups.io digest)
    t = ART["cl-thurso"]
    intro6 = "Cross-posting from the skerrylink-watch group in case it helps anyone in Caithness:"
    m6 = [intro6, "", t["title"], "The Caithness Leader, 30 November 2026", ""]
    for p in P("cl-thurso"):
        m6 += wrap(p) + [""]
    m6 += ["Eilidh Ross", "Thurso"]
    out += hdr("eilidh.ross at btinternet.com", "Eilidh Ross", "Mon, 30 Nov 2026 18:31:02 +0000",
               "Mon Nov 30 18:31:02 2026", "Free coach shuttle Wick - Inverness", "f1e2d3@btinternet.com") + m6 + \
        ["", ""]
    reg("cl-thurso", F_PIPE, P("cl-thurso"), [intro6, t["title"], "[Islands-Transport] Free coach shuttle"])
    for ln in out:
        assert not (ln.startswith("From ") and " at " not in ln), ln
    write(F_PIPE, "\n".join(out).encode("utf-8"))


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_emlx()
    build_ai()
    build_fwd()
    build_mbox()
    build_gio()
    build_pipe()
    assert sorted(os.listdir(DUMPS)) == ALL
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles, outs = [a["title"]], list(a["outlets"])
        if a["outlets"][0].startswith("The "):
            outs.append(a["outlets"][0][4:])
        for t, o in EXTRA.get(aid, []):
            if t and t not in titles:
                titles.append(t)
            if o and o not in outs:
                outs.append(o)
        if a.get("outlet_null_ok"):
            outs.append(None)
        g = {"id": aid, "title": titles, "outlet": outs, "date": a["date"],
             "authors": [list(x) for x in a["authors"]]}
        if a.get("url"):
            g["url"] = a["url"]
        g["must_not"] = list(MUSTNOT.get(aid, []))
        for t in titles:
            if t not in g["must_not"]:
                g["must_not"].append(t)
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} groups, {sum(len(g['must_not']) for g in gold)} must_not")


if __name__ == "__main__":
    main()
