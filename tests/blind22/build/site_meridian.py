# -*- coding: utf-8 -*-
"""The Boston Meridian: an Arc XP site rendered by PageBuilder Fusion (Themes blocks: b-/c- classes), with
window.Fusion metadata (Fusion.globalContent = the story's ANS: content_elements text / header / image / quote /
oembed_response / raw_html / interstitial_link), an AMP output type served through the Google AMP cache, and a live
blog (LiveBlogPosting JSON-LD)."""
import json
import re

from articles import ART, BM, POSTS, Q_MALLOY, SNS
from common import (addmn, attr, by_names, clock, css, dt, esc, fmn, font_face, h, iso_z, long_date, ld, paras,
                    reg, slugify, title_seen, ap_date)

BASE = "https://www.bostonmeridian.com"
DEPLOY = "412"


def url(aid):
    return f"{BASE}/{ART[aid]['slug']}"


IMAGES = {
    "bm-outages": ("A Bay Colony Electric crew replaces a pole on Eastern Avenue in Gloucester on Friday.",
                   "Jessica Rinaldi for The Boston Meridian"),
    "bm-restored": ("Line workers restring wires on Main Street in Rockport on Saturday.",
                    "Tomás Varela/The Boston Meridian"),
    "bm-logan": ("Travelers wait at the rebooking counters in Terminal B on Friday afternoon.",
                 "Tomás Varela/The Boston Meridian"),
    "sns-rescue": ("The scallop boat Margaret Rose in Gloucester Harbor last summer.", "Seaboard News Service file"),
    "bm-gridbill": ("Utility poles snapped by the storm lie along Route 127 in Rockport on Friday.",
                    "Jessica Rinaldi for The Boston Meridian"),
    "bm-schools": ("A sign outside the Mather School in Dorchester on Thursday afternoon.",
                   "Tomás Varela/The Boston Meridian"),
    "bm-live": ("Waves break over the seawall on Stacy Boulevard in Gloucester on Friday morning.",
                "Jessica Rinaldi for The Boston Meridian"),
}
SECTION = {"bm-outages": "Weather", "bm-restored": "Weather", "bm-logan": "Travel", "sns-rescue": "Metro",
           "bm-gridbill": "Politics", "bm-schools": "Education", "bm-live": "Weather", "bm-snow": "Weather"}
KEY_POINTS = ["More than 400,000 customers lost power at the storm’s peak on Friday morning.",
              "Bay Colony Electric expects 90 percent to be back by late Sunday; some Cape Ann streets may wait until "
              "Tuesday.",
              "Warming centers are open in more than 60 communities."]
TWEET = ("Crews from 14 states and provinces are now working in our service area. If you see a downed wire, stay 30 "
         "feet away and call 1-800-555-0199.", "Bay Colony Electric", "BayColonyElec", "1879985530912256001")
NEWSLETTER = ("Get The Meridian Morning", "The day’s biggest stories from Boston and New England, in your inbox by "
              "6 a.m. on weekdays.")
MOST_READ = ["Crews race to restore power as outages top 400,000 in Massachusetts",
             "Live updates: Nor’easter batters New England coast",
             "Logan reopens runways after nearly 1,200 flight cancellations",
             "A Back Bay brownstone sells for $14.2 million, a record for the street",
             "Red Sox agree to one-year deal with veteran reliever"]
MORE_COVERAGE = ["bm-live", "bm-schools"]
SECTIONS = ["Metro", "Politics", "Business", "Climate", "Education", "Sports", "Arts", "Food", "Opinion",
            "Magazine", "Obituaries", "Real Estate", "Puzzles"]


def by_html(aid):
    a = ART[aid]
    if a.get("agency_credit"):
        return f"By {SNS}", f"By {SNS}"
    links = [f'<a class="b-byline__link" href="/people/{slugify(n)}/">{esc(n)}</a>' for n in a["authors"]]
    return "By " + by_names(links), "By " + by_names(a["authors"])


