# -*- coding: utf-8 -*-
"""Casco Courant: a Next.js (pages router) news site. Two kinds of saved file:

* "Webpage, HTML only": the server's bytes. React SSR output on one line; the article body is server-rendered only
  up to the second paragraph (the rest is a skeleton that the client fills from __NEXT_DATA__), so the full text
  is only in <script id="__NEXT_DATA__" type="application/json"> props.pageProps.article.blocks.
* "Webpage, Complete": Chrome's serialisation of the live DOM (saved-from comment, Content-Type meta inserted,
  lower-cased attributes, resources rewritten to ./<title>_files/, ad iframes, the rendered tweet as an iframe,
  the consent manager injected) - after hydration the whole article is in the DOM; after scrolling, the next
  articles are appended below the first (infinite scroll) and document.title follows the article in view.
"""
import json

from articles import ART, CC, SNS
from common import (FILE_MN, addmn, attr, by_names, clock, css, dt, esc, fmn, font_face, h, iso_z, long_date,
                    next_json, paras, reg, rnd, slugify, title_seen, ld, ap_date)

BASE = "https://www.cascocourant.com"
BUILD_ID = "q7Xv2LmB0cTn9RkW4sYpE"
ALPH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"


def cm(comp, name):
    """CSS-modules class name as Next.js generates it: Component_local__hash."""
    d = h(comp + "." + name, 10)
    return f"{comp}_{name}__{''.join(ALPH[int(d[i:i + 2], 16) % 64] for i in range(0, 10, 2))}"


def url(aid):
    return f"{BASE}/{ART[aid]['slug']}"


SECTIONS = [("News", ["Portland", "Maine", "Politics", "Education", "Environment", "Weather", "Crime & Courts"]),
            ("Business", ["Real Estate", "Working Waterfront", "Tourism", "Tech"]),
            ("Sports", ["Sea Dogs", "High Schools", "Outdoors", "College"]),
            ("Food & Drink", ["Restaurants", "Recipes", "Breweries"]),
            ("Arts", ["Music", "Theater", "Books", "Things to Do"]),
            ("Opinion", ["Editorials", "Columns", "Letters to the Editor", "Submit a Letter"]),
            ("Obituaries", ["Place an Obituary"])]

MOST_READ_JAN14 = ["Storm surge swamps Portland’s waterfront as nor’easter peaks at high tide",
                   "Lobstermen haul traps early as storm bears down",
                   "What to do if your power is out for days: a checklist",
                   "South Portland council delays vote on Mill Creek housing plan",
                   "Deering boys hockey rallies past Thornton Academy in overtime"]
MOST_READ = ["Storm surge swamps Portland’s waterfront as nor’easter peaks at high tide",
             "Empty ferry breaks from its mooring and runs aground off Peaks Island",
             "Harborline suspends island ferries through Saturday",
             "What to do if your power is out for days: a checklist",
             "South Portland council delays vote on Mill Creek housing plan"]

IMAGES = {
    "cc-surge": ("Water covers Commercial Street near Custom House Wharf as the evening high tide peaks on Thursday.",
                 "Gregory Rand/Casco Courant"),
    "cc-ferries": ("The damaged ramp at the Harborline terminal on Commercial Street on Friday morning.",
                   "Gregory Rand/Casco Courant"),
    "cc-grounding": ("The Islander IV sits on the ledges off the western shore of Peaks Island on Friday.",
                     "Photo courtesy of Walt Pinkham"),
    "sns-maine-outages": ("A Pine State Power crew works on lines along Route 77 in Cape Elizabeth on Friday.",
                          "Seaboard News Service"),
    "cc-refloat": ("Divers prepare to inspect the hull of the grounded ferry Islander IV on Saturday.",
                   "Nadia Fairweather/Casco Courant"),
    "cc-warming": ("Cots are set up at the Expo building on Park Avenue on Friday evening.",
                   "Gregory Rand/Casco Courant"),
    "cc-lobster": ("Traps stacked on a wharf on Bailey Island on Wednesday afternoon.",
                   "Gregory Rand/Casco Courant"),
}
TWEET = {"cc-surge": ("Commercial St is CLOSED from Franklin St to the Casco Bay Bridge. Do not drive through "
                      "flood water. If you are in a first floor unit on the waterfront, move up or go to the Expo.",
                      "Portland Fire Dept", "PortlandMEFire", "1879912035418765312")}
