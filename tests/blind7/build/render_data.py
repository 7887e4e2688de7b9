# -*- coding: utf-8 -*-
"""Record and note formats: Obsidian Web Clipper note (Markdown + YAML front matter), an HTML-only newsletter
e-mail (.eml, base64 body), newspaper3k JSON lines."""
import base64
import json

from common import ART, F_EM, F_JL, F_MD, P, T, attr, esc, reg, write, write_bytes


# ================================================================== Obsidian Web Clipper note
def build_md():
    aid = "ll-grain-reserve"
    a = ART[aid]
    ps = P(aid)
    desc = "The grain will be sold at a discount through 1,200 registered traders, the agriculture ministry said."
    cap = "A grain store at the reserve's Kano silo complex. Photo: Lagos Ledger"
    also = ART["ll-sesame-japan"]
    wa = "Join The Lagos Ledger on WhatsApp for breaking news and market prices."
    L = ["---",
         f'title: "{T(aid)}"',
         f'source: "{a["url"]}"',
         "author:",
         '  - "[[Funke Adeyemi]]"',
         "published: 2024-11-01",
         "created: 2024-11-12",
         f'description: "{desc}"',
         "tags:",
         '  - "clippings"',
         '  - "nigeria/food-prices"',
         "---",
         "![A grain store at the reserve's Kano silo complex](https://lagosledger.ng/wp-content/uploads/2024/11/"
         "kano-silo-complex.jpg)",
         f"*{cap}*",
         ""]
    for p in ps[:2]:
        L += [p, ""]
    L += [f"**Also read:** [{also['title']}]({also['url']})", ""]
    for p in ps[2:]:
        L += [p, ""]
    L += [f"*{wa}*", "", "Share this:", "",
          "- [Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Flagosledger.ng%2Fnews%2F2024%2F11%2F01%2Ffg-releases-42000-tonnes-strategic-grain-reserve)",
          "- [X](https://twitter.com/intent/tweet?url=https%3A%2F%2Flagosledger.ng%2Fnews%2F2024%2F11%2F01%2Ffg-releases-42000-tonnes-strategic-grain-reserve)",
          "- [WhatsApp](https://api.whatsapp.com/send?text=https%3A%2F%2Flagosledger.ng%2Fnews%2F2024%2F11%2F01%2Ffg-releases-42000-tonnes-strategic-grain-reserve)",
          ""]
    write(F_MD, "\n".join(L))
    reg(aid, F_MD, ps, ["created: 2024-11-12", "published: 2024-11-01", "clippings", "nigeria/food-prices",
                        f'description: "{desc}"', cap, "Also read:", also["title"], wa, "Share this:",
                        "[[Funke Adeyemi]]", "kano-silo-complex.jpg", "title: \"" + T(aid) + "\""])


# ================================================================== HTML-only newsletter e-mail (base64)
def build_em():
    items = [
        ("gcpj-cantaloupe", "Gulf Coast Produce Journal · Lupe Garza · October 29, 2024", 0, "Read more"),
        ("cfw-traceability", "Capitol Food Wire · Janelle Ortiz · Nov. 6, 2024", 1, "Continue reading at Capitol Food Wire"),
        ("lw-border-checks", "Landward Weekly · 7 November 2024 · Gareth Lloyd", 0, "Read more"),
        ("ll-sesame-japan", "The Lagos Ledger · Chiamaka Obi · 4 November 2024", 0, "Read more"),
    ]
    pre = "This week: a cantaloupe cluster in Texas, the traceability deadline, EU plant checks and Nigerian sesame."
    GEN = [pre, "View this email in your browser", "Weekly Produce Safety Bulletin", "Fresh Produce Safety Council",
           "Friday, 8 November 2024 · Issue 37", "In this issue", "SPONSORED",
           "FieldSafe sanitiser-grade water testing kits", "Upcoming: Produce Safety Rule refresher webinar",
           "Copyright © 2024 Fresh Produce Safety Council, All rights reserved.",
           "You are receiving this email because you opted in via our website.", "Our mailing address is:",
           "1420 K Street NW, Suite 610, Washington, DC 20005", "unsubscribe from this list",
           "update subscription preferences", "Forward to a friend", "Date: Fri, 08 Nov 2024 19:05:22 +0000",
           "From: Fresh Produce Safety Council <bulletin@freshproducesafety.example.org>"]
    rows = []
    for aid, meta, trim, more in items:
        a = ART[aid]
        ps = P(aid, trim=trim)
        paras = "".join(f'<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;">{esc(p)}</p>' for p in ps)
        rows.append(f"""<tr><td class="mcnTextContent" style="padding:18px 24px;border-bottom:1px solid #e5e5e5;">
<h2 style="font-size:20px;margin:0 0 6px 0;color:#1d4d2b;">{esc(T(aid))}</h2>
<p class="meta" style="font-size:12px;color:#777777;margin:0 0 12px 0;">{esc(meta)}</p>
{paras}
<p style="margin:0;"><a href="{attr(a['url'])}?utm_source=fpsc&amp;utm_medium=email&amp;utm_campaign=bulletin37" style="color:#1d4d2b;font-weight:bold;">{esc(more)} →</a></p>
</td></tr>""")
        reg(aid, F_EM, ps, [meta, f"{more} →"] + GEN)
    toc = "".join(f"<li>{esc(T(aid))}</li>" for aid, *_ in items)
    html_doc = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weekly Produce Safety Bulletin — 8 November 2024</title>