def ans(aid, kitchen=False):
    """The story's ANS, as Fusion.globalContent carries it."""
    a = ART[aid]
    pub = dt(aid)
    last = dt(aid, plus_min=650) if aid == "bm-outages" else dt(aid, plus_min=14)
    ce = []
    pi = 0
    for i, p in enumerate(a["paras"]):
        if isinstance(p, tuple):
            ce.append({"_id": h(aid + "hd" + str(i), 26).upper(), "type": "header", "level": 2, "content": esc(p[1])})
            continue
        ce.append({"_id": h(aid + "p" + str(i), 26).upper(), "type": "text", "content": esc(p),
                   "additional_properties": {"_id": 1768400000000 + i}})
        pi += 1
        if kitchen and pi == 1:
            ce.append({"_id": h(aid + "il1", 26).upper(), "type": "interstitial_link", "content": ART["bm-live"]["title"],
                       "url": url("bm-live"), "additional_properties": {"label": "Read more:"}})
        if kitchen and i == a["pull"][0]:
            ce.append({"_id": h(aid + "pq", 26).upper(), "type": "quote", "subtype": "pullquote",
                       "content_elements": [{"type": "text", "content": esc(a["pull"][1])}],
                       "citation": {"type": "text", "content": esc(a["pull"][2])}})
        if kitchen and pi == 4:
            ce.append({"_id": h(aid + "img2", 26).upper(), "type": "image", "url":
                       f"https://cloudfront-us-east-1.images.arcpublishing.com/meridian/{h(aid + 'img2', 26).upper()}.jpg",
                       "caption": "Fallen trees block Thatcher Road in Rockport on Friday morning.",
                       "credits": {"by": [{"type": "author", "name": "Jessica Rinaldi", "byline":
                                           "Jessica Rinaldi for The Boston Meridian"}]},
                       "width": 2400, "height": 1600})
        if kitchen and pi == 5:
            ce.append({"_id": h(aid + "tw", 26).upper(), "type": "oembed_response", "subtype": "twitter",
                       "raw_oembed": {"type": "twitter", "url": f"https://twitter.com/{TWEET[2]}/status/{TWEET[3]}",
                                      "author_name": TWEET[1], "html": tweet_html()}})
            ce.append({"_id": h(aid + "nl", 26).upper(), "type": "raw_html", "content": newsletter_html()})
        if kitchen and pi == 7:
            ce.append({"_id": h(aid + "il2", 26).upper(), "type": "interstitial_link",
                       "content": ART["bm-schools"]["title"], "url": url("bm-schools"),
                       "additional_properties": {"label": "Read more:"}})
    cap, credit = IMAGES.get(aid, ("", ""))
    by = [{"_id": slugify(n), "type": "author", "name": n, "url": f"/people/{slugify(n)}/",
           "additional_properties": {"original": {"byline": n, "bio": bio(n)}}} for n in a["authors"]]
    if a.get("agency_credit"):
        by = [{"type": "author", "name": SNS, "org": SNS}]
    return {"_id": h(aid, 26).upper(), "type": "story", "version": "0.10.9", "canonical_url": "/" + a["slug"],
            "canonical_website": "meridian", "headlines": {"basic": a["title"], "web": a["title"]},
            "subheadlines": {"basic": a.get("dek", "")}, "description": {"basic": a.get("dek", "")},
            "credits": {"by": by}, "display_date": iso_z(pub, ms=False), "first_publish_date": iso_z(pub),
            "publish_date": iso_z(last), "last_updated_date": iso_z(last),
            "taxonomy": {"primary_section": {"_id": "/" + slugify(SECTION[aid]), "name": SECTION[aid]},
                         "tags": [{"slug": "noreaster", "text": "Nor’easter"}, {"slug": "power-outages",
                                                                             "text": "Power outages"}]},
            "promo_items": {"basic": {"type": "image", "caption": cap, "credits": {"by": [{"name": credit}]},
                                      "url": f"https://cloudfront-us-east-1.images.arcpublishing.com/meridian/"
                                             f"{h(aid + 'lead', 26).upper()}.jpg"}},
            "content_elements": ce, "website_url": "/" + a["slug"],
            "additional_properties": {"has_published_copy": True, "is_published": True},
            "label": {"basic": {"display": True, "text": SECTION[aid]}}}


def bio(n):
    return {"Priya Natarajan": "Priya Natarajan covers energy and utilities for the Meridian.",
            "Colm Devereux": "Colm Devereux covers the North Shore and Cape Ann for the Meridian.",
            "Dana Okafor": "Dana Okafor is a breaking news reporter at the Meridian.",
            "Luis Barreto": "Luis Barreto is a breaking news reporter at the Meridian."}.get(n, "")


