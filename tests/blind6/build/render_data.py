# -*- coding: utf-8 -*-
"""Record formats: WARC (warcio, gzip), mbox (multipart/alternative with quoted-printable parts, a message
forwarded as attachment), news-please JSON lines."""
import email.policy
import gzip
import io
import json
import mailbox
import os
from email.message import EmailMessage

from common import ART, DUMPS, F_JL, F_MB, F_WARC, P, T, esc, paras_html, reg, write


# ================================================================== WARC
def drupal_page(aid):
    a = ART[aid]
    ps = P(aid)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<link rel="canonical" href="{a['url']}" />
<meta property="og:title" content="{esc(T(aid))}" />
<meta property="article:published_time" content="2025-04-25T16:20:00+01:00" />
<title>{esc(T(aid))} | Munster Echo</title>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/48213"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
</head>
<body class="path-node page-node-type-article">
<div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="decline-button">No, give me more info</button></div></div>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="site-branding"><a href="/" rel="home">Munster Echo</a><div class="site-slogan">News from Limerick, Clare, Cork and Kerry</div></div>
<nav role="navigation"><ul class="menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/travel-alerts">Travel alerts</a></li><li><a href="/notices">Notices</a></li></ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/travel-alerts">Travel alerts</a></li></ol></nav></div>
<main role="main"><div class="region region-content">
<article data-history-node-id="48213" role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">{esc(T(aid))}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference">Submitted by <span>webeditor</span></span> on <span class="field field--name-created field--type-created">Fri, 25/04/2025 - 16:20</span></div>
<div class="node__content">
<div class="field field--name-field-alert-level field--type-list-string">Alert level: Planned engineering work</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras_html(ps)}</div>
<div class="field field--name-field-tags field--type-entity-reference field__items"><div class="field__label">Tags</div><div class="field__item"><a href="/taxonomy/term/112">Rail</a></div><div class="field__item"><a href="/taxonomy/term/331">Limerick</a></div></div>
<div class="share-links">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</div></article>
<div class="views-element-container block-views-related"><h2>Related Articles</h2><div class="view-content"><div class="views-row"><a href="/news/limerick-colbert-platform-works">Limerick Colbert platform works extended to June</a></div><div class="views-row"><a href="/news/ennis-rail-passenger-numbers">Ennis rail passenger numbers hit record</a></div></div></div>
<div class="block-newsletter"><h2>Subscribe to the Munster Echo newsletter</h2><p>Travel alerts and the day's headlines, every weekday at 7am.</p></div>
</div></main>
<footer role="contentinfo"><p>© Munster Echo Media 2025 | Registered in Ireland No. 482113</p><p>The Munster Echo subscribes to the Code of Practice for Newspapers and Magazines. Travel information is provided by operators and may change at short notice; always check before you travel.</p></footer>
</div>
</body>
</html>
"""


def brightspot_page(aid):
    a = ART[aid]
    ps = P(aid)
    body = paras_html(ps[:2]) + """
<div class="Enhancement"><figure class="Figure"><img src="https://saskatoonprairiepost.example/dims4/8th-street.jpg" alt=""><figcaption class="Figure-caption">Crews mark out the median on 8th Street East near Cumberland Avenue on Monday.</figcaption><div class="Figure-credit">Colton Brandt / Saskatoon Prairie Post</div></figure></div>
<div class="Enhancement"><div class="GoogleDfpAd"><span class="GoogleDfpAd-label">Advertisement</span></div></div>
""" + paras_html(ps[2:])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": T(aid), "url": a["url"],
          "datePublished": "2025-04-28T15:58:00-06:00", "dateModified": "2025-04-28T18:10:00-06:00",
          "author": [{"@type": "Person", "name": "Colton Brandt"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Saskatoon Prairie Post"}}
    return f"""<!DOCTYPE html>