KICKER = {"cc-surge": "Weather", "cc-ferries": "Islands", "cc-grounding": "Islands", "sns-maine-outages": "Maine",
          "cc-refloat": "Islands", "cc-warming": "Portland", "cc-lobster": "Working Waterfront"}
RELATED = {"cc-surge": "cc-lobster", "cc-ferries": "cc-surge", "cc-warming": "sns-maine-outages",
           "cc-refloat": "cc-ferries"}
AUTHOR_TITLE = {"Hallie Brandt": "Staff Writer", "Theo Marchetti": "Staff Writer",
                "Nadia Fairweather": "Staff Writer", "Marguerite Lavoie": "Seaboard News Service"}


def blocks(aid, variant=None):
    """props.pageProps.article.blocks: the rich-text block list of the CMS."""
    a = ART[aid]
    out, n = [], 0
    items = list(a["paras"]) + ([a["update"]] if variant == "updated" else [])
    if variant and variant.startswith("trim"):
        items = items[:int(variant[4:])]
    for i, p in enumerate(items):
        if isinstance(p, tuple):
            out.append({"type": "heading", "id": f"blk-{h(aid + str(i), 6)}", "level": 2, "text": p[1]})
        else:
            htmlp = esc(p)
            if aid == "cc-surge" and p.startswith("Pine State Power reported"):
                htmlp = htmlp.replace("Pine State Power", '<a href="https://outages.pinestatepower.example/map" '
                                      'target="_blank" rel="noopener">Pine State Power</a>', 1)
            out.append({"type": "paragraph", "id": f"blk-{h(aid + str(i), 6)}", "html": htmlp})
            n += 1
            if n == 2:
                out.append({"type": "ad-slot", "id": f"blk-ad-{h(aid + 'a1', 6)}", "slot": "/2291847/casco/news/inline1",
                            "sizes": [[300, 250], [320, 50]], "label": "Advertisement"})
            if n == 3 and aid in RELATED:
                r = RELATED[aid]
                out.append({"type": "related-link", "id": f"blk-rl-{h(aid, 6)}", "label": "Read more:",
                            "headline": ART[r]["title"], "href": "/" + ART[r]["slug"]})
            if aid in TWEET and n == 3:
                t = TWEET[aid]
                out.append({"type": "embed", "id": f"blk-em-{h(aid, 6)}", "provider": "twitter",
                            "url": f"https://twitter.com/{t[2]}/status/{t[3]}",
                            "html": f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(t[0])}</p>&mdash; '
                                    f'{esc(t[1])} (@{t[2]}) <a href="https://twitter.com/{t[2]}/status/{t[3]}?ref_src='
                                    f'twsrc%5Etfw">January 14, 2027</a></blockquote>'})
            if n == 5:
                out.append({"type": "ad-slot", "id": f"blk-ad-{h(aid + 'a2', 6)}", "slot": "/2291847/casco/news/inline2",
                            "sizes": [[300, 250], [728, 90]], "label": "Advertisement"})
        if "pull" in a and i == a["pull"][0]:
            out.append({"type": "pullquote", "id": f"blk-pq-{h(aid, 6)}", "text": a["pull"][1],
                        "attribution": a["pull"][2]})
    return out