<style type="text/css">p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} .mcnPreviewText{{display:none !important;}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f0;">
<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(pre)}</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" width="600" id="bodyTable" style="background:#ffffff;">
<tr><td style="padding:8px 24px;font-size:11px;text-align:right;"><a href="https://us21.campaign-archive.com/?u=7f3a9c&amp;id=b1e0c4" style="color:#777777;">View this email in your browser</a></td></tr>
<tr><td style="padding:24px;background:#1d4d2b;color:#ffffff;">
<h1 style="margin:0;font-size:26px;">Weekly Produce Safety Bulletin</h1>
<p style="margin:4px 0 0 0;font-size:13px;">Fresh Produce Safety Council</p>
<p style="margin:4px 0 0 0;font-size:13px;">Friday, 8 November 2024 · Issue 37</p>
</td></tr>
<tr><td style="padding:18px 24px;"><h3 style="margin:0 0 6px 0;">In this issue</h3><ul style="margin:0;padding-left:18px;">{toc}</ul></td></tr>
{rows[0]}
{rows[1]}
<tr><td style="padding:18px 24px;background:#fff8e1;">
<p style="font-size:11px;letter-spacing:1px;color:#a07800;margin:0 0 6px 0;">SPONSORED</p>
<p style="margin:0;">FieldSafe sanitiser-grade water testing kits: results in 15 minutes, right at the packing line. Order before 30 November for free shipping.</p>
</td></tr>
{rows[2]}
{rows[3]}
<tr><td style="padding:18px 24px;"><p style="margin:0;font-weight:bold;">Upcoming: Produce Safety Rule refresher webinar – 21 November, 1 pm ET. Free for members.</p></td></tr>
<tr><td style="padding:24px;background:#eeeeea;font-size:11px;color:#666666;text-align:center;">
<em>Copyright © 2024 Fresh Produce Safety Council, All rights reserved.</em><br>
You are receiving this email because you opted in via our website.<br><br>
<strong>Our mailing address is:</strong><br>
Fresh Produce Safety Council<br>1420 K Street NW, Suite 610, Washington, DC 20005<br><br>
Want to change how you receive these emails?<br>
You can <a href="https://freshproducesafety.example.org/preferences?u=7f3a9c">update subscription preferences</a> or <a href="https://freshproducesafety.example.org/unsubscribe?u=7f3a9c">unsubscribe from this list</a>.<br>
<a href="https://us21.forward-to-friend.com/forward?u=7f3a9c&amp;id=b1e0c4">Forward to a friend</a>
</td></tr>
</table>
</center>
</body>
</html>
"""
    payload = base64.encodebytes(html_doc.encode("utf-8")).decode("ascii")
    hdr = ["Return-Path: <bounce-mc.us21_7f3a9c.b1e0c4-desk=tasmanagri.example.nz@mail212.suw121.mcsv.example.net>",
           "Received: from mail212.suw121.mcsv.example.net (mail212.suw121.mcsv.example.net [198.51.100.212])",
           "\tby mx.tasmanagri.example.nz with ESMTPS id 4Xm9q21kPzz3wDf",
           "\tfor <desk@tasmanagri.example.nz>; Fri, 08 Nov 2024 19:05:31 +0000",
           "From: Fresh Produce Safety Council <bulletin@freshproducesafety.example.org>",
           "Reply-To: Fresh Produce Safety Council <bulletin@freshproducesafety.example.org>",
           "To: Tasman Agri-Trade Desk <desk@tasmanagri.example.nz>",
           "Subject: =?utf-8?Q?Weekly_Produce_Safety_Bulletin_=E2=80=94_8_November_2024?=",
           "Date: Fri, 08 Nov 2024 19:05:22 +0000",
           "Message-ID: <b1e0c4d2a7f34c1e9a0b.7f3a9c@mail212.suw121.mcsv.example.net>",
           "List-Unsubscribe: <https://freshproducesafety.example.org/unsubscribe?u=7f3a9c>",
           "X-Mailer: Mailchimp Mailer - **CIDb1e0c4d2a7f34c1e9a0b**",
           "MIME-Version: 1.0",
           'Content-Type: text/html; charset="utf-8"',
           "Content-Transfer-Encoding: base64",
           ""]
    data = "\r\n".join(hdr) + "\r\n" + payload.replace("\n", "\r\n")
    write_bytes(F_EM, data.encode("ascii"))


# ================================================================== newspaper3k JSON lines
def build_jl():
    recs = []

    def rec(aid, ps, site, authors, pub, dl, url=None, title=None, desc="", kw=(), img="", junk=(), canon=None):
        a = ART[aid]
        url = url or a["url"]
        host = url.split("/")[2]
        r = {"url": url, "canonical_link": canon if canon is not None else a["url"], "title": title or a["title"],
             "authors": authors, "publish_date": pub, "text": "\n\n".join(ps), "top_image": img,
             "movies": [], "keywords": [], "meta_keywords": list(kw), "meta_description": desc, "meta_lang": "en",
             "meta_site_name": site, "source_url": f"https://{host}", "summary": "", "download_date": dl}
        recs.append(r)
        return r

    # 1. Prairie Ledger soybeans: caption first, "Advertisement" mid-text, author bio at the end
    aid = "pl-soy-china"
    ps = P(aid)
    cap = ("A barge is loaded with soybeans at a terminal on the Mississippi River near Davenport. "
           "(Prairie Ledger file photo)")
    bio = ("Dana Whitcomb is the Ledger’s markets editor. She has covered grain and oilseed markets since 2009. "
           "Reach her at dwhitcomb@prairieledger.com.")
    txt = [cap] + ps[:4] + ["Advertisement"] + ps[4:] + [bio]
    desc = "Export inspections for China hit a six-year low for early November."
    rec(aid, txt, "Prairie Ledger", ["Dana Whitcomb"], "2024-11-04T09:30:00-06:00", "2024-11-12T03:14:07Z",
        desc=desc, kw=["soybeans", "China", "exports"], img="https://www.prairieledger.com/images/2024/11/barge-davenport.jpg")
    reg(aid, F_JL, ps, [cap, bio, "Advertisement", desc, "2024-11-12T03:14:07Z"])

    # 2. syndicated Capitol Food Wire story in the Delta Farm Register (other headline, credit line kept)
    aid = "cfw-listeria-deli"
    a = ART[aid]
    ps = P(aid, credit=True)
    desc = "Store-brand deli meats sold in Mississippi are among those recalled."
    rec(aid, ps, "Delta Farm Register", [], "2024-10-30T17:05:00-05:00", "2024-11-12T03:15:41Z",
        url=a["synd_url"], canon=a["synd_url"], title=a["synd_title"], desc=desc, kw=["recall", "Listeria"])
    reg(aid, F_JL, ps, [desc, "2024-11-12T03:15:41Z"])

    # 3. Grocer's Gazette week 44: newsletter sign-up line at the end
    aid = "gg-recalls-w44"
    ps = P(aid)
    sign = "Sign up to the Grocer's Gazette daily newsletter for the latest recalls and trade news."
    rec(aid, ps + [sign], "Grocer's Gazette", [], "2024-11-01T12:00:00+00:00", "2024-11-12T03:16:02Z",
        kw=["recalls", "allergens"])
    reg(aid, F_JL, ps, [sign, "2024-11-12T03:16:02Z"])

    # 4. Hawkeye Farm & Home: authors ["Staff"], wire-style copyright line
    aid = "hfh-eggs-birdflu"
    ps = P(aid)
    cy = ("Copyright 2024 Hawkeye Farm & Home. All rights reserved. This material may not be published, broadcast, "
          "rewritten or redistributed.")
    rec(aid, ps + [cy], "Hawkeye Farm & Home", ["Staff"], "2024-11-11T16:20:00-06:00", "2024-11-12T03:16:30Z",
        kw=["bird flu", "eggs", "Sioux County"])
    reg(aid, F_JL, ps, [cy, "2024-11-12T03:16:30Z"])

    # 5. Cape Orchard Times grapes: caption first
    aid = "cot-grape-harvest"
    ps = P(aid)
    cap = "Grapes ripening on the vine near De Doorns. Picture: Cape Orchard Times"
    rec(aid, [cap] + ps, "Cape Orchard Times", ["Pieter Venter"], "2024-11-08T06:00:00+02:00",
        "2024-11-12T03:17:12Z", kw=["table grapes", "Hex River Valley"])
    reg(aid, F_JL, ps, [cap, "2024-11-12T03:17:12Z"])

    # 6. Top of the South Tribune Tasman warning: no site name, only the domain
    aid = "tst-shellfish-tasman"
    ps = P(aid)
    tip = "Got a story? Contact the newsroom on 03 555 0199 or news@topofthesouthtribune.co.nz."
    rec(aid, ps + [tip], "", [], "2024-11-08T11:05:00+13:00", "2024-11-12T03:17:50Z", kw=["shellfish", "biotoxin"])
    reg(aid, F_JL, ps, [tip, "2024-11-12T03:17:50Z"])

    # 7. AgroBeat Naija (Blogger): authors ["Webmaster"], byline line and WhatsApp line in the text
    aid = "ab-cassava-rules"
    ps = P(aid)
    wa = "Follow AgroBeat Naija on WhatsApp for daily farm news and market prices."
    rec(aid, ["By Adaeze Nwosu"] + ps + [wa], "AgroBeat Naija", ["Webmaster"], "2024-11-03T10:42:00+01:00",
        "2024-11-12T03:18:26Z", title=f"AgroBeat Naija: {T(aid)}", kw=["cassava", "exports", "regulation"])
    reg(aid, F_JL, ps, ["By Adaeze Nwosu", wa, "2024-11-12T03:18:26Z"])

    # 8. Canterbury Plainsman formula: NZ offset (UTC date is the day before)
    aid = "cp-formula-china"
    ps = P(aid)
    rec(aid, ps, "Canterbury Plainsman", ["Hamish Doyle"], "2024-11-01T07:15:00+13:00", "2024-11-12T03:19:03Z",
        kw=["infant formula", "China", "exports"])
    reg(aid, F_JL, ps, ["2024-11-12T03:19:03Z"])

    # 9. Grocer's Gazette week 45
    aid = "gg-recalls-w45"
    ps = P(aid)
    rec(aid, ps + [sign], "Grocer's Gazette", [], "2024-11-08T12:00:00+00:00", "2024-11-12T03:19:44Z",
        kw=["recalls", "allergens", "glass"])
    reg(aid, F_JL, ps, [sign, "2024-11-12T03:19:44Z"])

    # 10. Lagos Ledger sesame: paywall cut, last two paragraphs missing
    aid = "ll-sesame-japan"
    ps = P(aid, trim=2)
    pw = "This article is for subscribers. Subscribe from N2,500 a month to continue reading."
    rec(aid, ps + [pw], "The Lagos Ledger", ["Chiamaka Obi"], "2024-11-04T08:10:00+01:00", "2024-11-12T03:20:15Z",
        kw=["sesame", "Japan", "aflatoxin"])
    reg(aid, F_JL, ps, [pw, "2024-11-12T03:20:15Z"])

    # 11. Visayas Sentinel dried mango
    aid = "vs-dried-mango"
    ps = P(aid)
    rec(aid, ps, "Visayas Sentinel", ["Ma. Lourdes Cabrera"], "2024-11-06T14:20:00+08:00", "2024-11-12T03:21:00Z",
        kw=["dried mango", "Cebu", "exports"])
    reg(aid, F_JL, ps, ["2024-11-12T03:21:00Z"])

    # 12. SA Food Monitor polony: "ALSO READ" line mid-text
    aid = "safm-polony-recall"
    ps = P(aid)
    also = "ALSO READ: Inspectors close 40 food outlets in Soweto blitz"
    rec(aid, ps[:2] + [also] + ps[2:], "SA Food Monitor", [], "2024-11-07T13:45:00+02:00", "2024-11-12T03:21:37Z",
        kw=["Listeria", "polony", "recall"])
    reg(aid, F_JL, ps, [also, "2024-11-12T03:21:37Z"])

    # 13. Mindanao Farm Bulletin bananas: tags line at the end
    aid = "mfb-banana-tr4"
    ps = P(aid)
    tags = "Tags: banana, Fusarium wilt, TR4, Davao"
    rec(aid, ps + [tags], "Mindanao Farm Bulletin", ["Jerome Abad"], "2024-11-04T09:00:00+08:00",
        "2024-11-12T03:22:10Z", kw=["banana", "TR4"])
    reg(aid, F_JL, ps, [tags, "2024-11-12T03:22:10Z"])

    # 14. Prairie Ledger pork: inline related link
    aid = "pl-pork-philippines"
    ps = P(aid)
    rel = "Related: " + T("pl-soy-china")
    rec(aid, ps[:2] + [rel] + ps[2:], "Prairie Ledger", ["Dana Whitcomb", "Eric Stroud"],
        "2024-11-08T11:00:00-06:00", "2024-11-12T03:22:48Z", kw=["pork", "Philippines", "exports"])
    reg(aid, F_JL, ps, [rel, "2024-11-12T03:22:48Z"])

    # 15. Highveld Mercury maize
    aid = "hm-maize-record"
    ps = P(aid)
    wa = "Follow The Highveld Mercury on WhatsApp for the latest news."
    rec(aid, ps + [wa], "The Highveld Mercury", ["Lerato Khumalo"], "2024-11-11T18:30:00+02:00",
        "2024-11-12T03:23:19Z", kw=["maize", "drought", "food prices"])
    reg(aid, F_JL, ps, [wa, "2024-11-12T03:23:19Z"])

    # 16. Visayas Sentinel pork ban: no publish date anywhere
    aid = "vs-asf-pork-ban"
    ps = P(aid)
    rec(aid, ps, "Visayas Sentinel", ["Ma. Lourdes Cabrera"], None, "2024-11-12T03:23:55Z",
        kw=["ASF", "pork", "Cebu"])
    reg(aid, F_JL, ps, ["2024-11-12T03:23:55Z"])

    # 17. Grocer's Gazette sandwich fine
    aid = "gg-sandwich-fine"
    ps = P(aid)
    rec(aid, ps + [sign], "Grocer's Gazette", ["Oliver Rudd"], "2024-11-11T10:30:00+00:00",
        "2024-11-12T03:24:31Z", kw=["Listeria", "court", "sandwiches"])
    reg(aid, F_JL, ps, [sign, "2024-11-12T03:24:31Z"])

    # 18. Canterbury Plainsman drill: the original of the syndicated ClipVault copy
    aid = "cp-fmd-drill"
    ps = P(aid)
    rec(aid, ps, "Canterbury Plainsman", ["Hamish Doyle"], "2024-11-11T16:45:00+13:00", "2024-11-12T03:25:08Z",
        url=ART[aid]["url"] + "?utm_source=rss&utm_medium=feed", kw=["biosecurity", "foot-and-mouth"])
    reg(aid, F_JL, ps, ["2024-11-12T03:25:08Z"])

    write(F_JL, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
