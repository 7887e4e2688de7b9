# -*- coding: utf-8 -*-
"""Marked-up dumps: a Factiva RTF download (full article with indexing), an Evernote ENEX export of web clips,
a Wayback Machine capture saved from the browser, a Portuguese news site's English-edition page (ISO-8859-1),
a Firefox Reader View page saved to disk, and a WordPress WXR export."""
import base64
import html

from common import (ART, F_CS, F_EN, F_FV, F_RV, F_WB, F_WX, P, T, attr, esc, mn, paras_html, reg, write,
                    write_bytes)


# ================================================================== Factiva RTF
def rtf_esc(s, uni=False):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                fb = "\\'%02x" % b[0]
            except UnicodeEncodeError:
                b, fb = None, "?"
            if uni or b is None:
                n = o if o < 32768 else o - 65536
                out.append("\\u%d%s" % (n, fb))
            else:
                out.append(fb)
    return "".join(out)


def rtf_wrap(s, width=120):
    """RTF writers break long source lines; line breaks in RTF source are ignored by readers. Break after a
    space only."""
    out, line = [], ""
    for tok in s.split(" "):
        if len(line) + len(tok) + 1 > width and line:
            out.append(line + " ")
            line = tok
        else:
            line = (line + " " + tok) if line else tok
    out.append(line)
    return "\r\n".join(out)


