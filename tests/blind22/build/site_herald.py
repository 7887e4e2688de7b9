# -*- coding: utf-8 -*-
"""Penobscot Herald: a regional daily on a home-grown CMS behind a Piano metered paywall. The server sends the
first three paragraphs visibly and the rest nowhere but in the JSON-LD NewsArticle (articleBody, with
isAccessibleForFree false and a hasPart WebPageElement naming the paywalled selector), as Google's paywalled-content
guidelines ask. The AMP version (origin AMP, <html amp>, amp-subscriptions) carries the full text in
subscriptions-section="content". Pretty-printed HTML with CRLF line ends (the HTML-only save keeps the server's
bytes); the infinite-scroll save is Chrome's DOM serialisation (LF)."""
import json

from articles import ART, PH, SNS
from common import (addmn, attr, by_names, clock, css, dt, esc, fmn, font_face, h, iso_local, iso_z, ld, paras, reg,
                    slugify, title_seen, ap_date, long_date)

BASE = "https://www.penobscotherald.com"


def url(aid):
    return f"{BASE}/{ART[aid]['slug']}"


IMAGES = {
    "ph-islands": ("The state ferry sits at the Rockland terminal on Saturday, its crossings to the islands canceled "
                   "for a third day.", "Ian Moody | Penobscot Herald"),
    "ph-belfast": ("A section of floating dock rests on the boat ramp at the Belfast harbor on Friday.",
                   "Jasper Bell | Penobscot Herald"),
    "sns-maine-outages": ("A line crew works on Route 1 in Warren on Friday.", "Seaboard News Service"),
    "ph-river": ("The Penobscot River covers the waterfront parking lot in Bangor on Friday morning.",
                 "Ian Moody | Penobscot Herald"),
    "ph-stonington": ("Fishermen work to raise a swamped lobster boat in Stonington harbor on Saturday.",
                      "Ian Moody | Penobscot Herald"),
    "ph-shelters": ("Cots at the Rockland shelter on Thursday afternoon.", "Jasper Bell | Penobscot Herald"),
}
KICKER = {"ph-islands": "Penobscot Bay", "ph-belfast": "Belfast", "sns-maine-outages": "Maine",
          "ph-river": "Bangor", "ph-stonington": "Deer Isle", "ph-shelters": "Midcoast"}
BIO = {"Wren Caldwell": "Wren Caldwell covers the islands and the working waterfront for the Herald. She grew up on "
                        "Swan’s Island and has reported from every year-round island community in Maine.",
       "Jasper Bell": "Jasper Bell covers Waldo County and the Midcoast for the Herald.",
       "Abby Thibodeau": "Abby Thibodeau covers Bangor and Brewer for the Herald."}
MOST_READ = ["Penobscot Bay islands cut off as ferries idle and fuel runs low",
             "Storm surge pushes Penobscot River over its banks in Bangor and Brewer",
             "Belfast’s waterfront piers heavily damaged, harbor master says",
             "Bangor council to take up downtown parking changes next month",
             "Hampden girls basketball stays unbeaten with win over Brewer"]
NAV = ["News", "Bangor", "Midcoast", "Downeast", "Islands", "Politics", "Business", "Outdoors", "Sports", "Opinion",
       "Obituaries", "Public notices"]


def title_for(aid):
    a = ART[aid]
    return a.get("ph_title") or a["title"]


def byline(aid):
    a = ART[aid]
    if a["outlet"] == SNS:
        t = f"By {a['authors'][0].upper()}, {SNS}"
        return t, t
    links = [f'<a href="{BASE}/staff/{slugify(n)}/" rel="author">{esc(n)}</a>' for n in a["authors"]]
    return "By " + by_names(links), "By " + by_names(a["authors"])