def article_json(aid, variant=None):
    a = ART[aid]
    pub = dt(aid)
    upd = dt(aid, plus_min=88) if variant == "updated" else pub
    cap, credit = IMAGES[aid]
    return {
        "id": f"ccr-{h(aid, 12)}", "slug": a["slug"].split("/")[-1], "section": {"name": KICKER[aid],
                                                                              "path": "/news/" + slugify(KICKER[aid])},
        "headline": a["title"], "dek": a.get("dek", ""),
        "authors": [{"name": n, "slug": slugify(n), "title": AUTHOR_TITLE.get(n, "")} for n in a["authors"]
                    if n != "Casco Courant staff"],
        "credit": a.get("staff_credit") or (f"{a['authors'][0]}, {SNS}" if a["outlet"] == SNS else None),
        "publishedAt": iso_z(pub), "updatedAt": iso_z(upd), "isPremium": False, "readingTime": 4,
        "leadImage": {"src": f"https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg", "width": 2048,
                      "height": 1365, "alt": cap, "caption": cap, "credit": credit},
        "blocks": blocks(aid, variant),
        "tags": [{"name": "Nor’easter 2027", "slug": "noreaster-2027"}, {"name": KICKER[aid], "slug": slugify(KICKER[aid])}],
        "canonicalUrl": url(aid),
        "seo": {"title": f"{a['title']} | Casco Courant", "description": a.get("dek", "")},
    }