def build_fv():
    docs = [
        ("bme-hazard-smoke", dict(by="By Lachlan Petrie", wc=None, pd="20 August 2026", et="06:05",
                                  sn="Blue Mountains Echo", sc="BLUMEC", ed="First", pg="3",
                                  cy="Copyright 2026 Blue Mountains Echo Pty Ltd. All rights reserved.",
                                  co=None, ns="gfire : Fires | gpol : Domestic Politics | ghea : Health",
                                  re="austr : Australia | nswals : New South Wales", pub="Echo Regional Media Pty Ltd",
                                  an="BLUMEC0020260819em8k00005", uni=False)),
        ("ar-whitecourt-mill", dict(by="Priya Lalonde, Record Staff", pd="5 August 2026", et="21:10",
                                    sn="Athabasca Record", sc="ATHREC", ed="Final", pg="A4",
                                    cy="(c) 2026 Athabasca Record. All rights reserved.",
                                    co="nsfpr : Northern Spruce Forest Products Ltd",
                                    ns="gfire : Fires | clabor : Labor/Personnel | ntra : Transactions",
                                    re="alberc : Alberta | cana : Canada | namz : North America",
                                    pub="Athabasca Media Group Ltd.", an="ATHREC0020260805em8500011", uni=True)),
        ("ap-attica-blaze", dict(by="Yannis Doukas", pd="27 July 2026", et="19:48", sn="Aegean Post",
                                 sc="AEGPOS", ed=None, pg=None,
                                 cy="Copyright \u00a9 2026 Aegean Post S.A. Provided by Syndigate Media Inc. "
                                    "(Syndigate.info).",
                                 co=None, ns="gfire : Fires | gdis : Disasters/Accidents",
                                 re="greece : Greece | eurz : Europe", pub="Aegean Media S.A.",
                                 an="AEGPOS0020260727em7r0002t", uni=False)),
        ("lb-firefighter-allowances", dict(by="RUI MACEDO", pd="20 July 2026", et=None, sn="Lisbon Bulletin",
                                           sc="LISBUL", ed=None, pg="6",
                                           cy="\u00a9 2026 Lisbon Bulletin, Lda. All Rights Reserved.", co=None,
                                           ns="gfire : Fires | clabor : Labor/Personnel",
                                           re="portl : Portugal | eurz : Europe", pub="Bulletin Media Lda",
                                           an="LISBUL0020260720em7k00008", uni=True)),
        ("rs-rfs-volunteers", dict(by="Sophie Tran and Ben Okafor", pd="16 July 2026", et=None,
                                   sn="Riverina Standard", sc="RIVSTD", ed="Late", pg="1",
                                   cy="Copyright 2026 Riverina Standard", co=None,
                                   ns="gfire : Fires | gvote : Politics/International Relations",
                                   re="austr : Australia | nswals : New South Wales",
                                   pub="Murrumbidgee Press Pty Ltd", an="RIVSTD0020260716em7g0000c", uni=False)),
        ("pc-asthma-study", dict(by="Helena Marchand, Health Reporter", pd="9 July 2026", et="05:00",
                                 sn="The Prairie Chronicle", sc="PRACHR", ed="Final", pg="A1",
                                 cy="Copyright 2026 The Prairie Chronicle, a division of Plainsview Media Inc.",
                                 co=None, ns="ghea : Health | gresea : Medical Research | gfire : Fires",
                                 re="sask : Saskatchewan | cana : Canada", pub="Plainsview Media Inc.",
                                 an="PRACHR0020260709em790001a", uni=False)),
        ("ppn-chile-firebreak", dict(by="Tom\u00e1s Irarr\u00e1zaval", pd="2 July 2026", et="21:10",
                                     sn="Pan-Pacific Newswire", sc="PANPAC", ed=None, pg=None,
                                     cy="(c) 2026 Pan-Pacific Newswire. All rights reserved.",
                                     co="chlwd : Chilean Plantation Forestry Council",
                                     ns="gfire : Fires | i0200 : Forestry/Logging",
                                     re="chil : Chile | lamz : Latin America", pub="Pan-Pacific Newswire Ltd.",
                                     an="PANPAC0020260702em720044b", uni=True)),
        ("kdr-crew-funding", dict(by="Aaron Whitford, The Register", pd="24 June 2026", et=None,
                                  sn="Kamloops Daily Register", sc="KAMREG", ed="Final", pg="A3",
                                  cy="Copyright 2026 Kamloops Daily Register. All Rights Reserved.", co=None,
                                  ns="gfire : Fires | gpol : Domestic Politics | clabor : Labor/Personnel",
                                  re="bcol : British Columbia | cana : Canada", pub="Thompson Media Co.",
                                  an="KAMREG0020260624em6o0000f", uni=False)),
        ("svt-prescribed-burns", dict(by="Marcus Oyelaran; Staff Writer", pd="24 June 2026", et="16:32",
                                      sn="Sacramento Valley Tribune", sc="SACVTR", ed="Metro", pg="B1",
                                      cy="Copyright 2026 Sacramento Valley Tribune. All rights reserved.", co=None,
                                      ns="gfire : Fires | genv : Natural Environment | gpol : Domestic Politics",
                                      re="usca : California | usa : United States", pub="Valley News Group",
                                      an="SACVTR0020260624em6o0002d", uni=False)),
    ]
    head = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1033\uc1",
            r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
            r"{\colortbl;\red0\green0\blue0;\red0\green51\blue153;\red102\green102\blue102;}",
            r"{\info{\title Factiva}{\author Factiva}{\creatim\yr2026\mo8\dy28\hr14\min12}}",
            r"\paperw12240\paperh15840\margl1080\margr1080\margt1080\margb1080",
            r"{\header\pard\qr\plain\f0\fs16\cf3 Page {\field{\*\fldinst PAGE}{\fldrslt 1}} of "
            r"{\field{\*\fldinst NUMPAGES}{\fldrslt 11}} " + rtf_esc("\u00a9 2026 Factiva, Inc. All rights reserved.")
            + r"\par}",
            r"\pard\plain\f0\fs20"]
    body = [r"{\b\fs32\cf2 Factiva}\par", r"\par"]
    # the headline list at the top (one entry per document)
    for n, (aid, d) in enumerate(docs, 1):
        body.append(r"{\field{\*\fldinst HYPERLINK \\l " + f'"doc{n}"' + r"}{\fldrslt{\ul\cf2 "
                    + rtf_esc(T(aid)) + r"}}}\par")
        wc = sum(len(p.split()) for p in P(aid))
        body.append(rtf_esc(f"{d['sn']}, {d['pd']}, {wc} words, (English)") + r"\par")
        body.append(r"\par")
    body.append(r"\page")
    FUR = ["\u00a9 2026 Factiva, Inc. All rights reserved.", "Factiva"]
    for n, (aid, d) in enumerate(docs, 1):
        u = d["uni"]
        ps = P(aid)
        wc = sum(len(p.split()) for p in ps)
        fields = [("HD", r"{\b\fs24 " + rtf_esc(T(aid), u) + "}")]
        if d.get("by"):
            fields.append(("BY", rtf_esc(d["by"], u)))
        fields += [("WC", f"{wc} words"), ("PD", d["pd"])]
        if d.get("et"):
            fields.append(("ET", d["et"]))
        fields += [("SN", rtf_esc(d["sn"], u)), ("SC", d["sc"])]
        if d.get("ed"):
            fields.append(("ED", d["ed"]))
        if d.get("pg"):
            fields.append(("PG", d["pg"]))
        fields += [("LA", "English"), ("CY", rtf_esc(d["cy"], u))]
        lp, td = ps[:2], ps[2:]
        body.append(r"{\*\bkmkstart doc" + str(n) + r"}{\*\bkmkend doc" + str(n) + "}")
        for code, val in fields:
            body.append(r"\pard\tx1000\li1000\fi-1000{\b\cf3 " + code + r"}\tab " + val + r"\par")
        for tag, group in (("LP", lp), ("TD", td)):
            for i, p in enumerate(group):
                lead = (r"{\b\cf3 " + tag + r"}\tab ") if i == 0 else r"\tab "
                body.append(rtf_wrap(r"\pard\tx1000\li1000\fi-1000\sa120 " + lead + rtf_esc(p, u) + r"\par"))
        idx = []
        if d.get("co"):
            idx.append(("CO", d["co"]))
        idx += [("NS", d["ns"]), ("RE", d["re"]), ("IPD", "Wildfires | Forest Fires"), ("PUB", d["pub"]),
                ("AN", "Document " + d["an"])]
        for code, val in idx:
            body.append(r"\pard\tx1000\li1000\fi-1000{\b\cf3 " + code + r"}\tab " + rtf_esc(val) + r"\par")
        body.append(r"\pard\par\page")
        reg(aid, F_FV, ps, FUR + [d["cy"], "Document " + d["an"], d["ns"], d["re"], d["pub"],
                                  f"{wc} words", "Wildfires | Forest Fires", "Search Summary",
                                  "Results Found", "All Sources"]
            + ([d["by"]] if d.get("by") else []) + ([d["co"]] if d.get("co") else []))
    summ = [("Text", "wildfire* or bushfire* or \"forest fire*\" or \"prescribed burn*\" or smoke near5 air"),
            ("Date", "01/06/2026 to 28/08/2026"), ("Source", "All Sources"), ("Author", "All Authors"),
            ("Company", "All Companies"), ("Subject", "All Subjects"), ("Industry", "All Industries"),
            ("Region", "All Regions"), ("Language", "English"), ("Results Found", "1,482"),
            ("Timestamp", "28 August 2026 14:12 GMT")]
    body.append(r"{\b\fs24 Search Summary}\par")
    for k, v in summ:
        body.append(r"\pard\tx2400 " + rtf_esc(k) + r"\tab " + rtf_esc(v) + r"\par")
    doc = "\r\n".join(head + body) + "\r\n}"
    write_bytes(F_FV, doc.encode("ascii"))


