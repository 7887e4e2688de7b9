# -*- coding: utf-8 -*-
"""Northshore Public Media: a public-radio newsroom on Nuxt 2 (Vue SSR: data-v-* scoped attributes, <!----> comment
placeholders, data-n-head attributes, `<head >`/`<body >`), with the page state in
<script>window.__NUXT__=(function(a,b,...){return {...}}(...));</script> as devalue writes it: an object literal
with unquoted keys, repeated values hoisted into the IIFE's parameters, and "<" and "/" escaped as \\u003C/\\u002F.
The server renders the full story; the state repeats it (bodyHtml)."""
import json
import re

from articles import ART, NS
from common import (addmn, attr, by_names, clock, css, dt, esc, fmn, font_face, h, iso_z, ld, paras, reg, slugify,
                    title_seen, long_date)

BASE = "https://www.nspm.org"
V = {"app": "data-v-6fbd2e5a", "hdr": "data-v-3c9e1b74", "story": "data-v-1a2b3c4d", "audio": "data-v-4c1e7a2b",
     "rail": "data-v-77aa01ce", "ftr": "data-v-2d5f9e03"}


def url(aid):
    return f"{BASE}/{ART[aid]['slug']}"


AUDIO = {"ns-seawall": "3:41", "ns-wallcost": "2:58", "ns-plum": "2:12", "ns-willows": "1:47", "ns-hospital": "2:05",
         "ns-pantries": "2:31", "ns-marblehead": "1:56"}
IMAGES = {"ns-seawall": ("Granite blocks from the seawall lie across Stacy Boulevard in Gloucester on Friday morning.",
                         "Ben Whitlock / NSPM"),
          "ns-wallcost": ("The collapsed section of the Stacy Boulevard seawall on Saturday.", "Ben Whitlock / NSPM"),
          "ns-plum": ("A stairway hangs over the eroded dune on Plum Island on Saturday.", "Josie Amaral / NSPM"),
          "ns-willows": ("The damaged pier at Salem Willows on Friday afternoon.", "Marisol Quintero / NSPM"),
          "ns-hospital": ("Bass River Medical Center in Beverly.", "NSPM file photo"),
          "ns-pantries": ("Volunteers sort donations at the Lynn Community Pantry on Saturday.",
                          "Marisol Quintero / NSPM"),
          "ns-marblehead": ("Water covers the causeway to Marblehead Neck on Friday morning.", "Courtesy of Ann Ryder")}
TOPIC = {"ns-seawall": "Climate & Environment", "ns-wallcost": "Climate & Environment", "ns-plum": "Climate & Environment",
         "ns-willows": "Local News", "ns-hospital": "Health", "ns-pantries": "Local News", "ns-marblehead": "Local News"}
DONATE = "NSPM is powered by listeners like you. Give now to keep local reporting free for everyone."
COPYRIGHT = "Copyright 2027 Northshore Public Media"
RELATED = ["ns-marblehead", "ns-plum"]


# ---------------------------------------------------------------- devalue-style serialisation
def _names():
    out = []
    import string
    letters = string.ascii_lowercase + string.ascii_uppercase
    for c in letters:
        out.append(c)
    for c in letters:
        out.append("_" + c)
    for c in letters:
        for d in letters:
            out.append(c + d)
    return [n for n in out if n not in ("do", "if", "in", "as", "is", "of", "or")]