def head(aid, title_aid, variant, dom):
    """<head> of the page whose canonical article is aid; <title> follows title_aid (infinite scroll)."""
    a = ART[aid]
    pub = dt(aid)
    upd = dt(aid, plus_min=88) if variant == "updated" else pub
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "description": a.get("dek", ""), "datePublished": iso_z(pub), "dateModified": iso_z(upd),
          "mainEntityOfPage": {"@type": "WebPage", "@id": url(aid)},
          "image": [f"https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg?w=1200"],
          "author": [{"@type": "Person", "name": n, "url": f"{BASE}/author/{slugify(n)}"} for n in a["authors"]
                     if n != "Casco Courant staff"] or [{"@type": "Organization", "name": "Casco Courant"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Casco Courant",
                        "logo": {"@type": "ImageObject", "url": f"{BASE}/static/logo-600x60.png"}},
          "isAccessibleForFree": True}
    sl = "/" if not dom else ""
    meta = [
        f'<meta charSet="utf-8"{sl}>' if not dom else '<meta charset="utf-8">',
        f'<meta name="viewport" content="width=device-width, initial-scale=1"{sl}>',
        f"<title>{esc(ART[title_aid]['title'])} | Casco Courant</title>",
        f'<meta name="description" content="{attr(a.get("dek", ""))}"{sl}>',
        f'<link rel="canonical" href="{url(aid)}"{sl}>',
        f'<meta property="og:site_name" content="Casco Courant"{sl}>',
        f'<meta property="og:type" content="article"{sl}>',
        f'<meta property="og:title" content="{attr(a["title"])}"{sl}>',
        f'<meta property="og:description" content="{attr(a.get("dek", ""))}"{sl}>',
        f'<meta property="og:url" content="{url(aid)}"{sl}>',
        f'<meta property="og:image" content="https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg?w=1200"{sl}>',
        f'<meta name="twitter:card" content="summary_large_image"{sl}>',
        f'<meta name="twitter:site" content="@CascoCourant"{sl}>',
        f'<meta property="article:published_time" content="{iso_z(pub)}"{sl}>',
        f'<meta property="article:modified_time" content="{iso_z(upd)}"{sl}>',
        f'<meta property="article:section" content="{KICKER[aid]}"{sl}>',
        f'<meta name="parsely-post-id" content="ccr-{h(aid, 12)}"{sl}>',
        f'<script type="application/ld+json">{ld(jl)}</script>',
        f'<meta name="next-head-count" content="19"{sl}>',
    ]
    fonts = font_face("Courant Serif", "/_next/static/media", (400, 600, 700)) + font_face(
        "Inter", "/_next/static/media", (400, 500, 700))
    classes = [f".{cm(c, n)}" for c, n in [("Layout", "root"), ("Header", "header"), ("Header", "logo"),
                                            ("Nav", "nav"), ("Nav", "item"), ("AlertBar", "bar"),
                                            ("ArticleHeader", "headline"), ("ArticleHeader", "dek"),
                                            ("ArticleHeader", "kicker"), ("Byline", "byline"), ("Byline", "time"),
                                            ("ShareBar", "bar"), ("ShareBar", "gift"), ("ArticleBody", "body"),
                                            ("ArticleBody", "paragraph"), ("ArticleBody", "heading"),
                                            ("Pullquote", "pullquote"), ("AdSlot", "wrapper"), ("AdSlot", "label"),
                                            ("Rail", "rail"), ("MostRead", "list"), ("Footer", "footer"),
                                            ("Skeleton", "line"), ("InfiniteScroll", "divider"),
                                            ("Newsletter", "box"), ("ArticleImage", "caption")]]
    chunks = ["polyfills-c67a75d1b6f99dc8", "webpack-9f3e1c0b8a7d6e25", "framework-ca706bf673a13738",
              "main-2f8f8b3c5d4e1a90", "pages/_app-5e6a1c3b7d9f0e42", "7421-1b9e3c5a7d2f4e6b",
              "pages/news/%5Bslug%5D-3e1d0a9c8b7f6e5d"]
    res = (lambda p: f"./{ART[title_aid]['title'].replace('’', '’')} _ Casco Courant_files/{p.split('/')[-1]}") if dom \
        else (lambda p: p)
    links = [f'<link rel="preload" href="{res("/_next/static/media/courant-serif-400.woff2")}" as="font" '
             f'type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"{sl}>',
             f'<link rel="preload" href="{res("/_next/static/css/8a1f0c2d9e4b7a63.css")}" as="style"{sl}>',
             f'<link rel="stylesheet" href="{res("/_next/static/css/8a1f0c2d9e4b7a63.css")}" data-n-g=""{sl}>',
             f'<style data-href="https://fonts.googleapis.com/css2?family=Inter:wght@400;500;700&amp;display=swap">'
             f'{fonts}</style>',
             f'<style>{css("cc" + aid, classes, 90)}</style>',
             '<noscript data-n-css=""></noscript>',
             f'<script defer="" nomodule="" src="{res("/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js")}"></script>']
    links += [f'<script src="{res(f"/_next/static/chunks/{c}.js")}" defer=""></script>' for c in chunks[1:]]
    links += [f'<script src="{res(f"/_next/static/{BUILD_ID}/_buildManifest.js")}" defer=""></script>',
              f'<script src="{res(f"/_next/static/{BUILD_ID}/_ssgManifest.js")}" defer=""></script>']
    gtm = ('<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});'
           'var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!="dataLayer"?"&l="+l:"";j.async=true;'
           'j.src="https://www.googletagmanager.com/gtm.js?id="+i+dl;f.parentNode.insertBefore(j,f);})'
           '(window,document,"script","dataLayer","GTM-K7CC2027");</script>')
    dl = ('<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push(' + json.dumps(
        {"pageType": "article", "section": KICKER[aid], "contentId": f"ccr-{h(aid, 12)}",
         "authors": "|".join(a["authors"]), "publishDate": iso_z(pub)[:10], "paywall": "free",
         "wordCount": sum(len(p.split()) for p in paras(aid))}, separators=(",", ":")) + ');</script>')
    injected = ""
    if dom:
        injected = ('<script async="" src="./' + ART[title_aid]["title"] + ' _ Casco Courant_files/gpt.js"></script>'
                    '<script src="./' + ART[title_aid]["title"] + ' _ Casco Courant_files/pubads_impl_2027011001.js" '
                    'async=""></script><style id="_goober"> .go3958317564{display:flex;}.go2072408551{display:flex;'
                    'align-items:center;background:#fff;color:#363636;line-height:1.3;will-change:transform;'
                    'box-shadow:0 3px 10px rgba(0, 0, 0, 0.1), 0 3px 3px rgba(0, 0, 0, 0.05);max-width:350px;'
                    'pointer-events:auto;padding:8px 10px;border-radius:8px;}</style>')
    pre = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' if dom else ""
    return pre + "".join(meta) + "".join(links) + dl + gtm + injected