# ================================================================== Evernote ENEX
def build_en():
    notes = []

    def note(title, created, updated, tags, source_url, enml, author="kmoreau", resource=False):
        res = ""
        if resource:
            data = base64.b64encode(bytes(range(0, 256)) * 2).decode()
            data = "\n".join(data[i:i + 76] for i in range(0, len(data), 76))
            res = ("<resource><data encoding=\"base64\">\n" + data + "\n</data><mime>image/jpeg</mime>"
                   "<width>1200</width><height>800</height><resource-attributes><file-name>hero.jpg</file-name>"
                   "</resource-attributes></resource>")
        content = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                   '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
                   '<en-note>' + enml + '</en-note>')
        sa = (f"<source-url>{esc(source_url)}</source-url><source-application>webclipper.evernote</source-application>"
              if source_url else "")
        notes.append(f"""  <note>
    <title>{esc(title)}</title>
    <created>{created}</created>
    <updated>{updated}</updated>
{''.join(f'    <tag>{esc(t)}</tag>' + chr(10) for t in tags)}    <note-attributes>
      <author>{author}</author>
      <source>{'web.clip7' if source_url else 'desktop.mac'}</source>
      {sa}
    </note-attributes>
    <content>
      <![CDATA[{content}]]>
    </content>
    {res}
  </note>""")

    def clip(h1, meta, ps, tail=""):
        P_ = "".join(f'<p style="margin:0 0 1em 0;">{esc(p)}</p>' for p in ps)
        return (f'<div style="--en-clipboard:true;"><div style="font-family:Georgia,serif;">'
                f'<h1 style="font-size:28px;">{esc(h1)}</h1>{meta}<div>{P_}</div>{tail}</div></div>')

    A = "ap-water-bombers"
    enml = clip(T(A), '<div style="color:#666;">Eleni Markou | Athens</div>',
                P(A), '<div><span>Share this article</span> <a href="https://www.facebook.com/sharer/sharer.php">'
                      'Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> '
                      '<a href="mailto:?subject=Aegean%20Post">Email</a></div>')
    note(T(A) + " | Aegean Post", "20260623T064211Z", "20260623T064211Z", ["greece", "aircraft"], ART[A]["url"],
         enml, resource=True)
    reg(A, F_EN, P(A), ["Eleni Markou | Athens", "Share this article", T(A) + " | Aegean Post"])

    B = "lb-clearing-fines"
    bio = ("Rui Macedo covers agriculture, forests and rural affairs for the Lisbon Bulletin. He has reported "
           "from the Pinhal Interior since 2017.")
    enml = clip(T(B), '<div><span>By <a href="https://www.lisbonbulletin.pt/author/rui-macedo">Rui Macedo</a>'
                      '</span> <span>| 29 June 2026, 08:40</span></div>',
                P(B), f'<div style="border-top:1px solid #ccc;"><p><i>{esc(bio)}</i></p></div>'
                      '<div><p>Support independent journalism in English about Portugal. '
                      '<a href="https://www.lisbonbulletin.pt/subscribe">Subscribe from \u20ac4.99 a month</a></p></div>')
    note(T(B) + " - Lisbon Bulletin", "20260630T071503Z", "20260701T090012Z", ["portugal", "land clearing"],
         ART[B]["url"], enml)
    reg(B, F_EN, P(B), [bio, "Support independent journalism in English about Portugal.",
                        "Subscribe from \u20ac4.99 a month", "29 June 2026, 08:40", T(B) + " - Lisbon Bulletin"])

    C = "tet-kakadu-burning"
    enml = clip(T(C), '<p style="color:#555;">Rhiannon Cole &#183; 30 June 2026 &#183; 4 min read</p>',
                P(C), '<div><p>Top End Times acknowledges the Traditional Owners of the lands on which we work and '
                      'pay our respects to Elders past and present.</p><p>\u00a9 2026 Top End Times Pty Ltd</p></div>')
    note(T(C), "20260701T002950Z", "20260701T002950Z", ["australia", "cultural burning"], ART[C]["url"], enml)
    reg(C, F_EN, P(C), ["Rhiannon Cole · 30 June 2026 · 4 min read", "\u00a9 2026 Top End Times Pty Ltd",
                        "Top End Times acknowledges the Traditional Owners"])

    D = "ovc-smoke-taint"
    enml = clip(T(D), '<div><a href="https://www.okanagancourier.ca/author/graeme-sutter">Graeme Sutter</a> '
                      '<span>Published Jul 22, 2026 &#8226; Last updated 19 hours ago &#8226; 3 minute read</span>'
                      '</div>'
                      '<div><a href="https://www.okanagancourier.ca/share?fb">Share</a> '
                      '<a href="#comments">Join the conversation</a></div>',
                P(D), '<div><p>Get the latest from the Courier delivered to your inbox. '
                      '<a href="https://www.okanagancourier.ca/newsletters">Sign up for Okanagan Morning</a></p>'
                      '<p>By signing up you consent to receive the above newsletter from Okanagan Valley Media '
                      'Ltd. You may unsubscribe any time.</p></div>')
    note(T(D) + " | Okanagan Valley Courier", "20260723T151002Z", "20260723T151502Z", ["smoke", "BC", "wine"],
         ART[D]["url"], enml, resource=True)
    reg(D, F_EN, P(D), ["Published Jul 22, 2026", "Last updated 19 hours ago", "3 minute read",
                        "Join the conversation", "Sign up for Okanagan Morning",
                        "Get the latest from the Courier delivered to your inbox.",
                        "By signing up you consent to receive the above newsletter"])

    E = "ap-evia-replanting"
    enml = clip(T(E), '<div>Eleni Markou</div><div>03.08.2026 | 07:30</div>', P(E),
                '<div><p>Follow the Aegean Post on Google News</p></div>')
    note(T(E), "20260804T183355Z", "20260804T183355Z", ["greece", "reforestation", "Evia"], ART[E]["url"], enml)
    reg(E, F_EN, P(E), ["Follow the Aegean Post on Google News", "03.08.2026 | 07:30"])

    # a personal note, not an article
    note("Interview prep \u2013 NWT smoke / Dr Lennie", "20260812T020411Z", "20260812T031908Z", ["todo"], None,
         "<div>Questions for Dr Lennie (call Thu 10:00 MT):</div><ul><li><div>How many clean-air shelter visits "
         "since Aug 7?</div></li><li><div>Any data on ER visits, kids vs adults?</div></li><li><div>Are N95s being "
         "handed out in Dettah and Ndil\u01eb?</div></li></ul><div>Follow up with Tobias at the Ledger re: photo "
         "rights.</div>")
    mn("nl-yellowknife-smoke", [])
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
           '<en-export export-date="20260906T081244Z" application="Evernote" version="10.98.4">\n'
           + "\n".join(notes) + "\n</en-export>\n")
    write(F_EN, doc)