<html class="ArticlePage" lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(T(aid))} | Saskatoon Prairie Post</title>
<link rel="canonical" href="{a['url']}">
<meta property="og:title" content="{esc(T(aid))}">
<meta property="og:url" content="{a['url']}">
<meta name="brightspot.contentId" content="00000196-7a2e-d4f1-a9ff-fbaf1c3e0000">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="ArticlePage-body">
<div class="Page-header"><a class="Page-header-logo" href="/">Saskatoon Prairie Post</a><div class="Page-header-cta"><a href="/support/">Support local news</a></div></div>
<div class="Page-breadcrumbs"><a href="/news/">News</a> › <a href="/news/local/">Local</a></div>
<main class="Page-main">
<h1 class="Page-headline">{esc(T(aid))}</h1>
<div class="Page-byline">By <a class="Link" href="/people/colton-brandt">Colton Brandt</a></div>
<div class="Page-datePublished">Published April 28, 2025 at 3:58 PM CST</div>
<div class="Page-dateModified">Updated April 28, 2025 at 6:10 PM CST</div>
<div class="RichTextArticleBody RichTextBody">{body}</div>
<div class="Page-support"><p>Our journalism is made possible by readers like you. Become a member of the Prairie Post today.</p></div>
<div class="Page-newsletter"><h3>Sign up for Prairie Post Daily</h3><p>The morning's Saskatoon news in five minutes.</p></div>
<div class="Page-tags"><span>Tags:</span> <a href="/tags/transit">Transit</a> <a href="/tags/bus-rapid-transit">Bus Rapid Transit</a></div>
<aside class="Trending"><h2>Trending Now</h2><ul><li><a href="/news/local/river-landing-tower">River Landing tower gets council approval</a></li><li><a href="/news/local/broadway-bridge-paving">Broadway Bridge paving starts in June</a></li></ul></aside>
</main>
<footer class="Page-footer"><p>Copyright © 2025 Saskatoon Prairie Post. All rights reserved.</p><p>Terms of Use | Privacy Policy | Contact the newsroom</p></footer>
</body>
</html>
"""


def tidings_page(aid):
    a = ART[aid]
    ps = P(aid)
    body = paras_html(ps[:2]) + """
<div class="also-read-box"><span>Also Read</span> <a href="https://www.keralatidings.in/kochi/vypin-goshree-bridge-traffic">Vypin: Goshree bridge traffic to be regulated during festival</a></div>
""" + paras_html(ps[2:4]) + """
<div class="ad-slot"><span>- Advertisement -</span></div>
""" + paras_html(ps[4:])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(T(aid))} | Kerala Tidings</title>
<link rel="canonical" href="{a['url']}">
<meta property="og:title" content="{esc(T(aid))}">
<meta property="og:site_name" content="Kerala Tidings">
<meta name="publish-date" content="2025-04-27">
<meta name="author" content="Anjali Menon">
</head>
<body>
<div class="top-strip"><span>Sunday, April 27th, 2025</span> <a href="/epaper">ePaper</a> <a href="/malayalam">മലയാളം</a></div>
<header><a class="brand" href="/">Kerala Tidings</a><nav><a href="/kerala">Kerala</a> <a href="/kochi">Kochi</a> <a href="/thiruvananthapuram">Thiruvananthapuram</a> <a href="/business">Business</a></nav></header>
<div class="container"><div class="article-wrap">
<div class="section-name">Kochi</div>
<h1 class="article-title">{esc(T(aid))}</h1>
<div class="article-author">Anjali Menon, Kochi</div>
<div class="article-date">Published: April 27th, 2025 · Last Updated: 27 Apr 2025, 06:41 PM IST</div>
<div class="social-row">Follow us on WhatsApp · Get the latest news on Telegram</div>
<div class="article-body">{body}</div>
<div class="article-disclaimer">Disclaimer: Fares and timings are as announced by the operator and are subject to change.</div>
</div>
<div class="most-read"><h4>Most Read</h4><ul><li><a href="/kerala/monsoon-onset-forecast">Monsoon may reach Kerala by May 27, says IMD</a></li><li><a href="/kochi/metro-phase-2-kakkanad">Metro phase 2 to Kakkanad: pillars rise on Seaport-Airport Road</a></li></ul></div></div>
<footer><p>© 2025 Kerala Tidings. All rights reserved. Reproduction in whole or in part without written permission is prohibited.</p></footer>
</body>
</html>
"""