def header(src, dom):
    nav = "".join(
        f'<li class="{cm("Nav", "item")}"><a href="/{slugify(s)}">{esc(s)}</a><ul class="{cm("Nav", "sub")}">'
        + "".join(f'<li><a href="/{slugify(s)}/{slugify(x)}">{esc(x)}</a></li>' for x in subs) + "</ul></li>"
        for s, subs in SECTIONS)
    fmn(src, ["Subscribe for $1", "Storm watch: live radar, outage map and closings", "Skip to content"])
    logo = ('<svg viewBox="0 0 240 32" role="img" aria-labelledby="cc-logo-title" class="' + cm("Header", "svg") +
            '"><title id="cc-logo-title">Casco Courant</title><path d="M12.4 4.2c-4.9 0-8.6 3.9-8.6 9.4s3.7 9.4 8.6 9.4'
            'c2.7 0 4.8-1 6.3-2.9l-1.6-1.4c-1.1 1.4-2.6 2.1-4.5 2.1-3.6 0-6.1-2.9-6.1-7.2s2.5-7.2 6.1-7.2c1.9 0 3.3.7 '
            '4.4 2l1.6-1.4c-1.5-1.8-3.5-2.8-6.2-2.8z"></path></svg>')
    return (f'<a class="{cm("SkipLink", "skip")}" href="#main">Skip to content</a>'
            f'<header class="{cm("Header", "header")}"><div class="{cm("Header", "top")}">'
            f'<button class="{cm("Header", "menuButton")}" aria-label="Open menu" aria-expanded="false"><span></span>'
            f'<span></span><span></span></button><a class="{cm("Header", "logo")}" href="/" aria-label="Casco Courant '
            f'home">{logo}</a><div class="{cm("Header", "actions")}"><a class="{cm("Button", "primary")}" '
            f'href="/subscribe?utm_source=header">Subscribe for $1</a><a class="{cm("Button", "link")}" '
            f'href="/account/login">Log in</a></div></div><nav class="{cm("Nav", "nav")}" aria-label="Sections"><ul>'
            f'{nav}</ul></nav></header><div class="{cm("AlertBar", "bar")}" role="region" aria-label="Alert">'
            f'<a href="/storm">Storm watch: live radar, outage map and closings</a></div>')


def footer(src):
    cols = [("Sections", [s for s, _ in SECTIONS]),
            ("Company", ["About us", "Contact the newsroom", "Careers", "Ethics policy", "Corrections"]),
            ("Subscribers", ["Subscribe", "Manage my account", "E-edition", "Newsletters", "Help center"]),
            ("Advertise", ["Advertise with us", "Legal notices", "Sponsored content"])]
    fc = "".join(f'<div class="{cm("Footer", "col")}"><h3>{esc(t)}</h3><ul>' +
                 "".join(f'<li><a href="/{slugify(x)}">{esc(x)}</a></li>' for x in xs) + "</ul></div>"
                 for t, xs in cols)
    legal = "© 2027 Casco Courant Media LLC. All rights reserved."
    addr = "Casco Courant, 390 Congress St., Portland, ME 04101"
    priv = "Privacy Policy · Terms of Service · Cookie Preferences · Do Not Sell or Share My Personal Information"
    fmn(src, [legal, addr, "Do Not Sell or Share My Personal Information"])
    return (f'<footer class="{cm("Footer", "footer")}"><div class="{cm("Footer", "cols")}">{fc}</div>'
            f'<p class="{cm("Footer", "legal")}">{legal}</p><p class="{cm("Footer", "address")}">{addr}</p>'
            f'<p class="{cm("Footer", "links")}">{priv}</p></footer>')


def rail(src, most_read):
    items = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in most_read)
    nl = ("Morning Tide", "Portland and Maine news you need to start your day, weekdays at 6 a.m.")
    fmn(src, ["Most read"] + most_read + [nl[1]])
    return (f'<aside class="{cm("Rail", "rail")}"><section class="{cm("MostRead", "box")}"><h2>Most read</h2>'
            f'<ol class="{cm("MostRead", "list")}">{items}</ol></section><section class="{cm("Newsletter", "box")}">'
            f'<h2>{nl[0]}</h2><p>{nl[1]}</p><form action="/api/newsletter" method="post"><label for="nl-email">'
            f'Email address</label><input id="nl-email" type="email" name="email" placeholder="you@example.com">'
            f'<button type="submit">Sign up</button></form></section></aside>')