def nav(src, nl):
    fmn(src, ["Subscribe", "Support local journalism: subscribe to the Herald for $1 a week",
              "STORM COVERAGE: Outage maps, closings and shelters"])
    items = "".join(f'{nl}        <li class="site-nav__item"><a href="{BASE}/{slugify(s)}/">{esc(s)}</a></li>' for s in NAV)
    return (f'{nl}  <div class="promo-bar"><a href="{BASE}/subscribe/?utm_source=promobar">Support local journalism: '
            f'subscribe to the Herald for $1 a week</a></div>'
            f'{nl}  <header class="site-header">{nl}    <div class="site-header__inner">{nl}      <a class="site-logo" '
            f'href="{BASE}/"><img src="{BASE}/static/herald/v4/img/logo.svg" alt="Penobscot Herald" '
            f'width="260" height="40"></a>{nl}      <a class="btn btn--subscribe" href="{BASE}/subscribe/">Subscribe</a>'
            f'{nl}      <a class="site-header__login" href="{BASE}/my-account/">Sign in</a>{nl}    </div>'
            f'{nl}    <nav class="site-nav" aria-label="Main">{nl}      <ul class="site-nav__list">{items}{nl}      '
            f'</ul>{nl}    </nav>{nl}  </header>{nl}  <div class="alert-bar alert-bar--storm"><a href="{BASE}/storm/">'
            f'STORM COVERAGE: Outage maps, closings and shelters</a></div>')


def footer(src, nl):
    legal = "© 2027 Penobscot Herald Publishing Co. All rights reserved."
    addr = "Penobscot Herald, 1 Merchants Plaza, Bangor, ME 04401 · 207-555-0140"
    fmn(src, [legal, addr, "Terms of Use", "Privacy Policy"])
    links = "".join(f'{nl}      <li><a href="{BASE}/{slugify(x)}/">{esc(x)}</a></li>' for x in
                    ["About us", "Contact us", "Advertise", "Place a classified", "Submit an obituary", "Newsletters",
                     "E-edition", "Terms of Use", "Privacy Policy", "Accessibility"])
    return (f'{nl}  <footer class="site-footer">{nl}    <ul class="site-footer__links">{links}{nl}    </ul>{nl}    '
            f'<p class="site-footer__legal">{legal}</p>{nl}    <p class="site-footer__address">{addr}</p>{nl}  </footer>')


def sidebar(src, nl):
    fmn(src, ["Most Read"] + MOST_READ)
    items = "".join(f'{nl}        <li><a href="#">{esc(t)}</a></li>' for t in MOST_READ)
    return (f'{nl}    <aside class="sidebar">{nl}      <div class="widget widget--most-read">{nl}      <h3>Most Read'
            f'</h3>{nl}      <ol>{items}{nl}      </ol>{nl}      </div>{nl}    </aside>')


