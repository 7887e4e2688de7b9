# -*- coding: utf-8 -*-
"""Two syndication platforms that carry the outlets' stories under their own furniture:

* Headway News (news.headway.com): a portal in the Yahoo News mould - a story stream that keeps loading the next
  partner story as the reader scrolls (saved as Chrome's DOM serialisation), provider logo and name, the partner's
  headline or one rewritten by the portal, `<time datetime>` of the portal's posting, "Story continues" button
  after the third paragraph, "This article originally appeared on <partner>: <headline>", "View comments".
* LocalPulse (localpulse.app): a local-news app's web reader - one partner story and, under "More for you in
  Portland, ME", the full text of more partner stories; the app retypesets the text with straight quotes and gives
  only relative times ("1d", "14h"), so a story seen only here has no stated date.
"""
import json

from articles import ART, BM, CC, NS, PH, SNS
from common import (addmn, attr, by_names, css, dt, esc, fmn, h, iso_z, paras, reg, slugify, straight, title_seen,
                    DOW, MONTH, EST)
import site_courant
import site_herald
import site_meridian
import site_nspm

HW = "https://news.headway.com"


def orig_outlet(aid):
    a = ART[aid]
    return BM if a["outlet"] == SNS and aid == "sns-rescue" else a["outlet"]


def orig_url(aid):
    o = orig_outlet(aid)
    return {BM: site_meridian.url, CC: site_courant.url, PH: site_herald.url, NS: site_nspm.url}[o](aid)


def hw_time(aid):
    x = dt(aid, plus_min=11 if aid != "ph-route1" else 12)
    hr = x.hour % 12 or 12
    return iso_z(x), f"{DOW[x.weekday()]}, {MONTH[x.month - 1]} {x.day}, {x.year} at {hr}:{x.minute:02d} " \
                     f"{'AM' if x.hour < 12 else 'PM'}"


def hw_story(src, aid, first):
    a = ART[aid]
    t = a.get("hw_title") or a["title"]
    title_seen(aid, t)
    outlet = orig_outlet(aid)
    names = [SNS] if a.get("agency_credit") else a["authors"]
    who = by_names(names)
    iso, shown = hw_time(aid)
    words = sum(len(p.split()) for p in paras(aid))
    mins = max(1, round(words / 200))
    uuid = f"{h(aid, 8)}-{h(aid + 'b', 4)}-3{h(aid + 'c', 3)}-a{h(aid + 'd', 3)}-{h(aid + 'e', 12)}"
    hw_url = f"{HW}/{slugify(t)[:60].rstrip('-')}-{int(h(aid, 7), 16) % 900000000 + 100000000}.html"
    body = paras(aid)
    ps = []
    for i, p in enumerate(body):
        ps.append(f'<p>{esc(p)}</p>')
        if i == 2 and len(body) > 4:
            ps.append('<div class="hw-collapse-wrap"><button class="hw-button hw-collapse-button" aria-label="Story '
                      'continues">Story continues</button></div><div class="hw-collapse" style="">')
    if len(body) > 4:
        ps.append("</div>")
    orig = orig_url(aid)
    note = (f'<p class="hw-originally">This article originally appeared on <a href="{orig}" rel="nofollow noopener" '
            f'target="_blank">{esc(outlet)}</a>: <a href="{orig}" rel="nofollow noopener" target="_blank">'
            f'{esc(a["title"])}</a></p>')
    n_comments = int(h(aid + "c", 2), 16) % 90 + 3
    mn = [t, f"This article originally appeared on {outlet}: {a['title']}", f"{mins} min read", shown,
          f"View comments ({n_comments})", "Story continues" if len(body) > 4 else "", who]
    if "dek" in a and aid in site_meridian.IMAGES:
        pass
    reg(aid, src, body, mn)
    hn = "h1" if first else "h2"
    logo = (f'<a class="hw-provider" href="{HW}/publishers/{slugify(outlet)}/"><img class="hw-provider__logo" '
            f'src="https://s.headway.com/providers/{slugify(outlet)}-logo.png" alt="{attr(outlet)}" width="120" '
            f'height="24"><span class="hw-provider__name">{esc(outlet)}</span></a>')
    return (f'<article class="hw-article" data-uuid="{uuid}" data-url="{hw_url}" data-provider="{attr(outlet)}">'
            f'<header class="hw-header">{logo}<{hn} class="hw-title" data-test-locator="headline">{esc(t)}</{hn}>'
            f'</header><div class="hw-attr"><div class="hw-attr__author">{esc(who)}</div><div class="hw-attr__meta">'
            f'<time class="hw-attr__time" datetime="{iso}">{shown}</time><span class="hw-attr__readtime">{mins} min '
            f'read</span></div></div><div class="hw-share"><button class="hw-button" aria-label="Share">Share'
            f'</button><button class="hw-button" aria-label="Copy link">Copy link</button></div><div class="hw-body" '
            f'data-body-uuid="{uuid}">{"".join(ps)}{note}</div><div class="hw-comments"><button class="hw-button">'
            f'View comments ({n_comments})</button></div></article>'), hw_url