def js_str(s):
    s = json.dumps(s, ensure_ascii=False)
    return (s.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


KEY_OK = re.compile(r"^[A-Za-z_$][\w$]*$")


def nuxt_state(state):
    counts = {}

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        else:
            key = json.dumps(v)
            counts[key] = counts.get(key, 0) + 1
    walk(state)
    hoist = [k for k, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n > 1 or k in ("null", "false", "true")]
    names = dict(zip(hoist, _names()))

    def ser(v):
        if isinstance(v, dict):
            return "{" + ",".join((k if KEY_OK.match(k) else js_str(k)) + ":" + ser(x) for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ",".join(ser(x) for x in v) + "]"
        key = json.dumps(v)
        if key in names:
            return names[key]
        if isinstance(v, str):
            return js_str(v)
        return key
    body = ser(state)
    args = ",".join(js_str(json.loads(k)) if isinstance(json.loads(k), str) else k for k in hoist)
    return f"window.__NUXT__=(function({','.join(names[k] for k in hoist)}){{return {body}}}({args}));"


def story_state(aid):
    a = ART[aid]
    pub = dt(aid)
    cap, credit = IMAGES[aid]
    return {"id": int(h(aid, 6), 16), "slug": a["slug"].split("/")[-1], "title": a["title"], "teaser": a.get("dek", ""),
            "byline": [{"name": n, "slug": slugify(n), "role": "Reporter"} for n in a["authors"]],
            "publishedAt": iso_z(pub), "updatedAt": iso_z(dt(aid, plus_min=180)),
            "audio": {"url": f"https://cdn.nspm.org/audio/2027/01/{h(aid, 10)}.mp3", "duration": AUDIO[aid]},
            "image": {"src": f"https://cdn.nspm.org/images/2027/01/{h(aid, 10)}.jpg", "caption": cap, "credit": credit},
            "topic": {"name": TOPIC[aid], "slug": slugify(TOPIC[aid])},
            "bodyHtml": "".join(f"<p>{esc(p)}</p>" for p in paras(aid)),
            "canonical": url(aid)}


# ---------------------------------------------------------------- markup
def story_html(src, aid, first, dom):
    a = ART[aid]
    pub = dt(aid)
    title_seen(aid, a["title"])
    cap, credit = IMAGES[aid]
    s, au = V["story"], V["audio"]
    bt = "By " + by_names(a["authors"])
    pub_s = f"Published {long_date(pub)} at {clock(pub, 'AP')} EST"
    mn = [a["title"], bt, pub_s, "Listen to this story", cap, credit, COPYRIGHT, DONATE, "Share", "Email"]
    if a.get("dek"):
        mn.append(a["dek"])
    upd = ""
    if first:
        upd = f'<span {s} class="story__updated">Updated 2 hours ago</span>'
        mn.append("Updated 2 hours ago")
    ps = []
    for i, p in enumerate(paras(aid)):
        ps.append(f'<p {s}>{esc(p)}</p>')
        if i == 2:
            ps.append(f'<aside {s} class="donate-inline"><p {s}>NSPM is powered by listeners like you. <a {s} '
                      f'href="https://give.nspm.org/?source=inline">Give now</a> to keep local reporting free for '
                      f'everyone.</p></aside>')
    reg(aid, src, paras(aid), mn)
    hn = "h1" if first else "h2"
    return (f'<article {s} class="story" data-story-id="{int(h(aid, 6), 16)}" data-url="{url(aid)}">'
            f'<div {s} class="story__topic"><a {s} href="/topics/{slugify(TOPIC[aid])}">{esc(TOPIC[aid])}</a></div>'
            f'<{hn} {s} class="story__title">{esc(a["title"])}</{hn}>' +
            (f'<p {s} class="story__teaser">{esc(a["dek"])}</p>' if a.get("dek") else "<!---->") +
            f'<div {s} class="story__meta"><div {s} class="story__byline">{bt}</div><time {s} class="story__date" '
            f'datetime="{iso_z(pub)}">{pub_s}</time>{upd}</div>'
            f'<div {au} {s} class="audio-player"><button {au} class="audio-player__play" aria-label="Play">'
            f'<svg {au} viewBox="0 0 24 24"><path {au} d="M8 5v14l11-7z"></path></svg></button><span {au} '
            f'class="audio-player__label">Listen to this story</span><span {au} class="audio-player__duration">'
            f'{AUDIO[aid]}</span><audio {au} preload="none" src="https://cdn.nspm.org/audio/2027/01/{h(aid, 10)}.mp3">'
            f'</audio></div>'
            f'<figure {s} class="story__image"><img {s} src="https://cdn.nspm.org/images/2027/01/{h(aid, 10)}.jpg?w=1200" '
            f'alt="{attr(cap)}" loading="{"eager" if first else "lazy"}"><figcaption {s}>{esc(cap)} <span {s} '
            f'class="story__credit">{esc(credit)}</span></figcaption></figure>'
            f'<div {s} class="story__body">{"".join(ps)}</div>'
            f'<p {s} class="story__copyright">{COPYRIGHT}</p>'
            f'<div {s} class="story__share"><a {s} href="https://www.facebook.com/sharer.php?u={url(aid)}">Share</a> '
            f'<a {s} href="mailto:?body={url(aid)}">Email</a></div></article>')


def header(src):
    hdr = V["hdr"]
    nav = ["News", "Local News", "Climate & Environment", "Health", "Politics", "Arts & Culture", "Programs",
           "Podcasts", "Schedule", "Events"]
    fmn(src, ["Listen Live", "Donate", "All Things Considered"])
    return (f'<header {hdr} class="site-header"><a {hdr} href="/" class="site-header__logo" aria-label="Northshore '
            f'Public Media home"><img {hdr} src="/_nuxt/img/nspm-logo.4f1c2a7.svg" alt="Northshore Public Media" '
            f'width="180" height="40"></a><nav {hdr} class="site-nav"><ul {hdr}>' +
            "".join(f'<li {hdr}><a {hdr} href="/{slugify(n)}">{esc(n)}</a></li>' for n in nav) +
            f'</ul></nav><div {hdr} class="site-header__actions"><button {hdr} class="listen-live">Listen Live'
            f'</button><span {hdr} class="now-playing">All Things Considered</span><a {hdr} class="donate-button" '
            f'href="https://give.nspm.org/?source=header">Donate</a></div></header>')


def rail(src):
    r = V["rail"]
    fmn(src, ["Related Content"] + [ART[x]["title"] for x in RELATED])
    return (f'<aside {r} class="related"><h2 {r}>Related Content</h2><ul {r}>' +
            "".join(f'<li {r}><a {r} href="{url(x)}">{esc(ART[x]["title"])}</a></li>' for x in RELATED) +
            "</ul></aside>")


def footer(src):
    f = V["ftr"]
    addr = "Northshore Public Media, 12 Cabot St., Beverly, MA 01915"
    lic = "NSPM is a listener-supported public radio station licensed to Northshore Public Media Foundation, Inc."
    fmn(src, [addr, lic, "FCC Public Inspection File", "EEO Report", "Contact Us"])
    return (f'<footer {f} class="site-footer"><p {f}>{addr}</p><p {f}>{lic}</p><ul {f}>' +
            "".join(f'<li {f}><a {f} href="/{slugify(x)}">{x}</a></li>' for x in
                    ["About NSPM", "Contact Us", "Careers", "FCC Public Inspection File", "EEO Report",
                     "Privacy Policy", "Underwriting"]) + "</ul></footer>")


def page(src, aids, dom=False):
    first = aids[0]
    a = ART[first]
    pub = dt(first)
    stories = []
    for i, aid in enumerate(aids):
        if i:
            stories.append(f'<div {V["app"]} class="up-next" role="separator"><span {V["app"]}>Up next</span></div>')
        stories.append(story_html(src, aid, i == 0, dom))
    if len(aids) > 1:
        fmn(src, ["Up next"])
    state = {"layout": "default", "data": [{"story": story_state(first), "related": [
        {"title": ART[x]["title"], "path": "/" + ART[x]["slug"]} for x in RELATED]}], "fetch": {}, "error": None,
        "state": {"nav": {"open": False}, "player": {"live": False, "stream": "https://stream.nspm.org/nspm.aac",
                                                     "nowPlaying": "All Things Considered"},
                  "donate": {"campaign": "winter-2027", "goal": 250000, "raised": 181340}},
        "serverRendered": True, "routePath": "/" + a["slug"],
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    jl = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso_z(pub), "dateModified": iso_z(dt(first, plus_min=180)),
          "author": [{"@type": "Person", "name": n} for n in a["authors"]],
          "publisher": {"@type": "Organization", "name": NS}, "mainEntityOfPage": url(first)}
    dh = 'data-n-head="ssr"'
    sels = [".site-header", ".site-nav", ".listen-live", ".donate-button", ".story", ".story__title",
            ".story__teaser", ".story__meta", ".story__byline", ".audio-player", ".audio-player__label",
            ".story__body", ".donate-inline", ".story__copyright", ".related", ".site-footer", ".up-next"]
    vue_css = css("ns" + first, [f"{x}[{V['story']}]" for x in sels], 70)
    hd = (f'<title>{esc(a["title"])} | Northshore Public Media</title><meta {dh} charset="utf-8"><meta {dh} '
          f'name="viewport" content="width=device-width, initial-scale=1"><meta {dh} data-hid="description" '
          f'name="description" content="{attr(a.get("dek", ""))}"><meta {dh} data-hid="og:title" property="og:title" '
          f'content="{attr(a["title"])}"><meta {dh} data-hid="og:type" property="og:type" content="article"><meta {dh} '
          f'data-hid="og:url" property="og:url" content="{url(first)}"><meta {dh} data-hid="og:image" '
          f'property="og:image" content="https://cdn.nspm.org/images/2027/01/{h(first, 10)}.jpg?w=1200"><meta {dh} '
          f'data-hid="article:published_time" property="article:published_time" content="{iso_z(pub)}">'
          f'<link {dh} rel="icon" type="image/x-icon" href="/favicon.ico"><link {dh} rel="canonical" href="{url(first)}">'
          f'<script {dh} type="application/ld+json">{ld(jl)}</script>'
          f'<link rel="preload" href="/_nuxt/4b1c2d3.js" as="script"><link rel="preload" href="/_nuxt/a7e9f01.js" '
          f'as="script"><link rel="preload" href="/_nuxt/c2d4e6f.js" as="script"><link rel="preload" '
          f'href="/_nuxt/pages/news/_date/_slug.9e8d7c6.js" as="script">'
          f'<style data-vue-ssr-id="7ba5bd90:0 1a2b3c4d:0 4c1e7a2b:0">{font_face("Source Sans 3", "/_nuxt/fonts", (400, 600, 700))}'
          f'{vue_css}</style>')
    app = (f'<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {V["app"]} class="app">'
           f'{header(src)}<main {V["app"]} class="main"><div {V["app"]} class="stories">{"".join(stories)}</div>'
           f'{rail(src)}</main>{footer(src)}</div></div></div>')
    scripts = (f'<script>{nuxt_state(state)}</script><script src="/_nuxt/4b1c2d3.js" defer></script><script '
               f'src="/_nuxt/pages/news/_date/_slug.9e8d7c6.js" defer></script><script src="/_nuxt/a7e9f01.js" defer>'
               f'</script><script src="/_nuxt/c2d4e6f.js" defer></script>')
    if dom:
        saved = url(first)
        hd = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' + hd
        return (f'<!DOCTYPE html>\n<!-- saved from url=({len(saved):04d}){saved} -->\n<html lang="en" '
                f'data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>{hd}<script async="" '
                f'src="https://www.googletagmanager.com/gtag/js?id=G-NSPM2027"></script></head><body>{app}{scripts}'
                f'</body></html>')
    return (f'<!doctype html>\n<html data-n-head-ssr lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D">\n'
            f'  <head >\n    {hd}\n  </head>\n  <body >\n    {app}{scripts}\n  </body>\n</html>\n')