def head(aid, nl, paywalled, dom=False):
    a = ART[aid]
    pub = dt(aid)
    mod = dt(aid, plus_min=77)
    body = paras(aid)
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title_for(aid),
          "description": a.get("dek", ""), "datePublished": iso_local(pub), "dateModified": iso_local(mod),
          "author": [{"@type": "Person", "name": n, "url": f"{BASE}/staff/{slugify(n)}/"} for n in a["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": PH, "logo": {"@type": "ImageObject", "url":
                        f"{BASE}/static/herald/v4/img/logo-600.png"}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url(aid)},
          "articleSection": KICKER[aid], "articleBody": "\n".join(body),
          "isAccessibleForFree": not paywalled}
    if paywalled:
        jl["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    piano = ('tp = window["tp"] || [];' + nl + '    tp.push(["setAid", "Xq8Lp2RzHd"]);' + nl +
             '    tp.push(["setCxenseSiteId", "1138412202618723541"]);' + nl +
             f'    tp.push(["setContentCreated", "{iso_z(pub, False)}"]);' + nl +
             f'    tp.push(["setContentAuthor", "{a["authors"][0]}"]);' + nl +
             f'    tp.push(["setContentSection", "{KICKER[aid]}"]);' + nl +
             '    tp.push(["setTags", ["storm", "noreaster", "' + slugify(KICKER[aid]) + '"]]);' + nl +
             '    tp.push(["setZone", "metered"]);' + nl +
             '    (function(src){var a=document.createElement("script");a.type="text/javascript";a.async=true;'
             'a.src=src;var b=document.getElementsByTagName("script")[0];b.parentNode.insertBefore(a,b)})'
             '("https://cdn.tinypass.com/api/tinypass.min.js");')
    sels = [".site-header", ".site-logo", ".site-nav", ".site-nav__item", ".promo-bar", ".alert-bar", ".story",
            ".story-kicker", ".story-headline", ".story-dek", ".story-meta", ".story-meta__byline", ".story-body",
            ".story-body p", ".paywall-gate", ".paywall-gate__title", ".btn--primary", ".author-card",
            ".author-card__bio", ".sidebar", ".widget--most-read", ".site-footer", ".share-tools", ".ad-unit",
            ".ad-unit__label", ".next-story"]
    lines = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title_for(aid))} | Penobscot Herald</title>",
             f'<meta name="description" content="{attr(a.get("dek") or body[0][:150])}">',
             f'<link rel="canonical" href="{url(aid)}">', f'<link rel="amphtml" href="{url(aid)}amp/">',
             '<meta property="og:type" content="article">', '<meta property="og:site_name" content="Penobscot Herald">',
             f'<meta property="og:title" content="{attr(title_for(aid))}">',
             f'<meta property="og:url" content="{url(aid)}">',
             f'<meta property="article:published_time" content="{iso_local(pub)}">',
             f'<meta property="article:modified_time" content="{iso_local(mod)}">',
             f'<meta property="article:author" content="{BASE}/staff/{slugify(a["authors"][0])}/">',
             f'<meta property="article:section" content="{KICKER[aid]}">',
             f'<meta name="robots" content="max-image-preview:large">',
             f'<script type="application/ld+json">{ld(jl)}</script>',
             f'<link rel="stylesheet" id="herald-main-css" href="{BASE}/static/herald/v4/main.css?ver=4.12.3" '
             f'media="all">',
             f'<style id="herald-critical">{font_face("Herald Text", BASE + "/fonts", (400, 700))}'
             f'{css("ph" + aid, sels, 80)}</style>',
             f'<script>{piano}</script>',
             '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
             '<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('
             '"/6112/penobscotherald/news",[[300,250],[728,90]],"ad-inline-1").addService(googletag.pubads());'
             'googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>']
    if dom:
        lines.insert(0, '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    return nl + "  " + (nl + "  ").join(lines) + nl


def story_block(src, aid, nl, mode, first):
    """mode: 'paywall' (3 paragraphs + gate), 'full', 'trim' (wire story, first 5 paragraphs)."""
    a = ART[aid]
    pub = dt(aid)
    t = title_for(aid)
    title_seen(aid, t)
    bh, bt = byline(aid)
    cap, credit = IMAGES[aid]
    mn = [t, bt, cap, credit, "Share on Facebook", "Share on X", "Email this story", "Print"]
    if a.get("dek"):
        mn.append(a["dek"])
    body = paras(aid)
    if mode == "trim":
        body = body[:5]
    vis = body[:3] if mode == "paywall" else body
    if mode == "paywall":
        when = '<span class="story-meta__updated">Updated 2 hours ago</span>'
        mn.append("Updated 2 hours ago")
    else:
        when = f'<time class="story-meta__date" datetime="{iso_local(pub)}">{ap_date(pub)} {clock(pub, "AP")}</time>'
        mn.append(f"{ap_date(pub)} {clock(pub, 'AP')}")
    ps = []
    for i, p in enumerate(vis):
        ps.append(f'{nl}        <p>{esc(p)}</p>')
        if i == 1 and mode != "paywall":
            ps.append(f'{nl}        <div class="ad-unit ad-unit--inline"><span class="ad-unit__label">Advertisement</span>'
                      f'<div id="ad-inline-{h(aid, 4)}"></div></div>')
    gate = ""
    if mode == "paywall":
        gate_txt = ("You’ve read all 3 of your free articles this month. Get unlimited access to the Herald’s "
                    "reporting for $1 a week for your first 12 weeks.")
        gate = (f'{nl}      <div class="paywall-gate" id="piano-inline" data-piano-template="OTXY12ABCD">{nl}        '
                f'<div class="paywall-gate__fade"></div>{nl}        <div class="paywall-gate__inner">{nl}          <h3 '
                f'class="paywall-gate__title">Subscribe to keep reading</h3>{nl}          <p>{esc(gate_txt)}</p>{nl}    '
                f'      <a class="btn btn--primary" href="{BASE}/subscribe/?source=meter">Subscribe now</a>{nl}          '
                f'<p class="paywall-gate__login">Already a subscriber? <a href="{BASE}/my-account/">Log in</a></p>{nl}'
                f'        </div>{nl}      </div>')
        mn += ["Subscribe to keep reading", gate_txt, "Subscribe now", "Already a subscriber? Log in"]
    card = ""
    if a["outlet"] != SNS and mode in ("paywall", "full") and a["authors"][0] in BIO:
        n = a["authors"][0]
        card = (f'{nl}      <div class="author-card">{nl}        <img class="author-card__photo" src="{BASE}/'
                f'media/staff/{slugify(n)}.jpg" alt="" width="80" height="80">{nl}        <div class='
                f'"author-card__text">{nl}          <p class="author-card__name"><a href="{BASE}/staff/{slugify(n)}/">'
                f'{esc(n)}</a></p>{nl}          <p class="author-card__bio">{esc(BIO[n])}</p>{nl}          <p class='
                f'"author-card__contact"><a href="mailto:{n.split()[0][0].lower()}{n.split()[-1].lower()}@penobscotherald.'
                f'com">{n.split()[0][0].lower()}{n.split()[-1].lower()}@penobscotherald.com</a></p>{nl}        </div>'
                f'{nl}      </div>')
        mn += [BIO[n], f"{n.split()[0][0].lower()}{n.split()[-1].lower()}@penobscotherald.com"]
    comments = ""
    if first:
        comments = f'{nl}      <a class="story-comments-link" href="#comments">Comments (37)</a>'
        mn.append("Comments (37)")
    reg(aid, src, body, mn)
    hn = "h1" if first else "h2"
    return (f'{nl}    <article class="story" data-content-id="{h(aid, 8)}" data-url="{url(aid)}" '
            f'data-paywall="{"metered" if mode == "paywall" else "free"}">'
            f'{nl}      <div class="story-kicker"><a href="{BASE}/{slugify(KICKER[aid])}/">{esc(KICKER[aid])}</a></div>'
            f'{nl}      <{hn} class="story-headline">{esc(t)}</{hn}>' +
            (f'{nl}      <p class="story-dek">{esc(a["dek"])}</p>' if a.get("dek") else "") +
            f'{nl}      <div class="story-meta">{nl}        <span class="story-meta__byline">{bh}</span>{nl}        '
            f'{when}{nl}      </div>'
            f'{nl}      <div class="share-tools"><a href="https://www.facebook.com/sharer/sharer.php?u={url(aid)}">Share '
            f'on Facebook</a> <a href="https://twitter.com/intent/tweet?url={url(aid)}">Share on X</a> <a href="mailto:'
            f'?subject={attr(t)}&amp;body={url(aid)}">Email this story</a> <a href="javascript:window.print()">Print</a>'
            f'</div>'
            f'{nl}      <figure class="story-image">{nl}        <img src="{BASE}/media/2027/01/{h(aid, 12)}'
            f'.jpg" alt="{attr(cap)}" width="1200" height="800">{nl}        <figcaption>{esc(cap)} <span class="credit">'
            f'{esc(credit)}</span></figcaption>{nl}      </figure>'
            f'{nl}      <div class="story-body{" paywall" if mode == "paywall" else ""}" itemprop="articleBody">'
            f'{"".join(ps)}{nl}      </div>{gate}{card}{comments}{nl}    </article>')


def paywall_page(src, aid):
    nl = "\r\n"
    main = story_block(src, aid, nl, "paywall", True)
    return (f'<!DOCTYPE html>{nl}<html lang="en-US" class="no-js">{nl}<head>{head(aid, nl, True)}</head>{nl}'
            f'<body class="page-article article-{int(h(aid, 5), 16)} paywalled">{nav(src, nl)}{nl}  <main '
            f'class="site-main">{nl}  <div class="content-wrap">{main}{sidebar(src, nl)}{nl}  </div>{nl}  </main>'
            f'{footer(src, nl)}{nl}  <script src="{BASE}/static/herald/v4/main.js?ver=4.12.3"></script>{nl}'
            f'</body>{nl}</html>{nl}')


def infinite_page(src, aids, modes):
    nl = "\n"
    blocks = []
    for i, (aid, mode) in enumerate(zip(aids, modes)):
        if i:
            blocks.append(f'{nl}    <div class="next-story" role="separator"><span class="next-story__label">Next '
                          f'story</span></div>')
        blocks.append(story_block(src, aid, nl, mode, i == 0))
    fmn(src, ["Next story"])
    consent = ("We use cookies and similar tools to give you the best experience on our site and to show you "
               "relevant ads. By clicking “Accept” you agree to this use. See our Privacy Policy for details.")
    fmn(src, [consent, "Accept", "Manage settings"])
    saved = url(aids[0])
    return (f'<!DOCTYPE html>{nl}<!-- saved from url=({len(saved):04d}){saved} -->{nl}<html lang="en-US" class="js">'
            f'<head>{head(aids[0], nl, False, dom=True)}<script src="https://cdn.tinypass.com/api/tinypass.min.js" '
            f'async=""></script></head>{nl}<body class="page-article infinite-scroll">{nav(src, nl)}{nl}  <main '
            f'class="site-main">{nl}  <div class="content-wrap">{nl}  <div class="stories">{"".join(blocks)}{nl}  '
            f'</div>{sidebar(src, nl)}{nl}  </div>{nl}  </main>{footer(src, nl)}{nl}  <div class="cmp-banner" '
            f'role="dialog" aria-label="Cookie consent" style="display: block;"><p>{esc(consent)}</p><button '
            f'class="cmp-banner__accept">Accept</button><button class="cmp-banner__settings">Manage settings</button>'
            f'</div>{nl}  <script src="{BASE}/static/herald/v4/main.js?ver=4.12.3"></script>{nl}  <script '
            f'src="{BASE}/static/herald/v4/infinite.js?ver=4.12.3"></script>{nl}</body></html>')


def amp_page(src, aid):
    a = ART[aid]
    pub = dt(aid)
    t = title_for(aid)
    title_seen(aid, t)
    cap, credit = IMAGES[aid]
    bt = "By " + by_names(a["authors"])
    body = paras(aid)
    gate_txt = "Subscribe to keep reading. Get unlimited access to the Herald for $1 a week for 12 weeks."
    mn = [t, a["dek"], bt, cap, credit, long_date(pub), gate_txt, "Subscribe", "Already a subscriber? Sign in",
          "View the full site"]
    reg(aid, src, body, mn)
    svc = {"services": [{"authorizationUrl": "https://api.tinypass.com/amp/authorize?aid=Xq8Lp2RzHd&reader_id=READER_ID"
                                             "&url=SOURCE_URL&_=RANDOM",
                         "pingbackUrl": "https://api.tinypass.com/amp/pingback?aid=Xq8Lp2RzHd&reader_id=READER_ID",
                         "actions": {"login": "https://www.penobscotherald.com/amp-login/?reader_id=READER_ID",
                                     "subscribe": "https://www.penobscotherald.com/subscribe/?source=amp"}}],
           "score": {"supportsViewer": 10, "isReadyToPay": 9}, "fallbackEntitlement": {"source": "fallback",
                                                                                     "granted": False}}
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": iso_local(pub),
          "dateModified": iso_local(dt(aid, plus_min=77)), "author": [{"@type": "Person", "name": n}
                                                                      for n in a["authors"]],
          "publisher": {"@type": "Organization", "name": PH, "logo": {"@type": "ImageObject", "url":
                        f"{BASE}/static/herald/v4/img/logo-600.png"}}, "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                      "cssSelector": ".article-premium"},
          "mainEntityOfPage": url(aid), "image": [f"{BASE}/media/2027/01/{h(aid, 12)}.jpg"]}
    lead = "".join(f"<p>{esc(p)}</p>" for p in body[:2])
    rest = "".join(f"<p>{esc(p)}</p>" for p in body[2:])
    boiler = ("body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s "
              "steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:"
              "-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to"
              "{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}")
    fmn(src, ["© 2027 Penobscot Herald Publishing Co. All rights reserved."])
    sels = [".amp-header", ".amp-logo", ".headline", ".dek", ".byline", ".dateline", ".article-body",
            ".article-premium", ".paywall-prompt", ".amp-footer", ".caption"]
    return (f"<!doctype html>\n<html amp lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<script async "
            f"src=\"https://cdn.ampproject.org/v0.js\"></script>\n<script async custom-element=\"amp-subscriptions\" "
            f"src=\"https://cdn.ampproject.org/v0/amp-subscriptions-0.1.js\"></script>\n<script async "
            f"custom-element=\"amp-analytics\" src=\"https://cdn.ampproject.org/v0/amp-analytics-0.1.js\"></script>\n"
            f"<script async custom-element=\"amp-ad\" src=\"https://cdn.ampproject.org/v0/amp-ad-0.1.js\"></script>\n"
            f"<title>{esc(t)} | Penobscot Herald</title>\n<link rel=\"canonical\" href=\"{url(aid)}\">\n<meta "
            f"name=\"viewport\" content=\"width=device-width,minimum-scale=1,initial-scale=1\">\n"
            f"<script type=\"application/json\" id=\"amp-subscriptions\">{json.dumps(svc)}</script>\n"
            f"<script type=\"application/ld+json\">{ld(jl)}</script>\n"
            f"<style amp-boilerplate>{boiler}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;"
            f"-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>\n"
            f"<style amp-custom>{css('phamp', sels, 40)}</style>\n</head>\n<body>\n"
            f"<amp-analytics type=\"gtag\" data-credentials=\"include\"><script type=\"application/json\">"
            f"{json.dumps({'vars': {'gtag_id': 'G-PH2027AMP', 'config': {'G-PH2027AMP': {'groups': 'default'}}}})}"
            f"</script></amp-analytics>\n<header class=\"amp-header\"><a href=\"{BASE}/\"><amp-img class=\"amp-logo\" "
            f"src=\"{BASE}/static/herald/v4/img/logo.svg\" width=\"200\" height=\"30\" alt=\"Penobscot Herald\">"
            f"</amp-img></a><button subscriptions-action=\"subscribe\" subscriptions-display=\"NOT granted\">Subscribe"
            f"</button></header>\n<article>\n<h1 class=\"headline\">{esc(t)}</h1>\n<p class=\"dek\">{esc(a['dek'])}</p>\n"
            f"<p class=\"byline\">{esc(bt)}</p>\n<p class=\"dateline\"><time datetime=\"{iso_local(pub)}\">"
            f"{long_date(pub)}</time></p>\n<figure><amp-img src=\"{BASE}/media/2027/01/{h(aid, 12)}.jpg\" "
            f"width=\"1200\" height=\"800\" layout=\"responsive\" alt=\"{attr(cap)}\"></amp-img><figcaption "
            f"class=\"caption\">{esc(cap)} {esc(credit)}</figcaption></figure>\n<div class=\"article-body\">\n{lead}\n"
            f"<section subscriptions-section=\"content-not-granted\"><div class=\"paywall-prompt\"><p>{esc(gate_txt)}"
            f"</p><button subscriptions-action=\"subscribe\" subscriptions-display=\"NOT granted\">Subscribe</button> "
            f"<p><button subscriptions-action=\"login\" subscriptions-display=\"NOT granted\">Already a subscriber? "
            f"Sign in</button></p></div></section>\n<section subscriptions-section=\"content\" "
            f"class=\"article-premium\">\n{rest}\n</section>\n</div>\n</article>\n<amp-ad width=\"300\" height=\"250\" "
            f"type=\"doubleclick\" data-slot=\"/6112/penobscotherald/amp\"></amp-ad>\n<footer class=\"amp-footer\"><p>"
            f"<a href=\"{url(aid)}\">View the full site</a></p><p>© 2027 Penobscot Herald Publishing Co. All rights "
            f"reserved.</p></footer>\n</body>\n</html>\n")