def tweet_html():
    return (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">{esc(TWEET[0])} '
            f'<a href="https://t.co/Qm4bC1xYzE">pic.twitter.com/Qm4bC1xYzE</a></p>&mdash; {TWEET[1]} (@{TWEET[2]}) '
            f'<a href="https://twitter.com/{TWEET[2]}/status/{TWEET[3]}?ref_src=twsrc%5Etfw">January 15, 2027</a>'
            f'</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def newsletter_html():
    return (f'<div class="newsletter-inline"><p class="newsletter-inline__title">{NEWSLETTER[0]}</p>'
            f'<p class="newsletter-inline__text">{NEWSLETTER[1]}</p><form class="newsletter-inline__form" '
            f'action="https://link.bostonmeridian.com/join/5k1/meridian-morning" method="post"><input type="email" '
            f'name="email" placeholder="Enter your email" aria-label="Email address"><button type="submit">Sign up'
            f'</button></form><p class="newsletter-inline__legal">By signing up you agree to our Terms of Service and '
            f'Privacy Policy.</p></div>')


def fusion_script(aid, kitchen=False, extra_cache=None):
    g = json.dumps(ans(aid, kitchen), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    cache = json.dumps(extra_cache or {}, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    tree = {"type": "div", "children": [{"collection": "sections", "type": "section", "id": "0", "children": [
        {"collection": "chains", "type": "header-nav-chain-block", "id": "0000", "props": {"id": "0000"}}]},
        {"collection": "sections", "type": "section", "id": "1", "children": [
            {"collection": "features", "type": "article-body-block", "id": "1001"},
            {"collection": "features", "type": "ads-block", "id": "1002", "props": {"adType": "300x250"}}]}]}
    return ('<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};'
            'Fusion.arcSite="meridian";Fusion.contextPath="/pf";Fusion.mxId="00000000";'
            f'Fusion.deployment="{DEPLOY}";Fusion.globalContent={g};'
            'Fusion.globalContentConfig={"source":"content-api","query":{"_website":"meridian","website_url":"/' +
            ART[aid]["slug"] + '","arc-site":"meridian"}};Fusion.lastModified=1768521734112;'
            f'Fusion.contentCache={cache};Fusion.layout="article-right-rail";'
            'Fusion.metas={"title":{"value":"The Boston Meridian"},"description":{"value":"News from Boston and New '
            'England"},"page-type":{"value":"article"}};Fusion.outputType="default";Fusion.template="template/article";'
            f'Fusion.tree={json.dumps(tree, separators=(",", ":"))};Fusion.spa=false;Fusion.spaEnabled=false;</script>')


def head(aid, dom, extra_ld=None, title=None):
    a = ART[aid]
    pub = dt(aid)
    last = dt(aid, plus_min=650) if aid == "bm-outages" else dt(aid, plus_min=14)
    jl = extra_ld or {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                      "description": a.get("dek", ""), "datePublished": iso_z(pub, False),
                      "dateModified": iso_z(last, False), "mainEntityOfPage": url(aid),
                      "author": [{"@type": "Person", "name": n, "url": f"{BASE}/people/{slugify(n)}/"}
                                 for n in a["authors"]] if not a.get("agency_credit") else
                      [{"@type": "Organization", "name": SNS}],
                      "publisher": {"@type": "NewsMediaOrganization", "name": BM, "logo": {
                          "@type": "ImageObject", "url": f"{BASE}/pf/resources/images/meridian-logo-amp.png?d={DEPLOY}"}},
                      "isAccessibleForFree": True}
    d = f"?d={DEPLOY}&amp;mxId=00000000"
    fonts = font_face("Meridian Sans", f"{BASE}/pf/resources/fonts", (400, 600, 800)) + \
        font_face("Miller Text", f"{BASE}/pf/resources/fonts", (400, 700))
    sels = [".b-header-nav-chain", ".b-header-nav-chain__top-layout", ".b-header-nav-chain__logo",
            ".b-single-chain", ".b-right-rail", ".b-article-header", ".b-headline", ".b-subheadline",
            ".b-byline", ".b-date", ".b-article-body", ".c-paragraph", ".c-heading", ".b-lead-art",
            ".c-media-item", ".c-media-item__caption", ".c-media-item__credit", ".b-share-bar", ".c-button",
            ".b-ad-block", ".c-ad-label", ".b-key-points", ".b-audio-player", ".b-pullquote", ".b-footer",
            ".b-most-read", ".b-more-coverage", ".newsletter-inline", ".b-live-update", ".b-live-blog__more"]
    t = title or f"{a['title']} – The Boston Meridian"
    out = ['<meta charset="UTF-8">' if dom else '<meta charSet="UTF-8"/>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
           f"<title>{esc(t)}</title>",
           f'<meta name="description" content="{attr(a.get("dek", ""))}"/>',
           f'<link rel="canonical" href="{url(aid)}"/>',
           f'<link rel="amphtml" href="{url(aid)}?outputType=amp"/>',
           '<meta property="og:site_name" content="The Boston Meridian"/>',
           f'<meta property="og:title" content="{attr(a["title"])}"/>',
           f'<meta property="og:url" content="{url(aid)}"/>', '<meta property="og:type" content="article"/>',
           f'<meta property="og:image" content="https://www.bostonmeridian.com/resizer/v2/{h(aid + "lead", 26).upper()}'
           f'.jpg?auth={h(aid, 40)}&amp;width=1200&amp;height=630&amp;smart=true"/>',
           '<meta name="twitter:card" content="summary_large_image"/>',
           '<meta name="twitter:site" content="@BostonMeridian"/>',
           f'<meta property="article:published_time" content="{iso_z(pub)}"/>',
           f'<meta property="article:modified_time" content="{iso_z(last)}"/>',
           f'<meta property="article:section" content="{SECTION[aid]}"/>',
           '<meta property="fb:app_id" content="147710105262881"/>',
           f'<script type="application/ld+json">{ld(jl)}</script>',
           '<link rel="preconnect" href="https://cloudfront-us-east-1.images.arcpublishing.com"/>',
           f'<link rel="stylesheet" href="/pf/resources/styles/meridian/css/article.css{d}"/>',
           f'<style>{fonts}{css("bm" + aid, sels, 110)}</style>',
           '<script async="" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
           '<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];window.arcAdsPrerenderer=function(a)'
           '{var b=a.adUnit;b.getSlotElementId&&window.pbjs&&window.pbjs.que.push(function(){});return Promise.'
           'resolve(a)};</script>',
           '<script>window._sf_async_config={uid:61204,domain:"bostonmeridian.com",useCanonical:true,'
           f'sections:"{SECTION[aid]}",authors:"{"|".join(a["authors"])}"}};</script>',
           '<script async="" src="https://static.chartbeat.com/js/chartbeat_mab.js"></script>',
           f'<script defer="" src="/pf/dist/engine/react.js{d}"></script>',
           f'<script defer="" src="/pf/dist/components/combinations/default.js{d}"></script>']
    if dom:
        out.insert(0, '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
        out.append('<script type="text/javascript" src="https://cdn.cookielaw.org/scripttemplates/202312.1.0/otBannerSdk.js"'
                   ' async=""></script><style id="onetrust-style">#onetrust-banner-sdk{-ms-text-size-adjust:100%;'
                   '-webkit-text-size-adjust:100%}#onetrust-banner-sdk .onetrust-vendors-list-handler{cursor:pointer;'
                   'color:#1f96db;font-size:inherit;font-weight:bold;text-decoration:none;margin-left:5px}</style>')
    return "\n".join(out)


def nav(src):
    items = "".join(f'<li class="b-header-nav-chain__item"><a href="/{slugify(s)}/">{esc(s)}</a></li>'
                    for s in SECTIONS)
    fmn(src, ["Subscribe now: $1 for 6 months", "Today’s Paper"])
    return ('<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><button class="c-button '
            'b-header-nav-chain__sections" aria-label="Sections">Sections</button><a class="b-header-nav-chain__logo" '
            'href="/" title="The Boston Meridian"><img src="/pf/resources/images/meridian-logo.svg?d=412" '
            'alt="The Boston Meridian" width="280" height="36"/></a><div class="b-header-nav-chain__right">'
            '<a class="c-button c-button--primary" href="/subscribe/?p=hdr">Subscribe now: $1 for 6 months</a>'
            '<a class="c-button" href="/account/">Log in</a></div></div><nav class="b-header-nav-chain__nav" '
            f'aria-label="Top Links"><ul>{items}<li><a href="/todays-paper/">Today’s Paper</a></li></ul></nav></header>')


def footer(src):
    cols = [("Subscriptions", ["Subscribe", "Gift subscriptions", "Student subscriptions", "Manage account",
                               "Today’s Paper"]),
            ("The Meridian", ["About us", "Contact", "Work at the Meridian", "Ethics", "Corrections",
                              "News tips"]),
            ("Advertise", ["Media kit", "Legal notices", "Obituaries", "Brand studio"])]
    fc = "".join(f'<div class="b-footer__col"><h4>{esc(t)}</h4><ul>' + "".join(
        f'<li><a href="/{slugify(x)}/">{esc(x)}</a></li>' for x in xs) + "</ul></div>" for t, xs in cols)
    legal = "© 2027 Boston Meridian Media Partners, LLC"
    fmn(src, [legal, "Cookie Settings", "Your Privacy Choices"])
    return (f'<footer class="b-footer"><div class="b-footer__cols">{fc}</div><div class="b-footer__legal">'
            f'<p>{legal}</p><p><a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> '
            f'<a href="#" class="ot-sdk-show-settings">Cookie Settings</a> <a href="/privacy/choices/">Your Privacy '
            f'Choices</a></p></div></footer>')


def right_rail(src, with_coverage=True):
    mr = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in MOST_READ)
    fmn(src, ["Most Read"] + MOST_READ)
    cov = ""
    if with_coverage:
        cov = ('<div class="b-more-coverage"><h2>More storm coverage</h2><ul>' +
               "".join(f'<li><a href="{url(x)}">{esc(ART[x]["title"])}</a></li>' for x in MORE_COVERAGE) +
               "</ul></div>")
        fmn(src, ["More storm coverage"] + [ART[x]["title"] for x in MORE_COVERAGE])
    return (f'<aside class="b-right-rail">{ad_block("right-rail-1", False)}<div class="b-most-read"><h2>Most Read</h2>'
            f'<ol>{mr}</ol></div>{cov}</aside>')


def ad_block(slot, dom, seed=""):
    inner = ""
    if dom:
        fid = f"google_ads_iframe_/21739826/meridian/{slot}_{seed or 0}"
        inner = (f'<div id="{fid}__container__" style="border: 0pt none; margin: auto; text-align: center; width: '
                 f'300px; height: 250px;"><iframe id="{fid}" title="3rd party ad content" name="{fid}" width="300" '
                 f'height="250" scrolling="no" marginwidth="0" marginheight="0" frameborder="0" role="region" '
                 f'aria-label="Advertisement" tabindex="0" data-load-complete="true" data-google-container-id="'
                 f'{seed or 1}" style="border: 0px; vertical-align: bottom;"></iframe></div>')
    return (f'<div class="b-ad-block"><p class="c-ad-label">Advertisement</p><div id="arcad_{slot}-{seed}" '
            f'class="arcad ad-{slot}" data-slot="/21739826/meridian/{slot}">{inner}</div></div>')


def lead_art(aid):
    cap, credit = IMAGES[aid]
    return (f'<figure class="b-lead-art c-media-item"><img src="https://www.bostonmeridian.com/resizer/v2/'
            f'{h(aid + "lead", 26).upper()}.jpg?auth={h(aid, 40)}&amp;width=1440" alt="{attr(cap)}" width="1440" '
            f'height="960" loading="eager"/><figcaption class="c-media-item__caption"><span class="'
            f'c-media-item__fig-caption">{esc(cap)}</span> <span class="c-media-item__credit">({esc(credit)})</span>'
            f'</figcaption></figure>'), [cap, f"({credit})"]


def story_html(src, aid, dom, kitchen=False, first=True, amp=False):
    """Header + body of one Arc story (Fusion default output). Registers the copy."""
    a = ART[aid]
    pub = dt(aid)
    last = dt(aid, plus_min=650) if aid == "bm-outages" else None
    title_seen(aid, a["title"])
    bh, bt = by_html(aid)
    mn = [a["title"], bt]
    if a.get("dek"):
        mn.append(a["dek"])
    pub_s = f"Published {long_date(pub)}, {clock(pub)} ET"
    mn.append(pub_s)
    dates = f'<time class="b-date" datetime="{iso_z(pub, False)}">{pub_s}</time>'
    if last:
        upd_s = f"Updated {long_date(last)}, {clock(last)} ET"
        dates += f' <time class="b-date b-date--updated" datetime="{iso_z(last, False)}">{upd_s}</time>'
        mn.append(upd_s)
    art_img, img_mn = lead_art(aid)
    mn += img_mn
    extras = ""
    if kitchen:
        extras = ('<div class="b-article-tools"><div class="b-audio-player"><button class="c-button" aria-label="Play">'
                  '<svg viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></svg></button><span class="b-audio-player'
                  '__label">Listen to this article · 4 min</span></div><button class="c-button c-gift">Gift this '
                  'article</button><a class="b-comments-count" href="#comments">148 Comments</a></div>')
        mn += ["Listen to this article · 4 min", "Gift this article", "148 Comments"]
    share = ('<div class="b-share-bar"><button class="c-button" aria-label="Share on Facebook">Facebook</button>'
             '<button class="c-button" aria-label="Share on X">X</button><button class="c-button" '
             'aria-label="Share by email">Email</button></div>')
    kp = ""
    if kitchen:
        kp = ('<div class="b-key-points"><h2 class="b-key-points__title">Key points</h2><ul>' +
              "".join(f"<li>{esc(x)}</li>" for x in KEY_POINTS) + "</ul></div>")
        mn += ["Key points"] + KEY_POINTS
    hn = "h1" if first else "h2"
    header = (f'<header class="b-article-header"><div class="b-overline"><a href="/{slugify(SECTION[aid])}/">'
              f'{SECTION[aid]}</a></div><{hn} class="b-headline">{esc(a["title"])}</{hn}>' +
              (f'<h2 class="b-subheadline">{esc(a["dek"])}</h2>' if a.get("dek") else "") + kp +
              f'<div class="b-byline-date"><span class="b-byline">{bh}</span><div class="b-dates">{dates}</div></div>'
              f'{extras}{share}</header>{art_img}')
    body = []
    for el in ans(aid, kitchen)["content_elements"]:
        t = el["type"]
        if t == "text":
            body.append(f'<p class="c-paragraph">{el["content"]}</p>')
            n = sum(1 for b in body if b.startswith('<p class="c-paragraph">'))
            if n == 2 or (n == 5 and kitchen):
                body.append(ad_block("article-inline", dom, f"{h(aid, 4)}{n}"))
        elif t == "header":
            body.append(f'<h2 class="c-heading">{el["content"]}</h2>')
        elif t == "interstitial_link":
            body.append(f'<p class="c-interstitial-link"><strong>{el["additional_properties"]["label"]}</strong> '
                        f'<a href="{el["url"]}">{el["content"]}</a></p>')
            mn.append(f"Read more: {ART['bm-live' if 'Live' in el['content'] else 'bm-schools']['title']}")
        elif t == "quote":
            body.append(f'<blockquote class="b-pullquote"><p>“{el["content_elements"][0]["content"]}”</p><cite>'
                        f'{el["citation"]["content"]}</cite></blockquote>')
            mn += [f"“{a['pull'][1]}”", a["pull"][2]]
        elif t == "image":
            body.append(f'<figure class="c-media-item"><img src="{el["url"]}?width=1200" alt="" loading="lazy" '
                        f'width="1200" height="800"/><figcaption class="c-media-item__caption"><span class="'
                        f'c-media-item__fig-caption">{esc(el["caption"])}</span> <span class="c-media-item__credit">'
                        f'({esc(el["credits"]["by"][0]["byline"])})</span></figcaption></figure>')
            mn += [el["caption"], f"({el['credits']['by'][0]['byline']})"]
        elif t == "oembed_response":
            body.append(f'<div class="b-embed b-embed--twitter">{el["raw_oembed"]["html"]}</div>')
            mn += [TWEET[0], f"— {TWEET[1]} (@{TWEET[2]})"]
        elif t == "raw_html":
            body.append(f'<div class="b-raw-html">{el["content"]}</div>')
            mn += list(NEWSLETTER) + ["By signing up you agree to our Terms of Service and Privacy Policy."]
    tags = ('<div class="b-tags"><a class="c-tag" href="/topics/noreaster/">Nor’easter</a><a class="c-tag" '
            'href="/topics/power-outages/">Power outages</a></div>')
    mn += ["Power outages"]
    reg(aid, src, paras(aid), mn)
    return header, "".join(body), tags


def author_bios(aid):
    a = ART[aid]
    out, mn = [], []
    for n in a["authors"]:
        b = bio(n)
        out.append(f'<div class="b-author-bio"><img src="/pf/resources/images/authors/{slugify(n)}.jpg" alt="" '
                   f'width="64" height="64"/><div><p class="b-author-bio__name"><a href="/people/{slugify(n)}/">{esc(n)}'
                   f'</a></p><p class="b-author-bio__text">{esc(b)}</p><a class="b-author-bio__follow" '
                   f'href="/people/{slugify(n)}/">Follow {esc(n)}</a></div></div>')
        mn += [b, f"Follow {n}"]
    return "".join(out), mn


def fusion_page(src, aids, dom=False, kitchen=False):
    first = aids[0]
    blocks = []
    for i, aid in enumerate(aids):
        if i:
            blocks.append('<div class="b-infinite-scroll__divider" role="separator"><span>Next story</span></div>')
        header, body, tags = story_html(src, aid, dom, kitchen=kitchen and i == 0, first=i == 0)
        bios, bmn = author_bios(aid) if kitchen and i == 0 else ("", [])
        addmn(aid, bmn)
        if kitchen and i == 0:
            comments = ('<section id="comments" class="b-comments"><h2>Comments</h2><p>Comments are open to subscribers.'
                        ' Read our <a href="/commenting-policy/">commenting policy</a>.</p><button class="c-button">'
                        'Show 148 comments</button></section>')
            addmn(aid, ["Comments are open to subscribers.", "Show 148 comments"])
        else:
            comments = ""
        blocks.append(f'<article class="b-article" data-story-id="{h(aid, 26).upper()}" data-url="{url(aid)}">'
                      f'{header}<div class="b-article-body article-body-wrapper">{body}</div>{tags}{bios}{comments}'
                      f'</article>')
    if len(aids) > 1:
        fmn(src, ["Next story"])
    consent = ""
    if dom:
        txt = ("We and our partners use cookies and similar technologies to improve your experience, measure "
               "audiences and show you relevant advertising. You can accept all, reject optional cookies, or manage "
               "your choices at any time under “Cookie Settings” at the bottom of every page.")
        fmn(src, [txt, "Your privacy choices", "Accept All Cookies", "Reject Optional"])
        consent = ('<div id="onetrust-consent-sdk" data-nosnippet="true"><div class="onetrust-pc-dark-filter '
                   'ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-iab-2" tabindex="0" '
                   'role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Your privacy choices">'
                   '<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" '
                   'class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">'
                   f'Your privacy choices</h2><div id="onetrust-policy-text">{esc(txt)}</div></div></div><div '
                   'id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-'
                   'group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-'
                   'all-handler">Reject Optional</button><button id="onetrust-accept-btn-handler">Accept All Cookies'
                   '</button></div></div></div></div></div></div></div>')
    elif kitchen:
        txt = ("The Boston Meridian uses cookies to run this site, to measure how it is used and to show ads. By "
               "continuing, you agree to our use of cookies as described in our Privacy Policy.")
        fmn(src, [txt, "Got it"])
        consent = (f'<div class="b-consent-bar" role="dialog" aria-live="polite" data-consent="v3"><p>{esc(txt)}</p>'
                   '<button class="c-button" data-consent-accept="true">Got it</button></div>')
    main = (f'<div class="b-single-chain"><div class="b-main">{"".join(blocks)}</div>'
            f'{right_rail(src, with_coverage=kitchen)}</div>')
    body = (f'<div id="fusion-app" class="b-application">{nav(src)}<main id="main" class="b-main-content">{main}'
            f'</main>{footer(src)}</div>')
    scripts = (fusion_script(first, kitchen) +
               f'<script defer="" src="/pf/dist/components/output-types/default.js?d={DEPLOY}&amp;mxId=00000000">'
               '</script><script src="https://www.bostonmeridian.com/pf/resources/js/piano.js?d=412" async=""></script>')
    hd = head(first, dom)
    if dom:
        saved = url(first)
        out = (f'<!DOCTYPE html>\n<!-- saved from url=({len(saved):04d}){saved} -->\n<html lang="en" class="js">'
               f'<head>{hd}\n{scripts}</head><body class="article">{body}{consent}'
               '<div id="ot-sdk-btn-floating" style="display:none"></div></body></html>')
        return re.sub(r'"\s*/>', '">', out)   # the DOM serialiser writes void elements without "/>"
    return (f'<!DOCTYPE html><html lang="en"><head>{hd}\n{scripts}</head><body class="article">{consent}{body}'
            '</body></html>')


# ---------------------------------------------------------------- AMP through the Google AMP cache
AMP_V = "012312142227000"


def amp_cache_page(src, aid):
    a = ART[aid]
    pub = dt(aid)
    last = dt(aid, plus_min=650)
    title_seen(aid, a["title"])
    cdn = "https://www-bostonmeridian-com.cdn.ampproject.org"
    cap, credit = IMAGES[aid]
    bt = "By " + by_names(a["authors"])
    mn = [a["title"], a["dek"], bt, cap, f"({credit})", f"Published {long_date(pub)}, {clock(pub)} ET",
          f"Updated {long_date(last)}, {clock(last)} ET", "Read the full story on bostonmeridian.com",
          TWEET[0], f"— {TWEET[1]} (@{TWEET[2]})", "Sections"]
    body = []
    n = 0
    for p in a["paras"]:
        if isinstance(p, tuple):
            body.append(f'<h2 class="c-heading">{esc(p[1])}</h2>')
            continue
        n += 1
        body.append(f'<p class="c-paragraph">{esc(p)}</p>')
        if n in (2, 5):
            body.append(f'<div class="amp-ad-container"><p class="c-ad-label">Advertisement</p><amp-ad width="300" '
                        f'height="250" type="doubleclick" data-slot="/21739826/meridian/amp/article-inline" '
                        f'data-multi-size="300x250,320x50" data-multi-size-validation="false" rtc-config=\'{{"vendors":'
                        f'{{"aps":{{"PUB_ID":"3122","PARAMS":{{"amp":"1"}}}}}},"timeoutMillis":750}}\' json=\'{{"targeting":'
                        f'{{"section":"weather","pos":"inline{n}"}}}}\' class="i-amphtml-layout-fixed i-amphtml-layout-size-'
                        f'defined" style="width:300px;height:250px" i-amphtml-layout="fixed"></amp-ad></div>')
        if n == 5:
            body.append(f'<amp-twitter width="375" height="472" layout="responsive" data-tweetid="{TWEET[3]}" class='
                        f'"i-amphtml-layout-responsive i-amphtml-layout-size-defined" i-amphtml-layout="responsive">'
                        f'<i-amphtml-sizer style="display:block;padding-top:125.8667%"></i-amphtml-sizer><blockquote '
                        f'placeholder="" class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{esc(TWEET[0])}</p>'
                        f'&mdash; {TWEET[1]} (@{TWEET[2]}) <a href="https://twitter.com/{TWEET[2]}/status/{TWEET[3]}">'
                        f'January 15, 2027</a></blockquote></amp-twitter>')
    reg(aid, src, paras(aid), mn)
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["dek"],
          "datePublished": iso_z(pub, False), "dateModified": iso_z(last, False), "mainEntityOfPage": url(aid),
          "author": [{"@type": "Person", "name": n} for n in a["authors"]],
          "publisher": {"@type": "Organization", "name": BM, "logo": {"@type": "ImageObject", "url":
                        f"{BASE}/pf/resources/images/meridian-logo-amp.png?d={DEPLOY}", "width": 600, "height": 60}},
          "image": {"@type": "ImageObject", "url": f"https://cloudfront-us-east-1.images.arcpublishing.com/meridian/"
                    f"{h(aid + 'lead', 26).upper()}.jpg", "width": 1440, "height": 960}}
    analytics = json.dumps({"vars": {"account": "UA-2027015-1"}, "triggers": {"trackPageview": {
        "on": "visible", "request": "pageview"}}, "extraUrlParams": {"cd1": "article", "cd2": SECTION[aid],
                                                                     "cd3": "|".join(a["authors"])}}, indent=None)
    cb = json.dumps({"vars": {"uid": "61204", "domain": "bostonmeridian.com", "sections": SECTION[aid],
                              "authors": "|".join(a["authors"])}})
    sels = [".c-paragraph", ".b-headline", ".b-subheadline", ".b-byline", ".b-date", ".c-ad-label", ".amp-header",
            ".amp-sidebar-nav", ".amp-footer", ".c-media-item__caption", ".c-heading", ".amp-share", ".amp-canonical-link"]
    amp_boiler = ("html{overflow-x:hidden!important}html.i-amphtml-fie{height:100%!important;width:100%!important}"
                  "html:not([amp4ads]),html:not([amp4ads]) body{height:auto!important}html:not([amp4ads]) body{margin:0"
                  "!important}body{-webkit-text-size-adjust:100%;-moz-text-size-adjust:100%;-ms-text-size-adjust:100%;"
                  "text-size-adjust:100%}html.i-amphtml-singledoc.i-amphtml-embedded{-ms-touch-action:pan-y pinch-zoom;"
                  "touch-action:pan-y pinch-zoom}html.i-amphtml-fie>body,html.i-amphtml-singledoc>body{overflow:visible"
                  "!important}.i-amphtml-layout-fixed,[layout=fixed][width][height]:not(.i-amphtml-layout-fixed){display"
                  ":inline-block;position:relative}.i-amphtml-layout-responsive,[layout=responsive][width][height]:not(.i"
                  "-amphtml-layout-responsive){display:block;position:relative}.i-amphtml-sizer{display:block!important}"
                  "amp-img:not(.i-amphtml-element)[i-amphtml-ssr]>img.i-amphtml-fill-content{display:block}")
    nav_items = "".join(f'<li><a href="{BASE}/{slugify(s)}/">{esc(s)}</a></li>' for s in SECTIONS)
    fmn(src, ["Subscribe to The Boston Meridian", "© 2027 Boston Meridian Media Partners, LLC", "Sections"])
    out = f"""<!doctype html><html ⚡ lang="en" transformed="google;v=1" i-amphtml-layout="" i-amphtml-no-boilerplate="" i-amphtml-binary-version="{AMP_V}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><link rel="preconnect" href="https://cdn.ampproject.org"><style amp-runtime="" i-amphtml-version="{AMP_V}">{amp_boiler}</style><link rel="preload" as="script" crossorigin="anonymous" href="https://cdn.ampproject.org/rtv/{AMP_V}/v0.mjs"><script async="" nomodule src="https://cdn.ampproject.org/rtv/{AMP_V}/v0.js" crossorigin="anonymous"></script><script async crossorigin="anonymous" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0.mjs" type="module"></script><script async custom-element="amp-ad" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0/amp-ad-0.1.mjs" type="module" crossorigin="anonymous"></script><script async custom-element="amp-analytics" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0/amp-analytics-0.1.mjs" type="module" crossorigin="anonymous"></script><script async custom-element="amp-social-share" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0/amp-social-share-0.1.mjs" type="module" crossorigin="anonymous"></script><script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0/amp-sidebar-0.1.mjs" type="module" crossorigin="anonymous"></script><script async custom-element="amp-twitter" src="https://cdn.ampproject.org/rtv/{AMP_V}/v0/amp-twitter-0.1.mjs" type="module" crossorigin="anonymous"></script><style amp-custom>{css("bmamp", sels, 50)}</style><link rel="icon" href="{cdn}/i/s/www.bostonmeridian.com/pf/resources/images/favicon.ico?d={DEPLOY}"><title>{esc(a["title"])}</title><link rel="canonical" href="{url(aid)}"><meta name="description" content="{attr(a["dek"])}"><meta property="og:title" content="{attr(a["title"])}"><meta property="og:url" content="{url(aid)}"><meta property="article:published_time" content="{iso_z(pub)}"><script type="application/ld+json">{ld(jl)}</script></head><body><amp-analytics type="googleanalytics" id="ga-amp" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{analytics}</script></amp-analytics><amp-analytics type="chartbeat" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{cb}</script></amp-analytics><amp-sidebar id="sidebar" layout="nodisplay" side="left" class="i-amphtml-layout-nodisplay" hidden="hidden" i-amphtml-layout="nodisplay"><nav class="amp-sidebar-nav"><ul>{nav_items}</ul></nav></amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle" class="amp-menu" aria-label="Sections">Sections</button><a href="{BASE}/"><amp-img src="{cdn}/i/s/www.bostonmeridian.com/pf/resources/images/meridian-logo.svg?d={DEPLOY}" width="220" height="28" alt="The Boston Meridian" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:220px;height:28px" i-amphtml-layout="fixed"></amp-img></a><a class="amp-subscribe" href="{BASE}/subscribe/?p=amp">Subscribe to The Boston Meridian</a></header><main><article class="amp-article"><div class="b-overline">{SECTION[aid]}</div><h1 class="b-headline">{esc(a["title"])}</h1><h2 class="b-subheadline">{esc(a["dek"])}</h2><div class="b-byline">{esc(bt)}</div><div class="b-date">Published {long_date(pub)}, {clock(pub)} ET</div><div class="b-date">Updated {long_date(last)}, {clock(last)} ET</div><div class="amp-share"><amp-social-share type="facebook" data-param-app_id="147710105262881" width="40" height="40" aria-label="Share on Facebook" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:40px;height:40px" i-amphtml-layout="fixed"></amp-social-share><amp-social-share type="twitter" width="40" height="40" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:40px;height:40px" i-amphtml-layout="fixed"></amp-social-share><amp-social-share type="email" width="40" height="40" aria-label="Share by email" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:40px;height:40px" i-amphtml-layout="fixed"></amp-social-share></div><figure class="c-media-item"><amp-img src="{cdn}/i/s/cloudfront-us-east-1.images.arcpublishing.com/meridian/{h(aid + 'lead', 26).upper()}.jpg" width="1440" height="960" layout="responsive" alt="{attr(cap)}" class="i-amphtml-layout-responsive i-amphtml-layout-size-defined" i-amphtml-layout="responsive"><i-amphtml-sizer style="display:block;padding-top:66.6667%"></i-amphtml-sizer></amp-img><figcaption class="c-media-item__caption">{esc(cap)} ({esc(credit)})</figcaption></figure><div class="b-article-body">{"".join(body)}</div><p class="amp-canonical-link"><a href="{url(aid)}">Read the full story on bostonmeridian.com</a></p></article></main><footer class="amp-footer"><p>© 2027 Boston Meridian Media Partners, LLC</p><p><a href="{BASE}/privacy/">Privacy Policy</a> · <a href="{BASE}/terms/">Terms of Service</a></p></footer></body></html>"""
    return out


# ---------------------------------------------------------------- live blog
def live_page(src, aid="bm-live"):
    a = ART[aid]
    start = dt(aid)
    last_post = POSTS[1]
    last = dt(aid, time=last_post[0])
    title_seen(aid, a["title"])
    body_paras, mn = [], [a["title"], "By " + by_names(a["authors"]), "LIVE", "Show more posts",
                          f"Updated {clock(last)} ET, {long_date(last)}", "Share this update", "Pinned"]
    cap, credit = IMAGES[aid]
    mn += [cap, f"({credit})"]
    posts_html, updates = [], []
    for t, who, head_, ps, pinned in POSTS:
        x = dt(aid, time=t)
        pid = h(aid + t, 10)
        body_paras.append(head_)
        body_paras += ps
        mn += [f"By {who}", clock(x)]
        posts_html.append(
            f'<article class="b-live-update{" b-live-update--pinned" if pinned else ""}" id="update-{pid}" '
            f'data-update-id="{pid}"><div class="b-live-update__meta">' +
            ('<span class="b-live-update__pinned"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 1h8l-1 5 '
             '3 3H9v6l-1 1-1-1V9H2l3-3z"></path></svg>Pinned</span>' if pinned else "") +
            f'<time class="b-live-update__time" datetime="{iso_z(x, False)}">{clock(x)}</time></div>'
            f'<h2 class="b-live-update__headline">{esc(head_)}</h2><div class="b-live-update__body">' +
            "".join(f'<p class="c-paragraph">{esc(p)}</p>' for p in ps) +
            f'</div><div class="b-live-update__byline">By {esc(who)}</div><div class="b-live-update__share">'
            f'<button class="c-button" data-share="update-{pid}">Share this update</button></div></article>')
        if pinned:
            posts_html.append(ad_block("live-inline", False, "p0"))
        updates.append({"@type": "BlogPosting", "headline": head_, "url": f"{url(aid)}#update-{pid}",
                        "datePublished": iso_z(x, False), "dateModified": iso_z(x, False),
                        "author": {"@type": "Person", "name": who}, "articleBody": " ".join(ps)})
    reg(aid, src, body_paras, mn)
    jl = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url(aid), "headline": a["title"],
          "description": "Follow the Meridian’s live coverage of the nor’easter across Massachusetts and New England.",
          "url": url(aid), "datePublished": iso_z(start, False), "dateModified": iso_z(last, False),
          "coverageStartTime": iso_z(start, False), "coverageEndTime": iso_z(dt(aid, "12:00", "2027-01-16"), False),
          "author": [{"@type": "Person", "name": n, "url": f"{BASE}/people/{slugify(n)}/"} for n in a["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": BM},
          "about": {"@type": "Event", "name": "Nor’easter", "startDate": "2027-01-14", "eventAttendanceMode":
                    "https://schema.org/OfflineEventAttendanceMode", "location": {"@type": "Place",
                                                                                  "name": "New England"}},
          "liveBlogUpdate": updates}
    fmn(src, ["Follow the Meridian’s live coverage of the nor’easter across Massachusetts and New England."])
    cache = {"live-updates-v2": {"{\"story_id\":\"" + h(aid, 26).upper() + "\",\"size\":8}": {
        "data": {"count": 8, "next": f"/pf/api/v3/content/fetch/live-updates-v2?query=%7B%22offset%22%3A8%7D",
                 "updates": [{"id": u["url"].split("#")[-1], "display_date": u["datePublished"],
                              "headline": u["headline"], "author": u["author"]["name"]} for u in updates]},
        "expires": 1768532100000, "lastModified": 1768531734000}}}
    header = (f'<header class="b-article-header b-live-header"><div class="b-overline"><span class="b-live-badge">'
              f'LIVE</span> <a href="/weather/">Weather</a></div><h1 class="b-headline">{esc(a["title"])}</h1>'
              f'<p class="b-subheadline">Follow the Meridian’s live coverage of the nor’easter across Massachusetts and '
              f'New England.</p><div class="b-byline-date"><span class="b-byline">By '
              + by_names([f'<a href="/people/{slugify(n)}/">{esc(n)}</a>' for n in a["authors"]]) +
              f'</span><time class="b-date" datetime="{iso_z(last, False)}">Updated {clock(last)} ET, '
              f'{long_date(last)}</time></div></header>')
    fig = (f'<figure class="b-lead-art c-media-item"><img src="https://www.bostonmeridian.com/resizer/v2/'
           f'{h(aid + "lead", 26).upper()}.jpg?width=1440" alt="{attr(cap)}" width="1440" height="960"/><figcaption '
           f'class="c-media-item__caption"><span class="c-media-item__fig-caption">{esc(cap)}</span> <span '
           f'class="c-media-item__credit">({esc(credit)})</span></figcaption></figure>')
    more = ('<div class="b-live-blog__more-wrap"><button class="c-button b-live-blog__more" data-offset="8">Show more '
            'posts</button></div>')
    main = (f'<div class="b-single-chain"><div class="b-main"><article class="b-article b-live-blog" data-url="'
            f'{url(aid)}">{header}{fig}<div class="b-live-blog__updates">{"".join(posts_html)}</div>{more}</article>'
            f'</div>{right_rail(src, with_coverage=False)}</div>')
    body = (f'<div id="fusion-app" class="b-application">{nav(src)}<main id="main" class="b-main-content">{main}</main>'
            f'{footer(src)}</div>')
    extra = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Weather", "item": f"{BASE}/weather/"}]}
    hd = head(aid, False, extra_ld=jl, title=f"{a['title']} – The Boston Meridian")
    hd += f'\n<script type="application/ld+json">{ld(extra)}</script>'
    scripts = fusion_script(aid, False, cache)
    return (f'<!DOCTYPE html><html lang="en"><head>{hd}\n{scripts}</head><body class="article live-blog">{body}'
            '<script>window.addEventListener("DOMContentLoaded",function(){var b=document.querySelector('
            '".b-live-blog__more");b&&b.addEventListener("click",function(){Fusion.loadMore&&Fusion.loadMore(b)})});'
            '</script></body></html>')