# ================================================================== Wayback Machine capture, saved from the browser
def build_wb():
    A = "ap-evia-replanting"
    url = ART[A]["url"]
    ts = "20260812094512"
    wb = f"https://web.archive.org/web/{ts}/"

    def w(u):
        return wb + u

    caption = ("Burned hillsides above Kamatriades in northern Evia, photographed in July 2026. "
               "Photo: Aegean Post / Petros Gialouris")
    related = [("Greece takes delivery of first two new water bombers", "greece/first-new-water-bombers-delivered"),
               ("Rhodes hoteliers report steady bookings despite fire fears", "business/rhodes-hoteliers-steady-bookings"),
               ("Attica blaze forces evacuation of Varnavas and Marathon",
                "greece/attica-blaze-varnavas-marathon-evacuation")]
    ps = P(A)
    body_html = "\n".join(f"<p>{esc(p)}</p>" for p in ps[:3]) + f"""
<div class="inline-related"><span class="label">READ MORE</span> <a href="{w('https://www.aegeanpost.gr/greece/first-new-water-bombers-delivered')}">Greece takes delivery of first two new water bombers</a></div>
""" + "\n".join(f"<p>{esc(p)}</p>" for p in ps[3:])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{url}","{ts}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
	      "1786527912");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(T(A))} | Aegean Post</title>
<link rel="canonical" href="{w(url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(T(A))}">
<meta property="og:url" content="{w(url)}">
<meta property="og:site_name" content="Aegean Post">
<meta property="article:published_time" content="2026-08-03T07:30:00+03:00">
<meta property="article:modified_time" content="2026-08-04T11:02:00+03:00">
<meta name="author" content="Eleni Markou">
<link rel="stylesheet" href="{w('https://www.aegeanpost.gr/assets/css/main.4f2a.css')}">
</head>
<body class="single-article">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>
    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{url}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form>
      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">
        <div class="s" id="wm-nav-captures" style="flex:1;">
          <a class="t" href="/web/20260803000000*/{url}" title="See a list of every capture for this URL">14 captures</a>
          <div class="r" title="Timespan for captures of this URL">03 Aug 2026 - 29 Aug 2026</div>
        </div>
        <div class="k">
          <a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas id="wm-sparkline-canvas" width="675" height="27" border="0"></canvas></div></a>
        </div>
      </div>
    </div>
    <div class="n">
      <table>
        <tbody>
          <tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20260712110341/https://www.aegeanpost.gr/" title="12 Jul 2026">JUL</a></td><td class="c" id="displayMonthEl" title="You are here: 09:45:12 Aug 12, 2026">AUG</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20260904151207/{url}" title="04 Sep 2026"><strong>SEP</strong></a></td></tr>
          <tr class="d"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20260804120155/{url}" title="12:01:55 Aug 04, 2026">Previous capture</a></td><td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 09:45:12 Aug 12, 2026">12</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20260818073012/{url}" title="07:30:12 Aug 18, 2026">Next capture</a></td></tr>
          <tr class="y"><td class="b" nowrap="nowrap">2025</td><td class="c" id="displayYearEl" title="You are here: 09:45:12 Aug 12, 2026">2026</td><td class="f" nowrap="nowrap">2027</td></tr>
        </tbody>
      </table>
    </div>
    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">
      <div id="wm-btns" style="white-space:nowrap;">
        <a href="https://archive.org/account/login.php" title="Sign In">Sign In</a>
        <a href="#" id="wm-expand" title="Expand or collapse the toolbar">About this capture</a>
      </div>
    </div>
  </div>
  <div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">
    <div id="wm-capinfo-collected-by">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
      <div style="padding:3px;position:relative" id="wm-collected-by-content">
        <div>Collection: <a href="/details/save-page-now">Save Page Now</a></div>
        <div>Archived on demand by a user of the Wayback Machine's Save Page Now feature.</div>
      </div>
    </div>
    <div id="wm-capinfo-timestamps">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
    </div>
  </div>