def headway_page(src, aids):
    blocks, urls = [], []
    for i, aid in enumerate(aids):
        if i:
            blocks.append(f'<div class="hw-ad hw-ad--stream"><span class="hw-ad__label">Advertisement</span><div '
                          f'id="sda-STREAM{i}" class="darla-container"><iframe title="Advertisement" width="300" '
                          f'height="250" frameborder="0" scrolling="no" src="about:blank" data-load-complete="true">'
                          f'</iframe></div></div>')
        html_, u = hw_story(src, aid, i == 0)
        blocks.append(html_)
        urls.append(u)
        if i == 0:
            rec = ["Why New England’s storms are getting wetter", "How to keep pipes from freezing when the power "
                   "is out", "The best generators for a small house, tested"]
            blocks.append('<section class="hw-recommended"><h3>Recommended Stories</h3><ul>' +
                          "".join(f'<li><a href="{HW}/{slugify(r)}.html">{esc(r)}</a></li>' for r in rec) +
                          "</ul></section>")
            fmn(src, ["Recommended Stories"] + rec)
    fmn(src, ["Advertisement", "Headway News", "Terms and Privacy Policy", "Your Privacy Choices",
              "About our ads", "© 2027 Headway Media Inc. All rights reserved."])
    first = aids[0]
    t0 = ART[first].get("hw_title") or ART[first]["title"]
    nav = ["Home", "US", "World", "Politics", "Business", "Weather", "Science", "Health", "Local"]
    state = {"context": {"site": "news", "lang": "en-US", "region": "US", "device": "desktop", "bucket": "hw-stream-3"},
             "stream": {"mode": "next-article", "loaded": [{"uuid": None, "url": u} for u in urls],
                        "nextUrl": f"{HW}/_td/api/resource/StreamService;count=1;start={len(aids)}"},
             "ads": {"positions": ["LREC", "LREC2", "STREAM1", "STREAM2"], "spaceId": 1197802013}}
    saved = urls[0]
    sels = [".hw-header", ".hw-title", ".hw-provider", ".hw-attr", ".hw-attr__time", ".hw-body", ".hw-body p",
            ".hw-collapse-button", ".hw-originally", ".hw-comments", ".hw-ad", ".hw-recommended", ".hw-nav",
            ".hw-footer", ".hw-share"]
    return (f'<!DOCTYPE html>\n<!-- saved from url=({len(saved):04d}){saved} -->\n<html id="atomic" class="ltr desktop '
            f'hw-stream" lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(t0)} - Headway News'
            f'</title><link rel="canonical" href="{urls[0]}"><meta property="og:site_name" content="Headway News">'
            f'<meta property="og:title" content="{attr(t0)}"><meta property="og:url" content="{urls[0]}"><meta '
            f'name="description" content="{attr(paras(first)[0][:155])}"><style>{css("hw", sels, 100)}</style>'
            f'<script>window.HW=window.HW||{{}};HW.main={json.dumps(state, separators=(",", ":"))};</script><script '
            f'async="" src="https://s.headway.com/aaq/hw/js/stream-next.4.18.2.js"></script></head><body class='
            f'"hw-body-wrap"><header class="hw-nav"><a href="{HW}/" class="hw-logo">Headway News</a><nav><ul>' +
            "".join(f'<li><a href="{HW}/{slugify(n)}/">{n}</a></li>' for n in nav) +
            f'</ul></nav><a class="hw-signin" href="https://login.headway.com/">Sign in</a></header><main '
            f'class="hw-main"><div class="hw-stream">{"".join(blocks)}</div><aside class="hw-rail"><div class="hw-ad">'
            f'<span class="hw-ad__label">Advertisement</span><div id="sda-LREC" class="darla-container"></div></div>'
            f'</aside></main><footer class="hw-footer"><a href="{HW}/terms">Terms and Privacy Policy</a> <a href="'
            f'{HW}/privacy-choices">Your Privacy Choices</a> <a href="{HW}/ads">About our ads</a><p>© 2027 Headway '
            f'Media Inc. All rights reserved.</p></footer></body></html>')


# ---------------------------------------------------------------- LocalPulse
LP = "https://www.localpulse.app"
LP_AGO = {"cc-surge": "1d", "sns-maine-outages": "22h", "ph-river": "1d", "ph-store": "14h"}
LP_SHORT = {"ph-store": "https://phrld.me/3xK9qa"}