def ad_html(slot, dom, seed):
    base = (f'<div class="{cm("AdSlot", "wrapper")}"><p class="{cm("AdSlot", "label")}">Advertisement</p>'
            f'<div id="div-gpt-ad-{slot.split("/")[-1]}-{seed}" class="{cm("AdSlot", "slot")}" data-slot="{slot}">')
    if dom:
        fid = f"google_ads_iframe_{slot}_{seed}"
        base += (f'<div id="{fid}__container__" style="border: 0pt none; width: 300px; height: 250px;"><iframe '
                 f'id="{fid}" name="{fid}" title="3rd party ad content" width="300" height="250" scrolling="no" '
                 f'marginwidth="0" marginheight="0" frameborder="0" aria-label="Advertisement" tabindex="0" '
                 f'allow="private-state-token-redemption;attribution-reporting" data-load-complete="true" '
                 f'data-google-container-id="{seed}" style="border: 0px; vertical-align: bottom;"></iframe></div>')
    return base + "</div></div>"


def render_article(src, aid, dom, variant=None, ssr_partial=False, first=True):
    """One <article>; registers the copy and its furniture. Returns HTML."""
    a = ART[aid]
    pub = dt(aid)
    cap, credit = IMAGES[aid]
    mn = [a["title"], cap, credit, "Gift this article", "Share on Facebook", "Copy link"]
    title_seen(aid, a["title"])
    if a.get("dek"):
        mn.append(a["dek"])
    if a["outlet"] == SNS:
        byline = f'By <a href="/author/{slugify(a["authors"][0])}">{esc(a["authors"][0])}</a>, {SNS}'
        mn.append(f"By {a['authors'][0]}, {SNS}")
    elif a.get("staff_credit"):
        byline = f"By {esc(a['staff_credit'])}"
        mn.append(f"By {a['staff_credit']}")
    else:
        byline = "By " + by_names([f'<a href="/author/{slugify(n)}">{esc(n)}</a>' for n in a["authors"]])
        mn.append("By " + by_names(a["authors"]))
    when = f"{long_date(pub)} at {clock(pub)} EST"
    mn.append(when)
    upd = ""
    if variant == "updated":
        u = dt(aid, plus_min=88)
        upd = f'<span class="{cm("Byline", "updated")}">Updated {clock(u)}</span>'
        mn.append(f"Updated {clock(u)}")
    hdr = (f'<div class="{cm("ArticleHeader", "kicker")}"><a href="/news/{slugify(KICKER[aid])}">{esc(KICKER[aid])}'
           f'</a></div><{"h1" if first else "h2"} class="{cm("ArticleHeader", "headline")}">{esc(a["title"])}'
           f'</{"h1" if first else "h2"}>' +
           (f'<p class="{cm("ArticleHeader", "dek")}">{esc(a["dek"])}</p>' if a.get("dek") else "") +
           f'<div class="{cm("Byline", "byline")}"><span class="{cm("Byline", "names")}">{byline}</span>'
           f'<time class="{cm("Byline", "time")}" {"datetime" if dom else "dateTime"}="{iso_z(pub)}">{when}</time>'
           f'{upd}</div>')
    share = (f'<div class="{cm("ShareBar", "bar")}"><button aria-label="Share on Facebook" class="{cm("ShareBar", "btn")}">'
             f'<span class="{cm("ShareBar", "sr")}">Share on Facebook</span></button><button aria-label="Share on X" '
             f'class="{cm("ShareBar", "btn")}"><span class="{cm("ShareBar", "sr")}">Share on X</span></button>'
             f'<button aria-label="Email" class="{cm("ShareBar", "btn")}"><span class="{cm("ShareBar", "sr")}">Email'
             f'</span></button><button class="{cm("ShareBar", "btn")}"><span class="{cm("ShareBar", "sr")}">Copy link'
             f'</span></button><button class="{cm("ShareBar", "gift")}">Gift this article</button></div>')
    img = (f'<figure class="{cm("ArticleImage", "figure")}"><img alt="{attr(cap)}" '
           f'{"fetchpriority" if dom else "fetchPriority"}="high" width="2048" height="1365" decoding="async" '
           f'src="https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg?w=1200&amp;q=75" '
           f'{"srcset" if dom else "srcSet"}="https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg?w=640'
           f'&amp;q=75 640w, https://images.cascocourant.com/uploads/2027/01/{h(aid, 10)}.jpg?w=1200&amp;q=75 1200w">'
           f'<figcaption class="{cm("ArticleImage", "caption")}">{esc(cap)} <span class="{cm("ArticleImage", "credit")}">'
           f'{esc(credit)}</span></figcaption></figure>')
    body = []
    n_par = 0
    for b in blocks(aid, variant):
        t = b["type"]
        if t == "paragraph":
            n_par += 1
            if ssr_partial and n_par > 2:
                continue
            body.append(f'<p class="{cm("ArticleBody", "paragraph")}">{b["html"]}</p>')
        elif ssr_partial and n_par >= 2:
            continue
        elif t == "heading":
            body.append(f'<h2 class="{cm("ArticleBody", "heading")}">{esc(b["text"])}</h2>')
        elif t == "ad-slot":
            body.append(ad_html(b["slot"], dom, h(aid + b["id"], 4)))
        elif t == "related-link":
            body.append(f'<p class="{cm("RelatedLink", "link")}"><strong>{b["label"]}</strong> '
                        f'<a href="{b["href"]}">{esc(b["headline"])}</a></p>')
            mn.append(f"{b['label']} {b['headline']}")
        elif t == "pullquote":
            body.append(f'<aside class="{cm("Pullquote", "pullquote")}"><blockquote><p>“{esc(b["text"])}”</p>'
                        f'<footer>— {esc(b["attribution"])}</footer></blockquote></aside>')
            mn += [f"“{b['text']}”", f"— {b['attribution']}"]
        elif t == "embed":
            if dom:
                body.append(f'<figure class="{cm("Embed", "embed")}"><div class="twitter-tweet twitter-tweet-rendered" '
                            f'style="display: flex; max-width: 550px; width: 100%; margin-top: 10px; margin-bottom: 10px;">'
                            f'<iframe id="twitter-widget-0" scrolling="no" frameborder="0" allowtransparency="true" '
                            f'allowfullscreen="true" class="" style="position: static; visibility: visible; width: 550px;'
                            f' height: 512px; display: block; flex-grow: 1;" title="X Post" src="https://platform.twitter.'
                            f'com/embed/Tweet.html?dnt=false&amp;embedId=twitter-widget-0&amp;frame=false&amp;hideCard='
                            f'false&amp;hideThread=false&amp;id={b["url"].split("/")[-1]}&amp;lang=en&amp;theme=light'
                            f'&amp;widgetsVersion=2615f7e52b7e0%3A1702314776716&amp;width=550px" data-tweet-id='
                            f'"{b["url"].split("/")[-1]}"></iframe></div></figure>')
            else:
                body.append(f'<figure class="{cm("Embed", "embed")}">{b["html"]}</figure>')
            mn.append(TWEET[aid][0])
    skeleton = ""
    if ssr_partial:
        skeleton = (f'<div class="{cm("ArticleBody", "hydrating")}" aria-busy="true" aria-label="Loading article">' +
                    "".join(f'<div class="{cm("Skeleton", "line")}" style="width:{w}%"></div>'
                            for w in (100, 96, 98, 91, 100, 64, 0, 100, 97, 88)) + "</div>")
    tags = (f'<ul class="{cm("Tags", "list")}" aria-label="Topics"><li><a href="/topic/noreaster-2027">Nor’easter 2027'
            f'</a></li><li><a href="/topic/{slugify(KICKER[aid])}">{esc(KICKER[aid])}</a></li></ul>')
    mn.append("Nor’easter 2027")
    if variant == "updated":
        body_p = paras(aid, "updated")
    elif variant and variant.startswith("trim"):
        body_p = paras(aid)[:int(variant[4:])]
    else:
        body_p = paras(aid)
    reg(aid, src, body_p, mn)
    return (f'<article class="{cm("Article", "article")}" data-article-id="ccr-{h(aid, 12)}" '
            f'data-url="{url(aid)}" data-headline="{attr(a["title"])}"><header class="{cm("ArticleHeader", "header")}">'
            f'{hdr}{share}{img}</header><div class="{cm("ArticleBody", "body")}">{"".join(body)}{skeleton}</div>'
            f'{tags if not ssr_partial else ""}</article>')