</div>
</div>
</div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(675,27,25,2,"web","{url}","{ts}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->

<header class="site-header">
  <div class="topbar"><span class="date-today">Wednesday, 12 August 2026</span> <span class="weather">Athens 36&deg;C</span> <a href="{w('https://www.aegeanpost.gr/subscribe')}">Subscribe</a> <a href="{w('https://www.aegeanpost.gr/login')}">Log in</a></div>
  <a class="logo" href="{w('https://www.aegeanpost.gr/')}">Aegean Post</a>
  <nav class="main-nav"><ul><li><a href="{w('https://www.aegeanpost.gr/greece')}">Greece</a></li><li><a href="{w('https://www.aegeanpost.gr/politics')}">Politics</a></li><li><a href="{w('https://www.aegeanpost.gr/business')}">Business</a></li><li><a href="{w('https://www.aegeanpost.gr/environment')}">Environment</a></li><li><a href="{w('https://www.aegeanpost.gr/islands')}">Islands</a></li><li><a href="{w('https://www.aegeanpost.gr/opinion')}">Opinion</a></li></ul></nav>
</header>
<main>
<article class="article">
  <div class="breadcrumbs"><a href="{w('https://www.aegeanpost.gr/')}">Home</a> / <a href="{w('https://www.aegeanpost.gr/environment')}">Environment</a></div>
  <h1 class="article-title">{esc(T(A))}</h1>
  <p class="article-lead">Seedling targets missed as erosion strips the slopes of northern Evia</p>
  <div class="article-meta"><span class="byline">By <a href="{w('https://www.aegeanpost.gr/author/eleni-markou')}">Eleni Markou</a></span> <time datetime="2026-08-03T07:30:00+03:00">03.08.2026 | 07:30</time> <span class="updated">Updated: 04.08.2026 | 11:02</span></div>
  <div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">Share on X</a> <a href="mailto:?body={url}">Email</a></div>
  <figure class="hero"><img src="https://web.archive.org/web/{ts}im_/https://www.aegeanpost.gr/media/2026/08/evia-slopes.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
  <div class="article-body">
{body_html}
  </div>
  <div class="tags">Tags: <a href="{w('https://www.aegeanpost.gr/tag/evia')}">Evia</a> <a href="{w('https://www.aegeanpost.gr/tag/wildfires')}">Wildfires</a> <a href="{w('https://www.aegeanpost.gr/tag/forestry')}">Forestry</a></div>
</article>
<aside class="related"><h3>Related stories</h3><ul>
{''.join(f'<li><a href="{w("https://www.aegeanpost.gr/" + p)}">{esc(t)}</a></li>' for t, p in related)}
</ul></aside>
</main>
<footer class="site-footer"><p>&copy; 2026 Aegean Post S.A. All rights reserved. Reproduction in whole or in part without written permission is prohibited.</p><p><a href="{w('https://www.aegeanpost.gr/privacy')}">Privacy policy</a> | <a href="{w('https://www.aegeanpost.gr/terms')}">Terms of use</a> | <a href="{w('https://www.aegeanpost.gr/contact')}">Contact</a></p></footer>
</body>
</html>
<!--
     FILE ARCHIVED ON 09:45:12 Aug 12, 2026 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 14:02:55 Sep 02, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.022
  exclusion.robots.policy: 0.009
  esindex: 0.011
  cdx.remote: 7.344
  LoadShardBlock: 152.881 (3)
  PetaboxLoader3.datanode: 189.216 (4)
  load_resource: 88.503
-->
"""
    write(F_WB, page)
    reg(A, F_WB, P(A), ["The Wayback Machine - https://web.archive.org/web/", "14 captures",
                        "03 Aug 2026 - 29 Aug 2026", "Previous capture", "Next capture", "About this capture",
                        "COLLECTED BY", "Collection: Save Page Now", "Archived on demand by a user",
                        "TIMESTAMPS", "Sign In", caption, "READ MORE",
                        "Seedling targets missed as erosion strips the slopes of northern Evia",
                        "Wednesday, 12 August 2026", "Share on Facebook", "Share on X", "Tags:",
                        "Related stories", "\u00a9 2026 Aegean Post S.A. All rights reserved.",
                        "Reproduction in whole or in part without written permission is prohibited.",
                        "Privacy policy", "Updated: 04.08.2026 | 11:02", "Home / Environment"])


# ================================================================== Portuguese site, English edition (ISO-8859-1)
def build_cs():
    A = "cds-monchique-evac"
    url = ART[A]["url"]

    def ent(s):
        s = esc(s)
        return (s.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("\u2019", "&rsquo;")
                .replace("\u2018", "&lsquo;").replace("\u2014", "&mdash;").replace("\u2013", "&ndash;")
                .replace("\u20ac", "&euro;"))
    ps = P(A)
    cap = "Bombeiros combatem as chamas na serra de Monchique / Firefighters on the Monchique hills on Friday. Foto: Lusa"
    body = ("\n".join(f"<p>{ent(p)}</p>" for p in ps[:2])
            + '\n<div class="publicidade"><span>PUBLICIDADE</span><div id="ad-mpu-1"></div></div>\n'
            + "\n".join(f"<p>{ent(p)}</p>" for p in ps[2:4])
            + '\n<p class="leia-tambem"><strong>Leia tamb&eacute;m:</strong> <a href="https://www.correiodosul.pt/en/'
              'region/fire-danger-bulletin-week-33">Fire danger bulletin: maximum risk in 38 Algarve and Alentejo '
              'municipalities</a></p>\n'
            + "\n".join(f"<p>{ent(p)}</p>" for p in ps[4:]))
    page = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{ent(T(A))} | Correio do Sul &ndash; English Edition</title>
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="pt-PT" href="https://www.correiodosul.pt/regiao/aldeias-de-monchique-evacuadas-fogo-silves">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{attr(T(A))}">
<meta property="og:locale" content="en_GB">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T(A)}","datePublished":"2026-08-14T18:32:00+01:00","dateModified":"2026-08-15T09:10:00+01:00","author":{{"@type":"Person","name":"In\u00eas Carvalho"}},"publisher":{{"@type":"Organization","name":"Correio do Sul"}},"inLanguage":"en"}}</script>
</head>
<body class="artigo edicao-en">
<div id="cookie-consent" class="rgpd"><p>Utilizamos cookies para melhorar a sua experi&ecirc;ncia de navega&ccedil;&atilde;o, personalizar conte&uacute;dos e an&uacute;ncios e analisar o tr&aacute;fego. Ao continuar a navegar, est&aacute; a consentir a utiliza&ccedil;&atilde;o de cookies.</p><button>Aceitar todos</button> <button>Rejeitar</button> <a href="https://www.correiodosul.pt/politica-de-privacidade">Pol&iacute;tica de privacidade</a></div>
<header>
<div class="barra-topo"><span>S&aacute;bado, 15 de agosto de 2026</span> <a href="https://www.correiodosul.pt/">Edi&ccedil;&atilde;o PT</a> | <a href="https://www.correiodosul.pt/en/">English Edition</a> <a href="https://www.correiodosul.pt/assinaturas">Assinar</a> <a href="https://www.correiodosul.pt/entrar">Entrar</a></div>
<a class="logotipo" href="https://www.correiodosul.pt/en/">Correio do Sul <small>English Edition</small></a>
<nav><ul><li><a href="https://www.correiodosul.pt/en/">In&iacute;cio</a></li><li><a href="https://www.correiodosul.pt/en/region">Regi&atilde;o</a></li><li><a href="https://www.correiodosul.pt/en/portugal">Pa&iacute;s</a></li><li><a href="https://www.correiodosul.pt/en/economy">Economia</a></li><li><a href="https://www.correiodosul.pt/en/lifestyle">Lazer</a></li><li><a href="https://www.correiodosul.pt/en/opinion">Opini&atilde;o</a></li></ul></nav>
</header>
<main>
<article>
<div class="migalhas"><a href="https://www.correiodosul.pt/en/">In&iacute;cio</a> &rsaquo; <a href="https://www.correiodosul.pt/en/region">Regi&atilde;o</a> &rsaquo; Inc&ecirc;ndios</div>
<span class="antetitulo">INC&Ecirc;NDIOS</span>
<h1>{ent(T(A))}</h1>
<div class="assinatura">Por <a href="https://www.correiodosul.pt/autor/ines-carvalho">In\u00eas Carvalho</a></div>
<div class="datas"><span class="publicado">Publicado a 14 ago 2026, 18:32</span> <span class="atualizado">Atualizado h&aacute; 2 horas</span></div>
<div class="partilhar"><a href="https://www.facebook.com/sharer.php?u={url}">Partilhar no Facebook</a> <a href="https://wa.me/?text={url}">Partilhar no WhatsApp</a> <a href="#" class="copiar">Copiar liga&ccedil;&atilde;o</a></div>
<figure><img src="https://www.correiodosul.pt/media/2026/08/monchique-fogo.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>
<div class="corpo-noticia">
{body}
</div>
<div class="etiquetas">Etiquetas: <a href="https://www.correiodosul.pt/tag/incendios">inc&ecirc;ndios</a>, <a href="https://www.correiodosul.pt/tag/monchique">Monchique</a>, <a href="https://www.correiodosul.pt/tag/silves">Silves</a></div>
<div class="newsletter"><h3>Newsletter</h3><p>Receba as principais not&iacute;cias do Algarve todas as manh&atilde;s. / Get the Algarve's top stories every morning.</p><form><input type="email" placeholder="O seu email"><button>Subscrever</button></form></div>
</article>
<aside class="mais-lidas"><h3>Mais lidas</h3><ol><li><a href="https://www.correiodosul.pt/en/region/fire-danger-bulletin-week-33">Fire danger bulletin: maximum risk in 38 Algarve and Alentejo municipalities</a></li><li><a href="https://www.correiodosul.pt/en/portugal/water-restrictions-algarve">Water restrictions extended across the Algarve</a></li></ol></aside>
</main>
<footer><p>&copy; 2026 Correio do Sul &ndash; Edi&ccedil;&otilde;es Meridionais, Lda. Todos os direitos reservados. Proibida a reprodu&ccedil;&atilde;o sem autoriza&ccedil;&atilde;o.</p><p><a href="https://www.correiodosul.pt/estatuto-editorial">Estatuto editorial</a> | <a href="https://www.correiodosul.pt/ficha-tecnica">Ficha t&eacute;cnica</a> | <a href="https://www.correiodosul.pt/contactos">Contactos</a></p><p>Registo ERC n.&ordm; 127 455</p></footer>
</body>
</html>
"""
    write(F_CS, page, encoding="latin-1")
    reg(A, F_CS, [html.unescape(ent(p)) for p in ps],
        ["Utilizamos cookies para melhorar a sua experiência", "Aceitar todos", "Rejeitar",
         "Sábado, 15 de agosto de 2026", "Edição PT", "English Edition", "Assinar", "Entrar", "INCÊNDIOS",
         "Por Inês Carvalho", "Publicado a 14 ago 2026, 18:32", "Atualizado há 2 horas", "Partilhar no Facebook",
         "Partilhar no WhatsApp", "Copiar ligação", cap, "PUBLICIDADE", "Leia também:", "Etiquetas:",
         "Receba as principais notícias do Algarve todas as manhãs.", "Subscrever", "Mais lidas",
         "Water restrictions extended across the Algarve", "Todos os direitos reservados.",
         "Proibida a reprodução sem autorização.", "Registo ERC n.º 127 455", "Estatuto editorial",
         "Ficha técnica"])


# ================================================================== Firefox Reader View, saved
def build_rv():
    A = "sfs-cedar-contained"
    url = ART[A]["url"]
    ps = P(A)
    cap = "Residents line up for information at the Rough and Ready Grange Hall on Thursday. (Sentinel photo)"
    promo = ("Get Cedar Ridge Fire updates by text: reply FIRE to 55123. Message and data rates may apply. "
             "Reply STOP to cancel.")
    content = ("<p>" + esc(ps[0]) + "</p>\n<p>" + esc(ps[1]) + "</p>\n"
               f'<figure><img src="https://www.sierrasentinel.com/wp-content/uploads/2026/08/grange-hall.jpg" '
               f'alt=""><figcaption>{esc(cap)}</figcaption></figure>\n'
               + "\n".join(f"<p>{esc(p)}</p>" for p in ps[2:4])
               + f"\n<p><em>{esc(promo)}</em></p>\n<p>{esc(ps[4])}</p>")
    page = f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">
<link rel="stylesheet" href="chrome://global/skin/aboutReaderControls.css" type="text/css">
<title>{esc(T(A))}</title>
</head>
<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em; --line-height: 1.6em;">
<div class="container" dir="ltr" lang="en" style="--font-size: 20px; --content-width: 30em;">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="{url}">sierrasentinel.com</a>
<div class="domain-border"></div>
<h1 class="reader-title">{esc(T(A))}</h1>
<div class="credits reader-credits">By Dana Whitcomb, Staff Writer</div>
<div class="meta-data">
<div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" data-l10n-args="{{&quot;range&quot;:&quot;3–4&quot;,&quot;rangePlural&quot;:&quot;other&quot;}}">3–4 minutes</div>
</div>
</div>
<hr>
<div class="content">
<div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>
{content}
</div></div></div>
</div>
<div>
<div class="reader-message"></div>
</div>
</div>
<div class="toolbar reader-toolbar">
<div class="toolbar-container"><div class="toolbar-items">
<button class="close-button button " aria-label="Close Reader View" data-l10n-id="about-reader-toolbar-close" title="Close Reader View"></button>
<button class="button style-button" aria-label="Text and layout" title="Text and layout"></button>
<button class="button improved-text-button" aria-label="Typography" title="Typography"></button>
<button class="button narrate-toggle" aria-label="Listen" title="Listen"></button>
<button class="button pocket-button" aria-label="Save to Pocket" title="Save to Pocket"></button>
</div></div>
</div>
</body></html>
"""
    write(F_RV, page)
    reg(A, F_RV, ps, ["sierrasentinel.com", "By Dana Whitcomb, Staff Writer", "3–4 minutes", cap, promo,
                      "Reply STOP to cancel."])


# ================================================================== WordPress WXR export (Lowveld Post)
def build_wx():
    site = "https://lowveldpost.co.za"
    authors = [(2, "tmokoena", "thandeka@lowveldpost.co.za", "Thandeka Mokoena", "Thandeka", "Mokoena"),
               (3, "sndlovu", "sipho@lowveldpost.co.za", "Sipho Ndlovu", "Sipho", "Ndlovu"),
               (5, "lpwire", "desk@lowveldpost.co.za", "Lowveld Post Wire Desk", "", ""),
               (1, "lpadmin", "admin@lowveldpost.co.za", "LP Admin", "", "")]
    items = []

    def cdata(s):
        return "<![CDATA[" + s + "]]>"

    def gut(ps, inserts=None):
        inserts = inserts or {}
        out = []
        for i, p in enumerate(ps):
            for blk in inserts.get(i, []):
                out.append(blk)
            out.append(f"<!-- wp:paragraph -->\n<p>{esc(p)}</p>\n<!-- /wp:paragraph -->")
        for blk in inserts.get(len(ps), []):
            out.append(blk)
        return "\n\n".join(out)

    def item(pid, title, link, pub_gmt, date_local, date_gmt, creator, content, excerpt="", cats=(), status="publish",
             ptype="post", extra="", name=None, parent=0):
        cat_xml = "".join(f'\n\t\t<category domain="{d}" nicename="{n}">{cdata(t)}</category>' for d, n, t in cats)
        items.append(f"""	<item>
		<title>{cdata(title)}</title>
		<link>{link}</link>
		<pubDate>{pub_gmt}</pubDate>
		<dc:creator>{cdata(creator)}</dc:creator>
		<guid isPermaLink="false">{site}/?p={pid}</guid>
		<description></description>
		<content:encoded>{cdata(content)}</content:encoded>
		<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>
		<wp:post_id>{pid}</wp:post_id>
		<wp:post_date>{cdata(date_local)}</wp:post_date>
		<wp:post_date_gmt>{cdata(date_gmt)}</wp:post_date_gmt>
		<wp:post_modified>{cdata("2026-09-12 10:14:07")}</wp:post_modified>
		<wp:post_modified_gmt>{cdata("2026-09-12 08:14:07")}</wp:post_modified_gmt>
		<wp:comment_status>{cdata("closed")}</wp:comment_status>
		<wp:ping_status>{cdata("closed")}</wp:ping_status>
		<wp:post_name>{cdata(name or "")}</wp:post_name>
		<wp:status>{cdata(status)}</wp:status>
		<wp:post_parent>{parent}</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>{cdata(ptype)}</wp:post_type>
		<wp:post_password>{cdata("")}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>{cat_xml}{extra}
	</item>""")

    def meta(k, v):
        return (f"\n\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>{cdata(k)}</wp:meta_key>\n\t\t\t<wp:meta_value>{cdata(v)}"
                f"</wp:meta_value>\n\t\t</wp:postmeta>")

    NEWSLETTER = ("<!-- wp:shortcode -->\n[lp_newsletter_signup title=\"Get the Lowveld Post in your inbox\"]\n"
                  "<!-- /wp:shortcode -->")
    # --- a nav menu item and an attachment first (export order follows post IDs)
    item(4098, "Home", f"{site}/home/", "Mon, 12 Jan 2026 09:00:00 +0000", "2026-01-12 11:00:00",
         "2026-01-12 09:00:00", "lpadmin", "", ptype="nav_menu_item", name="home",
         extra=meta("_menu_item_type", "custom") + meta("_menu_item_url", site + "/"))
    K = "lp-kruger-burns"
    ks = P(K)
    kcap = "A ranger monitors a block burn near Skukuza in July. Picture: SANParks"
    kcontent = gut(ks, {2: [f'<!-- wp:image {{"id":4117,"sizeSlug":"large"}} -->\n<figure class="wp-block-image '
                            f'size-large"><img src="{site}/wp-content/uploads/2026/08/kruger-burn.jpg" alt="" '
                            f'class="wp-image-4117"/><figcaption class="wp-element-caption">{esc(kcap)}</figcaption>'
                            f'</figure>\n<!-- /wp:image -->'],
                        len(ks): [NEWSLETTER]})
    item(4116, T(K), ART[K]["url"], "Thu, 06 Aug 2026 07:30:00 +0000", "2026-08-06 09:30:00", "2026-08-06 07:30:00",
         "sndlovu", kcontent, cats=[("category", "environment", "Environment"), ("post_tag", "kruger", "Kruger")],
         name="kruger-block-burns-finished-early", extra=meta("_yoast_wpseo_metadesc", "Section rangers finished "
                                                                   "the block burns three weeks early."))
    reg(K, F_WX, ks, [kcap, "Get the Lowveld Post in your inbox", "lp_newsletter_signup",
                      "Section rangers finished the block burns three weeks early."])
    item(4117, "kruger-burn", f"{site}/2026/08/06/kruger-block-burns-finished-early/kruger-burn/",
         "Thu, 06 Aug 2026 07:12:44 +0000", "2026-08-06 09:12:44", "2026-08-06 07:12:44", "sndlovu", "",
         ptype="attachment", status="inherit", name="kruger-burn", parent=4116,
         extra=meta("_wp_attached_file", "2026/08/kruger-burn.jpg"))
    # --- Sabie fire (co-authored: Co-Authors Plus terms), dates in SAST, pubDate in GMT the day before
    S = "lp-sabie-plantation"
    ss = P(S)
    also = ('<!-- wp:paragraph -->\n<p><strong>ALSO READ:</strong> <a href="' + site +
            '/2026/07/31/smoke-haze-mbombela-clinic-warning/">Smoke haze over Mbombela prompts clinic warning</a>'
            '</p>\n<!-- /wp:paragraph -->')
    item(4121, T(S), ART[S]["url"], "Wed, 29 Jul 2026 22:45:00 +0000", "2026-07-30 00:45:00",
         "2026-07-29 22:45:00", "tmokoena", gut(ss, {3: [also], len(ss): [NEWSLETTER]}),
         cats=[("category", "news", "News"), ("author", "cap-tmokoena", "tmokoena"),
               ("author", "cap-sndlovu", "sndlovu"), ("post_tag", "sabie", "Sabie")],
         name="sabie-plantation-fire-3000-hectares")
    reg(S, F_WX, ss, ["ALSO READ:", "Get the Lowveld Post in your inbox"])
    # --- Mbombela haze
    M = "lp-mbombela-haze"
    ms = P(M)
    item(4125, T(M), ART[M]["url"], "Fri, 31 Jul 2026 10:05:00 +0000", "2026-07-31 12:05:00", "2026-07-31 10:05:00",
         "sndlovu", gut(ms, {len(ms): [NEWSLETTER]}), cats=[("category", "health", "Health")],
         name="smoke-haze-mbombela-clinic-warning",
         excerpt="Clinics see more patients with breathing problems as smoke settles over the city.")
    reg(M, F_WX, ms, ["Clinics see more patients with breathing problems as smoke settles over the city."])
    # --- insurance gap: classic-editor content (no <p>, blank lines, caption shortcode, more tag)
    I = "lp-insurance-gap"
    ips = P(I)
    icap = "Gum trees on a small grower's plot near Mkhondo. Picture: Thandeka Mokoena"
    classic = (ips[0] + "\n\n<!--more-->\n\n" + ips[1] + "\n\n"
               + f'[caption id="attachment_4140" align="alignnone" width="800"]<img class="size-large '
                 f'wp-image-4140" src="{site}/wp-content/uploads/2026/08/mkhondo-gums.jpg" alt="" width="800" '
                 f'height="533" /> {icap}[/caption]\n\n'
               + ips[2] + "\n\n" + ips[3] + "\n\n"
               + "<em>Do you grow timber in the Lowveld? Tell us about your fire season: "
                 "news@lowveldpost.co.za</em>")
    item(4139, T(I), ART[I]["url"], "Wed, 26 Aug 2026 05:50:00 +0000", "2026-08-26 07:50:00", "2026-08-26 05:50:00",
         "tmokoena", classic, cats=[("category", "business", "Business")],
         name="fire-associations-insurance-gap-small-growers")
    reg(I, F_WX, ips, [icap, "Do you grow timber in the Lowveld?", "news@lowveldpost.co.za", "[caption",
                       "<!--more-->"])
    # --- syndicated wire story
    W = "ppn-sa-forestry-cost"
    ws = P(W, credit=True)
    item(4151, ART[W]["synd_title"], ART[W]["synd_url"], "Fri, 11 Sep 2026 04:00:00 +0000", "2026-09-11 06:00:00",
         "2026-09-11 04:00:00", "lpwire", gut(ws), cats=[("category", "business", "Business")],
         name="winter-fires-cost-timber-industry")
    reg(W, F_WX, ws, [])
    # --- a page (not an article)
    item(12, "About the Lowveld Post", f"{site}/about/", "Mon, 12 Jan 2026 09:00:00 +0000", "2026-01-12 11:00:00",
         "2026-01-12 09:00:00", "lpadmin",
         "<!-- wp:paragraph -->\n<p>The Lowveld Post is an independent community news site covering Mbombela, "
         "White River, Sabie, Graskop and Hazyview. We are members of the Press Council of South Africa and "
         "subscribe to its Code of Ethics and Conduct.</p>\n<!-- /wp:paragraph -->", ptype="page", name="about")
    mn(K, ["The Lowveld Post is an independent community news site", "Press Council of South Africa"])
    auth_xml = "".join(f"""
	<wp:author><wp:author_id>{i}</wp:author_id><wp:author_login>{cdata(lg)}</wp:author_login><wp:author_email>{cdata(em)}</wp:author_email><wp:author_display_name>{cdata(dn)}</wp:author_display_name><wp:author_first_name>{cdata(fn)}</wp:author_first_name><wp:author_last_name>{cdata(ln)}</wp:author_last_name></wp:author>
""" for i, lg, em, dn, fn, ln in authors)
    doc = f"""<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- To import this information into a WordPress site follow these steps: -->
<!-- 1. Log in to that site as an administrator. -->
<!-- 2. Go to Tools: Import in the WordPress admin panel. -->
<!-- 3. Install the "WordPress" importer from the list. -->
<!-- 4. Activate & Run Importer. -->
<!-- 5. Upload this file using the form provided on that page. -->
<!-- 6. You will first be asked to map the authors in this export file to users -->
<!--    on the site. For each author, you may choose to map to an -->
<!--    existing user on the site or to create a new user. -->
<!-- 7. WordPress will then import each of the posts, pages, comments, categories, etc. -->
<!--    contained in this file into your site. -->

<!-- generator="WordPress/6.8.2" created="2026-09-14 08:20" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
	<title>Lowveld Post</title>
	<link>{site}</link>
	<description>News from Mbombela and the Escarpment</description>
	<pubDate>Mon, 14 Sep 2026 08:20:31 +0000</pubDate>
	<language>en-ZA</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>{site}</wp:base_site_url>
	<wp:base_blog_url>{site}</wp:base_blog_url>
{auth_xml}
	<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>{cdata("news")}</wp:category_nicename><wp:category_parent>{cdata("")}</wp:category_parent><wp:cat_name>{cdata("News")}</wp:cat_name></wp:category>
	<generator>https://wordpress.org/?v=6.8.2</generator>

{chr(10).join(items)}
</channel>
</rss>
"""
    write(F_WX, doc)