def lp_source(aid):
    return {"sns-maine-outages": PH}.get(aid, ART[aid]["outlet"])


def lp_story(src, aid, first):
    a = ART[aid]
    t = a.get("lp_title") or straight(a["title"])
    title_seen(aid, t)
    source = lp_source(aid)
    orig = LP_SHORT.get(aid) or (site_herald.url(aid) if source == PH else site_courant.url(aid))
    names = a["authors"]
    who = "By " + ", ".join(names)
    out = []
    for p in a["paras"]:
        if isinstance(p, tuple):
            out.append(f'<h3 class="lp-article__subhead">{esc(straight(p[1]))}</h3>')
        else:
            out.append(f'<p>{esc(straight(p))}</p>')
    body = [straight(p) for p in paras(aid)]
    likes = int(h(aid + "l", 2), 16) % 60 + 4
    comm = int(h(aid + "m", 2), 16) % 14 + 1
    mn = [t, f"{source} · {LP_AGO[aid]}", who, f"Read on {source}", f"{likes} reactions", f"{comm} comments"]
    reg(aid, src, body, mn)
    hn = "h1" if first else "h2"
    return (f'<article class="lp-article" data-doc-id="0{h(aid, 9)}" data-source="{attr(source)}">'
            f'<div class="lp-article__source"><img src="https://img.localpulse.app/src/{slugify(source)}.png" alt="" '
            f'width="24" height="24"><span class="lp-article__source-name">{esc(source)} · {LP_AGO[aid]}</span>'
            f'<button class="lp-follow">Follow</button></div><{hn} class="lp-article__title">{esc(t)}</{hn}>'
            f'<div class="lp-article__author">{esc(who)}</div><div class="lp-article__content">{"".join(out)}</div>'
            f'<a class="lp-article__origin" href="{orig}" rel="nofollow">Read on {esc(source)}</a>'
            f'<div class="lp-article__actions"><span class="lp-react">{likes} reactions</span><span class="lp-comments">'
            f'{comm} comments</span><button class="lp-share">Share</button></div></article>')


def localpulse_page(src, aids):
    parts = []
    for i, aid in enumerate(aids):
        if i == 1:
            parts.append('<h2 class="lp-feed__heading">More for you in Portland, ME</h2>')
        parts.append(lp_story(src, aid, i == 0))
    banner = "Get the LocalPulse app for the local news that matters to you"
    fmn(src, [banner, "Open in app", "More for you in Portland, ME", "LocalPulse", "Share",
              "© 2027 LocalPulse, Inc.", "Privacy · Terms · Content policy · Contact"])
    first = aids[0]
    t0 = ART[first].get("lp_title") or straight(ART[first]["title"])
    state = {"app": {"locale": "en-US", "city": {"name": "Portland, ME", "zip": "04101", "id": "me-portland"}},
             "feed": {"items": [{"docid": f"0{h(x, 9)}", "title": ART[x].get("lp_title") or straight(ART[x]["title"]),
                                 "source": lp_source(x), "ago": LP_AGO[x],
                                 "summary": straight(paras(x)[0])[:160]} for x in aids],
                      "cursor": f"c{h('cursor', 12)}"}, "user": {"loggedIn": False}}
    sels = [".lp-top", ".lp-banner", ".lp-article", ".lp-article__title", ".lp-article__source",
            ".lp-article__content", ".lp-article__content p", ".lp-article__origin", ".lp-feed__heading", ".lp-footer"]
    state_js = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    can = f"{LP}/portland-me/{slugify(t0)[:50].rstrip('-')}-0{h(first, 9)}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width,initial-scale=1,viewport-fit=cover"><title>{esc(t0)} - LocalPulse</title><link rel="canonical" '
            f'href="{can}"><meta property="og:title" content="{attr(t0)}"><meta property="og:site_name" '
            f'content="LocalPulse"><meta name="apple-itunes-app" content="app-id=1498234011"><link rel="manifest" '
            f'href="/manifest.json"><style>{css("lp", sels, 60)}</style></head><body><div id="root"><div class="lp-top">'
            f'<a href="{LP}/" class="lp-logo">LocalPulse</a><span class="lp-city">Portland, ME</span><a class="lp-open" '
            f'href="https://localpulse.page.link/?link={can}">Open in app</a></div><div class="lp-banner">{banner}'
            f'</div><main class="lp-main">{"".join(parts)}</main><footer class="lp-footer"><p>© 2027 LocalPulse, '
            f'Inc.</p><p>Privacy · Terms · Content policy · Contact</p></footer></div><script>window.__INITIAL_STATE__='
            f'{state_js};</script><script '
            f'src="https://static.localpulse.app/web/js/main.7c1e2b9a.js" defer></script></body></html>')