def consent_dom(src):
    txt = ("We and our 143 partners store and access information on your device, such as cookies, to measure "
           "audiences, personalise content and show you relevant ads. You can change your choices at any time by "
           "clicking “Privacy settings” at the bottom of any page.")
    fmn(src, [txt, "We value your privacy", "Accept all", "Manage preferences"])
    return ('<div id="sp_message_container_1043871" class="sp_message_container" style="display: block; z-index: '
            '2147483647;"><div class="message-component message-row" role="dialog" aria-label="Privacy notice">'
            '<p class="message-component message-title">We value your privacy</p><p class="message-component '
            f'message-text">{esc(txt)}</p><button class="message-component message-button sp_choice_type_11" '
            'title="Accept all">Accept all</button><button class="message-component message-button '
            'sp_choice_type_12" title="Manage preferences">Manage preferences</button></div></div>')


def page(src, aids, dom, variant=None, ssr_partial=False, title_aid=None, variants=None):
    first = aids[0]
    title_aid = title_aid or first
    most_read = MOST_READ_JAN14 if first == "cc-surge" else MOST_READ
    arts = []
    for i, aid in enumerate(aids):
        if i:
            arts.append(f'<div class="{cm("InfiniteScroll", "divider")}" role="separator"><span>Up next</span></div>')
            arts.append(ad_html("/2291847/casco/news/between", dom, h(aid + "between", 4)))
        v = variant if i == 0 else (variants or {}).get(aid)
        arts.append(render_article(src, aid, dom, v, ssr_partial and i == 0, i == 0))
    fmn(src, ["Up next"] if len(aids) > 1 else [])
    nd = {"props": {"pageProps": {"article": article_json(first, variant),
                                  "mostRead": [{"headline": t} for t in most_read],
                                  "nav": [{"label": s, "href": "/" + slugify(s)} for s, _ in SECTIONS],
                                  "ads": {"networkCode": "2291847", "adUnitPath": "/2291847/casco/news",
                                          "targeting": {"section": KICKER[first], "storm": "1"}}},
                    "__N_SSP": True},
          "page": "/news/[slug]", "query": {"slug": ART[first]["slug"].split("/")[-1]}, "buildId": BUILD_ID,
          "isFallback": False, "gssp": True, "appGip": True, "scriptLoader": []}
    body = (f'<div id="__next"><div class="{cm("Layout", "root")}">' + header(src, dom) +
            f'<main id="main" class="{cm("Article", "main")}"><div class="{cm("Article", "column")}">' + "".join(arts) +
            '</div>' + rail(src, most_read) + '</main>' + footer(src) + '</div></div>')
    if dom:
        body = consent_dom(src) + body
    nd_script = f'<script id="__NEXT_DATA__" type="application/json">{next_json(nd)}</script>'
    hd = head(first, title_aid, variant, dom)
    if dom:
        saved = url(first)
        out = (f"<!DOCTYPE html>\n<!-- saved from url=({len(saved):04d}){saved} -->\n<html lang=\"en\"><head>{hd}</head>"
               f"<body>{body}{nd_script}<iframe name=\"googlefcPresent\" style=\"display: none; width: 0px; height: 0px;"
               f" border: none; z-index: -1000; left: -1000px; top: -1000px;\"></iframe></body></html>")
    else:
        out = f'<!DOCTYPE html><html lang="en"><head>{hd}</head><body>{body}{nd_script}</body></html>'
    return out