def build_warc():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    info = {"software": "Heritrix/3.4.0-20240412 http://crawler.archive.org", "hostname": "crawl04.example.net",
            "format": "WARC File Format 1.0", "operator": "Transit Policy Unit web archive",
            "isPartOf": "regional-transit-2025", "description": "Seed list: regional transport news, weekly crawl",
            "robots": "obey"}
    seq = [0]

    def wh(url_date):
        seq[0] += 1
        return {"WARC-Record-ID": f"<urn:uuid:6c1e2f40-9a7b-4d3e-8f21-{seq[0]:012d}>", "WARC-Date": url_date}

    rec = w.create_warcinfo_record("regional-transit-crawl-20250503.warc.gz", info)
    rec.rec_headers.replace_header("WARC-Record-ID", wh("")["WARC-Record-ID"])
    rec.rec_headers.replace_header("WARC-Date", "2025-05-03T04:12:00Z")
    w.write_record(rec)
    ua = "Mozilla/5.0 (compatible; heritrix/3.4.0 +https://transitpolicy.example.org/archive)"

    def req(url):
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3] if url.count("/") > 2 else "/"
        h = StatusAndHeaders(f"GET {path} HTTP/1.1", [("User-Agent", ua), ("Connection", "close"),
                                                      ("Host", host), ("Accept", "text/html,*/*")],
                             is_http_request=True)
        rec = w.create_warc_record(url, "request", http_headers=h)
        rec.rec_headers.replace_header("WARC-Record-ID", wh("")["WARC-Record-ID"])
        rec.rec_headers.replace_header("WARC-Date", "2025-05-03T04:%02d:%02dZ" % (12 + seq[0] // 3, seq[0] * 7 % 60))
        w.write_record(rec)

    def resp(url, status, headers, payload):
        h = StatusAndHeaders(status, headers + [("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
        rec = w.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=h)
        rec.rec_headers.replace_header("WARC-Record-ID", wh("")["WARC-Record-ID"])
        rec.rec_headers.replace_header("WARC-Date", "2025-05-03T04:%02d:%02dZ" % (12 + seq[0] // 3, seq[0] * 7 % 60))
        w.write_record(rec)

    robots = b"User-agent: *\nDisallow: /search\nDisallow: /user/\nSitemap: https://www.munsterecho.ie/sitemap.xml\n"
    req("https://www.munsterecho.ie/robots.txt")
    resp("https://www.munsterecho.ie/robots.txt", "200 OK", [("Content-Type", "text/plain; charset=utf-8"),
                                                            ("Date", "Sat, 03 May 2025 04:12:09 GMT")], robots)
    a1 = "me-limerick-alert-sat"
    req(ART[a1]["url"])
    resp(ART[a1]["url"], "200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Server", "nginx"),
                                    ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
                                    ("Date", "Sat, 03 May 2025 04:12:11 GMT")], drupal_page(a1).encode("utf-8"))
    a2 = "spp-saskatoon-brt"
    http_url = ART[a2]["url"].replace("https://www.", "http://")
    req(http_url)
    resp(http_url, "301 Moved Permanently", [("Location", ART[a2]["url"]), ("Content-Type", "text/html"),
                                             ("Date", "Sat, 03 May 2025 04:13:40 GMT")],
         b"<html><body>Moved Permanently</body></html>")
    req(ART[a2]["url"])
    resp(ART[a2]["url"], "200 OK", [("Content-Type", "text/html;charset=UTF-8"), ("Server", "Brightspot"),
                                    ("Date", "Sat, 03 May 2025 04:13:41 GMT")], brightspot_page(a2).encode("utf-8"))
    a3 = "kt-kochi-ferries"
    req(ART[a3]["url"])
    resp(ART[a3]["url"], "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                                    ("Vary", "Accept-Encoding"), ("Date", "Sat, 03 May 2025 04:15:02 GMT")],
         gzip.compress(tidings_page(a3).encode("utf-8"), mtime=0))
    with open(os.path.join(DUMPS, F_WARC), "wb") as f:
        f.write(out.getvalue())
    reg(a1, F_WARC, P(a1), [
        "We use cookies on this site to enhance your user experience.", "No, give me more info",
        "News from Limerick, Clare, Cork and Kerry", "Submitted by webeditor", "Fri, 25/04/2025 - 16:20",
        "Share this:", "Related Articles",
        "Limerick Colbert platform works extended to June",
        "Subscribe to the Munster Echo newsletter", "Travel alerts and the day's headlines, every weekday at 7am.",
        "© Munster Echo Media 2025 | Registered in Ireland No. 482113",
        "subscribes to the Code of Practice for Newspapers and Magazines",
        "Travel information is provided by operators and may change at short notice"])
    reg(a2, F_WARC, P(a2), [
        "Published April 28, 2025 at 3:58 PM CST", "Updated April 28, 2025 at 6:10 PM CST",
        "Crews mark out the median on 8th Street East near Cumberland Avenue on Monday.",
        "Colton Brandt / Saskatoon Prairie Post", "Advertisement",
        "Our journalism is made possible by readers like you.", "Become a member of the Prairie Post today.",
        "Sign up for Prairie Post Daily",
        "Tags: Transit Bus Rapid Transit", "Trending Now", "River Landing tower gets council approval",
        "Copyright © 2025 Saskatoon Prairie Post. All rights reserved.",
        "Terms of Use | Privacy Policy | Contact the newsroom"])
    reg(a3, F_WARC, P(a3), [
        "Sunday, April 27th, 2025", "Anjali Menon, Kochi",
        "Published: April 27th, 2025 · Last Updated: 27 Apr 2025, 06:41 PM IST",
        "Follow us on WhatsApp · Get the latest news on Telegram", "Also Read",
        "Vypin: Goshree bridge traffic to be regulated during festival", "- Advertisement -",
        "Disclaimer: Fares and timings are as announced by the operator",
        "Monsoon may reach Kerala by May 27, says IMD",
        "© 2025 Kerala Tidings. All rights reserved.", "Reproduction in whole or in part without written permission"])


# ================================================================== mbox
def _add(box, msg, sender, when, boundary=None):
    """Add msg with a fixed 'From ' line (asctime of the Date header, UTC) and fixed MIME boundaries."""
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{boundary or 'b'}_{n:02d}_7f3a9c")
            n += 1
    mm = mailbox.mboxMessage(msg)
    mm.set_from(f"{sender} {when}")
    box.add(mm)


def _qp_alt(msg, plain, html):
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")


def build_mbox():
    path = os.path.join(DUMPS, F_MB)
    if os.path.exists(path):
        os.remove(path)
    box = mailbox.mbox(path, create=True)
    pol = email.policy.default.clone(max_line_length=78)

    # --- 1: forwarded as attachment (message/rfc822): Fraser Valley Herald newsletter e-mail, trimmed
    a = "fvh-valley-rail"
    ps = P(a, trim=2)
    inner = EmailMessage(policy=pol)
    inner["From"] = "Fraser Valley Herald <newsletters@fraservalleyherald.ca>"
    inner["To"] = "megan.o@transitpolicy.example.org"
    inner["Subject"] = "Your Valley Briefing: " + T(a)
    inner["Date"] = "Fri, 25 Apr 2025 06:30:00 -0700"
    inner["Message-ID"] = "<vb-20250425-88213@mail.fraservalleyherald.ca>"
    html = f"""<html><body><table width="600"><tr><td>
<p style="font-size:12px">Having trouble viewing this email? <a href="https://www.fraservalleyherald.ca/newsletters/view/20250425">View it in your browser</a></p>
<h2>Valley Briefing · Friday, April 25, 2025</h2>
<p style="font-size:12px">TOP STORY</p>
<h1>{esc(T(a))}</h1>
<p><em>By Harpreet Dhillon and Megan Olafson</em></p>
{paras_html(ps)}
<p><a href="{ART[a]['url']}">Continue reading on fraservalleyherald.ca</a></p>
<hr><p style="font-size:11px">You are receiving Valley Briefing because you signed up at fraservalleyherald.ca. Unsubscribe | Manage preferences<br>Fraser Valley Herald, 34375 Cyril Street, Abbotsford, BC</p>
</td></tr></table></body></html>"""
    inner.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    outer = EmailMessage(policy=pol)
    outer["From"] = "Megan Ostrowski <megan.o@transitpolicy.example.org>"
    outer["To"] = "Transit Desk <desk@transitpolicy.example.org>"
    outer["Subject"] = "Fwd: Valley rail study — full story"
    outer["Date"] = "Fri, 25 Apr 2025 08:14:37 -0700"
    outer["Message-ID"] = "<a1b2c3d4.5e6f@transitpolicy.example.org>"
    outer.set_content("Forwarding the Herald's morning e-mail as an attachment, the study story is the top item.\n"
                      "It stops before the end but the numbers are all there.\n\nMegan\n",
                      charset="utf-8", cte="quoted-printable")
    outer.add_attachment(inner)
    _add(box, outer, "megan.o@transitpolicy.example.org", "Fri Apr 25 15:14:37 2025", "fwd")
    reg(a, F_MB, ps, ["Having trouble viewing this email?",
                      "Valley Briefing · Friday, April 25, 2025", "By Harpreet Dhillon and Megan Olafson",
                      "Continue reading on fraservalleyherald.ca", "You are receiving Valley Briefing because",
                      "Fraser Valley Herald, 34375 Cyril Street, Abbotsford, BC",
                      "Forwarding the Herald's morning e-mail as an attachment",
                      "It stops before the end but the numbers are all there.", "Fwd: Valley rail study — full story",
                      "Megan Ostrowski <megan.o@transitpolicy.example.org>"])

    # --- 2: plain text with two pasted articles (the second trimmed), quoted-printable
    a1, a2 = "dt-waterford-airport-bus", "tbns-northern-train"
    p1, p2 = P(a1), P(a2, trim=2)
    text = ("Hi all,\n\nTwo for the file. The Timmins one came from the Star's app and I think it got cut off at "
            "the end.\n\n")
    text += f"{T(a1)}\nDéise Today, 1 May 2025, by Aoife Power\n\n" + "\n\n".join(p1) + "\n\n~~~~~~~~~~\n\n"
    text += (f"Thunder Bay Northern Star — Wednesday April 30, 2025 — Dale Whitecloud\n{T(a2)}\n\n"
             + "\n\n".join(p2) + "\n\n-- \nNiamh Gallagher | Policy Officer, Rural Mobility\n"
             "Transit Policy Unit | +353 1 555 0184\n")
    m = EmailMessage(policy=pol)
    m["From"] = "Niamh Gallagher <n.gallagher@transitpolicy.example.org>"
    m["To"] = "Transit Desk <desk@transitpolicy.example.org>"
    m["Subject"] = "two for the file: Waterford airport bus, Timmins train"
    m["Date"] = "Thu, 01 May 2025 16:05:12 +0100"
    m["Message-ID"] = "<CAF9x-two-for-file-0501@transitpolicy.example.org>"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    _add(box, m, "n.gallagher@transitpolicy.example.org", "Thu May  1 15:05:12 2025")
    MN2 = ["Two for the file. The Timmins one came from the Star's app", "Niamh Gallagher | Policy Officer, Rural Mobility",
           "Transit Policy Unit | +353 1 555 0184", "two for the file: Waterford airport bus, Timmins train"]
    reg(a1, F_MB, p1, MN2 + ["Déise Today, 1 May 2025, by Aoife Power", "~~~~~~~~~~"])
    reg(a2, F_MB, p2, MN2 + ["Thunder Bay Northern Star — Wednesday April 30, 2025 — Dale Whitecloud"])

    # --- 3: a reply quoting part of the Timmins article: not an article
    r = EmailMessage(policy=pol)
    r["From"] = "Pádraig Ó Sé <p.ose@transitpolicy.example.org>"
    r["To"] = "Niamh Gallagher <n.gallagher@transitpolicy.example.org>"
    r["Cc"] = "Transit Desk <desk@transitpolicy.example.org>"
    r["Subject"] = "Re: two for the file: Waterford airport bus, Timmins train"
    r["Date"] = "Thu, 01 May 2025 17:31:40 +0100"
    r["In-Reply-To"] = "<CAF9x-two-for-file-0501@transitpolicy.example.org>"
    r.set_content("Thanks Niamh. Yes, the Star piece is missing the bit about ridership targets, I'll pull it from "
                  "Nexis on Monday.\n\nOn Thu, 1 May 2025 at 16:05, Niamh Gallagher wrote:\n> "
                  + P(a2)[2] + "\n\nP.\n", charset="utf-8", cte="quoted-printable")
    _add(box, r, "p.ose@transitpolicy.example.org", "Thu May  1 16:31:40 2025")

    # --- 4: newsletter, multipart/alternative, both parts quoted-printable, three items
    items = [("bmw-strike-deal", "Brisbane Morning Wire · Aisha Patel · 2 May 2025"),
             ("ms-electric-bus", "Mysuru Star · Manjunath Gowda · 30 April 2025"),
             ("kt-airport-shuttle", "Kerala Tidings · Arun Pillai · 2 May 2025")]
    plain = ["REGIONAL TRANSIT BRIEFING", "Friday 2 May 2025 · Issue 117", "",
             "View this email in your browser: https://transitbrief.example/issues/117", ""]
    hitems = []
    for n, (aid, cred) in enumerate(items):
        plain += ["=" * 60, T(aid), cred, ""] + sum([[p, ""] for p in P(aid)], [])
        hitems.append(f'<tr><td><h2 style="font-family:Georgia">{esc(T(aid))}</h2><p class="cred" style="color:#777">'
                      f'{esc(cred)}</p>{paras_html(P(aid))}</td></tr>')
        if n == 0:
            spons = ("SPONSORED: Fleet electrification in 90 days. Kestrel Depot Planner models charging, rosters and "
                     "grid upgrades for regional operators. Book a demo at kestrel.example/depot")
            plain += ["-" * 60, spons, "-" * 60, ""]
            hitems.append(f'<tr><td style="background:#f3f3f3"><p>{esc(spons)}</p></td></tr>')
    foot = ("You are receiving this because you subscribed at transitbrief.example. Unsubscribe | Update preferences. "
            "Regional Transit Briefing is published by Kestrel Mobility Advisory Pty Ltd, Level 9, 120 Collins "
            "Street, Melbourne VIC 3000. Summaries and excerpts are reproduced under licence; copyright in the "
            "articles remains with their publishers.")
    plain += ["=" * 60, foot, ""]
    html = ('<html><head><meta charset="utf-8"></head><body><table width="640" align="center">'
            '<tr><td><p style="font-size:11px"><a href="https://transitbrief.example/issues/117">View this email in '
            'your browser</a></p><h1>REGIONAL TRANSIT BRIEFING</h1><p>Friday 2 May 2025 · Issue 117</p></td></tr>'
            + "".join(hitems) + f'<tr><td style="font-size:11px;color:#888"><p>{esc(foot)}</p></td></tr>'
            '</table></body></html>')
    nl = EmailMessage(policy=pol)
    nl["From"] = "Regional Transit Briefing <briefing@transitbrief.example>"
    nl["To"] = "desk@transitpolicy.example.org"
    nl["Subject"] = "Regional Transit Briefing — 2 May 2025: Queensland strike deal, Mysuru e-buses, Thampanoor shuttle"
    nl["Date"] = "Fri, 02 May 2025 07:00:03 +1000"
    nl["Message-ID"] = "<issue117.20250502@transitbrief.example>"
    nl["List-Unsubscribe"] = "<https://transitbrief.example/unsubscribe?u=88213>"
    _qp_alt(nl, "\n".join(plain), html)
    _add(box, nl, "bounce-117@transitbrief.example", "Thu May  1 21:00:03 2025", "nl")
    MN4 = ["REGIONAL TRANSIT BRIEFING", "Friday 2 May 2025 · Issue 117", "View this email in your browser",
           "SPONSORED: Fleet electrification in 90 days.",
           "You are receiving this because you subscribed at transitbrief.example.",
           "published by Kestrel Mobility Advisory Pty Ltd", "copyright in the articles remains with their publishers",
           "Queensland strike deal, Mysuru e-buses, Thampanoor shuttle"]
    for aid, cred in items:
        reg(aid, F_MB, P(aid), MN4 + [cred])
    box.flush()
    box.close()


# ================================================================== news-please JSON lines
def build_jsonl():
    recs = []

    def rec(aid, ps, date_publish, authors, dl, domain, title_page, url=None, title=None, desc=None, image=None,
            maintext=None):
        a = ART[aid]
        url = url or a["url"]
        fn = url.replace("https://", "https%3A%2F%2F").replace("/", "%2F") + ".json"
        recs.append({"authors": authors, "date_download": dl, "date_modify": None, "date_publish": date_publish,
                     "description": desc if desc is not None else ps[0].split(". ")[0].rstrip(".") + ".",
                     "filename": fn, "image_url": image, "language": "en", "localpath": None,
                     "maintext": maintext if maintext is not None else "\n".join(ps),
                     "source_domain": domain, "title": title or T(aid), "title_page": title_page,
                     "title_rss": None, "url": url})

    def simple(aid, date_publish, dl, domain, sep=" | ", outlet=None, **kw):
        ps = P(aid)
        outlet = outlet or ART[aid]["outlet"]
        rec(aid, ps, date_publish, ART[aid]["authors"], dl, domain, f"{kw.pop('title', None) or T(aid)}{sep}{outlet}",
            **kw)
        return ps

    out = []  # (aid, ps, must_not)
    ps = simple("gg-bendigo-timetable", "2025-04-22 07:30:00", "2025-05-03 05:01:12", "www.goldfieldsgazette.com.au")
    out.append(("gg-bendigo-timetable", ps, []))
    ps = simple("awr-ridership-w16", "2025-04-22 16:00:00", "2025-05-03 05:01:40", "www.abbotsfordweeklyrecord.ca",
                sep=" - ")
    tip = "Got a news tip? Email newsroom@abbotsfordweeklyrecord.ca"
    recs[-1]["maintext"] += "\n" + tip
    out.append(("awr-ridership-w16", ps, [tip]))
    ps = simple("gg-bendigo-union", "2025-04-23 06:10:00", "2025-05-03 05:02:03", "www.goldfieldsgazette.com.au")
    out.append(("gg-bendigo-union", ps, []))
    ps = simple("ccn-chennai-ac-fares", "2025-04-23 11:20:00", "2025-05-03 05:02:31", "chennaicoastlinenews.com",
                sep=" – ")
    out.append(("ccn-chennai-ac-fares", ps, []))
    a = "nhh-light-rail"
    ps = P(a, edited=True)
    rec(a, ps, "2025-04-24 05:00:00", ["Mitchell Crane"], "2025-05-03 05:03:10", "www.newcastleharbourherald.com.au",
        f"{T(a)} | Newcastle Harbour Herald")
    out.append((a, ps, []))
    ps = simple("dc-pune-nashik-land", "2025-04-24 22:45:00", "2025-05-03 05:03:44", "www.deccancourier.in",
                sep=" - ")
    out.append(("dc-pune-nashik-land", ps, []))
    ps = simple("bmm-suburban-corridor2", "2025-04-26 09:05:00", "2025-05-03 05:04:20", "bengalurumetromirror.com")
    out.append(("bmm-suburban-corridor2", ps, []))
    a = "iaws-sleeper-trial"
    ps = P(a)
    rec(a, ps, "2025-04-27 18:40:00", [], "2025-05-03 05:04:58", "www.konkancoasttimes.in",
        f"{ART[a]['synd_title']} | Konkan Coast Times", url=ART[a]["synd_url"], title=ART[a]["synd_title"])
    out.append((a, ps, []))
    a = "tv-toowoomba-bus"
    ps = P(a)
    cap = "A council on-demand minibus in Toowoomba’s CBD. Picture: Supplied"
    rec(a, ps, "2025-04-28 06:00:00", ["Grace Pelham"], "2025-05-03 05:05:30", "www.tablelandsvoice.com.au",
        f"{T(a)} - The Tablelands Voice", maintext=cap + "\n" + "\n".join(ps),
        image="https://www.tablelandsvoice.com.au/wp-content/uploads/2025/04/ondemand-bus.jpg")
    out.append((a, ps, [cap]))
    ps = simple("wcn-sligo-bus", "2025-04-28 14:05:00", "2025-05-03 05:06:02", "westerncorridornews.ie", sep=" - ")
    out.append(("wcn-sligo-bus", ps, []))
    a = "spp-saskatoon-brt"
    ps = P(a)
    rec(a, ps, "2025-04-28 15:58:00", ["Colton Brandt"], "2025-05-03 05:06:40", "www.saskatoonprairiepost.ca",
        f"{T(a)} | Saskatoon Prairie Post",
        maintext="\n".join(ps[:2]) + "\nAdvertisement\n" + "\n".join(ps[2:]))
    out.append((a, ps, []))
    ps = simple("icn-wollongong-shuttle", "2025-04-29 10:30:00", "2025-05-03 05:07:15", "illawarracoastalnews.com.au")
    out.append(("icn-wollongong-shuttle", ps, []))
    ps = simple("awr-ridership-w17", "2025-04-29 16:00:00", "2025-05-03 05:07:49", "www.abbotsfordweeklyrecord.ca",
                sep=" - ")
    recs[-1]["maintext"] += "\n" + tip
    out.append(("awr-ridership-w17", ps, [tip]))
    a = "mo-fare-cap"
    ps = P(a, trim=2)
    pay = "Subscribe to continue reading. Already a subscriber? Log in"
    rec(a, ps, "2025-04-30 08:00:00", ["Eimear Brophy"], "2025-05-03 05:08:22", "www.midlandsobserver.ie",
        f"{T(a)} | Midlands Observer", maintext="\n".join(ps) + "\n" + pay)
    out.append((a, ps, [pay]))
    ps = simple("bbg-australind", "2025-04-30 12:00:00", "2025-05-03 05:08:57", "www.bunburybaygazette.com.au")
    out.append(("bbg-australind", ps, []))
    ps = simple("dd-hobart-ferry", "2025-04-30 13:45:00", "2025-05-03 05:09:31", "derwentdaily.com.au", sep=" – ")
    out.append(("dd-hobart-ferry", ps, []))
    ps = simple("ms-electric-bus", "2025-04-30 19:20:00", "2025-05-03 05:10:04", "www.mysurustar.in", sep=" - ")
    out.append(("ms-electric-bus", ps, []))
    a = "gse-albany-coach"
    ps = P(a)
    rec(a, ps, None, [], "2025-05-03 05:10:40", "www.greatsouthernecho.com.au", f"{T(a)} | Great Southern Echo")
    out.append((a, ps, []))
    # the Sligo story scraped a second time through its RSS link: identical text
    a = "wcn-sligo-bus"
    ps = P(a)
    rec(a, ps, "2025-04-28 14:05:00", ["Ciarán Moloney"], "2025-05-03 05:11:18", "westerncorridornews.ie",
        f"{T(a)} - Western Corridor News", url=ART[a]["url"] + "?utm_source=rss&utm_medium=rss&utm_campaign=sligo")
    out.append((a, ps, []))
    write(F_JL, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    assert len(out) == len(recs)
    for (aid, ps, mn), r in zip(out, recs):
        reg(aid, F_JL, ps, mn + [r["title_page"], r["filename"]])
